"""Skipping the branches of a pattern that cannot match a text, before the regex engine runs.

A probe's pattern is often a long alternation (`@inproceedings|booktitle\\s*=|...|\\b(NeurIPS|ICML|...)`)
and most cards match none of it, yet Python's engine tries every branch at every position. Each
top-level branch has literals that any match must contain (`@inproceedings`; one of `neurips`,
`icml`...). A branch none of whose literals occurs in the text (case folded as the engine folds it)
cannot match there, so it is dropped; when no branch is left the search is skipped. A branch that
can match anywhere the whole pattern could is kept, and branches keep their order, so the engine's
leftmost-first answer is the same match with the same span: results are identical, only faster.

Patterns this cannot split safely (back-references, conditionals, verbose mode, global inline
flags) are searched whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]  # the engine's own tables and parser (3.11+)
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from opengauge.probes.literals import LiteralTable
from opengauge.regexguard import after_assertions, start_guarded

#: Set False to search every pattern whole (tests compare both ways).
ENABLED = True

#: Characters the engine folds together beyond `str.lower` (ſ and s, ı and i, µ and μ...), mapped to
#: one representative; and the one character whose `str.lower` is two characters (İ), to its simple
#: lower case, as the engine uses.
_FOLD: dict[int, str] = {0x130: "i"}
for _k, _vs in _casefix._EXTRA_CASES.items():
    _cls = {chr(_k), *(chr(v) for v in _vs)}
    for _c in _cls:
        if _c != min(_cls):
            _FOLD[ord(_c)] = min(_cls)

_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD) if c != 0x130) + "]")


def fold(text: str) -> str:
    """Text folded as the engine compares characters under IGNORECASE (a superset: two characters
    the engine treats as equal fold to the same character)."""
    if text.isascii():
        return text.lower()
    low = text.replace("\u0130", "i").lower()
    return _SPECIAL.sub(lambda m: _FOLD[ord(m.group())], low)  # rare characters: faster than translate


def _split_top(source: str) -> list[str] | None:
    """The top-level alternatives of a pattern's source, or None when it cannot be split safely."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            if j >= n:
                return None
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if depth != 0:
        return None
    parts.append(source[start:])
    return parts


def _required(items: list) -> list[str] | None:
    """Literal strings one of which every match of this sequence contains (the most selective of
    `_required_sets`), or None when no such set is known."""
    cands = _required_sets(items)
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(s) for s in c), -len(c)))


