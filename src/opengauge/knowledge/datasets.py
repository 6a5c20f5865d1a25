"""The dataset catalog: well-known pre-training and tuning datasets, one YAML file each under
`catalog/datasets/`, validated into `DatasetEntry`.

Each entry gives the dataset's license, whether access is gated, what it contains and, the fact
an openness verdict turns on, whether the public dataset is the complete data or only a released
part of larger data that was never published (`complete`: RefinedWeb is a 600B-token extract of
TII's 5T-token web data). Every entry carries the URL its facts come from and the date they were
checked.

Lookups: by catalog id, by Hub dataset id or Hub URL (case-insensitive, any mirror or legacy id),
by a name as cards write it, and every dataset named anywhere in a free text (`datasets_in_text`,
one linear pass; see `opengauge.knowledge.names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from opengauge.knowledge.base import LicensedEntry, https_url, read_entries, unique_ids
from opengauge.knowledge.errors import KnowledgeError
from opengauge.knowledge.names import Mention, NamedCatalog, NameIndex

DatasetKind = Literal["pretraining", "code", "math", "tuning", "preference", "rl"]
"""What the data is for: `pretraining` text, `code` or `math` corpora (pre-training or
continued pre-training), `tuning` (instructions and conversations for supervised fine-tuning),
`preference` (chosen/rejected pairs or ratings for preference tuning), `rl` (prompts with
verifiable answers for reinforcement learning)."""

Completeness = Literal["complete", "part", "unknown"]
"""`complete`: the public dataset is all of the data it stands for; `part`: a released slice or
sample of larger data that is not public; `unknown`: not established."""

_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(?:/[\w.-]+)?$")
_HUB_HOSTS = frozenset({"huggingface.co", "www.huggingface.co", "hf.co"})
_HUB_PAGES = frozenset({"tree", "blob", "resolve", "viewer", "discussions", "commits", "raw", "edit"})


class DatasetDocumentation(BaseModel):
    """What documents a dataset: a published datasheet, and what its Hub dataset card answers of the
    datasheet's questions. Each fact is None when not established (the card was not read). The card
    facts are those of the card `source` names (the home repository's, or a legacy id's, as `note`
    says); the data-documentation probe uses them only for a card it could not read itself."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    datasheet: str | None = None
    """URL of a published datasheet for this dataset after Datasheets for Datasets (Gebru et al.), or
    of an EU AI Act training-content summary; None when none is known to exist."""
    card_collection: bool | None = None
    """Whether the Hub dataset card has a section (of the probe's `SHEET_SECTION_MIN` characters) on where the
    data comes from and how it was collected, as the data-documentation probe judges a card it reads."""
    card_curation: bool | None = None
    """Whether the Hub dataset card has a section (of the probe's `SHEET_SECTION_MIN` characters) on how the
    data was processed or curated, as the data-documentation probe judges a card it reads."""
    note: str = ""
    """What was read and what was not (a copy of the card, a part of it), in one sentence."""
    source: str
    """What was read to establish these facts (the card's URL at a commit, the datasheet's page)."""
    checked: date
    """When they were checked."""

    @field_validator("source", "datasheet")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        return https_url(value) if value is not None else None

    @model_validator(mode="after")
    def _says_something(self) -> DatasetDocumentation:
        if self.datasheet is None and self.card_collection is None and self.card_curation is None:
            raise ValueError("documentation: give a datasheet URL or what the card documents")
        return self

    @property
    def card_complete(self) -> bool:
        """True when the card is known to answer both the collection and the curation questions."""
        return bool(self.card_collection and self.card_curation)


