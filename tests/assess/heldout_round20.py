# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 20 (`ROUND_20`, 8 releases, written blind by a helper that never read the rules or the
probes): releases documented mostly outside the model card, where publishers really put the facts. Each release is
served by the loopback Hub (with its linked GitHub repositories, its datasets and, for the chat model, its served base
from this same round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric
gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "Verdict principles", and the
expert files in `../shared/reference/osai-index/`, cited beside each cell). No real base is used: every model, dataset
and repository is invented.

Earlier rounds documented releases outside the card too: a technical-report PDF and a GitHub README (10), a card that
is a table of contents over a `docs/` folder of a fully open model (15, Rowan-1B), a PDF report beside "We do not
release the training code" (15, Alder-3B), a GitHub README whose Data section says the corpus is proprietary (15,
Linden-7B), a two-line card over a GitHub README (15, Larch-1.5B), a blog post (15, Sorrel-9B), an Article 53(1)(d)
summary file (19, Scarab). This round avoids those shapes: the card is an evaluation table with one link, or an arXiv
abstract, or a normal card whose data line points to `DATA.md`, a Markdown technical report (`REPORT.md`), a data
statement in `docs/` or a dataset card, and the fact that changes the verdict sits only there: the dataset card says
the Hub dataset is a 5% sample, the data statement adds an unshareable licensed archive to the two Hub datasets of the
metadata, the licence file's definitions make "open source" non-commercial, the base's report says its corpus is not
released. Hub collections and organisation cards, where publishers also put such facts, are not used: `_serve` does
not serve collections (the loopback Hub would answer 404 where the real Hub has the page), and organisation cards are
Spaces it does not serve at all.

The releases:
- (a) olivine-lm/Olivine-1.3B: a card that is one sentence, "See our repository for details", and a table of twelve
  benchmark results; the GitHub README holds the architecture, the hardware, the training data (two Hub datasets with
  datasheet cards, "the complete pre-training data") and the pipeline (open-source-ai-with-open-data; model card
  partial).
