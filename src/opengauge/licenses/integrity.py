"""The integrity of the author's original: a verbatim condition is no ban on changes when the text
lets changed versions out under another name, as patches or under terms it names.

Point 4 of the Open Source Definition allows a license to ask that the original be passed on
unchanged, as long as changed versions may be shared too (renamed, as patch files, or under other
stated terms). Such a text says both: "copying is permitted as long as there are no modifications"
(read by a `no-modification` rule) and "modifications are permitted if the files are renamed" (an
`unchanged-original` clause, which does not block). `resolve` drops the first when the second is
there: the condition only keeps the original intact. A `no-modification` clause that forbids
changes outright ("you may not modify the Software") is kept, whatever else the text says.
"""

from __future__ import annotations

import re

from opengauge.clause import Clause

#: A condition on copies of the original: passed on unchanged, without modification, verbatim.
_VERBATIM = re.compile(
    r"\b(without (any )?(modifications?|alterations?|changes)|unmodified|unaltered|unchanged|pristine"
    r"|verbatim|(are|is|be) no (modifications?|alterations?|changes))\b"
)


def resolve(found: list[Clause]) -> list[Clause]:
    """`found` without the verbatim conditions that an `unchanged-original` clause of the same text
    explains (see the module docstring)."""
    if not any(c.type == "unchanged-original" for c in found):
        return found
    return [c for c in found if not (c.type == "no-modification" and _VERBATIM.search(c.quote.lower()))]
