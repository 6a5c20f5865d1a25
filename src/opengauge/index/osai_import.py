"""Compare opengauge's parameters with the experts' ratings of the European Open Source AI Index.

`read_osai(path)` reads the index's YAML files (a folder of them, or one file) as published at
https://osai-index.eu (CC-BY 4.0; Liesenfeld & Dingemanse, FAccT 2024) with `opengauge.experts`,
which tolerates the data's known irregularities. `compare(docs, ratings)` pairs each index entry
with the experts' file of its family and lists, per parameter, where the two disagree. The experts
rate a family through its largest / latest model, so a disagreement can also mean the two rated
different members.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.experts import MATCH_KINDS, ExpertDataError, ExpertRating, read_experts
from opengauge.frameworks.osai import PARAMETERS
from opengauge.index.errors import IndexDataError


def read_osai(path: str | Path) -> dict[str, ExpertRating]:
    """Every model file under `path` (a folder or a single YAML file), keyed by lower-case file stem.
    A file that cannot be read as YAML (too large, not UTF-8, invalid YAML, anchors / aliases) makes
    the whole import fail: a comparison should not silently lose a family."""
    try:
        found = read_experts(path)
    except ExpertDataError as exc:
        raise IndexDataError(str(exc)) from None
    unreadable = [f"{p.file}: {p.reason}" for p in found.problems if p.unreadable]
    if unreadable:
        raise IndexDataError("; ".join(unreadable))
    return {r.key.lower(): r for r in found.ratings}


def _compare_one(docs: list[AssessmentDocument], ratings: dict[str, ExpertRating]) -> dict[str, Any]:
    """Per model and parameter, opengauge's level next to the experts' class, and a summary."""
    models = []
    per_param: dict[str, Counter] = {p: Counter() for p in PARAMETERS}
    totals: Counter = Counter()
    by_match: dict[str, Counter] = {"same_model": Counter(), "family": Counter()}
    for doc in docs:
        meta = doc.index
        key = (meta.osai_family or "").lower() if meta else ""
        rating = ratings.get(key) if key else None
        if meta is None or rating is None:
            continue
        params = doc.frameworks.osai.parameters
        same = rating.rates([doc.release.ref.removeprefix("hf:"), *meta.aliases])
        rows = []
        for p in PARAMETERS:
            ours = str(params[p].level)
            theirs = rating.levels.get(p)
            if not theirs:
                status = "experts-empty"
            elif ours == "unknown":
                status = "opengauge-unknown"
            elif ours == theirs:
                status = "agree"
            else:
                status = "disagree"
            per_param[p][status] += 1
            totals[status] += 1
            by_match["same_model" if same else "family"][status] += 1
            rows.append(
                {
                    "parameter": p,
                    "opengauge": ours,
                    "experts": theirs or None,
                    "status": status,
                    "reviewed": params[p].review is not None,
                }
            )
        models.append(
            {
                "id": meta.id,
                "name": meta.name,
                "osai_file": rating.key,
                "osai_end_model": rating.end_model,
                "same_model": same,
                "parameters": rows,
                "disagreements": sum(1 for r in rows if r["status"] == "disagree"),
            }
        )
    return {
        "schema": "opengauge.osai-comparison/1",
        "attribution": (
            "European Open Source AI Index, https://osai-index.eu (CC-BY 4.0); "
            "Liesenfeld & Dingemanse, FAccT 2024"
        ),
        "note": (
            "The experts rate each family through one (usually the latest) model; "
            "opengauge rates each index entry."
        ),
        "matched_models": len(models),
        "summary": {
            **_counts(totals),
            "per_parameter": {p: dict(c) for p, c in per_param.items()},
            "by_match": {k: _counts(c) for k, c in by_match.items()},
        },
        "models": models,
    }


def _counts(c: Counter) -> dict[str, Any]:
    decided = c["agree"] + c["disagree"]
    rated = decided + c["opengauge-unknown"]
    return {
        "agree": c["agree"],
        "disagree": c["disagree"],
        "opengauge_unknown": c["opengauge-unknown"],
        "experts_empty": c["experts-empty"],
        "agreement": round(c["agree"] / decided, 3) if decided else None,
        "exact": round(c["agree"] / rated, 3) if rated else None,
    }


def compare(
    docs: list[AssessmentDocument],
    ratings: dict[str, ExpertRating],
    *,
    automated: list[AssessmentDocument] | None = None,
) -> dict[str, Any]:
    """Per model and parameter, opengauge's level next to the experts' class, and a summary; with
    `automated` (the same entries without reviews), also the summary of automation alone."""
    result = _compare_one(docs, ratings)
    if automated is not None:
        result["summary_automated"] = _compare_one(automated, ratings)["summary"]
    return result


def _counts_text(run: dict[str, Any]) -> str:
    return (
        f"agree {run['agree']}  disagree {run['disagree']}  opengauge unknown "
        f"{run['opengauge_unknown']}  experts empty {run['experts_empty']}"
        + (
            f"  (agreement {run['agreement'] * 100:.1f}% where both decided, "
            f"{run['exact'] * 100:.1f}% of the cells the experts rated)"
            if run["agreement"] is not None
            else ""
        )
    )


def render_comparison_text(result: dict[str, Any], *, details: bool = True) -> str:
    s = result["summary"]
    lines = [f"Compared {result['matched_models']} index entries with the experts' OSAI-index files."]
    runs = [("reviewed", s)]
    if "summary_automated" in result:
        runs.insert(0, ("automated only (reviews off)", result["summary_automated"]))
    for name, run in runs:
        lines.append(f"{name}: {_counts_text(run)}")
        for key, what in MATCH_KINDS.items():
            sub = run.get("by_match", {}).get(key)
            if sub:
                lines.append(f"  {what}: {_counts_text(sub)}")
    lines += ["", "per parameter, reviewed (disagree / agree / opengauge unknown):"]
    for p, c in s["per_parameter"].items():
        lines.append(
            f"  {p:<22} {c.get('disagree', 0):>3} / {c.get('agree', 0):>3} / "
            f"{c.get('opengauge-unknown', 0):>3}"
        )
    if details:
        lines.append("")
        lines.append("disagreements (model: parameter opengauge -> experts):")
        for m in result["models"]:
            diffs = [r for r in m["parameters"] if r["status"] == "disagree"]
            if diffs:
                cells = ", ".join(
                    f"{r['parameter']} {r['opengauge']}->{r['experts']}"
                    + (" (reviewed)" if r["reviewed"] else "")
                    for r in diffs
                )
                lines.append(f"  {m['id']} [{m['osai_file']}]: {cells}")
    lines.append("")
    lines.append(result["attribution"])
    return "\n".join(lines) + "\n"
