"""A list of refused uses whose harmful items each only restate the law takes no field of use away
(`opengauge.licenses.lawful`, held-out round 38); one lawful-only item beside a real field of use does."""

from __future__ import annotations

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.clauses import clauses

GRANT = "You may use, study, modify and share the model for any purpose.\n\n"


def test_a_list_of_crimes_only_takes_nothing_away():
    text = GRANT + (
        "You must not use the model:\n\n"
        "- to commit fraud or any other act that is a criminal offence;\n"
        "- to process personal data where the applicable data protection law prohibits it.\n"
    )
    assert [c.type for c in clauses(text)] == []
    assert analyze(text).verdict is LicenseVerdict.OPEN_NON_OSI


def test_a_field_of_use_beside_the_crimes_is_still_refused():
    text = GRANT + (
        "You must not use the model:\n\n"
        "- to commit fraud or any other act that is a criminal offence;\n"
        "- for facial recognition in public spaces.\n"
    )
    assert "use-restrictions" in {c.type for c in clauses(text)}
    assert analyze(text).verdict is LicenseVerdict.RESTRICTED


def test_an_item_that_only_names_a_crime_is_a_field_of_use():
    """Predicting crime is a field (round 40's responsible-AI licence); committing one the law forbids."""
    text = GRANT + (
        "You must not use the model:\n\n"
        "- to predict whether an individual will commit a criminal offence from their appearance;\n"
        "- to mislead voters about an election.\n"
    )
    assert "use-restrictions" in {c.type for c in clauses(text)}
