"""The quote a clause reports: the original words of (the relevant part of) its sentence.

Quotes keep the original characters with markup dropped and whitespace collapsed; long sentences
are cut to a window around the match, on word and clause boundaries. A disguised text (invisible
characters inside words, look-alike letters) is quoted as it was read, with the disguise undone.
"""

from __future__ import annotations

import re
import unicodedata

from opengauge.licenses.normalize import Normalized, unmask

MAX_QUOTE = 300
"""Quotes longer than this are cut to the part around the match."""

_WS = re.compile(r"\s+")
# Characters that `normalize.clean` turns into a plain space without being markup.
_SPACES = str.maketrans(
    {c: " " for c in "\r\t\f\v\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u200b\ufeff\u00ad"}
)
_LEAD = re.compile(
    r"[^\w\"'(\[$\u201c\u2018\u00ab]*"  # markup, bullets, punctuation
    r"(?:(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[-\u2022])\s+)*"  # list enumerators
)


def quote_of(norm: Normalized, start: int, end: int) -> tuple[str, int, int]:
    """The readable quote for [start, end): original characters with markup dropped, whitespace
    collapsed; returns (quote, start, end) with the span trimmed to where the words are."""
    # the original with only its disguise undone (invisible characters out of words, look-alike
    # letters folded): the same characters as the original in an ordinary text
    orig, clean = unmask(norm.original), norm.clean
    m = _LEAD.match(clean, start, end)
    if m:
        start = m.end()
    while end > start and (clean[end - 1].isspace() or clean[end - 1] in ",:"):
        end -= 1
    seg_o, seg_c = orig[start:end], clean[start:end]
    raw = norm.original[start:end]
    if not raw.isascii():
        # punctuation is quoted as written (a CJK full stop or comma), letters as unmasked
        seg_o = "".join(
            r if r != o and unicodedata.category(r)[0] == "P" else o for r, o in zip(raw, seg_o, strict=True)
        )
    if seg_c.count(" ") == seg_o.translate(_SPACES).count(" "):
        text = seg_o  # no markup was blanked in this span
    else:
        text = "".join(
            " " if (c == " " and not o.isspace()) else o for o, c in zip(seg_o, seg_c, strict=True)
        )
    return _WS.sub(" ", text).strip(), start, end


def window(norm: Normalized, s_start: int, s_end: int, m_start: int, m_end: int) -> tuple[int, int]:
    """The part of a sentence worth quoting: the whole sentence when short; else from the sentence
    start when the match is near it, or from a clause boundary (or a few words) before the match;
    at most about MAX_QUOTE characters, ending on a word boundary, always holding the match."""
    clean = norm.clean
    # a sentence is quoted whole when short once whitespace is collapsed; one of more than
    # 20 * MAX_QUOTE characters never is (so a 5 MB "sentence" is not collapsed for every match)
    if s_end - s_start <= 20 * MAX_QUOTE and len(_WS.sub(" ", clean[s_start:s_end]).strip()) <= MAX_QUOTE:
        return s_start, s_end
    if m_end - s_start <= MAX_QUOTE:
        start = s_start
    else:
        lo = max(s_start, m_start - 150)
        cut = max(clean.rfind(ch, lo, m_start) for ch in ",;:(")
        if cut >= lo:
            start = cut + 1
        else:
            sp = clean.find(" ", max(s_start, m_start - 60), m_start)
            start = sp + 1 if sp != -1 else m_start
    end = min(s_end, max(m_end, start + MAX_QUOTE))
    if end < s_end:
        sp = clean.rfind(" ", m_end, end)
        if sp > m_end:
            end = sp
    return start, end
