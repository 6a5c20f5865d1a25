"""The server's settings, read from the environment (so every uvicorn worker reads the same ones;
`opengauge serve` turns its options into these variables before starting the workers)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from opengauge.sources.settings import env_float, env_int


@dataclass(frozen=True)
class ServeConfig:
    store: Path | None
    """The assessment store (DuckDB file); None keeps assessments in memory only."""
    rate: float = 10.0
    """Requests per second a client may make, on average (`OPENGAUGE_SERVE_RATE`)."""
    burst: int = 120
    """Requests a client may make at once (`OPENGAUGE_SERVE_BURST`)."""
    fetch_rate: float = 0.2
    """New upstream assessments per second a client may start (`OPENGAUGE_SERVE_FETCH_RATE`)."""
    fetch_burst: int = 20
    """New upstream assessments a client may start at once (`OPENGAUGE_SERVE_FETCH_BURST`)."""
    concurrency: int = 4
    """Upstream assessments running at once in one worker (`OPENGAUGE_SERVE_CONCURRENCY`)."""
    queue: int = 32
    """Assessments waiting for a slot before new ones get 503 (`OPENGAUGE_SERVE_QUEUE`)."""
    timeout: float = 120.0
    """Seconds one assessment may take before the request gets 504 (`OPENGAUGE_SERVE_TIMEOUT`)."""
    page_wait: float = 1.5
    """Seconds a page waits for an assessment before it shows the progress page
    (`OPENGAUGE_SERVE_PAGE_WAIT`)."""
    max_age: float = 86400.0
    """Seconds a stored assessment is served before the release is read again (`OPENGAUGE_SERVE_MAX_AGE`)."""
    reassess_after: float = 60.0
    """Seconds after an assessment before "Re-assess" reads the release again
    (`OPENGAUGE_SERVE_REASSESS_AFTER`)."""
    failure_ttl: float = 30.0
    """Seconds a failed assessment (not found, offline...) is remembered (`OPENGAUGE_SERVE_FAILURE_TTL`)."""
    memory: int = 512
    """Assessments kept in memory per worker (`OPENGAUGE_SERVE_MEMORY`)."""

    @classmethod
    def from_env(cls) -> ServeConfig:
        from opengauge.store import default_store_path

        env = os.environ
        store: Path | None = default_store_path()
        if env.get("OPENGAUGE_SERVE_STORE", "").lower() in ("none", "memory", "off"):
            store = None
        return cls(
            store=store,
            rate=max(0.001, env_float("OPENGAUGE_SERVE_RATE", 10.0)),
            burst=max(1, env_int("OPENGAUGE_SERVE_BURST", 120)),
            fetch_rate=max(0.001, env_float("OPENGAUGE_SERVE_FETCH_RATE", 0.2)),
            fetch_burst=max(1, env_int("OPENGAUGE_SERVE_FETCH_BURST", 20)),
            concurrency=max(1, env_int("OPENGAUGE_SERVE_CONCURRENCY", 4)),
            queue=max(0, env_int("OPENGAUGE_SERVE_QUEUE", 32)),
            timeout=max(0.1, env_float("OPENGAUGE_SERVE_TIMEOUT", 120.0)),
            page_wait=max(0.0, env_float("OPENGAUGE_SERVE_PAGE_WAIT", 1.5)),
            max_age=max(0.0, env_float("OPENGAUGE_SERVE_MAX_AGE", 86400.0)),
            reassess_after=max(0.0, env_float("OPENGAUGE_SERVE_REASSESS_AFTER", 60.0)),
            failure_ttl=max(0.0, env_float("OPENGAUGE_SERVE_FAILURE_TTL", 30.0)),
            memory=max(1, env_int("OPENGAUGE_SERVE_MEMORY", 512)),
        )


__all__ = ["ServeConfig"]
