"""A base model stated in the card's own words (no `base_model` key) is read, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.sources.derivation import stated_base, stated_merge

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
        # the release described as a (distilled) version of a model: that model is its parent
        ("Nimbus-Lite is a distilled version of acme/nimbus-7b.", "hf:acme/nimbus-7b", None),
        # continued pre-training of a model is a derivation (held-out release round, this session)
        (
            "We continued pretraining acme/nimbus-7b on 20B tokens of court decisions.",
            "hf:acme/nimbus-7b",
            "finetune",
        ),
        (
            "It results from continual pre-training of acme/nimbus-7b on legal text.",
            "hf:acme/nimbus-7b",
            "finetune",
        ),
        ("The weights were further pre-trained from acme/nimbus-7b.", "hf:acme/nimbus-7b", "finetune"),
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
        "Continued pretraining on acme/court-text helps less than we hoped.",  # "on": a dataset
    ],
)
def test_no_lineage_is_read_from_other_words(body):
    assert stated_base(FM + "# Nimbus\n\n" + body + "\n", own_id="acme/nimbus-chat") is None


def test_a_family_table_naming_the_release_itself_is_not_its_base():
    row = "| **Base Model** | [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b) |"
    assert stated_base("# Nimbus 7B\n\n" + row + "\n", own_id="acme/nimbus-7b") is None


def test_a_line_linking_the_releases_own_files_still_states_its_base():
    """A link to the release's own page or files (a training script) on the line does not make the
    line another model's: "acme/nimbus-nli" is not "acme/nimbus-nli-v2", nor a dataset "acme/nimbus101"."""
    line = (
        "This model is a fine-tuned version of the [Nimbus base](https://huggingface.co/acme/nimbus-base) "
        "on acme/nimbus101; see the [script](https://huggingface.co/acme/nimbus-nli/blob/main/train.py)."
    )
    found = stated_base(FM + "# Nimbus NLI\n\n" + line + "\n", own_id="acme/nimbus-nli", known=NO_INDEX)
    assert found is not None and found.ref == "hf:acme/nimbus-base"


def test_the_first_statement_wins_over_a_copied_original_card():
    card = (
        FM
        + "# Nimbus-chat GGUF\n\nGGUF quantizations of [acme/nimbus-chat](https://huggingface.co/acme/nimbus-chat).\n\n"
        + "## Original model card\n\nNimbus-chat is a fine-tuned version of [acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b).\n"
    )
    found = stated_base(card)
    assert found is not None and found.ref == "hf:acme/nimbus-chat"


def test_a_family_named_first_gives_way_to_a_member_stated_by_its_hub_id():
    card = (
        FM
        + "# Nimbus-Lite 1B\n\n**License**: follow the license of NimbusLM, since the model is derived from "
        "NimbusLM.\n\nNimbus-Lite is pruned and further pre-trained from "
        "[acme/NimbusLM-7b-hf](https://huggingface.co/acme/NimbusLM-7b-hf).\n"
    )
    found = stated_base(card, known=None)
    assert found is not None and found.ref == "hf:acme/NimbusLM-7b-hf"
    # a Hub id of another family does not replace the name
    other = card.replace("acme/NimbusLM-7b-hf", "acme/Other-7b")
    found = stated_base(other, known=None)
    assert found is not None and found.ref == "named:NimbusLM"


# --- the base named in other words: across a line break, with no preposition, by name -------------

NO_INDEX = None  # `known=None`: only the card's own links resolve a name


