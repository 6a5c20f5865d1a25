"""A regular expression compiled on its first use, for module-level patterns a process may never
need (`grants.py`'s, read only for a text the catalog does not know): `opengauge license` then
starts without compiling them."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class LazyPattern:
    """`re.compile(source, flags)` on first use; `search`, `match`, `finditer` and `sub` as on the
    compiled pattern (an invalid source raises `re.error` there, so a test compiles each once)."""

    __slots__ = ("_compiled", "flags", "source", "wraps")

    def __init__(self, source: str, flags: int = 0, *, wraps: bool = False) -> None:
        self.source = source
        self.flags = flags
        self.wraps = wraps
        """A space in `source` matches any run of white space (a line break and the next line's
        indent, as in a license wrapped at 70 columns); an optional space (` ?`) any or none. For
        patterns read against text that keeps its line breaks; no space may stand in a character
        class; one inside a look-behind stays a single space (a look-behind has a fixed width)."""
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(_wrapping(self.source) if self.wraps else self.source, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


_LOOK_BEHIND = re.compile(r"\(\?<[=!](?:\\.|[^()\\])*\)")


def _wrapping(source: str) -> str:
    """`source` with each space made `\\s+` and each optional space (` ?`) `\\s*`, except inside
    look-behinds."""

    def spaced(part: str) -> str:
        return part.replace(" ?", r"\s*").replace(" ", r"\s+")

    out: list[str] = []
    at = 0
    for m in _LOOK_BEHIND.finditer(source):
        out += [spaced(source[at : m.start()]), m.group(0)]
        at = m.end()
    out.append(spaced(source[at:]))
    return "".join(out)
