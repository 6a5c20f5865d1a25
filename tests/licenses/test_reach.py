# ruff: noqa: E501 (the texts keep their own wording)
"""Which licences reach the models distilled from their model (`licenses.reach`): a definition of the
derivatives, or a statement, that takes in models trained on the model's outputs or made by distillation.
Paraphrases written for these tests in several drafting styles, near hits that must not count, and every text of
the corpus checked against the catalog's record of it (`reaches_distilled`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from opengauge.licenses import analyze
from opengauge.licenses.catalog import load_catalog
from opengauge.licenses.reach import distilled_reach


@pytest.mark.parametrize(
    "text",
    [
        # legalese definition
        '"Derivative Model" means (a) any modification of the Model and (b) any model trained, in whole or in '
        "part, on Outputs of the Model, including by knowledge distillation.",
        # terse definition in a list
        "- **Derivatives**: changed versions of the weights, and models distilled from them.",
        # the RAIL family's wording, in other words
        "“Model Derivatives” includes any other model created by transferring patterns of the weights or "
        "outputs of the Model to that model.",
        # a plain-language statement
        "A model you train on text the Model generated is a Derivative Model too, whether or not it shares its "
        "weights.",
        # synthetic data
        '"Derivatives" shall include models trained using synthetic data produced by the Model.',
    ],
)
def test_a_licence_that_reaches_distilled_models(text: str) -> None:
    found = distilled_reach("Preamble line.\n" + text + "\n")
    assert found is not None and found[0] == 2, text


@pytest.mark.parametrize(
    "text",
    [
        # outputs themselves left out of the derivatives, nothing said of models trained on them
        "For clarity, Outputs are not deemed Model Derivatives.",
        # the opposite, said outright
        "A model trained on Outputs of the Model is not a Derivative Model.",
        '"Derivatives" do not include models trained on the outputs of the Model.',
        # a derivative defined without outputs or distillation
        '"Derivative Works" means any modification of the Model, including fine-tuned and quantized versions.',
        # an output-training ban reaches no model: it forbids making one
        "You may not use the outputs of the Model to train any other model.",
        # outputs owned by the user
        "You own the outputs you generate, and derivative works of them.",
    ],
)
def test_near_hits_reach_nothing(text: str) -> None:
    assert distilled_reach(text) is None, text


def test_the_reading_carries_where_the_licence_says_so() -> None:
    text = (
        "Permission is granted to use, study, modify and share the Model for any purpose, except for military "
        "use.\n\n"
        '"Derivative Model" means any model trained on the outputs of the Model, including by distillation.\n'
    )
    doc = analyze(text, document="LICENSE").to_json()
    assert doc["reaches_distilled"]["line"] == 3
    assert "trained on the outputs" in doc["reaches_distilled"]["quote"]
    assert "reaches_distilled" not in analyze("MIT License\n\nPermission is hereby granted.").to_json()


def test_the_catalog_records_what_the_corpus_texts_say(license_corpus: Path) -> None:
    """Each corpus text the catalog identifies reaches distilled models exactly when its catalog entry says
    so; and each entry that says so is confirmed by a text here or by its ScanCode LicenseDB text."""
    from opengauge.licenses.identify import identify

    confirmed: set[str] = set()
    wrong = []
    for path in sorted(license_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        entry = identify(text).entry
        if entry is None:
            continue
        reaches = distilled_reach(text) is not None
        if reaches != entry.reaches_distilled:
            wrong.append(f"{path.name} ({entry.id}): text {reaches}, catalog {entry.reaches_distilled}")
        if reaches:
            confirmed.add(entry.id)
    assert not wrong, wrong
    unconfirmed = {e.id for e in load_catalog() if e.reaches_distilled} - confirmed
    # entries with no text in the corpus, each confirmed by its ScanCode LicenseDB text (read 2026-12-07;
    # checked again below when scancode-toolkit is installed, as for `bench/scancode_db.py`)
    assert unconfirmed <= set(ELSEWHERE), sorted(unconfirmed - set(ELSEWHERE))
    if importlib.util.find_spec("licensedcode") is None:
        return
    from bench.scancode_db import db_folder, texts

    keys = {ELSEWHERE[i]: i for i in unconfirmed}
    for key, _cat, text in texts(db_folder(), {"Proprietary Free", "Source-available", "Permissive"}):
        if key in keys and distilled_reach(text) is not None:
            unconfirmed.discard(keys[key])
    assert not unconfirmed, unconfirmed


#: Catalog entries whose reach is confirmed by their ScanCode LicenseDB text (entry id -> ScanCode key).
ELSEWHERE = {
    "creativeml-openrail-plus-plus-m": "bigscience-open-rail-m2",
    "gemma-terms-of-use-2024-04-01": "gemma-tou-2024-04-01",
    "ltxv-open-weights-2025-04-17": "ltxv-owl-2025-04-17",
}
