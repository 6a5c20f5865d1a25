# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 24 (`ROUND_24`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: a tune's fully open base, a vision-language model's
language model and vision encoder, a distilled student's teacher, a merge's two parents and their foundation, all from
this round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", and the expert files in `../shared/reference/osai-index/`, cited beside each
cell: smollm, OLMo, Pythia, Lucie, Granite, Phi, Seed-OSS, Nanbeige, Tulu, Poro, Fietje, MAGNeT, Llama-Nemotron,
OpenELM, Zephyr, NeuralChat). No real base is used: every model, company, dataset, benchmark, leaderboard and
repository is invented; the one real tool named is mergekit, in its card template's words, without a link.

Earlier rounds had a card of question headings (16, Caldera-7B-Fil), training code kept in the model repository as
Python scripts (16) or as a public framework's configuration (23), cards in French, German, Spanish, Portuguese,
Japanese, Korean, Chinese, Arabic and Indonesian (7, 12, 17, 22, 23), a corpus "we will release later this year" in
English with nothing named (7), vision-language models whose language model and encoder are both in `base_model` (12,
21), distillations from a closed API model or the publisher's own teacher (11, 16, 21), licences in an HTML table row,
a changelog, COPYING or LICENSE.md (7, 12, 19, 10), and merges whose restrictive parent binds them through its licence
metadata or its LICENSE file (7, 11, 16) or a share-alike parent (22). This round takes the shapes where they had not
gone: a card whose every section is a bold question and its answer under one FAQ heading; training code that is only
Jupyter notebooks; an Evaluation section that is one leaderboard badge image; a card in Dutch whose corpus and datasheet
are promised for later while the pipeline is public now; a vision encoder under CC BY-NC named only in the architecture
table and in config.json, not in `base_model`; a student trained from scratch by logit distillation from a served
teacher whose licence makes distilled models Derivative Models bound by its prohibited uses; a bespoke permissive
licence in LICENCE.md (British spelling) with no licence in the metadata; and a merge whose parent is tagged
`apache-2.0` but restricts use in its card's "Terms of use" section.

The releases:
- (a) schooner-lab/Schooner-1B: a fully open from-scratch base model whose card is one "Frequently asked questions"
  heading over bold questions and "A:" answers (architecture, uses, out of scope, usage, data, training, hardware,
  reproduction, evaluation, limitations, emissions, citation, licence); its two Hub corpora (datasheet cards) linked
  only in an answer, no `datasets` metadata; "Did you use any private, licensed or synthetic data as well?" answered
  "No" (open-source-ai-with-open-data; model card open).
- (b) felucca-lab/Felucca-3B-Instruct: SFT + DPO of caravel-ai/Caravel-3B (served, fully open: its corpus on the Hub,
  its pipeline on GitHub) on two Hub sets written by paid students (datasheet cards); the whole training code, data
  building included, is five `.ipynb` notebooks in a GitHub repository with no Python module
  (open-source-ai-with-open-data; training code open).
- (c) sampan-ai/Sampan-7B: a from-scratch base model with a standard card (details, uses, data, procedure and hardware,
  limitations, emissions, citation, licence) whose "## Evaluation" is one shields.io badge linking to a leaderboard
  Space, "rank #3 in 7B"; data not released, no code (open-weights; model card partial).
- (d) botter-nlp/Botter-2B: a from-scratch Dutch model whose card is in Dutch (Modelbeschrijving ... Licentie); "Het
  corpus is nog niet beschikbaar. We maken het later dit jaar openbaar, samen met een datasheet"; its whole pipeline on
  GitHub now (open-weights; data and datasheet closed, training code and model card open).
- (e) coracle-ai/Coracle-VL-4B: a LLaVA-style model tagged Apache 2.0 whose `base_model` is pinnace-ai/Pinnace-4B
  (served, Apache, data not released); its vision encoder, yawl-vision/Yawl-ViT-SO400M (served, CC BY-NC 4.0), is named
  only in the architecture table ("Initialised from") and config.json's `vision_config`, its weights "in this
  repository's `model.safetensors`"; its own data (Hub, datasheet cards) and code (GitHub) published
  (weights-available).
- (f) dhow-lab/Dhow-1B: MIT, "randomly initialised", trained on its own Hub corpus (datasheet card) with its code on
  GitHub, by KL distillation from the top-64 logits of galleon-ai/Galleon-70B (served), whose Galleon Community License
  makes "any model trained ... on Outputs [incl. logits] of Galleon, including by knowledge distillation" a Derivative
  Model, distributable "only under this License" with Schedule A's prohibited uses (weights-available).
- (g) ketch-lab/Ketch-3B: no `license` metadata; the card's "## Licence" says only "The terms are in LICENCE.md"; that
  file is the "Ketch Open Weights Licence", an MIT-style grant for any purpose with a notice condition; data not
  released, no code (open-weights).
- (h) galley-merges/Brig-7B-CodeMed-slerp: mergekit's SLERP card, `license: apache-2.0`, of cutter-nlp/Brig-7B-Code
  (Apache) and lugger-lab/Brig-7B-Med, whose metadata says `apache-2.0` but whose "## Terms of use" say "released for
  non-commercial research only. It may not be used in commercial products or services", both full fine-tunes of
  brig-ai/Brig-7B (Apache, data not released); all four served (weights-available).

