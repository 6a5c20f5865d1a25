"""Probes about training data: which datasets are disclosed, whether they are public and openly
licensed, and whether the data is documented (datasheet / data card)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from opengauge.knowledge.datasets import DatasetDocumentation, DatasetEntry, find_dataset, load_datasets
from opengauge.licenses.facts import verdict_for_id
from opengauge.licenses.names import entry_named_in
from opengauge.model import (
    UNTRAINED_RELATIONS,
    CodeRepo,
    DatasetRef,
    Document,
    DocumentKind,
    Evidence,
    Finding,
    Level,
)
from opengauge.probes.cardsections import linked_docs
from opengauge.probes.cardterms import LICENSE_TITLE
from opengauge.probes.context import (
    LIST_ITEM,
    Hit,
    ProbeContext,
    Section,
    drop_comments,
    sections_of,
    split_front_matter,
)
from opengauge.probes.original import of_the_original
from opengauge.probes.prefilter import for_text
from opengauge.probes.registry import probe
from opengauge.probes.tables import column_cells
from opengauge.probes.vocabulary import vocabulary
from opengauge.sources.card import card_configs, config_datasets
from opengauge.sources.documents import ADAPTER_CONFIG, MODEL_CONFIG, is_datasheet_file
from opengauge.sources.refs import hub_dataset_in_url
from opengauge.textio import CJK_CHAR, table_cells

_VOCAB = vocabulary("data")  # probes/vocabulary/data.yaml: what each pattern recognises, and why
_HUB_DATASET_LINK = _VOCAB.pattern("hub-dataset-link")
_ARCHIVE_LINK = _VOCAB.pattern("data-archive-link")
#: What an archive link keeps of its URL as the dataset's id: no scheme, no "www.", no trailing slash.
_URL_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_TRAINED_ON = _VOCAB.pattern("trained-on")
_CONTINUED = _VOCAB.pattern("continued-pretraining")
_DATA_HEADING = _VOCAB.pattern("data-heading")
_TRAINING_SECTION_TITLE = _VOCAB.pattern("training-section-title")
_REDUCED_AFTER = _VOCAB.pattern("reduced-after")
_REDUCED_BEFORE = _VOCAB.pattern("reduced-before")
_REDUCED_NEGATED = _VOCAB.pattern("reduced-negated")
_INTERNAL_DATA = _VOCAB.pattern("internal-data")
_CJK_NEGATED = _VOCAB.pattern("internal-negated-cjk")
_CJK_SENTENCE_END = re.compile(r"[。．.!?！？\n;；]")
_UNSHAREABLE = _VOCAB.pattern("unshareable-reason")
_RESTRICTED_ACCESS = _VOCAB.pattern("restricted-access")
_WITHDRAWN = _VOCAB.pattern("dataset-withdrawn")
#: A line break inside a paragraph (not a blank line).
_WRAP = re.compile(r"(?<!\n)\n(?!\n)")
_RELEASED_COLUMN = _VOCAB.pattern("released-column")
_COMPLETE_LIST = _VOCAB.pattern("complete-list")
_NOT_RELEASED = _VOCAB.pattern("not-released")
_DATASHEET = _VOCAB.pattern("datasheet")
_DATASHEET_STANDARD = _VOCAB.pattern("datasheet-standard")
_EU_SUMMARY = _VOCAB.pattern("eu-summary")
_PROMISED = _VOCAB.pattern("promised")
#: The datasheet questions a dataset card must answer (OSAI: "comprehensive on collection and
#: curation"): what is missing when no section answers one, and the titles of the sections that do.
_SHEET_TOPICS = {
    "how the data was collected": _VOCAB.pattern("datasheet-collection"),
    "how the data was curated": _VOCAB.pattern("datasheet-curation"),
}
#: Characters (white space left out) a dataset card's section needs to document a topic: a sentence that says
#: what was done ("Problems that the SFT checkpoint solved in 16 of 16 samples, or in none, were dropped;
#: benchmark problems removed by 13-gram matching"), not a heading over a placeholder or a one-line pointer.
#: 150 until six blind release rounds expected such a sentence to answer its topic (data-documentation.yaml).
SHEET_SECTION_MIN = 100
#: A Chinese, Japanese or Korean character says about as much as this many Latin ones (a word of two
#: characters against one of five and its space): a paragraph in those languages is a third as long
#: (held-out release round 17, a Chinese dataset card's 采集过程 of 110 characters).
_WIDE_WEIGHT = 3


def _weighted(chars: int, text: str) -> int:
    """`chars` (a count of `text`'s characters) with each Chinese, Japanese or Korean one weighted."""
    return chars + (_WIDE_WEIGHT - 1) * len(CJK_CHAR.findall(text))


#: Declared datasets whose line in the card is looked up (each look-up reads the card once); the
#: others cite the card's `datasets:` metadata line.
MAX_LOOKED_UP = 50


def _datasets(ctx: ProbeContext) -> list[tuple[DatasetRef, Evidence]]:
    return ctx.cached(("probe-data", "datasets"), lambda: _find_datasets(ctx))


def _find_datasets(ctx: ProbeContext) -> list[tuple[DatasetRef, Evidence]]:
    seen: dict[str, tuple[DatasetRef, Evidence]] = {}
    meta_ev: Evidence | None = None
    for ds in ctx.release.datasets:
        key = ds.id.lower()
        if key not in seen:
            line = (
                ctx.search(re.compile(rf"(?<![\w/.-]){re.escape(ds.id)}(?![\w/-])", re.IGNORECASE), limit=1)
                if len(seen) < MAX_LOOKED_UP
                else []
            )
            if line:
                ev = ctx.hit_evidence(line[0], f"training dataset {ds.id} declared")
            else:
                meta_ev = meta_ev or ctx.metadata_evidence("datasets")
                ev = meta_ev.model_copy(update={"note": f"training dataset {ds.id} declared"})
            seen[key] = (ds, ev)
    # a Hub collection the card links where it speaks of the training data ("The datasets used for
    # pretraining can be found in this [collection](...)"): the datasets it lists are the list
    for col in ctx.release.collections:
        if not col.datasets:
            continue
        path = col.url.split("://", 1)[-1].split("/", 1)[-1].rstrip("/")
        hits = ctx.search(
            re.compile(re.escape(path), re.IGNORECASE), ctx.cards, limit=3, skip_front_matter=True
        )
        hit = next((h for h in hits if _training_context(ctx, h)), None)
        if hit is None:
            continue
        for ds in col.datasets:
            if ds.id.lower() not in seen and len(seen) < MAX_LOOKED_UP:
                seen[ds.id.lower()] = (
                    ds,
                    ctx.hit_evidence(hit, f"dataset {ds.id} listed in the linked collection {col.slug}"),
                )
    # the datasets the cards link where they speak of the training data; when they name none, those the
    # READMEs of the publisher's own code repositories link (the card speaks for this model, a repository
    # may document a family: it is read when the card leaves the data to it)
    _linked_in(ctx, ctx.cards, seen)
    _configured_in(ctx, seen)
    if not seen:
        _linked_in(ctx, ctx.own_docs, seen)
    if not seen:
        _linked_in(ctx, ctx.own_readmes, seen)
    return list(seen.values())


def _linked_in(
    ctx: ProbeContext,
    docs: Sequence[Document | tuple[Document, CodeRepo]],
    seen: dict[str, tuple[DatasetRef, Evidence]],
) -> None:
    """Add to `seen` the Hub datasets `docs` link where they say the model was trained on them (each with
    what the source looked up about it, when it could: its license, gating, card), and the records of
    public data archives they link there (not looked up: the licence their line names)."""
    looked_up = {d.id.lower(): d for d in ctx.release.linked_datasets}
    for hit in ctx.search(_HUB_DATASET_LINK, docs, limit=40, skip_front_matter=True):
        if not _training_context(ctx, hit):
            continue
        for m in _HUB_DATASET_LINK.finditer(hit.text):
            ds_id = hub_dataset_in_url(hit.text[m.start() :])
            if ds_id is None:
                continue  # a file (an image, a results table) kept in a dataset repository
            if ds_id.lower() not in seen:
                ref = looked_up.get(ds_id.lower()) or DatasetRef(
                    id=ds_id, url=f"https://huggingface.co/datasets/{ds_id}"
                )
                seen[ds_id.lower()] = (ref, ctx.hit_evidence(hit, f"dataset {ds_id} linked"))
    # data published off the Hub, in a public research-data archive or open-data portal (Zenodo, the UCI
    # repository, NOAA's archive...): listed as a Hub link is, under the licence its line names, if any
    for hit in ctx.search(_ARCHIVE_LINK, docs, limit=40, skip_front_matter=True):
        if not _training_context(ctx, hit):
            continue
        named = entry_named_in(hit.text)
        ids = [_URL_HEAD.sub("", m.group(0)).rstrip("/") for m in _ARCHIVE_LINK.finditer(hit.text)]
        for ds_id in ids:
            # a Markdown link whose text is the shortened address ("[uci.edu/dataset/321](https://...)")
            # names one record
            if any(o.lower().startswith(ds_id.lower() + "/") for o in ids):
                continue
            if ds_id.lower() not in seen:
                seen[ds_id.lower()] = (
                    DatasetRef(id=ds_id, url=f"https://{ds_id}", license=named.id if named else None),
                    ctx.hit_evidence(hit, f"dataset {ds_id} linked in a public data archive"),
                )


def _configured_in(ctx: ProbeContext, seen: dict[str, tuple[DatasetRef, Evidence]]) -> None:
    """Add to `seen` the Hub datasets a configuration of the model repository lists (a data mixture in YAML,
    JSON or TOML: `dataset: owner/name`, a mixer's keys; `sources.card.config_datasets`) when a card names
    that file where it speaks of the training data ("The complete pre-training data is the mixture in
    `configs/data_mix.yaml`"): the card gives its training data as that list, as the experts read a release's
    data in its training configuration (smollm in the OSAI index: "Data source mixture described in training
    config"; held-out release round 27). A configuration the card names elsewhere (an evaluation or serving
    setup) lists no training data."""
    looked_up = {d.id.lower(): d for d in ctx.release.linked_datasets}
    # (document the datasets are cited in, the line its text starts on there, the configuration)
    configs: list[tuple[Document, int, Document]] = []
    for doc in ctx.release.documents:
        if doc.kind is not DocumentKind.CONFIG or doc.path in (MODEL_CONFIG, ADAPTER_CONFIG):
            continue
        named = ctx.search(re.compile(re.escape(doc.path)), ctx.cards, limit=5, skip_front_matter=True)
        if any(_training_context(ctx, h) for h in named):
            configs.append((doc, 1, doc))
    # a configuration the card shows in a fenced block where it speaks of the data or the training ("Below is
    # the tuning mixture, exactly as our training script reads it", held-out release round 32)
    for card in ctx.cards:
        for first, block in card_configs(card):
            if _training_context(ctx, Hit(card, first, "")):
                configs.append((card, first, block))
    for doc, first, config in configs:
        lines = config.text.split("\n")
        for ds_id in config_datasets([config]):
            if ds_id.lower() in seen or len(seen) >= MAX_LOOKED_UP:
                continue
            at = next((n for n, ln in enumerate(lines) if ds_id.lower() in ln.lower()), None)
            ref = looked_up.get(ds_id.lower()) or DatasetRef(
                id=ds_id, url=f"https://huggingface.co/datasets/{ds_id}"
            )
            where = doc.path if config is doc else f"a configuration block of {doc.path}"
            seen[ds_id.lower()] = (
                ref,
                ctx.evidence(
                    doc,
                    first + at if at is not None else None,
                    lines[at].strip() if at is not None else None,
                    f"dataset {ds_id} listed in {where}",
                ),
            )


def _training_context(ctx: ProbeContext, hit: Hit) -> bool:
    """A dataset linked from the card's prose is training data only when the line says the model was
    trained or tuned on it, or the line sits in a section about the (training) data, or in a list the
    line before it introduces so ("pretrained from scratch on these corpora:"); a dataset linked in
    usage instructions, examples or result tables is not a disclosure of training data."""
    title = (ctx.enclosing_titles(hit) or [""])[-1]
    return bool(
        _TRAINED_ON.search(hit.text)
        or _DATA_HEADING.search(title)
        or _TRAINING_SECTION_TITLE.search(title)
        or _TRAINED_ON.search(_lead_in(ctx, hit))
        or _TRAINED_ON.search(_sentence_start(ctx, hit))
    )


#: A list item: a Markdown bullet or number, or an HTML list element.
_LIST_ITEM = re.compile(rf"{LIST_ITEM.pattern}|\s*<(?:li|ul|ol)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,300}>")
#: At most this many list items are walked back over to a list's lead-in.
MAX_LIST_WALK = 40


def _lead_in(ctx: ProbeContext, hit: Hit) -> str:
    """The line that introduces the list `hit` is an item of (its last words before a colon, HTML
    tags dropped), or "" when the hit is no list item or the list has no such line."""
    if not _LIST_ITEM.match(hit.text):
        return ""
    lines = ctx._lines(hit.doc)[0]
    i = hit.line - 2  # the line before the hit (hit.line counts from 1)
    for _ in range(MAX_LIST_WALK):
        if i < 0:
            return ""
        text = _TAG.sub(" ", lines[i]).strip()
        if text and not _LIST_ITEM.match(lines[i]):
            # its last sentence: "The models are trained with various datasets. The list of models
            # is as follows:" introduces models, not data
            return re.split(r"(?<=[.!?])\s+", text)[-1] if text.endswith(":") else ""
        i -= 1
    return ""


#: Lines that end a paragraph or start a block of their own: blank, a heading, a table row, a fence.
_BLOCK_START = re.compile(r"\s*($|#|\||```|~~~)")
#: The end of a sentence: its stop and what closes around it ("trained on?**").
_SENTENCE_END = re.compile(r"[.!?][*_)\]\"']*\s+")
#: An answer to the question before it: "A: ...", "**Answer:** ...".
_ANSWER = re.compile(r"\W*(a|answer)\s*[:.)]", re.IGNORECASE)
#: At most this many lines of a paragraph are read back to its sentence's start.
MAX_PARAGRAPH_WALK = 6


def _sentence_start(ctx: ProbeContext, hit: Hit) -> str:
    """The words of the hit's sentence on the lines before it, when the sentence is wrapped over
    several lines of one paragraph ("... was trained on" / "[Dataset](...)"); for an answer
    ("A: Two public corpora: [X](...)"), the question before it too ("Q: What data was it trained
    on?"). "" for a list item (its lead-in is read instead) or a line that starts its paragraph."""
    if _LIST_ITEM.match(hit.text):
        return ""
    lines = ctx._lines(hit.doc)[0]
    before: list[str] = []
    i = hit.line - 2
    while i >= 0 and len(before) < MAX_PARAGRAPH_WALK and not _BLOCK_START.match(lines[i]):
        if _LIST_ITEM.match(lines[i]):
            break
        before.insert(0, _TAG.sub(" ", lines[i]).strip())
        i -= 1
    text = " ".join(before)
    sentences = _SENTENCE_END.split(text + " " + hit.text.strip())
    if len(sentences) < 2:
        return text
    current = sentences[-1]
    question = sentences[-2] if _ANSWER.match(current) else ""
    return f"{question} {current[: max(0, len(current) - len(hit.text.strip()))]}"


#: A dataset card's lead read for a removal notice: its title and the text before its first section, at most
#: this many characters.
WITHDRAWN_LEAD_CHARS = 1500
_HEADING_LINE = re.compile(r"\s{0,3}#{1,6}\s")


def withdrawn(ds: DatasetRef) -> str | None:
    """The words of a dataset's own card saying the dataset is gone (`dataset-withdrawn`: "This dataset has
    been removed", "The Acme Corpus is no longer available ... we took it down"), or None. Only the card's
    lead is read, its title and the text before its first section, where a removal notice stands; a
    datasheet's sections tell what was removed from the data, which is curation. A dataset taken down is not
    shared, whatever licence its metadata still declares (BTLM.yaml "Dataset taken down", closed; held-out
    release round 28)."""
    return _withdrawal(ds.card) if ds.card else None


@lru_cache(maxsize=256)
def _withdrawal(card: str) -> str | None:
    """`withdrawn` of a dataset card's text: read once per card, as the training-data and data-documentation
    probes ask of every dataset listed (its description, its Hub card, a datasheet named beside it)."""
    _, body = split_front_matter(card)
    lead: list[str] = []
    for line in body.split("\n"):
        if _HEADING_LINE.match(line) and any(ln.strip() and not _HEADING_LINE.match(ln) for ln in lead):
            break
        lead.append(line)
    # its paragraphs (a title is one), each read whole
    paragraphs = " ".join(
        f"\n{ln}\n" if _HEADING_LINE.match(ln) else ln.strip() or "\n"
        for ln in "\n".join(lead)[:WITHDRAWN_LEAD_CHARS].split("\n")
    )
    for text in (" ".join(p.split()) for p in paragraphs.split("\n")):
        m = _WITHDRAWN.search(text)
        if m is None:
            continue
        # the sentence that says so
        before = max(text.rfind(". ", 0, m.start()), text.rfind("! ", 0, m.start()))
        end = text.find(". ", m.end())
        return text[before + 2 if before >= 0 else 0 : end + 1 if end >= 0 else len(text)].strip(" #")
    return None


def _withdrawn_evidence(ds: DatasetRef, said: str) -> Evidence:
    return Evidence(
        source=ds.url or f"https://huggingface.co/datasets/{ds.id}",
        quote=said,
        note=f"dataset card of {ds.id}: the dataset was taken down",
    )


def _describe(ds: DatasetRef) -> dict[str, Any]:
    # A name without a namespace (`c4`) is a legacy Hub name: such datasets were moved into organisations
    # and are reached by redirect, so a failed look-up of the bare name does not show the data is unpublished.
    legacy = ds.exists is False and "/" not in ds.id and not ds.private
    known = find_dataset(
        ds.id
    )  # the dataset catalog: what is known when the Hub was not (or could not be) asked
    gone = withdrawn(ds)
    if legacy:
        public = True if known is not None and known.hub_ids else None
    elif ds.exists is False or ds.private or gone is not None:
        public = False
    elif ds.exists is True:
        public = True
    else:
        # the dataset catalog holds published datasets, each with where to get it (on the Hub or not:
        # UniProt's UniRef, Common Crawl)
        public = True if known is not None else None
    license_id = ds.license or (
        known.license if known is not None and known.license not in ("other", "unknown") else None
    )
    verdict = verdict_for_id(license_id)
    # a link the source did not look up: a Hub dataset page, or a record of a public data archive
    linked = (
        public is None
        and not legacy
        and ("huggingface.co/datasets/" in (ds.url or "") or bool(_ARCHIVE_LINK.match(ds.url or "")))
    )
    gated = ds.gated if ds.gated is not None else (known.gated if known is not None else None)
    return {
        "id": ds.id,
        "public": public,
        "linked": linked,
        "gated": bool(gated) if gated is not None else None,
        # a gate that waits on the publisher's approval (a data use agreement, credentials), not a click
        "approval": gated == "manual",
        "license": license_id,
        "open_license": verdict.is_open if license_id else None,
        "catalog": known.id if known is not None else None,
        # a public part of larger unreleased training data (an extract, a sample) is not the training data
        "part": bool(known is not None and known.is_part),
        "part_note": known.complete_note if known is not None and known.is_part else None,
        # its own card says it was taken down (removed, no longer available): not shared any more
        "withdrawn": gone,
    }


def _with_card_terms(ctx: ProbeContext, ds: DatasetRef, described: dict[str, Any]) -> dict[str, Any]:
    """`described` with the terms its dataset card's own licensing sections add to the declared licence: a
    card that says the data is "CC BY 4.0" and that its responses "remain subject to <a model vendor>'s
    Terms of Service, which do not permit using outputs to develop models that compete" is not openly
    licensed (held-out release round 32; the experts' `licenses` is partial where a dataset distilled from a
    closed model carries its terms). The sections are read by the licence engine as any licence text is;
    only blocking clauses count."""
    if not described["open_license"] or not ds.card:
        return described
    sections = sections_of(_card_document(ds))
    body = "\n\n".join(s.body for s in sections if LICENSE_TITLE.search(s.title) and s.body.strip())
    if not body:
        return described
    blocking = ctx.analyze_license(body, f"{ds.id} dataset card").blocking
    if not blocking:
        return described
    return {
        **described,
        "open_license": False,
        "card_terms": [f"{c.type}: {c.quote}" for c in blocking[:3]],
    }


def _has_hub_card(ds: DatasetRef) -> bool:
    """True when the dataset has a dataset card on the Hub: the Hub knows it, the card links it there,
    or the dataset catalog knows it under a Hub id (a legacy name such as `c4` included); False when
    its repository was read and holds no card."""
    if ds.private or ds.exists is False and "/" in ds.id or ds.card == "" or withdrawn(ds) is not None:
        return False
    if "/" in ds.id and (ds.exists is True or "huggingface.co/datasets/" in (ds.url or "")):
        return True
    known = find_dataset(ds.id)
    return known is not None and bool(known.hub_ids)


def _data_sections(ctx: ProbeContext):
    return [
        s for doc in ctx.cards for s in ctx.sections(doc) if _DATA_HEADING.search(s.title) and s.substantive
    ]


def _data_regions(ctx: ProbeContext) -> list[tuple[Document, int, str]]:
    """Where a card says what the model was trained on: its sections on the data or the training
    (document, line of the heading, body); without one, the lines that say what the model was
    trained on (the others blanked, line numbers kept), and then the sections on the data or the training
    of the model repository's own documents (`ProbeContext.own_docs`: docs/*.md) and of the READMEs of the
    publisher's own code repositories (`ProbeContext.own_readmes`)."""

    def about_data(docs: list[Document]) -> list[tuple[Document, int, str]]:
        return [
            (s.doc, s.line, s.body)
            for doc in docs
            for s in ctx.sections(doc)
            if (_DATA_HEADING.search(s.title) or _TRAINING_SECTION_TITLE.search(s.title)) and s.substantive
        ]

    def linked() -> list[tuple[Document, int, str]]:
        # held-out release round 20: the repository's own documents the card links ("The sources ... are in
        # our [data statement](docs/data-statement.md)") are part of the card; one about the data (its title
        # says so) is read whole
        out: list[tuple[Document, int, str]] = []
        for doc in linked_docs(ctx):
            secs = ctx.sections(doc)
            if secs and _DATA_HEADING.search(secs[0].title):
                out.append((doc, 0, doc.text))
            else:
                out += about_data([doc])
        return out

    def find() -> list[tuple[Document, int, str]]:
        sections = about_data(ctx.cards)
        if sections:
            return sections + linked()
        # a card without a section on its data or training leaves them to the READMEs of the publisher's
        # own code repositories, when they have one; its lines that say what the model was trained on count
        lines = [
            (doc, 0, _lines_kept(ctx._lines(doc)[0], ctx.matching_lines(_TRAINED_ON, doc)))
            for doc in ctx.cards
        ]
        return lines + about_data([*ctx.own_docs, *(d for d, _ in ctx.own_readmes)])

    return ctx.cached(("probe-data", "regions"), find)


def _joined_regions(ctx: ProbeContext) -> list[str]:
    """The body of each of `_data_regions`, a sentence wrapped over lines read whole (a line break
    inside a paragraph made a space: the same length, so a match's offset still gives its line);
    made once per release (several questions are asked of the same regions)."""
    return ctx.cached(
        ("probe-data", "joined"), lambda: [_WRAP.sub(" ", body) for _, _, body in _data_regions(ctx)]
    )


def _lines_kept(lines: list[str], keep: frozenset[int]) -> str:
    """The lines, those not in `keep` blanked (line numbers kept)."""
    return "\n".join(ln if i in keep else "" for i, ln in enumerate(lines))


def _prose_corpora(ctx: ProbeContext, limit: int = 3) -> list[tuple[str, Evidence]]:
    """Well-known public datasets (the dataset catalog, its names and aliases) that the card names
    where it says what the model was trained on (its sections on the data or the training, else the
    lines saying so): (the catalog name, evidence of the line), at most `limit` lines."""
    return [(entry.name, ev) for entry, ev in _prose_mentions(ctx, limit)]


def _prose_mentions(ctx: ProbeContext, limit: int) -> list[tuple[DatasetEntry, Evidence]]:
    """`_prose_corpora` with the catalog entries: the first mention on each line, at most `limit` lines."""
    catalog = load_datasets()
    out: dict[tuple[int, int], tuple[DatasetEntry, Evidence]] = {}
    for doc, first, body in _data_regions(ctx):
        lines = body.split("\n")
        for m in catalog.mentions(body):
            line = first + m.line
            key = (id(doc), line)
            if key not in out and len(out) < limit:
                quote = lines[m.line - 1].strip()
                out[key] = (m.entry, ctx.evidence(doc, line, quote, f"public corpus named: {m.entry.name}"))
    return list(out.values())


def _complete_corpora(ctx: ProbeContext) -> list[tuple[DatasetRef, Evidence]]:
    """The public corpora the card names where it says what the model was trained on, as its list of
    datasets, when it also says they are all of it ("These two public datasets are the complete training
    data": `complete-list`); empty otherwise (a mention without it is no full list). Each is referred to
    by its catalog Hub id, so its license, gating and completeness come from the dataset catalog."""
    if not any(_COMPLETE_LIST.search(body) for body in _joined_regions(ctx)):
        return []
    out: dict[str, tuple[DatasetRef, Evidence]] = {}
    for entry, ev in _prose_mentions(ctx, limit=40):
        if entry.id in out:
            continue
        hub = entry.hub_ids[0] if entry.hub_ids else None
        ref = DatasetRef(
            id=hub or entry.name, url=f"https://huggingface.co/datasets/{hub}" if hub else entry.url
        )
        out[entry.id] = (
            ref,
            ev.model_copy(update={"note": f"{ev.note}, in a list the card says is complete"}),
        )
    return list(out.values())


def _negated_before(text: str, start: int) -> bool:
    """True when the clause before `start` negates what follows ("no proprietary data was used"): the words
    since the last comma, colon, semicolon or sentence end, at most 30 characters back, not the clause
    before it ("terms that do not allow redistribution, so we cannot publish it")."""
    return bool(_REDUCED_NEGATED.search(re.split(r"[,;:]|\.\s", text[max(0, start - 30) : start])[-1]))


def _internal(ctx: ProbeContext) -> tuple[str, Evidence] | None:
    """The first statement that part of the training data is the publisher's own and unpublished
    ("our internal Orca-style dataset"), with its evidence; None when the card says none. A negated
    statement ("no proprietary data was used") does not count. A data-mix table in a section on the
    data or the training that answers "no" in a column asking whether each source is released says
    so of that row's source. Found once per release: the training-data and data-documentation probes both
    ask."""
    return ctx.cached(("internal-data",), lambda: _find_internal(ctx))


def _find_internal(ctx: ProbeContext) -> tuple[str, Evidence] | None:
    regions = _data_regions(ctx)
    for (doc, first, body), joined in zip(regions, _joined_regions(ctx), strict=True):
        # a sentence wrapped over lines is read whole (`_joined_regions`); the long pattern runs only
        # with the branches that can match the text (`for_text`)
        rx = for_text(_INTERNAL_DATA, joined)
        for m in rx.finditer(joined) if rx is not None else ():
            # a negation of the same clause ("no proprietary data was used"), not of the one before it
            # ("terms that do not allow redistribution, so we cannot publish it")
            # (not across a sentence's end: "... does not allow us to share them. They are not released.")
            if _negated_before(joined, m.start()):
                continue
            if CJK_CHAR.search(m.group(0)):
                # Chinese, Japanese and Korean negate after the noun, with the verb, or just before it
                after = _CJK_SENTENCE_END.split(joined[m.end() : m.end() + 60], maxsplit=1)[0]
                if _CJK_NEGATED.search(after) or _CJK_NEGATED.search(
                    joined[max(0, m.start() - 4) : m.start()]
                ):
                    continue
            i = body.count("\n", 0, m.start())
            text = body.split("\n")[i]
            return m.group(0), ctx.evidence(
                doc, first + i + 1, text.strip(), "unpublished training data named"
            )
    spans = {(id(doc), first, first + body.count("\n") + 1) for doc, first, body in regions if first}
    for cell, hit in column_cells(ctx, ((d, None) for d in ctx.cards), _RELEASED_COLUMN):
        if not _NOT_RELEASED.fullmatch(cell):
            continue
        if not any(doc == id(hit.doc) and lo < hit.line <= hi for doc, lo, hi in spans):
            continue  # a table elsewhere (models, checkpoints) says nothing of the training data
        source = next((c for c in table_cells(hit.text) if c), cell)
        return source, ctx.evidence(hit.doc, hit.line, hit.text.strip(), "unpublished training data listed")
    return None


def _sampled(ctx: ProbeContext, listed: list[tuple[DatasetRef, Evidence]]) -> tuple[str, Evidence] | None:
    """The first statement of a listed dataset's own card that the dataset is only a published part of
    training data that is not published ("Only the 5% sample in this repository is published"; "The full
    corpus ... is not distributed"), with its evidence; None when no card the source read says so. A
    dataset card speaks for its dataset as the model card does for the model (held-out release round 20)."""
    for ds, _ in listed:
        if not ds.card or withdrawn(ds) is not None:
            continue  # a removal notice speaks of the dataset's end, not of a part kept back
        text = " ".join(ds.card.split())
        rx = for_text(_INTERNAL_DATA, text)
        for m in rx.finditer(text) if rx is not None else ():
            if _negated_before(text, m.start()):
                continue
            return m.group(0), Evidence(
                source=ds.url or f"https://huggingface.co/datasets/{ds.id}",
                quote=m.group(0),
                note=f"dataset card of {ds.id}: the dataset is a published part of unpublished data",
            )
    return None


def _said_of_data(ctx: ProbeContext, pattern: re.Pattern[str]) -> str | None:
    """The first words of the card's data sections (`_joined_regions`) that `pattern` matches, or None."""
    for joined in _joined_regions(ctx):
        rx = for_text(pattern, joined)
        m = rx.search(joined) if rx is not None else None
        if m is not None:
            return m.group(0)
    return None


def _unshareable(ctx: ProbeContext) -> str | None:
    """The words of the card's data sections saying why some training data cannot be shared, for a legal or
    technical reason (`unshareable-reason`), or None: the G7 exception for data not released."""
    return _said_of_data(ctx, _UNSHAREABLE)


def _restricted_access(ctx: ProbeContext) -> str | None:
    """The words of the card's data sections saying some training data is shared only under terms that are
    not open (on request, under a data use agreement, for researchers: `restricted-access`), or None."""
    return _said_of_data(ctx, _RESTRICTED_ACCESS)


def _reduced(ctx: ProbeContext, described: list[dict[str, Any]]) -> list[tuple[str, Evidence]]:
    """The listed training datasets the card's data sections say only a processed part of was used
    ("C4 - English - SemDedup 80%", "a subset of RedPajama"): (what the card says, evidence). A
    dataset's name is looked up in the dataset catalog; the words that reduce it sit in the same
    table cell or clause, right after the name or right before it."""
    listed = {d["catalog"] for d in described if d["catalog"]}
    if not listed:
        return []
    catalog = load_datasets()
    out: dict[tuple[int, int], tuple[str, Evidence]] = {}
    for doc, first, body in _data_regions(ctx):
        lines = body.split("\n")
        for m in catalog.mentions(body):
            if m.entry.id not in listed:
                continue
            text = lines[m.line - 1]
            start = body.rfind("\n", 0, m.start) + 1
            col, end = m.start - start, m.end - start
            after = re.split(r"[|.;]\s|\|", text[end : end + 60], maxsplit=1)[0]
            before = text[max(0, col - 40) : col]
            hit = _REDUCED_AFTER.search(after)
            if hit and _REDUCED_NEGATED.search(after[: hit.start()]):
                hit = None
            if not hit and not _REDUCED_BEFORE.search(before):
                continue
            line = first + m.line
            cell = (text[col:].split("|", 1)[0] if "|" in text else text[max(0, col - 40) : end + 60]).strip()
            out.setdefault(
                (id(doc), line),
                (cell, ctx.evidence(doc, line, text.strip(), f"processed part of {m.entry.name} used")),
            )
    return list(out.values())


def _base_data(ctx: ProbeContext) -> dict[str, str]:
    """The training data of the release's assessed base models (their own training-data findings): each
    dataset's id, catalog id and each public corpus they name in prose, lower-cased, to the base model that
    was trained on it."""

    def find() -> dict[str, str]:
        out: dict[str, str] = {}
        for a in ctx.ancestors():
            for f in a.findings:
                if f.probe != "training-data":
                    continue
                for d in f.data.get("datasets") or []:
                    for key in (d.get("id"), d.get("catalog")):
                        if isinstance(key, str):
                            out.setdefault(key.lower(), a.release_ref)
                for name in f.data.get("corpora") or []:
                    if isinstance(name, str):
                        out.setdefault(name.lower(), a.release_ref)
                for key in f.data.get("inherited") or []:
                    if isinstance(key, str):
                        out.setdefault(key.lower(), a.release_ref)
        return out

    return ctx.cached(("probe-data", "base-data"), find)


def _inherited(ctx: ProbeContext, listed: list[tuple[DatasetRef, Evidence]]) -> list[tuple[DatasetRef, str]]:
    """The datasets a derivative lists that are its base model's training data (a base model's own
    training-data finding lists them): (dataset, the base model). A card copied from the base's, its
    `datasets` metadata with it, names the base's pre-training corpus; the OSAI index rates that corpus as the
    base model's data (`datasources_basemodel`) and asks of the end model what it was tuned on (Mistral.yaml,
    Devstral.yaml: "No information provided on fine-tuning data", closed; held-out release round 28)."""
    base = _base_data(ctx)
    if not base:
        return []
    out = []
    for ds, _ in listed:
        known = find_dataset(ds.id)
        keys = [ds.id.lower()] + ([known.id.lower()] if known is not None else [])
        ref = next((base[k] for k in keys if k in base), None)
        if ref is not None:
            out.append((ds, ref))
    return out


def _own_datasets(ctx: ProbeContext) -> list[tuple[DatasetRef, Evidence]]:
    """`_datasets` without those that are a base model's training data (`_inherited`)."""
    listed = _datasets(ctx)
    gone = {id(ds) for ds, _ in _inherited(ctx, listed)}
    return [(ds, e) for ds, e in listed if id(ds) not in gone]


def _ids(what: str, datasets: list[dict[str, Any]]) -> str:
    """`what` and the ids of `datasets` ("behind a gate: org/a, org/b"), or "" when there are none."""
    return f"{what}: " + ", ".join(d["id"] for d in datasets[:3]) if datasets else ""


@probe("training-data")
def training_data(ctx: ProbeContext) -> list[Finding]:
    return of_the_original(ctx, "training-data", _training_data(ctx))


def _training_data(ctx: ProbeContext) -> list[Finding]:
    pid = "training-data"
    # a derivative whose own data continued its base's pre-training: data of the base model as released too
    continued = bool(ctx.release.base_models) and bool(
        ctx.search(_CONTINUED, limit=1, skip_front_matter=True)
    )
    role = "continued pre-training" if continued else "fine-tuning" if ctx.release.base_models else "training"
    listed = _datasets(ctx) or _complete_corpora(ctx)
    # a derivative that lists its base model's training data (a card copied from the base's) names the base's
    # data, rated with the base model, not data of its own
    inherited = _inherited(ctx, listed) if ctx.release.base_models else []
    if inherited:
        kept = {id(ds) for ds, _ in inherited}
        inherited_ev = [e for ds, e in listed if id(ds) in kept]
        listed = [(ds, e) for ds, e in listed if id(ds) not in kept]
    described = [_with_card_terms(ctx, ds, _describe(ds)) for ds, _ in listed]
    data: dict[str, Any] = {"role": role, "datasets": described}
    if inherited:
        data["inherited"] = [ds.id for ds, _ in inherited]
    if continued:
        data["continued_pretraining"] = True
    unshareable = _unshareable(ctx)
    if unshareable is not None:
        data["unshareable"] = unshareable
    restricted_access = _restricted_access(ctx)
    if restricted_access is not None:
        data["restricted_access"] = restricted_access
    if listed:
        ev = [e for _, e in listed[:5]]
        public = [d for d in described if d["public"] is not False]
        available = [d for d in described if d["public"] is True or d["linked"]]
        fully_open = [d for d in public if d["open_license"] and not d["gated"]]
        data["all_public"] = len(public) == len(described)
        data["all_open"] = len(fully_open) == len(described)
        names = ", ".join(d["id"] for d in described[:4]) + (" …" if len(described) > 4 else "")
        restricted = [d for d in described if d["open_license"] is False]
        parts = [d for d in described if d["part"]]
        if parts:
            # the experts: a named dataset that is a public part of larger unreleased training data
            # (RefinedWeb's 600B-token extract of a 5T-token corpus) is "partially" shared
            data["all_open"] = False
            slices = "; ".join(
                f"{d['id']}: {d['part_note'] or 'a released part of larger data'}" for d in parts[:3]
            )
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=ev,
                    data={**data, "parts": [d["id"] for d in parts]},
                    reason=f"The {role} data named is only a public part of larger training data that is not "
                    f"released ({slices}; opengauge dataset catalog).",
                )
            ]
        internal = (_internal(ctx) or _sampled(ctx, listed)) if public else None
        if internal is not None:
            # the OSAI rubric's partial, "some sources open": public datasets listed beside training
            # data the card says is the publisher's own and unpublished
            data["all_open"] = False
            said, where = internal
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=[where, *ev],
                    data={**data, "internal": said},
                    reason=f"The {role} datasets named ({names}) are public, but the card says the model was "
                    f"also trained on data that is not published ('{said}').",
                )
            ]
        reduced = _reduced(ctx, described) if public else []
        if reduced:
            # the experts: a public dataset of which only a processed part (a subset, a selection, a
            # deduplicated sample) was used, that part not published, is "partially" shared
            data["all_open"] = False
            said = "; ".join(f"'{what}'" for what, _ in reduced[:3])
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=[e for _, e in reduced[:3]] + ev,
                    data={**data, "reduced": [what for what, _ in reduced]},
                    reason=f"The {role} datasets are named and public ({names}), but the model was trained "
                    f"on processed parts of them that are not published ({said}).",
                )
            ]
        if data["all_open"]:
            return [
                Finding(
                    probe=pid,
                    level=Level.OPEN,
                    evidence=ev,
                    data=data,
                    reason=f"The {role} datasets are named, public and openly licensed ({names}).",
                )
            ]
        if len(available) == len(described) and not any(d["approval"] for d in described):
            # the OSAI rubric: data sources are open when "open for inspection or shared"; their licences
            # are the `licenses` parameter's (the experts rate K2's published data open and put "datasets
            # complicated" under licenses, the Pile, a compilation under many terms, open for Pythia, and
            # The Stack, behind a click-through gate, open for StarCoder); data that waits on the
            # publisher's approval is not freely shared
            terms = (
                "some under terms that are not open (" + ", ".join(d["id"] for d in restricted[:3]) + ")"
                if restricted
                else "their licenses are not all declared"
            )
            return [
                Finding(
                    probe=pid,
                    level=Level.OPEN,
                    evidence=ev,
                    data=data,
                    reason=f"The {role} datasets are named and published ({names}); {terms}.",
                )
            ]
        gone = [d for d in described if d["withdrawn"]]
        if gone:
            data["withdrawn"] = [d["id"] for d in gone]
            refs = {ds.id: ds for ds, _ in listed}
            ev = [_withdrawn_evidence(refs[d["id"]], d["withdrawn"]) for d in gone[:3]] + ev
        if gone and len(gone) == len(described):
            # the experts rate a training corpus taken down as not shared (BTLM.yaml "Dataset taken down",
            # closed), whatever the model card, written before, still says of it
            return [
                Finding(
                    probe=pid,
                    level=Level.CLOSED,
                    evidence=ev,
                    data=data,
                    reason=(
                        f"The {role} dataset named ({names}) has been taken down: its own"
                        if len(gone) == 1
                        else f"The {role} datasets named ({names}) have been taken down: their own"
                    )
                    + f" dataset card says so ('{gone[0]['withdrawn']}'), so the data is no longer shared.",
                )
            ]
        if public:
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=ev,
                    data=data,
                    reason=f"The {role} datasets are named ({names}), but not all are freely shared: "
                    + "; ".join(
                        what
                        for what in (
                            _ids(
                                "behind a gate that waits on approval",
                                [d for d in described if d["approval"]],
                            ),
                            _ids("taken down (their cards say so)", gone),
                            _ids(
                                "not public",
                                [d for d in described if d["public"] is False and not d["withdrawn"]],
                            ),
                            _ids(
                                "not known to be public",
                                [d for d in described if d["public"] is None and not d["linked"]],
                            ),
                        )
                        if what
                    )
                    + ".",
                )
            ]
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason=f"The {role} datasets are named ({names}) but none is publicly available.",
            )
        ]
    sections = _data_sections(ctx)
    base_data = _base_data(ctx) if ctx.release.base_models else {}
    # a public corpus the base model was trained on, or named on the line that names the base's dataset (what
    # that dataset holds: "web pages, books, Wikipedia"), is the base's data too
    base_lines = {
        (ctx.hit_evidence(h).source, h.line)
        for ds, _ in inherited
        for h in ctx.search(
            re.compile(re.escape(ds.id), re.IGNORECASE), ctx.cards, limit=10, skip_front_matter=True
        )
    }
    corpora = [
        (entry.name, ev)
        for entry, ev in _prose_mentions(ctx, 3)
        if not {entry.id.lower(), entry.name.lower(), *(h.lower() for h in entry.hub_ids)} & base_data.keys()
        and (ev.source, ev.line) not in base_lines
    ]
    data["all_public"] = data["all_open"] = False
    if corpora:
        named = ", ".join(dict.fromkeys(name for name, _ in corpora))
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[e for _, e in corpora],
                data={**data, "corpora": list(dict.fromkeys(name for name, _ in corpora))},
                reason=f"The card names public corpora used for {role} in its prose ({named}), without a "
                "full list.",
            )
        ]
    if inherited:
        names = ", ".join(ds.id for ds, _ in inherited[:4])
        bases = ", ".join(dict.fromkeys(ref for _, ref in inherited))
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=inherited_ev[:3],
                data=data,
                reason=f"The datasets the card names ({names}) are the training data of its base model "
                f"({bases}), rated with the base model; the card names no {role} data of its own.",
            )
        ]
    if sections:
        s = sections[0]
        first = next((ln for ln in s.body.split("\n") if len(ln.strip()) > 30), s.title)
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.evidence(s.doc, s.line, first, "data described, no dataset listed")],
                data=data,
                reason=f"The card describes the {role} data only in general terms; no dataset is listed.",
            )
        ]
    if ctx.read_completely:
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                data={**data, "not_published": True},
                evidence=[ctx.absence_evidence("the release names no training data")],
                reason=f"The release, read in full, names no {role} data and has no section about it.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data=data,
            reason=f"What data the model was trained on could not be established{ctx.unread_reason()}.",
        )
    ]


