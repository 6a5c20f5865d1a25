"""The peer-reviewed-paper probe and the paper catalog (issue 14, item 4, "knowledge as data").

A card cites its own paper as an arXiv preprint far more often than as the published version; the
paper catalog says where the paper was in fact peer reviewed. Every card here was written for this
file in a different style (an arXiv link, a "Paper:" field, a BibTeX @misc with an eprint, a Hub
paper page, a title written out, a link to the venue's page, a Hub tag only); the vendor is made up,
the papers are real catalogue entries. The probe as it was before the catalog rated these cards
"closed: only a preprint" (or, for a workshop paper cited with a "Proceedings of" booktitle, open),
and had no catalog facts to give.
"""

from __future__ import annotations

import pytest

from opengauge.knowledge import load_papers
from opengauge.model import Level
from tests.probes.test_card_styles import Case, build, finding

OPEN, PARTIAL, CLOSED = Level.OPEN, Level.PARTIAL, Level.CLOSED
PROBE = "peer-reviewed-paper"
PAPERS = load_papers()


def _case(level: Level, style: str, name: str, text: str, at: tuple[str, ...] = ()) -> Case:
    return Case(PROBE, level, style, text, at=at, name=name)


#: (case, catalog id of the paper the finding must rest on, or None)
CATALOGUED: list[tuple[Case, str | None]] = [
    (
        _case(
            OPEN,
            "arxiv-link",
            "harborlab/pythia-410m-rerun",
            "# pythia-410m-rerun\n\nA re-run of the 410M suite member with a fresh seed, for studying "
            "seed variance. How the suite was trained: https://arxiv.org/abs/2304.01373\n",
            at=("2304.01373",),
        ),
        "pythia",
    ),
    (
        _case(
            OPEN,
            "paper-field",
            "harborlab/bloomz-560m-kiosk",
            "# bloomz-560m-kiosk\n\n- **Developed by:** Harbor Lab\n- **Paper:** arXiv:2211.01786\n"
            "- **Languages:** 46\n",
            at=("arXiv:2211.01786",),
        ),
        "bloomz",
    ),
    (
        _case(
            OPEN,
            "bibtex-eprint",
            "harborlab/Amber-Lite",
            """# Amber-Lite

A 1B sibling of Amber, trained by Harbor Lab on the same data order.

## Citation

```bibtex
@misc{harbor2025amberlite,
  title         = {LLM360: Towards Fully Transparent Open-Source LLMs},
  author        = {Harbor Lab and others},
  year          = {2023},
  eprint        = {2312.06550},
  archivePrefix = {arXiv}
}
```
""",
            at=("2312.06550",),
        ),
        "llm360",
    ),
    (
        _case(
            OPEN,
            "hub-paper-page",
            "harborlab/OLMoE-mini",
            "# OLMoE-mini\n\nA pruned variant; see the "
            "[OLMoE write-up](https://huggingface.co/papers/2409.02060) for the full model.\n",
            at=("huggingface.co/papers/2409.02060",),
        ),
        "olmoe",
    ),
    (
        _case(
            OPEN,
            "html-title",
            "harborlab/t5-small-kiosk",
            "<h2>Background</h2>\n<p>Raffel et al. Exploring the Limits of Transfer Learning with a Unified "
            "Text-to-Text Transformer.</p>\n",
            at=("Exploring the Limits of Transfer Learning",),
        ),
        "t5",
    ),
    (  # a link to the venue's page of the paper
        _case(
            OPEN,
            "venue-page",
            "harborlab/OLMo-kiosk",
            "# OLMo-kiosk\n\nHow the base was built: https://aclanthology.org/2024.acl-long.841/\n",
            at=("aclanthology.org/2024.acl-long.841",),
        ),
        "olmo",
    ),
    (  # a release announced in a blog post, with no paper at all
        _case(
            CLOSED,
            "blog-link",
            "harborlab/mpt-7b-kiosk",
            "# mpt-7b-kiosk\n\nThe base model is described in its [launch post](https://www.mosaicml.com/blog/mpt-7b).\n",
            at=("mosaicml.com/blog/mpt-7b",),
        ),
        "mpt",
    ),
    (  # the Falcon-RW models are the RefinedWeb paper's own (a data paper that presents the model)
        _case(
            OPEN,
            "bullets",
            "harborlab/falcon-rw-1b-rerun",
            "# falcon-rw-1b-rerun\n\n- trained on web data only\n- details: https://arxiv.org/abs/2306.01116\n",
            at=("2306.01116",),
        ),
        "refinedweb",
    ),
    (  # a workshop paper: partial
        _case(
            PARTIAL,
            "arxiv-link",
            "harborlab/OpenELM-tiny",
            "# OpenELM-tiny\n\nA 120M member of the family. Paper: https://arxiv.org/abs/2404.14619\n",
            at=("2404.14619",),
        ),
        "openelm",
    ),
    (  # a workshop paper cited with a "Proceedings of ..." booktitle stays a workshop paper
        _case(
            PARTIAL,
            "bibtex-inproceedings",
            "harborlab/gpt-neox-20b-kiosk",
            """# gpt-neox-20b-kiosk

## Citation

```bibtex
@inproceedings{harbor-neox,
  title     = {{GPT-NeoX-20B}: An Open-Source Autoregressive Language Model},
  booktitle = {Proceedings of BigScience Episode 5 -- Workshop on Creating LLMs},
  year      = {2022}
}
```
""",
            at=("GPT-NeoX-20B",),
        ),
        "gpt-neox-20b",
    ),
    (  # a catalogued technical report with no peer-reviewed version: closed, with the catalog's note
        _case(
            CLOSED,
            "paper-field",
            "harborlab/Mistral-7B-kiosk",
            "# Mistral-7B-kiosk\n\nA kiosk assistant.\n\n- Paper: https://arxiv.org/abs/2310.06825\n",
            at=("2310.06825",),
        ),
        "mistral-7b",
    ),
    (  # someone else's paper: the fine-tuning method (LoRA, ICLR 2022) is not the model's paper
        _case(
            CLOSED,
            "paragraph",
            "tidepool/Nimbus",
            "# Nimbus\n\nNimbus was fine-tuned with LoRA (https://arxiv.org/abs/2106.09685) on kiosk "
            "dialogues written by our staff.\n",
        ),
        None,
    ),
    (  # nor is the paper of a dataset it was trained on (FineWeb, NeurIPS 2024)
        _case(
            CLOSED,
            "paragraph",
            "tidepool/Nimbus",
            "# Nimbus\n\nNimbus was pre-trained on FineWeb (https://arxiv.org/abs/2406.17557) and then "
            "tuned on kiosk dialogues.\n",
        ),
        None,
    ),
]


