"""The Hugging Face Hub source: `hf:ORG/NAME[@REVISION]` -> `Release`.

Requests for one model (first run; a second run within the cache TTL makes none):
- 1 `GET /api/models/{id}?blobs=True` (model info with every file and its size; the raw JSON is cached),
- `HEAD` + `GET` per document through `hf_hub_download` (README, license files, use policy, notices,
  root *.md, config.json), pinned to the commit sha, so the Hub cache answers the next run,
- 1 `GET /api/datasets/{id}` per dataset named by the card (cached),
- the GitHub requests of the linked code repos (see `github.py`).
`list_repo_tree` is used only when the model info lacks file sizes. Weights are never downloaded.

Model and dataset info are requested through the Hub library's own session, headers and error
mapping (`get_session`, `build_hf_headers`, `hf_raise_for_status`: the same request
`HfApi.model_info(files_metadata=True)` / `HfApi.dataset_info` make) so the raw JSON can be cached.
Endpoint, token and offline mode are read from the environment at call time and passed explicitly.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from huggingface_hub import HfApi, hf_hub_download
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

from opengauge.model import CodeRepo, DatasetRef, Document, DocumentKind, FileEntry, Release
from opengauge.sources import cache, documents
from opengauge.sources import card as card_mod
from opengauge.sources.errors import (
    GATED_PROBLEM,
    BadResponseError,
    GatedRepoError,
    NotFoundError,
    OfflineError,
    PrivateRepoError,
    SourceError,
)
from opengauge.sources.frontmatter import parse_front_matter, to_plain
from opengauge.sources.http import Failure, with_retries
from opengauge.sources.hub_errors import classify, offline_error, replay_error
from opengauge.sources.refs import _REPO_ID, Ref
from opengauge.sources.settings import Settings

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pth", ".pt", ".gguf", ".ckpt", ".h5", ".msgpack", ".onnx", ".npz", ".tflite", ".mlmodel", ".ggml")


class HubClient:
    """Fetches Hub API JSON (cached) and documents (through the Hub cache) for one run."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings

    # -- API JSON ------------------------------------------------------------------------------
    def api_json(self, kind: str, repo_id: str, revision: str | None, what: str, *, params: dict | None = None):
        """(json, retrieved_at) for `/api/{kind}s/{repo_id}[/revision/{rev}]`, from the cache when fresh."""
        s = self.s
        key = cache.cache_key("hub-api", s.hf_endpoint, kind, repo_id, revision or "", sorted((params or {}).items()), token=s.hf_token)
        hit = cache.get(s, key)
        if not cache.is_miss(hit):
            value, stored = hit
            if isinstance(value, dict) and "error" in value:
                raise replay_error(value["error"], what)
            return value, stored
        if s.offline:
            raise offline_error(what)
        url = f"{s.hf_endpoint}/api/{kind}s/{repo_id}"
        if revision:
            url += f"/revision/{quote(revision, safe='')}"

        def call():
            r = get_session().get(url, headers=build_hf_headers(token=s.hf_token), params=params or {}, timeout=s.timeout)
            hf_raise_for_status(r)
            return r.json()

        try:
            data = with_retries(call, classify=lambda e: classify(e, what, s), settings=s)
        except NotFoundError as exc:
            # a missing dataset/parent is a stable fact worth remembering (so a 2nd run asks nothing)
            cache.put(s, key, {"error": str(exc)})
            raise exc
        if not isinstance(data, dict):
            raise BadResponseError(f"{what}: the Hub answered with something other than a JSON object")
        return data, cache.put(s, key, data)

    def tree(self, repo_id: str, sha: str, what: str) -> list[dict]:
        s = self.s
        key = cache.cache_key("hub-tree", s.hf_endpoint, repo_id, sha, token=s.hf_token)
        hit = cache.get(s, key)
        if not cache.is_miss(hit):
            return hit[0]
        if s.offline:
            raise OfflineError(f"{what}: offline mode is on (HF_HUB_OFFLINE) and its file list is not in the cache")
        api = HfApi(endpoint=s.hf_endpoint, token=s.hf_token)

        def call():
            out = []
            for item in api.list_repo_tree(repo_id, recursive=True, revision=sha):
                if getattr(item, "size", None) is None and not hasattr(item, "blob_id"):
                    continue  # a folder
                lfs = getattr(item, "lfs", None)
                out.append({"rfilename": item.path, "size": item.size, "lfs": bool(lfs)})
            return out

        files = with_retries(call, classify=lambda e: classify(e, what, s), settings=s)
        cache.put(s, key, files)
        return files

    # -- files -----------------------------------------------------------------------------------
    def download(self, repo_id: str, filename: str, sha: str, what: str, *, repo_type: str = "model") -> tuple[bytes, datetime]:
        s = self.s

        def call():
            return hf_hub_download(
                repo_id,
                filename,
                repo_type=repo_type,
                revision=sha,
                cache_dir=str(s.hub_cache),
                endpoint=s.hf_endpoint,
                token=s.hf_token,
                etag_timeout=s.timeout,
                local_files_only=s.offline,
                force_download=s.refresh and not s.offline,
            )

        def no_retry(exc: BaseException) -> Failure | None:
            # hf_hub_download already retries HEAD on 429/5xx/network errors with its own backoff
            failure = classify(exc, what, s)
            if failure is not None:
                failure.retryable = False
            return failure

        path = with_retries(call, classify=no_retry, settings=s)
        p = Path(path)
        size = p.stat().st_size
        with p.open("rb") as fh:
            data = fh.read(documents.MAX_DOC_BYTES + 1)
        if size > documents.MAX_DOC_BYTES and len(data) <= documents.MAX_DOC_BYTES:
            data += b"\0"  # keep the over-cap signal
        retrieved = datetime.fromtimestamp(os.stat(os.path.realpath(p)).st_mtime, tz=timezone.utc)
        return data, retrieved


