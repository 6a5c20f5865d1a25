"""A plea is not a ban: a sentence that states a consequence binds nothing.

"By using the Software for military purposes, you choose to make a Bunny unhappy" names a use and
says what follows from it, with no prohibition, no condition on the grant and no termination: the
licensee keeps every right. A restriction needs words that restrict (the Open Source Definition
judges what a license forbids or conditions, not what it disapproves of). So a match whose whole
sentence is a statement of consequence ("By <doing X>, you ...", "<Doing X> makes/is ...") and holds
no word of prohibition, permission, duty, condition or termination is not a clause (`is_plea`).
"You may not use it for military purposes", "By using it for weapons you lose this licence" or "the
licence ends if ..." stay restrictions.
"""

from __future__ import annotations

from opengauge.licenses.lazy_pattern import LazyPattern

#: A statement of consequence: "by <doing>, <someone> ...", or a doing as the subject of a verb.
_CONSEQUENCE = LazyPattern(
    r"^\W*(by|through) \w+ing\b[^.;:]{0,200}?,? (you|we|the \w+|it|this|that|they|he|she|one)\b"
    r"|^\W*(?!(any|no|some|every)thing\b|during\b|including\b|regarding\b|concerning\b|according\b"
    r"|notwithstanding\b|following\b)\w+ing\b[^.;:]{0,160}?"
    r"\b(makes?|will make|would make|causes?|will cause|means|is|are|would be|will be)\b"
)
#: A word that forbids, permits, obliges, conditions or ends something.
_DEONTIC = LazyPattern(
    r"\b(not|no|never|nor|none|cannot|may|must|shall|should|ought|need|required?|requires|only|solely"
    r"|exclusively|prohibit\w*|forbid\w*|forbade|ban\w*|restrict\w*|condition\w*|terminat\w*|revok\w*"
    r"|revocation|void\w*|forfeit\w*|breach\w*|violat\w*|infring\w*|agree\w*|accept\w*|consent\w*|permi\w*"
    r"|allow\w*|licen[cs]\w*|grant\w*|rights?|oblig\w*|liab\w*|indemnif\w*|unless|except\w*|provided"
    r"|if|subject|waive\w*|lose|loses|losing|lost|end|ends|ceases?|expires?|illegal|unlawful|penalt\w*"
    r"|fine|fines|damages|entitle\w*|authori[sz]\w*|disallow\w*|refus\w*|pay|fee|fees"
    # held-out round 39: a consequence that must be bought ("Going past the Free ceiling means moving to Pro
    # or Enterprise, which are bought through a signed order form") conditions use on a price
    r"|paid|buy|buys|buying|bought|purchas\w*)\b|n't\b"
)


#: A wish: "We hope you will not use the model for mass surveillance" (held-out round 34) asks; a duty word in
#: the same sentence ("we hope you understand that you must not ...") makes it bind. The one wording of a
#: wish, read by the clause rules here and by the safety net (`additions._NOT_A_LIMIT`).
#: Held-out round 42: an answer in a licence's questions and answers ("A: We would prefer that it not be used
#: in weapons"), and a preference ("prefer", "would rather", "would like"); round 61: a single author's
#: ("I'd love it if you didn't use it for ads").
_WISHER = (
    r"(we|i|the authors?|the licensor)(?:'d)?( (do|would|sincerely|strongly|really))? "
    r"(hope|wish|trust|urge|prefer|rather|like|love)\b"
)
WISH = r"^\W*(?:a\s*[:.)-]\s*)?" + _WISHER
_WISH = LazyPattern(WISH)
#: A wish joined to a statement of fact (held-out round 49: "We built Tessaly-Embed 2 for search and for
#: science, and we would rather it were not used in weapons"): a plea when no duty word is in the sentence and
#: the part before it neither forbids, permits, obliges nor conditions anything ("You may not use it in
#: weapons, and we hope you understand" stays a ban).
_JOINED_WISH = LazyPattern(r",?\s+(?:and|but|so|yet)\s+" + _WISHER)


def is_plea(sentence: str) -> bool:
    """True when `sentence` (normalised, lower case) states a consequence and holds no word that
    forbids, permits, obliges, conditions or ends anything (see the module docstring), or is a wish
    that holds no word of duty."""
    if _WISH.search(sentence) and not _DUTY.search(sentence):
        return True
    joined = _JOINED_WISH.search(sentence)
    if joined is not None and not _DUTY.search(sentence) and not _DEONTIC.search(sentence[: joined.start()]):
        return True
    return bool(_CONSEQUENCE.search(sentence)) and not _DEONTIC.search(sentence)


