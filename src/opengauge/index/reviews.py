"""Apply reviewed judgments over automated results, visibly: both are kept and shown.

Reviews act at two points of the pipeline:

1. Before the frameworks (`override_findings`): a review of a probe (`probe:<id>`), or of an OSAI
   parameter that one probe decides (e.g. `paper` -> `peer-reviewed-paper`), replaces that probe's
   finding, so every framework - and the headline label - follows the reviewed fact
   (`opengauge.assess.revise`). The automated finding is kept inside the new one (`data.automated`).
2. On the published document (`apply_reviews`), once: each reviewed OSAI parameter takes the
   reviewed level and note; the automated level, reason and evidence stay under `automated`, the
   review under `review`, and `overridden` says whether they differ. Parameters and the label that
   changed only because reviewed findings fed the frameworks say so (`changed_by_review`). A
   `label` review sets the headline label last, keeping `label_automated`.
"""

from __future__ import annotations

from collections.abc import Sequence

from opengauge.document import (
    AssessmentDocument,
    Attribution,
    AutomatedCell,
    IndexMeta,
    OsaiParameter,
    ReviewNote,
    ReviewSummary,
)
from opengauge.frameworks import osai
from opengauge.index.entry import IndexEntry, Review
from opengauge.model import Evidence, Finding, Label, Level

#: OSAI parameters decided by exactly one probe: a review of the parameter is a review of the probe.
PARAMETER_PROBE = {
    "trainingcode": "training-code",
    "code": "code-documentation",
    "hardware_architecture": "architecture-hardware",
    "preprint": "preprint",
    "paper": "peer-reviewed-paper",
    "modelcard": "model-card",
    "datasheet": "data-documentation",
}


def review_note(r: Review) -> ReviewNote:
    """A review as published."""
    if r.target == "label":
        return ReviewNote(
            label=Label(r.value), note=r.note, evidence=r.evidence, checked=r.checked, source=r.source
        )
    return ReviewNote(
        level=Level(r.value), note=r.note, evidence=r.evidence, checked=r.checked, source=r.source
    )


def _summary(target: str, note: ReviewNote, automated: str | None) -> ReviewSummary:
    value = note.label if note.label is not None else note.level
    return ReviewSummary(
        target=target,
        level=note.level,
        label=note.label,
        note=note.note,
        evidence=note.evidence,
        checked=note.checked,
        source=note.source,
        automated=automated,
        overridden=automated != value,
    )


def probe_reviews(entry: IndexEntry) -> dict[str, Review]:
    """Probe id -> the review that decides it (explicit probe reviews win over parameter ones)."""
    out: dict[str, Review] = {}
    derived = bool(entry.release.base_models)
    for r in entry.reviews:
        if r.target in PARAMETER_PROBE:
            out.setdefault(PARAMETER_PROBE[r.target], r)
        elif r.target == "datasources_basemodel" and not derived:
            out.setdefault("training-data", r)
        elif r.target == "datasources_endmodel" and derived:
            out.setdefault("training-data", r)
    for r in entry.reviews:
        if r.target.startswith("probe:"):
            out[r.target.split(":", 1)[1]] = r
    return out


def override_findings(findings: Sequence[Finding], entry: IndexEntry) -> list[Finding]:
    """The findings with reviewed probes replaced (the automated finding kept in `data`)."""
    reviews = probe_reviews(entry)
    out: list[Finding] = []
    seen: set[str] = set()
    for f in findings:
        r = reviews.get(f.probe)
        if r is None:
            out.append(f)
            continue
        seen.add(f.probe)
        data = dict(f.data)
        data["automated"] = AutomatedCell(level=f.level, reason=f.reason, evidence=f.evidence).model_dump(
            mode="json", exclude_none=True
        )
        data["review"] = review_note(r).model_dump(mode="json", exclude_none=True)
        evidence = [Evidence(source=r.evidence, note="reviewed evidence"), *f.evidence]
        out.append(Finding(probe=f.probe, level=Level(r.value), reason=r.note, evidence=evidence, data=data))
    for probe_id, r in reviews.items():
        if probe_id not in seen and r.target.startswith("probe:"):
            out.append(
                Finding(
                    probe=probe_id,
                    level=Level(r.value),
                    reason=r.note,
                    evidence=[Evidence(source=r.evidence, note="reviewed evidence")],
                    data={
                        "automated": None,
                        "review": review_note(r).model_dump(mode="json", exclude_none=True),
                    },
                )
            )
    return out


