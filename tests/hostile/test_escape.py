"""The output sanitiser: control characters, escape sequences and bidi overrides are shown escaped."""

from __future__ import annotations

import json
import re

import pytest

from opengauge.escape import UNSAFE, json_text, safe_text, spreadsheet_cell

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("\x1b]8;;http://evil\x07link", "\\x1b]8;;http://evil\\x07link"),
        ("\x9b31m", "\\x9b31m"),
        ("abc\u202eexe.txt", "abc\\u202eexe.txt"),
        ("\u2066x\u2069", "\\u2066x\\u2069"),
        ("a\x00b\x7f", "a\\x00b\\x7f"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("plain — ünïcode ✓", "plain — ünïcode ✓"),
    ],
)
def test_safe_text(raw, shown):
    assert safe_text(raw) == shown
    assert not RAW.search(safe_text(raw, one_line=True))


def test_json_text_keeps_the_data():
    data = {"name": "a\x9b\u202eb\x1b"}
    text = json_text(json.dumps(data, ensure_ascii=False))
    assert not RAW.search(text) and json.loads(text) == data


def test_spreadsheet_cell_escapes_controls_too():
    assert spreadsheet_cell("=1+1") == "'=1+1"
    assert not UNSAFE.search(spreadsheet_cell("x\x1b[31m"))


def _release_with_escapes():
    from opengauge.model import Document, DocumentKind, FileEntry, Release

    evil = "\x1b[2J\x1b[32mOSI approved\x1b]8;;http://x\x07\u202e"
    card = f'---\nlicense: other\nlicense_name: "{evil}"\n---\n# M\n'
    return Release(
        ref="local:/x\x1b[31m",
        source="local",
        id="x",
        metadata={"license": "other", "license_name": evil},
        documents=[
            Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card),
            Document(
                kind=DocumentKind.LICENSE, path=f"LICENSE{evil}", text=f"Non-commercial use only. {evil}"
            ),
        ],
        files=[FileEntry(path=f"w{evil}.safetensors", size=10)],
        problems=[f"a problem {evil}"],
    )


def test_every_text_output_is_sanitised(capsys):
    from opengauge.assess import Assessor
    from opengauge.cli.release import render
    from opengauge.document import assessment_document
    from opengauge.formats import print_reports, render_csv, render_json, render_markdown
    from opengauge.index.table import ranked_rows, render_text
    from opengauge.index.table import render_markdown as index_md

    release = _release_with_escapes()
    render(release)
    doc = assessment_document(Assessor().assess(release), problems=release.problems)
    print_reports([doc])
    out = capsys.readouterr().out
    for text in (out, render_markdown([doc]), render_csv([doc]), render_json([doc])):
        assert not RAW.search(text), text
    rows = ranked_rows([doc])
    assert not RAW.search(render_text(rows)) and not RAW.search(index_md(rows))
    assert "\\x1b" in out
