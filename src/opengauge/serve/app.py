"""The ASGI app of `opengauge serve` (Starlette): the site's pages from the site's own renderer,
live model pages, the JSON API, `/healthz`.

    from opengauge.serve.app import create_app
    app = create_app()            # settings from the environment (ServeConfig.from_env)

Every response carries a Content-Security-Policy with no inline script (the pages have none: the
site's script is `static/app.js`), `nosniff`, no referrer and no framing. Every route but `/static`
and `/healthz` counts against the client's rate limit; starting a new upstream assessment also
counts against a stricter one.
"""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from opengauge import __version__
from opengauge.document import assessment_schema
from opengauge.escape import json_text
from opengauge.formats.badge import badge_svg, shields_endpoint_json
from opengauge.formats.site.render import SitePages, root_of
from opengauge.index.table import index_document, render_csv
from opengauge.serve.config import ServeConfig
from opengauge.serve.errors import NotFoundPageError, ServeError
from opengauge.serve.limits import RateLimiter
from opengauge.serve.openapi import openapi_document
from opengauge.serve.refs import WebRef, web_ref
from opengauge.serve.service import Assessments, Fetcher, Live, fetch_and_assess
from opengauge.serve.storage import ServeStorage
from opengauge.sources.refs import hub_key

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}
PROGRESS_REFRESH = 2


