"""JSON output: one `opengauge.assessment/1` document, or a list of them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.escape import json_text


def render_json(documents: Sequence[AssessmentDocument]) -> str:
    """One document as an object; several as a JSON array."""
    items = [d.to_json() for d in documents]
    data: Any = items[0] if len(items) == 1 else items
    return json_text(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"
