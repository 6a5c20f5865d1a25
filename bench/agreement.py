"""Print the verdict figures every change must keep or improve (the "receipts" of a refactor).

1. the label of every corpus release, resolved through the loopback Hub/GitHub servers of the test
   suite (real sources layer, real corpus texts from ../shared);
2. `opengauge evaluate` against the OSAI index experts on those snapshots (exact, within one level,
   per parameter, confusion matrix);
3. `opengauge index import-osai`: the built-in index against the experts.

Usage: `python bench/agreement.py [--json] [--snapshots DIR] [--releases DIR]` (--snapshots keeps the
snapshots; --releases measures another set of release folders laid out like the corpus, e.g. real
cards of the very models the experts rate, kept outside the project).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import find_shared  # noqa: E402
from tests.servers import corpus  # noqa: E402
from tests.servers.fakes import FakeServer  # noqa: E402


def _cache_dir() -> str:
    """A fresh folder for this run (the cache, the snapshots unless --snapshots keeps them), removed
    when the process ends."""
    folder = tempfile.mkdtemp(prefix="og-agreement-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def build_snapshots(releases: Path, out: Path) -> dict[str, Path]:
    """Serve every release folder under `releases` (the corpus layout: README.md, SOURCE.md, ...) on a
    loopback server and snapshot it through the real sources."""
    server = FakeServer().start()
    os.environ.update(
        HF_ENDPOINT=server.url,
        GITHUB_API_URL=server.github_url,
        OPENGAUGE_CACHE=_cache_dir(),
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_DISABLE_PROGRESS_BARS="1",
    )
    for var in ("HF_TOKEN", "GITHUB_TOKEN", "HF_HUB_OFFLINE"):
        os.environ.pop(var, None)
    from opengauge.sources import resolve, save_snapshot

    try:
        refs = {p.name: corpus.add_corpus_release(server, p) for p in corpus.corpus_folders(releases)}
        out.mkdir(parents=True, exist_ok=True)
        return {name: save_snapshot(resolve(ref), out / f"{name}.json") for name, ref in refs.items()}
    finally:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--snapshots", type=Path, help="folder for the corpus snapshots (kept)")
    ap.add_argument(
        "--releases",
        type=Path,
        help="folder of release folders laid out like the corpus (README.md, SOURCE.md with its "
        "'Code repository top-level tree' section, ...) to measure instead of the shared corpus: "
        "a held-out set of real model cards, say",
    )
    args = ap.parse_args()
    shared = find_shared()
    if shared is None:
        sys.exit("shared corpus not found (set OPENGAUGE_SHARED)")
    snaps_dir = args.snapshots or Path(_cache_dir())
    snaps = build_snapshots(args.releases or shared / "corpus" / "releases", snaps_dir)

    from opengauge.evaluate import evaluate
    from opengauge.index.load import load_index
    from opengauge.index.osai_import import compare, read_osai
    from opengauge.index.run import assess_index, index_assessor
    from opengauge.sources import load_snapshot

    # as `opengauge assess` labels them: base models not served are looked up in the built-in index
    assessor = index_assessor()
    labels = {name: str(assessor.assess(load_snapshot(path)).label) for name, path in sorted(snaps.items())}
    experts = shared / "reference" / "osai-index"
    ev = evaluate(experts, snaps_dir)
    imported = compare(
        assess_index(load_index()), read_osai(experts), automated=assess_index(load_index(), reviews=False)
    )
    result = {
        "labels": labels,
        "evaluate": {k: ev[k] for k in ("overall", "parameters", "confusion")},
        "import_osai": imported["summary"],
        "import_osai_automated": imported["summary_automated"],
    }
    if args.json:
        print(json.dumps(result, indent=1, default=str))
        return
    print("labels of the corpus releases")
    for name, label in labels.items():
        print(f"  {name:<28} {label}")
    o = ev["overall"]
    print(f"\nevaluate: {o['n']} cells, exact {o['exact_rate']:.1%}, within one {o['within_one_rate']:.1%}")
    for p, r in ev["parameters"].items():
        print(f"  {p:<24} exact {r['exact_rate']:.0%}  within one {r['within_one_rate']:.0%}  (n={r['n']})")
    print("  confusion (experts rows x opengauge columns):")
    for theirs, row in ev["confusion"].items():
        print(f"    {theirs:<8} " + "  ".join(f"{k} {v:>3}" for k, v in row.items()))
    for what, s in (("reviewed", imported["summary"]), ("automated only", imported["summary_automated"])):
        print(
            f"\nimport-osai, {what} ({imported['matched_models']} entries): agree {s['agree']}, disagree "
            f"{s['disagree']}, "
            f"opengauge unknown {s['opengauge_unknown']}, agreement {s['agreement']:.1%} where both decided"
        )


if __name__ == "__main__":
    main()
