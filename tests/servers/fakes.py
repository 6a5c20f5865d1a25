"""A loopback server speaking enough of the Hugging Face Hub API and the GitHub REST API.

One `http.server` in a thread on 127.0.0.1 (port 0). Hub routes live at the root (`HF_ENDPOINT=url`),
GitHub routes under `/github-api` (`GITHUB_API_URL=url/github-api`). Every request is logged and
counted; faults can be injected per route.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

GITHUB_PREFIX = "/github-api"
VALID_TOKEN = "hf_test_token"
GITHUB_VALID_TOKEN = "ghp_test_token"


def fake_sha(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()


@dataclass
class HubFile:
    path: str
    content: bytes | None = None
    """Bytes served on download; None = listed only (e.g. weights), 404 on download."""
    size: int | None = None
    lfs: bool = False

    @property
    def listed_size(self) -> int:
        if self.size is not None:
            return self.size
        return len(self.content or b"")


@dataclass
class HubRepo:
    repo_id: str
    sha: str
    files: dict[str, HubFile] = field(default_factory=dict)
    card_data: dict | None = None
    tags: list[str] = field(default_factory=list)
    gated: bool | str = False
    gate_files: bool = False
    """When True and `gated`, file downloads need a token in `granted_tokens` (401 GatedRepo otherwise)."""
    private: bool = False
    pipeline_tag: str | None = None
    siblings_without_sizes: bool = False
    kind: str = "model"
    downloads: int = 0
    """What the listing sorts by with `sort=downloads` (most first, as the Hub does)."""


@dataclass
class GitHubRepo:
    full_name: str
    sha: str
    default_branch: str = "main"
    description: str | None = None
    license_spdx: str | None = None
    tree: list[dict] = field(default_factory=list)
    readme: bytes | None = None
    readme_path: str = "README.md"
    license_text: bytes | None = None
    license_path: str = "LICENSE"
    private: bool = False
    truncated: bool = False
    fork_of: str | None = None
    """`owner/name` of the repository this one was forked from (the API's `fork` and `parent`)."""
    releases: list[dict] = field(default_factory=list)
    """Its releases as `GET /repos/{o}/{r}/releases` lists them, newest first (`tag_name`, `html_url`,
    `draft`, `assets` with `name`, `size`, `browser_download_url`); none by default, as most repositories
    have."""


@dataclass
class Fault:
    """An injected fault: requests whose path contains `match` (and method, if set) get it."""

    match: str
    kind: str  # "status" | "slow" | "truncate" | "close"
    status: int = 500
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    times: int | None = None
    """How many requests get the fault (None: all)."""
    method: str | None = None


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.entries: list[tuple[str, str]] = []

    def add(self, method: str, path: str) -> None:
        with self._lock:
            self.entries.append((method, path))

    @property
    def count(self) -> int:
        return len(self.entries)

    def __len__(self) -> int:
        return self.count

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()

    def matching(self, text: str) -> list[tuple[str, str]]:
        return [e for e in self.entries if text in e[1]]

    def __repr__(self) -> str:
        return "\n".join(f"{m} {p}" for m, p in self.entries)


class FakeServer:
    def __init__(self) -> None:
        self.models: dict[str, HubRepo] = {}
        self.datasets: dict[str, HubRepo] = {}
        self.github: dict[str, GitHubRepo] = {}
        self.collections: dict[str, dict] = {}
        """Hub collections by `owner/slug`: the JSON `GET /api/collections/{owner}/{slug}` answers."""
        self.faults: list[Fault] = []
        self.requests = RequestLog()
        self.granted_tokens = {VALID_TOKEN}
        self.listing_page_size = 50
        """Models per page of `GET /api/models` (the next page is linked in a `Link` header)."""
        self._lock = threading.Lock()
        server = self

        class Handler(_Handler):
            fake = server

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> FakeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def github_url(self) -> str:
        return self.url + GITHUB_PREFIX

    # -- content -------------------------------------------------------------------------------
    def add_model(self, repo: HubRepo) -> str:
        self.models[repo.repo_id] = repo
        return f"hf:{repo.repo_id}"

    def add_dataset(
        self,
        dataset_id: str,
        *,
        license: str | None = None,
        gated: bool | str = False,
        private: bool = False,
        readme: str | None = None,
        card_listed: bool = False,
    ) -> None:
        """A dataset repository; `readme` is its dataset card (none when None). `card_listed`: a card
        the file list names but the server does not hold (a 404 on download), as for the corpus'
        datasets, whose cards the corpus does not keep."""
        card = {"license": license} if license else {}
        files = {"README.md": HubFile("README.md", readme.encode())} if readme is not None else {}
        if card_listed and not files:
            files = {"README.md": HubFile("README.md", None, size=1000)}
        self.datasets[dataset_id] = HubRepo(
            dataset_id,
            fake_sha("dataset", dataset_id),
            files=files,
            card_data=card,
            gated=gated,
            private=private,
            kind="dataset",
            tags=[f"license:{license}"] if license else [],
        )

    def add_collection(self, slug: str, title: str, items: list[tuple[str, str]]) -> str:
        """A Hub collection `owner/slug` listing (type, id) items (`dataset`, `model`, `paper`); returns
        its page URL."""
        self.collections[slug] = {
            "slug": slug,
            "title": title,
            "owner": {"name": slug.split("/")[0], "type": "org"},
            "items": [{"_id": f"{i:024x}", "type": t, "id": item_id} for i, (t, item_id) in enumerate(items)],
            "private": False,
        }
        return f"https://huggingface.co/collections/{slug}"

    def add_github(self, repo: GitHubRepo) -> str:
        self.github[repo.full_name.lower()] = repo
        return f"gh:{repo.full_name}"

    def add_fault(self, match: str, kind: str = "status", **kw) -> Fault:
        fault = Fault(match=match, kind=kind, **kw)
        self.faults.append(fault)
        return fault

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for f in self.faults:
                if f.match in path and (f.method is None or f.method == method):
                    if f.times is not None:
                        if f.times <= 0:
                            continue
                        f.times -= 1
                    return f
        return None


_MODEL_API = re.compile(r"^/api/(models|datasets)/([^/]+/[^/]+)(?:/revision/([^/]+))?$")
_TREE_API = re.compile(r"^/api/(models|datasets)/([^/]+/[^/]+)/tree/([^/]+)(?:/(.*))?$")
_RESOLVE = re.compile(r"^/(?:(datasets)/)?([^/]+/[^/]+)/resolve/([^/]+)/(.+)$")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeServer
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # noqa: A002 - silence
        pass

    # -- plumbing ------------------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes = b"",
        headers: dict | None = None,
        *,
        content_type="application/json",
        head=False,
    ):
        fault = getattr(self, "_fault", None)
        self.send_response(status)
        hdrs = {"Content-Type": content_type, "Content-Length": str(len(body))}
        hdrs.update(headers or {})
        if fault is not None and fault.kind == "truncate":
            hdrs["Content-Length"] = str(len(body) + 4096)
        for k, v in hdrs.items():
            self.send_header(k, v)
        self.end_headers()
        if head:
            return
        if fault is not None and fault.kind == "truncate":
            body = body[: max(1, len(body) // 2)]
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        if fault is not None and fault.kind == "truncate":
            self.close_connection = True

    def _json(self, status: int, data, headers=None, head=False):
        self._send(status, json.dumps(data).encode(), headers, head=head)

    def _hub_error(self, status: int, code: str, message: str, extra=None, head=False):
        headers = {"X-Error-Code": code, "X-Error-Message": message}
        headers.update(extra or {})
        self._json(status, {"error": message}, headers, head=head)

    def _token(self) -> str | None:
        auth = self.headers.get("Authorization") or ""
        return auth[7:].strip() if auth.lower().startswith("bearer ") else None

    def do_HEAD(self):
        self._dispatch("HEAD")

    def do_GET(self):
        self._dispatch("GET")

    def _dispatch(self, method: str):
        split = urlsplit(self.path)
        path = unquote(split.path)
        query = parse_qs(split.query)
        self.fake.requests.add(method, self.path)
        fault = self.fake.take_fault(method, self.path)
        self._fault = fault
        if fault is not None:
            if fault.kind == "slow":
                time.sleep(fault.delay)
            elif fault.kind == "close":
                self.close_connection = True
                try:
                    self.connection.shutdown(2)
                except OSError:
                    pass
                return
            elif fault.kind == "status":
                self._fault = None
                self._send(fault.status, fault.body, fault.headers, head=method == "HEAD")
                return
        try:
            if path.startswith(GITHUB_PREFIX + "/"):
                self._github(method, path[len(GITHUB_PREFIX) :], query)
            else:
                self._hub(method, path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- Hub -----------------------------------------------------------------------------------
    def _find(self, kind: str, repo_id: str) -> HubRepo | None:
        table = self.fake.models if kind in ("models", "model") else self.fake.datasets
        return table.get(repo_id)

    def _visible(self, repo: HubRepo | None, head=False) -> bool:
        """Send the error and return False when the repo cannot be seen by this request."""
        if repo is None:
            self._hub_error(404, "RepoNotFound", "Repository not found", head=head)
            return False
        if repo.private and self._token() not in self.fake.granted_tokens:
            self._hub_error(401, "RepoNotFound", "Invalid username or password.", head=head)
            return False
        return True

    def _hub(self, method: str, path: str, query: dict):
        if path == "/api/agent-harnesses":
            return self._json(200, [])
        if path == "/api/models":
            return self._listing(query)
        if path.startswith("/api/collections/"):
            found = self.fake.collections.get(path.removeprefix("/api/collections/"))
            if found is None:
                return self._hub_error(404, "NotFound", "Collection not found")
            return self._json(200, found)
        m = _TREE_API.match(path)
        if m:
            return self._tree(m.group(1), m.group(2), m.group(3), query)
        m = _MODEL_API.match(path)
        if m:
            kind, repo_id, rev = m.groups()
            repo = self._find(kind, repo_id)
            if not self._visible(repo):
                return
            if rev and rev not in ("main", repo.sha):
                return self._hub_error(404, "RevisionNotFound", "Invalid rev id: " + rev)
            return self._json(200, self._info(repo, blobs="blobs" in query))
        m = _RESOLVE.match(path)
        if m:
            return self._resolve(
                method, "datasets" if m.group(1) else "models", m.group(2), m.group(3), m.group(4)
            )
        self._hub_error(404, "RepoNotFound", "Not found")

    def _info(self, repo: HubRepo, *, blobs: bool) -> dict:
        siblings = []
        with_sizes = blobs and not repo.siblings_without_sizes
        for i, f in enumerate(repo.files.values()):
            sib: dict = {"rfilename": f.path}
            if with_sizes:
                size = f.listed_size
                sib["size"] = size
                sib["blobId"] = f"{i:040x}"  # cheap, unique per file: 100,000-file repos stay fast
                if f.lfs:
                    sib["lfs"] = {"size": size, "sha256": f"{i:064x}", "pointerSize": 134}
            siblings.append(sib)
        data = {
            "_id": fake_sha("id", repo.repo_id)[:24],
            "id": repo.repo_id,
            "author": repo.repo_id.split("/")[0],
            "sha": repo.sha,
            "private": repo.private,
            "gated": repo.gated,
            "disabled": False,
            "tags": list(repo.tags),
            "cardData": repo.card_data or {},
            "siblings": siblings,
            "lastModified": "2024-07-23T00:00:00.000Z",
            "createdAt": "2024-07-01T00:00:00.000Z",
        }
        if repo.kind == "model":
            data["modelId"] = repo.repo_id
            data["pipeline_tag"] = repo.pipeline_tag
            data["library_name"] = "transformers"
        return data

    def _listing(self, query: dict):
        """`GET /api/models`: author, search, filter (tags, all must match), sort=downloads, limit,
        expand, and a cursor; pages of `listing_page_size` linked by `Link: <...>; rel="next"` as
        the Hub does."""
        author = (query.get("author") or [None])[0]
        search = (query.get("search") or [None])[0]
        filters = query.get("filter") or []
        limit = int((query.get("limit") or ["0"])[0]) or None
        start = int((query.get("cursor") or ["0"])[0])
        models = sorted(self.fake.models.values(), key=lambda r: r.repo_id)
        found = [
            r
            for r in models
            if not r.private
            and (author is None or r.repo_id.split("/")[0] == author)
            and (search is None or search.lower() in r.repo_id.lower())
            and all(f in r.tags or f == r.pipeline_tag for f in filters)
        ]
        if (query.get("sort") or [None])[0] == "downloads":
            found.sort(key=lambda r: -r.downloads)  # stable: ties keep the id order
        size = min(self.fake.listing_page_size, limit or self.fake.listing_page_size)
        page = found[start : start + size]
        expand = set(query.get("expand") or [])
        out = []
        for repo in page:
            info = self._info(repo, blobs=False)
            keep = {"_id", "id", "modelId"} | expand
            item = {k: v for k, v in info.items() if k in keep or not expand}
            if "siblings" in expand:
                item["siblings"] = [{"rfilename": f.path, "size": f.listed_size} for f in repo.files.values()]
            out.append(item)
        headers = {}
        if start + size < len(found) and (limit is None or start + size < limit):
            rest = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
            qs = urlencode(rest + [("cursor", str(start + size))])
            headers["Link"] = f'<{self.fake.url}/api/models?{qs}>; rel="next"'
        self._json(200, out, headers)

    def _tree(self, kind: str, repo_id: str, rev: str, query: dict):
        repo = self._find(kind, repo_id)
        if not self._visible(repo):
            return
        files = sorted(repo.files.values(), key=lambda f: f.path)
        start = int(query.get("cursor", ["0"])[0])
        page = files[start : start + 1000]
        out = []
        for f in page:
            entry = {
                "type": "file",
                "path": f.path,
                "size": f.listed_size,
                "oid": fake_sha("blob", repo_id, f.path),
            }
            if f.lfs:
                entry["lfs"] = {
                    "oid": hashlib.sha256(f.path.encode()).hexdigest(),
                    "size": f.listed_size,
                    "pointerSize": 134,
                }
            out.append(entry)
        headers = {}
        if start + 1000 < len(files):
            headers["Link"] = (
                f"<{self.fake.url}/api/{kind}/{repo_id}/tree/{rev}?recursive=true&cursor={start + 1000}>; "
                'rel="next"'
            )
        self._json(200, out, headers)

    def _resolve(self, method: str, kind: str, repo_id: str, rev: str, filename: str):
        head = method == "HEAD"
        repo = self._find(kind, repo_id)
        if not self._visible(repo, head=head):
            return
        if repo.gated and repo.gate_files and self._token() not in self.fake.granted_tokens:
            return self._hub_error(
                401 if not self._token() else 403,
                "GatedRepo",
                "Access to model is restricted. You must have access to it and be authenticated to "
                "access it.",
                head=head,
            )
        commit = {"X-Repo-Commit": repo.sha}
        if rev not in ("main", repo.sha):
            return self._hub_error(404, "RevisionNotFound", "Invalid rev id: " + rev, head=head)
        f = repo.files.get(filename)
        if f is None or f.content is None:
            return self._hub_error(
                404, "EntryNotFound", f"{filename} does not exist", extra=commit, head=head
            )
        etag = '"' + hashlib.sha1(f.content).hexdigest() + '"'
        headers = {"ETag": etag, **commit, "Accept-Ranges": "bytes"}
        self._send(200, f.content, headers, content_type="application/octet-stream", head=head)

    # -- GitHub --------------------------------------------------------------------------------
    def _github(self, method: str, path: str, query: dict):
        parts = path.strip("/").split("/")
        if len(parts) < 3 or parts[0] != "repos":
            return self._json(404, {"message": "Not Found"})
        repo = self.fake.github.get(f"{parts[1]}/{parts[2]}".lower())
        token = self._token()
        if repo is None or (repo.private and token != GITHUB_VALID_TOKEN):
            return self._json(
                404, {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}
            )
        rest = parts[3:]
        accept = self.headers.get("Accept", "")
        html = f"https://github.com/{repo.full_name}"
        if not rest:
            lic = None
            if repo.license_spdx or repo.license_text:
                spdx = repo.license_spdx or "NOASSERTION"
                lic = {
                    "key": spdx.lower() if spdx != "NOASSERTION" else "other",
                    "name": spdx,
                    "spdx_id": spdx,
                    "url": None,
                }
            return self._json(
                200,
                {
                    "id": int(repo.sha[:7], 16),
                    "name": repo.full_name.split("/")[1],
                    "full_name": repo.full_name,
                    "private": repo.private,
                    "html_url": html,
                    "description": repo.description,
                    "fork": repo.fork_of is not None,
                    "default_branch": repo.default_branch,
                    "license": lic,
                    "topics": [],
                    "archived": False,
                    **(
                        {"parent": {"full_name": repo.fork_of}, "source": {"full_name": repo.fork_of}}
                        if repo.fork_of
                        else {}
                    ),
                },
            )
        if rest[0] == "commits" and len(rest) >= 2:
            ref = "/".join(rest[1:])
            if ref not in (repo.default_branch, repo.sha, "HEAD"):
                return self._json(422, {"message": f"No commit found for SHA: {ref}"})
            if "sha" in accept:
                return self._send(200, repo.sha.encode(), content_type="text/plain")
            return self._json(200, {"sha": repo.sha, "commit": {"tree": {"sha": fake_sha("tree", repo.sha)}}})
        if rest[:2] == ["git", "trees"] and len(rest) >= 3:
            ref = "/".join(rest[2:])
            if ref not in (repo.default_branch, repo.sha, "HEAD"):
                return self._json(404, {"message": "Not Found"})
            tree = repo.tree if "recursive" in query else [e for e in repo.tree if "/" not in e["path"]]
            return self._json(
                200, {"sha": fake_sha("tree", repo.sha), "url": "", "tree": tree, "truncated": repo.truncated}
            )
        if rest[0] == "readme":
            if repo.readme is None:
                return self._json(404, {"message": "Not Found"})
            if "raw" in accept:
                return self._send(200, repo.readme, content_type="text/plain; charset=utf-8")
            return self._json(200, self._content(repo, repo.readme_path, repo.readme))
        if rest == ["releases"]:
            return self._json(200, list(repo.releases))
        if rest[0] == "license":
            if repo.license_text is None:
                return self._json(404, {"message": "Not Found"})
            body = self._content(repo, repo.license_path, repo.license_text)
            spdx = repo.license_spdx or "NOASSERTION"
            body["license"] = {
                "key": spdx.lower() if spdx != "NOASSERTION" else "other",
                "name": spdx,
                "spdx_id": spdx,
            }
            return self._json(200, body)
        self._json(404, {"message": "Not Found"})

    def _content(self, repo: GitHubRepo, path: str, data: bytes) -> dict:
        return {
            "type": "file",
            "encoding": "base64",
            "size": len(data),
            "name": path.rsplit("/", 1)[-1],
            "path": path,
            "sha": fake_sha("blob", repo.full_name, path),
            "content": base64.encodebytes(data).decode("ascii"),
            "html_url": f"https://github.com/{repo.full_name}/blob/{repo.sha}/{path}",
        }
