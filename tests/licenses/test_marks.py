"""A user or revenue figure that only decides who must show the model's name is a branding duty, not a cap
(`licenses.marks`); a figure that also ends the rights or needs another license stays a cap."""

from __future__ import annotations

import pytest

from opengauge.licenses.clauses import clauses

#: (sentence, the types it must read as, the types it must not)
CASES = [
    (
        "If your product has more than 100 million monthly active users, you shall prominently display "
        '"Merlin-1" on the user interface of that product.',
        {"naming-branding"},
        {"user-threshold"},
    ),
    (
        'Services with monthly revenue above 20 million US dollars must display "Merlin-1" on their '
        "user interface.",
        {"naming-branding"},
        {"revenue-threshold"},
    ),
    (
        "If your product has more than 100 million monthly active users, you must obtain a license from us "
        'and display "Merlin-1" on the user interface.',
        {"naming-branding", "user-threshold"},
        set(),
    ),
    (
        "If your product has more than 100 million monthly active users, you must request a license from us.",
        {"user-threshold"},
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), CASES)
def test_a_figure_that_only_asks_for_a_mark_is_no_cap(
    sentence: str, wanted: set[str], unwanted: set[str]
) -> None:
    found = {c.type for c in clauses(sentence)}
    assert wanted <= found, found
    assert not found & unwanted, found
