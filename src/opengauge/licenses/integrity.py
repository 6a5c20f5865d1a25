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


#: A list item: "(2)", "b.", "iii)", "-".
_ITEM = re.compile(r"^\s*(\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|[-*\u2022])\s")
#: The introduction of a list of conditions on passing on copies: "If the Recipient redistributes
#: the Program, the following conditions apply:"
_ON_PASSING_ON = re.compile(
    r"\b(if|when|whenever|where)\b[^.;:]{0,120}?\b(re-?distribut\w*|convey\w*|pass\w* on|copies)\b[^;]*:\s*$"
)
#: Words naming a changed work: a list about those is not about the original.
_CHANGED = re.compile(r"\b(modified|derivative|derived|changed|altered|adapted|modifications?)\b")
#: At most this many list items (each with the blank line after it) are walked back to find the
#: list's introduction.
MAX_ITEMS = 12


def about_the_original(low: str, starts: list[int], i: int) -> bool:
    """True when sentence `i` of `low` (normalised, lower case) is an item of a list introduced as the
    conditions for passing on copies of the work itself ("If you redistribute the Program, you shall
    meet the following conditions: (1) ... (2) You may not alter the Program."), neither naming a
    changed work. In a text that also lets changed versions be made and shared, a ban on changes
    in such a list keeps the original intact (point 4 of the Open Source Definition): the caller
    reads it as `unchanged-original`."""
    ends = starts[1:] + [len(low)]
    if _CHANGED.search(low, starts[i], ends[i]) or not _ITEM.match(low[starts[i] : ends[i]]):
        return False
    for j in range(i - 1, max(-1, i - 1 - 2 * MAX_ITEMS), -1):
        sent = low[starts[j] : ends[j]]
        if not sent.strip():
            continue
        if sent.rstrip().endswith(":"):
            return bool(_ON_PASSING_ON.search(sent.rstrip())) and not _CHANGED.search(sent)
        if not _ITEM.match(sent):
            return False
    return False
