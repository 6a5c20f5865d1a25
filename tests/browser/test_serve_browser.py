"""`opengauge serve` in Chromium: the real server (uvicorn, loopback) over the loopback Hub/GitHub.
Type a Hub id, get the verdict and the license clauses; not found, gated and progress pages; a
hostile model card renders inert."""

from __future__ import annotations

import pytest

from tests.servers import HubFile, HubRepo, fake_sha

pytestmark = pytest.mark.browser

LLAMA = "llama-3.1-8b-instruct"
PAYLOADS = (
    "<script>window.__pwned = 1; alert('script')</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
    "<a href=\"javascript:window.__pwned=3;alert('link')\">click</a>",
    "[click me](javascript:alert('md'))",
    "\"><svg onload=alert('svg')>",
)


def _hostile_repo(repo_id: str) -> HubRepo:
    payload = " ".join(PAYLOADS)
    card = (
        "---\nlicense: other\nlicense_name: evil-license\n"
        f'base_model: "javascript:alert(\'base\')"\ndatasets:\n- "{PAYLOADS[0]}"\n---\n'
        f"# Evil model {PAYLOADS[0]}\n\n{payload}\n\n"
        f"Training code: https://github.com/evil/repo\"><script>alert('url')</script>\n\n"
        f"We trained on 2T tokens of web text. {PAYLOADS[1]}\n"
    )
    license_text = (
        "Evil Model License\n\n"
        f"You may not use the Model for military purposes. {PAYLOADS[0]} {PAYLOADS[1]}\n\n"
        f"If you have more than 100 million monthly active users you must request a license. {PAYLOADS[2]}\n"
    )
    files = {
        "README.md": HubFile("README.md", card.encode()),
        "LICENSE": HubFile("LICENSE", license_text.encode()),
        "model.safetensors": HubFile("model.safetensors", size=1_000_000, lfs=True),
    }
    return HubRepo(
        repo_id, fake_sha("hub", repo_id), files=files, card_data={"license": "other", "license_name": "evil"}
    )


def _clean(page) -> None:
    assert not page.dialogs, page.dialogs
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # an error page's own status is logged as "Failed to load resource"; nothing else may be
    assert not [e for e in page.errors if not e.startswith("Failed to load resource")], page.errors


def test_type_a_hub_id_and_see_label_and_clauses(browser, page, serve_app, fake_hub, artifacts):
    ref = fake_hub.add_corpus_release(LLAMA)
    srv = serve_app()
    page.goto(srv.url + "/")
    page.fill("#ref", ref[3:])
    page.click("form.search button")
    page.wait_for_selector("#h-label", timeout=30_000)
    assert page.url == srv.url + "/models/" + ref[3:]
    assert "Headline label" in page.text_content("#h-label")
    label = page.text_content("#h-label .pill")
    assert label and label.strip() not in ("", "?")
    clauses = page.text_content("table.clauses")
    assert "User cap" in clauses and "700 million" in clauses
    assert "Assessed at" in page.text_content("#assessed")
    assert page.locator("#assessed form button").text_content() == "Re-assess"
    page.screenshot(path=str(artifacts / "serve-model.png"), full_page=False)
    page.click("#assessed form button")  # re-assess: within a minute it keeps the reading
    page.wait_for_selector("#h-label")
    assert page.url == srv.url + "/models/" + ref[3:]
    _clean(page)
    assert not page.errors


def test_unknown_id_gets_a_clear_not_found_page(page, serve_app, fake_hub):
    srv = serve_app()
    page.goto(srv.url + "/methods.html")
    page.fill("#ref", "nobody/no-such-model")
    with page.expect_response(lambda r: "/models/nobody/no-such-model" in r.url) as resp:
        page.click("form.search button")
    assert resp.value.status == 404
    assert page.text_content("#error-title") == "No such model"
    assert "no public repository" in page.text_content("main")
    page.fill("#ref", "../../etc/passwd")
    with page.expect_response(lambda r: "/search" in r.url) as resp:
        page.click("form.search button")
    assert resp.value.status == 400 and page.text_content("#error-title") == "Not a model reference"
    _clean(page)


def test_gated_model_says_so(page, serve_app, fake_hub):
    ref = fake_hub.add_corpus_release(LLAMA, gate_files=True)
    srv = serve_app()
    page.goto(srv.url + "/models/" + ref[3:])
    assert "This repository is gated" in page.text_content("#gated")
    _clean(page)


def test_progress_page_reloads_into_the_verdict(page, serve_app, fake_hub):
    ref = fake_hub.add_corpus_release("olmo-7b")
    # the first page is the progress page whatever the delay (`page_wait=0`: the page does not wait for
    # the reading, which this delay keeps from finishing at once); half a second, not two, so that the
    # reading is done by the page's first reload (after `PROGRESS_REFRESH`, 2 s), not its second
    fake_hub.add_fault("/api/models/" + ref[3:], "slow", delay=0.5, times=1)
    srv = serve_app(page_wait=0.0)
    page.goto(srv.url + "/models/" + ref[3:])
    assert "Assessing" in page.text_content("h1")
    page.wait_for_selector("#h-label", timeout=30_000)
    assert "Assessed at" in page.text_content("#assessed")
    _clean(page)


def test_hostile_model_card_renders_inert(page, serve_app, fake_hub, artifacts):
    fake_hub.add_model(_hostile_repo("evil/model"))
    srv = serve_app()
    page.goto(srv.url + "/models/evil/model")
    page.wait_for_selector("#h-label", timeout=30_000)
    text = page.text_content("main")
    assert "<script>window.__pwned = 1;" in text  # shown as text, so the payload did reach the page
    assert page.locator("main script, main img[src=x], main svg").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
    page.screenshot(path=str(artifacts / "serve-hostile.png"))
    # the same payload typed into the search box is refused, never echoed as markup
    page.fill("#ref", PAYLOADS[0])
    page.click("form.search button")
    page.wait_for_selector("#error-title")
    _clean(page)
