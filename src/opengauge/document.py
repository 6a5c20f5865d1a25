"""The public `opengauge.assessment/1` document: a typed model that formats, the index and the site
read, built once from an `Assessment` (`assessment_document`) and written out only at the edge
(`AssessmentDocument.to_json`). Its JSON Schema comes from the model (`assessment_schema`).

The index's reviews are a typed overlay on the same model (`IndexMeta`, `ReviewNote`, the
`*_automated` fields), applied once by `opengauge.index.reviews`; an automated assessment leaves
them unset, and unset fields are not written.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_serializer

from opengauge.licenses.document import LicenseDocument, license_document
from opengauge.model import (
    Assessment,
    Evidence,
    Finding,
    Freedom,
    Label,
    Level,
    LicenseTerms,
    LicenseVerdict,
    Verdict,
)
from opengauge.textio import clip

SCHEMA_ID: Literal["opengauge.assessment/1"] = "opengauge.assessment/1"
#: At most this many blocking clauses are listed in a document (further ones repeat the same types).
MAX_BLOCKING_CLAUSES = 40


class _Doc(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, use_attribute_docstrings=True
    )


class BlockingClause(_Doc):
    type: str
    freedom: Freedom
    line: int | None = None
    quote: str
    document: str | None = None


# ----------------------------------------------------------------------------- frameworks
class ReviewNote(_Doc):
    """A reviewer's judgment as published: level (or label), note, evidence URL and date."""

    level: Level | None = None
    label: Label | None = None
    note: str
    evidence: str
    checked: str
    source: str | None = None


class AutomatedCell(_Doc):
    level: Level
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)


class OsaiParameter(_Doc):
    level: Level
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)
    probes: list[str] = Field(default_factory=list)
    automated: AutomatedCell | None = None
    """In a reviewed document: what automation alone said."""
    review: ReviewNote | None = None
    overridden: bool | None = None
    """True when the review changed the automated level."""
    changed_by_review: bool | None = None
    """True when the level changed only because reviewed facts fed the framework."""


class LegacyParameter(_Doc):
    level: Level
    reason: str


class OsaiLegacy(_Doc):
    score: float
    sum: float
    parameters: dict[str, LegacyParameter]


class OsaiResult(_Doc):
    score: float
    """Mean of the 12 parameters (open 1, partial 0.5, closed 0, unknown 0; see `score_convention`)."""
    score_percent: float
    score_convention: str
    score_known_only: float | None = None
    unknown: list[str] = Field(default_factory=list)
    groups: dict[str, float] = Field(default_factory=dict)
    parameters: dict[str, OsaiParameter]
    legacy: OsaiLegacy
    score_automated: float | None = None
    """In a reviewed document: the score of automation alone."""


class MofComponent(_Doc):
    id: int
    type: str
    class_: str = Field(alias="class")
    required: bool
    reason: str
    probes: list[str] = Field(default_factory=list)
    license: str | None = None
    license_verdict: LicenseVerdict
    status: str
    """`included`, `missing`, `unlicensed` or `invalid`."""
    license_open: bool | None = None
    type_appropriate: bool | None = None
    warning: str | None = None


class MofResult(_Doc):
    class_: Literal["I", "II", "III"] | None = Field(alias="class")
    label: str
    progress: dict[str, float]
    total_progress: float
    next_class: str | None = None
    missing_for_next_class: list[str] = Field(default_factory=list)
    components: dict[str, MofComponent]
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class OsaidResult(_Doc):
    passes: bool
    missing: list[str]
    checks: dict[str, bool]


class G7Result(_Doc):
    label: Label
    reason: str
    missing: list[str] = Field(default_factory=list)
    interpretation: str | None = None


class EuAiActResult(_Doc):
    exemption_likely: bool
    reasons: list[str]
    disclaimer: str


class Frameworks(_Doc):
    osai: OsaiResult
    mof: MofResult
    osaid: OsaidResult
    g7: G7Result
    eu_ai_act: EuAiActResult


# ----------------------------------------------------------------------------- index overlay
class IndexMeta(_Doc):
    """The index facts a table or page shows beside the assessment."""

    id: str
    name: str
    organisation: str
    type: str
    family: str
    released: str | None = None
    checked: str | None = None
    url: str | None = None
    closed_reference: bool = False
    osai_family: str | None = None
    aliases: list[str] = Field(default_factory=list)
    """Other Hub ids of the release (renamed repositories)."""
    base_models: list[str] = Field(default_factory=list)
    datasets: list[str] = Field(default_factory=list)
    code_repos: list[str] = Field(default_factory=list)
    papers: list[str] = Field(default_factory=list)


class ReviewSummary(ReviewNote):
    """One review of an index entry, beside what automation said."""

    target: str
    automated: str | None = None
    overridden: bool


class Attribution(_Doc):
    source: str
    url: str
    license: str
    citation: str


# ----------------------------------------------------------------------------- the document
class ReleaseInfo(_Doc):
    ref: str
    revision: str | None = None
    problems: list[str] = Field(default_factory=list)
    """Non-fatal problems met while reading the release."""


