# ruff: noqa: E501 (the cards keep their own wording)
"""Releases in the style of the 2025-2026 model families (held-out release round 21): a part of the data said not
released, the dataset cards of the public part standing in for all the data, and an intended-use sentence beside
an open licence."""

from __future__ import annotations

from opengauge.model import DatasetRef, Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release

SHEET = (
    "# Demo Web\n\n## Collection Process\n\nThe web pages were crawled by our own crawler from 2019 to 2025, "
    "following robots.txt and honouring opt-outs, in 24 languages, and kept when they passed a language check "
    "with a fastText classifier above 0.65.\n\n## Preprocessing\n\nWe removed duplicates at document and paragraph "
    "level with MinHash, filtered spam and adult content with classifiers, and removed personal data with a "
    "named-entity model and rules reviewed by hand.\n"
)


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


def _web() -> DatasetRef:
    return DatasetRef(
        id="demo/web",
        url="https://huggingface.co/datasets/demo/web",
        exists=True,
        license="odc-by",
        card=SHEET,
    )


def _card(data: str) -> Document:
    text = f"---\nlicense: apache-2.0\ndatasets:\n- demo/web\n---\n# Demo\n\n## Training data\n\n{data}\n"
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)


def test_a_part_of_the_data_said_not_released_makes_the_data_partial():
    for data in (
        "93% of the tokens come from demo/web. The remaining 7% were lent to us; this part of the data is not released.",
        "Most of it is demo/web. One portion of the corpus, licensed news stories, is not published.",
    ):
        f = _finding(release(documents=[_card(data)], datasets=[_web()]), "training-data")
        assert f.level is Level.PARTIAL, (data, f.reason)
    # a part said released, or a denial, keeps it open
    for data in (
        "All of it is demo/web. No part of the data is kept back.",
        "All of it is demo/web; the code part of the data is published in the same dataset.",
    ):
        f = _finding(release(documents=[_card(data)], datasets=[_web()]), "training-data")
        assert f.level is Level.OPEN, (data, f.reason)


def test_dataset_cards_of_the_public_part_are_no_datasheet_of_unpublished_data():
    closed_part = "Demo was trained on demo/web and on internal synthetic data that we do not release."
    f = _finding(release(documents=[_card(closed_part)], datasets=[_web()]), "data-documentation")
    assert f.level is Level.PARTIAL, f.reason
    assert "not published" in f.reason
    # the same datasheet for data that is all published is open
    f = _finding(
        release(documents=[_card("Demo was trained on demo/web only.")], datasets=[_web()]),
        "data-documentation",
    )
    assert f.level is Level.OPEN, f.reason


def test_an_intended_use_beside_an_open_licence_is_no_use_policy():
    from opengauge.licenses import analyze

    said = (
        "This model is licensed under Apache 2.0. It is intended for research and educational use in accordance "
        "with the Demo Institute's Responsible Use Guidelines."
    )
    assert analyze(said, document="README.md").verdict.is_open
    bound = said + " You must follow those guidelines when you deploy it."
    assert not analyze(bound, document="README.md").verdict.is_open
