"""Detect the restrictive (and the informational) clauses of a license from its wording.

The detectors are data (`rules.py` loads `rules.yaml`). They run on `Normalized(text).reading`
(markup blanked, quotes and dashes unified, the "not" of an either-way "or not" blanked, same length as
the original), so offsets map straight
back to the original text: every clause carries the line where its quote starts, the quote itself
(see `quotes.py`) and its character span. A clause is read within one sentence (see
`sentences.py`) unless its rule says `cross`.

Nothing here depends on the catalog: a license published tomorrow is read from its wording.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Any

from opengauge.clause import Clause
from opengauge.licenses.amendments import in_force, out_of_force
from opengauge.licenses.attribution import shown_by_the_work
from opengauge.licenses.boxes import POINTS_AT_BOXES, box_lists, confined_to, confines
from opengauge.licenses.definitions import SCOPE_TYPES, definitions, expanded
from opengauge.licenses.disowned import disowned
from opengauge.licenses.grants import grants_changed_copies
from opengauge.licenses.grantscope import scope_limits
from opengauge.licenses.integrity import about_the_original
from opengauge.licenses.lawful import list_bound_to_law
from opengauge.licenses.marks import THRESHOLDS, only_marks
from opengauge.licenses.normalize import Normalized, normalized
from opengauge.licenses.pleas import is_denied_duty, is_invited, is_plea
from opengauge.licenses.questions import answered_no
from opengauge.licenses.quotes import MAX_QUOTE, quote_of, window
from opengauge.licenses.rules import Rule, rules
from opengauge.licenses.scopes import Scoped, scoped
from opengauge.licenses.sentences import sentence_starts
from opengauge.licenses.taxonomy import BLOCKING_TYPES, clause_of
from opengauge.licenses.tiers import widened

#: Types a licensor may only invite (a "Powered by" mark, a notice or blog post about the use): in a
#: sentence that answers an invitation they bind nothing (`pleas.is_invited`).
INVITABLE_TYPES = frozenset({"naming-branding", "notification-duty", "attribution"})

#: The restrictions a share-alike clause passes on to every derivative: the blocking types that limit what
#: anyone may do with the model (not the flow-down itself).
_PASSED_ON = BLOCKING_TYPES - {"restrictions-flow-down"}

#: Fields of use a list may refuse: a list whose harmful items each only restate the law takes none away.
_LAWFUL_TYPES = frozenset({"use-restrictions"})

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
    whole: bool = False
    """The hit is a whole scoped list item or table cell (`scopes`): its quote is the item, not the
    sentence around it (a table row holds several cells)."""


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


#: At most this many tokens' literals are remembered between texts (`_Finder.seen`).
MAX_TOKENS = 200_000


@dataclass(frozen=True)
class _Finder:
    """Finds which literals of a set of rules each sentence of a text holds, token by token."""

    rules: tuple[Rule, ...]
    literals: frozenset[str]
    """The rules' literals (anchors and `requires`) made of ASCII letters and digits only: each lies
    inside one token of a text."""
    pattern: re.Pattern[str] | None
    """At each position, the longest of `literals` starting there (a look-ahead, so none is missed)."""
    prefixes: dict[str, tuple[str, ...]]
    """Each literal with the literals that are prefixes of it (found at the same position)."""
    token_sets: tuple[tuple[frozenset[str], ...], ...]
    """Per rule (in order), its literal sets (anchors and `requires`) made of `literals` only: a
    text holding no literal of one of them cannot match the rule, which is then skipped whole."""
    checks: tuple[tuple[tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]], ...]
    """Per rule, its `requires` sets split in two: those made of `literals` only (checked against a
    sentence's literals) and the others (looked for in the sentence's text)."""
    anchor_literals: frozenset[str]
    """The `literals` that are a rule's anchor (whose sentences are listed, see `_Anchors`)."""
    seen: set[str] = field(default_factory=set, compare=False)
    """The tokens whose literals are known (the words of licenses recur from text to text)."""
    holding: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    """The literals of each token of `seen` that holds one (most hold none)."""

    def learn(self, tokens: Set[str]) -> None:
        """Find the literals of the `tokens` (ASCII letters and digits) not seen yet: one look-ahead
        pass over them joined by spaces, each match given to the token it starts in."""
        new = list(tokens - self.seen)
        if not new:
            return
        if len(self.seen) + len(new) > MAX_TOKENS:
            self.seen.clear()
            self.holding.clear()
        self.seen.update(new)
        if self.pattern is None:
            return
        offsets, at = [], 0
        for token in new:
            offsets.append(at)
            at += len(token) + 1
        found: dict[int, set[str]] = {}
        prefixes = self.prefixes
        for m in self.pattern.finditer(" ".join(new)):
            found.setdefault(bisect_right(offsets, m.start()) - 1, set()).update(prefixes[m.group(1)])
        for i, held in found.items():
            self.holding[new[i]] = tuple(sorted(held))