def _required_sets(items: list) -> list[list[str]]:
    """Every set of literal strings known to be needed by this sequence: each match contains one
    literal of each set (a run of literals, a group or a repeated item that must occur, an
    alternation each branch of which needs a literal)."""
    cands: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(["".join(run)])
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            cands += _required_sets(list(av[3]))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            cands += _required_sets(list(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                cands += _required_sets(list(av[2]))
        elif op is C.BRANCH:
            alts = [_required(list(b)) for b in av[1]]
            if alts and all(a for a in alts):
                cands.append([s for a in alts for s in a or ()])
    flush()
    return cands


def _unsafe(items: list) -> bool:
    for op, av in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", None)):
            return True
        if op is C.SUBPATTERN and _unsafe(list(av[3])):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and _unsafe(list(av[2])):
            return True
        if op is C.BRANCH and any(_unsafe(list(b)) for b in av[1]):
            return True
        if op in (C.ASSERT, C.ASSERT_NOT) and _unsafe(list(av[1])):
            return True
        if op is getattr(C, "ATOMIC_GROUP", None) and _unsafe(list(av)):
            return True
    return False


@lru_cache(maxsize=2048)
def branches(source: str, flags: int) -> tuple[tuple[str, tuple[str, ...] | None], ...] | None:
    """The pattern's top-level branches, each with the folded literals one of which it needs
    (None: it needs none known); None when the pattern is searched whole."""
    if flags & re.X or re.match(r"\(\?[aiLmsux-]+\)", source):
        return None
    parts = _split_top(source)
    if parts is None:
        return None
    out = []
    for part in parts:
        try:
            items = list(P.parse(part, flags))
        except re.error:
            return None
        if _unsafe(items):
            return None
        need = _required(items)
        out.append((part, tuple(dict.fromkeys(fold(s) for s in need)) if need else None))
    if all(need is None for _, need in out):
        return None
    return tuple(out)


#: At most this many literal sets are checked per branch besides the one `branches` gives.
MORE_SETS = 3


@lru_cache(maxsize=2048)
def conditions(source: str, flags: int) -> tuple[tuple[tuple[str, ...], ...] | None, ...] | None:
    """For each of `branches(source, flags)`, the sets of folded literals it needs, one literal of
    each: the set `branches` gives first, then up to `MORE_SETS` others whose literals are all 3
    characters or more, most selective first (a branch `\\bweights? (deltas?|diffs?)` needs `weight`
    and one of `elta`, `iff`: the engine's parser factors the `d` out); None for a branch that needs
    none known, and None when the pattern is searched whole."""
    parts = branches(source, flags)
    if parts is None:
        return None
    out: list[tuple[tuple[str, ...], ...] | None] = []
    for part, need in parts:
        if need is None:
            out.append(None)
            continue
        sets = [need]
        others = sorted(
            (tuple(dict.fromkeys(fold(x) for x in c)) for c in _required_sets(list(P.parse(part, flags)))),
            key=lambda c: (min(len(x) for x in c), -len(c)),
            reverse=True,
        )
        for c in others:
            if len(sets) > MORE_SETS or min(map(len, c)) < 3:
                break  # (sorted: the rest are shorter, found in most texts: not worth a look)
            if c not in sets:
                sets.append(c)
        out.append(tuple(sets))
    return tuple(out)


@lru_cache(maxsize=4096)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@lru_cache(maxsize=4096)
def _kept(source: str, flags: int, keep: tuple[int, ...]) -> re.Pattern[str]:
    """The alternation of the branches `keep` (indexes into `branches(source, flags)`, in order): kept
    by the indexes, so a text that keeps the same branches as an earlier one neither joins their
    sources again nor hashes the joined text to find its compiled pattern."""
    parts = branches(source, flags)
    assert parts is not None  # only asked of a pattern `narrowed` split
    return _compiled("|".join(parts[i][0] for i in keep), flags)


def narrowed(rx: re.Pattern[str], folded: str, table: LiteralTable | None = None) -> re.Pattern[str] | None:
    """The pattern to run on a text whose folded form is `folded`: `rx` itself, the alternation of
    only its branches that can match, or None when none can. `table`, when given, is that text's
    `LiteralTable` (the literals already looked for in it), read and filled here, so a literal many
    patterns need is looked for once per text."""
    if not ENABLED:
        return rx
    needs = conditions(rx.pattern, rx.flags)
    if needs is None:
        return rx
    has_any = (table if table is not None else LiteralTable(folded)).has_any
    keep: list[int] = []
    for i, sets in enumerate(needs):
        # a branch is kept when it needs no known literal, or holds one literal of each of its sets
        # (plain loops: this runs some twenty times a row, a generator costs more than the tests)
        if sets is not None:
            for need in sets:
                if not has_any(need):
                    break
            else:
                keep.append(i)
        else:
            keep.append(i)
    if len(keep) == len(needs):
        return rx
    if not keep:
        return None
    return _kept(rx.pattern, rx.flags, tuple(keep))


def _leading(items: list) -> list[str] | None:
    """Literal strings one of which every match of this sequence starts with (after zero-width
    assertions), or None when no such set is known (a match may start with anything else)."""
    i = after_assertions(items)
    if i == len(items):
        return None
    op, av = items[i]
    if op is C.LITERAL:
        run = []
        while i < len(items) and items[i][0] is C.LITERAL:
            run.append(chr(items[i][1]))
            i += 1
        return ["".join(run)]
    if op is C.SUBPATTERN:
        return _leading(list(av[3]))
    if op is C.BRANCH:
        alts = [_leading(list(b)) for b in av[1]]
        if all(alts):
            return [s for a in alts for s in a or ()]
    return None


@lru_cache(maxsize=2048)
def starts(source: str, flags: int) -> tuple[str, ...] | None:
    """The folded literals one of which every match of the pattern starts with (`\\b(A100|H100)`:
    `a100`, `h100`), or None when a match may start otherwise."""
    try:
        items = list(P.parse(source, flags))
    except re.error:
        return None
    if _unsafe(items):
        return None
    lead = _leading(items)
    return tuple(dict.fromkeys(fold(s) for s in lead)) if lead else None


def match_starts(rx: re.Pattern[str], folded: str, table: LiteralTable | None = None) -> list[int] | None:
    """Every offset where a match of `rx` may start in the text whose folded form is `folded` (where
    one of its leading literals occurs, found by plain substring search), in order; None when the
    pattern has no leading literals or they occur too often to be worth it (more than
    `LiteralTable.cap` times in all: then search whole). `table`, when given, is that text's
    `LiteralTable`, whose offsets of a literal serve every pattern that starts with it.
    `rx.search(text, pos)` is the first `rx.match(text, p)` over these offsets `p >= pos`."""
    if not ENABLED:
        return None
    lits = starts(rx.pattern, rx.flags)
    if lits is None:
        return None
    if table is None:
        table = LiteralTable(folded)
    cap = table.cap
    total = 0
    found: list[list[int]] = []
    for lit in lits:
        at = table.offsets(lit)
        if at:
            # a literal's list is cut after cap + 1 offsets: the sum passes cap exactly when the
            # occurrences of all of them (overlapping, one per literal and offset) do
            total += len(at)
            if total > cap:
                return None
            found.append(at)
    if len(found) == 1:
        return list(found[0])
    return sorted(set().union(*found))


def line_candidates(rx: re.Pattern[str], folded: str, starts: list[int]) -> list[int] | None:
    """The lines (0-based indexes; `starts` are their offsets in the text whose folded form is
    `folded`) where `rx.search(line)` may find a match: those holding one of the literals each branch
    needs, in order (folding a line gives that line's part of the folded text). None when some branch
    needs no known literal (then every line may match)."""
    if not ENABLED:
        return None
    parts = branches(rx.pattern, rx.flags)
    if parts is None or any(need is None for _, need in parts):
        return None
    found: set[int] = set()
    for lit in dict.fromkeys(s for _, need in parts for s in need or ()):
        i = folded.find(lit)
        while i >= 0:
            n = bisect_right(starts, i) - 1
            found.add(n)
            # the next occurrence on a later line (one hit marks the line)
            nxt = starts[n + 1] if n + 1 < len(starts) else len(folded)
            i = folded.find(lit, max(i + 1, nxt))
    return sorted(found)


def for_text(rx: re.Pattern[str], text: str) -> re.Pattern[str] | None:
    """The pattern to run over `text` in place of `rx` (`search`, `finditer`, from any offset): only
    its branches that can match there (`narrowed`), behind a look-ahead for the characters a match
    starts with (`guarded`); None when nothing can match. The same matches, spans and groups: for a
    long pattern run directly over a text, not through `ProbeContext.search`, which plans its own."""
    run = narrowed(rx, fold(text))
    return None if run is None else guarded(run)


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters every match of it starts with
    (`opengauge.regexguard.start_guarded`); `rx` itself when the prefilter is off."""
    if not ENABLED:
        return rx
    return start_guarded(rx)
