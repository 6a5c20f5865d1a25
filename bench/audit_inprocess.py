"""How fast is the per-row path? Audits N generated dump rows (`bench/dumpgen.py`) at --depth metadata
in this process (`run_audit`, store writes included, no start-up, no lineage-free shortcut), and
prints rows per CPU-second; `--profile` prints where the CPU time goes (cProfile, by own time and by
cumulative time); `--compare A.duckdb B.duckdb` checks two stores are identical row for row on every
column but the assessment time (the document's `created_at` too), as a speed change must keep them.

    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --rows 2000 --repeat 3
    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --rows 2000 --keep after.duckdb
    .venv/bin/python bench/audit_inprocess.py --compare before.duckdb after.duckdb
    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --copies 0.3 --memo-stats
    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --copies 0.3 --no-memo
    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --rows 2000 --by-length
    OPENGAUGE_SHARED=../shared .venv/bin/python bench/audit_inprocess.py --time opengauge.store:Store.write

`--memo-stats` prints how often the content-keyed caches answered (license readings shared by the
rows of a process, rows served from another row's assessment as copies); `--no-memo` turns both off
(one license reading kept, every row assessed), to see what they are worth on these rows.
`--by-length` prints what a row costs by the length of its card (CPU time of each row's assessment,
document and record, store writes left out; the corpus' base models, the first rows, left out): a
least-squares line through them gives the part of a row that does not grow with its text and the
part that does, per 1,000 characters. `--time MODULE:NAME` (repeatable; `NAME` may be `Class.method`)
prints the calls of a function in each run and the CPU time spent in it, per row.

Figures move with the machine's load: compare runs made back to back (interleaved), best of several.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _dump(n: int, folder: Path, copies: float) -> Path:
    from bench.dumpgen import generate, write_parquet
    from tests.conftest import find_shared

    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    path = folder / f"dump-{n}-{copies}.parquet"
    if not path.exists():
        write_parquet(generate(n, releases=shared / "corpus" / "releases", seed=1, copies=copies), path)
    return path


def _run(dump: Path, store: Path, profile: cProfile.Profile | None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, rows assessed) of one audit into a fresh store, with the per-process
    caches emptied first (each run starts as a new process would, not with the last run's caches)."""
    from opengauge.audit import work
    from opengauge.audit.run import run_audit
    from opengauge.audit.sources import DumpSource
    from opengauge.store import Store

    store.unlink(missing_ok=True)
    work._STATE.clear()
    with Store.open(store) as st:
        t, c = time.perf_counter(), time.process_time()
        if profile is not None:
            profile.enable()
        summary = run_audit(DumpSource(str(dump)), st, depth="metadata")
        if profile is not None:
            profile.disable()
        return time.perf_counter() - t, time.process_time() - c, summary.assessed


class _MemoStats:
    """Counts of the content-keyed caches' work, by wrapping the functions that do it (bench only)."""

    def __init__(self) -> None:
        from opengauge.audit import twins
        from opengauge.probes import context

        self.reset()
        analyze, analyze_license = context.analyze, context.ProbeContext.analyze_license
        template, record_for = twins.template, twins.record_for

        def counted_analyze(*a: Any, **k: Any) -> Any:
            self.read += 1
            return analyze(*a, **k)

        def counted_analyze_license(ctx: Any, *a: Any, **k: Any) -> Any:
            self.asked += 1
            return analyze_license(ctx, *a, **k)

        def counted_template(*a: Any, **k: Any) -> Any:
            self.templates += 1
            return template(*a, **k)

        def counted_record_for(*a: Any, **k: Any) -> Any:
            out = record_for(*a, **k)
            self.served += out is not None
            return out

        context.analyze = counted_analyze
        context.ProbeContext.analyze_license = counted_analyze_license  # type: ignore[method-assign]
        twins.template = counted_template
        twins.record_for = counted_record_for

    def reset(self) -> None:
        self.asked = self.read = self.templates = self.served = 0

    def line(self, rows: int) -> str:
        hit = 1 - self.read / self.asked if self.asked else 0.0
        copies = self.served - self.templates
        return (
            f"  license readings: {self.asked} asked, {self.read} read ({hit:.1%} answered by the cache); "
            f"copies: {self.templates} contents assessed once for sharing, {copies} of {rows} rows "
            f"({copies / rows:.1%}) served from an earlier row's assessment"
        )


