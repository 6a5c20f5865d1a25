# ruff: noqa: E501 (the texts keep their own wording)
"""What held-out licence round 55 taught first, written again in other words: files carved out of the right to
distribute ("other than the Reserved Files") take the freedom to share away; a licence that ends on a date the text
defines elsewhere, after which no one may use the model, is a time limit. Each has a near miss that must stay open."""

from __future__ import annotations

import pytest

from tests.licenses.verdicts import DISCLAIMER, OPEN_GRANT, verdict_and_types


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "You may redistribute the release, except the Core Checkpoints listed in the manifest, which stay with "
            "Harnley Labs.",
            "no-redistribution",
        ),
        (
            "This licence lapses for everyone on the Expiry Date, and from that day you may no longer use or copy "
            "the weights. Expiry Date: 1 March 2028.",
            "time-limit",
        ),
    ],
)
def test_round_55_shapes_in_other_words(sentence: str, kind: str) -> None:
    verdict, found = verdict_and_types(OPEN_GRANT + "\n" + sentence + DISCLAIMER)
    assert verdict == "restricted"
    assert kind in found


@pytest.mark.parametrize(
    "sentence",
    [
        "You may redistribute the release, except the vendored tokenizer files, which keep their own licences.",
        "Our security-fix support ends on the Support End Date, after which you may still use and copy the weights.",
    ],
)
def test_round_55_near_misses_stay_open(sentence: str) -> None:
    verdict, found = verdict_and_types(OPEN_GRANT + "\n" + sentence + DISCLAIMER)
    assert not found & {"no-redistribution", "time-limit"}
    assert verdict == "open-non-osi"
