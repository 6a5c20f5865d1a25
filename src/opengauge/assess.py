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

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from opengauge import __version__
from opengauge.frameworks import evaluate_all
from opengauge.frameworks.common import Findings
from opengauge.model import MAX_PARENTS, Assessment, Finding, Label, Release
from opengauge.probes import run_probes
from opengauge.probes.lineage import unexamined_bases
from opengauge.sources.refs import hub_key

#: Base models assessed at most this deep (the sources stop the chain earlier).
MAX_LINEAGE = 5


class LineageOracle(Protocol):
    """Somewhere to find a base model that was not fetched (the built-in index is one)."""

    def assess(self, ref: str, assessor: Assessor) -> Assessment | None:
        """The base model's assessment, or None when this oracle does not know it."""
        ...


class Assessor:
    """Assesses releases and their base models, sharing one cache of readings and parent
    assessments (use one per batch: the index, an evaluation, an audit).

    Every declared base model (`Release.base_models`; a merge names several) is examined: the
    fetched chain (`Release.lineage`, which follows the first base) first, else the `lineage`
    oracle. A base no route could examine is handed to the probes as unexamined."""

    def __init__(
        self,
        *,
        now: datetime | None = None,
        lineage: LineageOracle | None = None,
        readings: dict[Any, Any] | None = None,
    ) -> None:
        self.now = now
        self.lineage = lineage
        self._cache: dict[Any, Any] = readings if readings is not None else {}
        """The readings shared by every release assessed (content-keyed; a bounded mapping may be given)."""
        self._parents: dict[tuple[Any, ...], Assessment] = {}
        self._looked_up: dict[str, Assessment | None] = {}
        self._stack: list[str] = []
        self._resolve: Callable[[str], Release | None] | None = None

    def assess(
        self,
        release: Release,
        *,
        keep: bool = False,
        resolve: Callable[[str], Release | None] | None = None,
    ) -> Assessment:
        """Every probe and framework over a release, with its base models assessed first.

        A release already assessed by this assessor as the base model of another, with the same
        chain of ancestors, is not assessed again (only its `created_at` is this run's). With `keep`,
        the assessment is kept for the releases that name this one as their base model (an audit's
        row that is another row's base). Both only without a lineage oracle, whose lookups depend
        on where in a chain a release is met.

        `resolve` (without an oracle) finds the release of a base model beyond the first chain (a
        merge's other parents) by its reference, with its own chain, or None: an audit resolves them
        from its rows, then the built-in index. Each is assessed once, kept under what was read of it."""
        chain = list(release.lineage[:MAX_LINEAGE])
        if self.lineage is not None:
            return self._assess(release, chain)
        key = _chain_key(release, chain)
        done = self._parents.get(key)
        if done is None:
            self._resolve = resolve
            try:
                done = self._assess(release, chain)
            finally:
                self._resolve = None
            if keep:
                self._parents[key] = done
            return done
        now = self.now or datetime.now(UTC)
        return done if done.created_at == now else done.model_copy(update={"created_at": now})

    def clear_readings(self) -> None:
        """Forget the shared license analyses (keyed by content; a long run calls this to bound
        memory); the base models' assessments are kept."""
        self._cache.clear()

    def _assess(self, release: Release, chain: Sequence[Release]) -> Assessment:
        parents: list[Assessment] = []
        unexamined: list[str] = []
        self._stack.append(hub_key(release.ref))
        try:
            fetched = {hub_key(p.ref): p for p in release.other_parents}
            for i, base in enumerate(release.base_models[:MAX_PARENTS]):
                if i == 0 and chain:
                    found: Assessment | None = self._parent(chain, rest=chain[1:])
                elif (other := fetched.get(hub_key(base))) is not None:
                    # a merge's other parent as the source fetched it, with its own chain
                    parent_chain = [other, *other.lineage[: MAX_LINEAGE - 1]]
                    found = self._parent(parent_chain, rest=parent_chain[1:])
                else:
                    found = self._look_up(base)
                if found is None:
                    unexamined.append(base)
                else:
                    parents.append(found)
            teachers = self._teachers(release)
        finally:
            self._stack.pop()
        # lineage never launders: an ancestor no route could examine binds through every
        # generation, so a parent's unexamined bases are this release's too
        for parent in parents:
            unexamined.extend(u for u in unexamined_bases(parent) if u not in unexamined)
        findings = run_probes(
            release, parents=parents, unexamined=unexamined, teachers=teachers, cache=self._cache
        )
        return _judged(release.ref, release.revision, findings, parents, self.now or datetime.now(UTC))

    def _teachers(self, release: Release) -> list[Assessment]:
        """The distillation teachers the card names, assessed as fetched (each with its own chain), else
        looked up as a base model is; one no route examines is left out: a teacher binds only through
        what its licence is read to say (`probes.license.teacher_readings`), and distillation is no
        lineage, so an unread teacher leaves the release's own terms standing."""
        fetched = {hub_key(t.ref): t for t in release.teachers}
        out: list[Assessment] = []
        for ref in release.teacher_models:
            if (teacher := fetched.get(hub_key(ref))) is not None:
                chain = [teacher, *teacher.lineage[: MAX_LINEAGE - 1]]
                found: Assessment | None = self._parent(chain, rest=chain[1:])
            else:
                found = self._look_up(ref)
            if found is not None:
                out.append(found)
        return out

    def _parent(self, chain: Sequence[Release], rest: Sequence[Release]) -> Assessment:
        parent = chain[0]
        key = _chain_key(parent, rest)
        if key not in self._parents:
            self._parents[key] = self._assess(parent, rest)
        return self._parents[key]

    def _look_up(self, ref: str) -> Assessment | None:
        key = hub_key(ref)
        if key in self._stack or len(self._stack) > MAX_LINEAGE:
            return None  # a cycle, or deeper than any real lineage
        if self.lineage is None:
            found = self._resolve(ref) if self._resolve is not None else None
            if found is None:
                return None
            self._stack.append(key)
            try:
                chain = [found, *found.lineage[: MAX_LINEAGE - 1]]
                return self._parent(chain, rest=chain[1:])
            finally:
                self._stack.pop()
        if key not in self._looked_up:
            self._stack.append(key)
            try:
                self._looked_up[key] = self.lineage.assess(ref, self)
            finally:
                self._stack.pop()
        return self._looked_up[key]


