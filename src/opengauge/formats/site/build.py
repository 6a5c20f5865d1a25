"""Build the static website of the index from reviewed assessment documents.

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
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from opengauge.formats.badge import badge_svg, label_style, shields_endpoint_json
from opengauge.index.entry import LABELS, OSAI_CITATION, OSAI_PARAMETERS, OSAI_URL
from opengauge.index.table import dig, index_document, ranked_rows, render_csv, score_percent, worst_clauses

PARAM_NAMES = {
    "datasources_basemodel": "Base model data",
    "datasources_endmodel": "End model data",
    "weights_basemodel": "Base model weights",
    "weights_endmodel": "End model weights",
    "trainingcode": "Training code",
    "code": "Code documentation",
    "hardware_architecture": "Hardware & architecture",
    "preprint": "Preprint",
    "paper": "Paper",
    "modelcard": "Model card",
    "datasheet": "Datasheet",
    "licenses": "Licenses",
}
LABEL_TEXT = {k: v[0] for k, v in ((lbl, label_style(lbl)) for lbl in LABELS)}
LABEL_MEANING = {
    "open-source-ai-with-open-data": "Weights, code and the full training data are released under open source terms.",
    "open-source-ai": "Weights and code are open source; data that cannot be shared is described in full instead.",
    "open-weights": "The weights and deployment code are under an open source license, but training code or data are missing.",
    "weights-available": "The weights can be downloaded, but their license restricts who may use them, or how.",
    "closed": "No weights are published; the model is reachable only as a service.",
    "undetermined": "The evidence cannot decide; the page says what is missing.",
}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_OPEN_VERDICTS = {"osi-open", "open-non-osi", "open"}
_CLOSED_VERDICTS = {"non-commercial", "research-only", "proprietary", "closed"}


@dataclass
class SiteReport:
    """What was written."""

    out: Path
    pages: list[str] = field(default_factory=list)
    models: int = 0
    licenses: int = 0


# ----------------------------------------------------------------------------- helpers
def safe_url(value: Any) -> str | None:
    """The URL when it is http(s) with a host and no whitespace/control characters, else None."""
    if not isinstance(value, str) or len(value) > 2048:
        return None
    v = value.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in v):
        return None
    try:
        parts = urlsplit(v)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return v


def json_script(data: Any) -> Markup:
    """JSON safe to place inside `<script type="application/json">`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - escaped above


def slug(value: Any) -> str:
    """A file-name-safe id (entries' ids already are; anything else is reduced)."""
    s = str(value or "")
    if _ID.match(s) and ".." not in s:
        return s
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.")[:120]
    return s or "model"


def level_class(level: Any) -> str:
    lv = str(level or "unknown")
    return lv if lv in ("open", "partial", "closed") else "unknown"


def label_class(label: str) -> str:
    if label in ("open-source-ai-with-open-data", "open-source-ai"):
        return "open"
    if label in ("open-weights", "weights-available"):
        return "partial"
    if label == "closed":
        return "closed"
    return "unknown"


def verdict_class(verdict: Any) -> str:
    v = str(verdict or "unknown")
    if v in _OPEN_VERDICTS:
        return "open"
    if v in _CLOSED_VERDICTS:
        return "closed"
    return "unknown" if v == "unknown" else "partial"


def score_class(score: float | None) -> str:
    if score is None:
        return "unknown"
    return "open" if score >= 75 else "partial" if score >= 40 else "closed"


def mof_class_css(mof: Any) -> str:
    return {"I": "open", "II": "open", "III": "partial"}.get(str(mof), "closed" if mof in (None, "none", "") else "unknown")


def _text(v: Any, limit: int = 2000) -> str:
    s = "" if v is None else str(v)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _evidence_list(items: Any) -> list[dict[str, Any]]:
    out = []
    for e in items or []:
        if isinstance(e, str):
            e = {"source": e}
        if not isinstance(e, dict):
            continue
        src = _text(e.get("source"), 400)
        url = safe_url(src)
        out.append({
            "source": src, "url": url, "host": urlsplit(url).hostname if url else None, "line": e.get("line") if isinstance(e.get("line"), int) else None,
            "quote": _text(e.get("quote"), 400) or None, "note": _text(e.get("note"), 300) or None,
        })
    return out[:8]


def _clause_explanation(type_id: str) -> tuple[str, str]:
    try:
        from opengauge.licenses.taxonomy import clause_type

        ct = clause_type(type_id)
        return ct.name, ct.explanation
    except Exception:  # unknown type or no taxonomy: show the id
        return type_id, ""


