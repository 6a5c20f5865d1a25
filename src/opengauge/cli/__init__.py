"""The `opengauge` command line: a thin typer app over the layers (`cli/typer_app.py`).

Any `OpengaugeError` becomes a one-line message on stderr and its exit code; never a traceback.

Start-up matters for `opengauge license` (run over whole trees, in pipelines and hooks): its plain
forms are parsed without typer (`license.quick_args`), so that typer, click and rich are never
imported for them; anything else (help, a usage error, another command) goes to the typer app.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from opengauge.errors import OpengaugeError
from opengauge.escape import safe_text

#: Exit code of an unexpected error (a bug in opengauge, never a fault of the input alone).
INTERNAL_ERROR = 70


def __getattr__(name: str) -> Any:
    """`opengauge.cli.app`, the typer app, built on first use."""
    if name == "app":
        from opengauge.cli.typer_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _run(args: list[str]) -> None:
    if args[:1] == ["license"]:
        # pydantic otherwise scans every installed distribution's entry points for plugins when
        # it builds its first model (tens of ms); opengauge uses none
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        from opengauge.cli.license import license_command, quick_args

        quick = quick_args(args[1:])
        if quick is not None:
            license_command(*quick)
            return
    from opengauge.cli.typer_app import app

    app()


def main() -> None:
    """Console-script entry point.

    Usage errors are handled by typer/click itself (standalone mode: usage line, exit 2);
    our own expected failures become one line on stderr and their exit code.
    """
    try:
        _run(sys.argv[1:])
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
