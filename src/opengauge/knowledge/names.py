"""Finding catalog names in free text, in one pass over the text.

A text is cut into word tokens (runs of letters and digits; `_`, `-`, `.`, `/` and spaces
separate them), each folded to lower case without accents (`Tülu` -> `tulu`). Every name of every
entry is cut the same way and stored in a trie of tokens, so `RedPajama-Data-V2`,
`RedPajama Data v2` and `redpajama_data_v2` are the same name. The scan walks the tokens once,
from each one taking the longest name that starts there (at most as many steps as the longest
name has tokens), so the time is linear in the text.

A name matches only whole tokens, never inside a word (`Dolma` is not in `Dolmades`), and never as
the tail of a hyphenated or underscored compound (`Tulu 3` is not in `Llama-3.1-Tulu-3-8B`, a
model). Words of one name may be separated by at most three characters of spaces or one of
`-_./`, on one line. URLs are never read for names: a URL counts only when the catalog knows it
by id (a Hub dataset page, a GitHub repository), so a fork such as `github.com/acme/gpt-neox` is
not taken for the code base it copies.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Literal, TypeVar

from opengauge.knowledge.errors import KnowledgeError
from opengauge.textio import CJK_CHAR, CJK_CHARS, matches_at

T = TypeVar("T")

#: The characters of scripts written without spaces between words (CJK ideographs, kana, hangul): each is a
#: token of its own, so a Latin name written against them ("英語のFineWeb-Eduに加えて") is a whole token.
_CJK = CJK_CHARS
_TOKEN = re.compile(rf"[^\W_{_CJK}]+|[{_CJK}]")
#: A token of a lower-cased ASCII text (the same spans as `_TOKEN` on the ASCII text).
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")
_URL = re.compile(
    r"(?:https?://|www\.|(?<![\w.-])(?:github\.com|huggingface\.co|hf\.co)/)[^\s<>\"'`)\]]+", re.IGNORECASE
)
_URL_TAIL = ".,;:!?*"
_JOINERS = frozenset("-_./")
_MAX_GAP = 3

Via = Literal["name", "id", "url"]


def fold(token: str) -> str:
    """A token in comparison form: lower case, accents dropped (NFKD, combining marks removed)."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


#: `fold` of a text's tokens, which repeat from card to card (bounded).
_fold_token = lru_cache(maxsize=1 << 16)(fold)


#: A word character that is not ASCII: a text without one has only ASCII tokens (`[A-Za-z0-9]+`),
#: whose folded form is their lower case, and every other character of it lower-cases to one
#: character that is neither ASCII nor a word character (checked over every code point by the tests).
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
#: The lower-cased literals every `_URL` match starts with.
_URL_STARTS = ("http", "www.", "github.com/", "huggingface.co/", "hf.co/")


