"""The standard sections of a model card, and when a card's silence is evidence.

A model card that documents the model (it has at least one of the standard sections, and it was
read in full) is where a publisher discloses training data, code and papers: when such a card
names none of them, the silence is evidence of non-disclosure (`closed`). A missing, truncated or
stub card (a heading and links elsewhere) proves nothing, and the probes keep `unknown`.
"""

from __future__ import annotations

import re

from opengauge.model import Evidence
from opengauge.probes.context import ProbeContext, Section

#: The standard sections of a model card (after the Hugging Face template and Mitchell et al. 2019).
CARD_SECTIONS: dict[str, re.Pattern[str]] = {
    "model-details": re.compile(
        r"model (details|description|summary|information|overview|architecture)|^(about|overview)\b", re.I
    ),
    "uses": re.compile(r"\buses?\b|intended|out[- ]of[- ]scope|use cases|applications", re.I),
    "limitations": re.compile(r"bias|risk|limitation|ethic|safety|responsib", re.I),
    "getting-started": re.compile(
        r"how to|get(ting)? started|quick ?start|usage|inference|loading|use with|"
        r"\brun(ning)?\b|download|install",
        re.I,
    ),
    "training": re.compile(r"training|pre-?training|fine-?tuning|\bdata(sets?)?\b|hyper-?param", re.I),
    "evaluation": re.compile(r"evaluation|benchmark|results|performance", re.I),
    "environmental-impact": re.compile(r"environment|carbon|co2|emission|energy", re.I),
    "technical-specs": re.compile(
        r"architecture|technical spec|hardware|software|infrastructure|compute", re.I
    ),
    "citation": re.compile(r"citation|cite|bibtex|reference", re.I),
}


def present_sections(ctx: ProbeContext) -> dict[str, Section]:
    """The standard sections the release's cards have (first substantive match per kind); computed
    once per set of cards."""
    key = ("present-sections", tuple(id(d) for d in ctx.cards))
    return dict(ctx.cached(key, lambda: _present_sections(ctx)))


def _present_sections(ctx: ProbeContext) -> dict[str, Section]:
    found: dict[str, Section] = {}
    for doc in ctx.cards:
        for s in ctx.sections(doc):
            for key, rx in CARD_SECTIONS.items():
                if key not in found and rx.search(s.title) and s.substantive:
                    found[key] = s
            if len(found) == len(CARD_SECTIONS):
                return found
    return found


def documenting_card(ctx: ProbeContext) -> bool:
    """True when the release has a model card read in full that documents the model (at least one
    standard section), so that what it does not mention counts as not disclosed."""
    card = ctx.card
    if card is None or card.truncated or any(d.truncated for d in ctx.cards):
        return False
    return bool(present_sections(ctx))


def silence_evidence(ctx: ProbeContext, note: str) -> Evidence:
    """Evidence for an absence: the card that was read in full, with what it lacks."""
    if ctx.card is None:  # callers check documenting_card first; stay safe all the same
        return Evidence(source=ctx.release.url or ctx.release.ref, note=note)
    return ctx.evidence(ctx.card, None, None, note)
