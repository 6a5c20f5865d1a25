"""`required_literals`, the one use of `re`'s private parser: right on a few patterns, sound on every
rule over the corpus, and harmless when the private parser is missing or has changed (no literals,
and clause reading gives the same results without them)."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from opengauge.licenses import rules as rules_module
from opengauge.licenses.clauses import clauses
from opengauge.licenses.normalize import Normalized
from opengauge.licenses.regex_literals import required_literals
from opengauge.licenses.rules import compile_pattern, rules


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        ("research purposes", [("research purposes",)]),
        ("abc(?:de|fgh)x*ij", [("abc",), ("de", "fgh"), ("ij",)]),
        ("(?:free|open) source", [("free", "open"), (" source",)]),
        ("(non|not) ?commercial", [("no",), ("commercial",)]),  # the parser factors out the common prefix
        ("foo(bar)?baz", [("foo",), ("baz",)]),  # an optional group holds nothing every match has
        ("(?:abc)+", []),  # inside a repeat: not looked into
        ("x(?=lookahead)y", [("x",), ("y",)]),  # a look-ahead is not part of the match
        ("ab|c[de]", [("ab", "c")]),
        ("ab|[cd]+", []),  # an alternative without a literal: no literal is certain
        ("ab(?i:cd)ef", [("ab",), ("ef",)]),  # a case-insensitive part gives none
        ("", []),
    ],
)
def test_required_literals(pattern: str, want: list[tuple[str, ...]]) -> None:
    assert required_literals(re.compile(pattern)) == want


def test_a_case_insensitive_pattern_gives_no_literals() -> None:
    assert required_literals(re.compile("research", re.IGNORECASE)) == []


def test_rule_syntax_spaces_are_not_literals() -> None:
    # a space in a rule means any whitespace run, so literals end at it
    assert required_literals(compile_pattern("solely for research")) == [("solely",), ("for",), ("research",)]


def test_without_the_private_parser_there_are_no_literals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "re._parser", None)  # `import re._parser` now fails
    assert required_literals(re.compile("research purposes")) == []


def test_a_changed_private_parser_gives_no_literals(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = importlib.import_module("re._parser")
    opcodes = importlib.import_module("re._constants")
    pattern = re.compile("abc(?:de|fgh)")
    # the parse tree changes shape
    monkeypatch.setattr(parser, "parse", lambda *args, **kwargs: [("literal", "a")])
    assert required_literals(pattern) == []
    monkeypatch.undo()
    # an opcode goes away
    monkeypatch.delattr(opcodes, "BRANCH")
    assert required_literals(pattern) == []
    monkeypatch.undo()
    # the parser answers differently, without raising: the known pattern catches it
    real_parse = parser.parse
    monkeypatch.setattr(parser, "parse", lambda src, flags=0: real_parse(src[::-1], flags))
    assert required_literals(pattern) == []
    monkeypatch.undo()
    assert required_literals(pattern) == [("abc",), ("de", "fgh")]


def _corpus_texts(license_corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(license_corpus.glob("*.txt"))]


def test_every_match_of_every_rule_holds_its_literals(license_corpus: Path) -> None:
    """Soundness on real text: each match of each rule contains one alternative of every literal set."""
    # every other corpus text (every kind of licence it holds), within the suite's time budget
    lows = [Normalized(t).lower for t in _corpus_texts(license_corpus)[::2]]
    problems = []
    for rule in rules():
        required = required_literals(rule.pattern)
        for low in lows:
            for m in rule.pattern.finditer(low):
                missing = [alts for alts in required if not any(a in m.group() for a in alts)]
                if missing:
                    problems.append(f"{rule.type} {rule.pattern.pattern!r}: {m.group()!r} lacks {missing}")
    assert not problems, "\n".join(problems[:20])


@pytest.fixture
def rules_without_anchors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "re._parser", None)
    monkeypatch.setenv("OPENGAUGE_ENGINE_CACHE", "0")  # built from source, not read from the cache
    rules_module.rules.cache_clear()
    yield
    monkeypatch.undo()
    rules_module.rules.cache_clear()


def test_clauses_are_the_same_without_anchors(license_corpus: Path, request: pytest.FixtureRequest) -> None:
    # every third corpus text: the reading without anchors is the slow path this test exists to compare with,
    # and a third of the corpus (every kind of licence it holds) keeps the suite within its time budget
    texts = _corpus_texts(license_corpus)[::3]
    assert any(r.anchors for r in rules())
    fast = [clauses(t) for t in texts]
    request.getfixturevalue("rules_without_anchors")
    assert not any(r.anchors for r in rules())
    slow = [clauses(t) for t in texts]
    assert slow == fast