#: Words that invite rather than oblige: "You are encouraged to: (i) ...; and (ii) mark the products ...
#: 'Powered by X'" asks; it binds nothing.
_INVITES = LazyPattern(
    r"\b(are|is) (strongly |kindly )?(encouraged|invited|welcome) to\b|\bwe (would )?(kindly )?"
    r"(appreciate|welcome|encourage)\b|\b(optionally|voluntar(y|ily)|at your (option|discretion))\b"
)
#: Words of a duty: a sentence that has one binds, whatever invitation comes before it.
_DUTY = LazyPattern(
    r"\b(must|shall|required?|requires|obliged|obligated|need to|have to|has to|agree\w* to)\b"
)
#: How far back an invitation may introduce a list item ("encouraged to: (i) ...; (ii) ..."): sentences
#: with words of their own, and characters.
_LEAD_IN = 3
_LEAD_IN_CHARS = 600


def is_invited(low: str, starts: list[int], index: int) -> bool:
    """True when sentence `index` of a normalised, lower-case text only answers an invitation: it holds
    no duty word, and it or one of the few sentences before it in its paragraph invites ("You are
    encouraged to: ... (ii) mark the products 'Powered by X'")."""
    ends = [*starts[1:], len(low)]
    if _DUTY.search(low[starts[index] : ends[index]]):
        return False
    seen = 0
    for i in range(index, -1, -1):
        sentence = low[starts[i] : ends[i]]
        if _INVITES.search(sentence):
            return True
        if i < index and (_DUTY.search(sentence) or "\n\n" in sentence):
            return False  # another duty, or another paragraph, comes between
        seen += sum(1 for w in sentence.split() if len(w) > 3) > 1
        if seen > _LEAD_IN or starts[index] - starts[i] > _LEAD_IN_CHARS:
            return False
    return False


#: Who a duty may be denied to: "No app built on the model has to ...", "Nobody needs to ...", "No licensee
#: shall be required to ..." (an enumerated subject: "no later than 30 days, you have to pay" denies nothing).
_NO_ONE = (
    r"\b(?:no (?:one|body|user|licensee|deployment|copy|derivative|recipient|product|service|model|app|"
    r"person|party|compan(?:y|ies)|organi[sz]ation|business|developer|customer|distributor|deployer|"
    r"operator|researcher|student|individual|fine-?tune|version|application|website|integration|end user)s?"
    r"|nobody|no-one)\b"
)
#: A duty said not to exist (held-out rounds 53 and 60, and the session of 2026-12-07: "No app built on the
#: model has to display our logo", "You don't have to show the badge", "No licensee is required to pay any
#: royalty", "There is no obligation to register"): its subject denied with no refusal word before the duty,
#: or the duty's own verb negated. The one wording, read by the clause rules here (`is_denied_duty`) and by
#: the safety net (`additions._NOT_A_LIMIT`).
DENIED_DUTY = (
    _NO_ONE + r"(?:(?!\b(?:may|must|shall|can|cannot|unless|except|only)\b)[^.;]){0,60}?"
    r"\b(?:needs?|has|have|is required|are required|is obliged|are obliged|is obligated|are obligated|"
    r"(?:shall|will|would) (?:ever )?(?:be (?:required|obliged|obligated)|need|have)) to\b|"
    r"\b(?:do not|don't|does not|doesn't|did not|didn't|need not|needn't|never|will not|won't|shall not) "
    r"(?:ever )?(?:have|has|need|needs) to\b|\bneed not\b|\bneedn't\b|"
    r"\b(?:is|are|will be|shall be) (?:not|never) (?:required|obliged|obligated) to\b|"
    r"\b(?:will|shall|would) not be (?:required|obliged|obligated) to\b|"
    r"\b(?:there is|there's|with) no (?:requirement|obligation|duty|need) to\b"
)
_DENIED_DUTY = LazyPattern(DENIED_DUTY)
#: What keeps a duty for someone, or adds one, beside the denial: a refusal, another duty, a condition or a
#: threshold ("No app has to display our logo unless it has more than 1 million users"; "You don't have to
#: pay below 1,000 users") -- the sentence then binds, and is read as its rules read it.
_KEPT = LazyPattern(
    r"\b(?:must|shall|may not|may only|must not|cannot|can ?not|can't|unless|except|only|provided|if|"
    r"as long as|so long as|until|before|after|above|over|below|under|more than|less than|fewer than|"
    r"exceed\w*|beyond|up to|once|when|whenever)\b|\d"
)


def is_denied_duty(sentence: str) -> bool:
    """True when `sentence` (normalised, lower case) says a duty does not exist ("No app built on the model
    has to display our logo") and holds nothing that keeps it for some, adds another or sets a condition:
    the words of the duty it denies are no clause."""
    m = _DENIED_DUTY.search(sentence)
    return m is not None and not _KEPT.search(sentence[: m.start()] + " " + sentence[m.end() :])
