"""The shortcuts the clause reader takes for speed give the answers of the plain way."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from opengauge.licenses.normalize import Normalized, normalized
from opengauge.licenses.regex_literals import required_literals
from opengauge.licenses.rules import MIN_ANCHOR, rules

_TOKEN = re.compile(r"[a-z0-9]+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_the_token_form_holds_the_tokens_of_the_lowered_text(text: str) -> None:
    # clauses._Anchors looks anchors up in Normalized.words instead of re-scanning the text
    n = Normalized(text)
    assert set(n.words.split()) == set(_TOKEN.findall(n.lower))


def test_one_normalized_text_is_shared_and_equal_to_a_fresh_one() -> None:
    text = "You may not use the Model for military purposes.\r\n"
    assert normalized(text) is normalized(text)
    assert normalized(text).lower == Normalized(text).lower
    assert normalized(text).words == Normalized(text).words


def test_a_rules_required_sets_are_literal_sets_of_its_pattern() -> None:
    with_requires = 0
    for rule in rules():
        sets = [o for o in required_literals(rule.pattern) if min(map(len, o)) >= MIN_ANCHOR]
        assert set(rule.requires) <= set(sets)
        assert rule.anchors not in rule.requires
        if rule.anchors:
            assert rule.anchors in sets
        with_requires += bool(rule.requires)
    assert with_requires > len(rules()) // 2


def test_the_trie_pattern_matches_exactly_its_words_longest_first() -> None:
    from opengauge.licenses.clauses import _trie_pattern

    words = ["us", "use", "used", "user", "users", "abc", "b"]
    rx = re.compile(f"(?:{_trie_pattern(words)})$")
    for w in words:
        assert rx.match(w), w
    for w in ("u", "usex", "ab", "abcd", "", "bb"):
        assert not rx.match(w), w
    first = re.compile(_trie_pattern(words))
    assert first.match("usersx").group() == "users"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["noncommercial", "commercially", "users", "enduser", "mil", "sub", "x"]), max_size=8
    )
)
def test_the_anchor_finder_finds_what_a_substring_search_finds(tokens: list[str]) -> None:
    # clauses._Finder: one look-ahead pass over the distinct tokens instead of one search per anchor
    from opengauge.licenses.clauses import _finder

    finder = _finder(rules())
    vocab = " ".join(set(tokens))
    assert finder.present(vocab) == {a for a in finder.literals if a in vocab}


def test_the_anchor_finder_agrees_with_substring_search_on_the_corpus(license_corpus) -> None:
    from opengauge.licenses.clauses import _finder

    finder = _finder(rules())
    assert len(finder.literals) > 100
    for path in sorted(license_corpus.glob("*.txt")):
        vocab = " ".join(set(Normalized(path.read_text(encoding="utf-8")).words.split()))
        assert finder.present(vocab) == {a for a in finder.literals if a in vocab}, path.name
