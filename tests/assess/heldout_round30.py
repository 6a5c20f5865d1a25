# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 30 (`ROUND_30`, 8 releases, written blind by a helper that never read the rules or the
probes): the Hub's long tail, the ordinary releases that make up most of the Hub, whose cards are what a tool wrote for
them and nobody edited. Each release is served by the loopback Hub (with the base models it names, all from this same
round, and their datasets and GitHub repositories) through `test_heldout_releases.py`, with the label and the key OSAI
cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the
receipts disagree", "License clause taxonomy" and "Verdict principles", the README's label table and its "What
`unknown` means, and what `closed` means", and the expert files in `../shared/reference/osai-index/`, cited beside each
cell: Poro, leo, Qwen, Mistral, Stable Beluga, Llama-Nemotron, MAGNeT, llama-3.1, Tulu, TangoFlux, Geitje, NeuralChat,
StarChat, Starling, openjourney, koala, alpaca, OLMo, smollm, Pythia, Zephyr). Every model, company, dataset and
repository is invented; no real base is used. The real tools (transformers' Trainer, PEFT, AutoTrain, llama.cpp,
SetFit, sentence-transformers, diffusers, AI Toolkit) are named as themselves, without links to them; the card
templates they write are kept as they write them, the PEFT template's link to the Lacoste et al. (2019) carbon
calculator paper and SetFit's BibTeX of its own paper included, since those are what such cards hold.

Earlier rounds had a Trainer card over a real base the index lacked (14), PEFT's template with its summary line filled
in over a real base (14), a sentence-transformers v3 card (14), GGUF quantizers' cards of real and invented originals (7,
11, 14, 16, 18, 21, 25), a card that is a title and a tag (8), a card of YAML and scores only (17), a repository with no
README but an MIT LICENSE (13), and the diffusers DreamBooth LoRA template (23). This round takes the same long tail
where they had not gone, every base invented and served beside its derivative so that lineage decides: a Trainer card
whose `license: other` is what the Trainer copies from a base under a community licence; PEFT's template left wholly
untouched (not even the summary line) over a non-commercial base; AutoTrain's card, its `license: other` default and
its dataset named only in the metadata and `training_params.json`, over an Apache base whose data is undisclosed; a
community GGUF whose only lineage is an "Original model:" line, over a fully open original; a SetFit card as the library
writes it, over a fully open sentence-transformers base; metadata and a one-line README claiming MIT over a
non-commercial base; a repository with no README and no licence, whose base is named only by config.json's
`_name_or_path`; and an AI Toolkit diffusers LoRA with a trigger word over an Apache image model.

The bases (served, invented):
- topaz-ai/Topaz-8B-Instruct: the Topaz Community License (a 150M monthly-active-user threshold, an acceptable-use
  policy incorporated by reference, derivatives bound), ungated; data and code not released (weights-available).
- beryl-lab/Beryl-7B: CC BY-NC 4.0, ungated; data and code not released (weights-available).
- zircon-ai/Zircon-3B: Apache 2.0, ungated; data and code not released (open-weights).
- agate-lm/Agate-1.5B: Apache 2.0, its one corpus on the Hub (ODC-By, a datasheet card), its pipeline on GitHub
  (open-source-ai-with-open-data).
- spinel-nlp/spinel-embed-small: a sentence-transformers embedding model, Apache 2.0, its two corpora on the Hub
  (ODC-By, datasheet cards), its pipeline on GitHub (open-source-ai-with-open-data).
- galena-vision/Galena-Image-1: a diffusers text-to-image model, Apache 2.0; data and code not released (open-weights).

The releases:
- (a) gypsum-dev/topaz-8b-instruct-finetuned: the `transformers` Trainer's auto-generated card ("on the None dataset",
  "More information needed", hyperparameters, results, framework versions), `license: other` as the Trainer copies it
  from the base's tag, `base_model: topaz-ai/Topaz-8B-Instruct` (weights-available: the base's terms bind whatever the
  unreadable `other` says).
- (b) azurite42/beryl-7b-lora-support: a LoRA adapter whose README is PEFT's model-card template untouched, every field
  "[More Information Needed]", no licence anywhere, over beryl-lab/Beryl-7B (weights-available).
- (c) calcite-user/autotrain-zircon-helpdesk: AutoTrain's card (boilerplate and a usage snippet), `license: other`
  (AutoTrain's default), `datasets: [calcite-user/helpdesk-chats-2k]` in the metadata only, `training_params.json`,
  over zircon-ai/Zircon-3B (undetermined: the weights' own terms are named but cannot be read, and the Apache base
  does not decide them).
- (d) fluorite-quants/Agate-1.5B-GGUF: a community GGUF with a short card (an "Original model:" link, a table of seven
  quant files and sizes, a llama.cpp command), `license: apache-2.0`, no `base_model` (open-source-ai-with-open-data:
  a quantization is its original's weights, and the original's code and data are open).
- (e) jadeite-labs/setfit-spinel-returns-intent: SetFit's generated card (widget, model-index, labels table, training set
  metrics, hyperparameters with the loss, training results, framework versions, the SetFit BibTeX) over
  spinel-nlp/spinel-embed-small, trained on a public few-shot set (open-weights: no training code of its own).
- (f) tourmaline-ml/beryl-7b-chat-sft: YAML metadata (`license: mit`, `base_model: beryl-lab/Beryl-7B`, language,
  library, pipeline, tags) over a README that is one title line (weights-available: the non-commercial base binds).
- (g) opalwork/final-model-v3: no README and no LICENSE; weights, config.json (`_name_or_path: agate-lm/Agate-1.5B`),
  generation config and tokenizer files only (weights-available: no licence at all).
- (h) tuff-studio/galena-lora-p3rs0n: AI Toolkit's diffusers LoRA card (trigger word `P3RS0N`, widget samples, a
  diffusers snippet), `license: apache-2.0`, `base_model: galena-vision/Galena-Image-1` (open-weights).

