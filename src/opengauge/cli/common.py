"""Helpers shared by the CLI commands: the console, JSON printing."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

from opengauge.escape import json_text


def console() -> Console:
    """A console on stdout; plain (no colour codes) when stdout is not a terminal."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(json.dumps(data, indent=2, ensure_ascii=False, default=str)))
    sys.stdout.write("\n")


def paragraphs(text: str) -> str:
    """Help text as written in the source (wrapped lines, blank lines between paragraphs) as the
    terminal should show it: each paragraph one line, for the help formatter to wrap."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())


def default_command_group(default: str) -> type:
    """A typer group class that runs its `default` subcommand when the first argument names no
    subcommand (so `opengauge audit SOURCE` and `opengauge audit report STORE` both work)."""
    from typer.core import TyperGroup

    class DefaultGroup(TyperGroup):
        def parse_args(self, ctx, args):  # noqa: ANN001, ANN202 - click's signature
            if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
                args = [default, *args]
            return super().parse_args(ctx, args)

    return DefaultGroup
