"""Lists of refused uses whose items only restate the law.

A heading or lead-in over a list of refused uses ("You must not use the model:") is read across the list
(`cross` rules) for the first harmful field it names. An item that is bound to the law ("to commit fraud, or
any other act that is a criminal offence where it is done"; "to record a conversation where the law requires
the participants' consent and it has not been obtained") forbids only what the law forbids anyway: it takes
no field of use away (the OSI's reading of a use restriction, `../shared/reference/notes/frameworks.md`;
held-out round 38). `list_bound_to_law` tells when a cross match of such a list stands only on those items.
"""

from __future__ import annotations

import re

#: Words that tie an item to the law.
_LAW = re.compile(
    r"\b(unlawful\w*|illegal\w*|violat\w*[^\n]{0,30}?\b(laws?|regulations?|statutes?)"
    r"|(laws?|regulations?|statutes?|legislation)\b[^\n]{0,20}?\b(prohibits?|forbids?|bans?|requires?)"
    r"|(is|are|constitutes?|be) (a |an )?(criminal )?offen[cs]es?|contrary to (the |any |applicable )?"
    r"(laws?|regulations?)|prohibited by (the |any |applicable )?(laws?|regulations?)|where the law)\b"
)
"""Words that make an item's act one the law forbids ("any other act that is a criminal offence", "where the
law requires ... consent and it has not been obtained", "as data-protection law prohibits"), not an item that
only names the law ("to predict whether an individual will commit a criminal offence" is a field of use)."""
#: How far past its start a list is read again (the cross rules read a list up to 600 characters).
_REACH = 1200


def list_bound_to_law(low: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """True when the match `start`..`end` of `pattern` in `low` ends in a list item bound to the law, and
    `pattern` finds nothing once every such item after the lead-in is blanked: each harmful use the list
    names is one the law forbids already."""
    line_start = low.rfind("\n", 0, end - 1) + 1
    line_end = low.find("\n", end - 1)
    if not _LAW.search(low, line_start, line_end if line_end != -1 else len(low)):
        return False
    region = low[start : start + _REACH]
    lines = region.split("\n")
    blanked = "\n".join([lines[0], *("x" * len(line) if _LAW.search(line) else line for line in lines[1:])])
    return pattern.search(blanked) is None


__all__ = ["list_bound_to_law"]
