"""View models of the site's pages, built from typed assessment documents and catalog entries:
plain dicts of display-ready values (every string capped, every link checked) for the templates."""

from __future__ import annotations

import re
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.formats.site.safety import capped, safe_url, slug, url_host
from opengauge.frameworks import FRAMEWORKS
from opengauge.frameworks.osai import PARAMETER_NAMES, PARAMETERS
from opengauge.index.table import worst_clauses
from opengauge.licenses import LicenseEntry
from opengauge.licenses.document import LicenseClause
from opengauge.licenses.facts import entry_verdict
from opengauge.licenses.taxonomy import CLAUSE_TYPES
from opengauge.model import Evidence, Label, Level, LicenseVerdict
from opengauge.probes.definitions import ProbeDefinition


def level_class(level: Any) -> str:
    lv = str(level or "unknown")
    return lv if lv in ("open", "partial", "closed") else "unknown"


def label_class(label: Label) -> str:
    if label.is_open_source:
        return "open"
    if label in (Label.OPEN_WEIGHTS, Label.WEIGHTS_AVAILABLE):
        return "partial"
    return "closed" if label is Label.CLOSED else "unknown"


def verdict_class(verdict: LicenseVerdict) -> str:
    if verdict.is_open:
        return "open"
    if verdict in (LicenseVerdict.NON_COMMERCIAL, LicenseVerdict.RESEARCH_ONLY):
        return "closed"
    return "unknown" if verdict is LicenseVerdict.UNKNOWN else "partial"


def score_class(score: float | None) -> str:
    if score is None:
        return "unknown"
    return "open" if score >= 75 else "partial" if score >= 40 else "closed"


def mof_class_css(mof: str | None) -> str:
    return {"I": "open", "II": "open", "III": "partial"}.get(
        str(mof), "closed" if mof in (None, "none", "") else "unknown"
    )


def _evidence_list(items: list[Evidence]) -> list[dict[str, Any]]:
    out = []
    for e in items[:8]:
        src = capped(e.source, 400)
        url = safe_url(src)
        out.append(
            {
                "source": src,
                "url": url,
                "host": url_host(url),
                "line": e.line,
                "quote": capped(e.quote, 400) or None,
                "note": capped(e.note, 300) or None,
            }
        )
    return out


def _clause_view(c: LicenseClause) -> dict[str, Any]:
    ct = CLAUSE_TYPES.get(c.type)
    return {
        "type": capped(c.type, 80),
        "name": ct.name if ct else c.type,
        "explanation": ct.explanation if ct else "",
        "freedom": capped(c.freedom, 20),
        "blocks": bool(c.blocks_open_source),
        "line": c.line,
        "quote": capped(c.quote, 600),
        "document": capped(c.document, 300) or None,
        "document_url": safe_url(c.document),
    }


def _hub_url(ref: str) -> str | None:
    return safe_url("https://huggingface.co/" + ref[3:]) if ref.startswith("hf:") else safe_url(ref)


