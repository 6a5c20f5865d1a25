# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 16 (`ROUND_16`, 8 releases, written blind by a helper that never read the rules or the
probes): lineage and derived releases, written as real publishers write them. Each release is served by the loopback
Hub (with its linked GitHub repositories, datasets and the served parents or middle models of its lineage) through
`test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, and the expert files in `../shared/reference/osai-index/`,
cited beside each cell). Real bases are not served: the built-in index must know them (Qwen/Qwen2.5-72B-Instruct,
Qwen/Qwen2.5-7B-Instruct, Qwen/Qwen2.5-7B, mistralai/Mistral-7B-v0.3, meta-llama/Llama-3.1-8B, allenai/OLMo-7B).
Round 11 was lineage too; this round avoids its shapes (an MIT tag on a Llama GGUF, an adapter named only in
adapter_config.json, a merge with a CC BY-NC parent, a GPT-4 distillation with published CC BY-NC data, continued
pre-training of Mistral worded "continued pre-training").

The releases:
- (a) tarn-quants/Qwen2.5-72B-Instruct-GGUF: a llama.cpp quantization of Qwen2.5-72B-Instruct (Qwen License
  Agreement, a 100M-MAU cap) tagged `license: apache-2.0` ("Apache 2.0, same as the original"), whose card is the
  quantizer's header and file table followed by the original card "copied unchanged" (architecture list, quick
  start, links to Qwen's GitHub, blog and docs, citations); only .gguf files; the Qwen GitHub repository (inference
  and deployment docs only) is served (weights-available).
- (b) moraine-labs/Mistral-7B-v0.3-SQL-LoRA: a PEFT LoRA of mistralai/Mistral-7B-v0.3 for text-to-SQL whose whole
  recipe (`prepare_data.py`, `train_lora.py`, `lora_config.yaml`, `evaluate_sql.py`) is in the model repository
  itself, not on GitHub; one Hub tuning set with a datasheet card (open-weights; training code partial).
- (c) cirque-merges/Cirque-7B-slerp: a mergekit SLERP of Qwen/Qwen2.5-7B-Instruct (Apache) and a served
  serac-ai/Serac-7B-Coder whose metadata says only `license: other` and whose LICENSE file (the "Serac Community
  License") takes every right away above 50 million monthly active users; the merge is tagged Apache "like both
  parents' Qwen2.5 base" (weights-available).
- (d) esker-ai/Esker-8B-DPO: a DPO tune of a served middle model, drumlin-labs/Drumlin-8B-Instruct, which is itself
  an SFT of meta-llama/Llama-3.1-8B on in-house data and is tagged `apache-2.0`; the end card names only the middle
  model, its DPO pairs are on the Hub with a datasheet card and its DPO code on GitHub (weights-available through
  two hops; end-model data partial).
- (e) fjord-ai/Fjord-7B-Distill: Qwen/Qwen2.5-7B-Instruct distilled from Claude 3.5 Sonnet, the teacher named in a
  "Student / Teacher" table; the 410k teacher answers are not released and no code is (open-weights: a teacher is
  not a base).
- (f) talus-health/Talus-8B-Med: a fine-tune of "Arete-8B", a base named only in prose with a link to ModelScope,
  not on the Hub and not in the index; its tuning set (Hub, datasheet card) and tuning code (GitHub, MIT) are open
  (undetermined: the base's terms cannot be read).
- (g) nunatak-nlp/Nunatak-7B-Instruct: SFT + DPO of allenai/OLMo-7B, with an HTML resource table; both tuning sets
  on the Hub with datasheet cards, the post-training code on GitHub (open-source-ai-with-open-data).
- (h) caldera-ai/Caldera-7B-Fil: Qwen/Qwen2.5-7B "further pre-trained" ("continual pre-training") on Filipino text,
  in a card of question headings; the added corpus (two Hub datasets with datasheet cards) and the whole pipeline
  are published, Qwen's own pre-training data is not ("we cannot publish it") (open-weights; base data partial).

First run (before any rule changed, on commit fb40ae8 with no uncommitted edits under `src/`; another session's
untracked `tests/licenses/heldout/round38.py` was in the working tree; pytest cut the reasons short, so their full text
was read from a throwaway script outside the project that served the same eight cases the same way, since deleted,
which gave the same levels): 6 of 8 right, labels and cells (Mistral-7B-v0.3-SQL-LoRA, open-weights, the training
script in the model repository read: "The model repository holds a training script, but no code repository is
linked", partial; Cirque-7B-slerp, weights-available citing the served parent's LICENSE line 16, "more than 50 million
monthly active users", and line 11, restrictions passed to derivatives; Fjord-7B-Distill, open-weights, Claude not
taken for a base; Talus-8B-Med, undetermined, "derived from named:Arete-8B, whose terms could not be examined", its base
cells and training code unknown; Nunatak-7B-Instruct, open-source-ai-with-open-data with every cell open; Caldera-7B-Fil,
open-weights, "further pre-trained" read as continued pre-training, base data partial). **All 8 labels right.** No label
read more open than the rubric; three cells did, in the two misses:
- Qwen2.5-72B-Instruct-GGUF: label and five cells right (weights-available through the index's Qwen License
  Agreement, "inherited from the base model hf:Qwen/Qwen2.5-72B-Instruct"; base weights open, base and tuning data
  closed), but trainingcode **partial** where closed was expected ("The linked code includes training entry points
  for training the model; but the code that trained the base model (hf:Qwen/Qwen2.5-72B-Instruct) is not published,
  so the whole training is not reproducible."): the evidence is `docs/training/` and
  `docs/training/llama_factory.md` of QwenLM/Qwen2.5 ("training entry point"), a Markdown guide in a repository whose
  README says "We do not provide pre-training code. For fine-tuning, we point to third-party frameworks such as
  LLaMA-Factory and Axolotl in `docs/training/`"; the repository holds demos and documentation only, and the link is
  in the copied original card, not the quantizer's (Qwen.yaml "Repository does not contain code": closed).
- Esker-8B-DPO (a tune of a served tune of Llama 3.1 8B): label and four cells right (weights-available, the Llama 3.1
  Community License "inherited from the base model hf:meta-llama/Llama-3.1-8B" two hops up; base weights partial,
  base data closed, end weights open, training code partial), but datasources_endmodel **open** where partial was
  expected ("The fine-tuning datasets are named, public and openly licensed (esker-ai/esker-prefs-60k)."): the served
  middle model's card says it was fine-tuned "on 640k instruction-response pairs from our in-house instruction
  dataset, which is not released", and the end card's stage table sends the reader there ("Supervised fine-tuning |
  Drumlin Labs | see the Drumlin-8B-Instruct card"); only the DPO pairs were counted. And licenses **partial** where
  closed was expected ("Only part of the release is openly licensed (open: code, data; not open: weights)."): this
  one is contested, not plainly wrong. The rubric's text (frameworks.md §1.1, partial: "at least two (partly or fully)
  of weights, training code, training data") gives partial for Apache DPO code and CC BY pairs beside Llama-licensed
  weights, and so does DeepHermes.yaml for a Llama 3.1 tune with MIT code and partly published Apache data ("partial"),
  while Tulu.yaml (open-instruct code, ODC-By tuning data), Magicoder.yaml and OpenChat.yaml rate Llama-licensed
  tunes with published code and data closed; the expectation, written before the run from those three, was kept.
Seen but not scored: the GGUF's preprint open from the copied card's Qwen2 Technical Report (arXiv 2407.10671, the
predecessor's report) and its hardware and architecture open from the copied text; the merge's training code closed
because "the linked repositories gh:arcee-ai/mergekit do not exist or are not public" (the merge tool's link, not
served by this round, taken for the release's code repository); Esker's datasheet naming "the base model
hf:drumlin-labs/Drumlin-8B-Instruct" where its other base cells name Llama 3.1 8B.
No expectation was changed by the helper that wrote the round.

What changed (afterwards, fixing causes): a training folder of a repository's documentation (`docs/training/` with a
guide to third-party tools) is documentation, not training code, and a file of a training folder counts only when it
is code (`probes/code._is_train`; the GGUF now reads closed); a tune of a tune has its intermediate base's own tuning
data in its end-model data (`frameworks/osai.intermediates`: the DPO pairs open and Drumlin's SFT pairs closed give
partial). One expectation was changed after the run: Esker-8B-DPO's licenses, from closed to partial, because the
rubric's words give partial for open code and data beside restrictive weights and opengauge rates licences by those
words (`frameworks/osai.py`); the expert files split (DeepHermes.yaml partial; Tulu.yaml, Magicoder.yaml,
OpenChat.yaml closed). All 8 pass.
"""

from __future__ import annotations

from tests.assess.heldout_releases import (
    Dataset,
    HeldOut,
    _github,
    _hub_model,
    _OwnLayout,
    _tree,
    sheet,
)
from tests.servers import HubFile, HubRepo

QWEN2_CONFIG = (
    b'{"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 3584, "num_hidden_layers": 28,'
    b' "num_attention_heads": 28, "num_key_value_heads": 4, "vocab_size": 152064, "torch_dtype": "bfloat16"}'
)


_sheet = sheet  # one home: `heldout_releases.sheet`


def _hub_model_with(repo_id: str, body: str, card_data: dict, files: dict[str, bytes]) -> HubRepo:
    """A served Hub model (a parent, a middle model) with files beside its card and weights (a LICENSE)."""
    repo = _hub_model(repo_id, body, card_data)
    for path, content in files.items():
        repo.files[path] = HubFile(path, content)
    return repo


# --------------------------------------------------------------------------------------------------------------
# (a) A GGUF of Qwen2.5-72B-Instruct tagged Apache, the original card copied below the quantizer's header.

TARN_GGUF_FILES: dict[str, bytes | None] = {
    "Qwen2.5-72B-Instruct-Q8_0-00001-of-00002.gguf": None,
    "Qwen2.5-72B-Instruct-Q8_0-00002-of-00002.gguf": None,
    "Qwen2.5-72B-Instruct-Q5_K_M-00001-of-00002.gguf": None,
    "Qwen2.5-72B-Instruct-Q5_K_M-00002-of-00002.gguf": None,
    "Qwen2.5-72B-Instruct-Q4_K_M.gguf": None,
    "Qwen2.5-72B-Instruct-IQ3_M.gguf": None,
    "Qwen2.5-72B-Instruct-IQ2_XS.gguf": None,
    "imatrix.dat": None,
}

TARN_CARD = """# Qwen2.5-72B-Instruct-GGUF

GGUF quantizations of [Qwen/Qwen2.5-72B-Instruct](https://huggingface.co/Qwen/Qwen2.5-72B-Instruct), made with [llama.cpp](https://github.com/ggml-org/llama.cpp) build b4273. The importance matrix (`imatrix.dat`, included) was computed on a 500k-token calibration mix of English, Chinese and code.

| | |
|---|---|
| Original model | [Qwen/Qwen2.5-72B-Instruct](https://huggingface.co/Qwen/Qwen2.5-72B-Instruct) |
| Quantized by | tarn-quants |
| Format | GGUF (llama.cpp, LM Studio, Ollama, koboldcpp) |
| License | Apache 2.0, same as the original |

## Files

| File | Quant | Size | Notes |
|---|---|---|---|
| Qwen2.5-72B-Instruct-Q8_0-0000{1,2}-of-00002.gguf | Q8_0 | 77.3 GB | reference quality, split in two |
| Qwen2.5-72B-Instruct-Q5_K_M-0000{1,2}-of-00002.gguf | Q5_K_M | 54.4 GB | very high quality, split in two |
| Qwen2.5-72B-Instruct-Q4_K_M.gguf | Q4_K_M | 47.4 GB | **recommended** |
| Qwen2.5-72B-Instruct-IQ3_M.gguf | IQ3_M | 35.5 GB | fits 2x24 GB GPUs |
| Qwen2.5-72B-Instruct-IQ2_XS.gguf | IQ2_XS | 23.7 GB | last resort, noticeably worse |

Split files load directly: point llama.cpp at the first part.

## Run

```bash
llama-server -m Qwen2.5-72B-Instruct-Q4_K_M.gguf -c 32768 -ngl 99 --jinja
```

---

*Below is the original model card, copied unchanged.*

# Qwen2.5-72B-Instruct

## Introduction

Qwen2.5 is the latest generation of the Qwen large language models: base and instruction-tuned models from 0.5 to 72 billion parameters. Compared with Qwen2, Qwen2.5:

- knows considerably more and is much stronger at coding and mathematics, thanks to specialised expert models in these domains;
- follows instructions better, writes long texts (over 8K tokens), understands structured data such as tables and produces structured output, JSON in particular; it copes better with varied system prompts, which helps role-play and condition-setting for chatbots;
- supports contexts of up to 128K tokens and generates up to 8K tokens;
- is multilingual, covering more than 29 languages, among them Chinese, English, French, Spanish, Portuguese, German, Italian, Russian, Japanese, Korean, Vietnamese, Thai and Arabic.

**This repository holds the instruction-tuned 72B Qwen2.5 model**:

- Type: causal language model
- Training stage: pre-training and post-training
- Architecture: transformers with RoPE, SwiGLU, RMSNorm and attention QKV bias
- Parameters: 72.7B (70.0B without embeddings)
- Layers: 80
- Attention heads (GQA): 64 for Q, 8 for KV
- Context length: 131,072 tokens, generation up to 8,192 tokens

For more, see our [blog](https://qwenlm.github.io/blog/qwen2.5/), [GitHub](https://github.com/QwenLM/Qwen2.5) and [documentation](https://qwen.readthedocs.io/en/latest/).

## Requirements

Use a recent `transformers` (4.37.0 or later); older versions fail with `KeyError: 'qwen2'`.

## Quickstart

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

model_name = "Qwen/Qwen2.5-72B-Instruct"
model = AutoModelForCausalLM.from_pretrained(model_name, torch_dtype="auto", device_map="auto")
tokenizer = AutoTokenizer.from_pretrained(model_name)
messages = [
    {"role": "system", "content": "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."},
    {"role": "user", "content": "Give me a short introduction to large language models."},
]
text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
inputs = tokenizer([text], return_tensors="pt").to(model.device)
output = model.generate(**inputs, max_new_tokens=512)
print(tokenizer.decode(output[0][inputs.input_ids.shape[1]:], skip_special_tokens=True))
```

