"""Assessing a release: probes -> findings -> every framework -> the headline label, and the
public `opengauge.assessment/1` JSON document (with a pydantic model that publishes its schema).

    from opengauge.assess import assess, assessment_document
    doc = assessment_document(assess(release))
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from opengauge import __version__
from opengauge.frameworks import evaluate_all
from opengauge.frameworks.g7 import LABELS
from opengauge.model import Assessment, Evidence, Finding, Release, Verdict
from opengauge.probes import run_probes

SCHEMA_ID = "opengauge.assessment/1"
LevelName = Literal["open", "partial", "closed", "unknown"]
LabelName = Literal[
    "open-source-ai-with-open-data", "open-source-ai", "open-weights", "weights-available", "closed", "undetermined"
]


def assess(release: Release, *, now: datetime | None = None) -> Assessment:
    """Run every probe and framework over a release. Pure: never touches the network."""
    cache: dict[Any, Any] = {}
    findings = run_probes(release, license_cache=cache)
    verdicts = evaluate_all(findings)
    g7 = next(v for v in verdicts if v.framework == "g7")
    return Assessment(
        release_ref=release.ref, revision=release.revision, label=g7.label, findings=findings, verdicts=verdicts,
        created_at=now or datetime.now(timezone.utc), tool_version=__version__,
    )


# ------------------------------------------------------------------------- document model
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ReleaseInfo(_Open):
    ref: str
    revision: str | None


class OsaiParameter(_Open):
    level: LevelName
    reason: str
    evidence: list[Evidence]


class OsaiResult(_Open):
    score: float
    """Mean of the 12 parameters (open 1, partial 0.5, closed 0, unknown 0; see `score_convention`)."""
    parameters: dict[str, OsaiParameter]


class MofResult(_Open):
    class_: Literal["I", "II", "III"] | None = Field(alias="class")
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class OsaidResult(_Open):
    passes: bool
    missing: list[str]


class EuAiActResult(_Open):
    exemption_likely: bool
    reasons: list[str]


class G7Result(_Open):
    label: LabelName
    reason: str


class Frameworks(_Open):
    osai: OsaiResult
    mof: MofResult
    osaid: OsaidResult
    eu_ai_act: EuAiActResult
    g7: G7Result | None = None


class AssessmentDocument(_Open):
    """The public JSON document of one assessment (`opengauge assess --format json`)."""

    schema_: Literal["opengauge.assessment/1"] = Field(alias="schema")
    release: ReleaseInfo
    label: LabelName
    license: dict[str, Any]
    """The governing license, in the `opengauge.license/1` shape of `opengauge license`."""
    frameworks: Frameworks
    findings: list[Finding]
    model_config = ConfigDict(extra="allow", populate_by_name=True)


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema of the assessment document (generated from the pydantic model)."""
    schema = AssessmentDocument.model_json_schema(by_alias=True)
    schema["$id"] = "https://opengauge.dev/schema/assessment-1.json"
    schema["title"] = SCHEMA_ID
    return schema


# ------------------------------------------------------------------------- document builder
def verdict_of(assessment: Assessment, framework: str) -> Verdict:
    for v in assessment.verdicts:
        if v.framework == framework:
            return v
    raise KeyError(framework)


def license_json(assessment: Assessment) -> dict[str, Any]:
    """The governing license of the weights in the `opengauge.license/1` shape."""
    f = next((x for x in assessment.findings if x.probe == "weights-license"), None)
    report = (f.data.get("report") if f is not None else None) or {}
    if report:
        return dict(report)
    return {"schema": "opengauge.license/1",
            "license": {"id": None, "name": None, "family": None, "spdx": None, "confidence": 0.0},
            "verdict": "unknown", "clauses": []}


def blocking_clauses(assessment: Assessment) -> list[dict[str, Any]]:
    """The clauses that block open source in every binding document (they add up), with document,
    line and quote; the governing license's own clauses when the finding does not list them."""
    f = next((x for x in assessment.findings if x.probe == "weights-license"), None)
    if f is not None and f.data.get("blocking_clauses"):
        return [dict(c) for c in f.data["blocking_clauses"]]
    lic = license_json(assessment)
    out = []
    for c in lic.get("clauses") or []:
        if c.get("blocks_open_source"):
            out.append({"type": c.get("type"), "freedom": c.get("freedom"), "line": c.get("line"),
                        "quote": c.get("quote"), "document": c.get("document") or lic.get("document")})
    return out


def assessment_document(assessment: Assessment) -> dict[str, Any]:
    """The `opengauge.assessment/1` document of an assessment, validated against its model."""
    osai = verdict_of(assessment, "osai")
    mof = verdict_of(assessment, "mof")
    osaid = verdict_of(assessment, "osaid")
    g7 = verdict_of(assessment, "g7")
    eu = verdict_of(assessment, "eu-ai-act")
    od = osai.details
    md = mof.details
    doc: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "release": {"ref": assessment.release_ref, "revision": assessment.revision},
        "label": assessment.label,
        "label_reason": g7.details.get("reason", ""),
        "license": license_json(assessment),
        "blocking_clauses": blocking_clauses(assessment),
        "frameworks": {
            "osai": {"score": od["score"], "score_percent": round(od["score"] * 100, 1),
                     "score_convention": od["score_convention"], "score_known_only": od["score_known_only"],
                     "unknown": od["unknown"], "groups": od["groups"], "parameters": od["parameters"],
                     "legacy": od["legacy"]},
            "mof": {"class": md["class"], "label": md["class_label"], "progress": md["progress"],
                    "total_progress": md["total_progress"], "next_class": md["next_class"],
                    "missing_for_next_class": md["missing_for_next_class"], "components": md["components"],
                    "warnings": md["warnings"], "notes": md["notes"]},
            "osaid": {"passes": osaid.details["passes"], "missing": osaid.missing, "checks": osaid.details["checks"]},
            "g7": {"label": g7.label, "reason": g7.details.get("reason", ""), "missing": g7.missing,
                   "interpretation": g7.details.get("interpretation")},
            "eu_ai_act": {"exemption_likely": eu.details["exemption_likely"], "reasons": eu.details["reasons"],
                          "disclaimer": eu.details["disclaimer"]},
        },
        "findings": [f.model_dump(mode="json", exclude_none=True) for f in assessment.findings],
        "created_at": assessment.created_at.isoformat() if assessment.created_at else None,
        "tool_version": assessment.tool_version,
    }
    AssessmentDocument.model_validate(doc)
    return doc


__all__ = ["LABELS", "SCHEMA_ID", "AssessmentDocument", "assess", "assessment_document", "assessment_schema",
           "blocking_clauses", "license_json", "verdict_of"]