def _promised(line: str) -> bool:
    """True when every sentence of a line (split at `_SENTENCE_END`) that names a datasheet promises it for
    later (`promised`)."""
    named = [s for s in _SENTENCE_END.split(line) if _DATASHEET.search(s)]
    return bool(named) and all(_PROMISED.search(s) for s in named)


def _paragraph(ctx: ProbeContext, hit: Hit) -> str:
    """The paragraph of a card the hit is on: its lines up to a blank line or the start of a block (a
    heading, a table, a fence) either side, at most `MAX_PARAGRAPH_WALK` lines each way."""
    lines = ctx._lines(hit.doc)[0]
    lo = hi = hit.line - 1
    while lo > 0 and hit.line - 1 - lo < MAX_PARAGRAPH_WALK and not _BLOCK_START.match(lines[lo - 1]):
        lo -= 1
    while (
        hi + 1 < len(lines)
        and hi - hit.line + 1 < MAX_PARAGRAPH_WALK
        and not _BLOCK_START.match(lines[hi + 1])
    ):
        hi += 1
    return "\n".join(lines[lo : hi + 1])


def _of_withdrawn(ctx: ProbeContext, hit: Hit) -> bool:
    """Whether a datasheet the card names is the card of a dataset taken down: its paragraph links Hub
    datasets, each of them a training dataset whose own card now says it was taken down (`withdrawn`). "Its
    dataset card is a full datasheet" went with the dataset (held-out release round 28)."""
    gone = {ds.id.lower() for ds, _ in _datasets(ctx) if withdrawn(ds) is not None}
    if not gone:
        return False
    text = _paragraph(ctx, hit)
    linked = {
        ds_id.lower()
        for m in _HUB_DATASET_LINK.finditer(text)
        if (ds_id := hub_dataset_in_url(text[m.start() :])) is not None
    }
    return bool(linked) and linked <= gone


