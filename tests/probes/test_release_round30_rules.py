# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 30, the Hub's long tail: a community quantization whose card only names its
original; the Hub template left unfilled (placeholders, hidden comments, stock sentences); the OSAI licences cell
when the weights' licence cannot be read; a library's citation in the card it writes. Each rule with paraphrases and
near hits. Every card, model, dataset and repository here is made up."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import Document, DocumentKind
from opengauge.probes import run_probes
from opengauge.probes.context import Section, blank_unsaid
from opengauge.sources.card import card_facts
from opengauge.sources.derivation import quantized_name
from tests.probes.helpers import release
from tests.probes.test_release_round29_rules import _ORIGINAL, _copy

# --- a repository named as a quantization of the model its card names -------------------------------------------


@pytest.mark.parametrize(
    "own",
    [
        "fluo/Agate-1.5B-GGUF",
        "q/Agate-1.5B-AWQ",
        "q/Agate-1.5B-4bit",
        "q/Agate-1.5B-Q4_K_M",
        "q/agate-1.5b-gptq",
    ],
)
def test_a_name_that_says_quantization_is_one(own: str) -> None:
    assert quantized_name(own)
    text = "---\nlicense: apache-2.0\n---\n# Agate\n\nOriginal model: [acme/Base-7B](https://huggingface.co/acme/Base-7B)\n"
    facts = card_facts({"license": "apache-2.0"}, [text], own_id=own)
    assert (facts.base_models, facts.base_model_relation) == (["hf:acme/Base-7B"], "quantized")


@pytest.mark.parametrize(
    "own", ["q/Agate-1.5B-Instruct", "q/gguf-tools", "q/Agate-GGUF-notes", "q/Agate-1.5B-ft"]
)
def test_a_name_that_does_not_is_no_quantization(own: str) -> None:
    assert not quantized_name(own)
    text = "---\nlicense: apache-2.0\n---\n# Agate\n\nOriginal model: [acme/Base-7B](https://huggingface.co/acme/Base-7B)\n"
    assert card_facts({"license": "apache-2.0"}, [text], own_id=own).base_model_relation != "quantized"


def test_a_declared_relation_is_kept_whatever_the_name_says() -> None:
    text = "---\nlicense: apache-2.0\nbase_model: acme/Base-7B\nbase_model_relation: finetune\n---\n# A\n"
    meta = {"license": "apache-2.0", "base_model": "acme/Base-7B", "base_model_relation": "finetune"}
    assert card_facts(meta, [text], own_id="q/Base-7B-GGUF").base_model_relation == "finetune"


# --- a quantization has its original's data, code and data documentation ------------------------------------------


def _cells(relation: str | None) -> dict[str, str]:
    params = assessment_document(assess(_copy(relation))).to_json()["frameworks"]["osai"]["parameters"]
    return {p: params[p]["level"] for p in ("datasources_endmodel", "trainingcode", "datasheet", "licenses")}


def test_a_quantization_that_links_nothing_has_its_original_s_code_and_data() -> None:
    a = assess(_copy("quantized"))
    assert _cells("quantized") == {
        "datasources_endmodel": "open",
        "trainingcode": "open",
        "datasheet": "open",
        "licenses": "open",
    }
    code = next(f for f in a.findings if f.probe == "training-code")
    assert (
        code.reason.startswith("A quantization of hf:acme/Base-7B")
        and code.data["of_original"] == "hf:acme/Base-7B"
    )


def test_a_fine_tune_that_links_nothing_has_none_of_its_base_s() -> None:
    # near hit: the same card said to be a fine-tune, which must publish its own tuning
    cells = _cells("finetune")
    assert cells["trainingcode"] == "closed" and cells["datasources_endmodel"] == "closed", cells


def test_an_original_is_not_a_quantization_of_anything() -> None:
    assert not any("of_original" in f.data for f in assess(_ORIGINAL).findings)


# --- the Hub template left unfilled says nothing -------------------------------------------------------------------

