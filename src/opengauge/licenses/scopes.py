"""List items whose meaning their heading or lead-in gives: "**What you can't do** / - Use X to
build a competing product" bans what its item only names.

Plain-language licenses put the verb of a list in its heading ("What you can do", "Prohibited
uses", "You must") or in the line that introduces it ("You agree not to use the Model to:"), and
their items are bare ("- Military applications"). Read alone, such an item binds or grants
nothing. `scoped(norm)` gives each item the sentence a reader makes of it: the lead-in joined to
the item, or, under a heading, the heading's verb ("you may not", "you may", "you must") before
it. The clause and grant readers read these sentences as well as the text, and report what they
find at the item's own line with the item's own words.

A heading counts only when its words say, in full, what its list is (`_HEADINGS`): "Restrictions"
does, "Terms and conditions" or "Out-of-scope use" (a model card's advice) does not. A lead-in
naming exceptions ("except:", "unless:", "other than:") is not joined to its items.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from opengauge.licenses.normalize import EITHER_WAY, Normalized
from opengauge.licenses.sentences import LIST_MARKER

FORBID, PERMIT, DUTY = "you may not", "you may", "you must"

_NOT = r"(?:can ?not|can'?t|may not|must not|shall not|will not|won'?t|should not|do not|don'?t)"
# the whole heading (numbering, markup and a trailing colon dropped, lower case), by what its list is
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        FORBID,
        re.compile(
            rf"(?:what |things )?(?:you|licensees?|users?) {_NOT}"
            r"(?: do| use it for| use (?:the|this) \w+ for)?"
            r"|(?:use[- ]based |usage |use )?restrictions(?: on (?:use|usage))?|prohibitions"
            r"|(?:prohibited|forbidden|restricted|banned|disallowed|unacceptable|unauthori[sz]ed|excluded)"
            r" (?:uses?|usages?|applications?|activities|purposes|use cases|fields of use|conduct)"
            r"(?: of (?:the|this) \w+)?"
            r"|uses? (?:that are )?(?:not allowed|not permitted|prohibited|forbidden)"
            r"|prohibited|not (?:allowed|permitted)|don'?ts|you agree not to"
        ),
    ),
    (
        PERMIT,
        re.compile(
            r"(?:what |things )?(?:you|licensees?|users?) (?:can|may)"
            r"(?: do(?: with (?:the|this|it|our) ?\w*)?)?|you are free to"
            r"|permissions|permitted uses?|allowed uses?|rights? granted(?: to you)?|grant of rights"
            r"|(?:what )?you are allowed to do|dos"
        ),
    ),
    (
        DUTY,
        re.compile(
            r"(?:what |things )?(?:you|licensees?|users?) (?:must|need to|have to|shall)(?: do)?"
            r"|conditions|obligations|requirements|your (?:obligations|duties)|you agree to"
        ),
    ),
)
_ATX = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*")
_BOLD = re.compile(r"[ \t]{0,3}(?:\*\*|__)(.+?)(?:\*\*|__)[ \t]*:?[ \t]*")
#: A bold label and its value on one line: "**Permissions:** commercial use, modification, distribution".
_LABEL = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)([^*_\n]{2,60}?):?(?:\*\*|__):?[ \t]+(\S.*)")
_ITEM = re.compile(rf"[ \t]{{0,8}}(?:\*|{LIST_MARKER})[ \t]+(?=\S)")  # "*" is a bullet in the original
_NUMBERING = re.compile(
    r"^(?:(?:section|article|part|attachment|appendix|schedule|exhibit|annex)\s+)?"
    r"(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-z]|[ivx]{1,5})(?:[.):]|\s+-)?\s+"
)
#: An item that says itself what is allowed, required or refused needs no heading or lead-in to be read.
_OWN_VERB = re.compile(
    r"\b(?:may|must|shall|will|can|cannot|can't|won't|not|agrees?|prohibited|forbidden|required|permitted)\b",
    re.IGNORECASE,
)
#: An item's last line ends its sentence: a line after it that is not indented starts a paragraph.
_ENDED = re.compile(r"[.;!?:)\]\"']\s*$")
_EXCEPTIONS = re.compile(r"\b(?:except|unless|other than|save|excluding|but not)\b")
#: A lead-in is at most the last this many words of its line, from its last sentence start: enough for
#: its verb ("You agree you will not use, or allow others to use, Llama 3.2 to:").
MAX_LEAD_WORDS = 14
#: At most this many items of one text are read through their scope.
MAX_ITEMS = 400


@dataclass(frozen=True)
class Scoped:
    """The sentences a reader makes of a text's scoped list items (see the module doc)."""

    text: str
    """The sentences, one per paragraph: `text[starts[i]:...]` is item i's."""
    starts: tuple[int, ...]
    """Where each item's sentence starts in `text`."""
    bodies: tuple[int, ...]
    """Where each item's own words start in `text` (after its lead-in or heading verb)."""
    spans: tuple[tuple[int, int], ...]
    """Each item's words in the original text (its marker left out)."""
    verbs: tuple[str, ...]
    """Each item's scope: FORBID, PERMIT, DUTY, or "" for a lead-in joined as written. A bold label's
    value ("**Permissions:** commercial use, modification") is an item of its label's scope."""
    leads: tuple[int, ...]
    """Where each item's lead-in ends (its colon) in the original text; -1 under a heading."""

    def item_of(self, offset: int) -> int:
        """The item whose sentence holds `offset` of `text`."""
        return bisect_right(self.starts, offset) - 1


