"""Sentence splitting for clause reading: where sentences start in a cleaned license text.

A clause is read within one sentence (unless its rule says otherwise), so the boundaries decide
what a rule may match and what a clause quotes. Offsets are those of `Normalized.clean`, which are
those of the original text.
"""

from __future__ import annotations

import re

#: A list item's marker: a bullet, or a number, letter or roman numeral with "." or ")".
LIST_MARKER = r"(?:[-+\u2022\u25cf\u25e6]|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)])"

# A full stop ends a sentence when followed by space and something that starts one, or when it closes a
# quoted value at a line's end (a licence written as JSON or YAML: `"text": "... to any other person."` then
# `},`; held-out round 48) or ends the line before a YAML key's (`license_terms: >-` then `pipeline_tag: ...`;
# held-out round 49); a semicolon or colon followed by a line break, a blank line, and a line break
# before a list item end one too.
_BOUNDARY = re.compile(
    r"""(?:
        [.!?](?=["')\]]*\s+["'(\[]*[A-Z0-9])   # full stop before a capital / digit
      | [.!?](?=["\u201d][ \t]*[,}\]]*[ \t]*\n)  # a quoted value's full stop at a line end (JSON, YAML)
      | [.!?](?=[ \t]*\n[A-Za-z_][\w-]*:[ \t])  # a full stop before a YAML key's line (a folded value's end)
      | ;                                        # semicolon
      | [\u3002\uff01\uff1f\uff1b]                   # a CJK full stop, exclamation, question mark, semicolon
      | :(?=[ ]*\n)                              # colon at a line end (list intro)
      | \n[ ]*\n                                 # blank line
      | \n(?=[ ]*LIST_MARKER\s)                  # list item
    )""".replace("LIST_MARKER", LIST_MARKER),
    re.VERBOSE,
)
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|nos|sec|art|vs|viz|cf|u\.s|u\.k|st|mr|ms|dr|para|ver|v)"
    r"|\b[a-zA-Z]|\b[0-9]{1,3}(?:\.[0-9]{1,3})*)$",
    re.IGNORECASE,
)


# A Markdown table row: its cells read as one item, like a list item (`clean` blanks the `|`, so rows are
# found in the original text).
_TABLE_ROW = re.compile(r"\n(?=[ \t]*\|)")


# A heading written as a plain line (no Markdown): a short line with no closing punctuation that opens the
# text or follows a blank line, above a line that starts with a capital ("What you must do when you share the
# model" over "Include this file. If you changed the model, say what you changed."; held-out round 59). Its
# words are its own sentence, not the start of the next one. The line below must be clearly longer, so the
# first line of a paragraph wrapped short is not taken for one.
_PLAIN_HEADING = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*([^\n]{1,60}?[A-Za-z0-9)])[ \t]*\n(?=[ \t]*[A-Z]([^\n]*))"
)
_HEADING_WORDS = 10
_HEADING_SHARE = 0.8


def plain_headings(clean: str) -> list[int]:
    """Where the line after each plain-text heading starts (the end of the heading's sentence)."""
    out = []
    for m in _PLAIN_HEADING.finditer(clean):
        head, below = m.group(1), m.group(2)
        if len(head.split()) <= _HEADING_WORDS and len(head) < _HEADING_SHARE * (len(below) + 1):
            out.append(m.end())
    return out


def sentence_starts(clean: str, original: str | None = None) -> list[int]:
    """Offsets where sentences start in a cleaned text (always begins with 0). With the `original`
    text (same length), each Markdown table row also starts a sentence."""
    starts = [0]
    abbrev = _ABBREV.search
    for m in _BOUNDARY.finditer(clean):
        ch = clean[m.start()]
        # "e.g.", "Inc.", "1.", "Section 3.2." and single letters are not sentence ends
        if ch in ".!?" and abbrev(clean, max(0, m.start() - 12), m.start()):
            continue
        starts.append(m.end())
    if "\n" in clean:
        heads = plain_headings(clean)
        if heads:
            starts = sorted(set(starts).union(heads))
    if original is not None and "|" in original and _TABLE_ROW.search(original):
        starts = sorted(set(starts).union(m.end() for m in _TABLE_ROW.finditer(original)))
    return starts
