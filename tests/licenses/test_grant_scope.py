# ruff: noqa: E501 (the licence sentences are kept whole)
"""A limit stated as the grant's scope (`grantscope`), found while reviewing held-out licence round 64: "This
licence does not extend to commercial use" and its kin had read open-non-osi after an open grant, because the
clause rules read limits addressed to the licensee. Each limit as the grant's scope, and the near misses whose
scope leaves out no use: a thing the licence does not cover, the licensor's marks, patents, outputs, a condition
that lets the use in, a part of the work passed on alone."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from tests.licenses.test_round59_rules import _blocking, _read


@pytest.mark.parametrize(
    ("terms", "kind"),
    [
        ("This licence does not extend to production use.", "research-only"),
        ("The licence does not include the right to redistribute the model.", "no-redistribution"),
        ("The rights granted do not include the right to modify the weights.", "no-modification"),
        ("This licence does not extend to use in the European Union.", "geographic-restriction"),
        ("The licence does not extend to sharing the model with third parties.", "no-redistribution"),
        ("The licence granted above excludes any commercial use.", "non-commercial"),
        ("Nothing in this licence permits commercial use.", "non-commercial"),
        ("This licence does not permit distribution.", "no-redistribution"),
        ("The licence does not include the right to create derivative works.", "no-modification"),
        ("The licence is limited to personal use.", "personal-use-only"),
        ("The licence does not extend to training other models on the outputs.", "output-training-ban"),
        ("The rights granted are limited to research and evaluation.", "research-only"),
    ],
)
def test_a_limit_stated_as_the_grant_s_scope_is_read(terms: str, kind: str) -> None:
    assert kind in _blocking(terms)
    assert not _read(terms).verdict.is_open


@pytest.mark.parametrize(
    "terms",
    [
        "This licence does not apply to the outputs.",
        "This licence does not include any trademark rights.",
        "This licence does not include a patent licence.",
        "The licence does not cover third-party components bundled with the model.",
        "This license does not apply to any document created using the model.",
        "The licensed rights are limited to all copyright and similar rights that apply to your use of the model.",
    ],
)
def test_a_scope_that_leaves_out_no_use_takes_nothing_away(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI, _blocking(terms)


def test_a_part_of_the_work_passed_on_alone_is_no_ban_on_sharing() -> None:
    # (the LaTeX Project Public License's condition on how the whole is shared; unread, so not open either)
    assert "no-redistribution" not in _blocking("Distribution of only part of the model is not allowed.")


def test_a_use_let_in_by_a_condition_is_that_condition_s() -> None:
    terms = "This licence does not extend to commercial use until the fee is paid."
    assert "fee-required" in _blocking(terms) and "non-commercial" not in _blocking(terms)
