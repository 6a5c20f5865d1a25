"""The license catalog: one YAML file per known license or use policy, shipped as package data.

Each file under `catalog/` is written in this project's own words (never a copy of a license
text) and validated into a `LicenseEntry` (`entry_from`, with pydantic) when the catalog is built;
the built catalog is cached per user (`engine_cache`), so a process that finds it there starts
without pydantic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Literal

from opengauge.enums import LicenseVerdict
from opengauge.licenses.errors import LicenseError

MofType = Literal["code", "data", "document"]
"""A content type of the Model Openness Framework: every component is code, data or a document."""
MOF_TYPES: tuple[MofType, ...] = ("code", "data", "document")


@dataclass(frozen=True, kw_only=True)
class LicenseEntry:
    """One known license, use policy or notice (validated by `entry_from`)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}
    """How `entry_from` validates a catalog file (pydantic's config of a standard dataclass): an
    unknown key is an error."""

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
    aliases: list[str] = field(default_factory=list)
    """Other names the license goes by (short names, older titles)."""
    spdx: str | None = None
    """Official SPDX identifier, if any."""
    spdx_aliases: list[str] = field(default_factory=list)
    """Other SPDX-style spellings that name this same text: deprecated SPDX ids (`GPL-3.0` for
    `GPL-3.0-only`, `GFDL-1.3`) and short forms people and lists use for it (`odc-by` for
    `ODC-By-1.0`, the MOT's `ODC-PDDL-1.0` for `PDDL-1.0`). Looked up like `spdx`."""
    scancode: str | None = None
    """ScanCode LicenseDB key, if any."""
    hf: list[str] = field(default_factory=list)
    """Hugging Face `license:` ids (and well-known `license_name` values) naming it."""
    hub_family: bool = False
    """The entry stands for a Hugging Face id that names a family of licenses, not one text (the Hub's
    `openrail`): found by that id only, never identified from a text, and holding only the clauses
    every member of the family has. A member's text may be tagged with the family id on the Hub
    (`Catalog.tags`); the id names the family entry only."""
    osi_approved: bool = False
    """On the OSI's list of approved open source licenses (the SPDX list's `isOsiApproved`)."""
    open_content: bool = False
    """An open license written for content rather than software: data, databases, documents,
    media (Creative Commons BY and BY-SA, CC0, CDLA, the Open Data Commons licenses, OpenMDW,
    the GFDL, the Open Government Licences...). Not OSI-approved, yet open in the sense of the OSAID
    and the MOF for data, parameters and documents. Never set for a non-commercial or no-derivatives
    license."""
    mof_types: list[MofType] = field(default_factory=list)
    """The MOF content types (`code`, `data`, `document`) this license is type-appropriate for, from
    the Model Openness Tool's list as this project reads it: CC0-1.0 and CC-PDDC count for data and
    documents, CC-BY-4.0 for data too (the MOF authors' advice), BSD-2/3-Clause for code; C-UDA-1.0
    and MulanPSL-1.0 are left out (they fail the MOF's open test). Empty: open or not, the MOF does
    not name it as the license meant for any type (a warning, not a failure)."""
    url: str | None = None
    """Where the official text lives."""
    use_policy: str | None = None
    """Catalog id of the use policy the license incorporates by reference, if any."""
    reaches_distilled: bool = False
    """The license counts models distilled from its model, or trained on its outputs, among its derivatives
    (`licenses.reach`; each such entry's text in the corpus or the ScanCode LicenseDB says so, as a test
    checks), so its terms bind a student model trained from scratch."""
    licensors: list[str] = field(default_factory=list)
    """Hub organisations of the one party that grants this license, for a vendor's own model license
    (`meta-llama` and `facebook` for the Llama licenses): only they may release a derivative of their
    model on other terms. Empty for a license anyone may put their own work under (MIT, CC-BY-NC,
    OpenRAIL)."""
    fingerprints: list[str] = field(default_factory=list)
    """Short distinctive phrases of the text (2-12 words) in token form (`normalize.words_of`:
    lower-case alphanumeric runs joined by one space), matched as whole-token substrings."""
    title_patterns: list[str] = field(default_factory=list)
    """The title / version / date lines, in token form (or a regular expression over the token
    form). Each weighs two fingerprints; an entry whose text shows none of them gets half credit."""
    excludes: list[str] = field(default_factory=list)
    """Token-form phrases whose presence rules this entry out (a sibling's title or date line)."""
    verdict: LicenseVerdict | None = None
    """The reviewed verdict for the text as catalogued (`osi-open`, `open-non-osi`, `restricted`,
    `non-commercial`, `research-only`, `use-policy`; see the taxonomy), for use when no text is
    at hand. A text that is read is judged from its own clauses."""
    length_words: int | None = None
    """Approximate length of the reference text in words (token form), if known: a document far
    longer than this holds more than the license, which lowers the identification confidence."""
    ends_with: list[str] = field(default_factory=list)
    """Token-form phrases that end the license's own text (MIT's "other dealings in the software"):
    what a document says after the last of them is not the license, and is read as an addition
    (`opengauge.licenses.additions`)."""
    tail_boilerplate: list[list[str]] = field(default_factory=list)
    """`[start, end]` token-form phrase pairs of standard text that may follow the end (Apache's
    appendix on how to apply the license, with its notice template): not an addition."""
    clauses: list[str] = field(default_factory=list)
    """Clause types (see `opengauge.licenses.taxonomy`) this text is known to contain, reviewed by
    hand. Used when only an id or a notice is at hand; a text is always read clause by clause."""
    summary: str = ""
    """Plain-language summary for non-lawyers, in this project's words."""

    def __post_init__(self) -> None:
        if isinstance(self.verdict, str) and not isinstance(self.verdict, LicenseVerdict):
            object.__setattr__(self, "verdict", LicenseVerdict(self.verdict))  # from the cached JSON

    @property
    def identifiable(self) -> bool:
        """True when the entry can be recognised from a text (it has fingerprints or title
        patterns); an entry without either only serves lookups by id."""
        return bool(self.fingerprints or self.title_patterns)


