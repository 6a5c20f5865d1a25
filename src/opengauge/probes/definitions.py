"""Probe definitions, kept as data beside the code (one YAML file per probe in `defs/`).

In the way OpenSSF Scorecard keeps `def.yml` next to each probe, a definition says what the
probe asks, why it matters, how it decides, what each outcome means and how a publisher turns a
negative outcome into a positive one. The CLI (`opengauge explain`), the docs and the website
all read these files.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from opengauge.probes.errors import ProbeError


class Remediation(BaseModel):
    """How a publisher fixes a negative outcome."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    effort: str
    """`low`, `medium` or `high`."""
    text: str


class Rule(BaseModel):
    """One rule of how a probe (or the framework parameter it feeds) decides, with where it comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    rule: str
    """The rule, in plain words (level: condition)."""
    source: str
    """Where the rule comes from: a framework's text, the experts' own notes, or opengauge's choice."""


class ProbeDefinition(BaseModel):
    """What one probe asks and how to act on its answer."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    id: str
    short: str
    """One line: what the probe checks."""
    question: str
    """The question it answers about a release."""
    motivation: str
    """Why the answer matters for openness."""
    implementation: str
    """How the probe decides, from which facts of the release."""
    outcomes: dict[str, str] = Field(default_factory=dict)
    """What each level (open, partial, closed, unknown) means for this probe."""
    remediation: Remediation
    decides: list[Rule] = Field(default_factory=list)
    """The rules it decides by, each with its source (the OSAI rubric, the experts' notes...)."""
    differs: str | None = None
    """Where opengauge deliberately differs from the experts, and why."""
    frameworks: list[str] = Field(default_factory=list)
    """Which framework parameters or components use this probe."""


@lru_cache(maxsize=1)
def probe_definitions() -> dict[str, ProbeDefinition]:
    """Every shipped probe definition, by id (cached)."""
    out: dict[str, ProbeDefinition] = {}
    root = resources.files("opengauge.probes") / "defs"
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".yaml"):
            continue
        try:
            data = yaml.safe_load(item.read_text(encoding="utf-8"))
            definition = ProbeDefinition.model_validate(data)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValidationError) as exc:  # a bug in the package
            raise ProbeError(f"probe definition {item.name}: {exc}") from exc
        if item.name != f"{definition.id}.yaml":
            raise ProbeError(
                f"probe definition {item.name}: id {definition.id!r} does not match the file name"
            )
        out[definition.id] = definition
    return out


def get_definition(probe_id: str) -> ProbeDefinition:
    """The definition of one probe, or a `ProbeError` naming the known ids."""
    defs = probe_definitions()
    if probe_id not in defs:
        known = ", ".join(sorted(defs))
        raise ProbeError(f"unknown probe {probe_id!r}; known probes: {known}", exit_code=2)
    return defs[probe_id]
