# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 28, where a release's evidence contradicts itself or has gone stale: a training
dataset whose own card is now a removal notice while the model card still calls it published; a derivative whose
card and `datasets` are its base model's copied (the base's corpus, the base's pipeline, the base's training and
evaluation sections); and terms a card states for a copy of the weights in another format that the release keeps
in a folder of its own. Every card, dataset, repository and licence here is made up."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.model import (
    Assessment,
    CodeRepo,
    DatasetRef,
    Document,
    DocumentKind,
    FileEntry,
    Level,
    Release,
)
from opengauge.probes import run_probes
from tests.probes.helpers import CARD, card, release, repo, weights

_SHEET = (
    "## Collection Process\n\n"
    + "Pages from twelve Common Crawl snapshots, downloaded from the public bucket in 2025, robots.txt honoured. "
    * 3
    + "\n\n## Preprocessing\n\n"
    + "Text extracted, language-filtered, deduplicated with MinHash; duplicates and personal data were removed. "
    * 3
    + "\n"
)


def _finding(r: Release, probe: str, parents: tuple[Assessment, ...] = ()):
    return next(x for x in run_probes(r, only=[probe], parents=parents) if x.probe == probe)


def _ds(ds_id: str, card_text: str, license_id: str = "odc-by") -> DatasetRef:
    return DatasetRef(
        id=ds_id,
        url=f"https://huggingface.co/datasets/{ds_id}",
        license=license_id,
        exists=True,
        card=f"---\nlicense: {license_id}\n---\n{card_text}",
    )


def _corpus_release(*datasets: DatasetRef) -> Release:
    ids = "".join(f"- {d.id}\n" for d in datasets)
    links = ", ".join(f"[{d.id}](https://huggingface.co/datasets/{d.id})" for d in datasets)
    body = (
        "# Demo-3B\n\nA base model trained from scratch.\n\n## Training data\n\n"
        f"Demo-3B was trained on {links}, which we publish in full on the Hub; its dataset card is a full "
        "datasheet. It is the complete training data.\n"
    )
    return release(
        datasets=list(datasets),
        metadata={"license": "apache-2.0", "datasets": [d.id for d in datasets]},
        documents=[
            Document(
                kind=DocumentKind.MODEL_CARD,
                path="README.md",
                text=f"---\nlicense: apache-2.0\ndatasets:\n{ids}---\n{body}",
            )
        ],
    )


# --- a training dataset taken down --------------------------------------------------------------------------------

# removal notices in other words than the round's card: the title, a lead sentence, a bold notice, the Hub's
# "defunct" wording, a repository deleted
_REMOVED = [
    "# Dataset removed\n\nThis dataset was taken down at the request of the copyright holders.\n",
    "# Demo Corpus\n\n**Notice:** the corpus is no longer publicly available. Please do not ask for copies.\n",
    '# Demo Corpus\n\nDefunct: Dataset "demo-corpus" is defunct and no longer accessible due to reported copyright infringement.\n',
    "# Demo Corpus\n\n⚠️ We have taken the dataset offline following a data-protection complaint.\n\n## Dataset Structure\n\nText.\n",
    "This repository has been deleted: the data set has been withdrawn by its authors.\n",
]

# a card that is still a datasheet, whose lead or sections say what was removed from the data (curation), or that
# the dataset is no longer maintained (it is still there)
_STILL_THERE = [
    "# Demo Corpus\n\nWeb text for pre-training. Duplicates and personal data were removed from the corpus.\n\n"
    + _SHEET,
    "# Demo Corpus\n\nThis dataset is no longer maintained, but it stays available as it was.\n\n" + _SHEET,
    "# Demo Corpus\n\nRemoval requests made in the discussion tab are applied in the next release.\n\n"
    + _SHEET,
    "# Demo Corpus\n\nArticles from magazines that are now defunct, digitised by a national library.\n\n"
    + _SHEET,
]


