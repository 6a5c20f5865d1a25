"""The search prefilter drops only branches that cannot match: every probe pattern finds the same
hits with it and without it, on the corpus' cards, generated cards and case-folding traps."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import opengauge.probes as probes_pkg
from opengauge.model import Document, DocumentKind, Release
from opengauge.probes import prefilter
from opengauge.probes.context import ProbeContext
from tests.probes.helpers import CARD_SAMPLE_STEP, sample_cards


def _probe_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern held at module level by a probe module."""
    out: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(probes_pkg.__path__):
        mod = importlib.import_module(f"opengauge.probes.{info.name}")
        for value in vars(mod).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out[(value.pattern, value.flags)] = value
    from opengauge.probes.vocabulary import vocabulary

    for name in ("cardsections", "code", "data", "docs", "weights"):
        vocab = vocabulary(name)
        for entry_id, entry in vocab.entries.items():
            if entry.pattern is not None:
                rx = vocab.pattern(entry_id)
                out[(rx.pattern, rx.flags)] = rx
    return list(out.values())


def _context(text: str) -> ProbeContext:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
    return ProbeContext(Release(ref="hf:t/t", source="hub", id="t/t", documents=[doc]))


def _hits(text: str | ProbeContext, rx: re.Pattern[str], enabled: bool) -> list[tuple[int, str]]:
    """The hits of `rx` with the prefilter on or off, in a fresh context of `text` or in `text`, a
    context used with that setting only (as a release is read: one context, every pattern)."""
    prefilter.ENABLED = enabled
    try:
        ctx = text if isinstance(text, ProbeContext) else _context(text)
        return [(h.line, h.text) for h in ctx.search(rx, limit=1000)]
    finally:
        prefilter.ENABLED = True


TRAPS = [
    # characters the engine folds together beyond str.lower: long s, dotless i, dotted capital I,
    # Kelvin sign, micro sign
    "Published at NeurIPS 2023 and ICML 2024.",
    "Publiſhed in the proceedingſ of ACL 2023; ſtep_12000 checkpoints",
    "ıntermedıate checkpoints every 1000 steps; İntermediate checkpoints",
    "\u212aDD 2022 paper; AutoModelForCausalLM; from transformers import AutoModel",
    "µ-law audio; tokenizer trained on the training data; github.com/org/repo",
    "@inproceedings{x, booktitle = {Proceedings of EMNLP}}\njournal = {Nature}",
    "",
]


def test_fold_matches_the_engine_on_its_special_cases() -> None:
    for a, b in [("s", "ſ"), ("i", "ı"), ("k", "\u212a"), ("µ", "μ"), ("i", "İ")]:
        assert re.fullmatch(a, b, re.I), (a, b)
        assert prefilter.fold(a) == prefilter.fold(b), (a, b)


def test_only_capital_dotted_i_lowers_to_two_characters() -> None:
    # fold() maps it explicitly; any other such character would need the same
    assert [cp for cp in range(0x110000) if len(chr(cp).lower()) != 1] == [0x130]


def test_splitting_keeps_groups_classes_and_escapes_together() -> None:
    assert prefilter._split_top(r"a(b|c)|[|x]|\||d") == ["a(b|c)", "[|x]", r"\|", "d"]
    assert prefilter._split_top(r"[]|]|y") == ["[]|]", "y"]
    assert prefilter._split_top("(a|b") is None
    assert prefilter.branches(r"(a)\1|b", re.I) is None  # back-reference: searched whole
    parts = prefilter.branches(r"@inproceedings|\b(NeurIPS|ICML)\s*\d+|\w+", re.I)
    assert parts is not None
    assert [need for _, need in parts] == [("@inproceedings",), ("neurips", "icml"), None]


def test_a_text_no_branch_can_match_is_skipped_and_others_are_narrowed() -> None:
    rx = re.compile(r"@inproceedings|\b(NeurIPS|ICML)\s*\d+", re.I | re.M)
    assert prefilter.narrowed(rx, prefilter.fold("nothing here")) is None
    narrow = prefilter.narrowed(rx, prefilter.fold("at ICML 2024"))
    assert narrow is not None and narrow.pattern == r"\b(NeurIPS|ICML)\s*\d+"
    assert prefilter.narrowed(rx, prefilter.fold("@inproceedings at ICML 2024")) is rx


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_the_same_hits(text: str) -> None:
    for rx in _probe_patterns():
        assert _hits(text, rx, True) == _hits(text, rx, False), rx.pattern[:80]


def test_corpus_and_generated_cards_give_the_same_hits(release_corpus: Path) -> None:
    texts = sample_cards(release_corpus, rows=60, last=15, seed=3)
    patterns = _probe_patterns()
    assert len(patterns) > 20
    narrowed = 0
    for text in texts:
        folded = prefilter.fold(text)
        # one context per text and setting, every pattern searched in it, as the probes read a release
        # (a fresh context per pattern only split, folded and scanned the same card again each time;
        # the plans are made per pattern either way, and any order of patterns sharing a context's
        # literal table is checked in tests/probes/test_literal_table.py)
        on, off = _context(text), _context(text)
        for rx in patterns:
            assert _hits(on, rx, True) == _hits(off, rx, False), rx.pattern[:80]
            narrowed += prefilter.narrowed(rx, folded) is not rx
    assert narrowed > len(texts)  # the prefilter did narrow or skip searches


