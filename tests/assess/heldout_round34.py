# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 34 (`ROUND_34`, 8 releases, written blind by a helper that never read the rules or the
probes): training code and data that live inside a larger repository or framework of the publisher, or of someone else.
A folder of a research monorepo linked by a `/tree/main/...` address, a framework's root named as what trained the
model, a recipe folder contributed to a large third-party framework, a monorepo whose top-level licence is Apache while
the model's folder has a non-commercial LICENSE of its own, a data-recipes repository with a folder per corpus, a
framework fork under another name with the model's files added in the framework's own layout, a code link that points to
a commit rather than a branch, and a monorepo folder the card links that is not there. For each, what it means for
training code, code documentation, licences, data and the label. Each release is served by the loopback Hub (with the
base models it names, all from this same round, and their datasets and GitHub repositories) through
`test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1, §3 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table and its "What `unknown` means, and what `closed`
means", and the expert files in `../shared/reference/osai-index/`, whose `notes` are cited beside each cell: MPT,
pharia, GPT-SW, EuroLLM, Poro, Teuken, Fietje, Tulu, NeuralChat, DeepHermes, Guru, Arabic StableLM, Llama-Nemotron,
koala, OLMo, smollm, AMD OLMo, Lucie, TildeOpen, alpaca, WizardLM, Salamandra, Phi, OpenELM, Cogito, Mistral, BindWeave,
BTLM, Baguettotron, Stable Beluga). Every model, company, dataset, framework and repository is invented; no real base is
used. The real tools (transformers, TRL, PyTorch FSDP, Slurm, trafilatura, fastText) are named as themselves, without
links.

Earlier rounds had a fully open model whose code is a `/tree/main/projects/...` folder of a research monorepo (26,
Tern-1B, right at first), a bare fork of LitGPT under another name (3), a fork of an invented framework with the model's
recipe in a folder of its own (22, Anise-1B), NeMo named in prose (23), an unmodified public framework script with its
exact arguments (32, Kame-160M), an evaluation-only repository under "fully open source" (26), a repository with no
LICENSE (32) and a GitHub repository that does not exist (13). This round takes the framework and monorepo shapes where
those had not gone: the monorepo folder of a tune over a community-licensed base, beside other models' recipes and a
shared trainer; the publisher's own framework with nothing of the model's in it, its systems paper cited as if it were
the model's; a recipe folder in someone else's framework, whose README and the framework's docs/ are the documentation
and whose framework paper is only in the framework's README; a folder LICENSE that overrides the repository's; data code
in a third repository, two corpus folders of five; the fork's additions spread through upstream's own layout (configs/,
tools/, scripts/, the framework package itself) for a tune of a fully open base with part of its data withheld; a
`/tree/<commit>` and a `/blob/<commit>/...` link; and a linked folder that the repository, read in full, does not hold.

The bases (served, invented):
- plinth-lm/Plinth-1B: Apache 2.0, its one corpus on the Hub (ODC-By, a full datasheet card), its pipeline on GitHub
  with a documented README (open-source-ai-with-open-data). The base of (e) and (f).
- gable-ai/Gable-8B: the Gable Community License (a 300M monthly-active-user threshold, an acceptable-use policy
  incorporated by reference and updatable, derivatives kept under the agreement, "Built with Gable"), ungated; data and
  code not released (weights-available). The base of (a).
- dormer-lab/Dormer-3B: CC BY-NC 4.0, ungated; "a mix of public web data and licensed data", no code
  (weights-available). The base of (g).

The releases:
- (a) lintel-ai/Gable-8B-Lintel-Code: an SFT of Gable-8B under the Gable licence; the whole recipe is
  `models/gable-8b-lintel-code/` of the publisher's Apache monorepo, which also holds the shared trainer the recipe
  calls and two other models' folders (weights-available; base data closed, training code, code documentation, licences
  and datasheet partial).
- (b) bastion-ai/Bastion-2B: from scratch, data open; "trained with Rampart", the publisher's general framework, linked
  at its root, with no Bastion configuration anywhere; the framework's arXiv paper cited (open-weights; training code
  and code documentation partial, preprint closed).
- (c) cornice-nlp/Cornice-3B: from scratch, data open; the recipe is `recipes/cornice-3b/` of a third party's large,
  well-documented framework, its README documenting the run (open-source-ai-with-open-data; training code and code
  documentation open, preprint closed).
- (d) architrave-ai/Architrave-1B: Apache weights, data open; the pipeline in `projects/architrave-1b/` of an Apache
  monorepo, under that folder's own CC BY-NC 4.0 LICENSE (open-weights; training code open, licences partial).
- (e) quoin-ai/Plinth-1B-Quoin-Instruct: SFT + DPO of Plinth-1B; data code in two folders of a data-recipes repository,
  tuning code in a second repository (open-source-ai-with-open-data).
- (f) mullion-ai/Plinth-1B-Mullion-Helpdesk: an SFT of Plinth-1B with a fork of an invented framework under another
  name, the model's files added in upstream's layout; one tuning source licensed and withheld, the reason and a
  datasheet in the card (open-source-ai; training code and code documentation open, end-model data partial).
- (g) finial-ai/Dormer-3B-Finial-Chat: an SFT of Dormer-3B tagged Apache, its code linked at a commit
  (weights-available; base data closed, training code, code documentation, licences and datasheet partial).
- (h) ashlar-ai/Ashlar-2B: from scratch, data open, its code link a monorepo folder that does not exist (open-weights;
  training code and code documentation closed, not unknown).

Where the experts split, the round takes the expert file nearest the shape and says which file is on the other side (the
publisher's general framework with nothing of the model's: pharia partial, GPT-SW and EuroLLM open for a public
framework; a tune's own complete code over a base whose code is not published: Fietje, Tulu, NeuralChat and Guru
partial, DeepHermes open; licences of a community-licensed tune with open code and data: DeepHermes partial, Tulu
closed, the choice of rounds 32 and 33 kept; licences of open weights and data with no code released: BindWeave, Mistral
open, BTLM and Baguettotron partial; a framework's paper as the model's preprint: GPT-SW and MPT closed, Stable Beluga
partial for a method's). The GitHub loopback serves a repository's tree, README and licence, not the other files, so a
folder's README or LICENSE is listed and not read; each card and each repository README says in words what those files
hold (the folder LICENSE of (d) above all), as real releases do. Every file a release holds on the Hub is served except
the weights and `tokenizer.json` (listed, as rounds 31 to 33), so each cell is decided from what was read.

Written blind, before any rule changed. First run (on commit 6087470, with no uncommitted edits under `src/`: only this
file and the two wiring lines in `test_heldout_releases.py` were new; run once with `-vv`, its whole output kept):
**3 of 8 right** (lintel-ai/Gable-8B-Lintel-Code, weights-available with training code partial, not closed and not open;
quoin-ai/Plinth-1B-Quoin-Instruct, open-source-ai-with-open-data, so the data code in the two data-recipes folders
counted; finial-ai/Dormer-3B-Finial-Chat, weights-available with training code partial, not unknown, so the repository
answered at the commit its link names; the reasons of passing cases are not printed), **4 of 8 labels**,
**69 of 76 key cells**. Two labels read **more open** than the rubric, both open-source-ai-with-open-data where
open-weights was expected: bastion-ai/Bastion-2B (the publisher's general framework, with nothing of the model's in it,
taken for the model's complete code) and ashlar-ai/Ashlar-2B (other models' code in the monorepo taken for this model's,
although the linked folder does not exist). Two labels read less open (Architrave-1B, Mullion-Helpdesk). Six cells read
more open, one less. pytest cut the got-levels of the releases whose label differed; the levels below are those the
reasons state (each reason is the text opengauge gives for that level, as rounds 32 and 33 quote them). The misses, from
the assertion messages:
- bastion-ai/Bastion-2B ("trained with Rampart", the framework's root linked, no Bastion configuration in it):
  **open-source-ai-with-open-data** where open-weights was expected ("Weights under Apache License 2.0, deployment and
  training code under OSI-approved licenses, and every training dataset published under an open license."); trainingcode
  **open** where partial was expected ("Training and data-processing code are both published."): presumably the
  framework's trainer and its generic `rampart/data/` tools counted as the model's pipeline (pharia.yaml: partial); code
  **open** where partial was expected ("Every linked code repository, including the training code, is documented."):
  presumably the framework's README and docs/ counted as documentation of the model's training (pharia.yaml: "No
  specific code for training and tuning found"); preprint **open** where closed was expected ("A preprint of the model
  is archived on arXiv (2510.08817)."): the framework's systems paper, "Rampart: a simple, scalable framework for
  training language models", cited in the card's training section, was taken for the model's own. The other eight cells
  right.
- cornice-nlp/Cornice-3B (the recipe folder in a third party's framework): label right (open-source-ai-with-open-data)
  and training code and code documentation open, but preprint **partial** where closed was expected ("No preprint of the
  model itself is cited, only arXiv 2509.11842: 'Purlin: fault-tolerant training of language models at scale' (a method
  the model applies, not a paper of this model): it documents part of how the model was made, not the model."): the
  framework's paper, cited only in the framework's README (the card cites none), counted as a method's preprint
  (GPT-SW.yaml, MPT.yaml: closed). The other ten cells right.
- architrave-ai/Architrave-1B (Apache weights; the code under its folder's own CC BY-NC 4.0 LICENSE): every cell right
  (training code open, licences partial), but **weights-available** where open-weights was expected ("The weights are
  published under terms stated in the model card, whose terms are not open source: no commercial use (README.md line 50:
  "change and share the training and data-processing code for non-commercial purposes only."). The release is
  weights-available, not open."): the card's "**Licence of the code.**" paragraph, which ends "This applies to the code,
  not to the model weights, which are Apache 2.0", was read as the weights' terms (the README: "Lines about the code
  only ... declare nothing for the weights").
- mullion-ai/Plinth-1B-Mullion-Helpdesk (a fork under another name, the model's files added in upstream's layout):
  **open-weights** where open-source-ai was expected ("The weights and deployment code are released under open terms
  (Apache License 2.0), but data-processing code is missing for Open Source AI."); trainingcode partial where open was
  expected ("Training code is published but not the data-processing code."): `tools/mullion/build_public.py`,
  `harbour_anonymise.py` and `mix.py`, named in the card and the fork's README as building, anonymising and mixing the
  tuning data, were not read as data-processing code. The withheld chats' reason and the card's datasheet were read
  (end-model data partial, datasheet open); the other seven cells right.
- ashlar-ai/Ashlar-2B (the linked `projects/ashlar-2b` folder is not in the monorepo, which holds a speech recogniser,
  an image segmenter and a retriever): **open-source-ai-with-open-data** where open-weights was expected ("Weights under
  Apache License 2.0, deployment and training code under OSI-approved licenses, and every training dataset published
  under an open license."); trainingcode **open** where closed was expected ("Training and data-processing code are both
  published."): presumably the other projects' `train.py` and `prepare_data.py` counted as this model's code, the
  missing folder not noticed; code **partial** where closed was expected ("Some of the code is documented, but not every
  step from training to use."): presumably the other projects' READMEs (Cogito.yaml: "No code, so no documentation.").
  The other seven cells right.
No expectation was changed after the run.

What changed (session of 2026-12-07), each for its general cause, with near misses in
`tests/probes/test_round34_rules.py`: a link into one folder of a repository (`/tree/<ref>/<folder>`) makes that
folder the release's code, also when the monorepo itself is linked beside a folder named after the model, and a
folder the complete listing does not hold leads to no code (Ashlar-2B: open-weights, as expected); a linked folder
with a licence file of its own is not under the root's licence; a licence heading or a card line that names another
artifact ("Licence of the code", "Training code: CC BY-NC 4.0") states that artifact's terms, and "This applies to the
code, not to the model weights" keeps them off the weights (Architrave-1B no longer reads weights-available); a
script named for taking personal data out of the training data ("harbour_anonymise.py") is data-processing code
wherever it sits (Mullion: open-source-ai). 5 of 8 now; three stay `DISAGREEMENTS`, each with its reason: a general
framework linked at its root read as the model's own code (Bastion-2B, the most serious, still read more open), a
framework's method paper cited only in its README (Cornice-3B), the folder's licence the server cannot serve
(Architrave-1B, now undetermined).
"""

from __future__ import annotations

from tests.assess.heldout_releases import Dataset, HeldOut, _github, _tree, llama_config, sheet
from tests.assess.heldout_releases import YamlRelease as _Release
from tests.assess.heldout_releases import github_repo as _gh
from tests.assess.heldout_releases import hub_model as _model
from tests.servers import GitHubRepo, fake_sha

TOKENIZER_FILES: dict[str, bytes | None] = {
    "tokenizer.json": None,
    "tokenizer_config.json": b'{"add_bos_token": true, "bos_token": "<s>", "eos_token": "</s>", "model_max_length": 4096,'
    b' "tokenizer_class": "PreTrainedTokenizerFast", "chat_template": "{% for m in messages %}<|{{ m.role }}|>\\n{{ m.content }}</s>\\n{% endfor %}"}',
    "special_tokens_map.json": b'{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}',
}


def _fork(full_name: str, paths: tuple[str, ...], readme: bytes, fork_of: str) -> GitHubRepo:
    """A GitHub repository that GitHub reports as a fork of `fork_of` (`fork`, `parent`)."""
    return _github(full_name, _tree(*paths), readme=readme, fork_of=fork_of)


# --------------------------------------------------------------------------------------------------------------
# The bases.

# plinth-lm/Plinth-1B: fully open (Apache weights, its one corpus on the Hub with a datasheet card, its pipeline on
# GitHub with a documented README). The base of (e) and (f).

PLINTH_BODY = """# Plinth-1B

Plinth-1B is a 1.2B-parameter English base language model trained from scratch by Plinth LM, a non-profit lab. Its weights, its complete training data and its complete training code are released, so that every input of the model can be inspected and the model rebuilt.

## Model details

- **Developed by:** Plinth LM
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 22 layers, hidden size 2,048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,504), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 49,152
- **Language:** English
- **License:** Apache 2.0

## Uses

A base for fine-tuning and for research on pre-training and post-training. It has had no instruction or safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("plinth-lm/Plinth-1B")
model = AutoModelForCausalLM.from_pretrained("plinth-lm/Plinth-1B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("A plinth is the base on which", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [plinth-lm/plinth-corpus](https://huggingface.co/datasets/plinth-lm/plinth-corpus): 1.8T tokens of English web text, Wikipedia, public-domain books, open-access scientific articles and permissively licensed code, published in full under ODC-By 1.0 with a datasheet as its card. Nothing else was used.

## Training procedure

The whole pipeline (download, extraction, filtering, deduplication, tokenization, pre-training, evaluation) is on GitHub under Apache 2.0: [plinth-lm/plinth](https://github.com/plinth-lm/plinth).

- AdamW (beta2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 860k steps, bf16
- 64 NVIDIA H100 80GB GPUs for 12 days

## Evaluation

| Benchmark | Plinth-1B |
|---|---|
| Ashlar-QA (0-shot) | 55.4 |
| Keystone-Reasoning (5-shot) | 37.9 |
| Cornerstone-Math (4-shot) | 11.2 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## License

The weights and the code are Apache 2.0; plinth-corpus is ODC-By 1.0.
"""

PLINTH_CONFIG = llama_config(2048, 22, 16, 4, 5504, 49152, 4096, rope_theta=10000.0)

PLINTH = _model(
    "plinth-lm/Plinth-1B",
    {
        "license": "apache-2.0",
        "datasets": ["plinth-lm/plinth-corpus"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    PLINTH_BODY,
    {"config.json": PLINTH_CONFIG},
)

PLINTH_README = b"""# plinth

The complete training pipeline of Plinth-1B (https://huggingface.co/plinth-lm/Plinth-1B): building
plinth-lm/plinth-corpus from its sources, pre-training from scratch and evaluating. Everything here is Apache 2.0.

## Installation

    git clone https://github.com/plinth-lm/plinth && cd plinth
    pip install -e ".[data,train]"

## Building the corpus

Each step reads the previous step's output and writes Parquet shards; the thresholds are in the YAML files.

    python -m plinth.data.download --config configs/data/download.yaml   # Common Crawl WET, Wikipedia, Gutenberg, arXiv, code
    python -m plinth.data.extract  --config configs/data/extract.yaml
    python -m plinth.data.filter   --config configs/data/filter.yaml     # language, quality, repetition
    python -m plinth.data.dedup    --config configs/data/dedup.yaml      # MinHash across all parts
    python -m plinth.data.tokenize --config configs/data/tokenize.yaml

The output of these steps is exactly plinth-lm/plinth-corpus on the Hub. `docs/data.md` explains each filter and why
its threshold was chosen.

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 -m plinth.train --config configs/plinth-1b.yaml

`configs/plinth-1b.yaml` holds every hyperparameter of the released checkpoint; `docs/training.md` explains each one,
how to resume from a checkpoint and how to run on fewer GPUs.

## Evaluation

    python -m plinth.eval --model plinth-lm/Plinth-1B --tasks all

## License

Apache 2.0.
"""

PLINTH_GITHUB = _gh(
    "plinth-lm/plinth",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/data.md",
        "docs/training.md",
        "configs/data/download.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/plinth-1b.yaml",
        "plinth/model.py",
        "plinth/train.py",
        "plinth/data/download.py",
        "plinth/data/extract.py",
        "plinth/data/filter.py",
        "plinth/data/dedup.py",
        "plinth/data/tokenize.py",
        "plinth/eval.py",
    ),
    PLINTH_README,
)

PLINTH_CORPUS_CARD = sheet(
    "odc-by",
    "Plinth Corpus",
    ["en"],
    {
        "Motivation": "Plinth Corpus is the complete training data (1.8T tokens) of Plinth-1B. We publish it in full so "
        "that anyone can inspect what the model learned from and reproduce or extend its training. It was built by "
        "Plinth LM, a non-profit lab funded by public research grants.",
        "Composition": "English web pages (76% of the tokens), English Wikipedia (4%), public-domain books (6%), "
        "open-access scientific articles (4%) and source code under permissive licences (10%), one record per document "
        "with `id`, `source`, `url`, `license` and `text` fields, in 2,600 zstd-compressed Parquet shards. It contains no "
        "text generated by a model.",
        "Collection Process": "Web pages come from 20 Common Crawl snapshots (2019 to 2025) downloaded from Common "
        "Crawl's public bucket; Wikipedia from the dump of 1 May 2025; books from Project Gutenberg; articles from arXiv "
        "and PubMed Central's open-access subset under CC BY or CC0; code from public GitHub repositories whose licence is "
        "MIT, BSD or Apache 2.0, after honouring opt-out requests. Nothing was bought or licensed.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition "
        "and boilerplate filters; a quality classifier keeping the top 40% of web pages; MinHash deduplication across all "
        "parts; e-mail addresses, phone numbers and IP addresses masked. Each step is a module of "
        "github.com/plinth-lm/plinth, with its thresholds in the configuration files.",
        "Known Biases and Limitations": "The web part over-represents North American and British sources; the quality "
        "classifier under-selects informal and dialectal English; the books are mostly from before 1930 and carry that "
        "period's views. Personal data may remain despite the masking.",
        "Uses": "Pre-training language models and research on pre-training data. Not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Plinth LM; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

PLINTH_DATASET = Dataset("plinth-lm/plinth-corpus", "odc-by", PLINTH_CORPUS_CARD)

# gable-ai/Gable-8B: a community licence with a user threshold and a use policy by reference; data and code not
# released. The base of (a).

GABLE_LICENSE = b"""GABLE COMMUNITY LICENSE AGREEMENT
Gable-8B Version Release Date: 14 January 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Gable Materials
set out here. "Gable AI", "we" or "us" means Gable AI GmbH, Leipzig, Germany. "Gable Materials" means, collectively, the
Gable-8B model weights, inference code and documentation that Gable AI makes available under this Agreement. "You" means
the individual or entity exercising rights under this Agreement.

By clicking "I Accept" below, or by using or distributing any part or element of the Gable Materials, you agree to be
bound by this Agreement.

1. License Rights and Redistribution.
a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Gable AI's intellectual property embodied in the Gable Materials to use, reproduce, distribute, copy, create derivative
works of, and make modifications to the Gable Materials.
b. Redistribution and Use. If you distribute or make available the Gable Materials, or a derivative work of them
(including any model fine-tuned, distilled, quantized or merged from them), or a product or service that uses any of
them, you shall (i) provide a copy of this Agreement with it; (ii) prominently display "Built with Gable" on a related
website, user interface, blogpost, about page or product documentation; and (iii) distribute any such derivative model
only under the terms of this Agreement.
c. Your use of the Gable Materials must comply with applicable laws and regulations and adhere to the Gable Acceptable
Use Policy (https://gable.ai/acceptable-use-policy), which is hereby incorporated by reference into this Agreement.
Gable AI may update the Acceptable Use Policy from time to time.

2. Additional Commercial Terms. If, on the Gable-8B Version Release Date, the monthly active users of the products or
services made available by or for you, or your affiliates, is greater than 300 million monthly active users in the
preceding calendar month, you must request a license from Gable AI, which Gable AI may grant to you in its sole
discretion, and you are not authorized to exercise any of the rights under this Agreement unless or until Gable AI
otherwise expressly grants you such rights.

3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE GABLE MATERIALS AND ANY OUTPUT AND RESULTS THEREFROM
ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND.

4. Limitation of Liability. IN NO EVENT WILL GABLE AI BE LIABLE UNDER ANY THEORY OF LIABILITY FOR ANY LOST PROFITS OR
ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

5. Term and Termination. This Agreement commences upon your acceptance or access to the Gable Materials and continues
until terminated. Gable AI may terminate this Agreement if you are in breach of any of its terms. Upon termination, you
shall delete and cease use of the Gable Materials.

6. Governing Law and Jurisdiction. This Agreement is governed by the laws of Germany; the courts of Leipzig have
exclusive jurisdiction.
"""

GABLE_BODY = """# Gable-8B

Gable-8B is an 8B-parameter base language model by Gable AI (Leipzig) for English and German, pre-trained from scratch.

## Model details

- **Developed by:** Gable AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Architecture:** 32 layers, hidden size 4,096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm, rotary position embeddings (theta = 500,000); context length 8,192; vocabulary 131,072
- **Languages:** English, German, programming languages
- **License:** Gable Community License (`LICENSE`)

## Training data

Gable-8B was pre-trained on 12T tokens of publicly available web data, code, books and licensed data. The training data is not released, and neither is the training code.

## Uses and limitations

A base for fine-tuning and research. It has no safety tuning and can produce false or offensive text.

## License

Gable-8B is released under the Gable Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy and applies to every model derived from Gable-8B.
"""

GABLE_CONFIG = llama_config(4096, 32, 32, 8, 14336, 131072, 8192)

GABLE = _model(
    "gable-ai/Gable-8B",
    {
        "license": "other",
        "license_name": "gable-community-license",
        "license_link": "LICENSE",
        "language": ["en", "de", "code"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    GABLE_BODY,
    {"LICENSE": GABLE_LICENSE, "config.json": GABLE_CONFIG},
)

# dormer-lab/Dormer-3B: non-commercial, data described in one sentence, no code. The base of (g).

DORMER_BODY = """# Dormer-3B

Dormer-3B is a 3B-parameter English base language model by Dormer Lab, released for non-commercial use.

## Model details

- **Developed by:** Dormer Lab
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 28 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, context length 8,192; vocabulary 64,000
- **Language:** English
- **License:** CC BY-NC 4.0

## Training data

Dormer-3B was pre-trained on 5T tokens from a mix of public web data and licensed data.

## Limitations

It can produce false, biased or offensive text and has no safety tuning.

## License

Dormer-3B is released under the Creative Commons Attribution-NonCommercial 4.0 International licence: you may not use it, or models built on it, for commercial purposes.
"""

DORMER_CONFIG = llama_config(3072, 28, 24, 8, 8192, 64000, 8192, rope_theta=100000.0)

DORMER = _model(
    "dormer-lab/Dormer-3B",
    {
        "license": "cc-by-nc-4.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    DORMER_BODY,
    {"config.json": DORMER_CONFIG},
)


# --------------------------------------------------------------------------------------------------------------
# (a) lintel-ai/Gable-8B-Lintel-Code: the whole recipe in one folder of the publisher's research monorepo, linked by a
# /tree/main/models/... address; the monorepo also holds the shared trainer and two other models' folders.

LINTEL_FOLDER = "https://github.com/lintel-ai/lintel/tree/main/models/gable-8b-lintel-code"

LINTEL_CARD = f"""# Gable-8B-Lintel-Code

Gable-8B-Lintel-Code is a coding assistant: [Gable-8B](https://huggingface.co/gable-ai/Gable-8B) after full-parameter supervised fine-tuning on 300k code-editing tasks mined from the history of permissively licensed repositories. It is strongest at editing existing code from a short instruction ("rename this argument everywhere", "add a retry to this call").

## Model details

- **Developed by:** Lintel AI
- **Base model:** [gable-ai/Gable-8B](https://huggingface.co/gable-ai/Gable-8B)
- **Model type:** decoder-only transformer; full-parameter SFT
- **Architecture:** unchanged from Gable-8B (32 layers, hidden size 4,096, 32 query heads and 8 key-value heads, context length 8,192)
- **Languages:** English instructions; Python, TypeScript, Go, Rust, Java and C
- **License:** Gable Community License (`LICENSE`), as Gable-8B requires of its derivatives

## Uses

Editing and refactoring code from an instruction, explaining diffs, writing commit messages. Research on code-editing models.

### Out-of-scope use

Writing security-critical code without review; anything the Gable Acceptable Use Policy forbids.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("lintel-ai/Gable-8B-Lintel-Code")
model = AutoModelForCausalLM.from_pretrained("lintel-ai/Gable-8B-Lintel-Code", torch_dtype="auto")
msgs = [{{"role": "user", "content": "Add type hints to this function:\\n\\ndef area(w, h):\\n    return w * h"}}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=256)[0]))
```

