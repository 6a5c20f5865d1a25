# ruff: noqa: E501 (the licence sentences are kept whole)
"""A duty said not to exist is no clause (`pleas.is_denied_duty`): the words of the duty it denies ("display our
logo", "pay any royalty", "agree to our use policy") matched the clause rules as if the text imposed it, so "No app
built on the model has to display our logo" read as mandatory branding under an open grant. A denial keeps its
clause when something beside it keeps the duty for some (a condition, a threshold, another refusal), and a refusal
of the unbranded product ("No app may be sold without our logo") is the branding duty it states."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses.clauses import clauses
from tests.licenses.test_round59_rules import _read

_GRANT = (
    "Permission is hereby granted, free of charge, to any person obtaining a copy of these model weights, to use, "
    "copy, modify, merge, publish, distribute, sublicense and sell copies of them, for any purpose.\n\n"
)


def _types(terms: str) -> set[str]:
    return {c.type for c in clauses(_GRANT + terms)}


@pytest.mark.parametrize(
    "terms",
    [
        "No app built on the model has to display our logo.",
        'No product needs to carry the "Built with Wrenfield" badge.',
        "You don't have to display our logo in your app.",
        "- **Branding:** you do not need to show the Powered by Wrenfield badge on your product.",
        "No licensee is required to pay any royalty.",
        "NO LICENSEE SHALL BE REQUIRED TO PAY ANY ROYALTY OR OTHER FEE.",
        "No user of your service has to agree to our use policy.",
        "There is no obligation to display our logo in your app.",
        "Companies need not display our logo anywhere.",
    ],
)
def test_a_duty_said_not_to_exist_is_no_clause(terms: str) -> None:
    assert not _types(terms) - {"attribution"}
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    ("terms", "kept"),
    [
        ("No app has to display our logo unless it has more than 1 million users.", "naming-branding"),
        ("You don't have to pay a fee below 1,000 users.", "fee-required"),
        ("You must display our logo in your app.", "naming-branding"),
        ("No later than 30 days after release, you have to display our logo in your app.", "naming-branding"),
        ("No app may be sold without our logo.", "naming-branding"),
        (
            "Derivatives may not be distributed without the Wrenfield badge on their start screen.",
            "naming-branding",
        ),
    ],
)
def test_a_duty_kept_for_some_or_stated_as_a_refusal_is_read(terms: str, kept: str) -> None:
    assert kept in _types(terms)
    assert _read(terms).verdict is LicenseVerdict.RESTRICTED


def test_a_copy_of_the_licence_is_no_branding() -> None:
    assert "naming-branding" not in _types("No copy may be distributed without a copy of this licence.")


def test_a_copy_without_the_badge_is_branding_not_a_ban_on_sharing() -> None:
    types = _types("Derivatives may not be distributed without the Wrenfield badge on their start screen.")
    assert "naming-branding" in types
    assert "no-redistribution" not in types
    assert "no-redistribution" in _types("Derivatives may not be distributed without our permission.")
