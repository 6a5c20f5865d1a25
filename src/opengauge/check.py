"""`opengauge check`: an assessment compared with a publisher's requirements.

    from opengauge.check import parse_requirement, check
    result = check(document, assessment, release, [parse_requirement("label=open-source-ai")])

Requirements (`--require`, `[tool.opengauge] require = [...]` in pyproject.toml, or `require:` in
`.opengauge.yaml`):

    label=<label>               the headline label is this open or more (label=open-weights ...)
    mof=I|II|III                at least this Model Openness Framework class (I is the highest)
    osaid                       passes the OSI Open Source AI Definition
    osai>=0.75 (or >=75%)       OSAI index score at least this
    no-blocking-clauses         no clause in any binding document blocks open source
    param:<osai parameter>=<level>   e.g. param:trainingcode=open (open > partial > closed)
    probe:<probe id>=<level>    e.g. probe:training-data=partial

Every unmet requirement lists its problems: what is missing, how to fix it (the probe definitions'
remediation text) and where (file and line: the clause of a LICENSE, the card line a finding rests
on, or the end of the card's front matter for a key to add).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from opengauge.document import AssessmentDocument, BlockingClause, verdict_of
from opengauge.errors import InputError
from opengauge.model import Assessment, DocumentKind, Finding, Label, Level, Release

SCHEMA_ID: Literal["opengauge.check/1"] = "opengauge.check/1"
DEFAULT_REQUIREMENTS = ("label=open-source-ai",)
CONFIG_FILES = (".opengauge.yaml", ".opengauge.yml", "pyproject.toml")

_LEVEL_ORDER = {Level.OPEN: 2, Level.PARTIAL: 1, Level.CLOSED: 0, Level.UNKNOWN: 0}
_MOF_ORDER = {"I": 1, "II": 2, "III": 3}
_ANY = (Level.OPEN, Level.PARTIAL)

#: The probes each label needs, and the levels that satisfy them (G7: see frameworks/g7.py).
_LABEL_PROBES: dict[Label, dict[str, tuple[Level, ...]]] = {}
_WEIGHTS = {
    "weights-published": (Level.OPEN, Level.PARTIAL),
    "weights-license": (Level.OPEN,),
    "inference-code": _ANY,
}
_OSAI_CODE = {
    "training-code": (Level.OPEN,),
    "data-processing-code": _ANY,
    "code-license": (Level.OPEN, Level.UNKNOWN),
    "training-data": _ANY,
    "data-documentation": _ANY,
}
_LABEL_PROBES[Label.WEIGHTS_AVAILABLE] = {"weights-published": (Level.OPEN, Level.PARTIAL)}
_LABEL_PROBES[Label.OPEN_WEIGHTS] = dict(_WEIGHTS)
_LABEL_PROBES[Label.OPEN_SOURCE_AI] = {**_WEIGHTS, **_OSAI_CODE}
# the full data released stands for its data information (frameworks/g7.py), so no datasheet is needed
_LABEL_PROBES[Label.OPEN_SOURCE_AI_WITH_OPEN_DATA] = {
    **{k: v for k, v in _OSAI_CODE.items() if k != "data-documentation"},
    **_WEIGHTS,
    "training-data": (Level.OPEN,),
}

#: OSAID checks (frameworks/osaid.py) -> the probes behind them.
_OSAID_PROBES = {
    "parameters": ("weights-published", "weights-license"),
    "code": ("training-code", "data-processing-code", "inference-code", "code-license"),
    "data_information": ("training-data", "data-documentation"),
    "open_data_shared": ("training-data",),
}

#: A probe whose evidence is absent is fixed in the card's front matter with this key.
FRONT_MATTER_KEYS = {
    "weights-license": "license",
    "training-data": "datasets",
    "data-documentation": "datasets",
    "lineage": "base_model",
    "evaluation-results": "model-index",
}


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Requirement(_Model):
    """One parsed requirement."""

    text: str
    """As written (normalised), e.g. `label=open-source-ai`."""
    kind: Literal["label", "mof", "osaid", "osai", "no-blocking-clauses", "param", "probe"]
    target: str | None = None
    """The label, MOF class, parameter or probe id."""
    level: Level | None = None
    threshold: float | None = None


class Location(_Model):
    file: str
    """Path of the file inside the release (e.g. `LICENSE`, `README.md`), or a URL."""
    url: str | None = None
    """Where a person reads it, when the release is remote."""
    line: int | None = None
    quote: str | None = None


class Problem(_Model):
    """Why a requirement is not met, and how to fix it."""

    message: str
    fix: str | None = None
    probe: str | None = None
    clause: str | None = None
    """The clause type, for a blocking clause."""
    front_matter_key: str | None = None
    """A key to add to the card's front matter, when the evidence is absent."""
    location: Location | None = None


