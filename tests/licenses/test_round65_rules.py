# ruff: noqa: E501 (the licence sentences are kept whole)
"""Limits stated as the grant's scope in the shapes held-out licence round 65 found unread (`grantscope`): a lead-in
over a list ("This licence does not cover:", "This licence covers only:"), a table column of what is out of scope, a
grant that "excludes, and no licence is granted for," a use, a pronoun that carries the grant on ("They do not reach
any modified version"). Each with the near misses: a list of files rather than uses, a marks item, an open table."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.test_round59_rules import _blocking

_OPEN = "## What you can do\n\n- Use it for anything, commercial use included.\n- Study it and change it however you want.\n- Share it and your changes.\n\n"


@pytest.mark.parametrize(
    ("lead", "item", "kind"),
    [
        (
            "This licence does not cover:",
            "- **Passing the weights on.** Sharing, re-uploading or otherwise distributing the weights to anyone else.",
            "no-redistribution",
        ),
        (
            "Out of scope. The licence does not extend to:",
            "(a) training other models on the outputs of the model;",
            "output-training-ban",
        ),
        ("This licence covers only:", "(a) research and evaluation of the model;", "research-only"),
    ],
)
def test_a_lead_in_over_a_list_states_the_grant_s_scope(lead: str, item: str, kind: str) -> None:
    text = _OPEN + "## Scope\n\n" + lead + "\n\n" + item + "\n"
    assert kind in {str(c.type) for c in analyze(text, document="LICENSE").blocking}


@pytest.mark.parametrize(
    "item",
    [
        "- **Our name.** The Skerrow name and logo are trademarks; this licence gives no right to use them.",
        "(a) the model weights in the weights/ folder;",
    ],
)
def test_marks_or_files_in_such_a_list_take_no_use_away(item: str) -> None:
    for lead in ("This licence does not cover:", "This licence covers only:"):
        text = _OPEN + lead + "\n\n" + item + "\n"
        assert analyze(text, document="LICENSE").verdict is LicenseVerdict.OPEN_NON_OSI


def test_a_table_column_of_what_is_out_of_scope_states_it() -> None:
    table = "| Aspect | Within scope | Outside scope |\n|---|---|---|\n| Territory | Use and distribution in Australia and New Zealand | Use, hosting or distribution in any other country |\n"
    assert "geographic-restriction" in {
        str(c.type) for c in analyze(_OPEN + table, document="LICENSE").blocking
    }
    empty = "| Aspect | Within scope | Outside scope |\n|---|---|---|\n| Purpose | Any purpose | — |\n"
    assert analyze(_OPEN + empty, document="LICENSE").verdict is LicenseVerdict.OPEN_NON_OSI


@pytest.mark.parametrize(
    ("terms", "kind"),
    [
        (
            "The foregoing grant excludes, and no licence is granted for, the use of the Model or any Output to train any other machine learning model.",
            "output-training-ban",
        ),
        (
            "The rights in section 1 are limited to the model as we release it. They do not reach any modified version.",
            "no-modification",
        ),
        ("In particular, it does not cover using the model for any commercial purpose.", "non-commercial"),
    ],
)
def test_other_shapes_of_a_grant_s_scope(terms: str, kind: str) -> None:
    assert kind in _blocking(terms)