# ----------------------------------------------------------------------------- view models
def model_view(doc: dict[str, Any], probe_defs: dict[str, Any]) -> dict[str, Any]:
    meta = doc.get("index") or {}
    mid = slug(meta.get("id") or dig(doc, "release", "ref"))
    label = str(doc.get("label") or "undetermined")
    osai = dig(doc, "frameworks", "osai", default={}) or {}
    params = []
    for p in OSAI_PARAMETERS:
        cell = (osai.get("parameters") or {}).get(p) or {}
        review = cell.get("review") if isinstance(cell.get("review"), dict) else None
        automated = cell.get("automated") if isinstance(cell.get("automated"), dict) else None
        params.append({
            "key": p, "name": PARAM_NAMES[p], "level": level_class(cell.get("level")),
            "reason": _text(cell.get("reason")), "evidence": _evidence_list(cell.get("evidence")),
            "review": {**review, "url": safe_url(review.get("evidence"))} if review else None,
            "automated": {"level": level_class(automated.get("level")), "reason": _text(automated.get("reason"))} if automated else None,
            "overridden": bool(cell.get("overridden")),
            "changed": bool(cell.get("changed_by_review")),
        })
    lic = doc.get("license") or {}
    lic_id = dig(lic, "license", "id")
    clauses = []
    from_catalog = not (lic.get("clauses") or [])
    for c in (lic.get("catalog_clauses") if from_catalog else lic.get("clauses")) or []:
        if not isinstance(c, dict):
            continue
        name, expl = _clause_explanation(str(c.get("type") or ""))
        clauses.append({
            "type": _text(c.get("type"), 80), "name": name, "explanation": expl, "freedom": _text(c.get("freedom"), 20),
            "blocks": bool(c.get("blocks_open_source")), "line": c.get("line") if isinstance(c.get("line"), int) else None,
            "quote": _text(c.get("quote"), 600), "document": _text(c.get("document"), 300) or None,
            "document_url": safe_url(c.get("document")),
        })
    mof = dig(doc, "frameworks", "mof", default={}) or {}
    components = []
    comps = mof.get("components")
    if isinstance(comps, dict):
        comps = [{"name": k, **(v if isinstance(v, dict) else {"included": v})} for k, v in comps.items()]
    for c in comps or []:
        if isinstance(c, dict):
            status = str(c.get("status") or ("included" if c.get("included") else "unknown"))
            lic_open = c.get("license_open", c.get("license_ok"))
            components.append({
                "name": _text(c.get("name") or c.get("id"), 80), "status": _text(status, 40),
                "status_css": {"included": "open", "missing": "closed"}.get(status, "partial" if status in ("invalid", "unlicensed") else "unknown"),
                "license_ok": lic_open if isinstance(lic_open, bool) else None,
                "license": _text(c.get("license"), 80) or None,
                "klass": _text(c.get("class"), 10), "reason": _text(c.get("reason"), 400),
            })
    osaid = dig(doc, "frameworks", "osaid", default={}) or {}
    eu = dig(doc, "frameworks", "eu_ai_act", default={}) or {}
    remediation = []
    seen = set()
    for f in doc.get("findings") or []:
        if not isinstance(f, dict):
            continue
        pid = str(f.get("probe") or "")
        if f.get("level") in ("open",) or pid in seen:
            continue
        d = probe_defs.get(pid)
        if d is None:
            continue
        seen.add(pid)
        remediation.append({"probe": pid, "short": d.short, "effort": d.remediation.effort, "text": d.remediation.text,
                            "level": level_class(f.get("level"))})
    why = doc.get("label_reason") or dig(doc, "frameworks", "g7", "reason") or LABEL_MEANING.get(label, "")
    missing = [] if doc.get("label_review") else (dig(doc, "frameworks", "g7", "missing", default=[]) or [])
    lineage = []
    for b in meta.get("base_models") or []:
        ref = str(b)
        url = safe_url("https://huggingface.co/" + ref[3:]) if ref.startswith("hf:") else safe_url(ref)
        lineage.append({"ref": ref, "url": url})
    for b in dig(doc, "release", "lineage", default=[]) or []:
        ref = str(b.get("ref") if isinstance(b, dict) else b)
        if all(x["ref"] != ref for x in lineage):
            lineage.append({"ref": ref, "url": safe_url("https://huggingface.co/" + ref[3:]) if ref.startswith("hf:") else None})
    score = score_percent(doc)
    return {
        "id": mid, "name": _text(meta.get("name") or mid, 200), "organisation": _text(meta.get("organisation"), 200),
        "type": _text(meta.get("type"), 40), "family": _text(meta.get("family"), 80), "released": meta.get("released"),
        "checked": meta.get("checked"), "url": safe_url(meta.get("url")), "ref": _text(dig(doc, "release", "ref"), 300),
        "revision": _text(dig(doc, "release", "revision"), 80) or None,
        "label": label, "label_text": LABEL_TEXT.get(label, label), "label_class": label_class(label), "why": _text(why),
        "label_missing": [_text(m, 300) for m in missing if m][:10],
        "label_automated": doc.get("label_automated"), "label_review": doc.get("label_review"),
        "label_reason_automated": _text(doc.get("label_reason_automated")) or None,
        "label_review_url": safe_url(dig(doc, "label_review", "evidence")),
        "score": score, "score_class": score_class(score),
        "score_automated": score_percent({"frameworks": {"osai": {"score": osai.get("score_automated")}}}) if osai.get("score_automated") is not None else None,
        "params": params,
        "license": {
            "id": lic_id, "name": _text(dig(lic, "license", "name") or lic_id or "unknown", 200),
            "spdx": dig(lic, "license", "spdx"), "family": dig(lic, "license", "family"),
            "verdict": _text(lic.get("verdict") or "unknown", 40), "verdict_class": verdict_class(lic.get("verdict")),
            "has_page": False,
        },
        "clauses": clauses,
        "clauses_from_catalog": from_catalog and bool(clauses),
        "worst": [_text(t, 80) for t in worst_clauses(doc)],
        "mof": {"class": mof.get("class"), "css": mof_class_css(mof.get("class")), "components": components,
                "missing": [_text(m, 300) for m in (mof.get("missing") or mof.get("missing_for_next_class") or []) if m][:20]},
        "osaid": {"passes": osaid.get("passes"), "missing": [_text(m, 300) for m in (osaid.get("missing") or []) if m][:20]},
        "eu": {"likely": eu.get("exemption_likely"), "reasons": [_text(m, 300) for m in (eu.get("reasons") or []) if m][:20]},
        "lineage": lineage, "remediation": remediation,
        "reviews": doc.get("reviews") or [],
        "datasets": [_text(d, 200) for d in meta.get("datasets") or []],
        "code_repos": [{"url": safe_url(u), "text": _text(u, 300)} for u in meta.get("code_repos") or []],
        "papers": [{"text": _text(p, 300), "url": safe_url(p) or (safe_url(f"https://arxiv.org/abs/{p}") if re.match(r"^\d{4}\.\d{4,5}$", str(p)) else None)}
                   for p in meta.get("papers") or []],
        "attribution": bool(doc.get("attribution")),
        "problems": [_text(p, 300) for p in (dig(doc, "release", "problems", default=[]) or [])][:10],
    }


