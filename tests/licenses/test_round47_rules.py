# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 47's misses, each with paraphrases written for these tests and the near
hits that must not move: a licence header that puts the work "subject to the terms of" a named licence, with its
version abbreviated or its name broken over two lines; terms that end a stated time after an event, or rights gone
"from that day"; harm to be reported to the licensor; a fixed preamble every deployment must carry; a ban "for your
own use or for anyone else", which names no field of use; selling outputs, which is no ban on sharing the model; and
servers "located in" a region, which is a territory, not a vendor."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.names import referenced_license
from tests.licenses.verdicts import OPEN, blocking_types

_GRANT = (
    "The Licensor grants everyone a perpetual, worldwide, royalty-free licence to use, study, copy, modify, "
    "distribute and sell the Corrander-7B weights and models derived from them, for any purpose.\n\n"
    "Keep this licence with every copy.\n"
)


@pytest.mark.parametrize(
    ("header", "spdx"),
    [
        (
            "This Source Code Form is subject to the terms of the Mozilla Public\nLicense, v. 2.0. If a copy of the MPL was not distributed with this\nfile, You can obtain one at http://mozilla.org/MPL/2.0/.",
            "MPL-2.0",
        ),
        ("These weights are subject to the terms of the Apache License, v2.0.", "Apache-2.0"),
        ("Licensed under the Mozilla Public License, ver. 2.0.", "MPL-2.0"),
        (
            "The model files in this folder are licensed under the\nApache License, Version 2.0; see LICENSE.",
            "Apache-2.0",
        ),
    ],
)
def test_a_header_naming_a_licence_puts_the_work_under_it(header: str, spdx: str) -> None:
    found = referenced_license("Copyright 2026 Fennick Labs\n\n" + header + "\n")
    assert found is not None and found.spdx == spdx, header
    assert analyze("Copyright 2026 Fennick Labs\n\n" + header + "\n").verdict is LicenseVerdict.OSI_OPEN


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a statement: the header names what a work must be, not what this one is
        "If you redistribute the weights, they must be subject to the terms of the Apache License, Version 2.0.",
        # another work's licence
        "Portions of the tokenizer are subject to the terms of the Mozilla Public License, v. 2.0.",
        # a list of licences, one per line: the lines are not one paragraph
        "- Code: see LICENSE-CODE\n- Weights are subject to the terms of the Model Licence below",
    ],
)
def test_a_header_that_does_not_put_the_work_under_a_licence_names_none(text: str) -> None:
    assert referenced_license(text) is None, text


@pytest.mark.parametrize(
    "sentence",
    [
        "These terms end, for every copy of the preview weights and of any model derived from them, ninety (90) days after we publish the stable release.",
        "This licence ceases, for you and for everyone who received a copy from you, six months from the first public release of version 2.",
        "The preview terms expire thirty days after general availability. From that date you may no longer run the preview weights.",
        "From that day, licensees can no longer use or share the beta weights.",
    ],
)
def test_rights_that_end_a_time_after_an_event_are_a_time_limit(sentence: str) -> None:
    text = _GRANT + "\n" + sentence + "\n"
    assert "time-limit" in blocking_types(text), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "If you breach these terms, this licence terminates, and from that date you may no longer use the weights.",
        "Any claim under the warranty ends thirty (30) days after delivery of the weights.",
    ],
)
def test_rights_ended_by_a_breach_or_a_warranty_period_are_no_time_limit(sentence: str) -> None:
    assert "time-limit" not in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You must report to Quenby AI any incident in which the model caused harm to a person, within 48 hours.",
        "Licensees shall promptly notify the Licensor of any misuse of the Model they become aware of.",
        "- You agree to report safety incidents involving your deployment to safety@quenby.example within seven days.",
    ],
)
def test_harm_to_be_reported_to_the_licensor_is_a_notification_duty(sentence: str) -> None:
    text = _GRANT + "\n" + sentence + "\n"
    assert analyze(text).verdict not in OPEN, sentence
    assert "notification-duty" in blocking_types(text), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You must report serious incidents to the competent market surveillance authorities, as required by law.",
        "You must inform affected users of any incident that exposed their data.",
        "Please report harmful outputs to safety@quenby.example; it helps us improve the model.",
    ],
)
def test_reports_to_authorities_users_or_invited_are_no_duty_to_the_licensor(sentence: str) -> None:
    assert "notification-duty" not in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Every public deployment must include the system prompt in SYSTEM.txt verbatim, before any instruction of your own.",
        "You must prepend the safety preamble, unchanged, to every conversation served to the public.",
        "A service that does not run the bundled safety classifier is not licensed.",
    ],
)
def test_a_fixed_preamble_or_safety_measure_every_deployment_must_carry_is_a_guardrail(sentence: str) -> None:
    text = _GRANT + "\n" + sentence + "\n"
    assert "guardrail-termination" in blocking_types(text), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "We recommend that you include the system prompt in SYSTEM.txt verbatim; you may change it as you see fit.",
        "The preamble to this licence sets out its purpose and is part of it.",
    ],
)
def test_a_recommended_prompt_or_a_licence_s_preamble_is_no_guardrail(sentence: str) -> None:
    assert "guardrail-termination" not in blocking_types(_GRANT + "\n" + sentence + "\n"), sentence


def test_a_ban_for_your_own_use_or_anyone_else_s_names_no_field_of_use() -> None:
    text = _GRANT + "\nYou may not modify the weights themselves, for your own use or for anyone else.\n"
    types = blocking_types(text)
    assert "no-modification" in types and "use-restrictions" not in types


def test_a_ban_on_changing_the_model_for_a_field_of_use_stays_a_use_restriction() -> None:
    text = _GRANT + "\nYou may not modify the weights for military or surveillance purposes.\n"
    types = blocking_types(text)
    assert "use-restrictions" in types and "no-modification" not in types


def test_selling_outputs_is_no_ban_on_sharing_the_model() -> None:
    text = _GRANT + "\nYou may not sell Outputs, or use them in a product that is sold.\n"
    assert "no-redistribution" not in blocking_types(text)


def test_selling_outputs_and_the_model_is_still_a_ban_on_sharing() -> None:
    text = "You may use the Model for any purpose.\n\nYou may not sell outputs or the model weights.\n"
    assert "no-redistribution" in blocking_types(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You shall host the model only on servers physically located in the European Union.",
        "The weights may be run only on hardware situated within the United Kingdom.",
    ],
)
def test_servers_in_a_region_are_a_territory_not_a_vendor(sentence: str) -> None:
    types = blocking_types(_GRANT + "\n" + sentence + "\n")
    assert "geographic-restriction" in types and "platform-tie" not in types, sentence


def test_servers_of_a_vendor_stay_a_platform_tie() -> None:
    text = _GRANT + "\nYou shall host the model only on servers of Ferrowgate Cloud.\n"
    assert "platform-tie" in blocking_types(text)
