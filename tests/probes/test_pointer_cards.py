# ruff: noqa: E501 (the cards keep their own wording)
"""A Hub card of a few words that sends the reader to the publisher's own repository ("Model weights only.
Documentation, training data, code and licence: <GitHub>") leaves the model card and the weights' licence to
that repository's README, as the OSAI experts read one (Omnilingual ASR, BERT and GPT-NeoXT: model card open,
linked to the GitHub repository; held-out release round 22's Tamarind-1.2B). A full card, a link to someone
else's repository, or a README that licenses only the code do not."""

from __future__ import annotations

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import Document, DocumentKind
from tests.probes.helpers import CARD, release, repo

#: the publisher's repository README: the model card, with the weights' licence in its own words
_README = CARD.split("---\n", 2)[2] + (
    "\n## License\n\nThe code in this repository and the Demo-7B weights on the Hugging Face Hub are released "
    "under the MIT License (see LICENSE).\n"
)

_POINTERS = {
    "two lines": "# Demo-7B\n\nModel weights only. Documentation, data, code and licence: https://github.com/demo/demo-lm\n",
    "see link": "---\ntags: [text-generation]\n---\n\nSee [our GitHub repository](https://github.com/demo/demo-lm) for the model card, the licence and how to use the model.\n",
    "html": '<p align="center"><img src="logo.png"></p>\n<p>Weights of Demo-7B. Everything else lives at <a href="https://github.com/demo/demo-lm">demo/demo-lm</a>.</p>\n',
    "bullets": "# Demo-7B\n\n- Code: https://github.com/demo/demo-lm\n- Documentation: https://github.com/demo/demo-lm#readme\n- Paper: coming soon\n",
}


def _assess(card_text: str, readme: str = _README, owner: str = "demo") -> dict:
    card = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card_text)
    code = repo(f"{owner}/demo-lm", ["train.py", "LICENSE"], spdx="MIT", readme=readme)
    r = release(metadata={}, documents=[card], code_repos=[code])
    doc = assessment_document(assess(r)).to_json()
    return {
        "label": doc["label"],
        **{k: v["level"] for k, v in doc["frameworks"]["osai"]["parameters"].items()},
    }


def test_a_pointer_card_is_documented_and_licensed_by_the_publisher_s_readme() -> None:
    for style, text in _POINTERS.items():
        got = _assess(text)
        assert got["modelcard"] == "open", style
        assert got["weights_endmodel"] == "open", style
        assert got["label"] not in ("weights-available", "undetermined"), (style, got["label"])


def test_a_readme_that_licenses_only_the_code_does_not_license_the_weights() -> None:
    readme = _README.replace(
        "The code in this repository and the Demo-7B weights on the Hugging Face Hub are released under the MIT License",
        "The code in this repository is released under the MIT License; the weights are not covered by it",
    )
    got = _assess(_POINTERS["two lines"], readme)
    assert got["modelcard"] == "open"
    assert got["label"] == "weights-available", got


def test_someone_else_s_repository_is_not_the_model_card() -> None:
    got = _assess(_POINTERS["two lines"].replace("demo/", "framework-org/"), owner="framework-org")
    assert got["modelcard"] == "closed"
    assert got["label"] == "weights-available"


def test_a_full_card_keeps_its_own_sections_and_licence() -> None:
    own = (
        "# Demo-7B\n\nDemo-7B is a 7B decoder trained by Demo Labs. "
        + "It answers questions, writes summaries and drafts short texts for research on small assistants. "
        * 8
        + "\n\nCode and more: https://github.com/demo/demo-lm\n"
    )
    got = _assess(own)
    assert got["modelcard"] == "closed"
    assert got["label"] == "weights-available"
