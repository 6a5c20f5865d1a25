"""Benchmark: `opengauge license DIR` as a whole process (start-up included) against ScanCode's
whole-process `scancode -l -n 1` on the same folder.

    python bench/license_tree.py [--corpus DIR] [--repeat N]

Runs `python -m opengauge license DIR --format json` (one opengauge.license/1 document per file,
JSON lines) N times (default 5) on the license corpus (default `../shared/corpus/licenses`, or
`$OPENGAUGE_SHARED/corpus/licenses`), checks it printed one document per corpus text, and prints the
best and median wall time and files/s, and the best and median CPU time (user + system: steadier
than wall time on a busy machine). The license engine's compiled form is cached per user
(`licenses/engine_cache.py`): one run with an empty cache (it builds the cache) is timed apart, the
timed runs use a warm one. The cache dir is the benchmark's own (a temporary `OPENGAUGE_CACHE`), so
that other opengauge processes sharing the user's cache cannot evict it between runs; and
`PYTHONDONTWRITEBYTECODE` is dropped from their environment, so that opengauge runs from
byte-compiled modules as an installed package does (ScanCode's are). The start-up alone is timed
too: `opengauge license FILE` on a two-line text, and `opengauge --version` (the typer app). When
`scancode` is on PATH or next to this Python (the `scancode` extra), runs `scancode -l -n 1 --json
FILE DIR` the same way and prints the ratios; otherwise says that it is absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def default_corpus() -> Path:
    env = os.environ.get("OPENGAUGE_SHARED")
    base = Path(env) if env else PROJECT.parent / "shared"
    return base / "corpus" / "licenses"


def timed(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[list[float], list[float], str]:
    """Wall and CPU (user + system) seconds of each of `repeat` runs, and the last run's output."""
    times, cpu, out = [], [], ""
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
        out = proc.stdout
    return times, cpu, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus: Path = args.corpus
    texts = sorted(corpus.glob("*.txt"))
    if not texts:
        sys.exit(f"no *.txt under {corpus}")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(PROJECT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    py = sys.executable
    n = len(texts)

    cmd = [py, "-m", "opengauge", "license", str(corpus), "--format", "json"]
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "LICENSE"
        tiny.write_text("Permission is hereby granted to use this file.\nNo warranty.\n", encoding="utf-8")
        env["OPENGAUGE_CACHE"] = str(Path(tmp) / "cache")
        cold, cold_cpu, _ = timed(cmd, 1, env)  # builds the engine cache
        start, start_cpu, _ = timed([py, "-m", "opengauge", "license", str(tiny)], args.repeat, env)
        version, _, _ = timed([py, "-m", "opengauge", "--version"], args.repeat, env)
        times, cpu, out = timed(cmd, args.repeat, env)
    docs = [line for line in out.splitlines() if line.strip()]
    if len(docs) != n:
        sys.exit(f"opengauge printed {len(docs)} documents for {n} texts")
    best, med, best_cpu, med_cpu = min(times), statistics.median(times), min(cpu), statistics.median(cpu)
    print(f"corpus: {corpus} ({n} texts)")
    print(
        f"opengauge start-up: license on a 2-line file best {min(start):.3f} s (cpu {min(start_cpu):.3f} s); "
        f"--version best {min(version):.3f} s"
    )
    print(f"opengauge license DIR, empty engine cache (builds it): {cold[0]:.3f} s (cpu {cold_cpu[0]:.3f} s)")
    print(
        f"opengauge license DIR --format json, whole process: best {best:.3f} s ({n / best:.0f} files/s), "
        f"median {med:.3f} s ({n / med:.0f} files/s), best cpu {best_cpu:.3f} s "
        f"({n / best_cpu:.0f} files/s), median cpu {med_cpu:.3f} s over {args.repeat} runs"
    )
    scancode = shutil.which("scancode") or shutil.which("scancode", path=str(Path(sys.executable).parent))
    if scancode is None:
        print("scancode: absent (not on PATH; `pip install 'opengauge[scancode]'` in its own venv), no ratio")
        return
    with tempfile.TemporaryDirectory() as tmp:
        sc_times, sc_cpu, _ = timed(
            [scancode, "-l", "-n", "1", "--quiet", "--json", str(Path(tmp) / "out.json"), str(corpus)],
            max(1, min(args.repeat, 2)),
            env,
        )
    sc, sc_c = min(sc_times), min(sc_cpu)
    print(f"scancode -l -n 1, whole process: best {sc:.1f} s ({n / sc:.2f} files/s), best cpu {sc_c:.1f} s")
    print(
        f"ratio: opengauge {sc / best:.0f}x faster (wall), {sc_c / best_cpu:.0f}x (cpu); "
        f"ScanCode's best against opengauge's median: {sc / med:.0f}x (wall), {sc_c / med_cpu:.0f}x (cpu)"
    )


if __name__ == "__main__":
    main()
