"""Lookups by id, Hub id, repository, URL and name, and the scan of free text."""

from __future__ import annotations

import pytest

from opengauge.knowledge import (
    codebase_by_repo,
    codebase_mentions,
    codebases_in_text,
    dataset_by_hub_id,
    dataset_mentions,
    datasets_in_text,
    find_codebase,
    find_dataset,
    github_repo_key,
    hub_dataset_key,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tiiuae/falcon-refinedweb", "refinedweb"),
        ("TIIUAE/Falcon-RefinedWeb", "refinedweb"),
        ("https://huggingface.co/datasets/tiiuae/falcon-refinedweb", "refinedweb"),
        ("https://huggingface.co/datasets/tiiuae/falcon-refinedweb/tree/main/data", "refinedweb"),
        ("huggingface.co/datasets/allenai/dolma", "dolma"),
        ("hf://datasets/HuggingFaceFW/fineweb-edu", "fineweb-edu"),
        ("datasets/HuggingFaceFW/fineweb-edu-score-2", "fineweb-edu"),  # a variant of the same dataset
        ("EleutherAI/the_pile_deduplicated", "the-pile"),  # a mirror
        ("c4", "c4"),  # a legacy id
        ("https://huggingface.co/datasets/c4/tree/main", "c4"),
        ("mc4", "mc4"),
        ("bigscience/xP3mt", "xp3"),
        ("bigcode/the-stack-v2-train", "the-stack-v2"),  # as the StarCoder2 card writes it
        ("mlfoundations/dclm-baseline-1.0-parquet", "dclm-baseline"),
        ("RefinedWeb", "refinedweb"),  # display name
        ("falcon refinedweb", "refinedweb"),  # alias, any case and separators
        ("Tülu 3 SFT mixture", "tulu-3-sft-mixture"),  # accents folded
        ("ultrachat_200k", "ultrachat-200k"),
        ("RedPajama Data V2", "redpajama-v2"),
        ("P3", "p3"),  # display name, found by lookup though never scanned for
        ("the-pile", "the-pile"),  # catalog id
    ],
)
def test_find_dataset(query: str, expected: str) -> None:
    found = find_dataset(query)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "acme/unknown-data",
        "https://huggingface.co/tiiuae/falcon-7b",
        "https://example.com/x",
        "Pajama",
    ],
)
def test_find_dataset_unknown(query: str) -> None:
    assert find_dataset(query) is None


def test_dataset_by_hub_id_only_takes_ids() -> None:
    assert dataset_by_hub_id("allenai/dolma").id == "dolma"  # type: ignore[union-attr]
    assert dataset_by_hub_id("Dolma") is None  # a name, not an id
    assert dataset_by_hub_id(None) is None
    assert hub_dataset_key("https://huggingface.co/datasets/Org/Name/blob/main/README.md") == "org/name"
    assert hub_dataset_key("https://github.com/org/name") is None
    assert hub_dataset_key("a/b/c") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("EleutherAI/gpt-neox", "gpt-neox"),
        ("eleutherai/GPT-NeoX", "gpt-neox"),
        ("https://github.com/EleutherAI/gpt-neox", "gpt-neox"),
        ("https://github.com/EleutherAI/gpt-neox.git", "gpt-neox"),
        ("https://github.com/EleutherAI/gpt-neox/tree/main/configs", "gpt-neox"),
        ("github.com/mosaicml/llm-foundry", "llm-foundry"),
        ("git@github.com:allenai/OLMo.git", "olmo"),
        ("ggerganov/llama.cpp", "llama-cpp"),  # the former home
        ("ggml-org/llama.cpp", "llama-cpp"),
        ("microsoft/DeepSpeed", "deepspeed"),
        ("https://www.deepspeed.ai", "deepspeed"),  # the entry's own url
        ("Megatron-DeepSpeed", "megatron-deepspeed"),
        ("LLaMA Factory", "llama-factory"),
        ("lm-eval-harness", "lm-evaluation-harness"),
        ("olmo-core", "olmo-core"),
    ],
)
def test_find_codebase(query: str, expected: str) -> None:
    found = find_codebase(query)
    assert found is not None and found.id == expected


def test_a_fork_is_not_the_code_base_it_copies() -> None:
    assert codebase_by_repo("acme/gpt-neox") is None
    assert codebase_by_repo("https://github.com/acme/Megatron-LM") is None
    assert codebases_in_text("Our code: https://github.com/acme/gpt-neox (a fork).") == []
    assert github_repo_key("https://gitlab.com/a/b") is None
    assert github_repo_key("a/b/c") is None


CARD = """\
---
datasets:
- allenai/dolma
---
# Demo model

Pre-trained on [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) and the Pile,
then tuned on the Tülu 3 SFT mix and UltraFeedback Binarized with open-instruct.
We compare with Llama-3.1-Tulu-3-8B. Dolmades and SlimPajamas are not datasets;
neither is the stack of layers, nor a pile of GPUs. The Stack v2 was not used.
Code: https://github.com/acme/Megatron-LM (our fork of Megatron-LM), evaluated with the LM Evaluation Harness,
served with vLLM. Trained with the GPT-NeoX library.
"""