def _chain_key(release: Release, chain: Sequence[Release]) -> tuple[Any, ...]:
    """What a base model's assessment is kept under: the release and the ancestors it was judged with,
    each by what was read of it, not only its reference: the same repository read two ways (an audit's
    row with its card, the built-in index's entry without) is two releases, so which of them an
    assessor met first never changes the other's assessment."""
    return (_read_key(release), tuple(_read_key(r) for r in chain))


def _read_key(release: Release) -> tuple[Any, ...]:
    return (
        release.ref,
        release.revision,
        release.source,
        release.retrieved_at,
        len(release.files),
        tuple((d.path, d.kind, len(d.text)) for d in release.documents),
    )


def _judged(
    ref: str,
    revision: str | None,
    findings: list[Finding],
    parents: Sequence[Assessment],
    now: datetime | None,
) -> Assessment:
    indexed = Findings(findings)
    verdicts = evaluate_all(indexed, parents)
    g7 = next(v for v in verdicts if v.framework == "g7")
    return Assessment(
        release_ref=ref,
        revision=revision,
        label=Label(g7.label),
        findings=findings,
        verdicts=verdicts,
        terms=indexed.terms(),
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


def assess(
    release: Release, *, now: datetime | None = None, lineage: LineageOracle | None = None
) -> Assessment:
    """Run every probe and framework over a release (and its base models: the fetched ones, else
    those `lineage` knows). Pure: never touches the network."""
    return Assessor(now=now, lineage=lineage).assess(release)


__all__ = ["MAX_LINEAGE", "Assessor", "LineageOracle", "assess", "revise"]
