"""A pattern behind a look-ahead for the characters every match of it starts with.

Python's engine tries a pattern at every offset of a text, and a pattern that starts with a
look-behind, a word boundary or a long alternation gets no first-character shortcut from it: at
each offset it tests the boundary, then each branch in turn. `(?=[ab\\d])(?:pattern)` (the
characters read from the engine's own parse, under the pattern's own flags) rejects most offsets
with one class test. Every match of the pattern starts with one of those characters, so the guarded
pattern has the same matches, spans and groups from any offset; only faster (about twice on the
probes' long alternations).

Building a guard parses and compiles the pattern again (about 1 ms for a long one, once per
process): worth it for patterns searched over many texts. The license rules are not guarded: their
readings are cached by content, and guarding the 247 rules cost 0.21 s of start-up against a few
milliseconds saved per license text.

A pattern whose match may be empty or may start otherwise (an optional first item, a scoped flag, a
negated class, any character...) is kept as it is, and so is one that starts with a character or a
class itself (`open[ -]?source`, `https?://`): the engine scans for that by itself, and a look-ahead
would only slow it down.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]  # the engine's own parser (3.11+)
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any


def after_assertions(items: list) -> int:
    """The index of the first item of a parsed sequence that is not a zero-width assertion (anchors,
    look-arounds): where what a match starts with is read."""
    i = 0
    while i < len(items) and items[i][0] in (C.AT, C.ASSERT, C.ASSERT_NOT):
        i += 1
    return i


def _first_chars(items: list) -> list[tuple[Any, Any]] | None:
    """The atoms (a literal or a character class) one of which every match of this sequence starts
    with, after zero-width assertions; None when unknown (an optional or empty start, a scoped flag,
    any other construct)."""
    i = after_assertions(items)
    if i == len(items):
        return None
    op, av = items[i]
    if op in (C.LITERAL, C.IN):
        return [(op, av)]
    if op is C.SUBPATTERN:
        return None if av[1] or av[2] else _first_chars(list(av[3]))  # (?i:...) and the like: unknown
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(list(av[2]))
    if op is C.BRANCH:
        out: list[tuple[Any, Any]] = []
        for b in av[1]:
            first = _first_chars(list(b))
            if first is None:
                return None
            out += first
        return out
    return None


_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def _class_source(atoms: list[tuple[Any, Any]]) -> str | None:
    """The source of one character class matching what any of the atoms matches (under the same
    flags), or None when an atom cannot be written so (a negated class, another category)."""
    parts: list[str] = []
    for op, av in atoms:
        items = [(C.LITERAL, av)] if op is C.LITERAL else list(av)
        for iop, iav in items:
            if iop is C.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop is C.RANGE:
                parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is C.CATEGORY and iav in _CATEGORIES:
                parts.append(_CATEGORIES[iav])
            else:
                return None
    return "[" + "".join(dict.fromkeys(parts)) + "]"


def _scanned_fast(items: list) -> bool:
    """True when the pattern itself starts with one character or class (not an assertion): the
    engine then finds its candidate offsets by itself, faster than through a look-ahead."""
    while items and items[0][0] is C.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] in (C.LITERAL, C.IN)


@lru_cache(maxsize=2048)
def _guarded(source: str, flags: int) -> re.Pattern[str] | None:
    if flags & re.X or re.match(r"\(\?[aiLmsux-]+\)", source):
        return None
    try:
        parsed = P.parse(source, flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0:
        return None  # a match may be empty: it starts with no character
    if _scanned_fast(list(parsed)):
        return None
    atoms = _first_chars(list(parsed))
    cls = _class_source(atoms) if atoms else None
    return None if cls is None else re.compile(f"(?={cls})(?:{source})", flags)


def start_guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters every match of it starts with (`(?=[\\dlb])(?:...)`,
    under its own flags); `rx` itself when no such set is known."""
    return _guarded(rx.pattern, rx.flags) or rx
