"""Build the static website of the index from reviewed assessment documents (writing only: the
pages are rendered by `render.SitePages`, the one renderer `opengauge serve` uses too; the view
models are in `views`, the safety helpers in `safety`).

Output (every link relative, so it works from file:// and any static host):

    index.html              leaderboard (sort, filter, search; works without JS as a plain table)
    models/<id>.html        one page per model
    compare.html            2-4 models side by side
    licenses/index.html     the license catalog; licenses/<id>.html one page per license
    methods.html            generated from the probe and framework definitions
    downloads.html          index.json, index.csv, badges
    data/index.json, data/index.csv
    badges/<id>.svg, badges/<id>.json (shields.io endpoint)
    static/style.css, static/app.js

Everything that came from a model repo is autoescaped by Jinja2; links are emitted only for
http(s) URLs; JSON embedded in pages has `<`, `>` and `&` escaped so it cannot close its script.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from opengauge.document import AssessmentDocument
from opengauge.formats.badge import badge_svg, shields_endpoint_json
from opengauge.formats.site.render import SitePages
from opengauge.index.table import index_document, render_csv
from opengauge.licenses import LicenseEntry
from opengauge.probes.definitions import ProbeDefinition


@dataclass
class SiteReport:
    """What was written."""

    out: Path
    pages: list[str] = field(default_factory=list)
    models: int = 0
    licenses: int = 0


def build_site(
    docs: list[AssessmentDocument],
    out: str | Path,
    *,
    tool_version: str | None = None,
    catalog: list[LicenseEntry] | None = None,
    probe_defs: dict[str, ProbeDefinition] | None = None,
) -> SiteReport:
    """Write the website for `docs` (reviewed assessment documents) into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    site = SitePages(docs, tool_version=tool_version, catalog=catalog, probe_defs=probe_defs)
    order = site.models
    report = SiteReport(out=out, models=len(order), licenses=len(site.licenses))
    for page in site.pages():
        path = out / page.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(site.render_page(page), encoding="utf-8")
        report.pages.append(page.rel)
    # data downloads and badges
    (out / "data").mkdir(exist_ok=True)
    (out / "data" / "index.json").write_text(
        json.dumps(index_document(docs, site.rows, tool_version=tool_version), indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    (out / "data" / "index.csv").write_text(render_csv(site.rows), encoding="utf-8")
    (out / "badges").mkdir(exist_ok=True)
    for v in order:
        (out / "badges" / f"{v['id']}.svg").write_text(badge_svg(v["label"]), encoding="utf-8")
        (out / "badges" / f"{v['id']}.json").write_text(
            shields_endpoint_json(v["label"], score=v["score"]), encoding="utf-8"
        )
    static = out / "static"
    static.mkdir(exist_ok=True)
    src = resources.files("opengauge.formats.site").joinpath("static")
    for item in src.iterdir():
        if item.name.endswith((".css", ".js", ".svg")):
            with resources.as_file(item) as p:
                shutil.copyfile(p, static / item.name)
    return report