@probe("data-documentation")
def data_documentation(ctx: ProbeContext) -> list[Finding]:
    return of_the_original(ctx, "data-documentation", _data_documentation(ctx))


def _data_documentation(ctx: ProbeContext) -> list[Finding]:
    pid = "data-documentation"
    # a datasheet only promised ("will be released later this year with a datasheet") is none, and so is the
    # card of a dataset taken down
    named = ctx.search(_DATASHEET, ctx.readmes, limit=6, skip_front_matter=True)
    sheet = [h for h in named if not _promised(h.text) and not _of_withdrawn(ctx, h)][:2]
    # the cards of a base model's training data that a derivative lists (a card copied from the base's)
    # document the base's data, judged with the base (`_undocumented_base`), not data of its own
    own = _own_datasets(ctx) if ctx.release.base_models else _datasets(ctx)
    hub_cards = [(ds, e) for ds, e in own if _has_hub_card(ds)]
    sections = _data_sections(ctx)
    data = {
        "datasheet": bool(sheet),
        "dataset_cards": [ds.id for ds, _ in hub_cards],
        "data_sections": len(sections),
    }
    standard = [h for h in sheet if _DATASHEET_STANDARD.search(h.text)]
    in_card = _in_card_datasheets(ctx)
    in_repo = _repo_datasheets(ctx)
    data["standard"] = bool(standard)
    data["in_card"] = bool(in_card)
    if in_repo:
        data["datasheet"] = True
        data["in_repo"] = [s.doc.path for s in in_repo]
    ev: list[Evidence] = [ctx.hit_evidence(h, "datasheet / data card") for h in sheet]
    ev += [e.model_copy(update={"note": f"dataset card of {ds.id} on the Hub"}) for ds, e in hub_cards[:3]]
    if not (standard or in_card or in_repo or hub_cards) and not own and _datasets(ctx):
        # a derivative that names only its base model's training data: the base's datasheet documents the
        # base's data, and no data of the derivative's own is named, let alone documented (BTLM.yaml: a
        # datasheet for one stage of the training data only, partial; held-out release round 28)
        base = _undocumented_base(ctx)
        # a merge or a quantization trains nothing: its bases' data is all of its data, documented as theirs
        # is (held-out release round 33, a merge of two documented tunes); a tune adds an undocumented stage
        untrained = (ctx.release.base_model_relation or "").lower() in UNTRAINED_RELATIONS
        level = Level.OPEN if untrained else Level.PARTIAL
        state = "is documented in a datasheet"
        if base is not None:
            ref, state = base
            level = Level.UNKNOWN if state == "could not be examined" else Level.CLOSED
            level = Level.PARTIAL if "(partial)" in state else level
        bases = ", ".join(p.release_ref for p in ctx.parents) or ", ".join(ctx.release.base_models)
        return [
            Finding(
                probe=pid,
                level=level,
                evidence=ev,
                data={**data, "base_data_only": True},
                reason=f"The datasets the card names are the training data of its base model ({bases}), "
                f"whose training data {state}; "
                + (
                    "it was not trained itself, so that is all of its data."
                    if untrained
                    else "the card names no fine-tuning data of its own, and nothing documents it."
                ),
            )
        ]
    if standard or in_card or in_repo or hub_cards:
        # the Hub's dataset card template follows Datasheets for Datasets (creation, curation, sources,
        # considerations): a dataset card of the training data is its datasheet when it answers the
        # collection and curation questions; one that does not gives partial insight. A card whose
        # text was not read is judged by what the dataset catalog knows of its documentation. A datasheet
        # kept in the card or as a file of the model repository, judged by the same rule, documents the data
        # whatever the dataset cards say (they may only point to it).
        judged = [] if standard or in_card or in_repo else _judge_cards(hub_cards)
        thin = [j for j in judged if j.missing]
        unread = [j for j in judged if j.unread]
        base = _undocumented_base(ctx)
        if base is not None:
            # the experts rate a fine-tune whose own data is documented but whose base model's data is
            # not as partial ("No datasheet available for base model data")
            ref, state = base
            what = "a dataset card on the Hub" if hub_cards else "a datasheet"
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=ev,
                    data={**data, "base_undocumented": ref},
                    reason=f"The fine-tuning data is documented ({what}), but the training data of the "
                    f"base model {ref} {state}.",
                )
            ]
        gone = [ds.id for ds, _ in own if withdrawn(ds) is not None]
        if gone and judged and not thin and not unread:
            # a training dataset taken down took its datasheet with it: the others' cards document part of
            # the data (BTLM.yaml, its corpus taken down: "available for tuning data", partial)
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=[_withdrawn_evidence(ds, withdrawn(ds) or "") for ds, _ in own if ds.id in gone][
                        :3
                    ]
                    + ev,
                    data={**data, "withdrawn": gone},
                    reason="The published training datasets have dataset cards on the Hub, but "
                    + ", ".join(gone[:3])
                    + " was taken down (its own card says so), and its datasheet with it.",
                )
            ]
        internal = _internal(ctx) if judged and not thin and not unread else None
        if internal is not None:
            # the dataset cards document the published datasets only: the card says part of the training
            # data is the publisher's own and unpublished, and no datasheet of the release covers it (the
            # OSAI rubric's partial, "some datasheets"; held-out release round 21)
            said, where = internal
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=[where, *ev],
                    data={**data, "undocumented_part": said},
                    reason="The published training datasets have dataset cards on the Hub, but the card "
                    f"says part of the training data is not published ({said!r}) and no datasheet documents "
                    "that part.",
                )
            ]
        catalogued = [j.ds.id for j in judged if j.catalog is not None]
        if catalogued:
            data["from_catalog"] = catalogued
        if thin:
            said = "; ".join(f"{j.ds.id} does not describe {' or '.join(j.missing)}" for j in thin[:3])
            return [
                Finding(
                    probe=pid,
                    level=Level.PARTIAL,
                    evidence=[j.evidence for j in thin[:3]] + ev,
                    data={**data, "thin_cards": [j.ds.id for j in thin]},
                    reason="The training data has a dataset card on the Hub, but not a datasheet: its "
                    f"card gives partial insight ({said}).",
                )
            ]
        if unread:
            names = ", ".join(j.ds.id for j in unread[:3]) + (" …" if len(unread) > 3 else "")
            known = [j for j in judged if not j.unread]
            also = f" ({'; '.join(_documented(j) for j in known[:2])})" if known else ""
            return [
                Finding(
                    probe=pid,
                    level=Level.UNKNOWN,
                    evidence=[j.evidence for j in known[:2]] + ev,
                    data={**data, "cards_unread": [j.ds.id for j in unread]},
                    reason=f"A dataset card exists on the Hub ({names}); its text could not be read, so "
                    "whether the training data is documented in a datasheet is not established" + also + ".",
                )
            ]
        read = [ds.id for ds, _ in hub_cards if ds.card]
        if _eu_summary_only(standard, in_card, in_repo):
            data["eu_summary_only"] = True
        return [
            Finding(
                probe=pid,
                level=Level.OPEN,
                evidence=[ctx.hit_evidence(h, "datasheet after the standard") for h in standard]
                + [
                    ctx.evidence(
                        s.doc, s.line, s.title, "datasheet section of the card: collection and curation"
                    )
                    for s in in_card[:1]
                ]
                + [
                    ctx.evidence(
                        s.doc, s.line, s.title, "datasheet in the model repository: collection and curation"
                    )
                    for s in in_repo[:2]
                ]
                + [j.evidence for j in judged if j.catalog is not None]
                + ev,
                data={**data, "cards_read": read},
                reason="The training data is documented in a datasheet: "
                + (
                    "after Datasheets for Datasets or the EU AI Act's training-content summary"
                    if standard
                    else f"the card's {in_card[0].title!r} section, which says where the data comes from and "
                    "how it was curated"
                    if in_card
                    else f"{in_repo[0].doc.path} in the model repository, which says where the data comes "
                    "from and how it was curated"
                    if in_repo
                    else "; ".join(_documented(j) for j in judged[:3]) + (" …" if len(judged) > 3 else "")
                )
                + ".",
            )
        ]
    if sheet:
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=ev,
                data=data,
                reason="A data card or data statement is mentioned, which gives partial insight; there "
                "is no datasheet (collection, curation, composition, uses) or dataset card on the Hub.",
            )
        ]
    answered = [t for t in _SHEET_TOPICS if t not in _sheet_missing(sections)] if sections else []
    if answered:
        # the card's own sections on the data say, each in a paragraph of its own, how the data was collected
        # or curated (a processing pipeline with its filters and thresholds): the rubric's "partial insight",
        # not a datasheet (the experts: "Data collection procedures described with a fair degree of detail in
        # source paper", Llama-Nemotron.yaml, partial; a data section of a line or two, Llama 3.1's, closed)
        s0 = next(s for s in sections if any(_SHEET_TOPICS[t].search(s.title) for t in answered))
        return [
            Finding(
                probe=pid,
                level=Level.PARTIAL,
                evidence=[
                    ctx.evidence(s0.doc, s0.line, s0.title, f"model card section: {', '.join(answered)}")
                ],
                data={**data, "card_topics": answered},
                reason=f"The model card's {s0.title!r} section says {' and '.join(answered)}, which gives "
                "partial insight; there is no datasheet or data card.",
            )
        ]
    if sections:
        s0 = sections[0]
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.evidence(s0.doc, s0.line, s0.title, "training-data section of the model card")],
                data=data,
                reason="The model card has a section on the training data, but a section of a model card "
                "is not a datasheet, and there is no data card.",
            )
        ]
    if ctx.read_completely:
        heads = [s.title for s in ctx.sections(ctx.card)][:8] if ctx.card else []
        return [
            Finding(
                probe=pid,
                level=Level.CLOSED,
                evidence=[ctx.absence_evidence("no datasheet; headings: " + "; ".join(heads))],
                data={**data, "not_published": True},
                reason="Neither a datasheet nor a data card documents the training data.",
            )
        ]
    return [
        Finding(
            probe=pid,
            level=Level.UNKNOWN,
            data=data,
            reason=f"Whether the training data is documented could not be established{ctx.unread_reason()}.",
        )
    ]