def _key(license_id: str) -> str:
    return license_id.strip().lower()


def _slug(value: str) -> str:
    """An id's letters and digits, lower-cased: its spelling without separators."""
    return "".join(ch for ch in value.lower() if ch.isalnum())


class Catalog:
    """All entries, with lookups by catalog id, SPDX id (or alias) and Hugging Face id.

    Every lookup is case-insensitive and ignores surrounding whitespace.
    """

    def __init__(self, entries: list[LicenseEntry]) -> None:
        self.entries: dict[str, LicenseEntry] = {}
        for e in entries:
            if e.id in self.entries:
                raise LicenseError(f"license catalog: duplicate id {e.id!r}")
            self.entries[e.id] = e
        self._by_id: dict[str, LicenseEntry] = {_key(e.id): e for e in self.entries.values()}
        self._by_hf: dict[str, LicenseEntry] = {}
        self._by_spdx: dict[str, LicenseEntry] = {}
        for e in self.entries.values():
            for h in e.hf:
                self._by_hf.setdefault(_key(h), e)
            for s in [e.spdx, *e.spdx_aliases] if e.spdx else e.spdx_aliases:
                self._by_spdx.setdefault(_key(s), e)
        # any id to its entry; catalog ids win over SPDX ids over Hub ids (a test makes sure no two
        # entries share an id, so the order never decides)
        self._by_any: dict[str, LicenseEntry] = {**self._by_hf, **self._by_spdx, **self._by_id}
        self._slugs: dict[str, LicenseEntry | None] | None = None  # `by_slug`'s index, built on first use

    def __iter__(self) -> Iterator[LicenseEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, id_: str) -> LicenseEntry | None:
        """The entry with this catalog id (exact spelling), or None."""
        return self.entries.get(id_)

    def by_hf(self, hf_id: str | None) -> LicenseEntry | None:
        """The entry a Hugging Face `license:` id (or well-known `license_name`) names, or None."""
        return self._by_hf.get(_key(hf_id)) if hf_id else None

    def tags(self, entry: LicenseEntry, hf_id: str) -> bool:
        """True when a text of `entry` may carry the Hugging Face id `hf_id`: one of its own Hub ids,
        or the id of its family (`openrail` on any Open RAIL text)."""
        if _key(hf_id) in {_key(h) for h in entry.hf}:
            return True
        named = self.by_hf(hf_id)
        return named is not None and named.hub_family and named.family == entry.family

    def by_spdx(self, spdx: str | None) -> LicenseEntry | None:
        """The entry an SPDX id or one of its aliases (`GPL-3.0`, `odc-by`) names, or None."""
        return self._by_spdx.get(_key(spdx)) if spdx else None

    def find(self, license_id: str | None) -> LicenseEntry | None:
        """The entry any id names: catalog id, SPDX id or alias, or Hugging Face id; or None."""
        return self._by_any.get(_key(license_id)) if license_id else None

    def by_slug(self, value: str | None) -> LicenseEntry | None:
        """The entry one of whose ids (catalog, SPDX, Hugging Face) `value` spells with other
        separators or none (`llama-3` for the Hub's `llama3`, `Apache_2.0`); None when no id or two
        entries' ids share that spelling."""
        if not value:
            return None
        if self._slugs is None:
            slugs: dict[str, LicenseEntry | None] = {}
            for e in self.entries.values():
                for i in {_slug(x) for x in (e.id, e.spdx or "", *e.spdx_aliases, *e.hf)} - {""}:
                    slugs[i] = e if slugs.get(i, e) is e else None
            self._slugs = slugs
        return self._slugs.get(_slug(value))


@lru_cache(maxsize=1)
def _entry_adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(LicenseEntry)


def entry_from(data: Any) -> LicenseEntry:
    """A catalog entry validated from its YAML data (pydantic's ValidationError, a ValueError, on
    a wrong type or an unknown key)."""
    return _entry_adapter().validate_python(data)  # type: ignore[no-any-return]


def _catalog_data() -> list[dict[str, Any]]:
    """Every `catalog/*.yaml` shipped with the package, validated, as JSON-ready data."""
    from importlib import resources  # only to build (it imports tempfile, shutil, lzma...)

    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: about ten times faster
    out: list[dict[str, Any]] = []
    root = resources.files("opengauge.licenses") / "catalog"
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        try:
            data = yaml.load(item.read_text(encoding="utf-8"), Loader=loader)
            out.append(_entry_adapter().dump_python(entry_from(data), mode="json"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:  # a bug in the package
            raise LicenseError(f"license catalog: {item.name}: {exc}") from exc
    return out


def _catalog_from(data: list[dict[str, Any]]) -> Catalog:
    """The catalog from `_catalog_data`'s output (as cached: validated when it was built)."""
    return Catalog([LicenseEntry(**d) for d in data])


def catalog_sources() -> list[Path]:
    """The files `load_catalog()` is built from: the entries and the code that validates them."""
    here = Path(__file__).resolve().parent
    return [
        here / "catalog.py",
        here / "engine_cache.py",
        here / "catalog",
        *sorted((here / "catalog").glob("*.yaml")),
    ]


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """Load every `catalog/*.yaml` shipped with the package (cached in-process, and in the user
    cache dir per version of the catalog: see `engine_cache`)."""
    from opengauge.licenses.engine_cache import load_or_build

    return load_or_build("catalog", catalog_sources, _catalog_data, _catalog_from)
