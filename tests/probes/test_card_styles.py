"""Generalisation, not memorisation (issue 14, item 8): made-up model cards in many drafting styles.

Every card here was written for this file: vendors, models and numbers are invented, and no card
shares a 60-character run with the corpus of real releases (checked below). Each case says what a
careful reader concludes from the card (the probe's level) and, where a line applies, which line
the finding must cite.

Styles: Markdown headings and tables (`md-table`), raw HTML (`html`: `<h2>`, `<table>`,
`<details>`), bullet lists (`bullets`), headings in other words (`other-words`: "What went into
it", "Under the hood", "Kicking the tires", "Scores"), English headings that do not look it
(`decorated`: emoji, numbering, styled Unicode letters, capitals), everything in one long
paragraph (`paragraph`), and YAML-heavy front matter (`front-matter`).

The held-out cards at the end were written after the vocabulary was tuned on the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from opengauge.model import Document, DocumentKind, FileEntry, Finding, Level, Release
from opengauge.probes import run_probes
from opengauge.sources.card import card_facts, unlooked_datasets
from opengauge.sources.frontmatter import parse_front_matter

OPEN, PARTIAL, CLOSED, UNKNOWN = Level.OPEN, Level.PARTIAL, Level.CLOSED, Level.UNKNOWN

#: a model repository read completely: its card and a weights file (no config.json, so the
#: architecture and the library must come from the card)
FILES = ("README.md", "model.safetensors")


@dataclass(frozen=True)
class Case:
    probe: str
    level: Level
    style: str
    text: str
    at: tuple[str, ...] = ()
    """Words of the card lines the finding must cite (each on a line some evidence points at)."""
    name: str = "tidepool/Nimbus"
    files: tuple[str, ...] = FILES
    flop: float | None = None
    """The training compute the finding must state or estimate."""
    base: tuple[str, ...] = ()
    """The base models the release declares (`base_model`), as a source would record them."""

    @property
    def id(self) -> str:
        return f"{self.probe}-{self.level.value}-{self.style}"


def build(case: Case) -> Release:
    """The release a Hub source would produce from the card: front matter parsed, datasets, tags,
    papers and links derived the way every card-bearing source derives them."""
    meta, _ = parse_front_matter(case.text)
    facts = card_facts(meta, [case.text])
    return Release(
        ref=f"hf:{case.name}",
        source="hub",
        id=case.name,
        revision="c" * 40,
        url=f"https://huggingface.co/{case.name}",
        metadata=meta,
        tags=facts.tags,
        files=[
            FileEntry(path=p, size=6_000_000_000 if p.endswith(".safetensors") else 4_000, lfs=True)
            for p in case.files
        ],
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=case.text)],
        datasets=unlooked_datasets(facts.dataset_ids),
        papers=facts.papers,
        links=facts.urls,
        base_models=list(case.base),
    )


def finding(case: Case) -> Finding:
    return next(f for f in run_probes(build(case), only=[case.probe]) if f.probe == case.probe)


def check(case: Case) -> None:
    f = finding(case)
    assert f.level is case.level, f"{case.id}: {f.level.value}: {f.reason}"
    if f.level in (OPEN, CLOSED):
        assert f.evidence and all(e.source for e in f.evidence), f"{case.id} cites no evidence"
    if case.flop is not None:
        assert f.data["flop"] == pytest.approx(case.flop, rel=1e-9), f"{case.id}: {f.data}"
    lines = case.text.split("\n")
    cited = [lines[e.line - 1] for e in f.evidence if e.source == "README.md" and e.line]
    for words in case.at:
        assert any(words.lower() in c.lower() for c in cited), f"{case.id}: no evidence at {words!r}: {cited}"


# ============================================================================ model-card
MODEL_CARD = [
    Case(
        "model-card",
        OPEN,
        "md-table",
        """---
license: mit
---
# Wren-2 model card

## Overview

| Field | Value |
|---|---|
| Developer | Larkspur Systems |
| Kind | small conversational model for English and Welsh |

## Intended uses

| Use | Status |
|---|---|
| Drafting and summarising letters | supported |
| Automated hiring decisions | out of scope |

## Limitations

| Risk | Mitigation |
|---|---|
| Invented facts in long answers | keep a person in the loop |

## Quick start

| Step | Command |
|---|---|
| fetch | `huggingface-cli download larkspur/wren-2` |

## Training

| Stage | What | Amount |
|---|---|---|
| pre-training | filtered web text and public-domain books | 1.1 trillion tokens |

## Evaluation

| Benchmark | Wren-2 |
|---|---|
| HellaSwag | 71.4 |
| ARC-Easy | 68.9 |

## Citation

| Format | Entry |
|---|---|
| plain | Larkspur Systems (2025). Wren-2: a pocket-sized assistant. |
""",
        at=("## Overview",),
    ),
    Case(
        "model-card",
        OPEN,
        "html",
        """<h1>Basalt-Coder</h1>
<h2>About the model</h2>
<p>Basalt-Coder is a code completion model from Quarry Labs, tuned for Python and Go.</p>
<h2>Intended uses</h2>
<p>Completing functions inside an editor; never merge its output into security code unreviewed.</p>
<h2>Risks and limitations</h2>
<p>Suggestions can contain vulnerable idioms or snippets under other licenses; review them.</p>
<h2>Getting started</h2>
<pre><code>basalt complete --file main.go --max-lines 12</code></pre>
<h2>Training data</h2>
<p>Permissively licensed repositories collected in 2024, deduplicated at the file level.</p>
<h2>Benchmarks</h2>
<table><tr><th>Suite</th><th>pass@1</th></tr><tr><td>HumanEval</td><td>52.4</td></tr></table>
<h2>Hardware</h2>
<p>Trained on 64 MI300X accelerators over nine days in a rented cluster.</p>
<h2>Citing</h2>
<p>Please cite it as: Quarry Labs, "Basalt-Coder", 2025, model release.</p>
""",
        at=("<h2>About the model</h2>",),
    ),
    Case(
        "model-card",
        OPEN,
        "other-words",
        """# Skerry-1

## What it is
Skerry-1 is a small chat model built by Fjordline AI for Nordic customer support desks.

## What it's good for
Answering product questions in Norwegian, Swedish and English; not for medical or legal advice.

## Where it falls short
It mixes up similar product names and can be confidently wrong about prices.

## Kicking the tires
Paste a question into the hosted demo, or load the weights with your usual toolkit and chat.

## What went into it
Two years of anonymised support tickets plus a public-domain Nordic news archive.

## Scores
On our internal ticket benchmark it resolves 64% of cases without a human stepping in.

## Footprint
Roughly three tonnes of CO2-equivalent, read off the data centre's own meter.
""",
        at=("## What it is",),
    ),
    Case(
        "model-card",
        OPEN,
        "decorated",
        """---
license: apache-2.0
---
# 🌀 Cirrus-Mini

## 🔍 𝗠𝗼𝗱𝗲𝗹 𝗦𝘂𝗺𝗺𝗮𝗿𝘆
Cirrus-Mini is a weather-report summariser published by Ondine Research for coastal radio.

## ① INTENDED USE
Turning raw marine forecasts into short spoken bulletins; it is not a forecasting model.

## ⚠️ Ｂｉａｓ ＆ Ｒｉｓｋｓ
It may drop a gale warning when a bulletin is long; a forecaster signs off every bulletin.

## ▸ Quickstart
Send the raw forecast as the prompt and ask for a ninety-second bulletin in plain words.

## 📚 Training Data
Ten years of archived shipping forecasts with the bulletins that were actually broadcast.

## 📈 Evaluation
| metric | value |
|---|---|
| ROUGE-L | 41.7 |

## 📎 Citation
Ondine Research. Cirrus-Mini, a bulletin writer for coastal radio. 2025.
""",
        at=("𝗦𝘂𝗺𝗺𝗮𝗿𝘆",),
    ),
    Case(
        "model-card",
        PARTIAL,
        "md-table",
        """# Nimbus

## Usage

| Call | Meaning |
|---|---|
| `nimbus.answer(q)` | a short answer to the question q |

## License

| Item | Terms |
|---|---|
| weights | MIT, see LICENSE in this repository |
""",
        at=("## Usage",),
    ),
    Case(
        "model-card",
        PARTIAL,
        "html",
        """<h1>Nimbus</h1>
<p>A compact assistant for kiosk terminals.</p>
<details>
<summary>How to use</summary>
<p>Call the kiosk SDK with the model folder; it loads the weights and answers touch-screen queries.</p>
</details>
<details>
<summary>Changelog</summary>
<p>v1.1 fixed a crash on empty prompts and made replies shorter.</p>
</details>
""",
        at=("How to use",),
    ),
    Case(
        "model-card",
        PARTIAL,
        "other-words",
        """# Nimbus

## Kicking the tires
Open the notebook in this repository and run the first cell; it asks the model three riddles.

## Scores
It solves 31 of the 40 riddles in our own collection, up from 22 for the previous version.

## Contact
Write to the maintainers through the discussion tab of this repository.
""",
        at=("## Kicking the tires",),
    ),
    Case(
        "model-card",
        CLOSED,
        "paragraph",
        "Nimbus is a compact assistant built by Tidepool for kiosk terminals; it answers short "
        "questions about opening hours and directions, it was taught with a few thousand staff-written "
        "exchanges, and on our own spot checks it answered most of them well enough, so please report "
        "anything odd on the discussion tab.\n",
    ),
    Case(
        "model-card",
        CLOSED,
        "front-matter",
        """---
license: mit
language: [en, fr, de]
tags: [kiosk, assistant, tidepool]
pipeline_tag: text-generation
widget:
  - text: "When does the museum open on Sundays?"
  - text: "Where is the nearest lift?"
