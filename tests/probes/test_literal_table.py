"""One literal table per document (`probes/literals.py`) gives every pattern the same answers as
looking its literals up alone; and every literal set `prefilter.conditions` says a branch needs is in
every match of that branch."""

from __future__ import annotations

import random
import re
from pathlib import Path

from opengauge.probes import prefilter
from opengauge.probes.literals import LiteralTable
from tests.probes.helpers import sample_cards
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
    texts = sample_cards(release_corpus, rows=40, last=10, seed=7)
    # each text once: the first rows `generate` yields are the corpus' cards themselves (its base
    # models, verbatim), and the first of these twenty rows are some of them, already listed above
    return list(dict.fromkeys(texts + TRAPS + ODD + ["\n".join(TRAPS + ODD)]))


def test_one_table_per_text_gives_each_pattern_its_own_answers(release_corpus: Path) -> None:
    """Patterns asked in any order of one shared table get the start offsets, and the literal
    presence, that each finds alone."""
    patterns = _probe_patterns()
    literals = {
        s
        for rx in patterns
        for sets in prefilter.conditions(rx.pattern, rx.flags) or ()
        for need in sets or ()
        for s in need
    }
    rng = random.Random(11)
    used = 0
    for text in _texts(release_corpus):
        folded = prefilter.fold(text)
        # What a pattern finds alone, without a table, depends on no order: each pattern's answer
        # alone is asked once per text, the reference once per candidate source and flags (what it
        # is a function of, with the text), and the answer alone once per candidate object and text
        # (asking the same object again is the same call); each order's table is compared with them.
        alone: dict[re.Pattern[str], re.Pattern[str] | None] = {}
        wants: dict[tuple[str, int], list[int] | None] = {}
        checked: dict[int, re.Pattern[str]] = {}  # by id, holding the pattern so no id is reused
        for order in (patterns, patterns[::-1], rng.sample(patterns, len(patterns))):
            table = LiteralTable(folded)
            for rx in order:
                run = prefilter.narrowed(rx, folded, table)
                if rx not in alone:
                    alone[rx] = prefilter.narrowed(rx, folded)
                single = alone[rx]
                assert (run is None) == (single is None) and (run is None or run.pattern == single.pattern)
                for candidate in (rx, run):
                    if candidate is None:
                        continue
                    key = (candidate.pattern, candidate.flags)
                    if key not in wants:
                        wants[key] = _old_match_starts(candidate, folded)
                    want = wants[key]
                    if id(candidate) not in checked:
                        checked[id(candidate)] = candidate
                        assert prefilter.match_starts(candidate, folded) == want, candidate.pattern[:80]
                    assert prefilter.match_starts(candidate, folded, table) == want, candidate.pattern[:80]
                    used += want is not None
            for lit in literals:
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


def _matches(rx: re.Pattern[str], text: str) -> list[str]:
    out, pos = [], 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        out.append(m.group())
        pos = m.start() + 1
    return out


def test_every_match_of_a_branch_holds_one_literal_of_each_set_it_needs(release_corpus: Path) -> None:
    """`prefilter.conditions`: each set is needed by every match of its branch (folded as the engine
    folds), on the corpus' cards, generated cards and folding traps: so a branch lacking one is
    dropped without changing a match."""
    texts = _texts(release_corpus)
    checked = more = 0
    for rx in _probe_patterns():
        parts = prefilter.branches(rx.pattern, rx.flags)
        conds = prefilter.conditions(rx.pattern, rx.flags)
        if parts is None or conds is None:
            continue
        for (src, need), sets in zip(parts, conds, strict=True):
            if sets is None:
                assert need is None
                continue
            assert sets[0] == need  # the set `branches` gives comes first (line candidates use it)
            more += len(sets) - 1
            branch = re.compile(src, rx.flags)
            for text in texts:
                for match in _matches(branch, text):
                    folded = prefilter.fold(match)
                    for literals in sets:
                        assert any(s in folded for s in literals), (src[:60], match, literals)
                    checked += 1
    assert checked > 100 and more > 20


def test_a_branch_lacking_one_of_its_sets_is_dropped() -> None:
    rx = re.compile(r"\bweights? (deltas?|diffs?)\b|@misc\{", re.I)
    assert prefilter.conditions(rx.pattern, rx.flags) == (
        (("weight",), ("elta", "iff")),
        (("@misc{",),),
    )
    assert prefilter.narrowed(rx, prefilter.fold("the weights are here")) is None
    kept = prefilter.narrowed(rx, prefilter.fold("weight deltas, see @misc"))
    assert kept is not None and kept.pattern == r"\bweights? (deltas?|diffs?)\b"
