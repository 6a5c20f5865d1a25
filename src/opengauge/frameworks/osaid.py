"""The OSI Open Source AI Definition 1.0: passes only when weights, code and data information are
all available under terms granting use, study, modification and sharing for any purpose."""

from __future__ import annotations

from collections.abc import Sequence

from opengauge.frameworks.common import Findings, FindingsLike, blocking_types
from opengauge.model import Assessment, Level, Verdict, trained_bases

_ANY = (Level.OPEN, Level.PARTIAL)


def evaluate(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> Verdict:
    f = Findings.of(findings)
    missing: list[str] = []
    lacking: dict[str, list[str]] = {}  # what each check lacks, in the order `missing` says it
    checks: dict[str, bool] = {}

    def lack(check: str, message: str) -> None:
        missing.append(message)
        lacking.setdefault(check, []).append(message)

    # 1. Parameters under free terms.
    terms = f.terms()
    weights_ok = f.level("weights-published") in _ANY
    terms_ok = f.level("weights-license") is Level.OPEN and terms is not None and terms.verdict.is_open
    if not weights_ok:
        lack(
            "parameters",
            "weights: not shown to be published"
            if f.level("weights-published") is Level.UNKNOWN
            else "weights: not published",
        )
    if not terms_ok:
        blocking = ", ".join(blocking_types(terms)) if terms else ""
        name = (terms.name or terms.license_id) if terms else None
        lack(
            "parameters",
            f"weights license not free: {name or 'unknown'}"
            + (f" ({blocking})" if blocking else f" ({terms.verdict if terms else 'unknown'})"),
        )
    manual_gate = f.asks_permission()
    if manual_gate:
        lack(
            "parameters",
            "weights: each download waits on the publisher's manual approval (asking permission)",
        )
    checks["parameters"] = weights_ok and terms_ok and not manual_gate

    # 2-3. Code under OSI-approved licenses: architecture/inference, training, data processing.
    code_lic = f.data("code-license")
    repos_ok = bool(code_lic.get("all_osi"))
    # code of the publisher's own, or a public (open source) library that runs the model
    inference_ok = f.level("inference-code") in _ANY
    for name, ok in (
        ("inference and architecture code", inference_ok),
        ("training code", f.level("training-code") is Level.OPEN),
        ("data-processing code", f.level("data-processing-code") is Level.OPEN),
    ):
        if not ok:
            lack("code", f"{name}: not published")
    code_ok = (
        inference_ok
        and f.level("training-code") is Level.OPEN
        and f.level("data-processing-code") is Level.OPEN
    )
    if code_ok and not repos_ok:
        lack(
            "code",
            "code license: could not be read"
            if f.level("code-license") is Level.UNKNOWN
            else "code license: not every code repository is under an OSI-approved license",
        )
    checks["code"] = code_ok and repos_ok

    # 4. Data information: a description of the data and a list of the data sources.
    data_listed = f.level("training-data") in _ANY or f.unshareable_documented()
    data_described = f.level("data-documentation") in _ANY
    if not data_listed:
        lack("data_information", "data information: the training data sources are not listed")
    if not data_described:
        lack(
            "data_information",
            "data information: the training data's documentation could not be read"
            if f.level("data-documentation") is Level.UNKNOWN
            else "data information: the training data is not described (no datasheet or data section)",
        )
    checks["data_information"] = data_listed and data_described

    # 5. Open training data, where used, is shared.
    td = f.data("training-data")
    unshared = [d["id"] for d in td.get("datasets") or [] if d.get("public") is False]
    if unshared:
        lack("open_data_shared", "training data named but not shared: " + ", ".join(unshared[:5]))
    checks["open_data_shared"] = not unshared

    # 6. The models it is built on: a fine-tune's, adapter's, quantization's or merge's weights carry what
    # its bases learnt, so their code and data information are part of its preferred form for making
    # modifications (the bases' own terms bind through the weights' license, item 1)
    own_parts = ("code", "data_information", "open_data_shared")
    # (a quantization or a merge among them is looked through to the models it copies or combines)
    short = [
        (p.release_ref, [m for k in own_parts for m in v.details.get("lacking", {}).get(k, [])])
        for p in trained_bases(list(parents))
        if (v := p.verdict("osaid")) is not None
        and not all(v.details.get("checks", {}).get(k, True) for k in own_parts)
    ]
    for ref, lacks in short:
        lack("base_models", f"the base model {ref}: " + ("; ".join(lacks) or "its code or data information"))
    checks["base_models"] = not short

    passes = all(checks.values())
    return Verdict(
        framework="osaid",
        label="passes" if passes else "fails",
        score=None,
        missing=missing,
        findings=[
            "weights-published",
            "weights-license",
            "code-license",
            "inference-code",
            "training-code",
            "data-processing-code",
            "training-data",
            "data-documentation",
        ],
        details={"passes": passes, "checks": checks, "missing": missing, "lacking": lacking},
    )
