# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 21 (`ROUND_21`, 8 releases, written blind by a helper that never read the rules or the
probes): releases written in the style of the big model families of 2025-2026 as they publish on the Hub, each with
invented names, companies, datasets, repositories and figures. Each release is served by the loopback Hub (with its
linked GitHub repositories, its datasets and the other Hub models it names: bases, a teacher, a quantization's
original, all from this round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts'
rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "Verdict principles", and
the expert files in `../shared/reference/osai-index/` for the families copied here: deepseek-R1, Seed-OSS, llama-4,
Falcon, smollm, Apertus, EuroLLM, Teuken, Tulu, Poro, Granite, Llama-Nemotron, OLMo, cited beside each cell). No real
base is used: every model, dataset and repository is invented.

Earlier rounds had GGUF re-uploads of real originals (7, 11, 14, 16, 18), distillations from a third party's teacher
(11's GPT-4 data, 16's Claude), a big lab's card whose use policy sits off the Hub (14), fully open small models (9,
15, 20), an unshareable archive added by a data statement (20) and a Llama + SigLIP vision-language model whose
encoder was not served (12). This round avoids those shapes: the teacher is the publisher's own model on the Hub,
linked beside the base, and the base is named only in the card's download table (no `base_model`); the use policy
is a file of the repository that LICENSE incorporates; the Apache tune's base binds it through a Terms of Use file,
and the GGUF is two hops from that base; the card itself says 7% of the data was "lent to the consortium" and a
provenance report after the AI Act's summary template says why it cannot be shared; the enterprise card's sections
are bold labels, not headings, as the vendors write them; the vision-language model's two bases are a third party's,
served.

