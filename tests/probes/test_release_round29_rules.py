# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 29, composite and derived releases: a model that says it is NOT derived from the
model it names; a model made by depth up-scaling another, or initialised from another's weights; lineage stated in
Chinese, Japanese or Korean; a mergekit-moe mixture whose metadata names only the model giving its shared layers; a
tune trained on a third party's quantization of a fully open model; speech-corpus preparation scripts; and delta
weights. Each rule with paraphrases and near hits. Every card, model, dataset and repository here is made up."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import Assessment, DatasetRef, Document, DocumentKind, FileEntry, Level, Release
from opengauge.probes import run_probes
from opengauge.probes.vocabulary import vocabulary
from opengauge.sources.card import card_facts
from opengauge.sources.derivation import stated_base, stated_merge
from tests.probes.helpers import card, release, repo

NO_INDEX = None  # no built-in index: only what the card itself links resolves a name
FM = "---\nlicense: apache-2.0\n---\n"
_BASE = "[acme/Base-7B](https://huggingface.co/acme/Base-7B)"


def _base_of(body: str, own: str = "demo/Demo-3B") -> str | None:
    found = stated_base(FM + body, own_id=own, known=NO_INDEX)
    return found.ref if found is not None else None


# --- a statement of lineage that the card denies ------------------------------------------------------------------

_DENIED = [
    f"Demo-0.5B is not a fine-tune, a distillation, a pruned copy or a quantization of {_BASE}: it was trained from scratch.\n",
    f"It was not fine-tuned from {_BASE}; we trained it from randomly initialised weights.\n",
    f"This draft model is neither merged nor quantized from {_BASE}.\n",
    f"Demo-0.5B isn't derived from {_BASE} in any way.\n",
    f"Note that the model was never initialized from {_BASE}.\n",
]


@pytest.mark.parametrize("body", _DENIED)
def test_a_derivation_the_card_denies_is_no_lineage(body: str) -> None:
    assert _base_of(body) is None


_STILL_STATED = [
    # a negation about something else earlier in the sentence
    f"Unlike Big-34B, which is not open, Demo-3B is a fine-tune of {_BASE}.\n",
    "Not an official Acme product: a fine-tune of " + _BASE + ".\n",
    # "not only" adds, it does not deny
    f"Demo-3B is not only a fine-tune of {_BASE} but also a new tokenizer.\n",
    # a negation in the sentence before
    f"We do not release the data. Demo-3B was fine-tuned from {_BASE}.\n",
]


@pytest.mark.parametrize("body", _STILL_STATED)
def test_a_negation_about_something_else_leaves_the_lineage(body: str) -> None:
    assert _base_of(body) == "hf:acme/Base-7B"


# --- depth up-scaling, and a model initialised from another's weights ---------------------------------------------

_UPSCALED = [
    f"We made it by depth up-scaling {_BASE} and then continuing its pre-training.\n",
    f"Demo-11B was built with depth-upscaling of {_BASE}: 48 layers from two copies of its 32.\n",
    "Up-scaled from acme/Base-7B and trained for another 200B tokens.\n",
    f"Every layer is initialised from Base-7B's weights (see {_BASE}).\n",
    f"The 48 layers were initialized from Base-7B's pre-trained weights; {_BASE} is the original.\n",
]


@pytest.mark.parametrize("body", _UPSCALED)
def test_a_model_up_scaled_or_initialised_from_another_s_weights_is_derived_from_it(body: str) -> None:
    assert _base_of(body, "demo/Demo-11B") == "hf:acme/Base-7B"


_NOT_UPSCALED = [
    # an image upscaler's upscaling of pictures
    f"A 4x image upscaler; upscaling photographs works best below 1024 pixels. Compared with {_BASE}.\n",
    # depth up-scaling as a method named, no model after it
    "Depth up-scaling doubles the layers of a model cheaply.\n",
    # a teacher's outputs, not its weights
    f"The student was trained from Base-7B's outputs on our prompts ({_BASE} was the teacher).\n",
]


@pytest.mark.parametrize("body", _NOT_UPSCALED)
def test_upscaling_pictures_and_a_teacher_s_outputs_state_no_base(body: str) -> None:
    assert _base_of(body, "demo/Demo-11B") is None


