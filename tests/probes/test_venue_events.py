# ruff: noqa: E501 (the cards keep their own wording)
"""An event held at a venue is no paper: a card's "Related workshop at NeurIPS 2024", a talk, tutorial or booth at a
conference, names no publication (the experts rate Open-Sora's paper closed: "No peer-reviewed paper found. Related
workshop at NeurIPS 2024"). A line that names a paper, poster or proceedings beside the event still cites one. Every
card here is made up."""

from __future__ import annotations

import pytest

from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release


def _paper(body: str) -> Level:
    card = Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text="---\nlicense: apache-2.0\n---\n" + body
    )
    found = run_probes(release(documents=[card]), only=["peer-reviewed-paper"])
    return next(f for f in found if f.probe == "peer-reviewed-paper").level


_HEAD = "# Nimbus-Video 2\n\nNimbus-Video 2 is a text-to-video model trained by Nimbus Labs.\n\n## Publications\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "- Related workshop at NeurIPS 2024: https://neurips.cc/Expo/Conferences/2024/workshop/100674",
        "- We gave a tutorial on Nimbus-Video 2 at CVPR 2025.",
        "- Come and see Nimbus-Video 2 at our booth at ICML 2025 (Expo hall B).",
        "- Keynote about Nimbus-Video 2 at ECCV 2024.",
    ],
)
def test_an_event_at_a_venue_is_no_paper(line: str) -> None:
    assert _paper(_HEAD + line + "\n") is Level.CLOSED


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("- Our paper on Nimbus-Video 2, presented as a talk at CVPR 2025.", Level.OPEN),
        ("- Nimbus-Video 2: the paper (NeurIPS 2024), and a demo at the NeurIPS 2024 Expo.", Level.OPEN),
        ("- Nimbus-Video 2 was a poster at the NeurIPS 2024 Workshop on Video Generation.", Level.PARTIAL),
    ],
)
def test_a_paper_named_beside_an_event_still_counts(line: str, level: Level) -> None:
    assert _paper(_HEAD + line + "\n") is level
