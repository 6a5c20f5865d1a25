"""The one-screen terminal report (rich). Every string from a release is escaped before rendering."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from opengauge.document import AssessmentDocument
from opengauge.escape import safe_text
from opengauge.frameworks.common import clause_where
from opengauge.frameworks.osai import PARAMETERS
from opengauge.model import Label, Level
from opengauge.textio import short_revision

STYLE = {Level.OPEN: "green", Level.PARTIAL: "yellow", Level.CLOSED: "red", Level.UNKNOWN: "dim"}
LABEL_STYLE = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: "bold green",
    Label.OPEN_SOURCE_AI: "bold green",
    Label.OPEN_WEIGHTS: "bold cyan",
    Label.WEIGHTS_AVAILABLE: "bold yellow",
    Label.CLOSED: "bold red",
    Label.UNDETERMINED: "bold magenta",
}


def _short(text: Any, n: int = 90) -> str:
    s = " ".join(safe_text(text or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _where(source: Any) -> str:
    """A short name for a document: the path inside its repository, else the last URL segment."""
    s = str(source or "")
    if "/blob/" in s:
        s = s.split("/blob/", 1)[1].split("/", 1)[-1]
    elif "/" in s:
        s = s.rstrip("/").rsplit("/", 1)[-1]
    return _short(s, 40)


def report(doc: AssessmentDocument) -> Group:
    fw = doc.frameworks
    osai, mof, osaid, eu = fw.osai, fw.mof, fw.osaid, fw.eu_ai_act
    rev = doc.release.revision
    title = escape(_short(doc.release.ref, 200)) + (f" @ {escape(short_revision(rev))}" if rev else "")
    head = Text.assemble(
        ("Label: ", "bold"), (doc.label, LABEL_STYLE[doc.label]), "\n", _short(doc.label_reason, 400)
    )
    params = Table(
        title=f"European Open Source AI Index: {osai.score * 100:.1f}%  (unknown counts 0)",
        show_header=True,
        header_style="bold",
        expand=True,
        title_justify="left",
    )
    params.add_column("parameter", no_wrap=True)
    params.add_column("level", no_wrap=True)
    params.add_column("reason")
    for k in PARAMETERS:
        p = osai.parameters[k]
        params.add_row(k, Text(p.level, style=STYLE[p.level]), Text(_short(p.reason)))
    info = doc.license.license
    lic_lines = [
        Text.assemble(
            ("License: ", "bold"),
            f"{_short(info.name or info.id or 'unidentified', 120)} ",
            (f"({doc.license_verdict_text})", "italic"),
        )
    ]
    for c in doc.blocking_clauses[:6]:
        lic_lines.append(
            Text.assemble(
                ("  ✗ ", "red"),
                (_short(c.type), "bold"),
                f"  {clause_where(_where(c.document), c.line)}  ",
                (f'"{_short(c.quote, 70)}"', "dim"),
            )
        )
    more = len(doc.blocking_clauses) - 6
    if more > 0:
        lic_lines.append(Text(f"  … {more} more (see --format json)", style="dim"))
    nxt = mof.next_class
    mof_line = Text.assemble(
        ("MOF: ", "bold"),
        mof.label or "Unclassified",
        (f"   missing for Class {nxt}: " + _short(", ".join(mof.missing_for_next_class), 110)) if nxt else "",
    )
    osaid_line = Text.assemble(
        ("OSAID 1.0: ", "bold"),
        ("passes" if osaid.passes else "fails", "green" if osaid.passes else "red"),
        ("   " + _short("; ".join(osaid.missing), 120)) if osaid.missing else "",
    )
    eu_line = Text.assemble(
        ("EU AI Act 53(2) exemption: ", "bold"),
        ("likely" if eu.exemption_likely else "unlikely", "green" if eu.exemption_likely else "red"),
        "   " + _short(eu.reasons[0] if eu.reasons else "", 110),
        ("  (indicator, not legal advice)", "dim"),
    )
    return Group(
        Panel(head, title=title, title_align="left"), params, *lic_lines, mof_line, osaid_line, eu_line
    )


def print_reports(documents: Sequence[AssessmentDocument], console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    for doc in documents:
        console.print(report(doc))
