"""Benchmark: `opengauge license DIR` as a whole process (start-up included) against ScanCode's
whole-process `scancode -l -n 1` on the same folder.

    python bench/license_tree.py [--corpus DIR] [--repeat N]

Runs `python -m opengauge license DIR --format json` (one opengauge.license/1 document per file, JSON
lines) N times (default 5) on the license corpus (default `../shared/corpus/licenses`, or
`$OPENGAUGE_SHARED/corpus/licenses`), checks it printed one document per corpus text, and prints the
best and median wall time and files/s. The start-up alone (`opengauge --version`) is timed too. When
`scancode` is on PATH (the `scancode` extra, in its own venv), runs `scancode -l -n 1 --json FILE DIR`
the same way and prints the ratio; otherwise says that it is absent.
"""

from __future__ import annotations

import argparse
import os
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


def timed(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[list[float], str]:
    times, out = [], ""
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
        out = proc.stdout
    return times, out


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
    env["PYTHONPATH"] = str(PROJECT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    py = sys.executable
    n = len(texts)

    start, _ = timed([py, "-m", "opengauge", "--version"], args.repeat, env)
    times, out = timed([py, "-m", "opengauge", "license", str(corpus), "--format", "json"], args.repeat, env)
    docs = [line for line in out.splitlines() if line.strip()]
    if len(docs) != n:
        sys.exit(f"opengauge printed {len(docs)} documents for {n} texts")
    best, med = min(times), statistics.median(times)
    print(f"corpus: {corpus} ({n} texts)")
    print(f"opengauge start-up (--version): best {min(start):.3f} s")
    print(
        f"opengauge license DIR --format json, whole process: best {best:.3f} s ({n / best:.0f} files/s), "
        f"median {med:.3f} s ({n / med:.0f} files/s) over {args.repeat} runs"
    )
    scancode = shutil.which("scancode")
    if scancode is None:
        print("scancode: absent (not on PATH; `pip install 'opengauge[scancode]'` in its own venv), no ratio")
        return
    with tempfile.TemporaryDirectory() as tmp:
        sc_times, _ = timed(
            [scancode, "-l", "-n", "1", "--quiet", "--json", str(Path(tmp) / "out.json"), str(corpus)],
            max(1, min(args.repeat, 2)),
            env,
        )
    sc = min(sc_times)
    print(f"scancode -l -n 1, whole process: best {sc:.1f} s ({n / sc:.2f} files/s)")
    print(f"ratio: opengauge {sc / best:.0f}x faster")


if __name__ == "__main__":
    main()
