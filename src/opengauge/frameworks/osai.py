"""The European Open Source AI Index (osai-index.eu): 12 parameters, open/partial/closed, score = mean.

This module is the one home of the index's parameters (`PARAMETERS`, `LEGACY_PARAMETERS`), their
display names (`PARAMETER_NAMES`) and groups.

Also the legacy 14-parameter view (with `package` and `api`, until March 2026). Unknown is kept
apart from closed in every parameter, and counts 0 in the score like the index's site does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from pydantic import TypeAdapter

from opengauge.frameworks.common import Findings, FindingsLike
from opengauge.licenses.facts import is_open_content
from opengauge.model import Assessment, Evidence, Level, LicenseVerdict, Verdict
from opengauge.sources.refs import publisher

PARAMETERS = (
    "datasources_basemodel",
    "datasources_endmodel",
    "weights_basemodel",
    "weights_endmodel",
    "trainingcode",
    "code",
    "hardware_architecture",
    "preprint",
    "paper",
    "modelcard",
    "datasheet",
    "licenses",
)
LEGACY_PARAMETERS = PARAMETERS + ("package", "api")
#: Display names of the parameters, for people.
PARAMETER_NAMES = {
    "datasources_basemodel": "Base model data",
    "datasources_endmodel": "End model data",
    "weights_basemodel": "Base model weights",
    "weights_endmodel": "End model weights",
    "trainingcode": "Training code",
    "code": "Code documentation",
    "hardware_architecture": "Hardware & architecture",
    "preprint": "Preprint",
    "paper": "Paper",
    "modelcard": "Model card",
    "datasheet": "Datasheet",
    "licenses": "Licenses",
    "package": "Package",
    "api": "API",
}
GROUPS = {
    "availability": PARAMETERS[:5],
    "documentation": PARAMETERS[5:11],
    "access": PARAMETERS[11:],
}
SCORE_CONVENTION = (
    "mean of open=1, partial=0.5, closed=0; unknown counts 0 (as on osai-index.eu) but is reported as unknown"
)


@cache
def _evidence_adapter() -> TypeAdapter[list[Evidence]]:
    """The serializer of a list of evidence (built on first use, as the models' own are)."""
    return TypeAdapter(list[Evidence])


def _param(level: Level, reason: str, evidence: list[Evidence], probes: list[str]) -> dict[str, Any]:
    return {
        "level": level.value,
        "reason": reason,
        # each as `e.model_dump(exclude_none=True)` gives it, in one call for the list
        "evidence": _evidence_adapter().dump_python(evidence, exclude_none=True),
        "probes": probes,
    }


def _weights(weights: Level, license_level: Level, gated: bool, delta: bool = False) -> tuple[Level, str]:
    """Availability of weights as the index rates it: shared (open), gated or only a delta to another model's
    weights (partial: stablevicuna.yaml "Model not functional out of the box as weights require a delta
    computation"), not shared."""
    if weights is Level.UNKNOWN:
        return Level.UNKNOWN, "Whether the weights are published could not be established."
    if weights is Level.CLOSED:
        return Level.CLOSED, "The weights are not published."
    terms = {
        Level.OPEN: " under an open license",
        Level.CLOSED: " (under restrictive terms, rated under licenses)",
        Level.UNKNOWN: " (license unknown)",
    }.get(license_level, "")
    if weights is Level.OPEN and not gated:
        return Level.OPEN, f"The weights are freely downloadable{terms}."
    if delta and not gated:
        return Level.PARTIAL, (
            f"The weights are published only as a delta to another model's weights, not usable alone{terms}."
        )
    return Level.PARTIAL, f"The weights are published but downloads are gated{terms}."


def foundations(
    parents: Sequence[Assessment], via: tuple[str, ...] = ()
) -> tuple[list[tuple[Assessment, tuple[str, ...]]], list[tuple[str, tuple[str, ...]]]]:
    """The roots of a declared chain of base models: (foundation model's assessment, the references
    from the nearest parent down to it) for each root reached, and (reference, path) for each base
    somewhere in the chain that no route could examine (its root is then unknown). A merge's every
    parent is followed; a root reached twice counts once."""
    found: dict[str, tuple[Assessment, tuple[str, ...]]] = {}
    missing: list[tuple[str, tuple[str, ...]]] = []
    for p in parents:
        path = (*via, p.release_ref)
        unexamined = Findings(p.findings).data("lineage").get("unexamined") or []
        missing.extend((str(u), path) for u in unexamined)
        if p.parents:
            more, lost = foundations(p.parents, path)
            for root, rpath in more:
                found.setdefault(root.release_ref, (root, rpath))
            missing.extend(lost)
        elif not unexamined:
            found.setdefault(p.release_ref, (p, path))
    return list(found.values()), missing


def intermediates(
    parents: Sequence[Assessment], via: tuple[str, ...] = ()
) -> list[tuple[Assessment, tuple[str, ...]]]:
    """The bases between a release and its foundation models (the parents that are derivatives themselves),
    nearest first, each with the references from the nearest parent down to it; one reached twice counts
    once. Their tuning is part of the end model, as the release's own is (frameworks.md §1.1: the end model
    is everything done on top of the base model). Not the foundation publisher's own tuned variant of it
    (Qwen's Qwen2.5-7B-Instruct over Qwen2.5-7B): the experts rate a tune of it by its own data and name the
    variant its base (Llama-Nemotron.yaml, SkyWorks-OR1.yaml; held-out release round 17). Not a quantization
    or a merge (`Assessment.untrained`): it was not trained, so it has no tuning data of its own, and its
    bases' tuning counts through it (held-out release round 29: an adapter trained on a third party's 4-bit
    copy of a fully open model)."""
    found: dict[str, tuple[Assessment, tuple[str, ...]]] = {}
    for p in parents:
        if p.parents:
            path = (*via, p.release_ref)
            roots = [root for root, _ in foundations(p.parents)[0]]
            own_variant = bool(roots) and all(
                publisher(root.release_ref) == publisher(p.release_ref) for root in roots
            )
            if not own_variant and not p.untrained:
                found.setdefault(p.release_ref, (p, path))
            for mid, mpath in intermediates(p.parents, path):
                found.setdefault(mid.release_ref, (mid, mpath))
    return list(found.values())


def _named(ref: str, path: tuple[str, ...]) -> str:
    """A foundation model as the reasons name it: `ref` (via the nearer bases, nearest first)."""
    nearer = [p for p in path if p != ref]
    return ref + (f" (via {' -> '.join(nearer)})" if nearer else "")


def _base_cells(
    f: Findings, parents: Sequence[Assessment]
) -> tuple[tuple[Level, str], tuple[Level, str]] | None:
    """(data, weights) of the base-model parameters, each (level, reason), rated on the FOUNDATION
    models (the roots of the declared chain), as the index's experts rate them (frameworks.md §1.1:
    "Vicuna is fine-tuned LLaMA ...", NeuralChat v3-3 -> v3-1 -> "Mistral has not disclosed ...");
    None when the release declares no base model. Several roots (a merge): the least open counts."""
    lineage = f.data("lineage")
    base = lineage.get("base")
    if not base:
        return None
    roots, missing = foundations(parents)
    missing = [(str(u), ()) for u in lineage.get("unexamined") or []] + missing
    if missing or not roots:
        what = ", ".join(_named(u, path) for u, path in missing[:3]) if missing else str(base)
        why = f"The foundation model could not be examined: {what}."
        if not roots:
            return (Level.UNKNOWN, why), (Level.UNKNOWN, why)
    # a root that could not be examined is an unknown cell beside the others (`_least_open`)
    data: list[tuple[Level, str]] = [(Level.UNKNOWN, why)] if missing else []
    weights: list[tuple[Level, str]] = [(Level.UNKNOWN, why)] if missing else []
    for root, path in roots:
        r = Findings(root.findings)
        # where it was read when not live: "opengauge index, reviewed <date>", or the family it stands for
        name = "Foundation model " + _named(root.release_ref, path)
        name += f" ({root.provenance})" if root.provenance else ""
        lvl = r.level("training-data")
        data.append((lvl, f"{name}: training data rated {lvl.value}."))
        # gated downloads count as partial for the base model's weights too (frameworks.md §1.1)
        wlvl, wwhy = _weights(
            r.level("weights-published"),
            r.level("weights-license"),
            bool(r.data("weights-published").get("gated")),
            bool(r.data("weights-published").get("delta")),
        )
        weights.append((wlvl, f"{name}: " + wwhy[0].lower() + wwhy[1:]))
    return _least_open(data), _least_open(weights)


def _both(a: tuple[Level, str], b: tuple[Level, str]) -> tuple[Level, str]:
    """One cell from two parts of the same data: open when both are, closed when both are, unknown when
    either could not be read, partial otherwise ("some sources open"); both reasons kept."""
    if Level.UNKNOWN in (a[0], b[0]):
        level = Level.UNKNOWN
    elif a[0] is b[0] and a[0] in (Level.OPEN, Level.CLOSED):
        level = a[0]
    else:
        level = Level.PARTIAL
    return level, f"{a[1]} {b[1]}"


def _least_open(cells: list[tuple[Level, str]]) -> tuple[Level, str]:
    """One cell from several roots' cells: the least open; every reason kept. A root that could not be
    read leaves it unknown, unless another is closed: nothing is less open than closed (a vision-language
    model on Llama 3.1, whose data is closed, and an encoder the index does not know has closed base data)."""
    levels = [lvl for lvl, _ in cells]
    known = [lvl for lvl in levels if lvl is not Level.UNKNOWN]
    if Level.CLOSED in known:
        level = Level.CLOSED
    elif len(known) < len(levels):
        level = Level.UNKNOWN
    else:
        level = min(levels, key=lambda lv: lv.openness)
    return level, " ".join(why for _, why in cells)


def _base_data_open(parents: Sequence[Assessment]) -> bool:
    """A base model (of the nearest first) lists training data that is all openly licensed."""
    for parent in parents:
        listed = Findings(parent.findings).data("training-data").get("datasets") or []
        if listed and all(d.get("open_license") for d in listed):
            return True
    return False


def parameters(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> dict[str, dict[str, Any]]:
    """The 14 legacy parameters (the current 12 plus `package`, `api`), each with level, reason, evidence.
    `parents`: the assessed base models, nearest first; the base-model parameters rate the roots of
    their chains (the foundation models), see `foundations`."""
    f = Findings.of(findings)
    out: dict[str, dict[str, Any]] = {}
    base_cells = _base_cells(f, parents)

    # data sources
    td = f.level("training-data")
    end_cell = (td, f.reason("training-data"))
    for mid, path in intermediates(parents):
        # a tune of a tune: the intermediate base's own tuning data is end-model data too ("some sources
        # open": partial when one stage's data is published and another's is not; held-out release round 16)
        m = Findings(mid.findings)
        end_cell = _both(
            end_cell,
            (
                m.level("training-data"),
                f"Tuning data of the intermediate base {_named(mid.release_ref, path)}: "
                + m.reason("training-data"),
            ),
        )
    out["datasources_endmodel"] = _param(*end_cell, f.evidence("training-data"), ["training-data"])
    if base_cells:
        lvl, why = base_cells[0]
        probes = ["lineage"]
        if f.data("training-data").get("continued_pretraining"):
            # continued pre-training: the release's own data is pre-training data of its base model too,
            # so the base-model data is the foundation's and its own ("all ... sources open", or "some",
            # frameworks.md §1.1; Geitje.yaml: Mistral's data closed, its own Dutch corpora named, partial)
            lvl, why = _both(
                (lvl, why), (td, "Its own continued pre-training data: " + f.reason("training-data"))
            )
            probes.append("training-data")
        out["datasources_basemodel"] = _param(lvl, why, f.evidence(*probes), probes)
    else:
        out["datasources_basemodel"] = dict(out["datasources_endmodel"])

    # weights
    gated = bool(f.data("weights-published").get("gated"))
    delta = bool(f.data("weights-published").get("delta"))
    lvl, why = _weights(f.level("weights-published"), f.level("weights-license"), gated, delta)
    out["weights_endmodel"] = _param(
        lvl, why, f.evidence("weights-published", "weights-license"), ["weights-published", "weights-license"]
    )
    if base_cells:
        blvl, bwhy = base_cells[1]
        out["weights_basemodel"] = _param(blvl, bwhy, f.evidence("lineage"), ["lineage"])
    elif f.data("lineage").get("unreleased_base"):
        # the card says the model it was built on is not released ("No base model made available", Qwen.yaml)
        why = "The card says the base model the release was built on is not released."
        out["weights_basemodel"] = _param(Level.CLOSED, why, f.evidence("lineage"), ["lineage"])
    else:
        out["weights_basemodel"] = dict(out["weights_endmodel"])

    # training code (incl. data processing)
    tc, dp, inf = f.level("training-code"), f.level("data-processing-code"), f.level("inference-code")
    if tc is Level.OPEN and dp is Level.OPEN:
        lvl, why = Level.OPEN, "Training and data-processing code are both published."
    elif tc is Level.UNKNOWN and dp is Level.OPEN:
        # open with the training code, partial without it: not decided
        lvl, why = Level.UNKNOWN, "The data-processing code is published; " + f.reason("training-code")
    elif tc in (Level.OPEN, Level.PARTIAL) or dp in (Level.OPEN, Level.PARTIAL):
        lvl, why = (
            Level.PARTIAL,
            (
                "Training code is published but not the data-processing code."
                if tc is Level.OPEN and dp is not Level.PARTIAL
                else "Training code is published; " + f.reason("data-processing-code")
                if tc is Level.OPEN
                else f.reason("training-code")
                if tc is Level.PARTIAL
                else "Only the data-processing code is published."
                if dp is Level.OPEN
                else f.reason("data-processing-code")
            ),
        )
    elif (
        tc is Level.CLOSED
        and inf is Level.OPEN
        and f.data("inference-code").get("own")
        and not f.data("training-code").get("base_repos")
    ):
        # the experts rate a repository with inference examples only as closed ("no training code")
        lvl, why = Level.CLOSED, "Only inference or model code is published, no training code."
    elif tc is Level.CLOSED:
        lvl, why = Level.CLOSED, f.reason("training-code")
    else:
        lvl, why = Level.UNKNOWN, f.reason("training-code")
    out["trainingcode"] = _param(
        lvl,
        why,
        f.evidence("training-code", "data-processing-code", "inference-code"),
        ["training-code", "data-processing-code", "inference-code"],
    )

    # documentation
    for key, probe in (
        ("code", "code-documentation"),
        ("hardware_architecture", "architecture-hardware"),
        ("preprint", "preprint"),
        ("paper", "peer-reviewed-paper"),
        ("modelcard", "model-card"),
        ("datasheet", "data-documentation"),
    ):
        out[key] = _param(f.level(probe), f.reason(probe), f.evidence(probe), [probe])
    # A public peer-reviewed paper is the preprint too: of the 193 expert files, none rates the paper open
    # and the preprint less (an ACL Anthology paper with no arXiv version, minerva.yaml: both open; held-out
    # release round 17)
    if f.level("peer-reviewed-paper") is Level.OPEN and f.level("preprint") is Level.CLOSED:
        out["preprint"] = _param(
            Level.OPEN,
            "No preprint is published apart from the paper, and the peer-reviewed paper is public: it "
            "documents the model as a preprint would.",
            f.evidence("peer-reviewed-paper", "preprint"),
            ["peer-reviewed-paper", "preprint"],
        )
    # The experts rate the architecture "documented in requisite detail" when a technical report or
    # paper describes it ("Architecture described in detail in technical report"): an architecture
    # published with a report that covers the training setup is open, not partial.
    # (the same when the card says the setup is described in a report it points to, which is not read)
    report = [p for p in ("preprint", "peer-reviewed-paper") if f.level(p) is Level.OPEN]
    arch = f.level("architecture-hardware")
    pointed = arch is Level.UNKNOWN and bool(f.data("architecture-hardware").get("pointer"))
    if (arch is Level.PARTIAL or pointed) and report:
        out["hardware_architecture"] = _param(
            Level.OPEN,
            "The architecture is documented, and a technical report or paper describes it and the "
            "training setup.",
            f.evidence("architecture-hardware", *report),
            ["architecture-hardware", *report],
        )

    # licenses: what is released (weights, code, data) and under which terms
    w = f.level("weights-license")
    if f.level("weights-published") is Level.CLOSED:
        # weights not released are under no licence anyone holds ("The weights will be released under
        # Apache 2.0"): open code and data beside them are "at least two ... partly open", partial
        # (dolly.yaml: weights "Not available" beside open code and data, licenses partial; held-out
        # release round 18)
        w = Level.CLOSED
    # a permissive license that is not OSI-approved: a standard open-content license (CC BY 4.0, CC0,
    # ODC-By; the catalog's `open_content`) is an open licence, as the index's `licenses` text has asked for
    # "open licences" since 2026-04-14 and the experts rate CC BY 4.0 weights open (TildeOpen); a bespoke
    # permissive license (a "sample code" license) is partial, as they rate OpenELM's "custom Apple license"
    terms = f.terms()
    non_osi = w is Level.OPEN and terms is not None and terms.verdict is LicenseVerdict.OPEN_NON_OSI
    bespoke = non_osi and not is_open_content(terms.license_id if terms is not None else None)
    if bespoke:
        w = Level.PARTIAL
    c = f.level("code-license")
    # the index's `licenses` asks about the training pipeline code: when no training or data-processing
    # code is published, the license of inference code is not part of it
    no_pipeline = f.level("training-code") in (Level.CLOSED, Level.UNKNOWN) and f.level(
        "data-processing-code"
    ) in (Level.CLOSED, Level.UNKNOWN)
    if no_pipeline and c in (Level.OPEN, Level.PARTIAL):
        c = Level.UNKNOWN
    tdd = f.data("training-data")
    listed = tdd.get("datasets") or []
    if listed:
        known = [d for d in listed if d.get("open_license") is not None]
        d = (
            Level.OPEN
            if known and all(x["open_license"] for x in listed)
            else Level.CLOSED
            if known and not any(x["open_license"] for x in known)
            else Level.PARTIAL
            if any(x.get("open_license") for x in known)
            else Level.UNKNOWN
        )
        if d is Level.CLOSED and _base_data_open(parents):
            # its own data under terms that are not open, its base's pre-training data openly licensed: "some
            # sources open" (frameworks.md §1.1: licenses "all data sources"; held-out release round 33,
            # traces distilled under a teacher's terms over a base trained on an ODC-By corpus)
            d = Level.PARTIAL
        if d is Level.OPEN and tdd.get("restricted_access"):
            # training data the card says is shared only under terms that are not open (on request, under a
            # data use agreement) is licensed, but not openly, whatever the listed datasets' terms: the
            # experts rate "data partially unavailable, rest open" partial (BERT.yaml, Neo.yaml); data simply
            # not released has no licence to rate (Phi.yaml)
            d = Level.PARTIAL
    else:
        d = Level.UNKNOWN
    parts = {"weights": w, "code": c, "data": d}
    not_open = [k for k, v in parts.items() if v in (Level.CLOSED, Level.PARTIAL)]
    opened = [k for k, v in parts.items() if v in (Level.OPEN, Level.PARTIAL)]
    unknown = [k for k, v in parts.items() if v is Level.UNKNOWN and not (k == "code" and no_pipeline)]
    # (training code that could not be read, on a forge opengauge does not read, is not said unpublished)
    unread_pipeline = Level.UNKNOWN in (f.level("training-code"), f.level("data-processing-code"))
    silent = (
        (" (no training code was read)" if unread_pipeline else " (no training code is published)")
        if no_pipeline
        else ""
    )
    if w is Level.OPEN and not not_open:
        lvl = Level.OPEN
        why = (
            "Everything released is under open licenses"
            + (f" ({', '.join(unknown)}: no license found)" if unknown else "")
            + silent
            + (" (the weights' license is open but not OSI-approved)" if non_osi else "")
            + "."
        )
    elif bespoke:
        others = [k for k in opened if k != "weights"]
        why = "The weights are under a bespoke permissive license that is not OSI-approved" + (
            f"; openly licensed: {', '.join(others)}." if others else "."
        )
        lvl = Level.PARTIAL
    elif len(opened) >= 2:
        # the rubric: partial when "at least two (partly or fully) of weights, training code, training
        # data" are openly licensed; one open part beside restrictive weights is closed
        by_level = {
            lv: [k for k, v in parts.items() if v is lv] for lv in (Level.OPEN, Level.PARTIAL, Level.CLOSED)
        }
        said = [
            f"{what}: {', '.join(by_level[lv])}"
            for lv, what in (
                (Level.OPEN, "open"),
                (Level.PARTIAL, "partly open"),
                (Level.CLOSED, "not open"),
            )
            if by_level[lv]
        ]
        why = "Only part of the release is openly licensed (" + "; ".join(said) + ")."
        lvl = Level.PARTIAL
    elif all(v is Level.UNKNOWN for v in parts.values()):
        lvl, why = Level.UNKNOWN, "No license could be identified for the weights, code or data."
    elif w is Level.UNKNOWN and opened:
        # one part open and the weights' licence unread: open weights would make it partial at least, closed
        # ones closed, so it is not decided (unknown is for what could not be read; held-out release round 30)
        lvl, why = (
            Level.UNKNOWN,
            f"Openly licensed: {', '.join(opened)}; the weights' license could not be read, and whether the "
            "licensing is partly open turns on it.",
        )
    else:
        lvl, why = (
            Level.CLOSED,
            (
                "Licensing is not open: "
                + "; ".join(f"{k} {v.value}" for k, v in parts.items() if not (k == "code" and no_pipeline))
                + silent
                + "."
            ),
        )
    out["licenses"] = _param(
        lvl,
        why,
        f.evidence("weights-license", "code-license", "license-disagreement", limit=5),
        ["weights-license", "code-license", "training-data"],
    )

    # legacy access parameters
    pk = f.data("package-api")
    if pk.get("package"):
        out["package"] = _param(
            Level.OPEN, f"Installable package: {pk['package']}.", f.evidence("package-api"), ["package-api"]
        )
    else:
        out["package"] = _param(Level.UNKNOWN, "No versioned package was found.", [], ["package-api"])
    if pk.get("api"):
        out["api"] = _param(
            Level.PARTIAL,
            "An API is mentioned; whether access is unrestricted is not known.",
            f.evidence("package-api"),
            ["package-api"],
        )
    else:
        out["api"] = _param(Level.UNKNOWN, "No API is mentioned.", [], ["package-api"])
    return {k: out[k] for k in LEGACY_PARAMETERS}


def _points(levels: Mapping[str, Level], keys: Sequence[str]) -> float:
    return sum(levels[k].points for k in keys)


def score(levels: Mapping[str, Level], keys: Sequence[str] = PARAMETERS) -> float:
    """The index's score over some parameters: the mean of their points (`Level.points`)."""
    return round(_points(levels, keys) / len(keys), 4)


def evaluate(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> Verdict:
    """The OSAI verdict: label = score as a percentage, details = every parameter."""
    params = parameters(findings, parents)
    current = {k: params[k] for k in PARAMETERS}
    levels = {k: Level(v["level"]) for k, v in params.items()}
    total = score(levels)
    known = [k for k in PARAMETERS if current[k]["level"] != "unknown"]
    details = {
        "score": total,
        "score_known_only": score(levels, known) if known else None,
        "score_convention": SCORE_CONVENTION,
        "unknown": [k for k in PARAMETERS if current[k]["level"] == "unknown"],
        "parameters": current,
        "groups": {g: score(levels, keys) for g, keys in GROUPS.items()},
        "legacy": {
            "score": score(levels, LEGACY_PARAMETERS),
            "sum": _points(levels, LEGACY_PARAMETERS),
            "parameters": {k: {"level": v["level"], "reason": v["reason"]} for k, v in params.items()},
        },
    }
    missing = [f"{k}: {current[k]['reason']}" for k in PARAMETERS if current[k]["level"] != "open"]
    probes = sorted({p for v in current.values() for p in v["probes"]})
    return Verdict(
        framework="osai",
        label=f"{total * 100:.1f}%",
        score=total,
        missing=missing,
        findings=probes,
        details=details,
    )
