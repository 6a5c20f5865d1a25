"""Text normalisation for license matching that never loses track of the original offsets.

The trick: every transformation keeps the string's length, so an offset in the cleaned text is
the same offset in the original, and line numbers can be reported against the original text.

- HTML tags become spaces, HTML entities become their character padded with spaces;
- the target of a Markdown link (`[label](https://...)`) becomes spaces, the label stays;
- Markdown markup characters (`*`, `#`, `>`, backticks, `|`, `~`) become spaces (underscores stay:
  they occur in URLs and identifiers);
- typographic quotes, dashes and odd spaces become their ASCII forms;
- CR becomes a space, so CRLF files behave like LF files;
- disguise is seen through, still one character for one: zero-width and other invisible characters
  inside a word move to its end as spaces (`non\u200bcommercial` reads `noncommercial `), letters
  that NFKC maps to one character take that form (fullwidth `ｎｏｎ`, styled `𝐧𝐨𝐧`), and Cyrillic and
  Greek look-alikes of Latin letters (`соmmеrсіаl` with Cyrillic с, е, і) are folded to Latin.
  `disguises(text)` says which of these a text used: hiding a clause this way is itself a red flag.

For fuzzy phrase lookups, `Normalized.words` is the lower-case sequence of alphanumeric tokens
joined by single spaces.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from opengauge.licenses.pages import blank_furniture
from opengauge.textio import blank_keeping_lines

_TAG = re.compile(r"<(?!https?:)[A-Za-z/!?][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# struck-through text, in Markdown ("~~only in the compiled package~~") or HTML (<del>, <s>, <strike>): words
# an amendment deleted, which "no longer have effect"; no reader reads them (held-out round 57)
_STRUCK = re.compile(
    r"~~(?=\S)[^~]{1,3000}?~~|<(del|s|strike)\b[^<>]{0,200}>.{0,3000}?</\1\s*>", re.IGNORECASE | re.DOTALL
)
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


#: Invisible characters a word can hide (zero-width space/joiners, word joiner, invisible operators,
#: Mongolian vowel separator, soft hyphen, BOM, bidi marks and overrides).
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\u180e\u00ad\ufeff\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f"
)
_INVISIBLE_SET = frozenset(_INVISIBLE)
#: Latin look-alikes: Cyrillic and Greek letters (and a few symbols) drawn like a Latin letter.
CONFUSABLES: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "Ӏ": "I",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "χ": "x", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # other look-alikes
    "ı": "i", "ℓ": "l", "℮": "e",
}  # fmt: skip
_CONFUSABLE_CLASS = re.compile("[" + "".join(CONFUSABLES) + "]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


# a word (from a word start: linear, each word is tried once) holding an invisible character
_HIDING_WORD = re.compile(f"(?<![^\\s])[^\\s{_INVISIBLE}]*[{_INVISIBLE}]\\S*")
#: Invisible characters that count as disguise inside a Latin word (a BOM at the start, a soft hyphen
#: or a joiner in another script are ordinary typography).
_SHOWN_INSIDE = _INVISIBLE_SET - {"\u00ad", "\ufeff"}
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE))


def _compact_word(match: re.Match[str]) -> str:
    word = match.group(0)
    kept = word.translate(_DROP_INVISIBLE)
    return kept + " " * (len(word) - len(kept))


@lru_cache(maxsize=8)
def _fold_map(text: str) -> dict[str, str]:
    """One-to-one replacements for the non-ASCII characters of `text` that disguise Latin text:
    look-alikes from `CONFUSABLES`, and characters NFKC maps to a single printable ASCII character."""
    out: dict[str, str] = {}
    for ch in set(text):
        if ch.isascii():
            continue
        if ch in CONFUSABLES:
            out[ch] = CONFUSABLES[ch]
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded != ch and folded.isascii() and (folded.isprintable() or folded == " "):
            out[ch] = folded
    return out


@lru_cache(maxsize=8)
def unmask(text: str) -> str:
    """`text` with disguise seen through (see the module notes); `len(unmask(t)) == len(t)`."""
    if text.isascii():
        return text
    if _INVISIBLE_CHAR.search(text):
        text = _HIDING_WORD.sub(_compact_word, text)
    table = _fold_map(text)
    if table:  # the few characters to replace, found by one regex scan (str.translate looks up every one)
        text = re.sub("[" + "".join(map(re.escape, table)) + "]", lambda m: table[m.group()], text)
    return text


def disguises(text: str) -> list[str]:
    return list(_disguises(text))


@lru_cache(maxsize=8)
def _disguises(text: str) -> tuple[str, ...]:
    """What a text does to hide words from a reader or a program: invisible characters inside words,
    Cyrillic or Greek look-alikes of Latin letters in a Latin text, fullwidth or styled letters.
    Empty for ordinary texts (a Russian or Greek text is not flagged for using its own alphabet)."""
    if text.isascii():
        return ()
    out: list[str] = []
    hidden = (
        sum(
            1
            for w in _HIDING_WORD.findall(text)
            if not _SHOWN_INSIDE.isdisjoint(w.strip(_INVISIBLE)) and _LATIN_LETTER.search(w)
        )
        if _INVISIBLE_CHAR.search(text)  # every such word holds one: none in the text, no scan
        else 0
    )
    if hidden:
        out.append(f"{hidden} word(s) with invisible characters inside (zero-width, joiners, bidi marks)")
    if _CONFUSABLE_CLASS.search(text):
        mixed = sum(
            1
            for m in re.finditer(r"\w+", text)
            if _LATIN_LETTER.search(m.group(0)) and _CONFUSABLE_CLASS.search(m.group(0))
        )
        if mixed:
            out.append(f"{mixed} word(s) mixing Latin letters with Cyrillic or Greek look-alikes")
    styled = sum(1 for c, f in _fold_map(text).items() if c not in CONFUSABLES and f.isalpha())
    if styled:
        out.append(f"{styled} kind(s) of fullwidth or styled letters standing for plain ones")
    return tuple(out)


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _blank_keeping_lines(match: re.Match[str]) -> str:
    return blank_keeping_lines(match.group())


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
    """The text with markup and struck-through words blanked, punctuation unified, disguise seen through and
    a PDF's page furniture between the halves of a sentence blanked (`pages`); `len(clean(t)) == len(t)`."""
    out = unmask(text)
    if "~~" in out or "<" in out:
        out = _STRUCK.sub(_blank_keeping_lines, out)
    out = _TAG.sub(_blank, out) if "<" in out else out
    if "](" in out:
        out = _LINK_TARGET.sub(_blank, out)
    if "&" in out:
        out = _ENTITY.sub(_entity, out)
    for char, repl in _REPLACEMENTS:
        if char in out:
            out = out.replace(char, repl)
    out = blank_furniture(out)
    assert len(out) == len(text)
    return out