@dataclass(frozen=True)
class _CardVerdict:
    """What one dataset card of the training data documents: the datasheet topics it misses (none
    when it answers both), whether that could not be established (`unread`), and the catalog facts
    that stood in for a card not read."""

    ds: DatasetRef
    missing: list[str]
    unread: bool
    evidence: Evidence
    catalog: DatasetDocumentation | None = None


def _judge_cards(cards: list[tuple[DatasetRef, Evidence]]) -> list[_CardVerdict]:
    """Each dataset card judged: a card read by its sections (`_card_missing`); a card not read by
    the dataset catalog's `documentation` (a published datasheet, or what the card is known to
    answer); with no catalog fact, the card is `unread` (its existence proves no datasheet)."""
    out = []
    for ds, ev in cards:
        if ds.card or ds.datasheet:
            missing = _card_missing(ds)
            note = f"dataset card of {ds.id}: {', '.join(missing)} not described" if missing else ev.note
            out.append(_CardVerdict(ds, missing, False, ev.model_copy(update={"note": note})))
            continue
        known = find_dataset(ds.id)
        doc = known.documentation if known is not None else None
        # settled: a datasheet, both topics known answered, or one known missing; knowing only that one
        # topic is answered (RefinedWeb's curation) leaves the card as unread as no fact at all
        settled = doc is not None and bool(doc.datasheet or doc.card_complete or False in _card_facts(doc))
        if doc is None or not settled:
            out.append(_CardVerdict(ds, [], True, ev))
            continue
        where = f"opengauge dataset catalog, checked {doc.checked}"
        if doc.datasheet:
            cite = Evidence(source=doc.datasheet, note=f"datasheet of {ds.id} ({where})")
            out.append(_CardVerdict(ds, [], False, cite, doc))
            continue
        missing = [
            topic for topic, fact in zip(_SHEET_TOPICS, _card_facts(doc), strict=True) if fact is False
        ]
        said = f"{', '.join(missing)} not described" if missing else "describes collection and curation"
        cite = Evidence(source=doc.source, note=f"dataset card of {ds.id}: {said} ({where})")
        out.append(_CardVerdict(ds, missing, False, cite, doc))
    return out