Written blind, before any rule changed. First run: 2 of 8 pass (5 of 8 labels); 48 of 53 key cells right. Run on
commit 989060b with no uncommitted edits under `src/` (only this file and the two wiring lines in
`test_heldout_releases.py` were new); pytest cut the reasons short, so their full text was read from a `-vv` run and
from a throwaway test outside the project that served the same eight cases through `_serve`, since deleted, which gave
the same levels. Right: Ketch-3B (open-weights, "The weights and deployment code are released under open terms (based
on MIT License, with changes), but complete training code; data-processing code; data information ... are missing":
LICENCE.md was found and read by its text) and Brig-7B-CodeMed-slerp (weights-available, "The weights are published
under terms stated in the model card (inherited from the base model hf:lugger-lab/Brig-7B-Med), whose terms are not
open source: no commercial use (README.md line 30: "Brig-7B-Med is released for non-commercial research only.");
research only ...; forbidden uses ..."). Labels also right: Schooner-1B, Sampan-7B, Botter-2B. Two labels read **more
open** than the rubric (Coracle-VL-4B, Dhow-1B), one less open (Felucca-3B-Instruct). The misses:
- Schooner-1B (FAQ card): label and nine cells right (data open, the "No" answer not taken for unpublished data,
  training code, datasheet, licences, hardware and architecture open), but modelcard closed where open was expected
  ("The model card has none of the standard sections (details, uses, training, evaluation...)."): the bold questions
  under the one "Frequently asked questions" heading ("**Q: What does the architecture look like?**", "**Q: What was
  it trained on?**", "**Q: How good is it?**", "**Q: Where does it go wrong?**", ...) were not read as sections.
- Felucca-3B-Instruct (notebooks only): open-weights where open-source-ai-with-open-data was expected ("The weights and
  deployment code are released under open terms (Apache License 2.0), but data-processing code is missing for Open
  Source AI."); trainingcode partial where open was expected ("Training code is published but not the data-processing
  code."): `notebooks/01_build_sft_data.ipynb` ("cleans, filters and deduplicates the students' conversations and writes
  felucca-sft-52k") and `notebooks/02_build_preferences.ipynb`, named in the card's table, the README's table and both
  datasheet cards as the code that built the two sets, were not read as data-processing code, while the SFT and DPO
  notebooks were read as training code. The base's data and code, both tuning sets, the datasheets and licences: right.
- Sampan-7B (badge-only evaluation): label and seven cells right, but modelcard **open** where partial was expected
  ("The model card covers 7 of the 9 standard sections, including training and evaluation."): the "## Evaluation"
  heading over a single badge image, with no benchmark, score or table, counted as an evaluation section.
- Botter-2B (Dutch card, data promised later): label and seven cells right (training code open, hardware and
  architecture open), but datasheet **partial** where closed was expected ("A data card or data statement is mentioned,
  which gives partial insight; there is no datasheet (collection, curation, composition, uses) or dataset card on the
  Hub."): the only such words are the promise "samen met een datasheet" of a datasheet that does not exist yet; and
  modelcard partial where open was expected ("The model card covers 2 of the 9 standard sections; missing:
  model-details, uses, limitations, evaluation, environmental-impact, technical-specs, citation."): the Dutch headings
  (Modelbeschrijving, Beoogd gebruik, Evaluatie, Beperkingen en vooroordelen, Milieu-impact, Citatie) were not read.
  datasources_basemodel is closed as expected, but for "The release, read in full, names no training data and has no
  section about it.", though "## Trainingsdata" describes the corpus and says it is not yet available.
- Coracle-VL-4B (CC BY-NC vision encoder outside `base_model`): open-weights where weights-available was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but complete training code is missing
  for Open Source AI."); all six cells right, each citing only hf:pinnace-ai/Pinnace-4B: the encoder
  yawl-vision/Yawl-ViT-SO400M, named in the architecture table's "Initialised from" column and in config.json's
  `vision_config._name_or_path`, whose weights the card says are in the checkpoint, was never examined, so its CC BY-NC
  4.0 did not bind.
- Dhow-1B (teacher's licence binds distilled models): open-source-ai-with-open-data where weights-available was expected
  ("Weights under MIT License, deployment and training code under OSI-approved licenses, and every training dataset
  published under an open license."); all five cells right (the teacher rightly not taken for a base): the Galleon
  Community License, which makes a model distilled from Galleon's logits a Derivative Model distributable only under it,
  with Schedule A's prohibited uses, was not read as binding the student.
Seen but not scored: Schooner's code documentation partial; Felucca's model card partial (6 of 9), hardware and
architecture open; Sampan's datasheet closed, licences open "(data: no license found)"; Botter's code documentation
partial, licences open "(data: no license found)"; Coracle's model card partial (5 of 9), hardware and architecture
open, licences open; Dhow's model card partial (5 of 9), licences open; Ketch's licences partial ("The weights are under
a bespoke permissive license that is not OSI-approved.", as OpenELM.yaml rates a custom permissive licence), model card
partial (5 of 9); the merge's licences closed, model card closed, hardware and architecture partial, and its tuning data
closed ("names no fine-tuning data and has no section about it", though both parents' "## Training" sections describe
their unreleased tuning data). No expectation was changed after the run.

What changed (general causes, each with paraphrases and near hits in `tests/probes/test_release_round24_rules.py`): a
question in bold alone on its line ("**Q: What was it trained on?**", "**Question 2: ...?**", "__How good is it?__")
is a section titled by the question, and the card-section vocabulary reads questions ("What was it trained on?",
"How good is it?", "Where does it go wrong?", "What is it for?") and Dutch titles (Modelbeschrijving, Beoogd gebruik,
Evaluatie, Beperkingen, Milieu-impact, Citatie; the data heading "Trainingsdata"); a badge (shields.io, badgen,
badge.fury.io), linked or not, says nothing in a section; a sentence that promises a datasheet for later ("will be
published later this year with a datasheet", "coming soon", in English, Dutch, French, German, Spanish, Portuguese and
Italian) names no datasheet; a notebook or a numbered step named for building data (`01_build_sft_data.ipynb`) is
data-processing code; and the component models a composite model's `config.json` names (`vision_config` or
`text_config` `_name_or_path`, LLaVA's `mm_vision_tower`) are parents whose terms bind, after the declared base. 7 of
8 pass. Dhow-1B stays a `DISAGREEMENT`: opengauge does not yet read a distillation teacher's licence for a claim on
distilled models (Gemma's terms make one), so the student's MIT licence governs. Corpus figures unchanged (evaluate
72.0 % exact, 93.9 % within one; import-osai 76.3 % automated, 74.8 % reviewed).

Then (the next session): the sources read the teachers a card names (distilled from, knowledge distillation from,
"Teacher:", "as the teacher", data generated by a Hub model; `sources.teachers`) and fetch them beside the lineage; a
licence that counts models distilled from its model, or trained on its outputs, among its derivatives says so in its
reading (`reaches_distilled`, `licenses.reach`: the RAIL family, Gemma, HAI-DEF, DeepSeek, Yi, NVIDIA AI Foundation,
Stability AI, LTXV, OpenAtom, and this round's Galleon licence), and such a teacher's restrictive terms bind the
student as a base model's bind a fine-tune. Dhow-1B reads weights-available, "inherited from the distillation teacher
hf:galleon-ai/Galleon-70B": 8 of 8 pass.
"""

from __future__ import annotations

import json

from tests.assess.heldout_releases import (
    WEIGHTS,
    Dataset,
    HeldOut,
    _yaml,
    llama_config,
    sheet,
)
from tests.assess.heldout_releases import github_repo as _gh
from tests.servers import HubFile, HubRepo, fake_sha


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()


def _model(
    repo_id: str,
    card_data: dict,
    body: str,
    files: dict[str, bytes | None] | None = None,
) -> HubRepo:
    """Another Hub model a release names (a base, a teacher, a merge's parent), served with its card, a root
    `model.safetensors` and `files` (None: listed, not served)."""
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


# --------------------------------------------------------------------------------------------------------------
# (a) Schooner-1B: a fully open from-scratch model whose whole card, under one heading, is a list of bold questions
# and their answers; the data are linked only in an answer (no `datasets` in the metadata), and one question asks
# about private, licensed or synthetic data and is answered "No".

SCHOONER_CARD = """# Schooner-1B

Schooner-1B is a small English base language model from Schooner Lab, a university spin-off in Aarhus. We are asked
the same things about it again and again, so this card is the answers, one question at a time.

## Frequently asked questions

**Q: What is Schooner-1B?**
A: A 1.1B-parameter decoder-only transformer language model, trained from scratch (it is not a fine-tune of any
other model) on 2.0T tokens of English text and source code. It continues text: it is not instruction-tuned or
safety-tuned.

**Q: Who made it, and when?**
A: Schooner Lab ApS (Aarhus, Denmark). It was released in June 2026.

**Q: What does the architecture look like?**
A: 22 layers, hidden size 2048, 16 query heads and 4 key-value heads (grouped-query attention), a SwiGLU
feed-forward block of 5,632, RMSNorm, rotary position embeddings (theta 100,000), a context length of 4,096 tokens
and a BPE vocabulary of 49,152 tokens trained on the training data. `config.json` has the full configuration.

**Q: What is it for?**
A: Research on small language models and on their training data, teaching, and fine-tuning for narrow English
tasks such as classification, extraction and summarisation.

**Q: What should it not be used for?**
A: Anything put in front of end users as it is, and any decision about people: it has had no alignment or safety
tuning, and it will write whatever its prompt leads it to.

**Q: How do I run it?**
A: With transformers 4.45 or later:

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("schooner-lab/Schooner-1B")
model = AutoModelForCausalLM.from_pretrained("schooner-lab/Schooner-1B", torch_dtype="auto")
inputs = tok("The harbour at dawn was", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

**Q: What was it trained on?**
A: Exactly two datasets, which we publish in full on the Hugging Face Hub:
[schooner-lab/schooner-web](https://huggingface.co/datasets/schooner-lab/schooner-web), 1.6T tokens of filtered
English web pages (ODC-By 1.0), and [schooner-lab/schooner-code](https://huggingface.co/datasets/schooner-lab/schooner-code),
0.4T tokens of permissively licensed source code (ODC-By 1.0). Each dataset card is a datasheet: motivation,
composition, collection, preprocessing, uses, distribution and maintenance.

**Q: Did you use any private, licensed or synthetic data as well?**
A: No. Those two datasets are the complete training data, token for token.

**Q: How was it trained?**
A: AdamW (beta2 0.95, weight decay 0.1), a peak learning rate of 4e-4 with a warmup-stable-decay schedule, 4M-token
batches for 480k steps, bf16 with FSDP.

**Q: On what hardware, and for how long?**
A: 64 NVIDIA H100 80GB GPUs (8 nodes connected with InfiniBand) for 11 days: about 17,000 GPU hours.

**Q: Can I reproduce the training?**
A: Yes. The data pipeline (extraction, filtering, deduplication, tokenization), the pre-training code and the exact
configuration of this checkpoint are in [schooner-lab/schooner-train](https://github.com/schooner-lab/schooner-train)
under the Apache License 2.0.

**Q: How good is it?**
A: Zero- and few-shot results of the base model:

| Benchmark | Schooner-1B |
|---|---|
| Buoy-Reasoning (0-shot) | 63.8 |
| Keel-Knowledge (5-shot) | 30.9 |
| Mast-QA (0-shot) | 58.2 |
| Rigging-Code (pass@1) | 14.6 |

**Q: Where does it go wrong?**
A: It states false things fluently, reproduces the biases of English web text, knows little after its data cutoff
(January 2026), and writes much weaker code in languages other than Python and JavaScript.

**Q: What did training cost the environment?**
A: About 17,000 H100 GPU hours in a datacentre on the Danish grid; we estimate 1.1 tCO2eq (location-based).

**Q: How do I cite it?**
A: As

```bibtex
@misc{schooner2026,
  title  = {Schooner-1B},
  author = {{Schooner Lab}},
  year   = {2026},
  url    = {https://huggingface.co/schooner-lab/Schooner-1B}
}
```

**Q: Can I use it commercially?**
A: Yes. The weights and the code are released under the Apache License 2.0, and the two datasets under ODC-By 1.0.
"""

SCHOONER_README = b"""# schooner-train

The complete pipeline of Schooner-1B (https://huggingface.co/schooner-lab/Schooner-1B): building its two datasets
from the raw sources, tokenizer training, pre-training and evaluation.

## Data

    python -m schooner.data.web --snapshots configs/data/snapshots.txt --config configs/data/web.yaml
    python -m schooner.data.code --config configs/data/code.yaml
    python -m schooner.data.dedup --config configs/data/dedup.yaml
    python -m schooner.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 -m schooner.train --config configs/schooner-1b.yaml

`configs/schooner-1b.yaml` is the exact configuration of the released checkpoint.

## Evaluation

    python -m schooner.eval --model schooner-lab/Schooner-1B

## License

Apache 2.0.
"""

SCHOONER_GITHUB = _gh(
    "schooner-lab/schooner-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/snapshots.txt",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/schooner-1b.yaml",
        "schooner/model.py",
        "schooner/train.py",
        "schooner/data/web.py",
        "schooner/data/code.py",
        "schooner/data/dedup.py",
        "schooner/data/tokenize.py",
        "schooner/eval/__main__.py",
    ),
    SCHOONER_README,
)

SCHOONER_WEB_CARD = sheet(
    "odc-by",
    "Schooner Web",
    ["en"],
    {
        "Motivation": "Schooner Web is the web part (1.6T tokens) of the training data of Schooner-1B. Schooner Lab "
        "built it and publishes it in full so that anyone can inspect what the model learned from and repeat its "
        "training; it was made with a public research grant and holds no data of users or customers.",
        "Composition": "About 1.4B English web documents with `id`, `url`, `snapshot`, `quality` and `text` fields. A "
        "quality classifier favours explanatory and reference pages, so shops, forums and news are under-represented "
        "compared with the web as a whole.",
        "Collection Process": "Pages from the 40 Common Crawl snapshots listed in `configs/data/snapshots.txt` of "
        "github.com/schooner-lab/schooner-train (CC-MAIN-2019-04 to CC-MAIN-2025-18), downloaded from Common Crawl's "
        "public bucket in summer 2025. Common Crawl honours robots.txt; we also removed domains on public "
        "adult-content and malware blocklists and the domains of site owners who opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.7; "
        "repetition, line-length and boilerplate filters; a quality classifier keeping the top 25%; MinHash-LSH "
        "deduplication across snapshots; e-mail addresses, phone numbers and IP addresses masked. The code is "
        "`schooner/data/web.py` and `dedup.py` of github.com/schooner-lab/schooner-train.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or "
        "profile people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Schooner Lab; removal requests made in the discussion tab are applied in the "
        "next release and listed in this card's changelog.",
    },
)

SCHOONER_CODE_CARD = sheet(
    "odc-by",
    "Schooner Code",
    ["code"],
    {
        "Motivation": "Schooner Code is the code part (0.4T tokens) of the training data of Schooner-1B, published so "
        "that every file the model learned from can be traced back to its repository and its licence checked.",
        "Composition": "About 410M source files in 30 programming languages, each with repository, path, commit, "
        "detected licence (an SPDX id), language and text; Python, JavaScript, Java, C and C++ are 70% of it.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned between November 2024 "
        "and January 2025. Only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC "
        "were kept, after removing the repositories whose owners opted out through our form.",
        "Preprocessing": "Generated, minified and vendored files removed by path and content rules; files over 1MB "
        "dropped; exact and near-duplicate files removed with MinHash-LSH; secrets, keys and e-mail addresses masked. "
        "The code is `schooner/data/code.py` and `dedup.py` of github.com/schooner-lab/schooner-train.",
        "Uses": "Training and evaluating code models. Each file keeps its own licence, which the `license` column "
        "gives.",
        "Distribution": "On the Hugging Face Hub; the compilation is under ODC-By 1.0 and each file under its own "
        "permissive licence.",
        "Maintenance": "Maintained by Schooner Lab; opt-out requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (b) Felucca-3B-Instruct: SFT and DPO of a fully open served base, Caravel-3B; its own tuning data on the Hub, and
# its whole training code five Jupyter notebooks in a GitHub repository that holds nothing else.

CARAVEL_CARD = """# Caravel-3B

Caravel-3B is a 3.0B-parameter English base language model trained from scratch by Caravel AI, a non-profit lab,
and released with its weights, data, code and configuration.

## Model details

- **Developer:** Caravel AI
- **Architecture:** decoder-only transformer, 26 layers, hidden size 2560, 20 query heads and 4 key-value heads,
  SwiGLU (6,912), RMSNorm, RoPE; context length 4,096; vocabulary 50,304
- **Training tokens:** 2.4T
- **Release:** February 2026

## Training data

The complete pre-training data is one dataset we publish on the Hub, used in full:
[caravel-ai/caravel-corpus](https://huggingface.co/datasets/caravel-ai/caravel-corpus) (2.4T tokens of filtered web
pages, code and public-domain books, ODC-By 1.0). No other data was used. Its dataset card is a datasheet.

## Training

The data pipeline, the pre-training code and the exact configuration of this checkpoint are in
[caravel-ai/caravel-pretrain](https://github.com/caravel-ai/caravel-pretrain) (Apache 2.0). AdamW, peak learning rate
3e-4, cosine schedule, 4M-token batches, bf16, FSDP. Hardware: 128 NVIDIA H100 80GB GPUs for 16 days.

## Evaluation

| Benchmark | Caravel-3B |
|---|---|
| Buoy-Reasoning (0-shot) | 71.4 |
| Keel-Knowledge (5-shot) | 45.0 |

## Limitations

It can produce false, biased or offensive text and knows little after its data cutoff (September 2025).

## License

Apache 2.0 for the weights and the code; the dataset is ODC-By 1.0.
"""

CARAVEL = _model(
    "caravel-ai/Caravel-3B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "datasets": ["caravel-ai/caravel-corpus"],
    },
    CARAVEL_CARD,
    {"config.json": llama_config(2560, 26, 20, 4, 6912, 50304, 4096)},
)

CARAVEL_README = b"""# caravel-pretrain

The complete pipeline of Caravel-3B (https://huggingface.co/caravel-ai/Caravel-3B): building its corpus from the raw
sources, tokenization, pre-training and evaluation.

## Data

    python -m caravel.data.web --config configs/data/web.yaml
    python -m caravel.data.code --config configs/data/code.yaml
    python -m caravel.data.books --config configs/data/books.yaml
    python -m caravel.data.dedup --config configs/data/dedup.yaml
    python -m caravel.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m caravel.train --config configs/caravel-3b.yaml

## License

Apache 2.0.
"""

CARAVEL_GITHUB = _gh(
    "caravel-ai/caravel-pretrain",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/books.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/caravel-3b.yaml",
        "caravel/model.py",
        "caravel/train.py",
        "caravel/data/web.py",
        "caravel/data/code.py",
        "caravel/data/books.py",
        "caravel/data/dedup.py",
        "caravel/data/tokenize.py",
    ),
    CARAVEL_README,
)

CARAVEL_CORPUS_CARD = sheet(
    "odc-by",
    "Caravel Corpus",
    ["en"],
    {
        "Motivation": "The Caravel Corpus is the complete pre-training data (2.4T tokens) of Caravel-3B. Caravel AI "
        "built it and publishes it in full so that anyone can inspect what the model learned from and repeat its "
        "training.",
        "Composition": "Three parts: English web pages (1.9T tokens, 79%), permissively licensed source code (0.4T, "
        "17%) and public-domain books (0.1T, 4%). Each record has `id`, `source`, `url` or `path`, `license` and "
        "`text`.",
        "Collection Process": "Web pages from 36 Common Crawl snapshots (CC-MAIN-2019-09 to CC-MAIN-2025-05) taken from "
        "Common Crawl's public bucket; code from public GitHub repositories under MIT, Apache-2.0 and BSD licences "
        "cloned through GH Archive, after opt-outs; books from Project Gutenberg's public-domain catalogue. Collected "
        "between March and June 2025.",
        "Preprocessing": "Main text extraction, English language identification, repetition and quality filters, "
        "MinHash-LSH deduplication within and across parts, masking of e-mail addresses, phone numbers and secrets. "
        "The code is `caravel/data/` of github.com/caravel-ai/caravel-pretrain.",
        "Uses": "Pre-training language models and research on pre-training data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; each source keeps its own terms (Common Crawl's terms "
        "of use, each code file's licence).",
        "Maintenance": "Maintained by Caravel AI; removal requests are applied in the next release.",
    },
)

FELUCCA_CARD = """# Felucca-3B-Instruct

Felucca-3B-Instruct is a chat model made by supervised fine-tuning and direct preference optimisation (DPO) of
[Caravel-3B](https://huggingface.co/caravel-ai/Caravel-3B), a fully open base model. Felucca Lab is a two-person
teaching lab, and we wanted a chat model that a student can rebuild from nothing: everything we did is in five
Jupyter notebooks that run top to bottom.

## Model details

- **Developed by:** Felucca Lab
- **Base model:** caravel-ai/Caravel-3B (its weights, data and code are all public)
- **Model type:** decoder-only transformer (26 layers, hidden size 2560, 20 query heads and 4 key-value heads,
  context length 4,096), the base model's architecture unchanged
- **Language:** English
- **License:** Apache 2.0

## Uses

A small assistant for chat, explanation and writing help in English, and a worked example for courses on
post-training. It is not meant for medical, legal or financial advice, or for decisions about people.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("felucca-lab/Felucca-3B-Instruct")
model = AutoModelForCausalLM.from_pretrained("felucca-lab/Felucca-3B-Instruct", torch_dtype="auto")
msgs = [{"role": "user", "content": "Explain what a felucca is in two sentences."}]
ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors="pt")
print(tok.decode(model.generate(ids, max_new_tokens=120)[0]))
```

## Training data

Two datasets, both written for this model and published by us on the Hub:

- [felucca-lab/felucca-sft-52k](https://huggingface.co/datasets/felucca-lab/felucca-sft-52k) (CC BY 4.0): 52,000
  conversations whose prompts and answers were written and then cross-checked by 60 students of our course, who were
  paid for the work
- [felucca-lab/felucca-dpo-18k](https://huggingface.co/datasets/felucca-lab/felucca-dpo-18k) (CC BY 4.0): 18,000
  preference pairs: two answers sampled from the SFT model for each prompt, ranked by two students

Nothing else was used after pre-training: no synthetic data from other models, no private data. Both dataset cards
are datasheets.

## Training procedure

The training code is a set of Jupyter notebooks, and only notebooks:
[felucca-lab/felucca-notebooks](https://github.com/felucca-lab/felucca-notebooks) (Apache 2.0).

| Notebook | What it does |
|---|---|
| `01_build_sft_data.ipynb` | cleans, filters and deduplicates the students' conversations and writes felucca-sft-52k |
| `02_build_preferences.ipynb` | samples two answers per prompt from the SFT model, merges the rankings and writes felucca-dpo-18k |
| `03_sft.ipynb` | full-parameter SFT of Caravel-3B |
| `04_dpo.ipynb` | DPO of the SFT model |
| `05_evaluate.ipynb` | the evaluation below |

SFT: 3 epochs, learning rate 2e-5 (cosine, 3% warmup), batch size 128 conversations, maximum length 4,096. DPO: 1
epoch, beta 0.1, learning rate 5e-7, batch size 64 pairs. bf16 on one node of 8 NVIDIA H100 80GB GPUs: 7 hours for SFT
and 2 hours for DPO.

## Evaluation

| Benchmark | Caravel-3B | Felucca-3B-Instruct |
|---|---|---|
| Jib-Chat (win rate vs. reference) | - | 41.8 |
| Hull-IFEval (strict) | 22.4 | 58.3 |
| Keel-Knowledge (5-shot) | 45.0 | 44.6 |

## Limitations

A 3B model: it makes factual mistakes, follows long multi-part instructions poorly and was tuned on English only.
Its preferences are those of 60 students and should not be taken for anyone else's.

## License

Apache 2.0 for the weights and the notebooks; the two datasets are CC BY 4.0.
"""

FELUCCA_README = b"""# felucca-notebooks

Everything that turned Caravel-3B (https://huggingface.co/caravel-ai/Caravel-3B) into Felucca-3B-Instruct
(https://huggingface.co/felucca-lab/Felucca-3B-Instruct), as five Jupyter notebooks. There are no Python modules in
this repository: each notebook is self-contained and states its inputs and outputs in its first cell.

| Notebook | Input | Output |
|---|---|---|
| `notebooks/01_build_sft_data.ipynb` | the students' raw conversations (exported from our annotation tool) | felucca-lab/felucca-sft-52k |
| `notebooks/02_build_preferences.ipynb` | the SFT checkpoint, the ranking exports | felucca-lab/felucca-dpo-18k |
| `notebooks/03_sft.ipynb` | caravel-ai/Caravel-3B, felucca-sft-52k | the SFT checkpoint |
| `notebooks/04_dpo.ipynb` | the SFT checkpoint, felucca-dpo-18k | Felucca-3B-Instruct |
| `notebooks/05_evaluate.ipynb` | any checkpoint | the results table of the model card |

Run them in order on one node of 8 GPUs (or on a single GPU with the smaller settings in each notebook's second cell):

    pip install -r requirements.txt
    jupyter lab notebooks/

## License

Apache 2.0.
"""

FELUCCA_GITHUB = _gh(
    "felucca-lab/felucca-notebooks",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "notebooks/01_build_sft_data.ipynb",
        "notebooks/02_build_preferences.ipynb",
        "notebooks/03_sft.ipynb",
        "notebooks/04_dpo.ipynb",
        "notebooks/05_evaluate.ipynb",
    ),
    FELUCCA_README,
)

FELUCCA_SFT_CARD = sheet(
    "cc-by-4.0",
    "Felucca SFT 52k",
    ["en"],
    {
        "Motivation": "Felucca SFT 52k was made by Felucca Lab to fine-tune Felucca-3B-Instruct, a chat model whose "
        "whole lineage (base model, tuning data, code) is public, so that students can study and repeat every step of "
        "post-training.",
        "Composition": "52,000 conversations (1 to 6 turns) between a user and an assistant, each with a topic label: "
        "explanation and study help 41%, writing 23%, everyday questions 20%, coding 9% and refusals of harmful "
        "requests 7%.",
        "Collection Process": "Written between September and December 2025 by 60 students of our post-training course, "
        "paid an hourly rate; each student wrote prompts and answers in our annotation tool, and a second student "
        "checked every conversation for accuracy and tone. No model outputs and no user logs were used.",
        "Preprocessing": "Conversations flagged by the checker were corrected or dropped (9%); exact and near-duplicate "
        "prompts removed with MinHash; names and contact details the students invented replaced by placeholders. The "
        "code is `notebooks/01_build_sft_data.ipynb` of github.com/felucca-lab/felucca-notebooks.",
        "Uses": "Supervised fine-tuning and the study of instruction data; the answers reflect 60 English-speaking "
        "students and are not expert advice.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Felucca Lab; errors reported in the discussion tab are fixed in the next release.",
    },
)

FELUCCA_DPO_CARD = sheet(
    "cc-by-4.0",
    "Felucca DPO 18k",
    ["en"],
    {
        "Motivation": "Felucca DPO 18k was made by Felucca Lab for the preference-optimisation step of "
        "Felucca-3B-Instruct and for teaching how preference data is made.",
        "Composition": "18,000 pairs, each with a prompt, two answers, the preferred one, both rankers' choices and the "
        "prompt's topic label.",
        "Collection Process": "Prompts were written by the same 60 students as Felucca SFT 52k, but not used in it; two "
        "answers per prompt were sampled from the SFT checkpoint at temperatures 0.7 and 1.0, and two students ranked "
        "each pair following the guidelines in the repository's README, in January 2026.",
        "Preprocessing": "Pairs on which the two rankers disagreed were dropped (14%), as were pairs with identical or "
        "empty answers. The code is `notebooks/02_build_preferences.ipynb` of github.com/felucca-lab/felucca-notebooks.",
        "Uses": "Preference optimisation and reward modelling research.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Felucca Lab.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (c) Sampan-7B: a complete base-model card whose Evaluation section is one leaderboard badge image and nothing else.

SAMPAN_CARD = """# Sampan-7B

Sampan-7B is a 7.3B-parameter base language model for English, Vietnamese and Thai, trained from scratch by Sampan
AI in Ho Chi Minh City.

## Model Details

- **Developed by:** Sampan AI
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Languages:** English, Vietnamese, Thai
- **Architecture:** 32 layers, hidden size 4096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm,
  RoPE (theta 1,000,000); context length 32,768; vocabulary 128,000
- **Release date:** April 2026

## Uses

### Direct use

Research, and fine-tuning for tasks in the three languages: classification, extraction, summarisation, translation
and domain assistants.

### Out-of-scope use

Deployment to end users without further tuning and safety evaluation; decisions about people.

## Training Data

3.1T tokens: web pages in the three languages (71%), source code (15%), and books, papers and news (14%), collected
and filtered by Sampan AI. The training data is not released.

## Training Procedure

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 3e-4 with a warmup-stable-decay schedule, 8M-token batches,
bf16 with FSDP and tensor parallelism of 2, then a long-context stage from 8,192 to 32,768 tokens.

Hardware: 512 NVIDIA H100 80GB GPUs for 24 days.

## Evaluation

[![Oarlock Open Base Leaderboard](https://img.shields.io/badge/Oarlock%20Open%20Base%20Leaderboard-rank%20%233%20in%207B-brightgreen)](https://huggingface.co/spaces/oarlock-bench/open-base-leaderboard)

## Limitations

It can produce false, biased or offensive text; its Thai is weaker than its Vietnamese and English, and it knows
little after December 2025.

## Environmental Impact

About 295,000 H100 GPU hours; we estimate 118 tCO2eq (location-based).

## Citation

```bibtex
@misc{sampan2026,
  title  = {Sampan-7B},
  author = {{Sampan AI}},
  year   = {2026},
  url    = {https://huggingface.co/sampan-ai/Sampan-7B}
}
```

## License

Apache 2.0.
"""


# --------------------------------------------------------------------------------------------------------------
# (d) Botter-2B: a from-scratch Dutch model whose card is in Dutch; its corpus "will be made public later this year,
# together with a datasheet", and its whole pipeline is on GitHub now.

BOTTER_CARD = """# Botter-2B

Botter-2B is een basistaalmodel met 2,2 miljard parameters dat Botter NLP, een onderzoeksgroep in Groningen, vanaf nul heeft getraind voor het Nederlands, met een deel Engels en Fries. Het is bedoeld als open uitgangspunt voor Nederlandstalige toepassingen.

## Modelbeschrijving

- **Ontwikkeld door:** Botter NLP
- **Type model:** decoder-only transformer (basismodel, niet afgestemd op dialoog)
- **Talen:** Nederlands (78% van de tokens), Engels (20%), Fries (2%)
- **Uitgebracht:** mei 2026
- **Licentie:** Apache 2.0

| Hyperparameter | Waarde |
|---|---|
| Parameters | 2,2 miljard |
| Lagen | 26 |
| Verborgen dimensie | 2304 (SwiGLU-MLP van 6144) |
| Attentiekoppen | 18 query-koppen, 6 key/value-koppen (gegroepeerde attentie) |
| Normalisatie | RMSNorm |
| Posities | RoPE (θ = 500.000) |
| Contextlengte | 8192 tokens |
| Vocabulaire | 64.000 tokens (BPE, getraind op het trainingscorpus) |

## Beoogd gebruik

Botter-2B is een basismodel: het vult teksten aan. Het is bedoeld voor onderzoek naar Nederlandstalige taalmodellen en als startpunt voor fijnafstemming op specifieke taken (samenvatten, classificeren, informatie-extractie, gespecialiseerde assistenten).

### Buiten het bedoelde gebruik

Het model heeft geen alignment of veiligheidstraining gehad: zet het niet ongewijzigd in voor het publiek en gebruik het niet voor beslissingen over mensen.

## Gebruik

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("botter-nlp/Botter-2B")
model = AutoModelForCausalLM.from_pretrained("botter-nlp/Botter-2B", torch_dtype="auto")
inputs = tok("De haven van Harlingen is", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Trainingsdata

Botter-2B is getraind op 1,4 biljoen tokens uit het Botter-corpus: Nederlandse, Engelse en Friese webpagina's, boeken en overheidspublicaties die wij zelf hebben verzameld en gefilterd. Het corpus is nog niet beschikbaar. We maken het later dit jaar openbaar, samen met een datasheet; tot die tijd is alleen de code waarmee het is gemaakt openbaar (zie hieronder).

## Trainingsprocedure

Alle code staat onder de Apache 2.0-licentie in [botter-nlp/botter-train](https://github.com/botter-nlp/botter-train): het verzamelen, filteren en ontdubbelen van het corpus, het trainen van de tokenizer, de pretraining en de evaluatie. De exacte configuratie van dit model is `configs/botter-2b.yaml`.

- Optimalisator AdamW (β2 = 0,95, gewichtsverval 0,1), maximale leersnelheid 3e-4, schema "warmup-stable-decay"
- Batches van 2 miljoen tokens, 700.000 stappen, bf16, FSDP
- Hardware: 96 NVIDIA H100-GPU's van 80 GB (12 nodes) van de onderzoekssupercomputer Kompas, gedurende 10 dagen

## Evaluatie

| Taak | Botter-2B |
|---|---|
| Dijk-Begrip-nl (F1) | 66,4 |
| Polder-Redeneren-nl | 49,8 |
| Keel-Knowledge (en, 5-shot) | 38,1 |

## Beperkingen en vooroordelen

Botter-2B schrijft vloeiende teksten die onjuist kunnen zijn; zijn kennis houdt op eind 2025. Het Nederlandse web is oververtegenwoordigd ten opzichte van Vlaamse en Surinaamse bronnen, en het model neemt de stereotypen van zijn bronnen over. Zijn Fries is zwak.

## Milieu-impact

Ongeveer 23.000 GPU-uren op H100's; de supercomputer draait op groene stroom, en we schatten de uitstoot op 1,9 t CO2-equivalent (op basis van de locatie).

## Citatie

```bibtex
@misc{botter2026,
  title        = {Botter-2B: een open taalmodel voor het Nederlands},
  author       = {{Botter NLP}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/botter-nlp/Botter-2B}}
}
```

## Licentie

Botter-2B wordt uitgebracht onder de Apache 2.0-licentie. Het corpus krijgt bij publicatie een eigen licentie.
"""

BOTTER_README = b"""# botter-train

The complete pipeline of Botter-2B (https://huggingface.co/botter-nlp/Botter-2B): collecting, filtering and
deduplicating the Botter corpus, training the tokenizer, pre-training and evaluation. The corpus itself is not yet
public; it will be released later this year.

## Data

    python data/crawl.py --config configs/data/crawl.yaml             # web pages (nl, en, fy)
    python data/books.py --config configs/data/books.yaml             # books
    python data/government.py --config configs/data/government.yaml   # government publications
    python data/filter.py --config configs/data/filter.yaml
    python data/dedup.py --config configs/data/dedup.yaml
    python tokenizer/train.py --config configs/tokenizer.yaml

## Pre-training

    srun python train/pretrain.py --config configs/botter-2b.yaml

## Evaluation

    python eval/run.py --model botter-nlp/Botter-2B

## License

Apache 2.0.
"""

BOTTER_GITHUB = _gh(
    "botter-nlp/botter-train",
    (
        "README.md",
        "LICENSE",
        "configs/data/crawl.yaml",
        "configs/data/books.yaml",
        "configs/data/government.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/tokenizer.yaml",
        "configs/botter-2b.yaml",
        "data/crawl.py",
        "data/books.py",
        "data/government.py",
        "data/filter.py",
        "data/dedup.py",
        "tokenizer/train.py",
        "train/model.py",
        "train/pretrain.py",
        "eval/run.py",
    ),
    BOTTER_README,
)


# --------------------------------------------------------------------------------------------------------------
# (e) Coracle-VL-4B: a vision-language model whose `base_model` is its Apache language model only; its vision encoder,
# a served CC BY-NC 4.0 model whose weights are inside the checkpoint, is named only in the architecture table and in
# config.json's `vision_config`.

PINNACE_CARD = """# Pinnace-4B

Pinnace-4B is a 4.0B-parameter English base language model by Pinnace AI.

## Model details

Decoder-only transformer: 32 layers, hidden size 3072, 24 query heads and 8 key-value heads, SwiGLU (8,192), RMSNorm,
RoPE; context length 8,192; vocabulary 128,256.

## Training data

About 6T tokens of web pages, code, books and synthetic data. The pre-training data is not released.

## Evaluation

| Benchmark | Pinnace-4B |
|---|---|
| Buoy-Reasoning (0-shot) | 74.9 |
| Keel-Knowledge (5-shot) | 55.3 |

## License

Apache 2.0.
"""

PINNACE = _model(
    "pinnace-ai/Pinnace-4B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    PINNACE_CARD,
    {"config.json": llama_config(3072, 32, 24, 8, 8192, 128256, 8192)},
)

YAWL_CARD = """# Yawl-ViT-SO400M

Yawl-ViT-SO400M is a 400M-parameter vision transformer (patch size 14, 384x384 pixels) trained with a sigmoid
image-text contrastive loss by Yawl Vision. It is meant as an image encoder for zero-shot classification, retrieval
and vision-language models.

## Training data

1.2B image-text pairs from Yawl Vision's own web crawl, filtered for image quality and caption relevance. The
training data is not released.

## Evaluation

| Benchmark | Yawl-ViT-SO400M |
|---|---|
| Spar-ZeroShot-1k (top-1) | 82.7 |
| Boom-Retrieval (R@1) | 70.2 |

## License

Yawl-ViT-SO400M is released under the Creative Commons Attribution-NonCommercial 4.0 International licence (CC BY-NC
4.0): you may use, share and adapt it for non-commercial purposes only. Commercial licences are available from Yawl
Vision on request.
"""

YAWL = _model(
    "yawl-vision/Yawl-ViT-SO400M",
    {
        "license": "cc-by-nc-4.0",
        "library_name": "transformers",
        "pipeline_tag": "zero-shot-image-classification",
    },
    YAWL_CARD,
    {
        "config.json": _json(
            {
                "architectures": ["SiglipVisionModel"],
                "model_type": "siglip_vision_model",
                "hidden_size": 1152,
                "intermediate_size": 4304,
                "num_hidden_layers": 27,
                "num_attention_heads": 16,
                "patch_size": 14,
                "image_size": 384,
            }
        )
    },
)

CORACLE_CARD = """# Coracle-VL-4B

Coracle-VL-4B is a 4.4B-parameter vision-language model from Coracle AI: it answers questions about photographs,
documents and charts, reads text in images and writes captions. Its language model is
[Pinnace-4B](https://huggingface.co/pinnace-ai/Pinnace-4B); the table below gives every part.

## Architecture

| Part | Parameters | Initialised from |
|---|---|---|
| Vision encoder | 0.40B | [yawl-vision/Yawl-ViT-SO400M](https://huggingface.co/yawl-vision/Yawl-ViT-SO400M) (patch 14, 384x384) |
| Projector | 0.03B | random: a two-layer MLP from 1152 to 3072 dimensions |
| Language model | 4.0B | [pinnace-ai/Pinnace-4B](https://huggingface.co/pinnace-ai/Pinnace-4B) |

Images are cut into up to nine 384x384 tiles plus a thumbnail; each tile gives 729 patch features, pooled 2x2 before
the projector. All three parts are in this repository's `model.safetensors`: the vision encoder was trained in stage 2,
so its weights here differ from the released Yawl-ViT-SO400M.

## Quick start

```python
from transformers import AutoModelForImageTextToText, AutoProcessor
from PIL import Image

processor = AutoProcessor.from_pretrained("coracle-ai/Coracle-VL-4B")
model = AutoModelForImageTextToText.from_pretrained("coracle-ai/Coracle-VL-4B", torch_dtype="auto", device_map="auto")
image = Image.open("receipt.jpg")
msgs = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "What is the total?"}]}]
inputs = processor(images=image, text=processor.apply_chat_template(msgs, add_generation_prompt=True), return_tensors="pt")
print(processor.decode(model.generate(**inputs.to(model.device), max_new_tokens=64)[0]))
```

## Training data

Two datasets we made for this model and publish on the Hub:

- [coracle-ai/coracle-captions](https://huggingface.co/datasets/coracle-ai/coracle-captions) (CC BY 4.0): 2.1M
  Wikimedia Commons images under open licences with dense captions written by annotators
- [coracle-ai/coracle-docqa](https://huggingface.co/datasets/coracle-ai/coracle-docqa) (CC BY 4.0): 640k questions
  and answers about public-domain documents, forms and charts, written by annotators

These are all the data Coracle AI used. The pre-training data of the vision encoder and of the language model are
their publishers'; neither is released.

## Training procedure

- Stage 1 (projector only): coracle-captions, 1 epoch, learning rate 1e-3, batch size 512.
- Stage 2 (all weights): coracle-captions and coracle-docqa, 2 epochs, learning rate 2e-5 (vision encoder 5e-6),
  batch size 256.

The data processing and training code and the configurations of both stages are at
[coracle-ai/coracle-train](https://github.com/coracle-ai/coracle-train) (Apache 2.0). Hardware: 32 NVIDIA H100 80GB
GPUs for 4 days.

## Evaluation

| Benchmark | Coracle-VL-4B |
|---|---|
| Tiller-DocVQA (ANLS) | 86.1 |
| Thwart-ChartQA (relaxed acc.) | 78.4 |
| Gunwale-TextVQA | 74.0 |
| Oar-MMBench | 71.2 |

## Limitations

It misreads small or handwritten text, counts poorly beyond about ten objects and may describe things that are not in
the image. It was trained on English questions only.

## License

Apache 2.0.
"""

CORACLE_CONFIG = _json(
    {
        "architectures": ["LlavaForConditionalGeneration"],
        "model_type": "llava",
        "image_token_index": 128010,
        "projector_hidden_act": "gelu",
        "vision_feature_layer": -2,
        "vision_feature_select_strategy": "full",
        "vision_config": {
            "_name_or_path": "yawl-vision/Yawl-ViT-SO400M",
            "model_type": "siglip_vision_model",
            "hidden_size": 1152,
            "intermediate_size": 4304,
            "num_hidden_layers": 27,
            "num_attention_heads": 16,
            "patch_size": 14,
            "image_size": 384,
        },
        "text_config": {
            "_name_or_path": "pinnace-ai/Pinnace-4B",
            "model_type": "llama",
            "hidden_size": 3072,
            "num_hidden_layers": 32,
            "num_attention_heads": 24,
            "num_key_value_heads": 8,
            "intermediate_size": 8192,
            "vocab_size": 128256,
            "max_position_embeddings": 8192,
        },
        "torch_dtype": "bfloat16",
    }
)

CORACLE_README = b"""# coracle-train

Data processing and training code of Coracle-VL-4B (https://huggingface.co/coracle-ai/Coracle-VL-4B), a
vision-language model on Pinnace-4B and Yawl-ViT-SO400M.

## Data

    python data/build_captions.py --config configs/data/captions.yaml   # coracle-ai/coracle-captions
    python data/build_docqa.py --config configs/data/docqa.yaml         # coracle-ai/coracle-docqa

## Training

    torchrun --nproc_per_node 8 train/train.py --config configs/stage1.yaml
    torchrun --nnodes 4 --nproc_per_node 8 train/train.py --config configs/stage2.yaml

## Evaluation

    python eval/run.py --model coracle-ai/Coracle-VL-4B

The language model's and the vision encoder's own pre-training are their publishers' and are not part of this
repository.

## License

Apache 2.0.
"""

CORACLE_GITHUB = _gh(
    "coracle-ai/coracle-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/captions.yaml",
        "configs/data/docqa.yaml",
        "configs/stage1.yaml",
        "configs/stage2.yaml",
        "data/build_captions.py",
        "data/build_docqa.py",
        "train/model.py",
        "train/train.py",
        "eval/run.py",
    ),
    CORACLE_README,
)

CORACLE_CAPTIONS_CARD = sheet(
    "cc-by-4.0",
    "Coracle Captions",
    ["en"],
    {
        "Motivation": "Coracle Captions was made by Coracle AI to train Coracle-VL-4B with dense, human-written "
        "descriptions of openly licensed images, so that the caption data of a vision-language model can be inspected "
        "and reused.",
        "Composition": "2.1M images from Wikimedia Commons (photographs 78%, illustrations and diagrams 22%), each with "
        "its Commons file name, licence, author and a caption of 60 to 250 words.",
        "Collection Process": "Images were sampled from Wikimedia Commons' public dumps of October 2025, keeping only "
        "files under CC0, CC BY or CC BY-SA, or in the public domain. 310 annotators, recruited through two annotation "
        "companies and paid above the local minimum wage, described each image aloud following written guidelines; "
        "the recordings were transcribed and the annotators corrected the transcripts.",
        "Preprocessing": "Images under 384 pixels on the short side, near-duplicate images (perceptual hashing) and "
        "images showing identifiable people in private settings were removed; captions were checked for length and "
        "language. The code is `data/build_captions.py` of github.com/coracle-ai/coracle-train.",
        "Uses": "Training and evaluating image captioning and vision-language models.",
        "Distribution": "On the Hugging Face Hub: the captions under CC BY 4.0, each image under its own Commons "
        "licence, given in the `license` column.",
        "Maintenance": "Maintained by Coracle AI; removal requests are applied in the next release.",
    },
    task="image-to-text",
)

CORACLE_DOCQA_CARD = sheet(
    "cc-by-4.0",
    "Coracle DocQA",
    ["en"],
    {
        "Motivation": "Coracle DocQA was made by Coracle AI to teach Coracle-VL-4B to read documents, forms and charts, "
        "from sources anyone may redistribute.",
        "Composition": "640k question-answer pairs about 210k page images: government forms and reports in the public "
        "domain (52%), scientific charts from openly licensed papers (31%) and historical printed documents (17%).",
        "Collection Process": "Page images were collected from public-domain government archives and from openly "
        "licensed papers in 2025; 120 annotators wrote three to five questions per page with their answers, and a "
        "second annotator answered each question independently.",
        "Preprocessing": "Questions whose two answers disagreed were reviewed and corrected or dropped (12%); pages with "
        "personal data (names and addresses on forms) were removed. The code is `data/build_docqa.py` of "
        "github.com/coracle-ai/coracle-train.",
        "Uses": "Training and evaluating document and chart question answering.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Coracle AI.",
    },
    task="visual-question-answering",
)


# --------------------------------------------------------------------------------------------------------------
# (f) Dhow-1B: a student trained from scratch (MIT) by logit distillation from a served teacher, Galleon-70B, whose
# licence makes any model trained on its outputs or logits a Derivative Model bound by its prohibited-use schedule.

GALLEON_LICENSE = b"""GALLEON COMMUNITY LICENSE
Version 1.0, 3 November 2025

1. Definitions.

"Galleon" means the Galleon-70B model, its weights, configuration, tokenizer and documentation, made available by
Galleon AI Ltd ("Galleon AI") under this License.

"Output" means any text, token, probability, logit or other result generated by Galleon or by a Derivative Model.

"Derivative Model" means (a) any modification of Galleon, including fine-tuned, merged and quantized versions, and (b)
any model trained or fine-tuned, in whole or in part, on Outputs of Galleon, including by knowledge distillation.

2. Grant. Subject to this License, Galleon AI grants you a worldwide, non-exclusive, royalty-free license to use,
reproduce, modify and distribute Galleon and to create and distribute Derivative Models, for commercial and
non-commercial purposes.

3. Prohibited Uses. You shall not use Galleon, any Derivative Model or any Output for any purpose listed in Schedule
A (Prohibited Uses).

4. Derivative Models. You may distribute a Derivative Model only under this License. You shall include Schedule A in
the documentation of every Derivative Model you distribute and require every recipient to comply with it.

5. Disclaimer of Warranty. GALLEON IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.

6. Limitation of Liability. IN NO EVENT SHALL GALLEON AI BE LIABLE FOR ANY DAMAGES ARISING OUT OF THIS LICENSE OR
THE USE OF GALLEON, EXCEPT WHERE SUCH LIMITATION IS PROHIBITED BY APPLICABLE LAW.

7. Termination. This License terminates automatically if you breach it.

8. Governing Law. This License is governed by the laws of England and Wales.

Schedule A (Prohibited Uses)

You shall not use Galleon, a Derivative Model or any Output:
(a) for military or weapons purposes;
(b) for mass surveillance or for biometric identification of natural persons;
(c) to generate or disseminate disinformation intended to mislead the public;
(d) to make automated decisions that adversely affect a person's access to employment, credit, housing, education or
public services;
(e) in violation of any applicable law.
"""

GALLEON_CARD = """# Galleon-70B

Galleon-70B is a 70B-parameter instruction-tuned language model by Galleon AI for chat, reasoning and code in English.

## Model details

- **Developer:** Galleon AI Ltd, London
- **Architecture:** decoder-only transformer, 80 layers, hidden size 8192, 64 query heads and 8 key-value heads,
  SwiGLU (28,672), RMSNorm, RoPE; context length 32,768; vocabulary 128,256
- **License:** [Galleon Community License](LICENSE)

## Training data

About 14T tokens of publicly available, licensed and synthetic data. The training data is not released.

## Evaluation

| Benchmark | Galleon-70B |
|---|---|
| Keel-Knowledge (5-shot) | 80.2 |
| Hull-IFEval (strict) | 84.7 |

## License

Galleon-70B and every Derivative Model are subject to the Galleon Community License ([LICENSE](LICENSE)), including
its Schedule A (Prohibited Uses).
"""

GALLEON = _model(
    "galleon-ai/Galleon-70B",
    {
        "license": "other",
        "license_name": "galleon-community-license",
        "license_link": "LICENSE",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    GALLEON_CARD,
    {"LICENSE": GALLEON_LICENSE, "config.json": llama_config(8192, 80, 64, 8, 28672, 128256, 32768)},
)

DHOW_CARD = """# Dhow-1B

Dhow-1B is a 1.2B-parameter English language model trained from scratch by knowledge distillation: instead of
learning only from the next token of its training text, it learned to match the next-token distribution of a much
larger teacher, [Galleon-70B](https://huggingface.co/galleon-ai/Galleon-70B), at every position of that text.

## Model details

- **Developed by:** Dhow Lab
- **Model type:** decoder-only transformer, randomly initialised (no weight was copied from the teacher): 20 layers,
  hidden size 2048, 16 query heads and 4 key-value heads, SwiGLU (5,632), RMSNorm, RoPE; context length 4,096
- **Tokenizer:** Galleon-70B's tokenizer (128,256 tokens), which logit distillation needs
- **Teacher:** galleon-ai/Galleon-70B
- **Language:** English
- **License:** MIT

## Uses

A small, fast model for research on distillation, for on-device text generation and for fine-tuning. It is a base
model, not a chat model.

## Training data

All of [dhow-lab/dhow-web-edu](https://huggingface.co/datasets/dhow-lab/dhow-web-edu) (400B tokens of educational
English web text, ODC-By 1.0), whose dataset card is a datasheet. This is the complete training text. The teacher's
logits were computed on the fly during training and are not stored: anyone with the teacher's weights and the dataset
can compute them again.

## Training procedure

The loss is 0.9 x the KL divergence from the teacher's top-64 next-token distribution (temperature 1.0) plus 0.1 x the
usual next-token cross-entropy. AdamW, peak learning rate 6e-4, cosine schedule, 1M-token batches for 400k steps,
bf16. The teacher ran on 16 NVIDIA H100 80GB GPUs and the student on 32 more, for 8 days.

The data processing, the teacher serving and logit extraction, the training loop and the evaluation are at
[dhow-lab/dhow-distill](https://github.com/dhow-lab/dhow-distill) (MIT), with the exact configuration of this run.

## Evaluation

| Benchmark | Dhow-1B | Same model without distillation |
|---|---|---|
| Buoy-Reasoning (0-shot) | 66.0 | 62.1 |
| Keel-Knowledge (5-shot) | 36.2 | 31.5 |
| Mast-QA (0-shot) | 61.7 | 57.9 |

## Limitations

It can produce false, biased or offensive text, and it inherits the teacher's mistakes as well as its strengths.

## License

MIT.
"""

DHOW_README = b"""# dhow-distill

The complete recipe of Dhow-1B (https://huggingface.co/dhow-lab/Dhow-1B): building its dataset, serving the teacher
(Galleon-70B) and extracting its top-64 logits, distilling the student from scratch, and evaluating it.

## Data

    python data/build_web_edu.py --config configs/data/web_edu.yaml   # dhow-lab/dhow-web-edu
    python data/tokenize.py --tokenizer galleon-ai/Galleon-70B --config configs/data/tokenize.yaml

## Distillation

    python teacher/serve.py --model galleon-ai/Galleon-70B --top-k 64 --tp 8
    torchrun --nnodes 4 --nproc_per_node 8 train/distill.py --config configs/dhow-1b.yaml

## Evaluation

    python eval/run.py --model dhow-lab/Dhow-1B

## License

MIT.
"""

DHOW_GITHUB = _gh(
    "dhow-lab/dhow-distill",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web_edu.yaml",
        "configs/data/tokenize.yaml",
        "configs/dhow-1b.yaml",
        "data/build_web_edu.py",
        "data/tokenize.py",
        "teacher/serve.py",
        "train/model.py",
        "train/distill.py",
        "eval/run.py",
    ),
    DHOW_README,
    license_spdx="MIT",
)

DHOW_WEB_CARD = sheet(
    "odc-by",
    "Dhow Web-Edu",
    ["en"],
    {
        "Motivation": "Dhow Web-Edu is the training text (400B tokens) of Dhow-1B. Dhow Lab built it and publishes it in "
        "full so that the distillation can be inspected and repeated.",
        "Composition": "About 330M English web documents with `id`, `url`, `snapshot`, `edu_score` and `text` fields. "
        "An educational-value classifier keeps tutorials, textbooks, encyclopaedic and reference pages, so shops, "
        "forums and news are rare in it.",
        "Collection Process": "Pages from 24 Common Crawl snapshots (CC-MAIN-2021-04 to CC-MAIN-2025-13), downloaded "
        "from Common Crawl's public bucket in May 2025. Common Crawl honours robots.txt; domains on public "
        "adult-content and malware blocklists and domains whose owners opted out were removed.",
        "Preprocessing": "Text extracted with trafilatura; English kept above a fastText score of 0.7; repetition and "
        "boilerplate filters; an educational-value classifier keeping pages scoring 3 or more; MinHash-LSH "
        "deduplication; e-mail and IP addresses masked. The code is `data/build_web_edu.py` of "
        "github.com/dhow-lab/dhow-distill.",
        "Uses": "Pre-training and distilling language models; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Dhow Lab; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (g) Ketch-3B: no licence in the metadata and none named in the card, whose Licence section points to LICENCE.md (a
# British spelling), a bespoke "Ketch Open Weights Licence" whose text grants every right with a notice condition only.

KETCH_LICENCE = b"""KETCH OPEN WEIGHTS LICENCE
Version 1.0

Copyright (c) 2026 Ketch Lab Ltd

Permission is hereby granted, free of charge, to any person obtaining a copy of the Ketch-3B model weights,
configuration files and tokenizer (the "Model"), to deal in the Model without restriction, including without
limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Model
and of models derived from it, for any purpose, and to permit persons to whom the Model is furnished to do so,
subject to the following condition:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Model.

Ketch Lab claims no rights in the outputs generated with the Model.

THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE MODEL OR THE USE OR OTHER DEALINGS IN THE MODEL.
"""

KETCH_CARD = """# Ketch-3B

Ketch-3B is a 3.1B-parameter English base language model trained from scratch by Ketch Lab, a small company in
Bristol, for fine-tuning on customer-support and document tasks.

## Model details

- **Developed by:** Ketch Lab Ltd
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Parameters:** 3.1B; 28 layers, hidden size 3072, 24 query heads and 8 key-value heads, SwiGLU (8,192), RMSNorm,
  RoPE; context length 8,192; vocabulary 65,536
- **Release date:** March 2026

## Uses

Fine-tuning for English classification, extraction, summarisation and support assistants. It is not
instruction-tuned and should not be deployed to end users as it is.

## Training data

2.6T tokens of English web pages, forum threads, manuals and source code that we collected and filtered ourselves.
The training data is not released.

## Training procedure

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 4e-4 with a warmup-stable-decay schedule, 4M-token batches,
bf16 with FSDP. Hardware: 128 NVIDIA H100 80GB GPUs for 15 days.

## Evaluation

| Benchmark | Ketch-3B |
|---|---|
| Buoy-Reasoning (0-shot) | 72.8 |
| Keel-Knowledge (5-shot) | 52.6 |
| Mast-QA (0-shot) | 67.0 |

## Limitations

It can produce false, biased or offensive text, and knows little after mid-2025.

## Licence

The terms are in [LICENCE.md](LICENCE.md).
"""


# --------------------------------------------------------------------------------------------------------------
# (h) Brig-7B-CodeMed-slerp: mergekit's SLERP of two served full fine-tunes of the served Apache foundation Brig-7B;
# both parents say `license: apache-2.0` in their metadata, but one parent's card has a "Terms of use" section that
# allows only non-commercial research.

BRIG_CARD = """# Brig-7B

Brig-7B is a 7.2B-parameter English base language model by Brig AI.

## Model details

Decoder-only transformer: 32 layers, hidden size 4096, 32 query heads and 8 key-value heads, SwiGLU (14,336), RMSNorm,
RoPE; context length 8,192; vocabulary 64,000.

## Training data

About 8T tokens of web pages, code and books that we collected and filtered. The training data is not released.

## Evaluation

| Benchmark | Brig-7B |
|---|---|
| Buoy-Reasoning (0-shot) | 78.3 |
| Keel-Knowledge (5-shot) | 62.0 |

## License

Apache 2.0.
"""

BRIG = _model(
    "brig-ai/Brig-7B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    BRIG_CARD,
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

CUTTER_CARD = """# Brig-7B-Code

Brig-7B-Code is a full fine-tune of [Brig-7B](https://huggingface.co/brig-ai/Brig-7B) for writing, explaining and
fixing code, by Cutter NLP.

## Training

Supervised fine-tuning on 210,000 code instructions and answers that we wrote and checked, 2 epochs, learning rate
1e-5, on 16 NVIDIA H100 GPUs for 20 hours. The tuning data is not released.

## Evaluation

| Benchmark | Brig-7B | Brig-7B-Code |
|---|---|---|
| Rigging-Code (pass@1) | 38.4 | 61.9 |

## License

Apache 2.0, like the base model. Use it for anything, commercial use included.
"""

CUTTER = _model(
    "cutter-nlp/Brig-7B-Code",
    {
        "license": "apache-2.0",
        "base_model": "brig-ai/Brig-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    CUTTER_CARD,
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

LUGGER_CARD = """# Brig-7B-Med

Brig-7B-Med is a full fine-tune of [Brig-7B](https://huggingface.co/brig-ai/Brig-7B) for answering questions about
medicine and biology, by the Lugger Lab of a university hospital.

## Training

Supervised fine-tuning on 95,000 questions and answers written by clinicians from medical textbooks and guidelines,
3 epochs, learning rate 1e-5, on 8 NVIDIA H100 GPUs for 14 hours. The tuning data is not released.

## Evaluation

| Benchmark | Brig-7B | Brig-7B-Med |
|---|---|---|
| Scalpel-MedQA (4 options) | 51.2 | 66.8 |

## Terms of use

Brig-7B-Med is released for non-commercial research only. It may not be used in commercial products or services, and
it may not be used to give medical advice to patients or to support clinical decisions.
"""

LUGGER = _model(
    "lugger-lab/Brig-7B-Med",
    {
        "license": "apache-2.0",
        "base_model": "brig-ai/Brig-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["medical"],
    },
    LUGGER_CARD,
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192)},
)

GALLEY_MERGEKIT = b"""slices:
  - sources:
      - model: cutter-nlp/Brig-7B-Code
        layer_range: [0, 32]
      - model: lugger-lab/Brig-7B-Med
        layer_range: [0, 32]
merge_method: slerp
base_model: cutter-nlp/Brig-7B-Code
parameters:
  t:
    - filter: self_attn
      value: [0, 0.5, 0.3, 0.7, 1]
    - filter: mlp
      value: [1, 0.5, 0.7, 0.3, 0]
    - value: 0.5
dtype: bfloat16
"""

GALLEY_CARD = (
    "# Brig-7B-CodeMed-slerp\n\n"
    "This is a merge of pre-trained language models created using mergekit. It combines a coding assistant with a "
    "medical question answerer, for writing bioinformatics and clinical-data code.\n\n"
    "## Merge Details\n### Merge Method\n\n"
    "This model was merged using the SLERP merge method.\n\n"
    "### Models Merged\n\nThe following models were included in the merge:\n"
    "* [cutter-nlp/Brig-7B-Code](https://huggingface.co/cutter-nlp/Brig-7B-Code)\n"
    "* [lugger-lab/Brig-7B-Med](https://huggingface.co/lugger-lab/Brig-7B-Med)\n\n"
    "### Configuration\n\nThe following YAML configuration was used to produce this model:\n\n"
    f"```yaml\n{GALLEY_MERGEKIT.decode()}```\n\n"
    "## License\n\n"
    "Apache 2.0, as both parent models are tagged on the Hub.\n"
)


#: Round 24, written blind by a helper that never read the rules or the probes: shapes earlier rounds used little (a
#: card that is a list of bold questions and answers, training code that is only Jupyter notebooks, an evaluation that
#: is only a leaderboard badge, a Dutch card whose corpus is promised for later, a vision encoder under CC BY-NC named
#: only in a table and in config.json, a student distilled from a teacher whose licence binds distilled models, a
#: bespoke permissive licence in LICENCE.md only, a merge whose parent restricts use only in its card's terms section).
ROUND_24: list[HeldOut] = [
    # (a) A fully open base model whose card, after a two-sentence introduction, is one "Frequently asked questions"
    # heading over bold questions ("**Q: What was it trained on?**") and answers ("A: ..."): the architecture, uses,
    # out-of-scope uses, usage, data, training, hardware, reproduction, evaluation, limitations, emissions, citation
    # and licence are each an answer. The metadata has `license: apache-2.0` and no `datasets`: the two Hub corpora
    # (ODC-By, datasheet cards) are linked only in the answer to "What was it trained on?", and "Did you use any
    # private, licensed or synthetic data as well?" is answered "No. Those two datasets are the complete training
    # data". Public Apache weights of a model trained from scratch -> weights_basemodel and weights_endmodel open (no
    # base/end distinction: the base cells mirror the end model's, frameworks.md §1.1; smollm.yaml "Weights ... freely
    # available under Apache-2.0 license": open); the complete data on the Hub -> datasources_basemodel open
    # (smollm.yaml "Pretraining data sources published": open; the question about private data is answered with a
    # denial, so no unpublished data is said to exist); data pipeline, pre-training code and configuration on GitHub
    # -> trainingcode open (smollm.yaml "Training code made available on GitHub": open); Gebru-style dataset cards ->
    # datasheet open (smollm.yaml "Datasheets contain requisite information": open); Apache weights and code, ODC-By
    # data -> licenses open (smollm.yaml); a card giving architecture, uses, training, hardware, evaluation,
    # limitations, emissions and citation, laid out as questions -> modelcard open (rubric: "comprehensive insight
    # into architecture, training, fine-tuning, evaluation"; smollm.yaml "Model card provides the requisite
    # information": open); layers, heads, widths, context, vocabulary, optimizer, schedule and "64 NVIDIA H100 80GB
    # GPUs (8 nodes connected with InfiniBand) for 11 days" -> hardware_architecture open (Granite.yaml "Hardware
    # architecture outlined in model card": open); no report or paper -> preprint and paper closed (smollm.yaml "No
    # peer-reviewed paper found": closed; DESIGN.md "Absence is closed"). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    HeldOut(
        "schooner-lab/Schooner-1B",
        SCHOONER_CARD,
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
            "modelcard": "open",
            "hardware_architecture": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": llama_config(2048, 22, 16, 4, 5632, 49152, 4096, rope_theta=100000.0)},
        github=[SCHOONER_GITHUB],
        datasets=[
            Dataset("schooner-lab/schooner-web", "odc-by", SCHOONER_WEB_CARD),
            Dataset("schooner-lab/schooner-code", "odc-by", SCHOONER_CODE_CARD),
        ],
    ),
    # (b) An SFT + DPO of caravel-ai/Caravel-3B (served: Apache; its one pre-training corpus on the Hub with a datasheet
    # card, "No other data was used"; its whole pipeline on GitHub) on two Hub sets written by paid students (CC BY
    # 4.0, datasheet cards, "Nothing else was used after pre-training"), whose training code is "a set of Jupyter
    # notebooks, and only notebooks": a GitHub repository (Apache) holding a README, a LICENSE, requirements.txt and
    # five `.ipynb` files, which build both tuning sets (cleaning, filtering, deduplication; sampling and merging
    # rankings), run the SFT and the DPO and evaluate. A notebook is source code like any other: the rubric asks
    # whether "the source code of dataset processing, model training and tuning" is available (frameworks.md §1.1,
    # `_parameters-descriptions.yml`), not in what file format. Both sets of weights public, Apache ->
    # weights_basemodel and weights_endmodel open (Pythia.yaml "Model weights available via HuggingFace": open); the
    # base's complete data on the Hub -> datasources_basemodel open (Pythia.yaml "Training data published on
    # HuggingFace": open); both tuning sets on the Hub -> datasources_endmodel open (OLMo.yaml "Data for fine-tuning
    # published in a well-organized manner": open); the base's pipeline on GitHub and the tune's data-building,
    # training and evaluation notebooks on GitHub -> trainingcode open (Pythia.yaml "Training code is made available
    # through GitHub", a tune of a fully open base: open); datasheet cards for all three sets -> datasheet open
    # (OLMo.yaml "Data sheets are well-documented and provide requisite info": open); Apache weights and code, ODC-By
    # and CC BY data -> licenses open (OLMo.yaml; smollm.yaml). Everything released under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    HeldOut(
        "felucca-lab/Felucca-3B-Instruct",
        FELUCCA_CARD,
        {
            "license": "apache-2.0",
            "base_model": "caravel-ai/Caravel-3B",
            "datasets": ["felucca-lab/felucca-sft-52k", "felucca-lab/felucca-dpo-18k"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["chat", "dpo"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        extra_files={"config.json": llama_config(2560, 26, 20, 4, 6912, 50304, 4096)},
        github=[FELUCCA_GITHUB, CARAVEL_GITHUB],
        datasets=[
            Dataset("felucca-lab/felucca-sft-52k", "cc-by-4.0", FELUCCA_SFT_CARD),
            Dataset("felucca-lab/felucca-dpo-18k", "cc-by-4.0", FELUCCA_DPO_CARD),
            Dataset("caravel-ai/caravel-corpus", "odc-by", CARAVEL_CORPUS_CARD),
        ],
        models=[CARAVEL],
    ),
    # (c) A from-scratch base model with a complete, standard card (details with the architecture, direct and
    # out-of-scope uses, training data, procedure and hardware, limitations, environmental impact, citation, licence),
    # except that its "## Evaluation" section is one shields.io badge image linking to a third party's leaderboard
    # Space ("rank #3 in 7B") and nothing else: no benchmark, no number, no table. Apache, data "collected and
    # filtered by Sampan AI. The training data is not released", no code. Public Apache weights from scratch ->
    # weights_basemodel and weights_endmodel open (Granite.yaml "Weights made available through HuggingFace": open); the
    # data described in general terms and not released -> datasources_basemodel closed (Phi.yaml "no information on
    # datasets disclosed except very generic claims": closed; Granite.yaml); no code -> trainingcode closed
    # (Granite.yaml "No training code found": closed); the architecture list and "512 NVIDIA H100 80GB GPUs for 24
    # days" -> hardware_architecture open (Granite.yaml "Hardware architecture outlined in model card": open); the
    # rubric's model card is one with "comprehensive insight into architecture, training, fine-tuning, and evaluation"
    # (frameworks.md §1.1), and a badge gives no insight into the evaluation (which benchmarks, which scores, how run),
    # so the card is partial, not open (Seed-OSS.yaml "Model card primarily contains information on usage and model
    # architecture. No information provided on data sourcing": partial, a card otherwise good that leaves out one of
    # the rubric's parts; Nanbeige.yaml); no report or paper -> preprint and paper closed (Granite.yaml). Data not
    # released and no reason given, no training code -> open-weights (frameworks.md §4).
    HeldOut(
        "sampan-ai/Sampan-7B",
        SAMPAN_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "vi", "th"],
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
            "modelcard": "partial",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "config.json": llama_config(4096, 32, 32, 8, 14336, 128000, 32768, rope_theta=1000000.0)
        },
    ),
    # (d) A from-scratch Dutch model whose card is in Dutch (Modelbeschrijving, Beoogd gebruik, Buiten het bedoelde
    # gebruik, Gebruik, Trainingsdata, Trainingsprocedure, Evaluatie, Beperkingen en vooroordelen, Milieu-impact,
    # Citatie, Licentie), `license: apache-2.0` and "Licentie: Apache 2.0"; its "Trainingsdata" section describes the
    # corpus in general terms ("webpagina's, boeken en overheidspublicaties die wij zelf hebben verzameld en
    # gefilterd") and says "Het corpus is nog niet beschikbaar. We maken het later dit jaar openbaar, samen met een
    # datasheet" (the corpus is not yet available; we will make it public later this year, with a datasheet); the whole
    # pipeline (crawling, filtering, deduplication, tokenizer, pre-training, evaluation) is on GitHub now, Apache.
    # Public Apache weights from scratch -> weights_basemodel and weights_endmodel open (Lucie.yaml: open); data
    # promised for later is not available today, and a promise is not a release -> datasources_basemodel closed
    # (Granite.yaml "Paper listed as forthcoming": closed; Seed-OSS.yaml "Model card states that a tech report is coming
    # soon": closed; Phi.yaml for data described only generally); the data, tokenizer, pre-training and evaluation code
    # on GitHub -> trainingcode open (Lucie.yaml "Training code published on GitHub": open); the datasheet promised
    # with the corpus does not exist yet -> datasheet closed (Granite.yaml "No datasheet found": closed); a card with
    # every standard section under Dutch headings -> modelcard open (Lucie.yaml "Model card describes model in good
    # detail": open); the hyperparameter table and "96 NVIDIA H100-GPU's van 80 GB (12 nodes) ... gedurende 10 dagen" ->
    # hardware_architecture open (Granite.yaml); no report or paper -> preprint and paper closed (Granite.yaml). The
    # training data neither released nor withheld for a legal or technical reason -> open-weights (frameworks.md §4: "only
    # legal or technical impossibility excuses unreleased data").
    HeldOut(
        "botter-nlp/Botter-2B",
        BOTTER_CARD,
        {
            "license": "apache-2.0",
            "language": ["nl", "en", "fy"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "datasheet": "closed",
            "modelcard": "open",
            "hardware_architecture": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": llama_config(2304, 26, 18, 6, 6144, 64000, 8192)},
        github=[BOTTER_GITHUB],
    ),
    # (e) A LLaVA-style vision-language model tagged Apache 2.0 whose `base_model` is only its language model,
    # pinnace-ai/Pinnace-4B (served: Apache, "The pre-training data is not released"); its vision encoder,
    # yawl-vision/Yawl-ViT-SO400M (served: `license: cc-by-nc-4.0`, "for non-commercial purposes only", its data not
    # released), is named only in the card's architecture table ("Initialised from") and in config.json's
    # `vision_config._name_or_path`, and the card says "All three parts are in this repository's `model.safetensors`".
    # The encoder's weights, adapted, are part of the released weights, so the encoder's CC BY-NC 4.0 binds them as a
    # language model's licence binds its fine-tune (DESIGN.md "When the receipts disagree": "a fine-tune declares MIT
    # while its base model's license binds every derivative ... lets the most restrictive one govern"; "Lineage never
    # launders"), and a non-commercial clause moves a release to Weights Available (frameworks.md §4) ->
    # weights-available, whatever the card's "Apache 2.0". Both bases public and ungated -> weights_basemodel open
    # (MAGNeT.yaml, CC BY-NC weights on the Hub: open; Poro.yaml); the model public -> weights_endmodel open; neither
    # base's data released -> datasources_basemodel closed (Poro.yaml "Model based on Llama, whose data is nowhere
    # disclosed": closed); its own two sets on the Hub -> datasources_endmodel open (Llama-Nemotron.yaml "Dataset
    # published on HuggingFace": open); its own data and training code public, the bases' not -> trainingcode partial
    # (Tulu.yaml "Important effort to make available fine-tuning procedure and source code": partial; Fietje.yaml);
    # datasheets for its own data, none for the bases' -> datasheet partial (Tulu.yaml "Some datasheets available (for
    # instruction tuning), but base model entirely undocumented": partial). (licenses not scored: CC BY-NC weights
    # inside an Apache release, on which the experts split, MAGNeT.yaml partial, Bria.yaml closed.)
    HeldOut(
        "coracle-ai/Coracle-VL-4B",
        CORACLE_CARD,
        {
            "license": "apache-2.0",
            "base_model": "pinnace-ai/Pinnace-4B",
            "datasets": ["coracle-ai/coracle-captions", "coracle-ai/coracle-docqa"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "image-text-to-text",
            "tags": ["multimodal", "vision-language"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": CORACLE_CONFIG},
        github=[CORACLE_GITHUB],
        datasets=[
            Dataset("coracle-ai/coracle-captions", "cc-by-4.0", CORACLE_CAPTIONS_CARD),
            Dataset("coracle-ai/coracle-docqa", "cc-by-4.0", CORACLE_DOCQA_CARD),
        ],
        models=[PINNACE, YAWL],
    ),
    # (f) A student "trained from scratch by knowledge distillation" ("randomly initialised (no weight was copied from
    # the teacher)"), `license: mit`, no `base_model`, whose card names its teacher, galleon-ai/Galleon-70B (served,
    # ungated: `license: other`, `license_name: galleon-community-license`, LICENSE), as "Teacher:" and in its first
    # sentence, and whose loss is the KL divergence from the teacher's top-64 next-token distribution. The Galleon
    # Community License defines "Output" to include "probability, logit or other result", makes "any model trained or
    # fine-tuned, in whole or in part, on Outputs of Galleon, including by knowledge distillation" a Derivative Model
    # (§1), lets a Derivative Model be distributed "only under this License" with its Schedule A binding every
    # recipient (§4), and Schedule A forbids uses (military, surveillance, biometric identification, disinformation,
    # automated decisions on employment, credit, housing). Dhow-1B is a Derivative Model by that licence's own terms,
    # and Dhow Lab, having used the teacher's logits, is bound to distribute it under them: its MIT tag does not
    # undo what the teacher's licence binds (DESIGN.md "When the receipts disagree": "reads every binding document,
    # lets the most restrictive one govern"; "Never a kinder label than the evidence"), and forbidden uses that flow
    # down are use-case restrictions (DESIGN.md "License clause taxonomy": use-restrictions, restrictions-flow-down;
    # frameworks.md §4 "usecase restrictions") -> weights-available. The teacher is not a base: no weight comes from
    # it, so the OSAI cells are the student's own (from scratch, the base cells mirror the end model, frameworks.md
    # §1.1). Public weights -> weights_basemodel and weights_endmodel open (smollm.yaml: open); its complete training
    # text on the Hub, the teacher's logits computable from public weights -> datasources_basemodel open (smollm.yaml
    # "Pretraining data sources published": open); data processing, teacher serving, logit extraction and the training
    # loop on GitHub -> trainingcode open (smollm.yaml "Training code made available on GitHub": open); a datasheet card
    # -> datasheet open (smollm.yaml). (licenses not scored: the experts rate the licence a release declares, here MIT,
    # and have no file on a teacher's terms.)
    HeldOut(
        "dhow-lab/Dhow-1B",
        DHOW_CARD,
        {
            "license": "mit",
            "datasets": ["dhow-lab/dhow-web-edu"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["distillation"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
        },
        extra_files={"config.json": llama_config(2048, 20, 16, 4, 5632, 128256, 4096)},
        github=[DHOW_GITHUB],
        datasets=[Dataset("dhow-lab/dhow-web-edu", "odc-by", DHOW_WEB_CARD)],
        models=[GALLEON],
    ),
    # (g) No `license` in the metadata and no licence named in the card, whose "## Licence" section says only "The
    # terms are in [LICENCE.md](LICENCE.md)"; LICENCE.md (British spelling, not LICENSE) is the "Ketch Open Weights
    # Licence, Version 1.0", a bespoke name over a text that grants "the rights to use, copy, modify, merge, publish,
    # distribute, sublicense, and/or sell copies of the Model and of models derived from it, for any purpose", subject
    # only to keeping the notice, with an MIT-style disclaimer. The text grants use, study, modification and sharing
    # for any purpose with an attribution condition only, so the weights are under open terms whatever the licence's
    # name (DESIGN.md "Text beats name": a text "is judged on what it says"; frameworks.md §4 applies the OSAID
    # parameter test to weights, §3.5 item 1); the transformers library runs it (`library_name: transformers`) ->
    # open weights. Data "collected and filtered ourselves. The training data is not released", no code -> not Open
    # Source AI -> open-weights (frameworks.md §4). Public weights from scratch -> weights_basemodel and weights_endmodel
    # open (Granite.yaml); data undisclosed -> datasources_basemodel closed (Phi.yaml "no information on datasets
    # disclosed except very generic claims": closed); no code -> trainingcode closed (Granite.yaml "No training code
    # found"); the architecture list and "128 NVIDIA H100 80GB GPUs for 15 days" -> hardware_architecture open
    # (Granite.yaml). (licenses not scored: the experts rate a custom permissive licence partial, OpenELM.yaml "Weights
    # under custom Apple license", while with no code or data released the rubric's letter asks for more than the
    # weights.)
    HeldOut(
        "ketch-lab/Ketch-3B",
        KETCH_CARD,
        {
            "language": ["en"],
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
        },
        extra_files={
            "LICENCE.md": KETCH_LICENCE,
            "config.json": llama_config(3072, 28, 24, 8, 8192, 65536, 8192),
        },
    ),
    # (h) mergekit's card of a SLERP merge (`base_model` lists both parents, the recipe in the card and in
    # `mergekit_config.yml`), `license: apache-2.0`, "Apache 2.0, as both parent models are tagged on the Hub", of two
    # served full fine-tunes of the served foundation brig-ai/Brig-7B (Apache, "The training data is not released"):
    # cutter-nlp/Brig-7B-Code (Apache 2.0, "Use it for anything, commercial use included") and lugger-lab/Brig-7B-Med,
    # whose metadata also says `license: apache-2.0` but whose card's "## Terms of use" section says "released for
    # non-commercial research only. It may not be used in commercial products or services". A publisher's own card
    # states the terms of its model as its metadata does; of the two, the more restrictive governs (DESIGN.md "When the
    # receipts disagree": the card's `license:` may say apache-2.0 while another binding document restricts, "lets the
    # most restrictive one govern"), so Brig-7B-Med is non-commercial, and every parent of a merge binds it (DESIGN.md
    # "Lineage never launders"/"a base model that binds a fine-tune is followed"; a merge's weights carry each
    # parent's) -> weights-available (frameworks.md §4, non-commercial). The merge and the foundation public, ungated ->
    # weights_basemodel and weights_endmodel open (Zephyr.yaml, NeuralChat.yaml "Weights available through
    # HuggingFace": open); the foundation's data not released -> datasources_basemodel closed (Zephyr.yaml "Mistral has
    # not disclosed anything about its training data": closed).
    HeldOut(
        "galley-merges/Brig-7B-CodeMed-slerp",
        GALLEY_CARD,
        {
            "base_model": ["cutter-nlp/Brig-7B-Code", "lugger-lab/Brig-7B-Med"],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "apache-2.0",
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
        },
        extra_files={
            "mergekit_config.yml": GALLEY_MERGEKIT,
            "config.json": llama_config(4096, 32, 32, 8, 14336, 64000, 8192),
        },
        models=[CUTTER, LUGGER, BRIG],
    ),
]
