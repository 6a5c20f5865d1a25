"""The words and path shapes the probes look for, kept as data: one YAML file per probe module.

A vocabulary file (`code.yaml` beside this module, for `opengauge.probes.code`) is a list of
entries. Each entry has an `id`, a one-line `description` saying in plain words what it
recognises and why, and either

- `pattern`: a regular expression, written as one string or as a list of pieces joined end to end
  (the way adjacent string literals join in Python), with optional `flags` (`ignorecase`,
  `multiline`, `dotall`, `verbose`); or
- `words`: a set of literal words.

The file is read with the alias-refusing safe YAML loader, its shape is validated, and every
pattern is compiled once; the result is cached. A broken file raises `ProbeError`: it is a bug in
the package, not in the release being read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from opengauge.probes.errors import ProbeError
from opengauge.textio import load_yaml_no_aliases

FlagName = Literal["ignorecase", "multiline", "dotall", "verbose"]

_FLAGS: dict[str, re.RegexFlag] = {
    "ignorecase": re.IGNORECASE,
    "multiline": re.MULTILINE,
    "dotall": re.DOTALL,
    "verbose": re.VERBOSE,
}


class VocabularyEntry(BaseModel):
    """One entry of a vocabulary file, as written."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    """Kebab-case name the probe code asks for."""
    description: str = Field(min_length=1)
    """One line: what the entry recognises and why."""
    pattern: str | list[str] | None = None
    """A regular expression; a list of pieces is joined end to end."""
    flags: list[FlagName] = Field(default_factory=list)
    words: list[str] | None = None
    """A set of literal words, instead of a pattern."""

    @model_validator(mode="after")
    def _one_kind(self) -> VocabularyEntry:
        if (self.pattern is None) == (self.words is None):
            raise ValueError(f"{self.id}: give exactly one of `pattern` and `words`")
        if self.words is not None and self.flags:
            raise ValueError(f"{self.id}: `flags` apply to a pattern, not to words")
        if isinstance(self.pattern, list) and not self.pattern:
            raise ValueError(f"{self.id}: an empty list of pattern pieces")
        if "\n" in self.description or not self.description.strip():
            raise ValueError(f"{self.id}: the description must be one non-blank line")
        return self

    @property
    def source(self) -> str:
        """The pattern's source text, its pieces joined."""
        if self.pattern is None:
            raise ValueError(f"{self.id} is a word list, not a pattern")
        return self.pattern if isinstance(self.pattern, str) else "".join(self.pattern)

    @property
    def flag_value(self) -> int:
        value = 0
        for name in self.flags:
            value |= _FLAGS[name]
        return value


class _VocabularyFile(RootModel[list[VocabularyEntry]]):
    pass


@dataclass(frozen=True)
class Vocabulary:
    """The compiled vocabulary of one probe module."""

    name: str
    entries: Mapping[str, VocabularyEntry]
    _patterns: Mapping[str, re.Pattern[str]]
    _words: Mapping[str, frozenset[str]]

    def pattern(self, entry_id: str) -> re.Pattern[str]:
        """The compiled pattern of an entry; `ProbeError` when there is no such pattern."""
        try:
            return self._patterns[entry_id]
        except KeyError:
            raise ProbeError(f"vocabulary {self.name}: no pattern {entry_id!r}") from None

    def words(self, entry_id: str) -> frozenset[str]:
        """The word set of an entry; `ProbeError` when there is no such word list."""
        try:
            return self._words[entry_id]
        except KeyError:
            raise ProbeError(f"vocabulary {self.name}: no word list {entry_id!r}") from None


def parse_vocabulary(text: str, *, name: str) -> Vocabulary:
    """Validate and compile the text of a vocabulary file; `ProbeError` naming the file when broken."""
    where = f"vocabulary {name}.yaml"
    try:
        raw = load_yaml_no_aliases(text)
    except yaml.YAMLError as exc:
        raise ProbeError(f"{where}: not valid YAML ({exc})") from exc
    try:
        entries = _VocabularyFile.model_validate(raw).root
    except ValidationError as exc:
        raise ProbeError(f"{where}: {exc}") from exc
    by_id: dict[str, VocabularyEntry] = {}
    patterns: dict[str, re.Pattern[str]] = {}
    words: dict[str, frozenset[str]] = {}
    for entry in entries:
        if entry.id in by_id:
            raise ProbeError(f"{where}: entry {entry.id!r} is defined twice")
        by_id[entry.id] = entry
        if entry.words is not None:
            words[entry.id] = frozenset(entry.words)
            continue
        try:
            patterns[entry.id] = re.compile(entry.source, entry.flag_value)
        except re.error as exc:
            raise ProbeError(f"{where}: entry {entry.id!r}: bad pattern ({exc})") from exc
    return Vocabulary(name=name, entries=by_id, _patterns=patterns, _words=words)


@cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary shipped for one probe module (`code` reads `vocabulary/code.yaml`), cached."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise ProbeError(f"no vocabulary {name!r}: a vocabulary is named after its probe module")
    item = resources.files(__name__) / f"{name}.yaml"
    try:
        text = item.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProbeError(f"vocabulary {name}.yaml: cannot read ({exc})") from exc
    return parse_vocabulary(text, name=name)
