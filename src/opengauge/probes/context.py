"""What every probe reads: a `Release` plus helpers to search its texts and cite evidence.

A `ProbeContext` never fetches anything. It caches what several probes need (the sections of
the model card, the license analyses keyed by text hash) so one assessment reads each text once.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from opengauge.licenses import LicenseReport, analyze
from opengauge.model import (
    MAX_PARENTS,
    Assessment,
    CodeRepo,
    Document,
    DocumentKind,
    Evidence,
    FileEntry,
    Finding,
    Release,
    trained_bases,
)
from opengauge.probes.errors import ProbeError
from opengauge.probes.literals import LiteralTable
from opengauge.probes.prefilter import fold, guarded, line_candidates, match_starts, narrowed
from opengauge.sources.refs import publisher, publisher_readmes, same_publisher
from opengauge.textio import blank_keeping_lines, clip

T = TypeVar("T")
#: What `ProbeContext.cached` finds for a key it does not hold (any value, None included, may be cached).
_MISSING: Any = object()

#: Lines longer than this are scanned in pieces (broken at a space near every SCAN_WIDTH characters),
#: so no pattern can run along a whole 5 MB line for each of its matches.
SCAN_WIDTH = 1000
#: A hit on a longer line quotes this many characters either side of the match, not the whole line.
HIT_CONTEXT = 300
#: Headings are recognised in the first this-many characters of a line.
HEADING_MAX = 1000

_FENCE = re.compile(r"^\s*(```|~~~)")
#: A Markdown list item at a line's start: a bullet or a number with "." or ")", then a space.
LIST_ITEM = re.compile(r"\s*(?:[-*+\u2022]|\d{1,3}[.)])\s")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# an HTML heading alone on its line (`<h2>Training</h2>`), and the summary of a collapsible block
# (`<details><summary>Training</summary>`), which cards use as a heading: it nests in any heading
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.I)
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")
# a bold label opening a paragraph (`**Intended Use:** The model is ...`), as enterprise cards write their
# sections (held-out release round 21): a section below any heading, its body the rest of the paragraph's
# lines up to the next label or heading; the label starts with a letter of any script (`**Χρήσεις:**`,
# held-out release round 26: the titles are read in the card's own language)
_BOLD_LABEL = re.compile(r"^(\*\*|__)([^\W\d_][^*_\n]{1,58}?)(?::\1|\1:)[ \t]*(.*)$")
BOLD_LABEL_LEVEL = 8
# a run-in heading in bold that ends with a full stop, its paragraph going on after it on the same line
# (`**Motivation.** Read speech and radio do not ...`), as datasheets after Gebru et al. and papers write
# their topics (held-out release round 32): a bold label of a few words (`_RUN_IN_WORDS`), not a bold
# sentence ("**Note that this model was not tuned for safety.**")
_BOLD_RUN_IN = re.compile(r"^(\*\*|__)([^\W\d_][^*_\n.:]{1,40}?)\.\1[ \t]+(\S.*)$")
_RUN_IN_WORDS = 5
# a top-level list item that is only a bold label, its content the nested items below it (`- **Training
# data**` over `  - 11.4T tokens ...`), as a card written as one nested list has its sections (held-out
# release round 23): a section at `BOLD_LABEL_LEVEL`, its body the nested lines up to the next such item
_BOLD_ITEM = re.compile(r"^[-*+][ \t]+(\*\*|__)([^\W\d_][^*_\n]{1,58}?)\1:?[ \t]*(\([^()\n]{0,60}\))?[ \t]*$")
_NESTED = re.compile(r"^[ \t]{2,}\S")
# a question in bold alone on its line (`**Q: What was it trained on?**`, `**How good is it?**`), as a
# card written as questions and answers has its sections (held-out release round 24): a section at
# `BOLD_LABEL_LEVEL` titled by the question (a "Q:" or "Question 3." before it left out), its body the
# answer up to the next question or heading
_BOLD_QUESTION = re.compile(
    r"^(\*\*|__)(?:(?:Q|Question)[ \t]*\d{0,3}[ \t]*[:.)][ \t]*)?([A-Za-z][^*_\n]{1,118}?\?)[ \t]*\1[ \t]*$"
)
# a row of a two-column table of labels and values, as cards given as a table write their sections (held-out
# release round 22: `<tr><td><b>Architecture</b></td><td>Decoder-only transformer ...</td></tr>`, "| Base
# encoder | sumac-encoder-v2: ... |"): the label a section at `BOLD_LABEL_LEVEL`, its body the value
_ROW_LABEL = re.compile(r"^\s*\|\s*(?:\*\*|__)?([A-Za-z][^|*_\n]{1,58}?)(?:\*\*|__)?:?\s*\|([^|\n]+)\|?\s*$")
_HTML_ROW_LABEL = re.compile(
    r"^\s*(?:<tr\b[^>]*>)?\s*<t[dh]\b[^>]*>\s*(?:<(?:b|strong)>)?([A-Za-z][^<\n]{1,58}?)(?:</(?:b|strong)>)?:?\s*"
    r"</t[dh]>\s*<td\b[^>]*>(.*?)</td>\s*(?:</tr>)?\s*$",
    re.I,
)
# a row of one heading cell across the table (`<tr><th colspan="2">Training</th></tr>`): a group of such rows,
# a section at the level of a `<details>` summary
_HTML_ROW_HEAD = re.compile(r"^\s*<tr\b[^>]*>\s*<th\b[^>]*>(.*?)</th>\s*</tr>\s*$", re.I)
# the first row of a group of rows whose first cell spans them (held-out release round 27):
# `<tr><th rowspan="4">Training</th><th>Data</th><td>...</td></tr>`; the spanning cell heads the group as a
# row of one heading cell does (group 2 its title, group 1 the number of rows it spans), and the rest of the
# row is a row like the others
_HTML_ROW_GROUP = re.compile(
    r"^\s*<tr\b[^>]*>\s*<t[dh]\b[^>]*?\browspan\s*=\s*[\"']?(\d{1,3})[\"']?[^>]*>(.*?)</t[dh]>\s*(?=<t[dh]\b)",
    re.I,
)
# a setext heading: one line of text (after a blank line) underlined with = (level 1) or - (level 2)
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_NOT_SETEXT_TEXT = re.compile(r"^\s*([#|<>*+-]|\d+[.)]\s)|^\s{4}")


@dataclass(frozen=True)
class Hit:
    """A line of a document that matched a pattern."""

    doc: Document
    line: int
    text: str
    repo: CodeRepo | None = None


#: A field of the Hugging Face model card template left as its placeholder ("- **Developed by:** [More
#: Information Needed]"): its label says nothing either (held-out release round 14, a PEFT card).
_TEMPLATE_FIELD = re.compile(
    r"(?m)^[ \t]*[-*][ \t]*\*\*[^*\n]{1,60}\*\*[ \t]*\[More Information Needed\][ \t]*$"
)
#: The template's own stock sentences, which every card made from it carries whatever it documents.
_TEMPLATE_SENTENCES = (
    "Use the code below to get started with the model.",
    "Users (both direct and indirect) should be made aware of the risks, biases and limitations of the "
    "model.",
    # the template's later wording, which PEFT's card writes untouched (held-out release round 30)
    "Users (both direct and downstream) should be made aware of the risks, biases and limitations of the "
    "model.",
    "More information needed for further recommendations.",
)

#: What says nothing in a section's body: a subsection's heading line, a bare code fence, a TODO
#: placeholder ("[TODO: describe the data used to train the model]", "# TODO: add an example code snippet")
#: and the stock sentences of the card diffusers' LoRA training scripts write (held-out release round 23:
#: "These are <repo> LoRA adaption weights for <base>.", "LoRA for the text encoder was enabled: False.").
_NO_CONTENT = re.compile(
    r"(?m)^[ \t]*#{1,6}[ \t]+\S.*$|^[ \t]*(?:```|~~~)[\w+-]*[ \t]*$|\[TODO\b[^\]\n]{0,300}\]|#[ \t]*TODO\b.*$"
    r"|These are \S+ LoRA adaption weights for \S+\."
    r"|The weights were trained\s+using \[?DreamBooth\]?(?:\([^)\n]{0,300}\))?\."
    r"|LoRA for the text encoder was enabled: \w+\.|Special VAE used for training: \S+\."
    r"|Weights for this model are available in Safetensors format\."
    r"|\[Download\]\([^)\n]{0,300}\) them in the Files & versions tab\."
    # the template's pointer to an emissions calculator, under "Environmental Impact" with nothing filled in
    # (held-out release round 30: PEFT's untouched card)
    r"|Carbon emissions can be estimated using the \[?Machine Learning Impact calculator\]?"
    r"(?:\([^)\n]{0,300}\))? presented in \[?Lacoste et al\. \(2019\)\]?(?:\([^)\n]{0,300}\))?\."
    # a badge (shields.io and the like), linked or not, says no more than where it links (held-out release
    # round 24: an "## Evaluation" that is one leaderboard badge)
    r"|\[?!\[[^\]\n]{0,300}\]\(\s*https?://(?:img\.shields\.io|badgen\.net|badge\.fury\.io)/[^)\s]{0,600}\s*\)"
    r"(?:\]\([^)\s]{0,600}\))?"
)

#: Words one of which every `_NO_CONTENT` match holds: a body with none is not searched.
_NO_CONTENT_WORDS = (
    "#",
    "`",
    "~~~",
    "TODO",
    "LoRA",
    "DreamBooth",
    "Special VAE",
    "Safetensors format",
    "[Download]",
    "shields.io",
    "badgen.net",
    "badge.fury.io",
    "Machine Learning Impact calculator",
)


@dataclass(frozen=True)
class Section:
    """A Markdown section of a document: heading, its lines, the body text."""

    doc: Document
    title: str
    level: int
    line: int
    end: int
    body: str

    @cached_property
    def content_chars(self) -> int:
        """Characters of the body that say something: white space, HTML comments, the headings of its
        subsections, bare code fences and the templates' placeholders and stock sentences left out."""
        body = _TEMPLATE_FIELD.sub("", drop_comments(self.body))
        for stock in _TEMPLATE_SENTENCES:
            body = body.replace(stock, "")
        body = body.replace("[More Information Needed]", "")
        if any(w in body for w in _NO_CONTENT_WORDS):
            body = _NO_CONTENT.sub("", body)
        # the characters `re.sub(r"\s+", "", body)` keeps: str.split() cuts at the same white space
        return sum(map(len, body.split()))

    @cached_property
    def substantive(self) -> bool:
        """True when the body says something (not empty, not the template's placeholder)."""
        return self.content_chars >= 25


