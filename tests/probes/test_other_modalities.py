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


def _data_finding(body: str):
    return _finding(release(documents=[_card(body)]), "training-data")


def test_training_data_in_public_data_archives_is_listed_and_published_in_every_style():
    """Data published off the Hub, in a research-data archive or an open-data portal (the data-archive-link
    vocabulary), is listed as a Hub link is, with the licence its line names (round 19's time-series model)."""
    table = (
        "# Demo-TS\n\n## Training data\n\nThese are the complete training data:\n\n| Source | Licence | Where |\n"
        "|---|---|---|\n| Monash archive | CC BY 4.0 | [zenodo.org/records/4656110](https://zenodo.org/records/4656110) |\n"
        "| Electricity load | CC BY 4.0 | [archive.ics.uci.edu/dataset/321](https://archive.ics.uci.edu/dataset/321/"
        "electricityloaddiagrams20112014) |\n"
    )
    bullets = (
        "# Demo-TS\n\nWe trained the model on two public archives:\n\n- https://doi.org/10.5281/zenodo.7654321 "
        "(CC0 1.0)\n- <https://figshare.com/articles/dataset/sensor_logs/21345678> (CC BY 4.0)\n"
    )
    prose = (
        "# Demo-TS\n\nDemo-TS was pre-trained on the Dryad record https://datadryad.org/stash/dataset/doi:10.5061/"
        "dryad.abc123 (CC0 1.0), which is all of its training data.\n"
    )
    for body in (table, bullets, prose):
        f = _data_finding(body)
        assert f.level is Level.OPEN, (body, f.reason)
        ids = [d["id"] for d in f.data["datasets"]]
        assert len(ids) == 2 if body is not prose else len(ids) == 1, ids
        assert all(d["license"] in ("cc-by-4.0", "cc0-1.0") for d in f.data["datasets"]), f.data["datasets"]
    # the link text that shortens the address is the same record, named once
    assert [d["id"] for d in _data_finding(table).data["datasets"]] == [
        "zenodo.org/records/4656110",
        "archive.ics.uci.edu/dataset/321/electricityloaddiagrams20112014",
    ]


def test_an_archive_that_asks_for_an_account_or_a_link_outside_the_training_data_lists_nothing():
    # Kaggle asks for an account: not a public archive; a Zenodo record in the evaluation section is a
    # benchmark, not training data
    kaggle = "# Demo-TS\n\n## Training data\n\nTrained on https://www.kaggle.com/datasets/acme/sensor-logs.\n"
    evaluation = (
        "# Demo-TS\n\n## Training data\n\nA mix of sensor logs from our customers.\n\n## Evaluation\n\n"
        "We report MASE on the benchmark at https://zenodo.org/records/4656110.\n"
    )
    for body in (kaggle, evaluation):
        f = _data_finding(body)
        assert f.level is Level.CLOSED and not f.data["datasets"], (body, f.reason)
