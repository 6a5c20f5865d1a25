"""Literal strings every match of a regular expression must contain: the one place that reads
Python's private regex parser.

`re` has no public API for the structure of a pattern; `re._parser` (the parser `re.compile` uses)
is private and may change between Python versions. Everything here is an optimisation: when the
parser is missing, or no longer answers a known pattern as expected, `required_literals` returns
no literals and callers search the whole text, which gives the same results, only slower.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_CANARY = "abc(de|fgh)(?i:k)x*ij"
"""A pattern whose answer is known (a group, an alternation, a case-insensitive part, a repeat):
the parser is trusted only while it gives `_CANARY_ANSWER`."""
_CANARY_ANSWER = [("abc",), ("de", "fgh"), ("ij",)]


def required_literals(pattern: re.Pattern[str]) -> list[tuple[str, ...]]:
    """Sets of alternatives, each a tuple of strings one of which every match of `pattern` contains.

    `abc(?:de|fgh)x*ij` gives `[("abc",), ("de", "fgh"), ("ij",)]`: a match holds `abc`, `de` or
    `fgh`, and `ij`. Only literals outside repeats, optional parts and look-arounds count;
    case-insensitive parts give none. Returns `[]` when nothing can be derived, including when the
    private parser is unavailable or has changed: then nothing may be skipped.
    """
    try:
        parser = importlib.import_module("re._parser")
        opcodes = importlib.import_module("re._constants")
        literal, subpattern, branch = opcodes.LITERAL, opcodes.SUBPATTERN, opcodes.BRANCH

        def runs(seq: Any) -> list[tuple[str, ...]]:
            found: list[tuple[str, ...]] = []
            cur: list[str] = []
            for op, av in seq:
                if op is literal:
                    cur.append(chr(av))
                    continue
                if cur:
                    found.append(("".join(cur),))
                    cur = []
                if op is subpattern and not av[1] & re.IGNORECASE:  # av: (group, add_flags, del_flags, seq)
                    found.extend(runs(av[-1]))
                elif op is branch:  # av: (None, [alternative seq, ...]); a match takes one of them
                    alternatives: list[str] = []
                    for alternative in av[1]:
                        options = runs(alternative)
                        if not options:
                            alternatives = []
                            break
                        alternatives.extend(max(options, key=lambda o: min(map(len, o))))
                    if alternatives:
                        found.append(tuple(alternatives))
            if cur:
                found.append(("".join(cur),))
            return found

        if runs(parser.parse(_CANARY)) != _CANARY_ANSWER or pattern.flags & re.IGNORECASE:
            return []
        return runs(parser.parse(pattern.pattern, pattern.flags))
    except (
        ImportError,
        AttributeError,
        TypeError,
        ValueError,
        IndexError,
        KeyError,
        re.error,
        RecursionError,
    ):
        return []  # a missing or changed private API, or an exotic construct: no literals
