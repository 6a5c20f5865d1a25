"""The GitHub source: `gh:OWNER/REPO[@REF]` and every code repo linked from a model card.

REST API through httpx, base URL `GITHUB_API_URL` (default https://api.github.com), bearer token
`GITHUB_TOKEN` when set. Requests for one repo (first run; cached afterwards, 404s included):
`GET /repos/{o}/{r}` (metadata, default branch, license key), `GET /repos/{o}/{r}/commits/{ref}` with
the `sha` media type (pins the commit; skipped when the ref is already a sha),
`GET /repos/{o}/{r}/git/trees/{sha}?recursive=1` (file list; `truncated` recorded), and only when the
tree has such files `GET /readme?ref=` (raw) and `GET /license?ref=`. File contents other than README
and LICENSE are never read. A model card that keeps its weights in a GitHub release and links that release
costs one more request, `GET /repos/{o}/{r}/releases` (`release_assets`: the assets' names, sizes and
download addresses, never their content).
"""

from __future__ import annotations

import base64
import re
import time
from datetime import datetime

import httpx

from opengauge import __version__
from opengauge.model import CodeRepo, Document, DocumentKind, FileEntry, Release
from opengauge.sources import cache, documents
from opengauge.sources.errors import (
    BadResponseError,
    NotFoundError,
    OfflineError,
    PrivateRepoError,
    SourceError,
)
from opengauge.sources.http import (
    Failure,
    parse_retry_after,
    status_failure,
    tls_context,
    transport_failure,
    with_retries,
)
from opengauge.sources.refs import Ref
from opengauge.sources.settings import Settings
from opengauge.weightfiles import is_weight_file

JSON = "application/vnd.github+json"
RAW = "application/vnd.github.raw+json"
SHA = "application/vnd.github.sha"
API_VERSION = "2022-11-28"
_SHA40 = re.compile(r"^[0-9a-f]{40}$")
#: Releases, and assets of one release, read from the releases API's first page.
MAX_RELEASES = 20
MAX_ASSETS = 200


