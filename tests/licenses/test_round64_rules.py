# ruff: noqa: E501 (the licence sentences are kept whole)
"""Licences of derivatives that speak about their base's or teacher's terms, which held-out licence round 64 found
misread, and a gap found while reviewing it: another model's terms the text keeps off this model (a teacher's
territory limit, reported in a recital, then said not to apply); the freedoms named as nouns after a verb of
permitting; and a grant said not to reach commercial use, which had read as open. Each in several wordings, with the
near misses."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.test_round59_rules import _blocking, _read

_STUDENT = (
    'STUDENT MODEL LICENCE\n\n(A) The Licensor trained the Model by distillation from Vardon-70B (the "Teacher"), published '
    'under the Vardon Regional Licence (the "Teacher Licence").\n\n(B) The Teacher Licence provides that the Teacher itself may '
    "be used only within the European Economic Area. {extends}\n\n1. The Licensor grants the Licensee a worldwide, royalty-free "
    "licence to use, reproduce, study, modify and distribute the Model, for any purpose, including commercial purposes.\n\n"
    "2. {applies}\n"
)


@pytest.mark.parametrize(
    "applies",
    [
        "The Teacher Licence, including its territory clause, does not apply to the Model or to models derived from it.",
        "The Teacher Licence doesn't apply to the Model.",
    ],
)
def test_a_teacher_s_terms_kept_off_the_model_do_not_bind_it(applies: str) -> None:
    text = _STUDENT.format(
        extends="The Teacher Licence does not extend to models trained on the Teacher's outputs.",
        applies=applies,
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI, [(c.type, c.quote) for c in report.blocking]


def test_a_teacher_s_terms_passed_on_to_the_model_bind_it() -> None:
    text = _STUDENT.format(
        extends="",
        applies="The Teacher Licence applies to the Model as well, including its territory clause.",
    )
    assert analyze(text, document="LICENSE").verdict is not LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    "grant",
    [
        "The Licence allows use, modification and redistribution for any purpose, commercial use included.",
        "It permits the free use, copying, modification and distribution of the model for any purpose.",
    ],
)
def test_freedoms_named_as_nouns_after_a_verb_of_permitting_are_granted(grant: str) -> None:
    assert analyze(grant + "\n", document="LICENSE").verdict is LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    "terms",
    [
        "This licence does not extend to commercial use.",
        "The licence does not cover commercial use of the model.",
        "The rights granted above do not extend to any commercial exploitation of the Model.",
        "THE PERMISSIONS IN SECTION 1 DO NOT APPLY TO COMMERCIAL PURPOSES.",
    ],
)
def test_a_grant_said_not_to_reach_commercial_use_is_non_commercial(terms: str) -> None:
    assert "non-commercial" in _blocking(terms)
    assert _read(terms).verdict is LicenseVerdict.NON_COMMERCIAL


@pytest.mark.parametrize(
    "terms",
    [
        "The licence set forth in this section does not extend to the Commercial Features.",
        "The licence does not extend to trademarks, including their commercial use.",
    ],
)
def test_commercial_features_and_marks_are_no_commercial_use(terms: str) -> None:
    assert "non-commercial" not in _blocking(terms)


def test_commercial_use_let_in_by_a_condition_is_that_condition_s() -> None:
    terms = (
        "The licence does not extend to commercial use until registration is complete and the fee is paid."
    )
    assert "non-commercial" not in _blocking(terms)
