"""List items read through their heading or lead-in (`licenses/scopes.py`), and the wordings such
items brought to light. Every text here was written for this file, in the drafting styles of
plain-language model licenses: Markdown headings, bold labels, "You agree not to ...:" lead-ins,
numbered and starred lists. A bare item ("- Military applications") means what its heading says."""

from __future__ import annotations

import pytest

from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.clauses import clauses
from opengauge.licenses.normalize import Normalized
from opengauge.licenses.scopes import DUTY, FORBID, PERMIT, scoped
from tests.licenses.verdicts import assert_restricted_by

GRANT = "Orca Labs grants you a worldwide, royalty-free licence to use, copy, modify and share Orca-3B.\n\n"

BANNED = {
    "bold label": (
        "# Heron License\n\n**What you can do**\n- Use, copy, fine-tune and share Heron-2B.\n\n"
        "**What you can't do**\n- Use Heron-2B commercially.\n",
        "non-commercial",
        7,
    ),
    "heading, numbered": (
        GRANT + "### You may not\n\n1. Serve more than 1,000,000 monthly active users with Orca-3B.\n",
        "user-threshold",
        5,
    ),
    "lead-in": (
        GRANT + "You agree not to use the Model to:\n- train, improve or distill other large language"
        " models;\n- harass people.\n",
        "output-training-ban",
        4,
    ),
    "don'ts": (GRANT + "## Don'ts\n\n* Redistribute the weights.\n", "no-redistribution", 5),
    "prohibited uses": (
        GRANT + "## 4. Prohibited uses\n\n- Building a product that competes with Orca Cloud.\n",
        "use-restrictions",
        5,
    ),
    "duties": (
        GRANT + "## You must\n\n- Tell Orca Labs before you deploy Orca-3B in production.\n",
        "notification-duty",
        5,
    ),
}


@pytest.mark.parametrize("name", sorted(BANNED))
def test_a_bare_item_under_a_ban_binds_at_its_own_line(name: str) -> None:
    text, kind, line = BANNED[name]
    assert_restricted_by(text, kind)
    found = [c for c in clauses(text, document="LICENSE") if c.type == kind]
    assert found and found[0].line == line, found
    assert "you may not" not in found[0].quote.lower()  # the item's own words are quoted


def test_a_heading_of_permissions_grants_its_items() -> None:
    text = "# Summary\n\n## Permissions\n\n- Commercial use\n- Modification\n- Distribution\n- Private use\n"
    report = analyze(text, document="LICENSE")
    assert set(report.grants.granted) == set(Freedom)
    assert report.grants.granted[Freedom.MODIFY].quote == "Modification"
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI


def test_an_item_under_a_ban_grants_nothing() -> None:
    text = "You may use the model.\n\n## What you can't do\n\n- Redistribute the model for any purpose.\n"
    report = analyze(text, document="LICENSE")
    assert Freedom.SHARE not in report.grants.granted
    assert report.verdict is LicenseVerdict.RESTRICTED


@pytest.mark.parametrize(
    "text",
    [
        # a model card's advice is no ban
        GRANT + "## Out-of-scope use\n\n- Use in medical diagnosis.\n",
        # a heading that names no verb
        GRANT + "## Terms and conditions\n\n1. Licensee may use the model commercially.\n",
        # limitations of liability are not limits on the licensee
        GRANT + "## Limitations\n\n- Liability\n- Warranty\n",
    ],
)
def test_headings_that_say_nothing_about_their_items_add_nothing(text: str) -> None:
    assert analyze(text, document="LICENSE").verdict.is_open


def test_a_lead_in_naming_exceptions_is_not_joined_to_its_items() -> None:
    items = scoped(Normalized("You may not use the Model except:\n- for research;\n- for teaching.\n"))
    assert items is None


def test_scoped_items_keep_their_verbs_and_spans() -> None:
    text = "## What you can do\n- Share it\n\n## You must not\n- Sell it\n\n## Conditions\n- Keep a notice\n"
    items = scoped(Normalized(text))
    assert items is not None
    assert items.verbs == (PERMIT, FORBID, DUTY)
    assert [text[a:b] for a, b in items.spans] == ["Share it", "Sell it", "Keep a notice"]
    assert items.text.splitlines()[0] == "you may Share it."


def test_an_item_goes_on_over_its_wrapped_lines() -> None:
    text = GRANT + "## Restrictions\n\n- No use by any company whose annual\n  revenue exceeds $10 million.\n"
    assert_restricted_by(text, "revenue-threshold")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You may not use Heron-2B commercially.", "non-commercial"),
        ("The model can't be deployed commercially.", "non-commercial"),
        ("You must let us know before you put the model into production.", "notification-duty"),
    ],
)
def test_plain_wordings_the_items_showed(sentence: str, kind: str) -> None:
    assert kind in {c.type for c in clauses(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Licensor shall not be liable unless it used commercially reasonable efforts.",
        "You must inform end users before you deploy the model.",
        "You may use the model non-commercially or commercially.",
    ],
)
def test_near_misses_of_those_wordings(sentence: str) -> None:
    assert not {"non-commercial", "notification-duty"} & {c.type for c in clauses(sentence)}


def test_a_table_whose_headers_are_headings_scopes_its_columns() -> None:
    text = (
        "| You can | You cannot |\n|---|---|\n| copy and share Orca-3B | offer Orca-3B as a hosted API |\n"
        "| fine-tune it | remove its safety classifier |\n"
    )
    items = scoped(Normalized(text))
    assert items is not None
    assert items.verbs == (PERMIT, FORBID, PERMIT, FORBID)
    report = analyze(text, document="LICENSE")
    assert {c.type for c in report.blocking} == {"use-restrictions", "guardrail-termination"}
    assert {Freedom.SHARE, Freedom.MODIFY} <= report.grants.granted.keys()


def test_a_yes_no_table_grants_and_refuses_by_row() -> None:
    text = "| Permission | Allowed? |\n|---|---|\n| Use | Yes |\n| Modify | Yes |\n| Redistribute | No |\n"
    report = analyze(text, document="LICENSE")
    assert {Freedom.USE, Freedom.MODIFY} <= report.grants.granted.keys()
    assert Freedom.SHARE not in report.grants.granted
    assert "no-redistribution" in {c.type for c in report.blocking}


def test_a_table_of_facts_is_no_scope() -> None:
    # no header that is a heading, no yes/no answers: nothing is read through it
    text = "| Field | Value |\n|---|---|\n| Layers | 32 |\n| Context | 8k |\n"
    assert scoped(Normalized(text)) is None


def test_a_bold_label_scopes_its_value() -> None:
    text = (
        "**Permissions:** commercial use, modification, distribution.\n**Prohibited uses:** surveillance.\n"
    )
    items = scoped(Normalized(text))
    assert items is not None and items.verbs == (PERMIT, FORBID)
    assert [text[a:b] for a, b in items.spans] == [
        "commercial use, modification, distribution.",
        "surveillance.",
    ]