@pytest.mark.parametrize("notice", _REMOVED)
def test_a_training_dataset_taken_down_is_not_shared(notice: str) -> None:
    r = _corpus_release(_ds("demo/corpus", notice))
    f = _finding(r, "training-data")
    assert f.level is Level.CLOSED and "taken down" in f.reason, f.reason
    assert f.data["withdrawn"] == ["demo/corpus"]


@pytest.mark.parametrize("notice", _REMOVED[:2])
def test_a_dataset_taken_down_beside_a_published_one_is_partial(notice: str) -> None:
    r = _corpus_release(_ds("demo/corpus", notice), _ds("demo/books", "# Demo Books\n\n" + _SHEET, "cc0-1.0"))
    f = _finding(r, "training-data")
    assert f.level is Level.PARTIAL and "taken down" in f.reason and "demo/corpus" in f.reason, f.reason


@pytest.mark.parametrize("text", _STILL_THERE)
def test_a_card_that_says_what_was_removed_from_the_data_is_still_a_published_dataset(text: str) -> None:
    r = _corpus_release(_ds("demo/corpus", text))
    assert _finding(r, "training-data").level is Level.OPEN
    assert _finding(r, "data-documentation").level is Level.OPEN


@pytest.mark.parametrize("notice", _REMOVED)
def test_the_datasheet_of_a_dataset_taken_down_went_with_it(notice: str) -> None:
    # the model card still says the dataset card is a datasheet: no datasheet, no data card
    f = _finding(_corpus_release(_ds("demo/corpus", notice)), "data-documentation")
    assert f.level is Level.CLOSED, f.reason


def test_the_datasheet_of_a_published_dataset_beside_one_taken_down_documents_its_part() -> None:
    r = _corpus_release(
        _ds("demo/corpus", _REMOVED[0]),
        _ds("demo/books", "# Demo Books\n\n" + _SHEET, "cc0-1.0"),
    )
    f = _finding(r, "data-documentation")
    assert f.level is Level.PARTIAL and "demo/corpus was taken down" in f.reason, f.reason


# --- a derivative whose card and `datasets` are its base's ------------------------------------------------------------

_BASE_SHEET = _ds("acme/base-mix", "# Base Mix\n\n" + _SHEET)
_PIPELINE = repo(
    "acme/base-train",
    [
        "README.md",
        "LICENSE",
        "configs/base-7b.yaml",
        "base/train.py",
        "base/data/filter.py",
        "base/data/dedup.py",
    ],
)


def _base() -> Assessment:
    """A fully open served base: its corpus on the Hub with a datasheet card, its pipeline on GitHub."""
    return assess(
        release(
            ref="hf:acme/Base-7B",
            id="acme/Base-7B",
            datasets=[_BASE_SHEET],
            metadata={"license": "apache-2.0", "datasets": ["acme/base-mix"]},
            documents=[card(extra="datasets:\n- acme/base-mix\n")],
            code_repos=[_PIPELINE],
        )
    )


def _tune(
    *, datasets: list[DatasetRef], repos: list[CodeRepo], relation: str | None = "finetune", body: str = ""
) -> Release:
    ids = "".join(f"- {d.id}\n" for d in datasets)
    rel = f"base_model_relation: {relation}\n" if relation else ""
    text = (
        f"---\nlicense: apache-2.0\nbase_model: acme/Base-7B\n{rel}datasets:\n{ids}---\n"
        "# Base-7B-Law\n\nA fine-tune of Base-7B for legal questions.\n\n"
        "## Training data\n\nBase-7B was pre-trained on [acme/base-mix](https://huggingface.co/datasets/acme/base-mix), "
        "web pages, books and Wikipedia: the complete pre-training data.\n\n"
        "## Training procedure\n\nThe complete code is at https://github.com/acme/base-train.\n" + body
    )
    return release(
        ref="hf:law/Base-7B-Law",
        id="law/Base-7B-Law",
        datasets=datasets,
        base_models=["hf:acme/Base-7B"],
        base_model_relation=relation,
        metadata={
            "license": "apache-2.0",
            "base_model": "acme/Base-7B",
            "datasets": [d.id for d in datasets],
        },
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        code_repos=repos,
    )


