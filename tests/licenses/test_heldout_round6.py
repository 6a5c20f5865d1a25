"""Held-out round 6 (issue 14): eight short model licenses written for this file in several drafting
styles (Markdown lists, clause numbers, one long sentence, plain prose), each an open grant with one
restriction, read before any rule was changed.

First run (commit 6ad098e): 5 of 8 right. A use policy passed on with every copy, which "recipients must
comply with ... as amended from time to time", read as open: the sentence shared a line with the grant,
and a whole line counted as explained by the grant on it. A ban on systems that decide "a person's
eligibility for credit, housing, employment or insurance" was missed, and the grant "free to use,
study, change and pass on" lacked its sharing verb. One stayed `unknown` until the next round read
list items through their headings (`licenses/scopes.py`; see the last test).
"""

from __future__ import annotations

import pytest

from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.verdicts import assert_restricted_by

CASES = {
    "markdown-fields": (
        "# Curlew Open Weights Agreement\n\n1.1 Curlew hereby grants Licensee a non-exclusive, worldwide, "
        "royalty-free licence to use, reproduce, modify and distribute the Model.\n1.2 The licence in "
        "clause 1.1 is conditional upon Licensee's annual gross turnover remaining below EUR 5,000,000; "
        "Licensees above that figure shall negotiate a commercial licence with Curlew.\n",
        "revenue-threshold",
    ),
    "one-sentence": (
        "Dunlin Model Terms. You are free to use, study, change and pass on the Dunlin models and anything "
        "you build from them, so long as you do not deploy them in any system that makes decisions about a "
        "person's eligibility for credit, housing, employment or insurance, and so long as you keep this "
        "paragraph with every copy you pass on.",
        "use-restrictions",
    ),
    "changing-terms": (
        "Godwit Community License\n\nPermission is granted to use, copy, modify and distribute the Godwit "
        "weights.\n\nGodwit may update these terms at any time by posting a new version on its website; "
        "your continued use of the weights after such posting means you accept the updated terms.\n",
        "unilateral-change",
    ),
    "output-ban": (
        "Knot Model License 2.0\n\nYou may use, reproduce, modify and share the Knot model for any lawful "
        "purpose.\n\nYou must not use the Knot model or any of its outputs to generate synthetic data for "
        "the training of any other large language model.\n",
        "output-training-ban",
    ),
    "branding": (
        "Sanderling Weights License\n\nSanderling grants you a free licence to use, copy, modify and "
        "distribute the weights, provided that any model you derive from them carries a name beginning "
        'with "Sanderling-" and that you display "Powered by Sanderling" in the user interface of any '
        "product built on them.\n",
        "naming-branding",
    ),
    "bullets": (
        "Turnstone License\n- Grant: use, copy, modify, share - free of charge.\n- Who may use it: "
        "individuals and organisations with fewer than 100 employees.\n- Everyone else: contact "
        "sales@turnstone.example for a commercial licence.\n- No warranty.\n",
        "revenue-threshold",
    ),
    "policy-passed-on": (
        "Whimbrel Model License\n\nThe Whimbrel model may be used, copied, modified and redistributed by "
        "anyone. Any distribution of the model or of a derivative must pass on the Whimbrel Acceptable Use "
        "Policy (https://whimbrel.example/aup), and recipients must comply with it as amended from time to "
        "time.\n",
        "use-policy-by-reference",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_open_grant_with_one_restriction_is_restricted(name: str) -> None:
    assert_restricted_by(*CASES[name])


def test_a_sentence_on_the_grant_s_line_is_not_explained_by_the_grant() -> None:
    # the grant and an unread limit in one paragraph on one line: the limit is still read
    text = (
        "Plover Tools License. Anyone may use, copy, modify and share the tools. Deployments must first "
        "be registered in the Plover partner registry maintained by the foundation."
    )
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open


def test_a_list_grant_under_a_heading_is_read_through_its_heading() -> None:
    # the freedoms and the ban are list items whose meaning their headings give
    text = (
        "# Bittern Model License\n\n**What you can do**\n- Run, copy, fine-tune and redistribute "
        "Bittern-9B.\n\n**What you can't do**\n- Use Bittern-9B or its outputs to build a product that "
        "competes with Bittern Cloud.\n"
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.RESTRICTED, report.summary()
    (ban,) = report.blocking
    assert (ban.type, ban.line) == ("use-restrictions", 7)
    assert ban.quote.startswith("Use Bittern-9B or its outputs to build a product")
    assert set(report.grants.granted) == set(Freedom)
