"""Print the speed of `opengauge serve`: requests/s for a cached model page, the cached API and the
leaderboard, and the latency of cold assessments through the loopback Hub.

The server runs as its own process (`python -m opengauge serve`, one uvicorn worker, store in a
temporary file) pointed at the test suite's loopback Hub/GitHub server, which serves the corpus
releases of ../shared. The load comes from this process (asyncio + httpx, CONCURRENCY connections).
Usage: `python bench/serve_bench.py [--seconds 5] [--concurrency 16] [FOLDER ...]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import find_shared  # noqa: E402
from tests.servers import corpus  # noqa: E402
from tests.servers.fakes import FakeServer  # noqa: E402

DEFAULT = ["llama-3.1-8b-instruct", "olmo-7b", "amber", "mistral-7b-v0.1", "qwen-7b", "pythia-6.9b"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _rate(url: str, seconds: float, concurrency: int) -> tuple[float, float, int]:
    """Requests/s and median latency (ms) of GET url for `seconds`; non-200 answers are counted."""
    done, bad, lat = 0, 0, []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        end = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done, bad
            while time.perf_counter() < end:
                t = time.perf_counter()
                r = await client.get(url)
                lat.append(time.perf_counter() - t)
                done += 1
                bad += r.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return done / elapsed, statistics.median(lat) * 1000, bad


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=DEFAULT)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--concurrency", type=int, default=16)
    args = ap.parse_args()
    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    fake = FakeServer().start()
    refs = [corpus.add_corpus_release(fake, shared / "corpus" / "releases" / f) for f in args.folders]
    tmp = Path(tempfile.mkdtemp(prefix="og-serve-bench-"))
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("HF_TOKEN", "GITHUB_TOKEN", "HF_HUB_OFFLINE")},
        "PYTHONPATH": str(ROOT / "src"),
        "HF_ENDPOINT": fake.url,
        "GITHUB_API_URL": fake.github_url,
        "OPENGAUGE_CACHE": str(tmp / "cache"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "OPENGAUGE_SERVE_RATE": "1000000",
        "OPENGAUGE_SERVE_BURST": "1000000",
        "OPENGAUGE_SERVE_FETCH_RATE": "1000",
        "OPENGAUGE_SERVE_FETCH_BURST": "1000",
    }
    cmd = [sys.executable, "-m", "opengauge", "serve", "--port", str(port), "--store", str(tmp / "s.duckdb")]
    proc = subprocess.Popen([*cmd, "--log-level", "warning"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        t0 = time.perf_counter()
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.perf_counter() - t0 > 60:
                sys.exit("the server did not start")
            time.sleep(0.1)
        print(f"server up in {time.perf_counter() - t0:.1f} s (index of built-in models assessed at start)")
        cold = []
        for ref in refs:
            t = time.perf_counter()
            r = httpx.get(base + "/api/v1/assess", params={"ref": ref}, timeout=120)
            cold.append(time.perf_counter() - t)
            print(f"  cold assessment {ref}: {cold[-1] * 1000:.0f} ms (HTTP {r.status_code})")
        print(
            f"cold assessment through the loopback Hub: median {statistics.median(cold) * 1000:.0f} ms, "
            f"max {max(cold) * 1000:.0f} ms over {len(cold)} releases"
        )
        page = base + "/models/" + refs[0][3:]
        api = base + "/api/v1/assess?ref=" + refs[0]
        for name, url in (
            ("cached model page", page),
            ("cached API assess", api),
            ("leaderboard", base + "/index.html"),
        ):
            rps, med, bad = asyncio.run(_rate(url, args.seconds, args.concurrency))
            print(
                f"{name}: {rps:.0f} requests/s, median {med:.1f} ms "
                f"({args.concurrency} connections, {args.seconds:g} s, {bad} not 200)"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        fake.stop()


if __name__ == "__main__":
    main()
