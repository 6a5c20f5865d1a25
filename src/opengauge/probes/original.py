"""What a quantization has of its original, and a merge of its parents: the facts of how its weights were
made.

A quantization (`base_model_relation: quantized`, declared or stated) is its original's weights in another
format, made by converting them, not by training: the data they were trained on, the code that trained them
and that processed the data, and the data's documentation are the original's. A quantization that publishes
none of them itself (it usually links only its original) has its original's, read from the original's
assessment and cited as such; its own documents (its card) stay its own. A merge (`base_model_relation:
merge`) combines its parents' weights: what they were trained on, with, and documented by is all of its own,
as open as the least open of them.
"""

from __future__ import annotations

from opengauge.model import QUANTIZED, UNTRAINED_RELATIONS, Finding, Level
from opengauge.probes.context import ProbeContext

#: What each probe that records how the weights were made says it holds, in its reason.
WHAT = {
    "training-data": "training data",
    "training-code": "training code",
    "data-processing-code": "data-processing code",
    "data-documentation": "data documentation",
    "code-license": "code's licence",
}


def of_the_original(
    ctx: ProbeContext, pid: str, found: list[Finding], *, own: bool | None = None
) -> list[Finding]:
    """`found`, the release's own findings of `pid`, unless the release is a quantization that holds none of
    its own (`own` false; by default, every finding closed) and its original was examined: then the
    original's finding (a quantization among the bases looked through to what it copies, `trained_parents`),
    its level, evidence and data, the reason saying whose it is."""
    relation = (ctx.release.base_model_relation or "").lower()
    if relation not in UNTRAINED_RELATIONS or not found:
        return found
    if own if own is not None else any(f.level is not Level.CLOSED for f in found):
        return found
    originals = [(p, f) for p in ctx.trained_parents() for f in p.findings if f.probe == pid]
    if not originals or ctx.unexamined:
        return found
    what = WHAT[pid]
    if relation == QUANTIZED:
        return [
            f.model_copy(
                update={
                    "data": {**f.data, "of_original": p.release_ref},
                    "reason": f"A quantization of {p.release_ref}, made by converting its weights, not by "
                    f"training: its {what} is its original's. {f.reason}",
                }
            )
            for p, f in originals[:1]
        ]
    # a merge: its weights combine its parents', so its {what} is all of theirs, as open as the least open
    # (held-out release round 33: a merge of two tunes whose tuning data is all published)
    least = min(originals, key=lambda pf: (pf[1].level.openness, pf[1].level is not Level.UNKNOWN))
    refs = ", ".join(dict.fromkeys(p.release_ref for p, _ in originals))
    data = {**least[1].data, "of_original": refs}
    listed = [d for _, f in originals for d in f.data.get("datasets") or []]
    if listed:
        data["datasets"] = listed
        data["all_open"] = all(f.data.get("all_open") for _, f in originals)
        data["all_public"] = all(f.data.get("all_public") for _, f in originals)
    return [
        least[1].model_copy(
            update={
                "data": data,
                "evidence": [e for _, f in originals for e in f.evidence][:6],
                "reason": f"A merge of {refs}, made by combining their weights, not by training: its {what} "
                "is theirs. " + " ".join(f"{p.release_ref}: {f.reason}" for p, f in originals[:3]),
            }
        )
    ]