class _Status(Exception):
    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class GitHubClient:
    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            headers = {"X-GitHub-Api-Version": API_VERSION, "User-Agent": f"opengauge/{__version__}"}
            if self.s.github_token:
                headers["Authorization"] = f"Bearer {self.s.github_token}"
            self._client = httpx.Client(
                base_url=self.s.github_api,
                headers=headers,
                timeout=self.s.timeout,
                follow_redirects=True,
                verify=tls_context(),
            )
        return self._client

    def _classify(self, exc: BaseException, what: str) -> Failure | None:
        s = self.s
        if isinstance(exc, _Status):
            r = exc.response
            code = r.status_code
            remaining = r.headers.get("x-ratelimit-remaining")
            after = parse_retry_after(r.headers.get("retry-after"))
            if after is None and remaining == "0" and r.headers.get("x-ratelimit-reset", "").isdigit():
                after = max(0.0, int(r.headers["x-ratelimit-reset"]) - time.time())
            if code == 401:
                return Failure(
                    PrivateRepoError(
                        f"{what}: GitHub rejected the credentials (HTTP 401); check GITHUB_TOKEN"
                    )
                )
            # GitHub signals an exhausted rate limit with 403 too
            limited = code == 403 and (remaining == "0" or bool(r.headers.get("retry-after")))
            return status_failure(
                code,
                what=what,
                service="GitHub",
                name="GitHub",
                settings=s,
                rate_limited=limited,
                retry_after=after,
                rate_hint="; set GITHUB_TOKEN for a higher limit",
            )
        transport = transport_failure(
            exc, lib=httpx, what=what, service="GitHub", endpoint=s.github_api, timeout=s.timeout
        )
        if transport is not None:
            return transport
        if isinstance(exc, ValueError):
            return Failure(BadResponseError(f"{what}: GitHub answered with invalid JSON"), True)
        return None

    def get(self, path: str, what: str, *, accept: str = JSON, params: dict | None = None):
        """(status, body, retrieved_at): body is parsed JSON (JSON/SHA media) or bytes (raw);
        404 -> (404, None)."""
        s = self.s
        key = cache.cache_key(
            "github", s.github_api, path, accept, sorted((params or {}).items()), token=s.github_token
        )
        hit = cache.get(s, key)
        if not cache.is_miss(hit):
            value, stored = hit
            body = value.get("body")
            if value.get("b64") and isinstance(body, str):
                body = base64.b64decode(body)
            return value.get("status"), body, stored
        if s.offline:
            raise OfflineError(f"{what}: offline mode is on and this GitHub response is not in the cache")

        def call():
            r = self.client.get(path, params=params, headers={"Accept": accept})
            if r.status_code == 404:
                return 404, None
            if r.status_code == 422 and "/commits/" in path:
                return 404, None
            if r.status_code != 200:
                raise _Status(r)
            if accept == JSON:
                return 200, r.json()
            if accept == SHA:
                return 200, r.text.strip()
            return 200, r.content

        status, body = with_retries(call, classify=lambda e: self._classify(e, what), settings=s)
        stored_body, b64 = body, False
        if isinstance(body, bytes):
            stored_body, b64 = base64.b64encode(body).decode("ascii"), True
        when = cache.put(s, key, {"status": status, "body": stored_body, "b64": b64})
        return status, body, when

    def repo(self, full_name: str, ref: str | None = None) -> CodeRepo:
        """Read one repo; raise `SourceError` on any fault (used for `gh:` references)."""
        what = f"gh:{full_name}" + (f"@{ref}" if ref else "")
        status, meta, _ = self.get(f"/repos/{full_name}", what)
        if status == 404:
            hint = "" if self.s.github_token else " (or private: set GITHUB_TOKEN)"
            raise NotFoundError(f"{what}: repository not found on GitHub{hint}")
        if not isinstance(meta, dict):
            raise BadResponseError(f"{what}: GitHub answered with an unexpected repository record")
        name = meta.get("full_name") if isinstance(meta.get("full_name"), str) else full_name
        branch = ref or meta.get("default_branch") or "HEAD"
        if _SHA40.match(branch):
            sha = branch
        else:
            status, sha, _ = self.get(f"/repos/{name}/commits/{branch}", what, accept=SHA)
            if status == 404 or not isinstance(sha, str) or not _SHA40.match(sha):
                raise NotFoundError(f"{what}: ref {branch!r} not found")
        status, tree, _ = self.get(f"/repos/{name}/git/trees/{sha}", what, params={"recursive": "1"})
        if status == 404 or not isinstance(tree, dict) or not isinstance(tree.get("tree"), list):
            raise BadResponseError(f"{what}: GitHub did not return the file tree of {sha[:12]}")
        # Files, and folders as `path/` (a folder's name says something even when the listing of
        # its files was truncated: `scripts/train/`, `eval/`).
        files = [
            FileEntry(
                path=e["path"] + ("/" if e.get("type") == "tree" else ""),
                size=documents.plausible_size(e.get("size")),
            )
            for e in tree["tree"]
            if isinstance(e, dict) and e.get("type") in ("blob", "tree") and isinstance(e.get("path"), str)
        ]
        bad = [
            (str(e.get("path")), e["size"])
            for e in tree["tree"]
            if isinstance(e, dict)
            and e.get("size") is not None
            and documents.plausible_size(e["size"]) is None
        ]
        html_url = meta.get("html_url")
        html = html_url if isinstance(html_url, str) else f"https://github.com/{name}"
        lic = meta.get("license") if isinstance(meta.get("license"), dict) else None
        spdx = lic.get("spdx_id") if lic else None
        docs: list[Document] = []
        problems: list[str] = documents.size_problem(bad, f"{name} file tree")
        root = {f.path: f for f in files if "/" not in f.path}
        readme = sorted(
            (p for p in root if p.lower().startswith("readme")), key=lambda p: (p.lower() != "readme.md", p)
        )
        if readme:
            entry = root[readme[0]]
            problem = documents.too_large(entry.size, name=f"{name}/{entry.path}", is_card=False)
            if problem:
                problems.append(problem)
            else:
                status, body, when = self.get(f"/repos/{name}/readme", what, accept=RAW, params={"ref": sha})
                if status == 200 and isinstance(body, bytes):
                    self._add_doc(
                        docs, problems, body, DocumentKind.README, entry.path, name, html, sha, when
                    )
        if any(documents.classify(p, code_repo=True) == DocumentKind.LICENSE for p in root):
            status, body, when = self.get(f"/repos/{name}/license", what, params={"ref": sha})
            if status == 200 and isinstance(body, dict):
                path = body.get("path") if isinstance(body.get("path"), str) else "LICENSE"
                try:
                    raw = base64.b64decode(body.get("content") or "", validate=False)
                except (ValueError, TypeError):
                    raw = b""
                    problems.append(f"{name}/{path}: undecodable license content")
                if raw:
                    self._add_doc(docs, problems, raw, DocumentKind.LICENSE, path, name, html, sha, when)
                inner = body.get("license")
                if not spdx and isinstance(inner, dict):
                    spdx = inner.get("spdx_id")
        return CodeRepo(
            ref=f"gh:{name}",
            url=html,
            revision=sha,
            description=meta.get("description") if isinstance(meta.get("description"), str) else None,
            license_spdx=spdx if isinstance(spdx, str) else None,
            fork_of=_parent(meta),
            files=files,
            files_truncated=bool(tree.get("truncated")),
            documents=docs,
            error="; ".join(problems) or None,
        )

    def _add_doc(self, docs, problems, data: bytes, kind, path, name, html, sha, when: datetime) -> None:
        text, problem = documents.decode(data, name=f"{name}/{path}", is_card=False)
        if text is None:
            problems.append(problem or f"{name}/{path}: unreadable")
            return
        docs.append(
            Document(
                kind=kind,
                path=path,
                text=text,
                url=f"{html}/blob/{sha}/{path}",
                repo=f"gh:{name}",
                revision=sha,
                retrieved_at=when,
                size=len(data),
            )
        )

    def release_assets(
        self, full_name: str, tag: str | None
    ) -> tuple[str, str, list[FileEntry], dict[str, str]]:
        """The GitHub release of `full_name` tagged `tag` (any release when `tag` is None, newest first) that
        holds a weights file among its assets: (tag, the release's page, its weight files as listed, each
        file's download address). One request, `GET /repos/{o}/{r}/releases` (its first `MAX_RELEASES`);
        drafts are not listed to the public. Raises `NotFoundError` when the repository or such a release does
        not exist, and `SourceError` on any other fault. Asset names that are no safe file names, implausible
        sizes and download addresses outside the repository's own releases are not used."""
        what = f"gh:{full_name} releases"
        status, body, _ = self.get(
            f"/repos/{full_name}/releases", what, params={"per_page": str(MAX_RELEASES)}
        )
        if status == 404:
            raise NotFoundError(f"{what}: repository not found on GitHub")
        if not isinstance(body, list):
            raise BadResponseError(f"{what}: GitHub did not return a list of releases")
        own = f"https://github.com/{full_name}/releases/download/".lower()
        for rel in body[:MAX_RELEASES]:
            if not isinstance(rel, dict) or rel.get("draft") is True:
                continue
            name = rel.get("tag_name")
            if not isinstance(name, str) or (tag is not None and name != tag):
                continue
            listed = rel.get("assets")
            assets: list = listed if isinstance(listed, list) else []
            files: list[FileEntry] = []
            urls: dict[str, str] = {}
            for a in assets[:MAX_ASSETS]:
                fname = a.get("name") if isinstance(a, dict) else None
                if not isinstance(fname, str) or "/" in fname or documents.unsafe_name(fname):
                    continue
                if not is_weight_file(fname):
                    continue
                files.append(FileEntry(path=fname, size=documents.plausible_size(a.get("size"))))
                link = a.get("browser_download_url")
                if isinstance(link, str) and link.lower().startswith(own):
                    urls[fname] = link
            if files:
                page = rel.get("html_url")
                html = f"https://github.com/{full_name}/releases/tag/{name}"
                if isinstance(page, str) and page.lower().startswith(
                    f"https://github.com/{full_name}/".lower()
                ):
                    html = page
                return name, html, files, urls
        raise NotFoundError(
            f"{what}: no release{' ' + repr(tag) if tag else ''} with a weights file among its assets"
        )

    def linked_repo(self, full_name: str) -> CodeRepo:
        """Read a repo linked from a card; a failure becomes `CodeRepo.error`, never an exception."""
        try:
            return self.repo(full_name)
        except SourceError as exc:
            return CodeRepo(
                ref=f"gh:{full_name}",
                url=f"https://github.com/{full_name}",
                error=str(exc),
                not_found=isinstance(exc, NotFoundError),
            )


