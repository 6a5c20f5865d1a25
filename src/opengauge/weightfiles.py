"""What a weights file is, by its path: the one home of that fact for the sources (which look for weights kept
in another repository when the release's own holds none) and the weights probes (which judge them)."""

from __future__ import annotations

import re

WEIGHT_EXT = re.compile(
    r"\.(safetensors|bin|pt|pth|ckpt|gguf|ggml|h5|msgpack|onnx|npz|tflite|nemo|sbs|keras|mlpackage)$", re.I
)
"""The extensions model parameters are stored under."""
NOT_WEIGHTS = re.compile(r"(^|/)(training_args|optimizer|scheduler|rng_state|scaler|tokenizer)[^/]*$", re.I)
"""Files with those extensions that hold no model parameters (training state, tokenizers)."""
WEIGHTS_INDEX = re.compile(r"(^|/)[\w.-]+\.(safetensors|bin)\.index\.json$", re.I)
"""The index of a sharded checkpoint."""


def is_weight_file(path: str) -> bool:
    """True for a path that holds model parameters (or a sharded checkpoint's index)."""
    return bool(WEIGHTS_INDEX.search(path)) or (
        bool(WEIGHT_EXT.search(path)) and not NOT_WEIGHTS.search(path)
    )


__all__ = ["NOT_WEIGHTS", "WEIGHTS_INDEX", "WEIGHT_EXT", "is_weight_file"]
