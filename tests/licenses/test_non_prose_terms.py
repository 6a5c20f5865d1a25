"""Terms stated in a form other than prose (held-out round 56's general causes): a summary over a legal code
that lets the licensor revise it, questions and answers, machine-readable keys, and a heading of what you may
and may not do. Each is written here in other words than the round's, with a near miss."""

from __future__ import annotations

import pytest

from tests.licenses.verdicts import DISCLAIMER, verdict_and_types

GRANT = (
    "The Licensor grants you a worldwide, royalty-free licence to use, study, copy, modify and distribute"
    " the Model, "
    "for any purpose, commercial or not.\n\nKeep this licence with every copy.\n\n"
)


def test_a_licensor_that_may_revise_the_legal_code_is_a_unilateral_change() -> None:
    text = GRANT + "The Licensor may revise this legal code at any time; the revision binds every copy.\n"
    text += DISCLAIMER
    verdict, types = verdict_and_types(text)
    assert verdict == "restricted" and "unilateral-change" in types


def test_later_versions_the_holder_may_choose_are_no_limit() -> None:
    text = (
        GRANT + "The Licensor may publish later versions of this licence. "
        "A later version governs a copy only if its "
        "holder decides to apply it. The Licensor cannot revoke the terms of this version.\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "open-non-osi"


_FAQ = (
    "MODEL LICENCE IN QUESTIONS AND ANSWERS\n\nEvery answer below is a binding term.\n\n"
    "1. What can we do with the weights?\n{answer}\n\n"
    "2. What must we do when we pass it on?\nKeep this page and our copyright notice with every copy.\n\n"
    "3. Do we need to sign up first?\n{signup}\n\n"
    "4. Is there any warranty?\nNo. It comes as is, and we are not liable for any loss from its use.\n"
)


def test_the_answer_to_what_may_i_do_grants_what_it_names() -> None:
    text = _FAQ.format(
        answer="Run them, examine them, change them and give copies to anyone, for any purpose.",
        signup="No. There is nothing to sign, and we don't need to hear from you.",
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "open-non-osi", types


def test_an_answer_that_names_only_research_grants_no_more() -> None:
    text = _FAQ.format(answer="Only non-commercial research.", signup="No.")
    assert verdict_and_types(text)[0] not in {"open-non-osi", "osi-open"}


@pytest.mark.parametrize(
    "sentence",
    ["You don't have to register with us.", "Users do not need to register anywhere to use the weights."],
)
def test_registration_said_not_needed_is_no_notification_duty(sentence: str) -> None:
    assert "notification-duty" not in verdict_and_types(GRANT + sentence + "\n" + DISCLAIMER)[1]


def test_registration_needed_is_a_notification_duty() -> None:
    text = GRANT + "You need to register with the Licensor before you use the weights.\n" + DISCLAIMER
    assert "notification-duty" in verdict_and_types(text)[1]


_KEYS = (
    "# Binding machine-readable terms: every key below is a term of this licence.\n"
    "grant:\n  use: true\n  study: true\n  modify: true\n  redistribute: true\n  field_of_use: any\n"
    "limits:\n{limits}\n"
    "conditions:\n  keep_notice: true\n"
    "warranty: none\n"
)


def test_a_key_that_ends_the_licence_on_expiry_is_a_time_limit() -> None:
    text = _KEYS.format(limits="  on_expiry: all rights under these terms end and every copy must be deleted")
    verdict, types = verdict_and_types(text)
    assert verdict == "restricted" and "time-limit" in types


def test_limit_keys_set_to_null_or_none_are_no_limits() -> None:
    limits = "  max_annual_revenue_usd: null\n  max_monthly_active_users: none\n  expiry_date: ~"
    text = _KEYS.format(limits=limits)
    verdict, types = verdict_and_types(text)
    assert verdict == "open-non-osi", types


def test_a_heading_of_what_you_may_and_may_not_do_over_a_table_is_no_term() -> None:
    text = (
        "## What you can and cannot do\n\n| Use | Allowed |\n|---|---|\n"
        "| Run, study and change the model for any purpose | Yes |\n| Share copies, changed or not | Yes |\n"
        "| Use our logo in your marketing | No |\n\nKeep this licence with every copy.\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "open-non-osi"


def test_a_question_states_no_term_of_its_own() -> None:
    text = GRANT + "What do I have to do before I publish a fine-tuned copy?\nKeep this licence with it.\n"
    text += DISCLAIMER
    assert verdict_and_types(text)[0] == "open-non-osi"