@pytest.mark.parametrize(
    ("body", "ref", "line"),
    [
        (  # the words end one line, the model starts the next (an owner's link before it)
            "`nimbus-chat` is a 7 billion parameter model that is derived from\n"
            "[Acme's](https://acme.example/) [Nimbus-7b](https://huggingface.co/acme/nimbus-7b) and "
            "fine-tuned on chats.",
            "hf:acme/nimbus-7b",
            0,
        ),
        (  # no preposition
            "It is built by finetuning [Nimbus-30B](https://huggingface.co/acme/nimbus-30b) on a chat mix.",
            "hf:acme/nimbus-30b",
            0,
        ),
        ("Trained by fine-tuning acme/Nimbus-7B on user chats.", "hf:acme/Nimbus-7B", 0),
        (  # "a <model> model fine-tuned ..."
            "Nimbus Chat is a [Nimbus 13B](https://huggingface.co/acme/nimbus-13b) model fine-tuned "
            "with RLHF.",
            "hf:acme/nimbus-13b",
            0,
        ),
        (  # a name in backticks, resolved by the Hub link the card gives for that name further down
            "Based on `nimbus-12b`, it follows instructions.\n\n"
            "See also [Nimbus-12b](https://huggingface.co/acme/nimbus-12b).",
            "hf:acme/nimbus-12b",
            0,
        ),
        (  # the template field whose link goes to a paper: the link's text is the name
            "- **Finetuned from model:** [Nimbus 2](https://arxiv.org/abs/2301.00001)",
            "named:Nimbus 2",
            0,
        ),
        ("- **Base model:** Nimbus-2 13B", "named:Nimbus-2 13B", 0),
        ("A chat model, fine-tuned from AcmeLab's NimbusX with 40M instructions.", "named:NimbusX", 0),
        (
            "Nimbus-T5 is a chatbot trained by fine-tuning Flan-t5-xl (3B parameters) on chats.",
            "named:Flan-t5-xl",
            0,
        ),
        ("`Nimbus Chat` is a Nimbus2 70B model finetuned on an Orca-style dataset.", "named:Nimbus2 70B", 0),
        # after "on", a model the word "model" follows; "uses <model> as the base"
        ("**This is trained on the Nimbus-34B model with a longer context.**", "named:Nimbus-34B", 0),
        ("Fine-tuned on top of the acme/nimbus-7b base model, with DPO.", "hf:acme/nimbus-7b", 0),
        ("- Uses Nimbus-34B model as the base, trained for long context.", "named:Nimbus-34B", 0),
        ("We used acme/nimbus-7b as our foundation model.", "hf:acme/nimbus-7b", 0),
        # hyphen-joined variant words belong to the name; a sentence's full stop does not
        (
            "This is a conversion of the Nimbus-3 Mini-4K-Instruct model for ONNX.",
            "named:Nimbus-3 Mini-4K-Instruct",
            0,
        ),
        ("A fine-tune of Nimbus 2.0.", "named:Nimbus 2.0", 0),
    ],
)
def test_a_base_named_in_other_words_is_read(body, ref, line):
    found = stated_base(
        FM + "# Nimbus derivative\n\n" + body + "\n", own_id="someone/derivative", known=NO_INDEX
    )
    assert found is not None and found.ref == ref
    assert found.line == 6 + line  # the line the derivation words are on
    assert found.resolved is ref.startswith("hf:")


@pytest.mark.parametrize(
    ("body", "ref"),
    [
        (
            "This model was fine-tuned from Llama 3.1 8B Instruct on support tickets.",
            "hf:meta-llama/Llama-3.1-8B-Instruct",
        ),
        (
            "Trained by fine-tuning llama-3.1-8b-instruct on support tickets.",
            "hf:meta-llama/Llama-3.1-8B-Instruct",
        ),
        # an alias of the index (the repository's old name), written as a name
        (
            "**Finetuned from model:** [Meta-Llama-3.1-8B-Instruct](https://ai.meta.com/llama/)",
            "hf:meta-llama/Llama-3.1-8B-Instruct",
        ),
        ("Support Bot is a Llama2 70B model finetuned on tickets.", "hf:meta-llama/Llama-2-70b-hf"),
    ],
)
def test_a_name_is_resolved_through_the_built_in_index(body, ref):
    found = stated_base(FM + "# Support bot\n\n" + body + "\n", own_id="someone/support-bot")
    assert found is not None and found.ref == ref and found.name is not None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("A fine-tune of stable-difusion 2.0 on robot pictures.", "stable-difusion 2.0"),  # joined words
        ("It was fine-tuned from llama 2 on our chats.", "llama 2"),  # a family the index knows
    ],
)
def test_a_lowercase_model_name_is_still_a_base(body, name):
    found = stated_base(FM + "# Nimbus\n\n" + body + "\n", own_id="acme/nimbus-chat")
    assert found is not None and found.name == name


