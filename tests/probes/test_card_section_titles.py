"""The standard sections a card has are the same when each title's kinds are kept per title
(`cardsections.title_kinds`) as when every title is tried against every section's pattern."""

from __future__ import annotations

from pathlib import Path

from opengauge.model import Document, DocumentKind, Release
from opengauge.probes.cardsections import CARD_SECTIONS, present_sections, title_kinds
from opengauge.probes.context import ProbeContext, Section, sections_of


def _plain(sections: list[Section]) -> dict[str, Section]:
    """The first substantive section per kind, every pattern tried on every title (as before)."""
    found: dict[str, Section] = {}
    for s in sections:
        for key, rx in CARD_SECTIONS.items():
            if key not in found and rx.search(s.title) and s.substantive:
                found[key] = s
    return found


def test_kinds_kept_per_title_give_the_same_sections(release_corpus: Path) -> None:
    from bench.dumpgen import generate

    texts = [p.read_text("utf-8", "replace") for p in sorted(release_corpus.glob("*/README.md"))]
    texts += [r["card"] for r in generate(40, releases=release_corpus, seed=9)][-20:]
    texts += ["# Training Data\n\nshort\n\n## Training data\n\n" + "Enough words to be substantive. " * 3]
    kinds = 0
    for text in texts:
        doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
        ctx = ProbeContext(Release(ref="hf:t/t", source="hub", id="t/t", documents=[doc]))
        found = present_sections(ctx)
        assert {k: (s.line, s.title) for k, s in found.items()} == {
            k: (s.line, s.title) for k, s in _plain(sections_of(doc)).items()
        }
        kinds += len(found)
        for s in sections_of(doc):
            assert title_kinds(s.title) == tuple(k for k, rx in CARD_SECTIONS.items() if rx.search(s.title))
    assert kinds > len(texts)