Nothing found against something unread (shape (g)): the rubric's levels follow DESIGN.md's "Absence is closed; unknown
is unreadable". A repository whose file list, config.json and every other file were read, and which holds no README,
no LICENSE and no words at all, has been looked at completely: no model card (closed, koala.yaml "No model card
available"), no licence (closed: the README's "a release read in full ... that states no license at all grants no one
the right to use, modify or share its weights", so weights-available), no data, code or documentation (closed).
Had the file list not been read, or config.json been listed but not readable, the base and whether a card or a licence
exists would be unknown and the label undetermined; had config.json named no base (a local checkpoint path, as often),
the base cells would mirror the end model's (frameworks.md §1.1 "Where there is no base/end distinction ...").

Written blind, before any rule changed. First run (on commit 89adbba, with no uncommitted edits under `src/`: only
this file and the two wiring lines in `test_heldout_releases.py` were new): **1 of 8 right**
(tourmaline-ml/beryl-7b-chat-sft, the MIT tag over the non-commercial base: weights-available and all eight cells
right), **7 of 8 labels**, **56 of 68 key cells**. No label read more open than the rubric; the one wrong label read
less open (the GGUF). Seven cells read more open than the rubric (all of them documentation cells, from tool
templates, usage snippets and config.json), four less open, and one decided where the rubric leaves it unknown. The
command was run once with `tail -80`, which cut the first reasons off; it was run a second time, unchanged and before
any edit, to keep the whole output, and gave the same eight results. The misses, from the assertion messages:
- fluorite-quants/Agate-1.5B-GGUF (the only wrong label, less open): open-weights where open-source-ai-with-open-data
  was expected ("The weights and deployment code are released under open terms (Apache License 2.0), but complete
  training code; data-processing code; data information (list and description of the training data) are missing for
  Open Source AI."); trainingcode closed where open was expected ("No training code is published with the release: the
  release links no code repository."); datasheet closed where open was expected ("Neither a datasheet nor a data card
  documents the training data."). The base was found from the "Original model:" line (base weights and base data
  right, the original's corpus read as open), but the original's pipeline and its corpus's datasheet card were not
  looked through to: the quantization is judged as if it had to publish its own code and data documentation. Weights,
  licences and model card right.
- azurite42/beryl-7b-lora-support (PEFT's template untouched): label and eight cells right (weights-available
  "inherited from the base model hf:beryl-lab/Beryl-7B", citing its README.md line 26, "no commercial use"), but
  modelcard partial where closed was expected ("The model card covers 2 of the 9 standard sections; missing:
  model-details, uses, getting-started, training, evaluation, technical-specs, citation."): presumably the template's
  stock "Users (both direct and downstream) should be made aware of the risks ..." sentence and its carbon-calculator
  line; datasheet partial where closed was expected ("A data card or data statement is mentioned, which gives partial
  insight; there is no datasheet (collection, curation, composition, uses) or dataset card on the Hub."): presumably
  the template's HTML comment "This should link to a Dataset Card"; hardware_architecture partial where closed was
  expected ("Only the training hardware is documented, not the architecture."): the "Hardware Type: [More Information
  Needed]" and "#### Hardware" lines (as round 14's `dormouse-dev` PEFT card, still in `DISAGREEMENTS`).
- calcite-user/autotrain-zircon-helpdesk (AutoTrain, `license: other`): label right (undetermined: "The weights are
  published but their license could not be decided: The terms of the weights are unknown: the card metadata says
  `other` and names no license opengauge knows, and no license text was found in the card, files or gate."), but
  licenses closed where unknown was expected ("Licensing is not open: weights unknown; data open (no training code is
  published)."): the cell is decided closed from the same unread weights licence that leaves the label undetermined;
  modelcard partial where closed was expected ("The model card covers 1 of the 9 standard sections; missing:
  model-details, uses, limitations, training, evaluation, environmental-impact, technical-specs, citation."): the
  usage snippet under AutoTrain's boilerplate counts as a getting-started section, and 1 of 9 reads partial. Tuning
  data open, base data closed, training code closed, datasheet partial: right.
- opalwork/final-model-v3 (no README, base only in config.json's `_name_or_path`): label right ("No license: the
  release, read in full (card metadata, files, gate), states none, so no one is granted the rights to use, modify or
  share the weights (all rights are reserved by default). With its weights published, the release is
  weights-available, not open."), but datasources_basemodel closed where open was expected ("The release, read in
  full, names no training data and has no section about it."): the top-level `_name_or_path` of config.json was not
  read as lineage (base weights open, presumably by mirroring the end model's rather than through Agate-1.5B);
  hardware_architecture partial where closed was expected ("Only the architecture is documented, not the training
  hardware and setup."): config.json counted as documentation (round 14's Wombat-8B, still in `DISAGREEMENTS`). Model
  card, licences and training code closed: right.
- gypsum-dev/topaz-8b-instruct-finetuned (the Trainer's card, `license: other` over the Topaz Community License):
  label and eight cells right (weights-available "inherited from the base model hf:topaz-ai/Topaz-8B-Instruct", citing
  the user cap at LICENSE line 33, the use policy at line 29, terms that can change, restrictions passed to
  derivatives and mandatory branding; the unreadable `other` did not make it undetermined), but hardware_architecture
  partial where closed was expected ("Only the architecture is documented, not the training hardware and setup."):
  config.json beside a list of hyperparameters (leo.yaml: closed).
- tuff-studio/galena-lora-p3rs0n (AI Toolkit's LoRA card): label and seven cells right (open-weights: "... complete
  training code; data-processing code; data information ... are missing"), but modelcard partial where closed was
  expected ("The model card covers 2 of the 9 standard sections; missing: model-details, limitations, training,
  evaluation, environmental-impact, technical-specs, citation."): a trigger word and a diffusers snippet read as uses
  and getting started (Qwen.yaml, openjourney.yaml: closed).
- jadeite-labs/setfit-spinel-returns-intent (SetFit's card): label and nine cells right (open-weights: "... complete
  training code; data-processing code are missing"; model card open, datasheet partial), but preprint closed where
  partial was expected ("The release, read in full, links no preprint or technical report."): SetFit's BibTeX (an
  `@article` whose key and `doi` name arXiv 2209.11055, `publisher = {arXiv}`, no `url` field) was not read as a
  preprint, where the round, after Stable Beluga.yaml (a method's preprint by others, partial), expected the method
  paper the card says the model was trained with. A near case: round 14 expected the sentence-transformers template's
  citations closed.
No expectation was changed after the run.

What changed (general causes; tests in `tests/probes/test_release_round30_rules.py`): a repository named as a
quantization (`-GGUF`, `-AWQ`, `-4bit`, `-Q4_K_M`) of the one base its card names, with no relation declared, is a
quantization of it; a quantization that holds or links none of its own has its original's training data, training and
data-processing code, code licence and data documentation, cited as the original's (`probes/original.py`), its own
card staying its own (Agate-1.5B-GGUF); the Hub template's unfilled fields ("- **Hardware Type:** [More Information
Needed]") and HTML comments ("<!-- This should link to a Dataset Card -->") state nothing to any probe, as they show
the card's reader nothing, a heading whose section says nothing documents no hardware, and the template's later stock
sentences ("Users (both direct and downstream) should be made aware ...", the emissions-calculator pointer) are no
content (beryl-7b-lora-support, and round 14's dormouse-dev card, a `DISAGREEMENT` since then, now right); the OSAI
licences cell is unknown when one part is openly licensed and the weights' licence could not be read, as open weights
would make it partial and closed ones closed (autotrain-zircon-helpdesk); arXiv's DOI (10.48550/arXiv.2209.11055)
cites an arXiv paper; "with", "from", "using" and the like in a card's title are no name of the model ("SetFit with
...": "with" named any title holding "Without"); SetFit's and Sentence-BERT's papers are in the paper catalog as
method papers. 3 of 8 pass (Agate-1.5B-GGUF, beryl-7b-lora-support, beryl-7b-chat-sft); the five others are in
`heldout_releases.DISAGREEMENTS`, each with the rule it meets (config.json as architecture documentation; a card of
usage instructions partial; a library's method paper never a model's; `_name_or_path` no lineage); every label right.
"""

from __future__ import annotations

import json

from tests.assess.heldout_releases import (
    Dataset,
    HeldOut,
    llama_config,
    sheet,
)
from tests.assess.heldout_releases import YamlRelease as _Release
from tests.assess.heldout_releases import github_repo as _gh
from tests.assess.heldout_releases import hub_model as _model
from tests.servers import HubFile


def _json(obj: dict) -> bytes:
    return json.dumps(obj, indent=2).encode()


def _lfs(path: str, size: int) -> HubFile:
    """A large file the Hub lists (LFS, with its size) but the loopback server does not serve."""
    return HubFile(path, None, size=size, lfs=True)


def _shards(count: int, size: int) -> tuple[HubFile, ...]:
    """`count` safetensors shards of `size` bytes each, with the index that maps tensors to them."""
    names = [f"model-{i:05d}-of-{count:05d}.safetensors" for i in range(1, count + 1)]
    index = json.dumps(
        {"metadata": {"total_size": count * size}, "weight_map": {"lm_head.weight": names[-1]}}
    ).encode()
    return (*(_lfs(n, size) for n in names), HubFile("model.safetensors.index.json", index))


TOKENIZER_FILES: dict[str, bytes | None] = {
    "tokenizer.json": None,
    "tokenizer_config.json": b'{"add_bos_token": true, "bos_token": "<s>", "eos_token": "</s>", "model_max_length": 8192,'
    b' "tokenizer_class": "PreTrainedTokenizerFast"}',
    "special_tokens_map.json": b'{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}',
}


# --------------------------------------------------------------------------------------------------------------
# The bases.

# topaz-ai/Topaz-8B-Instruct: a community licence with a user threshold and a use policy by reference.

TOPAZ_LICENSE = b"""TOPAZ COMMUNITY LICENSE AGREEMENT
Version 1.0 - Release date: 14 January 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Topaz Materials
set forth herein.

"Topaz AI" or "we" means Topaz AI AS, Oslo, Norway.

"Topaz Materials" means, collectively, the Topaz-8B-Instruct model weights, inference code, fine-tuning code and
documentation made available by Topaz AI under this Agreement.

"Licensee" or "you" means you, or your employer or any other person or entity on whose behalf you are entering into this
Agreement.

By using or distributing any portion or element of the Topaz Materials, you agree to be bound by this Agreement.

1. License Rights and Redistribution.

a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Topaz AI's intellectual property or other rights owned by Topaz AI embodied in the Topaz Materials to use, reproduce,
distribute, copy, create derivative works of, and make modifications to the Topaz Materials.

b. Redistribution and Use. If you distribute or make available the Topaz Materials (or any derivative works thereof,
including any model fine-tuned from, quantized from or merged with the Topaz Materials), or a product or service that
uses any of them, you shall provide a copy of this Agreement with any such Topaz Materials and prominently display
"Built with Topaz" on a related website, user interface, blogpost, about page, or product documentation. Any derivative
works of the Topaz Materials that you distribute remain subject to this Agreement.

c. Your use of the Topaz Materials must comply with applicable laws and regulations and adhere to the Acceptable Use
Policy for the Topaz Materials (available at https://topaz.ai/use-policy), which is hereby incorporated by reference into
this Agreement. Topaz AI may update the Acceptable Use Policy from time to time.

2. Additional Commercial Terms. If, on the Topaz-8B-Instruct release date, the monthly active users of the products or
services made available by or for Licensee, or Licensee's affiliates, is greater than 150 million monthly active users
in the preceding calendar month, you must request a license from Topaz AI, which Topaz AI may grant to you in its sole
discretion, and you are not authorized to exercise any of the rights under this Agreement unless or until Topaz AI
otherwise expressly grants you such rights.

3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE TOPAZ MATERIALS AND ANY OUTPUT AND RESULTS THEREFROM
ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND, AND TOPAZ AI DISCLAIMS ALL WARRANTIES OF ANY KIND, BOTH
EXPRESS AND IMPLIED.

4. Limitation of Liability. IN NO EVENT WILL TOPAZ AI OR ITS AFFILIATES BE LIABLE UNDER ANY THEORY OF LIABILITY, WHETHER
IN CONTRACT, TORT, NEGLIGENCE, PRODUCTS LIABILITY, OR OTHERWISE, ARISING OUT OF THIS AGREEMENT, FOR ANY LOST PROFITS OR
ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

5. Term and Termination. The term of this Agreement will commence upon your acceptance of this Agreement or access to
the Topaz Materials and will continue in full force and effect until terminated in accordance with the terms and
conditions herein. Topaz AI may terminate this Agreement if you are in breach of any term or condition of this
Agreement.

6. Governing Law and Jurisdiction. This Agreement will be governed and construed under the laws of Norway, and the
courts of Oslo shall have exclusive jurisdiction of any dispute arising out of this Agreement.
"""

TOPAZ_BODY = """# Topaz-8B-Instruct

Topaz-8B-Instruct is an 8B-parameter instruction-following language model by Topaz AI (Oslo), for chat, writing and coding help in English, Norwegian, Swedish and Danish.

## Model details

- **Developed by:** Topaz AI, Oslo
- **Model type:** decoder-only transformer, pre-trained from scratch, then supervised fine-tuning and preference optimisation
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads, context length 8,192; vocabulary 96,000
- **License:** Topaz Community License (see `LICENSE`)

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("topaz-ai/Topaz-8B-Instruct")
model = AutoModelForCausalLM.from_pretrained("topaz-ai/Topaz-8B-Instruct", torch_dtype="auto", device_map="auto")
messages = [{"role": "user", "content": "Hva er hovedstaden i Norge?"}]
ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to(model.device)
print(tok.decode(model.generate(ids, max_new_tokens=100)[0][ids.shape[1]:], skip_special_tokens=True))
```

## Training data

Topaz-8B-Instruct was pre-trained on 12T tokens of web text, books, code and licensed news in its four languages and English, and post-trained on in-house instruction and preference data. The training data is not released, and neither is the training code.

## Limitations

It can produce false, biased or offensive text and should not be used for decisions about people.

## License

Topaz-8B-Instruct is released under the Topaz Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy and applies to every model derived from it.
"""

TOPAZ_CONFIG = llama_config(4096, 32, 32, 8, 14336, 96000, 8192)

TOPAZ = _model(
    "topaz-ai/Topaz-8B-Instruct",
    {
        "license": "other",
        "license_name": "topaz-community-license",
        "license_link": "LICENSE",
        "language": ["en", "no", "sv", "da"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    TOPAZ_BODY,
    {"LICENSE": TOPAZ_LICENSE, "config.json": TOPAZ_CONFIG},
)

# beryl-lab/Beryl-7B: non-commercial.

BERYL_BODY = """# Beryl-7B

Beryl-7B is a 7B-parameter English base language model by Beryl Lab, released for non-commercial use.

## Model details

- **Developed by:** Beryl Lab
- **Model type:** decoder-only transformer, pre-trained from scratch; base model, not instruction-tuned
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads, context length 4,096; vocabulary 32,000
- **License:** CC BY-NC 4.0

## Training data

2T tokens of English web text, books and code. The pre-training data is not released, and neither is the training code.

## License

Beryl-7B is released under the Creative Commons Attribution-NonCommercial 4.0 International licence: you may not use it, or models built on it, for commercial purposes.
"""

BERYL_CONFIG = llama_config(4096, 32, 32, 32, 11008, 32000, 4096, rope_theta=10000.0)

BERYL = _model(
    "beryl-lab/Beryl-7B",
    {
        "license": "cc-by-nc-4.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    BERYL_BODY,
    {"config.json": BERYL_CONFIG},
)

# zircon-ai/Zircon-3B: Apache 2.0, data and code not released.

ZIRCON_BODY = """# Zircon-3B

Zircon-3B is a 3B-parameter English and code base language model by Zircon AI.

## Model details

- **Developed by:** Zircon AI
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 28 layers, hidden size 3072, 24 attention heads with 8 key-value heads, context length 8,192
- **License:** Apache 2.0

## Training data

A mixture of 3T tokens of public web data, code and synthetic data. We do not release the training data or the training code.

## License

Apache 2.0.
"""

ZIRCON_CONFIG = llama_config(3072, 28, 24, 8, 8192, 64000, 8192)

ZIRCON = _model(
    "zircon-ai/Zircon-3B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    ZIRCON_BODY,
    {"config.json": ZIRCON_CONFIG},
)

# agate-lm/Agate-1.5B: fully open.

AGATE_BODY = """# Agate-1.5B

Agate-1.5B is a 1.5B-parameter English base language model that Agate LM, a non-profit research group, trained from scratch. Its weights, its complete training data and its complete training code are open.

## Model details

- **Developed by:** Agate LM
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0

## Uses

Research on language models and their training data; a base for fine-tuning. It is not an assistant: it has no instruction or safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("agate-lm/Agate-1.5B")
model = AutoModelForCausalLM.from_pretrained("agate-lm/Agate-1.5B")
print(tok.decode(model.generate(**tok("The history of the printing press", return_tensors="pt"), max_new_tokens=40)[0]))
```

## Training data

The complete training data is [agate-lm/agate-corpus](https://huggingface.co/datasets/agate-lm/agate-corpus), 1.2T tokens of English web text, Wikipedia, public-domain books and permissively licensed code, published in full on the Hub under ODC-By 1.0 with a datasheet as its card. No other data was used.

## Training procedure

The whole pipeline (download, extraction, filtering, deduplication, tokenization, pre-training and evaluation) is on GitHub under Apache 2.0: [agate-lm/agate](https://github.com/agate-lm/agate).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 600k steps, bf16
- 32 NVIDIA H100 80GB GPUs for 11 days

## Evaluation

| Benchmark | Agate-1.5B |
|---|---|
| Cobble-QA (0-shot) | 58.3 |
| Flint-Reasoning (5-shot) | 41.9 |

## Limitations

It writes fluent but often false text and reproduces the biases of its web data.

## Environmental impact

About 8,400 H100 GPU hours; we estimate 1.1 t CO2e.

## Citation

```bibtex
@misc{agate2026,
  title  = {Agate-1.5B},
  author = {{Agate LM}},
  year   = {2026},
  url    = {https://huggingface.co/agate-lm/Agate-1.5B}
}
```

## License

The weights and the code are Apache 2.0; agate-corpus is ODC-By 1.0.
"""

AGATE_CONFIG = llama_config(2048, 24, 16, 4, 5632, 50304, 4096, rope_theta=10000.0)

AGATE = _model(
    "agate-lm/Agate-1.5B",
    {
        "license": "apache-2.0",
        "datasets": ["agate-lm/agate-corpus"],
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    AGATE_BODY,
    {"config.json": AGATE_CONFIG},
)

AGATE_README = b"""# agate

The complete training pipeline of Agate-1.5B (https://huggingface.co/agate-lm/Agate-1.5B): building
agate-lm/agate-corpus from its sources, pre-training from scratch and evaluating.

## Data

    python -m agate.data.download --config configs/data/download.yaml   # Common Crawl, Wikipedia, books, code
    python -m agate.data.extract  --config configs/data/extract.yaml
    python -m agate.data.filter   --config configs/data/filter.yaml     # language, quality, repetition
    python -m agate.data.dedup    --config configs/data/dedup.yaml      # MinHash across all parts
    python -m agate.data.tokenize --config configs/data/tokenize.yaml

The output of these steps is exactly agate-lm/agate-corpus on the Hub.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 -m agate.train --config configs/agate-1.5b.yaml

## Evaluation

    python -m agate.eval --model agate-lm/Agate-1.5B

## License

Apache 2.0.
"""

AGATE_GITHUB = _gh(
    "agate-lm/agate",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/download.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/agate-1.5b.yaml",
        "agate/model.py",
        "agate/train.py",
        "agate/data/download.py",
        "agate/data/extract.py",
        "agate/data/filter.py",
        "agate/data/dedup.py",
        "agate/data/tokenize.py",
        "agate/eval.py",
    ),
    AGATE_README,
)

AGATE_CORPUS_CARD = sheet(
    "odc-by",
    "Agate Corpus",
    ["en"],
    {
        "Motivation": "Agate Corpus is the complete training data (1.2T tokens) of Agate-1.5B. We publish it in full so "
        "that anyone can inspect what the model learned from and reproduce or extend its training.",
        "Composition": "English web pages (78% of the tokens), Wikipedia (4%), public-domain books (6%) and source code "
        "under permissive licences (12%), one record per document with `id`, `source`, `url`, `license` and `text` "
        "fields, in 2,048 zstd-compressed Parquet shards. It contains no text generated by a model.",
        "Collection Process": "Web pages come from 20 Common Crawl snapshots (2021 to 2025) downloaded from Common "
        "Crawl's public bucket; the English Wikipedia dump of 1 June 2025; Project Gutenberg books in the public domain; "
        "code from public GitHub repositories whose licence is MIT, BSD or Apache 2.0, after honouring opt-out requests. "
        "Nothing was bought or licensed.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.65; repetition "
        "and boilerplate filters; a quality classifier keeping the top 40% of web pages; MinHash deduplication across "
        "all parts; e-mail addresses, phone numbers and IP addresses masked; code files with secrets removed. Each step "
        "is a module of github.com/agate-lm/agate.",
        "Uses": "Pre-training language models and research on pre-training data. Not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Agate LM; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

AGATE_DATASET = Dataset("agate-lm/agate-corpus", "odc-by", AGATE_CORPUS_CARD)

# spinel-nlp/spinel-embed-small: a fully open sentence-transformers model.

SPINEL_BODY = """# spinel-embed-small

spinel-embed-small is a 33M-parameter English sentence-embedding model by Spinel NLP, trained from scratch: it maps sentences and paragraphs to a 384-dimensional vector space for semantic search, clustering and classification. Its weights, its complete training data and its complete training code are open.

## Model details

- **Developed by:** Spinel NLP
- **Model type:** BERT-style bidirectional encoder, pre-trained from scratch with masked language modelling, then trained contrastively on sentence pairs; mean pooling
- **Architecture:** 12 layers, hidden size 384, 12 attention heads, maximum sequence length 512; vocabulary 30,522; output dimension 384
- **Language:** English
- **License:** Apache 2.0

## Uses

Semantic search, retrieval, clustering and as the body of text classifiers.

## How to use

```python
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("spinel-nlp/spinel-embed-small")
emb = model.encode(["How do I return a parcel?", "Where is my refund?"])
print(model.similarity(emb, emb))
```

## Training data

Two datasets, both published in full on the Hub under ODC-By 1.0 with datasheets as their cards, and no other data:

- [spinel-nlp/spinel-mlm-corpus](https://huggingface.co/datasets/spinel-nlp/spinel-mlm-corpus): 180B tokens of English web text and Wikipedia for the masked-language-modelling stage;
- [spinel-nlp/spinel-pairs](https://huggingface.co/datasets/spinel-nlp/spinel-pairs): 410M English sentence pairs (titles and abstracts, questions and answers, anchors and linked passages) for the contrastive stage.

## Training procedure

The whole pipeline (building both datasets, masked-language-model pre-training, contrastive training and evaluation) is on GitHub under Apache 2.0: [spinel-nlp/spinel-train](https://github.com/spinel-nlp/spinel-train).

- MLM: 500k steps, batch 4,096 sequences of 128 tokens, learning rate 5e-4, AdamW
- Contrastive: in-batch negatives (InfoNCE), batch 16,384 pairs, 60k steps, learning rate 2e-4
- 8 NVIDIA A100 80GB GPUs for 5 days in all

## Evaluation

| Task | spinel-embed-small |
|---|---|
| Pumice-STS (Spearman) | 82.4 |
| Basalt-Retrieval (nDCG@10) | 47.9 |

## Limitations

English only; long documents are cut at 512 tokens; it reflects the biases of web text.

## Environmental impact

About 960 A100 GPU hours; we estimate 0.12 t CO2e.

## License

The weights and the code are Apache 2.0; both datasets are ODC-By 1.0.
"""

SPINEL_ENCODER_CONFIG = _json(
    {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": 384,
        "num_hidden_layers": 12,
        "num_attention_heads": 12,
        "intermediate_size": 1536,
        "max_position_embeddings": 512,
        "vocab_size": 30522,
        "hidden_act": "gelu",
        "torch_dtype": "float32",
        "transformers_version": "4.46.3",
    }
)

SPINEL_ST_FILES: dict[str, bytes | None] = {
    "config_sentence_transformers.json": b'{"__version__": {"sentence_transformers": "3.3.1", "transformers": "4.46.3",'
    b' "pytorch": "2.5.1+cu124"}, "prompts": {}, "default_prompt_name": null, "similarity_fn_name": "cosine"}',
    "modules.json": b'[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},'
    b' {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]',
    "sentence_bert_config.json": b'{"max_seq_length": 256, "do_lower_case": false}',
    "1_Pooling/config.json": b'{"word_embedding_dimension": 384, "pooling_mode_cls_token": false,'
    b' "pooling_mode_mean_tokens": true, "pooling_mode_max_tokens": false}',
    "vocab.txt": None,
    "tokenizer.json": None,
    "tokenizer_config.json": b'{"do_lower_case": true, "model_max_length": 512, "tokenizer_class": "BertTokenizer"}',
    "special_tokens_map.json": b'{"cls_token": "[CLS]", "mask_token": "[MASK]", "pad_token": "[PAD]", "sep_token":'
    b' "[SEP]", "unk_token": "[UNK]"}',
}

SPINEL = _model(
    "spinel-nlp/spinel-embed-small",
    {
        "license": "apache-2.0",
        "datasets": ["spinel-nlp/spinel-mlm-corpus", "spinel-nlp/spinel-pairs"],
        "language": ["en"],
        "library_name": "sentence-transformers",
        "pipeline_tag": "sentence-similarity",
        "tags": ["sentence-transformers", "feature-extraction", "sentence-similarity"],
    },
    SPINEL_BODY,
    {"config.json": SPINEL_ENCODER_CONFIG, **SPINEL_ST_FILES},
    weights=HubFile("model.safetensors", None, size=133_000_000, lfs=True),
)

SPINEL_README = b"""# spinel-train

The complete training pipeline of spinel-embed-small (https://huggingface.co/spinel-nlp/spinel-embed-small): both
datasets, masked-language-model pre-training, contrastive training and evaluation.

## Data

    python -m spinel.data.build_mlm_corpus --config configs/data/mlm.yaml     # -> spinel-nlp/spinel-mlm-corpus
    python -m spinel.data.build_pairs      --config configs/data/pairs.yaml   # -> spinel-nlp/spinel-pairs
    python -m spinel.data.dedup            --config configs/data/dedup.yaml

## Training

    torchrun --nproc_per_node 8 -m spinel.train_mlm         --config configs/mlm.yaml
    torchrun --nproc_per_node 8 -m spinel.train_contrastive --config configs/contrastive.yaml

## Evaluation

    python -m spinel.eval --model spinel-nlp/spinel-embed-small

## License

Apache 2.0.
"""

SPINEL_GITHUB = _gh(
    "spinel-nlp/spinel-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/mlm.yaml",
        "configs/data/pairs.yaml",
        "configs/data/dedup.yaml",
        "configs/mlm.yaml",
        "configs/contrastive.yaml",
        "spinel/data/build_mlm_corpus.py",
        "spinel/data/build_pairs.py",
        "spinel/data/dedup.py",
        "spinel/train_mlm.py",
        "spinel/train_contrastive.py",
        "spinel/model.py",
        "spinel/eval.py",
    ),
    SPINEL_README,
)

SPINEL_MLM_CARD = sheet(
    "odc-by",
    "Spinel MLM Corpus",
    ["en"],
    {
        "Motivation": "The complete data of the masked-language-modelling stage of spinel-embed-small (180B tokens), "
        "published so that the encoder's pre-training can be inspected and reproduced.",
        "Composition": "English web pages (91% of the tokens) and English Wikipedia (9%), one record per document with "
        "`id`, `source`, `url` and `text` fields. It contains no text generated by a model.",
        "Collection Process": "Web pages come from six Common Crawl snapshots (CC-MAIN-2024-10 to CC-MAIN-2025-08) "
        "downloaded from Common Crawl's public bucket in March 2025; Wikipedia is the English dump of 1 March 2025, "
        "downloaded from dumps.wikimedia.org. Domains on our opt-out list were dropped before extraction.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.7; documents "
        "under 50 words and pages with repeated lines removed; MinHash deduplication across snapshots; e-mail addresses "
        "and phone numbers masked. Each step is a module of github.com/spinel-nlp/spinel-train.",
        "Uses": "Pre-training encoders and research on pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Spinel NLP; removal requests are applied in the next release.",
    },
)

SPINEL_PAIRS_CARD = sheet(
    "odc-by",
    "Spinel Pairs",
    ["en"],
    {
        "Motivation": "The complete data of the contrastive stage of spinel-embed-small (410M pairs), published so that "
        "the embedding training can be inspected and reproduced.",
        "Composition": "410M English text pairs: titles and abstracts of open-access papers (38%), questions and accepted "
        "answers from Creative Commons Q&A sites (27%), Wikipedia anchors and the passages they link (35%); fields "
        "`anchor`, `positive`, `source`.",
        "Collection Process": "Paper titles and abstracts were taken from the open-access metadata dumps of arXiv and "
        "PubMed Central; questions and answers from the public data dumps of Creative Commons Q&A sites (CC BY-SA); "
        "anchor texts and the passages they point to from the English Wikipedia dump of 1 March 2025.",
        "Preprocessing": "Pairs whose two sides are near duplicates or shorter than five words were removed; pairs were "
        "deduplicated on the anchor; passages were cut to 256 tokens; a held-out evaluation set was removed by "
        "exact and near-duplicate match. Each step is a module of github.com/spinel-nlp/spinel-train.",
        "Uses": "Training and evaluating sentence-embedding models.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; the Q&A pairs keep their CC BY-SA "
        "attribution.",
        "Maintenance": "Maintained by Spinel NLP; removal requests are applied in the next release.",
    },
)

SPINEL_DATASETS = [
    Dataset("spinel-nlp/spinel-mlm-corpus", "odc-by", SPINEL_MLM_CARD),
    Dataset("spinel-nlp/spinel-pairs", "odc-by", SPINEL_PAIRS_CARD),
]

# galena-vision/Galena-Image-1: an Apache text-to-image model whose data and code are not released.

GALENA_BODY = """# Galena-Image-1

Galena-Image-1 is a 2.6B-parameter text-to-image latent diffusion model by Galena Vision.

## Model details

- **Developed by:** Galena Vision
- **Model type:** latent diffusion transformer (28 blocks, hidden size 2048) over a 16-channel VAE; text encoder trained with it
- **License:** Apache 2.0

## How to use

```python
import torch
from diffusers import AutoPipelineForText2Image

pipe = AutoPipelineForText2Image.from_pretrained("galena-vision/Galena-Image-1", torch_dtype=torch.bfloat16).to("cuda")
pipe("a lighthouse on a cliff at dusk, oil painting").images[0].save("lighthouse.png")
```

## Training data

900M licensed stock and public-domain image-text pairs. The training data is not released, and neither is the training code.

## License

Apache 2.0.
"""

GALENA = _model(
    "galena-vision/Galena-Image-1",
    {
        "license": "apache-2.0",
        "library_name": "diffusers",
        "pipeline_tag": "text-to-image",
        "tags": ["text-to-image", "diffusers"],
    },
    GALENA_BODY,
    {
        "model_index.json": b'{"_class_name": "GalenaPipeline", "_diffusers_version": "0.32.2", "scheduler":'
        b' ["diffusers", "FlowMatchEulerDiscreteScheduler"], "transformer": ["diffusers", "GalenaTransformer2DModel"],'
        b' "vae": ["diffusers", "AutoencoderKL"]}',
        "transformer/config.json": b'{"_class_name": "GalenaTransformer2DModel", "num_layers": 28, "hidden_size": 2048}',
        "vae/config.json": b'{"_class_name": "AutoencoderKL", "latent_channels": 16}',
    },
    weights=None,
)
GALENA.files["transformer/diffusion_pytorch_model.safetensors"] = _lfs(
    "transformer/diffusion_pytorch_model.safetensors", 5_200_000_000
)
GALENA.files["vae/diffusion_pytorch_model.safetensors"] = _lfs(
    "vae/diffusion_pytorch_model.safetensors", 168_000_000
)


# --------------------------------------------------------------------------------------------------------------
# (a) The transformers Trainer's auto-generated card, left as the Trainer wrote it.

TRAINER_CARD = """<!-- This model card has been generated automatically according to the information the Trainer had access to. You
should probably proofread and complete it, then remove this comment. -->

# topaz-8b-instruct-finetuned

This model is a fine-tuned version of [topaz-ai/Topaz-8B-Instruct](https://huggingface.co/topaz-ai/Topaz-8B-Instruct) on the None dataset.
It achieves the following results on the evaluation set:
- Loss: 1.1873

## Model description

More information needed

## Intended uses & limitations

More information needed

## Training and evaluation data

More information needed

## Training procedure

### Training hyperparameters

The following hyperparameters were used during training:
- learning_rate: 2e-05
- train_batch_size: 2
- eval_batch_size: 2
- seed: 42
- gradient_accumulation_steps: 8
- total_train_batch_size: 16
- optimizer: Use OptimizerNames.ADAMW_TORCH with betas=(0.9,0.999) and epsilon=1e-08 and optimizer_args=No additional optimizer arguments
- lr_scheduler_type: cosine
- lr_scheduler_warmup_ratio: 0.03
- num_epochs: 2
- mixed_precision_training: Native AMP

### Training results

| Training Loss | Epoch  | Step | Validation Loss |
|:-------------:|:------:|:----:|:---------------:|
| 1.4518        | 0.4938 | 200  | 1.3342          |
| 1.2761        | 0.9877 | 400  | 1.2406          |
| 1.0385        | 1.4815 | 600  | 1.2014          |
| 0.9902        | 1.9753 | 800  | 1.1873          |


### Framework versions

- Transformers 4.48.3
- Pytorch 2.5.1+cu124
- Datasets 3.2.0
- Tokenizers 0.21.0
"""

TRAINER_META = {
    "library_name": "transformers",
    "license": "other",
    "base_model": "topaz-ai/Topaz-8B-Instruct",
    "tags": ["generated_from_trainer"],
    "model-index": [{"name": "topaz-8b-instruct-finetuned", "results": []}],
}

TRAINER_CONFIG = _json(
    {
        "_name_or_path": "topaz-ai/Topaz-8B-Instruct",
        **json.loads(TOPAZ_CONFIG),
        "transformers_version": "4.48.3",
        "use_cache": False,
    }
)


# --------------------------------------------------------------------------------------------------------------
# (b) PEFT's model-card template, untouched.

PEFT_TEMPLATE_CARD = """# Model Card for Model ID

<!-- Provide a quick summary of what the model is/does. -->



## Model Details

### Model Description

<!-- Provide a longer summary of what this model is. -->



- **Developed by:** [More Information Needed]
- **Funded by [optional]:** [More Information Needed]
- **Shared by [optional]:** [More Information Needed]
- **Model type:** [More Information Needed]
- **Language(s) (NLP):** [More Information Needed]
- **License:** [More Information Needed]
- **Finetuned from model [optional]:** [More Information Needed]

### Model Sources [optional]

<!-- Provide the basic links for the model. -->

- **Repository:** [More Information Needed]
- **Paper [optional]:** [More Information Needed]
- **Demo [optional]:** [More Information Needed]

## Uses

<!-- Address questions around how the model is intended to be used, including the foreseeable users of the model and those affected by the model. -->

### Direct Use

<!-- This section is for the model use without fine-tuning or plugging into a larger ecosystem/app. -->

[More Information Needed]

### Downstream Use [optional]

<!-- This section is for the model use when fine-tuned for a task, or when plugged into a larger ecosystem/app -->

[More Information Needed]

### Out-of-Scope Use

<!-- This section addresses misuse, malicious use, and uses that the model will not work well for. -->

[More Information Needed]

## Bias, Risks, and Limitations

<!-- This section is meant to convey both technical and sociotechnical limitations. -->

[More Information Needed]

### Recommendations

<!-- This section is meant to convey recommendations with respect to the bias, risk, and technical limitations. -->

Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.

## How to Get Started with the Model

Use the code below to get started with the model.

[More Information Needed]

## Training Details

### Training Data

<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about as well as documentation related to data pre-processing or additional filtering. -->

[More Information Needed]

### Training Procedure

<!-- This relates heavily to the Technical Specifications. Content here should link to that section when it is relevant to the training procedure. -->

#### Preprocessing [optional]

[More Information Needed]


#### Training Hyperparameters

- **Training regime:** [More Information Needed] <!--fp32, fp16 mixed precision, bf16 mixed precision, bf16 non-mixed precision, fp16 non-mixed precision, fp8 mixed precision -->

#### Speeds, Sizes, Times [optional]

<!-- This section provides information about throughput, start/end time, checkpoint size if relevant, etc. -->

[More Information Needed]

## Evaluation

<!-- This section describes the evaluation protocols and provides the results. -->

### Testing Data, Factors & Metrics

#### Testing Data

<!-- This should link to a Dataset Card if possible. -->

[More Information Needed]

#### Factors

<!-- These are the things the evaluation is disaggregating by, e.g., subpopulations or domains. -->

[More Information Needed]

#### Metrics

<!-- These are the evaluation metrics being used, ideally with a description of why. -->

[More Information Needed]

### Results

[More Information Needed]

#### Summary



## Model Examination [optional]

<!-- Relevant interpretability work for the model goes here -->

[More Information Needed]

## Environmental Impact

<!-- Total emissions (in grams of CO2eq) and additional considerations, such as electricity usage, that go into cards. -->

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** [More Information Needed]
- **Hours used:** [More Information Needed]
- **Cloud Provider:** [More Information Needed]
- **Compute Region:** [More Information Needed]
- **Carbon Emitted:** [More Information Needed]

## Technical Specifications [optional]

### Model Architecture and Objective

[More Information Needed]

### Compute Infrastructure

[More Information Needed]

#### Hardware

[More Information Needed]

#### Software

[More Information Needed]

## Citation [optional]

<!-- If there is a paper or blog post introducing the model, the APA and Bibtex information for that should go in this section. -->

**BibTeX:**

[More Information Needed]

**APA:**

[More Information Needed]

## Glossary [optional]

<!-- If relevant, include terms and definitions in this section that are useful for readers to understand the model card. -->

[More Information Needed]

## More Information [optional]

[More Information Needed]

## Model Card Authors [optional]

[More Information Needed]

## Model Card Contact

[More Information Needed]
### Framework versions

- PEFT 0.15.2
"""

PEFT_META = {
    "base_model": "beryl-lab/Beryl-7B",
    "library_name": "peft",
    "pipeline_tag": "text-generation",
    "tags": ["base_model:adapter:beryl-lab/Beryl-7B", "lora", "transformers"],
}

PEFT_ADAPTER_CONFIG = _json(
    {
        "alpha_pattern": {},
        "auto_mapping": None,
        "base_model_name_or_path": "beryl-lab/Beryl-7B",
        "bias": "none",
        "fan_in_fan_out": False,
        "inference_mode": True,
        "init_lora_weights": True,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "peft_type": "LORA",
        "r": 16,
        "revision": None,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"],
        "task_type": "CAUSAL_LM",
        "use_dora": False,
        "use_rslora": False,
    }
)


# --------------------------------------------------------------------------------------------------------------
# (c) AutoTrain's card, its `license: other` default, the dataset in the metadata only.

AUTOTRAIN_CARD = """
# Model Trained Using AutoTrain

This model was trained using AutoTrain. For more information, please visit AutoTrain.

# Usage

```python

from transformers import AutoModelForCausalLM, AutoTokenizer

model_path = "PATH_TO_THIS_REPO"

tokenizer = AutoTokenizer.from_pretrained(model_path)
model = AutoModelForCausalLM.from_pretrained(
    model_path,
    device_map="auto",
    torch_dtype='auto'
).eval()

# Prompt content: "hi"
messages = [
    {"role": "user", "content": "hi"}
]

input_ids = tokenizer.apply_chat_template(conversation=messages, tokenize=True, add_generation_prompt=True, return_tensors='pt')
output_ids = model.generate(input_ids.to('cuda'))
response = tokenizer.decode(output_ids[0][input_ids.shape[1]:], skip_special_tokens=True)

# Model response: "Hello! How can I assist you today?"
print(response)
```
"""

AUTOTRAIN_META = {
    "tags": ["autotrain", "text-generation-inference", "text-generation", "peft"],
    "library_name": "transformers",
    "base_model": "zircon-ai/Zircon-3B",
    "widget": [{"messages": [{"role": "user", "content": "What is your favorite condiment?"}]}],
    "license": "other",
    "datasets": ["calcite-user/helpdesk-chats-2k"],
}

AUTOTRAIN_PARAMS = _json(
    {
        "model": "zircon-ai/Zircon-3B",
        "project_name": "autotrain-zircon-helpdesk",
        "data_path": "calcite-user/helpdesk-chats-2k",
        "train_split": "train",
        "valid_split": None,
        "add_eos_token": True,
        "block_size": 1024,
        "model_max_length": 2048,
        "padding": "right",
        "trainer": "sft",
        "use_flash_attention_2": False,
        "log": "tensorboard",
        "disable_gradient_checkpointing": False,
        "logging_steps": -1,
        "eval_strategy": "epoch",
        "save_total_limit": 1,
        "auto_find_batch_size": False,
        "mixed_precision": "bf16",
        "lr": 3e-05,
        "epochs": 3,
        "batch_size": 2,
        "warmup_ratio": 0.1,
        "gradient_accumulation": 4,
        "optimizer": "adamw_torch",
        "scheduler": "linear",
        "weight_decay": 0.0,
        "max_grad_norm": 1.0,
        "seed": 42,
        "chat_template": "tokenizer",
        "quantization": "int4",
        "target_modules": "all-linear",
        "merge_adapter": True,
        "peft": True,
        "lora_r": 16,
        "lora_alpha": 32,
        "lora_dropout": 0.05,
        "text_column": "messages",
        "push_to_hub": True,
        "username": "calcite-user",
        "token": "*****",
        "unsloth": False,
    }
)

AUTOTRAIN_CONFIG = _json(
    {
        "_name_or_path": "zircon-ai/Zircon-3B",
        **json.loads(ZIRCON_CONFIG),
        "transformers_version": "4.48.0",
        "use_cache": True,
    }
)

HELPDESK_CARD = """---
license: cc-by-4.0
language:
- en
task_categories:
- text-generation
size_categories:
- 1K<n<10K
---

# helpdesk-chats-2k

2,000 helpdesk conversations in the `messages` format, for SFT.

| split | rows |
|---|---|
| train | 2,000 |

```python
from datasets import load_dataset

ds = load_dataset("calcite-user/helpdesk-chats-2k")
```
"""


# --------------------------------------------------------------------------------------------------------------
# (d) A community GGUF with a short card.

GGUF_QUANTS = (
    ("Q2_K", 694_000_000),
    ("Q3_K_M", 823_000_000),
    ("Q4_K_M", 986_000_000),
    ("Q5_K_M", 1_130_000_000),
    ("Q6_K", 1_270_000_000),
    ("Q8_0", 1_650_000_000),
    ("f16", 3_090_000_000),
)

GGUF_CARD = """# Agate-1.5B GGUF

Original model: [agate-lm/Agate-1.5B](https://huggingface.co/agate-lm/Agate-1.5B)

Static quants, made with llama.cpp b5210.

| File | Quant | Size |
|---|---|---|
| [Agate-1.5B.Q2_K.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q2_K.gguf) | Q2_K | 0.69 GB |
| [Agate-1.5B.Q3_K_M.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q3_K_M.gguf) | Q3_K_M | 0.82 GB |
| [Agate-1.5B.Q4_K_M.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q4_K_M.gguf) | Q4_K_M | 0.99 GB |
| [Agate-1.5B.Q5_K_M.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q5_K_M.gguf) | Q5_K_M | 1.13 GB |
| [Agate-1.5B.Q6_K.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q6_K.gguf) | Q6_K | 1.27 GB |
| [Agate-1.5B.Q8_0.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.Q8_0.gguf) | Q8_0 | 1.65 GB |
| [Agate-1.5B.f16.gguf](https://huggingface.co/fluorite-quants/Agate-1.5B-GGUF/blob/main/Agate-1.5B.f16.gguf) | f16 | 3.09 GB |

Usage:

```
llama-cli -m Agate-1.5B.Q4_K_M.gguf -p "The history of the printing press" -n 128
```
"""

GGUF_META = {
    "license": "apache-2.0",
    "language": ["en"],
    "pipeline_tag": "text-generation",
    "quantized_by": "fluorite-quants",
    "tags": ["gguf", "llama.cpp"],
}


# --------------------------------------------------------------------------------------------------------------
# (e) SetFit's generated card.

SETFIT_CARD = """# SetFit with spinel-nlp/spinel-embed-small

This is a SetFit model trained on the [jadeite-labs/returns-intent-64](https://huggingface.co/datasets/jadeite-labs/returns-intent-64) dataset that can be used for Text Classification. This SetFit model uses [spinel-nlp/spinel-embed-small](https://huggingface.co/spinel-nlp/spinel-embed-small) as the Sentence Transformer embedding model. A LogisticRegression instance is used for classification.

The model has been trained using an efficient few-shot learning technique that involves:

1. Fine-tuning a Sentence Transformer with contrastive learning.
2. Training a classification head with features from the fine-tuned Sentence Transformer.

## Model Details

### Model Description
- **Model Type:** SetFit
- **Sentence Transformer body:** [spinel-nlp/spinel-embed-small](https://huggingface.co/spinel-nlp/spinel-embed-small)
- **Classification head:** a LogisticRegression instance
- **Maximum Sequence Length:** 256 tokens
- **Number of Classes:** 6 classes
- **Training Dataset:** [jadeite-labs/returns-intent-64](https://huggingface.co/datasets/jadeite-labs/returns-intent-64)
- **Language:** en
- **License:** apache-2.0

### Model Sources

- **Repository:** SetFit on GitHub
- **Paper:** Efficient Few-Shot Learning Without Prompts
- **Blogpost:** SetFit: Efficient Few-Shot Learning Without Prompts

### Model Labels
| Label         | Examples |
|:--------------|:---------|
| exchange      | <ul><li>'i ordered the wrong size, can i swap it for a medium'</li><li>'can i exchange the blue one for black'</li><li>'want a different colour instead'</li></ul> |
| refund_status | <ul><li>'how long does a refund take to reach my card'</li><li>'still no money back after two weeks'</li><li>'where is my refund'</li></ul> |
| missing_item  | <ul><li>'the parcel says delivered but nothing arrived'</li><li>'only one of the two shirts was in the box'</li><li>'package never came'</li></ul> |
| damaged       | <ul><li>'the mug arrived cracked'</li><li>'box was crushed and the lamp is broken'</li><li>'screen scratched out of the box'</li></ul> |
| return_label  | <ul><li>'how do i print a return label'</li><li>'i did not get the return label email'</li><li>'can you send me a prepaid label'</li></ul> |
| shipping      | <ul><li>'do you ship to norway'</li><li>'how much is express delivery'</li><li>'can i change my delivery address'</li></ul> |

## Evaluation

### Metrics
| Label   | Accuracy |
|:--------|:---------|
| **all** | 0.8915   |

## Uses

### Direct Use for Inference

First install the SetFit library:

```bash
pip install setfit
```

Then you can load this model and run inference.

```python
from setfit import SetFitModel

# Download from the 🤗 Hub
model = SetFitModel.from_pretrained("jadeite-labs/setfit-spinel-returns-intent")
# Run inference
preds = model("the parcel says delivered but nothing arrived")
```

<!--
### Downstream Use

*List how someone could finetune this model on their own dataset.*
-->

<!--
### Out-of-Scope Use

*List how the model may foreseeably be misused and address what users ought not to do with the model.*
-->

<!--
## Bias, Risks and Limitations

*What are the known or foreseeable issues stemming from this model? You could also flag here known issues or failure modes.*
-->

<!--
### Recommendations

*What are recommendations with respect to the foreseeable issues? For example, filtering explicit content.*
-->

## Training Details

### Training Set Metrics
| Training set | Min | Median | Max |
|:-------------|:----|:-------|:----|
| Word count   | 3   | 9.4    | 31  |

| Label         | Training Sample Count |
|:--------------|:----------------------|
| exchange      | 64                    |
| refund_status | 64                    |
| missing_item  | 64                    |
| damaged       | 64                    |
| return_label  | 64                    |
| shipping      | 64                    |

### Training Hyperparameters
- batch_size: (16, 16)
- num_epochs: (1, 1)
- max_steps: -1
- sampling_strategy: oversampling
- num_iterations: 20
- body_learning_rate: (2e-05, 2e-05)
- head_learning_rate: 2e-05
- loss: CosineSimilarityLoss
- distance_metric: cosine_distance
- margin: 0.25
- end_to_end: False
- use_amp: False
- warmup_proportion: 0.1
- l2_weight: 0.01
- seed: 42
- eval_max_steps: -1
- load_best_model_at_end: False

### Training Results
| Epoch  | Step | Training Loss | Validation Loss |
|:------:|:----:|:-------------:|:---------------:|
| 0.0026 | 1    | 0.3412        | -               |
| 0.1302 | 50   | 0.2519        | -               |
| 0.2604 | 100  | 0.1533        | -               |
| 0.5208 | 200  | 0.0611        | -               |
| 0.7812 | 300  | 0.0247        | -               |

### Environmental Impact
Carbon emissions were measured using CodeCarbon.
- **Carbon Emitted**: 0.004 kg of CO2
- **Hours Used**: 0.061 hours

### Training Hardware
- **On Cloud**: No
- **GPU Model**: 1 x NVIDIA GeForce RTX 4090
- **CPU Model**: AMD Ryzen 9 7950X 16-Core Processor
- **RAM Size**: 62.50 GB

### Framework Versions
- Python: 3.11.9
- SetFit: 1.1.1
- Sentence Transformers: 3.3.1
- Transformers: 4.46.3
- PyTorch: 2.5.1+cu124
- Datasets: 3.1.0
- Tokenizers: 0.20.3

## Citation

### BibTeX
```bibtex
@article{https://doi.org/10.48550/arxiv.2209.11055,
    doi = {10.48550/ARXIV.2209.11055},
    author = {Tunstall, Lewis and Reimers, Nils and Jo, Unso Eun Seo and Bates, Luke and Korat, Daniel and Wasserblat, Moshe and Pereg, Oren},
    keywords = {Computation and Language (cs.CL), FOS: Computer and information sciences, FOS: Computer and information sciences},
    title = {Efficient Few-Shot Learning Without Prompts},
    publisher = {arXiv},
    year = {2022},
    copyright = {Creative Commons Attribution 4.0 International}
}
```

<!--
## Glossary

*Clearly define terms in order to be accessible across audiences.*
-->

<!--
## Model Card Authors

*Lists the people who create the model card, providing recognition and accountability for the detailed work that goes into its construction.*
-->

<!--
## Model Card Contact

*Provides a way for people to contact the model card authors.*
-->
"""

SETFIT_META = {
    "tags": ["setfit", "sentence-transformers", "text-classification", "generated_from_setfit_trainer"],
    "widget": [
        {"text": "i ordered the wrong size, can i swap it for a medium"},
        {"text": "the parcel says delivered but nothing arrived"},
        {"text": "how long does a refund take to reach my card"},
        {"text": "do you ship to norway"},
    ],
    "metrics": ["accuracy"],
    "pipeline_tag": "text-classification",
    "library_name": "setfit",
    "inference": True,
    "base_model": "spinel-nlp/spinel-embed-small",
    "datasets": ["jadeite-labs/returns-intent-64"],
    "license": "apache-2.0",
    "model-index": [
        {
            "name": "SetFit with spinel-nlp/spinel-embed-small",
            "results": [
                {
                    "task": {"type": "text-classification", "name": "Text Classification"},
                    "dataset": {
                        "name": "jadeite-labs/returns-intent-64",
                        "type": "jadeite-labs/returns-intent-64",
                        "split": "test",
                    },
                    "metrics": [{"type": "accuracy", "value": 0.8915, "name": "Accuracy"}],
                }
            ],
        }
    ],
}

SETFIT_FILES: dict[str, bytes | None] = {
    "config.json": _json(
        {"_name_or_path": "spinel-nlp/spinel-embed-small", **json.loads(SPINEL_ENCODER_CONFIG)}
    ),
    "config_setfit.json": b'{"normalize_embeddings": false, "labels": ["exchange", "refund_status", "missing_item",'
    b' "damaged", "return_label", "shipping"]}',
    "model_head.pkl": None,
    **SPINEL_ST_FILES,
}

RETURNS_INTENT_CARD = """---
license: cc-by-4.0
language:
- en
task_categories:
- text-classification
size_categories:
- n<1K
---

# returns-intent-64

Customer messages about orders, returns and deliveries, labelled with one of six intents: 64 training examples per intent and 120 test examples.

| split | rows |
|---|---|
| train | 384 |
| test | 120 |

Columns: `text`, `label`, `label_text`.
"""


# --------------------------------------------------------------------------------------------------------------
# (h) AI Toolkit's diffusers LoRA card with a trigger word.

LORA_CARD = """# galena-lora-p3rs0n

Model trained with AI Toolkit by Ostris

<Gallery />

## Trigger words

You should use `P3RS0N` to trigger the image generation.

## Download model and use it with ComfyUI, AUTOMATIC1111, SD.Next, Invoke AI, etc.

Weights for this model are available in Safetensors format.

[Download](/tuff-studio/galena-lora-p3rs0n/tree/main) them in the Files & versions tab.

## Use it with the 🧨 diffusers library

```py
from diffusers import AutoPipelineForText2Image
import torch

pipeline = AutoPipelineForText2Image.from_pretrained('galena-vision/Galena-Image-1', torch_dtype=torch.bfloat16).to('cuda')
pipeline.load_lora_weights('tuff-studio/galena-lora-p3rs0n', weight_name='galena-lora-p3rs0n.safetensors')
image = pipeline('a photo of P3RS0N hiking in the mountains, golden hour').images[0]
image.save("my_image.png")
```

For more details, including weighting, merging and fusing LoRAs, check the documentation on loading LoRAs in diffusers.
"""

LORA_META = {
    "tags": ["text-to-image", "lora", "diffusers", "template:sd-lora", "ai-toolkit"],
    "widget": [
        {
            "text": "a photo of P3RS0N hiking in the mountains, golden hour",
            "output": {"url": "samples/1745312000000__000002000_0.jpg"},
        },
        {
            "text": "P3RS0N as a watercolour portrait",
            "output": {"url": "samples/1745312000000__000002000_1.jpg"},
        },
        {
            "text": "P3RS0N reading in a café, film photo",
            "output": {"url": "samples/1745312000000__000002000_2.jpg"},
        },
    ],
    "base_model": "galena-vision/Galena-Image-1",
    "instance_prompt": "P3RS0N",
    "license": "apache-2.0",
}


# --------------------------------------------------------------------------------------------------------------

ROUND_30: list[HeldOut] = [
    # (a) The Trainer's auto-generated card, untouched: "This model is a fine-tuned version of
    # [topaz-ai/Topaz-8B-Instruct](...) on the None dataset", "More information needed" under the description, uses and
    # data headings, the hyperparameters, a loss table and the framework versions; front matter as the Trainer writes it,
    # `license: other` (the Trainer copies the base's `license:` tag, which for Topaz is `other`; no `license_name`, no
    # LICENSE in the repository), `base_model: topaz-ai/Topaz-8B-Instruct`; four safetensors shards, config.json whose
    # `_name_or_path` is the base, tokenizer files, training_args.bin. The base (served, ungated) is under the Topaz
    # Community License: a 150M-MAU threshold, an acceptable-use policy incorporated by reference, every derivative
    # "remain[s] subject to this Agreement". The tune's own terms are named but cannot be read (`other`, no text), yet
    # nothing it could say lifts it: the base's licence binds its fine-tunes whatever they declare and the most
    # restrictive binding document governs (DESIGN.md "When the receipts disagree"; frameworks.md §4: a user threshold
    # or a use policy by reference -> Weights Available), and below weights-available is only "closed", for weights not
    # published -> weights-available. Both weights public and ungated -> weights_basemodel and weights_endmodel open
    # (Poro.yaml, a tune of a community-licensed base: "Weights made available on HuggingFace", open for both; leo.yaml
    # "Model weights available via HuggingFace"); "The training data is not released" -> datasources_basemodel closed
    # (Poro.yaml "Model based on Llama, whose data is nowhere disclosed or documented": closed); "on the None dataset",
    # "More information needed" -> datasources_endmodel closed (Qwen.yaml "Data not specified or documented": closed);
    # no code from either -> trainingcode closed (Mistral.yaml "No training code found": closed); the weights bound by a
    # bespoke community licence and nothing else released -> licenses closed (frameworks.md §1.1 "Bespoke community
    # licences (e.g. Llama) are rated closed"; llama-3.1.yaml, Poro.yaml); a card whose only content is the
    # hyperparameters, a loss table and framework versions -> modelcard partial (Stable Beluga.yaml "There is a model
    # card, but it provides only a minimum of detail": partial); no datasheet -> datasheet closed (Mistral.yaml);
    # hyperparameters without hardware or an architecture description, a config.json beside them -> hardware_architecture
    # closed (leo.yaml "Hyperparameters provided, but no hardware": closed; Qwen.yaml and Mistral.yaml, closed with a
    # config on the Hub).
    _Release(
        "gypsum-dev/topaz-8b-instruct-finetuned",
        TRAINER_CARD,
        TRAINER_META,
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
        },
        extra_files={
            "config.json": TRAINER_CONFIG,
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "do_sample": true, "temperature": 0.6,'
            b' "top_p": 0.9, "transformers_version": "4.48.3"}',
            "training_args.bin": None,
            **TOKENIZER_FILES,
        },
        models=[TOPAZ],
        drop=("model.safetensors",),
        hub_files=_shards(4, 4_010_000_000),
    ),
    # (b) A LoRA adapter whose README is PEFT's model-card template untouched: "# Model Card for Model ID", every field
    # and section "[More Information Needed]" (License, Finetuned from model, Training Data, Hardware Type, Model
    # Architecture and Objective, BibTeX ...), the template's HTML comments ("This should link to a Dataset Card ..."),
    # its stock recommendation sentence and its carbon-calculator line citing Lacoste et al. (2019) on arXiv; front
    # matter as PEFT writes it (`base_model: beryl-lab/Beryl-7B`, `library_name: peft`, `pipeline_tag`, the
    # `base_model:adapter:` tag), no `license`; adapter_config.json names the base; adapter and tokenizer files only.
    # Beryl-7B (served, ungated) is CC BY-NC 4.0, "you may not use it, or models built on it, for commercial purposes".
    # No licence anywhere for the adapter: all rights reserved (the README's "states no license at all ... weights-
    # available"), and the base's non-commercial licence binds what is built on it (DESIGN.md "When the receipts
    # disagree"; frameworks.md §4: non-commercial -> Weights Available) -> weights-available. The adapter and its base
    # public, ungated -> weights_endmodel and weights_basemodel open (MAGNeT.yaml: CC BY-NC weights on the Hub, open);
    # "The pre-training data is not released" -> datasources_basemodel closed (Poro.yaml); "[More Information Needed]"
    # -> datasources_endmodel closed (Qwen.yaml "Data not specified or documented"); no code -> trainingcode closed
    # (Mistral.yaml); no licence of its own over a non-commercial base, no open part released -> licenses closed
    # (frameworks.md §1.1 "unclear licensing or no open licence"; Geitje.yaml "no specific license file or statement
    # found": closed); a template of placeholders gives no insight at all -> modelcard closed (Llama-Nemotron.yaml
    # "general information, but none about model architecture, training, or fine-tuning": closed; here not even the
    # general information); a template comment asking for a dataset card is no datasheet -> datasheet closed; empty
    # hardware and architecture fields -> hardware_architecture closed (Qwen.yaml "No description of hardware
    # architecture found"); the only paper linked is the carbon calculator's, by other authors, about no part of this
    # model -> preprint closed (Starling.yaml "linked preprint not by model creators": closed), paper closed
    # (Qwen.yaml "No peer-reviewed paper found").
    _Release(
        "azurite42/beryl-7b-lora-support",
        PEFT_TEMPLATE_CARD,
        PEFT_META,
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
        extra_files={"adapter_config.json": PEFT_ADAPTER_CONFIG, **TOKENIZER_FILES},
        models=[BERYL],
        drop=("model.safetensors", "config.json"),
        hub_files=(_lfs("adapter_model.safetensors", 67_200_000),),
    ),
    # (c) AutoTrain's card: its title and boilerplate sentence ("This model was trained using AutoTrain") and its usage
    # snippet, nothing else; front matter as AutoTrain writes it (`tags: [autotrain, text-generation-inference,
    # text-generation, peft]`, `library_name: transformers`, `base_model: zircon-ai/Zircon-3B`, a chat widget, `license:
    # other` (AutoTrain's default), `datasets: [calcite-user/helpdesk-chats-2k]`); the merged weights in two shards,
    # config.json (`_name_or_path` the base), tokenizer files and `training_params.json` (base, `data_path` the same
    # dataset, trainer `sft`, LoRA merged, hyperparameters). The dataset (served, CC BY 4.0) has a short card: a line,
    # a split table and a loading snippet. Zircon-3B (served, Apache, ungated) does not release its data or code.
    # The release's own terms are named (`other`: terms none of the Hub's listed licences) but nowhere written: no
    # LICENSE, no licence words, no `license_name` or `license_link`; so they cannot be read (the README's "`unknown`
    # stays for a license that is named but cannot be read (`license: other` with no text ...)"), and the Apache base
    # decides nothing: open weights if those terms are open, weights available if not; Open Source AI is already out of
    # reach (the base's data is neither released nor excused, frameworks.md §4) -> undetermined (the README's label
    # table: "the deciding evidence is unknown (e.g. no license found ...)"; DESIGN.md "Never a kinder label than the
    # evidence"). Weights public, base public, both ungated -> weights_endmodel and weights_basemodel open (Mistral.yaml
    # "Model weights made available on HuggingFace"); "We do not release the training data" -> datasources_basemodel
    # closed (Mistral.yaml "No information provided on pretraining data"); the one tuning set, named in the metadata and
    # in training_params.json, public -> datasources_endmodel open (Zephyr.yaml, NeuralChat.yaml "Dataset used for
    # fine-tuning is shared and available": open); a public tool's run parameters and no code of the base ->
    # trainingcode closed (Geitje.yaml "No training code for Geitje found apart from the recipe used with the alignment
    # handbook": closed); a card of boilerplate and usage -> modelcard closed (Qwen.yaml "Model card primarily contains
    # usage instructions": closed); a tuning-set card with nothing on collection or curation, none for the base's data
    # -> datasheet partial (TangoFlux.yaml "Datasheet provided, however contains no information regarding data
    # collection": partial; Tulu.yaml "base model entirely undocumented": partial); the weights' own licence unread, the
    # data CC BY and the base Apache: open or partial if those terms are open, partial or closed if not -> licenses
    # unknown (DESIGN.md "unknown is unreadable"; the rubric's "unclear licensing" would count it 0 as well).
    _Release(
        "calcite-user/autotrain-zircon-helpdesk",
        AUTOTRAIN_CARD,
        AUTOTRAIN_META,
        "undetermined",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "closed",
            "licenses": "unknown",
            "modelcard": "closed",
            "datasheet": "partial",
        },
        extra_files={
            "config.json": AUTOTRAIN_CONFIG,
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "transformers_version": "4.48.0"}',
            "training_params.json": AUTOTRAIN_PARAMS,
            **TOKENIZER_FILES,
        },
        datasets=[Dataset("calcite-user/helpdesk-chats-2k", "cc-by-4.0", HELPDESK_CARD)],
        models=[ZIRCON],
        drop=("model.safetensors",),
        hub_files=_shards(2, 3_100_000_000),
    ),
    # (d) A community GGUF whose card is a title, "Original model: [agate-lm/Agate-1.5B](...)", "Static quants, made
    # with llama.cpp b5210", a table of seven quant files with their sizes and a llama-cli command; `license:
    # apache-2.0`, `quantized_by`, no `base_model`; seven .gguf files only. Agate-1.5B (served) is fully open: Apache
    # weights, its one corpus on the Hub with a datasheet card ("No other data was used"), its pipeline on GitHub. A
    # quantization is its original's weights in another format, trained on nothing more (DESIGN.md: lineage follows
    # the `base_model` chain, a quantization being a link that changes none of the original's data or code; round 29's
    # QLoRA over a quantization). The quant's own terms are the original's Apache 2.0; the original's code and data are
    # published; llama.cpp runs it -> open-source-ai-with-open-data (frameworks.md §4). Both weights public ->
    # weights_endmodel and weights_basemodel open (smollm.yaml "freely available under Apache-2.0 license"); the
    # original's complete corpus -> datasources_basemodel open (smollm.yaml "Pretraining data sources published");
    # its pipeline on GitHub, no training of the quant's own -> trainingcode open (OLMo.yaml "Multiple repos with
    # training, architecture and fine-tuning code available": open); the corpus's datasheet card -> datasheet open
    # (OLMo.yaml "Data sheets are well-documented"); Apache weights and code, ODC-By data -> licenses open (smollm.yaml
    # "Both base model and fine-tuned model are licensed under Apache-2.0"); the quant's own card is a file table and a
    # command -> modelcard closed (Qwen.yaml "Model card primarily contains usage instructions": closed;
    # openjourney.yaml "Model card only contains minimal information": closed).
    _Release(
        "fluorite-quants/Agate-1.5B-GGUF",
        GGUF_CARD,
        GGUF_META,
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "datasheet": "open",
            "modelcard": "closed",
        },
        github=[AGATE_GITHUB],
        datasets=[AGATE_DATASET],
        models=[AGATE],
        drop=("model.safetensors", "config.json"),
        hub_files=tuple(_lfs(f"Agate-1.5B.{q}.gguf", size) for q, size in GGUF_QUANTS),
    ),
    # (e) SetFit's generated card, as `SetFitModel.push_to_hub` writes it: metadata with tags, four widget examples,
    # `metrics`, `library_name: setfit`, `base_model: spinel-nlp/spinel-embed-small`, `datasets:
    # [jadeite-labs/returns-intent-64]`, `license: apache-2.0` and a model-index with the test accuracy; the body's
    # model description (body, head, sequence length, classes, dataset, language, licence), model sources (tool names,
    # links left out), a labels table with examples, the accuracy, a usage snippet, the template's commented-out uses and
    # limitations, the training set's word counts and per-label sample counts, the hyperparameters (loss
    # CosineSimilarityLoss), a loss table, CodeCarbon's emissions, the training hardware, framework versions and SetFit's
    # own BibTeX (arXiv 2209.11055, "Efficient Few-Shot Learning Without Prompts"). The few-shot set (served, CC BY 4.0)
    # has a short card (what it holds, splits, columns). spinel-embed-small (served) is fully open: Apache weights, both
    # its corpora on the Hub with datasheet cards, its pipeline on GitHub. Apache all the way up, the tuning data and the
    # base's data and code released, but no code of the tune's own: the card names a library and its hyperparameters,
    # and a library is not the model's training code -> open-weights (frameworks.md §4: Open Source AI needs the training
    # code). Both weights public -> weights_endmodel and weights_basemodel open (smollm.yaml); the base's corpora ->
    # datasources_basemodel open (smollm.yaml); the one tuning set, public -> datasources_endmodel open (smollm.yaml
    # "Data sources for fine-tuning provided through HuggingFace": open); no code of the tune's own over a base whose
    # pipeline is public -> trainingcode closed (StarChat.yaml, a tune of the openly developed StarCoder: "No repository
    # containing training code found": closed); Apache weights, CC BY and ODC-By data, Apache base code -> licenses open
    # (smollm.yaml); a standard card with the architecture (body and head), the training (data counts, hyperparameters,
    # loss, hardware, emissions) and the evaluation -> modelcard open (StarChat.yaml "Model card contains the requisite
    # information": open); datasheets for the base's corpora, a card without collection or curation for the tuning set
    # -> datasheet partial (NeuralChat.yaml "Datasheets contain differing amounts of information": partial); the one
    # preprint is the SetFit method's, by the library's authors, which the card says the model was trained with, on no
    # part of this model's data -> preprint partial (Stable Beluga.yaml "Preprint from Microsoft describes Orca method of
    # finetuning ... but no details of this particular architecture": partial); an arXiv @article, no venue -> paper
    # closed (Stable Beluga.yaml "No peer-reviewed paper found").
    _Release(
        "jadeite-labs/setfit-spinel-returns-intent",
        SETFIT_CARD,
        SETFIT_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "closed",
            "licenses": "open",
            "modelcard": "open",
            "datasheet": "partial",
            "preprint": "partial",
            "paper": "closed",
        },
        extra_files=SETFIT_FILES,
        github=[SPINEL_GITHUB],
        datasets=[
            Dataset("jadeite-labs/returns-intent-64", "cc-by-4.0", RETURNS_INTENT_CARD),
            *SPINEL_DATASETS,
        ],
        models=[SPINEL],
        drop=("model.safetensors",),
        hub_files=(_lfs("model.safetensors", 133_000_000),),
    ),
    # (f) YAML metadata and a README whose body is one title line ("# beryl-7b-chat-sft"): `license: mit`, `base_model:
    # beryl-lab/Beryl-7B`, `language: [en]`, `library_name: transformers`, `pipeline_tag: text-generation`, `tags: [trl,
    # sft]`; weights and config. Beryl-7B (served) is CC BY-NC 4.0, "you may not use it, or models built on it, for
    # commercial purposes". An MIT tag on a derivative of a non-commercial model launders nothing: the base's licence
    # binds its fine-tunes whatever they declare, the most restrictive governing (DESIGN.md "When the receipts
    # disagree") -> weights-available (frameworks.md §4: non-commercial). Both weights public -> weights_endmodel and
    # weights_basemodel open (MAGNeT.yaml: CC BY-NC weights on the Hub, open); the base's data not released ->
    # datasources_basemodel closed (Poro.yaml); nothing said of the tuning data -> datasources_endmodel closed
    # (Qwen.yaml "Data not specified or documented"); no code -> trainingcode closed (Mistral.yaml); weights claimed MIT
    # but bound by CC BY-NC, no code or data released -> licenses closed (frameworks.md §1.1 "unclear licensing or no
    # open licence"; Geitje.yaml, a declared licence over a base's terms: closed); a title and metadata ->
    # modelcard closed (koala.yaml "No model card available"; openjourney.yaml "Model card only contains minimal
    # information": closed); no datasheet -> datasheet closed (Mistral.yaml).
    _Release(
        "tourmaline-ml/beryl-7b-chat-sft",
        "# beryl-7b-chat-sft\n",
        {
            "license": "mit",
            "base_model": "beryl-lab/Beryl-7B",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["trl", "sft"],
        },
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
        },
        extra_files={"config.json": BERYL_CONFIG, **TOKENIZER_FILES},
        models=[BERYL],
    ),
    # (g) No README and no LICENSE: `model.safetensors`, config.json (`"_name_or_path": "agate-lm/Agate-1.5B"`, the
    # Llama architecture, `transformers_version`), generation_config.json and tokenizer files (tokenizer.json listed, the
    # others served). Every file the list names that could say something was read; nothing in the repository states a
    # licence, a card, data or code. What the rubric gives when nothing can be found (see the docstring): the release is
    # read completely, so an artefact not there is closed, not unknown (DESIGN.md "Absence is closed; unknown is
    # unreadable"). `_name_or_path` records the Hub checkpoint the saved weights were loaded from, so Agate-1.5B
    # (served, fully open) is the base whose weights this release was trained or copied from. No licence at all: the
    # weights are all rights reserved (the README's "a release read in full ... that states no license at all grants no
    # one the right to use, modify or share its weights ... label weights-available"; the base's Apache grant covers the
    # base, not what this publisher added), config.json and transformers run it -> weights-available. Weights public ->
    # weights_endmodel open; the base public -> weights_basemodel open (smollm.yaml); the base's complete corpus ->
    # datasources_basemodel open (smollm.yaml "Pretraining data sources published"); no code of its own -> trainingcode
    # closed (StarChat.yaml "No repository containing training code found": closed); no licence -> licenses closed
    # (Geitje.yaml "no specific license file or statement found": closed); no card -> modelcard closed (koala.yaml "No
    # model card available", alpaca.yaml "No model card found"); a config.json alone -> hardware_architecture closed
    # (Qwen.yaml "No description of hardware architecture found", Mistral.yaml, both with a config on the Hub).
    _Release(
        "opalwork/final-model-v3",
        "",
        {},
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "closed",
            "licenses": "closed",
            "modelcard": "closed",
            "hardware_architecture": "closed",
        },
        extra_files={
            "config.json": _json(
                {
                    "_name_or_path": "agate-lm/Agate-1.5B",
                    **json.loads(AGATE_CONFIG),
                    "transformers_version": "4.47.1",
                    "use_cache": True,
                }
            ),
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "transformers_version": "4.47.1"}',
            **TOKENIZER_FILES,
        },
        github=[AGATE_GITHUB],
        datasets=[AGATE_DATASET],
        models=[AGATE],
    ),
    # (h) AI Toolkit's diffusers LoRA card: the title, "Model trained with AI Toolkit by Ostris", the gallery tag, the
    # trigger word `P3RS0N`, the download note and a diffusers snippet that loads the base and the LoRA; front matter
    # as the tool writes it (tags, three widget prompts with sample images, `base_model: galena-vision/Galena-Image-1`,
    # `instance_prompt`, `license: apache-2.0`); the LoRA file and the sample images only. Galena-Image-1 (served,
    # Apache, ungated) releases neither data nor code. Apache all the way up, diffusers runs it, but no training code
    # and no data of either -> open-weights (frameworks.md §4). Both weights public -> weights_endmodel and
    # weights_basemodel open (Mistral.yaml "Model weights made available on HuggingFace"); the base's data not released
    # -> datasources_basemodel closed (Mistral.yaml "No information provided on pretraining data"); the LoRA's training
    # images named nowhere -> datasources_endmodel closed (openjourney.yaml "Model card mentions the model was fine-tuned
    # on Midjourney images however no link is provided": closed); a public tool named, no configuration, no base code ->
    # trainingcode closed (Geitje.yaml: closed); Apache weights, nothing else released -> licenses open (Qwen.yaml
    # "Model released under Apache-2.0": open); a trigger word and a usage snippet -> modelcard closed (Qwen.yaml
    # "primarily contains usage instructions"; openjourney.yaml: closed); no datasheet -> datasheet closed
    # (openjourney.yaml "No data published, so no data sheet").
    _Release(
        "tuff-studio/galena-lora-p3rs0n",
        LORA_CARD,
        LORA_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "licenses": "open",
            "modelcard": "closed",
            "datasheet": "closed",
        },
        extra_files={
            "samples/1745312000000__000002000_0.jpg": None,
            "samples/1745312000000__000002000_1.jpg": None,
            "samples/1745312000000__000002000_2.jpg": None,
        },
        models=[GALENA],
        drop=("model.safetensors", "config.json"),
        hub_files=(_lfs("galena-lora-p3rs0n.safetensors", 171_900_000),),
    ),
]
