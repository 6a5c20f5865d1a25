"""`opengauge index` (the reviewed index: ranked table, site, OSAI comparison) and `opengauge site`."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from opengauge.cli.common import paragraphs, print_json
from opengauge.errors import InputError

if TYPE_CHECKING:
    from opengauge.document import AssessmentDocument

INDEX_HELP = paragraphs(
    """
Assess every model of the built-in reviewed index and print the ranked table.

Each entry is a snapshot of a well-known release (no network is used) plus reviewers' judgments
where automation cannot decide; reviewed judgments override automated ones visibly. Rows are ranked
by headline label (most open first), then by European Open Source AI Index score. Columns: label,
OSAI score, MOF class, OSAID, the governing license, its verdict and its worst clauses, and how many
reviews changed an automated result.

Filters: --label, --org (substring), --type, --verdict. Formats: text (default), json (every
reviewed assessment document), csv, markdown. --site OUT/ also writes the static website.

--refresh re-reads every entry's release online (as `opengauge audit --depth full`, into --store
or the default store; --workers N fetches N at a time) and shows, per model, what changed since the
entry's snapshot; --format json prints the comparisons as JSON.

Subcommand: `opengauge index import-osai PATH` compares opengauge with the experts' OSAI-index
ratings.
"""
)

SITE_HELP = paragraphs(
    """
Assess the built-in index and write the static website into OUT.

The site has a sortable, filterable leaderboard, one page per model (label and why, the 12 OSAI
parameters with evidence, license clauses with line and quote, MOF, OSAID, EU AI Act indicator,
lineage, what the publisher could improve), a compare page, one page per license, a methods page,
JSON/CSV downloads and badges. It uses no CDN and works from file:// or any static host.
"""
)

IMPORT_HELP = paragraphs(
    """
Compare opengauge's OSAI parameters with the experts' ratings of the European Open Source AI Index.

PATH is a folder of the index's YAML files (or one file), as in
https://github.com/Language-Technology-Assessment/main-database. Entries are paired with the
experts' file of their family; prints, per parameter, where opengauge and the experts disagree. The
experts rate each family through one (usually the latest) model. Data: https://osai-index.eu, CC-BY
4.0 (Liesenfeld & Dingemanse, FAccT 2024).
"""
)

_FORMATS = ("text", "json", "csv", "markdown")
_TYPES = ("text", "code", "multimodal", "image", "audio", "video")


def _assess(org: str | None, type_: str | None) -> tuple[list[AssessmentDocument], float]:
    from opengauge.index.load import filter_entries, load_index
    from opengauge.index.run import assess_index

    entries = filter_entries(load_index(), org=org, type_=type_)
    start = time.perf_counter()
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(
            TextColumn("assessing {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as progress:
            task = progress.add_task("", total=len(entries))

            def tick(entry):
                progress.update(task, advance=1, description=entry.id)

            docs = assess_index(entries, progress=tick)
    else:
        docs = assess_index(entries)
    return docs, time.perf_counter() - start


def _check(label: str | None, type_: str | None, format: str) -> str:
    from opengauge.model import Label

    if label and label not in list(Label):
        raise InputError(f"--label {label!r}: choose one of {', '.join(Label)}")
    if type_ and type_.lower() not in _TYPES:
        raise InputError(f"--type {type_!r}: choose one of {', '.join(_TYPES)}")
    fmt = format.lower()
    if fmt not in _FORMATS:
        raise InputError(f"--format {format!r}: choose text, json, csv or markdown")
    return fmt


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")


def _write_site(docs: list[AssessmentDocument], out: Path) -> None:
    from opengauge import __version__
    from opengauge.formats.site import build_site

    _check_out(out)
    report = build_site(docs, out, tool_version=__version__)
    print(
        f"opengauge: site written to {out}/ ({len(report.pages)} pages, {report.models} models, "
        f"{report.licenses} licenses); open {out}/index.html",
        file=sys.stderr,
    )


def index_callback(
    ctx: typer.Context,
    format: str = typer.Option(
        "text", "--format", "-f", metavar="text|json|csv|markdown", help="Output format."
    ),
    label: str | None = typer.Option(
        None, "--label", help="Only models with this headline label (e.g. open-weights)."
    ),
    org: str | None = typer.Option(
        None, "--org", help="Only models whose organisation contains this text (case-insensitive)."
    ),
    type_: str | None = typer.Option(
        None, "--type", help="Only models of this type: text, code, multimodal, image, audio, video."
    ),
    verdict: str | None = typer.Option(
        None, "--verdict", help="Only models whose license verdict is this (e.g. osi-open, restricted)."
    ),
    site: Path | None = typer.Option(
        None, "--site", metavar="OUT/", help="Also write the static website into this folder."
    ),
    store: Path | None = typer.Option(
        None, "--store", metavar="FILE.duckdb", help="Also write every reviewed assessment into this store."
    ),
    refresh: bool = typer.Option(
        False, "--refresh", help="Re-read every entry's release online and show what changed."
    ),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="--refresh: concurrent fetches."),
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    if refresh:
        _refresh(org, type_, store, workers, format)
        return
    from opengauge import __version__
    from opengauge.index.table import (
        filter_rows,
        ranked_rows,
        render_csv,
        render_json,
        render_markdown,
        render_text,
    )

    fmt = _check(label, type_, format)
    if site is not None:
        _check_out(site)
    docs, seconds = _assess(org, type_)
    rows = filter_rows(ranked_rows(docs), label=label, verdict=verdict)
    keep = {r["id"] for r in rows}
    shown = [d for d in docs if d.index is not None and d.index.id in keep]
    if fmt == "json":
        sys.stdout.write(render_json(shown, rows, tool_version=__version__))
    elif fmt == "csv":
        sys.stdout.write(render_csv(rows))
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(rows))
    else:
        sys.stdout.write(render_text(rows))
    print(
        f"opengauge: {len(rows)} of {len(docs)} models shown; assessed in {seconds:.1f} s (built-in "
        "data, no network)",
        file=sys.stderr,
    )
    if site is not None:
        _write_site(docs, site)
    if store is not None:
        _write_store(docs, store)


def _write_store(docs: list[AssessmentDocument], path: Path) -> None:
    """Every reviewed document into the store, keyed `index:<id>` at the entry's checked date."""
    from opengauge.index.load import load_index
    from opengauge.store import Store, record_from_document

    releases = {e.id: e.release for e in load_index()}
    records = []
    for d in docs:
        if d.index is None:
            continue
        records.append(
            record_from_document(
                d,
                key=f"index:{d.index.id}",
                origin="index",
                release=releases.get(d.index.id),
                depth="index",
                revision=d.release.revision or d.index.checked or "",
            )
        )
    with Store.open(path) as st:
        st.write(records, replace=True)
        total = st.count()
    print(f"opengauge: {len(records)} index assessments written to {path} ({total} rows)", file=sys.stderr)