class RequirementResult(_Model):
    requirement: str
    met: bool
    actual: str
    """What the release has, e.g. `weights-available`, `Class III`, `0.42`."""
    problems: list[Problem] = Field(default_factory=list)


class CheckResult(_Model):
    """The `opengauge.check/1` document."""

    schema_: Literal["opengauge.check/1"] = Field(SCHEMA_ID, alias="schema")
    release: str
    path: str | None = None
    """The local folder checked, when it is one."""
    passed: bool
    label: Label
    osai_score: float
    mof_class: str | None
    osaid_passes: bool
    requirements: list[RequirementResult]
    config: str | None = None
    """The file the requirements came from, when not from the command line."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


# ----------------------------------------------------------------------------- parsing
def parse_requirement(text: str) -> Requirement:
    """Parse one requirement; raises `InputError` (exit 2) on a bad one."""
    from opengauge.frameworks.osai import PARAMETERS
    from opengauge.probes import probe_definitions

    raw = text.strip()
    t = raw.lower().replace(" ", "")
    if t in ("osaid", "osaid=pass", "osaid=passes", "osaid=true"):
        return Requirement(text="osaid", kind="osaid")
    if t in ("no-blocking-clauses", "noblockingclauses"):
        return Requirement(text="no-blocking-clauses", kind="no-blocking-clauses")
    m = re.fullmatch(r"label=(.+)", t)
    if m:
        try:
            label = Label(m.group(1))
        except ValueError:
            raise InputError(
                f"--require {raw!r}: unknown label; choose one of {', '.join(x.value for x in Label)}"
            ) from None
        return Requirement(text=f"label={label.value}", kind="label", target=label.value)
    m = re.fullmatch(r"mof=(?:class)?(i{1,3})", t)
    if m:
        cls = m.group(1).upper()
        return Requirement(text=f"mof={cls}", kind="mof", target=cls)
    m = re.fullmatch(r"osai>=([0-9]*\.?[0-9]+)(%?)", t)
    if m:
        value = float(m.group(1)) / (100 if m.group(2) else 1)
        if not 0 <= value <= 1:
            raise InputError(f"--require {raw!r}: the OSAI score is between 0 and 1 (or 0% and 100%)")
        return Requirement(text=f"osai>={value:g}", kind="osai", threshold=value)
    m = re.fullmatch(r"(param|probe):([a-z0-9_-]+)=([a-z]+)", t)
    if m:
        kind: Literal["param", "probe"] = "param" if m.group(1) == "param" else "probe"
        target, level_text = m.group(2), m.group(3)
        if level_text not in ("open", "partial", "closed"):
            raise InputError(f"--require {raw!r}: the level is open, partial or closed")
        known = PARAMETERS if kind == "param" else tuple(probe_definitions())
        if target not in known:
            raise InputError(f"--require {raw!r}: unknown {kind}; known: {', '.join(known)}")
        return Requirement(
            text=f"{kind}:{target}={level_text}", kind=kind, target=target, level=Level(level_text)
        )
    raise InputError(
        f"--require {raw!r}: not a requirement; use label=LABEL, mof=I|II|III, osaid, osai>=0.75, "
        "no-blocking-clauses, param:PARAMETER=LEVEL or probe:PROBE=LEVEL"
    )


def load_config(folder: Path | None, cwd: Path | None = None) -> tuple[list[str], str | None]:
    """Requirements from `.opengauge.yaml` or `[tool.opengauge]` in `pyproject.toml`, looked up in
    the checked folder, then the current folder. Returns (requirements, file) or ([], None)."""
    from opengauge.textio import load_yaml_no_aliases, read_text_file

    places = [p for p in dict.fromkeys(x.resolve() for x in (folder, cwd or Path.cwd()) if x is not None)]
    for place in places:
        for name in CONFIG_FILES:
            path = place / name
            if not path.is_file():
                continue
            text = read_text_file(path, max_bytes=1_000_000)
            if name == "pyproject.toml":
                try:
                    data = tomllib.loads(text)
                except tomllib.TOMLDecodeError as exc:
                    raise InputError(f"{path}: not valid TOML: {exc}") from None
                section = data.get("tool", {}).get("opengauge")
                if section is None:
                    continue
            else:
                try:
                    section = load_yaml_no_aliases(text)
                except Exception as exc:  # yaml.YAMLError, imported lazily
                    raise InputError(f"{path}: not valid YAML: {exc}") from None
            if not isinstance(section, dict):
                raise InputError(f"{path}: the opengauge settings must be a mapping with `require`")
            req = section.get("require", [])
            if isinstance(req, str):
                req = [req]
            if not isinstance(req, list) or not all(isinstance(r, str) for r in req):
                raise InputError(f"{path}: `require` must be a list of strings")
            return list(req), str(path)
    return [], None


# ----------------------------------------------------------------------------- evaluation
class _Context:
    def __init__(self, doc: AssessmentDocument, assessment: Assessment, release: Release | None) -> None:
        from opengauge.probes import probe_definitions

        self.doc = doc
        self.assessment = assessment
        self.findings: dict[str, Finding] = {f.probe: f for f in doc.findings}
        self.defs = probe_definitions()
        self.card, self.front_matter_line = _card(release)
        #: the release's own documents: URL -> path in the repo (a snapshot cites URLs)
        self.paths = {d.url: d.path for d in (release.documents if release else []) if d.url}

    def local(self, loc: Location | None) -> Location | None:
        """A location in the release's own repo as a path in it (a snapshot cites URLs, a finding
        may cite `REF:path`)."""
        if loc is None:
            return loc
        if loc.file in self.paths:
            return loc.model_copy(update={"file": self.paths[loc.file].split("#", 1)[0], "url": loc.file})
        prefix = self.doc.release.ref + ":"
        if loc.file.startswith(prefix):
            return loc.model_copy(update={"file": loc.file[len(prefix) :].split("#", 1)[0]})
        return loc

    def remediation(self, probe: str) -> str | None:
        d = self.defs.get(probe)
        return d.remediation.text if d else None

    def finding_problem(self, probe: str, *, prefix: str = "") -> Problem | None:
        f = self.findings.get(probe)
        if f is None:
            return None
        loc = self.local(_location(f))
        key = None
        # a key to declare fixes missing facts; a license that restricts is fixed in its text
        if probe in FRONT_MATTER_KEYS and (
            f.level is Level.UNKNOWN or (f.level is Level.CLOSED and probe != "weights-license")
        ):
            key = FRONT_MATTER_KEYS[probe]
            if loc is None or loc.line is None:
                loc = Location(file=self.card, line=self.front_matter_line)
        fix = self.remediation(probe)
        if key:
            fix = (fix + " " if fix else "") + f"If it applies, declare `{key}:` in the card's front matter."
        return Problem(
            message=f"{prefix}{probe} is {f.level.value}: {f.reason}",
            fix=fix,
            probe=probe,
            front_matter_key=key,
            location=loc,
        )

    def probe_problems(self, wanted: dict[str, tuple[Level, ...]]) -> list[Problem]:
        out = []
        for probe, ok in wanted.items():
            f = self.findings.get(probe)
            if f is None or f.level in ok:
                continue
            if probe == "weights-license" and self.doc.blocking_clauses:
                out.extend(self.clause_problems())
                continue
            p = self.finding_problem(probe)
            if p is not None:
                out.append(p)
        return out

    def clause_problems(self) -> list[Problem]:
        from opengauge.licenses.taxonomy import CLAUSE_TYPES

        out = []
        for c in self.doc.blocking_clauses:
            row = CLAUSE_TYPES.get(c.type)
            name = row.name if row else c.type
            out.append(
                Problem(
                    message=f"{name} ({c.type}) blocks open source: \u201c{_short(c.quote)}\u201d",
                    fix=(f"{row.explanation} " if row else "")
                    + "Remove or replace this clause (see `opengauge explain weights-license`).",
                    probe="weights-license",
                    clause=c.type,
                    location=self.local(_clause_location(c)),
                )
            )
        return out


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "..."


def _card(release: Release | None) -> tuple[str, int]:
    """The card's path and the line where a front-matter key goes (its closing `---`, or 1)."""
    if release is None:
        return "README.md", 1
    card = next((d for d in release.documents if d.kind is DocumentKind.MODEL_CARD), None)
    if card is None:
        return "README.md", 1
    lines = card.text.splitlines()
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=2):
            if line.strip() in ("---", "..."):
                return card.path, i
    return card.path, 1


