"""Fuzz opengauge's parsers of untrusted text for N minutes with hypothesis and report the figures.

    python bench/fuzz.py 2            # two minutes (default 1), split across the targets
    python bench/fuzz.py 0.5 --seed 7

Targets (each gets an equal share of the time, in rounds): the front-matter parser, the normaliser,
the clause reader (`analyze`), the output sanitiser and the probes over a whole card. An input fails
when a target raises anything but its documented error, breaks a promise (normalised text of another
length, a clause line outside the text, a raw control character after sanitising), or takes longer
than 5 s. Prints inputs tried and failures per target; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from opengauge.escape import UNSAFE, safe_text  # noqa: E402
from opengauge.licenses import analyze  # noqa: E402
from opengauge.licenses.normalize import Normalized, clean, disguises  # noqa: E402
from opengauge.model import Document, DocumentKind, Release  # noqa: E402
from opengauge.probes import run_probes  # noqa: E402
from opengauge.sources.errors import FrontMatterError  # noqa: E402
from opengauge.sources.frontmatter import parse_front_matter  # noqa: E402
from tests.hostile.strategies import CARD, TEXT  # noqa: E402

SLOW = 5.0


def front_matter(card: str) -> None:
    try:
        data, _ = parse_front_matter(card)
    except FrontMatterError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(data, dict)


def normaliser(text: str) -> None:
    assert len(clean(text)) == len(text)
    disguises(text)


def clause_reader(text: str) -> None:
    report = analyze(text, document="LICENSE")
    norm = Normalized(text)
    lines = text.count("\n") + 1
    for c in report.clauses:
        assert 1 <= c.line <= lines and c.span is not None
        assert norm.line_of(c.span[0]) == c.line


def sanitiser(text: str) -> None:
    assert not UNSAFE.search(safe_text(text, one_line=True).replace("\t", " "))


def probes(card: str) -> None:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)
    run_probes(Release(ref="local:fuzz", source="local", id="fuzz", documents=[doc]))


TARGETS = {
    "front-matter": (front_matter, CARD),
    "normaliser": (normaliser, st.one_of(TEXT, st.text())),
    "clause-reader": (clause_reader, TEXT),
    "sanitiser": (sanitiser, st.text()),
    "probes": (probes, CARD),
}


def fuzz(name: str, seconds: float, seed_value: int, stats: dict[str, dict[str, int]]) -> None:
    target, strategy = TARGETS[name]
    counts = stats.setdefault(name, {"tried": 0, "failures": 0})
    deadline = time.monotonic() + seconds

    @settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @seed(seed_value)
    @given(strategy)
    def run(value) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        counts["tried"] += 1
        start = time.monotonic()
        try:
            target(value)
        except Exception as exc:  # a failure: report it and keep fuzzing
            counts["failures"] += 1
            print(f"  FAIL {name}: {type(exc).__name__}: {str(exc)[:200]} on {value[:200]!r}", flush=True)
            return
        took = time.monotonic() - start
        if took > SLOW:
            counts["failures"] += 1
            print(f"  SLOW {name}: {took:.1f} s on {len(value)} characters {value[:80]!r}", flush=True)

    try:
        run()
    except _TimeUp:
        pass


class _TimeUp(Exception):
    pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("minutes", type=float, nargs="?", default=1.0)
    parser.add_argument("--seed", type=int, default=0, help="hypothesis seed (each round adds its number)")
    args = parser.parse_args()
    total = args.minutes * 60
    rounds = max(1, int(total // 30))
    share = total / rounds / len(TARGETS)
    stats: dict[str, dict[str, int]] = {}
    start = time.monotonic()
    for i in range(rounds):
        for name in TARGETS:
            fuzz(name, share, args.seed * 1000 + i, stats)
    elapsed = time.monotonic() - start
    print(f"fuzzed for {elapsed:.0f} s ({args.minutes:g} min asked)")
    print(f"{'target':15s} {'inputs':>8s} {'failures':>9s}")
    for name, c in stats.items():
        print(f"{name:15s} {c['tried']:8d} {c['failures']:9d}")
    tried = sum(c["tried"] for c in stats.values())
    failures = sum(c["failures"] for c in stats.values())
    print(f"{'total':15s} {tried:8d} {failures:9d}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
