"""Probes on hand-made releases: each answers its question from the facts, cites evidence, and
says unknown (not closed) when the evidence is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.assess import assess
from opengauge.model import Document, DocumentKind, FileEntry, Level, Release
from opengauge.probes import get_definition, probe_definitions, probe_ids, run_probes
from opengauge.probes.errors import ProbeError
from tests.probes.helpers import DATASET, card, release, repo


def by_probe(findings, probe):
    return [f for f in findings if f.probe == probe]


def one(findings, probe):
    found = by_probe(findings, probe)
    assert found, f"no finding for {probe}"
    return found[0]


def assert_evidence(findings):
    for f in findings:
        if f.level in (Level.OPEN, Level.CLOSED):
            assert f.evidence, f"{f.probe} says {f.level} without evidence: {f.reason}"
            assert all(e.source for e in f.evidence)


def test_every_probe_has_a_definition_and_runs():
    defs = probe_definitions()
    assert set(defs) == set(probe_ids())
    for d in defs.values():
        assert d.question and d.motivation and d.implementation and d.remediation.text
        assert d.remediation.effort in ("low", "medium", "high")
    findings = run_probes(release())
    assert {f.probe for f in findings} == set(probe_ids())
    assert not [f for f in findings if f.error is not None]
    assert_evidence(findings)


def test_unknown_probe_is_a_clear_error():
    with pytest.raises(ProbeError, match="unknown probe"):
        get_definition("no-such-probe")


def test_weights_open_gated_closed_unknown():
    open_ = one(run_probes(release(), only=["weights-published"]), "weights-published")
    assert open_.level is Level.OPEN and open_.data["formats"] == ["safetensors"]
    assert open_.data["bytes"] == 8_900_000_000
    gated = one(run_probes(release(gated="manual"), only=["weights-published"]), "weights-published")
    assert gated.level is Level.PARTIAL and gated.data["gated"]
    none = one(
        run_probes(release(files=[FileEntry(path="README.md", size=10)]), only=["weights-published"]),
        "weights-published",
    )
    assert none.level is Level.CLOSED and none.evidence
    unknown = one(run_probes(release(files=[]), only=["weights-published"]), "weights-published")
    assert unknown.level is Level.UNKNOWN


def test_training_code_pretraining_finetuning_inference_only_none():
    def level(*repos):
        return one(run_probes(release(code_repos=list(repos)), only=["training-code"]), "training-code")

    pre = level(repo("o/train", ["scripts/train.py", "configs/7b.yaml", "README.md"]))
    assert pre.level is Level.OPEN and "train.py" in pre.evidence[0].source
    tune = level(repo("o/tune", ["finetune/finetune_lora.sh", "finetune.py", "README.md"]))
    assert tune.level is Level.PARTIAL
    infer = level(repo("o/inference", ["src/", "deploy/", "README.md"]))
    assert infer.level is Level.CLOSED and infer.evidence
    # no repository at all in a release read completely: absence is evidence, even with a stub card;
    # a card that could not be read in full is not
    assert level().level is Level.CLOSED and level().evidence
    stub = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# Demo\n\nHello.\n")]
    )
    assert one(run_probes(stub, only=["training-code"]), "training-code").level is Level.CLOSED
    cut = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# Demo\n", truncated=True)]
    )
    assert one(run_probes(cut, only=["training-code"]), "training-code").level is Level.UNKNOWN
    inf = one(
        run_probes(
            release(code_repos=[repo("o/inference", ["src/", "generate.py"])]), only=["inference-code"]
        ),
        "inference-code",
    )
    assert inf.level is Level.OPEN


def test_data_processing_and_evaluation_code():
    r = release(code_repos=[repo("o/lm", ["prepare_data.py", "eval.py", "train.py"])])
    f = run_probes(r, only=["data-processing-code", "evaluation-code"])
    assert one(f, "data-processing-code").level is Level.OPEN
    assert one(f, "evaluation-code").level is Level.OPEN


def test_training_data_and_datasheet():
    r = release(
        datasets=[DATASET],
        metadata={"license": "apache-2.0", "datasets": ["demo/corpus"]},
        documents=[card(extra="datasets:\n- demo/corpus\n")],
    )
    f = run_probes(r, only=["training-data", "data-documentation"])
    td = one(f, "training-data")
    assert td.level is Level.OPEN and td.data["all_open"]
    assert "demo/corpus" in (td.evidence[0].quote or "")
    # the dataset card was not read (DATASET has no card text) and the catalog does not know demo/corpus:
    # its existence does not show a datasheet
    dd = one(f, "data-documentation")
    assert dd.level is Level.UNKNOWN and "could not be read" in dd.reason
    assert dd.data["cards_unread"] == ["demo/corpus"]
    private = DATASET.model_copy(update={"exists": False})
    assert (
        one(run_probes(release(datasets=[private]), only=["training-data"]), "training-data").level
        is Level.PARTIAL
    )
    bare = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# Demo\n\nHello.\n")]
    )
    assert one(run_probes(bare, only=["training-data"]), "training-data").level is Level.CLOSED
    unlisted = release(documents=bare.documents, files=[])
    assert one(run_probes(unlisted, only=["training-data"]), "training-data").level is Level.UNKNOWN


def test_a_card_that_was_not_read_is_unknown_and_says_why():
    """`unknown` means could not be read: a README.md listed without its text (an index entry's record,
    a fetch that failed) is not "no model card"; with no file list, the card's existence is not known."""
    listed = release(documents=[], files=[FileEntry(path="README.md"), FileEntry(path="model.safetensors")])
    listed = listed.model_copy(update={"files_truncated": True})
    f = one(run_probes(listed, only=["model-card"]), "model-card")
    assert f.level is Level.UNKNOWN and "README.md is in the file list" in f.reason
    bare = release(documents=[], files=[])
    f = one(run_probes(bare, only=["model-card"]), "model-card")
    assert f.level is Level.UNKNOWN and "file list is missing" in f.reason


