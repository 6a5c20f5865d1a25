"""Terms of another thing, reported and disowned: "If you use Marrowfen Cloud, the Cloud Terms of Service
apply as well. Those terms cap the free plan at 1,000 requests a day, forbid using the hosted service for
political campaigning ... The Cloud terms govern the hosted service only. They do not apply to the weights
you download".

A model licence often describes the terms of something else that ships or runs beside the weights (a hosted
service, an evaluation dataset, a demo) and then says those terms do not reach the weights. The sentence that
reports them ("Those terms forbid ...", "it allows their use for non-commercial research only") states the
other document's limits, not the licence's: read alone it looks like a ban on the licensee. The README's
verdict rule decides it: a restriction on something that does not bind the weights takes nothing from them.

`disowned(low, starts)` gives the sentences (by index) that report another document's terms in the third
person ("Those terms forbid", "The data licence requires", "it allows ... only") when the same paragraph or
the next one says those terms do not apply to the weights (`_DISOWNS`), and the sentences of that paragraph
that bind nothing (no permission, duty or prohibition: "the dialogues are only read by `eval/score.py`"). A
sentence that speaks to the licensee ("You may not", "you must") is never one: it binds whoever reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opengauge.licenses.normalize import normalized
from opengauge.licenses.sentences import sentence_starts

#: A sentence saying some terms do not reach the weights: "They do not apply to the weights you download",
#: "The data licence therefore places no condition on the weights", "The Cloud terms govern the hosted
#: service only".
_DISOWNS = re.compile(
    r"\b((do|does|shall|will|would) not|don't|doesn't|won't) (apply|extend|reach)( to)?\b[^.;]{0,40}?"
    r"\b(weights?|checkpoints?|copies (you|that you) (run|download)|models? (you|that you) build)\b"
    # the model named right after "to", under another thing's terms ("The Teacher Licence ... does not apply
    # to the Model", "does not extend to models trained on the Teacher's outputs": held-out rounds 63 and 64);
    # not this licence's own scope ("This licence does not extend to commercial use": `_OWN_SCOPE`)
    r"|\b((do|does|shall|will|would) not|don't|doesn't|won't) (apply|extend|reach) to (the |this |our |any )?"
    r"(model\b|models? (trained|distilled|derived|built|made) (on|from|with)\b)"
    # "This applies to the code, not to the model weights" (held-out release round 34)
    r"|\bappl(y|ies) (only )?to the [\w -]{1,40}?,? (and )?not (to )?(the |its )?(model )?weights\b"
    r"|\b(places?|imposes?|puts?|sets?) no (conditions?|restrictions?|limits?|obligations?|terms?)"
    r" (at all )?on the (model(?:'s)? )?(weights?|checkpoints?)\b"
    r"|\bgovern\w* (the|our) (hosted|cloud|online|managed|api|web)\b[^.;]{0,30}?\bonly\b"
)
#: A sentence that reports what another document's terms do, in the third person: "Those terms cap ...",
#: "The Harrowvane Research Data Licence ... it allows their use for non-commercial research only".
_REPORTS = re.compile(
    r"\b(it|they|those terms|these terms|(the|its|their|that|this) [\w -]{0,40}?"
    r"(terms|terms of (service|use)|licen[cs]e|policy|agreement))"
    r"(?:,? [\w -]{0,20}?,)? (caps?|forbids?|prohibits?|bans?|bars?|limits?|restricts?|requires?|allows?|"
    r"permits?|excludes?|confines?|reserves?|(can|may) be (changed|updated|amended))\b"
)
#: Words that speak to the licensee: such a sentence binds its reader, whatever it reports.
_ADDRESSED = re.compile(r"\byou (may not|must|shall|cannot|can't|will not|agree)\b")
#: Words that make a sentence bind (a permission, a duty, a prohibition): a sentence of the disowning
#: paragraph without one states facts about the other thing ("the dialogues are only read by
#: `eval/score.py`"); "The weights may only be used for research" binds.
_MODAL = re.compile(
    r"\b(may|must|shall|can|cannot|can't|will not|won't|need to|needs to|have to|has to|required|prohibited|"
    r"forbidden|not (permitted|allowed))\b"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: A heading that says its section binds nothing: "Version history (informative, not part of the licence
#: terms)", "Explanatory notes (non-binding)", "Changelog", "For information only". Such a section describes
#: (earlier versions, the licensor's reasons); the operative terms are elsewhere in the text.
_INFORMATIVE_TITLE = re.compile(
    r"\b(informative|non-?binding|not binding|not legally binding|for (your )?(information|convenience) only|"
    r"not (a )?part of (the|this|these) (licen[cs]e|agreement|terms)|not (a )?(licen[cs]e )?terms?|"
    r"(version|revision|release|change|licen[cs]e) (history|notes|log)|change-?log|what changed)\b"
)
#: A heading: a line of at most this many words with no sentence's end, alone between blank lines.
_TITLE_WORDS = 14
#: A text that says its version history is part of the licence ("Part A as changed by every entry in Part B",
#: "Each entry below changes the text above"): a history heading then binds as the rest does (held-out round
#: 57).
_HISTORY_BINDS = re.compile(
    r"\bas changed by\b|\b(each|every) entry\b[^.]{0,60}?\b(changes?|amends?|replaces?)\b"
    r"|\b(part [a-z0-9]{1,3}|the (version |revision |release )?history|the change-?log)\b[^.]{0,30}?"
    r"\b(applies|prevails|governs|forms? part of)\b"
)
_HISTORY_TITLE = re.compile(
    r"\b(version|revision|release|change|licen[cs]e) (history|notes|log)\b|change-?log"
)


def _titles(low: str) -> list[tuple[int, str]]:
    """(offset, words) of every line that is a heading: short, with no sentence's end, and alone in its
    paragraph (a blank line, or the text's edge, before and after it)."""
    out = []
    lines = []
    at = 0
    # (not `finditer` of `[^\n]*`, whose empty matches between lines would count as blank lines)
    for line in low.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for k, (at, line) in enumerate(lines):
        words = line.strip().strip("-*: ")
        if not words or words[-1] in ".;," or len(words.split()) > _TITLE_WORDS:
            continue
        before = k == 0 or not lines[k - 1][1].strip()
        after = k + 1 >= len(lines) or not lines[k + 1][1].strip()
        if before and after:
            out.append((at, words))
    return out


def informative(low: str, starts: list[int]) -> set[int]:
    """The sentences (indexes into `starts`) of the sections whose heading says they bind nothing
    (`_INFORMATIVE_TITLE`: "Version history (informative, not part of the licence terms)", "Changelog"),
    from the heading to the next heading."""
    if not _INFORMATIVE_TITLE.search(low):
        return set()
    titles = _titles(low)
    history_binds = bool(_HISTORY_BINDS.search(low))

    def binds_nothing(title: str) -> bool:
        # a history the text makes part of the licence binds, unless its title says more ("(informative)")
        if history_binds and _HISTORY_TITLE.search(title):
            return bool(_INFORMATIVE_TITLE.search(_HISTORY_TITLE.sub("", title)))
        return bool(_INFORMATIVE_TITLE.search(title))

    spans = [
        (at, titles[k + 1][0] if k + 1 < len(titles) else len(low))
        for k, (at, words) in enumerate(titles)
        if binds_nothing(words)
    ]
    return {i for i, a in enumerate(starts) for lo, hi in spans if lo <= a < hi}


#: The licence's own scope as the subject ("This licence does not apply to the model's outputs"): it says what
#: this licence covers, not that another thing's terms stay off the weights.
_OWN_SCOPE = re.compile(r"\b(this|these|the present) (licen[cs]e|agreement|terms|grant)\b")


def _disowning(low: str, starts: list[int]) -> list[int]:
    """The sentences (indexes into `starts`) that say some terms do not reach the weights (`_DISOWNS`), those
    whose subject is this licence itself left out (`_OWN_SCOPE`)."""
    ends = [*starts[1:], len(low)]
    out = []
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        m = _DISOWNS.search(low, a, b)
        if m is not None and not _OWN_SCOPE.search(low, a, m.start()):
            out.append(i)
    return out


#: The other things a release licenses beside the weights, whose own terms a text may keep off them (held-out
#: round 63: "Section 1 applies to the Corpus only: it does not apply to the Weights"; "the evaluation set's
#: licence does not apply to the Model"; the Playground's rules "don't apply to the weights you download").
_ARTIFACT = re.compile(
    r"\b(corpus|data ?sets?|evaluation (set|data)|eval set|benchmarks?|playground|demo|teacher|"
    r"hosted (service|api|demo)|(web )?api|web ?site|app|voices?|samples?|documentation|docs|code|scripts|"
    r"software)\b"
)
#: Words that name the licensed weights themselves: a sentence with them binds the weights, whatever else it
#: names ("an AI model that competes" is another model).
_THE_WEIGHTS = re.compile(
    r"\b(the|these|our|your|its) (model\b(?! that)|weights?|checkpoints?|model weights)"
)


def _kept_off(low: str, starts: list[int], disowning: list[int], paragraph: Callable[[int], int]) -> set[int]:
    """The sentences about another artifact (`_ARTIFACT`) whose terms a disowning sentence keeps off the
    weights: the artifacts that sentence names, or else those of its paragraph, and every sentence of the
    text that names one of them and not the weights (`_THE_WEIGHTS`), addressed to the licensee or not ("You
    may not distribute ... the Corpus"; a table row "| Evaluation set | eval/ | CC BY-NC 4.0 |
    Non-commercial use only |")."""
    ends = [*starts[1:], len(low)]
    names: set[str] = set()
    for i in disowning:
        said = {m.group(0) for m in _ARTIFACT.finditer(low, starts[i], ends[i])}
        if not said:
            p = paragraph(starts[i])
            said = {
                m.group(0)
                for j, a in enumerate(starts)
                if paragraph(a) == p
                for m in _ARTIFACT.finditer(low, a, ends[j])
            }
        names |= said
    if not names:
        return set()
    named = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    return {
        i
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if i not in disowning and named.search(low, a, b) and not _THE_WEIGHTS.search(low, a, b)
    }


def disowned(low: str, starts: list[int], disowning: list[int] | None = None) -> set[int]:
    """The sentences (indexes into `starts`, the sentence starts of the lower-cased text `low`) that report
    terms the text says do not apply to the weights; `disowning`, the sentences that say so, when the caller
    has found them (`_disowning`)."""
    aside = informative(low, starts)
    if disowning is None:
        if not _DISOWNS.search(low):
            return aside
        disowning = _disowning(low, starts)
    if not disowning:
        return aside
    ends = [*starts[1:], len(low)]
    breaks = [m.start() for m in _PARAGRAPH.finditer(low)]

    def paragraph(offset: int) -> int:
        return sum(1 for b in breaks if b < offset)

    paragraphs = {paragraph(starts[i]) for i in disowning}
    out: set[int] = set()
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        sentence = low[a:b]
        p = paragraph(a)
        if _ADDRESSED.search(sentence):
            continue
        if (p in paragraphs or p + 1 in paragraphs) and _REPORTS.search(sentence):
            out.add(i)
        elif p in paragraphs and not _MODAL.search(sentence):
            out.add(i)
    return out | aside | _kept_off(low, starts, disowning, paragraph)


_WORD = re.compile(r"[a-z0-9]+")


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


def disowned_reports(text: str) -> list[str]:
    """The sentences of `text` that `disowned` gives, and those that say which terms do not reach the weights
    (a sentence that confines another thing's terms states no limit on the weights: "The Cloud terms govern
    the hosted service only"), each as its words (lower case, markup and punctuation left out), for
    `is_disowned`."""
    norm = normalized(text)
    low = norm.lower
    if not _DISOWNS.search(low) and not _INFORMATIVE_TITLE.search(low):
        return []
    starts = sentence_starts(norm.clean, norm.original)
    ends = [*starts[1:], len(low)]
    disowning = _disowning(low, starts)
    away = disowned(low, starts, disowning) | set(disowning)
    return [k for i in sorted(away) if (k := _key(low[starts[i] : ends[i]]))]


def is_disowned(sentence: str, reports: list[str]) -> bool:
    """True when `sentence` is one of `reports` (`disowned_reports`), or holds one, or is part of one."""
    if not reports:
        return False
    key = _key(sentence)
    return bool(key) and any(r in key or key in r for r in reports)


__all__ = ["disowned", "disowned_reports", "is_disowned"]
