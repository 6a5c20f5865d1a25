"""Terms another part of the same text changes (held-out round 57's general causes): words struck through, a
section an amendment deletes or says does not apply, a version history that says it changes nothing, and a
licence that says it does not permit modification. Written in other words than the round's, each with a near
miss that leaves the limit in force."""

from __future__ import annotations

import pytest

from opengauge.licenses.amendments import out_of_force
from tests.licenses.verdicts import DISCLAIMER, verdict_and_types

_BASE = (
    "1. Grant. The Licensor grants you a worldwide, royalty-free licence to use, study, copy, modify and "
    "distribute the Model, for any purpose.\n\n"
    "2. Notices. Keep this licence with every copy.\n\n"
    "3. Monthly users. If your services have more than 5,000,000 monthly active users, this licence does not "
    "apply to you and you must ask the Licensor for another licence.\n\n"
    "4. Law. This licence is governed by the laws of Ontario.\n\n"
)


@pytest.mark.parametrize(
    "struck",
    [
        "~~You may not use the Model for any commercial purpose.~~",
        "<del>You may not use the Model for any commercial purpose.</del>",
        "<s>You may not use the Model\nfor any commercial purpose.</s>",
    ],
)
def test_words_struck_through_are_not_read(struck: str) -> None:
    text = (
        _BASE.replace("3. Monthly users.", "3. Former limit.").split("3. Former")[0]
        + struck
        + "\n"
        + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "open-non-osi" and "non-commercial" not in types


def test_words_between_single_tildes_are_read() -> None:
    text = (
        _BASE.split("3. Monthly")[0]
        + "~You may not use the Model for any commercial purpose.~\n"
        + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "non-commercial"


@pytest.mark.parametrize(
    "amendment",
    [
        "AMENDMENT 2\n\nSection 3 (Monthly users) is deleted in its entirety.\n",
        "ADDENDUM FOR THIS RELEASE\n\nClause 3 has been removed. Every licensee may use the Model whatever"
        " its size.\n",
        "EXCEPTIONS\n\nSection 3 does not apply to this release.\n",
    ],
)
def test_a_section_the_text_deletes_is_not_read(amendment: str) -> None:
    verdict, types = verdict_and_types(_BASE + amendment + DISCLAIMER)
    assert verdict == "open-non-osi" and "user-threshold" not in types


def test_a_section_disapplied_only_on_a_condition_stays_in_force() -> None:
    text = _BASE + "EXCEPTIONS\n\nSection 3 does not apply if you are a registered charity.\n" + DISCLAIMER
    assert "user-threshold" in verdict_and_types(text)[1]


def test_deleting_one_subsection_leaves_its_neighbours() -> None:
    text = (
        "1. Grant. The Licensor grants you a licence to use, study, copy, modify and share the Model for any "
        "purpose, subject to section 2.\n\n2. Limits\n\n2.1 You may not use the Model for commercial"
        " purposes.\n"
        "2.2 You may not use the Model in any country of the European Union.\n\n3. Law. Irish law"
        " governs.\n\n"
        "EXCEPTIONS\n\nSection 2.1 does not apply to this release.\n" + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "restricted" and "geographic-restriction" in types and "non-commercial" not in types


def test_a_history_that_says_it_changes_nothing_is_not_read() -> None:
    text = (
        _BASE.split("3. Monthly")[0]
        + "CHANGELOG\n\nThe notes below are for information only and are not part of "
        "the licence.\n\nv0.9: the licence was granted for academic research only; commercial use was not "
        "permitted.\nv1.0: any purpose.\n" + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "open-non-osi" and "research-only" not in types


def test_a_history_that_is_part_of_the_licence_is_read() -> None:
    text = (
        _BASE.split("3. Monthly")[0] + "CHANGELOG\n\nEach entry below changes the text above.\n\nv2.0: the "
        "licence is granted solely for academic research; commercial use is not permitted.\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "research-only"


def test_the_span_of_a_deleted_section_ends_at_the_next_section() -> None:
    text = _BASE + "AMENDMENT\n\nSection 3 is deleted.\n"
    (span,) = out_of_force(text)
    assert text[span[0] : span[1]].startswith("3. Monthly users") and "4. Law" not in text[span[0] : span[1]]


def test_a_licence_that_does_not_permit_modification_is_no_modification() -> None:
    text = (
        "The Licensor grants you a licence to use, copy and distribute the Model, for any purpose. This"
        " licence "
        "does not allow you to fine-tune or otherwise alter the weights.\n" + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "restricted" and "no-modification" in types


def test_a_licence_that_does_not_permit_removing_notices_allows_modification() -> None:
    text = (
        _BASE.split("3. Monthly")[0]
        + "This licence does not permit you to remove the notices.\n"
        + DISCLAIMER
    )
    assert "no-modification" not in verdict_and_types(text)[1]
