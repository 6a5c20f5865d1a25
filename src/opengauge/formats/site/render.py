"""The one renderer of the site's pages: the static build writes every page to disk, `opengauge serve`
renders the same pages (and the live model, progress and error pages) on demand, from the same
templates and view models.

Page paths are the static site's (`index.html`, `models/<id>.html`, `licenses/<id>.html`...); every
link in a page is relative to its path (`root` is `../` per folder), so the same HTML works from
file://, any static host and the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from opengauge.document import AssessmentDocument
from opengauge.formats.site.safety import json_script, safe_url, slug
from opengauge.formats.site.views import compare_data, level_class, license_views, methods_view, model_view
from opengauge.frameworks.osai import PARAMETER_NAMES, PARAMETERS
from opengauge.index.entry import OSAI_CITATION, OSAI_URL
from opengauge.index.table import ranked_rows
from opengauge.licenses import LicenseEntry, load_catalog
from opengauge.model import Label
from opengauge.probes.definitions import ProbeDefinition, probe_definitions


def site_environment() -> Environment:
    """The Jinja2 environment of the site's templates (autoescaping every value)."""
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


def root_of(rel: str) -> str:
    """The relative path from a page back to the site's root (`models/a.html` -> `../`)."""
    return "../" * rel.count("/")


@dataclass(frozen=True)
class Page:
    """One page of the site: its path, its template and what the template is given."""

    rel: str
    template: str
    context: dict[str, Any]


class SitePages:
    """Every page of the site for a set of reviewed documents, ready to render.

    `live=True` (the server) adds the search box to every page."""

    def __init__(
        self,
        docs: list[AssessmentDocument],
        *,
        tool_version: str | None = None,
        catalog: list[LicenseEntry] | None = None,
        probe_defs: dict[str, ProbeDefinition] | None = None,
        live: bool = False,
    ) -> None:
        self.docs = docs
        self.tool_version = tool_version
        self.probe_defs = dict(probe_definitions()) if probe_defs is None else probe_defs
        catalog = list(load_catalog()) if catalog is None else catalog
        self.env = site_environment()
        self.live = live
        self.rows = ranked_rows(docs)
        views_by_id: dict[str, dict[str, Any]] = {}
        for d in docs:
            v = model_view(d, self.probe_defs)
            base, n = v["id"], 2
            while v["id"] in views_by_id:  # two documents with the same id must not overwrite a page
                v["id"] = f"{base}-{n}"
                n += 1
            views_by_id[v["id"]] = v
        rank_of: dict[str, int] = {}
        for r in self.rows:
            rank_of.setdefault(slug(r["id"]), r["rank"])
        self.models = sorted(views_by_id.values(), key=lambda v: (rank_of.get(v["id"], 10**6), v["id"]))
        for i, v in enumerate(self.models, 1):
            v["rank"] = i
        self.licenses = license_views(catalog, self.models)
        self.license_ids = {lic["id"] for lic in self.licenses}
        for v in self.models:
            v["license"]["has_page"] = v["license"]["id"] in self.license_ids
        self.generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")

    def common(self) -> dict[str, Any]:
        return {
            "generated": self.generated,
            "tool_version": self.tool_version or "",
            "count": len(self.models),
            "live": self.live,
        }

    def render(self, rel: str, template: str, **ctx: Any) -> str:
        """One page at path `rel` (its links are relative to it)."""
        return self.env.get_template(template).render(root=root_of(rel), page=rel, **self.common(), **ctx)

    def render_page(self, page: Page) -> str:
        return self.render(page.rel, page.template, **page.context)

    def pages(self) -> list[Page]:
        """Every page of the static site, in writing order."""
        order = self.models
        orgs = sorted({v["organisation"] for v in order if v["organisation"]}, key=str.lower)
        types = sorted({v["type"] for v in order if v["type"]})
        verdicts = sorted({v["license"]["verdict"] for v in order})
        out = [
            Page(
                "index.html",
                "leaderboard.html",
                {"models": order, "orgs": orgs, "types": types, "verdicts": verdicts},
            )
        ]
        out += [Page(f"models/{v['id']}.html", "model.html", {"m": v}) for v in order]
        out.append(
            Page(
                "compare.html",
                "compare.html",
                {
                    "models": order,
                    "data": json_script(compare_data(order)),
                    "names": json_script({p: PARAMETER_NAMES[p] for p in PARAMETERS}),
                },
            )
        )
        out.append(Page("licenses/index.html", "licenses.html", {"licenses": self.licenses}))
        out += [Page(f"licenses/{lic['id']}.html", "license.html", {"lic": lic}) for lic in self.licenses]
        out.append(Page("methods.html", "methods.html", {"methods": methods_view(self.probe_defs)}))
        out.append(Page("downloads.html", "downloads.html", {"models": order}))
        return out

    def model_page(self, doc: AssessmentDocument, rel: str, **ctx: Any) -> str:
        """The model page of a document outside the index (a live assessment) at path `rel`."""
        v = model_view(doc, self.probe_defs)
        if doc.index is None:
            v["name"] = v["ref"]
        v["license"]["has_page"] = v["license"]["id"] in self.license_ids
        return self.render(rel, "model.html", m=v, **ctx)


__all__ = ["Page", "SitePages", "root_of", "site_environment"]
