"""A choice between licences (`licenses/options.py`): the most open option anyone may take decides, each
option is read as the text under it with the lines the options share, and terms that apply together are one
text. Every text here is written for these tests (held-out round 43 is the blind measure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.document import LicenseDocument
from opengauge.licenses.options import offered, offers_choice
from tests.licenses.standard_texts import MIT_TERMS as MIT

HEADINGS = (
    "# Licensing of Wrenfield-3B\n"
    "\n"
    "SPDX-License-Identifier: MIT OR LicenseRef-Wrenfield-Pro\n"
    "\n"
    "Wrenfield-3B is dual-licensed. Each recipient picks one of the two licences below.\n"
    "\n"
    "## MIT License\n"
    "\n"
    "Copyright (c) 2026 Wrenfield Systems\n"
    "\n" + MIT + "\n"
    "## Wrenfield Pro Licence\n"
    "\n"
    "1. You may use the model in products with up to 2 million monthly active users.\n"
    "2. You may not use the model to train another language model.\n"
)


def test_the_most_open_option_decides_and_every_option_is_listed() -> None:
    report = analyze(HEADINGS, document="LICENSE")
    assert report.verdict is LicenseVerdict.OSI_OPEN
    assert [o.verdict for o in report.options] == [LicenseVerdict.OSI_OPEN, LicenseVerdict.RESTRICTED]
    assert [o.decides for o in report.options] == [True, False]
    pro = report.options[1]
    assert {"user-threshold", "output-training-ban"} <= set(pro.blocking)
    assert not report.blocking  # the clauses of the report are those that bind under the option that decides
    assert report.summary().startswith("A choice of 2 licences; the most open one anyone may take, ")


def test_an_option_keeps_the_line_numbers_of_the_whole_text() -> None:
    pro = offered(HEADINGS)[1]
    lines = HEADINGS.split("\n")
    assert pro.text.count("\n") == HEADINGS.count("\n")
    limit = next(i for i, line in enumerate(lines, 1) if "monthly active users" in line)
    report = analyze(pro.text)
    assert [c.line for c in report.clauses if c.type == "user-threshold"] == [limit]
    assert "Permission is hereby granted" not in pro.text  # the other option's lines are blank


def test_the_most_open_of_two_closed_options_decides() -> None:
    text = (
        "Harlow-Tag 2 comes under two licences, at your option.\n"
        "\n"
        "Option 1. You may use, copy, modify and share Harlow-Tag 2 for non-commercial purposes only.\n"
        "\n"
        "Option 2. You may use Harlow-Tag 2 for any purpose, commercial included, and modify and share it, "
        "if you pay Harlow Labs a fee of EUR 900 a year for each production system.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED  # commercial use allowed under option 2, for a fee
    assert [o.verdict for o in report.options] == [LicenseVerdict.NON_COMMERCIAL, LicenseVerdict.RESTRICTED]
    assert {c.type for c in report.blocking} == {"fee-required"}


def test_a_choice_between_two_open_licences_named_in_one_sentence() -> None:
    text = "Tern-7B is dual-licensed: you may choose either the Apache License 2.0 or the MIT License.\n"
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OSI_OPEN
    assert len(report.options) == 2


def test_a_table_of_options_is_read_column_by_column() -> None:
    text = (
        "Pick the licence that suits you; you may choose either column.\n"
        "\n"
        "| | Option A | Option B |\n"
        "|---|---|---|\n"
        "| Licence | Apache License, Version 2.0 | Kestrow Commercial Licence |\n"
        "| Users | no limit | up to 500,000 monthly active users |\n"
        "| Fee | none | EUR 2,000 a month |\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OSI_OPEN, report.summary()
    b = report.options[1]
    assert b.verdict is LicenseVerdict.RESTRICTED and "user-threshold" in b.blocking


def test_an_unreadable_option_leaves_a_closed_choice_undecided() -> None:
    """The best option read is not open and another could not be read: it might be more open, so the verdict
    is `unknown`, never the closed option's (nor a kinder one)."""
    text = (
        "You may choose either Option A or Option B.\n"
        "\n"
        "Option A: you may use the model for research purposes only.\n"
        "\n"
        "Option B: the Quarrington Licence, in the file QL.txt, sets your rights.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert "not every option could be read" in report.summary()


@pytest.mark.parametrize(
    "text",
    [
        # a licence's own choice of its later versions
        "This program is free software: you can redistribute it and/or modify it under the terms of the "
        "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
        "License, or (at your option) any later version.\n",
        # the licensor's option, not the recipient's
        "On a breach, the Licensor may, at its option, either terminate this licence or require you to cure "
        "the breach within 30 days.\n",
        # licences that apply together
        "SPDX-License-Identifier: Apache-2.0 AND LicenseRef-Addendum\n\nBoth licences apply to the "
        "weights.\n",
        "The code is under the MIT License and the weights under the Corvel Model Licence; both licences "
        "apply to anyone who uses the model.\n",
    ],
)
def test_what_is_no_choice_is_read_whole(text: str) -> None:
    assert not offered(text)


def test_a_choice_is_offered_in_spdx_or_in_words() -> None:
    assert offers_choice("SPDX-License-Identifier: Apache-2.0 OR LicenseRef-Crane\n")
    assert offers_choice(
        "available, at the option of each recipient,\neither under the MIT License or under X"
    )
    assert offers_choice("Anyone may elect either Option.")
    assert not offers_choice("SPDX-License-Identifier: (Apache-2.0 OR MIT) AND LicenseRef-Crane\n")


def test_the_options_are_in_the_license_document() -> None:
    doc = analyze(HEADINGS, document="LICENSE").to_json()
    assert [o["verdict"] for o in doc["options"]] == ["osi-open", "restricted"]
    model = LicenseDocument.model_validate(doc)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == doc
    assert "options" not in analyze(MIT, document="LICENSE").to_json()


def test_the_terminal_lists_the_options(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from opengauge.cli import app

    path = tmp_path / "LICENSE"
    path.write_text(HEADINGS, encoding="utf-8")
    res = CliRunner().invoke(app, ["license", str(path)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "decides lines 7-28: MIT License: osi-open" in res.output
    assert "Wrenfield Pro Licence: restricted - blocked by output-training-ban, user-threshold" in res.output
