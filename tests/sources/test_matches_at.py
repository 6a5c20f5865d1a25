"""`textio.matches_at` tries a case-insensitive pattern only where the lower-cased text holds one of
the literals its matches start with: the URLs and arXiv ids a card links are those a search over the
whole text finds, on every corpus text and on texts made to trip it."""

from __future__ import annotations

from pathlib import Path

from opengauge.sources import documents
from opengauge.textio import matches_at

MADE = [
    "HTTPS://Example.org/a http://x.y/b,https://z.w/c hTTp:// http://http://q.r/s",
    "see arXiv.org/abs/2401.00001 and ARXIV.ORG/PDF/2402.00002v2, huggingface.co/papers/2403.00003",
    "arxiv.org/abs/arxiv.org/abs/2404.00004 https://arxiv.org/html/2405.00005 arxiv.org/abs/12.3",
    "ſ https://ſite.org/x hTTpſ://a.b İ http://i.j/k ı arxıv.org/abs/2406.00006",
    "http://a.b/c" * 40,
]


def _texts(release_corpus: Path) -> list[str]:
    return [
        p.read_text("utf-8", "replace")
        for p in sorted(release_corpus.rglob("*"))
        if p.is_file() and p.suffix.lower() in (".md", ".txt", ".json", "")
    ]


def test_the_matches_are_those_of_the_whole_text_search(release_corpus: Path) -> None:
    texts = _texts(release_corpus)
    assert len(texts) > 50
    for text in texts + MADE + [t.upper() for t in MADE]:
        for rx, starts in (
            (documents._URL, documents._URL_STARTS),
            (documents._ARXIV, documents._ARXIV_STARTS),
        ):
            assert [m.span() for m in matches_at(rx, text, starts)] == [m.span() for m in rx.finditer(text)]


def test_a_card_links_what_it_did() -> None:
    assert documents.find_urls(MADE[0]) == [
        "HTTPS://Example.org/a",
        "http://x.y/b,https://z.w/c",
        "http://http://q.r/s",
    ]
    assert documents.arxiv_ids(MADE[1:3]) == [
        "2401.00001",
        "2402.00002",
        "2403.00003",
        "2404.00004",
        "2405.00005",
    ]
