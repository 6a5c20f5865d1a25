"""`opengauge audit` (bulk assessment into the store), `audit report`, `audit export`,
`opengauge history` and `opengauge diff`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from opengauge.cli.common import default_command_group, paragraphs
from opengauge.errors import InputError

AUDIT_HELP = paragraphs(
    """
Audit many releases at once into the store (a DuckDB file), resumably.

SOURCE is a file of references, one per line (- for standard input); hub: for the Hub's model
listing (with --author, --search, --filter TAG, --limit N; HF_ENDPOINT is honoured); or a Parquet
or JSONL dump of Hub model metadata with card text (columns modelId, author, tags, pipeline_tag,
library_name, createdAt, last_modified, downloads, likes, card).

--depth metadata (the default for hub: and dumps) judges each row from its listing metadata and
card text only, with no request per repo; base models are found among the audit's own rows, then
in the built-in index. --depth full (the default for references) fetches each release as `assess`
does. --workers N uses N processes; --dask ADDRESS (or local) runs the batches on a dask.distributed
cluster. Killed at any moment, the same command continues where it stopped, with no duplicate and
no gap.

Subcommands: `audit report STORE`, `audit export STORE -o DIR`.
"""
)

REPORT_HELP = paragraphs(
    """
Report on a store: label distribution, license verdicts and the most common blocking clauses,
license laundering (models whose declared license is freer than a base model's, with the chain),
models that say "open source" but are not, and the largest families by derivatives.
--format text, markdown, json or html (one self-contained page with inline SVG charts).
"""
)

EXPORT_HELP = paragraphs(
    """
Export a store to Parquet: DIR/assessments.parquet (every column; the document as JSON text) and
DIR/opengauge_schema.parquet.
"""
)

HISTORY_HELP = paragraphs(
    """
List the stored assessments of one release (REF, e.g. hf:org/name) over revisions and dates: label,
OSAI score, MOF class, license and verdict, and what changed from the row before.
"""
)

DIFF_HELP = paragraphs(
    """
Compare two assessments of a release: label and score change, each OSAI parameter that moved (with
both reasons), license clauses added or removed (with quotes), files and documents added or removed.

A and B are references (hf:org/name@rev1 and hf:org/name@rev2; fetched like `assess`), snapshot
files, assessment JSON files (`assess --format json`), or, with --store FILE, stored rows
(hf:org/name@rev; a prefix of the commit is enough).
"""
)


def _depth(depth: str, source: str) -> str:
    d = depth.lower()
    if d == "auto":
        s = source.lower()
        return (
            "metadata"
            if s.rstrip(":") == "hub" or s.endswith((".parquet", ".pq", ".jsonl", ".ndjson"))
            else "full"
        )
    if d not in ("metadata", "full"):
        raise InputError(f"--depth {depth!r}: choose metadata or full")
    return d


def audit_run(
    source: str = typer.Argument(
        ..., metavar="SOURCE", help="hub:, a .parquet/.jsonl dump, or a file of refs."
    ),
    store: Path | None = typer.Option(
        None,
        "--store",
        metavar="FILE.duckdb",
        help="The store (default: $XDG_DATA_HOME/opengauge/opengauge.duckdb).",
    ),
    depth: str = typer.Option(
        "auto", "--depth", metavar="metadata|full", help="How deep to read each release."
    ),
    author: str | None = typer.Option(None, "--author", help="hub: only models of this author."),
    search: str | None = typer.Option(None, "--search", help="hub: only models whose id contains this."),
    filter: list[str] = typer.Option([], "--filter", metavar="TAG", help="hub: only models with this tag."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="hub: at most this many models."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Processes on this machine."),
    dask: str | None = typer.Option(
        None,
        "--dask",
        metavar="ADDRESS|local",
        help="Run on a dask.distributed cluster (local: a LocalCluster).",
    ),
    batch_size: int | None = typer.Option(
        None,
        "--batch-size",
        min=1,
        max=10_000,
        help="Rows per batch (and transaction); default 256 at --depth metadata, 64 at --depth full.",
    ),
) -> None:
    from opengauge.audit.run import run_audit
    from opengauge.audit.sources import open_source
    from opengauge.store import Store

    d = _depth(depth, source)
    src = open_source(source, depth=d, author=author, search=search, filter=filter, limit=limit)
    try:
        with Store.open(store) as st:
            summary = _with_progress(
                lambda tick, start: run_audit(
                    src,
                    st,
                    depth=d,
                    workers=workers,
                    dask=dask,
                    batch_size=batch_size,
                    progress=tick,
                    on_start=start,
                )
            )
            total = st.count()
    finally:
        src.close()
    rate = summary.assessed / summary.seconds if summary.seconds else 0.0
    print(
        f"opengauge: audit of {summary.rows} rows: {summary.assessed} assessed ({summary.failed} with an "
        f"error), {summary.skipped} already stored; {summary.seconds:.1f} s, {rate:.1f} rows/s; "
        f"{total} rows in {st.path}",
        file=sys.stderr,
    )


def _with_progress(run):  # noqa: ANN001, ANN202
    """Run with a rich progress bar on stderr (done/total, rate, ETA); quiet when stderr is not a
    terminal."""
    if not sys.stderr.isatty():
        return run(None, None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("auditing"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as progress:
        task = progress.add_task("audit", total=None, rate="")

        def start(total: int | None) -> None:
            progress.update(task, total=total)

        def tick(n: int) -> None:
            progress.update(task, advance=n)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:,.1f} rows/s" if speed else "")

        return run(tick, start)


def audit_report(
    store: Path = typer.Argument(..., metavar="STORE", help="The store file."),
    format: str = typer.Option(
        "text", "--format", "-f", metavar="text|markdown|json|html", help="Output format."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    top: int = typer.Option(20, "--top", min=1, help="Rows per list (laundering, clauses, families)."),
) -> None:
    from opengauge.audit.report import build_report, render
    from opengauge.store import Store

    fmt = format.lower()
    if fmt not in ("text", "markdown", "json", "html"):
        raise InputError(f"--format {format!r}: choose text, markdown, json or html")
    with Store.open(store, read_only=True) as st:
        report = build_report(st, top=top)
    text = render(report, fmt)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        print(f"opengauge: report written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def audit_export(
    store: Path = typer.Argument(..., metavar="STORE", help="The store file."),
    out: Path = typer.Option(
        ..., "--output", "-o", metavar="DIR", help="Folder to write the Parquet files into."
    ),
) -> None:
    from opengauge.store import Store

    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    with Store.open(store, read_only=True) as st:
        files = st.export_parquet(out)
        n = st.count()
    print(f"opengauge: {n} assessments exported to " + ", ".join(str(f) for f in files), file=sys.stderr)


def history_command(
    ref: str = typer.Argument(..., metavar="REF", help="hf:org/name (or the key a row was stored under)."),
    store: Path | None = typer.Option(None, "--store", metavar="FILE.duckdb", help="The store."),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help="text or json."),
) -> None:
    from opengauge.audit.history import history_rows, render_history
    from opengauge.cli.common import print_json
    from opengauge.store import Store

    with Store.open(store, read_only=True) as st:
        rows = history_rows(st, ref)
    if not rows:
        raise InputError(
            f"{ref}: no stored assessment (write some with `opengauge assess {ref} --store ...`)"
        )
    if format.lower() == "json":
        print_json(rows)
    else:
        sys.stdout.write(render_history(ref, rows))


def diff_command(
    a: str = typer.Argument(..., metavar="A", help="Reference, snapshot, assessment JSON, or stored row."),
    b: str = typer.Argument(..., metavar="B", help="The same, for the newer side."),
    store: Path | None = typer.Option(
        None, "--store", metavar="FILE.duckdb", help="Look A and B up in this store."
    ),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help="text or json."),
) -> None:
    from opengauge.audit.diff import diff_documents, load_side, render_diff
    from opengauge.cli.common import print_json

    left = load_side(a, store)
    right = load_side(b, store)
    result = diff_documents(left, right)
    if format.lower() == "json":
        print_json(result)
    else:
        sys.stdout.write(render_diff(result))


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        cls=default_command_group("run"),
        help=AUDIT_HELP,
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode=None,
    )
    group.command("run", help=AUDIT_HELP)(audit_run)
    group.command("report", help=REPORT_HELP)(audit_report)
    group.command("export", help=EXPORT_HELP)(audit_export)
    app.add_typer(group, name="audit")
    app.command("history", help=HISTORY_HELP)(history_command)
    app.command("diff", help=DIFF_HELP)(diff_command)
