"""What makes untrusted values safe on a page: http(s)-only links, JSON that cannot close its
script element, file-name-safe ids and length caps. Jinja2 autoescaping does the rest."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def safe_url(value: Any) -> str | None:
    """The URL when it is http(s) with a host and no whitespace/control characters, else None."""
    if not isinstance(value, str) or len(value) > 2048:
        return None
    v = value.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in v):
        return None
    try:
        parts = urlsplit(v)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return v


def url_host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def json_script(data: Any) -> Markup:
    """JSON safe to place inside `<script type="application/json">`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - escaped above


def slug(value: Any) -> str:
    """A file-name-safe id (entries' ids already are; anything else is reduced)."""
    s = str(value or "")
    if _ID.match(s) and ".." not in s:
        return s
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.")[:120]
    return s or "model"


def capped(v: Any, limit: int = 2000) -> str:
    """A value as text, cut to `limit` characters."""
    s = "" if v is None else str(v)
    return s if len(s) <= limit else s[: limit - 1] + "…"
