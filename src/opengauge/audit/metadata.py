"""`--depth metadata`: a `Release` built from one row of a Hub listing or dump, with no request.

A row is a plain mapping with the columns the public Hub dumps use (`modelId`, `author`, `tags`,
`pipeline_tag`, `library_name`, `createdAt`, `last_modified`, `downloads`, `likes`, `card`) and,
when the listing has them, `cardData`, `gated`, `siblings` and `sha`. The metadata is the card's
front matter (parsed safely by `opengauge.sources.frontmatter`), else `cardData`; files come from
`siblings` when present. Base models are attached by the audit (see `lineage_for`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from opengauge.model import Document, DocumentKind, FileEntry, Release
from opengauge.sources import card as card_mod
from opengauge.sources.derivation import linked_model_ids
from opengauge.sources.frontmatter import parse_front_matter, to_plain
from opengauge.sources.hub import files_from_siblings
from opengauge.sources.refs import _REPO_ID

#: Cards larger than this are cut (the front matter and the first part of the text still count).
MAX_CARD_CHARS = 512 * 1024

_BASE_LINE = re.compile(r"^base_model:[ \t]*(.*)$", re.M)
_LIST_ITEM = re.compile(r"^[ \t]*-[ \t]*['\"]?([^'\"\s#]+)", re.M)
#: The card calls the model (not a library, tool or community it mentions) open source.
_OPEN_SOURCE_CLAIM = re.compile(
    r"\b(?:is|are|as|an?|our|this|fully|truly|completely|100%)\s+(?:fully\s+|truly\s+)?"
    r"open[ -]?sourced?\b(?!\s+(?:code|codebase|librar|tool|framework|software|project|communit|licen))"
    # a line or sentence that opens with it, about a model ("Open source chat model.", "## Open-source
    # LLM for ..."), and "we open-source(d) ..."
    r"|(?:^|[.!?]\s+)[#*\s]*open[ -]?source[d]?\s+(?:[\w-]+\s+){0,3}?(?:models?|llms?|weights|checkpoints?)\b"
    r"|\bwe(?:\s+have)?\s+(?:fully\s+)?open[ -]?sourced?\b(?!\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:datasets?|data|code|codebase|scripts?|tools?|library|framework)\b)",
    re.I | re.M,
)
#: What every claim contains: a card without it is not searched for one (most cards).
_OPEN_SOURCE_WORDS = re.compile(r"open[ -]?source", re.I)


def model_id(row: Mapping[str, Any]) -> str | None:
    for key in ("modelId", "id", "model_id"):
        v = row.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _card(row: Mapping[str, Any]) -> str | None:
    card = row.get("card")
    if isinstance(card, bytes):
        card = card.decode("utf-8", "replace")
    return card if isinstance(card, str) and card.strip() else None


def quick_base_models(row: Mapping[str, Any]) -> list[str]:
    """The `base_model` names of a row without parsing its YAML (a fast first pass over a dump)."""
    card = _card(row)
    names: list[str] = []
    data = row.get("cardData")
    if isinstance(data, Mapping):
        names = card_mod.as_list(data.get("base_model"))
    elif card is not None and card.lstrip("\ufeff \t\r\n").startswith("---"):
        end = card.find("\n---", 3)
        block = card[: end if end > 0 else 20000]
        m = _BASE_LINE.search(block)
        if m:
            value = m.group(1).strip().strip("'\"")
            if value and not value.startswith("#"):
                names = [value]
            else:
                rest = block[m.end() :]
                for line in rest.splitlines()[1:]:
                    item = _LIST_ITEM.match(line)
                    if not item:
                        break
                    names.append(item.group(1))
    return [n.strip() for n in names if _REPO_ID.match(n.strip())]


def quick_parent_names(row: Mapping[str, Any]) -> list[str]:
    """The names a row may take a base model by, for the lineage pass over a dump: its `base_model`
    names, or, when it declares none, every Hub model page its card links (a superset of the bases
    its words state, found without reading them: only the rows the release's assessment then names
    as its bases are used, so an extra name costs a spooled row, never a changed verdict)."""
    names = quick_base_models(row)
    if names:
        return names
    # a card stating its base in words links it ("a fine-tuned version of [org/name](https://
    # huggingface.co/org/name)", a merge's list of parents)
    card = _card(row)
    if not card or "huggingface.co/" not in card and "hf.co/" not in card:
        return []
    return linked_model_ids(card)


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            t = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return t if t.tzinfo else t.replace(tzinfo=UTC)
    return None


def _tags(row: Mapping[str, Any]) -> list[str]:
    """The row's tags, and the Hub's `library_name` (the library the Hub says the model loads with;
    its listing usually tags it too) when the tags lack it."""
    tags = row.get("tags")
    if tags is None:
        out: list[str] = []
    elif isinstance(tags, str):
        out = [tags]
    else:
        out = [t for t in list(tags) if isinstance(t, str)]
    lib = row.get("library_name")
    if isinstance(lib, str) and lib.strip() and lib.strip() not in out:
        out.append(lib.strip())
    return out


def _files(row: Mapping[str, Any], problems: list[str]) -> list[FileEntry]:
    siblings = row.get("siblings")
    if siblings is None:
        return []
    return files_from_siblings(list(siblings), problems)


def revision_of(row: Mapping[str, Any]) -> str:
    """The row's revision: the commit sha when listed, else its last-modified time, else ''."""
    for key in ("sha", "revision"):
        v = row.get(key)
        if isinstance(v, str) and v:
            return v
    for key in ("last_modified", "lastModified"):
        v = row.get(key)
        if isinstance(v, datetime):
            return v.isoformat()
        if isinstance(v, str) and v:
            return v
    return ""


