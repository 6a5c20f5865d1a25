"""The base error type. Each layer defines its own subclass (one error type per layer);
the CLI turns any `OpengaugeError` into a one-line message and its exit code."""

from __future__ import annotations


class OpengaugeError(Exception):
    """An expected failure with a message a user can act on."""

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(OpengaugeError):
    """A file or stream given by the user cannot be read as text."""

    exit_code = 2
