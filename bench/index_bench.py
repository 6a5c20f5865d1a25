"""How long `opengauge index` takes for the whole built-in index (load, assess, rank, render),
and the site build. Prints figures; run with `python bench/index_bench.py [rounds]`."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time


def main(rounds: int = 5) -> None:
    t0 = time.perf_counter()
    from opengauge.formats.site import build_site
    from opengauge.index.load import load_index
    from opengauge.index.run import assess_index
    from opengauge.index.table import ranked_rows, render_text

    entries = load_index()
    t_load = time.perf_counter() - t0
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        docs = assess_index(entries)
        render_text(ranked_rows(docs))
        times.append(time.perf_counter() - t)
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        report = build_site(docs, d)
        t_site = time.perf_counter() - t
    print(f"entries: {len(entries)}")
    print(f"import + load index: {t_load:.2f} s")
    print(
        f"assess + rank + render, {rounds} rounds: median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s "
        f"({statistics.median(times) / len(entries) * 1000:.1f} ms per entry)"
    )
    print(f"site build: {t_site:.2f} s for {len(report.pages)} pages")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
