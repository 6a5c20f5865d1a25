"""`opengauge license PATH`: identify a license, give its verdict and list its clauses."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from opengauge.cli.common import console, paragraphs, print_json
from opengauge.errors import InputError
from opengauge.escape import safe_text
from opengauge.model import LicenseVerdict
from opengauge.textio import read_text_file

HELP = paragraphs(
    """
Read a license (or use policy) and say, in plain words, how open it is.

Prints which license it is (when opengauge knows it), the verdict (osi-open, open-non-osi,
restricted, non-commercial, research-only, use-policy or unknown) and every clause that restricts or
conditions your freedoms, with its line number and the words that say so. Clauses are found from the
wording, so a license opengauge has never seen is read too.

PATH is a text file, or - to read standard input. Add --policy FILE for each use policy the license
brings in by reference (e.g. USE_POLICY.md): its clauses count in the verdict. --format json prints
the opengauge.license/1 document.
"""
)


class LicenseFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _safe(text: str) -> str:
    """Untrusted text for the terminal: control and bidi-override characters shown escaped (one line),
    no rich markup."""
    return escape(safe_text(text, one_line=True))


def _name_of(path: str) -> str:
    return "stdin" if path == "-" else path


def license_command(
    path: str = typer.Argument(..., metavar="PATH", help="License text file, or - for standard input."),
    format: str = typer.Option(
        "text",
        "--format",
        "-f",
        metavar="text|json",
        help="text (for people) or json (schema opengauge.license/1).",
    ),
    policy: list[str] = typer.Option(
        [],
        "--policy",
        "-p",
        metavar="FILE",
        help="A use policy read together with the license (repeatable); its clauses count in the verdict.",
    ),
) -> None:
    from opengauge.licenses.report import analyze

    try:
        fmt = LicenseFormat(format.lower())
    except ValueError:
        raise InputError(f"--format {format!r}: choose text or json") from None
    text = read_text_file(path)
    policies = []
    for p in policy:
        if p == "-" and path == "-":
            raise InputError("--policy -: standard input is already used for the license")
        policies.append((_name_of(p), read_text_file(p)))
    report = analyze(text, document=_name_of(path), policies=policies)
    if fmt == LicenseFormat.JSON:
        print_json(report.to_json())  # print_json escapes what a terminal could act on
        return
    _print_text(report)


def _print_text(report) -> None:  # noqa: ANN001 - LicenseReport, imported lazily
    from opengauge.licenses.taxonomy import CLAUSE_TYPES

    out = console()
    e = report.entry
    if e is not None:
        ids = ", ".join(x for x in (e.id, f"SPDX {e.spdx}" if e.spdx else None) if x)
        out.print(f"[bold]{escape(e.name)}[/bold]  ({escape(ids)}; match confidence {report.confidence:.0%})")
    elif report.is_policy:
        out.print("[bold]Unrecognised use policy[/bold] (not in opengauge's catalog; read from its wording)")
    else:
        out.print("[bold]Unrecognised license[/bold] (not in opengauge's catalog; read from its wording)")
    for p in report.policies:
        out.print(f"  read with use policy: {_safe(p.name or p.document)}")
    for d in report.disguised:
        out.print(f"[bold red]Disguised text:[/bold red] {_safe(d)} (read through; a red flag in itself)")
    style = (
        "green" if report.verdict.is_open else "yellow" if report.verdict is LicenseVerdict.UNKNOWN else "red"
    )
    out.print(f"Verdict: [bold {style}]{escape(report.verdict)}[/bold {style}] - {_safe(report.summary())}")
    if not report.clauses:
        out.print("No restrictive or conditional clauses found.")
        return
    several_docs = len({c.document for c in report.clauses}) > 1
    table = Table(show_lines=False, expand=False)
    if several_docs:
        table.add_column("file")
    table.add_column("line", justify="right")
    table.add_column("clause")
    table.add_column("freedom")
    table.add_column("blocks", justify="center")
    table.add_column("quote", overflow="fold", min_width=30)
    for c in report.clauses:
        quote = c.quote if len(c.quote) <= 200 else c.quote[:197].rsplit(" ", 1)[0] + "..."
        cells = [
            str(c.line),
            escape(CLAUSE_TYPES[c.type].name),
            str(c.freedom),
            "[red]yes[/red]" if c.blocks_open_source else "no",
            f'"{_safe(quote)}"',
        ]
        if several_docs:
            cells.insert(0, _safe(Path(c.document).name if c.document else ""))
        table.add_row(*cells)
    out.print(table)
    out.print("What these clauses mean:")
    for type_id in dict.fromkeys(c.type for c in report.clauses):
        row = CLAUSE_TYPES[type_id]
        out.print(f"  [bold]{escape(row.name)}[/bold] ({type_id}): {escape(row.explanation)}")


def register(app: typer.Typer) -> None:
    app.command("license", help=HELP)(license_command)
