"""The `opengauge` command line: a thin typer app over the layers.

Each command lives in its own module here and registers itself with `register(app)`.
Any `OpengaugeError` becomes a one-line message on stderr and its exit code; never a traceback.
"""

from __future__ import annotations

import sys

import typer

from opengauge import __version__
from opengauge.errors import OpengaugeError

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
    from opengauge.cli import index as index_cmd
    from opengauge.cli import license as license_cmd
    from opengauge.cli import release as release_cmd

    for module in (license_cmd, release_cmd, assess_cmd, index_cmd, audit_cmd):
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
        print(f"opengauge: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("opengauge: interrupted", file=sys.stderr)
        sys.exit(130)
