"""Benchmark: opengauge's license reading (identify + clauses) against ScanCode's license detection.

    python bench/license_bench.py [--corpus DIR] [--repeat N] [--no-scancode] [--open-check]

Times `identify()` + `clauses()` over every `*.txt` of the license corpus (default
`../shared/corpus/licenses`, or `$OPENGAUGE_SHARED/corpus/licenses`) and prints files/s and MB/s.
When the optional extra `scancode` is installed (`pip install 'opengauge[scancode]'`), also times
ScanCode's license detection (`scancode.api.get_licenses`) on the same files after a warm-up,
and prints both figures, the ratio, identification accuracy against `labels.yaml` (files that have
a ScanCode key) and every file where the two identifications disagree. `--open-check` also reads the
license texts ScanCode ships and calls permissive/copyleft, and counts those where opengauge finds a
clause that blocks open source (a precision check on texts it was never tuned on).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import warnings
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def default_corpus() -> Path:
    env = os.environ.get("OPENGAUGE_SHARED")
    base = Path(env) if env else PROJECT.parent / "shared"
    return base / "corpus" / "licenses"


def load_labels(corpus: Path) -> dict[str, dict]:
    import yaml

    path = corpus / "labels.yaml"
    if not path.is_file():
        return {}
    return {item["file"]: item for item in yaml.safe_load(path.read_text(encoding="utf-8"))}


def bench_opengauge(files: list[Path], repeat: int) -> tuple[float, float, dict[str, object]]:
    """Best-of-`repeat` wall and CPU seconds for identify + clauses over all files (texts read once)."""
    from opengauge.licenses import clauses
    from opengauge.licenses.identify import identify

    texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    identify(texts[0][1])  # warm-up: loads the catalog and compiles the rules
    clauses(texts[0][1])
    results: dict[str, object] = {}
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for name, text in texts:
            ident = identify(text)
            found = clauses(text)
            results[name] = (ident, found)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, results


def scancode_available() -> bool:
    try:
        import scancode.api  # noqa: F401
    except Exception:
        return False
    return True


def bench_scancode(files: list[Path]) -> tuple[float, float, dict[str, str | None]]:
    """Wall and CPU seconds for ScanCode's license detection over all files (after a warm-up that
    loads its index)."""
    warnings.filterwarnings("ignore")
    from scancode import api

    api.get_licenses(str(files[0]))  # warm-up: builds / loads the license index
    out: dict[str, str | None] = {}
    w0, c0 = time.perf_counter(), time.process_time()
    for f in files:
        res = api.get_licenses(str(f))
        out[f.name] = res.get("detected_license_expression") or None
    return time.perf_counter() - w0, time.process_time() - c0, out


def open_license_check(limit_examples: int = 3) -> None:
    """Precision on texts opengauge never saw: ScanCode ships ~2,600 license texts with a category;
    read those it calls Permissive, Copyleft, Copyleft Limited or Public Domain (read as
    `bench/scancode_db.py` reads them) and count the ones where opengauge finds a clause type that
    blocks open source (each one is a likely false alarm)."""
    import collections

    from scancode_db import OPEN_CATS, db_folder, texts

    from opengauge.licenses import clauses

    n = flagged = 0
    by_type: collections.Counter[str] = collections.Counter()
    examples: list[str] = []
    t0 = time.perf_counter()
    for key, _category, text in texts(db_folder(), set(OPEN_CATS)):
        n += 1
        found = [c for c in clauses(text) if c.blocks_open_source]
        if found:
            flagged += 1
            by_type.update({c.type for c in found})
            if len(examples) < limit_examples:
                examples.append(f"{key}: {found[0].type}: {found[0].quote[:120]}")
    dt = time.perf_counter() - t0
    print(
        f"open-license check: {flagged} of {n} texts ScanCode calls permissive/copyleft/public-domain get a "
        f"blocking clause type ({flagged / max(n, 1):.1%}); {dict(by_type.most_common())} ({dt:.1f} s)"
    )
    for e in examples:
        print("  e.g.", e)


def _keys(expression: str | None) -> set[str]:
    if not expression:
        return set()
    return {k for k in re.split(r"[\s()]+", expression.lower()) if k and k not in {"and", "or", "with"}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=default_corpus(), help="folder of license texts (*.txt)")
    ap.add_argument("--repeat", type=int, default=15, help="opengauge passes (best is kept)")
    ap.add_argument("--no-scancode", action="store_true", help="skip ScanCode even when installed")
    ap.add_argument(
        "--open-check",
        action="store_true",
        help="with ScanCode installed: also read its permissive/copyleft license texts "
        "and count false alarms",
    )
    args = ap.parse_args(argv)

    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no *.txt files in {args.corpus} (set OPENGAUGE_SHARED or pass --corpus)", file=sys.stderr)
        return 2
    labels = load_labels(args.corpus)
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"corpus: {len(files)} files, {size_mb:.2f} MB ({args.corpus})")

    og_wall, og_cpu, og = bench_opengauge(files, args.repeat)
    n_clauses = sum(len(found) for _, found in og.values())
    print(
        f"opengauge identify+clauses: {len(files) / og_wall:,.0f} files/s, {size_mb / og_wall:,.2f} "
        "MB/s wall "
        f"({og_wall * 1000:.0f} ms); {len(files) / og_cpu:,.0f} files/s CPU ({og_cpu * 1000:.0f} ms); "
        f"best of {args.repeat} passes; {n_clauses} clauses found"
    )

    with_key = [f.name for f in files if labels.get(f.name, {}).get("scancode")]
    og_ok = [n for n in with_key if getattr(og[n][0].entry, "scancode", None) == labels[n]["scancode"]]
    if with_key:
        print(f"opengauge identification: {len(og_ok)}/{len(with_key)} files with a ScanCode key")

    if args.open_check:
        open_license_check()  # reads ScanCode's data, even when its scanner is not timed
    if args.no_scancode:
        return 0
    if not scancode_available():
        print("ScanCode: not installed (pip install 'opengauge[scancode]' in a separate venv to compare)")
        return 0

    sc_wall, sc_cpu, sc = bench_scancode(files)
    print(
        f"ScanCode get_licenses:      {len(files) / sc_wall:,.2f} files/s, {size_mb / sc_wall:,.3f} "
        "MB/s wall "
        f"({sc_wall:.1f} s); {len(files) / sc_cpu:,.2f} files/s CPU ({sc_cpu:.1f} s); reports no clauses"
    )
    print(
        f"speed ratio: opengauge is {sc_cpu / og_cpu:,.0f}x ScanCode's files/s in CPU time "
        f"({sc_wall / og_wall:,.0f}x in wall time; the machine may be shared, CPU time is the steadier "
        "figure)"
    )
    if with_key:
        sc_exact = [n for n in with_key if (sc[n] or "").lower() == labels[n]["scancode"]]
        sc_contains = [n for n in with_key if labels[n]["scancode"] in _keys(sc[n])]
        print(
            f"identification vs labels ({len(with_key)} files with a ScanCode key): "
            f"opengauge {len(og_ok)}, ScanCode {len(sc_exact)} exact ({len(sc_contains)} containing the key)"
        )
    print(
        "where the identifications disagree (file: opengauge entry [its ScanCode key] vs ScanCode's "
        "expression):"
    )
    n = 0
    for f in files:
        entry = og[f.name][0].entry
        ours = getattr(entry, "scancode", None)
        theirs = sc[f.name]
        if (ours or None) == ((theirs or "").lower() or None):
            continue
        n += 1
        label_key = labels.get(f.name, {}).get("scancode")
        if label_key:
            judge = f"label {label_key}: opengauge {'right' if ours == label_key else 'wrong'}, ScanCode " + (
                "right"
                if (theirs or "").lower() == label_key
                else "partly right"
                if label_key in _keys(theirs)
                else "wrong"
            )
        else:
            judge = "no ScanCode key for this text in the labels"
        print(
            f"  {f.name}: {entry.id if entry else None} [{ours or '-'}] vs {theirs or '(nothing)'}  -- "
            f"{judge}"
        )
    print(f"{n} disagreement(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
