"""How fast is `opengauge audit`? Generates N realistic dump rows from the corpus' model cards
(`bench/dumpgen.py`), audits them at --depth metadata serially, with --workers 2 and with
--dask local (2 worker processes), each as its own `opengauge audit` process (start-up, the
lineage scan and the store writes included), measures peak memory at two sizes, and times full
snapshot assessments (as `opengauge assess SNAPSHOT.json` does) in this process.

    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_bench.py --rows 2000 --memory 2000,10000

Figures move with the machine's load; each line says what produced it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_PEAK = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); print(u.ru_maxrss, u.ru_utime + u.ru_stime); "
    "sys.stderr.write(r.stderr); "
    "sys.exit(r.returncode)"
)


def _audit(dump: Path, store: Path, *extra: str) -> tuple[float, int, float, str]:
    """(wall seconds, peak RSS in kB of the largest process, CPU seconds of every process (start-up,
    workers and writer included), the audit's own summary line)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-c", _PEAK, sys.executable, "-m", "opengauge", "audit", str(dump)]
    cmd += ["--store", str(store), *extra]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"audit failed: {r.stderr}")
    summary = [line for line in r.stderr.splitlines() if line.startswith("opengauge: audit")]
    peak, cpu = r.stdout.strip().splitlines()[-1].split()
    return wall, int(peak), float(cpu), summary[-1] if summary else ""


def _dump(n: int, folder: Path, releases: Path, copies: float = 0.0) -> Path:
    from bench.dumpgen import generate, write_parquet

    path = folder / f"dump-{n}-{copies}.parquet"
    if not path.exists():
        write_parquet(generate(n, releases=releases, seed=1, copies=copies), path)
    return path


def _snapshots(releases: Path, folder: Path) -> list[Path]:
    """Snapshot files of every corpus release, fetched once through the loopback servers."""
    from tests.servers import corpus
    from tests.servers.fakes import FakeServer

    server = FakeServer().start()
    os.environ.update(
        {
            "HF_ENDPOINT": server.url,
            "GITHUB_API_URL": server.github_url,
            "OPENGAUGE_CACHE": str(folder / "cache"),
            "HF_HUB_DISABLE_TELEMETRY": "1",
        }
    )
    from opengauge.sources import resolve, save_snapshot

    out = []
    try:
        for p in corpus.corpus_folders(releases):
            ref = corpus.add_corpus_release(server, p)
            target = folder / f"{p.name}.json"
            save_snapshot(resolve(ref), target)
            out.append(target)
    finally:
        server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=2000, help="rows for the speed runs")
    parser.add_argument("--memory", default="2000,10000", help="two sizes for the peak-memory runs")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-snapshots", action="store_true")
    parser.add_argument(
        "--copies",
        type=float,
        default=0.0,
        help="share of derivative rows that are re-uploads of another row by another owner (0: none)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="passes over the snapshots")
    args = parser.parse_args()
    from tests.conftest import find_shared

    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    releases = shared / "corpus" / "releases"
    tmp = Path(tempfile.mkdtemp(prefix="og-audit-bench-"))
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; work folder {tmp}")

    dump = _dump(args.rows, tmp, releases, args.copies)
    if args.copies:
        print(f"dumps with {args.copies:.0%} of derivative rows copied from another row (mirrors)")
    runs = [("serial", ()), ("--workers 2", ("--workers", "2"))]
    if not args.skip_dask:
        runs.append(("--dask local (2 workers)", ("--dask", "local", "--workers", "2")))
    print(f"\n--depth metadata, {args.rows} rows (opengauge audit {dump.name} --store S.duckdb ...):")
    for i, (name, extra) in enumerate(runs):
        wall, peak, cpu, summary = _audit(dump, tmp / f"speed-{i}.duckdb", *extra)
        print(
            f"  {name:26s} {args.rows / wall:7.1f} rows/s wall ({wall:.1f} s); "
            f"{args.rows / cpu:7.1f} rows per CPU-second, i.e. per core ({cpu:.1f} CPU-s); "
            f"peak RSS {peak / 1024:.0f} MB"
        )
        print(f"  {'':26s} {summary.removeprefix('opengauge: ')}")

    small, large = (int(x) for x in args.memory.split(","))
    peaks = {}
    for n in (small, large):
        d = _dump(n, tmp, releases, args.copies)
        wall, peak, cpu, _ = _audit(d, tmp / f"mem-{n}.duckdb", "--workers", "2")
        peaks[n] = peak
        print(
            f"\npeak RSS at {n} rows (--workers 2): {peak / 1024:.0f} MB "
            f"({n / wall:.1f} rows/s wall, {wall:.0f} s; {n / cpu:.1f} rows per CPU-second)"
        )
    print(f"peak ratio {large}/{small} rows: {peaks[large] / peaks[small]:.2f}")
    print(
        f"1,000,000 rows with --workers 2, extrapolated (not run) from the {large}-row run: "
        f"{1_000_000 / (large / wall) / 60:.0f} min at its wall rate; "
        f"{1_000_000 / (large / cpu) / 2 / 60:.0f} min if both cores were free (its CPU time / 2)"
    )

    if args.skip_snapshots:
        return
    from opengauge.assess import Assessor
    from opengauge.document import assessment_document
    from opengauge.sources import load_snapshot

    snaps = [load_snapshot(str(p)) for p in _snapshots(releases, tmp)]
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        assessor = Assessor()
        t, c = time.perf_counter(), time.process_time()
        for rel in snaps:
            assessment_document(assessor.assess(rel)).to_json()
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
    print(
        f"\nfull snapshot assessments (assess + document, {len(snaps)} corpus snapshots, best of "
        f"{args.repeat}): {len(snaps) / best:.1f} per second wall ({best / len(snaps) * 1000:.1f} ms each); "
        f"{len(snaps) / best_cpu:.1f} per CPU-second ({best_cpu / len(snaps) * 1000:.1f} ms each)"
    )


if __name__ == "__main__":
    main()
