"""`opengauge license PATH`: (being built) identify a license and list its restrictive clauses."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