#: A refusal that points at an attachment for what it refuses: "You shall not use the Model for any of the
#: purposes in Attachment A" makes Attachment A's items uses refused, whatever its own title says.
_REFERS = re.compile(
    rf"(?:{_NOT}|\bnever)\b[^.\n]{{0,120}}?\b(?:in|listed in|set out in|set forth in|described in"
    r"|specified in|under)\s+(attachment|appendix|schedule|exhibit|annex)\s+([a-z0-9]{1,3})\b",
    re.IGNORECASE,
)
#: A line that opens an attachment, as a heading or a plain line: "Attachment A", "## Schedule 1 - Uses".
_ATTACHMENT = re.compile(
    r"[ \t]{0,3}[#*_ ]*(attachment|appendix|schedule|exhibit|annex)\s+([a-z0-9]{1,3})\b[^\n]{0,80}",
    re.IGNORECASE,
)
#: The words of either, looked for first: a text without one has no attachment to read.
_KINDS = re.compile(r"attachment|appendix|schedule|exhibit|annex", re.IGNORECASE)


def _referred(original: str) -> frozenset[tuple[str, str]]:
    """The attachments a refusal points at for what it refuses, as (kind, label) in lower case."""
    return frozenset((m.group(1).lower(), m.group(2).lower()) for m in _REFERS.finditer(original))


def _heading_verb(title: str) -> str | None:
    low = _NUMBERING.sub("", title.lower().replace("\u2019", "'").strip())
    words = " ".join(re.sub(r"[^\w' ]+", " ", low).split())
    for verb, pattern in _HEADINGS:
        if pattern.fullmatch(words):
            return verb
    return None


#: A lead-in that names its items as uses refused ("each of the following is an Excluded Use", "The following
#: are Prohibited Uses"): its items read as a heading "Prohibited uses" makes them read (held-out round 55).
_REFUSED_ITEMS = re.compile(
    r"(?:(?:each|any|all) of )?the following(?: uses| activities| purposes)? "
    r"(?:is|are|shall be|will be|counts? as|constitutes?|(?:is|are) (?:each )?(?:deemed|treated as)) "
    r"(?:an? )?(?:excluded|prohibited|forbidden|restricted|banned|disallowed|unauthori[sz]ed|unacceptable"
    r"|unlicensed|non-permitted) (?:uses?|purposes?|activit(?:y|ies)|applications?|use cases?)"
)


def _lead_in(line: str) -> str | None:
    """The lead-in of a line ending with a colon: its last sentence, without the colon."""
    body = line.rstrip()
    if not body.endswith(":"):
        return None
    body = body[:-1].rstrip(" *_")
    cut = max(body.rfind(". "), body.rfind("; "))
    lead = body[cut + 2 :] if cut >= 0 else body
    lead = " ".join(lead.split()[-MAX_LEAD_WORDS:]).strip(" *_#>")
    if not lead or _EXCEPTIONS.search(lead.lower()):
        return None
    return lead


def scoped(norm: Normalized) -> Scoped | None:
    """The scoped items of a text, or None when it has none."""
    return _scoped(norm.original)


