# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 24: a card written as bold questions and answers; a section that is only a
badge; a card in Dutch; a datasheet only promised for later; data-processing code kept in Jupyter notebooks; and a
composite model whose configuration names its component models."""

from __future__ import annotations

import json

import pytest

from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from opengauge.probes.vocabulary import vocabulary
from opengauge.sources.card import card_facts, config_components
from tests.probes.helpers import release


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


_ANSWER = "A: This answer says enough about the model to count as a real section of the card."

_QUESTIONS = (
    "**Q: What is Demo-7B?**",
    "**Question 2: What is it for?**",
    "__Where does it go wrong?__",
    "**Q. What was it trained on?**",
    "**How good is it?**",
    "**Q: What are its emissions?**",
    "**Q: What does the architecture look like?**",
    "**Q: How do I cite it?**",
)


def test_a_card_of_bold_questions_has_the_sections_its_questions_name() -> None:
    faq = "".join(f"{q}\n\n{_ANSWER}\n\n" for q in _QUESTIONS)
    f = _finding(
        release(documents=[_card("# Demo-7B\n\n## Frequently asked questions\n\n" + faq)]), "model-card"
    )
    assert f.level is Level.OPEN, f.reason


def test_bold_statements_and_unanswered_questions_are_no_sections() -> None:
    statements = "".join(f"{q.replace('?', '.')}\n\n{_ANSWER}\n\n" for q in _QUESTIONS)
    unanswered = "".join(f"{q}\n\n" for q in _QUESTIONS)
    for body in (statements, unanswered):
        f = _finding(release(documents=[_card("# Demo-7B\n\n" + body)]), "model-card")
        assert f.level is Level.CLOSED, (body[:80], f.reason)


_PROSE = "This section says enough about the model to count as a real section of the card."
_SEVEN = "".join(
    f"## {t}\n\n{_PROSE}\n\n"
    for t in ("Model details", "Uses", "Limitations", "Training data", "Environmental impact", "Citation")
)
_BADGE = "[![Open Leaderboard](https://img.shields.io/badge/Open%20Leaderboard-rank%20%233-brightgreen)](https://huggingface.co/spaces/demo/leaderboard)"


@pytest.mark.parametrize(
    "evaluation",
    [
        _BADGE,
        "![rank](https://img.shields.io/badge/rank-3-blue) ![downloads](https://badgen.net/badge/downloads/10k/green)",
    ],
)
def test_a_section_that_is_only_a_badge_says_nothing(evaluation: str) -> None:
    body = "# Demo-7B\n\n" + _SEVEN + f"## Evaluation\n\n{evaluation}\n"
    f = _finding(release(documents=[_card(body)]), "model-card")
    assert f.level is Level.PARTIAL, f.reason


def test_a_chart_of_results_or_a_badge_beside_scores_still_counts() -> None:
    for evaluation in (
        "![Benchmark results on five tasks](eval/results.png)",
        _BADGE + "\n\n| Benchmark | Score |\n|---|---|\n| Demo-QA | 71.4 |",
    ):
        body = "# Demo-7B\n\n" + _SEVEN + f"## Evaluation\n\n{evaluation}\n"
        f = _finding(release(documents=[_card(body)]), "model-card")
        assert f.level is Level.OPEN, (evaluation, f.reason)


def test_a_card_in_dutch_has_its_sections() -> None:
    body = "# Demo-7B\n\n" + "".join(
        f"## {t}\n\n{_PROSE}\n\n"
        for t in (
            "Modelbeschrijving",
            "Beoogd gebruik",
            "Beperkingen en vooroordelen",
            "Trainingsgegevens",
            "Evaluatie",
            "Milieu-impact",
            "Architectuur",
            "Citatie",
        )
    )
    f = _finding(release(documents=[_card(body)]), "model-card")
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The corpus is not yet available; we will publish it later this year together with a datasheet.",
        "Data card: coming soon.",
        "We plan to release a data statement for the corpus.",
        "Het corpus komt binnenkort online, samen met een datasheet.",
        "Le corpus sera publié avec une fiche technique (datasheet) dans les prochains mois.",
    ],
)
def test_a_datasheet_only_promised_is_none(sentence: str) -> None:
    body = f"# Demo-7B\n\n## Training data\n\nTrained on our own web crawl. {sentence}\n"
    f = _finding(release(documents=[_card(body)]), "data-documentation")
    assert not f.data["datasheet"], (sentence, f.reason)


def test_a_datasheet_beside_a_promise_about_something_else_counts() -> None:
    body = (
        "# Demo-7B\n\n## Training data\n\nSee the datasheet in DATASHEET.md for the collection and curation of the "
        "corpus. The raw crawl will be released later this year.\n"
    )
    f = _finding(release(documents=[_card(body)]), "data-documentation")
    assert f.data["datasheet"], f.reason


_DATA_CODE = vocabulary("code").pattern("data-code")


@pytest.mark.parametrize(
    "path",
    [
        "notebooks/01_build_sft_data.ipynb",
        "02-dedup.ipynb",
        "data/clean_corpus.ipynb",
        "03_build_preference_data.py",
    ],
)
def test_a_notebook_named_for_preparing_data_is_data_processing_code(path: str) -> None:
    assert _DATA_CODE.search(path), path


@pytest.mark.parametrize("path", ["notebooks/03_sft.ipynb", "05_evaluate.ipynb", "notebooks/demo.ipynb"])
def test_a_notebook_named_for_training_or_a_demo_is_not(path: str) -> None:
    assert not _DATA_CODE.search(path), path


def _config(data: dict) -> list[Document]:
    return [Document(kind=DocumentKind.CONFIG, path="config.json", text=json.dumps(data))]


@pytest.mark.parametrize(
    ("config", "want"),
    [
        (
            {"vision_config": {"_name_or_path": "yawl/ViT-L"}, "text_config": {"_name_or_path": "pin/LM-4B"}},
            ["yawl/ViT-L", "pin/LM-4B"],
        ),
        ({"mm_vision_tower": "openai/clip-vit-large-patch14-336"}, ["openai/clip-vit-large-patch14-336"]),
        ({"audio_config": {"_name_or_path": "demo/whisper-enc"}}, ["demo/whisper-enc"]),
    ],
)
def test_a_composite_config_names_its_component_models(config: dict, want: list[str]) -> None:
    assert config_components(_config(config)) == want


@pytest.mark.parametrize(
    "config",
    [
        {"_name_or_path": "demo/Base-7B"},  # the model's own or its pre-conversion path, not a component
        {"vision_config": {"_name_or_path": "/mnt/ckpt/vision"}},
        {"vision_config": {"model_type": "siglip_vision_model"}},
        ["not", "a", "mapping"],
    ],
)
def test_a_config_without_component_ids_names_none(config: object) -> None:
    assert config_components(_config(config)) == []  # type: ignore[arg-type]


def test_components_are_parents_after_the_declared_base() -> None:
    facts = card_facts(
        {"license": "apache-2.0", "base_model": "pin/LM-4B"},
        ["# Demo"],
        own_id="demo/VL-4B",
        components=["yawl/ViT-L", "Pin/LM-4B", "demo/VL-4B"],
    )
    assert facts.base_models == ["hf:pin/LM-4B", "hf:yawl/ViT-L"]