def blank_comments(text: str) -> str:
    """The text with each HTML comment's characters turned to spaces, its line breaks kept: same length, same
    offsets and lines, so what `ProbeContext.search` finds is quoted from the original. A comment is not shown
    to the card's reader, so it documents nothing: the Hub template's guidance ("<!-- This should link to a
    Dataset Card ... -->") is no data card mentioned (held-out release rounds 14 and 30)."""
    out: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3  # an unclosed one runs to the end, as `drop_comments`
        out += [text[pos:start], blank_keeping_lines(text[start:end])]
        pos = end
    return "".join(out) + text[pos:] if out else text


def blank_unsaid(text: str) -> str:
    """The text with what it shows no reader blanked (`blank_comments`), and the template's fields left
    unfilled ("- **Hardware Type:** [More Information Needed]": a label and a placeholder state nothing;
    held-out release rounds 14 and 30, PEFT's untouched card); same length and lines."""
    text = blank_comments(text)
    if "[More Information Needed]" not in text:
        return text
    return _TEMPLATE_FIELD.sub(lambda m: " " * len(m.group(0)), text)


def drop_comments(text: str) -> str:
    """The text without HTML comments (an unclosed one runs to the end); linear in the text."""
    out: list[str] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start == -1:
            out.append(text[pos:])
            return "".join(out)
        out.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end == -1:
            return "".join(out)
        pos = end + 3


