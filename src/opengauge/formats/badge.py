"""Badges for a model's headline label: a self-contained SVG and a shields.io endpoint JSON."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape

from opengauge.model import Label

#: Label -> badge colour. Colours pass WCAG AA for white 11px text on the badge.
LABEL_COLOR: dict[Label, str] = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: "#1b6e2d",
    Label.OPEN_SOURCE_AI: "#2e7d32",
    Label.OPEN_WEIGHTS: "#52650a",
    Label.WEIGHTS_AVAILABLE: "#a14f00",
    Label.CLOSED: "#b3261e",
    Label.UNDETERMINED: "#5f5f5f",
}
_LEFT = "opengauge"


def label_style(label: Label) -> tuple[str, str]:
    """(text shown, colour) of a label's badge."""
    return label.text, LABEL_COLOR[label]


def _width(text: str) -> int:
    # Verdana 11px averages ~6.6px per character; pad 10px each side.
    return int(len(text) * 6.6) + 20


def badge_svg(label: Label, *, left: str = _LEFT, score: float | None = None) -> str:
    """An SVG badge ('opengauge | open weights · 58%'); all text is XML-escaped."""
    text, color = label_style(label)
    if score is not None:
        text = f"{text} · {score:.0f}%"
    lw, rw = _width(left), _width(text)
    total = lw + rw
    title = escape(f"{left}: {text}", {'"': "&quot;", "'": "&apos;"})
    lt, rt = escape(left), escape(text)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" '
        f'aria-label="{title}">'
        f"<title>{title}</title>"
        f'<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>'
        f'<stop offset="1" stop-opacity=".1"/></linearGradient>'
        f'<clipPath id="r"><rect width="{total}" height="20" rx="3" fill="#fff"/></clipPath>'
        f'<g clip-path="url(#r)"><rect width="{lw}" height="20" fill="#444"/>'
        f'<rect x="{lw}" width="{rw}" height="20" fill="{color}"/>'
        f'<rect width="{total}" height="20" fill="url(#s)"/></g>'
        '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" '
        'font-size="11">'
        f'<text x="{lw / 2:.1f}" y="14">{lt}</text>'
        f'<text x="{lw + rw / 2:.1f}" y="14">{rt}</text></g></svg>'
    )


def shields_endpoint(label: Label, *, score: float | None = None) -> dict[str, Any]:
    """The JSON a shields.io `endpoint` badge reads (https://shields.io/badges/endpoint-badge)."""
    text, color = label_style(label)
    if score is not None:
        text = f"{text} · {score:.0f}%"
    return {"schemaVersion": 1, "label": _LEFT, "message": text, "color": color.lstrip("#")}


def shields_endpoint_json(label: Label, *, score: float | None = None) -> str:
    return json.dumps(shields_endpoint(label, score=score), ensure_ascii=False) + "\n"
