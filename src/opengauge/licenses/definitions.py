"""Defined terms read through their definitions.

A licence may keep a limit in a definition and use the term alone where the limit bites: '"Reach" means the
number of distinct human individuals who ... interact with your products' and, sections later, "If your
Reach is greater than twelve million (12,000,000) on any day, the licence in section 2 stops applying to
you". Neither sentence states the cap alone; a reader carries the definition to where the term is used. So
does `expanded(norm, starts)`: every sentence that uses a term the text defines, with the head of the term's
definition put in brackets after the term ("If your Reach (the number of distinct human individuals) is
greater than twelve million ..."). The clause reader reads those sentences too (`clauses._with_defined`) and
keeps only a match that spans both the sentence's own words and the definition's: what a definition says by
itself is read in the definition's own sentence.

A term is taken as defined when it is quoted ('"Reach" means', "'Term' in this letter means"), or when it
heads a line of a list of definitions unquoted ("1.3 Headcount means the number of employees ..."): a
capitalised word elsewhere is not a definition, unless a comma and what it is follow its first mention
("Nightjar Guard (`guard/`), the safety classifier that screens every prompt": `_APPOSED`). The head of a
definition is its first words up to a relative clause, a colon or semicolon or the sentence's end, at most
`MAX_HEAD` characters. A definition
that uses another term is read with that term's definition too ("an organisation whose Headcount is fewer
than 250"), never with its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from opengauge.licenses.normalize import Normalized

#: At most this many defined terms are carried per text (a licence defines a handful, a long one a few dozen).
MAX_TERMS = 30
#: At most this many characters of a definition are carried to the term's uses.
MAX_HEAD = 140
#: At most this many sentences are read again per text.
MAX_USES = 80

#: The limits a definition can hold for the sentence that uses its term: the scope of a grant (who may use it,
#: up to how many people or how much money, for what, for how long, on what, which object, at what price). A
#: definition's words carried into a sentence are read for these only: a word of a definition that only
#: describes ("the work of authorship ... as indicated by a copyright notice") must not turn a sentence about
#: patents into one about copyright. Not where: a party's definition often names its country ("the Government
#: of Canada"), which says who grants, not where the grant holds.
SCOPE_TYPES = frozenset(
    {
        "user-threshold",
        "revenue-threshold",
        "non-commercial",
        "research-only",
        "personal-use-only",
        "platform-tie",
        "time-limit",
        "no-modification",
        "no-redistribution",
        "fee-required",
        # held-out round 44: a safety measure named by its product name ("Nightjar Guard, the safety
        # classifier that screens every prompt" and "You may not remove, disable, bypass or weaken Nightjar
        # Guard")
        "guardrail-termination",
    }
)

#: A quoted term and the verb that defines it: '"Reach" means', "'Term' in this letter means", '"Licensee
#: Products" (or "Products") shall mean'.
_DEFINES = re.compile(
    r"[\"']([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})[\"']"
    r"(?:\s*\([^()\n]{0,60}\))?"
    r"(?:\s+(?:in|under|for) (?:this|these|the) [\w ]{1,30}?)?"
    r"\s+(?:means|shall mean|refers to|is defined as|has the meaning)\s+"
    # held-out round 38: unquoted, at the head of a line in a list of definitions ("1.3 Headcount means the
    # number of employees ...", "**Permitted Activity** means ...", its markup blanked)
    r"|(?:^|\n)[^\S\n]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|\(?[a-z]\)|[-*])[^\S\n]+)?"
    r"(?!(?:The|This|These|That|It|Each|Any|All|No|Our|Your|We|You)\b)([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
    r"[^\S\n]+(?:means|shall mean)\s+",
    re.MULTILINE,
)
#: A name given by apposition at its first mention: a capitalised name of one to four words (its path or
#: abbreviation in brackets after it), a comma, and what it is, in lower case after an article ("Nightjar
#: Guard (`guard/`), the safety classifier that screens every prompt", held-out round 44). A licence names
#: the parts it binds this way as often as with "means".
_APPOSED = re.compile(
    r"(?<![\w-])(?!(?:The|This|These|That|It|Each|Any|All|No|Our|Your|We|You|If|In|For|On|At|By|As)\b)"
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?:[^\S\n]*\([^()\n]{0,60}\))?,[^\S\n]+(?:the|a|an|our|its) (?=[a-z])"
)
#: Where the head of a definition ends: a relative clause, a colon or semicolon, the end of its sentence.
_HEAD_END = re.compile(
    r"\s(?:who|whom|which|that|whose|where|when|within|in each case|including|excluding)\b"
    r"|[;:]|\.(?=\s|$)|\n\s*\n"
)
#: Characters of a head that would end a sentence or a rule's window where it is put: read as commas.
_BREAKS = str.maketrans({".": ",", ";": ",", ":": ",", "\n": " ", '"': " ", "'": " "})


@dataclass(frozen=True)
class Expanded:
    """The sentences that use a defined term, each with its terms' definitions put after them."""

    text: str
    """The sentences, one per paragraph."""
    starts: tuple[int, ...]
    """Where each sentence starts in `text`."""
    sources: tuple[int, ...]
    """Each sentence's index among the original text's sentences."""
    inserted: tuple[tuple[tuple[int, int], ...], ...]
    """Each sentence's inserted heads, as spans of `text`."""

    def piece_of(self, offset: int) -> int:
        """The sentence of `text` that holds `offset`."""
        return bisect_right(self.starts, offset) - 1

    def straddles(self, piece: int, start: int, end: int) -> bool:
        """True when `start`..`end` of `text` holds words of an inserted head and words of the sentence."""
        return any(start < b and end > a and (start < a or end > b) for a, b in self.inserted[piece])


