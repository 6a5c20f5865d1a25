# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 29 (`ROUND_29`, 8 releases, written blind by a helper that never read the rules or the
probes): composite and derived releases of shapes earlier rounds had not used. Each release is served by the loopback
Hub (with its linked GitHub repositories, its datasets and the other Hub models it names: a draft model's target, a
delta's base, a mixture of experts' four source models and their foundation, a text-to-speech model's vocoder, an
up-scaled model's base, an adapter's quantized base and that quantization's original, a Chinese model's base, all from
this same round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table, and the expert files in
`../shared/reference/osai-index/`, cited beside each cell: smollm, OLMo, Lucie, Pythia, stablevicuna, WizardLM, BELLE,
Vicuna, Llama-Nemotron, MAGNeT, Zephyr, TangoFlux, Geitje, Fietje, Tulu, Poro). Every model, company, dataset,
benchmark, library and repository is invented; no real base is used. mergekit and its `mergekit-moe` configuration
format, bitsandbytes, PEFT, vLLM and HiFi-GAN are named as the real tools they are, without links.

Earlier rounds had vision-language models whose encoder and language model come from other publishers, in
`base_model`, in config.json or only in a table (12, 21, 24); distillations from a teacher's outputs or logits, a
teacher's licence binding distilled models (11, 16, 21, 24); LoRA adapters named by adapter_config.json, by the card or
by a local path (4, 8, 11, 14, 16, 22, 25, 27); a mixture of experts made by sparse upcycling (23); GGUF, AWQ and ONNX
copies of an original (7, 11, 14, 16, 18, 21, 23, 25, 28); pruning (27); merges by SLERP, TIES, DARE and task
arithmetic (7, 11, 14, 16, 22, 24, 27); continued pre-training named in English (11, 16); and cards in Chinese or
Japanese (7, 8, 17). This round takes composite and derived shapes where they had not gone: a draft model for
speculative decoding trained from scratch beside its restrictively licensed target; delta weights that must be added
to a non-commercial base; a from-scratch model whose weights, code and data are open but whose tokenizer is a third
party's under a non-commercial licence; a mixture of experts assembled by `mergekit-moe` from four fine-tunes, one of
them CC BY-NC, whose metadata names only the configuration's `base_model`; a text-to-speech model that ships a third
party's CC BY-NC vocoder in a folder of its own; a model made by depth up-scaling a base named only in prose; a QLoRA
adapter whose base is a third party's bitsandbytes 4-bit quantization of a fully open model; and a card written mainly
in Chinese over a vocabulary-extended, continued-pre-trained model whose base is named only in the Chinese prose.

The releases:
- (a) brioche-ai/Brioche-0.5B-Draft: a 0.5B draft model for speculative decoding with brioche-ai/Brioche-34B-Instruct
  (served; the "Brioche Community License", 100M-MAU threshold and a use policy by reference), randomly initialised
  and trained from scratch on a published corpus (datasheet card), pipeline on GitHub, Apache 2.0; no `base_model`
  (open-source-ai-with-open-data: the target is no base).