def model_view(doc: AssessmentDocument, probe_defs: dict[str, ProbeDefinition]) -> dict[str, Any]:
    """Everything the model page shows."""
    meta = doc.index
    mid = slug(meta.id if meta else doc.release.ref)
    label = doc.label
    osai = doc.frameworks.osai
    params = []
    for p in PARAMETERS:
        cell = osai.parameters[p]
        review = cell.review
        params.append(
            {
                "key": p,
                "name": PARAMETER_NAMES[p],
                "level": level_class(cell.level),
                "reason": capped(cell.reason),
                "evidence": _evidence_list(cell.evidence),
                "review": {**review.model_dump(), "url": safe_url(review.evidence)} if review else None,
                "automated": {
                    "level": level_class(cell.automated.level),
                    "reason": capped(cell.automated.reason),
                }
                if cell.automated
                else None,
                "overridden": bool(cell.overridden),
                "changed": bool(cell.changed_by_review),
            }
        )
    lic = doc.license
    from_catalog = not lic.clauses
    clauses = [_clause_view(c) for c in (lic.catalog_clauses if from_catalog else lic.clauses)]
    mof = doc.frameworks.mof
    components = []
    for name, c in mof.components.items():
        components.append(
            {
                "name": capped(name, 80),
                "status": capped(c.status, 40),
                "status_css": {"included": "open", "missing": "closed"}.get(
                    c.status, "partial" if c.status in ("invalid", "unlicensed") else "unknown"
                ),
                "license_ok": c.license_open,
                "license": capped(c.license, 80) or None,
                "klass": capped(c.class_, 10),
                "reason": capped(c.reason, 400),
            }
        )
    osaid, eu, g7 = doc.frameworks.osaid, doc.frameworks.eu_ai_act, doc.frameworks.g7
    remediation = []
    seen: set[str] = set()
    for f in doc.findings:
        if f.level is Level.OPEN or f.probe in seen:
            continue
        d = probe_defs.get(f.probe)
        if d is None:
            continue
        seen.add(f.probe)
        remediation.append(
            {
                "probe": f.probe,
                "short": d.short,
                "effort": d.remediation.effort,
                "text": d.remediation.text,
                "level": level_class(f.level),
            }
        )
    why = doc.label_reason or g7.reason or label.meaning
    missing = [] if doc.label_review else g7.missing
    lineage = [{"ref": str(b), "url": _hub_url(str(b))} for b in (meta.base_models if meta else [])]
    score = osai.score_percent
    return {
        "id": mid,
        "name": capped(meta.name if meta else mid, 200),
        "organisation": capped(meta.organisation if meta else "", 200),
        "type": capped(meta.type if meta else "", 40),
        "family": capped(meta.family if meta else "", 80),
        "released": meta.released if meta else None,
        "checked": meta.checked if meta else None,
        "url": safe_url(meta.url if meta else None),
        "ref": capped(doc.release.ref, 300),
        "revision": capped(doc.release.revision, 80) or None,
        "label": label,
        "label_text": label.text,
        "label_class": label_class(label),
        "why": capped(why),
        "label_missing": [capped(m, 300) for m in missing if m][:10],
        "label_automated": doc.label_automated,
        "label_review": doc.label_review.model_dump() if doc.label_review else None,
        "label_reason_automated": capped(doc.label_reason_automated) or None,
        "label_review_url": safe_url(doc.label_review.evidence) if doc.label_review else None,
        "score": score,
        "score_class": score_class(score),
        "score_automated": round(osai.score_automated * 100, 1) if osai.score_automated is not None else None,
        "params": params,
        "license": {
            "id": lic.license.id,
            "name": capped(lic.license.name or lic.license.id or "unknown", 200),
            "spdx": lic.license.spdx,
            "family": lic.license.family,
            "verdict": str(lic.verdict),
            "verdict_class": verdict_class(lic.verdict),
            "has_page": False,
        },
        "clauses": clauses,
        "clauses_from_catalog": from_catalog and bool(clauses),
        "worst": [capped(t, 80) for t in worst_clauses(doc)],
        "mof": {
            "class": mof.class_,
            "css": mof_class_css(mof.class_),
            "components": components,
            "missing": [capped(m, 300) for m in mof.missing_for_next_class if m][:20],
        },
        "osaid": {"passes": osaid.passes, "missing": [capped(m, 300) for m in osaid.missing if m][:20]},
        "eu": {"likely": eu.exemption_likely, "reasons": [capped(m, 300) for m in eu.reasons if m][:20]},
        "lineage": lineage,
        "remediation": remediation,
        "reviews": [r.model_dump() for r in doc.reviews],
        "datasets": [capped(d, 200) for d in (meta.datasets if meta else [])],
        "code_repos": [
            {"url": safe_url(u), "text": capped(u, 300)} for u in (meta.code_repos if meta else [])
        ],
        "papers": [
            {
                "text": capped(p, 300),
                "url": safe_url(p)
                or (
                    safe_url(f"https://arxiv.org/abs/{p}") if re.match(r"^\d{4}\.\d{4,5}$", str(p)) else None
                ),
            }
            for p in (meta.papers if meta else [])
        ],
        "attribution": bool(doc.attribution),
        "problems": [capped(p, 300) for p in doc.release.problems][:10],
    }


