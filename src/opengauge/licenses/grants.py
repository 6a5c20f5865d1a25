"""The four freedoms read from a license's grant: what the text permits, not only what it forbids.

A license is a permission. Besides the clauses that restrict (`clauses.py`), a text says what it
grants: to use, to copy and distribute (share), to modify and distribute modified versions, and
(for source-based works) to access the preferred form (study). `read_grants(text)` finds the
sentences that grant something (a permission word: "hereby grants", "you may", "are permitted",
"is free to", "may be freely copied"...) and the freedom verbs inside them, stopping where the grant
stops (a negation, "except", "provided that", "solely"...). A dedication to the public domain grants
all four.

From what is granted follows what is missing: a text that lets you install and use a program but
never lets you pass it on withholds the freedom to share, and the sentence where its grant stops is
the quote that shows it, when the text reserves what it does not grant ("all other rights
reserved", "non-transferable"); a short notice that grants some freedoms and reserves nothing is
not read as withholding the others. Use is implied by a grant to copy or modify; study (the
preferred form) by a grant to modify or by a mention of the source code, and it is only withheld
by a clause that says so (no reverse engineering, object code only).

Like the clause rules, nothing here depends on the catalog, and the patterns are this project's own
words describing how grants are phrased.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from opengauge.enums import Freedom
from opengauge.licenses import cjk
from opengauge.licenses.lazy_pattern import LazyPattern
from opengauge.licenses.normalize import Normalized, normalized
from opengauge.licenses.questions import answered_yes, asks_what_is_permitted
from opengauge.licenses.quotes import MAX_QUOTE, quote_of, window
from opengauge.licenses.scopes import FORBID, Scoped, scoped
from opengauge.licenses.sentences import sentence_starts

MAX_TEXT = 400_000
"""Only this many characters of a text are read for grants (a grant comes early)."""


def _wrapped(source: str, flags: int = 0) -> LazyPattern:
    """A grant pattern: read against text that keeps its line breaks, so a space in it matches any
    run of white space ("with or⏎   without modification"; `LazyPattern(wraps=True)`)."""
    return LazyPattern(source, flags, wraps=True)


#: Words that confer a permission. A negation just before or after one voids it.
_TRIGGER = _wrapped(
    # (held-out round 38: "Permission is given, free of charge, to ...")
    r"\bpermission\b(?=[^.;]{0,160}?\b(granted|given)\b)"
    r"|\b(hereby )?grants?\b|\bgranted\b"
    r"|\b(you|licensee|licensees|recipients?|users?|anyone|everyone|any(one| person| individual)"
    r"|the (user|licensee|recipient))\s+(may|can|are free to|is free to|(are|is) (allowed|permitted|entitled"
    r"|authori[sz]ed|welcome) to|ha(ve|s) (the )?(right|permission) to)\b"
    r"|\b(is|are)\s+(hereby\s+)?(also\s+)?(expressly\s+|freely\s+)?permitted\b"
    r"|\byou're\s+(free|allowed|permitted|entitled|welcome)\s+to\b"
    # the freedoms named as nouns after a verb of permitting ("the Ravelston Model Licence allows use,
    # modification and redistribution for any purpose", held-out round 64)
    r"|\b(allows?|permits?|authori[sz]es)\s+(the\s+)?(free\s+)?(use|copying|modification|redistribution|distribution"
    r"|sharing|study)\b"
    # (an aside between commas: "gives everyone permission, free of charge, to use", the aside blanked;
    # held-out round 39: "gives every person and organisation permission")
    r"|\b(gives?|giving)\s+(\w+\s+){0,4}?(unlimited\s+|full\s+|unrestricted\s+)?permission[\s,]+to\b"
    r"|\bfeel free to\b|\bfree(ly)?\s+(to\s+)?(use|copy|distribute|redistribute|modify|share)\b"
    r"|\b(may|can)\s+(freely\s+)?be\s+(freely\s+)?(used|copied|reproduced|modified|distributed"
    r"|redistributed|published|shared|adapted|altered|transmitted|sold)\b"
    r"|\bthe\s+(rights?|permission|licen[cs]e)\s+to\s+(use|copy|reproduce|modify|distribute|redistribute"
    r"|publish|deal|make)\b"
    r"|\bpermits?\s+(you|anyone|everyone|licensee|the user|any person)\b"
    # the licensor as the subject of a verb of licensing (held-out round 31: "Spindlewood Analytics Limited
    # hereby licenses the Licensee, free of charge, to use, reproduce, adapt ... the Model")
    r"|\b(licen[cs]es|authori[sz]es|entitles|lets)\s+(you|the\s+licensee|licensees|the\s+user|users|recipients"
    r"|anyone|everyone|any\s+person)\b"
    r"|\b(is|are)\s+(yours|free for (you|anyone|everyone))\s+to\b"
    # "gives to the User the right, without payment, to use ...": the grantee after "to"
    r"|\b(gives?|giving|grants?|provides?|offers?)\s+to\s+(the\s+)?(you|licensees?|recipients?|users?|anyone"
    r"|everyone)\s+(a|an|the)\s+(licen[cs]e|right|permission)\b"
    r"|\b(gives?|giving|provides?|offers?)\s+(you|licensees?|recipients?|users?|anyone|everyone)\s+(a|an|the)\s+"
    r"([\w-]+,?\s+){0,8}?(licen[cs]e|right|permission)\s+to\b"
)
#: A permission to do anything at all: every freedom.
_BROAD = _wrapped(
    r"\bto deal in\b[^.;]{0,80}?\bwithout restriction"
    r"|\bdo (whatever|what(ever)? (the \w+ )?you (want|like|wish)|anything you (want|like))"
    r"|\b(any|every) (use|usage|kind of use)\b[^.;]{0,40}?\b(is|are) (hereby )?"
    r"(permitted|allowed|granted|free)\b"
    r"|\bus(e|ed|ing)\b[^.;]{0,60}?\b(for any purpose|in any (way|manner)"
    r"|any way you (wish|want|like|see fit)|(as|however) you (wish|like|please|want|see fit)"
    r"|without (any )?(restrictions?|limitations?))"
    r"|\b(used|use it|use this|use them) freely\b|\bfeel free to use\b|\bfreely (used|usable)\b"
)
#: The verbs of the freedoms other than use: a grant that lists some of them with "use" before "for any
#: purpose" gives those, the phrase qualifying them; a grant of use alone ("use it freely, for any purpose",
#: "use it in any way, including copying it, modifying it") is read as broad (held-out round 36: "to use,
#: copy, run and redistribute the Model as delivered, for any purpose" gives no right to modify).
_OTHER_FREEDOM_VERBS = _wrapped(
    r"\b(cop(y|ies|ying)|reproduc\w*|distribut\w*|redistribut\w*|shar(e|es|ing)|sell\w*|sublicen\w*|publish\w*"
    r"|modif\w*|adapt\w*|alter\w*|chang(e|es|ing)|fine-?tun\w*|merg\w*|deriv\w*|transform\w*|translat\w*"
    r"|re-?upload\w*|upload(s|ed|ing)?|mirror(s|ed|ing)?|re-?host\w*|re-?post(s|ed|ing)?)\b"
)
#: The text keeps what it does not grant: an explicit reservation of rights, or a grant that cannot
#: be passed on. Without one, a freedom the grant does not name is not said to be withheld.
_RESERVED = _wrapped(
    r"\bnon-?transferr?able\b|\bnot transferr?able\b"
    r"|\brights? not (expressly |explicitly |specifically )?granted"
    r"|\b(all|any) other rights\b|\bno other (rights|licen[cs]es?|permissions?)\b"
    r"|\bexcept as (expressly |explicitly |otherwise |specifically )?"
    r"(permitted|provided|granted|authori[sz]ed|set (forth|out)|stated)"
    r"|\b(expressly|explicitly) reserve[sd]?\b|\breserves? all\b"
    r"|\ball rights[^.;]{0,30}?\breserved\b[^.;]{0,20}?\b(except|other than|not expressly)"
)
_PUBLIC_DOMAIN = _wrapped(
    r"\b(dedicat\w*|releas\w*|plac\w*|put)\b[^.;]{0,80}?\b(in|into|to) the public domain\b"
    r"|\b(is|are) (hereby )?(placed |released )?(in|into) the public domain\b"
    # a waiver in any words: "waives all copyright", "give up all our copyright and related rights"
    r"|\b(waives?|give up|gives up|giving up|relinquish\w*|abandon\w*|surrender\w*|renounce\w*)\b"
    r"[^.;]{0,60}?\b(all|every|any|each)\b[^.;]{0,40}?\bcopyright"
    r"|\bno rights reserved\b"
)
#: A definition ("X" means ...) grants nothing.
_DEFINITION = _wrapped(r"\bmeans\b|\bshall mean\b|\brefers to\b|\bis defined\b")
#: Where a grant stops: a negation, an exception, a condition or a limit of purpose.
_STOP = _wrapped(
    r"\bnot\b|n't\b|\bcan ?not\b|\bnor\b|\bnever\b|\bno (right|rights|licen[cs]e|permission|part)\b"
    r"|\bexcept\b|\bunless\b"
    r"|\bprovided\b|\bsubject to\b|\bon (the )?condition\b|\b(as|so) long as\b|\bif and only if\b"
    r"|\bbut\b|\bhowever\b|\bexcluding\b|\bother than\b|\bsolely\b|\bonly\b|\bexclusively\b"
    r"|\btrade ?marks?\b|\blogos?\b"
    r"|\bwithout (any )?(modifications?|alterations?|changes|changing|modifying)\b"
)
#: Wordings holding a negation that does not limit the grant.
_HARMLESS = _wrapped(
    # each alternative starts with a literal character (no leading `\b`), so the regular expression
    # engine skips the positions where none can start; `blank_harmless` checks the word boundary
    r"including but not limited to\b|include but not limited to\b|includes but not limited to\b"
    r"|not limited to\b|whether or not\b|not only\b|with or without\b|free of charge\b|no charge\b"
    r"|at no cost\b|no fee\b"
    # "give it, changed or not, to anyone": either way, not a limit
    r"|changed or not\b|modified or not\b|altered or not\b|adapted or not\b"
    # changing the format to exercise the other rights is not a grant to modify
    r"|modifications?\b[^.;]{0,30}?\btechnically necessary\b|changes\b[^.;]{0,30}?\btechnically necessary\b"
    r"|alterations?\b[^.;]{0,30}?\btechnically necessary\b"
    # an aside on one adjective of the grant, not where it stops: "irrevocable (except as stated in
    # section 3) licence to copy and modify"
    r"|\((?:except|save) as\b[^()]{0,80}\)|\((?:subject to|unless otherwise)\b[^()]{0,80}\)"
    # the same aside between commas, on the grant's irrevocability ("a perpetual licence, irrevocable
    # except as stated in section 2, to use ..."): it says when the grant may end, not what it covers
    r"|irrevocable,? (?:except|save|unless)\b[^.;,()]{0,80}"
)
#: Only this many characters at the end of a sentence are read for a list grant's introduction.
MAX_LIST_INTRO = 400
#: A grant whose verbs are its list ("... grants You a licence, subject to the terms hereof, to:"): its
#: own words cut it only with conditions on the grant, not with a limit of what it covers.
_LIST_GRANT = _wrapped(
    r"\b(grants?|granted|licen[cs]e|right|permission|may)\b(?:(?!\b(not|only|solely|exclusively|but|except"
    r"|unless|never|nor)\b)[^.;])*\bto\s*:$"
)
#: The licensee as the grantor: "By contributing, you grant the Foundation a licence to ..."
_GRANTOR_YOU = _wrapped(r"\b(you|licensee|recipients?)\s+(hereby\s+)?(also\s+)?(irrevocably\s+)?$")
#: At most this many defined terms are read per text (a license defines a handful).
MAX_TERMS = 20
#: A definition by freedom verbs: "'Deploy' means to use, sublicense or distribute ...".
_MEANS_TO = _wrapped(r"means?\s+to\s+")
#: The term just before "means to".
_TERM_BEFORE = _wrapped(r"\b([a-z][a-z-]{2,30})[\"']?\s+(?:shall\s+)?$")
#: Words before "means to" that are not a defined term.
_NOT_TERMS = frozenset({"this", "that", "which", "it", "what", "term", "word", "also", "and", "or"})
_NEG_BEFORE = _wrapped(r"(\bnot|\bno|\bnothing|\bneither|\bnor|n't|\bnever)\b[^,;:]{0,80}$")
_NEG_AFTER = _wrapped(r"^\W*(not|never|no longer)\b")
#: "granted" naming rights granted elsewhere, not granting: "the rights granted hereunder", "any license
#: granted in Section 2" ("You may not restrict the rights granted ..." grants nothing).
_REFERENCE_BEFORE = _wrapped(
    r"\b(the|any|all|such|those|these|your|its|their|of)\s+([\w-]+\s+){0,2}"
    r"(rights?|licen[cs]es?|permissions?|privileges?|freedoms?)\s*$"
)

_VERBS: dict[Freedom, LazyPattern] = {
    Freedom.USE: _wrapped(
        r"\b(us(e|es|ed|ing)|run|runs|running|execut\w+|install\w*|perform\w*|display\w*|deal in"
        r"|exploit\w*)\b"
    ),
    Freedom.SHARE: _wrapped(
        # copying for a backup is not sharing
        # ("one copy", "a copy of" name a copy, they do not grant copying)
        r"\b((?<!\bone )(?<!\ba )(?<!\bthe )(?<!\bsingle )(?<!\beach )cop(y|ies|ied|ying)"
        r"(?![^.;]{0,40}?\b(backup|back-up|archiv\w+)\b)|reproduc\w+|distribut\w+"
        r"|redistribut\w+|publish\w*|sublicen[cs]\w*|sell|sells|sold|selling|shar(e|es|ed|ing)"
        r"|convey\w*|propagat\w+|transmit\w*|make (it |them )?available|give (it |them )?away|lend"
        # "to transfer copies of it to third persons" (not "transferable": a word of its own)
        r"|transfer(s|red|ring)?"
        r"|give (it|them|copies)\b[^.;]{0,30}?\bto (anyone|anybody|others|other people|third parties"
        r"|everyone)"
        r"|(pass|hand)(es|ed|ing)? (it |them )?on"
        # putting copies up where others get them (informal licence round 61: "you can reupload or mirror it")
        r"|re-?upload\w*|upload(s|ed|ing)?|mirror(s|ed|ing)?|re-?host\w*|re-?post(s|ed|ing)?)\b"
    ),
    Freedom.MODIFY: _wrapped(
        r"\b(modif\w+|adapt\w*|alter(s|ed|ing|ations?)?|chang(e|es|ed|ing)|derivative works?|derivatives?"
        r"|merg\w+|derived (works?|versions?|programs?|fonts?|products?|models?)"
        r"|translat\w+|transform\w*|improv\w+|build upon|remix\w*|edit(s|ed|ing)?|fork\w*"
        # a model is changed by training it further (the OSAID's freedom to modify names fine-tuning)
        r"|fine-?tun\w*|re-?train\w*)\b"
    ),
    Freedom.STUDY: _wrapped(r"\b(source( code| form| files)?|preferred form)\b"),
}
#: The source (the preferred form for changes) said to be available, anywhere in the text.
_SOURCE_AVAILABLE = _wrapped(
    r"\b(source code|source form|preferred form)\b[^.;]{0,120}?\b(available|provided|included|accompan\w+"
    r"|distributed|offered|published|obtain\w*)\b"
    r"|\b(available|provide|include|accompan\w+|distribute|offer|publish)\w*\b[^.;]{0,80}?"
    r"\b(source code|source form|preferred form)\b"
    r"|\bin source (and|or) (binary|object)\b"
)

#: How a withheld freedom shows in the clause taxonomy (`report.missing_clauses` builds the clauses).
MISSING_TYPE: dict[Freedom, str] = {
    Freedom.SHARE: "no-redistribution",
    Freedom.MODIFY: "no-modification",
    Freedom.STUDY: "no-source-access",
}


@dataclass(frozen=True)
class Grant:
    """Where a text grants (or stops granting) a freedom: the line and the words."""

    freedom: Freedom
    line: int
    quote: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Grants:
    """The freedoms a text grants, each with its first grant; and the grant where the text stops."""

    granted: dict[Freedom, Grant] = field(default_factory=dict)
    stop: Grant | None = None
    """The broadest grant sentence (the one to quote when a freedom is missing)."""
    public_domain: bool = False
    reserved: bool = False
    """The text reserves what it does not grant ("all other rights reserved", "non-transferable")."""

    @property
    def any(self) -> bool:
        """True when the text grants something recognisable."""
        return bool(self.granted)

    @property
    def missing(self) -> list[Freedom]:
        """The freedoms a text that grants something does not grant (empty when it grants nothing).
        Study is never missing by silence: only an explicit clause withholds the source."""
        if not self.granted:
            return []
        return [f for f in Freedom if f not in self.granted and f is not Freedom.STUDY]

    @property
    def withheld(self) -> list[Freedom]:
        """The missing freedoms when the text reserves what it does not grant (so they are withheld)."""
        return self.missing if self.reserved else []

    @property
    def all_four(self) -> bool:
        """True when the grant gives use, share and modify (study goes with them unless a clause
        withholds the source)."""
        return self.any and not self.missing


def _segments(low: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The parts of one sentence that a permission word governs, as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    sent = low[s_start:s_end]
    stop_spans: list[tuple[int, int]] | None = None  # the sentence's stops, found once (a long sentence
    # with many permission words would otherwise be searched once per word)
    for m in _TRIGGER.finditer(sent):
        before = sent[max(0, m.start() - 40) : m.start()]
        if _NEG_BEFORE.search(before) or _NEG_AFTER.match(sent, m.end()):
            continue
        if m.group(0) == "granted" and _REFERENCE_BEFORE.search(before):
            continue
        if m.group(0).strip().endswith(("grant", "grants")) and _GRANTOR_YOU.search(before):
            continue  # a grant the licensee gives (to the licensor, for contributions) gives them nothing
        # the words before the permission word ("Redistribution and use ... are permitted"), back to
        # the previous stop
        if stop_spans is None:
            stop_spans = [(x.start(), x.end()) for x in _STOP.finditer(sent)]
        k = bisect_left(stop_spans, (m.start(), -1))  # the first stop starting at or after the word
        lo = max((e for _, e in stop_spans[max(0, k - 2) : k] if e <= m.start()), default=0)
        k = bisect_left(stop_spans, (m.end(), -1))
        hi = stop_spans[k][0] if k < len(stop_spans) else len(sent)
        segment = (s_start + lo, s_start + hi)
        if not out or out[-1] != segment:
            out.append(segment)
    return out


def blank_harmless(low: str) -> str:
    """`low` with the wordings that hold a negation but do not limit a grant blanked (same length)."""

    def blank(m: re.Match[str]) -> str:
        at = m.start()
        if at and low[at].isalnum() and (low[at - 1].isalnum() or low[at - 1] == "_"):
            return m.group(0)  # inside a word ("knot only")
        return " " * len(m.group(0))

    return _HARMLESS.sub(blank, low)


def defined_terms(low: str) -> dict[str, tuple[re.Pattern[str], frozenset[Freedom]]]:
    """The terms `low` defines as freedom verbs ("'Deploy' means to use, sublicense or distribute
    ..."), each with a pattern for its forms and the freedoms its definition names (up to where the
    definition stops): a grant that uses the term grants those."""
    out: dict[str, tuple[re.Pattern[str], frozenset[Freedom]]] = {}
    for m in _MEANS_TO.finditer(low):
        t = _TERM_BEFORE.search(low, max(0, m.start() - 40), m.start())
        term = t.group(1) if t else ""
        if not term or term in out or term in _NOT_TERMS:
            continue
        if len(out) >= MAX_TERMS:
            break
        body = low[m.end() : m.end() + 200]
        cut = re.search(r"[.;]", body)
        body = body[: cut.start()] if cut else body
        stop = _STOP.search(body)
        body = body[: stop.start()] if stop else body
        found = frozenset(f for f, verbs in _VERBS.items() if verbs.search(body))
        if found:
            out[term] = (re.compile(rf"\b{re.escape(term)}(s|d|ed|ing|ment|ments)?\b"), found)
    return out


def _cjk_grants(sentence: str) -> set[Freedom]:
    """The freedoms a sentence in Chinese grants: a permission word and the verbs of each freedom,
    in a sentence that refuses or confines nothing ("许可方授予您 ... 使用、复制、修改和分发本模型的权利")."""
    sentence = cjk.HARMLESS.sub("", sentence)
    if not cjk.GRANT_WORDS.search(sentence) or cjk.REFUSAL_WORDS.search(sentence):
        return set()
    return {f for f, verbs in cjk.FREEDOM_VERBS.items() if verbs.search(sentence)}


def sentence_grants(
    low: str,
    starts: list[int],
    ends: list[int],
    i: int,
    defined: dict[str, tuple[re.Pattern[str], frozenset[Freedom]]] | None = None,
) -> tuple[set[Freedom], bool]:
    """The freedoms sentence `i` grants (with the list it introduces, when its grant runs to the colon),
    and whether it dedicates the work to the public domain. `low` is the lower-cased text with the
    harmless wordings blanked (`blank_harmless`); `defined`, its `defined_terms`."""
    s_start, s_end = starts[i], ends[i]
    sent = low[s_start:s_end]
    if not sent.strip():
        return set(), False
    if cjk.CJK.search(sent):
        return _cjk_grants(sent), False
    found: set[Freedom] = set()
    public_domain = False
    if _PUBLIC_DOMAIN.search(sent) and not _NEG_BEFORE.search(sent[:40]):
        found = set(Freedom)
        public_domain = True
    elif (b := _BROAD.search(sent)) and not _NEG_BEFORE.search(sent[max(0, b.start() - 40) : b.start()]):
        # the other verbs listed with "use" before "for any purpose" name what is granted; named after it
        # ("use it in any way he deems fit, including copying it, modifying it") they are examples
        broad = b.group().startswith(("to deal", "do ")) or not _OTHER_FREEDOM_VERBS.search(b.group())
        found = {Freedom.USE, Freedom.SHARE, Freedom.MODIFY} if broad else {Freedom.USE}
    segments = [] if _DEFINITION.search(sent) else _segments(low, s_start, s_end)
    if not segments and answered_yes(sent, low[s_end : s_end + 40]):
        # a licence written as questions and answers: "Can I change it, fine-tune it or merge it with other
        # models? Yes." grants what the question asks (held-out round 30)
        segments = [(s_start, s_end)]
    elif not segments and i > 0 and asks_what_is_permitted(low[starts[i - 1] : ends[i - 1]].strip()):
        # the answer to "What may I do with it?": "Use it, study it, copy it, ... and share it" (held-out
        # round 56)
        segments = [(s_start, s_end)]
    # a grant introducing a list ("grants you the right to:") that its own words do not cut, or whose
    # only cuts are conditions on the grant ("subject to ..., to:"): each list item, up to its first
    # stop, is part of the grant
    if (
        segments
        and sent.rstrip().endswith(":")
        and (
            segments[-1][1] >= s_start + len(sent.rstrip()) - 1
            or _LIST_GRANT.search(sent.rstrip()[-MAX_LIST_INTRO:])
        )
    ):
        j = i + 1
        while j < len(starts) and ends[j] - s_end < 600:
            item = low[starts[j] : ends[j]]
            first = starts[j] + len(item) - len(item.lstrip())
            stop_in = _STOP.search(low, first, ends[j])
            if stop_in is not None and stop_in.start() == first:
                break  # an item that starts with a stop ("not", "except") ends the list
            segments.append((first, stop_in.start() if stop_in else ends[j]))
            j += 1
    for lo, hi in segments:
        for freedom, verbs in _VERBS.items():
            if verbs.search(low, lo, hi):
                found.add(freedom)
        for term, freedoms in (defined or {}).values():
            if term.search(low, lo, hi):
                found.update(freedoms)
    return found, public_domain


def read_grants(text: str) -> Grants:
    """The freedoms `text` grants, with the line and words of each grant."""
    if not text or not text.strip():
        return Grants()
    norm = Normalized(text[:MAX_TEXT])
    low = blank_harmless(norm.lower)
    starts = sentence_starts(norm.clean, norm.original)
    ends = starts[1:] + [len(low)]
    granted: dict[Freedom, tuple[int, int]] = {}  # freedom -> span of the first sentence granting it
    best: tuple[int, int, int] | None = None  # (freedoms, start, end) of the broadest grant sentence
    public_domain = False
    defined = defined_terms(low)
    items = scoped(norm)
    banned = _banned(items, norm.original) if items is not None else ()
    for i, (s_start, s_end) in enumerate(zip(starts, ends, strict=True)):
        if banned and any(a <= s_start < b for a, b in banned):
            continue  # an item listed under "What you can't do" grants nothing
        found, dedicated = sentence_grants(low, starts, ends, i, defined)
        public_domain = public_domain or dedicated
        for f in found:
            granted.setdefault(f, (s_start, s_end))
        if found and (best is None or len(found) > best[0]):
            best = (len(found), s_start, s_end)
    if items is not None:
        for f, span in _scoped_grants(items).items():
            granted.setdefault(f, span)
    if Freedom.USE not in granted and (Freedom.SHARE in granted or Freedom.MODIFY in granted):
        granted[Freedom.USE] = granted.get(Freedom.SHARE) or granted[Freedom.MODIFY]  # use goes with copying
    if Freedom.STUDY not in granted:
        if Freedom.MODIFY in granted:
            granted[Freedom.STUDY] = granted[Freedom.MODIFY]  # a change is made in the preferred form
        elif granted:
            m = _SOURCE_AVAILABLE.search(low)
            if m:
                granted[Freedom.STUDY] = (m.start(), m.end())
    grants = {f: _grant(norm, f, *granted[f]) for f in Freedom if f in granted}
    stop = _grant(norm, Freedom.USE, best[1], best[2]) if best else None
    reserved = bool(_RESERVED.search(low))
    return Grants(granted=grants, stop=stop, public_domain=public_domain, reserved=reserved)


def _banned(items: Scoped, text: str) -> list[tuple[int, int]]:
    """The lines of the items listed under a prohibition (`scopes.FORBID`), markers included."""
    return [
        (text.rfind("\n", 0, a) + 1, b)
        for (a, b), verb in zip(items.spans, items.verbs, strict=True)
        if verb == FORBID
    ]


def _scoped_grants(items: Scoped) -> dict[Freedom, tuple[int, int]]:
    """The freedoms the sentences a reader makes of scoped list items grant (`scopes`: "You may:" or
    "What you can do" before each item), each at its item's span."""
    snorm = normalized(items.text)  # the clause reader's, cached
    low = blank_harmless(snorm.lower)
    starts = list(items.starts)
    ends = starts[1:] + [len(low)]
    defined = defined_terms(low)
    out: dict[Freedom, tuple[int, int]] = {}
    for i in range(len(starts)):
        if items.verbs[i] == FORBID:
            continue
        found, _ = sentence_grants(low, starts, ends, i, defined)
        for f in found:
            out.setdefault(f, items.spans[i])
    return out


def _grant(norm: Normalized, freedom: Freedom, start: int, end: int) -> Grant:
    """The grant of `freedom` quoted from the sentence at [start, end)."""
    w_start, w_end = window(norm, start, end, start, min(end, start + MAX_QUOTE))
    quote, q_start, q_end = quote_of(norm, w_start, w_end)
    if len(quote) > MAX_QUOTE + 40:
        quote = quote[:MAX_QUOTE].rsplit(" ", 1)[0]
    return Grant(freedom=freedom, line=norm.line_of(q_start), quote=quote, span=(q_start, q_end))


def grants_changed_copies(low: str, starts: list[int]) -> bool:
    """True when some sentence of `low` (normalised, lower case) grants both to modify and to share
    (changed versions may be made and passed on)."""
    low = blank_harmless(low[:MAX_TEXT])
    starts = [s for s in starts if s < len(low)]
    ends = starts[1:] + [len(low)]
    wanted = {Freedom.MODIFY, Freedom.SHARE}
    defined = defined_terms(low)
    return any(wanted <= sentence_grants(low, starts, ends, i, defined)[0] for i in range(len(starts)))
