"""One in-process audit of a dump at --depth metadata (`run_audit`, store writes included), nothing
else: a command for tools that count what a whole process does, such as valgrind's instruction
count, which the machine's load does not move (unlike CPU seconds). The cost of a row is the
difference between two dumps' counts (start-up and imports cancel out):

    # dumps from bench/dumpgen.py (audit_inprocess.py --rows N --dumps DIR keeps one)
    valgrind --tool=callgrind --callgrind-out-file=cg.300 python bench/audit_once.py d300.parquet s.duckdb
    valgrind --tool=callgrind --callgrind-out-file=cg.20 python bench/audit_once.py d20.parquet s.duckdb
    grep ^totals cg.300 cg.20    # (300-row count - 20-row count) / 280 = instructions per row
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: audit_once.py DUMP.parquet STORE.duckdb")
    from opengauge.audit.run import run_audit
    from opengauge.audit.sources import DumpSource
    from opengauge.store import Store

    store = Path(sys.argv[2])
    store.unlink(missing_ok=True)
    with Store.open(store) as st:
        run_audit(DumpSource(sys.argv[1]), st, depth="metadata")


if __name__ == "__main__":
    main()
