"""The paper catalog: every entry validates and carries the source of its venue; the venues the
verdicts lean on are as reviewed; lookups by arXiv id, URL and title; broken files are refused."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from opengauge.knowledge import (
    KnowledgeError,
    Paper,
    find_paper,
    load_papers,
    paper_by_arxiv,
    paper_mentions,
    papers_in_text,
    read_papers,
)
from opengauge.knowledge.papers import arxiv_id_of

PAPERS = load_papers()

#: papers the catalog must hold (the brief's list)
REQUIRED = {
    "olmo", "olmo-2", "olmoe", "dolma", "tulu-3", "pythia", "gpt-neox-20b", "bloom", "bloomz", "t5",
    "flan-t5", "flan-collection", "llm360", "starcoder", "starcoder-2", "the-stack", "santacoder",
    "refinedweb", "falcon", "llama", "llama-2", "llama-3", "mistral-7b", "mixtral", "phi-1", "phi-1.5",
    "phi-3", "qwen", "qwen2", "qwen2.5", "yi", "deepseek-llm", "deepseek-v2", "deepseek-v3", "deepseek-r1",
    "gemma", "gemma-2", "gemma-3", "openelm", "dclm", "mpt", "smollm2", "fineweb", "the-pile", "redpajama",
    "whisper", "latent-diffusion",
}  # fmt: skip


def test_count_and_required_entries() -> None:
    root = resources.files("opengauge.knowledge").joinpath("catalog", "papers")
    files = [f.name for f in root.iterdir() if f.name.endswith(".yaml")]
    assert len(PAPERS) >= 30 and len(PAPERS) == len(files)
    assert REQUIRED <= set(PAPERS.entries), REQUIRED - set(PAPERS.entries)
    assert {f"{p.id}.yaml" for p in PAPERS} == set(files)


@pytest.mark.parametrize("paper", list(PAPERS), ids=lambda p: p.id)
def test_every_paper_has_its_venue_sourced_or_a_note(paper: Paper) -> None:
    assert paper.source.startswith("https://") and paper.url.startswith("https://")
    assert isinstance(paper.checked, date) and date(2024, 1, 1) <= paper.checked <= date.today()
    if paper.venue is None:
        assert paper.venue_kind is None and paper.year is None and paper.note.strip()
        assert not paper.peer_reviewed and paper.published_as is None
    else:
        assert paper.venue_kind in ("conference", "journal", "workshop") and paper.year
        # the venue's page, not the preprint's
        assert "arxiv.org" not in paper.source and "huggingface.co/papers" not in paper.source
        assert paper.published_as == f"{paper.venue} {paper.year}"
    for aid in paper.arxiv:
        assert PAPERS.by_arxiv(aid) is paper
        assert f"https://arxiv.org/abs/{aid}" == paper.url or paper.arxiv.index(aid) > 0
    if paper.covers == "model":
        assert paper.models, "a model paper names the models it presents"


def test_reviewed_venues() -> None:
    """The venues the OSAI experts' notes name, and the ones the verdicts of the corpus turn on."""

    def venue(pid: str) -> tuple[str | None, str | None, int | None]:
        p = PAPERS.get(pid)
        assert p is not None
        return p.venue, p.venue_kind, p.year

    assert venue("llm360") == ("COLM", "conference", 2024)  # experts: "Paper published in COLM" (Amber)
    assert venue("bloomz") == ("ACL", "conference", 2023)  # experts: ACL 2023 (BLOOMZ)
    assert venue("pythia")[1:] == ("conference", 2023) and "ICML" in str(venue("pythia")[0])
    assert venue("olmo-2") == ("COLM", "conference", 2025)  # experts: "published in COLM 2025"
    assert venue("olmo") == ("ACL", "conference", 2024)
    assert venue("t5") == ("JMLR", "journal", 2020)
    assert venue("starcoder") == ("TMLR", "journal", 2023)
    assert venue("openelm")[1:] == ("workshop", 2024)  # experts: "ES-FoMo-II 2024 Poster"
    assert venue("gpt-neox-20b")[1] == "workshop" and venue("santacoder")[1] == "workshop"
    assert venue("deepseek-r1")[1] == "journal"
    for preprint in ("llama-2", "llama-3", "mistral-7b", "qwen", "yi", "gemma", "bloom", "the-pile", "mpt"):
        assert venue(preprint) == (None, None, None), preprint
    assert PAPERS.get("refinedweb").covers == "data"  # type: ignore[union-attr]
    assert PAPERS.get("lora").covers == "method" and not PAPERS.get("lora").models  # type: ignore[union-attr]
    assert PAPERS.get("mpt").arxiv == []  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2402.00838", "2402.00838"),
        ("arXiv:2402.00838v3", "2402.00838"),
        ("https://arxiv.org/abs/2402.00838", "2402.00838"),
        ("https://arxiv.org/pdf/2402.00838v2.pdf", "2402.00838"),
        ("arxiv.org/html/2402.00838v1#S3", "2402.00838"),
        ("https://huggingface.co/papers/2402.00838", "2402.00838"),
        ("https://example.org/abs/2402.00838", None),
        ("2402.008", None),
        ("OLMo", None),
    ],
)
def test_arxiv_id_of(value: str, expected: str | None) -> None:
    assert arxiv_id_of(value) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("olmo-2", "olmo-2"),  # catalog id
        ("2409.02060", "olmoe"),
        ("https://arxiv.org/abs/2404.14619v1", "openelm"),
        ("https://huggingface.co/papers/2312.06550", "llm360"),
        ("https://openreview.net/forum?id=QdWhj0QZFw", "llm360"),  # the venue's page
        ("Pythia: A Suite for Analyzing Large Language Models Across Training and Scaling", "pythia"),
        ("crosslingual generalization through multitask finetuning", "bloomz"),  # any case
        ("https://www.mosaicml.com/blog/mpt-7b", "mpt"),
    ],
)
def test_find_paper(query: str, expected: str) -> None:
    found = find_paper(query)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(
    "query", ["", "  ", "2401.99999", "https://arxiv.org/abs/2401.99999", "OLMo 7B", "Falcon-7B"]
)
def test_find_paper_unknown(query: str) -> None:
    assert find_paper(query) is None