class DatasetEntry(LicensedEntry):
    """One well-known dataset."""

    hub_ids: list[str] = Field(default_factory=list)
    """Hugging Face dataset ids that hold it (`org/name`): the home repository first, then
    mirrors, copies and legacy ids that now redirect (`c4` -> `allenai/c4`)."""
    gated: bool | None
    """Whether the Hub asks users to accept terms or share contact details before download; None
    when not established."""
    kind: DatasetKind
    """What the data is for (see `DatasetKind`)."""
    complete: Completeness
    """Whether the public dataset is all the data it stands for, or only a part (see
    `Completeness`)."""
    complete_note: str = ""
    """For `part` and `unknown`: what the public part is and what is missing."""
    part_of: str | None = None
    """Catalog id of the dataset this one is a sample or subset of, if that is in the catalog."""
    derived_from: list[str] = Field(default_factory=list)
    """Catalog ids of the datasets this one was built from (filtered, deduplicated, mixed)."""
    contains: str
    """What is in it, in one line."""
    documentation: DatasetDocumentation | None = None
    """Its datasheet and what its Hub dataset card documents (see `DatasetDocumentation`); None when
    nothing about its documentation has been checked."""
    processing_code: list[str] = Field(default_factory=list)
    """URLs of the public repositories that hold the code that built this dataset from its sources
    (collection, filtering, deduplication, mixing), as its card or paper names them; empty when none
    is known. A model trained on the dataset as published has that code for its data processing."""

    @field_validator("processing_code")
    @classmethod
    def _code_urls(cls, value: list[str]) -> list[str]:
        return [https_url(v) for v in value]

    @field_validator("hub_ids")
    @classmethod
    def _hub_ids(cls, value: list[str]) -> list[str]:
        for hub_id in value:
            if not _HUB_ID.match(hub_id):
                raise ValueError(f"{hub_id!r} is not a Hub dataset id (org/name)")
        return value

    @model_validator(mode="after")
    def _completeness_explained(self) -> DatasetEntry:
        if self.complete != "complete" and not self.complete_note.strip():
            raise ValueError(f"complete: {self.complete!r} needs a complete_note saying what is missing")
        return self

    @property
    def is_part(self) -> bool:
        """True when the public dataset is only a part of larger unpublished data."""
        return self.complete == "part"


def hub_dataset_key(value: str) -> str | None:
    """The lower-case Hub dataset id a value names: an id (`allenai/dolma`, legacy `c4`), a
    `datasets/org/name` path, an `hf://datasets/...` path or a Hub dataset URL (any page of it).
    None when the value is none of these."""
    value = value.strip().rstrip("/")
    if not value:
        return None
    parts: list[str]
    if "://" in value or value.lower().startswith(("huggingface.co/", "hf.co/", "www.huggingface.co/")):
        split = urlsplit(value if "://" in value else "https://" + value)
        if split.scheme == "hf":
            parts = [split.netloc, *split.path.split("/")]
        elif split.scheme in ("http", "https") and split.netloc.lower() in _HUB_HOSTS:
            parts = split.path.split("/")
        else:
            return None
    else:
        parts = value.split("/")
    parts = [p for p in parts if p]
    if not parts or parts[0] != "datasets":
        if "://" in value or len(parts) > 2:
            return None
    else:
        parts = parts[1:]
    if not parts:
        return None
    if len(parts) >= 2 and parts[1] not in _HUB_PAGES:
        hub_id = f"{parts[0]}/{parts[1]}"
    else:
        hub_id = parts[0]
    hub_id = hub_id.split("@", 1)[0]
    return hub_id.lower() if _HUB_ID.match(hub_id) else None


