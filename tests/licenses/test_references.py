"""A short text that only names the license it puts its work under (a license header, a one-line
statement, an SPDX tag) is read like a notice pointing at that license (`names.referenced_license`),
when it states no terms of its own. Before, the Apache header read "not recognised", and a local
folder whose only license evidence it was stayed undetermined."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.model import Label
from tests.releases import card_and_license

APACHE_HEADER = (
    'Copyright 2026 Tern Labs\n\nLicensed under the Apache License, Version 2.0 (the "License"); you may not '
    "use this file except in\ncompliance with the License. You may obtain a copy of the License at\n\n"
    "    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in "
    'writing, software distributed under the License is\ndistributed on an "AS IS" BASIS, WITHOUT '
    "WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
)


@pytest.mark.parametrize(
    ("text", "verdict", "target"),
    [
        (APACHE_HEADER, "osi-open", "apache-2.0"),
        (
            "This model is released under the GNU General Public License v3.0 or later.\n",
            "osi-open",
            "gpl-3.0-or-later",
        ),
        ("SPDX-License-Identifier: MIT\n", "osi-open", "mit"),
    ],
)
def test_a_reference_reads_as_the_license_it_names(text: str, verdict: str, target: str) -> None:
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict(verdict), report.summary()
    assert report.governed_by == target


@pytest.mark.parametrize(
    "text",
    [
        # another work's license (a NOTICE's third-party line); "v0.1" holds a full stop
        "NOTICE\n\nTern-7B\nCopyright 2026 Tern Labs\n\nPortions of this model were fine-tuned from "
        "Mistral-7B-v0.1, licensed under the Apache License 2.0.\n",
        # a condition, not a statement (the Anti-Tivo License's fallback)
        "If a device does not meet these conditions, the software must be licensed under GPLv3.\n",
    ],
)
def test_what_is_no_reference_of_the_work_s_own_stays_unknown(text: str) -> None:
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN and report.governed_by is None


def test_terms_added_to_a_reference_are_read() -> None:
    text = (
        "Tern-7B is licensed under the Apache License 2.0, except for commercial use by companies with more "
        "than $100M in annual revenue, which requires a separate license from Tern Labs.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert [c.type for c in report.blocking] == ["revenue-threshold"]


def test_a_local_folder_with_only_a_license_header_is_open_weights() -> None:
    card = "# Tern-7B\n\nA model.\n"
    release = card_and_license("local/tern", card, APACHE_HEADER, source="local")
    assert assess(release).label is Label.OPEN_WEIGHTS


def test_a_reference_with_a_duty_of_its_own_is_not_the_license_it_names() -> None:
    """A short text that names Apache 2.0 and adds a duty no clause reads ("You must follow those guidelines
    when you deploy it") is not a notice pointing at Apache 2.0: what it adds is quoted and the verdict is not
    decided (it read osi-open before release round 21's check)."""
    text = (
        "Tern-7B is licensed under the Apache License 2.0. It is intended for research and educational use "
        "in accordance with the Tern Responsible Use Guidelines. You must follow those guidelines when you "
        "deploy it.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN and report.governed_by is None
    assert [a.quote for a in report.unclassified] == ["You must follow those guidelines when you deploy it."]
    # contributions taken in under the same licence are no duty of the recipient's
    said = (
        "Tern-7B is licensed under the Apache License 2.0. Contributions are accepted under the Apache "
        "License 2.0 only.\n"
    )
    assert analyze(said, document="LICENSE").verdict is LicenseVerdict.OSI_OPEN
