"""Assessing a release: its base models first, then probes -> findings -> every framework -> the
headline label. Pure: never touches the network.

    from opengauge.assess import assess
    from opengauge.document import assessment_document
    doc = assessment_document(assess(release))

Lineage is handled here and only here: each base model of the fetched chain (`Release.lineage`,
nearest first) is assessed through this same function, once per assessment run (`Assessor`
caches by reference and revision), and its `Assessment` is handed to the probes and frameworks of
its derivative as typed data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from opengauge import __version__
from opengauge.frameworks import evaluate_all
from opengauge.frameworks.common import Findings
from opengauge.model import Assessment, Finding, Label, Release
from opengauge.probes import run_probes

#: Base models assessed at most this deep (the sources stop the chain earlier).
MAX_LINEAGE = 5


class Assessor:
    """Assesses releases and their base models, sharing one cache of readings and parent
    assessments (use one per batch: the index, an evaluation, an audit)."""

    def __init__(self, *, now: datetime | None = None) -> None:
        self.now = now
        self._cache: dict[Any, Any] = {}
        self._parents: dict[tuple[str, str | None], Assessment] = {}

    def assess(self, release: Release) -> Assessment:
        """Every probe and framework over a release, with its base models assessed first."""
        return self._assess(release, list(release.lineage[:MAX_LINEAGE]))

    def clear_readings(self) -> None:
        """Forget the cached readings of documents (they are keyed by object identity, so valid only
        while the releases read are alive: a long run over transient releases calls this between
        releases); the base models' assessments are kept."""
        self._cache.clear()

    def _assess(self, release: Release, chain: Sequence[Release]) -> Assessment:
        parents: list[Assessment] = []
        if chain:
            parent, rest = chain[0], chain[1:]
            key = (parent.ref, parent.revision)
            if key not in self._parents:
                self._parents[key] = self._assess(parent, rest)
            parents.append(self._parents[key])
        findings = run_probes(release, parents=parents, cache=self._cache)
        return _judged(release.ref, release.revision, findings, parents, self.now or datetime.now(UTC))


def _judged(
    ref: str,
    revision: str | None,
    findings: list[Finding],
    parents: Sequence[Assessment],
    now: datetime | None,
) -> Assessment:
    verdicts = evaluate_all(findings, parents)
    g7 = next(v for v in verdicts if v.framework == "g7")
    return Assessment(
        release_ref=ref,
        revision=revision,
        label=Label(g7.label),
        findings=findings,
        verdicts=verdicts,
        terms=Findings(findings).terms(),
        parents=list(parents),
        created_at=now,
        tool_version=__version__,
    )


def revise(assessment: Assessment, findings: list[Finding]) -> Assessment:
    """The same release judged again on changed findings (reviewed facts): every framework reruns
    with the same base models."""
    return _judged(
        assessment.release_ref, assessment.revision, findings, assessment.parents, assessment.created_at
    )


def assess(release: Release, *, now: datetime | None = None) -> Assessment:
    """Run every probe and framework over a release (and its fetched base models). Pure: never
    touches the network."""
    return Assessor(now=now).assess(release)


__all__ = ["MAX_LINEAGE", "Assessor", "assess", "revise"]
