"""Running an audit: rows -> batches -> assessments (here, in a process pool, or on Dask) ->
one writer -> the store.

Resumable by construction: a batch's rows whose (key, revision) are already stored are skipped
before any work, and each batch's records are written in one transaction, so a process killed at
any moment (SIGKILL included) leaves only whole batches behind and a rerun fills the rest, with
no duplicate and no gap. Only this process writes to the store.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from opengauge.audit.metadata import model_id, quick_parent_names
from opengauge.audit.sources import DumpSource, RowSource
from opengauge.audit.work import FULL, METADATA, Batch, assess_batch, fewer_collections, preload
from opengauge.sources.settings import load_settings
from opengauge.store import Record, Store

#: The deepest base-model chain an audit follows (as `opengauge.assess.MAX_LINEAGE`).
_CHAIN = 5
#: Rows per batch (and per transaction of the store) when none is given: at `--depth metadata` a row
#: takes milliseconds, and a larger Arrow table per write costs DuckDB less per row (about 0.1 ms a row
#: less than 64); at `--depth full` each row is fetched, and a small batch keeps every worker busy.
BATCH_ROWS = {METADATA: 256, FULL: 64}


@dataclass
class AuditSummary:
    rows: int = 0
    """Rows of the source met."""
    assessed: int = 0
    """Rows assessed and written by this run."""
    skipped: int = 0
    """Rows already in the store (from an earlier run)."""
    failed: int = 0
    """Rows written with an error (unreadable card, release not found...)."""
    seconds: float = 0.0
    parents: int = 0
    """Rows of the source kept in memory as base models of other rows."""


class RowSpool:
    """Rows by lower-case model id in a temporary SQLite file (pickled: the audit's own rows, read
    back exactly as written), so the base-model rows of a large dump do not stay in memory."""

    def __init__(self) -> None:
        import sqlite3
        import tempfile

        self._dir = tempfile.TemporaryDirectory(prefix="opengauge-lineage-")
        self._db = sqlite3.connect(f"{self._dir.name}/rows.sqlite", check_same_thread=False)
        self._db.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, row BLOB NOT NULL)")

    def __setitem__(self, key: str, row: dict[str, Any]) -> None:
        import pickle

        self._db.execute(
            "INSERT OR REPLACE INTO rows VALUES (?, ?)", (key, pickle.dumps(row, pickle.HIGHEST_PROTOCOL))
        )

    def get(self, key: str) -> dict[str, Any] | None:
        import pickle

        hit = self._db.execute("SELECT row FROM rows WHERE id = ?", (key,)).fetchone()
        return pickle.loads(hit[0]) if hit else None  # noqa: S301 - written by this process

    def known(self, keys: list[str]) -> set[str]:
        """Which of the keys are spooled."""
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            out.update(r[0] for r in self._db.execute(f"SELECT id FROM rows WHERE id IN ({marks})", part))  # noqa: S608
        return out

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM rows").fetchone()[0])

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()


class Lineage:
    """Which rows of a dump are base models of other rows, and their rows (two streaming passes;
    the rows are spooled to a temporary file)."""

    def __init__(self) -> None:
        self.rows = RowSpool()

    @classmethod
    def scan(cls, source: DumpSource, batch_size: int = 512) -> Lineage:
        lin = cls()
        named: set[str] = set()
        for rows in source.rows(batch_size, columns=["modelId", "id", "card", "cardData"]):
            for r in rows:
                # every parent: a merge's other parents bind too
                named.update(b.lower() for b in quick_parent_names(r))
        if not named:
            return lin
        for rows in source.rows(batch_size):
            for r in rows:
                mid = model_id(r)
                if mid is not None and mid.lower() in named:
                    lin.rows[mid.lower()] = r
        return lin

    def for_rows(self, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The base-model rows the given rows need (their whole chains)."""
        out: dict[str, dict[str, Any]] = {}
        for r in rows:
            # every parent of every row, and theirs, to the depth of the deepest chain followed
            todo = [(b.lower(), 1) for b in quick_parent_names(r)]
            while todo:
                name, level = todo.pop()
                if level > _CHAIN or name in out:
                    continue
                row = self.rows.get(name)
                if row is None:
                    continue
                out[name] = row
                todo.extend((b.lower(), level + 1) for b in quick_parent_names(row))
        return out


