"""JSON output: one `opengauge.assessment/1` document, or a list of them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def render_json(documents: Sequence[dict[str, Any]]) -> str:
    """One document as an object; several as a JSON array."""
    data: Any = documents[0] if len(documents) == 1 else list(documents)
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
