"""Benchmark: opengauge's verdict on every license text of the ScanCode license DB.

    python bench/scancode_db.py [--list N] [--category NAME ...] [--show KEY ...]

ScanCode (the optional `scancode` extra: `pip install 'opengauge[scancode]'`) ships about 2,600
license texts, each with a `category` set by its maintainers in the YAML front matter of
`licensedcode/data/licenses/*.LICENSE`. This script reads those texts from the installed package
(nothing is copied into the project), runs `opengauge.licenses.analyze` on each non-deprecated text
of the eight categories below (license exceptions left out: they are not full license texts),
and prints per category how many read as open (`osi-open` or `open-non-osi`), as blocked (any
other verdict than `unknown`) and as `unknown`, then the three figures of the issue:

- restricted texts (Free Restricted, Proprietary Free, Source-available, Non-Commercial) read as open;
- open texts (Permissive, Copyleft, Copyleft Limited, Public Domain) read as blocked;
- `unknown` over all texts;

and the disagreements (restricted read as open, open read as blocked), each with its verdict and
the reason (the first blocking clause, or the missing freedom). `--list N` caps each list (default
all). The texts are a public benchmark written by nobody here: rules are never written for one of them.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

RESTRICTED_CATS = ("Free Restricted", "Proprietary Free", "Source-available", "Non-Commercial")
OPEN_CATS = ("Permissive", "Copyleft", "Copyleft Limited", "Public Domain")
_FRONT = re.compile(r"---\n(.*?)\n---\n(.*)", re.S)


@dataclass
class Row:
    key: str
    category: str
    verdict: str
    reason: str
    seconds: float
    cpu: float
    """CPU time of the process while reading the text (less moved by other jobs than `seconds`)."""


def db_folder() -> Path:
    """The folder of license texts of the installed scancode-toolkit (SystemExit when absent). Found
    from the package's location, not by importing it: importing `licensedcode.models` loads
    scancode's plugins, which fail under newer pluggy releases although the texts are there."""
    import importlib.util

    spec = importlib.util.find_spec("licensedcode")
    folder = Path(spec.origin).parent / "data" / "licenses" if spec and spec.origin else None
    if folder is None or not folder.is_dir():
        raise SystemExit("scancode-toolkit is not installed; pip install 'opengauge[scancode]'")
    return folder


def texts(folder: Path, categories: set[str], *, exceptions: bool = False) -> list[tuple[str, str, str]]:
    """(key, category, text) for every non-deprecated full license text of `categories` (license
    exceptions, which only add permissions to another license, only with `exceptions`), sorted by key."""
    import yaml

    out = []
    for f in sorted(folder.glob("*.LICENSE")):
        m = _FRONT.match(f.read_text(encoding="utf-8", errors="replace"))
        if not m:
            continue
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            continue
        cat = meta.get("category")
        if meta.get("is_deprecated") or cat not in categories or not m.group(2).strip():
            continue
        if meta.get("is_exception") and not exceptions:
            continue
        out.append((f.stem, str(cat), m.group(2)))
    return out


def reason_of(report) -> str:  # type: ignore[no-untyped-def]
    """Why the verdict: the identified license, the first blocking clause or the missing freedoms."""
    parts = []
    if report.entry is not None:
        parts.append(f"id={report.entry.id}{' (modified)' if report.modified else ''}")
    if report.blocking:
        c = report.blocking[0]
        parts.append(f"{c.type}: {c.quote[:110]!r}")
    missing = getattr(report, "missing", None)
    if missing:
        parts.append("missing " + ", ".join(g.freedom for g in missing))
    return "; ".join(parts) or "-"


def run(items: list[tuple[str, str, str]]) -> list[Row]:
    from opengauge.licenses import analyze

    rows = []
    for key, cat, text in items:
        t0, c0 = time.perf_counter(), time.process_time()
        report = analyze(text, document=key)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        rows.append(Row(key, cat, str(report.verdict), reason_of(report), dt, dc))
    return rows


def _pct(a: int, b: int) -> str:
    return f"{a:>4}/{b:<4} {a / max(b, 1):6.1%}"


def report(rows: list[Row], limit: int | None) -> None:
    open_v = {"osi-open", "open-non-osi"}
    by_cat: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_cat[r.category].append(r)
    print(f"{'category':<18} {'n':>5}  {'read as open':>17}  {'read as blocked':>17}  {'unknown':>17}")
    for cat in (*RESTRICTED_CATS, *OPEN_CATS):
        rs = by_cat.get(cat, [])
        if not rs:
            continue
        o = sum(r.verdict in open_v for r in rs)
        u = sum(r.verdict == "unknown" for r in rs)
        b = len(rs) - o - u
        print(f"{cat:<18} {len(rs):>5}  {_pct(o, len(rs))}  {_pct(b, len(rs))}  {_pct(u, len(rs))}")
    restricted = [r for r in rows if r.category in RESTRICTED_CATS]
    opened = [r for r in rows if r.category in OPEN_CATS]
    r_open = [r for r in restricted if r.verdict in open_v]
    o_blocked = [r for r in opened if r.verdict not in open_v and r.verdict != "unknown"]
    unknown = [r for r in rows if r.verdict == "unknown"]
    print()
    print(f"restricted texts read as open:  {_pct(len(r_open), len(restricted))}")
    print(f"open texts read as blocked:     {_pct(len(o_blocked), len(opened))}")
    print(f"unknown, all texts:             {_pct(len(unknown), len(rows))}")
    total = sum(r.seconds for r in rows)
    cpu = sum(r.cpu for r in rows)
    print(
        f"read {len(rows)} texts in {total:.1f} s ({len(rows) / max(total, 1e-9):.0f} texts/s); "
        f"{cpu:.1f} s of CPU time ({len(rows) / max(cpu, 1e-9):.0f} texts/s)"
    )
    print(f"verdicts: {dict(Counter(r.verdict for r in rows).most_common())}")
    for title, items in (
        ("restricted texts read as open", r_open),
        ("open texts read as blocked", o_blocked),
    ):
        print(f"\n{title} ({len(items)}):")
        for r in items[:limit]:
            print(f"  {r.key} [{r.category}] {r.verdict}: {r.reason}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", type=int, default=None, help="at most N disagreements per list")
    ap.add_argument("--category", action="append", help="only these categories (repeatable)")
    ap.add_argument("--show", action="append", help="print the verdict and reason of these keys")
    ap.add_argument("--exceptions", action="store_true", help="also read license exceptions")
    ap.add_argument("--unknown", action="store_true", help="also list the texts read as unknown")
    args = ap.parse_args(argv)
    cats = set(args.category or (*RESTRICTED_CATS, *OPEN_CATS))
    items = texts(db_folder(), cats, exceptions=args.exceptions)
    if args.show:
        items = [i for i in items if i[0] in set(args.show)]
    rows = run(items)
    report(rows, args.list)
    if args.unknown or args.show:
        print("\nunknown:" if not args.show else "\nshown:")
        for r in rows:
            if args.show or r.verdict == "unknown":
                print(f"  {r.key} [{r.category}] {r.verdict}: {r.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
