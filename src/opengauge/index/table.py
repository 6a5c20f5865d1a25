"""The ranked table of the index: rows from reviewed assessment documents, and their renderings
(plain text, CSV, Markdown, JSON)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.escape import json_text, safe_text, spreadsheet_cell
from opengauge.index.entry import OSAI_CITATION, OSAI_URL
from opengauge.model import Label

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


def worst_clauses(doc: AssessmentDocument, limit: int = 3) -> list[str]:
    """Distinct types of the governing license's clauses that block open source, in text order
    (from the catalog when the snapshot carries no text)."""
    clauses = doc.license.clauses or doc.license.catalog_clauses
    ordered = sorted((c for c in clauses if c.blocks_open_source), key=lambda c: c.line or 0)
    out: list[str] = []
    for c in ordered:
        if c.type not in out:
            out.append(c.type)
    return out[:limit]


def osaid_text(doc: AssessmentDocument) -> str:
    return "passes" if doc.frameworks.osaid.passes else "fails"


def row_of(doc: AssessmentDocument) -> dict[str, Any]:
    meta = doc.index
    info = doc.license.license
    eu = doc.frameworks.eu_ai_act.exemption_likely
    return {
        "id": meta.id if meta else doc.release.ref,
        "name": meta.name if meta else doc.release.ref,
        "organisation": meta.organisation if meta else "",
        "type": meta.type if meta else "",
        "label": doc.label,
        "label_automated": doc.label_automated or doc.label,
        "osai_score": doc.frameworks.osai.score_percent,
        "mof_class": doc.frameworks.mof.class_ or "none",
        "osaid": osaid_text(doc),
        "eu_ai_act": "likely" if eu else "unlikely",
        "license": info.id or info.name or "unknown",
        "license_verdict": doc.license_verdict,
        "worst_clauses": worst_clauses(doc),
        "reviewed": sum(1 for r in doc.reviews if r.overridden),
        "reviews_total": len(doc.reviews),
    }


def ranked_rows(docs: list[AssessmentDocument]) -> list[dict[str, Any]]:
    """Rows sorted by label (most open first), then OSAI score (high first), then name."""
    rows = [row_of(d) for d in docs]
    rows.sort(key=lambda r: (Label(r["label"]).rank, -(r["osai_score"] or 0.0), r["name"].lower()))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def filter_rows(
    rows: list[dict[str, Any]], *, label: str | None = None, verdict: str | None = None
) -> list[dict[str, Any]]:
    out = [
        r
        for r in rows
        if (not label or r["label"] == label) and (not verdict or r["license_verdict"] == verdict)
    ]
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
    """One line, control and bidi characters shown escaped (values may come from model repos)."""
    text = safe_text(text, one_line=True)
    return "".join(ch if ch.isprintable() else " " for ch in text)


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
                v = ";".join(r["worst_clauses"])
            elif k == "reviewed":
                v = r.get("reviewed", 0)
            vals.append(_clean(spreadsheet_cell(v)))
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
    lines.append(
        f"OSAI-informed reviews: data from the European Open Source AI Index ({OSAI_URL}), CC-BY 4.0; "
        f"{OSAI_CITATION}."
    )
    return "\n".join(lines) + "\n"


def index_document(
    docs: list[AssessmentDocument], rows: list[dict[str, Any]], *, tool_version: str | None = None
) -> dict[str, Any]:
    """The whole index as one JSON document (what `--format json` prints and the site offers)."""
    return {
        "schema": INDEX_SCHEMA,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool_version": tool_version,
        "count": len(rows),
        "attribution": {
            "osai-index": {
                "url": OSAI_URL,
                "license": "CC-BY-4.0",
                "citation": OSAI_CITATION,
                "note": "Reviews marked source=osai-index were informed by this index's data.",
            }
        },
        "rows": rows,
        "models": [d.to_json() for d in docs],
    }


def render_json(
    docs: list[AssessmentDocument], rows: list[dict[str, Any]], *, tool_version: str | None = None
) -> str:
    return (
        json_text(
            json.dumps(index_document(docs, rows, tool_version=tool_version), indent=2, ensure_ascii=False)
        )
        + "\n"
    )
