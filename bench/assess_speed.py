"""How fast is one assessment? Builds every corpus release on the loopback Hub/GitHub server
(tests/servers), snapshots it, then times `assess` + the JSON document offline, and prints figures.

    .venv/bin/python bench/assess_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from tests.conftest import find_shared
    from tests.servers import corpus
    from tests.servers.fakes import FakeServer

    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    server = FakeServer().start()
    cache = tempfile.mkdtemp(prefix="og-assess-speed-")
    atexit.register(shutil.rmtree, cache, True)
    os.environ.update(
        {
            "HF_ENDPOINT": server.url,
            "GITHUB_API_URL": server.github_url,
            "OPENGAUGE_CACHE": cache,
            "HF_HUB_DISABLE_TELEMETRY": "1",
        }
    )
    from opengauge.assess import assess
    from opengauge.document import assessment_document
    from opengauge.sources import resolve

    releases = shared / "corpus" / "releases"
    refs = [corpus.add_corpus_release(server, p) for p in corpus.corpus_folders(releases)]
    t0 = time.perf_counter()
    loaded = [resolve(r) for r in refs]
    fetch = time.perf_counter() - t0
    server.stop()
    times = []
    for _ in range(args.repeat):
        for rel in loaded:
            t = time.perf_counter()
            assessment_document(assess(rel))
            times.append(time.perf_counter() - t)
    print(f"releases: {len(loaded)}  fetch through loopback servers: {fetch:.2f} s")
    print(
        f"assess + document, offline: mean {statistics.mean(times) * 1000:.0f} ms, "
        f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"({len(times)} runs; the first run of a process also compiles the license rules)"
    )


if __name__ == "__main__":
    main()