_finders: list[_Finder] = []


def _finder(rs: tuple[Rule, ...]) -> _Finder:
    """The literal finder of `rs` (its pattern cached per user with the engine, see `engine_cache`)."""
    if _finders and _finders[0].rules is rs:
        return _finders[0]
    from opengauge.licenses.engine_cache import load_or_build, pattern_from, pattern_state
    from opengauge.licenses.rules import rules_sources

    literals = sorted({a for r in rs for s in (r.anchors, *r.requires) for a in s if _TOKEN.fullmatch(a)})

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
    token_sets = tuple(
        tuple(frozenset(s) for s in (r.anchors, *r.requires) if s and known.issuperset(s)) for r in rs
    )
    checks = tuple(
        (
            tuple(frozenset(s) for s in r.requires if known.issuperset(s)),
            tuple(s for s in r.requires if not known.issuperset(s)),
        )
        for r in rs
    )
    anchor_literals = frozenset(a for r in rs for a in r.anchors if a in known)
    finder = _Finder(rs, known, pattern, prefixes, token_sets, checks, anchor_literals)
    _finders[:] = [finder]
    return finder


class _Anchors:
    """Which literals of the rules each sentence of one text holds, and the sentences holding each.

    A sentence is taken as a rule's search sees it: `low[start:end + 2]` (a match may take two
    characters past the sentence end). A literal made of ASCII letters and digits lies inside one
    token, so the literals of a sentence are those of its distinct tokens (`_Finder.learn`,
    remembered per token); any other literal is looked for in the text. Any sentence a rule matches
    in holds one of its anchors and one literal of each of its `requires` sets: only those are
    searched."""

    def __init__(self, norm: Normalized, starts: list[int], finder: _Finder) -> None:
        self.low = low = norm.lower
        self.starts = starts
        self.finder = finder
        self.tokens = finder.literals
        raw = norm.token_text
        # the text's tokens that hold a literal (most hold none), then each sentence's among them
        tokens = norm.token_set
        finder.learn(tokens)
        holding = finder.holding
        relevant = tokens.intersection(holding)
        anchors = finder.anchor_literals
        by_literal: dict[str, list[int]] = {}
        held: list[set[str]] = []
        for i, (a, b) in enumerate(zip(starts, [*starts[1:], len(low)], strict=True)):
            found = set(
                chain.from_iterable(map(holding.__getitem__, relevant.intersection(raw[a : b + 2].split())))
            )
            for literal in anchors.intersection(found):
                by_literal.setdefault(literal, []).append(i)
            held.append(found)
        self.held = held
        """Per sentence, the literals (of `tokens`) it holds."""
        self.by_literal = by_literal
        """Per anchor (of `tokens`), the sentences holding it."""
        self.present: set[str] = set().union(*held)
        """The literals (of `tokens`) the text holds."""
        self.others: dict[str, list[int]] = {}
        self.by_set: dict[tuple[str, ...], list[int]] = {}
        self._spans: list[str] | None = None

    @property
    def spans(self) -> list[str]:
        """Each sentence as a rule's search sees it, `low[start:end + 2]`."""
        if self._spans is None:
            low, starts = self.low, self.starts
            self._spans = [low[a : b + 2] for a, b in zip(starts, [*starts[1:], len(low)], strict=True)]
        return self._spans

    def sentences(self, literal: str) -> list[int]:
        """The sentences holding `literal`, in order."""
        if literal in self.tokens:
            return self.by_literal.get(literal, [])
        found = self.others.get(literal)
        if found is None:
            found = self.others[literal] = [i for i, span in enumerate(self.spans) if literal in span]
        return found

    def may_match(self, index: int) -> bool:
        """False when the text holds no literal of one of the sets (anchors, `requires`) of the
        finder's rule `index`: every match holds one of each, so the rule is not searched at all."""
        present = self.present
        for literals in self.finder.token_sets[index]:
            if literals.isdisjoint(present):
                return False
        return True

    def candidates(self, rule: Rule) -> list[int] | range:
        """The sentences holding one of a rule's anchors, or every sentence when it has none."""
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

    def searched(self, index: int) -> list[int]:
        """The sentences worth searching for the finder's rule `index`: those holding one of its
        anchors and one literal of each of its `requires` sets."""
        token_requires, other_requires = self.finder.checks[index]
        held = self.held
        spans = self.spans if other_requires else []
        out = []
        for idx in self.candidates(self.finder.rules[index]):
            sentence = held[idx]
            for literals in token_requires:
                if literals.isdisjoint(sentence):
                    break
            else:
                if not other_requires or _holds_all(spans[idx], other_requires):
                    out.append(idx)
        return out


