"""Assess the built-in index: every entry through the real pipeline, with its reviews.

For each entry the probes run once over its snapshot (no network). The frameworks then run
twice: on the automated findings (what automation alone says) and on the findings with reviews
applied; the published document is the reviewed one, carrying the automated results beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from opengauge.index.entry import IndexEntry
from opengauge.index.errors import IndexDataError
from opengauge.index.load import catalog_clauses, entry_release
from opengauge.index.reviews import apply_reviews, override_findings


def _pipeline() -> tuple[Callable, Callable, Callable]:
    try:
        from opengauge.assess import assessment_document
        from opengauge.frameworks import evaluate_all
        from opengauge.probes import run_probes
    except ImportError as exc:  # pragma: no cover - every layer ships in the package
        raise IndexDataError(f"the assessment layer is not available in this build ({exc})") from exc
    return run_probes, evaluate_all, assessment_document


def entry_meta(entry: IndexEntry) -> dict[str, Any]:
    """The index facts a table or page shows beside the assessment."""
    rel = entry.release
    return {
        "id": entry.id,
        "name": entry.name,
        "organisation": entry.organisation,
        "type": entry.type,
        "family": entry.family,
        "released": entry.released,
        "checked": entry.checked,
        "url": rel.url,
        "closed_reference": entry.closed_reference,
        "osai_family": entry.osai,
        "base_models": list(rel.base_models),
        "datasets": [d.id for d in rel.datasets],
        "code_repos": [r.url for r in rel.code_repos],
        "papers": list(rel.papers),
    }


def _assessment(release, findings, verdicts, now):
    from opengauge import __version__
    from opengauge.model import Assessment

    g7 = next(v for v in verdicts if v.framework == "g7")
    return Assessment(release_ref=release.ref, revision=release.revision, label=g7.label, findings=findings,
                      verdicts=verdicts, created_at=now, tool_version=__version__)


def assess_entry(entry: IndexEntry, *, license_cache: dict | None = None, now: datetime | None = None) -> dict[str, Any]:
    """The reviewed `opengauge.assessment/1` document of one entry (plus `index`, `reviews`)."""
    run_probes, evaluate_all, assessment_document = _pipeline()
    now = now or datetime.now(UTC)
    release = entry_release(entry)
    findings = run_probes(release, license_cache=license_cache if license_cache is not None else {})
    automated = assessment_document(_assessment(release, findings, evaluate_all(findings), now))
    reviewed_findings = override_findings(findings, entry)
    reviewed = assessment_document(_assessment(release, reviewed_findings, evaluate_all(reviewed_findings), now))
    doc = apply_reviews(reviewed, entry, automated=automated)
    doc["release"]["problems"] = list(release.problems)
    lic = doc.get("license") or {}
    if not lic.get("clauses"):
        # A catalog-referenced license has no text in the snapshot: show the catalog's clause
        # types (no line, no quote) under their own key, never as if quoted from a text.
        lic["catalog_clauses"] = catalog_clauses((lic.get("license") or {}).get("id"))
    doc["index"] = entry_meta(entry)
    return doc


def assess_index(
    entries: Iterable[IndexEntry], *, progress: Callable[[IndexEntry], None] | None = None
) -> list[dict[str, Any]]:
    """Reviewed documents of every entry, in the order given (one shared license cache)."""
    cache: dict = {}
    now = datetime.now(UTC)
    out = []
    for entry in entries:
        if progress is not None:
            progress(entry)
        out.append(assess_entry(entry, license_cache=cache, now=now))
    return out
