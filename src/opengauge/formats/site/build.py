"""Build the static website of the index from reviewed assessment documents (rendering only:
the view models are in `views`, the safety helpers in `safety`).

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
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from opengauge.document import AssessmentDocument
from opengauge.formats.badge import badge_svg, shields_endpoint_json
from opengauge.formats.site.safety import json_script, safe_url, slug
from opengauge.formats.site.views import compare_data, level_class, license_views, methods_view, model_view
from opengauge.frameworks.osai import PARAMETER_NAMES, PARAMETERS
from opengauge.index.entry import OSAI_CITATION, OSAI_URL
from opengauge.index.table import index_document, ranked_rows, render_csv
from opengauge.licenses import LicenseEntry, load_catalog
from opengauge.model import Label
from opengauge.probes.definitions import ProbeDefinition, probe_definitions


@dataclass
class SiteReport:
    """What was written."""

    out: Path
    pages: list[str] = field(default_factory=list)
    models: int = 0
    licenses: int = 0


# ----------------------------------------------------------------------------- build
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("opengauge.formats.site", "templates"),
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["level_class"] = level_class
    env.globals.update(
        LABELS=[str(label) for label in Label],
        LABEL_TEXT={str(lb): lb.text for lb in Label},
        LABEL_MEANING={str(lb): lb.meaning for lb in Label},
        OSAI_URL=OSAI_URL,
        OSAI_CITATION=OSAI_CITATION,
        PARAM_NAMES={p: PARAMETER_NAMES[p] for p in PARAMETERS},
    )
    return env


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
    probe_defs = dict(probe_definitions()) if probe_defs is None else probe_defs
    catalog = list(load_catalog()) if catalog is None else catalog
    env = _env()
    rows = ranked_rows(docs)
    views_by_id: dict[str, dict[str, Any]] = {}
    for d in docs:
        v = model_view(d, probe_defs)
        base, n = v["id"], 2
        while v["id"] in views_by_id:  # two documents with the same id must not overwrite a page
            v["id"] = f"{base}-{n}"
            n += 1
        views_by_id[v["id"]] = v
    rank_of: dict[str, int] = {}
    for r in rows:
        rank_of.setdefault(slug(r["id"]), r["rank"])
    order = sorted(views_by_id.values(), key=lambda v: (rank_of.get(v["id"], 10**6), v["id"]))
    for i, v in enumerate(order, 1):
        v["rank"] = i
    licenses = license_views(catalog, order)
    lic_ids = {lic["id"] for lic in licenses}
    for v in order:
        v["license"]["has_page"] = v["license"]["id"] in lic_ids
    report = SiteReport(out=out, models=len(order), licenses=len(licenses))
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    common = {"generated": generated, "tool_version": tool_version or "", "count": len(order)}

    def write(rel: str, template: str, **ctx: Any) -> None:
        depth = rel.count("/")
        html = env.get_template(template).render(root="../" * depth, page=rel, **common, **ctx)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        report.pages.append(rel)

    orgs = sorted({v["organisation"] for v in order if v["organisation"]}, key=str.lower)
    types = sorted({v["type"] for v in order if v["type"]})
    verdicts = sorted({v["license"]["verdict"] for v in order})
    write("index.html", "leaderboard.html", models=order, orgs=orgs, types=types, verdicts=verdicts)
    for v in order:
        write(f"models/{v['id']}.html", "model.html", m=v)
    write(
        "compare.html",
        "compare.html",
        models=order,
        data=json_script(compare_data(order)),
        names=json_script({p: PARAMETER_NAMES[p] for p in PARAMETERS}),
    )
    write("licenses/index.html", "licenses.html", licenses=licenses)
    for lic in licenses:
        write(f"licenses/{lic['id']}.html", "license.html", lic=lic)
    write("methods.html", "methods.html", methods=methods_view(probe_defs))
    write("downloads.html", "downloads.html", models=order)
    # data downloads and badges
    (out / "data").mkdir(exist_ok=True)
    (out / "data" / "index.json").write_text(
        json.dumps(index_document(docs, rows, tool_version=tool_version), indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    (out / "data" / "index.csv").write_text(render_csv(rows), encoding="utf-8")
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
