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

from opengauge.licenses.normalize import Normalized
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
            r"|(?:use |usage )?restrictions(?: on use)?|restricted uses?"
            r"|prohibit(?:ed|ions)(?: uses?| activities| conduct)?|prohibited uses? of (?:the|this) \w+"
            r"|(?:forbidden|unacceptable|disallowed|banned) uses?|uses? (?:not allowed|not permitted)"
            r"|not (?:allowed|permitted)|don'?ts|you agree not to"
        ),
    ),
    (
        PERMIT,
        re.compile(
            r"(?:what |things )?(?:you|licensees?|users?) (?:can|may)(?: do)?|you are free to"
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
_ITEM = re.compile(rf"[ \t]{{0,8}}(?:\*|{LIST_MARKER})[ \t]+(?=\S)")  # "*" is a bullet in the original
_NUMBERING = re.compile(
    r"^(?:(?:section|article|part)\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-z]|[ivx]{1,5})[.)]?\s+"
)
_EXCEPTIONS = re.compile(r"\b(?:except|unless|other than|save|excluding|but not)\b")
#: A lead-in is the last this many characters of its line, from its last sentence start.
MAX_LEAD = 240
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
    """Each item's scope: FORBID, PERMIT, DUTY, or "" for a lead-in joined as written."""
    leads: tuple[int, ...]
    """Where each item's lead-in ends (its colon) in the original text; -1 under a heading."""

    def item_of(self, offset: int) -> int:
        """The item whose sentence holds `offset` of `text`."""
        return bisect_right(self.starts, offset) - 1


def _heading_verb(title: str) -> str | None:
    low = _NUMBERING.sub("", title.lower().replace("\u2019", "'").strip())
    words = " ".join(re.sub(r"[^\w' ]+", " ", low).split())
    for verb, pattern in _HEADINGS:
        if pattern.fullmatch(words):
            return verb
    return None


def _lead_in(line: str) -> str | None:
    """The lead-in of a line ending with a colon: its last sentence, without the colon."""
    body = line.rstrip()
    if not body.endswith(":"):
        return None
    body = body[:-1].rstrip(" *_")
    cut = max(body.rfind(". "), body.rfind("; "))
    lead = body[cut + 2 :] if cut >= 0 else body
    lead = lead[-MAX_LEAD:].strip(" *_#>")
    if not lead or _EXCEPTIONS.search(lead.lower()):
        return None
    return lead


def scoped(norm: Normalized) -> Scoped | None:
    """The scoped items of a text, or None when it has none."""
    return _scoped(norm.original)


@lru_cache(maxsize=8)
def _scoped(original: str) -> Scoped | None:
    if "\n" not in original:
        return None
    parts: list[str] = []
    starts: list[int] = []
    bodies: list[int] = []
    spans: list[tuple[int, int]] = []
    verbs: list[str] = []
    leads: list[int] = []
    heading: str | None = None  # the verb of the heading in force
    lead: tuple[str, int] | None = None  # the lead-in in force (its words, where its colon is)
    item: tuple[int, int] | None = None  # the open item's span
    at = 0
    blank = False

    def close() -> None:
        nonlocal item
        if item is None:
            return
        s, e = item
        item = None
        if len(spans) >= MAX_ITEMS:
            return
        words = " ".join(original[s:e].split())
        if lead is not None:
            sentence, verb, where = f"{lead[0]} {words}", "", lead[1]
        elif heading is not None:
            sentence, verb, where = f"{heading} {words}", heading, -1
        else:
            return
        at_text = sum(len(p) for p in parts)
        starts.append(at_text)
        bodies.append(at_text + len(sentence) - len(words))
        parts.append(sentence.rstrip(" .;,") + ".\n\n")
        spans.append((s, e))
        verbs.append(verb)
        leads.append(where)

    for line in original.splitlines(keepends=True):
        start, at = at, at + len(line)
        text = line.rstrip("\r\n")
        if not text.strip():
            blank = True
            continue
        m = _ITEM.match(text)
        if m:
            close()
            item = (start + m.end(), start + len(text.rstrip()))
            blank = False
            continue
        title = _ATX.fullmatch(text) or _BOLD.fullmatch(text)
        if title:
            close()
            heading, lead = _heading_verb(title.group(1)), None
            blank = False
            continue
        if item is not None and not blank:
            item = (item[0], start + len(text.rstrip()))  # the item goes on
            continue
        close()
        lead_words = _lead_in(text)
        lead = (lead_words, start + len(text.rstrip()) - 1) if lead_words else None
        blank = False
    close()
    if not spans:
        return None
    return Scoped("".join(parts), tuple(starts), tuple(bodies), tuple(spans), tuple(verbs), tuple(leads))
