"""The `opengauge` command line: a thin typer app over the layers.

Each command lives in its own module here and registers itself with `register(app)`.
Any `OpengaugeError` becomes a one-line message on stderr and its exit code; never a traceback.
"""

from __future__ import annotations

import os
import sys

import typer

from opengauge import __version__
from opengauge.errors import OpengaugeError
from opengauge.escape import safe_text

#: Exit code of an unexpected error (a bug in opengauge, never a fault of the input alone).
INTERNAL_ERROR = 70

app = typer.Typer(
    name="opengauge",
    help=(
        "How open is an AI model, really? opengauge reads a model release (its license clause by "
        "clause, its card, files and code) and judges it against the major openness frameworks, "
        "citing its evidence."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"opengauge {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """How open is an AI model, really?"""


def _register_all() -> None:
    from opengauge.cli import assess as assess_cmd
    from opengauge.cli import audit as audit_cmd
    from opengauge.cli import bom as bom_cmd
    from opengauge.cli import check as check_cmd
    from opengauge.cli import index as index_cmd
    from opengauge.cli import license as license_cmd
    from opengauge.cli import release as release_cmd
    from opengauge.cli import serve as serve_cmd

    for module in (license_cmd, release_cmd, assess_cmd, index_cmd, check_cmd, bom_cmd, audit_cmd, serve_cmd):
        module.register(app)


_register_all()


def main() -> None:
    """Console-script entry point.

    Usage errors are handled by typer/click itself (standalone mode: usage line, exit 2);
    our own expected failures become one line on stderr and their exit code.
    """
    try:
        app()
    except OpengaugeError as exc:
        print(f"opengauge: error: {safe_text(exc, one_line=True)}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("opengauge: interrupted", file=sys.stderr)
        sys.exit(130)
    except RecursionError:
        print("opengauge: error: the input is nested too deeply to be read", file=sys.stderr)
        sys.exit(2)
    except Exception as exc:  # a bug: one line and a distinct code, the traceback only when asked for
        if os.environ.get("OPENGAUGE_DEBUG") == "1":
            raise
        line = safe_text(f"{type(exc).__name__}: {exc}", one_line=True)[:300]
        print(f"opengauge: internal error ({line}); set OPENGAUGE_DEBUG=1 for details", file=sys.stderr)
        sys.exit(INTERNAL_ERROR)