def test_a_derivative_that_lists_only_its_base_s_corpus_names_no_data_of_its_own() -> None:
    f = _finding(_tune(datasets=[_BASE_SHEET], repos=[]), "training-data", (_base(),))
    assert f.level is Level.CLOSED and "training data of its base model" in f.reason, f.reason
    assert "Wikipedia" not in f.reason  # the corpora named on the base's dataset's line are the base's too


def test_the_base_s_datasheet_documents_the_base_not_the_derivative() -> None:
    f = _finding(_tune(datasets=[_BASE_SHEET], repos=[]), "data-documentation", (_base(),))
    assert f.level is Level.PARTIAL and "no fine-tuning data of its own" in f.reason, f.reason


def test_a_derivative_s_own_tuning_data_beside_its_base_s_is_its_data() -> None:
    own = _ds("law/qa-pairs", "# Law QA\n\n" + _SHEET, "cc-by-4.0")
    f = _finding(_tune(datasets=[_BASE_SHEET, own], repos=[]), "training-data", (_base(),))
    assert f.level is Level.OPEN and "law/qa-pairs" in f.reason and "acme/base-mix" not in f.reason, f.reason


def test_without_the_base_examined_the_listed_data_is_read_as_before() -> None:
    f = _finding(_tune(datasets=[_BASE_SHEET], repos=[]), "training-data")
    assert f.level is Level.OPEN


def test_the_base_s_pipeline_is_not_the_derivative_s_training_code() -> None:
    r = _tune(datasets=[_BASE_SHEET], repos=[_PIPELINE])
    for probe in ("training-code", "data-processing-code"):
        f = _finding(r, probe, (_base(),))
        assert f.level is Level.CLOSED and "of the base model" in f.reason, (probe, f.reason)


def test_a_repository_of_the_base_with_fine_tuning_code_is_the_derivative_s_too() -> None:
    with_sft = repo(
        "acme/base-train", [*(f.path for f in _PIPELINE.files), "finetune/sft.py", "configs/sft-law.yaml"]
    )
    base = assess(
        release(
            ref="hf:acme/Base-7B",
            id="acme/Base-7B",
            datasets=[_BASE_SHEET],
            metadata={"license": "apache-2.0", "datasets": ["acme/base-mix"]},
            documents=[card(extra="datasets:\n- acme/base-mix\n")],
            code_repos=[with_sft],
        )
    )
    f = _finding(_tune(datasets=[_BASE_SHEET], repos=[with_sft]), "training-code", (base,))
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize("relation", ["quantized", "merge"])
def test_a_quantization_or_merge_keeps_its_base_s_training_code(relation: str) -> None:
    # its weights were made by the base's training: the base's code made them
    f = _finding(
        _tune(datasets=[_BASE_SHEET], repos=[_PIPELINE], relation=relation), "training-code", (_base(),)
    )
    assert f.level is Level.OPEN, f.reason


def _copied_card(relation: str | None, extra: str = "") -> Release:
    base_card = Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text=CARD.format(license="apache-2.0", extra="")
    )
    base = release(ref="hf:acme/Base-7B", id="acme/Base-7B", documents=[base_card])
    body = CARD.format(license="apache-2.0", extra="base_model: acme/Base-7B\n").replace(
        "# Model Card for Demo-7B\n",
        "# Demo-7B-Law\n\nDemo-7B fine-tuned for legal questions; the original card follows.\n",
    )
    rel = {"base_model_relation": relation} if relation else {}
    return release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=body + extra)],
        base_models=["hf:acme/Base-7B"],
        base_model_relation=relation,
        lineage=[base],
        metadata={"license": "apache-2.0", "base_model": "acme/Base-7B", **rel},
    )


