"""Detect the restrictive (and the informational) clauses of a license from its wording.

The detectors are data (`rules.py` loads `rules.yaml`). They run on `Normalized(text).lower`
(markup blanked, quotes and dashes unified, same length as the original), so offsets map straight
back to the original text: every clause carries the line where its quote starts, the quote itself
(see `quotes.py`) and its character span. A clause is read within one sentence (see
`sentences.py`) unless its rule says `cross`.

Nothing here depends on the catalog: a license published tomorrow is read from its wording.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opengauge.licenses.normalize import Normalized, normalized
from opengauge.licenses.quotes import MAX_QUOTE, quote_of, window
from opengauge.licenses.rules import Rule, rules
from opengauge.licenses.sentences import sentence_starts, sentences_with
from opengauge.licenses.taxonomy import clause_of
from opengauge.model import Clause

#: At most this many clauses of one type are reported per document.
MAX_PER_TYPE = 3


@dataclass(frozen=True)
class Hit:
    """A rule's match inside one sentence (internal; `clauses()` turns hits into `Clause`s)."""

    type: str
    sentence: int
    start: int
    end: int
    strong: bool


_TOKEN = re.compile(r"[a-z0-9]+")


def _trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly `words`, as a trie (each character tried once per
    position), the longest word first."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alternatives:
            return ""
        ends = "" in node
        body = (
            alternatives[0] if len(alternatives) == 1 and not ends else "(?:" + "|".join(alternatives) + ")"
        )
        return body + ("?" if ends else "")

    return build(trie)


@dataclass(frozen=True)
class _Finder:
    """Finds which anchors of a set of rules one text holds, in one pass over its distinct tokens."""

    rules: tuple[Rule, ...]
    literals: frozenset[str]
    """The rules' anchors made of ASCII letters and digits only (each lies inside one token)."""
    pattern: re.Pattern[str] | None
    """At each position, the longest of `literals` starting there (a look-ahead, so none is missed)."""
    prefixes: dict[str, tuple[str, ...]]
    """Each literal with the literals that are prefixes of it (found at the same position)."""

    def present(self, vocab: str) -> set[str]:
        found: set[str] = set()
        if self.pattern is not None:
            prefixes = self.prefixes
            for m in self.pattern.finditer(vocab):
                found.update(prefixes[m.group(1)])
        return found


_finders: list[_Finder] = []


def _finder(rs: tuple[Rule, ...]) -> _Finder:
    """The anchor finder of `rs` (its pattern cached per user with the engine, see `engine_cache`)."""
    if _finders and _finders[0].rules is rs:
        return _finders[0]
    from opengauge.licenses.engine_cache import load_or_build, pattern_from, pattern_state
    from opengauge.licenses.rules import rules_sources

    literals = sorted({a for r in rs for a in r.anchors if _TOKEN.fullmatch(a)})

    def build() -> dict[str, Any]:
        source = f"(?=({_trie_pattern(literals)}))" if literals else None
        return {"literals": literals, "pattern": pattern_state(re.compile(source)) if source else None}

    def make(data: dict[str, Any]) -> re.Pattern[str] | None:
        if data["literals"] != literals:  # built for other rules
            raise ValueError("stale anchor finder")
        return pattern_from(data["pattern"]) if data["pattern"] is not None else None

    here = Path(__file__).resolve()
    pattern = load_or_build("anchors", lambda: [here, *rules_sources()], build, make)
    known = frozenset(literals)
    prefixes = {w: tuple(w[:k] for k in range(1, len(w) + 1) if w[:k] in known) for w in literals}
    finder = _Finder(rs, known, pattern, prefixes)
    _finders[:] = [finder]
    return finder


class _Anchors:
    """The sentences holding each anchor literal of one text, each found once.

    Most anchors are absent from a given text. An anchor made of ASCII letters and digits only lies
    inside one token of the text: which of those the text holds is found in one pass over its
    distinct tokens (`_Finder`); only an anchor found there is looked for sentence by sentence."""

    def __init__(self, low: str, starts: list[int], words: str, finder: _Finder) -> None:
        """`words`: the text's tokens (`Normalized.words`, the `_TOKEN` runs of `low`)."""
        self.low = low
        self.starts = starts
        self.tokens = finder.literals
        self.present = finder.present(" ".join(set(words.split())))
        self.by_literal: dict[str, list[int]] = {}
        self.by_set: dict[tuple[str, ...], list[int]] = {}

    def sentences(self, literal: str) -> list[int]:
        found = self.by_literal.get(literal)
        if found is None:
            if literal in self.tokens and literal not in self.present:
                found = []
            else:
                found = sentences_with(literal, self.low, self.starts)
            self.by_literal[literal] = found
        return found

    def candidates(self, rule: Rule) -> list[int] | range:
        """The sentences worth searching for a rule: those holding one of its anchors, or every
        sentence when the rule has none."""
        anchors = rule.anchors
        if not anchors:
            return range(len(self.starts))
        if len(anchors) == 1:
            return self.sentences(anchors[0])
        found = self.by_set.get(anchors)
        if found is None:
            merged: set[int] = set()
            for a in anchors:
                merged.update(self.sentences(a))
            found = self.by_set[anchors] = sorted(merged)
        return found


