"""`opengauge assess`, `explain`, `schema` and `evaluate`: judge a release against every framework."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from opengauge.cli.common import console, paragraphs, print_json
from opengauge.errors import InputError
from opengauge.escape import safe_text

ASSESS_HELP = paragraphs(
    """
Assess how open a model release is, against every framework at once, with receipts.

REF is hf:ORG/NAME or hf:ORG/NAME@REV, gh:OWNER/REPO (optionally @REF), a local folder, or a
snapshot .json written by `opengauge snapshot` (a snapshot is assessed offline: no network request
at all).

Prints the headline label (G7: open-source-ai-with-open-data, open-source-ai, open-weights,
weights-available, closed or undetermined) and why; the 12 parameters of the European Open Source AI
Index with levels and reasons; the license clauses that block open source, with line and quote; the
Model Openness Framework class and what the next class lacks; the OSI Open Source AI Definition and
EU AI Act open-source-exemption lines.

--format json prints the opengauge.assessment/1 document (see `opengauge schema assessment`);
markdown and csv are for reports and spreadsheets. Several REFs may be given.
"""
)

EXPLAIN_HELP = paragraphs(
    """
Explain a probe: the question it answers, why it matters, how it decides, what each outcome means
and how a publisher fixes a negative outcome. Without PROBE, list every probe.
"""
)

SCHEMA_HELP = paragraphs(
    """
Print the JSON Schema of an opengauge document. NAME: assessment (the output of `assess --format
json`).
"""
)

EVALUATE_HELP = paragraphs(
    """
Measure how far opengauge agrees with the experts of the European Open Source AI Index.

