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


def test_a_merge_whose_card_lists_its_parents_in_words_binds_to_the_rows_they_are(tmp_path: Path) -> None:
    """A merge card with no base_model key lists its parents in words (mergekit's list), one of them
    a Llama fine-tune that is another row of the dump, stated in words too: the lineage pass spools
    the rows a card links, so the merge is judged under the Llama terms, reported as laundering, and
    its "Open source chat model." counts as a claim."""
    from bench.dumpgen import write_jsonl

    files = [{"rfilename": "model.safetensors", "size": 10**9, "lfs": True}, {"rfilename": "config.json"}]
    merge = (
        "---\nlicense: mit\ntags: [merge]\n---\n# Merge D\n\nOpen source chat model.\n\n### Models Merged\n\n"
        "The following models were included in the merge:\n"
        "* [planted/tune-c](https://huggingface.co/planted/tune-c)\n"
        "* [planted/free-e](https://huggingface.co/planted/free-e)\n"
    )
    tune = (
        "---\nlicense: apache-2.0\n---\n# Tune C\n\nTune C is a fine-tuned version of "
        "[planted/A](https://huggingface.co/planted/A) on chats.\n"
    )
    rows = [
        {"modelId": "planted/merge-d", "card": merge, "siblings": files},
        {
            "modelId": "planted/free-e",
            "card": "---\nlicense: mit\n---\n# Free E\n\nA model.\n",
            "siblings": files,
        },
        {"modelId": "planted/tune-c", "card": tune, "siblings": files},
        {"modelId": "planted/A", "card": LLAMA_CARD, "siblings": files},
    ]
    write_jsonl(iter(rows), tmp_path / "d.jsonl")
    with Store.open(tmp_path / "d.duckdb") as st:
        run_audit(DumpSource(str(tmp_path / "d.jsonl")), st, depth="metadata")
        report = build_report(st)
    lau = {m["model"]: m for m in report["laundering"]["models"]}
    assert lau["hf:planted/merge-d"]["chain"] == ["hf:planted/merge-d", "hf:planted/tune-c", "hf:planted/A"]
    assert lau["hf:planted/merge-d"]["base_license"] == "llama3.1"
    claims = {m["model"]: m for m in report["open_source_claims"]["models"]}
    assert claims["hf:planted/merge-d"]["label"] == "weights-available"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Open source chat model.", True),
        ("# Quill\n\n## Open-source LLM for code", True),
        ("We open-source the model as part of our research.", True),
        ("We have open sourced our model weights on the Hub.", True),
        ("It is fully open source.", True),
        ("We have open-sourced the Quill-Instruct dataset and the scripts.", False),
        ("Built with open source libraries.", False),
        ("The open source community made this possible.", False),
        ("Open source tools were used to make the model.", False),
    ],
)
def test_what_counts_as_a_card_calling_its_model_open_source(text: str, claims: bool) -> None:
    from opengauge.audit.metadata import claims_open_source
    from opengauge.model import Document, DocumentKind, Release

    card = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"# Quill\n\n{text}\n")
    release = Release(ref="hf:inkwell/quill", source="hub", id="inkwell/quill", documents=[card])
    assert claims_open_source(release) is claims


def test_a_claim_is_searched_from_where_it_can_start_as_over_the_whole_card(release_corpus: Path) -> None:
    """`claims_open_source` searches a card for a claim from the run of words, white space and
    `.!?#*%` that ends at its first `open source`: the answer of the search over the whole card, on
    every corpus text and on texts made so that a claim starts far before, or right at, a mention."""
    from opengauge.audit.metadata import _OPEN_SOURCE_CLAIM, _claims

    texts = [
        p.read_text("utf-8", "replace")
        for p in sorted(release_corpus.rglob("*"))
        if p.is_file() and p.suffix.lower() in (".md", ".txt", "")
    ]
    made = [
        "It is" + " " * 3000 + "\n\n  fully   open source.",
        "We\n\n have \n\n   fully open-sourced it, (open source)",
        "Says 100%\topen source; and, then: open source model",
        "x.\n\n## **Open source** LLM for code, open source",
        "(we) open source. ſo ıs İs open source",
        "is,open source model. An open source model",
        "# Q\n\n*** open source weights",
    ]
    assert len(texts) > 50
    for text in texts + made + [t.upper() for t in made]:
        assert _claims(text) is (_OPEN_SOURCE_CLAIM.search(text) is not None), text[:80]
