"""One literal table per document (`probes/literals.py`) gives every pattern the same answers as
looking its literals up alone."""

from __future__ import annotations

import random
import re
from pathlib import Path

from opengauge.probes import prefilter
from opengauge.probes.literals import LiteralTable
from tests.probes.test_prefilter import TRAPS, _probe_patterns

#: Texts that reach the table's corners: non-ASCII (two- and four-byte strings), the characters the
#: engine folds beyond `str.lower`, overlapping occurrences, and more occurrences than the cap.
ODD = [
    "ΑΣ licenſe ſtep_1200 İntermediate ıntermediate \u212aDD µ-law 🤗 trained on 2T tokens",
    "a100 A100 a1000 h100h100h100 GB200B200 l40s L40 TPU v4 tpuv5",
    "aaaa aaaaa " * 3,
    "icml " * 200,
    "@inproceedings{x,\n booktitle = {Proceedings of ICML}}\n@misc{y}\n@article{z, journal={arXiv}}",
    "step-120000 step_1200 ckpt_12 intermediate checkpoints every 1000 steps 🤗",
    "",
]


def _old_match_starts(rx: re.Pattern[str], folded: str) -> list[int] | None:
    """`prefilter.match_starts` as it was before the table (each pattern counts and finds its own
    literals): the reference the table must agree with."""
    lits = prefilter.starts(rx.pattern, rx.flags)
    if lits is None:
        return None
    cap = len(folded) // 32 + 16
    if sum(folded.count(lit) for lit in lits) > cap:
        return None
    out: list[int] = []
    for lit in lits:
        i = folded.find(lit)
        while i >= 0:
            out.append(i)
            if len(out) > cap:
                return None
            i = folded.find(lit, i + 1)
    return sorted(set(out))


def _texts(release_corpus: Path) -> list[str]:
    from bench.dumpgen import generate

    texts = [p.read_text("utf-8", "replace") for p in sorted(release_corpus.glob("*/README.md"))]
    texts += [r["card"] for r in generate(40, releases=release_corpus, seed=7)][-20:]
    return texts + TRAPS + ODD + ["\n".join(TRAPS + ODD)]


def test_one_table_per_text_gives_each_pattern_its_own_answers(release_corpus: Path) -> None:
    """Patterns asked in any order of one shared table get the start offsets, and the literal
    presence, that each finds alone."""
    patterns = _probe_patterns()
    rng = random.Random(11)
    used = 0
    for text in _texts(release_corpus):
        folded = prefilter.fold(text)
        for order in (patterns, patterns[::-1], rng.sample(patterns, len(patterns))):
            table = LiteralTable(folded)
            for rx in order:
                run = prefilter.narrowed(rx, folded, table)
                alone = prefilter.narrowed(rx, folded)
                assert (run is None) == (alone is None) and (run is None or run.pattern == alone.pattern)
                for candidate in (rx, run):
                    if candidate is None:
                        continue
                    want = _old_match_starts(candidate, folded)
                    assert prefilter.match_starts(candidate, folded, table) == want, candidate.pattern[:80]
                    assert prefilter.match_starts(candidate, folded) == want, candidate.pattern[:80]
                    used += want is not None
            for lit in {
                s
                for rx in patterns
                for _, need in prefilter.branches(rx.pattern, rx.flags) or ()
                for s in need or ()
            }:
                assert table.has(lit) == (lit in folded), lit
    assert used > 100


def test_offsets_overlap_and_stop_after_the_cap() -> None:
    table = LiteralTable("aaaa")
    assert table.offsets("aa") == [0, 1, 2]
    assert table.has("aa") and not table.has("b") and table.offsets("b") == []
    text = "icml " * 200
    table = LiteralTable(text)
    assert table.cap == len(text) // 32 + 16
    assert len(table.offsets("icml")) == table.cap + 1  # cut: enough to say there are too many
    assert table.has("icml")
    absent = LiteralTable("nothing here")
    assert not absent.has("icml") and absent.offsets("icml") == []  # absent: no search for offsets
