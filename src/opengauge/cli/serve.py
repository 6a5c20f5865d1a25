"""`opengauge serve`: the site and the HTTP API, assessing any Hub or GitHub model live."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from opengauge.cli.common import paragraphs

SERVE_HELP = paragraphs(
    """
Serve the leaderboard, model, compare, license and methods pages, a search box that assesses any
Hugging Face Hub model or GitHub repository live, and the JSON API (/api/v1/assess?ref=...,
/api/v1/index, /api/v1/licenses/ID, /api/v1/schema/assessment, /api/v1/openapi.json), plus /healthz.

Assessments are kept in the store (--store, default $OPENGAUGE_STORE or
~/.local/share/opengauge/opengauge.duckdb). HF_TOKEN and GITHUB_TOKEN are used, never shown.
Limits and timeouts: the OPENGAUGE_SERVE_* environment variables (see the README).
Needs the extra: pip install 'opengauge\\[serve]'.
"""
)


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes (uvicorn --workers)."),
    store: Path | None = typer.Option(
        None,
        "--store",
        metavar="FILE.duckdb",
        help="The assessment store (default: $OPENGAUGE_STORE or ~/.local/...).",
    ),
    memory: bool = typer.Option(False, "--memory", help="Keep assessments in memory only (no store)."),
    forwarded_allow_ips: str = typer.Option(
        "127.0.0.1",
        "--forwarded-allow-ips",
        metavar="IPS",
        help="Proxies whose X-Forwarded-For/-Proto are trusted (comma-separated, or '*').",
    ),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn's log level."),
) -> None:
    from opengauge.serve import require_web

    require_web()
    import uvicorn

    # settings travel to every worker through the environment (ServeConfig.from_env)
    if store is not None:
        os.environ["OPENGAUGE_STORE"] = str(store.expanduser().resolve())
    if memory:
        os.environ["OPENGAUGE_SERVE_STORE"] = "memory"
    uvicorn.run(
        "opengauge.serve.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
        log_level=log_level,
        server_header=False,
        timeout_graceful_shutdown=10,
    )


def register(app: typer.Typer) -> None:
    app.command("serve", help=SERVE_HELP)(serve_command)
