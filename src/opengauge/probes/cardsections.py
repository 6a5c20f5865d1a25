"""The standard sections of a model card (after the Hugging Face template and Mitchell et al. 2019),
and which of them a release's cards have.

Whether silence is evidence is decided elsewhere: absence in a release read completely is `closed`
(`ProbeContext.read_completely`); with anything unread it stays `unknown`.
"""

from __future__ import annotations

import re

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
    """The standard sections the release's cards have (first substantive match per kind)."""
    found: dict[str, Section] = {}
    for doc in ctx.cards:
        for s in ctx.sections(doc):
            for key, rx in CARD_SECTIONS.items():
                if key not in found and rx.search(s.title) and s.substantive:
                    found[key] = s
    return found
