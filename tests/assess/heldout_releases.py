# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 1 (issue 14): ten made-up Hub releases in styles the project had not seen,
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

    def repo(self) -> HubRepo:
        front = "".join(_yaml(k, v) for k, v in self.card_data.items())
        text = f"---\n{front}---\n\n{self.card}".encode()
        files = {"README.md": HubFile("README.md", text), "model.safetensors": WEIGHTS, "config.json": CONFIG}
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
            GitHubRepo(
                "heron-lab/heron-train",
                fake_sha("gh", "heron-train"),
                license_spdx="Apache-2.0",
                tree=_tree(
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
            GitHubRepo(
                "sparrowhawk/sh-inference",
                fake_sha("gh", "sh-inference"),
                license_spdx="Apache-2.0",
                tree=_tree("README.md", "LICENSE", "generate.py", "chat.py", "requirements.txt"),
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
