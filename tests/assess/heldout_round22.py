# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 22 (`ROUND_22`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: an adapter's base, a merge's two parents and their
foundation, all from this round) through `test_heldout_releases.py`, with the label and the key OSAI cells the
experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "Verdict
principles", and the expert files in `../shared/reference/osai-index/`, cited beside each cell: Omnilingual ASR,
smollm, OLMo, Lucie, Salamandra, Tulu, Poro, TildeOpen, SQLCoder, Zephyr, NeuralChat, Whisper, minerva, Mustango,
Granite, Phi, Qwen, MAGNeT). No real base is used: every model, company, dataset, benchmark, framework and repository
is invented.

Earlier rounds had a two-line card over a GitHub README with the licence on the card (15, Larch-1.5B) or an
evaluation-table card (20, Olivine-1.3B); cards written wholly in French, German or Spanish with the licence in that
language (17) and Japanese or Korean cards with an English licence line (7, 12); LoRA adapters whose base is named in
adapter_config.json (4, 8, 11, 14) or whose recipe is in the model repository (16); merges whose restrictive parent
binds them (7, 11, 16) and a merge of two Apache tunes (14); a Whisper-style ASR model trained from scratch with an
arXiv preprint (12), a NeMo archive (18), a wav2vec-style CTC model (19) and sentence-transformers and static
embeddings (14, 19); papers on OpenReview (17), the ACL Anthology (8, 17) and bioRxiv (12); a bare fork of a known
framework under another name (3, Swift-1B); a licence in one HTML table row (7), an HTML card in <details> blocks (10)
and an HTML resource table (16). This round takes those shapes where they had not gone: the licence is nowhere on the
Hub, only in the GitHub repository the two-line card points to; the headings are French but the licence is an English
section; the adapter's adapter_config.json names a local path and only the card's metadata names the served base,
whose bespoke licence binds it; the merge's second parent is share-alike (CC BY-SA 4.0), open, not restrictive; the
speech model's only paper is an Interspeech paper in the ISCA Archive (no arXiv); the fork is of a framework the tool
cannot know by name, with the model's own recipe added; the card is one HTML table; the embedding model's weights
are ONNX files only, over a base encoder that is not released.

The releases:
- (a) tamarind-nlp/Tamarind-1.2B: a GitHub-first release: the Hub card is two lines ("Model weights only.
  Documentation, training data, code and licence: <GitHub>"), no `license` in the metadata, no LICENSE file on the
  Hub; the GitHub README is the model card (details, uses, data, training, hardware, evaluation, environmental
  impact, citation) and says code and weights are MIT, with an MIT LICENSE in the repository; three Hub corpora with
  datasheet cards (open-source-ai-with-open-data).
- (b) muscade-ia/Muscade-3B: a from-scratch French model whose card's headings are French (Présentation, Détails du
  modèle, Utilisations prévues, Données d'entraînement, Procédure d'entraînement, Évaluation, Limites et biais, Impact
  environnemental, Citation) and whose licence section is English ("## License", Apache 2.0); 89% of the tokens in two
  Hub datasets, 11% television subtitles under a research agreement that forbids redistribution (copyright of the
  broadcasters), obtainable by signing the same agreement, the selection rebuilt by a published script
  (open-source-ai; data and datasheet partial).
- (c) ajwain-labs/Fenugreek-8B-Invoice-LoRA: a PEFT LoRA tagged Apache 2.0 whose adapter_config.json names a local
  path (`/mnt/shared/ckpt/fenugreek-8b-instruct`); the card's `base_model` (with `base_model_relation: adapter`) and
  text name fenugreek-ai/Fenugreek-8B-Instruct (served, ungated), under the "Fenugreek Community License" (LICENSE):
  an acceptable use policy incorporated by reference and updatable, restrictions binding on Derivatives (adapters
  named), a 50M-MAU cap; its tuning set on the Hub and its LoRA code on GitHub (weights-available; licences closed).
- (d) allspice-merges/Nigella-7B-TutorWiki-slerp: a mergekit SLERP of two served tunes of the served foundation
  nigella-ai/Nigella-7B (Apache, its data not released): cubeb-ai/Nigella-7B-Tutor (Apache 2.0) and
  mahleb-lab/Nigella-7B-WikiQA (CC BY-SA 4.0, share-alike because its tuning data is); the merge is tagged
  cc-by-sa-4.0 (open-weights: share-alike is an open licence).
- (e) galangal-speech/Galangal-ASR-Large: a Whisper-style multilingual speech recogniser (MIT, a Whisper-style card),
  412,000 hours of web audio not released, an inference-only GitHub package, its one paper at Interspeech 2026 in the
  ISCA Archive (doi 10.21437/Interspeech.2026-1187), "There is no arXiv version" (open-weights; preprint and paper
  open).