---
Weights for the kiosk assistant.
""",
    ),
    Case(
        "model-card",
        CLOSED,
        "bullets",
        """# Nimbus

## Changelog

- v1.2: shorter replies
- v1.1: fixed a crash on empty prompts
- v1.0: first public weights

## Contact

- discussion tab of this repository
- kiosk-team@tidepool.example
""",
    ),
]

# ============================================================================ architecture-hardware
ARCH_HW = [
    Case(
        "architecture-hardware",
        OPEN,
        "md-table",
        """# Nimbus

## Specifications

| Property | Value |
|---|---|
| Type | decoder-only transformer |
| Layers | 24 |
| Training hardware | 512 H100 GPUs for 21 days |
""",
        at=("decoder-only", "512 H100"),
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "paragraph",
        "Nimbus is a decoder-only transformer with 24 layers and rotary position embeddings, trained "
        "on 512 H100 GPUs for 21 days in Tidepool's own data centre, and it is released for research.\n",
        at=("decoder-only",),
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "html",
        """<h2>Under the hood</h2>
<p>A sparse mixture-of-experts transformer: 16 experts, 2 active per token, 28 blocks.</p>
<p>Pre-trained on a TPU v5e pod (256 chips) over five weeks.</p>
""",
        at=("mixture-of-experts", "TPU v5e"),
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "bullets",
        """# Nimbus

## Under the hood

- Backbone: transformer decoder, 32 blocks, 4096-wide residual stream
- Attention: grouped-query, 8 key-value heads
- Trained on: 1,024 Gaudi 3 accelerators, about 6 weeks
""",
        at=("transformer decoder", "Gaudi 3"),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "md-table",
        """# Nimbus

## Under the hood

| Setting | Value |
|---|---|
| Architecture | decoder-only transformer |
| Context length | 8192 |
""",
        at=("decoder-only",),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "html",
        """<h2>Design</h2>
<ul><li>24 layers, hidden size 2048</li><li>sliding-window attention of 4096 tokens</li></ul>
<p>For inference a single GPU with 16 GB is enough.</p>
""",
        at=("24 layers",),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "bullets",
        """# Nimbus

- architecture: encoder-decoder transformer, 12 + 12 layers
- vocabulary: 32k SentencePiece pieces
- fine-tune it on two GPUs with the included recipe
""",
        at=("encoder-decoder",),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "other-words",
        """# Nimbus

## Where it was built
Trained on 96 A100 GPUs in the Tidepool cluster over eleven days.
""",
        at=("96 A100",),
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "paragraph",
        "Nimbus answers questions about train timetables for the regional rail network; ask it in "
        "plain words and it replies with the next departures, and it runs on one GPU for inference.\n",
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "html",
        """<h2>Usage</h2>
<p>Load the weights with your usual runtime and send it a question about train timetables.</p>
""",
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "bullets",
        """# Nimbus

- answers questions on regional train timetables
- replies in English or Dutch
- report wrong departures on the discussion tab
""",
    ),
]

# ============================================================================ training-data
#: A public dataset of which the card says only a processed part was used, that part not published:
#: partial (the experts: "Dataset is available, but the reduced version that they use ... not
#: provided"); the same datasets named with words that do not reduce them stay open.
_REDUCED_FM = """---
datasets:
  - HuggingFaceFW/fineweb
  - HuggingFaceTB/cosmopedia
---
"""
REDUCED_DATA = [
    Case(
        "training-data",
        PARTIAL,
        "md-table-reduced",
        _REDUCED_FM
        + """# Nimbus

## Pre-training mix

| Component | Tokens | Weight |
|---|---|---|
| FineWeb - top-quality subset | 900B | 0.7 |
| Cosmopedia | 25B | 0.3 |
""",
        at=("top-quality subset",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "bullets-reduced",
        _REDUCED_FM
        + """# Nimbus

## Data

- a 25% random sample of FineWeb, English pages only
- all of Cosmopedia
""",
        at=("random sample of FineWeb",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "paragraph-reduced",
        _REDUCED_FM
        + "Nimbus was pre-trained on a deduplicated selection of FineWeb pages in English and then on "
        "Cosmopedia's textbooks, for 1.1 trillion tokens in all.\n",
        at=("selection of FineWeb",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "html-reduced",
        _REDUCED_FM
        + """<h2>Training data</h2>
<table>
<tr><td>FineWeb (subsampled to 400B tokens)</td><td>80%</td></tr>
<tr><td>Cosmopedia</td><td>20%</td></tr>
</table>
""",
        at=("subsampled to 400B",),
    ),
    Case(
        "training-data",
        OPEN,
        "negated-reduction",
        _REDUCED_FM
        + """# Nimbus

## Training data
FineWeb was used as published: it was not subsampled or filtered further. Cosmopedia was used in full.
""",
        at=("HuggingFaceFW/fineweb",),
    ),
    Case(
        "training-data",
        OPEN,
        "apposition",
        _REDUCED_FM
        + "Nimbus was trained on FineWeb, a filtered and deduplicated crawl of 96 Common Crawl snapshots, "
        "and on Cosmopedia.\n",
        at=("HuggingFaceFW/fineweb",),
    ),
    Case(
        "training-data",
        OPEN,
        "mixture-weights",
        _REDUCED_FM
        + """# Nimbus

## Data mixture

| Dataset | Share of the batches |
|---|---|
| FineWeb | 70% of samples |
| Cosmopedia | 30% of samples |
""",
        at=("HuggingFaceFW/fineweb",),
    ),
]

#: Public datasets listed beside data the card says is the publisher's own and unpublished: partial
#: (the OSAI rubric's "some sources open"); a negated statement does not count.
INTERNAL_DATA = [
    Case(
        "training-data",
        PARTIAL,
        "paragraph-internal",
        _REDUCED_FM
        + "Nimbus was fine-tuned on FineWeb and Cosmopedia samples and on our in-house customer-support "
        "transcripts, which stay private.\n",
        at=("in-house customer-support",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "bullets-internal",
        _REDUCED_FM
        + """# Nimbus

## Training data

- FineWeb
- Cosmopedia
- a proprietary collection of legal contracts licensed from partners (not released)
""",
        at=("proprietary collection",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "md-table-internal",
        _REDUCED_FM
        + """# Nimbus

## Data mixture

| Source | Share |
|---|---|
| FineWeb | 50% |
| Cosmopedia | 20% |
| Internal synthetic dialogue data | 30% |
""",
        at=("Internal synthetic dialogue data",),
    ),
    Case(
        "training-data",
        OPEN,
        "negated-internal",
        _REDUCED_FM
        + """# Nimbus

## Training data
Only FineWeb and Cosmopedia were used; no proprietary data went into training.
""",
        at=("HuggingFaceFW/fineweb",),
    ),
]

#: Weights published only as a difference to another model's weights: partial (the experts: "Model
#: weights offered as a delta to LLaMA", WizardLM; StableVicuna); a card that denies it stays open.
DELTA_WEIGHTS = [
    Case(
        "weights-published",
        PARTIAL,
        "md-delta",
        """# Nimbus-13B

## Getting the weights

This repository holds weight diffs against Basalt-13B. Run `merge_diff.py --base basalt-13b` to rebuild
the model before use.
""",
        at=("weight diffs",),
    ),
    Case(
        "weights-published",
        PARTIAL,
        "html-delta",
        """<h2>Usage</h2>
<p>Nimbus cannot be used from these weights alone: add back the difference to the Basalt-13B
checkpoint first.</p>
""",
        at=("cannot be used from these weights alone",),
    ),
    Case(
        "weights-published",
        PARTIAL,
        "bullets-delta",
        """# Nimbus

- Release format: XOR files over the original Basalt weights
- Tokenizer: unchanged
""",
        at=("XOR files",),
    ),
    Case(
        "weights-published",
        OPEN,
        "negated-delta",
        """# Nimbus v2

Unlike v1, these weights do not require applying delta files: load them directly.
""",
    ),
    Case(
        "weights-published",
        OPEN,
        "plain-weights",
        "Nimbus is a 7B chat model; download the safetensors file above and load it with any Llama-style "
        "runtime.\n",
    ),
    Case(
        "weights-published",
        OPEN,
        "html-weights",
        "<h2>Files</h2>\n<p>One safetensors file with the full weights, ready to load.</p>\n",
    ),
]

TRAINING_DATA = [
    Case(
        "training-data",
        OPEN,
        "front-matter",
        """---
license: apache-2.0
datasets:
  - tidepool/reef-web
  - tidepool/kelp-instruct
language:
  - en
---
# Nimbus

A general assistant.
""",
        at=("tidepool/reef-web",),
    ),
    Case(
        "training-data",
        OPEN,
        "paragraph",
        "Nimbus is a general assistant that was pre-trained on "
        "[reef-web](https://huggingface.co/datasets/tidepool/reef-web) and then instruction-tuned on "
        "[kelp-instruct](https://huggingface.co/datasets/tidepool/kelp-instruct), both published by us.\n",
        at=("reef-web",),
    ),
    Case(
        "training-data",
        OPEN,
        "md-table",
        """# Nimbus

## What went into it

| Source | Share | Where |
|---|---|---|
| Reef web crawl | 80% | https://huggingface.co/datasets/tidepool/reef-web |
| Kelp instructions | 20% | https://huggingface.co/datasets/tidepool/kelp-instruct |
""",
        at=("tidepool/reef-web",),
    ),
    Case(
        "training-data",
        OPEN,
        "html",
        """<h2>Training corpus</h2>
