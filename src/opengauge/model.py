"""The domain types of opengauge, and nothing else.

Every stage of the pipeline (sources -> probes -> frameworks -> formats) speaks
in these types. They are frozen pydantic models so that a `Release` or an
`Assessment` serialises to JSON (snapshots, the public schema) without extra
code. Fields carry docstrings; keep them small and factual.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

#: Largest file size taken from a listing (1 PiB): anything larger is not a real file.
MAX_FILE_SIZE = 2**50
#: A file size: a non-negative integer (not a boolean, a float or a string) within MAX_FILE_SIZE.
Size = Annotated[int, Field(ge=0, le=MAX_FILE_SIZE, strict=True)]


class _Frozen(BaseModel):
    # defer_build: a model's validator is built on its first use, not at import (a command that
    # uses a few of these models, such as `opengauge license`, does not pay for all of them)
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True, defer_build=True)


class Level(StrEnum):
    """How open one dimension of a release is. `unknown` is not `closed`:
    it means the tool could not tell, and says so."""

    OPEN = "open"
    PARTIAL = "partial"
    CLOSED = "closed"
    UNKNOWN = "unknown"

    @property
    def points(self) -> float:
        """Points in a score (the OSAI index's convention): open 1, partial 0.5, closed and unknown 0."""
        return _LEVEL_POINTS[self]

    @property
    def openness(self) -> int:
        """Position on the open > partial > closed scale (2, 1, 0); unknown sits with closed, as in scores."""
        return int(_LEVEL_POINTS[self] * 2)


_LEVEL_POINTS = {Level.OPEN: 1.0, Level.PARTIAL: 0.5, Level.CLOSED: 0.0, Level.UNKNOWN: 0.0}


class LicenseVerdict(StrEnum):
    """The license engine's verdict on a text (or a catalog entry), from most to least open;
    `use-policy` and `unknown` say what the text is rather than how open it is."""

    OSI_OPEN = "osi-open"
    OPEN_NON_OSI = "open-non-osi"
    RESTRICTED = "restricted"
    NON_COMMERCIAL = "non-commercial"
    RESEARCH_ONLY = "research-only"
    USE_POLICY = "use-policy"
    UNKNOWN = "unknown"

    @property
    def is_open(self) -> bool:
        """Open terms: use, study, modify and share for any purpose (OSI-approved or not)."""
        return self in (LicenseVerdict.OSI_OPEN, LicenseVerdict.OPEN_NON_OSI)

    @property
    def rank(self) -> int:
        """How restrictive the verdict is when several binding documents are read (higher governs):
        a use policy binds less than a license that restricts, research-only most; unknown is -1."""
        return _VERDICT_RANK[self]

    @property
    def words(self) -> str:
        """What the verdict means, for people who are not lawyers."""
        return _VERDICT_WORDS[self]


_VERDICT_RANK = {
    LicenseVerdict.OSI_OPEN: 0,
    LicenseVerdict.OPEN_NON_OSI: 1,
    LicenseVerdict.USE_POLICY: 2,
    LicenseVerdict.RESTRICTED: 3,
    LicenseVerdict.NON_COMMERCIAL: 4,
    LicenseVerdict.RESEARCH_ONLY: 5,
    LicenseVerdict.UNKNOWN: -1,
}
_VERDICT_WORDS = {
    LicenseVerdict.OSI_OPEN: "Open source (an OSI-approved license)",
    LicenseVerdict.OPEN_NON_OSI: "Open terms, but not an OSI-approved license",
    LicenseVerdict.RESTRICTED: "Not open source: commercial use is allowed but some clauses restrict it",
    LicenseVerdict.NON_COMMERCIAL: "Not open source: commercial use is not allowed",
    LicenseVerdict.RESEARCH_ONLY: "Not open source: only research or evaluation use is allowed",
    LicenseVerdict.USE_POLICY: "A use policy (a list of forbidden uses), not a license",
    LicenseVerdict.UNKNOWN: "Unknown: the text was not recognised and no clause decides",
}


class Label(StrEnum):
    """The headline label (the G7 shared language of 29 May 2026, plus `closed` and `undetermined`),
    in ranking order: most open first; `undetermined` ranks above `closed` (it is not a no)."""

    OPEN_SOURCE_AI_WITH_OPEN_DATA = "open-source-ai-with-open-data"
    OPEN_SOURCE_AI = "open-source-ai"
    OPEN_WEIGHTS = "open-weights"
    WEIGHTS_AVAILABLE = "weights-available"
    UNDETERMINED = "undetermined"
    CLOSED = "closed"

    @property
    def rank(self) -> int:
        """0 for the most open label, counting up."""
        return list(Label).index(self)

    @property
    def is_open_source(self) -> bool:
        return self in (Label.OPEN_SOURCE_AI_WITH_OPEN_DATA, Label.OPEN_SOURCE_AI)

    @property
    def text(self) -> str:
        """Short display text."""
        return _LABEL_TEXT[self]

    @property
    def meaning(self) -> str:
        """One sentence a reader understands."""
        return _LABEL_MEANING[self]


_LABEL_TEXT = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: "open source AI + open data",
    Label.OPEN_SOURCE_AI: "open source AI",
    Label.OPEN_WEIGHTS: "open weights",
    Label.WEIGHTS_AVAILABLE: "weights available",
    Label.UNDETERMINED: "undetermined",
    Label.CLOSED: "closed",
}
_LABEL_MEANING = {
    Label.OPEN_SOURCE_AI_WITH_OPEN_DATA: (
        "Weights, code and the full training data are released under open source terms."
    ),
    Label.OPEN_SOURCE_AI: (
        "Weights and code are open source; data that cannot be shared is described in full instead."
    ),
    Label.OPEN_WEIGHTS: (
        "The weights and deployment code are under an open source license, "
        "but training code or data are missing."
    ),
    Label.WEIGHTS_AVAILABLE: (
        "The weights can be downloaded, but their license restricts who may use them, or how."
    ),
    Label.UNDETERMINED: "The evidence cannot decide; the page says what is missing.",
    Label.CLOSED: "No weights are published; the model is reachable only as a service.",
}