def _is_path(source: str) -> bool:
    return "://" not in source and not source.startswith(("hf:", "gh:", "local:"))


def _location(f: Finding) -> Location | None:
    """The first piece of evidence with a line, else the first with a place."""
    ev = [e for e in f.evidence if e.source]
    best = next((e for e in ev if e.line), None) or (ev[0] if ev else None)
    if best is None:
        return None
    source = best.source.split("#", 1)[0] if _is_path(best.source) else best.source
    return Location(file=source, line=best.line, quote=_short(best.quote) if best.quote else None)


def _clause_location(c: BlockingClause) -> Location | None:
    if not c.document:
        return None
    source = c.document.split("#", 1)[0] if _is_path(c.document) else c.document
    return Location(file=source, line=c.line, quote=" ".join(c.quote.split()))


def _evaluate(req: Requirement, ctx: _Context) -> RequirementResult:
    doc = ctx.doc
    fw = doc.frameworks
    problems: list[Problem] = []
    if req.kind == "label":
        want = Label(req.target or "")
        actual = doc.label.value
        met = doc.label.rank <= want.rank
        if not met:
            wanted = _LABEL_PROBES.get(want, _LABEL_PROBES[Label.OPEN_WEIGHTS])
            problems = ctx.probe_problems(wanted)
            if not problems:
                problems = [Problem(message=m) for m in fw.g7.missing] or [Problem(message=doc.label_reason)]
    elif req.kind == "mof":
        want_n = _MOF_ORDER[req.target or "III"]
        actual_n = _MOF_ORDER.get(fw.mof.class_ or "", 99)
        actual = f"Class {fw.mof.class_}" if fw.mof.class_ else "Unclassified"
        met = actual_n <= want_n
        if not met:
            for name, comp in fw.mof.components.items():
                if not comp.required or _MOF_ORDER.get(comp.class_, 0) < want_n or comp.status == "included":
                    continue
                probe = next((p for p in comp.probes if p in ctx.findings), None)
                base = ctx.finding_problem(probe) if probe else None
                problems.append(
                    Problem(
                        message=f"MOF component '{name}' (Class {comp.class_}) is {comp.status}: "
                        + comp.reason,
                        fix=" ".join(dict.fromkeys(x for x in (ctx.remediation(p) for p in comp.probes) if x))
                        or None,
                        probe=probe,
                        front_matter_key=base.front_matter_key if base else None,
                        location=base.location if base else None,
                    )
                )
    elif req.kind == "osaid":
        met = fw.osaid.passes
        actual = "passes" if met else "fails"
        if not met:
            probes: dict[str, tuple[Level, ...]] = {}
            for check_name, ok in fw.osaid.checks.items():
                if not ok:
                    for probe_id in _OSAID_PROBES.get(check_name, ()):
                        probes[probe_id] = {
                            **_LABEL_PROBES[Label.OPEN_SOURCE_AI],
                            "training-data": (Level.OPEN,),
                        }[probe_id]
            problems = ctx.probe_problems(probes) or [Problem(message=m) for m in fw.osaid.missing]
    elif req.kind == "osai":
        score = fw.osai.score
        actual = f"{score:.2f}"
        met = score >= (req.threshold or 0) - 1e-9
        if not met:
            for name, param in fw.osai.parameters.items():
                if param.level is not Level.OPEN:
                    problems.append(_param_problem(name, param, ctx))
    elif req.kind == "no-blocking-clauses":
        actual = f"{len(doc.blocking_clauses)} blocking clause(s)"
        met = not doc.blocking_clauses
        problems = ctx.clause_problems()
    elif req.kind == "param":
        param = fw.osai.parameters[req.target or ""]
        actual = param.level.value
        met = _LEVEL_ORDER[param.level] >= _LEVEL_ORDER[req.level or Level.OPEN]
        if not met:
            problems = [_param_problem(req.target or "", param, ctx)]
    else:  # probe
        f = ctx.findings.get(req.target or "")
        level = f.level if f else Level.UNKNOWN
        actual = level.value
        met = _LEVEL_ORDER[level] >= _LEVEL_ORDER[req.level or Level.OPEN] and level is not Level.UNKNOWN
        if not met:
            pr = ctx.finding_problem(req.target or "")
            problems = [pr] if pr else [Problem(message=f"{req.target}: no finding")]
    return RequirementResult(requirement=req.text, met=met, actual=actual, problems=[] if met else problems)