def test_a_name_nothing_resolves_is_kept_as_named_never_guessed():
    found = stated_base(FM + "# Support bot\n\nFine-tuned from Llama 2 70B-ish Zeta9 on tickets.\n")
    assert found is not None and found.ref == "named:Llama 2"  # "70B-ish" is not a size word
    found = stated_base(FM + "# Support bot\n\nA fine-tune of Zeta-9 Maxi from our lab.\n")
    # "Maxi" is not a variant word
    assert found is not None and found.ref == "named:Zeta-9" and not found.resolved


@pytest.mark.parametrize(
    "body",
    [
        # a tokenizer (configuration, architecture, code) based on a model is not lineage
        "This model was trained with the Nimbus tokenizer which is based on the "
        "[acme/nimbus-20b](https://huggingface.co/acme/nimbus-20b) tokenizer.",
        "The configuration is derived from acme/nimbus-20b.",
        "It is an auto-regressive model based on the LLaMA transformer architecture.",
        "Our training code is based on [GPT-NeoX](https://github.com/EleutherAI/gpt-neox).",
        # ordinary words, methods and datasets after the verb are not models
        "The model was trained from scratch on 2T tokens.",
        "We apply fine-tuning with LoRA adapters.",
        "This model is fine-tuned for 3 epochs with fine-tuning samples from ShareGPT.",
        "Built by finetuning and/or distillation.",
        # a distillation teacher is not the base whose weights were trained
        "**Post-Training: Knowledge Distillation from DeepSeek-R1**",
        "Its reasoning was distilled from acme/nimbus-70b-reasoner, the teacher.",
        "We use distillations from [acme/nimbus-70b](https://huggingface.co/acme/nimbus-70b) outputs.",
        "Dolly was fine-tuned from ShareGPT conversations.",
        # another model is the subject (a family's list), and a table row of names
        "* [nimbus-7b](https://huggingface.co/acme/nimbus-7b), a 6.9 billion parameter model "
        "based on `Pythia-6.9b`",
        "| Chat | Nimbus 7B | based on Llama 3.1 8B |",
        # a noun with a name: intermediate checkpoints, not a base
        "Revisions hold the checkpoints from `step1000` to `step143000`.",
        # the release's own family
        "We have not developed any applications based on Nimbus 2 models.",
        # words and a number are not a model ("based on stage 2", "tuned for another 80k steps")
        "Chat versions will follow, based on phase 3 and phase 4 checkpoints.",
        "The 768px version was fine-tuned for another 80k steps.",
        # training data, named or known to the dataset catalog, is not a base
        "The Nimbus models are built on Nimbus-Corpus, a curated collection of web text.",
        "It was trained from The Pile.",
        # a part of the architecture, or the evaluation, based on a method or a tool
        "- Positional embeddings: rotary, based on [RoPE](https://arxiv.org/abs/2104.09864).",
        "- Normalization: Pre-LN based on [RMSNorm](https://arxiv.org/abs/1910.07467).",
        "Our evaluation is based on the LMEvalHarness, with fixed prompts.",
        # a test set, and a training objective, "based on" something
        "We created a new test set based on the WMT22 DA data, with perturbed translations.",
        "A model for cross-lingual speech representation learning based on wav2vec 2.0.",
        # "on" with no "model" after it names data; a model's outputs are data too
        "It was fine-tuned on Nimbus-Instruct 2 for three epochs.",
        "Trained on the Nimbus-70B model outputs, filtered for quality.",
    ],
)
def test_no_lineage_is_read_from_these_words(body):
    assert stated_base(FM + "# Nimbus\n\n" + body + "\n", own_id="acme/Nimbus2-13B-Chat") is None