# --- lineage in Chinese, Japanese and Korean ----------------------------------------------------------------------

_CJK_STATED = [
    ("本模型在 " + _BASE + " 的基础上扩充了中文词表，并进行了增量预训练。\n", None),
    ("我们以" + _BASE + "为基座，在中文语料上继续训练。\n", None),
    ("基于 " + _BASE + " 微调得到的对话模型。\n", None),
    ("我们对 " + _BASE + " 进行了继续预训练。\n", "finetune"),
    ("- **基座模型：** Base-7B\n\n模型链接：" + _BASE + "\n", None),
    ("本仓库提供 " + _BASE + " 的 GGUF 量化版本。\n", "quantized"),
    (_BASE + " をベースに日本語コーパスで継続事前学習したモデルです。\n", None),
    ("ベースモデル: acme/Base-7B\n", None),
    (_BASE + "に対して日本語の継続事前学習を行いました。\n", "finetune"),
    (_BASE + "를 기반으로 한국어 데이터로 추가 학습한 모델입니다.\n", None),
    ("베이스 모델: acme/Base-7B\n", None),
]


@pytest.mark.parametrize(("body", "relation"), _CJK_STATED)
def test_lineage_stated_in_chinese_japanese_or_korean_is_read(body: str, relation: str | None) -> None:
    found = stated_base(FM + body, own_id="demo/Demo-7B-zh", known=NO_INDEX)
    assert found is not None and found.ref == "hf:acme/Base-7B", found
    assert found.relation == relation


_CJK_NOT_STATED = [
    # an architecture based on a model, trained from scratch
    "本模型基于 " + _BASE + " 架构，从零开始训练。\n",
    # evaluated on, compared with
    "我们在 " + _BASE + " 上进行了评测。\n",
    "与 " + _BASE + " 相比，中文能力显著提升。\n",
    _BASE + " と比較して、日本語の性能が向上しました。\n",
    _BASE + "와 비교하여 성능이 향상되었습니다.\n",
    # the architecture based on a model, in Japanese
    _BASE + " のアーキテクチャを参考に、ゼロから学習しました。\n",
]


@pytest.mark.parametrize("body", _CJK_NOT_STATED)
def test_an_architecture_an_evaluation_or_a_comparison_in_cjk_states_no_base(body: str) -> None:
    assert _base_of(body, "demo/Demo-7B-zh") is None


@pytest.mark.parametrize(
    "text",
    [
        "在 X 的基础上进行了增量预训练",
        "我们继续预训练了全部参数",
        "日本語で継続事前学習を行った",
        "한국어 지속 사전 학습",
    ],
)
def test_continued_pre_training_in_cjk_is_continued_pre_training(text: str) -> None:
    assert vocabulary("data").pattern("continued-pretraining").search(text)


@pytest.mark.parametrize("text", ["预训练数据未公开", "事前学習データ", "사전 학습 데이터"])
def test_pre_training_data_in_cjk_is_not_continued_pre_training(text: str) -> None:
    assert not vocabulary("data").pattern("continued-pretraining").search(text)


# --- a mergekit-moe mixture whose metadata names only part of its recipe -------------------------------------------

_MOE_RECIPE = (
    "base_model: acme/Base-7B-Instruct\ngate_mode: hidden\ndtype: bfloat16\nexperts:\n"
    '  - source_model: acme/Base-7B-Instruct\n    positive_prompts: ["chat"]\n'
    '  - source_model: coder/Base-7B-Code\n    positive_prompts: ["python"]\n'
    '  - source_model: tales/Base-7B-Stories\n    positive_prompts: ["once upon a time"]\n'
)
_MOE_CARD = (
    FM
    + "# Mix-3x7B\n\nA mixture of experts assembled from three fine-tunes.\n\n```yaml\n"
    + _MOE_RECIPE
    + "```\n"
)


def test_a_mergekit_moe_recipe_names_every_expert() -> None:
    merge = stated_merge(_MOE_CARD, "mixer/Mix-3x7B")
    assert merge is not None
    assert set(merge.refs) == {
        "hf:acme/Base-7B-Instruct",
        "hf:coder/Base-7B-Code",
        "hf:tales/Base-7B-Stories",
    }


