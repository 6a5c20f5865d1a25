"""Facts every card-bearing source derives the same way: tags, papers, links, linked code repos,
datasets, base models, and the gated-prompt document."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime

import yaml

from opengauge.model import QUANTIZED, CodeRepo, DatasetRef, Document, DocumentKind
from opengauge.sources import documents
from opengauge.sources.derivation import named_in_own_name, quantized_name, stated_base, stated_merge
from opengauge.sources.refs import _REPO_ID, hub_dataset_in_url
from opengauge.sources.teachers import stated_teachers
from opengauge.textio import load_yaml_no_aliases


def as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def dedupe(items) -> list[str]:
    return list(dict.fromkeys(items))


#: Most items kept from each list a card declares (the rest are dropped with a problem line).
MAX_TAGS = 1000
MAX_DATASETS = 500
MAX_BASE_MODELS = 20
MAX_LINKS = 1000
MAX_PAPERS = 200


def capped(items: list[str], cap: int, what: str, problems: list[str]) -> list[str]:
    """The first `cap` items; a problem line says how many were dropped."""
    if len(items) <= cap:
        return items
    problems.append(f"the card lists {len(items):,} {what}; only the first {cap:,} are read")
    return items[:cap]


@dataclass
class CardFacts:
    tags: list[str] = field(default_factory=list)
    papers: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    dataset_ids: list[str] = field(default_factory=list)
    base_models: list[str] = field(default_factory=list)
    base_model_relation: str | None = None
    base_model_stated_at: int | None = None
    """The card line that states the base model in prose (when the metadata declares none)."""
    teachers: list[str] = field(default_factory=list)
    """The models the card names as distillation teachers or generators of its data (`sources.teachers`)."""
    pipeline_tag: str | None = None
    problems: list[str] = field(default_factory=list)
    """Lists cut to their caps."""


def _json_object(documents_: list[Document], path: str) -> dict | None:
    """The JSON object of the release's document at `path` (a configuration), or None when there is none or
    it is not a JSON object."""
    doc = next((d for d in documents_ if d.path == path), None)
    if doc is None:
        return None
    try:
        data = json.loads(doc.text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _hub_id(value: object) -> str | None:
    """`value` as a Hub id `owner/name`, or None (a local path or anything else is not one)."""
    if not isinstance(value, str):
        return None
    name = value.strip()
    return name if name.count("/") == 1 and _REPO_ID.match(name) else None


#: A Hub dataset id in a configuration's value written as an address: `hf://datasets/owner/name` (the Hub's
#: file-system paths, as data loaders take them) or the dataset's page.
_HF_DATASET_PATH = re.compile(r"^hf://datasets/([A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?:[/@].*)?$")
#: A value that is a file or a local path, not a Hub id ("data/train.jsonl", "./mix", "/mnt/corpus").
_LOCAL_VALUE = re.compile(
    r"^[./~]|\.(jsonl?|parquet|arrow|csv|tsv|txt|bin|npy|gz|zst|bz2|xz|tar|zip|ya?ml|toml|py)$", re.IGNORECASE
)
#: Most values of one configuration walked for dataset ids (a mixture is short; a longer file is read no
#: further).
MAX_CONFIG_NODES = 20_000
#: Most dataset ids kept from the configurations.
MAX_CONFIG_DATASETS = 50


def config_datasets(documents_: list[Document]) -> list[str]:
    """The Hub datasets the configurations a card names (`documents.pick_configs`: a data mixture, a training
    recipe) name, each once: values under a key that speaks of datasets (`dataset:`, `datasets:`,
    `hf_dataset:`, `dataset_mixer:` whose keys are the ids, a list of entries with `path:`), and any
    `hf://datasets/...` path or dataset page anywhere. Only `owner/name` ids (a local path or a file is none);
    a model named beside them (`tokenizer: owner/model`) is not under a dataset key and is left out."""
    out: list[str] = []
    for doc in documents_:
        if doc.kind is not DocumentKind.CONFIG or doc.path in (
            documents.MODEL_CONFIG,
            documents.ADAPTER_CONFIG,
        ):
            continue
        out += _named_datasets(structured(doc))
    return dedupe(out)[:MAX_CONFIG_DATASETS]


#: A fenced block of configuration in a card (```yaml, ```json, ```toml), its opening line's language.
_CONFIG_FENCE = re.compile(r"^[ \t]*(```|~~~)[ \t]*(ya?ml|json|toml)\b[^\n]*$", re.IGNORECASE)
#: At most this many configuration blocks of a card are read.
MAX_CARD_CONFIGS = 8


def card_configs(card: Document) -> list[tuple[int, Document]]:
    """The configuration blocks a card shows in fenced code (a data mixture "exactly as our training script
    reads it", held-out release round 32), each as (the 1-based card line its text starts on, a `CONFIG`
    document named `<card path>#L<line>`, TOML by its fence's language): read as the configuration files a
    card names are (`config_datasets`). Whether one lists training data is the probe's judgment."""
    out: list[tuple[int, Document]] = []
    lines = card.text.split("\n")
    i = 0
    while i < len(lines) and len(out) < MAX_CARD_CONFIGS:
        m = _CONFIG_FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence = m.group(1)
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(fence)), len(lines))
        suffix = ".toml" if m.group(2).lower() == "toml" else ".yaml"
        out.append(
            (
                i + 2,
                Document(
                    kind=DocumentKind.CONFIG,
                    path=f"{card.path}#L{i + 2}{suffix}",
                    text="\n".join(lines[i + 1 : end]),
                    url=card.url,
                ),
            )
        )
        i = end + 1
    return out


