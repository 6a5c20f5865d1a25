"""Reviewed judgments override automated ones visibly: both are kept."""

from __future__ import annotations

from opengauge.document import AssessmentDocument
from opengauge.index.entry import IndexEntry, Review
from opengauge.index.load import get_entry
from opengauge.index.reviews import apply_reviews, override_findings
from opengauge.model import Finding, Level
from tests.og_index_support import index_json, synthetic_doc


def _doc(level: str = "unknown") -> AssessmentDocument:
    raw = synthetic_doc(
        "x", name="X", label="open-weights", quote="q", evidence_source="https://example.org/x"
    )
    for cell in raw["frameworks"]["osai"]["parameters"].values():
        cell.update(level=level, reason="automated", evidence=[])
    raw["frameworks"]["osai"]["score"] = 0.0
    raw["findings"] = []
    return AssessmentDocument.model_validate(raw)


def apply(doc: AssessmentDocument, entry: IndexEntry) -> dict:
    return apply_reviews(doc, entry, automated=doc).to_json()


def _entry(*reviews: Review) -> IndexEntry:
    base = get_entry("mistral-7b-v0.1")
    return base.model_copy(update={"reviews": list(reviews)})


def test_parameter_review_overrides_and_keeps_the_automated_judgment():
    r = Review(
        target="paper",
        level="open",
        evidence="https://example.org/paper",
        note="Published at a venue.",
        checked="2026-11-27",
    )
    doc = apply(_doc("closed"), _entry(r))
    cell = doc["frameworks"]["osai"]["parameters"]["paper"]
    assert cell["level"] == "open" and cell["overridden"] is True
    assert cell["automated"]["level"] == "closed" and cell["automated"]["reason"] == "automated"
    assert (
        cell["review"]["note"] == "Published at a venue."
        and cell["evidence"][0]["source"] == "https://example.org/paper"
    )
    assert doc["frameworks"]["osai"]["score"] == round(1 / 12, 4)
    assert doc["frameworks"]["osai"]["score_automated"] == 0.0
    assert doc["reviewed"] is True and doc["reviews"][0]["automated"] == "closed"


def test_confirming_review_is_not_an_override():
    r = Review(
        target="paper",
        level="closed",
        evidence="https://example.org/p",
        note="Only a preprint exists.",
        checked="2026-11-27",
    )
    doc = apply(_doc("closed"), _entry(r))
    assert doc["frameworks"]["osai"]["parameters"]["paper"]["overridden"] is False


def test_label_review_keeps_the_automated_label():
    r = Review(
        target="label",
        label="closed",
        evidence="https://example.org/api",
        note="Only available as a hosted API.",
        checked="2026-11-27",
    )
    doc = apply(_doc(), _entry(r))
    assert doc["label"] == "closed" and doc["label_automated"] == "open-weights"
    assert doc["label_review"]["evidence"] == "https://example.org/api"


def test_probe_review_replaces_the_finding_before_the_frameworks():
    r = Review(
        target="probe:weights-published",
        level="open",
        evidence="https://huggingface.co/x/y",
        note="The weights are on the Hub.",
        checked="2026-11-27",
    )
    f = Finding(probe="weights-published", level=Level.UNKNOWN, reason="file list incomplete")
    (out,) = override_findings([f], _entry(r))
    assert out.level is Level.OPEN and out.reason == "The weights are on the Hub."
    assert out.data["automated"]["level"] == "unknown" and out.data["review"]["level"] == "open"
    assert out.evidence[0].source == "https://huggingface.co/x/y"


def test_real_entries_show_both_judgments():
    docs = {d["index"]["id"]: d for d in index_json()}
    llama = docs["llama-3.1-8b-instruct"]
    cell = llama["frameworks"]["osai"]["parameters"]["datasources_basemodel"]
    assert cell["level"] == "closed" and "automated" in cell and "review" in cell
    assert llama["label"] == "weights-available"
    # a review that fed the frameworks changed the label; the automated one is kept
    changed = [d for d in docs.values() if d.get("label_changed_by_review")]
    assert changed and all(d["label_automated"] != d["label"] for d in changed)
    gpt4 = docs["gpt-4"]
    assert gpt4["label"] == "closed" and gpt4["label_review"]["evidence"].startswith("https://")
    assert all(
        "attribution" in d
        for d in docs.values()
        if any(r.get("source") == "osai-index" for r in d["reviews"])
    )
