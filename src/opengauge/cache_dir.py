"""Where opengauge keeps its per-user caches (a light module: the license engine reads it at start-up)."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """`$OPENGAUGE_CACHE`, else `$XDG_CACHE_HOME/opengauge`, else `~/.cache/opengauge`."""
    if os.environ.get("OPENGAUGE_CACHE"):
        return Path(os.environ["OPENGAUGE_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "opengauge"
