# ruff: noqa: E501 (the cards keep their own wording)
"""Facts kept outside the model card (held-out release round 20): a dataset card that says its dataset is only a
published sample of a corpus that is not, a data statement in docs/ that the card's data section links, and a
Markdown technical report under any file name."""

from __future__ import annotations

from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release, weights

CARD = "---\nlicense: apache-2.0\ndatasets:\n- demo/web\n---\n# Demo\n\n## Training data\n\nDemo was pre-trained on [demo/web](https://huggingface.co/datasets/demo/web).\n"


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


def _web(card: str) -> DatasetRef:
    return DatasetRef(
        id="demo/web",
        url="https://huggingface.co/datasets/demo/web",
        exists=True,
        license="odc-by",
        card=card,
    )


def _card(text: str = CARD) -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)


def test_a_dataset_card_saying_its_dataset_is_a_sample_of_a_withheld_corpus_makes_the_data_partial():
    for sheet in (
        "# Demo Web\n\nThis repository holds a 5% random sample of Demo Web.\n\n## Distribution\n\nThe full corpus, on which Demo was pre-trained, is not distributed. Only the 5% sample in this repository is published.\n",
        "# Demo Web\n\n- Only a 10% subset of the crawl is released here.\n",
        "# Demo Web\n\nWe publish a 2% sample of our pre-training corpus; the rest stays internal.\n",
    ):
        f = _finding(release(documents=[_card()], datasets=[_web(sheet)]), "training-data")
        assert f.level is Level.PARTIAL, (sheet, f.reason)
        assert any("dataset card of demo/web" in (e.note or "") for e in f.evidence) or "demo/web" in f.reason
    # a dataset card that describes a complete dataset, or denies withholding anything, keeps the data open
    for sheet in (
        "# Demo Web\n\nThe complete corpus the model was trained on, all 440B tokens, is in this repository.\n",
        "# Demo Web\n\nA 5% sample was used for ablations; the full corpus is published here too.\n",
    ):
        f = _finding(release(documents=[_card()], datasets=[_web(sheet)]), "training-data")
        assert f.level is Level.OPEN, (sheet, f.reason)


def test_a_data_statement_the_card_links_is_read_with_the_card_s_data_section():
    card = (
        "---\nlicense: apache-2.0\ndatasets:\n- demo/web\n---\n# Demo\n\n## Training data\n\n41B tokens. The sources "
        "are in our [data statement](docs/data-statement.md).\n"
    )
    statement = (
        "# Data statement: Demo\n\n## Sources\n\n| Source | Where |\n|---|---|\n| Demo Web | [demo/web](https://huggingface.co/datasets/demo/web) |\n"
        "| A licensed newspaper archive | licensed from its publisher |\n\n## The archive\n\nOur licence forbids us to "
        "redistribute the articles. This is why this part of the training data is not released: we do not publish it.\n"
    )
    docs = [_card(card), Document(kind=DocumentKind.OTHER, path="docs/data-statement.md", text=statement)]
    f = _finding(release(documents=docs, datasets=[_web("")]), "training-data")
    assert f.level is Level.PARTIAL, f.reason
    # the same statement, not linked by the card, does not widen the card's own data section
    docs = [_card(card.replace("(docs/data-statement.md)", "")), docs[1]]
    f = _finding(release(documents=docs, datasets=[_web("")]), "training-data")
    assert f.level is Level.OPEN, f.reason


def test_a_markdown_technical_report_under_any_file_name_is_the_preprint():
    report = "# Demo-4B Technical Report\n\nA. Author, B. Author\n\n## Abstract\n\nWe present Demo-4B ...\n"
    files = [*weights(), FileEntry(path="REPORT.md", size=len(report))]
    docs = [_card(), Document(kind=DocumentKind.OTHER, path="REPORT.md", text=report)]
    f = _finding(release(documents=docs, files=files), "preprint")
    assert f.level is Level.OPEN and "REPORT.md" in str(f.data.get("reports")), f.reason
    # a Markdown file with another title (release notes) is not a report
    notes = "# Release notes\n\nv2: a new tokenizer.\n"
    files = [*weights(), FileEntry(path="REPORT.md", size=len(notes))]
    docs = [_card(), Document(kind=DocumentKind.OTHER, path="REPORT.md", text=notes)]
    f = _finding(release(documents=docs, files=files), "preprint")
    assert f.level is not Level.OPEN, f.reason