def definitions(clean: str) -> dict[str, tuple[str, int]]:
    """The terms `clean` defines (quoted, heading a line of definitions, or named by apposition), each with
    the head of its definition and where the definition is."""
    out: dict[str, tuple[str, int]] = {}
    found = (
        [*_DEFINES.finditer(clean)]
        if "mean" in clean or "refers to" in clean or "defined as" in clean
        else []
    )
    if ", " in clean:
        found = sorted([*found, *_APPOSED.finditer(clean)], key=lambda m: m.start())
    for m in found:
        term = m.group(1) or m.group(2)
        if term in out:
            continue
        if len(out) >= MAX_TERMS:
            break
        body = clean[m.end() : m.end() + MAX_HEAD]
        stop = _HEAD_END.search(body)
        head = body[: stop.start()] if stop else body.rsplit(" ", 1)[0]
        head = " ".join(head.translate(_BREAKS).split()).strip(" ,")
        if len(head.split()) >= 2:
            out[term] = (head, m.start())
    return out


def expanded(norm: Normalized, starts: list[int]) -> Expanded | None:
    """The sentences of `norm` (its sentence `starts`) that use a term it defines, read with the term's
    definition (see the module doc); None when the text defines no term or uses none."""
    terms = definitions(norm.clean)
    if not terms:
        return None
    clean = norm.clean
    ends = [*starts[1:], len(clean)]
    uses = re.compile(
        r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")s?\b"
    )
    defines: dict[int, set[str]] = {}  # a definition's sentence: the terms it defines
    for term, (_, at) in terms.items():
        defines.setdefault(bisect_right(starts, at) - 1, set()).add(term)
    pieces: list[str] = []
    piece_starts: list[int] = []
    sources: list[int] = []
    inserted: list[tuple[tuple[int, int], ...]] = []
    size = 0
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        sentence = clean[a:b]
        own = defines.get(i, set())
        found = [m for m in uses.finditer(sentence) if m.group(1) not in own]
        if not found:
            continue
        out: list[str] = []
        spans: list[tuple[int, int]] = []
        at = 0
        length = size  # where the piece built so far ends in the expanded text
        done: set[str] = set()
        for m in found:
            term = m.group(1)
            if term in done:
                continue
            done.add(term)
            head = terms[term][0]
            out += [sentence[at : m.end()], f" ({head})"]
            length += m.end() - at
            spans.append((length + 2, length + 2 + len(head)))  # the head, inside " (" and ")"
            length += len(head) + 3
            at = m.end()
        out.append(sentence[at:].rstrip())
        piece = "".join(out)
        piece_starts.append(size)
        sources.append(i)
        inserted.append(tuple(spans))
        pieces.append(piece)
        size += len(piece) + 2
        if len(pieces) >= MAX_USES:
            break
    if not pieces:
        return None
    return Expanded("\n\n".join(pieces), tuple(piece_starts), tuple(sources), tuple(inserted))


__all__ = ["MAX_HEAD", "MAX_TERMS", "MAX_USES", "SCOPE_TYPES", "Expanded", "definitions", "expanded"]
