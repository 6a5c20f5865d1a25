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
    r"(?:\b(?:(?:the|this|these|such|its|our|any) )?(?:(?:foregoing|above|aforementioned|said|present) )?"
    r"(?:licen[cs]es?|grants?|rights?|permissions?)\b"
    r"(?: (?:granted|given|conferred))?"
    r"(?: (?:above|herein|hereunder|under this \w+|in (?:section|clause|article) [\w.()]+))?"
    # a pronoun that opens its sentence, after a sentence about the grant ("They do not reach any modified
    # version", held-out round 65)
    r"|^\W*(?:[a-z]+(?: [a-z]+)?, )?(?:they|it))"
)
#: "<the grant> does not extend to / include / cover / permit X"; "<the grant> excludes X".
_NEGATED = re.compile(
    _SUBJECT + r"[^.;:]{0,20}?\b(?:does not|do not|doesn't|don't|shall not|will not|won't|is not|are not)\s+"
    r"(?:extend|apply|cover|include|permit|allow|authori[sz]e|reach|grant)\w*(?:\s+to)?\s+(?P<x>[^.;:]{3,160})"
    r"|" + _SUBJECT + r"[^.;:]{0,20}?\bexclud(?:es|e)\s+(?P<y>[^.;:]{3,160})"
    r"|\bnothing in (?:this|these|the) (?:licen[cs]e|agreement|terms)\s+"
    r"(?:permits|grants|allows|authori[sz]es)\s+(?:you\s+)?(?:to\s+)?(?P<z>[^.;:]{3,160})"
    # "no licence is granted for, the use of ..." (held-out round 65: "The foregoing grant excludes, and no
    # licence is granted for, the use of the Model ... to train ... any machine learning model")
    r"|\bno (?:licen[cs]e|right|permission)s? (?:is |are )?granted (?:for|to)\s*,?\s+(?P<w>[^.;:]{3,160})",
    re.IGNORECASE,
)
#: "<the grant> is limited / restricted / confined to X".
_LIMITED = re.compile(
    _SUBJECT + r"[^.;:]{0,20}?\b(?:(?:is|are)\s+(?:strictly\s+)?(?:limited|restricted|confined)\s+to"
    r"|(?:covers?|appl(?:y|ies) to|extends? to|(?:is|are) granted for)\s+only(?: the following)?)\s*:?\s+"
    r"(?P<x>[^.;:]{3,160})",
    re.IGNORECASE,
)
#: The same, its object a list that follows ("This licence does not cover:", "This licence covers only:").
_LEAD_IN = re.compile(
    _SUBJECT + r"[^.;:]{0,20}?\b(?:(?P<neg>(?:does not|do not|doesn't|don't|shall not|will not|won't)\s+"
    r"(?:extend|apply|cover|include|permit|allow|authori[sz]e|reach)\w*(?:\s+to)?|exclud(?:es|e))"
    r"|(?P<only>(?:covers?|appl(?:y|ies) to|extends? to)\s+only(?: the following)?|(?:is|are)\s+(?:limited|"
    r"restricted|confined)\s+to(?: the following)?))\s*:\s*$",
    re.IGNORECASE,
)
#: A list item's marker ("- ", "* ", "(a) ", "1. ", "i) ").
_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])[ \t]+")
#: A table column of what the licence leaves out ("| Outside scope |", "| Not covered |", "| Excluded |").
_OUT_COLUMN = re.compile(
    r"^\W*(?:out(?:side)? (?:of )?(?:the )?scope|not (?:covered|licen[cs]ed|permitted|allowed|included)"
    r"|excluded|prohibited|you may not)\W*$"
)
#: The words one of the scope patterns needs (`_NEGATED`, `_LIMITED`, `_LEAD_IN`): a sentence with none of
#: them is not read with those patterns.
_CUE = re.compile(
    r"\b(?:not|n't)\s+(?:extend|apply|cover|include|permit|allow|authori[sz]e|reach|grant)|\bexclud|\bonly\b"
    r"|\b(?:limited|restricted|confined)\s+to\b|\bnothing in\b|\bgranted (?:for|to)\b"
)
#: A condition that lets the thing in: the condition's own rules read it (a fee, a registration, a threshold).
_CONDITION = re.compile(r"\b(until|unless|except|provided|if|once|after|before|without)\b", re.IGNORECASE)
#: "the right to redistribute": the verb the right names.
_RIGHT_TO = re.compile(r"^(?:any |the |a )?(?:right|permission|licen[cs]e|freedom)s? to\s+", re.IGNORECASE)


#: Where the thing left out or covered ends and the sentence goes on ("only scientific study, so any
#: deployment ...").
_CLAUSE_END = re.compile(r",\s+(?:so|and so|but|which|while|whereas|because|since|as)\b")
#: "the use of X": the doing is using X.
_USE_OF = re.compile(r"^(?:the |any )?use of\s+")
#: A doing as the thing left out ("sharing the model", "training other models on the outputs").
_GERUND = re.compile(r"^([a-z]{2,}ing)\b(?! (?:purposes?|use|uses)\b)")
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


