# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 31 (`ROUND_31`, 8 releases, written blind by a helper that never read the rules or the
probes): documentation at the edge of each level. The OSAI documentation parameters (model card, datasheet, preprint,
paper, hardware and architecture, code documentation) are where automatic readers and the experts disagree most, so
each release sits on a boundary of one or two of them, written as real publishers write. Each release is served by the
loopback Hub (with the base models it names, all from this same round, and their datasets and GitHub repositories)
through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table and its "What `unknown` means, and what `closed`
means", and the expert files in `../shared/reference/osai-index/`, whose `notes` are cited beside each cell: Qwen,
Grok, Conversational Speech Model, BitNet, Apriel, Cogito, PixArt, Stable Beluga, Nanbeige, SynLogic, viking, YuLan,
minerva, MAGNeT, Geitje, NeuralChat, OpenChat, TangoFlux, WizardLM, Tulu, smollm, OLMo, CogView, Seed-OSS, llama-3.1,
llama-4, Fietje, Arabic StableLM, mT0, Falcon, Granite, dots_llm, Hunyuan, AMD Nitro Diffusion, Poro, RedPajama, Phi,
Bielik, Bria). Every model, company, dataset and repository is invented; no real base is used. The real tools
(transformers, vLLM, llama.cpp, Ollama, PyTorch FSDP) are named as themselves, without links.

Earlier rounds had documentation outside the card: a technical-report PDF in the repository beside "We do not release
the training code" (15, Alder-3B, whose paper stayed unknown), a card that is a table of contents over a `docs/` folder
of the model repository (15), a two-line card over a GitHub README (15) or a one-sentence card over one (20), a blog post
(15), a Markdown report and a `DATA.md` in the model repository (20), an Article 53(1)(d) summary of licensed music
that cannot be shared (19), a dataset card with structure and a loading snippet but no collection (13), two-sentence
datasheet sections (9, 12), a card of usage instructions written by a tool (30), a config.json with nothing on the card
(14, 30), a method's or a library's paper cited in BibTeX (14, 30), a placeholder arXiv id (28), a preprint and an ACL
paper (8). This round takes the documentation cells to their edges where those had not gone: a long hand-written card
that is only about usage; every template section present, each one vague sentence, beside a peer-reviewed paper; a
fully documented base corpus beside a tuning set whose card is a size table and a licence; the architecture in prose
with the hardware a GPU count, and the reverse, the hardware, energy and emissions in full with the architecture only
`config.json`; a preprint of the previous generation only; a PDF report whose scope the card states (not peer reviewed,
no data); documentation only in the linked GitHub repository; and the EU AI Act public summary filled in as vaguely as
its template allows.

The bases (served, invented):
- lenticular-ai/Lenticular-8B: the Lenticular Community License (a 120M monthly-active-user threshold, an acceptable-use
  policy incorporated by reference and updatable, derivatives kept under the agreement, "Built with Lenticular"),
  ungated; architecture in prose on its card; data and code not released (weights-available).
- stratus-lab/Stratus-3B: CC BY-NC 4.0, ungated; data and code not released (weights-available).
- virga-lm/Virga-1.3B: Apache 2.0, its one corpus on the Hub (ODC-By, a full datasheet card with known biases), its
  pipeline on GitHub (open-source-ai-with-open-data).

The releases:
- (a) pampero-dev/Lenticular-8B-Pampero-Chat: a long card of usage only (install, snippet, prompt format, system
  prompts, generation settings, tool calling, vLLM, llama.cpp, Ollama, examples, inference VRAM, FAQ) and a blog link,
  over Lenticular-8B, its LICENSE the Lenticular licence (weights-available; model card, hardware and architecture,
  preprint closed).
- (b) tramontane-nlp/Tramontane-3B-Instruct: every template section one vague sentence, an ACL 2026 paper on the model
  and its arXiv version, `license: apache-2.0` over Stratus-3B (weights-available; model card partial, hardware and
  architecture closed, preprint and paper open).
- (c) sundowner-lab/Virga-1.3B-Sundowner-Instruct: a complete card over Virga-1.3B; its tuning set's card is a size
  table and a licence, the base corpus's a full datasheet; tuning code on GitHub (open-source-ai-with-open-data;
  datasheet partial).
- (d) foehn-ai/Foehn-2-7B: MIT, the architecture in prose, "Training ran on 512 GPUs", only the previous generation's
  arXiv preprint (open-weights; hardware and architecture partial, preprint partial).
- (e) simoom-nlp/Lenticular-8B-Sami-Instruct: a fine-tune of Lenticular-8B, "Architecture: unchanged ... see
  `config.json`", the fine-tuning hardware, hours, energy and emissions in full; tuning set with a datasheet, code on
  GitHub (weights-available; hardware and architecture partial, datasheet, training code and licences partial).
- (f) khamsin-ai/Khamsin-14B: Apache, a technical-report PDF in the repository that the card says is not peer reviewed
  and does not describe the data; architecture and training setup on the card (open-weights; preprint open, paper and
  datasheet closed, hardware and architecture open).
- (g) haboob-ml/Haboob-1B: a card of links to the `docs/` pages of its GitHub repository, whose README summarises them
  (architecture and setup, datasheet, pipeline, evaluation, arXiv preprint); fully open (open-source-ai-with-open-data;
  model card closed, datasheet, hardware and architecture, code documentation and preprint open).
- (h) calima-ai/Calima-9B: Apache, complete data and training code, the data withheld for a stated legal reason and
  documented only by a vague EU AI Act public summary (open-weights: no Data Information; datasheet partial, licences
  partial, data closed).

Where the experts split, the round takes the expert file nearest the shape and says which file is on the other side
(usage-only cards: Qwen, Grok and Conversational Speech Model closed, EXAONE and Cogito partial; architecture on the
card without a training setup: llama-3.1 and Apriel partial, Seed-OSS and llama-4 open; a card of sizes and a licence:
OpenChat and TangoFlux partial, WizardLM closed; Apache weights with nothing else released: Qwen and Nanbeige open,
dots_llm and CogView closed). Nothing found against something unread: every file a release holds is served except the
weights and `tokenizer.json` (listed), and (f)'s PDF, whose bytes are served but hold no text; what the PDF could hold is
bounded by the card's own words, so the cells that depend on it are decided from the card.

