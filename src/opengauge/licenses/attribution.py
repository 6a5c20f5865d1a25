"""Attribution shown by the work itself: a display duty that credits the author is no branding rule.

OSI approved the Common Public Attribution License (CPAL-1.0), whose core is a duty to show the
original developer's attribution (a notice, a logo, a link) on the user interface each time the
work is run; the GPL v3 (section 7 b) lets a licensor require author attributions "in the
Appropriate Legal Notices displayed by works containing it". So a text that asks each copy of the
work to show the author's credit on its own screens, and calls that attribution ("as a form of
attribution of the original author", under an "Attribution Requirements" heading), sets an
attribution condition, not a `naming-branding` restriction.

What stays `naming-branding`: a brand to show outside the work, on websites, blog posts, product
documentation, packaging or "related materials" (the "Built with X" duty of model licenses), a
logo on the outputs or content made with the work, and a duty to name a derivative after the
licensor (`shown_by_the_work` is never true for those).
"""

from __future__ import annotations

from opengauge.licenses.lazy_pattern import LazyPattern

#: The duty is framed as crediting the author.
_ATTRIBUTION = LazyPattern(r"\battribut\w*\b")
#: The place is the work's own interface.
_IN_WORK = LazyPattern(
    r"\b(user interface|graphical user interface|gui) screens?\b|\bsplash screens?\b|\bstart-?up screens?\b"
    r"|\babout (box|dialog)\w*\b|\bgraphic(al)? user interface\b"
)
#: A place outside the work, or the work's outputs: a brand shown there promotes the licensor.
_OUTSIDE = LazyPattern(
    r"\b(web ?sites?|web ?pages?|blog\w*|documentation|marketing|advertis\w+|promotion\w*|press releases?"
    r"|packag\w+|related materials?|product pages?|about pages?|social media|outputs?|generated"
    r"|encoded content"
    r"|content (made|created|produced|generated))\b"
)
#: A duty on the name of a derivative, not a display.
_NAMING = LazyPattern(r"\bnames?\b|\bprefix\w*|\bsuffix\w*")
#: A full stop after a word, followed by more words: a sentence, not a heading.
_SENTENCE_END = LazyPattern(r"[a-z]{2}\.\s+\w")
#: At most this many characters either side of the duty are read for its paragraph.
MAX_CONTEXT = 2_000
#: A paragraph this short, just above, is the heading of the duty's paragraph.
MAX_HEADING = 100


def _paragraph(low: str, start: int, end: int) -> str:
    """The paragraph (between blank lines, capped) around [start, end), with the heading just above
    it (a short paragraph with no full stop: "## Attribution")."""
    lo = max(0, start - MAX_CONTEXT)
    before = low.rfind("\n\n", lo, start)
    if before > lo:
        above = low.rfind("\n\n", lo, before)
        heading = low[above + 2 if above >= 0 else lo : before].strip()
        if heading and len(heading) <= MAX_HEADING and not _SENTENCE_END.search(heading):
            before = above
    hi = min(len(low), end + MAX_CONTEXT)
    after = low.find("\n\n", end, hi)
    return low[before + 2 if before >= 0 else lo : after if after >= 0 else hi]


def shown_by_the_work(low: str, start: int, end: int) -> bool:
    """True when the display duty at [start, end) of `low` (the normalised, lower-cased text; the
    span of a `naming-branding` match's sentence) is the author's attribution shown on the work's
    own screens, with no place outside the work named (see the module docstring)."""
    if _NAMING.search(low, start, end):
        return False
    para = _paragraph(low, start, end)
    return bool(_ATTRIBUTION.search(para) and _IN_WORK.search(para) and not _OUTSIDE.search(para))
