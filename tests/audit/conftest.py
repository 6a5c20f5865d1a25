"""Fixtures of the audit tests: dumps made from the shared corpus' cards, the loopback Hub, and a
helper that reads a store's rows for comparison."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers.fixtures import fake_hub, fake_hub_factory  # noqa: F401

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def dump_rows(release_corpus: Path) -> list[dict]:
    from bench.dumpgen import generate

    return list(generate(100, releases=release_corpus, seed=7))


@pytest.fixture(scope="session")
def reference_store(tmp_path_factory: pytest.TempPathFactory, dump_rows: list[dict]) -> Path:
    """The dump audited serially in this process, uninterrupted: what every other way must equal."""
    from bench.dumpgen import write_parquet
    from opengauge.audit.run import run_audit
    from opengauge.audit.sources import DumpSource
    from opengauge.store import Store

    folder = tmp_path_factory.mktemp("reference")
    write_parquet(iter(dump_rows), folder / "dump.parquet")
    with Store.open(folder / "ref.duckdb") as st:
        run_audit(DumpSource(str(folder / "dump.parquet")), st, depth="metadata", batch_size=16)
    return folder / "ref.duckdb"


@pytest.fixture
def dump_parquet(tmp_path: Path, dump_rows: list[dict]) -> Path:
    from bench.dumpgen import write_parquet

    path = tmp_path / "dump.parquet"
    write_parquet(iter(dump_rows), path)
    return path


@pytest.fixture
def dump_jsonl(tmp_path: Path, dump_rows: list[dict]) -> Path:
    from bench.dumpgen import write_jsonl

    path = tmp_path / "dump.jsonl"
    write_jsonl(iter(dump_rows), path)
    return path


def store_rows(path: Path) -> list[tuple]:
    """Every row of a store, sorted, without the times that differ from run to run."""
    from opengauge.store import COLUMNS, Store

    with Store.open(path, read_only=True) as st:
        rows = st.query("SELECT * FROM assessments ORDER BY key, revision")
    out = []
    for r in rows:
        doc = json.loads(r["document"]) if r["document"] else None
        if doc is not None:
            doc.pop("created_at", None)
        out.append(tuple(doc if c == "document" else r[c] for c in COLUMNS if c != "assessed_at"))
    return out


def run_cli(*args: str, env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    """`opengauge ARGS` run in this process as the console script runs it (`opengauge.cli.main`, with
    its error handling and exit codes), `env` added to the environment, `input` on stdin and the
    project as the working directory; stdout and stderr captured apart. Real processes are for what
    needs one: the SIGKILL resume test, the dask and serve workers, the hostile corpus."""
    from click.testing import CliRunner

    from tests.sources.helpers import main_exit_code

    old_cwd = os.getcwd()
    with CliRunner().isolation(input=input, env=env) as (out, err, _):
        os.chdir(PROJECT)
        try:
            code = main_exit_code(list(args))
        finally:
            os.chdir(old_cwd)
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return subprocess.CompletedProcess(["opengauge", *args], code, stdout, stderr)
