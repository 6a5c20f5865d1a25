"""The reading policy: how the readings of several binding documents combine into the terms that
govern a release's weights.

Every binding document (a LICENSE file, a use policy, the gated-access prompt, a NOTICE, the
card's `license:` id, the gate's settings, a base model's terms) gives one `Reading`. The most
restrictive reading governs (`governing`); the blocking clauses of every restrictive reading add
up (`blocking_union`), because each binds on its own. `terms_of` turns the result into the typed
`LicenseTerms` the rest of the pipeline reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from opengauge.licenses.catalog import LicenseEntry, load_catalog
from opengauge.licenses.document_json import license_json
from opengauge.licenses.facts import entry_verdict
from opengauge.licenses.report import LicenseReport
from opengauge.licenses.taxonomy import CLAUSE_TYPES, clause_of, consequence_rank
from opengauge.model import Clause, Evidence, LicenseTerms, LicenseVerdict

#: Which reading stands for the terms when several are equally restrictive (a license text first; the
#: license a card declares before the conditions it states beside it, which add their clauses anyway).
ROLE_WEIGHT = {
    "license-file": 8,
    "inherited": 6,
    "card-id": 5,
    "gated-prompt": 4,
    "card-terms": 4,
    "notice": 2,
    "use-policy": 2,
}


@dataclass
class Reading:
    """What one binding document says about the terms of the weights."""

    role: str
    """`license-file`, `use-policy`, `gated-prompt`, `notice`, `card-id`, `gate-settings` or `inherited`."""
    evidence: Evidence
    verdict: LicenseVerdict
    license_id: str | None = None
    name: str | None = None
    family: str | None = None
    spdx: str | None = None
    osi_approved: bool = False
    confidence: float = 0.0
    clauses: list[Clause] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    inherited_from: str | None = None
    path: str | None = None
    """Path of the document inside its repository (`LICENSE`, `README.md#extra_gated_prompt`), if any."""
    via: str | None = None
    """Where inherited terms were read when not from the base model's own release (the opengauge index)."""
    inherited_blocking: list[Clause] | None = None
    """For a base model's terms: every clause that blocks open source in any of its binding documents."""
    inherited_through: str | None = None
    """`distillation teacher` for a teacher's terms that reach the release (see `LicenseTerms`)."""

    @property
    def blocking(self) -> list[Clause]:
        if self.inherited_blocking is not None:
            return self.inherited_blocking
        return [c for c in self.clauses if c.blocks_open_source]

    @property
    def rank(self) -> int:
        return self.verdict.rank

    def describe(self) -> str:
        what = self.name or self.license_id or "an unidentified license text"
        return f"{what} ({self.verdict})"


def entry_reading(
    entry: LicenseEntry, *, role: str, evidence: Evidence, path: str | None, line: int | None, quote: str
) -> Reading:
    """A reading taken from a catalog entry (no text read): its reviewed verdict and, when its terms
    are not open, the use policy it incorporates by reference and the blocking clause types the
    catalog records for it (and its use policy), each cited at the line that names the license."""
    r = Reading(
        role=role,
        evidence=evidence,
        path=path,
        verdict=entry_verdict(entry),
        license_id=entry.id,
        name=entry.name,
        family=entry.family,
        spdx=entry.spdx,
        osi_approved=bool(entry.osi_approved),
        confidence=1.0,
    )
    # a use policy the license incorporates: one the catalog holds (`use_policy`), or one it only
    # records as a clause of the license (a policy not catalogued, such as TII's for Falcon 3)
    by_reference = bool(entry.use_policy) or "use-policy-by-reference" in entry.clauses
    if by_reference and not r.verdict.is_open:
        r.clauses = [clause_of("use-policy-by-reference", line=line, quote=quote, document=evidence.source)]
    if not r.verdict.is_open:
        policy = load_catalog().get(entry.use_policy) if entry.use_policy else None
        types = dict.fromkeys([*entry.clauses, *(policy.clauses if policy else [])])
        r.clauses += [
            clause_of(
                t,
                quote=f"{entry.name}: {CLAUSE_TYPES[t].explanation.rstrip('.')} (opengauge license catalog)",
                document=evidence.source,
            )
            for t in types
            if t in CLAUSE_TYPES and CLAUSE_TYPES[t].blocks_open_source and t != "use-policy-by-reference"
        ]
    r.report = license_json(
        verdict=r.verdict,
        document=evidence.source,
        license_id=r.license_id,
        name=r.name,
        family=r.family,
        spdx=r.spdx,
        confidence=r.confidence,
        reaches_distilled=(
            None,
            f"{entry.name} counts models distilled from its model, or trained on its "
            "outputs, among its derivatives (opengauge license catalog)",
        )
        if entry.reaches_distilled
        else None,
    )
    return r


