"""The Hugging Face Hub source: `hf:ORG/NAME[@REVISION]` -> `Release`.

Requests for one model (first run; a second run within the cache TTL makes none):
- 1 `GET /api/models/{id}?blobs=True` (model info with every file and its size; the raw JSON is cached),
- `HEAD` + `GET` per document through `hf_hub_download` (README, license files, use policy, notices,
  root *.md, docs/*.md, config.json), pinned to the commit sha, so the Hub cache answers the next run,
- 1 `GET /api/datasets/{id}` per dataset named by the card (cached), and its card (README.md,
  `HEAD` + `GET` through `hf_hub_download`, pinned to the dataset's commit),
- the same for each Hub dataset the card links in its text but does not declare (at most
  `MAX_LINKED_DATASETS`; whether it is training data is the probes' call),
- 1 `GET /api/collections/{owner}/{slug}` per Hub collection the card links (at most
  `MAX_COLLECTIONS`, cached), and the dataset requests above for the datasets each lists,
- the GitHub requests of the linked code repos (see `github.py`), and, when the repository holds no weights
  and the card links the release of a GitHub repository for them, that repository's releases list (at most
  `MAX_RELEASE_REPOS` repositories).
`list_repo_tree` is used only when the model info lacks file sizes. Weights are never downloaded.

The requests go through `HubClient` (`hub_client.py`); Hub faults are mapped in `hub_errors.py`.
This module assembles the answers into a `Release`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from opengauge.model import (
    DATASET_CARD_MAX,
    MAX_COLLECTION_DATASETS,
    CodeRepo,
    Collection,
    DatasetRef,
    Document,
    DocumentKind,
    FileEntry,
    Release,
    WeightsRepo,
)
from opengauge.sources import cache, derivation, documents
from opengauge.sources import card as card_mod
from opengauge.sources.errors import (
    GATED_PROBLEM,
    GatedRepoError,
    NotFoundError,
    PrivateRepoError,
    SourceError,
)
from opengauge.sources.frontmatter import parse_front_matter, to_plain
from opengauge.sources.hub_client import HubClient
from opengauge.sources.refs import _REPO_ID, Ref, hub_dataset_in_url, publisher_readmes
from opengauge.sources.settings import Settings
from opengauge.weightfiles import is_weight_file


def files_from_siblings(siblings: list[Any], problems: list[str]) -> list[FileEntry]:
    """The file list of a Hub listing's `siblings` (names, and sizes only when plausible: a bad size
    is reported in `problems`, not used); a dump's rows list them the same way."""
    out = []
    bad: list[tuple[str, object]] = []
    for sib in siblings:
        if isinstance(sib, str):  # a dump may list bare names
            out.append(FileEntry(path=sib))
            continue
        if not isinstance(sib, Mapping):
            continue
        name = sib.get("rfilename") or sib.get("path")
        if not isinstance(name, str):
            continue
        lfs = sib.get("lfs")
        size = sib.get("size")
        if size is None and isinstance(lfs, Mapping):
            size = lfs.get("size")
        valid = documents.plausible_size(size)
        if size is not None and valid is None:
            bad.append((name, size))
        out.append(FileEntry(path=name, size=valid, lfs=bool(lfs)))
    problems.extend(documents.size_problem(bad, "the Hub's file listing"))
    return out


