"""Text added after a catalog license's own end (text beats name).

A document identified as a catalog license may carry more than the license: a "Supplementary
conditions" paragraph after MIT's warranty disclaimer, an "Addendum" after Apache's END OF TERMS AND
CONDITIONS. Those words bind like the license's, so they must be read, not hidden behind the
license's name. `additions()` returns the paragraphs a document puts after the end of the license's
text (the catalog's `ends_with` phrases), leaving out the standard text that may follow it (the
catalog's `tail_boilerplate`, e.g. Apache's appendix on how to apply the license), copyright and
contact lines, and another complete license bundled after the first (identified by the catalog).

Only paragraphs that state terms count: a condition, a prohibition or a requirement (`_TERMS`), and
not about what open source licenses carry anyway (`_ALLOWED`: disclaimers, names, notices). The
caller decides what an addition means: one whose terms a clause detector classified is a change
like any other; one that no detector explains leaves the verdict undecided, never the catalog
license's (a verdict that cannot be decided is never a kinder label).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from opengauge.licenses import cjk
from opengauge.licenses.catalog import LicenseEntry
from opengauge.licenses.normalize import normalized
from opengauge.licenses.pleas import WISH
from opengauge.licenses.questions import answered_no, refused
from opengauge.licenses.sentences import sentence_starts

MIN_WORDS = 8
"""A paragraph shorter than this (a heading, a name, a date) states no terms."""

_TERMS = re.compile(
    r"\b(may not|must not|shall not|will not|cannot|can ?not|do not|only|solely|exclusively|prohibit\w*|"
    r"forbid\w*|not (be )?(permitted|allowed|authori[sz]ed|licensed|granted)|no (rights?|licen[cs]e|"
    r"permission)|grants? no|condition\w*|provided that|notwithstanding|must|required?|requires|"
    r"restrict\w*|terminat\w*|exceed\w*|limited to|(does|do|shall|will) not (extend|apply|cover)|"
    r"exclud\w*|lapses?|void|revok\w*|unless|except|not entitled|ineligible|not eligible|needs? to|"
    r"ha(s|ve) to|(prior|written|express|explicit|separate) (written )?(consent|approval|permission|"
    r"authori[sz]ation|agreement)|"
    # held-out round 42: a permission that stops, and terms that override the licence they follow ("the
    # permission in the MIT License no longer covers the Weights", "where the two differ, these terms govern")
    r"no longer (covers?|appl(y|ies)|extends?|holds?)|ceases? to (cover|apply|extend|hold)|"
    r"(these|the following|such|additional|supplemental) terms (govern|prevail|control|take precedence))\b",
    re.IGNORECASE,
)
"""Words that state terms: a condition, a prohibition, a requirement, a limit, a permission that lapses,
stops or is withheld ("These permissions lapse for members of ...", "void for any licensee ...", "no longer
covers"), one that must first be asked for ("all other uses need prior written consent"), or terms said to
override the licence they follow."""

_ALLOWED = re.compile(
    r"\b(warrant\w*|liab\w*|as is|disclaim\w*|damages|indemn\w*|advertis\w*|promot\w*|endors\w*|"
    r"trade ?marks?|export\w*|patents?|no obligation|except in compliance with the licen[cs]e|"
    r"(copyright|licen[cs]e|licensing|permission|attribution|legal|proprietary|trademark|patent|exception|"
    r"conditions|warranty|disclaimer|above|this|such|these|those|all|any|existing|original|following) "
    r"notices?|notice files?|notices? (of|contained|included|retained|that)|as (your|their|his|her) own|"
    r"(reference|credit|name|cite|mention|acknowledge) the (original )?authors?|"
    r"acknowledg\w*|"
    r"(give|giving|gives|given|provide|providing|appropriate|due|proper|reasonable)( \w+){0,3} credit|"
    r"credits?( \w+){0,3} (given|due)\b|credits? (to|for) (the |its |their |all )?(original )?"
    r"(authors?|creators?|contributors?|developers?|licensors?|copyright|owners?|project)\b|"
    r"attribution|copyright|support|applicable law|applicable( [\w-]+){1,3} (laws?|regulations?)|"
    r"(laws?|regulations?) (prohibits?|forbids?|bans?)|govern\w* (by )?(the )?laws?|"
    r"jurisdiction (of|over)|(exclusive|personal|competent|non-exclusive) jurisdiction|courts?|"
    r"arbitrat\w*|disputes?|(u\.?s\.?|united states|federal) government|government (end )?users?|"
    r"government'?s? rights|restricted rights|"
    r"supersed\w*|in lieu|sub-?components?|developed with|"
    # held-out round 42: the use of a name that trade-mark clauses leave free ("no right to use them, except
    # to state truthfully where the weights came from")
    r"(state|describe|indicate|identify|say) (truthfully|accurately|factually)|"
    r"truthfully (describ|stat|indicat|identif)\w*|"
    r"(retained|kept|preserved|reproduced) in (all |any |every )?(copies|redistributions?|distributions?)|"
    r"portions (of [^.;]{0,60}?)?(are|is|were|was|may be) (copyright\w*|licen[cs]ed|derived|taken|based|"
    r"covered|subject|distributed|provided|made available|owned|developed|written|created|contributed))\b",
    re.IGNORECASE,
)
"""Words of the terms open source licenses carry anyway (a warranty, liability or support disclaimer,
the names not used to endorse, notices and credits kept, export law, patents, governing law, the
courts' jurisdiction and disputes, the government's rights legend, the notice that points to the
license, notes on bundled parts): a sentence about them adds no restriction opengauge has to classify.
Not "credit" alone: credit given to the authors, not credit as in lending ("decisions about the
employment, credit or housing of natural persons" is a field of use). Not "jurisdiction" alone: "does
not extend to anyone in a jurisdiction outside the EEA" is a territory limit; not "notice" alone ("may
terminate this license at any time with notice to you"), nor
"government" alone ("shall not make the Software available to any government or military entity"):
only the notices kept (or of something, "a notice of termination"), the U.S. Government's rights legend
and disclaimers of its views; and a work not to be passed off "as your own". Not "portions" alone
("publishing portions of the Document as a standard is prohibited"): only a note that portions are
someone else's ("Portions of X were developed by ..."), and statements to be retained in copies."""

_NOT_TERMS = re.compile(
    r"^\s*(copyright\b|\(c\)|©|spdx-license-identifier|all rights reserved|https?://\S+\s*$|"
    r"end of terms and conditions\s*$)",
    re.IGNORECASE,
)
"""Lines that state no terms of their own: copyright and contact lines, identifiers, bare links."""


@dataclass(frozen=True)
class Addition:
    """One paragraph a document adds after the license's own text."""

    line: int
    """1-based line of the paragraph's first line in the document."""
    end: int
    """1-based line of its last line."""
    quote: str
    """The paragraph, white space collapsed."""


@lru_cache(maxsize=256)
def _phrase(tokens: str) -> re.Pattern[str]:
    """A token-form phrase as a pattern over the raw text (any non-word run between the words)."""
    return re.compile(r"\W+".join(re.escape(t) for t in tokens.split()), re.IGNORECASE)


def _end_of_license(text: str, entry: LicenseEntry) -> int | None:
    """Offset just past the license's own text: the last occurrence of the first `ends_with`
    phrase that occurs; None when none occurs (the end cannot be told)."""
    for phrase in entry.ends_with:
        last = None
        for m in _phrase(phrase).finditer(text):
            last = m
        if last is not None:
            return last.end()
    return None


def end_line(text: str, entry: LicenseEntry) -> int | None:
    """1-based line on which the license's own text ends (`ends_with`), or None when it cannot be
    told."""
    end = _end_of_license(text, entry)
    return None if end is None else text.count("\n", 0, end) + 1


def _blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) replaced by white space, keeping its line breaks."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def additions(text: str, entry: LicenseEntry | None) -> list[Addition]:
    """The paragraphs stating terms that `text` puts after the end of `entry`'s license text; empty
    when the entry does not say where its text ends, or when what follows is another license."""
    if entry is None or not entry.ends_with:
        return []
    end = _end_of_license(text, entry)
    if end is None:
        return []
    tail = text[end:]
    for start_phrase, end_phrase in entry.tail_boilerplate:
        s = _phrase(start_phrase).search(tail)
        if s is None:
            continue
        e = _phrase(end_phrase).search(tail, s.end())
        tail = _blank(tail, s.start(), e.end() if e is not None else s.end())
    if len(tail.split()) < MIN_WORDS:
        return []
    from opengauge.licenses.identify import identify

    if identify(tail).entry is not None:
        return []  # another license bundled after the first: read as such, not as an addition
    first_line = text.count("\n", 0, end) + 1
    out: list[Addition] = []
    block: list[tuple[int, str]] = []
    lines = tail.split("\n")
    for i, raw in enumerate([*lines, ""]):
        if raw.strip() and not _NOT_TERMS.match(raw):
            block.append((first_line + i, raw.strip()))
            continue
        if block:
            words = " ".join(t for _, t in block)
            if len(words.split()) >= MIN_WORDS and _states_terms(words):
                out.append(Addition(line=block[0][0], end=block[-1][0], quote=" ".join(words.split())))
            block = []
    return out


# a sentence's end within one paragraph: a full stop, exclamation or question mark and a space. Not
# `sentences.sentence_starts`, which also ends a sentence at a semicolon: "... without restriction;
# provided, that this notice is left intact" is one sentence here, its notice part of the grant.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


_NO_TERMS_OF_ITS_OWN = re.compile(
    # held-out round 33: a request that is no condition ("This is a request, not a condition of the licence
    # above; your rights do not depend on it"), and outputs left to the user ("The images ... you generate
    # ... are not covered by this licence and belong to you; the authors claim no rights in them")
    r"\bnot a (condition|requirement|term)\b|"
    r"\b(rights?|licen[cs]es?|permissions?|grants?)\b[^.;]{0,20}?\b(do|does) not depend on\b|"
    r"\b(outputs?|images|texts?|content|generations|results)\b[^.;]{0,80}?"
    r"\b(you (generate|create|make|produce)|generated)\b[^.;]{0,60}?"
    r"\b(are not covered by this licen[cs]e|belong to you|are yours)\b|"
    # held-out round 42: terms that say they add nothing ("They add no condition to your use ... and they take
    # away none of the permissions above"), not when an exception follows
    r"\b(adds?|imposes?|creates?|sets?|places?) no (additional |further |new |other )?"
    r"(conditions?|restrictions?|obligations?|terms?|limits?)\b"
    r"(?![^.;]{0,40}\b(except|other than|save|beyond|but|apart from)\b)|"
    r"\btakes? (away )?none of\b|\btakes? nothing away\b|"
    r"^\W*only this (licen[cs]e|agreement) (grants?|gives?|sets?|states?|contains?)\b",
    re.IGNORECASE,
)
"""Sentences that say they add no term: a request that is no condition, outputs that are the user's. Read
the same way after a catalog license's end (`additions`) and in a text the catalog does not know
(`unexplained`, through `_NOT_A_LIMIT`)."""


def term_sentences(paragraph: str) -> list[str]:
    """The sentences of the paragraph that state terms (`_TERMS`) and are not only about what open licenses
    carry anyway (`_ALLOWED`) nor say they add none (`_NO_TERMS_OF_ITS_OWN`): each sentence is judged on its
    own, so a disclaimer beside a territory ban does not hide it ("Provided as is. Use in Iran is
    prohibited.")."""
    return [
        s
        for s in _SENTENCE_END.split(paragraph)
        if _TERMS.search(s)
        and not _ALLOWED.search(s)
        and not _NO_TERMS_OF_ITS_OWN.search(s)
        # a question states no term, its answer does ("Q: Do I have to register ...? A: No.")
        and not s.rstrip().endswith("?")
    ]


def _states_terms(paragraph: str) -> bool:
    """True when a sentence of the paragraph states terms (`term_sentences`)."""
    return bool(term_sentences(paragraph))


_REFUSES = re.compile(
    r"\b(may not|must not|shall not|will not|cannot|can ?not|do not|don't|agree(s)? not to|never|"
    r"not (be )?(permitted|allowed|authori[sz]ed)|prohibit\w*|forbid\w*|only|solely|exclusively|"
    r"(does|do|shall|will) not (permit|allow|authori[sz]e|grant)|"
    r"(must|shall|need to|needs to|required to|have to|has to) (first )?(obtain|purchase|buy|acquire|request|"
    r"apply for|seek|sign|enter into|pay)|(is|are|shall be|becomes?) (null and )?void|"
    r"requires? (a |an |the )?(separate |written |prior |signed |commercial )*"
    r"(agreement|licen[cs]e|permission|consent|approval)\b|"
    r"must (at all times )?(follow|comply|abide|adhere|observe|obey|respect)|reserves? the right|"
    r"at (its|our|their) (sole )?discretion|from time to time|"
    # held-out rounds 25 and 26, restricted texts read as open whose limit no rule had read and these words
    # had not flagged: a refusal negated by "neither ... nor", a licensee not eligible, rights that do not
    # extend to some use until something is given, a duty the licensee "will" perform, terms taken in from
    # an address
    r"neither\b[^.;]{0,120}?\bnor\b[^.;]{0,160}?\b(may|shall|must|can|will) (be )?\w+|"
    r"(not|in)eligible|"
    r"no (rights?|licen[cs]es?|permissions?)\b[^.;]{0,40}?\b(extends?|appl(y|ies))\b[^.;]{0,80}?\buntil|"
    r"(you|licensee|the licensee) (will|shall|agrees? to|undertakes? to) (first )?(notify|inform|register|"
    r"report to|submit|pay)|"
    r"subject to\b[^.;]{0,60}?\b(at|on)\s*<?(https?://|www\.)|"
    # held-out round 27: rights that end on a condition other than a breach ("All of the rights granted to
    # you ... come to an end ... if at any time the number of distinct people ... exceeds 250,000"; a
    # termination for breach is a usual term, `_NOT_A_LIMIT`), and a licensee who receives no licence
    r"(rights?|licen[cs]es?|grants?|permissions?)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;]){0,80}?"
    r"\b(come to an end|comes to an end|end|ends|"
    r"terminates?|ceases?|lapses?|expires?)\b[^.;]{0,60}?\b(if|when|once|as soon as|upon|after)\b|"
    r"(receives?|gets?|obtains?) no (licen[cs]e|rights?|permission)|"
    # held-out round 35: "No deployment of the Model ... is ... authorised by this licence"
    r"\bno \w+\b[^.;]{0,400}?\b(is|are|shall be|will be)\b[^.;]{0,200}?"
    r"\b(authori[sz]ed|permitted|licensed|allowed) (by|under) (this|these) (licen[cs]e|agreement|terms)\b)",
    re.IGNORECASE,
)
"""Words that refuse, confine or reserve (also "this licence does not permit ..."), that make the grant wait
on something obtained first ("you must first obtain a commercial licence", "publishing more requires a
written agreement"), or that void it ("becomes null and void for ..."): a sentence of an unknown text
with one states a limit."""

_REQUIRED = re.compile(
    r"\b(agreement|licen[cs]e|permission|consent|approval|subscription)\b[^.;]{0,40}?"
    r"\b(is|are|will be|shall be) (first |then |also )?required\b",
    re.IGNORECASE,
)
"""A licence, agreement or permission that "is required" ("Above the free tier, a paid license from Grebe AI
is required"): a grant that waits on it, unless the clause before it says none is ("No written
agreement, license, or royalty fee is required", `_NONE_REQUIRED`)."""
_NONE_REQUIRED = re.compile(r"\b(no|not|nor|without)\b[^.;:]*$", re.IGNORECASE)


def _requires(sentence: str) -> bool:
    """The sentence makes something wait on a licence, agreement or permission that "is required"
    (`_REQUIRED`), not negated in the words of the clause before it."""
    return any(
        not _NONE_REQUIRED.search(sentence[max(0, m.start() - 60) : m.start()])
        for m in _REQUIRED.finditer(sentence)
    )


_NOT_A_LIMIT = re.compile(
    r"\b(means|shall mean|refers? to|is defined|are defined)\b|license document|verbatim cop|"
    r"\bmisrepresent\w*|claim that you (wrote|trained|made|created|authored|built) the original|"
    r"plainly marked|larger work|constitutes? (your )?acceptance|\bby (using|downloading|"
    r"installing|copying|exercising|accessing)\b|if you (do not|don't) (agree|accept)|"
    r"(terminat\w*|\bends?\b|comes? to an end|ceases?|lapses?)[^.;]{0,140}\b(breach|fail\w* to comply|"
    r"violat\w*|break\w*|broken)|"
    r"(breach|fail\w* to comply|violat\w*|\bbreak\w*|\bbroken)[^.;]{0,140}\b(terminat\w*|"
    r"\bends?\b|comes? to an end|ceases?|lapses?)|"
    r"\bencourag\w*|\bsource code\b|corresponding source|same (terms|licen[cs]e)|"
    r"same [\w ]{0,30}licen[cs]e|except in compliance with|additional provisions|"
    r"will not have their licen[cs]es terminated|"
    r"shall not (be (interpreted|construed|deemed)|prohibit|affect|limit)|"
    # held-out round 31: what widens or leaves the grant as it is ("The following permissions are granted
    # in addition to Part A and do not reduce any right granted there"; "Nothing in Section 4.2 requires
    # the Licensee to disclose ..."), and the conditions' own scope ("This Section 4 applies only where
    # the Licensee distributes the Model"), and a credit that names the licensor "for that purpose only"
    r"\b(do|does|will|shall) not (reduce|limit|restrict|narrow|diminish|derogate from|take away)\b"
    r"[^.;]{0,30}?"
    r"\b(any |the |your )?(rights?|permissions?|grants?|licen[cs]es?|freedoms?)\b|"
    r"\bnothing in (this|these|section|clause|paragraph|article|part|the)\b[^.;]{0,40}?"
    r"\b(requires?|obliges?|obligates?|compels?)\b|"
    r"\b(this|these|the) (section|clause|paragraph|article|part|conditions?|obligations?|duties|"
    r"requirements?)( [0-9][0-9.()a-z]*)? appl(y|ies) only "
    r"(where|when|if|to (the )?(distribut|redistribut|shar))|"
    r"\bnam\w* (the )?(licensor|author|original (author|creator)|copyright holder)s?\b[^.;]{0,20}?"
    r"\bfor (that|this|the same) purpose only\b|"
    r"only to the extent|on (your|its|their) own behalf|to the extent (prohibited|required|permitted) by|"
    r"(independent|separate) (modules?|works?|programs?)|not be considered an? (derivative|modification)|"
    r"derivative works? (shall|does|do|will) not include|do not (download|install|use) the|"
    r"not (attempt to )?(restrict|impose|deny|limit) [^.;]{0,60}\b(rights?|others|recipients?|licensees?)\b|"
    # a change of the licence that binds only later releases (held-out round 30: "A change applies only to
    # versions we release afterwards"), the opposite of a unilateral change
    r"\b(changes?|revisions?|amendments?|updates?|new versions? of (this|the) licen[cs]e)\b[^.;]{0,40}?"
    r"\bappl(y|ies) only to\b[^.;]{0,40}?\b(versions?|releases?|copies)\b[^.;]{0,30}?\b(after|afterwards|"
    r"later|future|subsequent)|"
    # a copyleft's duty to provide what reproduces a change ("at no more than the cost of copying, what is
    # needed to reproduce your changes"), and a promise not to enforce rights (a public-domain fallback:
    # "we promise never to enforce them against anyone"), held-out round 27
    r"\bcost of (copying|physically performing|distribution|the medium)|what is needed to reproduce|"
    # how contributions to the project come in ("Contributions ... are accepted under the Apache License 2.0
    # only", held-out round 43): the project's own inbound terms, as Apache 2.0's section 5 sets them
    r"\bcontributions?\b[^.;]{0,80}?\b(are|is|will be|must be) (accepted|submitted|licensed|made|provided)\b"
    r"[^.;]{0,10}?\bunder\b|"
    r"\b(promise|agree|undertake|covenant)s? (never|not) to (enforce|assert|sue|bring|exercise)\b|"
    # a copyleft's "no further restrictions" in other words: "You may not add terms that take any of those
    # freedoms away" (held-out round 27)
    r"\b(may not|must not|shall not|cannot|can't) (add|impose|apply|attach)\b[^.;]{0,40}?"
    r"\b(terms|restrictions|conditions)\b[^.;]{0,60}?\b(take|restrict|limit|remove|deny|withdraw|reduce)\w*\b"
    r"[^.;]{0,30}?\b(freedoms?|rights?)\b|"
    r"\bforbid (anyone|you) to deny|may or may not|\bloss of (data|profits?|goodwill|use)|"
    r"\b(entire|whole) risk|solely (with|at) (you|your|the (user|recipient|licensee))|"
    r"\b(modify|alter|change|edit) (the |its |any |this )?(accompanying |related |user )?"
    r"(documentation|docs|manuals?)\b|"
    r"\b(labell?ed|called|named|presented|represented|passed off) as (the |an? )?(official|original|genuine)|"
    r"\bmay not be called\b|appear in (their|its) names?|names? do not conflict|\bcourts? of\b|"
    r"modified (versions?|copies|files)\b[^.;]{0,80}?\bnamed?\b|"
    r"\b(consumer|statutory) rights\b|third.party rights|nothing in this licen[cs]e|"
    r"united nations convention|"
    r"\bonly in accordance with (the|these|this) (following )?(terms|conditions|licen[cs]e)|"
    r"\bprovided only (with|that|if) the following conditions|"
    r"\b(we|i) (only |just |kindly )?(ask|request|encourage) (that )?you\b|"
    r"\b(ask|request|invite|would like|appreciate)\w*\b[^.;]{0,40}?\bnot "
    r"(require|required|obligatory|mandatory)\b|"
    r"\b(issue|publish|release)\w* (revised|new|updated)( (and/or|or|and) (revised|new|updated))? "
    r"versions? of\b|"
    # held-out round 32: a licence that never expires, a date that only identifies the version, a duty said
    # not to exist ("You don't have to: telling us is entirely up to you"), licences that do not terminate
    r"\bno (expiry|expiration|end) date\b|\bnever (needs?|has) to be renewed\b|\bnever expires?\b|"
    r"\bonly (identif\w+|describ\w+|refers? to|indicates?|records?)\b|"
    r"\b(you )?(do not|don't|does not|doesn't|need not|needn't) (have|need) to\b\s*:|"
    r"\b(entirely|completely|wholly) up to you\b|\bno right\b[^.;]{0,40}?\bdepends? on\b|"
    r"\b(do|does|shall|will) not (be )?terminat\w*\b|"
    # held-out round 34: a limit that only restates the law ("you may not use the model to break the
    # law"; "it forbids no use that is lawful"), and the licensor saying it restricts nothing more
    r"\b(may not|must not|shall not|cannot|can't|will not) use\b[^.;]{0,40}?\b(to break the law|"
    r"for (any )?(illegal|unlawful) (purposes?|activit\w+|uses?|ends)|"
    r"in (violation|breach) of (any )?(applicable )?laws?|unlawfully|illegally)\W*$|"
    r"\bforbids no\b|\badds nothing\b|\bwe (do not|don't|will not|won't) (restrict|limit|control|police)\b|"
    r"\b(you )?(do not|don't|does not|doesn't|need not|needn't) (have|need) to (tell|notify|inform|"
    r"register|ask|pay|credit|cite|mention|let)\b|\bbind only those who sign\b|\btake nothing away\b|"
    # held-out round 35: double negatives that lift limits ("It is not the case that you need to pay us";
    # "There is no use of the Model that this licence does not permit")
    r"\bit is not the case that you (need|have|must)\b|"
    r"\bno \w+( \w+){0,4} that (this|the) licen[cs]e does not (permit|allow|cover)\b|"
    r"\bat which it stops applying\b|"
    # held-out round 37: a sentence that says what the licence does not forbid or add ("it forbids nothing
    # that is lawful", "adds none of its own"), and a promise that binds the licensor ("Hallowby cannot
    # amend it")
    r"\b(forbids?|prohibits?|restricts?|bans?|refuses?|excludes?) nothing\b|"
    r"\b(adds?|imposes?) (none|nothing)( of its own)?\b|"
    r"\b(can ?not|can't|may not|will not|won't|shall not)( ever)? "
    r"(amend|change|revise|update|alter|revoke|withdraw) "
    r"(it|this (licen[cs]e|policy|agreement)|the (licen[cs]e|policy|agreement|terms)|these terms)\b|"
    # held-out round 38: what the model has (or has not) been checked on, in a disclaimer ("THE MODEL HAS
    # BEEN VALIDATED ONLY ON RESEARCH DATASETS AND HAS NOT BEEN TESTED FOR COMMERCIAL DEPLOYMENT"): no rule
    r"\b(has|have)( only| not)? been( only)? "
    r"(validated|tested|evaluated|verified|benchmarked|checked|assessed)\b"
    r"(?![^.;]*\b(may|must|shall|can)\b)|"
    # held-out round 38: notes that say they change nothing ("They do not add to it or take anything away from
    # it"), and a later change that cannot reach copies already released
    r"\b(do|does|will|shall) not (add to|take (anything )?away from)\b|"
    # held-out round 40: a copyleft's ban on added restrictions ("You may not add any term that takes away a
    # right this licence gives"), and a promise not to assert rights ("The Affirmer will not assert any of
    # those rights against anyone, or bring any claim over them")
    r"\b(add|impose|attach)\b[^.;]{0,20}?\b(any )?(further |additional |other )?"
    r"(terms?|conditions?|restrictions?)\b[^.;]{0,30}?\b(that|which) "
    r"(takes? away|removes?|restricts?|limits?|reduces?|denies)\b[^.;]{0,30}?\brights?\b|"
    r"\b(will|shall|do|does) not (assert|enforce|exercise)\b[^.;]{0,40}?"
    r"\b(rights?|claims?|copyright|patents?|against (anyone|any(one| person)|you|licensees?|users?))\b|"
    # held-out round 41: a name not to be confused with the official release, a sponsorship not to be implied,
    # the licence's own headings and translations, what ends on termination, rights that cannot be withdrawn,
    # guidance said to be only guidance, nothing to be sent, the rest of the terms kept when a part fails
    r"\bconfused with (an? |the )?(official|original)\b|"
    r"\b(sponsor|approve|endorse)s? (or (approve|endorse|sponsor)s? )?(of )?what you\b|"
    r"\bheadings? (are|is) (for|only for) (convenience|reference)\b|"
    r"\btranslations? (is|are) (for information|informational|provided for convenience)\b|"
    r"\b(on|upon|after) termination\b[^.;]{0,40}?\b(cease|stop|delete|destroy)\b|"
    r"\b(cannot|can not|can't|may not) be (withdrawn|revoked)\b|"
    r"\b(is|are) (guidance|advice|recommendations?) only\b|"
    r"\b(do not|don't|need not) (have to )?send us anything\b|"
    r"\b(the rest|the remainder|the other terms) (still )?(applies|apply|remains?|stays?)\b|"
    r"\b(that|which) (cannot|can't|can not) be (undone|reversed)\b|"
    r"\basks? (only|nothing but|no more than)\b[^.;]{0,20}?\b(credit|attribution|notices?|acknowledg\w*)\b|"
    r"\b(can ?not|can't|does not|do not|will not|won't|shall not) (reach|affect|apply to|bind|change)\b"
    r"[^.;]{0,30}?\b(copies|versions?|releases?)\b[^.;]{0,30}?\b(already|previously|earlier|before)\b|"
    + WISH
    + r"(?![^.;]*\b(must|shall|required|agree)\b)|"
    + _NO_TERMS_OF_ITS_OWN.pattern
    + "|"
    # a sentence that says which limit is the only one ("This is the only restriction on the rights in
    # section 1", held-out round 26): it describes the licence's limits, it adds none
    # (a sentence that states the limit itself, "the only restriction is that you may not ...", is read)
    r"\b(this|that|it|the above|the foregoing|these|those) (is|are) the (only|sole) "
    r"(restrictions?|conditions?|limits?|limitations?|requirements?|obligations?)\b(?![^.;]{0,20}?\bthat\b)",
    re.IGNORECASE,
)
"""Sentences that state no limit of their own, or the ones open licenses carry: definitions, the
license document itself kept verbatim, origin and altered versions marked (or not passed off as the
official release), larger works, acceptance by use, termination on breach, an invitation, the source
to be offered, the same license kept, the documentation left as it is, the licence's own reading
(severability, interpretation, additional provisions), the risk and the losses disclaimed."""


QUOTE_HEAD = 40
"""How many characters of a clause's or grant's quote tie it to a sentence."""


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


_OBLIGES = re.compile(r"\b(must|shall|required to|has to|have to|needs? to)\b", re.IGNORECASE)
"""Words that oblige: a duty an unknown text puts on the licensee is a limit unless it is one open licenses
carry anyway (`_USUAL_DUTIES`)."""
_USUAL_DUTIES = re.compile(
    # changed copies marked as changed, and not passed off as the original
    r"\b(modif\w*|chang\w*|altered|alteration|derived|derivative)\b[^.;]{0,100}\b(notices?|marked|mark|labell?ed|"
    r"label|indicat\w*|stat(e|es|ed|ing|ements?)|distinguishable|represent|identif\w*|comments?|renamed|replaced|reveal)\b"
    r"|\b(notices?|marked|labell?ed|indicat\w*|distinguishable)\b[^.;]{0,100}\b(modif\w*|chang\w*|altered|original)\b"
    # the license, its text or a notice kept with copies; credits and acknowledgements
    r"|\bcopy of (this|the|these)\b|\b(this|the) (licen[cs]e|document|text|notice|agreement)\b[^.;]{0,60}"
    r"\b(included|distributed|accompan\w*|retain\w*|reproduc\w*|duplicat\w*|placed|appear)\b|"
    r"\btext of (this|the)\b|"
    r"\b(acknowledge?ment|credits?|attribution|the following (text|notice|acknowledge?ment|statement))\b"
    # the same terms for what is passed on, and source offered
    r"|\bsame terms\b|\bterms identical\b|\bunder (the terms of )?this licen[cs]e\b|"
    r"\bunder the terms of this\b|\bsource\b|\bwritten offer\b"
    # the legal machinery every license has
    r"|\bsurviv\w*|\bprevail\w*|\bsever\w*|\bunenforceable\b|\bgovern\w*|\blaws? of\b|"
    r"\bconstrued\b|\bnot required\b|\bdestroy\b|\bsubject to\b[^.;]{0,40}\b(this|the) licen[cs]e\b|"
    r"\bsame legal effect\b|\blater version\b|\bbreach\b|\bmeet the requirements\b|"
    r"\bcompl(y|ies|iance) with (the )?(obligations|terms|conditions)\b[^.;]{0,30}\b(this|the) licen[cs]e\b"
    # AI-generated content disclosed as such, which the law asks anyway (EU AI Act, Art. 50)
    r"|\b(labell?ed|marked|disclosed|identified) as (being )?(generated|produced|created|made) by "
    r"(an )?(ai|artificial)"
    # the license passed on with copies and accepted by recipients, who keep the same freedoms
    r"|\b(include|duplicate|reproduce|retain|keep)\b[^.;]{0,20}\b(this|the) (licen[cs]e|text|notice)\b|"
    r"\b(this|the) licen[cs]e\b[^.;]{0,80}\baccompan\w*|\bassent\b|\brecipients? (must|shall) be able\b|"
    r"\boblige the recipients\b|\bunchanged\b|\b(publicly )?release the modified\b"
    # credit given, in the documentation or by saying the work is based on it; bug reports; checking results
    r"|\bdocumentation\b|\bbased on\b|\bbug reports?\b|\bverify correctness\b|\bshall have the right\b",
    re.IGNORECASE,
)
"""Duties open licenses carry anyway: changes marked, the license or a notice kept with copies and accepted by
recipients, credits, the same terms and source for what is passed on, compliance with the license itself,
AI-generated content disclosed as such, and the legal machinery (survival, severability, governing law,
precedence of a version). Measured on the ScanCode license DB: with them, an unexplained duty moves 7 of
1,273 open texts to `unknown` (their duties are not the usual ones: bug fixes sent to the author, a
report to the project, results that must follow run rules) and one restricted text (sun-iiop) from open."""

#: Words that confine a grant inside its own sentence ("may use ... solely in connection with internal
#: operations"): a sentence holding one is not explained by the grant alone.
_CONFINES = re.compile(r"\b(only|solely|exclusively|strictly)\b", re.IGNORECASE)


def _tied(heads: list[tuple[int, str]], first: int, last: int, flat: str) -> bool:
    """One of `heads` (a line and a quote's first words) is on the sentence's lines `first`..`last`
    and shares its words (`flat`, the sentence flattened)."""
    return any(first <= line <= last and (h in flat or flat[:QUOTE_HEAD] in h) for line, h in heads)


def unexplained(
    text: str, explained: Iterable[tuple[int, str]], granted: Iterable[tuple[int, str]] = ()
) -> list[Addition]:
    """For a text the catalog does not know: its sentences that refuse, confine or reserve something
    (`_REFUSES`) that neither a classified clause nor the grant explains (`explained` and `granted`, a
    grant explaining its sentence only when the sentence does not also confine it: the line and
    quote of each; a sentence is explained by one it shares a line and words with, so a paragraph on
    one line is not explained whole by its first sentence's grant), and that are not about what open
    licenses carry anyway (`_ALLOWED`, `_NOT_A_LIMIT`). A text read as open that has one is not known
    to be open: what that sentence asks has not been read."""
    items = [(line, _flat(quote)[:QUOTE_HEAD]) for line, quote in explained]
    grants = [(line, _flat(quote)[:QUOTE_HEAD]) for line, quote in granted]
    norm = normalized(text)
    starts = sentence_starts(norm.clean, text)
    ends = [*starts[1:], len(norm.clean)]
    out: list[Addition] = []
    for a, b in zip(starts, ends, strict=True):
        sentence = " ".join(norm.clean[a:b].split())
        if refused(sentence, norm.clean[b : b + 40]):
            # "Can I use it commercially? No.": a permission refused in a licence of questions and answers
            first, last = norm.line_of(a), norm.line_of(max(a, b - 1))
            out.append(Addition(line=first, end=last, quote=sentence))
            continue
        if cjk.CJK.search(sentence):
            # Chinese has no spaces between words: its sentence is measured in characters, and read
            # for its own words that refuse, confine or oblige
            plain = cjk.HARMLESS.sub("", sentence)
            if len(sentence) < cjk.MIN_CHARS or not cjk.LIMIT_WORDS.search(plain):
                continue
            if cjk.ALLOWED.search(plain):
                continue
        elif len(sentence.split()) < MIN_WORDS or not (
            _REFUSES.search(sentence)
            or _requires(sentence)
            or (
                _OBLIGES.search(sentence)
                and not sentence.rstrip().endswith(":")  # a lead-in: its items state the duties
                and not _USUAL_DUTIES.search(sentence)
            )
        ):
            continue
        first, last = norm.line_of(a), norm.line_of(max(a, b - 1))
        flat = _flat(sentence)
        if _tied(items, first, last, flat) or (
            not _CONFINES.search(sentence) and _tied(grants, first, last, flat)
        ):
            continue  # explained by a clause, or by a grant unless the sentence also confines it
        if _NOT_TERMS.match(sentence) or _ALLOWED.search(sentence) or _NOT_A_LIMIT.search(sentence):
            continue
        if answered_no(sentence, norm.clean[b : b + 40]):
            continue  # "Do I have to register ...? No." states no term
        out.append(Addition(line=first, end=last, quote=sentence))
    return out


__all__ = ["MIN_WORDS", "Addition", "additions", "end_line", "term_sentences", "unexplained"]
