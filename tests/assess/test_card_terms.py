"""Terms a model card states in its own words, wherever it states them (issue 14: "a field-of-use
condition written in the card's license line ... missed"): a license line in the card's body, a list
item, a bold label or an HTML paragraph binds like a license section. A paragraph about a dataset's
license is not the model's terms. Every card here was written for this test."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.model import Document, DocumentKind, FileEntry, Label, Release
from tests.releases import card_and_license


def _release(license: str, body: str) -> Release:
    card = f"---\nlicense: {license}\n---\n# Quill 7B\n\nA chat model.\n\n{body}\n\n## Usage\n\nLoad it.\n"
    return Release(
        ref="hf:inkwell/Quill-7B",
        source="hub",
        id="inkwell/Quill-7B",
        metadata={"license": license, "library_name": "transformers"},
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
        files=[
            FileEntry(path="README.md", size=400),
            FileEntry(path="config.json", size=300),
            FileEntry(path="model.safetensors", size=10**9, lfs=True),
        ],
    )


BINDING = [
    # (style, front-matter license, card body, clause type, words of the quote)
    (
        "table under the license heading",
        "apache-2.0",
        "## License\n\n| You can | You cannot |\n|---|---|\n| fine-tune Quill | sell access to Quill |",
        "no-redistribution",
        "sell access to quill",
    ),
    (
        "ban heading under the license heading",
        "apache-2.0",
        "## License\n\nThe weights are Apache 2.0.\n\n### What you can't do\n\n"
        "- Use Quill in a product that earns money.",
        "non-commercial",
        "earns money",
    ),
    (
        "bold label",
        "apache-2.0",
        "**License:** Apache-2.0 (for non-commercial use only)",
        "non-commercial",
        "non-commercial",
    ),
    (
        "list item",
        "mit",
        "- Developed by: Inkwell\n- License: MIT. Commercial use requires our prior written permission.",
        "non-commercial",
        "written permission",
    ),
    (
        "plain sentence",
        "apache-2.0",
        "Quill is released under Apache 2.0, provided that the model is not used to develop "
        "competing models.",
        "use-restrictions",
        "competing",
    ),
    (
        "html paragraph",
        "mit",
        "<p>Licensed under MIT. For commercial licensing, please contact deals@inkwell.example.</p>",
        "non-commercial",
        "commercial licensing",
    ),
    (
        "one long sentence",
        "apache-2.0",
        "The weights are distributed under the Apache License 2.0 and, in addition, any commercial "
        "deployment of them is subject to a separate license agreement with Inkwell.",
        "non-commercial",
        "separate license agreement",
    ),
    # a condition stated with no license word on its line, in binding words
    (
        "use policy by reference",
        "apache-2.0",
        "Use of Quill is subject to the [Inkwell Acceptable Use Policy](https://inkwell.example/aup).",
        "use-policy-by-reference",
        "acceptable use policy",
    ),
    (
        "research only, a note",
        "mit",
        "**Note:** Quill is for research purposes only and may not be used in production or commercial "
        "settings.",
        "research-only",
        "research purposes only",
    ),
    (
        "output ban under a Terms heading",
        "apache-2.0",
        "## Terms\n\nYou must not use what Quill outputs to train or improve another language model.",
        "output-training-ban",
        "train",
    ),
    (
        "use policy, list item",
        "mit",
        "- Users must comply with Inkwell's use policy at https://inkwell.example/policy.",
        "use-policy-by-reference",
        "use policy",
    ),
]


@pytest.mark.parametrize(("style", "license", "body", "kind", "words"), BINDING, ids=[b[0] for b in BINDING])
def test_a_condition_on_a_card_license_line_binds(style, license, body, kind, words):
    a = assess(_release(license, body))
    assert a.label is Label.WEIGHTS_AVAILABLE, (style, a.label)
    assert a.terms is not None
    found = [c for c in a.terms.blocking if c.type == kind]
    assert found, (style, [c.type for c in a.terms.blocking])
    assert words in found[0].quote.lower() and found[0].line is not None and found[0].line >= 8


OPEN = [
    (
        "plain grant",
        "apache-2.0",
        "Quill is released under the Apache 2.0 license; commercial use is welcome.",
    ),
    ("permission not needed", "mit", "**License:** MIT. Commercial use requires no permission from us."),
    (
        "a dataset's license",
        "apache-2.0",
        "The model is Apache-2.0. The training data is licensed CC BY-NC 4.0 for non-commercial use only.",
    ),
    ("fenced example", "mit", "```\nlicense: for non-commercial use only\n```"),
    # what the model is meant for, or why it was released, describes its use: no term of its license
    ("intended use", "mit", "## Intended use\n\nQuill is meant for research purposes only."),
    ("why it was released", "mit", "We chose to release Quill for research purposes only, to study safety."),
]


@pytest.mark.parametrize(("style", "license", "body"), OPEN, ids=[o[0] for o in OPEN])
def test_a_card_license_line_without_conditions_keeps_the_open_license(style, license, body):
    a = assess(_release(license, body))
    assert a.label is Label.OPEN_WEIGHTS, (style, a.label, a.terms and [c.type for c in a.terms.blocking])


def test_a_license_file_in_plain_language_headings_binds_at_its_item():
    """A LICENSE whose freedoms and ban are bare list items under "What you can do" / "What you can't
    do" headings (`licenses/scopes.py`): the release is weights-available, citing the item's line."""
    license_text = (
        "# Swift2 Model License\n\n## What you can do\n\n"
        "- Download, run, fine-tune and redistribute Swift2-3B.\n\n"
        "## What you can't do\n\n- Use Swift2-3B in a product that earns money.\n"
    )
    card = (
        "---\nlicense: other\nlicense_name: swift2-model-license\nlicense_link: LICENSE\n---\n# Swift2-3B\n"
    )
    release = card_and_license(
        "hf:swiftlabs/Swift2-3B", card, license_text, {"license": "other", "license_link": "LICENSE"}
    )
    a = assess(release)
    assert a.label is Label.WEIGHTS_AVAILABLE
    assert a.terms is not None
    (ban,) = [c for c in a.terms.blocking if c.type == "non-commercial"]
    assert (ban.line, ban.quote) == (9, "Use Swift2-3B in a product that earns money.")
