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