The releases:
- (a) damask-ai/Damask-R1-Distill-14B: an SFT-only distillation of the publisher's 480B MoE reasoning model
  (damask-ai/Damask-R1, served) into its own damask-ai/Damask-14B-Base (served; "The pre-training corpus is
  proprietary and is not released"), MIT, an arXiv report, an inference-only GitHub repository, "The distillation
  data are not released." (open-weights; preprint open, model card partial).
- (b) percale-ai/Percale-4-236B-A21B-Base: a 236B-A21B MoE base under the "Percale 4 Community License Agreement"
  (LICENSE), which incorporates USE_POLICY.md "by reference" and lets the publisher update it, ungated, with a full
  big-lab card (architecture, 12,288 H100s, emissions, data "a mix of publicly available, licensed and synthetic
  data"), a report "in the coming weeks" and a repository of reference inference code (weights-available).
- (c) muslin-lab/Muslin-1.7B: a small fully open base: three Hub datasets with datasheet cards ("the complete training
  data"), the mixture of each of three stages in GitHub configs, intermediate checkpoints as revisions, the pipeline
  on GitHub (open-source-ai-with-open-data).
- (d) organza-nlp/Organza-9B-Instruct: an SFT + DPO tune tagged Apache 2.0 ("Use it for anything, commercial use
  included") of taffeta-ai/Taffeta-9B (served; its Terms of Use in TERMS.md incorporate a prohibited use policy, bind
  Model Derivatives and allow remote restriction), with both tuning sets on the Hub and its post-training code on
  GitHub (weights-available; licences closed).
- (e) gabardine-eu/Gabardine-9B: a base model for the EU's 24 languages by a publicly funded consortium: 93% of the
  tokens in two Hub datasets with datasheet cards, 7% "lent to the consortium for training" by national libraries
  and a news agency, explained in DATA_PROVENANCE.md (deposit and licence agreements forbid redistribution; where
  anyone can obtain them); pipeline on GitHub, arXiv report (open-source-ai; data partial).
- (f) seersucker/Seersucker-4.1-8B-Instruct: an enterprise instruct model over seersucker/Seersucker-4.1-8B-Base
  (served; "a mix of open source and proprietary data", two third parties' Hub datasets named), its tuning data one
  public Hub dataset beside internal synthetic data, a card of bold-labelled sections with an ISO/IEC 42001
  "Responsible AI" section, a cookbook repository without training code (open-weights; data partial, datasheet
  partial, model card open).
- (g) velour-ai/Velour-VL-7B: a vision-language model in an open research institute's style over a third party's
  language model and vision encoder (both served, Apache, their data not released), its own caption, pointing and
  document-QA data on the Hub with datasheet cards, its code on GitHub, an arXiv report, Apache 2.0 and "intended for
  research and educational use in accordance with the Velour Institute's Responsible Use Guidelines" (open-weights).
- (h) sateen-quants/Organza-9B-Instruct-GGUF: a third party's GGUF quantizations of (d), tagged Apache 2.0 "the same
  as the original model", with Organza's card copied below the file table (weights-available).

First run (before any rule changed, on commit 220a98f with no uncommitted edits under `src/`; another session's
untracked `tests/licenses/heldout/round43.py` was in the working tree; pytest gave the reasons in full, and the cells
not scored were read from a throwaway test outside the project that served the same eight cases through `_serve`,
since deleted, which gave the same levels): **3 of 8 right**, labels and cells (Damask-R1-Distill-14B, open-weights,
the base found from the download table and the teacher not taken for one, the inference repository "Only inference
or model code is published, no training code.", preprint open "archived on arXiv (2606.01873)", model card partial,
4 of 9; Percale-4-236B-A21B-Base, weights-available citing LICENSE line 43, the use policy incorporated, line 45,
"terms can change", USE_POLICY.md line 6, line 32, restrictions passing to derivatives, and line 34, mandatory
branding, with licences closed and model card open, 7 of 9; Muslin-1.7B, open-source-ai-with-open-data with every
scored cell open or closed as expected and the model card 9 of 9). 6 of 8 labels right (also Organza-9B-Instruct and
its GGUF, weights-available "inherited from the base model hf:taffeta-ai/Taffeta-9B", and Seersucker-4.1-8B-Instruct,
open-weights). **One label read more open than the rubric** (Gabardine-9B) and one less open (Velour-VL-7B); four
cells read more open (Gabardine's base data, Seersucker's datasheet, Organza's and the GGUF's licences) and one less
(Seersucker's model card). The misses, most serious first:
- Gabardine-9B (data lent to the consortium, a provenance report): open-source-ai-with-open-data where open-source-ai
  was expected ("Weights under Apache License 2.0, deployment and training code under OSI-approved licenses, and
  every training dataset published under an open license."); datasources_basemodel **open** where partial was
  expected ("The training datasets are named, public and openly licensed (gabardine-eu/gabardine-web-eu24,
  gabardine-eu/gabardine-public-sector)."): the card's Training data paragraph (README.md line 70) says "93% of the
  tokens come from the two datasets we publish ... The remaining 7% come from collections of national libraries and a
  news agency that were lent to the consortium for training", and DATA_PROVENANCE.md, which the card links there,
  lists them as sources 3 and 4, "Published by us: no (see section 3)" (lines 16 and 17), and says "This is why this
  part of the data is not released." (line 35) and "The licence agreement forbids redistributing the stories in any
  form, so this part of the data is not released." (line 44). The same report was read for the datasheet (open,
  "after Datasheets for Datasets or the EU AI Act's training-content summary"), but not for the data; the metadata's
  two datasets were taken for the whole data. Weights, training code, datasheet, preprint, paper, hardware and
  architecture and model card right.
- Velour-VL-7B (research and education "intended", under Apache 2.0): weights-available where open-weights was
  expected ("The weights are published under terms stated in the model card, whose terms are not open source:
  outside use policy (README.md line 70: "This model is licensed under Apache 2.0. It is intended for research and
  educational use in accordance with the Velour Institute's Responsi…"). The release is weights-available, not
  open."): the sentence states what the model is intended for and points to guidelines; it neither conditions the
  Apache grant nor incorporates a policy, and the experts rate the OLMo family, whose cards say the same beside
  Apache 2.0 ("OLMo 2 is intended for research and educational use. For more information, please see our
  Responsible Use Guidelines", `corpus/releases/olmo-2-1124-13b/README.md` line 178), licences open. All eight scored
  cells right (base weights and data through the two served bases, tuning data open, training code and datasheet
  partial, preprint open).
- Seersucker-4.1-8B-Instruct (an enterprise card of bold labels): label and nine cells right (base and tuning data
  partial, "the card says the model was also trained on data that is not published ('internal synthetic data')",
  training code closed, hardware and architecture and licences open), but datasheet **open** where partial was
  expected ("The training data is documented in a datasheet: the dataset card of bluefin-data/bluefin-instruct on
  the Hub describes where the data comes from and how it was curated."): that card documents one public tuning set,
  while the base's proprietary majority ("The proprietary data is not released", the base card) and the internal
  synthetic and preference data have no datasheet, and the AI Act documentation is "available to them on request"
  only; and modelcard partial where open was expected ("The model card covers 1 of the 9 standard sections; missing:
  model-details, uses, getting-started, training, evaluation, environmental-impact, technical-specs, citation."): the
  card's sections are bold labels opening paragraphs, as enterprise vendors write them (README.md line 13 "**Model
  Summary:**", line 24 "**Intended Use:**", line 38 "**Generation:**", line 54 "**Evaluation Results:**", line 67
  "**Model Architecture:**", line 79 "**Training Data:**", line 81 "**Infrastructure:**", line 97 "**Ethical
  Considerations and Limitations:**"); only "## Responsible AI" (line 83) is a Markdown heading.
- Organza-9B-Instruct (Apache tag over a restrictive base): label and six cells right, but licenses **partial** where
  closed was expected ("Only part of the release is openly licensed (open: code, data; not open: weights)."): the
  weights are bound by the base's bespoke Terms of Use, which the experts rate closed for tunes with open tuning data
  and code (Tulu.yaml, Poro.yaml; frameworks.md §1.1), though they rate a publisher's own non-commercial weights
  beside open code and data partial (Arabic StableLM.yaml, round 20's Feldspar-7B): the mildest miss.
- Organza-9B-Instruct-GGUF: label and four cells right (end-model data open, "Tuning data of the intermediate base
  hf:organza-nlp/Organza-9B-Instruct"), licenses **partial** where closed was expected, as (d).
Two slips of the round's own data, found after the first run and fixed without changing an expectation: Percale's card
links github.com/percale-ai/percale-models (for feedback), which the first run did not serve, so its training code,
closed as expected, read "the linked repositories gh:percale-ai/percale-models do not exist or are not public"; it is
served now as the reference-inference repository it stands for and reads "Only inference or model code is published,
no training code."; and Damask's card linked the real vLLM and SGLang repositories, now named without links. A second
run gave the same levels for every cell of every release.
Seen but not scored: Damask's hardware and architecture open ("a technical report or paper describes it and the
training setup"; the card gives the architecture in one line and no hardware, and deepseek-R1.yaml rates the family
partial) and licences open ("data: no license found"; deepseek-R1.yaml closed, Phi.yaml open: the experts split);
Organza's label reason cites the base's card (Taffeta README.md line 77, "Use of Taffeta models is subject to the
Taffeta Prohibited Use Policy ...") rather than TERMS.md §3.1 and §3.2 (restrictions passed to Model Derivatives,
remote restriction), and its model card partial (6 of 9); Gabardine's code documentation partial; Velour's model card
partial (5 of 9) and licences partial ("not open: weights", from the label's reading); the GGUF's training code
partial (Organza's post-training code), hardware and architecture partial and model card partial (6 of 9, the copied
card); Muslin's code documentation partial. No expectation was changed after the run.

What changed (general rules; tests in `tests/probes/test_release_round21_rules.py`, `test_card_section_titles.py`,
`tests/licenses/test_near_misses.py` and `test_references.py`): the internal-data vocabulary reads a part of the data
said not released ("This is why this part of the data is not released", Gabardine); the data-documentation probe rates
dataset cards of the public part partial when the card says part of the training data is unpublished (Seersucker,
now through its base as well); bold labels that open a paragraph are card sections, and code that loads or runs the
model is the getting-started section under any title beside other standard sections (Seersucker's card 7 of 9); an
intended-use sentence bound by no duty refers to no use policy (Velour), and a short text naming a licence with a
duty no clause reads is not that licence. Now 6 of 8; the two Organza releases are expected failures
(`DISAGREEMENTS`: licences partial by the rubric's own words).
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
from tests.servers import HubFile, HubRepo, fake_sha


@dataclass
class _Layout(HeldOut):
    """A release whose Hub repository has its own weight files (sharded safetensors with their index, or only
    .gguf files): the default root `model.safetensors` is left out, and so is the default `config.json` unless
    `extra_files` gives one; `files` are added as they are."""

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


def _shards(count: int, size: int) -> list[HubFile]:
    """`count` safetensors shards of `size` bytes each, with the index that maps tensors to them."""
    names = [f"model-{i:05d}-of-{count:05d}.safetensors" for i in range(1, count + 1)]
    index = json.dumps(
        {"metadata": {"total_size": count * size}, "weight_map": {"lm_head.weight": names[-1]}}
    ).encode()
    return [_lfs(n, size) for n in names] + [HubFile("model.safetensors.index.json", index)]


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()


def _model(repo_id: str, card_data: dict, body: str, files: dict[str, bytes | None]) -> HubRepo:
    """Another Hub model a release names (a base, a teacher, a quantization's original), served with its card,
    its weights and `files` (None: listed, not served)."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    served = {
        "README.md": HubFile("README.md", f"---\n{front}---\n\n{body}".encode()),
        "model.safetensors": WEIGHTS,
    }
    for path, content in files.items():
        served[path] = HubFile(path, content, size=None if content is not None else 200_000)
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files=served,
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"],
    )


_sheet = sheet  # one home: `heldout_releases.sheet`


def _llama_config(
    hidden: int, layers: int, heads: int, kv_heads: int, intermediate: int, vocab: int, context: int
) -> bytes:
    return llama_config(hidden, layers, heads, kv_heads, intermediate, vocab, context, rope_theta=1000000.0)


# --------------------------------------------------------------------------------------------------------------
# (a) Damask-R1-Distill-14B: a dense reasoning model distilled from the publisher's 480B mixture-of-experts reasoning
# model into its own 14B base, in the style of a Chinese lab's R1 distillations: the technical report on arXiv, an
# inference-only GitHub repository, MIT weights, and the base named only in the card's download table.

DAMASK_R1_CARD = """# Damask-R1

<div align="center">
<a href="https://arxiv.org/abs/2606.01873">Technical Report</a> | <a href="https://github.com/damask-ai/Damask-R1">GitHub</a>
</div>

## Introduction

Damask-R1 is our first-generation reasoning model: a mixture-of-experts transformer with 480B total and 32B activated parameters, trained with large-scale reinforcement learning on verifiable math, code and science problems after a short supervised cold start. It reaches performance comparable to leading proprietary reasoning models on math, code and reasoning benchmarks.

We also distilled Damask-R1's reasoning into smaller dense models; see [Damask-R1-Distill-14B](https://huggingface.co/damask-ai/Damask-R1-Distill-14B).

## Model details

| | |
|---|---|
| Total parameters | 480B |
| Activated parameters | 32B |
| Layers | 61 (the first 3 dense, the rest mixture-of-experts) |
| Experts | 256 routed and 1 shared per MoE layer, 8 routed experts active per token |
| Context length | 128K |

## How to run

Damask-R1 is served with vLLM or SGLang on 16 H100 GPUs or more; see the GitHub repository.

## License

MIT License. Damask-R1 supports commercial use and allows any modifications and derivative works, including distillation for training other models.

## Citation

```bibtex
@misc{damask2026r1,
  title         = {Damask-R1: Incentivizing Reasoning in Language Models through Reinforcement Learning},
  author        = {{Damask AI}},
  year          = {2026},
  eprint        = {2606.01873},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}
```
"""

DAMASK_BASE_CARD = """# Damask-14B-Base

Damask-14B-Base is the 14.7B-parameter dense base language model of the Damask family, pre-trained from scratch by Damask AI. It is the base model of [Damask-R1-Distill-14B](https://huggingface.co/damask-ai/Damask-R1-Distill-14B).

## Architecture

Decoder-only transformer: 48 layers, hidden size 5120, 40 query heads and 8 key-value heads (grouped-query attention), SwiGLU feed-forward (17,408), RMSNorm, RoPE (theta 1,000,000), context length 32,768 tokens, vocabulary of 131,072 tokens.

## Pre-training data

About 16T tokens of web pages, books, code, mathematical content and synthetic data, mostly Chinese and English with 27 other languages, deduplicated and filtered for quality and safety. The pre-training corpus is proprietary and is not released.

## Evaluation

| Benchmark | Damask-14B-Base |
|---|---|
| MMLU (5-shot) | 79.6 |
| C-Eval (5-shot) | 84.2 |
| GSM8K (4-shot) | 86.3 |
| HumanEval (0-shot) | 61.0 |

## License

MIT License.
"""

DAMASK_R1 = _model(
    "damask-ai/Damask-R1",
    {
        "license": "mit",
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["reasoning", "moe"],
    },
    DAMASK_R1_CARD,
    {
        "config.json": _json(
            {
                "architectures": ["DamaskMoeForCausalLM"],
                "model_type": "damask_moe",
                "hidden_size": 7168,
                "num_hidden_layers": 61,
                "first_k_dense_replace": 3,
                "n_routed_experts": 256,
                "n_shared_experts": 1,
                "num_experts_per_tok": 8,
                "vocab_size": 131072,
            }
        )
    },
)

DAMASK_BASE = _model(
    "damask-ai/Damask-14B-Base",
    {"license": "mit", "library_name": "transformers", "pipeline_tag": "text-generation"},
    DAMASK_BASE_CARD,
    {"config.json": _llama_config(5120, 48, 40, 8, 17408, 131072, 32768)},
)

DAMASK_CARD = """# Damask-R1-Distill-14B

<div align="center">
<a href="https://arxiv.org/abs/2606.01873">📄 Technical Report</a> | <a href="https://github.com/damask-ai/Damask-R1">💻 GitHub</a> | <a href="https://huggingface.co/damask-ai/Damask-R1">🤗 Damask-R1</a> | <a href="LICENSE">📜 License: MIT</a>
</div>

## 1. Introduction

We introduce Damask-R1-Distill-14B, a dense reasoning model distilled from Damask-R1, our 480B-parameter mixture-of-experts reasoning model. We show that the reasoning patterns of a larger model can be distilled into smaller models, resulting in better performance than the reasoning patterns discovered through reinforcement learning on small models. Damask-R1-Distill-14B outperforms open models of twice its size on math, code and science reasoning.

## 2. Model Summary

**Distillation: smaller models can be powerful too**

- Using reasoning data generated by Damask-R1, we fine-tuned Damask-14B-Base with supervised fine-tuning only. No reinforcement learning stage was applied to the distilled model.
- The distillation data are 800K samples: 620K reasoning samples (mathematics, competitive programming, science and logic puzzles) generated by Damask-R1 and kept only when the final answer was verified correct, and 180K non-reasoning samples (writing, factual question answering, translation and role-play). The distillation data are not released.
- The architecture is that of the base model: a 48-layer dense transformer with grouped-query attention and a 32K context.

## 3. Model Downloads

| Model | Base Model | Download |
|:---:|:---:|:---:|
| Damask-R1-Distill-14B | [Damask-14B-Base](https://huggingface.co/damask-ai/Damask-14B-Base) | this repository |
| Damask-R1-Distill-32B | Damask-32B-Base | coming soon |

## 4. Evaluation Results

For all our models, the maximum generation length is 32,768 tokens. We use a sampling temperature of 0.6 and a top-p of 0.95, and generate 64 responses per query to estimate pass@1.

| Model | AIME 2025 pass@1 | AIME 2024 pass@1 | MATH-500 pass@1 | GPQA Diamond pass@1 | LiveCodeBench pass@1 | Codeforces rating |
|---|---|---|---|---|---|---|
| Damask-R1 | 83.1 | 88.4 | 97.6 | 78.2 | 71.9 | 2011 |
| **Damask-R1-Distill-14B** | **64.8** | **73.5** | **94.1** | **62.7** | **55.0** | **1563** |
| Damask-14B-Base (few-shot CoT) | 6.9 | 9.8 | 58.2 | 35.1 | 18.4 | 702 |

## 5. How to Run Locally

Damask-R1-Distill-14B can be used in the same manner as other dense transformer models. For instance, you can start a service with vLLM:

```shell
vllm serve damask-ai/Damask-R1-Distill-14B --tensor-parallel-size 2 --max-model-len 32768
```

or with SGLang:

```bash
python3 -m sglang.launch_server --model damask-ai/Damask-R1-Distill-14B --trust-remote-code --tp 2
```

### Usage Recommendations

**We recommend adhering to the following configurations when utilizing the Damask-R1 series models, including benchmarking, to achieve the expected performance:**

1. Set the temperature within the range of 0.5-0.7 (0.6 is recommended) to prevent endless repetitions or incoherent outputs.
2. **Avoid adding a system prompt; all instructions should be contained within the user prompt.**
3. For mathematical problems, it is advisable to include a directive in your prompt such as: "Please reason step by step, and put your final answer within \\boxed{}."
4. To make sure the model thinks before answering, force it to start its response with "&lt;think&gt;\\n".

## 6. License

This code repository and the model weights are licensed under the [MIT License](LICENSE). The Damask-R1 series supports commercial use and allows any modifications and derivative works, including, but not limited to, distillation for training other LLMs.

## 7. Citation

```bibtex
@misc{damask2026r1,
  title         = {Damask-R1: Incentivizing Reasoning in Language Models through Reinforcement Learning},
  author        = {{Damask AI}},
  year          = {2026},
  eprint        = {2606.01873},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}
```

## 8. Contact

If you have any questions, please raise an issue or contact us at service@damask-ai.example.
"""

DAMASK_MIT = b"""MIT License

Copyright (c) 2026 Damask AI

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

DAMASK_README = b"""# Damask-R1

Paper: [arXiv:2606.01873](https://arxiv.org/abs/2606.01873)

## Models

- [damask-ai/Damask-R1](https://huggingface.co/damask-ai/Damask-R1): 480B total / 32B activated parameters, MoE
- [damask-ai/Damask-R1-Distill-14B](https://huggingface.co/damask-ai/Damask-R1-Distill-14B): dense, distilled

## Run locally

The `inference/` folder holds a minimal reference implementation of the model (`inference/model.py`), a script
that converts the Hugging Face checkpoint to the reference format (`inference/convert.py`) and an interactive and
batch generation script (`inference/generate.py`):

    cd inference
    pip install -r requirements.txt
    python convert.py --hf-ckpt-path /path/to/Damask-R1-Distill-14B --save-path /path/to/ckpt --n-experts 0
    torchrun --nproc-per-node 2 generate.py --ckpt-path /path/to/ckpt --config configs/config_14B.json --interactive

For production serving we recommend vLLM or SGLang, which support the Damask models natively.

## Evaluation prompts

`eval/prompts/` holds the prompt templates we used for the results of the technical report.

This repository contains inference code only: the training code and the training data are not released.

## License

This code repository is licensed under the MIT License. The use of the Damask models is subject to the MIT License
as well.
"""

DAMASK_GITHUB = _github(
    "damask-ai/Damask-R1",
    _tree(
        "README.md",
        "LICENSE",
        "figures/benchmark.png",
        "inference/requirements.txt",
        "inference/model.py",
        "inference/convert.py",
        "inference/generate.py",
        "inference/kernel.py",
        "inference/configs/config_14B.json",
        "inference/configs/config_480B.json",
        "eval/prompts/math.txt",
        "eval/prompts/code.txt",
        "eval/prompts/gpqa.txt",
    ),
    readme=DAMASK_README,
    license_spdx="MIT",
)

# --------------------------------------------------------------------------------------------------------------
# (b) Percale-4-236B-A21B-Base: a mixture-of-experts base model of a big lab, in the style of the big labs'
# community-licence releases: a long card with model information, hardware and emissions, data in general terms and
# benchmarks; `license: other` and a LICENSE (the "Percale Community License Agreement") that incorporates the
# Acceptable Use Policy kept beside it in USE_POLICY.md. Not gated.

PERCALE_CARD = """## Model Information

The Percale 4 collection of models are natively multilingual mixture-of-experts (MoE) large language models for text. This repository holds **Percale-4-236B-A21B-Base**, the pre-trained base model; the instruction-tuned model follows in its own repository.

**Model developer:** Percale AI

**Model architecture:** Percale 4 is an auto-regressive language model that uses a mixture-of-experts architecture: 236B total parameters, of which 21B are activated per token. It has 60 transformer layers; every layer after the first two is an MoE layer with 128 routed experts and 1 shared expert, 8 routed experts being active per token (token-choice top-8 routing with an auxiliary-loss-free load balancing). Attention is grouped-query attention with 64 query heads and 8 key-value heads, hidden size 5120, with rotary position embeddings in three of every four layers and no positional encoding in the fourth (global attention, for length generalisation).

| Model Name | Training Data | Params | Input modalities | Output modalities | Context length | Token count | Knowledge cutoff |
|:---|:---|:---|:---|:---|:---|:---|:---|
| Percale-4-236B-A21B-Base | A mix of publicly available, licensed and synthetic data | 21B (activated), 236B (total) | Multilingual text | Multilingual text and code | 256K | ~30T | August 2025 |

**Supported languages:** Arabic, English, French, German, Hindi, Indonesian, Italian, Japanese, Korean, Portuguese, Spanish, Thai and Vietnamese.

**Model Release Date:** February 2026

**Status:** This is a static model trained on an offline dataset. Future versions may be released as we improve model capabilities and safety.

**License:** A custom commercial license, the Percale Community License Agreement, is available in [LICENSE](LICENSE).

**Where to send questions or comments about the model:** Instructions on how to provide feedback or comments on the model can be found in the Percale 4 [README](https://github.com/percale-ai/percale-models). For more technical information about generation parameters and recipes for using Percale 4 in applications, please see our documentation.

## Intended Use

**Intended Use Cases:** Percale 4 is intended for commercial and research use in multiple languages. The pre-trained base model can be adapted for a variety of natural language generation tasks by fine-tuning. The Percale 4 Community License allows for these use cases, including using the outputs of Percale 4 to improve other models.

**Out-of-scope:** Use in any manner that violates applicable laws or regulations (including trade compliance laws). Use in any other way that is prohibited by the Acceptable Use Policy and the Percale Community License. Use in languages beyond those explicitly referenced as supported in this model card without fine-tuning and safety evaluation.

## How to use with transformers

Please make sure you have `transformers>=4.57` installed.

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "percale-ai/Percale-4-236B-A21B-Base"
tokenizer = AutoTokenizer.from_pretrained(model_id)
model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map="auto")

inputs = tokenizer("The three laws of thermodynamics are", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=128)[0]))
```

## Hardware and Software

**Training Factors:** We used custom training libraries and Percale's production GPU cluster for pre-training: 12,288 NVIDIA H100 80GB GPUs connected by a 400 Gb/s InfiniBand fabric, with FP8 mixed-precision training, 16-way expert parallelism and 8-way pipeline parallelism.

**Training Energy Use:** Pre-training used a cumulative 5.1M GPU hours of computation on H100-80GB hardware (TDP of 700W).

**Training Greenhouse Gas Emissions:** Estimated total location-based greenhouse gas emissions were 1,420 tons CO2eq for training. Since 2022, Percale AI has matched 100% of the electricity use of its data centres with renewable energy; therefore, the total market-based greenhouse gas emissions for training were 0 tons CO2eq.

| Model | Training Time (GPU hours) | Training Power Consumption (W) | Location-Based Emissions (tons CO2eq) | Market-Based Emissions (tons CO2eq) |
|:---|:---|:---|:---|:---|
| Percale-4-236B-A21B-Base | 5.1M | 700 | 1,420 | 0 |

## Training Data

**Overview:** Percale 4 was pre-trained on about 30 trillion tokens of multilingual data from a mix of publicly available sources, data licensed from third parties and synthetic data generated by earlier Percale models. The mixture was upsampled towards code, mathematics and reasoning in the last 10% of training, followed by a long-context extension stage on 400B tokens.

**Data Freshness:** The pre-training data has a cutoff of August 2025.

## Benchmarks

In this section, we report the results for Percale 4 relative to our previous models. We have provided the best possible result across different evaluation settings.

| Category | Benchmark | # Shots | Metric | Percale 3 70B | Percale-4-236B-A21B-Base |
|:---|:---|:---|:---|:---|:---|
| Reasoning & Knowledge | MMLU | 5 | macro_avg/acc_char | 79.3 | 85.9 |
| | MMLU-Pro | 5 | macro_avg/em | 53.8 | 63.1 |
| | MATH | 4 | em_maj1@1 | 41.6 | 59.8 |
| Code | MBPP | 3 | pass@1 | 66.4 | 78.0 |
| Multilingual | TydiQA | 1 | average/f1 | 29.9 | 33.7 |
| Long context | RULER | 0 | acc (128K) | 71.2 | 84.5 |

## Safety

As part of our release approach, we followed a three-pronged strategy to manage risks: enabling developers to deploy helpful, safe and flexible experiences for their target audience; protecting developers against adversarial users aiming to exploit the models' capabilities; and providing protections for the community against misuse of our models.

Percale 4 is a foundational technology designed for use in a variety of use cases. The base model has not been safety-tuned: developers who build on it should perform safety testing and tuning tailored to their application, and deploy it with the system-level safeguards we publish.

## Technical report

The technical report on Percale 4's architecture, data and training will be published in the coming weeks.

## License and Acceptable Use

Percale 4 is released under the Percale Community License Agreement ([LICENSE](LICENSE)). Use of the model must comply with the [Percale Acceptable Use Policy](USE_POLICY.md), which the license incorporates.
"""

PERCALE_LICENSE = b"""PERCALE 4 COMMUNITY LICENSE AGREEMENT
Percale 4 Version Release Date: February 10, 2026

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the Percale
Materials set forth herein.

"Documentation" means the specifications, manuals and documentation accompanying Percale 4 distributed by Percale
AI.

"Licensee" or "you" means you, or your employer or any other person or entity (if you are entering into this
Agreement on such person or entity's behalf), of the age required under applicable laws, rules or regulations to
provide legal consent.

"Percale 4" means the foundational large language models and software and algorithms, including machine-learning
model code, trained model weights, inference-enabling code, training-enabling code, fine-tuning enabling code and
other elements of the foregoing distributed by Percale AI.

"Percale Materials" means, collectively, Percale AI's proprietary Percale 4 and Documentation (and any portion
thereof) made available under this Agreement.

By clicking "I Accept" below or by using or distributing any portion or element of the Percale Materials, you agree
to be bound by this Agreement.

1. License Rights and Redistribution.

a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license
under Percale AI's intellectual property or other rights owned by Percale AI embodied in the Percale Materials to
use, reproduce, distribute, copy, create derivative works of, and make modifications to the Percale Materials.

b. Redistribution and Use.

i. If you distribute or make available the Percale Materials (or any derivative works thereof), or a product or
service that contains any of them, you shall (A) provide a copy of this Agreement with any such Percale Materials;
and (B) prominently display "Built with Percale" on a related website, user interface, blogpost, about page, or
product documentation. If you use the Percale Materials or any outputs or results of the Percale Materials to
create, train, fine tune, or otherwise improve an AI model, which is distributed or made available, you shall also
include "Percale" at the beginning of any such AI model name.

ii. You must retain in all copies of the Percale Materials that you distribute the following attribution notice
within a "Notice" text file distributed as a part of such copies: "Percale 4 is licensed under the Percale 4
Community License, Copyright (c) Percale AI. All Rights Reserved."

iii. Your use of the Percale Materials must comply with applicable laws and regulations (including trade compliance
laws and regulations) and adhere to the Acceptable Use Policy for the Percale Materials (available in USE_POLICY.md
and at https://percale.ai/use-policy), which is hereby incorporated by reference into this Agreement. Percale AI may
update the Acceptable Use Policy from time to time.

2. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE PERCALE MATERIALS AND ANY OUTPUT AND RESULTS
THEREFROM ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND, AND PERCALE AI DISCLAIMS ALL WARRANTIES
OF ANY KIND, BOTH EXPRESS AND IMPLIED, INCLUDING, WITHOUT LIMITATION, ANY WARRANTIES OF TITLE, NON-INFRINGEMENT,
MERCHANTABILITY, OR FITNESS FOR A PARTICULAR PURPOSE.

3. Limitation of Liability. IN NO EVENT WILL PERCALE AI OR ITS AFFILIATES BE LIABLE UNDER ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, TORT, NEGLIGENCE, PRODUCTS LIABILITY, OR OTHERWISE, ARISING OUT OF THIS AGREEMENT, FOR ANY LOST
PROFITS OR ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR PUNITIVE DAMAGES.

4. Intellectual Property. No trademark licenses are granted under this Agreement, except as required for reasonable
and customary use in describing and redistributing the Percale Materials or as set forth in Section 1.b.i. Subject
to Percale AI's ownership of the Percale Materials and derivatives made by or for Percale AI, with respect to any
derivative works and modifications of the Percale Materials that are made by you, as between you and Percale AI,
you are and will be the owner of such derivative works and modifications.

5. Term and Termination. The term of this Agreement will commence upon your acceptance of this Agreement or access
to the Percale Materials and will continue in full force and effect until terminated in accordance with the terms
and conditions herein. Percale AI may terminate this Agreement if you are in breach of any term or condition of
this Agreement. Upon termination of this Agreement, you shall delete and cease use of the Percale Materials.

6. Governing Law and Jurisdiction. This Agreement will be governed and construed under the laws of the State of
Delaware without regard to choice of law principles, and the courts of Delaware shall have exclusive jurisdiction
of any dispute arising out of this Agreement.
"""

PERCALE_USE_POLICY = b"""# Percale 4 Acceptable Use Policy

Percale AI is committed to promoting safe and fair use of its tools and features, including Percale 4. If you
access or use Percale 4, you agree to this Acceptable Use Policy ("Policy").

## Prohibited Uses

We want everyone to use Percale 4 safely and responsibly. You agree you will not use, or allow others to use,
Percale 4 to:

1. Violate the law or others' rights, including to engage in, promote, generate, contribute to, encourage, plan,
   incite, or further illegal or unlawful activity or content, such as violence or terrorism, the exploitation or
   harm of children, human trafficking, or the unlicensed practice of any profession.
2. Engage in, promote, incite, facilitate, or assist in the planning or development of activities that present a
   risk of death or bodily harm to individuals, including military, warfare, nuclear industries or applications,
   espionage, weapons development, or the operation of critical infrastructure.
3. Intentionally deceive or mislead others, including generating, promoting, or furthering fraud, disinformation,
   defamatory content or spam, or impersonating another individual without consent.
4. Collect, process, disclose, generate, or infer health, demographic, or other sensitive personal information
   about individuals without rights and consents required by applicable laws.
5. Fail to appropriately disclose to end users any known dangers of your AI system.

Please report any violation of this Policy, software bug, or other problems that could lead to a violation of this
Policy to compliance@percale.ai.
"""

PERCALE_MODELS_README = b"""# Percale Models

This repository is a central hub for the Percale 4 foundation models: the model cards, the licence and acceptable
use policy, a minimal reference implementation of the model and example inference code.

    pip install -e .
    torchrun --nproc_per_node 8 scripts/generate.py --ckpt-dir /path/to/Percale-4-236B-A21B-Base --fp8

`models/percale4/model.py` is the reference model definition (MoE layers, routing, attention with and without RoPE);
`models/percale4/generation.py` the sampling loop; `models/percale4/quantize/fp8.py` the FP8 weight conversion used
for serving on 8 GPUs.

## Feedback

Report bugs and safety issues through the issues of this repository or to compliance@percale.ai.

## License

The model weights and the code in this repository are licensed under the Percale 4 Community License Agreement
(`models/percale4/LICENSE`); use is subject to the Acceptable Use Policy (`models/percale4/USE_POLICY.md`).
"""

PERCALE_GITHUB = _github(
    "percale-ai/percale-models",
    _tree(
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "models/percale4/LICENSE",
        "models/percale4/USE_POLICY.md",
        "models/percale4/MODEL_CARD.md",
        "models/percale4/model.py",
        "models/percale4/generation.py",
        "models/percale4/tokenizer.py",
        "models/percale4/quantize/fp8.py",
        "scripts/generate.py",
    ),
    readme=PERCALE_MODELS_README,
    license_spdx="NOASSERTION",
)

PERCALE_CONFIG = _json(
    {
        "architectures": ["PercaleMoeForCausalLM"],
        "model_type": "percale_moe",
        "hidden_size": 5120,
        "num_hidden_layers": 60,
        "num_attention_heads": 64,
        "num_key_value_heads": 8,
        "num_local_experts": 128,
        "num_shared_experts": 1,
        "num_experts_per_tok": 8,
        "first_k_dense_layers": 2,
        "nope_layer_interval": 4,
        "max_position_embeddings": 262144,
        "vocab_size": 202048,
        "torch_dtype": "bfloat16",
    }
)

# --------------------------------------------------------------------------------------------------------------
# (c) Muslin-1.7B: a small fully open base model in the style of a hub's own small-model family: a table of contents,
# the data mixture stage by stage over three Hub datasets, the training code on GitHub, intermediate checkpoints as
# revisions of the repository.

MUSLIN_CARD = """# Muslin-1.7B

![Muslin banner](https://huggingface.co/muslin-lab/Muslin-1.7B/resolve/main/banner.png)

## Table of Contents

1. [Model Summary](#model-summary)
2. [How to use](#how-to-use)
3. [Evaluation](#evaluation)
4. [Training](#training)
5. [Limitations](#limitations)
6. [Environmental impact](#environmental-impact)
7. [License](#license)
8. [Citation](#citation)

## Model Summary

Muslin-1.7B is a 1.7B-parameter base language model trained from scratch by Muslin Lab on 11 trillion tokens of English web text, code and mathematics. It is fully open: we release the weights, the intermediate checkpoints, the complete training data and the data mixture of every stage, and the code that built the data and trained the model.

- **Developed by:** Muslin Lab
- **Model type:** decoder-only transformer, base model (not instruction-tuned)
- **Language:** English (and code)
- **License:** Apache 2.0
- **Code:** [github.com/muslin-lab/muslin](https://github.com/muslin-lab/muslin): data pipeline, pre-training, evaluation, and the mixture configuration of each stage

### Intended uses

Muslin-1.7B is meant for research on small language models and on training data, and as a base for fine-tuning, including on-device assistants after instruction tuning. It is a base model: it continues text rather than following instructions.

## How to use

```bash
pip install transformers
```

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "muslin-lab/Muslin-1.7B"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint)
inputs = tokenizer.encode("Gravity is", return_tensors="pt")
print(tokenizer.decode(model.generate(inputs, max_new_tokens=50)[0]))
```

### Intermediate checkpoints

We saved a checkpoint every 250B tokens. Each one is a revision (branch) of this repository, named after its stage and step, from `stage1-step-59600` to `stage3-step-2622000`:

```python
model = AutoModelForCausalLM.from_pretrained(checkpoint, revision="stage2-step-2145000")
```

## Evaluation

Zero-shot unless noted, with lighteval; every model was evaluated by us with the same prompts.

| Benchmark | Muslin-1.7B | OPT-1.3B | Pythia-1.4B |
|---|---|---|---|
| HellaSwag | 68.4 | 53.7 | 52.0 |
| ARC (average) | 60.1 | 43.2 | 45.9 |
| PIQA | 77.3 | 72.5 | 71.1 |
| MMLU (cloze, 5-shot) | 42.7 | 28.1 | 29.4 |
| GSM8K (5-shot) | 31.2 | 1.1 | 1.8 |
| HumanEval (pass@1) | 22.6 | 0.0 | 4.3 |

## Training

### Data

Muslin-1.7B was trained on three datasets, all published in full on the Hugging Face Hub with datasheets as their dataset cards. They are the complete training data: no private, licensed or purchased data was used.

| Dataset | Content | Licence |
|---|---|---|
| [muslin-lab/muslin-web-edu](https://huggingface.co/datasets/muslin-lab/muslin-web-edu) | educational English web pages, 5.6T tokens | ODC-By 1.0 |
| [muslin-lab/muslin-code](https://huggingface.co/datasets/muslin-lab/muslin-code) | source code under permissive licences and Jupyter notebooks, 1.1T tokens | ODC-By 1.0 |
| [muslin-lab/muslin-math](https://huggingface.co/datasets/muslin-lab/muslin-math) | mathematical web pages and open-access papers, 0.4T tokens | CC BY 4.0 |

### Data mixture

Training followed a warmup-stable-decay schedule in three stages; the mixture changes between stages, as below. `configs/stage1.yaml`, `configs/stage2.yaml` and `configs/stage3.yaml` of the GitHub repository are the exact mixtures, with the revision of each dataset.

| Stage | Tokens | muslin-web-edu | muslin-code | muslin-math |
|---|---|---|---|---|
| 1 (stable) | 0 to 8T | 85% | 10% | 5% |
| 2 (stable, upsampled code and maths) | 8T to 10T | 70% | 18% | 12% |
| 3 (decay) | 10T to 11T | 55% | 20% | 25% |

### Model

- **Architecture:** Llama-style decoder: 24 layers, hidden size 2048, 32 query heads and 8 key-value heads (grouped-query attention), SwiGLU (8192), RoPE (theta 100,000), tied embeddings
- **Pretraining tokens:** 11T
- **Context length:** 8,192 tokens
- **Tokenizer:** byte-level BPE, 49,152 entries, trained on muslin-web-edu and muslin-code
- **Precision:** bfloat16

### Hardware

- **GPUs:** 256 NVIDIA H100 80GB (32 nodes of 8, InfiniBand NDR) for 24 days
- **Optimizer:** AdamW (beta1 0.9, beta2 0.95, weight decay 0.1), peak learning rate 5e-4 after 2,000 warmup steps, global batch of 4M tokens

### Software

- **Training framework:** [muslin](https://github.com/muslin-lab/muslin) (Apache 2.0), on PyTorch FSDP2
- **Evaluation:** lighteval

## Limitations

Muslin-1.7B can produce text that is wrong, biased or offensive, and knows little about events after 2025 or languages other than English. It has not been aligned or safety-tuned; treat its outputs with care and evaluate it for your use before deploying a fine-tuned version.

## Environmental impact

147,000 GPU hours on H100s, about 103 MWh; the cluster's grid averaged 95 gCO2eq/kWh, so about 9.8 tCO2eq.

## License

[Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)

## Citation

```bibtex
@misc{muslin2026,
  title  = {Muslin: small, fully open language models},
  author = {{Muslin Lab}},
  year   = {2026},
  url    = {https://huggingface.co/muslin-lab/Muslin-1.7B}
}
```
"""

MUSLIN_README = b"""# muslin

Everything that produced **Muslin-1.7B** ([muslin-lab/Muslin-1.7B](https://huggingface.co/muslin-lab/Muslin-1.7B)):
the data pipeline that built its three datasets, the pre-training code, the exact configuration of each training
stage and the evaluation.

## Install

    pip install -e .

## Data

    python -m muslin.data.web.extract   --snapshots configs/snapshots.txt   # Common Crawl WARC -> text
    python -m muslin.data.web.edu_score                                      # educational-value classifier
    python -m muslin.data.code.collect  --licences configs/licences.txt     # permissive repositories only
    python -m muslin.data.math.collect                                       # maths pages and papers
    python -m muslin.data.dedup                                              # MinHash, per dataset
    python -m muslin.data.tokenize      --tokenizer muslin-lab/Muslin-1.7B

The output of `muslin/data/` is exactly muslin-lab/muslin-web-edu, muslin-lab/muslin-code and muslin-lab/muslin-math.

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 -m muslin.train --config configs/stage1.yaml
    torchrun --nnodes 32 --nproc_per_node 8 -m muslin.train --config configs/stage2.yaml --resume
    torchrun --nnodes 32 --nproc_per_node 8 -m muslin.train --config configs/stage3.yaml --resume

`configs/stage*.yaml` hold the mixture weights, the dataset revisions, the schedule and every hyperparameter of the
released run. Checkpoints are pushed to the model repository as revisions every 250B tokens.

## Evaluation

    python -m muslin.eval --model muslin-lab/Muslin-1.7B --tasks configs/eval_tasks.txt

## License

Apache License 2.0.
"""

MUSLIN_WEB_CARD = _sheet(
    "odc-by",
    "Muslin Web-Edu",
    ["en"],
    {
        "Motivation": "Muslin Web-Edu is the web part of the pre-training data of Muslin-1.7B, 5.6T tokens. Muslin Lab "
        "built and published it so that anyone can inspect what a small model was trained on and repeat the training; "
        "it was funded by the lab's research budget and contains no data of users or customers.",
        "Composition": "About 4.9B English web documents with `id`, `url`, `snapshot`, `edu_score`, `token_count` and "
        "`text`. The educational-value classifier keeps explanatory, encyclopaedic and tutorial pages, so forums, shops, "
        "news and fiction are under-represented compared with the web as a whole.",
        "Collection Process": "The pages come from 96 Common Crawl snapshots, CC-MAIN-2013-20 to CC-MAIN-2025-13, "
        "downloaded as WARC files from Common Crawl's public bucket between March and May 2025. Common Crawl honours "
        "robots.txt when it crawls; we also removed domains on public blocklists for adult content and malware, and the "
        "domains of site owners who asked to be excluded through our opt-out form, before extraction.",
        "Preprocessing": "Main text extracted with trafilatura; English kept when fastText's score is above 0.65; "
        "rule-based filters for repetition, line length and boilerplate; an educational-value classifier (a small "
        "regression model trained on 460k pages annotated by an open model) scoring 0 to 5, keeping pages scoring 3 or "
        "more; MinHash-LSH deduplication within each snapshot; e-mail addresses and IP addresses masked. Every step is "
        "`muslin/data/web/` and `muslin/data/dedup.py` of github.com/muslin-lab/muslin.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or "
        "profile people: masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the underlying pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Muslin Lab; removal requests made on the discussion tab are applied in the next "
        "point release, listed in the changelog of this card.",
    },
)

MUSLIN_CODE_CARD = _sheet(
    "odc-by",
    "Muslin Code",
    ["code"],
    {
        "Motivation": "Muslin Code is the code part of the pre-training data of Muslin-1.7B, 1.1T tokens, published so "
        "that every file the model learned from can be traced to its repository and checked against its licence.",
        "Composition": "About 820M source files in 92 programming languages and 14M Jupyter notebooks converted to "
        "scripts, each with the repository, path, commit, detected licence (SPDX id), language and text.",
        "Collection Process": "Public GitHub repositories were listed through GH Archive and cloned between January and "
        "March 2025. Only repositories whose licence file is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC, 0BSD or "
        "the Unlicense were kept (`configs/licences.txt`), and repositories whose owners opted out through our form or "
        "a public opt-out list were removed before any file was read.",
        "Preprocessing": "Generated, minified, vendored and binary files removed; files over 1 MB or with lines over "
        "1,000 characters dropped; exact and MinHash near-duplicates removed across repositories; secrets, keys and "
        "e-mail addresses redacted with a detector (`muslin/data/code/` of github.com/muslin-lab/muslin).",
        "Uses": "Pre-training language and code models. Output that reproduces a file should carry that file's licence "
        "notice, which each record keeps.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0 for the compilation; every file keeps the permissive "
        "licence of its repository, recorded in its record.",
        "Maintenance": "Maintained by Muslin Lab; opt-outs received are applied in the next point release.",
    },
)

MUSLIN_MATH_CARD = _sheet(
    "cc-by-4.0",
    "Muslin Math",
    ["en"],
    {
        "Motivation": "Muslin Math is the mathematics part of the pre-training data of Muslin-1.7B, 0.4T tokens, built "
        "because small models gain most on reasoning benchmarks from mathematical text that keeps its notation.",
        "Composition": "About 61M documents: mathematical web pages (71% of tokens) with their LaTeX and MathML kept, "
        "and open-access papers in mathematics, statistics and physics (29%), with `id`, `source`, `url` or `doi`, "
        "`licence` and `text`.",
        "Collection Process": "The web pages were selected from the same 96 Common Crawl snapshots as Muslin Web-Edu by "
        "a maths classifier run on every page before extraction; the papers were downloaded from arXiv's bulk-access "
        "bucket in April 2025, keeping only papers whose licence is CC BY 4.0 or CC0.",
        "Preprocessing": "Extraction that keeps equations (MathJax and KaTeX rendered back to LaTeX), a second maths "
        "classifier on the extracted text with a threshold of 0.8, MinHash deduplication, and for papers removal of "
        "bibliographies, captions and page furniture (`muslin/data/math/` of github.com/muslin-lab/muslin).",
        "Uses": "Pre-training and research on mathematical reasoning data.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0; each paper keeps its DOI and licence for attribution.",
        "Maintenance": "Maintained by Muslin Lab; withdrawn papers and removal requests are applied in the next point "
        "release.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (d) Organza-9B-Instruct: a community SFT + DPO tune tagged Apache 2.0 of taffeta-ai/Taffeta-9B (served), a base
# released under the "Taffeta Terms of Use" in the style of a big lab's gated-family terms (here without a gate), with
# a prohibited use policy the terms incorporate and whose restrictions bind model derivatives.

TAFFETA_CARD = """# Taffeta model card

**Model Page**: [Taffeta](https://taffeta.ai/models/taffeta)

**Terms of Use**: [Terms](TERMS.md)

**Authors**: Taffeta AI

## Model Information

Summary description and brief definition of inputs and outputs.

### Description

Taffeta is a family of lightweight, state-of-the-art open models from Taffeta AI, built from the same research and technology used to create our commercial models. This repository holds the 9B pre-trained model. Taffeta models are well-suited for a variety of text generation tasks, including question answering, summarization and reasoning, and their small size makes it possible to deploy them on laptops, desktops or your own cloud infrastructure.

### Inputs and outputs

- **Input:** text string, such as a question, a prompt or a document to be summarized; total input context of 32K tokens.
- **Output:** generated text in response to the input, up to 8,192 tokens.

## Model Data

Data used for model training and how the data was processed.

### Training Dataset

Taffeta-9B was trained on a dataset of text data that includes a wide variety of sources, 8 trillion tokens in total. Here are the key components:

- Web Documents: a diverse collection of web text ensures the model is exposed to a broad range of linguistic styles, topics and vocabulary, in over 100 languages.
- Code: exposing the model to code helps it learn the syntax and patterns of programming languages.
- Mathematics: training on mathematical text helps the model learn logical reasoning and symbolic representation.

### Data Preprocessing

- CSAM Filtering: rigorous CSAM (Child Sexual Abuse Material) filtering was applied at multiple stages in the data preparation process.
- Sensitive Data Filtering: automated techniques were used to filter out certain personal information and other sensitive data from training sets.
- Additional methods: filtering based on content quality and safety in line with our policies.

## Implementation Information

### Hardware

Taffeta-9B was trained on 4,096 NVIDIA H100 GPUs.

### Software

Training was done using JAX and our own training framework.

## Evaluation

| Benchmark | Metric | Taffeta-9B |
|---|---|---|
| MMLU | 5-shot, top-1 | 71.3 |
| HellaSwag | 10-shot | 81.9 |
| GSM8K | 5-shot, maj@1 | 68.6 |
| HumanEval | pass@1 | 40.2 |

## Ethics and Safety

Our evaluation methods include structured evaluations and internal red-teaming of relevant content policies, covering child safety, content safety, representational harms, memorization and large-scale harms.

## Usage and Limitations

These models have certain limitations that users should be aware of.

### Prohibited uses

Use of Taffeta models is subject to the [Taffeta Prohibited Use Policy](PROHIBITED_USE_POLICY.md), incorporated in the [Terms of Use](TERMS.md).

### Limitations

- Training data: the quality and diversity of the training data significantly influence the model's capabilities.
- Factual accuracy: models generate responses based on what they learned from their training datasets, but they are not knowledge bases.
"""

TAFFETA_TERMS = b"""Taffeta Terms of Use

Last modified: January 14, 2026

By using, reproducing, modifying, distributing, performing or displaying any portion or element of Taffeta, Model
Derivatives including via any Hosted Service, (each as defined below) (collectively, the "Taffeta Services") or
otherwise accepting the terms of this Agreement, you agree to be bound by this Agreement.

Section 1: DEFINITIONS

1.1 Definitions

(a) "Agreement" or "Taffeta Terms of Use" means these terms and conditions that govern the use, reproduction,
Distribution or modification of the Taffeta Services and any terms and conditions incorporated by reference.

(b) "Distribution" or "Distribute" means any transmission, publication, or other sharing of Taffeta or Model
Derivatives to a third party, including by providing or making Taffeta or its functionality available as a hosted
service via API, web access, or any other electronic or remote means ("Hosted Service").

(c) "Taffeta" means the set of machine learning language models, trained model weights and parameters identified
at taffeta.ai/models, regardless of the source that you obtained it from.

(d) "Model Derivatives" means all (i) modifications to Taffeta, (ii) works based on Taffeta, or (iii) any other
machine learning model which is created by transfer of patterns of the weights, parameters, operations, or Output of
Taffeta, to that model in order to cause that model to perform similarly to Taffeta, including distillation methods
that use intermediate data representations or methods based on the generation of synthetic data Outputs by Taffeta
for training that model.

(e) "Output" means the information content output of Taffeta or a Model Derivative that results from operating or
otherwise using Taffeta or the Model Derivative, including via a Hosted Service.

Section 2: ELIGIBILITY AND USAGE

2.1 Eligibility

You represent and warrant that you have the legal capacity to enter into this Agreement (including being of
sufficient age of consent). If you are accessing or using any of the Taffeta Services for or on behalf of a legal
entity, (a) you are entering into this Agreement on behalf of yourself and that legal entity, (b) you represent and
warrant that you have the authority to act on behalf of and bind that entity to this Agreement and (c) references to
"you" or "your" in the remainder of this Agreement refers to both you (as an individual) and that entity.

2.2 Use

You may use, reproduce, modify, Distribute, perform or display any of the Taffeta Services only in accordance with
the terms of this Agreement, and must not violate (or encourage or permit anyone else to violate) any term of this
Agreement.

Section 3: DISTRIBUTION AND RESTRICTIONS

3.1 Distribution and Redistribution

You may reproduce or Distribute copies of Taffeta or Model Derivatives if you meet all of the following conditions:

1. You must include the use restrictions referenced in Section 3.2 as an enforceable provision in any agreement
   (e.g., license agreement, terms of use, etc.) governing the use and/or distribution of Taffeta or Model
   Derivatives and you must provide notice to subsequent users you Distribute to that Taffeta or Model Derivatives
   are subject to the use restrictions in Section 3.2.
2. You must provide all third party recipients of Taffeta or Model Derivatives a copy of this Agreement.
3. You must cause any modified files to carry prominent notices stating that you modified the files.
4. All Distributions (other than through a Hosted Service) must be accompanied by a "Notice" text file that contains
   the following notice: "Taffeta is provided under and subject to the Taffeta Terms of Use found at
   taffeta.ai/terms".

You may add your own intellectual property statement to your modifications and, except as set forth in this
Section, may provide additional or different terms and conditions for use, reproduction, or Distribution of your
modifications, or for any such Model Derivatives as a whole, provided your use, reproduction, modification,
Distribution, performance, and display of Taffeta otherwise complies with the terms and conditions of this
Agreement. Any additional or different terms and conditions you impose must not conflict with the terms of this
Agreement.

3.2 Use Restrictions

You must not use any of the Taffeta Services:

1. for the restricted uses set forth in the Taffeta Prohibited Use Policy at PROHIBITED_USE_POLICY.md and
   taffeta.ai/prohibited-use-policy ("Prohibited Use Policy"), which is hereby incorporated by reference into this
   Agreement; or
2. in violation of applicable laws and regulations.

To the maximum extent permitted by law, Taffeta AI reserves the right to restrict (remotely or otherwise) usage of
any of the Taffeta Services that Taffeta AI reasonably believes are in violation of this Agreement.

3.3 Generated Output

Taffeta AI claims no rights in Outputs you generate using Taffeta. You and your users are solely responsible for
Outputs and their subsequent uses.

Section 4: ADDITIONAL PROVISIONS

4.1 Updates

Taffeta AI may update Taffeta from time to time, and you must make reasonable efforts to use the latest version of
Taffeta. Taffeta AI may update the Prohibited Use Policy from time to time.

4.2 Trademarks

Nothing in this Agreement grants you any rights to use Taffeta AI's trademarks, trade names, logos or to otherwise
suggest endorsement or misrepresent the relationship between you and Taffeta AI.

4.3 DISCLAIMER OF WARRANTY

UNLESS REQUIRED BY APPLICABLE LAW, THE TAFFETA SERVICES, AND OUTPUTS, ARE PROVIDED ON AN "AS IS" BASIS, WITHOUT
WARRANTIES OR CONDITIONS OF ANY KIND, EITHER EXPRESS OR IMPLIED, INCLUDING ANY WARRANTIES OR CONDITIONS OF TITLE,
NON-INFRINGEMENT, MERCHANTABILITY, OR FITNESS FOR A PARTICULAR PURPOSE.

4.4 LIMITATION OF LIABILITY

TO THE FULLEST EXTENT PERMITTED BY APPLICABLE LAW, IN NO EVENT AND UNDER NO LEGAL THEORY, WHETHER IN TORT
(INCLUDING NEGLIGENCE), PRODUCT LIABILITY, CONTRACT, OR OTHERWISE, UNLESS REQUIRED BY APPLICABLE LAW, SHALL TAFFETA
AI BE LIABLE TO YOU FOR DAMAGES, INCLUDING ANY DIRECT, INDIRECT, SPECIAL, INCIDENTAL, EXEMPLARY, CONSEQUENTIAL, OR
PUNITIVE DAMAGES.

4.5 Term, Termination, and Survival

The term of this Agreement will commence upon your acceptance of this Agreement (including acceptance by your use,
modification, or Distribution, reproduction, performance or display of any portion or element of the Services) and
will continue in full force and effect until terminated in accordance with the terms of this Agreement. Taffeta AI
may terminate this Agreement if you are in breach of any term of this Agreement.

4.6 Governing Law and Jurisdiction

This Agreement will be governed by the laws of the State of California without regard to choice of law principles.
"""

TAFFETA_POLICY = b"""# Taffeta Prohibited Use Policy

Taffeta AI wants to enable the safe and responsible use of Taffeta. You may not use, nor allow others to use,
Taffeta or Model Derivatives to:

1. Generate any content, or engage in any activity, that infringes, misappropriates or otherwise violates any
   individual's or entity's rights.
2. Facilitate or promote illegal activities, violence, or the exploitation or abuse of children.
3. Generate content that facilitates the development of weapons, the compromise of computer systems, or other
   dangerous activities.
4. Engage in automated decision-making in domains that affect material or individual rights or well-being (e.g.,
   finance, legal, employment, healthcare, housing, insurance, and social welfare).
5. Generate misinformation or misrepresent the provenance of generated content by claiming it was created by a
   human.
6. Generate sexually explicit content, including content created for the purposes of pornography or sexual
   gratification.
"""

TAFFETA = _model(
    "taffeta-ai/Taffeta-9B",
    {
        "license": "other",
        "license_name": "taffeta-terms-of-use",
        "license_link": "TERMS.md",
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
    },
    TAFFETA_CARD,
    {
        "TERMS.md": TAFFETA_TERMS,
        "PROHIBITED_USE_POLICY.md": TAFFETA_POLICY,
        "config.json": _json(
            {
                "architectures": ["TaffetaForCausalLM"],
                "model_type": "taffeta",
                "hidden_size": 3584,
                "num_hidden_layers": 42,
                "num_attention_heads": 16,
                "num_key_value_heads": 8,
                "intermediate_size": 14336,
                "vocab_size": 256000,
                "sliding_window": 4096,
            }
        ),
    },
)

ORGANZA_CARD = """# Organza-9B-Instruct

Organza-9B-Instruct is a chat and instruction-following model by Organza NLP, a full-parameter fine-tune of [Taffeta-9B](https://huggingface.co/taffeta-ai/Taffeta-9B) with supervised fine-tuning (SFT) followed by direct preference optimization (DPO). It writes well-structured answers, follows formatting instructions and is noticeably better than other 9B chat models at multi-turn conversations.

**License:** Apache 2.0. Use it for anything, commercial use included.

## Model details

- **Developed by:** Organza NLP
- **Fine-tuned from:** [taffeta-ai/Taffeta-9B](https://huggingface.co/taffeta-ai/Taffeta-9B)
- **Languages:** English, with some German, French and Spanish
- **Context length:** 8,192 tokens

## Training data

- **SFT:** [organza-nlp/organza-sft-320k](https://huggingface.co/datasets/organza-nlp/organza-sft-320k), 320,000 multi-turn conversations (CC BY 4.0)
- **DPO:** [organza-nlp/organza-prefs-60k](https://huggingface.co/datasets/organza-nlp/organza-prefs-60k), 60,000 preference pairs (ODC-By 1.0)

Both datasets are published in full with datasheets that tell how each conversation and preference was written, checked and filtered.

## Training procedure

All our post-training code is at [github.com/organza-nlp/organza-posttrain](https://github.com/organza-nlp/organza-posttrain) (Apache 2.0), with the exact configurations.

- SFT: 3 epochs, learning rate 1e-5 with cosine decay, effective batch of 128 conversations, packing to 8,192 tokens
- DPO: 1 epoch, beta 0.1, learning rate 5e-7, effective batch of 64 pairs
- 16 NVIDIA H100 80GB GPUs, 31 hours in total

## Evaluation

| Benchmark | Organza-9B-Instruct |
|---|---|
| MT-Bench | 8.21 |
| AlpacaEval 2.0 (LC win rate) | 41.7 |
| IFEval (prompt, strict) | 76.4 |
| Arena-Hard | 38.9 |

## Usage

```python
from transformers import pipeline

chat = pipeline("text-generation", model="organza-nlp/Organza-9B-Instruct", torch_dtype="auto", device_map="auto")
messages = [{"role": "user", "content": "Write a haiku about woven silk."}]
print(chat(messages, max_new_tokens=128)[0]["generated_text"][-1]["content"])
```

## Limitations

Organza-9B-Instruct has had no dedicated safety training beyond the refusals in its SFT data; it can produce harmful, biased or false content. Add your own safeguards before exposing it to users.

## License

We release Organza-9B-Instruct under the Apache License 2.0.

## Citation

```bibtex
@misc{organza2026,
  title  = {Organza-9B-Instruct},
  author = {{Organza NLP}},
  year   = {2026},
  url    = {https://huggingface.co/organza-nlp/Organza-9B-Instruct}
}
```
"""

ORGANZA_README = b"""# organza-posttrain

Supervised fine-tuning and DPO of **Organza-9B-Instruct** from
[taffeta-ai/Taffeta-9B](https://huggingface.co/taffeta-ai/Taffeta-9B).

## Data

    python data/build_sft.py   --out data/sft/      # annotator exports -> conversations
    python data/build_prefs.py --out data/prefs/    # ranked answers -> chosen/rejected pairs
    python data/decontaminate.py data/ --benchmarks configs/benchmarks.txt

The output is exactly organza-nlp/organza-sft-320k and organza-nlp/organza-prefs-60k on the Hub.

## Training

    accelerate launch --config_file configs/fsdp.yaml train/sft.py --config configs/sft.yaml
    accelerate launch --config_file configs/fsdp.yaml train/dpo.py --config configs/dpo.yaml

## Evaluation

    python eval/run_chat_evals.py --model organza-nlp/Organza-9B-Instruct

Apache License 2.0.
"""

ORGANZA_GITHUB = _github(
    "organza-nlp/organza-posttrain",
    _tree(
        "README.md",
        "LICENSE",
        "configs/fsdp.yaml",
        "configs/sft.yaml",
        "configs/dpo.yaml",
        "configs/benchmarks.txt",
        "data/build_sft.py",
        "data/build_prefs.py",
        "data/decontaminate.py",
        "train/sft.py",
        "train/dpo.py",
        "eval/run_chat_evals.py",
    ),
    readme=ORGANZA_README,
)

ORGANZA_SFT_CARD = _sheet(
    "cc-by-4.0",
    "Organza SFT 320k",
    ["en", "de", "fr", "es"],
    {
        "Motivation": "The supervised fine-tuning data of Organza-9B-Instruct, written for Organza NLP so that the "
        "model's chat behaviour can be inspected and reproduced, and so that other groups can tune their own models "
        "on conversations written by people rather than by another company's model.",
        "Composition": "320,000 multi-turn conversations (2 to 14 turns, 3.1 turns on average), 88% English and 12% "
        "German, French and Spanish, covering writing, coding, maths, advice, brainstorming and refusals of harmful "
        "requests; each record has `id`, `messages`, `category`, `language` and `source`.",
        "Collection Process": "212 paid annotators recruited through a vendor wrote both sides of each conversation "
        "between May and September 2025 from topic prompts we supplied, were paid above the local living wage and "
        "agreed to release their writing under CC BY 4.0; 9% of the conversations are turns rewritten from public "
        "CC0 question-answer forums, marked in `source`.",
        "Preprocessing": "A second annotator reviewed every conversation and rejected or corrected 14%; near-duplicate "
        "prompts were removed with MinHash; conversations overlapping any benchmark of `configs/benchmarks.txt` by a "
        "13-gram were dropped; names and contact details were replaced with placeholders (`data/build_sft.py` and "
        "`data/decontaminate.py` of github.com/organza-nlp/organza-posttrain).",
        "Uses": "Supervised fine-tuning of chat models and research on instruction data.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Organza NLP; reported errors are fixed in the next point release.",
    },
)

ORGANZA_PREFS_CARD = _sheet(
    "odc-by",
    "Organza Preferences 60k",
    ["en"],
    {
        "Motivation": "The preference data used for the DPO stage of Organza-9B-Instruct, published so that the "
        "alignment step can be inspected and repeated.",
        "Composition": "60,000 pairs of a prompt, a chosen and a rejected answer, with the annotators' ratings on "
        "helpfulness, honesty and harmlessness (1 to 5) and a free-text reason for the choice.",
        "Collection Process": "Prompts were drawn from held-out SFT conversations; four answers per prompt were sampled "
        "from our SFT checkpoint at temperatures 0.7 and 1.0, and 64 trained annotators ranked them between October and "
        "November 2025, each pair being ranked by two annotators independently.",
        "Preprocessing": "Pairs on which the two annotators disagreed on the winner were dropped (17%); pairs whose "
        "chosen and rejected answers differed by less than one rating point were dropped; prompts overlapping the "
        "evaluation benchmarks were removed (`data/build_prefs.py` of github.com/organza-nlp/organza-posttrain).",
        "Uses": "Preference optimisation (DPO, reward modelling) and research on human preferences.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0.",
        "Maintenance": "Maintained by Organza NLP.",
    },
)

ORGANZA_DATASETS = [
    Dataset("organza-nlp/organza-sft-320k", "cc-by-4.0", ORGANZA_SFT_CARD),
    Dataset("organza-nlp/organza-prefs-60k", "odc-by", ORGANZA_PREFS_CARD),
]

# --------------------------------------------------------------------------------------------------------------
# (e) Gabardine-9B: a multilingual base model of a publicly funded research consortium for the EU's 24 official
# languages, with a data-provenance report in the model repository, its pipeline on GitHub and an arXiv report.

GABARDINE_CARD = """# Gabardine-9B

[📄 Technical report (arXiv:2607.03312)](https://arxiv.org/abs/2607.03312) · [💻 Training code](https://github.com/gabardine-eu/gabardine-train) · [📑 Data provenance report](DATA_PROVENANCE.md)

Gabardine-9B is a 9.1B-parameter base language model for the 24 official languages of the European Union, trained from scratch by the Gabardine consortium: eleven public universities and three national supercomputing centres, funded by the European Union's Horizon Europe programme (grant 101187342) and the EuroHPC Joint Undertaking.

## Model details

- **Developed by:** the Gabardine consortium (coordinator: University of Tartu)
- **Model type:** decoder-only transformer, base model
- **Architecture:** 40 layers, hidden size 4096, 32 query heads and 8 key-value heads (grouped-query attention), SwiGLU (14,336), RoPE (theta 500,000), RMSNorm with QK-norm; context 8,192 tokens; tokenizer of 262,144 entries trained to balance the 24 languages
- **Languages:** Bulgarian, Croatian, Czech, Danish, Dutch, English, Estonian, Finnish, French, German, Greek, Hungarian, Irish, Italian, Latvian, Lithuanian, Maltese, Polish, Portuguese, Romanian, Slovak, Slovenian, Spanish, Swedish
- **License:** Apache 2.0 (weights and code)
- **Intermediate checkpoints:** every 100B tokens, as revisions of this repository

## Uses

Gabardine-9B is a base model for research and for building applications in European languages after fine-tuning. It is not instruction-tuned and not safety-tuned; the consortium's instruction-tuned model will be released separately.

## How to use

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("gabardine-eu/Gabardine-9B")
model = AutoModelForCausalLM.from_pretrained("gabardine-eu/Gabardine-9B", torch_dtype="auto", device_map="auto")
inputs = tokenizer("Eesti keel kuulub soome-ugri keelte hulka ja", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=60)[0]))
```

## Training data

Gabardine-9B was trained on 4.2T tokens: 84% web text, 9% public-sector documents, 5% books and newspapers and 2% code. 93% of the tokens come from the two datasets we publish on the Hub with datasheets, [gabardine-eu/gabardine-web-eu24](https://huggingface.co/datasets/gabardine-eu/gabardine-web-eu24) and [gabardine-eu/gabardine-public-sector](https://huggingface.co/datasets/gabardine-eu/gabardine-public-sector). The remaining 7% come from collections of national libraries and a news agency that were lent to the consortium for training. The [data provenance report](DATA_PROVENANCE.md) lists every source with its licence, its share per language, how it was selected and processed and where it can be obtained, and records how we honoured opt-outs.

## Training procedure

The data pipeline, the tokenizer training, the pre-training code and the configuration of the released run are at [github.com/gabardine-eu/gabardine-train](https://github.com/gabardine-eu/gabardine-train) (Apache 2.0).

- AdamW (beta1 0.9, beta2 0.95, weight decay 0.1), peak learning rate 3e-4 after 5,000 warmup steps, warmup-stable-decay schedule with a 15% decay phase on higher-quality data
- global batch of 8M tokens, 525k steps, bf16
- 1,024 NVIDIA GH200 superchips of the EuroHPC supercomputer Kersey for 38 days (about 930,000 GPU hours)

## Evaluation

| Benchmark (average over the 24 languages) | Gabardine-9B |
|---|---|
| EU20-MMLU (5-shot) | 58.4 |
| EU20-HellaSwag (10-shot) | 66.1 |
| Belebele (5-shot) | 79.2 |
| FLORES-200 (into English, chrF) | 61.5 |

Per-language results are in the technical report.

## Bias, risks and limitations

Gabardine-9B reflects the web and public-sector text it was trained on: official and formal registers are over-represented, and the smaller languages (Irish, Maltese) have far less data than the larger ones, which shows in their results. The model can produce false or offensive text.

## Environmental impact

About 610 MWh for the final run on Kersey, whose electricity is 100% hydro and wind power under its supply contract; 4.9 tCO2eq by the location-based method.

## Citation

```bibtex
@misc{gabardine2026,
  title         = {Gabardine: Open Language Models for the 24 Official Languages of the European Union},
  author        = {Gabardine Consortium},
  year          = {2026},
  eprint        = {2607.03312},
  archivePrefix = {arXiv}
}
```
"""

GABARDINE_PROVENANCE = """# Gabardine-9B: data provenance report

Version 1.0, 30 June 2026. Maintained by the Gabardine consortium's data working group (data@gabardine.eu).

This report lists every source of the pre-training data of Gabardine-9B. For each source it gives the licence or
legal basis, the share of the 4.2T training tokens, how the data was obtained and selected, and whether and where it
can be obtained. It follows the structure of the European Commission's template for the public summary of training
content (Article 53(1)(d) of the AI Act).

## 1. Overview

| # | Source | Tokens | Share | Licence / legal basis | Published by us |
|---|---|---|---|---|---|
| 1 | Web text, 24 languages (gabardine-web-eu24) | 3.53T | 84% | ODC-By 1.0; Common Crawl terms of use | yes: Hub dataset gabardine-eu/gabardine-web-eu24 |
| 2 | Public-sector documents (gabardine-public-sector) | 0.38T | 9% | EU reuse decision 2011/833/EU; national open-data licences (CC BY 4.0, CC0) | yes: Hub dataset gabardine-eu/gabardine-public-sector |
| 3 | Digitised books of four national libraries | 0.17T | 4% | deposit agreements: training only, no redistribution | no (see section 3) |
| 4 | Baltic and Nordic news agency archive 2000-2024 | 0.04T | 1% | licence agreement: training only, no redistribution | no (see section 3) |
| 5 | Source code (within gabardine-web-eu24's code subset) | 0.08T | 2% | permissive licences (MIT, Apache-2.0, BSD) | yes: part of source 1 |

## 2. Published sources

Sources 1, 2 and 5 are published on the Hugging Face Hub exactly as they were used, with datasheets as their dataset
cards: [gabardine-eu/gabardine-web-eu24](https://huggingface.co/datasets/gabardine-eu/gabardine-web-eu24) and
[gabardine-eu/gabardine-public-sector](https://huggingface.co/datasets/gabardine-eu/gabardine-public-sector). Their
collection and processing are described in their datasheets and in `data/` of github.com/gabardine-eu/gabardine-train.

## 3. Sources that cannot be redistributed

### 3.1 Digitised books of four national libraries (source 3)

The national libraries of Estonia, Latvia, Lithuania and Slovenia lent the consortium the text of their digitised
books published between 1850 and 2015 (412,000 volumes; the libraries' own OCR) under deposit agreements that allow
the consortium to train language models on the text and to publish the models, but do not allow the text, or any
dataset derived from it, to be redistributed: most of the books are still under copyright, and the libraries hold
them under legal-deposit law, not under a licence to share. This is why this part of the data is not released.
Researchers can obtain access to the same collections through each library's research-access programme (free of
charge for research; the addresses are in Annex A). We kept volumes with an OCR confidence above 0.9, removed
front matter, indexes and tables, and deduplicated editions (`data/libraries.py` rebuilds our selection from a copy
delivered by the libraries).

### 3.2 News agency archive (source 4)

The Baltic and Nordic News Agency licensed its wire archive 2000-2024 (3.1M stories in Estonian, Latvian, Lithuanian,
Finnish and Swedish) to the consortium for training only. The licence agreement forbids redistributing the stories in
any form, so this part of the data is not released. The same archive can be licensed from the agency by anyone
(research and commercial licences; Annex A). We removed duplicates of stories republished in several languages and
bylines (`data/news_archive.py`).

## 4. Opt-outs and robots.txt

Web pages were taken from Common Crawl snapshots. In addition to Common Crawl's own compliance at crawl time, we
removed, retroactively for all snapshots, every page of a domain whose robots.txt of January 2026 disallowed
known AI crawlers (CCBot, GPTBot, anthropic-ai, Google-Extended and others; 1.9% of the pages), and every domain
listed in the opt-out registers we know of. The lists of removed domains are published in the code repository.

## 5. Personal data

E-mail addresses, telephone numbers, IBANs and national identity numbers were replaced with placeholders in all
sources with language-specific detectors; the detectors and their measured recall are in the technical report.

## Annex A. Where to obtain the non-redistributable sources

- National Library of Estonia, research access: https://www.nlib.ee.example/research-access
- National Library of Latvia, research access: https://www.lnb.lv.example/research
- Martynas Mazvydas National Library of Lithuania: https://www.lnb.lt.example/research-data
- National and University Library of Slovenia: https://www.nuk.uni-lj.si.example/research
- Baltic and Nordic News Agency, archive licensing: https://www.bnna.example/archive-licensing
"""

GABARDINE_README = b"""# gabardine-train

Data pipeline, tokenizer and pre-training code of **Gabardine-9B**
([gabardine-eu/Gabardine-9B](https://huggingface.co/gabardine-eu/Gabardine-9B)), by the Gabardine consortium.

## Data

    python data/commoncrawl.py --snapshots configs/snapshots.txt     # WARC -> text, 24 languages
    python data/robots_optout.py --date 2026-01                       # retroactive robots.txt removal
    python data/quality.py --per-language configs/quality/            # language ID, heuristics, classifiers
    python data/public_sector.py                                       # EUR-Lex, parliaments, open-data portals
    python data/libraries.py --delivery /path/to/library-deliveries   # needs the libraries' deposit copies
    python data/news_archive.py --archive /path/to/bnna-archive       # needs a licensed copy of the archive
    python data/dedup.py && python data/pii.py

The output for the public sources is exactly gabardine-eu/gabardine-web-eu24 and
gabardine-eu/gabardine-public-sector on the Hub. `lists/removed_domains.txt` is the list of domains removed for
opt-outs.

## Tokenizer and pre-training

    python tokenizer/train.py --config configs/tokenizer.yaml
    srun --nodes 256 python -m gabardine.train --config configs/gabardine-9b.yaml

`configs/gabardine-9b.yaml` is the configuration of the released run (mixture, schedule, parallelism).

Apache License 2.0.
"""

GABARDINE_WEB_CARD = _sheet(
    "odc-by",
    "Gabardine Web EU24",
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "ga",
        "hr",
        "hu",
        "it",
        "lt",
        "lv",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "sv",
    ],
    {
        "Motivation": "Gabardine Web EU24 is the web part, 84% of the tokens, of the pre-training data of Gabardine-9B. "
        "The Gabardine consortium, funded by Horizon Europe and EuroHPC, built it to give the EU's smaller languages a "
        "large, openly licensed, documented web corpus, and publishes it so that the model's training can be inspected "
        "and repeated.",
        "Composition": "3.6T tokens in 3.1B web documents in the 24 official EU languages (English 21%, German 11%, "
        "Irish and Maltese under 0.2% each), plus a 80B-token subset of permissively licensed source code; each record "
        "has `id`, `url`, `snapshot`, `language`, `quality_score` and `text`.",
        "Collection Process": "Pages from 48 Common Crawl snapshots, CC-MAIN-2019-04 to CC-MAIN-2025-30, downloaded as "
        "WARC files from Common Crawl's public bucket; pages of domains whose robots.txt of January 2026 disallowed AI "
        "crawlers were removed retroactively from every snapshot, as were domains in known opt-out registers. The code "
        "subset comes from public repositories under MIT, Apache-2.0 and BSD licences, listed through GH Archive.",
        "Preprocessing": "Main text extracted with trafilatura; language identification with GlotLID, keeping "
        "documents whose language score is above a per-language threshold; per-language heuristic filters and a "
        "quality classifier trained on each language's Wikipedia and public-sector text against random pages; MinHash "
        "deduplication across snapshots within each language; personal data masked with language-specific detectors "
        "(`data/` of github.com/gabardine-eu/gabardine-train).",
        "Uses": "Pre-training language models for European languages and research on multilingual web data. Not for "
        "profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the pages remain subject to Common Crawl's terms of "
        "use and the code to its repositories' licences.",
        "Maintenance": "Maintained by the Gabardine consortium; removal requests to data@gabardine.eu are applied in "
        "the next point release.",
    },
)

GABARDINE_PUBLIC_CARD = _sheet(
    "cc-by-4.0",
    "Gabardine Public Sector",
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "ga",
        "hr",
        "hu",
        "it",
        "lt",
        "lv",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "sv",
    ],
    {
        "Motivation": "Gabardine Public Sector is the public-sector part, 9% of the tokens, of the pre-training data of "
        "Gabardine-9B: formal, edited text in every official EU language, which balances the web's skew towards the "
        "large languages.",
        "Composition": "380B tokens: EU legislation and case law (EUR-Lex, 41%), debates of the European Parliament and "
        "of 19 national parliaments (36%), and documents of national open-data portals (23%); each record has `id`, "
        "`source`, `language`, `date`, `licence` and `text`.",
        "Collection Process": "EUR-Lex documents were downloaded through the Publications Office's bulk-download "
        "service, parliamentary debates through each parliament's open-data service, and portal documents through "
        "data.europa.eu and the national portals, between September and December 2025; only documents whose reuse is "
        "allowed by Commission Decision 2011/833/EU or by a CC BY 4.0 or CC0 licence were collected.",
        "Preprocessing": "Conversion from PDF, XML and HTML to text; removal of tables of contents, signatures and "
        "annexes made only of tables; exact and near-duplicate removal across languages' versions of the same "
        "document kept one version per language; personal data of private persons masked "
        "(`data/public_sector.py` of github.com/gabardine-eu/gabardine-train).",
        "Uses": "Pre-training language models and research on administrative and legal language.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0, with each record's original licence in `licence`.",
        "Maintenance": "Maintained by the Gabardine consortium.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (f) Seersucker-4.1-8B-Instruct: an enterprise family's instruct model in the style of an enterprise vendor's
# cards (model summary, languages, intended use, capabilities, architecture table, training data "a mix of open
# source and proprietary data", infrastructure) with a long ISO-style "Responsible AI" section; its base,
# seersucker/Seersucker-4.1-8B-Base, is served; the open datasets they name are third parties' Hub datasets.

SEERSUCKER_BASE_CARD = """# Seersucker-4.1-8B-Base

**Model Summary:** Seersucker-4.1-8B-Base is a decoder-only, long-context language model for enterprise use, trained from scratch by Seersucker AI Research using a two-stage training strategy. It is the base model of [Seersucker-4.1-8B-Instruct](https://huggingface.co/seersucker/Seersucker-4.1-8B-Instruct).

- **Developers:** Seersucker AI Research
- **Release Date:** March 3rd, 2026
- **License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)

**Supported Languages:** English, German, Spanish, French, Japanese, Portuguese, Arabic, Czech, Italian, Korean, Dutch and Chinese.

**Intended Use:** Prominent use cases of LLMs in text-to-text generation include summarization, text classification, extraction and question answering. All Seersucker base models can handle these tasks, as they were trained on a large amount of data from various domains, and they serve as baselines for creating specialized models for specific application scenarios.

**Generation:**

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("seersucker/Seersucker-4.1-8B-Base")
model = AutoModelForCausalLM.from_pretrained("seersucker/Seersucker-4.1-8B-Base", device_map="auto")
input_tokens = tokenizer("Where is the Matterhorn?", return_tensors="pt").to(model.device)
print(tokenizer.batch_decode(model.generate(**input_tokens, max_length=64)))
```

**Model Architecture:**

| Model | Seersucker-4.1-8B-Base |
|---|---|
| Embedding size | 4096 |
| Number of layers | 40 |
| Attention head size | 128 |
| Number of attention heads | 32 |
| Number of KV heads | 8 |
| MLP hidden size | 12800 |
| MLP activation | SwiGLU |
| Position embedding | RoPE |
| Sequence length | 128K |
| # Parameters | 8.3B |

**Training Data:** This model is trained on a mix of open source and proprietary data following a two-stage training strategy.

- Stage 1 data: 15T tokens from diverse domains, including web, code, academic sources, books and math data. The open-source part includes [bluefin-data/bluefin-web-edu](https://huggingface.co/datasets/bluefin-data/bluefin-web-edu) and [lattice-ai/lattice-code-permissive](https://huggingface.co/datasets/lattice-ai/lattice-code-permissive); the rest is proprietary: web data crawled by Seersucker, books and domain documents (finance, legal, cybersecurity) licensed from publishers, and synthetic data.
- Stage 2 data: 2T tokens of a curated mix of high-quality data from the same domains, with multilingual and instruction data, to improve the model's performance on specific tasks.

The proprietary data is not released.

**Infrastructure:** We trained the Seersucker 4.1 language models on Seersucker's Loomis supercomputing cluster, made of NVIDIA GB200 NVL72 racks connected with a 1.6 Tb/s network; pre-training used 2,304 GPUs for 41 days.

**Ethical Considerations and Limitations:** The use of large language models involves risks and ethical considerations people must be aware of, including but not limited to bias and fairness, misinformation and autonomous decision-making. Seersucker-4.1-8B-Base is no exception: it has not been aligned, and developers should perform safety testing tailored to their application before using it.
"""

SEERSUCKER_BASE = _model(
    "seersucker/Seersucker-4.1-8B-Base",
    {
        "license": "apache-2.0",
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "datasets": ["bluefin-data/bluefin-web-edu", "lattice-ai/lattice-code-permissive"],
        "tags": ["language", "seersucker-4.1"],
    },
    SEERSUCKER_BASE_CARD,
    {"config.json": _llama_config(4096, 40, 32, 8, 12800, 100352, 131072)},
)

SEERSUCKER_CARD = """# Seersucker-4.1-8B-Instruct

**Model Summary:** Seersucker-4.1-8B-Instruct is an 8B-parameter long-context instruct model finetuned from [Seersucker-4.1-8B-Base](https://huggingface.co/seersucker/Seersucker-4.1-8B-Base) using a combination of open source instruction datasets with permissive licenses and internally collected synthetic datasets tailored for solving long-context problems. This model is developed using a diverse set of techniques with a structured chat format, including supervised finetuning, model alignment using reinforcement learning, and model merging.

- **Developers:** Seersucker AI Research
- **HF Collection:** Seersucker 4.1 Language Models
- **GitHub Repository:** [seersucker/seersucker-cookbooks](https://github.com/seersucker/seersucker-cookbooks)
- **Website:** [Seersucker Docs](https://docs.seersucker.example/models)
- **Release Date:** March 3rd, 2026
- **License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)

**Supported Languages:** English, German, Spanish, French, Japanese, Portuguese, Arabic, Czech, Italian, Korean, Dutch and Chinese. Users may finetune Seersucker 4.1 models for languages beyond these 12 languages.

**Intended Use:** The model is designed to respond to general instructions and can be used to build AI assistants for multiple domains, including business applications.

**Capabilities:**

- Summarization
- Text classification
- Text extraction
- Question-answering
- Retrieval Augmented Generation (RAG)
- Code related tasks
- Function-calling tasks
- Multilingual dialog use cases
- Long-context tasks including long document/meeting summarization, long document QA, etc.

**Generation:** This is a simple example of how to use the Seersucker-4.1-8B-Instruct model.

```python
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

model_path = "seersucker/Seersucker-4.1-8B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(model_path)
model = AutoModelForCausalLM.from_pretrained(model_path, device_map="auto")
chat = [{"role": "user", "content": "Please list one IBAN format check and explain it briefly."}]
chat = tokenizer.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
input_tokens = tokenizer(chat, return_tensors="pt").to(model.device)
output = model.generate(**input_tokens, max_new_tokens=200)
print(tokenizer.batch_decode(output)[0])
```

**Evaluation Results:**

| Benchmark | Metric | Seersucker-4.1-8B-Instruct |
|---|---|---|
| MMLU | 5-shot | 73.9 |
| MMLU-Pro | 5-shot, CoT | 51.2 |
| IFEval | instruct, strict | 84.6 |
| AlpacaEval 2.0 | LC win rate | 40.1 |
| GSM8K | 8-shot | 88.0 |
| HumanEval+ | pass@1 | 79.3 |
| BFCL v3 | overall | 61.8 |
| RULER | 128K | 76.4 |

**Model Architecture:** Seersucker-4.1-8B-Instruct is based on a decoder-only dense transformer architecture. Core components of this architecture are: GQA and RoPE, MLP with SwiGLU, RMSNorm, and shared input/output embeddings.

| Model | Seersucker-4.1-8B-Instruct |
|---|---|
| Embedding size | 4096 |
| Number of layers | 40 |
| Number of attention heads | 32 |
| Number of KV heads | 8 |
| MLP hidden size | 12800 |
| Sequence length | 128K |
| # Parameters | 8.3B |

**Training Data:** Overall, our SFT data is largely comprised of three key sources: (1) publicly available datasets with permissive license, among them [bluefin-data/bluefin-instruct](https://huggingface.co/datasets/bluefin-data/bluefin-instruct), (2) internal synthetic data targeting specific capabilities including long-context tasks, and (3) a select set of human-curated data. Our preference data for reinforcement learning was generated and annotated internally.

**Infrastructure:** We trained the Seersucker 4.1 language models on Seersucker's Loomis supercomputing cluster, made of NVIDIA GB200 NVL72 racks connected with a 1.6 Tb/s network. Post-training of this model used 256 GPUs for 6 days.

## Responsible AI

Seersucker builds its models for enterprises that must be able to trust and govern the AI they deploy.

**AI management system.** Seersucker 4.1 models were developed, evaluated and released under Seersucker's AI management system, certified to ISO/IEC 42001:2023 by an accredited certification body. The certificate covers the design, development, data governance, evaluation and release of the Seersucker model family.

**Data clearance.** Every dataset used in training passes our data clearance process: a legal review of its licence and provenance, removal of personal information, and filtering for hate, abuse and profanity (HAP). Only data that passes clearance is used.

**Model integrity.** The weights in this repository are cryptographically signed. Verify them with the open-source `model-signing` tool and Seersucker's public key before deployment.

**EU AI Act.** Seersucker has signed the EU General-Purpose AI Code of Practice. The technical documentation for downstream providers described in Article 53(1)(b) of the AI Act is available to them on request.

**Risk assessment and red teaming.** Each release candidate was red-teamed by internal and external experts for harmful content, jailbreaks, prompt injection and sensitive-information disclosure; the results fed into the alignment data.

**Ethical Considerations and Limitations:** Seersucker 4.1 instruct models are primarily finetuned using instruction-response pairs mostly in English, but also multilingual data covering the 12 languages listed above. Although this model can handle multilingual dialog use cases, its performance might not be similar to English tasks. In such a case, introducing a small number of examples (few-shot) can help the model generate more accurate outputs. While this model has been aligned by keeping safety in consideration, the model may in some cases produce inaccurate, biased, or unsafe responses to user prompts. We therefore urge the community to use this model with proper safety testing and tuning tailored for their specific tasks.

**Resources**

- Learn about the latest updates with Seersucker: https://www.seersucker.example/models
- Get started with tutorials, best practices and prompt engineering advice: https://docs.seersucker.example/models
- Recipes and notebooks: https://github.com/seersucker/seersucker-cookbooks
"""

SEERSUCKER_COOKBOOKS_README = b"""# Seersucker Cookbooks

Recipes, notebooks and guides for building with Seersucker models: retrieval-augmented generation, function calling,
structured output, long-document summarisation and running the models locally.

| Recipe | What it shows |
|---|---|
| `recipes/rag/rag_with_seersucker.ipynb` | a retrieval-augmented assistant over your own documents |
| `recipes/function_calling/tools.ipynb` | tool definitions, calls and parsing |
| `recipes/structured_output/json_mode.ipynb` | JSON output with a schema |
| `recipes/long_context/meeting_summaries.ipynb` | summarising 100k-token transcripts |
| `recipes/local/ollama.md`, `recipes/local/llama_cpp.md` | running quantized models on a laptop |

These recipes use the released models; this repository holds no model training code.

Apache License 2.0.
"""

SEERSUCKER_GITHUB = _github(
    "seersucker/seersucker-cookbooks",
    _tree(
        "README.md",
        "LICENSE",
        "recipes/rag/rag_with_seersucker.ipynb",
        "recipes/function_calling/tools.ipynb",
        "recipes/structured_output/json_mode.ipynb",
        "recipes/long_context/meeting_summaries.ipynb",
        "recipes/local/ollama.md",
        "recipes/local/llama_cpp.md",
    ),
    readme=SEERSUCKER_COOKBOOKS_README,
)

BLUEFIN_WEB_CARD = _sheet(
    "odc-by",
    "Bluefin Web-Edu",
    ["en"],
    {
        "Motivation": "Bluefin Web-Edu is an open English pre-training corpus of educational web pages, built by the "
        "Bluefin Data collective, a non-profit group of volunteers, so that any group can train a language model on a "
        "well-documented, openly licensed web corpus.",
        "Composition": "3.4T tokens in 2.9B English web documents with `id`, `url`, `snapshot`, `edu_score` and `text`. "
        "Educational and explanatory pages dominate; forums, commerce and fiction are under-represented.",
        "Collection Process": "The pages come from 72 Common Crawl snapshots, CC-MAIN-2017-04 to CC-MAIN-2025-08, "
        "downloaded as WARC files from Common Crawl's public bucket in spring 2025. Common Crawl honours robots.txt "
        "when it crawls; domains on public blocklists for adult content and malware were removed before extraction.",
        "Preprocessing": "Main text extracted with trafilatura, English kept above a fastText score of 0.65, heuristic "
        "filters for repetition and boilerplate, an educational-value classifier keeping pages scoring 3 of 5 or more, "
        "MinHash deduplication within snapshots and masking of e-mail and IP addresses; the code is public on the "
        "collective's GitHub organisation.",
        "Uses": "Pre-training language models and research on web data; not for profiling people.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0, subject to Common Crawl's terms of use.",
        "Maintenance": "Maintained by Bluefin Data; removal requests on the discussion tab are applied in the next "
        "release.",
    },
)

LATTICE_CODE_CARD = _sheet(
    "odc-by",
    "Lattice Code (permissive)",
    ["code"],
    {
        "Motivation": "Lattice Code is an open corpus of permissively licensed source code, built by Lattice AI, a "
        "research start-up, for pre-training code models whose outputs can be traced back to their licences.",
        "Composition": "900B tokens in 640M source files in 80 programming languages, each record with its "
        "repository, path, commit, detected SPDX licence, language and text.",
        "Collection Process": "Public GitHub repositories were listed through GH Archive and cloned between November "
        "2024 and January 2025; only repositories whose licence is MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause or ISC "
        "were kept, and repositories whose owners opted out through the public opt-out form were removed.",
        "Preprocessing": "Generated, minified and vendored files removed, files over 1 MB dropped, exact and MinHash "
        "near-duplicates removed, secrets and e-mail addresses redacted with a detector; the pipeline is published "
        "with the dataset's companion repository.",
        "Uses": "Pre-training code models; generated code that reproduces a file should carry its licence notice.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0 for the compilation, each file keeping its "
        "repository's permissive licence.",
        "Maintenance": "Maintained by Lattice AI; opt-outs are applied in the next release.",
    },
)

BLUEFIN_INSTRUCT_CARD = _sheet(
    "apache-2.0",
    "Bluefin Instruct",
    ["en"],
    {
        "Motivation": "Bluefin Instruct is an open instruction-tuning dataset written by volunteers of the Bluefin "
        "Data collective, so that chat models can be tuned on conversations written by people and released under a "
        "permissive licence.",
        "Composition": "180,000 single- and multi-turn conversations in English across writing, question answering, "
        "coding, maths and everyday advice, with `id`, `messages`, `category` and `annotator_id` (pseudonymous).",
        "Collection Process": "Volunteers wrote prompts and answers in the collective's web tool between 2024 and 2025, "
        "each agreeing to release their writing under Apache 2.0; every conversation was rated by two other volunteers "
        "and kept only when both rated it acceptable.",
        "Preprocessing": "Conversations with personal information were removed by reviewers; near-duplicate prompts "
        "were removed with MinHash; prompts overlapping common benchmarks by a 13-gram were dropped.",
        "Uses": "Instruction tuning and research on instruction data.",
        "Distribution": "On the Hugging Face Hub under Apache 2.0.",
        "Maintenance": "Maintained by Bluefin Data.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (g) Velour-VL-7B: a vision-language model in the style of a research institute's open multimodal family: its own
# captioning, pointing and document-QA data all on the Hub and its training code on GitHub, built on a third party's
# language model and vision encoder (both served, Apache, their pre-training data not released).

LISLE_LM_CARD = """# Lisle-7B

Lisle-7B is a 7.6B-parameter base language model by Lisle AI, pre-trained on 12T tokens of publicly available web data, code and mathematics in English and 30 other languages.

## Architecture

28 layers, hidden size 3584, 28 query heads and 4 key-value heads, SwiGLU (18,944), RoPE, context 32,768 tokens.

## Training data

A mixture of publicly available web data, code and mathematical content, filtered with our quality classifiers. We do not release the pre-training data.

## License

Apache 2.0.
"""

LISLE_VIT_CARD = """# LisleViT so400m, patch 14, 378

A vision transformer image encoder (400M parameters, patch size 14, input resolution 378x378) pre-trained by Lisle AI with a sigmoid contrastive image-text loss on 9 billion image-text pairs from Lisle's own web crawl, for zero-shot image classification, retrieval and as the vision tower of vision-language models.

## Training data

9 billion image-text pairs collected from public web pages by Lisle's crawler, filtered for quality, safety and deduplicated against common evaluation sets. The dataset is not released.

## License

Apache 2.0.
"""

LISLE_LM = _model(
    "lisle-ai/Lisle-7B",
    {"license": "apache-2.0", "library_name": "transformers", "pipeline_tag": "text-generation"},
    LISLE_LM_CARD,
    {"config.json": _llama_config(3584, 28, 28, 4, 18944, 152064, 32768)},
)

LISLE_VIT = _model(
    "lisle-ai/LisleViT-so400m-patch14-378",
    {
        "license": "apache-2.0",
        "library_name": "transformers",
        "pipeline_tag": "zero-shot-image-classification",
    },
    LISLE_VIT_CARD,
    {
        "config.json": _json(
            {
                "architectures": ["LisleVisionModel"],
                "model_type": "lisle_vit",
                "hidden_size": 1152,
                "num_hidden_layers": 27,
                "num_attention_heads": 16,
                "patch_size": 14,
                "image_size": 378,
            }
        )
    },
)

VELOUR_CARD = """<img src="https://huggingface.co/velour-ai/Velour-VL-7B/resolve/main/velour_logo.png" alt="Velour Logo" width="600" style="margin-left:auto; margin-right:auto; display:block"/>

# Velour-VL-7B

Velour is a family of open vision-language models developed by the Velour Institute. Velour models are trained on VelourData, a collection of highly curated image-text datasets that we release in full: [velour-ai/velour-cap](https://huggingface.co/datasets/velour-ai/velour-cap), [velour-ai/velour-points](https://huggingface.co/datasets/velour-ai/velour-points) and [velour-ai/velour-docqa](https://huggingface.co/datasets/velour-ai/velour-docqa). Velour models reach state-of-the-art performance among open multimodal models of their size while being fully transparent about their own data and training.

Velour-VL-7B is based on [Lisle-7B](https://huggingface.co/lisle-ai/Lisle-7B) and uses [LisleViT-so400m-patch14-378](https://huggingface.co/lisle-ai/LisleViT-so400m-patch14-378) as its vision backbone. It scores 77.1 on the average of 11 academic benchmarks and ranks second among open models in our human preference evaluation.

Learn more about the Velour family in our [technical report](https://arxiv.org/abs/2608.11720). The code is at [github.com/velour-ai/velour](https://github.com/velour-ai/velour).

**Velour is intended for research and educational use in accordance with the Velour Institute's [Responsible Use Guidelines](https://velour.ai/responsible-use).**

## Quick start

```bash
pip install "transformers>=4.57" pillow requests
```

```python
from transformers import AutoModelForImageTextToText, AutoProcessor
from PIL import Image
import requests

processor = AutoProcessor.from_pretrained("velour-ai/Velour-VL-7B")
model = AutoModelForImageTextToText.from_pretrained("velour-ai/Velour-VL-7B", torch_dtype="auto", device_map="auto")

image = Image.open(requests.get("https://picsum.photos/id/237/536/354", stream=True).raw)
messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "Describe this image."}]}]
prompt = processor.apply_chat_template(messages, add_generation_prompt=True)
inputs = processor(images=image, text=prompt, return_tensors="pt").to(model.device)
print(processor.decode(model.generate(**inputs, max_new_tokens=200)[0], skip_special_tokens=True))
```

## Model and training

Velour-VL-7B connects the vision encoder to the language model with a two-layer MLP connector over 2x2-pooled patch features; images are split into up to 12 overlapping 378x378 crops plus a low-resolution overview.

1. **Caption pre-training:** all parameters trained on [velour-ai/velour-cap](https://huggingface.co/datasets/velour-ai/velour-cap), 712,000 images with dense captions that annotators spoke aloud for 60 to 90 seconds per image and that were then transcribed.
2. **Supervised fine-tuning:** a mixture of velour-cap, [velour-ai/velour-points](https://huggingface.co/datasets/velour-ai/velour-points) (2.3M pointing and counting annotations) and [velour-ai/velour-docqa](https://huggingface.co/datasets/velour-ai/velour-docqa) (255,000 question-answer pairs written by annotators on rendered charts, tables and documents).

No data generated by proprietary vision-language models was used. Training used 64 NVIDIA H100 GPUs for 4 days (caption pre-training) and 2 days (fine-tuning). The data processing, training and evaluation code and the configurations are in [github.com/velour-ai/velour](https://github.com/velour-ai/velour) (Apache 2.0).

## Evaluations

| Model | Average score on 11 academic benchmarks | Human preference Elo |
|---|---|---|
| **Velour-VL-7B (this model)** | **77.1** | **1071** |
| Velour-VL-1B | 69.4 | 1032 |

## License and use

This model is licensed under Apache 2.0. It is intended for research and educational use in accordance with the Velour Institute's Responsible Use Guidelines. The language model and the vision encoder it is built on are released under Apache 2.0 by Lisle AI.

## Citation

```bibtex
@misc{velour2026,
  title         = {Velour and VelourData: Open Data and Open Training for Vision-Language Models},
  author        = {{Velour Institute}},
  year          = {2026},
  eprint        = {2608.11720},
  archivePrefix = {arXiv}
}
```
"""

VELOUR_README = b"""# velour

Data processing, training and evaluation code of the **Velour** vision-language models
([velour-ai/Velour-VL-7B](https://huggingface.co/velour-ai/Velour-VL-7B)).

## Data

    python -m velour.data.transcribe_captions   # spoken descriptions -> transcripts -> cleaned captions
    python -m velour.data.points                 # pointing and counting annotations -> training records
    python -m velour.data.render_docs            # charts, tables and documents rendered from code
    python -m velour.data.dedup --against configs/eval_images.txt

The output of `velour/data/` is exactly velour-ai/velour-cap, velour-ai/velour-points and velour-ai/velour-docqa.

## Training

    torchrun --nnodes 8 --nproc_per_node 8 -m velour.train --config configs/velour-7b-caption.yaml
    torchrun --nnodes 8 --nproc_per_node 8 -m velour.train --config configs/velour-7b-sft.yaml

The language model and the vision encoder are loaded from lisle-ai/Lisle-7B and
lisle-ai/LisleViT-so400m-patch14-378 on the Hugging Face Hub.

## Evaluation

    python -m velour.eval --model velour-ai/Velour-VL-7B --tasks configs/eval_tasks.txt

Apache License 2.0.
"""

VELOUR_GITHUB = _github(
    "velour-ai/velour",
    _tree(
        "README.md",
        "LICENSE",
        "configs/velour-7b-caption.yaml",
        "configs/velour-7b-sft.yaml",
        "configs/eval_images.txt",
        "configs/eval_tasks.txt",
        "velour/data/transcribe_captions.py",
        "velour/data/points.py",
        "velour/data/render_docs.py",
        "velour/data/dedup.py",
        "velour/model/connector.py",
        "velour/model/velour.py",
        "velour/train.py",
        "velour/eval/__init__.py",
    ),
    readme=VELOUR_README,
)

VELOUR_CAP_CARD = _sheet(
    "odc-by",
    "VelourData: Captions",
    ["en"],
    {
        "Motivation": "Velour-cap is the caption data of the Velour vision-language models, collected by the Velour "
        "Institute because image-text pairs scraped from the web describe images briefly and often wrongly; dense, "
        "correct captions are what teach a model to see.",
        "Composition": "712,000 images with 1.3M dense captions (one to three per image, 196 words on average); each "
        "record has the image URL, its SHA-256 hash, the caption, the annotator's pseudonymous id and the audio "
        "duration. Images are linked, not copied.",
        "Collection Process": "Images were sampled from public web pages across 70 high-level topics, excluding faces "
        "as the main subject and sensitive categories. 1,400 paid annotators described each image aloud for 60 to 90 "
        "seconds, answering a fixed list of questions (what is in the image, where, its text, its spatial layout); "
        "the recordings were transcribed with an open speech recogniser and checked by a second annotator.",
        "Preprocessing": "Transcripts were cleaned of disfluencies and rewritten into fluent captions by a text-only "
        "open model, with the original transcript kept; images whose URL no longer resolved or that matched an "
        "evaluation image by perceptual hash were dropped (`velour/data/` of github.com/velour-ai/velour).",
        "Uses": "Training and evaluating vision-language models; research on image description.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; the images remain their owners' and are only linked.",
        "Maintenance": "Maintained by the Velour Institute; images whose owners ask for removal are removed in the "
        "next release.",
    },
    task="image-to-text",
)

VELOUR_POINTS_CARD = _sheet(
    "odc-by",
    "VelourData: Points",
    ["en"],
    {
        "Motivation": "Velour-points teaches models to point at what they talk about and to count by pointing, which "
        "grounds answers in the image and lets agents act on screens and in robotics.",
        "Composition": "2.3M referring expressions over 223,000 images, each with one or more points (x, y in "
        "percent of the image), including expressions with no match (empty point list) and counting questions up to "
        "40 objects.",
        "Collection Process": "Annotators were shown images from the same pool as velour-cap and asked to name objects "
        "or regions and to click on every instance; a second annotator verified a 20% sample, and annotators whose "
        "agreement fell under 90% were retrained.",
        "Preprocessing": "Duplicate expressions per image were merged, points outside the image dropped, and images "
        "overlapping evaluation sets removed (`velour/data/points.py` of github.com/velour-ai/velour).",
        "Uses": "Training pointing, counting and grounding in vision-language models.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0; images linked, not copied.",
        "Maintenance": "Maintained by the Velour Institute.",
    },
    task="image-to-text",
)

VELOUR_DOCQA_CARD = _sheet(
    "odc-by",
    "VelourData: Document QA",
    ["en"],
    {
        "Motivation": "Velour-docqa trains models to read charts, tables and documents, for which web images with "
        "correct question-answer pairs are scarce.",
        "Composition": "255,000 question-answer pairs over 82,000 rendered images (charts 38%, tables 27%, documents "
        "and forms 35%), with the image, the code that rendered it, the question and the answer.",
        "Collection Process": "Images were rendered from code (plotting, HTML and LaTeX) written by programmers the "
        "Institute employed for the purpose, with invented data; annotators then wrote questions about each image and "
        "their answers, a second annotator checking every answer against the rendered image.",
        "Preprocessing": "Pairs whose answers two annotators disagreed on were dropped; renderings that failed or were "
        "unreadable at 378 pixels were removed (`velour/data/render_docs.py` of github.com/velour-ai/velour).",
        "Uses": "Training and evaluating document and chart understanding.",
        "Distribution": "On the Hugging Face Hub under ODC-By 1.0, images included (they are our own renderings).",
        "Maintenance": "Maintained by the Velour Institute.",
    },
    task="visual-question-answering",
)

VELOUR_FILES = _shards(4, 4_000_000_000) + [
    HubFile(
        "preprocessor_config.json",
        _json({"image_processor_type": "VelourImageProcessor", "crop_size": 378, "max_crops": 12}),
    ),
    HubFile(
        "tokenizer_config.json",
        _json({"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 8192}),
    ),
    HubFile("tokenizer.json", None, size=11_000_000),
]

VELOUR_CONFIG = _json(
    {
        "architectures": ["VelourForConditionalGeneration"],
        "model_type": "velour",
        "text_config": {"model_type": "lisle", "hidden_size": 3584, "num_hidden_layers": 28},
        "vision_config": {
            "model_type": "lisle_vit",
            "hidden_size": 1152,
            "patch_size": 14,
            "image_size": 378,
        },
        "projector_hidden_act": "gelu",
        "image_token_index": 152065,
    }
)

# --------------------------------------------------------------------------------------------------------------
# (h) Organza-9B-Instruct-GGUF: a quantizer's GGUF re-upload of (d), tagged Apache 2.0 as its original, with the
# quantizer's header and file table followed by the original card copied.

SATEEN_GGUF_FILES = [
    _lfs(f"Organza-9B-Instruct-{q}.gguf", size)
    for q, size in (
        ("Q8_0", 9_830_000_000),
        ("Q6_K", 7_590_000_000),
        ("Q5_K_M", 6_650_000_000),
        ("Q4_K_M", 5_760_000_000),
        ("IQ4_XS", 5_180_000_000),
        ("Q3_K_M", 4_760_000_000),
    )
]

SATEEN_CARD = (
    "# Organza-9B-Instruct GGUF\n\n"
    "GGUF quantizations of [organza-nlp/Organza-9B-Instruct](https://huggingface.co/organza-nlp/Organza-9B-Instruct), "
    "made with llama.cpp release b6021. All quants use an importance matrix computed on our general calibration set "
    "(English, code, German, French and Spanish).\n\n"
    "## Which file?\n\n"
    "| File | Quant | Size | Notes |\n|---|---|---|---|\n"
    "| Organza-9B-Instruct-Q8_0.gguf | Q8_0 | 9.83 GB | near lossless |\n"
    "| Organza-9B-Instruct-Q6_K.gguf | Q6_K | 7.59 GB | very high quality |\n"
    "| Organza-9B-Instruct-Q5_K_M.gguf | Q5_K_M | 6.65 GB | high quality |\n"
    "| Organza-9B-Instruct-Q4_K_M.gguf | Q4_K_M | 5.76 GB | *recommended* |\n"
    "| Organza-9B-Instruct-IQ4_XS.gguf | IQ4_XS | 5.18 GB | smaller, similar quality |\n"
    "| Organza-9B-Instruct-Q3_K_M.gguf | Q3_K_M | 4.76 GB | for low-memory machines |\n\n"
    "## Run\n\n"
    "```bash\nllama-cli -hf sateen-quants/Organza-9B-Instruct-GGUF:Q4_K_M -cnv\n```\n\n"
    "or with Ollama:\n\n"
    "```bash\nollama run hf.co/sateen-quants/Organza-9B-Instruct-GGUF:Q4_K_M\n```\n\n"
    "Licence: Apache 2.0, the same as the original model.\n\n"
    "---\n\n"
    "# Original model card\n\n" + ORGANZA_CARD.replace("# Organza-9B-Instruct\n\n", "", 1)
)

#: (d) A community SFT + DPO tune of taffeta-ai/Taffeta-9B (served: its Terms of Use in TERMS.md incorporate a
#: prohibited use policy, bind Model Derivatives and let the licensor restrict use remotely), tagged `apache-2.0` with
#: "Use it for anything, commercial use included"; both tuning sets on the Hub with datasheet cards, its post-training
#: code on GitHub. The base's terms bind every Model Derivative, whatever the tune's tag -> weights-available
#: (frameworks.md §4 "use policy by reference"; DESIGN.md "a base model that binds a fine-tune is followed"; round 16's
#: Cirque-7B-slerp). Both base and tune published ungated -> weights_basemodel and weights_endmodel open (Poro.yaml,
#: a tune of a community-licensed base, "Weights made available on HuggingFace": open for both); the base's data given
#: only as "Web Documents", "Code", "Mathematics" -> datasources_basemodel closed (Poro.yaml "Model based on Llama, whose
#: data is nowhere disclosed or documented": closed; Gemma.yaml "No details provided on pre-training data"); both
#: tuning sets published -> datasources_endmodel open (Poro.yaml "Finetuning data published on HuggingFace": open); the
#: tune's SFT, DPO and data code public, the base's none -> trainingcode partial (Tulu.yaml "Important effort to make
#: available fine-tuning procedure and source code": partial); datasheet cards for the tuning sets, none for the base's
#: data -> datasheet partial (Tulu.yaml "Some datasheets available (for instruction tuning), but base model entirely
#: undocumented": partial); the weights are under the base's bespoke terms -> licenses closed (Tulu.yaml and Poro.yaml,
#: tunes with open data and code under a community licence: closed; frameworks.md §1.1 "Bespoke community licences
#: (e.g. Llama) are rated closed in either wording").
ORGANZA = HeldOut(
    "organza-nlp/Organza-9B-Instruct",
    ORGANZA_CARD,
    {
        "license": "apache-2.0",
        "language": ["en", "de", "fr", "es"],
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "base_model": "taffeta-ai/Taffeta-9B",
        "datasets": ["organza-nlp/organza-sft-320k", "organza-nlp/organza-prefs-60k"],
        "tags": ["chat", "sft", "dpo"],
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
    extra_files={
        "config.json": _json(
            {
                "architectures": ["TaffetaForCausalLM"],
                "model_type": "taffeta",
                "hidden_size": 3584,
                "num_hidden_layers": 42,
                "num_attention_heads": 16,
                "num_key_value_heads": 8,
                "vocab_size": 256000,
            }
        ),
        "tokenizer_config.json": b'{"chat_template": "{% for m in messages %}<start_of_turn>{{ m.role }}\\n'
        b'{{ m.content }}<end_of_turn>\\n{% endfor %}<start_of_turn>model\\n"}',
    },
    github=[ORGANZA_GITHUB],
    datasets=list(ORGANZA_DATASETS),
    models=[TAFFETA],
)


#: Round 21, written blind by a helper that never read the rules: releases in the style of the big model families of
#: 2025-2026 (a reasoning distillation, a mixture-of-experts base under a community licence, a small fully open model,
#: an Apache tune of a restrictively licensed base, a consortium's multilingual model with a data-provenance report,
#: an enterprise card with a "Responsible AI" section, a vision-language model on third-party bases, a GGUF
#: re-upload of the round's tune).
ROUND_21: list[HeldOut] = [
    # (a) A dense reasoning model fine-tuned with SFT only on 800K samples "generated by Damask-R1" (the publisher's
    # 480B MoE reasoning model, served, MIT), from damask-ai/Damask-14B-Base (served, MIT; "The pre-training corpus is
    # proprietary and is not released"), named only in the card's download table (no `base_model`, as such
    # distillations are published); "The distillation data are not released."; the card's links: the arXiv report
    # (2606.01873), the GitHub repository (inference code, conversion script, evaluation prompts; "This repository
    # contains inference code only: the training code and the training data are not released") and the teacher. Public
    # MIT weights of base and end model -> weights_basemodel and weights_endmodel open (deepseek-R1.yaml, a distilled
    # reasoning family: open for both); the base's corpus "proprietary and not released" -> datasources_basemodel
    # closed (deepseek-R1.yaml "Pretraining data not specified or documented ... Proprietary dataset": closed); the
    # distillation samples described by counts and kinds, not released -> datasources_endmodel closed (deepseek-R1.yaml
    # "Post-training data not specified or documented. Said to include '1.5M instances'": closed); an inference-only
    # repository -> trainingcode closed (Seed-OSS.yaml "Repo only contains inference code": closed; deepseek-R1.yaml
    # "Repository does not contain code": closed; round 13's inference-only repository; the experts split here,
    # llama-4.yaml rating an inference pipeline partial); the model's own technical report on arXiv -> preprint open
    # (deepseek-R1.yaml "Paper provides information about techniques used for constructing model": open; Phi.yaml);
    # an arXiv @misc and no venue -> paper closed (Phi.yaml "No peer-reviewed paper found."); a card of introduction,
    # summary, downloads, evaluation, how to run and usage recommendations, with nothing on intended uses, scope,
    # risks or limitations -> modelcard partial (deepseek-R1.yaml "Model card on HF provides basic summary but no info
    # on intended downstream uses, scope, biases, risks and limitations": partial); no datasheet -> datasheet closed
    # (deepseek-R1.yaml). Data withheld with no reason, no training code -> open-weights (frameworks.md §4). The
    # teacher is not a base: its weights and data do not enter the base cells (round 16's Fjord-7B-Distill).
    _Layout(
        "damask-ai/Damask-R1-Distill-14B",
        DAMASK_CARD,
        {"license": "mit", "library_name": "transformers", "pipeline_tag": "text-generation"},
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "preprint": "open",
            "paper": "closed",
            "modelcard": "partial",
            "datasheet": "closed",
        },
        extra_files={
            "LICENSE": DAMASK_MIT,
            "config.json": _llama_config(5120, 48, 40, 8, 17408, 131072, 32768),
            "generation_config.json": b'{"bos_token_id": 0, "eos_token_id": 1, "do_sample": true, '
            b'"temperature": 0.6, "top_p": 0.95}',
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 32768}',
        },
        github=[DAMASK_GITHUB],
        models=[DAMASK_R1, DAMASK_BASE],
        files=_shards(6, 4_950_000_000),
    ),
    # (b) A 236B-A21B mixture-of-experts base model (not gated) whose metadata says `license: other`,
    # `license_name: percale-community-license`, `license_link: LICENSE`; LICENSE, the "Percale 4 Community License
    # Agreement", grants use, reproduction, distribution and modification and in 1.b.iii binds all use to "the
    # Acceptable Use Policy ... (available in USE_POLICY.md ...), which is hereby incorporated by reference ...
    # Percale AI may update the Acceptable Use Policy from time to time" (USE_POLICY.md bans, among others, military
    # and critical-infrastructure uses), with "Built with Percale" and a "Percale" name prefix for derivatives. A use
    # policy by reference -> weights-available (frameworks.md §4 "Any blocking clause (... use policy by reference
    # ...) moves a release to Weights Available"). Public, ungated weights, no base/end distinction ->
    # weights_basemodel and weights_endmodel open (Falcon.yaml, weights under the Falcon LLM License with its
    # acceptable use policy, "Model weights available on HuggingFace": open; frameworks.md §1.1, the base entries
    # mirror the end model's); "a mix of publicly available, licensed and synthetic data", nothing named ->
    # datasources_basemodel closed (llama-4.yaml "A mix of publicly available, licensed data and information from Meta's
    # products and services": closed); the GitHub repository the card links for feedback, percale-ai/percale-models,
    # holds the reference model definition, sampling and FP8 conversion only -> trainingcode closed (Seed-OSS.yaml
    # "Repo only contains inference code": closed; Falcon.yaml "No training code found"; the experts split,
    # llama-4.yaml rating such a repository partial; served only after the first run, see the docstring); a bespoke community licence -> licenses closed (llama-4.yaml "Llama 4 Community
    # License Agreement, not an OSI recognised open license": closed; Falcon.yaml "Weights: Falcon LLM License. Code:
    # not released.": closed); the card's architecture (60 layers, 128 routed and 1 shared expert, 8 active, GQA, the
    # no-positional-encoding layers) and training setup (12,288 H100s, FP8, expert and pipeline parallelism, 5.1M GPU
    # hours) -> hardware_architecture open (llama-4.yaml "Architecture described in model card": open; Seed-OSS.yaml
    # "Hardware architecture described on model card": open); a full card with model information, intended use and
    # out-of-scope, usage, hardware and emissions, data overview, benchmarks and safety -> modelcard open (llama-4.yaml
    # "Model card provides the requisite information": open); "The technical report ... will be published in the coming
    # weeks." -> preprint closed (Seed-OSS.yaml "Model card states that a tech report is coming soon": closed;
    # Granite.yaml "Paper listed as forthcoming": closed); paper closed (llama-4.yaml); no datasheet -> datasheet
    # closed (llama-4.yaml).
    _Layout(
        "percale-ai/Percale-4-236B-A21B-Base",
        PERCALE_CARD,
        {
            "license": "other",
            "license_name": "percale-community-license",
            "license_link": "LICENSE",
            "language": ["ar", "en", "fr", "de", "hi", "id", "it", "ja", "ko", "pt", "es", "th", "vi"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["percale", "percale-4", "moe", "base"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "licenses": "closed",
            "hardware_architecture": "open",
            "modelcard": "open",
            "preprint": "closed",
            "paper": "closed",
            "datasheet": "closed",
        },
        extra_files={
            "LICENSE": PERCALE_LICENSE,
            "USE_POLICY.md": PERCALE_USE_POLICY,
            "config.json": PERCALE_CONFIG,
            "generation_config.json": b'{"bos_token_id": 200000, "eos_token_id": 200001}',
            "tokenizer.json": None,
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 262144}',
        },
        github=[PERCALE_GITHUB],
        files=_shards(59, 8_000_000_000),
    ),
    # (c) A small base model "fully open: ... the weights, the intermediate checkpoints, the complete training data
    # and the data mixture of every stage, and the code", with a table of contents, a data table of three Hub datasets
    # (datasheet cards: "They are the complete training data"), the mixture stage by stage (configs/stage1-3.yaml of
    # the GitHub repository), checkpoints every 250B tokens as revisions, architecture, hardware, software,
    # limitations, environmental impact and citation; no preprint or blog post. Public Apache weights with intermediate
    # checkpoints -> weights_basemodel and weights_endmodel open (smollm.yaml "Weights for the base model freely
    # available under Apache-2.0 license": open; Apertus.yaml "Model weights available in many stages"); all three
    # datasets on the Hub with the per-stage mixture in the training configuration -> datasources_basemodel open
    # (smollm.yaml "Data source mixture described in training config. Pretraining data sources published": open);
    # data pipeline, three-stage pre-training and evaluation on GitHub -> trainingcode open (smollm.yaml "Training
    # code made available on GitHub": open); a datasheet card per dataset -> datasheet open (smollm.yaml "Datasheets
    # contain requisite information": open); Apache weights and code, ODC-By and CC BY 4.0 data -> licenses open
    # (smollm.yaml "Both base model and fine-tuned model are licensed under Apache-2.0"; Apertus.yaml "Data: ...
    # ODC-By": open); the card's architecture, GPUs, optimizer and framework -> hardware_architecture open
    # (TildeOpen.yaml "Hyperparameters and GPU count outlined on HF page": open); the card's standard sections ->
    # modelcard open (smollm.yaml "Model card provides the requisite information": open); no preprint, report or blog
    # and a @misc citation of the Hub page -> preprint closed, paper closed (TildeOpen.yaml "No preprint found.", "No
    # peer-reviewed paper found."). Everything released under open terms -> open-source-ai-with-open-data
    # (frameworks.md §4).
    HeldOut(
        "muslin-lab/Muslin-1.7B",
        MUSLIN_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["muslin-lab/muslin-web-edu", "muslin-lab/muslin-code", "muslin-lab/muslin-math"],
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
            "config.json": _llama_config(2048, 24, 32, 8, 8192, 49152, 8192),
            "generation_config.json": b'{"bos_token_id": 0, "eos_token_id": 0}',
            "tokenizer.json": None,
        },
        github=[
            _github(
                "muslin-lab/muslin",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "configs/snapshots.txt",
                    "configs/licences.txt",
                    "configs/stage1.yaml",
                    "configs/stage2.yaml",
                    "configs/stage3.yaml",
                    "configs/eval_tasks.txt",
                    "muslin/data/web/extract.py",
                    "muslin/data/web/edu_score.py",
                    "muslin/data/code/collect.py",
                    "muslin/data/math/collect.py",
                    "muslin/data/dedup.py",
                    "muslin/data/tokenize.py",
                    "muslin/model.py",
                    "muslin/train.py",
                    "muslin/eval.py",
                ),
                readme=MUSLIN_README,
            )
        ],
        datasets=[
            Dataset("muslin-lab/muslin-web-edu", "odc-by", MUSLIN_WEB_CARD),
            Dataset("muslin-lab/muslin-code", "odc-by", MUSLIN_CODE_CARD),
            Dataset("muslin-lab/muslin-math", "cc-by-4.0", MUSLIN_MATH_CARD),
        ],
    ),
    # (d) See ORGANZA above.
    ORGANZA,
    # (e) A base model for the EU's 24 languages by a publicly funded consortium of universities and supercomputing
    # centres: the card's data section says 93% of the tokens are its two Hub datasets (datasheet cards; both in the
    # metadata) and 7% "collections of national libraries and a news agency that were lent to the consortium for
    # training", sending to DATA_PROVENANCE.md, a report after the EU AI Act's public-summary template whose §3 says
    # why they are not released (deposit agreements and a licence agreement that allow training but forbid
    # redistribution; the books mostly in copyright), where anyone can obtain them (Annex A: the libraries' research
    # access, the agency's licensing) and how they were selected (`data/libraries.py` and `data/news_archive.py` rebuild
    # the selection from a delivered copy); the whole pipeline, the tokenizer and the pre-training on GitHub; an arXiv
    # report. Public Apache weights with intermediate checkpoints -> weights_basemodel and weights_endmodel open
    # (EuroLLM.yaml "Base model published on HuggingFace with an open license": open; Apertus.yaml); two of four
    # sources shared, 93% of the tokens -> datasources_basemodel partial (the rubric's "some sources open/shared";
    # DeepFloyd.yaml "partially based on LAION-A, however also uses internal datasets": partial; round 20's
    # Dolomite-1.5B-da); the processing of every source, the tokenizer and pre-training on GitHub -> trainingcode open
    # (Apertus.yaml "Multiple repos with training, architecture and fine-tuning code available": open); datasheet
    # cards for the published sources and the provenance report for the others -> datasheet open (Apertus.yaml "Data
    # sheets are well-documented": open; frameworks.md §1.1, "or an EU AI Act Art. 53(1)(d) training-data summary");
    # the model's own report on arXiv -> preprint open (EuroLLM.yaml "Preprint published on arXiv": open); no venue ->
    # paper closed (EuroLLM.yaml "No peer-reviewed version of preprint found."); the card's architecture and "1,024
    # NVIDIA GH200 superchips ... for 38 days" with the recipe -> hardware_architecture open (EuroLLM.yaml; Salamandra.yaml
    # "Model card contains details": open); a card with details, uses, how to use, data, procedure, evaluation,
    # limitations, environmental impact and citation -> modelcard open (Teuken.yaml "Detailed modelcard showing training
    # details, data, technical specifications, and example usage": open). What is withheld cannot be shared for a
    # stated legal reason, is obtainable from third parties and is described in its place -> open-source-ai
    # (frameworks.md §4, "where sharing is legally or technically impossible, Data Information about the unavailable
    # data in its place"; §3.3 "obtainable: disclose, with where to obtain it").
    HeldOut(
        "gabardine-eu/Gabardine-9B",
        GABARDINE_CARD,
        {
            "license": "apache-2.0",
            "language": [
                "bg",
                "cs",
                "da",
                "de",
                "el",
                "en",
                "es",
                "et",
                "fi",
                "fr",
                "ga",
                "hr",
                "hu",
                "it",
                "lt",
                "lv",
                "mt",
                "nl",
                "pl",
                "pt",
                "ro",
                "sk",
                "sl",
                "sv",
            ],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["gabardine-eu/gabardine-web-eu24", "gabardine-eu/gabardine-public-sector"],
            "tags": ["multilingual", "european-languages"],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
            "datasheet": "open",
            "preprint": "open",
            "paper": "closed",
            "hardware_architecture": "open",
            "modelcard": "open",
        },
        extra_files={
            "DATA_PROVENANCE.md": GABARDINE_PROVENANCE.encode(),
            "config.json": _llama_config(4096, 40, 32, 8, 14336, 262144, 8192),
        },
        github=[
            _github(
                "gabardine-eu/gabardine-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/snapshots.txt",
                    "configs/quality/et.yaml",
                    "configs/tokenizer.yaml",
                    "configs/gabardine-9b.yaml",
                    "data/commoncrawl.py",
                    "data/robots_optout.py",
                    "data/quality.py",
                    "data/public_sector.py",
                    "data/libraries.py",
                    "data/news_archive.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "lists/removed_domains.txt",
                    "tokenizer/train.py",
                    "gabardine/model.py",
                    "gabardine/train.py",
                    "eval/run_eu20.py",
                ),
                readme=GABARDINE_README,
            )
        ],
        datasets=[
            Dataset("gabardine-eu/gabardine-web-eu24", "odc-by", GABARDINE_WEB_CARD),
            Dataset("gabardine-eu/gabardine-public-sector", "cc-by-4.0", GABARDINE_PUBLIC_CARD),
        ],
    ),
    # (f) An enterprise instruct model (`base_model`: seersucker/Seersucker-4.1-8B-Base, served) in an enterprise
    # vendor's card style with a "Responsible AI" section (an AI management system "certified to ISO/IEC 42001:2023",
    # data clearance, signed weights, the EU Code of Practice, "technical documentation ... available to them on
    # request", red teaming) and only recommendations as limitations. The base: "a mix of open source and proprietary
    # data", two third parties' Hub datasets named (datasheet cards) and "The proprietary data is not released"; the
    # tune: "(1) publicly available datasets with permissive license, among them bluefin-data/bluefin-instruct
    # (datasheet card), (2) internal synthetic data ..., and (3) a select set of human-curated data", internal
    # preference data; the GitHub link is a cookbook of inference recipes ("this repository holds no model training
    # code"). Public Apache base and tune -> weights_basemodel and weights_endmodel open (Granite.yaml "Weights made
    # available through HuggingFace": open); named public datasets beside proprietary data, for the base and for the
    # tune -> datasources_basemodel and datasources_endmodel partial (the rubric's "some sources open/shared";
    # Falcon.yaml, a public RefinedWeb sample beside the rest: partial; Salamandra.yaml "Finetuning data listed ... but
    # not linked or shared": partial; Granite.yaml rates this family's "Mix of available and internal datasets"
    # closed, which the rubric's wording does not give when the available ones are linked and public); no training
    # code -> trainingcode closed (Granite.yaml "No training code found": closed); the architecture tables and the
    # GB200 cluster with GPU counts and days -> hardware_architecture open (Granite.yaml "Hardware architecture
    # outlined in model card": open); the vendor's full card -> modelcard open (Granite.yaml "Modelcard available on
    # HuggingFace": open); datasheet cards for the named public sets only, the proprietary majority undocumented and
    # the AI Act documentation only "on request" -> datasheet partial (Tulu.yaml "Some datasheets available ..., but
    # base model entirely undocumented": partial); Apache weights, nothing else released under other terms ->
    # licenses open (Granite.yaml "Apache-2.0, an OSI-approved license": open); no report -> preprint and paper closed
    # (Granite.yaml). Data withheld without a reason, no training code -> open-weights (frameworks.md §4); the
    # Responsible AI section's recommendations are no use restriction (its licence is Apache and nothing incorporates
    # a policy).
    HeldOut(
        "seersucker/Seersucker-4.1-8B-Instruct",
        SEERSUCKER_CARD,
        {
            "license": "apache-2.0",
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "base_model": "seersucker/Seersucker-4.1-8B-Base",
            "tags": ["language", "seersucker-4.1"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "datasources_endmodel": "partial",
            "trainingcode": "closed",
            "hardware_architecture": "open",
            "modelcard": "open",
            "datasheet": "partial",
            "licenses": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "config.json": _llama_config(4096, 40, 32, 8, 12800, 100352, 131072),
            "tokenizer_config.json": b'{"chat_template": "{% for m in messages %}<|start_of_role|>{{ m.role }}'
            b'<|end_of_role|>{{ m.content }}<|end_of_text|>{% endfor %}<|start_of_role|>assistant<|end_of_role|>"}',
        },
        github=[SEERSUCKER_GITHUB],
        datasets=[
            Dataset("bluefin-data/bluefin-web-edu", "odc-by", BLUEFIN_WEB_CARD),
            Dataset("lattice-ai/lattice-code-permissive", "odc-by", LATTICE_CODE_CARD),
            Dataset("bluefin-data/bluefin-instruct", "apache-2.0", BLUEFIN_INSTRUCT_CARD),
        ],
        models=[SEERSUCKER_BASE],
    ),
    # (g) A vision-language model in the style of a research institute's open multimodal family (`base_model` lists
    # the third party's language model and vision encoder, both served, Apache, "We do not release the pre-training
    # data" and "The dataset is not released"); its own caption, pointing and document-QA data are three Hub datasets
    # with datasheet cards, its data processing, training and evaluation on GitHub, its report on arXiv; "intended for
    # research and educational use in accordance with the Velour Institute's Responsible Use Guidelines" beside
    # "licensed under Apache 2.0". Both bases and the model public -> weights_basemodel and weights_endmodel open
    # (Poro.yaml; Llama-Nemotron.yaml "Weights made available through HuggingFace": open); the bases' data not
    # released -> datasources_basemodel closed (Poro.yaml "Model based on Llama, whose data is nowhere disclosed":
    # closed; Llama-Nemotron.yaml "Data nowhere disclosed or documented": closed); the model's own data all on the Hub
    # -> datasources_endmodel open (Llama-Nemotron.yaml "Dataset published on HuggingFace": open); its own training code
    # public, the bases' not -> trainingcode partial (Tulu.yaml: partial; round 15's Hazel-7B-Instruct); datasheets for
    # its own data, none for the bases' -> datasheet partial (Tulu.yaml: partial); its own report on arXiv -> preprint
    # open (Llama-Nemotron.yaml "Preprint published through arXiv": open); no venue -> paper closed. Research and
    # education named as what the model is "intended for", under Apache 2.0, are no restriction (OLMo.yaml rates the
    # same sentence beside Apache 2.0 open); the bases' data withheld with no reason -> open-weights (frameworks.md §4;
    # round 20's Malachite-4B-Chat).
    _Layout(
        "velour-ai/Velour-VL-7B",
        VELOUR_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "image-text-to-text",
            "base_model": ["lisle-ai/Lisle-7B", "lisle-ai/LisleViT-so400m-patch14-378"],
            "datasets": ["velour-ai/velour-cap", "velour-ai/velour-points", "velour-ai/velour-docqa"],
            "tags": ["multimodal", "vision-language"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={"config.json": VELOUR_CONFIG},
        github=[VELOUR_GITHUB],
        datasets=[
            Dataset("velour-ai/velour-cap", "odc-by", VELOUR_CAP_CARD),
            Dataset("velour-ai/velour-points", "odc-by", VELOUR_POINTS_CARD),
            Dataset("velour-ai/velour-docqa", "odc-by", VELOUR_DOCQA_CARD),
        ],
        models=[LISLE_LM, LISLE_VIT],
        files=VELOUR_FILES,
    ),
    # (h) A third party's GGUF quantizations of (d), only .gguf files, `license: apache-2.0`, `base_model:
    # organza-nlp/Organza-9B-Instruct` with `base_model_relation: quantized`, "Licence: Apache 2.0, the same as the
    # original model", then Organza's card copied. A quantization is its original's weights, bound by the same terms,
    # and Organza's are bound by taffeta-ai/Taffeta-9B's Terms of Use two hops up -> weights-available (DESIGN.md "a
    # base model that binds a fine-tune is followed"; round 16's Qwen GGUF tagged Apache and round 11's Llama GGUF).
    # The quantized tune and its base public -> weights_basemodel and weights_endmodel open (as (d)); Taffeta's data
    # undisclosed -> datasources_basemodel closed (as (d)); the weights were tuned on Organza's two published sets ->
    # datasources_endmodel open (as (d): the end model's fine-tuning data are its original's); the bespoke terms ->
    # licenses closed (as (d); Tulu.yaml).
    _Layout(
        "sateen-quants/Organza-9B-Instruct-GGUF",
        SATEEN_CARD,
        {
            "license": "apache-2.0",
            "base_model": "organza-nlp/Organza-9B-Instruct",
            "base_model_relation": "quantized",
            "pipeline_tag": "text-generation",
            "quantized_by": "sateen-quants",
            "tags": ["gguf", "imatrix", "llama.cpp"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "licenses": "closed",
        },
        github=[ORGANZA_GITHUB],
        datasets=list(ORGANZA_DATASETS),
        models=[ORGANZA.repo(), TAFFETA],
        files=SATEEN_GGUF_FILES,
    ),
]