class DatasetCatalog(NamedCatalog[DatasetEntry]):
    """Every dataset entry, with lookups by id, Hub id or URL, name, and text scans."""

    WHAT = "dataset catalog"

    def __init__(self, entries: list[DatasetEntry]) -> None:
        unique_ids(entries, self.WHAT)
        self.entries: dict[str, DatasetEntry] = {e.id: e for e in entries}
        #: entries by their own `url` (normalised as `by_url` compares; the first entry wins)
        self._by_own_url: dict[str, DatasetEntry] = {}
        for e in entries:
            self._by_own_url.setdefault(e.url.rstrip("/").lower(), e)
        self._by_hub: dict[str, DatasetEntry] = {}
        for e in entries:
            for hub_id in e.hub_ids:
                other = self._by_hub.setdefault(hub_id.lower(), e)
                if other is not e:
                    raise KnowledgeError(
                        f"{self.WHAT}: Hub id {hub_id!r} is in both {other.id!r} and {e.id!r}"
                    )
            for ref in [*e.derived_from, *([e.part_of] if e.part_of else [])]:
                if ref not in self.entries:
                    raise KnowledgeError(
                        f"{self.WHAT}: {e.id}: refers to {ref!r}, which is not in the catalog"
                    )
        self._names: NameIndex[DatasetEntry] = NameIndex(self.WHAT, lambda e: e.id, self.by_url)
        for e in entries:
            self._names.add(e.name, e, scan=False)  # the display name is scanned only as an alias
            self._names.add_all(e.aliases, e)
            self._names.add_all(e.case_aliases, e, exact_case=True)
            # an id written as text (`allenai/dolma` in a card's front matter or prose); a one-word
            # legacy id (`c4`, `wikipedia`) is a name only where an alias says so
            self._names.add_all((h for h in e.hub_ids if "/" in h), e, via="id")

    def __iter__(self) -> Iterator[DatasetEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, dataset_id: str) -> DatasetEntry | None:
        """The entry with this catalog id, or None."""
        return self.entries.get(dataset_id.strip().lower())

    def by_hub_id(self, value: str | None) -> DatasetEntry | None:
        """The entry a Hub dataset id, `datasets/` path or Hub URL names (case-insensitive), or None."""
        key = hub_dataset_key(value) if value else None
        return self._by_hub.get(key) if key else None

    def by_url(self, url: str) -> DatasetEntry | None:
        """The entry a URL points at: a Hub dataset page, or an entry's own `url`; else None."""
        found = self.by_hub_id(url) if "huggingface.co" in url.lower() or url.startswith("hf://") else None
        if found is not None:
            return found
        return self._by_own_url.get(url.strip().rstrip("/").lower())

    def by_key(self, value: str) -> DatasetEntry | None:
        return self.by_hub_id(value)


def _catalog_dir() -> Traversable:
    return resources.files("opengauge.knowledge").joinpath("catalog", "datasets")


def read_datasets(root: Traversable | Path) -> DatasetCatalog:
    """Read and check every `*.yaml` entry under `root` (uncached); `KnowledgeError` when broken."""
    return DatasetCatalog(read_entries(root, DatasetEntry, DatasetCatalog.WHAT))


@lru_cache(maxsize=1)
def load_datasets() -> DatasetCatalog:
    """The dataset catalog shipped with the package (read once, cached)."""
    return read_datasets(_catalog_dir())


def find_dataset(value: str | None, catalog: DatasetCatalog | None = None) -> DatasetEntry | None:
    """The dataset any reference names (catalog id, Hub id or URL, name), or None."""
    return (catalog or load_datasets()).find(value)


def dataset_by_hub_id(value: str | None, catalog: DatasetCatalog | None = None) -> DatasetEntry | None:
    """The dataset a Hub id or Hub URL names (case-insensitive, mirrors and legacy ids too), or None."""
    return (catalog or load_datasets()).by_hub_id(value)


def dataset_mentions(text: str, catalog: DatasetCatalog | None = None) -> list[Mention[DatasetEntry]]:
    """Every mention of a catalog dataset in a free text (see `DatasetCatalog.mentions`)."""
    return (catalog or load_datasets()).mentions(text)


def datasets_in_text(text: str, catalog: DatasetCatalog | None = None) -> list[DatasetEntry]:
    """The catalog datasets a free text names, each once, in order of first mention."""
    return (catalog or load_datasets()).in_text(text)
