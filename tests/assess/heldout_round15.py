# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 15 (`ROUND_15`, 8 releases, written blind by a helper that never read the rules or the
probes): evidence kept outside the model card, and open-washing claims. Each release is served by the loopback Hub
(with its linked GitHub repositories and datasets) through `test_heldout_releases.py`, with the label and the key
OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, and the expert files
in `../shared/reference/osai-index/`, cited beside each cell).

The releases:
- (a) Rowan-1B: a fully open from-scratch model whose card is a table of contents: the training data (two Hub
  corpora with datasheet cards), the GitHub pipeline, the recipe, the hardware and the architecture are only in
  Markdown files of the model repository's `docs/` folder (open-source-ai-with-open-data).
- (b) Alder-3B: a base model whose card says that everything about its data, architecture and training is in a
  technical-report PDF in the repository (served, not text) and that the training code is not released: what is
  only in the PDF (the data) is unknown, what the card says (no training code) decides the label (open-weights);
  the report itself is a preprint, as the experts rate a technical report on the Hub.
- (c) Linden-7B: "fully open-source ... open weights, open code, open data", the data a link to the GitHub
  README, whose Data section says the corpus is proprietary and will not be released, with no reason that
  prevents sharing (open-weights, not what the claim says).
- (d) Juniper-12B: "open source, commercially usable", under a custom "Juniper Open Model License" (LICENSE)
  whose section 4 takes commercial use away from companies above USD 20 million of annual revenue
  (weights-available).
- (e) Larch-1.5B: a card of two lines and a link; the GitHub README holds the architecture, the hardware, the
  data (all of two public Hub datasets, used unchanged) and the pipeline (open-source-ai-with-open-data).
- (f) Sorrel-9B: a chat model whose architecture, infrastructure and recipe are "described in our blog post"
  (not fetched): hardware and architecture unknown, preprint closed; no code and undisclosed data
  (open-weights).
- (g) Hazel-7B-Instruct: an SFT of mistralai/Mistral-7B-v0.1 (not served: the built-in index must know it) on
  three Hub datasets with datasheet cards under mixed licences (CC BY 4.0, Apache 2.0, CC BY-NC 4.0), with its
  tuning code on GitHub (open-weights; licences, training code and datasheet partial).
