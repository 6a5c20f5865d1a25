# ruff: noqa: E501 (the licence sentences are kept whole)
"""Informal terms that held-out licence round 61 found unread: a use refused by what it is for ("You can't use
it for advertising"), which the rules had read only as "to <verb>" or "for ... purposes", and whose advertising
word they had set aside for the BSD clause on the authors' names in advertising; a single author's wish ("I'd love
it if you didn't ..., but that's up to you"); and sharing said as re-uploading or mirroring. Each in several
wordings, with the near misses that keep their reading."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.test_round59_rules import _blocking, _read


@pytest.mark.parametrize(
    "terms",
    [
        "You can't use Whinnock-TTS, or a model you made from it, for advertising, marketing or political campaigns.",
        "You may not use the model for advertising.",
        "- you won't use it for telemarketing",
        "THE LICENSEE SHALL NOT USE THE MODEL FOR ADVERTISING PURPOSES.",
        "Licensees agree not to use the weights for surveillance of employees.",
    ],
)
def test_a_use_refused_by_what_it_is_for_is_a_use_restriction(terms: str) -> None:
    assert "use-restrictions" in _blocking(terms)
    assert _read(terms).verdict is LicenseVerdict.RESTRICTED


@pytest.mark.parametrize(
    "terms",
    [
        "Neither the name of Nimbrel Labs nor the names of its contributors may be used to endorse or promote products derived from the model.",
        "The name of Nimbrel Labs shall not be used in advertising or otherwise to promote the sale of the model without prior written permission.",
        "You may not use the names of the authors for promotion.",
        "You may not use it for any unlawful purpose.",
        "Nobody may charge you for it: you can't use it for free and then be billed later.",
    ],
)
def test_names_in_advertising_the_law_and_price_are_no_field_of_use(terms: str) -> None:
    assert "use-restrictions" not in _blocking(terms)


@pytest.mark.parametrize(
    "terms",
    [
        "I'd love it if you didn't use it for ads (jingles make me sad), but that's up to you.",
        "I would really prefer you didn't use it for ads. It's a wish, not a condition.",
        "We'd love a link back to this page, but that is entirely up to you.",
    ],
)
def test_a_single_author_s_wish_binds_nothing(terms: str) -> None:
    assert _read(terms).verdict is LicenseVerdict.OPEN_NON_OSI


def test_a_wish_beside_a_duty_binds() -> None:
    assert _read("I'd love it if you used it kindly, and you must not use it for advertising.").verdict is (
        LicenseVerdict.RESTRICTED
    )


@pytest.mark.parametrize(
    "share",
    [
        "you can reupload or mirror it anywhere",
        "you can re-upload it or your versions, free or paid",
        "you may upload it, and your fine-tunes, to any hub",
        "you're free to re-host it",
    ],
)
def test_re_uploading_and_mirroring_are_the_freedom_to_share(share: str) -> None:
    text = f"Terms:\n- you can use it for anything, commercial stuff included\n- you can look inside it and fine-tune it\n- {share}\n"
    assert analyze(text, document="LICENSE").verdict is LicenseVerdict.OPEN_NON_OSI
