"""The paper catalog: the papers of well-known open and open-weights model releases and datasets,
one YAML file each under `catalog/papers/`, validated into `Paper`.

A model card cites its paper as an arXiv preprint far more often than as the published version, so
a card alone cannot tell whether the paper was peer reviewed. Each entry records the paper's arXiv
id(s), its title, the models it presents, and, the fact the `paper` parameter of the openness
frameworks turns on, the venue where it was peer reviewed: a conference, a journal or a workshop,
with the year, or none (`venue: null`, with a note: a preprint or technical report only, or a venue
that could not be confirmed). Only a venue confirmed at its source (the proceedings page, OpenReview,
the ACL Anthology, PMLR, JMLR, the journal) is recorded; `source` is that page and `checked` the
date it was read.

Lookups: by catalog id, by arXiv id or paper URL (arxiv.org, huggingface.co/papers; versions
dropped), by title, and every catalogued paper named in a free text (`papers_in_text`, one linear
pass; see `opengauge.knowledge.names`): an arXiv or Hub paper link, or a title as an alias writes
it. A bare `arXiv:ID` or BibTeX `eprint` is read by the caller and looked up with `by_arxiv`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from opengauge.knowledge.base import Entry, read_entries, unique_ids
from opengauge.knowledge.errors import KnowledgeError
from opengauge.knowledge.names import Mention, NamedCatalog, NameIndex

VenueKind = Literal["conference", "journal", "workshop"]
"""Where a paper was peer reviewed: the main track of a `conference` (NeurIPS, ICML, ICLR, ACL,
COLM, CVPR, including a conference's datasets and benchmarks track), a `journal` (JMLR, TMLR,
Nature), or a `workshop` (held with a conference, reviewed more lightly)."""

Part = Literal["data", "training"]
"""A major part of making a model that a preprint should cover (frameworks.md §1.1, the OSAI preprint
parameter: "archived preprint(s) cover all major parts (data processing, training, tuning)"): `data`,
where the training data comes from and how it was processed; `training`, how the model was trained
(setup, hyperparameters, stages)."""

Covers = Literal["model", "data", "method"]
"""What the paper documents: `model` (a model release: its training, and usually its data and
evaluation), `data` (a dataset) or `method` (a technique such as a fine-tuning method). A data or
method paper is a model's own only where `models` names the model."""

ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")
"""A new-style arXiv id without its version (`2402.00838`)."""
_PAPER_URL = re.compile(
    r"^(?:https?://)?(?:www\.|export\.)?(?:arxiv\.org/(?:abs|pdf|html)|huggingface\.co/papers|hf\.co/papers)/"
    r"(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?(?:[/?#].*)?$",
    re.IGNORECASE,
)
_BARE_ID = re.compile(r"^(?:arxiv:\s?)?(\d{4}\.\d{4,5})(?:v\d+)?$", re.IGNORECASE)


class Paper(Entry):
    """One paper. `name` is its title as published; `aliases` are the parts of it (or of another
    version's title) that are safe to look for in free text (a title without its "Model:" lead-in
    when the lead-in is just the model's name, which cards write everywhere)."""

    arxiv: list[str] = Field(default_factory=list)
    """Its arXiv ids (`2402.00838`, no version); empty for a paper or post outside arXiv."""
    models: list[str] = Field(default_factory=list)
    """The models (or model families) the paper presents, as their makers name them."""
    covers: Covers
    """What it documents (see `Covers`)."""
    venue: str | None
    """Where it was peer reviewed (`ACL`, `COLM`, `NeurIPS Datasets and Benchmarks Track`, `JMLR`,
    `DL4C workshop at ICLR`); None when it was not, or when no venue could be confirmed (`note`
    says which)."""
    venue_kind: VenueKind | None = None
    """The kind of venue (see `VenueKind`); set exactly when `venue` is."""
    year: int | None = None
    """The year of the venue's publication; set exactly when `venue` is."""
    omits: list[Part] = Field(default_factory=list)
    """The major parts of making the model the paper does not describe (see `Part`), as read in the
    paper; empty when it covers them or when that was not checked. `omits_note` says what it says
    instead."""
    omits_note: str = ""
    """For `omits`: what the paper says about the part it leaves out, in one sentence."""

    @field_validator("arxiv")
    @classmethod
    def _arxiv(cls, value: list[str]) -> list[str]:
        for aid in value:
            if not ARXIV_ID.match(aid):
                raise ValueError(f"{aid!r} is not an arXiv id (YYMM.NNNNN, no version)")
        return value

    @model_validator(mode="after")
    def _venue_complete(self) -> Paper:
        if self.venue is not None:
            if not self.venue.strip():
                raise ValueError("venue must not be blank (null when there is none)")
            if self.venue_kind is None or self.year is None:
                raise ValueError("a venue needs its venue_kind and year")
            if not 1990 <= self.year <= 2100:
                raise ValueError(f"year {self.year} is not a publication year")
        else:
            if self.venue_kind is not None or self.year is not None:
                raise ValueError("venue_kind and year go with a venue")
            if not self.note.strip():
                raise ValueError(
                    "venue: null needs a note (a preprint or technical report only, or not confirmed)"
                )
        if self.omits and not self.omits_note.strip():
            raise ValueError("omits needs an omits_note saying what the paper says instead")
        return self

    @property
    def peer_reviewed(self) -> bool:
        """True when it was published at a conference or in a journal (a workshop is not enough)."""
        return self.venue_kind in ("conference", "journal")

    @property
    def published_as(self) -> str | None:
        """`"<venue> <year>"`, or None without a venue."""
        return f"{self.venue} {self.year}" if self.venue else None