class _Builder:
    """Collects the sentences of scoped items (see `Scoped`)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.size = 0
        self.starts: list[int] = []
        self.bodies: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.verbs: list[str] = []
        self.leads: list[int] = []

    def add(self, span: tuple[int, int], before: str, verb: str, lead: int = -1, after: str = "") -> None:
        """Item `span` of the original, read after the words `before` (a lead-in or a verb) and before the
        words `after` (what an answer adds to its yes or no)."""
        if len(self.spans) >= MAX_ITEMS:
            return
        words = " ".join(self.original[span[0] : span[1]].split())
        # ("changed or not": an either-way wording, whose "not" is no verb of the item's own)
        if not words or _OWN_VERB.search(EITHER_WAY.sub("", words.lower())):
            return  # empty, or an item with a verb of its own ("You must keep ..."), read as the text says
        sentence = f"{before} {words}{after}"
        self.starts.append(self.size)
        self.bodies.append(self.size + len(sentence) - len(words))
        part = sentence.rstrip(" .;,") + ".\n\n"
        self.parts.append(part)
        self.size += len(part)
        self.spans.append(span)
        self.verbs.append(verb)
        self.leads.append(lead)

    def result(self) -> Scoped | None:
        if not self.spans:
            return None
        return Scoped(
            "".join(self.parts),
            tuple(self.starts),
            tuple(self.bodies),
            tuple(self.spans),
            tuple(self.verbs),
            tuple(self.leads),
        )


_ROW = re.compile(r"[ \t]{0,3}\|")
_RULE_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")
# an answer that starts with a plain yes or no ("Yes", "No (ask us)", "\u2713"); anything else ("Only with
# a paid licence") is read as the row says it
_AFTER = r"(?:[\s,.;:(!-].*)?"
_YES_WORDS = r"yes|y|allowed|permitted|ok|\u2713|\u2714|\u2705"
_NO_WORDS = r"no|n|not (?:allowed|permitted)|prohibited|forbidden|\u2717|\u2718|\u274c"
_YES = re.compile(rf"(?:{_YES_WORDS}){_AFTER}", re.IGNORECASE | re.DOTALL)
_NO = re.compile(rf"(?:{_NO_WORDS}){_AFTER}", re.IGNORECASE | re.DOTALL)


#: The plain yes or no an answer starts with (`_YES`, `_NO`), taken off to keep what it adds.
_YES_NO_WORD = re.compile(rf"^\s*(?:{_YES_WORDS}|{_NO_WORDS})(?![a-z])", re.IGNORECASE)

#: A list item that is a label and its answer: "Modify: yes", "Use: any purpose".
_ANSWERED = re.compile(r"\**([A-Za-z][\w /-]{0,40}?)\**\s*:\**\s*(\S.{0,80}?)\s*")
_ANY_PURPOSE = re.compile(r"(?:for )?any (?:purpose|use)\b.*", re.IGNORECASE | re.DOTALL)


def _yes_no(answer: str) -> str | None:
    """PERMIT for an answer that is a plain yes, FORBID for a plain no, else None."""
    return PERMIT if _YES.fullmatch(answer) else FORBID if _NO.fullmatch(answer) else None


def _answer_verb(answer: str) -> str | None:
    """A list item's answer read as `_yes_no` reads a table's, "any purpose" also a yes."""
    return PERMIT if _ANY_PURPOSE.fullmatch(answer) else _yes_no(answer)


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells (markup and spaces trimmed), in the original text."""
    out = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for a, b in zip(bars, bars[1:], strict=False):
        lo, hi = a + 1, b
        while lo < hi and line[lo] in " \t*_`":
            lo += 1
        while hi > lo and line[hi - 1] in " \t*_`":
            hi -= 1
        out.append((start + lo, start + hi))
    return out


#: A column header that asks the question its cells answer yes or no ("Allowed?", "Permitted", "Can I?").
_ASKS = re.compile(
    r"(?:[\w' ]{0,30}\?|(?:is it )?(?:allowed|permitted|ok)|(?:can|may) (?:i|you|we)(?: do it)?|yes ?/ ?no)",
    re.IGNORECASE,
)


def _answer_column(original: str, header: list[tuple[int, int]]) -> int:
    """The column that answers each row: the one whose header asks the question (held-out round 50's
    "| What | Allowed? | Condition |"), else the last."""
    for i, (a, b) in enumerate(header[1:], start=1):
        if _ASKS.fullmatch(original[a:b].strip()):
            return i
    return -1


#: A column header that names what its cells are the activities or uses of a row ("Activities", "Uses", "What
#: is licensed"): a row that no yes or no answers is read as licensing them on the terms its later cells give
#: ("| 2 | Hosting it for third parties | This licence and a Tier 2 Agreement (Section 4) |", held-out round
#: 55).
_ACTIVITIES = re.compile(
    r"(?:the )?(?:licensed |covered )?(?:activit(?:y|ies)|uses?|use cases?|usages?)"
    r"|what (?:is|are) (?:licensed|covered|allowed)|what (?:it|this) covers",
    re.IGNORECASE,
)


def _activity_column(original: str, header: list[tuple[int, int]]) -> int:
    """The column whose header names the activities a row licenses (`_ACTIVITIES`), or -1."""
    for i, (a, b) in enumerate(header):
        if _ACTIVITIES.fullmatch(original[a:b].strip()):
            return i
    return -1