class Freedom(StrEnum):
    """The four freedoms of the Open Source (AI) Definition."""

    USE = "use"
    STUDY = "study"
    MODIFY = "modify"
    SHARE = "share"


class DocumentKind(StrEnum):
    """What role a text plays in a release."""

    LICENSE = "license"
    USE_POLICY = "use-policy"
    NOTICE = "notice"
    MODEL_CARD = "model-card"
    GATED_PROMPT = "gated-prompt"
    README = "readme"
    CONFIG = "config"
    OTHER = "other"


class Evidence(_Frozen):
    """What a finding or clause rests on: a place, optionally a line and a quote."""

    source: str
    """A URL (http/https) or a path inside the release (e.g. `LICENSE`, `gh:org/repo:train.py`)."""
    line: int | None = None
    """1-based line number in `source` where the quoted text starts, if known."""
    line_end: int | None = None
    """1-based last line of the span, if it spans several lines."""
    quote: str | None = None
    """A short verbatim excerpt (whitespace may be normalised)."""
    note: str | None = None
    """Why this evidence matters, in one short phrase."""


class Clause(_Frozen):
    """A term found in a license that restricts (or conditions) a freedom."""

    type: str
    """A clause type of the taxonomy, e.g. `user-threshold`, `attribution`."""
    freedom: Freedom
    """The freedom the clause restricts."""
    blocks_open_source: bool
    """True when a license with this clause cannot be open source."""
    line: int | None = None
    """1-based line in the original text where the quote starts; None for a clause known from the
    license catalog rather than read in a text (its `quote` then says so)."""
    quote: str
    """The sentence (or the distinctive part of it) as written in the text."""
    span: tuple[int, int] | None = None
    """Character offsets [start, end) of the quote in the original text, if known."""
    document: str | None = None
    """Path or URL of the document the clause was found in, when known."""


