"""Badges: valid, escaped SVG and the shields.io endpoint shape."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from opengauge.formats.badge import LABEL_STYLE, badge_svg, shields_endpoint


def test_every_label_has_a_badge():
    for label in LABEL_STYLE:
        root = ET.fromstring(badge_svg(label, score=42.0))
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert texts[0] == "opengauge" and texts[1].startswith(LABEL_STYLE[label][0]) and "42%" in texts[1]
        assert root.get("role") == "img" and root.get("aria-label")


def test_unknown_label_is_escaped():
    svg = badge_svg('<script>alert("x")</script>')
    assert "<script>" not in svg
    ET.fromstring(svg)


def test_shields_endpoint():
    data = shields_endpoint("open-weights", score=58.3)
    assert data == {"schemaVersion": 1, "label": "opengauge", "message": "open weights · 58%", "color": "52650a"}