_TEMPLATE = """---
license: apache-2.0
---
# Model Card for Model ID

<!-- Provide a quick summary of what the model is/does. -->

## Training Details

### Training Data

<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about. -->

[More Information Needed]

## Environmental Impact

Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).

- **Hardware Type:** [More Information Needed]
- **Hours used:** [More Information Needed]

## Technical Specifications

### Compute Infrastructure

#### Hardware

[More Information Needed]

## Bias, Risks, and Limitations

Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.
"""


def _read(text: str) -> dict[str, tuple[str, bool]]:
    """Per probe: its level, and whether it found the card documenting it (a data card or datasheet named, the
    training hardware stated; the model card: any standard section)."""
    r = release(documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)])
    found = {
        f.probe: f for f in run_probes(r, only=["model-card", "data-documentation", "architecture-hardware"])
    }
    return {
        "model-card": (found["model-card"].level.value, bool(found["model-card"].data["sections"])),
        "data-documentation": (
            found["data-documentation"].level.value,
            found["data-documentation"].level.value != "closed",
        ),
        "hardware": (
            found["architecture-hardware"].level.value,
            bool(found["architecture-hardware"].data["hardware"]),
        ),
    }


def test_the_template_unfilled_documents_nothing() -> None:
    got = _read(_TEMPLATE)
    assert got["model-card"] == ("closed", False) and got["data-documentation"] == ("closed", False), got
    assert got["hardware"][1] is False, got


def test_what_the_template_s_fields_say_once_filled_counts() -> None:
    # near hit: the same template with the hardware and the data filled in
    filled = (
        _TEMPLATE.replace(
            "- **Hardware Type:** [More Information Needed]", "- **Hardware Type:** 8x NVIDIA A100 80GB"
        )
        .replace(
            "#### Hardware\n\n[More Information Needed]",
            "#### Hardware\n\nThe model was trained on 8 NVIDIA A100 80GB GPUs for 14 hours.",
        )
        .replace(
            "<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about. -->\n\n[More Information Needed]",
            "See the data card of our corpus for how it was collected and curated.",
        )
    )
    got = _read(filled)
    assert got["hardware"][1] is True and got["data-documentation"] == ("partial", True), got


def test_blanking_keeps_every_offset_and_line() -> None:
    out = blank_unsaid(_TEMPLATE)
    assert len(out) == len(_TEMPLATE) and out.count("\n") == _TEMPLATE.count("\n")
    assert "Dataset Card" not in out and "Hardware Type" not in out and "Carbon emissions" in out


@pytest.mark.parametrize(
    "body",
    [
        "Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).",
        "Carbon emissions can be estimated using the Machine Learning Impact calculator presented in Lacoste et al. (2019).",
        "Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model.",
    ],
)
def test_the_template_s_stock_sentences_are_no_content(body: str) -> None:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=body)
    assert not Section(doc, "Environmental Impact", 2, 1, 2, body).substantive


def test_a_stated_footprint_is_content() -> None:
    body = "Training used 1,200 GPU hours on A100s in a region at 0.3 kgCO2eq/kWh: about 96 kg of CO2eq."
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=body)
    assert Section(doc, "Environmental Impact", 2, 1, 2, body).substantive


# --- arXiv's DOI cites an arXiv paper ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cite", "level"),
    [
        ("doi = {10.48550/ARXIV.2401.01234},", "open"),
        ("https://doi.org/10.48550/arXiv.2401.01234", "open"),
        ("doi = {10.18653/v1/2024.acl-long.1},", "closed"),  # near hit: a DOI of another publisher
    ],
)
def test_arxiv_s_doi_cites_the_preprint(cite: str, level: str) -> None:
    text = (
        "---\nlicense: apache-2.0\n---\n# Demo-3B\n\n## Citation\n\n```bibtex\n@article{acme2024demo,\n"
        f"  title = {{Demo-3B: An Open Language Model}},\n  {cite}\n  year = {{2024}}\n}}\n```\n"
    )
    r = release(documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)])
    found = next(f for f in run_probes(r, only=["preprint"]) if f.probe == "preprint")
    assert found.level.value == level, found.reason
