"""Reading the experts' OSAI-index files (with their irregularities) and comparing."""

from __future__ import annotations

import pytest

from opengauge.index.errors import IndexDataError
from opengauge.index.osai_import import compare, read_osai, render_comparison_text

SAMPLE = """\
# header comment
system:
    name: Example LM
    endmodelname: Example-LM-7B-Chat
    link: https://example.org/example-lm
datasources_basemodel:
    class: open
    link: ["https://example.org/a", "https://example.org/b"]
weights_endmodel:
    class: Partial
architecture:
    class: closed
licenses:
    notes: no class given
"""


def test_read_tolerates_irregular_files(tmp_path):
    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    (tmp_path / "_parameters.yml").write_text("- just\n- a list\n")
    (tmp_path / "notes.txt").write_text("ignored")
    ratings = read_osai(tmp_path)
    assert list(ratings) == ["example lm"]
    r = ratings["example lm"]
    assert r.end_model == "Example-LM-7B-Chat"
    assert r.classes["datasources_basemodel"] == "open"
    assert r.classes["weights_endmodel"] == "partial"  # case-insensitive
    assert r.classes["hardware_architecture"] == "closed"  # the key's old name
    assert r.classes["licenses"] == "" and r.classes["paper"] == ""


def test_read_refuses_aliases_and_missing_paths(tmp_path):
    (tmp_path / "bomb.yaml").write_text("a: &x [1]\nsystem: *x\n")
    with pytest.raises(IndexDataError, match="aliases"):
        read_osai(tmp_path)
    with pytest.raises(IndexDataError, match="no such file"):
        read_osai(tmp_path / "missing")


def test_compare_counts_agreement_per_parameter(tmp_path):
    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    ratings = read_osai(tmp_path)
    doc = {"index": {"id": "example-lm-7b", "name": "Example", "osai_family": "Example LM"},
           "frameworks": {"osai": {"parameters": {
               "datasources_basemodel": {"level": "open"},
               "weights_endmodel": {"level": "open", "review": {"level": "open"}},
               "hardware_architecture": {"level": "unknown"}}}}}
    other = {"index": {"id": "unrelated", "osai_family": None}, "frameworks": {}}
    result = compare([doc, other], ratings)
    assert result["matched_models"] == 1
    rows = {r["parameter"]: r for r in result["models"][0]["parameters"]}
    assert rows["datasources_basemodel"]["status"] == "agree"
    assert rows["weights_endmodel"]["status"] == "disagree" and rows["weights_endmodel"]["reviewed"]
    assert rows["hardware_architecture"]["status"] == "opengauge-unknown"
    assert rows["licenses"]["status"] == "experts-empty"
    assert result["summary"]["agreement"] == 0.5
    text = render_comparison_text(result)
    assert "weights_endmodel open->partial (reviewed)" in text and "osai-index.eu" in text
