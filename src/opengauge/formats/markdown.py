"""Markdown output: the one-screen report as a Markdown document (for issues, PRs, wikis)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.escape import safe_text
from opengauge.frameworks.common import clause_where
from opengauge.frameworks.osai import PARAMETERS
from opengauge.model import Evidence
from opengauge.textio import short_revision

_SYMBOL = {"open": "✅ open", "partial": "🟡 partial", "closed": "❌ closed", "unknown": "❔ unknown"}


def md_escape(text: Any) -> str:
    """Text safe inside a Markdown table cell: no raw HTML, no pipes, no line breaks."""
    s = safe_text(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("|", "\\|").replace("`", "\\`")
    s = re.sub(r"[\r\n]+", " ", s)
    return re.sub(r"([\[\]*_#])", r"\\\1", s)


def _evidence(ev: list[Evidence]) -> str:
    if not ev:
        return ""
    e = ev[0]
    where = e.source + (f" L{e.line}" if e.line else "")
    return md_escape(where)


def render_one(doc: AssessmentDocument) -> str:
    fw = doc.frameworks
    osai, mof, osaid, eu = fw.osai, fw.mof, fw.osaid, fw.eu_ai_act
    rev = doc.release.revision
    lines = [
        f"## {md_escape(doc.release.ref)}" + (f" @ `{md_escape(short_revision(rev))}`" if rev else ""),
        "",
        f"**Label: {md_escape(doc.label)}** — {md_escape(doc.label_reason)}",
        "",
        f"### European Open Source AI Index — {osai.score * 100:.1f}%",
        "",
        "| parameter | level | reason | evidence |",
        "|---|---|---|---|",
    ]
    for k in PARAMETERS:
        p = osai.parameters[k]
        lines.append(f"| `{k}` | {_SYMBOL[p.level]} | {md_escape(p.reason)} | {_evidence(p.evidence)} |")
    lines += ["", f"_Score convention: {md_escape(osai.score_convention)}._", ""]
    info = doc.license.license
    name = info.name or info.id or "unidentified"
    lines.append(f"### License: {md_escape(name)} ({md_escape(doc.license_verdict_text)})")
    lines.append("")
    if doc.blocking_clauses:
        lines += ["| clause | freedom | where | quote |", "|---|---|---|---|"]
        for c in doc.blocking_clauses:
            lines.append(
                f"| {md_escape(c.type)} | {md_escape(c.freedom)} | "
                f"{md_escape(clause_where(c.document or 'the license', c.line))} | {md_escape(c.quote)} |"
            )
    else:
        lines.append("No clause blocking open source was found.")
    lines += ["", f"### Model Openness Framework: {md_escape(mof.label or 'Unclassified')}", ""]
    if mof.next_class:
        lines.append(
            f"Missing for Class {mof.next_class}: "
            + md_escape(", ".join(mof.missing_for_next_class) or "nothing")
        )
    lines += ["", f"### OSI Open Source AI Definition: {'passes' if osaid.passes else 'fails'}", ""]
    lines += [f"- {md_escape(m)}" for m in osaid.missing]
    lines += [
        "",
        f"### EU AI Act Art. 53(2) exemption: {'likely' if eu.exemption_likely else 'unlikely'}",
        "",
    ]
    lines += [f"- {md_escape(r)}" for r in eu.reasons]
    lines += ["", f"_{md_escape(eu.disclaimer)}_", ""]
    return "\n".join(lines)


def render_markdown(documents: Sequence[AssessmentDocument]) -> str:
    return "\n".join(render_one(d) for d in documents)