def compare_data(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The compact per-model data the compare page's script reads."""
    return [
        {
            "id": v["id"],
            "name": v["name"],
            "organisation": v["organisation"],
            "label": v["label_text"],
            "label_class": v["label_class"],
            "score": v["score"],
            "score_class": v["score_class"],
            "mof": v["mof"]["class"] or "none",
            "mof_class": v["mof"]["css"],
            "osaid": {True: "passes", False: "fails"}.get(v["osaid"]["passes"], "unknown"),
            "eu": {True: "likely", False: "unlikely"}.get(v["eu"]["likely"], "unknown"),
            "license": v["license"]["name"],
            "verdict": v["license"]["verdict"],
            "verdict_class": v["license"]["verdict_class"],
            "params": {p["key"]: p["level"] for p in v["params"]},
        }
        for v in views
    ]


def license_views(catalog: list[LicenseEntry], models: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One view per catalog license: its facts, its clauses as read in the models that use it
    (else the catalog's clause types), and those models."""
    out = []
    ids: set[str] = set()
    for e in catalog:
        eid = slug(e.id)
        if eid in ids:
            continue
        ids.add(eid)
        used_by = [v for v in models if v["license"]["id"] == e.id]
        seen_types: dict[str, dict[str, Any]] = {}
        for v in used_by:
            for c in v["clauses"]:
                seen_types.setdefault(c["type"], c)
        for t in e.clauses:
            if t not in seen_types:
                ct = CLAUSE_TYPES.get(t)
                seen_types[t] = {
                    "type": t,
                    "name": ct.name if ct else t,
                    "explanation": ct.explanation if ct else "",
                    "freedom": "",
                    "blocks": None,
                    "line": None,
                    "quote": "",
                }
        verdict = entry_verdict(e)
        out.append(
            {
                "id": eid,
                "name": capped(e.name, 200),
                "kind": e.kind,
                "family": e.family,
                "spdx": e.spdx,
                "osi": e.osi_approved,
                "url": safe_url(e.url),
                "summary": capped(e.summary, 2000),
                "verdict": str(verdict),
                "verdict_class": verdict_class(verdict),
                "use_policy": e.use_policy,
                "clauses": list(seen_types.values()),
                "used_by": [{"id": v["id"], "name": v["name"]} for v in used_by],
            }
        )
    return out


def methods_view(probe_defs: dict[str, ProbeDefinition]) -> dict[str, Any]:
    """The methods page: every probe definition and every framework's summary (its module docstring)."""
    import inspect

    probes = [
        {
            "id": d.id,
            "short": d.short,
            "question": d.question,
            "motivation": d.motivation,
            "implementation": d.implementation,
            "outcomes": dict(d.outcomes),
            "effort": d.remediation.effort,
            "remediation": d.remediation.text,
            "frameworks": list(d.frameworks),
            "decides": [r.model_dump() for r in d.decides],
            "differs": d.differs,
        }
        for d in probe_defs.values()
    ]
    frameworks = []
    for fid, fn in FRAMEWORKS.items():
        module = inspect.getmodule(fn)
        text = " ".join((getattr(module, "__doc__", None) or "").split())
        if text:
            frameworks.append({"id": fid, "summary": text})
    return {
        "probes": probes,
        "frameworks": frameworks,
        "param_names": {p: PARAMETER_NAMES[p] for p in PARAMETERS},
    }
