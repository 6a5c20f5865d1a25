"""Small model folders laid out like Hub repos, for `check`, the action and the pre-commit hook.

`open_model` has Apache-2.0 weights and a card that runs with transformers (open-weights, no blocking
clause); `capped_model` carries the made-up Acme license of examples/ (a user cap, a use policy by
reference: weights-available). Neither card links anything, so nothing is fetched."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CARD = """---
license: {license}
library_name: transformers
pipeline_tag: text-generation
language:
- en
---
# Tiny Test Model

A small causal language model, made up for opengauge's tests.

## Model details

A decoder-only transformer with 2 layers, hidden size 64 and 4 attention heads, trained on 1 GPU.

## Uses

Load it with the transformers library:

```python
from transformers import AutoModelForCausalLM
model = AutoModelForCausalLM.from_pretrained("example/tiny")
```

## License

{license_words}
"""


def write_model(folder: Path, *, license_id: str, license_text: str, words: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(CARD.format(license=license_id, license_words=words), encoding="utf-8")
    (folder / "LICENSE").write_text(license_text, encoding="utf-8")
    (folder / "config.json").write_text(
        '{"model_type": "gpt2", "n_layer": 2, "n_embd": 64}\n', encoding="utf-8"
    )
    (folder / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    return folder


def open_model(folder: Path) -> Path:
    return write_model(
        folder,
        license_id="apache-2.0",
        license_text=(ROOT / "LICENSE").read_text(encoding="utf-8"),
        words="The weights are released under the Apache License 2.0 (see LICENSE).",
    )


def capped_model(folder: Path) -> Path:
    return write_model(
        folder,
        license_id="other",
        license_text=(ROOT / "examples" / "demo-license.txt").read_text(encoding="utf-8"),
        words="The weights are released under the Acme Frontier Model License (see LICENSE).",
    )