def arxiv_id_of(value: str) -> str | None:
    """The arXiv id a value names: an id (`2402.00838`, `arXiv:2402.00838v2`), or an arXiv or Hub
    paper URL (abs, pdf or html page; any version). None when the value is none of these."""
    value = value.strip()
    m = _BARE_ID.match(value) or _PAPER_URL.match(value)
    return m.group(1) if m else None


def _page_key(url: str) -> str:
    return url.strip().rstrip("/").lower()


class PaperCatalog(NamedCatalog[Paper]):
    """Every paper entry, with lookups by id, arXiv id or URL, title, and text scans."""

    WHAT = "paper catalog"

    def __init__(self, entries: list[Paper]) -> None:
        unique_ids(entries, self.WHAT)
        self.entries: dict[str, Paper] = {e.id: e for e in entries}
        self._by_arxiv: dict[str, Paper] = {}
        for e in entries:
            for aid in e.arxiv:
                other = self._by_arxiv.setdefault(aid, e)
                if other is not e:
                    raise KnowledgeError(
                        f"{self.WHAT}: arXiv id {aid!r} is in both {other.id!r} and {e.id!r}"
                    )
        # the paper's own page and the venue's page, as URLs are compared (no trailing slash, any case)
        self._by_page: dict[str, Paper] = {}
        for e in entries:
            for page in (e.url, e.source):
                self._by_page.setdefault(_page_key(page), e)
        self._names: NameIndex[Paper] = NameIndex(self.WHAT, lambda e: e.id, self.by_url)
        for e in entries:
            self._names.add(e.name, e, scan=False)  # a full title often starts with the model's name
            self._names.add_all(e.aliases, e)
            self._names.add_all(e.case_aliases, e, exact_case=True)

    def __iter__(self) -> Iterator[Paper]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, paper_id: str) -> Paper | None:
        """The entry with this catalog id, or None."""
        return self.entries.get(paper_id.strip().lower())

    def by_arxiv(self, value: str | None) -> Paper | None:
        """The paper an arXiv id or arXiv / Hub paper URL names (any version), or None."""
        aid = arxiv_id_of(value) if value else None
        return self._by_arxiv.get(aid) if aid else None

    def by_url(self, url: str) -> Paper | None:
        """The paper a URL points at: its arXiv or Hub paper page, its own `url`, or the page its
        venue is recorded from (`source`); else None."""
        return self.by_arxiv(url) or self._by_page.get(_page_key(url))

    def by_key(self, value: str) -> Paper | None:
        return self.by_arxiv(value)


def _catalog_dir() -> Traversable:
    return resources.files("opengauge.knowledge").joinpath("catalog", "papers")


def read_papers(root: Traversable | Path) -> PaperCatalog:
    """Read and check every `*.yaml` entry under `root` (uncached); `KnowledgeError` when broken."""
    return PaperCatalog(read_entries(root, Paper, PaperCatalog.WHAT))


@lru_cache(maxsize=1)
def load_papers() -> PaperCatalog:
    """The paper catalog shipped with the package (read once, cached)."""
    return read_papers(_catalog_dir())


def find_paper(value: str | None, catalog: PaperCatalog | None = None) -> Paper | None:
    """The paper any reference names (catalog id, arXiv id or URL, title), or None."""
    return (catalog or load_papers()).find(value)


def paper_by_arxiv(value: str | None, catalog: PaperCatalog | None = None) -> Paper | None:
    """The paper an arXiv id or arXiv / Hub paper URL names, or None."""
    return (catalog or load_papers()).by_arxiv(value)


def paper_mentions(text: str, catalog: PaperCatalog | None = None) -> list[Mention[Paper]]:
    """Every mention of a catalogued paper in a free text: a paper link or a title (see
    `PaperCatalog.mentions`)."""
    return (catalog or load_papers()).mentions(text)


def papers_in_text(text: str, catalog: PaperCatalog | None = None) -> list[Paper]:
    """The catalogued papers a free text names, each once, in order of first mention."""
    return (catalog or load_papers()).in_text(text)
