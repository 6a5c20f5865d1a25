"""A dataset card that could not be read is judged by what the dataset catalog knows of the dataset's
documentation (a published datasheet, or what its card answers of the datasheet's collection and
curation questions); with no catalog fact, the card's existence gives partial, not open: it does not
show that the card is a datasheet. Releases resolved through the loopback Hub, whose dataset cards
are listed but not served (as for the corpus, which keeps no dataset cards)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from opengauge.knowledge.datasets import DatasetDocumentation, find_dataset
from opengauge.model import Finding, Level
from opengauge.probes import run_probes
from opengauge.sources import resolve
from tests.sources.helpers import card, model

_SOURCES = "Forum threads and web pages collected from public sites between 2019 and 2024, with URLs. " * 3
_CURATION = "Deduplicated with MinHash, filtered by language id and a quality classifier, PII removed. " * 3
COMPREHENSIVE = f"# Corpus\n\n## Source data\n\n{_SOURCES}\n\n## Processing\n\n{_CURATION}\n"


def _documentation(fake_hub, *datasets: str) -> Finding:
    names = "\n".join(f"- {d}" for d in datasets)
    ref = fake_hub.add_model(model("org/m", card(f"license: apache-2.0\ndatasets:\n{names}")))
    release = resolve(ref)
    return next(
        f for f in run_probes(release, only=["data-documentation"]) if f.probe == "data-documentation"
    )


def test_an_unread_card_of_an_uncatalogued_dataset_is_unknown(fake_hub):
    fake_hub.add_dataset("org/unlisted", license="odc-by", card_listed=True)
    f = _documentation(fake_hub, "org/unlisted")
    assert f.level is Level.UNKNOWN, f.reason
    assert "could not be read" in f.reason and "org/unlisted" in f.reason
    assert f.data["cards_unread"] == ["org/unlisted"]


def test_an_unread_card_of_a_dataset_with_a_published_datasheet_is_open(fake_hub):
    fake_hub.add_dataset("EleutherAI/pile", card_listed=True)
    f = _documentation(fake_hub, "EleutherAI/pile")
    assert f.level is Level.OPEN, f.reason
    assert "published datasheet" in f.reason and "opengauge dataset catalog, checked 2026-12-03" in f.reason
    cited = [e for e in f.evidence if e.source == "https://arxiv.org/abs/2201.07311"]
    assert cited and "opengauge dataset catalog" in (cited[0].note or "")
    assert f.data["from_catalog"] == ["EleutherAI/pile"]


def test_an_unread_card_the_catalog_knows_lacks_collection_is_partial(fake_hub):
    fake_hub.add_dataset("bigcode/starcoderdata", card_listed=True)
    f = _documentation(fake_hub, "bigcode/starcoderdata")
    assert f.level is Level.PARTIAL, f.reason
    assert "bigcode/starcoderdata does not describe how the data was collected" in f.reason
    assert "curated" not in f.reason.split("does not describe", 1)[1]
    assert any("opengauge dataset catalog" in (e.note or "") for e in f.evidence)


def test_a_catalog_fact_on_one_question_only_leaves_the_card_unread(fake_hub):
    # the catalog knows RefinedWeb's card describes curation; collection was not established
    fake_hub.add_dataset("tiiuae/falcon-refinedweb", card_listed=True)
    f = _documentation(fake_hub, "tiiuae/falcon-refinedweb")
    assert f.level is Level.UNKNOWN and "could not be read" in f.reason, f.reason


def test_one_unread_uncatalogued_card_leaves_the_release_unknown_naming_what_is_known(fake_hub):
    fake_hub.add_dataset("EleutherAI/pile", card_listed=True)
    fake_hub.add_dataset("org/unlisted", card_listed=True)
    f = _documentation(fake_hub, "EleutherAI/pile", "org/unlisted")
    assert f.level is Level.UNKNOWN and f.data["cards_unread"] == ["org/unlisted"], f.reason
    assert "EleutherAI/pile has a published datasheet" in f.reason


def test_a_card_that_was_read_is_judged_by_its_text_not_the_catalog(fake_hub):
    # the catalog says starcoderdata's card lacks a collection section; the card served here has one
    fake_hub.add_dataset("bigcode/starcoderdata", readme=COMPREHENSIVE)
    f = _documentation(fake_hub, "bigcode/starcoderdata")
    assert f.level is Level.OPEN, f.reason
    assert f.data["cards_read"] == ["bigcode/starcoderdata"] and "from_catalog" not in f.data
    assert "opengauge dataset catalog" not in f.reason


def test_a_thin_card_that_was_read_stays_partial(fake_hub):
    fake_hub.add_dataset("org/thin", readme="# Thin\n\n## Data mix\n\n| Web | 90% |\n| Code | 10% |\n")
    f = _documentation(fake_hub, "org/thin")
    assert f.level is Level.PARTIAL and "org/thin does not describe" in f.reason, f.reason


def test_catalog_documentation_facts_are_checked():
    with pytest.raises(ValidationError):  # says nothing
        DatasetDocumentation(source="https://example.org/card", checked="2026-12-03")
    with pytest.raises(ValidationError):  # not an https URL
        DatasetDocumentation(datasheet="arxiv 2201.07311", source="https://example.org", checked="2026-12-03")
    pile = find_dataset("EleutherAI/pile")
    assert pile is not None and pile.documentation is not None
    assert pile.documentation.datasheet == "https://arxiv.org/abs/2201.07311"
    amber = find_dataset("LLM360/AmberDatasets")
    assert amber is not None and amber.documentation is not None
    assert (amber.documentation.card_collection, amber.documentation.card_curation) == (False, False)