def test_metadata_naming_the_recipe_s_base_adds_every_expert() -> None:
    facts = card_facts({"base_model": "acme/Base-7B-Instruct"}, [_MOE_CARD], own_id="mixer/Mix-3x7B")
    assert facts.base_models == [
        "hf:acme/Base-7B-Instruct",
        "hf:coder/Base-7B-Code",
        "hf:tales/Base-7B-Stories",
    ]
    assert facts.base_model_relation == "merge"


def test_a_tune_of_the_mixture_with_its_card_copied_keeps_its_own_base() -> None:
    facts = card_facts({"base_model": "mixer/Mix-3x7B"}, [_MOE_CARD], own_id="law/Mix-3x7B-Law")
    assert facts.base_models == ["hf:mixer/Mix-3x7B"]


def test_a_yaml_block_with_experts_that_is_no_recipe_names_no_parents() -> None:
    config = FM + "# Demo-MoE\n\n```yaml\nnum_experts: 8\nexperts_per_token: 2\nrouter: top2\n```\n"
    assert stated_merge(config, "demo/Demo-MoE") is None


# --- a tune trained on a quantization of a fully open model ------------------------------------------------------

_SHEET = (
    "## Collection Process\n\n"
    + "Pages from twelve Common Crawl snapshots, downloaded from the public bucket in 2025, robots.txt honoured. "
    * 3
    + "\n\n## Preprocessing\n\n"
    + "Text extracted, language-filtered, deduplicated with MinHash; e-mail addresses and phone numbers masked. "
    * 3
    + "\n"
)


def _ds(ds_id: str, license_id: str = "odc-by") -> DatasetRef:
    return DatasetRef(
        id=ds_id,
        url=f"https://huggingface.co/datasets/{ds_id}",
        license=license_id,
        exists=True,
        card=f"---\nlicense: {license_id}\n---\n# {ds_id}\n\n{_SHEET}",
    )


