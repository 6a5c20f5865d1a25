"""The unit of work of an audit: assess one batch of rows and return their store records.

`assess_batch` is a plain top-level function over plain data (picklable), so the same code runs
in this process, in a process pool (`--workers N`) or on a Dask worker (`--dask`). Each process
keeps one `Assessor` (base models are assessed once per process) and the built-in index's releases
by Hub id (the second place base models are looked up).
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opengauge.assess import MAX_LINEAGE, Assessor
from opengauge.document import assessment_document
from opengauge.errors import OpengaugeError
from opengauge.model import Release
from opengauge.sources.derivation import NAMED
from opengauge.sources.refs import hub_key
from opengauge.store import Record, failed_record, record_from_document

METADATA = "metadata"
FULL = "full"
#: The cyclic garbage collector's first threshold during an audit (Python's is 700): an
#: assessment allocates many short-lived objects that reference counting frees, and every full
#: collection walks every live object (catalogs, compiled rules, caches): over 2,000 rows, 1 full
#: collection instead of 9; cycles are still collected.
GC_THRESHOLD = 10_000


@dataclass
class Item:
    """One row to assess: its resume key and revision, the row itself (a dump or listing row, or
    `{"ref": ...}` for a reference)."""

    key: str
    revision: str
    row: dict[str, Any]
    base: bool = False
    """True when other rows of the audit name this one as their base model (its assessment is kept
    for them)."""


@dataclass
class Batch:
    depth: str
    items: list[Item]
    parents: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Rows of the audit that are base models of this batch's rows (by lower-case model id)."""
    endpoint: str = "https://huggingface.co"
    origin: str = "audit"
    """The store's `origin` of the records (`audit`, or `refresh` for `opengauge index --refresh`)."""


_STATE: dict[str, Any] = {}
#: A process starts a fresh `Assessor` (and forgets the base-model releases it built) after this many
#: rows, so its caches of base-model assessments stay bounded however long the audit.
ASSESSOR_ROWS = 2048
#: License analyses kept per process, shared by every row (keyed by the text's hash).
READINGS = 256
#: Base-model releases built from the audit's rows, kept per process.
PARENT_RELEASES = 2048
#: Templates of row content kept per process for copies (`opengauge.audit.twins`).
TWINS = 512
#: Rows of the same content share one assessment (`opengauge.audit.twins`); False assesses every row.
SHARE_COPIES = True


class LRU(OrderedDict[Any, Any]):
    """A mapping that keeps its `size` most recently used entries."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __getitem__(self, key: Any) -> Any:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


def _assessor() -> Assessor:
    rows = _STATE.get("rows", 0)
    if "assessor" not in _STATE or rows >= ASSESSOR_ROWS:
        _STATE["assessor"] = Assessor(now=_STATE.get("now"), readings=LRU(READINGS))
        _STATE["parents"] = LRU(PARENT_RELEASES)
        _STATE["rows"] = 0
    if "twins" not in _STATE:
        _STATE["twins"] = LRU(TWINS)  # self-contained records: kept across assessors
    return _STATE["assessor"]


def index_releases() -> dict[str, Release]:
    """The built-in index's releases by lower-case Hub id (loaded once per process)."""
    if "index" not in _STATE:
        from opengauge.index.load import entry_release, load_index

        out: dict[str, Release] = {}
        for e in load_index():
            if e.release.ref.startswith("hf:"):
                release = entry_release(e)
                # under its Hub id and the ids it is also known by (renamed repositories), as the
                # lineage oracle finds it (`IndexLineage`)
                for hub_id in (e.release.id, *e.aliases):
                    out.setdefault(hub_key(hub_id), release)
        _STATE["index"] = out
    return _STATE["index"]


def _family_release(name: str) -> tuple[Release, str] | None:
    """For a base the card names by its family (`named:<name>`): the built-in index's member that
    stands in for it and the provenance saying so, when the family's foundation models agree (the
    lineage oracle's rule, `IndexLineage.stand_in`); None otherwise. Kept per process."""
    families: dict[str, tuple[Release, str] | None] = _STATE.setdefault("families", {})
    if name not in families:
        from opengauge.index.lineage import IndexLineage
        from opengauge.index.load import entry_release

        found = IndexLineage().stand_in(name, Assessor(now=_STATE.get("now")))
        families[name] = (entry_release(found[0]), found[2]) if found is not None else None
    return families[name]


def preload(depth: str) -> None:
    """Load in this process what every worker would otherwise load for itself, before the workers
    are forked from it (`--workers`, `--dask local`): they inherit it instead (the built-in
    index's releases, where `--depth metadata` looks up base models not among the rows)."""
    if depth != FULL:
        index_releases()


def _parent_release(name: str, parents: Mapping[str, Mapping[str, Any]], endpoint: str) -> Release | None:
    from opengauge.audit.metadata import release_from_row

    key = name.lower()
    _assessor()
    cache: LRU = _STATE["parents"]
    row = parents.get(key)
    # the cache is keyed by where the release came from: a row of the audit is used only when this
    # batch was given it (a base the lineage scan found), never because an earlier batch of the same
    # process happened to hold it, so the result does not depend on which process took which batch
    ckey = (key, row is not None)
    if ckey in cache:
        return cache[ckey]
    release: Release | None = None
    if row is not None:
        try:
            release = release_from_row(row, endpoint=endpoint)
        except (OpengaugeError, ValueError):
            release = None
    if release is None:
        release = index_releases().get(hub_key(name))
    if release is None and key.startswith(NAMED.lower()):
        family = _family_release(name[len(NAMED) :])
        release = family[0] if family is not None else None
    cache[ckey] = release
    return release


