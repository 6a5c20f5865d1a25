# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 31, documentation at the edge of each level, each rule with paraphrases and near
misses, served by the loopback Hub as the round is: the EU AI Act's public summary of training content as the only
description of withheld data (a datasheet, not OSAID's data information); a technical report the card says has not
been peer reviewed (no peer-reviewed paper, whatever its unread PDF holds); a preprint of another generation of the
model (partial); the card's own sentence that the training code is not released, quoted as written. Every card,
model and repository here is made up."""

from __future__ import annotations

from dataclasses import replace

import pytest

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.index.lineage import IndexLineage
from opengauge.sources import resolve
from tests.assess.heldout_releases import HeldOut
from tests.assess.heldout_round31 import ROUND_31
from tests.assess.test_heldout_releases import _serve


def _release(name: str) -> HeldOut:
    return next(r for r in ROUND_31 if name in r.repo_id)


def _doc(fake_hub, r: HeldOut) -> dict:
    _serve(fake_hub, r)
    return assessment_document(assess(resolve(f"hf:{r.repo_id}"), lineage=IndexLineage())).to_json()


def _level(doc: dict, param: str) -> str:
    return doc["frameworks"]["osai"]["parameters"][param]["level"]


# --- the EU AI Act's public summary is a datasheet, not the listing of all training data -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "As a provider of a general-purpose AI model we publish the public summary of training content required by Article 53(1)(d) of the EU AI Act",
        "Our training content summary, on the European Commission's template for Art. 53(1)(d) of the AI Act, is",
    ],
)
def test_withheld_data_described_only_by_the_eu_summary_is_no_data_information(fake_hub, said: str) -> None:
    calima = _release("Calima")
    card = calima.card.replace(
        "As a provider of a general-purpose AI model we publish the public summary of training content required by Article 53(1)(d) of the EU AI Act, written on the European Commission's template",
        said,
    )
    doc = _doc(fake_hub, replace(calima, card=card))
    assert doc["label"] == "open-weights", doc["label_reason"]
    assert "EU AI Act's public summary of training content lists only the largest" in doc["label_reason"]
    # it is still a datasheet (the experts rate Bielik's and Bria's summaries open)
    assert _level(doc, "datasheet") == "open"


def test_withheld_data_described_in_a_full_datasheet_is_data_information(fake_hub) -> None:
    # near miss: the same release, its summary replaced by a datasheet after Gebru et al. that describes the data in
    # full (where it comes from, how it was collected and curated)
    calima = _release("Calima")
    sheet = (
        "# Datasheet for the Calima-9B training data\n\nAfter Datasheets for Datasets (Gebru et al.).\n\n"
        "## Collection\n\n"
        + "The data was crawled by CalimaBot from January 2021 to September 2025 from news, forum, blog, public administration and educational sites in Spanish, Portuguese, Catalan, Galician, Basque and English; news and books were licensed from publishers. "
        * 2
        + "\n\n"
        "## Curation\n\n"
        + "Pages were extracted with a boilerplate remover, filtered by language identification and quality classifiers, deduplicated with MinHash at the document level, and scrubbed of personal data. "
        * 2
        + "\n"
    )
    files = {k: v for k, v in calima.extra_files.items() if not k.startswith("EU_public")}
    files["DATASHEET.md"] = sheet.encode()
    card = calima.card.replace(
        "As a provider of a general-purpose AI model we publish the public summary of training content required by Article 53(1)(d) of the EU AI Act, written on the European Commission's template: [EU_public_summary_of_training_content.md](EU_public_summary_of_training_content.md).",
        "The data is described in full in our datasheet: [DATASHEET.md](DATASHEET.md).",
    )
    doc = _doc(fake_hub, replace(calima, card=card, extra_files=files))
    assert doc["label"] == "open-source-ai", doc["label_reason"]


# --- a report the card says has not been peer reviewed --------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "It is a technical report and has not been peer reviewed.",
        "This report is not peer-reviewed.",
        "Please note that it is a non-peer-reviewed report.",
        "It was published without peer review.",
    ],
)
def test_a_report_said_not_to_be_peer_reviewed_is_no_paper(fake_hub, said: str) -> None:
    khamsin = _release("Khamsin")
    # the card's own sentence decides, with no citation entry beside it
    lines = khamsin.card.split("```bibtex")[0].splitlines()
    i = next(n for n, line in enumerate(lines) if "has not been" in line)
    head, _, _ = lines[i].partition("It is a technical report")
    lines[i] = head + said
    doc = _doc(fake_hub, replace(khamsin, card="\n".join(lines)))
    assert _level(doc, "paper") == "closed", doc["frameworks"]["osai"]["parameters"]["paper"]["reason"]


def test_a_report_cited_as_a_techreport_only_is_no_paper(fake_hub) -> None:
    khamsin = _release("Khamsin")
    card = "\n".join(
        line.partition("It is a technical report")[0] if "has not been" in line else line
        for line in khamsin.card.splitlines()
    )
    assert "@techreport{" in card
    doc = _doc(fake_hub, replace(khamsin, card=card))
    assert _level(doc, "paper") == "closed", doc["frameworks"]["osai"]["parameters"]["paper"]["reason"]


def test_an_unread_report_the_card_says_nothing_of_leaves_the_paper_unknown(fake_hub) -> None:
    # near miss: the PDF is the only report, cited without a BibTeX entry, and the card does not say what it is
    khamsin = _release("Khamsin")
    lines = [
        line.partition("It is a technical report")[0] if "has not been" in line else line
        for line in khamsin.card.split("```bibtex")[0].splitlines()
    ]
    doc = _doc(fake_hub, replace(khamsin, card="\n".join(lines)))
    assert _level(doc, "paper") == "unknown", doc["frameworks"]["osai"]["parameters"]["paper"]["reason"]


def test_the_card_s_sentence_on_withheld_training_code_is_quoted_as_written(fake_hub) -> None:
    khamsin = _release("Khamsin")
    doc = _doc(fake_hub, khamsin)
    code = next(f for f in doc["findings"] if f["probe"] == "training-code")
    assert (
        code["reason"]
        == "The card says the training code is not released ('The training code is not released.')."
    )


# --- a preprint of another generation of the model -------------------------------------------------------------------


@pytest.mark.parametrize(
    "cited",
    [
        "- **Predecessor:** Foehn-1 (2025), described in the [Foehn-1 technical report](https://arxiv.org/abs/2503.11872)",
        "- **Predecessor:** described in [Foehn 1: Open Multilingual Models](https://arxiv.org/abs/2503.11872)",
        "- **Previous generation:** see [FoehnV1 paper](https://arxiv.org/abs/2503.11872)",
    ],
)
def test_a_preprint_of_another_generation_is_partial(fake_hub, cited: str) -> None:
    foehn = _release("Foehn")
    card = foehn.card.replace(
        "- **Predecessor:** Foehn-1 (2025), described in the [Foehn-1 technical report](https://arxiv.org/abs/2503.11872)",
        cited,
    ).replace("Foehn-1: Open Multilingual", "Foehn 1: Open Multilingual")
    doc = _doc(fake_hub, replace(foehn, card=card))
    assert _level(doc, "preprint") == "partial", doc["frameworks"]["osai"]["parameters"]["preprint"]["reason"]
    assert "another generation of the model" in doc["frameworks"]["osai"]["parameters"]["preprint"]["reason"]


@pytest.mark.parametrize(
    ("own", "title"),
    [
        ("Foehn-2-7B", "Foehn-2: Open Multilingual Language Models for the Alpine Languages"),
        # the major number is compared: a point release's paper is the family generation's own
        ("Foehn-2.5-7B", "Foehn-2: Open Multilingual Language Models for the Alpine Languages"),
        # a size is no generation
        ("Foehn-7B", "Foehn-1: Open Multilingual Language Models for the Alpine Languages"),
    ],
)
def test_a_preprint_of_the_same_generation_is_the_model_s_own(fake_hub, own: str, title: str) -> None:
    foehn = _release("Foehn")
    card = (
        foehn.card.replace("Foehn-2-7B", own)
        .replace("[Foehn-1 technical report]", f"[{title}]")
        .replace("Foehn-1: Open Multilingual Language Models for the Alpine Languages", title)
        .replace("Foehn-1 (2025)", "Foehn (2025)")
        .replace("cite the Foehn-1 report", "cite the report")
    )
    r = replace(foehn, repo_id=f"foehn-ai/{own}", card=card)
    doc = _doc(fake_hub, r)
    assert _level(doc, "preprint") == "open", doc["frameworks"]["osai"]["parameters"]["preprint"]["reason"]