EXPERTS is a folder of the index's per-model YAML files; SNAPSHOTS a folder of snapshot .json files
(from `opengauge snapshot`). Each snapshot is matched to the expert file of its model family,
assessed offline, and the 12 parameters are compared: exact agreement, agreement within one level,
per parameter and overall, and a confusion matrix (expert rows, opengauge columns).
"""
)

_FORMATS = ("text", "json", "markdown", "csv")


def _format(value: str, allowed: tuple[str, ...] = _FORMATS) -> str:
    v = value.lower()
    if v not in allowed:
        raise InputError(f"--format {value!r}: choose one of {', '.join(allowed)}")
    return v


def assess_command(
    refs: list[str] = typer.Argument(..., metavar="REF...", help="Release reference(s) or snapshot file(s)."),
    format: str = typer.Option(
        "text", "--format", "-f", metavar="text|json|markdown|csv", help="Output format."
    ),
    refresh: bool = typer.Option(False, "--refresh", help="Ignore the caches and ask the servers again."),
    store: Path | None = typer.Option(
        None,
        "--store",
        metavar="FILE.duckdb",
        help="Also write each assessment into this store (see `opengauge audit`).",
    ),
) -> None:
    from opengauge.document import assessment_document
    from opengauge.formats import print_reports, render_csv, render_json, render_markdown
    from opengauge.index.run import index_assessor
    from opengauge.sources import resolve

    fmt = _format(format)
    assessor = index_assessor()
    docs = []
    records = []
    for ref in refs:
        release = resolve(ref, refresh=refresh)
        assessment = assessor.assess(release)
        docs.append(assessment_document(assessment, problems=release.problems))
        if store is not None:
            from opengauge.store import record_from_document

            records.append(
                record_from_document(
                    docs[-1],
                    key=ref,
                    origin="assess",
                    release=release,
                    depth="full",
                    inherited_from=assessment.terms.inherited_from if assessment.terms else None,
                )
            )
    if store is not None:
        from opengauge.store import Store

        with Store.open(store) as st:
            st.write(records, replace=True)
    if fmt == "json":
        sys.stdout.write(render_json(docs))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(docs))
    elif fmt == "csv":
        sys.stdout.write(render_csv(docs))
    else:
        print_reports(docs, console())


def explain_command(
    probe: str = typer.Argument(None, metavar="[PROBE]", help="A probe id, e.g. weights-license."),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help="text or json."),
) -> None:
    from rich.markup import escape
    from rich.table import Table

    from opengauge.probes import get_definition, probe_definitions

    fmt = _format(format, ("text", "json"))
    out = console()
    if probe is None:
        defs = probe_definitions()
        if fmt == "json":
            print_json([d.model_dump() for d in defs.values()])
            return
        table = Table(
            show_header=True,
            header_style="bold",
            title="opengauge probes (opengauge explain PROBE for details)",
        )
        table.add_column("probe", no_wrap=True)
        table.add_column("checks")
        for d in defs.values():
            table.add_row(d.id, escape(d.short))
        out.print(table)
        return
    d = get_definition(probe)
    if fmt == "json":
        print_json(d.model_dump())
        return
    out.print(f"[bold]{escape(d.id)}[/bold] — {escape(d.short)}\n")
    out.print(f"[bold]Question[/bold]\n  {escape(d.question)}\n")
    out.print(f"[bold]Why it matters[/bold]\n  {escape(d.motivation)}\n")
    out.print(f"[bold]How it decides[/bold]\n  {escape(d.implementation)}\n")
    out.print("[bold]Outcomes[/bold]")
    for level, meaning in d.outcomes.items():
        out.print(f"  {escape(level)}: {escape(meaning)}")
    if d.decides:
        out.print("\n[bold]Decides by[/bold]")
        for r in d.decides:
            out.print(f"  - {escape(r.rule)}\n    [dim]source: {escape(r.source)}[/dim]")
    if d.differs:
        out.print(f"\n[bold]Where opengauge differs from the experts[/bold]\n  {escape(d.differs)}")
    out.print(
        f"\n[bold]How to fix[/bold] (effort: {escape(d.remediation.effort)})\n  {escape(d.remediation.text)}"
    )
    if d.frameworks:
        out.print("\n[bold]Used by[/bold]\n  " + escape("; ".join(d.frameworks)))


def schema_command(
    name: str = typer.Argument(..., metavar="NAME", help="assessment"),
) -> None:
    from opengauge.document import assessment_schema

    if name.lower() != "assessment":
        raise InputError(f"unknown schema {name!r}; known: assessment")
    print_json(assessment_schema())


def evaluate_command(
    experts: str = typer.Argument(..., metavar="EXPERTS", help="Folder of OSAI-index YAML files."),
    snapshots: str = typer.Argument(..., metavar="SNAPSHOTS", help="Folder of snapshot .json files."),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help="text or json."),
) -> None:
    from rich.markup import escape
    from rich.table import Table

    from opengauge.evaluate import EXPERT_LEVELS, OUR_LEVELS, evaluate
    from opengauge.experts import MATCH_KINDS

    fmt = _format(format, ("text", "json"))
    result = evaluate(experts, snapshots)
    if fmt == "json":
        print_json(result)
        return
    out = console()
    table = Table(title="Agreement with the OSAI index experts", header_style="bold")
    for col in ("parameter", "n", "exact", "within one level"):
        table.add_column(col, justify="left" if col == "parameter" else "right")
    for p, r in result["parameters"].items():
        table.add_row(p, str(r["n"]), _pct(r["exact_rate"]), _pct(r["within_one_rate"]))
    o = result["overall"]
    table.add_row("[bold]overall[/bold]", str(o["n"]), _pct(o["exact_rate"]), _pct(o["within_one_rate"]))
    out.print(table)
    cm = Table(title="Confusion matrix (rows: experts, columns: opengauge)", header_style="bold")
    cm.add_column("expert \\ ours")
    for c in OUR_LEVELS:
        cm.add_column(c, justify="right")
    for r in EXPERT_LEVELS:
        cm.add_row(r, *[str(result["confusion"][r][c]) for c in OUR_LEVELS])
    out.print(cm)
    models = Table(title="Models", header_style="bold")
    for col in ("release", "expert file", "ours", "experts", "agree"):
        models.add_column(col)
    for m in result["models"]:
        models.add_row(
            escape(safe_text(m["release"], one_line=True)),
            escape(safe_text(m["expert_file"], one_line=True)),
            f"{m['our_score'] * 100:.1f}%",
            f"{m['expert_score'] * 100:.1f}%",
            f"{m['agree']}/{m['rated']}",
        )
    out.print(models)
    for key, what in MATCH_KINDS.items():
        sub = result["by_match"][key]
        out.print(
            f"{what}: {sub['n']} cells, exact {_pct(sub['exact_rate'])}, "
            f"within one level {_pct(sub['within_one_rate'])}"
        )
    if result["unmatched"]:
        out.print("No expert file for: " + escape(safe_text(", ".join(result["unmatched"]), one_line=True)))
    out.print(escape(result["convention"]) + ". " + escape(result["note"]))


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.0f}%"


def register(app: typer.Typer) -> None:
    app.command("assess", help=ASSESS_HELP)(assess_command)
    app.command("explain", help=EXPLAIN_HELP)(explain_command)
    app.command("schema", help=SCHEMA_HELP)(schema_command)
    app.command("evaluate", help=EVALUATE_HELP)(evaluate_command)
