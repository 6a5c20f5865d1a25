"""The domain types of opengauge, and nothing else.

Every stage of the pipeline (sources -> probes -> frameworks -> formats) speaks
in these types. They are frozen pydantic models so that a `Release` or an
`Assessment` serialises to JSON (snapshots, the public schema) without extra
code. Fields carry docstrings; keep them small and factual.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from opengauge.clause import Clause as Clause
from opengauge.enums import DocumentKind as DocumentKind
from opengauge.enums import Freedom as Freedom
from opengauge.enums import Label as Label
from opengauge.enums import Level as Level
from opengauge.enums import LicenseVerdict as LicenseVerdict

#: Largest file size taken from a listing (1 PiB): anything larger is not a real file.
MAX_FILE_SIZE = 2**50
DATASET_CARD_MAX = 64_000
"""How much of a dataset card a release keeps: enough for its sections on sources and curation."""
#: A file size: a non-negative integer (not a boolean, a float or a string) within MAX_FILE_SIZE.
Size = Annotated[int, Field(ge=0, le=MAX_FILE_SIZE, strict=True)]


class _Frozen(BaseModel):
    # defer_build: a model's validator is built on its first use, not at import (a command that
    # uses a few of these models, such as `opengauge license`, does not pay for all of them)
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True, defer_build=True)


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
    fork_of: str | None = None
    """`owner/name` of the repository this one was forked from, as the forge says (GitHub's `parent`)."""
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
    folder: str | None = None
    """The folder of the repository the release links (`github.com/<owner>/<repo>/tree/<ref>/<folder>`), when
    it links one and no other part of it: only that folder is the release's code (`files` then holds only its
    files); a folder the complete file list does not hold makes the link lead to no code (`not_found`)."""

    @property
    def owner(self) -> str:
        """The forge account that holds the repository (`gh:owner/repo` -> `owner`)."""
        return self.ref.split(":", 1)[-1].split("/", 1)[0]


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
    card: str | None = None
    """The dataset card (the dataset repository's README), cut at `DATASET_CARD_MAX` characters; ""
    when the repository has none; None when it was not read."""
    datasheet: str | None = None
    """A datasheet file of the dataset repository (DATASHEET.md, DATA_CARD.md ...:
    `sources.documents.is_datasheet_file`), cut like the card; None when it has none or it was not read. It
    documents the dataset with its card."""


class Collection(_Frozen):
    """A Hub collection the model card links (`huggingface.co/collections/<owner>/<slug>`): a list of
    Hub items its owner curates, such as "the datasets used for pretraining". Facts only: whether
    the card presents it as the training data is the training-data probe's judgment."""

    url: str
    """The collection's page as the card links it."""
    slug: str
    """`<owner>/<slug>`, the collection's id in the Hub API."""
    title: str | None = None
    datasets: list[DatasetRef] = Field(default_factory=list)
    """The datasets it lists, looked up like the card's own (at most `MAX_COLLECTION_DATASETS`)."""
    error: str | None = None
    """Why it could not be read (not found, offline, ...); None when it was."""


MAX_COLLECTION_DATASETS = 50
"""Datasets kept from one collection (a collection of thousands is not a training-data list)."""
MAX_PARENTS = 8
"""At most this many declared parents of a release are examined (a merge names several): the sources
fetch the others beside the first, the assessor assesses them."""
#: The relation of a release to its base in which it is that base's weights converted to another format.
QUANTIZED = "quantized"
UNTRAINED_RELATIONS = frozenset({QUANTIZED, "merge"})
"""Relations of a release to its base models in which it was not trained beyond them: a quantization's
weights are its base's at another precision and a merge's are its parents' combined, so their parents'
training made them (their code, their data), and a tune built on such a release was trained on its parents."""


class WeightsRepo(_Frozen):
    """Where the card says the release's weights are, when the release's own repository holds none: another
    Hub model repository of the same publisher ("Weights: org/model-weights"), its files, gate and declared
    licence, as the Hub answered; or a release of a GitHub repository the card links for them ("attached to
    the v1.0 release"), its weight files as the releases API lists its assets."""

    ref: str
    """`hf:org/name`, or `gh:owner/name` for a GitHub release."""
    url: str
    """The repository's page, or the GitHub release's page."""
    files: list[FileEntry] = Field(default_factory=list)
    gated: bool | str | None = None
    license: str | None = None
    """The licence its card declares (`license:`), as written."""
    release: str | None = None
    """The tag of the GitHub release whose assets `files` are (None for a Hub repository)."""
    file_urls: dict[str, str] = Field(default_factory=dict)
    """Each file's own download address where the source gave one (a GitHub release asset's)."""


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
    linked_datasets: list[DatasetRef] = Field(default_factory=list)
    """Hub datasets the card links in its text but does not declare in its metadata, looked up like the
    declared ones; whether each is training data is the probes' call (`probes.data`)."""
    collections: list[Collection] = Field(default_factory=list)
    """Hub collections the card links, with the datasets they list (see `Collection`)."""
    papers: list[str] = Field(default_factory=list)
    """arXiv ids (`2402.00838`) and paper URLs named by the release."""
    links: list[str] = Field(default_factory=list)
    """Other http(s) links found in the card."""
    base_models: list[str] = Field(default_factory=list)
    """References of the direct parent model(s), as declared (`base_model`), or as the card's text
    states one when the metadata declares none (then `base_model_stated_at` is set)."""
    base_model_relation: str | None = None
    base_model_stated_at: int | None = None
    """The line of the model card whose words state the base model (no `base_model` key); 0 when the
    repository's own name states it (a quantization named after its model)."""
    teacher_models: list[str] = Field(default_factory=list)
    """References of the models the card names as its distillation teachers or the generators of its
    training data (`sources.teachers`): not parents (distillation is not lineage), but a teacher whose
    licence reaches distilled models binds the release (`probes.license`)."""
    teachers: list[Release] = Field(default_factory=list)
    """Those teachers as fetched (each with its own chain), when the source could read them."""
    weights_repo: WeightsRepo | None = None
    """Where the weights are when the release's own repository holds none and its card links another model
    repository of the publisher for them (`sources.hub`); None otherwise."""
    lineage: list[Release] = Field(default_factory=list)
    """The base-model chain as far as it was fetched, nearest parent first (it follows the first base)."""
    other_parents: list[Release] = Field(default_factory=list)
    """A merge's other declared parents (`base_models[1:]`, at most `MAX_PARENTS` - 1) as fetched, each
    with its own chain: every parent of a merge binds, so each is read, not only the first."""
    problems: list[str] = Field(default_factory=list)
    """Non-fatal problems met while gathering (a repo that could not be read, malformed YAML...)."""
    unread: list[str] = Field(default_factory=list)
    """Documents of the release the source meant to read but could not (behind a gate without a token, a
    listed file that would not download), by path: what they say is not known."""


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
    inherited_through: str | None = None
    """How `inherited_from` binds the release when it is not its base model: `distillation teacher` (a
    teacher whose licence reaches models distilled from it, `probes.license.teacher_readings`)."""
    via: str | None = None
    """Where those inherited terms were read when not live, e.g. `opengauge index, reviewed 2026-11-27`."""
    report: dict[str, Any] = Field(default_factory=dict)
    """The governing document's reading in the `opengauge.license/1` shape."""

    def inherited_words(self) -> str | None:
        """Whose terms these are when they are inherited ("the base model hf:org/x", "the distillation
        teacher hf:org/y"), else None."""
        if not self.inherited_from:
            return None
        return f"the {self.inherited_through or 'base model'} {self.inherited_from}"


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

    def level(self, probe: str) -> Level:
        """The level of this assessment's first finding of `probe`; unknown when it has none."""
        return next((f.level for f in self.findings if f.probe == probe), Level.UNKNOWN)

    @property
    def untrained(self) -> bool:
        """True when the release was not trained beyond its base models (a quantization, a merge:
        `UNTRAINED_RELATIONS`), as its lineage finding records the relation its card declares or states."""
        relation = next((f.data.get("relation") for f in self.findings if f.probe == "lineage"), None)
        return isinstance(relation, str) and relation.lower() in UNTRAINED_RELATIONS

    def verdict(self, framework: str) -> Verdict | None:
        """This assessment's verdict of one framework (`g7`, `osaid`, ...); None when it has none (an
        assessment built by hand without them)."""
        return next((v for v in self.verdicts if v.framework == framework), None)


#: Most generations of quantizations and merges `trained_bases` looks through.
MAX_UNTRAINED_HOPS = 4


def trained_bases(parents: list[Assessment], hops: int = MAX_UNTRAINED_HOPS) -> list[Assessment]:
    """The assessed base models whose training made a release's weights: `parents`, each quantization or merge
    among them (`Assessment.untrained`) replaced by its own bases, up to `hops` generations; one whose bases
    were not examined stays; each once. A quantization adds no training, so a model tuned on a third party's
    4-bit copy of X was trained on X: its code, data and openness are X's, not the copy's lack of them
    (held-out release round 29)."""
    out: dict[str, Assessment] = {}
    for p in parents:
        if p.untrained and p.parents and hops > 0:
            for b in trained_bases(p.parents, hops - 1):
                out.setdefault(b.release_ref, b)
        else:
            out.setdefault(p.release_ref, p)
    return list(out.values())