def _table(build: _Builder, rows: list[tuple[int, str]]) -> None:
    """The items of one Markdown table: each cell under a header that is a heading ("You can", "You
    cannot"), or each row's first cell answered by a plain yes or no ("| Redistribute | No |"), in the
    column whose header asks ("Allowed?") or the last."""
    if len(rows) < 3 or not _RULE_ROW.fullmatch(rows[1][1].rstrip()):
        return
    original = build.original
    head = _cells(rows[0][1], rows[0][0])
    header = [_heading_verb(original[a:b]) for a, b in head]
    column = _answer_column(original, head)
    act = _activity_column(original, head)
    for start, line in rows[2:]:
        cells = _cells(line, start)
        # what a last cell's answer adds to its yes or no is read with the row ("| Serve more than 1,5
        # million users | Yes, there is no cap |": no cap; held-out round 39)
        answer = original[slice(*cells[column])].strip() if len(cells) >= 2 and len(cells) > column else ""
        said = _yes_no(answer)
        more = " ".join(_YES_NO_WORD.sub("", answer, count=1).strip(" ,.;:()!-").split()) if said else ""
        after = f" ({more})" if more else ""
        if any(header):
            for i, (verb, span) in enumerate(zip(header, cells, strict=False)):
                if verb is not None:
                    build.add(span, verb, verb, after=after if i < len(cells) - 1 else "")
        elif said is not None:
            build.add(cells[act] if 0 <= act < len(cells) else cells[0], said, said, after=after)
        elif 0 <= act < len(cells) - 1:
            terms = "; ".join(" ".join(original[slice(*c)].split()) for c in cells[act + 1 :])
            build.add(cells[act], PERMIT, PERMIT, after=f" ({terms})" if terms.strip() else "")


@lru_cache(maxsize=8)
def _scoped(original: str) -> Scoped | None:
    if "\n" not in original:
        return None
    build = _Builder(original)
    heading: str | None = None  # the verb of the heading in force
    lead: tuple[str, int] | None = None  # the lead-in in force (its words, where its colon is)
    item: tuple[int, int] | None = None  # the open item's span
    table: list[tuple[int, str]] = []  # the rows of the open table
    at = 0
    blank = False
    refused = _referred(original) if _KINDS.search(original) else frozenset()

    def close() -> None:
        nonlocal item
        if item is not None:
            if lead is not None and _REFUSED_ITEMS.search(lead[0].lower()):
                build.add(item, FORBID, FORBID, lead[1])
            elif lead is not None:
                build.add(item, lead[0], "", lead[1])
            elif heading is not None:
                build.add(item, heading, heading)
        item = None

    for line in original.splitlines(keepends=True):
        start, at = at, at + len(line)
        text = line.rstrip("\r\n")
        if _ROW.match(text):
            close()
            table.append((start, text))
            lead, blank = None, False
            continue
        if table:
            _table(build, table)
            table = []
        if not text.strip():
            blank = True
            continue
        m = _ITEM.match(text)
        if m:
            close()
            answered = _ANSWERED.fullmatch(text, m.end())
            verb = _answer_verb(answered.group(2)) if answered else None
            if answered and verb:
                # "- Modify: yes", "- Use: any purpose": the label is the item, its answer the verb
                build.add((start + answered.start(1), start + answered.end(1)), verb, verb)
                blank = False
                continue
            item = (start + m.end(), start + len(text.rstrip()))
            blank = False
            continue
        label = _LABEL.fullmatch(text)
        verb = _heading_verb(label.group(1)) if label else None
        if label and verb:
            close()
            build.add((start + label.start(2), start + len(text.rstrip())), verb, verb)
            lead, blank = None, False
            continue
        opens = _ATTACHMENT.fullmatch(text) if refused else None
        if opens and (opens.group(1).lower(), opens.group(2).lower()) in refused:
            close()
            heading, lead = FORBID, None  # the attachment of the uses a refusal points at
            blank = False
            continue
        title = _ATX.fullmatch(text) or _BOLD.fullmatch(text)
        if title:
            close()
            heading, lead = _heading_verb(title.group(1)), None
            blank = False
            continue
        if item is not None and not blank and (text[:1].isspace() or not _ENDED.search(original, 0, item[1])):
            item = (item[0], start + len(text.rstrip()))  # the item goes on (indented, or mid-sentence)
            continue
        close()
        lead_words = _lead_in(text)
        lead = (lead_words, start + len(text.rstrip()) - 1) if lead_words else None
        blank = False
    close()
    if table:
        _table(build, table)
    return build.result()
