"""A limit stated as the grant's scope, not as a prohibition: "This licence does not extend to commercial
use", "The licence does not include the right to redistribute the model", "The licence granted above
excludes any commercial use", "Nothing in this licence permits distribution", "The licence is limited to
personal use".

The clause rules are written mostly as a reader meets a limit addressed to the licensee ("You may not use
the model commercially"). A limit on what the licence reaches takes the same thing away (the Open Source
Definition judges what the licence grants), so a reader of "the licence does not extend to X" understands "X
is not permitted", and of "the licence is limited to X" understands "you may use it only for X".
`scope_limits` makes those sentences for each sentence of the text that states its grant's scope that way;
the clause reader reads them and places what it finds on the original sentence
(`clauses._with_grant_scope`). A scope with a condition ("does not extend to commercial use until the fee is
paid") is left to the rules of that condition.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: The grant as the subject: this licence, the rights or permissions it grants.
_SUBJECT = (
    r"\b(?:(?:the|this|these|such|its|our|any) )?(?:licen[cs]es?|grants?|rights?|permissions?)\b"
    r"(?: (?:granted|given|conferred))?"
    r"(?: (?:above|herein|hereunder|under this \w+|in (?:section|clause|article) [\w.()]+))?"
)
#: "<the grant> does not extend to / include / cover / permit X"; "<the grant> excludes X".
_NEGATED = re.compile(
    _SUBJECT + r"[^.;:]{0,20}?\b(?:does not|do not|doesn't|don't|shall not|will not|won't|is not|are not)\s+"
    r"(?:extend|apply|cover|include|permit|allow|authori[sz]e|reach|grant)\w*(?:\s+to)?\s+(?P<x>[^.;:]{3,160})"
    r"|" + _SUBJECT + r"[^.;:]{0,20}?\bexclud(?:es|e)\s+(?P<y>[^.;:]{3,160})"
    r"|\bnothing in (?:this|these|the) (?:licen[cs]e|agreement|terms)\s+"
    r"(?:permits|grants|allows|authori[sz]es)\s+(?:you\s+)?(?:to\s+)?(?P<z>[^.;:]{3,160})",
    re.IGNORECASE,
)
#: "<the grant> is limited / restricted / confined to X".
_LIMITED = re.compile(
    _SUBJECT + r"[^.;:]{0,20}?\b(?:is|are)\s+(?:strictly\s+)?(?:limited|restricted|confined)\s+to\s+"
    r"(?P<x>[^.;:]{3,160})",
    re.IGNORECASE,
)
#: A condition that lets the thing in: the condition's own rules read it (a fee, a registration, a threshold).
_CONDITION = re.compile(r"\b(until|unless|except|provided|if|once|after|before|without)\b", re.IGNORECASE)
#: "the right to redistribute": the verb the right names.
_RIGHT_TO = re.compile(r"^(?:any |the |a )?(?:right|permission|licen[cs]e|freedom)s? to\s+", re.IGNORECASE)


#: A doing as the thing left out ("sharing the model", "training other models on the outputs").
_GERUND = re.compile(r"^([a-z]{3,}ing)\b(?! (?:purposes?|use|uses)\b)")
_DOUBLED = re.compile(r"([bdgmnprt])\1$")
#: Stems whose plain verb ends in a silent e (shar-e, distribut-e, us-e, licens-e, mak-e, tun-e).
_TAKES_E = tuple("ar ur at iz is us ut as id ov ag uc ac rg iv ens ak un".split())


def _base(gerund: str) -> str:
    """The plain verb of a gerund: sharing -> share, training -> train, running -> run, using -> use."""
    stem = gerund[:-3]
    if _DOUBLED.search(stem):
        return stem[:-1]
    if stem.endswith(_TAKES_E):
        return stem + "e"
    return stem


@dataclass(frozen=True)
class Restated:
    """The sentences a reader makes of the grant-scope sentences, one paragraph each."""

    text: str
    starts: tuple[int, ...]
    sources: tuple[int, ...]
    """Each made sentence's index among the original text's sentences."""

    def source_of(self, offset: int) -> int:
        return self.sources[bisect_right(self.starts, offset) - 1]


#: What is left out must be a doing, named in its first words ("commercial use", "the right to redistribute",
#: "sharing the model", "use in the European Union"), not a thing the licence does not cover ("any document
#: created using the font", "all copyright and similar rights that apply to your use").
_DOING = re.compile(
    r"^(?:the right to |any right to |(?:[a-z][\w-]* ){0,3}?(?:use|usage|uses|exploitation|distribution|"
    r"redistribution|sublicens\w+|modifications?|sale|resale|deployment|hosting|sharing|copying|reproduction|"
    r"training|fine-tuning|derivative works?|purposes?)\b|[a-z]{3,}ing\b)"
)
#: The licensor's names and marks, patents and warranties have types of their own.
_NOT_A_USE = re.compile(r"\b(names?|trade ?marks?|marks|logos?|patents?|warrant\w*|liabilit\w*|outputs?)\b")
#: The purposes a grant may be limited to ("limited to personal use", "restricted to research and
#: evaluation").
_PURPOSE = re.compile(
    r"^(?:the |your |its )?(?:own )?(?:personal|private|internal|research|academic|educational|evaluation|"
    r"non-?commercial|testing|experimental|home|household|individual|scientific)\b"
)


def _restate(m: re.Match[str]) -> list[str]:
    x = next(g for g in (m.groupdict().get(k) for k in ("x", "y", "z")) if g).strip().rstrip(",")
    if _CONDITION.search(x) or not _DOING.match(x) or _NOT_A_USE.search(x):
        return []
    verb = _RIGHT_TO.sub("", x)
    if verb != x:
        return [f"You may not {verb}."]
    out = [f"{x[0].upper()}{x[1:]} is not permitted."]
    gerund = _GERUND.match(x)
    if gerund is not None:  # "sharing the model with third parties": "You may not share the model ..."
        out.append(f"You may not {_base(gerund.group(1))}{x[gerund.end(1) :]}.")
    return out


def scope_limits(low: str, starts: list[int]) -> Restated | None:
    """The sentences a reader makes of the sentences of `low` (normalised, lower case) that state the grant's
    scope as a limit (`_NEGATED`, `_LIMITED`), or None when none does."""
    if "licen" not in low and "right" not in low and "grant" not in low and "permission" not in low:
        return None
    ends = [*starts[1:], len(low)]
    made: list[tuple[int, str]] = []
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        sentence = low[a:b]
        m = _NEGATED.search(sentence)
        if m is not None:
            made += [(i, s) for s in _restate(m)]
            continue
        m = _LIMITED.search(sentence)
        if m is not None and not _CONDITION.search(m.group("x")) and _PURPOSE.match(m.group("x").strip()):
            made.append((i, f"You may use the model only for {m.group('x').strip()}."))
    if not made:
        return None
    text_parts: list[str] = []
    made_starts: list[int] = []
    at = 0
    for _, s in made:
        made_starts.append(at)
        text_parts.append(s)
        at += len(s) + 2
    return Restated("\n\n".join(text_parts), tuple(made_starts), tuple(i for i, _ in made))