def report_reading(
    report: LicenseReport, *, role: str, evidence: Evidence, path: str, source: str
) -> Reading:
    """A reading of a text the license engine read clause by clause (`source`: where a reader finds it)."""
    entry = report.entry if not report.modified else None  # a modified text is not the license it resembles
    clauses = [c if c.document else replace(c, document=source) for c in report.clauses]
    return Reading(
        role=role,
        evidence=evidence,
        verdict=LicenseVerdict(report.verdict),
        path=path,
        license_id=entry.id if entry else None,
        name=report.display_name,
        family=report.entry.family if report.entry else None,
        spdx=entry.spdx if entry else None,
        osi_approved=bool(entry and entry.osi_approved),
        confidence=report.confidence,
        clauses=clauses,
        report={**report.to_json(), "document": source},
    )


def inherited_reading(
    base_ref: str, terms: LicenseTerms, via: str | None = None, *, teacher: bool = False
) -> Reading:
    """A base model's governing terms as a binding reading of its derivative (`via`: where the base
    model's facts came from when not read live, e.g. the opengauge index); with `teacher`, a distillation
    teacher's terms, which bind the release because its licence reaches distilled models (`reaches_distilled`
    of the terms' report says where)."""
    cite = f" ({via})" if via else ""
    reach = terms.report.get("reaches_distilled") or {}
    at = f" (line {reach['line']})" if reach.get("line") else ""
    note = (
        f"license of the distillation teacher {base_ref}{cite}, which counts models distilled from it "
        f'among its derivatives{at}: "{str(reach.get("quote", ""))[:160]}"'
        if teacher
        else f"license of the base model {base_ref}{cite}, which binds derivatives"
    )
    return Reading(
        role="inherited",
        evidence=terms.evidence.model_copy(update={"note": note}),
        verdict=terms.verdict,
        license_id=terms.license_id,
        name=terms.name,
        family=terms.family,
        spdx=terms.spdx,
        osi_approved=terms.osi_approved,
        confidence=terms.confidence,
        clauses=list(terms.clauses),
        report=dict(terms.report),
        inherited_from=terms.inherited_from or base_ref,
        path=terms.path,
        inherited_blocking=list(terms.blocking),
        via=terms.via or via,
        inherited_through="distillation teacher"
        if teacher and not terms.inherited_from
        else terms.inherited_through,
    )


def governing(readings: list[Reading]) -> Reading | None:
    """The most restrictive known reading (the one that governs), else None."""
    known = [r for r in readings if r.rank >= 0]
    if not known:
        return None
    return max(known, key=lambda r: (r.rank, ROLE_WEIGHT.get(r.role, 0), r.confidence))


def blocking_union(readings: list[Reading], gov: Reading) -> list[Clause]:
    """Every blocking clause of every restrictive binding reading: binding terms add up."""
    out: list[Clause] = []
    seen: set[tuple[str, str]] = set()
    candidates = list(gov.blocking)
    for r in readings:
        if r is not gov and r.rank >= LicenseVerdict.USE_POLICY.rank:
            candidates.extend(r.blocking)
    read = {c.type for c in candidates if c.line is not None}
    for c in candidates:
        if c.line is None and c.type in read:
            continue  # the catalog's record of a clause that a text read here states itself
        key = (c.type, " ".join(c.quote.lower().split())[:80])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def terms_of(readings: list[Reading]) -> LicenseTerms | None:
    """The typed terms that govern, with every blocking clause of the binding documents; None when
    no reading could be identified."""
    gov = governing(readings)
    if gov is None:
        return None
    blocking = blocking_union(readings, gov) if not gov.verdict.is_open else []
    blocking.sort(key=lambda c: consequence_rank(c.type))  # stable: document order within a type
    return LicenseTerms(
        verdict=gov.verdict,
        license_id=gov.license_id,
        name=gov.name,
        family=gov.family,
        spdx=gov.spdx,
        osi_approved=gov.osi_approved or gov.verdict is LicenseVerdict.OSI_OPEN,
        confidence=gov.confidence,
        evidence=gov.evidence,
        path=gov.path,
        clauses=list(gov.clauses),
        blocking=blocking,
        inherited_from=gov.inherited_from,
        inherited_through=gov.inherited_through,
        via=gov.via,
        report=dict(gov.report),
    )
