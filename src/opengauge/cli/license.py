"""`opengauge license PATH`: identify a license, give its verdict and list its clauses."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from opengauge.cli.common import console, paragraphs, print_json
from opengauge.errors import InputError
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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _safe(text: str) -> str:
    """Untrusted text for the terminal: no control or bidi-override characters, no rich markup."""
    return escape(_CONTROL.sub(" ", text))


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
        print_json(report.to_json())
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


DIFF_HELP = paragraphs(
    """
Compare two license texts clause by clause: the verdicts, the clause types added and removed, and
each clause added or removed with its line and quote (a clause whose wording changed shows as
removed in its old words and added in its new ones). E.g. the Llama 3 and Llama 3.1 community
licenses. --format json prints opengauge.license-diff/1.
"""
)


def license_diff_command(
    old: str = typer.Argument(..., metavar="OLD", help="The older license text file."),
    new: str = typer.Argument(..., metavar="NEW", help="The newer license text file."),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help="text or json."),
) -> None:
    import sys

    from opengauge.audit.diff import license_diff, render_license_diff

    fmt = format.lower()
    if fmt not in ("text", "json"):
        raise InputError(f"--format {format!r}: choose text or json")
    if old == "-" and new == "-":
        raise InputError("only one of OLD and NEW can be standard input")
    result = license_diff(
        read_text_file(old), read_text_file(new), old_name=_name_of(old), new_name=_name_of(new)
    )
    if fmt == "json":
        print_json(result)
    else:
        sys.stdout.write(render_license_diff(result))


def register(app: typer.Typer) -> None:
    from opengauge.cli.common import default_command_group

    group = typer.Typer(
        cls=default_command_group("read"),
        help=HELP + " Subcommand: `opengauge license diff OLD NEW` compares two texts clause by clause.",
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
    )
    group.command("read", help=HELP)(license_command)
    group.command("diff", help=DIFF_HELP)(license_diff_command)
    app.add_typer(group, name="license")