def test_card_docs_papers_compute():
    f = run_probes(release())
    assert one(f, "model-card").level is Level.OPEN
    assert "evaluation" in one(f, "model-card").data["sections"]
    assert one(f, "architecture-hardware").level is Level.OPEN
    assert one(f, "peer-reviewed-paper").level is Level.OPEN
    assert one(f, "evaluation-results").level is Level.OPEN
    compute = one(f, "training-compute")
    assert compute.data["flop"] == pytest.approx(6 * 7e9 * 2e12)
    # no arXiv id or report anywhere in a release read in full: not published
    assert one(f, "preprint").level is Level.CLOSED


def _license(license_corpus: Path, name: str) -> Document:
    return Document(
        kind=DocumentKind.LICENSE, path="LICENSE", text=(license_corpus / name).read_text("utf-8")
    )


def test_license_file_governs_over_card_claim(license_corpus):
    r = release(
        documents=[
            card("apache-2.0"),
            _license(license_corpus, "llama-3.1-community.txt"),
            Document(
                kind=DocumentKind.USE_POLICY,
                path="USE_POLICY.md",
                text=(license_corpus / "llama-3.1-aup.txt").read_text("utf-8"),
            ),
        ]
    )
    f = run_probes(r, only=["weights-license", "license-disagreement"])
    wl = one(f, "weights-license")
    assert wl.level is Level.CLOSED
    assert "user-threshold" in wl.data["blocking"]
    clause_ev = [e for e in wl.evidence if e.note and e.note.startswith("user-threshold")]
    assert clause_ev and clause_ev[0].line and "700" in clause_ev[0].quote
    dis = by_probe(f, "license-disagreement")
    assert any(d.level is Level.CLOSED and d.data["claimed"] == "apache-2.0" for d in dis)
    assert_evidence(f)


def test_open_license_and_code_license(license_corpus):
    r = release(
        documents=[card("apache-2.0"), _license(license_corpus, "apache-2.0.txt")],
        code_repos=[
            repo("o/code", ["train.py"], spdx="MIT"),
            repo("o/more", ["x.py"], spdx=None, readme="Licensed under the Apache License, Version 2.0."),
        ],
    )
    f = run_probes(r, only=["weights-license", "license-disagreement", "code-license"])
    assert one(f, "weights-license").level is Level.OPEN
    assert one(f, "license-disagreement").level is Level.OPEN
    cl = one(f, "code-license")
    assert cl.level is Level.OPEN and cl.data["all_osi"]
    closed = run_probes(
        release(code_repos=[repo("o/c", ["a.py"], spdx="CC-BY-NC-4.0")]), only=["code-license"]
    )
    assert one(closed, "code-license").level is Level.CLOSED


