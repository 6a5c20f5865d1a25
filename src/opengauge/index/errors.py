"""The index layer's error type."""

from __future__ import annotations

from opengauge.errors import OpengaugeError


class IndexDataError(OpengaugeError):
    """The built-in index (or a file given to an index command) cannot be read or used."""

    exit_code = 1
