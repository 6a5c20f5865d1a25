"""Badges: valid, escaped SVG and the shields.io endpoint shape."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from opengauge.formats.badge import badge_svg, shields_endpoint
from opengauge.model import Label


def test_every_label_has_a_badge():
    for label in Label:
        root = ET.fromstring(badge_svg(label, score=42.0))
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert texts[0] == "opengauge" and texts[1].startswith(label.text) and "42%" in texts[1]
        assert root.get("role") == "img" and root.get("aria-label")


def test_badge_text_is_escaped():
    svg = badge_svg(Label.OPEN_WEIGHTS, left='<script>alert("x")</script>')
    assert "<script>" not in svg
    ET.fromstring(svg)


def test_shields_endpoint():
    data = shields_endpoint(Label.OPEN_WEIGHTS, score=58.3)
    assert data == {
        "schemaVersion": 1,
        "label": "opengauge",
        "message": "open weights · 58%",
        "color": "52650a",
    }
