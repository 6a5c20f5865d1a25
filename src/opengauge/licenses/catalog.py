"""The license catalog: one YAML file per known license or use policy, shipped as package data.

Each file under `catalog/` is written in this project's own words (never a copy of a license
text) and validated into a `LicenseEntry` on load.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field

from opengauge.licenses.errors import LicenseError


class LicenseEntry(BaseModel):
    """One known license, use policy or notice."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    """Canonical catalog id, e.g. `llama-3.1-community`, `apache-2.0`."""
    kind: str = "license"
    """`license`, `use-policy` or `notice`."""
    name: str
    """Display name."""
    family: str
    """Short family id shared by versions (`llama`, `gemma`, `openrail`, `apache`...)."""
    version: str | None = None
    """Version as the labels give it: a number (`3.1`) or, for undated-number texts, a date."""
    date: str | None = None
    """Release or last-modified date of this text (ISO `YYYY-MM-DD`, or `YYYY-MM`), if known."""
    aliases: list[str] = Field(default_factory=list)
    """Other names the license goes by (short names, older titles)."""
    spdx: str | None = None
    """Official SPDX identifier, if any."""
    scancode: str | None = None
    """ScanCode LicenseDB key, if any."""
    hf: list[str] = Field(default_factory=list)
    """Hugging Face `license:` ids (and well-known `license_name` values) naming it."""
    osi_approved: bool = False
    url: str | None = None
    """Where the official text lives."""
    use_policy: str | None = None
    """Catalog id of the use policy the license incorporates by reference, if any."""
    fingerprints: list[str] = Field(default_factory=list)
    """Short distinctive phrases of the text (2-12 words) in token form (`normalize.words_of`:
    lower-case alphanumeric runs joined by one space), matched as whole-token substrings."""
    title_patterns: list[str] = Field(default_factory=list)
    """The title / version / date lines, in token form (or a regular expression over the token
    form). Each weighs two fingerprints; an entry whose text shows none of them gets half credit."""
    excludes: list[str] = Field(default_factory=list)
    """Token-form phrases whose presence rules this entry out (a sibling's title or date line)."""
    verdict: str | None = None
    """The reviewed verdict for the text as catalogued (`osi-open`, `open-non-osi`, `restricted`,
    `non-commercial`, `research-only`, `use-policy`; see the taxonomy), for use when no text is
    at hand. A text that is read is judged from its own clauses."""
    length_words: int | None = None
    """Approximate length of the reference text in words (token form), if known: a document far
    longer than this holds more than the license, which lowers the identification confidence."""
    clauses: list[str] = Field(default_factory=list)
    """Clause types (see `opengauge.licenses.taxonomy`) this text is known to contain, reviewed by
    hand. Used when only an id or a notice is at hand; a text is always read clause by clause."""
    summary: str = ""
    """Plain-language summary for non-lawyers, in this project's words."""


class Catalog:
    """All entries, with lookups by id, SPDX id, ScanCode key and Hugging Face id."""

    def __init__(self, entries: list[LicenseEntry]) -> None:
        self.entries: dict[str, LicenseEntry] = {}
        for e in entries:
            if e.id in self.entries:
                raise LicenseError(f"license catalog: duplicate id {e.id!r}")
            self.entries[e.id] = e
        self._by_hf: dict[str, LicenseEntry] = {}
        self._by_spdx: dict[str, LicenseEntry] = {}
        for e in self.entries.values():
            for h in e.hf:
                self._by_hf.setdefault(h.lower(), e)
            if e.spdx:
                self._by_spdx.setdefault(e.spdx.lower(), e)

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, id_: str) -> LicenseEntry | None:
        return self.entries.get(id_)

    def by_hf(self, hf_id: str | None) -> LicenseEntry | None:
        return self._by_hf.get(hf_id.lower()) if hf_id else None

    def by_spdx(self, spdx: str | None) -> LicenseEntry | None:
        return self._by_spdx.get(spdx.lower()) if spdx else None


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when available (about ten times faster), else the pure-Python one."""


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """Load every `catalog/*.yaml` shipped with the package (cached)."""
    entries = []
    root = resources.files("opengauge.licenses") / "catalog"
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        try:
            data = yaml.load(item.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506 (safe loader)
            entries.append(LicenseEntry.model_validate(data))
        except Exception as exc:  # a broken catalog file is a bug in the package
            raise LicenseError(f"license catalog: {item.name}: {exc}") from exc
    return Catalog(entries)