def compare_data(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The compact per-model data the compare page's script reads."""
    return [{
        "id": v["id"], "name": v["name"], "organisation": v["organisation"], "label": v["label_text"],
        "label_class": v["label_class"], "score": v["score"], "score_class": v["score_class"],
        "mof": v["mof"]["class"] or "none", "mof_class": v["mof"]["css"],
        "osaid": {True: "passes", False: "fails"}.get(v["osaid"]["passes"], "unknown"),
        "eu": {True: "likely", False: "unlikely"}.get(v["eu"]["likely"], "unknown"),
        "license": v["license"]["name"], "verdict": v["license"]["verdict"], "verdict_class": v["license"]["verdict_class"],
        "params": {p["key"]: p["level"] for p in v["params"]},
    } for v in views]


def compare_names() -> dict[str, str]:
    return dict(PARAM_NAMES)


def _methods(probe_defs: dict[str, Any]) -> dict[str, Any]:
    probes = [{"id": d.id, "short": d.short, "question": d.question, "motivation": d.motivation,
               "implementation": d.implementation, "outcomes": dict(d.outcomes), "effort": d.remediation.effort,
               "remediation": d.remediation.text, "frameworks": list(d.frameworks)} for d in probe_defs.values()]
    frameworks = []
    try:
        import inspect

        from opengauge.frameworks import FRAMEWORKS

        for fid, fn in FRAMEWORKS.items():
            module = inspect.getmodule(fn)
            text = " ".join((getattr(module, "__doc__", None) or "").split())
            if text:
                frameworks.append({"id": fid, "summary": text})
    except Exception:  # no framework registry: the page keeps its short built-in list
        frameworks = []
    return {"probes": probes, "frameworks": frameworks, "param_names": PARAM_NAMES}


def _load_probe_defs() -> dict[str, Any]:
    try:
        from opengauge.probes.definitions import probe_definitions

        return dict(probe_definitions())
    except Exception:  # no definitions available: pages simply omit remediation
        return {}


def _load_catalog():
    try:
        from opengauge.licenses import load_catalog

        return list(load_catalog())
    except Exception:
        return []


def _entry_verdict(entry: Any) -> str:
    try:
        from opengauge.probes.license import entry_verdict

        return entry_verdict(entry)
    except Exception:
        return "osi-open" if getattr(entry, "osi_approved", False) else "unknown"


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
    env.globals.update(LABELS=LABELS, LABEL_TEXT=LABEL_TEXT, LABEL_MEANING=LABEL_MEANING,
                       OSAI_URL=OSAI_URL, OSAI_CITATION=OSAI_CITATION, PARAM_NAMES=PARAM_NAMES)
    return env


def build_site(
    docs: list[dict[str, Any]],
    out: str | Path,
    *,
    tool_version: str | None = None,
    catalog: list[Any] | None = None,
    probe_defs: dict[str, Any] | None = None,
) -> SiteReport:
    """Write the website for `docs` (reviewed assessment documents) into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    probe_defs = _load_probe_defs() if probe_defs is None else probe_defs
    catalog = _load_catalog() if catalog is None else catalog
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
    rank_of = {}
    for r in rows:
        rank_of.setdefault(slug(r["id"]), r["rank"])
    order = sorted(views_by_id.values(), key=lambda v: (rank_of.get(v["id"], 10**6), v["id"]))
    for i, v in enumerate(order, 1):
        v["rank"] = i
    licenses = []
    lic_ids = set()
    for e in catalog:
        eid = slug(getattr(e, "id", ""))
        if not eid or eid in lic_ids:
            continue
        lic_ids.add(eid)
        used_by = [v for v in order if v["license"]["id"] == getattr(e, "id", None)]
        seen_types: dict[str, dict[str, Any]] = {}
        for v in used_by:
            for c in v["clauses"]:
                seen_types.setdefault(c["type"], c)
        catalog_types = [str(t) for t in (getattr(e, "clauses", None) or []) if isinstance(t, str)]
        for t in catalog_types:
            if t not in seen_types:
                name, expl = _clause_explanation(t)
                seen_types[t] = {"type": t, "name": name, "explanation": expl, "freedom": "", "blocks": None, "line": None, "quote": ""}
        verdict = _entry_verdict(e)
        licenses.append({
            "id": eid, "name": _text(getattr(e, "name", eid), 200), "kind": getattr(e, "kind", "license"),
            "family": getattr(e, "family", ""), "spdx": getattr(e, "spdx", None), "osi": bool(getattr(e, "osi_approved", False)),
            "url": safe_url(getattr(e, "url", None)), "summary": _text(getattr(e, "summary", ""), 2000),
            "verdict": verdict, "verdict_class": verdict_class(verdict), "use_policy": getattr(e, "use_policy", None),
            "clauses": list(seen_types.values()), "used_by": [{"id": v["id"], "name": v["name"]} for v in used_by],
        })
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
    write("compare.html", "compare.html", models=order, data=json_script(compare_data(order)),
          names=json_script(compare_names()))
    write("licenses/index.html", "licenses.html", licenses=licenses)
    for lic in licenses:
        write(f"licenses/{lic['id']}.html", "license.html", lic=lic)
    write("methods.html", "methods.html", methods=_methods(probe_defs))
    write("downloads.html", "downloads.html", models=order)
    # data downloads and badges
    (out / "data").mkdir(exist_ok=True)
    (out / "data" / "index.json").write_text(
        json.dumps(index_document(docs, rows, tool_version=tool_version), indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    (out / "data" / "index.csv").write_text(render_csv(rows), encoding="utf-8")
    (out / "badges").mkdir(exist_ok=True)
    for v in order:
        (out / "badges" / f"{v['id']}.svg").write_text(badge_svg(v["label"]), encoding="utf-8")
        (out / "badges" / f"{v['id']}.json").write_text(shields_endpoint_json(v["label"], score=v["score"]), encoding="utf-8")
    static = out / "static"
    static.mkdir(exist_ok=True)
    src = resources.files("opengauge.formats.site").joinpath("static")
    for item in src.iterdir():
        if item.name.endswith((".css", ".js", ".svg")):
            with resources.as_file(item) as p:
                shutil.copyfile(p, static / item.name)
    return report
