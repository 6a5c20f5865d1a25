# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release rounds (issue 14). Round 1: ten made-up Hub releases in styles the project had not seen,
served by the loopback Hub (with their linked GitHub repositories and datasets), each with the label
and the key OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and the
probes' definitions). Written before any probe or rule changed.

First run (commit 145a4e4): 8 of 10 right, labels and cells. The two misses: a card whose "Terms of use"
say "free for research and other non-commercial use. Commercial use requires a license from Bittern Labs"
(its license only a listed, unread PDF) was undetermined, because neither sentence read as non-commercial
(two non-commercial rules added, and "requires a license" joins "requires a separate license"); and
"synthetic textbooks that we generated ourselves and are not releasing" was not read as unpublished data
(the data vocabulary's `internal-data` now has the progressive and perfect forms), so the data was open,
not partial. One expectation was wrong, not the code: the licenses of an MIT model whose unreleased data
has no license are open, as the experts rate Phi-2 (written "partial" at first).

Round 2 (`ROUND_2`, nine releases, written after round 1's fixes): 8 of 9 right at first. The miss: a
card that publishes a sample of its corpus and says "the rest is not public" had its data read as
open, because "the rest" alone (not "the rest of the data") was no unpublished-data phrase (the data
vocabulary's `internal-data` now reads it). Its datasheet cell also said "could not be read" while the
sample's dataset card was on the Hub: datasets a card links in its text were not looked up (the Hub
source now looks up at most `MAX_LINKED_DATASETS` of them, `Release.linked_datasets`).

Round 3 (`ROUND_3`, ten releases, written after round 2's fixes): 6 of 10 right at first, and no release
read more open than its terms allow except one. That one: an Apache text with an added paragraph ("the
Work may not be deployed in any system that makes or supports decisions about the employment, credit or
housing of natural persons") read open-non-osi, because "credit" vetoed the sentence as an attribution
aside (now only credit given to someone) and no rule read "may not be deployed in" (the passive refusal
now takes the verbs of putting to use). The others: "fine-tuned from Llama 2 13B Chat" left the base
unexamined (a name with a publisher's tuned-variant words now stands in as its foundation's family,
`index.lineage`); public corpora named in a table and called "the complete training data" read as a
mention, partial (`complete-list`: then they are the list of datasets); data scripts in a `prep/` folder
were not data-processing code (a data, prep or corpus folder now counts). The fork of LitGPT under another
name was right for the wrong reason (its pretrain.py counted as the model's recipe; only the missing data
script made it partial): the GitHub source now reads `fork` and `parent` (`CodeRepo.fork_of`).

Round 4 (`ROUND_4`, nine releases, written after round 3's fixes): 8 of 9 right at first. The miss: a LoRA
adapter of Mistral-7B-Instruct-v0.2 was undetermined. Its base was never read from `adapter_config.json`
(only the card's title, "for Mistral 7B Instruct v0.2", named it), so round 2's Qwen adapter had been right
only because it had no base at all: an adapter's configuration now names its base (`card.adapter_base`).
Then the served Mistral-7B-Instruct-v0.2 card, like the real one, says it is "an instruct fine-tuned
version of the Mistral-7B-v0.2", a base that Mistral AI published as a download, not on the Hub: the index
now has Mistral 7B v0.2 (`index/entries/mistral-7b-v0.2.yaml`).

Round 5 (`ROUND_5`, seven releases, written after round 4's fixes): 7 of 7 labels right at first, one cell
wrong: weights under CC BY 4.0 (with MIT code and ODC-By data) had their `licenses` cell partial, because
every non-OSI permissive licence counted as bespoke. The index's `licenses` text asks for "open licences"
since 2026-04-14 and the experts rate CC BY 4.0 weights open (TildeOpen) but a "custom Apple license" partial
(OpenELM): a standard open-content licence (the catalog's `open_content`) is now open, a bespoke one stays
partial.

Round 6 (`ROUND_6`, five releases, written after round 5's fixes): 5 of 5 right at first, labels and cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.servers import GitHubRepo, HubFile, HubRepo, fake_sha

WEIGHTS = HubFile("model.safetensors", None, size=6_000_000_000, lfs=True)
CONFIG = HubFile(
    "config.json",
    b'{"architectures": ["LlamaForCausalLM"], "hidden_size": 2048, "num_hidden_layers": 24,'
    b' "num_attention_heads": 16, "vocab_size": 50304}',
)


@dataclass
class Dataset:
    id: str
    license: str | None
    card: str | None


@dataclass
class HeldOut:
    repo_id: str
    card: str
    card_data: dict
    label: str
    cells: dict[str, str]
    """OSAI parameter -> the level the rubric gives."""
    extra_files: dict[str, bytes | None] = field(default_factory=dict)
    gated: bool = False
    github: list[GitHubRepo] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)
    models: list[HubRepo] = field(default_factory=list)
    """Other Hub models the release names (a merge's parents), served beside it."""

    def repo(self) -> HubRepo:
        front = "".join(_yaml(k, v) for k, v in self.card_data.items())
        text = f"---\n{front}---\n\n{self.card}".encode()
        files = {"README.md": HubFile("README.md", text), "model.safetensors": WEIGHTS, "config.json": CONFIG}
        if not self.card and not self.card_data:
            del files["README.md"]  # a repository without a model card
        for path, content in self.extra_files.items():
            files[path] = HubFile(path, content, size=None if content is not None else 200_000)
        tags = [f"license:{self.card_data['license']}"] if "license" in self.card_data else []
        return HubRepo(
            self.repo_id,
            fake_sha(self.repo_id),
            files=files,
            card_data=dict(self.card_data),
            tags=tags,
            gated="auto" if self.gated else False,
        )


def _yaml(key: str, value: object) -> str:
    if isinstance(value, list):
        return f"{key}:\n" + "".join(f"- {v}\n" for v in value)
    return f"{key}: {value}\n"


def _github(
    full_name: str,
    tree: list[dict],
    *,
    readme: bytes,
    license_spdx: str = "Apache-2.0",
    fork_of: str | None = None,
) -> GitHubRepo:
    """A GitHub repository a held-out release links (its sha derived from its name)."""
    sha = fake_sha("gh", full_name.split("/", 1)[1])
    return GitHubRepo(full_name, sha, license_spdx=license_spdx, tree=tree, readme=readme, fork_of=fork_of)


def _hub_model(repo_id: str, body: str, card_data: dict, *, gated: bool = False) -> HubRepo:
    """Another Hub model a held-out release names (a base, a merge's parent), with its card and weights;
    `gated`: its files need a token, as a manually gated repository's do."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    readme = HubFile("README.md", f"---\n{front}---\n{body}".encode())
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files={"README.md": readme, "model.safetensors": WEIGHTS},
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"],
        gated="manual" if gated else False,
        gate_files=gated,
    )


def _tree(*paths: str) -> list[dict]:
    dirs = sorted({p.rsplit("/", 1)[0] for p in paths if "/" in p})
    return [{"path": d, "type": "tree"} for d in dirs] + [
        {"path": p, "type": "blob", "size": 4000} for p in paths
    ]


HERON_README = b"""# heron-train

The complete pipeline that produced Heron-3B: data processing, pre-training and evaluation.

## Installation

    pip install -e .

## Data processing

`data/dedup.py` removes near-duplicate documents with MinHash; `data/filter.py` applies the quality and
language filters described in the technical report. Run `scripts/prepare_data.sh` to rebuild the corpus.

## Pre-training

    torchrun --nproc_per_node 8 train.py --config configs/heron-3b.yaml

The configuration holds every hyperparameter used for the released checkpoint.

## Evaluation

`eval/run_eval.py` reproduces the numbers of the model card.
"""

HERON_DATA_CARD = """---
license: odc-by
---

# Heron Corpus

## Dataset Summary
The Heron Corpus is the complete 1.2T-token pre-training corpus of Heron-3B: English web pages, code,
papers and books.

## Dataset Creation

### Source Data
Web pages come from 24 Common Crawl snapshots (2019-2024); code from permissively licensed GitHub
repositories; papers from arXiv and PubMed Central; books from Project Gutenberg.

### Data Collection and Processing
Pages were extracted with trafilatura, filtered by language (fastText, English > 0.65), deduplicated with
MinHash (5-grams, 0.8 Jaccard) and filtered for quality with a classifier trained on Wikipedia references.
Personal information (emails, phone numbers, IP addresses) was masked.

## Considerations for Using the Data
The corpus reflects the biases of the web. See the technical report for a breakdown by source.

## Licensing Information
Released under ODC-By 1.0; each source keeps its own terms.
"""

RELEASES: list[HeldOut] = [
    HeldOut(
        "heron-lab/Heron-3B",
        "# Heron-3B\n\n"
        "Heron-3B is a fully open 3B language model: weights, data, code and logs are all public.\n\n"
        "| Artifact | Link |\n|---|---|\n"
        "| Training data | [heron-lab/heron-corpus](https://huggingface.co/datasets/heron-lab/heron-corpus) |\n"
        "| Training and data code | [github.com/heron-lab/heron-train](https://github.com/heron-lab/heron-train) |\n"
        "| Technical report | [arXiv:2611.01234](https://arxiv.org/abs/2611.01234) |\n\n"
        "## Model details\nA decoder-only transformer, 24 layers, hidden size 2048, 16 attention heads, trained "
        "on 1.2T tokens on 128 H100 GPUs for 9 days.\n\n"
        "## Evaluation\n| Task | Score |\n|---|---|\n| MMLU | 48.1 |\n| HellaSwag | 71.0 |\n\n"
        "## Limitations\nThe model can produce false or biased text.\n",
        {"license": "apache-2.0", "datasets": ["heron-lab/heron-corpus"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "heron-lab/heron-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "train.py",
                    "configs/heron-3b.yaml",
                    "data/dedup.py",
                    "data/filter.py",
                    "scripts/prepare_data.sh",
                    "eval/run_eval.py",
                ),
                readme=HERON_README,
            )
        ],
        datasets=[Dataset("heron-lab/heron-corpus", "odc-by", HERON_DATA_CARD)],
    ),
    HeldOut(
        "quill-ai/Quill-7B-Chat",
        "<h1>Quill 7B Chat</h1>\n"
        "<table>\n<tr><td><b>Developer</b></td><td>Quill AI</td></tr>\n"
        "<tr><td><b>License</b></td><td>Quill Community License (see LICENSE)</td></tr>\n"
        "<tr><td><b>Parameters</b></td><td>7.2B</td></tr>\n</table>\n\n"
        "<p>Quill 7B Chat is a chat assistant. Download the weights below.</p>\n",
        {"license": "other", "license_name": "quill-community", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed", "trainingcode": "closed"},
        extra_files={
            "LICENSE": b"QUILL COMMUNITY LICENSE\n\n1. You may use, copy, modify and distribute the Quill "
            b"Materials free of charge.\n2. If the products or services you offer with the Quill Materials "
            b"have more than 50 million monthly active users, you must request a separate license from "
            b"Quill AI, which Quill AI may grant at its sole discretion.\n3. The Quill Materials are "
            b"provided as is, without warranty.\n"
        },
    ),
    HeldOut(
        "sparrowhawk/SH-8B-Instruct",
        "# SH-8B-Instruct\n\n"
        "## Overview\nSH-8B-Instruct is an instruction-following model released under Apache 2.0.\n\n"
        "## Training\nThe model was pre-trained on a mix of publicly available data and licensed data, then "
        "instruction-tuned on proprietary conversations.\n\n"
        "## Inference\nInference code: https://github.com/sparrowhawk/sh-inference\n",
        {"license": "apache-2.0"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
        },
        github=[
            _github(
                "sparrowhawk/sh-inference",
                _tree("README.md", "LICENSE", "generate.py", "chat.py", "requirements.txt"),
                readme=b"# sh-inference\n\nRun SH-8B-Instruct locally.\n\n    python chat.py --model sparrowhawk/SH-8B-Instruct\n",
            )
        ],
    ),
    HeldOut(
        "tinkerer/Base2B-Support",
        "# Base2B Support\n\nA customer-support fine-tune.\n",
        {"license": "apache-2.0", "base_model": "obscure-lab/Base-2B"},
        "undetermined",
        {},
    ),
    HeldOut(
        "gptq-maker/Llama-3.1-8B-Instruct-GPTQ-4bit",
        "# Llama 3.1 8B Instruct, GPTQ 4-bit\n\nA 4-bit GPTQ quantization of Meta's Llama 3.1 8B Instruct.\n",
        {
            "license": "llama3.1",
            "base_model": "meta-llama/Llama-3.1-8B-Instruct",
            "base_model_relation": "quantized",
        },
        "weights-available",
        {"licenses": "closed", "trainingcode": "closed"},
    ),
    HeldOut(
        "wren-ml/Wren-1.5B",
        "# Wren-1.5B\n\n"
        "**Training data.** Wren was trained on 2T tokens: a filtered sample of "
        "[FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) plus synthetic textbooks that "
        "we generated ourselves and are not releasing.\n\n"
        "**Training.** We trained Wren with [nanotron](https://github.com/huggingface/nanotron) on 64 H100 GPUs; "
        "our configuration files are not public.\n",
        {"license": "mit"},
        "open-weights",
        # licenses: everything released is openly licensed; the unreleased part has no license to rate (the
        # experts rate Phi-2, MIT with unreleased synthetic data, open: frameworks/osai.py)
        {
            "weights_basemodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "licenses": "open",
        },
        datasets=[Dataset("HuggingFaceFW/fineweb-edu", "odc-by", None)],
    ),
    HeldOut(
        "mira/Mira-2B",
        "# Mira-2B\n\nMira-2B is released for non-commercial use under CC BY-NC 4.0. Accept the conditions "
        "on this page to download the weights.\n",
        {"license": "cc-by-nc-4.0"},
        "weights-available",
        {"weights_endmodel": "partial", "licenses": "closed"},
        gated=True,
    ),
    HeldOut(
        "ouzel/Ouzel-7B-Merge",
        "# Ouzel 7B Merge\n\nA SLERP merge of two 7B models.\n",
        {
            "license": "apache-2.0",
            "base_model": ["mistralai/Mistral-7B-v0.1", "ouzel-lab/secret-7b"],
            "tags": ["merge"],
        },
        "undetermined",
        {},
    ),
    HeldOut(
        "plover/Plover-13B",
        "# Plover-13B\n\n"
        "Plover-13B is a 13B chat model.\n\n"
        "## License\n"
        "The weights are released under Apache 2.0. The model may not be used for commercial purposes without "
        "our written permission.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "bittern/Bittern-2B",
        "# Bittern-2B\n\n"
        "## Terms of use\n"
        "Bittern-2B is free for research and other non-commercial use. Commercial use requires a license "
        "from Bittern Labs. The full license is in LICENSE.pdf.\n",
        {"license": "other", "license_name": "bittern-license", "license_link": "LICENSE.pdf"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={"LICENSE.pdf": None},
    ),
]


#: Round 2, written after round 1's fixes and before any further change: claims of openness under
#: restrictive terms, a released sample of a larger corpus, a fine-tune with its tuning data and recipe, a
#: card's Chinese terms, a LoRA adapter that names its base only in adapter_config.json, "coming soon"
#: training code, "a mix of publicly available datasets, including ...", a GGUF quantization relicensed,
#: and a Hub RAIL family id.
ROUND_2: list[HeldOut] = [
    HeldOut(
        "aurora-ai/Aurora-7B",
        "# Aurora-7B\n\n**Aurora-7B is a fully open-source model!** Download it, run it, build on it.\n\n"
        "See LICENSE for the terms.\n",
        {"license": "other", "license_name": "aurora-license", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"Aurora License\n\n1. Grant. Aurora AI grants you a worldwide, royalty-free license to "
            b"use, reproduce, modify and distribute Aurora-7B.\n2. Restrictions. You may not use Aurora-7B "
            b"or any of its outputs to train, improve or fine-tune any other large language model. Your use "
            b"must comply with the Aurora Acceptable Use Policy at https://aurora.example/aup, as updated "
            b"from time to time.\n"
        },
    ),
    HeldOut(
        "corvid-lab/Corvid-3B",
        "# Corvid-3B\n\n## Training data\n"
        "Corvid-3B was pre-trained on 3T tokens of our Corvid Web corpus. We release a 100B-token sample of it "
        "as [corvid-lab/corvid-web-sample](https://huggingface.co/datasets/corvid-lab/corvid-web-sample); the "
        "rest is not public.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_basemodel": "open", "datasources_basemodel": "partial", "trainingcode": "closed"},
        datasets=[
            Dataset(
                "corvid-lab/corvid-web-sample",
                "odc-by",
                "---\nlicense: odc-by\n---\n# Corvid Web sample\n\nA 100B-token sample of Corvid Web.\n",
            )
        ],
    ),
    HeldOut(
        "finch-ft/Finch-7B-DPO",
        "# Finch-7B-DPO\n\n"
        "Finch-7B-DPO is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) fine-tuned with "
        "SFT on UltraChat 200k and DPO on UltraFeedback, using the recipes of the "
        "[alignment-handbook](https://github.com/huggingface/alignment-handbook).\n\n"
        "## Training data\n"
        "- [HuggingFaceH4/ultrachat_200k](https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k)\n"
        "- [HuggingFaceH4/ultrafeedback_binarized](https://huggingface.co/datasets/HuggingFaceH4/ultrafeedback_binarized)\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["HuggingFaceH4/ultrachat_200k", "HuggingFaceH4/ultrafeedback_binarized"],
        },
        "open-weights",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_endmodel": "open",
            "datasources_basemodel": "closed",
        },
        datasets=[
            Dataset("HuggingFaceH4/ultrachat_200k", "mit", None),
            Dataset("HuggingFaceH4/ultrafeedback_binarized", "mit", None),
        ],
    ),
    HeldOut(
        "pelican-nlp/Pelican-13B",
        "# Pelican-13B\n\nA bilingual chat model.\n\n## 许可协议\n本模型权重仅供学术研究使用，禁止任何形式的商用。\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "sqlsmith/qwen2.5-7b-sql-lora",
        "# SQL LoRA\n\nA LoRA adapter for text-to-SQL.\n",
        {"license": "apache-2.0", "library_name": "peft"},
        "open-weights",
        {"weights_endmodel": "open"},
        extra_files={
            "adapter_config.json": b'{"base_model_name_or_path": "Qwen/Qwen2.5-7B-Instruct", "peft_type": "LORA",'
            b' "r": 16, "lora_alpha": 32}',
            "adapter_model.safetensors": None,
        },
    ),
    HeldOut(
        "grebe-ai/Grebe-1B",
        "# Grebe-1B\n\nA small English model.\n\n## Code\n"
        "Training code: coming soon at https://github.com/grebe-ai/grebe.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "closed"},
        github=[
            _github(
                "grebe-ai/grebe",
                _tree("README.md", "LICENSE"),
                readme=b"# grebe\n\nCode coming soon.\n",
            )
        ],
    ),
    HeldOut(
        "hoopoe/Hoopoe-2B",
        "# Hoopoe-2B\n\n## Training data\n"
        "Hoopoe-2B was trained on a mix of publicly available datasets, including C4 and English Wikipedia.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial"},
    ),
    HeldOut(
        "ggufer/gemma-2-9b-it-GGUF",
        "# gemma-2-9b-it GGUF\n\nGGUF quantizations of Google's gemma-2-9b-it for llama.cpp.\n",
        {"license": "apache-2.0", "base_model": "google/gemma-2-9b-it", "base_model_relation": "quantized"},
        "weights-available",
        {"licenses": "closed"},
        extra_files={"gemma-2-9b-it-Q4_K_M.gguf": None},
    ),
    HeldOut(
        "ibis-art/Ibis-XL",
        "# Ibis XL\n\nA text-to-image model.\n",
        {"license": "openrail"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
]


LARK_README = b"""# lark-pretrain

Everything needed to rebuild Lark-1B from raw text.

## Setup

    pip install -r requirements.txt

## 1. Prepare the data

`prep/download.py` fetches FineWeb-Edu and Cosmopedia; `prep/tokenize.py` packs them into 2048-token
sequences with the Lark tokenizer.

## 2. Pre-train

    torchrun --nproc_per_node 8 pretrain.py --config configs/lark-1b.yaml

`configs/lark-1b.yaml` is the exact configuration of the released checkpoint (learning rate schedule,
batch size, 600k steps on 32 A100 GPUs).

## 3. Evaluate

`evaluate.py` reproduces the card's benchmark table.
"""

LITGPT_README = b"""# LitGPT

20+ high-performance LLMs with recipes to pretrain, finetune and deploy at scale.

## Quick start

    pip install litgpt
    litgpt pretrain --config config_hub/pretrain/tinyllama.yaml

## Finetune

    litgpt finetune lora --checkpoint_dir checkpoints/meta-llama/Llama-2-7b-hf

See the tutorials folder for more.
"""

#: Round 3, written after round 2's fixes and before any further change: a license line whose condition
#: follows "provided that", a fully open release whose card uses headings in other words and collapsible
#: HTML, a merge one of whose parents is a Llama 3 model, a fine-tune of a Mistral base with open tuning
#: data, a modified Apache text with an added field-of-use paragraph, training data named only in a
#: table (no links), a fine-tune that names its Llama 2 base only in prose, a card that claims Apache
#: over a LICENSE with use restrictions, a fork of a training framework under another name, and a card
#: that withholds its data sources.
ROUND_3: list[HeldOut] = [
    HeldOut(
        "kite-ai/Kite-7B",
        "# Kite-7B\n\n"
        "- **Developed by:** Kite AI\n"
        "- **Model type:** decoder-only transformer\n"
        "- **License:** Apache 2.0, provided that the model is not used to build or offer a competing "
        "foundation-model API\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "lark-lab/Lark-1B",
        "# Lark-1B\n\n"
        "<details><summary>At a glance</summary>\n\n"
        "Lark-1B is a 1.1B-parameter decoder (22 layers, hidden size 2048, 32 heads, rotary embeddings) "
        "pre-trained from scratch on 1T tokens.\n\n</details>\n\n"
        "## What went into it\n"
        "Lark-1B saw only public data: [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) "
        "(900B tokens) and [Cosmopedia](https://huggingface.co/datasets/HuggingFaceTB/cosmopedia) (100B tokens). "
        "Nothing else.\n\n"
        "## Rebuild it yourself\n"
        "Every script and the exact configuration are in "
        "[lark-lab/lark-pretrain](https://github.com/lark-lab/lark-pretrain).\n\n"
        "## Scores\n| Benchmark | Lark-1B |\n|---|---|\n| ARC-e | 61.2 |\n| PIQA | 72.4 |\n\n"
        "## Known issues\nLark-1B makes things up and reflects the biases of web text.\n",
        {
            "license": "apache-2.0",
            "datasets": ["HuggingFaceFW/fineweb-edu", "HuggingFaceTB/cosmopedia"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "lark-lab/lark-pretrain",
                _tree(
                    "README.md",
                    "LICENSE",
                    "requirements.txt",
                    "prep/download.py",
                    "prep/tokenize.py",
                    "pretrain.py",
                    "configs/lark-1b.yaml",
                    "evaluate.py",
                ),
                readme=LARK_README,
                license_spdx="MIT",
            )
        ],
        datasets=[
            Dataset("HuggingFaceFW/fineweb-edu", "odc-by", None),
            Dataset("HuggingFaceTB/cosmopedia", "apache-2.0", None),
        ],
    ),
    HeldOut(
        "merlin-merges/Merlin-8B",
        "# Merlin-8B\n\nA TIES merge made with mergekit.\n\n"
        "```yaml\nmodels:\n  - model: meta-llama/Meta-Llama-3-8B-Instruct\n  - model: falconer/Llama-3-8B-Falcon-SFT\n"
        "merge_method: ties\n```\n",
        {
            "license": "mit",
            "base_model": ["meta-llama/Meta-Llama-3-8B-Instruct", "falconer/Llama-3-8B-Falcon-SFT"],
            "tags": ["merge", "mergekit"],
        },
        "weights-available",
        {"licenses": "closed"},
        models=[
            _hub_model(
                "falconer/Llama-3-8B-Falcon-SFT",
                "# Falcon SFT\n",
                {"license": "llama3", "base_model": "meta-llama/Meta-Llama-3-8B"},
            )
        ],
    ),
    HeldOut(
        "tern-ai/Tern-7B-Chat",
        "# Tern-7B-Chat\n\n"
        "Tern-7B-Chat is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) after supervised "
        "fine-tuning on the [Tulu 3 SFT mixture](https://huggingface.co/datasets/allenai/tulu-3-sft-mixture). "
        "That mixture is all of its tuning data.\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["allenai/tulu-3-sft-mixture"],
        },
        "open-weights",
        {"weights_endmodel": "open", "weights_basemodel": "open", "datasources_endmodel": "open"},
        datasets=[Dataset("allenai/tulu-3-sft-mixture", "odc-by", None)],
    ),
    HeldOut(
        "osprey-ai/Osprey-3B",
        "# Osprey-3B\n\nSee LICENSE.\n",
        {"license": "other", "license_name": "osprey-apache", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\n"
            b"TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\n"
            b"2. Grant of Copyright License. Subject to the terms and conditions of this License, each "
            b"Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, "
            b"irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly "
            b"perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.\n\n"
            b"END OF TERMS AND CONDITIONS\n\n"
            b"ADDITIONAL TERMS FOR OSPREY-3B\n\n"
            b"Notwithstanding the above, the Work may not be deployed in any system that makes or supports "
            b"decisions about the employment, credit or housing of natural persons.\n"
        },
    ),
    HeldOut(
        "pipit-lm/Pipit-350M",
        "# Pipit-350M\n\nA tiny English model for experiments.\n\n"
        "## Pre-training corpus\n\n"
        "| Source | Share |\n|---|---|\n| FineWeb-Edu | 85% |\n| Cosmopedia | 15% |\n\n"
        "These two public datasets are the complete training data.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "open", "trainingcode": "closed"},
    ),
    HeldOut(
        "vireo/Vireo-13B-Chat",
        "# Vireo-13B-Chat\n\nVireo is fine-tuned from Llama 2 13B Chat on our customer-service dialogues.\n",
        {"license": "mit"},
        "weights-available",
        {"licenses": "closed"},
    ),
    HeldOut(
        "shrike-labs/Shrike-3B",
        "# Shrike-3B\n\nReleased under the OSI-approved Apache 2.0 license.\n",
        {"license": "other", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"SHRIKE RESPONSIBLE AI LICENSE\n\nSection 1. You may use, modify and share the Model.\n"
            b"Section 2. You agree not to use the Model or its Derivatives: (a) for surveillance of "
            b"individuals; (b) to generate disinformation; (c) for medical diagnosis.\nSection 3. You must "
            b"pass on the use restrictions of Section 2 to anyone you share the Model or its Derivatives with.\n"
        },
    ),
    HeldOut(
        "swift-ai/Swift-1B",
        "# Swift-1B\n\n## Training\n"
        "Swift-1B was pre-trained on 500B tokens of [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) "
        "with our fork of LitGPT: https://github.com/swift-ai/swift-gpt\n",
        {"license": "apache-2.0", "datasets": ["HuggingFaceFW/fineweb"]},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "partial", "datasources_basemodel": "open"},
        github=[
            _github(
                "swift-ai/swift-gpt",
                _tree(
                    "README.md",
                    "LICENSE",
                    "litgpt/pretrain.py",
                    "litgpt/finetune/lora.py",
                    "litgpt/model.py",
                    "config_hub/pretrain/tinyllama.yaml",
                ),
                readme=LITGPT_README,
                fork_of="Lightning-AI/litgpt",
            )
        ],
        datasets=[Dataset("HuggingFaceFW/fineweb", "odc-by", None)],
    ),
    HeldOut(
        "tody-ai/Tody-7B",
        "# Tody-7B\n\n## Training data\n"
        "Tody-7B was trained on 2T tokens of web, code and book data. We do not disclose the sources.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasheet": "closed",
            "trainingcode": "closed",
        },
    ),
]


#: Round 4, written after round 3's fixes and before any further change: a Llama 3.2 tune whose card says
#: Apache, proprietary tuning data only, terms in the gate's prompt, a model with fine-tuning code only, a
#: training-code link that leads nowhere, a repository without a model card, a use policy the card's license
#: section binds, an adapter of a tuned Mistral served by the Hub, and a corpus named in prose.
ROUND_4: list[HeldOut] = [
    HeldOut(
        "jay-ai/Jay-3B-Instruct",
        "# Jay-3B-Instruct\n\nJay is a tune of Llama 3.2 3B Instruct for email writing. The model is released "
        "under the Apache 2.0 license.\n",
        {"license": "apache-2.0", "base_model": "meta-llama/Llama-3.2-3B-Instruct"},
        "weights-available",
        {"licenses": "closed"},
    ),
    HeldOut(
        "lexa/Lexa-7B-Legal",
        "# Lexa-7B-Legal\n\n## Training data\nLexa was fine-tuned on a proprietary dataset of 400k legal "
        "documents licensed from publishers.\n",
        {"license": "apache-2.0", "base_model": "Qwen/Qwen2.5-7B-Instruct"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_endmodel": "closed"},
    ),
    HeldOut(
        "magpie-lab/Magpie-2B",
        "# Magpie-2B\n\nA small assistant. Request access above.\n",
        {
            "license": "apache-2.0",
            "extra_gated_prompt": "By requesting access you agree to use Magpie-2B for non-commercial research only.",
        },
        "weights-available",
        {"weights_endmodel": "partial", "licenses": "closed"},
        gated=True,
    ),
    HeldOut(
        "nuthatch/Nuthatch-1B",
        "# Nuthatch-1B\n\nNuthatch-1B was pre-trained from scratch on 1T tokens.\n\n## Code\n"
        "Our repository [nuthatch/nuthatch-tools](https://github.com/nuthatch/nuthatch-tools) has the scripts to "
        "fine-tune Nuthatch on your own data.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "partial"},
        github=[
            _github(
                "nuthatch/nuthatch-tools",
                _tree("README.md", "LICENSE", "finetune.py", "configs/lora.yaml", "chat.py"),
                readme=b"# nuthatch-tools\n\nFine-tune Nuthatch with LoRA:\n\n    python finetune.py --config configs/lora.yaml\n",
            )
        ],
    ),
    HeldOut(
        "oriole/Oriole-7B",
        "# Oriole-7B\n\n## Training\nThe training code is at https://github.com/oriole/oriole-train.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "closed"},
    ),
    HeldOut(
        "pochard/pochard-1b",
        "",
        {},
        "open-weights",
        {
            "weights_endmodel": "open",
            "modelcard": "closed",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
        },
        extra_files={
            "LICENSE": b"MIT License\n\nCopyright (c) 2026 Pochard\n\nPermission is hereby granted, free of charge, "
            b"to any person obtaining a copy of this software and associated documentation files (the "
            b'"Software"), to deal in the Software without restriction, including without limitation the '
            b"rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the "
            b"Software, and to permit persons to whom the Software is furnished to do so, subject to the "
            b"following conditions:\n\nThe above copyright notice and this permission notice shall be included "
            b'in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", '
            b"WITHOUT WARRANTY OF ANY KIND.\n"
        },
    ),
    HeldOut(
        "quetzal-ai/Quetzal-8B",
        "# Quetzal-8B\n\n## License\nThis model is licensed under the Apache 2.0 License. Use of the model is "
        "also subject to the Quetzal Acceptable Use Policy (https://quetzal.example/aup), which we may update "
        "from time to time.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "rail-ft/mistral-7b-instruct-v0.2-sql-lora",
        "# SQL LoRA for Mistral 7B Instruct v0.2\n",
        {"license": "apache-2.0", "library_name": "peft"},
        "open-weights",
        {"weights_endmodel": "open"},
        extra_files={
            "adapter_config.json": b'{"base_model_name_or_path": "mistralai/Mistral-7B-Instruct-v0.2", '
            b'"peft_type": "LORA", "r": 8}',
            "adapter_model.safetensors": None,
        },
        models=[
            _hub_model(
                "mistralai/Mistral-7B-Instruct-v0.2",
                "# Mistral-7B-Instruct-v0.2\n\nAn instruct fine-tuned version of Mistral-7B-v0.2.\n",
                {"license": "apache-2.0"},
            )
        ],
    ),
    HeldOut(
        "sora-lm/Sora-LM-1B",
        "# Sora-LM-1B\n\n## Training data\nSora-LM-1B was pre-trained on the Pile.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial"},
    ),
]


WAGTAIL_README = b"""# wagtail-train

Reproduce Wagtail-1B end to end.

## Data
`data/download.py` fetches the FineWeb sample we used and `data/tokenize.py` packs it.

## Training
    python pretrain.py --config configs/wagtail-1b.yaml

## License
MIT.
"""

#: Round 5, written after round 4's fixes and before any further change: weights under CC BY 4.0 with the
#: whole pipeline, a tune of a gated base whose files need a token, a Qwen tune that declares a Llama
#: licence, a Mistral tune with its axolotl recipe in the card, a licence with a list of refused uses in an
#: attachment, a GGUF quantization of an MIT base, and a card whose own terms ban training rival models.
ROUND_5: list[HeldOut] = [
    HeldOut(
        "wagtail-ai/Wagtail-1B",
        "# Wagtail-1B\n\nA 1B model trained from scratch on 300B tokens of "
        "[FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb). The weights are released under "
        "CC BY 4.0; the code is at https://github.com/wagtail-ai/wagtail-train (MIT).\n",
        {"license": "cc-by-4.0", "datasets": ["HuggingFaceFW/fineweb"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "wagtail-ai/wagtail-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/download.py",
                    "data/tokenize.py",
                    "pretrain.py",
                    "configs/wagtail-1b.yaml",
                ),
                readme=WAGTAIL_README,
                license_spdx="MIT",
            )
        ],
        datasets=[Dataset("HuggingFaceFW/fineweb", "odc-by", None)],
    ),
    HeldOut(
        "xenops/gemma-2-2b-it-support",
        "# Gemma 2 2B IT, support tune\n\nA customer-support tune.\n",
        {"license": "gemma", "base_model": "google/gemma-2-2b-it"},
        "weights-available",
        {"licenses": "closed"},
        models=[
            _hub_model(
                "google/gemma-2-2b-it",
                "# Gemma 2\n",
                {"license": "gemma", "extra_gated_heading": "Access Gemma on Hugging Face"},
                gated=True,
            )
        ],
    ),
    HeldOut(
        "yellowlegs/Qwen2.5-1.5B-chat",
        "# Qwen2.5 1.5B chat tune\n\nA chat tune of Qwen2.5 1.5B.\n",
        {"license": "llama3.1", "base_model": "Qwen/Qwen2.5-1.5B"},
        "weights-available",
        {"licenses": "closed"},
        models=[_hub_model("Qwen/Qwen2.5-1.5B", "# Qwen2.5-1.5B\n", {"license": "apache-2.0"})],
    ),
    HeldOut(
        "zitting/Zitting-7B-Hermes",
        "# Zitting-7B-Hermes\n\nMistral-7B-v0.1 fine-tuned on OpenHermes 2.5 with axolotl.\n\n"
        "## Training procedure\nThe axolotl config we used:\n\n```yaml\nbase_model: mistralai/Mistral-7B-v0.1\n"
        "datasets:\n  - path: teknium/OpenHermes-2.5\n    type: sharegpt\nsequence_len: 4096\nlearning_rate: 0.000005\n"
        "num_epochs: 3\n```\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["teknium/OpenHermes-2.5"],
        },
        "open-weights",
        {"weights_endmodel": "open", "weights_basemodel": "open", "datasources_endmodel": "open"},
        datasets=[Dataset("teknium/OpenHermes-2.5", None, None)],
    ),
    HeldOut(
        "auklet-ai/Auklet-7B",
        "# Auklet-7B\n\nSee LICENSE-MODEL.\n",
        {"license": "other", "license_name": "auklet-model-license", "license_link": "LICENSE-MODEL"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE-MODEL": b"AUKLET MODEL LICENSE\n\n1. Grant. Auklet AI grants you a worldwide, royalty-free "
            b"license to use, copy, modify and distribute the Model.\n\n2. Use-based restrictions. You agree not to "
            b"use the Model or its derivatives for any of the purposes listed in Attachment A.\n\n"
            b"Attachment A: Use Restrictions\n\nYou agree not to use the Model:\n- to exploit or harm minors;\n"
            b"- to generate false information to harm others;\n- for fully automated decision making that "
            b"adversely affects an individual's legal rights.\n"
        },
    ),
    HeldOut(
        "bunting/phi-2-GGUF",
        "# phi-2 GGUF\n\nQuantized phi-2 for llama.cpp.\n",
        {"license": "mit", "base_model": "microsoft/phi-2", "base_model_relation": "quantized"},
        "open-weights",
        {"licenses": "open"},
        extra_files={"phi-2.Q4_K_M.gguf": None},
    ),
    HeldOut(
        "dipper-lab/Dipper-8B",
        "# Dipper-8B\n\nLicense: Apache 2.0.\n\n## Terms\nYou may not use Dipper-8B or its outputs to develop "
        "models that compete with Dipper.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
]


#: Round 6, written after round 5's fixes and before any further change: two RAIL family ids, an Apache
#: card over a LICENSE that is an excerpt of the Llama 2 agreement, training data that is gated on the Hub,
#: and non-commercial weights beside Apache code.
ROUND_6: list[HeldOut] = [
    HeldOut(
        "eider-art/Eider-XL",
        "# Eider XL\n\nA text-to-image model fine-tuned from SDXL.\n",
        {"license": "openrail++"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "finfoot/bloom-1b-finance",
        "# BLOOM 1B finance\n\nA finance tune.\n",
        {"license": "bigscience-bloom-rail-1.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "gadwall/Gadwall-7B",
        "# Gadwall-7B\n\nApache 2.0.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n\n"
            b"2. Additional Commercial Terms. If, on the Llama 2 version release date, the monthly active users of "
            b"the products or services made available by or for Licensee, or Licensee's affiliates, is greater "
            b"than 700 million monthly active users in the preceding calendar month, you must request a license "
            b"from Meta, which Meta may grant to you in its sole discretion.\n"
        },
    ),
    HeldOut(
        "hornbill/Hornbill-Coder-3B",
        "# Hornbill-Coder-3B\n\n## Training data\nHornbill-Coder was trained on "
        "[bigcode/the-stack-v2-dedup](https://huggingface.co/datasets/bigcode/the-stack-v2-dedup) only.\n",
        {"license": "apache-2.0", "datasets": ["bigcode/the-stack-v2-dedup"]},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial"},
        datasets=[Dataset("bigcode/the-stack-v2-dedup", "other", None)],
    ),
    HeldOut(
        "ibisbill/Ibisbill-2B",
        "# Ibisbill-2B\n\nModel weights are released under CC BY-NC 4.0; the inference code "
        "(https://github.com/ibisbill/ibisbill-infer) is under Apache 2.0.\n",
        {"license": "cc-by-nc-4.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        github=[
            _github(
                "ibisbill/ibisbill-infer",
                _tree("README.md", "LICENSE", "generate.py"),
                readme=b"# ibisbill-infer\n\nRun Ibisbill-2B.\n",
            )
        ],
    ),
]
