# ruff: noqa: E501 (the licence sentences are kept whole)
"""Licence texts as extraction from PDFs and web pages leaves them, which held-out licence round 62 found unread: a
sentence a page break cut, its halves apart behind a running footer, a page number and a running header
(`pages.furniture`), and organisations refused as licensees by a list of them. Each in several shapes, with the
near misses a page-furniture reader must leave alone: a number alone on its line (a clause's), a heading that opens
a page after a form feed."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.pages import furniture
from tests.licenses.test_round59_rules import _blocking, _read

_HEAD = (
    "Tarnby Model Licence 1.0\n\n1. Grant\nTarnby grants you a worldwide, royalty-free licence to use, copy, study, "
    "modify and distribute the Model for any purpose, subject to clause 2.\n\n2. Conditions\n2.1 Keep this licence "
    "with every copy.\n2.2 You may use the Model for any purpose except that any use which is intended for or directed "
    "toward commercial\n"
)
_TAIL = "advantage or monetary compensation is not permitted under this licence.\n\n3. No warranty\nThe Model is provided as is.\n"


@pytest.mark.parametrize(
    "furniture_block",
    [
        "\nTarnby Model Licence 1.0\nPage 1 of 2\n\fTarnby Model Licence 1.0\n",
        "\n                                   - 1 -\n\f",
        "\nTarnby Ltd - confidential\n1 / 2\n\fTarnby Ltd - confidential\n",
        "\n\nPage 1\n\n",
    ],
)
def test_a_sentence_a_page_break_cut_is_read_whole(furniture_block: str) -> None:
    text = _HEAD + furniture_block + _TAIL + "\nTarnby Ltd - confidential\n2 / 2\n"
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.NON_COMMERCIAL
    assert "non-commercial" in {str(c.type) for c in report.blocking}


def test_a_number_alone_on_its_line_is_a_clause_s_not_a_page_s() -> None:
    text = "1. Grant\nYou may use the Model.\n\n3\n\nThe Licensee must keep this notice.\n"
    assert furniture(text) == []


def test_a_heading_that_opens_a_page_after_a_form_feed_is_kept() -> None:
    text = "terms of this License.\n\n\f3 Non-Commercial use\n\n3.1 Non-Commercial use means any use that is not commercial.\n"
    assert furniture(text) == []


@pytest.mark.parametrize(
    "terms",
    [
        "Companies, universities, government bodies and other organisations can't be licensees under these terms, and they may not use the model.",
        "Businesses cannot be licensees under this licence.",
        "Corporations and other legal entities may not become licensees.",
    ],
)
def test_organisations_refused_as_licensees_leave_only_individuals(terms: str) -> None:
    assert "personal-use-only" in _blocking(terms)
    assert _read(terms).verdict is LicenseVerdict.RESTRICTED


def test_organisations_welcome_as_licensees_refuse_nothing() -> None:
    assert "personal-use-only" not in _blocking(
        "Companies, universities and other organisations can be licensees too."
    )