class AssessmentDocument(_Doc):
    """The public JSON document of one assessment (`opengauge assess --format json`)."""

    schema_: Literal["opengauge.assessment/1"] = Field(alias="schema")
    release: ReleaseInfo
    label: Label
    label_reason: str
    license: LicenseDocument
    """The governing license, in the `opengauge.license/1` shape of `opengauge license`."""
    blocking_clauses: list[BlockingClause]
    """The clauses that block open source in every binding document (they add up)."""
    frameworks: Frameworks
    findings: list[Finding]
    created_at: datetime | None = None
    tool_version: str | None = None
    index: IndexMeta | None = None
    """Set for a model of the built-in index."""
    reviewed: bool | None = None
    reviews: list[ReviewSummary] = Field(default_factory=list)
    label_automated: Label | None = None
    label_changed_by_review: bool | None = None
    label_reason_automated: str | None = None
    label_review: ReviewNote | None = None
    attribution: list[Attribution] = Field(default_factory=list)

    @field_serializer("findings")
    def _findings(self, findings: list[Finding]) -> list[dict[str, Any]]:
        # each finding as `f.model_dump(mode="json", exclude_none=True)` gives it, in one call for the list
        out: list[dict[str, Any]] = _findings_adapter().dump_python(findings, mode="json", exclude_none=True)
        return out

    @property
    def license_verdict(self) -> LicenseVerdict:
        """The verdict on the terms that govern the weights: the governing license's, or `unknown`
        when a base model that could not be examined may bind them (`license` is then only the
        release's own terms, which say nothing of what the base adds)."""
        for f in self.findings:
            if f.probe == "weights-license" and f.data.get("unexamined"):
                return LicenseVerdict.UNKNOWN
        return self.license.verdict

    @property
    def license_verdict_text(self) -> str:
        """The license verdict as a reader is shown it: the governing terms' verdict, or the release's
        own terms' verdict with why the governing terms are not established."""
        if self.license_verdict is self.license.verdict:
            return str(self.license.verdict)
        return (
            f"{self.license.verdict} for its own terms; the governing terms are unknown: "
            "a base model could not be examined"
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready dict (fields never set, such as the index overlay of an automated
        assessment, are left out)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json_bytes(self) -> bytes:
        """`to_json()` as compact JSON text in UTF-8, serialised by pydantic in one pass (what the store
        keeps: the bytes go to the store as they are, never decoded to a `str` and encoded again)."""
        return type(self).__pydantic_serializer__.to_json(self, by_alias=True, exclude_unset=True)


@cache
def _findings_adapter() -> TypeAdapter[list[Finding]]:
    """The serializer of a list of findings (built on first use, as the models' own are)."""
    return TypeAdapter(list[Finding])


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of the assessment document (generated from the pydantic model)."""
    schema = AssessmentDocument.model_json_schema(by_alias=True)
    schema["$id"] = "https://opengauge.dev/schema/assessment-1.json"
    schema["title"] = SCHEMA_ID
    return schema


# ----------------------------------------------------------------------------- builder
def verdict_of(assessment: Assessment, framework: str) -> Verdict:
    """The framework's verdict, which every assessment the pipeline builds has (KeyError if not)."""
    v = assessment.verdict(framework)
    if v is None:
        raise KeyError(framework)
    return v


def _license(assessment: Assessment) -> LicenseDocument:
    """The governing license of the weights; when no terms were identified, the first reading."""
    if assessment.terms is not None:
        return LicenseDocument.model_validate(assessment.terms.report)
    f = next((x for x in assessment.findings if x.probe == "weights-license"), None)
    report = f.data.get("report") if f is not None else None
    if report:
        return LicenseDocument.model_validate(report)
    return license_document(verdict=LicenseVerdict.UNKNOWN, document=None)


def blocking_clauses(terms: LicenseTerms | None) -> list[BlockingClause]:
    """The clauses that block open source in every binding document, with document, line and quote."""
    if terms is None:
        return []
    return [
        BlockingClause(
            type=c.type,
            freedom=c.freedom,
            line=c.line,
            quote=clip(c.quote, 400),
            document=c.document or terms.evidence.source,
        )
        for c in terms.blocking[:MAX_BLOCKING_CLAUSES]
    ]


def assessment_document(assessment: Assessment, *, problems: list[str] | None = None) -> AssessmentDocument:
    """The `opengauge.assessment/1` document of an assessment."""
    osai = verdict_of(assessment, "osai").details
    mof = verdict_of(assessment, "mof").details
    osaid = verdict_of(assessment, "osaid")
    g7 = verdict_of(assessment, "g7")
    eu = verdict_of(assessment, "eu-ai-act").details
    frameworks = Frameworks(
        osai=OsaiResult.model_validate(
            {
                **{
                    k: osai[k]
                    for k in (
                        "score",
                        "score_convention",
                        "score_known_only",
                        "unknown",
                        "groups",
                        "parameters",
                        "legacy",
                    )
                },
                "score_percent": round(osai["score"] * 100, 1),
            }
        ),
        mof=MofResult.model_validate(
            {
                "class": mof["class"],
                "label": mof["class_label"],
                **{
                    k: mof[k]
                    for k in (
                        "progress",
                        "total_progress",
                        "next_class",
                        "missing_for_next_class",
                        "components",
                        "warnings",
                        "notes",
                    )
                },
            }
        ),
        osaid=OsaidResult(
            passes=osaid.details["passes"], missing=osaid.missing, checks=osaid.details["checks"]
        ),
        g7=G7Result(
            label=Label(g7.label),
            reason=g7.details.get("reason", ""),
            missing=g7.missing,
            interpretation=g7.details.get("interpretation"),
        ),
        eu_ai_act=EuAiActResult(
            exemption_likely=eu["exemption_likely"], reasons=eu["reasons"], disclaimer=eu["disclaimer"]
        ),
    )
    return AssessmentDocument(
        schema=SCHEMA_ID,
        release=ReleaseInfo(
            ref=assessment.release_ref, revision=assessment.revision, problems=list(problems or [])
        ),
        label=assessment.label,
        label_reason=g7.details.get("reason", ""),
        license=_license(assessment),
        blocking_clauses=blocking_clauses(assessment.terms),
        frameworks=frameworks,
        findings=list(assessment.findings),
        created_at=assessment.created_at,
        tool_version=assessment.tool_version,
    )
