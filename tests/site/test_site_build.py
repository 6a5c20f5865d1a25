"""The static site: every entry has a page, links are http(s) or local, hostile input is escaped."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from opengauge.formats.site.safety import json_script, safe_url
from opengauge.index.load import load_index
from tests.og_index_support import HOSTILE_NAME, built_hostile_site, built_site, index_docs


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []
        self.handlers: list[str] = []
        self.scripts: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src", "action", "formaction"):
                self.links.append((tag, k, v or ""))
            if k.startswith("on"):
                self.handlers.append(f"{tag} {k}")
        if tag == "script":
            self.scripts.append(dict(attrs))


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def _check_links(site: Path) -> None:
    for page in site.rglob("*.html"):
        parsed = _parse(page)
        assert not parsed.handlers, f"{page}: inline event handlers {parsed.handlers}"
        for s in parsed.scripts:
            assert s.get("type") == "application/json" or (s.get("src") or "").endswith("static/app.js"), (
                page,
                s,
            )
        for tag, attr, value in parsed.links:
            parts = urlsplit(value)
            if parts.scheme:
                assert parts.scheme in ("http", "https"), f"{page}: {tag} {attr}={value!r}"
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.exists(), f"{page}: broken local link {value!r}"
            assert site.resolve() in target.parents or target == site.resolve(), (
                f"{page}: link leaves the site {value!r}"
            )


def test_every_entry_has_a_page_and_a_leaderboard_row():
    site = built_site()
    ids = {e.id for e in load_index()}
    assert {p.stem for p in (site / "models").glob("*.html")} == ids
    board = (site / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r'<tr data-id="([^"]+)"', board)) == ids
    for extra in (
        "compare.html",
        "methods.html",
        "downloads.html",
        "licenses/index.html",
        "static/app.js",
        "static/style.css",
    ):
        assert (site / extra).is_file(), extra
    assert len(list((site / "licenses").glob("*.html"))) > 10


def test_links_are_http_or_local_and_resolve():
    _check_links(built_site())


def test_no_external_assets():
    site = built_site()
    for page in site.rglob("*.html"):
        for tag, _attr, value in _parse(page).links:
            if tag in ("script", "link", "img"):
                assert not urlsplit(value).scheme, f"{page}: external asset {value}"
    css = (site / "static" / "style.css").read_text()
    assert "http" not in css and "@import" not in css


def test_downloads_and_badges():
    site = built_site()
    data = json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))
    assert data["count"] == len(index_docs()) == len(data["models"])
    assert (site / "data" / "index.csv").read_text().count("\n") == len(index_docs()) + 1
    for e in load_index():
        svg = ET.fromstring((site / "badges" / f"{e.id}.svg").read_text(encoding="utf-8"))
        assert svg.tag.endswith("svg")
        endpoint = json.loads((site / "badges" / f"{e.id}.json").read_text())
        assert endpoint["schemaVersion"] == 1 and endpoint["label"] == "opengauge" and endpoint["message"]


def test_model_page_shows_reviews_and_attribution():
    page = (built_site() / "models" / "llama-3.1-8b-instruct.html").read_text(encoding="utf-8")
    assert "Overrides the automated level" in page or "Confirms the automated level" in page
    assert "osai-index.eu" in page and "Liesenfeld" in page
    assert "What the publisher could do" in page


def test_hostile_input_is_escaped():
    site = built_hostile_site()
    _check_links(site)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in html and "<script>alert" not in html, page
        assert "<img src=x" not in html and "<svg onload" not in html and "<b onmouseover" not in html, page
        assert 'href="javascript:' not in html.lower() and 'href="data:' not in html.lower(), page
    model = (site / "models" / "hostile-model.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned" in model  # shown as text
    compare = (site / "compare.html").read_text(encoding="utf-8")
    block = compare.split('id="compare-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block
    assert {m["id"]: m["name"] for m in json.loads(block)}["hostile-model"] == HOSTILE_NAME


def test_helpers():
    assert safe_url("https://example.org/x") == "https://example.org/x"
    for bad in (
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "//evil.org/x",
        "https://exa mple.org",
        "https:///nohost",
        "ftp://x.org/",
        None,
        3,
    ):
        assert safe_url(bad) is None, bad
    assert str(json_script({"a": "</script><!--&"})) == '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026"}'


def test_methods_page_comes_from_the_definitions():
    from opengauge.probes.definitions import probe_definitions

    page = (built_site() / "methods.html").read_text(encoding="utf-8")
    for d in list(probe_definitions().values())[:5]:
        assert f'id="probe-{d.id}"' in page
    assert "Model Openness Framework" in page and "osaid" in page
