"""Page furniture of a licence extracted from a PDF: the running footer, the page number and the running
header that `pdftotext` leaves between the two halves of a sentence a page break cut ("... annual gross
revenue of more than" / "Orlyth Community Model Licence v2.1" / "Page 2 of 3" / a form feed and "Orlyth
Systems Ltd - Orlyth Community Model Licence v2.1" / "USD 25,000,000 ..."). A reader skips them and reads
the sentence whole (held-out licence round 62); the clause rules read the text with them blanked
(`furniture`), so the halves join.

A block of furniture is found only around a page marker ("Page 2 of 3", "Page 2", "2 of 3", "- 2 -") or a
running header a form feed starts, and holds only blank lines, markers and short lines repeated elsewhere in
the text (a running header or footer, its page numbers aside). A number alone on its line is no marker (it
may be a clause's), nor a heading that opens a page after a form feed."""

from __future__ import annotations

import re
from collections import Counter

#: A page marker alone on its line (a form feed may start it).
_MARKER = re.compile(
    r"^[ \t\f]*(?:page[ \t]+\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?|\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}"
    r"|[-\u2013\u2014][ \t]*\d{1,4}[ \t]*[-\u2013\u2014])[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A running header or footer is at most this long.
_RUNNING_MAX = 100
#: Furniture is looked for this many lines before and after a marker.
_REACH = 4


def _key(line: str) -> str:
    """A line as a running header or footer repeats it: digits (its page number) and spacing aside."""
    return " ".join(re.sub(r"\d+", "#", line.replace("\f", " ")).split()).lower()


def furniture(text: str) -> list[tuple[int, int]]:
    """Spans of `text` to blank so that the sentence a page break cut reads whole: from the line break that
    ends the last line before each block of furniture to the last line break of the block (the line after it
    then goes on the same sentence). Empty when the text has no page marker or form feed."""
    if "\f" not in text and not _MARKER.search(text):
        return []
    lines = text.split("\n")
    repeated = Counter(_key(ln) for ln in lines if ln.strip() and len(ln) <= _RUNNING_MAX)

    def running(ln: str) -> bool:
        return len(ln) <= _RUNNING_MAX and repeated[_key(ln)] >= 2

    # a form feed starts a page: furniture when its line is a marker or a running header, not a heading that
    # opens the page ("\f3 Non-Commercial use")
    marks = [i for i, ln in enumerate(lines) if _MARKER.match(ln) or (ln.startswith("\f") and running(ln))]
    if not marks:
        return []

    def furniture_line(i: int) -> bool:
        ln = lines[i]
        return not ln.strip() or bool(_MARKER.match(ln)) or running(ln)

    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    spans: list[tuple[int, int]] = []
    done = -1
    for m in marks:
        if m <= done:
            continue
        lo = m
        while lo - 1 > done and m - (lo - 1) <= _REACH and furniture_line(lo - 1):
            lo -= 1
        hi = m
        while hi + 1 < len(lines) and (hi + 1) - m <= _REACH and furniture_line(hi + 1):
            hi += 1
        done = hi
        if lo == 0 or hi + 1 >= len(lines):
            continue  # furniture at the text's start or end cuts no sentence
        # from the line break ending line lo - 1 to the one ending line hi (kept: the next line follows on)
        spans.append((starts[lo] - 1, starts[hi + 1] - 1))
    return spans


def blank_furniture(text: str) -> str:
    """`text` with its page furniture blanked (`furniture`); same length."""
    spans = furniture(text)
    if not spans:
        return text
    out = []
    at = 0
    for a, b in spans:
        out.append(text[at:a])
        out.append(" " * (b - a))
        at = b
    out.append(text[at:])
    return "".join(out)