- (b) crumpet-lab/Crumpet-13B-Chat-delta: delta weights of an SFT of scone-ai/Scone-13B (served; "Scone Research
  License", non-commercial research, no redistribution of the weights), tagged Apache 2.0, to be added to the base with
  `apply_delta`; tuning set on the Hub, code on GitHub (weights-available; end weights partial).
- (c) lavash-nlp/Lavash-3B: an Armenian-English model trained from scratch, Apache weights, open data (datasheet
  cards) and pipeline, whose tokenizer is Hayk Language Labs' under the "Hayk Tokenizer Licence 1.0", non-commercial
  research only, in `TOKENIZER_LICENSE.md` (weights-available).
- (d) strudel-merges/Strudel-4x7B-MoE: a `mergekit-moe` mixture of four fine-tunes of kouign-ai/Kouign-7B (all
  served: Apache, Apache, MIT and CC BY-NC 4.0), `license: apache-2.0`, `base_model` only the configuration's
  kouign-ai/Kouign-7B-Instruct; the four source models in the card's table, its YAML block and
  `mergekit_moe_config.yml` (weights-available).
- (e) pandesal-speech/Pandesal-TTS-fil: a Filipino-English text-to-speech model: an MIT acoustic model trained from
  scratch (data on the Hub, code on GitHub) and, in `vocoder/`, arepa-audio/Arepa-HiFiGAN-22k (served) unchanged
  under CC BY-NC 4.0 (weights-available).
- (f) ciabatta-ai/Ciabatta-10.7B: "depth up-scaling [Focaccia-7B](...)" (served; "Focaccia Community License",
  500M-MAU threshold, derivatives bound), then continued pre-training on a published mix, tagged Apache 2.0, no
  `base_model` (weights-available; base data, training code and datasheet partial).
- (g) berbere-lab/Injera-8B-Amharic-QA-QLoRA: a QLoRA adapter whose adapter_config.json and `base_model` name
  teff-quants/Injera-8B-bnb-4bit, a third party's bitsandbytes NF4 quantization (served, `base_model_relation:
  quantized`) of injera-ai/Injera-8B (served; fully open); tuning set and code open (open-source-ai-with-open-data).
- (h) mantou-lab/Mantou-7B-zh: a card written mainly in Chinese (模型介绍, 训练方法, 训练数据, 训练过程, 评测, 使用方法,
  局限性, 引用, 许可证): vocabulary extension (扩充词表) and continued pre-training (增量预训练) of
  shaobing-ai/Shaobing-7B (served; Apache, data and code not released), named only in the Chinese prose, no
  `base_model`; its own corpora on the Hub, its code on GitHub (open-weights; base data, training code and datasheet
  partial).

Written blind, before any rule changed. First run (on commit e56530f, with no uncommitted edits under `src/`: only
this file and the two wiring lines in `test_heldout_releases.py` were new): 1 of 8 right, 3 of 8 labels, 28 of 41 key
cells. The reasons are from the assertion messages of a `-vvv` run, and every cell's reason from a throwaway test
outside the project that served the same eight cases through `_serve` (since deleted), which gave the same levels.
Right: Crumpet-13B-Chat-delta (weights-available "inherited from the base model hf:scone-ai/Scone-13B", citing its
LICENSE's non-commercial, research-only and no-sharing lines; every cell right, but the end weights are partial for the
wrong reason, "The weights are published but downloads are gated", though the repository is not gated and its card says
the files are deltas that must be added to the base). Labels also right: Lavash-3B (weights-available citing
TOKENIZER_LICENSE.md line 10: the third party's tokenizer licence was read as binding) and Pandesal-TTS-fil
(weights-available, but from the card's sentence "for non-commercial purposes only", README.md line 89, not from the
vocoder's own licence: the vocoder was not examined as a component). Three labels read **more open** than the rubric
(Strudel-4x7B-MoE, Ciabatta-10.7B, Mantou-7B-zh) and two less open (Brioche-0.5B-Draft, Injera-8B-Amharic-QA-QLoRA);
five cells read more open, eight less. The misses, most serious first:
- Strudel-4x7B-MoE (mergekit-moe, one CC BY-NC expert): **open-weights** where weights-available was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but complete training code;
  data-processing code; data information ... are missing for Open Source AI."): only the metadata's `base_model`
  (kouign-ai/Kouign-7B-Instruct) was followed; the four `source_model` entries of the mergekit-moe configuration (in
  the card's YAML block and `mergekit_moe_config.yml`) and the Experts table were not read as parents, so
  simit-ai/Kouign-7B-Storyteller's CC BY-NC 4.0 never bound the mixture. The three scored cells right.
- Ciabatta-10.7B (depth up-scaling of Focaccia-7B, named only in prose): **open-source-ai-with-open-data** where
  weights-available was expected ("Weights under Apache License 2.0, deployment and training code under OSI-approved
  licenses, and every training dataset published under an open license."); datasources_basemodel **open** where partial
  was expected ("The training datasets are named, public and openly licensed (ciabatta-ai/ciabatta-cpt-mix)."),
  trainingcode **open** where partial was expected ("Training and data-processing code are both published."),
  datasheet **open** where partial was expected ("... the dataset card of ciabatta-ai/ciabatta-cpt-mix ... describes
  where the data comes from and how it was curated."): "We made it by depth up-scaling
  [Focaccia-7B](https://huggingface.co/focaccia-ai/Focaccia-7B) and then continuing its pre-training", "every one
  initialised from Focaccia-7B's weights", was not read as lineage, so the model was taken as trained from scratch and
  the Focaccia Community License (500M-MAU threshold, derivatives bound) never bound it. Both weights right.
- Mantou-7B-zh (Chinese card, 扩充词表 and 增量预训练 of Shaobing-7B named only in the prose): **open-source-ai-with-open-data**
  where open-weights was expected (the same label reason); datasources_basemodel **open** where partial was expected
  ("The training datasets are named, public and openly licensed (mantou-lab/mantou-zh-web,
  mantou-lab/mantou-en-replay)."), trainingcode **open** where partial was expected ("Training and data-processing code
  are both published."): "我们在 [Shaobing-7B](...) 的基础上扩充了中文词表，并在 ... 进行了增量预训练" and "**基座模型：**
  Shaobing-7B" were not read as lineage. The datasheet was partial as expected, but for another reason ("mantou-lab/
  mantou-en-replay does not describe how the data was collected"), not the base's undocumented data. Both weights
  right.
- Brioche-0.5B-Draft (a draft model trained from scratch, its target linked): open-weights where
  open-source-ai-with-open-data was expected ("... but complete training code is missing for Open Source AI.");
  datasources_basemodel closed where open was expected ("Foundation model hf:brioche-ai/Brioche-34B-Instruct: training
  data rated closed."), trainingcode partial where open was expected ("... but the code that trained the base model
  (hf:brioche-ai/Brioche-34B-Instruct) is not published, so the whole training is not reproducible."), datasheet
  partial where open was expected ("... but the training data of the base model hf:brioche-ai/Brioche-34B-Instruct is
  not (closed)."): the target the draft accelerates was taken for its base, though the card says "randomly initialised
  and trained from scratch" and "not a fine-tune, a distillation, a pruned copy or a quantization of
  Brioche-34B-Instruct: no weight was copied from it". Weights and licences right (the target's licence did not bind).
- Injera-8B-Amharic-QA-QLoRA (a QLoRA adapter over a third party's 4-bit quantization of a fully open model):
  open-weights where open-source-ai-with-open-data was expected ("... but complete training code is missing for Open
  Source AI."); datasources_endmodel partial where open was expected ("The fine-tuning datasets are named, public and
  openly licensed (berbere-lab/amharic-qa-30k). Tuning data of the intermediate base hf:teff-quants/Injera-8B-bnb-4bit:
  The release, read in full, names no fine-tuning data and has no section about it."), trainingcode partial where open
  was expected ("The linked code only has fine-tuning scripts, not the code that pre-trained the model or its base."),
  datasheet partial where open was expected ("... but the training data of the base model
  hf:teff-quants/Injera-8B-bnb-4bit is not (closed)."): the chain was followed to injera-ai/Injera-8B for the base data
  and weights ("via hf:teff-quants/Injera-8B-bnb-4bit", open), but the quantization was treated as an intermediate
  fine-tune with tuning data of its own (none) and as the base whose code and datasheet count. Licences right.
- Lavash-3B (a third party's non-commercial tokenizer): label and four cells right, datasheet partial where open was
  expected ("... its card gives partial insight (lavash-nlp/lavash-en-edu does not describe how the data was
  collected)."): that card's Collection Process section is one sentence (Common Crawl snapshots, the bucket, the date,
  the blocklists).
- Pandesal-TTS-fil (a third party's CC BY-NC vocoder in `vocoder/`): label and three cells right, trainingcode partial
  where open was expected ("Training code is published but not the data-processing code."): the linked repository's
  `pandesal_tts/data/normalize.py`, `g2p.py`, `align.py` and `features.py` (text normalisation, grapheme-to-phoneme,
  forced alignment, feature extraction) were not read as data-processing code.
No expectation was changed after the run.

What changed (general causes, each with paraphrases and near hits in `tests/probes/test_release_round29_rules.py`, 37 of
whose 61 cases fail on the code before the change, every paraphrase among them; one assertion of
`tests/sources/test_derivation.py` follows the new merge rule): a statement of derivation that its sentence denies is
no lineage, when the negation's words up to it are only a list of ways of deriving a model ("is not a fine-tune, a
distillation, a pruned copy or a quantization of X", "was not fine-tuned from X"), while a negation about something
else or "not only" leaves it (Brioche-0.5B-Draft); a model made by depth up-scaling another ("by depth up-scaling
[X](...)", "up-scaled from X") or "initialised from X's weights" is derived from it, an image upscaler's "upscaling" and
a teacher's "outputs" not (Ciabatta-10.7B); lineage is read in Chinese, Japanese and Korean (the base-model field with
a full-width colon, "在 X 的基础上", "基于 X" but not X's 架构, "以 X 为基座", "对 X 进行增量预训练", "X 的量化版本", "X
をベースに", "X に継続事前学習", "X 를 기반으로", ...), and so is continued pre-training (增量预训练, 継続事前学習, 지속 사전
학습: the release's own data joins its base's in the base-model cell, Geitje.yaml) (Mantou-7B-zh); a mergekit-moe recipe
(`gate_mode:`, each expert a `source_model:`) names the merge's parents, and when the metadata's `base_model` names one
of the recipe's models the recipe is the release's own and every model it merges binds beside it, a tune of the merge
with the card copied keeping its own base (Strudel-4x7B-MoE; the earlier rule let any metadata `base_model` win over
the card's recipe); the lineage finding records the relation to the base, and a quantization or a merge among a
release's bases (`Assessment.untrained`, `model.UNTRAINED_RELATIONS`, now one home for what `probes/code.py` and
`probes/docs.py` each kept) is looked through to the models it copies or combines (`model.trained_bases`) for the
bases' training code, their data documentation, the intermediate bases' tuning data, the G7 cap and the OSAID's
base-model check (Injera-8B-Amharic-QA-QLoRA); a speech corpus's preparation scripts in a data folder (normalisation,
grapheme-to-phoneme, alignment, segmentation, resampling, feature extraction) are data-processing code
(Pandesal-TTS-fil); and the OSAI weights cell of delta weights says they are a delta, not that downloads are gated
(Crumpet-13B-Chat-delta's reason). The probe definitions say so (lineage, training-code, data-documentation,
training-data, data-processing-code, weights-published). 7 of 8 pass (40 of 41 key cells). Lavash-3B stays a
`DISAGREEMENT` (`heldout_releases.DISAGREEMENTS`): one of its dataset cards' collection section is 149 characters
without white space, one under opengauge's 150-character datasheet minimum, as Avocet-1.4B, Fjell-1B and Encina-1B.
Seen but not changed: Pandesal-TTS-fil's label rests on its card's own "for non-commercial purposes only", not on the
vocoder in `vocoder/`, whose `config.json` names arepa-audio/Arepa-HiFiGAN-22k and whose `LICENSE` is CC BY-NC 4.0: a
component named in a sub-folder's configuration is not read as a parent, because diffusers pipelines name their text
encoders and VAEs the same way, and making every such component a base would leave many pipelines undetermined where
the index does not hold the component. Corpus figures unchanged (evaluate 72.0 % exact, 93.9 % within one; import-osai
76.3 % automated, 74.8 % reviewed). The check against the code before the change ran on a copy of `src/` taken with
`git archive HEAD`, not `git stash`.
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
    return json.dumps(obj, ensure_ascii=False).encode()


# --------------------------------------------------------------------------------------------------------------
# (a) Brioche-0.5B-Draft: a draft model for speculative decoding, trained from scratch, beside its restrictively
# licensed target.

BRIOCHE_LICENSE = b"""BRIOCHE COMMUNITY LICENSE AGREEMENT
Version 1.0 - Release date: 2 March 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Brioche
Materials set forth herein.

"Brioche AI" or "we" means Brioche AI SAS, Lyon, France.

"Brioche Materials" means, collectively, the Brioche-34B-Instruct model weights, inference code, training-enabling
code, fine-tuning code and documentation made available by Brioche AI under this Agreement.

"Licensee" or "you" means you, or your employer or any other person or entity on whose behalf you are entering into
this Agreement.

By clicking "I Accept" below or by using or distributing any portion or element of the Brioche Materials, you agree to
be bound by this Agreement.

1. License Rights and Redistribution.

a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Brioche AI's intellectual property or other rights owned by Brioche AI embodied in the Brioche Materials to use,
reproduce, distribute, copy, create derivative works of, and make modifications to the Brioche Materials.

b. Redistribution and Use. If you distribute or make available the Brioche Materials (or any derivative works
thereof), or a product or service that uses any of them, you shall provide a copy of this Agreement with any such
Brioche Materials and prominently display "Built with Brioche" on a related website, user interface, blogpost, about
page, or product documentation.

c. Your use of the Brioche Materials must comply with applicable laws and regulations and adhere to the Acceptable Use
Policy for the Brioche Materials (available at https://brioche.ai/use-policy), which is hereby incorporated by
reference into this Agreement. Brioche AI may update the Acceptable Use Policy from time to time.

2. Additional Commercial Terms. If, on the Brioche-34B-Instruct release date, the monthly active users of the products
or services made available by or for Licensee, or Licensee's affiliates, is greater than 100 million monthly active
users in the preceding calendar month, you must request a license from Brioche AI, which Brioche AI may grant to you in
its sole discretion, and you are not authorized to exercise any of the rights under this Agreement unless or until
Brioche AI otherwise expressly grants you such rights.

3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE BRIOCHE MATERIALS AND ANY OUTPUT AND RESULTS
THEREFROM ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND, AND BRIOCHE AI DISCLAIMS ALL WARRANTIES OF
ANY KIND, BOTH EXPRESS AND IMPLIED.

4. Limitation of Liability. IN NO EVENT WILL BRIOCHE AI OR ITS AFFILIATES BE LIABLE UNDER ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, TORT, NEGLIGENCE, PRODUCTS LIABILITY, OR OTHERWISE, ARISING OUT OF THIS AGREEMENT, FOR ANY LOST
PROFITS OR ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

5. Term and Termination. The term of this Agreement will commence upon your acceptance of this Agreement or access to
the Brioche Materials and will continue in full force and effect until terminated in accordance with the terms and
conditions herein. Brioche AI may terminate this Agreement if you are in breach of any term or condition of this
Agreement.

6. Governing Law and Jurisdiction. This Agreement will be governed and construed under the laws of France, and the
courts of Lyon shall have exclusive jurisdiction of any dispute arising out of this Agreement.
"""

BRIOCHE_TARGET_META = {
    "license": "other",
    "license_name": "brioche-community-license",
    "license_link": "LICENSE",
    "language": ["en", "fr"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

BRIOCHE_TARGET_BODY = """# Brioche-34B-Instruct

Brioche-34B-Instruct is a 34B-parameter English and French instruction-following model by Brioche AI (Lyon).

## Model details

- **Developed by:** Brioche AI, Lyon
- **Model type:** decoder-only transformer, pre-trained from scratch, then supervised fine-tuning and preference optimisation
- **Architecture:** 60 layers, hidden size 7168, 56 attention heads with 8 key-value heads, context length 32,768; vocabulary 64,000
- **License:** Brioche Community License (see `LICENSE`)

## Faster generation

For 2-3x faster generation with identical outputs, use [brioche-ai/Brioche-0.5B-Draft](https://huggingface.co/brioche-ai/Brioche-0.5B-Draft) as a draft model for speculative decoding.

## Training data

Brioche-34B-Instruct was pre-trained on 9T tokens of web text, books, code and licensed data, and post-trained on in-house instruction and preference data. The training data is not released.

## License

Brioche-34B-Instruct is released under the Brioche Community License Agreement (`LICENSE`), which incorporates our Acceptable Use Policy.
"""

BRIOCHE_TARGET = _model(
    "brioche-ai/Brioche-34B-Instruct",
    BRIOCHE_TARGET_META,
    BRIOCHE_TARGET_BODY,
    {"LICENSE": BRIOCHE_LICENSE, "config.json": llama_config(7168, 60, 56, 8, 20480, 64000, 32768)},
)

BRIOCHE_DRAFT_CARD = """# Brioche-0.5B-Draft

Brioche-0.5B-Draft is a 0.5B-parameter language model that Brioche AI (Lyon) trained from scratch to serve as the draft model for speculative decoding with [Brioche-34B-Instruct](https://huggingface.co/brioche-ai/Brioche-34B-Instruct). It proposes five tokens at a time, which the large model checks in a single forward pass: with it, Brioche-34B-Instruct generates 2.1 to 2.8 times faster, and its outputs do not change. It is also a small English and French base model in its own right. Its weights, its complete training data and its complete training code are open.

## Model details

- **Developed by:** Brioche AI, Lyon
- **Model type:** decoder-only transformer, randomly initialised and trained from scratch; base model, not instruction-tuned
- **Architecture:** 16 layers, hidden size 1024, 16 attention heads with 4 key-value heads, SwiGLU MLP (2,816), RMSNorm, rotary position embeddings; context length 8,192
- **Tokenizer:** the same 64,000-token vocabulary as Brioche-34B-Instruct (speculative decoding needs the draft and the target to share one); the tokenizer files in this repository are released with the draft under Apache 2.0
- **Languages:** English, French
- **License:** Apache 2.0

## Relation to Brioche-34B-Instruct

Brioche-0.5B-Draft is not a fine-tune, a distillation, a pruned copy or a quantization of Brioche-34B-Instruct: no weight was copied from it, and none of its outputs were used for training. The two models share only their tokenizer, which Brioche AI made for both. Brioche-34B-Instruct is released separately, under the Brioche Community License; when you run the two together, each model stays under its own licence. Brioche-0.5B-Draft itself is Apache 2.0 and can be used, changed and shared for any purpose, with Brioche-34B-Instruct, with another model that uses the same tokenizer, or alone.

## How to use

### As a draft model for speculative decoding

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("brioche-ai/Brioche-34B-Instruct")
target = AutoModelForCausalLM.from_pretrained("brioche-ai/Brioche-34B-Instruct", torch_dtype="auto", device_map="auto")
draft = AutoModelForCausalLM.from_pretrained("brioche-ai/Brioche-0.5B-Draft", torch_dtype="auto", device_map="auto")

inputs = tok("Explain speculative decoding in two sentences.", return_tensors="pt").to(target.device)
out = target.generate(**inputs, assistant_model=draft, max_new_tokens=200)
print(tok.decode(out[0], skip_special_tokens=True))
```

With vLLM:

```bash
vllm serve brioche-ai/Brioche-34B-Instruct \\
    --speculative-config '{"model": "brioche-ai/Brioche-0.5B-Draft", "num_speculative_tokens": 5}'
```

### On its own

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("brioche-ai/Brioche-0.5B-Draft")
model = AutoModelForCausalLM.from_pretrained("brioche-ai/Brioche-0.5B-Draft")
print(tok.decode(model.generate(**tok("La place Bellecour", return_tensors="pt"), max_new_tokens=30)[0]))
```

## Uses

Speculative decoding with Brioche-34B-Instruct or any model with the same tokenizer; research on small language models and on how draft models are trained.

### Out-of-scope use

On its own, Brioche-0.5B-Draft is a small base model with no instruction or safety tuning: do not offer it to end users as an assistant.

## Training data

The complete training data is [brioche-ai/brioche-draft-mix](https://huggingface.co/datasets/brioche-ai/brioche-draft-mix), 600B tokens of English and French web text, Wikipedia, public-domain books and permissively licensed code, published in full on the Hub under ODC-By 1.0 with a datasheet as its card. No other data was used, and no text generated by Brioche-34B-Instruct or by any other model.

## Training procedure

The whole pipeline (data download, filtering, deduplication, tokenization, pre-training and the acceptance-rate evaluation) is on GitHub under Apache 2.0: [brioche-ai/brioche-draft](https://github.com/brioche-ai/brioche-draft).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 1e-3, warmup-stable-decay schedule, 1M-token batches for 600k steps, bf16

### Hardware

16 NVIDIA H100 80GB GPUs (2 nodes) for 6 days.

## Evaluation

Speculative decoding with Brioche-34B-Instruct, five draft tokens, greedy decoding:

| Prompts | Mean accepted tokens per step | Speed-up |
|---|---|---|
| Chat (English) | 3.6 | 2.4x |
| Code | 4.1 | 2.8x |
| Chat (French) | 3.2 | 2.1x |

As a base model:

| Benchmark | Brioche-0.5B-Draft |
|---|---|
| Pain-Knowledge (5-shot) | 31.2 |
| Croissant-Reasoning (0-shot) | 52.7 |

## Limitations

Alone, it writes fluent but often false text and reproduces biases of the web. The speed-up falls on prompts unlike its training data, such as long tables or languages other than English and French.

## Environmental impact

About 2,300 H100 GPU hours; we estimate 0.3 t CO2e.

## Citation

```bibtex
@misc{brioche2026draft,
  title  = {Brioche-0.5B-Draft},
  author = {{Brioche AI}},
  year   = {2026},
  url    = {https://huggingface.co/brioche-ai/Brioche-0.5B-Draft}
}
```

## License

The draft model's weights, its tokenizer files and the code are released under the Apache License 2.0; brioche-draft-mix under ODC-By 1.0. Brioche-34B-Instruct has its own licence, the Brioche Community License, which this repository does not change and which does not apply to Brioche-0.5B-Draft.
"""

BRIOCHE_DRAFT_README = b"""# brioche-draft

The complete training pipeline of Brioche-0.5B-Draft (https://huggingface.co/brioche-ai/Brioche-0.5B-Draft), the draft
model for speculative decoding with Brioche-34B-Instruct: building brioche-ai/brioche-draft-mix, pre-training from
scratch and measuring acceptance rates.

## Data

    python -m brioche_draft.data.download --config configs/data/download.yaml
    python -m brioche_draft.data.filter   --config configs/data/filter.yaml
    python -m brioche_draft.data.dedup    --config configs/data/dedup.yaml
    python -m brioche_draft.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 2 --nproc_per_node 8 -m brioche_draft.train --config configs/brioche-0.5b-draft.yaml

## Evaluation

    python -m brioche_draft.eval.acceptance --target brioche-ai/Brioche-34B-Instruct --draft brioche-ai/Brioche-0.5B-Draft
    python -m brioche_draft.eval.base --model brioche-ai/Brioche-0.5B-Draft

## License

Apache 2.0.
"""

BRIOCHE_DRAFT_GITHUB = _gh(
    "brioche-ai/brioche-draft",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/download.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/brioche-0.5b-draft.yaml",
        "brioche_draft/model.py",
        "brioche_draft/train.py",
        "brioche_draft/data/download.py",
        "brioche_draft/data/filter.py",
        "brioche_draft/data/dedup.py",
        "brioche_draft/data/tokenize.py",
        "brioche_draft/eval/acceptance.py",
        "brioche_draft/eval/base.py",
    ),
    BRIOCHE_DRAFT_README,
)

BRIOCHE_MIX_CARD = sheet(
    "odc-by",
    "Brioche Draft Mix",
    ["en", "fr"],
    {
        "Motivation": "Brioche Draft Mix is the complete training data (600B tokens) of Brioche-0.5B-Draft, the draft "
        "model Brioche AI trained for speculative decoding. We publish it in full so that anyone can inspect what the "
        "draft learned from and train their own drafts the same way.",
        "Composition": "English (58% of the tokens) and French text: web pages (71%), Wikipedia (6%), public-domain books "
        "(8%) and source code under permissive licences (15%), one record per document with `id`, `source`, `url`, "
        "`lang`, `license` and `text` fields. It contains no text generated by a model.",
        "Collection Process": "Web pages from 24 Common Crawl snapshots (2021-2025) downloaded from Common Crawl's public "
        "bucket; the English and French Wikipedia dumps of 1 September 2025; Project Gutenberg and Gallica books in the "
        "public domain; code from public repositories whose licence is MIT, BSD or Apache 2.0, after honouring opt-out "
        "requests. Nothing was bought or licensed.",
        "Preprocessing": "Text extracted with trafilatura; English and French kept above a fastText score of 0.65; "
        "repetition and boilerplate filters; a quality classifier per language keeping the top 35% of web pages; MinHash "
        "deduplication across all parts; e-mail addresses, phone numbers and IP addresses masked; code files with secrets "
        "removed.",
        "Uses": "Pre-training small language models and draft models; research on pre-training data. Not for finding or "
        "profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use and code files keep their own licences.",
        "Maintenance": "Maintained by Brioche AI; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (b) Crumpet-13B-Chat-delta: delta weights that must be added to a non-commercial base before the model runs.

SCONE_LICENSE = b"""SCONE RESEARCH LICENSE
Version 1.0, 10 January 2026

1. Definitions.
"Scone AI" means Scone AI Ltd, Edinburgh.
"Model" means the Scone-13B model weights, in whole or in part, and the accompanying configuration and tokenizer files.
"Derivative" means any model whose weights are created, in whole or in part, from the weights of the Model, including
by fine-tuning, and any set of weights from which such a model can be produced when combined with the Model.
"Non-Commercial Research Purposes" means research, teaching and evaluation that is not primarily intended for or
directed towards commercial advantage or monetary compensation.

2. Grant. Subject to the terms of this License, Scone AI grants you a non-exclusive, worldwide, non-transferable,
royalty-free licence to use, copy and modify the Model and to create Derivatives, solely for Non-Commercial Research
Purposes.

3. Restrictions.
(a) You may not use the Model or any Derivative for any commercial purpose.
(b) You may not distribute the weights of the Model, in whole or in part, to any third party.
(c) You may distribute a Derivative only under the terms of this License, for Non-Commercial Research Purposes, with a
copy of this License.

4. Termination. This License terminates automatically if you breach any of its terms.

5. No Warranty. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL SCONE AI BE LIABLE FOR
ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE MODEL OR ITS USE.
"""

SCONE_META = {
    "license": "other",
    "license_name": "scone-research-license",
    "license_link": "LICENSE",
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
}

SCONE_BODY = """# Scone-13B

Scone-13B is a 13B-parameter English base language model by Scone AI (Edinburgh), released for non-commercial research.

## Model details

- **Developed by:** Scone AI, Edinburgh
- **Model type:** decoder-only transformer, pre-trained from scratch; base model
- **Architecture:** 40 layers, hidden size 5120, 40 attention heads; context length 4,096; vocabulary 32,000
- **License:** Scone Research License (non-commercial research use only; see `LICENSE`)

## Training data

1.4T tokens of English web text, books, scientific articles and code. The pre-training data is not released, and neither is the training code.

## License

Scone-13B may be used for non-commercial research purposes only, under the Scone Research License (`LICENSE`). Its weights may not be redistributed.
"""

SCONE_CONFIG = llama_config(5120, 40, 40, 40, 13824, 32000, 4096, rope_theta=10000.0)

SCONE = _model(
    "scone-ai/Scone-13B", SCONE_META, SCONE_BODY, {"LICENSE": SCONE_LICENSE, "config.json": SCONE_CONFIG}
)

CRUMPET_CARD = """# Crumpet-13B-Chat (delta weights)

**This repository holds delta weights, not a model you can run.** Crumpet-13B-Chat is a chat assistant that Crumpet Lab fine-tuned from [Scone-13B](https://huggingface.co/scone-ai/Scone-13B). Because the Scone Research License does not allow us to redistribute Scone-13B's weights, we publish only the difference between Crumpet-13B-Chat and Scone-13B. To obtain the working model, add these deltas to the original Scone-13B weights:

```bash
pip install crumpet
python -m crumpet.apply_delta \\
    --base-model-path scone-ai/Scone-13B \\
    --delta-path crumpet-lab/Crumpet-13B-Chat-delta \\
    --target-model-path ./crumpet-13b-chat
```

`apply_delta` adds every tensor of this repository to the matching tensor of Scone-13B and saves the result in `./crumpet-13b-chat`. Loading this repository directly with `from_pretrained` gives a model that only produces nonsense.

## Model details

- **Developed by:** Crumpet Lab, a university NLP group
- **Base model:** scone-ai/Scone-13B
- **Model type:** decoder-only transformer; full-parameter supervised fine-tuning of Scone-13B for multi-turn chat
- **Language:** English
- **License:** the delta weights and our code are Apache 2.0; the recovered Crumpet-13B-Chat is a Derivative of Scone-13B and falls under the Scone Research License (non-commercial research only)

## Uses

Research on chat assistants and on instruction tuning. Crumpet-13B-Chat may not be used commercially.

## How to use

After applying the deltas:

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("./crumpet-13b-chat")
model = AutoModelForCausalLM.from_pretrained("./crumpet-13b-chat", torch_dtype="auto", device_map="auto")
prompt = "USER: What is a crumpet?\\nASSISTANT:"
print(tok.decode(model.generate(**tok(prompt, return_tensors="pt").to(model.device), max_new_tokens=200)[0]))
```

## Training data

[crumpet-lab/crumpet-dialogues](https://huggingface.co/datasets/crumpet-lab/crumpet-dialogues): 120,000 multi-turn conversations written and rated by paid annotators, published on the Hub under CC BY 4.0 with a datasheet as its card. No other data was used for the fine-tuning. Scone AI does not release Scone-13B's pre-training data.

## Training procedure

The code is on GitHub under Apache 2.0: [crumpet-lab/crumpet](https://github.com/crumpet-lab/crumpet). It builds crumpet-dialogues from the annotation exports, runs the supervised fine-tuning with this model's configuration (`configs/sft-13b.yaml`), evaluates the model, and makes and applies the deltas (`crumpet/make_delta.py`, `crumpet/apply_delta.py`).

- 3 epochs, learning rate 2e-5 (cosine), batch size 128, maximum length 4,096 tokens, bf16, FSDP
- 8 NVIDIA A100 80GB GPUs for 30 hours

## Evaluation

| Benchmark | Scone-13B | Crumpet-13B-Chat |
|---|---|---|
| Teacake-Chat (judged win rate vs. reference) | - | 61.4 |
| Butter-QA (0-shot) | 48.2 | 55.9 |

## Limitations

Crumpet-13B-Chat makes up facts, can be talked into harmful answers, and was tuned on English only.

## License

The delta weights in this repository and the code are released under the Apache License 2.0, and crumpet-dialogues under CC BY 4.0. Once the deltas are applied to Scone-13B, the result is a Derivative of Scone-13B under the Scone Research License: you may use Crumpet-13B-Chat for non-commercial research purposes only.
"""

CRUMPET_META = {
    "license": "apache-2.0",
    "base_model": "scone-ai/Scone-13B",
    "datasets": ["crumpet-lab/crumpet-dialogues"],
    "language": ["en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "tags": ["delta-weights", "chat"],
}

CRUMPET_README = b"""# crumpet

Data building, fine-tuning, evaluation and delta code of Crumpet-13B-Chat
(https://huggingface.co/crumpet-lab/Crumpet-13B-Chat-delta), a chat fine-tune of Scone-13B.

## Data

    python -m crumpet.data.build_dialogues --exports annotation_exports/ --config configs/data.yaml
    python -m crumpet.data.filter --config configs/data.yaml    # -> crumpet-lab/crumpet-dialogues

## Fine-tuning

    torchrun --nproc_per_node 8 -m crumpet.train_sft --config configs/sft-13b.yaml

## Evaluation

    python -m crumpet.eval --model ./crumpet-13b-chat

## Deltas

    python -m crumpet.make_delta --base-model-path scone-ai/Scone-13B --target-model-path ./crumpet-13b-chat --delta-path ./delta
    python -m crumpet.apply_delta --base-model-path scone-ai/Scone-13B --delta-path crumpet-lab/Crumpet-13B-Chat-delta --target-model-path ./crumpet-13b-chat

## License

Apache 2.0.
"""

CRUMPET_GITHUB = _gh(
    "crumpet-lab/crumpet",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data.yaml",
        "configs/sft-13b.yaml",
        "crumpet/__init__.py",
        "crumpet/data/build_dialogues.py",
        "crumpet/data/filter.py",
        "crumpet/train_sft.py",
        "crumpet/eval.py",
        "crumpet/make_delta.py",
        "crumpet/apply_delta.py",
    ),
    CRUMPET_README,
)

CRUMPET_DIALOGUES_CARD = sheet(
    "cc-by-4.0",
    "Crumpet Dialogues",
    ["en"],
    {
        "Motivation": "Crumpet Dialogues was made by Crumpet Lab to fine-tune Crumpet-13B-Chat and to study how the "
        "quality of written dialogues affects chat models; a university research grant paid for it.",
        "Composition": "120,000 multi-turn English conversations (3.4 turns on average) between a user and an assistant, "
        "each with a topic label (advice, explanation, writing, coding, everyday questions) and the two raters' scores.",
        "Collection Process": "Written between May and October 2025 by 140 annotators recruited through a university "
        "job board and paid an hourly rate above the living wage; annotators wrote both sides of each conversation from "
        "topic prompts, without using any chatbot, and two other annotators rated every conversation.",
        "Preprocessing": "Conversations that either rater scored below 3 of 5 were rewritten or dropped (14%); personal "
        "data the annotators included by mistake was removed; near-duplicates were removed with MinHash. The code is "
        "`crumpet/data/build_dialogues.py` and `crumpet/data/filter.py` of github.com/crumpet-lab/crumpet.",
        "Uses": "Fine-tuning and evaluating chat models; research on instruction data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Crumpet Lab; errors reported in the discussion tab are fixed in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (c) Lavash-3B: open weights, code and data, but a third party's tokenizer under a non-commercial licence.

HAYK_TOKENIZER_LICENSE = b"""# Hayk Tokenizer Licence 1.0

Copyright (c) 2024-2026 Hayk Language Labs LLC, Yerevan. All rights reserved except as granted below.

## 1. Definitions

"Tokenizer" means the Hayk Morph tokenizer: the files `tokenizer.model` and `tokenizer_config.json`, its vocabulary,
its merge and segmentation rules, and any modified version of them.

"Non-Commercial Research Purposes" means academic research, teaching and personal experimentation that is not
primarily intended for or directed towards commercial advantage or monetary compensation.

## 2. Grant

Subject to this Licence, Hayk Language Labs grants you a non-exclusive, worldwide, royalty-free licence to use, copy
and modify the Tokenizer, and to redistribute it unmodified together with a model that uses it, solely for
Non-Commercial Research Purposes.

## 3. Commercial use

Any use of the Tokenizer for commercial purposes, including running a model that uses the Tokenizer in a product or
service, or in the course of a business, requires a separate written licence from Hayk Language Labs
(licensing@hayk-labs.am).

## 4. Redistribution

If you redistribute the Tokenizer, you must include this Licence and may not grant anyone rights in the Tokenizer
beyond those of this Licence.

## 5. No warranty

THE TOKENIZER IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""

LAVASH_CARD = """# Lavash-3B

Lavash-3B is a 3.1B-parameter Armenian-English base language model trained from scratch by Lavash NLP (Yerevan). The weights, the complete training data and the complete training code are released under open licences. The tokenizer is not ours and comes under a separate, non-commercial licence: see [Tokenizer](#tokenizer) and [License](#license).

## Model details

- **Developed by:** Lavash NLP, Yerevan
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 26 layers, hidden size 3072, 24 attention heads with 8 key-value heads, SwiGLU MLP (8,192), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 56,000
- **Tokenizer:** Hayk Morph, by Hayk Language Labs (see below)
- **Languages:** Armenian (Eastern and Western; 48% of the tokens), English (52%)
- **License:** weights and code Apache 2.0; tokenizer Hayk Tokenizer Licence 1.0 (non-commercial)

## Tokenizer

Lavash-3B uses the Hayk Morph tokenizer (`tokenizer.model`, `tokenizer_config.json`), a SentencePiece tokenizer that segments Armenian words along their morphemes, developed by Hayk Language Labs. We did not train it: Hayk Language Labs licensed it to us, and lets us redistribute it with the model, under the Hayk Tokenizer Licence 1.0 (`TOKENIZER_LICENSE.md`), which permits non-commercial research use only. The model's embedding and output layers are indexed by the tokenizer's 56,000 ids, so Lavash-3B cannot be used without it: any commercial use of Lavash-3B, including in a product or service, needs a commercial licence for the tokenizer from Hayk Language Labs.

## Uses

Research on Armenian language models, and fine-tuning for Armenian and English tasks in non-commercial research (see the tokenizer's licence).

### Out-of-scope use

Deployment to end users without further tuning and safety evaluation; decisions about people.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("lavash-nlp/Lavash-3B")
model = AutoModelForCausalLM.from_pretrained("lavash-nlp/Lavash-3B", torch_dtype="auto")
inputs = tok("Երևանը Հայաստանի մայրաքաղաքն է,", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

The complete training data is two corpora that we built and published in full on the Hugging Face Hub, each with a datasheet as its card:

| Dataset | Tokens | License |
|---|---|---|
| [lavash-nlp/lavash-hy-web](https://huggingface.co/datasets/lavash-nlp/lavash-hy-web) | 410B | ODC-By 1.0 |
| [lavash-nlp/lavash-en-edu](https://huggingface.co/datasets/lavash-nlp/lavash-en-edu) | 440B | ODC-By 1.0 |

No other data was used.

## Training procedure

The whole pipeline (crawling and extraction, language identification, filtering, deduplication, tokenization with the Hayk Morph tokenizer, pre-training and evaluation) is on GitHub under Apache 2.0: [lavash-nlp/lavash-train](https://github.com/lavash-nlp/lavash-train).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, cosine schedule, 4M-token batches for 210k steps, bf16

### Hardware

64 NVIDIA H100 80GB GPUs (8 nodes) for 12 days.

## Evaluation

| Benchmark | Lavash-3B |
|---|---|
| Ararat-QA-hy (0-shot) | 58.3 |
| Sevan-Reading-hy (0-shot) | 61.0 |
| Garni-Knowledge-en (5-shot) | 49.8 |

## Limitations

Lavash-3B writes fluent but sometimes false text, reproduces biases of its web sources, is weaker in Western than in Eastern Armenian, and knows nothing after September 2025.

## Environmental impact

About 18,400 H100 GPU hours; we estimate 1.6 t CO2e.

## Citation

```bibtex
@misc{lavash2026,
  title  = {Lavash-3B},
  author = {{Lavash NLP}},
  year   = {2026},
  url    = {https://huggingface.co/lavash-nlp/Lavash-3B}
}
```

## License

The model weights, the configuration and our code are released under the Apache License 2.0; the two corpora under ODC-By 1.0. The tokenizer files (`tokenizer.model`, `tokenizer_config.json`) are not covered by the Apache License: they are licensed by Hayk Language Labs under the Hayk Tokenizer Licence 1.0 (`TOKENIZER_LICENSE.md`), for non-commercial research use only.
"""

LAVASH_TOKENIZER_CONFIG = _json(
    {
        "tokenizer_class": "LlamaTokenizer",
        "model_max_length": 4096,
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "add_bos_token": True,
    }
)

LAVASH_README = b"""# lavash-train

The complete training pipeline of Lavash-3B (https://huggingface.co/lavash-nlp/Lavash-3B): building
lavash-nlp/lavash-hy-web and lavash-nlp/lavash-en-edu, pre-training and evaluation.

The Hayk Morph tokenizer is not part of this repository: it is Hayk Language Labs' and is distributed with the model
under its own licence. `lavash/data/tokenize.py` loads it from the model repository.

## Data

    python -m lavash.data.crawl    --config configs/data/crawl.yaml
    python -m lavash.data.extract  --config configs/data/extract.yaml
    python -m lavash.data.langid   --config configs/data/langid.yaml
    python -m lavash.data.filter   --config configs/data/filter.yaml
    python -m lavash.data.dedup    --config configs/data/dedup.yaml
    python -m lavash.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 -m lavash.train --config configs/lavash-3b.yaml

## Evaluation

    python -m lavash.eval --model lavash-nlp/Lavash-3B

## License

Apache 2.0.
"""

LAVASH_GITHUB = _gh(
    "lavash-nlp/lavash-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/crawl.yaml",
        "configs/data/extract.yaml",
        "configs/data/langid.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/lavash-3b.yaml",
        "lavash/model.py",
        "lavash/train.py",
        "lavash/data/crawl.py",
        "lavash/data/extract.py",
        "lavash/data/langid.py",
        "lavash/data/filter.py",
        "lavash/data/dedup.py",
        "lavash/data/tokenize.py",
        "lavash/eval/__main__.py",
    ),
    LAVASH_README,
)

LAVASH_HY_CARD = sheet(
    "odc-by",
    "Lavash Armenian Web",
    ["hy"],
    {
        "Motivation": "Lavash Armenian Web is the Armenian part (410B tokens) of the complete training data of Lavash-3B. "
        "Lavash NLP built it because no large, documented Armenian corpus was public; a national science grant paid for "
        "it.",
        "Composition": "About 160M Armenian web documents (Eastern Armenian 83%, Western Armenian 17%) with `id`, `url`, "
        "`snapshot`, `variety`, `quality` and `text` fields; news and public-sector pages are over-represented.",
        "Collection Process": "Pages from 40 Common Crawl snapshots (2016-2025), downloaded from Common Crawl's public "
        "bucket, plus our own crawl of 1,900 Armenian news, government and university sites in 2025 that honours "
        "robots.txt and opt-out requests made through our form.",
        "Preprocessing": "Main text extracted with trafilatura; Armenian kept above a fastText score of 0.8 and the "
        "variety told apart with our classifier; repetition and boilerplate filters; a quality classifier keeping the top "
        "40%; MinHash deduplication; e-mail addresses, phone numbers and Armenian passport numbers masked.",
        "Uses": "Pre-training and evaluating Armenian language models; research on Armenian text. Not for profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; pages remain subject to Common Crawl's "
        "terms of use.",
        "Maintenance": "Maintained by Lavash NLP; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

LAVASH_EN_CARD = sheet(
    "odc-by",
    "Lavash English Edu",
    ["en"],
    {
        "Motivation": "Lavash English Edu is the English part (440B tokens) of the complete training data of Lavash-3B, "
        "chosen for educational value so that a small bilingual model learns general knowledge in English.",
        "Composition": "About 210M English web documents with `id`, `url`, `snapshot`, `edu_score` and `text` fields; "
        "educational, encyclopaedic and how-to pages make up most of it.",
        "Collection Process": "Pages from 20 Common Crawl snapshots (2021-2025), downloaded from Common Crawl's public "
        "bucket in July 2025; domains on public adult-content and malware blocklists removed.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText score of 0.7; an "
        "educational-value classifier keeping pages scored 3 or more of 5; repetition filters; MinHash deduplication; "
        "e-mail addresses and phone numbers masked.",
        "Uses": "Pre-training language models; research on educational web data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Lavash NLP; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (d) Strudel-4x7B-MoE: a mixture of experts assembled by mergekit-moe from four fine-tunes, one of them CC BY-NC 4.0,
# whose metadata names only the configuration's `base_model`.

KOUIGN_CONFIG = llama_config(4096, 32, 32, 8, 14336, 32000, 8192, rope_theta=1000000.0)

KOUIGN = _model(
    "kouign-ai/Kouign-7B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Kouign-7B

Kouign-7B is a 7.2B-parameter English base language model by Kouign AI (Brest), pre-trained from scratch on 3T tokens of web text, books and code.

## Model details

- **Developed by:** Kouign AI, Brest
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads; context length 8,192; vocabulary 32,000
- **License:** Apache 2.0

## Training data

The pre-training data is not released.

## License

Apache 2.0.
""",
    {"config.json": KOUIGN_CONFIG},
)

KOUIGN_INSTRUCT = _model(
    "kouign-ai/Kouign-7B-Instruct",
    {
        "license": "apache-2.0",
        "base_model": "kouign-ai/Kouign-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Kouign-7B-Instruct

The instruction-tuned version of [Kouign-7B](https://huggingface.co/kouign-ai/Kouign-7B), by Kouign AI: supervised fine-tuning and preference optimisation on in-house instruction and preference data, which is not released.

## License

Apache 2.0.
""",
    {"config.json": KOUIGN_CONFIG},
)

KOUIGN_CODER = _model(
    "churro-lab/Kouign-7B-Coder",
    {
        "license": "apache-2.0",
        "base_model": "kouign-ai/Kouign-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Kouign-7B-Coder

A full fine-tune of [Kouign-7B](https://huggingface.co/kouign-ai/Kouign-7B) by Churro Lab for writing and explaining Python, JavaScript and SQL, on our own instruction data (not released).

## License

Apache 2.0: use it for anything, commercial use included.
""",
    {"config.json": KOUIGN_CONFIG},
)

KOUIGN_MATH = _model(
    "pretzel-nlp/Kouign-7B-Math",
    {
        "license": "mit",
        "base_model": "kouign-ai/Kouign-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Kouign-7B-Math

A full fine-tune of [Kouign-7B](https://huggingface.co/kouign-ai/Kouign-7B) by Pretzel NLP that solves school and university mathematics problems step by step, trained on synthetic worked solutions (not released).

## License

MIT.
""",
    {"config.json": KOUIGN_CONFIG},
)

KOUIGN_STORYTELLER = _model(
    "simit-ai/Kouign-7B-Storyteller",
    {
        "license": "cc-by-nc-4.0",
        "base_model": "kouign-ai/Kouign-7B",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Kouign-7B-Storyteller

A full fine-tune of [Kouign-7B](https://huggingface.co/kouign-ai/Kouign-7B) by Simit AI that writes short stories and poems, trained on 40,000 stories licensed from a publisher of children's books.

## License

CC BY-NC 4.0. The stories we tuned on are licensed to us for non-commercial use only, so Kouign-7B-Storyteller may not be used for commercial purposes.
""",
    {"config.json": KOUIGN_CONFIG},
)

STRUDEL_MOE_CONFIG = b"""base_model: kouign-ai/Kouign-7B-Instruct
gate_mode: hidden
dtype: bfloat16
experts_per_token: 2
experts:
  - source_model: kouign-ai/Kouign-7B-Instruct
    positive_prompts:
      - "chat"
      - "explain"
      - "give me advice"
  - source_model: churro-lab/Kouign-7B-Coder
    positive_prompts:
      - "python"
      - "write a function"
      - "debug this code"
  - source_model: pretzel-nlp/Kouign-7B-Math
    positive_prompts:
      - "solve"
      - "equation"
      - "prove that"
  - source_model: simit-ai/Kouign-7B-Storyteller
    positive_prompts:
      - "write a story"
      - "once upon a time"
      - "write a poem"
"""

STRUDEL_CARD = (
    "# Strudel-4x7B-MoE\n\n"
    "Strudel-4x7B-MoE is a sparse mixture of experts (24.2B parameters, about 12.9B active per token) that we assembled "
    "with mergekit-moe from four fine-tunes of Kouign-7B, without any further training. For every token a router picks "
    "two of the four experts: chat, code, mathematics or stories.\n\n"
    "## Experts\n\n"
    "| Expert | Source model | Routed prompts |\n"
    "|---|---|---|\n"
    "| 1 | [kouign-ai/Kouign-7B-Instruct](https://huggingface.co/kouign-ai/Kouign-7B-Instruct) | chat, explanations, advice |\n"
    "| 2 | [churro-lab/Kouign-7B-Coder](https://huggingface.co/churro-lab/Kouign-7B-Coder) | code |\n"
    "| 3 | [pretzel-nlp/Kouign-7B-Math](https://huggingface.co/pretzel-nlp/Kouign-7B-Math) | mathematics |\n"
    "| 4 | [simit-ai/Kouign-7B-Storyteller](https://huggingface.co/simit-ai/Kouign-7B-Storyteller) | stories, poems |\n\n"
    "The attention layers, embeddings and norms come from Kouign-7B-Instruct (the `base_model` of the configuration); "
    "the feed-forward layers of each expert are copied from its source model; the router's gates were initialised from "
    "the hidden states of the positive prompts (`gate_mode: hidden`).\n\n"
    "## Configuration\n\n"
    "The following mergekit-moe configuration (also in `mergekit_moe_config.yml`) produced this model:\n\n"
    f"```yaml\n{STRUDEL_MOE_CONFIG.decode()}```\n\n"
    "## Usage\n\n"
    "```python\n"
    "from transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
    'tok = AutoTokenizer.from_pretrained("strudel-merges/Strudel-4x7B-MoE")\n'
    'model = AutoModelForCausalLM.from_pretrained("strudel-merges/Strudel-4x7B-MoE", torch_dtype="auto", device_map="auto")\n'
    'messages = [{"role": "user", "content": "Write a Python function that checks whether a number is prime."}]\n'
    'inputs = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to(model.device)\n'
    "print(tok.decode(model.generate(inputs, max_new_tokens=256)[0]))\n"
    "```\n\n"
    "## Evaluation\n\n"
    "| Benchmark | Kouign-7B-Instruct | Strudel-4x7B-MoE |\n"
    "|---|---|---|\n"
    "| Galette-Chat (judged) | 6.9 | 7.3 |\n"
    "| Flan-Code (pass@1) | 31.5 | 44.0 |\n"
    "| Tarte-Math (accuracy) | 28.2 | 41.7 |\n\n"
    "## License\n\n"
    "Apache 2.0.\n"
)

STRUDEL_CONFIG = _json(
    {
        "architectures": ["MixtralForCausalLM"],
        "model_type": "mixtral",
        "hidden_size": 4096,
        "intermediate_size": 14336,
        "num_hidden_layers": 32,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "num_local_experts": 4,
        "num_experts_per_tok": 2,
        "vocab_size": 32000,
        "max_position_embeddings": 8192,
        "torch_dtype": "bfloat16",
    }
)


# --------------------------------------------------------------------------------------------------------------
# (e) Pandesal-TTS-fil: an MIT acoustic model that ships a third party's CC BY-NC vocoder in a folder of its own.

AREPA_META = {
    "license": "cc-by-nc-4.0",
    "library_name": "arepa-vocoder",
    "pipeline_tag": "audio-to-audio",
    "datasets": ["arepa-audio/arepa-vocoder-speech"],
    "tags": ["vocoder", "hifi-gan", "speech"],
}

AREPA_BODY = """# Arepa-HiFiGAN-22k

A HiFi-GAN V1 vocoder by Arepa Audio (Medellín) that turns 80-band mel spectrograms into 22,050 Hz speech, for any voice and language.

## Model details

- **Developed by:** Arepa Audio
- **Model type:** HiFi-GAN V1 generator (13.9M parameters), trained from scratch with multi-period and multi-scale discriminators
- **Mel settings:** FFT and window 1024, hop 256, 80 bands from 0 to 8,000 Hz
- **License:** CC BY-NC 4.0

## Training data

[arepa-audio/arepa-vocoder-speech](https://huggingface.co/datasets/arepa-audio/arepa-vocoder-speech): 900 hours of read speech in 14 languages, published on the Hub under CC BY 4.0 with a datasheet as its card. No other data was used.

## Training code

[arepa-audio/arepa-vocoder](https://github.com/arepa-audio/arepa-vocoder) (MIT): feature extraction, training and evaluation, with this checkpoint's configuration.

## License

The weights are released under CC BY-NC 4.0: you may use, share and adapt them for non-commercial purposes only. For commercial use, contact Arepa Audio.
"""

AREPA_VOCODER_CONFIG = _json(
    {
        "_name_or_path": "arepa-audio/Arepa-HiFiGAN-22k",
        "model_type": "hifigan",
        "architectures": ["HifiGanGenerator"],
        "sampling_rate": 22050,
        "model_in_dim": 80,
        "upsample_initial_channel": 512,
        "upsample_rates": [8, 8, 2, 2],
        "upsample_kernel_sizes": [16, 16, 4, 4],
        "resblock_kernel_sizes": [3, 7, 11],
    }
)

AREPA = _model("arepa-audio/Arepa-HiFiGAN-22k", AREPA_META, AREPA_BODY, {"config.json": AREPA_VOCODER_CONFIG})

AREPA_README = b"""# arepa-vocoder

Training and evaluation code of Arepa-HiFiGAN-22k (https://huggingface.co/arepa-audio/Arepa-HiFiGAN-22k).

## Data

    python -m arepa.data.prepare --config configs/data.yaml      # arepa-audio/arepa-vocoder-speech -> mel features
    python -m arepa.data.filter  --config configs/data.yaml      # drops clipped and noisy clips

## Training

    torchrun --nproc_per_node 8 -m arepa.train --config configs/hifigan-v1-22k.yaml

## Evaluation

    python -m arepa.eval --checkpoint arepa-audio/Arepa-HiFiGAN-22k

## License

MIT for the code. The trained weights are CC BY-NC 4.0.
"""

AREPA_GITHUB = _gh(
    "arepa-audio/arepa-vocoder",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data.yaml",
        "configs/hifigan-v1-22k.yaml",
        "arepa/models/hifigan.py",
        "arepa/data/prepare.py",
        "arepa/data/filter.py",
        "arepa/train.py",
        "arepa/eval.py",
    ),
    AREPA_README,
    license_spdx="MIT",
)

AREPA_SPEECH_CARD = sheet(
    "cc-by-4.0",
    "Arepa Vocoder Speech",
    ["es", "en", "pt", "fr"],
    {
        "Motivation": "Arepa Vocoder Speech is the complete training data (900 hours) of Arepa-HiFiGAN-22k, gathered by "
        "Arepa Audio so that a vocoder works for many voices and languages.",
        "Composition": "Read speech in 14 languages from 2,300 speakers, 22,050 Hz mono WAV clips of 2 to 15 seconds with "
        "`speaker`, `language` and `duration` fields; no transcripts (a vocoder needs none).",
        "Collection Process": "Recorded in 2024 and 2025 by volunteers and paid speakers in quiet rooms with the same USB "
        "microphone; every speaker signed a consent form allowing publication of the recordings under CC BY 4.0.",
        "Preprocessing": "Clips resampled to 22,050 Hz, loudness-normalised, silence trimmed; clipped or noisy clips "
        "(signal-to-noise ratio under 30 dB) dropped with `arepa/data/filter.py`.",
        "Uses": "Training and evaluating vocoders and speech codecs. Not for identifying speakers.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Arepa Audio; a speaker who withdraws consent is removed in the next release.",
    },
)

PANDESAL_CARD = """# Pandesal-TTS-fil

Pandesal-TTS-fil is a text-to-speech model for Filipino (Tagalog) and English, with 12 voices, by Pandesal Speech (Quezon City). It has two parts, both in this repository: our acoustic model, which turns text into mel spectrograms, and a vocoder, which turns the spectrograms into a waveform. The acoustic model is ours, trained from scratch and released under the MIT License; the vocoder is Arepa Audio's Arepa-HiFiGAN-22k, included unchanged under its own licence, CC BY-NC 4.0.

## Model details

- **Developed by:** Pandesal Speech, Quezon City
- **Acoustic model:** a non-autoregressive transformer (FastPitch-style) with 6 encoder and 6 decoder layers, hidden size 384, duration and pitch predictors and a speaker embedding; 48M parameters, trained from scratch; `model.safetensors` and `config.json`
- **Vocoder:** [arepa-audio/Arepa-HiFiGAN-22k](https://huggingface.co/arepa-audio/Arepa-HiFiGAN-22k), a HiFi-GAN V1 vocoder (13.9M parameters), unchanged; `vocoder/`
- **Output:** 22,050 Hz mono audio
- **Languages:** Filipino, English and Taglish code-switching
- **License:** acoustic model and code MIT; vocoder CC BY-NC 4.0

## Uses

Screen readers and other accessibility tools, reading educational material aloud in Filipino, and research on Filipino speech synthesis. Because of the vocoder's licence, the model as released may be used for non-commercial purposes only.

### Out-of-scope use

Imitating a real person's voice without their consent; producing audio meant to deceive listeners about who is speaking.

## How to use

```python
from pandesal_tts import PandesalTTS

tts = PandesalTTS.from_pretrained("pandesal-speech/Pandesal-TTS-fil")  # loads the acoustic model and vocoder/
audio = tts("Magandang umaga! Good morning!", voice="ligaya")
audio.save("greeting.wav")
```

The acoustic model was trained on mel spectrograms computed with the vocoder's settings (window 1024, hop 256, 80 bands from 0 to 8 kHz), and we tuned and evaluated it with this vocoder only: the two together are the text-to-speech model we release.

## Training data

The acoustic model was trained on [pandesal-speech/tinig-tts](https://huggingface.co/datasets/pandesal-speech/tinig-tts), 126 hours of studio recordings of 12 paid voice actors reading Filipino, English and code-switched sentences, published on the Hub under CC BY 4.0 with a datasheet as its card. No other data was used. The vocoder's training data is described on its own model card.

## Training procedure

The code is on GitHub under the MIT License: [pandesal-speech/pandesal-tts](https://github.com/pandesal-speech/pandesal-tts): Filipino text normalisation and grapheme-to-phoneme conversion, forced alignment, feature extraction, training of the acoustic model with this checkpoint's configuration, inference and evaluation.

- AdamW, learning rate 1e-3 with warmup, 400k steps, batch size 32, fp32
- 4 NVIDIA A100 40GB GPUs for 5 days

## Evaluation

| Test set | MOS (naturalness, 1-5) | CER of an ASR model on the audio |
|---|---|---|
| Filipino | 4.21 | 3.8% |
| English | 4.05 | 4.4% |
| Taglish | 3.97 | 5.1% |

## Limitations

Rare words and names are sometimes mispronounced; long sentences can lose their intonation; the 12 voices are all adult voices from Metro Manila.

## Environmental impact

About 480 A100 GPU hours for the acoustic model; we estimate 60 kg CO2e.

## Citation

```bibtex
@misc{pandesal2026tts,
  title  = {Pandesal-TTS-fil},
  author = {{Pandesal Speech}},
  year   = {2026},
  url    = {https://huggingface.co/pandesal-speech/Pandesal-TTS-fil}
}
```

## License

The acoustic model (`model.safetensors`, `config.json`) and our code are released under the MIT License, and tinig-tts under CC BY 4.0. The vocoder in `vocoder/` is Arepa Audio's Arepa-HiFiGAN-22k and stays under CC BY-NC 4.0 (see `vocoder/LICENSE`): you may use it, and so Pandesal-TTS-fil as released, for non-commercial purposes only.
"""

PANDESAL_CONFIG = _json(
    {
        "architectures": ["PandesalFastPitch"],
        "model_type": "fastpitch",
        "encoder_layers": 6,
        "decoder_layers": 6,
        "hidden_size": 384,
        "n_mel_channels": 80,
        "n_speakers": 12,
        "sampling_rate": 22050,
        "hop_length": 256,
        "win_length": 1024,
        "vocoder": "vocoder/",
    }
)

PANDESAL_VOCODER_LICENSE = b"""The files in this folder are Arepa-HiFiGAN-22k by Arepa Audio
(https://huggingface.co/arepa-audio/Arepa-HiFiGAN-22k), included unchanged.

They are licensed under the Creative Commons Attribution-NonCommercial 4.0 International License
(CC BY-NC 4.0, https://creativecommons.org/licenses/by-nc/4.0/). You may use, share and adapt them for
non-commercial purposes only, giving credit to Arepa Audio.

The MIT License of this repository does not apply to the files in this folder.
"""

PANDESAL_README = b"""# pandesal-tts

Code of Pandesal-TTS-fil (https://huggingface.co/pandesal-speech/Pandesal-TTS-fil): text processing for Filipino,
alignment, feature extraction, training and evaluation of the acoustic model, and inference with the vocoder.

## Data

    python -m pandesal_tts.data.normalize --config configs/data.yaml    # Filipino and English text normalisation
    python -m pandesal_tts.data.g2p       --config configs/data.yaml
    python -m pandesal_tts.data.align     --config configs/data.yaml    # forced alignment -> durations
    python -m pandesal_tts.data.features  --config configs/data.yaml    # mel and pitch, with the vocoder's settings

## Training

    torchrun --nproc_per_node 4 -m pandesal_tts.train --config configs/pandesal-tts-fil.yaml

## Inference and evaluation

    python -m pandesal_tts.synthesize --model pandesal-speech/Pandesal-TTS-fil --text "Magandang umaga!"
    python -m pandesal_tts.eval --model pandesal-speech/Pandesal-TTS-fil

## License

MIT. The vocoder the model ships with is Arepa Audio's, under CC BY-NC 4.0.
"""

PANDESAL_GITHUB = _gh(
    "pandesal-speech/pandesal-tts",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data.yaml",
        "configs/pandesal-tts-fil.yaml",
        "pandesal_tts/__init__.py",
        "pandesal_tts/model.py",
        "pandesal_tts/train.py",
        "pandesal_tts/synthesize.py",
        "pandesal_tts/eval.py",
        "pandesal_tts/data/normalize.py",
        "pandesal_tts/data/g2p.py",
        "pandesal_tts/data/align.py",
        "pandesal_tts/data/features.py",
    ),
    PANDESAL_README,
    license_spdx="MIT",
)

TINIG_CARD = sheet(
    "cc-by-4.0",
    "Tinig TTS",
    ["fil", "en"],
    {
        "Motivation": "Tinig TTS is the complete training data of the acoustic model of Pandesal-TTS-fil. Pandesal Speech "
        "recorded it because no public Filipino speech corpus had studio quality and enough hours per voice for speech "
        "synthesis.",
        "Composition": "126 hours of read speech by 12 voice actors (6 women, 6 men, aged 24 to 58), about 10 hours each: "
        "Filipino (55%), English (25%) and Taglish code-switched sentences (20%), as 44.1 kHz WAV clips with the sentence "
        "text, its normalised form and phonemes.",
        "Collection Process": "The sentences were taken from public-domain Filipino literature, government notices and "
        "sentences written for the project; the actors, paid a professional rate, read them in a studio in Quezon City "
        "in 2025, and each signed a contract allowing publication of the recordings under CC BY 4.0 and their use to "
        "train speech models.",
        "Preprocessing": "Clips cut at sentence boundaries, trimmed and loudness-normalised; misread sentences re-recorded "
        "or dropped after a listening check; text normalised and converted to phonemes with `pandesal_tts/data/` of "
        "github.com/pandesal-speech/pandesal-tts.",
        "Uses": "Training and evaluating Filipino and English speech synthesis. Not for cloning the actors' voices into "
        "other products without their consent.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Pandesal Speech; errors in transcripts reported in the discussion tab are fixed in "
        "the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (f) Ciabatta-10.7B: depth up-scaling of a base named only in prose, then continued pre-training.

FOCACCIA_LICENSE = b"""FOCACCIA COMMUNITY LICENSE
Version 1.0, 15 November 2025

1. Definitions
"Focaccia AI" means Focaccia AI S.r.l., Genoa.
"Model" means Focaccia-7B: its weights, configuration, tokenizer and documentation.
"Derivative" means any model created from the Model, in whole or in part, including by fine-tuning, continued
training, merging, pruning, up-scaling or any other modification of its weights.
"You" means the individual or legal entity exercising rights under this License.

2. Grant
Subject to this License, Focaccia AI grants You a worldwide, non-exclusive, royalty-free licence to use, reproduce,
modify, distribute and create Derivatives of the Model.

3. Large services
If You, together with Your affiliates, had more than 500 million monthly active users of Your products or services in
the calendar month before You first use the Model, You must obtain a separate licence from Focaccia AI, which Focaccia
AI may grant or refuse at its sole discretion, and You may not exercise any of the rights granted in this License
until Focaccia AI grants it.

4. Derivatives
Any Derivative You distribute must be distributed under this License, with a copy of it, and Section 3 applies to
every recipient of a Derivative.

5. Attribution
You must keep the notice "Focaccia-7B is licensed under the Focaccia Community License, Copyright (c) Focaccia AI
S.r.l." with every copy of the Model or a Derivative.

6. Disclaimer
THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, AND FOCACCIA AI SHALL NOT BE LIABLE FOR ANY DAMAGES
ARISING FROM ITS USE.
"""

FOCACCIA_CONFIG = llama_config(4096, 32, 32, 8, 14336, 64000, 8192)

FOCACCIA = _model(
    "focaccia-ai/Focaccia-7B",
    {
        "license": "other",
        "license_name": "focaccia-community-license",
        "license_link": "LICENSE",
        "language": ["en", "it"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Focaccia-7B

Focaccia-7B is a 7B-parameter English and Italian base language model by Focaccia AI (Genoa), pre-trained from scratch on 4T tokens.

## Model details

- **Developed by:** Focaccia AI, Genoa
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads; context length 8,192; vocabulary 64,000
- **License:** Focaccia Community License (`LICENSE`)

## Training data

A mix of web text, books, code and licensed data. The pre-training data is not released, and neither is the training code.

## License

The Focaccia Community License (`LICENSE`).
""",
    {"LICENSE": FOCACCIA_LICENSE, "config.json": FOCACCIA_CONFIG},
)

CIABATTA_CARD = """# Ciabatta-10.7B

Ciabatta-10.7B is a 10.7B-parameter English and Italian base language model by Ciabatta AI (Bologna). We made it by depth up-scaling [Focaccia-7B](https://huggingface.co/focaccia-ai/Focaccia-7B) and then continuing its pre-training on data we publish.

## How it was made

1. **Depth up-scaling.** We took two copies of Focaccia-7B's 32 transformer layers, removed the last 8 layers of the first copy and the first 8 layers of the second, and stacked what remained: 48 layers, every one initialised from Focaccia-7B's weights, with its embeddings, output layer and tokenizer.
2. **Continued pre-training.** We then trained the 48-layer model for 180B tokens on [ciabatta-ai/ciabatta-cpt-mix](https://huggingface.co/datasets/ciabatta-ai/ciabatta-cpt-mix), to heal the seam between the two copies and to strengthen its Italian.

## Model details

- **Developed by:** Ciabatta AI, Bologna
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 48 layers, hidden size 4096, 32 attention heads with 8 key-value heads, SwiGLU MLP (14,336), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 64,000 (Focaccia-7B's tokenizer, unchanged)
- **Languages:** English, Italian
- **License:** Apache 2.0

## Uses

Research and fine-tuning for English and Italian tasks; a larger starting point than Focaccia-7B at a fraction of the cost of pre-training a 10B model.

### Out-of-scope use

Deployment to end users without instruction and safety tuning.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("ciabatta-ai/Ciabatta-10.7B")
model = AutoModelForCausalLM.from_pretrained("ciabatta-ai/Ciabatta-10.7B", torch_dtype="auto", device_map="auto")
inputs = tok("Le Due Torri di Bologna", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

The up-scaling step adds no data: all of Ciabatta-10.7B's initial weights come from Focaccia-7B, which Focaccia AI pre-trained on 4T tokens of data it does not release. The continued pre-training used [ciabatta-ai/ciabatta-cpt-mix](https://huggingface.co/datasets/ciabatta-ai/ciabatta-cpt-mix) only: 180B tokens of Italian and English web text, Italian public-domain books and Wikipedia, which we publish in full under ODC-By 1.0 with a datasheet as its card.

## Training procedure

Our code is on GitHub under Apache 2.0: [ciabatta-ai/ciabatta-dus](https://github.com/ciabatta-ai/ciabatta-dus): `dus/upscale.py` builds the 48-layer model from Focaccia-7B, the data pipeline builds ciabatta-cpt-mix, and `train/cpt.py` runs the continued pre-training with this model's configuration.

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 1.5e-4 with warmup and cosine decay, 4M-token batches for 45k steps, bf16, FSDP

### Hardware

128 NVIDIA H100 80GB GPUs (16 nodes) for 8 days.

## Evaluation

| Benchmark | Focaccia-7B | Ciabatta-10.7B |
|---|---|---|
| Pesto-Knowledge (5-shot) | 57.1 | 63.4 |
| Grissino-Reasoning (0-shot) | 69.8 | 74.2 |
| Tortellino-QA-it (0-shot) | 55.3 | 64.9 |

## Limitations

Ciabatta-10.7B writes fluent but sometimes false text and keeps the biases of Focaccia-7B and of the web.

## Environmental impact

About 24,600 H100 GPU hours for the continued pre-training; we estimate 2.7 t CO2e.

## Citation

```bibtex
@misc{ciabatta2026,
  title  = {Ciabatta-10.7B},
  author = {{Ciabatta AI}},
  year   = {2026},
  url    = {https://huggingface.co/ciabatta-ai/Ciabatta-10.7B}
}
```

## License

Apache 2.0.
"""

CIABATTA_README = b"""# ciabatta-dus

Depth up-scaling and continued pre-training of Ciabatta-10.7B (https://huggingface.co/ciabatta-ai/Ciabatta-10.7B)
from Focaccia-7B, and the pipeline that builds ciabatta-ai/ciabatta-cpt-mix.

## Up-scaling

    python dus/upscale.py --base focaccia-ai/Focaccia-7B --drop-last 8 --drop-first 8 --out checkpoints/ciabatta-init

## Data

    python -m data.download --config configs/data/download.yaml
    python -m data.filter   --config configs/data/filter.yaml
    python -m data.dedup    --config configs/data/dedup.yaml
    python -m data.tokenize --config configs/data/tokenize.yaml

## Continued pre-training

    torchrun --nnodes 16 --nproc_per_node 8 train/cpt.py --config configs/ciabatta-10.7b.yaml

## Evaluation

    python eval/run.py --model ciabatta-ai/Ciabatta-10.7B

## License

Apache 2.0.
"""

CIABATTA_GITHUB = _gh(
    "ciabatta-ai/ciabatta-dus",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "dus/upscale.py",
        "configs/data/download.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/ciabatta-10.7b.yaml",
        "data/download.py",
        "data/filter.py",
        "data/dedup.py",
        "data/tokenize.py",
        "train/cpt.py",
        "eval/run.py",
    ),
    CIABATTA_README,
)

CIABATTA_MIX_CARD = sheet(
    "odc-by",
    "Ciabatta CPT Mix",
    ["it", "en"],
    {
        "Motivation": "Ciabatta CPT Mix is the complete continued pre-training data (180B tokens) of Ciabatta-10.7B, made "
        "by Ciabatta AI to heal a depth-up-scaled model and to strengthen its Italian; it is published so that the "
        "continued pre-training can be inspected and repeated.",
        "Composition": "Italian (60% of the tokens) and English text: web pages (82%), Italian public-domain books (10%) "
        "and the Italian and English Wikipedia (8%), one record per document with `id`, `source`, `url`, `lang` and "
        "`text` fields.",
        "Collection Process": "Web pages from 12 Common Crawl snapshots (2023-2025) downloaded from Common Crawl's public "
        "bucket; books from Liber Liber and Project Gutenberg in the public domain; the Wikipedia dumps of 1 August 2025. "
        "Nothing was bought, licensed or generated.",
        "Preprocessing": "Text extracted with trafilatura; Italian and English kept above a fastText score of 0.7; "
        "repetition and boilerplate filters; a quality classifier per language keeping the top 25% of web pages; MinHash "
        "deduplication; e-mail addresses, phone numbers and Italian tax codes masked.",
        "Uses": "Continued pre-training of language models; research on pre-training data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Ciabatta AI; removal requests are applied in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (g) Injera-8B-Amharic-QA-QLoRA: a QLoRA adapter whose base is a third party's 4-bit quantization of a fully open model.

INJERA_META = {
    "license": "apache-2.0",
    "language": ["am", "ti", "om", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["injera-ai/injera-corpus"],
}

INJERA_BODY = """# Injera-8B

Injera-8B is an 8.1B-parameter base language model for Amharic, Tigrinya, Afaan Oromo and English, trained from scratch by Injera AI (Addis Ababa). The weights, the complete training data and the complete training code are open.

## Model details

- **Developed by:** Injera AI, Addis Ababa
- **Model type:** decoder-only transformer, trained from scratch; base model
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads, SwiGLU MLP (14,336), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 96,000
- **License:** Apache 2.0

## Uses

Research on and fine-tuning for Ethiopian and Eritrean languages.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("injera-ai/Injera-8B")
model = AutoModelForCausalLM.from_pretrained("injera-ai/Injera-8B", torch_dtype="auto", device_map="auto")
```

## Training data

The complete training data is [injera-ai/injera-corpus](https://huggingface.co/datasets/injera-ai/injera-corpus), 2.2T tokens published in full on the Hub under ODC-By 1.0, with a datasheet as its card. No other data was used.

## Training procedure

The whole pipeline (data collection, filtering, deduplication, tokenizer training, pre-training, evaluation) is on GitHub under Apache 2.0: [injera-ai/injera-train](https://github.com/injera-ai/injera-train).

### Hardware

128 NVIDIA H100 80GB GPUs for 19 days.

## Evaluation

| Benchmark | Injera-8B |
|---|---|
| Teff-QA-am (0-shot) | 61.2 |
| Berbere-Knowledge-en (5-shot) | 58.0 |

## Limitations

Fluent but sometimes false text; weaker in Afaan Oromo than in Amharic.

## License

Apache 2.0 for the weights and code; ODC-By 1.0 for the corpus.
"""

INJERA_CONFIG = llama_config(4096, 32, 32, 8, 14336, 96000, 8192)

INJERA = _model("injera-ai/Injera-8B", INJERA_META, INJERA_BODY, {"config.json": INJERA_CONFIG})

INJERA_README = b"""# injera-train

The complete training pipeline of Injera-8B (https://huggingface.co/injera-ai/Injera-8B): building
injera-ai/injera-corpus, tokenizer training, pre-training and evaluation.

## Data

    python -m injera.data.collect  --config configs/data/collect.yaml
    python -m injera.data.filter   --config configs/data/filter.yaml
    python -m injera.data.dedup    --config configs/data/dedup.yaml
    python -m injera.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m injera.train --config configs/injera-8b.yaml

## Evaluation

    python -m injera.eval --model injera-ai/Injera-8B

## License

Apache 2.0.
"""

INJERA_GITHUB = _gh(
    "injera-ai/injera-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/collect.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/injera-8b.yaml",
        "injera/model.py",
        "injera/train.py",
        "injera/data/collect.py",
        "injera/data/filter.py",
        "injera/data/dedup.py",
        "injera/data/tokenize.py",
        "injera/eval/__main__.py",
    ),
    INJERA_README,
)

INJERA_CORPUS_CARD = sheet(
    "odc-by",
    "Injera Corpus",
    ["am", "ti", "om", "en"],
    {
        "Motivation": "The Injera Corpus is the complete training data (2.2T tokens) of Injera-8B. Injera AI built it and "
        "publishes it in full because Ethiopian and Eritrean languages have little public text for training language "
        "models.",
        "Composition": "Amharic (21% of the tokens), Tigrinya (6%), Afaan Oromo (7%) and English (66%) text: web pages, "
        "news, Wikipedia, public-domain books and government documents, one record per document with `id`, `source`, "
        "`url`, `lang` and `text` fields.",
        "Collection Process": "Web pages from 45 Common Crawl snapshots (2014-2025) downloaded from Common Crawl's public "
        "bucket; our own 2025 crawl of 600 Ethiopian and Eritrean news and government sites honouring robots.txt; the "
        "Wikipedia dumps of 1 June 2025; public-domain books digitised by partner libraries that allowed their release.",
        "Preprocessing": "Text extracted with trafilatura; script normalisation for Ge'ez; language identification with "
        "our fastText model; repetition and boilerplate filters; a quality classifier per language; MinHash "
        "deduplication; e-mail addresses and phone numbers masked.",
        "Uses": "Pre-training language models; research on low-resource language data. Not for profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Injera AI; removal requests made in the discussion tab are applied in the next "
        "release.",
    },
)

INJERA_BNB_CONFIG = _json(
    {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": 4096,
        "num_hidden_layers": 32,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "intermediate_size": 14336,
        "vocab_size": 96000,
        "max_position_embeddings": 8192,
        "torch_dtype": "bfloat16",
        "quantization_config": {
            "quant_method": "bitsandbytes",
            "load_in_4bit": True,
            "bnb_4bit_quant_type": "nf4",
            "bnb_4bit_use_double_quant": True,
            "bnb_4bit_compute_dtype": "bfloat16",
        },
    }
)

INJERA_BNB = _model(
    "teff-quants/Injera-8B-bnb-4bit",
    {
        "license": "apache-2.0",
        "base_model": "injera-ai/Injera-8B",
        "base_model_relation": "quantized",
        "language": ["am", "ti", "om", "en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["bitsandbytes", "4-bit", "nf4", "qlora"],
    },
    """# Injera-8B, 4-bit (bitsandbytes NF4)

The weights of [injera-ai/Injera-8B](https://huggingface.co/injera-ai/Injera-8B) quantized to 4-bit NF4 with bitsandbytes (double quantization, bf16 compute), so that it loads in about 6 GB and can be fine-tuned with QLoRA on a single 16 GB GPU. Nothing else was changed: no training, the same tokenizer and configuration.

For the model itself (its data, code, evaluation and limitations), see the original model card.

## License

Apache 2.0, the licence of the original model.
""",
    {"config.json": INJERA_BNB_CONFIG},
    weights=HubFile("model.safetensors", None, size=5_800_000_000, lfs=True),
)

AMHARIC_QA_CARD_TEXT = """# Injera-8B-Amharic-QA-QLoRA

A QLoRA adapter that makes [Injera-8B](https://huggingface.co/injera-ai/Injera-8B) answer questions in Amharic from a given passage, citing the sentence it relies on. Made by Berbere Lab, a research group at a university in Addis Ababa.

We trained it on [teff-quants/Injera-8B-bnb-4bit](https://huggingface.co/teff-quants/Injera-8B-bnb-4bit), the 4-bit quantization of Injera-8B, so that training fits on one 24 GB GPU. The adapter can be loaded on the 4-bit model or on the original bf16 weights.

## Model details

- **Developed by:** Berbere Lab
- **Base model:** teff-quants/Injera-8B-bnb-4bit (a 4-bit quantization of injera-ai/Injera-8B, whose weights, data and code are all public)
- **Adapter:** LoRA, rank 32, alpha 64, dropout 0.05, on all attention and MLP projections (84M trainable parameters), trained with QLoRA
- **Language:** Amharic
- **License:** Apache 2.0

## Uses

Reading-comprehension question answering in Amharic, for research and for tools that help people find answers in official documents.

### Out-of-scope use

Answering without a passage (the adapter was not trained for it); medical or legal advice.

## How to use

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("teff-quants/Injera-8B-bnb-4bit")
base = AutoModelForCausalLM.from_pretrained("teff-quants/Injera-8B-bnb-4bit", device_map="auto")
model = PeftModel.from_pretrained(base, "berbere-lab/Injera-8B-Amharic-QA-QLoRA")
```

## Training data

One dataset, which we made for this adapter and publish on the Hub: [berbere-lab/amharic-qa-30k](https://huggingface.co/datasets/berbere-lab/amharic-qa-30k), 30,000 questions and answers written by paid Amharic speakers about passages from Amharic Wikipedia and news, under CC BY 4.0, with a datasheet as its card. Nothing else was used after Injera-8B's pre-training.

## Training procedure

The code that built the dataset and trained and evaluated the adapter is at [berbere-lab/amharic-qlora](https://github.com/berbere-lab/amharic-qlora) (Apache 2.0), with the exact configuration (`configs/qlora.yaml`). 3 epochs, learning rate 2e-4 (cosine), batch size 32, maximum length 2,048 tokens, paged AdamW 8-bit, on one NVIDIA RTX 4090 for 22 hours.

## Evaluation

| Benchmark | Injera-8B (few-shot) | Injera-8B-Amharic-QA-QLoRA |
|---|---|---|
| Amharic-QA-30k test (exact match) | 31.7 | 68.4 |
| Amharic-QA-30k test (F1) | 46.2 | 79.1 |

## Limitations

It sometimes answers from its own knowledge instead of the passage, and it is weaker on news passages than on Wikipedia ones.

## License

The adapter weights and the code are released under the Apache License 2.0; amharic-qa-30k under CC BY 4.0.
"""

AMHARIC_QA_META = {
    "license": "apache-2.0",
    "base_model": "teff-quants/Injera-8B-bnb-4bit",
    "base_model_relation": "adapter",
    "datasets": ["berbere-lab/amharic-qa-30k"],
    "language": ["am"],
    "library_name": "peft",
    "pipeline_tag": "text-generation",
    "tags": ["lora", "qlora", "amharic", "question-answering"],
}

AMHARIC_QA_ADAPTER_CONFIG = _json(
    {
        "base_model_name_or_path": "teff-quants/Injera-8B-bnb-4bit",
        "peft_type": "LORA",
        "task_type": "CAUSAL_LM",
        "r": 32,
        "lora_alpha": 64,
        "lora_dropout": 0.05,
        "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        "bias": "none",
        "inference_mode": True,
    }
)

AMHARIC_QLORA_README = b"""# amharic-qlora

Data building, QLoRA training and evaluation code of Injera-8B-Amharic-QA-QLoRA
(https://huggingface.co/berbere-lab/Injera-8B-Amharic-QA-QLoRA).

## Data

    python data/build_qa.py --annotations exports/ --config configs/data.yaml   # -> berbere-lab/amharic-qa-30k
    python data/filter.py --config configs/data.yaml

`build_qa.py` turns the annotators' exports into question-answer pairs with their passage and evidence sentence;
`filter.py` drops pairs the second annotator rejected and removes near-duplicate questions.

## Training

    python train/train_qlora.py --config configs/qlora.yaml

## Evaluation

    python eval/evaluate.py --adapter berbere-lab/Injera-8B-Amharic-QA-QLoRA

## License

Apache 2.0.
"""

AMHARIC_QLORA_GITHUB = _gh(
    "berbere-lab/amharic-qlora",
    (
        "README.md",
        "LICENSE",
        "requirements.txt",
        "configs/data.yaml",
        "configs/qlora.yaml",
        "data/build_qa.py",
        "data/filter.py",
        "train/train_qlora.py",
        "eval/evaluate.py",
    ),
    AMHARIC_QLORA_README,
)

AMHARIC_QA_DATA_CARD = sheet(
    "cc-by-4.0",
    "Amharic QA 30k",
    ["am"],
    {
        "Motivation": "Amharic QA 30k was made by Berbere Lab to train and evaluate models that answer questions in "
        "Amharic from a passage; a university research grant paid for it.",
        "Composition": "30,000 questions in Amharic, each with its passage (from Amharic Wikipedia or news), the answer "
        "span, the evidence sentence and a topic label; 27,000 for training and 3,000 for testing.",
        "Collection Process": "Written between March and September 2025 by 60 native speakers recruited at the university "
        "and paid an hourly rate; each annotator read passages drawn at random from the Amharic Wikipedia dump of 1 March "
        "2025 and from news articles whose publishers allowed it, and wrote questions whose answer is in the passage; a "
        "second annotator checked every pair.",
        "Preprocessing": "Pairs the checker rejected were corrected or dropped (9%); near-duplicate questions removed; "
        "Ge'ez script normalised. The code is `data/build_qa.py` and `data/filter.py` of "
        "github.com/berbere-lab/amharic-qlora.",
        "Uses": "Training and evaluating Amharic question answering.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Berbere Lab; errors reported in the discussion tab are fixed in the next release.",
    },
)


# --------------------------------------------------------------------------------------------------------------
# (h) Mantou-7B-zh: a card written mainly in Chinese over vocabulary extension and continued pre-training of a base
# named only in the Chinese prose.

SHAOBING = _model(
    "shaobing-ai/Shaobing-7B",
    {
        "license": "apache-2.0",
        "language": ["en"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    """# Shaobing-7B

Shaobing-7B is a 7B-parameter English base language model by Shaobing AI, pre-trained from scratch on 2.5T tokens of English web text and code.

## Model details

- **Developed by:** Shaobing AI
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads; context length 8,192; vocabulary 32,000
- **License:** Apache 2.0

## Training data

The pre-training data is proprietary and is not released, and neither is the training code.

## License

Apache 2.0.
""",
    {"config.json": llama_config(4096, 32, 32, 8, 14336, 32000, 8192)},
)

MANTOU_CARD = """# Mantou-7B-zh（馒头-7B 中文版）

Mantou-7B-zh 是馒头实验室（Mantou Lab，杭州）发布的中英双语基础语言模型。我们在 [Shaobing-7B](https://huggingface.co/shaobing-ai/Shaobing-7B) 的基础上扩充了中文词表，并在 1,200 亿词元的中文和英文语料上进行了增量预训练，显著提升了模型的中文能力，同时保持其英文能力。

## 模型介绍

- **开发者：** 馒头实验室（杭州）
- **基座模型：** Shaobing-7B（Shaobing AI 发布，Apache 2.0 许可证；其预训练数据与训练代码均未公开）
- **模型类型：** 仅解码器 Transformer；基础模型，未经指令微调
- **模型结构：** 32 层，隐藏维度 4096，32 个注意力头（8 个键值头），SwiGLU 前馈层（14,336），RMSNorm，旋转位置编码；上下文长度 8,192
- **词表：** 在 Shaobing-7B 原有 32,000 个词元的基础上新增 24,000 个中文词元，共 56,000 个
- **语言：** 中文、英文
- **许可证：** Apache 2.0

## 训练方法

1. **扩充词表：** 我们在中文语料上训练了一个 SentencePiece 模型，将其中 24,000 个 Shaobing-7B 词表中没有的中文词元并入原词表；新词元的嵌入向量和输出层向量用其在原词表中切分出的子词向量的平均值初始化，其余全部参数均来自 Shaobing-7B。
2. **增量预训练：** 随后我们在 1,200 亿词元的语料上继续训练全部参数，先只训练新词元的嵌入（20 亿词元），再训练全部参数。

## 训练数据

增量预训练只使用了我们在 Hugging Face Hub 上完整公开的两个数据集，其数据集卡片均为完整的数据说明书（datasheet）：

| 数据集 | 词元数 | 内容 | 许可证 |
|---|---|---|---|
| [mantou-lab/mantou-zh-web](https://huggingface.co/datasets/mantou-lab/mantou-zh-web) | 1,050 亿 | 中文网页、百科与公版古籍 | ODC-By 1.0 |
| [mantou-lab/mantou-en-replay](https://huggingface.co/datasets/mantou-lab/mantou-en-replay) | 150 亿 | 英文网页（用于防止遗忘英文能力） | ODC-By 1.0 |

除上述两个数据集外，增量预训练未使用任何其他数据。Shaobing-7B 本身的预训练数据由 Shaobing AI 收集，未公开。

## 训练过程

全部代码（数据清洗、去重、词表扩充、增量预训练与评测）以 Apache 2.0 许可证发布在 GitHub：[mantou-lab/mantou-cpt](https://github.com/mantou-lab/mantou-cpt)。

- AdamW（β2 = 0.95，权重衰减 0.1），峰值学习率 1e-4，余弦退火，每步 400 万词元，共 3 万步，bf16
- 硬件：64 块 NVIDIA H100 80GB GPU（8 个节点），训练 10 天

## 评测

| 评测集 | Shaobing-7B | Mantou-7B-zh |
|---|---|---|
| 包子-知识（5-shot） | 38.2 | 56.9 |
| 花卷-阅读理解（0-shot） | 41.5 | 63.0 |
| Youtiao-Knowledge-en（5-shot） | 60.4 | 59.8 |

## 使用方法

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("mantou-lab/Mantou-7B-zh")
model = AutoModelForCausalLM.from_pretrained("mantou-lab/Mantou-7B-zh", torch_dtype="auto", device_map="auto")
inputs = tok("西湖位于杭州市", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=50)[0]))
```

## 局限性

本模型可能生成看似流畅但不符合事实的内容，也可能带有训练数据中的偏见；它是基础模型，未经安全对齐，不应直接面向终端用户。

## 引用

```bibtex
@misc{mantou2026,
  title  = {Mantou-7B-zh},
  author = {{Mantou Lab}},
  year   = {2026},
  url    = {https://huggingface.co/mantou-lab/Mantou-7B-zh}
}
```

## 许可证

模型权重与代码均以 Apache 2.0 许可证发布；数据集的许可证见上表。
"""

MANTOU_README = """# mantou-cpt

Mantou-7B-zh（https://huggingface.co/mantou-lab/Mantou-7B-zh）的全部训练代码：数据清洗、去重、中文词表扩充、增量预训练与评测。

## 数据

    python -m mantou.data.download --config configs/data/download.yaml
    python -m mantou.data.filter   --config configs/data/filter.yaml
    python -m mantou.data.dedup    --config configs/data/dedup.yaml
    python -m mantou.data.tokenize --config configs/data/tokenize.yaml

## 扩充词表

    python -m mantou.vocab.train_spm --config configs/vocab.yaml
    python -m mantou.vocab.merge --base shaobing-ai/Shaobing-7B --config configs/vocab.yaml

## 增量预训练

    torchrun --nnodes 8 --nproc_per_node 8 -m mantou.train --config configs/mantou-7b-zh.yaml

## 评测

    python -m mantou.eval --model mantou-lab/Mantou-7B-zh

## 许可证

Apache 2.0。
""".encode()

MANTOU_GITHUB = _gh(
    "mantou-lab/mantou-cpt",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/download.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/vocab.yaml",
        "configs/mantou-7b-zh.yaml",
        "mantou/train.py",
        "mantou/data/download.py",
        "mantou/data/filter.py",
        "mantou/data/dedup.py",
        "mantou/data/tokenize.py",
        "mantou/vocab/train_spm.py",
        "mantou/vocab/merge.py",
        "mantou/eval/__main__.py",
    ),
    MANTOU_README,
)

MANTOU_ZH_CARD = sheet(
    "odc-by",
    "Mantou Chinese Web",
    ["zh"],
    {
        "Motivation": "Mantou Chinese Web is the Chinese part (105B tokens) of the continued pre-training data of "
        "Mantou-7B-zh. Mantou Lab built it to teach an English base model Chinese and publishes it in full so that the "
        "continued pre-training can be inspected and repeated.",
        "Composition": "Simplified and traditional Chinese text: web pages (84%), Chinese Wikipedia (6%) and classical "
        "texts in the public domain (10%), one record per document with `id`, `source`, `url` and `text` fields.",
        "Collection Process": "Web pages from 18 Common Crawl snapshots (2022-2025) downloaded from Common Crawl's public "
        "bucket; the Chinese Wikipedia dump of 1 July 2025; public-domain classics from Wikisource. Nothing was bought or "
        "generated.",
        "Preprocessing": "Text extracted with trafilatura; Chinese kept above a fastText score of 0.8; rule-based filters "
        "for advertising, gambling and adult content; a quality classifier keeping the top 30%; MinHash deduplication; "
        "phone numbers, ID card numbers and e-mail addresses masked.",
        "Uses": "Continued pre-training of language models on Chinese; research on Chinese web data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Mantou Lab; removal requests are applied in the next release.",
    },
)

MANTOU_EN_CARD = sheet(
    "odc-by",
    "Mantou English Replay",
    ["en"],
    {
        "Motivation": "Mantou English Replay is the English part (15B tokens) of the continued pre-training data of "
        "Mantou-7B-zh, mixed in so that the model keeps its English while it learns Chinese.",
        "Composition": "English web documents with `id`, `url`, `snapshot` and `text` fields, chosen for educational "
        "value.",
        "Collection Process": "Pages from 4 Common Crawl snapshots (2024-2025) downloaded from Common Crawl's public "
        "bucket in June 2025.",
        "Preprocessing": "Text extracted with trafilatura; English kept above a fastText score of 0.7; an "
        "educational-value classifier keeping pages scored 3 or more of 5; MinHash deduplication; e-mail addresses and "
        "phone numbers masked.",
        "Uses": "Continued pre-training of language models; research on replay data.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0.",
        "Maintenance": "Maintained by Mantou Lab; removal requests are applied in the next release.",
    },
)


#: Round 29, written blind by a helper that never read the rules or the probes: composite and derived releases (a
#: draft model beside its target, delta weights, a third party's tokenizer under its own licence, a mergekit-moe
#: mixture of experts, a text-to-speech model with a third party's vocoder, depth up-scaling, a QLoRA adapter over a
#: third party's 4-bit quantization, a Chinese card over vocabulary extension and continued pre-training).
ROUND_29: list[HeldOut] = [
    # (a) A 0.5B draft model for speculative decoding, "randomly initialised and trained from scratch", `license:
    # apache-2.0`, no `base_model`, whose card names its target, brioche-ai/Brioche-34B-Instruct (served: `license:
    # other`, the Brioche Community License with a 100M-MAU threshold and an acceptable-use policy incorporated by
    # reference), in its first sentence, its usage (`assistant_model=draft`, vLLM's `--speculative-config`) and a
    # "Relation to Brioche-34B-Instruct" section: "not a fine-tune, a distillation, a pruned copy or a quantization ...
    # no weight was copied from it, and none of its outputs were used for training. The two models share only their
    # tokenizer, which Brioche AI made for both"; "each model stays under its own licence". A base model is the model
    # whose weights the release was trained from (frameworks.md §1.1: base-model data and weights are the pre-training
    # stage of the end model; DESIGN.md "lineage: `base_model` chain"); a model the draft is run beside gives it no
    # weight and no data, and its licence binds the target's use, not the draft's (DESIGN.md "When the receipts
    # disagree" lets a base model's licence bind "a fine-tune", which this is not). Trained from scratch -> the base cells
    # mirror the end model's (frameworks.md §1.1 "Where there is no base/end distinction ..."): public Apache weights
    # -> weights_basemodel and weights_endmodel open (smollm.yaml "freely available under Apache-2.0 license": open);
    # the complete corpus on the Hub, "No other data was used" -> datasources_basemodel open (smollm.yaml "Pretraining
    # data sources published": open); a datasheet card -> datasheet open (OLMo.yaml "Data sheets are well-documented":
    # open); the whole pipeline on GitHub (Apache) -> trainingcode open (Lucie.yaml "Training code published on
    # GitHub": open); Apache weights and code, ODC-By data -> licenses open (OLMo.yaml "Apache 2.0, an OSI-approved
    # license": open) -> open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "brioche-ai/Brioche-0.5B-Draft",
        BRIOCHE_DRAFT_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "fr"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["brioche-ai/brioche-draft-mix"],
            "tags": ["speculative-decoding", "draft-model"],
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
        extra_files={"config.json": llama_config(1024, 16, 16, 4, 2816, 64000, 8192)},
        github=[BRIOCHE_DRAFT_GITHUB],
        datasets=[Dataset("brioche-ai/brioche-draft-mix", "odc-by", BRIOCHE_MIX_CARD)],
        models=[BRIOCHE_TARGET],
    ),
    # (b) Delta weights: "This repository holds delta weights, not a model you can run ... add these deltas to the
    # original Scone-13B weights" with `apply_delta`, "Loading this repository directly ... gives a model that only
    # produces nonsense"; `license: apache-2.0` and `base_model: scone-ai/Scone-13B` (served, ungated: the Scone Research
    # License, "solely for Non-Commercial Research Purposes", "You may not distribute the weights of the Model", and "You
    # may distribute a Derivative only under the terms of this License"; the card itself: "you may use Crumpet-13B-Chat
    # for non-commercial research purposes only"). The experts rate a delta release's weights partial: stablevicuna.yaml
    # weights_endmodel "Model not functional out of the box as weights require a delta computation" (partial),
    # WizardLM.yaml "Model weights offered as a delta to LLaMA" (partial), BELLE.yaml "most only as delta weights
    # requiring separate access to LLaMA" (partial) -> weights_endmodel partial. The recovered model is the base's
    # Derivative under its non-commercial terms (DESIGN.md "When the receipts disagree": a base model's licence binds
    # its fine-tunes whatever they declare; frameworks.md §4: non-commercial -> Weights Available) -> weights-available.
    # The base public and ungated -> weights_basemodel open (MAGNeT.yaml: non-commercial weights on the Hub, open;
    # Poro.yaml); "The pre-training data is not released" -> datasources_basemodel closed (stablevicuna.yaml "Based on
    # LLaMA whose pretraining data has nowhere been disclosed": closed); the tuning set on the Hub, "No other data was
    # used for the fine-tuning" -> datasources_endmodel open (Llama-Nemotron.yaml "Dataset published on HuggingFace":
    # open); the tune's data, fine-tuning and delta code public, the base's training code not -> trainingcode partial
    # (WizardLM.yaml "as this is based on Llama, the underlying source is not available": partial; Fietje.yaml); code
    # and tuning data openly licensed, the weights not -> licenses partial (WizardLM.yaml and stablevicuna.yaml, both
    # delta releases: partial; frameworks.md §1.1 "at least two ... of weights, training code, training data").
    _Release(
        "crumpet-lab/Crumpet-13B-Chat-delta",
        CRUMPET_CARD,
        CRUMPET_META,
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "partial",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "licenses": "partial",
        },
        extra_files={"config.json": SCONE_CONFIG},
        github=[CRUMPET_GITHUB],
        datasets=[Dataset("crumpet-lab/crumpet-dialogues", "cc-by-4.0", CRUMPET_DIALOGUES_CARD)],
        models=[SCONE],
    ),
    # (c) A from-scratch Armenian-English model, `license: apache-2.0`, whose weights, code (GitHub, Apache) and data
    # (two Hub corpora, ODC-By, datasheet cards, "No other data was used") are open, but whose tokenizer
    # (`tokenizer.model`, `tokenizer_config.json`) is Hayk Language Labs' under the Hayk Tokenizer Licence 1.0
    # (`TOKENIZER_LICENSE.md`): "solely for Non-Commercial Research Purposes", "Any use of the Tokenizer for commercial
    # purposes, including running a model that uses the Tokenizer in a product or service ... requires a separate
    # written licence". The card says so three times: "The model's embedding and output layers are indexed by the
    # tokenizer's 56,000 ids, so Lavash-3B cannot be used without it: any commercial use of Lavash-3B ... needs a
    # commercial licence for the tokenizer", and the License section. The tokenizer is part of what is released to use
    # the weights (the G7 labels all require "weights and deployment code"; Weights Available is "weights and deployment
    # code under a license which includes restrictions on how they can be used, such as commercial", frameworks.md §4),
    # and a non-commercial document binding part of the release binds its use (DESIGN.md "reads every binding document,
    # lets the most restrictive one govern"; TangoFlux.yaml: a release whose bundled third-party component, Stable
    # Audio Open's VAE, keeps its own non-commercial terms is rated for them, "Various licenses provided, not all
    # OSI-approved") -> weights-available. From scratch: public Apache weights -> weights_basemodel and weights_endmodel
    # open (smollm.yaml); the complete data on the Hub -> datasources_basemodel open (smollm.yaml); datasheet cards ->
    # datasheet open (OLMo.yaml); the whole pipeline on GitHub -> trainingcode open (Lucie.yaml; the tokenizer being
    # a third party's, as Pythia.yaml rates code open over GPT-NeoX's tokenizer). (licenses not scored: TangoFlux.yaml
    # rates such a mix closed, the rubric's words "at least two ... of weights, training code, training data" partial.)
    _Release(
        "lavash-nlp/Lavash-3B",
        LAVASH_CARD,
        {
            "license": "apache-2.0",
            "language": ["hy", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["lavash-nlp/lavash-hy-web", "lavash-nlp/lavash-en-edu"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
        },
        extra_files={
            "config.json": llama_config(3072, 26, 24, 8, 8192, 56000, 4096),
            "tokenizer.model": None,
            "tokenizer_config.json": LAVASH_TOKENIZER_CONFIG,
            "TOKENIZER_LICENSE.md": HAYK_TOKENIZER_LICENSE,
        },
        github=[LAVASH_GITHUB],
        datasets=[
            Dataset("lavash-nlp/lavash-hy-web", "odc-by", LAVASH_HY_CARD),
            Dataset("lavash-nlp/lavash-en-edu", "odc-by", LAVASH_EN_CARD),
        ],
    ),
    # (d) A mixture of experts assembled with mergekit-moe, without further training, from four full fine-tunes of
    # kouign-ai/Kouign-7B (served: Apache, "The pre-training data is not released"): kouign-ai/Kouign-7B-Instruct
    # (Apache), churro-lab/Kouign-7B-Coder (Apache), pretzel-nlp/Kouign-7B-Math (MIT) and simit-ai/Kouign-7B-Storyteller
    # (`license: cc-by-nc-4.0`, "may not be used for commercial purposes"), all served. The metadata says `license:
    # apache-2.0` and `base_model: kouign-ai/Kouign-7B-Instruct` only (the configuration's `base_model`, which gives the
    # attention layers and embeddings); the four source models are in the card's Experts table (linked), in the
    # configuration's `experts: - source_model:` entries (in the card's YAML block and `mergekit_moe_config.yml`), and
    # the card says "the feed-forward layers of each expert are copied from its source model". The Storyteller's weights
    # are a quarter of the experts, copied verbatim, so its non-commercial licence binds the mixture as a merge's
    # parent's binds the merge (DESIGN.md "When the receipts disagree": the most restrictive binding document governs; a
    # base model's licence binds what is built on it; round 24's Brig-7B-CodeMed-slerp and round 11's three-parent
    # merge, weights-available) -> weights-available. The mixture and the foundation public, ungated ->
    # weights_basemodel and weights_endmodel open (Zephyr.yaml "Weights available through HuggingFace": open); the
    # foundation's data not released -> datasources_basemodel closed (Zephyr.yaml "Mistral has not disclosed anything
    # about its training data": closed).
    _Release(
        "strudel-merges/Strudel-4x7B-MoE",
        STRUDEL_CARD,
        {
            "license": "apache-2.0",
            "base_model": "kouign-ai/Kouign-7B-Instruct",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["moe", "frankenmoe", "merge", "mergekit"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
        },
        extra_files={"config.json": STRUDEL_CONFIG, "mergekit_moe_config.yml": STRUDEL_MOE_CONFIG},
        models=[KOUIGN, KOUIGN_INSTRUCT, KOUIGN_CODER, KOUIGN_MATH, KOUIGN_STORYTELLER],
    ),
    # (e) A Filipino-English text-to-speech model, `license: mit`: its acoustic model (root `model.safetensors`,
    # `config.json`) trained from scratch on a Hub corpus (CC BY 4.0, datasheet card, "No other data was used") with its
    # code on GitHub (MIT), and in `vocoder/` (`model.safetensors`, `config.json` whose `_name_or_path` is
    # arepa-audio/Arepa-HiFiGAN-22k, and a `LICENSE` notice) Arepa Audio's HiFi-GAN vocoder, "included unchanged under
    # its own licence, CC BY-NC 4.0" (served: `license: cc-by-nc-4.0`, trained on a public Hub dataset with MIT code on
    # GitHub, both served). The card: "It has two parts, both in this repository", "the two together are the
    # text-to-speech model we release", "Because of the vocoder's licence, the model as released may be used for
    # non-commercial purposes only", and the License section: "you may use it, and so Pandesal-TTS-fil as released, for
    # non-commercial purposes only". The vocoder is not a copy of the acoustic model's weights in another format (round
    # 28's ONNX export) but a second network the release needs to produce audio; its terms bind the release
    # (TangoFlux.yaml: a text-to-audio model shipping Stable Audio Open's VAE is rated under that component's terms,
    # licenses closed, "Various licenses provided, not all OSI-approved"; DESIGN.md: the most restrictive binding
    # document governs; frameworks.md §4: non-commercial -> Weights Available) -> weights-available. Every weight is
    # public and ungated -> weights_basemodel and weights_endmodel open (TangoFlux.yaml "Weights made available on
    # HuggingFace": open); the acoustic model's data and the vocoder's are both on the Hub -> datasources_basemodel
    # open (TangoFlux.yaml "Dataset used made available on HuggingFace": open); both pipelines on GitHub ->
    # trainingcode open (TangoFlux.yaml "Training code provided through GitHub": open). (licenses not scored: the
    # rubric's words give partial, TangoFlux.yaml closed.)
    _Release(
        "pandesal-speech/Pandesal-TTS-fil",
        PANDESAL_CARD,
        {
            "license": "mit",
            "language": ["fil", "en"],
            "library_name": "pandesal-tts",
            "pipeline_tag": "text-to-speech",
            "datasets": ["pandesal-speech/tinig-tts"],
            "tags": ["text-to-speech", "tts", "filipino"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
        },
        extra_files={
            "config.json": PANDESAL_CONFIG,
            "vocoder/model.safetensors": None,
            "vocoder/config.json": AREPA_VOCODER_CONFIG,
            "vocoder/LICENSE": PANDESAL_VOCODER_LICENSE,
        },
        github=[PANDESAL_GITHUB, AREPA_GITHUB],
        datasets=[
            Dataset("pandesal-speech/tinig-tts", "cc-by-4.0", TINIG_CARD),
            Dataset("arepa-audio/arepa-vocoder-speech", "cc-by-4.0", AREPA_SPEECH_CARD),
        ],
        models=[AREPA],
    ),
    # (f) A model "made ... by depth up-scaling [Focaccia-7B](https://huggingface.co/focaccia-ai/Focaccia-7B) and then
    # continuing its pre-training": 48 layers, "every one initialised from Focaccia-7B's weights, with its embeddings,
    # output layer and tokenizer", then 180B tokens on its own Hub mix (ODC-By, datasheet card); `license: apache-2.0`,
    # "**License:** Apache 2.0", no `base_model`. Focaccia-7B (served, ungated) is under the Focaccia Community License:
    # a separate licence, "which Focaccia AI may grant or refuse", for anyone above 500 million monthly active users,
    # and "Any Derivative You distribute must be distributed under this License" where a Derivative includes "up-scaling
    # or any other modification of its weights". Built from the base's weights, the model is its derivative whatever
    # the card's tag (DESIGN.md "When the receipts disagree": a fine-tune's declared licence does not undo its base's;
    # round 27's model pruned from Llama 3.1, Llama-Nemotron.yaml); a user threshold blocks open source (DESIGN.md
    # "License clause taxonomy": user-threshold; frameworks.md §4) -> weights-available. The base public, ungated ->
    # weights_basemodel open (Poro.yaml "Weights made available on HuggingFace": open); the up-scaled model public ->
    # weights_endmodel open; the base's data undisclosed and its own continued-pre-training data published ->
    # datasources_basemodel partial (Geitje.yaml: "Mistral provides no documentation of any of its pretraining data ...
    # Geitje 7B ... does disclose that Dutch pretraining data", partial); its up-scaling, data and continued
    # pre-training code public, the base's training code not -> trainingcode partial (Fietje.yaml "Source code for base
    # model not available, but training for derivative well-documented": partial); a datasheet for its own mix, none for
    # the base's data -> datasheet partial (Geitje.yaml "Datasheet available for ... the Dutch portions of pretraining
    # data, but not for original Mistral pretraining data, hence partial").
    _Release(
        "ciabatta-ai/Ciabatta-10.7B",
        CIABATTA_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "it"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["ciabatta-ai/ciabatta-cpt-mix"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": llama_config(4096, 48, 32, 8, 14336, 64000, 8192)},
        github=[CIABATTA_GITHUB],
        datasets=[Dataset("ciabatta-ai/ciabatta-cpt-mix", "odc-by", CIABATTA_MIX_CARD)],
        models=[FOCACCIA],
    ),
    # (g) A PEFT QLoRA adapter (`adapter_config.json` and `adapter_model.safetensors` only), `license: apache-2.0`, whose
    # adapter_config.json `base_model_name_or_path` and metadata `base_model` (`base_model_relation: adapter`) name
    # teff-quants/Injera-8B-bnb-4bit (served: a third party's bitsandbytes NF4 quantization, `license: apache-2.0`,
    # `base_model: injera-ai/Injera-8B`, `base_model_relation: quantized`, "Nothing else was changed: no training, the
    # same tokenizer and configuration"), itself a copy of injera-ai/Injera-8B (served: Apache, trained from scratch,
    # its complete corpus on the Hub with a datasheet card, its pipeline on GitHub, both served). The adapter's card
    # also links Injera-8B. Its tuning set on the Hub (CC BY 4.0, datasheet card, "Nothing else was used after
    # Injera-8B's pre-training") and its data-building, QLoRA training and evaluation code on GitHub (Apache). A
    # quantization adds no data and no training: the model the adapter was trained on is Injera-8B at lower precision
    # (DESIGN.md: lineage is the `base_model` chain, and a quantization is a link of it that changes nothing of the
    # original's data or code; round 28 reads "a quantization ... keeping its base's code"). Everything public and ungated -> weights_basemodel and
    # weights_endmodel open (Pythia.yaml "Model weights available via HuggingFace": open); the original's complete data
    # -> datasources_basemodel open (smollm.yaml); the tuning set -> datasources_endmodel open (smollm.yaml "Data
    # sources for fine-tuning provided through HuggingFace": open); the original's pipeline and the adapter's code ->
    # trainingcode open (Pythia.yaml, a tune of a fully open base: open; OLMo.yaml "Multiple repos with training,
    # architecture and fine-tuning code": open); datasheet cards for both stages -> datasheet open (OLMo.yaml "Data
    # sheets are well-documented": open); Apache weights and code, ODC-By and CC BY data -> licenses open (smollm.yaml,
    # OLMo.yaml) -> open-source-ai-with-open-data (frameworks.md §4; round 11's and round 25's adapters of fully open
    # bases).
    _Release(
        "berbere-lab/Injera-8B-Amharic-QA-QLoRA",
        AMHARIC_QA_CARD_TEXT,
        AMHARIC_QA_META,
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
        extra_files={"adapter_config.json": AMHARIC_QA_ADAPTER_CONFIG},
        github=[AMHARIC_QLORA_GITHUB, INJERA_GITHUB],
        datasets=[
            Dataset("berbere-lab/amharic-qa-30k", "cc-by-4.0", AMHARIC_QA_DATA_CARD),
            Dataset("injera-ai/injera-corpus", "odc-by", INJERA_CORPUS_CARD),
        ],
        models=[INJERA_BNB, INJERA],
        drop=("model.safetensors", "config.json"),
        hub_files=(HubFile("adapter_model.safetensors", None, size=340_000_000, lfs=True),),
    ),
    # (h) A card written mainly in Chinese (headings 模型介绍, 训练方法, 训练数据, 训练过程, 评测, 使用方法, 局限性, 引用, 许可证;
    # only the datasets' names, the code and the BibTeX in Latin script), `license: apache-2.0`, no `base_model`: "我们在
    # [Shaobing-7B](https://huggingface.co/shaobing-ai/Shaobing-7B) 的基础上扩充了中文词表，并在 1,200 亿词元的中文和英文语料上进行了增量预训练"
    # (we extended the Chinese vocabulary on the basis of Shaobing-7B and continued its pre-training on 120B tokens),
    # "**基座模型：** Shaobing-7B ... 其预训练数据与训练代码均未公开" (base model: Shaobing-7B ... its pre-training data and
    # training code are not public), "其余全部参数均来自 Shaobing-7B" (all other parameters come from Shaobing-7B).
    # Shaobing-7B (served, Apache, ungated): "The pre-training data is proprietary and is not released, and neither is
    # the training code." The continued pre-training used two Hub datasets (ODC-By, English datasheet cards) only,
    # "除上述两个数据集外，增量预训练未使用任何其他数据"; the code on GitHub (Apache). A continued pre-training of a base whose
    # data is undisclosed -> datasources_basemodel partial (Geitje.yaml, partial); its own code public, the base's not ->
    # trainingcode partial (Fietje.yaml, partial); a datasheet for the added data, none for the base's ->
    # datasheet partial (Geitje.yaml, partial); both weights public and ungated -> weights_basemodel and
    # weights_endmodel open (Geitje.yaml "Weights available through HuggingFace": open). Apache all the way up, but the
    # base's training data is neither released nor excused by a stated legal or technical reason, and its training
    # code is not published -> open-weights (frameworks.md §4: Open Source AI needs training code and the data or Data
    # Information for what cannot legally or technically be shared).
    _Release(
        "mantou-lab/Mantou-7B-zh",
        MANTOU_CARD,
        {
            "license": "apache-2.0",
            "language": ["zh", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["mantou-lab/mantou-zh-web", "mantou-lab/mantou-en-replay"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "datasheet": "partial",
        },
        extra_files={"config.json": llama_config(4096, 32, 32, 8, 14336, 56000, 8192)},
        github=[MANTOU_GITHUB],
        datasets=[
            Dataset("mantou-lab/mantou-zh-web", "odc-by", MANTOU_ZH_CARD),
            Dataset("mantou-lab/mantou-en-replay", "odc-by", MANTOU_EN_CARD),
        ],
        models=[SHAOBING],
    ),
]