@pytest.mark.parametrize(("case", "paper_id"), CATALOGUED, ids=lambda c: c.id if isinstance(c, Case) else "")
def test_the_catalog_decides_the_cited_own_paper(case: Case, paper_id: str | None) -> None:
    f = finding(case)
    assert f.level is case.level, f.reason
    catalogued = [p["id"] for p in f.data["catalog"]]
    if paper_id is None:
        assert catalogued == []  # not the model's own paper: not counted
        return
    paper = PAPERS.get(paper_id)
    assert paper is not None and catalogued[0] == paper_id
    lines = [e.quote or "" for e in f.evidence]
    for word in case.at:
        assert any(word in q for q in lines), (word, lines)
    sources = [e.source for e in f.evidence]
    if paper.venue is not None:
        assert paper.source in sources  # the venue's page is evidence
        assert (
            f"{paper.name}: published at {paper.venue} {paper.year} (opengauge paper catalog, checked "
            in f.reason
        )
    else:
        assert "no peer-reviewed venue" in f.reason and "opengauge paper catalog" in f.reason
    if case.level is PARTIAL:
        assert "workshop" in f.reason


def test_a_paper_named_only_by_a_hub_tag_counts_when_the_catalog_says_it_presents_the_model() -> None:
    case = _case(
        OPEN, "front-matter", "harborlab/OLMo-2-mini", "---\ntags:\n- arxiv:2501.00656\n---\n# OLMo-2-mini\n"
    )
    release = build(case)
    assert "arxiv:2501.00656" in release.tags
    f = finding(case)
    assert f.level is OPEN and "2 OLMo 2 Furious: published at COLM 2025" in f.reason
    # the same tag on a model the paper does not present is not its paper
    other = _case(CLOSED, "front-matter", "tidepool/Nimbus", case.text.replace("OLMo-2-mini", "Nimbus"))
    f = finding(other)
    assert f.level is CLOSED and f.data.get("catalog") == []


def test_a_card_that_cites_a_venue_for_a_paper_the_catalog_has_none_for_still_counts() -> None:
    """ "No venue recorded" is not "looked and found nothing": the card's own venue citation stands."""
    case = _case(
        OPEN,
        "bibtex-inproceedings",
        "harborlab/Mistral-7B-kiosk",
        """# Mistral-7B-kiosk

## Citation

```bibtex
@inproceedings{harbor2026mistral,
  title     = {Mistral 7B},
  booktitle = {Proceedings of the Kiosk Systems Conference},
  eprint    = {2310.06825},
  year      = {2026}
}
```
""",
    )
    f = finding(case)
    assert f.level is OPEN and f.reason == "The release cites a paper published at a peer-reviewed venue."
