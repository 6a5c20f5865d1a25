"""The two ways a text is scanned for catalog names (`NameIndex.scan`): an ASCII text by one regex over
its lower-cased form, any other by walking every token. On every ASCII text of the corpus, and on
variants that stress case, compounds and separators, both find the same mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.knowledge import names as names_mod
from opengauge.knowledge.codebases import load_codebases
from opengauge.knowledge.datasets import load_datasets


def _texts(release_corpus: Path) -> list[str]:
    out = []
    for p in sorted(release_corpus.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".md", ".txt", ".py", ".yaml", ".json", ""):
            text = p.read_bytes()[:400_000].decode("utf-8", "replace")
            if text.isascii():
                out += [text, text.upper(), text.replace(" ", "-"), text.replace(" ", "_")]
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