def _param_problem(name: str, p: Any, ctx: _Context) -> Problem:
    from opengauge.frameworks.osai import PARAMETER_NAMES

    probes = [x for x in p.probes if x in ctx.findings]
    weak = [x for x in probes if ctx.findings[x].level is not Level.OPEN] or probes
    first = weak[0] if weak else None
    base = ctx.finding_problem(first) if first else None
    loc = base.location if base else None
    if loc is None and p.evidence:
        e = next((e for e in p.evidence if e.line), p.evidence[0])
        loc = ctx.local(
            Location(file=e.source.split("#", 1)[0] if _is_path(e.source) else e.source, line=e.line)
        )
    return Problem(
        message=f"OSAI parameter {PARAMETER_NAMES.get(name, name)} ({name}) is {p.level.value}: {p.reason}",
        fix=" ".join(dict.fromkeys(x for x in (ctx.remediation(q) for q in weak) if x)) or None,
        probe=first,
        front_matter_key=base.front_matter_key if base else None,
        location=loc,
    )


def check(
    doc: AssessmentDocument,
    assessment: Assessment,
    requirements: Sequence[Requirement],
    *,
    release: Release | None = None,
    path: str | None = None,
    config: str | None = None,
) -> CheckResult:
    """Compare an assessment with requirements."""
    ctx = _Context(doc, assessment, release)
    results = [_evaluate(r, ctx) for r in requirements]
    mof = verdict_of(assessment, "mof").details.get("class")
    return CheckResult(
        schema=SCHEMA_ID,
        release=doc.release.ref,
        path=path,
        passed=all(r.met for r in results),
        label=doc.label,
        osai_score=doc.frameworks.osai.score,
        mof_class=mof,
        osaid_passes=doc.frameworks.osaid.passes,
        requirements=results,
        config=config,
    )


def parse_requirements(texts: Iterable[str]) -> list[Requirement]:
    return [parse_requirement(t) for t in texts]


__all__ = [
    "DEFAULT_REQUIREMENTS",
    "SCHEMA_ID",
    "CheckResult",
    "Location",
    "Problem",
    "Requirement",
    "RequirementResult",
    "check",
    "load_config",
    "parse_requirement",
    "parse_requirements",
]
