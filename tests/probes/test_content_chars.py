"""`Section.content_chars` counts the characters `re.sub(r"\\s+", "", body)` keeps, by `str.split()`:
the two agree on what white space is, for every code point."""

from __future__ import annotations

import re
import sys

from opengauge.model import Document, DocumentKind
from opengauge.probes.context import Section


def test_split_and_the_engine_agree_on_white_space() -> None:
    text = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert "".join(text.split()) == re.sub(r"\s+", "", text)


def test_content_chars() -> None:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="")
    body = "a b\u00a0c\u2003d\x1ce\n<!-- hidden -->[More Information Needed]\tf\u200bg"
    section = Section(doc, "T", 2, 1, 3, body)
    assert section.content_chars == len(re.sub(r"\s+", "", "a b\u00a0c\u2003d\x1ce\n\tf\u200bg"))
