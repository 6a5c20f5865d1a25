"""Where an audit's rows come from: a file of references, the Hub's model listing, or a dump.

Every source yields `Item`s in a stable order (so a rerun meets the same keys) and never holds
the whole input in memory: dumps are read in batches with pyarrow, the Hub listing is paginated
and spooled to a temporary JSONL file (so it is listed once, and read like a dump).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from opengauge.audit.metadata import model_id, revision_of
from opengauge.audit.work import Item
from opengauge.errors import InputError, OpengaugeError

#: The columns read from a dump (the public Hub dumps' names), plus the listing's extras.
DUMP_COLUMNS = (
    "modelId",
    "author",
    "tags",
    "pipeline_tag",
    "library_name",
    "createdAt",
    "last_modified",
    "downloads",
    "likes",
    "card",
    "sha",
    "gated",
    "siblings",
)
#: What the audit asks the Hub listing for (`expand`).
EXPAND: list[Any] = [
    "author",
    "cardData",
    "tags",
    "gated",
    "siblings",
    "sha",
    "pipeline_tag",
    "library_name",
    "createdAt",
    "lastModified",
    "downloads",
    "likes",
]


class AuditSourceError(OpengaugeError):
    """An audit source cannot be read (exit code 2: bad input)."""

    exit_code = 2


class RowSource:
    """Rows of an audit. `total` is the number of rows when known cheaply."""

    kind = "rows"
    total: int | None = None
    has_rows = True
    """False for a file of references (nothing to read before fetching)."""

    def items(self, batch_size: int) -> Iterator[list[Item]]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class RefsSource(RowSource):
    """One reference per line (blank lines and `#` comments skipped); `-` reads standard input."""

    kind = "refs"
    has_rows = False

    def __init__(self, path: str) -> None:
        from opengauge.sources import parse_ref
        from opengauge.sources.errors import SourceError

        if path == "-":
            text = sys.stdin.read()
        else:
            p = Path(path)
            if not p.is_file():
                raise AuditSourceError(f"{path}: no such file")
            text = p.read_text("utf-8", errors="replace")
        refs = []
        for n, line in enumerate(text.splitlines(), start=1):
            ref = line.split("#", 1)[0].strip()
            if not ref:
                continue
            try:
                parsed = parse_ref(ref)
            except SourceError as exc:
                raise AuditSourceError(f"{path}:{n}: {exc}") from None
            refs.append((ref, parsed.revision or ""))
        self.refs = list(dict.fromkeys(refs))
        self.total = len(self.refs)

    def items(self, batch_size: int) -> Iterator[list[Item]]:
        for i in range(0, len(self.refs), batch_size):
            yield [Item(key=r, revision=rev, row={"ref": r}) for r, rev in self.refs[i : i + batch_size]]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _row_item(row: dict[str, Any], full: bool) -> Item | None:
    mid = model_id(row)
    if mid is None:
        return None
    rev = revision_of(row)
    if full:
        sha = row.get("sha")
        row = {"ref": f"hf:{mid}" + (f"@{sha}" if isinstance(sha, str) and sha else ""), **row}
    return Item(key=mid, revision=rev, row=row)


class DumpSource(RowSource):
    """A Parquet or JSONL (`.jsonl`, `.ndjson`, `.json`) dump of Hub model metadata."""

    kind = "dump"

    def __init__(self, path: str, *, full: bool = False) -> None:
        self.path = Path(path)
        self.full = full
        if not self.path.is_file():
            raise AuditSourceError(f"{path}: no such file")
        self.parquet = self.path.suffix.lower() in (".parquet", ".pq")
        if self.parquet:
            import pyarrow.parquet as pq

            try:
                meta = pq.ParquetFile(self.path)
            except Exception as exc:  # pyarrow raises several unrelated types for a bad file
                raise AuditSourceError(f"{path}: not a readable Parquet file ({exc})") from None
            names = set(meta.schema_arrow.names)
            if "modelId" not in names and "id" not in names:
                raise AuditSourceError(f"{path}: no modelId column")
            self.columns = [c for c in (*DUMP_COLUMNS, "id", "cardData") if c in names]
            self.total = meta.metadata.num_rows
        else:
            with self.path.open("rb") as fh:
                self.total = sum(1 for line in fh if line.strip())

    def rows(
        self, batch_size: int = 1024, columns: list[str] | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        if self.parquet:
            import pyarrow.parquet as pq

            f = pq.ParquetFile(self.path)
            cols = [c for c in (columns or self.columns) if c in self.columns]
            for rb in f.iter_batches(batch_size=batch_size, columns=cols):
                yield [{k: _plain(v) for k, v in r.items()} for r in rb.to_pylist()]
            return
        yield from self._jsonl(batch_size, columns)

    def _jsonl(self, batch_size: int, columns: list[str] | None) -> Iterator[list[dict[str, Any]]]:
        import pyarrow as pa
        import pyarrow.json as pj

        # Lines are parsed by pyarrow's JSON reader, block by block; the varying nested values a
        # Hub row may carry (cardData, siblings) are re-read from the line with the json module.
        block = 1 << 20
        try:
            reader = pj.open_json(
                self.path,
                read_options=pj.ReadOptions(block_size=block, use_threads=False),
                parse_options=pj.ParseOptions(
                    explicit_schema=pa.schema([("modelId", pa.string()), ("id", pa.string())]),
                    unexpected_field_behavior="ignore",
                    newlines_in_values=False,
                ),
            )
            lines = self._lines()
            for rb in reader:
                out = []
                for _ in range(rb.num_rows):
                    out.append(json.loads(next(lines)))
                    if len(out) >= batch_size:
                        yield out
                        out = []
                if out:
                    yield out
        except pa.ArrowInvalid as exc:
            raise AuditSourceError(f"{self.path}: not a JSONL file of Hub rows ({exc})") from None

    def _lines(self) -> Iterator[bytes]:
        with self.path.open("rb") as fh:
            for line in fh:
                if line.strip():
                    yield line

    def items(self, batch_size: int) -> Iterator[list[Item]]:
        for rows in self.rows(batch_size):
            items = [it for it in (_row_item(r, self.full) for r in rows) if it is not None]
            if items:
                yield items


class HubSource(DumpSource):
    """The Hub's model listing (`HfApi.list_models` with the fields the audit reads), paginated,
    spooled to a temporary JSONL file and read like a dump. Honours `HF_ENDPOINT` and `HF_TOKEN`."""

    kind = "hub"

    def __init__(
        self,
        *,
        author: str | None = None,
        search: str | None = None,
        filter: list[str] | None = None,
        limit: int | None = None,
        full: bool = False,
    ) -> None:
        from huggingface_hub import HfApi

        from opengauge.sources.settings import load_settings

        s = load_settings()
        api = HfApi(endpoint=s.hf_endpoint, token=s.hf_token)
        fd, tmp = tempfile.mkstemp(prefix="opengauge-listing-", suffix=".jsonl")
        self._tmp = Path(tmp)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for m in api.list_models(
                    author=author, search=search, filter=filter or None, limit=limit, expand=EXPAND
                ):
                    fh.write(json.dumps(_listing_row(m), ensure_ascii=False, default=str) + "\n")
        except Exception as exc:
            self._tmp.unlink(missing_ok=True)
            from opengauge.sources.hub_errors import classify

            failure = classify(exc, "the Hub model listing", s)
            if failure is not None:
                raise failure.error from None
            raise
        super().__init__(str(self._tmp), full=full)

    def close(self) -> None:
        self._tmp.unlink(missing_ok=True)


def _listing_row(m: Any) -> dict[str, Any]:
    card = getattr(m, "card_data", None) or getattr(m, "cardData", None)
    if card is not None and hasattr(card, "to_dict"):
        card = card.to_dict()
    siblings = [
        {"rfilename": s.rfilename, "size": getattr(s, "size", None), "lfs": bool(getattr(s, "lfs", None))}
        for s in (getattr(m, "siblings", None) or [])
    ]
    row = {
        "modelId": m.id,
        "author": getattr(m, "author", None),
        "tags": list(getattr(m, "tags", None) or []),
        "pipeline_tag": getattr(m, "pipeline_tag", None),
        "library_name": getattr(m, "library_name", None),
        "createdAt": _plain(getattr(m, "created_at", None)),
        "last_modified": _plain(getattr(m, "last_modified", None)),
        "downloads": getattr(m, "downloads", None),
        "likes": getattr(m, "likes", None),
        "sha": getattr(m, "sha", None),
        "gated": getattr(m, "gated", None),
        "cardData": card if isinstance(card, dict) else None,
    }
    if getattr(m, "siblings", None) is not None:
        row["siblings"] = siblings
    return row


def open_source(
    spec: str,
    *,
    depth: str,
    author: str | None = None,
    search: str | None = None,
    filter: list[str] | None = None,
    limit: int | None = None,
) -> RowSource:
    """The source SPEC names: `hub:`, a `.parquet`/`.jsonl` dump, or a file of references (`-`)."""
    full = depth == "full"
    if spec.lower().rstrip(":") == "hub":
        return HubSource(author=author, search=search, filter=filter, limit=limit, full=full)
    if any((author, search, filter)):
        raise InputError("--author, --search and --filter apply to the hub: source only")
    lower = spec.lower()
    if lower.endswith((".parquet", ".pq", ".jsonl", ".ndjson")):
        return DumpSource(spec, full=full)
    if depth != "full":
        raise InputError(
            f"{spec}: a file of references is read with --depth full (--depth metadata needs a dump "
            "or the hub: listing, which carry the card)"
        )
    return RefsSource(spec)
