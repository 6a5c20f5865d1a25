"""Untrusted cards never crash a probe, and open/closed findings always carry evidence."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opengauge.frameworks import evaluate_all
from opengauge.model import Document, DocumentKind, FileEntry, Level
from opengauge.probes import probe_ids, run_probes
from tests.probes.helpers import release

LINES = st.sampled_from(
    [
        "# Title",
        "## Training Data",
        "## Evaluation",
        "| a | 1.5 |",
        "```",
        "---",
        "license: mit",
        "pip install demo-pkg",
        "https://arxiv.org/abs/2401.00001",
        "huggingface.co/datasets/o/d",
        "Trained on 1.5T tokens with 64 H100 GPUs.",
        'revision="step1000"',
        "[More Information Needed]",
        "@inproceedings{x, booktitle={ICML 2024}}",
        "<!-- comment -->",
        "",
        "\t",
        "|||",
        "# " * 50,
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=40),
    st.lists(st.text(min_size=1, max_size=30), max_size=5),
)
def test_random_cards_and_files(lines, paths):
    text = "\n".join(lines)
    r = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        files=[FileEntry(path=p.strip("/") or "x", size=1) for p in paths],
    )
    findings = run_probes(r)
    assert {f.probe for f in findings} == set(probe_ids())
    for f in findings:
        assert f.error is None, f
        if f.level in (Level.OPEN, Level.CLOSED):
            assert f.evidence, f
    verdicts = evaluate_all(findings)
    assert len(verdicts) == 5
