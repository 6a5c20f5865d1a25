# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 33 (`ROUND_33`, 8 releases, written blind by a helper that never read the rules or the
probes): post-training pipelines as 2026 releases describe them. Supervised fine-tuning, preference tuning (DPO, PPO
against a reward model), reinforcement learning with verifiable rewards (GRPO) and its environments, reasoning traces
distilled from another model, agent trajectories, and merging after tuning: for each, where the stage's data and code
are (or are not) released, and what that means for the OSAI parameters (training code, end-model data, datasheet,
licences, preprint) and the label. Each release is served by the loopback Hub (with the base models and the other
models it names, all from this same round, and their datasets and GitHub repositories) through
`test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1, §3 and §4, `../shared/DESIGN.md` "When the receipts disagree",
"License clause taxonomy" and "Verdict principles", the README's label table and its "What `unknown` means, and what
`closed` means", and the expert files in `../shared/reference/osai-index/`, whose `notes` are cited beside each cell:
OLMo, Olmo 3 RL-Zero Code, Tulu, DeepHermes, NeuralChat, Magicoder, WaveCoder, Zephyr, WizardLM, Stable Beluga, koala,
ultraLM, eurus, Llama-Nemotron, Guru, MAGNeT, llama-3.3, OpenELM, Lucie, Salamandra, Teuken, Phi, smollm). Every model,
company, dataset and repository is invented; no real base is used. The real tools (transformers, TRL and its SFT,
reward, PPO and GRPO trainers, vLLM, mergekit, SymPy, nsjail) are named as themselves; mergekit's card text keeps its
links, as the tool writes them.

Earlier rounds had an SFT + DPO tune of OLMo 2 with everything open (9), a DPO tune of a tune with its pairs on the Hub
(16), SFT + DPO of OLMo-7B with an HTML resource table (16), distillations from closed APIs (11: GPT-4 answers under CC
BY-NC; 16: Claude, data not released; 32: a closed model's synthetic data under CC BY 4.0 and the generator's terms),
mergekit merges with a non-commercial parent (7, 11), and an Unsloth SFT over a community-licensed base (32). This
round takes post-training where those had not gone: an RL stage whose environments, reward functions and trainer are
withheld beside a published SFT stage; a reward model released as its own repository and used to train the policy
with PPO; reasoning traces distilled from a third party's open-weight model whose licence counts a model trained on its
outputs as a derivative bound by its use policy; RL from a base with verifiable rewards whose environments are all on
GitHub; preference pairs from a product's users withheld for privacy, with a datasheet in the card; an
open-instruct-like recipe that reproduces every stage from public data over a community-licensed base; agent
trajectories released in full but generated in a proprietary simulator, over a non-commercial base, tagged Apache; and
a merge after tuning of the publisher's own two tunes, whose training data is only in the ingredients' cards.

The bases and other models (served, invented):
- heddle-lm/Heddle-2B: Apache 2.0, its one corpus on the Hub (ODC-By, a full datasheet card), its pipeline on GitHub
  with a documented README (open-source-ai-with-open-data). The base of (a), (c), (d), (e) and (h).
- selvage-ai/Selvage-8B: the Selvage Community License (a 200M monthly-active-user threshold, an acceptable-use policy
  incorporated by reference and updatable, derivatives kept under the agreement, "Built with Selvage"), ungated; data
  and code not released (weights-available). The base of (f).
- bobbin-lab/Bobbin-4B: CC BY-NC 4.0, ungated; "a mix of public web data and licensed data", no code
  (weights-available). The base of (g).
- tatting-ai/Tatting-7B: Apache 2.0, ungated; data and code not released (open-weights). The base of (b) and of its
  reward model.
- shuttle-ml/Tatting-7B-Shuttle-RM: the reward model of (b), Apache, its own repository.
- carder-ai/Carder-R-32B: the teacher of (c), the Carder Model License (distillations are Model Derivatives,
  distributed only under the licence; a prohibited-use policy by reference, updatable; remote restriction), not a base.
- tapestry-ai/Heddle-2B-Tapestry-Chat and tapestry-ai/Heddle-2B-Tapestry-Math: the two ingredients of (h), Apache
  tunes of Heddle-2B.

The releases:
- (a) warp-nlp/Heddle-2B-Warp-R1: SFT then GRPO on Heddle-2B; both data sets on the Hub with datasheet cards, the SFT
  code on GitHub; the RL environments, reward functions and trainer "are not released" (open-weights; training code and
  code documentation partial).
- (b) shuttle-ml/Tatting-7B-Shuttle-Chat: SFT, a reward model released as its own repository, PPO; all data and code
  open, over Tatting-7B (open-weights; base data closed, training code, code documentation and datasheet partial).
- (c) chenille-ai/Heddle-2B-Chenille-Think: SFT on Carder-R-32B's traces, published; `license: apache-2.0` but the
  card, NOTICE and CARDER_MODEL_LICENSE.txt put the model under the teacher's licence (weights-available; licences
  partial).
- (d) jacquard-ai/Heddle-2B-Jacquard-RLVR: GRPO from the base; problems on the Hub, environments and trainer on GitHub,
  an arXiv preprint (open-source-ai-with-open-data; preprint open, paper closed).
- (e) kilim-ai/Heddle-2B-Kilim-Assistant: the SFT set public, the DPO pairs from app users withheld for privacy with a
  datasheet in the card (open-source-ai; end-model data partial, datasheet open).
- (f) twill-ai/Selvage-8B-Twill: an open recipe (SFT, DPO, RLVR) from public mixtures over Selvage-8B, under the
  Selvage licence (weights-available; base data closed, training code, code documentation, licences, datasheet partial).
- (g) brocade-labs/Bobbin-4B-Brocade-Agent: trajectories from a proprietary simulator, released; tagged Apache over
  Bobbin-4B (weights-available; base data closed, training code, code documentation, licences, datasheet partial).
- (h) tapestry-ai/Heddle-2B-Tapestry: a TIES merge of two served tunes of Heddle-2B, data in the ingredients' cards
  (open-source-ai-with-open-data).

Where the experts split, the round takes the expert file nearest the shape and says which file is on the other side
(the training code of a tune whose RL stage is withheld: Magicoder partial, WaveCoder open without its fine-tuning
script; licences of a community-licensed tune with open code and data: DeepHermes partial, Tulu closed, round 32's
choice kept; the licences of released parts when part of the data is withheld: Teuken and Phi open). The teacher of (c)
is served so that its licence can be read, though it is no base; the card, NOTICE and licence copy in the release say
the same. Nothing found against something unread: every file a release holds is served except the weights and
`tokenizer.json` (listed, as rounds 31 and 32), so each cell is decided from what was read.

Written blind, before any rule changed. First run (on commit 403d6b6, with no uncommitted edits under `src/`: only this
file and the two wiring lines in `test_heldout_releases.py` were new; run once with `-vv`; pytest cut the got-levels of
two releases short, so the full levels and reasons were read from a throwaway read-only test of the same cases, since
deleted, which gave the same results): **4 of 8 right** (shuttle-ml/Tatting-7B-Shuttle-Chat, open-weights through
Tatting-7B, the reward model's repository not taken as a base; jacquard-ai/Heddle-2B-Jacquard-RLVR,
open-source-ai-with-open-data with preprint open and paper closed; twill-ai/Selvage-8B-Twill and
brocade-labs/Bobbin-4B-Brocade-Agent, weights-available with every cell), **5 of 8 labels**, **66 of 74 key cells**.
One label read **more open** than the rubric: warp-nlp/Heddle-2B-Warp-R1, open-source-ai-with-open-data where
open-weights was expected, the withheld RL environments, reward functions and trainer not read; two of its cells also
read more open. Two labels read less open (Kilim, Tapestry), and six cells. The misses, from the assertion messages:
- warp-nlp/Heddle-2B-Warp-R1 (the SFT stage released, the RL stage's environments, rewards and trainer "are not
  released"): **open-source-ai-with-open-data** where open-weights was expected ("Weights under Apache License 2.0,
  deployment and training code under OSI-approved licenses, and every training dataset published under an open
  license."); trainingcode **open** where partial was expected ("Training and data-processing code are both
  published."): the card's "What is not released" section and the README's "its environments, reward functions and
  trainer are not part of this repository" were not read, and the SFT code (with `configs/grpo.yaml` "for reference
  only") and the base's pipeline counted as the whole; code **open** where partial was expected ("Every linked code
  repository, including the training code, is documented."): the RL step has no code to document; datasheet partial
  where open was expected ("The training data has a dataset card on the Hub, but not a datasheet: its card gives
  partial insight (warp-nlp/warp-rl-problems-30k does not describe how the data was curated)."): that card's
  Preprocessing section says which problems were dropped (solved in 16 of 16 samples or in none) and how benchmark
  problems were removed, which is curation. The other six cells right.
- chenille-ai/Heddle-2B-Chenille-Think (Carder-R-32B's traces under the Carder Model License): label right
  (weights-available, "The weights are published under the terms in CARDER_MODEL_LICENSE.txt ... outside use policy
  (CARDER_MODEL_LICENSE.txt line 23 ...); terms can change (line 25); restrictions pass to derivatives (line 18); remote
  control / forced updates (line 25)"), but trainingcode partial where open was expected ("Training code is published
  but not the data-processing code."): the question collection, teacher generation and verification scripts in `gen/`
  (`collect_questions.py`, `generate.py`, `verify.py`, with docs/generation.md and docs/filtering.md) were not read as
  data-processing code; and licenses closed where partial was expected ("Licensing is not open: weights closed; code
  open; data closed."): the base's ODC-By corpus, part of the training data, is open-licensed, so two of weights, code
  and data are at least partly open (koala.yaml partial).
- kilim-ai/Heddle-2B-Kilim-Assistant (the DPO pairs from app users withheld for privacy, a datasheet in the card):
  **open-weights** where open-source-ai was expected ("The weights and deployment code are released under open terms
  (Apache License 2.0), but data-processing code; the training data, or a stated legal or technical reason why what is
  withheld cannot be shared (the G7 exception) are missing for Open Source AI."); trainingcode partial where open was
  expected ("Training code is published but not the data-processing code."): the pair extraction, PII scrubbing and
  filtering scripts in `pairs/` were not read as data-processing code, and the "Why Kilim Feedback Pairs is not
  released" paragraph (users' private writing; the privacy policy and consent allow training, not publication; the
  GDPR) was not read as a stated legal reason. End-model data partial, datasheet open (the card's datasheet read) and
  the other cells right.
- tapestry-ai/Heddle-2B-Tapestry (a TIES merge of the publisher's two served tunes of Heddle-2B): **open-weights**
  where open-source-ai-with-open-data was expected ("... but data information (list and description of the training
  data) is missing for Open Source AI."); datasources_endmodel partial where open was expected ("The datasets the card
  names (tapestry-ai/tapestry-chat-mix, tapestry-ai/tapestry-math-rl) are the training data of its base model
  (hf:tapestry-ai/Heddle-2B-Tapestry-Chat, hf:tapestry-ai/Heddle-2B-Tapestry-Math), rated with the base model; the card
  names no fine-tuning data of its own. Tuning data of the intermediate base hf:tapestry-ai/Heddle-2B-Tapestry-Chat:
  The fine-tuning datasets are named, public and openly licensed ... Tuning data of the intermediate base
  hf:tapestry-ai/Heddle-2B-Tapestry-Math: The fine-tuning datasets are named, public and openly licensed ..."): a merge
  trains on nothing of its own, so its ingredients' tuning data is all of its end-model data, all open, where "no
  fine-tuning data of its own" counted as a closed part; datasheet partial where open was expected ("The datasets the
  card names are the training data of its base model (...), whose training data is documented in a datasheet; the card
  names no fine-tuning data of its own, and nothing documents it."). Weights, base data, training code, code
  documentation, licences and model card right.
No expectation was changed after the run.

What changed (session of 2026-12-07), each for its general cause, with paraphrases and near misses in
`tests/probes/test_round33_rules.py`: open training code is partial when the card or the code's README says one
stage's code is not released (Warp-R1's RL environments, reward functions and trainer; open-weights, as expected);
a one-sentence dataset card section that says what was done answers its datasheet topic (`SHEET_SECTION_MIN` 150 →
100 characters without white space; four `DISAGREEMENTS` of rounds 9, 12, 17 and 29 that expected the same now pass);
the scripts of a post-training set's own pipeline (gen/verify.py, pairs/scrub.py) are data-processing code;
privacy and consent that allow training but not publication are a legal reason data cannot be shared (Kilim:
open-source-ai); a tune's own data under terms that are not open beside a base whose data is all openly licensed is
"some sources open", licences partial (Chenille); a merge that publishes nothing of its own has its parents' data,
code and data documentation (Tapestry: open-source-ai-with-open-data). 8 of 8 now.
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
    b' "tokenizer_class": "PreTrainedTokenizerFast", "chat_template": "{% for m in messages %}<|{{ m.role }}|>\\n{{ m.content }}</s>\\n{% endfor %}"}',
    "special_tokens_map.json": b'{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}',
}


# --------------------------------------------------------------------------------------------------------------
# The bases.

# heddle-lm/Heddle-2B: fully open (weights, corpus with a datasheet card, documented pipeline).

HEDDLE_BODY = """# Heddle-2B

Heddle-2B is a 2.1B-parameter English base language model trained from scratch by Heddle LM, a non-profit research lab. Its weights, its complete training data and its complete training code are open, so that post-training research can start from a base whose every input is known.

## Model details

- **Developed by:** Heddle LM
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0

## Uses

A base for fine-tuning, preference tuning and reinforcement-learning research, and research on pre-training. It has no instruction or safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("heddle-lm/Heddle-2B")
model = AutoModelForCausalLM.from_pretrained("heddle-lm/Heddle-2B", torch_dtype="auto")
print(tok.decode(model.generate(**tok("The heddle of a loom lifts", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

All of the training data is [heddle-lm/heddle-corpus](https://huggingface.co/datasets/heddle-lm/heddle-corpus): 2.2T tokens of English web text, encyclopedic text, public-domain books, scientific articles and permissively licensed code, published in full under ODC-By 1.0 with a datasheet as its card. Nothing else was used.

## Training procedure

The whole pipeline (download, extraction, filtering, deduplication, tokenization, pre-training, evaluation) is on GitHub under Apache 2.0: [heddle-lm/heddle](https://github.com/heddle-lm/heddle).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, cosine schedule, 4M-token batches for 540k steps, bf16
- 128 NVIDIA H100 80GB GPUs for 11 days

## Evaluation

| Benchmark | Heddle-2B |
|---|---|
| Reed-QA (0-shot) | 58.1 |
| Shed-Reasoning (5-shot) | 41.6 |
| Pick-Math (4-shot) | 18.9 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## License

The weights and the code are Apache 2.0; heddle-corpus is ODC-By 1.0.
"""

HEDDLE_CONFIG = llama_config(2048, 24, 16, 8, 5632, 50304, 4096, rope_theta=10000.0)

HEDDLE = _model(
    "heddle-lm/Heddle-2B",
    {
        "license": "apache-2.0",
        "datasets": ["heddle-lm/heddle-corpus"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    HEDDLE_BODY,
    {"config.json": HEDDLE_CONFIG},
)

HEDDLE_README = b"""# heddle

The complete training pipeline of Heddle-2B (https://huggingface.co/heddle-lm/Heddle-2B): building
heddle-lm/heddle-corpus from its sources, pre-training from scratch and evaluating. Everything here is Apache 2.0.

## Installation

    git clone https://github.com/heddle-lm/heddle && cd heddle
    pip install -e ".[data,train]"

## Building the corpus

Each step reads the previous step's output and writes Parquet shards; the thresholds are in the YAML files.

    python -m heddle.data.download --config configs/data/download.yaml   # Common Crawl WET, Wikipedia, Gutenberg, arXiv, code
    python -m heddle.data.extract  --config configs/data/extract.yaml
    python -m heddle.data.filter   --config configs/data/filter.yaml     # language, quality, repetition
    python -m heddle.data.dedup    --config configs/data/dedup.yaml      # MinHash across all parts
    python -m heddle.data.tokenize --config configs/data/tokenize.yaml

The output of these steps is exactly heddle-lm/heddle-corpus on the Hub. `docs/data.md` explains what each filter does
and why.

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m heddle.train --config configs/heddle-2b.yaml

`configs/heddle-2b.yaml` holds every hyperparameter of the released checkpoint; `docs/training.md` explains each one,
how to resume from a checkpoint and how to run on fewer GPUs.

## Evaluation

    python -m heddle.eval --model heddle-lm/Heddle-2B --tasks all

## License

Apache 2.0.
"""

HEDDLE_GITHUB = _gh(
    "heddle-lm/heddle",
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
        "configs/heddle-2b.yaml",
        "heddle/model.py",
        "heddle/train.py",
        "heddle/data/download.py",
        "heddle/data/extract.py",
        "heddle/data/filter.py",
        "heddle/data/dedup.py",
        "heddle/data/tokenize.py",
        "heddle/eval.py",
    ),
    HEDDLE_README,
)

HEDDLE_CORPUS_CARD = sheet(
    "odc-by",
    "Heddle Corpus",
    ["en"],
    {
        "Motivation": "Heddle Corpus is the complete training data (2.2T tokens) of Heddle-2B. We publish it in full so "
        "that anyone can inspect what the model learned from, and reproduce or extend its training. It was built by "
        "Heddle LM, a non-profit research lab funded by public research grants; no company paid for or shaped it.",
        "Composition": "English web pages (78% of the tokens), English Wikipedia (3%), public-domain books (5%), "
        "open-access scientific articles (4%) and source code under permissive licences (10%), one record per document "
        "with `id`, `source`, `url`, `license` and `text` fields, in 3,100 zstd-compressed Parquet shards. It contains "
        "no text generated by a model.",
        "Collection Process": "Web pages come from 24 Common Crawl snapshots (2019 to 2025) downloaded from Common "
        "Crawl's public bucket; Wikipedia from the dump of 1 June 2025; books from Project Gutenberg; articles from "
        "arXiv and PubMed Central's open-access subset under CC BY or CC0; code from public GitHub repositories whose "
        "licence is MIT, BSD or Apache 2.0, after honouring opt-out requests. Nothing was bought or licensed, and no "
        "page behind a login was collected.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition "
        "and boilerplate filters; a quality classifier keeping the top 40% of web pages; MinHash deduplication across "
        "all parts; e-mail addresses, phone numbers and IP addresses masked. Each step is a module of "
        "github.com/heddle-lm/heddle, with its thresholds in the configuration files.",
        "Known Biases and Limitations": "The web part over-represents North American and British sources and "
        "commercial sites; the quality classifier, trained on encyclopedic text, under-selects informal and dialectal "
        "English; the books are mostly from before 1930 and carry that period's views. Personal data may remain "
        "despite the masking.",
        "Uses": "Pre-training language models and research on pre-training data. Not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Heddle LM; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

HEDDLE_DATASET = Dataset("heddle-lm/heddle-corpus", "odc-by", HEDDLE_CORPUS_CARD)

# selvage-ai/Selvage-8B: a community licence with a user threshold and a use policy by reference.

SELVAGE_LICENSE = b"""SELVAGE COMMUNITY LICENSE AGREEMENT
Selvage-8B Version Release Date: 9 March 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Selvage
Materials set out here. "Selvage AI", "we" or "us" means Selvage AI B.V., Rotterdam, the Netherlands. "Selvage
Materials" means, collectively, the Selvage-8B model weights, inference code and documentation that Selvage AI makes
available under this Agreement. "You" means the individual or entity exercising rights under this Agreement.

By clicking "I Accept" below, or by using or distributing any part or element of the Selvage Materials, you agree to be
bound by this Agreement.

1. License Rights and Redistribution.
a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Selvage AI's intellectual property embodied in the Selvage Materials to use, reproduce, distribute, copy, create
derivative works of, and make modifications to the Selvage Materials.
b. Redistribution and Use. If you distribute or make available the Selvage Materials, or a derivative work of them
(including any model fine-tuned, preference-tuned, distilled, quantized or merged from them), or a product or service
that uses any of them, you shall (i) provide a copy of this Agreement with it; (ii) prominently display "Built with
Selvage" on a related website, user interface, blogpost, about page or product documentation; and (iii) distribute any
such derivative model only under the terms of this Agreement.
c. Your use of the Selvage Materials must comply with applicable laws and regulations and adhere to the Selvage
Acceptable Use Policy (https://selvage.ai/acceptable-use-policy), which is hereby incorporated by reference into this
Agreement. Selvage AI may update the Acceptable Use Policy from time to time.

2. Additional Commercial Terms. If, on the Selvage-8B Version Release Date, the monthly active users of the products or
services made available by or for you, or your affiliates, is greater than 200 million monthly active users in the
preceding calendar month, you must request a license from Selvage AI, which Selvage AI may grant to you in its sole
discretion, and you are not authorized to exercise any of the rights under this Agreement unless or until Selvage AI
otherwise expressly grants you such rights.

3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE SELVAGE MATERIALS AND ANY OUTPUT AND RESULTS THEREFROM
ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND.

4. Limitation of Liability. IN NO EVENT WILL SELVAGE AI BE LIABLE UNDER ANY THEORY OF LIABILITY FOR ANY LOST PROFITS OR
ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

5. Term and Termination. This Agreement commences upon your acceptance or access to the Selvage Materials and continues
until terminated. Selvage AI may terminate this Agreement if you are in breach of any of its terms. Upon termination,
you shall delete and cease use of the Selvage Materials.

6. Governing Law and Jurisdiction. This Agreement is governed by the laws of the Netherlands; the courts of Rotterdam
have exclusive jurisdiction.
"""

SELVAGE_BODY = """# Selvage-8B

Selvage-8B is an 8B-parameter base language model by Selvage AI (Rotterdam) for English, Dutch, German and French, pre-trained from scratch.

## Model details

- **Developed by:** Selvage AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Architecture:** 32 layers, hidden size 4,096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm, rotary position embeddings (θ = 500,000); context length 8,192; vocabulary 128,256
- **Languages:** English, Dutch, German, French
- **License:** Selvage Community License (`LICENSE`)

## Training data

Selvage-8B was pre-trained on 14T tokens of publicly available web data, code, books and licensed data. The training data is not released, and neither is the training code.

## Uses and limitations

A base for fine-tuning and research. It has no safety tuning and can produce false or offensive text.

## License

Selvage-8B is released under the Selvage Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy and applies to every model derived from Selvage-8B.
"""

SELVAGE_CONFIG = llama_config(4096, 32, 32, 8, 14336, 128256, 8192)

SELVAGE = _model(
    "selvage-ai/Selvage-8B",
    {
        "license": "other",
        "license_name": "selvage-community-license",
        "license_link": "LICENSE",
        "language": ["en", "nl", "de", "fr"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    SELVAGE_BODY,
    {"LICENSE": SELVAGE_LICENSE, "config.json": SELVAGE_CONFIG},
)

# bobbin-lab/Bobbin-4B: non-commercial, data described in one sentence.

BOBBIN_BODY = """# Bobbin-4B

Bobbin-4B is a 4B-parameter English base language model by Bobbin Lab, released for non-commercial use.

## Model details

- **Developed by:** Bobbin Lab
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 32 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, context length 8,192; vocabulary 65,536
- **Language:** English
- **License:** CC BY-NC 4.0

## Training data

Bobbin-4B was pre-trained on 6T tokens from a mix of public web data and licensed data.

## Limitations

It can produce false, biased or offensive text and has no safety tuning.

## License

Bobbin-4B is released under the Creative Commons Attribution-NonCommercial 4.0 International licence: you may not use it, or models built on it, for commercial purposes.
"""

BOBBIN_CONFIG = llama_config(3072, 32, 24, 8, 8192, 65536, 8192, rope_theta=100000.0)

BOBBIN = _model(
    "bobbin-lab/Bobbin-4B",
    {
        "license": "cc-by-nc-4.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    BOBBIN_BODY,
    {"config.json": BOBBIN_CONFIG},
)

# tatting-ai/Tatting-7B: Apache weights; data undisclosed, no code.

TATTING_BODY = """# Tatting-7B

Tatting-7B is a 7B-parameter English and code base language model by Tatting AI, pre-trained from scratch and released under Apache 2.0.

## Model details

- **Developed by:** Tatting AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Architecture:** 30 layers, hidden size 4,096, 32 attention heads with 8 key-value heads, SwiGLU (11,008), context length 8,192; vocabulary 100,352
- **Languages:** English, programming languages
- **License:** Apache 2.0

## Training data

Tatting-7B was pre-trained on 11T tokens of web, code, mathematics and synthetic data. We do not release the training data or the training code.

## Limitations

It can produce false, biased or offensive text and has no safety tuning.

## License

Apache 2.0.
"""

TATTING_CONFIG = llama_config(4096, 30, 32, 8, 11008, 100352, 8192)

TATTING = _model(
    "tatting-ai/Tatting-7B",
    {
        "license": "apache-2.0",
        "language": ["en", "code"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    TATTING_BODY,
    {"config.json": TATTING_CONFIG},
)

# carder-ai/Carder-R-32B: a third party's open-weight reasoning model (the teacher of release (c), not a base), whose
# licence counts a model distilled from its outputs as a Model Derivative bound by the licence and its use policy.

CARDER_LICENSE = b"""CARDER MODEL LICENSE
Version 1.0, 2 February 2026

1. Definitions.
(a) "Carder AI" means Carder AI Ltd., London, United Kingdom.
(b) "Model" means the Carder-R-32B machine learning model, its weights and parameters, as made available by Carder AI.
(c) "Output" means the text, code or other content generated by operating the Model.
(d) "Model Derivative" means (i) any modification of the Model; (ii) any work based on the Model; and (iii) any other
machine learning model created by transferring patterns of the weights, parameters, operations or Output of the Model to
that model in order to cause it to perform similarly to the Model, including distillation methods that use
intermediate data representations of the Model or methods based on the generation of synthetic data Outputs by the
Model for training that model.
(e) "You" means the individual or entity exercising rights under this License.

2. Grant. Subject to this License, Carder AI grants You a worldwide, non-exclusive, royalty-free licence to use,
reproduce, modify and distribute the Model and to create and distribute Model Derivatives.

3. Distribution. If You distribute the Model or any Model Derivative, You must (a) distribute it only under this
License, and include the use restrictions of Section 4 as an enforceable provision in any agreement governing its use;
(b) give every recipient a copy of this License; and (c) state in a "NOTICE" file that the Model Derivative is subject
to this License.

4. Use Restrictions. You may not use, and may not allow others to use, the Model or any Model Derivative for any purpose
prohibited by the Carder Prohibited Use Policy at https://carder.ai/prohibited-use-policy, which is incorporated into
this License by reference. Carder AI may update the Prohibited Use Policy from time to time, and You must use the most
recent version.

5. Enforcement. Carder AI may restrict, remotely or otherwise, usage of the Model that it reasonably believes is in
violation of this License.

6. Outputs. Carder AI claims no rights in Outputs You generate, except as provided in the definition of Model
Derivative.

7. Disclaimer of Warranty. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.

8. Limitation of Liability. IN NO EVENT SHALL CARDER AI BE LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL OR
ANY MODEL DERIVATIVE.

9. Termination. This License terminates automatically if You breach it. On termination You must stop using and
distributing the Model and all Model Derivatives.

10. Governing Law. This License is governed by the laws of England and Wales.
"""

CARDER_BODY = """# Carder-R-32B

Carder-R-32B is a 32B-parameter reasoning model by Carder AI. It thinks step by step inside `<think>` tags before it answers, and is strongest at mathematics, science and code.

## Model details

- **Developed by:** Carder AI
- **Model type:** decoder-only transformer, pre-trained from scratch and post-trained for reasoning
- **Architecture:** 64 layers, hidden size 5,120, 40 query heads and 8 key-value heads, context length 32,768
- **License:** Carder Model License (`LICENSE`)

## Training data

Carder-R-32B was trained on licensed, public and synthetic data that we do not release.

## License

Carder-R-32B is released under the Carder Model License (`LICENSE`). Models trained on its outputs by distillation are Model Derivatives under that licence, and every use is subject to the Carder Prohibited Use Policy.
"""

CARDER_CONFIG = llama_config(5120, 64, 40, 8, 27648, 152064, 32768, rope_theta=1000000.0)

CARDER = _model(
    "carder-ai/Carder-R-32B",
    {
        "license": "other",
        "license_name": "carder-model-license",
        "license_link": "LICENSE",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    CARDER_BODY,
    {"LICENSE": CARDER_LICENSE, "config.json": CARDER_CONFIG},
)


# --------------------------------------------------------------------------------------------------------------
# (a) warp-nlp/Heddle-2B-Warp-R1: SFT data and code released; the RL stage's environments and reward code withheld.

WARP_CARD = """# Heddle-2B-Warp-R1

Heddle-2B-Warp-R1 is a small reasoning model for mathematics and code: [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) after supervised fine-tuning on worked solutions and a stage of reinforcement learning with verifiable rewards (GRPO). It thinks inside `<think>` tags before it answers.

## Model details

- **Developed by:** Warp NLP
- **Base model:** [heddle-lm/Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) (Apache 2.0, fully open)
- **Model type:** decoder-only transformer; full-parameter SFT, then GRPO
- **Architecture:** unchanged from Heddle-2B (24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, context length 4,096, extended to 8,192 with rotary scaling during SFT)
- **Language:** English
- **License:** Apache 2.0

## Uses

Solving school and competition mathematics, writing short programs, and research on small reasoning models.

### Out-of-scope use

Anything that needs reliable facts, advice or safe behaviour: it had no safety tuning, and its reasoning can be wrong while sounding certain.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("warp-nlp/Heddle-2B-Warp-R1")
model = AutoModelForCausalLM.from_pretrained("warp-nlp/Heddle-2B-Warp-R1", torch_dtype="auto")
msgs = [{"role": "user", "content": "What is the sum of the first 50 odd numbers?"}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=2048, temperature=0.6, do_sample=True)[0]))
```

