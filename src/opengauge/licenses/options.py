"""A choice between licences: a text that lets whoever receives the work take one of several licences
("dual-licensed", "at your option", "pick either one", "SPDX-License-Identifier: Apache-2.0 OR
LicenseRef-X") is as open as the most open option it offers (the README's verdict rule: where a recipient
may choose, the most open option anyone may choose decides; the OSI's Open Source Definition asks what a
recipient is allowed to do, and one who may take an open licence has its freedoms whatever the other
option says). Terms that apply together ("and", "in addition to", "both") are not a choice: they are one
text, read whole, and the most restrictive governs.

`offered(text)` finds the options of a text that offers a choice and gives each as the text read under
that option: every line the options share, with the lines that belong only to another option blanked,
so that line numbers stay those of the whole text. An option is marked by a label line ("Option A",
"Licence 2", "(b) the ... Licence", a Markdown heading naming a licence or terms, a "==> FILE <=="
marker), by a column of a Markdown table whose header names the options, or is a paragraph elsewhere
that speaks of one option only ("About option (b). ... apply only to licensees who choose option
(b)"). A text with one option, or none found, is not a choice and is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opengauge.textio import table_cells

#: Words that offer the recipient a choice between licences (or between sets of terms), in lower case: matched
#: on the lower-cased text (`_lower`), which is faster than a case-blind match of so many branches.
_CHOICE = re.compile(
    r"\b(dual|multi|triple)[- ]?licen[cs](ed|ing)\b"
    r"|\bat (your|the (licensee|recipient|user)'?s?) (own )?(option|choice|election|discretion)\b"
    r"|\bat the (option|choice|election) of (the |that |each |any |every )?"
    r"(person|recipient|licensee|user|holder|organi[sz]ation)s?\b"
    r"|\b(you|licensees?|recipients?|users?|anyone|each recipient|every recipient)"
    r" (may|can|are free to|is free to|get to) (choose|elect|pick|select|opt)\b"
    r"|\b(choose|pick|select|elect) (either|one|between|whichever)\b"
    r"|\bunder (either|any one|one) of (the )?(following|these|two|three|the two|the three)\b"
    r"|\bcomply only with the (licen[cs]e|option|terms) (you|they|it) (pick|choose|select|elect)"
    r"|\boffered under (a choice of|two|three|either)\b"
    r"|\b(you|licensees?|recipients?) (may|can) (use|take|receive) (it|the model|the work|this \w+)"
    r" under either\b"
    r"|\bwhichever (of the|of these|you) ",
)

#: An SPDX expression that offers a choice (OR at the top level, no AND).
SPDX_LINE = re.compile(r"spdx-license-identifier:?\s*([^\n]+)", re.IGNORECASE)

#: A line that labels an option: "Option A", "**Licence 2 -", "## Alternative B: ...", "Track 1".
_LABEL = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]*|[-*+][ \t]+|[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+)?(?:\*\*|__)?[ \t]*"
    r"(option|alternative|licen[cs]e|track|path|route|choice)[ \t]+"
    r"([a-z]|[0-9]{1,2}|one|two|three|i{1,3}|iv)\b(?!\.\d)(?![ \t]*(?:of|to|and|or|is|are|the)\b)",
    re.IGNORECASE,
)

#: A list item lettered or numbered in brackets: "(a) ...", "a) ...", "(ii) ...".
_ITEM = re.compile(
    r"^[ \t]{0,6}(?:[-*+][ \t]+)?(\(([a-z]|[ivx]{1,4}|[0-9]{1,2})\)|([a-z]|[0-9]{1,2})[.)])[ \t]+\S"
)

#: Words in a heading, a label or a column's header that name a licence or terms.
_TERMS_WORDS = re.compile(r"\b(licen[cs]es?|agreement|terms|eula)\b", re.IGNORECASE)

#: Words that make terms apply together, not as a choice (in lower case; `together` reads such a text as the
#: licences it binds).
TOGETHER = re.compile(
    r"\b(both|all|all (two|three|four|five)) (licen[cs]es|sets of terms|of them|of these (licen[cs]es|terms))"
    r" (apply|bind|govern)"
    r"|\b(you )?must comply with (both|each|all|every one) of\b"
    # held-out rounds 43 and 44: "All three licences apply together", "each part is under its own licence",
    # "The two licences are cumulative, not alternatives"
    r"|\bapply together\b|\b(each|every) (part|component|piece) (is )?(released |licensed |made available )?"
    r"under its own licen[cs]e\b|\bcumulative,? (and )?not (alternatives|alternative)\b"
)


@dataclass(frozen=True)
class Option:
    """One licence a text offers: its label, its first and last line (1-based) and the text read under
    it (the shared lines and its own, every other option's lines blank)."""

    label: str
    line: int
    end: int
    text: str
    names: tuple[str, ...] = ()
    """The words that name a licence in the option's label and its own lines ("MIT License", "the
    Apache License, Version 2.0"), label first."""


def _lower(text: str) -> str:
    """The text in lower case, character for character (offsets kept: a letter whose lower case is longer,
    such as "İ", is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _offer_at(low: str) -> int | None:
    """Where the words that offer a choice between licences start in a lower-cased text (`_lower`), or None:
    not a licence's own choice of its later versions ("either version 3 of the License, or (at your option)
    any later version")."""
    for m in _CHOICE.finditer(low):
        if "later version" not in low[max(0, m.start() - 80) : m.end() + 40]:
            return m.start()
    return None


def _offer(text: str) -> bool:
    return _offer_at(_lower(text)) is not None


def _spdx_choice(text: str) -> int | None:
    """The offset of an SPDX expression that offers a choice (`OR` at its top level and no `AND`), or None."""
    for m in SPDX_LINE.finditer(text):
        if re.search(r"\bOR\b", m.group(1)) and not re.search(r"\bAND\b", m.group(1)):
            return m.start()
    return None


def offers_choice(text: str) -> bool:
    """True when the text offers its recipient a choice between licences (words or an SPDX expression),
    and does not say that the licences apply together."""
    low = _lower(text)
    if TOGETHER.search(low):
        return False
    return _offer_at(low.replace("\n", " ")) is not None or _spdx_choice(text) is not None


#: A licence named in words: the word before "Licence", "License" or "Agreement" keys it ("the Apache
#: License, Version 2.0" -> apache, "the Brindlecombe Community Licence" -> community).
NAMED = re.compile(
    r"\b(?:[A-Z0-9][\w.-]*[ \t]+){0,3}?([A-Z0-9][\w-]*)[ \t]+(?:Licen[cs]e|Agreement)\b"
    r"(?:,?[ \t]*(?:Version|v\.?)?[ \t]*[0-9]+(?:\.[0-9]+)*)?"
)
NOT_A_NAME = {
    "the",
    "this",
    "that",
    "a",
    "an",
    "other",
    "either",
    "each",
    "both",
    "any",
    "one",
    "same",
    "your",
    "our",
}

#: A sentence that speaks of the choice itself (which licence applies to whom), not of terms.
_ABOUT_CHOICE = re.compile(
    r"\b(two|three|both|either|each|neither|whichever) (of the |of these )?"
    r"(alternative |different |separate )?(licen[cs]es|options|of them)\b"
    r"|\bthe other (option|licen[cs]e)\b"
    r"|\bthe (licen[cs]e|option) (you|they|it) (do not |don't |did not )?"
    r"(choose|chose|pick|picked|select|elect)"
    r"|\b(need|needs|have|has) (only|not|no need) to (comply|accept|choose)"
    r"|\b(do|does|did) not (need|have) to (accept|comply with|choose|take)\b"
    r"|\b(who|that|which) (chooses?|chose|elects?|picks?|selects?|takes?) "
    r"(option|licen[cs]e|alternative|track)\b"
    r"|\b(choosing|electing|picking|selecting) (option|licen[cs]e|alternative|track)\b"
    r"|\b(full|complete) texts? of (each|both|the two|every)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])|\n[ \t]*\n")
_HEADING_LINE = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+\S")
_RULE_LINE = re.compile(r"^[ \t]*([=_*-])\1{2,}[ \t]*$")


@dataclass
class _Span:
    label: str
    key: str
    start: int  # 0-based line index
    end: int  # inclusive


def _key(word: str) -> str:
    return {"one": "1", "two": "2", "three": "3", "i": "1", "ii": "2", "iii": "3", "iv": "4"}.get(
        word.lower(), word.lower()
    )


def _heading_level(lines: list[str], i: int) -> int:
    """A Markdown heading's level, 1 for a "==> FILE <==" marker or a line framed by rules (a setext
    heading, "=====" above and below), 0 for any other line."""
    m = _HEADING_LINE.match(lines[i])
    if m:
        return len(m.group(1))
    if re.match(r"^[ \t]*==>.*<==[ \t]*$", lines[i]):
        return 1
    framed = i + 1 < len(lines) and _RULE_LINE.match(lines[i + 1]) and lines[i].strip()
    return 1 if framed and not _RULE_LINE.match(lines[i]) else 0


def _block_end(lines: list[str], start: int) -> int:
    """The last line of the block an option's label opens when no later label closes it: for a heading,
    before the next heading of its level or higher (or the last line); for a label that is not a heading,
    its own paragraph (to the next blank line)."""
    level = _heading_level(lines, start)
    if not level:
        j = start + 1
        while j < len(lines) and lines[j].strip():
            j += 1
        return j - 1
    for j in range(start + 1, len(lines)):
        lv = _heading_level(lines, j)
        if lv and lv <= level:
            return j - 1 - (1 if j > 0 and _RULE_LINE.match(lines[j - 1]) else 0)
    return len(lines) - 1


def _label_spans(lines: list[str], first: int) -> list[_Span]:
    """Options marked by label lines ("Option A", "## Licence 2: ...", "3. Option 2: ..."): each runs to
    the next label of the same word, the last to the end of its block (`_block_end`)."""
    found: list[tuple[int, str, str]] = []
    for i in range(first, len(lines)):
        m = _LABEL.match(lines[i])
        if m:
            found.append((i, m.group(1).lower()[:5], _key(m.group(2))))
    if not found:
        return []
    word = max({w for _, w, _ in found}, key=lambda w: sum(1 for _, x, _ in found if x == w))
    marks = [(i, k) for i, w, k in found if w == word]
    spans: list[_Span] = []
    for n, (i, key) in enumerate(marks):
        if any(s.key == key for s in spans):
            continue  # a later "Option A" line speaks of an option already opened
        end = marks[n + 1][0] - 1 if n + 1 < len(marks) else _block_end(lines, i)
        spans.append(_Span(lines[i].strip(" #*_\t")[:80], key, i, end))
    return spans if len(spans) >= 2 else []


def _item_spans(lines: list[str], first: int) -> list[_Span]:
    """Options as the first bracketed list after the words that offer the choice: "(a) the Apache
    License ...; or" / "(b) the ... Licence": each item runs to the next item or the blank line after it."""
    spans: list[_Span] = []
    i = first
    while i < len(lines) and i < first + 6 and not _ITEM.match(lines[i]):
        i += 1
    while i < len(lines):
        m = _ITEM.match(lines[i])
        if not m or (m.group(1).endswith(".") and not _TERMS_WORDS.search(lines[i])):
            # an item numbered "1." is an option only when it names a licence or terms ("1. the GNU Affero
            # General Public License ...; or", held-out round 46): a licence's own numbered clauses are not
            break
        j = i + 1
        while j < len(lines) and lines[j].strip() and not _ITEM.match(lines[j]):
            j += 1
        spans.append(_Span(lines[i].strip()[:80], _key(m.group(2) or m.group(3)), i, j - 1))
        while j < len(lines) and not lines[j].strip():
            j += 1
        i = j
    return spans if len(spans) >= 2 else []


def _heading_spans(lines: list[str], first: int) -> list[_Span]:
    """Options as the headings (or "==> FILE <==" markers) after the words that offer the choice that
    name a licence, an agreement or terms: each runs to the next such heading."""
    heads = [
        i for i in range(first, len(lines)) if _heading_level(lines, i) and _TERMS_WORDS.search(lines[i])
    ]
    if len(heads) < 2:
        return []
    return [
        _Span(
            lines[i].strip(" #=<>\t")[:80],
            str(n + 1),
            i,
            heads[n + 1] - 1 if n + 1 < len(heads) else _block_end(lines, i),
        )
        for n, i in enumerate(heads)
    ]


def _choice_line(lines: list[str]) -> int | None:
    """The line where the words that offer the choice start (they may run over a line break), else the
    SPDX expression's line."""
    text = "\n".join(lines)
    at = _offer_at(_lower(text).replace("\n", " "))
    if at is None:
        at = _spdx_choice(text)
    return None if at is None else _line_of(lines, at)


def _line_of(lines: list[str], offset: int) -> int:
    at = 0
    for i, line in enumerate(lines):
        at += len(line) + 1
        if offset < at:
            return i
    return len(lines) - 1


_TABLE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE_ROW = re.compile(r"^[ \t]*\|?[ \t:|-]+\|?[ \t]*$")


def _table_spans(lines: list[str], first: int) -> list[_Span]:
    """A Markdown table after the words that offer the choice whose header names two or more options in
    its columns (after a first column of what is compared): one span per column (the whole table), keyed
    by the option's label when the header gives one ("Option B: Business")."""
    for i in range(first, len(lines) - 1):
        if not (_TABLE_LINE.match(lines[i]) and _RULE_ROW.match(lines[i + 1])):
            continue
        head = table_cells(lines[i])
        if len(head) < 3 or not all(_LABEL.match(h) or _TERMS_WORDS.search(h) for h in head[1:]):
            continue
        end = i + 2
        while end < len(lines) and _TABLE_LINE.match(lines[end]):
            end += 1
        spans = []
        for n, h in enumerate(head[1:], 1):
            m = _LABEL.match(h)
            spans.append(_Span(h.strip("*_ ")[:80], _key(m.group(2)) if m else str(n), i, end - 1))
        return spans
    return []


def _names(text: str) -> dict[str, str]:
    """The licences a passage names, by key (`NAMED`), each with the words that name it."""
    out: dict[str, str] = {}
    for m in NAMED.finditer(text):
        if m.group(1).lower() not in NOT_A_NAME:
            out.setdefault(m.group(1).lower(), m.group(0))
    return out


def _paragraph(lines: list[str], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and lines[start - 1].strip():
        start -= 1
    end = i
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return start, end


class _Reading:
    """Who owns which characters of the text: an option (by key) or all of them (no owner)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.owner: list[str | None] = [None] * len(text)
        starts = [0]
        for line in text.split("\n")[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        self.starts = starts

    def line_range(self, first: int, last: int) -> tuple[int, int]:
        end = self.starts[last + 1] - 1 if last + 1 < len(self.starts) else len(self.text)
        return self.starts[first], end

    def give(self, start: int, end: int, key: str) -> None:
        for k in range(start, end):
            if self.owner[k] is None:
                self.owner[k] = key

    def free(self, start: int, end: int) -> bool:
        return all(o is None for o in self.owner[start:end])

    def under(self, key: str, blank: list[tuple[int, int]]) -> str:
        """The text as read under option `key`: other options' characters and the `blank` ranges as
        spaces (line breaks kept)."""
        chars = list(self.text)
        for k, o in enumerate(self.owner):
            if o is not None and o != key and chars[k] != "\n":
                chars[k] = " "
        for start, end in blank:
            for k in range(start, end):
                if chars[k] != "\n":
                    chars[k] = " "
        return "".join(chars)


_MENTION = re.compile(
    r"\b(?:option|alternative|licen[cs]e|track)\s+\(?([a-z]|[0-9]{1,2}|one|two|three)\)?(?![\w'])(?!\.\d)",
    re.IGNORECASE,
)


def _labels_in(passage: str) -> set[str]:
    """The option labels a passage speaks of ("option (b)", "Option B", "Licence 2"), as keys."""
    return {_key(m.group(1)) for m in _MENTION.finditer(passage)}


def _mentioned(passage: str, keys: dict[str, set[str]]) -> set[str]:
    """The options a passage speaks of: by label ("option (b)", "Option B", "Licence 2") or by the name
    of its licence (`NAMED`)."""
    said = _labels_in(passage) | set(_names(passage))
    return {key for key, words in keys.items() if words & said}


#: A label or a licence's name, whichever comes first in a passage (`_first_mentioned`).
_LABEL_OR_NAME = re.compile(_MENTION.pattern + "|" + NAMED.pattern, re.IGNORECASE)


def _first_mentioned(passage: str, keys: dict[str, set[str]]) -> str | None:
    """The option a passage names first (by label or by its licence's name)."""
    for m in _LABEL_OR_NAME.finditer(passage):
        said = _key(m.group(1)) if m.group(1) else (m.group(2) or "").lower()
        key = next((key for key, words in keys.items() if said in words), None)
        if key is not None:
            return key
    return None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _either_parts(sentence: str) -> list[tuple[int, int]]:
    """The alternatives of one sentence that offers them ("... either under the Apache License, ...,
    or under the Kellavrin Broadcast Licence ..."), as offsets in the sentence: from "either" to each
    "or under / or by / or the", the last to the sentence's end."""
    m = re.search(r"\beither\b", sentence, re.IGNORECASE)
    if not m:
        return []
    cuts = [m.start()] + [
        o.start()
        for o in re.finditer(r",?\s+or\s+(?=(?:under|by|the|a|an)\b)", sentence[m.end() :], re.IGNORECASE)
    ]
    cuts = [cuts[0]] + [c + m.end() for c in cuts[1:]]
    if len(cuts) < 2:
        return []
    return [(cuts[n], cuts[n + 1] if n + 1 < len(cuts) else len(sentence)) for n in range(len(cuts))]


def offered(text: str) -> list[Option]:
    """The options of a text that offers a choice between licences, each read as the whole text under
    that option (see the module's docstring); empty when the text offers no choice or its options cannot
    be told apart."""
    if not offers_choice(text):
        return []
    lines = text.split("\n")
    first = _choice_line(lines)
    if first is None:
        return []
    table = _table_spans(lines, first)
    spans = _label_spans(lines, first) or _item_spans(lines, first) or _heading_spans(lines, first)
    if table:
        # a table of options: its columns are the options; sections labelled with the same options
        # (the full terms under "## Option B") belong to them too
        spans = table + [s for s in spans if s.key in {t.key for t in table}]
    read = _Reading(text)
    keys: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    at: dict[str, tuple[int, int]] = {}
    for s in spans:
        keys.setdefault(s.key, {s.key}).update(_names(s.label))
        labels.setdefault(s.key, s.label)
        a, b = at.get(s.key, (s.start, s.end))
        at[s.key] = (min(a, s.start), max(b, s.end))
        if s not in table:
            read.give(*read.line_range(s.start, s.end), s.key)
    if len(keys) < 2:
        # no marked options: the licences the words offering the choice name are the options
        p_start, p_end = _paragraph(lines, first)
        named = _names("\n".join(lines[p_start : p_end + 1]))
        if len(named) < 2:
            return []
        keys = {k: {k} for k in named}
        labels = dict(named)
        at = {k: (p_start, p_end) for k in named}
        for a, b in _sentences(text, 0, len(text)):
            # "Option 1 is the MIT License": the label speaks of that licence from then on
            said = _labels_in(text[a:b])
            by_name = _mentioned(text[a:b], keys)
            if len(said) == 1 and len(by_name) == 1:
                keys[by_name.pop()] |= said
    _give_passages(read, keys)
    blank = _choice_sentences(read)
    columns = [t.key for t in table]
    out = []
    for key in keys:
        n = columns.index(key) + 1 if key in columns else 0  # its column in a table of options, 0 for none
        under = read.under(key, blank)
        if table:
            under = _column(under.split("\n"), lines, table, n)
        first_line, last_line = at[key]
        own = "".join(ch for ch, o in zip(text, read.owner, strict=True) if o == key)
        if n:
            rows = [table_cells(line) for line in lines[table[0].start + 2 : table[0].end + 1]]
            own += "\n".join(cells[n] for cells in rows if n < len(cells))
        names = tuple(dict.fromkeys([*_names(labels[key]).values(), *_names(own).values()]))
        out.append(Option(labels[key][:80], first_line + 1, last_line + 1, under, names))
    return out


def _give_passages(read: _Reading, keys: dict[str, set[str]]) -> None:
    """Paragraphs outside the options that speak of one option only belong to it; in a paragraph that
    speaks of several, so do its sentences that speak of one, and the alternatives of a sentence that
    offers them "either ... or ..." (`_either_parts`)."""
    text = read.text
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        start, end = m.start(), m.end()
        if not read.free(start, end):
            continue
        said = _mentioned(text[start:end], keys)
        if len(said) == 1:
            read.give(start, end, said.pop())
            continue
        if len(said) < 2:
            continue
        for a, b in _sentences(text, start, end):
            one = _mentioned(text[a:b], keys)
            if len(one) == 1:
                read.give(a, b, one.pop())
            elif len(one) >= 2:
                for pa, pb in _either_parts(text[a:b]):
                    # an alternative belongs to the option it names first ("or under the Kellavrin
                    # Broadcast Licence ..., which, unlike the Apache License, forbids ...")
                    part = _first_mentioned(text[a + pa : a + pb], keys)
                    if part is not None:
                        read.give(a + pa, a + pb, part)


def _choice_sentences(read: _Reading) -> list[tuple[int, int]]:
    """The sentences that speak of the choice itself ("You may use it under either
    of them, at your choice", "the licence you do not choose does not apply to your copy"): blank under
    every option, unless a clause that blocks open source is read in one (a term every option keeps)."""
    from opengauge.licenses.clauses import clauses

    text = read.text
    out = []
    for a, b in _sentences(text, 0, len(text)):
        sentence = text[a:b]
        if not (_offer(sentence) or _ABOUT_CHOICE.search(sentence)):
            continue
        if any(c.blocks_open_source for c in clauses(sentence)):
            continue
        out.append((a, b))
    return out


def _column(read: list[str], lines: list[str], table: list[_Span], n: int) -> str:
    """A table of options read as the option of column `n` (0: an option the table does not list): every
    row reads "what: that option's cell.", on the row's own line."""
    head, last = table[0].start, table[0].end
    for i in range(head, last + 1):
        if i == head:
            read[i] = table[n - 1].label + "." if n else ""
        elif _RULE_ROW.match(lines[i]):
            read[i] = ""
        else:
            cells = table_cells(lines[i])
            cell = cells[n] if 0 < n < len(cells) else ""
            read[i] = f"{cells[0]}: {cell}" + ("" if cell.endswith((".", ";", ":")) or not cell else ".")
    return "\n".join(read)


__all__ = ["Option", "offered", "offers_choice"]