def _documented(j: _CardVerdict) -> str:
    """How a card judged documented documents its dataset, for a finding's reason."""
    card = (
        f"the dataset card of {j.ds.id} on the Hub describes where the data comes from and how it was curated"
    )
    if j.catalog is None:
        return card
    where = f"opengauge dataset catalog, checked {j.catalog.checked}"
    if j.catalog.datasheet:
        return f"{j.ds.id} has a published datasheet ({j.catalog.datasheet}; {where})"
    return f"{card} ({where})"


def _card_facts(doc: DatasetDocumentation) -> tuple[bool | None, bool | None]:
    """The catalog's facts on a card, in the order of `_SHEET_TOPICS` (collection, curation)."""
    return doc.card_collection, doc.card_curation


def _card_document(ds: DatasetRef) -> Document:
    """A dataset's card (its repository's README) as a document, linked where the dataset is."""
    url = f"{ds.url}/blob/main/README.md" if ds.url else None
    return Document(kind=DocumentKind.OTHER, path="README.md", text=ds.card or "", url=url)


def _card_missing(ds: DatasetRef) -> list[str]:
    """The datasheet topics a dataset card that was read does not answer (`_sheet_missing`), nor the
    datasheet file its repository keeps beside it, if any (`DatasetRef.datasheet`): each document is judged
    on its own, and a topic either answers is answered."""
    missing = _sheet_missing(sections_of(_card_document(ds)))
    if ds.datasheet and missing:
        sheet = Document(kind=DocumentKind.OTHER, path="DATASHEET.md", text=ds.datasheet)
        also = set(_sheet_missing(sections_of(sheet)))
        missing = [topic for topic in missing if topic in also]
    return missing


