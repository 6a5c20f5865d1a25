"""Parts of a licence that another part of the same text takes out of force.

Releases ship a licence with what changed it appended: "AMENDMENT No. 1 ... (a) Section 5 (Revenue cap) is
deleted in its entirety", release-specific exceptions ("E1. Section 2.1 (Non-commercial) does not apply to
Penrose-Tide 2"). What such a part takes out of force is no term: `out_of_force(text)` gives its spans, and
the clause reader and the safety net read nothing in them (held-out round 57). Words struck through are
blanked earlier, with the markup (`normalize.clean`); a version history that binds nothing is
`disowned.informative`.

A section is found by its number at the start of a line ("5. Revenue cap", "5.1 If You ...", "Section 5", "##
5."), and runs to the next line that numbers a section outside it. Only an unconditional deletion counts: a
section that "does not apply if ..." still applies otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A section deleted or disapplied by the text: "Section 5 (Revenue cap) is deleted in its entirety", "Section
#: 2.1 (Non-commercial) does not apply to Penrose-Tide 2", "Clause 7 has been removed".
_DELETED = re.compile(
    r"\b(?:section|clause|article|paragraph)\s+(\d{1,2}(?:\.\d{1,2})*)\b(?:\s*\([^()\n]{1,60}\))?\s+"
    r"(?:is|are|has been|have been|shall be|is hereby|are hereby)\s+"
    r"(?:deleted|removed|struck out|struck|repealed|revoked|withdrawn|cancelled|canceled)\b"
    r"|\b(?:section|clause|article|paragraph)\s+(\d{1,2}(?:\.\d{1,2})*)\b(?:\s*\([^()\n]{1,60}\))?\s+"
    r"(?:does not|do not|shall not|will not|no longer) appl(?:y|ies)\b",
    re.IGNORECASE,
)
#: A condition that leaves the section in force otherwise: "does not apply if you ...".
_CONDITION = re.compile(
    r"\b(?:if|unless|where|when|while|until|except|provided|to the extent|in so far)\b", re.I
)
#: A section's number at the start of a line, after markup or the word "Section".
_NUMBERED = re.compile(
    r"^[ \t>#*_]*(?:(?:section|clause|article)\s+)?(\d{1,2}(?:\.\d{1,2})*)(?:[.)]|\s)",
    re.IGNORECASE | re.MULTILINE,
)
#: The end of a part: a rule line, or a heading in capitals.
_PART_END = re.compile(r"^[ \t]*(?:[-=_*]{3,}|[A-Z][A-Z0-9 ,.'()-]{5,80})[ \t]*$", re.MULTILINE)


def _section_span(text: str, number: str, before: int) -> tuple[int, int] | None:
    """The span of section `number`: from its numbered line (the last one before `before`, where the text that
    deletes it is) to the next line numbering a section outside it."""
    start = None
    for m in _NUMBERED.finditer(text, 0, before):
        if m.group(1) == number:
            start = m.start()
    if start is None:
        return None
    for m in _NUMBERED.finditer(text, start + 1):
        if not m.group(1).startswith(number + "."):  # not one of its subsections
            return start, m.start()
    ends = [m.start() for m in _PART_END.finditer(text, start + 1)]
    return start, min([*ends, len(text)])


@lru_cache(maxsize=8)
def out_of_force(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `text` that another part of it takes out of force: the sections it deletes or says do not
    apply. Made once for the readers of one text in a row (the clause reader, the safety net)."""
    spans: list[tuple[int, int]] = []
    low = text.lower()
    if "section" in low or "clause" in low or "article" in low or "paragraph" in low:
        for m in _DELETED.finditer(text):
            tail = text[m.end() : m.end() + 80].split(".")[0]
            if _CONDITION.search(tail):
                continue
            span = _section_span(text, m.group(1) or m.group(2), m.start())
            if span is not None and not span[0] <= m.start() < span[1]:
                spans.append(span)
    return tuple(sorted(spans))


def in_force(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    """True unless `offset` is in one of `spans` (`out_of_force`)."""
    return not any(a <= offset < b for a, b in spans)