class Document(_Frozen):
    """One text of a release: a license, a use policy, the model card, a notice..."""

    kind: DocumentKind
    path: str
    """Path inside the repo it came from (e.g. `LICENSE`, `README.md`), or a pseudo-path
    such as `README.md#extra_gated_prompt` for text held in metadata."""
    text: str
    """The text, decoded as UTF-8 (possibly truncated, see `truncated`)."""
    url: str | None = None
    """Where a person can read it (http/https)."""
    repo: str | None = None
    """The reference of the repo it came from (`hf:org/name`, `gh:owner/repo`), if any."""
    revision: str | None = None
    """Commit or revision the text was read at."""
    retrieved_at: datetime | None = None
    """When it was read."""
    size: Size | None = None
    """Size in bytes of the original file."""
    truncated: bool = False
    """True when only the first part of an oversized file was kept."""
    catalog_id: str | None = None
    """In a compact snapshot: the license-catalog id standing in for a well-known text."""


class FileEntry(_Frozen):
    """One entry of a repo listing (name and size, never the content); a folder ends in `/`."""

    path: str
    size: Size | None = None
    lfs: bool = False
    """True when stored through Git LFS / Xet (usually weights)."""


class CodeRepo(_Frozen):
    """A source-code repository linked from a release (usually on GitHub)."""

    ref: str
    """`gh:owner/repo`."""
    url: str
    revision: str | None = None
    description: str | None = None
    license_spdx: str | None = None
    """The forge's own license detection (`NOASSERTION` means: read the file)."""
    files: list[FileEntry] = Field(default_factory=list)
    """The repo tree: files, and folders as paths ending in `/`."""
    files_truncated: bool = False
    documents: list[Document] = Field(default_factory=list)
    """README and LICENSE of the code repo."""
    error: str | None = None
    """Why the repo could not be read, when it could not."""
    not_found: bool = False
    """True when the forge answered that the repository does not exist (or is not public): the
    link leads to no published code, which is evidence, not a failure to read."""


class DatasetRef(_Frozen):
    """A training dataset named by a release."""

    id: str
    """A Hub dataset id (`org/name`) or a free-text name."""
    url: str | None = None
    license: str | None = None
    """The dataset's declared license id, if known."""
    gated: bool | str | None = None
    """Gating as reported by the Hub (`auto`, `manual`, False) or None if unknown."""
    exists: bool | None = None
    """Whether the Hub knows the dataset (None: not looked up)."""
    private: bool | None = None
    error: str | None = None


class Release(_Frozen):
    """Facts about one model release, and no judgment."""

    ref: str
    """The canonical reference, e.g. `hf:meta-llama/Llama-3.1-8B`, `gh:owner/repo`, `local:/path`."""
    source: str
    """Which source produced it: `hub`, `github`, `local`, `snapshot`."""
    id: str
    """The repo id or folder name."""
    revision: str | None = None
    """Commit sha (or folder state) the facts were read at."""
    url: str | None = None
    retrieved_at: datetime | None = None
    metadata: dict[Any, Any] = Field(default_factory=dict)
    """The model card's YAML front matter (safely parsed), as a plain mapping (YAML keys need not be
    strings)."""
    tags: list[str] = Field(default_factory=list)
    """Tags from the card and the Hub (`arxiv:...`, `license:...`, ...)."""
    gated: bool | str | None = None
    """Hub gating (`auto`, `manual`) or False; None when unknown."""
    private: bool | None = None
    pipeline_tag: str | None = None
    files: list[FileEntry] = Field(default_factory=list)
    files_truncated: bool = False
    documents: list[Document] = Field(default_factory=list)
    code_repos: list[CodeRepo] = Field(default_factory=list)
    datasets: list[DatasetRef] = Field(default_factory=list)
    papers: list[str] = Field(default_factory=list)
    """arXiv ids (`2402.00838`) and paper URLs named by the release."""
    links: list[str] = Field(default_factory=list)
    """Other http(s) links found in the card."""
    base_models: list[str] = Field(default_factory=list)
    """References of the direct parent model(s), as declared (`base_model`), or as the card's text
    states one when the metadata declares none (then `base_model_stated_at` is set)."""
    base_model_relation: str | None = None
    base_model_stated_at: int | None = None
    """The line of the model card whose words state the base model (no `base_model` key)."""
    lineage: list[Release] = Field(default_factory=list)
    """The base-model chain as far as it was fetched, nearest parent first."""
    problems: list[str] = Field(default_factory=list)
    """Non-fatal problems met while gathering (a repo that could not be read, malformed YAML...)."""