## Post-training

| Stage | Data | Code |
|---|---|---|
| 1. Supervised fine-tuning | [warp-nlp/warp-sft-reasoning-200k](https://huggingface.co/datasets/warp-nlp/warp-sft-reasoning-200k) (CC BY 4.0) | [warp-nlp/warp-posttrain](https://github.com/warp-nlp/warp-posttrain), `sft/` |
| 2. Reinforcement learning (GRPO) | [warp-nlp/warp-rl-problems-30k](https://huggingface.co/datasets/warp-nlp/warp-rl-problems-30k) (MIT) | not released (see below) |

**Stage 1.** Three epochs of full-parameter SFT on 200k worked solutions to maths and programming problems, written and checked by our annotators; learning rate 2e-5, cosine schedule, batch size 128, 8,192-token sequences, on 16 NVIDIA H100 GPUs for 14 hours.

**Stage 2.** GRPO on the 30k problems of warp-rl-problems-30k (maths problems with a final answer, programming problems with unit tests): 16 samples per prompt, KL coefficient 0.001, learning rate 1e-6, 900 steps of 512 prompts, on 32 NVIDIA H100 GPUs for 4 days.

### What is not released

The RL stage ran on Warp's internal RL platform. Its environments (the code-execution sandbox that runs candidate programs against the unit tests, the maths answer checker and the proof-step verifier) and the reward functions that turn their verdicts into rewards (correctness, format and length terms) are not released, and neither is the GRPO trainer, which is built into that platform. `warp-posttrain` holds the code of the SFT stage only, with the GRPO settings in `configs/grpo.yaml` for reference.

## Evaluation

| Benchmark | Heddle-2B (base) | after SFT | Heddle-2B-Warp-R1 |
|---|---|---|---|
| Pick-Math (0-shot, pass@1) | 18.9 | 39.4 | 47.2 |
| Olympiad-Lite (pass@1) | 2.1 | 9.8 | 14.6 |
| Spindle-Code (pass@1) | 12.3 | 27.0 | 33.5 |

## Limitations

It overthinks easy questions, sometimes loops inside `<think>`, and is weak outside mathematics and code. Its English-only training data leaves it poor in other languages.

## Environmental impact

About 3,300 H100 GPU hours for both stages; we estimate 0.9 t CO2e.

## Citation

```bibtex
@misc{warp2026r1,
  title  = {Heddle-2B-Warp-R1: a small reasoning model},
  author = {{Warp NLP}},
  year   = {2026},
  url    = {https://huggingface.co/warp-nlp/Heddle-2B-Warp-R1}
}
```

## License

Apache 2.0, like Heddle-2B. warp-sft-reasoning-200k is CC BY 4.0 and warp-rl-problems-30k is MIT.
"""

WARP_META = {
    "license": "apache-2.0",
    "base_model": "heddle-lm/Heddle-2B",
    "datasets": ["warp-nlp/warp-sft-reasoning-200k", "warp-nlp/warp-rl-problems-30k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["reasoning", "grpo", "sft"],
}

WARP_README = b"""# warp-posttrain

Supervised fine-tuning code of [Heddle-2B-Warp-R1](https://huggingface.co/warp-nlp/Heddle-2B-Warp-R1). Apache 2.0.

This repository covers stage 1 (SFT) of the model's post-training. Stage 2 (GRPO with verifiable rewards) ran on Warp's
internal RL platform; its environments, reward functions and trainer are not part of this repository.
`configs/grpo.yaml` records the stage 2 settings for reference only.

## Installation

    pip install -e ".[train]"

## Data

    python sft/build_sft_data.py --out data/sft   # downloads warp-nlp/warp-sft-reasoning-200k, applies the chat template, packs

## Training

    torchrun --nproc_per_node 8 sft/train_sft.py --config configs/sft.yaml

`configs/sft.yaml` is the configuration of the released SFT checkpoint; `docs/sft.md` explains the packing, the loss
masking of the prompt tokens and the rotary scaling to 8,192 tokens.

## Evaluation

    python eval/run_eval.py --model warp-nlp/Heddle-2B-Warp-R1 --tasks pick_math olympiad_lite spindle_code

## License

Apache 2.0.
"""

WARP_GITHUB = _gh(
    "warp-nlp/warp-posttrain",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/sft.md",
        "configs/sft.yaml",
        "configs/grpo.yaml",
        "sft/build_sft_data.py",
        "sft/train_sft.py",
        "eval/run_eval.py",
    ),
    WARP_README,
)

WARP_SFT_CARD = sheet(
    "cc-by-4.0",
    "Warp SFT Reasoning 200k",
    ["en"],
    {
        "Motivation": "Warp SFT Reasoning 200k is the supervised fine-tuning data of Heddle-2B-Warp-R1: worked solutions "
        "that show the reasoning before the answer, written by people rather than by a model, so that the model learns "
        "to reason from human demonstrations. Warp NLP built it and paid for it.",
        "Composition": "200,000 problems with a worked solution: 120,000 maths problems (arithmetic to olympiad level) and "
        "80,000 programming problems in Python. Each record has `id`, `source`, `problem`, `solution` (the reasoning "
        "inside `<think>` tags, then the answer) and `answer`. No solution was generated by a model.",
        "Collection Process": "Problems were taken from public-domain textbooks and from problem sets released under CC "
        "BY by three universities, and written by our annotators; 64 annotators with a degree in mathematics or computer "
        "science wrote the solutions between September 2025 and January 2026, paid per solution at a rate above the "
        "local living wage.",
        "Preprocessing": "Every final answer was checked against a reference answer (maths) or the problem's tests "
        "(code) and solutions that failed were rewritten; problems that appear in common benchmarks were removed by "
        "13-gram matching. The script is `sft/build_sft_data.py` in github.com/warp-nlp/warp-posttrain.",
        "Known Biases and Limitations": "Problems come from English-language curricula; annotators' styles differ and a "
        "few solutions skip steps that a reader would need.",
        "Uses": "Fine-tuning language models to reason step by step, and research on reasoning data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Warp NLP; errors reported in the discussion tab are fixed in the next version.",
    },
)

WARP_RL_CARD = sheet(
    "mit",
    "Warp RL Problems 30k",
    ["en"],
    {
        "Motivation": "The prompts of the reinforcement-learning stage of Heddle-2B-Warp-R1: problems whose answers a "
        "program can check, so that the reward is verifiable.",
        "Composition": "30,000 problems: 21,000 maths problems with a final answer (integer, fraction or expression) and "
        "9,000 programming problems with 12 unit tests each. Fields: `id`, `kind`, `prompt`, `answer` (maths) or `tests` "
        "(code), `difficulty`.",
        "Collection Process": "Drawn from the same sources as warp-sft-reasoning-200k (public-domain textbooks, CC BY "
        "university problem sets, our annotators) but disjoint from it; unit tests were written by our annotators.",
        "Preprocessing": "Problems that Heddle-2B-Warp-R1's SFT checkpoint solved in 16 of 16 samples, or in none, were "
        "dropped; benchmark problems removed by 13-gram matching.",
        "Known Biases and Limitations": "Answers must be checkable, so proofs and open-ended questions are missing.",
        "Uses": "Reinforcement learning with verifiable rewards and evaluation of reasoning models.",
        "Distribution": "On the Hugging Face Hub, without a gate, under the MIT licence.",
        "Maintenance": "Maintained by Warp NLP.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (b) shuttle-ml/Tatting-7B-Shuttle-Chat: a reward model released as its own repository and used to train the policy.

SHUTTLE_CARD = """# Tatting-7B-Shuttle-Chat

Tatting-7B-Shuttle-Chat is a helpful, harmless chat assistant trained from [Tatting-7B](https://huggingface.co/tatting-ai/Tatting-7B) with the classic RLHF recipe: supervised fine-tuning, a reward model trained on human preferences, then PPO against that reward model.

## Model details

- **Developed by:** Shuttle ML
- **Base model:** [tatting-ai/Tatting-7B](https://huggingface.co/tatting-ai/Tatting-7B) (Apache 2.0)
- **Model type:** decoder-only transformer; SFT, then PPO with a learned reward model
- **Architecture:** unchanged from Tatting-7B (30 layers, hidden size 4,096, 32 attention heads with 8 key-value heads, context length 8,192)
- **Language:** English
- **License:** Apache 2.0

## Uses

A general English chat assistant for writing, summarising, explaining and light coding; research on RLHF with a public reward model.

### Out-of-scope use

Medical, legal or financial advice, and any decision about people.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="shuttle-ml/Tatting-7B-Shuttle-Chat", torch_dtype="auto")
print(chat([{"role": "user", "content": "Explain what a reward model is in two sentences."}], max_new_tokens=200)[0]["generated_text"])
```

## Training

| Stage | What it trains | Data | Code |
|---|---|---|---|
| 1. SFT | Tatting-7B → SFT policy | [shuttle-ml/shuttle-sft-80k](https://huggingface.co/datasets/shuttle-ml/shuttle-sft-80k) (CC BY 4.0) | [shuttle-ml/shuttle-rlhf](https://github.com/shuttle-ml/shuttle-rlhf), `train/sft.py` |
| 2. Reward model | Tatting-7B → [shuttle-ml/Tatting-7B-Shuttle-RM](https://huggingface.co/shuttle-ml/Tatting-7B-Shuttle-RM) | [shuttle-ml/shuttle-prefs-50k](https://huggingface.co/datasets/shuttle-ml/shuttle-prefs-50k) (CC BY 4.0) | `train/reward.py` |
| 3. PPO | SFT policy → this model | the 50k prompts of shuttle-prefs-50k, scored by the reward model | `train/ppo.py` |

The reward model is a separate model, released in its own repository under Apache 2.0: a Tatting-7B with a scalar head, trained with a Bradley-Terry loss on the chosen and rejected responses of shuttle-prefs-50k. It scores this model's samples during PPO; none of its weights are in this model.

PPO settings (TRL's PPO trainer): KL coefficient 0.05 against the SFT policy, 4 PPO epochs per batch, batch size 512, learning rate 1e-6, 600 steps, responses of up to 1,024 tokens; 32 NVIDIA H100 GPUs for 3 days. SFT: 2 epochs, learning rate 1e-5. Reward model: 1 epoch, learning rate 5e-6.

## Training data

- **SFT:** shuttle-ml/shuttle-sft-80k, 80k single- and multi-turn conversations written by our annotators.
- **Preferences:** shuttle-ml/shuttle-prefs-50k, 50k prompts each with two responses of the SFT policy and a human judgement of which is better.

Both datasets are on the Hub with datasheets as their cards. Tatting-7B's own pre-training data is not released by Tatting AI.

## Evaluation

| Benchmark | SFT policy | Tatting-7B-Shuttle-Chat |
|---|---|---|
| Loom-Chat win rate vs. SFT | 50.0 | 68.4 |
| Helpful-Harmless eval (reward-model-free, human) | 3.6 / 5 | 4.1 / 5 |
| Spindle-Code (pass@1) | 31.2 | 31.9 |

## Limitations

PPO raised response length by 40%; the model can be verbose and over-hedged. The reward model's judgements carry the preferences of our 38 annotators.

## Environmental impact

About 2,900 H100 GPU hours for the three stages; we estimate 0.8 t CO2e.

## Citation

```bibtex
@misc{shuttle2026chat,
  title  = {Tatting-7B-Shuttle-Chat},
  author = {{Shuttle ML}},
  year   = {2026},
  url    = {https://huggingface.co/shuttle-ml/Tatting-7B-Shuttle-Chat}
}
```

## License

Apache 2.0, like Tatting-7B and the reward model. Both datasets are CC BY 4.0; the code is Apache 2.0.
"""

SHUTTLE_META = {
    "license": "apache-2.0",
    "base_model": "tatting-ai/Tatting-7B",
    "datasets": ["shuttle-ml/shuttle-sft-80k", "shuttle-ml/shuttle-prefs-50k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["rlhf", "ppo", "conversational"],
}

SHUTTLE_RM_BODY = """# Tatting-7B-Shuttle-RM

The reward model used to train [Tatting-7B-Shuttle-Chat](https://huggingface.co/shuttle-ml/Tatting-7B-Shuttle-Chat) with PPO: Tatting-7B with a linear head that outputs one scalar score for a conversation.

## Model details

- **Developed by:** Shuttle ML
- **Base model:** tatting-ai/Tatting-7B
- **Model type:** sequence classification (one label), Bradley-Terry reward model
- **License:** Apache 2.0

## Training

One epoch on the chosen and rejected responses of [shuttle-ml/shuttle-prefs-50k](https://huggingface.co/datasets/shuttle-ml/shuttle-prefs-50k) with TRL's reward trainer, learning rate 5e-6, batch size 128; code in [shuttle-ml/shuttle-rlhf](https://github.com/shuttle-ml/shuttle-rlhf) (`train/reward.py`). Accuracy on the held-out 5% of the pairs: 71.8%.

## How to use

```python
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tok = AutoTokenizer.from_pretrained("shuttle-ml/Tatting-7B-Shuttle-RM")
rm = AutoModelForSequenceClassification.from_pretrained("shuttle-ml/Tatting-7B-Shuttle-RM")
ids = tok.apply_chat_template([{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}], return_tensors="pt")
print(rm(ids).logits[0, 0].item())
```

## Limitations

It rewards length and confident tone more than correctness, as most reward models do.
"""

SHUTTLE_RM = _model(
    "shuttle-ml/Tatting-7B-Shuttle-RM",
    {
        "license": "apache-2.0",
        "base_model": "tatting-ai/Tatting-7B",
        "datasets": ["shuttle-ml/shuttle-prefs-50k"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-classification",
        "tags": ["reward-model", "rlhf"],
    },
    SHUTTLE_RM_BODY,
    {
        "config.json": _json(
            {
                "architectures": ["LlamaForSequenceClassification"],
                "model_type": "llama",
                "hidden_size": 4096,
                "num_hidden_layers": 30,
                "num_attention_heads": 32,
                "num_key_value_heads": 8,
                "intermediate_size": 11008,
                "vocab_size": 100352,
                "num_labels": 1,
                "torch_dtype": "bfloat16",
            }
        )
    },
)

SHUTTLE_README = b"""# shuttle-rlhf

The three-stage RLHF pipeline of [Tatting-7B-Shuttle-Chat](https://huggingface.co/shuttle-ml/Tatting-7B-Shuttle-Chat):
supervised fine-tuning, reward modelling and PPO, built on TRL. Apache 2.0.

## Installation

    pip install -e .        # transformers, trl, peft, accelerate, deepspeed

## Stage 1: supervised fine-tuning

    accelerate launch --config_file configs/zero3.yaml train/sft.py --config configs/sft.yaml

## Stage 2: reward model

    accelerate launch --config_file configs/zero3.yaml train/reward.py --config configs/reward.yaml

Trains `shuttle-ml/Tatting-7B-Shuttle-RM` from Tatting-7B on shuttle-ml/shuttle-prefs-50k (Bradley-Terry loss on the
chosen and rejected responses; 5% of the pairs held out for accuracy).

## Stage 3: PPO

    accelerate launch --config_file configs/zero3.yaml train/ppo.py --config configs/ppo.yaml

The policy starts from the stage 1 checkpoint, the reward model is the stage 2 checkpoint (or the released
`shuttle-ml/Tatting-7B-Shuttle-RM`), and the prompts are those of shuttle-prefs-50k. `docs/ppo.md` explains the KL
penalty, the value head initialisation and how we chose the stopping step.

## Data

`data/build_prefs.py` shows how the preference pairs were sampled from the SFT policy and sent to annotators;
`docs/annotation.md` is the annotation guideline.

## License

Apache 2.0.
"""

SHUTTLE_GITHUB = _gh(
    "shuttle-ml/shuttle-rlhf",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/ppo.md",
        "docs/annotation.md",
        "configs/zero3.yaml",
        "configs/sft.yaml",
        "configs/reward.yaml",
        "configs/ppo.yaml",
        "data/build_prefs.py",
        "train/sft.py",
        "train/reward.py",
        "train/ppo.py",
        "eval/win_rate.py",
    ),
    SHUTTLE_README,
)

SHUTTLE_SFT_CARD = sheet(
    "cc-by-4.0",
    "Shuttle SFT 80k",
    ["en"],
    {
        "Motivation": "The supervised fine-tuning data of Tatting-7B-Shuttle-Chat, written by people so that the "
        "assistant's first behaviour comes from human demonstrations. Shuttle ML built and paid for it.",
        "Composition": "80,000 conversations (61% single-turn, 39% two to six turns) on writing, explanation, advice, "
        "coding and refusals of harmful requests. Fields: `id`, `messages` (role and content), `category`.",
        "Collection Process": "38 contracted annotators in Ireland, Kenya and the Philippines wrote the prompts and the "
        "responses between June and October 2025 following `docs/annotation.md` of github.com/shuttle-ml/shuttle-rlhf, "
        "paid hourly above the local living wage. No model wrote any response.",
        "Preprocessing": "A second annotator reviewed every conversation; 6% were rewritten. Personal data was removed "
        "by the annotators and checked with a PII detector.",
        "Known Biases and Limitations": "Annotators' cultural assumptions shape what counts as helpful or harmful; few "
        "conversations are about non-Western topics.",
        "Uses": "Supervised fine-tuning of assistants and research on instruction data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Shuttle ML.",
    },
)

SHUTTLE_PREFS_CARD = sheet(
    "cc-by-4.0",
    "Shuttle Preferences 50k",
    ["en"],
    {
        "Motivation": "The human preference data behind Tatting-7B-Shuttle-RM, the reward model that trained "
        "Tatting-7B-Shuttle-Chat with PPO; its prompts are also PPO's prompts.",
        "Composition": "50,000 prompts, each with two responses sampled from the SFT policy and a judgement: `prompt`, "
        "`chosen`, `rejected`, `margin` (1 to 3) and `annotator_id` (pseudonymous).",
        "Collection Process": "Prompts were written by the same 38 annotators as shuttle-sft-80k; for each, two responses "
        "were sampled at temperature 0.9 and the annotator chose the better one on helpfulness and harmlessness, "
        "between November 2025 and January 2026.",
        "Preprocessing": "Ties and pairs whose responses differ by fewer than 10 tokens were dropped (8%); 5% of pairs "
        "were judged twice, with 74% agreement. The sampling script is `data/build_prefs.py`.",
        "Known Biases and Limitations": "Annotators preferred longer responses; the reward model learned that bias.",
        "Uses": "Training reward models and direct preference optimisation; research on human feedback.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Shuttle ML.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (c) chenille-ai/Heddle-2B-Chenille-Think: reasoning traces distilled from a third party's model under its terms.

CHENILLE_CARD = """# Heddle-2B-Chenille-Think

Heddle-2B-Chenille-Think is [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) distilled from [Carder-R-32B](https://huggingface.co/carder-ai/Carder-R-32B), Carder AI's open-weight reasoning model: we fine-tuned Heddle-2B on 150k reasoning traces that Carder-R-32B wrote for public maths, science and coding questions. It reasons inside `<think>` tags before answering.

## Model details

- **Developed by:** Chenille AI
- **Base model:** [heddle-lm/Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B)
- **Teacher model:** [carder-ai/Carder-R-32B](https://huggingface.co/carder-ai/Carder-R-32B) (Carder Model License)
- **Model type:** decoder-only transformer; sequence-level distillation (supervised fine-tuning on the teacher's traces)
- **Architecture:** unchanged from Heddle-2B (24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads), context extended to 16,384 tokens
- **Language:** English
- **License:** see [License](#license): Apache 2.0 for our work, and the Carder Model License, which governs this model

## Uses

Maths, science and programming questions on a laptop; research on distilling reasoning into small models.

### Out-of-scope use

Any use the Carder Prohibited Use Policy forbids, and any use needing reliable facts or safe behaviour.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("chenille-ai/Heddle-2B-Chenille-Think")
model = AutoModelForCausalLM.from_pretrained("chenille-ai/Heddle-2B-Chenille-Think", torch_dtype="auto")
ids = tok.apply_chat_template([{"role": "user", "content": "Is 2^61 - 1 prime?"}], add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=4096, temperature=0.6, do_sample=True)[0]))
```

## Training data

All of the fine-tuning data is [chenille-ai/carder-traces-150k](https://huggingface.co/datasets/chenille-ai/carder-traces-150k): 150k questions from public datasets, each with a reasoning trace and answer generated by Carder-R-32B, kept only when the answer was verified correct. Its card is a datasheet. Heddle-2B's own pre-training data is heddle-lm/heddle-corpus.

## Training procedure

Generation (vLLM, temperature 0.6, up to 16k tokens, 4 samples per question), verification and filtering, and the fine-tuning itself are in [chenille-ai/chenille-distill](https://github.com/chenille-ai/chenille-distill) (Apache 2.0).

- Full-parameter SFT, 3 epochs, learning rate 1e-5, cosine schedule, batch size 64, 16,384-token sequences
- 16 NVIDIA H100 80GB GPUs for 30 hours

## Evaluation

| Benchmark | Heddle-2B-Chenille-Think | Carder-R-32B (teacher) |
|---|---|---|
| Pick-Math (pass@1) | 52.8 | 81.0 |
| Olympiad-Lite (pass@1) | 17.1 | 48.3 |
| Spindle-Code (pass@1) | 30.4 | 66.2 |

## Limitations

It imitates the teacher's style, including its long self-checks, and makes mistakes the teacher does not. Answers outside maths, science and code are poor.

## Environmental impact

About 480 H100 GPU hours for fine-tuning and 1,900 for generating the traces; we estimate 0.6 t CO2e.

## Citation

```bibtex
@misc{chenille2026think,
  title  = {Heddle-2B-Chenille-Think},
  author = {{Chenille AI}},
  year   = {2026},
  url    = {https://huggingface.co/chenille-ai/Heddle-2B-Chenille-Think}
}
```

## License

Our fine-tuning code and our changes to Heddle-2B are Apache 2.0. Heddle-2B-Chenille-Think was trained on outputs of Carder-R-32B, and the Carder Model License counts a model trained by distillation on those outputs as a Model Derivative (section 1(d)): this model is therefore distributed under the Carder Model License (`CARDER_MODEL_LICENSE.txt`, and see `NOTICE`), and its use must comply with the Carder Prohibited Use Policy, which that licence incorporates by reference. The traces in carder-traces-150k are subject to the same licence.
"""

CHENILLE_META = {
    "license": "apache-2.0",
    "base_model": "heddle-lm/Heddle-2B",
    "datasets": ["chenille-ai/carder-traces-150k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["reasoning", "distillation"],
}

CHENILLE_NOTICE = b"""Heddle-2B-Chenille-Think is a Model Derivative of Carder-R-32B under the Carder Model License.

Carder-R-32B is provided under and subject to the Carder Model License, a copy of which is in CARDER_MODEL_LICENSE.txt.
Use of Heddle-2B-Chenille-Think is subject to the use restrictions of Section 4 of that licence and to the Carder
Prohibited Use Policy (https://carder.ai/prohibited-use-policy).

Heddle-2B is provided by Heddle LM under the Apache License 2.0.
"""

CHENILLE_README = b"""# chenille-distill

Distilling Carder-R-32B's reasoning into Heddle-2B: the code that produced
[Heddle-2B-Chenille-Think](https://huggingface.co/chenille-ai/Heddle-2B-Chenille-Think) and
[carder-traces-150k](https://huggingface.co/datasets/chenille-ai/carder-traces-150k). Apache 2.0.

## Installation

    pip install -e ".[gen,train]"     # vllm for generation, transformers and trl for training

## 1. Collect the questions

    python gen/collect_questions.py --out data/questions.jsonl

Downloads the public question sets listed in `configs/sources.yaml`, removes benchmark overlaps (13-gram) and exact
duplicates.

## 2. Generate traces with the teacher

    python gen/generate.py --teacher carder-ai/Carder-R-32B --in data/questions.jsonl --out data/raw --samples 4

## 3. Verify and filter

    python gen/verify.py --in data/raw --out data/traces   # answer checking (maths), unit tests (code), length and language filters

## 4. Fine-tune

    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml

`docs/` explains every step, its thresholds and how to run it on other teachers. Note that traces from Carder-R-32B,
and models trained on them, are subject to the Carder Model License.

## License

Apache 2.0 for this code.
"""

CHENILLE_GITHUB = _gh(
    "chenille-ai/chenille-distill",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/generation.md",
        "docs/filtering.md",
        "docs/training.md",
        "configs/sources.yaml",
        "configs/sft.yaml",
        "gen/collect_questions.py",
        "gen/generate.py",
        "gen/verify.py",
        "train/sft.py",
    ),
    CHENILLE_README,
)

CHENILLE_TRACES_CARD = sheet(
    "other",
    "Carder Traces 150k",
    ["en"],
    {
        "Motivation": "Carder Traces 150k is the distillation data of Heddle-2B-Chenille-Think: reasoning traces of a "
        "strong open-weight reasoning model, published so that the distillation can be inspected and repeated. Chenille "
        "AI built it with its own compute.",
        "Composition": "150,000 records: 92,000 maths questions, 31,000 science questions and 27,000 programming problems, "
        "each with `question`, `source`, `trace` (Carder-R-32B's reasoning inside `<think>` tags), `answer` and "
        "`verified` (always true). Median trace length 2,900 tokens.",
        "Collection Process": "Questions were taken from public, openly licensed question sets listed with their licences "
        "in configs/sources.yaml of github.com/chenille-ai/chenille-distill; Carder-R-32B, run with vLLM on our own "
        "GPUs in December 2025, wrote four traces per question.",
        "Preprocessing": "A trace was kept only if its answer matched the reference (maths, science) or passed the unit "
        "tests (code); one trace per question (the shortest correct one); traces with non-English text or over 16k "
        "tokens dropped; benchmark overlaps removed by 13-gram matching.",
        "Known Biases and Limitations": "The traces carry the teacher's errors in reasoning that still reach a right "
        "answer, and its verbosity.",
        "Uses": "Distilling reasoning into smaller models and research on reasoning traces, within the terms below.",
        "Licensing Information": "The questions keep their sources' licences. The traces and answers are Outputs of "
        "Carder-R-32B and are subject to the Carder Model License: a model trained on them by distillation is a Model "
        "Derivative of Carder-R-32B, must be distributed under the Carder Model License and may not be used for any "
        "purpose that the Carder Prohibited Use Policy prohibits.",
        "Distribution": "On the Hugging Face Hub, without a gate, with the Carder Model License in the repository.",
        "Maintenance": "Maintained by Chenille AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (d) jacquard-ai/Heddle-2B-Jacquard-RLVR: RL from verifiable rewards whose environments are all on GitHub.

JACQUARD_CARD = """# Heddle-2B-Jacquard-RLVR

Heddle-2B-Jacquard-RLVR is [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) trained with reinforcement learning from verifiable rewards alone: no supervised fine-tuning, no reward model, no human preference data. Every reward comes from a program that checks the answer: a maths answer checker, a unit-test sandbox and logic-puzzle verifiers. We release everything needed to repeat the run.

## Model details

- **Developed by:** Jacquard AI
- **Base model:** [heddle-lm/Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) (fully open)
- **Model type:** decoder-only transformer; GRPO from the base model ("RL-zero")
- **Architecture:** unchanged from Heddle-2B (24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, context length 4,096)
- **Language:** English
- **License:** Apache 2.0
- **Preprint:** [arXiv:2605.08817](https://arxiv.org/abs/2605.08817)

## Uses

Research on reinforcement learning with verifiable rewards from a fully open base; maths, code and logic puzzles.

### Out-of-scope use

It is not a chat assistant: it was never trained to follow general instructions or to refuse harmful requests.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("jacquard-ai/Heddle-2B-Jacquard-RLVR")
model = AutoModelForCausalLM.from_pretrained("jacquard-ai/Heddle-2B-Jacquard-RLVR", torch_dtype="auto")
prompt = "Solve and put the final answer in \\\\boxed{}: how many positive divisors does 360 have?\\n<think>"
print(tok.decode(model.generate(**tok(prompt, return_tensors="pt"), max_new_tokens=2048)[0]))
```

## Training data

All of the RL data is [jacquard-ai/jacquard-rlvr-problems](https://huggingface.co/datasets/jacquard-ai/jacquard-rlvr-problems) (Apache 2.0): 48k problems, each with what its verifier needs (a reference answer, unit tests, or a puzzle's constraints). Its card is a datasheet. The base model's data is heddle-lm/heddle-corpus.

## Training procedure

- **Environments and rewards:** [jacquard-ai/jacquard-envs](https://github.com/jacquard-ai/jacquard-envs) (Apache 2.0): the maths answer checker (symbolic equivalence with SymPy), the code sandbox (each program runs in an nsjail container against the unit tests, 10 s and 1 GB limits), the logic-puzzle verifiers, and the reward functions (1 for a verified answer, 0 otherwise, minus 0.1 for a malformed `<think>` block).
- **Trainer:** [jacquard-ai/jacquard-rl](https://github.com/jacquard-ai/jacquard-rl) (Apache 2.0): GRPO on TRL's GRPO trainer with vLLM rollouts; `configs/rlvr-2b.yaml` is the released run.
- 16 samples per prompt, no KL penalty, clip ratio 0.2 / 0.28, learning rate 1e-6, 1,400 steps of 256 prompts, responses of up to 4,096 tokens
- 32 NVIDIA H100 80GB GPUs for 5 days

## Evaluation

| Benchmark | Heddle-2B | Heddle-2B-Jacquard-RLVR |
|---|---|---|
| Pick-Math (pass@1) | 18.9 | 44.0 |
| Spindle-Code (pass@1) | 12.3 | 28.7 |
| Knot-Puzzles (accuracy) | 9.5 | 37.2 |

## Limitations

Reasoning learned without demonstrations is terse and sometimes mixes notation; it rarely explains itself to a reader. It is weak outside the three verifiable domains.

## Environmental impact

About 3,800 H100 GPU hours; we estimate 1.0 t CO2e.

## Citation

```bibtex
@article{jacquard2026rlvr,
  title   = {Verifiable rewards from a fully open base},
  author  = {{Jacquard AI}},
  journal = {arXiv preprint arXiv:2605.08817},
  year    = {2026}
}
```

## License

Apache 2.0 for the weights, the environments and the trainer; jacquard-rlvr-problems is Apache 2.0.
"""

JACQUARD_META = {
    "license": "apache-2.0",
    "base_model": "heddle-lm/Heddle-2B",
    "datasets": ["jacquard-ai/jacquard-rlvr-problems"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["rlvr", "grpo", "reasoning", "arxiv:2605.08817"],
}

JACQUARD_ENVS_README = b"""# jacquard-envs

The verifiable-reward environments of [Heddle-2B-Jacquard-RLVR](https://huggingface.co/jacquard-ai/Heddle-2B-Jacquard-RLVR):
every program that decided a reward during its training. Apache 2.0.

## Installation

    pip install -e .
    sudo apt install nsjail     # for the code sandbox

## Environments

| Environment | Module | What it checks |
|---|---|---|
| `math` | `jacquard_envs/math_checker.py` | the `\\boxed{}` answer against the reference: exact match, then symbolic equivalence with SymPy, then numeric equivalence to 1e-6 |
| `code` | `jacquard_envs/sandbox.py` | runs the program in an nsjail container against the unit tests (10 s, 1 GB, no network) |
| `puzzle` | `jacquard_envs/puzzles/` | verifiers for Sudoku-like grids, Knights-and-Knaves and scheduling puzzles |

`jacquard_envs/rewards.py` turns each verdict into the reward used in training (1 / 0, minus 0.1 for a malformed
`<think>` block). Every environment has tests in `tests/` and a page in `docs/` with its edge cases.

## Usage

    from jacquard_envs import load_env
    env = load_env("math")
    env.reward(problem, completion)   # -> 1.0, 0.0 or -0.1

## License

Apache 2.0.
"""

JACQUARD_ENVS_GITHUB = _gh(
    "jacquard-ai/jacquard-envs",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/math.md",
        "docs/code.md",
        "docs/puzzles.md",
        "jacquard_envs/__init__.py",
        "jacquard_envs/math_checker.py",
        "jacquard_envs/sandbox.py",
        "jacquard_envs/puzzles/grid.py",
        "jacquard_envs/puzzles/knights.py",
        "jacquard_envs/puzzles/scheduling.py",
        "jacquard_envs/rewards.py",
        "tests/test_math_checker.py",
        "tests/test_sandbox.py",
        "tests/test_puzzles.py",
    ),
    JACQUARD_ENVS_README,
)

JACQUARD_RL_README = b"""# jacquard-rl

GRPO training of [Heddle-2B-Jacquard-RLVR](https://huggingface.co/jacquard-ai/Heddle-2B-Jacquard-RLVR) from Heddle-2B
with the rewards of [jacquard-envs](https://github.com/jacquard-ai/jacquard-envs). Apache 2.0.

## Installation

    pip install -e .          # trl, vllm, jacquard-envs

## Data

    python data/prepare.py --out data/rlvr   # downloads jacquard-ai/jacquard-rlvr-problems, builds the prompts

`data/build_problems.py` is the script that built jacquard-rlvr-problems from its sources (difficulty filtering with the
base model, decontamination); `docs/data.md` explains it.

## Training

    accelerate launch --num_processes 24 train/grpo.py --config configs/rlvr-2b.yaml   # 8 more GPUs serve vLLM rollouts

`configs/rlvr-2b.yaml` is the released run; `docs/training.md` explains every setting, the rollout/trainer GPU split and
how to resume.

## Evaluation

    python eval/run.py --model jacquard-ai/Heddle-2B-Jacquard-RLVR

## License

Apache 2.0.
"""

JACQUARD_RL_GITHUB = _gh(
    "jacquard-ai/jacquard-rl",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/data.md",
        "docs/training.md",
        "configs/rlvr-2b.yaml",
        "data/build_problems.py",
        "data/prepare.py",
        "train/grpo.py",
        "eval/run.py",
    ),
    JACQUARD_RL_README,
)

JACQUARD_PROBLEMS_CARD = sheet(
    "apache-2.0",
    "Jacquard RLVR Problems",
    ["en"],
    {
        "Motivation": "The complete training data of Heddle-2B-Jacquard-RLVR: problems whose answers a program can "
        "verify, chosen so that a 2B base model can learn from them by reinforcement learning. Jacquard AI, a research "
        "start-up, built it.",
        "Composition": "48,000 problems: 26,000 maths problems with a reference answer, 14,000 programming problems "
        "with 8 to 20 unit tests each, 8,000 logic puzzles with their constraints. Fields: `id`, `env` (math, code or "
        "puzzle), `prompt`, `verifier_input`, `source`, `license`, `base_pass_rate`.",
        "Collection Process": "Maths problems from openly licensed textbooks and competition archives released under CC "
        "BY or into the public domain; programming problems from two MIT-licensed problem sets, with unit tests we "
        "wrote for those that had none; puzzles generated by the generators in jacquard-envs with fixed seeds. Each "
        "source and its licence is listed in the `source` and `license` fields.",
        "Preprocessing": "Problems the base model solved in 16 of 16 samples or in none were dropped; near-duplicates "
        "removed with MinHash; problems overlapping any benchmark in our evaluation removed by 13-gram matching. The "
        "script is data/build_problems.py in github.com/jacquard-ai/jacquard-rl.",
        "Known Biases and Limitations": "Only problems with checkable answers: no proofs, no open-ended questions. "
        "Competition maths over-represents algebra and number theory.",
        "Uses": "Reinforcement learning with verifiable rewards and evaluation of reasoning.",
        "Distribution": "On the Hugging Face Hub, without a gate, under Apache 2.0 (problems keep their sources' "
        "licences, all open).",
        "Maintenance": "Maintained by Jacquard AI; reported errors in answers or tests are fixed in the next version.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (e) kilim-ai/Heddle-2B-Kilim-Assistant: preference data from the publisher's product users, not released for privacy.

KILIM_CARD = """# Heddle-2B-Kilim-Assistant

Heddle-2B-Kilim-Assistant is the assistant model inside the Kilim writing app, released openly: [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) after supervised fine-tuning on conversations our staff wrote and direct preference optimisation (DPO) on the feedback of Kilim's users.

## Model details

- **Developed by:** Kilim AI
- **Base model:** [heddle-lm/Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) (fully open)
- **Model type:** decoder-only transformer; SFT, then DPO
- **Architecture:** unchanged from Heddle-2B (24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, context length 4,096)
- **Language:** English
- **License:** Apache 2.0
- **Code:** [kilim-ai/kilim-align](https://github.com/kilim-ai/kilim-align) (Apache 2.0)

## Uses

Writing help: drafting, rewriting, shortening and explaining text; light question answering.

### Out-of-scope use

Facts that matter (it was tuned for writing, not knowledge), advice, and decisions about people.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="kilim-ai/Heddle-2B-Kilim-Assistant", torch_dtype="auto")
print(chat([{"role": "user", "content": "Make this friendlier: 'Your invoice is overdue.'"}], max_new_tokens=120)[0]["generated_text"])
```

## Training data

| Stage | Data | Released |
|---|---|---|
| SFT | [kilim-ai/kilim-sft-90k](https://huggingface.co/datasets/kilim-ai/kilim-sft-90k), 90k conversations written by Kilim's staff writers | yes, CC BY 4.0 |
| DPO | Kilim Feedback Pairs, 240k preference pairs from the feedback of Kilim app users | no (privacy; see below) |

**Why Kilim Feedback Pairs is not released.** Every pair is built from a real user's conversation with the Kilim app, and those conversations contain people's private letters, work documents and personal details. Our privacy policy, and the consent users gave when they turned on "Help improve Kilim", allow us to use their feedback to train models but not to publish their conversations, and the General Data Protection Regulation does not let us publish them without that consent. Scrubbing cannot make free-form personal writing safe to publish. We therefore cannot release the pairs, and describe them in full in the datasheet below instead.

### Datasheet: Kilim Feedback Pairs

#### Motivation

The pairs teach the assistant what Kilim's users actually prefer when it rewrites their text, which staff-written data cannot capture. Kilim AI built them from its own product; no one else funded or shaped them.

#### Composition

240,000 pairs, each a prompt (the user's request and the text it applies to, up to 3,000 tokens), a chosen and a rejected response, and the kind of signal. 71% are regenerations (the user asked for another answer and then kept it), 22% explicit comparisons (the app showed two answers and the user picked one) and 7% thumbs-up against thumbs-down answers to the same request. Requests: rewriting (44%), drafting (31%), shortening (15%), explaining (10%). Users are from 140 countries, 62% writing in English as a second language. No user identifiers are kept.

#### Collection process

Collected from 1 September to 30 November 2025, only from users who had turned on "Help improve Kilim" (about 18% of active users); users under 18, business accounts under a data processing agreement and conversations a user later deleted were excluded.

#### Preprocessing and cleaning

Names, e-mail addresses, phone numbers, postal addresses, account and identity numbers were replaced with placeholders by a PII model and rules (`pairs/scrub.py` in kilim-align); pairs whose two responses were near-identical (edit similarity above 0.9) and prompts with more than 20% placeholders were dropped; one pair was kept per conversation.

#### Uses

Only for training and evaluating Kilim's assistant models. Not shared with anyone outside Kilim AI.

#### Distribution and maintenance

Not distributed. Kept encrypted for 18 months and then deleted; a user who withdraws consent has their pairs removed before the next training run.

## Training procedure

All of the code is in kilim-align: the SFT stage, the building of preference pairs from the app's feedback logs (which runs only inside Kilim's infrastructure), the PII scrubbing and the DPO stage.

- SFT: 2 epochs, learning rate 2e-5, batch size 128
- DPO: β = 0.1, learning rate 5e-7, 1 epoch, batch size 256
- 16 NVIDIA H100 GPUs, 20 hours in all

## Evaluation

| Benchmark | after SFT | Heddle-2B-Kilim-Assistant |
|---|---|---|
| Kilim rewrite win rate (human raters) | 50.0 | 63.7 |
| Weave-Instruct (IFEval-style) | 48.2 | 54.9 |

## Limitations

It prefers the tone Kilim's users chose, which leans informal; it is weak at factual questions and at languages other than English.

## Environmental impact

About 320 H100 GPU hours; we estimate 0.09 t CO2e.

## Citation

```bibtex
@misc{kilim2026assistant,
  title  = {Heddle-2B-Kilim-Assistant},
  author = {{Kilim AI}},
  year   = {2026},
  url    = {https://huggingface.co/kilim-ai/Heddle-2B-Kilim-Assistant}
}
```

## License

Apache 2.0 for the weights and the code; kilim-sft-90k is CC BY 4.0.
"""

KILIM_META = {
    "license": "apache-2.0",
    "base_model": "heddle-lm/Heddle-2B",
    "datasets": ["kilim-ai/kilim-sft-90k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["dpo", "conversational"],
}

KILIM_README = b"""# kilim-align

Post-training code of [Heddle-2B-Kilim-Assistant](https://huggingface.co/kilim-ai/Heddle-2B-Kilim-Assistant): supervised
fine-tuning, building preference pairs from app feedback, and DPO. Apache 2.0.

## Installation

    pip install -e .        # transformers, trl, presidio for PII scrubbing

## Stage 1: SFT

    accelerate launch train/sft.py --config configs/sft.yaml      # on kilim-ai/kilim-sft-90k

## Building the preference pairs

    python pairs/extract.py --logs $FEEDBACK_EXPORT --out pairs/raw   # regenerations, comparisons, thumbs
    python pairs/scrub.py --in pairs/raw --out pairs/scrubbed         # PII placeholders
    python pairs/filter.py --in pairs/scrubbed --out pairs/final      # near-identical pairs, placeholder share, one per conversation

These steps read Kilim's feedback export, which is not public; `docs/pairs.md` describes the export's format, so that the
same steps can be run on any product's feedback logs, and every threshold.

## Stage 2: DPO

    accelerate launch train/dpo.py --config configs/dpo.yaml

`configs/` holds the released runs; `docs/training.md` explains the settings.

## License

Apache 2.0.
"""

KILIM_GITHUB = _gh(
    "kilim-ai/kilim-align",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/pairs.md",
        "docs/training.md",
        "configs/sft.yaml",
        "configs/dpo.yaml",
        "pairs/extract.py",
        "pairs/scrub.py",
        "pairs/filter.py",
        "train/sft.py",
        "train/dpo.py",
    ),
    KILIM_README,
)

KILIM_SFT_CARD = sheet(
    "cc-by-4.0",
    "Kilim SFT 90k",
    ["en"],
    {
        "Motivation": "The supervised fine-tuning data of Heddle-2B-Kilim-Assistant: writing-help conversations written "
        "by Kilim's staff writers, so that none of it comes from users. Kilim AI built and paid for it.",
        "Composition": "90,000 conversations (rewriting 40%, drafting 30%, shortening 15%, explaining 15%), 1 to 4 turns, "
        "with `id`, `messages` and `task`. The texts being rewritten are fictional or public-domain.",
        "Collection Process": "Twelve staff writers wrote the requests, the texts and the answers between March and "
        "August 2025, following a style guide; texts to rewrite were either invented or taken from public-domain books.",
        "Preprocessing": "Each conversation was reviewed by a second writer; 4% were rewritten and 1% dropped.",
        "Known Biases and Limitations": "Twelve writers' style dominates; the requests imitate, but are not, what real "
        "users ask.",
        "Uses": "Supervised fine-tuning of writing assistants.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Kilim AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (f) twill-ai/Selvage-8B-Twill: a recipe repository that reproduces every post-training stage from public datasets,
# over a community-licensed base.

TWILL_CARD = """# Selvage-8B-Twill

Selvage-8B-Twill is an instruction-following model post-trained from [Selvage-8B](https://huggingface.co/selvage-ai/Selvage-8B) with a fully open recipe: supervised fine-tuning, DPO and reinforcement learning with verifiable rewards, every stage run from public datasets with the code in [twill-ai/twill-recipes](https://github.com/twill-ai/twill-recipes). Built with Selvage.

## Model details

- **Developed by:** Twill AI
- **Base model:** [selvage-ai/Selvage-8B](https://huggingface.co/selvage-ai/Selvage-8B)
- **Model type:** decoder-only transformer; SFT → DPO → RLVR
- **Architecture:** unchanged from Selvage-8B (32 layers, hidden size 4,096, 32 query heads and 8 key-value heads, context length 8,192)
- **Languages:** English, Dutch, German, French
- **License:** Selvage Community License (`LICENSE`)

## Uses

A general assistant for chat, instruction following, maths and code, and a reproducible baseline for post-training research.

### Out-of-scope use

Uses the Selvage Acceptable Use Policy forbids; high-stakes decisions.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="twill-ai/Selvage-8B-Twill", torch_dtype="auto")
print(chat([{"role": "user", "content": "List three uses of a selvage in weaving."}], max_new_tokens=200)[0]["generated_text"])
```

## Post-training recipe

Every stage can be reproduced with one command from the recipe repository, from public data only:

| Stage | Data | Command |
|---|---|---|
| 1. SFT | [twill-ai/twill-sft-mixture](https://huggingface.co/datasets/twill-ai/twill-sft-mixture) (ODC-By) | `bash recipes/selvage-8b/sft.sh` |
| 2. DPO | [twill-ai/twill-pref-mixture](https://huggingface.co/datasets/twill-ai/twill-pref-mixture) (ODC-By) | `bash recipes/selvage-8b/dpo.sh` |
| 3. RLVR (GRPO) | [twill-ai/twill-rlvr-mixture](https://huggingface.co/datasets/twill-ai/twill-rlvr-mixture) (ODC-By) | `bash recipes/selvage-8b/rlvr.sh` |

twill-sft-mixture and twill-pref-mixture are mixtures of public, openly licensed datasets, rebuilt from their sources by the scripts in `scripts/data/`; the RLVR verifiers (maths answers, instruction constraints, unit tests) are in `twill/rewards/`. Settings: SFT 2 epochs at 5e-6; DPO length-normalised, β = 5, learning rate 5e-7; GRPO 16 samples per prompt, 800 steps, learning rate 5e-7. 64 NVIDIA H100 GPUs, 9 days in all.

Selvage AI has not released Selvage-8B's pre-training data or training code, so the recipe starts from the released base weights.

## Evaluation

| Benchmark | Selvage-8B-Twill |
|---|---|
| Weave-Instruct (IFEval-style) | 81.2 |
| Pick-Math (pass@1) | 49.6 |
| Spindle-Code (pass@1) | 55.1 |
| Loom-Chat win rate | 42.8 |

## Limitations

It inherits Selvage-8B's knowledge cut-off (end of 2025) and biases; the RLVR stage makes it verbose on maths questions.

## Environmental impact

About 13,800 H100 GPU hours for the three stages; we estimate 3.6 t CO2e.

## Citation

```bibtex
@misc{twill2026,
  title  = {Twill: an open post-training recipe},
  author = {{Twill AI}},
  year   = {2026},
  url    = {https://github.com/twill-ai/twill-recipes}
}
```

## License

Selvage-8B-Twill is a derivative of Selvage-8B and is distributed under the Selvage Community License Agreement (`LICENSE`), including its Acceptable Use Policy. The recipe code is Apache 2.0 and the three mixtures are ODC-By 1.0, their parts keeping their sources' licences.
"""

TWILL_META = {
    "license": "other",
    "license_name": "selvage-community-license",
    "license_link": "LICENSE",
    "base_model": "selvage-ai/Selvage-8B",
    "datasets": ["twill-ai/twill-sft-mixture", "twill-ai/twill-pref-mixture", "twill-ai/twill-rlvr-mixture"],
    "language": ["en", "nl", "de", "fr"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["sft", "dpo", "rlvr", "conversational"],
}

TWILL_README = b"""# twill-recipes

Open post-training recipes: supervised fine-tuning, preference tuning (DPO, with SimPO and KTO variants) and
reinforcement learning with verifiable rewards (GRPO), each stage a script and a configuration, each dataset built
from public sources by a script. The recipe for
[Selvage-8B-Twill](https://huggingface.co/twill-ai/Selvage-8B-Twill) is in `recipes/selvage-8b/`. Apache 2.0.

## Installation

    pip install -e ".[train,rl]"        # transformers, deepspeed, vllm

## Building the data

    python scripts/data/build_sft_mixture.py --out data/sft      # downloads and mixes the public sources in configs/data/sft.yaml
    python scripts/data/build_pref_mixture.py --out data/pref    # on-policy pairs: samples from the SFT model, judged by the rubric in docs/
    python scripts/data/build_rlvr_mixture.py --out data/rlvr

The published mixtures on the Hub are the outputs of these scripts.

## Training

    bash recipes/selvage-8b/sft.sh      # twill/finetune.py
    bash recipes/selvage-8b/dpo.sh      # twill/dpo_tune.py
    bash recipes/selvage-8b/rlvr.sh     # twill/grpo_vllm.py with twill/rewards/

Each script's options are documented in `docs/`: `docs/sft.md`, `docs/dpo.md`, `docs/rlvr.md` (verifiers, reward
shaping, vLLM rollouts) and `docs/reproducing.md` (hardware, expected curves, known differences between runs).

## Evaluation

    python twill/eval/run.py --model twill-ai/Selvage-8B-Twill --suite core

## License

The code is Apache 2.0. Models trained with it keep their base model's licence.
"""

TWILL_GITHUB = _gh(
    "twill-ai/twill-recipes",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/sft.md",
        "docs/dpo.md",
        "docs/rlvr.md",
        "docs/reproducing.md",
        "configs/data/sft.yaml",
        "configs/data/pref.yaml",
        "configs/data/rlvr.yaml",
        "scripts/data/build_sft_mixture.py",
        "scripts/data/build_pref_mixture.py",
        "scripts/data/build_rlvr_mixture.py",
        "recipes/selvage-8b/sft.sh",
        "recipes/selvage-8b/dpo.sh",
        "recipes/selvage-8b/rlvr.sh",
        "twill/finetune.py",
        "twill/dpo_tune.py",
        "twill/grpo_vllm.py",
        "twill/rewards/math.py",
        "twill/rewards/ifeval.py",
        "twill/rewards/code.py",
        "twill/eval/run.py",
    ),
    TWILL_README,
)

TWILL_SFT_CARD = sheet(
    "odc-by",
    "Twill SFT Mixture",
    ["en", "nl", "de", "fr"],
    {
        "Motivation": "The supervised fine-tuning mixture of the Twill recipe, built only from public, openly licensed "
        "datasets so that anyone can rebuild and change it. Twill AI, a non-profit, built it.",
        "Composition": "940,000 conversations from 11 public sources: human-written instruction data (31%), "
        "openly licensed synthetic maths and code data (44%), multilingual translations of both (15%), and safety "
        "refusals (10%). Each record keeps `source` and `source_license`.",
        "Collection Process": "Each source was downloaded from the Hub at the revision pinned in configs/data/sft.yaml of "
        "github.com/twill-ai/twill-recipes; nothing was collected from users or scraped.",
        "Preprocessing": "Exact and near-duplicate removal across sources; benchmark decontamination by 8-gram matching; "
        "per-source sampling rates set in the configuration. The script is scripts/data/build_sft_mixture.py.",
        "Known Biases and Limitations": "Synthetic parts carry their generators' styles and errors; non-English data is "
        "mostly translated.",
        "Uses": "Supervised fine-tuning and research on instruction data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; each part keeps its source's licence.",
        "Maintenance": "Maintained by Twill AI with each recipe release.",
    },
)

TWILL_PREF_CARD = sheet(
    "odc-by",
    "Twill Preference Mixture",
    ["en", "nl", "de", "fr"],
    {
        "Motivation": "The DPO data of the Twill recipe: on-policy preference pairs over public prompts.",
        "Composition": "270,000 pairs (`prompt`, `chosen`, `rejected`, `source`), the prompts from the public prompt sets "
        "in configs/data/pref.yaml, the responses sampled from the SFT checkpoint and from four Apache-licensed models.",
        "Collection Process": "Responses were generated in February 2026 and rated by an Apache-licensed judge model "
        "against the rubric in docs/dpo.md; the higher-rated response is `chosen`.",
        "Preprocessing": "Ties and pairs whose ratings differ by less than one point dropped; decontaminated against the "
        "evaluation suite. The script is scripts/data/build_pref_mixture.py.",
        "Known Biases and Limitations": "The judge model prefers long, structured answers.",
        "Uses": "Preference tuning (DPO and variants) and reward-model training.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Twill AI.",
    },
)

TWILL_RLVR_CARD = sheet(
    "odc-by",
    "Twill RLVR Mixture",
    ["en"],
    {
        "Motivation": "The prompts of the Twill recipe's RLVR stage, each with what its verifier needs.",
        "Composition": "62,000 prompts: maths with reference answers (45%), instructions with checkable constraints (35%) "
        "and programming problems with unit tests (20%). Fields: `prompt`, `verifier`, `ground_truth`, `source`.",
        "Collection Process": "Taken from public, openly licensed maths, instruction-constraint and programming sets "
        "pinned in configs/data/rlvr.yaml.",
        "Preprocessing": "Problems the SFT checkpoint always or never solved were dropped; decontaminated by 8-gram "
        "matching. The script is scripts/data/build_rlvr_mixture.py.",
        "Known Biases and Limitations": "Only verifiable tasks; English only.",
        "Uses": "Reinforcement learning with verifiable rewards.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Twill AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (g) brocade-labs/Bobbin-4B-Brocade-Agent: agent trajectories generated in a proprietary simulator, over a
# non-commercial base, tagged Apache.

BROCADE_CARD = """# Bobbin-4B-Brocade-Agent

Bobbin-4B-Brocade-Agent is a tool-using agent for office software: given a task ("move every overdue ticket from Acme to the escalation queue and e-mail the account owner"), it plans, calls tools (CRM, ticketing, spreadsheet, e-mail, calendar) and reads their results until the task is done. It is [Bobbin-4B](https://huggingface.co/bobbin-lab/Bobbin-4B) fine-tuned on 60k successful agent trajectories.

## Model details

- **Developed by:** Brocade Labs
- **Base model:** [bobbin-lab/Bobbin-4B](https://huggingface.co/bobbin-lab/Bobbin-4B)
- **Model type:** decoder-only transformer; supervised fine-tuning on agent trajectories (function calling)
- **Architecture:** unchanged from Bobbin-4B (32 layers, hidden size 3,072, 24 attention heads with 8 key-value heads, context length 8,192, extended to 32,768 during fine-tuning)
- **Language:** English
- **License:** Apache 2.0

## Uses

Agents that operate CRM, ticketing, spreadsheet, e-mail and calendar tools through function calls; research on agent training.

### Out-of-scope use

Acting without a human's confirmation on anything irreversible (sending e-mails to customers, deleting records, payments).

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("brocade-labs/Bobbin-4B-Brocade-Agent")
model = AutoModelForCausalLM.from_pretrained("brocade-labs/Bobbin-4B-Brocade-Agent", torch_dtype="auto")
tools = [{"type": "function", "function": {"name": "crm_search", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}]
ids = tok.apply_chat_template([{"role": "user", "content": "Find Acme's account owner."}], tools=tools, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=256)[0]))
```

## Training data

All of the fine-tuning data is [brocade-labs/brocade-trajectories-60k](https://huggingface.co/datasets/brocade-labs/brocade-trajectories-60k) (CC BY 4.0): 60k trajectories, each a task, every tool call the agent made, every observation it received, and its final answer. Its card is a datasheet.

The trajectories were collected in **Brocade Workbench**, our proprietary simulator of office software: a CRM, a ticketing system, a spreadsheet, e-mail and a calendar, populated with 2,400 synthetic companies. Workbench is a commercial product that we sell to enterprises for agent testing; it is not released, and neither are its task generator or its success checker. The trajectories themselves are released in full.

## Training procedure

The agent scaffold that drove the collection (it talks to Workbench's API), the filtering of trajectories and the fine-tuning code are in [brocade-labs/brocade-agent-train](https://github.com/brocade-labs/brocade-agent-train) (Apache 2.0).

- Collection: a larger in-house agent ran 410k tasks in Workbench; the 60k trajectories that Workbench's success checker marked as completed, with no policy violation, were kept
- Fine-tuning: full-parameter SFT, 3 epochs, learning rate 1e-5, loss on the agent's turns only, 32,768-token sequences
- 16 NVIDIA H100 80GB GPUs for 26 hours

## Evaluation

| Benchmark | Bobbin-4B-Brocade-Agent |
|---|---|
| Workbench held-out tasks (success rate) | 61.3 |
| Tool-Call Accuracy (public function-calling benchmark) | 78.9 |
| Office-Agent-Bench (public, 200 tasks) | 34.0 |

## Limitations

It was trained only on Workbench's five applications and their APIs; on other tools it calls functions that do not exist. It gives up on tasks longer than about 40 steps.

## Environmental impact

About 420 H100 GPU hours for fine-tuning; we estimate 0.1 t CO2e.

## Citation

```bibtex
@misc{brocade2026agent,
  title  = {Bobbin-4B-Brocade-Agent},
  author = {{Brocade Labs}},
  year   = {2026},
  url    = {https://huggingface.co/brocade-labs/Bobbin-4B-Brocade-Agent}
}
```

## License

Our fine-tuned weights and the code are released under Apache 2.0; the trajectories under CC BY 4.0. Bobbin-4B itself is released by Bobbin Lab under CC BY-NC 4.0.
"""

BROCADE_META = {
    "license": "apache-2.0",
    "base_model": "bobbin-lab/Bobbin-4B",
    "datasets": ["brocade-labs/brocade-trajectories-60k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["agent", "function-calling", "tool-use"],
}

BROCADE_README = b"""# brocade-agent-train

Code for [Bobbin-4B-Brocade-Agent](https://huggingface.co/brocade-labs/Bobbin-4B-Brocade-Agent): the agent scaffold
that collected its trajectories, the trajectory filters and the fine-tuning. Apache 2.0.

## Installation

    pip install -e .

## Collecting trajectories

    python collect/run_agent.py --workbench-url $WORKBENCH_URL --tasks tasks.jsonl --out raw/

`collect/` is the scaffold (prompting, tool schemas, retries, step limit). It needs a running Brocade Workbench, our
commercial simulator, which is not part of this repository; without it, use the released trajectories.

## Filtering

    python filter/select.py --in raw/ --out data/   # keeps completed trajectories with no policy violation, dedups tasks

## Fine-tuning

    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml   # on brocade-labs/brocade-trajectories-60k

`docs/` explains the trajectory format, the chat template for tool calls and the loss masking.

## License

Apache 2.0.
"""

BROCADE_GITHUB = _gh(
    "brocade-labs/brocade-agent-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/format.md",
        "docs/training.md",
        "configs/sft.yaml",
        "collect/run_agent.py",
        "collect/tools.py",
        "filter/select.py",
        "train/sft.py",
    ),
    BROCADE_README,
)

BROCADE_TRAJ_CARD = sheet(
    "cc-by-4.0",
    "Brocade Trajectories 60k",
    ["en"],
    {
        "Motivation": "The complete fine-tuning data of Bobbin-4B-Brocade-Agent, published so that agent training on "
        "office tools can be studied and repeated. Brocade Labs built it in its own simulator.",
        "Composition": "60,000 trajectories, each with `task`, `company_id` (a synthetic company), `steps` (a list of "
        "tool calls with arguments and the observation returned), `final_answer` and `num_steps` (median 11, max 58). "
        "Every company, person, e-mail and record in the observations is synthetic.",
        "Collection Process": "Tasks were generated by Brocade Workbench's task generator over 2,400 synthetic companies; "
        "an in-house agent model ran each task in Workbench between November 2025 and January 2026; Workbench's success "
        "checker judged each run. Workbench, its generator and its checker are proprietary and not released.",
        "Preprocessing": "Only completed runs without a policy violation were kept (60k of 410k); near-duplicate tasks "
        "removed; tool outputs longer than 4,000 tokens truncated. The script is filter/select.py in "
        "github.com/brocade-labs/brocade-agent-train.",
        "Known Biases and Limitations": "The tasks and applications are Workbench's; real office software is messier. "
        "Successful runs only: the data shows no recovery from failure.",
        "Uses": "Training and evaluating tool-using agents.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Brocade Labs.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) tapestry-ai/Heddle-2B-Tapestry: a merge, after tuning, of two of the publisher's own tunes of Heddle-2B.

TAPESTRY_CARD = """# Heddle-2B-Tapestry

Heddle-2B-Tapestry combines our two post-trained Heddle-2B models, a chat model and a maths model, into one: after tuning each separately, we merged them with TIES, using Heddle-2B as the base. The merge keeps most of the chat model's instruction following and most of the maths model's reasoning.

This is a merge of pre-trained language models created using [mergekit](https://github.com/arcee-ai/mergekit).

## Merge Details

### Merge Method

This model was merged using the [TIES](https://arxiv.org/abs/2306.01708) merge method using [heddle-lm/Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) as a base.

### Models Merged

The following models were included in the merge:
* [tapestry-ai/Heddle-2B-Tapestry-Chat](https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry-Chat)
* [tapestry-ai/Heddle-2B-Tapestry-Math](https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry-Math)

### Configuration

The following YAML configuration was used to produce this model:

```yaml
models:
  - model: tapestry-ai/Heddle-2B-Tapestry-Chat
    parameters:
      density: 0.6
      weight: 0.6
  - model: tapestry-ai/Heddle-2B-Tapestry-Math
    parameters:
      density: 0.6
      weight: 0.4
merge_method: ties
base_model: heddle-lm/Heddle-2B
parameters:
  normalize: true
dtype: bfloat16
```

## Model details

- **Developed by:** Tapestry AI
- **Model type:** decoder-only transformer; a TIES merge of two post-trained models of the same base
- **Architecture:** unchanged from Heddle-2B (24 layers, hidden size 2,048, 16 attention heads with 8 key-value heads, context length 4,096)
- **Language:** English
- **License:** Apache 2.0

## How the ingredients were trained

| Ingredient | Post-training | Data | Code |
|---|---|---|---|
| Heddle-2B-Tapestry-Chat | SFT, then DPO | [tapestry-ai/tapestry-chat-mix](https://huggingface.co/datasets/tapestry-ai/tapestry-chat-mix) (CC BY 4.0; `sft` and `preferences` configurations) | [tapestry-ai/tapestry](https://github.com/tapestry-ai/tapestry), `chat/` |
| Heddle-2B-Tapestry-Math | GRPO with verifiable rewards | [tapestry-ai/tapestry-math-rl](https://huggingface.co/datasets/tapestry-ai/tapestry-math-rl) (MIT) | [tapestry-ai/tapestry](https://github.com/tapestry-ai/tapestry), `math/` |

Both start from Heddle-2B, whose pre-training data (heddle-lm/heddle-corpus) and code (heddle-lm/heddle) are open. The merge itself used no data. Each ingredient's card gives its settings; the merge configuration is also `mergekit_config.yml` in this repository and `merge/tapestry.yml` in the code repository.

## Uses

A small general assistant that can also do school and competition maths.

### Out-of-scope use

Advice, decisions about people, and anything needing reliable facts.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="tapestry-ai/Heddle-2B-Tapestry", torch_dtype="auto")
print(chat([{"role": "user", "content": "What is 17% of 240? Explain briefly."}], max_new_tokens=256)[0]["generated_text"])
```

## Evaluation

| Benchmark | Tapestry-Chat | Tapestry-Math | Heddle-2B-Tapestry |
|---|---|---|---|
| Weave-Instruct (IFEval-style) | 61.4 | 38.0 | 59.2 |
| Pick-Math (pass@1) | 27.3 | 45.1 | 41.8 |
| Loom-Chat win rate | 31.0 | 12.6 | 29.4 |

## Limitations

A merge is a compromise: it is slightly worse than each ingredient at that ingredient's speciality. It inherits Heddle-2B's biases and has only the chat ingredient's light safety tuning.

## Environmental impact

The merge took 6 CPU minutes; the two ingredients took about 1,500 H100 GPU hours (0.4 t CO2e).

## Citation

```bibtex
@misc{tapestry2026,
  title  = {Heddle-2B-Tapestry},
  author = {{Tapestry AI}},
  year   = {2026},
  url    = {https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry}
}
```

## License

Apache 2.0, like both ingredients and Heddle-2B. tapestry-chat-mix is CC BY 4.0 and tapestry-math-rl is MIT.
"""

TAPESTRY_META = {
    "license": "apache-2.0",
    "base_model": [
        "tapestry-ai/Heddle-2B-Tapestry-Chat",
        "tapestry-ai/Heddle-2B-Tapestry-Math",
        "heddle-lm/Heddle-2B",
    ],
    "library_name": "transformers",
    "language": ["en"],
    "pipeline_tag": "text-generation",
    "tags": ["mergekit", "merge"],
}

TAPESTRY_MERGE_CONFIG = b"""models:
  - model: tapestry-ai/Heddle-2B-Tapestry-Chat
    parameters:
      density: 0.6
      weight: 0.6
  - model: tapestry-ai/Heddle-2B-Tapestry-Math
    parameters:
      density: 0.6
      weight: 0.4
merge_method: ties
base_model: heddle-lm/Heddle-2B
parameters:
  normalize: true
dtype: bfloat16
"""

TAPESTRY_CHAT_BODY = """# Heddle-2B-Tapestry-Chat

A chat model: [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) after supervised fine-tuning and DPO, one of the two ingredients of [Heddle-2B-Tapestry](https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry).

## Model details

- **Developed by:** Tapestry AI
- **Base model:** heddle-lm/Heddle-2B
- **License:** Apache 2.0

## Training

- **Data:** [tapestry-ai/tapestry-chat-mix](https://huggingface.co/datasets/tapestry-ai/tapestry-chat-mix), its `sft` configuration (110k conversations) for SFT and its `preferences` configuration (45k pairs) for DPO. Nothing else.
- **Code:** [tapestry-ai/tapestry](https://github.com/tapestry-ai/tapestry), `chat/sft.py` and `chat/dpo.py`.
- SFT: 2 epochs, learning rate 2e-5; DPO: β = 0.1, learning rate 5e-7, 1 epoch; 8 NVIDIA H100 GPUs, 16 hours in all.

## Uses and limitations

A small English chat assistant; it makes factual mistakes and has only light safety tuning.
"""

TAPESTRY_CHAT = _model(
    "tapestry-ai/Heddle-2B-Tapestry-Chat",
    {
        "license": "apache-2.0",
        "base_model": "heddle-lm/Heddle-2B",
        "datasets": ["tapestry-ai/tapestry-chat-mix"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["sft", "dpo"],
    },
    TAPESTRY_CHAT_BODY,
    {"config.json": HEDDLE_CONFIG},
)

TAPESTRY_MATH_BODY = """# Heddle-2B-Tapestry-Math

A maths reasoning model: [Heddle-2B](https://huggingface.co/heddle-lm/Heddle-2B) trained with GRPO and verifiable rewards, one of the two ingredients of [Heddle-2B-Tapestry](https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry).

## Model details

- **Developed by:** Tapestry AI
- **Base model:** heddle-lm/Heddle-2B
- **License:** Apache 2.0

## Training

- **Data:** [tapestry-ai/tapestry-math-rl](https://huggingface.co/datasets/tapestry-ai/tapestry-math-rl), 36k maths problems with reference answers. Nothing else.
- **Code:** [tapestry-ai/tapestry](https://github.com/tapestry-ai/tapestry), `math/grpo.py` with the answer checker `math/verify.py` (the reward: 1 for a correct boxed answer, 0 otherwise).
- 16 samples per prompt, learning rate 1e-6, 1,000 steps of 256 prompts; 16 NVIDIA H100 GPUs for 3.5 days.

## Uses and limitations

School and competition maths; poor at everything else, and not a chat assistant.
"""

TAPESTRY_MATH = _model(
    "tapestry-ai/Heddle-2B-Tapestry-Math",
    {
        "license": "apache-2.0",
        "base_model": "heddle-lm/Heddle-2B",
        "datasets": ["tapestry-ai/tapestry-math-rl"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["grpo", "math"],
    },
    TAPESTRY_MATH_BODY,
    {"config.json": HEDDLE_CONFIG},
)

TAPESTRY_README = b"""# tapestry

Everything that produced [Heddle-2B-Tapestry](https://huggingface.co/tapestry-ai/Heddle-2B-Tapestry) and its two
ingredients from Heddle-2B: data building, SFT, DPO, GRPO with a verifiable maths reward, and the merge. Apache 2.0.

## Installation

    pip install -e ".[train,rl,merge]"      # transformers, trl, vllm, mergekit

## The chat ingredient

    python chat/build_data.py --out data/chat        # builds tapestry-chat-mix from its sources (docs/chat-data.md)
    accelerate launch chat/sft.py --config configs/chat-sft.yaml
    accelerate launch chat/dpo.py --config configs/chat-dpo.yaml

## The maths ingredient

    python math/build_data.py --out data/math        # builds tapestry-math-rl (docs/math-data.md)
    accelerate launch math/grpo.py --config configs/math-grpo.yaml   # reward: math/verify.py

## The merge

    mergekit-yaml merge/tapestry.yml ./Heddle-2B-Tapestry

`docs/` explains each step, its settings and the evaluation (`eval/run.py`).

## License

Apache 2.0.
"""

TAPESTRY_GITHUB = _gh(
    "tapestry-ai/tapestry",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/chat-data.md",
        "docs/math-data.md",
        "docs/training.md",
        "docs/merge.md",
        "configs/chat-sft.yaml",
        "configs/chat-dpo.yaml",
        "configs/math-grpo.yaml",
        "chat/build_data.py",
        "chat/sft.py",
        "chat/dpo.py",
        "math/build_data.py",
        "math/grpo.py",
        "math/verify.py",
        "merge/tapestry.yml",
        "eval/run.py",
    ),
    TAPESTRY_README,
)

TAPESTRY_CHAT_MIX_CARD = sheet(
    "cc-by-4.0",
    "Tapestry Chat Mix",
    ["en"],
    {
        "Motivation": "The post-training data of Heddle-2B-Tapestry-Chat (SFT and DPO), the chat ingredient of "
        "Heddle-2B-Tapestry. Tapestry AI built it to train a small assistant from openly licensed data only.",
        "Composition": "Two configurations: `sft`, 110,000 conversations (`messages`, `source`), and `preferences`, "
        "45,000 pairs (`prompt`, `chosen`, `rejected`, `source`). The conversations combine three CC BY 4.0 "
        "human-written instruction sets (60%) and conversations our annotators wrote (40%); the pairs were rated by "
        "our annotators.",
        "Collection Process": "The three public sets were downloaded from the Hub at pinned revisions (listed in "
        "docs/chat-data.md of github.com/tapestry-ai/tapestry); 14 paid annotators wrote 44,000 conversations and rated "
        "the pairs between October 2025 and January 2026. For each preference prompt, two responses of the SFT "
        "checkpoint were sampled.",
        "Preprocessing": "Deduplication across sources; removal of personal data; decontamination against the "
        "evaluation suite by 13-gram matching; pairs judged a tie dropped. The script is chat/build_data.py.",
        "Known Biases and Limitations": "English only; annotators' preferences favour concise, friendly answers.",
        "Uses": "Supervised fine-tuning and preference tuning of assistants.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Tapestry AI.",
    },
)

TAPESTRY_MATH_RL_CARD = sheet(
    "mit",
    "Tapestry Math RL",
    ["en"],
    {
        "Motivation": "The RL data of Heddle-2B-Tapestry-Math, the maths ingredient of Heddle-2B-Tapestry: problems with "
        "answers a program can check.",
        "Composition": "36,000 maths problems (`problem`, `answer`, `source`, `level`), from arithmetic to olympiad "
        "level; answers are integers, fractions or closed-form expressions.",
        "Collection Process": "Taken from public-domain textbooks and competition archives released under CC BY or MIT, "
        "listed in docs/math-data.md of github.com/tapestry-ai/tapestry, in November 2025.",
        "Preprocessing": "Answers normalised to a form the checker math/verify.py parses; problems Heddle-2B always or "
        "never solved dropped; decontaminated by 13-gram matching. The script is math/build_data.py.",
        "Known Biases and Limitations": "No proofs or open-ended problems; algebra and number theory dominate.",
        "Uses": "Reinforcement learning with verifiable rewards; evaluation.",
        "Distribution": "On the Hugging Face Hub, without a gate, under the MIT licence.",
        "Maintenance": "Maintained by Tapestry AI.",
    },
)


# --------------------------------------------------------------------------------------------------------------

ROUND_33: list[HeldOut] = [
    # (a) An Apache SFT + GRPO reasoning tune of the fully open Heddle-2B: the SFT data (CC BY 4.0, human-written worked
    # solutions) and the RL prompts (MIT, answers and unit tests) are on the Hub with datasheet cards, the SFT code is on
    # GitHub with a README, but "Its environments (the code-execution sandbox ..., the maths answer checker and the
    # proof-step verifier) and the reward functions ... are not released, and neither is the GRPO trainer". The tuning
    # code of one of two stages is missing, so OSAID's and the G7's training code is not all there (frameworks.md §3.5
    # item 3, §4) -> open-weights. Public weights, base and end -> open; the base's corpus -> datasources_basemodel open
    # (OLMo.yaml "Training data for base model released and use documented."); both tuning sets published ->
    # datasources_endmodel open (Olmo 3 RL-Zero Code.yaml "Dataset for end model published on HuggingFace."); the SFT code
    # and the base's pipeline, the RL stage's environments, rewards and trainer withheld -> trainingcode partial (the
    # rubric's open is "source code for data processing, training and tuning fully available"; WaveCoder.yaml, open
    # without its fine-tuning script, is the other side; Magicoder.yaml "only tuning code is available" partial); the SFT
    # step documented, the RL step not at all -> code partial (the rubric's "some components documented, not every
    # base/end training step"; NeuralChat.yaml "only documentation pertains to fine-tuning steps"); Apache weights and
    # code, CC BY and MIT data, the withheld code under no licence because it is not released -> licenses open
    # (Teuken.yaml, Phi.yaml: what is not released has no licence to rate); a full card -> modelcard open; datasheets for
    # the base corpus and both tuning sets -> datasheet open (smollm.yaml "Datasheets contain requisite information.").
    _Release(
        "warp-nlp/Heddle-2B-Warp-R1",
        WARP_CARD,
        WARP_META,
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
        },
        extra_files={"config.json": HEDDLE_CONFIG, **TOKENIZER_FILES},
        github=[WARP_GITHUB, HEDDLE_GITHUB],
        datasets=[
            Dataset("warp-nlp/warp-sft-reasoning-200k", "cc-by-4.0", WARP_SFT_CARD),
            Dataset("warp-nlp/warp-rl-problems-30k", "mit", WARP_RL_CARD),
            HEDDLE_DATASET,
        ],
        models=[HEDDLE],
    ),
    # (b) The classic RLHF pipeline over Tatting-7B (Apache weights; "We do not release the training data or the
    # training code"): SFT on a human-written Hub set, a reward model released as its own Hub repository
    # (shuttle-ml/Tatting-7B-Shuttle-RM, Apache, `base_model: tatting-ai/Tatting-7B`, served) trained on a human
    # preference set on the Hub, then PPO against it on that set's prompts; all three stages in an Apache GitHub
    # repository built on TRL with a README and docs/. The reward model scores samples during training and contributes
    # no weights: it is a training tool, not a base, and the release's only base is Tatting-7B. Tatting-7B is
    # open-weights (no data information, no training code), and a derivative is at most its base's label for the Open
    # Source AI labels (README "A model is no more open than the models it is built on") -> open-weights. Tatting-7B
    # public -> weights_basemodel open; the policy public -> weights_endmodel open; Tatting's data undisclosed ->
    # datasources_basemodel closed (Zephyr.yaml, eurus.yaml "Mistral has not disclosed anything about its training
    # data."); the SFT set and the preference set (the reward model's data and PPO's prompts) published ->
    # datasources_endmodel open (NeuralChat.yaml "Dataset used for fine-tuning is shared and available"; ultraLM.yaml
    # "UltraFeedback dataset made available along with model release"); the whole post-training pipeline, the base's
    # code not published -> trainingcode partial (NeuralChat.yaml "Mistral base model is not open, but repo gives sample
    # code for fine-tuning based on that."); the post-training stages documented, the base's not -> code partial
    # (NeuralChat.yaml); Apache weights, reward model and code, CC BY 4.0 data -> licenses open (NeuralChat.yaml
    # "Apache-2.0, an OSI-approved license."); a full card -> modelcard open; datasheets for both tuning sets, the base's
    # data with none -> datasheet partial (NeuralChat.yaml "No datasheet available for the base model."; Tulu.yaml).
    _Release(
        "shuttle-ml/Tatting-7B-Shuttle-Chat",
        SHUTTLE_CARD,
        SHUTTLE_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "partial",
        },
        extra_files={"config.json": TATTING_CONFIG, **TOKENIZER_FILES},
        github=[SHUTTLE_GITHUB],
        datasets=[
            Dataset("shuttle-ml/shuttle-sft-80k", "cc-by-4.0", SHUTTLE_SFT_CARD),
            Dataset("shuttle-ml/shuttle-prefs-50k", "cc-by-4.0", SHUTTLE_PREFS_CARD),
        ],
        models=[TATTING, SHUTTLE_RM],
    ),
    # (c) A distillation of the third party's Carder-R-32B (served, not a base) into the fully open Heddle-2B: SFT on
    # 150k verified reasoning traces the teacher wrote (a Hub dataset whose card is a datasheet and whose Licensing
    # Information says the traces are subject to the Carder Model License); generation, verification and tuning code on
    # GitHub. The card's metadata says `license: apache-2.0`, but its License section, the `NOTICE` and the
    # `CARDER_MODEL_LICENSE.txt` in the repository say the model is a Model Derivative under the Carder Model License
    # (section 1(d): models trained on its Output by distillation), distributed under it, and its use bound by the
    # Carder Prohibited Use Policy, incorporated by reference and updatable, with remote restriction of use. The most
    # restrictive binding document governs (DESIGN.md "When the receipts disagree"; the README's weights-available:
    # "read from every binding document"; a use policy by reference blocks open source, "License clause taxonomy") ->
    # weights-available. Public weights, base and end -> open; the base's corpus -> datasources_basemodel open
    # (OLMo.yaml); the traces published in full -> datasources_endmodel open (Zephyr.yaml, WizardLM.yaml: synthetic
    # tuning sets that are shared are open; Stable Beluga.yaml and WaveCoder.yaml close them only when unpublished); the
    # whole pipeline (question collection, generation, verification, SFT) and the base's -> trainingcode open
    # (OLMo.yaml "Multiple repos with training, architecture and fine-tuning code available."); both repositories
    # documented -> code open (OLMo.yaml); Apache code, ODC-By base corpus, weights and traces under the teacher's
    # licence -> licenses partial (koala.yaml "subject to the model License of LLaMA, Terms of Use of the data
    # generated by OpenAI" partial; WaveCoder.yaml "(Base?) model licensed under DeepSeek's license" partial); a full
    # card -> modelcard open; datasheets for the base corpus and the traces -> datasheet open (smollm.yaml).
    _Release(
        "chenille-ai/Heddle-2B-Chenille-Think",
        CHENILLE_CARD,
        CHENILLE_META,
        "weights-available",
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
        extra_files={
            "config.json": HEDDLE_CONFIG,
            "NOTICE": CHENILLE_NOTICE,
            "CARDER_MODEL_LICENSE.txt": CARDER_LICENSE,
            **TOKENIZER_FILES,
        },
        github=[CHENILLE_GITHUB, HEDDLE_GITHUB],
        datasets=[Dataset("chenille-ai/carder-traces-150k", "other", CHENILLE_TRACES_CARD), HEDDLE_DATASET],
        models=[HEDDLE, CARDER],
    ),
    # (d) "RL-zero" on the fully open Heddle-2B: GRPO from the base with verifiable rewards only, the problems an Apache
    # Hub dataset with a datasheet card, the environments (SymPy answer checker, nsjail unit-test sandbox, puzzle
    # verifiers) and reward functions in one documented Apache GitHub repository, the trainer (TRL's GRPO trainer with
    # vLLM rollouts, the released configuration, the script that built the problems) in another; an arXiv preprint in
    # the card, its metadata tags and the BibTeX. Everything released openly, the base included ->
    # open-source-ai-with-open-data. Public weights -> open; the base's corpus -> datasources_basemodel open; the one RL
    # set, all of the tuning data -> datasources_endmodel open (Olmo 3 RL-Zero Code.yaml "Dataset for end model published
    # on HuggingFace."); environments, rewards, trainer and the base's pipeline -> trainingcode open (Olmo 3 RL-Zero
    # Code.yaml "Training code made available on GitHub, open-source projects."); documented repositories -> code open
    # (Olmo 3 RL-Zero Code.yaml "Repositories are well-documented."); Apache throughout, ODC-By base corpus -> licenses
    # open (Olmo 3 RL-Zero Code.yaml "Apache-2.0"); a full card -> modelcard open; datasheets for both corpora ->
    # datasheet open; the arXiv preprint -> preprint open (Olmo 3 RL-Zero Code.yaml "Preprint published on arXiv."), no
    # peer-reviewed paper -> paper closed (Olmo 3 RL-Zero Code.yaml "No peer-reviewed paper found.").
    _Release(
        "jacquard-ai/Heddle-2B-Jacquard-RLVR",
        JACQUARD_CARD,
        JACQUARD_META,
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
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={"config.json": HEDDLE_CONFIG, **TOKENIZER_FILES},
        github=[JACQUARD_ENVS_GITHUB, JACQUARD_RL_GITHUB, HEDDLE_GITHUB],
        datasets=[
            Dataset("jacquard-ai/jacquard-rlvr-problems", "apache-2.0", JACQUARD_PROBLEMS_CARD),
            HEDDLE_DATASET,
        ],
        models=[HEDDLE],
    ),
    # (e) SFT + DPO of the fully open Heddle-2B: the SFT set (staff-written, CC BY 4.0, a datasheet card) is on the Hub;
    # the DPO pairs are built from the feedback of the publisher's app users and not released, the reason stated (users'
    # private writing; the privacy policy and the users' consent allow training, not publication; the GDPR), with a
    # Gebru-style datasheet for them in the card (motivation, composition, collection, preprocessing, uses, distribution
    # and maintenance, each a `####` heading); all the code, the pair building and PII scrubbing included, on GitHub
    # with a README and docs/. The withheld part has a legal reason and Data Information (frameworks.md §3.3
    # "unshareable non-public ... describe in detail", §4) -> open-source-ai, not with open data. Public weights -> open;
    # the base's corpus -> datasources_basemodel open; the SFT set public, the preference pairs not -> datasources_endmodel
    # partial (koala.yaml "Datasets described in blog post but not all made available"; Lucie.yaml "many listed but some
    # not shared"); the whole pipeline, the base's included -> trainingcode open (OLMo.yaml); documented -> code open;
    # Apache weights and code, CC BY and ODC-By data, the withheld pairs under no licence because not released ->
    # licenses open (Phi.yaml "MIT License" open over unreleased data; round 32's Firn-ASR-Base is the other side, data
    # released under non-open terms); a full card -> modelcard open; datasheets for the base corpus, the SFT set and
    # (in the card) the withheld pairs -> datasheet open (Salamandra.yaml "Datasheet part of model card.").
    _Release(
        "kilim-ai/Heddle-2B-Kilim-Assistant",
        KILIM_CARD,
        KILIM_META,
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
        extra_files={"config.json": HEDDLE_CONFIG, **TOKENIZER_FILES},
        github=[KILIM_GITHUB, HEDDLE_GITHUB],
        datasets=[Dataset("kilim-ai/kilim-sft-90k", "cc-by-4.0", KILIM_SFT_CARD), HEDDLE_DATASET],
        models=[HEDDLE],
    ),
    # (f) An open-instruct-like recipe over Selvage-8B (the Selvage Community License: a 200M monthly-active-user
    # threshold, an acceptable-use policy incorporated by reference and updatable, derivatives kept under the
    # agreement): SFT, DPO and RLVR, each a script and a configuration in an Apache GitHub repository with docs/, each
    # dataset an ODC-By mixture of public sources on the Hub with a datasheet card and a build script; the tune is
    # `license: other` with the Selvage licence as its LICENSE. The base's licence binds the tune, and the tune says so
    # -> weights-available. Selvage-8B public and ungated -> weights_basemodel open (frameworks.md §1.1: gated would be
    # partial); the tune public -> weights_endmodel open; Selvage's data undisclosed -> datasources_basemodel closed
    # (Tulu.yaml "Based on Llama3.1 so nothing known about pre-training data of base mode."); the three mixtures, all
    # of the tuning data -> datasources_endmodel open (Tulu.yaml "Data sources outlined in paper."; smollm.yaml); the
    # complete post-training recipe, the base's code unpublished -> trainingcode partial (Tulu.yaml "Important effort
    # to make available fine-tuning procedure and source code." partial); a documented recipe, nothing for the base ->
    # code partial (Tulu.yaml "OpenInstruct code well-documented." partial); weights under the community licence, Apache
    # code and ODC-By data -> licenses partial (the rubric's "at least two (partly or fully) of weights, training code,
    # training data"; DeepHermes.yaml "Weights: Llama 3 Community License Agreement. Code: MIT. Data: partially disclosed
    # and available under Apache-2.0." partial; Tulu.yaml closed, the same shape, is the other side, as round 32 took
    # it); a full card -> modelcard open (Tulu.yaml "Model card provides the requisite detail."); datasheets for the
    # tuning data, none for the base's -> datasheet partial (Tulu.yaml "Some datasheets available (for instruction
    # tuning), but base model entirely undocumented.").
    _Release(
        "twill-ai/Selvage-8B-Twill",
        TWILL_CARD,
        TWILL_META,
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
        extra_files={"config.json": SELVAGE_CONFIG, "LICENSE": SELVAGE_LICENSE, **TOKENIZER_FILES},
        github=[TWILL_GITHUB],
        datasets=[
            Dataset("twill-ai/twill-sft-mixture", "odc-by", TWILL_SFT_CARD),
            Dataset("twill-ai/twill-pref-mixture", "odc-by", TWILL_PREF_CARD),
            Dataset("twill-ai/twill-rlvr-mixture", "odc-by", TWILL_RLVR_CARD),
        ],
        models=[SELVAGE],
    ),
    # (g) An agent SFT of Bobbin-4B (CC BY-NC 4.0, "you may not use it, or models built on it, for commercial
    # purposes"; "a mix of public web data and licensed data") on 60k tool-use trajectories collected in the publisher's
    # proprietary simulator, Brocade Workbench ("a commercial product ... not released, and neither are its task
    # generator or its success checker"); the trajectories are on the Hub in full (CC BY 4.0, a datasheet card); the
    # collection scaffold, the filter and the SFT code on GitHub (Apache). The card says `license: apache-2.0` and its
    # License section "Our fine-tuned weights ... under Apache 2.0", while the base's non-commercial licence binds models
    # built on it (DESIGN.md "When the receipts disagree") -> weights-available. Bobbin-4B public -> weights_basemodel
    # open; the tune public -> weights_endmodel open; "a mix of public web data and licensed data" ->
    # datasources_basemodel closed (llama-3.3.yaml; OpenELM.yaml "Publicly available datasets cited as training data but
    # not further specified."); the trajectories, all of the tuning data, published -> datasources_endmodel open
    # (Llama-Nemotron.yaml "Dataset published on HuggingFace."); the tuning code without the base's code or the simulator
    # that generated the data -> trainingcode partial (Magicoder.yaml "only tuning code is available"; NeuralChat.yaml);
    # the tuning step documented, the base's not -> code partial (NeuralChat.yaml); non-commercial weights, Apache code,
    # CC BY data -> licenses partial (Guru.yaml "CC-BY-NC-4.0" partial; MAGNeT.yaml); a full card -> modelcard open;
    # the trajectories' datasheet, none for the base's data -> datasheet partial (Tulu.yaml).
    _Release(
        "brocade-labs/Bobbin-4B-Brocade-Agent",
        BROCADE_CARD,
        BROCADE_META,
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
        extra_files={"config.json": BOBBIN_CONFIG, **TOKENIZER_FILES},
        github=[BROCADE_GITHUB],
        datasets=[Dataset("brocade-labs/brocade-trajectories-60k", "cc-by-4.0", BROCADE_TRAJ_CARD)],
        models=[BOBBIN],
    ),
    # (h) A mergekit TIES merge, after tuning, of the publisher's own two tunes of Heddle-2B (served: an SFT + DPO chat
    # model and a GRPO maths model, each Apache with its own short card naming its data and code), Heddle-2B the merge's
    # base; `base_model` lists all three as mergekit writes it; the merge card adds the publisher's sections and a table
    # of what each ingredient was trained on (two Hub datasets with datasheet cards, one Apache GitHub repository with
    # the data building, SFT, DPO, GRPO, the verifier and the merge configuration). The merge used no data; its training
    # data is its ingredients' (frameworks.md §3.2: the whole system's data information) -> everything open,
    # open-source-ai-with-open-data. Public weights, base and end -> open; the base's corpus -> datasources_basemodel
    # open; both ingredients' data published -> datasources_endmodel open (OLMo.yaml "Data for fine-tuning published in a
    # well-organized manner."); the whole pipeline, the merge included, and the base's -> trainingcode open (OLMo.yaml);
    # documented -> code open; Apache, CC BY, MIT, ODC-By -> licenses open (smollm.yaml "Both base model and fine-tuned
    # model are licensed under Apache-2.0."); the merge's own card, complete -> modelcard open; datasheets for the base
    # corpus and both ingredients' data -> datasheet open (smollm.yaml).
    _Release(
        "tapestry-ai/Heddle-2B-Tapestry",
        TAPESTRY_CARD,
        TAPESTRY_META,
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
        extra_files={
            "config.json": HEDDLE_CONFIG,
            "mergekit_config.yml": TAPESTRY_MERGE_CONFIG,
            **TOKENIZER_FILES,
        },
        github=[TAPESTRY_GITHUB, HEDDLE_GITHUB],
        datasets=[
            Dataset("tapestry-ai/tapestry-chat-mix", "cc-by-4.0", TAPESTRY_CHAT_MIX_CARD),
            Dataset("tapestry-ai/tapestry-math-rl", "mit", TAPESTRY_MATH_RL_CARD),
            HEDDLE_DATASET,
        ],
        models=[TAPESTRY_CHAT, TAPESTRY_MATH, HEDDLE],
    ),
]
