"""The assessment store: one embedded DuckDB file holding every assessment opengauge made.

    from opengauge.store import Store, default_store_path
    with Store.open(path) as store:
        store.write([record_from_document(doc, key="hf:org/name", origin="assess")])

Schema version 1 (`SCHEMA_VERSION`; the `opengauge_schema` table holds the version of a file):

    opengauge_schema(version INTEGER, created_at TIMESTAMPTZ, opengauge_version VARCHAR)
    assessments(
      key VARCHAR          -- what was asked for: the source row id or the reference as given
      revision VARCHAR     -- commit sha (or the dump's last-modified time); '' when unknown
      commit VARCHAR       -- the commit the facts were read at, when known
      ref VARCHAR          -- the canonical reference, hf:org/name
      origin VARCHAR       -- audit, assess or index
      depth VARCHAR        -- metadata or full
      retrieved_at TIMESTAMPTZ, assessed_at TIMESTAMPTZ, opengauge_version VARCHAR,
      label VARCHAR, osai_score DOUBLE, osai_levels JSON ({parameter: level}),
      mof_class VARCHAR, osaid_passes BOOLEAN,
      license_id VARCHAR, license_verdict VARCHAR, declared_license VARCHAR,
      declared_verdict VARCHAR, inherited_from VARCHAR,
      blocking_clauses VARCHAR[], base_models VARCHAR[], lineage VARCHAR[] (nearest parent first),
      lineage_licenses VARCHAR[] (the license each base model of `lineage` declares; '' unknown),
      claims_open_source BOOLEAN, error VARCHAR (why a row could not be assessed; label is then NULL),
      document JSON        -- the whole opengauge.assessment/1 document
      PRIMARY KEY (key, revision))

A row is written once per (key, revision): the audit skips keys already stored, so a rerun
continues where a killed one stopped; `assess --store` and `index --store` replace the row of the
same key and revision. Every write is one transaction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opengauge import __version__
from opengauge.errors import OpengaugeError

if TYPE_CHECKING:
    from opengauge.document import AssessmentDocument
    from opengauge.model import Release

SCHEMA_VERSION = 1
#: DuckDB's buffer memory in a long run of writes (`Store.for_bulk_writes`). 64 MB was too little for a
#: checkpoint of the audit's documents ("failed to pin block"); 128 MB held for 130,000 rows.
WRITER_MEMORY = "256MB"

_DDL = """
CREATE TABLE IF NOT EXISTS opengauge_schema (
  version INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL, opengauge_version VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS assessments (
  key VARCHAR NOT NULL,
  revision VARCHAR NOT NULL,
  commit VARCHAR,
  ref VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  depth VARCHAR,
  retrieved_at TIMESTAMPTZ,
  assessed_at TIMESTAMPTZ NOT NULL,
  opengauge_version VARCHAR NOT NULL,
  label VARCHAR,
  osai_score DOUBLE,
  osai_levels JSON,
  mof_class VARCHAR,
  osaid_passes BOOLEAN,
  license_id VARCHAR,
  license_verdict VARCHAR,
  declared_license VARCHAR,
  declared_verdict VARCHAR,
  inherited_from VARCHAR,
  blocking_clauses VARCHAR[],
  base_models VARCHAR[],
  lineage VARCHAR[],
  lineage_licenses VARCHAR[],
  claims_open_source BOOLEAN,
  error VARCHAR,
  document JSON,
  PRIMARY KEY (key, revision));
"""

COLUMNS = (
    "key",
    "revision",
    "commit",
    "ref",
    "origin",
    "depth",
    "retrieved_at",
    "assessed_at",
    "opengauge_version",
    "label",
    "osai_score",
    "osai_levels",
    "mof_class",
    "osaid_passes",
    "license_id",
    "license_verdict",
    "declared_license",
    "declared_verdict",
    "inherited_from",
    "blocking_clauses",
    "base_models",
    "lineage",
    "lineage_licenses",
    "claims_open_source",
    "error",
    "document",
)


class StoreError(OpengaugeError):
    """The store cannot be opened or read (exit code 1)."""

    exit_code = 1


class StoreVersionError(StoreError):
    """The file was written by a store schema this opengauge does not read."""


def default_store_path() -> Path:
    """`$OPENGAUGE_STORE`, else `$XDG_DATA_HOME/opengauge/opengauge.duckdb`
    (`~/.local/share/opengauge/opengauge.duckdb`)."""
    if os.environ.get("OPENGAUGE_STORE"):
        return Path(os.environ["OPENGAUGE_STORE"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "opengauge" / "opengauge.duckdb"


@dataclass
class Record:
    """One row of `assessments` (see the module docstring)."""

    key: str
    revision: str
    ref: str
    origin: str
    commit: str | None = None
    depth: str | None = None
    retrieved_at: datetime | None = None
    assessed_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    opengauge_version: str = __version__
    label: str | None = None
    osai_score: float | None = None
    osai_levels: dict[str, str] | str | None = None
    mof_class: str | None = None
    osaid_passes: bool | None = None
    license_id: str | None = None
    license_verdict: str | None = None
    declared_license: str | None = None
    declared_verdict: str | None = None
    inherited_from: str | None = None
    blocking_clauses: list[str] = field(default_factory=list)
    base_models: list[str] = field(default_factory=list)
    lineage: list[str] = field(default_factory=list)
    lineage_licenses: list[str] = field(default_factory=list)
    claims_open_source: bool | None = None
    error: str | None = None
    document: dict[str, Any] | str | bytes | None = None
    """The document, or its JSON text: `str`, or UTF-8 `bytes` as pydantic writes it (a worker
    serialises it, so the writer does not; Arrow takes the bytes without encoding them again)."""

    def serialised(self) -> Record:
        """The record with its JSON columns as text (cheaper to pickle and to write)."""
        for c in ("osai_levels", "document"):
            v = getattr(self, c)
            if v is not None and not isinstance(v, str | bytes):
                setattr(self, c, json.dumps(v, ensure_ascii=False, separators=(",", ":")))
        return self

    def row(self) -> tuple[Any, ...]:
        self.serialised()
        return tuple(getattr(self, c) for c in COLUMNS)


def record_from_document(
    doc: AssessmentDocument,
    *,
    key: str,
    origin: str,
    release: Release | None = None,
    depth: str | None = None,
    revision: str | None = None,
    inherited_from: str | None = None,
) -> Record:
    """The store row of an assessment document (and, when given, the release it judged and the
    base model whose terms govern it: `Assessment.terms.inherited_from`)."""
    from opengauge.audit.metadata import claims_open_source, declared_license, own_license
    from opengauge.licenses.facts import verdict_for_id

    data = doc.to_json_bytes()
    osai = doc.frameworks.osai
    lic = doc.license
    declared = declared_license(release) if release is not None else None
    return Record(
        key=key,
        revision=revision if revision is not None else (doc.release.revision or ""),
        commit=doc.release.revision,
        ref=doc.release.ref.split("@")[0] if doc.release.ref.startswith("hf:") else doc.release.ref,
        origin=origin,
        depth=depth,
        retrieved_at=release.retrieved_at if release is not None else None,
        assessed_at=doc.created_at or datetime.now(UTC),
        opengauge_version=doc.tool_version or __version__,
        label=str(doc.label),
        osai_score=osai.score,
        osai_levels={k: str(p.level) for k, p in osai.parameters.items()},
        mof_class=doc.frameworks.mof.class_,
        osaid_passes=doc.frameworks.osaid.passes,
        license_id=lic.license.id,
        license_verdict=str(doc.license_verdict),
        declared_license=declared,
        declared_verdict=str(verdict_for_id(declared)) if declared else None,
        inherited_from=inherited_from,
        blocking_clauses=list(dict.fromkeys(c.type for c in doc.blocking_clauses)),
        base_models=list(release.base_models) if release is not None else [],
        lineage=lineage_refs(release) if release is not None else [],
        lineage_licenses=[own_license(r) or "" for r in release.lineage] if release is not None else [],
        claims_open_source=claims_open_source(release) if release is not None else None,
        document=data,
    )


def lineage_refs(release: Release) -> list[str]:
    """The references of a release's base-model chain, nearest first. A base its child names only by
    family (`named:Llama 2`), which the built-in index's member stands in for, is shown as named: the
    card said "Llama 2", not which member, and a report must not say otherwise."""
    from opengauge.sources.derivation import NAMED

    out: list[str] = []
    child = release
    for parent in release.lineage:
        named = child.base_models[0] if child.base_models else ""
        out.append(named if named.startswith(NAMED) else parent.ref)
        child = parent
    return out


def failed_record(key: str, revision: str, ref: str, origin: str, depth: str | None, error: str) -> Record:
    """The row of a release that could not be assessed (so a rerun does not leave a gap)."""
    return Record(key=key, revision=revision, ref=ref, origin=origin, depth=depth, error=error)


class Store:
    """One DuckDB file. Open with `Store.open(path)` (created with the current schema if new)."""

    def __init__(self, path: Path, con: Any) -> None:
        self.path = path
        self.con = con

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False, create: bool = True) -> Store:
        import duckdb

        p = Path(path).expanduser() if path is not None else default_store_path()
        if p.exists() and p.is_dir():
            raise StoreError(f"{p}: is a folder, not a store file")
        if not p.exists():
            if read_only or not create:
                raise StoreError(f"{p}: no such store (write one with `opengauge audit ... --store {p}`)")
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(str(p), read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"{p}: cannot open the store: {str(exc).splitlines()[0]}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{p}: not a DuckDB store ({str(exc).splitlines()[0]})") from None
        store = cls(p, con)
        try:
            store._check_schema(read_only=read_only)
        except BaseException:
            con.close()
            raise
        return store

    def _check_schema(self, *, read_only: bool) -> None:
        tables = {
            r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        if "opengauge_schema" not in tables:
            if tables:
                raise StoreError(f"{self.path}: a DuckDB file, but not an opengauge store")
            if read_only:
                raise StoreError(f"{self.path}: an empty DuckDB file, not an opengauge store")
            self.con.execute("BEGIN")
            self.con.execute(_DDL)
            self.con.execute(
                "INSERT INTO opengauge_schema VALUES (?, ?, ?)",
                [SCHEMA_VERSION, datetime.now(UTC), __version__],
            )
            self.con.execute("COMMIT")
            return
        row = self.con.execute("SELECT max(version) FROM opengauge_schema").fetchone()
        version = row[0] if row else None
        if version != SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path}: store schema version {version}, but this opengauge ({__version__}) "
                f"reads version {SCHEMA_VERSION}; use a matching opengauge or start a new store"
            )

    # -- writing -------------------------------------------------------------------------------
    def for_bulk_writes(self, memory: str = WRITER_MEMORY) -> None:
        """Set the connection up for a long run of writes (the audit's writer): one thread (the
        assessments run in other processes, and a writer thread per core cost more CPU than it saved)
        and a cap on DuckDB's buffer memory, which otherwise keeps the pages it wrote and grows with
        the store (900 MB at 22,000 rows of 26 kB documents; flat near 380 MB at 130,000 rows with
        128 MB)."""
        self.con.execute("SET threads = 1")
        self.con.execute(f"SET memory_limit = '{memory}'")

    def write(self, records: Sequence[Record], *, replace: bool = False) -> int:
        """Write records in one transaction; an existing (key, revision) is kept (the audit's
        resume rule) or, with `replace`, overwritten. Returns how many rows were given."""
        if not records:
            return 0
        import duckdb
        import pyarrow as pa

        rows = [r.row() for r in records]
        # one Arrow table per write: DuckDB scans it in bulk (executemany binds row by row)
        table = pa.Table.from_arrays(
            [pa.array([row[i] for row in rows], type=t) for i, t in enumerate(_arrow_types())],
            names=list(COLUMNS),
        )
        # without `replace`, a plain INSERT first: DuckDB inserts faster without a conflict clause, and
        # the audit asks `done` before it assesses, so a key is seldom stored already; on a conflict
        # the transaction is rolled back and written again with INSERT OR IGNORE, which keeps the
        # stored rows as it alone would
        verbs = ["INSERT OR REPLACE"] if replace else ["INSERT", "INSERT OR IGNORE"]
        columns = ", ".join(COLUMNS)
        for verb in verbs:
            self.con.execute("BEGIN")
            try:
                self.con.register("_incoming", table)
                self.con.execute(f"{verb} INTO assessments ({columns}) SELECT * FROM _incoming")
                self.con.unregister("_incoming")
                self.con.execute("COMMIT")
                break
            except BaseException as exc:
                self.con.execute("ROLLBACK")
                self.con.unregister("_incoming")
                if not isinstance(exc, duckdb.ConstraintException) or verb == verbs[-1]:
                    raise
        return len(records)

    # -- reading -------------------------------------------------------------------------------
    def done(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of the (key, revision) pairs are already stored."""
        pairs = list(keys)
        if not pairs:
            return set()
        # the pairs as two list parameters, joined in one query (executemany inserted them one by one)
        rows = self.con.execute(
            "SELECT a.key, a.revision FROM assessments a JOIN (SELECT unnest(?::VARCHAR[]) AS key, "
            "unnest(?::VARCHAR[]) AS revision) w USING (key, revision)",
            [[k for k, _ in pairs], [r for _, r in pairs]],
        ).fetchall()
        return {(k, r) for k, r in rows}

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM assessments").fetchone()
        return int(row[0]) if row else 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def history(self, ref: str) -> list[dict[str, Any]]:
        """Every stored assessment of one release (by reference or key), oldest first."""
        base = ref.split("@")[0]
        if not base.startswith(("hf:", "gh:", "local:")) and "/" in base and not base.startswith("/"):
            base = f"hf:{base}"
        return self.query(
            "SELECT key, revision, commit, ref, origin, depth, retrieved_at, assessed_at, opengauge_version, "
            "label, osai_score, mof_class, osaid_passes, license_id, license_verdict, blocking_clauses, "
            "error "
            "FROM assessments WHERE lower(ref) = lower(?) OR lower(key) = lower(?) "
            "ORDER BY coalesce(retrieved_at, assessed_at), assessed_at",
            [base, ref],
        )

    def document(self, ref: str, revision: str | None) -> dict[str, Any] | None:
        """The stored document of a release at a revision (a prefix of the sha is enough), or its
        latest when `revision` is None."""
        base = ref.split("@")[0]
        if not base.startswith(("hf:", "gh:", "local:")) and "/" in base:
            base = f"hf:{base}"
        sql = "SELECT document FROM assessments WHERE (lower(ref) = lower(?) OR lower(key) = lower(?))"
        params: list[Any] = [base, ref]
        if revision:
            sql += " AND (starts_with(revision, ?) OR starts_with(commit, ?))"
            params += [revision, revision]
        sql += " AND document IS NOT NULL ORDER BY assessed_at DESC LIMIT 1"
        row = self.con.execute(sql, params).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def export_parquet(self, out: Path) -> list[Path]:
        """Write `assessments.parquet` (every column, the document as JSON text) and
        `opengauge_schema.parquet` into `out`."""
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ("assessments", "opengauge_schema"):
            target = out / f"{table}.parquet"
            tmp = out / f".{table}.parquet.tmp"
            self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_path(tmp)}' (FORMAT parquet)")
            os.replace(tmp, target)
            written.append(target)
        return written

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _arrow_types() -> list[Any]:
    import pyarrow as pa

    text, ts, strings = pa.string(), pa.timestamp("us", tz="UTC"), pa.list_(pa.string())
    # JSON text typed as Arrow's JSON extension (pyarrow 19+): DuckDB takes it as JSON as it is,
    # instead of parsing every document again to check it (the text comes from json/pydantic)
    json_text = pa.json_() if hasattr(pa, "json_") else text
    types = {
        "osai_levels": json_text,
        "document": json_text,
        "retrieved_at": ts,
        "assessed_at": ts,
        "osai_score": pa.float64(),
        "osaid_passes": pa.bool_(),
        "claims_open_source": pa.bool_(),
        "blocking_clauses": strings,
        "base_models": strings,
        "lineage": strings,
        "lineage_licenses": strings,
    }
    return [types.get(c, text) for c in COLUMNS]


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")


__all__ = [
    "COLUMNS",
    "SCHEMA_VERSION",
    "Record",
    "Store",
    "StoreError",
    "StoreVersionError",
    "default_store_path",
    "failed_record",
    "record_from_document",
]
