"""The hostile corpus, run through the real CLI (a process each, forked once opengauge is imported, with
a timeout): every case gives its documented exit code in time, with no traceback, no leak of a file
outside the release (a canary) and no raw control character in the output."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from queue import Queue

import pytest
from filelock import FileLock

from tests.hostile.corpus import (
    _SOCKETS,
    CANARY,
    CASES,
    RAW_CONTROL,
    Case,
    ForkServer,
    Result,
    environment,
    run_case,
)
from tests.servers.fakes import FakeServer
from tests.warm_engine import seed_engine_cache


def _run_all(tmp: Path) -> dict[str, Result]:
    """Every case, run two at a time (the runs are processes: the machine's cores do the work), each
    forked by one of two fork servers (`tests/hostile/forkserver.py`: opengauge imported once, not
    once per case)."""
    server = FakeServer().start()
    forks: Queue[ForkServer] = Queue()
    started: list[ForkServer] = []

    def run(case: Case) -> Result:
        f = forks.get()
        try:
            return run_case(case, server, tmp, f)
        finally:
            forks.put(f)

    try:
        for _ in range(2):
            started.append(ForkServer(environment(server, seed_engine_cache(tmp / "fork-server-cache"))))
            forks.put(started[-1])
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {c.id: pool.submit(run, c) for c in CASES}
            return {k: f.result() for k, f in futures.items()}
    finally:
        for f in started:
            f.close()
        server.stop()
        for s in _SOCKETS:
            s.close()


@pytest.fixture(scope="module")
def results(tmp_path_factory, worker_id) -> dict[str, Result]:
    """Every case's result, computed once per test run: under pytest-xdist each worker that gets some
    of this module's tests would otherwise run the whole corpus again; the first one runs it and
    leaves the results (JSON) for the others, behind a file lock."""
    tmp = tmp_path_factory.mktemp("hostile")
    if worker_id == "master":  # no xdist
        return _run_all(tmp)
    shared = tmp_path_factory.getbasetemp().parent / "hostile-results.json"
    with FileLock(f"{shared}.lock"):
        if shared.is_file():
            data = json.loads(shared.read_text("utf-8"))
            return {k: Result(**v) for k, v in data.items()}
        out = _run_all(tmp)
        shared.write_text(json.dumps({k: asdict(r) for k, r in out.items()}), "utf-8")
        return out


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_hostile_release(case, results):
    r = results[case.id]
    both = r.out + r.err
    assert r.code in case.codes, f"exit {r.code} after {r.seconds:.1f} s\n{r.err[-2000:]}"
    assert r.seconds < case.limit
    assert "Traceback" not in both and "internal error" not in both, r.err[-2000:]
    assert CANARY not in both
    raw = RAW_CONTROL.search(both)
    assert raw is None, f"raw {raw.group()!r} in output: {both[max(0, raw.start() - 80) : raw.end() + 80]!r}"
    for text in case.contains:
        assert text in both, f"{text!r} not in output:\n{both[:3000]}"
    if r.code != 0:
        assert r.out == "" and r.err.count("\n") == 1, (r.out[:500], r.err)
