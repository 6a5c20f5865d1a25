"""Apply reviewed judgments over automated results, visibly: both are kept and shown.

Reviews act at two points of the pipeline:

1. Before the frameworks (`override_findings`): a review of a probe (`probe:<id>`), or of an OSAI
   parameter that one probe decides (e.g. `paper` -> `peer-reviewed-paper`), replaces that probe's
   finding, so every framework - and the headline label - follows the reviewed fact. The automated
   finding is kept inside the new one (`data.automated`).
2. On the published document (`apply_reviews`): each reviewed OSAI parameter takes the reviewed
   level and note; the automated level, reason and evidence stay under `automated`, the review
   under `review`, and `overridden` says whether they differ. Parameters and the label that
   changed only because reviewed findings fed the frameworks say so (`changed_by_review`).
   A `label` review sets the headline label last, keeping `label_automated`.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from opengauge.index.entry import OSAI_PARAMETERS, IndexEntry, Review
from opengauge.model import Evidence, Finding, Level

#: OSAI points per level (the index's own convention: open 1, partial 0.5, anything else 0).
LEVEL_POINTS = {"open": 1.0, "partial": 0.5}

#: OSAI parameters decided by exactly one probe: a review of the parameter is a review of the probe.
PARAMETER_PROBE = {
    "trainingcode": "training-code",
    "code": "code-documentation",
    "hardware_architecture": "architecture-hardware",
    "preprint": "preprint",
    "paper": "peer-reviewed-paper",
    "modelcard": "model-card",
    "datasheet": "data-documentation",
}


def _review_json(r: Review) -> dict[str, Any]:
    out = {"label" if r.target == "label" else "level": r.value, "note": r.note, "evidence": r.evidence, "checked": r.checked}
    if r.source:
        out["source"] = r.source
    return out


def probe_reviews(entry: IndexEntry) -> dict[str, Review]:
    """Probe id -> the review that decides it (explicit probe reviews win over parameter ones)."""
    out: dict[str, Review] = {}
    derived = bool(entry.release.base_models)
    for r in entry.reviews:
        if r.target in PARAMETER_PROBE:
            out.setdefault(PARAMETER_PROBE[r.target], r)
        elif r.target == "datasources_basemodel" and not derived:
            out.setdefault("training-data", r)
        elif r.target == "datasources_endmodel" and derived:
            out.setdefault("training-data", r)
    for r in entry.reviews:
        if r.target.startswith("probe:"):
            out[r.target.split(":", 1)[1]] = r
    return out


def override_findings(findings: Sequence[Finding], entry: IndexEntry) -> list[Finding]:
    """The findings with reviewed probes replaced (the automated finding kept in `data`)."""
    reviews = probe_reviews(entry)
    out: list[Finding] = []
    seen: set[str] = set()
    for f in findings:
        r = reviews.get(f.probe)
        if r is None:
            out.append(f)
            continue
        seen.add(f.probe)
        data = dict(f.data)
        data["automated"] = {"level": f.level.value, "reason": f.reason,
                             "evidence": [e.model_dump(exclude_none=True) for e in f.evidence]}
        data["review"] = _review_json(r)
        evidence = [Evidence(source=r.evidence, note="reviewed evidence"), *f.evidence]
        out.append(Finding(probe=f.probe, level=Level(r.value), reason=r.note, evidence=evidence, data=data))
    for probe_id, r in reviews.items():
        if probe_id not in seen and r.target.startswith("probe:"):
            out.append(Finding(probe=probe_id, level=Level(r.value), reason=r.note,
                               evidence=[Evidence(source=r.evidence, note="reviewed evidence")],
                               data={"automated": None, "review": _review_json(r)}))
    return out


def _cell_automated(cell: dict[str, Any] | None) -> dict[str, Any]:
    cell = cell or {}
    return {"level": cell.get("level", "unknown"), "reason": cell.get("reason", ""), "evidence": cell.get("evidence") or []}


def osai_score(parameters: dict[str, dict[str, Any]]) -> float:
    """Mean OSAI points over the twelve parameters (a missing parameter counts 0)."""
    total = sum(LEVEL_POINTS.get((parameters.get(p) or {}).get("level", ""), 0.0) for p in OSAI_PARAMETERS)
    return round(total / len(OSAI_PARAMETERS), 4)


def apply_reviews(
    document: dict[str, Any], entry: IndexEntry, *, automated: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A copy of `document` with the entry's reviews applied over it.

    `automated` is the document of automation alone (no review); when omitted, `document` is
    taken to be it.
    """
    doc = copy.deepcopy(document)
    auto = automated if automated is not None else document
    auto_params = ((auto.get("frameworks") or {}).get("osai") or {}).get("parameters") or {}
    osai = doc.setdefault("frameworks", {}).setdefault("osai", {})
    params = osai.setdefault("parameters", {})
    by_param = {r.target: r for r in entry.reviews if r.target in OSAI_PARAMETERS}
    summary: list[dict[str, Any]] = []
    for p in OSAI_PARAMETERS:
        cell = params.setdefault(p, {"level": "unknown", "reason": "Not assessed.", "evidence": []})
        before = _cell_automated(auto_params.get(p))
        review = by_param.get(p)
        if review is not None:
            cell["automated"] = before
            cell["review"] = _review_json(review)
            cell["level"] = review.value
            cell["reason"] = review.note
            mine = {"source": review.evidence, "note": "reviewed evidence"}
            cell["evidence"] = [mine, *[e for e in (cell.get("evidence") or []) if e != mine]]
            cell["overridden"] = before["level"] != review.value
            summary.append({"target": p, **_review_json(review), "automated": before["level"], "overridden": cell["overridden"]})
        elif cell.get("level") != before["level"]:
            cell["automated"] = before
            cell["changed_by_review"] = True
    for f in doc.get("findings") or []:
        review = (f.get("data") or {}).get("review") if isinstance(f, dict) else None
        if review:
            automated_f = (f.get("data") or {}).get("automated") or {}
            summary.append({"target": f"probe:{f.get('probe')}", **review, "automated": automated_f.get("level"),
                            "overridden": automated_f.get("level") != review.get("level")})
    auto_osai = (auto.get("frameworks") or {}).get("osai") or {}
    osai["score_automated"] = auto_osai.get("score")
    osai["score"] = osai_score(params)
    osai["score_percent"] = round(osai["score"] * 100, 1)
    auto_label = auto.get("label")
    if doc.get("label") != auto_label:
        doc["label_automated"] = auto_label
        doc["label_changed_by_review"] = True
    for review in entry.reviews:
        if review.target == "label":
            doc.setdefault("label_automated", auto_label)
            doc["label_reason_automated"] = doc.get("label_reason")
            doc["label_reason"] = review.note
            doc["label"] = review.value
            doc["label_review"] = _review_json(review)
            summary.append({"target": "label", **_review_json(review), "automated": auto_label,
                            "overridden": auto_label != review.value})
    doc["reviewed"] = bool(summary)
    doc["reviews"] = summary
    if entry.attribution:
        doc["attribution"] = [a.model_dump() for a in entry.attribution]
    return doc
