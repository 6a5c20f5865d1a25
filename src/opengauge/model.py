"""The domain types of opengauge, and nothing else.

Every stage of the pipeline (sources -> probes -> frameworks -> formats) speaks
in these types. They are frozen pydantic models so that a `Release` or an
`Assessment` serialises to JSON (snapshots, the public schema) without extra
code. Fields carry docstrings; keep them small and factual.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Level(StrEnum):
    """How open one dimension of a release is. `unknown` is not `closed`:
    it means the tool could not tell, and says so."""

    OPEN = "open"
    PARTIAL = "partial"
    CLOSED = "closed"
    UNKNOWN = "unknown"


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
    line: int
    """1-based line in the original text where the quote starts."""
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
    size: int | None = None
    """Size in bytes of the original file."""
    truncated: bool = False
    """True when only the first part of an oversized file was kept."""
    catalog_id: str | None = None
    """In a compact snapshot: the license-catalog id standing in for a well-known text."""


class FileEntry(_Frozen):
    """One entry of a repo listing (name and size, never the content); a folder ends in `/`."""

    path: str
    size: int | None = None
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
    metadata: dict = Field(default_factory=dict)
    """The model card's YAML front matter (safely parsed), as a plain mapping."""
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
    """References of the direct parent model(s), as declared (`base_model`)."""
    base_model_relation: str | None = None
    lineage: list[Release] = Field(default_factory=list)
    """The base-model chain as far as it was fetched, nearest parent first."""
    problems: list[str] = Field(default_factory=list)
    """Non-fatal problems met while gathering (a repo that could not be read, malformed YAML...)."""

    def documents_of(self, *kinds: DocumentKind) -> list[Document]:
        return [d for d in self.documents if d.kind in kinds]


class Finding(_Frozen):
    """One probe's answer about a release."""

    probe: str
    level: Level
    reason: str
    """One sentence a non-specialist understands."""
    evidence: list[Evidence] = Field(default_factory=list)
    data: dict = Field(default_factory=dict)
    """Structured facts a framework may use (e.g. `{"format": "safetensors", "bytes": ...}`)."""


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
    details: dict = Field(default_factory=dict)
    """The framework's structured result (per parameter / component)."""


class Assessment(_Frozen):
    """A release judged: its findings, every framework's verdict, and the headline label."""

    release_ref: str
    revision: str | None = None
    label: str
    findings: list[Finding] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)
    created_at: datetime | None = None
    tool_version: str | None = None
