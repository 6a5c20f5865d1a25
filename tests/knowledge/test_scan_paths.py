"""The two ways a text is scanned for catalog names (`NameIndex.scan`): a text whose word characters
are all ASCII by one regex over its lower-cased form, any other by walking every token. On every such
text of the corpus, and on variants that stress case, compounds and separators, both find the same
mentions; the shortcuts the scan takes (URLs looked for where the text starts like one, the first
words as one factored regex, a text's facts shared by the catalogs) give what the plain way gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.knowledge import names as names_mod
from opengauge.knowledge.codebases import load_codebases
from opengauge.knowledge.datasets import load_datasets
from opengauge.knowledge.papers import load_papers


def _texts(release_corpus: Path) -> list[str]:
    out = []
    for p in sorted(release_corpus.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".md", ".txt", ".py", ".yaml", ".json", ""):
            text = p.read_bytes()[:400_000].decode("utf-8", "replace")
            if text.isascii() or names_mod._NON_ASCII_WORD.search(text) is None:
                out += [text, text.upper(), text.replace(" ", "-"), text.replace(" ", "_")]
    return out


def _all_texts(release_corpus: Path) -> list[str]:
    out = []
    for p in sorted(release_corpus.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".md", ".txt", ".py", ".yaml", ".json", ""):
            out.append(p.read_bytes()[:400_000].decode("utf-8", "replace"))
    return out


def _by_tokens(index: names_mod.NameIndex, text: str) -> list[tuple]:
    urls: list[tuple[int, int]] = []
    found: list = []
    for m in names_mod._URL.finditer(text):
        url = m.group().rstrip(names_mod._URL_TAIL)
        urls.append((m.start(), m.start() + len(url)))
        entry = index._resolve_url(url)
        if entry is not None:
            found.append((m.start(), m.start() + len(url), entry, "url"))
    index._scan_tokens(text, urls, found)
    return sorted((a, b, index.id_of(e), v) for a, b, e, v in found)


@pytest.mark.parametrize("load", [load_codebases, load_datasets], ids=["codebases", "datasets"])
def test_ascii_scan_finds_what_the_token_walk_finds(release_corpus: Path, load) -> None:
    index = load()._names
    texts = _texts(release_corpus)
    texts += [
        "Trained with gpt-neox and Megatron-LM; data: RedPajama-Data-V2, the_pile, Dolma v1.7.",
        "Llama-3.1-Tulu-3-8B is a model; see https://github.com/EleutherAI/gpt-neox and allenai/dolma.",
        "OLMo  -  core / open_instruct ... Tulu 3 SFT mixture, FineWeb-Edu, fineweb_edu",
    ]
    assert len(texts) > 100
    mentions = 0
    for text in texts:
        fast = [(m.start, m.end, index.id_of(m.entry), m.via) for m in index.scan(text)]
        assert fast == _by_tokens(index, text)
        mentions += len(fast)
    assert mentions > 200  # the texts do name catalog entries


def test_the_ascii_path_holds_for_non_ascii_characters_that_are_not_word_characters() -> None:
    """Every code point: a non-ASCII character `_NON_ASCII_WORD` does not match is no word character
    (`[^\\W_]` never takes it into a token) and lower-cases to one character that is neither ASCII
    nor a word character, so the lower-cased text keeps its length and its ASCII tokens."""
    import re
    import sys

    word = re.compile(r"[^\W_]")
    for cp in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if names_mod._NON_ASCII_WORD.match(c):
            assert word.match(c)
            continue
        assert not word.match(c), hex(cp)
        low = c.lower()
        assert len(low) == 1 and not low.isascii() and not word.match(low), hex(cp)


def test_urls_are_found_as_the_url_regex_finds_them(release_corpus: Path) -> None:
    texts = _all_texts(release_corpus)
    texts += [
        "see HTTPS://GitHub.com/a/b, www.x.org. and (github.com/c/d) huggingface.co/e/f hf.co/g",
        "x.github.com/h ahf.co/i",
        "http http:/ https:// hxxp://a gıthub.com/a/b httpſ://x.org/y İ www.a.b",  # odd case-folding letters
        "https://a.b/c—https://d.e/f “https://g.h/i” 🤗 huggingface.co/j",
    ]
    assert sum(1 for t in texts if not t.isascii()) > 10
    for text in texts:
        want = []
        for m in names_mod._URL.finditer(text):
            url = m.group().rstrip(names_mod._URL_TAIL)
            want.append((m.start(), m.start() + len(url), url))
        assert names_mod._Text(text).urls() == want


@pytest.mark.parametrize("load", [load_codebases, load_datasets, load_papers], ids=["code", "data", "papers"])
def test_the_first_words_regex_finds_what_the_plain_alternation_finds(release_corpus: Path, load) -> None:
    import re

    index = load()._names
    words = sorted((w for w in index._root.children if w.isascii()), key=lambda w: (-len(w), w))
    plain = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(w) for w in words)})(?![a-z0-9])")
    texts = [t.lower() for t in _all_texts(release_corpus)] + [
        " ".join(words),
        "-".join(words),
        "".join(words),
    ]
    for text in texts:
        assert [m.span() for m in index._first_words().finditer(names_mod._bounded(text))] == [
            m.span() for m in plain.finditer(text)
        ]


@pytest.mark.parametrize("load", [load_codebases, load_datasets, load_papers], ids=["code", "data", "papers"])
def test_every_corpus_text_scans_as_the_token_walk_finds(release_corpus: Path, load) -> None:
    """Whatever the path (ASCII regex or token walk) and whether another catalog scanned the text
    first or the same catalog scanned it just before, the mentions are those of the token walk."""
    index = load()._names
    others = [c()._names for c in (load_codebases, load_datasets, load_papers)]
    texts = _all_texts(release_corpus)
    texts += [
        "Trained on Tülu 3 and the TÜLU-3 SFT mix with ＧＰＴ-ＮｅｏＸ; ſtarcoder, gıthub.com/x/y",
        "İnstruct 微信 Dolma",
        "Llama-3.1-Tulu-3-8B, OLMo-core, Megatron‐LM (a Unicode hyphen), Dolma v1.7 — RedPajama_Data_V2 🤗",
        "微信gpt-neox微信 Tülu3 OLMoé Dolmaé éDolma the  pile The Pile_",
    ]
    texts += [t.upper() for t in texts[-3:]]
    for text in texts:
        want = _by_tokens(index, text)
        for other in others:
            other.scan(text)
            got = [(m.start, m.end, index.id_of(m.entry), m.via) for m in index.scan(text)]
            assert sorted(got) == want