def test_a_line_break_inside_a_code_block_is_not_joined():
    body = "It is derived from\n```\nacme/nimbus-7b\n```\n"
    assert stated_base(FM + "# Nimbus\n\n" + body, own_id="acme/nimbus-chat", known=NO_INDEX) is None


def test_data_named_earlier_in_the_sentence_does_not_hide_the_base():
    body = "Trained on our support data for two days, it is fine-tuned from acme/nimbus-7b."
    found = stated_base(FM + "# Nimbus\n\n" + body + "\n", own_id="acme/nimbus-chat", known=NO_INDEX)
    assert found is not None and found.ref == "hf:acme/nimbus-7b"


def test_a_section_about_another_model_of_the_family_states_that_models_base():
    """A family page: each member's section states its own base; only the release's own section
    (or text outside any member's section) states the release's base."""
    card = (
        FM + "# Nimbus Embed\n\n"
        "### [nimbus-embed-s](https://huggingface.co/acme/nimbus-embed-s)\n\n"
        "Small. Based on the [acme/tiny-encoder](https://huggingface.co/acme/tiny-encoder) model.\n\n"
        "### [nimbus-embed-l](https://huggingface.co/acme/nimbus-embed-l)\n\n"
        "Our largest. Based on the [acme/big-encoder](https://huggingface.co/acme/big-encoder) model.\n"
    )
    found = stated_base(card, own_id="acme/nimbus-embed-l", known=NO_INDEX)
    assert found is not None and found.ref == "hf:acme/big-encoder"
    assert stated_base(card, own_id="acme/nimbus-embed-m", known=NO_INDEX) is None
    # a heading whose words only look like an id is not another model's section
    card = FM + "# Nimbus (text-)Image-to-Video/Image Card\n\n- **Finetuned from model:** acme/nimbus-base\n"
    found = stated_base(card, own_id="acme/nimbus-video", known=NO_INDEX)
    assert found is not None and found.ref == "hf:acme/nimbus-base"


# --- a merge's parents, as the merge tool's card lists them ---------------------------------------

MERGE_CARD = (
    "---\nlicense: mit\ntags:\n- merge\n---\n# Blend 7B\n\n"
    "This is a merge of pre-trained language models created using mergekit.\n\n"
    "## Merge Details\n### Merge Method\n\n"
    "This model was merged using the SLERP merge method using "
    "[acme/nimbus-7b](https://huggingface.co/acme/nimbus-7b) as a base.\n\n"
    "### Models Merged\n\nThe following models were included in the merge:\n"
    "* [acme/nimbus-7b-chat](https://huggingface.co/acme/nimbus-7b-chat)\n"
    "* [other/llama-tune-7b](https://huggingface.co/other/llama-tune-7b), for its prose\n\n"
    "### Configuration\n\n```yaml\nslices:\n  - sources:\n      - model: acme/nimbus-7b-chat\n"
    "      - model: third/extra-7b\n      - model: ./local/path\nmerge_method: slerp\n"
    "base_model: acme/nimbus-7b\n```\n"
)


