"""Assess the built-in index: every entry through the real pipeline (`opengauge.assess`), with its
reviews applied once as a typed overlay.

For each entry the release is assessed once (no network); reviewed findings then feed every
framework again (`revise`), and the published document is the reviewed one, carrying the
automated results beside every change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from opengauge.assess import Assessor, revise
from opengauge.document import AssessmentDocument, assessment_document
from opengauge.index.entry import IndexEntry
from opengauge.index.lineage import IndexLineage
from opengauge.index.load import catalog_clauses, entry_release
from opengauge.index.reviews import apply_reviews, entry_meta, override_findings


def index_assessor() -> Assessor:
    """An assessor whose base models not fetched are looked up in the built-in index."""
    return Assessor(now=datetime.now(UTC), lineage=IndexLineage())


def assess_entry(
    entry: IndexEntry, *, assessor: Assessor | None = None, reviews: bool = True
) -> AssessmentDocument:
    """The reviewed `opengauge.assessment/1` document of one entry (with `index` and `reviews`);
    with `reviews=False`, what automation alone says (with `index`, without any review)."""
    assessor = assessor or index_assessor()
    release = entry_release(entry)
    automated = assessor.assess(release)
    if not reviews:
        doc = assessment_document(automated, problems=release.problems)
        return doc.model_copy(update={"index": entry_meta(entry)})
    reviewed = revise(automated, override_findings(automated.findings, entry))
    doc = apply_reviews(
        assessment_document(reviewed, problems=release.problems),
        entry,
        automated=assessment_document(automated),
    )
    if not doc.license.clauses:
        # A catalog-referenced license has no text in the snapshot: show the catalog's clause
        # types (no line, no quote) under their own key, never as if quoted from a text.
        clauses = catalog_clauses(doc.license.license.id)
        doc = doc.model_copy(update={"license": doc.license.model_copy(update={"catalog_clauses": clauses})})
    return doc


def assess_index(
    entries: Iterable[IndexEntry],
    *,
    progress: Callable[[IndexEntry], None] | None = None,
    reviews: bool = True,
) -> list[AssessmentDocument]:
    """Reviewed documents of every entry (automated only with `reviews=False`), in the order given,
    with one shared assessor."""
    assessor = index_assessor()
    out = []
    for entry in entries:
        if progress is not None:
            progress(entry)
        out.append(assess_entry(entry, assessor=assessor, reviews=reviews))
    return out
