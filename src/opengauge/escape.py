"""Making untrusted values safe to write out. Everything a model repo says can end up in a
spreadsheet, a terminal or a Markdown file; each writer escapes through here.

`safe_text` is the one output sanitiser for the terminal and Markdown: every control character
(C0 except tab and newline, DEL, C1) and every bidirectional override or isolate (U+202A-202E,
U+2066-2069, plus the LRM/RLM/ALM marks) is shown escaped (`\\x1b`, `\\u202e`), so an ESC, CSI or
OSC sequence, a BEL or a right-to-left override in a license name or a file name is printed as
visible text and never acted on by the terminal. `json_text` does the same inside serialised JSON
(as valid JSON escapes, so the data is unchanged).
"""

from __future__ import annotations

import re
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Characters never written raw to a terminal or a Markdown file.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: Any, *, one_line: bool = False) -> str:
    """`value` as text with control and bidi-override characters shown escaped (tab and newline
    kept; with `one_line`, a newline or tab becomes a space)."""
    text = "" if value is None else str(value)
    if one_line:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return UNSAFE.sub(_shown, text) if UNSAFE.search(text) else text


def json_text(serialised: str) -> str:
    """Serialised JSON with the C1 controls and bidi overrides that `ensure_ascii=False` leaves raw
    written as `\\uXXXX` escapes (C0 controls are always escaped by the encoder)."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", serialised)


def spreadsheet_cell(value: Any) -> str:
    """A CSV cell that spreadsheets will not evaluate as a formula (a leading `'` is added), with
    control characters shown escaped."""
    text = "" if value is None else str(value)
    text = "'" + text if text[:1] in _FORMULA_START else text
    return safe_text(text)
