"""A card that names its model's paper without a link ("please read the Llama 3 paper") cites a
preprint the paper catalog knows; a paper of another model, or one the catalog does not know, does not
count. Cards written for this test."""

from __future__ import annotations

import pytest

from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release


def _preprint(name: str, body: str):
    card = f"---\nlicense: other\n---\n# {name.split('/')[-1]}\n\nA chat model.\n\n{body}\n"
    r = release(
        ref=f"hf:{name}",
        id=name,
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=card)],
    )
    return next(f for f in run_probes(r, only=["preprint"]))


@pytest.mark.parametrize(
    "body",
    [
        "For more details on the safety mitigations, please read the Llama 3 paper.",
        "## Training\n\nSee the Llama 3.1 technical report for the data mix.",
        "- Paper: described in our Llama 3 tech report",
    ],
)
def test_the_models_paper_named_without_a_link(body):
    f = _preprint("acme/Llama-3.1-8B-Tune", body)
    assert f.level is Level.OPEN, f.reason
    assert "2407.21783" in f.reason and any("paper catalog" in (e.note or "") for e in f.evidence)


@pytest.mark.parametrize(
    "body",
    [
        "Our recipe differs from the Mistral 7B paper in its data.",  # another model's paper
        "Please read the Quokka paper, coming soon.",  # not in the catalog
    ],
)
def test_another_or_unknown_paper_named_is_not_a_preprint(body):
    assert _preprint("acme/Llama-3.1-8B-Tune", body).level is Level.CLOSED


@pytest.mark.parametrize(
    "body",
    [
        '**Research Paper** More details in the paper "Pythia: A Suite for Analyzing Large Language Models '
        'Across Training and Scaling", available at https://proceedings.example.org/pythia.html.',
        "## Paper\n\nPythia: a suite for analyzing large language models across training and scaling "
        "(Biderman et al., 2023).",
        "<p>Read our paper <i>Pythia: A Suite for Analyzing Large Language Models Across Training and "
        "Scaling</i> for the training details.</p>",
    ],
)
def test_the_models_paper_cited_by_title_is_its_preprint(body):
    # the catalog knows the arXiv version of the paper the card cites by title on a non-arXiv page
    f = _preprint("EleutherAI/pythia-1b", body)
    assert f.level is Level.OPEN, f.reason
    assert "2304.01373" in f.reason and any("paper catalog" in (e.note or "") for e in f.evidence)


def test_a_method_paper_cited_by_title_is_not_the_models_preprint():
    body = 'We fine-tuned with LoRA ("LoRA: Low-Rank Adaptation of Large Language Models").'
    assert _preprint("acme/quokka-7b-lora", body).level is Level.CLOSED


@pytest.mark.parametrize(
    "body",
    [
        "Paper: https://arxiv.org/abs/2307.09288",  # the model's own preprint, linked
        "See the [Llama 2 paper](https://arxiv.org/abs/2307.09288v2) for details.",
        "More details in the Llama 2 paper.",  # named without a link
    ],
)
def test_a_preprint_that_leaves_out_the_data_is_partial(body):
    """The OSAI preprint parameter: open when the preprints "cover all major parts (data processing,
    training, tuning)", partial for "some parts". The Llama 2 paper describes its pretraining data
    only as "a new mix of data from publicly available sources" (the paper catalog's `omits`); the
    experts: "quite some detail on pretraining, RLHF, and safety measures but none on datasets"."""
    f = _preprint("acme/Llama-2-7b-tune", body)
    assert f.level is Level.PARTIAL, f.reason
    assert "2307.09288" in f.reason and "training data" in f.reason
    assert any("paper catalog" in (e.note or "") for e in f.evidence)


def test_a_preprint_that_covers_every_part_stays_open():
    f = _preprint("acme/Llama-3.1-8B-Tune", "Paper: https://arxiv.org/abs/2407.21783")
    assert f.level is Level.OPEN, f.reason
