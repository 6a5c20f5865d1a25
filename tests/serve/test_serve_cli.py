"""`opengauge serve` from the command line: several uvicorn workers over one store file, and the
message when the extra is missing."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from opengauge.serve import MissingExtraError, require_web
from opengauge.store import Store

PROJECT = Path(__file__).resolve().parents[2]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_workers_share_one_store(fake_hub, tmp_path):
    refs = [fake_hub.add_corpus_release(f) for f in ("olmo-7b", "amber", "pythia-6.9b")]
    store, port = tmp_path / "shared.duckdb", _port()
    env = {**os.environ, **fake_hub.env(), "PYTHONPATH": str(PROJECT / "src")}
    cmd = [sys.executable, "-m", "opengauge", "serve", "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(
        [*cmd, "--store", str(store), "--log-level", "warning"], env=env, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        codes = []
        for _ in range(3):  # new connections: the two workers share the requests
            for ref in refs:
                codes.append(httpx.get(base + "/api/v1/assess", params={"ref": ref}, timeout=60).status_code)
        assert codes == [200] * len(codes)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err, err
    with Store.open(store, read_only=True) as st:
        keys = {r["key"] for r in st.query("SELECT key FROM assessments WHERE origin = 'serve'")}
    assert keys == set(refs)


def test_missing_extra_says_how_to_install(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"pip install 'opengauge\[serve\]'"):
        require_web()


def test_a_file_that_is_not_a_store_fails_at_start(tmp_path):
    from opengauge.serve.app import create_app
    from opengauge.serve.config import ServeConfig
    from opengauge.store import StoreError

    bad = tmp_path / "not-a-store.duckdb"
    bad.write_text("hello")
    with pytest.raises(StoreError):
        create_app(ServeConfig(store=bad))


def test_a_locked_store_is_waited_for_then_read(tmp_path):
    """Another process holds the file for writing: reads retry, then count as a miss (never a crash)."""
    import multiprocessing

    from opengauge.serve.storage import ServeStorage
    from opengauge.store import Record

    path = tmp_path / "locked.duckdb"
    with Store.open(path) as st:
        st.write(
            [Record(key="hf:any/model", revision="r1", ref="hf:any/model", origin="serve", document={"x": 1})]
        )
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(path), ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        storage = ServeStorage(path, wait=0.3)
        assert storage.latest("hf:any/model") is None  # held: a miss after the wait
        assert storage.opens > 1  # it was retried
    finally:
        release.set()
        holder.join(30)
    found = ServeStorage(path).latest("hf:any/model")  # free again: read
    assert found is not None and found[0] == {"x": 1} and found[1].tzinfo is not None


def _hold(path, ready, release):
    import duckdb

    con = duckdb.connect(path)
    ready.set()
    release.wait(60)
    con.close()
