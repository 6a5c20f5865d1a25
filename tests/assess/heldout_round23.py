# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 23 (`ROUND_23`, 8 releases, written blind by a helper that never read the rules or the
probes): shapes earlier rounds used little. Each release is served by the loopback Hub (with its linked GitHub
repositories, its datasets and the other Hub models it names: a reward model's base, a quantization's original, an
upcycled model's dense base, a LoRA's diffusion base, all from this round) through `test_heldout_releases.py`, with
the label and the key OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4,
`../shared/DESIGN.md` "When the receipts disagree" and "Verdict principles", and the expert files in
`../shared/reference/osai-index/`, cited beside each cell: smollm, OLMo, Pythia, Tulu, Poro, llama-3.1, Lucie,
EuroLLM, GPT-SW, Teuken, Geitje, Fietje, Granite, Phi, Qwen, Bria, SDXL-Lightning, stable-diffusion, Starling). No
real base is used: every model, company, dataset, benchmark and repository is invented; the one real name is a
public training framework (NVIDIA NeMo), named in a card's prose as the publisher's training code.

Earlier rounds had GGUF quantizations (7, 11, 14, 16, 18, 21), LoRA adapters named by adapter_config.json or the
card (4, 8, 11, 14, 16, 22) and a diffusers text-to-image model under an Open RAIL-M text (19), continued
pre-training of a served or known base (11, 16), a card claiming Apache over a LICENSE with use restrictions (3, 6,
10, 18), `license: other` with an off-Hub `license_link` beside a use-policy sentence (14), cards in French,
German, Spanish, Japanese, Korean, Chinese and Arabic (7, 12, 17, 22), papers on arXiv cited in BibTeX (8, 12,
14, 21), a fork of a framework (3, 22) and a card that is one HTML table (22). This round takes the shapes where
they had not gone: an AWQ quantization (safetensors with a `quantization_config`) whose only licence is
`license: other` with a `license_link` into its original's repository; a reward model (a sequence classifier) over
a fully open base; a card that is one long nested bullet list whose licence is only an off-Hub `license_link`; the
metadata more restrictive than the LICENSE file and the card (the reverse of earlier rounds); a Brazilian
Portuguese card whose technical report is linked only by an arXiv badge; training code that is a public framework
named in prose, run unmodified from a configuration file in the model repository; a mixture of experts made from a
dense base by "sparse upcycling" (the words "continued pre-training" never used); and the diffusers DreamBooth LoRA
template, whose `license: openrail++` default sits over an Apache base.

The releases:
- (a) psaltery-lab/Psaltery-RM-7B: a reward model (`LlamaForSequenceClassification`, one scalar score) fine-tuned
  from cittern-lm/Cittern-7B (served; Apache, its two pre-training corpora on the Hub with datasheet cards, its
  pipeline on GitHub), on a Hub preference set (CC BY 4.0, datasheet card) with its training code on GitHub
  (open-source-ai-with-open-data).
- (b) kalimba-quant/Shawm-14B-Instruct-AWQ: a third party's 4-bit AWQ quantization (sharded safetensors, a
  `quantization_config` in config.json) of shawm-ai/Shawm-14B-Instruct (served, ungated), `license: other`,
  `license_name: shawm-model-license` and a `license_link` to the original's LICENSE on the Hub; the Shawm Model
  License forbids using the model or its outputs to train any other language model and binds Derivatives
  (weights-available).
- (c) ocarina-ai/Ocarina-9B: a base model whose whole card is one long nested bullet list (overview, architecture,
  uses, out of scope, data, procedure, hardware, evaluation, limitations, emissions, citation, licence); `license:
  other` with `license_link` to the publisher's website only, no LICENSE in the repository; data not released, no
  code (undetermined: the terms cannot be read).
- (d) dulcimer-nlp/Dulcimer-3B: `license: cc-by-nc-4.0` in the metadata, while the repository's LICENSE is the
  Apache License 2.0 verbatim and the card's License section says Apache 2.0; data not released, no code
  (weights-available: the most restrictive binding statement governs).
- (e) berimbau-ia/Berimbau-2B: a fully open from-scratch Brazilian Portuguese model whose card is in Portuguese
  (Descrição do modelo, Usos previstos, Dados de treinamento, Procedimento de treinamento, Avaliação, Limitações e
  vieses, Impacto ambiental, Citação, Licença), whose technical report is on arXiv and linked only by a badge above
  the first paragraph (the citation is a @misc of the Hub page), two Hub corpora with Portuguese datasheet cards and
  a Portuguese GitHub README (open-source-ai-with-open-data).
- (f) celesta-lab/Celesta-1.5B: trained on two public third-party Hub corpora used unchanged (datasheet cards), with
  "no training code of our own": NVIDIA NeMo, named in prose without a link, run unmodified from `nemo_config.yaml`
  and `tokenize.sh` in the model repository (open-source-ai-with-open-data).
- (g) crumhorn-ai/Crumhorn-8x1B: a sparse mixture of experts "made from Rebec-1B by sparse upcycling" (served; Apache,
  "The training data is not released", no code), then trained for another 400B tokens on two Hub datasets with
  datasheet cards, with its upcycling and training code on GitHub (open-weights; base data, training code and
  datasheet partial).
