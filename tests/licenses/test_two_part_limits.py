"""Limits a licence states through two of its parts (held-out round 55's general causes): a list of uses its
lead-in names as excluded, an empty schedule of them, organisations kept out of the licensee's definition, a
table whose rows license activities on the terms a later column gives, a price per unit of use, and check
boxes of the fields licensed. Each is written here in other words than the round's, with a near miss
that takes nothing away."""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze
from tests.licenses.verdicts import DISCLAIMER, verdict_and_types

GRANT = (
    "The Licensor grants you a worldwide, royalty-free licence to use, copy, modify and distribute the"
    " Model, for "
    "any purpose, commercial or not.\n\n"
)


def test_items_a_lead_in_names_as_prohibited_uses_are_refused() -> None:
    text = (
        "Grant. The Licensor grants you a worldwide, royalty-free licence to use, copy, modify and"
        " distribute the "
        "Model for Permitted Uses.\n\n"
        '"Permitted Uses" means every use other than those in Annex A.\n\n'
        "ANNEX A\n\n"
        "The following are Prohibited Uses:\n\n"
        "1. use in exchange for payment of any kind;\n"
        "2. use in or for an application that is sold to end users.\n\n" + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "non-commercial" and "non-commercial" in types


def test_items_a_lead_in_calls_examples_of_allowed_uses_are_not_refused() -> None:
    text = (
        GRANT + "The following are examples of uses the Licensor welcomes:\n\n"
        "1. use in exchange for payment, such as consulting work;\n"
        "2. use in an application that you sell.\n\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "open-non-osi"


@pytest.mark.parametrize("empty", ["None.", "Not used.", "Intentionally left blank."])
def test_an_empty_annex_of_excluded_purposes_excludes_nothing(empty: str) -> None:
    text = (
        "The Licensor grants you a worldwide, royalty-free licence to use, copy, modify and distribute the"
        " Model "
        "for any purpose other than an Excluded Purpose.\n\n"
        '"Excluded Purpose" means a purpose listed in Annex B.\n\n'
        f"Annex B - Excluded Purposes\n\n{empty}\n\n" + DISCLAIMER
    )
    verdict, types = verdict_and_types(text)
    assert verdict == "open-non-osi" and "use-restrictions" not in types


def test_an_annex_of_excluded_purposes_with_items_still_restricts() -> None:
    text = (
        "The Licensor grants you a worldwide, royalty-free licence to use, copy, modify and distribute the"
        " Model "
        "for any purpose other than an Excluded Purpose.\n\n"
        '"Excluded Purpose" means a purpose listed in Annex B.\n\n'
        "Annex B - Excluded Purposes\n\n- Ranking job applicants.\n\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "restricted"


@pytest.mark.parametrize(
    "sentence",
    [
        "You must not use the Model in return for any payment or for other commercial gain.",
        "The Licensee shall not use the weights for profit.",
        "You may never use it in services that are sold to customers.",
    ],
)
def test_use_refused_for_money_is_non_commercial(sentence: str) -> None:
    text = GRANT.replace(", commercial or not", "") + sentence + "\n\n" + DISCLAIMER
    verdict, types = verdict_and_types(text)
    assert verdict == "non-commercial" and "non-commercial" in types


def test_a_price_for_the_licence_itself_is_not_non_commercial() -> None:
    text = GRANT + "You may not ask for payment for a copy of this licence itself.\n\n" + DISCLAIMER
    assert "non-commercial" not in verdict_and_types(text)[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "A company, a university or any other organisation cannot be a Licensee.",
        "No organisation may become a licensee; only the individual who accepts does.",
        "Only natural persons can be Licensees.",
    ],
)
def test_organisations_kept_out_of_the_licensee_are_personal_use(sentence: str) -> None:
    verdict, types = verdict_and_types(GRANT + sentence + "\n\n" + DISCLAIMER)
    assert verdict == "restricted" and "personal-use-only" in types


def test_organisations_welcome_as_licensees_are_not_personal_use() -> None:
    text = GRANT + "Any company or other organisation can be a Licensee.\n\n" + DISCLAIMER
    assert "personal-use-only" not in verdict_and_types(text)[1]


_TABLE = (
    "# Model licence\n\nEach use is licensed on the terms of the row of the table below.\n\n"
    "| Band | Uses | Terms |\n|---|---|---|\n"
    "| A | Running the Model for any purpose; studying it; modifying it; sharing copies, changed or not | "
    "These terms, free of charge |\n"
    "| B | Offering the Model to others as an online service | These terms and a Band B order (clause 3)"
    " |\n\n"
    "## Copies\n\nKeep this licence with every copy you share.\n\n"
)


def test_a_table_of_uses_grants_them_and_a_priced_order_is_a_fee() -> None:
    text = _TABLE + "## 3. Band B order\n\nA Band B order costs EUR 0.01 per request served.\n\n" + DISCLAIMER
    verdict, types = verdict_and_types(text)
    assert verdict == "restricted" and "fee-required" in types


def test_a_table_of_uses_with_an_optional_paid_support_plan_is_open() -> None:
    text = (
        _TABLE.replace("These terms and a Band B order (clause 3)", "These terms, free of charge")
        + "## 3. Support\n\nAn optional support plan costs EUR 0.01 per request served; it is never needed"
        " to use "
        "the Model.\n\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "open-non-osi"


def test_what_you_may_do_with_the_model_heads_a_column_of_grants() -> None:
    text = (
        "| Plan | What you can do with the model | Price |\n|---|---|---|\n"
        "| Free | Use it for any purpose; study it; modify it; share it | none |\n\n"
        "Keep this licence with every copy you share.\n\n" + DISCLAIMER
    )
    report = analyze(text, document="LICENSE")
    assert {f.value for f in report.grants.granted} >= {"use", "study", "modify"}


_BOXES = (
    "FIELD OF USE\n(Only the boxes ticked below are licensed.)\n\n{boxes}\n\n"
    "1. The Licensor grants you a perpetual, royalty-free licence to use, copy, modify and share the Model"
    " within "
    "the Licensed Field.\n\n2. A use is within the Licensed Field only if its box is ticked above.\n\n"
    + DISCLAIMER
)


def test_research_boxes_ticked_and_business_unticked_is_research_only() -> None:
    boxes = "☑ Non-commercial research\n☑ Teaching and study\n☐ Commercial products\n☐ Any other use"
    verdict, types = verdict_and_types(_BOXES.format(boxes=boxes))
    assert verdict == "research-only" and "research-only" in types


def test_a_business_box_unticked_without_research_still_restricts() -> None:
    boxes = "- [x] Internal tools\n- [ ] Products sold to customers"
    assert verdict_and_types(_BOXES.format(boxes=boxes))[0] == "restricted"


def test_every_box_ticked_is_open() -> None:
    boxes = "- [x] Research\n- [x] Commercial products\n- [x] Any other use"
    verdict, types = verdict_and_types(_BOXES.format(boxes=boxes))
    assert verdict == "open-non-osi" and "use-restrictions" not in types


def test_boxes_of_prohibited_uses_are_not_fields_licensed() -> None:
    text = (
        GRANT
        + "PROHIBITED USES (ticked boxes apply)\n\n[x] Weapons development\n[ ] Marketing\n\n"
        + DISCLAIMER
    )
    assert "research-only" not in verdict_and_types(text)[1]


def test_a_comparison_with_only_and_a_duty_to_say_what_changed_are_no_limits() -> None:
    text = (
        GRANT + "The two editions differ only in their documentation.\n\n"
        "You must state in a modified copy that it has been changed.\n\n" + DISCLAIMER
    )
    assert verdict_and_types(text)[0] == "open-non-osi"