def _holds_all(span: str, requires: tuple[tuple[str, ...], ...]) -> bool:
    """True when `span` holds one literal of each set."""
    for literals in requires:
        for literal in literals:
            if literal in span:
                break
        else:
            return False
    return True


def find_hits(norm: Normalized, types: Set[str] | None = None) -> tuple[list[Hit], list[int]]:
    """Every rule match (of `types` only, when given), at most one per (type, sentence), in text order; and
    the sentence starts.

    A rule is searched sentence by sentence (its first match in a sentence is the one kept), only
    in the sentences holding one of its anchors and one literal of each of its other literal sets,
    and not at all in a text lacking every literal of one set; a rule that may `cross` sentence
    ends is searched over the whole text. These shortcuts only skip sentences that cannot match:
    without them the hits are the same."""
    low = norm.reading
    starts = sentence_starts(norm.clean, norm.original)
    n = len(low)
    ends = starts[1:] + [n]
    seen: dict[tuple[str, int], Hit] = {}
    finder = _finder(rules())
    anchors = _Anchors(norm, starts, finder)
    present = anchors.present
    for index, (rule, token_sets) in enumerate(zip(finder.rules, finder.token_sets, strict=True)):
        if types is not None and rule.type not in types:
            continue
        for literals in token_sets:
            if literals.isdisjoint(present):
                break  # the text lacks every literal of one set: the rule cannot match (`may_match`)
        else:
            matches: list[tuple[int, re.Match[str]]]
            if rule.cross:
                matches = [(bisect_right(starts, m.start()) - 1, m) for m in rule.pattern.finditer(low)]
            else:
                search = rule.pattern.search
                matches = []
                for idx in anchors.searched(index):
                    m = search(low, starts[idx], min(n, ends[idx] + 2))
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
                if (
                    rule.cross
                    and rule.type in _LAWFUL_TYPES
                    and list_bound_to_law(low, m.start(), m.end(), rule.pattern)
                ):
                    continue  # the list's harmful uses are all ones the law forbids already (`lawful`)
                seen[key] = Hit(rule.type, idx, m.start(), m.end(), rule.strong)
    hits = sorted(seen.values(), key=lambda h: (h.start, h.type))
    return hits, starts


def reread(low: str, starts: list[int], hits: list[Hit]) -> list[Hit]:
    """`hits` read again in the light of their sentence or of the rest of the text: a plea that binds nothing
    is dropped (`pleas`), as is a duty said not to exist (`pleas.is_denied_duty`), and so is a branding or a
    notice the licensor only invites (`pleas.is_invited`), an author's credit shown by the work itself is
    `attribution` (`attribution`), a personal-use limit a later grant lifts is dropped (`tiers`), so is a
    report of another document's terms that the text says do not apply to the weights (`disowned`), and a ban
    on changes among the conditions for passing on the original, in a text that lets changed versions be
    shared, is `unchanged-original` (`integrity`)."""
    if not hits:
        return hits
    ends = starts[1:] + [len(low)]
    # the terms of another thing that the text says do not reach the weights (`disowned`)
    elsewhere = disowned(low, starts)
    out = []
    for h in hits:
        if h.sentence in elsewhere:
            continue
        sentence = low[starts[h.sentence] : ends[h.sentence]]
        if h.type in BLOCKING_TYPES and (is_plea(sentence) or is_denied_duty(sentence)):
            continue
        if h.type in INVITABLE_TYPES and is_invited(low, starts, h.sentence):
            continue  # an invitation ("You are encouraged to ... mark it 'Powered by X'") binds nothing
        if h.type == "naming-branding" and shown_by_the_work(low, starts[h.sentence], ends[h.sentence]):
            h = replace(h, type="attribution")
        out.append(h)
    # a figure that only decides who must show the model's name is that branding duty, not a cap (`marks`)
    branded = {h.sentence for h in out if h.type == "naming-branding"}
    out = [
        h
        for h in out
        if not (
            h.type in THRESHOLDS
            and h.sentence in branded
            and only_marks(low[starts[h.sentence] : ends[h.sentence]])
        )
    ]
    limited = [h.sentence for h in out if h.type == "personal-use-only"]
    if limited:
        lifted = widened(low, starts, limited)
        out = [h for h in out if not (h.type == "personal-use-only" and h.sentence in lifted)]
    originals = [
        h for h in out if h.type == "no-modification" and about_the_original(low, starts, h.sentence)
    ]
    if originals and grants_changed_copies(low, starts):
        keep = {id(h) for h in originals}
        out = [replace(h, type="unchanged-original") if id(h) in keep else h for h in out]
    # a text that restricts and makes derivatives carry the same license passes its restrictions on: its
    # share-alike clause is also a flow-down of them ("Any derivative you distribute must be distributed
    # under this License, including section 2")
    if any(h.type in _PASSED_ON for h in out):
        out += [replace(h, type="restrictions-flow-down") for h in out if h.type == "share-alike"]
    # a hit given another type may meet one of that type in the same sentence: one per (type, sentence)
    seen: set[tuple[str, int]] = set()
    kept = []
    for h in sorted(out, key=lambda h: (h.start, h.type)):
        if (h.type, h.sentence) not in seen:
            seen.add((h.type, h.sentence))
            kept.append(h)
    return kept