def test_every_parent_a_merge_card_lists_is_a_base():
    from opengauge.sources.card import card_facts

    merge = stated_merge(MERGE_CARD, "someone/blend-7b")
    assert merge is not None
    assert merge.refs == (
        "hf:acme/nimbus-7b-chat",
        "hf:other/llama-tune-7b",
        "hf:third/extra-7b",
        "hf:acme/nimbus-7b",
    )
    assert merge.quote == "The following models were included in the merge:"
    facts = card_facts({"license": "mit"}, [MERGE_CARD], own_id="someone/blend-7b")
    # the statement before the list ("using X as a base") leads; every parent binds
    assert facts.base_models == [
        "hf:acme/nimbus-7b",
        "hf:acme/nimbus-7b-chat",
        "hf:other/llama-tune-7b",
        "hf:third/extra-7b",
    ]
    assert facts.base_model_relation == "merge" and facts.base_model_stated_at == 13
    # metadata that names one of the recipe's models (the recipe's `base_model`) names part of this release's
    # own recipe: every model the recipe merges binds beside it (held-out release round 29, a mergekit-moe
    # mixture whose metadata named only the model giving its shared layers)
    declared = card_facts({"base_model": ["acme/nimbus-7b"]}, [MERGE_CARD], own_id="someone/blend-7b")
    assert declared.base_models == [
        "hf:acme/nimbus-7b",
        "hf:acme/nimbus-7b-chat",
        "hf:other/llama-tune-7b",
        "hf:third/extra-7b",
    ]
    assert declared.base_model_relation == "merge"
    # metadata naming a model the recipe does not (a tune of the merge, its card copied) wins over the card
    tuned = card_facts({"base_model": ["someone/blend-7b"]}, [MERGE_CARD], own_id="someone/blend-7b-law")
    assert tuned.base_models == ["hf:someone/blend-7b"] and tuned.base_model_relation is None


def test_a_recipe_alone_names_the_parents_and_other_code_blocks_do_not():
    recipe = (
        FM
        + "# Blend\n\n```yaml\nmodels:\n  - model: acme/a-7b\n  - model: acme/b-7b\nmerge_method: ties\n```\n"
    )
    merge = stated_merge(recipe, "someone/blend")
    assert merge is not None and merge.refs == ("hf:acme/a-7b", "hf:acme/b-7b") and merge.line == 8
    # a training config naming a model is not a merge recipe
    config = FM + "# Tune\n\n```yaml\nmodel: acme/a-7b\nlearning_rate: 1e-5\n```\n"
    assert stated_merge(config, "someone/tune") is None
    # a list that is not under the merge tool's words is not a merge
    listing = FM + "# Family\n\nOur models:\n* [acme/a-7b](https://huggingface.co/acme/a-7b)\n"
    assert stated_merge(listing, "acme/b-7b") is None
    # the release's own id is never its parent
    own = FM + "# Blend\n\nThe following models were included in the merge:\n* acme/blend\n* acme/a-7b\n"
    merge = stated_merge(own, "acme/blend")
    assert merge is not None and merge.refs == ("hf:acme/a-7b",)


@pytest.mark.parametrize(
    ("body", "ref", "also"),
    [
        (  # a vision-language model built from an encoder and a language model: both bind it
            "We provide Nimbus-V, which is built upon [SigLIP](https://huggingface.co/vendor/siglip-so400m) "
            "and [Llama-3-8B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct).",
            "hf:vendor/siglip-so400m",
            ("hf:meta-llama/Meta-Llama-3-8B-Instruct",),
        ),
        (  # ids in backticks, "and" after a comma
            "The encoder and generator are based on `acme/encoder-base`, and `other/generator-large`.",
            "hf:acme/encoder-base",
            ("hf:other/generator-large",),
        ),
        (  # "+" between two parents
            "Nimbus-V is derived from [a](https://huggingface.co/vendor/vision-7b) + "
            "[b](https://huggingface.co/other/lm-7b).",
            "hf:vendor/vision-7b",
            ("hf:other/lm-7b",),
        ),
        (  # siblings of one family listed together are alternatives, not several parents
            "We fine-tune the tasks based on [L](https://huggingface.co/acme/nimbus-large-nli), "
            "[XL](https://huggingface.co/acme/nimbus-xlarge-nli).",
            "hf:acme/nimbus-large-nli",
            (),
        ),
        (  # a joined name nothing resolves is not made a base
            "It is based on [Nimbus 7B](https://huggingface.co/acme/nimbus-7b) and Apache 2.0 licensed.",
            "hf:acme/nimbus-7b",
            (),
        ),
        (  # a joined thing that the words after it make something else
            "Based on [Nimbus 7B](https://huggingface.co/acme/nimbus-7b) and "
            "[Orca](https://huggingface.co/other/orca-13b) data.",
            "hf:acme/nimbus-7b",
            (),
        ),
    ],
)
def test_every_model_a_statement_joins_is_a_base(body, ref, also):
    found = stated_base(FM + "# Nimbus-V\n\n" + body + "\n", own_id="acme/nimbus-v", known=NO_INDEX)
    assert found is not None and (found.ref, found.also) == (ref, also)