def entry_meta(entry: IndexEntry) -> IndexMeta:
    """The index facts a table or page shows beside the assessment."""
    rel = entry.release
    return IndexMeta(
        id=entry.id,
        name=entry.name,
        organisation=entry.organisation,
        type=entry.type,
        family=entry.family,
        released=entry.released,
        checked=entry.checked,
        url=rel.url,
        closed_reference=entry.closed_reference,
        osai_family=entry.osai,
        aliases=list(entry.aliases),
        base_models=list(rel.base_models),
        datasets=[d.id for d in rel.datasets],
        code_repos=[r.url for r in rel.code_repos],
        papers=list(rel.papers),
    )


def apply_reviews(
    reviewed: AssessmentDocument, entry: IndexEntry, *, automated: AssessmentDocument
) -> AssessmentDocument:
    """The document judged on reviewed findings (`reviewed`), with the entry's parameter and label
    reviews applied over it and automation's own result (`automated`) kept beside every change."""
    auto_params = automated.frameworks.osai.parameters
    by_param = {r.target: r for r in entry.reviews if r.target in osai.PARAMETERS}
    params: dict[str, OsaiParameter] = dict(reviewed.frameworks.osai.parameters)
    summary: list[ReviewSummary] = []
    for p in osai.PARAMETERS:
        cell = params[p]
        before = auto_params[p]
        auto_cell = AutomatedCell(level=before.level, reason=before.reason, evidence=before.evidence)
        review = by_param.get(p)
        if review is not None:
            note = review_note(review)
            mine = Evidence(source=review.evidence, note="reviewed evidence")
            params[p] = cell.model_copy(
                update={
                    "automated": auto_cell,
                    "review": note,
                    "level": note.level,
                    "reason": review.note,
                    "evidence": [mine, *[e for e in cell.evidence if e != mine]],
                    "overridden": before.level != note.level,
                }
            )
            summary.append(_summary(p, note, before.level))
        elif cell.level != before.level:
            params[p] = cell.model_copy(update={"automated": auto_cell, "changed_by_review": True})
    for f in reviewed.findings:
        review_data = f.data.get("review")
        if review_data:
            automated_f = f.data.get("automated") or {}
            summary.append(
                _summary(f"probe:{f.probe}", ReviewNote.model_validate(review_data), automated_f.get("level"))
            )
    score = osai.score({p: params[p].level for p in osai.PARAMETERS})
    new_osai = reviewed.frameworks.osai.model_copy(
        update={
            "parameters": params,
            "score": score,
            "score_percent": round(score * 100, 1),
            "score_automated": automated.frameworks.osai.score,
        }
    )
    update: dict[str, object] = {"frameworks": reviewed.frameworks.model_copy(update={"osai": new_osai})}
    if reviewed.label != automated.label:
        update.update(label_automated=automated.label, label_changed_by_review=True)
    for review in entry.reviews:
        if review.target == "label":
            note = review_note(review)
            update.update(
                label_automated=automated.label,
                label_reason_automated=reviewed.label_reason,
                label_reason=review.note,
                label=note.label,
                label_review=note,
            )
            summary.append(_summary("label", note, automated.label))
    update.update(reviewed=bool(summary), reviews=summary, index=entry_meta(entry))
    if entry.attribution:
        update["attribution"] = [Attribution.model_validate(a.model_dump()) for a in entry.attribution]
    return reviewed.model_copy(update=update)
