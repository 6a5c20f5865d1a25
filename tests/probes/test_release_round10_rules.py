"""The rules held-out release round 10 (`tests/assess/heldout_releases.py`, `ROUND_10`) and its review led
to, each read in releases written for this file in other words than the round's: the README of the
publisher's own code repository documents the training data when the card leaves it there (not another
owner's repository, and not over the card's own data section); a published sample of a larger corpus is
not the training data; a PDF report the release holds is something opengauge could not read; data sources
are rated by whether the data is shared (its licence is the `licenses` parameter's), a gate that waits on
the publisher's approval keeping them partial; card headings in other words."""

from __future__ import annotations

from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level
from opengauge.probes.context import ProbeContext
from opengauge.probes.suite import run_probes
from tests.probes.helpers import release, repo, weights

SHORT_CARD = Document(
    kind=DocumentKind.MODEL_CARD,
    path="README.md",
    text="---\nlicense: apache-2.0\n---\n# Demo-7B\n\nA 7B base model. Its code and data are documented in "
    "[demo/demo-train](https://github.com/demo/demo-train).\n",
)
README = """# demo-train

The code of Demo-7B.

## Pre-training data

Demo-7B was pre-trained on [demo/web-corpus](https://huggingface.co/datasets/demo/web-corpus) and
[demo/code-corpus](https://huggingface.co/datasets/demo/code-corpus); these two datasets are the complete
training data.
"""
CORPORA = [
    DatasetRef(id=i, url=f"https://huggingface.co/datasets/{i}", license="odc-by", exists=True)
    for i in ("demo/web-corpus", "demo/code-corpus")
]


def _data(**kw):  # type: ignore[no-untyped-def]
    return next(f for f in run_probes(release(**kw), only=["training-data"]) if f.probe == "training-data")


def test_the_publishers_own_readme_lists_the_training_data_a_short_card_leaves_to_it() -> None:
    f = _data(
        documents=[SHORT_CARD],
        code_repos=[repo("demo/demo-train", ["train/pretrain.py"], readme=README)],
        linked_datasets=CORPORA,
    )
    assert f.level is Level.OPEN, f.reason
    assert {d["id"] for d in f.data["datasets"]} == {"demo/web-corpus", "demo/code-corpus"}
    assert any("demo/demo-train" in e.source for e in f.evidence), f.evidence


def test_another_owners_readme_does_not_speak_for_the_model() -> None:
    f = _data(
        documents=[SHORT_CARD],
        code_repos=[repo("someframework/trainer", ["train.py"], readme=README)],
        linked_datasets=CORPORA,
    )
    assert f.level is Level.CLOSED, f.reason
    assert not f.data["datasets"]


def test_the_cards_own_data_section_is_not_widened_by_the_readme() -> None:
    card = Document(
        kind=DocumentKind.MODEL_CARD,
        path="README.md",
        text="---\nlicense: apache-2.0\n---\n# Demo-7B\n\n## Training data\n\nTrained on "
        "[demo/web-corpus](https://huggingface.co/datasets/demo/web-corpus) only.\n",
    )
    f = _data(
        documents=[card],
        code_repos=[repo("demo/demo-train", ["train/pretrain.py"], readme=README)],
        linked_datasets=CORPORA,
    )
    assert [d["id"] for d in f.data["datasets"]] == ["demo/web-corpus"], f.data


def test_a_published_sample_of_the_corpus_is_not_all_the_training_data() -> None:
    card = Document(
        kind=DocumentKind.MODEL_CARD,
        path="README.md",
        text="---\nlicense: apache-2.0\ndatasets:\n- demo/web-sample\n---\n# Demo-7B\n\n## Data\n\n"
        "Demo-7B saw 1T tokens of our crawl. We release a 5% random subset of the pre-training corpus as "
        "demo/web-sample for study.\n",
    )
    sample = DatasetRef(id="demo/web-sample", license="odc-by", exists=True)
    f = _data(documents=[card], datasets=[sample])
    assert f.level is Level.PARTIAL, f.reason
    assert "subset of the pre-training corpus" in f.data["internal"]


def test_a_pdf_report_the_release_holds_is_not_read() -> None:
    files = [*weights(), FileEntry(path="Demo-7B_Technical_Report.pdf", size=900_000)]
    ctx = ProbeContext(release(documents=[SHORT_CARD], files=files))
    assert not ctx.read_completely
    assert "Demo-7B_Technical_Report.pdf" in ctx.unread_reason()
    f = _data(documents=[SHORT_CARD], files=files)
    assert f.level is Level.UNKNOWN, f.reason
    assert "PDF" in f.reason


def test_a_licence_pdf_leaves_the_release_read_in_full() -> None:
    files = [*weights(), FileEntry(path="LICENSE.pdf", size=90_000)]
    assert ProbeContext(release(documents=[SHORT_CARD], files=files)).read_completely
    assert _data(documents=[SHORT_CARD], files=files).level is Level.CLOSED


def _listed(*datasets: DatasetRef):  # type: ignore[no-untyped-def]
    card = Document(
        kind=DocumentKind.MODEL_CARD,
        path="README.md",
        text="---\nlicense: apache-2.0\ndatasets:\n"
        + "".join(f"- {d.id}\n" for d in datasets)
        + "---\n# Demo-7B\n\n## Training data\n\nThe datasets in the metadata, nothing else.\n",
    )
    return _data(documents=[card], datasets=list(datasets))


def test_data_shared_under_terms_that_are_not_open_is_open_for_inspection() -> None:
    f = _listed(
        DatasetRef(id="demo/web", license="odc-by", exists=True),
        DatasetRef(id="demo/stories", license="cc-by-nc-4.0", exists=True),
    )
    assert f.level is Level.OPEN, f.reason
    assert "demo/stories" in f.reason and "not open" in f.reason
    assert f.data["all_open"] is False  # the open-data label still asks for open licences


def test_data_behind_a_gate_that_waits_on_approval_is_partial_and_says_so() -> None:
    f = _listed(DatasetRef(id="demo/clinical", license="other", exists=True, gated="manual"))
    assert f.level is Level.PARTIAL, f.reason
    assert "behind a gate that waits on approval: demo/clinical" in f.reason


def test_data_behind_a_click_through_gate_is_shared() -> None:
    f = _listed(DatasetRef(id="demo/code", license="other", exists=True, gated="auto"))
    assert f.level is Level.OPEN, f.reason


def test_card_headings_in_other_words() -> None:
    from opengauge.probes.cardsections import title_kinds as kinds

    assert "limitations" in kinds("Known weak spots")
    assert "limitations" in kinds("Blind spots")
    assert "training" in kinds("How we taught it")
    assert "technical-specs" in kinds("What's inside")
