# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 22: a card that names its base model only to say it is not released (the
OSAI experts' "No base model made available": the base weights closed, nothing upstream binding the licence)."""

from __future__ import annotations

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release


def _card(line: str) -> Document:
    text = f"---\nlicense: apache-2.0\n---\n# Demo\n\n## Model details\n\n{line}\n"
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)


def _base_weights(line: str) -> str:
    r = release(documents=[_card(line)])
    return assessment_document(assess(r)).frameworks.osai.parameters["weights_basemodel"].level


def test_a_base_the_card_says_is_not_released_has_closed_weights() -> None:
    for line in (
        "| Base encoder | demo-encoder-v2: our own encoder, pre-trained on 2.1T tokens; it is internal and not released |",
        "Demo-7B was fine-tuned from our internal base model on chat data.",
        "The pre-trained model it starts from has not been publicly released.",
    ):
        r = release(documents=[_card(line)])
        lineage = next(x for x in run_probes(r, only=["lineage"]) if x.probe == "lineage")
        assert lineage.level is Level.OPEN and lineage.data.get("unreleased_base"), line
        assert _base_weights(line) == "closed", line


def test_words_about_use_or_the_end_model_are_not_an_unreleased_base() -> None:
    for line in (
        "The pre-trained model is not available for commercial use without a licence.",
        "The base model is available on the Hub under Apache 2.0.",
        "The training data is internal and not released.",
    ):
        assert _base_weights(line) == "open", line
