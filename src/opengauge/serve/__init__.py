"""`opengauge serve`: the site and an HTTP API over live assessments (the optional extra `serve`).

    app.py       the ASGI app (Starlette): routes, security headers, error pages
    refs.py      what the web may ask for (Hub and GitHub references only, validated strictly)
    service.py   live assessments: memory, store, single flight per reference, upstream timeout
    limits.py    per-client rate limits, the cap on concurrent fetches with its queue
    storage.py   the store as a server process uses it (short-lived connections, lock retries)
    errors.py    the serve layer's error type and the mapping of sources faults to HTTP answers
    openapi.py   the OpenAPI description of the API
    config.py    the settings (environment variables)

Only `app.py` imports the web dependencies (starlette); `require_web()` says how to get them.
"""

from __future__ import annotations

from opengauge.errors import OpengaugeError


class MissingExtraError(OpengaugeError):
    """The `serve` extra is not installed."""

    exit_code = 2


def require_web() -> None:
    """Raise `MissingExtraError` with the install command when starlette or uvicorn is missing."""
    import importlib.util

    missing = [m for m in ("starlette", "uvicorn") if importlib.util.find_spec(m) is None]
    if missing:
        raise MissingExtraError(
            f"opengauge serve needs {' and '.join(missing)}: pip install 'opengauge[serve]'"
        )


__all__ = ["MissingExtraError", "require_web"]
