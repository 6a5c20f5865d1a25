"""The lineage probe: a fine-tune is bounded by its base models, and its license must be compatible
with theirs (an MIT fine-tune of a Llama model is license laundering).

The base models are assessed by `opengauge.assess` through the same pipeline, before this release
(fetched, or looked up in the built-in index); this probe reads their results
(`ProbeContext.parents`, `ProbeContext.unexamined`) and never runs probes itself.
"""

from __future__ import annotations

from opengauge.licenses.terms import governing
from opengauge.model import Assessment, Evidence, Finding, Level, LicenseVerdict
from opengauge.probes.context import ProbeContext
from opengauge.probes.license import binding_parents, own_readings
from opengauge.probes.registry import probe
from opengauge.probes.vocabulary import vocabulary
from opengauge.sources.derivation import NAMED
from opengauge.sources.refs import publisher

_UNRELEASED_BASE = vocabulary("lineage").pattern("unreleased-base")


def _cite(parent: Assessment) -> str:
    return f" ({parent.provenance})" if parent.provenance else ""


def _shown(ref: str) -> str:
    """A base model as a reason names it: a name the card states that no Hub id is known for says so."""
    if ref.startswith(NAMED):
        return f"{ref[len(NAMED) :]} (named in the card's words; no catalog or index knows its Hub id)"
    return ref


def unexamined_bases(assessment: Assessment) -> list[str]:
    """The base models, at any depth, that no route could examine for an assessment (this probe's
    record, `unexamined`; empty when every ancestor was examined)."""
    for f in assessment.findings:
        if f.probe == "lineage":
            return list(f.data.get("unexamined") or [])
    return []


def _through(ctx: ProbeContext, ref: str) -> str:
    """An unexamined base as the reason names it, with the parent it binds through when it is not one
    of the release's own declared bases (a grandparent binds through every generation)."""
    if ref in ctx.release.base_models:
        return _shown(ref)
    via = next((p.release_ref for p in ctx.parents if ref in unexamined_bases(p)), None)
    return f"{_shown(ref)}, a base of {via}" if via else _shown(ref)


def _declared(ctx: ProbeContext, note: str) -> Evidence:
    """Where the release names its base: the `base_model` key, or the card's line that states it."""
    line = ctx.release.base_model_stated_at
    if line == 0:
        return Evidence(
            source=ctx.release.url or ctx.release.ref,
            note=f"{note}, stated by the repository's name (a quantization named after its model; no "
            "base_model key)",
        )
    if line is not None and ctx.card is not None:
        lines = ctx.card.text.split("\n")
        quote = lines[line - 1] if 0 < line <= len(lines) else None
        return ctx.evidence(ctx.card, line, quote, f"{note}, stated in the card's text (no base_model key)")
    return ctx.metadata_evidence("base_model", note)


@probe("lineage")
def lineage(ctx: ProbeContext) -> list[Finding]:
    """The release's bounds from its base models (`_lineage`), each finding recording the relation to them the
    card declares or states (`relation`: quantized, merge, adapter, finetune), which a release built on this
    one reads (`Assessment.untrained`: a quantization or a merge was not trained beyond its bases)."""
    found = _lineage(ctx)
    relation = ctx.release.base_model_relation
    if not ctx.release.base_models or not relation:
        return found
    return [f.model_copy(update={"data": {**f.data, "relation": relation}}) for f in found]


def _lineage(ctx: ProbeContext) -> list[Finding]:
    pid = "lineage"
    rel = ctx.release
    if not rel.base_models:
        ev = (
            ctx.metadata_evidence("license", "the card declares no base_model")
            if ctx.card
            else Evidence(source=rel.url or rel.ref, note="no base model declared")
        )
        unreleased = ctx.search(_UNRELEASED_BASE, limit=1)
        if unreleased:
            # a base the card names as not released binds nothing (its publisher's own), but its weights are
            # not available: the OSAI base-model weights are closed (`frameworks.osai`)
            hit = unreleased[0]
            return [
                Finding(
                    probe=pid,
                    level=Level.OPEN,
                    evidence=[ev, ctx.hit_evidence(hit, "the card says the base model is not released")],
                    data={"base": None, "unreleased_base": True},
                    reason="The release declares no base model it could be bound by; the card says the model "
                    "it was built on is not released, so nothing upstream bounds its openness, but the base "
                    "weights are not available.",
                )
            ]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ev],
                data={"base": None},
                reason="The release declares no base model: nothing upstream bounds its openness.",
            )
        ]
    declared = _declared(ctx, "declared base model")
    if ctx.unexamined:
        missing = "; ".join(_through(ctx, u) for u in ctx.unexamined[:3])
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                data={
                    "base": rel.base_models[0],
                    "fetched": bool(ctx.parents),
                    "unexamined": list(ctx.unexamined),
                },
                evidence=[declared],
                reason=f"The release is derived from {missing}, which could not be examined by any route "
                "(not fetched, not in the opengauge index), so the terms it inherits are unknown.",
            )
        ]
    own_gov = governing(own_readings(ctx))
    binding = binding_parents(ctx)
    if not binding:
        # every base is the publisher's own model, and the release states its own terms
        parent = ctx.parents[0]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[declared] + ([own_gov.evidence] if own_gov else []),
                data={
                    "base": parent.release_ref,
                    "bases": [p.release_ref for p in ctx.parents],
                    "fetched": True,
                    "via": parent.provenance,
                    "own_model": True,
                    "laundering": False,
                },
                reason=f"The base model {parent.release_ref}{_cite(parent)} is the publisher's own "
                f"({publisher(parent.release_ref)}), and the publisher releases this derivative under "
                f"{(own_gov.name or own_gov.license_id) if own_gov else 'its own terms'}: a license binds "
                "its licensees, not its licensor, so the base's terms do not bind it.",
            )
        ]
    restrictive = [p for p in binding if p.terms is None or not p.terms.verdict.is_open]
    parent = restrictive[0] if restrictive else binding[0]
    base, base_terms = parent.release_ref, parent.terms
    data = {
        "base": base,
        "bases": [p.release_ref for p in ctx.parents],
        "fetched": True,
        "via": parent.provenance,
        "base_verdict": str(base_terms.verdict) if base_terms else str(LicenseVerdict.UNKNOWN),
        "own_verdict": str(own_gov.verdict) if own_gov else str(LicenseVerdict.UNKNOWN),
        "laundering": False,
    }
    declared = _declared(ctx, f"derived from {base}")
    if base_terms is None:
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                evidence=[declared],
                data=data,
                reason=f"The terms of the base model {base}{_cite(parent)} could not be identified.",
            )
        ]
    base_name = base_terms.name or base_terms.license_id
    base_ev = base_terms.evidence.model_copy(
        update={"note": f"license of the base model {base}{_cite(parent)}"}
    )
    if base_terms.verdict.is_open:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[declared, base_ev],
                data=data,
                reason=f"The base model {base}{_cite(parent)} is under an open license ({base_name}), "
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
                f"{own_gov.name or own_gov.license_id}, but its base model {base}{_cite(parent)} is under "
                f"{base_name} ({base_terms.verdict}), whose terms bind every derivative.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.PARTIAL,
            evidence=[declared, base_ev],
            data=data,
            reason=f"The release inherits the restrictive terms of its base model {base}{_cite(parent)} "
            f"({base_name}); its openness is bounded by them.",
        )
    ]