def with_lineage(release: Release, parents: Mapping[str, Mapping[str, Any]], endpoint: str) -> Release:
    """The release with its base-model chain: rows of the audit first, then the built-in index."""
    return _with_lineage(release, parents, endpoint, set())


def _with_lineage(
    release: Release, parents: Mapping[str, Mapping[str, Any]], endpoint: str, visited: set[str]
) -> Release:
    """`with_lineage`, adding to `visited` every base-model name the chain met (lower case)."""
    if not release.base_models:
        return release
    chain: list[Release] = []
    problems = list(release.problems)
    seen = {release.id.lower()}
    current = release
    for _ in range(MAX_LINEAGE):
        if not current.base_models:
            break
        name = current.base_models[0].removeprefix("hf:").split("@")[0]
        visited.add(name.lower())
        if name.lower() in seen:
            problems.append(f"lineage: cycle at hf:{name}; stopped")
            break
        seen.add(name.lower())
        parent = _parent_release(name, parents, endpoint)
        if parent is not None and name.startswith(NAMED):
            family = _family_release(name[len(NAMED) :])
            if family is not None:
                problems.append(f"lineage: {family[1]}")
        if parent is None:
            problems.append(f"lineage: base model hf:{name} is neither in the audit nor in the index")
            break
        if parent.lineage:
            chain.extend(parent.lineage[: MAX_LINEAGE - len(chain)])
            break
        chain.append(parent)
        current = parent
    return release.model_copy(update={"lineage": chain, "problems": problems})


def _resolver(
    parents: Mapping[str, Mapping[str, Any]], endpoint: str, visited: set[str]
) -> Callable[[str], Release | None]:
    """Finds a base model beyond the first chain (a merge's other parents) as the first chain is
    found: the audit's rows first, then the built-in index; with its own chain."""

    def resolve(ref: str) -> Release | None:
        name = ref.removeprefix("hf:").split("@")[0]
        visited.add(name.lower())
        parent = _parent_release(name, parents, endpoint)
        return None if parent is None else _with_lineage(parent, parents, endpoint, visited)

    return resolve


def _record(
    item: Item,
    release: Release,
    depth: str,
    origin: str = "audit",
    resolve: Callable[[str], Release | None] | None = None,
) -> Record:
    assessment = _assessor().assess(release, keep=item.base, resolve=resolve)
    _STATE["rows"] += 1
    doc = assessment_document(assessment, problems=release.problems)
    return record_from_document(
        doc,
        key=item.key,
        origin=origin,
        release=release,
        depth=depth,
        revision=item.revision,
        inherited_from=assessment.terms.inherited_from if assessment.terms else None,
    )


def assess_item(
    item: Item,
    depth: str,
    parents: Mapping[str, Mapping[str, Any]],
    endpoint: str,
    origin: str = "audit",
) -> Record:
    """The record of one row; a row that cannot be read is recorded with its error."""
    from opengauge.audit.metadata import model_id, release_from_row

    ref = item.row.get("ref") or f"hf:{model_id(item.row) or item.key}"
    if depth != FULL and not item.base and SHARE_COPIES:
        shared = _copy_record(item, parents, endpoint, origin, depth)
        if shared is not None:
            return shared
    try:
        if depth == FULL:
            from opengauge.sources import resolve

            release = resolve(str(item.row.get("ref") or ref))
        else:
            release = with_lineage(release_from_row(item.row, endpoint=endpoint), parents, endpoint)
        return _record(item, release, depth, origin, _resolver(parents, endpoint, set()))
    except (OpengaugeError, ValueError) as exc:
        return failed_record(item.key, item.revision, str(ref).split("@")[0], origin, depth, str(exc))


def _copy_record(
    item: Item, parents: Mapping[str, Mapping[str, Any]], endpoint: str, origin: str, depth: str
) -> Record | None:
    """The row's record from the template of its content (`opengauge.audit.twins`), made on first
    meeting; None when the row is not to be shared (then it is assessed the plain way)."""
    from opengauge.audit import twins
    from opengauge.audit.metadata import release_from_row

    found = twins.content_key(item.row, endpoint)
    if found is None:
        return None
    key = found[0]
    _assessor()
    cache: LRU = _STATE["twins"]
    if key in cache:
        tpl = cache[key]
    else:
        row = twins.stand_in(item.row)
        visited: set[str] = set()
        try:
            release = _with_lineage(release_from_row(row, endpoint=endpoint), parents, endpoint, visited)
            made = _record(
                Item(item.key, item.revision, row),
                release,
                depth,
                origin,
                _resolver(parents, endpoint, visited),
            ).serialised()
        except (OpengaugeError, ValueError):
            tpl = None
        else:
            tpl = twins.template(made, visited)
        cache[key] = tpl
    if tpl is None:
        return None
    record = twins.record_for(tpl, item.row, item.key, item.revision, _STATE["now"])
    if record is not None:
        _STATE["copies"] = _STATE.get("copies", 0) + 1
    return record


def assess_batch(batch: Batch) -> list[Record]:
    """Records of every row of a batch, in order."""
    now = _STATE["now"] = datetime.now(UTC)
    _assessor().now = now
    with fewer_collections():
        return [
            assess_item(i, batch.depth, batch.parents, batch.endpoint, batch.origin).serialised()
            for i in batch.items
        ]


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Inside the block, the cyclic garbage collector's first threshold raised to `GC_THRESHOLD`,
    and every object alive on entry (modules, catalogs, compiled rules and patterns, the index, the
    caches of earlier batches) moved out of its sight (`gc.freeze`): a collection then walks what
    the block allocated, not the hundreds of thousands of long-lived objects each time. Both undone
    on leaving (`gc.unfreeze`: cyclic garbage left by earlier batches is collected as before, so a
    long run does not keep it). Changes when memory is reclaimed, never a value."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD), *threshold[1:])
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
