"""The HTML audit report in Chromium, opened from file:// (no server, no CDN)."""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.audit.report import build_report, render_html
from opengauge.audit.run import run_audit
from opengauge.audit.sources import DumpSource
from opengauge.store import Store
from tests.audit.test_report import plant_chain

pytestmark = pytest.mark.browser


def test_report_page_shows_charts_and_tables(browser, tmp_path: Path) -> None:
    plant_chain(tmp_path / "planted.jsonl")
    with Store.open(tmp_path / "p.duckdb") as st:
        run_audit(DumpSource(str(tmp_path / "planted.jsonl")), st, depth="metadata")
        html = render_html(build_report(st))
    (tmp_path / "report.html").write_text(html, encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto((tmp_path / "report.html").as_uri())
        assert page.locator("section#labels svg rect").count() >= 1
        assert page.locator("#chart-families svg").get_attribute("role") == "img"
        rows = page.locator("#laundering tbody tr")
        assert rows.count() == 2
        assert "planted/C → hf:planted/B → hf:planted/A" in rows.nth(1).text_content()
        # each chart has its table: the bar values equal the table's numbers
        bar_titles = page.eval_on_selector_all("#labels svg rect title", "ts => ts.map(t => t.textContent)")
        cells = page.eval_on_selector_all(
            "#labels tbody tr", "rs => rs.map(r => r.cells[0].textContent + ': ' + r.cells[1].textContent)"
        )
        assert bar_titles == cells
        assert errors == []
        assert all(u.startswith("file://") for u in requests)
    finally:
        page.close()
