"""`opengauge check` on model folders: requirements parsed from flags and config files, exit codes,
problems located in the folder's files, and the formats."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from opengauge.check import load_config, parse_requirement
from opengauge.cli import app
from opengauge.errors import InputError
from opengauge.model import Label, Level
from tests.publish.models import capped_model, open_model

runner = CliRunner()


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.mark.parametrize(
    ("text", "kind", "target", "extra"),
    [
        ("label=open-source-ai", "label", "open-source-ai", {}),
        ("LABEL = Open-Weights", "label", "open-weights", {}),
        ("mof=II", "mof", "II", {}),
        ("mof=class i", "mof", "I", {}),
        ("osaid", "osaid", None, {}),
        ("osai>=0.75", "osai", None, {"threshold": 0.75}),
        ("osai>=75%", "osai", None, {"threshold": 0.75}),
        ("no-blocking-clauses", "no-blocking-clauses", None, {}),
        ("param:trainingcode=open", "param", "trainingcode", {"level": Level.OPEN}),
        ("probe:training-data=partial", "probe", "training-data", {"level": Level.PARTIAL}),
    ],
)
def test_requirements_parse(text, kind, target, extra):
    r = parse_requirement(text)
    assert (r.kind, r.target) == (kind, target)
    for k, v in extra.items():
        assert getattr(r, k) == v


@pytest.mark.parametrize(
    "text", ["label=very-open", "mof=IV", "osai>=2", "param:nope=open", "param:trainingcode=great", "free"]
)
def test_bad_requirements_are_input_errors(text):
    with pytest.raises(InputError):
        parse_requirement(text)


def test_config_from_yaml_then_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.opengauge]\nrequire = ["osaid"]\n')
    assert load_config(tmp_path, tmp_path) == (["osaid"], str(tmp_path.resolve() / "pyproject.toml"))
    (tmp_path / ".opengauge.yaml").write_text("require:\n  - label=open-weights\n  - mof=III\n")
    reqs, where = load_config(tmp_path, tmp_path)
    assert reqs == ["label=open-weights", "mof=III"] and where.endswith(".opengauge.yaml")
    (tmp_path / ".opengauge.yaml").write_text("require: &a [osaid]\nother: *a\n")
    with pytest.raises(InputError, match="aliases"):
        load_config(tmp_path, tmp_path)
    (tmp_path / ".opengauge.yaml").write_text("- just a list\n")
    with pytest.raises(InputError, match="mapping"):
        load_config(tmp_path, tmp_path)


def test_open_model_passes_and_capped_model_fails_with_license_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_model(tmp_path / "good")
    capped_model(tmp_path / "bad")
    ok = runner.invoke(app, ["check", "good", "-r", "label=open-weights", "-r", "no-blocking-clauses"])
    assert ok.exit_code == 0, ok.output
    assert "PASS" in ok.stdout
    bad = runner.invoke(app, ["check", "bad", "-r", "label=open-weights", "-f", "json"])
    assert bad.exit_code == 3
    doc = json.loads(bad.stdout)
    assert doc["label"] == Label.WEIGHTS_AVAILABLE.value
    where = {
        (p["location"]["file"], p["location"]["line"], p["clause"])
        for p in doc["requirements"][0]["problems"]
    }
    assert ("LICENSE", 18, "user-threshold") in where and ("LICENSE", 21, "use-policy-by-reference") in where
    gh = runner.invoke(app, ["check", "bad", "-r", "no-blocking-clauses", "-f", "github"])
    assert (
        "::error file=bad/LICENSE,line=18,title=opengauge%3A no-blocking-clauses not met::User cap"
        in gh.stdout
    )


def test_front_matter_key_to_add_points_at_the_end_of_the_front_matter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_model(tmp_path / "m")
    res = runner.invoke(app, ["check", "m", "-r", "probe:training-data=partial", "-f", "json"])
    assert res.exit_code == 3
    (problem,) = json.loads(res.stdout)["requirements"][0]["problems"]
    assert problem["front_matter_key"] == "datasets"
    assert problem["location"] == {"file": "README.md", "line": 7}
    assert "datasets" in problem["fix"]


def test_requirements_from_the_folder_config_and_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_model(tmp_path)
    (tmp_path / ".opengauge.yaml").write_text("require: [label=open-weights, no-blocking-clauses]\n")
    res = runner.invoke(app, ["check", "-f", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert [r["requirement"] for r in doc["requirements"]] == ["label=open-weights", "no-blocking-clauses"]
    assert doc["config"].endswith(".opengauge.yaml")
    (tmp_path / ".opengauge.yaml").unlink()
    res = runner.invoke(app, ["check", "-f", "json"])  # the default: label=open-source-ai
    assert res.exit_code == 3
    assert json.loads(res.stdout)["requirements"][0]["requirement"] == "label=open-source-ai"


def test_sarif_and_summary_files_and_bad_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    capped_model(tmp_path / "m")
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    res = runner.invoke(
        app, ["check", "m", "-r", "label=open-weights", "--sarif", "out.sarif", "--summary", str(summary)]
    )
    assert res.exit_code == 3
    log = json.loads((tmp_path / "out.sarif").read_text())
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]
    }
    assert "m/LICENSE" in uris
    md = summary.read_text()
    assert md.startswith("# earlier step\n") and "❌ not met" in md and "`m/LICENSE:18`" in md
    for args in (["-r", "label=nope"], ["-f", "xml"]):
        err = runner.invoke(app, ["check", "m", *args]).exception
        assert isinstance(err, InputError) and err.exit_code == 2


def test_check_and_bom_read_a_base_through_the_built_in_index_like_assess(tmp_path, monkeypatch):
    """A folder whose card says MIT but whose base is Llama 3.1 (in the built-in index): offline,
    `check` and `bom` use the same lineage oracle as `assess`, so the base's license governs."""
    monkeypatch.chdir(tmp_path)
    folder = open_model(tmp_path / "tune")
    card = (folder / "README.md").read_text(encoding="utf-8")
    card = card.replace(
        "license: apache-2.0\n", "license: mit\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n"
    )
    (folder / "README.md").write_text(card, encoding="utf-8")
    (folder / "LICENSE").unlink()
    res = runner.invoke(app, ["check", "tune", "--no-lineage", "-r", "label=open-weights", "-f", "json"])
    assert res.exit_code == 3, res.output
    doc = json.loads(res.stdout)
    assert doc["label"] == Label.WEIGHTS_AVAILABLE.value
    bom = runner.invoke(
        app, ["bom", "tune", "--no-lineage", "--format", "cyclonedx", "-o", str(tmp_path / "b.json")]
    )
    assert bom.exit_code == 0, bom.output
    assert "weights-available" in (tmp_path / "b.json").read_text(encoding="utf-8")
