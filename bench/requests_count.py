"""Print how many HTTP requests `resolve("hf:ORG/NAME")` makes for corpus releases (cold and warm cache).

Runs the loopback fake Hub/GitHub server of the test suite with the real corpus texts
(read from ../shared at run time). Usage: `python bench/requests_count.py [FOLDER ...]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import find_shared  # noqa: E402
from tests.servers import corpus  # noqa: E402
from tests.servers.fakes import FakeServer  # noqa: E402

DEFAULT = ["llama-3.1-8b-instruct", "olmo-7b", "amber", "mistral-7b-v0.1", "qwen-7b", "pythia-6.9b"]


def main(folders: list[str]) -> None:
    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    server = FakeServer().start()
    os.environ.update(
        HF_ENDPOINT=server.url,
        GITHUB_API_URL=server.github_url,
        OPENGAUGE_CACHE=tempfile.mkdtemp(prefix="og-bench-"),
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_DISABLE_PROGRESS_BARS="1",
    )
    for var in ("HF_TOKEN", "GITHUB_TOKEN", "HF_HUB_OFFLINE"):
        os.environ.pop(var, None)
    from opengauge.sources import resolve

    print(
        f"{'release':<28} {'cold':>5} {'hub-api':>8} {'hub-files':>9} {'github':>7} {'warm':>5} {'cold s':>7}"
    )
    try:
        for name in folders:
            ref = corpus.add_corpus_release(server, shared / "corpus" / "releases" / name)
            server.requests.clear()
            t0 = time.perf_counter()
            resolve(ref, lineage_depth=0)
            elapsed = time.perf_counter() - t0
            kinds = Counter(
                "github"
                if p.startswith("/github-api")
                else "hub-api"
                if p.startswith("/api/")
                else "hub-files"
                for _, p in server.requests.entries
            )
            cold = server.requests.count
            server.requests.clear()
            resolve(ref, lineage_depth=0)
            print(
                f"{ref[3:]:<28} {cold:>5} {kinds['hub-api']:>8} {kinds['hub-files']:>9} "
                f"{kinds['github']:>7} {server.requests.count:>5} {elapsed:>7.2f}"
            )
    finally:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