#: "Either way" wordings, whose "not" refuses nothing: "whether or not", "commercial or not", "changed or
#: not". The clause rules read the text with that "not" blanked (`Normalized.reading`), and it is no verb of a
#: list item's own (`scopes`).
EITHER_WAY = re.compile(r"\bor\s+not\b")


def _either_way_blanked(match: re.Match[str]) -> str:
    return match.group()[:-3] + "   "


#: An address whose dots are no sentence end: an e-mail address, a URL, a domain name ("by email to
#: deployments@kestrelmoor.example, within 14 days"). The clause rules read its dots as "_" (a rule's window
#: of words, `[^.;]`, runs across it); a dot that ends the sentence after it stays.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://[^\s<>()\[\]\"']+|\bwww\.[\w-]+(?:\.[\w-]+)+")


def _address_dots(match: re.Match[str]) -> str:
    address = match.group()
    body = address.rstrip(".,;:!?")
    return body.replace(".", "_") + address[len(body) :]


#: A key of machine-readable terms, in JSON ('"expires_on": ') or YAML ("max_monthly_users:" at a line's
#: start): the clause rules read its words, its underscores as spaces ("on expiry": "all rights under this
#: licence end ..."; held-out round 56).
_TERM_KEY = re.compile(
    r'"[a-z][a-z0-9]*(?:_[a-z0-9]+)+"(?=[^\S\n]*:)|^[^\S\n]*[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=:)', re.M
)


#: A key whose value says there is none ("max_annual_revenue_eur: null", '"royalty": "none"'): no term, so the
#: rules do not read its words at all (a cap set to null is no cap).
_NO_VALUE = re.compile(
    r'[^\S\n]*:[^\S\n]*("?)(?:null|none|~|unlimited|n/a|no limit)\1[^\S\n]*(?:,|#|$)', re.M
)


def _key_words(match: re.Match[str]) -> str:
    if _NO_VALUE.match(match.string, match.end()):
        return " " * len(match.group())
    return match.group().replace("_", " ")


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
    def reading(self) -> str:
        """`lower` as the clause rules read it: the "not" of an either-way wording blanked ("for any
        purpose, whether or not for a commercial purpose" refuses nothing), the underscores of the keys of
        machine-readable terms as spaces (`_TERM_KEY`), and the dots of e-mail
        addresses, URLs and domain names written "_" (they end no sentence); same length."""
        low = EITHER_WAY.sub(_either_way_blanked, self.lower) if "or" in self.lower else self.lower
        low = _TERM_KEY.sub(_key_words, low) if "_" in low else low
        return _ADDRESS.sub(_address_dots, low) if ("@" in low or "http" in low or "www." in low) else low

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
        return " ".join(self.token_text.split())

    @cached_property
    def token_text(self) -> str:
        """`lower` with every character other than an ASCII letter or digit a space (same length, so
        that the tokens of any slice are `token_text[i:j].split()`)."""
        return token_bytes(self.lower).decode("ascii")

    @cached_property
    def token_set(self) -> frozenset[str]:
        """The distinct tokens of `words`."""
        return frozenset(self.token_text.split())


@lru_cache(maxsize=4)
def normalized(text: str) -> Normalized:
    """`Normalized(text)`, made once for the readers of one text in a row (identification,
    clauses, verdict), which each need its cleaned and token forms."""
    return Normalized(text)


def tokens_of(lowered: str) -> str:
    """The ASCII alphanumeric runs of an already cleaned, lower-cased text, joined by one space.

    Same result as `" ".join(re.findall("[a-z0-9]+", lowered))`, about three times faster: every non-ASCII
    character becomes `?` and then, like all other non-alphanumerics, a separator.
    """
    return b" ".join(token_bytes(lowered).split()).decode("ascii")


def token_bytes(lowered: str) -> bytes:
    """An already cleaned, lower-cased text as bytes, one per character: ASCII letters and digits
    kept, everything else a space (so that `.split()` gives the tokens of any slice)."""
    return lowered.encode("ascii", "replace").translate(_TOKEN_BYTES)


def words_of(phrase: str) -> str:
    """A phrase reduced to the same token form as `Normalized.words`."""
    return tokens_of(_lower_same_length(clean(phrase)))
