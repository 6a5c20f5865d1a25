"""Making untrusted values safe to write out. Everything a model repo says can end up in a
spreadsheet, a terminal or a Markdown file; each writer escapes through here."""

from __future__ import annotations

from typing import Any

#: First characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not evaluate as a formula (a leading `'` is added)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in _FORMULA_START else text