def _in_card_datasheets(ctx: ProbeContext) -> list[Section]:
    """The sections of the release's cards that are a datasheet of their own: a section titled as one
    ("Datasheet", "Data card") whose nested sections answer where the data comes from and how it was
    curated, as a dataset card must (`_sheet_missing`): a datasheet kept in the card (held-out release
    round 15, a clinical corpus that cannot be shared, documented after Datasheets for Datasets)."""
    found = []
    for doc in ctx.cards:
        sections = ctx.sections(doc)
        for i, s in enumerate(sections):
            if not _DATASHEET.search(s.title):
                continue
            nested = []
            for n in sections[i + 1 :]:
                if n.level <= s.level:
                    break
                nested.append(n)
            if nested and not _sheet_missing(nested):
                found.append(s)
    return found


def _eu_summary_only(standard: list[Hit], in_card: list[Section], in_repo: list[Section]) -> bool:
    """The training data's only datasheet is the EU AI Act's public summary of training content (the
    vocabulary's `eu-summary`): a datasheet (the experts rate one open, Bielik.yaml, Bria.yaml), but by the
    Commission's template a listing of the largest public datasets and top domains only, not the listing of
    all training data that OSAID 1.0's data information asks for (`Findings.unshareable_documented`)."""
    if in_card or not (standard or in_repo):
        return False
    return all(_EU_SUMMARY.search(h.text) for h in standard) and all(
        _EU_SUMMARY.search(s.title) or _EU_SUMMARY.search(s.doc.text[:2000]) for s in in_repo
    )