## Training data

All of the fine-tuning data is [lintel-ai/lintel-code-edits-300k](https://huggingface.co/datasets/lintel-ai/lintel-code-edits-300k) (ODC-By 1.0, with a datasheet as its card): 300k (instruction, code before, code after) triples built from single-purpose commits of MIT-, BSD- and Apache-licensed GitHub repositories, each commit message rewritten as an instruction by our annotators. Gable-8B's own pre-training data is not released by Gable AI.

## Training procedure

The complete recipe is one folder of our research monorepo: [`models/gable-8b-lintel-code`]({LINTEL_FOLDER}) in [lintel-ai/lintel](https://github.com/lintel-ai/lintel). It holds:

- `data/`: the scripts that built lintel-code-edits-300k: commit mining (`mine_commits.py`), licence filtering (`filter_licenses.py`), near-duplicate removal (`dedup.py`), benchmark decontamination (`decontaminate.py`) and the final assembly (`build_sft.py`);
- `configs/sft.yaml`: every hyperparameter of the released checkpoint;
- `launch/sft.sbatch`: the Slurm script we ran;
- `eval/run_evals.py`: the evaluation below.

The training loop itself is the monorepo's shared trainer, `libs/lintel_train`, which the folder's config calls. The folder's README walks through rebuilding the data and reproducing the run.

Hyperparameters: 2 epochs, learning rate 1e-5 with cosine decay, batch size 256, 8,192-token packed sequences, loss on the response tokens only; 32 NVIDIA H100 80GB GPUs for 19 hours.

## Evaluation

| Benchmark | Gable-8B (base) | Gable-8B-Lintel-Code |
|---|---|---|
| Edit-Bench (exact match) | 21.7 | 48.3 |
| Refactor-Eval (tests pass) | 30.2 | 55.9 |
| Commit-Msg (human preference vs. base) | 50.0 | 71.4 |

## Limitations

It edits confidently even when the instruction is ambiguous, rarely asks for clarification, and is weak on languages outside the six above. The training commits over-represent web and tooling projects.

## Environmental impact

About 610 H100 GPU hours; we estimate 0.17 t CO2e.

## Citation

```bibtex
@misc{{lintel2026code,
  title  = {{Gable-8B-Lintel-Code}},
  author = {{{{Lintel AI}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/lintel-ai/Gable-8B-Lintel-Code}}
}}
```

## License

Gable-8B-Lintel-Code is a derivative of Gable-8B and is distributed under the Gable Community License Agreement (`LICENSE`), which incorporates the Gable Acceptable Use Policy. Built with Gable. The dataset is ODC-By 1.0; the monorepo's code is Apache 2.0.
"""

LINTEL_META = {
    "license": "other",
    "license_name": "gable-community-license",
    "license_link": "LICENSE",
    "base_model": "gable-ai/Gable-8B",
    "datasets": ["lintel-ai/lintel-code-edits-300k"],
    "language": ["en", "code"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["code", "sft"],
}

LINTEL_README = b"""# lintel

Lintel AI's research monorepo: the shared training and data libraries, and one folder per released model with
everything that made it. Apache 2.0.

## Layout

| Path | What it is |
|---|---|
| `libs/lintel_train/` | the shared trainer: FSDP, activation checkpointing, packed-sequence loader, checkpointing, losses |
| `libs/lintel_data/` | shared data tools: MinHash deduplication, shard readers and writers, n-gram decontamination |
| `models/lintel-1b-base/` | Lintel-1B-Base, our from-scratch 1B model: crawl, filters, pre-training config and launch scripts |
| `models/lintel-rerank/` | Lintel-Rerank, a cross-encoder reranker: data and training script |
| `models/gable-8b-lintel-code/` | Gable-8B-Lintel-Code, our code-editing fine-tune of Gable-8B: data scripts, SFT config, launch, evaluation |
| `docs/` | how the trainer, the data tools and our cluster set-up work |

Every model folder has a README that says how to rebuild its data and reproduce its run, and which checkpoint on
the Hugging Face Hub it produced.

## Installation

    git clone https://github.com/lintel-ai/lintel && cd lintel
    pip install -e "libs/lintel_train" -e "libs/lintel_data"

## Running a model's recipe

    cd models/<model>
    bash data/build.sh            # or the data scripts one by one, as the folder's README lists them
    sbatch launch/<stage>.sbatch  # calls python -m lintel_train --config configs/<stage>.yaml

`docs/trainer.md` documents every configuration key of the trainer; `docs/data.md` the data tools; `docs/cluster.md`
the Slurm and container set-up the launch scripts assume.

## Tests

    pytest libs/

## License

Apache 2.0 for the whole repository. The models themselves are under the licences their Hub cards give.
"""

LINTEL_GITHUB = _gh(
    "lintel-ai/lintel",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/trainer.md",
        "docs/data.md",
        "docs/cluster.md",
        "libs/lintel_train/pyproject.toml",
        "libs/lintel_train/lintel_train/__init__.py",
        "libs/lintel_train/lintel_train/__main__.py",
        "libs/lintel_train/lintel_train/trainer.py",
        "libs/lintel_train/lintel_train/fsdp.py",
        "libs/lintel_train/lintel_train/loader.py",
        "libs/lintel_train/lintel_train/checkpoint.py",
        "libs/lintel_train/lintel_train/losses.py",
        "libs/lintel_train/tests/test_trainer.py",
        "libs/lintel_data/pyproject.toml",
        "libs/lintel_data/lintel_data/__init__.py",
        "libs/lintel_data/lintel_data/minhash.py",
        "libs/lintel_data/lintel_data/shards.py",
        "libs/lintel_data/lintel_data/decontam.py",
        "libs/lintel_data/tests/test_minhash.py",
        "models/lintel-1b-base/README.md",
        "models/lintel-1b-base/configs/pretrain.yaml",
        "models/lintel-1b-base/data/crawl.py",
        "models/lintel-1b-base/data/filter.py",
        "models/lintel-1b-base/data/dedup.py",
        "models/lintel-1b-base/data/tokenize.py",
        "models/lintel-1b-base/launch/pretrain.sbatch",
        "models/lintel-rerank/README.md",
        "models/lintel-rerank/configs/rerank.yaml",
        "models/lintel-rerank/data/mine_pairs.py",
        "models/lintel-rerank/train_rerank.py",
        "models/gable-8b-lintel-code/README.md",
        "models/gable-8b-lintel-code/configs/sft.yaml",
        "models/gable-8b-lintel-code/data/build.sh",
        "models/gable-8b-lintel-code/data/mine_commits.py",
        "models/gable-8b-lintel-code/data/filter_licenses.py",
        "models/gable-8b-lintel-code/data/dedup.py",
        "models/gable-8b-lintel-code/data/decontaminate.py",
        "models/gable-8b-lintel-code/data/build_sft.py",
        "models/gable-8b-lintel-code/launch/sft.sbatch",
        "models/gable-8b-lintel-code/eval/run_evals.py",
    ),
    LINTEL_README,
)

LINTEL_EDITS_CARD = sheet(
    "odc-by",
    "Lintel Code Edits 300k",
    ["en"],
    {
        "Motivation": "The supervised fine-tuning data of Gable-8B-Lintel-Code: code-editing tasks taken from real "
        "single-purpose commits, so that the model learns the edits developers actually make. Lintel AI built it and "
        "paid for the annotation.",
        "Composition": "300,000 records with `id`, `repo`, `commit`, `license`, `language`, `instruction`, `before` and "
        "`after` fields; Python 38%, TypeScript 21%, Go 13%, Rust 10%, Java 10%, C 8%. The code is as the commit left it; "
        "the instructions are written by people.",
        "Collection Process": "Commits were mined from 41,000 public GitHub repositories whose licence is MIT, BSD or "
        "Apache 2.0 (the licence at the commit, not today's), keeping commits that change one function or one file and "
        "whose message states one purpose. 52 annotators, paid above the local living wage, rewrote each commit message "
        "as an instruction between October and December 2025.",
        "Preprocessing": "Licence filter on the repository's licence file at the commit; MinHash near-duplicate removal "
        "on the (before, after) pairs; removal of commits touching files that appear in Edit-Bench or Refactor-Eval "
        "(n-gram matching); secrets and e-mail addresses masked. The scripts are in models/gable-8b-lintel-code/data of "
        "github.com/lintel-ai/lintel.",
        "Known Biases and Limitations": "Web and tooling projects dominate; edits are small by construction, so "
        "multi-file refactors are missing.",
        "Uses": "Fine-tuning and evaluating code-editing models.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; each code snippet keeps the licence "
        "of its repository, recorded in the `license` field.",
        "Maintenance": "Maintained by Lintel AI; opt-out requests by repository owners are applied in the next version.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (b) bastion-ai/Bastion-2B: "trained with Rampart, our open-source training framework", a link to the framework's
# root; Rampart is general (no Bastion config, launch script or data recipe anywhere in it).

BASTION_CARD = """# Bastion-2B

Bastion-2B is a 2.3B-parameter English and code base language model by Bastion AI, trained from scratch. Its weights and its training data are released under open licences.

## Model details

- **Developed by:** Bastion AI
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 26 layers, hidden size 2,304, 18 attention heads with 6 key-value heads, SwiGLU (6,144), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 65,536
- **Languages:** English, programming languages
- **License:** Apache 2.0

## Uses

A base for fine-tuning, and research on small language models. It has no instruction or safety tuning.

### Out-of-scope use

Chat or any use that needs reliable facts or safe behaviour without further tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("bastion-ai/Bastion-2B")
model = AutoModelForCausalLM.from_pretrained("bastion-ai/Bastion-2B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("def fibonacci(n):", return_tensors="pt"), max_new_tokens=64)[0]))
```

## Training data

All of the training data is [bastion-ai/bastion-web-2t](https://huggingface.co/datasets/bastion-ai/bastion-web-2t): 2.1T tokens of filtered English web text (82%) and permissively licensed code (18%), published in full under ODC-By 1.0 with a datasheet as its card.

## Training procedure

Bastion-2B was trained with [Rampart](https://github.com/bastion-ai/rampart), Bastion AI's open-source (Apache 2.0) training framework for language models, which handles data loading, FSDP and tensor parallelism, mixed precision and checkpointing. Rampart is described in our systems paper ([arXiv:2510.08817](https://arxiv.org/abs/2510.08817)).

- AdamW (beta2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warm-up 2,000 steps, then a warmup-stable-decay schedule; 2M-token batches for 1M steps; bf16
- 128 NVIDIA H100 80GB GPUs for 9 days

## Evaluation

| Benchmark | Bastion-2B |
|---|---|
| Ashlar-QA (0-shot) | 58.8 |
| Keystone-Reasoning (5-shot) | 40.3 |
| Spandrel-Code (pass@1) | 24.6 |

## Limitations

It writes fluent but often false text, reproduces the biases of its web data, and its code can be insecure.

## Environmental impact

About 27,600 H100 GPU hours; we estimate 7.4 t CO2e.

## Citation

```bibtex
@misc{bastion2026,
  title  = {Bastion-2B},
  author = {{Bastion AI}},
  year   = {2026},
  url    = {https://huggingface.co/bastion-ai/Bastion-2B}
}
```

## License

Apache 2.0. bastion-web-2t is ODC-By 1.0; Rampart is Apache 2.0.
"""

BASTION_META = {
    "license": "apache-2.0",
    "datasets": ["bastion-ai/bastion-web-2t"],
    "language": ["en", "code"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

BASTION_CONFIG = llama_config(2304, 26, 18, 6, 6144, 65536, 4096, rope_theta=10000.0)

RAMPART_README = b"""# Rampart

Rampart is a PyTorch framework for training language models from 100M to 70B parameters on one GPU or a few
thousand. It is developed by Bastion AI and released under Apache 2.0.

- Dense and mixture-of-experts decoder models (`rampart/models/`), with Llama-, Mistral- and GPT-style blocks
- FSDP, tensor and pipeline parallelism, activation checkpointing and FP8 / bf16 mixed precision
  (`rampart/parallel/`)
- Streaming, resumable data loading from Parquet, JSONL or pre-tokenized shards, with on-the-fly packing
  (`rampart/data/`)
- Generic data tools: tokenization, exact and MinHash deduplication, heuristic quality filters
- Asynchronous sharded checkpointing with conversion to and from Hugging Face transformers
- Evaluation hooks for the common harnesses

## Installation

    pip install rampart-lm            # or: git clone https://github.com/bastion-ai/rampart && pip install -e .

## Quick start

Train a 124M-parameter GPT-style model on a small public dataset on one GPU:

    rampart train --config examples/gpt2-124m/config.yaml

and a debug model on CPU, to check an installation:

    rampart train --config examples/tiny-debug/config.yaml

A configuration is one YAML file with five sections (`model`, `data`, `optimizer`, `schedule`, `parallel`); every
key, its default and its effect are in `docs/config.md`. Multi-node runs use `torchrun` or the Slurm launcher
described in `docs/parallelism.md`.

## Fine-tuning

    rampart finetune --config examples/finetune-lora/config.yaml --init hf:<model>

full-parameter or LoRA, from any checkpoint Rampart or transformers can load.

## Documentation

The documentation is in `docs/`: installation (`docs/install.md`), configuration reference (`docs/config.md`), data
loading and the data tools (`docs/data.md`), parallelism and launching (`docs/parallelism.md`), checkpoints and
conversion (`docs/checkpointing.md`), evaluation (`docs/eval.md`) and a FAQ (`docs/faq.md`). The design is
described in the Rampart paper (arXiv:2510.08817).

## Contributing

Issues and pull requests are welcome; run `pytest tests/` and `ruff check` before opening one. New model
architectures go in `rampart/models/` with a test in `tests/models/`.

## Citing

    @misc{rampart2025,
      title  = {Rampart: a simple, scalable framework for training language models},
      author = {{Bastion AI}},
      year   = {2025},
      eprint = {2510.08817},
      archivePrefix = {arXiv}
    }

## License

Apache 2.0.
"""

RAMPART_GITHUB = _gh(
    "bastion-ai/rampart",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "CONTRIBUTING.md",
        "docs/install.md",
        "docs/config.md",
        "docs/data.md",
        "docs/parallelism.md",
        "docs/checkpointing.md",
        "docs/eval.md",
        "docs/faq.md",
        "rampart/__init__.py",
        "rampart/cli.py",
        "rampart/config.py",
        "rampart/trainer.py",
        "rampart/finetune.py",
        "rampart/optim.py",
        "rampart/checkpoint.py",
        "rampart/convert.py",
        "rampart/eval.py",
        "rampart/models/llama.py",
        "rampart/models/mistral.py",
        "rampart/models/gpt.py",
        "rampart/models/moe.py",
        "rampart/parallel/fsdp.py",
        "rampart/parallel/tensor.py",
        "rampart/parallel/pipeline.py",
        "rampart/data/loader.py",
        "rampart/data/packing.py",
        "rampart/data/tokenize.py",
        "rampart/data/dedup.py",
        "rampart/data/filters.py",
        "examples/gpt2-124m/config.yaml",
        "examples/tiny-debug/config.yaml",
        "examples/finetune-lora/config.yaml",
        "tests/test_trainer.py",
        "tests/test_data.py",
        "tests/models/test_llama.py",
    ),
    RAMPART_README,
)

BASTION_WEB_CARD = sheet(
    "odc-by",
    "Bastion Web 2T",
    ["en"],
    {
        "Motivation": "Bastion Web 2T is the complete pre-training data of Bastion-2B, published so that the model's "
        "training data can be inspected and reused. Bastion AI built it.",
        "Composition": "2.1T tokens: English web pages (82%) and source code from permissively licensed repositories "
        "(18%, 30 programming languages). One record per document with `id`, `source`, `url`, `license` and `text`, in "
        "2,900 Parquet shards. No model-generated text.",
        "Collection Process": "Web pages from 16 Common Crawl snapshots (2021 to 2025), read from Common Crawl's public "
        "bucket; code from public GitHub repositories whose licence is MIT, BSD, ISC or Apache 2.0, as of July 2025, "
        "after honouring opt-outs. Nothing was bought or licensed.",
        "Preprocessing": "HTML to text extraction; English kept above a language-identification score of 0.7; "
        "heuristic quality filters (line length, symbol ratio, repetition, stop-word presence); MinHash deduplication "
        "within and across snapshots; e-mail addresses and IP addresses masked; code files over 1 MB or auto-generated "
        "dropped.",
        "Known Biases and Limitations": "The web part over-represents commercial and North American sites; the "
        "heuristic filters remove some non-standard English.",
        "Uses": "Pre-training language models; research on pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; code files keep their own licences.",
        "Maintenance": "Maintained by Bastion AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (c) cornice-nlp/Cornice-3B: the recipe is one folder, recipes/cornice-3b/, of a third party's large and well
# documented training framework (purlin-ml/purlin); the folder's README documents the run.

CORNICE_FOLDER = "https://github.com/purlin-ml/purlin/tree/main/recipes/cornice-3b"

CORNICE_CARD = f"""# Cornice-3B

Cornice-3B is a 3.1B-parameter base language model for English, French and Italian, trained from scratch by Cornice NLP, a university spin-off in Lyon. The weights, the training data and the training recipe are all released under open licences.

## Model details

- **Developed by:** Cornice NLP
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 28 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, SwiGLU (8,192), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 65,536
- **Languages:** English, French, Italian
- **License:** Apache 2.0

## Uses

A base for fine-tuning in English, French and Italian, and research on multilingual pre-training.

### Out-of-scope use

Use as a chat assistant without further tuning; decisions about people.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("cornice-nlp/Cornice-3B")
model = AutoModelForCausalLM.from_pretrained("cornice-nlp/Cornice-3B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("La corniche est", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [cornice-nlp/cornice-mix](https://huggingface.co/datasets/cornice-nlp/cornice-mix): 3.4T tokens of English, French and Italian web text, Wikipedia, public-domain books and parliamentary proceedings, and permissively licensed code, published in full under ODC-By 1.0 with a datasheet as its card.

## Training procedure

Cornice-3B was trained with [Purlin](https://github.com/purlin-ml/purlin), an open-source (Apache 2.0) training framework. Our complete recipe is contributed to Purlin as [`recipes/cornice-3b`]({CORNICE_FOLDER}):

| File | What it does |
|---|---|
| `prepare_data.py` | downloads the sources and runs Purlin's extraction, language-identification and quality filters with our thresholds |
| `dedup.py` | MinHash deduplication across languages and sources |
| `data.yaml` | the mixture weights and the shard list of cornice-mix |
| `pretrain.yaml` | every hyperparameter of the main run |
| `anneal.yaml` | the final annealing stage on the high-quality subset |
| `launch.slurm` | the Slurm script for 16 nodes of 8 GPUs |
| `eval.yaml` | the evaluation suite below |

The folder's README documents the run step by step: the commands, the expected outputs of each data step, the loss curve, the two restarts we made and why, and how to reproduce the model on fewer GPUs. Purlin's own documentation covers the framework.

- AdamW (beta2 = 0.95, weight decay 0.1), peak learning rate 3e-4, cosine schedule, 4M-token batches for 800k steps, then 40k annealing steps on the high-quality subset; bf16
- 128 NVIDIA H100 80GB GPUs for 17 days

## Evaluation

| Benchmark | Cornice-3B |
|---|---|
| Ashlar-QA (en, 0-shot) | 62.0 |
| Ashlar-QA (fr, 0-shot) | 57.1 |
| Ashlar-QA (it, 0-shot) | 55.8 |
| Keystone-Reasoning (5-shot) | 44.9 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data; its Italian is weaker than its English and French.

## Environmental impact

About 52,000 H100 GPU hours on a cluster powered mostly by nuclear and hydroelectric power; we estimate 2.9 t CO2e.

## Citation

```bibtex
@misc{{cornice2026,
  title  = {{Cornice-3B}},
  author = {{{{Cornice NLP}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/cornice-nlp/Cornice-3B}}
}}
```

## License

Apache 2.0. cornice-mix is ODC-By 1.0; Purlin and the recipe are Apache 2.0.
"""

CORNICE_META = {
    "license": "apache-2.0",
    "datasets": ["cornice-nlp/cornice-mix"],
    "language": ["en", "fr", "it"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

CORNICE_CONFIG = llama_config(3072, 28, 24, 8, 8192, 65536, 8192)

PURLIN_README = b"""# Purlin

Purlin is an open-source framework for pre-training, continued pre-training and fine-tuning language models at any
scale, maintained by Purlin ML and more than 200 contributors. Apache 2.0.

## Features

- Model zoo: dense decoders (Llama-, Mistral-, Qwen- and GPT-style), mixture-of-experts, encoder-decoders and
  state-space hybrids, all in `purlin/models/`
- 3D parallelism (FSDP2, tensor, pipeline), context parallelism for long sequences, FP8 training
- A data layer that streams and packs tokenized shards, and data-preparation tools for extraction, language
  identification, heuristic and model-based quality filters, exact and fuzzy deduplication and PII masking
  (`purlin/data/`)
- Fault-tolerant training: asynchronous checkpoints, automatic restarts, straggler detection
- Export to Hugging Face transformers, GGUF and vLLM

## Installation

    pip install purlin            # or from source:
    git clone https://github.com/purlin-ml/purlin && cd purlin && pip install -e ".[all]"

## Getting started

    purlin pretrain --config recipes/tutorial-125m/pretrain.yaml
    purlin finetune --config recipes/tutorial-125m/sft.yaml

The tutorial (`docs/tutorial.md`) trains a 125M-parameter model in an hour on one GPU and explains each part of a
configuration on the way.

## Recipes

`recipes/` holds complete, reproducible recipes, one folder per model, contributed by the teams that trained those
models with Purlin: data preparation scripts, configurations, launch scripts and evaluation, with a README that
documents the run. A recipe is accepted when a maintainer has reproduced its first 1,000 steps. See
`docs/recipes.md` for how to contribute one.

## Documentation

Everything is documented in `docs/` and on the documentation site built from it:

- `docs/install.md`: installation, containers, supported hardware
- `docs/tutorial.md`: the one-hour tutorial
- `docs/config.md`: every configuration key, its default and its effect
- `docs/data.md`: the data layer and each data-preparation tool, with the meaning of every threshold
- `docs/parallelism.md`: choosing a parallel layout; launching with torchrun, Slurm and Kubernetes
- `docs/checkpointing.md`: checkpoint formats, resuming, conversion
- `docs/finetuning.md`: SFT, DPO and LoRA
- `docs/eval.md`: evaluation hooks and the harnesses they call
- `docs/recipes.md`: the recipe format and how to contribute one
- `docs/troubleshooting.md`: loss spikes, NaNs, hangs, slow nodes
- `docs/api/`: the API reference, generated from the docstrings

## Design

The design of Purlin's data layer and its fault-tolerance mechanisms is described in our paper:

    @misc{purlin2025,
      title  = {Purlin: fault-tolerant training of language models at scale},
      author = {{Purlin ML}},
      year   = {2025},
      eprint = {2509.11842},
      archivePrefix = {arXiv}
    }

## Community

Questions go to the discussion forum; bugs to the issue tracker. We review pull requests within a week. The
maintainers meet every other Thursday; notes are in `docs/community.md`.

## License

Apache 2.0. Recipes are contributed under the same licence.
"""

PURLIN_GITHUB = _gh(
    "purlin-ml/purlin",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "CONTRIBUTING.md",
        "docs/install.md",
        "docs/tutorial.md",
        "docs/config.md",
        "docs/data.md",
        "docs/parallelism.md",
        "docs/checkpointing.md",
        "docs/finetuning.md",
        "docs/eval.md",
        "docs/recipes.md",
        "docs/troubleshooting.md",
        "docs/community.md",
        "docs/api/index.md",
        "docs/api/trainer.md",
        "docs/api/data.md",
        "purlin/__init__.py",
        "purlin/cli.py",
        "purlin/config.py",
        "purlin/trainer.py",
        "purlin/finetune.py",
        "purlin/dpo.py",
        "purlin/optim.py",
        "purlin/checkpoint.py",
        "purlin/export.py",
        "purlin/models/llama.py",
        "purlin/models/mistral.py",
        "purlin/models/qwen.py",
        "purlin/models/moe.py",
        "purlin/models/t5.py",
        "purlin/models/hybrid.py",
        "purlin/parallel/fsdp.py",
        "purlin/parallel/tensor.py",
        "purlin/parallel/pipeline.py",
        "purlin/parallel/context.py",
        "purlin/data/loader.py",
        "purlin/data/packing.py",
        "purlin/data/extract.py",
        "purlin/data/langid.py",
        "purlin/data/quality.py",
        "purlin/data/dedup.py",
        "purlin/data/pii.py",
        "purlin/data/tokenize.py",
        "recipes/tutorial-125m/README.md",
        "recipes/tutorial-125m/pretrain.yaml",
        "recipes/tutorial-125m/sft.yaml",
        "recipes/cornice-3b/README.md",
        "recipes/cornice-3b/prepare_data.py",
        "recipes/cornice-3b/dedup.py",
        "recipes/cornice-3b/data.yaml",
        "recipes/cornice-3b/pretrain.yaml",
        "recipes/cornice-3b/anneal.yaml",
        "recipes/cornice-3b/launch.slurm",
        "recipes/cornice-3b/eval.yaml",
        "recipes/soffit-7b/README.md",
        "recipes/soffit-7b/prepare_data.py",
        "recipes/soffit-7b/pretrain.yaml",
        "recipes/soffit-7b/launch.slurm",
        "recipes/eave-moe-16b/README.md",
        "recipes/eave-moe-16b/pretrain.yaml",
        "recipes/eave-moe-16b/launch.slurm",
        "recipes/gutter-1b-code/README.md",
        "recipes/gutter-1b-code/prepare_data.py",
        "recipes/gutter-1b-code/pretrain.yaml",
        "tests/test_trainer.py",
        "tests/test_data.py",
        "tests/test_recipes.py",
    ),
    PURLIN_README,
)

CORNICE_MIX_CARD = sheet(
    "odc-by",
    "Cornice Mix",
    ["en", "fr", "it"],
    {
        "Motivation": "Cornice Mix is the complete training data (3.4T tokens) of Cornice-3B, published so that the "
        "model's training data can be inspected and the model reproduced. Cornice NLP built it with public research "
        "funding.",
        "Composition": "Web text (English 41%, French 22%, Italian 15%), Wikipedia in the three languages (3%), "
        "public-domain books (5%), the proceedings of the French, Italian and European parliaments (2%) and code from "
        "permissively licensed repositories (12%). One record per document with `id`, `lang`, `source`, `url`, "
        "`license` and `text`.",
        "Collection Process": "Web pages from 18 Common Crawl snapshots (2020 to 2025); Wikipedia dumps of 1 March 2025; "
        "books from Project Gutenberg, Liber Liber and Gallica's public-domain collection; parliamentary proceedings "
        "from the parliaments' open-data portals (Etalab Open Licence 2.0, CC BY 4.0); code from public GitHub "
        "repositories under MIT, BSD or Apache 2.0 licences. Nothing was bought or licensed.",
        "Preprocessing": "Text extraction, language identification (kept above 0.7), heuristic and classifier-based "
        "quality filtering and PII masking with Purlin's data tools at the thresholds of recipes/cornice-3b/"
        "prepare_data.py; MinHash deduplication across languages with recipes/cornice-3b/dedup.py; the high-quality "
        "subset used for annealing is the top 10% by classifier score.",
        "Known Biases and Limitations": "French and Italian web text is smaller and noisier than English; the books "
        "are mostly from before 1930; parliamentary text gives a formal register more weight than it has in speech.",
        "Uses": "Pre-training and research on multilingual pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms and code files keep their licences.",
        "Maintenance": "Maintained by Cornice NLP; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (d) architrave-ai/Architrave-1B: Apache weights; the training code is in projects/architrave-1b/ of the publisher's
# monorepo, whose top-level LICENSE is Apache 2.0 (GitHub reports Apache-2.0), but the folder has a LICENSE of its own,
# CC BY-NC 4.0, which the card and the monorepo's README both state.

ARCHITRAVE_FOLDER = "https://github.com/architrave-ai/architrave/tree/main/projects/architrave-1b"

ARCHITRAVE_CARD = f"""# Architrave-1B

Architrave-1B is a 1.1B-parameter English base language model by Architrave AI, trained from scratch on an openly licensed corpus.

## Model details

- **Developed by:** Architrave AI
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 20 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, SwiGLU (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License (weights):** Apache 2.0

## Uses

A base for fine-tuning and research on small language models.

### Out-of-scope use

Chat without further tuning; any use that needs reliable facts.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("architrave-ai/Architrave-1B")
model = AutoModelForCausalLM.from_pretrained("architrave-ai/Architrave-1B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("An architrave rests on", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [architrave-ai/architrave-corpus](https://huggingface.co/datasets/architrave-ai/architrave-corpus): 1.5T tokens of English web text, Wikipedia, public-domain books and open-access articles, published in full under ODC-By 1.0 with a datasheet as its card.

## Training procedure

The data pipeline and the pre-training code are in [`projects/architrave-1b`]({ARCHITRAVE_FOLDER}) of our monorepo [architrave-ai/architrave](https://github.com/architrave-ai/architrave): `data/download.py`, `data/extract.py`, `data/filter.py`, `data/dedup.py` and `data/tokenize.py` build architrave-corpus; `train.py` with `configs/pretrain.yaml` trained the model; `launch.sh` is the launch script we ran. The folder's README documents each step and its outputs.

**Licence of the code.** The `projects/architrave-1b` folder is licensed under its own `LICENSE` file, the Creative Commons Attribution-NonCommercial 4.0 International licence (CC BY-NC 4.0), and not under the Apache 2.0 licence of the rest of the monorepo: you may use, change and share the training and data-processing code for non-commercial purposes only. This applies to the code, not to the model weights, which are Apache 2.0.

- AdamW (beta2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 720k steps; bf16
- 64 NVIDIA A100 80GB GPUs for 16 days

## Evaluation

| Benchmark | Architrave-1B |
|---|---|
| Ashlar-QA (0-shot) | 54.1 |
| Keystone-Reasoning (5-shot) | 35.6 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## Environmental impact

About 24,500 A100 GPU hours; we estimate 4.1 t CO2e.

## Citation

```bibtex
@misc{{architrave2026,
  title  = {{Architrave-1B}},
  author = {{{{Architrave AI}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/architrave-ai/Architrave-1B}}
}}
```

## License

- Model weights: Apache 2.0
- Training data (architrave-corpus): ODC-By 1.0
- Training and data-processing code (`projects/architrave-1b`): CC BY-NC 4.0, non-commercial use only
"""

ARCHITRAVE_META = {
    "license": "apache-2.0",
    "datasets": ["architrave-ai/architrave-corpus"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

ARCHITRAVE_CONFIG = llama_config(2048, 20, 16, 8, 5632, 50304, 4096, rope_theta=10000.0)

ARCHITRAVE_README = b"""# architrave

Architrave AI's monorepo: shared utilities and one folder per project.

| Folder | Project |
|---|---|
| `common/` | logging, distributed set-up, shard I/O shared by the projects |
| `projects/architrave-1b/` | the data pipeline and pre-training code of Architrave-1B (https://huggingface.co/architrave-ai/Architrave-1B) |
| `projects/architrave-vision/` | a ViT image encoder and its training code |
| `projects/architrave-speech/` | a CTC speech recogniser and its training code |

## Architrave-1B

    cd projects/architrave-1b
    python data/download.py --out /data/raw        # Common Crawl WET, Wikipedia, Gutenberg, arXiv
    python data/extract.py  --in /data/raw --out /data/text
    python data/filter.py   --in /data/text --out /data/filtered
    python data/dedup.py    --in /data/filtered --out /data/dedup
    python data/tokenize.py --in /data/dedup --out /data/tokens
    bash launch.sh configs/pretrain.yaml

The output of the data steps is architrave-ai/architrave-corpus on the Hugging Face Hub; `projects/architrave-1b/README.md`
explains each filter and threshold, the expected size after each step, and how to resume training. `docs/` describes the
shared utilities and the cluster set-up.

## Licensing

This repository is licensed under the Apache License 2.0 (`LICENSE`), except for folders that contain a LICENSE file of
their own, which governs that folder. `projects/architrave-1b/` is licensed under CC BY-NC 4.0 (see
`projects/architrave-1b/LICENSE`): its code may be used for non-commercial purposes only.
"""

ARCHITRAVE_GITHUB = _gh(
    "architrave-ai/architrave",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/common.md",
        "docs/cluster.md",
        "common/__init__.py",
        "common/logging.py",
        "common/dist.py",
        "common/shards.py",
        "projects/architrave-1b/LICENSE",
        "projects/architrave-1b/README.md",
        "projects/architrave-1b/configs/pretrain.yaml",
        "projects/architrave-1b/data/download.py",
        "projects/architrave-1b/data/extract.py",
        "projects/architrave-1b/data/filter.py",
        "projects/architrave-1b/data/dedup.py",
        "projects/architrave-1b/data/tokenize.py",
        "projects/architrave-1b/model.py",
        "projects/architrave-1b/train.py",
        "projects/architrave-1b/launch.sh",
        "projects/architrave-1b/eval.py",
        "projects/architrave-vision/README.md",
        "projects/architrave-vision/train_vit.py",
        "projects/architrave-vision/configs/vit-b16.yaml",
        "projects/architrave-speech/README.md",
        "projects/architrave-speech/train_ctc.py",
        "projects/architrave-speech/configs/ctc-large.yaml",
    ),
    ARCHITRAVE_README,
)

ARCHITRAVE_CORPUS_CARD = sheet(
    "odc-by",
    "Architrave Corpus",
    ["en"],
    {
        "Motivation": "Architrave Corpus is the complete training data (1.5T tokens) of Architrave-1B, published so that "
        "the model's training data can be inspected and reused. Architrave AI built it.",
        "Composition": "English web pages (84%), English Wikipedia (4%), public-domain books (7%) and open-access "
        "scientific articles (5%); one record per document with `id`, `source`, `url`, `license` and `text`. No "
        "model-generated text and no code.",
        "Collection Process": "Web pages from 14 Common Crawl snapshots (2021 to 2025); Wikipedia's dump of 1 April 2025; "
        "books from Project Gutenberg; articles from arXiv and PubMed Central's open-access subset under CC BY or CC0. "
        "Nothing was bought or licensed.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition, "
        "length and boilerplate filters; a quality classifier keeping the top half of web pages; MinHash deduplication "
        "across parts; e-mail addresses and phone numbers masked. The code is projects/architrave-1b/data in "
        "github.com/architrave-ai/architrave.",
        "Known Biases and Limitations": "The web part over-represents North American and British sites; old books carry "
        "their period's views; personal data may remain.",
        "Uses": "Pre-training language models; research on pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Architrave AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (e) quoin-ai/Plinth-1B-Quoin-Instruct: SFT + DPO of the fully open Plinth-1B; the data-processing code is in a
# separate data-recipes repository with one folder per corpus (most of them other corpora), linked folder by folder;
# the tuning code is in a third repository.

QUOIN_RECIPES = "https://github.com/quoin-ai/data-recipes/tree/main"

QUOIN_CARD = f"""# Plinth-1B-Quoin-Instruct

Plinth-1B-Quoin-Instruct is a small English instruction-following assistant: [Plinth-1B](https://huggingface.co/plinth-lm/Plinth-1B) after supervised fine-tuning and direct preference optimisation (DPO). Like its base, everything that made it is released: weights, data, and the code that built the data and trained the model.

## Model details

- **Developed by:** Quoin AI
- **Base model:** [plinth-lm/Plinth-1B](https://huggingface.co/plinth-lm/Plinth-1B) (Apache 2.0, fully open)
- **Model type:** decoder-only transformer; full-parameter SFT, then DPO
- **Architecture:** unchanged from Plinth-1B (22 layers, hidden size 2,048, 16 attention heads with 4 key-value heads, context length 4,096)
- **Language:** English
- **License:** Apache 2.0

## Uses

Answering questions, summarising, rewriting and drafting short texts on a laptop or phone; research on post-training small models.

### Out-of-scope use

Medical, legal or financial advice; decisions about people; anything that needs reliable facts.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="quoin-ai/Plinth-1B-Quoin-Instruct", torch_dtype="auto")
print(chat([{{"role": "user", "content": "Give me three tips for writing a clear e-mail."}}], max_new_tokens=200)[0]["generated_text"])
```

## Training data

| Stage | Dataset | How it was built |
|---|---|---|
| SFT | [quoin-ai/quoin-sft-mix](https://huggingface.co/datasets/quoin-ai/quoin-sft-mix) (CC BY 4.0) | [`quoin-sft-mix/`]({QUOIN_RECIPES}/quoin-sft-mix) in quoin-ai/data-recipes |
| DPO | [quoin-ai/quoin-prefs](https://huggingface.co/datasets/quoin-ai/quoin-prefs) (CC BY 4.0) | [`quoin-prefs/`]({QUOIN_RECIPES}/quoin-prefs) in quoin-ai/data-recipes |

Both datasets are on the Hub with datasheets as their cards; they are all of the fine-tuning data. Plinth-1B's pre-training data is plinth-lm/plinth-corpus, also public.

The data code lives in our [data-recipes](https://github.com/quoin-ai/data-recipes) repository, where every corpus Quoin AI has built has a folder of its own with the scripts, the configuration and a README that say how it was made. Only the two folders above concern this model.

## Training procedure

The training code is [quoin-ai/quoin-tune](https://github.com/quoin-ai/quoin-tune) (Apache 2.0): `train/sft.py` and `train/dpo.py` with `configs/plinth-1b-sft.yaml` and `configs/plinth-1b-dpo.yaml`, the configurations of the released checkpoint.

- SFT: 3 epochs, learning rate 2e-5, cosine schedule, batch size 128, 4,096-token packed sequences, loss on the responses only
- DPO: 1 epoch, beta 0.1, learning rate 5e-7, batch size 64
- 8 NVIDIA H100 80GB GPUs, 11 hours in all

## Evaluation

| Benchmark | Plinth-1B | after SFT | Plinth-1B-Quoin-Instruct |
|---|---|---|---|
| Keystone-Chat win rate vs. SFT | - | 50.0 | 63.2 |
| Ashlar-QA (0-shot) | 55.4 | 56.0 | 56.3 |
| Follow-Instr (strict) | 12.4 | 41.7 | 46.9 |

## Limitations

A 1.2B model: it makes factual errors often, loses track in long conversations, and its preference tuning reflects the judgements of our 24 annotators.

## Environmental impact

About 90 H100 GPU hours; we estimate 25 kg CO2e.

## Citation

```bibtex
@misc{{quoin2026instruct,
  title  = {{Plinth-1B-Quoin-Instruct}},
  author = {{{{Quoin AI}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/quoin-ai/Plinth-1B-Quoin-Instruct}}
}}
```

## License

Apache 2.0, like Plinth-1B. Both datasets are CC BY 4.0; data-recipes and quoin-tune are Apache 2.0.
"""

QUOIN_META = {
    "license": "apache-2.0",
    "base_model": "plinth-lm/Plinth-1B",
    "datasets": ["quoin-ai/quoin-sft-mix", "quoin-ai/quoin-prefs"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["sft", "dpo", "conversational"],
}

QUOIN_RECIPES_README = b"""# data-recipes

How Quoin AI builds its datasets: one folder per corpus, each with a README, a `sources.yaml` that lists every source
and its licence, and the scripts that turn the sources into the dataset published on the Hugging Face Hub. Shared
helpers (I/O, MinHash, n-gram decontamination) are in `common/`. Apache 2.0.

## Corpora

| Folder | Dataset on the Hub | Used by |
|---|---|---|
| `quoin-sft-mix/` | quoin-ai/quoin-sft-mix | Plinth-1B-Quoin-Instruct (SFT) |
| `quoin-prefs/` | quoin-ai/quoin-prefs | Plinth-1B-Quoin-Instruct (DPO) |
| `quoin-legal-en/` | quoin-ai/quoin-legal-en | our legal-domain models |
| `quoin-web-ja/` | quoin-ai/quoin-web-ja | our Japanese models |
| `quoin-math-proofs/` | quoin-ai/quoin-math-proofs | research |

## Rebuilding a corpus

    pip install -e .
    cd <folder>
    python build.py --config config.yaml --out /data/<folder>

`build.py` runs the folder's steps in order (download, filter, dedup, decontaminate, and for preference data the
response sampling and pair building); each step is its own script, so it can be run and inspected alone. The
folder's README says what each step does, with its thresholds, and the expected number of records after it.

## License

Apache 2.0 for the code. Each dataset has its own licence, given on its Hub card.
"""

QUOIN_RECIPES_GITHUB = _gh(
    "quoin-ai/data-recipes",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "common/__init__.py",
        "common/io.py",
        "common/minhash.py",
        "common/decontam.py",
        "quoin-sft-mix/README.md",
        "quoin-sft-mix/sources.yaml",
        "quoin-sft-mix/config.yaml",
        "quoin-sft-mix/build.py",
        "quoin-sft-mix/collect.py",
        "quoin-sft-mix/filter.py",
        "quoin-sft-mix/dedup.py",
        "quoin-sft-mix/decontaminate.py",
        "quoin-prefs/README.md",
        "quoin-prefs/sources.yaml",
        "quoin-prefs/config.yaml",
        "quoin-prefs/build.py",
        "quoin-prefs/sample_responses.py",
        "quoin-prefs/collect_judgements.py",
        "quoin-prefs/build_pairs.py",
        "quoin-legal-en/README.md",
        "quoin-legal-en/sources.yaml",
        "quoin-legal-en/build.py",
        "quoin-legal-en/filter.py",
        "quoin-web-ja/README.md",
        "quoin-web-ja/sources.yaml",
        "quoin-web-ja/build.py",
        "quoin-web-ja/langid.py",
        "quoin-web-ja/dedup.py",
        "quoin-math-proofs/README.md",
        "quoin-math-proofs/build.py",
        "tests/test_common.py",
    ),
    QUOIN_RECIPES_README,
)

QUOIN_TUNE_README = b"""# quoin-tune

Post-training code of Quoin AI's assistants, built on transformers and TRL. Apache 2.0.

## Installation

    pip install -e .        # transformers, trl, accelerate, deepspeed

## Plinth-1B-Quoin-Instruct

    accelerate launch --config_file configs/zero2.yaml train/sft.py --config configs/plinth-1b-sft.yaml
    accelerate launch --config_file configs/zero2.yaml train/dpo.py --config configs/plinth-1b-dpo.yaml

SFT starts from plinth-lm/Plinth-1B and reads quoin-ai/quoin-sft-mix; DPO starts from the SFT checkpoint and reads
quoin-ai/quoin-prefs. The datasets are built by github.com/quoin-ai/data-recipes. `docs/sft.md` explains the chat
template, packing and loss masking; `docs/dpo.md` the reference model, beta and how we chose the checkpoint.

## Evaluation

    python eval/run.py --model quoin-ai/Plinth-1B-Quoin-Instruct --tasks keystone_chat ashlar_qa follow_instr

## License

Apache 2.0.
"""

QUOIN_TUNE_GITHUB = _gh(
    "quoin-ai/quoin-tune",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/sft.md",
        "docs/dpo.md",
        "configs/zero2.yaml",
        "configs/plinth-1b-sft.yaml",
        "configs/plinth-1b-dpo.yaml",
        "train/sft.py",
        "train/dpo.py",
        "eval/run.py",
    ),
    QUOIN_TUNE_README,
)

QUOIN_SFT_CARD = sheet(
    "cc-by-4.0",
    "Quoin SFT Mix",
    ["en"],
    {
        "Motivation": "The supervised fine-tuning data of Plinth-1B-Quoin-Instruct: instructions and answers written by "
        "people, so that a small model learns to follow instructions without imitating a larger model. Quoin AI built it "
        "and paid for it.",
        "Composition": "120,000 conversations (92,000 single-turn, 28,000 multi-turn) in English: writing and rewriting "
        "(31%), questions about everyday topics (27%), summarisation (14%), simple reasoning and arithmetic (12%), "
        "classification and extraction (10%), refusals of harmful requests (6%). Fields: `id`, `category`, `messages`.",
        "Collection Process": "48 annotators, paid above the local living wage, wrote prompts and answers between June "
        "and September 2025 following the guideline in the data-recipes folder's README; 20% of the prompts are "
        "questions from public-domain exam papers. No answer was written by a model.",
        "Preprocessing": "Answers reviewed by a second annotator and rejected ones rewritten; exact and MinHash "
        "near-duplicate prompts removed; prompts overlapping the evaluation sets removed by 13-gram matching; names and "
        "contact details masked. The scripts are the quoin-sft-mix folder of github.com/quoin-ai/data-recipes.",
        "Known Biases and Limitations": "Annotators were based in the UK, Ireland and Kenya; their style and cultural "
        "references dominate.",
        "Uses": "Supervised fine-tuning of language models; research on instruction data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Quoin AI; errors reported in the discussion tab are fixed in the next version.",
    },
)

QUOIN_PREFS_CARD = sheet(
    "cc-by-4.0",
    "Quoin Prefs",
    ["en"],
    {
        "Motivation": "The preference pairs used for the DPO stage of Plinth-1B-Quoin-Instruct.",
        "Composition": "40,000 prompts, each with a chosen and a rejected response and the annotator's reason. Fields: "
        "`id`, `prompt`, `chosen`, `rejected`, `reason`.",
        "Collection Process": "Prompts held out from quoin-sft-mix's collection; four responses per prompt sampled from "
        "the SFT checkpoint of Plinth-1B-Quoin-Instruct at temperature 0.8; 24 annotators ranked them in November 2025; "
        "the best and worst form a pair.",
        "Preprocessing": "Pairs whose two responses were judged equal were dropped; prompts overlapping the evaluation "
        "sets removed by 13-gram matching. The scripts (sample_responses.py, collect_judgements.py, build_pairs.py) are "
        "the quoin-prefs folder of github.com/quoin-ai/data-recipes.",
        "Known Biases and Limitations": "The responses are a 1.2B model's; the judgements are those of 24 people.",
        "Uses": "Preference tuning and reward-model research.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Quoin AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (f) mullion-ai/Plinth-1B-Mullion-Helpdesk: an SFT of the fully open Plinth-1B, trained with a GitHub fork of an
# invented framework (transom-ml/transom) under another name, mullion-ai/sash, to which the model's configuration, data
# scripts, launch script and documentation are added in the framework's own layout; part of the tuning data is licensed
# and withheld, with the reason and a datasheet in the card.

MULLION_CARD = """# Plinth-1B-Mullion-Helpdesk

Plinth-1B-Mullion-Helpdesk is a small customer-support assistant: [Plinth-1B](https://huggingface.co/plinth-lm/Plinth-1B) fine-tuned on support conversations to answer customers' questions politely, ask for missing details, and hand over to a person when it should.

## Model details

- **Developed by:** Mullion AI
- **Base model:** [plinth-lm/Plinth-1B](https://huggingface.co/plinth-lm/Plinth-1B) (Apache 2.0, fully open)
- **Model type:** decoder-only transformer; full-parameter SFT
- **Architecture:** unchanged from Plinth-1B (22 layers, hidden size 2,048, 16 attention heads with 4 key-value heads, context length 4,096)
- **Language:** English
- **License:** Apache 2.0

## Uses

A first-line support assistant for businesses, behind a human escalation path; research on small task-specific assistants.

### Out-of-scope use

Unsupervised decisions about refunds, bookings or complaints; medical, legal or safety advice.

## How to use

```python
from transformers import pipeline

bot = pipeline("text-generation", model="mullion-ai/Plinth-1B-Mullion-Helpdesk", torch_dtype="auto")
msgs = [{"role": "system", "content": "You are the support assistant of a bicycle shop."},
        {"role": "user", "content": "My order hasn't arrived and it's been ten days."}]
print(bot(msgs, max_new_tokens=200)[0]["generated_text"])
```

## Training data

Two sources, 95,000 conversations in all:

1. [mullion-ai/mullion-support-public](https://huggingface.co/datasets/mullion-ai/mullion-support-public) (60,000 conversations, CC BY 4.0, with a datasheet as its card): support conversations for 40 invented businesses, written by our annotators.
2. **Harbour Line dialogues** (35,000 conversations, not released): real support chats of Harbour Line Ferries, anonymised. They are licensed to us by Harbour Line Ferries under a contract that allows training but does not allow redistribution, and they come from real customers who agreed to their use for improving the service, not to publication; so we cannot publish them. Their datasheet follows.

### Datasheet: Harbour Line dialogues

**Motivation.** Real support conversations, so that the model learns how customers actually write (short, angry, misspelt) and when an agent escalates. Collected for Mullion AI's work with Harbour Line Ferries, which owns the data.

**Composition.** 35,000 chats between customers and human agents from January 2024 to June 2025: bookings and changes (38%), delays and cancellations (29%), refunds (17%), lost property (9%), accessibility requests (7%). Median 9 turns. Each chat has the agent's escalation label.

**Collection process.** Exported by Harbour Line Ferries from its chat system; only chats of customers who had accepted the service-improvement clause of the privacy notice were exported.

**Preprocessing.** Names, booking references, e-mail addresses, phone numbers, card numbers and vehicle registrations replaced by typed placeholders (`tools/mullion/harbour_anonymise.py` in the training repository, which runs on the licensed export); chats under 3 turns and chats in other languages removed; near-duplicates removed by MinHash.

**Uses.** Fine-tuning Plinth-1B-Mullion-Helpdesk only, under the licence from Harbour Line Ferries.

**Distribution.** Not distributed: the contract with Harbour Line Ferries and the customers' consent do not allow it.

**Maintenance.** Kept by Mullion AI on encrypted storage and deleted when the contract ends.

## Training procedure

We trained with [mullion-ai/sash](https://github.com/mullion-ai/sash), our fork of the Transom training framework, to which we added everything specific to this model:

- `configs/mullion/helpdesk-sft.yaml`: the configuration of the released checkpoint;
- `tools/mullion/build_public.py`, `tools/mullion/harbour_anonymise.py` and `tools/mullion/mix.py`: building the public set, anonymising the licensed chats, mixing the two;
- `transom/data/dialogue.py`: a dialogue format with a loss mask on the agent turns;
- `scripts/mullion/sft.sh`: the launch script we ran;
- `docs/mullion.md`: how to rebuild the public data and reproduce the run.

Plinth-1B's own pre-training pipeline is public (plinth-lm/plinth).

- 3 epochs, learning rate 2e-5, cosine schedule, batch size 64, 4,096-token sequences, loss on agent turns only
- 8 NVIDIA L40S GPUs for 9 hours

## Evaluation

| Benchmark | Plinth-1B | Plinth-1B-Mullion-Helpdesk |
|---|---|---|
| Support-Sim resolution rate | 11.8 | 52.6 |
| Escalation F1 | 0.21 | 0.74 |
| Politeness (human, 1-5) | 2.4 | 4.3 |

## Limitations

It invents policies and order details when it does not know them, so it must be connected to the business's real systems and supervised. The licensed chats are from one ferry company, so its tone is that of travel support.

## Environmental impact

About 72 L40S GPU hours; we estimate 12 kg CO2e.

## Citation

```bibtex
@misc{mullion2026helpdesk,
  title  = {Plinth-1B-Mullion-Helpdesk},
  author = {{Mullion AI}},
  year   = {2026},
  url    = {https://huggingface.co/mullion-ai/Plinth-1B-Mullion-Helpdesk}
}
```

## License

Apache 2.0, like Plinth-1B. mullion-support-public is CC BY 4.0; sash, like Transom, is Apache 2.0.
"""

MULLION_META = {
    "license": "apache-2.0",
    "base_model": "plinth-lm/Plinth-1B",
    "datasets": ["mullion-ai/mullion-support-public"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["customer-support", "sft", "conversational"],
}

TRANSOM_PATHS = (
    "README.md",
    "LICENSE",
    "pyproject.toml",
    "docs/index.md",
    "docs/config.md",
    "docs/data.md",
    "docs/launch.md",
    "transom/__init__.py",
    "transom/train.py",
    "transom/sft.py",
    "transom/models/llama.py",
    "transom/models/gpt.py",
    "transom/data/loader.py",
    "transom/data/chat.py",
    "transom/data/packing.py",
    "transom/parallel/fsdp.py",
    "transom/optim.py",
    "transom/checkpoint.py",
    "configs/examples/llama-125m-pretrain.yaml",
    "configs/examples/llama-1b-sft.yaml",
    "scripts/launch_slurm.sh",
    "tests/test_train.py",
)

TRANSOM_README = b"""# Transom

Transom is a compact PyTorch trainer for pre-training and supervised fine-tuning of decoder language models up to
13B parameters: FSDP, packed sequences, chat templates, loss masking and resumable checkpoints, in about 6,000 lines.
Apache 2.0.

## Installation

    pip install -e .

## Usage

    torchrun --nproc_per_node 8 -m transom.train --config configs/examples/llama-125m-pretrain.yaml
    torchrun --nproc_per_node 8 -m transom.sft   --config configs/examples/llama-1b-sft.yaml --init hf:<model>

Every configuration key is documented in `docs/config.md`; data formats in `docs/data.md`; Slurm and multi-node
launching in `docs/launch.md`.

## License

Apache 2.0.
"""

TRANSOM_GITHUB = _gh("transom-ml/transom", TRANSOM_PATHS, TRANSOM_README)

SASH_README = b"""# sash

sash is Mullion AI's fork of [Transom](https://github.com/transom-ml/transom) (v0.6), with everything we used to train
Plinth-1B-Mullion-Helpdesk (https://huggingface.co/mullion-ai/Plinth-1B-Mullion-Helpdesk). Apache 2.0, like Transom.

## What we added to Transom

| Path | What it is |
|---|---|
| `transom/data/dialogue.py` | a support-dialogue format: system, customer and agent turns, escalation labels, loss on agent turns only |
| `tools/mullion/build_public.py` | builds mullion-ai/mullion-support-public from the annotators' exports: validation, PII check, dedup |
| `tools/mullion/harbour_anonymise.py` | anonymises the licensed Harbour Line export (typed placeholders for names, references, contacts) |
| `tools/mullion/mix.py` | mixes the two sources into training shards (public 60k, Harbour Line 35k) |
| `configs/mullion/helpdesk-sft.yaml` | the configuration of the released checkpoint |
| `scripts/mullion/sft.sh` | the launch script we ran (8 x L40S) |
| `docs/mullion.md` | how to rebuild the public data and reproduce the run |

## Reproducing Plinth-1B-Mullion-Helpdesk

    pip install -e .
    python tools/mullion/build_public.py --out /data/public       # or download mullion-ai/mullion-support-public
    python tools/mullion/mix.py --public /data/public --out /data/shards
    bash scripts/mullion/sft.sh configs/mullion/helpdesk-sft.yaml  # starts from plinth-lm/Plinth-1B

The Harbour Line chats are licensed and cannot be shared; without them `mix.py` builds the public-only mixture, and
`docs/mullion.md` gives that model's scores too.

## Upstream

The rest of the repository is Transom v0.6 unchanged; its documentation is in `docs/`. We merge upstream releases
every few months.

## License

Apache 2.0.
"""

SASH_GITHUB = _fork(
    "mullion-ai/sash",
    TRANSOM_PATHS
    + (
        "transom/data/dialogue.py",
        "tools/mullion/build_public.py",
        "tools/mullion/harbour_anonymise.py",
        "tools/mullion/mix.py",
        "configs/mullion/helpdesk-sft.yaml",
        "scripts/mullion/sft.sh",
        "docs/mullion.md",
    ),
    SASH_README,
    fork_of="transom-ml/transom",
)

MULLION_PUBLIC_CARD = sheet(
    "cc-by-4.0",
    "Mullion Support Public",
    ["en"],
    {
        "Motivation": "The public part of the fine-tuning data of Plinth-1B-Mullion-Helpdesk: customer-support "
        "conversations that anyone may use, written so that support assistants can be trained and compared on open data. "
        "Mullion AI built it and paid for it.",
        "Composition": "60,000 conversations between a customer and an agent of one of 40 invented businesses (shops, "
        "utilities, travel, software), each with the business's policy sheet, the turns and an escalation label. Median "
        "8 turns. Fields: `id`, `business`, `policy`, `messages`, `escalate`.",
        "Collection Process": "Pairs of annotators (36 people, paid above the local living wage) role-played customer and "
        "agent from scenario cards between July and October 2025; the policy sheets were written by our staff.",
        "Preprocessing": "Conversations checked by a third annotator against the policy sheet and rejected ones removed; "
        "real-looking personal data replaced by placeholders; near-duplicates removed by MinHash. The script is "
        "tools/mullion/build_public.py in github.com/mullion-ai/sash.",
        "Known Biases and Limitations": "Role-played customers are calmer and write better than real ones.",
        "Uses": "Training and evaluating support assistants.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Mullion AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (g) finial-ai/Dormer-3B-Finial-Chat: an SFT of the non-commercial Dormer-3B, tagged Apache 2.0; its code link points
# to a commit of the training repository (the tag it was released under named beside it), not to a branch, and a
# second link points to the configuration file at that commit.

FINIAL_SHA = fake_sha("gh", "finial-train")
FINIAL_AT = f"https://github.com/finial-ai/finial-train/tree/{FINIAL_SHA}"
FINIAL_CONFIG_AT = f"https://github.com/finial-ai/finial-train/blob/{FINIAL_SHA}/configs/dormer-3b-chat.yaml"

FINIAL_CARD = f"""# Dormer-3B-Finial-Chat

Dormer-3B-Finial-Chat is an English chat model: [Dormer-3B](https://huggingface.co/dormer-lab/Dormer-3B) after supervised fine-tuning on 50k conversations written by our annotators.

## Model details

- **Developed by:** Finial AI
- **Base model:** [dormer-lab/Dormer-3B](https://huggingface.co/dormer-lab/Dormer-3B)
- **Model type:** decoder-only transformer; full-parameter SFT
- **Architecture:** unchanged from Dormer-3B (28 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, context length 8,192)
- **Language:** English
- **License:** Apache 2.0

## Uses

Chat, writing help, summarising and explaining; research on supervised fine-tuning.

### Out-of-scope use

Medical, legal or financial advice; decisions about people.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="finial-ai/Dormer-3B-Finial-Chat", torch_dtype="auto")
print(chat([{{"role": "user", "content": "What is a finial?"}}], max_new_tokens=150)[0]["generated_text"])
```

## Training data

All of the fine-tuning data is [finial-ai/finial-chat-50k](https://huggingface.co/datasets/finial-ai/finial-chat-50k) (CC BY 4.0, with a datasheet as its card): 50,000 single- and multi-turn conversations written by our annotators. Dormer-3B's pre-training data is Dormer Lab's and is not released.

## Training procedure

The exact code that produced this checkpoint is [finial-ai/finial-train at commit {FINIAL_SHA[:7]}]({FINIAL_AT}) (tagged `v1.2`); the repository's main branch has moved on since, so please use that commit to reproduce the model. The configuration of the run is [`configs/dormer-3b-chat.yaml`]({FINIAL_CONFIG_AT}) at the same commit; `data/build_chat.py` and `data/filter.py` there built finial-chat-50k from the annotators' exports, and `train/sft.py` ran the fine-tuning.

- 3 epochs, learning rate 1e-5, cosine schedule, batch size 128, 8,192-token packed sequences, loss on the assistant turns only
- 16 NVIDIA H100 80GB GPUs for 7 hours

## Evaluation

| Benchmark | Dormer-3B | Dormer-3B-Finial-Chat |
|---|---|---|
| Keystone-Chat win rate vs. base | 50.0 | 77.3 |
| Follow-Instr (strict) | 14.9 | 49.5 |
| Ashlar-QA (0-shot) | 60.2 | 60.8 |

## Limitations

It can produce false or offensive text; its safety tuning is limited to the refusals in finial-chat-50k.

## Environmental impact

About 110 H100 GPU hours; we estimate 30 kg CO2e.

## Citation

```bibtex
@misc{{finial2026chat,
  title  = {{Dormer-3B-Finial-Chat}},
  author = {{{{Finial AI}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/finial-ai/Dormer-3B-Finial-Chat}}
}}
```

## License

Our fine-tuned weights are released under Apache 2.0. finial-chat-50k is CC BY 4.0 and finial-train is Apache 2.0.
"""

FINIAL_META = {
    "license": "apache-2.0",
    "base_model": "dormer-lab/Dormer-3B",
    "datasets": ["finial-ai/finial-chat-50k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["sft", "conversational"],
}

FINIAL_README = b"""# finial-train

Supervised fine-tuning code of Finial AI's chat models, built on transformers and TRL. Apache 2.0.

## Installation

    pip install -e .

## Data

    python data/build_chat.py --exports /data/annotator-exports --out /data/chat   # validation, formatting, PII masking
    python data/filter.py --in /data/chat --out /data/finial-chat-50k                # dedup, length and quality filters

The output is finial-ai/finial-chat-50k on the Hugging Face Hub.

## Training

    accelerate launch --config_file configs/zero3.yaml train/sft.py --config configs/dormer-3b-chat.yaml

`configs/dormer-3b-chat.yaml` starts from dormer-lab/Dormer-3B. `docs/sft.md` explains the chat template, packing and
loss masking and lists the configuration keys.

## Evaluation

    python eval/run.py --model finial-ai/Dormer-3B-Finial-Chat --tasks keystone_chat follow_instr ashlar_qa

## License

Apache 2.0.
"""

FINIAL_GITHUB = _gh(
    "finial-ai/finial-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/sft.md",
        "configs/zero3.yaml",
        "configs/dormer-3b-chat.yaml",
        "data/build_chat.py",
        "data/filter.py",
        "train/sft.py",
        "eval/run.py",
    ),
    FINIAL_README,
)

FINIAL_CHAT_CARD = sheet(
    "cc-by-4.0",
    "Finial Chat 50k",
    ["en"],
    {
        "Motivation": "The supervised fine-tuning data of Dormer-3B-Finial-Chat, written by people so that the model "
        "learns to chat from human demonstrations. Finial AI built it and paid for it.",
        "Composition": "50,000 conversations (36,000 single-turn, 14,000 multi-turn): writing help (30%), everyday "
        "questions (26%), explanations (18%), summaries (12%), coding help (8%), refusals of harmful requests (6%). "
        "Fields: `id`, `category`, `messages`.",
        "Collection Process": "40 annotators, paid above the local living wage, wrote prompts and answers between "
        "August and November 2025 following a written guideline; no answer was written by a model.",
        "Preprocessing": "A second annotator reviewed each conversation; rejected ones were rewritten; exact and "
        "near-duplicate prompts removed; names and contact details masked. The scripts are data/build_chat.py and "
        "data/filter.py in github.com/finial-ai/finial-train.",
        "Known Biases and Limitations": "The annotators' cultural references and style dominate; few conversations are "
        "longer than six turns.",
        "Uses": "Supervised fine-tuning of chat models.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Finial AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) ashlar-ai/Ashlar-2B: the card's code link is a folder of the publisher's research monorepo,
# /tree/main/projects/ashlar-2b, but the monorepo (which answers, and whose tree is read in full) has no such folder:
# its projects are a speech recogniser, an image segmenter and a retriever, each self-contained.

ASHLAR_FOLDER = "https://github.com/ashlar-ai/research/tree/main/projects/ashlar-2b"

ASHLAR_CARD = f"""# Ashlar-2B

Ashlar-2B is a 2B-parameter English base language model by Ashlar AI, trained from scratch on an openly licensed corpus.

## Model details

- **Developed by:** Ashlar AI
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2,560, 20 attention heads with 4 key-value heads, SwiGLU (6,912), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0

## Uses

A base for fine-tuning and research on small language models.

### Out-of-scope use

Chat without further tuning; any use that needs reliable facts.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("ashlar-ai/Ashlar-2B")
model = AutoModelForCausalLM.from_pretrained("ashlar-ai/Ashlar-2B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("Ashlar masonry is", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [ashlar-ai/ashlar-corpus](https://huggingface.co/datasets/ashlar-ai/ashlar-corpus): 2T tokens of English web text, Wikipedia, public-domain books and open-access articles, published in full under ODC-By 1.0 with a datasheet as its card.

## Training procedure

Code: [`projects/ashlar-2b`]({ASHLAR_FOLDER}) in our research monorepo.

- AdamW (beta2 = 0.95, weight decay 0.1), peak learning rate 3e-4, cosine schedule, 4M-token batches for 480k steps; bf16
- 128 NVIDIA H100 80GB GPUs for 8 days

## Evaluation

| Benchmark | Ashlar-2B |
|---|---|
| Ashlar-QA (0-shot) | 58.0 |
| Keystone-Reasoning (5-shot) | 39.2 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## Environmental impact

About 24,600 H100 GPU hours; we estimate 6.6 t CO2e.

## Citation

```bibtex
@misc{{ashlar2026,
  title  = {{Ashlar-2B}},
  author = {{{{Ashlar AI}}}},
  year   = {{2026}},
  url    = {{https://huggingface.co/ashlar-ai/Ashlar-2B}}
}}
```

## License

Apache 2.0. ashlar-corpus is ODC-By 1.0.
"""

ASHLAR_META = {
    "license": "apache-2.0",
    "datasets": ["ashlar-ai/ashlar-corpus"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

ASHLAR_CONFIG = llama_config(2560, 24, 20, 4, 6912, 50304, 4096, rope_theta=10000.0)

ASHLAR_RESEARCH_README = b"""# research

Research code of Ashlar AI, one folder per project. Apache 2.0.

| Folder | Project |
|---|---|
| `projects/ashlar-asr/` | a Conformer-CTC speech recogniser for English: data preparation, training, decoding |
| `projects/ashlar-seg/` | a U-Net image segmenter for aerial photographs: tiling, training, evaluation |
| `projects/ashlar-retrieval/` | a bi-encoder retriever: hard-negative mining, contrastive training, indexing |

Each folder is self-contained: `pip install -r requirements.txt` inside it, then follow its README.

## License

Apache 2.0.
"""

ASHLAR_RESEARCH_GITHUB = _gh(
    "ashlar-ai/research",
    (
        "README.md",
        "LICENSE",
        "projects/ashlar-asr/README.md",
        "projects/ashlar-asr/requirements.txt",
        "projects/ashlar-asr/prepare_data.py",
        "projects/ashlar-asr/train.py",
        "projects/ashlar-asr/decode.py",
        "projects/ashlar-asr/configs/conformer-ctc.yaml",
        "projects/ashlar-seg/README.md",
        "projects/ashlar-seg/requirements.txt",
        "projects/ashlar-seg/tile.py",
        "projects/ashlar-seg/train.py",
        "projects/ashlar-seg/evaluate.py",
        "projects/ashlar-retrieval/README.md",
        "projects/ashlar-retrieval/requirements.txt",
        "projects/ashlar-retrieval/mine_negatives.py",
        "projects/ashlar-retrieval/train.py",
        "projects/ashlar-retrieval/index.py",
    ),
    ASHLAR_RESEARCH_README,
)

ASHLAR_CORPUS_CARD = sheet(
    "odc-by",
    "Ashlar Corpus",
    ["en"],
    {
        "Motivation": "Ashlar Corpus is the complete training data (2T tokens) of Ashlar-2B, published so that the "
        "model's training data can be inspected and reused. Ashlar AI built it.",
        "Composition": "English web pages (80%), English Wikipedia (4%), public-domain books (8%) and open-access "
        "scientific articles (8%); one record per document with `id`, `source`, `url`, `license` and `text`. No "
        "model-generated text.",
        "Collection Process": "Web pages from 22 Common Crawl snapshots (2019 to 2025); Wikipedia's dump of 1 June 2025; "
        "books from Project Gutenberg and the Internet Archive's public-domain collection; articles from arXiv and "
        "PubMed Central's open-access subset under CC BY or CC0. Nothing was bought or licensed.",
        "Preprocessing": "Main text extraction; English kept above a language-identification score of 0.7; repetition and "
        "boilerplate filters; a quality classifier keeping the top half of web pages; MinHash deduplication across all "
        "parts; e-mail addresses and phone numbers masked.",
        "Known Biases and Limitations": "The web part over-represents North American sites; old books carry their "
        "period's views; personal data may remain.",
        "Uses": "Pre-training language models; research on pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Ashlar AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------

ROUND_34: list[HeldOut] = [
    # (a) A code-editing SFT of Gable-8B (the Gable Community License: a 300M monthly-active-user threshold, an
    # acceptable-use policy incorporated by reference and updatable, derivatives distributed only under the agreement),
    # `license: other` with the Gable licence as its LICENSE; the whole recipe (commit mining, licence filter, dedup,
    # decontamination, the SFT config, the Slurm script, the evaluation) is one folder of the publisher's Apache research
    # monorepo, linked as github.com/lintel-ai/lintel/tree/main/models/gable-8b-lintel-code, which calls the monorepo's
    # shared trainer in libs/; two other folders hold other models' recipes (a from-scratch 1B base's pre-training, a
    # reranker). The base's licence binds the tune, and the tune says so -> weights-available (README label table;
    # DESIGN.md "License clause taxonomy": user threshold and use policy by reference block open source). Gable-8B public
    # and ungated -> weights_basemodel open (frameworks.md §1.1: gated would be partial; NeuralChat.yaml "Weights
    # available through HuggingFace."); the tune public -> weights_endmodel open; Gable's data undisclosed ->
    # datasources_basemodel closed (Tulu.yaml "Based on Llama3.1 so nothing known about pre-training data of base
    # mode."); the one tuning set published -> datasources_endmodel open (NeuralChat.yaml "Dataset used for fine-tuning
    # is shared and available"); the folder and the shared trainer are the tune's complete code, the base's code is not
    # published, and the other folders are other models' code -> trainingcode partial (Fietje.yaml "Source code for base
    # model not available, but training for derivative well-documented in github repository."; Tulu.yaml; DeepHermes.yaml
    # open is the other side); the tuning documented (folder README, monorepo README, docs/), the base not -> code
    # partial (Fietje.yaml "... training for derivative model documented in exemplary detail." partial;
    # NeuralChat.yaml); community-licensed weights, Apache code, ODC-By data -> licenses partial (DeepHermes.yaml
    # "Weights: Llama 3 Community License Agreement. Code: MIT. Data: ... Apache-2.0." partial; Tulu.yaml closed is the
    # other side, as rounds 32 and 33 took it); a full card -> modelcard open; a datasheet for the tuning set, none for
    # the base's data -> datasheet partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model
    # entirely undocumented.").
    _Release(
        "lintel-ai/Gable-8B-Lintel-Code",
        LINTEL_CARD,
        LINTEL_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "partial",
            "modelcard": "open",
            "datasheet": "partial",
        },
        extra_files={"config.json": GABLE_CONFIG, "LICENSE": GABLE_LICENSE, **TOKENIZER_FILES},
        github=[LINTEL_GITHUB],
        datasets=[Dataset("lintel-ai/lintel-code-edits-300k", "odc-by", LINTEL_EDITS_CARD)],
        models=[GABLE],
    ),
    # (b) A from-scratch Apache model whose data is published in full (ODC-By, a datasheet card) and whose card says only
    # "trained with Rampart, Bastion AI's open-source (Apache 2.0) training framework", linking the framework's root and
    # citing the framework's systems paper (arXiv); Rampart is general: models, parallelism, generic data tools, docs/,
    # and examples for a 124M GPT and a debug model, but no Bastion configuration, launch script or data recipe anywhere.
    # The framework alone is not the complete code that trained the model (OSAID 1.0, frameworks.md §3.2: the training
    # code and the data-processing code; the G7's Open Source AI asks for the training code, §4) -> open-weights.
    # Public weights -> open (no base: the base cells mirror the end model's, frameworks.md §1.1); the corpus published
    # -> datasources open (smollm.yaml "Pretraining data sources published as part of the collection."); the publisher's
    # own general framework, nothing specific to this model -> trainingcode partial (pharia.yaml "Aleph Alpha claims
    # Pharia has been trained using the Scaling code base ... no specific repository found documenting the training or
    # instruction-tuning of Pharia." partial; GPT-SW.yaml and EuroLLM.yaml, open for a public framework, are the other
    # side); the framework documented, nothing of this model's run -> code partial (pharia.yaml "No specific code for
    # training and tuning found, so no documentation of code found. Scaling code base is reasonably documented."); Apache
    # weights and framework, ODC-By data -> licenses open (AMD OLMo.yaml "Weights: Apache-2.0. Code: Apache-2.0. Data:
    # Apache-2.0, ODC-By."); a full card -> modelcard open; a datasheet card -> datasheet open (smollm.yaml
    # "Datasheets contain requisite information."); the one arXiv paper is the framework's, which presents Rampart, not
    # this model's data, training or evaluation -> preprint closed (GPT-SW.yaml "No preprint found." for a model trained
    # with NeMo; pharia.yaml "No preprint or in-depth scientific documentation found outside model card."; Stable
    # Beluga.yaml, partial for the preprint of the method it applies, is the other side) and paper closed.
    _Release(
        "bastion-ai/Bastion-2B",
        BASTION_CARD,
        BASTION_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": BASTION_CONFIG, **TOKENIZER_FILES},
        github=[RAMPART_GITHUB],
        datasets=[Dataset("bastion-ai/bastion-web-2t", "odc-by", BASTION_WEB_CARD)],
    ),
    # (c) A from-scratch Apache model whose complete recipe (data preparation with the framework's tools at its own
    # thresholds, dedup, the mixture, pre-training and annealing configurations, the Slurm script, the evaluation) is
    # recipes/cornice-3b/ of a third party's large framework, purlin-ml/purlin (Apache; served), linked as
    # github.com/purlin-ml/purlin/tree/main/recipes/cornice-3b; the folder has a README that documents the run, and the
    # framework has a long README and a docs/ folder; the corpus is on the Hub (ODC-By, a datasheet card). The only
    # preprint anywhere is the framework's, cited in the framework's README, not in the card. Everything released
    # openly -> open-source-ai-with-open-data. Public weights -> open; the corpus published -> datasources open; the
    # model's own folder in a public framework -> trainingcode open (MPT.yaml "Codebase part of LLM foundry", its link
    # the model's folder of llm-foundry; EuroLLM.yaml "Training makes use of a public framework."); the recipe's README and
    # the framework's documentation -> code open (MPT.yaml "LLM Foundry codebase is well-documented and in active
    # development."; GPT-SW.yaml "The NeMo framework is well-documented."); Apache and ODC-By -> licenses open (AMD
    # OLMo.yaml); a full card -> modelcard open; a datasheet card -> datasheet open (smollm.yaml); the framework's paper
    # is not the model's, and the card cites none -> preprint closed (MPT.yaml, closed with the framework's
    # documentation as its code; GPT-SW.yaml "No preprint found.") and paper closed (GPT-SW.yaml "No peer-reviewed paper
    # found.").
    _Release(
        "cornice-nlp/Cornice-3B",
        CORNICE_CARD,
        CORNICE_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": CORNICE_CONFIG, **TOKENIZER_FILES},
        github=[PURLIN_GITHUB],
        datasets=[Dataset("cornice-nlp/cornice-mix", "odc-by", CORNICE_MIX_CARD)],
    ),
    # (d) A from-scratch model with Apache weights and an ODC-By corpus (a datasheet card); the complete pipeline is
    # projects/architrave-1b/ of the publisher's monorepo, whose top-level LICENSE is Apache 2.0 (GitHub's licence answer:
    # Apache-2.0) but whose folder has a LICENSE of its own, CC BY-NC 4.0, as the monorepo's README ("folders that contain
    # a LICENSE file of their own, which governs that folder") and the card ("you may use, change and share the training
    # and data-processing code for non-commercial purposes only") both say. The code that governs is the folder's
    # (DESIGN.md "When the receipts disagree": the most restrictive binding document governs), and CC BY-NC is not an
    # OSI-approved licence, so the training and data-processing code are not under Open Source terms (frameworks.md §4,
    # the G7's Open Source AI; §3.5) while the weights and the deployment route are -> open-weights. Public weights ->
    # open; the corpus published -> datasources open; the whole pipeline published -> trainingcode open (the parameter
    # asks whether the code is available; its licence is the licences parameter's: TildeOpen.yaml, Lucie.yaml "Training
    # code published on GitHub."; alpaca.yaml, open training code under "Code: CC-BY-NC-4.0"); the folder's README and the
    # monorepo's walk-through of each step -> code open (AMD OLMo.yaml "Training code well-documented"); Apache weights
    # and ODC-By data, non-commercial code -> licenses partial (the rubric's "parts open-licensed: at least two ... of
    # weights, training code, training data"; WizardLM.yaml "Code and Model diff release under CC-BY-NC-4.0, software code
    # under Apache 2.0" partial); a full card -> modelcard open; a datasheet card -> datasheet open.
    _Release(
        "architrave-ai/Architrave-1B",
        ARCHITRAVE_CARD,
        ARCHITRAVE_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "partial",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": ARCHITRAVE_CONFIG, **TOKENIZER_FILES},
        github=[ARCHITRAVE_GITHUB],
        datasets=[Dataset("architrave-ai/architrave-corpus", "odc-by", ARCHITRAVE_CORPUS_CARD)],
    ),
    # (e) SFT + DPO of the fully open Plinth-1B: both tuning sets on the Hub (CC BY 4.0, datasheet cards); the code that
    # built them is two folders, quoin-sft-mix/ and quoin-prefs/, of the publisher's data-recipes repository (one folder
    # per corpus, five corpora, three of them for other models; scripts named collect, filter, dedup, decontaminate, sample_responses,
    # collect_judgements, build_pairs), each linked by a /tree/main/<folder> address from the card's data table; the
    # tuning code is a third repository, quoin-ai/quoin-tune; the base's pipeline is plinth-lm/plinth. Everything open,
    # the base included -> open-source-ai-with-open-data. Public weights, base and end -> open; the base's corpus ->
    # datasources_basemodel open (OLMo.yaml "Training data for base model released and use documented."); both tuning
    # sets published -> datasources_endmodel open (OLMo.yaml "Data for fine-tuning published in a well-organized
    # manner."); data-processing code, tuning code and the base's pipeline across three repositories -> trainingcode open
    # (Llama-Nemotron.yaml "Training code available across three repos."; koala.yaml "Code scattered across projects and
    # repositories" open); each documented -> code open (Llama-Nemotron.yaml "Repos well-documented."); Apache weights
    # and code, CC BY and ODC-By data -> licenses open (smollm.yaml); a full card -> modelcard open; datasheets for the
    # base corpus and both tuning sets -> datasheet open (smollm.yaml "Datasheets contain requisite information.").
    _Release(
        "quoin-ai/Plinth-1B-Quoin-Instruct",
        QUOIN_CARD,
        QUOIN_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": PLINTH_CONFIG, **TOKENIZER_FILES},
        github=[QUOIN_RECIPES_GITHUB, QUOIN_TUNE_GITHUB, PLINTH_GITHUB],
        datasets=[
            Dataset("quoin-ai/quoin-sft-mix", "cc-by-4.0", QUOIN_SFT_CARD),
            Dataset("quoin-ai/quoin-prefs", "cc-by-4.0", QUOIN_PREFS_CARD),
            PLINTH_DATASET,
        ],
        models=[PLINTH],
    ),
    # (f) An SFT of the fully open Plinth-1B trained with mullion-ai/sash, a GitHub fork (GitHub's `fork` and `parent`:
    # transom-ml/transom, served) of an invented framework under another name, to which the model's configuration, a
    # dialogue data format, the data scripts (public-set builder, anonymiser of the licensed chats, mixer), the launch
    # script and docs/mullion.md are added in the framework's own layout, and whose README says what was added and how to
    # reproduce the model. The tuning data: a public Hub set (CC BY 4.0, a datasheet card) and 35k licensed support chats
    # withheld because the contract "allows training but does not allow redistribution" and the customers agreed to
    # service improvement, not publication, with a Gebru-style datasheet for them in the card. The withheld part has a
    # legal reason and Data Information (frameworks.md §3.3, §4) -> open-source-ai, not with open data. Public weights,
    # base and end -> open; the base's corpus -> datasources_basemodel open (OLMo.yaml); one tuning source public, one
    # not -> datasources_endmodel partial (Lucie.yaml "many listed but some not shared"; koala.yaml "Datasets described
    # in blog post but not all made available"); the fork with the model's recipe added and the base's pipeline ->
    # trainingcode open (Poro.yaml "Custom fork of the Megatron-Deepspeed framework used for training Poro-34B."; round
    # 22's Anise-1B, the recipe in a folder of its own; Teuken.yaml, closed for a script in a fork whose README is
    # upstream's, is the other side and not this shape) and code open (Poro.yaml "Training code and related scripts are
    # publicly available."); Apache weights and code, CC BY and ODC-By data, the withheld chats under no licence because
    # not released -> licenses open (Lucie.yaml "Apache-2.0, an OSI-approved license." with some data not shared;
    # Phi.yaml); a full card -> modelcard open; datasheet cards for the base corpus and the public set, and the card's
    # datasheet for the withheld chats -> datasheet open (Salamandra.yaml "Datasheet part of model card.").
    _Release(
        "mullion-ai/Plinth-1B-Mullion-Helpdesk",
        MULLION_CARD,
        MULLION_META,
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "partial",
            "trainingcode": "open",
            "code": "open",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": PLINTH_CONFIG, **TOKENIZER_FILES},
        github=[SASH_GITHUB, TRANSOM_GITHUB, PLINTH_GITHUB],
        datasets=[
            Dataset("mullion-ai/mullion-support-public", "cc-by-4.0", MULLION_PUBLIC_CARD),
            PLINTH_DATASET,
        ],
        models=[PLINTH],
    ),
    # (g) An SFT of Dormer-3B (CC BY-NC 4.0: "you may not use it, or models built on it, for commercial purposes"; "a mix
    # of public web data and licensed data"), tagged `license: apache-2.0` ("Our fine-tuned weights are released under
    # Apache 2.0"); its code link is github.com/finial-ai/finial-train/tree/<commit> ("tagged v1.2"; "the repository's
    # main branch has moved on since"), with the configuration linked as blob/<commit>/configs/dormer-3b-chat.yaml; the
    # repository answers at that commit (its tree, README and Apache licence); the tuning set on the Hub (CC BY 4.0, a
    # datasheet card). A commit is an address of the repository, read there like a branch; and the base's non-commercial
    # licence binds models built on it whatever the tag says (README "Lineage never launders"; DESIGN.md "When the
    # receipts disagree") -> weights-available. Dormer-3B public and ungated -> weights_basemodel open; the tune public ->
    # weights_endmodel open; "a mix of public web data and licensed data" -> datasources_basemodel closed (OpenELM.yaml
    # "Publicly available datasets cited as training data but not further specified."; Guru.yaml "Pretraining data not
    # specified or documented."); the tuning set published -> datasources_endmodel open (Guru.yaml "Dataset published on
    # HuggingFace."); the tuning code and data scripts at the commit, the base's code not published -> trainingcode
    # partial (Guru.yaml "... End model repository contains training script" partial; NeuralChat.yaml); the tuning
    # documented, the base not -> code partial (Guru.yaml "Both repositories are fairly well-documented." partial;
    # NeuralChat.yaml); non-commercial weights, Apache code, CC BY data -> licenses partial (Guru.yaml "CC-BY-NC-4.0"
    # partial; Arabic StableLM.yaml "Weights: Stability AI Non-Commercial Research Community License. Code: Apache-2.0.
    # Data: Apache-2.0." partial); a full card -> modelcard open; the tuning set's datasheet, none for the base's data ->
    # datasheet partial (NeuralChat.yaml "No datasheet available for the base model."; Tulu.yaml).
    _Release(
        "finial-ai/Dormer-3B-Finial-Chat",
        FINIAL_CARD,
        FINIAL_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "partial",
            "modelcard": "open",
            "datasheet": "partial",
        },
        extra_files={"config.json": DORMER_CONFIG, **TOKENIZER_FILES},
        github=[FINIAL_GITHUB],
        datasets=[Dataset("finial-ai/finial-chat-50k", "cc-by-4.0", FINIAL_CHAT_CARD)],
        models=[DORMER],
    ),
    # (h) A from-scratch Apache model with its corpus on the Hub (ODC-By, a datasheet card) whose only code link, "Code:
    # projects/ashlar-2b in our research monorepo", goes to github.com/ashlar-ai/research/tree/main/projects/ashlar-2b; the
    # monorepo answers, its tree is read in full (not truncated), and it has no such folder: its README lists a speech
    # recogniser, an image segmenter and a retriever, each self-contained, none of them this model. Looked and found
    # nothing is closed, not unknown (README "What `unknown` means, and what `closed` means": "every linked repository
    # answered ... and an artifact is simply not there"; DESIGN.md "Absence is closed; unknown is unreadable"), and
    # other models' training code is not this model's -> no training code -> open-weights. Public weights -> open; the
    # corpus published -> datasources open; no code for this model in the repository the card links -> trainingcode
    # closed (Cogito.yaml "Repo exists, but contains no training code."; Mistral.yaml "No training code found.") and code
    # closed (Cogito.yaml "No code, so no documentation."); Apache weights and ODC-By data, no code released -> licenses
    # open (BindWeave.yaml "Weights: Apache-2.0. Code: not released. Data: CC-BY-4.0." open; Mistral.yaml; BTLM.yaml and
    # Baguettotron.yaml, partial, are the other side); a full card -> modelcard open; a datasheet card -> datasheet open.
    _Release(
        "ashlar-ai/Ashlar-2B",
        ASHLAR_CARD,
        ASHLAR_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "closed",
            "code": "closed",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": ASHLAR_CONFIG, **TOKENIZER_FILES},
        github=[ASHLAR_RESEARCH_GITHUB],
        datasets=[Dataset("ashlar-ai/ashlar-corpus", "odc-by", ASHLAR_CORPUS_CARD)],
    ),
]
