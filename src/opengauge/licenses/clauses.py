"""Detect the restrictive (and the informational) clauses of a license from its wording.

The detectors are data: `rules.yaml` holds, per taxonomy type, a few regular expressions written
in this project's own words. They run on `Normalized(text).lower` (markup blanked, quotes and
dashes unified, same length as the original), so offsets map straight back to the original text:
every clause carries the line where its quote starts, the quote itself (the original words,
whitespace collapsed, markup dropped) and its character span.

Nothing here depends on the catalog: a license published tomorrow is read from its wording.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from opengauge.licenses.errors import LicenseError
from opengauge.licenses.normalize import Normalized
from opengauge.licenses.taxonomy import CLAUSE_TYPES
from opengauge.model import Clause

#: At most this many clauses of one type are reported per document.
MAX_PER_TYPE = 3
#: Quotes longer than this are cut to the part around the match.
MAX_QUOTE = 300


@dataclass(frozen=True)
class Rule:
    """One detector: a pattern for a clause type, with an optional veto on the sentence."""

    type: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    strong: bool = False
    """For `research-only`: the pattern limits the grant itself to research (decides the verdict)."""
    cross: bool = False
    """The pattern may run past the end of the sentence it starts in (e.g. a list introduced by a colon)."""
    anchors: tuple[str, ...] = ()
    """Literal strings one of which every match contains (derived from the pattern): only the
    sentences holding one are searched, which keeps reading fast. Empty: search the whole text."""


def _compile(src: str) -> re.Pattern[str]:
    # A plain space in a rule means "any run of whitespace" (line wraps, blanked markup, CRLF);
    # " ?" means "optional whitespace".
    src = re.sub(r"(?<!\\) \?", r"\\s*", src.strip())
    return re.compile(re.sub(r"(?<!\\) ", r"\\s+", src))


def _literal_runs(seq) -> list[tuple[str, ...]]:  # noqa: ANN001 - a parsed regex sequence
    """Anchor candidates of a parsed regex: sets of literals, one of which every match contains."""
    from re import _constants as c  # the parser's opcodes

    found: list[tuple[str, ...]] = []
    cur: list[str] = []
    for op, av in seq:
        if op is c.LITERAL:
            cur.append(chr(av))
            continue
        if cur:
            found.append(("".join(cur),))
            cur = []
        if op is c.SUBPATTERN:
            found.extend(_literal_runs(av[-1]))
        elif op is c.BRANCH:
            alternatives: list[str] = []
            for branch in av[1]:
                options = _literal_runs(branch)
                if not options:
                    alternatives = []
                    break
                alternatives.extend(max(options, key=lambda o: min(map(len, o))))
            if alternatives:
                found.append(tuple(alternatives))
    if cur:
        found.append(("".join(cur),))
    return found


def _anchors(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The literals (one of which every match contains) used to find candidate sentences fast."""
    from re import _parser

    try:
        options = _literal_runs(_parser.parse(pattern.pattern))
    except Exception:  # an exotic construct: no anchors, search the whole text
        return ()
    options = [o for o in options if min(map(len, o)) >= 3]
    if not options:
        return ()

    def score(option: tuple[str, ...]) -> tuple[int, int]:
        return (-sum(_cost(o) for o in option), min(map(len, option)))

    return max(options, key=score)


# How often a word shows up in license text (rough ranks, by hand): a rule's anchor is its
# mandatory literal with the lowest expected count, so few sentences are searched.
_VERY_COMMON = frozenset(
    "the that this these any you your and for but with under not may must shall will use used "
    "agree than such other all have has its their are was from without non into "
    "model models license licen licence licensed agreement materials software work terms copy".split()
)
_COMMON = frozenset(
    "notice notices output outputs provide conditions otherwise subject include result generate require "
    "granted distribution modification derivative derivatives copyright rights purposes commercial "
    "research distribute restrict".split()
)


