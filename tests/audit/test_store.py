"""The DuckDB store: schema and version, writes keyed by (key, revision), export."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from opengauge.store import Record, Store, StoreError, StoreVersionError, default_store_path


def _rec(key: str, rev: str = "r1", label: str = "open-weights") -> Record:
    return Record(key=key, revision=rev, ref=f"hf:{key}", origin="audit", label=label, document={"x": 1})


def test_new_store_has_the_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as st:
        assert st.count() == 0
        assert st.query("SELECT version FROM opengauge_schema") == [{"version": 1}]


def test_writes_keep_the_first_row_of_a_key_and_revision(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as st:
        st.write([_rec("a/b"), _rec("a/c")])
        st.write([_rec("a/b", label="closed"), _rec("a/b", rev="r2")])
        assert st.count() == 3
        assert st.query("SELECT label FROM assessments WHERE key='a/b' AND revision='r1'") == [
            {"label": "open-weights"}
        ]
        st.write([_rec("a/b", label="closed")], replace=True)
        assert st.query("SELECT label FROM assessments WHERE key='a/b' AND revision='r1'") == [
            {"label": "closed"}
        ]
        assert st.done([("a/b", "r1"), ("a/b", "r9"), ("x/y", "r1")]) == {("a/b", "r1")}


def test_a_write_that_meets_a_stored_key_keeps_every_stored_row_and_adds_the_rest(tmp_path: Path) -> None:
    # the plain INSERT tried first fails on the conflict; the write is then made with INSERT OR IGNORE
    with Store.open(tmp_path / "s.duckdb") as st:
        st.write([_rec("a/b")])
        st.write([_rec("a/c"), _rec("a/b", label="closed"), _rec("a/d")])
        assert st.query("SELECT key, label FROM assessments ORDER BY key") == [
            {"key": "a/b", "label": "open-weights"},
            {"key": "a/c", "label": "open-weights"},
            {"key": "a/d", "label": "open-weights"},
        ]
        # a key twice in one write: the first is kept
        st.write([_rec("a/e", label="closed"), _rec("a/e")])
        assert st.query("SELECT label FROM assessments WHERE key='a/e'") == [{"label": "closed"}]


def test_another_schema_version_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE opengauge_schema SET version = 99")
    con.close()
    with pytest.raises(StoreVersionError, match="schema version 99.*reads version 1"):
        Store.open(path)


def test_a_foreign_duckdb_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an opengauge store"):
        Store.open(path)
    with pytest.raises(StoreError, match="no such store"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_default_path_is_under_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("OPENGAUGE_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_store_path() == tmp_path / "opengauge" / "opengauge.duckdb"


def test_export_writes_parquet(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    with Store.open(tmp_path / "s.duckdb") as st:
        st.write([_rec("a/b"), _rec("a/c")])
        files = st.export_parquet(tmp_path / "out")
    table = pq.read_table(files[0])
    assert (
        table.num_rows == 2 and "document" in table.column_names and "blocking_clauses" in table.column_names
    )
