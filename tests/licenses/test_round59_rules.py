# ruff: noqa: E501 (the licence sentences are kept whole)
"""Terms of licences for models that are not text models that held-out licence round 59 found unread: use tied
to a vendor's robots, arms or simulator; non-commercial use as the grant's plain-words proviso; a use allowed
only once something is filed in the licensor's registry; a heading written as a plain line, which ran into the
sentence below it. Each in several wordings, and the near misses that stay open."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.sentences import sentence_starts

#: An open grant in plain words: every freedom, commercial use included.
GRANT = (
    "Nimbrel Labs gives you a free, worldwide, perpetual licence to use, study, copy, modify and share the model, "
    "and any model you build from it, for any purpose, including commercial products.\n\n"
)


def _read(terms: str):
    return analyze(GRANT + terms + "\n", document="LICENSE")


def _blocking(terms: str) -> set[str]:
    return {str(c.type) for c in _read(terms).blocking}


@pytest.mark.parametrize(
    "terms",
    [
        "The policy may be deployed only on Nimbrel K-series arms.",
        "- Derived policies may be run exclusively on Nimbrel Trek wheeled bases and Nimbrel grippers' robot controllers.",
        "Running the model on any other robot or headset is not licensed.",
        "You may use the checkpoints solely with Nimbrel drones.",
        "Deployment in any other simulator is not permitted.",
    ],
)
def test_use_tied_to_a_vendor_s_robots_headsets_or_simulator_is_a_platform_tie(terms: str) -> None:
    assert "platform-tie" in _blocking(terms)


@pytest.mark.parametrize(
    "terms",
    [
        "You may deploy the policy on any robot arm or mobile base, ours or anyone else's.",
        "Nimbrel K-series arms come with drivers for the policy; other arms work too.",
    ],
)
def test_robots_named_without_a_tie_are_no_platform_tie(terms: str) -> None:
    assert "platform-tie" not in _blocking(terms)


@pytest.mark.parametrize(
    "terms",
    [
        "You can run it, change it and share it, as long as you do not do any of it commercially.",
        "Share and adapt it freely, provided you don't do so commercially.",
        "All of this is yours, so long as you never do it commercially or for a business.",
        "You may use the model and the music it makes, but you must not do anything with either commercially.",
    ],
)
def test_a_proviso_that_nothing_is_done_commercially_is_non_commercial(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.NON_COMMERCIAL


@pytest.mark.parametrize(
    "terms",
    [
        "You do not need to ask us before you use it commercially.",
        "Whether or not you do it commercially, keep this notice with every copy.",
    ],
)
def test_commercial_use_that_is_not_refused_stays_open(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    "terms",
    [
        "Before you clone anyone's voice, you must upload their signed consent form to the Nimbrel Voice Registry "
        "and receive a registry number.",
        "You shall file each speaker's release with our consent portal before synthesising their voice.",
        "A voice may be cloned only after you have been issued a registration number for it.",
        # (once an unread term in tests/licenses/test_unexplained.py: derivatives handed to the licensor)
        "A copy of every fine-tuned checkpoint must be uploaded to the Quillon registry.",
    ],
)
def test_a_use_that_waits_on_the_licensor_s_registry_is_a_notification_duty(terms: str) -> None:
    assert "notification-duty" in _blocking(terms)


@pytest.mark.parametrize(
    "terms",
    [
        "Before you clone anyone's voice, you must obtain their written consent and keep it on file.",
        "If the law requires it, you must register your system in the EU database run by the European "
        "Commission.",
    ],
)
def test_consent_kept_by_the_user_or_a_registration_the_law_asks_is_no_duty_to_the_licensor(
    terms: str,
) -> None:
    assert "notification-duty" not in _blocking(terms)


def test_a_plain_line_heading_is_a_sentence_of_its_own() -> None:
    text = (
        "Intro\n\nWhat you must do when you share the model\nInclude this file. If you changed the model, say what you "
        "changed.\n\n"
        "The Licensor grants\nyou a licence to use it.\n"
    )
    starts = sentence_starts(text)
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert "What you must do when you share the model" in pieces
    assert "Include this file." in pieces
    # the first line of a paragraph wrapped short is no heading, nor one as long as the line below it (a
    # capitalised defined term may start a wrapped line: "... with the Copyright" over "Holder.")
    assert "The Licensor grants\nyou a licence to use it." in pieces
    wrapped = (
        "Intro\n\nYou may make other distribution arrangements with the Copyright\nHolder of the Work.\n"
    )
    assert sentence_starts(wrapped) == sentence_starts(wrapped.replace("\nHolder", " Holder"))


def test_a_duty_under_a_plain_line_heading_is_read_as_the_duty_it_is() -> None:
    terms = (
        "What you must do when you share the model\nInclude this file. If you changed the model, say what you "
        "changed."
    )
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI


def test_the_author_s_views_disclaimed_are_no_term() -> None:
    terms = "Disclaimer\nThe views expressed in this model card are mine and do not represent those of my employer."
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI
