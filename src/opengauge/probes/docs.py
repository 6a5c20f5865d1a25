"""Probes about documentation: model card completeness, architecture and hardware, evaluation
results, preprint and peer-reviewed paper, packages and APIs, and the training compute."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from opengauge.knowledge.papers import Paper, PaperCatalog, load_papers
from opengauge.model import UNTRAINED_RELATIONS, CodeRepo, Document, DocumentKind, Evidence, Finding, Level
from opengauge.probes.cardsections import CARD_SECTIONS, linked_docs, present_sections, title_kinds
from opengauge.probes.context import Hit, ProbeContext, Section, model_name_words, sections_of
from opengauge.probes.registry import probe
from opengauge.probes.tables import column_cells
from opengauge.probes.vocabulary import vocabulary
from opengauge.textio import clip

_VOCAB = vocabulary("docs")  # probes/vocabulary/docs.yaml: what each pattern recognises, and why
_ARCH = _VOCAB.pattern("architecture")
_ARCH_FACTS = _VOCAB.pattern("architecture-facts")
_ARCH_CONFIGS = _VOCAB.words("architecture-configs")
_ACCELERATOR = _VOCAB.pattern("accelerator")
_HARDWARE = re.compile(
    f"{_ACCELERATOR.pattern}|{_VOCAB.pattern('hardware-words').pattern}", _ACCELERATOR.flags
)
_POINTER = _VOCAB.pattern("pointer")
#: A row of a table or a key-value line about the model's own hardware, giving a count: "| Hardware | 256
#: ...", "- **Training hardware:** 64 ..." (not "Recommended hardware", which is for running it); the label
#: also in the languages `hardware-noun` reads (held-out release rounds 22 and 25: "Matériel", "Sprzęt",
#: "Donanım", "Phần cứng").
_HARDWARE_NOUN = _VOCAB.pattern("hardware-noun").pattern
_HARDWARE_ROW = re.compile(rf"\W*(?:training |compute )?(?:{_HARDWARE_NOUN}|gpus)\W*[|:]\W*\d", re.IGNORECASE)
_SETUP_WORDS = _VOCAB.pattern("setup-words")
_USAGE_WORDS = _VOCAB.pattern("usage-words")
_SETUP_TITLE = re.compile(f"{_VOCAB.pattern('setup-title').pattern}|{_HARDWARE_NOUN}", re.IGNORECASE)
_USAGE_TITLE = _VOCAB.pattern("usage-title")
_ARXIV = _VOCAB.pattern("arxiv-link")
_ARXIV_ID = _VOCAB.pattern("arxiv-id")
_PRESENTS_PAPER = _VOCAB.pattern("presents-paper")
_CITING_TITLE = _VOCAB.pattern("citing-title")
_TECH_REPORT = _VOCAB.pattern("tech-report-file")
_REPORT_LINK = _VOCAB.pattern("report-link")
_REPORT_TITLE = _VOCAB.pattern("report-title")
_OWN_PAPER = _VOCAB.pattern("own-paper")
_PAPER_TITLE = _VOCAB.pattern("paper-title")
#: Words of a card's first heading that are not a model's name.
_COMMON_TITLE_WORDS = frozenset(
    {
        "model",
        "card",
        "the",
        "for",
        "and",
        "overview",
        "introduction",
        "readme",
        "details",
        "description",
        "summary",
        # the words that join a library's generated title to what it names ("SetFit with
        # spinel-nlp/spinel-embed-small": "with" would name the model in any title with "Without"; held-out
        # release round 30)
        "with",
        "from",
        "using",
        "based",
        "on",
        "of",
        "by",
        "via",
    }
)
_VENUE = _VOCAB.pattern("venue")
_WORKSHOP = _VOCAB.pattern("workshop-venue")
_EVENT = _VOCAB.pattern("venue-event")
_PAPER_WORDS = _VOCAB.pattern("paper-words")
_ARXIV_JOURNAL = _VOCAB.pattern("preprint-citation")
_RESULT_TABLE = _VOCAB.pattern("result-table")
_RESULT_ITEM = _VOCAB.pattern("result-item")
_PIP = _VOCAB.pattern("pip-install")
_GENERIC_PACKAGES = _VOCAB.words("generic-packages")
_PACKAGE_FILES = _VOCAB.words("packaged-code-files")
_API = _VOCAB.pattern("api")
_FLOP = _VOCAB.pattern("flop")
_TOKENS = _VOCAB.pattern("training-tokens")
# a table column of training tokens ("Training tokens", "Tokens", "# Tokens seen"), or of model sizes
# ("Parameters", "Params", "#Params", "Model size"), and a cell holding only a quantity ("2.5T", "7.2 B")
_TOKENS_HEADER = re.compile(r"\btokens?\b", re.I)
_PARAMS_HEADER = re.compile(r"\b(param(eter)?s?|(model )?size)\b", re.I)
_SIZE_CELL = re.compile(r"\W*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(T|trillion|B|billion|M|million)\W*", re.I)
_PARAMS_IN_TEXT = _VOCAB.pattern("params-in-text")
_PARAMS_IN_NAME = _VOCAB.pattern("params-in-name")


def _present_sections(ctx: ProbeContext) -> dict[str, Section]:
    return present_sections(ctx)


#: The sections of a card that must be about the model itself to document it (the OSAI rubric: "comprehensive
#: insight into architecture, training, fine-tuning, evaluation"): how it was made and how it scores.
_OWN_KINDS = ("training", "evaluation")
#: A section body shorter than this (white space collapsed) is too short to call copied.
_COPIED_MIN_CHARS = 40


def _normalized(text: str) -> str:
    return " ".join(text.split())


def _base_cards(ctx: ProbeContext) -> list[Document]:
    """The model cards of the release's fetched base models (its lineage and a merge's other parents)."""
    bases = [*ctx.release.lineage, *ctx.release.other_parents]
    return [d for b in bases for d in b.documents if d.kind is DocumentKind.MODEL_CARD]


def copied_from_base(ctx: ProbeContext) -> list[str]:
    """The standard sections about how the model was made and how it scores (`_OWN_KINDS`) that the release's
    cards hold only as copies, word for word, of its base model's card: a derivative trained beyond its base
    (a fine-tune, an adapter) whose card is its base's copied documents the base's training and evaluation,
    not its own (CascadeV.yaml: "lacks details on training data and fine-tuning", partial; held-out release
    round 28). A quantization or a merge (`UNTRAINED_RELATIONS`) was made by its base's training, so its copy
    stands."""
    if not ctx.release.base_models or (ctx.release.base_model_relation or "").lower() in UNTRAINED_RELATIONS:
        return []
    bases = _base_cards(ctx)
    if not bases:
        return []

    def bodies() -> frozenset[str]:
        return frozenset(
            body
            for doc in bases
            for s in sections_of(doc)
            if len(body := _normalized(s.body)) >= _COPIED_MIN_CHARS
        )

    def find() -> list[str]:
        # the bases' cards are the same for every derivative of a run's base: read once (by their texts)
        theirs = ctx.shared(("base-section-bodies", *(d.text for d in bases)), bodies)
        copied: set[str] = set()
        own: set[str] = set()
        for doc in [*ctx.cards, *linked_docs(ctx)]:
            for s in ctx.sections(doc):
                if not s.substantive:
                    continue
                for key in title_kinds(s.title):
                    (copied if _normalized(s.body) in theirs else own).add(key)
        return [k for k in _OWN_KINDS if k in copied and k not in own]

    return ctx.cached(("copied-from-base",), find)


@probe("model-card")
def model_card(ctx: ProbeContext) -> list[Finding]:
    pid = "model-card"
    if ctx.card is None:
        if ctx.release.files and not ctx.release.files_truncated:
            return [
                Finding(
                    probe=pid,
                    level=Level.CLOSED,
                    data={"sections": [], "missing": list(CARD_SECTIONS)},
                    evidence=[
                        Evidence(
                            source=ctx.release.url or ctx.release.ref,
                            note="no README.md / model card in the file list",
                        )
                    ],
                    reason="The release has no model card.",
                )
            ]
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                data={"sections": [], "missing": list(CARD_SECTIONS)},
                reason=(
                    "The model card's text could not be read: README.md is in the file list, but its text "
                    "is not part of what was retrieved."
                    if any(f.path.lower() == "readme.md" for f in ctx.release.files)
                    else "Whether the release has a model card could not be established: the file list is "
                    + ("incomplete" if ctx.release.files else "missing")
                    + " and no card text was retrieved."
                ),
            )
        ]
    found = _present_sections(ctx)
    if "evaluation" not in found and "model-index" in ctx.release.metadata:
        found_eval = True
    else:
        found_eval = "evaluation" in found
    present = sorted(set(found) | ({"evaluation"} if found_eval else set()))
    # a derivative's sections copied from its base's card document the base (`copied_from_base`)
    copied = [k for k in copied_from_base(ctx) if k in found]
    present = [k for k in present if k not in copied]
    missing = [k for k in CARD_SECTIONS if k not in present]
    data: dict[str, Any] = {"sections": present, "missing": missing}
    if copied:
        data["copied_from_base"] = copied
    ev = [ctx.evidence(s.doc, s.line, s.title, f"card section: {k}") for k, s in list(found.items())[:5]]
    if len(present) >= 7 and "training" in present and "evaluation" in present:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason=f"The model card covers {len(present)} of the {len(CARD_SECTIONS)} standard "
                "sections, including training and evaluation.",
            )
        ]
    if present and found:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                data=data,
                evidence=ev or [ctx.evidence(ctx.card, 1, None, "model card")],
                reason=f"The model card covers {len(present)} of the {len(CARD_SECTIONS)} standard "
                f"sections; missing: {', '.join(missing)}"
                + (
                    f" (its {' and '.join(copied)} sections are its base model's card, copied word for word: "
                    "they describe the base, not this model)."
                    if copied
                    else "."
                ),
            )
        ]
    # only scores in the metadata (`model-index`) and no section of prose: a card of results, which the
    # experts rate closed ("performance-only", BindWeave.yaml; held-out release round 17)
    return [
        Finding(
            probe=pid,
            level=Level.CLOSED,
            data=data,
            evidence=[ctx.evidence(ctx.card, None, None, "no standard section found")],
            reason="The model card has none of the standard sections (details, uses, training, "
            "evaluation...)"
            + (": only evaluation results in its metadata (model-index)." if present else "."),
        )
    ]


def _in_code_block(ctx: ProbeContext, hit: Hit) -> bool:
    """True when the hit sits in a code example: a fenced block the lines before it leave open, unless
    the fence says it holds data (a configuration written out in YAML or JSON documents the model as
    its config.json would)."""
    lines, _ = ctx._lines(hit.doc)
    fenced = ctx.cached(("fenced-before", id(hit.doc)), lambda: _fenced_before(lines))
    return fenced[len(range(len(lines))[: hit.line - 1])]  # as many lines as lines[: hit.line - 1]


#: The info strings of a fence that holds data, not code.
_DATA_FENCE = re.compile(r"\s*(```|~~~)\s*(ya?ml|json|jsonc|toml|ini)\s*$", re.IGNORECASE)


def _fenced_before(lines: list[str]) -> list[bool]:
    """Per count of leading lines (0 to all), whether they leave a code fence open (a fence of data,
    `_DATA_FENCE`, is not code)."""
    out = [False]
    fenced = data = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            data = fenced and bool(_DATA_FENCE.match(line))
        out.append(fenced and not data)
    return out


def _about_training_setup(ctx: ProbeContext, hit: Hit) -> bool:
    """A hardware mention documents the training setup when it is prose (not a code example) that speaks of
    training or compute, or a model table's row "Hardware" counting named accelerators ("| Hardware | 256
    NVIDIA H100 GPUs, 21 days |"), or sits in a section about training, hardware or compute; GPUs named for
    running or fine-tuning the model are usage notes."""
    if _in_code_block(ctx, hit):
        return False
    usage = _USAGE_WORDS.search(hit.text)
    if not usage and (
        _SETUP_WORDS.search(hit.text) or (_HARDWARE_ROW.match(hit.text) and _ACCELERATOR.search(hit.text))
    ):
        return True
    titles = ctx.enclosing_titles(hit)
    return any(_SETUP_TITLE.search(t) for t in titles) and not any(_USAGE_TITLE.search(t) for t in titles)


def _empty_heading(ctx: ProbeContext, hit: Hit) -> bool:
    """Whether the hit is a heading whose section says nothing (`Section.substantive`): the template's
    "### Compute Infrastructure" and "#### Hardware" over "[More Information Needed]" document no hardware
    (held-out release rounds 14 and 30)."""
    return any(s.line == hit.line and not s.substantive for s in ctx.sections(hit.doc))


def _hardware_lines(
    ctx: ProbeContext, docs: list[Document] | list[tuple[Document, CodeRepo | None]]
) -> tuple[list[Hit], list[Hit]]:
    """The lines of `docs` that document the training hardware (at most two), and those that only say where
    it is described (`pointer`: "the training infrastructure ... is described in our blog post"), naming
    no accelerator themselves."""
    found = [
        h
        for h in ctx.search(_HARDWARE, docs, limit=40, skip_front_matter=True)
        if _about_training_setup(ctx, h) and not _empty_heading(ctx, h)
    ]
    pointers = [h for h in found if _POINTER.search(h.text) and not _ACCELERATOR.search(h.text)]
    return [h for h in found if h not in pointers][:2], pointers[:1]


@probe("architecture-hardware")
def architecture_hardware(ctx: ProbeContext) -> list[Finding]:
    pid = "architecture-hardware"
    ev: list[Evidence] = []
    config = next((f for f in ctx.release.files if f.path in _ARCH_CONFIGS), None)
    arch_hits, minimal = _architecture_described(ctx, ctx.cards)
    if not arch_hits:
        arch_hits, more = _architecture_described(ctx, ctx.readmes)
        minimal = minimal or more
    hw_hits, pointers = _hardware_lines(ctx, ctx.cards)
    if not hw_hits:
        # the card's own code repositories' READMEs, as for the architecture: a card of two lines and a
        # link keeps its documentation there
        hw_hits, more = _hardware_lines(ctx, ctx.readmes)
        pointers += more
    if config is not None:
        ev.append(ctx.file_evidence(config.path, note="architecture configuration"))
    ev += [ctx.hit_evidence(h, "architecture") for h in arch_hits]
    ev += [ctx.hit_evidence(h, "hardware / training setup") for h in hw_hits]
    arch = bool(config or arch_hits)
    data = {
        "architecture": arch,
        "hardware": bool(hw_hits),
        "config": config.path if config else None,
        "minimal": [h.text for h in minimal] if not arch else [],
    }
    if arch and hw_hits:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason="Both the model architecture and the training hardware or setup are documented.",
            )
        ]
    if arch and pointers:
        # the card says where the training setup is described (a blog post, a report opengauge does not
        # read) without stating it: open if that says what the hardware is, partial if not; not read
        return [
            Finding(
                probe=pid,
                level=Level.UNKNOWN,
                evidence=[
                    *ev,
                    *(ctx.hit_evidence(h, "points to where the setup is described") for h in pointers),
                ],
                data={**data, "pointer": pointers[0].text},
                reason="The architecture is documented; the training hardware and setup are not stated in "
                "what opengauge read, which only says where they are described "
                f"({clip(pointers[0].text, 120)!r}), so whether they are documented could not be read.",
            )
        ]
    if arch or hw_hits:
        what = "architecture" if arch else "training hardware"
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason=f"Only the {what} is documented, not the "
                f"{'training hardware and setup' if arch else 'architecture'}.",
            )
        ]
    if ctx.card is not None and minimal:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                data=data,
                evidence=[ctx.hit_evidence(h, "architecture type only") for h in minimal[:2]],
                reason="Only minimal architecture information is given (the model's type, "
                f"{clip(minimal[0].text, 90)!r}, without its layers, sizes or attention), and the "
                "training hardware is not documented.",
            )
        ]
    if ctx.card is not None:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                data=data,
                evidence=[ctx.evidence(ctx.card, None, None, "no architecture or hardware description")],
                reason="Neither the architecture nor the training hardware is documented.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data=data,
            reason="No documentation was found to read the architecture from.",
        )
    ]


def _fact_key(term: str) -> str:
    """One architecture term, whatever its spelling: `24 Layers` and `layers` are one fact."""
    words = re.sub(r"[\d,.]+", " ", term.lower()).replace("-", " ").replace("_", " ").split()
    return " ".join(w.removesuffix("s") for w in words)


def _architecture_described(
    ctx: ProbeContext, docs: list[Document] | list[tuple[Document, CodeRepo | None]]
) -> tuple[list[Hit], list[Hit]]:
    """(the lines that document the architecture, the lines that only name its type) in `docs`,
    outside code examples. Documented: at least one architecture fact (layers, sizes, heads, context
    length, attention kind...: `architecture-facts`) and two distinct terms in all (a type and a fact,
    or two facts); a type alone ("based on the transformer architecture") is minimal information,
    which the experts rate closed ("Only minimal architecture information available")."""
    hits = [
        h
        for h in ctx.search(_ARCH, docs, limit=40, skip_front_matter=True)
        + ctx.search(_ARCH_FACTS, docs, limit=40, skip_front_matter=True)
        if not _in_code_block(ctx, h)
    ]
    facts: dict[str, Hit] = {}
    terms: set[str] = set()
    for h in hits:
        for m in _ARCH_FACTS.finditer(h.text):
            facts.setdefault(_fact_key(m.group(0)), h)
        terms.update(_fact_key(m.group(0)) for m in _ARCH.finditer(h.text))
    terms |= set(facts)
    if facts and len(terms) >= 2:
        # cite where the card names the architecture and where it states its first fact
        order = sorted(hits, key=lambda h: (h.doc is not ctx.card, h.line))
        first_fact = min(facts.values(), key=lambda h: (h.doc is not ctx.card, h.line))
        cited = {(id(h.doc), h.line): h for h in (order[0], first_fact)}
        return list(cited.values()), []
    return [], [h for h in hits if _ARCH.search(h.text)][:2]


def _presented_as_paper(ctx: ProbeContext, hit: Hit) -> bool:
    """True when an arXiv link is the release's own paper: it sits in a citation (BibTeX) or in a section
    about the paper, or its line presents it as a paper, report or preprint. An arXiv link on the name of
    a technique the model uses (ALiBi, FlashAttention...) is related work, not the release's preprint."""
    if _PRESENTS_PAPER.search(hit.text):
        return True
    return bool(_CITING_TITLE.search((ctx.enclosing_titles(hit) or [""])[-1]))


@dataclass(frozen=True)
class _Cited:
    """An arXiv paper the release cites, and whose it is: `own` (the model's preprint), `method` (a
    method the card says the model applies), `own-data` (a dataset paper of the model's own family),
    or not the model's at all: `base` (a base model's), `model` (another model's), `data` (another
    dataset's), `unrelated` (a method the model does not say it applies), `unnamed` (a bare link
    the card does not present as its own)."""

    aid: str
    role: str
    what: str
    evidence: Evidence


_COUNTS = {"own": Level.OPEN, "method": Level.PARTIAL, "own-data": Level.PARTIAL, "previous": Level.PARTIAL}


def _arxiv_hits(ctx: ProbeContext) -> list[_Cited]:
    """Every arXiv paper the documents present as a paper (`_presented_as_paper`; an arXiv link on a
    technique's name is related work and not collected), each judged by `_role`; then the ids the
    release lists (Hub tags, paper list) that the documents never mention."""
    return ctx.cached(("docs", "arxiv-cited"), lambda: _collect_arxiv(ctx))


def _collect_arxiv(ctx: ProbeContext) -> list[_Cited]:
    words = _own_words(ctx)
    base = _base_words(ctx) - words
    catalog = load_papers()
    out: dict[str, _Cited] = {}
    mentioned: set[str] = set()
    for hit in ctx.search(_ARXIV, ctx.readmes, limit=60):
        presented = _presented_as_paper(ctx, hit)
        for m in _ARXIV.finditer(hit.text):
            aid = next(g for g in m.groups() if g)
            mentioned.add(aid)
            if not presented:
                continue
            role, what = _role(ctx, hit, aid, words, base)
            known = out.get(aid)
            # the strongest reading of a paper cited twice ("our paper" once, a bare link elsewhere)
            if known is None or _RANK[role] < _RANK[known.role]:
                out[aid] = _Cited(aid, role, what, ctx.hit_evidence(hit, f"arXiv {aid}: {what}"))
    # Hub tags and the release's paper list repeat the links of the card: they count only for an id the
    # documents do not mention (a tag set by hand), never to revive a related-work link; a catalogued
    # paper of another model is not the model's own
    listed = [(t.split(":", 1)[1], t, "Hub tag") for t in ctx.release.tags if t.lower().startswith("arxiv:")]
    listed += [
        (pm.group(1), p, "paper named by the release")
        for p in ctx.release.papers
        if (pm := _ARXIV_ID.search(p))
    ]
    for aid, quote, note in listed:
        if aid in mentioned or aid in out:
            continue
        paper = catalog.by_arxiv(aid)
        role, what = ("own", "listed by the release") if paper is None else _catalog_role(paper, words, base)
        source = ctx.release.url or ctx.release.ref
        if note != "Hub tag" and quote.startswith("http"):
            source = quote
        out[aid] = _Cited(aid, role, what, Evidence(source=source, quote=quote, note=note))
    return list(out.values())


_RANK = {
    "own": 0,
    "method": 1,
    "own-data": 2,
    "previous": 3,
    "base": 4,
    "model": 5,
    "data": 6,
    "unrelated": 7,
    "unnamed": 8,
}


def _base_words(ctx: ProbeContext) -> set[str]:
    """The name words of the release's declared or stated base models and of its lineage."""
    names = list(ctx.release.base_models) + [r.id for r in ctx.release.lineage]
    return {w for n in names for w in model_name_words(n.rsplit("/", 1)[-1].split(":")[-1], 2)}


def _of_base(paper: Paper, base: set[str]) -> bool:
    """Whether a catalogued paper presents one of the release's base models (by their name words)."""
    return bool(base) and any(model_name_words(m, 2) & base for m in paper.models)


def _catalog_role(paper: Paper, words: set[str], base: set[str]) -> tuple[str, str]:
    """Whose a catalogued paper is, by what the catalog says it presents and covers."""
    if _presents(paper, words):
        return "own", f"{paper.name} (the model's paper, opengauge paper catalog)"
    if paper.covers == "data":
        if any(_names(m, words) for m in paper.models) or _names(paper.name, words):
            return (
                "own-data",
                f"{paper.name} (a dataset paper of the model's family, opengauge paper catalog)",
            )
        return "data", f"{paper.name} (a dataset paper, opengauge paper catalog)"
    models = ", ".join(paper.models)
    if _of_base(paper, base):
        return "base", f"{paper.name} (the paper of the base model {models}, opengauge paper catalog)"
    if paper.covers == "method":
        return "unrelated", f"{paper.name} (a method paper, opengauge paper catalog)"
    return "model", f"{paper.name} (the paper of another model, {models or 'not this one'})"


def _role(ctx: ProbeContext, hit: Hit, aid: str, words: set[str], base: set[str]) -> tuple[str, str]:
    """Whose the arXiv paper `aid` cited on `hit` is (see `_Cited`): the paper catalog's record when it
    knows the paper, else the paper's title as the card gives it (its BibTeX entry, the link's text)
    or, without one, the line that cites it."""
    paper = load_papers().by_arxiv(aid)
    title = paper.name if paper is not None else _cited_title(ctx, hit, aid)
    role, what = (
        _catalog_role(paper, words, base)
        if paper is not None
        else _read_role(ctx, hit, aid, words, base, title)
    )
    generic = paper is not None and not paper.models  # a catalogued technique (LoRA): never the recipe
    if role in ("model", "unrelated") and not generic and _applied(ctx, _lead_in(title)):
        return "method", what.split(" (", 1)[0] + " (a method the model applies, not a paper of this model)"
    if role == "own" and paper is None and (other := _other_generation(ctx, title or _sentence(ctx, hit))):
        shown = repr(clip(title, 90)) if title else f"arXiv {aid}"
        return "previous", f"{shown} (a paper of {other}, another generation of the model)"
    return role, what


def _generation(word: str) -> re.Pattern[str]:
    """A family word followed by its generation number ("Foehn-2", "foehn 1", "Foehn v3"), not a size
    ("Foehn-7B")."""
    return re.compile(rf"(?i)(?<![\w-]){re.escape(word)}[-_ ]?v?(\d+)(?:\.\d+)*(?![\d.]*[bmkt]\b)")


def _other_generation(ctx: ProbeContext, title: str) -> str | None:
    """The family and generation a cited paper's title (or, without one, the line citing it) names when
    it names only another generation than the release's own name gives ("Foehn-1: Open Multilingual
    Language Models ..." cited by Foehn-2-7B, whose report is "in preparation"): that paper documents a
    predecessor, so it counts as partial, as the experts rate a preprint of a previous version of the model
    (CogView.yaml; held-out release round 31). Only the major number is compared: the Llama 3 paper is
    Llama 3.1's own."""
    name = ctx.release.id.rsplit("/", 1)[-1]
    for word in sorted(_own_words(ctx), key=len, reverse=True):
        if len(word) < 3 or not word.isalpha():
            continue
        pattern = _generation(word)
        own = pattern.search(name)
        cited = {m.group(1): m.group(0) for m in pattern.finditer(title)}
        if own and cited and own.group(1) not in cited:
            return next(iter(cited.values()))
    return None


def _read_role(
    ctx: ProbeContext, hit: Hit, aid: str, words: set[str], base: set[str], title: str | None
) -> tuple[str, str]:
    """Whose an uncatalogued paper is: by its `title` when the card gives one (`_cited_title`: naming
    the model, the base model, a dataset, a method, or leading with another name: `Orca: ...`), else
    by the line citing it. A paper whose subject cannot be told (a bare link, a title naming none of
    these) is the model's own, as the card presents it as a paper (its citation entry, "Read the
    paper")."""
    shown = repr(clip(title, 90)) if title else f"arXiv {aid}"
    if title is not None:
        if _names_model(title, words):
            if _DATASET_PAPER.search(title):
                return "own-data", f"{shown} (a dataset paper of the model's family)"
            return "own", f"{shown} (its title names the model)"
        if base and _names_model(title, base):
            return "base", f"{shown} (its title names the base model)"
        if _DATASET_PAPER.search(title):
            return "data", f"{shown} (a dataset paper)"
        if _METHOD_PAPER.search(title):
            return "unrelated", f"{shown} (a method paper)"
        lead = _lead_in(title)
        if lead:
            return "model", f"{shown} (about {lead}, not this model)"
    line = _sentence(ctx, hit)
    if _OUR_PAPER.search(line):
        return "own", f"{shown} (presented as the model's paper)"
    if _DATASET_PAPER.search(line):
        return "data", f"{shown} (cited for a dataset)"
    if _names_model(line, words):
        return "own", f"{shown} (presented as the model's paper)"
    if base and _names_model(line, base):
        return "base", f"{shown} (cited as the base model's paper)"
    other = next(
        (m.group(1) for m in _OTHER_NAMED.finditer(line) if not _names_model(m.group(1), words)), None
    )
    if other is not None:
        return "model", f"{shown} (cited as the {other} paper)"
    if hit.repo is not None:
        # a linked code repository (often a framework or library) presents its own papers
        return "unnamed", f"{shown} (cited by the linked repository {hit.repo.ref}, naming no model)"
    return "own", f"{shown} (presented as the model's paper)"


_DATASET_PAPER = re.compile(r"\b(datasets?|data ?sets?|corpus|corpora|benchmarks?)\b", re.I)
_METHOD_PAPER = re.compile(
    r"\b(optimi[sz]ation|method|algorithm|alignment|fine-?tuning|adaptation|distillation|preference|"
    r"learning from|attention|scaling|inference|quantization|quantisation|compression|FP8)\b",
    re.I,
)
_OUR_PAPER = re.compile(r"\bour\s+(?:\w+\s+)?(pre-?print|paper|(tech(nical)?\s+)?report)\b", re.I)
# "the LLaMA paper", "Section 5.1 of the LLaMA [paper](...)": a paper named for another model
_OTHER_NAMED = re.compile(
    r"\b(?:the|of)\s+([A-Z][\w.-]*(?:\s[A-Z0-9][\w.-]*)?)\s+\[?(?:paper|preprint|technical report)\b"
)
# a link's text that is not a title ("Read the paper", "arXiv", "PDF", "Technical report")
_GENERIC_LINK = re.compile(r"\b(paper|preprint|arxiv|pdf|here|link|report|abs)\b", re.I)
#: characters of a BibTeX entry or of a preceding line read around a citation (a card is untrusted)
_CITATION_CAP = 4000
_BIB_TITLE = re.compile(r"^\s*title\s*=\s*[{\"]+\s*(.+?)\s*[}\"]*\s*,?\s*$", re.I | re.M)


def _cited_title(ctx: ProbeContext, hit: Hit, aid: str) -> str | None:
    """The title the card gives the paper `aid`: its BibTeX entry's `title`, or the text of the
    Markdown or HTML link to it (not a generic "paper" or "arXiv")."""
    lines, _ = ctx._lines(hit.doc)
    entry = _bibtex_entry(lines, hit.line - 1) if 0 < hit.line <= len(lines) else None
    if entry is not None and aid in entry:
        m = _BIB_TITLE.search(entry[:_CITATION_CAP])
        if m:
            return m.group(1).strip("{} ")
    at = re.escape(aid)
    for rx in (
        rf"\[([^\[\]\n]{{3,200}})\]\(\s*<?https?://[^)\s]*{at}",
        rf"<a\s[^>]*href=[\"']?https?://[^\"'>]*{at}[^>]*>([^<]{{3,200}})</a>",
    ):
        m = re.search(rx, hit.text, re.I)
        text = m.group(1).strip() if m else ""
        if len(text.split()) >= 3 and not (_GENERIC_LINK.search(text) and len(text.split()) <= 4):
            return text
    return None


def _sentence(ctx: ProbeContext, hit: Hit) -> str:
    """The line citing a paper with the lines of its paragraph before it (a sentence wrapped before
    its link: "described in the associated\n<a href=...>paper</a>")."""
    lines, _ = ctx._lines(hit.doc)
    i = hit.line - 1
    if not 0 <= i < len(lines):
        return hit.text
    start = i
    while (
        start > max(0, i - 3)
        and lines[start - 1].strip()
        and not lines[start - 1].lstrip().startswith(("#", "|", "-", "*", "```"))
    ):
        start -= 1
    return " ".join([*(line[-_CITATION_CAP:] for line in lines[start:i]), hit.text])


def _names_model(text: str, words: set[str]) -> bool:
    """`_names`, also where the text spaces a version off the name (`Baichuan 2` names baichuan2)."""
    return _names(text, words) or _names(re.sub(r"(?<=[A-Za-z])[\s-]+(?=\d)", "", text), words)


def _lead_in(title: str | None) -> str | None:
    """The name a title leads with (`Orca: Progressive Learning ...` -> Orca) or spells out
    (`Odds Ratio Preference Optimization (ORPO)` -> ORPO): what the paper is about."""
    if not title:
        return None
    if ":" not in title:
        m = re.search(r"\(([A-Z][\w-]{1,15})\)\s*$", title)
        return m.group(1) if m else None
    lead = title.split(":", 1)[0].strip(" {}")
    return lead if 0 < len(lead.split()) <= 3 else None


def _applied(ctx: ProbeContext, name: str | None) -> bool:
    """Whether the card says the model applies the method or recipe `name` ("an Orca-style dataset",
    "trained with a novel alignment algorithm called ORPO")."""
    if not name or ctx.card is None:
        return False
    n = re.escape(name)
    rx = re.compile(
        rf"\b{n}[- ](style|method|approach|recipe|technique|algorithm|loss|objective)\b|"
        rf"\b(using|with|via|following|follows|called|applies|applying|apply)\s+(the\s+)?\[?{n}\b",
        re.I,
    )
    return any(
        not _in_code_block(ctx, h) for h in ctx.search(rx, [ctx.card], limit=3, skip_front_matter=True)
    )


#: The card's word that the model has no paper of its own ("Lacewing-Diffusion-1 has no paper of its own";
#: "No paper has been published for this model"): the papers it cites are the methods it builds on (held-out
#: release round 19: a diffusion model citing the latent-diffusion paper read as its own preprint and paper).
_NO_OWN_PAPER = re.compile(
    r"\b(has|have) no (own )?(paper|preprint|technical report|publication)s?( of (its|their) own| yet)?\b"
    r"|\bno (paper|preprint|technical report) (has been|was|is|will be) (published|released|written)\b"
    r"|\bwe (have not|haven't|did not|didn't) (published|publish|written|write|released|release) "
    r"(a |any )?(paper|preprint|technical report)\b",
    re.IGNORECASE,
)


def _no_own_paper(ctx: ProbeContext, pid: str) -> Finding | None:
    """`closed` on the card's word that the model has no paper of its own (`_NO_OWN_PAPER`), whatever it
    cites."""
    # asked by the preprint and the paper probes: searched once per release
    hits = ctx.cached(
        ("probe-docs", "no-own-paper"),
        lambda: ctx.search(_NO_OWN_PAPER, ctx.cards, limit=1, skip_front_matter=True),
    )
    if not hits:
        return None
    return Finding(
        probe=pid,
        level=Level.CLOSED,
        evidence=[ctx.hit_evidence(hits[0], "the card says the model has no paper of its own")],
        data={"no_own_paper": True},
        reason=f"The card says the model has no paper of its own ({clip(hits[0].text, 120)!r}); the papers "
        "it cites are others' work.",
    )


@probe("preprint")
def preprint(ctx: ProbeContext) -> list[Finding]:
    pid = "preprint"
    if (none := _no_own_paper(ctx, pid)) is not None:
        return [none]
    cited = _arxiv_hits(ctx)
    ids = [c for c in cited if c.role == "own"]
    if ids:
        catalog = load_papers()
        short = _omitted([catalog.by_arxiv(c.aid) for c in ids], [c.evidence for c in ids[:3]])
        if short is not None:
            return [short]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[c.evidence for c in ids[:3]],
                data={"arxiv": [c.aid for c in ids], "cited": _cited_data(cited)},
                reason=f"A preprint of the model is archived on arXiv ({', '.join(c.aid for c in ids[:3])}).",
            )
        ]
    # a Markdown document of the release titled as a report is one under any file name (REPORT.md)
    titled = {d.path for d in ctx.own_docs if _REPORT_TITLE.match(d.text.lstrip()[:200])}
    reports = [(r, f) for r, f in ctx.code_files if _TECH_REPORT.search(f.path)] + [
        (None, f) for f in ctx.release.files if _TECH_REPORT.search(f.path) or f.path in titled
    ]
    # the experts count a technical report published outside arXiv (a PDF on GitHub, the Hub or the
    # publisher's site) as the preprint: see the definition's `decides`
    if reports:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                data={"arxiv": [], "reports": [f.path for _, f in reports]},
                evidence=[ctx.file_evidence(f.path, r, "technical report") for r, f in reports[:2]],
                reason="A technical report is published with the release (outside arXiv).",
            )
        ]
    # an arXiv link is judged above by whose paper it is, not again as a report link
    # a report linked from a code repository's README is the model's only when it names the model (a
    # framework's README links the framework's paper)
    words = _own_words(ctx)
    linked = [
        h
        for h in ctx.search(_REPORT_LINK, ctx.readmes, limit=20, skip_front_matter=True)
        if not _ARXIV.search(h.text) and (h.repo is None or _names_model(h.text, words))
    ][:2]
    if linked:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                data={"arxiv": [], "reports": [h.text for h in linked]},
                evidence=[ctx.hit_evidence(h, "technical report linked") for h in linked],
                reason="A technical report or paper is linked (published outside arXiv).",
            )
        ]
    named = _preprint_named(ctx)
    if named is not None:
        hit, paper = named
        return [
            _catalogued_preprint(ctx, paper, ctx.hit_evidence(hit, "the model's paper, named without a link"))
        ]
    # the model's own paper cited by its title or a link to its page on the publisher's site ("the
    # paper 'Llama-2: Open Foundation ...', available at ai.meta.com/research/..."): the catalog knows
    # its arXiv version
    own = [(p, e) for p, e in _own_catalogued_papers(ctx) if p.arxiv and p.covers == "model"]
    if own:
        return [_catalogued_preprint(ctx, own[0][0], own[0][1])]
    partial = sorted((c for c in cited if c.role in _COUNTS), key=lambda c: _RANK[c.role])
    if partial:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[c.evidence for c in partial[:3]],
                data={"arxiv": [], "cited": _cited_data(cited)},
                reason="No preprint of the model itself is cited, only "
                + "; ".join(f"arXiv {c.aid}: {c.what}" for c in partial[:3])
                + ": it documents part of how the model was made, not the model.",
            )
        ]
    foreign = [c for c in cited if c.role != "unnamed"]
    if foreign:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[c.evidence for c in foreign[:3]],
                data={"arxiv": [], "cited": _cited_data(cited)},
                reason="The release cites no preprint of its own model, only papers that are not: "
                + "; ".join(f"arXiv {c.aid}: {c.what}" for c in foreign[:3])
                + ".",
            )
        ]
    if ctx.read_completely:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                data={"arxiv": [], "not_published": True},
                evidence=[ctx.absence_evidence("the release links no preprint or technical report")],
                reason="The release, read in full, links no preprint or technical report.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data={"arxiv": []},
            reason=f"Whether a preprint exists could not be established{ctx.unread_reason()}.",
        )
    ]


def _cited_data(cited: list[_Cited]) -> list[dict[str, str]]:
    return [{"arxiv": c.aid, "role": c.role, "what": c.what} for c in cited]


_PARTS = {
    "data": "where the training data comes from and how it was processed",
    "training": "how it was trained",
}


def _omitted(papers: list[Paper | None], cited: list[Evidence]) -> Finding | None:
    """Partial: the model's own preprints, every one known to the paper catalog, all leave out a major
    part of making the model (the OSAI preprint parameter: open when they "cover all major parts (data
    processing, training, tuning)", partial for "some parts"). None when any covers every part, or
    one is not catalogued (not established)."""
    if not papers or any(p is None for p in papers):
        return None
    known = [p for p in papers if p is not None]
    missing = set.intersection(*(set(p.omits) for p in known))
    if not missing:
        return None
    parts = [part for part in _PARTS if part in missing]
    first = known[0]
    ids = [a for p in known for a in p.arxiv]
    return Finding(
        probe="preprint",
        level=Level.PARTIAL,
        data={"arxiv": [a for p in known for a in p.arxiv], "omits": parts},
        evidence=[
            *cited,
            *(
                Evidence(
                    source=p.url,
                    note=f"{p.name}: {p.omits_note} (opengauge paper catalog, checked {p.checked})",
                )
                for p in known[:3]
            ),
        ],
        reason=f"The model's preprint ({', '.join(ids)}: {first.name}) does not "
        f"describe {' or '.join(_PARTS[x] for x in parts)}: it covers some of the major parts, not all "
        f"({first.omits_note[0].lower() + first.omits_note[1:]} opengauge paper catalog).",
    )


def _catalogued_preprint(ctx: ProbeContext, paper: Paper, cited: Evidence) -> Finding:
    """Open: the release refers to its own paper, which the paper catalog knows as an arXiv preprint
    (partial when the paper leaves out a major part, see `_omitted`)."""
    short = _omitted([paper], [cited])
    if short is not None:
        return short
    return Finding(
        probe="preprint",
        level=Level.OPEN,
        data={"arxiv": list(paper.arxiv), "named": paper.id},
        evidence=[
            cited,
            Evidence(
                source=paper.url,
                note=f"{paper.name}: arXiv {', '.join(paper.arxiv)} "
                f"(opengauge paper catalog, checked {paper.checked})",
            ),
        ],
        reason=f"The release refers to the model's paper, {paper.name}, a preprint archived on arXiv "
        f"({', '.join(paper.arxiv)}; opengauge paper catalog).",
    )


# "the Llama 3 paper", "our Qwen2 technical report": a paper named by the model it presents
_NAMED_PAPER = re.compile(
    r"\b(?:the|our|see|in)\s+([A-Z][\w.-]*(?:[ -][\w.-]+){0,3}?)\s+(?:paper|technical report|tech report)\b"
)


def _model_key(name: str) -> str:
    return " ".join(re.split(r"[\s_-]+", name.lower().strip()))


@lru_cache(maxsize=2)
def _papers_by_model(catalog: PaperCatalog) -> dict[str, Paper]:
    """The catalog's arXiv preprints by the name of each model they present (`_model_key`)."""
    return {_model_key(m): p for p in catalog.entries.values() if p.arxiv for m in p.models}


def _preprint_named(ctx: ProbeContext) -> tuple[Hit, Paper] | None:
    """A paper the card names by its model ("please read the Llama 3 paper") that the paper catalog
    knows as an arXiv preprint presenting that model, when the model is this release's own family."""
    words = _own_words(ctx)
    if not words:
        return None
    by_model = _papers_by_model(load_papers())
    for hit in ctx.search(_NAMED_PAPER, ctx.readmes, limit=10, skip_front_matter=True):
        for m in _NAMED_PAPER.finditer(hit.text):
            paper = by_model.get(_model_key(m.group(1)))
            if paper is not None and _presents(paper, words):
                return hit, paper
    return None


def _title_words(ctx: ProbeContext) -> set[str]:
    """The words of the card's first heading that name the model (`# Heron-Lite` -> heron), for a card
    whose model name differs from its repository's."""
    if ctx.card is None:
        return set()
    for s in ctx.sections(ctx.card):
        if s.title:
            return model_name_words(s.title) - _COMMON_TITLE_WORDS
    return set()


def _bibtex_entry(lines: list[str], i: int) -> str | None:
    """The BibTeX entry line `i` (0-based) is part of, as one text; None when it is not in one."""
    start = None
    for j in range(i, max(-1, i - 40), -1):
        stripped = lines[j].strip()
        if stripped.startswith("@"):
            start = j
            break
        if not stripped or stripped.startswith(("```", "~~~")):
            return None
    if start is None:
        return None
    end = start + 1
    while end < min(len(lines), start + 40):
        stripped = lines[end].strip()
        if not stripped or stripped.startswith(("@", "```", "~~~")):
            break
        end += 1
    return "\n".join(lines[start:end])


def _names(text: str, words: set[str], *, joined: bool = False) -> bool:
    """Whether `text` names the model: one of its name words starting a word (`PolyPythias` does not
    name Pythia), or anywhere in `joined` text such as a BibTeX key (`biderman2023pythia`); a short
    word (`t5`) only as a whole word."""
    low = text.lower()
    for w in words:
        if len(w) < 4:
            pat = rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])"
        else:
            pat = re.escape(w) if joined else rf"(?<![a-z0-9]){re.escape(w)}"
        if re.search(pat, low):
            return True
    return False


def _about(ctx: ProbeContext, hit: Hit, words: set[str]) -> bool:
    """Whether a venue citation is of the model's own paper: its BibTeX entry (key, title) or its line
    names the model, or the line presents the paper as the model's ("associated paper", "Paper:")."""
    lines, _ = ctx._lines(hit.doc)
    i = hit.line - 1
    if not 0 <= i < len(lines):
        return False
    entry = _bibtex_entry(lines, i)
    if entry is not None:
        return _names(entry, words, joined=True)
    if _names(lines[i], words) or _OWN_PAPER.search(lines[i]):
        return True
    # a section of its own for the paper ("Paper", "Publications"), not a list of references
    return any(_PAPER_TITLE.search(t) for t in ctx.enclosing_titles(hit))


def _presents(paper: Paper, words: set[str]) -> bool:
    """Whether the paper catalog records `paper` as presenting this model: every word of one of its
    models' names (`GPT-NeoX-20B` -> gpt, neox) is a word of the release's name."""
    return any((w := model_name_words(m, 2)) and w <= words for m in paper.models)


def _citation_text(ctx: ProbeContext, hit: Hit) -> str:
    """The citation a hit is part of: its BibTeX entry, else its line."""
    lines, _ = ctx._lines(hit.doc)
    i = hit.line - 1
    if not 0 <= i < len(lines):
        return hit.text
    return _bibtex_entry(lines, i) or lines[i]


def _cited_papers(text: str) -> list[Paper]:
    """The catalogued papers a citation names: by arXiv id (link, `arXiv:`, Hub paper page, BibTeX
    eprint) or by title."""
    catalog = load_papers()
    found = {p.id: p for p in catalog.in_text(text)}
    for m in _ARXIV.finditer(text):
        paper = catalog.by_arxiv(next(g for g in m.groups() if g))
        if paper is not None:
            found.setdefault(paper.id, paper)
    return list(found.values())


def _own_words(ctx: ProbeContext) -> set[str]:
    """The words that name the release's model: its repository name's and its card title's."""
    return ctx.cached(("docs", "own-words"), lambda: ctx.name_words(min_len=2) | _title_words(ctx))


def _own_catalogued_papers(ctx: ProbeContext) -> list[tuple[Paper, Evidence]]:
    """`_find_own_papers`, once per release read (the preprint and peer-reviewed-paper probes both ask)."""
    return ctx.cached(("docs", "own-papers"), lambda: _find_own_papers(ctx, _own_words(ctx)))


def _find_own_papers(ctx: ProbeContext, words: set[str]) -> list[tuple[Paper, Evidence]]:
    """The release's own papers that the paper catalog knows, each with where it is cited. A paper is
    the release's own when the catalog says it presents the model, or when the card presents it as its
    own (`_about`) and it is a paper about a model, not a dataset paper (a card names the papers of
    its training data on the lines that say what the model was trained on). A paper cited for related
    work (a method such as LoRA, a library) is neither, nor is the paper of a base model the release
    declares, however the card presents it ("Paper: ..." on a fine-tune's card). Ids the release lists
    (its Hub `arxiv:` tags and paper list) that the documents never mention count only when the catalog
    says the paper presents the model."""
    catalog = load_papers()
    base = _base_words(ctx) - words
    out: dict[str, tuple[Paper, Evidence]] = {}
    mentioned: set[str] = set()
    hits = ctx.search(_ARXIV, ctx.readmes, limit=60)
    # titles written out ("Pythia: A Suite for Analyzing ..."), and links to a paper's page or its venue's
    for doc, repo in ctx.readmes:
        lines, _ = ctx._lines(doc)
        for mention in catalog.mentions(doc.text):
            if 0 < mention.line <= len(lines):
                hits.append(Hit(doc, mention.line, lines[mention.line - 1], repo))
    for hit in hits:
        for paper in _cited_papers(hit.text):
            mentioned.update(paper.arxiv)
            if paper.id in out:
                continue
            if _presents(paper, words) or (
                paper.covers == "model" and not _of_base(paper, base) and _about(ctx, hit, words)
            ):
                out[paper.id] = (paper, ctx.hit_evidence(hit, f"cites {paper.name}"))
    listed = [t.split(":", 1)[1] for t in ctx.release.tags if t.lower().startswith("arxiv:")]
    listed += [m.group(1) for p in ctx.release.papers if (m := _ARXIV_ID.search(p))]
    for aid in listed:
        named = catalog.by_arxiv(aid)
        if named is not None and named.id not in out and aid not in mentioned and _presents(named, words):
            source = ctx.release.url or ctx.release.ref
            out[named.id] = (
                named,
                Evidence(source=source, quote=f"arXiv:{aid}", note="paper named by the release"),
            )
    return list(out.values())


def _catalog_fact(paper: Paper) -> str:
    """`<title>: published at <venue> <year> (opengauge paper catalog, checked <date>)`."""
    return (
        f"{paper.name}: published at {paper.published_as} (opengauge paper catalog, checked {paper.checked})"
    )


def _venue_evidence(paper: Paper) -> Evidence:
    return Evidence(source=paper.source, note=f"venue: {paper.published_as} (opengauge paper catalog)")


def _catalog_data(papers: list[tuple[Paper, Evidence]]) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "arxiv": p.arxiv, "venue": p.venue, "venue_kind": p.venue_kind, "year": p.year}
        for p, _ in papers
    ]


@probe("peer-reviewed-paper")
def peer_reviewed_paper(ctx: ProbeContext) -> list[Finding]:
    pid = "peer-reviewed-paper"
    if (none := _no_own_paper(ctx, pid)) is not None:
        return [none]
    # the model's own paper: a venue cited for related work (a library, a method, a follow-up study)
    # says nothing of how the model is documented
    words = _own_words(ctx)
    own = _own_catalogued_papers(ctx)
    catalogued = _catalog_data(own)
    # the catalog's venue for the model's own paper is the fact: see the definition's `decides`
    full = [(p, e) for p, e in own if p.peer_reviewed]
    if full:
        paper, cited = full[0]
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[cited, _venue_evidence(paper)],
                data={"venue": True, "catalog": catalogued},
                reason=f"The release cites its paper, {_catalog_fact(paper)}.",
            )
        ]
    # a citation of a paper whose venue the catalog records is judged by the catalog, not by how the
    # card cites it (a workshop paper cited with a "Proceedings of ..." booktitle stays a workshop paper)
    venue = [
        h
        for h in ctx.search(_VENUE, ctx.readmes, limit=20, skip_front_matter=True)
        if _about(ctx, h, words) and not any(p.venue for p in _cited_papers(_citation_text(ctx, h)))
    ]
    # a citation whose venue is a workshop (its BibTeX booktitle or its line says so) is a workshop paper,
    # read as the catalog's workshop papers are below (OpenELM.yaml: a workshop poster, partial)
    at_workshop = [h for h in venue if _WORKSHOP.search(_citation_text(ctx, h))]
    at_workshop.sort(key=lambda h: not _WORKSHOP.search(h.text))  # the line naming the workshop first
    # an event at a venue that names no paper ("Related workshop at NeurIPS 2024") is no publication
    venue = [
        h
        for h in venue
        if h not in at_workshop
        and not (_EVENT.search(h.text) and not _PAPER_WORDS.search(_citation_text(ctx, h)))
    ][:2]
    if venue:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.hit_evidence(h, "peer-reviewed venue") for h in venue],
                data={"venue": True, "catalog": catalogued},
                reason="The release cites a paper published at a peer-reviewed venue.",
            )
        ]
    workshop = [(p, e) for p, e in own if p.venue_kind == "workshop"]
    if not workshop and at_workshop:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[ctx.hit_evidence(h, "a workshop's proceedings") for h in at_workshop[:2]],
                data={"venue": True, "workshop": True, "catalog": catalogued},
                reason="The release cites its paper at a workshop only "
                f"({clip(at_workshop[0].text.strip(), 100)!r}): a workshop paper is peer reviewed, but more "
                "lightly than a conference or journal paper, so it counts as partial.",
            )
        ]
    if workshop:
        paper, cited = workshop[0]
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[cited, _venue_evidence(paper)],
                data={"venue": True, "workshop": True, "catalog": catalogued},
                reason=(
                    f"The release cites its paper, {_catalog_fact(paper)}: a workshop paper is peer "
                    "reviewed, but more lightly than a conference or journal paper, so it counts as partial."
                ),
            )
        ]
    if own:
        paper, cited = own[0]
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[cited, Evidence(source=paper.source, note="opengauge paper catalog: no venue")],
                data={"venue": False, "catalog": catalogued},
                reason=(
                    f"The release cites {paper.name}, which the opengauge paper catalog (checked "
                    f"{paper.checked}) records at no peer-reviewed venue: {paper.note}"
                ),
            )
        ]
    only_preprint = ctx.search(_ARXIV_JOURNAL, ctx.cards, limit=1, skip_front_matter=True)
    if only_preprint:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.hit_evidence(only_preprint[0], "citation of a preprint only")],
                data={"venue": False, "catalog": catalogued},
                reason="The release cites only a preprint or report, no peer-reviewed paper.",
            )
        ]
    if ctx.read_completely:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                data={"venue": False, "not_published": True, "catalog": catalogued},
                evidence=[ctx.absence_evidence("the release cites no peer-reviewed venue")],
                reason="The release, read in full, cites no paper published at a peer-reviewed venue.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data={"venue": False, "catalog": catalogued},
            reason=f"Whether a peer-reviewed paper exists could not be established{ctx.unread_reason()}.",
        )
    ]


#: A list of results is read over at most this many lines after the line that introduces it.
MAX_RESULT_LIST = 40


def _results_list(ctx: ProbeContext) -> tuple[Document, int, str] | None:
    """A list of results that no heading announces: a line that introduces results as a section title
    would ("Scores (5-shot):", "**Benchmarks**"), followed by at least two items of a name and a number.
    Returns (document, line, the introducing line) or None."""
    for doc in ctx.cards:
        lines = ctx._lines(doc)[0]
        for i, raw in enumerate(lines):
            intro = raw.strip().strip("*_#").strip()
            if (
                not intro
                or len(intro) > 80
                or not (raw.rstrip().endswith(":") or raw.strip().startswith("**"))
            ):
                continue
            if not CARD_SECTIONS["evaluation"].search(intro):
                continue
            items = 0
            for nxt in lines[i + 1 : i + 1 + MAX_RESULT_LIST]:
                if not nxt.strip():
                    if items:
                        break
                    continue
                if not _RESULT_ITEM.match(nxt):
                    break
                items += 1
            if items >= 2:
                return doc, i + 1, raw.strip()
    return None


@probe("evaluation-results")
def evaluation_results(ctx: ProbeContext) -> list[Finding]:
    pid = "evaluation-results"
    md = ctx.release.metadata
    if md.get("model-index"):
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.metadata_evidence("model-index", "structured evaluation results")],
                data={"structured": True},
                reason="Evaluation results are published in the card's structured metadata.",
            )
        ]
    eval_files = [f for f in ctx.release.files if f.path.startswith(".eval_results/")]
    if eval_files:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.file_evidence(eval_files[0].path, note="evaluation results file")],
                data={"structured": True},
                reason="Evaluation results are published as files in the repository.",
            )
        ]
    evals = [
        s
        for doc in ctx.cards
        for s in ctx.sections(doc)
        if CARD_SECTIONS["evaluation"].search(s.title) and s.substantive
    ]
    tabled = [s for s in evals if _RESULT_TABLE.search(s.body)]
    found = next(iter(tabled or evals), None)
    if found is not None:
        table = bool(tabled)
        ev = [ctx.evidence(found.doc, found.line, found.title, "evaluation section")]
        if table:
            return [
                Finding(
                    probe=pid,
                    level=Level.OPEN,
                    evidence=ev,
                    data={"structured": False},
                    reason="The model card reports evaluation results in a table.",
                )
            ]
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data={"structured": False},
                reason="The model card discusses evaluation, but without a table of results.",
            )
        ]
    listed = _results_list(ctx)
    if listed is not None:
        doc, line, text = listed
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.evidence(doc, line, text, "results listed")],
                data={"structured": False},
                reason="The model card reports evaluation results in a list.",
            )
        ]
    if ctx.card is not None:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.evidence(ctx.card, None, None, "no evaluation section")],
                data={"structured": False},
                reason="The model card reports no evaluation results.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data={"structured": False},
            reason="No model card to read results from.",
        )
    ]


@probe("package-api")
def package_api(ctx: ProbeContext) -> list[Finding]:
    pid = "package-api"
    ev: list[Evidence] = []
    package = None
    for hit in ctx.search(_PIP, ctx.readmes, limit=20):
        m = _PIP.search(hit.text)
        if m and m.group(1).lower() not in _GENERIC_PACKAGES and not m.group(1).startswith((".", "-")):
            package = m.group(1)
            ev.append(ctx.hit_evidence(hit, f"installable package {package}"))
            break
    if package is None:
        proj = [(r, f) for r, f in ctx.code_files if f.path in _PACKAGE_FILES]
        if proj:
            ev.append(ctx.file_evidence(proj[0][1].path, proj[0][0], "packaged code"))
            package = proj[0][0].ref
    api = ctx.search(_API, ctx.readmes, limit=1, skip_front_matter=True)
    ev += [ctx.hit_evidence(h, "API access") for h in api]
    data = {"package": package, "api": bool(api)}
    if package:
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=ev,
                data=data,
                reason=f"The code is released as an installable package ({package})"
                + (" and an API is offered." if api else "."),
            )
        ]
    if api:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason="An API is offered, but no installable package.",
            )
        ]
    return [Finding(probe=pid, level=Level.UNKNOWN, data=data, reason="No package or API is mentioned.")]


_SCALE = {"t": 1e12, "b": 1e9, "m": 1e6}


def _amount(number: str, unit: str) -> float:
    """A count written as a number ("2.5", "1,100") and a unit (T/trillion, B/billion, M/million)."""
    return float(number.replace(",", "")) * _SCALE[unit[0].lower()]


def _params(ctx: ProbeContext) -> tuple[float | None, str]:
    name = ctx.release.id.split("/")[-1]
    matches = list(_PARAMS_IN_NAME.finditer(name))
    m = matches[-1] if matches else None  # the last size in the name is the model's
    if m:
        experts = int(m.group(1)) if m.group(1) else 1
        n = _amount(m.group(2), m.group(3)) * experts
        return n, f"model name {name}"
    for hit in ctx.search(_PARAMS_IN_TEXT, ctx.readmes, limit=1, skip_front_matter=True):
        # the hit is the line where the match starts: a match running onto the next line is not on it
        stated = _PARAMS_IN_TEXT.search(hit.text)
        if stated is not None:
            n = _amount(stated.group(1), stated.group(2))
            return n, "parameter count stated in the documentation"
    for cell, _ in column_cells(ctx, ctx.readmes, _PARAMS_HEADER):
        if (stated := _SIZE_CELL.fullmatch(cell)) is not None and stated.group(2).lower()[0] in "bm":
            n = _amount(stated.group(1), stated.group(2))
            return n, "parameter count in a table of the documentation"
    weights = ctx.earlier("weights-published")
    size = next((f.data.get("bytes") for f in weights if f.data.get("bytes")), None)
    if size:
        return size / 2, "weights size at 2 bytes per parameter"
    return None, ""


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SI_PREFIX_POWER = {"peta": 15, "exa": 18, "zetta": 21, "yotta": 24}


def _flop_amount(m: re.Match[str]) -> float:
    """The FLOPs a `flop` match states: its mantissa times ten to its power (written after 10, in
    superscript digits too, or after e) or to its SI prefix's power."""
    if m["prefix"]:
        return float(m["mantissa"]) * 10 ** _SI_PREFIX_POWER[m["prefix"].lower()]
    power = (m["power"] or m["e_power"]).translate(_SUPERSCRIPT_DIGITS)
    return float(m["mantissa"]) * 10 ** int(power)


@probe("training-compute", after=("weights-published",))
def training_compute(ctx: ProbeContext) -> list[Finding]:
    pid = "training-compute"
    flop_hits = ctx.search(_FLOP, ctx.readmes, limit=1, skip_front_matter=True)
    # the hit is the line where the match starts: a match running onto the next line is not on it
    m = _FLOP.search(flop_hits[0].text) if flop_hits else None
    if m is not None:
        flop = _flop_amount(m)
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.hit_evidence(flop_hits[0], "training compute stated")],
                data={"flop": flop, "method": "stated"},
                reason=f"The training compute is stated: about {flop:.1e} FLOP.",
            )
        ]
    tokens: list[tuple[float, Hit]] = []
    for hit in ctx.search(_TOKENS, ctx.readmes, limit=20, skip_front_matter=True):
        for m in _TOKENS.finditer(hit.text):
            tokens.append((_amount(m.group(1), m.group(2)), hit))
    if not tokens:  # a table with the token count under its own column header
        for cell, hit in column_cells(ctx, ctx.readmes, _TOKENS_HEADER):
            if (m := _SIZE_CELL.fullmatch(cell)) is not None and m.group(2).lower()[0] in "tb":
                tokens.append((_amount(m.group(1), m.group(2)), hit))
    params, how = _params(ctx)
    data: dict[str, Any] = {"flop": None, "method": None, "params": params, "tokens": None}
    if tokens and params:
        d, hit = max(tokens, key=lambda t: t[0])
        flop = 6 * params * d
        data.update(flop=flop, method="estimated 6·N·D", tokens=d)
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.hit_evidence(hit, "training tokens")],
                data=data,
                reason=f"Training compute estimated at about {flop:.1e} FLOP from {d:.2g} tokens and "
                f"{params:.2g} parameters ({how}).",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data=data,
            reason="The training compute is neither stated nor estimable (tokens or size unknown).",
        )
    ]
