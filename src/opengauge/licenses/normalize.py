"""Text normalisation for license matching that never loses track of the original offsets.

The trick: every transformation keeps the string's length, so an offset in the cleaned text is
the same offset in the original, and line numbers can be reported against the original text.

- HTML tags become spaces, HTML entities become their character padded with spaces;
- the target of a Markdown link (`[label](https://...)`) becomes spaces, the label stays;
- Markdown markup characters (`*`, `#`, `>`, backticks, `|`, `~`) become spaces (underscores stay:
  they occur in URLs and identifiers);
- typographic quotes, dashes and odd spaces become their ASCII forms;
- CR becomes a space, so CRLF files behave like LF files.

For fuzzy phrase lookups, `Normalized.words` is the lower-case sequence of alphanumeric tokens
joined by single spaces.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

_TAG = re.compile(r"<(?!https?:)[A-Za-z/!?][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# the target of a Markdown link, `[label](https://...)`: only the label is text a reader sees
_LINK_TARGET = re.compile(r"(?<=\])\((?:https?://|www\.|mailto:|/|#)[^()\s]{0,2000}\)")

_TRANSLATE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\u00ad": " ",
        "\r": " ",
        "\t": " ",
        "\f": " ",
        "\v": " ",
        "*": " ",
        "#": " ",
        ">": " ",
        "|": " ",
        "~": " ",
        "\\": " ",
    }
)
# str.translate with a dict is slow (a Python-level lookup per character); every mapping is one
# character to one character, so replacing only the characters present is equivalent and fast.
_REPLACEMENTS = tuple((chr(k), v) for k, v in _TRANSLATE.items())
# bytes.translate table for the token form: ASCII letters/digits stay, everything else separates.
_TOKEN_BYTES = bytes(b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256))


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _entity(match: re.Match[str]) -> str:
    raw = match.group(0)
    char = html.unescape(raw)
    if len(char) != 1:
        return raw
    return char + " " * (len(raw) - 1)


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def clean(text: str) -> str:
    """The text with markup blanked and punctuation unified; `len(clean(t)) == len(t)`."""
    out = _TAG.sub(_blank, text) if "<" in text else text
    if "](" in out:
        out = _LINK_TARGET.sub(_blank, out)
    if "&" in out:
        out = _ENTITY.sub(_entity, out)
    for char, repl in _REPLACEMENTS:
        if char in out:
            out = out.replace(char, repl)
    assert len(out) == len(text)
    return out


@dataclass(frozen=True)
class Normalized:
    """A text with its cleaned forms and an index from offsets to 1-based line numbers."""

    original: str
    clean: str = field(init=False)
    lower: str = field(init=False)

    def __post_init__(self) -> None:
        c = clean(self.original)
        object.__setattr__(self, "clean", c)
        object.__setattr__(self, "lower", _lower_same_length(c))

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.original.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def line_of(self, offset: int) -> int:
        """1-based line number of an offset in the original text."""
        return bisect_right(self._line_starts, max(0, offset))

    @cached_property
    def words(self) -> str:
        """Lower-case alphanumeric tokens joined by single spaces."""
        return tokens_of(self.lower)


def tokens_of(lowered: str) -> str:
    """The ASCII alphanumeric runs of an already cleaned, lower-cased text, joined by one space.

    Same result as `" ".join(re.findall("[a-z0-9]+", lowered))`, about three times faster: every non-ASCII
    character becomes `?` and then, like all other non-alphanumerics, a separator.
    """
    raw = lowered.encode("ascii", "replace").translate(_TOKEN_BYTES)
    return b" ".join(raw.split()).decode("ascii")


def words_of(phrase: str) -> str:
    """A phrase reduced to the same token form as `Normalized.words`."""
    return tokens_of(_lower_same_length(clean(phrase)))
