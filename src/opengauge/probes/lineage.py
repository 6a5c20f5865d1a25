"""The lineage probe: a fine-tune is bounded by its base model, and its license must be compatible
with the base's (an MIT fine-tune of a Llama model is license laundering)."""

from __future__ import annotations

from opengauge.model import Evidence, Finding, Level
from opengauge.probes.context import ProbeContext
from opengauge.probes.license import OPEN_VERDICTS, governing, own_readings
from opengauge.probes.registry import probe

_BASE_PROBES = ("weights-published", "weights-license", "training-data", "data-documentation")


@probe("lineage")
def lineage(ctx: ProbeContext) -> list[Finding]:
    pid = "lineage"
    rel = ctx.release
    if not rel.base_models:
        ev = ctx.metadata_evidence("license", "the card declares no base_model") if ctx.card else \
            Evidence(source=rel.url or rel.ref, note="no base model declared")
        return [Finding(probe=pid, level=Level.OPEN, evidence=[ev], data={"base": None},
                        reason="The release declares no base model: nothing upstream bounds its openness.")]
    if not rel.lineage:
        return [Finding(probe=pid, level=Level.UNKNOWN, data={"base": rel.base_models[0], "fetched": False},
                        evidence=[ctx.metadata_evidence("base_model", "declared base model")],
                        reason=f"The release is derived from {rel.base_models[0]}, which was not fetched, "
                               "so its terms could not be checked.")]
    from opengauge.probes.registry import run_probes

    base = rel.lineage[0]
    base_findings = run_probes(base, only=_BASE_PROBES, license_cache=ctx._license_cache)
    levels = {f.probe: f.level.value for f in base_findings}
    base_gov = governing(own_readings(ProbeContext(base, license_cache=ctx._license_cache)))
    own_gov = governing(own_readings(ctx))
    data = {"base": base.ref, "fetched": True, "base_levels": levels,
            "base_verdict": base_gov.verdict if base_gov else "unknown",
            "own_verdict": own_gov.verdict if own_gov else "unknown", "laundering": False}
    declared = ctx.metadata_evidence("base_model", f"derived from {base.ref}")
    if base_gov is None:
        return [Finding(probe=pid, level=Level.UNKNOWN, evidence=[declared], data=data,
                        reason=f"The terms of the base model {base.ref} could not be identified.")]
    base_ev = base_gov.evidence.model_copy(update={"note": f"license of the base model {base.ref}"})
    if base_gov.verdict in OPEN_VERDICTS:
        return [Finding(probe=pid, level=Level.OPEN, evidence=[declared, base_ev], data=data,
                        reason=f"The base model {base.ref} is under an open license ({base_gov.name or base_gov.license_id}), "
                               "so it does not restrict this derivative.")]
    if own_gov is not None and own_gov.verdict in OPEN_VERDICTS:
        data["laundering"] = True
        return [Finding(probe=pid, level=Level.CLOSED, evidence=[own_gov.evidence, base_ev, declared], data=data,
                        reason=f"License laundering: the release declares {own_gov.name or own_gov.license_id}, but its base "
                               f"model {base.ref} is under {base_gov.name or base_gov.license_id} ({base_gov.verdict}), "
                               "whose terms bind every derivative.")]
    return [Finding(probe=pid, level=Level.PARTIAL, evidence=[declared, base_ev], data=data,
                    reason=f"The release inherits the restrictive terms of its base model {base.ref} "
                           f"({base_gov.name or base_gov.license_id}); its openness is bounded by them.")]