FAMILY_TABLE = (
    "| Model | Base model | Language |\n"
    "|:------|:----------:|---------|\n"
    "| [acme/nimbus-rerank-base](https://huggingface.co/acme/nimbus-rerank-base) | "
    "[xlm](https://huggingface.co/FacebookAI/xlm-roberta-base) | Chinese and English |\n"
    "| [acme/nimbus-rerank-gemma](https://huggingface.co/acme/nimbus-rerank-gemma) | "
    "[gemma-2b](https://huggingface.co/google/gemma-2b) | Multilingual |\n"
    "| **nimbus-rerank-tiny** | [t](https://huggingface.co/other/tiny-lm) | English |\n"
)


@pytest.mark.parametrize(
    ("own", "ref"),
    [
        ("acme/nimbus-rerank-gemma", "hf:google/gemma-2b"),  # its row, by a link to its page
        ("acme/nimbus-rerank-base", "hf:FacebookAI/xlm-roberta-base"),
        ("acme/nimbus-rerank-tiny", "hf:other/tiny-lm"),  # its row, by its name
        ("acme/nimbus-rerank-large", None),  # no row of its own: the other rows are other models'
    ],
)
def test_the_base_model_column_of_the_releases_own_row_in_a_family_table(own, ref):
    found = stated_base(FM + "# Nimbus rerankers\n\n" + FAMILY_TABLE, own_id=own, known=NO_INDEX)
    assert (found.ref if found else None) == ref
    if found:
        assert found.line == 3 + 3 + ["base", "gemma", "tiny"].index(own.rsplit("-", 1)[1]) + 2


def _family(name: str) -> tuple[str, ...]:
    """A stand-in for the built-in index's families: Llama 2 (three sizes) and Nimbus, acme's own."""
    sizes = {"7b": "meta-llama/Llama-2-7b-hf", "13b": "meta-llama/Llama-2-13b-hf"}
    words = name.lower().replace("llama2", "llama 2").split()
    if words[:2] == ["llama", "2"]:
        rest = words[2:]
        return tuple(v for k, v in sizes.items() if not rest or rest == [k])
    return ("acme/nimbus-7b",) if words == ["nimbus"] else ()


@pytest.mark.parametrize(
    ("own", "body", "ref"),
    [
        (  # the Nous-Hermes-Llama2-13b card: MIT, no base_model, the family in the name only
            "someone/Helper-Llama2-13b",
            "Helper-Llama2-13b is a state-of-the-art language model fine-tuned on 300,000 instructions.",
            "named:Llama2 13b",
        ),
        ("someone/Helper-llama-2-7b", "This model was fine-tuned by Someone.", "named:llama 2 7b"),
        ("someone/helper-llama-2", "We fine-tuned it on support tickets.", "named:llama 2"),
        (
            "someone/Helper-Llama-2-34b",
            "This model was fine-tuned by Someone.",
            "named:Llama 2",
        ),  # no such size
        (
            "someone/Helper-llama-2-7b",
            "This model can be fine-tuned on your data.",
            None,
        ),  # not said of itself
        ("someone/Helper-7b", "This model was fine-tuned by Someone.", None),  # no family in the name
        ("acme/nimbus-chat", "This model was fine-tuned by acme.", None),  # the publisher's own family
        ("someone/GPT-helper-6B", "This model was fine-tuned by Someone.", None),  # a word no family is
    ],
)
def test_a_fine_tune_that_names_its_base_only_in_its_own_name(own, body, ref):
    from opengauge.sources.derivation import named_in_own_name

    found = named_in_own_name(FM + "# Helper\n\n" + body + "\n", own, family=_family)
    assert (found.ref if found else None) == ref
    if found:
        assert found.line == 6 and found.relation == "finetune"


