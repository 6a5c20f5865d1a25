"""Reading untrusted text safely: size caps, binary detection, strict UTF-8.

Everything that comes from a model repo or a user's file goes through here
before any parser sees it.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from opengauge.errors import InputError

#: Default cap for one text document (licenses, cards, policies).
MAX_TEXT_BYTES = 5 * 1024 * 1024

#: Longest quote kept in an `Evidence` (characters).
QUOTE_MAX = 220

#: The characters Python's regex engine matches case-insensitively as an ASCII `s` or `i` (`ſ`, `İ`,
#: `ı`) that `str.lower` leaves alone or lengthens: a text holding one is searched with a
#: case-insensitive pattern itself, not only where its lower case holds the pattern's literals.
CASE_ODD = ("\u017f", "\u0130", "\u0131")

#: The characters of Chinese, Japanese and Korean words (kana, CJK ideographs, hangul, compatibility
#: ideographs), as a regular-expression class body: the one definition (names, data probes and the
#: lineage reader use it), and a pattern matching one of them.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK_CHARS}]")


def matches_at(
    rx: re.Pattern[str], text: str, starts: Iterable[str], lowered: str | None = None
) -> list[re.Match[str]]:
    """`list(rx.finditer(text))` for a case-insensitive pattern whose every match is non-empty and
    starts with one of the lower-case literals `starts`: the pattern tried only where the lower-cased
    text holds one, in order, a place inside the last match skipped (as `finditer` goes on from its
    end): the same matches, without trying the pattern at every offset. A text holding a `CASE_ODD`
    character is searched whole. `lowered` is `text.lower()`, when the caller has it."""
    if any(c in text for c in CASE_ODD):
        return list(rx.finditer(text))
    low = text.lower() if lowered is None else lowered
    at: list[int] = []
    for lit in starts:
        i = low.find(lit)
        while i >= 0:
            at.append(i)
            i = low.find(lit, i + 1)
    out: list[re.Match[str]] = []
    nxt = 0
    for i in sorted(at):
        if i < nxt:
            continue
        m = rx.match(text, i)
        if m is not None:
            out.append(m)
            nxt = m.end()
    return out


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]*[A-Z0-9])")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` (one line or paragraph) that holds the span `start`..`end`: from the last
    sentence end before it to the first after it, so a quote gives the words that matched, not the
    paragraph's first sentence."""
    head = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, start):
        head = m.end()
    tail = _SENTENCE_BREAK.search(text, end)
    return text[head : tail.start() if tail else len(text)].strip()


def clip(text: str, limit: int = QUOTE_MAX) -> str:
    """Whitespace-normalised text cut to `limit` characters (with an ellipsis when cut).

    Only the first `8 * limit` characters are looked at, so clipping a 5 MB line costs no more than
    clipping a short one."""
    head = text[: 8 * limit + 1]
    cut = len(text) > len(head)
    text = " ".join(head.split())
    if len(text) <= limit and not cut:
        return text
    return text[: limit - 1].rstrip() + "…"


#: Every byte but the control bytes that make a file look binary (tab, line feed, form feed, carriage
#: return and escape are usual in text).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not plausibly a text document (NUL bytes, or many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))  # the control bytes left, counted in C
    return control / len(sample) > 0.10


def decode_text(data: bytes, *, name: str = "input") -> str:
    """Decode bytes as UTF-8 text (a BOM is dropped) or raise `InputError` with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 text (byte {exc.start})") from None
    return text


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """At most `limit` bytes of a regular file. Opened with O_NONBLOCK and checked with fstat, so a
    FIFO, device or socket swapped in is refused (OSError) instead of blocking the run."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        chunks: list[bytes] = []
        left = limit
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_file(path: str | Path, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read a user-named file (or `-` for stdin) as text, with clear one-line errors."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        p = Path(path)
        name = str(p)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, expected a text file")
        try:
            st = p.stat()
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{name}: not a regular file (a FIFO, device or socket is never read)")
            size = st.st_size
            if size > max_bytes:
                raise InputError(
                    f"{name}: file is {size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:.0f} MB limit"
                )
            data = read_regular_file(p, max_bytes + 1)
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than the {max_bytes / 1e6:.0f} MB limit")
    return decode_text(data, name=name)


def load_yaml_no_aliases(text: str) -> Any:
    """`yaml.safe_load` (libyaml when available) that refuses anchors and aliases, so flat data
    files can never be alias bombs. Raises `yaml.YAMLError`."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.YAMLError("YAML anchors and aliases are not allowed")
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def short_revision(revision: str) -> str:
    """A revision as people read it: a commit's first 12 hex digits; a folder state
    (`folder:sha256:<digest>`) as `folder:` and its digest's first 12 digits."""
    kind, sep, digest = revision.rpartition(":")
    if sep and kind.startswith("folder"):
        return f"folder:{digest[:12]}"
    return revision[:12]


_NOT_A_BREAK = re.compile(r"[^\n]")


def blank_keeping_lines(text: str) -> str:
    """`text` with every character but its line breaks turned to a space: same length, same lines (what a
    reader blanks and still quotes by offset and line from the original)."""
    return _NOT_A_BREAK.sub(" ", text)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """A name compared ignoring case and punctuation (`Llama-3.1-8B` = `llama 3.1 8b`)."""
    return _NOT_ALNUM.sub("", name.lower())


def table_cells(line: str) -> list[str]:
    """The cells of a Markdown table row (`| a | b |` -> `["a", "b"]`), stripped."""
    return [c.strip() for c in line.strip().strip("|").split("|")]
