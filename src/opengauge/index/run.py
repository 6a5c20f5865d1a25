"""Assess the built-in index: every entry through the real pipeline, then its reviews on top."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from opengauge.index.entry import IndexEntry
from opengauge.index.errors import IndexDataError
from opengauge.index.load import entry_release
from opengauge.index.reviews import apply_reviews

#: Where the assessment layer may expose `assess(release)` and its JSON document builder.
_ASSESS_MODULES = ("opengauge.assess", "opengauge.frameworks.assess")
_DOC_BUILDERS = (
    ("opengauge.assess", "assessment_document"),
    ("opengauge.assess", "to_document"),
    ("opengauge.frameworks.assess", "assessment_document"),
    ("opengauge.frameworks.assess", "to_document"),
    ("opengauge.formats.json", "assessment_document"),
    ("opengauge.formats.json", "to_document"),
    ("opengauge.formats.jsondoc", "assessment_document"),
)


def _find(module: str, name: str):
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(mod, name, None)


def pipeline() -> tuple[Callable, Callable]:
    """(assess, document builder) of the assessment layer, or a clear error if it is missing."""
    assess = next((f for f in (_find(m, "assess") for m in _ASSESS_MODULES) if f is not None), None)
    build = next((f for f in (_find(m, n) for m, n in _DOC_BUILDERS) if f is not None), None)
    if assess is None or build is None:
        raise IndexDataError("the assessment layer (opengauge.assess) is not available in this build")
    return assess, build


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


def reviewed_document(entry: IndexEntry, automated: dict[str, Any]) -> dict[str, Any]:
    """The automated document of `entry` with its reviews applied and the index facts added."""
    doc = apply_reviews(automated, entry)
    doc["index"] = entry_meta(entry)
    return doc


def assess_entry(entry: IndexEntry, *, catalog=None) -> dict[str, Any]:
    """Assess one entry (no network: the entry is a snapshot) and apply its reviews."""
    assess, build = pipeline()
    release = entry_release(entry, catalog)
    assessment = assess(release)
    document = build(assessment)
    if not isinstance(document, dict):
        raise IndexDataError(f"{entry.id}: the assessment layer returned {type(document).__name__}, not a document")
    return reviewed_document(entry, document)


def assess_index(
    entries: Iterable[IndexEntry], *, progress: Callable[[IndexEntry], None] | None = None
) -> list[dict[str, Any]]:
    """Reviewed documents of every entry, in the order given."""
    out = []
    for entry in entries:
        if progress is not None:
            progress(entry)
        out.append(assess_entry(entry))
    return out
