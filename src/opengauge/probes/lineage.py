"""The lineage probe: a fine-tune is bounded by its base model, and its license must be compatible
with the base's (an MIT fine-tune of a Llama model is license laundering).

The base model is assessed by `opengauge.assess` through the same pipeline, before this release;
this probe reads its result (`ProbeContext.parents`) and never runs probes itself.
"""

from __future__ import annotations

from opengauge.licenses.terms import governing
from opengauge.model import Evidence, Finding, Level, LicenseVerdict
from opengauge.probes.context import ProbeContext
from opengauge.probes.license import own_readings
from opengauge.probes.registry import probe


@probe("lineage")
def lineage(ctx: ProbeContext) -> list[Finding]:
    pid = "lineage"
    rel = ctx.release
    if not rel.base_models:
        ev = (
            ctx.metadata_evidence("license", "the card declares no base_model")
            if ctx.card
            else Evidence(source=rel.url or rel.ref, note="no base model declared")
        )
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ev],
                data={"base": None},
                reason="The release declares no base model: nothing upstream bounds its openness.",
            )
        ]
    if not ctx.parents:
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                data={"base": rel.base_models[0], "fetched": False},
                evidence=[ctx.metadata_evidence("base_model", "declared base model")],
                reason=f"The release is derived from {rel.base_models[0]}, which was not fetched, "
                "so its terms could not be checked.",
            )
        ]
    parent = ctx.parents[0]
    base = parent.release_ref
    base_terms = parent.terms
    own_gov = governing(own_readings(ctx))
    data = {
        "base": base,
        "fetched": True,
        "base_verdict": str(base_terms.verdict) if base_terms else str(LicenseVerdict.UNKNOWN),
        "own_verdict": str(own_gov.verdict) if own_gov else str(LicenseVerdict.UNKNOWN),
        "laundering": False,
    }
    declared = ctx.metadata_evidence("base_model", f"derived from {base}")
    if base_terms is None:
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                evidence=[declared],
                data=data,
                reason=f"The terms of the base model {base} could not be identified.",
            )
        ]
    base_name = base_terms.name or base_terms.license_id
    base_ev = base_terms.evidence.model_copy(update={"note": f"license of the base model {base}"})
    if base_terms.verdict.is_open:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[declared, base_ev],
                data=data,
                reason=f"The base model {base} is under an open license ({base_name}), "
                "so it does not restrict this derivative.",
            )
        ]
    if own_gov is not None and own_gov.verdict.is_open:
        data["laundering"] = True
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[own_gov.evidence, base_ev, declared],
                data=data,
                reason="License laundering: the release declares "
                f"{own_gov.name or own_gov.license_id}, but its base model {base} is under {base_name} "
                f"({base_terms.verdict}), whose terms bind every derivative.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.PARTIAL,
            evidence=[declared, base_ev],
            data=data,
            reason=f"The release inherits the restrictive terms of its base model {base} "
            f"({base_name}); its openness is bounded by them.",
        )
    ]
