"""`docs._in_code_block` reads a per-document index of open code fences: the same answer as counting
the fences of the lines before the hit, for every line (and line numbers past the end)."""

from __future__ import annotations

from opengauge.model import Document, DocumentKind, Release
from opengauge.probes.context import Hit, ProbeContext
from opengauge.probes.docs import _in_code_block


def _plain(lines: list[str], line: int) -> bool:
    fenced = False
    for text in lines[: line - 1]:
        if text.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
    return fenced


def test_in_code_block_is_the_count_of_fences_before_the_hit() -> None:
    text = "# T\n```py\nx = 1\n  ~~~\n\n```\nprose\n~~~\ncode\n"
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
    ctx = ProbeContext(Release(ref="hf:t/t", source="hub", id="t/t", documents=[doc]))
    lines = text.split("\n")
    for line in range(0, len(lines) + 4):
        assert _in_code_block(ctx, Hit(doc, line, "")) == _plain(lines, line), line
