"""Defined terms read through their definitions (`opengauge.licenses.definitions`): a limit kept in a
definition binds where the term is used, quoted there; a definition's descriptive words never make a
sentence about something else a limit, and a party's country is not a territory."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.clauses import clauses
from opengauge.licenses.definitions import definitions, expanded
from opengauge.licenses.normalize import normalized
from opengauge.licenses.sentences import sentence_starts

USERS = (
    '1. "Active Audience" means the number of people who use your products in a calendar month.\n'
    "2. You may use, copy, modify and share the Model for any purpose.\n"
    "3. If your Active Audience is greater than five million (5,000,000), this licence ends.\n"
)


def test_a_definition_s_head_is_carried_to_the_sentences_that_use_its_term():
    norm = normalized(USERS)
    assert definitions(norm.clean) == {
        "Active Audience": ("the number of people", USERS.index('"Active Audience"'))
    }
    ex = expanded(norm, sentence_starts(norm.clean, norm.original))
    assert ex is not None
    assert "If your Active Audience (the number of people) is greater than five million" in ex.text
    # the definition's own sentence is not read again
    assert ex.text.count("the number of people") == 1


def test_a_cap_on_a_defined_count_of_people_is_a_user_threshold_quoted_where_it_bites():
    found = [c for c in clauses(USERS) if c.type == "user-threshold"]
    assert [c.line for c in found] == [3]
    assert found[0].quote.startswith("If your Active Audience is greater than five million")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '1. "Licence Period" means twelve (12) months from the day you accept this licence.\n'
            "2. During the Licence Period you may use, copy, modify and share the Model for any purpose.\n",
            "time-limit",
        ),
        (
            '"Reach" means the number of distinct human individuals who interact with your products within '
            "any thirty days.\nIf your Reach exceeds 12,000,000 on any day, the licence in section 2 stops "
            "applying to you.\n",
            "user-threshold",
        ),
    ],
)
def test_a_limit_kept_in_a_definition_blocks_an_open_label(text: str, kind: str):
    report = analyze(
        text + "You may use, copy, modify and share the Model for any purpose.\n", document="LICENSE"
    )
    assert report.verdict is LicenseVerdict.RESTRICTED, report.summary()
    assert kind in {c.type for c in report.blocking}


def test_a_definition_that_takes_nothing_away_adds_no_clause():
    text = (
        '1. "Model" means the weights, code and documentation published by Acme.\n'
        '2. "You" means any person or entity, of any size, anywhere.\n'
        "3. Acme grants You a licence to use, copy, modify and distribute the Model for any purpose.\n"
        "4. Keep this notice with every copy of the Model.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI and not report.blocking, report.summary()


def test_a_party_s_country_is_not_a_territory():
    # the licensor defined by its country: "not authorized to license" is about third-party rights
    text = (
        '"Information Provider" means the Government of Canada.\n'
        "You may use, copy, modify and share the Information for any purpose.\n"
        "This licence does not grant you any right to use third party rights the Information Provider is not "
        "authorized to license.\n"
    )
    assert "geographic-restriction" not in {c.type for c in clauses(text)}


def test_apache_2_0_reads_as_before_with_its_definitions_carried(shared_dir: Path):
    """Apache 2.0 defines 'Work' and 'Contribution' with words ('copyright notice') that, carried into its
    patent clause, must not make that clause a broader litigation clause: only limits of scope are read from
    a definition, and not where the sentence as written matched a rule of the type that its own words
    vetoed."""
    text = (shared_dir / "corpus" / "licenses" / "apache-2.0.txt").read_text()
    assert sorted({c.type for c in clauses(text)}) == ["attribution", "patent-retaliation"]


SMALL_FIRMS = (
    "1. Definitions\n"
    "1.1 Staff Count means the number of employees and contractors of an organisation, counted "
    "on 31 December.\n"
    "1.2 Eligible Party means a natural person, or an organisation whose Staff Count is below 100.\n"
    "2. Licence\n"
    "2.1 The Licensor grants each Eligible Party a worldwide licence to use, copy, modify and share "
    "the Model.\n"
)


def test_an_unquoted_term_heading_a_line_of_definitions_is_defined():
    norm = normalized(SMALL_FIRMS)
    found = definitions(norm.clean)
    assert found["Staff Count"][0].startswith("the number of employees and contractors of an organisation")
    assert found["Eligible Party"][0] == "a natural person, or an organisation"


def test_a_definition_is_read_with_another_term_s_definition_never_its_own():
    norm = normalized(SMALL_FIRMS)
    ex = expanded(norm, sentence_starts(norm.clean, norm.original))
    assert ex is not None
    assert "whose Staff Count (the number of employees and contractors" in ex.text
    assert "Eligible Party (a natural person" not in ex.text.split("2.1")[0]  # its own definition
    assert [c.type for c in clauses(SMALL_FIRMS)] == ["revenue-threshold"]
    assert analyze(SMALL_FIRMS).verdict is LicenseVerdict.RESTRICTED


def test_a_capitalised_word_in_running_text_is_no_definition():
    text = "You may use the Model. The Model means a lot to us, and Anyone means anyone.\n"
    assert definitions(normalized(text).clean) == {}