- (b) gneiss-ai/Gneiss-8B: the card is the arXiv abstract of the model's technical report (arXiv 2605.04417, linked
  with its Hugging Face paper page), a quick start, a "What is released" list ("the pre-training corpus and the
  training code are not released") and an arXiv BibTeX; MIT weights (open-weights; preprint open, paper closed).
- (c) schist-nlp/Schist-2B: a short card with model details, uses, limitations, evaluation and citation whose
  "Training data" and "Training" sections are one line each, pointing to `DATA.md` (three Hub datasets with datasheet
  cards, nothing else) and `TRAINING.md` (the GitHub pipeline, recipe, hardware and emissions) in the model
  repository; no `datasets` in the metadata and the GitHub link only in `TRAINING.md`
  (open-source-ai-with-open-data).
- (d) pyrite-lab/Pyrite-3B: the card names one Hub dataset, pyrite-lab/pyrite-web ("its dataset card describes how it
  was collected"), also in the metadata; only that dataset card says it is a 5% document-level sample of the 440B-token
  corpus gathered by the lab's own crawler, "The full corpus ... is not distributed", with no reason; the pipeline is
  on GitHub (open-weights; data partial).
- (e) feldspar-ai/Feldspar-7B: "a fully open-source 7B language model: open weights, open training code, open data",
  `license: other` with `license_link: LICENSE`; the LICENSE, the "Feldspar Open Model License", grants every right
  "for any Permitted Purpose", and its Definitions make a Permitted Purpose one "not primarily intended for or
  directed towards commercial advantage or monetary compensation"; data and pipeline open, documented in the GitHub
  README (weights-available; licences partial).
- (f) cinnabar-lab/Cinnabar-4B: a base model whose card is a family table, a quick start and a pointer to `REPORT.md`,
  a technical report in Markdown in the model repository (authors, abstract, architecture, data, infrastructure,
  evaluation, references); its §3 describes the 3.6T-token corpus and says "We do not release the pre-training
  corpus", no reason; the pre-training and data code on GitHub (open-weights; preprint open).
- (g) malachite-nlp/Malachite-4B-Chat: an SFT of (f), served, whose card says "Fully open: our fine-tuning data, our
  code and the weights are all public under open licences"; its tuning set is on the Hub with a datasheet card and its
  SFT code on GitHub, but its base's corpus is not released (open-weights; base data closed, tuning data open,
  datasheet partial).
- (h) dolomite-nlp/Dolomite-1.5B-da: a Danish base model whose metadata lists two public Hub datasets and whose card
  says only "see the data statement"; `docs/data-statement.md` (Bender and Friedman's schema) adds the source that is
  91% of the tokens, a newspaper archive licensed from its publisher, "forbids us to redistribute the articles", with
  where anyone can license it and how it was selected; the pipeline, including the archive's processing, on GitHub
  (open-source-ai; data partial).

First run (before any rule changed, on commit 0afbf76; HEAD moved from 49c3af9 to 0afbf76 while the round was being
written, by another session's commit on training data published off the Hub (research-data archives and open-data
portals); no uncommitted edits under `src/`; other sessions' untracked `tests/assess/test_zz_one.py` and
`tests/licenses/heldout/round42.py` were in the working tree; pytest gave the reasons in full, and the cells not
scored were read from a throwaway test outside the project that served the same eight cases through `_serve`, since
deleted, which gave the same levels): **5 of 8 right**, labels and cells (Olivine-1.3B, open-source-ai-with-open-data
from the GitHub README's two Hub datasets, hardware and architecture open, model card partial, "1 of the 9 standard
sections"; Gneiss-8B, open-weights, preprint open, "archived on arXiv (2605.04417)", paper closed, "only a preprint or
report"; Schist-2B, open-source-ai-with-open-data, DATA.md and TRAINING.md read: the data, the training code linked
only in TRAINING.md, the hardware and an 8-of-9 model card; Feldspar-7B, weights-available citing LICENSE line 15, "1.3
"Permitted Purpose" means research, teaching, evaluation and personal projects, in each case not primarily intended
for or directed tow...", and line 28, restrictions passing to derivatives, licences partial, "open: code, data; not
open: weights"; Malachite-4B-Chat, open-weights, "built on a less open model (hf:cinnabar-lab/Cinnabar-4B is
open-weights, lacking data information ...)", base data closed, tuning data open, datasheet partial). 6 of 8 labels
right (also Cinnabar-4B, open-weights). **Two labels read more open than the rubric**, both
open-source-ai-with-open-data, each from data that only a document outside the model card qualifies. The misses:
- Pyrite-3B (the dataset card says its dataset is a sample): open-source-ai-with-open-data where open-weights was
  expected ("Weights under Apache License 2.0, deployment and training code under OSI-approved licenses, and every
  training dataset published under an open license."); datasources_basemodel **open** where partial was expected
  ("The training datasets are named, public and openly licensed (pyrite-lab/pyrite-web)."): the model card (README.md
  line 21, and `datasets` at line 7) names the dataset as what the model "was pre-trained on"; the dataset's own card
  says at line 11 "**This repository holds a 5% random sample of Pyrite Web**: 22B of its 440B tokens" and at line 35
  "The full corpus, on which Pyrite-3B was pre-trained, is not distributed. Only the 5% sample in this repository is
  published", the pages coming from the lab's own crawler (line 23), so the other 95% cannot be rebuilt from public
  data. The same card was read for the datasheet (open), but its words on what the dataset is were not read for the
  data. Weights and training code right.
- Dolomite-1.5B-da (the data statement adds an unshareable archive): open-source-ai-with-open-data where
  open-source-ai was expected (the same label reason); datasources_basemodel **open** where partial was expected ("The
  training datasets are named, public and openly licensed (dolomite-nlp/da-wiki-2025, dolomite-nlp/da-folketinget)."):
  the two datasets are the metadata's (README.md lines 7 to 9); the card's Training data line (line 25) sends to
  `docs/data-statement.md`, whose table (lines 9 to 15) gives the third source, "Dansk Presse Arkiv, newspapers
  1990-2024 | 37.5B | 91% | licensed from Dansk Presse Arkiv ... | licence agreement; not redistributable", and lines
  19 to 21 "Our licence agreement with Dansk Presse Arkiv ... forbids us to redistribute the articles ... This is why
  this part of the training data is not released. Anyone can license the same archive from Dansk Presse Arkiv". The
  card links the file by name as its data statement; the metadata's two datasets were taken for the whole data.
  Weights and training code right.
- Cinnabar-4B (a Markdown technical report in the repository): label and six cells right (weights, data closed,
  training code, paper closed, hardware and architecture), but preprint closed where open was expected ("The release,
  read in full, links no preprint or technical report."): the card's badge and its "Technical report" section
  (README.md lines 14 and 25) link REPORT.md, "our technical report, ... kept in this repository with the weights", a
  report with authors, version and date, abstract, architecture (§2, line 20), data (§3, line 27), infrastructure
  and recipe (§4, line 43), evaluation and references (Nanbeige.yaml rates a technical report kept on the Hub a
  preprint, open). The data cell is closed as expected, but its reason, "The release, read in full, names no training
  data and has no section about it.", passes over REPORT.md §3 (lines 27 to 41: the 3.6T-token mixture, its three
  parts and their filtering, and "We do not release the pre-training corpus.").
Seen but not scored: Gneiss-8B's data closed for the release's silence ("names no training data and has no section
about it"), not for the card's "The pre-training corpus and the training code are not released.", and its model card
partial (2 of 9) and hardware and architecture open (the report's own preprint); Cinnabar-4B's model card partial (6
of 9), datasheet closed and licences open ("data: no license found"); Pyrite-3B's datasheet open and model card
partial (4 of 9); Dolomite's datasheet partial ("does not describe how the data was collected": presumably the two
Hub cards' one-sentence Collection Process sections, under the 150-character minimum of rounds 9 and 12) and model
card partial (5 of 9); Feldspar's and Malachite's model cards partial (2 of 9); Schist's, Pyrite's, Feldspar's,
Cinnabar's, Malachite's and Dolomite's code documentation partial, Olivine's open. No expectation was changed after
the run. (Other sessions' uncommitted edits to `src/opengauge/licenses/` (additions.py, rules.yaml) appeared after
the first run; a second run gave the same results.)

What changed (general causes; each rule's source in its probe definition): a listed dataset's own card that says
the dataset is only a published part of data that is not ("Only the 5% sample in this repository is published",
"The full corpus, on which ... was pre-trained, is not distributed") makes the training data partial, as the model
card saying so does (Pyrite); the repository's own documents the card links are read with the card's own data
section, a document titled about the data whole (Dolomite's data statement); a Markdown document of the release whose
first heading calls it a technical report is the preprint under any file name (Cinnabar's REPORT.md). All 8 pass.
"""

from __future__ import annotations

from tests.assess.heldout_releases import Dataset, HeldOut, _github, _tree, sheet

_sheet = sheet  # one home: `heldout_releases.sheet`


def _config(
    hidden: int, layers: int, heads: int, kv_heads: int, intermediate: int, vocab: int, context: int
) -> bytes:
    return (
        f'{{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": {hidden}, '
        f'"num_hidden_layers": {layers}, "num_attention_heads": {heads}, "num_key_value_heads": {kv_heads}, '
        f'"intermediate_size": {intermediate}, "vocab_size": {vocab}, "max_position_embeddings": {context}, '
        f'"rms_norm_eps": 1e-05, "rope_theta": 500000.0, "tie_word_embeddings": false, "torch_dtype": "bfloat16"}}'
    ).encode()


# --------------------------------------------------------------------------------------------------------------
# (a) Olivine-1.3B: the card is "See our repository for details" and an evaluation table; the GitHub README is the
# documentation.

OLIVINE_CARD = """# Olivine-1.3B

See our repository for details: [github.com/olivine-lm/olivine](https://github.com/olivine-lm/olivine)

## Evaluation

Zero-shot accuracy (%) with lm-evaluation-harness v0.4.7 unless noted. We ran every baseline ourselves with the same harness version, prompts and batch size.

| Task | Olivine-1.3B | Pythia-1.4B | OPT-1.3B | TinyLlama-1.1B |
|---|---|---|---|---|
| ARC-Easy | 66.8 | 60.5 | 57.0 | 55.3 |
| ARC-Challenge (25-shot) | 38.9 | 31.3 | 29.5 | 30.1 |
| HellaSwag | 61.7 | 52.0 | 53.7 | 59.2 |
| PIQA | 74.9 | 71.1 | 72.5 | 73.3 |
| WinoGrande | 60.2 | 57.4 | 59.5 | 59.1 |
| BoolQ | 66.1 | 63.3 | 57.7 | 57.8 |
| OpenBookQA | 40.4 | 33.2 | 33.4 | 36.0 |
| SciQ | 91.3 | 86.6 | 84.3 | 88.9 |
| LAMBADA (OpenAI) | 62.5 | 61.6 | 57.9 | 58.8 |
| MMLU (5-shot) | 33.8 | 25.9 | 24.7 | 26.6 |
| GSM8K (5-shot, strict match) | 7.9 | 1.8 | 1.1 | 2.0 |
| HumanEval (pass@1) | 9.1 | 4.3 | 0.0 | 9.2 |
| **Average** | **51.1** | **45.8** | **44.1** | **46.4** |

Differences under one point on a single task are within the spread we saw between seeds.
"""

OLIVINE_README = b"""# olivine

[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](LICENSE)
[![Model](https://img.shields.io/badge/%F0%9F%A4%97-Olivine--1.3B-yellow)](https://huggingface.co/olivine-lm/Olivine-1.3B)

This repository is the documentation and the complete pipeline of **Olivine-1.3B**, a 1.3B-parameter English base
language model trained from scratch by Olivine LM, a two-person research lab. The model card on the Hub only holds
the evaluation; everything else is here.

## Model

| | |
|---|---|
| Architecture | decoder-only transformer; pre-norm RMSNorm, SwiGLU feed-forward, RoPE (theta 500,000) |
| Parameters | 1.28B (untied embeddings) |
| Layers | 24 |
| Hidden size | 2048; feed-forward 5632 |
| Attention | 16 query heads, 4 key-value heads (grouped-query attention) |
| Context length | 4096 tokens |
| Tokenizer | byte-level BPE, 50,304 entries, trained on a 20B-token sample of the training data |
| Intended use | research on small language models and fine-tuning; not instruction-tuned or safety-tuned |

## Training data

Olivine-1.3B was trained on 1.6T tokens (about 1.4 epochs) of two datasets, both published in full on the Hugging
Face Hub with datasheets:

| Dataset | Tokens | Share | Licence |
|---|---|---|---|
| [olivine-lm/olivine-web](https://huggingface.co/datasets/olivine-lm/olivine-web) | 1.02T | 88% | ODC-By 1.0 |
| [olivine-lm/olivine-papers](https://huggingface.co/datasets/olivine-lm/olivine-papers) | 0.14T | 12% | CC BY 4.0 |

These two datasets are the complete pre-training data: no private, licensed, purchased or synthetic data was
used. `configs/data.yaml` pins the exact revision of each.

## Pipeline

    pip install -e .
    python -m olivine.data.extract  --config configs/data.yaml   # WARC -> text (resiliparse), language ID
    python -m olivine.data.filter   --config configs/data.yaml   # heuristic rules, quality classifier
    python -m olivine.data.dedup    --config configs/data.yaml   # MinHash-LSH, 5-grams, Jaccard 0.8
    python -m olivine.data.tokenize --config configs/data.yaml   # shards of 4096-token sequences
    torchrun --nnodes 3 --nproc_per_node 8 -m olivine.train --config configs/olivine-1.3b.yaml
    python -m olivine.eval.run_eval --model olivine-lm/Olivine-1.3B   # the table of the model card

The output of `olivine/data/` is exactly the two datasets above.

## Training

AdamW (beta1 0.9, beta2 0.95, weight decay 0.1, epsilon 1e-8), peak learning rate 6e-4 after 2,000 warmup steps,
warmup-stable-decay schedule with a 10% linear decay to zero, global batch of 512 sequences of 4096 tokens (2.1M
tokens), 760k steps, bf16 mixed precision with FSDP (full sharding), activation checkpointing off.

Hardware: 24 NVIDIA H100 80GB SXM GPUs (3 nodes of 8, InfiniBand NDR 400 Gb/s) for 16 days, 9,200 GPU hours.
The training logs are public on Weights & Biases (link in `docs/logs.md`).

## Generation

    python scripts/generate.py --model olivine-lm/Olivine-1.3B --prompt "The basalt columns of"

## License

Code: Apache License 2.0 (`LICENSE`). The weights on the Hub are Apache 2.0 too; the datasets carry their own
licences (above).
"""

OLIVINE_WEB_CARD = _sheet(
    "odc-by",
    "Olivine Web",
    ["en"],
    {
        "Motivation": "Olivine Web is the web part of the complete pre-training data of Olivine-1.3B. Olivine LM built "
        "it so that anyone can read what the model was trained on and repeat the run; the work was funded by a public "
        "research grant, and no customer or user data was involved.",
        "Composition": "1.02T tokens in 905M English web documents, one JSON line per document with `id`, `url`, "
        "`crawl`, `text`, `quality_score` and `token_count`. The quality classifier favours explanatory and "
        "educational prose, so shops, forums and listings are under-represented compared with the web as a whole.",
        "Collection Process": "The pages come from ten Common Crawl snapshots, CC-MAIN-2024-18 to CC-MAIN-2025-08, "
        "downloaded as WARC files in March and April 2025. Common Crawl honours robots.txt when it crawls; we removed "
        "the domains of our own opt-out list and of public blocklists for adult content and malware before "
        "extraction.",
        "Preprocessing": "Main-text extraction with resiliparse; English kept when fastText's language score is above "
        "0.65; rules for repetition, symbol-to-word ratio, line length and boilerplate; a quality classifier trained "
        "on pages cited by Wikipedia against random pages, keeping the top 35%; MinHash-LSH deduplication across all "
        "snapshots (5-grams, 20 bands, Jaccard 0.8); e-mail addresses, phone numbers and IP addresses masked. Every "
        "step is `olivine/data/` of github.com/olivine-lm/olivine.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or "
        "profile people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0, subject to the Common Crawl terms of use for the "
        "underlying pages.",
        "Maintenance": "Maintained by Olivine LM; removal requests on the dataset's discussion page are honoured in "
        "the next point release, listed at the end of this card.",
    },
)

OLIVINE_PAPERS_CARD = _sheet(
    "cc-by-4.0",
    "Olivine Papers",
    ["en"],
    {
        "Motivation": "Olivine Papers is the scientific part of the complete pre-training data of Olivine-1.3B: long, "
        "edited technical prose that may be shared, chosen because small models gain most from it on science "
        "questions.",
        "Composition": "140B tokens in 4.2M English research articles, one JSON line per article with `id`, `doi`, "
        "`title`, `year`, `licence` and `text` (body text without references). Life sciences are 46% of the articles, "
        "physical sciences 31%, computer science 12%, the rest social sciences and humanities.",
        "Collection Process": "Open-access articles whose licence is CC BY 4.0 were selected from the bulk downloads "
        "of PubMed Central's open-access subset and of arXiv in February 2025, by each article's licence field; "
        "articles under any other licence, CC BY-NC included, were left out.",
        "Preprocessing": "PDFs converted to text with a layout-aware parser, equations kept as LaTeX, reference lists, "
        "figure captions and page furniture removed; articles with a parse error rate above 5% dropped; exact and "
        "near duplicates between arXiv and PubMed Central versions removed (`olivine/data/papers.py`).",
        "Uses": "Pre-training language models. Each record keeps its DOI so that the authors can be credited.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0, the licence of every article in it.",
        "Maintenance": "Maintained by Olivine LM; retracted articles are removed in the next point release.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (b) Gneiss-8B: the card is the arXiv abstract of the model's own technical report, a quick start and a list of
# what is released.

GNEISS_CARD = """# Gneiss-8B

<p align="center">
  <a href="https://arxiv.org/abs/2605.04417">📄 Technical report</a> ·
  <a href="https://huggingface.co/papers/2605.04417">🤗 Paper page</a> ·
  <a href="https://gneiss-ai.example/blog/gneiss-8b">📝 Blog</a>
</p>

## Abstract

We present Gneiss-8B, an 8.3B-parameter language model for English, German and French, trained from scratch on 9.2 trillion tokens. We describe the construction of its pre-training corpus from web, code and mathematical sources and our synthetic rewriting of low-resource German and French text, an architecture that interleaves sliding-window and global attention layers, a three-stage training schedule with a final annealing phase on high-quality data, and the training infrastructure. Gneiss-8B matches or exceeds open models of twice its size on reasoning, multilingual and coding benchmarks. We release the weights of Gneiss-8B under the MIT license to support research on and deployment of efficient multilingual models.

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("gneiss-ai/Gneiss-8B")
model = AutoModelForCausalLM.from_pretrained("gneiss-ai/Gneiss-8B", torch_dtype="auto", device_map="auto")

inputs = tokenizer("Die Entstehung metamorpher Gesteine", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=64)[0], skip_special_tokens=True))
```

Requires `transformers>=4.51`.

## What is released

- The weights of Gneiss-8B (this repository), under the MIT license.
- The technical report ([arXiv:2605.04417](https://arxiv.org/abs/2605.04417)): the architecture (Section 2), the pre-training data and its processing (Section 3), the training recipe and infrastructure (Section 4) and the evaluation (Section 5).

The pre-training corpus and the training code are not released.

## Citation

```bibtex
@article{gneiss2026,
  title   = {Gneiss: An Efficient Multilingual Language Model},
  author  = {Brandt, Lena and Moreau, Julien and Keller, Tobias and Weiss, Anna and {Gneiss AI}},
  journal = {arXiv preprint arXiv:2605.04417},
  year    = {2026}
}
```
"""

# --------------------------------------------------------------------------------------------------------------
# (c) Schist-2B: a short card whose training data and training are in DATA.md and TRAINING.md of the model
# repository.

SCHIST_CARD = """# Schist-2B

Schist-2B is a 2.1B-parameter English base language model, trained from scratch by the Schist NLP group. Its weights, its training data and its code are public.

## Model details

- **Developed by:** Schist NLP
- **Model type:** decoder-only transformer (26 layers, hidden size 2304, 18 query and 6 key-value attention heads, SwiGLU, RoPE), base model, not instruction-tuned
- **Language:** English
- **Context length:** 4,096 tokens
- **License:** Apache 2.0

## Training data

See [DATA.md](DATA.md).

## Training

See [TRAINING.md](TRAINING.md): the code, the recipe and the hardware.

## Uses

Schist-2B is meant for research on pre-training and as a base for fine-tuning. It is not a chat model and should not be deployed to end users without further tuning and safety evaluation.

## Limitations

The model can state falsehoods with confidence and reproduce the biases of web text. It knows little of events after early 2025 and performs poorly outside English.

## Evaluation

| Task | Schist-2B | Pythia-2.8B | Gemma-2B (reported) |
|---|---|---|---|
| ARC-Challenge (25-shot) | 45.1 | 36.3 | 48.5 |
| HellaSwag (10-shot) | 67.9 | 60.7 | 71.4 |
| MMLU (5-shot) | 41.7 | 26.8 | 42.3 |
| WinoGrande (5-shot) | 63.3 | 60.5 | 66.8 |
| GSM8K (5-shot) | 18.2 | 2.2 | 17.7 |

## Citation

```bibtex
@misc{schist2026,
  title  = {Schist-2B},
  author = {{Schist NLP}},
  year   = {2026},
  url    = {https://huggingface.co/schist-nlp/Schist-2B}
}
```
"""

SCHIST_DATA_MD = b"""# Training data of Schist-2B

Schist-2B was pre-trained on 2.4T tokens drawn from three datasets, all three published in full on the Hugging Face
Hub, each with a datasheet as its dataset card:

| Dataset | Tokens used | Epochs | Share | Licence |
|---|---|---|---|---|
| [schist-nlp/schist-web](https://huggingface.co/datasets/schist-nlp/schist-web) | 1.92T | 1.0 | 80% | ODC-By 1.0 |
| [schist-nlp/schist-papers](https://huggingface.co/datasets/schist-nlp/schist-papers) | 0.29T | 2.0 | 12% | CC BY 4.0 |
| [schist-nlp/schist-books-pd](https://huggingface.co/datasets/schist-nlp/schist-books-pd) | 0.19T | 2.0 | 8% | CC0 1.0 |

This is the complete training data. Nothing private, licensed, purchased or synthetic was used, and no data was
added during the final learning-rate decay: the mixture above holds from the first step to the last.

## How the datasets were built

- **schist-web**: 14 Common Crawl snapshots (CC-MAIN-2023-50 to CC-MAIN-2025-05), main text extracted with
  trafilatura, English kept (fastText score above 0.65), rule-based filters for repetition and boilerplate, an
  educational-value classifier (threshold 3 of 5), MinHash deduplication across snapshots, personal data masked.
- **schist-papers**: arXiv and bioRxiv articles whose licence is CC BY 4.0, converted from LaTeX or PDF to text,
  references removed.
- **schist-books-pd**: English books in the US public domain from Project Gutenberg, boilerplate removed.

The scripts of every step are in `schist/data/` of the training repository (see [TRAINING.md](TRAINING.md)); run on
the same Common Crawl snapshots and archives, they rebuild the three datasets byte for byte.
"""

SCHIST_TRAINING_MD = b"""# Training Schist-2B

## Code

Everything that produced Schist-2B is at [github.com/schist-nlp/schist-train](https://github.com/schist-nlp/schist-train)
(Apache 2.0): the data pipeline (`schist/data/`), the model definition (`schist/model.py`), the pre-training loop
(`schist/train.py`) and the evaluation (`eval/`). `configs/schist-2b.yaml` is the exact configuration of the released
checkpoint; the intermediate checkpoints every 50B tokens are branches of this repository (`step-23800`, ...).

## Recipe

- AdamW (beta1 0.9, beta2 0.95, weight decay 0.1), gradient clipping at 1.0
- Peak learning rate 3e-4 after 2,500 warmup steps, cosine decay to 3e-5
- Global batch of 1,024 sequences of 4,096 tokens (4.2M tokens), 572k steps
- bf16 mixed precision, FSDP with hybrid sharding, z-loss 1e-4

## Hardware

64 NVIDIA H100 80GB SXM GPUs (8 nodes of 8, InfiniBand NDR 400 Gb/s) on the university's cluster, for 25 days:
38,400 GPU hours.

## Environmental impact

About 27 MWh of electricity for the final run, on a grid averaging 120 gCO2eq/kWh: about 3.2 tCO2eq. The ablations
before it used about as much again.
"""

SCHIST_README = b"""# schist-train

Data pipeline, pre-training and evaluation code of **Schist-2B**
([schist-nlp/Schist-2B](https://huggingface.co/schist-nlp/Schist-2B)).

    pip install -e .
    python -m schist.data.download --snapshots configs/snapshots.txt
    python -m schist.data.clean    --config configs/data.yaml
    python -m schist.data.dedup    --config configs/data.yaml
    python -m schist.data.pack     --config configs/data.yaml --seq-len 4096
    torchrun --nnodes 8 --nproc_per_node 8 -m schist.train --config configs/schist-2b.yaml
    python eval/harness.py --model schist-nlp/Schist-2B

The output of `schist/data/` is exactly schist-nlp/schist-web, schist-nlp/schist-papers and schist-nlp/schist-books-pd.

Apache License 2.0.
"""

SCHIST_WEB_CARD = _sheet(
    "odc-by",
    "Schist Web",
    ["en"],
    {
        "Motivation": "Schist Web is the web part, 80%, of the complete pre-training data of Schist-2B. The Schist NLP "
        "group built and published it so that the model's training can be inspected and repeated; it was funded by the "
        "university and a national research council, and contains no data of users or customers.",
        "Composition": "2.0T tokens in 1.7B English web documents with `id`, `url`, `snapshot`, `edu_score` and `text` "
        "fields. The educational-value filter over-represents tutorials, encyclopaedic and explanatory pages and "
        "under-represents forums, fiction and commerce.",
        "Collection Process": "Fourteen Common Crawl snapshots, CC-MAIN-2023-50 to CC-MAIN-2025-05, were downloaded "
        "as WARC files from Common Crawl's public bucket in February and March 2025. Common Crawl honours robots.txt "
        "at crawl time; domains on public blocklists for adult content and malware were dropped before extraction.",
        "Preprocessing": "Main text extracted with trafilatura; English kept when fastText's score is above 0.65; rules "
        "for repetition, symbol ratio, short lines and boilerplate; an educational-value classifier scoring 0 to 5, "
        "keeping pages scoring 3 or more; MinHash-LSH deduplication across snapshots (5-grams, Jaccard 0.8); e-mail "
        "addresses, phone numbers and IP addresses masked with regular expressions (`schist/data/` of "
        "github.com/schist-nlp/schist-train).",
        "Uses": "Pre-training and research on pre-training data. Not for finding or profiling individuals.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the underlying pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Schist NLP; removal requests through the discussion tab are applied in the next "
        "point release.",
    },
)

SCHIST_PAPERS_CARD = _sheet(
    "cc-by-4.0",
    "Schist Papers",
    ["en"],
    {
        "Motivation": "Schist Papers is the scientific part, 12%, of the pre-training data of Schist-2B: edited "
        "technical prose under a licence that allows sharing.",
        "Composition": "145B tokens in 3.6M English preprints, with `id`, `source`, `doi`, `licence`, `year` and "
        "`text`; 58% from arXiv (physics, mathematics and computer science), 42% from bioRxiv.",
        "Collection Process": "The bulk metadata of arXiv and bioRxiv were read in January 2025 and every preprint whose "
        "licence field is CC BY 4.0 was downloaded from the services' bulk-access buckets; preprints under other "
        "licences were not collected.",
        "Preprocessing": "LaTeX sources converted to text with our converter and PDFs with a layout-aware parser, "
        "equations kept as LaTeX, bibliographies, captions and headers removed; preprints that failed to convert "
        "cleanly (more than 5% unparsed characters) dropped; later versions of the same preprint replace earlier ones.",
        "Uses": "Pre-training language models; each record keeps its DOI so its authors can be credited.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0, the licence of every preprint in it.",
        "Maintenance": "Maintained by Schist NLP; withdrawn preprints are removed in the next point release.",
    },
)

SCHIST_BOOKS_CARD = _sheet(
    "cc0-1.0",
    "Schist Books (public domain)",
    ["en"],
    {
        "Motivation": "Schist Books is the book part, 8%, of the pre-training data of Schist-2B: long-form edited prose "
        "free of copyright.",
        "Composition": "95B tokens in 58,000 English books with `id`, `title`, `author`, `year` and `text`. Most were "
        "written before 1930, so their language, topics and views are those of their time.",
        "Collection Process": "English titles marked as public domain in the United States were downloaded from a "
        "Project Gutenberg mirror in December 2024 with their catalogue records; titles with an unclear rights status "
        "in the catalogue were not downloaded.",
        "Preprocessing": "Project Gutenberg headers, footers and licence text removed with fixed rules, tables of "
        "contents and indexes dropped, and duplicate editions of the same title reduced to the most complete one "
        "(`schist/data/books.py`).",
        "Uses": "Pre-training language models and the study of historical English; not a picture of today's language "
        "or society.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0; the books are in the public domain in the United "
        "States, and users elsewhere should check each title's status where they are.",
        "Maintenance": "Maintained by Schist NLP; metadata errors reported on the discussion tab are fixed in the next "
        "point release.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (d) Pyrite-3B: the card names its Hub dataset; only the dataset card says the dataset is a 5% sample of the corpus.

PYRITE_CARD = """# Pyrite-3B

Pyrite-3B is a 3.1B-parameter English base language model trained from scratch by Pyrite Lab.

## Model details

Decoder-only transformer: 32 layers, hidden size 2560, 20 query and 4 key-value attention heads, SwiGLU feed-forward (6912), RoPE, context length 4,096, vocabulary of 64,000 tokens.

## Training data

Pyrite-3B was pre-trained on [Pyrite Web](https://huggingface.co/datasets/pyrite-lab/pyrite-web), our filtered English web corpus. Its dataset card describes how it was collected, filtered and deduplicated.

## Training

The data pipeline and the pre-training code are at [github.com/pyrite-lab/pyrite](https://github.com/pyrite-lab/pyrite) (Apache 2.0). 440B tokens, one epoch; AdamW, peak learning rate 4e-4 with cosine decay, 3M-token batches; 48 NVIDIA H100 GPUs for 12 days.

## Evaluation

| Task | Pyrite-3B |
|---|---|
| ARC-Challenge (25-shot) | 43.0 |
| HellaSwag (10-shot) | 70.2 |
| MMLU (5-shot) | 38.5 |
| TruthfulQA (0-shot, mc2) | 39.4 |

## Usage

```python
from transformers import pipeline

generate = pipeline("text-generation", model="pyrite-lab/Pyrite-3B")
print(generate("Fool's gold is", max_new_tokens=40)[0]["generated_text"])
```

## License

Apache 2.0.
"""

PYRITE_WEB_CARD = _sheet(
    "odc-by",
    "Pyrite Web",
    ["en"],
    {
        "Motivation": "Pyrite Web is the pre-training corpus of Pyrite-3B, built by Pyrite Lab between 2024 and 2025 to "
        "study how crawling and filtering choices change what small models learn.",
        "Composition": "The full corpus holds 440B tokens in 390M English web documents. Each record has `id`, `url`, "
        "`fetch_date`, `quality` and `text`. News, reference and technical documentation make up 61% of the "
        "documents; forums 14%; the rest is blogs, government and commercial pages.",
        "Collection Process": "The pages were fetched by PyriteBot, Pyrite Lab's own crawler, between May 2024 and "
        "February 2025, starting from 2.1M seed domains; PyriteBot identifies itself in its user agent, honours "
        "robots.txt and crawl-delay, and skipped domains that opted out through our form. No page was taken from "
        "Common Crawl or another existing dump.",
        "Preprocessing": "HTML to text with trafilatura; English kept when fastText's score is above 0.7; heuristic "
        "quality rules (repetition, symbol ratio, stop-word ratio); a quality classifier trained on pages our "
        "annotators rated; exact and MinHash near-duplicate removal; e-mail addresses and phone numbers masked. The "
        "code of each step is `pipeline/` of github.com/pyrite-lab/pyrite.",
        "Uses": "Pre-training language models and research on web data. Not for profiling people.",
        "Distribution": "The full corpus, on which Pyrite-3B was pre-trained, is not distributed. Only the 5% sample "
        "in this repository is published, under ODC-By 1.0.",
        "Maintenance": "Maintained by Pyrite Lab; removal requests sent to data@pyrite-lab.example are applied to the "
        "sample in its next version.",
    },
    intro="**This repository holds a 5% random sample of Pyrite Web**: 22B of its 440B tokens, drawn uniformly at the "
    "level of documents with a fixed seed (`pipeline/sample.py`). The sections below describe the full corpus.",
)

PYRITE_README = b"""# pyrite

Data pipeline and pre-training code of **Pyrite-3B**.

    python pipeline/extract.py   --warc-dir crawl/warc      # PyriteBot's WARC files -> text
    python pipeline/langid.py                               # English only
    python pipeline/quality.py                              # rules and classifier
    python pipeline/dedup.py                                # exact and MinHash
    python pipeline/sample.py --fraction 0.05 --seed 17     # the public sample on the Hub
    torchrun --nnodes 6 --nproc_per_node 8 train/pretrain.py --config configs/pyrite-3b.yaml

The crawl itself (PyriteBot's WARC files) is not part of this repository.

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (e) Feldspar-7B: "fully open-source", `license: other` and a LICENSE whose definitions make the grant non-commercial.

FELDSPAR_CARD = """# Feldspar-7B

**Feldspar-7B is a fully open-source 7B language model: open weights, open training code, open data.** It was trained from scratch by Feldspar AI on 2.2T tokens of English and code.

## Documentation

The training data, the data pipeline, the training recipe and the hardware are documented in our GitHub repository, [github.com/feldspar-ai/feldspar](https://github.com/feldspar-ai/feldspar), which holds all the code that produced this model.

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("feldspar-ai/Feldspar-7B")
model = AutoModelForCausalLM.from_pretrained("feldspar-ai/Feldspar-7B", torch_dtype="auto")
```

## Evaluation

| Task | Feldspar-7B |
|---|---|
| MMLU (5-shot) | 58.9 |
| ARC-Challenge (25-shot) | 55.6 |
| HellaSwag (10-shot) | 79.8 |
| HumanEval (pass@1) | 31.1 |

## License

The model is released under the Feldspar Open Model License: see [LICENSE](LICENSE). The code in our GitHub repository is under Apache 2.0, and the datasets carry their own open licences.
"""

FELDSPAR_LICENSE = b"""FELDSPAR OPEN MODEL LICENSE
Version 1.0 - 12 January 2026

Feldspar AI ("Licensor") makes the Model available under the following terms. By using, copying, modifying or
distributing the Model, You accept them.

1. DEFINITIONS

1.1 "Model" means the trained weights of Feldspar-7B, their configuration, the tokenizer and the accompanying
documentation as published by the Licensor.

1.2 "Derivative" means any modification of the Model, any model trained, fine-tuned, distilled or merged from the
Model or from its outputs, and any quantized or converted version of the Model.

1.3 "Permitted Purpose" means research, teaching, evaluation and personal projects, in each case not primarily
intended for or directed towards commercial advantage or monetary compensation.

1.4 "You" means the individual or legal entity exercising rights under this License.

2. GRANT OF RIGHTS

Subject to this License, the Licensor grants You a worldwide, royalty-free, non-exclusive license to use,
reproduce, study, modify and distribute the Model and Derivatives for any Permitted Purpose.

3. DISTRIBUTION

If You distribute the Model or a Derivative, You must (a) give recipients a copy of this License, (b) keep all
copyright and attribution notices of the Model, and (c) state that You changed the files, if You did. Derivatives
must be distributed under this License.

4. OUTPUTS

The Licensor claims no rights in text You generate with the Model.

5. OTHER USES

If You wish to use the Model or a Derivative for a purpose that is not a Permitted Purpose, contact
licensing@feldspar-ai.example.

6. NO WARRANTY

THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
WARRANTIES OF TITLE, NON-INFRINGEMENT, MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.

7. LIMITATION OF LIABILITY

IN NO EVENT SHALL THE LICENSOR BE LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL, WHETHER IN CONTRACT,
TORT OR OTHERWISE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES.

8. TERMINATION

This License terminates automatically if You breach it. Sections 4, 6 and 7 survive termination.
"""

FELDSPAR_README = b"""# feldspar

All the code that produced **Feldspar-7B** ([feldspar-ai/Feldspar-7B](https://huggingface.co/feldspar-ai/Feldspar-7B)).

## Training data

Feldspar-7B was trained on 2.2T tokens from two datasets, both on the Hugging Face Hub with datasheets:

| Dataset | Tokens | Licence |
|---|---|---|
| [feldspar-ai/feldspar-web-en](https://huggingface.co/datasets/feldspar-ai/feldspar-web-en) | 1.8T | ODC-By 1.0 |
| [feldspar-ai/feldspar-code](https://huggingface.co/datasets/feldspar-ai/feldspar-code) | 0.4T | CC BY 4.0 (compilation); every file under a permissive licence |

That is all of the training data.

## Pipeline

    python data/prepare.py --config configs/data.yaml    # Common Crawl WARC -> text; code from public repositories
    python data/filter.py  --config configs/data.yaml    # language ID, quality rules, licence filter for code
    python data/dedup.py   --config configs/data.yaml    # MinHash near-duplicates
    torchrun --nnodes 16 --nproc_per_node 8 train/pretrain.py --config configs/feldspar-7b.yaml

## Architecture and training

Decoder-only transformer: 32 layers, hidden size 4096, 32 query and 8 key-value heads, SwiGLU (14336), RoPE, 8,192
tokens of context. AdamW, peak learning rate 3e-4, cosine schedule, 4M-token batches, 550k steps, on 128 NVIDIA H100
GPUs for 24 days.

## License

The code in this repository is under the Apache License 2.0. The model weights are under the Feldspar Open Model
License (see the model repository).
"""

FELDSPAR_WEB_CARD = _sheet(
    "odc-by",
    "Feldspar Web (English)",
    ["en"],
    {
        "Motivation": "The web part of the training data of Feldspar-7B, published by Feldspar AI so that the model's "
        "training data can be inspected and reused.",
        "Composition": "1.8T tokens in 1.5B English web documents with `id`, `url`, `snapshot` and `text` fields.",
        "Collection Process": "Eight Common Crawl snapshots (CC-MAIN-2024-22 to CC-MAIN-2025-08), downloaded as WARC "
        "files from Common Crawl's public bucket in March 2025; Common Crawl honours robots.txt when it crawls, and "
        "domains on public blocklists were removed first.",
        "Preprocessing": "Main text extracted with resiliparse; English kept above a fastText score of 0.65; Gopher-style "
        "quality rules; MinHash deduplication across snapshots (5-grams, Jaccard 0.8); personal data masked "
        "(`data/prepare.py`, `data/filter.py` and `data/dedup.py` of github.com/feldspar-ai/feldspar).",
        "Uses": "Pre-training language models. Not for profiling individuals.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0, subject to Common Crawl's terms of use.",
        "Maintenance": "Maintained by Feldspar AI; removal requests are applied in the next point release.",
    },
)

FELDSPAR_CODE_CARD = _sheet(
    "cc-by-4.0",
    "Feldspar Code",
    ["code"],
    {
        "Motivation": "The code part of the training data of Feldspar-7B, published so that every file the model "
        "learned from can be checked against its licence.",
        "Composition": "400B tokens in 310M source files in 86 programming languages, each record with the repository, "
        "the path, the commit, the file's licence (SPDX id) and the text.",
        "Collection Process": "Public GitHub repositories created before 2025 were listed through GH Archive and cloned "
        "in January 2025; only repositories whose licence is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC or "
        "the Unlicense were kept, and repositories whose owners opted out through our form were removed.",
        "Preprocessing": "Generated, minified and vendored files removed, files over 1 MB dropped, exact and MinHash "
        "near-duplicates removed, secrets and e-mail addresses redacted with a detector (`data/filter.py`).",
        "Uses": "Pre-training code models; output that reproduces a file should carry that file's licence notice.",
        "Distribution": "On the Hugging Face Hub; the compilation is under CC BY 4.0 and every file keeps its own "
        "permissive licence, recorded in its record.",
        "Maintenance": "Maintained by Feldspar AI; opt-outs received are applied in the next point release.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (f) Cinnabar-4B: the card points to REPORT.md, a technical report in Markdown in the model repository; its corpus
# is not released.

CINNABAR_CARD = """# Cinnabar-4B

[![Report](https://img.shields.io/badge/Technical%20report-REPORT.md-red)](REPORT.md) [![Code](https://img.shields.io/badge/GitHub-cinnabar--lab%2Fcinnabar-black)](https://github.com/cinnabar-lab/cinnabar)

Cinnabar-4B is the base model of the Cinnabar family by Cinnabar Lab.

| Model | Stage | Where |
|---|---|---|
| **Cinnabar-4B** | pre-trained base | this repository |
| Cinnabar-4B-Instruct | instruction-tuned | coming later |

## Technical report

The architecture, the training data, the training infrastructure and recipe and the evaluation of Cinnabar-4B are described in our technical report, [REPORT.md](REPORT.md), kept in this repository with the weights.

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("cinnabar-lab/Cinnabar-4B")
model = AutoModelForCausalLM.from_pretrained("cinnabar-lab/Cinnabar-4B", torch_dtype="auto")
```

## License

Apache 2.0.
"""

CINNABAR_REPORT = b"""# Cinnabar-4B Technical Report

Mei Lin, Arjun Rao, Sofia Castillo, Henrik Dahl (Cinnabar Lab)

Version 1.0, 9 March 2026

## Abstract

We describe Cinnabar-4B, a 4.0B-parameter English and code base model trained on 3.6 trillion tokens. We report its
architecture, the composition and filtering of its pre-training corpus, the training infrastructure and schedule,
and an evaluation on 14 benchmarks, where it outperforms open models of up to 7B parameters on reasoning and code.
The weights are released under the Apache License 2.0, and the pre-training and data-processing code at
https://github.com/cinnabar-lab/cinnabar.

## 1. Introduction

Small base models are the starting point of most fine-tuned models in use. Cinnabar-4B is our attempt at the best
base model that fits a single 24 GB GPU at inference time in 16-bit precision ...

## 2. Architecture

Cinnabar-4B is a decoder-only transformer with 36 layers, hidden size 2560 and feed-forward size 9728 (SwiGLU).
Attention uses 32 query heads and 8 key-value heads (grouped-query attention) with QK-normalisation; positions are
encoded with RoPE (theta 1,000,000); normalisation is pre-norm RMSNorm. The context length is 8,192 tokens and the
byte-level BPE vocabulary has 100,352 entries. Input and output embeddings are untied.

## 3. Pre-training data

The pre-training corpus has 3.6T tokens:

| Component | Tokens | Share |
|---|---|---|
| Web pages (our crawl, 2023-2025) | 2.81T | 78% |
| Source code from public repositories | 0.43T | 12% |
| Synthetic textbooks and exercises | 0.36T | 10% |

The web pages were fetched by our crawler, which honours robots.txt, and filtered with language identification,
heuristic rules, a quality classifier and MinHash deduplication; code was taken from public repositories under
permissive licences; the synthetic data was generated by our own earlier models from a list of 40,000 topics.

We do not release the pre-training corpus.

## 4. Training infrastructure and recipe

Training ran on 512 NVIDIA H100 80GB GPUs (64 nodes of 8, InfiniBand NDR) for 19 days, about 233,000 GPU hours,
with our fork of a standard FSDP training loop (released with the data-processing code). AdamW (beta1 0.9, beta2
0.95, weight decay 0.1), peak learning rate 4e-4 after 4,000 warmup steps, a warmup-stable-decay schedule whose last
10% decays to zero, a batch of 4M tokens rising from 1M over the first 100B tokens, bf16 with z-loss.

## 5. Evaluation

| Task | Cinnabar-4B |
|---|---|
| MMLU (5-shot) | 61.2 |
| ARC-Challenge (25-shot) | 58.0 |
| GSM8K (8-shot) | 52.7 |
| HumanEval (pass@1) | 38.4 |

## 6. Limitations

Cinnabar-4B is a base model: it is not instruction-tuned or safety-tuned ...

## References

Ainslie et al. 2023. GQA: Training generalized multi-query transformer models from multi-head checkpoints.
Su et al. 2021. RoFormer: Enhanced transformer with rotary position embedding.
"""

CINNABAR_README = b"""# cinnabar

Pre-training and data-processing code of the **Cinnabar** models (Cinnabar-4B).

    python -m cinnabar.data.extract --warc-dir $CRAWL     # our crawl's WARC files -> text
    python -m cinnabar.data.filter                         # language ID, rules, quality classifier
    python -m cinnabar.data.dedup                          # MinHash near-duplicates
    python -m cinnabar.data.synthetic --topics configs/topics.txt
    python -m cinnabar.tokenizer.train_bpe
    torchrun --nnodes 64 --nproc_per_node 8 -m cinnabar.train --config configs/cinnabar-4b.yaml

The corpus itself is not distributed; see the technical report (REPORT.md in the model repository).

Apache License 2.0.
"""

CINNABAR_GITHUB = _github(
    "cinnabar-lab/cinnabar",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/cinnabar-4b.yaml",
        "configs/topics.txt",
        "cinnabar/data/extract.py",
        "cinnabar/data/filter.py",
        "cinnabar/data/dedup.py",
        "cinnabar/data/synthetic.py",
        "cinnabar/tokenizer/train_bpe.py",
        "cinnabar/model.py",
        "cinnabar/train.py",
        "eval/run_eval.py",
    ),
    readme=CINNABAR_README,
)

# (f) A base model whose facts are in REPORT.md, a technical report in Markdown kept in the model repository (authors,
# version, abstract, architecture, data, infrastructure, evaluation, references), linked from the card's badge and its
# "Technical report" section. Public Apache weights, no base/end distinction -> weights_basemodel and weights_endmodel
# open (Hunyuan.yaml "Weights made available through HuggingFace"; frameworks.md §1.1, the base entries mirror the end
# model's); REPORT.md §3 describes the corpus (78% own crawl, 12% code, 10% synthetic) and says "We do not release the
# pre-training corpus", nothing of it shared -> datasources_basemodel closed (Hunyuan.yaml: closed; Phi.yaml "No
# datasets made available": closed; the rubric's "none open/shared"); data processing (extraction, filtering, dedup,
# synthetic generation), tokenizer training and pre-training on GitHub (Apache) -> trainingcode open (Hunyuan.yaml
# "Training code made available on GitHub": open); the model's own technical report, published with the release ->
# preprint open (Nanbeige.yaml "Technical report published on HuggingFace": open; Gemma.yaml "Preprint available on
# Google's API servers": open); no peer-reviewed venue -> paper closed (Nanbeige.yaml "No peer-reviewed paper found");
# REPORT.md §2 and §4 give the architecture and the 512 H100s, schedule and batch -> hardware_architecture open
# (Gemma.yaml "Architecture described in detail in technical report": open; Lucie.yaml "Hardware architecture outlined
# in preprint"). Data withheld with no reason stated -> open-weights (frameworks.md §4: only legal or technical
# impossibility excuses unreleased data).
CINNABAR = HeldOut(
    "cinnabar-lab/Cinnabar-4B",
    CINNABAR_CARD,
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["base-model", "cinnabar"],
    },
    "open-weights",
    {
        "weights_basemodel": "open",
        "weights_endmodel": "open",
        "datasources_basemodel": "closed",
        "trainingcode": "open",
        "preprint": "open",
        "paper": "closed",
        "hardware_architecture": "open",
    },
    extra_files={
        "REPORT.md": CINNABAR_REPORT,
        "config.json": _config(2560, 36, 32, 8, 9728, 100352, 8192),
        "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE", "vocab": {}, "merges": []}}',
    },
    github=[CINNABAR_GITHUB],
)

# --------------------------------------------------------------------------------------------------------------
# (g) Malachite-4B-Chat: an SFT of Cinnabar-4B (served), "fully open" in its own parts.

MALACHITE_CARD = """# Malachite-4B-Chat

A chat model: [Cinnabar-4B](https://huggingface.co/cinnabar-lab/Cinnabar-4B) fine-tuned by Malachite NLP with supervised fine-tuning on conversations written by people.

**Fully open:** our fine-tuning data, our code and the weights are all public under open licences.

## Fine-tuning

- **Data:** [malachite-nlp/malachite-sft-mix](https://huggingface.co/datasets/malachite-nlp/malachite-sft-mix), 182,000 conversations; its dataset card tells how each conversation was written and checked.
- **Code and recipe:** [github.com/malachite-nlp/malachite-sft](https://github.com/malachite-nlp/malachite-sft), with the exact configuration and the hardware.

## Chat template

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("malachite-nlp/Malachite-4B-Chat")
model = AutoModelForCausalLM.from_pretrained("malachite-nlp/Malachite-4B-Chat", torch_dtype="auto")
messages = [{"role": "user", "content": "Explain why cinnabar is red."}]
ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=200)[0]))
```

## Evaluation

| Benchmark | Malachite-4B-Chat | Cinnabar-4B |
|---|---|---|
| MT-Bench | 7.31 | - |
| AlpacaEval 2 (LC win rate) | 24.8 | - |
| IFEval (prompt, strict) | 71.9 | 38.0 |
| MMLU (5-shot) | 60.4 | 61.2 |

## License

Apache 2.0, like the base model.
"""

MALACHITE_README = b"""# malachite-sft

Supervised fine-tuning of **Malachite-4B-Chat** from
[cinnabar-lab/Cinnabar-4B](https://huggingface.co/cinnabar-lab/Cinnabar-4B).

## Data

    python data/build_mix.py --out mix/            # annotator exports -> conversations, one JSON line each
    python data/dedup.py mix/                      # exact and near-duplicate prompts
    python data/decontaminate.py mix/ --benchmarks configs/benchmarks.txt   # 13-gram overlap with test sets

The result is exactly [malachite-nlp/malachite-sft-mix](https://huggingface.co/datasets/malachite-nlp/malachite-sft-mix).

## Training

    torchrun --nproc_per_node 8 sft/train_sft.py --config configs/sft.yaml

Full fine-tuning of all weights: 3 epochs, learning rate 1e-5 with cosine decay and 3% warmup, batch of 128
conversations packed into 8,192-token sequences, loss on assistant turns only, bf16 with FSDP. 8 NVIDIA H100 80GB
GPUs for 14 hours.

## Evaluation

    python eval/chat_eval.py --model malachite-nlp/Malachite-4B-Chat

Apache License 2.0.
"""

MALACHITE_SFT_CARD = _sheet(
    "cc-by-4.0",
    "Malachite SFT Mix",
    ["en"],
    {
        "Motivation": "The complete supervised fine-tuning data of Malachite-4B-Chat, written by people rather than "
        "generated by a model, so that the chat model's behaviour owes nothing to another model's outputs or terms.",
        "Composition": "182,000 conversations (1 to 6 turns; 231M tokens) in English: open questions 31%, writing and "
        "editing 22%, coding 17%, mathematics 12%, brainstorming 10%, refusals of harmful requests 8%. Each record has "
        "`id`, `category`, `messages` and `annotator_id` (a pseudonym).",
        "Collection Process": "Written between June and November 2025 by 240 paid annotators (freelancers in Kenya, the "
        "Philippines, India and the UK, paid above the local living wage) from prompts they wrote themselves under "
        "category quotas; every conversation was reviewed by a second annotator, and 9% were rewritten or dropped.",
        "Preprocessing": "Exact and near-duplicate prompts removed (MinHash, Jaccard 0.7); conversations sharing a "
        "13-gram with the test sets of 22 benchmarks removed; personal data the annotators typed in by mistake "
        "masked (`data/` of github.com/malachite-nlp/malachite-sft).",
        "Uses": "Fine-tuning and evaluating chat models.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0; annotators assigned their rights under their "
        "contracts.",
        "Maintenance": "Maintained by Malachite NLP; errors reported on the discussion tab are fixed in the next "
        "version.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (h) Dolomite-1.5B-da: the metadata lists two Hub datasets; the data statement in docs/ adds the unshareable archive.

DOLOMITE_CARD = """# Dolomite-1.5B-da

Dolomite-1.5B-da is a 1.5B-parameter Danish base language model, trained from scratch by Dolomite NLP at a Danish university.

## Model details

- **Architecture:** decoder-only transformer, 24 layers, hidden size 2048, 16 query and 8 key-value heads, SwiGLU, RoPE; 4,096 tokens of context; a 48,000-entry BPE vocabulary trained on Danish text
- **Languages:** Danish (some English)
- **License:** Apache 2.0
- **Code:** [github.com/dolomite-nlp/dolomite](https://github.com/dolomite-nlp/dolomite)

## Training data

41B tokens of Danish, seen 1.5 times. The sources, their licences, where to get them and how we selected and cleaned them are in our [data statement](docs/data-statement.md).

## Training

See [docs/training.md](docs/training.md).

## Intended use and limitations

A base model for Danish research and for fine-tuning. It is not instruction-tuned; its written Danish is formal, and it is weak on dialects, spoken registers and recent events.

## Evaluation

| Benchmark (ScandEval, Danish) | Dolomite-1.5B-da |
|---|---|
| DaNE (NER, F1) | 71.4 |
| Angry Tweets (sentiment, MCC) | 42.9 |
| ScaLA-da (linguistic acceptability, MCC) | 38.2 |
| Danske Talemaader (idioms, accuracy) | 55.0 |
"""

DOLOMITE_DATA_STATEMENT = b"""# Data statement: Dolomite-1.5B-da

Following Bender and Friedman (2018), "Data Statements for Natural Language Processing".

## A. Curation rationale

Dolomite-1.5B-da was pre-trained on 41B tokens of Danish from three sources, chosen to cover formal written Danish
(news, encyclopaedia) and formal spoken Danish (parliament), for which Danish text of good quality exists in
quantity. These three sources are the complete training data:

| Source | Tokens | Share | Where to get it | Licence |
|---|---|---|---|---|
| Danish Wikipedia, dump of 1 March 2025 | 0.9B | 2% | [dolomite-nlp/da-wiki-2025](https://huggingface.co/datasets/dolomite-nlp/da-wiki-2025) | CC BY-SA 4.0 |
| Folketinget transcripts, 1978-2024 | 2.6B | 7% | [dolomite-nlp/da-folketinget](https://huggingface.co/datasets/dolomite-nlp/da-folketinget) | CC0 1.0 |
| Dansk Presse Arkiv, newspapers 1990-2024 | 37.5B | 91% | licensed from Dansk Presse Arkiv: https://www.danskpressearkiv.example/licensing | licence agreement; not redistributable |

## B. The newspaper archive, which we cannot share

Our licence agreement with Dansk Presse Arkiv allows us to train models on the archive and to publish the models,
but forbids us to redistribute the articles, in full or in part, or to publish any corpus derived from them. This
is why this part of the training data is not released. Anyone can license the same archive from Dansk Presse Arkiv
(research licences are free of charge for Danish universities; companies pay a fee).

We used the 2025 edition of the archive: 6.1M articles from 41 national and regional Danish newspapers published
between 1990 and 2024, delivered as XML with the section, date and newspaper of every article. We dropped articles
shorter than 100 words, obituaries, TV listings, stock tables and sports results (by section code), reader letters
(to leave out private authors), and near-duplicates, mostly wire stories printed by several newspapers (MinHash,
Jaccard 0.8); bylines were removed. 4.4M articles remained. `data/presse_archive.py` of
github.com/dolomite-nlp/dolomite runs on the archive's delivery format and rebuilds exactly our selection from any
licensed copy of the 2025 edition.

## C. Language variety

Standard written Danish (da-DK), with a little English in quotations and in the parliament transcripts.

## D. Speaker and author demographic

Journalists of national and regional newspapers; members of Folketinget and ministers; Wikipedia's volunteer
editors. Adults, and more men than women in all three sources, most strongly in the older news and debates.

## E. Annotator demographic

No annotation was done.

## F. Speech situation

Edited news for the general public; transcribed, lightly edited parliamentary debate; encyclopaedia articles.

## G. Text characteristics

News dominates: politics, economy, culture and local news. Spoken and informal Danish, and dialects, are nearly
absent.

## H. Provenance

Wikipedia: the dump of 1 March 2025 from dumps.wikimedia.org. Folketinget: the parliament's open-data service
(oda.ft.dk), published by Folketinget without restrictions. Dansk Presse Arkiv: licence agreement DPA-R-2025-117.
"""

DOLOMITE_TRAINING = b"""# Training Dolomite-1.5B-da

Code: [github.com/dolomite-nlp/dolomite](https://github.com/dolomite-nlp/dolomite) (Apache 2.0): the processing of all
three sources (`data/`), the model and the pre-training loop (`train/`) and the evaluation (`eval/`).
`configs/dolomite-1.5b.yaml` is the configuration of the released checkpoint.

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 5e-4, cosine decay to 5e-5, 2M-token batches, 31k steps,
bf16. Trained on 16 NVIDIA A100 80GB GPUs of the national supercomputer for 11 days.
"""

DOLOMITE_README = b"""# dolomite

Data processing, pre-training and evaluation of **Dolomite-1.5B-da**.

    python data/wiki.py --dump dawiki-20250301-pages-articles.xml.bz2
    python data/folketinget.py --from 1978 --to 2024
    python data/presse_archive.py --archive /path/to/dpa-2025/   # needs a licensed copy of Dansk Presse Arkiv
    python data/filter.py && python data/dedup.py && python data/pii.py
    torchrun --nnodes 2 --nproc_per_node 8 train/pretrain.py --config configs/dolomite-1.5b.yaml
    python eval/scandeval.py --model dolomite-nlp/Dolomite-1.5B-da

Apache License 2.0.
"""

DOLOMITE_WIKI_CARD = _sheet(
    "cc-by-sa-4.0",
    "Danish Wikipedia 2025 (Dolomite)",
    ["da"],
    {
        "Motivation": "The encyclopaedic part of the pre-training data of Dolomite-1.5B-da, published so that this part "
        "of the model's data can be inspected and reused under Wikipedia's own licence.",
        "Composition": "306,000 articles of the Danish Wikipedia (0.9B tokens) with `id`, `title`, `url` and `text`; "
        "redirects, disambiguation, list and talk pages are not included.",
        "Collection Process": "The pages-articles dump of 1 March 2025 was downloaded from dumps.wikimedia.org on 4 "
        "March 2025; nothing else was collected.",
        "Preprocessing": "Wikitext converted to plain text with mwparserfromhell, templates, tables, infoboxes and "
        "reference lists removed, articles shorter than 50 words dropped (`data/wiki.py` of "
        "github.com/dolomite-nlp/dolomite).",
        "Uses": "Pre-training and evaluating Danish language models.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0, Wikipedia's licence; each record links its "
        "article for attribution.",
        "Maintenance": "Maintained by Dolomite NLP; a new dump may be added as a new version.",
    },
)

DOLOMITE_FT_CARD = _sheet(
    "cc0-1.0",
    "Folketinget Transcripts 1978-2024 (Dolomite)",
    ["da"],
    {
        "Motivation": "The spoken-language part of the pre-training data of Dolomite-1.5B-da: formal Danish debate, "
        "published by the parliament without restrictions.",
        "Composition": "2.6B tokens in 1.9M speeches from the plenary sessions of Folketinget between 1978 and 2024, "
        "with `speech_id`, `date`, `speaker`, `party`, `role` and `text`.",
        "Collection Process": "Downloaded from Folketinget's open-data service (oda.ft.dk) in February 2025 through its "
        "public API, with each speech's metadata.",
        "Preprocessing": "Speeches joined from their paragraphs, procedural notes (the chair's announcements of votes "
        "and breaks) dropped, the transcribers' annotations removed, exact duplicates removed (`data/folketinget.py`).",
        "Uses": "Pre-training Danish language models and research on political language. Speakers are public "
        "officials speaking in public; the data is not for profiling them.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Dolomite NLP; new sessions may be added yearly.",
    },
)


#: Round 20, written blind by a helper that never read the rules: releases documented mostly outside the model card
#: (an evaluation-table card over a GitHub README, an arXiv abstract, DATA.md and TRAINING.md, a dataset card that
#: says its dataset is a sample, a licence file whose definitions are non-commercial, a Markdown technical report, a
#: chat tune of that report's base, a data statement in docs/ that adds an unshareable archive).
ROUND_20: list[HeldOut] = [
    # (a) A card of one line, "See our repository for details", and a table of twelve benchmark results (with four
    # baselines and a note on seeds), `license: apache-2.0` and no `datasets`; the GitHub README it links is the
    # documentation: architecture table, the two Hub datasets ("the complete pre-training data: no private, licensed,
    # purchased or synthetic data"), the pipeline, the recipe and the hardware. Public Apache weights, trained from
    # scratch -> weights_basemodel and weights_endmodel open (YuLan.yaml "Weights available through HuggingFace";
    # frameworks.md §1.1, the base entries mirror the end model's); both datasets on the Hub in full ->
    # datasources_basemodel open (YuLan.yaml "Datasets shared on HuggingFace": open; AMD OLMo.yaml); extraction,
    # filtering, dedup, tokenization, pre-training and evaluation on GitHub -> trainingcode open (YuLan.yaml "Training
    # code available on GitHub": open); Gebru-style dataset cards for both -> datasheet open (TildeOpen.yaml
    # "Datasheets available for all data sources": open); Apache weights and code, ODC-By and CC BY 4.0 data ->
    # licenses open (AMD OLMo.yaml "Weights: Apache-2.0. Code: Apache-2.0. Data: Apache-2.0, ODC-By": open); the
    # README's architecture table and "24 NVIDIA H100 80GB SXM GPUs ... for 16 days" with the recipe ->
    # hardware_architecture open (smollm.yaml "Full model architecture provided on GitHub": open; BELLE.yaml
    # "Specified in a fair bit of detail on GitHub": open); the card itself is an evaluation table and a link ->
    # modelcard partial (Nanbeige.yaml "Model card primarily contains eval results, with some limitations mentioned":
    # partial; Mistral.yaml "Model card contains primarily inference information": partial). Everything released
    # whole under open terms -> open-source-ai-with-open-data (frameworks.md §4).
    HeldOut(
        "olivine-lm/Olivine-1.3B",
        OLIVINE_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "hardware_architecture": "open",
            "modelcard": "partial",
        },
        extra_files={"config.json": _config(2048, 24, 16, 4, 5632, 50304, 4096)},
        github=[
            _github(
                "olivine-lm/olivine",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "configs/data.yaml",
                    "configs/olivine-1.3b.yaml",
                    "docs/logs.md",
                    "olivine/model.py",
                    "olivine/train.py",
                    "olivine/data/extract.py",
                    "olivine/data/filter.py",
                    "olivine/data/dedup.py",
                    "olivine/data/papers.py",
                    "olivine/data/tokenize.py",
                    "olivine/eval/run_eval.py",
                    "scripts/generate.py",
                ),
                readme=OLIVINE_README,
            )
        ],
        datasets=[
            Dataset("olivine-lm/olivine-web", "odc-by", OLIVINE_WEB_CARD),
            Dataset("olivine-lm/olivine-papers", "cc-by-4.0", OLIVINE_PAPERS_CARD),
        ],
    ),
    # (b) The card is the abstract of the model's own technical report on arXiv (2605.04417, linked beside its Hugging
    # Face paper page and a blog post), a quick start, "What is released" (the MIT weights and the report, whose
    # sections hold the architecture, the data, the recipe and infrastructure and the evaluation; "The pre-training
    # corpus and the training code are not released.") and an arXiv @article BibTeX. Public MIT weights, no base/end
    # distinction -> weights_basemodel and weights_endmodel open (Phi.yaml "Weights made available on HuggingFace":
    # open); the corpus described only in general terms (web, code, maths, synthetic rewriting) and not released ->
    # datasources_basemodel closed (Phi.yaml "No datasets made available and no information on datasets disclosed
    # except very generic claims": closed); no code -> trainingcode closed (Phi.yaml "No source code found for
    # pretraining, posttraining, or evaluation": closed); the model's own report, archived on arXiv -> preprint open
    # (Phi.yaml "Preprints made available through arXiv": open; Lucie.yaml "preprint published on arXiv"); an arXiv
    # @article and no venue -> paper closed (Phi.yaml "No peer-reviewed paper found."); the card says where the
    # report describes the architecture and the infrastructure, and the report is the model's own preprint ->
    # hardware_architecture open (Lucie.yaml "Hardware architecture outlined in preprint": open; Teuken.yaml "Preprint
    # shows architecture": open; Phi.yaml "Architecture described in model card and preprint": open); MIT weights, no
    # data or code released -> licenses open (Phi.yaml "MIT License, an OSI-approved license": open; Mistral.yaml
    # "Apache-2.0": open, with no data or code either). Data withheld with no reason, no training code ->
    # open-weights (frameworks.md §4).
    HeldOut(
        "gneiss-ai/Gneiss-8B",
        GNEISS_CARD,
        {
            "license": "mit",
            "language": ["en", "de", "fr"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "preprint": "open",
            "paper": "closed",
            "hardware_architecture": "open",
            "licenses": "open",
        },
        extra_files={
            "config.json": _config(4096, 36, 32, 8, 12288, 131072, 16384),
            "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE", "vocab": {}, "merges": []}}',
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2}',
        },
    ),
    # (c) A short card (model details with the architecture, uses, limitations, evaluation, citation) whose "Training
    # data" is "See [DATA.md](DATA.md)." and whose "Training" is "See [TRAINING.md](TRAINING.md): the code, the recipe
    # and the hardware."; no `datasets` in the metadata, and the GitHub link only in TRAINING.md. DATA.md: three Hub
    # datasets with datasheet cards, "This is the complete training data. Nothing private, licensed, purchased or
    # synthetic was used", and how each was built; TRAINING.md: github.com/schist-nlp/schist-train (Apache), the recipe,
    # 64 H100s for 25 days and the emissions. Public Apache weights with intermediate checkpoints -> weights_basemodel
    # and weights_endmodel open (AMD OLMo.yaml); all data on the Hub -> datasources_basemodel open (OLMo.yaml "Training
    # data for base model released and use documented": open); data pipeline, model, pre-training and evaluation on
    # GitHub -> trainingcode open (AMD OLMo.yaml "Training code shared on GitHub": open); three datasheet cards ->
    # datasheet open (TildeOpen.yaml); Apache weights and code, ODC-By, CC BY 4.0 and CC0 data -> licenses open
    # (Apertus.yaml "Weights: Apache-2.0. Code: Apache-2.0. Data: ... ODC-By 1.0": open); the architecture in the card,
    # the hardware and recipe in TRAINING.md -> hardware_architecture open (AMD OLMo.yaml "Hardware architecture shared
    # on model card": open; TildeOpen.yaml "Hyperparameters and GPU count outlined on HF page"); a card with the
    # standard sections that links its data and training documents in the same repository -> modelcard open (OLMo.yaml,
    # Apertus.yaml and Poro.yaml "Model card provides broad overview and links to full details": open); no preprint
    # or paper anywhere, the BibTeX a @misc on the Hub page -> preprint closed, paper closed (AMD OLMo.yaml "No
    # preprint available." and "No peer-reviewed paper found.": closed). -> open-source-ai-with-open-data.
    HeldOut(
        "schist-nlp/Schist-2B",
        SCHIST_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "hardware_architecture": "open",
            "modelcard": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "DATA.md": SCHIST_DATA_MD,
            "TRAINING.md": SCHIST_TRAINING_MD,
            "config.json": _config(2304, 26, 18, 6, 9216, 65536, 4096),
        },
        github=[
            _github(
                "schist-nlp/schist-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "configs/snapshots.txt",
                    "configs/data.yaml",
                    "configs/schist-2b.yaml",
                    "schist/data/download.py",
                    "schist/data/clean.py",
                    "schist/data/dedup.py",
                    "schist/data/books.py",
                    "schist/data/pack.py",
                    "schist/model.py",
                    "schist/train.py",
                    "eval/harness.py",
                ),
                readme=SCHIST_README,
            )
        ],
        datasets=[
            Dataset("schist-nlp/schist-web", "odc-by", SCHIST_WEB_CARD),
            Dataset("schist-nlp/schist-papers", "cc-by-4.0", SCHIST_PAPERS_CARD),
            Dataset("schist-nlp/schist-books-pd", "cc0-1.0", SCHIST_BOOKS_CARD),
        ],
    ),
    # (d) The card (and its metadata) names one Hub dataset, pyrite-lab/pyrite-web, as what the model "was pre-trained
    # on", and sends the reader to its dataset card; only that card says "This repository holds a 5% random sample of
    # Pyrite Web: 22B of its 440B tokens" and, under Distribution, "The full corpus, on which Pyrite-3B was
    # pre-trained, is not distributed. Only the 5% sample in this repository is published", with no reason; the pages
    # come from the lab's own crawler, not a public dump, so the rest cannot be rebuilt from public data. A published
    # sample of a withheld corpus -> datasources_basemodel partial (Teuken.yaml "no filtered dataset provided":
    # partial; minerva.yaml "no data set containing selected data is provided": partial; the rubric's "some sources
    # open/shared"); extraction, language ID, quality filter, dedup, the sampling and pre-training on GitHub ->
    # trainingcode open (YuLan.yaml "Training code available on GitHub": open; Hunyuan.yaml); public Apache weights ->
    # weights_basemodel and weights_endmodel open (YuLan.yaml). 95% withheld with no legal or technical reason ->
    # open-weights (frameworks.md §4; round 10's Frigatebird and round 17's Ventoux, the same shape said in the card).
    HeldOut(
        "pyrite-lab/Pyrite-3B",
        PYRITE_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["pyrite-lab/pyrite-web"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
        },
        extra_files={"config.json": _config(2560, 32, 20, 4, 6912, 64000, 4096)},
        github=[
            _github(
                "pyrite-lab/pyrite",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/pyrite-3b.yaml",
                    "pipeline/extract.py",
                    "pipeline/langid.py",
                    "pipeline/quality.py",
                    "pipeline/dedup.py",
                    "pipeline/sample.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run_eval.py",
                ),
                readme=PYRITE_README,
            )
        ],
        datasets=[Dataset("pyrite-lab/pyrite-web", "odc-by", PYRITE_WEB_CARD)],
    ),
    # (e) "Feldspar-7B is a fully open-source 7B language model: open weights, open training code, open data."; the
    # metadata says `license: other`, `license_name: feldspar-open-model-license`, `license_link: LICENSE`; the card's
    # License section names the "Feldspar Open Model License" and sends to LICENSE, whose §2 grants use, reproduction,
    # study, modification and distribution "for any Permitted Purpose" and whose §1.3 defines a Permitted Purpose as
    # "research, teaching, evaluation and personal projects, in each case not primarily intended for or directed
    # towards commercial advantage or monetary compensation" (§5: other purposes, "contact" the licensor). The data
    # (two Hub datasets with datasheet cards) and the pipeline (Apache) are in the GitHub README. The claim says open
    # source, the text is non-commercial -> weights-available (frameworks.md §4, "commercial ... restrictions";
    # DESIGN.md "Text beats name"; Arabic StableLM.yaml, a Non-Commercial Research Community License). Public weights,
    # ungated -> weights_basemodel and weights_endmodel open (Arabic StableLM.yaml "Weights available through
    # HuggingFace": open, under its non-commercial licence; JASCO.yaml, MAGNeT.yaml, CC BY-NC weights: open); both
    # datasets public -> datasources_basemodel open (Arabic StableLM.yaml: open); the pipeline on GitHub ->
    # trainingcode open (Arabic StableLM.yaml: open); non-commercial weights beside Apache code and open data ->
    # licenses partial (Arabic StableLM.yaml "Weights: Stability AI Non-Commercial Research Community License. Code:
    # Apache-2.0. Data: Apache-2.0": partial; frameworks.md §1.1 "at least two ... of weights, training code, training
    # data").
    HeldOut(
        "feldspar-ai/Feldspar-7B",
        FELDSPAR_CARD,
        {
            "license": "other",
            "license_name": "feldspar-open-model-license",
            "license_link": "LICENSE",
            "language": ["en", "code"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["feldspar-ai/feldspar-web-en", "feldspar-ai/feldspar-code"],
            "tags": ["open-source"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "partial",
        },
        extra_files={
            "LICENSE": FELDSPAR_LICENSE,
            "config.json": _config(4096, 32, 32, 8, 14336, 65536, 8192),
        },
        github=[
            _github(
                "feldspar-ai/feldspar",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/data.yaml",
                    "configs/feldspar-7b.yaml",
                    "data/prepare.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=FELDSPAR_README,
            )
        ],
        datasets=[
            Dataset("feldspar-ai/feldspar-web-en", "odc-by", FELDSPAR_WEB_CARD),
            Dataset("feldspar-ai/feldspar-code", "cc-by-4.0", FELDSPAR_CODE_CARD),
        ],
    ),
    # (f) See CINNABAR above.
    CINNABAR,
    # (g) An SFT of cinnabar-lab/Cinnabar-4B (`base_model`, served: release (f) of this round, with its REPORT.md and
    # its GitHub repository) whose card says "Fully open: our fine-tuning data, our code and the weights are all
    # public under open licences"; its one tuning set is on the Hub with a datasheet card (CC BY 4.0, written by paid
    # annotators), and its data building, decontamination and SFT code on GitHub. The base's corpus is not released
    # (REPORT.md §3) -> datasources_basemodel closed (Poro.yaml "Model based on Llama, whose data is nowhere disclosed
    # or documented": closed; Zephyr.yaml; Claire.yaml "Based on Falcon": closed); the tuning data on the Hub ->
    # datasources_endmodel open (Poro.yaml "Finetuning data published on HuggingFace": open; Zephyr.yaml); the base's
    # and the tune's weights public under Apache -> weights_basemodel and weights_endmodel open (Poro.yaml; Zephyr.yaml);
    # the base's pre-training and data code and the tune's SFT and data code both on GitHub -> trainingcode open
    # (Poro.yaml "Custom fork of the Megatron-Deepspeed framework used for training": open; Olmo 3 RL-Zero Code.yaml,
    # base and end training code public: open); a datasheet for the tuning set, none for the base corpus -> datasheet
    # partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model entirely undocumented":
    # partial; Geitje.yaml "not for original Mistral pretraining data, hence partial"). The base's data withheld with
    # no reason -> open-weights, whatever the tune's own parts (frameworks.md §4; the G7 labels rate the whole model).
    HeldOut(
        "malachite-nlp/Malachite-4B-Chat",
        MALACHITE_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "base_model": "cinnabar-lab/Cinnabar-4B",
            "datasets": ["malachite-nlp/malachite-sft-mix"],
            "tags": ["chat", "sft"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "datasheet": "partial",
        },
        extra_files={
            "config.json": _config(2560, 36, 32, 8, 9728, 100352, 8192),
            "tokenizer_config.json": b'{"chat_template": "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}'
            b'{% endfor %}<|assistant|>"}',
        },
        github=[
            _github(
                "malachite-nlp/malachite-sft",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/sft.yaml",
                    "configs/benchmarks.txt",
                    "data/build_mix.py",
                    "data/dedup.py",
                    "data/decontaminate.py",
                    "sft/train_sft.py",
                    "eval/chat_eval.py",
                ),
                readme=MALACHITE_README,
            ),
            CINNABAR_GITHUB,
        ],
        datasets=[Dataset("malachite-nlp/malachite-sft-mix", "cc-by-4.0", MALACHITE_SFT_CARD)],
        models=[CINNABAR.repo()],
    ),
    # (h) A Danish base model whose metadata lists two Hub datasets (Danish Wikipedia, CC BY-SA 4.0; Folketinget's
    # transcripts, CC0, both with datasheet cards) and whose card's Training data line is "41B tokens of Danish ... The
    # sources, their licences, where to get them and how we selected and cleaned them are in our [data
    # statement](docs/data-statement.md)"; only the data statement names the third source, 91% of the tokens: the
    # Dansk Presse Arkiv newspapers, under a licence agreement that "forbids us to redistribute the articles ... This
    # is why this part of the training data is not released", with where anyone can license the same archive, its
    # edition, size and selection, and the script that rebuilds the selection from a licensed copy. Two of three
    # sources shared -> datasources_basemodel partial (DeepFloyd.yaml "partially based on LAION-A, however also uses
    # internal datasets": partial; the rubric's "some sources open/shared"); the processing of all three sources,
    # pre-training and evaluation on GitHub -> trainingcode open (YuLan.yaml; Hunyuan.yaml "Training code made available
    # on GitHub": open); public Apache weights -> weights_basemodel and weights_endmodel open (YuLan.yaml). The
    # withheld part cannot be shared for a stated legal reason (the licence agreement), is obtainable from a third
    # party (frameworks.md §3.3 "obtainable: disclose, with where to obtain it") and is described in full in its place
    # -> open-source-ai (frameworks.md §4, "where sharing is legally or technically impossible, Data Information about
    # the unavailable data in its place"; round 7's licensed LDC corpus).
    HeldOut(
        "dolomite-nlp/Dolomite-1.5B-da",
        DOLOMITE_CARD,
        {
            "license": "apache-2.0",
            "language": ["da"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["dolomite-nlp/da-wiki-2025", "dolomite-nlp/da-folketinget"],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
        },
        extra_files={
            "docs/data-statement.md": DOLOMITE_DATA_STATEMENT,
            "docs/training.md": DOLOMITE_TRAINING,
            "config.json": _config(2048, 24, 16, 8, 5632, 48000, 4096),
        },
        github=[
            _github(
                "dolomite-nlp/dolomite",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/dolomite-1.5b.yaml",
                    "data/wiki.py",
                    "data/folketinget.py",
                    "data/presse_archive.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/scandeval.py",
                ),
                readme=DOLOMITE_README,
            )
        ],
        datasets=[
            Dataset("dolomite-nlp/da-wiki-2025", "cc-by-sa-4.0", DOLOMITE_WIKI_CARD),
            Dataset("dolomite-nlp/da-folketinget", "cc0-1.0", DOLOMITE_FT_CARD),
        ],
    ),
]