def test_datasets_in_a_card() -> None:
    found = [(m.entry.id, m.line, m.text, m.via) for m in dataset_mentions(CARD)]
    assert found == [
        ("dolma", 3, "allenai/dolma", "id"),
        ("fineweb-edu", 7, "FineWeb-Edu", "name"),
        ("fineweb-edu", 7, "https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu", "url"),
        ("the-pile", 7, "the Pile", "name"),
        ("tulu-3-sft-mixture", 8, "Tülu 3 SFT mix", "name"),
        ("ultrafeedback-binarized", 8, "UltraFeedback Binarized", "name"),  # the longest name wins
        ("the-stack-v2", 10, "The Stack v2", "name"),
    ]
    assert [e.id for e in datasets_in_text(CARD)] == [
        "dolma", "fineweb-edu", "the-pile", "tulu-3-sft-mixture", "ultrafeedback-binarized", "the-stack-v2"
    ]  # fmt: skip


def test_code_in_a_card() -> None:
    found = [(m.entry.id, m.text, m.via) for m in codebase_mentions(CARD)]
    assert found == [
        ("open-instruct", "open-instruct", "name"),
        ("megatron-lm", "Megatron-LM", "name"),  # the prose name, not the fork's URL
        ("lm-evaluation-harness", "LM Evaluation Harness", "name"),
        ("vllm", "vLLM", "name"),
        ("gpt-neox", "GPT-NeoX library", "name"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dolmades",  # inside a word
        "SlimPajamas",
        "xthe Pile",
        "Llama-3.1-Tulu-3-8B",  # the tail of a hyphenated model name
        "my_FineWeb",  # the tail of an underscored name
        "the pile of papers",  # a case alias in another case
        "The\n\nStack v2",  # names do not run across lines
        "FineWeb-Edu",  # "FineWeb" alone is not reported inside the longer name
    ],
)
def test_no_match_inside_other_words(text: str) -> None:
    ids = [e.id for e in datasets_in_text(text)]
    assert ids in ([], ["fineweb-edu"]) and (ids == ["fineweb-edu"]) == (text == "FineWeb-Edu")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RedPajama-Data-V2", "redpajama-v2"),
        ("redpajama_data_v2", "redpajama-v2"),
        ("RedPajama Data v2.", "redpajama-v2"),
        ("(SlimPajama-627B)", "slimpajama"),
        ("Dolma v1.7,", "dolma"),
        ("OpenHermes-2.5", "openhermes-2.5"),
        ("ROOTS", "roots"),
        ("\u201cThe Pile\u201d", "the-pile"),
    ],
)
def test_separators_and_punctuation(text: str, expected: str) -> None:
    assert [e.id for e in datasets_in_text(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese, Japanese and Korean are written without spaces: a Latin name against their characters
        # is a whole word (held-out release round 7's Japanese card named FineWeb-Edu so)
        ("英語のFineWeb-Eduに加えて", ["fineweb-edu"]),
        ("使用了FineWeb数据进行预训练", ["fineweb"]),
        ("데이터는 SlimPajama와 The Stack을 사용", ["slimpajama", "the-stack"]),
        ("預訓練語料包括The Pile。", ["the-pile"]),
    ],
)
def test_a_latin_name_between_cjk_characters_is_a_word(text: str, expected: list[str]) -> None:
    assert [e.id for e in datasets_in_text(text)] == expected


def test_a_latin_word_with_accents_is_still_one_word() -> None:
    """Only CJK characters cut a word: "Tülu" stays one token, "xFineWeb" is no FineWeb."""
    assert [e.id for e in datasets_in_text("Tülu 3 SFT mixture")] == ["tulu-3-sft-mixture"]
    assert datasets_in_text("éFineWeb") == []


def test_scan_is_linear_and_correct_on_a_large_text() -> None:
    filler = "lorem ipsum dolor sit amet, the stack of pile data-set ROOT roots Dolmades 12.5 x_y-z\n"
    big = filler * (2_000_000 // len(filler))
    assert len(big) >= 1_900_000
    assert dataset_mentions(big) == []
    assert codebase_mentions(big) == []
    # the same text with names in it: every one found, with the right line
    lines = big.splitlines(keepends=True)
    for i in range(0, len(lines), 5000):
        lines[i] = "We used RefinedWeb and https://github.com/EleutherAI/gpt-neox here.\n"
    text = "".join(lines)
    expected_lines = [i + 1 for i in range(0, len(lines), 5000)]
    mentions = dataset_mentions(text)
    assert [m.line for m in mentions] == expected_lines
    assert {m.entry.id for m in mentions} == {"refinedweb"}
    assert [m.line for m in codebase_mentions(text)] == expected_lines


def test_one_long_token_and_many_separators() -> None:
    assert datasets_in_text("a" * 1_000_000) == []
    assert datasets_in_text("-" * 1_000_000) == []
    assert datasets_in_text("Dolma " * 200_000)[0].id == "dolma"