class SecurityHeaders:
    """Pure ASGI middleware adding `SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def _json_body(data: Any) -> str:
    return json_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str))


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = _json_body(data)
    h = {"access-control-allow-origin": "*", "cache-control": "no-cache"}
    h.update(headers or {})
    return Response(body, status_code=status, media_type="application/json", headers=h)


def client_of(request: Request) -> str:
    """The client's address (behind a proxy, uvicorn's --forwarded-allow-ips makes it the real one)."""
    return request.client.host if request.client else "unknown"


class Server:
    """The state of one worker: the rendered site, the live assessments and the rate limits."""

    def __init__(self, config: ServeConfig, *, fetcher: Fetcher = fetch_and_assess) -> None:
        from opengauge.index.load import load_index
        from opengauge.index.run import assess_index

        self.config = config
        self.docs = assess_index(load_index())
        self.site = SitePages(self.docs, tool_version=__version__, live=True)
        self.pages = {p.rel: p for p in self.site.pages()}
        self.rendered: dict[str, str] = {}
        self.index_json = json_text(
            json.dumps(
                index_document(self.docs, self.site.rows, tool_version=__version__),
                ensure_ascii=False,
                separators=(",", ":"),
            )
        ).encode()
        self.index_csv = render_csv(self.site.rows)
        self.by_id = {v["id"]: v for v in self.site.models}
        self.reviewed = {hub_key(v["ref"]): v["id"] for v in self.site.models}
        """Reference -> the index page of a model a reviewer has checked (linked from its live page)."""
        self.licenses = {lic["id"]: lic for lic in self.site.licenses}
        self.static: dict[str, tuple[bytes, str]] = {}
        for item in resources.files("opengauge.formats.site").joinpath("static").iterdir():
            ext = "." + item.name.rsplit(".", 1)[-1]
            if ext in _STATIC_TYPES:
                self.static[item.name] = (item.read_bytes(), _STATIC_TYPES[ext])
        storage = ServeStorage(config.store) if config.store is not None else None
        if storage is not None:
            storage.check()
        self.assessments = Assessments(config, storage=storage, fetcher=fetcher)
        self.requests = RateLimiter(config.rate, config.burst, what="requests")
        self.starts = RateLimiter(config.fetch_rate, config.fetch_burst, what="new assessments")

    # -- plumbing ------------------------------------------------------------------------------
    def error_page(self, request: Request, err: ServeError) -> Response:
        rel = request.url.path.lstrip("/")
        html = self.site.render(
            rel,
            "error.html",
            title=err.title,
            message=err.message,
            code=err.code,
            hint=err.hint,
            retry_after=err.retry_after,
        )
        return Response(html, status_code=err.status, media_type="text/html", headers=_retry(err))

    def guard(
        self, handler: Callable[[Request], Awaitable[Response]], *, api: bool, limited: bool = True
    ) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            try:
                if limited:
                    self.requests.check(client_of(request))
                return await handler(request)
            except ServeError as err:
                if api:
                    return json_response(err.to_json(), err.status, _retry(err))
                return self.error_page(request, err)

        return run

    def _start_check(self, request: Request) -> Callable[[], None]:
        return lambda: self.starts.check(client_of(request))

    # -- the site --------------------------------------------------------------------------------
    async def site_page(self, request: Request) -> Response:
        rel = request.path_params.get("rel") or "index.html"
        if rel not in self.rendered:
            page = self.pages.get(rel)
            if page is None:
                raise NotFoundPageError(f"There is no page at /{rel}.")
            self.rendered[rel] = self.site.render_page(page)
        return Response(
            self.rendered[rel], media_type="text/html", headers={"cache-control": "public, max-age=300"}
        )

    async def static_file(self, request: Request) -> Response:
        found = self.static.get(request.path_params["name"])
        if found is None:
            raise NotFoundPageError("No such file.")
        return Response(found[0], media_type=found[1], headers={"cache-control": "public, max-age=3600"})

    async def data(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name == "index.json":
            return Response(self.index_json, media_type="application/json")
        if name == "index.csv":
            return Response(self.index_csv, media_type="text/csv; charset=utf-8")
        raise NotFoundPageError("No such download.")

    async def badge(self, request: Request) -> Response:
        name = request.path_params["name"]
        mid, _, ext = name.rpartition(".")
        v = self.by_id.get(mid)
        if v is None or ext not in ("svg", "json"):
            raise NotFoundPageError("No badge of that name.")
        if ext == "svg":
            return Response(badge_svg(v["label"]), media_type="image/svg+xml")
        return Response(shields_endpoint_json(v["label"], score=v["score"]), media_type="application/json")

    async def search(self, request: Request) -> Response:
        ref = web_ref(request.query_params.get("q"))
        return RedirectResponse(ref.path, status_code=303)

    # -- live model pages ------------------------------------------------------------------------
    def _page_ref(self, request: Request, kind: str) -> WebRef:
        p = request.path_params
        prefix = "hf:" if kind == "hub" else "gh:"
        rev = request.query_params.get("revision")
        return web_ref(prefix + p["org"] + "/" + p["name"] + (f"@{rev}" if rev else ""))

    async def model_page(self, request: Request, kind: str, *, refresh: bool = False) -> Response:
        ref = self._page_ref(request, kind)
        if refresh:
            _same_origin(request)
        got = await self.assessments.get(
            ref, wait=self.config.page_wait, refresh=refresh, on_start=self._start_check(request)
        )
        if refresh:  # POST -> GET, so a reload does not post again
            return RedirectResponse(ref.path, status_code=303)
        rel = request.url.path.lstrip("/")
        if not isinstance(got, Live):
            html = self.site.render(
                rel, "progress.html", ref=ref.canonical, elapsed=int(got.elapsed), refresh=PROGRESS_REFRESH
            )
            return Response(
                html,
                status_code=202,
                media_type="text/html",
                headers={"retry-after": str(PROGRESS_REFRESH), "cache-control": "no-store"},
            )
        root = root_of(rel)
        live = {
            "assessed_at": got.assessed_at.isoformat(),
            "assessed_text": got.assessed_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "reassess": root + ref.path.lstrip("/"),
            "gated": got.gated,
            "reviewed": f"{root}models/{self.reviewed[k]}.html"
            if (k := hub_key(ref.canonical)) in self.reviewed
            else None,
        }
        html = got.once("page:" + rel, lambda: self.site.model_page(got.doc, rel, live_model=live))
        return Response(html, media_type="text/html", headers={"cache-control": "no-cache"})

    # -- the API ---------------------------------------------------------------------------------
    async def api_assess(self, request: Request) -> Response:
        ref = web_ref(request.query_params.get("ref"))
        got = await self.assessments.get(
            ref, wait=self.config.timeout + 5, on_start=self._start_check(request)
        )
        if not isinstance(got, Live):  # only when the upstream timeout is longer than the wait
            raise ServeError("Still assessing; ask again.", status=503, code="pending", retry_after=5)
        body = got.once("json", lambda: _json_body(got.doc.to_json()))
        return Response(
            body,
            media_type="application/json",
            headers={
                "access-control-allow-origin": "*",
                "cache-control": "no-cache",
                "x-opengauge-assessed-at": got.assessed_at.isoformat(),
            },
        )

    async def api_index(self, request: Request) -> Response:
        return Response(
            self.index_json, media_type="application/json", headers={"access-control-allow-origin": "*"}
        )

    async def api_license(self, request: Request) -> Response:
        lic = self.licenses.get(request.path_params["id"])
        if lic is None:
            raise NotFoundPageError("No license of that id in the catalog.")
        data = {
            "schema": "opengauge.catalog-license/1",
            **{k: v for k, v in lic.items() if k != "verdict_class"},
        }
        return json_response(data)

    async def api_schema(self, request: Request) -> Response:
        return json_response(assessment_schema())

    async def api_openapi(self, request: Request) -> Response:
        return json_response(openapi_document())

    async def healthz(self, request: Request) -> Response:
        a = self.assessments
        return json_response(
            {
                "status": "ok",
                "version": __version__,
                "models": len(self.docs),
                "in_memory": len(a.memory),
                "running": a.slots.running,
                "queued": a.slots.waiting,
                "fetches": sum(a.fetches.values()),
                "store": bool(self.config.store),
            }
        )

    async def not_found(self, request: Request) -> Response:
        raise NotFoundPageError(f"There is no page at {request.url.path[:200]}.")

    def routes(self) -> list[Route]:
        g = self.guard
        api = [
            Route("/api/v1/assess", g(self.api_assess, api=True)),
            Route("/api/v1/index", g(self.api_index, api=True)),
            Route("/api/v1/licenses/{id}", g(self.api_license, api=True)),
            Route("/api/v1/schema/assessment", g(self.api_schema, api=True)),
            Route("/api/v1/openapi.json", g(self.api_openapi, api=True)),
            Route("/api/{rest:path}", g(self.not_found, api=True)),
            Route("/healthz", g(self.healthz, api=True, limited=False)),
        ]

        def live(kind: str, refresh: bool) -> Callable[[Request], Awaitable[Response]]:
            return lambda request: self.model_page(request, kind, refresh=refresh)

        pages = [
            Route("/", g(self.site_page, api=False)),
            Route("/search", g(self.search, api=False)),
            Route("/static/{name}", g(self.static_file, api=False, limited=False)),
            Route("/data/{name}", g(self.data, api=False)),
            Route("/badges/{name}", g(self.badge, api=False)),
            Route("/models/{org}/{name}", g(live("hub", False), api=False), methods=["GET", "HEAD"]),
            Route("/models/{org}/{name}", g(live("hub", True), api=False), methods=["POST"]),
            Route("/github/{org}/{name}", g(live("github", False), api=False), methods=["GET", "HEAD"]),
            Route("/github/{org}/{name}", g(live("github", True), api=False), methods=["POST"]),
            Route("/{rel:path}", g(self.site_page, api=False)),
        ]
        return api + pages


def _retry(err: ServeError) -> dict[str, str]:
    return {"retry-after": str(max(1, math.ceil(err.retry_after)))} if err.retry_after is not None else {}


def _same_origin(request: Request) -> None:
    """Refuse a POST sent by another site's page (its Origin names another host)."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise ServeError(
            "Re-assess from this site's own page.", status=403, code="forbidden", title="Forbidden"
        )


def create_app(config: ServeConfig | None = None, *, fetcher: Fetcher = fetch_and_assess) -> ASGIApp:
    """The app (settings from the environment unless given)."""
    server = Server(config or ServeConfig.from_env(), fetcher=fetcher)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        server.assessments.close()

    app = Starlette(routes=server.routes(), lifespan=lifespan)
    app.state.server = server
    return SecurityHeaders(app)


__all__ = ["CSP", "Server", "create_app"]