def _cost(word: str) -> int:
    w = word.strip(" ,.:;()\"'")
    return 100 if w in _VERY_COMMON else 10 if w in _COMMON else 1


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The detector rules shipped with the package (cached)."""
    raw = yaml.safe_load((resources.files("opengauge.licenses") / "rules.yaml").read_text(encoding="utf-8"))
    out: list[Rule] = []
    try:
        for type_id, items in raw.items():
            if type_id not in CLAUSE_TYPES:
                raise LicenseError(f"rules.yaml: unknown clause type {type_id!r}")
            for item in items:
                if isinstance(item, str):
                    item = {"pattern": item}
                unless = item.get("unless")
                pattern = _compile(item["pattern"])
                anchors = _anchors(pattern)
                out.append(
                    Rule(
                        type=type_id,
                        pattern=pattern,
                        anchors=anchors,
                        unless=_compile(unless) if unless else None,
                        strong=bool(item.get("strong", False)),
                        cross=bool(item.get("cross", False)),
                    )
                )
    except (re.error, KeyError, AttributeError, TypeError) as exc:
        raise LicenseError(f"rules.yaml: {exc}") from exc
    return tuple(out)


# --- sentences ---------------------------------------------------------------------------

# A full stop ends a sentence when followed by space and something that starts one; a semicolon
# or colon followed by a line break, a blank line, and a line break before a list item end one too.
_BOUNDARY = re.compile(
    r"""(?:
        [.!?](?=["')\]]*\s+["'(\[]*[A-Z0-9])   # full stop before a capital / digit
      | ;                                        # semicolon
      | :(?=[ ]*\n)                              # colon at a line end (list intro)
      | \n[ ]*\n                                 # blank line
      | \n(?=[ ]*(?:[-+\u2022\u25cf\u25e6]|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)])\s)  # list item
    )""",
    re.VERBOSE,
)
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nos|sec|art|vs|viz|cf|u\.s|u\.k|st|mr|ms|dr|para|ver|v)"
    r"|\b[a-zA-Z]|\b[0-9]{1,3}(?:\.[0-9]{1,3})*)$",
    re.IGNORECASE,
)


def sentence_starts(clean: str) -> list[int]:
    """Offsets where sentences start in a cleaned text (always begins with 0)."""
    starts = [0]
    abbrev = _ABBREV.search
    for m in _BOUNDARY.finditer(clean):
        ch = clean[m.start()]
        # "e.g.", "Inc.", "1.", "Section 3.2." and single letters are not sentence ends
        if ch in ".!?" and abbrev(clean, max(0, m.start() - 12), m.start()):
            continue
        starts.append(m.end())
    return starts


# --- quotes --------------------------------------------------------------------------------

_WS = re.compile(r"\s+")
# Characters that `normalize.clean` turns into a plain space without being markup.
_SPACES = str.maketrans({c: " " for c in "\r\t\f\v\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u200b\ufeff\u00ad"})
_LEAD = re.compile(
    r"[^\w\"'(\[$\u201c\u2018\u00ab]*"  # markup, bullets, punctuation
    r"(?:(?:\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[-\u2022])\s+)*"  # list enumerators
)


def quote_of(norm: Normalized, start: int, end: int) -> tuple[str, int, int]:
    """The readable quote for [start, end): original characters with markup dropped, whitespace
    collapsed; returns (quote, start, end) with the span trimmed to where the words are."""
    orig, clean = norm.original, norm.clean
    m = _LEAD.match(clean, start, end)
    if m:
        start = m.end()
    while end > start and (clean[end - 1].isspace() or clean[end - 1] in ",:"):
        end -= 1
    seg_o, seg_c = orig[start:end], clean[start:end]
    if seg_c.count(" ") == seg_o.translate(_SPACES).count(" "):
        text = seg_o  # no markup was blanked in this span
    else:
        text = "".join(" " if (c == " " and not o.isspace()) else o for o, c in zip(seg_o, seg_c, strict=True))
    return _WS.sub(" ", text).strip(), start, end


def _window(norm: Normalized, s_start: int, s_end: int, m_start: int, m_end: int) -> tuple[int, int]:
    """The part of a sentence worth quoting: the whole sentence when short; else from the sentence
    start when the match is near it, or from a clause boundary (or a few words) before the match;
    at most about MAX_QUOTE characters, ending on a word boundary, always holding the match."""
    clean = norm.clean
    if len(_WS.sub(" ", clean[s_start:s_end]).strip()) <= MAX_QUOTE:
        return s_start, s_end
    if m_end - s_start <= MAX_QUOTE:
        start = s_start
    else:
        lo = max(s_start, m_start - 150)
        cut = max(clean.rfind(ch, lo, m_start) for ch in ",;:(")
        if cut >= lo:
            start = cut + 1
        else:
            sp = clean.find(" ", max(s_start, m_start - 60), m_start)
            start = sp + 1 if sp != -1 else m_start
    end = min(s_end, max(m_end, start + MAX_QUOTE))
    if end < s_end:
        sp = clean.rfind(" ", m_end, end)
        if sp > m_end:
            end = sp
    return start, end


# --- detection -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """A rule's match inside one sentence (internal; `clauses()` turns hits into `Clause`s)."""

    type: str
    sentence: int
    start: int
    end: int
    strong: bool


