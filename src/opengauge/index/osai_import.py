"""Compare opengauge's parameters with the experts' ratings of the European Open Source AI Index.

`read_osai(path)` reads the index's YAML files (a folder of them, or one file) as published at
https://osai-index.eu (CC-BY 4.0; Liesenfeld & Dingemanse, FAccT 2024), tolerating the data's
known irregularities. `compare(docs, ratings)` pairs each index entry with the experts' file of
its family and lists, per parameter, where the two disagree. The experts rate a family through
its largest / latest model, so a disagreement can also mean the two rated different members.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from opengauge.document import AssessmentDocument
from opengauge.frameworks.osai import PARAMETERS as OSAI_PARAMETERS
from opengauge.textio import load_yaml_no_aliases
from opengauge.index.errors import IndexDataError

MAX_FILE_BYTES = 256 * 1024
MAX_FILES = 2000
_LEVELS = {"open", "partial", "closed"}


@dataclass(frozen=True)
class ExpertRating:
    """One OSAI file: the family, its end model, and the class per parameter ('' when empty)."""

    key: str
    """File stem, e.g. `OLMo`, `llama-3.1`."""
    name: str
    end_model: str
    link: str
    classes: dict[str, str] = field(default_factory=dict)


def _text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _parse(path: Path) -> ExpertRating | None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise IndexDataError(f"{path.name}: larger than {MAX_FILE_BYTES} bytes; not an OSAI index file")
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = load_yaml_no_aliases(text)
    except yaml.YAMLError as exc:
        raise IndexDataError(f"{path.name}: invalid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("system"), dict):
        return None  # templates, parameter lists and other non-model files
    system = data["system"]
    classes = {}
    for p in OSAI_PARAMETERS:
        block = data.get(p)
        if p == "hardware_architecture" and block is None:
            block = data.get("architecture")  # the key's name before 2025-03
        cls = _text(block.get("class")).lower() if isinstance(block, dict) else ""
        classes[p] = cls if cls in _LEVELS else ""
    return ExpertRating(
        key=path.stem,
        name=_text(system.get("name")) or path.stem,
        end_model=_text(system.get("endmodelname")),
        link=_text(system.get("link")),
        classes=classes,
    )


def read_osai(path: str | Path) -> dict[str, ExpertRating]:
    """Every model file under `path` (a folder or a single YAML file), keyed by lower-case stem."""
    p = Path(path)
    if not p.exists():
        raise IndexDataError(f"{path}: no such file or folder")
    files = [p] if p.is_file() else sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml") and x.is_file())
    if len(files) > MAX_FILES:
        raise IndexDataError(f"{path}: more than {MAX_FILES} files")
    out: dict[str, ExpertRating] = {}
    for f in files:
        r = _parse(f)
        if r is not None:
            out[r.key.lower()] = r
    if not out:
        raise IndexDataError(f"{path}: no OSAI index model files found (expected YAML files with a `system:` block)")
    return out


def compare(docs: list[AssessmentDocument], ratings: dict[str, ExpertRating]) -> dict[str, Any]:
    """Per model and parameter, opengauge's level next to the experts' class, and a summary."""
    models = []
    per_param: dict[str, Counter] = {p: Counter() for p in OSAI_PARAMETERS}
    totals: Counter = Counter()
    for doc in docs:
        meta = doc.index
        key = (meta.osai_family or "").lower() if meta else ""
        rating = ratings.get(key) if key else None
        if meta is None or rating is None:
            continue
        params = doc.frameworks.osai.parameters
        rows = []
        for p in OSAI_PARAMETERS:
            ours = str(params[p].level)
            theirs = rating.classes.get(p, "")
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
            rows.append({
                "parameter": p, "opengauge": ours, "experts": theirs or None, "status": status,
                "reviewed": params[p].review is not None,
            })
        models.append({
            "id": meta.id, "name": meta.name, "osai_file": rating.key,
            "osai_end_model": rating.end_model, "parameters": rows,
            "disagreements": sum(1 for r in rows if r["status"] == "disagree"),
        })
    decided = totals["agree"] + totals["disagree"]
    return {
        "schema": "opengauge.osai-comparison/1",
        "attribution": "European Open Source AI Index, https://osai-index.eu (CC-BY 4.0); Liesenfeld & Dingemanse, FAccT 2024",
        "note": "The experts rate each family through one (usually the latest) model; opengauge rates each index entry.",
        "matched_models": len(models),
        "summary": {
            "agree": totals["agree"], "disagree": totals["disagree"],
            "opengauge_unknown": totals["opengauge-unknown"], "experts_empty": totals["experts-empty"],
            "agreement": round(totals["agree"] / decided, 3) if decided else None,
            "per_parameter": {p: dict(c) for p, c in per_param.items()},
        },
        "models": models,
    }


def render_comparison_text(result: dict[str, Any], *, details: bool = True) -> str:
    s = result["summary"]
    lines = [
        f"Compared {result['matched_models']} index entries with the experts' OSAI-index files.",
        f"agree {s['agree']}  disagree {s['disagree']}  opengauge unknown {s['opengauge_unknown']}  experts empty {s['experts_empty']}"
        + (f"  (agreement {s['agreement'] * 100:.1f}% where both decided)" if s["agreement"] is not None else ""),
        "",
        "per parameter (disagree / agree / opengauge unknown):",
    ]
    for p, c in s["per_parameter"].items():
        lines.append(f"  {p:<22} {c.get('disagree', 0):>3} / {c.get('agree', 0):>3} / {c.get('opengauge-unknown', 0):>3}")
    if details:
        lines.append("")
        lines.append("disagreements (model: parameter opengauge -> experts):")
        for m in result["models"]:
            diffs = [r for r in m["parameters"] if r["status"] == "disagree"]
            if diffs:
                cells = ", ".join(f"{r['parameter']} {r['opengauge']}->{r['experts']}" + (" (reviewed)" if r["reviewed"] else "") for r in diffs)
                lines.append(f"  {m['id']} [{m['osai_file']}]: {cells}")
    lines.append("")
    lines.append(result["attribution"])
    return "\n".join(lines) + "\n"