@pytest.mark.parametrize("relation", ["finetune", "adapter", None])
def test_a_derivative_whose_training_and_evaluation_are_its_base_s_card_copied_is_partial(
    relation: str | None,
) -> None:
    f = _finding(_copied_card(relation), "model-card")
    assert f.level is Level.PARTIAL and "copied word for word" in f.reason, f.reason
    assert set(f.data["copied_from_base"]) == {"training", "evaluation"}


def test_a_quantization_s_copied_card_documents_it() -> None:
    assert _finding(_copied_card("quantized"), "model-card").level is Level.OPEN


def test_a_derivative_that_adds_its_own_training_and_evaluation_is_documented() -> None:
    own = (
        "\n## Fine-tuning\n\nTuned for 3 epochs on 40,000 question-answer pairs written by lawyers, learning rate 2e-5.\n"
        "\n## Evaluation of the fine-tune\n\n| test set | accuracy |\n|---|---|\n| law-qa | 71.0 |\n"
    )
    assert _finding(_copied_card("finetune", own), "model-card").level is Level.OPEN


# --- terms a card states for a copy of the weights in another format ----------------------------------------------


def _terms(sentences: str, copies: list[str]) -> Release:
    text = f"---\nlicense: mit\n---\n# Demo-ASR\n\nA speech recogniser.\n\n## License\n\n{sentences}\n"
    return release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        files=weights() + [FileEntry(path=p, size=300_000_000, lfs=True) for p in copies],
        metadata={"license": "mit"},
    )


_COPY_TERMS = [
    (
        "The weights in `model.safetensors` are MIT. The int8 ONNX files in `onnx/` were compiled by our hardware "
        "partner and may be used for evaluation and non-commercial purposes only.",
        ["onnx/encoder_int8.onnx", "onnx/decoder_int8.onnx"],
    ),
    (
        "Our safetensors weights are released under the MIT License.\nThe GGUF quantizations in gguf/ were made with a "
        "vendor's tool and are licensed for non-commercial use only.",
        ["gguf/demo-q4_k_m.gguf", "gguf/demo-q8_0.gguf"],
    ),
    (
        "MIT for the checkpoint. The Core ML package (coreml/) is distributed under Acme's terms: no commercial use.",
        ["coreml/Demo.mlpackage"],
    ),
]


@pytest.mark.parametrize(("sentences", "copies"), _COPY_TERMS)
def test_terms_stated_for_a_copy_in_another_format_bind_the_copy_not_the_weights(
    sentences: str, copies: list[str]
) -> None:
    f = _finding(_terms(sentences, copies), "weights-license")
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    ("sentences", "copies"),
    [
        # no such copy in the release: the sentence speaks of the weights it has
        (_COPY_TERMS[0][0], []),
        # the sentence names the weights in their own format too
        (
            "The safetensors weights and the ONNX files in `onnx/` are for non-commercial use only.",
            ["onnx/encoder_int8.onnx"],
        ),
        # the terms are said of the model, not of the copy
        (
            "This model may be used for non-commercial purposes only; ONNX files are in `onnx/`.",
            ["onnx/encoder_int8.onnx"],
        ),
    ],
)
def test_terms_said_of_the_weights_still_bind(sentences: str, copies: list[str]) -> None:
    f = _finding(_terms(sentences, copies), "weights-license")
    assert f.level is not Level.OPEN, f.reason


def test_a_release_whose_only_weights_are_in_one_folder_has_no_copy() -> None:
    text = "---\nlicense: mit\n---\n# Demo-ASR\n\n## License\n\nThe ONNX files in `onnx/` are for non-commercial use only.\n"
    r = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        files=[
            FileEntry(path="README.md", size=900),
            FileEntry(path="onnx/model.onnx", size=300_000_000, lfs=True),
        ],
        metadata={"license": "mit"},
    )
    assert _finding(r, "weights-license").level is not Level.OPEN