class _Text:
    """What a text's scan needs that no catalog changes (every catalog scans the same cards, one
    after the other): its URLs, its lower case, its word tokens; computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii_tokens = text.isascii() or _NON_ASCII_WORD.search(text) is None
        self._lowered: str | None = None
        self._urls: list[tuple[int, int, str]] | None = None
        self._tokens: tuple[list[tuple[int, int, str]], list[str], list[bool]] | None = None

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def urls(self) -> list[tuple[int, int, str]]:
        """(start, end, url) of every URL, as `_URL.finditer` finds them, trailing punctuation cut."""
        if self._urls is None:
            out = []
            # tried only where the lower-cased text starts like a URL: same matches, a fraction of the time
            for m in matches_at(_URL, self.text, _URL_STARTS, self.lowered):
                url = m.group().rstrip(_URL_TAIL)
                out.append((m.start(), m.start() + len(url), url))
            self._urls = out
        return self._urls

    def tokens(self) -> tuple[list[tuple[int, int, str]], list[str], list[bool]]:
        """The (start, end, token) of every word token, each token folded, and whether it is in a URL."""
        if self._tokens is None:
            toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(self.text)]
            folded = [_fold_token(t[2]) for t in toks]
            in_url = _in_spans(toks, [(a, b) for a, b, _ in self.urls()])
            self._tokens = (toks, folded, in_url)
        return self._tokens


#: How many of the last texts scanned are kept: a card is scanned by several catalogs (papers, code
#: bases, datasets) with shorter texts (a section, a line) scanned in between.
_KEPT_TEXTS = 4
#: the last texts scanned, most recent last (a tuple: replaced whole, so threads never see half of it)
_LAST_TEXTS: tuple[_Text, ...] = ()


def _text(text: str) -> _Text:
    global _LAST_TEXTS
    kept = _LAST_TEXTS
    for last in kept:
        if last.text == text:
            return last
    made = _Text(text)
    _LAST_TEXTS = (*kept[1 - _KEPT_TEXTS :], made)
    return made


def _bounded(lowered: str) -> str:
    """A lower-cased text with its `_` made spaces (the same length): what `NameIndex._first_words`
    runs over, where a word boundary is the edge of a token."""
    return lowered.replace("_", " ")


def _in_spans(toks: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[bool]:
    out = [False] * len(toks)
    j = 0
    for idx, (start, _end, _t) in enumerate(toks):
        while j < len(spans) and spans[j][1] <= start:
            j += 1
        out[idx] = j < len(spans) and spans[j][0] <= start
    return out


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex matching exactly `words` (literal strings), their common prefixes factored out, so
    the engine tries a few characters at each position instead of every word."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return f"(?:{'|'.join(alts)})" + ("?" if "" in node else "")

    return emit(tree)


def tokens_of(name: str) -> tuple[str, ...]:
    """The original-case word tokens of a name."""
    return tuple(_TOKEN.findall(name))


def key_of(name: str) -> tuple[str, ...]:
    """The folded token tuple a name is looked up by (`FineWeb-Edu` -> `('fineweb', 'edu')`)."""
    return tuple(fold(t) for t in _TOKEN.findall(name))


@dataclass(frozen=True)
class Mention(Generic[T]):
    """One place a catalog entry is named in a text."""

    entry: T
    """The catalog entry."""
    start: int
    """Character offset of the match in the text."""
    end: int
    """Character offset just past the match."""
    line: int
    """1-based line number of the match."""
    text: str
    """The matched text as written (the name, the id or the whole URL)."""
    via: Via
    """How it was found: a `name`, an `id` written as text (`allenai/dolma`), or a `url`."""


@dataclass
class _Terminal(Generic[T]):
    entry: T
    exact: tuple[str, ...] | None  # original tokens when the case must match
    via: Via


@dataclass
class _Node(Generic[T]):
    children: dict[str, _Node[T]] = field(default_factory=dict)
    terminals: list[_Terminal[T]] = field(default_factory=list)


class NameIndex(Generic[T]):
    """Names (and ids written as text) of catalog entries, for lookups and text scans.

    `id_of` names an entry in error messages; `resolve_url` maps a URL to an entry (or None).
    Two different entries may not share a name: adding one raises `KnowledgeError`.
    """

    def __init__(self, what: str, id_of: Callable[[T], str], resolve_url: Callable[[str], T | None]) -> None:
        self._what = what
        self._id_of = id_of
        self._resolve_url = resolve_url
        self._root: _Node[T] = _Node()
        self._by_key: dict[tuple[str, ...], T] = {}
        self._first_rx: re.Pattern[str] | None = None
        self._first_any: re.Pattern[str] | None = None
        #: the last text scanned and its mentions: probes of one release scan the same card with the
        #: same catalog several times (replaced on each new text, dropped when a name is added)
        self._last: tuple[str, tuple[Mention[T], ...]] | None = None

    def id_of(self, entry: T) -> str:
        """The id of an entry (what names it in messages and keeps it once in lists)."""
        return self._id_of(entry)

    def add(
        self, name: str, entry: T, *, exact_case: bool = False, via: Via = "name", scan: bool = True
    ) -> None:
        """Register a name of `entry`: `exact_case` names match text only in this very case; a name
        with `scan=False` serves `lookup` only and is never looked for in text."""
        original = tokens_of(name)
        key = tuple(fold(t) for t in original)
        if not key:
            raise KnowledgeError(f"{self._what}: {self._id_of(entry)}: the name {name!r} has no words")
        other = self._by_key.get(key)
        if other is not None and other is not entry:
            raise KnowledgeError(
                f"{self._what}: the name {name!r} is given to both {self._id_of(other)!r} and "
                f"{self._id_of(entry)!r}"
            )
        self._by_key[key] = entry
        self._last = None
        if not scan:
            return
        self._first_rx = self._first_any = None
        node = self._root
        for part in key:
            node = node.children.setdefault(part, _Node())
        node.terminals.append(_Terminal(entry, original if exact_case else None, via))

    def add_all(self, names: Iterable[str], entry: T, *, exact_case: bool = False, via: Via = "name") -> None:
        for name in names:
            self.add(name, entry, exact_case=exact_case, via=via)

    def lookup(self, name: str) -> T | None:
        """The entry a whole name denotes, whatever its case or separators; None if unknown."""
        key = key_of(name)
        return self._by_key.get(key) if key else None

    def scan(self, text: str) -> list[Mention[T]]:
        """Every mention of a catalog entry in `text`, in text order (see the module docstring)."""
        last = self._last
        if last is not None and last[0] == text:
            return list(last[1])
        facts = _text(text)
        urls: list[tuple[int, int]] = []
        found: list[tuple[int, int, T, Via]] = []
        for start, end, url in facts.urls():
            urls.append((start, end))
            entry = self._resolve_url(url)
            if entry is not None:
                found.append((start, end, entry, "url"))
        if facts.ascii_tokens:
            self._scan_ascii(text, urls, found, facts.lowered)
        else:
            self._scan_any(text, urls, found)
        found.sort(key=lambda f: f[0])
        out: list[Mention[T]] = []
        line, pos = 1, 0
        for start, end, entry, via in found:
            line += text.count("\n", pos, start)
            pos = start
            out.append(Mention(entry, start, end, line, text[start:end], via))
        self._last = (text, tuple(out))
        return out

    def _first_words(self) -> re.Pattern[str]:
        """The ASCII words that start some name, as whole tokens of a lower-cased text whose `_` are
        made spaces (`_bounded`): there, under `re.ASCII`, a word boundary `\\b` is exactly the edge
        of a run of `[a-z0-9]` (no `A-Z` is left, and other characters are not word characters), and
        the engine tests it far faster than the look-behind `(?<![a-z0-9])` at every offset."""
        if self._first_rx is None:
            words = [w for w in self._root.children if w.isascii()]
            alternatives = _trie_pattern(words) or "(?!)"
            self._first_rx = re.compile(rf"\b(?:{alternatives})\b", re.ASCII)
        return self._first_rx

    def _first_words_any_case(self) -> re.Pattern[str]:
        """The ASCII words that start some name, as whole word tokens of any text in any case (a
        match is only a candidate: its token's folded form is checked)."""
        if self._first_any is None:
            words = [w for w in self._root.children if w.isascii()]
            alternatives = _trie_pattern(words) or "(?!)"
            # behind a look-ahead for the words' first characters (every match starts with one): the
            # engine rejects most offsets with one class test before the look-behind (about 35 % less)
            firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
            guard = f"(?=[{firsts}])" if firsts else ""
            self._first_any = re.compile(
                rf"{guard}(?<![^\W_{_CJK}])(?:{alternatives})(?![^\W_{_CJK}])", re.IGNORECASE
            )
        return self._first_any

    def _starts_any(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, folded) of every token of `text` whose folded form starts some name, in text
        order: the tokens of ASCII letters and digits found by one regex, the tokens holding another
        word character (`Tülu`, `微信`) cut and folded one by one."""
        first = self._root.children
        found: dict[int, tuple[int, str]] = {}
        for m in self._first_words_any_case().finditer(text):
            token = m.group()
            folded = token.lower() if token.isascii() else _fold_token(token)
            if folded in first:
                found[m.start()] = (m.end(), folded)
        pos = 0
        while (w := _NON_ASCII_WORD.search(text, pos)) is not None:
            start = w.start()
            if not CJK_CHAR.match(text, start):
                while start > 0 and text[start - 1].isalnum() and not CJK_CHAR.match(text, start - 1):
                    start -= 1
            t = _TOKEN.match(text, start)
            assert t is not None  # text[start] is a word character
            folded = _fold_token(t.group())
            if folded in first:
                found[start] = (t.end(), folded)
            pos = t.end()
        return [(start, end, folded) for start, (end, folded) in sorted(found.items())]

    def _scan_any(self, text: str, urls: list[tuple[int, int]], found: list[tuple[int, int, T, Via]]) -> None:
        """`_scan_tokens` for any text, the same mentions found faster: only the tokens that start a
        name (`_starts_any`) start a walk, and only the tokens after them are cut and folded."""

        def after(pos: int) -> tuple[int, int, str] | None:
            t = _TOKEN.search(text, pos)
            return None if t is None else (t.start(), t.end(), _fold_token(t.group()))

        self._walk_from(text, urls, found, self._starts_any(text), after)

    def _scan_ascii(
        self,
        text: str,
        urls: list[tuple[int, int]],
        found: list[tuple[int, int, T, Via]],
        lowered: str | None = None,
    ) -> None:
        """`_scan_tokens` for a text whose word characters are all ASCII (`_NON_ASCII_WORD`), the same
        mentions found faster: a token is a run of `[A-Za-z0-9]` and its folded form its lower case,
        so the tokens that start a name are found by one regex over the lower-cased text (of the same
        length), and only the tokens after them are cut (not the whole text's)."""
        low = text.lower() if lowered is None else lowered

        def after(pos: int) -> tuple[int, int, str] | None:
            t = _ASCII_TOKEN.search(low, pos)
            return None if t is None else (t.start(), t.end(), t.group())

        starts = ((m.start(), m.end(), m.group()) for m in self._first_words().finditer(_bounded(low)))
        self._walk_from(text, urls, found, starts, after)

    def _walk_from(
        self,
        text: str,
        urls: list[tuple[int, int]],
        found: list[tuple[int, int, T, Via]],
        starts: Iterable[tuple[int, int, str]],
        after: Callable[[int], tuple[int, int, str] | None],
    ) -> None:
        """The longest mention starting at each token of `starts` ((start, end, folded), in text
        order), walking the trie token by token (`after(pos)`: the next token from `pos`, folded);
        mentions do not overlap, and none starts or continues inside a URL of `urls`."""
        url_starts = [u[0] for u in urls]

        def in_url(pos: int) -> bool:
            k = bisect_right(url_starts, pos) - 1
            return k >= 0 and pos < urls[k][1]

        nxt = 0  # the first offset a mention may start at (after the last mention found)
        for start, end, key in starts:
            if start < nxt or in_url(start):
                continue
            if start >= 2 and text[start - 1] in "-_" and text[start - 2].isalnum():
                continue  # the tail of a compound (`Llama-3.1-Tulu-3-8B`)
            best: tuple[int, _Terminal[T]] | None = None
            node: _Node[T] | None = self._root
            walked: list[tuple[int, int]] = []
            t_start, t_end = start, end
            while node is not None:
                node = node.children.get(key)
                if node is None:
                    break
                walked.append((t_start, t_end))
                for term in node.terminals:
                    if term.exact is None or term.exact == tuple(text[a:b] for a, b in walked):
                        best = (t_end, term)
                        break
                if not node.children:
                    break  # a name ends here and none goes on: no token after it can extend it
                nxt_token = after(t_end)
                # the walk goes on only to a token that continues a name (the cheapest test first: most
                # walks start at a common word, "the", "a", that few names continue)
                if (
                    nxt_token is None
                    or nxt_token[2] not in node.children
                    or in_url(nxt_token[0])
                    or not self._joined(text, (0, t_end, ""), (nxt_token[0], 0, ""))
                ):
                    break
                t_start, t_end, key = nxt_token
            if best is None:
                continue
            last, term = best
            found.append((start, last, term.entry, term.via))
            nxt = last

    def _scan_tokens(
        self, text: str, urls: list[tuple[int, int]], found: list[tuple[int, int, T, Via]]
    ) -> None:
        """The mentions in `text` by walking its word tokens (any text)."""
        facts = _text(text)
        toks, folded, in_url = facts.tokens()
        if urls != [(a, b) for a, b, _ in facts.urls()]:
            in_url = _in_spans(toks, urls)
        n = len(toks)
        first = self._root.children
        # only a token that starts some name can start a mention: the others are stepped over
        starts = [j for j, f in enumerate(folded) if f in first]
        nxt = 0  # the first token a mention may start at (after the last mention found)
        for i in starts:
            if i < nxt:
                continue
            if in_url[i] or (i > 0 and self._compound_tail(text, toks[i - 1], toks[i])):
                continue
            best: tuple[int, _Terminal[T]] | None = None
            node: _Node[T] | None = self._root
            k = i
            while node is not None and k < n and not in_url[k]:
                if k > i and not self._joined(text, toks[k - 1], toks[k]):
                    break
                node = node.children.get(folded[k])
                if node is None:
                    break
                for term in node.terminals:
                    if term.exact is None or term.exact == tuple(t[2] for t in toks[i : k + 1]):
                        best = (k, term)
                        break
                k += 1
            if best is None:
                continue
            last, term = best
            found.append((toks[i][0], toks[last][1], term.entry, term.via))
            nxt = last + 1

    @staticmethod
    def _joined(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
        gap = text[left[1] : right[0]]
        if len(gap) > _MAX_GAP:
            return False
        core = gap.strip(" \t")
        return core == "" or (len(core) == 1 and core in _JOINERS)

    @staticmethod
    def _compound_tail(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
        return left[1] + 1 == right[0] and text[left[1]] in "-_"


class NamedCatalog(Generic[T]):
    """What the catalogs share: the lookup of a whole name and the scan of a free text for names
    (a subclass fills `_names`)."""

    _names: NameIndex[T]

    def get(self, entry_id: str) -> T | None:
        raise NotImplementedError

    def by_url(self, url: str) -> T | None:
        raise NotImplementedError

    def by_key(self, value: str) -> T | None:
        """The entry the catalog's own kind of key names (a Hub id, a repository, an arXiv id)."""
        raise NotImplementedError

    def find(self, value: str | None) -> T | None:
        """The entry any reference names: a URL, else the catalog id, the catalog's own key
        (`by_key`) or a name; None when none does."""
        if not value or not value.strip():
            return None
        if "://" in value or value.lower().startswith("www."):
            return self.by_url(value)
        return self.get(value) or self.by_key(value) or self.by_name(value)

    def by_name(self, name: str | None) -> T | None:
        """The entry a whole name denotes (display name, alias or id; any case and any of the
        separators ` -_./`), or None."""
        return self._names.lookup(name) if name else None

    def mentions(self, text: str) -> list[Mention[T]]:
        """Every place a catalog entry is named in `text`, in order, with line and matched text."""
        return self._names.scan(text)

    def in_text(self, text: str) -> list[T]:
        """The catalog entries named in `text`, each once, in order of first mention."""
        seen: dict[str, T] = {}
        for m in self.mentions(text):
            seen.setdefault(self._names.id_of(m.entry), m.entry)
        return list(seen.values())
