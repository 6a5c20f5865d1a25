"""A base model stated in the card's own words (no `base_model` key) is read, and nothing else is."""

from __future__ import annotations

import pytest

from opengauge.sources.derivation import stated_base

FM = "---\nlicense: apache-2.0\n---\n"


@pytest.mark.parametrize(
    ("body", "ref", "relation"),
    [
        (  # a third-party quantization, Markdown link
            "GGUF quantizations of [meta-llama/Llama-3.1-8B-Instruct]"
            "(https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct), made with llama.cpp.",
            "hf:meta-llama/Llama-3.1-8B-Instruct",
            "quantized",
        ),
        (  # a quantizer's header, the link text being a display name
            "This repo contains GPTQ model files for [Acme's Nimbus 7B](https://huggingface.co/acme/nimbus-7b).",
            "hf:acme/nimbus-7b",
            "quantized",
        ),
        (  # a bullet field
            "- Model creator: Acme\n- Original model: [Nimbus 7B](https://huggingface.co/acme/nimbus-7b)",
            "hf:acme/nimbus-7b",
            None,
        ),
        (  # the Trainer's generated card: the dataset after "on" is not the base
            "This model is a fine-tuned version of [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b) "
            "on the acme/chat-mix dataset.",
            "hf:acme/nimbus-7b",
            "finetune",
        ),
        (
            "| Base model | [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b) |",
            "hf:acme/nimbus-7b",
            None,
        ),
        ("**Base model:** `acme/nimbus-7b`", "hf:acme/nimbus-7b", None),
        ("A LoRA adapter for acme/nimbus-7b, trained with PEFT.", "hf:acme/nimbus-7b", "adapter"),
        (
            "<p>Based on https://huggingface.co/acme/nimbus-7b, with a longer context.</p>",
            "hf:acme/nimbus-7b",
            None,
        ),
        ("MLX 4-bit conversion of acme/nimbus-7b for Apple silicon.", "hf:acme/nimbus-7b", "quantized"),
    ],
)
def test_a_base_model_stated_in_the_cards_words_is_read(body, ref, relation):
    found = stated_base(FM + "# Nimbus derivative\n\n" + body + "\n", own_id="someone/derivative")
    assert found is not None and found.ref == ref and found.relation == relation
    # counted in the card, front matter included: the line cited as evidence
    assert found.line == 6 + next(i for i, line in enumerate(body.split("\n")) if ref[3:] in line)


@pytest.mark.parametrize(
    "body",
    [
        "We fine-tuned it on acme/chat-mix for three epochs.",  # a dataset, not a base
        "It outperforms acme/nimbus-7b on most benchmarks.",  # a comparison
        "Trained on 4/8 nodes with 8 GPUs each.",  # a ratio
        "Instruction data derived from the [Dolly-15k]"
        "(https://huggingface.co/datasets/databricks/dolly-15k) set.",  # a dataset page
        "| **Base model** | [acme/a](https://huggingface.co/acme/a) | [acme/b](https://hf.co/acme/b) |",
        "Converted from the original weights at https://github.com/acme/nimbus.",  # not a Hub model
        "```\nm = AutoModel.from_pretrained('acme/nimbus-7b')  # fine-tuned version of acme/nimbus-7b\n```",
    ],
)
def test_no_lineage_is_read_from_other_words(body):
    assert stated_base(FM + "# Nimbus\n\n" + body + "\n", own_id="acme/nimbus-chat") is None


def test_a_family_table_naming_the_release_itself_is_not_its_base():
    row = "| **Base Model** | [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b) |"
    assert stated_base("# Nimbus 7B\n\n" + row + "\n", own_id="acme/nimbus-7b") is None


def test_the_first_statement_wins_over_a_copied_original_card():
    card = (
        FM
        + "# Nimbus-chat GGUF\n\nGGUF quantizations of [acme/nimbus-chat](https://huggingface.co/acme/nimbus-chat).\n\n"
        + "## Original model card\n\nNimbus-chat is a fine-tuned version of [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b).\n"
    )
    found = stated_base(card)
    assert found is not None and found.ref == "hf:acme/nimbus-chat"