def _repo_datasheets(ctx: ProbeContext) -> list[Section]:
    """The first sections of the model repository's own documents (`ProbeContext.own_docs`) that are a
    datasheet: a file whose name says it is one (DATASHEET.md, DATA_CARD.md, docs/datasheet.md:
    `sources.documents.is_datasheet_file`), or a document the card links whose first title names one, that
    answers where the data comes from and how it was curated, as a dataset card must (`_sheet_missing`). The
    OSAI rubric asks for a datasheet after Gebru et al. 2021, whatever file holds it (frameworks.md §1.1;
    held-out release round 25: Bise-2B's DATASHEET.md, which its dataset cards only point to)."""
    linked = {id(d) for d in linked_docs(ctx)}
    found = []
    for doc in ctx.own_docs:
        sections = ctx.sections(doc)
        if not sections:
            continue
        named = is_datasheet_file(doc.path)
        titled = id(doc) in linked and _DATASHEET.search(sections[0].title) is not None
        if (named or titled) and not _sheet_missing(sections):
            found.append(sections[0])
    return found


def _sheet_missing(sections: list[Section]) -> list[str]:
    """The datasheet topics `sections` do not answer (a section of at least `SHEET_SECTION_MIN` characters
    whose title names the topic)."""
    covered = set()
    for i, s in enumerate(sections):
        topics = [topic for topic, pattern in _SHEET_TOPICS.items() if pattern.search(s.title)]
        if (
            topics
            and _weighted(s.content_chars, s.body) >= SHEET_SECTION_MIN
            and _prose_chars(s, sections[i + 1 :]) >= SHEET_SECTION_MIN
        ):
            covered.update(topics)
    return [topic for topic in _SHEET_TOPICS if topic not in covered]


