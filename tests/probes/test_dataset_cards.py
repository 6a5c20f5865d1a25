"""A dataset card is a datasheet when it answers the collection and curation questions of
Datasheets for Datasets (frameworks.md §1.1: "comprehensive on collection and curation"); a card
that does not gives partial insight, as the OSAI experts rate thin cards ("Datasheet provided,
however contains no information regarding data collection or collation procedures": partial). A
card that was not read is not judged. Cards written for this test."""

from __future__ import annotations

import pytest

from opengauge.model import DatasetRef, Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release

_PARA = (
    "The pages come from forty monthly web crawls between 2019 and 2024, fetched with our own crawler "
    "that honours robots.txt and skips domains on a block list; each page keeps its URL and date. "
)
_CURE = (
    "We extracted the main text, kept English pages by a language-id score above 0.65, removed "
    "near-duplicates with MinHash over 5-grams, dropped pages with personal data patterns and "
    "filtered by a quality classifier trained on reference pages. "
)

COMPREHENSIVE = [
    # the Hub's template
    f"# Dataset Card for Wren\n\n## Dataset Creation\n\n### Curation Rationale\n\n{_CURE}\n\n"
    f"### Source Data\n\n#### Initial Data Collection and Normalization\n\n{_PARA}\n",
    # other words, plain headings
    f"# Wren corpus\n\n## Where the data comes from\n\n{_PARA}\n\n## How we cleaned it\n\n{_CURE}\n",
    # HTML headings and a pipeline section
    f"<h1>Wren</h1>\n\n<h2>Sources</h2>\n\n{_PARA}\n\n<h2>Processing pipeline</h2>\n\n{_CURE}\n",
]

THIN = [
    # a data mix table and loading instructions (no collection, no curation)
    "# Wren-Data\n\nThe data used to train Wren.\n\n## Data Mix\n\n| Subset | Tokens |\n|---|---|\n"
    "| Web | 600B |\n| Code | 200B |\n\n## Loading\n\n```python\nload_dataset('wren/data')\n```\n",
    # the template left empty
    "# Dataset Card for Wren\n\n## Dataset Creation\n\n### Curation Rationale\n\n[More Information Needed]\n"
    "\n### Source Data\n\n[More Information Needed]\n",
    # sources described, curation not
    f"# Wren\n\n## Source data\n\n{_PARA}\n\n## Uses\n\nPre-training language models.\n",
    # the template's placeholders with the link to its contribution guide (the legacy openwebtext and
    # wikipedia cards): a link is not content
    "# Dataset Card for Wren\n\n## Dataset Creation\n\n### Curation Rationale\n\n{tbd}\n\n### Source Data\n\n"
    "#### Initial Data Collection and Normalization\n\n{tbd}\n\n"
    "#### Who are the source language producers?\n\n{tbd}\n".format(
        tbd="[More Information Needed](https://github.com/huggingface/datasets/blob/master/CONTRIBUTING.md"
        "#how-to-contribute-to-the-dataset-cards)"
    ),
    # sources described, and a template "Dataset Creation" over empty subsections: their headings are not
    # content (the legacy mC4 card's "Dataset Creation" holds 204 characters, all of them headings)
    f"# Dataset Card for Wren\n\n## Where the data comes from\n\n{_PARA}\n\n## Dataset Creation\n\n"
    "### Curation Rationale\n\n### Annotations\n\n#### Annotation process\n\n#### Who are the annotators?\n\n"
    "### Personal and Sensitive Information\n\n### Discussion of Biases\n\n### Other Known Limitations\n\n"
    "## Considerations for Using the Data\n",
]


def _documentation(card: str | None):
    r = release(
        datasets=[
            DatasetRef(
                id="wren/data", url="https://huggingface.co/datasets/wren/data", exists=True, card=card
            )
        ]
    )
    return next(iter(run_probes(r, only=["data-documentation"])))


@pytest.mark.parametrize("card", COMPREHENSIVE)
def test_a_card_describing_collection_and_curation_is_a_datasheet(card):
    f = _documentation(card)
    assert f.level is Level.OPEN, f.reason
    assert "how it was curated" in f.reason


@pytest.mark.parametrize("card", THIN)
def test_a_card_without_collection_or_curation_gives_partial_insight(card):
    f = _documentation(card)
    assert f.level is Level.PARTIAL, f.reason
    assert "wren/data does not describe" in f.reason
    assert any("dataset card of wren/data" in (e.note or "") for e in f.evidence)


def test_a_card_not_read_is_not_judged_and_a_repository_without_card_has_none():
    # wren/data is not in the dataset catalog: a card that exists but was not read is unknown (could not
    # be read), neither open nor a kinder partial
    unread = _documentation(None)
    assert unread.level is Level.UNKNOWN and "could not be read" in unread.reason
    # the dataset repository was read and holds no README: no dataset card
    assert _documentation("").level is not Level.OPEN


def test_a_thin_card_beside_a_datasheet_after_the_standard_is_open():
    text = "# Wren\n\nThe training data is documented in a datasheet following Datasheets for Datasets.\n"
    r = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        datasets=[DatasetRef(id="wren/data", exists=True, card=THIN[0])],
    )
    assert next(iter(run_probes(r, only=["data-documentation"]))).level is Level.OPEN
