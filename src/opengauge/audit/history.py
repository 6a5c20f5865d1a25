"""`opengauge history REF`: the stored assessments of one release over revisions and dates."""

from __future__ import annotations

from typing import Any

from opengauge.store import Store
from opengauge.textio import short_revision


def history_rows(store: Store, ref: str) -> list[dict[str, Any]]:
    """Stored rows of `ref`, oldest first, each with `changes`: what moved since the row before."""
    rows = store.history(ref)
    out: list[dict[str, Any]] = []
    prev: dict[str, Any] | None = None
    for r in rows:
        row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
        changes = []
        if prev is not None and not r["error"]:
            for col in ("label", "license_id", "license_verdict", "mof_class", "osaid_passes"):
                if prev[col] != r[col]:
                    changes.append(f"{col}: {prev[col]} -> {r[col]}")
            if prev["osai_score"] is not None and r["osai_score"] is not None:
                delta = (r["osai_score"] - prev["osai_score"]) * 100
                if abs(delta) >= 0.05:
                    changes.append(f"OSAI score {delta:+.1f} points")
            added = sorted(set(r["blocking_clauses"] or []) - set(prev["blocking_clauses"] or []))
            removed = sorted(set(prev["blocking_clauses"] or []) - set(r["blocking_clauses"] or []))
            if added:
                changes.append("blocking clauses added: " + ", ".join(added))
            if removed:
                changes.append("blocking clauses removed: " + ", ".join(removed))
        row["changes"] = changes
        out.append(row)
        if not r["error"]:
            prev = r
    return out


def render_history(ref: str, rows: list[dict[str, Any]]) -> str:
    from opengauge.audit.report import _clean, _table

    table = []
    for r in rows:
        when = (r["retrieved_at"] or r["assessed_at"] or "")[:19]
        rev = short_revision(r["commit"] or r["revision"] or "-")
        score = "-" if r["osai_score"] is None else f"{r['osai_score'] * 100:.1f}%"
        lic = f"{r['license_id'] or '-'} ({r['license_verdict'] or '-'})"
        label = r["label"] or f"error: {r['error']}"
        table.append(
            [when, rev, r["origin"], label, score, r["mof_class"] or "-", lic, "; ".join(r["changes"])]
        )
    lines = [f"{ref}: {len(rows)} stored assessment(s), oldest first", ""]
    lines += _table(
        ["when", "revision", "origin", "label", "OSAI", "MOF", "license", "changed"], table, False
    )
    return _clean("\n".join(lines)) + "\n"
