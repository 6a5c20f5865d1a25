"""The ranked table of the index: rows from reviewed assessment documents, and their renderings
(plain text, CSV, Markdown, JSON)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from opengauge.index.entry import LABELS, OSAI_CITATION, OSAI_URL

INDEX_SCHEMA = "opengauge.index/1"

COLUMNS: tuple[tuple[str, str], ...] = (
    ("rank", "#"),
    ("id", "model"),
    ("organisation", "organisation"),
    ("type", "type"),
    ("label", "label"),
    ("osai_score", "OSAI %"),
    ("mof_class", "MOF"),
    ("osaid", "OSAID"),
    ("license", "license"),
    ("license_verdict", "verdict"),
    ("worst_clauses", "worst clauses"),
    ("reviewed", "reviews"),
)


def dig(d: Any, *path: str, default: Any = None) -> Any:
    """`d[path[0]][path[1]]...`, or `default` where a step is missing or not a mapping."""
    for p in path:
        if not isinstance(d, dict):
            return default
        d = d.get(p)
    return default if d is None else d


def score_percent(doc: dict[str, Any]) -> float | None:
    """The OSAI score as a percentage (documents may carry 0-1 or 0-100)."""
    score = dig(doc, "frameworks", "osai", "score")
    if not isinstance(score, (int, float)):
        return None
    return round(float(score) * 100 if score <= 1 else float(score), 1)


def worst_clauses(doc: dict[str, Any], limit: int = 3) -> list[str]:
    """Distinct types of the governing license's clauses that block open source, in text order
    (from the catalog when the snapshot carries no text)."""
    clauses = [c for c in (dig(doc, "license", "clauses", default=[]) or []) if isinstance(c, dict)]
    if not clauses:
        clauses = [c for c in (dig(doc, "license", "catalog_clauses", default=[]) or []) if isinstance(c, dict)]
    ordered = sorted((c for c in clauses if c.get("blocks_open_source")), key=lambda c: c.get("line") or 0)
    out: list[str] = []
    for c in ordered:
        t = str(c.get("type") or "")
        if t and t not in out:
            out.append(t)
    return out[:limit]


def osaid_text(doc: dict[str, Any]) -> str:
    passes = dig(doc, "frameworks", "osaid", "passes")
    return "passes" if passes is True else "fails" if passes is False else "unknown"


def row_of(doc: dict[str, Any]) -> dict[str, Any]:
    meta = doc.get("index") or {}
    lic = dig(doc, "license", "license", default={}) or {}
    mof = dig(doc, "frameworks", "mof", "class")
    reviews = doc.get("reviews") or []
    return {
        "id": meta.get("id") or dig(doc, "release", "ref"),
        "name": meta.get("name") or dig(doc, "release", "ref"),
        "organisation": meta.get("organisation", ""),
        "type": meta.get("type", ""),
        "label": doc.get("label") or "undetermined",
        "label_automated": doc.get("label_automated", doc.get("label")),
        "osai_score": score_percent(doc),
        "mof_class": mof if mof else "none",
        "osaid": osaid_text(doc),
        "eu_ai_act": {True: "likely", False: "unlikely"}.get(dig(doc, "frameworks", "eu_ai_act", "exemption_likely"), "unknown"),
        "license": lic.get("id") or lic.get("name") or "unknown",
        "license_verdict": dig(doc, "license", "verdict", default="unknown"),
        "worst_clauses": worst_clauses(doc),
        "reviewed": sum(1 for r in reviews if r.get("overridden")),
        "reviews_total": len(reviews),
    }


def label_rank(label: str) -> int:
    return LABELS.index(label) if label in LABELS else len(LABELS)


def ranked_rows(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows sorted by label (most open first), then OSAI score (high first), then name."""
    rows = [row_of(d) for d in docs]
    rows.sort(key=lambda r: (label_rank(r["label"]), -(r["osai_score"] or 0.0), r["name"].lower()))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def filter_rows(rows: list[dict[str, Any]], *, label: str | None = None, verdict: str | None = None) -> list[dict[str, Any]]:
    out = [r for r in rows if (not label or r["label"] == label) and (not verdict or r["license_verdict"] == verdict)]
    return out


def _cell(row: dict[str, Any], key: str) -> str:
    v = row.get(key)
    if key == "osai_score":
        return "—" if v is None else f"{v:.1f}"
    if key == "worst_clauses":
        return ", ".join(v) if v else "—"
    if key == "reviewed":
        return f"{v}/{row.get('reviews_total', 0)}"
    return "" if v is None else str(v)


def render_text(rows: list[dict[str, Any]]) -> str:
    """An aligned plain-text table (no truncation; safe for pipes)."""
    heads = [h for _, h in COLUMNS]
    body = [[_clean(_cell(r, k)) for k, _ in COLUMNS] for r in rows]
    widths = [max([len(h)] + [len(b[i]) for b in body]) for i, h in enumerate(heads)]
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(heads)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for b in body:
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(b)).rstrip())
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    """One line, no control characters (values may come from model repos)."""
    return "".join(ch if ch.isprintable() else " " for ch in text.replace("\n", " "))


def render_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    keys = [k for k, _ in COLUMNS] + ["name", "label_automated", "eu_ai_act"]
    w.writerow(keys)
    for r in rows:
        vals = []
        for k in keys:
            v = r.get(k)
            if k == "worst_clauses":
                v = ";".join(v)
            elif k == "reviewed":
                v = r.get("reviewed", 0)
            v = "" if v is None else str(v)
            if v[:1] in ("=", "+", "-", "@"):  # no formula injection in spreadsheets
                v = "'" + v
            vals.append(_clean(v))
        w.writerow(vals)
    return buf.getvalue()


def render_markdown(rows: list[dict[str, Any]]) -> str:
    def esc(s: str) -> str:
        return _clean(s).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")

    heads = [h for _, h in COLUMNS]
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(esc(_cell(r, k)) for k, _ in COLUMNS) + " |")
    lines.append("")
    lines.append(f"OSAI-informed reviews: data from the European Open Source AI Index ({OSAI_URL}), CC-BY 4.0; {OSAI_CITATION}.")
    return "\n".join(lines) + "\n"


def index_document(docs: list[dict[str, Any]], rows: list[dict[str, Any]], *, tool_version: str | None = None) -> dict[str, Any]:
    """The whole index as one JSON document (what `--format json` prints and the site offers)."""
    return {
        "schema": INDEX_SCHEMA,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool_version": tool_version,
        "count": len(rows),
        "attribution": {
            "osai-index": {"url": OSAI_URL, "license": "CC-BY-4.0", "citation": OSAI_CITATION,
                           "note": "Reviews marked source=osai-index were informed by this index's data."}
        },
        "rows": rows,
        "models": docs,
    }


def render_json(docs: list[dict[str, Any]], rows: list[dict[str, Any]], *, tool_version: str | None = None) -> str:
    return json.dumps(index_document(docs, rows, tool_version=tool_version), indent=2, ensure_ascii=False, default=str) + "\n"
