# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 32 (`ROUND_32`, 8 releases, written blind by a helper that never read the rules or the
probes): code and data at the edge of each level, the mirror of round 31 (which took the documentation parameters to
their edges). The OSAI parameters about what is released, training code, code documentation, base-model and end-model
data, datasheet and licences, are each put on one of their boundaries, one or two per release, written as real
publishers write. Each release is served by the loopback Hub (with the base models it names, all from this same round,
and their datasets and GitHub repositories) through `test_heldout_releases.py`, with the label and the key OSAI cells
the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the
receipts disagree", "License clause taxonomy" and "Verdict principles", the README's label table and its "What
`unknown` means, and what `closed` means", and the expert files in `../shared/reference/osai-index/`, whose `notes` are
cited beside each cell: EuroLLM, GPT-SW, Arabic StableLM, SantaCoder, Mustango, pharia, TangoFlux, TildeOpen, AMD OLMo,
Teuken, GANSynth, RedPajama, WaveCoder, PixArt, MusicLDM, MPT, Apriel, StableAudio, Lucie, Xwin-LM, Omnilingual ASR,
Claire, DeepFloyd, Salamandra, smollm, Zephyr, Geitje, WizardLM, Stable Beluga, OLMo, Pythia, koala, Olmo 3 RL-Zero Code,
TeleChat, XVERSE, viking, SkyWorks-OR1, Tulu, Magicoder, NeuralChat, OmniGen, DeepHermes, Poro, CodeUp, llama-3.3,
OpenELM, minerva, Fietje, MAGNeT, Guru, JASCO, XGen). Every model, company, dataset and repository is invented; no real
base is used. The real tools (transformers and its `run_clm.py` example script, tokenizers, TRL, Unsloth, PyTorch FSDP)
are named as themselves, without links to them.

Earlier rounds had fine-tuning code only for a from-scratch model (8), inference code and a Dockerfile under "fully
open source" (10), a fork of a framework under another name (3, 22), NeMo named in prose (23), the corpus pipeline
declared internal beside a published corpus (9), a filtered Common Crawl subset with its rebuilding pipeline but no
corpus (9), a public sample of an unpublished corpus (2, 10), "a mix of publicly available instruction datasets" for a
tune (10), gated Hub datasets (6, 8), a CC BY-NC corpus beside open ones (9), a Business Source License on the code
(9), a GPT-4 distillation dataset under CC BY-NC (11), a third party's non-commercial tokenizer (29), data on archives
off the Hub (15), and licensed data withheld for a stated reason (7, 15, 19, 31). This round takes code and data to
their edges where those had not gone: a model trained from scratch with an unmodified public framework script and
its exact arguments, on a third party's corpus used as published; a data pipeline told in prose with its thresholds,
the training code published and the filtered corpus not; one of three corpora behind a research request form, the
consent of its speakers being the reason; a tune on synthetic data that a closed commercial model generated, published
under CC BY 4.0 and the generator's terms; a complete pipeline in a repository with a one-line README; a complete
pipeline in a repository with no licence at all, under a card that says "fully open source"; an Unsloth fine-tune,
tagged Apache by the tool's template, over a community-licensed base, its three tuning sets third parties' Hub datasets
with their own cards and its code a notebook in the model repository; and a tune whose data mixture is given only as the
YAML its training script reads, over a non-commercial base trained on "a mix of publicly available data".

The bases (served, invented):
- tarn-lm/Tarn-1B: Apache 2.0, its one corpus on the Hub (ODC-By, a full datasheet card), its pipeline on GitHub with a
  documented README (open-source-ai-with-open-data).
- corrie-ai/Corrie-8B: the Corrie Community License (a 250M monthly-active-user threshold, an acceptable-use policy
  incorporated by reference and updatable, derivatives kept under the agreement, "Built with Corrie"), ungated; data
  and code not released (weights-available).
- cirque-lab/Cirque-3B: CC BY-NC 4.0, ungated; "pre-trained on a mix of publicly available data", no list, no code
  (weights-available).

The releases:
- (a) kame-nlp/Kame-160M: trained from scratch with transformers' `run_clm.py` unmodified, the command and
  `training_args.json` published, its tokenizer script in the repository, on a third party's CC BY 4.0 corpus used as
  published, whose build scripts are public (open-source-ai-with-open-data; training code and code documentation open).
- (b) esker-ai/Esker-3B: Apache, the pre-training code on GitHub with a README on how to run it, the data pipeline
  (extraction, language identification, quality filters, MinHash deduplication, PII masking) told in the card's prose
  with its thresholds, its code and the filtered corpus not released, no reason given (open-weights; data, training
  code, code documentation and datasheet partial).
- (c) firn-speech/Firn-ASR-Base: a speech recogniser trained from scratch on two public Hub corpora and a third the
  publisher recorded, shared only with researchers through a request form under a data use agreement because the
  speakers consented to research use only; a datasheet for it in the card; the whole pipeline on GitHub
  (open-source-ai; data and licences partial).