def _sentences_with(anchor: str, low: str, starts: list[int]) -> list[int]:
    """Indexes of the sentences that contain `anchor`."""
    found: list[int] = []
    find = low.find
    n_sent = len(starts)
    i = find(anchor)
    while i != -1:
        idx = bisect_right(starts, i) - 1
        found.append(idx)
        if idx + 1 >= n_sent:
            break
        i = find(anchor, starts[idx + 1])
    return found


def find_hits(norm: Normalized) -> tuple[list[Hit], list[int]]:
    """Every rule match, at most one per (type, sentence), in text order; and the sentence starts.

    A rule with anchors is searched only in the sentences holding one of them (its first match
    there is the one kept); a clause is read within one sentence unless the rule says `cross`."""
    low = norm.lower
    starts = sentence_starts(norm.clean)
    n = len(low)
    ends = starts[1:] + [n]
    seen: dict[tuple[str, int], Hit] = {}
    by_anchor: dict[str, list[int]] = {}
    for rule in rules():
        anchors = rule.anchors
        if anchors and not rule.cross:
            if len(anchors) == 1:
                a = anchors[0]
                sentences = by_anchor.get(a)
                if sentences is None:
                    sentences = by_anchor[a] = _sentences_with(a, low, starts)
            else:
                merged: set[int] = set()
                for a in anchors:
                    found = by_anchor.get(a)
                    if found is None:
                        found = by_anchor[a] = _sentences_with(a, low, starts)
                    merged.update(found)
                sentences = sorted(merged)
            if not sentences:
                continue
            search = rule.pattern.search
            matches = []
            for idx in sentences:
                m = search(low, starts[idx], min(n, ends[idx] + 2))
                if m is not None:
                    matches.append((idx, m))
        else:
            matches = [(bisect_right(starts, m.start()) - 1, m) for m in rule.pattern.finditer(low)]
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
    norm = Normalized(text)
    hits, starts = find_hits(norm)
    out: list[Clause] = []
    per_type: dict[str, int] = {}
    for hit in hits:
        if per_type.get(hit.type, 0) >= MAX_PER_TYPE:
            continue
        s_start = starts[hit.sentence]
        s_end = starts[hit.sentence + 1] if hit.sentence + 1 < len(starts) else len(text)
        s_end = max(s_end, hit.end)
        w_start, w_end = _window(norm, s_start, s_end, hit.start, hit.end)
        quote, q_start, q_end = quote_of(norm, w_start, w_end)
        if not quote:
            quote, q_start, q_end = quote_of(norm, hit.start, hit.end)
        if not quote:
            continue
        if len(quote) > MAX_QUOTE + 40:
            quote = quote[:MAX_QUOTE].rsplit(" ", 1)[0]
        row = CLAUSE_TYPES[hit.type]
        per_type[hit.type] = per_type.get(hit.type, 0) + 1
        out.append(
            Clause(
                type=hit.type,
                freedom=row.freedom,
                blocks_open_source=row.blocks_open_source,
                line=norm.line_of(q_start),
                quote=quote,
                span=(q_start, q_end),
                document=document,
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