def fetch_github(ref: Ref, settings: Settings) -> Release:
    """A GitHub repo as a release: its README is the card, its LICENSE the license."""
    from opengauge.sources.frontmatter import parse_front_matter

    gh = GitHubClient(settings)
    try:
        repo = gh.repo(ref.id, ref.revision)
    finally:
        gh.close()
    problems = [repo.error] if repo.error else []
    docs = list(repo.documents)
    readme = next((d for d in docs if d.kind == DocumentKind.README), None)
    metadata: dict = {}
    if readme is not None:
        metadata, _ = parse_front_matter(readme.text, name=f"{repo.ref}: {readme.path}")
    urls = documents.find_urls(readme.text) if readme else []
    spdx = repo.license_spdx
    tags = [f"license:{spdx.lower()}"] if spdx and spdx != "NOASSERTION" else []
    return Release(
        ref=f"gh:{ref.id}" + (f"@{ref.revision}" if ref.revision else ""),
        source="github",
        id=repo.ref.removeprefix("gh:"),
        revision=repo.revision,
        url=repo.url,
        retrieved_at=next((d.retrieved_at for d in docs), None),
        metadata=metadata,
        tags=tags,
        files=repo.files,
        files_truncated=repo.files_truncated,
        documents=docs,
        code_repos=[repo.model_copy(update={"documents": []})],
        papers=documents.arxiv_ids([readme.text]) if readme else [],
        links=urls,
        problems=problems,
    )


def _parent(meta: dict) -> str | None:
    """`owner/name` of the repository a fork was made from (the API's `parent`, else `source`), or None
    for a repository that is no fork."""
    if meta.get("fork") is not True:
        return None
    for key in ("parent", "source"):
        up = meta.get(key)
        name = up.get("full_name") if isinstance(up, dict) else None
        if isinstance(name, str) and name.count("/") == 1:
            return name
    return None