def fetch_hub(ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
    from opengauge.sources.github import GitHubClient  # local import: github is optional per release

    s = settings
    repo_id = ref.id
    what = f"hf:{repo_id}" + (f"@{ref.revision}" if ref.revision else "")
    client = HubClient(s)
    info, info_time = client.api_json("model", repo_id, ref.revision, what, params={"blobs": True})
    sha = info.get("sha") if isinstance(info.get("sha"), str) else None
    problems: list[str] = []
    siblings = info.get("siblings")
    sizes_missing = not isinstance(siblings, list) or any(
        isinstance(x, dict) and x.get("size") is None for x in siblings
    )
    if sha and sizes_missing:
        siblings = client.tree(repo_id, sha, what)
    files = files_from_siblings(siblings if isinstance(siblings, list) else [], problems)
    if not sha:
        problems.append("the Hub did not report a commit sha; documents could not be pinned")

    refused = [f.path for f in files if "/" not in f.path and documents.unsafe_name(f.path)]
    if refused:
        shown = ", ".join(repr(p[:80]) for p in refused[:5])
        problems.append(
            f"{len(refused)} listed file name(s) refused (backslash, '..', control characters): {shown}"
        )

    base_url = f"{s.hf_endpoint}/{repo_id}"
    readable = [f for f in files if documents.classify(f.path) is not None]
    readable.sort(key=lambda f: documents.order_key(f.path))
    card_entry = next((f for f in readable if f.path.lower() == "readme.md"), None)
    others = [f for f in readable if f is not card_entry][: documents.MAX_DOCUMENTS]
    skipped = [f.path for f in readable if f is not card_entry][documents.MAX_DOCUMENTS :]
    if skipped:
        problems.append(
            f"{len(skipped)} more documents not read (limit {documents.MAX_DOCUMENTS}): "
            + ", ".join(skipped[:5])
        )

    gated_key = cache.cache_key("hub-gated", s.hf_endpoint, repo_id, sha or "", token=s.hf_token)
    gated_hit = cache.get(s, gated_key)
    gated_blocked = not cache.is_miss(gated_hit) and gated_hit[0] is True

    docs: list[Document] = []
    card_text: str | None = None
    unread: list[str] = []

    def read(entry: FileEntry, *, is_card: bool, notebook: bool = False, config: bool = False) -> None:
        nonlocal card_text, gated_blocked
        if gated_blocked or not sha:
            unread.append(entry.path)
            return
        problem = documents.too_large(entry.size, name=entry.path, is_card=is_card)
        if problem:
            problems.append(problem)
            return
        try:
            data, when = client.download(repo_id, entry.path, sha, f"{what}: {entry.path}")
        except GatedRepoError:
            gated_blocked = True
            cache.put(s, gated_key, True)
            unread.append(entry.path)
            return
        except NotFoundError:
            problems.append(f"{entry.path} is listed but could not be downloaded (not found)")
            unread.append(entry.path)
            return
        doc = documents.to_document(
            data,
            path=entry.path,
            is_card=is_card,
            problems=problems,
            url=f"{base_url}/blob/{sha}/{quote(entry.path)}",
            repo=f"hf:{repo_id}",
            revision=sha,
            retrieved_at=when,
            size=entry.size if entry.size is not None else len(data),
            notebook=notebook,
            config=config,
        )
        if doc is None:
            return
        if is_card:
            card_text = doc.text
        docs.append(doc)

    if card_entry is not None:
        read(card_entry, is_card=True)
    for entry in others:
        read(entry, is_card=False)
    # the model repository's Jupyter notebooks, for what their code does (the training and data-processing
    # probes read them as they read scripts): those the card names first, a few at most; and the configuration
    # files the card names (a data mixture, a training recipe), for the datasets they name
    by_path = {f.path: f for f in files}
    for path, kind in documents.named_reads(list(by_path), card_text, problems):
        read(by_path[path], is_card=False, notebook=kind == "notebook", config=kind == "config")

    # metadata: the card's own front matter when readable, else what the Hub API reports
    metadata: dict = {}
    if card_text is not None:
        metadata, found = parse_front_matter(card_text, name=f"{what}: README.md")
        if not found:
            problems.append(
                "README.md has no YAML front matter (no license, datasets or base_model declared in metadata)"
            )
    else:
        card_data = info.get("cardData")
        if isinstance(card_data, dict):
            metadata = to_plain(card_data, name=f"{what}: cardData")
        if card_entry is None:
            problems.append("the repo has no README.md (no model card)")
    gated = info.get("gated")
    if gated_blocked:
        how = "HF_TOKEN has no access to it" if s.hf_token else "set HF_TOKEN to a token with access"
        problems.insert(0, f"{GATED_PROBLEM} files could not be read ({how}); public metadata only")

    prompt_doc = card_mod.gated_prompt(
        metadata,
        url=base_url,
        repo=f"hf:{repo_id}",
        revision=sha,
        when=next((d.retrieved_at for d in docs if d.kind == DocumentKind.MODEL_CARD), info_time),
    )
    if prompt_doc is not None:
        docs.append(prompt_doc)

    texts = [card_text or ""] + [
        d.text
        for d in docs
        if d.kind in (DocumentKind.MODEL_CARD, DocumentKind.OTHER) and d.path.lower() != "readme.md"
    ]
    facts = card_mod.card_facts(
        metadata,
        texts,
        card_mod.as_list(info.get("tags")),
        own_id=repo_id,
        adapter_of=card_mod.adapter_base(docs),
        components=card_mod.config_components(docs),
    )
    problems.extend(facts.problems)
    cap = s.max_code_repos if max_code_repos is None else max_code_repos
    owner = repo_id.split("/")[0] if "/" in repo_id else None
    model = repo_id.split("/")[-1]
    to_fetch, _ = documents.select_code_repos(facts.urls, owner=owner, cap=cap, model=model)
    code_repos: list[CodeRepo] = []
    if to_fetch:
        gh = GitHubClient(s)
        try:
            for full in to_fetch:
                repo = gh.linked_repo(full)
                # a link into one folder of the repository (a monorepo's project): that folder is the code
                folder = documents.linked_folder(facts.urls, full, model)
                code_repos.append(documents.in_folder(repo, folder) if folder else repo)
            # a linked repository that holds no code and says its code has moved: the repository it names
            # is read too, in its place (one hop)
            fetched = {r.ref.removeprefix("gh:").lower() for r in code_repos}
            for repo in list(code_repos):
                target = documents.forwarding_target(repo)
                if target is not None and target.lower() not in fetched:
                    fetched.add(target.lower())
                    code_repos.append(gh.linked_repo(target))
        finally:
            gh.close()
    problems.extend(card_mod.repo_problems(code_repos))
    datasets = _datasets(client, facts.dataset_ids, problems, s)
    declared = {d.lower() for d in facts.dataset_ids}
    in_card = [c for d in docs if d.kind is DocumentKind.MODEL_CARD for _, c in card_mod.card_configs(d)]
    linked = card_mod.dedupe(
        [i for u in facts.urls if (i := hub_dataset_in_url(u)) and i.lower() not in declared]
        # and those the configurations the card names list (a data mixture: `card.config_datasets`), or shows
        # in a fenced block of its own (`card.card_configs`)
        + [i for i in card_mod.config_datasets(docs + in_card) if i.lower() not in declared]
    )
    if not declared and not linked:
        # a card that names no dataset may leave the training data to the READMEs of the publisher's own
        # code repositories ("the model card is short on purpose"): the datasets they link
        linked = card_mod.dedupe(
            i
            for d, _ in publisher_readmes(code_repos, owner)
            for u in documents.find_urls(d.text)
            if (i := hub_dataset_in_url(u))
        )
    linked_datasets = _datasets(client, linked[:MAX_LINKED_DATASETS], problems, s)
    weights_repo = (
        None
        if any(is_weight_file(f.path) for f in files)
        else _weights_repo(client, repo_id, [card_text or "", *texts[1:]], facts.base_models, problems, s)
        or _release_weights(card_text or "", problems, s)
    )
    collections = _collections(client, facts.urls, problems, s)
    pipeline = facts.pipeline_tag or info.get("pipeline_tag")
    info_id = info.get("id")

    return Release(
        ref=f"hf:{repo_id}" + (f"@{ref.revision}" if ref.revision else ""),
        source="hub",
        id=info_id if isinstance(info_id, str) else repo_id,
        revision=sha,
        url=base_url,
        retrieved_at=info_time,
        metadata=metadata,
        tags=facts.tags,
        gated=gated if isinstance(gated, (bool, str)) else None,
        private=info.get("private") if isinstance(info.get("private"), bool) else None,
        pipeline_tag=pipeline if isinstance(pipeline, str) else None,
        files=files,
        files_truncated=False,
        documents=docs,
        code_repos=code_repos,
        datasets=datasets,
        linked_datasets=linked_datasets,
        collections=collections,
        papers=facts.papers,
        links=facts.urls,
        base_models=facts.base_models,
        base_model_relation=facts.base_model_relation,
        base_model_stated_at=facts.base_model_stated_at,
        teacher_models=facts.teachers,
        weights_repo=weights_repo,
        problems=problems,
        unread=unread,
    )


#: Hub datasets a card links in its text (not its metadata) looked up per release: a card's data section
#: links a few; a long list of links is an evaluation table, whose datasets are no training data.
MAX_LINKED_DATASETS = 8


#: Hub collections read per release (a card links one or two: "the datasets ... are in this collection")
MAX_COLLECTIONS = 3
_COLLECTION_URL = re.compile(
    r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/collections/([A-Za-z0-9][\w.-]{0,95})/([\w.-]{1,200})/?$"
)


def collection_slug(url: str) -> str | None:
    """`owner/slug` of a Hub collection page's URL; None for any other URL."""
    m = _COLLECTION_URL.match(url.split("#", 1)[0].split("?", 1)[0])
    return f"{m.group(1)}/{m.group(2)}" if m else None


def _collections(client: HubClient, urls: list[str], problems: list[str], s: Settings) -> list[Collection]:
    """The Hub collections the card links, each with the datasets it lists (looked up like the card's
    own datasets); one that cannot be read is kept with its error, and the problem recorded."""
    out: list[Collection] = []
    seen: set[str] = set()
    for url in urls:
        slug = collection_slug(url)
        if slug is None or slug.lower() in seen:
            continue
        seen.add(slug.lower())
        if len(out) >= MAX_COLLECTIONS:
            break
        what = f"collection {slug}"
        try:
            info, _ = client.api_json("collection", slug, None, what)
        except SourceError as exc:
            problems.append(f"{what}: {exc}")
            out.append(Collection(url=url, slug=slug, error=str(exc)))
            continue
        items = info.get("items")
        ids = [
            str(it["id"])
            for it in (items if isinstance(items, list) else [])
            if isinstance(it, Mapping) and it.get("type") == "dataset" and isinstance(it.get("id"), str)
        ][:MAX_COLLECTION_DATASETS]
        title = info.get("title")
        out.append(
            Collection(
                url=url,
                slug=slug,
                title=title if isinstance(title, str) else None,
                datasets=_datasets(client, [i for i in ids if _REPO_ID.match(i)], problems, s),
            )
        )
    return out


def _datasets(client: HubClient, names: list[str], problems: list[str], s: Settings) -> list[DatasetRef]:
    out: list[DatasetRef] = []
    for i, name in enumerate(names):
        url = f"{s.hf_endpoint}/datasets/{name}"
        if i >= s.max_datasets or not _REPO_ID.match(name):
            out.append(DatasetRef(id=name, url=url if _REPO_ID.match(name) else None))
            continue
        try:
            info, _ = client.api_json("dataset", name, None, f"dataset {name}")
        except NotFoundError:
            out.append(DatasetRef(id=name, url=url, exists=False))
            continue
        except PrivateRepoError:
            out.append(DatasetRef(id=name, url=url, exists=None, private=True, error="private or hidden"))
            continue
        except SourceError as exc:
            problems.append(f"dataset {name}: {exc}")
            out.append(DatasetRef(id=name, url=url, error=str(exc)))
            continue
        lic = _declared_license(info)
        gated = info.get("gated")
        out.append(
            DatasetRef(
                id=name,
                url=url,
                license=lic,
                gated=gated if isinstance(gated, (bool, str)) else None,
                exists=True,
                private=info.get("private") if isinstance(info.get("private"), bool) else None,
                card=_dataset_card(client, name, info, problems, s),
                datasheet=_dataset_sheet(client, name, info, problems, s),
            )
        )
    return out


def _declared_license(info: Mapping[str, Any]) -> str | None:
    """The licence a repository's card declares (`license:`, joined when a list), else its `license:` tag."""
    card_data = info.get("cardData")
    card = card_data if isinstance(card_data, dict) else {}
    lic = card.get("license")
    if isinstance(lic, list):
        lic = ", ".join(str(x) for x in lic)
    if not lic:
        tags = card_mod.as_list(info.get("tags"))
        lic = next((t.split(":", 1)[1] for t in tags if t.startswith("license:")), None)
    return str(lic) if lic else None


def _weights_repo(
    client: HubClient, repo_id: str, texts: list[str], bases: list[str], problems: list[str], s: Settings
) -> WeightsRepo | None:
    """The model repository of the same publisher that the card links for the weights, when the release's own
    repository holds none: the first linked Hub model of that organisation, named after the release
    ("Eelgrass-3B" -> "Eelgrass-3B-weights"), that is not a declared base; its file list, gate and licence
    from one model-info request (held-out release round 18). None when the card links no such repository or it
    could not be read (the problem is recorded; the weights then stay unread, not absent)."""
    org, _, name = repo_id.partition("/")
    declared = {b.lower() for b in bases}
    for cand in derivation.linked_model_ids("\n".join(texts)):
        c_org, _, c_name = cand.partition("/")
        if (
            c_org.lower() != org.lower()
            or cand.lower() == repo_id.lower()
            or f"hf:{cand}".lower() in declared
            or not c_name.lower().startswith(name.lower())
        ):
            continue
        try:
            info, _ = client.api_json(
                "model", cand, None, f"weights repository hf:{cand}", params={"blobs": True}
            )
        except SourceError as exc:
            problems.append(f"weights repository hf:{cand}: {exc}")
            return None
        siblings = info.get("siblings")
        files = files_from_siblings(siblings if isinstance(siblings, list) else [], problems)
        gated = info.get("gated")
        return WeightsRepo(
            ref=f"hf:{cand}",
            url=f"{s.hf_endpoint}/{cand}",
            files=files,
            gated=gated if isinstance(gated, (bool, str)) else None,
            license=_declared_license(info),
        )
    return None


#: GitHub repositories whose releases are read for the weights (one request each).
MAX_RELEASE_REPOS = 2
#: A link to a GitHub repository's releases, a release's page or one of its assets (groups: owner, name, and
#: the tag when the link names one): `github.com/o/r/releases`, `.../releases/tag/v1.0`,
#: `.../releases/download/v1.0/x`.
_RELEASE_LINK = re.compile(
    r"^https?://(?:www\.)?github\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/releases"
    r"(?:/(?:tag|download)/([^/\s?#]{1,100}))?(?:[/?#]|$)",
    re.IGNORECASE,
)


def _release_weights(card: str, problems: list[str], s: Settings) -> WeightsRepo | None:
    """The weights of a release kept as assets of a GitHub release, when the model repository holds none: the
    card links the release (its page, an asset's download address, or the repository's releases) as where the
    weights are, and the GitHub releases API lists a weights file among that release's assets (held-out
    release round 26: Harmattan-3B, "attached, under the Apache License 2.0, to the v1.0 release of our GitHub
    repository"). Weights published off the Hub are weights published (Omnilingual ASR.yaml: "Model published
    on GitHub", open; frameworks.md §1.1). None when the card links no release or none lists a weights file
    (the problem is recorded; the weights then stay where the card's pointer leaves them)."""
    from opengauge.sources.github import GitHubClient  # local import: github is optional per release

    linked: dict[str, tuple[str, str | None]] = {}  # owner/name as written first, and the tag a link names
    for url in documents.find_urls(card):
        m = _RELEASE_LINK.match(url)
        if m is None:
            continue
        full = f"{m.group(1)}/{m.group(2)}"
        key = full.lower()
        if key not in linked:
            if len(linked) >= MAX_RELEASE_REPOS:
                break
            linked[key] = (full, m.group(3))
        elif linked[key][1] is None and m.group(3):
            linked[key] = (linked[key][0], m.group(3))  # a later link names the release
    if not linked:
        return None
    gh = GitHubClient(s)
    try:
        for full, tag in linked.values():
            try:
                name, page, found, urls = gh.release_assets(full, tag)
            except SourceError as exc:
                problems.append(str(exc))  # "gh:owner/name releases: ..."
                continue
            return WeightsRepo(
                ref=f"gh:{full}", url=page, files=found, gated=False, release=name, file_urls=urls
            )
    finally:
        gh.close()
    return None


def _dataset_sheet(
    client: HubClient, name: str, info: Mapping[str, Any], problems: list[str], s: Settings
) -> str | None:
    """The text of the dataset repository's datasheet file (the first its file list names:
    `documents.is_datasheet_file`), cut at DATASET_CARD_MAX characters; None when it has none or it could
    not be read (the problem is recorded). A dataset card may keep its datasheet beside it in a file of its
    own, which documents the data as the card does (held-out release round 25). Cached with the dataset's
    commit, as the card is."""
    sha = info.get("sha")
    siblings = info.get("siblings")
    if not isinstance(sha, str) or not sha or not isinstance(siblings, list):
        return None
    path = next(
        (
            f
            for x in siblings
            if isinstance(x, Mapping)
            and isinstance(f := x.get("rfilename"), str)
            and documents.is_datasheet_file(f)
        ),
        None,
    )
    if path is None:
        return None
    key = cache.cache_key("hub-dataset-sheet", s.hf_endpoint, name, sha, path, token=s.hf_token)
    text, problem = _dataset_file(client, name, sha, path, key, "text", f"dataset {name}: {path} not read", s)
    if text is None and problem:
        problems.append(problem)
    return text


def _dataset_file(
    client: HubClient, name: str, sha: str, path: str, key: str, field: str, failed: str, s: Settings
) -> tuple[str | None, str | None]:
    """(text, problem) of a dataset repository's file at its commit `sha`, cut at DATASET_CARD_MAX
    characters, through the cache under `key` (the text stored as `field`): a file listed (or with no list)
    but not served is not read, not absent (`failed`: the problem's words). The outcome is cached with the
    dataset's commit, so a run offline reads what the run online read; an offline miss is not cached (it is
    not the dataset's state)."""
    hit = cache.get(s, key)
    if not cache.is_miss(hit):
        value = hit[0] if isinstance(hit[0], dict) else {}
        return value.get(field), value.get("problem")
    text: str | None = None
    problem: str | None = None
    try:
        data, _ = client.download(name, path, sha, f"dataset {name}: {path}", repo_type="dataset")
    except SourceError as exc:
        problem = f"{failed}: {exc}"
    else:
        text, problem = documents.decode(data, name=f"dataset {name}: {path}", is_card=False)
        text = text[:DATASET_CARD_MAX] if text is not None else None
    if not (problem and s.offline):
        cache.put(s, key, {field: text, "problem": problem})
    return text, problem


def _dataset_card(
    client: HubClient, name: str, info: Mapping[str, Any], problems: list[str], s: Settings
) -> str | None:
    """The dataset's card text (cut at DATASET_CARD_MAX characters); "" when its file list has no
    README; None when it could not be read (the problem is recorded). The outcome is cached with the
    dataset's commit, so a run offline reads what the run online read."""
    sha = info.get("sha")
    siblings = info.get("siblings")
    if not isinstance(sha, str) or not sha:
        return None
    if isinstance(siblings, list) and not any(
        isinstance(x, Mapping) and x.get("rfilename") == "README.md" for x in siblings
    ):
        return ""
    key = cache.cache_key("hub-dataset-card", s.hf_endpoint, name, sha, token=s.hf_token)
    text, problem = _dataset_file(
        client, name, sha, "README.md", key, "card", f"dataset {name}: card not read", s
    )
    if text is None:
        problems.append(problem or f"dataset {name}: card not read")
    return text
