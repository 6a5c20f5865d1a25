"""Check-box lists of the fields a licence covers.

A release declaration may say what it licenses by ticking boxes: "PERMITTED FIELD (Unticked fields are not
licensed.) / [x] Academic research / [x] Teaching / [ ] Products or services offered to customers / [ ] Any
other purpose", and a grant "within the Permitted Field". Read as text, a box says nothing: the tick is the
term. A list of two or more boxes under a heading or lead-in that names the fields, purposes or uses licensed
(`_FIELDS`, never one that names what is prohibited or restricted) is read here: with a box left unticked it
confines the licence to the ticked fields (the clause reader reads "only for <the ticked fields>" to type it);
with every box ticked, or one ticked for any other purpose, it confines nothing (held-out round 55).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: A check box at the start of a line, and its label: "[x] Teaching", "- [ ] Any other purpose", "☑ Research".
_BOX = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(\[[ xX✓✔]\]|[☐☑☒])[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_TICKED = frozenset({"[x]", "[X]", "[✓]", "[✔]", "☑", "☒"})
#: What the heading or lead-in of a list of fields licensed says (within the few lines above its first box).
_FIELDS = re.compile(
    r"\b(permitted|licensed|allowed|authori[sz]ed|approved|covered)\b[^\n]{0,40}?"
    r"\b(fields?|purposes?|uses?|use cases?|activities)\b"
    r"|\b(fields?|purposes?|uses?|use cases?|activities)\b[^\n]{0,40}?"
    r"\b(permitted|licensed|allowed|authori[sz]ed|approved|covered)\b"
    r"|\bfields? of use\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(r"prohibit|forbid|restricted|exclu|banned|disallow|unacceptable", re.IGNORECASE)
#: A ticked box for every other purpose: nothing is left out.
_ANY_OTHER = re.compile(
    r"\bany (other )?(purpose|use|field)s?\b|\ball (other )?(purposes|uses|fields)\b", re.IGNORECASE
)
#: A sentence that points at a list of check boxes (lower case): "a use ... in a field ticked in this
#: declaration", "Only the boxes ticked below are licensed". Where the text has such a list, the list is what
#: the sentence's limit is: read there (`clauses`), not left unread (`additions`).
POINTS_AT_BOXES = re.compile(r"\b(?:un)?(?:ticked|checked)\b|\bcheck ?box(?:es)?\b|\bboxes\b")
#: At most this many lines above a list's first box are read for its heading or lead-in.
MAX_ABOVE = 4


@dataclass(frozen=True)
class BoxList:
    """One list of check boxes of fields licensed: the spans of its ticked and unticked boxes (each from its
    box to its label's end)."""

    ticked: tuple[tuple[int, int], ...]
    unticked: tuple[tuple[int, int], ...]

    @property
    def span(self) -> tuple[int, int]:
        """From the first box's label to the last one's."""
        every = sorted(self.ticked + self.unticked)
        return every[0][0], every[-1][1]


@lru_cache(maxsize=8)
def box_lists(text: str) -> tuple[BoxList, ...]:
    """The lists of check boxes of fields licensed in `text`, in text order; made once for the readers of one
    text in a row (the clause reader, the safety net)."""
    if "[" not in text and "☐" not in text and "☑" not in text and "☒" not in text:
        return ()
    groups: list[list[re.Match[str]]] = []
    for m in _BOX.finditer(text):
        if groups and not text[groups[-1][-1].end() : m.start()].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        above = text[: group[0].start()].rstrip().split("\n")[-MAX_ABOVE:]
        lead = " ".join(above)
        if not _FIELDS.search(lead) or _REFUSED.search(lead):
            continue
        ticked = tuple((m.start(1), m.end(2)) for m in group if m.group(1) in _TICKED)
        unticked = tuple((m.start(1), m.end(2)) for m in group if m.group(1) not in _TICKED)
        out.append(BoxList(ticked, unticked))
    return tuple(out)


def confines(boxes: BoxList, text: str) -> bool:
    """True when the list leaves a field out: a box unticked, and no ticked one for every other purpose."""
    return bool(boxes.unticked) and not any(_ANY_OTHER.search(text[a:b]) for a, b in boxes.ticked)


#: A box, ticked or not, anywhere in a quote (which may have lost its line breaks).
_MARK = re.compile(r"(\[[ xX✓✔]\]|[☐☑☒])")


def ticked_labels(quote: str) -> list[str]:
    """The labels of the ticked boxes in `quote` (the words after each ticked box, up to the next box)."""
    parts = _MARK.split(quote)
    # words before the first box are the label of a ticked box the quote began after (a clause's quote of
    # ticked boxes starts at its first box, which quoting may trim)
    first = [parts[0]] if parts[0].strip() else []
    return [
        " ".join(label.split())
        for mark, label in [("[x]", p) for p in first] + list(zip(parts[1::2], parts[2::2], strict=True))
        if mark in _TICKED
    ]


def confined_to(quote: str) -> str | None:
    """The sentence a reader makes of a quote of ticked boxes: "You may use it only for <their labels>.", or
    None when `quote` has no ticked box."""
    labels = [label for label in ticked_labels(quote) if label]
    return f"You may use it only for {', '.join(labels)}." if labels else None
