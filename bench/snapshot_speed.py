"""How fast is a full snapshot assessment? Assesses every snapshot of a folder (`bench/agreement.py
--snapshots DIR` writes the corpus' 28) and builds its document, as `audit_bench.py` times them (a
new `Assessor` per pass, `assessment_document(...).to_json()`): one warm-up pass, then `--passes`
timed passes, and prints the best CPU time per snapshot. Without the audits `audit_bench.py` runs
first, so before/after pairs can be interleaved quickly; and a command for tools that count what a
whole process does (valgrind's instruction count: `--passes 3` minus `--passes 1` is two passes).

    OPENGAUGE_SHARED=../shared .venv/bin/python bench/snapshot_speed.py --snapshots SNAPS --passes 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--snapshots", type=Path, required=True, help="folder of snapshot files")
    ap.add_argument(
        "--passes", type=int, default=5, help="timed passes after the warm-up; the best is reported"
    )
    args = ap.parse_args()

    from opengauge.assess import Assessor
    from opengauge.document import assessment_document
    from opengauge.sources import load_snapshot

    snaps = [load_snapshot(str(p)) for p in sorted(args.snapshots.glob("*.json"))]
    if not snaps:
        sys.exit(f"no snapshots in {args.snapshots}")

    def one_pass() -> float:
        assessor = Assessor()
        c = time.process_time()
        for rel in snaps:
            assessment_document(assessor.assess(rel)).to_json()
        return time.process_time() - c

    first = one_pass()
    best = min(one_pass() for _ in range(args.passes))
    n = len(snaps)
    print(
        f"{n} snapshots: first pass {first / n * 1000:.2f} CPU ms each; best of {args.passes} passes "
        f"after it {best / n * 1000:.2f} CPU ms each ({n / best:.1f} per CPU-second)"
    )


if __name__ == "__main__":
    main()