def test_no_license_in_a_release_read_in_full_is_closed_and_unknown_only_when_not_read():
    docs = [Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# x\n")]
    # read in full (card, file list): no license grants nothing, all rights reserved: closed, not unknown
    wl = one(run_probes(release(metadata={}, documents=docs), only=["weights-license"]), "weights-license")
    assert wl.level is Level.CLOSED and wl.data["no_license"], wl.reason
    assert "No license" in wl.reason and wl.evidence
    # without the file list a LICENSE file may exist unseen: unknown, naming what was not read
    unread = release(metadata={}, documents=docs).model_copy(update={"files": []})
    wl = one(run_probes(unread, only=["weights-license"]), "weights-license")
    assert wl.level is Level.UNKNOWN, wl.reason
    # `license: other` names terms that exist but were not found: unknown, saying so
    other = release(metadata={"license": "other"}, documents=docs)
    wl = one(run_probes(other, only=["weights-license"]), "weights-license")
    assert wl.level is Level.UNKNOWN and "says `other`" in wl.reason, wl.reason


def test_lineage_flags_license_laundering(license_corpus):
    base = Release(
        ref="hf:meta/Base-8B",
        source="hub",
        id="meta/Base-8B",
        metadata={"license": "llama3.1"},
        documents=[card("llama3.1"), _license(license_corpus, "llama-3.1-community.txt")],
        files=[],
    )
    tune = release(
        metadata={"license": "mit", "base_model": "meta/Base-8B"},
        base_models=["hf:meta/Base-8B"],
        lineage=[base],
        documents=[card("mit", extra="base_model: meta/Base-8B\n")],
    )
    f = assess(tune).findings  # base models are assessed by `assess`, never by a probe
    lin = one(f, "lineage")
    assert lin.level is Level.CLOSED and lin.data["laundering"]
    assert "laundering" in lin.reason.lower()
    wl = one(f, "weights-license")
    assert wl.level is Level.CLOSED and wl.data["terms"]["inherited_from"] == "hf:meta/Base-8B"
    assert_evidence(f)
    fetched_not = release(metadata={"license": "mit", "base_model": "x/y"}, base_models=["hf:x/y"])
    assert one(run_probes(fetched_not, only=["lineage"]), "lineage").level is Level.UNKNOWN


def test_hostile_text_does_not_crash():
    text = (
        "---\nlicense: [apache-2.0, {a: b}]\n---\n" + "# " * 5000 + "\n```\n# not a heading\n" + "x" * 100_000
    )
    r = release(
        metadata={"license": ["apache-2.0", {"a": "b"}]},
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
    )
    findings = run_probes(r)
    assert not [f for f in findings if f.error is not None]


def test_intermediate_checkpoints_need_more_than_released_checkpoints():
    def level(text):
        doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"# Demo\n\n{text}\n")
        return one(
            run_probes(release(documents=[doc]), only=["intermediate-checkpoints"]),
            "intermediate-checkpoints",
        )

    assert level("See the [Released Model Checkpoints](#ckpt) section.").level is Level.UNKNOWN
    found = level('model = AutoModel.from_pretrained("demo/Demo-7B", revision="step143000")')
    assert found.level is Level.OPEN and found.evidence[0].line == 3
    files = release(
        files=[
            FileEntry(path="step1000/model.safetensors", size=10),
            FileEntry(path="model.safetensors", size=10),
        ]
    )
    f = one(run_probes(files, only=["intermediate-checkpoints"]), "intermediate-checkpoints")
    assert f.level is Level.OPEN and f.data["count"] == 1


def test_gate_refusing_eu_users_is_a_geographic_restriction():
    r = release(
        metadata={"license": "apache-2.0", "extra_gated_eu_disallowed": True},
        gated="manual",
        documents=[card(extra="extra_gated_eu_disallowed: true\n")],
    )
    f = run_probes(r, only=["weights-license", "license-disagreement"])
    wl = one(f, "weights-license")
    assert wl.level is Level.CLOSED and wl.data["blocking"] == ["geographic-restriction"]
    assert any(e.quote and "extra_gated_eu_disallowed" in e.quote for e in wl.evidence)
    assert any(d.level is Level.CLOSED for d in by_probe(f, "license-disagreement"))


def test_binding_terms_add_up(license_corpus):
    r = release(
        metadata={"license": "llama3.1", "extra_gated_eu_disallowed": True},
        gated="manual",
        documents=[
            card("llama3.1", extra="extra_gated_eu_disallowed: true\n"),
            _license(license_corpus, "llama-3.1-community.txt"),
        ],
    )
    wl = one(run_probes(r, only=["weights-license"]), "weights-license")
    assert {"user-threshold", "geographic-restriction"} <= set(wl.data["blocking"])
    assert wl.data["terms"]["path"] == "LICENSE"


def test_catalog_stand_in_document_is_read_through_the_catalog():
    stand_in = Document(kind=DocumentKind.LICENSE, path="LICENSE", text="", catalog_id="llama-3.1-community")
    r = release(
        metadata={},
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text="# x\n"), stand_in],
    )
    wl = one(run_probes(r, only=["weights-license"]), "weights-license")
    assert wl.level is Level.CLOSED and wl.data["terms"]["license_id"] == "llama-3.1-community"
    assert "use-policy-by-reference" in wl.data["blocking"]


def test_every_probe_that_decides_an_osai_parameter_says_how_and_from_what_source():
    """Issue 14: each OSAI parameter's rule is written in the definition of the probe that decides it,
    with its source (the rubric's text, the experts' notes, or opengauge's own choice, said as such)."""
    deciding = {
        pid: d
        for pid, d in probe_definitions().items()
        if any(f.startswith("osai:") and "(evidence)" not in f for f in d.frameworks)
    }
    assert len(deciding) >= 12
    for pid, d in deciding.items():
        assert d.decides, f"{pid}: no `decides` rules"
        levels = {r.rule.split(" ", 1)[0].rstrip(":") for r in d.decides}
        assert "closed" in levels or "closed" in " ".join(r.rule for r in d.decides), pid
        for r in d.decides:
            assert len(r.source.strip()) >= 5, f"{pid}: rule without a source: {r.rule}"