def test_leading_literals_are_where_every_match_starts() -> None:
    assert prefilter.starts(r"\b(A100|H100)\s*GPUs?|@inproceedings|(?<!x)booktitle\s*=", re.I) == (
        "a100",
        "h100",
        "@inproceedings",
        "booktitle",
    )
    assert prefilter.starts(r"intermediate|\b\d+\s+checkpoints", re.I) is None  # a branch starts with a digit
    assert prefilter.starts(r"(a|)b", re.I) is None  # an empty alternative: the match starts with `b`
    assert prefilter.starts(r"(?:x)?abc", re.I) is None
    rx = re.compile(r"\b(NeurIPS|ICML)\s*\d+", re.I | re.M)
    text = "ICML 2024 and icml, NeurIPS 2023; ICMLs"
    at = prefilter.match_starts(rx, prefilter.fold(text))
    assert at == [0, 14, 20, 34]
    assert prefilter.match_starts(rx, prefilter.fold("icml " * 100)) is None  # too many: searched whole


def test_patterns_tried_only_where_they_may_start_are_used(release_corpus: Path) -> None:
    """On the corpus' cards, most probe patterns that leave the prefilter are run only at their
    leading literals (the hits are compared with the plain search above)."""
    texts = [p.read_text("utf-8", "replace") for p in sorted(release_corpus.glob("*/README.md"))]
    used = 0
    for text in texts:
        folded = prefilter.fold(text)
        for rx in _probe_patterns():
            run = prefilter.narrowed(rx, folded)
            used += run is not None and prefilter.match_starts(run, folded) is not None
    assert used > len(texts) * 5


def _starts(lines: list[str]) -> list[int]:
    out, pos = [], 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    return out


def _matching_lines(ctx: ProbeContext, rx: re.Pattern[str], enabled: bool) -> frozenset[int]:
    """`matching_lines` with the prefilter on or off, in a context used with that setting only."""
    prefilter.ENABLED = enabled
    try:
        return ctx.matching_lines(rx, ctx.release.documents[0])
    finally:
        prefilter.ENABLED = True


def test_lines_matching_a_pattern_are_those_a_search_line_by_line_finds(release_corpus: Path) -> None:
    """`ProbeContext.matching_lines` searches only the lines holding a literal every match needs:
    the same lines as `rx.search(line)` over every line, for every probe pattern.

    The reference is `rx.search(line)` on each line alone, which depends on nothing but the line: it
    is asked once per pattern and distinct line of all the texts (a card's many blank lines, the
    corpus lines the generated cards repeat), and a text's lines are looked up in it: the same answer
    for every line of every text as searching each, independently of the code under test."""
    texts = sample_cards(release_corpus, rows=40, last=12, seed=5)
    texts += TRAPS + ["\n".join(TRAPS), "ΑΣ\nΣΑ licenſe\nlicen\nse ΑΣ licensed"]
    # each text once: the first rows `generate` yields are the corpus' cards themselves (its base
    # models, verbatim), and the first of these twenty rows are some of them, already listed above
    texts = list(dict.fromkeys(texts))
    patterns = _probe_patterns()
    distinct = {ln for text in texts for ln in text.split("\n")}
    matching = [{ln for ln in distinct if rx.search(ln)} for rx in patterns]
    skipped = 0
    for text in texts:
        lines = text.split("\n")
        folded, starts = prefilter.fold(text), _starts(lines)
        # one context per text and setting, every pattern asked of it, as the probes read a release
        on, off = _context(text), _context(text)
        for rx, found in zip(patterns, matching, strict=True):
            plain = frozenset(i for i, ln in enumerate(lines) if ln in found)
            assert _matching_lines(on, rx, True) == plain == _matching_lines(off, rx, False), rx.pattern[:80]
            cands = prefilter.line_candidates(rx, folded, starts)
            skipped += cands is not None and len(cands) < len(lines)
    assert skipped > len(texts)  # most patterns searched only some lines


def _all_matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    out, pos = [], 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        out.append((m.span(), m.groups()))
        pos = m.end() + 1
    return out


def test_a_guarded_pattern_finds_the_same_matches(release_corpus: Path) -> None:
    """`prefilter.guarded` puts a look-ahead for the characters every match starts with before the
    pattern: the same matches, spans and groups from every offset, for every probe pattern."""
    # every `CARD_SAMPLE_STEP`-th corpus card and the traps, within the suite's time budget
    cards = [p.read_text("utf-8", "replace") for p in sorted(release_corpus.glob("*/README.md"))]
    folded = "\u212a \u0130 \u017f \u0131 k K s S 12 layers LAYERS 3\u00a0blocks"
    texts = [*cards[::CARD_SAMPLE_STEP], *TRAPS, folded]
    guarded = 0
    for rx in _probe_patterns():
        g = prefilter.guarded(rx)
        if g is rx:
            continue  # left as it is: the very pattern object, whose matches are its own
        guarded += 1
        for text in texts:
            assert _all_matches(g, text) == _all_matches(rx, text), rx.pattern[:80]
    assert guarded > 20


def test_what_a_guard_needs() -> None:
    g = prefilter.guarded(re.compile(r"\b(\d+\s*layers|blocks|[A-C]x)", re.I))
    assert g.pattern == r"(?=[\dbA-C])(?:\b(\d+\s*layers|blocks|[A-C]x))"
    for source in (
        r"a?b",  # an optional start
        r"(?i:a)b",  # a scoped flag
        r"(?:x|)y",  # an empty alternative
        r"[^a]b",  # a negated class
        r".b",  # any character
        r"\b",  # a match may be empty
        r"(?i)ab",  # a global inline flag
        r"open[ -]?source",  # starts with a character: the engine scans for it itself
        r"(?:[ab]c)d",  # starts with a class
    ):
        assert prefilter.guarded(re.compile(source)).pattern == source
    k = prefilter.guarded(re.compile(r"k\d|\bs", re.I))
    assert [m.start() for m in k.finditer("\u212a1 \u017f K2 S")] == [0, 3, 5, 8]