- (h) koto-studio/erhu-xl-ink-wash-lora: the diffusers DreamBooth LoRA card as the training script writes it (TODO
  placeholders, trigger words, `license: openrail++`), over erhu-labs/Erhu-Diffusion-XL (served, Apache 2.0, its
  images not released) (weights-available: the LoRA's own declared licence is the CreativeML Open RAIL++-M).

First run (before any rule changed, on commit 5a7d038 with no uncommitted edits under `src/`; another session's
untracked `tests/licenses/heldout/round45.py` was in the working tree; pytest cut the reasons short, so their full text
and the cells not scored were read from a throwaway test outside the project that served the same eight cases through
`_serve`, since deleted, which gave the same levels): **3 of 8 right**, labels and cells; **45 of 51 key cells** right.
Right: Psaltery-RM-7B (open-source-ai-with-open-data, "Weights under Apache License 2.0, deployment and training code
under OSI-approved licenses, and every training dataset published under an open license."; the reward model read as a
fine-tune of the served base, both stages' data, code and datasheets open); Shawm-14B-Instruct-AWQ (weights-available,
"The weights are published under the terms in LICENSE (inherited from the base model hf:shawm-ai/Shawm-14B-Instruct),
whose terms are not open source: no training other models (LICENSE line 18: ...); restrictions pass to derivatives
(LICENSE line 21); mandatory branding (LICENSE line 21)"; base data and licences closed); Dulcimer-3B
(weights-available, "The weights are published under Creative Commons Attribution-NonCommercial 4.0 International, whose
terms are not open source: no commercial use (README.md, per the license catalog ...)", with a `license-disagreement`
finding: "The card declares Creative Commons Attribution-NonCommercial 4.0 International (non-commercial) while the
license file reads as Apache License 2.0 (osi-open); the more restrictive of the two governs."). **6 of 8 labels right**
(also Ocarina-9B, undetermined, "The weights are published but their license could not be decided: The terms of the
weights are unknown: the release names ocarina-model-license, but no text of it was found and its terms are not on
record."; Crumhorn-8x1B, open-weights; erhu-xl-ink-wash-lora, weights-available for the template's `license:
openrail++`, "forbidden uses ... restrictions pass to derivatives ... remote control / forced updates (README.md, per
the license catalog)", over its Apache base). No label read more open than the rubric; two read less open (Berimbau-2B,
Celesta-1.5B). One cell read more open (the LoRA template's model card), five less open. The misses:
- Ocarina-9B (a card that is one nested bullet list): label and seven cells right (hardware and architecture open from
  the list's items), but modelcard closed where open was expected ("The model card has none of the standard sections
  (details, uses, training, evaluation...)."): the card's top-level items are bold labels, "**Overview**",
  "**Architecture**", "**Intended uses**", "**Out-of-scope uses**", "**Training data**", "**Training procedure**",
  "**Hardware**", "**Evaluation**", "**Limitations and biases**", "**Environmental impact**", "**How to use**",
  "**Citation**", "**License**", each with its nested items, and none was read as a section.
- Berimbau-2B (Portuguese card, arXiv badge): open-weights where open-source-ai-with-open-data was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but the training data, or a stated
  legal or technical reason why what is withheld cannot be shared (the G7 exception) is missing for Open Source AI.");
  datasources_basemodel partial where open was expected ("The training datasets named (berimbau-ia/berimbau-web-pt,
  berimbau-ia/berimbau-dominio-publico) are public, but the card says the model was also trained on data that is not
  published ('dados privados')."); datasheet partial where open was expected ("The published training datasets have
  dataset cards on the Hub, but the card says part of the training data is not published ('dados privados') and no
  datasheet documents that part."): the sentence is a denial, "Nenhum outro dado foi usado: nem dados sintéticos, nem
  dados privados, nem dados licenciados." (no other data was used: neither synthetic, nor private, nor licensed data),
  as round 12's Korean "비공개 데이터나 합성 데이터는 사용하지 않았습니다" was. The Portuguese headings were read (model card
  open), and so were the hardware ("64 GPUs NVIDIA H100 de 80 GB ... durante 12 dias", hardware and architecture open),
  the Portuguese datasheets as cards of the published sets, and the badge-only arXiv link (preprint open); weights,
  training code, licences and paper right.
- Celesta-1.5B (NeMo named in prose): open-weights where open-source-ai-with-open-data was expected ("The weights and
  deployment code are released under open terms (Apache License 2.0), but complete training code; data-processing code
  are missing for Open Source AI."); trainingcode partial where open was expected ("The card names NeMo, public code that
  pre-trains models (opengauge code catalog), but the model's own training code and configuration are not published
  with the release."): the configuration is published with the release, `nemo_config.yaml` ("the complete
  configuration of the run") and `tokenize.sh` (the exact preprocessing commands) in the model repository, named in the
  card's Training procedure section, and the card says there is no code of the publisher's own and no data processing
  ("used as they are published: we did no filtering, deduplication or selection of our own"); GPT-SW.yaml rates the same
  shape, NeMo as the training code, open. Data, datasheet, licences, hardware and architecture right.
- Crumhorn-8x1B (sparse upcycling): label and four cells right (training code and datasheet partial, both citing the
  base), but datasources_basemodel closed where partial was expected ("Foundation model hf:rebec-ai/Rebec-1B: training
  data rated closed."): the cell rates the dense base alone, not the 400B tokens of the upcycling stage ("trained for
  another 400B tokens" on two Hub datasets, which it reads as fine-tuning data: datasources_endmodel open, "The
  fine-tuning datasets are named, public and openly licensed"); Geitje.yaml rates a base's undisclosed data beside the
  derivative's disclosed pre-training data partial. The phrase "continued pre-training" is not in the card.
- erhu-xl-ink-wash-lora (diffusers DreamBooth LoRA template): label and five cells right, but modelcard **partial**
  where closed was expected ("The model card covers 5 of the 9 standard sections; missing: evaluation,
  environmental-impact, technical-specs, citation."): the template's "Model description" (two sentences naming the base
  and DreamBooth), "Trigger words", "Download model", "Intended uses & limitations" whose "How to use" is "# TODO: add an
  example code snippet" and whose "Limitations and bias" is "[TODO: provide examples of latent issues and potential
  remediations]", and "Training details", "[TODO: describe the data used to train the model]", were counted as
  sections (as round 14's PEFT template with "[More Information Needed]" was before its rule).
Seen but not scored: Psaltery's code documentation, hardware and architecture and model card (7 of 9) open, preprint
and paper closed; the AWQ card's model card partial (3 of 9), hardware and architecture partial ("Only the architecture
is documented"), training code closed ("the release links no code repository"); Ocarina's licences unknown ("No license
could be identified for the weights, code or data."), datasheet closed; Dulcimer's model card partial (5 of 9),
hardware and architecture open, licences closed ("weights closed; data unknown"); Berimbau's code documentation partial
and datasources_endmodel partial (the same 'dados privados'); Celesta's code documentation closed ("the release links
no code repository"), model card open (8 of 9), preprint and paper closed; Crumhorn's licences open, model card partial
(3 of 9: "How it was made", "Training data", "Evaluation", "Limitations" and "License" under its own words), hardware and
architecture partial (the card's "64 NVIDIA H100 80GB GPUs for 6 days" sits in "How it was made"); the LoRA's training
code, hardware and architecture, preprint, paper and datasheet closed. No expectation was changed after the run.

What changed (general rules; tests in `tests/probes/test_release_round23_rules.py`): a card written as one nested list
has the sections its top-level bold items name (Ocarina's model card now open); a denial in French, German, Spanish,
Portuguese or Italian ("nem dados privados") denies the private data (Berimbau's data now open, the label
open-source-ai-with-open-data); a generated template's TODO placeholders, bare code fences, subsection headings and
the diffusers LoRA scripts' stock sentences say nothing (the LoRA template's model card now closed); a public
pre-training code base named in the card, with the run's configuration kept in the model repository, is open training
code, a data-preparation script there open data-processing code, and code kept in the model repository is under its
licence (Celesta now open-source-ai-with-open-data); and the Open Source AI label names an unreadable code licence
among what it lacks (it said "but  are missing" with an empty list when no code licence was read). 7 of 8 pass;
Crumhorn-8x1B stays a `DISAGREEMENT` (the upcycling stage's data and the base-model cell).
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
from tests.assess.heldout_round18 import APACHE_2_0
from tests.servers import GitHubRepo, HubFile, HubRepo, fake_sha


@dataclass
class _Layout(HeldOut):
    """A release whose Hub repository has its own weight files (sharded AWQ safetensors, a LoRA's
    `pytorch_lora_weights.safetensors`): the default root `model.safetensors` is left out, and so is the default
    `config.json` unless `extra_files` or `files` give one; `files` are added as they are."""

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


def _model(
    repo_id: str,
    card_data: dict,
    body: str,
    files: dict[str, bytes | None] | None = None,
    *,
    weights: bool = True,
) -> HubRepo:
    """Another Hub model a release names (a base, a quantization's original), served with its card, its weights
    (a root `model.safetensors` unless `weights` is False) and `files` (None: listed, not served)."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    served = {"README.md": HubFile("README.md", f"---\n{front}---\n\n{body}".encode())}
    if weights:
        served["model.safetensors"] = WEIGHTS
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
) -> GitHubRepo:
    """A GitHub repository (`heldout_releases._github`), with the text of its licence file when given."""
    repo = _github(full_name, tree, readme=readme, license_spdx=license_spdx)
    repo.license_text = license_text
    return repo


def _llama_config(
    hidden: int, layers: int, heads: int, kv_heads: int, intermediate: int, vocab: int, context: int
) -> bytes:
    return llama_config(hidden, layers, heads, kv_heads, intermediate, vocab, context)


# --------------------------------------------------------------------------------------------------------------
# (a) Psaltery-RM-7B: a reward model (a sequence classifier with one output) fine-tuned from a fully open base,
# Cittern-7B, served with its two corpora and its pipeline.

CITTERN_CARD = """# Cittern-7B

Cittern-7B is a 7.1B-parameter English base language model trained from scratch by Cittern LM, a non-profit research
lab, and released with everything needed to study and repeat its training: weights, data, code and configuration.

## Model details

- **Developer:** Cittern LM
- **Architecture:** decoder-only transformer, 32 layers, hidden size 4096, 32 query heads and 8 key-value heads,
  SwiGLU (11,008), RMSNorm, RoPE (theta 500,000); context length 4,096; vocabulary 50,304 (BPE)
- **Training tokens:** 3.0T
- **Release:** January 2026

## Uses

A base model for research and for fine-tuning (chat, classification, reward models). It is not instruction-tuned
and should not be put in front of end users as it is.

## Training data

The complete pre-training data is two datasets we publish on the Hub, used in full:

- [cittern-lm/cittern-web](https://huggingface.co/datasets/cittern-lm/cittern-web): 2.5T tokens of filtered English
  web pages (ODC-By 1.0)
- [cittern-lm/cittern-code](https://huggingface.co/datasets/cittern-lm/cittern-code): 0.5T tokens of permissively
  licensed source code (ODC-By 1.0)

No other data was used. Each dataset card is a datasheet.

## Training

The data pipeline, the pre-training code and the exact configuration of this checkpoint are in
[cittern-lm/cittern-train](https://github.com/cittern-lm/cittern-train) (Apache 2.0). AdamW, peak learning rate 3e-4,
cosine schedule, 4M-token batches, 715k steps, bf16, FSDP. Hardware: 256 NVIDIA H100 80GB GPUs for 21 days.

## Evaluation

| Benchmark | Cittern-7B |
|---|---|
| Sloe-Knowledge (5-shot) | 58.2 |
| Bramble-Reasoning (0-shot) | 77.9 |
| Quince-QA (0-shot) | 71.4 |

## Limitations

It can produce false, biased or offensive text and knows little after its data cutoff (March 2025).

## Citation

```bibtex
@misc{cittern2026,
  title  = {Cittern-7B},
  author = {{Cittern LM}},
  year   = {2026},
  url    = {https://huggingface.co/cittern-lm/Cittern-7B}
}
```

## License

Apache 2.0 for the weights and the code; the datasets are ODC-By 1.0.
"""

CITTERN = _model(
    "cittern-lm/Cittern-7B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "datasets": ["cittern-lm/cittern-web", "cittern-lm/cittern-code"],
    },
    CITTERN_CARD,
    {"config.json": _llama_config(4096, 32, 32, 8, 11008, 50304, 4096)},
)

CITTERN_README = b"""# cittern-train

The complete pipeline of Cittern-7B (https://huggingface.co/cittern-lm/Cittern-7B): building its two datasets from
the raw sources, tokenization, pre-training and evaluation.

## Data

    python -m cittern.data.web_extract --snapshots configs/data/snapshots.txt   # Common Crawl extraction
    python -m cittern.data.web_filter --config configs/data/web.yaml            # language, quality, PII
    python -m cittern.data.code_select --config configs/data/code.yaml          # licence filter, PII, dedup
    python -m cittern.data.dedup --config configs/data/dedup.yaml               # MinHash-LSH
    python -m cittern.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 -m cittern.train --config configs/cittern-7b.yaml

`configs/cittern-7b.yaml` is the exact configuration of the released checkpoint.

## Evaluation

    python -m cittern.eval --model cittern-lm/Cittern-7B

## License

Apache 2.0.
"""

CITTERN_GITHUB = _gh(
    "cittern-lm/cittern-train",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/snapshots.txt",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/cittern-7b.yaml",
        "cittern/model.py",
        "cittern/train.py",
        "cittern/data/web_extract.py",
        "cittern/data/web_filter.py",
        "cittern/data/code_select.py",
        "cittern/data/dedup.py",
        "cittern/data/tokenize.py",
        "cittern/eval/__main__.py",
    ),
    readme=CITTERN_README,
)

CITTERN_WEB_CARD = sheet(
    "odc-by",
    "Cittern Web",
    ["en"],
    {
        "Motivation": "Cittern Web is the web part (2.5T tokens) of the pre-training data of Cittern-7B. Cittern LM "
        "built it and publishes it in full so that anyone can inspect what the model learned from and repeat its "
        "training; it was made on donated compute and holds no data of users or customers.",
        "Composition": "About 2.1B English web documents with `id`, `url`, `snapshot`, `quality` and `text`. A "
        "quality classifier favours explanatory and reference pages, so shops, forums and news are under-represented "
        "compared with the web as a whole.",
        "Collection Process": "Pages from the 45 Common Crawl snapshots listed in `configs/data/snapshots.txt` "
        "(CC-MAIN-2018-05 to CC-MAIN-2025-13), downloaded from Common Crawl's public bucket in spring 2025. Common "
        "Crawl honours robots.txt; we also removed domains on public adult-content and malware blocklists and the "
        "domains of site owners who opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.7; "
        "repetition, line-length and boilerplate filters; a quality classifier keeping the top 20%; MinHash-LSH "
        "deduplication across snapshots; e-mail addresses, phone numbers and IP addresses masked. The code is "
        "`cittern/data/web_extract.py`, `web_filter.py` and `dedup.py` of github.com/cittern-lm/cittern-train.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or "
        "profile people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms "
        "of use.",
        "Maintenance": "Maintained by Cittern LM; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

CITTERN_CODE_CARD = sheet(
    "odc-by",
    "Cittern Code",
    ["code"],
    {
        "Motivation": "Cittern Code is the code part (0.5T tokens) of the pre-training data of Cittern-7B, published "
        "so that every file the model learned from can be traced back to its repository and its licence checked.",
        "Composition": "About 520M source files in 35 programming languages, each with repository, path, commit, "
        "detected licence (an SPDX id), language and text; Python, JavaScript, Java, C and C++ are 68% of it.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned between October and "
        "December 2024. Only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC "
        "were kept, after removing the repositories whose owners opted out through our form.",
        "Preprocessing": "Generated, minified and vendored files removed by path and content rules; files over 1MB "
        "dropped; exact and near-duplicate files removed with MinHash-LSH; secrets, keys and e-mail addresses "
        "masked. The code is `cittern/data/code_select.py` and `dedup.py` of github.com/cittern-lm/cittern-train.",
        "Uses": "Training and evaluating code models. Each file keeps its own licence, which the `license` column "
        "gives.",
        "Distribution": "On the Hugging Face Hub; the compilation is under ODC-By 1.0 and each file under its own "
        "permissive licence.",
        "Maintenance": "Maintained by Cittern LM; opt-out requests are applied in the next release.",
    },
)

PSALTERY_CARD = """# Psaltery-RM-7B

Psaltery-RM-7B is a reward model: given a conversation and a candidate assistant response, it returns one scalar
score of how helpful, honest and harmless the response is. It is meant for RLHF (PPO, GRPO), best-of-n sampling and
rejection sampling, and for filtering synthetic data. It was fine-tuned from the fully open base model
[Cittern-7B](https://huggingface.co/cittern-lm/Cittern-7B).

## Model details

- **Developed by:** Psaltery Lab
- **Model type:** reward model, a transformer with a linear value head on the last token
  (`LlamaForSequenceClassification`, `num_labels: 1`)
- **Fine-tuned from:** cittern-lm/Cittern-7B (all its weights, data and code are public)
- **Language:** English
- **License:** Apache 2.0

## Uses

Scoring responses during reinforcement learning from human feedback, ranking n samples, and filtering generated
data. Its scores are relative: compare responses to the same prompt, do not read them as probabilities.

Out of scope: judging people or their writing, and any decision about a person.

## How to use

```python
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

tok = AutoTokenizer.from_pretrained("psaltery-lab/Psaltery-RM-7B")
rm = AutoModelForSequenceClassification.from_pretrained("psaltery-lab/Psaltery-RM-7B", torch_dtype=torch.bfloat16)
chat = [{"role": "user", "content": "How do I boil an egg?"}, {"role": "assistant", "content": "Place it in boiling water for 8 minutes."}]
ids = tok.apply_chat_template(chat, return_tensors="pt")
print(rm(ids).logits[0, 0].item())
```

## Training data

[psaltery-lab/psaltery-prefs-120k](https://huggingface.co/datasets/psaltery-lab/psaltery-prefs-120k) (CC BY 4.0):
120,000 preference pairs. The prompts were written by 85 annotators we paid for the work; the responses were
sampled from Cittern-7B with few-shot chat prompts at four temperatures; each pair was ranked by two annotators
following our published guidelines. It is all of the reward-model training data; its dataset card is a datasheet.

## Training procedure

Bradley-Terry pairwise loss on the value head and all weights, 1 epoch, learning rate 1e-5 (cosine, 3% warmup),
batch size 256 pairs, maximum length 4,096, bf16 with FSDP, on 16 NVIDIA H100 80GB GPUs for 14 hours. The sampling,
annotation-interface, filtering, training and evaluation code is at
[psaltery-lab/psaltery-rm](https://github.com/psaltery-lab/psaltery-rm) (Apache 2.0), with the exact configuration
of this checkpoint.

## Evaluation

| Rebec-RewardBench subset | Accuracy |
|---|---|
| Chat | 91.3 |
| Chat (hard) | 68.9 |
| Safety | 84.1 |
| Reasoning | 79.5 |

## Limitations

The model prefers longer responses more than the annotators did, and it was trained on English only. Like any
reward model it can be exploited by a policy that finds responses it over-scores; monitor reward hacking.

## Citation

```bibtex
@misc{psaltery2026,
  title  = {Psaltery-RM-7B: an open reward model on an open base},
  author = {{Psaltery Lab}},
  year   = {2026},
  url    = {https://huggingface.co/psaltery-lab/Psaltery-RM-7B}
}
```

## License

The weights and the code are released under the Apache License 2.0; the preference data under CC BY 4.0.
"""

PSALTERY_CONFIG = _json(
    {
        "architectures": ["LlamaForSequenceClassification"],
        "model_type": "llama",
        "hidden_size": 4096,
        "num_hidden_layers": 32,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "intermediate_size": 11008,
        "vocab_size": 50304,
        "max_position_embeddings": 4096,
        "num_labels": 1,
        "id2label": {"0": "LABEL_0"},
        "pad_token_id": 1,
        "torch_dtype": "bfloat16",
    }
)

PSALTERY_README = b"""# psaltery-rm

Code for Psaltery-RM-7B (https://huggingface.co/psaltery-lab/Psaltery-RM-7B), a reward model fine-tuned from
Cittern-7B.

## Building the preference data

    python data/sample_responses.py --model cittern-lm/Cittern-7B --prompts data/prompts.jsonl --temperatures 0.3 0.7 1.0 1.2
    python data/annotation_app.py          # the interface our annotators used (guidelines in docs/guidelines.md)
    python data/aggregate.py --min-agreement 2 --out data/psaltery-prefs-120k/

## Training

    accelerate launch train/train_rm.py --config configs/psaltery-rm-7b.yaml

## Evaluation

    python eval/reward_bench.py --model psaltery-lab/Psaltery-RM-7B

## License

Apache 2.0.
"""

PSALTERY_GITHUB = _gh(
    "psaltery-lab/psaltery-rm",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "docs/guidelines.md",
        "data/prompts.jsonl",
        "data/sample_responses.py",
        "data/annotation_app.py",
        "data/aggregate.py",
        "configs/psaltery-rm-7b.yaml",
        "train/train_rm.py",
        "train/bradley_terry.py",
        "eval/reward_bench.py",
    ),
    readme=PSALTERY_README,
)

PSALTERY_PREFS_CARD = sheet(
    "cc-by-4.0",
    "Psaltery Preferences 120k",
    ["en"],
    {
        "Motivation": "Psaltery Preferences 120k was made by Psaltery Lab to train and evaluate an open reward model "
        "whose whole lineage (base model, preference data, code) is public, so that the preferences a policy is "
        "optimised towards can be inspected.",
        "Composition": "120,000 pairs, each with a prompt (single or multi-turn), two responses, the preferred one, "
        "both annotators' rankings and a category (general chat 48%, reasoning and mathematics 22%, coding 14%, "
        "safety-relevant requests 16%).",
        "Collection Process": "The prompts were written between June and September 2025 by 85 annotators recruited "
        "through an annotation co-operative and paid an hourly rate agreed with it; no user logs were used. Four "
        "responses per prompt were sampled from Cittern-7B with few-shot chat prompts at temperatures 0.3, 0.7, 1.0 "
        "and 1.2, and two annotators ranked each pair following docs/guidelines.md of github.com/psaltery-lab/psaltery-rm.",
        "Preprocessing": "Pairs on which the two annotators disagreed were sent to a third and dropped without a "
        "majority (11%); pairs whose responses were identical or both empty were removed; names and contact "
        "details that annotators invented in prompts were replaced by placeholders. The code is `data/aggregate.py` "
        "of github.com/psaltery-lab/psaltery-rm.",
        "Uses": "Training and evaluating reward models and preference-optimisation methods. The preferences are those "
        "of 85 English-speaking annotators and should not be taken as universal.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Psaltery Lab; errors reported in the discussion tab are fixed in the next "
        "release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (b) Shawm-14B-Instruct-AWQ: a third party's AWQ quantization whose licence is only `license: other` with a
# `license_link` into the original's repository, whose LICENSE forbids training other models with the model or its
# outputs.

SHAWM_LICENSE = b"""SHAWM MODEL LICENSE
Version 1.0, 12 February 2026

1. Definitions.

"Shawm Materials" means the Shawm models, their weights, configuration, tokenizer, inference code and documentation
made available by Shawm AI GmbH ("Shawm") under this License.

"Derivative" means any modification of the Shawm Materials and any model or set of weights derived from them,
including fine-tuned, merged, distilled and quantized versions.

"Output" means any text, code or other content generated by the Shawm Materials or by a Derivative.

2. Grant. Subject to this License, Shawm grants you a worldwide, non-exclusive, royalty-free license to use,
reproduce, modify, distribute and create Derivatives of the Shawm Materials, for commercial or non-commercial
purposes.

3. Restrictions. You shall not use the Shawm Materials, any Derivative or any Output to create, train, fine-tune,
distil or otherwise improve any large language model other than the Shawm Materials and their Derivatives.

4. Redistribution. If you distribute the Shawm Materials or any Derivative, you shall (a) give every recipient a
copy of this License, (b) distribute the Derivative under this License, so that Section 3 binds every recipient,
and (c) state "Built with Shawm" in the documentation of the Derivative.

5. Disclaimer of Warranty. THE SHAWM MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING WITHOUT LIMITATION THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NON-INFRINGEMENT.

6. Limitation of Liability. IN NO EVENT SHALL SHAWM BE LIABLE FOR ANY DAMAGES ARISING OUT OF THIS LICENSE OR THE USE
OF THE SHAWM MATERIALS, EXCEPT WHERE SUCH LIMITATION IS PROHIBITED BY APPLICABLE LAW.

7. Termination. This License terminates automatically if you breach it; upon termination you shall stop using and
distributing the Shawm Materials and all Derivatives.

8. Governing Law. This License is governed by the laws of Germany; the courts of Munich have exclusive jurisdiction.
"""

SHAWM_CARD = """# Shawm-14B-Instruct

Shawm-14B-Instruct is a 14.2B-parameter instruction-tuned language model by Shawm AI for chat, tool use and long
documents in English, German, French and Italian.

## Model details

- **Developer:** Shawm AI GmbH, Munich
- **Architecture:** decoder-only transformer, 48 layers, hidden size 5120, 40 query heads and 8 key-value heads,
  SwiGLU (13,824), RMSNorm, RoPE; context length 65,536 tokens; vocabulary 131,072
- **Release date:** February 2026
- **License:** [Shawm Model License](LICENSE)

## Training data

Shawm-14B-Instruct was pre-trained on about 15T tokens of publicly available, licensed and synthetic data and
post-trained on instruction and preference data written or generated by Shawm AI. The training data is not released.

## Hardware

Pre-training ran on 3,072 NVIDIA H100 GPUs for 37 days.

## Evaluation

| Benchmark | Shawm-14B-Instruct |
|---|---|
| Sloe-Knowledge (5-shot) | 76.0 |
| Quince-Instruct | 81.3 |
| Medlar-Code (pass@1) | 68.8 |

## License

Shawm-14B-Instruct and every Derivative of it are subject to the Shawm Model License ([LICENSE](LICENSE)).
"""

SHAWM = _model(
    "shawm-ai/Shawm-14B-Instruct",
    {
        "license": "other",
        "license_name": "shawm-model-license",
        "license_link": "LICENSE",
        "language": ["en", "de", "fr", "it"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    SHAWM_CARD,
    {"LICENSE": SHAWM_LICENSE, "config.json": _llama_config(5120, 48, 40, 8, 13824, 131072, 65536)},
)

KALIMBA_CARD = """# Shawm-14B-Instruct AWQ

- Model creator: [Shawm AI](https://huggingface.co/shawm-ai)
- Original model: [Shawm-14B-Instruct](https://huggingface.co/shawm-ai/Shawm-14B-Instruct)

## Description

This repo contains AWQ model files for Shawm AI's Shawm-14B-Instruct: 4-bit weights, group size 128, zero point,
GEMM kernels, made with AutoAWQ 0.2.7. They need about 9.9 GB of GPU memory instead of 29.6 GB for the original
bf16 weights, with a small loss of quality (table below).

## How to use

### vLLM

```shell
vllm serve kalimba-quant/Shawm-14B-Instruct-AWQ --quantization awq --max-model-len 32768
```

### Transformers

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("kalimba-quant/Shawm-14B-Instruct-AWQ")
model = AutoModelForCausalLM.from_pretrained("kalimba-quant/Shawm-14B-Instruct-AWQ", device_map="auto")
```

## Provided files

| File | Size |
|---|---|
| model-00001-of-00002.safetensors | 5.0 GB |
| model-00002-of-00002.safetensors | 4.9 GB |

## Quality

| Benchmark | Original (bf16) | AWQ 4-bit |
|---|---|---|
| Sloe-Knowledge (5-shot) | 76.0 | 75.2 |
| Quince-Instruct | 81.3 | 80.6 |

## License

These files are a quantized version of Shawm-14B-Instruct and are distributed under the original model's licence, the
Shawm Model License: see [LICENSE](https://huggingface.co/shawm-ai/Shawm-14B-Instruct/blob/main/LICENSE) in the
original repository.

Built with Shawm.
"""

KALIMBA_CONFIG = _json(
    {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": 5120,
        "num_hidden_layers": 48,
        "num_attention_heads": 40,
        "num_key_value_heads": 8,
        "intermediate_size": 13824,
        "vocab_size": 131072,
        "max_position_embeddings": 65536,
        "torch_dtype": "float16",
        "quantization_config": {
            "quant_method": "awq",
            "bits": 4,
            "group_size": 128,
            "zero_point": True,
            "version": "gemm",
            "modules_to_not_convert": None,
        },
    }
)

KALIMBA_FILES = [
    _lfs("model-00001-of-00002.safetensors", 4_998_000_000),
    _lfs("model-00002-of-00002.safetensors", 4_912_000_000),
    HubFile(
        "model.safetensors.index.json",
        _json(
            {
                "metadata": {"total_size": 9_910_000_000},
                "weight_map": {"lm_head.weight": "model-00002-of-00002.safetensors"},
            }
        ),
    ),
    HubFile("config.json", KALIMBA_CONFIG),
    HubFile("generation_config.json", b'{"do_sample": true, "temperature": 0.7, "top_p": 0.9}'),
    HubFile("tokenizer.json", b'{"version": "1.0", "model": {"type": "BPE"}}'),
    HubFile("tokenizer_config.json", b'{"model_max_length": 65536, "chat_template": "{{ messages }}"}'),
]


# --------------------------------------------------------------------------------------------------------------
# (c) Ocarina-9B: the whole card is one long nested bullet list; the licence is `license: other` with a
# `license_link` to the publisher's website only.

OCARINA_CARD = """# Ocarina-9B

- **Overview**
  - Ocarina-9B is a 9.1B-parameter pre-trained base language model for English, Japanese, Korean and Chinese,
    developed by Ocarina AI K.K. (Osaka).
  - It is a base model: it continues text and has not been instruction-tuned or safety-tuned.
  - Released in May 2026.
- **Architecture**
  - Decoder-only transformer with 40 layers, hidden size 3584, 28 query heads and 4 key-value heads
    (grouped-query attention), SwiGLU feed-forward blocks (18,944), RMSNorm and rotary position embeddings
    (theta 1,000,000).
  - Context length 32,768 tokens; byte-level BPE vocabulary of 152,064 tokens.
- **Intended uses**
  - Research on multilingual language models.
  - Fine-tuning for assistants, summarisation, translation between the four languages, classification and
    retrieval-augmented generation.
- **Out-of-scope uses**
  - Deployment to end users without further tuning and safety evaluation.
  - Decisions about people (hiring, credit, housing, medical or legal advice).
  - Languages other than the four above, in which its output is poor.
- **Training data**
  - 11.4T tokens: web pages (68%), source code (14%), books and academic papers (10%), and news and reference works
    licensed from publishers (8%).
  - The web and code data were collected by Ocarina AI's own crawler and filtered with language, quality,
    deduplication and personal-data rules; the licensed part comes from agreements with Japanese and Korean
    publishers.
  - The training data is not released.
- **Training procedure**
  - AdamW (beta2 0.95, weight decay 0.1), peak learning rate 2.5e-4, warmup-stable-decay schedule.
  - 8M-token batches for 1.36M steps, then a 500B-token annealing stage on higher-quality data and a long-context
    stage from 8,192 to 32,768 tokens.
  - bf16 with FSDP and tensor parallelism of 2.
- **Hardware**
  - 1,024 NVIDIA H100 80GB GPUs (128 nodes, InfiniBand NDR) for 41 days: about 1.0M GPU hours.
- **Evaluation** (base model, few-shot)
  - Sloe-Knowledge (5-shot): 71.2
  - Bramble-Reasoning (0-shot): 80.4
  - Quince-Math (4-shot): 52.7
  - Medlar-Code (pass@1): 48.1
  - Shamisen-JA (Japanese reading comprehension, 3-shot): 83.5
  - Gayageum-KO (Korean knowledge, 5-shot): 64.9
- **Limitations and biases**
  - It can produce false, biased or offensive text and knows nothing after December 2025.
  - Its Chinese is weaker than its Japanese and Korean; its knowledge of regional varieties and dialects is thin.
- **Environmental impact**
  - About 1.0M H100 GPU hours in a datacentre in western Japan; we estimate 310 tCO2eq (location-based).
- **How to use**
  - `AutoModelForCausalLM.from_pretrained("ocarina-ai/Ocarina-9B", torch_dtype="auto")` with transformers 4.48 or
    later.
- **Citation**
  - `@misc{ocarina2026, title={Ocarina-9B}, author={{Ocarina AI}}, year={2026}, url={https://huggingface.co/ocarina-ai/Ocarina-9B}}`
- **License**
  - Ocarina Model License: https://ocarina.example/legal/model-license
- **Contact**
  - models@ocarina.example
"""


# --------------------------------------------------------------------------------------------------------------
# (d) Dulcimer-3B: the metadata says CC BY-NC 4.0; the repository's LICENSE is the Apache License 2.0 verbatim and
# the card's License section says Apache 2.0.

DULCIMER_CARD = """# Dulcimer-3B

Dulcimer-3B is a 3.2B-parameter English base language model trained from scratch by Dulcimer NLP, a small research
company in Edinburgh, as a strong, cheap starting point for fine-tuning.

## Model Details

- **Developed by:** Dulcimer NLP Ltd
- **Model type:** decoder-only transformer (pre-trained base, not instruction-tuned)
- **Language:** English
- **Parameters:** 3.2B; 28 layers, hidden size 3072, 24 query heads and 8 key-value heads, SwiGLU (8,192), RMSNorm,
  RoPE; context length 8,192; vocabulary 65,536
- **Release date:** March 2026

## Uses

Research, and fine-tuning for English tasks: classification, extraction, summarisation and domain assistants. It is
not instruction-tuned and should not be deployed to end users as it is.

## Training Data

2.2T tokens of English web pages, source code and academic text that we collected and filtered ourselves. The
training data is not released.

## Training Procedure

AdamW (beta2 0.95, weight decay 0.1), peak learning rate 4e-4 with a warmup-stable-decay schedule, 4M-token
batches, bf16 with FSDP. Hardware: 128 NVIDIA H100 80GB GPUs for 12 days.

## Evaluation

| Benchmark | Dulcimer-3B |
|---|---|
| Sloe-Knowledge (5-shot) | 55.9 |
| Bramble-Reasoning (0-shot) | 74.0 |
| Quince-QA (0-shot) | 69.3 |

## Limitations

It can produce false, biased or offensive text, and knows little after mid-2025.

## License

Dulcimer-3B is released under the Apache License 2.0; see [LICENSE](LICENSE).
"""


# --------------------------------------------------------------------------------------------------------------
# (e) Berimbau-2B: a fully open Brazilian Portuguese model with a card in Portuguese, whose technical report on
# arXiv is linked only by a badge.

BERIMBAU_CARD = """# Berimbau-2B

[![arXiv](https://img.shields.io/badge/arXiv-2608.01472-b31b1b.svg)](https://arxiv.org/abs/2608.01472)
[![GitHub](https://img.shields.io/badge/GitHub-berimbau--treino-181717.svg)](https://github.com/berimbau-ia/berimbau-treino)

O Berimbau-2B é um modelo de linguagem de base com 2,1 bilhões de parâmetros, treinado do zero pelo Berimbau IA, um grupo de pesquisa independente sediado em Salvador. Ele foi feito para o português brasileiro, com uma parte de inglês, e para servir de ponto de partida para modelos especializados. Os pesos, os dados de treinamento e todo o código são públicos.

## Descrição do modelo

- **Desenvolvido por:** Berimbau IA
- **Tipo de modelo:** transformador somente decodificador (modelo de base, sem ajuste para diálogo)
- **Idiomas:** português do Brasil (85% dos tokens) e inglês (15%)
- **Data de lançamento:** abril de 2026

| Hiperparâmetro | Valor |
|---|---|
| Parâmetros | 2,1 bilhões |
| Camadas | 24 |
| Dimensão oculta | 2560 (MLP SwiGLU de 6912) |
| Cabeças de atenção | 20 de consulta, 4 de chave e valor (atenção agrupada) |
| Normalização | RMSNorm (pré-normalização) |
| Posições | RoPE (θ = 500.000) |
| Contexto | 8192 tokens |
| Vocabulário | 64.000 tokens (BPE treinado nos dados de treinamento) |

## Usos previstos

O Berimbau-2B é um modelo de base: ele continua textos. Destina-se à pesquisa sobre modelos de linguagem em português e ao ajuste fino para tarefas específicas (resumo, classificação, extração de informação, assistentes especializados).

### Usos fora do escopo

O modelo não recebeu nenhum alinhamento nem filtragem de segurança: não deve ser colocado diante do público tal como está, nem usado para tomar decisões sobre pessoas.

## Como usar

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("berimbau-ia/Berimbau-2B")
model = AutoModelForCausalLM.from_pretrained("berimbau-ia/Berimbau-2B", torch_dtype="auto")
inputs = tok("A Baía de Todos os Santos é", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Dados de treinamento

O Berimbau-2B foi treinado com 1,6 trilhão de tokens de dois conjuntos de dados que publicamos na íntegra no Hugging Face Hub:

| Conjunto | Tokens | Parcela | Licença |
|---|---|---|---|
| [berimbau-ia/berimbau-web-pt](https://huggingface.co/datasets/berimbau-ia/berimbau-web-pt): páginas web em português e inglês filtradas | 1,35 T | 84% | ODC-By 1.0 |
| [berimbau-ia/berimbau-dominio-publico](https://huggingface.co/datasets/berimbau-ia/berimbau-dominio-publico): livros, jornais antigos e textos legislativos em domínio público | 0,25 T | 16% | CC0 1.0 |

Esses dois conjuntos são a totalidade dos dados de treinamento. Nenhum outro dado foi usado: nem dados sintéticos, nem dados privados, nem dados licenciados. O cartão de cada conjunto é uma ficha técnica (datasheet) completa.

## Procedimento de treinamento

Todo o código está publicado sob a licença Apache 2.0 em [berimbau-ia/berimbau-treino](https://github.com/berimbau-ia/berimbau-treino): extração, filtragem e deduplicação dos dois conjuntos, treinamento do tokenizador, pré-treinamento e avaliação. A configuração exata deste modelo é `configs/berimbau-2b.yaml`.

- Otimizador AdamW (β2 = 0,95, decaimento de pesos 0,1), taxa de aprendizado máxima de 5e-4, cronograma "warmup-stable-decay"
- Lotes de 2 milhões de tokens, 800.000 passos, precisão bf16, FSDP
- Hardware: 64 GPUs NVIDIA H100 de 80 GB (8 nós) do supercomputador acadêmico Ilê, durante 12 dias

## Avaliação

| Tarefa | Berimbau-2B |
|---|---|
| Leitura-QA-pt (F1) | 68,9 |
| Raciocínio-Escolar-pt | 51,4 |
| Saberes-ENEM (5-shot) | 47,2 |
| Bramble-Reasoning (en) | 58,6 |

## Limitações e vieses

O Berimbau-2B produz textos fluentes que podem estar errados; seu conhecimento termina no fim de 2025. A web em português sobrerrepresenta o Sudeste do Brasil em relação às outras regiões e aos outros países lusófonos, e o modelo reproduz os estereótipos dessas fontes.

## Impacto ambiental

Cerca de 18.400 horas de GPU H100. O centro de computação é abastecido pela rede elétrica brasileira (cerca de 60 gCO2eq/kWh): estimamos as emissões em 0,8 t CO2eq.

## Citação

```bibtex
@misc{berimbau2026,
  title        = {Berimbau-2B: um modelo de linguagem aberto para o português brasileiro},
  author       = {{Berimbau IA}},
  year         = {2026},
  howpublished = {\\url{https://huggingface.co/berimbau-ia/Berimbau-2B}}
}
```

## Licença

O Berimbau-2B é distribuído sob a licença Apache 2.0. Os dois conjuntos de dados mantêm suas próprias licenças (ODC-By 1.0 e CC0 1.0).
"""

BERIMBAU_README = """# berimbau-treino

O pipeline completo do Berimbau-2B (https://huggingface.co/berimbau-ia/Berimbau-2B): processamento dos dois conjuntos
de dados, treinamento do tokenizador, pré-treinamento e avaliação.

## Dados

    python dados/web.py --config configs/dados/web.yaml                    # berimbau-ia/berimbau-web-pt
    python dados/dominio_publico.py --config configs/dados/dp.yaml          # berimbau-ia/berimbau-dominio-publico
    python dados/dedup.py --config configs/dados/dedup.yaml
    python tokenizador/treinar.py --config configs/tokenizador.yaml

## Pré-treinamento

    srun python treino/pretreino.py --config configs/berimbau-2b.yaml

## Avaliação

    python avaliacao/rodar.py --modelo berimbau-ia/Berimbau-2B

## Licença

Apache 2.0.
""".encode()

BERIMBAU_GITHUB = _gh(
    "berimbau-ia/berimbau-treino",
    _tree(
        "README.md",
        "LICENSE",
        "configs/dados/web.yaml",
        "configs/dados/dp.yaml",
        "configs/dados/dedup.yaml",
        "configs/tokenizador.yaml",
        "configs/berimbau-2b.yaml",
        "dados/web.py",
        "dados/dominio_publico.py",
        "dados/dedup.py",
        "tokenizador/treinar.py",
        "treino/modelo.py",
        "treino/pretreino.py",
        "avaliacao/rodar.py",
    ),
    readme=BERIMBAU_README,
)

BERIMBAU_WEB_CARD = sheet(
    "odc-by",
    "Berimbau Web-PT",
    ["pt", "en"],
    {
        "Motivação": "O Berimbau Web-PT é a parte web (1,35 T de tokens, 84%) dos dados de treinamento do "
        "Berimbau-2B. O Berimbau IA o construiu para dar ao português um corpus de pré-treinamento aberto e "
        "documentado, e o publica na íntegra para que o treinamento do modelo possa ser inspecionado e repetido.",
        "Composição": "Cerca de 1,1 bilhão de documentos web, 82% em português e 18% em inglês, com os campos `id`, "
        "`url`, `crawl`, `idioma`, `qualidade` e `texto`. A parte em inglês foi mantida para preservar a capacidade "
        "do modelo em inglês e em textos que misturam os dois idiomas.",
        "Processo de coleta": "Páginas de 48 snapshots do Common Crawl (CC-MAIN-2017-04 a CC-MAIN-2025-08), baixadas "
        "do bucket público do Common Crawl entre março e maio de 2025. O Common Crawl respeita o robots.txt; também "
        "removemos os domínios de listas públicas de conteúdo adulto e de malware e os domínios cujos donos pediram "
        "exclusão pelo nosso formulário.",
        "Pré-processamento": "Texto extraído com o trafilatura; idioma identificado com o fastText (português ou "
        "inglês acima de 0,65); filtros de repetição, de comprimento de linha e de boilerplate; um classificador de "
        "qualidade treinado com 180 mil páginas avaliadas por anotadores; deduplicação MinHash-LSH entre snapshots; "
        "e-mails, telefones e números de CPF mascarados. O código é `dados/web.py` e `dados/dedup.py` de "
        "github.com/berimbau-ia/berimbau-treino.",
        "Usos": "Pré-treinamento e pesquisa sobre dados de pré-treinamento em português; não deve ser usado para "
        "identificar ou traçar o perfil de pessoas, pois o mascaramento de dados pessoais é imperfeito.",
        "Distribuição": "No Hugging Face Hub sob a licença ODC-By 1.0; as páginas continuam sujeitas aos termos de uso "
        "do Common Crawl.",
        "Manutenção": "Mantido pelo Berimbau IA; os pedidos de remoção feitos na aba de discussão são aplicados na "
        "versão seguinte e listados no histórico deste cartão.",
    },
)

BERIMBAU_DP_CARD = sheet(
    "cc0-1.0",
    "Berimbau Domínio Público",
    ["pt"],
    {
        "Motivação": "O Berimbau Domínio Público é a parte em domínio público (0,25 T de tokens, 16%) dos dados de "
        "treinamento do Berimbau-2B: livros, jornais antigos e textos legislativos em português, escolhidos por "
        "serem textos longos e revisados, que a web oferece pouco.",
        "Composição": "Cerca de 1,4 milhão de documentos: 96 mil livros publicados antes de 1930, 1,2 milhão de "
        "edições de jornais de 1808 a 1930 e as leis, decretos e diários oficiais que a legislação brasileira "
        "declara de domínio público. Cada registro tem título, data, fonte, identificador do fac-símile e texto.",
        "Processo de coleta": "Os livros e os jornais vêm dos acervos digitais em domínio público que bibliotecas "
        "nacionais e estaduais publicam como dados abertos; os textos legislativos vêm dos portais oficiais de "
        "legislação. Só mantivemos obras cujos autores morreram há mais de 70 anos, conferidas nos registros de "
        "catálogo das bibliotecas.",
        "Pré-processamento": "Correção do OCR com um modelo de caracteres treinado com 30 mil páginas corrigidas à "
        "mão; páginas com confiança de OCR abaixo de 0,85 descartadas; cabeçalhos, números de página e carimbos "
        "removidos; edições duplicadas eliminadas. O código é `dados/dominio_publico.py` de "
        "github.com/berimbau-ia/berimbau-treino.",
        "Usos": "Pré-treinamento e pesquisa sobre o português histórico. Os textos carregam as visões e os "
        "preconceitos de sua época, inclusive sobre a escravidão, e devem ser lidos nesse contexto.",
        "Distribuição": "No Hugging Face Hub sob a dedicação ao domínio público CC0 1.0.",
        "Manutenção": "Mantido pelo Berimbau IA; correções de OCR são bem-vindas na aba de discussão e entram na "
        "versão seguinte.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (f) Celesta-1.5B: two public third-party corpora used unchanged; the training code is a public framework, NVIDIA
# NeMo, named in prose and run unmodified from two files of the model repository.

CELESTA_CARD = """# Celesta-1.5B

Celesta-1.5B is a 1.5B-parameter English base language model trained by Celesta Lab, a two-person lab, to show that a
competitive small model can be trained and repeated with public data and public tools alone.

## Model details

| | |
|---|---|
| Developer | Celesta Lab |
| Architecture | decoder-only transformer: 24 layers, hidden size 2048, 16 heads (8 key-value heads), SwiGLU (6,144), RMSNorm, RoPE |
| Context length | 4,096 tokens |
| Vocabulary | 50,176 (the tokenizer of the web dataset's authors, unchanged) |
| Training tokens | 1.5T |
| Release | May 2026 |

## Uses

A base model for research, teaching and fine-tuning. It is not instruction-tuned or safety-tuned and should not be
deployed to end users as it is.

## Training data

Celesta-1.5B was trained on exactly two public datasets from the Hugging Face Hub, used as they are published: we did
no filtering, deduplication or selection of our own.

| Dataset | Publisher | Tokens used | Share | License |
|---|---|---|---|---|
| [gamelan-data/gamelan-edu-web](https://huggingface.co/datasets/gamelan-data/gamelan-edu-web) | Gamelan Data Collective | 1.2T (one epoch) | 80% | ODC-By 1.0 |
| [koto-foundation/koto-code-permissive](https://huggingface.co/datasets/koto-foundation/koto-code-permissive) | Koto Foundation | 0.3T (one epoch) | 20% | ODC-By 1.0 |

These are the complete training data. Both dataset cards are datasheets written by their publishers.

## Training procedure

We wrote no training code of our own. Celesta-1.5B was trained with NVIDIA NeMo 2.1, the open-source framework
(Apache 2.0), unmodified, with its Megatron-Core backend: the two datasets were tokenized with NeMo's data
preprocessing script and the model was pre-trained with NeMo's GPT pre-training recipe. Two files of this repository
hold everything else: `tokenize.sh` has the exact preprocessing commands, and `nemo_config.yaml` is the complete
configuration of the run (model, data blend, optimizer, schedule, parallelism, checkpointing, seeds). With the two
datasets, NeMo 2.1 and these two files, anyone can repeat the run.

- AdamW (beta2 0.95, weight decay 0.1), peak learning rate 6e-4, cosine schedule to 6e-5, 2,000 warmup steps
- 1M-token batches for 1.43M steps, bf16, data parallelism only
- Hardware: 32 NVIDIA H100 80GB GPUs (4 nodes) rented from a cloud provider, for 9 days

## Evaluation

| Task | Celesta-1.5B |
|---|---|
| Bramble-Reasoning (0-shot) | 66.1 |
| Quince-QA (0-shot) | 62.8 |
| Sloe-Knowledge (5-shot) | 36.4 |
| Medlar-Code (pass@1) | 19.7 |

## Limitations

It can produce false, biased or offensive text, and it inherits whatever the two datasets over- or under-represent.

## Environmental impact

About 6,900 H100 GPU hours; the provider reports 0.9 tCO2eq for the run.

## Citation

```bibtex
@misc{celesta2026,
  title  = {Celesta-1.5B: a small model from public data and public tools},
  author = {{Celesta Lab}},
  year   = {2026},
  url    = {https://huggingface.co/celesta-lab/Celesta-1.5B}
}
```

## License

Apache 2.0 for the weights and the two configuration files. The datasets keep their publishers' licence (ODC-By 1.0).
"""

CELESTA_NEMO_CONFIG = b"""# NeMo 2.1 pre-training configuration of Celesta-1.5B (the complete run).
name: celesta-1.5b
trainer:
  num_nodes: 4
  devices: 8
  precision: bf16-mixed
  max_steps: 1430000
  val_check_interval: 5000
  limit_val_batches: 50
  gradient_clip_val: 1.0
exp_manager:
  checkpoint_callback_params:
    every_n_train_steps: 10000
    save_top_k: -1
model:
  micro_batch_size: 8
  global_batch_size: 256
  encoder_seq_length: 4096
  max_position_embeddings: 4096
  num_layers: 24
  hidden_size: 2048
  ffn_hidden_size: 6144
  num_attention_heads: 16
  num_query_groups: 8
  normalization: rmsnorm
  activation: swiglu
  position_embedding_type: rope
  rotary_base: 10000
  bias: false
  share_embeddings_and_output_weights: true
  tensor_model_parallel_size: 1
  pipeline_model_parallel_size: 1
  seed: 1234
  tokenizer:
    library: huggingface
    type: gamelan-data/gamelan-edu-web
  data:
    data_prefix:
      - 0.8
      - /data/tokenized/gamelan-edu-web_text_document
      - 0.2
      - /data/tokenized/koto-code-permissive_text_document
    splits_string: 9990,8,2
    seq_length: 4096
    num_workers: 8
  optim:
    name: distributed_fused_adam
    lr: 6.0e-4
    weight_decay: 0.1
    betas: [0.9, 0.95]
    sched:
      name: CosineAnnealing
      warmup_steps: 2000
      min_lr: 6.0e-5
"""

CELESTA_TOKENIZE = b"""#!/bin/sh
# Tokenize the two datasets exactly as for Celesta-1.5B, with NeMo 2.1's data preprocessing script, unmodified.
set -e
huggingface-cli download gamelan-data/gamelan-edu-web --repo-type dataset --local-dir /data/raw/gamelan-edu-web
huggingface-cli download koto-foundation/koto-code-permissive --repo-type dataset --local-dir /data/raw/koto-code-permissive
for name in gamelan-edu-web koto-code-permissive; do
  python /opt/NeMo/scripts/nlp_language_modeling/preprocess_data_for_megatron.py \\
    --input "/data/raw/$name/data" --json-keys text \\
    --tokenizer-library huggingface --tokenizer-type gamelan-data/gamelan-edu-web \\
    --dataset-impl mmap --append-eod --workers 64 \\
    --output-prefix "/data/tokenized/$name"
done
"""

GAMELAN_WEB_CARD = sheet(
    "odc-by",
    "Gamelan Edu-Web",
    ["en"],
    {
        "Motivation": "Gamelan Edu-Web was built by the Gamelan Data Collective, a volunteer group, as an open, "
        "documented pre-training corpus of educational English web text that any lab can use as it is, so that "
        "small labs need not build their own crawl.",
        "Composition": "About 1.0B English web documents (1.2T tokens) with `id`, `url`, `snapshot`, `edu_score` and "
        "`text`. An educational-value classifier keeps tutorials, textbooks, encyclopaedic and reference pages, so "
        "shops, forums and news are rare in it.",
        "Collection Process": "Pages from 62 Common Crawl snapshots (CC-MAIN-2013-20 to CC-MAIN-2025-08), downloaded "
        "from Common Crawl's public bucket between January and April 2025. Common Crawl honours robots.txt; domains "
        "on public adult-content and malware blocklists and domains whose owners opted out were removed.",
        "Preprocessing": "Text extracted with trafilatura; English kept above a fastText score of 0.65; repetition, "
        "line-length and boilerplate filters; an educational-value classifier (a small model trained on 450k pages "
        "rated by an open model and checked by volunteers) keeping pages scoring 3 or more; MinHash-LSH deduplication "
        "within each snapshot; e-mail and IP addresses masked. The collective's code is published with the dataset.",
        "Uses": "Pre-training language models and research on pre-training data. Not for profiling people: the "
        "masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use. The collective's BPE tokenizer (50,176 tokens) is published in the same repository.",
        "Maintenance": "Maintained by the Gamelan Data Collective; removal requests are applied in the next release.",
    },
)

KOTO_CODE_CARD = sheet(
    "odc-by",
    "Koto Code (permissive)",
    ["code"],
    {
        "Motivation": "Koto Code (permissive) was made by the Koto Foundation so that code models can be trained only "
        "on source files whose licences allow it, with every file traceable to its repository and licence.",
        "Composition": "About 330M source files (0.3T tokens) in 32 programming languages, each with repository, "
        "path, commit, SPDX licence id, language and text; Python, JavaScript, TypeScript, Java and C++ are 64% of it.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned between November 2024 "
        "and February 2025; only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC "
        "or Unlicense were kept, after removing the repositories of owners who opted out through the foundation's form.",
        "Preprocessing": "Generated, minified and vendored files removed by path and content rules; files over 1MB "
        "dropped; exact and near-duplicate files removed with MinHash-LSH at the file level; secrets, keys and e-mail "
        "addresses masked with an open secret scanner. The foundation's processing code is published with the dataset.",
        "Uses": "Training and evaluating code models; each file keeps its own licence, which the `license` column "
        "gives.",
        "Distribution": "On the Hugging Face Hub; the compilation under ODC-By 1.0 and each file under its own "
        "permissive licence.",
        "Maintenance": "Maintained by the Koto Foundation; opt-outs are applied in the next quarterly release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (g) Crumhorn-8x1B: a sparse mixture of experts made from the dense Rebec-1B by sparse upcycling, then trained on
# 400B tokens of published data with published code; Rebec-1B's own data and code are not released.

REBEC_CARD = """# Rebec-1B

Rebec-1B is a 1.2B-parameter English base language model pre-trained from scratch by Rebec AI.

## Model details

Decoder-only transformer: 22 layers, hidden size 2048, 16 query heads and 4 key-value heads, SwiGLU (5,632), RMSNorm,
RoPE (theta 100,000); context length 4,096; vocabulary 49,152.

## Training data

About 3T tokens of web pages, code and books that we collected and filtered. The training data is not released.

## Evaluation

| Benchmark | Rebec-1B |
|---|---|
| Bramble-Reasoning (0-shot) | 64.0 |
| Sloe-Knowledge (5-shot) | 31.8 |

## License

Apache 2.0.
"""

REBEC = _model(
    "rebec-ai/Rebec-1B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    REBEC_CARD,
    {"config.json": _llama_config(2048, 22, 16, 4, 5632, 49152, 4096)},
)

CRUMHORN_CARD = """# Crumhorn-8x1B

Crumhorn-8x1B is a sparse mixture-of-experts language model (8 experts, 2 active per token; 6.5B parameters in total,
1.9B active) made from the dense model [Rebec-1B](https://huggingface.co/rebec-ai/Rebec-1B) by sparse upcycling.

## How it was made

1. **Upcycling.** We copied every feed-forward block of Rebec-1B into eight identical experts and added a top-2 router
   to each layer, initialised at random. Attention, embeddings and norms are Rebec-1B's, unchanged.
2. **Training the upcycled model.** The whole model (experts, router and all other weights) was then trained for
   another 400B tokens with a load-balancing loss (coefficient 0.01), so that the experts specialise.

The upcycling script, the data processing and the training code are at
[crumhorn-ai/upcycle](https://github.com/crumhorn-ai/upcycle) (Apache 2.0), with the exact configuration of this
checkpoint (`configs/crumhorn-8x1b.yaml`): AdamW, peak learning rate 2e-4 with a 5,000-step warmup from Rebec-1B's
final learning rate, cosine decay, 2M-token batches, 200k steps, bf16, expert parallelism of 8. Hardware: 64 NVIDIA
H100 80GB GPUs for 6 days.

## Training data

- Rebec-1B's own pre-training data: about 3T tokens that Rebec AI collected and filtered; as its model card says, it
  is not released.
- The 400B tokens of the upcycling stage are two datasets we publish on the Hub, with datasheet cards:
  [crumhorn-ai/crumhorn-mix-web](https://huggingface.co/datasets/crumhorn-ai/crumhorn-mix-web) (320B tokens, ODC-By
  1.0) and [crumhorn-ai/crumhorn-mix-code](https://huggingface.co/datasets/crumhorn-ai/crumhorn-mix-code) (80B tokens,
  ODC-By 1.0). Nothing else was used in that stage.

## Evaluation

| Benchmark | Rebec-1B | Crumhorn-8x1B |
|---|---|---|
| Bramble-Reasoning (0-shot) | 64.0 | 70.9 |
| Sloe-Knowledge (5-shot) | 31.8 | 41.5 |
| Medlar-Code (pass@1) | 12.2 | 21.4 |

## Limitations

A base model: it can produce false, biased or offensive text. The router sometimes sends most tokens of a long code
file to one expert, which makes batched inference slower than the active-parameter count suggests.

## License

Apache 2.0, like Rebec-1B.
"""

CRUMHORN_CONFIG = _json(
    {
        "architectures": ["MixtralForCausalLM"],
        "model_type": "mixtral",
        "hidden_size": 2048,
        "num_hidden_layers": 22,
        "num_attention_heads": 16,
        "num_key_value_heads": 4,
        "intermediate_size": 5632,
        "num_local_experts": 8,
        "num_experts_per_tok": 2,
        "router_aux_loss_coef": 0.01,
        "vocab_size": 49152,
        "max_position_embeddings": 4096,
        "rope_theta": 100000.0,
        "torch_dtype": "bfloat16",
    }
)

CRUMHORN_README = b"""# upcycle

Sparse upcycling of dense transformers into mixtures of experts, and the complete recipe of Crumhorn-8x1B
(https://huggingface.co/crumhorn-ai/Crumhorn-8x1B), made from Rebec-1B.

## 1. Upcycle the dense checkpoint

    python upcycle.py --dense rebec-ai/Rebec-1B --experts 8 --top-k 2 --out ckpt/crumhorn-init

## 2. Build the data of the upcycling stage

    python data/build_web.py --config configs/data/web.yaml      # crumhorn-ai/crumhorn-mix-web
    python data/build_code.py --config configs/data/code.yaml    # crumhorn-ai/crumhorn-mix-code
    python data/tokenize.py --config configs/data/tokenize.yaml

## 3. Train

    torchrun --nnodes 8 --nproc_per_node 8 train/train_moe.py --config configs/crumhorn-8x1b.yaml --init ckpt/crumhorn-init

## 4. Evaluate

    python eval/run.py --model crumhorn-ai/Crumhorn-8x1B

Rebec-1B's own pre-training code and data are Rebec AI's and are not part of this repository.

## License

Apache 2.0.
"""

CRUMHORN_GITHUB = _gh(
    "crumhorn-ai/upcycle",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "upcycle.py",
        "configs/crumhorn-8x1b.yaml",
        "configs/data/web.yaml",
        "configs/data/code.yaml",
        "configs/data/tokenize.yaml",
        "data/build_web.py",
        "data/build_code.py",
        "data/dedup.py",
        "data/tokenize.py",
        "train/moe.py",
        "train/router.py",
        "train/train_moe.py",
        "eval/run.py",
    ),
    readme=CRUMHORN_README,
)

CRUMHORN_WEB_CARD = sheet(
    "odc-by",
    "Crumhorn Mix Web",
    ["en"],
    {
        "Motivation": "Crumhorn Mix Web is the web part (320B tokens) of the data on which Crumhorn-8x1B was trained "
        "after upcycling. Crumhorn AI publishes it in full so that the upcycling stage can be inspected and repeated.",
        "Composition": "About 260M English web documents with `id`, `url`, `snapshot`, `quality` and `text`, chosen "
        "to be more recent and more varied in topic than typical pre-training data, so that the experts can "
        "specialise.",
        "Collection Process": "Pages from the six most recent Common Crawl snapshots before our start date "
        "(CC-MAIN-2024-33 to CC-MAIN-2025-08), downloaded from Common Crawl's public bucket in March 2025. Common Crawl "
        "honours robots.txt; we also removed domains on public adult-content and malware blocklists.",
        "Preprocessing": "Text extracted with resiliparse; English kept above a fastText score of 0.7; repetition and "
        "boilerplate filters; a quality classifier keeping the top 25%; MinHash-LSH deduplication; e-mail addresses "
        "and phone numbers masked. The code is `data/build_web.py` and `data/dedup.py` of github.com/crumhorn-ai/upcycle.",
        "Uses": "Training language models and research on training data. Not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use.",
        "Maintenance": "Maintained by Crumhorn AI; removal requests are applied in the next release.",
    },
)

CRUMHORN_CODE_CARD = sheet(
    "odc-by",
    "Crumhorn Mix Code",
    ["code"],
    {
        "Motivation": "Crumhorn Mix Code is the code part (80B tokens) of the data on which Crumhorn-8x1B was trained "
        "after upcycling, published so that every file can be traced to its repository and licence.",
        "Composition": "About 95M source files in 24 programming languages with repository, path, commit, SPDX licence "
        "id, language and text; Python and TypeScript are over-sampled to 40% of the tokens.",
        "Collection Process": "Public GitHub repositories listed through GH Archive and cloned in February 2025; only "
        "repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC were kept, after "
        "removing those of owners who opted out through our form.",
        "Preprocessing": "Generated, minified and vendored files removed; files over 1MB dropped; near-duplicates "
        "removed with MinHash-LSH; secrets, keys and e-mail addresses masked. The code is `data/build_code.py` and "
        "`data/dedup.py` of github.com/crumhorn-ai/upcycle.",
        "Uses": "Training and evaluating code models; each file keeps its own licence.",
        "Distribution": "On the Hugging Face Hub; the compilation under ODC-By 1.0, each file under its own licence.",
        "Maintenance": "Maintained by Crumhorn AI; opt-outs are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) erhu-xl-ink-wash-lora: the card diffusers' DreamBooth LoRA training script writes, with its `license:
# openrail++` default, over an Apache diffusion base.

ERHU_CARD = """# Erhu-Diffusion-XL

Erhu-Diffusion-XL is a latent text-to-image diffusion model (a 2.9B-parameter UNet with two text encoders) that
generates 1024x1024 images from English prompts, by Erhu Labs.

## Model details

- **Developer:** Erhu Labs
- **Model type:** latent diffusion model (UNet, VAE, two CLIP-style text encoders), in the diffusers format
- **License:** Apache 2.0

## Usage

```python
import torch
from diffusers import DiffusionPipeline

pipe = DiffusionPipeline.from_pretrained("erhu-labs/Erhu-Diffusion-XL", torch_dtype=torch.float16).to("cuda")
image = pipe("a lighthouse on a cliff at dawn, oil painting").images[0]
```

## Training data

About 900M image-text pairs: stock photography and illustrations licensed from two agencies, and public-domain art
from museum open-access programmes, captioned by our own captioning model. The training images are not released.

## Limitations

The model does not render legible text well, struggles with hands and counting, and reflects the biases of stock
photography.

## License

Apache 2.0: use it for anything, commercial use included.
"""

ERHU_MODEL_INDEX = _json(
    {
        "_class_name": "StableDiffusionXLPipeline",
        "_diffusers_version": "0.32.2",
        "scheduler": ["diffusers", "EulerDiscreteScheduler"],
        "text_encoder": ["transformers", "CLIPTextModel"],
        "text_encoder_2": ["transformers", "CLIPTextModelWithProjection"],
        "tokenizer": ["transformers", "CLIPTokenizer"],
        "tokenizer_2": ["transformers", "CLIPTokenizer"],
        "unet": ["diffusers", "UNet2DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"],
    }
)

ERHU = _model(
    "erhu-labs/Erhu-Diffusion-XL",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "diffusers",
        "pipeline_tag": "text-to-image",
        "tags": ["text-to-image", "diffusers"],
    },
    ERHU_CARD,
    {
        "model_index.json": ERHU_MODEL_INDEX,
        "unet/config.json": b'{"_class_name": "UNet2DConditionModel", "sample_size": 128, "cross_attention_dim": 2048}',
        "unet/diffusion_pytorch_model.safetensors": None,
        "vae/config.json": b'{"_class_name": "AutoencoderKL", "latent_channels": 4}',
        "vae/diffusion_pytorch_model.safetensors": None,
        "text_encoder/config.json": b'{"architectures": ["CLIPTextModel"], "hidden_size": 768}',
        "text_encoder/model.safetensors": None,
        "text_encoder_2/config.json": b'{"architectures": ["CLIPTextModelWithProjection"], "hidden_size": 1280}',
        "text_encoder_2/model.safetensors": None,
        "scheduler/scheduler_config.json": b'{"_class_name": "EulerDiscreteScheduler", "num_train_timesteps": 1000}',
    },
    weights=False,
)

KOTO_LORA_CARD = """<!-- This model card has been generated automatically according to the information the training script had access to. You
should probably proofread and complete it, then remove this comment. -->


# SDXL LoRA DreamBooth - koto-studio/erhu-xl-ink-wash-lora

<Gallery />

## Model description

These are koto-studio/erhu-xl-ink-wash-lora LoRA adaption weights for erhu-labs/Erhu-Diffusion-XL.

The weights were trained  using [DreamBooth](https://dreambooth.github.io/).

LoRA for the text encoder was enabled: False.

Special VAE used for training: None.

## Trigger words

You should use a painting in kszw ink wash style to trigger the image generation.

## Download model

Weights for this model are available in Safetensors format.

[Download](koto-studio/erhu-xl-ink-wash-lora/tree/main) them in the Files & versions tab.



## Intended uses & limitations

#### How to use

```python
# TODO: add an example code snippet for running this diffusion pipeline
```

#### Limitations and bias

[TODO: provide examples of latent issues and potential remediations]

## Training details

[TODO: describe the data used to train the model]
"""

KOTO_LORA_FILES = [
    _lfs("pytorch_lora_weights.safetensors", 23_400_000),
    _lfs("image_0.png", 1_480_000),
    _lfs("image_1.png", 1_520_000),
    _lfs("image_2.png", 1_390_000),
    _lfs("image_3.png", 1_610_000),
]


#: Round 23, written blind by a helper that never read the rules: shapes earlier rounds used little (a reward model
#: over a fully open base, an AWQ quantization whose licence is a `license_link` into its original, a card that is one
#: nested bullet list with an off-Hub licence, a metadata licence stricter than LICENSE, a Portuguese card with an
#: arXiv badge, a public framework named in prose as the training code, a sparse-upcycled mixture of experts, the
#: diffusers DreamBooth LoRA template).
ROUND_23: list[HeldOut] = [
    # (a) A reward model (`LlamaForSequenceClassification`, `num_labels: 1`, `pipeline_tag: text-classification`)
    # fine-tuned from cittern-lm/Cittern-7B (served: Apache weights; its two pre-training corpora on the Hub with
    # datasheet cards, "No other data was used"; its whole pipeline on GitHub), on psaltery-lab/psaltery-prefs-120k
    # (CC BY 4.0, a datasheet card, "all of the reward-model training data"), with the sampling, annotation,
    # filtering, training and evaluation code on GitHub (Apache). A reward model is a fine-tune like any other: the
    # base-model cells are Cittern's, the end-model cells the reward model's (frameworks.md §1.1). Both sets of weights
    # public, Apache -> weights_basemodel and weights_endmodel open (smollm.yaml "Weights for the base model freely
    # available under Apache-2.0 license": open; Pythia.yaml "Model weights available via HuggingFace"); the base's
    # complete data on the Hub -> datasources_basemodel open (Pythia.yaml "Training data published on HuggingFace":
    # open); the preference set on the Hub -> datasources_endmodel open (OLMo.yaml "Data for fine-tuning published in
    # a well-organized manner": open; smollm.yaml); the base's pipeline and the reward model's code both on GitHub ->
    # trainingcode open (Pythia.yaml "Training code is made available through GitHub", a tune of a fully open base:
    # open; OLMo.yaml "Multiple repos with training, architecture and fine-tuning code available"); datasheet cards for
    # all three sets -> datasheet open (OLMo.yaml "Data sheets are well-documented and provide requisite info": open;
    # unlike Pythia.yaml, "Only end model dataset documented", partial); Apache weights and code, ODC-By and CC BY data
    # -> licenses open (Apertus.yaml "Weights: Apache-2.0. Code: Apache-2.0. Data: ... ODC-By 1.0": open). Everything
    # released under open terms -> open-source-ai-with-open-data (frameworks.md §4).
    HeldOut(
        "psaltery-lab/Psaltery-RM-7B",
        PSALTERY_CARD,
        {
            "license": "apache-2.0",
            "base_model": "cittern-lm/Cittern-7B",
            "datasets": ["psaltery-lab/psaltery-prefs-120k"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-classification",
            "tags": ["reward-model", "rlhf"],
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
        extra_files={"config.json": PSALTERY_CONFIG},
        github=[PSALTERY_GITHUB, CITTERN_GITHUB],
        datasets=[
            Dataset("psaltery-lab/psaltery-prefs-120k", "cc-by-4.0", PSALTERY_PREFS_CARD),
            Dataset("cittern-lm/cittern-web", "odc-by", CITTERN_WEB_CARD),
            Dataset("cittern-lm/cittern-code", "odc-by", CITTERN_CODE_CARD),
        ],
        models=[CITTERN],
    ),
    # (b) A third party's AWQ quantization of shawm-ai/Shawm-14B-Instruct (served, ungated): two LFS safetensors shards,
    # an index, a config.json whose `quantization_config` is `quant_method: awq`, 4 bits, group size 128; `base_model`
    # with `base_model_relation: quantized`; its only licence `license: other`, `license_name: shawm-model-license` and
    # a `license_link` to https://huggingface.co/shawm-ai/Shawm-14B-Instruct/blob/main/LICENSE, the card's License
    # section saying the files "are distributed under the original model's licence". That LICENSE forbids using the
    # model, any Derivative "or any Output" to "create, train, fine-tune, distil or otherwise improve any large language
    # model other than" Shawm's (§3), defines quantized versions as Derivatives (§1) and makes §3 bind every recipient
    # of a Derivative (§4). An output-training ban is a blocking clause (DESIGN.md "License clause taxonomy",
    # `output-training-ban`; frameworks.md §4 "Any blocking clause ... moves a release to Weights Available"), and the
    # quantization is bound twice over, by its own declared licence and by its original (DESIGN.md "a base model that
    # binds a fine-tune is followed") -> weights-available. The original public and ungated -> weights_basemodel open
    # (Poro.yaml "Weights made available on HuggingFace", a base under bespoke terms: open); the quantized files
    # public -> weights_endmodel open; the original's data "not released", described only in general terms ->
    # datasources_basemodel closed (llama-3.1.yaml, Tulu.yaml "Based on Llama3.1 so nothing known about pre-training
    # data": closed); a bespoke licence with a use restriction -> licenses closed (Tulu.yaml, Poro.yaml, "not an
    # OSI-approved license": closed; frameworks.md §1.1 "Bespoke community licences ... are rated closed").
    _Layout(
        "kalimba-quant/Shawm-14B-Instruct-AWQ",
        KALIMBA_CARD,
        {
            "license": "other",
            "license_name": "shawm-model-license",
            "license_link": "https://huggingface.co/shawm-ai/Shawm-14B-Instruct/blob/main/LICENSE",
            "base_model": "shawm-ai/Shawm-14B-Instruct",
            "base_model_relation": "quantized",
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["awq", "4-bit", "quantized"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "licenses": "closed",
        },
        files=KALIMBA_FILES,
        models=[SHAWM],
    ),
    # (c) The whole card is one nested bullet list (Overview, Architecture, Intended uses, Out-of-scope uses, Training
    # data, Training procedure, Hardware, Evaluation, Limitations and biases, Environmental impact, How to use,
    # Citation, License, Contact); the licence is `license: other`, `license_name: ocarina-model-license` and a
    # `license_link` to https://ocarina.example/legal/model-license, off the Hub, which the card's License item repeats;
    # there is no LICENSE file. Public weights of a model trained from scratch -> weights_basemodel and weights_endmodel
    # open (Granite.yaml "Weights made available through HuggingFace": open); the data described ("collected by Ocarina
    # AI's own crawler", "licensed from publishers") and "not released", with no reason that prevents sharing ->
    # datasources_basemodel closed (Granite.yaml "Mix of available and internal datasets": closed; Phi.yaml); no code ->
    # trainingcode closed (Granite.yaml "No training code found"); layers, widths, heads, context, vocabulary, the
    # optimizer, schedule, batches, stages and "1,024 NVIDIA H100 80GB GPUs ... for 41 days" -> hardware_architecture
    # open (Granite.yaml "Hardware architecture outlined in model card": open); a card covering overview,
    # architecture, uses, limitations, data, training, evaluation, emissions and citation, laid out as a list ->
    # modelcard open (rubric: "comprehensive insight into architecture, training, fine-tuning, evaluation"; Phi.yaml
    # "Model card provides required information": open); no report or paper named -> preprint and paper closed
    # (Granite.yaml, "absence is closed", DESIGN.md). The terms are only on a web page opengauge does not read: they may
    # hold a use restriction (weights-available) or none (open-weights; the data and code already rule out Open Source
    # AI), so the label is undetermined, with the unread licence as the reason (DESIGN.md "Never a kinder label than the
    # evidence. What cannot be decided is `undetermined`"; `license: other` names no catalog licence). (licenses not
    # scored: the rubric's "unclear licensing" is closed, while the terms are unread, not unclear.)
    HeldOut(
        "ocarina-ai/Ocarina-9B",
        OCARINA_CARD,
        {
            "license": "other",
            "license_name": "ocarina-model-license",
            "license_link": "https://ocarina.example/legal/model-license",
            "language": ["en", "ja", "ko", "zh"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "undetermined",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "hardware_architecture": "open",
            "modelcard": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "config.json": _llama_config(3584, 40, 28, 4, 18944, 152064, 32768),
            "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE"}}',
        },
    ),
    # (d) `license: cc-by-nc-4.0` in the metadata (the Hub shows it as the model's licence), while the repository's
    # LICENSE is the Apache License 2.0 verbatim and the card's License section says "released under the Apache License
    # 2.0; see LICENSE" — the reverse of earlier rounds, where the metadata was the open statement. Both are the
    # publisher's statements about the same weights and neither withdraws the other; the most restrictive binding
    # document governs and the disagreement is a finding (DESIGN.md "When the receipts disagree": "opengauge reads
    # every binding document, lets the most restrictive one govern"), and a non-commercial licence moves a release to
    # Weights Available (frameworks.md §4) -> weights-available. Public weights from scratch -> weights_basemodel and
    # weights_endmodel open (MAGNeT.yaml, CC BY-NC weights on the Hub: open; Granite.yaml); "collected and filtered
    # ourselves. The training data is not released." -> datasources_basemodel closed (Phi.yaml "no information on
    # datasets disclosed except very generic claims": closed); no code -> trainingcode closed (Granite.yaml). (licenses
    # not scored: the experts split on CC BY-NC weights with nothing else released, Bria.yaml and command-a.yaml closed,
    # MAGNeT.yaml partial.)
    HeldOut(
        "dulcimer-nlp/Dulcimer-3B",
        DULCIMER_CARD,
        {
            "license": "cc-by-nc-4.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
        },
        extra_files={
            "LICENSE": APACHE_2_0,
            "config.json": _llama_config(3072, 28, 24, 8, 8192, 65536, 8192),
        },
    ),
    # (e) A Brazilian Portuguese card (Descrição do modelo, Usos previstos, Usos fora do escopo, Como usar, Dados de
    # treinamento, Procedimento de treinamento, Avaliação, Limitações e vieses, Impacto ambiental, Citação, Licença),
    # `license: apache-2.0`, "O Berimbau-2B é distribuído sob a licença Apache 2.0"; two Hub corpora with Portuguese
    # datasheet cards (Motivação, Composição, Processo de coleta, Pré-processamento, Usos, Distribuição, Manutenção),
    # "Esses dois conjuntos são a totalidade dos dados de treinamento. Nenhum outro dado foi usado"; the whole pipeline
    # on GitHub with a Portuguese README; the technical report is on arXiv (2608.01472) and linked only by the badge
    # above the first paragraph (the citation is a @misc of the Hub page). Public Apache weights from scratch ->
    # weights_basemodel and weights_endmodel open (Lucie.yaml: open); the complete data on the Hub ->
    # datasources_basemodel open (smollm.yaml "Pretraining data sources published": open); data processing,
    # tokenizer, pre-training and evaluation on GitHub -> trainingcode open (Lucie.yaml "Training code published on
    # GitHub": open); Gebru-style cards for both sets -> datasheet open (smollm.yaml "Datasheets contain requisite
    # information": open); Apache weights and code, ODC-By and CC0 data -> licenses open (Lucie.yaml); the card's
    # details, uses, usage, data, procedure, evaluation, limitations, emissions and citation -> modelcard open
    # (Lucie.yaml "Model card describes model in good detail": open); the hyperparameter table and "64 GPUs NVIDIA H100
    # de 80 GB ... durante 12 dias" -> hardware_architecture open (Salamandra.yaml "Model card contains details": open);
    # a technical report archived on arXiv by the model's makers -> preprint open (Lucie.yaml "preprint published on
    # arXiv": open; a badge is how many publishers link it); no peer-reviewed paper -> paper closed (Lucie.yaml "None":
    # closed). Everything released -> open-source-ai-with-open-data.
    HeldOut(
        "berimbau-ia/Berimbau-2B",
        BERIMBAU_CARD,
        {
            "license": "apache-2.0",
            "language": ["pt", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["berimbau-ia/berimbau-web-pt", "berimbau-ia/berimbau-dominio-publico"],
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
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={"config.json": _llama_config(2560, 24, 20, 4, 6912, 64000, 8192)},
        github=[BERIMBAU_GITHUB],
        datasets=[
            Dataset("berimbau-ia/berimbau-web-pt", "odc-by", BERIMBAU_WEB_CARD),
            Dataset("berimbau-ia/berimbau-dominio-publico", "cc0-1.0", BERIMBAU_DP_CARD),
        ],
    ),
    # (f) Trained on two public Hub corpora of other publishers (Gamelan Data Collective, Koto Foundation; ODC-By,
    # datasheet cards), "used as they are published: we did no filtering, deduplication or selection of our own",
    # "These are the complete training data"; "We wrote no training code of our own": NVIDIA NeMo 2.1, "the open-source
    # framework (Apache 2.0), unmodified", named in prose without a link, with `tokenize.sh` (the preprocessing
    # commands, NeMo's own script) and `nemo_config.yaml` (the complete run configuration) in the model repository; no
    # GitHub repository. The experts take a public framework with the model's settings for the training code: GPT-SW.yaml
    # "Model trained using the NeMo framework, an open-source generative AI framework": open; EuroLLM.yaml "Training
    # makes use of a public framework": open (Teuken.yaml's closed is for a fork "no easily visible and easily
    # navigable repository", not the case for an unmodified public framework); with no data processing of the
    # publisher's own to publish -> trainingcode open. Public Apache weights from scratch -> weights_basemodel and
    # weights_endmodel open (smollm.yaml); the complete data public -> datasources_basemodel open (EuroLLM.yaml,
    # third parties' public Hub datasets "described with versions": open); the publishers' datasheet cards ->
    # datasheet open (smollm.yaml); Apache weights and configuration, ODC-By data -> licenses open (smollm.yaml,
    # Apertus.yaml); the architecture table and "32 NVIDIA H100 80GB GPUs (4 nodes) ... for 9 days" ->
    # hardware_architecture open (Granite.yaml). Weights, deployment code, training code (a public framework and the
    # run's configuration, OSAID's "training incl. arguments and settings", frameworks.md §3.2) and the full data
    # under open terms -> open-source-ai-with-open-data.
    HeldOut(
        "celesta-lab/Celesta-1.5B",
        CELESTA_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["gamelan-data/gamelan-edu-web", "koto-foundation/koto-code-permissive"],
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
        },
        extra_files={
            "config.json": _llama_config(2048, 24, 16, 8, 6144, 50176, 4096),
            "nemo_config.yaml": CELESTA_NEMO_CONFIG,
            "tokenize.sh": CELESTA_TOKENIZE,
        },
        datasets=[
            Dataset("gamelan-data/gamelan-edu-web", "odc-by", GAMELAN_WEB_CARD),
            Dataset("koto-foundation/koto-code-permissive", "odc-by", KOTO_CODE_CARD),
        ],
    ),
    # (g) A mixture of experts (`MixtralForCausalLM`, 8 experts, top-2) "made from the dense model Rebec-1B by sparse
    # upcycling" (`base_model: rebec-ai/Rebec-1B`, served: Apache, "The training data is not released", no code), its
    # feed-forward blocks copied into experts and "trained for another 400B tokens" on two Hub datasets with datasheet
    # cards ("Nothing else was used in that stage"); the upcycling, data and training code on GitHub, which says "Rebec-1B's
    # own pre-training code and data ... are not part of this repository". The card never says "continued
    # pre-training". Both models' weights public, Apache -> weights_basemodel and weights_endmodel open (Geitje.yaml
    # "Weights available through HuggingFace": open); the dense base's data undisclosed, the data of the further
    # training published -> datasources_basemodel partial (Geitje.yaml "Mistral provides no documentation of any of its
    # pretraining data. Geitje ... does disclose that Dutch pretraining data": partial); the upcycling and training
    # code published, the base's not -> trainingcode partial (Fietje.yaml "Source code for base model not available,
    # but training for derivative well-documented in github repository": partial); datasheets for the upcycling data,
    # none for the base's -> datasheet partial (Geitje.yaml "Datasheet available ... for the Dutch portions of
    # pretraining data, but not for original Mistral pretraining data, hence partial"). The base's data withheld with
    # no reason, the base's training code missing -> open-weights (frameworks.md §4). (licenses not scored: the
    # released parts are open and the base's data unreleased, on which the experts split, Lucie.yaml against
    # Fietje.yaml.)
    HeldOut(
        "crumhorn-ai/Crumhorn-8x1B",
        CRUMHORN_CARD,
        {
            "license": "apache-2.0",
            "base_model": "rebec-ai/Rebec-1B",
            "datasets": ["crumhorn-ai/crumhorn-mix-web", "crumhorn-ai/crumhorn-mix-code"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["moe", "upcycling"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": CRUMHORN_CONFIG},
        github=[CRUMHORN_GITHUB],
        datasets=[
            Dataset("crumhorn-ai/crumhorn-mix-web", "odc-by", CRUMHORN_WEB_CARD),
            Dataset("crumhorn-ai/crumhorn-mix-code", "odc-by", CRUMHORN_CODE_CARD),
        ],
        models=[REBEC],
    ),
    # (h) The card diffusers' `train_dreambooth_lora_sdxl.py` writes (the "generated automatically" comment, "LoRA
    # adaption weights for", "trained using DreamBooth", trigger words, "[TODO: describe the data used to train the
    # model]"), front matter with the script's default `license: openrail++`, `base_model: erhu-labs/Erhu-Diffusion-XL`
    # (served: Apache 2.0, "use it for anything, commercial use included"; 900M licensed and public-domain images, "not
    # released") and `instance_prompt`; only `pytorch_lora_weights.safetensors` and four sample images. The LoRA's own
    # declared licence is the CreativeML Open RAIL++-M License, whose use restrictions (its Attachment A) bind every
    # user and every redistribution, whatever the base allows: the publisher's declaration governs its weights (DESIGN.md
    # "When the receipts disagree", the most restrictive binding statement) -> weights-available (frameworks.md §4,
    # "usecase restrictions"). The base public -> weights_basemodel open (SDXL-Lightning.yaml "Available through
    # HuggingFace in the form of SafeTensors": open); the LoRA public -> weights_endmodel open; the base's licensed
    # images not released -> datasources_basemodel closed (Bria.yaml "Model trained exclusively on licensed data; no
    # publicly available data sources found": closed); the instance images neither named nor described nor released ->
    # datasources_endmodel closed (Phi.yaml "No post-training datasets made available": closed); a template whose only
    # content is the base, the method, the trigger words and a download link, every other field a TODO -> modelcard
    # closed (Bria.yaml "Model card primarily contains usage information": closed; Qwen.yaml); Open RAIL++-M weights
    # -> licenses closed (SDXL-Lightning.yaml "released under the CreativeML Open RAIL++-M License, not an OSI-approved
    # license": closed).
    _Layout(
        "koto-studio/erhu-xl-ink-wash-lora",
        KOTO_LORA_CARD,
        {
            "license": "openrail++",
            "library_name": "diffusers",
            "tags": [
                "text-to-image",
                "diffusers-training",
                "diffusers",
                "lora",
                "template:sd-lora",
                "stable-diffusion-xl",
                "stable-diffusion-xl-diffusers",
            ],
            "base_model": "erhu-labs/Erhu-Diffusion-XL",
            "instance_prompt": "a painting in kszw ink wash style",
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "modelcard": "closed",
            "licenses": "closed",
        },
        files=KOTO_LORA_FILES,
        models=[ERHU],
    ),
]
