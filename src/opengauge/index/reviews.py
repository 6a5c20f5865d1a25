"""Apply reviewed judgments over an automated assessment document, visibly.

The assessment document is the published `opengauge.assessment/1` JSON shape. A review never
erases what automation found: the automated level, reason and evidence stay in the document
under `automated`, the review goes under `review`, and `overridden` says whether they differ.
Reviewed documents carry `"reviewed": true` and a `reviews` list summarising every judgment.
"""

from __future__ import annotations

import copy
from typing import Any

from opengauge.index.entry import OSAI_PARAMETERS, IndexEntry, Review

#: OSAI points per level (the index's own convention: open 1, partial 0.5, anything else 0).
LEVEL_POINTS = {"open": 1.0, "partial": 0.5}


def _review_json(r: Review) -> dict[str, Any]:
    out = {"level" if r.target != "label" else "label": r.value, "note": r.note, "evidence": r.evidence, "checked": r.checked}
    if r.source:
        out["source"] = r.source
    return out


def _override(cell: dict[str, Any], review: Review) -> bool:
    """Put `review` over one parameter/finding cell; returns True if the level changed."""
    automated = {k: cell.get(k) for k in ("level", "reason", "evidence")}
    cell["automated"] = automated
    cell["review"] = _review_json(review)
    cell["level"] = review.value
    cell["reason"] = review.note
    evidence = list(cell.get("evidence") or [])
    mine = {"source": review.evidence, "note": "reviewed evidence"}
    cell["evidence"] = [mine, *[e for e in evidence if e != mine]]
    changed = automated.get("level") != review.value
    cell["overridden"] = changed
    return changed


def osai_score(parameters: dict[str, dict[str, Any]]) -> float:
    """Mean OSAI points over the twelve parameters (a missing parameter counts 0)."""
    total = sum(LEVEL_POINTS.get((parameters.get(p) or {}).get("level", ""), 0.0) for p in OSAI_PARAMETERS)
    return round(total / len(OSAI_PARAMETERS), 4)


def apply_reviews(document: dict[str, Any], entry: IndexEntry) -> dict[str, Any]:
    """A copy of `document` with the entry's reviews applied (both judgments kept)."""
    doc = copy.deepcopy(document)
    summary: list[dict[str, Any]] = []
    frameworks = doc.setdefault("frameworks", {})
    osai = frameworks.setdefault("osai", {})
    params = osai.setdefault("parameters", {})
    osai_touched = False
    for review in entry.reviews:
        item = {"target": review.target, **_review_json(review)}
        if review.target == "label":
            automated = doc.get("label")
            doc["label_automated"] = automated
            doc["label"] = review.value
            doc["label_review"] = _review_json(review)
            item["automated"] = automated
            item["overridden"] = automated != review.value
        elif review.target.startswith("probe:"):
            probe_id = review.target.split(":", 1)[1]
            cells = [f for f in doc.get("findings", []) if isinstance(f, dict) and f.get("probe") == probe_id]
            if not cells:
                cell = {"probe": probe_id, "level": "unknown", "reason": "The automated assessment had no finding for this probe.", "evidence": []}
                doc.setdefault("findings", []).append(cell)
                cells = [cell]
            item["automated"] = cells[0].get("level")
            item["overridden"] = any([_override(c, review) for c in cells])
        else:
            cell = params.setdefault(review.target, {"level": "unknown", "reason": "Not assessed automatically.", "evidence": []})
            item["automated"] = cell.get("level")
            item["overridden"] = _override(cell, review)
            osai_touched = True
        summary.append(item)
    if osai_touched:
        if "score" in osai and "score_automated" not in osai:
            osai["score_automated"] = osai.get("score")
        osai["score"] = osai_score(params)
    doc["reviewed"] = bool(summary)
    doc["reviews"] = summary
    if entry.attribution:
        doc["attribution"] = [a.model_dump() for a in entry.attribution]
    return doc
