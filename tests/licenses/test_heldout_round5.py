"""Held-out round 5 (issue 14, "licenses you will never see"): ten model licenses written for this file
before any rule was changed, each an open-looking grant with one restriction worded in a way no test had
used. Three are real MIT or BSD texts from the shared corpus with a term added; seven are short licenses
of invented vendors.

First run (commit 9558f9d): 5 of 10 read as open. A capped audience counted by "the total number of
people ... shall not be more than 250,000", a licence that "ends for you automatically twelve months
after you first download", an audit of deployments, a country list "excluded from this license", and a
sentence that put derivatives under the same terms "and only after Gannet has reviewed them" (read as
share-alike only, and its MIT-like text as `osi-open` although the text only resembles MIT). All ten are
restricted now, each with the clause type a reader would name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.verdicts import assert_restricted_by

SHORT = {
    "platform": (
        "Halyard Weights License\n\nPermission is granted, without charge, to anyone who receives these "
        "model weights to use, copy, change, merge and distribute them, provided this notice appears in "
        "every "
        "copy.\n\nThe weights may be deployed only on cloud accounts registered with Halyard.\n\nTHE WEIGHTS "
        "ARE PROVIDED AS IS, WITHOUT ANY WARRANTY.",
        "platform-tie",
    ),
    "hosting": (
        "Redistribution and use of the model, with or without modification, are permitted provided that:\n\n"
        "1. Copies keep this notice.\n2. The model is not offered as a hosted inference service to third "
        "parties.\n3. The name of Brightwater may not be used to promote derived products.\n\nTHE MODEL IS "
        'PROVIDED "AS IS" AND ANY WARRANTIES ARE DISCLAIMED.',
        "use-restrictions",
    ),
    "output-label": (
        "Marrow Open Model Terms\n\nYou can use, study, adapt and share the Marrow models freely. Keep our "
        'copyright line.\n\nYou agree that outputs of the models will carry a visible "made with Marrow" '
        "label whenever they are shown to the public.\n\nNo warranty.",
        "naming-branding",
    ),
    "expiry": (
        "Tern Community Model License v1\n\nTern grants you a perpetual, worldwide, no-cost licence to run, "
        "reproduce, modify and redistribute the Tern-3 model.\n\nThis licence ends for you automatically "
        "twelve months after you first download the model, after which a renewed licence must be obtained "
        "from Tern.\n\nProvided as is.",
        "time-limit",
    ),
    "audit": (
        "Osprey Model Licence\n\nAnyone may use, copy, modify and distribute the Osprey weights, for any "
        "purpose, free of charge, if this notice is kept.\n\nOsprey may audit any deployment of the weights "
        "on reasonable notice, and you will give Osprey access to your logs for that purpose.\n\nTHE WEIGHTS "
        "COME WITHOUT WARRANTY.",
        "notification-duty",
    ),
    "sanctions": (
        "Plover Public Model License\n\n1. You may use, copy, modify and share the Plover model and your "
        "changes.\n2. Keep this license with every copy.\n3. Users in countries under Plover's sanctions "
        "list at the time of use are excluded from this license.\n4. The model is provided without warranty.",
        "geographic-restriction",
    ),
    "audience": (
        "Shearwater Model License\n\nShearwater grants to you a royalty-free license to use, copy, modify "
        "and distribute the model.\nThe total number of people who may interact with products built on "
        "the model "
        "shall not be more than 250,000 in any calendar month without a written agreement with Shearwater.\n"
        "The model is provided as is.",
        "user-threshold",
    ),
}


@pytest.mark.parametrize("name", sorted(SHORT))
def test_a_short_license_with_one_restriction_is_restricted(name: str) -> None:
    assert_restricted_by(*SHORT[name])


def test_mit_with_a_headcount_condition(license_corpus: Path) -> None:
    mit = (license_corpus / "mit.txt").read_text("utf-8")
    add = (
        "Entities whose headcount exceeds five hundred people must purchase a commercial seat before any use."
    )
    end = mit.index("THE SOFTWARE IS PROVIDED")
    report = analyze(mit[:end] + add + "\n\n" + mit[end:], document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert report.display_name == "based on MIT License, with changes"


def test_bsd_with_a_hardware_condition(license_corpus: Path) -> None:
    bsd = (license_corpus / "bsd-3-clause.txt").read_text("utf-8")
    add = (
        "* This software and any derivative of it may be used exclusively in conjunction with "
        "Kestrel sensors."
    )
    end = bsd.index("THIS SOFTWARE IS PROVIDED")
    report = analyze(bsd[:end] + add + "\n\n" + bsd[end:], document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert "platform-tie" in {c.type for c in report.changes}


def test_mit_whose_derivatives_wait_for_the_licensor_s_review(license_corpus: Path) -> None:
    mit = (license_corpus / "mit.txt").read_text("utf-8")
    add = (
        " Derivatives of the Software may be released only under these same terms and only after Gannet "
        "has reviewed them."
    )
    at = mit.index("substantial portions of the Software.") + len("substantial portions of the Software.")
    report = analyze(mit[:at] + add + mit[at:], document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert "notification-duty" in {c.type for c in report.changes}
