"""What every knowledge entry shares, and reading a folder of entry files.

Each entry is one YAML file named by its id, read with the safe loader that refuses anchors and
aliases, and validated into a frozen pydantic model that forbids unknown fields. Every entry says
where its facts come from (`source`, an https URL) and when they were last checked (`checked`).
Entries for things that carry terms of use (datasets, code bases) are `LicensedEntry`s; a paper is
an `Entry` without a license.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from opengauge.knowledge.errors import KnowledgeError
from opengauge.textio import load_yaml_no_aliases

#: An entry file larger than this is refused (they are well under 4 kB).
MAX_ENTRY_BYTES = 64 * 1024

SLUG = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")
"""An entry id: lower-case letters and digits, in runs joined by `-` or `.`."""

UNSURE_LICENSES = frozenset({"other", "unknown"})
"""License values that are not an id: `other` (custom terms, said in `license_note`) and
`unknown` (not established; `license_note` says what is known)."""


def https_url(value: str) -> str:
    """`value` when it is an https URL with a dotted host; `ValueError` otherwise (a field check)."""
    if not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", value):
        raise ValueError(f"{value!r} is not an https URL")
    return value


class Entry(BaseModel):
    """The fields every knowledge entry has."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    """Catalog id, a slug (`fineweb-edu`, `gpt-neox`); the file is `<id>.yaml`."""
    name: str
    """Display name, as its makers write it. Looked up by `find`, but found in free text only when
    it is also an alias (or a case alias): a short name such as `P3` is not safe to scan for."""
    aliases: list[str] = Field(default_factory=list)
    """Other names as cards and papers write them, found in free text whatever their case and
    whether words are joined by spaces, hyphens, underscores, dots or slashes."""
    case_aliases: list[str] = Field(default_factory=list)
    """Names found in free text only with exactly this case: short names or common words (`ROOTS`,
    `the Pile`) that would otherwise match ordinary prose."""
    url: str
    """The home page (Hub page, repository, project site, a paper's arXiv page)."""
    note: str = ""
    """Anything else a reader of a verdict should know, in one or two sentences."""
    source: str
    """Where the facts of this entry can be checked (https URL)."""
    checked: date
    """When the facts were last checked against `source`."""

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(f"id {value!r} is not a slug (lower-case letters, digits, '-' and '.')")
        return value

    @field_validator("url", "source")
    @classmethod
    def _https(cls, value: str) -> str:
        return https_url(value)

    @field_validator("name")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class LicensedEntry(Entry):
    """An entry with terms of use: a dataset or a code base."""

    license: str
    """The license: a license catalog id, SPDX id or Hugging Face id (`odc-by`, `apache-2.0`,
    `BSD-3-Clause`); or `other` (custom terms) or `unknown`, both explained in `license_note`."""
    license_note: str = ""
    """What the license value leaves out: the custom terms, mixed per-source terms, doubts."""

    @field_validator("license")
    @classmethod
    def _license_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @model_validator(mode="after")
    def _license_explained(self) -> LicensedEntry:
        if self.license in UNSURE_LICENSES and not self.license_note.strip():
            raise ValueError(f"license {self.license!r} needs a license_note saying why")
        return self


E = TypeVar("E", bound=Entry)


def read_entries(root: Traversable | Path, model: type[E], what: str) -> list[E]:
    """Every `*.yaml` file under `root`, validated into `model`, sorted by file name. Raises
    `KnowledgeError` naming the file (and the field) for anything broken, and for a file whose name
    is not its id."""
    entries: list[E] = []
    files = sorted((f for f in root.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    if not files:
        raise KnowledgeError(f"{what}: no entry files in {root}")
    for item in files:
        entries.append(parse_entry(item.read_bytes(), model, f"{what}: {item.name}"))
        if item.name != f"{entries[-1].id}.yaml":
            raise KnowledgeError(f"{what}: {item.name}: the file must be named {entries[-1].id}.yaml")
    return entries


def parse_entry(data: bytes, model: type[E], where: str) -> E:
    """One entry file's bytes validated into `model`; `KnowledgeError` (with `where`) when broken."""
    if len(data) > MAX_ENTRY_BYTES:
        raise KnowledgeError(f"{where}: larger than {MAX_ENTRY_BYTES} bytes")
    try:
        raw = load_yaml_no_aliases(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise KnowledgeError(f"{where}: not UTF-8 text (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{where}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: expected a mapping of fields")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "entry"
        raise KnowledgeError(f"{where}: {field}: {first['msg']}") from None


def unique_ids(entries: Iterable[Entry], what: str) -> None:
    """`KnowledgeError` when two entries share an id."""
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise KnowledgeError(f"{what}: duplicate id {e.id!r}")
        seen.add(e.id)
