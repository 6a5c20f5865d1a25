"""`opengauge license PATH`: identify a license, give its verdict and list its clauses."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opengauge.cli.common import console, paragraphs, print_json
from opengauge.errors import InputError
from opengauge.escape import safe_text
from opengauge.licenses.reference import MIN_COVERAGE
from opengauge.textio import read_text_file

if TYPE_CHECKING:
    from typer import Typer

HELP = paragraphs(
    """
Read licenses (and use policies) and say, in plain words, how open they are.

Prints which license it is (when opengauge knows it), the verdict (osi-open, open-non-osi,
restricted, non-commercial, research-only, use-policy or unknown) and every clause that restricts or
conditions your freedoms, with its line number and the words that say so. Clauses are found from the
wording, so a license opengauge has never seen is read too.

PATH is a text file, - for standard input, or a folder: every license-like file under it is read
(LICENSE*, COPYING*, NOTICE*, USE_POLICY*, *LICENSE*.md/txt, and the license section of a model
card), hidden and environment folders skipped. Several PATHs may be given. Add --policy FILE for each
use policy the license brings in by reference (e.g. USE_POLICY.md): its clauses count in the verdict.
--format json prints the opengauge.license/1 document; for a folder or several PATHs, one document
per file, one per line (JSON lines).
"""
)


class LicenseFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def _cut(quote: str) -> str:
    """A quote of at most 200 characters, cut at a word."""
    return quote if len(quote) <= 200 else quote[:197].rsplit(" ", 1)[0] + "..."


def _print_unclassified(out: Any, report) -> None:  # noqa: ANN001 - a LicenseReport (lazy)
    """The terms a text adds that no clause detector explains, one line each."""
    for a in report.unclassified:
        out.print(f'  line {a.line}: terms opengauge cannot classify (read them) "{_safe(_cut(a.quote))}"')


def _safe(text: str) -> str:
    """Untrusted text for the terminal: control and bidi-override characters shown escaped (one line),
    no rich markup."""
    from rich.markup import escape

    return escape(safe_text(text, one_line=True))


def _name_of(path: str) -> str:
    return "stdin" if path == "-" else path


#: The options of `opengauge license [read]`, named once for the typer declaration and `quick_args`.
FORMAT_OPTS = ("--format", "-f")
POLICY_OPTS = ("--policy", "-p")


def quick_args(args: list[str]) -> tuple[list[str], str, list[str]] | None:
    """`(paths, format, policies)` from the arguments of `opengauge license [read]` in their plain
    forms (PATH..., --format/-f X, --policy/-p F, `--opt=X`, `--`), parsed without typer for
    start-up speed; None for anything else (help, `diff`, an unknown option, a missing value, no
    PATH), which the typer app then handles (and reports) as usual."""
    if args[:1] == ["diff"]:
        return None
    if args[:1] == ["read"]:
        args = args[1:]
    paths: list[str] = []
    fmt = "text"
    policies: list[str] = []
    i, options = 0, True
    while i < len(args):
        arg = args[i]
        i += 1
        if not options or arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        if arg == "--":
            options = False
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg[:2], "", arg[2:])
        if name not in FORMAT_OPTS + POLICY_OPTS:
            return None
        if not eq and not value:
            if i >= len(args) or args[i].startswith("-"):
                return None
            value = args[i]
            i += 1
        if name in FORMAT_OPTS:
            fmt = value
        else:
            policies.append(value)
    return (paths, fmt, policies) if paths else None


def license_command(paths: list[str], format: str = "text", policy: list[str] | None = None) -> None:
    """Read each license (file, folder or -) and print its report (text or JSON)."""
    from opengauge.licenses.report import analyze

    try:
        fmt = LicenseFormat(format.lower())
    except ValueError:
        raise InputError(f"--format {format!r}: choose text or json") from None
    if paths.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    policies = []
    for p in policy or []:
        if p == "-" and "-" in paths:
            raise InputError("--policy -: standard input is already used for the license")
        policies.append((_name_of(p), read_text_file(p)))
    single = len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir())
    if single:
        text = read_text_file(paths[0])
        report = analyze(text, document=_name_of(paths[0]), policies=policies)
        doc = _document(report, paths[0], text)
        if fmt == LicenseFormat.JSON:
            print_json(doc)
        else:
            _print_text(report, doc)
        return
    _tree(paths, fmt, policies)


def _is_notice(path: str) -> bool:
    return Path(path).name.lower().startswith("notice")


def _document(report, path: str, text: str | None) -> dict[str, Any]:  # noqa: ANN001 - LicenseReport (lazy)
    """The report's `opengauge.license/1` document; a NOTICE file the catalog does not know is read
    as a notice."""
    from opengauge.licenses.tree import notice_document

    doc = report.to_json()
    if _is_notice(path):
        return notice_document(doc, text if text is not None else read_text_file(path))
    return doc


def _tree(paths: list[str], fmt: LicenseFormat, policies: list[tuple[str, str]]) -> None:
    """Every license-like file under `paths`: JSON lines, or text grouped by file."""
    import json
    import sys

    from opengauge.licenses.report import analyze
    from opengauge.licenses.tree import card_license_section, find_license_files

    found = find_license_files(paths)
    write = sys.stdout.write
    read = 0
    for item in found:
        try:
            text = read_text_file(item.path)
        except InputError as exc:
            if item.path in paths:  # named on the command line: an error
                raise
            print(f"opengauge: skipped {item.path}: {exc}", file=sys.stderr)
            continue
        if item.section:
            section = card_license_section(text)
            if section is None:
                continue
            text = section
        report = analyze(text, document=_name_of(item.document), policies=policies)
        doc = _document(report, item.path, text)
        read += 1
        if fmt == LicenseFormat.JSON:
            write(json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=str) + "\n")
        else:
            out = console()
            out.print(("\n" if read > 1 else "") + f"[bold]== {_safe(item.document)}[/bold]")
            _print_text(report, doc)
    if not read:
        raise InputError(f"no license-like file found in {', '.join(paths)}")


def _print_text(report, doc: dict[str, Any] | None = None) -> None:  # noqa: ANN001 - LicenseReport (lazy)
    from rich.markup import escape
    from rich.table import Table

    from opengauge.enums import LicenseVerdict
    from opengauge.licenses.taxonomy import CLAUSE_TYPES

    out = console()
    e = report.entry
    if doc is not None and doc["license"]["kind"] == "notice" and e is None:
        out.print("[bold]Notice[/bold] (attributions to keep; not in opengauge's catalog)")
        style = "green" if LicenseVerdict(doc["verdict"]).is_open else "yellow"
        out.print(
            f"Verdict: [bold {style}]{escape(doc['verdict'])}[/bold {style}] - {_safe(doc['summary'] or '')}"
        )
        return
    if e is not None and report.modified:
        out.print(
            f"[bold]Based on {escape(e.name)}, with changes[/bold]  (the text is not the {escape(e.name)}: "
            "it is judged on what it says)"
        )
        if report.resembles:
            out.print(
                f"It does not hold the {escape(e.name)}'s whole text (less than {MIN_COVERAGE:.0%} of its "
                "words) or its grant was changed, so it is read like a license opengauge does not know (its "
                "grant too)."
            )
        if report.changes or report.unclassified:
            out.print(f"Added to the {escape(e.name)}:")
        for c in report.changes:
            quote = _cut(c.quote)
            out.print(f'  line {c.line}: {escape(CLAUSE_TYPES[c.type].name)} ({c.type}) "{_safe(quote)}"')
        _print_unclassified(out, report)
    elif e is not None:
        ids = ", ".join(x for x in (e.id, f"SPDX {e.spdx}" if e.spdx else None) if x)
        out.print(f"[bold]{escape(e.name)}[/bold]  ({escape(ids)}; match confidence {report.confidence:.0%})")
    elif report.is_policy:
        out.print("[bold]Unrecognised use policy[/bold] (not in opengauge's catalog; read from its wording)")
    else:
        out.print("[bold]Unrecognised license[/bold] (not in opengauge's catalog; read from its wording)")
        _print_unclassified(out, report)
    for p in report.policies:
        out.print(f"  read with use policy: {_safe(p['name'] or p['document'])}")
    for d in report.disguised:
        out.print(f"[bold red]Disguised text:[/bold red] {_safe(d)} (read through; a red flag in itself)")
    style = (
        "green" if report.verdict.is_open else "yellow" if report.verdict is LicenseVerdict.UNKNOWN else "red"
    )
    out.print(f"Verdict: [bold {style}]{escape(report.verdict)}[/bold {style}] - {_safe(report.summary())}")
    if report.options:
        out.print("The options the text offers (the most open one decides; the clauses below bind under it):")
        for o in report.options:
            mark = "decides" if o.decides else "       "
            blocks = f" - blocked by {', '.join(o.blocking)}" if o.blocking else ""
            out.print(f"  {mark} lines {o.line}-{o.end}: {_safe(o.label)}: {escape(o.verdict.value)}{blocks}")
    freedoms = report.freedom_lines()
    if freedoms:
        out.print("The four freedoms, as the text grants them:")
        for line in freedoms:
            out.print(f"  {_safe(line)}")
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
        quote = _cut(c.quote)
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


def license_diff_command(old: str, new: str, format: str = "text") -> None:
    """Compare two license texts clause by clause."""
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


def register(app: Typer) -> None:
    import typer

    from opengauge.cli.common import default_command_group

    def read(
        paths: list[str] = typer.Argument(
            ..., metavar="PATH...", help="License file(s) or folder(s), or - for standard input."
        ),
        format: str = typer.Option(
            "text",
            *FORMAT_OPTS,
            metavar="text|json",
            help="text (for people) or json (schema opengauge.license/1; JSON lines for several files).",
        ),
        policy: list[str] = typer.Option(
            [],
            *POLICY_OPTS,
            metavar="FILE",
            help="A use policy read together with the license (repeatable); its clauses count in the "
            "verdict.",
        ),
    ) -> None:
        license_command(paths, format, policy)

    def diff(
        old: str = typer.Argument(..., metavar="OLD", help="The older license text file."),
        new: str = typer.Argument(..., metavar="NEW", help="The newer license text file."),
        format: str = typer.Option("text", *FORMAT_OPTS, metavar="text|json", help="text or json."),
    ) -> None:
        license_diff_command(old, new, format)

    group = typer.Typer(
        cls=default_command_group("read"),
        help=HELP + " Subcommand: `opengauge license diff OLD NEW` compares two texts clause by clause.",
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
    )
    group.command("read", help=HELP)(read)
    group.command("diff", help=DIFF_HELP)(diff)
    app.add_typer(group, name="license")
