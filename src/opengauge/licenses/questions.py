"""A licence written as questions and answers: a question about a duty or a limit that the text answers no
("Do I have to register, ask permission or tell you that I use it? No.") states no term, though its words
are those of a duty (held-out round 30). The clause rules and the safety net (`additions.unexplained`) both
skip such a question; a question asking for a permission ("Can I ...?") and its answer are read as usual
(answered no, it is a limit), and so is one answered yes."""

from __future__ import annotations

import re

#: The start of a question in a licence of questions and answers: its number or letter, and a "Q." ("3. Q: ").
_ASKED = r"^\W*([0-9]{1,3}\W{1,3}|[a-z]\W{1,3})?(q\W{1,3})?"
#: A question about a duty or a limit ("Do I have to register ...?", "Is there a limit on ...?"), and the
#: answer no that follows it in a licence written as questions and answers ("No.", "A. No, ...").
DUTY_QUESTION = re.compile(
    _ASKED + r"((do|does|must|shall|will|would) "
    r"(i|we|you|one|my \w+|our \w+) (have to|need to|must|"
    r"be required to)|(must|shall) (i|we|you)\b|(is|are) there (a |an |any )?([\w-]+ ){0,3}?(limits?|caps?|"
    # held-out round 38: "Is there a revenue figure above which we must pay ...?", "Is there an acceptable use
    # policy that I must follow?"
    r"restrictions?|fees?|charges?|conditions?|ceilings?|thresholds?|figures?|polic(y|ies)|rules?|"
    r"requirements?|obligations?|duties|quotas?)\b|(am i|are we|are you) (required|obliged) to|"
    # held-out round 46: a duty asked of the reader's own things ("Must my product display 'Built with X'?"),
    # and a power asked of the licensor ("Can you switch off copies remotely?", "Can the Collective
    # restrict how I use the model later?"): answered no, neither is a term
    r"(must|shall|will) (i|we|my \w+|our \w+)\b|"
    r"(can|could|may|will|would) (you|they|the [\w-]+) (\w+ ){0,2}?(switch|turn|shut|disable|revoke|"
    r"terminate|restrict|change|update|amend|withdraw|take back|limit|cancel|suspend|stop|block)\b)"
)
NO_ANSWER = re.compile(r"^\W*(a\W{1,3}|answer\W{1,3})?(no|nope|not at all|never)\b")
#: A question asking for a permission ("Can I ...?", "May we ...?", "Am I allowed to ...?"): answered yes it
#: grants what it asks (`grants`), answered no it refuses it, a limit no rule may read (`additions`).
PERMISSION_QUESTION = re.compile(
    _ASKED + r"((can|may|could) (i|we|you|one)\b"
    r"|(am i|are we|are you) (allowed|permitted|free) to\b)"
)
YES_ANSWER = re.compile(r"\s*(a\W{1,3}|answer\W{1,3})?(yes|sure|of course|absolutely)\b")


#: A question asking what is permitted ("What may I do with it?", "What can we do with the Model?", "What am I
#: allowed to do?"): its answer, the sentence after it, says what is granted (`grants`; held-out round 56).
WHAT_QUESTION = re.compile(
    _ASKED + r"what ((can|may) (i|we|you|one)|(am i|are we|are you) (allowed|permitted|free) to) do\b"
    r"[^?]{0,40}\?\s*$"
)


def asks_what_is_permitted(sentence: str) -> bool:
    """`sentence` asks what is permitted (`WHAT_QUESTION`): the sentence answering it grants what it names."""
    return bool(WHAT_QUESTION.match(sentence.lower()))


def _answered(question: re.Pattern[str], answer: re.Pattern[str], sentence: str, after: str) -> bool:
    """`sentence` is a question of the kind `question` matches, and `after` (the text that follows it)
    opens with the answer `answer` matches."""
    return (
        sentence.rstrip().endswith("?")
        and bool(question.match(sentence.lower()))
        and bool(answer.match(after[:40].lower()))
    )


def answered_no(sentence: str, after: str) -> bool:
    """`sentence` asks whether a duty or limit applies and `after` (the text that follows it) answers no:
    it states no term (held-out round 30, "Do I have to register, ask permission or tell you that I use
    it? No."). A question answered yes, a question asking for a permission ("Can I ...? No.", a limit),
    or one not answered, is read as usual."""
    return _answered(DUTY_QUESTION, NO_ANSWER, sentence, after)


def answered_yes(sentence: str, after: str) -> bool:
    """`sentence` asks for a permission and `after` answers yes ("Can I merge it with other models? Yes."):
    it grants what it asks (`grants`)."""
    return _answered(PERMISSION_QUESTION, YES_ANSWER, sentence, after)


def refused(sentence: str, after: str) -> bool:
    """`sentence` asks for a permission and `after` answers no ("Can I use it commercially? No."): a limit."""
    # a power asked of the licensor ("Can you switch off copies remotely? No.") is no permission refused
    return _answered(PERMISSION_QUESTION, NO_ANSWER, sentence, after) and not DUTY_QUESTION.match(
        sentence.lower()
    )


__all__ = [
    "DUTY_QUESTION",
    "WHAT_QUESTION",
    "NO_ANSWER",
    "PERMISSION_QUESTION",
    "YES_ANSWER",
    "answered_no",
    "asks_what_is_permitted",
    "answered_yes",
    "refused",
]
