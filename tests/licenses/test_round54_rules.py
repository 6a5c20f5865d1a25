# ruff: noqa: E501 (the texts keep their own wording)
"""What held-out licence round 54 taught, written again in other words: a known licence whose grant goes to a class of
people instead of "any person" (a word swapped, not a paragraph added) is not that licence; a grant to the residents of
a place is a territory; a competing offering refused without the word "compete"; and, for the safety net, a plain-words
disclaimer, the "no other rights" sentence, and "promoted" only as the names-not-to-endorse clause has it. Each has a
near miss that must stay as it reads."""

from __future__ import annotations

import pytest

from tests.licenses.standard_texts import MIT_TERMS
from tests.licenses.verdicts import verdict_and_types

_MIT = "MIT License\n\nCopyright (c) 2026 Pellworth Acoustics\n\n" + MIT_TERMS.replace(
    "to any person obtaining", "to {who} obtaining"
)


_read = verdict_and_types


@pytest.mark.parametrize(
    "who", ["any citizen of Iceland", "any company incorporated in Ireland", "any person resident in Chile"]
)
def test_the_mit_grant_to_the_people_of_one_place_is_a_territory(who: str) -> None:
    verdict, found = _read(_MIT.format(who=who))
    assert verdict == "restricted"
    assert "geographic-restriction" in found


@pytest.mark.parametrize("who", ["any student of Hollinwell College", "any employee of Pellworth Acoustics"])
def test_the_mit_grant_to_a_class_of_people_is_not_open(who: str) -> None:
    """No rule names the class, but the changed grant is read: not the MIT License, and not open."""
    verdict, _ = _read(_MIT.format(who=who))
    assert verdict not in ("osi-open", "open-non-osi")


def test_the_mit_grant_to_any_person_stays_osi_open() -> None:
    assert _read(_MIT.format(who="any person"))[0] == "osi-open"


_PLAIN = (
    "Fenwick Speech 2 licence\n\n"
    "Anyone may use, study, change and share Fenwick Speech 2, for any purpose, without paying us.\n\n"
    "{extra}\n\n"
    "When you share it, say that Fenwick Speech 2 came from Ollerton Works, and pass this licence on with it.\n\n"
    "We make no promises that it works, and we are not responsible for anything that goes wrong when you use "
    "it, as far as the law allows. These terms do not imply any licences other than those expressly granted.\n"
)


@pytest.mark.parametrize(
    "extra",
    [
        "You may not offer Fenwick Speech 2, or anything made from it, inside a service that gives its users "
        "substantially the same transcription features as Ollerton Cloud.",
        "You must not offer a product built on Fenwick Speech 2 that is marketed as a replacement for a "
        "subscription to Ollerton Cloud.",
    ],
)
def test_a_competing_offering_refused_without_the_word_compete_is_a_use_restriction(extra: str) -> None:
    verdict, found = _read(_PLAIN.format(extra=extra))
    assert verdict == "restricted"
    assert "use-restrictions" in found


def test_a_plain_words_licence_with_its_disclaimer_and_no_other_rights_is_open() -> None:
    assert (
        _read(_PLAIN.format(extra="You may build services on it that compete with ours."))[0]
        == "open-non-osi"
    )


def test_a_refusal_that_names_promotion_is_still_read_by_the_safety_net() -> None:
    """Only "endorse or promote products derived" is the usual clause: a refusal that merely says "promoted"
    is not excused."""
    extra = "You may not let Fenwick Speech 2 be promoted by anyone but Ollerton Works."
    assert _read(_PLAIN.format(extra=extra))[0] not in ("osi-open", "open-non-osi")
