"""The shortcuts the clause reader takes for speed give the answers of the plain way."""

from __future__ import annotations

import re
from dataclasses import replace

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
def test_the_literal_finder_finds_what_a_substring_search_finds(tokens: list[str]) -> None:
    # clauses._Finder: one look-ahead pass over the new tokens instead of one search per literal
    from opengauge.licenses.clauses import _finder

    finder = replace(_finder(rules()), seen=set(), holding={})  # nothing learnt yet
    finder.learn(set(tokens))  # one pass over the tokens joined by spaces
    for token in tokens:
        assert set(finder.holding.get(token, ())) == {a for a in finder.literals if a in token}


def test_the_literal_finder_agrees_with_substring_search_on_the_corpus(license_corpus) -> None:
    from opengauge.licenses.clauses import _finder

    finder = replace(_finder(rules()), seen=set(), holding={})
    assert len(finder.literals) > 100
    # the reference, the literals a substring search finds in a token, depends on the token alone (the
    # literals are fixed): found once per distinct token, while the finder's answer is still checked
    # for every token of every text, after each text's tokens are learnt
    wanted: dict[str, set[str]] = {}
    for path in sorted(license_corpus.glob("*.txt")):
        tokens = set(Normalized(path.read_text(encoding="utf-8")).words.split())
        finder.learn(set(tokens))
        for token in tokens:
            if token not in wanted:
                wanted[token] = {a for a in finder.literals if a in token}
            assert set(finder.holding.get(token, ())) == wanted[token], (path.name, token)


def _searched_covers_every_match(text: str) -> int:
    """Checks that the sentences the reader searches for each rule hold every sentence the rule
    matches in when searched everywhere; returns how many (rule, sentence) matches there were."""
    from opengauge.licenses.clauses import _Anchors, _finder
    from opengauge.licenses.sentences import sentence_starts

    norm = Normalized(text)
    low = norm.lower
    starts = sentence_starts(norm.clean, norm.original)
    ends = [*starts[1:], len(low)]
    # each sentence's window (its text and the next two characters), worked out once for every rule
    windows = [(start, min(len(low), end + 2)) for start, end in zip(starts, ends, strict=True)]
    anchors = _Anchors(norm, starts, _finder(rules()))
    matched = 0
    for index, rule in enumerate(anchors.finder.rules):
        if rule.cross:
            assert anchors.may_match(index) or rule.pattern.search(low) is None, rule.pattern.pattern
            continue
        search = rule.pattern.search
        every = {i for i, (start, end) in enumerate(windows) if search(low, start, end)}
        searched = set(anchors.searched(index)) if anchors.may_match(index) else set()
        assert every <= searched, (rule.type, rule.pattern.pattern, sorted(every - searched))
        matched += len(every)
    return matched


def test_the_sentences_searched_hold_every_match_on_the_corpus(license_corpus) -> None:
    # every other corpus text (470 matches of the rules), within the suite's time budget
    matched = sum(
        _searched_covers_every_match(path.read_text(encoding="utf-8"))
        for path in sorted(license_corpus.glob("*.txt"))[::2]
    )
    assert matched > 300


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "You may not use the Model for commercial purposes",
                "you shall not redistribute, sell or lease it",
                "You may not:\n- modify it;\n- distribute it",
                "for research and evaluation only, and nothing else",
                "Licensee agrees not to reverse engineer",
                ". ",
                "; ",
                "\n\n",
                ":\n",
                "e.g. ",
                "\u00e9",
                "non-commercial",
                "x",
            ]
        ),
        max_size=12,
    )
)
def test_the_sentences_searched_hold_every_match_on_mixed_wordings(parts: list[str]) -> None:
    _searched_covers_every_match("".join(parts))
