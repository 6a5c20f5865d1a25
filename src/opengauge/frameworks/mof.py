"""The Model Openness Framework (LF AI & Data): 17 components, three cumulative classes.

Each component is included or missing, and an included one must carry an open license (open
source for code, open data / open content licenses for data, weights and documents), with a
warning when the license is open but not the kind meant for that content type. Class rules follow
the Model Openness Tool: the paper may replace the technical report; a class counts only when
every less demanding class is complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from opengauge.frameworks.common import Findings, FindingsLike
from opengauge.licenses.facts import is_open_content, mof_appropriate
from opengauge.model import Assessment, Level, LicenseVerdict, Verdict


@dataclass(frozen=True)
class Component:
    id: int
    name: str
    type: str
    klass: str
    required: bool


COMPONENTS = (
    Component(9, "Model architecture", "code", "III", True),
    Component(10, "Model parameters (Final)", "data", "III", True),
    Component(12, "Evaluation results", "document", "III", True),
    Component(13, "Model card", "document", "III", True),
    Component(14, "Data card", "document", "III", True),
    Component(11, "Technical report", "document", "III", True),
    Component(20, "Sample model outputs", "document", "III", False),
    Component(7, "Training code", "code", "II", True),
    Component(8, "Inference code", "code", "II", True),
    Component(18, "Evaluation code", "code", "II", True),
    Component(19, "Evaluation data", "data", "II", True),
    Component(22, "Supporting libraries and tools", "code", "II", False),
    Component(15, "Datasets", "data", "I", True),
    Component(16, "Data preprocessing code", "code", "I", True),
    Component(24, "Model parameters (Intermediate)", "data", "I", True),
    Component(21, "Research paper", "document", "I", True),
    Component(17, "Model metadata", "data", "I", False),
)
CLASS_ORDER = ("III", "II", "I")
CLASS_LABELS = {
    "III": "Class III - Open Model",
    "II": "Class II - Open Tooling Model",
    "I": "Class I - Open Science Model",
}


@dataclass
class _License:
    id: str | None
    verdict: LicenseVerdict

    def is_open(self) -> bool:
        if self.verdict.is_open:
            return True
        return self.id is not None and is_open_content(self.id)


#: the components each class requires (before the research paper may stand in for the report)
_REQUIRED = {
    k: tuple(c.name for c in COMPONENTS if c.required and CLASS_ORDER.index(c.klass) <= CLASS_ORDER.index(k))
    for k in CLASS_ORDER
}
_OPEN = frozenset({Level.OPEN})
_OPEN_OR_PARTIAL = frozenset({Level.OPEN, Level.PARTIAL})
#: Components decided by one probe: component id -> (probe id, levels that count as included).
_ONE_PROBE: dict[int, tuple[str, frozenset[Level]]] = {
    10: ("weights-published", _OPEN_OR_PARTIAL),
    12: ("evaluation-results", _OPEN_OR_PARTIAL),
    13: ("model-card", _OPEN_OR_PARTIAL),
    14: ("data-documentation", _OPEN_OR_PARTIAL),
    11: ("preprint", _OPEN_OR_PARTIAL),
    7: ("training-code", _OPEN),
    8: ("inference-code", _OPEN),
    18: ("evaluation-code", _OPEN),
    16: ("data-processing-code", _OPEN),
    24: ("intermediate-checkpoints", _OPEN),
}


def _included(f: Findings, comp: Component) -> tuple[bool, str, list[str]]:
    """(included?, why, probes) for one component, from the findings."""
    lv = f.level
    if comp.id == 9:
        ok = (
            lv("inference-code") is Level.OPEN
            or lv("training-code") is Level.OPEN
            or bool(f.data("architecture-hardware").get("config"))
        )
        return (
            ok,
            "model code or an architecture configuration is published"
            if ok
            else "no model code or configuration",
            ["inference-code", "training-code", "architecture-hardware"],
        )
    if comp.id in _ONE_PROBE:
        probe, accepted = _ONE_PROBE[comp.id]
        return lv(probe) in accepted, f.reason(probe), [probe]
    if comp.id == 20:
        return False, "sample outputs are not looked for", []
    if comp.id == 19:
        ok = lv("evaluation-results") in (Level.OPEN, Level.PARTIAL) and lv("evaluation-code") in (
            Level.OPEN,
            Level.PARTIAL,
        )
        why = (
            "results on public benchmarks with the evaluation tooling named"
            if ok
            else "evaluation data is not identified"
        )
        return ok, why, ["evaluation-results", "evaluation-code"]
    if comp.id == 22:
        ok = bool(f.data("package-api").get("package"))
        return ok, f.reason("package-api"), ["package-api"]
    if comp.id == 15:
        td = f.data("training-data")
        ok = bool(td.get("datasets")) and bool(td.get("all_public"))
        return ok, f.reason("training-data"), ["training-data"]
    if comp.id == 21:
        ok = lv("peer-reviewed-paper") is Level.OPEN or lv("preprint") is Level.OPEN
        return (
            ok,
            ("a paper (or a detailed preprint standing for it) is published" if ok else "no research paper"),
            ["peer-reviewed-paper", "preprint"],
        )
    if comp.id == 17:
        ok = bool(f.data("architecture-hardware").get("config"))
        return (
            ok,
            "a machine-readable configuration is published" if ok else "no model metadata file",
            ["architecture-hardware"],
        )
    raise AssertionError(comp)


def _licenses(f: Findings) -> dict[str, _License]:
    terms = f.terms()
    dist = (
        _License(terms.spdx or terms.license_id, terms.verdict)
        if terms
        else _License(None, LicenseVerdict.UNKNOWN)
    )
    repos = f.data("code-license").get("repos") or {}
    known = [v for v in repos.values() if v.get("verdict") not in (None, "unknown")]
    if known:
        # the least open code license decides (anything not open counts as equally bad)
        worst = max(known, key=lambda v: min(LicenseVerdict(v["verdict"]).rank, 2))
        code = _License(worst.get("license"), LicenseVerdict(worst["verdict"]))
    else:
        lib = f.data("inference-code").get("library")
        code = (
            _License("Apache-2.0", LicenseVerdict.OSI_OPEN) if lib == "transformers" and not repos else dist
        )
    datasets = f.data("training-data").get("datasets") or []
    data_lic = dist
    if datasets:
        lic = [d for d in datasets if d.get("license")]
        if lic and len(lic) == len(datasets):
            bad = [d for d in lic if not d.get("open_license")]
            data_lic = _License(
                (bad or lic)[0]["license"], LicenseVerdict.RESTRICTED if bad else LicenseVerdict.OPEN_NON_OSI
            )
    return {"distribution": dist, "code": code, "datasets": data_lic}


def evaluate(findings: FindingsLike, parents: Sequence[Assessment] = ()) -> Verdict:
    f = Findings.of(findings)
    lic = _licenses(f)
    comps: dict[str, dict[str, Any]] = {}
    for comp in COMPONENTS:
        ok, why, probes = _included(f, comp)
        if comp.id == 15:
            license_ = lic["datasets"]
        elif comp.type == "code":
            license_ = lic["code"]
        else:
            license_ = lic["distribution"]
        entry: dict[str, Any] = {
            "id": comp.id,
            "type": comp.type,
            "class": comp.klass,
            "required": comp.required,
            "reason": why,
            "probes": probes,
            "license": license_.id,
            "license_verdict": license_.verdict,
        }
        if not ok:
            entry.update(status="missing", license_open=None, type_appropriate=None)
        elif not license_.id and license_.verdict is LicenseVerdict.UNKNOWN:
            entry.update(status="unlicensed", license_open=False, type_appropriate=False)
        elif not license_.is_open():
            entry.update(status="invalid", license_open=False, type_appropriate=False)
        else:
            appropriate = license_.id is not None and mof_appropriate(license_.id, comp.type)
            entry.update(status="included", license_open=True, type_appropriate=appropriate)
            if not appropriate:
                entry["warning"] = f"should have a type-appropriate open license for {comp.type}"
        comps[comp.name] = entry

    def included(name: str) -> bool:
        return bool(comps[name]["status"] == "included")

    required = {k: list(names) for k, names in _REQUIRED.items()}
    notes: list[str] = []
    # The research paper may stand in for the technical report (MOT rule).
    if not included("Technical report") and comps["Research paper"]["status"] != "missing":
        for k in CLASS_ORDER:
            required[k] = [n for n in required[k] if n != "Technical report"]
            if k in ("III", "II") and "Research paper" not in required[k]:
                required[k].append("Research paper")
        notes.append("the research paper stands in for the technical report")
    progress: dict[str, float] = {}
    complete_below = True
    for k in CLASS_ORDER:
        names = required[k]
        done = sum(1 for n in names if included(n))
        pct = (done / len(names)) if names else 0.0
        progress[k] = round(min(pct, 1.0) * 100, 1) if complete_below else 0.0
        complete_below = complete_below and done == len(names)
    reached = None
    for k in CLASS_ORDER:
        if progress[k] >= 100.0:
            reached = k
    nxt = {None: "III", "III": "II", "II": "I", "I": None}[reached]
    missing_next = [n for n in required[nxt] if not included(n)] if nxt else []
    missing_desc = [f"{n} ({comps[n]['status']}: {comps[n]['reason']})" for n in missing_next]
    warnings = [f"{n}: {c['warning']}" for n, c in comps.items() if c.get("warning")]
    label = CLASS_LABELS[reached] if reached else "Unclassified"
    total = round(sum(progress.values()) / 3, 1)
    details: dict[str, Any] = {
        "class": reached,
        "class_label": label,
        "progress": progress,
        "total_progress": total,
        "next_class": nxt,
        "missing_for_next_class": missing_next,
        "components": comps,
        "warnings": warnings,
        "notes": notes,
        "licenses": {k: {"id": v.id, "verdict": v.verdict, "open": v.is_open()} for k, v in lic.items()},
    }
    probes = sorted({p for c in comps.values() for p in c["probes"]})
    return Verdict(
        framework="mof",
        label=label,
        score=total / 100,
        missing=missing_desc,
        findings=probes,
        details=details,
    )