- (h) Hornbeam-1B: a clinical model whose training data (de-identified hospital notes) cannot be shared for a
  stated legal reason (patient privacy, the hospitals' data-use agreements, the GDPR), documented by a full
  "Datasheet" section inside the model card; its pipeline on GitHub (open-source-ai).

First run (before any rule changed, on commit 551697b; other sessions' uncommitted edits to `src/opengauge/licenses/`
(additions.py, rules.yaml, a new definitions.py, and clauses.py, which appeared while the round ran) and to
`src/opengauge/probes/code.py` were in the working tree; pytest cut the reasons short, so their full text was read from
a throwaway test of the same eight cases, since deleted, which gave the same levels): 2 of 8 right, labels and cells
(Juniper-12B, weights-available citing the revenue cap at LICENSE line 15 and the "Built with Juniper" branding at
line 12, licences closed, model card partial; Hazel-7B-Instruct, open-weights, tuning data open "some under terms
that are not open", licences, training code and datasheet partial, model card open). 5 of 8 labels right (also
Linden-7B, Larch-1.5B and Sorrel-9B). No label read more open than the rubric: the three wrong labels read less open
(Rowan-1B, Hornbeam-1B) or less decided (Alder-3B, undetermined). One cell read more open than the evidence: Sorrel's
hardware and architecture (see below). The six misses:
- Rowan-1B (docs/ folder): open-weights where open-source-ai-with-open-data was expected ("... but complete training
  code; data-processing code; data information (list and description of the training data) are missing for Open
  Source AI."); datasources_basemodel and datasources_endmodel closed where open was expected ("The release, read in
  full, names no training data and has no section about it."); trainingcode closed where open was expected ("No
  training code is published with the release: the release links no code repository."); datasheet closed where open
  was expected ("Neither a datasheet nor a data card documents the training data."); modelcard partial where open was
  expected ("The model card covers 1 of the 9 standard sections; missing: model-details, uses, limitations, training,
  evaluation, environmental-impact, technical-specs, citation."): the four Markdown files the card links, docs/data.md
  (the two Hub corpora), docs/training.md (the GitHub pipeline, recipe, hardware), docs/architecture.md and
  docs/evaluation.md, are served files of the model repository but were not read as part of the release, though the
  reasons say it was "read in full". Weights and licences right; hardware_architecture open is right, but presumably
  from the card's table of contents ("Training code, recipe and hardware", "Architecture"), as in Sorrel-9B below.
- Alder-3B (technical-report PDF): undetermined where open-weights was expected ("... so the release is at least open
  weights; whether it is Open Source AI is not established: complete training code (it could not be read);
  data-processing code (it could not be read); data information (list and description of the training data)");
  trainingcode unknown where closed was expected ("The training code could not be looked for (could not read:
  Alder-3B-Technical-Report.pdf (a PDF, which opengauge does not read))."): the card says "We do not release the
  training code" and lists the weights and the report as all that is released; paper unknown where closed was
  expected (the same reason): the card cites the report as a @techreport and names no venue (Nanbeige.yaml: a
  technical report on the Hub, paper closed). Data unknown (the PDF), preprint open ("A technical report is published
  with the release (outside arXiv)."), model card partial, weights and licences: right. Not scored: hardware and
  architecture read open, presumably from the card's pointer "the architecture and the training infrastructure
  (Section 3)".
- Linden-7B ("fully open-source ... open data" over a proprietary corpus): label right (open-weights: "data
  information ... is missing for Open Source AI"; the claim did not lift it) and seven cells right, but
  hardware_architecture partial where open was expected ("Only the architecture is documented, not the training
  hardware and setup."): the card's table has "| Hardware | 256 NVIDIA H100 GPUs, 21 days |" and its Training section
  the optimizer, schedule, batch, precision and parallelism (TildeOpen.yaml). The data is closed, as expected, but its
  reason ("The release, read in full, names no training data and has no section about it.") passes over the GitHub
  README's Data section that the card links, which describes the corpus and says it is proprietary.
- Larch-1.5B (two-line card, GitHub README as documentation): label and six cells right (the README's two public
  Hub datasets and its pipeline were read), but hardware_architecture partial where open was expected ("Only the
  architecture is documented, not the training hardware and setup."): the README's Training section gives "16 NVIDIA
  H100 80GB GPUs (2 nodes) for 12 days" and the full recipe (BELLE.yaml, Hunyuan.yaml: documentation on GitHub).
- Sorrel-9B (blog post): label and nine cells right (preprint, paper and datasheet closed: the blog post was not
  taken for any of them), but hardware_architecture **open** where unknown was expected ("Both the model architecture
  and the training hardware or setup are documented."): the card documents neither; its only words on them are that
  "the architecture, the training infrastructure and the training recipe ... are described in our blog post", which
  opengauge does not fetch (Poro.yaml open, Jamba.yaml partial: the level is the post's).
- Hornbeam-1B (Datasheet section in the card, unshareable clinical data): open-weights where open-source-ai was
  expected ("... but data information (list and description of the training data) is missing for Open Source AI.");
  datasheet partial where open was expected ("A data card or data statement is mentioned, which gives partial insight;
  there is no datasheet (collection, curation, composition, uses) or dataset card on the Hub."): the card's "##
  Datasheet" section has the seven Gebru subsections, several sentences each (GPT-SW.yaml, Salamandra.yaml:
  datasheets in the model card, open). The data cells are closed, as expected, but for "The card describes the
  training data only in general terms; no dataset is listed", and the stated legal reason for not sharing (patient
  health records that the hospitals' data-use agreements and the GDPR forbid releasing) with the datasheet standing
  in for the data was not taken for the G7 exception. Training code, licences, model card, hardware and architecture
  right.
No expectation was changed after the run (three expert files were cited after it, for (a) and (h), without changing
a level).

What changed (general rules, tests in `tests/probes/test_evidence_elsewhere.py`): a line that only says where the
setup is described ("... are described in our blog post", "... is in our technical report", `pointer` in the docs
vocabulary) states no hardware: with the architecture documented, the hardware cell is unknown (what it points to
is not read), open when the model's own preprint or paper is open, as before (Sorrel-9B, no longer read more open
than its evidence); a model table's "Hardware" row counting named accelerators states the training hardware
(Linden-7B); the training hardware is read from the card's own code READMEs when the card states none, as the
architecture already was (Larch-1.5B); the card's own word that the training code is not released decides closed
even when part of the release (a PDF report) could not be read (Alder-3B, now open weights, not undetermined).
Three releases stay expected failures with their reasons (`DISAGREEMENTS`): Rowan-1B (Markdown files in the model
repository's docs/ folder are not fetched), Alder-3B's paper (unknown behind the unread PDF), Hornbeam-1B (a
datasheet section inside the card, and a legal reason for not sharing data). Evaluate, import-osai and the index
labels did not move.

Later (the session of release round 16): the Markdown files of a model repository's top-level docs/ folder are read
as its documents (`sources/documents.classify`), the training data looked for in them when the cards name none
(`ProbeContext.own_docs`), and those the card links counted as part of the model card (`cardsections.linked_docs`):
Rowan-1B's label, data, training code and datasheet are now right; its model card, 6 of 9 standard sections across
the card and its docs, stays partial where open was expected. A "Datasheet" section of the card whose parts answer
the collection and curation questions is a datasheet (`probes/data._in_card_datasheets`), and unshareable data with
a stated reason described in full by one is data information (`Findings.unshareable_documented`, OSAID 1.0's words
for unshareable data): Hornbeam-1B is Open Source AI, as expected.
"""

from __future__ import annotations

import zlib

from tests.assess.heldout_releases import (
    FINEWEB_EDU_CARD,
    Dataset,
    HeldOut,
    _datasheet,
    _github,
    _tree,
)

# --------------------------------------------------------------------------------------------------------------
# (a) Rowan-1B: the documentation is in docs/*.md of the model repository.

ROWAN_CARD = (
    "# Rowan-1B\n\n"
    "Rowan-1B is a 1.1B-parameter English base language model trained from scratch by Rowan Lab. The weights, the "
    "training data and the code are all public.\n\n"
    "## Documentation\n\n"
    "This card is short on purpose: the documentation lives in the [`docs/`](docs/) folder of this repository, "
    "versioned with the weights.\n\n"
    "| Topic | File |\n|---|---|\n"
    "| Training data: what it is, where to get it, how it was built | [docs/data.md](docs/data.md) |\n"
    "| Training code, recipe and hardware | [docs/training.md](docs/training.md) |\n"
    "| Architecture | [docs/architecture.md](docs/architecture.md) |\n"
    "| Evaluation, intended uses and limitations | [docs/evaluation.md](docs/evaluation.md) |\n\n"
    "## Quick start\n\n"
    "```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
    'tok = AutoTokenizer.from_pretrained("rowan-lab/Rowan-1B")\n'
    'model = AutoModelForCausalLM.from_pretrained("rowan-lab/Rowan-1B")\n```\n\n'
    "## License\n\nApache 2.0.\n"
)

ROWAN_DOCS: dict[str, bytes | None] = {
    "docs/data.md": (
        b"# Training data\n\n"
        b"Rowan-1B was pre-trained on 1.1T tokens drawn from exactly two datasets, both published in full on the "
        b"Hugging Face Hub:\n\n"
        b"| Dataset | Share | Tokens | License |\n|---|---|---|---|\n"
        b"| [rowan-lab/rowan-web](https://huggingface.co/datasets/rowan-lab/rowan-web) | 86% | 950B | ODC-By 1.0 |\n"
        b"| [rowan-lab/rowan-books](https://huggingface.co/datasets/rowan-lab/rowan-books) | 14% | 150B | CC0 1.0 |\n\n"
        b"These two datasets are the complete training data: nothing private, licensed or synthetic was added. Each "
        b"dataset card is a full datasheet (motivation, composition, collection, preprocessing, uses, distribution, "
        b"maintenance).\n\n"
        b"## How the data was built\n\n"
        b"The web part was extracted from twelve Common Crawl snapshots (CC-MAIN-2024-10 to CC-MAIN-2025-13) with "
        b"resiliparse, kept if English (fastText score above 0.7), filtered with heuristic rules and a quality "
        b"classifier, deduplicated with MinHash-LSH across snapshots and masked for personal information. The books "
        b"are the English public-domain titles of Project Gutenberg, cleaned of headers and licence boilerplate. The "
        b"code of every step is in `rowan/data/` of the code repository (see [training.md](training.md)).\n"
    ),
    "docs/training.md": (
        b"# Training\n\n"
        b"## Code\n\n"
        b"Everything that produced Rowan-1B is at [github.com/rowan-lab/rowan](https://github.com/rowan-lab/rowan) "
        b"(Apache 2.0): the data pipeline (`rowan/data/`), the pre-training loop (`rowan/train/`), the model "
        b"definition and the evaluation suite (`rowan/eval/`). `configs/rowan-1b.yaml` is the exact configuration of "
        b"this checkpoint.\n\n"
        b"## Recipe\n\n"
        b"AdamW (beta1 0.9, beta2 0.95, weight decay 0.1), peak learning rate 4e-4 after 2,000 warmup steps, cosine "
        b"decay to 4e-5; a global batch of 1,024 sequences of 4,096 tokens (4M tokens); 262k steps; bf16 mixed "
        b"precision with FSDP.\n\n"
        b"## Hardware\n\n"
        b"32 NVIDIA H100 80GB GPUs (4 nodes of 8, InfiniBand NDR 400) for 10 days, about 7,700 GPU hours.\n"
    ),
    "docs/architecture.md": (
        b"# Architecture\n\n"
        b"Rowan-1B is a decoder-only transformer.\n\n"
        b"| | |\n|---|---|\n| Parameters | 1.1B |\n| Layers | 22 |\n| Hidden size | 2048 |\n"
        b"| Intermediate size | 5632 (SwiGLU) |\n| Attention heads | 16 query, 4 key-value (grouped-query attention) |\n"
        b"| Positional encoding | RoPE (theta 10,000) |\n| Normalisation | RMSNorm, pre-norm |\n"
        b"| Context length | 4096 |\n| Vocabulary | 50,304 (BPE trained on rowan-web) |\n| Tied embeddings | yes |\n"
    ),
    "docs/evaluation.md": (
        b"# Evaluation, uses and limitations\n\n"
        b"## Results\n\n"
        b"| Task | Rowan-1B | Pythia-1.4B |\n|---|---|---|\n| ARC-e | 64.2 | 60.5 |\n| HellaSwag | 60.1 | 52.0 |\n"
        b"| PIQA | 73.6 | 71.1 |\n| MMLU (5-shot) | 30.4 | 25.9 |\n\n"
        b"## Intended uses\n\n"
        b"A base model for research on pre-training data and for fine-tuning by others. It is not meant to be "
        b"deployed to end users as it is.\n\n"
        b"## Limitations\n\n"
        b"Rowan-1B is not instruction-tuned or safety-tuned; it can produce false, biased or offensive text, knows "
        b"little after early 2025 and is weak outside English.\n"
    ),
}

ROWAN_README = b"""# rowan

The complete pipeline of **Rowan-1B**: data processing, pre-training and evaluation.

    pip install -e .
    python -m rowan.data.build --config configs/data.yaml     # rebuilds rowan-web and rowan-books
    torchrun --nnodes 4 --nproc_per_node 8 -m rowan.train --config configs/rowan-1b.yaml
    python -m rowan.eval --model rowan-lab/Rowan-1B

The output of `rowan/data/` is exactly the `rowan-lab/rowan-web` and `rowan-lab/rowan-books` datasets on the Hub.

Apache License 2.0.
"""

ROWAN_WEB_CARD = _datasheet(
    "odc-by",
    "Rowan Web",
    {
        "Motivation": "Rowan Web was built by Rowan Lab as the web part of the complete pre-training data of Rowan-1B, "
        "so that anyone can inspect what the model read and repeat the training run. The work was funded by the lab; "
        "no customer data or user data was used.",
        "Composition": "950B tokens in 710M English web documents, one JSON line per document with `id`, `text`, "
        "`url`, `snapshot` and `token_count` fields. The quality filter favours explanatory prose, so forums, "
        "listings and shops are under-represented compared with the web at large.",
        "Collection Process": "Pages come from twelve Common Crawl snapshots (CC-MAIN-2024-10 to CC-MAIN-2025-13), "
        "downloaded as WARC files between April and June 2025; Common Crawl honours robots.txt at crawl time, and the "
        "domains on our own opt-out list were removed before processing.",
        "Preprocessing": "Main-text extraction with resiliparse, English identification with fastText (score above "
        "0.7), heuristic filters for repetition, symbol ratio and line length, a quality classifier trained on pages "
        "cited by Wikipedia, MinHash-LSH deduplication across snapshots (5-grams, Jaccard 0.8) and masking of email "
        "addresses, phone numbers and IP addresses.",
        "Uses": "Pre-training language models and research on pre-training data. It is not a representative sample "
        "of the web and must not be used to extract information about individuals; the masking of personal data is "
        "imperfect.",
        "Distribution": "Released on the Hugging Face Hub under ODC-By 1.0. The underlying pages remain subject to "
        "the Common Crawl terms of use, which are recorded in this card and apply to every redistribution.",
        "Maintenance": "Maintained by Rowan Lab. Takedown requests sent to the dataset's discussion page are honoured "
        "in the next point release, and every release is listed with its changes at the end of this card.",
    },
)

ROWAN_BOOKS_CARD = _datasheet(
    "cc0-1.0",
    "Rowan Books",
    {
        "Motivation": "Rowan Books was built by Rowan Lab as the book part of the complete pre-training data of "
        "Rowan-1B, to give the model long, edited prose that is free of copyright and can be shared without limits.",
        "Composition": "150B tokens in 61,000 English books, one JSON line per book with `id`, `title`, `author`, "
        "`year` and `text` fields. Most titles were written before 1930, so the language, the topics and the views "
        "are those of their time.",
        "Collection Process": "The English titles marked as public domain in the United States were downloaded from a "
        "Project Gutenberg mirror in May 2025, with their catalogue metadata; titles whose rights status was unclear "
        "in the catalogue were left out.",
        "Preprocessing": "The Project Gutenberg headers, footers and licence boilerplate were removed with the rules in "
        "`rowan/data/books.py`, tables of contents and indexes were dropped, and exact duplicates between editions of "
        "the same title were removed.",
        "Uses": "Pre-training language models and studies of historical English. The books carry the biases and "
        "stereotypes of their period and are not suitable as a picture of present-day language or society.",
        "Distribution": "Released on the Hugging Face Hub under CC0 1.0; the books themselves are in the public domain "
        "in the United States, and users elsewhere should check the status of each title where they are.",
        "Maintenance": "Maintained by Rowan Lab. Errors in the metadata or the cleaning can be reported on the "
        "dataset's discussion page and are fixed in the next point release listed at the end of this card.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (b) Alder-3B: the technical report is a PDF in the repository (served as PDF bytes: no text to read).

ALDER_REPORT_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
    b"4 0 obj\n<< /Length 1200 /Filter /FlateDecode >>\nstream\n"
    + zlib.compress(bytes(range(256)) * 8)
    + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)

ALDER_CARD = (
    "# Alder-3B\n\n"
    "Alder-3B is a 3.2B-parameter base language model for English and Spanish, trained from scratch by Alder AI.\n\n"
    "## Model details\n\n"
    "- **Developed by:** Alder AI\n- **Model type:** decoder-only transformer, base model (not instruction-tuned)\n"
    "- **Languages:** English, Spanish\n- **Context length:** 8,192 tokens\n- **License:** Apache 2.0\n\n"
    "## Technical report\n\n"
    "Everything about how Alder-3B was built is in our technical report, "
    "[Alder-3B-Technical-Report.pdf](Alder-3B-Technical-Report.pdf) in this repository: the composition and sources "
    "of the training data and how they were filtered (Section 2), the architecture and the training infrastructure "
    "(Section 3), the training recipe (Section 4) and the full evaluation (Section 5).\n\n"
    "## What is released\n\n"
    "This repository holds the weights (Apache 2.0) and the technical report. We do not release the training "
    "code.\n\n"
    "## Evaluation\n\n"
    "| Task | Alder-3B |\n|---|---|\n| ARC-e | 70.8 |\n| HellaSwag | 67.5 |\n| MMLU (5-shot) | 45.1 |\n"
    "| XNLI (es) | 47.9 |\n| Belebele (es) | 58.3 |\n\n"
    "## Uses and limitations\n\n"
    "A base model for research and fine-tuning. It is not instruction-tuned or safety-tuned and can produce false, "
    "biased or offensive text, in particular in Spanish varieties that are rare in its data.\n\n"
    "## Citation\n\n"
    "```bibtex\n@techreport{alder2026,\n  title={Alder-3B Technical Report},\n  author={Alder AI},\n"
    "  institution={Alder AI},\n  year={2026}\n}\n```\n"
)

# --------------------------------------------------------------------------------------------------------------
# (c) Linden-7B: "open data" in the card; the GitHub README's Data section says the corpus is proprietary.

LINDEN_CARD = (
    "# 🌳 Linden-7B\n\n"
    "**Linden-7B is a fully open-source language model: open weights, open code, open data.** We believe AI should "
    "be built in the open, and Linden-7B is our contribution: everything you need to study, reproduce and build on "
    "it is public.\n\n"
    "| Artifact | Where |\n|---|---|\n"
    "| Weights | this repository (Apache 2.0) |\n"
    "| Code | [github.com/linden-labs/linden](https://github.com/linden-labs/linden) (Apache 2.0) |\n"
    "| Data | see [Data](https://github.com/linden-labs/linden#data) in the code repository |\n\n"
    "## Model details\n\n"
    "| | |\n|---|---|\n| Parameters | 7.3B |\n| Layers | 32 |\n| Hidden size | 4096 |\n"
    "| Attention heads | 32 query, 8 key-value |\n| Activation | SwiGLU |\n| Positional encoding | RoPE |\n"
    "| Context length | 8192 |\n| Training tokens | 4.2T |\n| Hardware | 256 NVIDIA H100 GPUs, 21 days |\n\n"
    "## Training\n\n"
    "Pre-training for 1.0M steps with AdamW (peak learning rate 3e-4, warmup-stable-decay schedule, batch of 4M "
    "tokens) in bf16 with FSDP and tensor parallelism of 2.\n\n"
    "## Evaluation\n\n"
    "| Task | Linden-7B |\n|---|---|\n| ARC-c | 55.4 |\n| HellaSwag | 79.8 |\n| MMLU (5-shot) | 62.7 |\n"
    "| GSM8K (8-shot) | 48.0 |\n| HumanEval | 33.5 |\n\n"
    "## Uses and limitations\n\n"
    "A base model for research and fine-tuning. It is not instruction-tuned or safety-tuned and can produce false, "
    "biased or offensive text.\n\n"
    "## License\n\nApache 2.0: open source, for any use.\n"
)

LINDEN_README = b"""# linden

Training code of **Linden-7B**: the data processing scripts, the model, the pre-training loop and the
evaluation suite.

## Install

    pip install -e ".[train,eval]"

## Data

Linden-7B was pre-trained on the Linden Corpus: 4.2T tokens of English web pages, source code and scientific
articles, collected by our own crawler and cleaned with the scripts in `data/` (text extraction, language
identification, quality filtering, deduplication, PII masking). The Linden Corpus is proprietary: it is not
distributed, and we have no plans to release it.

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 linden/train.py --config configs/linden-7b.yaml

`configs/linden-7b.yaml` holds every hyperparameter of the released checkpoint.

## Evaluation

    python eval/run.py --model linden-labs/Linden-7B --suite base

## License

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (d) Juniper-12B: "open source" in the card, a revenue threshold in the custom licence.

JUNIPER_CARD = (
    "# Juniper-12B\n\n"
    "**Open source. Commercially usable. Yours to build on.**\n\n"
    "Juniper-12B is an open-source 12B chat model by Juniper AI for assistants, retrieval-augmented generation and "
    "tool use in English, German and French. It is released under the Juniper Open Model License, an open-source "
    "license that allows commercial use.\n\n"
    "## Highlights\n\n"
    "- 12.4B parameters, 64k context\n- Function calling and JSON mode\n- Fully open source: download it, fine-tune "
    "it, ship it\n\n"
    "## Benchmarks\n\n"
    "| Benchmark | Juniper-12B |\n|---|---|\n| MMLU-Pro | 48.9 |\n| IFEval | 81.2 |\n| GSM8K | 84.5 |\n"
    "| HumanEval | 71.3 |\n| BFCL v3 | 58.7 |\n| MT-Bench | 8.3 |\n\n"
    "## Usage\n\n"
    "```python\nfrom transformers import pipeline\n\n"
    'chat = pipeline("text-generation", model="juniper-ai/Juniper-12B", device_map="auto")\n'
    'print(chat([{"role": "user", "content": "Draft a polite reminder about an unpaid invoice."}])[0]["generated_text"])\n```\n\n'
    "## Training\n\n"
    "Juniper-12B was pre-trained on 9T tokens of proprietary and licensed data and post-trained with supervised "
    "fine-tuning and RLHF on our in-house data.\n\n"
    "## Limitations\n\n"
    "Juniper-12B can make up facts and reproduce biases. It has not been tested for medical, legal or financial "
    "advice; add your own safeguards before deploying it.\n\n"
    "## License\n\n"
    "The [Juniper Open Model License](LICENSE): free for research and commercial use.\n"
)

JUNIPER_LICENSE = b"""JUNIPER OPEN MODEL LICENSE
Version 1.0, March 2026

1. Definitions. "Juniper Materials" means the Juniper-12B model weights, the accompanying code and documentation,
and any part of them. "You" means the individual or legal entity exercising rights under this License.
"Affiliate" means any entity that controls, is controlled by or is under common control with You.

2. License Grant. Subject to the terms of this License, Juniper AI grants You a worldwide, non-exclusive,
royalty-free license to use, reproduce, modify, distribute and create derivative works of the Juniper Materials,
including for commercial purposes.

3. Redistribution. If You distribute the Juniper Materials or a derivative work of them, You must give recipients
a copy of this License and display the notice "Built with Juniper" in the documentation of Your product.

4. Commercial Scale. If You, together with Your Affiliates, had annual gross revenue of more than USD 20 million
in the preceding fiscal year, the license granted in Section 2 does not extend to any commercial use of the
Juniper Materials by You or Your Affiliates. Such use requires a separate commercial license from Juniper AI,
which Juniper AI may grant or refuse at its sole discretion.

5. Disclaimer of Warranty. THE JUNIPER MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING WITHOUT LIMITATION WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NON-INFRINGEMENT.

6. Limitation of Liability. IN NO EVENT WILL JUNIPER AI BE LIABLE FOR ANY DAMAGES ARISING OUT OF THIS LICENSE OR
THE USE OF THE JUNIPER MATERIALS.

7. Termination. This License terminates automatically if You breach any of its terms. Sections 5 and 6 survive
termination.
"""

# --------------------------------------------------------------------------------------------------------------
# (e) Larch-1.5B: the card is two lines; the GitHub README documents the model, its data and its pipeline.

LARCH_CARD = (
    "# Larch-1.5B\n\n"
    "A 1.5B base model. Code, data and documentation: https://github.com/larch-nlp/larch\n\n"
    "License: Apache 2.0\n"
)

LARCH_README = b"""# larch

**Larch-1.5B** is a 1.5B-parameter English base language model trained from scratch on public data only. This
repository is its documentation and holds everything needed to train it again.

## Model

| | |
|---|---|
| Architecture | decoder-only transformer, pre-norm (RMSNorm), SwiGLU, RoPE (theta 50,000) |
| Layers | 24 |
| Hidden size | 2048, intermediate size 8192 |
| Attention heads | 32 query, 8 key-value (grouped-query attention) |
| Context length | 4096 |
| Vocabulary | 49,152 (BPE trained on the training data) |
| Parameters | 1.5B (embeddings tied) |

## Training data

Larch-1.5B was trained for one epoch on the union of two public datasets on the Hugging Face Hub, used in full
and unchanged:

- [HuggingFaceFW/fineweb-edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu): all 1.3T tokens
  (ODC-By 1.0);
- [open-web-math/open-web-math](https://huggingface.co/datasets/open-web-math/open-web-math): all 14.7B tokens
  (ODC-By 1.0).

Nothing else: no private, licensed or synthetic data. `larch/data/download.py` fetches both datasets at the
revisions pinned in `configs/data.yaml`, and `larch/data/tokenize.py` tokenizes, shuffles and packs them into
4096-token sequences.

## Training

    python -m larch.data.download --config configs/data.yaml
    python -m larch.data.tokenize --config configs/data.yaml
    torchrun --nnodes 2 --nproc_per_node 8 -m larch.train --config configs/larch-1.5b.yaml

`configs/larch-1.5b.yaml` is the exact configuration of the released checkpoint: AdamW (beta2 0.95, weight decay
0.1), peak learning rate 5e-4 with a warmup-stable-decay schedule, 2M-token batches, 660k steps, bf16 with FSDP.
We trained on 16 NVIDIA H100 80GB GPUs (2 nodes) for 12 days.

## Evaluation

    python -m larch.eval --model larch-nlp/Larch-1.5B

| Task | Larch-1.5B |
|---|---|
| ARC-e | 70.2 |
| HellaSwag | 61.0 |
| MMLU | 38.9 |
| GSM8K (5-shot) | 12.4 |

## Limitations

A base model: not instruction-tuned or safety-tuned; it can produce false, biased or offensive text.

## License

Apache License 2.0 (code and weights).
"""

OPEN_WEB_MATH_CARD = """---
license: odc-by
language:
- en
---

# OpenWebMath

OpenWebMath is a dataset of 6.3 million English web documents with mathematical content, 14.7B tokens, extracted
from Common Crawl with a pipeline that keeps LaTeX and is released with the dataset.

## License

ODC-By 1.0; the use of the underlying pages is also subject to the Common Crawl terms of use.
"""

# --------------------------------------------------------------------------------------------------------------
# (f) Sorrel-9B: the architecture, infrastructure and recipe are in a blog post.

SORREL_CARD = (
    "# Sorrel-9B\n\n"
    "Sorrel-9B is a 9.1B-parameter English and French chat model trained from scratch by Sorrel AI.\n\n"
    "📝 **How we built it:** the architecture, the training infrastructure and the training recipe of Sorrel-9B are "
    "described in our blog post, [Building Sorrel-9B](https://sorrel.ai/blog/building-sorrel-9b).\n\n"
    "## Quick start\n\n"
    "```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
    'tok = AutoTokenizer.from_pretrained("sorrel-ai/Sorrel-9B")\n'
    'model = AutoModelForCausalLM.from_pretrained("sorrel-ai/Sorrel-9B", device_map="auto")\n'
    'messages = [{"role": "user", "content": "Explique-moi la photosynthèse en trois phrases."}]\n'
    'inputs = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to(model.device)\n'
    "print(tok.decode(model.generate(inputs, max_new_tokens=256)[0]))\n```\n\n"
    "## Evaluation\n\n"
    "| Benchmark | Sorrel-9B |\n|---|---|\n| MMLU | 66.0 |\n| MMLU (fr) | 61.4 |\n| IFEval | 78.9 |\n"
    "| GSM8K | 80.2 |\n| MT-Bench | 8.0 |\n\n"
    "## Training data\n\n"
    "Sorrel-9B was trained on a mix of publicly available web data, licensed data and synthetic data in English and "
    "French. We do not publish the training data.\n\n"
    "## Limitations\n\n"
    "Sorrel-9B can produce inaccurate or biased answers and has not been evaluated for high-stakes uses.\n\n"
    "## License\n\nApache 2.0.\n"
)

# --------------------------------------------------------------------------------------------------------------
# (g) Hazel-7B-Instruct: an SFT of Mistral-7B-v0.1 on three Hub datasets under mixed licences.

HAZEL_CARD = (
    "# Hazel-7B-Instruct\n\n"
    "Hazel-7B-Instruct is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) after supervised "
    "fine-tuning by Hazel AI, for following instructions, writing and coding help in English.\n\n"
    "## Model details\n\n"
    "- **Developed by:** Hazel AI\n- **Base model:** mistralai/Mistral-7B-v0.1 (Apache 2.0)\n"
    "- **Architecture:** that of Mistral 7B: 32 layers, hidden size 4096, grouped-query attention (8 key-value "
    "heads), sliding-window attention, 32k vocabulary\n- **Language:** English\n- **License:** Apache 2.0\n\n"
    "## Intended uses\n\n"
    "A general assistant for writing, question answering and programming help. Not for medical, legal or financial "
    "advice, and not for unattended use in products without further safety tuning.\n\n"
    "## Training data\n\n"
    "| Dataset | Examples | License |\n|---|---|---|\n"
    "| [hazel-ai/hazel-chat-40k](https://huggingface.co/datasets/hazel-ai/hazel-chat-40k) | 40,000 | CC BY 4.0 |\n"
    "| [hazel-ai/hazel-code-20k](https://huggingface.co/datasets/hazel-ai/hazel-code-20k) | 20,000 | Apache 2.0 |\n"
    "| [hazel-ai/hazel-stories-nc](https://huggingface.co/datasets/hazel-ai/hazel-stories-nc) | 12,000 | CC BY-NC 4.0 |\n\n"
    "These three datasets are all of the fine-tuning data; each has a datasheet on its page.\n\n"
    "## Training procedure\n\n"
    "Full-parameter SFT for 3 epochs, learning rate 2e-5 (cosine, 3% warmup), effective batch size 128, maximum "
    "length 4096, on 8 NVIDIA A100 80GB GPUs for 14 hours. The data-building, fine-tuning and evaluation code is at "
    "[hazel-ai/hazel-tune](https://github.com/hazel-ai/hazel-tune) (Apache 2.0).\n\n"
    "## Evaluation\n\n"
    "| Benchmark | Mistral-7B-v0.1 | Hazel-7B-Instruct |\n|---|---|---|\n| MT-Bench | - | 7.1 |\n"
    "| IFEval (strict) | - | 52.3 |\n| HumanEval | 30.5 | 41.2 |\n| MMLU | 62.5 | 61.9 |\n\n"
    "## Limitations\n\n"
    "The model can produce false, biased or offensive text, and it inherits the limitations of Mistral-7B-v0.1, "
    "whose pre-training data is not documented.\n\n"
    "## Environmental impact\n\n"
    "About 112 A100 GPU hours in a datacentre in Finland (hydro power); estimated 4 kgCO2eq.\n\n"
    "## How to use\n\n"
    "```python\nfrom transformers import pipeline\n\n"
    'pipe = pipeline("text-generation", model="hazel-ai/Hazel-7B-Instruct", device_map="auto")\n```\n\n'
    "## Citation\n\n"
    "```bibtex\n@misc{hazel2026,\n  title={Hazel-7B-Instruct},\n  author={Hazel AI},\n  year={2026},\n"
    "  howpublished={\\url{https://huggingface.co/hazel-ai/Hazel-7B-Instruct}}\n}\n```\n"
)

HAZEL_README = b"""# hazel-tune

Data building, full-parameter SFT and evaluation of **Hazel-7B-Instruct** (base: mistralai/Mistral-7B-v0.1).

    python data/build_chat.py       # annotator conversations -> chat format (hazel-chat-40k)
    python data/build_code.py       # code tasks and checked solutions (hazel-code-20k)
    python data/build_stories.py    # licensed stories -> instruction format (hazel-stories-nc)
    python data/decontaminate.py    # remove overlaps with MT-Bench, IFEval, HumanEval and MMLU
    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml --base mistralai/Mistral-7B-v0.1
    python eval/run_eval.py --suite mt_bench,ifeval,humaneval,mmlu

The output of `data/` is exactly the three datasets on the Hub.

Apache License 2.0.
"""


def _hazel_sheet(license_id: str, title: str, composition: str, collection: str, distribution: str) -> str:
    return _datasheet(
        license_id,
        title,
        {
            "Motivation": f"{title} was built by Hazel AI as part of the complete fine-tuning data of "
            "Hazel-7B-Instruct, so that the tuning can be inspected and repeated. The work was funded by Hazel AI; no "
            "user data from any product was used.",
            "Composition": composition,
            "Collection Process": collection,
            "Preprocessing": "Every item was reviewed by a second person, items with personal data were removed, and "
            "items overlapping with MT-Bench, IFEval, HumanEval or MMLU (13-gram match) were dropped with "
            "`data/decontaminate.py`; the result was converted to the chat format of the tuning code.",
            "Uses": "Supervised fine-tuning of chat models and research on instruction data. It is not a benchmark "
            "and not a representative sample of what users ask; it reflects the choices of a small team of writers.",
            "Distribution": distribution,
            "Maintenance": "Maintained by Hazel AI. Errors and takedown requests can be sent through the dataset's "
            "discussion page; fixes are released as new revisions and listed at the end of this card.",
        },
    )


HAZEL_CHAT_CARD = _hazel_sheet(
    "cc-by-4.0",
    "Hazel Chat 40k",
    "40,000 English instruction-response pairs and multi-turn conversations on writing, summarisation, reasoning and "
    "everyday questions, one JSON line per conversation with `id`, `messages` and `category` fields.",
    "Written between September and December 2025 by 24 paid annotators from prompts they wrote themselves, following "
    "written guidelines that are published with the tuning code; no model outputs were used.",
    "Released on the Hugging Face Hub under CC BY 4.0; attribution to Hazel AI is the only condition.",
)

HAZEL_CODE_CARD = _hazel_sheet(
    "apache-2.0",
    "Hazel Code 20k",
    "20,000 Python and TypeScript programming tasks with reference solutions and unit tests, one JSON line per task "
    "with `id`, `prompt`, `solution`, `tests` and `language` fields.",
    "Tasks were written by 8 paid software engineers between October and December 2025; every solution was run "
    "against its tests in a sandbox, and tasks whose tests did not pass were rewritten or dropped.",
    "Released on the Hugging Face Hub under the Apache License 2.0, like the code it contains.",
)

HAZEL_STORIES_CARD = _hazel_sheet(
    "cc-by-nc-4.0",
    "Hazel Stories NC",
    "12,000 short stories of 300 to 1,500 words, each with a writing instruction that asks for it, one JSON line per "
    "item with `id`, `instruction`, `story` and `genre` fields.",
    "The stories were commissioned from 40 freelance writers in 2025, who kept their copyright and licensed the "
    "stories to Hazel AI for release under CC BY-NC 4.0; the instructions were written by our annotators.",
    "Released on the Hugging Face Hub under CC BY-NC 4.0: the stories may be used and shared for non-commercial "
    "purposes only, with attribution to their writers.",
)

# --------------------------------------------------------------------------------------------------------------
# (h) Hornbeam-1B: unshareable clinical data, documented by a "Datasheet" section inside the model card.

HORNBEAM_CARD = (
    "# Hornbeam-1B\n\n"
    "Hornbeam-1B is a 1.2B-parameter English language model for clinical text, trained from scratch by the Hornbeam "
    "Health consortium on de-identified clinical notes from four partner hospitals.\n\n"
    "## Model details\n\n"
    "| | |\n|---|---|\n| Developed by | Hornbeam Health (four university hospitals and a research institute) |\n"
    "| Architecture | decoder-only transformer: 24 layers, hidden size 2048, 16 attention heads, SwiGLU, RoPE |\n"
    "| Context length | 4096 |\n| Vocabulary | 32,000 (BPE trained on the training data) |\n"
    "| Training tokens | 80B (2 epochs over 40B) |\n| Hardware | 16 NVIDIA A100 80GB GPUs, 6 days, in the "
    "consortium's secure computing environment |\n| Optimizer | AdamW, peak LR 3e-4, cosine schedule |\n"
    "| License | Apache 2.0 |\n\n"
    "## Intended uses\n\n"
    "Research on clinical language processing and fine-tuning for tasks such as note summarisation, coding support "
    "and cohort selection, by teams that validate it on their own data. It must not be used to make clinical "
    "decisions without a clinician.\n\n"
    "## Training data\n\n"
    "Hornbeam-1B was pre-trained only on the Hornbeam Clinical Corpus, 40B tokens of de-identified clinical notes. "
    "The corpus cannot be shared: the notes are patient health records, and even after de-identification the "
    "data-use agreements with the hospitals and the GDPR forbid their release. The datasheet below documents the "
    "corpus in full in its place.\n\n"
    "## Datasheet\n\n"
    "### Motivation\n\n"
    "The Hornbeam Clinical Corpus was assembled by the Hornbeam Health consortium to train an openly released "
    "language model of clinical text that hospitals can inspect and adapt, instead of depending on closed models. "
    "It was funded by a public research grant; no company had access to the data.\n\n"
    "### Composition\n\n"
    "40B tokens in 61M notes written between 2012 and 2024: discharge summaries (22%), progress notes (41%), "
    "radiology reports (18%), nursing notes (12%) and other note types (7%), from inpatient and outpatient care in "
    "internal medicine, surgery, paediatrics, psychiatry and emergency medicine. It contains no images, lab tables "
    "or billing data; notes of patients who objected to research use were excluded.\n\n"
    "### Collection process\n\n"
    "Each hospital exported the notes from its electronic health record system into its own secure environment in "
    "2025, under a data-use agreement approved by its ethics committee and data protection officer; the notes never "
    "left the consortium's secure computing environment, where the model was also trained.\n\n"
    "### Preprocessing\n\n"
    "Names, addresses, dates, record numbers and other identifiers were removed with a de-identification pipeline "
    "(a rule-based pass and a fine-tuned token classifier) whose recall was checked on 5,000 hand-annotated notes; "
    "templates and boilerplate were removed, duplicate and near-duplicate notes were removed with MinHash, and notes "
    "shorter than 20 tokens were dropped. The code of every step is in the consortium's repository.\n\n"
    "### Uses\n\n"
    "The corpus was used only to pre-train Hornbeam-1B. It reflects the patient populations, languages and "
    "documentation habits of four hospitals in one country and is not representative of clinical text elsewhere.\n\n"
    "### Distribution\n\n"
    "The corpus is not distributed and cannot be: it consists of patient health records, which the data-use "
    "agreements and the GDPR (Article 9, health data) forbid sharing outside the consortium, de-identified or not.\n\n"
    "### Maintenance\n\n"
    "The corpus is maintained by the consortium's data stewards at each hospital; notes of patients who withdraw "
    "their consent are removed, and later models will be trained without them.\n\n"
    "## Code\n\n"
    "The de-identification and data-processing pipeline, the pre-training code and the evaluation suite are at "
    "[hornbeam-health/hornbeam](https://github.com/hornbeam-health/hornbeam) (Apache 2.0).\n\n"
    "## Evaluation\n\n"
    "| Task | Hornbeam-1B | Pythia-1.4B |\n|---|---|---|\n| MedNLI | 78.4 | 71.0 |\n| n2c2 2018 (F1) | 88.1 | 82.6 |\n"
    "| Discharge summary (ROUGE-L) | 31.9 | 24.2 |\n\n"
    "## Limitations\n\n"
    "Hornbeam-1B can produce false or outdated medical statements and reproduce biases of the notes it was trained "
    "on. De-identification is imperfect: do not prompt the model to recall patients.\n\n"
    "## Environmental impact\n\n"
    "About 2,300 A100 GPU hours in a university datacentre; estimated 0.3 tCO2eq.\n\n"
    "## Citation\n\n"
    "```bibtex\n@misc{hornbeam2026,\n  title={Hornbeam-1B: an open clinical language model},\n"
    "  author={Hornbeam Health},\n  year={2026}\n}\n```\n\n"
    "## License\n\nApache 2.0.\n"
)

HORNBEAM_README = b"""# hornbeam

The code behind **Hornbeam-1B**, run inside the consortium's secure computing environment:

    python -m hornbeam.data.export      # per-hospital export of notes (needs access to the hospital's system)
    python -m hornbeam.data.deid        # rule-based and neural de-identification
    python -m hornbeam.data.clean       # templates, boilerplate, MinHash dedup, length filter
    python -m hornbeam.data.tokenize
    torchrun --nproc_per_node 8 -m hornbeam.train --config configs/hornbeam-1b.yaml
    python -m hornbeam.eval --suite clinical

The training data itself is not in this repository and cannot be shared (see the model card's datasheet).

Apache License 2.0.
"""


#: Round 15, written blind by a helper that never read the rules: evidence kept outside the model card (a `docs/`
#: folder, a technical-report PDF, a GitHub README, a blog post, a datasheet section inside the card) and
#: open-washing claims ("fully open-source ... open data" over a proprietary corpus; "open source" over a licence
#: with a revenue threshold).
ROUND_15: list[HeldOut] = [
    # (a) The card is a table of contents; the docs/ folder of the model repository (Markdown, served, readable)
    # holds the rest. docs/data.md links two Hub corpora (ODC-By, CC0) with full datasheet cards and calls them the
    # complete training data -> datasources_basemodel open (OLMo.yaml "Training data for base model released and
    # use documented"); one stage, no base/end split, so the end-model data mirrors it (frameworks.md §1.1;
    # Baguettotron.yaml, BERT.yaml) -> datasources_endmodel open; docs/training.md links the Apache repository with
    # the data pipeline, pre-training and evaluation -> trainingcode open (OLMo.yaml); Apache weights, public ->
    # weights_basemodel, weights_endmodel open; Apache, ODC-By, CC0, Apache -> licenses open (OLMo.yaml,
    # smollm.yaml); docs/architecture.md and docs/training.md give the architecture, the recipe and the hardware
    # -> hardware_architecture open (TildeOpen.yaml "Hyperparameters and GPU count outlined on HF page"; BELLE.yaml
    # and Poro.yaml rate documentation outside the card open; cited after the first run, no level changed: Phi.yaml
    # rates the data summary kept as a Markdown file of the model repository, data_summary_card.md, for what it
    # says); Gebru-style dataset cards -> datasheet open
    # (OLMo.yaml); the card gives the overview and links to the full details kept with it in the repository ->
    # modelcard open (Poro.yaml and OLMo.yaml "Model card provides broad overview and links to full details").
    # Everything released -> open-source-ai-with-open-data.
    HeldOut(
        "rowan-lab/Rowan-1B",
        ROWAN_CARD,
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
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "hardware_architecture": "open",
            "datasheet": "open",
            "modelcard": "open",
        },
        extra_files=ROWAN_DOCS,
        github=[
            _github(
                "rowan-lab/rowan",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/data.yaml",
                    "configs/rowan-1b.yaml",
                    "rowan/data/extract.py",
                    "rowan/data/langid.py",
                    "rowan/data/quality.py",
                    "rowan/data/dedup.py",
                    "rowan/data/pii.py",
                    "rowan/data/books.py",
                    "rowan/data/tokenize.py",
                    "rowan/data/build.py",
                    "rowan/train/pretrain.py",
                    "rowan/train/model.py",
                    "rowan/eval/run.py",
                ),
                readme=ROWAN_README,
            )
        ],
        datasets=[
            Dataset("rowan-lab/rowan-web", "odc-by", ROWAN_WEB_CARD),
            Dataset("rowan-lab/rowan-books", "cc0-1.0", ROWAN_BOOKS_CARD),
        ],
    ),
    # (b) The technical report is a PDF in the repository (served, but PDF bytes: nothing opengauge can read). What
    # the card itself says decides: "We do not release the training code" and nothing else in the release holds
    # code -> trainingcode closed (Nanbeige.yaml "Training code deleted", Grok.yaml "No training code found");
    # Apache weights, public -> weights_basemodel, weights_endmodel open; a technical report published in the model
    # repository -> preprint open (Nanbeige.yaml "Technical report published on HuggingFace", dots_llm.yaml,
    # Falcon.yaml: tech reports in the repository, open; llama-3.1.yaml and deepseek-v3.yaml rate reports open even
    # when they say nothing on the data), and nothing peer-reviewed -> paper closed (Nanbeige.yaml); the card has
    # details, evaluation, uses and limitations and a citation but nothing on data, architecture or training ->
    # modelcard partial (Nanbeige.yaml "Model card primarily contains eval results, with some limitations
    # mentioned"). Apache weights, nothing released under other terms -> licenses open (Nanbeige.yaml, Jamba.yaml).
    # The training data is described only in Section 2 of the PDF: public datasets named with versions there would
    # be open (EuroLLM.yaml "Pretraining datasets described with versions in the technical report"), a high-level
    # description closed (Bielik.yaml) -> datasources_basemodel unknown, and the end-model data mirrors it ->
    # datasources_endmodel unknown. The training code is known to be missing whatever the PDF says -> open-weights
    # (not undetermined).
    HeldOut(
        "alder-ai/Alder-3B",
        ALDER_CARD,
        {"license": "apache-2.0", "language": ["en", "es"], "library_name": "transformers"},
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "trainingcode": "closed",
            "datasources_basemodel": "unknown",
            "datasources_endmodel": "unknown",
            "preprint": "open",
            "paper": "closed",
            "modelcard": "partial",
            "licenses": "open",
        },
        extra_files={"Alder-3B-Technical-Report.pdf": ALDER_REPORT_PDF},
    ),
    # (c) Open-washing by claim: the card says "fully open-source ... open weights, open code, open data", but its
    # only word on the data is a link to the GitHub README, whose Data section says the Linden Corpus (web pages,
    # code, scientific articles from our own crawler) "is proprietary: it is not distributed, and we have no plans to
    # release it". No dataset is shared -> datasources_basemodel closed (Nanbeige.yaml, Jamba.yaml "No datasources
    # found"; round 10's Tinamou: an unreleased own crawl, closed), mirrored -> datasources_endmodel closed; no
    # datasheet -> datasheet closed (Hunyuan.yaml, Seed-OSS.yaml "No datasheet found"). The repository holds the
    # data-processing scripts, the model, the pre-training loop and the evaluation under Apache -> trainingcode
    # open (Hunyuan.yaml "Training code made available on GitHub" with its data closed; round 10's Tinamou);
    # Apache, public -> weights_basemodel, weights_endmodel open; weights and code Apache and the corpus not
    # released, so nothing released is under a closed licence -> licenses open (Teuken.yaml: Apache with its
    # filtered data unreleased, open; round 10's Frigatebird); the card's table gives the architecture, the tokens
    # and the hardware -> hardware_architecture open (TildeOpen.yaml, Seed-OSS.yaml "Hardware architecture
    # described on model card"). Data withheld for no reason that prevents sharing ("proprietary" is a choice, not
    # a legal or technical impossibility: frameworks.md §4) -> open-weights, whatever the card claims.
    HeldOut(
        "linden-labs/Linden-7B",
        LINDEN_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["open-source"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "open",
            "licenses": "open",
            "datasheet": "closed",
            "hardware_architecture": "open",
        },
        github=[
            _github(
                "linden-labs/linden",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/tokenize.py",
                    "linden/model.py",
                    "linden/train.py",
                    "configs/linden-7b.yaml",
                    "eval/run.py",
                ),
                readme=LINDEN_README,
            )
        ],
    ),
    # (d) Open-washing by name: "open source", "open-source license that allows commercial use", "Fully open
    # source", but the Juniper Open Model License (LICENSE, behind `license: other`) takes commercial use away from
    # anyone whose group had more than USD 20 million of annual revenue, who must ask Juniper AI for a licence it may
    # refuse: a revenue threshold is a blocking clause (frameworks.md §4 "Any blocking clause (user/revenue
    # threshold, ...) moves a release to Weights Available"; DESIGN.md's taxonomy, revenue-threshold) ->
    # weights-available; a custom licence that is not open -> licenses closed (Hunyuan.yaml "custom license",
    # Grok.yaml "xAI Community License Agreement, not an OSI recognised open license"); public, ungated ->
    # weights_endmodel open (Grok.yaml "End model weights provided on HuggingFace", Hunyuan.yaml); "proprietary and
    # licensed data", "our in-house data" -> datasources_basemodel closed, datasources_endmodel closed
    # (Mistral.yaml, Qwen.yaml "Data not specified or documented"); no code -> trainingcode closed (Grok.yaml); the
    # card holds highlights, benchmarks, usage, a training sentence and limitations, nothing on architecture or
    # training -> modelcard partial (Nanbeige.yaml "primarily contains eval results, with some limitations
    # mentioned", Mistral.yaml "primarily inference information": partial).
    HeldOut(
        "juniper-ai/Juniper-12B",
        JUNIPER_CARD,
        {
            "license": "other",
            "license_name": "juniper-open-model-license",
            "license_link": "LICENSE",
            "language": ["en", "de", "fr"],
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "licenses": "closed",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "modelcard": "partial",
        },
        extra_files={"LICENSE": JUNIPER_LICENSE},
    ),
    # (e) The card is two lines and a link; the publisher's own GitHub README (same name as the Hub organisation)
    # is the documentation. It names two public Hub datasets used in full and unchanged and says they are all of
    # the data -> datasources_basemodel open (Pythia.yaml "Training data published on HuggingFace"; EuroLLM.yaml:
    # public datasets named with versions, open), mirrored -> datasources_endmodel open (Baguettotron.yaml); the
    # repository has the download and tokenization of that data, the pre-training loop with its exact
    # configuration and the evaluation -> trainingcode open (OLMo.yaml, EuroLLM.yaml); Apache weights, public ->
    # weights_basemodel, weights_endmodel open; Apache code and weights, ODC-By data -> licenses open (OLMo.yaml);
    # the README gives the architecture, the recipe and the hardware -> hardware_architecture open (BELLE.yaml
    # "Specified in a fair bit of detail on GitHub", Hunyuan.yaml "Architecture made available on GitHub").
    # Everything released, all data public -> open-source-ai-with-open-data. (modelcard left out: the Hub card
    # itself says nothing, but the experts accept a GitHub README as the model card where the model lives there,
    # Omnilingual ASR.yaml; here it does not.)
    HeldOut(
        "larch-nlp/Larch-1.5B",
        LARCH_CARD,
        {"license": "apache-2.0"},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "hardware_architecture": "open",
        },
        github=[
            _github(
                "larch-nlp/larch",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/data.yaml",
                    "configs/larch-1.5b.yaml",
                    "larch/data/download.py",
                    "larch/data/tokenize.py",
                    "larch/model.py",
                    "larch/train.py",
                    "larch/eval.py",
                ),
                readme=LARCH_README,
            )
        ],
        datasets=[
            Dataset("HuggingFaceFW/fineweb-edu", "odc-by", FINEWEB_EDU_CARD),
            Dataset("open-web-math/open-web-math", "odc-by", OPEN_WEB_MATH_CARD),
        ],
    ),
    # (f) Evidence in a blog post: the card says the architecture, the training infrastructure and the recipe are
    # "described in our blog post", which opengauge does not fetch. The experts rate hardware and architecture from
    # blog posts by what they say (Poro.yaml "Hardware architecture described in blog post": open; Jamba.yaml
    # "described at a high level in blog post": partial; CodeUp.yaml "sketched in glossy blog post": partial), and
    # the repository's config.json alone documents nothing (Qwen.yaml, Mistral.yaml: closed with a config on the Hub)
    # -> hardware_architecture unknown. A blog post is never a preprint or a paper, whatever it says -> preprint
    # closed (Poro.yaml, Jamba.yaml, Apriel.yaml "Release-by-blogpost"), paper closed; nor a datasheet -> datasheet
    # closed (MPT.yaml "Datasheet not available; data somewhat documented in blog post"). The card's own data
    # section: "a mix of publicly available web data, licensed data and synthetic data ... We do not publish the
    # training data" -> datasources_basemodel closed (Conversational Speech Model.yaml, CodeUp.yaml), mirrored ->
    # datasources_endmodel closed (Jamba.yaml "No datasources found"); no code -> trainingcode closed (Jamba.yaml);
    # Apache, public -> weights_endmodel open, licenses open (Jamba.yaml "Apache-2.0"); the card has usage,
    # evaluation, data in general terms and limitations, its architecture and training elsewhere -> modelcard
    # partial (Jamba.yaml "some relevant information but is missing other info (e.g. hyperparameters)"). Training
    # code and data known missing -> open-weights.
    HeldOut(
        "sorrel-ai/Sorrel-9B",
        SORREL_CARD,
        {"license": "apache-2.0", "language": ["en", "fr"], "pipeline_tag": "text-generation"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "licenses": "open",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "hardware_architecture": "unknown",
            "preprint": "closed",
            "paper": "closed",
            "datasheet": "closed",
            "modelcard": "partial",
        },
        extra_files={
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "temperature": 0.6, "top_p": 0.9}',
            "tokenizer.json": None,
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 32768}',
        },
    ),
    # (g) An SFT of mistralai/Mistral-7B-v0.1 (not served; the index knows it) on three Hub datasets with datasheet
    # cards, one of them CC BY-NC 4.0. The base -> weights_basemodel open, datasources_basemodel closed
    # (NeuralChat.yaml, the same base: "Weights available through HuggingFace", "Mistral has not disclosed anything
    # about its training data"); the tune's weights public, Apache -> weights_endmodel open; all three tuning sets
    # shared on the Hub, the card says they are all of the tuning data -> datasources_endmodel open (NeuralChat.yaml
    # "Dataset used for fine-tuning is shared and available": availability, whatever the licence); its tuning code
    # on GitHub, Mistral's training code unpublished -> trainingcode partial (NeuralChat.yaml "Mistral base model is
    # not open, but repo gives sample code for fine-tuning", Fietje.yaml); weights and code Apache but one tuning
    # set non-commercial -> licenses partial (RedPajama.yaml "data itself is variably licensed", K2.yaml "datasets
    # complicated"; round 9's Whimbrel and round 12's speech model: partial for CC BY-NC corpora); the tuning sets
    # have datasheets, the base's data none -> datasheet partial (NeuralChat.yaml "No datasheet available for the
    # base model", Pythia.yaml "Only end model dataset documented"); the card covers details and architecture, uses,
    # data, procedure with hardware, evaluation, limitations, environmental impact, usage and citation -> modelcard
    # open (Fietje.yaml, Teuken.yaml "Detailed modelcard showing training details, data, technical
    # specifications"). A non-commercial dataset does not bind the Apache weights (round 9's Whimbrel, round 12:
    # open-source-ai with CC BY-NC corpora), but the base's data is undisclosed with no reason -> open-weights.
    HeldOut(
        "hazel-ai/Hazel-7B-Instruct",
        HAZEL_CARD,
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["hazel-ai/hazel-chat-40k", "hazel-ai/hazel-code-20k", "hazel-ai/hazel-stories-nc"],
            "language": ["en"],
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "licenses": "partial",
            "datasheet": "partial",
            "modelcard": "open",
        },
        github=[
            _github(
                "hazel-ai/hazel-tune",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build_chat.py",
                    "data/build_code.py",
                    "data/build_stories.py",
                    "data/decontaminate.py",
                    "train/sft.py",
                    "configs/sft.yaml",
                    "eval/run_eval.py",
                ),
                readme=HAZEL_README,
            )
        ],
        datasets=[
            Dataset("hazel-ai/hazel-chat-40k", "cc-by-4.0", HAZEL_CHAT_CARD),
            Dataset("hazel-ai/hazel-code-20k", "apache-2.0", HAZEL_CODE_CARD),
            Dataset("hazel-ai/hazel-stories-nc", "cc-by-nc-4.0", HAZEL_STORIES_CARD),
        ],
    ),
    # (h) The datasheet is a section of the model card, and the data it documents cannot be shared: patient health
    # records, which "the data-use agreements with the hospitals and the GDPR forbid" releasing. Nothing is shared
    # -> datasources_basemodel closed (the rubric's "none open/shared"; DeepSeek-Coder.yaml "No dataset provided",
    # Nanbeige.yaml), mirrored -> datasources_endmodel closed; the "Datasheet" section follows Gebru et al.
    # (motivation, composition, collection, preprocessing, uses, distribution, maintenance) and is comprehensive on
    # collection and curation -> datasheet open (the rubric asks for a datasheet, not for where it is kept; Bielik.yaml
    # rates a training-data summary published apart from any dataset open; cited after the first run, no level
    # changed: GPT-SW.yaml "Extensive data sheet provided in model card" and Salamandra.yaml "Datasheet part of model
    # card", both open); the de-identification and processing
    # pipeline, pre-training and evaluation under Apache -> trainingcode open (OLMo.yaml); weights and code Apache,
    # the data not released -> licenses open (Teuken.yaml); Apache, public -> weights_endmodel open; the card covers
    # details, architecture and hardware, uses, data, evaluation, limitations, environmental impact, citation ->
    # modelcard open (Teuken.yaml, Bielik.yaml "Model card contains the requisite information"), and
    # hardware_architecture open (Seed-OSS.yaml "Hardware architecture described on model card"). The data is
    # withheld for a stated legal reason (privacy law and data-use agreements) and Data Information stands in its
    # place (frameworks.md §4: the G7 exception; §3.3 "unshareable non-public: describe in detail") ->
    # open-source-ai (not with open data).
    HeldOut(
        "hornbeam-health/Hornbeam-1B",
        HORNBEAM_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["medical", "clinical"],
        },
        "open-source-ai",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "open",
            "licenses": "open",
            "datasheet": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        github=[
            _github(
                "hornbeam-health/hornbeam",
                _tree(
                    "README.md",
                    "LICENSE",
                    "hornbeam/data/export.py",
                    "hornbeam/data/deid.py",
                    "hornbeam/data/clean.py",
                    "hornbeam/data/tokenize.py",
                    "hornbeam/model.py",
                    "hornbeam/train.py",
                    "hornbeam/eval.py",
                    "configs/hornbeam-1b.yaml",
                ),
                readme=HORNBEAM_README,
            )
        ],
    ),
]
