"""The training-compute probe reads figures only from the line a match starts on."""

from __future__ import annotations

from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release


def test_compute_figures_wrapped_onto_the_next_line_do_not_crash():
    # a match running onto the next line is not on the hit's line: the figure is not read, no crash
    for text in (
        "# Demo\n\nA 7\nbillion parameter model trained on 2 trillion tokens.\n",
        "# Demo\n\nTraining took 3.1 x\n10^23 FLOPs.\n",
    ):
        doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
        found = run_probes(
            release(id="demo/Demo", ref="hf:demo/Demo", documents=[doc], files=[]), only=["training-compute"]
        )
        compute = next(f for f in found if f.probe == "training-compute")
        assert compute.level is Level.UNKNOWN
        assert compute.data["flop"] is None and "could not read" not in compute.reason


def test_compute_figure_on_one_line_is_read():
    doc = Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text="# Demo\n\nTraining took 3.1 x 10^23 FLOPs.\n"
    )
    found = run_probes(
        release(id="demo/Demo", ref="hf:demo/Demo", documents=[doc], files=[]), only=["training-compute"]
    )
    compute = next(f for f in found if f.probe == "training-compute")
    assert compute.level is Level.OPEN and compute.data["flop"] == 3.1e23
