"""The real server (uvicorn on a loopback port) against the loopback Hub/GitHub: pages, the API,
the faults, the limits and the store."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from opengauge.document import assessment_schema
from tests.servers import VALID_TOKEN, HubFile, HubRepo, fake_sha

LLAMA = "llama-3.1-8b-instruct"


def small_repo(repo_id: str, card: str = "", license_text: str | None = None) -> HubRepo:
    files = {"README.md": HubFile("README.md", card.encode())}
    if license_text is not None:
        files["LICENSE"] = HubFile("LICENSE", license_text.encode())
    files["model.safetensors"] = HubFile("model.safetensors", size=10_000_000, lfs=True)
    return HubRepo(repo_id, fake_sha("hub", repo_id), files=files, card_data={"license": "apache-2.0"})


def test_site_pages_headers_and_no_inline_script(serve_app):
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        model_id = srv.app.site.models[0]["id"]
        lic_id = srv.app.site.licenses[0]["id"]
        pages = [
            "/",
            "/index.html",
            "/compare.html",
            "/licenses/index.html",
            f"/licenses/{lic_id}.html",
            "/methods.html",
            "/downloads.html",
            f"/models/{model_id}.html",
        ]
        for path in pages:
            r = c.get(path)
            assert r.status_code == 200, path
            csp = r.headers["content-security-policy"]
            assert (
                "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
            )
            assert r.headers["x-content-type-options"] == "nosniff"
            assert 'action="' in r.text and 'name="q"' in r.text, f"{path}: no search box"
            for tag in re.findall(r"<script\b[^>]*>", r.text):
                assert "src=" in tag or 'type="application/json"' in tag, f"{path}: inline script {tag}"
            assert " on" not in " ".join(re.findall(r"<[a-z]+\s[^>]*\son\w+=", r.text))
        for path, kind in [
            ("/static/app.js", "javascript"),
            ("/static/style.css", "css"),
            ("/data/index.json", "json"),
            ("/data/index.csv", "csv"),
            (f"/badges/{model_id}.svg", "svg"),
        ]:
            r = c.get(path)
            assert r.status_code == 200 and kind in r.headers["content-type"], path
        r = c.get("/no/such/page")
        assert r.status_code == 404 and "Not found" in r.text and "text/html" in r.headers["content-type"]


def test_api_assess_validates_and_page_shows_receipts(serve_app, fake_hub):
    import jsonschema

    ref = fake_hub.add_corpus_release(LLAMA)
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        r = c.get("/api/v1/assess", params={"ref": ref})
        assert r.status_code == 200, r.text
        assert r.headers["access-control-allow-origin"] == "*"
        doc = r.json()
        jsonschema.validate(doc, assessment_schema())
        assert doc["schema"] == "opengauge.assessment/1" and doc["release"]["ref"] == ref
        clause_types = {c["type"] for c in doc["license"]["clauses"]}
        assert "user-threshold" in clause_types  # the 700M MAU cap of the Llama 3.1 license
        # the page: the same assessment (no new fetch), with time, revision, label and the clauses
        fetched = srv.app.assessments.fetches[ref]
        page = c.get("/models/" + ref[3:])
        assert page.status_code == 200
        assert srv.app.assessments.fetches[ref] == fetched == 1
        assert "Assessed at" in page.text and doc["release"]["revision"] in page.text
        assert "Re-assess" in page.text and "User cap" in page.text
        assert (
            'id="reviewed-link"' in page.text
            and 'href="../../models/llama-3.1-8b-instruct.html"' in page.text
        )
        assert "Headline label" in page.text
        # the search box redirects any spelling to the page
        for q in (ref, ref[3:], "https://huggingface.co/" + ref[3:]):
            r = c.get("/search", params={"q": q}, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/models/" + ref[3:]


def test_store_serves_a_second_worker_without_upstream(serve_app, fake_hub):
    ref = fake_hub.add_corpus_release("olmo-7b")
    first = serve_app()
    assert httpx.get(first.url + "/api/v1/assess", params={"ref": ref}, timeout=60).status_code == 200
    fake_hub.requests.clear()
    second = serve_app()  # a new process' memory, the same store file
    r = httpx.get(second.url + "/api/v1/assess", params={"ref": ref}, timeout=60)
    assert r.status_code == 200 and r.json()["release"]["ref"] == ref
    assert fake_hub.requests.count == 0 and second.app.assessments.fetches[ref] == 0
    # a stale stored assessment is read again from upstream
    third = serve_app(max_age=0.0)
    assert httpx.get(third.url + "/api/v1/assess", params={"ref": ref}, timeout=60).status_code == 200
    assert third.app.assessments.fetches[ref] == 1


def test_api_index_license_schema_openapi_healthz(serve_app):
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        index = c.get("/api/v1/index").json()
        assert len(index["models"]) == len(srv.app.docs) > 50
        lic = c.get("/api/v1/licenses/llama-3.1-community").json()
        assert lic["schema"] == "opengauge.catalog-license/1" and lic["verdict"] == "restricted"
        assert any(cl["type"] == "user-threshold" for cl in lic["clauses"])
        missing = c.get("/api/v1/licenses/no-such-license")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not-found"
        schema = c.get("/api/v1/schema/assessment").json()
        assert schema == assessment_schema()
        api = c.get("/api/v1/openapi.json").json()
        assert api["openapi"].startswith("3.1") and "/api/v1/assess" in api["paths"]
        assert c.get("/healthz").json()["status"] == "ok"
        assert c.get("/api/v2/nothing").status_code == 404


@pytest.mark.parametrize(
    "ref",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "local:/etc",
        "snapshot:/tmp/x.json",
        "hf:org/" + "x" * 10_000,
        "x" * 10_240,
    ],
)
def test_hostile_references_are_refused_with_400(serve_app, ref):
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        r = c.get("/api/v1/assess", params={"ref": ref})
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad-reference"
        page = c.get("/search", params={"q": ref})
        assert page.status_code == 400 and "Not a model reference" in page.text
    assert sum(srv.app.assessments.fetches.values()) == 0


def test_traversal_in_page_path_is_refused(serve_app):
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        for path in ("/models/%2E%2E/%2E%2E", "/models/..%2F..%2Fetc/passwd", "/github/a/..%5Cb"):
            r = c.get(path)
            assert r.status_code in (400, 404), path
    assert sum(srv.app.assessments.fetches.values()) == 0


def test_not_found_gated_and_faults(serve_app, fake_hub):
    gated = fake_hub.add_corpus_release(LLAMA, gate_files=True)
    fake_hub.add_model(small_repo("slow/limited"))
    fake_hub.add_fault("/api/models/slow/limited", "status", status=429, headers={"Retry-After": "0"})
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        r = c.get("/api/v1/assess", params={"ref": "nobody/nothing"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "not-found"
        page = c.get("/models/nobody/nothing")
        assert page.status_code == 404 and "No such model" in page.text
        page = c.get("/models/" + gated[3:])
        assert (
            page.status_code == 200 and 'id="gated"' in page.text and "This repository is gated" in page.text
        )
        doc = c.get("/api/v1/assess", params={"ref": gated}).json()
        assert any(p.startswith("gated:") for p in doc["release"]["problems"])
        r = c.get("/api/v1/assess", params={"ref": "slow/limited"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "rate-limited"
        assert int(r.headers["retry-after"]) > 0
        page = c.get("/models/slow/limited")
        assert page.status_code == 503 and "rate-limiting" in page.text


def test_offline_and_upstream_timeout(serve_app, fake_hub):
    fake_hub.add_model(small_repo("org/slow"))
    fake_hub.add_fault("/api/models/org/slow", "slow", delay=1.5, times=1)
    srv = serve_app(timeout=0.5)
    slots = srv.app.assessments.slots
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        r = c.get("/api/v1/assess", params={"ref": "org/slow"})
        assert r.status_code == 504 and r.json()["error"]["code"] == "timeout" and r.headers["retry-after"]
        assert slots.running == 1  # the abandoned reading keeps its slot until it ends
        for _ in range(100):
            if slots.running == 0:
                break
            time.sleep(0.05)
        assert slots.running == 0
        # the failure is remembered (no new fetch on a reload within failure_ttl)
        assert c.get("/api/v1/assess", params={"ref": "org/slow"}).status_code == 504
        assert srv.app.assessments.fetches["hf:org/slow"] == 1
        fake_hub.offline()
        r = c.get("/api/v1/assess", params={"ref": "org/elsewhere"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "offline"
        page = c.get("/models/org/other")
        assert page.status_code == 503 and "Offline" in page.text


def test_progress_page_then_verdict(serve_app, fake_hub):
    fake_hub.add_model(small_repo("org/pending", card="# Pending\nA model."))
    fake_hub.add_fault("/api/models/org/pending", "slow", delay=1.0, times=1)
    srv = serve_app(page_wait=0.0)
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        r = c.get("/models/org/pending")
        assert r.status_code == 202 and 'http-equiv="refresh"' in r.text and "Assessing" in r.text
        assert r.headers["retry-after"]
        for _ in range(100):
            r = c.get("/models/org/pending")
            if r.status_code == 200:
                break
            time.sleep(0.1)
        assert r.status_code == 200 and "Assessed at" in r.text
    assert srv.app.assessments.fetches["hf:org/pending"] == 1


def test_client_rate_limit_answers_429_with_retry_after(serve_app):
    srv = serve_app(burst=3, rate=0.01)
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        codes = [c.get("/api/v1/index").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        r = c.get("/methods.html")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "Too many" in r.text
        assert c.get("/healthz").status_code == 200  # never limited


def test_reassess_and_cross_site_post(serve_app, fake_hub):
    fake_hub.add_model(small_repo("org/again"))
    srv = serve_app(reassess_after=0.0)
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        assert c.get("/models/org/again").status_code == 200
        r = c.post("/models/org/again", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/models/org/again"
        assert srv.app.assessments.fetches["hf:org/again"] == 2
        r = c.post("/models/org/again", headers={"origin": "https://evil.example"})
        assert r.status_code == 403
        assert srv.app.assessments.fetches["hf:org/again"] == 2


def test_tokens_are_used_never_shown(serve_app, fake_hub):
    ref = fake_hub.add_corpus_release(LLAMA, gate_files=True)
    fake_hub.set_env(HF_TOKEN=VALID_TOKEN)
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        doc = c.get("/api/v1/assess", params={"ref": ref})
        assert doc.status_code == 200
        assert not any(
            p.startswith("gated:") for p in doc.json()["release"]["problems"]
        )  # the token was used
        texts = [doc.text, c.get("/models/" + ref[3:]).text, c.get("/healthz").text]
        texts.append(c.get("/api/v1/assess", params={"ref": "nobody/nothing"}).text)
        assert all(VALID_TOKEN not in t for t in texts)


def test_github_repository_page_and_api(serve_app, fake_hub):
    from tests.servers import GitHubRepo

    fake_hub.add_github(
        GitHubRepo(
            "someorg/somecode",
            fake_sha("gh", "someorg/somecode"),
            description="training code",
            license_spdx="Apache-2.0",
            readme=b"# somecode\nTraining code for a model.\n",
            license_text=b"Apache License\nVersion 2.0, January 2004\n",
        )
    )
    srv = serve_app()
    with httpx.Client(base_url=srv.url, timeout=60) as c:
        r = c.get("/search", params={"q": "https://github.com/someorg/somecode"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/github/someorg/somecode"
        page = c.get("/github/someorg/somecode")
        assert page.status_code == 200 and "gh:someorg/somecode" in page.text and "Assessed at" in page.text
        doc = c.get("/api/v1/assess", params={"ref": "gh:someorg/somecode"}).json()
        assert doc["release"]["ref"] == "gh:someorg/somecode"
    assert srv.app.assessments.fetches["gh:someorg/somecode"] == 1