class _ByLength:
    """CPU seconds of each row's `assess_item` with the length of its card (bench only)."""

    SKIP = 40  # the corpus' base models come first and are read in full (long cards, their own licenses)

    def __init__(self) -> None:
        from opengauge.audit import work

        self.rows: list[tuple[int, float]] = []
        assess_item = work.assess_item

        def timed(item: Any, *a: Any, **k: Any) -> Any:
            c = time.process_time()
            out = assess_item(item, *a, **k)
            self.rows.append((len(item.row.get("card") or ""), time.process_time() - c))
            return out

        work.assess_item = timed

    def report(self) -> None:
        rows = self.rows[self.SKIP :]
        if len(rows) < 2:
            return
        xs, ys = [x / 1000 for x, _ in rows], [y * 1000 for _, y in rows]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        print(
            f"  by card length ({len(rows)} rows after the first {self.SKIP}): {my:.2f} CPU ms a row on "
            f"average, cards of {mx * 1000:.0f} characters on average; fitted {my - slope * mx:.2f} ms a "
            f"row whatever its text + {slope:.2f} ms per 1,000 characters"
        )
        for lo, hi in ((0, 600), (600, 1500), (1500, 3000), (3000, 6000), (6000, None)):
            got = sorted(y * 1000 for x, y in rows if x >= lo and (hi is None or x < hi))
            if got:
                span = f"{lo}-{hi}" if hi is not None else f"{lo}+"
                median = got[len(got) // 2]
                print(f"    cards of {span:>9s} characters: {len(got):5d} rows, median {median:.2f} ms")
        self.rows = []


class _Timed:
    """Calls of some functions and the CPU seconds spent in them, per run (bench only): each is
    replaced in its module (or class) by a wrapper, so callers that look it up there are timed."""

    def __init__(self, specs: list[str]) -> None:
        import importlib

        self.spent: dict[str, list[float]] = {}
        for spec in specs:
            module, _, name = spec.partition(":")
            owner: Any = importlib.import_module(module)
            *path, attr = name.split(".")
            for part in path:
                owner = getattr(owner, part)
            self.spent[spec] = [0.0, 0.0]
            setattr(owner, attr, self._wrap(getattr(owner, attr), self.spent[spec]))

    @staticmethod
    def _wrap(fn: Any, acc: list[float]) -> Any:
        def timed(*a: Any, **k: Any) -> Any:
            c = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                acc[0] += time.process_time() - c
                acc[1] += 1

        return timed

    def report(self, rows: int) -> None:
        for spec, (cpu, calls) in self.spent.items():
            print(f"  {spec}: {int(calls)} calls, {cpu / rows * 1000:.3f} CPU ms a row")
            self.spent[spec][:] = [0.0, 0.0]


def _compare(a: Path, b: Path) -> int:
    from tests.audit.conftest import store_rows

    ra, rb = store_rows(a), store_rows(b)
    if len(ra) != len(rb):
        print(f"row counts differ: {len(ra)} against {len(rb)}")
        return 1
    differ = [x for x, y in zip(ra, rb, strict=True) if x != y]
    for x in differ[:5]:
        print(f"differs: {x[0]!r} @ {x[1]!r}")
    print(f"{len(ra)} rows compared on every column but the assessment time: {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--copies", type=float, default=0.0, help="share of derivative rows that are mirrors")
    ap.add_argument("--repeat", type=int, default=3, help="audits in a row; the best is reported")
    ap.add_argument(
        "--profile", action="store_true", help="profile one audit with cProfile, after --repeat - 1 warm runs"
    )
    ap.add_argument("--top", type=int, default=40, help="lines of the profile")
    ap.add_argument("--profile-out", type=Path, help="also save the profile here (for pstats)")
    ap.add_argument("--keep", type=Path, help="copy the last store written here")
    ap.add_argument("--dumps", type=Path, help="folder where generated dumps are kept between runs")
    ap.add_argument("--memo-stats", action="store_true", help="print the content-keyed caches' hit rates")
    ap.add_argument("--no-memo", action="store_true", help="no shared license readings, no copies shared")
    ap.add_argument("--by-length", action="store_true", help="print a row's cost by the length of its card")
    ap.add_argument("--compare", nargs=2, type=Path, metavar="STORE", help="compare two stores and exit")
    ap.add_argument(
        "--time", action="append", default=[], metavar="MODULE:NAME", help="time a function in each run"
    )
    args = ap.parse_args()
    if args.compare:
        sys.exit(_compare(*args.compare))
    import opengauge
    from opengauge.audit import work as audit_work

    if args.no_memo:
        audit_work.READINGS = 1  # the reading just made, for the probe that asked
        audit_work.SHARE_COPIES = False
    stats = _MemoStats() if args.memo_stats else None
    by_length = _ByLength() if args.by_length else None
    timed = _Timed(args.time) if args.time else None

    work = Path(tempfile.mkdtemp(prefix="og-inprocess-"))
    folder = args.dumps or work
    folder.mkdir(parents=True, exist_ok=True)
    dump = _dump(args.rows, folder, args.copies)
    store = work / "s.duckdb"
    print(f"opengauge from {Path(opengauge.__file__).parent}; {args.rows} rows ({dump})")
    if args.profile:
        for _ in range(args.repeat - 1):  # warm runs first: the profile is then of the steady state
            _run(dump, store, None)
        prof = cProfile.Profile()
        wall, cpu, n = _run(dump, store, prof)
        print(f"profiled: {n} rows, {cpu:.2f} CPU-s (profiling slows it down)")
        if args.profile_out:
            prof.dump_stats(args.profile_out)
        stats = pstats.Stats(prof).strip_dirs()
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
    else:
        best = float("inf")
        for i in range(args.repeat):
            wall, cpu, n = _run(dump, store, None)
            best = min(best, cpu)
            print(
                f"  run {i + 1}: {n} rows, {wall:.2f} s wall, {cpu:.2f} CPU-s: {n / cpu:.1f} rows per CPU-s"
            )
            if stats is not None:
                print(stats.line(n))
                stats.reset()
            if by_length is not None:
                by_length.report()
            if timed is not None:
                timed.report(n)
        print(
            f"best of {args.repeat}: {args.rows / best:.1f} rows per CPU-second "
            f"({best / args.rows * 1000:.2f} ms a row)"
        )
    if args.keep:
        shutil.copyfile(store, args.keep)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