#: The Hub template's placeholders, with the link to its contribution guide some cards keep.
_PLACEHOLDER = re.compile(
    r"\[(?:More Information Needed|Needs More Information)\](?:\([^)\s]*\))?", re.IGNORECASE
)


def _prose_chars(s: Section, following: list[Section]) -> int:
    """Characters (white space left out) a dataset card's section says: not the headings of the
    sections nested in it (a template's "Dataset Creation" over empty "Curation Rationale" and "Source
    Data" says nothing), not the template's placeholders (with or without their link), not comments.
    `following`: the sections after `s`, in document order (the nested ones come first)."""
    nested = set()
    for n in following:
        if n.line > s.end:
            break
        nested.add(n.line - s.line - 1)
    body = "\n".join(line for i, line in enumerate(s.body.split("\n")) if i not in nested)
    prose = "".join(drop_comments(_PLACEHOLDER.sub("", body)).split())
    return _weighted(len(prose), prose)


def _undocumented_base(ctx: ProbeContext) -> tuple[str, str] | None:
    """(reference, what is known) of the first declared base model whose training data is not
    documented by a datasheet, or None when every base model's is (or none is declared). The bases
    no route could examine are the context's `unexamined`; the examined ones are its `parents`."""
    if not ctx.release.base_models:
        return None
    if ctx.unexamined or not ctx.parents:
        return (ctx.unexamined or ctx.release.base_models)[0], "could not be examined"
    # a quantization or a merge among them documents nothing of its own: its bases' data taught it
    for parent in ctx.trained_parents():
        level = parent.level("data-documentation")
        if level is not Level.OPEN:
            state = "could not be examined" if level is Level.UNKNOWN else f"is not ({level.value})"
            return parent.release_ref, state
    return None
