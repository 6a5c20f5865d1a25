"""The standard sections a card has are the same when each title's kinds are kept per title
(`cardsections.title_kinds`) as when every title is tried against every section's pattern."""

from __future__ import annotations

from pathlib import Path

from opengauge.model import Document, DocumentKind, Release
from opengauge.probes.cardsections import CARD_SECTIONS, present_sections, title_kinds
from opengauge.probes.context import ProbeContext, Section, row_sections, sections_of


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
        if "getting-started" not in _plain(sections_of(doc)):
            found.pop("getting-started", None)  # found by its code, under another title (`usage-code`)
        assert {k: (s.line, s.title) for k, s in found.items()} == {
            k: (s.line, s.title) for k, s in _plain(sections_of(doc)).items()
        }
        kinds += len(found)
        for s in sections_of(doc):
            assert title_kinds(s.title) == tuple(k for k, rx in CARD_SECTIONS.items() if rx.search(s.title))
    assert kinds > len(texts)


def _ctx(text: str) -> ProbeContext:
    doc = Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)
    return ProbeContext(Release(ref="hf:t/t", source="hub", id="t/t", documents=[doc]))


def test_bold_labels_open_sections_as_enterprise_cards_write_them() -> None:
    """Held-out release round 21: "**Intended Use:** The model is designed to ..." is the uses section, its
    body the words after the label; a bold word inside a list item or a sentence is no section."""
    text = (
        "# Quill-8B\n\n"
        "**Model Summary:** Quill-8B is an 8B-parameter instruction model for business assistants.\n\n"
        "**Intended Use:** The model answers general instructions and powers assistants in many domains.\n\n"
        "- **License:** Apache 2.0, for the weights and the code alike.\n\n"
        "We made it **fast**: it runs on one GPU and answers in under a second for most prompts.\n\n"
        "**Training Data:** Public instruction sets with permissive licences and internal synthetic data.\n"
    )
    titles = [(s.title, s.level) for s in sections_of(_ctx(text).cards[0])]
    assert titles == [("Quill-8B", 1), ("Model Summary", 8), ("Intended Use", 8), ("Training Data", 8)]
    found = present_sections(_ctx(text))
    assert {"uses", "training"} <= set(found)
    assert found["uses"].body.startswith("The model answers general instructions")


def test_code_that_loads_the_model_is_the_getting_started_section_under_any_title() -> None:
    code = (
        "```python\nfrom transformers import AutoModelForCausalLM\n"
        "m = AutoModelForCausalLM.from_pretrained('q')\n```\n"
    )
    card = "# Quill\n\n## Training\n\nTrained on 2T tokens of public web text and code, in two stages.\n\n"
    found = present_sections(
        _ctx(card + "## Generation\n\nA simple example of how to use the model.\n\n" + code)
    )
    assert found["getting-started"].title == "Generation"
    # code that does not load or run the model is not a guide to getting started
    other = "```python\nprint(sum(range(10)))\n```\n"
    assert "getting-started" not in present_sections(_ctx(card + "## Generation\n\nSome words.\n\n" + other))
    # a card that is only usage code has no standard section (Grok.yaml: "only usage information", closed)
    assert (
        present_sections(_ctx("# Quill\n\n## Generation\n\nA simple example of how to use it.\n\n" + code))
        == {}
    )


def test_a_two_column_table_of_labels_gives_its_sections() -> None:
    """Held-out release round 22: a card given as one table of labels and values, in HTML or Markdown, has
    the sections its labels name (the value the body) for the model card; an HTML row of one heading cell
    groups the rows below it; a table of results (a header row, three columns) and the rule row are no
    sections."""
    html = (
        "# Pell-7B\n\n<table>\n"
        '  <tr><th colspan="2">Model</th></tr>\n'
        "  <tr><td><b>Developer</b></td><td>Pell AI, a lab in Ghent that trains small models</td></tr>\n"
        "  <tr><td><b>Intended use</b></td><td>Research, and fine-tuning for Dutch and English</td></tr>\n"
        "</table>\n"
    )
    titles = [(s.title, s.level) for s in row_sections(_ctx(html).cards[0])]
    assert titles == [("Model", 7), ("Developer", 8), ("Intended use", 8)]
    assert [s.title for s in sections_of(_ctx(html).cards[0])] == ["Pell-7B"]  # the probes' own sections
    assert present_sections(_ctx(html))["uses"].body.startswith("Research, and fine-tuning")
    md = (
        "# Pell-7B\n\n| | |\n|---|---|\n"
        "| **Limitations** | It continues text and can state false things with confidence |\n\n"
        "| Benchmark | Pell-7B | Other |\n|---|---|---|\n| MMLU | 61.0 | 58.2 |\n"
    )
    titles = [(s.title, s.level) for s in row_sections(_ctx(md).cards[0])]
    assert titles == [("Limitations", 8)]