def _refresh(org: str | None, type_: str | None, store: Path | None, workers: int, format: str) -> None:
    """`index --refresh`: the audit machinery over the entries' online releases, then the comparison."""
    from opengauge.audit.refresh import ORIGIN, RefreshSource, compare_entries, render_changes, today
    from opengauge.audit.run import run_audit
    from opengauge.audit.work import FULL
    from opengauge.cli.audit import _with_progress
    from opengauge.index.load import filter_entries, load_index
    from opengauge.index.run import assess_index
    from opengauge.store import Store

    fmt = format.lower()
    if fmt not in ("text", "json"):
        raise InputError(f"--format {format!r}: --refresh prints text or json")
    entries = filter_entries(load_index(), org=org, type_=type_)
    stamp = today()
    source = RefreshSource(entries, stamp)
    with Store.open(store) as st:
        summary = _with_progress(
            lambda tick, start: run_audit(
                source, st, depth=FULL, workers=workers, progress=tick, on_start=start, origin=ORIGIN
            )
        )
        snapshots = {d.index.id: d.to_json() for d in assess_index(entries, reviews=False) if d.index}
        changes = compare_entries(entries, st, stamp, lambda e: snapshots[e.id])
    if fmt == "json":
        print_json(
            {"schema": "opengauge.index-refresh/1", "date": stamp, "entries": [c.to_json() for c in changes]}
        )
    else:
        sys.stdout.write(render_changes(changes, stamp))
    print(
        f"opengauge: refresh of {summary.rows} entries: {summary.assessed} read now, {summary.skipped} "
        f"already read today ({summary.failed} with an error); {summary.seconds:.1f} s; store {st.path}",
        file=sys.stderr,
    )


def import_osai_command(
    path: Path = typer.Argument(..., metavar="PATH", help="Folder of OSAI-index YAML files, or one file."),
    format: str = typer.Option(
        "text", "--format", "-f", metavar="text|json", help="text or json (opengauge.osai-comparison/1)."
    ),
    details: bool = typer.Option(
        True, "--details/--summary", help="List every disagreement, or only the summary."
    ),
) -> None:
    from opengauge.index.osai_import import compare, read_osai, render_comparison_text

    fmt = format.lower()
    if fmt not in ("text", "json"):
        raise InputError(f"--format {format!r}: choose text or json")
    from opengauge.index.load import load_index
    from opengauge.index.run import assess_index

    ratings = read_osai(path)
    docs, _ = _assess(None, None)
    result = compare(docs, ratings, automated=assess_index(load_index(), reviews=False))
    if fmt == "json":
        print_json(result)
    else:
        sys.stdout.write(render_comparison_text(result, details=details))


def site_command(
    out: Path = typer.Argument(
        ..., metavar="OUT", help="Folder to write the website into (created if missing)."
    ),
) -> None:
    _check_out(out)
    docs, seconds = _assess(None, None)
    print(f"opengauge: assessed {len(docs)} models in {seconds:.1f} s", file=sys.stderr)
    _write_site(docs, out)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help=INDEX_HELP,
        invoke_without_command=True,
        no_args_is_help=False,
        add_completion=False,
        rich_markup_mode=None,
    )
    group.callback(invoke_without_command=True, help=INDEX_HELP)(index_callback)
    group.command("import-osai", help=IMPORT_HELP)(import_osai_command)
    app.add_typer(group, name="index")
    app.command("site", help=SITE_HELP)(site_command)
