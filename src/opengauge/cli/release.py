"""`opengauge release REF` (the receipts view of what a source found) and `opengauge snapshot REF -o FILE`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

import typer

from opengauge.cli.common import console
from opengauge.escape import json_text, safe_text
from opengauge.textio import short_revision

if TYPE_CHECKING:
    from opengauge.model import Release

REF_HELP = (
    "What to read: [bold]hf:ORG/NAME\\[@REVISION][/] (or a bare ORG/NAME) for the Hugging Face Hub, "
    "[bold]gh:OWNER/REPO\\[@REF][/] for GitHub, a folder laid out like a downloaded Hub repo, "
    "or a snapshot FILE.json written by `opengauge snapshot`."
)
NO_LINEAGE_HELP = "Do not follow base_model to the parent releases."
LINEAGE_DEPTH_HELP = "How many base-model hops to follow."


class ReleaseFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


WEIGHT_FORMATS = {
    ".safetensors": "safetensors",
    ".bin": "pytorch-bin",
    ".pth": "pytorch",
    ".pt": "pytorch",
    ".gguf": "gguf",
    ".ckpt": "checkpoint",
    ".h5": "keras-h5",
    ".msgpack": "flax",
    ".onnx": "onnx",
    ".npz": "numpy",
    ".tflite": "tflite",
    ".ggml": "ggml",
    ".mlmodel": "coreml",
}


def _clean(value: object, limit: int = 200) -> str:
    """Untrusted text made safe for a terminal: one line, control and bidi characters shown escaped
    (`escape.safe_text`), bounded length."""
    text = safe_text(value, one_line=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    value = float(n)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return str(value)


def weight_summary(release: Release) -> dict[str, tuple[int, int]]:
    """{format: (file count, total bytes)} of the weight files in the listing."""
    out: dict[str, list[int]] = {}
    for f in release.files:
        fmt = WEIGHT_FORMATS.get(PurePosixPath(f.path).suffix.lower())
        if fmt:
            entry = out.setdefault(fmt, [0, 0])
            entry[0] += 1
            entry[1] += f.size or 0
    return {k: (v[0], v[1]) for k, v in out.items()}


def render(release: Release) -> None:
    from rich.table import Table
    from rich.text import Text

    con = console()
    t = Text()
    t.append(_clean(release.ref), style="bold")
    t.append(f"  ({release.source})")
    con.print(t)
    meta = release.metadata
    card_license = " / ".join(
        _clean(meta.get(k)) for k in ("license", "license_name", "license_link") if meta.get(k)
    )
    facts = [
        ("revision", release.revision),
        ("url", release.url),
        ("retrieved", release.retrieved_at.isoformat() if release.retrieved_at else None),
        ("license (card)", card_license or None),
        ("gated", release.gated if release.gated not in (None, False) else None),
        ("private", True if release.private else None),
        ("pipeline", release.pipeline_tag),
    ]
    for label, value in facts:
        if value is not None:
            con.print(Text(f"  {label}: ") + Text(_clean(value)))

    docs = Table(title="Documents", title_justify="left", show_edge=False)
    for col in ("kind", "path", "size", "revision", "repo"):
        docs.add_column(col, overflow="fold", no_wrap=col in ("kind", "size", "revision"))
    for d in release.documents:
        shown = _size(d.size) + (" (truncated)" if d.truncated else "")
        rev = _clean(short_revision(d.revision or ""))
        docs.add_row(d.kind.value, _clean(d.path, 80), shown, rev, _clean(d.repo, 60))
    for repo in release.code_repos:
        for d in repo.documents:
            rev = _clean(short_revision(d.revision or ""))
            docs.add_row(d.kind.value, _clean(d.path, 80), _size(d.size), rev, _clean(d.repo, 60))
    con.print(docs if docs.row_count else Text("Documents: none read"))

    total = sum(f.size or 0 for f in release.files)
    truncated = "; listing truncated" if release.files_truncated else ""
    line = Text(f"Files: {len(release.files)} ({_size(total)})" + truncated)
    con.print(line)
    weights = weight_summary(release)
    if weights:
        for fmt, (count, size) in sorted(weights.items()):
            con.print(Text(f"  weights: {count} {fmt} file(s), {_size(size)}"))
    else:
        con.print(Text("  weights: no weight files in the listing"))

    if release.code_repos:
        table = Table(title="Linked code repos", title_justify="left", show_edge=False)
        for col in ("repo", "revision", "license", "files", "documents", "error"):
            table.add_column(col, no_wrap=col in ("repo", "revision", "files"))
        for r in release.code_repos:
            table.add_row(
                _clean(r.ref, 60),
                _clean(short_revision(r.revision or "")),
                _clean(r.license_spdx or ""),
                f"{len(r.files)}{'+' if r.files_truncated else ''}",
                _clean(", ".join(d.path for d in r.documents), 60),
                _clean((r.error or "").removeprefix(r.ref + ": "), 80),
            )
        con.print(table)
    if release.datasets:
        table = Table(title="Datasets", title_justify="left", show_edge=False)
        for col in ("dataset", "license", "gated", "on the Hub"):
            table.add_column(col)
        for ds in release.datasets:
            exists = {True: "yes", False: "no", None: "not looked up" if not ds.error else "?"}[ds.exists]
            gated = _clean("" if ds.gated is None else ds.gated)
            table.add_row(_clean(ds.id, 80), _clean(ds.license or ""), gated, exists)
        con.print(table)
    if release.papers:
        papers = ", ".join(f"arXiv:{p}" if p[:1].isdigit() else p for p in release.papers)
        con.print(Text("Papers: " + _clean(papers, 400)))
    others = [u for u in release.links if "github.com/" in u.lower()]
    if others:
        con.print(Text(f"Links: {len(release.links)} (GitHub: {len(others)})"))
    if release.base_models:
        rel = f" ({_clean(release.base_model_relation)})" if release.base_model_relation else ""
        con.print(Text("Base model: " + _clean(", ".join(release.base_models)) + rel))
    if release.lineage:
        con.print(Text("Lineage (nearest first):"))
        for i, parent in enumerate(release.lineage, 1):
            lic = parent.metadata.get("license") or "?"  # cleaned below
            rev = _clean(short_revision(parent.revision or ""))
            con.print(Text(f"  {i}. {_clean(parent.ref)} @ {rev}  license: {_clean(lic)}"))
    if release.problems:
        con.print(Text("Problems:", style="bold"))
        for p in release.problems:
            con.print(Text("  - " + _clean(p, 300)))


def _exit_if_gated(release: Release) -> None:
    from opengauge.sources import gated_without_access
    from opengauge.sources.errors import GatedRepoError

    if gated_without_access(release):
        # the output above is complete for what is public; the distinct exit code tells scripts so
        raise GatedRepoError(
            f"{release.ref} is gated; only its public metadata was read (set HF_TOKEN to a token with access)"
        )


def register(app: typer.Typer) -> None:
    @app.command("release")
    def release_cmd(
        ref: str = typer.Argument(..., help=REF_HELP, metavar="REF"),
        fmt: ReleaseFormat = typer.Option(
            ReleaseFormat.TEXT, "--format", "-f", help="text (the receipts view) or json (the snapshot JSON)."
        ),
        refresh: bool = typer.Option(False, "--refresh", help="Ignore the caches and ask the servers again."),
        no_lineage: bool = typer.Option(False, "--no-lineage", help=NO_LINEAGE_HELP),
        lineage_depth: int = typer.Option(5, "--lineage-depth", min=0, max=5, help=LINEAGE_DEPTH_HELP),
    ) -> None:
        """Show what a release contains: documents, files, linked code repos, datasets, papers, lineage.

        Facts only, no judgment. Reads HF_ENDPOINT, HF_TOKEN, HF_HUB_OFFLINE, GITHUB_API_URL, GITHUB_TOKEN;
        caches under $OPENGAUGE_CACHE (default ~/.cache/opengauge) so a second run makes no request.
        """
        from opengauge.sources import dumps, resolve

        release = resolve(ref, refresh=refresh, lineage_depth=0 if no_lineage else lineage_depth)
        if fmt == ReleaseFormat.JSON:
            sys.stdout.write(json_text(dumps(release)))
        else:
            render(release)
        _exit_if_gated(release)

    @app.command("snapshot")
    def snapshot_cmd(
        ref: str = typer.Argument(..., help=REF_HELP, metavar="REF"),
        output: str = typer.Option(
            ..., "--output", "-o", help="The JSON file to write (written atomically)."
        ),
        refresh: bool = typer.Option(False, "--refresh", help="Ignore the caches and ask the servers again."),
        no_lineage: bool = typer.Option(False, "--no-lineage", help=NO_LINEAGE_HELP),
        lineage_depth: int = typer.Option(5, "--lineage-depth", min=0, max=5, help=LINEAGE_DEPTH_HELP),
    ) -> None:
        """Capture a whole release as versioned JSON (schema opengauge.release/1) for offline use.

        Records the revision/commit and retrieval time of every document. Any command accepts the
        written FILE.json as its REF, so an assessment can be reproduced later without network.
        """
        from opengauge.sources import resolve, save_snapshot

        release = resolve(ref, refresh=refresh, lineage_depth=0 if no_lineage else lineage_depth)
        path = save_snapshot(release, output)
        counts = f"{len(release.documents)} documents, {len(release.files)} files"
        print(f"wrote {safe_text(path)} ({counts})", file=sys.stderr)
        _exit_if_gated(release)
