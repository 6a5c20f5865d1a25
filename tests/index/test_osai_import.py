"""Reading the experts' OSAI-index files (with their irregularities) and comparing."""

from __future__ import annotations

import pytest

from opengauge.document import AssessmentDocument
from opengauge.frameworks.osai import PARAMETERS
from opengauge.index.errors import IndexDataError
from opengauge.index.osai_import import compare, read_osai, render_comparison_text
from tests.og_index_support import synthetic_doc

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
    assert r.levels["datasources_basemodel"] == "open"
    assert r.levels["weights_endmodel"] == "partial"  # case-insensitive
    assert r.levels["hardware_architecture"] == "closed"  # the key's old name
    assert r.levels["licenses"] is None and r.levels["paper"] is None


def test_read_refuses_aliases_and_missing_paths(tmp_path):
    (tmp_path / "bomb.yaml").write_text("a: &x [1]\nsystem: *x\n")
    with pytest.raises(IndexDataError, match="aliases"):
        read_osai(tmp_path)
    with pytest.raises(IndexDataError, match="no such file"):
        read_osai(tmp_path / "missing")


def test_compare_counts_agreement_per_parameter(tmp_path):
    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    ratings = read_osai(tmp_path)
    raw = synthetic_doc(
        "example-lm-7b",
        name="Example",
        label="open-weights",
        quote="q",
        evidence_source="https://example.org",
    )
    raw["index"]["osai_family"] = "Example LM"
    cells = raw["frameworks"]["osai"]["parameters"]
    for cell in cells.values():
        cell["level"] = "unknown"
    cells["datasources_basemodel"]["level"] = "open"
    cells["weights_endmodel"].update(
        level="open",
        review={"level": "open", "note": "n", "evidence": "https://x.org", "checked": "2026-11-27"},
    )
    other = synthetic_doc(
        "unrelated", name="U", label="closed", quote="q", evidence_source="https://example.org"
    )
    result = compare(
        [AssessmentDocument.model_validate(raw), AssessmentDocument.model_validate(other)], ratings
    )
    assert result["matched_models"] == 1
    rows = {r["parameter"]: r for r in result["models"][0]["parameters"]}
    assert rows["datasources_basemodel"]["status"] == "agree"
    assert rows["weights_endmodel"]["status"] == "disagree" and rows["weights_endmodel"]["reviewed"]
    assert rows["hardware_architecture"]["status"] == "opengauge-unknown"
    assert rows["licenses"]["status"] == "experts-empty"
    assert result["summary"]["agreement"] == 0.5
    # the experts rated Example-LM-7B-Chat, not example-lm-7b: a family member, reported apart
    assert result["models"][0]["same_model"] is False
    assert result["summary"]["by_match"]["family"]["agree"] == 1
    assert result["summary"]["by_match"]["same_model"]["agree"] == 0
    text = render_comparison_text(result)
    assert "other members of a rated family: agree 1  disagree 1" in text
    assert "weights_endmodel open->partial (reviewed)" in text and "osai-index.eu" in text


def _both_readings(folder):
    """Per file stem: the levels `opengauge evaluate` uses and the levels `import-osai` uses."""
    from opengauge.evaluate import load_experts

    experts, _ = load_experts(folder)
    evaluate_levels = {e.key.lower(): e.levels for e in experts}
    import_levels = {k: r.levels for k, r in read_osai(folder).items()}
    return evaluate_levels, import_levels


def test_evaluate_and_import_osai_read_every_expert_file_alike(shared_dir):
    evaluate_levels, import_levels = _both_readings(shared_dir / "reference" / "osai-index")
    assert len(evaluate_levels) == len(import_levels) == 193  # not the submission template
    assert set(evaluate_levels) == set(import_levels)
    for key, levels in evaluate_levels.items():
        assert levels == import_levels[key], key
        assert set(levels) == set(PARAMETERS)


def test_evaluate_and_import_osai_read_irregular_files_alike(tmp_path):
    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    (tmp_path / "a_submission_template.yaml").write_text("system:\n  name:\ndatasheet:\n  class: closed\n")
    (tmp_path / "_parameters.yml").write_text("- just\n- a list\n")
    (tmp_path / "_parameters-descriptions.yml").write_text("code:\n  en: Is the code documented?\n")
    evaluate_levels, import_levels = _both_readings(tmp_path)
    assert evaluate_levels == import_levels and list(import_levels) == ["example lm"]
    assert import_levels["example lm"]["hardware_architecture"] == "closed"  # the old key, read by both


def test_expert_rating_keeps_notes_links_and_names(tmp_path):
    from opengauge.experts import read_experts

    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    (rating,) = read_experts(tmp_path).ratings
    assert rating.key == "Example LM" and rating.name == "Example LM"
    assert rating.names == ("Example LM", "Example LM", "Example-LM-7B-Chat")
    assert rating.notes["licenses"] == "no class given" and rating.notes["paper"] == ""
    assert rating.system_links == ("https://example.org/example-lm",)
    assert rating.parameter_links["datasources_basemodel"] == (
        "https://example.org/a",
        "https://example.org/b",
    )
    assert rating.links[0] == "https://example.org/example-lm" and len(rating.links) == 3


def test_expert_reader_reports_unreadable_files_instead_of_crashing(tmp_path):
    from opengauge.evaluate import load_experts
    from opengauge.experts import MAX_FILE_BYTES, read_experts

    (tmp_path / "Example LM.yaml").write_text(SAMPLE)
    # an impossible date makes PyYAML raise ValueError, not YAMLError
    (tmp_path / "bad date.yaml").write_text("system:\n  name: X\n  releasedate: 2024-13-01\n")
    (tmp_path / "latin1.yaml").write_bytes("system:\n  name: Caf\xe9\n".encode("latin-1"))
    (tmp_path / "huge.yaml").write_text("system: {name: x}\n#" + "x" * MAX_FILE_BYTES)
    (tmp_path / "stray.yaml").write_text("just: data\n")
    found = read_experts(tmp_path)
    assert [r.key for r in found.ratings] == ["Example LM"]
    problems = {p.file: p for p in found.problems}
    assert {f for f, p in problems.items() if p.unreadable} == {"bad date.yaml", "latin1.yaml", "huge.yaml"}
    assert not problems["stray.yaml"].unreadable
    _, reported = load_experts(tmp_path)
    assert len(reported) == 4 and all(p.endswith(", skipped") for p in reported)
    with pytest.raises(IndexDataError, match="bad date.yaml: invalid YAML"):
        read_osai(tmp_path)  # import-osai refuses rather than compare without a family
    (tmp_path / "bad date.yaml").unlink()
    (tmp_path / "latin1.yaml").unlink()
    (tmp_path / "huge.yaml").unlink()
    assert list(read_osai(tmp_path)) == ["example lm"]  # a YAML file that is no model file is passed over


def test_expert_rating_knows_the_very_model_it_rates(tmp_path):
    """The experts rate a family through one model: by its Hub link, or by its end-model name."""
    from opengauge.experts import read_experts

    linked = SAMPLE.replace(
        "https://example.org/example-lm", "https://huggingface.co/ExampleOrg/Example-LM-7B"
    )
    (tmp_path / "Example LM.yaml").write_text(linked)
    (rating,) = read_experts(tmp_path).ratings
    assert rating.rates(["exampleorg/example-lm-7b"])  # the Hub link, case-insensitive
    assert rating.rates(["hf:someone/example_lm_7b_chat"])  # the end-model name, punctuation aside
    assert not rating.rates(["ExampleOrg/Example-LM-70B"])  # another member of the family
    assert not rating.rates([])