def _with_scoped(hits: list[Hit], starts: list[int], items: Scoped) -> list[Hit]:
    """`hits` with those of the sentences a reader makes of scoped list items (`scopes`), each placed
    on its item. A match that ends before the item's own words is the lead-in's, read with the text;
    a type the lead-in's own sentence holds is not found again in each item, nor a type the text
    already found inside the item."""
    snorm = normalized(items.text)
    found, sstarts = find_hits(snorm)
    found = reread(snorm.lower, sstarts, found)
    if not found:
        return hits
    have = {(h.type, h.sentence) for h in hits}
    at: dict[str, list[int]] = {}
    for h in hits:
        at.setdefault(h.type, []).append(h.start)
    added = []
    for h in found:
        i = items.item_of(h.start)
        if h.end <= items.bodies[i]:
            continue
        start, end = items.spans[i]
        sentence = bisect_right(starts, start) - 1
        lead = items.leads[i]
        if (
            (h.type, sentence) in have
            or (lead >= 0 and (h.type, bisect_right(starts, lead) - 1) in have)
            or any(start <= x < end for x in at.get(h.type, ()))  # the text read it in the item already
        ):
            continue
        have.add((h.type, sentence))
        added.append(Hit(h.type, sentence, start, end, h.strong, whole=True))
    return sorted([*hits, *added], key=lambda h: (h.start, h.type)) if added else hits


def _with_defined(hits: list[Hit], starts: list[int], norm: Normalized) -> list[Hit]:
    """`hits` with those of the sentences that use a defined term, read with the term's definition
    (`definitions`): a match of a limit of scope (`SCOPE_TYPES`) is kept when it spans the sentence's own
    words and the definition's, and the sentence as written neither holds a hit of its type nor matched a
    rule of it that its own words vetoed; it is placed on the whole sentence."""
    ex = expanded(norm, starts)
    if ex is None:
        return hits
    enorm = normalized(ex.text)
    found, estarts = find_hits(enorm, SCOPE_TYPES)
    found = reread(enorm.lower, estarts, found)
    have = {(h.type, h.sentence) for h in hits}
    ends = [*starts[1:], len(norm.clean)]
    added = []
    for h in found:
        piece = ex.piece_of(h.start)
        sentence = ex.sources[piece]
        if (h.type, sentence) in have:
            continue
        if not ex.straddles(piece, h.start, h.end):
            continue
        a, b = starts[sentence], ends[sentence]
        if any(r.type == h.type and r.pattern.search(norm.reading, a, b + 2) for r in rules()):
            continue  # the sentence as written matched a rule of this type, which its own words vetoed
        have.add((h.type, sentence))
        b = a + len(norm.clean[a:b].rstrip())
        added.append(Hit(h.type, sentence, a, b, h.strong, whole=True))
    return sorted([*hits, *added], key=lambda h: (h.start, h.type)) if added else hits