def _first_match(rx: re.Pattern[str], text: str, at: list[int], pos: int) -> re.Match[str] | None:
    """`rx.search(text, pos)` when every match of `rx` starts at one of the offsets `at`
    (`prefilter.match_starts`): the pattern is tried only there, in order."""
    for p in at[bisect_left(at, pos) :]:
        m = rx.match(text, p)
        if m is not None:
            return m
    return None


def scan_text(text: str, width: int = SCAN_WIDTH) -> str:
    """`text` with every line longer than `width` broken (a space near each `width` characters, or any
    character when there is none, becomes a newline). Same length, same offsets: patterns run on it,
    quotes and line numbers come from the original."""
    if len(text) <= width or all(len(line) <= width for line in text.split("\n")):
        return text
    chars = list(text)
    line_start = 0
    n = len(text)
    while line_start < n:
        nl = text.find("\n", line_start)
        line_end = n if nl == -1 else nl
        pos = line_start
        while line_end - pos > width:
            cut = text.rfind(" ", pos + width // 2, pos + width)
            if cut == -1:
                cut = pos + width
            chars[cut] = "\n"
            pos = cut + 1
        line_start = line_end + 1
    return "".join(chars)


def split_front_matter(text: str) -> tuple[int, str]:
    """(number of lines taken by the YAML front matter, the rest of the text): a first line `---`
    closed by a line `---` among the first 5000 lines. Reads only the front matter's lines; the
    answer for the last text asked about is kept (probes ask about the same card many times)."""
    last = _LAST_SPLIT[-1] if _LAST_SPLIT else None
    if last is not None and last[0] is text:
        return last[1]
    found = _split_front_matter(text)
    _LAST_SPLIT[:] = [(text, found)]
    return found


#: the last text `split_front_matter` read and its answer (replaced whole: threads never see half)
_LAST_SPLIT: list[tuple[str, tuple[int, str]]] = []


def _split_front_matter(text: str) -> tuple[int, str]:
    end = text.find("\n")
    if end < 0 or text[:end].strip() != "---":
        return 0, text
    pos, i = end + 1, 1
    while i < 5000:
        nl = text.find("\n", pos)
        if (text[pos:] if nl < 0 else text[pos:nl]).strip() == "---":
            return i + 1, "" if nl < 0 else text[nl + 1 :]
        if nl < 0:
            break
        pos, i = nl + 1, i + 1
    return 0, text


#: A release's model cards of at most this many words of prose (front matter, links and markup aside)
#: document nothing themselves: they point to where the documentation is (`ProbeContext.cards`).
POINTER_CARD_WORDS = 60
_LINK_OR_MARKUP = re.compile(r"\]\([^)\n]{0,500}\)|<[^<>\n]{0,500}>|https?://\S+|[#*_`|>\[\]]")
#: A card longer than this is no pointer, whatever its markup (read no further: an untrusted card may be
#: megabytes, and a stray "<" must not make the markup pattern scan it to the end).
POINTER_CARD_CHARS = 20_000


def _prose_words(text: str) -> int:
    """How many words of prose a card has besides its front matter, links and markup."""
    return len(_LINK_OR_MARKUP.sub(" ", split_front_matter(text)[1]).split())


def _plain_title(title: str) -> str:
    """A heading's words: inner HTML tags and entities removed, and letters styled with Unicode
    (mathematical bold, full-width) written plainly (NFKC), so `𝗧𝗿𝗮𝗶𝗻𝗶𝗻𝗴` reads as `Training`."""
    return unicodedata.normalize("NFKC", html.unescape(_TAG.sub("", title))).strip()


def sections_of(doc: Document) -> list[Section]:
    """The sections of a document: Markdown headings (`#` and setext, underlined with = or -), HTML
    headings alone on their line, the summaries of `<details>` blocks (nested in any heading) and bold labels
    that open a paragraph (`**Training Data:** ...`, nested below those, `BOLD_LABEL_LEVEL`) and questions in
    bold alone on their line (`**Q: What was it trained on?**`, at the same level);
    headings inside code fences are ignored. Linear in the text: each section ends where the next
    heading of the same or a higher level starts."""
    lines = doc.text.split("\n")
    skip, _ = split_front_matter(doc.text)
    heads: list[tuple[int, int, str]] = []
    inline: dict[int, str] = {}  # a bold label's line: the words after the label, part of its body
    fenced = False
    for i, line in enumerate(lines):
        if i < skip:
            continue
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        head = line[:HEADING_MAX]
        if head.startswith("#"):
            if m := _HEADING.match(head):
                heads.append((i, len(m.group(1)), _plain_title(m.group(2))))
        elif head.startswith(("**", "__")):
            if m := _BOLD_LABEL.match(head):
                heads.append((i, BOLD_LABEL_LEVEL, _plain_title(m.group(2))))
                inline[i] = m.group(3)
            elif m := _BOLD_QUESTION.match(head):
                heads.append((i, BOLD_LABEL_LEVEL, _plain_title(m.group(2))))
            elif (m := _BOLD_RUN_IN.match(head)) and len(m.group(2).split()) <= _RUN_IN_WORDS:
                heads.append((i, BOLD_LABEL_LEVEL, _plain_title(m.group(2))))
                inline[i] = m.group(3)
        elif head.startswith(("- ", "* ", "+ ", "-\t", "*\t", "+\t")):
            if (m := _BOLD_ITEM.match(head)) and i + 1 < len(lines) and _NESTED.match(lines[i + 1]):
                heads.append((i, BOLD_LABEL_LEVEL, _plain_title(m.group(2))))
        elif "<" in head:
            if m := _HTML_HEADING.match(head):
                heads.append((i, int(m.group(1)), _plain_title(m.group(2))))
            elif m := _SUMMARY.match(head):
                heads.append((i, 7, _plain_title(m.group(1))))
        elif (
            i + 1 < len(lines)
            and len(line) <= HEADING_MAX
            and (u := _SETEXT_UNDERLINE.match(lines[i + 1][:HEADING_MAX]))
            and line.strip()
            and not _NOT_SETEXT_TEXT.match(line)
            and (i == skip or not lines[i - 1].strip() or _SETEXT_UNDERLINE.match(lines[i - 1][:HEADING_MAX]))
        ):
            heads.append((i, 1 if u.group(1)[0] == "=" else 2, _plain_title(line)))
    ends = [len(lines)] * len(heads)
    open_: list[int] = []  # indexes of the headings whose section is still open, levels increasing
    for n, (i, level, _) in enumerate(heads):
        while open_ and heads[open_[-1]][1] >= level:
            ends[open_.pop()] = i
        open_.append(n)
    out = []
    for n, (i, level, title) in enumerate(heads):
        end = ends[n]
        body = "\n".join(line[: SCAN_WIDTH * 4] for line in lines[i + 1 : end])
        if i in inline:
            body = inline[i][: SCAN_WIDTH * 4] + "\n" + body
        out.append(Section(doc, title, level, i + 1, end, body))
    return out


def row_sections(doc: Document) -> list[Section]:
    """The sections a card given as a two-column table of labels and values has (`_ROW_LABEL`,
    `_HTML_ROW_LABEL`): each row's label a section at `BOLD_LABEL_LEVEL` whose body is the value, and an HTML
    row of one heading cell (`_HTML_ROW_HEAD`) a section whose body is the rows below it up to the next such
    row or the table's end; a first cell that spans rows (`_HTML_ROW_GROUP`) heads those rows the same way,
    and the rest of its row is read as a label and value. Read for the model card's standard sections only
    (`cardsections`): the probes that read a section's lines read the document's own sections (`sections_of`).
    Linear in the text."""
    if "|" not in doc.text and "<t" not in doc.text and "<T" not in doc.text:
        return []
    lines = doc.text.split("\n")
    out: list[Section] = []
    group: tuple[int, str] | None = None
    body: list[str] = []

    def close(end: int) -> None:
        if group is not None:
            out.append(Section(doc, group[1], 7, group[0] + 1, end, "\n".join(body)))

    spanned = 0  # the rows a spanning group cell (`_HTML_ROW_GROUP`) still heads
    for i, line in enumerate(lines):
        head = line[:HEADING_MAX]
        if m := _HTML_ROW_GROUP.match(head):
            close(i)
            group, body, spanned = (i, _plain_title(m.group(2))), [], int(m.group(1))
            head = "<tr>" + head[m.end() :]
        if m := _HTML_ROW_HEAD.match(head):
            close(i)
            group, body, spanned = (i, _plain_title(m.group(1))), [], 0
        elif m := _HTML_ROW_LABEL.match(head):
            title, value = _plain_title(m.group(1)), " ".join(_TAG.sub(" ", m.group(2)).split())
            out.append(Section(doc, title, BOLD_LABEL_LEVEL, i + 1, i + 1, value))
            body.append(f"{title}: {value}")
            if spanned:
                spanned -= 1
                if not spanned:  # the group's last row
                    close(i + 1)
                    group = None
        elif (m := _ROW_LABEL.match(head)) and not set(m.group(2).strip()) <= set("-: "):
            out.append(
                Section(doc, _plain_title(m.group(1)), BOLD_LABEL_LEVEL, i + 1, i + 1, m.group(2).strip())
            )
        elif group is not None and "</table" in head.lower():
            close(i)
            group = None
    close(len(lines))
    return sorted(out, key=lambda s: s.line)


def _section_index(sections: list[Section]) -> tuple[list[int], list[int]]:
    """(first lines, parent index or -1) of sections in document order: the parent of a section is
    the nearest earlier section of a lower level that is still open."""
    parents: list[int] = []
    stack: list[int] = []
    for i, s in enumerate(sections):
        while stack and (sections[stack[-1]].level >= s.level or sections[stack[-1]].end < s.line):
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(i)
    return [s.line for s in sections], parents


#: Words of a model's name that say which variant it is, not which model: never evidence of the model.
GENERIC_NAME_PARTS = frozenset(
    {"base", "instruct", "chat", "hf", "model", "it", "sft", "dpo", "pt", "v1", "v2", "gguf", "awq", "gptq"}
)
_SIZE_WORD = re.compile(r"^(?:\d+(?:\.\d+)?[kmbt]|\d+x\d+[kmbt]|a\d+[kmbt]|e\d+[kmbt]|v\d+(?:\.\d+)?)$")


def model_name_words(name: str, min_len: int = 3) -> set[str]:
    """The words of a model's name that identify the model (`OpenELM-3B-Instruct` -> {"openelm"}): no
    sizes, versions or variant words (base, instruct, chat, ...), none shorter than `min_len` and none
    without a letter."""
    return set(_name_words(name, min_len))


@lru_cache(maxsize=4096)
def _name_words(name: str, min_len: int) -> frozenset[str]:
    # kept by name: the probes ask of the same names (a release's own, the paper catalog's models) for
    # every row
    return frozenset(
        w
        for w in re.split(r"[^a-z0-9]+", name.lower())
        if len(w) >= min_len
        and any(ch.isalpha() for ch in w)
        and not _SIZE_WORD.match(w)
        and w not in GENERIC_NAME_PARTS
    )


#: A repository on a forge whose API opengauge does not speak (it reads GitHub's): linked by its publisher,
#: what it holds is unread, not absent (held-out release round 17: "We don't use GitHub. The whole pipeline
#: ... live on Codeberg").
_OTHER_FORGE = re.compile(
    r"^https?://(?:www\.)?(gitlab\.com|codeberg\.org|bitbucket\.org|gitee\.com|git\.sr\.ht|framagit\.org"
    r"|gitlab\.[\w-]+\.[\w.-]+)/~?([\w.-]+)/([\w.-]+)",
    re.IGNORECASE,
)
#: Where a forge's address leaves the repository for one of its pages: GitLab's `/-/`, a tree, blob or source
#: view, a query or a fragment.
_FORGE_PAGE = re.compile(r"/-/|/(?:tree|blob|src|commits?)/|[?#]")
#: A document file of the release that opengauge does not read and that documents it: a PDF named as a
#: report, paper, preprint, white paper, datasheet or model card (not a licence or a use guide).
_PDF_REPORT = re.compile(
    r"(report|paper|preprint|technical|tech[-_ ]?rep|whitepaper|white[-_ ]paper|datasheet|data[-_ ]?card"
    r"|model[-_ ]?card|documentation)[^/]*\.pdf$",
    re.IGNORECASE,
)


class ProbeContext:
    """A release, its assessed base models, and the shared, cached reading of it that probes use."""

    def __init__(
        self,
        release: Release,
        *,
        parents: Sequence[Assessment] = (),
        unexamined: Sequence[str] = (),
        teachers: Sequence[Assessment] = (),
        cache: dict[Any, Any] | None = None,
    ) -> None:
        self.release = release
        self.parents: tuple[Assessment, ...] = tuple(parents)
        """The assessed base models, nearest first (empty when none was declared or none could be read)."""
        self.unexamined: tuple[str, ...] = tuple(unexamined)
        """Declared base models that no route could examine (not fetched, not in the index)."""
        self.teachers: tuple[Assessment, ...] = tuple(teachers)
        """The assessed distillation teachers the card names (`Release.teacher_models`), not parents."""
        self._cache: dict[Any, Any] = cache if cache is not None else {}
        """Content-keyed results shared across the releases of a run (license analyses)."""
        self._local: dict[Any, Any] = {}
        self._findings: dict[str, list[Finding]] = {}
        self._probe: str | None = None
        self._reads: tuple[str, ...] = ()

    # ---------------------------------------------------------------- earlier findings
    def begin(self, probe_id: str, reads: tuple[str, ...]) -> None:
        """Called by the suite before a probe runs: which probe runs, and which findings it may read."""
        self._probe, self._reads = probe_id, reads

    def record(self, probe_id: str, findings: list[Finding]) -> None:
        """Called by the suite after a probe ran."""
        self._findings[probe_id] = findings

    def earlier(self, probe_id: str) -> list[Finding]:
        """The findings of a probe that ran before this one; only a probe it declared (`after=`)."""
        if probe_id not in self._reads:
            raise ProbeError(f"probe {self._probe!r} reads {probe_id!r} without declaring it (after=...)")
        return self._findings.get(probe_id, [])

    def ancestors(self) -> list[Assessment]:
        """The assessed base models of the release and theirs, nearest first (at most `4 * MAX_PARENTS`)."""

        def walk() -> list[Assessment]:
            out: list[Assessment] = []
            todo = list(self.parents)
            while todo and len(out) < 4 * MAX_PARENTS:
                a = todo.pop(0)
                out.append(a)
                todo += a.parents
            return out

        return self.cached(("ancestors",), walk)

    def trained_parents(self) -> list[Assessment]:
        """The assessed base models whose training made the release's weights (`model.trained_bases`): the
        parents, a quantization or a merge among them replaced by its own bases."""
        return self.cached(("trained-parents",), lambda: trained_bases(list(self.parents)))

    def cached(self, key: Any, make: Callable[[], T]) -> T:
        """A value computed once per release read (keys may name documents by identity: the cache
        lives as long as this context, so an identity is never reused for another document)."""
        # one look-up on a hit (probes ask some hundred times a release); a stored None is a value
        value: T = self._local.get(key, _MISSING)
        if value is _MISSING:
            value = self._local[key] = make()
        return value

    def shared(self, key: tuple[Any, ...], make: Callable[[], T]) -> T:
        """A value computed once per run for the content `key` names (texts, never identities: the cache
        outlives this context and is shared by every release of a run, as the license analyses are): what a
        base model's documents hold, read again for each of its derivatives otherwise."""
        value: T = self._cache.get(key, _MISSING)
        if value is _MISSING:
            value = self._cache[key] = make()
        return value

    # ---------------------------------------------------------------- documents
    def name_words(self, min_len: int = 3) -> set[str]:
        """The words of the release's own name that identify the model (`model_name_words`)."""
        return model_name_words(self.release.id.rsplit("/", 1)[-1], min_len)

    @cached_property
    def cards(self) -> list[Document]:
        """The release's own model cards, richest first (the Hub README, then others)."""
        docs = [d for d in self.release.documents if d.kind is DocumentKind.MODEL_CARD]
        docs.sort(key=lambda d: (d.path != "README.md", -len(d.text)))
        return docs + self._pointed_cards(docs)

    def _pointed_cards(self, cards: list[Document]) -> list[Document]:
        """The READMEs of the publisher's own repositories that a pointer card sends the reader to: a Hub
        card of a few words ("Model weights only. Documentation, training data, code and licence:
        <GitHub>") leaves the model's documentation, its licence included, to the repository it links,
        whose README is then the model card, as the experts read one (Omnilingual ASR, BERT and
        GPT-NeoXT in the OSAI index: model card open, linked to the GitHub repository; held-out release
        round 22)."""
        if sum(len(d.text) for d in cards) > POINTER_CARD_CHARS:
            return []
        if sum(_prose_words(d.text) for d in cards) > POINTER_CARD_WORDS:
            return []
        texts = [d.text.lower() for d in cards]
        return [
            d for d, repo in self.own_readmes if any(repo.ref.removeprefix("gh:").lower() in t for t in texts)
        ]

    @cached_property
    def card(self) -> Document | None:
        return self.cards[0] if self.cards else None

    @cached_property
    def readmes(self) -> list[tuple[Document, CodeRepo | None]]:
        """Every prose document: cards, READMEs of the release and of its code repos."""
        out: list[tuple[Document, CodeRepo | None]] = []
        for d in self.release.documents:
            if d.kind in (DocumentKind.MODEL_CARD, DocumentKind.README, DocumentKind.OTHER):
                out.append((d, None))
        for repo in self.release.code_repos:
            for d in repo.documents:
                if d.kind in (DocumentKind.README, DocumentKind.MODEL_CARD, DocumentKind.OTHER):
                    out.append((d, repo))
        return out

    def owns(self, repo: CodeRepo) -> bool:
        """Whether a linked code repository belongs to the model's publisher (`same_publisher`: the
        forge owner and the Hub organisation are one name, or one extends the other)."""
        return same_publisher(publisher(self.release.ref), repo.owner)

    @cached_property
    def own_docs(self) -> list[Document]:
        """The model repository's own Markdown documents besides its cards (docs/*.md, root *.md): where a
        card that is a table of contents keeps the data, the training and the architecture."""
        return [d for d in self.release.documents if d.kind is DocumentKind.OTHER]

    @cached_property
    def own_readmes(self) -> list[tuple[Document, CodeRepo]]:
        """The READMEs of the linked code repositories the publisher owns (`sources.refs.publisher_readmes`):
        the release's own documentation, kept on the forge ("the model card is short on purpose: this
        README ... is the documentation")."""
        return publisher_readmes(self.release.code_repos, publisher(self.release.ref))

    def source_of(self, doc: Document, repo: CodeRepo | None = None) -> str:
        """Where a reader finds the document: its URL, else a repo-qualified path."""
        if doc.url:
            return doc.url
        owner = repo.ref if repo is not None else doc.repo
        if owner and owner != self.release.ref:
            return f"{owner}:{doc.path}"
        return doc.path

    def evidence(
        self,
        doc: Document,
        line: int | None = None,
        quote: str | None = None,
        note: str | None = None,
        repo: CodeRepo | None = None,
    ) -> Evidence:
        return Evidence(
            source=self.source_of(doc, repo),
            line=line,
            quote=clip(quote) if quote else None,
            note=note,
        )

    def hit_evidence(self, hit: Hit, note: str | None = None) -> Evidence:
        return self.evidence(hit.doc, hit.line, hit.text, note, hit.repo)

    def search(
        self,
        pattern: str | re.Pattern[str],
        docs: Iterable[Document | tuple[Document, CodeRepo | None]] | None = None,
        *,
        limit: int = 5,
        skip_front_matter: bool = False,
    ) -> list[Hit]:
        """Lines matching `pattern` (case-insensitive, `^`/`$` per line) in the given documents
        (default: the cards), at most one hit per line, in document order.

        Linear in the text: the pattern runs on `scan_text` (long lines in pieces) and, after a hit,
        from the next line on; a hit on a long line quotes a window around the match."""
        rx = re.compile(pattern, re.I | re.M) if isinstance(pattern, str) else pattern
        targets = docs if docs is not None else self.cards
        hits: list[Hit] = []
        searched: set[int] = set()
        for item in targets:
            doc, repo = item if isinstance(item, tuple) else (item, None)
            if id(doc) in searched:
                continue  # a document named twice (e.g. once per section) is read once
            searched.add(id(doc))
            _, starts = self._lines(doc)
            text = self._scan(doc)
            run, at = self._plan(rx, doc, text)
            if run is None:
                continue  # no branch of the pattern can match this text
            first = split_front_matter(doc.text)[0] if skip_front_matter else 0
            pos = starts[first] if first < len(starts) else len(text)
            while pos <= len(text):
                m = run.search(text, pos) if at is None else _first_match(run, text, at, pos)
                if m is None:
                    break
                n = bisect_right(starts, m.start()) - 1
                hits.append(Hit(doc, n + 1, self._line_window(doc, n, m.start(), m.end()), repo))
                if len(hits) >= limit:
                    return hits
                if n + 1 >= len(starts):
                    break
                pos = max(starts[n + 1], m.end() if m.end() > m.start() else m.end() + 1)
        return hits

    def _plan(
        self, rx: re.Pattern[str], doc: Document, text: str
    ) -> tuple[re.Pattern[str] | None, list[int] | None]:
        """How `search` runs `rx` over a document's scan text `text`: the pattern narrowed to the
        branches that can match it (None: none can) and the offsets where a match may start (None:
        anywhere); made once per pattern and document (probes search a card with the same pattern
        more than once), each literal looked for once per document whatever pattern needs it
        (`LiteralTable`: whether it occurs, and where, for the patterns tried only where they may start)."""
        # keyed by the pattern's identity, not the pattern (a pattern hashes its whole compiled code
        # each time); the plan holds the pattern, so no other pattern can take its id meanwhile
        key = ("plan", id(rx), id(doc))
        plan: tuple[re.Pattern[str], re.Pattern[str] | None, list[int] | None] | None = self._local.get(key)
        if plan is None or plan[0] is not rx:
            table = self.cached(("literals", id(doc)), lambda: LiteralTable(fold(text)))
            run = narrowed(rx, table.folded, table)
            at = match_starts(run, table.folded, table) if run is not None else None
            # searched whole: behind a look-ahead for the characters a match starts with
            plan = self._local[key] = (rx, guarded(run) if run is not None and at is None else run, at)
        return plan[1], plan[2]

    def matching_lines(self, rx: re.Pattern[str], doc: Document) -> frozenset[int]:
        """The lines (0-based) of `doc.text` on which `rx.search(line)` finds a match: searched only
        on the lines that hold a literal every match needs (`prefilter.line_candidates`)."""

        def find() -> frozenset[int]:
            lines, starts = self._lines(doc)
            folded = self.cached(("folded-text", id(doc)), lambda: fold(doc.text))
            cands = line_candidates(rx, folded, starts)
            return frozenset(
                i for i in (range(len(lines)) if cands is None else cands) if rx.search(lines[i])
            )

        return self.cached(("matching-lines", rx, id(doc)), find)

    def _line_window(self, doc: Document, n: int, start: int, end: int) -> str:
        """Line `n` (0-based) of `doc`, stripped; on a long line, a window around [start, end)."""
        _, starts = self._lines(doc)
        ls = starts[n]
        le = starts[n + 1] - 1 if n + 1 < len(starts) else len(doc.text)
        if le - ls <= 2 * HIT_CONTEXT + 400:
            return doc.text[ls:le].strip()
        lo, hi = max(ls, start - HIT_CONTEXT), min(le, max(end, start) + HIT_CONTEXT)
        return doc.text[lo:hi].strip()

    def _scan(self, doc: Document) -> str:
        return self.cached(("scan", id(doc)), lambda: scan_text(blank_unsaid(doc.text)))

    def _lines(self, doc: Document) -> tuple[list[str], list[int]]:
        def split() -> tuple[list[str], list[int]]:
            lines = doc.text.split("\n")
            starts, pos = [], 0
            for line in lines:
                starts.append(pos)
                pos += len(line) + 1
            return lines, starts

        return self.cached(("lines", id(doc)), split)

    def sections(self, doc: Document) -> list[Section]:
        return self.cached(("sections", id(doc)), lambda: sections_of(doc))

    def enclosing_titles(self, hit: Hit) -> list[str]:
        """Titles of the Markdown sections a hit sits in, outermost first (the last is the innermost)."""
        sections = self.sections(hit.doc)
        lines, parents = self.cached(("section-index", id(hit.doc)), lambda: _section_index(sections))
        i = bisect_right(lines, hit.line) - 1
        inside: list[Section] = []
        while i >= 0:
            s = sections[i]
            if s.line <= hit.line <= s.end:
                inside.append(s)
            i = parents[i]
        return [s.title for s in reversed(inside)]

    def front_matter_line(self, key: str) -> Hit | None:
        """The line of the card's front matter that sets `key`, if any (looked for once per key:
        several probes cite the same key, `license` most)."""
        return self.cached(("front-matter-line", key), lambda: self._front_matter_line(key))

    def _front_matter_line(self, key: str) -> Hit | None:
        for doc in self.cards:
            n, _ = split_front_matter(doc.text)
            rx = re.compile(rf"^\s*{re.escape(key)}\s*:", re.I)
            for i, line in enumerate(self._lines(doc)[0][:n]):
                if rx.match(line):
                    return Hit(doc, i + 1, line.strip())
        return None

    def metadata_evidence(self, key: str, note: str | None = None) -> Evidence:
        """Evidence for a front-matter key: its line in the card when found, else the card itself."""
        hit = self.front_matter_line(key)
        if hit is not None:
            return self.hit_evidence(hit, note)
        value = self.release.metadata.get(key)
        quote = f"{key}: {value}" if value is not None else None
        source = self.card.path if self.card else (self.release.url or self.release.ref)
        return Evidence(source=source, quote=clip(quote) if quote else None, note=note or "card metadata")

    # ---------------------------------------------------------------- what was read
    @cached_property
    def unread(self) -> list[str]:
        """What of the release could not be read, in words; empty when it was read completely (its
        card in full, its file list, and every linked code repository answered: read, or
        "does not exist"). Absence in a release read completely is `closed`; with anything unread
        it stays `unknown`, and the reason names what could not be read."""
        out: list[str] = []
        rel = self.release
        if not rel.files:
            out.append("the release's file list")
        # (a cut file list leaves the weights and in-repo scripts open, which their probes check
        # themselves: training code, data and papers are published in the card and linked repos)
        out += [f"all of {d.path} (it was truncated)" for d in self.cards if d.truncated]
        # documents the source could not read (behind a gate without a token, a failed download): held-out
        # release round 13
        out += [f"{path} (it could not be downloaded)" for path in rel.unread[:3]]
        out += [f"{r.ref} ({r.error})" for r in rel.code_repos if r.error and not r.not_found]
        # a report the release holds as a PDF (held-out release round 10: "How it was built ... is described
        # in our technical report"): opengauge does not read PDFs, so what it says is not known
        reports = [f.path for f in rel.files if _PDF_REPORT.search(f.path)]
        out += [f"{path} (a PDF, which opengauge does not read)" for path in reports[:2]]
        out += [
            f"{url} (a code repository on {host}, which opengauge does not read)"
            for url, host in self.other_forges()
        ]
        return out

    def other_forges(self) -> list[tuple[str, str]]:
        """The publisher's own repositories the release links on other forges (`_OTHER_FORGE`), at most two:
        (URL, host). Another owner's repository there (a library) is not the release's. The URL keeps a GitLab
        subgroup's path (`gitlab.com/lab/research/model-train`), up to the forge's own pages (`/-/`, `/tree/`,
        `/src/`)."""
        org = publisher(self.release.ref)
        words = self.name_words()
        out: dict[str, str] = {}
        for url in self.release.links:
            m = _OTHER_FORGE.match(url)
            if m is None:
                continue
            owner = m.group(2)
            path = _FORGE_PAGE.split(url[m.start(2) :], maxsplit=1)[0].rstrip("/").removesuffix(".git")
            if same_publisher(org, owner) or any(w in path.lower() for w in words):
                out.setdefault(f"https://{m.group(1).lower()}/{path}", m.group(1).lower())
        return list(out.items())[:2]

    @property
    def read_completely(self) -> bool:
        return not self.unread

    def absence_evidence(self, note: str) -> Evidence:
        """Evidence for an absence: where opengauge looked (the card read in full, else the release)."""
        if self.card is not None:
            return self.evidence(self.card, None, None, note)
        return Evidence(source=self.release.url or self.release.ref, note=note)

    def unread_reason(self) -> str:
        """`" (could not read: ...)"` naming what was not read, for an `unknown` finding's reason."""
        return f" (could not read: {'; '.join(self.unread[:3])})" if self.unread else ""

    # ---------------------------------------------------------------- files
    @cached_property
    def code_files(self) -> list[tuple[CodeRepo, FileEntry]]:
        return [(repo, f) for repo in self.release.code_repos for f in repo.files]

    def file_evidence(self, path: str, repo: CodeRepo | None = None, note: str | None = None) -> Evidence:
        if repo is None:
            base = self.release.url or self.release.ref
            return Evidence(
                source=f"{base.rstrip('/')}/blob/{self.release.revision or 'main'}/{path}"
                if base.startswith("http")
                else f"{base}:{path}",
                note=note,
            )
        if repo.url.startswith("http"):
            return Evidence(source=f"{repo.url.rstrip('/')}/blob/{repo.revision or 'HEAD'}/{path}", note=note)
        return Evidence(source=f"{repo.ref}:{path}", note=note)

    def repo_evidence(self, repo: CodeRepo, note: str) -> Evidence:
        return Evidence(source=repo.url or repo.ref, note=note)

    # ---------------------------------------------------------------- license engine
    def analyze_license(
        self, text: str, document: str | None, policies: Sequence[tuple[str, str]] = ()
    ) -> LicenseReport:
        """The license engine's report on a text (with its use policies as (document, text) pairs),
        cached by text hash."""
        digest = hashlib.sha256(text.encode("utf-8", "replace"))
        for name, p in policies:
            digest.update(b"\0" + name.encode("utf-8", "replace") + b"\0" + p.encode("utf-8", "replace"))
        # keyed by content, so shared by every assessment of a run (a base model and its derivatives,
        # the index's entries, an audit's rows)
        key = ("license", digest.hexdigest(), document)
        return self.shared(key, lambda: analyze(text, document=document, policies=tuple(policies)))