<ul>
<li><a href="https://huggingface.co/datasets/tidepool/reef-web">reef-web</a> (web pages, 2023-2024)</li>
<li><a href="https://huggingface.co/datasets/tidepool/kelp-instruct">kelp-instruct</a></li>
</ul>
""",
        at=("tidepool/reef-web",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "bullets",
        """# Nimbus

## Data

- FineWeb-Edu for general text
- The Stack v2 for code
- peS2o for scientific writing
""",
        at=("FineWeb",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "paragraph",
        "Nimbus learned from a blend of SlimPajama, OpenWebMath and Cosmopedia, weighted towards "
        "mathematics in the last tenth of training; the exact mixture will follow in a later note.\n",
        at=("SlimPajama",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "md-table",
        """# Nimbus

## What went into it

| Corpus | Tokens |
|---|---|
| Dolma | 1.2T |
| MADLAD-400 (Welsh and Irish) | 40B |
""",
        at=("Dolma",),
    ),
    Case(
        "training-data",
        CLOSED,
        "md-table",
        """# Nimbus

## Training data

| Source | Notes |
|---|---|
| Licensed text | bought from publishers, not redistributable |
| Web pages | publicly available, filtered for quality |
""",
        at=("## Training data",),
    ),
    Case(
        "training-data",
        CLOSED,
        "html",
        """<h2>Training data</h2>
<p>A mixture of publicly available web pages and licensed material, filtered for quality and safety.</p>
""",
        at=("<h2>Training data</h2>",),
    ),
    Case(
        "training-data",
        CLOSED,
        "other-words",
        """# Nimbus

## What went into it
A mixture of publicly available text and data licensed from partners, cleaned of personal details.
""",
        at=("## What went into it",),
    ),
    Case(
        "training-data",
        CLOSED,
        "paragraph",
        "Nimbus answers questions about train timetables for the regional rail network; ask it in plain "
        "words and it replies with the next departures from the station you name.\n",
    ),
]

# ============================================================================ data-documentation
DATA_DOCS = [
    Case(
        "data-documentation",
        OPEN,
        "md-table",
        """# Nimbus

## Documents

| Document | About |
|---|---|
| [DATASHEET.md](DATASHEET.md) | the training corpus, answering Gebru et al.'s datasheet questions |
""",
        at=("DATASHEET.md",),
    ),
    Case(
        "data-documentation",
        OPEN,
        "paragraph",
        "Nimbus comes with the public summary of the content used for training that Article 53(1)(d) "
        "of the EU AI Act asks for, published at https://tidepool.example/nimbus/training-summary.\n",
        at=("Article 53",),
    ),
    Case(
        "data-documentation",
        OPEN,
        "front-matter",
        """---
license: apache-2.0
datasets:
- EleutherAI/pile
---
# Nimbus

A general assistant; its corpus is described on the dataset's own page.
""",
        # the card of the dataset is not read here: the dataset catalog knows its published datasheet
        at=("EleutherAI/pile",),
    ),
    Case(
        "data-documentation",
        OPEN,
        "html",
        """<h2>Data documentation</h2>
<p>Read the <a href="https://tidepool.example/datasheet.pdf">datasheet</a>, written after
"Datasheets for Datasets" (motivation, composition, collection, uses, maintenance).</p>
""",
        at=("datasheet",),
    ),
    Case(
        "data-documentation",
        PARTIAL,
        "bullets",
        """# Nimbus

## Data

- a data card for the instruction set is in `data_card.md`
- everything else was collected from public forums
""",
        at=("data card",),
    ),
    Case(
        "data-documentation",
        PARTIAL,
        "html",
        """<details>
<summary>About the annotations</summary>
<p>A <a href="https://tidepool.example/statement">data statement</a> describes who wrote the replies.</p>
</details>
""",
        at=("data statement",),
    ),
    Case(
        "data-documentation",
        PARTIAL,
        "other-words",
        """# Nimbus

## Paperwork
The Data Card for the dialogue corpus lists its sources, languages and licenses.
""",
        at=("Data Card",),
    ),
    Case(
        "data-documentation",
        CLOSED,
        "md-table",
        """# Nimbus

## Training data

| Source | Notes |
|---|---|
| Web pages | publicly available, filtered for quality |
""",
        at=("## Training data",),
    ),
    Case(
        "data-documentation",
        CLOSED,
        "html",
        """<h2>Datasets</h2>
<p>We trained on a mixture of licensed books and filtered public web pages from 2023.</p>
""",
        at=("<h2>Datasets</h2>",),
    ),
    Case(
        "data-documentation",
        CLOSED,
        "bullets",
        """# Nimbus

## Data used

- web text gathered in 2024
- transcripts licensed from a broadcaster
""",
        at=("## Data used",),
    ),
]

# ============================================================================ preprint
PREPRINT = [
    Case(
        "preprint",
        OPEN,
        "md-table",
        """# Nimbus

## Cite us

```bibtex
@misc{tidepool2025nimbus,
  title         = {Nimbus: A Compact Assistant for Kiosks},
  author        = {Tidepool Team},
  year          = {2025},
  eprint        = {2507.04321},
  archivePrefix = {arXiv}
}
```
""",
        at=("2507.04321",),
    ),
    Case(
        "preprint",
        OPEN,
        "bullets",
        """# Nimbus