def release_from_row(row: Mapping[str, Any], *, endpoint: str = "https://huggingface.co") -> Release:
    """The release one row describes (no lineage). Raises `FrontMatterError` on a malformed card."""
    repo_id = model_id(row)
    if repo_id is None:
        raise ValueError("row has no modelId")
    text = _card(row)
    problems: list[str] = []
    metadata: dict = {}
    if text is not None:
        # the front matter is read whole (its parser caps its size), whatever the cut below: a card
        # whose model-index runs past the cut still declares its license
        metadata, found = parse_front_matter(text, name=f"hf:{repo_id}: README.md")
        if not found:
            problems.append("README.md has no YAML front matter")
    if text is not None and len(text) > MAX_CARD_CHARS:
        text = text[:MAX_CARD_CHARS]
        problems.append(f"README.md cut to its first {MAX_CARD_CHARS} characters")
    data = row.get("cardData")
    if not metadata and isinstance(data, Mapping):
        metadata = to_plain(dict(data), name=f"hf:{repo_id}: cardData")
    revision = revision_of(row) or None
    when = _time(row.get("last_modified") or row.get("lastModified"))
    url = f"{endpoint}/{repo_id}"
    docs: list[Document] = []
    if text is not None:
        docs.append(
            Document(
                kind=DocumentKind.MODEL_CARD,
                path="README.md",
                text=text,
                url=f"{url}/blob/main/README.md",
                repo=f"hf:{repo_id}",
                revision=revision,
                retrieved_at=when,
                size=len(text),
            )
        )
    else:
        problems.append("the row has no model card text (metadata only)")
    prompt = card_mod.gated_prompt(metadata, url=url, repo=f"hf:{repo_id}", revision=revision, when=when)
    if prompt is not None:
        docs.append(prompt)
    facts = card_mod.card_facts(metadata, [text or ""], _tags(row), own_id=repo_id)
    gated = row.get("gated")
    pipeline = facts.pipeline_tag or row.get("pipeline_tag")
    return Release(
        ref=f"hf:{repo_id}",
        source="hub",
        id=repo_id,
        revision=revision,
        url=url,
        retrieved_at=when,
        metadata=metadata,
        tags=facts.tags,
        gated=gated if isinstance(gated, (bool, str)) else None,
        pipeline_tag=pipeline if isinstance(pipeline, str) else None,
        files=_files(row, problems),
        documents=docs,
        datasets=card_mod.unlooked_datasets(facts.dataset_ids, endpoint),
        papers=facts.papers,
        links=facts.urls,
        base_models=facts.base_models,
        base_model_relation=facts.base_model_relation,
        teacher_models=facts.teachers,
        problems=problems,
    )


def claims_open_source(release: Release) -> bool:
    """True when the card's text or tags call the model open source."""
    if any(t.lower() in ("open-source", "opensource", "open_source") for t in release.tags):
        return True
    return any(d.kind is DocumentKind.MODEL_CARD and _claims(d.text) for d in release.documents)


#: What a claim may hold before its `open source` besides letters, digits and white space (see `_claims`)
_CLAIM_LEAD = ".!?#*%"


def _claims(text: str) -> bool:
    r"""`_OPEN_SOURCE_CLAIM.search(text)`, searched from where a claim can start at the earliest: each
    holds an `open source` (`_OPEN_SOURCE_WORDS`), so none is before the first; and before its own it
    holds only letters, digits, white space and `_CLAIM_LEAD` (its words, `100%`, `^` or `[.!?]\s+`,
    `[#*\s]*`): none starts before the run of those that ends at the first `open source` (a long card
    names it late, and the pattern is tried at every offset it is searched from)."""
    first = _OPEN_SOURCE_WORDS.search(text)
    if first is None:
        return False
    start = first.start()
    while start > 0 and ((c := text[start - 1]).isalnum() or c.isspace() or c in _CLAIM_LEAD):
        start -= 1
    return _OPEN_SOURCE_CLAIM.search(text, start) is not None


def declared_license(release: Release) -> str | None:
    """The license id the card (or a `license:` tag) declares."""
    lic = release.metadata.get("license")
    if isinstance(lic, list):
        lic = next((x for x in lic if isinstance(x, str)), None)
    if isinstance(lic, str) and lic.strip():
        return lic.strip()
    return next((t.split(":", 1)[1] for t in release.tags if t.startswith("license:")), None)


def own_license(release: Release) -> str | None:
    """The license a release declares for itself: its card's id, else the catalog id of its first
    license document (a built-in index entry names its license that way)."""
    declared = declared_license(release)
    if declared:
        return declared
    return next(
        (d.catalog_id for d in release.documents if d.kind is DocumentKind.LICENSE and d.catalog_id), None
    )
