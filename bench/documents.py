"""The full `opengauge.assessment/1` documents a speed change must keep: one JSON file per corpus
snapshot (as `opengauge assess SNAPSHOT.json --format json` builds it) and per built-in index entry
(as `opengauge index` builds it), `created_at` left out, keys sorted. Write them before and after a
change, then compare the folders (`diff -r`, or `--compare A B`).

    OPENGAUGE_SHARED=../shared .venv/bin/python bench/documents.py --snapshots /tmp/snaps -o /tmp/docs-after
    .venv/bin/python bench/documents.py --compare /tmp/docs-before /tmp/docs-after

`--snapshots` is a folder of snapshot files (`bench/agreement.py --snapshots DIR` writes them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _text(doc: dict[str, Any]) -> str:
    doc.pop("created_at", None)
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write(snapshots: Path, out: Path) -> int:
    from opengauge.assess import Assessor
    from opengauge.document import assessment_document
    from opengauge.index.load import load_index
    from opengauge.index.run import assess_index, index_assessor
    from opengauge.sources import load_snapshot

    for sub in ("snapshots", "snapshots-cli", "index"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    n = 0
    assessor = Assessor()  # as bench/audit_bench.py times them: one assessor, no lineage oracle
    for path in sorted(snapshots.glob("*.json")):
        release = load_snapshot(str(path))
        doc = assessment_document(assessor.assess(release), problems=release.problems).to_json()
        (out / "snapshots" / path.name).write_text(_text(doc), encoding="utf-8")
        # as `opengauge assess SNAPSHOT.json` builds it: base models looked up in the index too
        doc = assessment_document(index_assessor().assess(release), problems=release.problems).to_json()
        (out / "snapshots-cli" / path.name).write_text(_text(doc), encoding="utf-8")
        n += 2
    entries = load_index()
    for entry, doc in zip(entries, assess_index(entries), strict=True):
        (out / "index" / f"{entry.id}.json").write_text(_text(doc.to_json()), encoding="utf-8")
        n += 1
    return n


def compare(a: Path, b: Path) -> int:
    names = sorted(
        {p.relative_to(a) for p in a.rglob("*.json")} | {p.relative_to(b) for p in b.rglob("*.json")}
    )
    differ = [
        n
        for n in names
        if not (a / n).exists() or not (b / n).exists() or (a / n).read_bytes() != (b / n).read_bytes()
    ]
    for n in differ[:10]:
        print(f"differs: {n}")
    print(f"{len(names)} documents compared (all but created_at): {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snapshots", type=Path, help="folder of corpus snapshot files")
    ap.add_argument("-o", "--out", type=Path, help="folder for the documents")
    ap.add_argument("--compare", nargs=2, type=Path, metavar="DIR", help="compare two folders and exit")
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.snapshots is None or args.out is None:
        ap.error("--snapshots and --out are needed to write documents")
    print(f"{write(args.snapshots, args.out)} documents written to {args.out}")


if __name__ == "__main__":
    main()
