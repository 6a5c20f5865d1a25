"""Helpers shared by the CLI commands: output formats, JSON printing."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Any

from rich.console import Console


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


def console() -> Console:
    """A console on stdout; plain (no colour codes) when stdout is not a terminal."""
    return Console(highlight=False, soft_wrap=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    sys.stdout.write("\n")
