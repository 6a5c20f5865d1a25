"""`opengauge audit report`: the planted laundering chain, "says open source", families, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opengauge.audit.report import build_report, render, render_html
from opengauge.audit.run import run_audit
from opengauge.audit.sources import DumpSource
from opengauge.store import Store
from tests.audit.conftest import run_cli

LLAMA_CARD = """---
license: llama3.1
tags: [llama]
---
# Planted A

Built with Llama. This open source model is the base of the chain.
"""


def _card(license: str, base: str, claim: str = "") -> str:
    return (
        f"---\nlicense: {license}\nbase_model: {base}\n---\n# fine-tune\n\nA fine-tune of {base}. {claim}\n"
    )


def plant_chain(path: Path) -> None:
    from bench.dumpgen import write_jsonl

    files = [{"rfilename": "model.safetensors", "size": 10**9, "lfs": True}, {"rfilename": "config.json"}]
    rows = [
        {"modelId": "planted/C", "card": _card("apache-2.0", "planted/B"), "siblings": files},
        {"modelId": "planted/A", "card": LLAMA_CARD, "siblings": files},
        {
            "modelId": "planted/B",
            "card": _card("mit", "planted/A", "It is fully open source."),
            "siblings": files,
        },
        {"modelId": "planted/D", "card": _card("apache-2.0", "planted/unknown-base"), "siblings": files},
    ]
    write_jsonl(iter(rows), path)


@pytest.fixture
def planted_store(tmp_path: Path) -> Path:
    plant_chain(tmp_path / "planted.jsonl")
    with Store.open(tmp_path / "p.duckdb") as st:
        run_audit(DumpSource(str(tmp_path / "planted.jsonl")), st, depth="metadata")
    return tmp_path / "p.duckdb"


def test_report_finds_the_planted_laundering_chain(planted_store: Path) -> None:
    with Store.open(planted_store, read_only=True) as st:
        report = build_report(st)
    lau = {m["model"]: m for m in report["laundering"]["models"]}
    assert set(lau) == {"hf:planted/B", "hf:planted/C"}
    assert lau["hf:planted/B"]["chain"] == ["hf:planted/B", "hf:planted/A"]
    assert lau["hf:planted/C"]["chain"] == ["hf:planted/C", "hf:planted/B", "hf:planted/A"]
    assert (lau["hf:planted/C"]["license"], lau["hf:planted/C"]["base_license"]) == ("apache-2.0", "llama3.1")
    assert lau["hf:planted/C"]["base_verdict"] == "restricted"
    claims = report["open_source_claims"]
    assert {m["model"] for m in claims["models"]} >= {"hf:planted/A", "hf:planted/B"}
    assert report["families"][0] == {"family": "hf:planted/A", "derivatives": 2, "direct": 1}


def test_report_formats(planted_store: Path, tmp_path: Path) -> None:
    with Store.open(planted_store, read_only=True) as st:
        report = build_report(st)
    text = render(report, "text")
    assert "hf:planted/C -> hf:planted/B -> hf:planted/A" in text
    assert "| hf:planted/B |" in render(report, "markdown")
    assert json.loads(render(report, "json"))["laundering"]["count"] == 2
    result = run_cli(
        "audit", "report", str(planted_store), "--format", "html", "-o", str(tmp_path / "r.html")
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "r.html").read_text()
    assert "<svg" in page and "http" not in page.split("<body>")[0].replace("http-equiv", "")


def test_html_escapes_every_repo_value() -> None:
    evil = '<script>alert(1)</script>"'
    report = {
        "store": evil,
        "rows": 1,
        "releases": 1,
        "errors": 0,
        "labels": [[evil, 1]],
        "verdicts": [],
        "blocking_clauses": [[evil, 1]],
        "with_blocking_clauses": 1,
        "laundering": {
            "count": 1,
            "models": [
                {
                    "model": evil,
                    "license": evil,
                    "verdict": "osi-open",
                    "base_model": evil,
                    "base_license": evil,
                    "base_verdict": "restricted",
                    "chain": [evil, evil],
                }
            ],
        },
        "open_source_claims": {"claims": 1, "not_open": 1, "undetermined": 0, "models": []},
        "families": [{"family": evil, "derivatives": 1, "direct": 1}],
    }
    page = render_html(report)
    assert "<script>" not in page and "&lt;script&gt;" in page