_ORIGINAL = release(
    ref="hf:acme/Base-7B",
    id="acme/Base-7B",
    datasets=[_ds("acme/base-mix")],
    metadata={"license": "apache-2.0", "datasets": ["acme/base-mix"]},
    documents=[card(extra="datasets:\n- acme/base-mix\n")],
    code_repos=[
        repo(
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
    ],
)


def _copy(relation: str | None) -> Release:
    """A third party's copy of the original: a 4-bit quantization (or, as a near hit, a fine-tune that names no
    data and links no code)."""
    rel = f"base_model_relation: {relation}\n" if relation else ""
    text = (
        f"---\nlicense: apache-2.0\nbase_model: acme/Base-7B\n{rel}---\n# Base-7B, 4-bit\n\n"
        "The weights of [acme/Base-7B](https://huggingface.co/acme/Base-7B), quantized to 4-bit NF4 with bitsandbytes "
        "for QLoRA on one GPU. Nothing else was changed.\n"
    )
    return release(
        ref="hf:quant/Base-7B-bnb-4bit",
        id="quant/Base-7B-bnb-4bit",
        metadata={
            "license": "apache-2.0",
            "base_model": "acme/Base-7B",
            **({"base_model_relation": relation} if relation else {}),
        },
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        base_models=["hf:acme/Base-7B"],
        base_model_relation=relation,
        lineage=[_ORIGINAL],
    )


def _adapter(relation: str | None) -> Release:
    text = (
        "---\nlicense: apache-2.0\nbase_model: quant/Base-7B-bnb-4bit\nbase_model_relation: adapter\n"
        "library_name: peft\ndatasets:\n- qa/qa-20k\n---\n# Base-7B-QA-QLoRA\n\nA QLoRA adapter for question answering.\n\n"
        "## Training data\n\n[qa/qa-20k](https://huggingface.co/datasets/qa/qa-20k), nothing else.\n\n"
        "## Training procedure\n\nThe code: https://github.com/qa/qa-qlora.\n"
    )
    return release(
        ref="hf:qa/Base-7B-QA-QLoRA",
        id="qa/Base-7B-QA-QLoRA",
        datasets=[_ds("qa/qa-20k", "cc-by-4.0")],
        metadata={
            "license": "apache-2.0",
            "base_model": "quant/Base-7B-bnb-4bit",
            "base_model_relation": "adapter",
            "datasets": ["qa/qa-20k"],
            "library_name": "peft",
        },
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        files=[
            FileEntry(path="README.md", size=2000),
            FileEntry(path="adapter_model.safetensors", size=80_000_000, lfs=True),
        ],
        base_models=["hf:quant/Base-7B-bnb-4bit"],
        base_model_relation="adapter",
        lineage=[_copy(relation), _ORIGINAL],
        code_repos=[
            repo(
                "qa/qa-qlora",
                ["README.md", "LICENSE", "data/build_qa.py", "train/train_qlora.py", "configs/qlora.yaml"],
            )
        ],
    )


def _osai(a: Assessment) -> dict[str, str]:
    params = assessment_document(a).to_json()["frameworks"]["osai"]["parameters"]
    return {p: params[p]["level"] for p in ("datasources_endmodel", "trainingcode", "datasheet")}


def test_a_tune_of_a_quantization_is_judged_by_the_model_it_copies() -> None:
    a = assess(_adapter("quantized"))
    assert _osai(a) == {"datasources_endmodel": "open", "trainingcode": "open", "datasheet": "open"}, _osai(a)
    assert a.label == "open-source-ai-with-open-data", assessment_document(a).to_json()["label_reason"]


def test_a_tune_of_a_tune_that_published_nothing_is_still_bounded_by_it() -> None:
    # near hit: the middle model is a fine-tune (its tuning data and code unpublished), not a copy
    a = assess(_adapter("finetune"))
    assert _osai(a) != {"datasources_endmodel": "open", "trainingcode": "open", "datasheet": "open"}
    assert a.label == "open-weights"


def test_a_quantization_records_its_relation_for_what_is_built_on_it() -> None:
    a = assess(_copy("quantized"))
    assert a.untrained
    assert not assess(_copy("finetune")).untrained and not assess(_ORIGINAL).untrained


# --- speech-corpus preparation scripts ---------------------------------------------------------------------------


def _prep(paths: list[str]) -> Level:
    r = release(code_repos=[repo("speech/tts", ["README.md", "LICENSE", "tts/train.py", *paths])])
    f = next(x for x in run_probes(r, only=["data-processing-code"]) if x.probe == "data-processing-code")
    return f.level


@pytest.mark.parametrize(
    "path",
    [
        "tts/data/normalize.py",
        "data/g2p.py",
        "speech/data/align.py",
        "data/features.py",
        "data/segment_audio.py",
        "prep/resample.sh",
        "corpus/phonemize.py",
    ],
)
def test_speech_corpus_preparation_in_a_data_folder_is_data_processing_code(path: str) -> None:
    assert _prep([path]) is Level.OPEN


@pytest.mark.parametrize("path", ["tts/normalize.py", "models/align.py", "tts/features.py", "data/README.md"])
def test_the_same_names_outside_a_data_folder_or_not_code_are_not(path: str) -> None:
    assert _prep([path]) is not Level.OPEN


# --- delta weights --------------------------------------------------------------------------------------------------


def test_delta_weights_say_so_in_the_end_model_weights_cell() -> None:
    text = (
        "---\nlicense: apache-2.0\n---\n# Demo-13B-Chat (delta)\n\n"
        "These are delta weights: add them to the base model's weights with `apply_delta` to get the model.\n"
    )
    a = assess(release(documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)]))
    cell = assessment_document(a).to_json()["frameworks"]["osai"]["parameters"]["weights_endmodel"]
    assert cell["level"] == "partial" and "delta" in cell["reason"] and "gated" not in cell["reason"], cell


def test_gated_weights_still_say_gated() -> None:
    a = assess(release(gated="auto"))
    cell = assessment_document(a).to_json()["frameworks"]["osai"]["parameters"]["weights_endmodel"]
    assert cell["level"] == "partial" and "gated" in cell["reason"], cell