- (d) bergschrund-ai/Tarn-1B-Bergschrund-Instruct: an SFT of Tarn-1B on a Hub dataset of responses that a closed
  commercial model (Serac Systems' Glacier-Pro) generated, CC BY 4.0 and subject to Serac's terms against competing
  models; generation, filtering and tuning code on GitHub (open-source-ai; licences partial).
- (e) drumlin-lab/Drumlin-1B: fully open, the complete pipeline in a GitHub repository whose README is one line
  (open-source-ai-with-open-data; code documentation closed).
- (f) col-ai/Col-2B: "a fully open-source language model", Apache weights, open data, the complete pipeline in a GitHub
  repository that has no LICENSE file and names no licence (open-weights; licences partial).
- (g) arete-labs/Corrie-8B-Arete-SFT: an Unsloth card (`license: apache-2.0`, the template's default) over Corrie-8B;
  three third-party Hub tuning sets with their own cards (two datasheets, one a size table) and licences; the tuning
  code a notebook in the model repository (weights-available; training code, code documentation, licences and
  datasheet partial).
- (h) moulin-ai/Cirque-3B-Moulin-Math: CC BY-NC 4.0, a tune of Cirque-3B whose data mixture is given only as the YAML
  file its training script reads (three Hub datasets with datasheet cards); tuning code on GitHub (weights-available;
  base data closed, tuning data open, training code, code documentation, licences and datasheet partial).

Where the experts split, the round takes the expert file nearest the shape and says which file is on the other side
(a public framework as the training code: EuroLLM, GPT-SW, Arabic StableLM and SantaCoder open, pharia partial; open
weights beside data described but not released: Teuken open, Apriel partial; data shared on request: StableAudio
partial, Xwin-LM open for a gate in front of one set among open ones; a community-licensed tune with open code and
data: DeepHermes and Arabic StableLM partial, Tulu and Poro closed). Nothing found against something unread: every
file a release holds is served except the weights and `tokenizer.json` (listed, as round 31), so each cell is decided
from what was read.

Written blind, before any rule changed. First run (on commit 4eb0cb7, with no uncommitted edits under `src/`: only this
file and the two wiring lines in `test_heldout_releases.py` were new; run once with `-vv`, its whole output kept):
**1 of 8 right** (kame-nlp/Kame-160M: open-source-ai-with-open-data and all eight cells, the unmodified `run_clm.py`
with its exact arguments read as complete training code and its documentation open), **6 of 8 labels**, **53 of 63 key
cells**. One label read **more open** than the rubric: bergschrund-ai/Tarn-1B-Bergschrund-Instruct,
open-source-ai-with-open-data where open-source-ai was expected, the closed generator's terms on its synthetic tuning
data not read. One label was left undecided where the rubric decides it (col-ai/Col-2B, undetermined where open-weights
was expected). Four cells read more open than the rubric (three licences cells and one code documentation cell), six
less open (three of them following from one unread data list). The misses, from the assertion messages:
- bergschrund-ai/Tarn-1B-Bergschrund-Instruct (synthetic tuning data from a closed commercial model, CC BY 4.0 "and
  subject to Serac Systems' Terms of Service"): **open-source-ai-with-open-data** where open-source-ai was expected
  ("Weights under Apache License 2.0, deployment and training code under OSI-approved licenses, and every training
  dataset published under an open license."); licenses **open** where partial was expected ("Everything released is
  under open licenses."): presumably the dataset's `cc-by-4.0` tag was taken as its whole terms, though its card (Licensing
  Information, Uses) and the model card both say the responses stay under the generator's terms against developing
  competing models (koala.yaml: partial). The other eight cells right.
- col-ai/Col-2B (the complete pipeline in a repository with no LICENSE): **undetermined** where open-weights was
  expected ("The weights and deployment code are released under open terms (Apache License 2.0), so the release is at
  least open weights; whether it is Open Source AI is not established: an identifiable OSI-approved license on the
  code."); licenses **open** where partial was expected ("Everything released is under open licenses (code: no license
  found)."): a repository that was read in full (its file tree, README and GitHub's licence answer) and has no licence
  is treated as an unknown licence, where "absence is closed" (DESIGN.md) and code without a licence grants no rights,
  and the missing licence is left out of "everything released". The other six cells right.
- firn-speech/Firn-ASR-Base (one corpus of three shared on request under a research-only data use agreement): label
  right (open-source-ai, "the training data is listed and documented (not all of it is released under open terms)"),
  but licenses **open** where partial was expected ("Everything released is under open licenses."): the corpus shared
  under a non-commercial agreement is counted as unreleased rather than as released under non-open terms (Claire.yaml,
  DeepFloyd.yaml: partial; compare round 15's Hoverfly in `DISAGREEMENTS`); datasheet partial where open was expected
  ("The published training datasets have dataset cards on the Hub, but the card says part of the training data is not
  published ('we cannot release') and no datasheet documents that part."): the card's "### Datasheet: Firn Dialect
  Conversations" section under "## Training data" (motivation, composition, collection process, preprocessing and
  labelling, uses, distribution and maintenance, each in a bold-titled paragraph) was not found as that part's
  datasheet (Salamandra.yaml "Datasheet part of model card."). The label still came out right: the withheld part's
  reason was read.
- drumlin-lab/Drumlin-1B (the complete pipeline under a one-line README): label and seven cells right
  (open-source-ai-with-open-data), but code **partial** where closed was expected ("Some of the code is documented, but
  not every step from training to use."): a README that is "# drumlin" and "Code for Drumlin-1B." documents nothing
  (Teuken.yaml, TeleChat.yaml, XVERSE.yaml: closed); presumably the inference snippet on the model card, or the card's
  one sentence on what the repository holds, was counted as documentation.
- esker-ai/Esker-3B (the data pipeline in prose, the filtered corpus not released): label and six cells right
  (open-weights: "... but data-processing code; data information (list and description of the training data) are
  missing for Open Source AI."; data, training code and code documentation partial, licences open), but datasheet
  closed where partial was expected ("The model card has a section on the training data, but a section of a model card
  is not a datasheet, and there is no data card."): a source table and a seven-step processing description with
  thresholds give partial insight (MusicLDM.yaml: partial), where Teuken.yaml and MPT.yaml, closed, are the other side.
- arete-labs/Corrie-8B-Arete-SFT (Unsloth's card over the Corrie Community License, the tuning notebook in the model
  repository): label right (weights-available, "inherited from the base model hf:corrie-ai/Corrie-8B", citing the user
  cap at LICENSE line 26, the outside use policy at line 22, terms that can change at line 23 and branding at line 18,
  over the template's `license: apache-2.0`), training code partial right, but code closed where partial was expected
  ("No code documentation is published with the release: the release links no code repository."): the notebook with a
  Markdown cell before each step, which counted as the tuning code, is not looked at as documentation
  (NeuralChat.yaml: partial).
- moulin-ai/Cirque-3B-Moulin-Math (the tuning mixture only as the YAML its script reads): label right
  (weights-available, "inherited from the base model hf:cirque-lab/Cirque-3B", README.md line 32, "no commercial use"),
  base data closed right (Cirque-3B's "a mix of publicly available data"), but datasources_endmodel closed where open was expected
  ("The card describes the fine-tuning data only in general terms; no dataset is listed."): the three Hub ids under
  `mixture:` in the YAML block that the sentence before it calls "the tuning mixture, exactly as our training script
  reads it" were not read as the data list (smollm.yaml "Data source mixture described in training config."); and from
  that, licenses closed where partial was expected ("Licensing is not open: weights closed; code open; data unknown.")
  and datasheet closed where partial was expected ("The model card has a section on the training data, but a section of
  a model card is not a datasheet, and there is no data card."), the three datasets' datasheet cards never reached.
No expectation was changed after the run.

What changed (session of 2026-12-07), each for its general cause, with paraphrases and near misses in
`tests/probes/test_round32_rules.py`: a dataset card's own licensing section is read by the licence engine, and terms
it adds that block an open verdict (the generator's terms against competing models) make that dataset not openly
licensed (Bergschrund: open-source-ai, licences partial); a code repository read in full with no licence file, no
licence the forge detects and none stated has no licence, all rights reserved, closed rather than unknown (Col-2B:
open-weights, licences partial); training data the card says is shared only on request or under a data use
agreement makes the licences' data part partial, while data simply not released has no licence to rate (round 1's
Wren-1.5B stays open, after Phi.yaml); bold run-in headings ("**Motivation.** ...") are sections, so the card's own
datasheet for the corpus shared on request is read, and a passage under such a label inside "## Training data" stays
the data's terms, not the model's (Firn-ASR-Base); a README of a line or two, with no documentation folder, documents
nothing (Drumlin-1B: code closed); the card's own section on how the data was curated gives partial insight
(Esker-3B: datasheet partial); a data mixture the card shows in a fenced YAML block of its data section lists the
training data, looked up on the Hub as a configuration file's are (Moulin); training code kept in the model
repository that the card names where it tells how the model was trained is partly documented (Arete). 8 of 8 now.
"""

from __future__ import annotations

import json

from tests.assess.heldout_releases import Dataset, HeldOut, llama_config, sheet
from tests.assess.heldout_releases import YamlRelease as _Release
from tests.assess.heldout_releases import github_repo as _gh
from tests.assess.heldout_releases import hub_model as _model


def _json(obj: dict) -> bytes:
    return json.dumps(obj, indent=2).encode()


TOKENIZER_FILES: dict[str, bytes | None] = {
    "tokenizer.json": None,
    "tokenizer_config.json": b'{"add_bos_token": true, "bos_token": "<s>", "eos_token": "</s>", "model_max_length": 8192,'
    b' "tokenizer_class": "PreTrainedTokenizerFast"}',
    "special_tokens_map.json": b'{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}',
}


# --------------------------------------------------------------------------------------------------------------
# The bases.

# tarn-lm/Tarn-1B: fully open.

TARN_BODY = """# Tarn-1B

Tarn-1B is a 1.1B-parameter English base language model trained from scratch by Tarn LM, a research co-operative. Its weights, its complete training data and its complete training code are open.

## Model details

- **Developed by:** Tarn LM
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 22 layers, hidden size 2048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 32,000
- **Language:** English
- **License:** Apache 2.0

## Uses

Research on language models and a base for fine-tuning. It has no instruction or safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("tarn-lm/Tarn-1B")
model = AutoModelForCausalLM.from_pretrained("tarn-lm/Tarn-1B")
print(tok.decode(model.generate(**tok("A tarn is a mountain lake that", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [tarn-lm/tarn-corpus](https://huggingface.co/datasets/tarn-lm/tarn-corpus): 1.4T tokens of English web text, encyclopedic text, public-domain books and permissively licensed code, published in full under ODC-By 1.0 with a datasheet as its card. Nothing else was used.

## Training procedure

The whole pipeline (download, extraction, filtering, deduplication, tokenization, pre-training, evaluation) is on GitHub under Apache 2.0: [tarn-lm/tarn](https://github.com/tarn-lm/tarn).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 700k steps, bf16
- 64 NVIDIA H100 80GB GPUs for 9 days

## Evaluation

| Benchmark | Tarn-1B |
|---|---|
| Scree-QA (0-shot) | 55.3 |
| Cairn-Reasoning (5-shot) | 37.9 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## License

The weights and the code are Apache 2.0; tarn-corpus is ODC-By 1.0.
"""

TARN_CONFIG = llama_config(2048, 22, 16, 4, 5632, 32000, 4096, rope_theta=10000.0)

TARN = _model(
    "tarn-lm/Tarn-1B",
    {
        "license": "apache-2.0",
        "datasets": ["tarn-lm/tarn-corpus"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    TARN_BODY,
    {"config.json": TARN_CONFIG},
)

TARN_README = b"""# tarn

The complete training pipeline of Tarn-1B (https://huggingface.co/tarn-lm/Tarn-1B): building tarn-lm/tarn-corpus from
its sources, pre-training from scratch and evaluating. Everything here is Apache 2.0.

## Installation

    git clone https://github.com/tarn-lm/tarn && cd tarn
    pip install -e ".[data,train]"

## Building the corpus

Each step reads the previous step's output and writes Parquet shards; the thresholds are in the YAML files.

    python -m tarn.data.download --config configs/data/download.yaml   # Common Crawl WET, Wikipedia, Gutenberg, code
    python -m tarn.data.extract  --config configs/data/extract.yaml
    python -m tarn.data.filter   --config configs/data/filter.yaml     # language, quality, repetition
    python -m tarn.data.dedup    --config configs/data/dedup.yaml      # MinHash across all parts
    python -m tarn.data.tokenize --config configs/data/tokenize.yaml

The output of these steps is exactly tarn-lm/tarn-corpus on the Hub. See `docs/data.md` for what each filter does and
why.

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 -m tarn.train --config configs/tarn-1b.yaml

`configs/tarn-1b.yaml` holds every hyperparameter of the released checkpoint; `docs/training.md` explains each one,
how to resume from a checkpoint and how to run on fewer GPUs.

## Evaluation

    python -m tarn.eval --model tarn-lm/Tarn-1B --tasks all

## License

Apache 2.0.
"""

TARN_GITHUB = _gh(
    "tarn-lm/tarn",
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
        "configs/tarn-1b.yaml",
        "tarn/model.py",
        "tarn/train.py",
        "tarn/data/download.py",
        "tarn/data/extract.py",
        "tarn/data/filter.py",
        "tarn/data/dedup.py",
        "tarn/data/tokenize.py",
        "tarn/eval.py",
    ),
    TARN_README,
)

TARN_CORPUS_CARD = sheet(
    "odc-by",
    "Tarn Corpus",
    ["en"],
    {
        "Motivation": "Tarn Corpus is the complete training data (1.4T tokens) of Tarn-1B. We publish it in full so that "
        "anyone can inspect what the model learned from, and reproduce or extend its training. It was built by Tarn LM, "
        "a research co-operative funded by its members' universities; no company paid for or shaped it.",
        "Composition": "English web pages (80% of the tokens), English Wikipedia (4%), public-domain books (5%) and "
        "source code under permissive licences (11%), one record per document with `id`, `source`, `url`, `license` and "
        "`text` fields, in 2,400 zstd-compressed Parquet shards. It contains no text generated by a model.",
        "Collection Process": "Web pages come from 20 Common Crawl snapshots (2020 to 2025) downloaded from Common "
        "Crawl's public bucket; Wikipedia from the dump of 1 March 2025 on dumps.wikimedia.org; books from Project "
        "Gutenberg; code from public GitHub repositories whose licence is MIT, BSD or Apache 2.0, after honouring "
        "opt-out requests. Nothing was bought or licensed, and no page behind a login was collected.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition "
        "and boilerplate filters; a quality classifier keeping the top 35% of web pages; MinHash deduplication across "
        "all parts; e-mail addresses, phone numbers and IP addresses masked. Each step is a module of "
        "github.com/tarn-lm/tarn, with its thresholds in the configuration files.",
        "Known Biases and Limitations": "The web part over-represents North American and British sources and "
        "commercial sites; the quality classifier, trained on encyclopedic text, under-selects informal and dialectal "
        "English; the books are mostly from before 1930 and carry that period's views. Personal data may remain "
        "despite the masking.",
        "Uses": "Pre-training language models and research on pre-training data. Not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Tarn LM; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

TARN_DATASET = Dataset("tarn-lm/tarn-corpus", "odc-by", TARN_CORPUS_CARD)

# corrie-ai/Corrie-8B: a community licence with a user threshold and a use policy by reference.

CORRIE_LICENSE = b"""CORRIE COMMUNITY LICENSE AGREEMENT
Version 1.0, Corrie-8B Release Date: 14 April 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Corrie
Materials set out here. "Corrie AI", "we" or "us" means Corrie AI S.A., Geneva, Switzerland. "Corrie Materials" means
the Corrie-8B model weights, parameters and inference code and the documentation that Corrie AI makes available under
this Agreement. "You" means the individual or entity exercising rights under this Agreement.

By clicking "I Accept", or by using or distributing any part of the Corrie Materials, you agree to be bound by this
Agreement.

1. License Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Corrie AI's intellectual property embodied in the Corrie Materials to use, reproduce, distribute, copy, create
derivative works of, and make modifications to the Corrie Materials.

2. Redistribution and Use. If you distribute or make available the Corrie Materials, or any derivative work of them
(including any model fine-tuned, distilled, quantized or merged from them), or a product or service that uses any of
them, you shall (a) provide a copy of this Agreement with it; (b) prominently display "Built with Corrie" on a related
website, user interface, blog post or product documentation; and (c) distribute any such derivative model only under
the terms of this Agreement.

3. Acceptable Use. Your use of the Corrie Materials must comply with applicable laws and with the Corrie Acceptable Use
Policy (https://corrie.ai/acceptable-use-policy), which is hereby incorporated by reference into this Agreement. Corrie
AI may update the Acceptable Use Policy from time to time, and the updated policy applies from its publication.

4. Additional Commercial Terms. If, on the Corrie-8B Release Date, the monthly active users of the products or services
made available by or for you, or your affiliates, exceeded 250 million in the preceding calendar month, you must request
a license from Corrie AI, which Corrie AI may grant to you in its sole discretion, and you are not authorized to exercise
any of the rights under this Agreement unless or until Corrie AI otherwise expressly grants you such rights.

5. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE CORRIE MATERIALS AND ANY OUTPUT AND RESULTS THEREFROM
ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND.

6. Limitation of Liability. IN NO EVENT WILL CORRIE AI BE LIABLE UNDER ANY THEORY OF LIABILITY FOR ANY LOST PROFITS OR
ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

7. Term and Termination. This Agreement commences upon your acceptance or access to the Corrie Materials and continues
until terminated. Corrie AI may terminate this Agreement if you are in breach of any of its terms. Upon termination,
you shall delete and cease use of the Corrie Materials.

8. Governing Law. This Agreement is governed by the laws of Switzerland; the courts of Geneva have exclusive
jurisdiction.
"""

CORRIE_BODY = """# Corrie-8B

Corrie-8B is an 8B-parameter base language model by Corrie AI (Geneva) for English, French, German and Italian, pre-trained from scratch.

## Model details

- **Developed by:** Corrie AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Architecture:** 32 layers, hidden size 4,096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm, rotary position embeddings (θ = 500,000); context length 8,192; vocabulary 128,000
- **Languages:** English, French, German, Italian
- **License:** Corrie Community License (`LICENSE`)

## Training data

Corrie-8B was pre-trained on 12T tokens of publicly available web data, code, books and licensed data. The training data is not released, and neither is the training code.

## Uses and limitations

A base for fine-tuning and research. It has no safety tuning and can produce false or offensive text.

## License

Corrie-8B is released under the Corrie Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy and applies to every model derived from Corrie-8B.
"""

CORRIE_CONFIG = llama_config(4096, 32, 32, 8, 14336, 128000, 8192)

CORRIE = _model(
    "corrie-ai/Corrie-8B",
    {
        "license": "other",
        "license_name": "corrie-community-license",
        "license_link": "LICENSE",
        "language": ["en", "fr", "de", "it"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    CORRIE_BODY,
    {"LICENSE": CORRIE_LICENSE, "config.json": CORRIE_CONFIG},
)

# cirque-lab/Cirque-3B: non-commercial, "a mix of publicly available data".

CIRQUE_BODY = """# Cirque-3B

Cirque-3B is a 3B-parameter English and French base language model by Cirque Lab, released for non-commercial use.

## Model details

- **Developed by:** Cirque Lab
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 28 layers, hidden size 3072, 24 attention heads, context length 4,096; vocabulary 64,000
- **Languages:** English, French
- **License:** CC BY-NC 4.0

## Training data

Cirque-3B was pre-trained on 3T tokens from a mix of publicly available data.

## Limitations

It can produce false, biased or offensive text and has no safety tuning.

## License

Cirque-3B is released under the Creative Commons Attribution-NonCommercial 4.0 International licence: you may not use it, or models built on it, for commercial purposes.
"""

CIRQUE_CONFIG = llama_config(3072, 28, 24, 24, 8192, 64000, 4096, rope_theta=10000.0)

CIRQUE = _model(
    "cirque-lab/Cirque-3B",
    {
        "license": "cc-by-nc-4.0",
        "language": ["en", "fr"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    CIRQUE_BODY,
    {"config.json": CIRQUE_CONFIG},
)


# --------------------------------------------------------------------------------------------------------------
# (a) kame-nlp/Kame-160M: trained with an unmodified public framework script, its exact arguments published.

KAME_CARD = """# Kame-160M

Kame-160M is a small English language model trained from scratch on children's stories, for research on how much a language model can learn from a child-sized amount of text. It was trained by Kame NLP, a two-person research group, with nothing but public tools and public data.

## Model details

- **Developed by:** Kame NLP
- **Model type:** decoder-only transformer (Llama architecture), trained from scratch
- **Parameters:** 162M
- **Language:** English
- **License:** Apache 2.0
- **Architecture:** 12 layers, hidden size 768, 12 attention heads, SwiGLU MLP (2,048), RMSNorm, rotary position embeddings; context length 1,024; a byte-level BPE vocabulary of 16,000 tokens (see `config.json`)

## Uses

Research on data-efficient language modelling, on what small models learn from stories, and teaching. It can continue a story or a simple sentence.

### Out-of-scope use

Anything that needs facts, advice or safe behaviour: it is not an assistant and was not tuned to follow instructions or to refuse.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("kame-nlp/Kame-160M")
model = AutoModelForCausalLM.from_pretrained("kame-nlp/Kame-160M")
ids = tok("Once upon a time, a small turtle", return_tensors="pt")
print(tok.decode(model.generate(**ids, max_new_tokens=60, do_sample=True, top_p=0.9)[0]))
```

## Training data

Kame-160M was trained on [fabliau-project/fabliau-stories](https://huggingface.co/datasets/fabliau-project/fabliau-stories) (CC BY 4.0), 420M tokens of English children's stories, and on nothing else. We used the dataset exactly as it is published on the Hub, its `train` split for training and its `validation` split for evaluation: we did no filtering, deduplication or other processing of our own. The Fabliau Project built the dataset and documents it in its dataset card (a datasheet); its build scripts are public at [fabliau-project/fabliau-build](https://github.com/fabliau-project/fabliau-build).

## Training procedure

There is no custom training code: Kame-160M was trained with the `run_clm.py` example script of the transformers library (v4.52.0), unmodified, which tokenizes the dataset, packs it into 1,024-token blocks and trains with the `Trainer`. This is the exact command:

```bash
python transformers/examples/pytorch/language-modeling/run_clm.py \\
    --config_name ./kame-config \\
    --tokenizer_name ./kame-tokenizer \\
    --dataset_name fabliau-project/fabliau-stories \\
    --block_size 1024 \\
    --per_device_train_batch_size 32 \\
    --gradient_accumulation_steps 4 \\
    --learning_rate 6e-4 \\
    --lr_scheduler_type cosine \\
    --warmup_steps 1000 \\
    --weight_decay 0.1 \\
    --num_train_epochs 4 \\
    --bf16 \\
    --seed 42 \\
    --do_train --do_eval \\
    --output_dir ./kame-160m
```

`./kame-config` is the `config.json` of this repository. `training_args.json` in this repository is the full set of arguments the `Trainer` recorded. The tokenizer (`./kame-tokenizer`) was trained with the tokenizers library by `train_tokenizer.py`, also in this repository, on the same `train` split.

- 2 NVIDIA A100 40GB GPUs, 31 hours, about 410 steps per epoch at 131k tokens per step

## Evaluation

| Benchmark | Kame-160M |
|---|---|
| Fabliau validation perplexity | 9.8 |
| Story Cloze, child version (0-shot) | 61.4 |
| Minimal pairs, grammar (0-shot) | 72.9 |

## Limitations

Kame-160M knows little beyond the world of children's stories, repeats itself in long generations and reproduces the stereotypes of older children's literature (gender roles, depictions of other cultures) that remain in the corpus.

## Environmental impact

About 62 A100 GPU hours on a university cluster; we estimate 6 kg CO2e.

## Citation

```bibtex
@misc{kame2026,
  title  = {Kame-160M: a story-sized language model},
  author = {Kame NLP},
  year   = {2026},
  url    = {https://huggingface.co/kame-nlp/Kame-160M}
}
```

## License

Apache 2.0. The training data, fabliau-stories, is CC BY 4.0; the transformers library is Apache 2.0.
"""

KAME_META = {
    "license": "apache-2.0",
    "datasets": ["fabliau-project/fabliau-stories"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

KAME_CONFIG = llama_config(768, 12, 12, 12, 2048, 16000, 1024, rope_theta=10000.0)

KAME_TRAINING_ARGS = _json(
    {
        "output_dir": "./kame-160m",
        "do_train": True,
        "do_eval": True,
        "per_device_train_batch_size": 32,
        "per_device_eval_batch_size": 32,
        "gradient_accumulation_steps": 4,
        "learning_rate": 0.0006,
        "weight_decay": 0.1,
        "adam_beta1": 0.9,
        "adam_beta2": 0.999,
        "adam_epsilon": 1e-08,
        "max_grad_norm": 1.0,
        "num_train_epochs": 4.0,
        "lr_scheduler_type": "cosine",
        "warmup_steps": 1000,
        "logging_steps": 50,
        "save_steps": 500,
        "seed": 42,
        "bf16": True,
        "dataloader_num_workers": 4,
        "report_to": ["tensorboard"],
    }
)

KAME_TOKENIZER_SCRIPT = b'''"""Train Kame-160M's tokenizer: a byte-level BPE with 16,000 tokens on fabliau-stories' train split."""

from datasets import load_dataset
from tokenizers import ByteLevelBPETokenizer
from transformers import PreTrainedTokenizerFast

ds = load_dataset("fabliau-project/fabliau-stories", split="train")


def batches(size=1000):
    for i in range(0, len(ds), size):
        yield ds[i : i + size]["text"]


bpe = ByteLevelBPETokenizer()
bpe.train_from_iterator(batches(), vocab_size=16000, min_frequency=2, special_tokens=["<s>", "</s>", "<unk>"])
tok = PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", unk_token="<unk>")
tok.save_pretrained("./kame-tokenizer")
'''

FABLIAU_CARD = sheet(
    "cc-by-4.0",
    "Fabliau Stories",
    ["en"],
    {
        "Motivation": "Fabliau Stories was created by the Fabliau Project, a volunteer group of librarians and "
        "linguists, to give researchers a corpus of the size of the language a child hears and reads (about 400M "
        "tokens) that anyone can download and share. No company funded it; the hosting is donated by a university "
        "library.",
        "Composition": "420M tokens in 310,000 stories: public-domain children's books (58% of the tokens), stories "
        "written for the Lanterna Story Library under CC BY 4.0 by its volunteer authors (34%), and transcripts of "
        "storytelling sessions recorded with the consent of the storytellers (8%). Each record has `id`, `source`, "
        "`title`, `license` and `text`; the `train` split holds 98% of the stories and `validation` 2%.",
        "Collection Process": "Public-domain books were downloaded from Project Gutenberg's children's bookshelves in "
        "January 2026 and kept when published before 1929; Lanterna stories were exported from the library's public "
        "archive with its editors' agreement; storytelling transcripts were made by volunteers from recordings that "
        "the storytellers gave to the project under CC BY 4.0. Nothing was scraped from sites whose terms forbid it.",
        "Preprocessing": "Gutenberg headers, footers, tables of contents and illustrations captions removed; text "
        "normalised to Unicode NFC; exact and near-duplicate stories removed with MinHash (Jaccard 0.85); stories "
        "shorter than 80 words dropped. Every step is a script of github.com/fabliau-project/fabliau-build, which "
        "rebuilds this dataset from its sources.",
        "Known Biases and Limitations": "Most of the public-domain books are British and American and older than "
        "1929: they carry that period's gender roles, class assumptions and depictions of other cultures. Modern "
        "stories are fewer and mostly written by adult volunteers in English-speaking countries.",
        "Uses": "Training and evaluating small language models, research on language acquisition and on children's "
        "literature. Not meant for training systems that talk to children without supervision.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0. Cite the Fabliau Project and keep "
        "the per-story `license` field when redistributing parts.",
        "Maintenance": "Maintained by the Fabliau Project; errors and removal requests go to the dataset's discussion "
        "tab and are fixed in the next version.",
    },
)

FABLIAU_BUILD_README = b"""# fabliau-build

The scripts that build [Fabliau Stories](https://huggingface.co/datasets/fabliau-project/fabliau-stories) from its
sources. Running them end to end reproduces the published dataset (same story ids, same splits).

## Requirements

Python 3.11, `pip install -r requirements.txt`, about 40 GB of free disk space.

## Building the dataset

    python build/fetch_gutenberg.py --out raw/gutenberg        # children's bookshelves, pre-1929 only
    python build/fetch_lanterna.py --out raw/lanterna           # the library's public CC BY 4.0 archive
    python build/import_transcripts.py --src transcripts/ --out raw/telling
    python build/clean.py --in raw --out clean                  # strip headers, captions, tables of contents; NFC
    python build/dedup.py --in clean --out dedup --jaccard 0.85  # MinHash near-duplicate removal
    python build/split.py --in dedup --out release --val 0.02 --seed 13

Each script has a `--help` that explains its options; `docs/pipeline.md` gives the reasons for every threshold.

## License

Apache 2.0 for the scripts; the dataset itself is CC BY 4.0.
"""

FABLIAU_BUILD_GITHUB = _gh(
    "fabliau-project/fabliau-build",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "docs/pipeline.md",
        "build/fetch_gutenberg.py",
        "build/fetch_lanterna.py",
        "build/import_transcripts.py",
        "build/clean.py",
        "build/dedup.py",
        "build/split.py",
    ),
    FABLIAU_BUILD_README,
)


# --------------------------------------------------------------------------------------------------------------
# (b) esker-ai/Esker-3B: the data pipeline in prose only, the training code published, the filtered corpus not.

ESKER_CARD = """# Esker-3B

Esker-3B is a 3B-parameter English base language model trained from scratch by Esker AI. We release the weights and the pre-training code, and we describe the data pipeline in detail below.

## Model details

- **Developed by:** Esker AI
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 28 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, SwiGLU MLP (8,192), RMSNorm, rotary position embeddings (θ = 100,000); context length 8,192; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0
- **Training code:** [esker-ai/esker](https://github.com/esker-ai/esker) (Apache 2.0)

## Uses

A base for fine-tuning and research on language models. It is not an assistant and has no safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("esker-ai/Esker-3B")
model = AutoModelForCausalLM.from_pretrained("esker-ai/Esker-3B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("Eskers are long ridges of", return_tensors="pt"), max_new_tokens=50)[0]))
```

## Training data

Esker-3B was trained on 2.1T tokens drawn from these sources:

| Source | Where it comes from | Share of tokens |
|---|---|---|
| Web | Common Crawl snapshots CC-MAIN-2024-33 to CC-MAIN-2025-08 (WET files) | 76% |
| Encyclopedic | English Wikipedia, dump of 1 March 2025 | 3% |
| Scientific | arXiv LaTeX sources up to December 2024 (arXiv's bulk data access) | 6% |
| Books | Project Gutenberg, English, as of February 2025 | 4% |
| Code | Public GitHub repositories under MIT, BSD-2/3-Clause or Apache 2.0 licences | 11% |

### Data processing

Every source went through the same pipeline:

1. **Extraction.** Main text extracted from the WET records and from HTML with trafilatura (precision mode); LaTeX converted to plain text with macros expanded.
2. **Language identification.** fastText `lid.176`; documents kept when English scores above 0.70.
3. **Heuristic filters.** Documents with fewer than 50 or more than 100,000 words removed, and those whose share of lines ending in punctuation is below 0.2, whose share of duplicate lines is above 0.3 or whose mean word length is outside 3 to 10 characters.
4. **Quality classifier.** A fastText classifier trained on 200k Wikipedia-cited pages against 200k random pages; web documents kept above a score of 0.35 (about the top 30%).
5. **Deduplication.** MinHash over word 5-grams, 14 bands of 8 rows (Jaccard threshold about 0.8), across all sources; then exact deduplication of 50-token spans with a suffix array.
6. **PII masking.** E-mail addresses, phone numbers and IP addresses replaced with placeholders by regular expressions.
7. **Tokenization.** Our 50,304-token byte-level BPE tokenizer, trained on a 10 GB sample of the filtered web data.

The pipeline ran on our internal data platform and its code is not part of the release; we do not redistribute the filtered corpus.

## Training procedure

The pre-training code (model, training loop, configuration files, evaluation) is on GitHub: [esker-ai/esker](https://github.com/esker-ai/esker). Its README explains how to launch a run.

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warm-up 2,000 steps, cosine decay to 3e-5
- 4M-token batches, 525k steps, bf16, PyTorch FSDP
- 256 NVIDIA H100 80GB GPUs for 19 days

## Evaluation

| Benchmark | Esker-3B |
|---|---|
| Moraine-QA (0-shot) | 63.0 |
| Kettle-Reasoning (5-shot) | 48.2 |
| Outwash-Code (pass@1) | 21.7 |

## Limitations

Esker-3B can state false things confidently and reproduces the biases of web text; its code is often plausible but wrong.

## Environmental impact

About 117,000 H100 GPU hours; we estimate 29 t CO2e.

## License

The weights and the code are released under Apache 2.0.
"""

ESKER_META = {
    "license": "apache-2.0",
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

ESKER_CONFIG = llama_config(3072, 28, 24, 8, 8192, 50304, 8192, rope_theta=100000.0)

ESKER_README = b"""# esker

Pre-training code for [Esker-3B](https://huggingface.co/esker-ai/Esker-3B): the model, the training loop, the
configuration of the released run and the evaluation harness. Apache 2.0.

## Installation

    pip install -e ".[train]"

Tested with Python 3.11, PyTorch 2.6 and CUDA 12.4.

## Input data

The trainer reads tokenized documents from JSONL shards (`{"tokens": [...]}` per line) listed in the `data.paths` field
of the configuration, and packs them into 8,192-token sequences on the fly (`esker/dataloader.py`). The Esker-3B
corpus itself is not included; point `data.paths` at your own tokenized shards.

## Launching a run

    torchrun --nnodes 32 --nproc_per_node 8 -m esker.train --config configs/esker-3b.yaml

- `configs/esker-3b.yaml` is the configuration of the released checkpoint.
- `configs/esker-150m-debug.yaml` runs on a single GPU in a few minutes, for checking an installation.
- Checkpoints are written every 5,000 steps to `run.output_dir`; restart with `--resume` to continue.
- FSDP sharding, activation checkpointing and the learning-rate schedule are set in the `train` section.

## Evaluation

    python -m esker.eval --checkpoint path/to/checkpoint --tasks moraine_qa kettle outwash_code

## License

Apache 2.0.
"""

ESKER_GITHUB = _gh(
    "esker-ai/esker",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/esker-3b.yaml",
        "configs/esker-150m-debug.yaml",
        "esker/__init__.py",
        "esker/model.py",
        "esker/dataloader.py",
        "esker/train.py",
        "esker/optim.py",
        "esker/checkpoint.py",
        "esker/eval.py",
        "tests/test_model.py",
    ),
    ESKER_README,
)


# --------------------------------------------------------------------------------------------------------------
# (c) firn-speech/Firn-ASR-Base: one of three corpora shared only on request, for a stated reason.

FIRN_CARD = """# Firn-ASR-Base

Firn-ASR-Base is a 240M-parameter speech recognition model for Standard German and the Alpine German dialects (Swiss German, Walser and Tyrolean varieties), trained from scratch by the Firn Speech Collective. It transcribes dialect speech into Standard German text.

## Model details

- **Developed by:** Firn Speech Collective
- **Model type:** encoder-decoder transformer (the Whisper architecture in transformers), trained from scratch; 12 encoder and 12 decoder layers, width 768, 12 attention heads, 80 log-mel input channels, 30-second windows
- **Languages:** German (`de`), Alemannic dialects (`gsw`), Bavarian (`bar`)
- **License:** Apache 2.0
- **Code:** [firn-speech/firn](https://github.com/firn-speech/firn) (MIT)

## Uses

Transcribing interviews, oral-history recordings and broadcasts in Alpine dialects; subtitles; research on dialect speech recognition.

### Out-of-scope use

Identifying speakers, or transcribing people who have not agreed to be recorded. It is not a speaker-recognition model and was not evaluated for it.

## How to use

```python
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="firn-speech/Firn-ASR-Base")
print(asr("interview.wav", chunk_length_s=30)["text"])
```

## Training data

Firn-ASR-Base was trained on 4,400 hours of transcribed speech from three corpora, and on nothing else:

| Corpus | Hours | Access | Licence |
|---|---|---|---|
| [firn-speech/alpine-read-speech](https://huggingface.co/datasets/firn-speech/alpine-read-speech) | 1,400 | public on the Hub | CC BY 4.0 |
| [firn-speech/alpine-radio](https://huggingface.co/datasets/firn-speech/alpine-radio) | 2,100 | public on the Hub | CC BY 4.0 |
| Firn Dialect Conversations (FDC) | 900 | on request, for research | FDC Data Use Agreement |

**Why FDC is not public.** FDC is conversational speech that we recorded with 1,150 paid speakers. Their consent covers non-commercial research use only and does not allow publishing the recordings, so we cannot release FDC openly. Researchers can obtain it under the FDC Data Use Agreement (non-commercial research, no attempt to identify speakers, no redistribution) by filling in the request form at https://firn-speech.org/fdc-request; each request is checked by our data steward.

### Datasheet: Firn Dialect Conversations

**Motivation.** Read speech and radio do not contain the spontaneous dialect of everyday conversation, where recognisers fail most. FDC was built by the Firn Speech Collective with a grant from a regional cultural foundation to fill that gap.

**Composition.** 900 hours of conversations between two speakers each (2,310 conversations of 15 to 30 minutes), 1,150 speakers aged 18 to 91 from 212 municipalities in Switzerland, Liechtenstein, Vorarlberg, Tyrol and South Tyrol; 52% women, 48% men. Each conversation has two speaker channels, a dialect transcript, a Standard German transcript, and each speaker's age band, gender and home municipality. No names or other identifying details are kept.

**Collection process.** Speakers were recruited through local newspapers and associations between 2023 and 2025 and paid 40 CHF per hour. Pairs who know each other talked freely about topics they chose, in quiet rooms, recorded with head-worn microphones at 48 kHz. Each speaker signed a consent form that allows use for non-commercial research and forbids publication of the audio.

**Preprocessing and labelling.** Audio resampled to 16 kHz; each channel segmented at pauses into utterances of 2 to 28 seconds. Trained transcribers from each dialect region wrote the dialect transcript following the Dieth conventions and then the Standard German translation; 10% of the utterances were transcribed twice, with a word disagreement of 6.8%. Names, places and numbers that could identify someone were replaced by placeholders in the transcripts and beeped in the audio.

**Uses.** Training and evaluating speech recognition for dialects. Not for speaker identification, voice cloning or any commercial product.

**Distribution and maintenance.** Only under the FDC Data Use Agreement, through the request form above; the Firn Speech Collective keeps it and withdraws a speaker's recordings on request.

## Training procedure

The whole pipeline, from the raw recordings of the three corpora to the released checkpoint, is in [firn-speech/firn](https://github.com/firn-speech/firn) under MIT: resampling, segmentation, transcript normalisation, forced alignment, filtering of misaligned utterances, log-mel features, training and evaluation. The FDC steps run on the corpus once you have it.

- AdamW, peak learning rate 1e-3, linear warm-up over 10k steps and linear decay, 320k steps, batch 256 utterances, SpecAugment, bf16
- 16 NVIDIA A100 80GB GPUs for 6 days

## Evaluation

Word error rate (%) against the Standard German transcripts:

| Test set | Firn-ASR-Base |
|---|---|
| alpine-read-speech test | 7.9 |
| alpine-radio test | 11.4 |
| FDC test (held-out speakers) | 19.6 |

## Limitations

Word error rates are highest for speakers over 75 and for the Walser varieties, which have few hours of training data. Dialect words without a Standard German equivalent are often replaced by near matches.

## Environmental impact

About 2,300 A100 GPU hours on a cluster powered by hydroelectricity; we estimate 0.1 t CO2e.

## Citation

```bibtex
@misc{firn2026asr,
  title  = {Firn-ASR-Base: speech recognition for Alpine German dialects},
  author = {{Firn Speech Collective}},
  year   = {2026},
  url    = {https://huggingface.co/firn-speech/Firn-ASR-Base}
}
```

## License

The model weights are Apache 2.0 and the code MIT. alpine-read-speech and alpine-radio are CC BY 4.0; FDC is available only under its Data Use Agreement.
"""

FIRN_META = {
    "license": "apache-2.0",
    "datasets": ["firn-speech/alpine-read-speech", "firn-speech/alpine-radio"],
    "language": ["de", "gsw", "bar"],
    "library_name": "transformers",
    "pipeline_tag": "automatic-speech-recognition",
    "tags": ["whisper", "dialects"],
}

FIRN_CONFIG = _json(
    {
        "architectures": ["WhisperForConditionalGeneration"],
        "model_type": "whisper",
        "d_model": 768,
        "encoder_layers": 12,
        "decoder_layers": 12,
        "encoder_attention_heads": 12,
        "decoder_attention_heads": 12,
        "encoder_ffn_dim": 3072,
        "decoder_ffn_dim": 3072,
        "num_mel_bins": 80,
        "max_source_positions": 1500,
        "max_target_positions": 448,
        "vocab_size": 32768,
        "torch_dtype": "float32",
    }
)

FIRN_PREPROCESSOR = _json(
    {
        "feature_extractor_type": "WhisperFeatureExtractor",
        "feature_size": 80,
        "sampling_rate": 16000,
        "chunk_length": 30,
        "hop_length": 160,
        "n_fft": 400,
    }
)

FIRN_READ_CARD = sheet(
    "cc-by-4.0",
    "Alpine Read Speech",
    ["de", "gsw"],
    {
        "Motivation": "Alpine Read Speech gives researchers an openly licensed corpus of Alpine German dialects read "
        "aloud, which existing corpora of Standard German lack. It was collected by the Firn Speech Collective with "
        "volunteers and a grant from a regional cultural foundation.",
        "Composition": "1,400 hours, 610,000 utterances of 2 to 20 seconds by 4,800 speakers, each with the prompt "
        "text in dialect spelling and in Standard German, the speaker's age band, gender and home canton or region. "
        "Train, validation and test splits have disjoint speakers.",
        "Collection Process": "Volunteers recorded themselves between 2022 and 2025 with the collective's web "
        "application, reading sentences from public-domain dialect literature and from sentences other volunteers "
        "wrote in their own dialect. Every volunteer agreed to publication of the recordings under CC BY 4.0 before "
        "recording; no one was paid.",
        "Preprocessing": "Recordings resampled to 16 kHz mono; each utterance checked by two other volunteers, and "
        "utterances with a mismatch between the audio and the prompt removed (9% of the submissions); leading and "
        "trailing silence trimmed. The scripts are in github.com/firn-speech/firn (`firn/data/`).",
        "Known Biases and Limitations": "Speakers under 35 and from the larger cantons are over-represented; read "
        "speech is slower and closer to Standard German than conversation.",
        "Uses": "Training and evaluating speech recognition and dialect identification. Not for voice cloning or "
        "speaker identification.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "The Firn Speech Collective removes a speaker's recordings on request.",
    },
    task="automatic-speech-recognition",
)

FIRN_RADIO_CARD = sheet(
    "cc-by-4.0",
    "Alpine Radio",
    ["de", "gsw", "bar"],
    {
        "Motivation": "Alpine Radio makes the dialect programmes of a regional public broadcaster's archive "
        "available for speech research. The broadcaster released the recordings and their subtitles under CC BY 4.0 "
        "in 2024; the Firn Speech Collective aligned and packaged them.",
        "Composition": "2,100 hours of radio from 1978 to 2023: interviews, call-in shows, reports and dialect "
        "storytelling, in 1.1 million segments with Standard German subtitles, the programme, the year and whether "
        "the segment is studio or telephone speech. Speakers are not identified.",
        "Collection Process": "The broadcaster's archive delivered programme audio and subtitle files for every "
        "dialect programme it had cleared for open release, as published on its open-data portal in 2024. Nothing "
        "else was collected.",
        "Preprocessing": "Audio resampled to 16 kHz; subtitles aligned to the audio with a forced aligner and cut "
        "into segments of up to 28 seconds; segments whose alignment score is below 0.6 removed (14%); music-only "
        "segments removed with a speech/music classifier. The scripts are in github.com/firn-speech/firn.",
        "Known Biases and Limitations": "Subtitles are condensed translations, not verbatim transcripts; older "
        "programmes over-represent male speakers.",
        "Uses": "Training and evaluating speech recognition and speech translation.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0, crediting the broadcaster.",
        "Maintenance": "Maintained by the Firn Speech Collective.",
    },
    task="automatic-speech-recognition",
)

FIRN_README = b"""# firn

The complete training pipeline of [Firn-ASR-Base](https://huggingface.co/firn-speech/Firn-ASR-Base), from raw
recordings to the released checkpoint. MIT licence.

## Installation

    pip install -e ".[data,train]"
    sudo apt install ffmpeg sox

## Data preparation

One command per corpus; each writes utterance manifests (`.jsonl`) and log-mel features:

    python -m firn.data.prepare --corpus alpine-read-speech --out data/read
    python -m firn.data.prepare --corpus alpine-radio --out data/radio
    python -m firn.data.prepare --corpus fdc --src /path/to/FDC --out data/fdc   # after your FDC request is approved

`prepare` runs the steps in `firn/data/`: `resample.py` (16 kHz mono), `segment.py` (cutting at pauses or subtitle
boundaries), `normalize.py` (spelling, numbers, placeholders), `align.py` (forced alignment), `filter.py` (drops
misaligned or music-only segments) and `features.py` (80-channel log-mel). `docs/data.md` explains each step and its
thresholds.

## Training

    torchrun --nproc_per_node 8 -m firn.train --config configs/firn-asr-base.yaml

`configs/firn-asr-base.yaml` is the released run. `docs/training.md` covers the tokenizer, SpecAugment, the schedule
and how to fine-tune a released checkpoint on a new dialect.

## Evaluation

    python -m firn.eval --model firn-speech/Firn-ASR-Base --sets read radio fdc

## License

MIT.
"""

FIRN_GITHUB = _gh(
    "firn-speech/firn",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/data.md",
        "docs/training.md",
        "configs/firn-asr-base.yaml",
        "firn/data/prepare.py",
        "firn/data/resample.py",
        "firn/data/segment.py",
        "firn/data/normalize.py",
        "firn/data/align.py",
        "firn/data/filter.py",
        "firn/data/features.py",
        "firn/tokenizer.py",
        "firn/model.py",
        "firn/train.py",
        "firn/eval.py",
    ),
    FIRN_README,
    license_spdx="MIT",
)


# --------------------------------------------------------------------------------------------------------------
# (d) bergschrund-ai/Tarn-1B-Bergschrund-Instruct: tuning data generated by a closed commercial model.

BERGSCHRUND_CARD = """# Tarn-1B-Bergschrund-Instruct

Tarn-1B-Bergschrund-Instruct is an English instruction-following model by Bergschrund AI: a full supervised fine-tune of the fully open [Tarn-1B](https://huggingface.co/tarn-lm/Tarn-1B) on 60,000 synthetic instruction-response pairs.

## Model details

- **Developed by:** Bergschrund AI
- **Base model:** [tarn-lm/Tarn-1B](https://huggingface.co/tarn-lm/Tarn-1B) (Apache 2.0; its pre-training data and code are open)
- **Model type:** decoder-only transformer, supervised fine-tune (no preference tuning)
- **Language:** English
- **License:** Apache 2.0
- **Code:** [bergschrund-ai/bergschrund](https://github.com/bergschrund-ai/bergschrund) (Apache 2.0)

## Uses

Short instructions, explanations, summaries and rewriting in English; a small open model for research on synthetic instruction data.

### Out-of-scope use

Medical, legal or financial advice and decisions about people. Its only safety tuning is what the synthetic data contains.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="bergschrund-ai/Tarn-1B-Bergschrund-Instruct")
messages = [{"role": "user", "content": "Explain what a bergschrund is to a ten-year-old."}]
print(chat(messages, max_new_tokens=150)[0]["generated_text"][-1]["content"])
```

## Training data

- Pre-training (the base): [tarn-lm/tarn-corpus](https://huggingface.co/datasets/tarn-lm/tarn-corpus), ODC-By 1.0.
- Fine-tuning: [bergschrund-ai/bergschrund-synth-60k](https://huggingface.co/datasets/bergschrund-ai/bergschrund-synth-60k), all of our tuning data.

bergschrund-synth-60k is synthetic. We wrote 3,000 seed tasks by hand and expanded them into 60,000 instructions; the responses were all generated by Glacier-Pro, the commercial model of Serac Systems, through its paid API, then filtered and deduplicated. The dataset is published under CC BY 4.0, and the responses remain subject to Serac Systems' Terms of Service, which do not allow using Glacier-Pro's outputs to develop models that compete with Serac Systems' products. Its card documents how it was made.

## Training procedure

The code that generates, filters and deduplicates the data and the fine-tuning script (TRL's `SFTTrainer`) are on GitHub under Apache 2.0: [bergschrund-ai/bergschrund](https://github.com/bergschrund-ai/bergschrund). The base's own pipeline is [tarn-lm/tarn](https://github.com/tarn-lm/tarn).

- Full fine-tune, 3 epochs, learning rate 2e-5, cosine decay, 3% warm-up, batch 128 sequences of 2,048 tokens, loss on the responses only, bf16
- 8 NVIDIA A100 80GB GPUs for 5 hours

## Evaluation

| Benchmark | Tarn-1B | Bergschrund-Instruct |
|---|---|---|
| Crevasse-Instruct (win rate vs. reference) | — | 44.9 |
| Scree-QA (0-shot) | 55.3 | 56.8 |
| Cairn-Reasoning (5-shot) | 37.9 | 39.6 |

## Limitations

It imitates the style of its generator, including confident answers where it should say it does not know, and it inherits the base's biases.

## Environmental impact

About 40 A100 GPU hours for tuning; we estimate 5 kg CO2e. Generating the data used Serac Systems' API, whose energy use we do not know.

## Citation

```bibtex
@misc{bergschrund2026,
  title  = {Tarn-1B-Bergschrund-Instruct},
  author = {{Bergschrund AI}},
  year   = {2026},
  url    = {https://huggingface.co/bergschrund-ai/Tarn-1B-Bergschrund-Instruct}
}
```

## License

The model weights and the code are Apache 2.0. The tuning data is CC BY 4.0 and subject to Serac Systems' Terms of Service (see above); tarn-corpus is ODC-By 1.0.
"""

BERGSCHRUND_META = {
    "license": "apache-2.0",
    "base_model": "tarn-lm/Tarn-1B",
    "datasets": ["bergschrund-ai/bergschrund-synth-60k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

BERGSCHRUND_SYNTH_CARD = sheet(
    "cc-by-4.0",
    "Bergschrund Synth 60k",
    ["en"],
    {
        "Motivation": "Bergschrund Synth 60k is the complete fine-tuning data of Tarn-1B-Bergschrund-Instruct. "
        "Bergschrund AI made it to study how far a small open model can be taught by a strong commercial model's "
        "answers, and publishes it so that the experiment can be inspected and repeated.",
        "Composition": "60,000 English instruction-response pairs in one `train` split: 31% explanation, 22% writing "
        "and rewriting, 17% summarisation, 14% reasoning and arithmetic, 9% coding, 7% refusals of harmful requests. "
        "Fields: `id`, `seed_id`, `category`, `instruction`, `response`, `generator`. Every response is text "
        "generated by a model; the instructions are partly human-written seeds and partly model-expanded.",
        "Collection Process": "Three annotators of Bergschrund AI wrote 3,000 seed tasks in 2026. Glacier-Pro, the "
        "commercial model of Serac Systems, was prompted through its paid API to write new instructions in the style "
        "of the seeds and then to answer each instruction, with a fixed system prompt (in the GitHub repository). "
        "No personal data was used in the prompts.",
        "Preprocessing": "Responses that refused benign requests, that were truncated or that failed a language "
        "check were removed (11%); instructions were deduplicated with MinHash (Jaccard 0.7) and against the "
        "evaluation sets by 13-gram overlap; 2,000 pairs were checked by hand, with an error rate of 3.5%. The code "
        "is `synth/` in github.com/bergschrund-ai/bergschrund.",
        "Known Biases and Limitations": "The responses carry Glacier-Pro's style, views and errors, including its "
        "refusal patterns; topics follow what the seed writers thought of, mostly everyday and office tasks.",
        "Uses": "Instruction-tuning research. Any use must also respect Serac Systems' Terms of Service for "
        "Glacier-Pro outputs.",
        "Licensing Information": "CC BY 4.0. The responses were generated with Glacier-Pro under Serac Systems' "
        "Terms of Service, which do not permit using outputs to develop models that compete with Serac Systems' "
        "products; users of this dataset are responsible for complying with those terms.",
        "Maintenance": "Maintained by Bergschrund AI through the dataset's discussion tab.",
    },
)

BERGSCHRUND_README = b"""# bergschrund

Code for [Tarn-1B-Bergschrund-Instruct](https://huggingface.co/bergschrund-ai/Tarn-1B-Bergschrund-Instruct):
generating, filtering and deduplicating the synthetic tuning data, and fine-tuning Tarn-1B on it. Apache 2.0.

## Installation

    pip install -e .
    export SERAC_API_KEY=...   # only needed to regenerate the data

## 1. Generating the data

    python synth/expand_seeds.py --seeds synth/seeds.jsonl --n 60000 --out work/instructions.jsonl
    python synth/generate.py --in work/instructions.jsonl --out work/raw.jsonl --model glacier-pro

`synth/prompts/` holds the system prompts used with Glacier-Pro. Regenerating the data needs a Serac Systems API account
and is subject to Serac's terms.

## 2. Filtering and deduplication

    python synth/filter.py --in work/raw.jsonl --out work/filtered.jsonl       # refusals, truncation, language
    python synth/dedup.py --in work/filtered.jsonl --out work/final.jsonl --jaccard 0.7 --decontaminate evals/

The result is bergschrund-ai/bergschrund-synth-60k on the Hub.

## 3. Fine-tuning

    accelerate launch --num_processes 8 train/sft.py --config configs/sft.yaml

`configs/sft.yaml` is the released run (TRL `SFTTrainer`, full fine-tune of tarn-lm/Tarn-1B). `docs/` explains every
option and how to evaluate a checkpoint.

## License

Apache 2.0 for the code. The data is CC BY 4.0 and subject to Serac Systems' Terms of Service.
"""

BERGSCHRUND_GITHUB = _gh(
    "bergschrund-ai/bergschrund",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/data.md",
        "docs/training.md",
        "synth/seeds.jsonl",
        "synth/prompts/system.txt",
        "synth/expand_seeds.py",
        "synth/generate.py",
        "synth/filter.py",
        "synth/dedup.py",
        "train/sft.py",
        "configs/sft.yaml",
        "evals/run.py",
    ),
    BERGSCHRUND_README,
)


# --------------------------------------------------------------------------------------------------------------
# (e) drumlin-lab/Drumlin-1B: the complete pipeline in a repository whose README is one line.

DRUMLIN_CARD = """# Drumlin-1B

Drumlin-1B is a 1.2B-parameter English base language model trained from scratch by Drumlin Lab, a university research group. Its weights, its training data and its code are all released.

## Model details

- **Developed by:** Drumlin Lab
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, SwiGLU MLP (5,504), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 49,152
- **Language:** English
- **License:** Apache 2.0
- **Code:** https://github.com/drumlin-lab/drumlin

## Uses

Research on language models, their training data and their training dynamics; a base for fine-tuning. It is not an assistant and has no safety tuning.

### Out-of-scope use

Any use where wrong or biased text could harm people, such as advice, decisions about people or content for children.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("drumlin-lab/Drumlin-1B")
model = AutoModelForCausalLM.from_pretrained("drumlin-lab/Drumlin-1B")
print(tok.decode(model.generate(**tok("Drumlins are elongated hills that", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

Drumlin-1B was trained on 1.6T tokens from two datasets we publish on the Hub, and on nothing else:

- [drumlin-lab/drumlin-web](https://huggingface.co/datasets/drumlin-lab/drumlin-web) (1.3T tokens, ODC-By 1.0): filtered and deduplicated English web pages from Common Crawl.
- [drumlin-lab/drumlin-edu](https://huggingface.co/datasets/drumlin-lab/drumlin-edu) (300B tokens, CC BY 4.0): openly licensed textbooks, lecture notes and encyclopedic text.

Each dataset card is a datasheet describing how the data was collected and processed.

## Training procedure

The complete code (downloading and filtering the data, deduplication, tokenization, pre-training and evaluation) is in our GitHub repository, under Apache 2.0.

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, warm-up 2,000 steps, cosine decay, 2M-token batches for 800k steps, bf16
- 64 NVIDIA H100 80GB GPUs for 11 days

## Evaluation

| Benchmark | Drumlin-1B |
|---|---|
| Till-QA (0-shot) | 57.2 |
| Erratic-Reasoning (5-shot) | 38.6 |

## Bias, risks and limitations

Drumlin-1B produces false statements with confidence and reflects the biases of English web text (over-representation of North American sources and of male authors).

## Environmental impact

About 17,000 H100 GPU hours; we estimate 3.4 t CO2e.

## Citation

```bibtex
@misc{drumlin2026,
  title  = {Drumlin-1B},
  author = {{Drumlin Lab}},
  year   = {2026},
  url    = {https://huggingface.co/drumlin-lab/Drumlin-1B}
}
```

## License

The weights and the code are Apache 2.0; drumlin-web is ODC-By 1.0 and drumlin-edu CC BY 4.0.
"""

DRUMLIN_META = {
    "license": "apache-2.0",
    "datasets": ["drumlin-lab/drumlin-web", "drumlin-lab/drumlin-edu"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

DRUMLIN_CONFIG = llama_config(2048, 24, 16, 8, 5504, 49152, 4096, rope_theta=10000.0)

DRUMLIN_WEB_CARD = sheet(
    "odc-by",
    "Drumlin Web",
    ["en"],
    {
        "Motivation": "Drumlin Web is the web part (1.3T tokens) of the training data of Drumlin-1B, published so that "
        "the model's training data can be inspected and reused. It was built by Drumlin Lab with public research "
        "funding; no company took part.",
        "Composition": "English web pages, one record per page with `id`, `url`, `crawl`, `date` and `text`, in 1,800 "
        "Parquet shards. About 61% of the pages are from news, blogs and forums, 24% from company and institutional "
        "sites and 15% from reference and educational sites.",
        "Collection Process": "Pages come from 16 Common Crawl snapshots (CC-MAIN-2021-04 to CC-MAIN-2025-05), "
        "downloaded from Common Crawl's public bucket as WARC files. Common Crawl honours robots.txt; we additionally "
        "removed domains on a published adult and malware blocklist and domains that asked us to be excluded.",
        "Preprocessing": "Text extracted with trafilatura; English kept above a fastText score of 0.65; Gopher-style "
        "repetition and quality rules; a classifier keeping the 40% of pages most similar to educational text; "
        "MinHash deduplication (5-grams, Jaccard 0.8) within and across snapshots; e-mail addresses and phone numbers "
        "masked. Every step is a script in the `data/` folder of github.com/drumlin-lab/drumlin.",
        "Known Biases and Limitations": "The data over-represents North American and British English, commercial sites "
        "and male authors; the educational-similarity classifier under-selects informal and dialectal writing. Some "
        "personal data and offensive text remain.",
        "Uses": "Pre-training language models and research on web data. Not for profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Drumlin Lab maintains the dataset and processes removal requests from the discussion tab.",
    },
)

DRUMLIN_EDU_CARD = sheet(
    "cc-by-4.0",
    "Drumlin Edu",
    ["en"],
    {
        "Motivation": "Drumlin Edu is the educational part (300B tokens) of the training data of Drumlin-1B: openly "
        "licensed teaching material, gathered so that the model sees well-structured explanatory text. Built by "
        "Drumlin Lab with public research funding.",
        "Composition": "Openly licensed textbooks (41% of the tokens), university lecture notes (27%), encyclopedic "
        "articles (22%) and open-access review articles (10%), one record per document with `id`, `source`, "
        "`license`, `url` and `text`. Every document is under CC BY, CC BY-SA or CC0.",
        "Collection Process": "Documents were downloaded in 2025 from open-textbook libraries, the open courseware "
        "pages of 37 universities, the English Wikipedia and Wikibooks dumps of 1 June 2025, and the open-access "
        "subset of a public repository of review articles, keeping only documents whose licence metadata is CC BY, "
        "CC BY-SA or CC0.",
        "Preprocessing": "PDFs converted to text with a layout-aware extractor; headers, footers, page numbers and "
        "reference lists removed; formulas kept as LaTeX; English kept above a fastText score of 0.8; MinHash "
        "deduplication against itself and against Drumlin Web. The scripts are in the `data/` folder of "
        "github.com/drumlin-lab/drumlin.",
        "Known Biases and Limitations": "Mostly material from universities in English-speaking countries; the "
        "sciences are better covered than the humanities; older Wikipedia articles carry their editors' biases.",
        "Uses": "Pre-training and research on educational text.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0; each document keeps its own licence "
        "in the `license` field.",
        "Maintenance": "Maintained by Drumlin Lab; errors and removal requests go to the discussion tab.",
    },
)

DRUMLIN_README = b"""# drumlin

Code for Drumlin-1B.
"""

DRUMLIN_GITHUB = _gh(
    "drumlin-lab/drumlin",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "data/download.py",
        "data/extract.py",
        "data/filter.py",
        "data/dedup.py",
        "data/tokenize.py",
        "drumlin/model.py",
        "drumlin/train.py",
        "drumlin/utils.py",
        "configs/drumlin-1b.yaml",
        "eval/run.py",
        "scripts/launch.sh",
    ),
    DRUMLIN_README,
)


# --------------------------------------------------------------------------------------------------------------
# (f) col-ai/Col-2B: "fully open source", its code repository without a licence.

COL_CARD = """# Col-2B

**Col-2B is a fully open-source language model: open weights, open data, open code.** It is a 2B-parameter English and code base model trained from scratch by Col AI.

## Model details

- **Developed by:** Col AI
- **Model type:** decoder-only transformer, trained from scratch; base model
- **Architecture:** 24 layers, hidden size 2,560, 20 attention heads with 4 key-value heads, SwiGLU MLP (6,912), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 65,536
- **Languages:** English, programming languages
- **Code:** [col-ai/col](https://github.com/col-ai/col)

## Uses

A base for fine-tuning and for research on language models and their data. Not an assistant; no safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("col-ai/Col-2B")
model = AutoModelForCausalLM.from_pretrained("col-ai/Col-2B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("def fibonacci(n):", return_tensors="pt"), max_new_tokens=60)[0]))
```

## Training data

All of Col-2B's training data is public on the Hub:

- [col-ai/col-web](https://huggingface.co/datasets/col-ai/col-web): 1.5T tokens of filtered English web text and permissively licensed code (ODC-By 1.0).
- [col-ai/col-books](https://huggingface.co/datasets/col-ai/col-books): 90B tokens of public-domain books (CC0).

Both cards are datasheets.

## Training procedure

Everything we ran is in [col-ai/col](https://github.com/col-ai/col): the data pipeline that builds col-web and col-books, the pre-training code and its configuration, and the evaluation suite.

- AdamW, peak learning rate 3e-4, cosine schedule, 4M-token batches for 400k steps, bf16
- 128 NVIDIA H100 80GB GPUs for 8 days

## Evaluation

| Benchmark | Col-2B |
|---|---|
| Saddle-QA (0-shot) | 60.4 |
| Pass-Code (pass@1) | 24.9 |

## Limitations

Col-2B can produce false, insecure or biased output; its code is often plausible but wrong.

## License

The model weights are released under Apache 2.0.
"""

COL_META = {
    "license": "apache-2.0",
    "datasets": ["col-ai/col-web", "col-ai/col-books"],
    "language": ["en", "code"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

COL_CONFIG = llama_config(2560, 24, 20, 4, 6912, 65536, 8192, rope_theta=500000.0)

COL_WEB_CARD = sheet(
    "odc-by",
    "Col Web",
    ["en"],
    {
        "Motivation": "Col Web is the main training corpus of Col-2B (1.5T tokens), published in full so that anyone "
        "can inspect and reuse what the model was trained on. Built by Col AI, which funds it itself.",
        "Composition": "English web pages (82% of the tokens) and source code in 30 programming languages (18%), one "
        "record per document with `id`, `source`, `url`, `license` (for code) and `text`, in 2,000 Parquet shards.",
        "Collection Process": "Web pages from 14 Common Crawl snapshots of 2022 to 2025, downloaded from Common "
        "Crawl's public bucket; code from public GitHub repositories whose licence is MIT, BSD, ISC or Apache 2.0, "
        "cloned in March 2025 after removing repositories whose owners opted out.",
        "Preprocessing": "Text extraction with resiliparse; English kept above a fastText score of 0.7; repetition "
        "and quality rules; MinHash deduplication (Jaccard 0.8); code files with secrets, generated files and files "
        "over 1 MB removed; e-mail addresses and IP addresses masked. The code is the `pipeline/` folder of "
        "github.com/col-ai/col.",
        "Known Biases and Limitations": "Web text over-represents North American and commercial sources; the code "
        "over-represents Python and JavaScript and popular repositories.",
        "Uses": "Pre-training language and code models; research on training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; code files keep their own licences.",
        "Maintenance": "Col AI processes removal requests from the discussion tab.",
    },
)

COL_BOOKS_CARD = sheet(
    "cc0-1.0",
    "Col Books",
    ["en"],
    {
        "Motivation": "Col Books is the book part (90B tokens) of Col-2B's training data: long, edited English prose "
        "free of copyright, so that it can be shared without restriction. Built by Col AI.",
        "Composition": "61,000 English books in the public domain in the United States and the European Union: "
        "fiction (55%), history and biography (18%), science and philosophy (15%) and other non-fiction (12%), one "
        "record per book with `id`, `title`, `author`, `year` and `text`.",
        "Collection Process": "Books downloaded in February 2025 from Project Gutenberg and from the public-domain "
        "collections of two national libraries, keeping only books whose authors died more than 70 years ago and "
        "which were published before 1930.",
        "Preprocessing": "Digitisation headers and footers, page numbers and transcriber notes removed; hyphenation at "
        "line ends undone; duplicate editions removed by MinHash (Jaccard 0.9). The code is the `pipeline/books/` "
        "folder of github.com/col-ai/col.",
        "Known Biases and Limitations": "The books are old and mostly by British and American men; they carry the "
        "views of their time on race, gender and empire.",
        "Uses": "Pre-training and research on long-form text.",
        "Distribution": "On the Hugging Face Hub, without a gate, dedicated to the public domain under CC0 1.0.",
        "Maintenance": "Maintained by Col AI.",
    },
)

COL_README = b"""# col

Everything behind [Col-2B](https://huggingface.co/col-ai/Col-2B): the data pipeline, the pre-training code and the
evaluation suite.

## Installation

    git clone https://github.com/col-ai/col && cd col
    pip install -e ".[pipeline,train,eval]"

## Building the data

    python -m pipeline.web.run --config pipeline/configs/web.yaml      # col-ai/col-web
    python -m pipeline.books.run --config pipeline/configs/books.yaml  # col-ai/col-books

The web pipeline downloads the Common Crawl snapshots, extracts, filters, deduplicates and masks; the books pipeline
cleans and deduplicates the public-domain books. See `docs/pipeline.md` for every step and threshold.

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m col.train --config configs/col-2b.yaml

See `docs/training.md` for the configuration reference, checkpointing and running on a smaller cluster.

## Evaluation

    python -m col.eval --model col-ai/Col-2B

See `docs/eval.md` for the tasks.

## Contributing

Col is open source! Issues and pull requests are welcome.
"""

COL_GITHUB = _gh(
    "col-ai/col",
    (
        "README.md",
        "pyproject.toml",
        "docs/pipeline.md",
        "docs/training.md",
        "docs/eval.md",
        "pipeline/configs/web.yaml",
        "pipeline/configs/books.yaml",
        "pipeline/web/run.py",
        "pipeline/web/extract.py",
        "pipeline/web/filter.py",
        "pipeline/web/dedup.py",
        "pipeline/books/run.py",
        "pipeline/books/clean.py",
        "col/model.py",
        "col/train.py",
        "col/eval.py",
        "configs/col-2b.yaml",
    ),
    COL_README,
    license_spdx=None,
)


# --------------------------------------------------------------------------------------------------------------
# (g) arete-labs/Corrie-8B-Arete-SFT: Unsloth's card over a community-licensed base, three third-party Hub datasets.

ARETE_CARD = """# Uploaded  model

- **Developed by:** arete-labs
- **License:** apache-2.0
- **Finetuned from model :** corrie-ai/Corrie-8B

This llama model was trained 2x faster with Unsloth and Huggingface's TRL library.

## Training data

We fine-tuned on three public datasets from the Hub, all used in full, and on nothing else:

| Dataset | Examples | License |
|---|---|---|
| [moraine-data/helpful-dialogues-25k](https://huggingface.co/datasets/moraine-data/helpful-dialogues-25k) | 25,000 | Apache 2.0 |
| [pingo-nlp/stepwise-math-40k](https://huggingface.co/datasets/pingo-nlp/stepwise-math-40k) | 40,000 | CC BY 4.0 |
| [ogive-lab/safe-refusals-8k](https://huggingface.co/datasets/ogive-lab/safe-refusals-8k) | 8,000 | ODC-By 1.0 |

See each dataset's card for how it was made.

## Training

LoRA (r = 16, alpha = 16, all attention and MLP projections) on the 4-bit base with Unsloth, 2 epochs, learning rate 2e-4, batch 16, max length 4,096, on one NVIDIA A100 80GB for 7 hours; the adapter was then merged into the 16-bit weights. The notebook we ran is `train_unsloth.ipynb` in this repository.

## Evaluation

| Benchmark | Corrie-8B | Arete-SFT |
|---|---|---|
| Col-Chat (win rate vs. reference) | — | 52.3 |
| Stepwise-Math test (accuracy) | 41.0 | 58.7 |

## Limitations

It inherits Corrie-8B's biases and can still produce wrong or unsafe answers.
"""

ARETE_META = {
    "base_model": "corrie-ai/Corrie-8B",
    "tags": ["text-generation-inference", "transformers", "unsloth", "llama", "trl", "sft"],
    "license": "apache-2.0",
    "language": ["en"],
    "datasets": [
        "moraine-data/helpful-dialogues-25k",
        "pingo-nlp/stepwise-math-40k",
        "ogive-lab/safe-refusals-8k",
    ],
}


def _notebook(cells: list[tuple[str, str]]) -> bytes:
    """A Jupyter notebook (nbformat 4) with the given (cell type, source) cells, as Colab saves it."""
    return _json(
        {
            "nbformat": 4,
            "nbformat_minor": 0,
            "metadata": {"accelerator": "GPU", "kernelspec": {"name": "python3", "display_name": "Python 3"}},
            "cells": [
                {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
                | ({"execution_count": None, "outputs": []} if kind == "code" else {})
                for kind, source in cells
            ],
        }
    )


ARETE_NOTEBOOK = _notebook(
    [
        (
            "markdown",
            "# Corrie-8B Arete SFT\n\nLoRA fine-tune of Corrie-8B with Unsloth on three public datasets, then merged to 16-bit.",
        ),
        ("code", '%%capture\n!pip install unsloth "trl<0.20" datasets'),
        ("markdown", "## Load the base in 4-bit and add LoRA adapters"),
        (
            "code",
            "from unsloth import FastLanguageModel\n\n"
            'model, tokenizer = FastLanguageModel.from_pretrained("corrie-ai/Corrie-8B", max_seq_length=4096, load_in_4bit=True)\n'
            "model = FastLanguageModel.get_peft_model(\n"
            "    model, r=16, lora_alpha=16, lora_dropout=0,\n"
            '    target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],\n'
            '    use_gradient_checkpointing="unsloth", random_state=3407,\n'
            ")",
        ),
        ("markdown", "## Data\n\nThe three datasets, each converted to the chat format and concatenated."),
        (
            "code",
            "from datasets import load_dataset, concatenate_datasets\n\n"
            "def to_chat(ex):\n"
            '    return {"text": tokenizer.apply_chat_template(ex["messages"], tokenize=False)}\n\n'
            "parts = [\n"
            '    load_dataset("moraine-data/helpful-dialogues-25k", split="train"),\n'
            '    load_dataset("pingo-nlp/stepwise-math-40k", split="train"),\n'
            '    load_dataset("ogive-lab/safe-refusals-8k", split="train"),\n'
            "]\n"
            "data = concatenate_datasets([p.map(to_chat, remove_columns=p.column_names) for p in parts]).shuffle(seed=3407)",
        ),
        ("markdown", "## Train"),
        (
            "code",
            "from trl import SFTTrainer, SFTConfig\n\n"
            "trainer = SFTTrainer(\n"
            "    model=model, tokenizer=tokenizer, train_dataset=data,\n"
            '    args=SFTConfig(dataset_text_field="text", max_seq_length=4096, per_device_train_batch_size=4,\n'
            "                   gradient_accumulation_steps=4, num_train_epochs=2, learning_rate=2e-4,\n"
            '                   lr_scheduler_type="linear", warmup_steps=50, optim="adamw_8bit", bf16=True,\n'
            '                   logging_steps=10, seed=3407, output_dir="outputs"),\n'
            ")\n"
            "trainer.train()",
        ),
        ("markdown", "## Merge and upload"),
        (
            "code",
            'model.push_to_hub_merged("arete-labs/Corrie-8B-Arete-SFT", tokenizer, save_method="merged_16bit")',
        ),
    ]
)

HELPFUL_DIALOGUES_CARD = sheet(
    "apache-2.0",
    "Helpful Dialogues 25k",
    ["en"],
    {
        "Motivation": "Helpful Dialogues 25k is a set of multi-turn assistant conversations written by people, made "
        "by Moraine Data, a data co-operative, as openly licensed tuning data for chat models.",
        "Composition": "25,000 English conversations of 2 to 8 turns (`messages` in the chat format), on everyday "
        "questions (38%), writing help (24%), study help (21%) and planning (17%). Every turn was written by a person; "
        "no text was generated by a model.",
        "Collection Process": "In 2025, 140 paid writers recruited through the co-operative wrote both sides of each "
        "conversation, following written guidelines and prompts drawn from a list of everyday situations. Writers "
        "were paid 25 EUR per hour and agreed to the Apache 2.0 release of their work.",
        "Preprocessing": "Each conversation was reviewed by a second writer; 7% were rewritten and 3% removed for "
        "errors or unsafe advice. Names and contact details were replaced by invented ones. Near-duplicates were "
        "removed with MinHash (Jaccard 0.8).",
        "Known Biases and Limitations": "The writers were mostly European university graduates, so the situations "
        "and the advice reflect their lives; few conversations concern rural life or low incomes.",
        "Uses": "Supervised fine-tuning and evaluation of assistants.",
        "Distribution": "On the Hugging Face Hub, without a gate, under Apache 2.0.",
        "Maintenance": "Maintained by Moraine Data.",
    },
)

STEPWISE_MATH_CARD = """---
license: cc-by-4.0
language:
- en
task_categories:
- text-generation
size_categories:
- 10K<n<100K
---

# Stepwise Math 40k

Math word problems with step-by-step solutions, in the chat format.

| Split | Examples |
|---|---|
| train | 40,000 |
| test | 1,000 |

## License

CC BY 4.0.
"""

SAFE_REFUSALS_CARD = sheet(
    "odc-by",
    "Safe Refusals 8k",
    ["en"],
    {
        "Motivation": "Safe Refusals 8k teaches chat models to decline harmful requests while still helping with the "
        "benign part of a request. Ogive Lab, an AI-safety research group, built it with a public research grant.",
        "Composition": "8,000 English conversations (`messages` in the chat format): 5,200 harmful or borderline "
        "requests with a refusal that explains why and offers a safe alternative, and 2,800 benign requests that "
        "look risky (medical, security, chemistry) answered helpfully, to counter over-refusal.",
        "Collection Process": "Requests were written by 12 trained annotators of Ogive Lab in 2025 from a taxonomy of "
        "14 harm categories; responses were written by the same annotators and reviewed by a second one. No model "
        "generated any text, and no request comes from real users.",
        "Preprocessing": "Responses that disagreed with the review guidelines were rewritten (9%); requests were "
        "deduplicated by MinHash (Jaccard 0.75) and checked against public safety benchmarks, removing 61 overlaps.",
        "Known Biases and Limitations": "The harm taxonomy and the judgements follow the annotators' views and "
        "Western European law; refusals may still be too frequent in medicine.",
        "Uses": "Safety tuning and evaluation of refusal behaviour. Not for generating harmful content.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Ogive Lab.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) moulin-ai/Cirque-3B-Moulin-Math: the data mixture only as the YAML the training script reads.

MOULIN_CARD = """# Cirque-3B-Moulin-Math

Cirque-3B-Moulin-Math is a maths tutor for English and French: a supervised fine-tune of [Cirque-3B](https://huggingface.co/cirque-lab/Cirque-3B) by Moulin AI that solves school and first-year university problems step by step.

## Model details

- **Developed by:** Moulin AI
- **Base model:** [cirque-lab/Cirque-3B](https://huggingface.co/cirque-lab/Cirque-3B) (CC BY-NC 4.0)
- **Model type:** decoder-only transformer, full supervised fine-tune
- **Languages:** English, French
- **License:** CC BY-NC 4.0, as its base
- **Code:** [moulin-ai/moulin-sft](https://github.com/moulin-ai/moulin-sft) (Apache 2.0)

## Uses

Step-by-step help with mathematics exercises, for learners and teachers, in non-commercial settings.

## How to use

```python
from transformers import pipeline

tutor = pipeline("text-generation", model="moulin-ai/Cirque-3B-Moulin-Math")
messages = [{"role": "user", "content": "Résous 3x + 7 = 22 étape par étape."}]
print(tutor(messages, max_new_tokens=300)[0]["generated_text"][-1]["content"])
```

## Training data

Below is the tuning mixture, exactly as our training script reads it (`configs/mix.yaml` in moulin-sft). The base model's own pre-training data is not documented beyond its card.

```yaml
# configs/mix.yaml
mixture:
  - dataset: sastrugi-data/word-problems-cot-90k
    split: train
    weight: 0.55
  - dataset: penitente-nlp/maths-fr-30k
    split: train
    weight: 0.25
  - dataset: nieve-lab/proof-steps-20k
    split: train
    weight: 0.20
seed: 11
max_length: 4096
```

## Training procedure

Full fine-tune with moulin-sft (transformers `Trainer`), 3 epochs, learning rate 1e-5, cosine decay, batch 64, bf16, on 8 NVIDIA L40S GPUs for 14 hours. The repository's README explains how to reproduce the run.

## Evaluation

| Benchmark | Cirque-3B | Moulin-Math |
|---|---|---|
| Word-problems test (accuracy) | 38.2 | 61.5 |
| Maths-FR test (accuracy) | 33.7 | 55.0 |

## Limitations

It makes arithmetic slips in long solutions and can present a wrong answer with a convincing derivation; check its work.

## License

CC BY-NC 4.0: non-commercial use only, like Cirque-3B.
"""

MOULIN_META = {
    "license": "cc-by-nc-4.0",
    "base_model": "cirque-lab/Cirque-3B",
    "language": ["en", "fr"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["math", "tutoring"],
}

WORD_PROBLEMS_CARD = sheet(
    "cc-by-4.0",
    "Word Problems CoT 90k",
    ["en"],
    {
        "Motivation": "Word Problems CoT 90k gives openly licensed maths word problems with worked solutions for "
        "training and evaluating step-by-step reasoning. It was made by Sastrugi Data, a non-profit of maths teachers.",
        "Composition": "90,000 English word problems from primary school to secondary school level, each with a "
        "worked solution in numbered steps and a final numeric answer (`problem`, `solution`, `answer`, `grade`). "
        "About 30% involve fractions or percentages, 25% rates and proportions, 20% geometry.",
        "Collection Process": "Problems were written by 60 teachers in 2024 and 2025, paid per problem, from "
        "curriculum objectives of four English-speaking countries; solutions were written by the same teachers. "
        "Nothing was scraped and no model wrote any text.",
        "Preprocessing": "Each problem was solved independently by a second teacher; problems whose answers disagreed "
        "were corrected or removed (6%). Near-duplicates were removed with MinHash (Jaccard 0.8) and problems "
        "overlapping public benchmarks were dropped.",
        "Known Biases and Limitations": "Contexts (shops, sports, money) reflect the teachers' countries; there are "
        "few problems above secondary level.",
        "Uses": "Fine-tuning and evaluating mathematical reasoning.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Sastrugi Data.",
    },
)

MATHS_FR_CARD = sheet(
    "mit",
    "Maths FR 30k",
    ["fr"],
    {
        "Motivation": "Maths FR 30k is a French set of exercises with detailed corrections for training French maths "
        "tutors, made by Penitente NLP, a university group, with a public research grant.",
        "Composition": "30,000 French exercises from collège, lycée and first-year university (algebra, analysis, "
        "probability, geometry), each with a correction in numbered steps (`enonce`, `correction`, `niveau`, "
        "`theme`).",
        "Collection Process": "Exercises and corrections were collected in 2025 from teachers who released their "
        "own worksheets under an open licence, with their written consent, and from exercises written for the "
        "project by 18 paid graduate students.",
        "Preprocessing": "Worksheets were converted from PDF and LaTeX to Markdown with formulas in LaTeX; every "
        "correction was checked by a second person; 4% were corrected; duplicates were removed by exact and MinHash "
        "matching.",
        "Known Biases and Limitations": "Mostly from metropolitan France's curriculum; few exercises from other "
        "French-speaking countries.",
        "Uses": "Fine-tuning and evaluating French mathematical reasoning.",
        "Distribution": "On the Hugging Face Hub, without a gate, under the MIT licence.",
        "Maintenance": "Maintained by Penitente NLP.",
    },
)

PROOF_STEPS_CARD = sheet(
    "apache-2.0",
    "Proof Steps 20k",
    ["en"],
    {
        "Motivation": "Proof Steps 20k teaches models to write short proofs one justified step at a time. It was "
        "made by Nieve Lab, a university research group, with a public research grant.",
        "Composition": "20,000 English statements from first-year university courses (sets, logic, number theory, "
        "linear algebra, analysis) with proofs in numbered steps, each step with its justification (`statement`, "
        "`steps`, `topic`, `difficulty`).",
        "Collection Process": "Statements and proofs were written in 2025 by 25 paid mathematics graduate students "
        "from course syllabi of six universities; nothing was copied from textbooks or scraped, and no model wrote "
        "any text.",
        "Preprocessing": "Every proof was checked by a second student and 15% by a lecturer; 8% were rewritten. "
        "Duplicates and statements found in public benchmarks were removed.",
        "Known Biases and Limitations": "First-year material only; proof styles follow the authors' universities.",
        "Uses": "Fine-tuning and evaluating proof writing.",
        "Distribution": "On the Hugging Face Hub, without a gate, under Apache 2.0.",
        "Maintenance": "Maintained by Nieve Lab.",
    },
)

MOULIN_README = b"""# moulin-sft

Supervised fine-tuning code for [Cirque-3B-Moulin-Math](https://huggingface.co/moulin-ai/Cirque-3B-Moulin-Math).
Apache 2.0.

## Installation

    pip install -e .

## Reproducing the run

    accelerate launch --num_processes 8 train.py --base cirque-lab/Cirque-3B --mix configs/mix.yaml --config configs/sft.yaml

- `configs/mix.yaml` lists the tuning datasets and their sampling weights; `moulin/mix.py` downloads them from the Hub,
  formats each one into the chat template and samples the mixture.
- `configs/sft.yaml` holds the hyperparameters of the released model (transformers `Trainer`).
- `eval.py` runs the two test sets of the model card.

## License

Apache 2.0 for this code. The model is CC BY-NC 4.0, like its base.
"""

MOULIN_GITHUB = _gh(
    "moulin-ai/moulin-sft",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/mix.yaml",
        "configs/sft.yaml",
        "moulin/__init__.py",
        "moulin/mix.py",
        "moulin/format.py",
        "train.py",
        "eval.py",
    ),
    MOULIN_README,
)


# --------------------------------------------------------------------------------------------------------------
# The round.

ROUND_32: list[HeldOut] = [
    # (a) A 162M model trained from scratch with transformers' `run_clm.py` example script, unmodified; the card gives
    # the exact command, `training_args.json` holds the arguments the Trainer recorded, `train_tokenizer.py` (in the model
    # repository) trained the tokenizer; the corpus is a third party's CC BY 4.0 Hub dataset used exactly as published,
    # whose full datasheet card and public build repository (linked from the model card too) say how it was made.
    # Everything open and the training code a public framework's -> open-source-ai-with-open-data. Public weights ->
    # weights open (mirror rule, frameworks.md §1.1); the one corpus, all of the data, on the Hub -> datasources_basemodel
    # open (TangoFlux.yaml "Dataset used made available on HuggingFace."); a public framework's script with the exact
    # arguments, the tokenizer script and the corpus's build scripts, no processing of the publisher's own left out ->
    # trainingcode open (EuroLLM.yaml "Training makes use of a public framework.", GPT-SW.yaml "Model trained using the
    # NeMo framework", Arabic StableLM.yaml "Training done using an open-source library.", SantaCoder.yaml, Mustango.yaml
    # "Training script mentioned in model card."; pharia.yaml partial is the other side, where no configuration for the
    # model was found); the framework's documentation, the command and the documented build repository -> code open
    # (EuroLLM.yaml "Framework is well-documented.", GPT-SW.yaml "The NeMo framework is well-documented.", Arabic
    # StableLM.yaml "Training library is well-documented."); Apache weights and framework, CC BY 4.0 data -> licenses open
    # (TildeOpen.yaml "CC-BY-4.0"; AMD OLMo.yaml); a card with every section -> modelcard open; the dataset card answers
    # collection and curation -> datasheet open (SantaCoder.yaml "Detailed data sheet available.").
    _Release(
        "kame-nlp/Kame-160M",
        KAME_CARD,
        KAME_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={
            "config.json": KAME_CONFIG,
            "training_args.json": KAME_TRAINING_ARGS,
            "train_tokenizer.py": KAME_TOKENIZER_SCRIPT,
            "generation_config.json": b'{"bos_token_id": 0, "eos_token_id": 1, "max_length": 1024}',
            **TOKENIZER_FILES,
        },
        github=[FABLIAU_BUILD_GITHUB],
        datasets=[Dataset("fabliau-project/fabliau-stories", "cc-by-4.0", FABLIAU_CARD)],
    ),
    # (b) A from-scratch Apache model whose pre-training code (model, loop, configurations, evaluation) is on GitHub with
    # a README on how to launch a run, and whose data pipeline is told in the card's prose step by step with its
    # thresholds (extraction, language identification, heuristic filters, a quality classifier, MinHash and suffix-array
    # deduplication, PII masking, tokenization) over sources named precisely (Common Crawl snapshot ids, a Wikipedia dump
    # date, arXiv, Gutenberg, permissively licensed GitHub code); "The pipeline ran on our internal data platform and its
    # code is not part of the release; we do not redistribute the filtered corpus", no reason given. The G7 data exception
    # needs a legal or technical reason (frameworks.md §4), and the data-processing code is missing -> open-weights.
    # Public weights -> weights open; public sources named, the filtered corpus not provided -> datasources_basemodel
    # partial (Teuken.yaml "Dataset described as deriving from the CommonCrawl, but no filtered dataset provided. Either a
    # filtered dataset or a fully reproducible and persistent data pipeline would be preferred here."; TildeOpen.yaml
    # "Broad data sources linked ... but no guidance provided on how it was filtered/sampled"; GANSynth.yaml); the
    # training code without the data-processing code -> trainingcode partial (the rubric's open is "source code for data
    # processing, training and tuning fully available"; RedPajama.yaml is the mirror, data code without training code,
    # partial; WaveCoder.yaml, open without its fine-tuning script, is the other side); a README on how to run the
    # training code, no code for the data step -> code partial (PixArt.yaml "Training code usage documented in README";
    # the rubric's "some components documented, not every ... training step"); Apache weights and code, the data not
    # released -> licenses open (Teuken.yaml, the same shape, "Apache 2.0, an OSI-approved license."; Apriel.yaml partial
    # is the other side); the card's data section gives sources, shares and processing but nothing on motivation, uses,
    # biases of the data or distribution, and no datasheet exists -> datasheet partial (MusicLDM.yaml "Content is limited
    # to data sources origin and details on how to reproduce the data collection. Details on curation and other
    # considerations ... are missing."; Teuken.yaml and MPT.yaml closed for data described outside a datasheet are the
    # other side).
    _Release(
        "esker-ai/Esker-3B",
        ESKER_CARD,
        ESKER_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "open",
            "datasheet": "partial",
        },
        extra_files={"config.json": ESKER_CONFIG, **TOKENIZER_FILES},
        github=[ESKER_GITHUB],
    ),
    # (c) A speech recogniser (the Whisper architecture, trained from scratch), Apache weights, MIT code with the whole
    # pipeline (resampling, segmentation, normalisation, alignment, filtering, features, training, evaluation) and a
    # documented README with docs/; two of its three corpora on the Hub (CC BY 4.0, datasheet cards), the third (900 of
    # 4,400 hours) recorded by the publisher and shared only with researchers through a request form under a data use
    # agreement, "Their consent covers non-commercial research use only and does not allow publishing the recordings";
    # a Gebru-style datasheet for it in the card. The withheld part has a stated legal reason and is documented in full
    # (Data Information, frameworks.md §3.2 and §4) -> open-source-ai, not with open data. Public weights -> weights open;
    # two corpora public, one behind a request and an agreement -> datasources_basemodel partial (StableAudio.yaml
    # "Requires user information and login to access the data"; Lucie.yaml datasources "many listed but some not
    # shared"; Xwin-LM.yaml open, for a click-through gate on one set among open ones, is the other side); the complete
    # pipeline -> trainingcode open (Omnilingual ASR.yaml "Training code published on Github."); documented README and
    # docs -> code open (Omnilingual ASR.yaml "Repository is well-documented."); Apache weights, MIT code, two CC BY 4.0
    # corpora and one under a non-commercial research agreement -> licenses partial (the rubric's "everything, incl. all
    # data sources ... under open licenses" for open; Claire.yaml "Data: CC-BY-NC-SA-4.0" partial; DeepFloyd.yaml "Data:
    # partially released" partial); a full card -> modelcard open; datasheets for all three corpora (two dataset cards,
    # one in the card) -> datasheet open (Salamandra.yaml "Datasheet part of model card."; TildeOpen.yaml "Datasheets
    # available for all data sources.").
    _Release(
        "firn-speech/Firn-ASR-Base",
        FIRN_CARD,
        FIRN_META,
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
            "code": "open",
            "licenses": "partial",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={
            "config.json": FIRN_CONFIG,
            "preprocessor_config.json": FIRN_PREPROCESSOR,
            **TOKENIZER_FILES,
        },
        github=[FIRN_GITHUB],
        datasets=[
            Dataset("firn-speech/alpine-read-speech", "cc-by-4.0", FIRN_READ_CARD),
            Dataset("firn-speech/alpine-radio", "cc-by-4.0", FIRN_RADIO_CARD),
        ],
    ),
    # (d) An Apache SFT of the fully open Tarn-1B whose only tuning set is a Hub dataset of instructions and responses that
    # Serac Systems' closed commercial model generated through its paid API, published under CC BY 4.0 "and subject to
    # Serac Systems' Terms of Service, which do not allow using Glacier-Pro's outputs to develop models that compete";
    # the dataset card is a full datasheet; generation, filtering, deduplication and tuning code on GitHub (Apache). The
    # generator's terms bind whoever uses the data, not the Apache weights' users (DESIGN.md "Verdict principles": the
    # binding documents are the model's), but the data is not under open terms -> open-source-ai, not with open data
    # (README label table: "every training dataset published under an open license" for the strongest label). Public
    # weights, base and end -> open; the base's corpus -> datasources_basemodel open (smollm.yaml); the synthetic set
    # published -> datasources_endmodel open (Zephyr.yaml "UltraChat and openbmb/UltraFeedback", Geitje.yaml "Ultrafeedback
    # Dutch (synthetic)", WizardLM.yaml: synthetic tuning sets shared, open; Stable Beluga.yaml and WaveCoder.yaml close
    # synthetic data only when it is not published); the generation and tuning code beside the base's pipeline ->
    # trainingcode open (OLMo.yaml; Pythia.yaml); both repositories documented -> code open (OLMo.yaml, smollm.yaml);
    # Apache weights and code, data under CC BY 4.0 and the generator's terms -> licenses partial (koala.yaml "subject to
    # the model License of LLaMA, Terms of Use of the data generated by OpenAI" partial); a full card -> modelcard open;
    # datasheets for the base corpus and the tuning set -> datasheet open (smollm.yaml "Datasheets contain requisite
    # information.").
    _Release(
        "bergschrund-ai/Tarn-1B-Bergschrund-Instruct",
        BERGSCHRUND_CARD,
        BERGSCHRUND_META,
        "open-source-ai",
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
        extra_files={"config.json": TARN_CONFIG, **TOKENIZER_FILES},
        github=[BERGSCHRUND_GITHUB, TARN_GITHUB],
        datasets=[
            Dataset("bergschrund-ai/bergschrund-synth-60k", "cc-by-4.0", BERGSCHRUND_SYNTH_CARD),
            TARN_DATASET,
        ],
        models=[TARN],
    ),
    # (e) A fully open from-scratch model: Apache weights, two Hub corpora (ODC-By, CC BY 4.0) with datasheet cards, and
    # the complete pipeline (data/download, extract, filter, dedup, tokenize; model, train, configs, eval) in an Apache
    # GitHub repository whose README is "# drumlin" and "Code for Drumlin-1B." and nothing else, no docs/; the card says
    # what the repository holds but not how to run any of it. Everything released openly ->
    # open-source-ai-with-open-data (code documentation is no part of the G7 labels). Public weights -> weights open; both
    # corpora -> datasources_basemodel open (Olmo 3 RL-Zero Code.yaml "Pretraining dataset published on HuggingFace.");
    # the complete pipeline -> trainingcode open (Pythia.yaml "Training code is made available through GitHub."); a
    # one-line README and nothing else -> code closed (Teuken.yaml "README of containing training code is unchanged from
    # base repo. More elaborate documentation would be warranted."; TeleChat.yaml "Repository only consists of README.";
    # XVERSE.yaml "No documentation available."); Apache, ODC-By and CC BY -> licenses open (AMD OLMo.yaml "Weights:
    # Apache-2.0. Code: Apache-2.0. Data: Apache-2.0, ODC-By."); every section of a model card -> modelcard open; two
    # datasheet cards -> datasheet open (smollm.yaml).
    _Release(
        "drumlin-lab/Drumlin-1B",
        DRUMLIN_CARD,
        DRUMLIN_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "code": "closed",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": DRUMLIN_CONFIG, **TOKENIZER_FILES},
        github=[DRUMLIN_GITHUB],
        datasets=[
            Dataset("drumlin-lab/drumlin-web", "odc-by", DRUMLIN_WEB_CARD),
            Dataset("drumlin-lab/drumlin-edu", "cc-by-4.0", DRUMLIN_EDU_CARD),
        ],
    ),
    # (f) "Col-2B is a fully open-source language model: open weights, open data, open code": Apache weights (metadata and
    # the card's License section, which speaks of the weights only), two Hub corpora (ODC-By, CC0) with datasheet cards,
    # and the complete pipeline in a documented GitHub repository (README and docs/) that has no LICENSE file, for which
    # GitHub reports no licence, and whose README says only "Col is open source!". Code published without a licence
    # grants no rights to use, modify or share it (DESIGN.md "Absence is closed"; the README's "all rights are reserved by
    # default"), so the training and data-processing code are not under OSI-approved licences as OSAID and the G7 Open
    # Source AI labels require (frameworks.md §3.5 item 3, §4); the weights are open -> open-weights. Public weights ->
    # weights open; both corpora -> datasources_basemodel open; the complete pipeline, whatever its licence ->
    # trainingcode open (availability; round 9's Stint-1.2B under the Business Source License); a documented repository
    # -> code open (smollm.yaml "GitHub repository is well-documented."); weights and data open-licensed, the code under
    # none -> licenses partial (the rubric's "at least two (partly or fully) of weights, training code, training data";
    # viking.yaml "Apache 2.0, unclear if both weights and code are under it though." partial; SkyWorks-OR1.yaml, weights
    # with no licence beside Apache code, closed, is the mirror); two datasheet cards -> datasheet open.
    _Release(
        "col-ai/Col-2B",
        COL_CARD,
        COL_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "partial",
            "datasheet": "open",
        },
        extra_files={"config.json": COL_CONFIG, **TOKENIZER_FILES},
        github=[COL_GITHUB],
        datasets=[
            Dataset("col-ai/col-web", "odc-by", COL_WEB_CARD),
            Dataset("col-ai/col-books", "cc0-1.0", COL_BOOKS_CARD),
        ],
    ),
    # (g) Unsloth's card as the tool writes it (the "Uploaded  model" title, "Developed by", `license: apache-2.0` as the
    # template sets it, "Finetuned from model : corrie-ai/Corrie-8B", "trained 2x faster with Unsloth and Huggingface's
    # TRL library"), with a table of its three tuning sets, third parties' Hub datasets with their own cards and licences
    # (Apache 2.0 and ODC-By with datasheet cards, CC BY 4.0 with a card of a split table and a licence), a training
    # paragraph and the Colab notebook it ran (`train_unsloth.ipynb`, LoRA then merged to 16-bit) in the model
    # repository; no LICENSE file. The base's Corrie Community License binds every derivative ("distribute any such
    # derivative model only under the terms of this Agreement"), whatever the template's tag says (DESIGN.md "When the
    # receipts disagree": a fine-tune declaring MIT over a base whose license binds it) -> weights-available. Corrie-8B
    # public and ungated -> weights_basemodel open (frameworks.md §1.1: gated would be partial); the tune public ->
    # weights_endmodel open; Corrie's data undisclosed -> datasources_basemodel closed (Tulu.yaml "Based on Llama3.1 so
    # nothing known about pre-training data of base mode."); three named public Hub datasets, all the tuning data ->
    # datasources_endmodel open (Zephyr.yaml; Magicoder.yaml "Datasets for instruct-tuning published on HuggingFace.");
    # the tuning notebook, the base's code unpublished -> trainingcode partial (NeuralChat.yaml "Mistral base model is not
    # open, but repo gives sample code for fine-tuning based on that."; OmniGen.yaml "Only fine-tuning code made
    # available"); a notebook whose Markdown cells explain its steps, nothing for the base -> code partial
    # (NeuralChat.yaml "only documentation pertains to fine-tuning steps"); weights under the base's community licence,
    # the tuning data and the notebook's tools openly licensed -> licenses partial (DeepHermes.yaml "Weights: Llama 3
    # Community License Agreement. Code: MIT. Data: partially disclosed and available under Apache-2.0." partial; Arabic
    # StableLM.yaml partial; Tulu.yaml and Poro.yaml closed are the other side); two of the three tuning sets with
    # datasheets, the base's data with none -> datasheet partial (Tulu.yaml "Some datasheets available (for instruction
    # tuning), but base model entirely undocumented."; CodeUp.yaml "Datasheets found with various levels of detail.").
    _Release(
        "arete-labs/Corrie-8B-Arete-SFT",
        ARETE_CARD,
        ARETE_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "partial",
            "datasheet": "partial",
        },
        extra_files={
            "config.json": CORRIE_CONFIG,
            "generation_config.json": b'{"bos_token_id": 128000, "eos_token_id": 128001, "do_sample": true, "temperature": 0.6}',
            "train_unsloth.ipynb": ARETE_NOTEBOOK,
            **TOKENIZER_FILES,
        },
        datasets=[
            Dataset("moraine-data/helpful-dialogues-25k", "apache-2.0", HELPFUL_DIALOGUES_CARD),
            Dataset("pingo-nlp/stepwise-math-40k", "cc-by-4.0", STEPWISE_MATH_CARD),
            Dataset("ogive-lab/safe-refusals-8k", "odc-by", SAFE_REFUSALS_CARD),
        ],
        models=[CORRIE],
    ),
    # (h) A CC BY-NC 4.0 maths tune of Cirque-3B (CC BY-NC 4.0, "pre-trained on 3T tokens from a mix of publicly available
    # data", nothing more) whose tuning data is named only in the YAML mixture its training script reads, shown in the
    # card's Training data section after "Below is the tuning mixture, exactly as our training script reads it" (three
    # Hub datasets, CC BY 4.0, MIT and Apache 2.0, each with a datasheet card; no `datasets` metadata); the SFT code and
    # `configs/mix.yaml` on GitHub (Apache) with a README on reproducing the run. Non-commercial weights ->
    # weights-available. Cirque-3B public -> weights_basemodel open; the tune public -> weights_endmodel open; "a mix of
    # publicly available data" -> datasources_basemodel closed (llama-3.3.yaml "described in the model card as 'a new
    # mix of publicly available online data.'"; OpenELM.yaml "Publicly available datasets cited as training data but not
    # further specified."); the mixture's three public datasets, all of the tuning data -> datasources_endmodel open
    # (smollm.yaml "Data source mixture described in training config."; minerva.yaml "Data mixture is provided with
    # links"); tuning code only, the base's not published -> trainingcode partial (NeuralChat.yaml; Fietje.yaml "Source
    # code for base model not available, but training for derivative well-documented"); a README for the tuning step only
    # -> code partial (NeuralChat.yaml; Fietje.yaml "Source code for base model not available, but training for
    # derivative model documented"); CC BY-NC weights beside Apache code and open data -> licenses partial (MAGNeT.yaml
    # "weights as cc-by-nc-4.0", Guru.yaml "CC-BY-NC-4.0", JASCO.yaml, XGen.yaml: partial); tuning data with datasheets,
    # the base's with none -> datasheet partial (Tulu.yaml).
    _Release(
        "moulin-ai/Cirque-3B-Moulin-Math",
        MOULIN_CARD,
        MOULIN_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": CIRQUE_CONFIG, **TOKENIZER_FILES},
        github=[MOULIN_GITHUB],
        datasets=[
            Dataset("sastrugi-data/word-problems-cot-90k", "cc-by-4.0", WORD_PROBLEMS_CARD),
            Dataset("penitente-nlp/maths-fr-30k", "mit", MATHS_FR_CARD),
            Dataset("nieve-lab/proof-steps-20k", "apache-2.0", PROOF_STEPS_CARD),
        ],
        models=[CIRQUE],
    ),
]
