"""The typer app of the `opengauge` command line: each command lives in its own module here and
registers itself with `register(app)`. Imported only when a command needs it (`opengauge.cli.main`
runs `opengauge license` without typer, for start-up speed)."""

from __future__ import annotations

import typer

from opengauge import __version__

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
