"""Tiered grants: a first grant limited to personal or internal use, widened by a later one.

Some licenses grant in steps: section 1 lets you use, copy, change and pass on the work "solely for
your internal research and development", and section 2 lets you use, copy, change and deploy it with
no such limit (the Apple Public Source Licenses 1.x, and APSL 2.0, which OSI approved, have this
shape). The limit of the first grant is not the last word when a later grant of the same text gives
use and sharing without it: what is permitted is the union of the grants. So a `personal-use-only`
clause quoting a grant is dropped when a later sentence grants use and sharing with no limit of its
own (`widened`). A limit said on its own ("This license is for internal use only"), a limit on
the later grant, or a later grant that does not give both use and sharing, keeps the clause.
"""

from __future__ import annotations

from opengauge.enums import Freedom
from opengauge.licenses.grants import blank_harmless, defined_terms, sentence_grants
from opengauge.licenses.lazy_pattern import LazyPattern

#: A later grant that is itself limited in purpose or audience does not widen anything.
_LIMITED = LazyPattern(
    r"\b(only|solely|exclusively|strictly|internal\w*|personal\w*|private\w*|in-house|non-?commercial"
    r"|evaluat\w+|research|trial|educational|academic)\b"
)
#: A later grant must give both of these to lift a use limit.
_WIDE = frozenset({Freedom.USE, Freedom.SHARE})
#: Later sentences looked at (a tiered grant's steps are close together).
MAX_AHEAD = 40


def widened(low: str, starts: list[int], limited: list[int]) -> set[int]:
    """The sentences of `limited` (indexes into `starts`, each holding a personal- or internal-use
    limit) whose limit a later grant of the text lifts. `low` is the normalised, lower-cased text."""
    if not limited:
        return set()
    low = blank_harmless(low)
    ends = starts[1:] + [len(low)]
    limits = set(limited)
    grants: dict[int, set[Freedom]] = {}
    defined = defined_terms(low)

    def granted(i: int) -> set[Freedom]:
        if i not in grants:
            grants[i] = sentence_grants(low, starts, ends, i, defined)[0]
        return grants[i]

    out: set[int] = set()
    for i in limited:
        if not granted(i):
            continue  # the limit is not part of a grant ("internal use only" said on its own)
        for j in range(i + 1, min(len(starts), i + 1 + MAX_AHEAD)):
            if j in limits or _LIMITED.search(low, starts[j], ends[j]):
                continue
            if _WIDE <= granted(j):
                out.add(i)
                break
    return out
