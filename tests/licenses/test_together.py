"""Licences that apply together (`licenses/together.py`), another thing's terms that a text says do not reach
the weights (`licenses/disowned.py`), and a safety measure named by apposition (`definitions._APPOSED`):
the general causes behind held-out round 44's misses, each with the near hit that must not move. Texts written
for these tests; the standard MIT and Apache texts are the shared constants."""

from __future__ import annotations

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.document import LicenseDocument
from opengauge.licenses.together import together
from tests.licenses.standard_texts import APACHE_HEADER, MIT_TERMS
from tests.licenses.verdicts import blocking_types

_MIT = "MIT License\n\nCopyright (c) 2026 Ottersby Lab\n\n" + MIT_TERMS

NC_WEIGHTS = (
    "SPDX-License-Identifier: Apache-2.0 AND CC-BY-NC-4.0\n\n"
    "Both licences apply together, each to its own part:\n\n"
    "- Inference code (`src/`): Apache License 2.0.\n"
    "- Model weights (`weights/`): Creative Commons Attribution-NonCommercial 4.0 International.\n\n"
    + APACHE_HEADER
)
OPEN_PARTS = (
    "The release has two parts, each under its own licence, and you must comply with each of them.\n\n"
    "- Model weights: the MIT License, below.\n"
    "- Documentation and figures: Creative Commons Attribution 4.0 International.\n\n" + _MIT
)
UNKNOWN_PART = (
    "The release has two parts, each under its own licence, and you must comply with each of them.\n\n"
    "- Model weights: the MIT License, below.\n"
    "- Tokenizer, which the weights need to run: the Ottersby Tokenizer Licence 2.0.\n\n" + _MIT
)
SERVICE_ONLY = (
    "The Pollardine-3B weights are released under the Apache License 2.0.\n\n"
    "Our hosted API is covered by the Pollardine API Terms. Those terms forbid using the API for political "
    "advertising and limit free accounts to 500 requests a day.\n\n"
    "The API Terms govern the hosted service only. They do not apply to the weights you download.\n\n"
    + APACHE_HEADER
)
SERVICE_AND_OWN_LIMIT = (
    "The Pollardine-3B weights are released under the Apache License 2.0.\n\n"
    "Our hosted API is covered by the Pollardine API Terms. Those terms forbid using the API for political "
    "advertising. They do not apply to the weights you download. You may not use the weights for political "
    "advertising either.\n\n" + APACHE_HEADER
)
SERVICE_NOT_DISOWNED = (
    "The Pollardine-3B weights are released under the Apache License 2.0.\n\n"
    "Our API Terms also apply to every copy of the weights. Those terms forbid using the weights to design "
    "weapons.\n\n" + APACHE_HEADER
)
NAMED_FILTER = (
    "Permission is granted to anyone to use, copy, modify and distribute the Quillet-2 weights, for any "
    "purpose, without charge.\n\n"
    "Quillet-2 ships with Quillet Shield (`shield/`), the content filter that screens every reply.\n\n"
    "You may not remove, disable or bypass Quillet Shield in any deployment of the weights."
)
NAMED_NOT_SAFETY = (
    "Permission is granted to anyone to use, copy, modify and distribute the Quillet-2 weights, for any "
    "purpose, without charge.\n\n"
    "Quillet-2 ships with Quillet Notes (`notes/`), a folder of worked examples.\n\n"
    "You may remove Quillet Notes from any copy you share."
)


def test_the_licence_that_covers_the_weights_decides_among_licences_that_apply_together() -> None:
    # the SPDX AND over an Apache header once read as Apache alone: osi-open, kinder than the weights' licence
    report = analyze(NC_WEIGHTS)
    assert report.verdict is LicenseVerdict.NON_COMMERCIAL
    assert report.together == ["cc-by-nc-4.0"]
    assert "apply" in report.summary() and "Attribution-NonCommercial" in report.summary()
    doc = LicenseDocument.model_validate(report.to_json())
    assert doc.together == ["cc-by-nc-4.0"]


def test_a_licence_for_the_documentation_only_takes_nothing_from_the_weights() -> None:
    report = analyze(OPEN_PARTS)
    assert report.verdict is LicenseVerdict.OSI_OPEN
    assert report.together == ["mit"]


def test_licences_together_with_one_the_catalog_does_not_know_stay_undecided() -> None:
    assert together(UNKNOWN_PART) is None
    assert analyze(UNKNOWN_PART).verdict is LicenseVerdict.UNKNOWN


def test_a_hosted_service_s_terms_said_not_to_reach_the_weights_take_nothing_from_them() -> None:
    assert analyze(SERVICE_ONLY).verdict is LicenseVerdict.OSI_OPEN


def test_the_licensee_s_own_limit_beside_disowned_terms_still_binds() -> None:
    assert "use-restrictions" in blocking_types(SERVICE_AND_OWN_LIMIT)


def test_terms_said_to_apply_to_the_weights_are_not_disowned() -> None:
    assert not analyze(SERVICE_NOT_DISOWNED).verdict.is_open


def test_a_safety_measure_named_by_apposition_is_read_through_what_it_is() -> None:
    assert "guardrail-termination" in blocking_types(NAMED_FILTER)
    assert "guardrail-termination" not in blocking_types(NAMED_NOT_SAFETY)


def test_a_licence_that_binds_a_use_policy_is_not_itself_a_policy() -> None:
    text = (
        "Hollin-7B\n\nThe Hollin-7B weights are licensed under the Apache License, Version 2.0, and are also "
        "subject to the Hollin Acceptable Use Policy at https://hollin.example/aup.\n\n" + APACHE_HEADER
    )
    report = analyze(text)
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert "use-policy-by-reference" in {c.type for c in report.blocking}


def test_a_use_restriction_whose_object_takes_its_derivatives_between_commas() -> None:
    text = (
        "Permission is granted to anyone to use, copy, modify and distribute the weights, for any "
        "purpose.\n\n"
        "You must not use the weights, or a model derived from them, to decide whether a person is offered "
        "a job."
    )
    assert "use-restrictions" in blocking_types(text)