#: How many of a rule's other literal sets (`Rule.requires`, cheapest first) a candidate sentence
#: is checked for before the rule's pattern is searched in it.
CHECKED_SETS = 1


def _holds_all(low: str, requires: tuple[tuple[str, ...], ...], lo: int, hi: int) -> bool:
    """True when `low[lo:hi]` holds one literal of each set."""
    find = low.find
    for literals in requires:
        for literal in literals:
            if find(literal, lo, hi) != -1:
                break
        else:
            return False
    return True


def find_hits(norm: Normalized) -> tuple[list[Hit], list[int]]:
    """Every rule match, at most one per (type, sentence), in text order; and the sentence starts.

    A rule is searched sentence by sentence (its first match in a sentence is the one kept), only
    in the sentences holding one of its anchors; a rule that may `cross` sentence ends is searched
    over the whole text. Anchors only skip sentences that cannot match: without them the hits are
    the same."""
    low = norm.lower
    starts = sentence_starts(norm.clean, norm.original)
    n = len(low)
    ends = starts[1:] + [n]
    seen: dict[tuple[str, int], Hit] = {}
    rs = rules()
    anchors = _Anchors(low, starts, norm.words, _finder(rs))
    for rule in rs:
        matches: list[tuple[int, re.Match[str]]]
        if rule.cross:
            matches = [(bisect_right(starts, m.start()) - 1, m) for m in rule.pattern.finditer(low)]
        else:
            search = rule.pattern.search
            matches = []
            requires = rule.requires[:CHECKED_SETS]
            for idx in anchors.candidates(rule):
                lo, hi = starts[idx], min(n, ends[idx] + 2)
                if requires and not _holds_all(low, requires, lo, hi):
                    continue  # a match would hold one literal of each set: skip the search
                m = search(low, lo, hi)
                if m is not None:
                    matches.append((idx, m))
        for idx, m in matches:
            key = (rule.type, idx)
            old = seen.get(key)
            if old is not None and (old.strong, -old.start) >= (rule.strong, -m.start()):
                continue  # keep the strongest, then the earliest, match of a type in a sentence
            s_end = ends[idx]
            if m.end() > s_end + 2 and not rule.cross:
                continue
            if rule.unless is not None and rule.unless.search(low, starts[idx], max(s_end, m.end())):
                continue
            seen[key] = Hit(rule.type, idx, m.start(), m.end(), rule.strong)
    hits = sorted(seen.values(), key=lambda h: (h.start, h.type))
    return hits, starts


def clauses(text: str, *, document: str | None = None) -> list[Clause]:
    """Every binding clause of the taxonomy found in `text`, in text order.

    One clause per (type, sentence), at most `MAX_PER_TYPE` per type. Never raises on any string.
    """
    if not text or not text.strip():
        return []
    norm = normalized(text)
    hits, starts = find_hits(norm)
    out: list[Clause] = []
    per_type: dict[str, int] = {}
    for hit in hits:
        if per_type.get(hit.type, 0) >= MAX_PER_TYPE:
            continue
        s_start = starts[hit.sentence]
        s_end = starts[hit.sentence + 1] if hit.sentence + 1 < len(starts) else len(text)
        s_end = max(s_end, hit.end)
        w_start, w_end = window(norm, s_start, s_end, hit.start, hit.end)
        quote, q_start, q_end = quote_of(norm, w_start, w_end)
        if not quote:
            quote, q_start, q_end = quote_of(norm, hit.start, hit.end)
        if not quote:
            continue
        if len(quote) > MAX_QUOTE + 40:
            quote = quote[:MAX_QUOTE].rsplit(" ", 1)[0]
        per_type[hit.type] = per_type.get(hit.type, 0) + 1
        out.append(
            clause_of(
                hit.type, line=norm.line_of(q_start), quote=quote, span=(q_start, q_end), document=document
            )
        )
    return out


def is_research_grant(quote: str) -> bool:
    """True when a `research-only` quote limits the grant itself to research (a strong rule
    matches it), rather than only excluding production use."""
    low = Normalized(quote).lower
    return any(
        r.pattern.search(low) and not (r.unless and r.unless.search(low))
        for r in rules()
        if r.type == "research-only" and r.strong
    )
