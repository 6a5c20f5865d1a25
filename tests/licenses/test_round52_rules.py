# ruff: noqa: E501 (the texts keep their own wording)
"""What held-out licence round 52 taught, written again in other words: a territory named as "any country other
than" after "into" or "within"; a whole licence in one long sentence read term by term, so that its warranty
disclaimer does not excuse the territory before it; a field the grant covers "every field except", or one the
licensor "reserves to itself"; a licensee defined as a natural person that "does not include" any organisation;
and the lead-ins of a list of conditions or of a checklist, which state no term of their own. Each restricted text
has a near miss that must stay as it reads."""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze
from tests.licenses.verdicts import DISCLAIMER, verdict_and_types

_GRANT = (
    "Permission is granted, free of charge, to anyone obtaining a copy of the Tarnwick-7B weights, to use, copy, "
    "modify, merge, publish and distribute them, for any purpose, commercial or not.\n\n"
)
_END = DISCLAIMER


_read = verdict_and_types


@pytest.mark.parametrize(
    "sentence",
    [
        "The weights may be hosted, sold or served within any jurisdiction other than the Faroe Islands and "
        "Greenland.",
        "You must not supply the weights, or any model made from them, into any country except Norway or Iceland.",
        "Services built on the weights may be offered from any territory but not from outside the Nordic states.",
    ],
)
def test_any_country_other_than_after_into_or_within_is_a_territory(sentence: str) -> None:
    verdict, found = _read(_GRANT + sentence + _END)
    assert verdict == "restricted"
    assert "geographic-restriction" in found


def test_any_country_except_where_export_law_forbids_stays_open() -> None:
    verdict, found = _read(
        _GRANT + "You may ship the weights into any country except where export controls forbid it." + _END
    )
    assert "geographic-restriction" not in found
    assert verdict == "open-non-osi"


_ONE_SENTENCE = (
    "Ormsby Coastal Ltd grants every person who receives the Ormsby-Tide 3 tidal model (the Model) a perpetual, "
    "royalty-free licence to use, copy, change and distribute the Model and works based on it, for any purpose "
    "including commercial ones, on the condition that neither the Model nor any work based on it is loaded onto a "
    "vessel flying the flag of a state that has not ratified the Cape Town Agreement, on the further condition "
    "that every copy carries this licence, and on the understanding that the Model is provided as is and without "
    "warranty, that Ormsby Coastal Ltd is not liable for any loss arising from its use, and that this licence is "
    "governed by the law of Scotland.\n"
)


def test_a_licence_in_one_long_sentence_is_read_term_by_term() -> None:
    """The condition no rule reads sits in the first term; the disclaimer and the law in the last do not
    excuse it: the text is not read as open."""
    verdict, _ = _read(_ONE_SENTENCE)
    assert verdict != "open-non-osi"
    assert verdict != "osi-open"


def test_the_same_long_sentence_with_only_usual_terms_is_open() -> None:
    text = _ONE_SENTENCE.replace(
        "on the condition that neither the Model nor any work based on it is loaded onto a vessel flying the "
        "flag of a state that has not ratified the Cape Town Agreement, on the further condition that",
        "on the condition that",
    )
    assert _read(text)[0] == "open-non-osi"


@pytest.mark.parametrize(
    "sentence",
    [
        "This licence extends to all applications except the operation of gaming machines and lotteries.",
        "The permissions above cover any sector, excluding commercial fishing, which is licensed separately.",
        "Drone navigation is a field of use Tarnwick Labs reserves to itself and its appointed partners.",
    ],
)
def test_a_field_left_out_of_the_grant_or_kept_by_the_licensor_is_a_use_restriction(sentence: str) -> None:
    verdict, found = _read(_GRANT + sentence + _END)
    assert verdict == "restricted"
    assert "use-restrictions" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "This licence extends to all uses except as set out in the section on trade marks.",
        "The Tarnwick name and logo are marks Tarnwick Labs reserves to itself.",
    ],
)
def test_a_carve_out_of_marks_or_of_what_the_text_sets_out_is_no_field(sentence: str) -> None:
    assert "use-restrictions" not in _read(_GRANT + sentence + _END)[1]


def test_a_licensee_defined_as_an_individual_that_excludes_organisations_is_personal_use() -> None:
    text = (
        '"User" means an individual who runs the Model for himself or herself, whether for pleasure or for a '
        "business he or she carries on personally, and excludes any employer, company or other organisation "
        "on whose behalf an individual might act.\n\n"
        "The Licensor grants each User a free licence to use, study, modify and distribute the Model for any "
        "purpose." + _END
    )
    verdict, found = _read(text)
    assert verdict == "restricted"
    assert "personal-use-only" in found


def test_a_licensee_defined_as_any_individual_or_organisation_is_not() -> None:
    text = (
        '"User" means any individual or organisation that runs the Model, and includes an employee acting for '
        "an organisation.\n\n"
        "The Licensor grants each User a free licence to use, study, modify and distribute the Model for any "
        "purpose." + _END
    )
    assert "personal-use-only" not in _read(text)[1]


def test_the_lead_ins_of_a_list_of_usual_conditions_state_no_term() -> None:
    text = (
        _GRANT + "The permissions above hold only for as long as each of the following conditions is met:\n\n"
        "1. this licence accompanies every copy you distribute;\n"
        "2. files you changed say that you changed them.\n\n"
        "These conditions apply only to the copies you distribute." + _END
    )
    assert _read(text)[0] == "open-non-osi"


def test_the_lead_in_of_a_checklist_states_no_term() -> None:
    text = (
        _GRANT + "Before you release a model made from Tarnwick-7B, each item listed below must be true.\n\n"
        "- [ ] This licence is included in the release.\n"
        "- [ ] Files you changed say so.\n" + _END
    )
    assert _read(text)[0] == "open-non-osi"


def test_a_lead_in_whose_items_refuse_still_restricts() -> None:
    text = (
        _GRANT + "The permissions above hold only for as long as each of the following conditions is met:\n\n"
        "1. this licence accompanies every copy you distribute;\n"
        "2. the weights are not used for any commercial purpose.\n" + _END
    )
    verdict, found = _read(text)
    assert verdict not in ("open-non-osi", "osi-open")
    assert "non-commercial" in found  # the condition, stated as a state of the weights


def test_a_lead_in_whose_items_hold_a_refusal_no_rule_reads_is_not_read_as_open() -> None:
    """The lead-in is excused only by its items: one that refuses what no rule reads keeps it unread."""
    text = (
        _GRANT + "The permissions above hold only for as long as each of the following conditions is met:\n\n"
        "1. this licence accompanies every copy you distribute;\n"
        "2. the weights are never loaded onto a vessel registered in a state outside the Cape Town Agreement.\n"
        + _END
    )
    assert _read(text)[0] not in ("open-non-osi", "osi-open")


def test_what_the_text_says_is_no_reverse_engineering_is_not_a_second_refusal() -> None:
    text = (
        _GRANT + "You must not decompile the weights to learn what data they were trained on. Quantising the "
        "weights, and benchmarking them, do not count as decompiling them." + _END
    )
    report = analyze(text, document="LICENSE")
    quotes = [c.quote for c in report.clauses if str(c.type) == "no-source-access"]
    assert len(quotes) == 1 and "must not decompile" in quotes[0]