def _items(low: str, at: int) -> list[tuple[int, str]]:
    """The list items that follow a lead-in ending at `at`: (offset, the item's words up to its first stop),
    up to the first line that is neither an item nor blank."""
    out: list[tuple[int, str]] = []
    pos = at
    for line in low[at:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            if out:
                break
            continue
        m = _ITEM.match(line)
        if m is None:
            break
        # the item's title and its first sentence as one phrase ("passing the weights on, sharing,
        # re-uploading ... to anyone else")
        parts = re.split(r"[.;:]\s+", line[m.end() :].strip(), maxsplit=2)
        out.append((start + m.end(), ", ".join(parts[:2]).strip(" *_.,")))
    return out


def _out_cells(low: str) -> list[tuple[int, str]]:
    """The cells of a table column that holds what the licence leaves out (`_OUT_COLUMN`): (offset, text)."""
    if "|" not in low:
        return []
    out: list[tuple[int, str]] = []
    column: int | None = None
    pos = 0
    for line in low.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line:
            column = None
            continue
        cells = line.strip().strip("|").split("|")
        if column is None:
            column = next((k for k, c in enumerate(cells) if _OUT_COLUMN.match(c.strip())), None)
            continue
        if column < len(cells) and re.search(r"[a-z]{3}", cells[column]):
            text = cells[column].strip()
            out.append((start + line.index(text) if text in line else start, text))
    return out


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
    r"training|fine-tuning|derivative works?|derivatives?|derived (?:works?|models?)|purposes?|"
    r"(?:modified|fine-tuned|changed|altered) (?:versions?|copies|models?|weights))\b|[a-z]{2,}ing\b)"
)
#: The licensor's names and marks, patents and warranties have types of their own, and the outputs are no use
#: of the model (read in the first words: "the use of the Model or any Output to train" is a use).
_NOT_A_USE = re.compile(r"\b(names?|trade ?marks?|marks|logos?|patents?|warrant\w*|liabilit\w*)\b")
_OUTPUTS = re.compile(r"\boutputs?\b")
#: The purposes a grant may be limited to ("limited to personal use", "restricted to research and
#: evaluation").
_PURPOSE = re.compile(
    r"^(?:the |your |its )?(?:own )?(?:personal|private|internal|research|academic|educational|evaluation|"
    r"non-?commercial|testing|experimental|home|household|individual|scientific)\b"
)


def _restate(m: re.Match[str]) -> list[str]:
    return _left_out(next(g for g in (m.groupdict().get(k) for k in ("x", "y", "z", "w")) if g))


def _only(x: str, *, listed: bool = False) -> list[str]:
    """What a reader makes of a grant limited to `x`: use only for it, when `x` is a purpose, or an item of a
    list the grant says it covers only (`listed`: "This licence covers only: (a) running it to carry out
    research; (b) evaluating it ...")."""
    x = _CLAUSE_END.split(x, maxsplit=1)[0].strip().rstrip(",")
    if _CONDITION.search(x) or not (_PURPOSE.match(x) or (listed and _DOING.match(x))):
        return []  # (a listed item that is a thing, not a doing: "the model weights in the weights/ folder")
    return [f"You may use the model only for {x}."]


def _only_listed(x: str) -> list[str]:
    return _only(x, listed=True)


def _left_out(x: str) -> list[str]:
    """What a reader makes of `x` left out of the grant: "X is not permitted" (and "You may not <verb> ..."
    for a doing), when `x` is a doing with no condition that lets it in."""
    x = _CLAUSE_END.split(x, maxsplit=1)[0].strip().rstrip(",")
    if _CONDITION.search(x) or not _DOING.match(x) or _NOT_A_USE.search(x):
        return []
    if _OUTPUTS.search(" ".join(x.split()[:5])):
        return []
    verb = _RIGHT_TO.sub("", x)
    if verb != x:
        return [f"You may not {verb}."]
    out = [f"{x[0].upper()}{x[1:]} is not permitted."]
    use = _USE_OF.match(x)
    if use is not None:  # "the use of the Model or any Output to train ...": "You may not use the Model ..."
        out.append(f"You may not use {x[use.end() :]}.")
    gerund = _GERUND.match(x)
    if gerund is not None:  # "sharing the model with third parties": "You may not share the model ..."
        out.append(f"You may not {_base(gerund.group(1))}{x[gerund.end(1) :]}.")
    return out


def scope_limits(low: str, starts: list[int], original: str = "") -> Restated | None:
    """The sentences a reader makes of the sentences of `low` (normalised, lower case) that state the grant's
    scope as a limit (`_NEGATED`, `_LIMITED`, a lead-in over a list, `_LEAD_IN`) and of the cells of a table
    column of what the licence leaves out (read from `original`, the text as written); None when none
    does."""
    if not any(w in low for w in ("licen", "right", "grant", "permission", "scope", "they ", "it ")):
        return None
    ends = [*starts[1:], len(low)]
    made: list[tuple[int, str]] = []
    # only the sentences with a word of a scope limit are read with the long patterns
    cued = sorted({bisect_right(starts, m.start()) - 1 for m in _CUE.finditer(low)})
    for i in cued:
        a, b = starts[i], ends[i]
        sentence = low[a:b].strip()
        lead = _LEAD_IN.search(sentence)
        if lead is not None:
            restate = _left_out if lead.group("neg") else _only_listed
            made += [(bisect_right(starts, at) - 1, s) for at, item in _items(low, b) for s in restate(item)]
            continue
        m = _NEGATED.search(sentence)
        if m is not None:
            made += [(i, s) for s in _restate(m)]
            continue
        m = _LIMITED.search(sentence)
        if m is not None:
            made += [(i, s) for s in _only(m.group("x"))]
    # (a table's pipes are blanked in the cleaned text: its cells are read from the original, same offsets)
    table = original.lower() if len(original) == len(low) else ""
    made += [(bisect_right(starts, at) - 1, s) for at, cell in _out_cells(table) for s in _left_out(cell)]
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