def _with_grant_scope(hits: list[Hit], starts: list[int], norm: Normalized) -> list[Hit]:
    """`hits` with the blocking limits of the sentences that state the grant's scope as a limit ("This
    licence does not extend to commercial use"), read through the sentences a reader makes of them
    (`grantscope`), each placed on the whole original sentence; nothing is added to a sentence the rules
    already read a limit in."""
    made = scope_limits(norm.reading, starts, norm.original)
    if made is None:
        return hits
    mnorm = normalized(made.text)
    found, mstarts = find_hits(mnorm)
    found = reread(mnorm.lower, mstarts, found)
    have = {(h.type, h.sentence) for h in hits}
    # a sentence whose own words the rules read as a limit already says it in the words they know
    limited = {h.sentence for h in hits if h.type in BLOCKING_TYPES}
    ends = [*starts[1:], len(norm.clean)]
    added = []
    for h in found:
        if h.type not in BLOCKING_TYPES:
            continue
        sentence = made.source_of(h.start)
        if (h.type, sentence) in have or sentence in limited:
            continue
        have.add((h.type, sentence))
        a, b = starts[sentence], ends[sentence]
        added.append(Hit(h.type, sentence, a, a + len(norm.clean[a:b].rstrip()), h.strong, whole=True))
    return sorted([*hits, *added], key=lambda h: (h.start, h.type)) if added else hits


#: A grant confined to a purpose a definition names: the term as written ("solely for the Permitted Purpose").
_DEFINED_PURPOSE = re.compile(
    r"\bthe ((?:[A-Z][\w-]* ){0,2}(?:Purposes?|Uses?|Fields?(?: of Use)?|Applications?))\b"
)
#: The head of a definition that names every purpose ("any purpose, whether commercial or non-commercial", its
#: relative clause cut off: "that is pursued ... only within those territories"), with no field named.
_ANY_PURPOSE = re.compile(
    r"any (?:lawful |legal )?(?:purpose|use)s?"
    r"(?:,? (?:whether )?(?:commercial|for profit) or (?:non-commercial|noncommercial|not(?: for profit)?))?"
)


def _purposes_defined_open(hits: list[Hit], starts: list[int], norm: Normalized) -> list[Hit]:
    """`hits` without a `use-restrictions` read from a grant confined to a defined purpose ("solely for the
    Permitted Purpose") whose definition opens on any purpose and whose own sentence holds the blocking
    limit it sets (held-out round 50: "any purpose, whether commercial or non-commercial, ... carried out
    ... only within those territories" is a territory, read there; the grant refuses no purpose of its own).
    A definition that names a field, or whose limit no rule reads, keeps the use restriction."""
    if not any(h.type == "use-restrictions" for h in hits):
        return hits
    terms = definitions(norm.clean)
    by_sentence: dict[int, set[str]] = {}
    for h in hits:
        by_sentence.setdefault(h.sentence, set()).add(h.type)
    ends = [*starts[1:], len(norm.clean)]
    out = []
    for h in hits:
        if h.type == "use-restrictions":
            m = _DEFINED_PURPOSE.search(norm.clean, h.start, max(h.end, ends[h.sentence]))
            found = terms.get(m.group(1)) if m else None
            if found is not None and _ANY_PURPOSE.fullmatch(found[0].lower()):
                where = bisect_right(starts, found[1]) - 1
                if by_sentence.get(where, set()) & (BLOCKING_TYPES - {"use-restrictions"}):
                    continue
        out.append(h)
    return out


#: The bare name of a class of uses a text excludes from its grant ("for Qualifying Uses" = "other than an
#: Excluded Use"): a pointer, whose meaning is what the text lists as excluded.
_EXCLUDED_NAME = re.compile(r"excluded (?:uses?|purposes?)")
#: A text that says its class of excluded uses is empty: "No use is an Excluded Use", a schedule of them that
#: reads "Nil." or "This Schedule is deliberately empty" (held-out round 55).
_NONE_EXCLUDED = re.compile(
    r"\bno (?:use|purpose|activity|application)s? (?:is|are) (?:an? )?"
    r"(?:excluded|prohibited|restricted|forbidden) (?:use|purpose|activit|application)"
    r"|\b(?:schedule|annex|appendix|exhibit|attachment) [a-z0-9]{1,3}\b[^\n]{0,80}\n[^\S\n]*(?:\n[^\S\n]*)?"
    r"(?:nil|none|not used|intentionally (?:left )?blank|deliberately (?:left )?(?:empty|blank))\b"
)