[![arXiv](https://img.shields.io/badge/arXiv-2507.04321-b31b1b.svg)](https://arxiv.org/abs/2507.04321)
[![License](https://img.shields.io/badge/license-MIT-green.svg)](LICENSE)

- a compact assistant for kiosks
""",
        at=("2507.04321",),
    ),
    Case(
        "preprint",
        OPEN,
        "other-words",
        """# Nimbus

## Read more
- [Technical report](https://arxiv.org/abs/2507.04321)
- [Blog post](https://tidepool.example/blog/nimbus)
""",
        at=("Technical report",),
    ),
    Case(
        "preprint",
        OPEN,
        "html",
        """<p align="center">
<a href="https://arxiv.org/pdf/2507.04321">📄 Read the paper</a> |
<a href="https://tidepool.example/demo">🕹 Demo</a>
</p>
""",
        at=("2507.04321",),
    ),
    Case(
        "preprint",
        OPEN,  # a report outside arXiv counts as the preprint, as the experts count it
        "md-table",
        """# Nimbus

| Resource | Link |
|---|---|
| [Technical report (PDF)](https://tidepool.example/nimbus-report.pdf) | design and training |
""",
        at=("Technical report",),
    ),
    Case(
        "preprint",
        OPEN,  # a report outside arXiv counts as the preprint, as the experts count it
        "html",
        """<h2>Resources</h2>
<p><a href="https://tidepool.example/nimbus/whitepaper.pdf">Nimbus white paper</a></p>
""",
        at=("white paper",),
    ),
    Case(
        "preprint",
        OPEN,  # a report outside arXiv counts as the preprint, as the experts count it
        "paragraph",
        "Everything about how Nimbus was built, from the tokenizer to the safety tuning, is in our "
        "technical report at https://tidepool.example/reports/nimbus-2025.pdf, which we keep updated.\n",
        at=("technical report",),
    ),
    Case(
        "preprint",
        CLOSED,
        "bullets",
        """# Nimbus

## Under the hood

- rotary embeddings ([Su et al.](https://arxiv.org/abs/2104.09864))
- FlashAttention kernels (arXiv:2205.14135)
- SwiGLU activations, see https://arxiv.org/abs/2002.05202
""",
    ),
    Case(
        "preprint",
        CLOSED,
        "md-table",
        """# Nimbus

## Architecture

| Component | Reference |
|---|---|
| ALiBi positions | [arXiv 2108.12409](https://arxiv.org/abs/2108.12409) |
| Grouped-query attention | [arXiv 2305.13245](https://arxiv.org/abs/2305.13245) |
""",
    ),
    Case(
        "preprint",
        CLOSED,
        "paragraph",
        "Nimbus was tuned with direct preference optimisation (https://arxiv.org/abs/2305.18290) on "
        "staff-written comparisons, and it answers questions about train timetables for commuters.\n",
    ),
]

# ============================================================================ peer-reviewed-paper
PEER_REVIEWED = [
    Case(  # the model's own paper is a preprint; the venue cited is a method it used (related work)
        "peer-reviewed-paper",
        CLOSED,
        "md-table",
        """# Nimbus

## Citation

```bibtex
@article{tidepool2025nimbus,
  title   = {Nimbus: A Compact Assistant for Kiosks},
  journal = {arXiv preprint arXiv:2507.04321},
  year    = {2025}
}

@inproceedings{dettmers2023qlora,
  title     = {QLoRA: Efficient Finetuning of Quantized LLMs},
  booktitle = {Advances in Neural Information Processing Systems},
  year      = {2023}
}
```
""",
        at=("@article",),
    ),
    Case(  # a library the model was built with, cited with its venue, is not the model's paper
        "peer-reviewed-paper",
        CLOSED,
        "paragraph",
        "# Nimbus\n\nA compact kiosk assistant.\n\n## Training\n\nTraining uses the FlashKiosk kernels "
        "(Lee et al., Proceedings of MLSys 2024) on 8 GPUs.\n",
        at=(),
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "md-table",
        """# Nimbus

## Citation

```bibtex
@inproceedings{tidepool2025nimbus,
  title     = {Nimbus: Small Models for Kiosks},
  booktitle = {Advances in Neural Information Processing Systems},
  year      = {2025}
}
```
""",
        at=("@inproceedings",),
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "paragraph",
        "The training recipe behind Nimbus was published in Transactions on Machine Learning Research "
        "(TMLR, 2025) after open review, and the weights here are the ones the paper reports.\n",
        at=("Transactions on Machine Learning Research",),
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "bullets",
        """# Nimbus

## Publications
- Nimbus: kiosk dialogue at small scale. *COLM 2025*.
- Short version in the ACL Anthology: https://aclanthology.org/2025.findings-acl.991/
""",
        at=("COLM 2025",),
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "html",
        """<h2>Paper</h2>
<p>Tidepool Team. <i>Forecasting tides with small transformers</i>. Nature 640, 112-118 (2025).</p>
""",
        at=("Nature 640",),
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "other-words",
        """# Nimbus

## Where to read about it
Tidepool Team (2025). Nimbus. Journal of Machine Learning Research, 26(140):1-38.
""",
        at=("Journal of Machine Learning Research",),
    ),
    Case(
        "peer-reviewed-paper",
        CLOSED,
        "paragraph",
        "If Nimbus helps your work, please cite: Tidepool Team. Nimbus: a compact assistant for kiosks. "
        "arXiv preprint arXiv:2507.04321, 2025.\n",
        at=("arXiv preprint",),
    ),
    Case(
        "peer-reviewed-paper",
        CLOSED,
        "md-table",
        """# Nimbus

## Citation

```bibtex
@article{tidepool2025nimbus,
  title   = {Nimbus: A Compact Assistant for Kiosks},
  journal = {arXiv preprint arXiv:2507.04321},
  year    = {2025}
}
```
""",
        at=("@article",),
    ),
    Case(
        "peer-reviewed-paper",
        CLOSED,
        "bullets",
        """# Nimbus

## Read more
- preprint: https://arxiv.org/abs/2507.04321
- slides from our meetup talk
""",
    ),
]

# ============================================================================ evaluation-results
EVALUATION = [
    Case(
        "evaluation-results",
        OPEN,
        "front-matter",
        """---
license: apache-2.0
model-index:
  - name: Nimbus
    results:
      - dataset: {name: Kiosk-QA, type: tidepool/kiosk-qa}
        task: {type: question-answering}
        metrics: [{type: exact_match, value: 58.1}]
---
# Nimbus
""",
        at=("model-index",),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "md-table",
        """# Nimbus

## Scores

| Benchmark | Nimbus | Previous |
|---|---|---|
| GSM8K | 48.0 | 35.5 |
| MMLU (5-shot) | 61.3 | 55.0 |
""",
        at=("## Scores",),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "html",
        """<h2>Results</h2>
<table>
<tr><th>Benchmark</th><th>Nimbus</th></tr>
<tr><td>GSM8K</td><td>48.0</td></tr>
</table>
""",
        at=("<h2>Results</h2>",),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "decorated",
        """# Nimbus

## 📊 𝐏𝐞𝐫𝐟𝐨𝐫𝐦𝐚𝐧𝐜𝐞

| Benchmark | Nimbus |
|---|---|
| ARC-Challenge | 52.9 |
""",
        at=("𝐏𝐞𝐫𝐟𝐨𝐫𝐦𝐚𝐧𝐜𝐞",),
    ),
    Case(
        "evaluation-results",
        PARTIAL,
        "paragraph",
        """# Nimbus

## Evaluation
On MMLU (5-shot) Nimbus reaches 61.3, and it gets 48.0 on GSM8K, ahead of our previous release.
""",
        at=("## Evaluation",),
    ),
    Case(
        "evaluation-results",
        PARTIAL,
        "bullets",
        """# Nimbus

## Benchmarks
- MMLU, 5-shot: 61.3
- GSM8K, chain of thought: 48.0
""",
        at=("## Benchmarks",),
    ),
    Case(
        "evaluation-results",
        PARTIAL,
        "other-words",
        """# Nimbus

## How it stacks up
Against models of its size it is stronger at arithmetic and weaker at trivia; numbers will follow.
""",
        at=("## How it stacks up",),
    ),
    Case(
        "evaluation-results",
        CLOSED,
        "bullets",
        """# Nimbus

## Usage
- load the weights with your usual runtime
- ask it about train timetables
""",
    ),
    Case(
        "evaluation-results",
        CLOSED,
        "html",
        """<h2>Usage</h2>
<p>Load the weights with your usual runtime and ask it about train timetables.</p>
""",
    ),
    Case(
        "evaluation-results",
        CLOSED,
        "paragraph",
        "Nimbus answers questions about train timetables for the regional rail network; ask it in "
        "plain words and it replies with the next departures.\n",
    ),
]

# ============================================================================ training-compute
COMPUTE = [
    Case(
        "training-compute",
        OPEN,
        "paragraph",
        "Pre-training Nimbus took about 3.8e24 FLOPs on our own cluster over two months.\n",
        at=("3.8e24",),
        flop=3.8e24,
    ),
    Case(
        "training-compute",
        OPEN,
        "md-table",
        """# Nimbus

| Quantity | Value |
|---|---|
| Training compute | 3.8 × 10^24 FLOPs |
""",
        at=("3.8 × 10^24",),
        flop=3.8e24,
    ),
    Case(
        "training-compute",
        OPEN,
        "html",
        """<h2>Compute</h2>
<p>Total training compute: 3.8 &times; 10<sup>24</sup> FLOPs.</p>
""",
        at=("10<sup>24</sup>",),
        flop=3.8e24,
    ),
    Case(
        "training-compute",
        OPEN,
        "decorated",
        """# Nimbus

## ⚡ Compute
Training used roughly 3.8×10²⁴ FLOP in total.
""",
        at=("10²⁴",),
        flop=3.8e24,
    ),
    Case(
        "training-compute",
        OPEN,
        "other-words",
        """# Nimbus

## Under the hood
The whole run cost about 380 zettaFLOPs of compute.
""",
        at=("380 zettaFLOPs",),
        flop=3.8e23,
    ),
    Case(
        "training-compute",
        OPEN,
        "bullets",
        """# Nimbus

- 7 billion parameters
- trained on 2.5 trillion tokens
""",
        at=("2.5 trillion tokens",),
        flop=6 * 7e9 * 2.5e12,
    ),
    Case(
        "training-compute",
        OPEN,
        "md-table-columns",
        """# Nimbus

| Parameters | Training tokens |
|---|---|
| 7.2B | 2.5T |
""",
        at=("2.5T",),
    ),
    # a count with thousands separators under a parameters header (it raised ValueError)
    Case(
        "training-compute",
        OPEN,
        "md-table-columns-commas",
        "# Nimbus\n\n| #Params | Tokens |\n|---|---|\n| 1,100M | 2T |\n",
        at=("2T",),
    ),
    Case(
        "training-compute",
        OPEN,
        "md-table-columns-2",
        """# Nimbus family

| Model | #Params | Context | Tokens seen |
|:--|--:|--:|--:|
| Nimbus-Small | 1.1 B | 4k | 3T |
""",
        at=("3T",),
    ),
    Case(
        "training-compute",
        OPEN,
        "paragraph-name-size",
        "Nimbus-3B saw 900B tokens of text during pre-training.\n",
        at=("900B tokens",),
        flop=6 * 3e9 * 900e9,
        name="tidepool/Nimbus-3B",
    ),
    Case(
        "training-compute",
        UNKNOWN,
        "paragraph",
        "Nimbus answers questions about train timetables for the regional rail network.\n",
    ),
    Case(
        "training-compute",
        UNKNOWN,
        "md-table",
        """# Nimbus

| Setting | Value |
|---|---|
| Context length | 8192 |
| Languages | English, Dutch |
""",
    ),
    Case(
        "training-compute",
        UNKNOWN,
        "paragraph-rates",
        "Nimbus was trained on a 1 exaFLOPS cluster whose accelerators peak at 989 teraFLOPS each; "
        "we do not publish the total.\n",
    ),
    Case(
        "training-compute",
        UNKNOWN,
        "html",
        """<h2>Compute</h2>
<p>Trained on our own cluster; we do not publish the amount of compute.</p>
""",
    ),
]

# ============================================================================ intermediate-checkpoints
CHECKPOINTS = [
    Case(
        "intermediate-checkpoints",
        OPEN,
        "md-table",
        """# Nimbus

## Checkpoints

| Branch | Tokens seen |
|---|---|
| step-120000 | 500B |
| step-240000 | 1T |
""",
        at=("step-120000",),
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "paragraph",
        "Besides the final weights we publish the intermediate checkpoints of the run, one every 10,000 "
        "steps, each on its own branch of this repository.\n",
        at=("intermediate checkpoints",),
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "bullets",
        """# Nimbus

- final weights on `main`
- snapshots from during pre-training are on branches named `tokens-<count>`, e.g. `tokens-200B`
""",
        at=("snapshots from during pre-training",),
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "html",
        """<h2>Loading a checkpoint from mid-training</h2>
<pre><code>model = load("tidepool/Nimbus", revision="ckpt-0450k")</code></pre>
""",
        at=('revision="ckpt-0450k"',),
    ),
    Case(
        "intermediate-checkpoints",
        UNKNOWN,
        "paragraph",
        "Nimbus answers questions about train timetables; only the final weights are on this page.\n",
    ),
    Case(
        "intermediate-checkpoints",
        UNKNOWN,
        "md-table",
        """# Nimbus

| File | Content |
|---|---|
| model.safetensors | the final weights |
""",
    ),
    Case(
        "intermediate-checkpoints",
        UNKNOWN,
        "bullets",
        """# Nimbus

- final weights in safetensors
- a quantised build is planned
""",
    ),
]

# ============================================================================ inference-code
INFERENCE = [
    Case(
        "inference-code",
        PARTIAL,
        "front-matter",
        """---
license: mit
library_name: transformers
pipeline_tag: text-generation
---
# Nimbus
""",
        at=("library_name",),
    ),
    Case(
        "inference-code",
        PARTIAL,
        "md-table",
        """# Nimbus

## Quick start

```python
from transformers import pipeline
ask = pipeline("text-generation", model="tidepool/Nimbus")
```
""",
        at=("from transformers import",),
    ),
    Case(
        "inference-code",
        PARTIAL,
        "bullets",
        """# Nimbus

## Kicking the tires
- with vLLM: `vllm serve tidepool/Nimbus`
- with Ollama: `ollama run nimbus`
""",
        at=("vllm serve",),
    ),
    Case(
        "inference-code",
        PARTIAL,
        "other-words",
        """# Nimbus

## Try it locally

```sh
llama-cli -m nimbus-q4_k_m.gguf -p "When is the next train to Utrecht?"
```
""",
        at=("llama-cli",),
    ),
    Case(
        "inference-code",
        PARTIAL,
        "html",
        """<h2>Embeddings</h2>
<pre><code>from sentence_transformers import SentenceTransformer
encoder = SentenceTransformer("tidepool/Nimbus")</code></pre>
""",
        at=("sentence_transformers",),
    ),
    Case(
        "inference-code",
        PARTIAL,  # the library named in prose as what runs it
        "prose",
        "Nimbus's architecture ships with recent releases of the Hugging Face transformers package; we "
        "advise installing `transformers>=4.50` before loading it.\n",
        at=("hugging face transformers",),
    ),
    Case(
        "inference-code",
        PARTIAL,  # a usage snippet importing a package of its own (not one of the known libraries)
        "snippet",
        """# Nimbus

```python
from tidekit.embed import NimbusEncoder
vectors = NimbusEncoder.load("tidepool/Nimbus").encode(["first light"])
```
""",
        at=("from tidekit.embed import",),
    ),
    Case(
        "inference-code",
        CLOSED,  # the release was read in full: no code, no library, no configuration (absence is closed)
        "paragraph",
        "Nimbus answers questions about train timetables; download the weights and run them with the "
        "runtime of your choice.\n",
    ),
    Case(
        "inference-code",
        CLOSED,  # the release was read in full: no code, no library, no configuration (absence is closed)
        "md-table",
        """# Nimbus

| File | Content |
|---|---|
| model.safetensors | the final weights |
""",
    ),
    Case(
        "inference-code",
        CLOSED,  # the release was read in full: no code, no library, no configuration (absence is closed)
        "html",
        """<h2>About</h2>
<p>A compact assistant for kiosk terminals, answering questions about opening hours.</p>
""",
    ),
]

# ============================================================================ whose paper is it
# A cited paper is the preprint only when it is the model's own: the paper catalog's record, else the
# title the card gives it (BibTeX title, link text), else the line citing it (see defs/preprint.yaml)
PAPER_OWNER = [
    Case(  # the model's own paper beside its base model's (Llama 2, which the paper catalog knows)
        "preprint",
        OPEN,
        "bibtex-own-and-base",
        """# Nimbus

## Citation

```bibtex
@misc{tidepool2025nimbus,
  title         = {Nimbus: Timetable Answers on a Kiosk Budget},
  eprint        = {2507.04321},
  archivePrefix = {arXiv}
}
@misc{base2023,
  title         = {Llama 2: Open Foundation and Fine-Tuned Chat Models},
  eprint        = {2307.09288},
  archivePrefix = {arXiv}
}
```
""",
        at=("2507.04321",),
        base=("hf:meta-llama/Llama-2-7b-hf",),
    ),
    Case(
        "preprint",
        OPEN,
        "md-paper-field",
        """# Nimbus

- **Developed by:** Tidepool
- **Paper:** [Nimbus: Timetable Answers on a Kiosk Budget](https://arxiv.org/abs/2507.04321)
""",
        at=("Paper:",),
    ),
    Case(  # the base model's paper, as the catalog knows it, named as the base model's
        "preprint",
        CLOSED,
        "md-base-paper",
        """# Nimbus

Nimbus is a fine-tune of Llama 2 for timetable questions. How the base model was pre-trained is in
the [Llama 2 paper](https://arxiv.org/abs/2307.09288).
""",
        at=("Llama 2 paper",),
        base=("hf:meta-llama/Llama-2-7b-hf",),
    ),
    Case(  # an uncatalogued base model's paper: its BibTeX title names the declared base model
        "preprint",
        CLOSED,
        "bibtex-base",
        """# Nimbus

Please also cite the model we started from:

```bibtex
@article{cirrus2025,
  title   = {Cirrus: Open Base Models for Small Devices},
  journal = {arXiv preprint arXiv:2509.01234},
  year    = {2025}
}
```
""",
        at=("arXiv:2509.01234",),
        base=("hf:tidepool/Cirrus-7B",),
    ),
    Case(  # a paper named for another model on the citing line ("the Cirrus paper")
        "preprint",
        CLOSED,
        "prose-other-model",
        "Biases come from the pre-training text; Section 4 of the Cirrus [paper](https://arxiv.org/abs/"
        "2509.01234) lists what is known about them, and we added no filtering of our own.\n",
        at=("Cirrus",),
    ),
    Case(  # a third-party dataset's paper, cited where the card describes its training data
        "preprint",
        CLOSED,
        "html-dataset",
        """<h2>Training data</h2>
<p>The questions come from the public KioskQA dataset; its collection is described in the associated
<a href="https://arxiv.org/abs/2506.05432">paper</a>.</p>
""",
        at=("2506.05432",),
    ),
    Case(
        "preprint",
        CLOSED,
        "bibtex-dataset",
        """# Nimbus

## Citation

```bibtex
@misc{kioskqa,
  title  = {KioskQA: A Dataset of Questions Asked at Ticket Machines},
  eprint = {2506.05432},
  archivePrefix = {arXiv}
}
```
""",
        at=("2506.05432",),
    ),
    Case(  # a method paper the card says the model applies: partial, as the experts rate Orca-style tuning
        "preprint",
        PARTIAL,
        "bibtex-method",
        """# Nimbus

Nimbus was tuned on our internal Ripple-style dataset of kiosk dialogues.

## Citation

```bibtex
@misc{ripple2025,
  title  = {Ripple: Preference Tuning from Kiosk Logs},
  eprint = {2508.22222},
  archivePrefix = {arXiv}
}
```
""",
    ),
    Case(
        "preprint",
        PARTIAL,
        "md-method",
        """# Nimbus

Nimbus was aligned with a preference algorithm called [Ripple](https://arxiv.org/abs/2508.22222).

## Citation

If Nimbus helps you, cite the Ripple paper:
[Ripple: Preference Tuning from Kiosk Logs](https://arxiv.org/abs/2508.22222)
""",
    ),
    Case(  # the dataset paper of the model's own family: partial, as the experts rate Claire's
        "preprint",
        PARTIAL,
        "html-own-data",
        """<h2>Data</h2>
<p>How the text was collected is told in a separate paper:</p>
<p>Data paper: <a href="https://arxiv.org/abs/2506.07777">The Harbor Corpus: Training Data for Nimbus</a></p>
""",
    ),
]

# a one-line model type is minimal information, not architecture documentation
ARCH_TYPE_ONLY = [
    Case(
        "architecture-hardware",
        CLOSED,
        "bullets-type-only",
        """# Nimbus

- **Developed by:** Tidepool
- **Model type:** an auto-regressive language model built on the transformer architecture
- **Language:** English
""",
        at=("Model type",),
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "paragraph-type-only",
        "Nimbus is an encoder-decoder transformer that answers timetable questions for commuters and "
        "replies with the next departures from the station they name.\n",
        at=("encoder-decoder",),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "html-type-and-facts",
        """<h2>Model</h2>
<p>An encoder-decoder transformer: 12 encoder and 12 decoder layers, 16 attention heads.</p>
""",
        at=("12 encoder",),
    ),
]

CASES = (
    PAPER_OWNER
    + ARCH_TYPE_ONLY
    + MODEL_CARD
    + ARCH_HW
    + TRAINING_DATA
    + DATA_DOCS
    + PREPRINT
    + PEER_REVIEWED
    + EVALUATION
)
CASES += COMPUTE + CHECKPOINTS + INFERENCE + REDUCED_DATA + INTERNAL_DATA + DELTA_WEIGHTS


#: cases the probes missed when they were written, before the vocabulary was tuned (each tuning
#: commit removed the cases it fixed; xfail is strict, so a fixed case must leave this set). The last
#: one, a table with the quantities as column headers and the figures in the row below, is read by
#: column since (`probes/tables.py`).
MISSED_BEFORE_TUNING: set[str] = set()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_card_style(case: Case):
    if case.id in MISSED_BEFORE_TUNING:
        try:
            check(case)
        except AssertionError as missed:
            pytest.xfail(f"missed before tuning: {missed}")
        pytest.fail(f"{case.id} passes now: remove it from MISSED_BEFORE_TUNING")
    check(case)


def test_every_outcome_has_three_styles():
    styles: dict[tuple[str, Level], set[str]] = {}
    for c in CASES:
        styles.setdefault((c.probe, c.level), set()).add(c.style)
    thin = {f"{p}/{lv.value}": sorted(s) for (p, lv), s in styles.items() if len(s) < 3}
    assert not thin, thin


# ============================================================================ written from scratch
RUN = 60


def _windows(text: str) -> set[str]:
    return {text[i : i + RUN] for i in range(len(text) - RUN + 1)}


def test_no_card_copies_the_corpus(release_corpus: Path):
    ours: set[str] = set()
    for c in CASES + HELD_OUT:
        ours |= _windows(c.text)
    copied = []
    for path in sorted(release_corpus.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text("utf-8", "replace")
        copied += [
            (path.name, text[i : i + RUN]) for i in range(len(text) - RUN + 1) if text[i : i + RUN] in ours
        ]
    assert not copied, copied[:5]


# ============================================================================ held out
HELD_OUT: list[Case] = [
    Case(
        "model-card",
        OPEN,
        "setext",
        """Heron-Lite
==========

Model overview
--------------
Heron-Lite is a translation model from Marsh Analytics covering Estonian, Latvian and Lithuanian.

Appropriate uses
----------------
Translating public-sector notices; it should not be used for sworn or legal translation.

Known weaknesses
----------------
Names of small villages are often transliterated wrongly, and dates may change format.

Using it
--------
Give the source sentence with a language tag such as <et> and read back the translation.

Where the training text came from
---------------------------------
Parallel text released by the three national language institutes, aligned by sentence.

How well it translates
----------------------
| Pair | chrF |
|---|---|
| et-en | 61.2 |

Citing
------
Marsh Analytics, Heron-Lite, 2025.
""",
    ),
    Case(
        "model-card",
        PARTIAL,
        "bullets",
        """# Heron-Lite

**Limitations**

- dates may change format
- village names are sometimes wrong

## Using it
- give the source sentence with a language tag and read back the translation
""",
        at=("## Using it",),
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "other-words",
        """# Heron-Lite

## The nuts and bolts
An encoder-decoder transformer, 18 layers on each side, shared 64k vocabulary.

## Compute budget
Training ran on 128 H200 GPUs for 9 days at our partner's supercomputer.
""",
        at=("encoder-decoder", "128 H200"),
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "paragraph",
        "Heron-Lite is a decoder-only model with 16 attention heads per layer and a context length of "
        "4096 tokens; it translates between the three Baltic languages and English.\n",
        at=("decoder-only",),
    ),
    Case(
        "training-data",
        OPEN,
        "bullets",
        """# Heron-Lite

## Sources
- fine-tuned on https://huggingface.co/datasets/marsh/baltic-parallel
- plus https://huggingface.co/datasets/marsh/notice-pairs for public notices
""",
        at=("marsh/baltic-parallel",),
    ),
    Case(
        "training-data",
        CLOSED,
        "decorated",
        """# Heron-Lite

## 🗂️ 𝗗𝗮𝘁𝗮
Sentence pairs gathered from public bodies and a commercial translation memory, cleaned by hand.
""",
        at=("𝗗𝗮𝘁𝗮",),
    ),
    Case(
        "data-documentation",
        OPEN,
        "bullets",
        """# Heron-Lite

- Datasheet (in the Gebru et al. format): `docs/datasheet.md`
- Licence: Apache-2.0
""",
        at=("Datasheet",),
    ),
    Case(
        "data-documentation",
        CLOSED,
        "other-words",
        """# Heron-Lite

## Where the training text came from
Parallel text released by the national language institutes, aligned by sentence and filtered.
""",
        at=("## Where the training text came from",),
    ),
    Case(
        "preprint",
        OPEN,
        "paragraph",
        "The methods behind Heron-Lite are described in our preprint (arxiv.org/abs/2508.11873), "
        "which also lists every corpus we used.\n",
        at=("2508.11873",),
    ),
    Case(
        "preprint",
        CLOSED,
        "html",
        """<h2>Design</h2>
<p>Decoding uses speculative sampling as proposed in <a href="https://arxiv.org/abs/2302.01318">this
work</a>, with a 2-layer draft model.</p>
""",
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "md-table",
        """# Heron-Lite

| Venue | Title |
|---|---|
| EMNLP 2025 (main) | Heron: translating notices for small languages |
""",
        at=("EMNLP 2025",),
    ),
    Case(
        "peer-reviewed-paper",
        CLOSED,
        "bullets",
        """# Heron-Lite

## Citation
- Marsh Analytics. Heron-Lite. CoRR abs/2508.11873, 2025.
""",
        at=("CoRR abs/2508.11873",),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "other-words",
        """# Heron-Lite

## How well it translates
| Pair | chrF | BLEU |
|---|---|---|
| lv-en | 58.7 | 31.0 |
""",
        at=("## How well it translates",),
    ),
    Case(
        "evaluation-results",
        PARTIAL,
        "html",
        """<h3>Evaluation</h3>
<p>Across the three pairs it averages 59 chrF on FLORES, four points over its predecessor.</p>
""",
        at=("<h3>Evaluation</h3>",),
    ),
    Case(
        "training-compute",
        OPEN,
        "bullets",
        """# Heron-Lite

- compute: 2.1 × 10^22 floating-point operations
""",
        flop=2.1e22,
    ),
    Case(
        "training-compute",
        OPEN,
        "md-table",
        """# Heron-Lite

| Key | Value |
|---|---|
| Size | 1.3 billion parameters |
| Data | 600 billion tokens |
""",
        flop=6 * 1.3e9 * 600e9,
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "other-words",
        """# Heron-Lite

## Going back in time
Every 2,000-step checkpoint of the run is kept on a branch, from `step-2000` to `step-90000`.
""",
        at=("step-2000",),
    ),
    Case(
        "inference-code",
        PARTIAL,
        "md-table",
        """# Heron-Lite

| Runtime | Command |
|---|---|
| CTranslate2 | `import ctranslate2; ctranslate2.Translator("heron-lite-ct2")` |
""",
        at=("ctranslate2",),
    ),
]


#: The held-out cards were run once as the tuned probes stood: 14 of 18 passed. The 4 missed were
#: then fixed by general rules: setext headings (underlined with = or -), "Using it" as getting
#: started, "Where the training text came from" as a data section, "How well it translates" as an
#: evaluation section.


@pytest.mark.parametrize("case", HELD_OUT, ids=[c.id for c in HELD_OUT])
def test_held_out_card(case: Case):
    check(case)


def test_preprint_reason_names_what_was_cited():
    """A closed or partial preprint says which paper was cited and why it is not the model's."""
    base = finding(next(c for c in PAPER_OWNER if c.style == "md-base-paper"))
    assert "2307.09288" in base.reason and "base model" in base.reason
    data = finding(next(c for c in PAPER_OWNER if c.style == "bibtex-dataset"))
    assert "KioskQA" in data.reason and "dataset" in data.reason
    method = finding(next(c for c in PAPER_OWNER if c.style == "md-method"))
    assert "Ripple" in method.reason and "method the model applies" in method.reason
    assert {c["role"] for c in method.data["cited"]} == {"method"}


def test_base_model_paper_is_not_the_release_peer_reviewed_paper():
    """A fine-tune's card that gives its base model's paper a "Paper" section does not make that paper,
    published at a journal, the fine-tune's own."""
    text = """# Nimbus

## Paper

Nimbus starts from T5; the encoder-decoder it reuses is described in [the T5 paper](https://arxiv.org/abs/1910.10683).
"""
    own = Case("peer-reviewed-paper", CLOSED, "md-base-venue", text, base=("hf:google-t5/t5-base",))
    assert finding(own).level is CLOSED
    # the same card without a declared base reads the section as the release's own paper
    assert finding(Case("peer-reviewed-paper", OPEN, "md-own-venue", text)).level is OPEN


def test_one_line_type_is_minimal_architecture_information():
    f = finding(next(c for c in ARCH_TYPE_ONLY if c.style == "bullets-type-only"))
    assert not f.data["architecture"] and "minimal architecture information" in f.reason


# ======================================================================== held out, second round
#: Twenty-two more cards written after the first round, in styles the others lack (an HTML list under a
#: lead-in, key-value lines, a bullet list of scores under "Scores (5-shot):", a published sample of an
#: internal corpus, section titles in everyday words), run once as the probes stood: 16 of 22 passed
#: (8 of 12, then 8 of 10). Fixed by general rules: a dataset
#: linked in a list whose lead-in says the model was trained on it is training data; "the full corpus
#: stays internal" is unpublished training data beside a published sample (partial, the OSAI rubric's
#: "some sources open"); a list of a name and a number per line under a line that introduces results
#: reports results; "Where it goes wrong" is the limitations section and "How good it is" the
#: evaluation. Expected wrongly at first and kept as the probes' rules read them: a card that is only a
#: usage snippet has none of the standard sections (closed); a card with 6 of the 9 sections is
#: partial (open needs 7); "512 A100 GPUs for three weeks" with no token count gives no estimate (the
#: probe estimates 6 x parameters x tokens; a hardware-based estimate would need an assumed utilisation).
HELD_OUT_2: list[Case] = [
    Case(
        "training-data",
        OPEN,
        "html-list",
        """---
license: apache-2.0
---
<h1>Loon-1B</h1>
<p>Loon-1B was pretrained from scratch on exactly one corpus:</p>
<ul><li><a href="https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu">FineWeb-Edu</a>
(the sample-350BT subset, all of it, 350B tokens)</li></ul>
<p>No other data was used.</p>
""",
    ),
    Case(
        "training-data",
        CLOSED,
        "one-line",
        """---
license: apache-2.0
---
# Loon-1B
Pretrained on 4T tokens of a proprietary mixture of licensed and web-crawled text.
We do not release the data or its list of sources.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "sample",
        """---
license: apache-2.0
datasets:
- loonlabs/loon-pretrain-sample
---
# Loon-1B
## Data
Loon-1B saw 3T tokens.
We publish a 100B-token random sample of that corpus as `loonlabs/loon-pretrain-sample`;
the full corpus stays internal.
""",
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "key-value",
        """---
license: apache-2.0
---
# Loon-1B
**Under the hood** — decoder-only; 24 blocks; width 2048; 16 attention heads
with grouped-query attention (4 KV heads); SwiGLU; RoPE; 8k context.
**Compute** — 64 × H100 (80GB) for 11 days, bf16, FSDP.
""",
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "terse",
        """---
license: apache-2.0
---
# Loon-1B
Loon-1B is a large language model. Use it for chat.
""",
    ),
    Case(
        "training-compute",
        OPEN,
        "flops",
        """---
license: apache-2.0
---
# Loon-1B
## Training
Total training compute was about 1.2 × 10^23 FLOPs on 64 H100 GPUs.
""",
        flop=1.2e23,
    ),
    Case(
        "inference-code",
        PARTIAL,
        "llama.cpp",
        """---
license: apache-2.0
---
# Loon-1B GGUF
Run it with llama.cpp:

```sh
./llama-cli -m loon-1b.Q4_K_M.gguf -p "Hello"
```
""",
        files=("README.md", "loon-1b.Q4_K_M.gguf"),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "bullets",
        """---
license: apache-2.0
---
# Loon-1B
Scores (5-shot):
- MMLU: 41.2
- ARC-Challenge: 39.8
- HellaSwag: 61.0
""",
    ),
    Case(
        "model-card",
        CLOSED,
        "usage-only",
        """---
license: apache-2.0
---
# Loon-1B
```python
from transformers import AutoModelForCausalLM
m = AutoModelForCausalLM.from_pretrained("loonlabs/Loon-1B")
```
""",
    ),
    Case(
        "training-code",
        PARTIAL,
        "config-only",
        """---
license: apache-2.0
base_model: mistralai/Mistral-7B-v0.1
---
# Loon-7B-Chat
We fine-tuned Mistral-7B with axolotl; the exact config is `axolotl.yml` in this repository.
""",
        files=("README.md", "model.safetensors", "axolotl.yml"),
        base=("mistralai/Mistral-7B-v0.1",),
    ),
    Case(
        "preprint",
        OPEN,
        "tech-report",
        """---
license: apache-2.0
---
# Loon-1B
Everything about Loon-1B - data, training and evaluation - is in our technical report: https://arxiv.org/abs/2501.04567
""",
    ),
    Case(
        "data-documentation",
        CLOSED,
        "none",
        """---
license: apache-2.0
---
# Loon-1B
Pretrained on 4T tokens of a proprietary mixture. Nothing more is published about the data.
""",
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "venue-link",
        """---
license: apache-2.0
---
# Loon-1B
Loon-1B is described in our ACL 2025 paper, *Loon: Small Models, Long Context*
(https://aclanthology.org/2025.acl-long.412/).
""",
    ),
    Case(
        "preprint",
        CLOSED,
        "coming-soon",
        """---
license: apache-2.0
---
# Loon-1B
A technical report is coming soon. Until then, this card is all there is.
""",
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "branches",
        """---
license: apache-2.0
---
# Loon-1B
## Checkpoints
Every 5,000 training steps we saved a checkpoint; each is a branch of this repository
(`step5000`, `step10000`, ..., `step250000`). Load one with `revision="step125000"`.
""",
    ),
    Case(
        "data-documentation",
        OPEN,
        "datasheet-file",
        """---
license: apache-2.0
datasets:
- loonlabs/loon-corpus
---
# Loon-1B
The training corpus is documented in a datasheet following Gebru et al. (Datasheets for Datasets):
see [DATASHEET.md](DATASHEET.md).
""",
        files=("README.md", "model.safetensors", "DATASHEET.md"),
    ),
    Case(
        "weights-published",
        CLOSED,
        "on-request",
        """---
license: other
---
# Loon-1B
The weights are not hosted here. Researchers can request them by e-mail.
""",
        files=("README.md",),
    ),
    Case(
        "model-card",
        PARTIAL,
        "other-words",
        """---
license: apache-2.0
---
# Loon-1B
## What it is
A 1B decoder-only model from Loon Labs, 24 layers, 2048 wide, trained in bf16.
## What it is for, and what not
Drafting short English texts; not for medical, legal or financial decisions.
## Where it goes wrong
It invents citations and is weak at arithmetic beyond three digits.
## How it was trained
3T tokens of web and code data, AdamW, cosine schedule, 64 H100s for 11 days.
## How good it is
| Task | Score |
|---|---|
| MMLU | 41.2 |
## Getting started
`pip install transformers` and load `loonlabs/Loon-1B`.
""",
    ),
    Case(
        "training-compute",
        UNKNOWN,
        "gpus-days",
        """---
license: apache-2.0
---
# Loon-1B
## Training
Trained on 512 A100 GPUs for three weeks.
""",
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "arch-only-list",
        """---
license: apache-2.0
---
# Loon-1B
Architecture:
- 24 transformer layers
- hidden size 2048, 16 heads
- rotary position embeddings, 8k context
""",
    ),
    Case(
        "training-data",
        CLOSED,
        "vague-mix",
        """---
license: apache-2.0
---
# Loon-1B
## Training data
A mix of publicly available data from the web, books and code, filtered for quality.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "public-plus-own",
        """---
license: apache-2.0
---
# Loon-1B
## Training data
We trained on The Pile and on 200B tokens of our own licensed news archive, which we cannot share.
""",
    ),
]


# ============================================================================ held-out, third round
#: A third round of made-up cards (issue 14, item 8), written before any rule changed, in styles the
#: first two rounds used little: a FAQ, numbered sections, a data-mix table with a "Released" column,
#: a configuration written out as YAML, a BibTeX entry with only an `eprint` field, an HTML results
#: table. First run (commit b3b9da6): 11 of 14 right; missed: the training data named in the answer
#: to "What data was it trained on?" (closed), an "internal" row of the data table (open), and
#: the architecture given as a YAML block (read as a code example: partial).
HELD_OUT_3: list[Case] = [
    Case(
        "training-data",
        OPEN,
        "faq",
        """---
license: apache-2.0
---
# Heron-3B

**Q: What data was Heron trained on?**
A: Two public corpora and nothing else: [SlimPajama](https://huggingface.co/datasets/cerebras/SlimPajama-627B)
(all 627B tokens) and [OpenWebMath](https://huggingface.co/datasets/open-web-math/open-web-math).
""",
    ),
    Case(
        "training-data",
        CLOSED,
        "numbered-sections",
        """---
license: apache-2.0
---
# Heron-3B

1. Model
Heron-3B is a decoder-only language model.

2. Training data
Heron was trained on a large corpus of text and code gathered from many sources and filtered for quality.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "table-with-internal-row",
        """---
license: apache-2.0
---
# Heron-3B

## Pre-training mixture

| Source | Tokens | Released |
|---|---|---|
| [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) | 1.2T | yes |
| Licensed news archive (internal) | 200B | no |
""",
    ),
    Case(
        "architecture-hardware",
        OPEN,
        "yaml-block",
        """---
license: apache-2.0
---
# Heron-3B

## Architecture

```yaml
layers: 32
hidden_size: 3072
attention_heads: 24
kv_heads: 8
context_length: 8192
```

## Training infrastructure
Heron was trained on 256 TPU v5e chips for three weeks.
""",
    ),
    Case(
        "architecture-hardware",
        CLOSED,
        "one-liner",
        """---
license: apache-2.0
---
# Heron-3B

Heron-3B is a transformer-based language model for English chat.

## Usage
Load it with your favourite inference stack.
""",
    ),
    Case(
        "preprint",
        OPEN,
        "bibtex-eprint",
        """---
license: apache-2.0
---
# Heron-3B

A small chat model.

## Citation
```bibtex
@misc{heron2025,
  title={Heron: A Small Open Chat Model},
  author={Doe, Jane and Roe, Richard},
  year={2025},
  eprint={2505.01234},
  archivePrefix={arXiv},
  primaryClass={cs.CL}
}
```
""",
    ),
    Case(
        "preprint",
        CLOSED,
        "in-preparation",
        """---
license: apache-2.0
---
# Heron-3B

A small chat model. A technical report is in preparation and will be linked here once it is out.
""",
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "acl-anthology",
        """---
license: apache-2.0
---
# Heron-3B

Heron is described in our paper [Heron: A Small Open Chat Model](https://aclanthology.org/2025.emnlp-main.123/),
published in the main conference of EMNLP 2025.
""",
    ),
    Case(
        "training-compute",
        OPEN,
        "prose-tokens",
        """---
license: apache-2.0
---
# Heron-3B

Heron-3B has 3 billion parameters and saw 2 trillion tokens during pre-training.
""",
        flop=6 * 3e9 * 2e12,
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "revision-argument",
        """---
license: apache-2.0
---
# Heron-3B

Snapshots taken every 10,000 steps during pre-training are kept as revisions of this repository
(`step10000` up to `step500000`); pass `revision="step250000"` to `from_pretrained` to load one.
""",
    ),
    Case(
        "weights-published",
        CLOSED,
        "api-only",
        """---
license: apache-2.0
---
# Heron-3B

Heron-3B is offered through our hosted API only. The weights are not released.
""",
        files=("README.md",),
    ),
    Case(
        "evaluation-results",
        OPEN,
        "html-table",
        """---
license: apache-2.0
---
# Heron-3B

<h2>How it scores</h2>
<table>
<tr><th>Benchmark</th><th>Heron-3B</th><th>Baseline-3B</th></tr>
<tr><td>MMLU (5-shot)</td><td>58.1</td><td>54.0</td></tr>
<tr><td>GSM8K</td><td>49.3</td><td>41.7</td></tr>
</table>
""",
    ),
    Case(
        "evaluation-results",
        PARTIAL,
        "discussed-only",
        """---
license: apache-2.0
---
# Heron-3B

## Evaluation
We evaluated Heron on common reasoning and knowledge benchmarks. It compares well with models of its size;
full numbers will follow in the technical report.
""",
    ),
    Case(
        "inference-code",
        PARTIAL,
        "pip-snippet",
        """---
license: apache-2.0
---
# Heron-3B

```bash
pip install vllm
vllm serve tidepool/Nimbus
```
""",
    ),
]

#: Near misses of the rules round 3 added: a linked dataset in the sentence after one on training, a
#: question not about the data, a "Released: no" table about models, architecture facts in a code example.
HELD_OUT_3_NEAR: list[Case] = [
    Case(
        "training-data",
        CLOSED,
        "eval-link-after-training-sentence",
        """---
license: apache-2.0
---
# Heron-3B

Heron was trained for three epochs on a broad mix of web text.
We evaluated it on [MMLU](https://huggingface.co/datasets/cais/mmlu).
""",
    ),
    Case(
        "training-data",
        CLOSED,
        "question-not-about-data",
        """---
license: apache-2.0
---
# Heron-3B

Heron was trained on a broad mix of web text.

**Q: How do I check its scores?**
A: Run it on [MMLU](https://huggingface.co/datasets/cais/mmlu) with the harness.
""",
    ),
    Case(
        "training-data",
        OPEN,
        "models-table-released-no",
        """---
license: apache-2.0
---
# Heron-3B

## Training data
Heron was trained on [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) only.

## Model family
| Model | Released |
|---|---|
| Heron-3B | yes |
| Heron-70B | no |
""",
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "facts-in-python-example",
        """---
license: apache-2.0
---
# Heron-3B

Trained on 64 A100 GPUs for ten days.

```python
config = AutoConfig.from_pretrained("tidepool/Nimbus", num_hidden_layers=32, hidden_size=3072)
```
""",
    ),
]


# ============================================================================ held-out, fourth round
#: A fourth round of made-up cards, written before any rule changed, to measure first reading after the
#: third round's fixes, over the probes the third round left out (model card, data documentation,
#: peer-reviewed paper, checkpoints as files, training code) and two new training-data styles (a
#: definition list, own synthetic data). First run (commit 022d408): 11 of 12 right; missed: "50B tokens
#: of synthetic textbooks we generated ourselves and do not release" beside a linked public dataset
#: (open, now partial).
HELD_OUT_4: list[Case] = [
    Case(
        "model-card",
        OPEN,
        "numbered-template",
        """---
license: apache-2.0
---
# Kestrel-2B

## 1. Model details
Kestrel-2B is a 2B-parameter decoder-only model developed by Tidepool Labs, released in May 2025.

## 2. Intended uses
Chat assistants and summarisation in English. It is not meant for medical or legal advice.

## 3. Bias, risks and limitations
It can produce false statements and reflect biases in web text; outputs should be reviewed by people.

## 4. How to get started
Load it with `AutoModelForCausalLM.from_pretrained("tidepool/Nimbus")` and call `generate`.

## 5. Training details
Pre-trained on 1T tokens of filtered web text, then instruction-tuned on public chat data for two epochs.

## 6. Evaluation
| Benchmark | Score |
|---|---|
| MMLU | 48.2 |
| HellaSwag | 70.1 |

## 7. Environmental impact
About 9 tCO2eq, estimated with the ML CO2 calculator.
""",
    ),
    Case(
        "model-card",
        PARTIAL,
        "overview-and-usage",
        """---
license: apache-2.0
---
# Kestrel-2B

## Overview
Kestrel-2B is a small chat model by Tidepool Labs.

## Quick start
```python
from transformers import pipeline
pipe = pipeline("text-generation", model="tidepool/Nimbus")
```

## Limitations
It makes factual mistakes and should not be used for high-stakes decisions.
""",
    ),
    Case(
        "data-documentation",
        OPEN,
        "data-statement-file",
        """---
license: apache-2.0
---
# Kestrel-2B

The pre-training data is documented in a datasheet following Gebru et al. (Datasheets for Datasets):
see [DATASHEET.md](DATASHEET.md) for how it was collected, filtered and deduplicated.
""",
        files=("README.md", "model.safetensors", "DATASHEET.md"),
    ),
    Case(
        "data-documentation",
        CLOSED,
        "card-section-only",
        """---
license: apache-2.0
---
# Kestrel-2B

## Training data
Kestrel saw 1T tokens of English web pages crawled in 2024, filtered for quality and deduplicated.
""",
    ),
    Case(
        "peer-reviewed-paper",
        OPEN,
        "journal-bibtex",
        """---
license: apache-2.0
---
# Kestrel-2B

## Citation
```bibtex
@article{kestrel2025,
  title   = {Kestrel: Small Language Models Done Carefully},
  author  = {Doe, Jane},
  journal = {Transactions on Machine Learning Research},
  year    = {2025}
}
```
""",
    ),
    Case(
        "peer-reviewed-paper",
        CLOSED,
        "under-review",
        """---
license: apache-2.0
---
# Kestrel-2B

Our paper describing Kestrel is currently under review at a major conference; a preprint will follow.
""",
    ),
    Case(
        "intermediate-checkpoints",
        OPEN,
        "folder-files",
        """---
license: apache-2.0
---
# Kestrel-2B

Final weights are in the repository root.
""",
        files=(
            "README.md",
            "model.safetensors",
            "checkpoints/step_20000/model.safetensors",
            "checkpoints/step_40000/model.safetensors",
        ),
    ),
    Case(
        "training-code",
        CLOSED,
        "inference-only-repo-named",
        """---
license: apache-2.0
---
# Kestrel-2B

Kestrel-2B was pre-trained by Tidepool Labs. The model's architecture is described in the technical
details below; no training code is published.

## Technical details
24 layers, hidden size 2048, 16 attention heads.
""",
    ),
    Case(
        "training-compute",
        OPEN,
        "table-columns",
        """---
license: apache-2.0
---
# Kestrel-2B

| Parameters | Training tokens | Context |
|---|---|---|
| 2B | 1.5T | 4k |
""",
        flop=6 * 2e9 * 1.5e12,
    ),
    Case(
        "architecture-hardware",
        PARTIAL,
        "json-config-no-hardware",
        """---
license: apache-2.0
---
# Kestrel-2B

```json
{"num_hidden_layers": 24, "hidden_size": 2048, "num_attention_heads": 16, "max_position_embeddings": 4096}
```
""",
    ),
    Case(
        "training-data",
        OPEN,
        "definition-list",
        """---
license: apache-2.0
---
# Kestrel-2B

Pre-training data
: [The Pile](https://huggingface.co/datasets/EleutherAI/pile), the whole of it, 300B tokens.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "public-and-synthetic-own",
        """---
license: apache-2.0
---
# Kestrel-2B

## Data
We trained on [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) and on 50B tokens of
synthetic textbooks we generated ourselves and do not release.
""",
    ),
]

#: Near misses of the rule round 4 added: a privacy statement in the data section releases nothing.
HELD_OUT_4_NEAR: list[Case] = [
    Case(
        "training-data",
        OPEN,
        "privacy-statement",
        """---
license: apache-2.0
---
# Kestrel-2B

## Data
We trained on [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) only. We do not collect or
share the prompts people send to the model.
""",
    ),
    Case(
        "training-data",
        OPEN,
        "privacy-statement-progressive",
        """---
license: apache-2.0
---
# Kestrel-2B

## Data
We trained on [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) only. We are not sharing the
prompts people send to the model with anyone.
""",
    ),
]


#: Release round 3's lessons in card styles: public corpora named without links are a full list when the card
#: says they are all of the data (`complete-list`), in a table, a sentence or a bullet list; a mention
#: without it, a negated completeness, or unpublished data beside them is not.
COMPLETE_LIST = [
    Case(
        "training-data",
        OPEN,
        "complete-list-table",
        """# Nimbus

## Pre-training corpus

| Source | Share |
|---|---|
| FineWeb-Edu | 70% |
| Cosmopedia | 30% |

The sources above are the complete training data.
""",
        at=("FineWeb-Edu",),
    ),
    Case(
        "training-data",
        OPEN,
        "complete-list-sentence",
        "# Nimbus\n\n## Training\nNimbus was trained only on FineWeb-Edu and Cosmopedia, for 1T tokens.\n",
        at=("FineWeb-Edu",),
    ),
    Case(
        "training-data",
        OPEN,
        "complete-list-bullets",
        """# Nimbus

## Data
- FineWeb-Edu (educational web pages)
- Cosmopedia (synthetic textbooks)

No other data was used.
""",
        at=("FineWeb-Edu",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "complete-list-negated",
        """# Nimbus

## Data
Our mix includes FineWeb-Edu and Cosmopedia; these are not the complete training data.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "complete-list-not-exhaustive",
        """# Nimbus

## Data
Sources include FineWeb-Edu and Cosmopedia (this list is not exhaustive).
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "complete-list-with-internal-data",
        """# Nimbus

## Data
Nimbus was trained only on FineWeb-Edu, Cosmopedia and our internal chat transcripts.
""",
    ),
]

#: The held-out rounds after the first, each with its near misses: one test reads them all.
HELD_OUT_ROUNDS = {
    2: HELD_OUT_2,
    3: HELD_OUT_3 + HELD_OUT_3_NEAR,
    4: HELD_OUT_4 + HELD_OUT_4_NEAR,
    5: COMPLETE_LIST,
}
ROUND_CASES = [(n, c) for n, cases in HELD_OUT_ROUNDS.items() for c in cases]


@pytest.mark.parametrize(("round_", "case"), ROUND_CASES, ids=[f"round{n}-{c.id}" for n, c in ROUND_CASES])
def test_a_held_out_card_reads_as_written(round_: int, case: Case):
    check(case)