def _files_from_siblings(siblings: list[dict]) -> list[FileEntry]:
    out = []
    for sib in siblings:
        name = sib.get("rfilename") or sib.get("path")
        if not isinstance(name, str):
            continue
        lfs = sib.get("lfs")
        size = sib.get("size")
        if size is None and isinstance(lfs, dict):
            size = lfs.get("size")
        out.append(FileEntry(path=name, size=size if isinstance(size, int) else None, lfs=bool(lfs)))
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
    if sha and (not isinstance(siblings, list) or any(isinstance(x, dict) and x.get("size") is None for x in siblings)):
        siblings = client.tree(repo_id, sha, what)
    files = _files_from_siblings(siblings if isinstance(siblings, list) else [])
    if not sha:
        problems.append("the Hub did not report a commit sha; documents could not be pinned")

    base_url = f"{s.hf_endpoint}/{repo_id}"
    root = [f for f in files if "/" not in f.path and documents.classify(f.path) is not None]
    root.sort(key=lambda f: documents.order_key(f.path))
    card_entry = next((f for f in root if f.path.lower() == "readme.md"), None)
    others = [f for f in root if f is not card_entry][: documents.MAX_DOCUMENTS]
    skipped = [f.path for f in root if f is not card_entry][documents.MAX_DOCUMENTS:]
    if skipped:
        problems.append(f"{len(skipped)} more documents not read (limit {documents.MAX_DOCUMENTS}): {', '.join(skipped[:5])}")

    gated_key = cache.cache_key("hub-gated", s.hf_endpoint, repo_id, sha or "", token=s.hf_token)
    gated_hit = cache.get(s, gated_key)
    gated_blocked = not cache.is_miss(gated_hit) and gated_hit[0] is True

    docs: list[Document] = []
    card_text: str | None = None

    def read(entry: FileEntry, *, is_card: bool) -> None:
        nonlocal card_text, gated_blocked
        if gated_blocked or not sha:
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
            return
        except NotFoundError:
            problems.append(f"{entry.path} is listed but could not be downloaded (not found)")
            return
        doc = documents.to_document(
            data, path=entry.path, is_card=is_card, problems=problems,
            url=f"{base_url}/blob/{sha}/{quote(entry.path)}", repo=f"hf:{repo_id}", revision=sha,
            retrieved_at=when, size=entry.size if entry.size is not None else len(data),
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

    # metadata: the card's own front matter when readable, else what the Hub API reports
    metadata: dict = {}
    if card_text is not None:
        metadata, found = parse_front_matter(card_text, name=f"{what}: README.md")
        if not found:
            problems.append("README.md has no YAML front matter (no license, datasets or base_model declared in metadata)")
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
        metadata, url=base_url, repo=f"hf:{repo_id}", revision=sha,
        when=next((d.retrieved_at for d in docs if d.kind == DocumentKind.MODEL_CARD), info_time),
    )
    if prompt_doc is not None:
        docs.append(prompt_doc)

    texts = [card_text or ""] + [d.text for d in docs if d.kind in (DocumentKind.MODEL_CARD, DocumentKind.OTHER) and d.path.lower() != "readme.md"]
    facts = card_mod.card_facts(metadata, texts, card_mod.as_list(info.get("tags")))
    cap = s.max_code_repos if max_code_repos is None else max_code_repos
    to_fetch, _ = documents.select_code_repos(facts.urls, owner=repo_id.split("/")[0] if "/" in repo_id else None, cap=cap)
    code_repos: list[CodeRepo] = []
    if to_fetch:
        gh = GitHubClient(s)
        try:
            for full in to_fetch:
                code_repos.append(gh.linked_repo(full))
        finally:
            gh.close()
    problems.extend(card_mod.repo_problems(code_repos))
    datasets = _datasets(client, facts.dataset_ids, problems, s)
    pipeline = facts.pipeline_tag or info.get("pipeline_tag")

    return Release(
        ref=f"hf:{repo_id}" + (f"@{ref.revision}" if ref.revision else ""),
        source="hub",
        id=info.get("id") if isinstance(info.get("id"), str) else repo_id,
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
        papers=facts.papers,
        links=facts.urls,
        base_models=facts.base_models,
        base_model_relation=facts.base_model_relation,
        problems=problems,
    )


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
        card = info.get("cardData") if isinstance(info.get("cardData"), dict) else {}
        lic = card.get("license")
        if isinstance(lic, list):
            lic = ", ".join(str(x) for x in lic)
        if not lic:
            lic = next((t.split(":", 1)[1] for t in card_mod.as_list(info.get("tags")) if t.startswith("license:")), None)
        gated = info.get("gated")
        out.append(
            DatasetRef(
                id=name,
                url=url,
                license=str(lic) if lic else None,
                gated=gated if isinstance(gated, (bool, str)) else None,
                exists=True,
                private=info.get("private") if isinstance(info.get("private"), bool) else None,
            )
        )
    return out
