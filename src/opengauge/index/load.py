"""Read the built-in index: `entries/<model-id>.yaml` (package data) into `IndexEntry` objects.

Entries never carry license texts. A document of an entry that is a well-known license names its
catalog entry (`catalog_id`) and has empty text; `resolve_catalog_documents` checks every such
reference against the license catalog and records the ones the catalog does not know as problems
of the release, so an assessment says why a license could not be read instead of guessing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from opengauge.index.entry import IndexEntry
from opengauge.index.errors import IndexDataError
from opengauge.licenses import Catalog, load_catalog
from opengauge.licenses.document import LicenseClause
from opengauge.licenses.taxonomy import clause_type
from opengauge.model import Release
from opengauge.textio import load_yaml_no_aliases

#: An entry file larger than this is refused (they are a few kB).
MAX_ENTRY_BYTES = 512 * 1024


def _entries_dir():
    return resources.files("opengauge.index").joinpath("entries")


def schema() -> dict:
    """The JSON Schema every entry file validates against."""
    return json.loads(resources.files("opengauge.index").joinpath("schema.json").read_text(encoding="utf-8"))


def parse_entry(text: str, name: str = "<entry>") -> IndexEntry:
    """Parse one entry's YAML text (safe loader, no aliases) into an `IndexEntry`."""
    if len(text.encode("utf-8")) > MAX_ENTRY_BYTES:
        raise IndexDataError(f"index entry {name}: larger than {MAX_ENTRY_BYTES} bytes")
    try:
        data = load_yaml_no_aliases(text)
    except yaml.YAMLError as exc:
        raise IndexDataError(f"index entry {name}: invalid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise IndexDataError(f"index entry {name}: expected a mapping")
    try:
        return IndexEntry.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise IndexDataError(f"index entry {name}: {where}: {first['msg']}") from exc


def entry_files() -> list[tuple[str, str]]:
    """(file name, text) of every built-in entry, sorted by name."""
    out = []
    for item in _entries_dir().iterdir():
        if item.name.endswith(".yaml"):
            out.append((item.name, item.read_text(encoding="utf-8")))
    return sorted(out)


@lru_cache(maxsize=1)
def load_index() -> tuple[IndexEntry, ...]:
    """Every built-in entry, sorted by id. Raises `IndexDataError` on a malformed entry."""
    entries = []
    seen: set[str] = set()
    for name, text in entry_files():
        entry = parse_entry(text, name)
        if Path(name).stem != entry.id:
            raise IndexDataError(f"index entry {name}: id {entry.id!r} does not match the file name")
        if entry.id in seen:
            raise IndexDataError(f"index entry {name}: duplicate id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    if not entries:
        raise IndexDataError("the built-in index is empty (package data missing?)")
    return tuple(sorted(entries, key=lambda e: e.id))


def get_entry(entry_id: str) -> IndexEntry:
    for e in load_index():
        if e.id == entry_id:
            return e
    raise IndexDataError(f"no index entry {entry_id!r}; `opengauge index --format json` lists them")


def resolve_catalog_documents(release: Release, catalog: Catalog | None = None) -> Release:
    """The release with every catalog reference checked against the license catalog.

    Texts are never filled in (the catalog carries none): the document keeps `catalog_id`, which
    the license probe reads as the identified license. An id the catalog does not know is reported
    in `release.problems`, so the assessment can say the license could not be identified.
    """
    catalog = catalog if catalog is not None else load_catalog()
    problems = list(release.problems)
    for doc in release.documents:
        if not doc.catalog_id:
            continue
        known = catalog.get(doc.catalog_id) is not None
        if not known:
            msg = f"{doc.path}: license catalog has no entry {doc.catalog_id!r}; the document cannot be read"
            if msg not in problems:
                problems.append(msg)
    if problems == release.problems:
        return release
    return release.model_copy(update={"problems": problems})


def entry_release(entry: IndexEntry, catalog: Catalog | None = None) -> Release:
    """The entry's release ready for assessment (catalog references checked)."""
    return resolve_catalog_documents(entry.release, catalog)


def filter_entries(
    entries: tuple[IndexEntry, ...] | list[IndexEntry],
    *,
    org: str | None = None,
    type_: str | None = None,
    ids: list[str] | None = None,
) -> list[IndexEntry]:
    """Entries matching an organisation substring (case-insensitive), a model type and/or ids."""
    out = []
    for e in entries:
        if org and org.lower() not in e.organisation.lower():
            continue
        if type_ and e.type != type_.lower():
            continue
        if ids and e.id not in ids:
            continue
        out.append(e)
    return out


def catalog_clauses(license_id: str | None, catalog: Catalog | None = None) -> list[LicenseClause]:
    """The clause types the license catalog records for a license (and the use policy it pulls
    in), as clauses without line or quote: the index's stand-in when an entry refers to a
    well-known license by catalog id and so carries no text to quote from."""
    if not license_id:
        return []
    catalog = catalog if catalog is not None else load_catalog()
    out: list[LicenseClause] = []
    seen: set[str] = set()
    entry = catalog.get(license_id)
    chain = [entry]
    if entry is not None and entry.use_policy:
        chain.append(catalog.get(entry.use_policy))
    for e in chain:
        if e is None:
            continue
        for t in e.clauses:
            if t in seen:
                continue
            ct = clause_type(t)  # the catalog's tests keep every type in the taxonomy
            seen.add(t)
            out.append(
                LicenseClause(
                    type=t,
                    name=ct.name,
                    freedom=ct.freedom,
                    blocks_open_source=ct.blocks_open_source,
                    document=e.id,
                )
            )
    return out
