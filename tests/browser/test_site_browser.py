"""The website in a real browser: leaderboard, model page, compare, and an injection attempt."""

from __future__ import annotations

import pytest

from opengauge.index.load import load_index
from tests.og_index_support import built_site

pytestmark = pytest.mark.browser


def _visible_rows(page):
    return page.locator("#board tbody tr:not([hidden])")


def _scores(page):
    return page.eval_on_selector_all(
        "#board tbody tr:not([hidden]) td:nth-child(6)",
        "cells => cells.map(c => parseFloat(c.getAttribute('data-sort')))",
    )


def _attrs(page, attr):
    return page.eval_on_selector_all(
        "#board tbody tr:not([hidden])", f"rows => rows.map(r => r.getAttribute('{attr}'))"
    )


def test_leaderboard_sort_filter_search(page, site_url, artifacts):
    page.goto(f"{site_url}/index.html")
    n = len(load_index())
    assert _visible_rows(page).count() == n
    assert page.locator("#status").text_content().startswith(f"{n} of {n}")
    page.screenshot(path=str(artifacts / "leaderboard.png"))

    page.click("th[data-key=score] button")
    scores = _scores(page)
    assert (
        scores == sorted(scores, reverse=True)
        and page.get_attribute("th[data-key=score]", "aria-sort") == "descending"
    )
    page.click("th[data-key=score] button")
    scores = _scores(page)
    assert scores == sorted(scores) and page.get_attribute("th[data-key=score]", "aria-sort") == "ascending"

    page.select_option("#f-label", "closed")
    labels = _attrs(page, "data-label")
    assert labels and set(labels) == {"closed"}
    assert page.locator("#status").text_content().startswith(f"{len(labels)} of {n}")
    page.select_option("#f-label", "")

    page.fill("#q", "llama")
    ids = _attrs(page, "data-id")
    assert ids and all("llama" in i for i in ids)
    page.fill("#q", "")
    assert _visible_rows(page).count() == n
    assert not page.errors and not page.dialogs


def test_model_page_evidence_and_clauses(page, site_url, artifacts):
    page.goto(f"{site_url}/index.html")
    page.click('#board tr[data-id="llama-3.1-8b-instruct"] td:nth-child(2) a')
    page.wait_for_url("**/models/llama-3.1-8b-instruct.html")
    assert (
        "Weights available" in page.locator(".headline h2").text_content()
        or "weights available" in page.locator(".headline h2").text_content()
    )
    assert page.locator("table.params tbody tr").count() == 12
    hrefs = page.eval_on_selector_all("table.params a.ev", "as => as.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    clause_types = page.locator("table.clauses code").all_text_contents()
    assert "user-threshold" in clause_types
    page.screenshot(path=str(artifacts / "model-page.png"), full_page=True)
    assert not page.errors


def test_clause_quotes_are_shown_with_line(page, hostile_url):
    page.goto(f"{hostile_url}/models/benign-model.html")
    quote = page.locator("table.clauses blockquote").first.text_content()
    assert "700 million monthly users" in quote
    assert (
        page.locator("table.clauses tbody tr td:nth-child(4)").first.text_content().strip().startswith("12")
    )


def test_compare_page(page, site_url):
    page.goto(f"{site_url}/compare.html?m=olmo-7b,llama-3.1-8b-instruct,gpt-4")
    heads = page.locator("#cmp thead th a").all_text_contents()
    assert heads == ["OLMo 7B", "Llama 3.1 8B Instruct", "GPT-4"]
    page.select_option("#pick-3", "pythia-6.9b")
    assert page.locator("#cmp thead th a").count() == 4
    assert page.locator("#cmp tbody tr").count() >= 12 + 5
    assert not page.errors


def test_injection_nothing_executes(page, hostile_url):
    for path in (
        "index.html",
        "models/hostile-model.html",
        "compare.html?m=hostile-model,benign-model",
        "downloads.html",
    ):
        page.goto(f"{hostile_url}/{path}")
        page.wait_for_load_state("load")
        hrefs = page.eval_on_selector_all(
            "a", "as => as.map(a => (a.getAttribute('href') || '').trim().toLowerCase())"
        )
        assert hrefs and not [h for h in hrefs if h.startswith(("javascript:", "data:"))], path
        page.locator("body").hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    # the hostile strings are shown as text
    page.goto(f"{hostile_url}/models/hostile-model.html")
    assert "<script>window.__pwned" in page.locator("h1").text_content()
    assert page.locator("img[onerror], svg[onload], b[onmouseover]").count() == 0
    assert not page.dialogs


def test_leaderboard_works_from_file_url(page):
    page.goto((built_site() / "index.html").as_uri())
    page.click("th[data-key=name] button")
    names = page.eval_on_selector_all(
        "#board tbody td:nth-child(2)", "cells => cells.map(c => c.getAttribute('data-sort'))"
    )
    assert names == sorted(names)
    page.select_option("#f-type", "code")
    types = set(_attrs(page, "data-type"))
    assert types == {"code"}
    assert not page.errors
