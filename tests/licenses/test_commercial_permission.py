"""Commercial use held back for a permission the license does not give is non-commercial, in any
drafting style; a text that says no permission is needed is not. Written for this test."""

from __future__ import annotations

import pytest

from opengauge.licenses import clauses

HELD_BACK = [
    ("terse", "Commercial use requires our prior written permission."),
    ("plain", "Want to use it in a paid product? For commercial use, please contact us first."),
    (
        "legalese",
        "Any use for commercial purposes shall be subject to a separate license agreement with Licensor.",
    ),
    ("markdown list", "- Research: allowed\n- Commercial use: requires written consent from Quillworks"),
    ("permission first", "Written authorisation is required before any commercial deployment of the Model."),
    (
        "one long sentence",
        "You may copy, modify and share the model for any purpose whatsoever, except that commercial "
        "applications built on it need a commercial licence, which we grant case by case.",
    ),
    ("grant condition", "Provided that the model is never used to build rival services, you may use it."),
]

NOT_HELD_BACK = [
    "Commercial use is permitted and requires no permission.",
    "You may use the model for commercial purposes without asking us.",
    "Non-commercial use requires no separate license agreement.",
    "We offer a commercial support contract; the license itself allows any use.",
]


@pytest.mark.parametrize(("style", "text"), HELD_BACK, ids=[h[0] for h in HELD_BACK])
def test_commercial_use_held_back_for_permission(style, text):
    types = {c.type for c in clauses(text)}
    assert types & {"non-commercial", "use-restrictions"}, (style, types)


@pytest.mark.parametrize("text", NOT_HELD_BACK)
def test_no_permission_needed_is_not_a_restriction(text):
    assert not [c for c in clauses(text) if c.blocks_open_source], text