def test_mentions_find_links_and_titles_not_model_names() -> None:
    text = (
        "# Heron\n"
        "Heron is a Pythia-style model; it is not OLMo or Mistral 7B.\n"
        "title={{OLMo}: Accelerating the Science of Language Models},\n"
        "See https://arxiv.org/abs/2312.06550v2 and hf.co/papers/2404.14619.\n"
        "Textbooks Are All You Need II: phi-1.5 technical report\n"
    )
    found = [(m.entry.id, m.line, m.via) for m in paper_mentions(text)]
    assert found == [("olmo", 3, "name"), ("llm360", 4, "url"), ("openelm", 4, "url"), ("phi-1.5", 5, "name")]
    assert [p.id for p in papers_in_text(text + "Again: https://arxiv.org/abs/2312.06550")] == [
        "olmo",
        "llm360",
        "openelm",
        "phi-1.5",
    ]
    assert paper_by_arxiv("arXiv:2211.01786") is PAPERS.get("bloomz")


# ---- broken files give KnowledgeError, naming the file

GOOD = """\
id: demo-paper
name: 'Demo: A Paper That Does Not Exist'
aliases: [A Paper That Does Not Exist]
arxiv: ['2601.00001']
models: [Demo]
covers: model
venue: DemoConf
venue_kind: conference
year: 2026
url: https://arxiv.org/abs/2601.00001
source: https://openreview.net/forum?id=demo
checked: 2026-12-03
"""


def _write(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_good_file_reads(tmp_path) -> None:
    catalog = read_papers(_write(tmp_path, "demo-paper.yaml", GOOD))
    paper = catalog.find("arXiv:2601.00001v2")
    assert paper is not None and paper.peer_reviewed and paper.published_as == "DemoConf 2026"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (GOOD.replace("venue_kind: conference\n", ""), "venue_kind and year"),
        (GOOD.replace("year: 2026\n", ""), "venue_kind and year"),
        (GOOD.replace("year: 2026", "year: 26"), "publication year"),
        (GOOD.replace("venue_kind: conference", "venue_kind: blog"), "venue_kind"),
        (GOOD.replace("venue: DemoConf", "venue: null"), "go with a venue"),
        (
            GOOD.replace("venue: DemoConf\nvenue_kind: conference\nyear: 2026\n", "venue: null\n"),
            "needs a note",
        ),
        (GOOD.replace("venue: DemoConf\n", ""), "venue"),  # venue must be stated, even as null
        (GOOD.replace("['2601.00001']", "['2601.00001v2']"), "arXiv id"),
        (GOOD.replace("covers: model", "covers: vibes"), "covers"),
        (GOOD + "license: mit\n", "license"),  # a paper has no license field
    ],
)
def test_a_broken_file_raises(tmp_path, text: str, needle: str) -> None:
    with pytest.raises(KnowledgeError) as err:
        read_papers(_write(tmp_path, "demo-paper.yaml", text))
    assert "demo-paper.yaml" in str(err.value) and needle in str(err.value)


def test_an_arxiv_id_in_two_papers_raises(tmp_path) -> None:
    _write(tmp_path, "demo-paper.yaml", GOOD)
    twin = GOOD.replace("id: demo-paper", "id: demo-twin").replace("Does Not Exist", "Is A Twin")
    _write(tmp_path, "demo-twin.yaml", twin)
    with pytest.raises(KnowledgeError, match="arXiv id '2601.00001' is in both"):
        read_papers(tmp_path)
