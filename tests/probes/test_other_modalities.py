# ruff: noqa: E501 (the cards keep their own wording)
"""Releases of other modalities (held-out release round 19): an image model's architecture in its own words, a card
that says the model has no paper of its own, and licensed data said in the passive not to be released."""

from __future__ import annotations

from opengauge.model import DatasetRef, Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release


def _card(body: str) -> Document:
    return Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text="---\nlicense: apache-2.0\n---\n" + body
    )


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


def test_a_diffusion_model_s_architecture_is_documented_in_its_own_words():
    body = (
        "# Demo-Diffusion\n\n## Model details\n\nA latent diffusion model: a 2.6B-parameter UNet denoises the "
        "latent space of our autoencoder (downsampling factor 8), conditioned through cross-attention on a text "
        "encoder.\n\n## Training\n\nTrained on 64 NVIDIA H100 GPUs for 12 days.\n"
    )
    f = _finding(release(documents=[_card(body)]), "architecture-hardware")
    assert f.level is Level.OPEN, f.reason


def test_a_card_saying_the_model_has_no_paper_of_its_own_cites_others_work():
    body = (
        "# Demo-Diffusion\n\nBuilt on the latent diffusion method ([paper](https://arxiv.org/abs/2112.10752)).\n\n"
        "Demo-Diffusion has no paper of its own.\n"
    )
    r = release(documents=[_card(body)])
    for probe in ("preprint", "peer-reviewed-paper"):
        f = _finding(r, probe)
        assert f.level is Level.CLOSED and "no paper of its own" in f.reason, (probe, f.reason)


def test_licensed_data_said_not_to_be_released_in_the_passive_is_not_all_public():
    body = (
        "# Demo\n\n## Training data\n\n30M licensed stock photographs under a licence that does not allow us to "
        "share them. They are not released. We also used [o/museum](https://huggingface.co/datasets/o/museum).\n"
    )
    data = DatasetRef(
        id="o/museum", url="https://huggingface.co/datasets/o/museum", exists=True, license="cc0-1.0"
    )
    f = _finding(release(documents=[_card(body)], datasets=[data]), "training-data")
    assert f.level is Level.PARTIAL, f.reason
