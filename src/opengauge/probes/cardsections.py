"""The standard sections of a model card (after the Hugging Face template and Mitchell et al. 2019),
and which of them a release's cards have.

Whether silence is evidence is decided elsewhere: absence in a release read completely is `closed`
(`ProbeContext.read_completely`); with anything unread it stays `unknown`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from opengauge.model import Document
from opengauge.probes.context import ProbeContext, Section, row_sections
from opengauge.probes.vocabulary import vocabulary

_VOCAB = vocabulary("cardsections")  # probes/vocabulary/cardsections.yaml: the titles of each section

#: The standard sections of a model card (after the Hugging Face template and Mitchell et al. 2019),
#: in the template's order, each with the pattern its titles match.
CARD_SECTIONS: dict[str, re.Pattern[str]] = {
    entry_id.removeprefix("section-"): _VOCAB.pattern(entry_id)
    for entry_id in _VOCAB.entries
    if entry_id.startswith("section-")
}


def present_sections(ctx: ProbeContext) -> dict[str, Section]:
    """The standard sections the release's cards have (first substantive match per kind), the model
    repository's own documents the card links counted as part of it (`linked_docs`); computed once per set
    of cards."""
    key = ("present-sections", tuple(id(d) for d in ctx.cards))
    return dict(ctx.cached(key, lambda: _present_sections(ctx)))


def linked_docs(ctx: ProbeContext) -> list[Document]:
    """The model repository's own documents (`ProbeContext.own_docs`) whose path a card links or names: a
    card that is a table of contents ("| Training data | [docs/data.md](docs/data.md) |") documents the model
    through them, as the experts read a card that "provides broad overview and links to full details"
    (OLMoE in the OSAI index: model card open; held-out release round 15)."""
    # asked by the model-card and training-data probes: found once per release
    return ctx.cached(
        ("linked-docs",),
        lambda: [d for d in ctx.own_docs if any(d.path in c.text for c in ctx.cards)],
    )


_USAGE_CODE = _VOCAB.pattern("usage-code")


def _present_sections(ctx: ProbeContext) -> dict[str, Section]:
    found: dict[str, Section] = {}
    usage: Section | None = None
    for doc in [*ctx.cards, *linked_docs(ctx)]:
        # a card given as a table of labels and values has the sections its rows name (`row_sections`)
        for s in [*ctx.sections(doc), *row_sections(doc)]:
            for key in title_kinds(s.title):
                if key not in found and s.substantive:
                    found[key] = s
            if len(found) == len(CARD_SECTIONS):
                return found
            if (usage is None or s.level > usage.level) and "```" in s.body and _USAGE_CODE.search(s.body):
                usage = s  # the innermost section that holds the code
    if found and "getting-started" not in found and usage is not None:
        # a section of code that loads or runs the model, under any title (`usage-code`), beside other
        # standard sections: a card that is only usage code stays without any (the experts rate Grok's
        # "Model card provides only usage information" closed)
        found["getting-started"] = usage
    return {key: found[key] for key in CARD_SECTIONS if key in found}  # in the template's order


@lru_cache(maxsize=4096)
def title_kinds(title: str) -> tuple[str, ...]:
    """The standard sections whose titles `title` matches, in template order. Kept per title for the
    process: cards repeat the template's titles ("Model Details", "Training Data"), and each is
    otherwise tried against every section's pattern on every card."""
    return tuple(key for key, rx in CARD_SECTIONS.items() if rx.search(title))