def test_a_base_named_in_the_cards_words_wins_over_its_own_name():
    from opengauge.sources.card import card_facts

    card = (
        FM
        + "# Helper-Llama2-13b\n\nThis model was fine-tuned from [n](https://huggingface.co/acme/nimbus-7b).\n"
    )
    facts = card_facts({"license": "mit"}, [card], own_id="someone/Helper-Llama2-13b")
    assert facts.base_models == ["hf:acme/nimbus-7b"]


def test_linked_ids_are_those_the_whole_text_search_finds(release_corpus: Path) -> None:
    """`linked_model_ids` tries the link pattern only where a Hub host occurs: the same ids, in the
    same order, as `_LINKED_ID.findall` over the whole text, on every corpus text and on texts made to
    trip it (hosts in any case, inside an id, back to back, after a scheme or `www.`, ids cut by the
    reserved names, characters the engine folds otherwise than `str.lower`)."""
    from opengauge.sources import derivation

    texts = [
        p.read_text("utf-8", "replace")
        for p in sorted(release_corpus.rglob("*"))
        if p.is_file() and p.suffix.lower() in (".md", ".txt", ".json", "")
    ]
    tricky = [
        "https://HuggingFace.co/Org/Name and hf.co/x/y, HTTPS://WWW.HF.CO/a/b.",
        "huggingface.co/org/name.hf.co/x/y huggingface.co/org/hf.co/x/y",
        "www.huggingface.co/datasets/x/y huggingface.co/spaces/a/b huggingface.co/a/b",
        "hf.co/hf.co/a/b huggingface.co/ huggingface.co/a huggingface.co//a/b hf.co/a/b/c",
        "huggingface.co/a/b\u0130 \u0130 hUggIngface.co/x/y",
        "ſ https://huggingfaſe.co/a/b hıf.co/c/d huggingface.co/e/f",
        "[x](https://huggingface.co/org/name-7B.)." * 3,
    ]
    assert len(texts) > 50
    for text in texts + tricky + [t.upper() for t in tricky]:
        assert derivation._linked_ids(text) == derivation._LINKED_ID.findall(text), text[:80]


@pytest.mark.parametrize(
    ("own", "ref"),
    [
        (
            "someone/Llama-2-7b-GGUF",
            "named:Llama 2 7b",
        ),  # held-out release round 18: a one-line card, GGUF files
        ("someone/llama-2-AWQ", "named:llama 2"),
        ("someone/Helper-Llama2-13b-4bit", "named:Llama2 13b"),
        ("someone/Helper-7b-GGUF", None),  # no family in the name
        ("acme/nimbus-chat-GGUF", None),  # the publisher's own family
        ("someone/Llama-2-7b-chat", None),  # no quantization suffix, no word of tuning: nothing said
    ],
)
def test_a_quantization_named_after_its_model_names_its_base(own, ref):
    from opengauge.sources.derivation import named_in_own_name

    found = named_in_own_name(FM + "# Helper\n\nQuantized with llama.cpp b4120.\n", own, family=_family)
    assert (found.ref if found else None) == ref
    if found:
        assert found.line == 0 and found.relation == "quantized"  # stated by the repository's name