class ProbeFailure(_Frozen):
    """A probe that failed on a release: the finding is `unknown` because of a crash, not evidence."""

    type: str
    """The exception's class name."""
    message: str


class Finding(_Frozen):
    """One probe's answer about a release."""

    probe: str
    level: Level
    reason: str
    """One sentence a non-specialist understands."""
    evidence: list[Evidence] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)
    """Structured facts a framework may use (e.g. `{"format": "safetensors", "bytes": ...}`)."""
    error: ProbeFailure | None = None
    """Set when the probe failed on this release (the level is then `unknown`)."""


class LicenseTerms(_Frozen):
    """The terms that govern a release's weights: the most restrictive reading of every binding
    document (license files, use policies, the gate, the card's id, a base model's terms)."""

    verdict: LicenseVerdict
    license_id: str | None = None
    """Catalog id (or the declared id when the catalog does not know it)."""
    name: str | None = None
    family: str | None = None
    spdx: str | None = None
    osi_approved: bool = False
    confidence: float = 0.0
    """How sure the identification of the governing text is (1.0 for a catalog id)."""
    evidence: Evidence
    """Where the governing terms were read."""
    path: str | None = None
    """Path of the governing document inside its repository, if any."""
    clauses: list[Clause] = Field(default_factory=list)
    """The clauses of the governing document."""
    blocking: list[Clause] = Field(default_factory=list)
    """Every clause that blocks open source in any binding document (binding terms add up)."""
    inherited_from: str | None = None
    """The base model whose terms govern, when they flow down to this release."""
    via: str | None = None
    """Where those inherited terms were read when not live, e.g. `opengauge index, reviewed 2026-11-27`."""
    report: dict[str, Any] = Field(default_factory=dict)
    """The governing document's reading in the `opengauge.license/1` shape."""


class Verdict(_Frozen):
    """One framework's result."""

    framework: str
    label: str
    """The framework's own outcome, e.g. `Class II`, `passes`, `open-weights`."""
    score: float | None = None
    missing: list[str] = Field(default_factory=list)
    """What keeps the release from the next level, in plain words."""
    findings: list[str] = Field(default_factory=list)
    """Ids of the probes this verdict rests on."""
    details: dict[str, Any] = Field(default_factory=dict)
    """The framework's structured result (per parameter / component)."""


class Assessment(_Frozen):
    """A release judged: its findings, every framework's verdict, and the headline label."""

    release_ref: str
    revision: str | None = None
    label: Label
    findings: list[Finding] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)
    terms: LicenseTerms | None = None
    """The terms that govern the weights, when any binding document could be read."""
    parents: list[Assessment] = Field(default_factory=list)
    """The assessed base models, nearest first (each with its own parents)."""
    provenance: str | None = None
    """Where the facts came from when they were not read from the release itself, e.g.
    `opengauge index, reviewed 2026-11-27` for a base model that could not be fetched."""
    created_at: datetime | None = None
    tool_version: str | None = None
