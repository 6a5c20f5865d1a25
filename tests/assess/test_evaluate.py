"""`opengauge evaluate` against the OSAI index experts, with snapshots built through the loopback servers."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from opengauge.cli import app
from opengauge.evaluate import Pair, compare, load_experts, match_expert
from opengauge.frameworks.osai import PARAMETERS
from opengauge.sources import load_snapshot

FOLDERS = ("olmo-7b", "pythia-6.9b", "bloomz", "llama-3.1-8b-instruct", "mistral-7b-v0.1", "phi-2", "amber")


def test_expert_loader_tolerates_the_irregular_files(shared_dir):
    experts, problems = load_experts(shared_dir / "reference" / "osai-index")
    assert len(experts) == 193 and not problems
    cells = [lvl for e in experts for lvl in e.levels.values()]
    assert cells.count("open") == 908 and cells.count("partial") == 439 and cells.count("closed") == 969
    olmo = next(e for e in experts if e.name == "OLMo")
    assert sum({"open": 1, "partial": 0.5}.get(v or "", 0) for v in olmo.levels.values()) / 12 == 11.5 / 12


def test_compare_counts_exact_and_within_one():
    ours = {p: "open" for p in PARAMETERS} | {"paper": "unknown", "licenses": "partial"}
    theirs = {p: "open" for p in PARAMETERS} | {"paper": "closed", "licenses": "closed", "code": None}
    r = compare([Pair("r", "e", ours, theirs, 0.0, 0.0)])
    assert r["overall"]["n"] == 11
    assert r["parameters"]["paper"]["exact"] == 0 and r["parameters"]["paper"]["within_one"] == 1
    assert r["parameters"]["licenses"]["within_one"] == 1
    assert r["confusion"]["closed"]["unknown"] == 1 and r["confusion"]["open"]["open"] == 9
    # the pairs split by whether the experts rated this very release or another family member
    same = compare(
        [
            Pair("r", "e", ours, theirs, 0.0, 0.0, same_model=True),
            Pair("s", "e", ours, {p: "open" for p in PARAMETERS}, 0.0, 0.0),
        ]
    )
    assert same["by_match"]["same_model"]["n"] == 11 and same["by_match"]["same_model"]["exact"] == 9
    assert same["by_match"]["family"]["n"] == 12 and same["by_match"]["family"]["exact"] == 10


def test_evaluate_runs_against_the_index(corpus, shared_dir):
    experts, _ = load_experts(shared_dir / "reference" / "osai-index")
    files = {f: Path(match_expert(load_snapshot(corpus.snapshots[f]), experts).path).stem for f in FOLDERS}
    assert files == {
        "olmo-7b": "OLMo",
        "pythia-6.9b": "Pythia",
        "bloomz": "bloomz",
        "llama-3.1-8b-instruct": "llama-3.1",
        "mistral-7b-v0.1": "Mistral",
        "phi-2": "Phi",
        "amber": "amber",
    }
    corpus.hub.requests.clear()
    index = str(shared_dir / "reference" / "osai-index")
    out = CliRunner().invoke(app, ["evaluate", index, str(corpus.folder), "-f", "json"])
    assert out.exit_code == 0, out.output
    assert corpus.hub.requests.count == 0
    result = json.loads(out.stdout)
    matched = {m["release"] for m in result["models"]}
    assert {corpus.refs[f] for f in FOLDERS} <= matched
    overall = result["overall"]
    assert overall["n"] >= 12 * len(result["models"]) - 10
    assert 0 <= overall["exact_rate"] <= overall["within_one_rate"] <= 1
    assert sum(sum(row.values()) for row in result["confusion"].values()) == overall["n"]
    few = corpus.folder.parent / "few"
    few.mkdir(exist_ok=True)
    for f in ("olmo-7b", "llama-3.1-8b-instruct"):
        (few / f"{f}.json").write_bytes(corpus.snapshots[f].read_bytes())
    text = CliRunner().invoke(app, ["evaluate", index, str(few)])
    assert text.exit_code == 0 and "overall" in text.stdout and "Confusion" in text.stdout
    print(
        json.dumps(result["overall"]),
        json.dumps({p: (r["exact_rate"], r["within_one_rate"]) for p, r in result["parameters"].items()}),
    )


def test_loader_tolerates_irregularities_and_refuses_aliases(tmp_path):
    (tmp_path / "a_submission_template.yaml").write_text("system:\n  name:\n")
    (tmp_path / "_parameters.yml").write_text("- name: x\n")
    (tmp_path / "Odd Name.yaml").write_text(
        "system:\n  name: Odd\n  endmodel license: MIT\n  datasources_endmodel: stray\n"
        "licenses:\n  class: open\n  notes: no link key\n"
        'preprint:\n  class: partial\n  link: ["https://arxiv.org/abs/1", "https://x"]\n'
        "paper:\n  class:\n  link:\n"
    )
    (tmp_path / "bomb.yaml").write_text("a: &a [x, x]\nb: &b [*a, *a]\nsystem: {name: *b}\n")
    (tmp_path / "notyaml.yaml").write_text("system: [unclosed\n")
    experts, problems = load_experts(tmp_path)
    assert [e.name for e in experts] == ["Odd"]
    odd = experts[0]
    assert (
        odd.levels["licenses"] == "open"
        and odd.levels["preprint"] == "partial"
        and odd.levels["paper"] is None
    )
    assert any("bomb.yaml" in p for p in problems) and any("notyaml.yaml" in p for p in problems)