def structured(doc: Document) -> object:
    """The data of a configuration document (YAML, which JSON also is, or TOML), or None when it does not
    parse (anchors and aliases refused, as in every YAML opengauge reads)."""
    try:
        if doc.path.lower().endswith(".toml"):
            return tomllib.loads(doc.text)
        return load_yaml_no_aliases(doc.text)
    except (ValueError, RecursionError, yaml.YAMLError):
        return None


def _dataset_id(value: object) -> str | None:
    """`value` as a Hub dataset id: `owner/name`, an `hf://datasets/` path or a dataset page."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if m := _HF_DATASET_PATH.match(text):
        return m.group(1)
    if text.startswith("http"):
        return hub_dataset_in_url(text)
    return _hub_id(text) if not _LOCAL_VALUE.search(text) else None


def _named_datasets(data: object) -> list[str]:
    """The dataset ids in a configuration's data (`config_datasets`), walked depth first in document order: an
    id-shaped value or key under a key that speaks of datasets, an `hf://datasets/` path or page anywhere."""
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(data, False)]  # (value, under a key that speaks of datasets)
    walked = 0
    while stack and walked < MAX_CONFIG_NODES:
        node, named = stack.pop()
        walked += 1
        if isinstance(node, dict):
            if named:  # a mixer's keys: `dataset_mixer: {owner/name: 0.5}`
                out += [i for key in node if (i := _dataset_id(key)) is not None]
            stack += [
                (value, named or "dataset" in str(key).lower()) for key, value in reversed(node.items())
            ]
        elif isinstance(node, list):
            stack += [(v, named) for v in reversed(node)]
        elif isinstance(node, str) and (named or node.strip().startswith(("hf://datasets/", "http"))):
            if (i := _dataset_id(node)) is not None:
                out.append(i)
    return out


def adapter_base(documents_: list[Document]) -> str | None:
    """The Hub id of the model a PEFT adapter is applied to: `base_model_name_or_path` of its
    `adapter_config.json` (a Hub id `owner/name`; a local path or anything else is not), or None."""
    data = _json_object(documents_, documents.ADAPTER_CONFIG)
    return _hub_id(data.get("base_model_name_or_path")) if data is not None else None


#: Keys of a `config.json` that name a component model by its Hub id: LLaVA's vision tower (`mm_vision_tower`,
#: `vision_tower`) and, in a composite model's sub-configurations (`vision_config`, `text_config`,
#: `audio_config`...), `_name_or_path`.
_COMPONENT_KEYS = ("mm_vision_tower", "vision_tower", "image_tower", "audio_tower")
MAX_COMPONENTS = 8


def config_components(documents_: list[Document]) -> list[str]:
    """The Hub ids of the component models a composite model's `config.json` names (a vision-language
    model's vision encoder and language model): their weights are inside the checkpoint, so each is a parent
    whose terms bind, whether or not the card's `base_model` names it (held-out release round 24: a CC BY-NC
    vision encoder named only in the config and the architecture table). A local path is not one."""
    data = _json_object(documents_, documents.MODEL_CONFIG)
    if data is None:
        return []
    names = [data.get(k) for k in _COMPONENT_KEYS]
    subs = [v for k, v in data.items() if k.endswith("_config") and isinstance(v, dict)]
    names += [v.get("_name_or_path") for v in subs]
    return dedupe(n for n in map(_hub_id, names) if n is not None)[:MAX_COMPONENTS]


def card_facts(
    metadata: dict,
    texts: list[str],
    extra_tags: list[str] | None = None,
    *,
    own_id: str | None = None,
    adapter_of: str | None = None,
    components: list[str] | None = None,
) -> CardFacts:
    """The facts of a card: `texts[0]` is the model card (front matter included), the rest other
    documents whose links and papers count too. A base model the metadata does not declare is the one
    the adapter's configuration names (`adapter_of`, see `adapter_base`), else the one the card's own
    words state (`sources.derivation`); `own_id` is the release's Hub id, never its own base. The component
    models a composite model's configuration names (`components`, see `config_components`) are parents too."""
    tags = dedupe(as_list(metadata.get("tags")) + list(extra_tags or []))
    papers = dedupe(
        [t.split(":", 1)[1] for t in tags if t.lower().startswith("arxiv:")] + documents.arxiv_ids(texts)
    )
    urls: list[str] = []
    for t in texts:
        urls.extend(documents.find_urls(t))
    for key in ("license_link", "repo", "repository", "code", "github"):
        v = metadata.get(key)
        if isinstance(v, str) and v.startswith(("http://", "https://")):
            urls.append(v)
    relation = metadata.get("base_model_relation")
    pipeline = metadata.get("pipeline_tag")
    problems: list[str] = []
    datasets = dedupe(n.strip() for n in as_list(metadata.get("datasets")) if n.strip())
    bases = dedupe(
        f"hf:{b.strip()}" for b in as_list(metadata.get("base_model")) if _REPO_ID.match(b.strip())
    )
    stated_at = None
    if bases and texts:
        merge = stated_merge(texts[0], own_id)
        declared = {b.lower() for b in bases}
        if merge is not None and declared & {r.lower() for r in merge.refs}:
            # a merge whose metadata names only part of its recipe (mergekit-moe's `base_model`, the model
            # that gives the shared layers, while the experts are other models): the recipe the card shows
            # names the declared base, so it is this release's own, and every model it merges binds (held-out
            # release round 29: a mixture of four fine-tunes, one CC BY-NC, whose metadata named one)
            bases = dedupe([*bases, *(r for r in merge.refs if r.lower() not in declared)])
            if not isinstance(relation, str):
                relation = "merge"
    if not bases and adapter_of and adapter_of.lower() != (own_id or "").lower():
        # the adapter only works on that model: its configuration says which, whatever the prose says
        bases = [f"hf:{adapter_of}"]
        if not isinstance(relation, str):
            relation = "adapter"
    if not bases and texts:
        stated = stated_base(texts[0], own_id)
        merge = stated_merge(texts[0], own_id)
        if stated is None and merge is None:
            # a card that says the release was fine-tuned, and names its base only in its own name
            stated = named_in_own_name(texts[0], own_id)
        if merge is not None:
            # every parent of a merge binds; a statement before the list ("merged ... using X as a
            # base") names one more, one after it belongs to the text the list introduces
            lead = stated if stated is not None and stated.line < merge.line else None
            bases = dedupe(([lead.ref] if lead else []) + list(merge.refs))
            stated_at = lead.line if lead else merge.line
            if not isinstance(relation, str):
                relation = (lead.relation if lead else None) or "merge"
        elif stated is not None:
            # every model the statement joins binds ("built upon [SigLIP](...) and [Llama 3](...)")
            bases, stated_at = dedupe([stated.ref, *stated.also]), stated.line
            if not isinstance(relation, str):
                relation = stated.relation
    if bases and not isinstance(relation, str) and quantized_name(own_id):
        # a repository named as a quantization ("Agate-1.5B-GGUF") of the base it names, whose card does not
        # say how it was made ("Original model: [Agate-1.5B](...)"): made by converting that model's weights,
        # not by training, so the original's training code and data are its own (held-out release round 30)
        relation = QUANTIZED
    # a composite model's components, after its declared bases (compared without case, as the Hub does)
    known = {b.lower() for b in bases} | {f"hf:{own_id}".lower()}
    parts = [f"hf:{c}" for c in components or [] if f"hf:{c}".lower() not in known]
    if parts and not bases and not isinstance(relation, str):
        relation = "finetune"  # trained on from its components' weights
    bases = dedupe([*bases, *parts])
    return CardFacts(
        tags=capped(tags, MAX_TAGS, "tags", problems),
        papers=capped(papers, MAX_PAPERS, "papers", problems),
        urls=capped(dedupe(urls), MAX_LINKS, "links", problems),
        dataset_ids=capped(datasets, MAX_DATASETS, "datasets", problems),
        base_models=capped(bases, MAX_BASE_MODELS, "base models", problems),
        base_model_relation=relation if isinstance(relation, str) else None,
        base_model_stated_at=stated_at,
        teachers=stated_teachers(texts[0], own_id, bases) if texts else [],
        pipeline_tag=pipeline if isinstance(pipeline, str) else None,
        problems=problems,
    )


def gated_prompt(
    metadata: dict, *, url: str | None, repo: str | None, revision: str | None, when: datetime | None
) -> Document | None:
    prompt = metadata.get("extra_gated_prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        return None
    return Document(
        kind=DocumentKind.GATED_PROMPT,
        path="README.md#extra_gated_prompt",
        text=prompt,
        url=url,
        repo=repo,
        revision=revision,
        retrieved_at=when,
        size=len(prompt.encode("utf-8")),
    )


def unlooked_datasets(ids: list[str], endpoint: str = "https://huggingface.co") -> list[DatasetRef]:
    return [DatasetRef(id=i, url=f"{endpoint}/datasets/{i}" if _REPO_ID.match(i) else None) for i in ids]


def repo_problems(repos: list[CodeRepo]) -> list[str]:
    return [
        f"linked code repo: {r.error}"
        if r.error.startswith(r.ref)
        else f"linked code repo {r.ref}: {r.error}"
        for r in repos
        if r.error
    ]
