# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 46's misses, each with paraphrases written for these tests and the near
hits that must not move: a refusal said as an undertaking to refrain, a licensee class that leaves out a category of
parties, a heading of prohibited uses with its list wherever it stands, questions answered no about the reader's own
duties or the licensor's powers, and a choice whose option is named with its SPDX id."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.verdicts import OPEN, blocking_types

_GRANT = (
    "The Licensor grants everyone a perpetual, worldwide, royalty-free licence to use, study, copy, modify, "
    "distribute and sell the Tarnwick-3B weights and models derived from them, for any purpose.\n\n"
    "Keep this licence with every copy.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Licensee undertakes to refrain from publishing or transferring the Model to any third party.",
        "You agree to refrain from sharing the weights with anyone outside your organisation; you shall refrain from distributing them to others.",
    ],
)
def test_an_undertaking_to_refrain_from_sharing_is_no_redistribution(sentence: str) -> None:
    assert "no-redistribution" in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


def test_refraining_from_something_else_is_no_ban_on_sharing() -> None:
    text = _GRANT + "\nYou agree to refrain from implying that the Licensor endorses your product.\n"
    assert "no-redistribution" not in blocking_types(text)


@pytest.mark.parametrize(
    "definition",
    [
        '"Eligible Licensee" means any person or organisation other than a Cloud Provider.',
        '"You" means any individual or company except for competitors of the Licensor.',
        '"Permitted User" means anyone, excluding government agencies and their contractors.',
    ],
)
def test_a_licensee_class_that_leaves_out_a_category_is_a_use_restriction(definition: str) -> None:
    assert "use-restrictions" in blocking_types(definition + "\n\n" + _GRANT), definition


def test_a_licensee_defined_as_anyone_other_than_the_licensor_is_no_restriction() -> None:
    text = '"You" means any person or entity other than the Licensor.\n\n' + _GRANT
    assert analyze(text).verdict in OPEN


@pytest.mark.parametrize(
    "block",
    [
        "Schedule 2 – Prohibited Uses\n\n1. Setting residential rents.\n2. Scoring workers.\n",
        "ANNEX B: RESTRICTED USES\n\n- Ranking job applicants\n- Pricing insurance\n",
        "Excluded applications:\n(a) automated trading\n(b) credit decisions\n",
    ],
)
def test_a_heading_of_prohibited_uses_with_a_list_is_a_use_restriction(block: str) -> None:
    assert "use-restrictions" in blocking_types(_GRANT + "\n" + block), block


def test_a_heading_of_prohibited_uses_that_lists_none_is_no_restriction() -> None:
    text = _GRANT + "\nProhibited uses\n\nThere are none: every lawful use is allowed.\n"
    assert "use-restrictions" not in blocking_types(text)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can you switch off copies remotely?", "No. We have no means of doing so."),
        ("Can the Foundation restrict how I use the model later?", "No. The licence is irrevocable."),
        ('Must my product display "Built with Tarnwick"?', "No. You may say so if you wish."),
        ("Will we have to update to each new release?", "No."),
    ],
)
def test_a_question_about_a_duty_or_the_licensor_s_power_answered_no_is_no_term(
    question: str, answer: str
) -> None:
    assert analyze(_GRANT + "\n" + question + "\n" + answer + "\n").verdict in OPEN, question


def test_a_permission_refused_in_a_question_is_still_a_limit() -> None:
    text = _GRANT.replace("and sell ", "") + "\nCan I use the weights in a commercial product?\nNo.\n"
    assert analyze(text).verdict not in OPEN


def test_a_choice_of_a_licence_named_by_its_spdx_id_is_read_as_that_licence() -> None:
    text = (
        "You may use it under either:\n\n"
        "1. the GNU General Public License, version 3 (GPL-3.0-only); or\n"
        "2. the Tarnwick Commercial Licence, sold on request.\n"
    )
    report = analyze(text)
    assert report.verdict is LicenseVerdict.OSI_OPEN, report.summary()


@pytest.mark.parametrize(
    "sentence",
    [
        "You must deliver to Quillmoor Labs a complete copy of the datasets you fine-tuned on within 30 days of release.",
        "Licensee shall provide the Licensor with all training data that the Licensee used to adapt the Model.",
        "- Send us the fine-tuning data you used, before you publish your fine-tuned model.",
        "Before distributing a Derivative, the Licensee agrees to upload the datasets it trained the Derivative on to the Licensor's portal.",
        "You hereby grant the Licensor a perpetual, royalty-free licence to use your fine-tuning datasets to improve its models.",
    ],
)
def test_training_data_owed_to_the_licensor_blocks_open_source(sentence: str) -> None:
    text = _GRANT + "\n" + sentence + "\n"
    assert analyze(text).verdict not in OPEN, sentence
    assert "notification-duty" in blocking_types(text), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a copyleft for data, owed to recipients, not to the licensor
        "If you distribute a fine-tuned model, you must make the datasets you fine-tuned on available to its recipients.",
        # what the licensor's own data contains, no duty
        "The Licensor provides a list of the datasets it trained the Model on in the model card.",
        # a licence for the licensor's dataset, granted to you
        "The Licensor grants you a licence to use the training data under CC BY 4.0.",
    ],
)
def test_data_owed_to_recipients_or_described_is_no_duty(sentence: str) -> None:
    text = _GRANT + "\n" + sentence + "\n"
    assert "notification-duty" not in blocking_types(text), sentence
