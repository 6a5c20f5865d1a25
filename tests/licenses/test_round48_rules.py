# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 48's misses, each with paraphrases written for these tests and the near
hits that must not move: further terms that join the agreement when the licensor sends them; a licence written as
JSON, whose quoted values end sentences; use "only for the internal purposes" of an organisation; use in the course
of a business, and payment for what uses the model, refused; a price due before a derivative is published; changing
the weights left to a class of parties; and uses said to lie outside the grant."""

from __future__ import annotations

import json

import pytest

from opengauge.licenses import analyze
from tests.licenses.verdicts import OPEN, OPEN_GRANT, blocking_types, types_beside_open_grant

_GRANT = OPEN_GRANT
_types = types_beside_open_grant


@pytest.mark.parametrize(
    "sentence",
    [
        "Each Usage Bulletin forms part of this Agreement from the day it is posted on our website.",
        "Supplementary rules the Licensor e-mails to you become part of the licence as soon as they are sent.",
        "You are bound by any update we send whether or not you have read it.",
    ],
)
def test_terms_the_licensor_issues_later_are_a_unilateral_change(sentence: str) -> None:
    assert "unilateral-change" in _types(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Schedule 1 forms part of this Agreement from the day it is signed by both parties.",
        "You are bound by this Agreement whether or not you have read it.",
    ],
)
def test_the_licence_s_own_schedules_or_the_agreement_itself_are_no_change(sentence: str) -> None:
    assert "unilateral-change" not in _types(sentence), sentence


def test_a_licence_written_as_json_is_read_value_by_value() -> None:
    doc = {
        "grant": "The Licensor grants you a licence to use, study and modify the model, for any purpose.",
        "sharing": {
            "allowed": False,
            "text": "You may run the model for others, but you may not give or sell the weight files, or any part of them, to anyone.",
        },
        "warranty": "The model is provided as is, without warranty of any kind.",
    }
    assert "no-redistribution" in blocking_types(json.dumps(doc, indent=2))


def test_an_open_licence_written_as_json_stays_open() -> None:
    doc = {
        "grant": "The Licensor grants everyone a licence to use, study, copy, modify and distribute the model and derived models, for any purpose.",
        "conditions": ["Keep this file with every copy."],
        "warranty": "The model is provided as is, without warranty of any kind.",
    }
    assert analyze(json.dumps(doc, indent=2)).verdict in OPEN


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The model may be used only for the internal purposes of your own company.", "personal-use-only"),
        ("The licensee SHALL NOT use the weights in the course of a trade or business.", "non-commercial"),
        (
            "You must not accept payment, in money or in kind, for any service that uses the weights.",
            "non-commercial",
        ),
        (
            "Certification costs USD 900 for each fine-tuned model, payable before the model is distributed.",
            "fee-required",
        ),
        (
            "Only an Approved Integrator may fine-tune, merge or otherwise modify the weights.",
            "no-modification",
        ),
        ("Not licensed: using the model to screen job applicants or tenants.", "use-restrictions"),
        (
            "Credit scoring and insurance pricing uses are outside the scope of this licence.",
            "use-restrictions",
        ),
    ],
)
def test_round48_limits_in_other_words(sentence: str, kind: str) -> None:
    assert kind in _types(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the open licences' price for the work itself, not for what uses it
        "You may not charge a fee for this Package itself, but you may charge for support.",
        "You may not charge a license fee for the right to use the model itself.",
        # the licence's own terms
        "Only the Licensor can modify the terms applicable to the model.",
        # the GPL's scope
        "Activities other than copying, distribution and modification are not covered by this License; they are outside its scope.",
        # a support price, not a price for sharing
        "Optional support costs EUR 500 a year, payable before the support period starts.",
    ],
)
def test_round48_near_hits_block_nothing(sentence: str) -> None:
    assert _types(sentence) == set(), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The bundle is encrypted only so that app stores accept it; its key is published in KEY.txt.",
        "The weights are shipped in this format only because the runtime needs it.",
        "The files are split into shards only in order to fit the hosting limits.",
    ],
)
def test_the_reason_the_licensor_gives_is_no_limit(sentence: str) -> None:
    assert analyze(_GRANT + "\n" + sentence + "\n", document="LICENSE").verdict in OPEN, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # "only" with a modal verb or the licensee in the sentence confines, and is not read: unknown, never open
        "You may run it only so that you can test it.",
        "The model is distributed encrypted only so that it cannot be copied.",
        "Licensees receive the weights only because they signed the access form.",
    ],
)
def test_only_with_the_licensee_or_a_modal_is_still_flagged(sentence: str) -> None:
    assert analyze(_GRANT + "\n" + sentence + "\n", document="LICENSE").verdict not in OPEN, sentence
