"""EU AI Act, Art. 53(2): does the open-source exemption for general-purpose AI models plausibly
apply? An indicator, not legal advice."""

from __future__ import annotations

from collections.abc import Sequence

from opengauge.frameworks.common import Findings, FindingsLike, blocking_types
from opengauge.model import Assessment, Level, Verdict

DISCLAIMER = (
    "An indicator computed from public evidence, not legal advice. The exemption never covers "
    "Art. 53(1)(c) (copyright policy) and (d) (training-content summary)."
)
SYSTEMIC_RISK_FLOP = 1e25
_ANY = (Level.OPEN, Level.PARTIAL)


def evaluate(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> Verdict:
    f = Findings.of(findings)
    reasons: list[str] = []
    blockers: list[str] = []
    terms = f.terms()
    if f.level("weights-license") is Level.OPEN and terms is not None and terms.verdict.is_open:
        reasons.append(
            f"License {terms.name or terms.license_id} allows access, use, modification and "
            "distribution with at most attribution or same-terms conditions (Art. 53(2), recital 102)."
        )
    elif f.level("weights-license") is Level.UNKNOWN:
        blockers.append("No free and open-source license could be identified for the weights (Art. 53(2)).")
    else:
        # without typed terms (a reviewed finding), the finding's own reason says what restricts them
        blocking = (
            ", ".join(blocking_types(terms)) or terms.verdict
            if terms
            else f.reason("weights-license").rstrip(".")
        )
        name = (terms.name or terms.license_id) if terms else None
        blockers.append(
            f"The license ({name or 'unidentified'}) is not free and "
            f"open-source in the Act's sense: {blocking} (recital 102; Commission guidelines)."
        )
    if f.level("weights-published") in _ANY:
        reasons.append("The weights are publicly available.")
    else:
        blockers.append("The weights are not shown to be publicly available (Art. 53(2)).")
    arch = f.data("architecture-hardware").get("architecture")
    if arch:
        reasons.append("Information on the model architecture is public.")
    else:
        blockers.append("No public information on the model architecture was found (Art. 53(2)).")
    if f.level("model-card") in _ANY:
        reasons.append("Usage information is public (model card).")
    else:
        blockers.append("No public usage information (model card) was found (Art. 53(2)).")
    flop = f.data("training-compute").get("flop")
    if flop is None:
        params = f.data("training-compute").get("params")
        hint = (
            f" With about {params:.2g} parameters, 10^25 FLOP would be reached at about "
            f"{SYSTEMIC_RISK_FLOP / (6 * params):.2g} training tokens."
            if params
            else ""
        )
        reasons.append(
            "Training compute is unknown; the model is assumed to be below the 10^25 FLOP systemic-risk "
            "presumption (Art. 51(2)) — verify." + hint
        )
    elif flop > SYSTEMIC_RISK_FLOP:
        blockers.append(
            f"Estimated training compute {flop:.1e} FLOP exceeds 10^25 FLOP: presumed systemic risk, "
            "no exemption (Art. 51(2), recital 104)."
        )
    else:
        reasons.append(
            f"Estimated training compute {flop:.1e} FLOP is below the 10^25 FLOP systemic-risk presumption."
        )
    reasons.append("Monetisation (recital 103) is not assessed from the release files.")
    likely = not blockers
    return Verdict(
        framework="eu-ai-act",
        label="exemption likely" if likely else "exemption unlikely",
        missing=blockers,
        findings=[
            "weights-license",
            "weights-published",
            "architecture-hardware",
            "model-card",
            "training-compute",
        ],
        details={"exemption_likely": likely, "reasons": blockers + reasons, "disclaimer": DISCLAIMER},
    )
