"""The Hub client: model and dataset info as JSON (cached), file lists, and documents (through the
Hub's own file cache). Weights are never downloaded.

Model and dataset info are requested through the Hub library's own session, headers and error
mapping (`get_session`, `build_hf_headers`, `hf_raise_for_status`: the same request
`HfApi.model_info(files_metadata=True)` / `HfApi.dataset_info` make) so the raw JSON can be cached.
Endpoint, token and offline mode are read from the environment at call time and passed explicitly.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from huggingface_hub import HfApi, RepoFolder, hf_hub_download
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

from opengauge.sources import cache, documents
from opengauge.sources.errors import BadResponseError, NotFoundError, OfflineError
from opengauge.sources.http import Failure, with_retries
from opengauge.sources.hub_errors import classify, offline_error, replay_error
from opengauge.sources.settings import Settings


class HubClient:
    """Fetches Hub API JSON (cached) and documents (through the Hub cache) for one run."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings

    # -- API JSON ------------------------------------------------------------------------------
    def api_json(
        self, kind: str, repo_id: str, revision: str | None, what: str, *, params: dict | None = None
    ) -> tuple[dict[str, Any], datetime]:
        """(json, retrieved_at) for `/api/{kind}s/{repo_id}[/revision/{rev}]`, from the cache when fresh."""
        s = self.s
        key = cache.cache_key(
            "hub-api",
            s.hf_endpoint,
            kind,
            repo_id,
            revision or "",
            sorted((params or {}).items()),
            token=s.hf_token,
        )
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
        try:
            data = self._get_json(url, what, params)
        except NotFoundError as exc:
            # a missing dataset/parent is a stable fact worth remembering (so a 2nd run asks nothing)
            cache.put(s, key, {"error": str(exc)})
            raise
        if not isinstance(data, dict):
            raise BadResponseError(f"{what}: the Hub answered with something other than a JSON object")
        return data, cache.put(s, key, data)

    def model_listing(self, params: dict[str, str], what: str) -> Any:
        """One page of `GET /api/models` with these query parameters (search, sort, limit...), as the
        Hub answers it (a list of model records), from the cache when fresh; `OfflineError` offline
        when not cached. One request: the library's paginator is not used (it would retry a 5xx on
        its own, beside opengauge's retries)."""
        s = self.s
        key = cache.cache_key("hub-listing", s.hf_endpoint, sorted(params.items()), token=s.hf_token)
        hit = cache.get(s, key)
        if not cache.is_miss(hit):
            return hit[0]
        if s.offline:
            raise offline_error(what)
        data = self._get_json(f"{s.hf_endpoint}/api/models", what, params)
        cache.put(s, key, data)
        return data

    def _get_json(self, url: str, what: str, params: dict | None) -> Any:
        """The JSON a Hub API URL answers, through the Hub library's session, headers and error
        mapping, with opengauge's timeout and retries."""
        s = self.s

        def call() -> Any:
            headers = build_hf_headers(token=s.hf_token)
            r = get_session().get(url, headers=headers, params=params or {}, timeout=s.timeout)
            hf_raise_for_status(r)
            return r.json()

        return with_retries(call, classify=lambda e: classify(e, what, s), settings=s)

    def tree(self, repo_id: str, sha: str, what: str) -> list[dict]:
        s = self.s
        key = cache.cache_key("hub-tree", s.hf_endpoint, repo_id, sha, token=s.hf_token)
        hit = cache.get(s, key)
        if not cache.is_miss(hit):
            return hit[0]
        if s.offline:
            raise OfflineError(
                f"{what}: offline mode is on (HF_HUB_OFFLINE) and its file list is not in the cache"
            )
        api = HfApi(endpoint=s.hf_endpoint, token=s.hf_token)

        def call() -> list[dict]:
            out = []
            for item in api.list_repo_tree(repo_id, recursive=True, revision=sha):
                if isinstance(item, RepoFolder):
                    continue
                out.append({"rfilename": item.path, "size": item.size, "lfs": bool(item.lfs)})
            return out

        files = with_retries(call, classify=lambda e: classify(e, what, s), settings=s)
        cache.put(s, key, files)
        return files

    # -- files -----------------------------------------------------------------------------------
    def download(
        self, repo_id: str, filename: str, sha: str, what: str, *, repo_type: str = "model"
    ) -> tuple[bytes, datetime]:
        s = self.s

        def call() -> str:
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
        retrieved = datetime.fromtimestamp(os.stat(os.path.realpath(p)).st_mtime, tz=UTC)
        return data, retrieved