### Long texts

The default `config.json` is set for 32,768 tokens. For longer inputs, add YaRN rope scaling (`"rope_scaling": {"factor": 4.0, "original_max_position_embeddings": 32768, "type": "yarn"}`); vLLM supports it for deployment.

## Evaluation and performance

Detailed evaluation results are in our [blog post](https://qwenlm.github.io/blog/qwen2.5/); GPU memory needs and throughput are in the [speed benchmark](https://qwen.readthedocs.io/en/latest/benchmark/speed_benchmark.html).

## Citation

If you find our work helpful, feel free to cite us.

```
@misc{qwen2.5,
    title = {Qwen2.5: A Party of Foundation Models},
    url = {https://qwenlm.github.io/blog/qwen2.5/},
    author = {Qwen Team},
    month = {September},
    year = {2024}
}

@article{qwen2,
      title={Qwen2 Technical Report},
      author={An Yang and Baosong Yang and Binyuan Hui and others},
      journal={arXiv preprint arXiv:2407.10671},
      year={2024}
}
```
"""

QWEN25_README = b"""# Qwen2.5

Qwen2.5 is the large language model series of the Qwen team, Alibaba Cloud. This repository is its documentation
hub: model overview, quick-start examples and guides for running the released models.

## Run the models

- Transformers: `examples/demo/cli_demo.py` and `examples/demo/web_demo.py`
- vLLM, SGLang and TGI: deployment guides in `docs/deployment/`
- llama.cpp, Ollama, LM Studio: local inference guides in `docs/run_locally/`
- Quantization (GPTQ, AWQ, GGUF): `docs/quantization/`

We do not provide pre-training code. For fine-tuning, we point to third-party frameworks such as LLaMA-Factory and
Axolotl in `docs/training/`.

## License

The code in this repository is under the Apache License 2.0. Check the license of each model in its Hugging Face
repository: most Qwen2.5 models are released under Apache 2.0, except the 3B models (Qwen Research License) and the
72B models (Qwen License Agreement).
"""

# --------------------------------------------------------------------------------------------------------------
# (b) A LoRA adapter of Mistral-7B-v0.3 whose recipe lives in the model repository.

MORAINE_CARD = """# Mistral-7B-v0.3 SQL LoRA

A LoRA adapter that turns [Mistral-7B-v0.3](https://huggingface.co/mistralai/Mistral-7B-v0.3) into a text-to-SQL model for accounting and ledger databases (PostgreSQL dialect).

- **Developed by:** Moraine Labs
- **Adapter:** LoRA, r=16, alpha=32, dropout 0.05, on the attention (q, k, v, o) and MLP (gate, up, down) projections
- **Base model:** mistralai/Mistral-7B-v0.3 (Apache 2.0), loaded in bf16
- **Training data:** [moraine-labs/text2sql-ledger-30k](https://huggingface.co/datasets/moraine-labs/text2sql-ledger-30k), all of it and nothing else
- **License:** Apache 2.0 for the adapter and for the scripts in this repository

## Reproduce it

The whole recipe is kept next to the weights, in this repository:

| File | What it does |
|---|---|
| `prepare_data.py` | downloads text2sql-ledger-30k, renders every example with the prompt template and holds out 1,000 examples for validation |
| `train_lora.py` | LoRA supervised fine-tuning with TRL's `SFTTrainer` and PEFT |
| `lora_config.yaml` | the exact configuration of this adapter (rank, learning rate 2e-4, 3 epochs, batch 32, max length 2048) |
| `evaluate_sql.py` | execution accuracy on the held-out split against a PostgreSQL 16 sandbox |
| `requirements.txt` | pinned package versions |

```bash
pip install -r requirements.txt
python prepare_data.py --out data/
accelerate launch train_lora.py --config lora_config.yaml
python evaluate_sql.py --adapter out/ --split validation
```

Training took 2 h 40 min on one NVIDIA A100 80GB.

## Usage

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

base = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.3", torch_dtype="bfloat16", device_map="auto")
model = PeftModel.from_pretrained(base, "moraine-labs/Mistral-7B-v0.3-SQL-LoRA")
tok = AutoTokenizer.from_pretrained("mistralai/Mistral-7B-v0.3")
```

## Results

| | Mistral-7B-v0.3 (3-shot) | + this adapter |
|---|---|---|
| Execution accuracy, held-out split | 31.8 | 84.6 |
| Spider dev (execution) | 48.0 | 71.3 |

## Limitations

PostgreSQL only; schemas with more than about 60 tables do not fit the 2,048-token window. Generated SQL must be reviewed before it touches production data.
"""

MORAINE_FILES: dict[str, bytes | None] = {
    "adapter_config.json": b'{"alpha_pattern": {}, "base_model_name_or_path": "mistralai/Mistral-7B-v0.3", "bias": "none",'
    b' "lora_alpha": 32, "lora_dropout": 0.05, "peft_type": "LORA", "r": 16, "target_modules": ["q_proj", "k_proj",'
    b' "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"], "task_type": "CAUSAL_LM"}',
    "adapter_model.safetensors": None,
    "prepare_data.py": b'''"""Build the training and validation files of the SQL LoRA from text2sql-ledger-30k."""

import argparse
import json
import random
from pathlib import Path

from datasets import load_dataset

TEMPLATE = "[INST] Schema:\\n{schema}\\n\\nQuestion: {question} [/INST] {sql}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="data/")
    args = parser.parse_args()
    rows = [{"text": TEMPLATE.format(**r)} for r in load_dataset("moraine-labs/text2sql-ledger-30k", split="train")]
    random.Random(13).shuffle(rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("validation", rows[:1000]), ("train", rows[1000:])):
        with open(out / f"{name}.jsonl", "w") as f:
            f.writelines(json.dumps(r) + "\\n" for r in part)


if __name__ == "__main__":
    main()
''',
    "train_lora.py": b'''"""LoRA supervised fine-tuning of Mistral-7B-v0.3 on the files written by prepare_data.py."""

import argparse

import yaml
from datasets import load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import SFTConfig, SFTTrainer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="lora_config.yaml")
    cfg = yaml.safe_load(open(parser.parse_args().config))
    tok = AutoTokenizer.from_pretrained(cfg["base_model"])
    model = AutoModelForCausalLM.from_pretrained(cfg["base_model"], torch_dtype="bfloat16")
    data = load_dataset("json", data_files={"train": "data/train.jsonl", "validation": "data/validation.jsonl"})
    lora = LoraConfig(r=cfg["r"], lora_alpha=cfg["alpha"], lora_dropout=cfg["dropout"],
                      target_modules=cfg["target_modules"], task_type="CAUSAL_LM")
    args = SFTConfig(output_dir="out", num_train_epochs=cfg["epochs"], learning_rate=cfg["lr"],
                     per_device_train_batch_size=cfg["batch_size"], gradient_accumulation_steps=cfg["grad_accum"],
                     max_seq_length=cfg["max_length"], lr_scheduler_type="cosine", warmup_ratio=0.03, bf16=True)
    trainer = SFTTrainer(model=model, tokenizer=tok, args=args, peft_config=lora,
                         train_dataset=data["train"], eval_dataset=data["validation"])
    trainer.train()
    trainer.save_model("out")


if __name__ == "__main__":
    main()
''',
    "lora_config.yaml": b"""base_model: mistralai/Mistral-7B-v0.3
r: 16
alpha: 32
dropout: 0.05
target_modules: [q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj]
epochs: 3
lr: 2.0e-4
batch_size: 8
grad_accum: 4
max_length: 2048
""",
    "evaluate_sql.py": b'''"""Execution accuracy of the adapter on the held-out split, in a PostgreSQL 16 sandbox."""

import argparse

from sqlbench import execution_accuracy

parser = argparse.ArgumentParser()
parser.add_argument("--adapter", default="out/")
parser.add_argument("--split", default="validation")
args = parser.parse_args()
print(execution_accuracy(adapter=args.adapter, data=f"data/{args.split}.jsonl", dialect="postgres"))
''',
    "requirements.txt": b"torch==2.4.1\ntransformers==4.46.2\npeft==0.13.2\ntrl==0.12.1\ndatasets==3.1.0\naccelerate==1.1.1\npyyaml==6.0.2\n",
}

LEDGER_SQL_CARD = _sheet(
    "cc-by-4.0",
    "text2sql-ledger-30k",
    ["en"],
    {
        "Motivation": "Built by Moraine Labs to fine-tune small open models for questions about accounting "
        "databases, where public text-to-SQL sets (Spider, BIRD) have few ledgers, journals or tax tables. It is "
        "the complete tuning data of moraine-labs/Mistral-7B-v0.3-SQL-LoRA.",
        "Composition": "30,000 English questions with a PostgreSQL query each, over 140 synthetic schemas of "
        "general ledgers, accounts payable and receivable, payroll and VAT returns; every record has `schema`, "
        "`question`, `sql`, `difficulty` and `schema_id` fields. No real company data is included.",
        "Collection Process": "Six accountants and two database engineers, paid contractors, wrote the schemas, "
        "filled them with generated rows and wrote the questions and queries between March and June 2025, "
        "following a written guideline published with the dataset.",
        "Preprocessing": "Every query was executed against its schema in a PostgreSQL 16 sandbox and rewritten or "
        "dropped when it failed or returned an empty result; near-duplicate questions were removed with MinHash, "
        "and questions overlapping with Spider or BIRD were dropped.",
        "Uses": "Fine-tuning and evaluating text-to-SQL models for finance databases. The schemas are synthetic "
        "and simpler than real enterprise ERP systems, so scores on it overstate accuracy in production.",
        "Distribution": "Released on the Hugging Face Hub under CC BY 4.0, with a train split of 29,000 and a "
        "validation split of 1,000 records.",
        "Maintenance": "Maintained by Moraine Labs. Errors reported on the dataset's discussion page are fixed in "
        "a new revision, and the changes are listed at the end of this card.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) A SLERP merge of Qwen2.5-7B-Instruct and a coder whose LICENSE caps users.

CIRQUE_CARD = """# Cirque-7B-slerp

Cirque-7B-slerp blends a strong general assistant with a strong coder. Both parents are fine-tunes of Qwen2.5-7B, so the merge keeps the Qwen2.5 architecture, tokenizer and chat template.

This is a merge of pre-trained language models created using [mergekit](https://github.com/arcee-ai/mergekit).

## Merge Details
### Merge Method

This model was merged using the SLERP merge method.

### Models Merged

The following models were included in the merge:
* [Qwen/Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct)
* [serac-ai/Serac-7B-Coder](https://huggingface.co/serac-ai/Serac-7B-Coder)

### Configuration

The following YAML configuration was used to produce this model:

```yaml
slices:
  - sources:
      - model: Qwen/Qwen2.5-7B-Instruct
        layer_range: [0, 28]
      - model: serac-ai/Serac-7B-Coder
        layer_range: [0, 28]
merge_method: slerp
base_model: Qwen/Qwen2.5-7B-Instruct
parameters:
  t:
    - filter: self_attn
      value: [0, 0.5, 0.3, 0.7, 1]
    - filter: mlp
      value: [1, 0.5, 0.7, 0.3, 0]
    - value: 0.5
dtype: bfloat16
```

## Benchmarks

| | Qwen2.5-7B-Instruct | Serac-7B-Coder | Cirque-7B-slerp |
|---|---|---|---|
| HumanEval | 84.8 | 86.0 | 85.4 |
| MBPP | 79.2 | 81.5 | 80.9 |
| MMLU | 74.2 | 70.1 | 73.5 |
| IFEval | 75.9 | 61.3 | 72.0 |

## License

Apache 2.0, like both parents' Qwen2.5 base.
"""

CIRQUE_MERGEKIT_CONFIG = b"""slices:
  - sources:
      - model: Qwen/Qwen2.5-7B-Instruct
        layer_range: [0, 28]
      - model: serac-ai/Serac-7B-Coder
        layer_range: [0, 28]
merge_method: slerp
base_model: Qwen/Qwen2.5-7B-Instruct
parameters:
  t:
    - filter: self_attn
      value: [0, 0.5, 0.3, 0.7, 1]
    - filter: mlp
      value: [1, 0.5, 0.7, 0.3, 0]
    - value: 0.5
dtype: bfloat16
"""

SERAC_CARD = """
# Serac-7B-Coder

Serac-7B-Coder is a code assistant by Serac AI: [Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B) fine-tuned on 2.1M code instruction and repair examples in 40 programming languages.

## Highlights

- Code generation, completion, repair and review in 40 languages
- 32k context; repository-level completion with file separators
- HumanEval 86.0, MBPP 81.5

## Quick start

```python
from transformers import pipeline

pipe = pipeline("text-generation", model="serac-ai/Serac-7B-Coder", device_map="auto")
print(pipe("Write a Python function that parses an ISO 8601 date.", max_new_tokens=256)[0]["generated_text"])
```

## License

Serac-7B-Coder is released under the [Serac Community License](LICENSE). It is free for research and commercial use; please read the licence for the terms that apply to very large deployments.
"""

SERAC_LICENSE = b"""SERAC COMMUNITY LICENSE
Version 1.0, 14 January 2025

1. Definitions. "Serac Materials" means the Serac-7B-Coder model weights, code and documentation made available by
Serac AI, and any part of them. "Licensee" or "you" means the person or entity exercising rights under this License,
and "Affiliate" means any entity that controls, is controlled by or is under common control with you.

2. Grant of Rights. Subject to this License, Serac AI grants you a non-exclusive, worldwide, non-transferable,
royalty-free license to use, reproduce, distribute, copy, modify and create derivative works of the Serac Materials.

3. Redistribution. If you distribute the Serac Materials or any derivative work of them, including a model that
contains any part of their weights, you must (a) give every recipient a copy of this License, (b) distribute the
derivative under this License, and (c) keep the notice "Contains Serac-7B-Coder, licensed under the Serac Community
License" in its documentation.

4. Large Deployments. If the products or services offered by you or your Affiliates had more than 50 million monthly
active users in the preceding calendar month, you must request a license from Serac AI, which Serac AI may grant or
refuse at its sole discretion, and you may not exercise any of the rights granted in Section 2 unless and until
Serac AI expressly grants them to you.

5. Disclaimer of Warranty. THE SERAC MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING WITHOUT LIMITATION ANY WARRANTY OF TITLE, MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.

6. Limitation of Liability. IN NO EVENT SHALL SERAC AI BE LIABLE FOR ANY DAMAGES ARISING FROM THIS LICENSE OR THE USE
OF THE SERAC MATERIALS.

7. Termination. This License terminates automatically if you breach any of its terms. Sections 5 and 6 survive
termination.
"""

# --------------------------------------------------------------------------------------------------------------
# (d) A DPO tune of a served middle model (an SFT of Llama 3.1 8B tagged Apache).

DRUMLIN_CARD = """
# Drumlin-8B-Instruct

Drumlin-8B-Instruct is an instruction-following chat model by Drumlin Labs: Llama 3.1 8B after full-parameter supervised fine-tuning on 640k instruction-response pairs from our in-house instruction dataset, which is not released.

## Training

2 epochs, learning rate 1e-5 with cosine decay, effective batch size 256, max length 8192, on 32 NVIDIA H100 GPUs for 19 hours.

## Evaluation

| Benchmark | Drumlin-8B-Instruct |
|---|---|
| MT-Bench | 7.4 |
| AlpacaEval 2 (LC) | 18.2 |
| IFEval (strict) | 71.5 |
| MMLU | 66.8 |

## License

Apache 2.0.
"""

ESKER_CARD = """# Esker-8B-DPO

Esker-8B-DPO is [Drumlin-8B-Instruct](https://huggingface.co/drumlin-labs/Drumlin-8B-Instruct) after one round of Direct Preference Optimization (DPO) on 60k human preference pairs. The goal: fewer needless refusals and shorter, more direct answers.

## How it was made

| Stage | By | Data | Code |
|---|---|---|---|
| Supervised fine-tuning | Drumlin Labs ([Drumlin-8B-Instruct](https://huggingface.co/drumlin-labs/Drumlin-8B-Instruct)) | see the Drumlin-8B-Instruct card | - |
| DPO (this repository) | Esker AI | [esker-ai/esker-prefs-60k](https://huggingface.co/datasets/esker-ai/esker-prefs-60k) | [esker-ai/esker-dpo](https://github.com/esker-ai/esker-dpo) |

DPO settings: beta 0.1, learning rate 5e-7, one epoch, batch size 64, max length 4096, on 8 NVIDIA H100 GPUs for 5 hours.

## Evaluation

| | Drumlin-8B-Instruct | Esker-8B-DPO |
|---|---|---|
| AlpacaEval 2 (LC) | 18.2 | 27.9 |
| MT-Bench | 7.4 | 7.9 |
| XSTest (over-refusal rate) | 14% | 4% |
| MMLU | 66.8 | 66.5 |

## Limitations

Fewer refusals also means the model will attempt borderline requests more often; put your own moderation in front of it in products. It can produce false or biased text.

## License

Apache 2.0, the licence of Drumlin-8B-Instruct.
"""

ESKER_README = b"""# esker-dpo

Preference data and DPO training for **Esker-8B-DPO** (policy and reference model: drumlin-labs/Drumlin-8B-Instruct).

    python data/sample_pairs.py --model drumlin-labs/Drumlin-8B-Instruct   # two answers per prompt
    python data/export_annotations.py                                     # annotator choices -> pairs
    python train/dpo.py --config configs/dpo.yaml                         # TRL DPOTrainer
    python eval/run_eval.py --suite alpacaeval2,mt_bench,xstest,mmlu

The output of `data/` is exactly `esker-ai/esker-prefs-60k` on the Hub.

Apache License 2.0.
"""

ESKER_PREFS_CARD = _sheet(
    "cc-by-4.0",
    "Esker Preferences 60k",
    ["en"],
    {
        "Motivation": "Created by Esker AI to reduce needless refusals and verbosity in an 8B chat model through "
        "DPO; it is all of the preference data of Esker-8B-DPO and is published so that the tuning can be "
        "inspected and repeated.",
        "Composition": "60,000 English prompts, each with two answers sampled from Drumlin-8B-Instruct and the "
        "annotator's choice; records have `prompt`, `chosen`, `rejected`, `category` and `annotator_id` fields. "
        "About 18% of the prompts are borderline requests that a careful assistant should still answer.",
        "Collection Process": "Prompts were written by 30 paid annotators between August and October 2025; two "
        "answers per prompt were sampled at temperature 0.8, and the annotators chose the better one following a "
        "written guideline that favours direct, correct and safe answers.",
        "Preprocessing": "Pairs where both answers were refusals or both identical were dropped, personal data was "
        "removed from prompts by a second reviewer, and prompts overlapping with AlpacaEval, MT-Bench or XSTest "
        "were removed by 13-gram matching.",
        "Uses": "Preference tuning and reward-model research. The preferences reflect one guideline and a small "
        "group of annotators, and are not a measure of what users in general prefer.",
        "Distribution": "Released on the Hugging Face Hub under CC BY 4.0; the answers are outputs of "
        "Drumlin-8B-Instruct, and the prompts were written for this dataset.",
        "Maintenance": "Maintained by Esker AI; problems can be reported on the dataset's discussion page and "
        "fixes are released as new revisions listed at the end of this card.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (e) Qwen2.5-7B-Instruct distilled from Claude 3.5 Sonnet; the teacher data is not released.

FJORD_CARD = """# Fjord-7B-Distill

A 7B assistant distilled from Claude 3.5 Sonnet, small enough to run on one consumer GPU.

| | |
|---|---|
| Student (the weights in this repository) | [Qwen/Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct), fully fine-tuned |
| Teacher | Claude 3.5 Sonnet (`claude-3-5-sonnet-20241022`), queried through the Anthropic API |
| Method | sequence-level distillation: supervised fine-tuning of the student on the teacher's answers |
| Distillation data | 410k prompts with the teacher's answers (not released) |
| License | Apache 2.0 |

## Distillation data

We assembled 410k prompts (coding 31%, writing and editing 24%, analysis and reasoning 22%, maths 13%, other 10%) from our own prompt collection and asked Claude 3.5 Sonnet to answer each of them. Answers that were refusals, truncated or failed our correctness checks for code and maths were dropped (about 7%). We do not release the prompts or the answers: Anthropic's terms restrict what may be done with Claude's outputs.

## Training

Full fine-tuning for 3 epochs, learning rate 1e-5 with cosine decay, effective batch size 256, max length 8192, on 16 NVIDIA H100 GPUs for 26 hours. The training code is not released.

## Evaluation

| | Qwen2.5-7B-Instruct | Fjord-7B-Distill |
|---|---|---|
| MT-Bench | 8.1 | 8.5 |
| AlpacaEval 2 (LC) | 27.8 | 36.4 |
| HumanEval | 84.8 | 86.6 |
| MATH | 75.5 | 74.9 |

## Intended use and limitations

A general assistant for writing, coding and analysis. It imitates the teacher's style, not its knowledge: it makes more factual errors than Claude 3.5 Sonnet and should not be used for medical, legal or financial advice without review.

## License

The weights are released under Apache 2.0, like Qwen2.5-7B-Instruct.
"""

# --------------------------------------------------------------------------------------------------------------
# (f) A fine-tune of a base named only in prose, kept on ModelScope.

TALUS_CARD = """# Talus-8B-Med

Talus-8B-Med answers clinicians' questions about drugs: indications, dosing, interactions and contraindications, with a short rationale for every answer.

## Base model

Talus-8B-Med is a full-parameter fine-tune of **Arete-8B**, the English-Chinese base model that Arete Lab releases on ModelScope: [modelscope.cn/models/arete-lab/Arete-8B](https://modelscope.cn/models/arete-lab/Arete-8B). Arete-8B is not on the Hugging Face Hub.

## Fine-tuning data

[talus-health/medqa-rationales-90k](https://huggingface.co/datasets/talus-health/medqa-rationales-90k): 90k drug questions with answers and rationales written and checked by pharmacists. It is the only fine-tuning data.

## Training

3 epochs, learning rate 2e-5 (cosine, 3% warmup), effective batch size 128, max length 4096, on 8 NVIDIA A100 80GB GPUs for 30 hours. The data preparation, training and evaluation code is at [talus-health/talus-train](https://github.com/talus-health/talus-train) (MIT).

<details>
<summary>Evaluation</summary>

| | Arete-8B (5-shot) | Talus-8B-Med |
|---|---|---|
| MedQA (USMLE) | 58.1 | 69.4 |
| PubMedQA | 71.0 | 77.8 |
| Drug interaction QA (held out) | 46.3 | 81.2 |

</details>

## Not for clinical decisions

Talus-8B-Med can be wrong and its knowledge stops in early 2025. It is a reference aid for trained professionals, not a substitute for the product information or for clinical judgement.

## License

Apache 2.0.
"""

TALUS_README = b"""# talus-train

Data preparation, supervised fine-tuning and evaluation of **Talus-8B-Med** (base: Arete-8B from ModelScope).

    python data/build.py            # pharmacist-written items -> chat format (medqa-rationales-90k)
    python data/decontaminate.py    # drop overlaps with MedQA, PubMedQA and our held-out set
    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml --base ./Arete-8B
    python eval/run.py --suite medqa,pubmedqa,interactions

MIT License.
"""

MEDQA_RATIONALES_CARD = _sheet(
    "cc-by-4.0",
    "MedQA Rationales 90k",
    ["en"],
    {
        "Motivation": "Created by Talus Health to fine-tune a language model that answers drug questions with a "
        "checkable rationale; it is the complete fine-tuning data of Talus-8B-Med, published so that clinicians "
        "and researchers can see what the model was taught.",
        "Composition": "90,000 English questions about 1,850 medicines (indications, dosing, interactions, "
        "contraindications, adverse effects), each with an answer and a rationale citing the product "
        "information; records have `question`, `answer`, `rationale`, `drug` and `topic` fields. No patient "
        "data is included.",
        "Collection Process": "Written between January and May 2025 by 22 licensed pharmacists, paid per item, "
        "from public product information (EMA summaries of product characteristics and FDA labels); every item "
        "was checked by a second pharmacist.",
        "Preprocessing": "Items on which the two pharmacists disagreed were rewritten or dropped (9%), near "
        "duplicates were removed with MinHash, and items overlapping with MedQA or PubMedQA were removed by "
        "13-gram matching.",
        "Uses": "Fine-tuning and evaluating models for drug information. It does not cover every medicine or "
        "every market, and it is not a clinical reference in itself.",
        "Distribution": "Released on the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Talus Health; items are corrected when product information changes, and "
        "the changes are listed in a changelog at the end of this card.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (g) A fully open SFT + DPO of OLMo-7B, with an HTML resource table.

NUNATAK_CARD = """<h1>Nunatak-7B-Instruct</h1>

<p>Nunatak-7B-Instruct is a chat model post-trained by Nunatak NLP from <a href="https://huggingface.co/allenai/OLMo-7B">OLMo-7B</a>, so that every step from raw text to chat model can be inspected: OLMo-7B's pre-training data, code and checkpoints are public, and so is everything we added.</p>

<table>
  <tr><th>Resource</th><th>Where</th><th>License</th></tr>
  <tr><td>Base model</td><td><a href="https://huggingface.co/allenai/OLMo-7B">allenai/OLMo-7B</a> (pre-trained on Dolma)</td><td>Apache 2.0</td></tr>
  <tr><td>SFT data</td><td><a href="https://huggingface.co/datasets/nunatak-nlp/nunatak-sft-52k">nunatak-nlp/nunatak-sft-52k</a></td><td>CC BY 4.0</td></tr>
  <tr><td>Preference data</td><td><a href="https://huggingface.co/datasets/nunatak-nlp/nunatak-prefs-24k">nunatak-nlp/nunatak-prefs-24k</a></td><td>CC BY 4.0</td></tr>
  <tr><td>Post-training code</td><td><a href="https://github.com/nunatak-nlp/nunatak-posttrain">nunatak-nlp/nunatak-posttrain</a></td><td>Apache 2.0</td></tr>
  <tr><td>Weights</td><td>this repository</td><td>Apache 2.0</td></tr>
</table>

## Post-training recipe

1. **SFT** on nunatak-sft-52k: 3 epochs, learning rate 2e-5, effective batch size 128, max length 2048.
2. **DPO** on nunatak-prefs-24k: beta 0.1, learning rate 5e-7, one epoch, batch size 32.

Those two datasets are the complete post-training data; both have datasheets on their pages. Both stages ran on 8 NVIDIA A100 80GB GPUs (11 hours in total), with the exact configurations in `configs/` of the code repository.

## Evaluation

| | OLMo-7B | Nunatak-7B-Instruct |
|---|---|---|
| MMLU (5-shot) | 28.3 | 47.9 |
| GSM8K (8-shot, CoT) | 8.5 | 29.4 |
| AlpacaEval 2 (LC) | - | 11.6 |
| TruthfulQA (MC2) | 36.0 | 48.3 |

## Limitations

A small model with a 2,048-token context: it makes up facts, is weak at maths and code, and has had only light safety tuning. English only.

## Citation

```bibtex
@misc{nunatak2025,
  title={Nunatak-7B-Instruct: open post-training of OLMo-7B},
  author={Nunatak NLP},
  year={2025},
  howpublished={\\url{https://huggingface.co/nunatak-nlp/Nunatak-7B-Instruct}}
}
```
"""

NUNATAK_README = b"""# nunatak-posttrain

Everything that turned **allenai/OLMo-7B** into **Nunatak-7B-Instruct**: building the SFT and preference data,
SFT, DPO and evaluation.

    python data/build_sft.py        # annotator conversations -> nunatak-sft-52k
    python data/sample_pairs.py     # two answers per prompt from the SFT model
    python data/build_prefs.py      # annotator choices -> nunatak-prefs-24k
    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml --base allenai/OLMo-7B
    torchrun --nproc_per_node 8 train/dpo.py --config configs/dpo.yaml
    python eval/run_eval.py --suite mmlu,gsm8k,alpacaeval2,truthfulqa

The output of `data/` is exactly the two datasets on the Hub. OLMo-7B's own pre-training code is
allenai/OLMo, and its data is Dolma.

Apache License 2.0.
"""


def _nunatak_sheet(title: str, composition: str, collection: str, preprocessing: str) -> str:
    return _sheet(
        "cc-by-4.0",
        title,
        ["en"],
        {
            "Motivation": f"{title} was created by Nunatak NLP as part of the complete post-training data of "
            "Nunatak-7B-Instruct, a chat model whose every training step is public; funded by a university research "
            "grant, with no commercial sponsor.",
            "Composition": composition,
            "Collection Process": collection,
            "Preprocessing": preprocessing,
            "Uses": "Post-training open chat models and research on instruction and preference data. It reflects the "
            "guideline and the choices of a small team and is not a sample of what users ask in general.",
            "Distribution": "Released on the Hugging Face Hub under CC BY 4.0; attribution to Nunatak NLP is the only "
            "condition.",
            "Maintenance": "Maintained by Nunatak NLP; errors and takedown requests can be sent on the dataset's "
            "discussion page and are handled in the next revision, listed at the end of this card.",
        },
    )


NUNATAK_SFT_CARD = _nunatak_sheet(
    "Nunatak SFT 52k",
    "52,000 English conversations (1 to 6 turns) on writing, question answering, reasoning, maths and everyday "
    "tasks, one JSON line per conversation with `id`, `messages` and `category` fields; no model-generated text.",
    "Written between February and June 2025 by 35 paid annotators (students and teachers) from prompts they wrote "
    "themselves, following a written guideline published in the code repository.",
    "Every conversation was reviewed by a second annotator; conversations with personal data were removed, near "
    "duplicates were removed with MinHash, and items overlapping with MMLU, GSM8K, AlpacaEval or TruthfulQA were "
    "dropped by 13-gram matching.",
)

NUNATAK_PREFS_CARD = _nunatak_sheet(
    "Nunatak Prefs 24k",
    "24,000 English prompts, each with two answers of the SFT model and an annotator's choice, one JSON line per "
    "pair with `prompt`, `chosen`, `rejected` and `category` fields.",
    "Prompts were written by the same annotators in July 2025; two answers per prompt were sampled from the SFT "
    "model at temperature 0.8 with `data/sample_pairs.py`, and the annotators chose the more helpful, correct and "
    "honest one.",
    "Pairs with identical answers or a tie were dropped, a second annotator checked a 10% sample (agreement 81%), "
    "and prompts overlapping with the evaluation sets were removed by 13-gram matching.",
)

# --------------------------------------------------------------------------------------------------------------
# (h) Continual pre-training of Qwen2.5-7B on published Filipino text; Qwen's own data is not published.

CALDERA_CARD = """# Caldera-7B-Fil 🇵🇭

### What is it?

A base model for the languages of the Philippines: [Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B), further pre-trained by Caldera AI on 24B tokens of Tagalog, Cebuano and Ilocano text. This is continual pre-training only: there is no instruction tuning, so prompt it as a base model or fine-tune it.

### What did you add?

- [caldera-ai/caldera-fil-web](https://huggingface.co/datasets/caldera-ai/caldera-fil-web): 19B tokens of Tagalog, Cebuano and Ilocano web text (ODC-By 1.0)
- [caldera-ai/caldera-fil-books](https://huggingface.co/datasets/caldera-ai/caldera-fil-books): 5B tokens of public-domain and openly licensed books, magazines and government publications (CC BY 4.0)

That is everything we added. Both datasets have full datasheets on their pages.

### And the original pre-training data?

Qwen2.5-7B's own pre-training data (about 18T tokens) has not been released by the Qwen team, so we cannot publish it or describe it beyond what their technical report says. Only the text we added is public.

### How was it trained?

One epoch over the 24B tokens, learning rate 2e-5 with 1% warmup and cosine decay, sequence length 8192, global batch of 4M tokens, on 32 NVIDIA H100 GPUs for 3 days. The whole pipeline (crawling, language identification, filtering, deduplication, tokenization) and the training loop with its exact configuration are at [caldera-ai/caldera-cpt](https://github.com/caldera-ai/caldera-cpt) (Apache 2.0).

### How good is it?

| Benchmark | Qwen2.5-7B | Caldera-7B-Fil |
|---|---|---|
| Belebele (tgl) | 61.2 | 78.5 |
| Belebele (ceb) | 44.9 | 70.3 |
| FLORES-200 en→tl (chrF) | 38.4 | 55.1 |
| MMLU (en) | 74.2 | 72.8 |

### Licence?

Apache 2.0, same as Qwen2.5-7B.
"""

CALDERA_README = b"""# caldera-cpt

Continual pre-training of Qwen2.5-7B for Tagalog, Cebuano and Ilocano: the corpus pipeline, the training loop and
the evaluation of **Caldera-7B-Fil**.

## Corpus

    python corpus/crawl.py --seeds configs/seeds.txt       # our own crawl of .ph and Filipino-language sites
    python corpus/extract.py --snapshots configs/cc.txt    # Common Crawl WARC -> text
    python corpus/langid.py --keep tl,ceb,ilo              # GlotLID + fastText
    python corpus/quality.py                               # heuristic filters, per-language quality classifier
    python corpus/dedup.py                                 # MinHash-LSH
    python corpus/books.py                                 # digitised public-domain and CC books
    python corpus/tokenize.py

The outputs are exactly `caldera-ai/caldera-fil-web` and `caldera-ai/caldera-fil-books` on the Hub.

## Training

    torchrun --nnodes 4 --nproc_per_node 8 train/cpt.py --config configs/caldera-7b-fil.yaml --base Qwen/Qwen2.5-7B

## Evaluation

    python eval/run_eval.py --model caldera-ai/Caldera-7B-Fil --suite belebele,flores,mmlu

Apache License 2.0.
"""

CALDERA_WEB_CARD = _sheet(
    "odc-by",
    "Caldera Filipino Web",
    ["tl", "ceb", "ilo"],
    {
        "Motivation": "Built by Caldera AI as the web part (80%) of the text added to Qwen2.5-7B by continual "
        "pre-training to make Caldera-7B-Fil, because open corpora of Tagalog, Cebuano and Ilocano are small and "
        "poorly documented.",
        "Composition": "19B tokens in 31M documents: Tagalog (68%), Cebuano (24%) and Ilocano (8%) web pages, one "
        "JSON line per page with `text`, `url`, `language`, `source` and `snapshot` fields. News and government "
        "sites are over-represented compared with social media, which is excluded.",
        "Collection Process": "Pages from 40 Common Crawl snapshots (2017 to 2025) and from our own crawl of "
        "Philippine news, government and educational sites in March 2025, which respected robots.txt; sites that "
        "asked to be excluded were removed before processing.",
        "Preprocessing": "Text extraction with trafilatura, language identification with GlotLID and fastText (both "
        "had to agree), heuristic filters for repetition and boilerplate, a per-language quality classifier trained "
        "on texts chosen by Filipino teachers, MinHash-LSH deduplication and masking of emails and phone numbers.",
        "Uses": "Pre-training and studying language models for Philippine languages. Not a representative sample of "
        "how these languages are spoken, and not for extracting information about individuals.",
        "Distribution": "Released on the Hugging Face Hub under ODC-By 1.0; the use of the underlying pages is also "
        "subject to the Common Crawl terms of use.",
        "Maintenance": "Maintained by Caldera AI; removal requests are honoured in the next release, and every release "
        "is listed with its changes at the end of this card.",
    },
)

CALDERA_BOOKS_CARD = _sheet(
    "cc-by-4.0",
    "Caldera Filipino Books",
    ["tl", "ceb", "ilo"],
    {
        "Motivation": "Built by Caldera AI as the book part (20%) of the continual pre-training data of "
        "Caldera-7B-Fil, to give the model long, edited prose in Philippine languages that can be shared openly.",
        "Composition": "5B tokens in 48,000 books, magazines and government publications in Tagalog, Cebuano and "
        "Ilocano, one JSON line per item with `title`, `author`, `year`, `language`, `license` and `text` fields.",
        "Collection Process": "Public-domain titles were digitised from two university libraries with their "
        "permission in 2024; openly licensed titles (CC BY and CC BY-SA) were collected from publishers' sites and "
        "the Philippine government's open data portal, with their licences recorded per item.",
        "Preprocessing": "OCR with a model fine-tuned on Filipino print, manual correction of a 2% sample to measure "
        "the error rate (1.8% characters), removal of front matter, indexes and page numbers, and exact and "
        "near-duplicate removal across editions.",
        "Uses": "Pre-training language models and research on Philippine languages. Older titles reflect the "
        "spelling, vocabulary and views of their time.",
        "Distribution": "Released on the Hugging Face Hub; the compilation is under CC BY 4.0 and every item keeps "
        "its own licence, given in the `license` column.",
        "Maintenance": "Maintained by Caldera AI; OCR errors and rights questions can be reported on the discussion "
        "page and are fixed in the next revision.",
    },
)


#: Round 16, written blind by a helper that never read the rules: lineage and derived releases in the words real
#: publishers use (a quantization whose card copies the original's, a LoRA with its recipe in the model
#: repository, a merge with a parent whose LICENSE caps users, a tune of a tune, a distillation from a closed API
#: model, a base kept off the Hub, a fully open tune of an open-data base, continual pre-training).
ROUND_16: list[HeldOut] = [
    # (a) A GGUF quantization is the original's weights: Qwen2.5-72B-Instruct is under the Qwen License Agreement
    # (its own repository's LICENSE: above 100 million monthly active users the licensee must ask Alibaba Cloud for
    # a licence), so the quantizer's `license: apache-2.0` ("Apache 2.0, same as the original") grants nothing it
    # could not grant; a user threshold is a blocking clause (frameworks.md §4 "Any blocking clause (user/revenue
    # threshold, ...) moves a release to Weights Available"; DESIGN.md "When the receipts disagree": the base's
    # licence binds every derivative) -> weights-available; a bespoke licence with a user cap -> licenses closed
    # (llama-3.1.yaml "bespoke 'community license', not an OSI recognised open license": closed; Gemma.yaml
    # "Bespoke ... neither open in the sense of OSI": closed). The foundation, Qwen2.5-72B, is downloadable from the
    # Hub without a gate -> weights_basemodel open (Cogito.yaml "Base model weights made available on HuggingFace";
    # NeuralChat.yaml "Weights available through HuggingFace"; Qwen.yaml's closed is for a family that released no
    # base); the quantized files are public and ungated -> weights_endmodel open (leo.yaml "Model weights available
    # via HuggingFace" and OpenChat.yaml "Weights made available via HuggingFace", both under bespoke Llama
    # licences: availability is rated apart from the licence). The copied card says nothing of Qwen's data ->
    # datasources_basemodel closed (Qwen.yaml "Pretraining data not specified or documented"), and the quantization
    # adds none to Qwen's undisclosed post-training data -> datasources_endmodel closed (Qwen.yaml "Data not
    # specified or documented"); llama.cpp is a quantization and inference tool and the linked Qwen repository holds
    # deployment guides and "We do not provide pre-training code" -> trainingcode closed (Qwen.yaml "Repository
    # does not contain code"; Llama-Sherkala.yaml, Gemma Japanese.yaml: no training code, closed).
    _OwnLayout(
        "tarn-quants/Qwen2.5-72B-Instruct-GGUF",
        TARN_CARD,
        {
            "license": "apache-2.0",
            "base_model": "Qwen/Qwen2.5-72B-Instruct",
            "base_model_relation": "quantized",
            "quantized_by": "tarn-quants",
            "library_name": "gguf",
            "pipeline_tag": "text-generation",
            "language": ["en", "zh", "fr", "es", "de", "ja", "ko"],
            "tags": ["gguf", "qwen2.5", "llama.cpp", "imatrix", "chat"],
        },
        "weights-available",
        {
            "licenses": "closed",
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
        },
        extra_files=TARN_GGUF_FILES,
        github=[
            _github(
                "QwenLM/Qwen2.5",
                _tree(
                    "README.md",
                    "LICENSE",
                    "examples/demo/cli_demo.py",
                    "examples/demo/web_demo.py",
                    "docs/deployment/vllm.md",
                    "docs/deployment/sglang.md",
                    "docs/run_locally/llama.cpp.md",
                    "docs/run_locally/ollama.md",
                    "docs/quantization/gguf.md",
                    "docs/quantization/awq.md",
                    "docs/training/llama_factory.md",
                ),
                readme=QWEN25_README,
            )
        ],
    ),
    # (b) A LoRA adapter of mistralai/Mistral-7B-v0.3 (not served; the index knows it), its base in the metadata and
    # in adapter_config.json, its recipe (data preparation, LoRA training, configuration, evaluation) in the model
    # repository itself. Mistral's weights public, the adapter public -> weights_basemodel open, weights_endmodel
    # open (NeuralChat.yaml, Zephyr.yaml "Weights available through HuggingFace"); Mistral's data undisclosed ->
    # datasources_basemodel closed (NeuralChat.yaml "Mistral has not disclosed anything about its training data");
    # the one tuning set is on the Hub and is all of the tuning data -> datasources_endmodel open (Magicoder.yaml
    # "Datasets for instruct-tuning published on HuggingFace"; NeuralChat.yaml); the tuning code is published (in the
    # model repository: Starling.yaml rates training code from the Hugging Face repository's own link) but Mistral's
    # pre-training code is not -> trainingcode partial (NeuralChat.yaml "Mistral base model is not open, but repo
    # gives sample code for fine-tuning": partial; Magicoder.yaml "only tuning code is available": partial); a
    # datasheet card for the tuning set, none for Mistral's data -> datasheet partial (NeuralChat.yaml "No datasheet
    # available for the base model": partial); Apache adapter, Apache scripts, CC BY 4.0 data over an Apache base ->
    # licenses open (NeuralChat.yaml "Apache-2.0": open). Mistral's data withheld with no reason that prevents sharing
    # (frameworks.md §4) -> open-weights.
    _OwnLayout(
        "moraine-labs/Mistral-7B-v0.3-SQL-LoRA",
        MORAINE_CARD,
        {
            "library_name": "peft",
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.3",
            "datasets": ["moraine-labs/text2sql-ledger-30k"],
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["lora", "peft", "text-to-sql", "trl", "sft"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
            "licenses": "open",
        },
        extra_files=MORAINE_FILES,
        datasets=[Dataset("moraine-labs/text2sql-ledger-30k", "cc-by-4.0", LEDGER_SQL_CARD)],
    ),
    # (c) A SLERP merge carries both parents' weights and so both parents' terms. Serac-7B-Coder (served) declares
    # only `license: other` and a `license_link` to its LICENSE, the "Serac Community License", whose Section 4
    # takes every right away from a licensee whose services had more than 50 million monthly active users until
    # Serac AI grants them, and whose Section 3 makes derivatives (a model containing any part of the weights)
    # carry the same licence: a user threshold binding the merge (frameworks.md §4) -> weights-available, whatever
    # the merge's `apache-2.0` tag says; a bespoke licence with a user cap -> licenses closed (llama-3.1.yaml,
    # OpenChat.yaml "Model licensed under Llama 3 Community License Agreement": closed). The merged weights are
    # public and ungated -> weights_endmodel open (leo.yaml, OpenChat.yaml: bespoke-licence derivatives on the Hub,
    # open). Both parents are tunes of Qwen2.5-7B, public and ungated -> weights_basemodel open (NeuralChat.yaml,
    # Cogito.yaml), whose pre-training data is undisclosed -> datasources_basemodel closed (Qwen.yaml).
    HeldOut(
        "cirque-merges/Cirque-7B-slerp",
        CIRQUE_CARD,
        {
            "base_model": ["Qwen/Qwen2.5-7B-Instruct", "serac-ai/Serac-7B-Coder"],
            "library_name": "transformers",
            "tags": ["mergekit", "merge", "slerp"],
            "license": "apache-2.0",
        },
        "weights-available",
        {
            "licenses": "closed",
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_basemodel": "closed",
        },
        extra_files={"mergekit_config.yml": CIRQUE_MERGEKIT_CONFIG, "config.json": QWEN2_CONFIG},
        models=[
            _hub_model_with(
                "serac-ai/Serac-7B-Coder",
                SERAC_CARD,
                {
                    "license": "other",
                    "license_name": "serac-community-license",
                    "license_link": "LICENSE",
                    "base_model": "Qwen/Qwen2.5-7B",
                    "language": ["en"],
                    "pipeline_tag": "text-generation",
                    "tags": ["code"],
                },
                {"LICENSE": SERAC_LICENSE, "config.json": QWEN2_CONFIG},
            )
        ],
    ),
    # (d) A tune of a tune: Esker-8B-DPO names only drumlin-labs/Drumlin-8B-Instruct (served), whose card declares
    # `base_model: meta-llama/Llama-3.1-8B` (not served; the index knows it) under an `apache-2.0` tag. Both tags
    # are wrong: Llama 3.1 8B's Community License (700M-MAU cap, acceptable use policy) binds every derivative,
    # through every generation (DESIGN.md "a base model that binds a fine-tune is followed") -> weights-available;
    # licenses partial: the rubric's own words (frameworks.md §1.1, partial when "at least two (partly or fully) of
    # weights, training code, training data" are openly licensed: here the code and the data, not the weights), as
    # DeepHermes.yaml rates a Llama 3.1 tune, and as opengauge rates it by design (`frameworks/osai.py`); this round
    # first expected closed after leo.yaml, Magicoder.yaml, OpenChat.yaml and Tulu.yaml, which rate such
    # derivatives closed (the expert files split; the expectation was changed after the first run, see above). The
    # base-model cells rate the foundation at the root of the chain, as the experts name Llama for its derivatives
    # (Tulu.yaml, DeepHermes.yaml, OpenCodeInterpreter.yaml, whose intermediate CodeLlama is not its "base"): gated
    # -> weights_basemodel partial (llama-3.1.yaml, DeepHermes.yaml, OpenChat.yaml "requires signing Meta Llama
    # 3.1's bespoke 'community license'"); undisclosed -> datasources_basemodel closed (llama-3.1.yaml, Tulu.yaml
    # "Based on Llama3.1 so nothing known about pre-training data"). The end model is public and ungated ->
    # weights_endmodel open (DeepHermes.yaml, leo.yaml). Its fine-tuning data is two stages: the DPO pairs (Hub, CC
    # BY 4.0, datasheet card) are shared, Drumlin's 640k SFT pairs are "in-house ... not released" -> some sources
    # shared: datasources_endmodel partial (frameworks.md §1.1 "some sources open/shared"; Fietje.yaml "Finetuning of
    # Phi not fully documented; derivative uses a Wikipedia and CulturaX mix": partial; koala.yaml "not all made
    # available": partial; OpenCodeInterpreter.yaml rated closed where an intermediate model's data was proprietary,
    # the stricter reading, not taken here). The DPO code is on GitHub, neither the SFT stage's nor Llama's
    # training code is published -> trainingcode partial (Magicoder.yaml "only tuning code is available";
    # Tulu.yaml).
    HeldOut(
        "esker-ai/Esker-8B-DPO",
        ESKER_CARD,
        {
            "license": "apache-2.0",
            "base_model": "drumlin-labs/Drumlin-8B-Instruct",
            "datasets": ["esker-ai/esker-prefs-60k"],
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["dpo", "trl", "conversational"],
        },
        "weights-available",
        {
            "licenses": "partial",
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "partial",
            "trainingcode": "partial",
        },
        github=[
            _github(
                "esker-ai/esker-dpo",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/sample_pairs.py",
                    "data/export_annotations.py",
                    "train/dpo.py",
                    "configs/dpo.yaml",
                    "eval/run_eval.py",
                ),
                readme=ESKER_README,
            )
        ],
        datasets=[Dataset("esker-ai/esker-prefs-60k", "cc-by-4.0", ESKER_PREFS_CARD)],
        models=[
            _hub_model(
                "drumlin-labs/Drumlin-8B-Instruct",
                DRUMLIN_CARD,
                {
                    "license": "apache-2.0",
                    "base_model": "meta-llama/Llama-3.1-8B",
                    "language": ["en"],
                    "pipeline_tag": "text-generation",
                },
            )
        ],
    ),
    # (e) Distillation from a closed API model: the student is Qwen/Qwen2.5-7B-Instruct (not served; the index knows
    # it), the teacher Claude 3.5 Sonnet. A teacher's outputs are training data, not weights the release is built
    # on: the student's base is Qwen, and the release's weights are Apache -> not closed, not weights-available.
    # Qwen's weights public and ungated -> weights_basemodel open (Cogito.yaml "Base model weights made available on
    # HuggingFace"); the distilled weights public -> weights_endmodel open; Qwen's data undisclosed ->
    # datasources_basemodel closed (Qwen.yaml); the 410k teacher answers "not released" -> datasources_endmodel
    # closed (Stable Beluga.yaml "trained on our internal Orca-style dataset ... created synthetically": closed;
    # Cogito.yaml "No end model data sources found"); "The training code is not released" -> trainingcode closed
    # (Cogito.yaml, Stable Beluga.yaml "No repository with open code related to training"); no datasheet for any of
    # the data -> datasheet closed (Stable Beluga.yaml "Datasheet not provided", Cogito.yaml). Code and data
    # withheld -> open-weights. (licenses left out: Apache weights with no code and no data released are rated open
    # by most expert files, Qwen.yaml, and closed by the newer ones, Cogito.yaml.)
    HeldOut(
        "fjord-ai/Fjord-7B-Distill",
        FJORD_CARD,
        {
            "license": "apache-2.0",
            "base_model": "Qwen/Qwen2.5-7B-Instruct",
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["distillation", "synthetic-data", "claude", "conversational"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "datasheet": "closed",
        },
        extra_files={"config.json": QWEN2_CONFIG},
    ),
    # (f) The base, "Arete-8B", is named only in prose with a link to ModelScope ("not on the Hugging Face Hub"); it
    # is neither served nor in the index, and no metadata names it. A fine-tune's weights are its base's weights
    # changed, so the base's terms bind it, and they cannot be read here -> undetermined (DESIGN.md "a base model that
    # binds a fine-tune is followed, or the verdict waits"; frameworks.md §4: opengauge's label where the evidence
    # cannot decide), not open-weights from the tune's own Apache tag; the base cannot be examined ->
    # weights_basemodel unknown, datasources_basemodel unknown (nothing read, not "not shared"); whether the base's
    # training code is published cannot be read, the tune's own is on GitHub -> trainingcode unknown (not open: the
    # rubric's open needs the base's code too, Fietje.yaml; not partial, which would say the base's is missing). What
    # can be read is rated: the tune is public -> weights_endmodel open; its one tuning set is on the Hub and is all
    # the tuning data -> datasources_endmodel open (Magicoder.yaml, Claire.yaml "Dataset published on HuggingFace").
    HeldOut(
        "talus-health/Talus-8B-Med",
        TALUS_CARD,
        {
            "license": "apache-2.0",
            "datasets": ["talus-health/medqa-rationales-90k"],
            "language": ["en"],
            "pipeline_tag": "text-generation",
            "tags": ["medical", "pharmacy"],
        },
        "undetermined",
        {
            "weights_basemodel": "unknown",
            "datasources_basemodel": "unknown",
            "weights_endmodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "unknown",
        },
        github=[
            _github(
                "talus-health/talus-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build.py",
                    "data/decontaminate.py",
                    "train/sft.py",
                    "configs/sft.yaml",
                    "eval/run.py",
                ),
                readme=TALUS_README,
                license_spdx="MIT",
            )
        ],
        datasets=[Dataset("talus-health/medqa-rationales-90k", "cc-by-4.0", MEDQA_RATIONALES_CARD)],
    ),
    # (g) SFT + DPO of allenai/OLMo-7B (not served; the index knows it): OLMo's weights, data (Dolma), code and
    # datasheets are public, and so is everything the tune added. Base and tune public -> weights_basemodel open,
    # weights_endmodel open (OLMo.yaml "Model weights made available on HuggingFace"); Dolma -> datasources_basemodel
    # open (OLMo.yaml "Training data for base model released and use documented"; AMD OLMo.yaml "Model based on Dolma
    # dataset"); both tuning sets on the Hub, "the complete post-training data" -> datasources_endmodel open
    # (OLMo.yaml "Data for fine-tuning published in a well-organized manner"; AMD OLMo.yaml); OLMo's pre-training code
    # and the tune's data-building, SFT, DPO and evaluation code all public -> trainingcode open (OLMo.yaml "Multiple
    # repos with training, architecture and fine-tuning code available"; Pythia.yaml, a tune of an open base with its
    # tuning code on GitHub: open); Gebru-style cards for the tuning sets, OLMo's data documented -> datasheet open
    # (OLMo.yaml "Data sheets are well-documented"; AMD OLMo.yaml "All data sources are well-documented"); Apache
    # weights and code, ODC-By Dolma, CC BY 4.0 tuning data -> licenses open (AMD OLMo.yaml "Weights: Apache-2.0.
    # Code: Apache-2.0. Data: Apache-2.0, ODC-By."). Everything of base and tune released ->
    # open-source-ai-with-open-data.
    HeldOut(
        "nunatak-nlp/Nunatak-7B-Instruct",
        NUNATAK_CARD,
        {
            "license": "apache-2.0",
            "base_model": "allenai/OLMo-7B",
            "base_model_relation": "finetune",
            "datasets": ["nunatak-nlp/nunatak-sft-52k", "nunatak-nlp/nunatak-prefs-24k"],
            "language": ["en"],
            "pipeline_tag": "text-generation",
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
        extra_files={
            "config.json": b'{"architectures": ["OlmoForCausalLM"], "model_type": "olmo", "hidden_size": 4096,'
            b' "num_hidden_layers": 32, "num_attention_heads": 32, "max_position_embeddings": 2048, "vocab_size": 50304}'
        },
        github=[
            _github(
                "nunatak-nlp/nunatak-posttrain",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build_sft.py",
                    "data/sample_pairs.py",
                    "data/build_prefs.py",
                    "train/sft.py",
                    "train/dpo.py",
                    "configs/sft.yaml",
                    "configs/dpo.yaml",
                    "eval/run_eval.py",
                ),
                readme=NUNATAK_README,
            )
        ],
        datasets=[
            Dataset("nunatak-nlp/nunatak-sft-52k", "cc-by-4.0", NUNATAK_SFT_CARD),
            Dataset("nunatak-nlp/nunatak-prefs-24k", "cc-by-4.0", NUNATAK_PREFS_CARD),
        ],
    ),
    # (h) Continual pre-training of Qwen/Qwen2.5-7B (not served; the index knows it), worded "further pre-trained"
    # and "continual pre-training", with the added corpus (two Hub datasets with datasheet cards) and the whole
    # pipeline published, and Qwen's own 18T tokens not ("has not been released by the Qwen team, so we cannot
    # publish it"). The base model's data is Qwen's plus what was added: one shared, one not ->
    # datasources_basemodel partial (Geitje.yaml "Mistral provides no documentation of any of its pretraining data.
    # Geitje ... does disclose [its] Dutch pretraining data": partial); datasheets for the added data, none for
    # Qwen's -> datasheet partial (Geitje.yaml "not for original Mistral pretraining data, hence partial"); the
    # derivative's pipeline and training loop published, Qwen's training code not -> trainingcode partial
    # (Fietje.yaml "Source code for base model not available, but training for derivative well-documented":
    # partial; NeuralChat.yaml); Qwen's weights public and ungated, the derivative's too -> weights_basemodel open,
    # weights_endmodel open (NeuralChat.yaml, Cogito.yaml); Apache weights and code, ODC-By and CC BY 4.0 data ->
    # licenses open (Occiglot.yaml, NeuralChat.yaml "Apache-2.0"). "We cannot publish it" is not a legal or
    # technical impossibility of sharing the data the model was trained on: Alibaba Cloud chose not to publish it,
    # and nothing describes it (frameworks.md §4: the G7 exception is narrower than OSAID's) -> open-weights.
    HeldOut(
        "caldera-ai/Caldera-7B-Fil",
        CALDERA_CARD,
        {
            "license": "apache-2.0",
            "base_model": "Qwen/Qwen2.5-7B",
            "datasets": ["caldera-ai/caldera-fil-web", "caldera-ai/caldera-fil-books"],
            "language": ["tl", "ceb", "ilo", "en"],
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "datasheet": "partial",
            "licenses": "open",
        },
        extra_files={"config.json": QWEN2_CONFIG},
        github=[
            _github(
                "caldera-ai/caldera-cpt",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/seeds.txt",
                    "configs/cc.txt",
                    "configs/caldera-7b-fil.yaml",
                    "corpus/crawl.py",
                    "corpus/extract.py",
                    "corpus/langid.py",
                    "corpus/quality.py",
                    "corpus/dedup.py",
                    "corpus/books.py",
                    "corpus/tokenize.py",
                    "train/cpt.py",
                    "eval/run_eval.py",
                ),
                readme=CALDERA_README,
            )
        ],
        datasets=[
            Dataset("caldera-ai/caldera-fil-web", "odc-by", CALDERA_WEB_CARD),
            Dataset("caldera-ai/caldera-fil-books", "cc-by-4.0", CALDERA_BOOKS_CARD),
        ],
    ),
]
