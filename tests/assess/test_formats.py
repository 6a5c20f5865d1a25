"""Formats escape what comes from a release (Markdown, CSV formulas, rich markup)."""

from __future__ import annotations

import io

from rich.console import Console

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.formats import print_reports, render_csv, render_json, render_markdown
from opengauge.model import Document, DocumentKind, FileEntry, Release

HOSTILE = """---
license: apache-2.0
---

# =HYPERLINK("http://evil") [bold red]boom[/bold red] <script>alert(1)</script> | pipe

## Model Details

A decoder-only transformer with 32 layers. [link](javascript:alert(1)) | more | cells

## Training Details

Trained on 256 A100 GPUs.
"""


def _doc():
    release = Release(
        ref="hf:evil/=cmd",
        source="hub",
        id="evil/=cmd",
        revision="=2+2",
        metadata={"license": "apache-2.0"},
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=HOSTILE)],
        files=[FileEntry(path="model.safetensors", size=10**9)],
    )
    return assessment_document(assess(release))


def test_markdown_escapes_html_and_pipes():
    md = render_markdown([_doc()])
    assert "<script>" not in md
    for line in md.splitlines():
        if line.startswith("| `"):
            assert line.count(" | ") >= 3  # no cell broken by an unescaped pipe
            assert line.replace("\\|", "").count("|") == 5


def test_csv_neutralises_formulas():
    out = render_csv([_doc()])
    row = out.splitlines()[1]
    assert ",'=2+2," in row


def test_terminal_does_not_interpret_markup_from_the_release():
    buf = io.StringIO()
    print_reports([_doc()], Console(file=buf, width=120, force_terminal=False))
    text = buf.getvalue()
    assert "hf:evil/=cmd" in text and "Label:" in text


def test_json_of_many_is_a_list():
    doc = _doc()
    assert render_json([doc, doc]).lstrip().startswith("[")
    assert render_json([doc]).lstrip().startswith("{")


def test_a_clause_the_catalog_lists_is_located_in_words_not_as_line_none(tmp_path):
    """A license named without its text (`license: gemma`) has clauses from the catalog, with no line:
    every renderer says where they come from instead of printing `None`."""
    from rich.console import Console

    from opengauge.assess import assess
    from opengauge.document import assessment_document
    from opengauge.formats.markdown import render_markdown
    from opengauge.formats.terminal import report
    from opengauge.sources import resolve

    (tmp_path / "README.md").write_text("---\nlicense: gemma\n---\n# A Gemma fine-tune\n")
    (tmp_path / "model.safetensors").write_bytes(b"\0" * 64)
    doc = assessment_document(assess(resolve(str(tmp_path), lineage_depth=0)))
    assert any(c.line is None for c in doc.blocking_clauses)
    console = Console(record=True, width=200)
    console.print(report(doc))
    for text in (render_markdown([doc]), console.export_text()):
        assert "per the license catalog" in text and "None" not in text
