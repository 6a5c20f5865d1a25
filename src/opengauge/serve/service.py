"""Live assessments for the server: memory, then the store, then the release itself, with one
upstream fetch per reference at a time (single flight).

`Assessments.get(ref)` answers from memory when a fresh assessment is there, else joins the
assessment of the same reference already under way, else starts one: the store is read first (an
assessment another worker or an earlier run made is served if younger than `max_age`); only then
is the release fetched (`sources.resolve`), in a thread, holding one of the `FetchSlots`, under the
upstream timeout, and assessed like `opengauge assess` does. The result goes to the store and into
memory. A failure (not found, gated without access, offline...) is remembered for `failure_ttl`
seconds so that a reload does not fetch again.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from opengauge.document import AssessmentDocument
from opengauge.serve.config import ServeConfig
from opengauge.serve.errors import ServeError, from_source_error
from opengauge.serve.limits import FetchSlots
from opengauge.serve.refs import WebRef
from opengauge.serve.storage import ServeStorage
from opengauge.sources.errors import GATED_PROBLEM, SourceError
from opengauge.store import Record

log = logging.getLogger("opengauge.serve")


@dataclass
class Live:
    """One assessment as the server holds it (with what was rendered from it, rendered once)."""

    key: str
    doc: AssessmentDocument
    assessed_at: datetime
    fetched_at: float
    """`time.monotonic()` when this process got it (from upstream or from the store)."""
    rendered: dict[str, str] = field(default_factory=dict)
    """Outputs made from this assessment, by name (the page at a path, the JSON body)."""

    def once(self, name: str, make: Callable[[], str]) -> str:
        if name not in self.rendered:
            self.rendered[name] = make()
        return self.rendered[name]

    @property
    def gated(self) -> bool:
        return any(p.startswith(GATED_PROBLEM) for p in self.doc.release.problems)


@dataclass(frozen=True)
class Pending:
    """An assessment still under way."""

    key: str
    elapsed: float


def fetch_and_assess(canonical: str, refresh: bool) -> tuple[AssessmentDocument, Record]:
    """Read the release and assess it as `opengauge assess` does (blocking: run in a thread)."""
    from opengauge.document import assessment_document
    from opengauge.index.run import index_assessor
    from opengauge.sources import resolve
    from opengauge.store import record_from_document

    release = resolve(canonical, refresh=refresh)
    assessment = index_assessor().assess(release)
    doc = assessment_document(assessment, problems=release.problems)
    record = record_from_document(
        doc,
        key=canonical,
        origin="serve",
        release=release,
        depth="full",
        inherited_from=assessment.terms.inherited_from if assessment.terms else None,
    )
    return doc, record


Fetcher = Callable[[str, bool], tuple[AssessmentDocument, Record]]


class Assessments:
    """The live assessments of one server process (see the module docstring)."""

    def __init__(
        self, config: ServeConfig, *, storage: ServeStorage | None = None, fetcher: Fetcher = fetch_and_assess
    ) -> None:
        self.config = config
        self.storage = storage
        self.fetcher = fetcher
        self.slots = FetchSlots(config.concurrency, config.queue)
        # threads: the running fetches, plus those abandoned after a timeout, plus store access
        self.executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=config.concurrency * 2 + 2, thread_name_prefix="opengauge-serve"
        )
        self.memory: OrderedDict[str, Live] = OrderedDict()
        self.failures: dict[str, tuple[ServeError, float]] = {}
        self.inflight: dict[str, tuple[asyncio.Task[Live], float]] = {}
        self.fetches: Counter[str] = Counter()
        """Upstream fetches started, per reference (for /healthz and the tests)."""

    # -- the one entry point -----------------------------------------------------------------------
    async def get(
        self,
        ref: WebRef,
        *,
        wait: float,
        refresh: bool = False,
        on_start: Callable[[], None] | None = None,
    ) -> Live | Pending:
        """The assessment of `ref`, waiting at most `wait` seconds for one under way (then `Pending`).
        `refresh` reads the release again unless it was read less than `reassess_after` ago.
        `on_start` is called before a new assessment starts (the fetch rate limit: it may raise)."""
        key = ref.canonical
        now = time.monotonic()
        held = self.memory.get(key)
        if held is not None:
            age = now - held.fetched_at
            fresh = age < (self.config.reassess_after if refresh else self.config.max_age)
            if fresh:
                self.memory.move_to_end(key)
                return held
        failure = self.failures.get(key)
        if failure is not None and not refresh:
            if failure[1] > now:
                raise failure[0]
            del self.failures[key]
        if key not in self.inflight:
            if on_start is not None:
                on_start()
            task = asyncio.create_task(self._load(key, refresh=refresh))
            self.inflight[key] = (task, now)
            task.add_done_callback(functools.partial(self._done, key))
        task, started = self.inflight[key]
        try:
            return (
                await asyncio.wait_for(asyncio.shield(task), timeout=wait) if wait > 0 else await _peek(task)
            )
        except TimeoutError:
            return Pending(key, time.monotonic() - started)

    def _done(self, key: str, task: asyncio.Task[Live]) -> None:
        self.inflight.pop(key, None)
        if task.cancelled():
            return
        exc = task.exception()
        if isinstance(exc, ServeError) and exc.code != "busy":  # a full queue is not the release's fault
            self.failures[key] = (exc, time.monotonic() + self.config.failure_ttl)
            self._prune()
        elif exc is not None and not isinstance(exc, ServeError):
            log.error("assessment of %s failed", key, exc_info=exc)

    async def _load(self, key: str, *, refresh: bool) -> Live:
        loop = asyncio.get_running_loop()
        if not refresh and self.storage is not None:
            stored = await loop.run_in_executor(self.executor, self.storage.latest, key)
            if stored is not None:
                data, assessed_at = stored
                age = (datetime.now(UTC) - assessed_at).total_seconds()
                if age < self.config.max_age:
                    doc = AssessmentDocument.model_validate(data)
                    return self._keep(Live(key, doc, assessed_at, time.monotonic() - age))
        await self.slots.acquire()
        released = False
        try:
            self.fetches[key] += 1
            future = loop.run_in_executor(self.executor, self.fetcher, key, refresh)
            try:
                doc, record = await asyncio.wait_for(asyncio.shield(future), timeout=self.config.timeout)
            except TimeoutError:
                # the thread cannot be stopped: its slot is given back when it ends
                future.add_done_callback(lambda _f: self.slots.release())
                released = True
                raise ServeError(
                    f"Reading {key} took longer than {self.config.timeout:g} s.",
                    status=504,
                    code="timeout",
                    title="The upstream server did not answer in time",
                    hint="Try again later.",
                    retry_after=60,
                ) from None
            except SourceError as exc:
                raise from_source_error(exc) from None
        finally:
            if not released:
                self.slots.release()
        if self.storage is not None:
            await loop.run_in_executor(self.executor, self.storage.save, record)
        return self._keep(Live(key, doc, record.assessed_at, time.monotonic()))

    def _prune(self) -> None:
        """Bound what is kept per reference: expired failures go first, then the oldest; the
        fetch counts keep only the references still held."""
        cap = self.config.memory
        if len(self.failures) > cap:
            now = time.monotonic()
            for k in [k for k, (_, until) in self.failures.items() if until <= now]:
                del self.failures[k]
            while len(self.failures) > cap:
                del self.failures[next(iter(self.failures))]
        if len(self.fetches) > cap * 4:
            held = set(self.memory) | set(self.failures) | set(self.inflight)
            for k in [k for k in self.fetches if k not in held]:
                del self.fetches[k]

    def _keep(self, live: Live) -> Live:
        self.memory[live.key] = live
        self.memory.move_to_end(live.key)
        while len(self.memory) > self.config.memory:
            self.memory.popitem(last=False)
        self.failures.pop(live.key, None)
        self._prune()
        return live

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


async def _peek(task: asyncio.Task[Live]) -> Live:
    if task.done():
        return task.result()
    raise TimeoutError


__all__ = ["Assessments", "Live", "Pending", "fetch_and_assess"]