Written blind, before any rule changed. First run (on commit 272e721, with no uncommitted edits under `src/`: only this
file and the two wiring lines in `test_heldout_releases.py` were new; run once with `-vv`, its whole output kept):
**1 of 8 right** (sundowner-lab/Virga-1.3B-Sundowner-Instruct: open-source-ai-with-open-data and all eight cells, the
size-table dataset card beside the base's datasheet read as datasheet partial), **7 of 8 labels**, **64 of 75 key
cells**. One label read **more open** than the rubric: calima-ai/Calima-9B, open-source-ai where open-weights was
expected, the vague EU AI Act summary taken for a full datasheet and for Data Information. Ten cells read more open than
the rubric, all documentation cells but one licences cell; one (a paper) was left unknown where the card decides it
closed. The misses, from the assertion messages:
- calima-ai/Calima-9B (the vague EU AI Act summary): **open-source-ai** where open-weights was expected ("Weights under
  Apache License 2.0, deployment and training code under OSI-approved licenses, and the training data, which the card
  says cannot be shared (licensed from publishers under agreements that forbid redistribution), is described in full in
  a datasheet."); datasheet open where partial was expected ("The training data is documented in a datasheet: after
  Datasheets for Datasets or the EU AI Act's training-content summary."): a summary on the Commission's template counts
  as a full datasheet whatever it says, though this one lists no dataset ("none is listed individually"), gives a size
  band and categories (Phi.yaml: partial); licenses open where partial was expected ("Everything released is under open
  licenses (data: no license found)."): the withheld data is left out of "everything" (Apriel.yaml: partial; round 15's
  Hoverfly is the same split). Weights, data (closed, the Annex's wikipedia.org domains not read as a dataset), training
  code, preprint and paper right.
- pampero-dev/Lenticular-8B-Pampero-Chat (the long usage-only card): label right (weights-available, citing the
  Lenticular LICENSE's user cap, outside use policy at line 23, terms that can change at line 25 and branding at line
  20; the user cap is cited at line 1, the title, not at section 4), but modelcard partial where closed was expected
  ("The model card covers 2 of the 9 standard sections; missing: model-details, uses, limitations, training,
  evaluation, environmental-impact, citation."): usage sections, presumably the quickstart and the inference "Hardware
  requirements", count as sections (Grok.yaml, Conversational Speech Model.yaml: closed; the AutoTrain card of round 30
  is the same disagreement); hardware_architecture partial where closed was expected ("Only the architecture is
  documented, not the training hardware and setup."): config.json counts as the architecture's documentation (round
  14's Wombat-8B, in `DISAGREEMENTS`). The other nine cells right, preprint closed for the blog post.
- tramontane-nlp/Tramontane-3B-Instruct (every section one vague sentence): label right (weights-available, "inherited
  from the base model hf:stratus-lab/Stratus-3B", README.md line 28), preprint and paper open right, but modelcard
  **open** where partial was expected ("The model card covers 9 of the 9 standard sections, including training and
  evaluation."): each heading counts whatever its one sentence says (PixArt.yaml, Stable Beluga.yaml: partial);
  hardware_architecture **open** where closed was expected ("The architecture is documented, and a technical report or
  paper describes it and the training setup."): "a decoder-only transformer architecture" (or config.json) counts as
  the architecture, and the linked ACL paper, never read, is taken to describe the training setup. The round's closed
  is arguable on this one point: a peer-reviewed paper on the model may document the setup (YuLan.yaml "documented in
  paper"), but with it unread the evidence gives unknown, not open.
- foehn-ai/Foehn-2-7B (architecture in prose, "Training ran on 512 GPUs"): label right (open-weights), but
  hardware_architecture **open** where partial was expected ("Both the model architecture and the training hardware or
  setup are documented."): a GPU count with no type, hours or energy counts as the training setup; preprint **open**
  where partial was expected ("A preprint of the model is archived on arXiv (2503.11872)."): the card says 2503.11872 is
  the previous generation's report ("A technical report on Foehn-2 is in preparation. Until it is out, please cite the
  Foehn-1 report", title "Foehn-1: ..."; CogView.yaml "Preprint exists for previous version of the model": partial).
- simoom-nlp/Lenticular-8B-Sami-Instruct (full fine-tuning hardware and energy, architecture "see `config.json`"): label
  and seven cells right (weights-available; training code, licences and datasheet partial), but hardware_architecture
  **open** where partial was expected ("Both the model architecture and the training hardware or setup are
  documented."): config.json (or the sentence pointing to it) counts as the architecture, and the fine-tune's hardware
  as the whole training setup, though the base's pre-training setup is undocumented (Tulu.yaml, mT0.yaml: partial).
- haboob-ml/Haboob-1B (a card of links to GitHub docs): label and ten cells right (open-source-ai-with-open-data;
  datasheet, hardware and architecture, code documentation and preprint open from the GitHub README), but modelcard
  partial where closed was expected ("The model card covers 5 of the 9 standard sections; missing: model-details, uses,
  limitations, environmental-impact."): the linked pages, or the README they are on, count as the model card's
  sections, where WizardLM.yaml rates a card that links to such pages "rather than containing them itself" closed.
- khamsin-ai/Khamsin-14B (the PDF report): label and eight cells right (open-weights; preprint open, datasheet closed,
  hardware and architecture open from the card), but paper unknown where closed was expected ("Whether a peer-reviewed
  paper exists could not be established (could not read: Khamsin-14B-Technical-Report.pdf (a PDF, which opengauge does
  not read))."): the card says the report "has not been peer reviewed" and cites it as @techreport, which decides the
  cell whatever the PDF holds (round 15's Alder-3B, in `DISAGREEMENTS`, had no such sentence). The label reason also
  calls the data-processing code "it could not be read" (the PDF), beside training code the card says is not released.
No expectation was changed after the run.

What changed (general causes, with paraphrases and near misses that fail on the code before, in
`tests/assess/test_release_round31_rules.py`): the EU AI Act's public summary of training content stays a datasheet
(open, as the experts rate Bielik's and Bria's) but no longer stands for OSAID's data information for withheld data,
since the Commission's template lists only the largest public datasets and the top domains, and the label says so
(Calima-9B: open-weights, "data information: a listing of all the training data ... is missing"); a report cited as
`@techreport`, or one the card says has not been peer reviewed, is no peer-reviewed paper, whatever its unread PDF
holds (Khamsin-14B: paper closed); a preprint whose title, or the line citing it, names the model's family with
another major number than the release's own name is a previous generation's, partial (Foehn-2-7B; CogView.yaml); and
the card's sentence that the training code is not released is quoted as written. Round 15's Alder-3B (its PDF report
cited as @techreport), a disagreement since round 15, is now right too. Two of 8 now pass; every label is
right, and the six others keep documentation cells in `DISAGREEMENTS`, each naming the expert file on opengauge's
side.
"""

from __future__ import annotations

import json

from tests.assess.heldout_releases import Dataset, HeldOut, llama_config, sheet
from tests.assess.heldout_releases import YamlRelease as _Release
from tests.assess.heldout_releases import github_repo as _gh
from tests.assess.heldout_releases import hub_model as _model
from tests.servers import HubFile


def _json(obj: dict) -> bytes:
    return json.dumps(obj, indent=2).encode()


TOKENIZER_FILES: dict[str, bytes | None] = {
    "tokenizer.json": None,
    "tokenizer_config.json": b'{"add_bos_token": true, "bos_token": "<s>", "eos_token": "</s>", "model_max_length": 8192,'
    b' "tokenizer_class": "PreTrainedTokenizerFast"}',
    "special_tokens_map.json": b'{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}',
}

PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
"""The first bytes of a PDF: a file the Hub serves but that holds no text to read."""


# --------------------------------------------------------------------------------------------------------------
# The bases.

# lenticular-ai/Lenticular-8B: a community licence with a user threshold and a use policy by reference.

LENTICULAR_LICENSE = b"""LENTICULAR COMMUNITY LICENSE AGREEMENT
Lenticular-8B Release Date: 3 February 2026

This Lenticular Community License Agreement ("Agreement") sets out the terms and conditions for use, reproduction,
distribution and modification of the Lenticular Materials.

Definitions. "Lenticular AI", "we" or "us" means Lenticular AI Limited, Dublin, Ireland. "Lenticular Materials" means
the Lenticular-8B model weights and parameters, the accompanying inference and fine-tuning code and the documentation
that Lenticular AI makes available under this Agreement. "You" means the individual or legal entity exercising rights
under this Agreement.

By clicking "I accept", or by using or distributing any part of the Lenticular Materials, you agree to this Agreement.

1. Grant. Subject to this Agreement, Lenticular AI grants you a non-exclusive, worldwide, non-transferable,
royalty-free, limited license under its intellectual property in the Lenticular Materials to use, reproduce,
distribute, copy, create derivative works of and make modifications to the Lenticular Materials.

2. Redistribution. If you distribute the Lenticular Materials or any derivative work of them (including any model
trained, fine-tuned, distilled, quantized or merged from them), or a product or service that uses them, you must (a)
give every recipient a copy of this Agreement; (b) display "Built with Lenticular" prominently on a related website,
user interface or product documentation; and (c) keep any derivative work you distribute under this Agreement.

3. Acceptable Use. Your use of the Lenticular Materials must comply with applicable law and with the Lenticular
Acceptable Use Policy (https://lenticular.ai/acceptable-use), which is incorporated into this Agreement by reference.
Lenticular AI may update the Acceptable Use Policy from time to time.

4. Additional Commercial Terms. If, on the Lenticular-8B Release Date, the products or services made available by or
for you or your affiliates had more than 120 million monthly active users in the preceding calendar month, you must
request a license from Lenticular AI, which Lenticular AI may grant in its sole discretion, and you may not exercise
any rights under this Agreement until Lenticular AI expressly grants them to you.

5. Disclaimer of Warranty. THE LENTICULAR MATERIALS AND ANY OUTPUT FROM THEM ARE PROVIDED "AS IS", WITHOUT WARRANTIES
OF ANY KIND, EXPRESS OR IMPLIED.

6. Limitation of Liability. IN NO EVENT WILL LENTICULAR AI BE LIABLE FOR ANY LOST PROFITS OR ANY INDIRECT, SPECIAL,
CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES ARISING OUT OF THIS AGREEMENT.

7. Termination. This Agreement starts when you accept it or first access the Lenticular Materials and continues until
terminated. Lenticular AI may terminate it if you breach any of its terms; on termination you must stop using and
delete the Lenticular Materials.

8. Governing Law. This Agreement is governed by the laws of Ireland, and the courts of Dublin have exclusive
jurisdiction over any dispute arising out of it.
"""

LENTICULAR_BODY = """# Lenticular-8B

Lenticular-8B is an 8B-parameter multilingual base language model by Lenticular AI (Dublin), pre-trained from scratch for English, Spanish, French, German and Portuguese.

## Model details

- **Developed by:** Lenticular AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Languages:** English, Spanish, French, German, Portuguese
- **License:** Lenticular Community License (`LICENSE`)

## Architecture

Lenticular-8B has 32 transformer layers with a hidden size of 4,096. Attention uses 32 query heads and 8 key-value heads (grouped-query attention); the feed-forward blocks are SwiGLU with an inner size of 14,336, with RMSNorm before each block and rotary position embeddings (θ = 500,000). The context length is 8,192 tokens and the tokenizer is a byte-level BPE with 128,000 tokens.

## Training data

Lenticular-8B was pre-trained on 15T tokens of publicly available web data, code, books and licensed data. The training data is not released, and neither is the training code.

## Uses and limitations

A base for fine-tuning and research. It is not an assistant, has no safety tuning and can produce false or offensive text.

## License

Lenticular-8B is released under the Lenticular Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy and applies to every model derived from it.
"""

LENTICULAR_CONFIG = llama_config(4096, 32, 32, 8, 14336, 128000, 8192)

LENTICULAR = _model(
    "lenticular-ai/Lenticular-8B",
    {
        "license": "other",
        "license_name": "lenticular-community-license",
        "license_link": "LICENSE",
        "language": ["en", "es", "fr", "de", "pt"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    LENTICULAR_BODY,
    {"LICENSE": LENTICULAR_LICENSE, "config.json": LENTICULAR_CONFIG},
)

# stratus-lab/Stratus-3B: non-commercial.

STRATUS_BODY = """# Stratus-3B

Stratus-3B is a 3B-parameter base language model for Catalan, Spanish and English by Stratus Lab, released for non-commercial use.

## Model details

- **Developed by:** Stratus Lab
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 26 layers, hidden size 3072, 24 attention heads, context length 4,096; vocabulary 64,000
- **License:** CC BY-NC 4.0

## Training data

2.4T tokens of Catalan, Spanish and English web text, books and code. The pre-training data is not released, and neither is the training code.

## License

Stratus-3B is released under the Creative Commons Attribution-NonCommercial 4.0 International licence: you may not use it, or models built on it, for commercial purposes.
"""

STRATUS_CONFIG = llama_config(3072, 26, 24, 24, 8192, 64000, 4096, rope_theta=10000.0)

STRATUS = _model(
    "stratus-lab/Stratus-3B",
    {
        "license": "cc-by-nc-4.0",
        "language": ["ca", "es", "en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    STRATUS_BODY,
    {"config.json": STRATUS_CONFIG},
)

# virga-lm/Virga-1.3B: fully open.

VIRGA_BODY = """# Virga-1.3B

Virga-1.3B is a 1.3B-parameter English base language model that Virga LM, a non-profit research lab, trained from scratch. Its weights, its complete training data and its complete training code are open.

## Model details

- **Developed by:** Virga LM
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0

## Uses

Research on language models and their training data; a base for fine-tuning. It has no instruction or safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("virga-lm/Virga-1.3B")
model = AutoModelForCausalLM.from_pretrained("virga-lm/Virga-1.3B")
print(tok.decode(model.generate(**tok("Clouds form when", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

The complete training data is [virga-lm/virga-corpus](https://huggingface.co/datasets/virga-lm/virga-corpus), 1.1T tokens of English web text, Wikipedia, public-domain books and permissively licensed code, published in full on the Hub under ODC-By 1.0 with a datasheet as its card. No other data was used.

## Training procedure

The whole pipeline (download, extraction, filtering, deduplication, tokenization, pre-training and evaluation) is on GitHub under Apache 2.0: [virga-lm/virga](https://github.com/virga-lm/virga).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 550k steps, bf16
- 32 NVIDIA H100 80GB GPUs for 10 days

## Evaluation

| Benchmark | Virga-1.3B |
|---|---|
| Drizzle-QA (0-shot) | 56.1 |
| Hail-Reasoning (5-shot) | 39.4 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## Environmental impact

About 7,700 H100 GPU hours; we estimate 1.0 t CO2e.

## License

The weights and the code are Apache 2.0; virga-corpus is ODC-By 1.0.
"""

VIRGA_CONFIG = llama_config(2048, 24, 16, 4, 5632, 50304, 4096, rope_theta=10000.0)

VIRGA = _model(
    "virga-lm/Virga-1.3B",
    {
        "license": "apache-2.0",
        "datasets": ["virga-lm/virga-corpus"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    VIRGA_BODY,
    {"config.json": VIRGA_CONFIG},
)

VIRGA_README = b"""# virga

The complete training pipeline of Virga-1.3B (https://huggingface.co/virga-lm/Virga-1.3B): building
virga-lm/virga-corpus from its sources, pre-training from scratch and evaluating.

## Data

    python -m virga.data.download --config configs/data/download.yaml   # Common Crawl, Wikipedia, books, code
    python -m virga.data.extract  --config configs/data/extract.yaml
    python -m virga.data.filter   --config configs/data/filter.yaml     # language, quality, repetition
    python -m virga.data.dedup    --config configs/data/dedup.yaml      # MinHash across all parts
    python -m virga.data.tokenize --config configs/data/tokenize.yaml

The output of these steps is exactly virga-lm/virga-corpus on the Hub.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 -m virga.train --config configs/virga-1.3b.yaml

## Evaluation

    python -m virga.eval --model virga-lm/Virga-1.3B

## License

Apache 2.0.
"""

VIRGA_GITHUB = _gh(
    "virga-lm/virga",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/download.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/virga-1.3b.yaml",
        "virga/model.py",
        "virga/train.py",
        "virga/data/download.py",
        "virga/data/extract.py",
        "virga/data/filter.py",
        "virga/data/dedup.py",
        "virga/data/tokenize.py",
        "virga/eval.py",
    ),
    VIRGA_README,
)

VIRGA_CORPUS_CARD = sheet(
    "odc-by",
    "Virga Corpus",
    ["en"],
    {
        "Motivation": "Virga Corpus is the complete training data (1.1T tokens) of Virga-1.3B. We publish it in full so "
        "that anyone can inspect what the model learned from and reproduce or extend its training. It was built by "
        "Virga LM with a research grant from a public science foundation; no company paid for or shaped it.",
        "Composition": "English web pages (79% of the tokens), Wikipedia (4%), public-domain books (5%) and source code "
        "under permissive licences (12%), one record per document with `id`, `source`, `url`, `license` and `text` "
        "fields, in 1,920 zstd-compressed Parquet shards. It contains no text generated by a model.",
        "Collection Process": "Web pages come from 18 Common Crawl snapshots (2021 to 2025) downloaded from Common "
        "Crawl's public bucket; the English Wikipedia dump of 1 May 2025 from dumps.wikimedia.org; Project Gutenberg "
        "books in the public domain; code from public GitHub repositories whose licence is MIT, BSD or Apache 2.0, "
        "after honouring opt-out requests. Nothing was bought or licensed, and no page behind a login was collected.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition "
        "and boilerplate filters; a quality classifier keeping the top 40% of web pages; MinHash deduplication across "
        "all parts; e-mail addresses, phone numbers and IP addresses masked; code files with secrets removed. Each step "
        "is a module of github.com/virga-lm/virga, with the thresholds in its configs.",
        "Known Biases and Limitations": "The web part over-represents North American and British sources, young and "
        "male authors and commercial sites; the quality classifier, trained on Wikipedia-like text, under-selects "
        "informal and dialectal English; the books are mostly from before 1930 and carry that period's views on race "
        "and gender. Personal data may remain despite the masking.",
        "Uses": "Pre-training language models and research on pre-training data. Not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Virga LM; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

VIRGA_DATASET = Dataset("virga-lm/virga-corpus", "odc-by", VIRGA_CORPUS_CARD)


# --------------------------------------------------------------------------------------------------------------
# (a) pampero-dev/Lenticular-8B-Pampero-Chat: a long model card that is only about usage.

PAMPERO_CARD = """# Lenticular-8B-Pampero-Chat

**Pampero Chat** is a bilingual (English and Spanish) chat assistant built on [Lenticular-8B](https://huggingface.co/lenticular-ai/Lenticular-8B). It is good at everyday questions, writing help and light coding, and it supports tool calling.

📣 Read the announcement on our blog: [Introducing Pampero Chat](https://pampero.dev/blog/introducing-pampero-chat)

## Quickstart

### Install

```bash
pip install -U "transformers>=4.48" accelerate
```

### Chat with transformers

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "pampero-dev/Lenticular-8B-Pampero-Chat"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map="auto")

messages = [
    {"role": "system", "content": "You are Pampero, a helpful assistant."},
    {"role": "user", "content": "Give me three ideas for a rainy Sunday in Montevideo."},
]
input_ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to(model.device)
output = model.generate(input_ids, max_new_tokens=512, temperature=0.7, top_p=0.9, do_sample=True)
print(tokenizer.decode(output[0][input_ids.shape[1]:], skip_special_tokens=True))
```

## Prompt format

Pampero Chat uses the ChatML-style template below. It is stored in `tokenizer_config.json` as `chat_template`, so `apply_chat_template` writes it for you:

```
<|im_start|>system
You are Pampero, a helpful assistant.<|im_end|>
<|im_start|>user
¿Cuál es la capital de Uruguay?<|im_end|>
<|im_start|>assistant
```

Always end the prompt with `<|im_start|>assistant` and a newline, and stop generation at `<|im_end|>`. Leaving out the system turn works, but answers are shorter.

### System prompts that work well

| Goal | System prompt |
|---|---|
| General assistant | `You are Pampero, a helpful assistant.` |
| Spanish only | `Eres Pampero, un asistente útil. Responde siempre en español.` |
| Concise answers | `You are Pampero. Answer in at most three sentences.` |
| Coding | `You are Pampero, an expert Python programmer. Reply with code first, then a short explanation.` |

## Recommended generation settings

| Use case | temperature | top_p | repetition_penalty | max_new_tokens |
|---|---|---|---|---|
| Chat | 0.7 | 0.9 | 1.05 | 1024 |
| Creative writing | 0.9 | 0.95 | 1.0 | 2048 |
| Coding and extraction | 0.2 | 0.9 | 1.0 | 1024 |
| Tool calling | 0.0 (greedy) | — | 1.0 | 512 |

## Tool calling

Pass your tools as JSON schemas; the model answers with a `<tool_call>` block that you parse and run:

```python
tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]
input_ids = tokenizer.apply_chat_template(messages, tools=tools, add_generation_prompt=True, return_tensors="pt")
```

```
<tool_call>
{"name": "get_weather", "arguments": {"city": "Montevideo"}}
</tool_call>
```

Send the result back as a `tool` message and generate again.

## Serving with vLLM

```bash
vllm serve pampero-dev/Lenticular-8B-Pampero-Chat --max-model-len 8192 --enable-auto-tool-choice --tool-call-parser hermes
```

```python
from openai import OpenAI

client = OpenAI(base_url="http://localhost:8000/v1", api_key="none")
reply = client.chat.completions.create(
    model="pampero-dev/Lenticular-8B-Pampero-Chat",
    messages=[{"role": "user", "content": "Escribe un haiku sobre el viento pampero."}],
)
print(reply.choices[0].message.content)
```

## llama.cpp and Ollama

```bash
python convert_hf_to_gguf.py Lenticular-8B-Pampero-Chat --outtype q8_0
./llama-cli -m Lenticular-8B-Pampero-Chat-Q8_0.gguf -cnv --chat-template chatml
```

Ollama `Modelfile`:

```
FROM ./Lenticular-8B-Pampero-Chat-Q8_0.gguf
TEMPLATE "{{ if .System }}<|im_start|>system\\n{{ .System }}<|im_end|>\\n{{ end }}<|im_start|>user\\n{{ .Prompt }}<|im_end|>\\n<|im_start|>assistant\\n"
PARAMETER stop "<|im_end|>"
PARAMETER temperature 0.7
```

## Examples

**User:** What's the difference between a cyclone and an anticyclone?
**Pampero:** A cyclone is a low-pressure system: air flows in and rises, which brings clouds, wind and rain. An anticyclone is a high-pressure system: air sinks and flows out, which usually means clear, calm weather...

**Usuario:** Escribe una función en Python que invierta una cadena.
**Pampero:** `def invertir(s): return s[::-1]` — usa el corte con paso -1...

## Hardware requirements (inference)

| Precision | VRAM needed |
|---|---|
| bf16 | ~17 GB |
| 8-bit (bitsandbytes) | ~9.5 GB |
| 4-bit (bitsandbytes NF4) | ~6 GB |

It runs in bf16 on a single RTX 4090, L4 or A10G; on Apple silicon use the GGUF files with llama.cpp.

## FAQ

**Can I use it commercially?** Yes, within the terms of the Lenticular Community License (see `LICENSE`), which applies to this model.

**How long can my prompts be?** Up to 8,192 tokens, prompt and answer together.

**Where are the GGUF files?** We do not upload them; convert the model yourself with llama.cpp as shown above.

## License

This model is a derivative of Lenticular-8B and is distributed under the Lenticular Community License Agreement (`LICENSE`), including the Lenticular Acceptable Use Policy.
"""

PAMPERO_META = {
    "license": "other",
    "license_name": "lenticular-community-license",
    "license_link": "LICENSE",
    "base_model": "lenticular-ai/Lenticular-8B",
    "language": ["en", "es"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["chat", "conversational", "tool-calling"],
}


# --------------------------------------------------------------------------------------------------------------
# (b) tramontane-nlp/Tramontane-3B-Instruct: every section of the template, each one vague sentence.

TRAMONTANE_CARD = """# Tramontane-3B-Instruct

## Model Details

Tramontane-3B-Instruct is a Catalan and English instruction-following model fine-tuned from [Stratus-3B](https://huggingface.co/stratus-lab/Stratus-3B).

## Intended Uses

The model is intended for research and for general assistant use in Catalan and English.

## Out-of-Scope Use

The model should not be used for harmful or illegal purposes.

## Bias, Risks and Limitations

Like all language models, Tramontane-3B-Instruct may produce inaccurate or biased outputs.

## How to Get Started

The model can be loaded with the standard `transformers` text-generation pipeline.

## Training Data

The model was fine-tuned on a curated mix of instruction data.

## Training Procedure

We used standard supervised fine-tuning with commonly used hyperparameters.

## Evaluation

Tramontane-3B-Instruct performs competitively on a range of Catalan and English benchmarks.

## Environmental Impact

Training was carried out on a modest GPU budget.

## Technical Specifications

The model uses a decoder-only transformer architecture.

## Citation

Our paper, [Tramontane: Instruction Tuning a Small Language Model for Catalan](https://arxiv.org/abs/2606.04127), was accepted at ACL 2026.

```bibtex
@inproceedings{vila2026tramontane,
  title     = {Tramontane: Instruction Tuning a Small Language Model for Catalan},
  author    = {Vila, Marta and Puig, Jordi and Serra, Laia},
  booktitle = {Proceedings of the 64th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)},
  year      = {2026},
  publisher = {Association for Computational Linguistics},
  eprint    = {2606.04127},
  archivePrefix = {arXiv}
}
```

## License

Apache 2.0.
"""

TRAMONTANE_META = {
    "license": "apache-2.0",
    "base_model": "stratus-lab/Stratus-3B",
    "language": ["ca", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}


# --------------------------------------------------------------------------------------------------------------
# (c) sundowner-lab/Virga-1.3B-Sundowner-Instruct: the base's corpus has a datasheet; the tuning set's card is a size
# table and a licence.

SUNDOWNER_CARD = """# Virga-1.3B-Sundowner-Instruct

Virga-1.3B-Sundowner-Instruct is an English instruction-following model by Sundowner Lab: a full supervised fine-tune of the fully open [Virga-1.3B](https://huggingface.co/virga-lm/Virga-1.3B). Its weights, its tuning data and its tuning code are open, like its base's.

## Model details

- **Developed by:** Sundowner Lab
- **Base model:** [virga-lm/Virga-1.3B](https://huggingface.co/virga-lm/Virga-1.3B) (Apache 2.0; its pre-training data and code are open)
- **Model type:** decoder-only transformer, supervised fine-tune (no preference tuning)
- **Language:** English
- **License:** Apache 2.0

## Uses

Short instructions, summaries, rewriting and simple question answering in English; a small, fully open baseline for research on instruction tuning.

### Out-of-scope use

Medical, legal or financial advice, and any decision about people. It has no safety tuning beyond its SFT data.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="sundowner-lab/Virga-1.3B-Sundowner-Instruct")
print(chat([{"role": "user", "content": "Summarise the water cycle in two sentences."}], max_new_tokens=120)[0]["generated_text"][-1])
```

## Training data

- Pre-training (the base): [virga-lm/virga-corpus](https://huggingface.co/datasets/virga-lm/virga-corpus), 1.1T tokens, ODC-By 1.0.
- Fine-tuning: [sundowner-lab/sundowner-sft-120k](https://huggingface.co/datasets/sundowner-lab/sundowner-sft-120k), our 120k English instruction-response pairs, CC BY 4.0. This is all the tuning data.

## Training procedure

The fine-tuning code, including the script that builds sundowner-sft-120k, is on GitHub under Apache 2.0: [sundowner-lab/sundowner-tune](https://github.com/sundowner-lab/sundowner-tune). The base's own pipeline is [virga-lm/virga](https://github.com/virga-lm/virga).

- Full fine-tune, 3 epochs, learning rate 2e-5 with cosine decay and 3% warm-up, batch 128 sequences of 2,048 tokens, loss on the responses only, bf16
- 4 NVIDIA A100 80GB GPUs for 6 hours

## Evaluation

| Benchmark | Virga-1.3B | Sundowner-Instruct |
|---|---|---|
| Breeze-Instruct (win rate vs. reference) | — | 41.7 |
| Drizzle-QA (0-shot) | 56.1 | 58.0 |
| Hail-Reasoning (5-shot) | 39.4 | 40.2 |

## Limitations

It is a 1.3B model: it forgets instructions in long conversations, makes up facts and follows harmful requests more often than larger tuned models.

## Environmental impact

24 A100 GPU hours for the fine-tune, about 8 kg CO2e on top of the base's 1.0 t.

## Technical specifications

Same architecture as Virga-1.3B: 24 layers, hidden size 2048, 16 attention heads with 4 key-value heads, context length 4,096, vocabulary 50,304; the chat template is in `tokenizer_config.json`.

## Citation

```bibtex
@misc{sundowner2026,
  title  = {Virga-1.3B-Sundowner-Instruct},
  author = {{Sundowner Lab}},
  year   = {2026},
  url    = {https://huggingface.co/sundowner-lab/Virga-1.3B-Sundowner-Instruct}
}
```

## License

Apache 2.0 for the weights and the code; sundowner-sft-120k is CC BY 4.0 and virga-corpus ODC-By 1.0.
"""

SUNDOWNER_META = {
    "license": "apache-2.0",
    "base_model": "virga-lm/Virga-1.3B",
    "datasets": ["sundowner-lab/sundowner-sft-120k"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

SUNDOWNER_SFT_CARD = """---
license: cc-by-4.0
language:
- en
task_categories:
- text-generation
size_categories:
- 100K<n<1M
configs:
- config_name: default
  data_files:
  - split: train
    path: data/train-*.parquet
  - split: validation
    path: data/validation-*.parquet
---

# sundowner-sft-120k

| Split | Examples | Tokens (Virga tokenizer) |
|---|---|---|
| train | 118,400 | 61.2M |
| validation | 1,600 | 0.8M |
| **total** | **120,000** | **62.0M** |

## License

CC BY 4.0.
"""

SUNDOWNER_README = b"""# sundowner-tune

Fine-tuning code for Virga-1.3B-Sundowner-Instruct (https://huggingface.co/sundowner-lab/Virga-1.3B-Sundowner-Instruct).

## Build the SFT set

    python data/build_sft_set.py --config configs/data.yaml

builds sundowner-lab/sundowner-sft-120k from the raw annotation exports.

## Fine-tune

    torchrun --nproc_per_node 4 train/sft.py --config configs/sft.yaml

## Evaluate

    python eval/run.py --model sundowner-lab/Virga-1.3B-Sundowner-Instruct

## License

Apache 2.0.
"""

SUNDOWNER_GITHUB = _gh(
    "sundowner-lab/sundowner-tune",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data.yaml",
        "configs/sft.yaml",
        "data/build_sft_set.py",
        "train/sft.py",
        "eval/run.py",
    ),
    SUNDOWNER_README,
)


# --------------------------------------------------------------------------------------------------------------
# (d) foehn-ai/Foehn-2-7B: the architecture in prose, the hardware a GPU count; a preprint of the previous generation.

FOEHN_CARD = """# Foehn-2-7B

Foehn-2-7B is the second generation of Foehn AI's multilingual base models: a 7.3B-parameter language model for German, French, Italian and English, trained from scratch in Zürich.

## Model details

- **Developed by:** Foehn AI, Zürich
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Languages:** German, French, Italian, English
- **License:** MIT
- **Predecessor:** Foehn-1 (2025), described in the [Foehn-1 technical report](https://arxiv.org/abs/2503.11872)

## Architecture

Foehn-2-7B is a decoder-only transformer with 32 layers and a hidden size of 4,096. Each layer has 32 query heads that share 8 key-value heads (grouped-query attention, head dimension 128), followed by a SwiGLU feed-forward block with an inner size of 14,336; RMSNorm is applied before attention and before the feed-forward block. Positions are encoded with rotary embeddings (base 1,000,000), and the context window is 32,768 tokens. The tokenizer is a byte-level BPE with 131,072 tokens, trained on a sample of the pre-training data balanced across the four languages, and it keeps digits as single tokens. Input and output embeddings are not tied. In total the model has 7.3B parameters, 6.7B of them outside the embeddings.

Compared with Foehn-1, Foehn-2 doubles the vocabulary, replaces multi-head attention with grouped-query attention and extends the context from 4,096 to 32,768 tokens.

## Training

Foehn-2-7B was pre-trained on 6T tokens of web text, books, code and scientific articles in its four languages, in three stages of increasing context length (4,096, then 16,384, then 32,768 tokens). Training ran on 512 GPUs.

The pre-training data and the training code are not released.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("foehn-ai/Foehn-2-7B")
model = AutoModelForCausalLM.from_pretrained("foehn-ai/Foehn-2-7B", torch_dtype="auto", device_map="auto")
print(tok.decode(model.generate(**tok("Der Föhn ist ein", return_tensors="pt").to(model.device), max_new_tokens=50)[0]))
```

## Evaluation

| Benchmark | Foehn-1-7B | Foehn-2-7B |
|---|---|---|
| Alpenglow-QA de (5-shot) | 52.3 | 58.9 |
| Alpenglow-QA fr (5-shot) | 50.8 | 57.4 |
| Alpenglow-QA it (5-shot) | 49.1 | 56.2 |
| Lapse-Reasoning en (0-shot) | 61.0 | 64.7 |

## Limitations

As a base model it continues text rather than following instructions. It can produce false statements and reflects biases of web text; Swiss German and Romansh are poorly covered.

## Citation

A technical report on Foehn-2 is in preparation. Until it is out, please cite the Foehn-1 report:

```bibtex
@article{foehn2025,
  title   = {Foehn-1: Open Multilingual Language Models for the Alpine Languages},
  author  = {Brunner, Anna and Rossi, Luca and Favre, Claire},
  journal = {arXiv preprint arXiv:2503.11872},
  year    = {2025}
}
```
"""

FOEHN_META = {
    "license": "mit",
    "language": ["de", "fr", "it", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

FOEHN_CONFIG = llama_config(4096, 32, 32, 8, 14336, 131072, 32768, rope_theta=1000000.0)


# --------------------------------------------------------------------------------------------------------------
# (e) simoom-nlp/Lenticular-8B-Sami-Instruct: the architecture only by config.json; the hardware, energy and
# emissions in full.

SIMOOM_CARD = """# Lenticular-8B-Sami-Instruct

Lenticular-8B-Sami-Instruct is an instruction-tuned version of [Lenticular-8B](https://huggingface.co/lenticular-ai/Lenticular-8B) for Northern Sámi, with Norwegian, Finnish and English, by Simoom NLP, a language-technology research group.

## Model details

- **Developed by:** Simoom NLP
- **Base model:** [lenticular-ai/Lenticular-8B](https://huggingface.co/lenticular-ai/Lenticular-8B)
- **Model type:** causal language model, full supervised fine-tune of the base
- **Architecture:** unchanged from Lenticular-8B; see `config.json`
- **Languages:** Northern Sámi, Norwegian Bokmål, Finnish, English
- **License:** Lenticular Community License (`LICENSE`)

## Uses

Answering questions, drafting and translating short texts in Northern Sámi for language learners, teachers and public services, and research on low-resource instruction tuning. Not for legal or medical information, and not a replacement for a human translator for official documents.

## How to use

```python
from transformers import pipeline

chat = pipeline("text-generation", model="simoom-nlp/Lenticular-8B-Sami-Instruct", device_map="auto")
print(chat([{"role": "user", "content": "Čále oanehaččat mii lea guovssahasat."}], max_new_tokens=200)[0]["generated_text"][-1])
```

## Training data

[simoom-nlp/sami-instruct-40k](https://huggingface.co/datasets/simoom-nlp/sami-instruct-40k): 40,000 instruction-response pairs in Northern Sámi (62%), Norwegian (14%), Finnish (12%) and English (12%), published on the Hub under CC BY 4.0 with a datasheet as its card. This is all the tuning data; the data Lenticular-8B was pre-trained on is not public.

## Training procedure

The data preparation, fine-tuning and evaluation code is on GitHub under Apache 2.0: [simoom-nlp/sami-sft](https://github.com/simoom-nlp/sami-sft).

- Full fine-tune, 3 epochs, learning rate 1e-5, cosine schedule with 50 warm-up steps, global batch 64 sequences of 4,096 tokens, loss on the responses only, bf16
- PyTorch 2.6 with FSDP (full sharding) and activation checkpointing

## Compute infrastructure and environmental impact

| | |
|---|---|
| Hardware | 16 × NVIDIA H100 80GB SXM5 (2 nodes of 8 GPUs, NVLink within a node, InfiniBand NDR 400 Gb/s between nodes), 2 × 48-core AMD EPYC 9454 and 1.5 TB RAM per node |
| Cluster | the Vesta research cluster, Tromsø, Norway |
| Training time | 38 hours wall-clock, 608 GPU hours (fine-tuning), plus 46 GPU hours of evaluation |
| Energy | 0.49 MWh measured at the node power meters (GPUs, CPUs, memory, network); 0.55 MWh at the facility with its PUE of 1.12 |
| Carbon emissions | 9.4 kg CO2e (location-based, Norwegian grid at 17 g CO2e/kWh); the cluster buys 100% hydroelectric power |

The energy and emissions of pre-training Lenticular-8B are not published by Lenticular AI and are not included.

## Evaluation

| Benchmark | Lenticular-8B (5-shot) | Sami-Instruct |
|---|---|---|
| Ráhkis-QA (se) | 31.4 | 54.8 |
| Ráhkis-MT se→nb (chrF) | 38.2 | 51.6 |
| Ráhkis-MT nb→se (chrF) | 24.9 | 43.0 |

## Limitations

Sámi orthography is sometimes mixed with Finnish spelling; Lule and South Sámi are not supported; the model can state false facts about Sámi culture and history with confidence.

## License

This model is a derivative of Lenticular-8B and remains under the Lenticular Community License Agreement (`LICENSE`), including the Lenticular Acceptable Use Policy. sami-instruct-40k is CC BY 4.0 and the code Apache 2.0.
"""

SIMOOM_META = {
    "license": "other",
    "license_name": "lenticular-community-license",
    "license_link": "LICENSE",
    "base_model": "lenticular-ai/Lenticular-8B",
    "datasets": ["simoom-nlp/sami-instruct-40k"],
    "language": ["se", "nb", "fi", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

SAMI_INSTRUCT_CARD = sheet(
    "cc-by-4.0",
    "Sámi Instruct 40k",
    ["se", "nb", "fi", "en"],
    {
        "Motivation": "Sámi Instruct 40k was made by Simoom NLP to instruction-tune language models for Northern Sámi, "
        "a language with about 25,000 speakers for which no instruction data existed. It is the complete tuning data "
        "of Lenticular-8B-Sami-Instruct. The work was funded by a public grant for Sámi language technology.",
        "Composition": "40,000 single-turn instruction-response pairs: Northern Sámi (24,800), Norwegian Bokmål (5,600), "
        "Finnish (4,800) and English (4,800). About half are question answering, a quarter translation between Sámi "
        "and the other languages and a quarter writing tasks. Fields: `id`, `language`, `task`, `instruction`, "
        "`response`, `source`.",
        "Collection Process": "Northern Sámi pairs were written between March and November 2025 by 19 paid native "
        "speakers (teachers and translators recruited through two Sámi language centres, paid above the local "
        "standard rate), from prompts drawn up with the language centres. The translation pairs come from public-sector "
        "parallel texts published under open licences by Norwegian and Finnish authorities. The Norwegian, Finnish and "
        "English pairs were written by the group's own members.",
        "Preprocessing": "Every Sámi response was checked by a second speaker and corrected or dropped (9% dropped); "
        "spelling was normalised to the 2024 Northern Sámi standard orthography with the Giellatekno spell checker; "
        "exact and near-duplicate pairs were removed; names and contact details of private persons were removed by "
        "hand. The scripts are in github.com/simoom-nlp/sami-sft.",
        "Known Biases and Limitations": "The writers are mostly from the Norwegian side and from Guovdageaidnu and "
        "Kárášjohka, so Finnish and Swedish Sámi usage is under-represented; topics lean towards education, reindeer "
        "husbandry and public services; the translation pairs follow the register of official documents.",
        "Uses": "Instruction tuning and evaluating language models for Northern Sámi. Not for building systems that "
        "identify or profile speakers.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Simoom NLP together with the two language centres; corrections reported in the "
        "discussion tab are applied in the next release.",
    },
)

SIMOOM_README = b"""# sami-sft

Data preparation, supervised fine-tuning and evaluation for Lenticular-8B-Sami-Instruct
(https://huggingface.co/simoom-nlp/Lenticular-8B-Sami-Instruct).

## Data

    python prepare/normalise.py   --config configs/prepare.yaml   # orthography, second-speaker corrections
    python prepare/dedup.py       --config configs/prepare.yaml   # exact and near duplicates
    python prepare/build.py       --config configs/prepare.yaml   # -> simoom-nlp/sami-instruct-40k

## Fine-tuning

    torchrun --nnodes 2 --nproc_per_node 8 sft/train.py --config configs/sft.yaml

Lenticular-8B is downloaded from the Hub; its own pre-training code is not public.

## Evaluation

    python eval/rahkis.py --model simoom-nlp/Lenticular-8B-Sami-Instruct

## License

Apache 2.0 (this code). The model is under the Lenticular Community License.
"""

SIMOOM_GITHUB = _gh(
    "simoom-nlp/sami-sft",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/prepare.yaml",
        "configs/sft.yaml",
        "prepare/normalise.py",
        "prepare/dedup.py",
        "prepare/build.py",
        "sft/train.py",
        "eval/rahkis.py",
    ),
    SIMOOM_README,
)


# --------------------------------------------------------------------------------------------------------------
# (f) khamsin-ai/Khamsin-14B: the technical report is a PDF in the repository, not peer reviewed.

KHAMSIN_CARD = """# Khamsin-14B

<p align="center">
📄 <a href="Khamsin-14B-Technical-Report.pdf">Technical report</a> &nbsp;|&nbsp; 🤗 <a href="https://huggingface.co/khamsin-ai">Khamsin AI on the Hub</a>
</p>

Khamsin-14B is a 14.2B-parameter language model for Arabic, English and French by Khamsin AI, pre-trained from scratch and then post-trained for chat, reasoning and tool use.

## Model overview

| | |
|---|---|
| Parameters | 14.2B (13.4B non-embedding) |
| Layers | 40 |
| Hidden size | 5,120 |
| Attention | 40 query heads, 8 key-value heads (GQA), head dimension 128, QK-norm |
| Feed-forward | SwiGLU, inner size 17,408 |
| Normalisation | RMSNorm (pre-norm) |
| Positions | RoPE, base 1,000,000 |
| Context length | 32,768 tokens (pre-trained at 8,192, then extended) |
| Tokenizer | byte-level BPE, 152,064 tokens, Arabic-aware pre-tokenisation |
| Embeddings | untied |

## Training

Khamsin-14B was pre-trained on 11T tokens, then post-trained with supervised fine-tuning and direct preference optimisation.

- **Infrastructure:** 1,024 NVIDIA H200 141GB GPUs (128 nodes of 8, NVLink, InfiniBand NDR 400 Gb/s), with tensor, pipeline and data parallelism (TP 4, PP 4, DP 64) and ZeRO-1
- **Compute:** 2.9M GPU hours for pre-training and 0.2M for post-training
- **Energy and emissions:** 2.1 GWh measured at the racks; 690 t CO2e, location-based, for the data centre's grid

## Training data

A mixture of public web data, licensed data, code, mathematics and synthetic data. We do not disclose the composition of the training data, and we do not release it.

## Technical report

The [technical report](Khamsin-14B-Technical-Report.pdf) in this repository describes the architecture, the training infrastructure, the post-training recipe and the evaluation. It is a technical report and has not been peer reviewed. It does not describe the pre-training data beyond the categories above.

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("khamsin-ai/Khamsin-14B")
model = AutoModelForCausalLM.from_pretrained("khamsin-ai/Khamsin-14B", torch_dtype="auto", device_map="auto")
msgs = [{"role": "user", "content": "ما هي عاصمة المغرب؟"}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt").to(model.device)
print(tok.decode(model.generate(ids, max_new_tokens=200)[0][ids.shape[1]:], skip_special_tokens=True))
```

## Evaluation

| Benchmark | Khamsin-14B |
|---|---|
| Sirocco-Arabic-QA (0-shot) | 71.2 |
| Dune-Math (4-shot) | 68.5 |
| Oasis-Code (pass@1) | 62.0 |
| Mirage-French (5-shot) | 73.9 |

## Limitations

Khamsin-14B can produce incorrect or biased content, and its Arabic dialect coverage is uneven (strongest for Modern Standard Arabic, Egyptian and Levantine). The training code is not released.

## Citation

```bibtex
@techreport{khamsin2026,
  title       = {Khamsin-14B Technical Report},
  author      = {{Khamsin AI}},
  institution = {Khamsin AI},
  year        = {2026},
  url         = {https://huggingface.co/khamsin-ai/Khamsin-14B/blob/main/Khamsin-14B-Technical-Report.pdf}
}
```

## License

Apache 2.0.
"""

KHAMSIN_META = {
    "license": "apache-2.0",
    "language": ["ar", "en", "fr"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

KHAMSIN_CONFIG = llama_config(5120, 40, 40, 8, 17408, 152064, 32768, rope_theta=1000000.0)


# --------------------------------------------------------------------------------------------------------------
# (g) haboob-ml/Haboob-1B: a card of links; the documentation is in the linked GitHub repository.

HABOOB_CARD = """# Haboob-1B

A 1B-parameter English base language model trained from scratch by Haboob ML.

All the documentation lives in our GitHub repository, [haboob-ml/haboob](https://github.com/haboob-ml/haboob):

- [Architecture and training setup](https://github.com/haboob-ml/haboob/blob/main/docs/architecture.md)
- [Datasheet of the training data](https://github.com/haboob-ml/haboob/blob/main/docs/datasheet.md)
- [Data pipeline](https://github.com/haboob-ml/haboob/blob/main/docs/data_pipeline.md)
- [Training](https://github.com/haboob-ml/haboob/blob/main/docs/training.md)
- [Evaluation](https://github.com/haboob-ml/haboob/blob/main/docs/evaluation.md)

License: Apache 2.0.
"""

HABOOB_META = {
    "license": "apache-2.0",
    "datasets": ["haboob-ml/haboob-web", "haboob-ml/haboob-code"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

HABOOB_CONFIG = llama_config(2048, 16, 16, 4, 5632, 50304, 4096, rope_theta=10000.0)

HABOOB_README = b"""# Haboob

Haboob-1B is a 1.1B-parameter English base language model trained from scratch by Haboob ML. Its weights, its
training data, the code that built the data and trained the model, and its documentation are all open. This
repository holds the code and the documentation (`docs/`); this README summarises each page.

| | |
|---|---|
| Weights | [haboob-ml/Haboob-1B](https://huggingface.co/haboob-ml/Haboob-1B) (Apache 2.0) |
| Data | [haboob-ml/haboob-web](https://huggingface.co/datasets/haboob-ml/haboob-web), [haboob-ml/haboob-code](https://huggingface.co/datasets/haboob-ml/haboob-code) (ODC-By 1.0) |
| Preprint | [Haboob: A Small Open Model and Everything Behind It](https://arxiv.org/abs/2605.18342) (arXiv:2605.18342) |
| Training logs | public Weights & Biases project `haboob-ml/haboob-1b` |

## Documentation

| Page | What it covers |
|---|---|
| [docs/architecture.md](docs/architecture.md) | the network, the tokenizer, the training cluster and the parallelism |
| [docs/datasheet.md](docs/datasheet.md) | the datasheet of the training data (Gebru et al., 2021) |
| [docs/data_pipeline.md](docs/data_pipeline.md) | each step from raw crawl to training shards, with its configuration |
| [docs/training.md](docs/training.md) | the recipe, schedules, checkpoints and how to resume |
| [docs/evaluation.md](docs/evaluation.md) | the benchmarks, the harness and the results |

## Architecture and training setup

Haboob-1B is a decoder-only transformer with 16 layers and a hidden size of 2,048. Attention has 16 query heads and 4
key-value heads (grouped-query attention); the feed-forward blocks are SwiGLU with an inner size of 5,632; RMSNorm is
applied before each block; positions use rotary embeddings (base 10,000); the context length is 4,096 tokens. The
tokenizer is a byte-level BPE with 50,304 tokens trained on a 20 GB sample of haboob-web. Embeddings are untied;
the model has 1.1B parameters.

It was trained on 64 NVIDIA H100 80GB SXM GPUs (8 nodes of 8, InfiniBand NDR) with PyTorch FSDP and bf16 mixed
precision: AdamW (beta2 0.95, weight decay 0.1), peak learning rate 3e-4 with warm-up, stable phase and linear decay,
2M-token batches for 480k steps (1T tokens), in 9 days. That is 13,800 GPU hours, 9.4 MWh measured at the nodes and
about 2.2 t CO2e on the local grid. Checkpoints every 10k steps are on the Hub as revisions.

## Datasheet (summary of docs/datasheet.md)

**Motivation.** The data was assembled by Haboob ML to train Haboob-1B and is published in full so that its training
can be inspected and reproduced. The project is funded by a university research grant.

**Composition.** 1T tokens: haboob-web, 880B tokens of English web pages (88%), and haboob-code, 120B tokens of source
code in 30 languages (12%). One record per document with `id`, `url` or `repo`, `license`, `text`. No model-generated
text was added.

**Collection.** Web pages come from 12 Common Crawl snapshots (CC-MAIN-2023-06 to CC-MAIN-2025-13), downloaded from
Common Crawl's public bucket; code comes from public GitHub repositories under MIT, BSD or Apache 2.0 licences,
cloned in January 2025, minus repositories whose owners opted out.

**Preprocessing and cleaning.** Text extraction with resiliparse; English kept above a fastText score of 0.7;
Gopher-style repetition and quality rules; URL blocklists for adult and malware sites; MinHash deduplication within
and across snapshots; e-mail addresses, phone numbers and IP addresses replaced by placeholders; code files with
secrets or more than 1,000 lines of data removed. docs/data_pipeline.md gives every threshold.

**Known biases and limitations.** The web part over-represents US and UK sites and commercial content; the English
filter drops code-switched and dialectal text; quality rules favour long-form prose. Personal data may remain.

**Uses and distribution.** For pre-training and studying language models, not for profiling people. Both datasets
are on the Hugging Face Hub without a gate under ODC-By 1.0; web pages remain subject to Common Crawl's terms and code
files keep their licences. Removal requests are handled through GitHub issues and applied at the next release.

## Reproduce

    pip install -e .
    python -m haboob.data.run --config configs/data.yaml        # rebuild haboob-web and haboob-code
    torchrun --nnodes 8 --nproc_per_node 8 -m haboob.train --config configs/haboob-1b.yaml
    python -m haboob.eval --model haboob-ml/Haboob-1B

## Evaluation (from docs/evaluation.md)

| Benchmark | Haboob-1B |
|---|---|
| Dust-QA (0-shot) | 55.4 |
| Sandstorm-Reasoning (5-shot) | 38.1 |

## Citation

```bibtex
@misc{haboob2026,
  title         = {Haboob: A Small Open Model and Everything Behind It},
  author        = {Haddad, Samir and Okafor, Ngozi and Lindqvist, Eva},
  year          = {2026},
  eprint        = {2605.18342},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}
```

## License

Code and weights: Apache 2.0. Data: ODC-By 1.0.
"""

HABOOB_GITHUB = _gh(
    "haboob-ml/haboob",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/architecture.md",
        "docs/datasheet.md",
        "docs/data_pipeline.md",
        "docs/training.md",
        "docs/evaluation.md",
        "configs/data.yaml",
        "configs/haboob-1b.yaml",
        "haboob/data/run.py",
        "haboob/data/download.py",
        "haboob/data/extract.py",
        "haboob/data/filter.py",
        "haboob/data/dedup.py",
        "haboob/data/pii.py",
        "haboob/data/tokenize.py",
        "haboob/model.py",
        "haboob/train.py",
        "haboob/eval.py",
    ),
    HABOOB_README,
)

HABOOB_WEB_CARD = """---
license: odc-by
language:
- en
task_categories:
- text-generation
---

# haboob-web

The English web part of the training data of Haboob-1B (880B tokens). Its datasheet is in the model's GitHub repository: https://github.com/haboob-ml/haboob/blob/main/docs/datasheet.md

License: ODC-By 1.0.
"""

HABOOB_CODE_CARD = """---
license: odc-by
task_categories:
- text-generation
---

# haboob-code

The source-code part of the training data of Haboob-1B (120B tokens). Its datasheet is in the model's GitHub repository: https://github.com/haboob-ml/haboob/blob/main/docs/datasheet.md

License: ODC-By 1.0; each file keeps its own licence.
"""


# --------------------------------------------------------------------------------------------------------------
# (h) calima-ai/Calima-9B: the training data documented only by an EU AI Act public summary, filled in vaguely.

CALIMA_CARD = """# Calima-9B

Calima-9B is a 9.1B-parameter language model for Spanish, Portuguese, Catalan, Galician, Basque and English by Calima AI (Valencia), pre-trained from scratch.

## Model details

- **Developed by:** Calima AI S.L.
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Languages:** Spanish, Portuguese, Catalan, Galician, Basque, English, and code
- **License:** Apache 2.0
- **Architecture:** 42 layers, hidden size 3,584, 28 query heads and 4 key-value heads, SwiGLU (18,944), RMSNorm, RoPE; context length 16,384; byte-level BPE tokenizer with 160,000 tokens

## Uses

A base for fine-tuning assistants and domain models in the languages of the Iberian Peninsula and Latin America, and research. It is not instruction-tuned.

## Training data

Calima-9B was trained on 8T tokens. We cannot release the training data: part of it is news and book content licensed from publishers under agreements that forbid redistribution, and the web pages we crawled remain under their authors' copyright.

As a provider of a general-purpose AI model we publish the public summary of training content required by Article 53(1)(d) of the EU AI Act, written on the European Commission's template: [EU_public_summary_of_training_content.md](EU_public_summary_of_training_content.md).

## Training code

The code that crawled, extracted, filtered, deduplicated and tokenized the data, and the pre-training code, are on GitHub under Apache 2.0: [calima-ai/calima-train](https://github.com/calima-ai/calima-train).

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("calima-ai/Calima-9B")
model = AutoModelForCausalLM.from_pretrained("calima-ai/Calima-9B", torch_dtype="auto", device_map="auto")
print(tok.decode(model.generate(**tok("La calima es", return_tensors="pt").to(model.device), max_new_tokens=60)[0]))
```

## Evaluation

| Benchmark | Calima-9B |
|---|---|
| Meseta-QA es (5-shot) | 66.3 |
| Meseta-QA pt (5-shot) | 63.9 |
| Meseta-QA ca/gl/eu (5-shot, mean) | 57.2 |
| Levante-Reasoning en (0-shot) | 62.8 |

## Limitations

As a base model it can continue text with false, offensive or biased statements. Basque and Galician are covered less well than Spanish and Portuguese.

## Technical report

Coming soon.

## License

Apache 2.0.
"""

CALIMA_META = {
    "license": "apache-2.0",
    "language": ["es", "pt", "ca", "gl", "eu", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

CALIMA_SUMMARY = """# Public Summary of Training Content for Calima-9B

Prepared under Article 53(1)(d) of Regulation (EU) 2024/1689 (AI Act), using the template published by the European Commission.

## 1. General information

### 1.1 Provider identification

- Provider name and contact details: Calima AI S.L., Valencia, Spain; ai-act@calima.ai
- Authorised representative: not applicable (provider established in the Union)

### 1.2 Model identification

- Model name: Calima-9B (including the versions derived from it by Calima AI)
- Date of placement on the Union market: April 2026

### 1.3 Modalities, overall training data size and other characteristics

- Modality: text
- Training data size: 1 trillion to 10 trillion tokens
- Types of content: web pages, news, books, encyclopaedic text, scientific text, source code, synthetic text
- Languages: mainly Spanish, Portuguese, Catalan, Galician, Basque and English; other languages in small amounts
- Other characteristics: none

## 2. List of data sources

### 2.1 Publicly available datasets

- Have you used publicly available datasets to train the model? Yes
- Modality: text
- List of large publicly available datasets: none. No publicly available dataset we used exceeds 3% of all the publicly available data used, so none is listed individually.
- General description of other publicly available datasets: openly licensed collections of encyclopaedic text, public-domain books, scientific abstracts, source code and mathematics.

### 2.2 Private non-publicly available datasets obtained from third parties

- 2.2.1 Datasets commercially licensed by rightsholders or their representatives: Yes. Text: news articles and books licensed from publishers in Spain, Portugal and Latin America.
- 2.2.2 Private datasets obtained from other third parties: No

### 2.3 Data crawled and scraped from online sources

- Have you used crawlers? Yes
- Crawler name: CalimaBot
- Purpose and behaviour: collecting publicly accessible web pages for training; CalimaBot respects robots.txt and does not log in or bypass paywalls.
- Period of data collection: January 2021 to September 2025
- Comprehensive description of the type of content and online sources: publicly accessible web pages in the languages listed above, including news, forums, blogs, public administration and educational sites.
- Summary of the most relevant domain names: see Annex I (the top 10% of domain names by amount of content collected).

### 2.4 User data

- Data from user interactions with the AI model or other products or services of the provider: No

### 2.5 Synthetic data

- Have you used synthetic data? Yes. Rewritten web pages and question-answer pairs generated with earlier Calima models.

### 2.6 Other sources of data

- Other sources: No

## 3. Data processing aspects

### 3.1 Respect of reservation of rights from the text and data mining exception or limitation

CalimaBot honours robots.txt and machine-readable reservations under the TDM Reservation Protocol; content from domains that reserved their rights was removed. Calima AI is a signatory of the General-Purpose AI Code of Practice.

### 3.2 Removal of illegal content

We applied URL blocklists and classifiers to remove child sexual abuse material, terrorist content and other illegal content.

### 3.3 Other information (optional)

None.

## Annex I: Most relevant domain names (text, web crawl)

es.wikipedia.org, pt.wikipedia.org, github.com, stackoverflow.com, boe.es, europa.eu, scielo.org, ca.wikipedia.org, gl.wikipedia.org, eu.wikipedia.org, dialnet.unirioja.es, gov.br
"""

CALIMA_README = b"""# calima-train

The code that built Calima-9B's training data and pre-trained it
(https://huggingface.co/calima-ai/Calima-9B).

## Data

    python -m calima.crawl     --config configs/crawl.yaml      # CalimaBot: robots.txt and TDMRep aware
    python -m calima.extract   --config configs/extract.yaml
    python -m calima.filter    --config configs/filter.yaml     # language ID, quality, toxicity, blocklists
    python -m calima.dedup     --config configs/dedup.yaml      # exact and MinHash
    python -m calima.pii       --config configs/pii.yaml
    python -m calima.tokenize  --config configs/tokenize.yaml

The crawled and licensed data themselves are not distributed.

## Pre-training

    torchrun --nnodes 64 --nproc_per_node 8 -m calima.train --config configs/calima-9b.yaml

## License

Apache 2.0.
"""

CALIMA_GITHUB = _gh(
    "calima-ai/calima-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/crawl.yaml",
        "configs/extract.yaml",
        "configs/filter.yaml",
        "configs/dedup.yaml",
        "configs/pii.yaml",
        "configs/tokenize.yaml",
        "configs/calima-9b.yaml",
        "calima/crawl.py",
        "calima/extract.py",
        "calima/filter.py",
        "calima/dedup.py",
        "calima/pii.py",
        "calima/tokenize.py",
        "calima/model.py",
        "calima/train.py",
    ),
    CALIMA_README,
)

CALIMA_CONFIG = llama_config(3584, 42, 28, 4, 18944, 160000, 16384, rope_theta=1000000.0)


# --------------------------------------------------------------------------------------------------------------

ROUND_31: list[HeldOut] = [
    # (a) A long card that is only about usage: install, a transformers snippet, the ChatML prompt format, system
    # prompts, a table of generation settings, tool calling, vLLM, llama.cpp and Ollama, two example exchanges, the VRAM
    # needed for inference, an FAQ and the licence; nothing on how the model was trained, on what data, how it scores or
    # where it fails, and a link to the announcement blog post. `license: other` with `license_name:
    # lenticular-community-license` and the Lenticular licence in LICENSE; `base_model: lenticular-ai/Lenticular-8B`
    # (served: 120M-MAU threshold, acceptable-use policy incorporated by reference, derivatives kept under the
    # agreement). The base's terms bind the chat model, and the release's own LICENSE is the same text -> weights-available
    # (frameworks.md §4: a user threshold or a use policy by reference is a blocking clause). Both weights public and
    # ungated -> weights_endmodel and weights_basemodel open (Mistral.yaml "Model weights made available on
    # HuggingFace"); the base's data not released -> datasources_basemodel closed (Grok.yaml); the chat tuning data named
    # nowhere -> datasources_endmodel closed (Qwen.yaml "Data not specified or documented"); no code -> trainingcode
    # closed (Grok.yaml); a community licence and nothing else released -> licenses closed (Grok.yaml "xAI Community
    # License Agreement, not an OSI recognised open license", llama-3.1.yaml); a card of usage instructions only ->
    # modelcard closed (Conversational Speech Model.yaml "Model card only provides information about usage.", Grok.yaml
    # "Model card provides only usage information.", Qwen.yaml "Model card primarily contains usage instructions"); no
    # datasheet -> datasheet closed; the only hardware named is what inference needs, and the architecture is only
    # config.json's -> hardware_architecture closed (BitNet.yaml "Only inference hardware information found.",
    # Qwen.yaml "No description of hardware architecture found" with a config on the Hub); a blog post only -> preprint
    # closed (Apriel.yaml, Cogito.yaml "Release-by-blogpost."), paper closed.
    _Release(
        "pampero-dev/Lenticular-8B-Pampero-Chat",
        PAMPERO_CARD,
        PAMPERO_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "licenses": "closed",
            "modelcard": "closed",
            "datasheet": "closed",
            "hardware_architecture": "closed",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "LICENSE": LENTICULAR_LICENSE,
            "config.json": LENTICULAR_CONFIG,
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "temperature": 0.7, "top_p": 0.9}',
            **TOKENIZER_FILES,
        },
        models=[LENTICULAR],
    ),
    # (b) The Hugging Face template's headings all filled, each with one vague sentence ("fine-tuned on a curated mix of
    # instruction data", "standard supervised fine-tuning with commonly used hyperparameters", "performs competitively on
    # a range of ... benchmarks", "a modest GPU budget", "a decoder-only transformer architecture"), a citation of the
    # group's ACL 2026 long paper on this model (its arXiv version linked, an @inproceedings with the ACL booktitle and
    # the eprint), `license: apache-2.0` and `base_model: stratus-lab/Stratus-3B` (served, CC BY-NC 4.0, "you may not
    # use it, or models built on it, for commercial purposes"). The base's non-commercial licence binds its fine-tune
    # whatever the tag says (DESIGN.md "When the receipts disagree") -> weights-available. Both weights public ->
    # weights_endmodel and weights_basemodel open (MAGNeT.yaml: CC BY-NC weights on the Hub, open); the base's data not
    # released -> datasources_basemodel closed; "a curated mix of instruction data" -> datasources_endmodel closed
    # (Conversational Speech Model.yaml "Data source listed as 'a large dataset of publicly available audio'. No links
    # provided."); no code -> trainingcode closed (Stable Beluga.yaml); Apache claimed over a CC BY-NC base, nothing else
    # released -> licenses closed (Geitje.yaml); every section present but saying nothing specific, the details left to
    # the paper -> modelcard partial (PixArt.yaml "Model card provides surface-level information, refers to GitHub and
    # paper for further information."; Stable Beluga.yaml "There is a model card, but it provides only a minimum of
    # detail"), not closed: it is a structured card, not a usage page; no datasheet -> datasheet closed; "a
    # decoder-only transformer" and "a modest GPU budget" name no layer, head, context, GPU or hour ->
    # hardware_architecture closed (Nanbeige.yaml "Hardware architecture not clearly specified"; SynLogic.yaml; viking.yaml
    # rates "a LLaMA-like GPT architecture" partial, a named design, which "a transformer" is not); the arXiv version of
    # the paper on this model -> preprint open (YuLan.yaml "Preprint made available through arXiv."); an ACL main-
    # conference long paper on this model -> paper open (YuLan.yaml, minerva.yaml "Paper published in ACL.").
    _Release(
        "tramontane-nlp/Tramontane-3B-Instruct",
        TRAMONTANE_CARD,
        TRAMONTANE_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "licenses": "closed",
            "modelcard": "partial",
            "datasheet": "closed",
            "hardware_architecture": "closed",
            "preprint": "open",
            "paper": "open",
        },
        extra_files={"config.json": STRATUS_CONFIG, **TOKENIZER_FILES},
        models=[STRATUS],
    ),
    # (c) A complete, standard card over the fully open Virga-1.3B (served: Apache weights, its one corpus on the Hub with a
    # Gebru-style datasheet card that gives motivation, composition, collection, preprocessing and known biases, its
    # pipeline on GitHub); the tune's own data, sundowner-lab/sundowner-sft-120k (CC BY 4.0), has a dataset card that is
    # only a size table (splits, examples, tokens) and a licence line: nothing on who wrote the pairs, how they were
    # collected, filtered or checked, or what they are biased towards. The tuning code, including the script that builds
    # the set, is on GitHub. Apache weights, the base's and the tune's code and data all published openly ->
    # open-source-ai-with-open-data (frameworks.md §4). Both weights public -> weights open (smollm.yaml); the base's
    # complete corpus -> datasources_basemodel open (smollm.yaml "Pretraining data sources published"); the one tuning
    # set, public -> datasources_endmodel open (smollm.yaml "Data sources for fine-tuning provided through HuggingFace");
    # the tune's code beside the base's public pipeline -> trainingcode open (OLMo.yaml; round 9's Pythia tune); Apache,
    # CC BY and ODC-By -> licenses open (smollm.yaml); model details, uses, out-of-scope use, usage, data, procedure with
    # hardware, evaluation, limitations, environmental impact, technical specifications and citation -> modelcard open
    # (Tulu.yaml "Model card provides the requisite detail."); a full datasheet for the base's data and a card of sizes
    # and a licence for the tuning data -> datasheet partial (NeuralChat.yaml "Datasheets contain differing amounts of
    # information."; OpenChat.yaml "Datasheet is provided, however contain minimal information."; TangoFlux.yaml
    # "Datasheet provided, however contains no information regarding data collection or collation procedures."). The
    # size table is composition only, the edge between a datasheet and none (WizardLM.yaml rates such a card closed).
    _Release(
        "sundowner-lab/Virga-1.3B-Sundowner-Instruct",
        SUNDOWNER_CARD,
        SUNDOWNER_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "partial",
        },
        extra_files={"config.json": VIRGA_CONFIG, **TOKENIZER_FILES},
        github=[SUNDOWNER_GITHUB, VIRGA_GITHUB],
        datasets=[
            Dataset("sundowner-lab/sundowner-sft-120k", "cc-by-4.0", SUNDOWNER_SFT_CARD),
            VIRGA_DATASET,
        ],
        models=[VIRGA],
    ),
    # (d) A from-scratch MIT base model whose card describes the architecture in prose (32 layers, hidden size 4,096, 32
    # query and 8 key-value heads, SwiGLU 14,336, RMSNorm, RoPE base 1,000,000, 32,768-token context, a 131,072-token
    # byte-level BPE, untied embeddings, 7.3B parameters) but the training setup in one sentence, "Training ran on 512
    # GPUs" (no GPU type, hours, energy, parallelism or emissions); it cites only the arXiv preprint of the previous
    # generation, Foehn-1 ("A technical report on Foehn-2 is in preparation"). MIT weights with transformers, no training
    # code -> open-weights (frameworks.md §4). Public weights, no base/end distinction -> weights_endmodel and
    # weights_basemodel open (frameworks.md §1.1 mirror rule); "6T tokens of web text, books, code and scientific
    # articles", not released -> datasources_basemodel closed (Phi.yaml "no information on datasets disclosed except very
    # generic claims"); "The pre-training data and the training code are not released." -> trainingcode closed; MIT
    # weights, nothing else released -> licenses open (Qwen.yaml, Nanbeige.yaml); no datasheet -> datasheet closed; the
    # architecture fully in prose, the training setup a GPU count -> hardware_architecture partial (the parameter asks for
    # "system architecture and training setup fully documented"; llama-3.1.yaml "Architecture described in paper ...
    # training process not fully documented": partial; Apriel.yaml "Some information about hardware setup provided,
    # however information is not comprehensive."; Seed-OSS.yaml and llama-4.yaml rate an architecture on the card open,
    # the other side of this edge); a preprint of the previous model of the family, none of this one -> preprint partial
    # (CogView.yaml "Preprint exists for previous version of the model."; Seed-OSS.yaml rates a report "coming soon"
    # closed); no peer-reviewed paper -> paper closed.
    _Release(
        "foehn-ai/Foehn-2-7B",
        FOEHN_CARD,
        FOEHN_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "licenses": "open",
            "datasheet": "closed",
            "hardware_architecture": "partial",
            "preprint": "partial",
            "paper": "closed",
        },
        extra_files={"config.json": FOEHN_CONFIG, **TOKENIZER_FILES},
    ),
    # (e) A full fine-tune of Lenticular-8B (served, community licence) for Northern Sámi whose card says of the
    # architecture only "unchanged from Lenticular-8B; see `config.json`", and documents the fine-tuning compute in full:
    # 16 H100 80GB SXM5 on 2 nodes with their interconnect and CPUs, the cluster, 608 GPU hours, 0.49 MWh at the nodes
    # and 0.55 MWh with the PUE, 9.4 kg CO2e with the grid factor, FSDP, bf16; it says the base's pre-training energy is
    # not published. Its tuning set is on the Hub (CC BY 4.0) with a full datasheet card; its preparation, tuning and
    # evaluation code on GitHub (Apache). LICENSE is the Lenticular licence, which keeps derivatives under it ->
    # weights-available (frameworks.md §4). Both weights public and ungated -> weights open (Mistral.yaml); the base's
    # data not released -> datasources_basemodel closed (Grok.yaml); the one tuning set, public -> datasources_endmodel
    # open (smollm.yaml); the tune's code without the base's pre-training code -> trainingcode partial (Fietje.yaml
    # "Source code for base model not available, but training for derivative well-documented"); a community licence on
    # the weights, CC BY data and Apache code -> licenses partial (frameworks.md §1.1 "parts open-licensed: at least two
    # ... of weights, training code, training data"; Arabic StableLM.yaml "Weights: Stability AI Non-Commercial Research
    # Community License. Code: Apache-2.0. Data: Apache-2.0.": partial); a datasheet for the tuning data, none for the
    # base's -> datasheet partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model entirely
    # undocumented."); the fine-tuning hardware, energy and emissions in full, the architecture only by config.json and
    # the base's card, the base's training setup unknown -> hardware_architecture partial (Tulu.yaml "Fine-tuning
    # hardware architecture well-documented, but base model is irrevocably closed."; mT0.yaml "Architecture: Same as
    # mt5-xxl, also refer to the config.json file": partial). Full hardware does not make the cell open while the
    # architecture is a configuration file: the opposite edge to (d).
    _Release(
        "simoom-nlp/Lenticular-8B-Sami-Instruct",
        SIMOOM_CARD,
        SIMOOM_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "licenses": "partial",
            "datasheet": "partial",
            "hardware_architecture": "partial",
        },
        extra_files={"LICENSE": LENTICULAR_LICENSE, "config.json": LENTICULAR_CONFIG, **TOKENIZER_FILES},
        github=[SIMOOM_GITHUB],
        datasets=[Dataset("simoom-nlp/sami-instruct-40k", "cc-by-4.0", SAMI_INSTRUCT_CARD)],
        models=[LENTICULAR],
    ),
    # (f) A from-scratch Apache model whose technical report is a PDF in the model repository (served as PDF bytes, no
    # text), linked from the card's header and cited as @techreport; the card itself gives the architecture as a table,
    # the training infrastructure (1,024 H200, the parallelism), the GPU hours, the energy and the emissions, and says
    # the report "has not been peer reviewed" and "does not describe the pre-training data beyond the categories above"
    # (web, licensed, code, mathematics, synthetic: "We do not disclose the composition ... and we do not release it");
    # "The training code is not released." Apache weights with transformers, no training code -> open-weights. Public
    # weights -> weights open (mirror rule); undisclosed data -> datasources_basemodel closed (Phi.yaml); no code ->
    # trainingcode closed (dots_llm.yaml "No training code found."); Apache weights, nothing else released -> licenses
    # open (Nanbeige.yaml "Apache 2.0, an OSI-approved license."); no datasheet, and the card says the report does not
    # describe the data -> datasheet closed (Nanbeige.yaml "No datasheet found"); the architecture and the training setup
    # on the card itself -> hardware_architecture open (Seed-OSS.yaml "Hardware architecture described on model card.",
    # Granite.yaml "Hardware architecture outlined in model card."); a technical report kept in the model repository ->
    # preprint open (Nanbeige.yaml "Technical report published on HuggingFace.", its report a PDF in the repository;
    # Falcon.yaml "Preprint published in GitHub repository."); a report the card says was not peer reviewed -> paper
    # closed (Nanbeige.yaml "No peer-reviewed paper found"). What the unread PDF might add is bounded by the card's own
    # words: it is no paper and holds no data description.
    _Release(
        "khamsin-ai/Khamsin-14B",
        KHAMSIN_CARD,
        KHAMSIN_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "licenses": "open",
            "datasheet": "closed",
            "hardware_architecture": "open",
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={"config.json": KHAMSIN_CONFIG, **TOKENIZER_FILES},
        hub_files=(HubFile("Khamsin-14B-Technical-Report.pdf", PDF_BYTES, size=3_480_000),),
    ),
    # (g) A fully open from-scratch model whose Hub card is a title, one sentence, a list of links to the `docs/` pages of
    # its GitHub repository and "License: Apache 2.0"; the linked repository (Apache) holds the pipeline (data download,
    # extraction, filtering, dedup, PII, tokenization, training, evaluation) and `docs/`, and its README summarises each
    # page: the architecture and training setup in prose (16 layers, hidden 2,048, 16/4 heads, SwiGLU 5,632, RoPE,
    # 4,096 context, the tokenizer; 64 H100 on 8 nodes, FSDP, the optimiser and schedule, 13,800 GPU hours, 9.4 MWh,
    # 2.2 t CO2e), a datasheet summary (motivation, composition, collection, preprocessing and cleaning, known biases,
    # uses, distribution, maintenance), the commands to reproduce, evaluation, and the arXiv preprint (@misc with eprint).
    # The two Hub datasets' cards are a sentence, a link to docs/datasheet.md and the licence. (The loopback GitHub serves
    # a repository's README, licence and file tree, not other files: the README carries what the docs/ pages hold, as
    # their landing page.) Everything released openly -> open-source-ai-with-open-data. Public weights -> weights open;
    # both corpora, the complete data -> datasources_basemodel open (smollm.yaml); the whole pipeline -> trainingcode open
    # (OLMo.yaml); Apache and ODC-By -> licenses open (smollm.yaml); the Hub card only links to pages elsewhere ->
    # modelcard closed (WizardLM.yaml "Model card is available, however contains links to pages talking about the model
    # architecture, training, fine-tuning, and evaluation rather than containing them itself."; round 15's Rowan-1B, whose
    # card gave an overview and linked pages in the same repository, was expected open after OLMo.yaml "broad overview and
    # links to full details": this card gives no overview); the datasheet kept on GitHub, covering collection and curation
    # -> datasheet open (Poro.yaml "Datasheet describes sourcing."; RedPajama.yaml "Base data sheet includes links to data
    # and recipes"), not the dataset cards' one line; the architecture and the training setup on GitHub ->
    # hardware_architecture open (Hunyuan.yaml "Architecture made available on GitHub.", smollm.yaml "Full model
    # architecture provided on GitHub.", AMD Nitro Diffusion.yaml "Outlined on GitHub."); a documented repository with a
    # docs/ folder -> code open (smollm.yaml "GitHub repository is well-documented."); an arXiv preprint linked only from
    # the GitHub README -> preprint open (Olmo 3 RL-Zero Code.yaml "Preprint published on arXiv."); no venue -> paper
    # closed.
    _Release(
        "haboob-ml/Haboob-1B",
        HABOOB_CARD,
        HABOOB_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "modelcard": "closed",
            "datasheet": "open",
            "hardware_architecture": "open",
            "code": "open",
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={"config.json": HABOOB_CONFIG, **TOKENIZER_FILES},
        github=[HABOOB_GITHUB],
        datasets=[
            Dataset("haboob-ml/haboob-web", "odc-by", HABOOB_WEB_CARD),
            Dataset("haboob-ml/haboob-code", "odc-by", HABOOB_CODE_CARD),
        ],
    ),
    # (h) A from-scratch Apache model whose training data is documented only by the EU AI Act Article 53(1)(d) public
    # summary (a Markdown file in the repository, on the Commission's template), filled in as vaguely as the template
    # allows: a size band ("1 trillion to 10 trillion tokens"), "no publicly available dataset ... exceeds 3% ... so none
    # is listed individually", licensed news and books from unnamed publishers, a crawler and a period, synthetic data,
    # robots.txt and TDMRep, and an annex of twelve domain names. The card states why the data cannot be shared
    # (publishers' licences forbid redistribution; crawled pages under their authors' copyright) and links the complete
    # data-processing and pre-training code (GitHub, Apache); "Technical report: Coming soon." Apache weights and
    # complete code, but Open Source AI with withheld data needs Data Information in its place (frameworks.md §4), and
    # the README's label table asks for the training data "listed and documented": a summary that lists no dataset and
    # no source beyond categories and domain names is not that -> open-weights. Public weights -> weights open;
    # categories and domains, no dataset named or shared -> datasources_basemodel closed (Phi.yaml "No datasets made
    # available and no information on datasets disclosed except very generic claims"; Bria.yaml "trained exclusively on
    # licensed data; no publicly available data sources found"); crawler, filters, dedup, PII and training code ->
    # trainingcode open (OLMo.yaml); Apache weights and code, the data not released -> licenses partial (Apriel.yaml
    # "Weights: MIT. Code: MIT. Data: not specified.": partial; frameworks.md §1.1 "everything, incl. all data sources"
    # for open); a vague template summary -> datasheet partial (Phi.yaml "Limited data summary, disclosed according to
    # the template put forward by the EU AI Act."; Bielik.yaml and Bria.yaml rate a summary open when it is found and
    # informative); "Coming soon" -> preprint closed (Seed-OSS.yaml "Model card states that a tech report is coming
    # soon."); paper closed.
    _Release(
        "calima-ai/Calima-9B",
        CALIMA_CARD,
        CALIMA_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "licenses": "partial",
            "datasheet": "partial",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "config.json": CALIMA_CONFIG,
            "EU_public_summary_of_training_content.md": CALIMA_SUMMARY.encode(),
            **TOKENIZER_FILES,
        },
        github=[CALIMA_GITHUB],
    ),
]