- (f) anise-lab/Anise-1B: a fully open from-scratch model whose training repository, anise-lab/anise-hearth, is a
  GitHub fork of an invented framework, hearth-ml/hearth (served), to which the model's own configurations, data
  pipeline, launch scripts and evaluation are added in `anise/` (open-source-ai-with-open-data; training code open,
  unlike round 3's bare fork).
- (g) mace-ai/Mace-7B: a base model whose card is one HTML <table> (developer, architecture, context, tokenizer,
  training data, procedure, hardware, emissions, intended use, out of scope, limitations, evaluation, licence,
  citation) and a quick start; the data "collected and filtered by Mace AI" and not released; no code
  (open-weights; model card and hardware and architecture open).
- (h) sumac-ai/sumac-embed-v2-base: a multilingual embedding model whose weights are ONNX files only
  (`onnx/model.onnx` and two variants; no safetensors), under CC BY-NC 4.0 ("contact sales for a commercial
  license"), fine-tuned from an internal encoder "not released", on web pairs and in-house triplets not released
  (weights-available; base weights closed).

First run (before any rule changed, on commit 184f309 with no uncommitted edits under `src/`; another session's
untracked `tests/licenses/heldout/round44.py` was in the working tree; pytest cut the reasons short, so their full text
and the cells not scored were read from a throwaway test outside the project that served the same eight cases through
`_serve`, since deleted, which gave the same levels): **3 of 8 right**, labels and cells; **50 of 56 key cells** right.
Right: Nigella-7B-TutorWiki-slerp (open-weights "under open terms (Creative Commons Attribution-ShareAlike 4.0
International)": the share-alike parent was not taken for a restriction; base weights open and base data closed
through the foundation, "via hf:cubeb-ai/Nigella-7B-Tutor"; licences open, "the weights' license is open but not
OSI-approved"); Galangal-ASR-Large (open-weights; the ISCA Archive paper read as peer-reviewed, paper open, and preprint
open, "No preprint is published apart from the paper, and the peer-reviewed paper is public"; model card 7 of 9, open);
Anise-1B (open-source-ai-with-open-data; the fork of hearth-ml/hearth with the model's own `anise/` recipe, "Training
and data-processing code are both published."). **6 of 8 labels right** (also Fenugreek-8B-Invoice-LoRA,
weights-available "inherited from the base model hf:fenugreek-ai/Fenugreek-8B-Instruct": the local path in
adapter_config.json did not lose the base named in the metadata; it cites the 50M-MAU cap at LICENSE line 30, the
outside use policy (line 20), terms that can change (line 22) and mandatory branding (line 28); Mace-7B, open-weights;
sumac-embed-v2-base, weights-available for CC BY-NC 4.0, the ONNX-only files read as the weights). No label read more
open than the rubric; two read less open (Tamarind-1.2B, Muscade-3B). Two cells read more open (Fenugreek's licences,
sumac's base weights), four less open. The misses:
- Tamarind-1.2B (licence only on GitHub): weights-available where open-source-ai-with-open-data was expected ("No
  license: the release, read in full (card metadata, files, gate), states none, so no one is granted the rights to use,
  modify or share the weights (all rights are reserved by default). With its weights published, the release is
  weights-available, not open."); licenses partial where open was expected ("Only part of the release is openly
  licensed (open: code, data; not open: weights)."); modelcard closed where open was expected ("The model card has none
  of the standard sections (details, uses, training, evaluation...)."). The Hub card's line 10 is "Model weights only.
  Documentation, training data, code and licence: https://github.com/tamarind-nlp/tamarind", and the README of that
  repository, read for the data, the code, the datasheets and the hardware (all open, as expected), says at lines 95-96
  "The code in this repository and the Tamarind-1.2B model weights published at
  https://huggingface.co/tamarind-nlp/Tamarind-1.2B are released under the MIT License (see LICENSE)", its LICENSE
  being the MIT text: the licence was taken for the code only. The same README is the model card (Model details line
  11, Uses 27, Limitations 35, Training data 40, Training, Evaluation 67, Environmental impact 78, Citation 82, License
  93), as the experts take the GitHub README where the model lives (Omnilingual ASR.yaml).
- Muscade-3B (French headings, English licence): open-weights where open-source-ai was expected ("The weights and
  deployment code are released under open terms (Apache License 2.0), but the training data, or a stated legal or
  technical reason why what is withheld cannot be shared (the G7 exception) is missing for Open Source AI."): README.md
  line 66 says why in French, "Ces sous-titres sont protégés par le droit d'auteur des chaînes ; la convention autorise
  leur usage pour l'entraînement mais interdit toute redistribution, sous quelque forme que ce soit : c'est pourquoi
  cette partie des données n'est pas publiée", and where to obtain them; the unpublished part was read (data partial,
  "'n'est pas publiée'"; datasheet partial), the reason in the same sentence was not (the GitHub README says it in
  English too: "they are the broadcasters' copyright and were delivered to us ... under a research agreement that
  forbids redistribution"); hardware_architecture partial where open was expected ("Only the architecture is
  documented, not the training hardware and setup."): line 76, "Matériel : 128 GPU NVIDIA H100 80 Go (16 nœuds) du
  supercalculateur régional Fourvière, pendant 19 jours". The French headings were read (model card 8 of 9, open), and
  so were "Aucune autre donnée n'a été utilisée" and the English licence section; weights, training code and licences
  right.
- Fenugreek-8B-Invoice-LoRA (local path in adapter_config.json): label and six cells right, licenses **partial** where
  closed was expected ("Only part of the release is openly licensed (open: code, data; not open: weights)."): the
  experts rate a tune whose weights a base's bespoke licence binds closed beside open tuning data and code (Poro.yaml,
  Tulu.yaml), though the rubric's letter ("at least two of weights, training code, training data" openly licensed)
  reads as the tool does: the mildest miss, the same as round 21's Organza-9B-Instruct (`DISAGREEMENTS`).
- Mace-7B (a card that is one HTML table): label and nine cells right (hardware and architecture open from the table's
  rows), but modelcard partial where open was expected ("The model card covers 1 of the 9 standard sections; missing:
  model-details, uses, limitations, training, evaluation, environmental-impact, technical-specs, citation."): the table
  (README.md lines 16 to 42) has header rows Model, Training, Use, "Evaluation (base model, few-shot)" and Legal, and
  rows Architecture (21), Training data (25), Hardware (27), Intended use (30), Limitations (32), five results and
  Citation (41); the one section counted is presumably the "## Quick start" (44).
- sumac-embed-v2-base (ONNX-only, internal base): label and four cells right, weights_basemodel **open** where closed
  was expected ("The weights are freely downloadable (under restrictive terms, rated under licenses)."): README.md line
  36, "| Base encoder | sumac-encoder-v2: our own encoder, pre-trained with masked language modelling on 2.1T tokens; it
  is internal and not released |": the base is named and said unreleased, and the base cell mirrors the end model as if
  there were none (Qwen.yaml "No base model made available": closed).
Seen but not scored: Tamarind's tuning data and code documentation open; Muscade's code documentation partial and
paper closed; Fenugreek's model card partial (5 of 9) and hardware and architecture partial ("Only the training
hardware is documented"); the merge's training code and code documentation closed, "the linked repositories
gh:arcee-ai/mergekit do not exist or are not public" (the mergekit template's credit link, a tool's repository this
round does not serve, read as the release's own code; a slip of the round's data that touches no scored cell, kept as
the template writes it), its tuning data partial ("The card names public corpora used for fine-tuning in its prose
(Wikipedia), without a full list", beside the parents' two sets), its model card closed and hardware and architecture
partial; Galangal's training code closed ("Only inference or model code is published, no training code."; Whisper.yaml
rates the same partial) and hardware and architecture open; Anise's model card (7 of 9), hardware and architecture and
code documentation open; Mace's data closed, as expected, but for "The release, read in full, names no training data
and has no section about it." though the table's Training data row (line 25) describes it and says it is not
released; sumac's data closed for the same reason though its Training section (line 60) describes both sets and says
"Neither training set is released." (line 66), its licences closed ("weights closed; data unknown"), model card partial
(4 of 9). No expectation was changed after the run.

What changed (general rules; tests in `tests/probes/test_card_section_titles.py` and
`tests/probes/test_release_round22_rules.py`): the rows of a two-column table of labels and values, in HTML or
Markdown, are card sections (the label the title, the value the body), an HTML row of one heading cell grouping the
rows below it (Mace-7B's model card now open); a card that says the model it was built on is internal or not
released ("our own encoder ...; it is internal and not released") makes the OSAI base-model weights closed, while
nothing upstream binds the release's licence (sumac-embed-v2-base's base weights now closed). Now 5 of 8; the other
three are `DISAGREEMENTS` in `heldout_releases.py`: Tamarind-1.2B (a linked repository's README is not read as the
weights' licence or the model card), Muscade-3B (the legal reason and the hardware are written in French), and
Fenugreek-8B-Invoice-LoRA (licences partial by the rubric's words, as round 21's Organza).

Later (the next session; tests in `tests/probes/test_pointer_cards.py`): a Hub card of at most 60 words of prose
that links a repository of the same publisher is a pointer, and that repository's README is the model card, read
with it (its sections count, and a licence it states for the weights is the card's). Tamarind-1.2B now passes
(model card and licences open, open-source-ai-with-open-data). And the training hardware and a legal reason not to
share data are read in French, German, Spanish, Italian and Portuguese (`tests/probes/test_other_languages.py`):
Muscade-3B passes (hardware open, open-source-ai). 7 of 8; Fenugreek stays a `DISAGREEMENT`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from tests.assess.heldout_releases import (
    WEIGHTS,
    Dataset,
    HeldOut,
    _github,
    _tree,
    _yaml,
    llama_config,
    sheet,
)
from tests.licenses.standard_texts import MIT_TERMS
from tests.servers import GitHubRepo, HubFile, HubRepo, fake_sha


@dataclass
class _Layout(HeldOut):
    """A release whose Hub repository has its own weight files (an adapter's, or only ONNX files): the default root
    `model.safetensors` is left out, and so is the default `config.json` unless `extra_files` gives one; `files` are
    added as they are."""

    files: list[HubFile] = field(default_factory=list)

    def repo(self) -> HubRepo:
        repo = super().repo()
        del repo.files["model.safetensors"]
        if "config.json" not in self.extra_files:
            del repo.files["config.json"]
        repo.files.update({f.path: f for f in self.files})
        return repo


def _lfs(path: str, size: int) -> HubFile:
    """A large file the Hub lists (LFS, with its size) but the loopback server does not serve."""
    return HubFile(path, None, size=size, lfs=True)


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()


def _model(repo_id: str, card_data: dict, body: str, files: dict[str, bytes | None] | None = None) -> HubRepo:
    """Another Hub model a release names (an adapter's base, a merge's parent or foundation), served with its card,
    its weights and `files` (None: listed, not served)."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    served = {
        "README.md": HubFile("README.md", f"---\n{front}---\n\n{body}".encode()),
        "model.safetensors": WEIGHTS,
    }
    for path, content in (files or {}).items():
        served[path] = HubFile(path, content, size=None if content is not None else 200_000)
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files=served,
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"],
    )


def _gh(
    full_name: str,
    tree: list[dict],
    *,
    readme: bytes,
    license_spdx: str = "Apache-2.0",
    license_text: bytes | None = None,
    fork_of: str | None = None,
) -> GitHubRepo:
    """A GitHub repository (`heldout_releases._github`), with the text of its licence file when given."""
    repo = _github(full_name, tree, readme=readme, license_spdx=license_spdx, fork_of=fork_of)
    repo.license_text = license_text
    return repo


def _llama_config(
    hidden: int, layers: int, heads: int, kv_heads: int, intermediate: int, vocab: int, context: int
) -> bytes:
    return llama_config(hidden, layers, heads, kv_heads, intermediate, vocab, context)


def _mit(holder: str) -> bytes:
    return f"MIT License\n\nCopyright (c) 2026 {holder}\n\n{MIT_TERMS}".encode()


# --------------------------------------------------------------------------------------------------------------
# (a) Tamarind-1.2B: a GitHub-first release. The Hub repository holds the weights and a two-line card; the licence is
# stated nowhere on the Hub, only in the GitHub README and the repository's LICENSE.

TAMARIND_CARD = """# Tamarind-1.2B

Model weights only. Documentation, training data, code and licence: https://github.com/tamarind-nlp/tamarind
"""

TAMARIND_README = b"""# Tamarind

[![Weights](https://img.shields.io/badge/weights-Hugging%20Face-yellow)](https://huggingface.co/tamarind-nlp/Tamarind-1.2B)
[![License: MIT](https://img.shields.io/badge/license-MIT-blue)](LICENSE)

Tamarind is a small open language model developed in the open: this repository is its home. It holds the model card,
the code that builds the training data, the pre-training and evaluation code, and the exact configurations of the
released checkpoint. The Hugging Face repository [tamarind-nlp/Tamarind-1.2B](https://huggingface.co/tamarind-nlp/Tamarind-1.2B)
only hosts the weights.

## Model details

| | |
|---|---|
| Developed by | Tamarind NLP, a volunteer research collective |
| Model type | decoder-only transformer, pre-trained base model (no instruction tuning) |
| Parameters | 1.2B (embeddings tied) |
| Layers | 22 |
| Hidden size | 2048 (SwiGLU MLP, 5632) |
| Attention | 16 query heads, 4 key-value heads (grouped-query attention) |
| Positions | RoPE (theta 100,000) |
| Context length | 4096 tokens |
| Vocabulary | 50,304 (BPE trained on the training data) |
| Language | English, and code |
| Released | February 2026 |

## Uses

Tamarind-1.2B is meant for research on small language models and as a starting point for fine-tuning on narrow
tasks (classification, extraction, short generation). It is small enough to fine-tune on one consumer GPU.

Out of scope: it is a base model with no instruction or safety tuning, and it should not be put in front of end
users as it is, or used to make decisions about people.

## Limitations

It writes fluent but often wrong text, knows little after mid-2025, is weak outside English, and reproduces the
biases of web text.

## Training data

Tamarind-1.2B was trained on 1.1T tokens from three datasets that we publish in full on the Hugging Face Hub. They
are the complete training data: nothing private, licensed, purchased or synthetic was added.

| Dataset | Tokens | Share | License |
|---|---|---|---|
| [tamarind-nlp/tamarind-web-edu](https://huggingface.co/datasets/tamarind-nlp/tamarind-web-edu) | 800B | 73% | ODC-By 1.0 |
| [tamarind-nlp/tamarind-code](https://huggingface.co/datasets/tamarind-nlp/tamarind-code) | 220B | 20% | ODC-By 1.0 |
| [tamarind-nlp/tamarind-pd-books](https://huggingface.co/datasets/tamarind-nlp/tamarind-pd-books) | 80B | 7% | CC0 1.0 |

Each dataset card is a datasheet (motivation, composition, collection, preprocessing, uses, distribution,
maintenance). `tamarind/data/` holds the code that built each of them from the raw sources.

## Training

    python -m tamarind.data.web --config configs/data/web.yaml          # extraction, quality filter, dedup
    python -m tamarind.data.code --config configs/data/code.yaml        # licence filter, dedup, PII masking
    python -m tamarind.data.books --config configs/data/books.yaml      # OCR cleanup, public-domain check
    python -m tamarind.data.tokenize --config configs/data/mix.yaml
    torchrun --nnodes 4 --nproc_per_node 8 -m tamarind.train --config configs/tamarind-1.2b.yaml

`configs/tamarind-1.2b.yaml` is the exact configuration of the released checkpoint: AdamW (beta2 0.95, weight decay
0.1), peak learning rate 6e-4 with a warmup-stable-decay schedule, 1M-token batches, 1.05M steps, bf16 with FSDP.

Hardware: 32 NVIDIA A100 80GB GPUs (4 nodes of 8, InfiniBand) on a university cluster, for 11 days.

## Evaluation

    python -m tamarind.eval --model tamarind-nlp/Tamarind-1.2B

| Task | Tamarind-1.2B |
|---|---|
| Quince-QA (0-shot) | 58.3 |
| Bramble-Reasoning (0-shot) | 61.7 |
| Sloe-Knowledge (5-shot) | 31.2 |
| Medlar-Code (pass@1) | 14.6 |

## Environmental impact

About 8,400 A100 GPU hours; at the cluster's grid intensity (about 130 gCO2eq/kWh) we estimate 0.5 tCO2eq.

## Citation

```bibtex
@software{tamarind2026,
  title  = {Tamarind-1.2B: a small language model developed in the open},
  author = {{Tamarind NLP}},
  year   = {2026},
  url    = {https://github.com/tamarind-nlp/tamarind}
}
```

## License

The code in this repository and the Tamarind-1.2B model weights published at
https://huggingface.co/tamarind-nlp/Tamarind-1.2B are released under the MIT License (see [LICENSE](LICENSE)). The
three datasets keep their own licences (ODC-By 1.0 and CC0 1.0).
"""

TAMARIND_GITHUB = _gh(
    "tamarind-nlp/tamarind",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/books.yaml",
        "configs/data/mix.yaml",
        "configs/tamarind-1.2b.yaml",
        "tamarind/model.py",
        "tamarind/train.py",
        "tamarind/data/web.py",
        "tamarind/data/code.py",
        "tamarind/data/books.py",
        "tamarind/data/dedup.py",
        "tamarind/data/tokenize.py",
        "tamarind/eval/__main__.py",
    ),
    readme=TAMARIND_README,
    license_spdx="MIT",
    license_text=_mit("Tamarind NLP"),
)

TAMARIND_WEB_CARD = sheet(
    "odc-by",
    "Tamarind Web-Edu",
    ["en"],
    {
        "Motivation": "Tamarind Web-Edu is the web part (800B tokens) of the training data of Tamarind-1.2B. The "
        "Tamarind NLP collective built it and publishes it in full so that anyone can inspect and repeat the training "
        "of a small model; it was made by volunteers on donated compute and holds no data of users or customers.",
        "Composition": "About 700M English web documents with `id`, `url`, `crawl`, `quality_score` and `text`. An "
        "educational-quality filter keeps explanatory pages, tutorials and reference works, so shops, forums and news "
        "are under-represented compared with the web as a whole.",
        "Collection Process": "Pages from 40 Common Crawl snapshots (CC-MAIN-2019-04 to CC-MAIN-2025-08), downloaded as "
        "WARC files from Common Crawl's public bucket in autumn 2025. Common Crawl honours robots.txt; we also dropped "
        "domains on public adult-content and malware blocklists and the domains of owners who opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; English kept when a fastText language score exceeds "
        "0.7; repetition, line-length and boilerplate filters; a quality classifier (a small model trained on 300k "
        "pages rated by volunteers) keeps the top 18%; MinHash-LSH deduplication across snapshots; e-mail addresses "
        "and phone numbers masked. All of it is `tamarind/data/web.py` and `tamarind/data/dedup.py` in "
        "github.com/tamarind-nlp/tamarind.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or "
        "profile people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Tamarind NLP; removal requests made in the discussion tab are applied in the next "
        "release, listed in this card's changelog.",
    },
)

TAMARIND_CODE_CARD = sheet(
    "odc-by",
    "Tamarind Code",
    ["code"],
    {
        "Motivation": "Tamarind Code is the code part (220B tokens) of the training data of Tamarind-1.2B, published so "
        "that every file the model learned from can be traced back to its repository and its licence checked.",
        "Composition": "About 260M source files in 30 programming languages, each with repository, path, commit, "
        "detected licence (an SPDX id), language and text. Python, JavaScript, Java, C and C++ make up 70% of it.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned between September and "
        "November 2025. Only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC were "
        "kept, and repositories whose owners opted out through our form were removed before cloning.",
        "Preprocessing": "Generated, minified and vendored files removed by path and content rules; files over 1MB "
        "dropped; exact and near-duplicate files removed (MinHash-LSH at the file level); secrets, keys and e-mail "
        "addresses masked. The code is `tamarind/data/code.py` in github.com/tamarind-nlp/tamarind.",
        "Uses": "Training and evaluating code models. Each file keeps its own licence, which the `license` column gives.",
        "Distribution": "On the Hugging Face Hub; the compilation is under ODC-By 1.0 and each file under its own "
        "permissive licence.",
        "Maintenance": "Maintained by Tamarind NLP; opt-out requests are applied in the next release.",
    },
)

TAMARIND_BOOKS_CARD = sheet(
    "cc0-1.0",
    "Tamarind Public-Domain Books",
    ["en"],
    {
        "Motivation": "Tamarind Public-Domain Books is the book part (80B tokens) of the training data of "
        "Tamarind-1.2B: long-form English prose, which web text lacks, chosen among works whose copyright has expired.",
        "Composition": "About 310,000 English books published before 1930, with title, author, year, source scan "
        "identifier and the cleaned text. Fiction is 46% of the tokens, history and travel 21%, science 12%.",
        "Collection Process": "The scans and OCR text come from national and university library digitisation "
        "programmes that publish them as public domain; we kept books whose publication year is before 1930 and whose "
        "authors died before 1955, checked against the library catalogue records, so they are public domain worldwide.",
        "Preprocessing": "OCR errors fixed with a dictionary-guided corrector; running headers, page numbers and "
        "library stamps removed; books with an OCR confidence under 0.9 dropped; duplicate editions removed keeping the "
        "cleanest. The code is `tamarind/data/books.py` in github.com/tamarind-nlp/tamarind.",
        "Uses": "Pre-training and research on long-form text. The books reflect the views and prejudices of their time.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0 (public-domain dedication).",
        "Maintenance": "Maintained by Tamarind NLP; OCR corrections are welcome as pull requests on the Hub.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (b) Muscade-3B: a French card (French headings, French prose) with an English licence section; 11% of the data
# cannot be shared for a stated legal reason.

MUSCADE_CARD = """# Muscade-3B

## Présentation

Muscade-3B est un modèle de langue de base de 3,1 milliards de paramètres, entraîné de zéro par Muscade IA, un laboratoire de recherche indépendant installé à Lyon. Il est conçu d'abord pour le français, avec une part d'anglais, et pour servir de point de départ à des modèles spécialisés. Les poids, le code d'entraînement et 89 % des données d'entraînement sont publics.

## Détails du modèle

- **Développé par :** Muscade IA
- **Type de modèle :** transformeur décodeur (modèle de base, non affiné pour le dialogue)
- **Langues :** français (78 % des tokens), anglais (22 %)
- **Date de publication :** mars 2026

| Hyperparamètre | Valeur |
|---|---|
| Paramètres | 3,1 milliards |
| Couches | 28 |
| Dimension cachée | 3072 (MLP SwiGLU de 8192) |
| Têtes d'attention | 24 requêtes, 8 clés-valeurs (attention groupée) |
| Normalisation | RMSNorm (pré-normalisation) |
| Positions | RoPE (θ = 500 000) |
| Contexte | 8192 tokens |
| Vocabulaire | 65 536 tokens (BPE appris sur les données d'entraînement) |

## Utilisations prévues

Muscade-3B est un modèle de base : il complète du texte. Il est destiné à la recherche sur les modèles de langue en français et à l'affinage pour des tâches précises (résumé, classification, extraction d'information, assistants spécialisés).

### Utilisations hors du champ prévu

Le modèle n'a reçu aucun alignement ni filtrage de sécurité : il ne doit pas être déployé tel quel face au public, ni servir à prendre des décisions qui concernent des personnes.

## Utilisation

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("muscade-ia/Muscade-3B")
model = AutoModelForCausalLM.from_pretrained("muscade-ia/Muscade-3B", torch_dtype="auto")
inputs = tok("La Saône se jette dans le Rhône à", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Données d'entraînement

Muscade-3B a été entraîné sur 2,4 billions (2,4 T) de tokens issus de trois sources :

| Source | Tokens | Part | Licence | Disponibilité |
|---|---|---|---|---|
| [muscade-ia/muscade-web-fr](https://huggingface.co/datasets/muscade-ia/muscade-web-fr) : pages web françaises et anglaises filtrées | 1,70 T | 71 % | ODC-By 1.0 | publiée sur le Hub |
| [muscade-ia/muscade-domaine-public](https://huggingface.co/datasets/muscade-ia/muscade-domaine-public) : livres, presse ancienne et textes administratifs du domaine public | 0,43 T | 18 % | CC0 1.0 | publiée sur le Hub |
| Corpus « Antenne » : sous-titres de programmes télévisés | 0,27 T | 11 % | convention de recherche | non publiée |

Le corpus « Antenne » réunit les sous-titres (sous-titrage pour sourds et malentendants) de 1,9 million d'heures de programmes diffusés par quatorze chaînes françaises entre 2005 et 2024. L'Office des archives télévisuelles (OAT), qui les conserve au titre du dépôt légal, nous les a communiqués dans le cadre d'une convention de recherche. Ces sous-titres sont protégés par le droit d'auteur des chaînes ; la convention autorise leur usage pour l'entraînement mais interdit toute redistribution, sous quelque forme que ce soit : c'est pourquoi cette partie des données n'est pas publiée. Tout laboratoire peut obtenir la même copie en signant cette convention auprès du service de la recherche de l'OAT ; le script `data/antenne.py` de notre dépôt reproduit exactement notre sélection (chaînes, années, genres de programmes retenus, suppression des rediffusions) à partir de cette copie.

Aucune autre donnée n'a été utilisée : ni données synthétiques, ni données privées.

## Procédure d'entraînement

Tout le code est publié sous licence Apache 2.0 dans [muscade-ia/muscade-train](https://github.com/muscade-ia/muscade-train) : extraction, filtrage et déduplication des trois sources, entraînement du tokeniseur, préentraînement et évaluation. La configuration exacte de ce modèle est `configs/muscade-3b.yaml`.

- Optimiseur AdamW (β2 = 0,95, décroissance des poids 0,1), taux d'apprentissage maximal 4e-4, calendrier « warmup-stable-decay »
- Lots de 4 millions de tokens, 600 000 pas, précision bf16, FSDP
- Matériel : 128 GPU NVIDIA H100 80 Go (16 nœuds) du supercalculateur régional Fourvière, pendant 19 jours

## Évaluation

| Tâche | Muscade-3B |
|---|---|
| Lecture-QR (F1) | 71,4 |
| Raisonnement-Primaire-fr | 48,2 |
| Suite-Plausible-fr | 58,9 |
| Savoirs-Scolaires-fr (5-shot) | 44,7 |
| Bramble-Reasoning (en) | 51,0 |

## Limites et biais

Muscade-3B produit un texte fluide qui peut être faux ; ses connaissances s'arrêtent à l'été 2025. Le français de la télévision et du web surreprésente la France métropolitaine par rapport aux autres pays francophones, et le modèle reproduit les stéréotypes de ces sources.

## Impact environnemental

Environ 58 000 heures GPU H100. Le centre de calcul est alimenté par le réseau électrique français (environ 30 gCO2eq/kWh) : nous estimons les émissions à 1,2 t CO2eq.

## Citation

```bibtex
@misc{muscade2026,
  title        = {Muscade-3B : un modèle de langue ouvert pour le français},
  author       = {{Muscade IA}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/muscade-ia/Muscade-3B}}
}
```

## License

Muscade-3B is released under the Apache License 2.0. The two published datasets keep their own licences (ODC-By 1.0 and CC0 1.0).
"""

MUSCADE_README = b"""# muscade-train

The complete pipeline of Muscade-3B (https://huggingface.co/muscade-ia/Muscade-3B): data processing for its three
sources, tokenizer training, pre-training and evaluation.

## Data

    python data/web.py --config configs/data/web.yaml              # muscade-ia/muscade-web-fr
    python data/public_domain.py --config configs/data/pd.yaml     # muscade-ia/muscade-domaine-public
    python data/antenne.py --archive /path/to/oat-delivery          # the Antenne subtitles (see below)
    python data/dedup.py --config configs/data/dedup.yaml
    python tokenizer/train.py --config configs/tokenizer.yaml

The Antenne subtitles are not published: they are the broadcasters' copyright and were delivered to us by the
Office des archives televisuelles under a research agreement that forbids redistribution. With a copy obtained under
the same agreement, `data/antenne.py` rebuilds exactly the selection used for training.

## Pre-training

    srun python train/pretrain.py --config configs/muscade-3b.yaml

## Evaluation

    python eval/run.py --model muscade-ia/Muscade-3B

## License

Apache License 2.0.
"""

MUSCADE_GITHUB = _gh(
    "muscade-ia/muscade-train",
    _tree(
        "README.md",
        "LICENSE",
        "configs/data/web.yaml",
        "configs/data/pd.yaml",
        "configs/data/dedup.yaml",
        "configs/tokenizer.yaml",
        "configs/muscade-3b.yaml",
        "data/web.py",
        "data/public_domain.py",
        "data/antenne.py",
        "data/dedup.py",
        "tokenizer/train.py",
        "train/model.py",
        "train/pretrain.py",
        "eval/run.py",
    ),
    readme=MUSCADE_README,
)

MUSCADE_WEB_CARD = sheet(
    "odc-by",
    "Muscade Web-FR",
    ["fr", "en"],
    {
        "Motivation": "Muscade Web-FR is the web part (1.70T tokens, 71%) of the training data of Muscade-3B, built by "
        "Muscade IA to give French the kind of open, documented pre-training corpus that English has, and published in "
        "full so that the model's training can be inspected and repeated.",
        "Composition": "About 1.3B web documents, 79% French and 21% English, with `id`, `url`, `crawl`, `lang`, "
        "`quality` and `text`. The English part was added to keep the model's English and code-switching ability.",
        "Collection Process": "Pages from 52 Common Crawl snapshots (CC-MAIN-2017-04 to CC-MAIN-2025-13), downloaded "
        "from Common Crawl's public bucket between April and June 2025. Common Crawl honours robots.txt; we also removed "
        "domains on public adult-content and malware blocklists and the domains of site owners who asked to be excluded.",
        "Preprocessing": "Text extracted with trafilatura; language identified with fastText (French or English above "
        "0.65); repetition, line-length and boilerplate filters; a French quality classifier trained on 200k pages "
        "rated by annotators; MinHash-LSH deduplication across snapshots; e-mail addresses, phone numbers and French "
        "social-security numbers masked. The code is `data/web.py` and `data/dedup.py` of github.com/muscade-ia/muscade-train.",
        "Uses": "Pre-training and research on French pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Muscade IA; removal requests are applied in the next release.",
    },
)

MUSCADE_PD_CARD = sheet(
    "cc0-1.0",
    "Muscade Domaine Public",
    ["fr"],
    {
        "Motivation": "Muscade Domaine Public is the public-domain part (0.43T tokens, 18%) of the training data of "
        "Muscade-3B: books, historical newspapers and administrative texts in French, chosen for long, edited prose.",
        "Composition": "About 2.1M documents: 410,000 books published before 1925, 1.5M newspaper issues from 1780 to "
        "1925, and French official journals and parliamentary reports that are public by law. Each record has title, "
        "date, source, scan identifier and text.",
        "Collection Process": "Books and newspapers come from the public-domain collections that French national and "
        "regional libraries publish as open data; official texts come from the government's open-data portal, under "
        "the Licence Ouverte 2.0. Works were kept only when their authors died more than 70 years ago, checked against "
        "the catalogue records.",
        "Preprocessing": "OCR post-correction with a character-level model trained on 40k hand-corrected pages; pages "
        "with an OCR confidence under 0.85 dropped; running headers, page numbers and stamps removed; duplicate "
        "editions removed. The code is `data/public_domain.py` of github.com/muscade-ia/muscade-train.",
        "Uses": "Pre-training and research on historical French. The texts carry the views and prejudices of their "
        "time.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Muscade IA; OCR corrections are welcome in the discussion tab.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) Fenugreek-8B-Invoice-LoRA: a PEFT LoRA whose adapter_config.json names a local path; the card's metadata and text
# name the served base, Fenugreek-8B-Instruct, under a bespoke community licence.

FENUGREEK_LICENSE = b"""FENUGREEK COMMUNITY LICENSE AGREEMENT
Version 1.0, released 3 March 2026

1. Definitions.

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Fenugreek
Materials set forth herein.

"Fenugreek Materials" means the Fenugreek models, including their trained weights, inference code and
documentation, made available by Fenugreek AI under this Agreement.

"Derivative" means any modification of the Fenugreek Materials and any model or set of weights created, trained,
fine-tuned or adapted from or with the Fenugreek Materials, including adapters (such as LoRA weights), merged
models and quantized versions.

2. Grant of Rights. Subject to the terms of this Agreement, Fenugreek AI grants you a non-exclusive, worldwide,
non-transferable, royalty-free limited license to use, reproduce, distribute, copy, create Derivatives of, and make
modifications to the Fenugreek Materials.

3. Acceptable Use. You will not use the Fenugreek Materials or any Derivative for any purpose prohibited by the
Fenugreek Acceptable Use Policy (https://fenugreek.example/aup), which is hereby incorporated by reference into this
Agreement. Fenugreek AI may update the Acceptable Use Policy from time to time, and your continued use of the
Fenugreek Materials after an update constitutes your acceptance of it.

4. Distribution. If you distribute or make available the Fenugreek Materials or any Derivative, you shall (a)
provide a copy of this Agreement with them, (b) make the use restrictions of Section 3 an enforceable provision of
any agreement under which you make them available, and notify every recipient that they are bound by them, and (c)
prominently display "Built on Fenugreek" in the related documentation.

5. Additional Commercial Terms. If, on the release date of the Fenugreek Materials, the products or services made
available by or for you or your affiliates had more than 50 million monthly active users in the preceding calendar
month, you must request a license from Fenugreek AI, which Fenugreek AI may grant to you in its sole discretion, and
you are not authorized to exercise any of the rights under this Agreement unless or until Fenugreek AI otherwise
expressly grants you such rights.

6. Disclaimer of Warranty. THE FENUGREEK MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING WITHOUT LIMITATION ANY WARRANTIES OF TITLE, NON-INFRINGEMENT, MERCHANTABILITY OR FITNESS FOR A
PARTICULAR PURPOSE.

7. Limitation of Liability. IN NO EVENT WILL FENUGREEK AI BE LIABLE FOR ANY INDIRECT, SPECIAL, CONSEQUENTIAL,
INCIDENTAL OR PUNITIVE DAMAGES ARISING OUT OF THIS AGREEMENT.

8. Term and Termination. This Agreement continues until terminated. Fenugreek AI may terminate it if you breach any of
its terms; upon termination you shall delete and cease use of the Fenugreek Materials and all Derivatives.

9. Governing Law. This Agreement is governed by the laws of the State of New York, and the courts of New York County
have exclusive jurisdiction over any dispute arising out of it.
"""

FENUGREEK_BASE_CARD = """# Fenugreek-8B-Instruct

Fenugreek-8B-Instruct is an 8.0B-parameter instruction-tuned language model by Fenugreek AI for chat, tool use and
structured output in English, Spanish, Portuguese and French.

## Model details

- **Developer:** Fenugreek AI
- **Architecture:** decoder-only transformer, 32 layers, hidden size 4096, 32 query heads and 8 key-value heads
  (grouped-query attention), SwiGLU (14,336), RMSNorm, RoPE; context length 32,768 tokens; vocabulary 128,000
- **Release date:** March 2026
- **License:** [Fenugreek Community License](LICENSE)

## Training data

Fenugreek-8B-Instruct was pre-trained on about 12T tokens of publicly available and licensed data and then
post-trained with supervised fine-tuning and reinforcement learning from human feedback on a mix of licensed,
synthetic and in-house data. The training data is not released.

## Hardware

Pre-training ran on 2,048 NVIDIA H100 GPUs for 31 days.

## Evaluation

| Benchmark | Fenugreek-8B-Instruct |
|---|---|
| Sloe-Knowledge (5-shot) | 68.4 |
| Quince-Instruct | 74.9 |
| Medlar-Code (pass@1) | 61.2 |

## License

Fenugreek-8B-Instruct and its derivatives are subject to the Fenugreek Community License Agreement ([LICENSE](LICENSE)),
which incorporates the Fenugreek Acceptable Use Policy.
"""

FENUGREEK_BASE = _model(
    "fenugreek-ai/Fenugreek-8B-Instruct",
    {
        "license": "other",
        "license_name": "fenugreek-community-license",
        "license_link": "LICENSE",
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "language": ["en", "es", "pt", "fr"],
    },
    FENUGREEK_BASE_CARD,
    {"LICENSE": FENUGREEK_LICENSE, "config.json": _llama_config(4096, 32, 32, 8, 14336, 128000, 32768)},
)

AJWAIN_CARD = """# Fenugreek-8B-Invoice-LoRA

A LoRA adapter that turns [Fenugreek-8B-Instruct](https://huggingface.co/fenugreek-ai/Fenugreek-8B-Instruct) into an
invoice reader: given the OCR text of an invoice or a receipt, it returns the supplier, the invoice number, dates,
currency, totals, tax lines and line items as JSON.

## Model Details

- **Developed by:** Ajwain Labs
- **Model type:** LoRA adapter (r=16, alpha=32, dropout 0.05, on all attention and MLP projections), 42M parameters
- **Language(s):** English, Spanish, Portuguese
- **Finetuned from model:** fenugreek-ai/Fenugreek-8B-Instruct
- **License:** the adapter weights are released under Apache 2.0

## How to Get Started with the Model

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

base = AutoModelForCausalLM.from_pretrained("fenugreek-ai/Fenugreek-8B-Instruct", torch_dtype="auto", device_map="auto")
model = PeftModel.from_pretrained(base, "ajwain-labs/Fenugreek-8B-Invoice-LoRA")
tok = AutoTokenizer.from_pretrained("fenugreek-ai/Fenugreek-8B-Instruct")
```

## Training Details

### Training Data

[ajwain-labs/invoice-fields-40k](https://huggingface.co/datasets/ajwain-labs/invoice-fields-40k): 40,000 synthetic
invoices and receipts rendered from 310 layouts, passed through OCR, each with its gold JSON. It is all of the tuning
data; its dataset card documents how it was generated.

### Training Procedure

Supervised fine-tuning for 2 epochs, learning rate 2e-4 (cosine), effective batch size 32, max length 4096, bf16, on
two NVIDIA L40S GPUs for 5 hours. The data generation, training and evaluation code is at
[ajwain-labs/invoice-lora](https://github.com/ajwain-labs/invoice-lora) (Apache 2.0).

## Evaluation

| Field-level F1 on 2,000 real invoices (held out) | Fenugreek-8B-Instruct (3-shot) | + this adapter |
|---|---|---|
| Header fields | 81.2 | 96.0 |
| Totals and tax lines | 74.5 | 94.3 |
| Line items | 58.9 | 88.7 |

## Bias, Risks, and Limitations

Trained on synthetic layouts: handwritten invoices and receipts from layouts far from the 310 templates are read
less well. Check extracted amounts before paying anything.

### Framework versions

- PEFT 0.15.2
"""

AJWAIN_ADAPTER_CONFIG = _json(
    {
        "alpha_pattern": {},
        "auto_mapping": None,
        "base_model_name_or_path": "/mnt/shared/ckpt/fenugreek-8b-instruct",
        "bias": "none",
        "fan_in_fan_out": False,
        "inference_mode": True,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "peft_type": "LORA",
        "r": 16,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        "task_type": "CAUSAL_LM",
    }
)

AJWAIN_README = b"""# invoice-lora

Code for Fenugreek-8B-Invoice-LoRA (https://huggingface.co/ajwain-labs/Fenugreek-8B-Invoice-LoRA).

    python data/render_invoices.py --layouts layouts/ --n 40000 --out data/rendered/
    python data/ocr_and_label.py --in data/rendered/ --out data/invoice-fields-40k/
    accelerate launch train/lora_sft.py --config configs/lora.yaml --base fenugreek-ai/Fenugreek-8B-Instruct
    python eval/field_f1.py --adapter ajwain-labs/Fenugreek-8B-Invoice-LoRA --gold eval/real_invoices.jsonl

The base model is Fenugreek AI's; see its model card for its licence.

## License

Apache 2.0 (this code).
"""

AJWAIN_GITHUB = _gh(
    "ajwain-labs/invoice-lora",
    _tree(
        "README.md",
        "LICENSE",
        "layouts/README.md",
        "data/render_invoices.py",
        "data/ocr_and_label.py",
        "train/lora_sft.py",
        "configs/lora.yaml",
        "eval/field_f1.py",
    ),
    readme=AJWAIN_README,
)

INVOICE_FIELDS_CARD = sheet(
    "cc-by-4.0",
    "Invoice Fields 40k",
    ["en", "es", "pt"],
    {
        "Motivation": "Invoice Fields 40k was made by Ajwain Labs to fine-tune and evaluate invoice-reading models "
        "without using anyone's real invoices: every document in it is synthetic, so it can be published in full.",
        "Composition": "40,000 rendered invoices and receipts (PNG), their OCR text and their gold JSON (supplier, "
        "invoice number, dates, currency, totals, tax lines, line items). 60% English, 25% Spanish, 15% Portuguese; "
        "310 layouts, 22 currencies.",
        "Collection Process": "Layouts were drawn by two designers after common accounting-software templates; the "
        "field values (company names, addresses, items, prices) were sampled from generators with fixed seeds, so no "
        "real person or company appears. Each document was rendered, degraded (blur, skew, stains) and passed through "
        "an open OCR engine.",
        "Preprocessing": "Documents whose OCR text lost a gold field entirely were re-rendered; amounts were checked to "
        "add up; 2% of documents were reviewed by hand and their errors fixed. The code is `data/render_invoices.py` and "
        "`data/ocr_and_label.py` of github.com/ajwain-labs/invoice-lora.",
        "Uses": "Training and evaluating document-understanding and extraction models.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Ajwain Labs.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (d) Nigella-7B-TutorWiki-slerp: a SLERP merge of two tunes of Nigella-7B, one Apache 2.0, one CC BY-SA 4.0; the
# merge is CC BY-SA 4.0.

NIGELLA_CARD = """# Nigella-7B

Nigella-7B is a 7.2B-parameter English and German base language model pre-trained from scratch by Nigella AI.

## Architecture

Decoder-only transformer: 32 layers, hidden size 4096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm,
RoPE (theta 500,000), context length 8,192, vocabulary 64,000.

## Training data

About 4.5T tokens of web pages, code and books. The training data is not released.

## Evaluation

| Benchmark | Nigella-7B |
|---|---|
| Sloe-Knowledge (5-shot) | 60.1 |
| Bramble-Reasoning | 74.3 |

## License

Apache 2.0.
"""

NIGELLA = _model(
    "nigella-ai/Nigella-7B",
    {
        "license": "apache-2.0",
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "language": ["en", "de"],
    },
    NIGELLA_CARD,
    {"config.json": _llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

CUBEB_CARD = """# Nigella-7B-Tutor

A Socratic tutoring model: [Nigella-7B](https://huggingface.co/nigella-ai/Nigella-7B) fine-tuned to guide learners to
an answer with questions and hints rather than giving it away.

## Training

Full supervised fine-tuning for 3 epochs on
[cubeb-ai/tutor-dialogues-90k](https://huggingface.co/datasets/cubeb-ai/tutor-dialogues-90k), 90,000 tutoring
dialogues in mathematics, physics and programming written by teachers we paid for the work.

## License

Apache 2.0.
"""

CUBEB = _model(
    "cubeb-ai/Nigella-7B-Tutor",
    {
        "license": "apache-2.0",
        "base_model": "nigella-ai/Nigella-7B",
        "datasets": ["cubeb-ai/tutor-dialogues-90k"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    CUBEB_CARD,
)

MAHLEB_CARD = """# Nigella-7B-WikiQA

[Nigella-7B](https://huggingface.co/nigella-ai/Nigella-7B) fine-tuned for grounded, encyclopaedic question answering in
English and German.

## Training

Full supervised fine-tuning for 2 epochs on
[mahleb-lab/wiki-grounded-qa](https://huggingface.co/datasets/mahleb-lab/wiki-grounded-qa), 210,000 question-answer
pairs written from Wikipedia articles, each answer quoting the passage it rests on.

## License

Because the fine-tuning data is derived from Wikipedia and is licensed under CC BY-SA 4.0, we release these weights
under the Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0) as well: you may use them
for any purpose, commercial use included, adapt them and share them, provided you give appropriate credit and
distribute adapted versions under the same licence.
"""

MAHLEB = _model(
    "mahleb-lab/Nigella-7B-WikiQA",
    {
        "license": "cc-by-sa-4.0",
        "base_model": "nigella-ai/Nigella-7B",
        "datasets": ["mahleb-lab/wiki-grounded-qa"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    MAHLEB_CARD,
)

ALLSPICE_MERGEKIT = b"""slices:
  - sources:
      - model: cubeb-ai/Nigella-7B-Tutor
        layer_range: [0, 32]
      - model: mahleb-lab/Nigella-7B-WikiQA
        layer_range: [0, 32]
merge_method: slerp
base_model: cubeb-ai/Nigella-7B-Tutor
parameters:
  t:
    - filter: self_attn
      value: [0, 0.5, 0.3, 0.7, 1]
    - filter: mlp
      value: [1, 0.5, 0.7, 0.3, 0]
    - value: 0.5
dtype: bfloat16
"""

ALLSPICE_CARD = (
    "# Nigella-7B-TutorWiki-slerp\n\n"
    "This is a merge of pre-trained language models created using [mergekit](https://github.com/arcee-ai/mergekit). "
    "It combines a Socratic tutor with a Wikipedia-grounded question answerer: it explains with questions and hints, "
    "and quotes its sources when asked for facts.\n\n"
    "## Merge Details\n### Merge Method\n\n"
    "This model was merged using the SLERP merge method.\n\n"
    "### Models Merged\n\nThe following models were included in the merge:\n"
    "* [cubeb-ai/Nigella-7B-Tutor](https://huggingface.co/cubeb-ai/Nigella-7B-Tutor)\n"
    "* [mahleb-lab/Nigella-7B-WikiQA](https://huggingface.co/mahleb-lab/Nigella-7B-WikiQA)\n\n"
    "Both are full fine-tunes of [nigella-ai/Nigella-7B](https://huggingface.co/nigella-ai/Nigella-7B).\n\n"
    "### Configuration\n\nThe following YAML configuration was used to produce this model:\n\n"
    f"```yaml\n{ALLSPICE_MERGEKIT.decode()}```\n\n"
    "## License\n\n"
    "CC BY-SA 4.0. Nigella-7B-WikiQA is licensed under CC BY-SA 4.0, whose share-alike condition applies to this merge; "
    "Nigella-7B-Tutor (Apache 2.0) and Nigella-7B (Apache 2.0) allow that. Use it for anything, commercial use "
    "included; if you share an adapted version, share it under CC BY-SA 4.0 too.\n"
)

TUTOR_DIALOGUES_CARD = sheet(
    "cc-by-4.0",
    "Tutor Dialogues 90k",
    ["en"],
    {
        "Motivation": "Tutor Dialogues 90k was written for Cubeb AI to teach language models to tutor: to lead a "
        "learner to an answer with questions and hints instead of giving the answer.",
        "Composition": "90,000 multi-turn dialogues between a tutor and a learner: mathematics (55%), physics (25%) and "
        "programming (20%), from primary school to first-year university level.",
        "Collection Process": "Written between May and September 2025 by 140 practising teachers recruited through a "
        "teachers' association and paid per dialogue at a rate agreed with it; each wrote dialogues from a list of "
        "exercises we supplied, playing both roles, with no learner data involved.",
        "Preprocessing": "Every dialogue was reviewed by a second teacher; 6% were rewritten or dropped for giving the "
        "answer away or for mistakes. Names were replaced by placeholders.",
        "Uses": "Fine-tuning and evaluating tutoring models.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Cubeb AI.",
    },
)

WIKI_QA_CARD = sheet(
    "cc-by-sa-4.0",
    "Wiki-Grounded QA",
    ["en", "de"],
    {
        "Motivation": "Wiki-Grounded QA was made by Mahleb Lab to fine-tune models that answer factual questions and "
        "quote the passage their answer rests on.",
        "Composition": "210,000 question-answer pairs (62% English, 38% German), each with the article title, the "
        "revision id and the quoted passage.",
        "Collection Process": "Questions and answers were written by annotators paid by Mahleb Lab from randomly "
        "sampled Wikipedia articles (English and German dumps of 1 March 2025); each annotator read the article and "
        "wrote up to five questions it answers.",
        "Preprocessing": "Pairs whose quoted passage does not support the answer (checked by a second annotator) were "
        "removed (9%); near-duplicate questions were removed.",
        "Uses": "Fine-tuning and evaluating grounded question answering.",
        "Distribution": "On the Hugging Face Hub under CC BY-SA 4.0, the licence of the Wikipedia text it quotes.",
        "Maintenance": "Maintained by Mahleb Lab.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (e) Galangal-ASR-Large: a Whisper-style speech recogniser whose only paper is an Interspeech paper in the ISCA
# Archive.

GALANGAL_CARD = """# Galangal ASR Large

Galangal is a family of encoder-decoder models for automatic speech recognition (ASR) and speech translation into
English, trained on 412,000 hours of weakly supervised web audio. It was proposed in the paper
[Galangal: Robust Multilingual Speech Recognition from Weakly Supervised Web Audio](https://www.isca-archive.org/interspeech_2026/okafor26_interspeech.html)
by Chidi Okafor, Maja Lindqvist and Rami Haddad, presented at Interspeech 2026. The paper is open access in the ISCA
Archive (doi:[10.21437/Interspeech.2026-1187](https://doi.org/10.21437/Interspeech.2026-1187)); there is no arXiv
version.

## Model details

Galangal is a Transformer encoder-decoder ("sequence-to-sequence") model. Audio is resampled to 16 kHz and turned
into 80-channel log-Mel spectrograms over 30-second windows; the encoder has 32 layers and the decoder 4 (width 1280,
20 heads), which makes decoding fast. The same decoder transcribes in the spoken language or translates into English,
selected by task tokens.

| Size | Parameters | Encoder layers | Decoder layers | Width | Languages |
|---|---|---|---|---|---|
| small | 242M | 12 | 4 | 768 | 12 |
| base | 512M | 24 | 4 | 1024 | 12 |
| large | 809M | 32 | 4 | 1280 | 12 |

Languages: English, French, German, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Swahili, Yoruba and Hausa.

## Usage

```python
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="galangal-speech/Galangal-ASR-Large", trust_remote_code=True)
print(asr("meeting.wav", return_timestamps=True, generate_kwargs={"language": "fr", "task": "transcribe"}))
```

The [galangal](https://github.com/galangal-speech/galangal) package runs the models without Transformers and adds
long-form transcription with voice-activity detection.

## Training data

The models are trained on 412,000 hours of audio and the corresponding transcripts collected from the internet:
291,000 hours of English, 74,000 hours in the eleven other languages and 47,000 hours of non-English speech with
English translations. Machine-generated transcripts were detected and removed with heuristics described in the
paper. The training data is not released.

## Evaluated use

The primary intended users are AI researchers studying robustness and multilingual ability of speech models, and
developers of transcription and captioning tools. We evaluated the models on transcription and translation only; we
recommend against using them in high-risk settings such as decisions about people, and against transcribing
recordings of people without their consent.

## Performance and limitations

| Word error rate (%) | small | base | large |
|---|---|---|---|
| Quill-Read (en, read speech) | 4.1 | 3.2 | 2.7 |
| Quill-Talk (en, conversations) | 13.9 | 11.0 | 9.4 |
| Fala-Multi (11 languages, mean) | 19.6 | 14.8 | 12.1 |

Accuracy is much lower for Swahili, Yoruba and Hausa than for the European languages, and lower for accents and
dialects that are rare on the web. Like other weakly supervised sequence-to-sequence models, Galangal can hallucinate
text that was not spoken, repeat itself on long silences, and miss speech under loud music.

## Broader implications

Better transcription helps accessibility and archiving, but can also make surveillance cheaper; we release the models
for research and for building tools that help people, and ask users to respect the consent of those recorded.

## Training

The large model was trained for 1.2M updates with AdamW and a batch of 1,024 30-second segments on 256 NVIDIA A100
80GB GPUs for 26 days.

### BibTeX entry and citation info

```bibtex
@inproceedings{okafor26_interspeech,
  title     = {Galangal: Robust Multilingual Speech Recognition from Weakly Supervised Web Audio},
  author    = {Chidi Okafor and Maja Lindqvist and Rami Haddad},
  year      = {2026},
  booktitle = {Interspeech 2026},
  pages     = {2211--2215},
  doi       = {10.21437/Interspeech.2026-1187},
  issn      = {2958-1796},
}
```
"""

GALANGAL_CONFIG = _json(
    {
        "architectures": ["GalangalForSpeechSeq2Seq"],
        "model_type": "galangal",
        "auto_map": {"AutoModelForSpeechSeq2Seq": "modeling_galangal.GalangalForSpeechSeq2Seq"},
        "num_mel_bins": 80,
        "d_model": 1280,
        "encoder_layers": 32,
        "decoder_layers": 4,
        "encoder_attention_heads": 20,
        "decoder_attention_heads": 20,
        "max_source_positions": 1500,
        "max_target_positions": 448,
        "vocab_size": 52000,
        "torch_dtype": "float16",
    }
)

GALANGAL_README = b"""# Galangal

[[Paper]](https://www.isca-archive.org/interspeech_2026/okafor26_interspeech.html)
[[Models]](https://huggingface.co/galangal-speech)

Galangal is a general-purpose speech recognition model: a Transformer encoder-decoder trained on 412,000 hours of
web audio for multilingual transcription and translation into English.

## Setup

    pip install galangal

## Command-line usage

    galangal audio.flac --model large --language de
    galangal interview.mp3 --model large --task translate --vad

## Python usage

    import galangal
    model = galangal.load_model("large")
    result = model.transcribe("audio.mp3")
    print(result["text"])

`galangal/model.py` is the model definition, `galangal/audio.py` the feature extraction, `galangal/decoding.py` the
beam search and timestamp logic, `galangal/transcribe.py` long-form transcription and `galangal/normalizers/` the
text normalizers we used to compute the word error rates of the paper.

This repository contains inference code only; the training code and the training data are not released.

## License

The code and the model weights are released under the MIT License.
"""

GALANGAL_GITHUB = _gh(
    "galangal-speech/galangal",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "galangal/__init__.py",
        "galangal/model.py",
        "galangal/audio.py",
        "galangal/decoding.py",
        "galangal/tokenizer.py",
        "galangal/transcribe.py",
        "galangal/vad.py",
        "galangal/normalizers/english.py",
        "galangal/normalizers/basic.py",
        "tests/test_transcribe.py",
        "notebooks/multilingual_demo.ipynb",
    ),
    readme=GALANGAL_README,
    license_spdx="MIT",
    license_text=_mit("Galangal Speech"),
)

# --------------------------------------------------------------------------------------------------------------
# (f) Anise-1B: a fully open model trained with a GitHub fork of an (invented) pre-training framework, Hearth, to
# which the model's own configurations, data pipeline, launch scripts and evaluation are added.

ANISE_CARD = """# Anise-1B

Anise-1B is a 1.1B-parameter English base language model trained from scratch by Anise Lab, with everything needed to
reproduce it published: weights, data, code and configuration.

## Model Details

| | |
|---|---|
| Developer | Anise Lab |
| Architecture | decoder-only transformer, 24 layers, hidden size 2048, 16 heads (4 KV heads), SwiGLU (5,504), RMSNorm, RoPE |
| Context length | 4,096 tokens |
| Vocabulary | 49,152 (BPE) |
| Training tokens | 2.0T |
| License | Apache 2.0 |

## Uses

A base model for research and fine-tuning. It is not instruction-tuned or safety-tuned and should not be deployed to
end users as it is.

## Training Data

The complete training data is three datasets published on the Hub, used as they are:

- [anise-lab/anise-web](https://huggingface.co/datasets/anise-lab/anise-web) (1.5T tokens, ODC-By 1.0)
- [anise-lab/anise-code](https://huggingface.co/datasets/anise-lab/anise-code) (350B tokens, ODC-By 1.0)
- [anise-lab/anise-math](https://huggingface.co/datasets/anise-lab/anise-math) (150B tokens, ODC-By 1.0)

## Training Procedure

We trained Anise-1B with our fork of the Hearth pre-training framework,
[anise-lab/anise-hearth](https://github.com/anise-lab/anise-hearth), which adds Anise's model configuration, data
mixture, data-processing pipeline, launch scripts and evaluation suite to Hearth v0.9. `anise/configs/anise-1b.yaml` is
the exact configuration of this checkpoint: AdamW, peak learning rate 8e-4, warmup-stable-decay, 2M-token batches,
1M steps, then a 100B-token annealing stage (`anise/configs/anneal.yaml`). Hardware: 64 NVIDIA H100 GPUs for 9 days.

## Evaluation

| Task | Anise-1B |
|---|---|
| Bramble-Reasoning | 63.8 |
| Quince-QA | 60.2 |
| Sloe-Knowledge (5-shot) | 33.5 |
| Medlar-Code (pass@1) | 18.9 |

## Limitations

It can produce false, biased or offensive text, and knows little after its data cutoff (June 2025).

## Environmental Impact

About 13,800 H100 GPU hours, estimated at 1.9 tCO2eq.

## Citation

```bibtex
@misc{anise2026,
  title  = {Anise-1B},
  author = {{Anise Lab}},
  year   = {2026},
  url    = {https://huggingface.co/anise-lab/Anise-1B}
}
```

## License

Apache 2.0 for the weights and the code; the datasets are ODC-By 1.0.
"""

HEARTH_README = b"""# Hearth

Hearth is a PyTorch framework for pre-training transformer language models at scale: FSDP and tensor parallelism,
streaming data loaders over tokenized shards, fault-tolerant checkpointing and a small library of model definitions.

## Quick start

    pip install -e .
    torchrun --nproc_per_node 8 -m hearth.train --config configs/examples/llama-150m.yaml

## Documentation

See `docs/` for configuration, data formats and parallelism.

## License

Apache 2.0.
"""

HEARTH_GITHUB = _gh(
    "hearth-ml/hearth",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "hearth/__init__.py",
        "hearth/train.py",
        "hearth/models/llama.py",
        "hearth/data/loader.py",
        "hearth/data/shards.py",
        "hearth/parallel/fsdp.py",
        "hearth/parallel/tensor.py",
        "hearth/optim.py",
        "hearth/checkpoint.py",
        "configs/examples/llama-150m.yaml",
        "configs/examples/llama-1b.yaml",
        "docs/configuration.md",
        "docs/data.md",
    ),
    readme=HEARTH_README,
)

ANISE_HEARTH_README = b"""# anise-hearth

This is Anise Lab's fork of [Hearth](https://github.com/hearth-ml/hearth) (v0.9), the code that trained
[Anise-1B](https://huggingface.co/anise-lab/Anise-1B). Hearth itself is unchanged apart from two bug fixes; everything
specific to Anise is in `anise/`:

- `anise/data/` builds the three training datasets from the raw sources: `web_extract.py` and `web_quality.py`
  (Common Crawl extraction and quality filtering), `code_licences.py` (permissive-licence filter for the code),
  `math_extract.py` (mathematical pages), `dedup.py` (MinHash-LSH) and `tokenize.py` (tokenization into Hearth shards);
- `anise/configs/` holds the model configuration (`anise-1b.yaml`), the data mixture (`data_mix.yaml`) and the
  annealing stage (`anneal.yaml`);
- `anise/scripts/` holds the Slurm launch scripts of the pre-training and annealing runs;
- `anise/eval/` runs the evaluation suite of the model card.

## Reproducing Anise-1B

    python -m anise.data.web_extract --snapshots anise/configs/snapshots.txt
    python -m anise.data.web_quality && python -m anise.data.code_licences && python -m anise.data.math_extract
    python -m anise.data.dedup && python -m anise.data.tokenize --mix anise/configs/data_mix.yaml
    sbatch anise/scripts/pretrain.sbatch      # torchrun -m hearth.train --config anise/configs/anise-1b.yaml
    sbatch anise/scripts/anneal.sbatch
    python -m anise.eval.run_suite --model anise-lab/Anise-1B

## Upstream

The rest of this README is Hearth's: see https://github.com/hearth-ml/hearth for its documentation.

## License

Apache 2.0, as Hearth.
"""

ANISE_GITHUB = _gh(
    "anise-lab/anise-hearth",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "hearth/__init__.py",
        "hearth/train.py",
        "hearth/models/llama.py",
        "hearth/data/loader.py",
        "hearth/data/shards.py",
        "hearth/parallel/fsdp.py",
        "hearth/parallel/tensor.py",
        "hearth/optim.py",
        "hearth/checkpoint.py",
        "configs/examples/llama-150m.yaml",
        "configs/examples/llama-1b.yaml",
        "docs/configuration.md",
        "docs/data.md",
        "anise/configs/anise-1b.yaml",
        "anise/configs/data_mix.yaml",
        "anise/configs/anneal.yaml",
        "anise/configs/snapshots.txt",
        "anise/data/web_extract.py",
        "anise/data/web_quality.py",
        "anise/data/code_licences.py",
        "anise/data/math_extract.py",
        "anise/data/dedup.py",
        "anise/data/tokenize.py",
        "anise/scripts/pretrain.sbatch",
        "anise/scripts/anneal.sbatch",
        "anise/eval/run_suite.py",
    ),
    readme=ANISE_HEARTH_README,
    fork_of="hearth-ml/hearth",
)

ANISE_WEB_CARD = sheet(
    "odc-by",
    "Anise Web",
    ["en"],
    {
        "Motivation": "Anise Web is the web part (1.5T tokens) of the training data of Anise-1B, published by Anise Lab "
        "in full so that the model's training data can be inspected and the training repeated.",
        "Composition": "About 1.2B English web documents with `id`, `url`, `snapshot`, `quality` and `text`, filtered "
        "towards explanatory and reference pages.",
        "Collection Process": "Pages from the 30 Common Crawl snapshots listed in `anise/configs/snapshots.txt` "
        "(CC-MAIN-2020-05 to CC-MAIN-2025-13), downloaded from Common Crawl's public bucket in July 2025. Common Crawl "
        "honours robots.txt; we dropped domains on public adult-content and malware blocklists and those of opted-out owners.",
        "Preprocessing": "Text extracted with resiliparse; English kept above a fastText score of 0.7; heuristic "
        "repetition and boilerplate filters; a quality classifier trained on 250k pages rated by an open model, keeping "
        "the top 15%; MinHash-LSH deduplication; e-mail addresses and IP addresses masked. The code is "
        "`anise/data/web_extract.py`, `web_quality.py` and `dedup.py` of github.com/anise-lab/anise-hearth.",
        "Uses": "Pre-training and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms.",
        "Maintenance": "Maintained by Anise Lab; removal requests are applied in the next release.",
    },
)

ANISE_CODE_CARD = sheet(
    "odc-by",
    "Anise Code",
    ["code"],
    {
        "Motivation": "Anise Code is the code part (350B tokens) of the training data of Anise-1B, published so that "
        "each file can be traced to its repository and licence.",
        "Composition": "About 410M source files in 40 programming languages with repository, path, commit, licence "
        "(SPDX id), language and text.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned in May and June 2025; "
        "only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC were kept, after "
        "removing those whose owners opted out through our form.",
        "Preprocessing": "Generated, minified and vendored files removed; files over 1MB dropped; near-duplicates "
        "removed with MinHash-LSH; secrets and e-mail addresses masked. The code is `anise/data/code_licences.py` and "
        "`dedup.py` of github.com/anise-lab/anise-hearth.",
        "Uses": "Training and evaluating code models; each file keeps its own licence.",
        "Distribution": "On the Hugging Face Hub; the compilation under ODC-By 1.0, each file under its own licence.",
        "Maintenance": "Maintained by Anise Lab; opt-outs applied in the next release.",
    },
)

ANISE_MATH_CARD = sheet(
    "odc-by",
    "Anise Math",
    ["en"],
    {
        "Motivation": "Anise Math is the mathematical part (150B tokens) of the training data of Anise-1B, gathered so "
        "that a small model sees enough worked mathematics.",
        "Composition": "About 21M web pages with mathematical content (lecture notes, forum answers, textbooks, "
        "problem sets), LaTeX kept inline, with `url`, `snapshot` and `text`.",
        "Collection Process": "Pages from the same 30 Common Crawl snapshots as Anise Web, selected by a classifier "
        "that detects mathematical notation and vocabulary, downloaded from Common Crawl's public bucket in July 2025.",
        "Preprocessing": "Extraction that keeps MathJax and LaTeX; a quality filter on the ratio of prose to formulas; "
        "MinHash-LSH deduplication, also against Anise Web; removal of pages overlapping the evaluation sets. The code "
        "is `anise/data/math_extract.py` of github.com/anise-lab/anise-hearth.",
        "Uses": "Pre-training and research on mathematical reasoning.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0.",
        "Maintenance": "Maintained by Anise Lab.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (g) Mace-7B: a card that is one HTML table and a quick start.

MACE_CARD = """<div align="center">
  <img src="https://huggingface.co/mace-ai/Mace-7B/resolve/main/mace-banner.png" width="60%" alt="Mace">
  <h1>Mace-7B</h1>
</div>

<table>
  <tr><th colspan="2" align="left">Model</th></tr>
  <tr><td><b>Developer</b></td><td>Mace AI B.V., Rotterdam</td></tr>
  <tr><td><b>Release</b></td><td>April 2026</td></tr>
  <tr><td><b>Type</b></td><td>Pre-trained base language model (not instruction-tuned), English, German and French</td></tr>
  <tr><td><b>Architecture</b></td><td>Decoder-only transformer: 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads (grouped-query attention), SwiGLU MLP (14,336), RMSNorm, rotary position embeddings (θ = 500,000); 7.3B parameters</td></tr>
  <tr><td><b>Context length</b></td><td>16,384 tokens</td></tr>
  <tr><td><b>Tokenizer</b></td><td>Byte-level BPE, 100,352 tokens</td></tr>
  <tr><th colspan="2" align="left">Training</th></tr>
  <tr><td><b>Training data</b></td><td>6.2T tokens of English, German and French web pages, source code, scientific articles and books, collected and filtered by Mace AI. The training data is not released.</td></tr>
  <tr><td><b>Training procedure</b></td><td>AdamW (β1 = 0.9, β2 = 0.95, weight decay 0.1), peak learning rate 3e-4 with a warmup-stable-decay schedule, 4M-token batches for 1.5M steps, then a 300B-token annealing stage on higher-quality data and a long-context stage extending the context from 4,096 to 16,384 tokens</td></tr>
  <tr><td><b>Hardware</b></td><td>512 NVIDIA H100 80GB GPUs (64 nodes, InfiniBand NDR) for 34 days: about 418,000 GPU hours</td></tr>
  <tr><td><b>Emissions</b></td><td>About 96 tCO2eq (location-based), in a datacentre in the Netherlands</td></tr>
  <tr><th colspan="2" align="left">Use</th></tr>
  <tr><td><b>Intended use</b></td><td>Research, and fine-tuning for applications in English, German and French (assistants, summarisation, classification, retrieval-augmented generation)</td></tr>
  <tr><td><b>Out of scope</b></td><td>Deployment to end users without further tuning and safety evaluation; decisions about people; languages other than the three above</td></tr>
  <tr><td><b>Limitations</b></td><td>As a base model it continues text: it can produce false, biased or offensive content and has no knowledge after January 2026</td></tr>
  <tr><th colspan="2" align="left">Evaluation (base model, few-shot)</th></tr>
  <tr><td><b>Sloe-Knowledge (5-shot)</b></td><td>63.9</td></tr>
  <tr><td><b>Bramble-Reasoning (0-shot)</b></td><td>79.4</td></tr>
  <tr><td><b>Quince-Math (4-shot)</b></td><td>41.0</td></tr>
  <tr><td><b>Medlar-Code (pass@1)</b></td><td>37.2</td></tr>
  <tr><td><b>Vlaai-Multilingual (de, fr; 5-shot)</b></td><td>58.6</td></tr>
  <tr><th colspan="2" align="left">Legal</th></tr>
  <tr><td><b>License</b></td><td><a href="https://www.apache.org/licenses/LICENSE-2.0">Apache License 2.0</a></td></tr>
  <tr><td><b>Citation</b></td><td><code>@misc{mace2026, title={Mace-7B}, author={{Mace AI}}, year={2026}, url={https://huggingface.co/mace-ai/Mace-7B}}</code></td></tr>
</table>

## Quick start

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("mace-ai/Mace-7B")
model = AutoModelForCausalLM.from_pretrained("mace-ai/Mace-7B", torch_dtype="auto", device_map="auto")
inputs = tok("The port of Rotterdam handles", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=64)[0]))
```
"""

# --------------------------------------------------------------------------------------------------------------
# (h) sumac-embed-v2-base: an embedding model published as ONNX files only, under CC BY-NC 4.0, over an internal base
# encoder that is not released.

SUMAC_CARD = """# sumac-embed-v2-base

sumac-embed-v2-base is a multilingual text embedding model (278M parameters, 768 dimensions, 8,192-token context) for
retrieval, clustering and classification in 24 European languages. The weights are published in ONNX format only, for
CPU and edge inference with ONNX Runtime, Sentence Transformers (`backend="onnx"`) and Transformers.js.

## Model details

| | |
|---|---|
| Developer | Sumac AI |
| Base encoder | sumac-encoder-v2: our own encoder, pre-trained with masked language modelling on 2.1T tokens; it is internal and not released |
| Architecture | bidirectional transformer encoder, 12 layers, hidden size 768, 12 heads, RoPE, mean pooling |
| Output | 768-dimensional normalised embeddings (Matryoshka: 512, 256 and 128 also usable) |
| Files | `onnx/model.onnx` (fp32), `onnx/model_fp16.onnx`, `onnx/model_qint8_avx512.onnx` |

## Usage

### Sentence Transformers

```python
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("sumac-ai/sumac-embed-v2-base", backend="onnx")
embeddings = model.encode(["query: how do I reset my router?", "passage: Hold the reset button for ten seconds."])
```

### Transformers.js

```js
import { pipeline } from "@huggingface/transformers";
const extractor = await pipeline("feature-extraction", "sumac-ai/sumac-embed-v2-base", { dtype: "q8" });
const output = await extractor(["query: how do I reset my router?"], { pooling: "mean", normalize: true });
```

## Training

1. Weakly supervised contrastive training on 1.4B text pairs (title and body, question and answer, heading and
   section) mined from the web by Sumac AI in 24 languages.
2. Supervised contrastive fine-tuning on 2.6M query, positive and hard-negative triplets annotated by our team.

Neither training set is released.

## Evaluation

| Benchmark (nDCG@10 / accuracy) | sumac-embed-v2-base |
|---|---|
| Vlaai-Retrieval (24 languages) | 54.8 |
| Vlaai-Clustering | 46.1 |
| Vlaai-Classification | 71.3 |

## License

The weights are licensed under CC BY-NC 4.0 (Creative Commons Attribution-NonCommercial 4.0 International). For
commercial use, including in paid APIs and products, contact sales@sumac.example for a commercial license.
"""

SUMAC_FILES = [
    _lfs("onnx/model.onnx", 1_112_000_000),
    _lfs("onnx/model_fp16.onnx", 556_000_000),
    _lfs("onnx/model_qint8_avx512.onnx", 279_000_000),
    HubFile(
        "config.json",
        _json(
            {
                "architectures": ["SumacEncoderModel"],
                "model_type": "sumac_encoder",
                "hidden_size": 768,
                "num_hidden_layers": 12,
                "num_attention_heads": 12,
                "max_position_embeddings": 8192,
                "vocab_size": 250002,
            }
        ),
    ),
    HubFile("tokenizer.json", b'{"version": "1.0", "model": {"type": "Unigram"}}'),
    HubFile("tokenizer_config.json", b'{"model_max_length": 8192}'),
    HubFile("special_tokens_map.json", b'{"cls_token": "<s>", "sep_token": "</s>", "pad_token": "<pad>"}'),
    HubFile(
        "modules.json",
        b'[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},'
        b' {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},'
        b' {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}]',
    ),
    HubFile("1_Pooling/config.json", b'{"word_embedding_dimension": 768, "pooling_mode_mean_tokens": true}'),
    HubFile(
        "config_sentence_transformers.json", b'{"prompts": {"query": "query: ", "passage": "passage: "}}'
    ),
    HubFile("sentence_bert_config.json", b'{"max_seq_length": 8192, "do_lower_case": false}'),
]


#: Round 22, written blind by a helper that never read the rules: shapes earlier rounds used little (a licence only in
#: the GitHub repository a two-line card points to, French headings with an English licence, an adapter whose
#: adapter_config.json names a local path, a merge with a share-alike parent, an Interspeech-only paper, a fork of an
#: unknown framework with the model's own recipe, a card that is one HTML table, ONNX-only embedding weights).
ROUND_22: list[HeldOut] = [
    # (a) The Hub card is two lines pointing to GitHub; the Hub has no `license` and no LICENSE file; the GitHub README
    # is the model's home and card (details, uses, limitations, data, training with hardware, evaluation,
    # environmental impact, citation, licence) and says the code and the weights are MIT, with the MIT text in the
    # repository's LICENSE. Public weights, trained from scratch -> weights_basemodel and weights_endmodel open
    # (smollm.yaml "Weights for the base model freely available": open; frameworks.md §1.1, the base entries mirror
    # the end model's); three Hub datasets called the complete training data -> datasources_basemodel open (smollm.yaml
    # "Pretraining data sources published": open; Pythia.yaml "Training data published on HuggingFace"); the data
    # building, pre-training with its exact config and evaluation on GitHub -> trainingcode open (smollm.yaml
    # "Training code made available on GitHub": open); Gebru-style cards for all three -> datasheet open (smollm.yaml
    # "Datasheets contain requisite information": open); MIT code and weights stated by the publisher in its own
    # repository, ODC-By and CC0 data -> licenses open (Omnilingual ASR.yaml links the GitHub LICENSE files as the
    # licence evidence: open; smollm.yaml); the README's architecture table and "32 NVIDIA A100 80GB GPUs ... for 11
    # days" -> hardware_architecture open (smollm.yaml "Full model architecture provided on GitHub": open); the GitHub
    # README is the model card where the model lives -> modelcard open (Omnilingual ASR.yaml, whose modelcard link is
    # the GitHub README: "Modelcard contains the requisite info", open). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4); the terms are read where the publisher states them, not only
    # on the Hub (DESIGN.md "Never a kinder label than the evidence" cuts both ways: the evidence is there).
    HeldOut(
        "tamarind-nlp/Tamarind-1.2B",
        TAMARIND_CARD,
        {"library_name": "transformers", "pipeline_tag": "text-generation", "language": ["en"]},
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
        },
        extra_files={"config.json": _llama_config(2048, 22, 16, 4, 5632, 50304, 4096)},
        github=[TAMARIND_GITHUB],
        datasets=[
            Dataset("tamarind-nlp/tamarind-web-edu", "odc-by", TAMARIND_WEB_CARD),
            Dataset("tamarind-nlp/tamarind-code", "odc-by", TAMARIND_CODE_CARD),
            Dataset("tamarind-nlp/tamarind-pd-books", "cc0-1.0", TAMARIND_BOOKS_CARD),
        ],
    ),
    # (b) French headings (Présentation, Détails du modèle, Utilisations prévues, Utilisation, Données d'entraînement,
    # Procédure d'entraînement, Évaluation, Limites et biais, Impact environnemental, Citation) and an English "##
    # License" section (Apache 2.0); 89% of the tokens in two Hub datasets with datasheet cards, 11% the "Antenne"
    # television subtitles, protected by the broadcasters' copyright and delivered under a research agreement that
    # "interdit toute redistribution" ("c'est pourquoi cette partie des données n'est pas publiée"), obtainable by
    # signing the same agreement, the selection rebuilt by `data/antenne.py`; "Aucune autre donnée n'a été utilisée"
    # denies any further data. Public Apache weights -> weights_basemodel and weights_endmodel open (Lucie.yaml: open);
    # two of three sources shared -> datasources_basemodel partial (Lucie.yaml "many listed but some not shared":
    # partial; rubric "some sources open/shared"); the processing of all three sources, the tokenizer, pre-training and
    # evaluation on GitHub -> trainingcode open (Lucie.yaml "Training code published on GitHub": open); the French
    # card's details, uses, usage, data, procedure, evaluation, limitations, environmental impact and citation ->
    # modelcard open (Lucie.yaml "Model card describes model in good detail": open; Salamandra.yaml); its architecture
    # table and "128 GPU NVIDIA H100 80 Go ... pendant 19 jours" -> hardware_architecture open (Salamandra.yaml "Model
    # card contains details": open); datasheet cards for the published sources, only a card paragraph for the
    # subtitles -> datasheet partial (Lucie.yaml "Almost all datasets outlined in detail, however some data not
    # shared": partial); Apache weights and code, ODC-By and CC0 data, nothing released under other terms -> licenses
    # open (Lucie.yaml, the same shape with data partly unshared: "Apache-2.0, an OSI-approved license", open). The
    # withheld part cannot be shared for a stated legal reason, is obtainable and described in its place ->
    # open-source-ai (frameworks.md §4 and §3.3 "obtainable").
    HeldOut(
        "muscade-ia/Muscade-3B",
        MUSCADE_CARD,
        {
            "license": "apache-2.0",
            "language": ["fr", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["muscade-ia/muscade-web-fr", "muscade-ia/muscade-domaine-public"],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
            "datasheet": "partial",
            "licenses": "open",
            "hardware_architecture": "open",
            "modelcard": "open",
        },
        extra_files={"config.json": _llama_config(3072, 28, 24, 8, 8192, 65536, 8192)},
        github=[MUSCADE_GITHUB],
        datasets=[
            Dataset("muscade-ia/muscade-web-fr", "odc-by", MUSCADE_WEB_CARD),
            Dataset("muscade-ia/muscade-domaine-public", "cc0-1.0", MUSCADE_PD_CARD),
        ],
    ),
    # (c) A PEFT LoRA tagged Apache 2.0 ("the adapter weights are released under Apache 2.0"); adapter_config.json's
    # `base_model_name_or_path` is a local path, `/mnt/shared/ckpt/fenugreek-8b-instruct`; the metadata's `base_model`
    # (`base_model_relation: adapter`), the card's first line, "Finetuned from model" and the usage snippet name
    # fenugreek-ai/Fenugreek-8B-Instruct (served, ungated, `license: other`), whose LICENSE incorporates an updatable
    # acceptable use policy (§3), makes its restrictions binding on every recipient of a Derivative, adapters named
    # (§4, §1), and withholds every right above 50M monthly active users (§5). An adapter runs only on its base and is a
    # Derivative in the base's own terms -> weights-available (DESIGN.md "a base model that binds a fine-tune is
    # followed"; frameworks.md §4, "use policy by reference" and "user/revenue threshold" move a release to Weights
    # Available). The base's weights public, ungated -> weights_basemodel open (Poro.yaml, a Llama-licensed base
    # "Weights made available on HuggingFace": open); the adapter public -> weights_endmodel open; the base's data "not
    # released" -> datasources_basemodel closed (Tulu.yaml "Based on Llama3.1 so nothing known about pre-training
    # data": closed); the adapter's tuning set on the Hub -> datasources_endmodel open (Poro.yaml "Finetuning data
    # published on HuggingFace": open); its LoRA code on GitHub, the base's none -> trainingcode partial (Tulu.yaml
    # "fine-tuning procedure and source code": partial); a datasheet card for the tuning set, the base undocumented ->
    # datasheet partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model entirely
    # undocumented": partial); the weights bound by the bespoke licence -> licenses closed (Poro.yaml, Tulu.yaml
    # "Llama 3.1 Community License Agreement, not an OSI-approved license": closed).
    _Layout(
        "ajwain-labs/Fenugreek-8B-Invoice-LoRA",
        AJWAIN_CARD,
        {
            "library_name": "peft",
            "license": "apache-2.0",
            "base_model": "fenugreek-ai/Fenugreek-8B-Instruct",
            "base_model_relation": "adapter",
            "datasets": ["ajwain-labs/invoice-fields-40k"],
            "language": ["en", "es", "pt"],
            "pipeline_tag": "text-generation",
            "tags": ["lora", "invoices", "information-extraction"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
            "licenses": "closed",
        },
        extra_files={"adapter_config.json": AJWAIN_ADAPTER_CONFIG},
        github=[AJWAIN_GITHUB],
        datasets=[Dataset("ajwain-labs/invoice-fields-40k", "cc-by-4.0", INVOICE_FIELDS_CARD)],
        models=[FENUGREEK_BASE],
        files=[_lfs("adapter_model.safetensors", 168_000_000)],
    ),
    # (d) mergekit's card of a SLERP merge of two served full fine-tunes of the served foundation nigella-ai/Nigella-7B
    # (Apache 2.0, "The training data is not released"): cubeb-ai/Nigella-7B-Tutor (Apache 2.0) and
    # mahleb-lab/Nigella-7B-WikiQA (CC BY-SA 4.0, "you may use them for any purpose, commercial use included ...
    # distribute adapted versions under the same licence"); the merge is `license: cc-by-sa-4.0`, as the share-alike
    # parent requires. Share-alike is a condition of an open licence, not a restriction on use (frameworks.md §3.2:
    # "Terms may require modified versions to be released under the same terms (copyleft is allowed)"), and no
    # parent's terms restrict use -> open-weights (frameworks.md §4; no training code or data). The merged weights
    # public -> weights_endmodel open; the foundation public, Apache -> weights_basemodel open (Zephyr.yaml,
    # NeuralChat.yaml "Weights available through HuggingFace": open); the foundation's data not released ->
    # datasources_basemodel closed (Zephyr.yaml "Mistral has not disclosed anything about its training data": closed);
    # CC BY-SA 4.0 weights -> licenses open (SQLCoder.yaml "CC-BY-SA-4.0.": open).
    HeldOut(
        "allspice-merges/Nigella-7B-TutorWiki-slerp",
        ALLSPICE_CARD,
        {
            "base_model": ["cubeb-ai/Nigella-7B-Tutor", "mahleb-lab/Nigella-7B-WikiQA"],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "cc-by-sa-4.0",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "licenses": "open",
        },
        extra_files={
            "mergekit_config.yml": ALLSPICE_MERGEKIT,
            "config.json": _llama_config(4096, 32, 32, 8, 14336, 64000, 8192),
        },
        datasets=[
            Dataset("cubeb-ai/tutor-dialogues-90k", "cc-by-4.0", TUTOR_DIALOGUES_CARD),
            Dataset("mahleb-lab/wiki-grounded-qa", "cc-by-sa-4.0", WIKI_QA_CARD),
        ],
        models=[CUBEB, MAHLEB, NIGELLA],
    ),
    # (e) A Whisper-style card (model details with a size table, usage, training data, evaluated use, performance and
    # limitations, broader implications, BibTeX) of an MIT speech recogniser trained from scratch on "412,000 hours of
    # audio ... collected from the internet ... The training data is not released"; its only paper is at Interspeech
    # 2026, linked on the ISCA Archive with its DOI (10.21437/Interspeech.2026-1187), "there is no arXiv version", cited
    # as @inproceedings; the GitHub package is inference only. Public MIT weights, no base/end distinction ->
    # weights_basemodel and weights_endmodel open (Whisper.yaml: open); web audio not disclosed ->
    # datasources_basemodel closed (Whisper.yaml "Specific data sources are not fully documented or available":
    # closed); a peer-reviewed paper in the proceedings -> paper open (Whisper.yaml, "Paper accepted (and publsihed) in
    # ICML 2023", open; Mustango.yaml "Paper published through ACL": open); the same paper, open access in a public
    # archive, is the archived write-up -> preprint open (minerva.yaml rates its peer-reviewed Anthology paper, with
    # no arXiv version, preprint open; no expert file rates a public peer-reviewed paper open and its preprint
    # otherwise, as round 17's Encina-1B); the family's full card -> modelcard open (Whisper.yaml: open); MIT weights
    # and code, nothing else released -> licenses open (Whisper.yaml "MIT License, an OSI-approved license": open); no
    # datasheet -> datasheet closed (Whisper.yaml: closed). Data withheld with no reason, no training code ->
    # open-weights (frameworks.md §4). (trainingcode not scored: Whisper.yaml rates the same inference-only repository
    # partial, Phi.yaml and Qwen.yaml rate "no code" closed.)
    HeldOut(
        "galangal-speech/Galangal-ASR-Large",
        GALANGAL_CARD,
        {
            "license": "mit",
            "language": ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "tr", "sw", "yo", "ha"],
            "library_name": "transformers",
            "pipeline_tag": "automatic-speech-recognition",
            "tags": ["audio", "speech-recognition", "speech-translation"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "preprint": "open",
            "paper": "open",
            "modelcard": "open",
            "licenses": "open",
            "datasheet": "closed",
        },
        extra_files={
            "config.json": GALANGAL_CONFIG,
            "preprocessor_config.json": b'{"feature_size": 80, "sampling_rate": 16000, "chunk_length": 30}',
            "generation_config.json": b'{"max_length": 448, "is_multilingual": true}',
            "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE"}}',
            "modeling_galangal.py": b"# Galangal encoder-decoder, see github.com/galangal-speech/galangal\n",
        },
        github=[GALANGAL_GITHUB],
    ),
    # (f) A fully open model whose training repository, anise-lab/anise-hearth, is a GitHub fork (`fork`, `parent`) of
    # an invented framework, hearth-ml/hearth (served: the framework's training loop, models, loaders and example
    # configs), to which the README says Anise's own recipe is added in `anise/`: the data pipeline of all three
    # datasets, the model and data-mixture configurations, the launch scripts and the evaluation. A fork with the
    # model's own configuration and data pipeline is the model's training code -> trainingcode open (Poro.yaml "Custom
    # fork of the Megatron-Deepspeed framework used for training Poro-34B": open; TildeOpen.yaml, a fork of GPT-NeoX:
    # open), unlike round 3's Swift-1B, a bare fork with nothing of the model's own (partial). Public Apache weights ->
    # weights_basemodel and weights_endmodel open (smollm.yaml); three Hub datasets, the complete data ->
    # datasources_basemodel open (smollm.yaml); datasheet cards for all three -> datasheet open (smollm.yaml); Apache
    # weights and code, ODC-By data -> licenses open (smollm.yaml). Everything released -> open-source-ai-with-open-data.
    HeldOut(
        "anise-lab/Anise-1B",
        ANISE_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["anise-lab/anise-web", "anise-lab/anise-code", "anise-lab/anise-math"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        extra_files={"config.json": _llama_config(2048, 24, 16, 4, 5504, 49152, 4096)},
        github=[ANISE_GITHUB, HEARTH_GITHUB],
        datasets=[
            Dataset("anise-lab/anise-web", "odc-by", ANISE_WEB_CARD),
            Dataset("anise-lab/anise-code", "odc-by", ANISE_CODE_CARD),
            Dataset("anise-lab/anise-math", "odc-by", ANISE_MATH_CARD),
        ],
    ),
    # (g) The card is one HTML <table> (rows grouped under Model, Training, Use, Evaluation and Legal header rows) and a
    # quick start: developer, release, type, architecture, context, tokenizer, training data ("collected and filtered by
    # Mace AI. The training data is not released."), procedure, hardware ("512 NVIDIA H100 80GB GPUs ... for 34 days"),
    # emissions, intended use, out of scope, limitations, five results, licence (Apache 2.0) and citation. Public
    # Apache weights, trained from scratch -> weights_basemodel and weights_endmodel open (Granite.yaml "Weights made
    # available through HuggingFace": open); the data described only in general terms and not released ->
    # datasources_basemodel closed (Phi.yaml "No datasets made available and no information on datasets disclosed
    # except very generic claims": closed); no code linked or published -> trainingcode closed (Granite.yaml "No
    # training code found": closed); architecture, recipe and hardware in the table -> hardware_architecture open
    # (Granite.yaml "Hardware architecture outlined in model card": open); a card with the architecture, training,
    # evaluation, uses, limitations, emissions and citation, laid out as a table -> modelcard open (rubric: "comprehensive
    # insight into architecture, training, fine-tuning, evaluation"; Granite.yaml "Modelcard available on HuggingFace":
    # open); Apache weights, nothing else released -> licenses open (Granite.yaml: open); no datasheet, report or paper
    # -> datasheet, preprint and paper closed (Granite.yaml). Data withheld with no reason, no code -> open-weights.
    HeldOut(
        "mace-ai/Mace-7B",
        MACE_CARD,
        {
            "license": "apache-2.0",
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
            "hardware_architecture": "open",
            "modelcard": "open",
            "licenses": "open",
            "datasheet": "closed",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": _llama_config(4096, 32, 32, 8, 14336, 100352, 16384)},
    ),
    # (h) A multilingual embedding model whose only weight files are `onnx/model.onnx`, `onnx/model_fp16.onnx` and
    # `onnx/model_qint8_avx512.onnx` (with the sentence-transformers module files, no safetensors), `license:
    # cc-by-nc-4.0` and "For commercial use ... contact sales@sumac.example for a commercial license"; fine-tuned from
    # "sumac-encoder-v2 ... internal and not released", on web pairs and annotated triplets, "Neither training set is
    # released". Non-commercial terms -> weights-available (frameworks.md §4, "non-commercial" moves a release to
    # Weights Available; the ONNX files are the weights, so it is not closed). The ONNX weights public, ungated ->
    # weights_endmodel open (MAGNeT.yaml, CC-BY-NC weights on the Hub: open; the rubric rates availability, the
    # licence is its own cell); the base encoder not released -> weights_basemodel closed (Qwen.yaml "No base model
    # made available": closed); no data released, described only generally -> datasources_basemodel and
    # datasources_endmodel closed (Phi.yaml: closed); no code -> trainingcode closed (Granite.yaml "No training code
    # found"). (licenses not scored: the experts split on CC BY-NC weights with nothing else released, Bria.yaml and
    # command-a.yaml closed, MAGNeT.yaml and JASCO.yaml partial.)
    _Layout(
        "sumac-ai/sumac-embed-v2-base",
        SUMAC_CARD,
        {
            "license": "cc-by-nc-4.0",
            "language": ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "fi", "cs"],
            "library_name": "sentence-transformers",
            "pipeline_tag": "sentence-similarity",
            "tags": ["onnx", "feature-extraction", "embeddings", "transformers.js"],
        },
        "weights-available",
        {
            "weights_basemodel": "closed",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
        },
        files=SUMAC_FILES,
    ),
]
