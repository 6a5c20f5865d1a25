# ruff: noqa: E501 (the card lines are kept whole)
"""Rules held-out release round 32 (code and data at the edge of each level) found missing, each in more than one
wording and with its near miss: a dataset card's licensing section that adds a third party's terms; a code
repository with no licence; data shared only on request; run-in bold headings; a README of a line; a card's own
section on how the data was curated; a data mixture shown in a fenced block; training code kept in the model
repository that the card explains."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level
from opengauge.probes import run_probes
from opengauge.probes.context import BOLD_LABEL_LEVEL, sections_of
from opengauge.probes.license import NO_LICENSE
from tests.probes.helpers import release, repo, weights

_FRONT = "---\nlicense: apache-2.0\n---\n"


def _card(body: str) -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=_FRONT + body)


def _one(rel, pid: str):
    return next(f for f in run_probes(rel, only=[pid]) if f.probe == pid)


def _osai(rel) -> dict[str, str]:
    doc = assessment_document(assess(rel)).to_json()
    return {p: v["level"] for p, v in doc["frameworks"]["osai"]["parameters"].items()}


_SHEET = (
    "---\nlicense: cc-by-4.0\n---\n# Synth 60k\n\n## Collection Process\n\n"
    + "Seed tasks were written by three annotators and expanded by a model through its paid API, then answered. "
    * 3
    + "\n\n## Preprocessing\n\n"
    + "Refusals, truncated answers and non-English answers were removed; near duplicates were dropped with MinHash. "
    * 3
    + "\n\n## Licensing Information\n\n{terms}\n"
)


def _with_dataset(terms: str) -> dict:
    ds = DatasetRef(
        id="demo/synth-60k",
        url="https://huggingface.co/datasets/demo/synth-60k",
        license="cc-by-4.0",
        exists=True,
        card=_SHEET.format(terms=terms),
    )
    return _one(
        release(datasets=[ds], documents=[_card("# Demo\n\nTuned on demo/synth-60k.\n")]), "training-data"
    ).data


@pytest.mark.parametrize(
    "terms",
    [
        "CC BY 4.0. The responses were generated with Glacier-Pro under Serac Systems' Terms of Service, which do not permit using outputs to develop models that compete with Serac Systems' products.",
        "Released under CC BY 4.0, for non-commercial research use only, as the terms of the sources require.",
        "- **License:** CC BY 4.0\n- **Restriction:** you may not use this dataset to train models for commercial products.",
    ],
)
def test_a_dataset_card_s_licensing_section_that_adds_blocking_terms_makes_the_data_not_openly_licensed(
    terms: str,
) -> None:
    described = _with_dataset(terms)["datasets"][0]
    assert described["open_license"] is False and described["card_terms"]


def test_a_dataset_card_s_licensing_section_that_only_asks_for_credit_keeps_the_data_open() -> None:
    described = _with_dataset(
        "CC BY 4.0. Please cite the dataset card and keep the licence notice with copies."
    )["datasets"][0]
    assert described["open_license"] is True and "card_terms" not in described


def test_a_code_repository_read_in_full_with_no_licence_grants_nothing() -> None:
    bare = repo("demo/trainer", ["README.md", "train.py", "data/filter.py"], spdx=None)
    found = _one(release(code_repos=[bare]), "code-license")
    assert found.level is Level.CLOSED
    assert found.data["repos"]["gh:demo/trainer"]["name"] == NO_LICENSE


@pytest.mark.parametrize(
    "change",
    [
        {"spdx": "MIT"},  # the forge detects a licence the file list does not show
        {"truncated": True},  # the file list is cut short: no licence file among it shows nothing
    ],
)
def test_a_repository_whose_licence_may_be_unseen_is_not_called_unlicensed(change: dict) -> None:
    r = repo("demo/trainer", ["README.md", "train.py"], spdx=change.get("spdx"))
    if change.get("truncated"):
        r = r.model_copy(update={"files_truncated": True})
    found = _one(release(code_repos=[r]), "code-license")
    assert found.data["repos"]["gh:demo/trainer"]["name"] != NO_LICENSE


_DATA_CARD = (
    "# Demo\n\n## Training data\n\nDemo was trained on [demo/corpus](https://huggingface.co/datasets/demo/corpus) and on "
    "conversations we recorded ourselves. {access}\n"
)
_CORPUS = DatasetRef(
    id="demo/corpus", url="https://huggingface.co/datasets/demo/corpus", license="odc-by", exists=True
)


@pytest.mark.parametrize(
    "access",
    [
        "We cannot publish the recordings; researchers can obtain them under our Data Use Agreement by filling in the request form.",
        "The recordings are available on request, for non-commercial research only.",
        "The conversations are shared only with approved researchers under a data access agreement.",
    ],
)
def test_data_shared_only_under_terms_that_are_not_open_makes_the_licenses_partial(access: str) -> None:
    rel = release(
        documents=[_card(_DATA_CARD.format(access=access))],
        linked_datasets=[_CORPUS],
        code_repos=[repo("demo/trainer", ["README.md", "LICENSE", "train.py", "data/filter.py"])],
    )
    assert _one(rel, "training-data").data.get("restricted_access")
    assert _osai(rel)["licenses"] == "partial"


def test_data_simply_not_released_has_no_licence_to_rate() -> None:
    rel = release(
        documents=[_card(_DATA_CARD.format(access="We are not releasing the recordings."))],
        linked_datasets=[_CORPUS],
    )
    assert not _one(rel, "training-data").data.get("restricted_access")


def test_a_bold_run_in_heading_is_a_section_and_a_bold_sentence_is_not() -> None:
    text = (
        "# Data\n\n**Motivation.** Read speech does not hold the spontaneous dialect of conversation.\n\n"
        "**Collection process.** Speakers were recruited through local newspapers.\n\n"
        "**Note that this model was never tuned for safety.** Use it with care.\n"
    )
    titles = [
        s.title
        for s in sections_of(Document(kind=DocumentKind.OTHER, path="x.md", text=text))
        if s.level == BOLD_LABEL_LEVEL
    ]
    assert titles == ["Motivation", "Collection process"]


def test_a_run_in_label_inside_a_data_section_states_the_data_s_terms_not_the_model_s() -> None:
    body = (
        "# Demo\n\n## Training data\n\nDemo was trained on public read speech and on our own recordings.\n\n"
        "**Why the recordings are not public.** The speakers' consent covers non-commercial research use only, so we cannot release them.\n"
    )
    rel = release(documents=[_card(body)])
    assert _one(rel, "weights-license").level is Level.OPEN


@pytest.mark.parametrize(
    ("readme", "level"),
    [
        ("# drumlin\n\nCode for Drumlin-1B.\n", Level.CLOSED),
        ("# trainer\n", Level.CLOSED),
        (
            "# trainer\n\n"
            + "Install the requirements, download the data with data/download.py and launch train.py. " * 6,
            Level.PARTIAL,
        ),
    ],
)
def test_a_readme_of_a_line_documents_nothing(readme: str, level: Level) -> None:
    code = repo(
        "demo/trainer",
        ["README.md", "LICENSE", "train.py", "data/filter.py", "configs/run.yaml"],
        readme=readme,
    )
    body = "# Demo\n\nThe complete training code is at https://github.com/demo/trainer.\n"
    rel = release(documents=[_card(body)], code_repos=[code])
    assert _one(rel, "code-documentation").level is level


_CURATED = (
    "# Demo\n\n## Training data\n\nDemo was trained on 2T tokens of Common Crawl, Wikipedia and arXiv.\n\n"
    "### Data processing\n\n"
    + "Documents were language-identified with fastText and kept above 0.7; MinHash deduplication removed near duplicates at Jaccard 0.8. "
    * 2
    + "\n"
)


def test_a_card_section_on_how_the_data_was_curated_gives_partial_insight() -> None:
    found = _one(release(documents=[_card(_CURATED)]), "data-documentation")
    assert found.level is Level.PARTIAL and found.data["card_topics"] == ["how the data was curated"]


def test_a_data_section_of_a_line_or_two_is_no_datasheet() -> None:
    body = "# Demo\n\n## Training data\n\nDemo was pretrained on about 2T tokens of data from publicly available sources.\n"
    assert _one(release(documents=[_card(body)]), "data-documentation").level is Level.CLOSED


_MIX = "```yaml\nmixture:\n  - dataset: sastrugi/word-problems-90k\n    weight: 0.6\n  - dataset: nieve/proof-steps-20k\n    weight: 0.4\n```\n"


def test_a_data_mixture_shown_in_a_fenced_block_of_the_training_section_lists_the_data() -> None:
    body = (
        "# Demo\n\n## Training data\n\nThe tuning mixture, exactly as our training script reads it:\n\n"
        + _MIX
    )
    ids = [d["id"] for d in _one(release(documents=[_card(body)]), "training-data").data["datasets"]]
    assert ids == ["sastrugi/word-problems-90k", "nieve/proof-steps-20k"]


def test_a_fenced_block_outside_the_data_and_training_sections_lists_no_training_data() -> None:
    body = "# Demo\n\n## Evaluation\n\nOur evaluation harness reads:\n\n" + _MIX
    assert not _one(release(documents=[_card(body)]), "training-data").data.get("datasets")


def _kept_release(card_line: str, *, notebook: bool):
    docs = [
        _card("# Demo\n\n## Training procedure\n\nLoRA, 2 epochs, learning rate 2e-4." + card_line + "\n")
    ]
    files = [*weights()]
    if notebook:
        docs.append(
            Document(
                kind=DocumentKind.NOTEBOOK,
                path="train_unsloth.ipynb",
                text="from trl import SFTTrainer\ntrainer = SFTTrainer(model=model, train_dataset=data)\ntrainer.train()\n",
            )
        )
        files.append(FileEntry(path="train_unsloth.ipynb", size=9000))
    else:
        files.append(FileEntry(path="train_finetune.py", size=4000))
    return release(documents=docs, files=files)


@pytest.mark.parametrize(
    ("line", "notebook"),
    [
        (" The notebook we ran is `train_unsloth.ipynb` in this repository.", True),
        (" Run `python train_finetune.py --epochs 2` to repeat it.", False),
    ],
)
def test_training_code_kept_in_the_model_repository_and_explained_by_the_card_is_partly_documented(
    line: str, notebook: bool
) -> None:
    rel = _kept_release(line, notebook=notebook)
    assert _one(rel, "training-code").data.get("in_model_repo")
    assert _one(rel, "code-documentation").level is Level.PARTIAL


def test_kept_training_code_the_card_never_names_is_not_documented() -> None:
    rel = _kept_release("", notebook=True)
    assert _one(rel, "training-code").data.get("in_model_repo")
    assert _one(rel, "code-documentation").level is Level.CLOSED
