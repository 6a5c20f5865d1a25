# ruff: noqa: E501 (the licence sentences are kept whole)
"""Sentences of the terms the Hub and model runners carry that held-out licence round 60 found unread: a duty said
not to exist, with a longer or qualified subject, and the Hub's notice over a gated repository that its conditions
must be accepted to get the files. Each in several wordings, read after the open grant of `test_round59_rules`, and
the near misses that still refuse something."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from tests.licenses.test_round59_rules import _read


@pytest.mark.parametrize(
    "terms",
    [
        "3. No product or service needs to show the Hazelrigg name.",
        "Nobody who gets a copy from you needs to fill in this form.",
        "This repository is publicly accessible, but you have to accept the conditions to access its files and content.",
        "You need to agree to the licence to download the weights.",
    ],
)
def test_a_duty_said_not_to_exist_or_the_gate_s_own_notice_states_no_term(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    "terms",
    [
        "No product may be sold until you have to register it with us.",
        "You have to accept these terms to access the files, and you must not use the model for surveillance.",
    ],
)
def test_a_refusal_beside_those_words_is_still_read(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.RESTRICTED


def test_a_refusal_before_the_duty_is_not_taken_for_no_duty() -> None:
    assert (
        _read("Nobody may use it commercially unless they have to.").verdict
        is not LicenseVerdict.OPEN_NON_OSI
    )