def _none_excluded(hits: list[Hit], norm: Normalized) -> list[Hit]:
    """`hits` without the `use-restrictions` that only name the excluded uses (`_EXCLUDED_NAME`) when the text
    says there are none (`_NONE_EXCLUDED`): the list, not its name, takes a use away."""
    if not any(h.type == "use-restrictions" for h in hits) or not _NONE_EXCLUDED.search(norm.reading):
        return hits
    name = _EXCLUDED_NAME.fullmatch
    return [h for h in hits if not (h.type == "use-restrictions" and name(norm.lower, h.start, h.end))]


def _with_boxes(hits: list[Hit], starts: list[int], norm: Normalized) -> list[Hit]:
    """`hits` with what lists of check boxes of the fields licensed say (`boxes`): a list that leaves a field
    out confines the licence to its ticked fields, read as "only for <them>" for its type (`research-only` for
    research and teaching ticked), else `use-restrictions`, at the ticked labels. When no list leaves a field
    out, a `use-restrictions` read from a sentence that points at the boxes or uses a term they define
    ("within the Permitted Field") is dropped: the boxes say what the field is, and it is every field."""
    lists = box_lists(norm.original)
    if not lists:
        return hits
    text = norm.original
    ends = [*starts[1:], len(norm.clean)]
    have = {(h.type, h.sentence) for h in hits}
    added = []
    for found in lists:
        if not confines(found, text):
            continue
        a, b = (found.ticked[0][0], found.ticked[-1][1]) if found.ticked else found.span
        sentence_read = confined_to(text[a:b])
        read = find_hits(normalized(sentence_read), SCOPE_TYPES)[0] if sentence_read else []
        kind = read[0].type if read else "use-restrictions"
        sentence = bisect_right(starts, a) - 1
        if (kind, sentence) not in have:
            have.add((kind, sentence))
            added.append(Hit(kind, sentence, a, b, True, whole=True))
    if added:
        return sorted([*hits, *added], key=lambda h: (h.start, h.type))
    terms: set[str] = set()
    for a, b in zip(starts, ends, strict=True):
        if POINTS_AT_BOXES.search(norm.lower, a, b):
            terms.update(m.group(1) for m in _DEFINED_PURPOSE.finditer(norm.clean, a, b))

    def about_boxes(i: int) -> bool:
        a, b = starts[i], ends[i]
        return bool(POINTS_AT_BOXES.search(norm.lower, a, b)) or any(t in norm.clean[a:b] for t in terms)

    return [h for h in hits if not (h.type == "use-restrictions" and about_boxes(h.sentence))]


def clauses(text: str, *, document: str | None = None, scopes: bool = True) -> list[Clause]:
    """Every binding clause of the taxonomy found in `text`, in text order.

    One clause per (type, sentence), at most `MAX_PER_TYPE` per type. List items are also read
    through their heading or lead-in (`scopes`) unless `scopes` is False. Never raises on any string.
    """
    if not text or not text.strip():
        return []
    norm = normalized(text)
    hits, starts = find_hits(norm)
    items = scoped(norm) if scopes else None
    if items is not None:
        hits = _with_scoped(hits, starts, items)
    hits = _with_defined(hits, starts, norm)
    hits = _with_grant_scope(hits, starts, norm)
    hits = reread(norm.lower, starts, hits)
    hits = _purposes_defined_open(hits, starts, norm)
    hits = _none_excluded(hits, norm)
    hits = _with_boxes(hits, starts, norm)
    gone = out_of_force(text)
    if gone:
        hits = [h for h in hits if in_force(gone, h.start)]
    out: list[Clause] = []
    per_type: dict[str, int] = {}
    for hit in hits:
        if per_type.get(hit.type, 0) >= MAX_PER_TYPE:
            continue
        if _answered_no(norm.lower, starts, hit.sentence):
            continue
        s_start = starts[hit.sentence]
        s_end = starts[hit.sentence + 1] if hit.sentence + 1 < len(starts) else len(text)
        s_end = max(s_end, hit.end)
        if hit.whole:
            w_start, w_end = hit.start, hit.end
        else:
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


def _answered_no(low: str, starts: list[int], i: int) -> bool:
    end = starts[i + 1] if i + 1 < len(starts) else len(low)
    return answered_no(low[starts[i] : end], low[end : end + 40])


def is_research_grant(quote: str) -> bool:
    """True when a `research-only` quote limits the grant itself to research (a strong rule
    matches it), rather than only excluding production use."""
    low = Normalized(confined_to(quote) or quote).lower  # a quote of ticked boxes, as `_with_boxes` reads it
    return any(
        r.pattern.search(low) and not (r.unless and r.unless.search(low))
        for r in rules()
        if r.type == "research-only" and r.strong
    )