def _batches(
    source: RowSource,
    store: Store,
    lineage: Lineage | None,
    depth: str,
    size: int,
    summary,
    origin: str = "audit",
):
    endpoint = load_settings().hf_endpoint
    for items in source.items(size):
        summary.rows += len(items)
        done = store.done((i.key, i.revision) for i in items)
        todo = [i for i in items if (i.key, i.revision) not in done]
        summary.skipped += len(items) - len(todo)
        if not todo:
            yield None, len(items)
            continue
        parents = lineage.for_rows([i.row for i in todo]) if lineage is not None else {}
        if lineage is not None:
            ids = {i.key: (model_id(i.row) or "").lower() for i in todo}
            bases = lineage.rows.known(list(set(ids.values())))
            for i in todo:
                i.base = ids[i.key] in bases
        batch = Batch(depth=depth, items=todo, parents=parents, endpoint=endpoint, origin=origin)
        yield batch, len(items) - len(todo)


def run_audit(
    source: RowSource,
    store: Store,
    *,
    depth: str,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_start: Callable[[int | None], None] | None = None,
    origin: str = "audit",
) -> AuditSummary:
    """Assess every row of `source` not yet in `store`, writing each batch (`batch_size` rows, by
    default `BATCH_ROWS` of the depth) in one transaction."""
    start = time.perf_counter()
    summary = AuditSummary()
    store.for_bulk_writes()
    lineage = None
    if depth != FULL and isinstance(source, DumpSource):
        lineage = Lineage.scan(source)
        summary.parents = len(lineage.rows)
    if on_start is not None:
        on_start(source.total)
    tick = progress or (lambda n: None)

    def write(records: list[Record]) -> None:
        store.write(records)
        summary.assessed += len(records)
        summary.failed += sum(1 for r in records if r.error)
        tick(len(records))

    size = batch_size or BATCH_ROWS.get(depth, BATCH_ROWS[FULL])
    batches = _batches(source, store, lineage, depth, size, summary, origin)
    try:
        with fewer_collections():  # the writer's, and the serial run's assessments
            if workers > 1 or dask == "local":
                preload(depth)  # before the worker processes are forked from this one
            if dask:
                _run_dask(batches, dask, workers, write, tick)
            elif workers > 1:
                _run_pool(batches, workers, write, tick)
            else:
                for batch, skipped in batches:
                    if skipped:
                        tick(skipped)
                    if batch is not None:
                        write(assess_batch(batch))
    finally:
        if lineage is not None:
            lineage.rows.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _bounded(
    batches: Iterator[tuple[Batch | None, int]],
    submit: Callable[[Batch], Future[list[Record]]],
    window: int,
    write: Callable[[list[Record]], None],
    tick: Callable[[int], None],
) -> None:
    """Keep at most `window` batches in flight; write results in submission order."""
    pending: deque[Future[list[Record]]] = deque()
    for batch, skipped in batches:
        if skipped:
            tick(skipped)
        if batch is None:
            continue
        pending.append(submit(batch))
        while len(pending) >= window:
            write(pending.popleft().result())
    while pending:
        write(pending.popleft().result())


def _run_pool(batches, workers: int, write, tick) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        _bounded(batches, lambda b: pool.submit(assess_batch, b), workers * 2, write, tick)


def dask_client(address: str, workers: int) -> Any:
    """A `dask.distributed` client: `local` starts a LocalCluster of `workers` processes (one thread
    each); anything else is a scheduler address (`tcp://host:8786`)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from opengauge.errors import OpengaugeError

        raise OpengaugeError(
            "--dask needs dask.distributed: pip install 'opengauge[dask]'", exit_code=2
        ) from None
    if address == "local":
        import dask

        # the worker processes are forked from this one, which has opengauge imported already (as the
        # process pool of --workers does), not spawned to import Python, dask and opengauge again
        # (about 1.5 CPU-seconds per worker before its first batch)
        with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
            cluster = LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=40,
            )
        return Client(cluster)
    return Client(address)


def _run_dask(batches, address: str, workers: int, write, tick) -> None:
    client = dask_client(address, workers)
    try:
        n = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) or workers)
        _bounded(batches, lambda b: client.submit(assess_batch, b, pure=False), n * 2, write, tick)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
