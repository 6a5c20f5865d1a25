# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 51's misses, each with paraphrases written for these tests and the near
hits that must not move: a grant that holds until a calendar date; users bound by terms the licensor amends; copies
supplied only on terms that bind the recipient to observe the licence's exception; the ways a model is changed
refused as a list with its object right after; "them" read as a safety measure only where the sentence names one or
a termination follows; a double negative that leaves every purpose free; and the licence kept with copies as "this
document" or "this page"."""

from __future__ import annotations

import pytest

from tests.licenses.verdicts import OPEN_GRANT, blocking_types, types_beside_open_grant

_types = types_beside_open_grant


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a grant that holds until a calendar date, or use to stop from one
        (
            "You may use, copy and change the model for any purpose until December 31, 2028, after which these rights end.",
            "time-limit",
        ),
        ("This licence expires on 30 June 2027.", "time-limit"),
        ("The rights granted above remain valid until 2027-09-30.", "time-limit"),
        ("From 1 March 2028 you must stop distributing the model.", "time-limit"),
        # users bound by what the licensor amends
        (
            "We may change these terms whenever we publish a new file, and all users are bound by the updated terms from that day.",
            "unilateral-change",
        ),
        # recipients bound to observe the licence's exception
        (
            "You may pass the model on only under an agreement requiring the recipient to observe the restrictions in Section 4.",
            "restrictions-flow-down",
        ),
        (
            "Any transfer must be on terms binding each transferee to comply with the excepted uses listed above.",
            "restrictions-flow-down",
        ),
        # the ways a model is changed refused as a list, the object right after
        ("You must not fine-tune or quantise the weights.", "no-modification"),
        ("Licensees shall not merge, prune or distill the model.", "no-modification"),
        # a safety measure named, then "them"
        (
            "The release includes safety filters, and you must not weaken or switch off them in production.",
            "guardrail-termination",
        ),
    ],
)
def test_round51_limits_in_other_words(sentence: str, kind: str) -> None:
    assert kind in _types(sentence), (sentence, _types(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # dates that bound no grant
        "Support for this release is provided until 31 December 2027, after which it ends.",
        "This version was published on 3 March 2026.",
        "The warranty period ends on 31 December 2027.",
        # a change that binds only what comes after
        "A new version of these terms applies only to copies obtained after it is published; your copy stays under these terms.",
        # the licence's own terms passed on whole (copyleft, not a flow-down of an exception)
        "You may distribute the model under this licence only.",
        # a double negative that leaves every purpose free, and the licence kept with copies
        "There is no purpose, commercial or non-commercial, for which you may not use the model.",
        "Every copy you distribute must carry this document.",
        "Keep this page with every copy of the weights.",
    ],
)
def test_round51_near_hits_block_nothing(sentence: str) -> None:
    assert _types(sentence) == set(), sentence


def test_training_other_models_on_outputs_bans_output_training_not_changes() -> None:
    """Refusing to fine-tune other models on the model's outputs is an output-training ban, not a ban on changing the
    model itself."""
    found = types_beside_open_grant("You may not fine-tune other models on the outputs of the model.")
    assert found == {"output-training-ban"}, found


def test_them_is_the_weights_without_a_safety_measure_or_a_termination() -> None:
    """ "alter them" refused, with nothing safety-related named and no licence ending, is a ban on changes."""
    found = types_beside_open_grant(
        "You may not fine-tune, merge, prune or quantise them, or alter them in any other way."
    )
    assert "no-modification" in found
    assert "guardrail-termination" not in found


def test_a_double_negative_with_an_exception_is_still_read() -> None:
    found = blocking_types(
        OPEN_GRANT
        + "\nThere is no purpose for which you may not use the model, except weapons development, which is not allowed.\n"
    )
    assert "use-restrictions" in found, found
