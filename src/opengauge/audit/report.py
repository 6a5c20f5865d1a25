"""`opengauge audit report`: what a store says about the releases in it.

Every figure counts the latest stored assessment of each release (by reference). Sections: labels,
license verdicts, the most common blocking clauses, license laundering, models that say "open
source" but are not, and the largest families by derivatives. Rendered as text, Markdown, JSON
(`opengauge.audit-report/1`) or one self-contained HTML page (inline SVG charts, each with its
table; every value from a repo is escaped by Jinja2's autoescaping).
"""

from __future__ import annotations

import json
from typing import Any

from opengauge.licenses.facts import verdict_for_id
from opengauge.model import Label, LicenseVerdict
from opengauge.store import Store

SCHEMA = "opengauge.audit-report/1"
_LATEST = (
    "(SELECT * FROM assessments WHERE error IS NULL "
    "QUALIFY row_number() OVER (PARTITION BY lower(ref) ORDER BY assessed_at DESC, revision DESC) = 1)"
)
_NOT_OPEN = ("weights-available", "closed")
_COMPARABLE = {
    LicenseVerdict.OSI_OPEN,
    LicenseVerdict.OPEN_NON_OSI,
    LicenseVerdict.RESTRICTED,
    LicenseVerdict.NON_COMMERCIAL,
    LicenseVerdict.RESEARCH_ONLY,
}


def _freer(declared: LicenseVerdict, base: LicenseVerdict) -> bool:
    """The declared terms are freer than terms that are not open (restricted or worse)."""
    return declared in _COMPARABLE and base in _COMPARABLE and not base.is_open and declared.rank < base.rank


def laundering(store: Store, top: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """Models whose declared license is freer than a base model's: (count, the first `top`), each
    with the chain from the model to that base model and both licenses. The base model compared is
    the most restrictive one of the chain."""
    rows = store.con.execute(
        f"SELECT ref, declared_license, declared_verdict, lineage, lineage_licenses FROM {_LATEST} "
        "WHERE declared_verdict IS NOT NULL AND len(lineage) > 0 ORDER BY ref"
    ).fetchall()
    found = []
    for ref, declared, dverdict, lineage, licenses in rows:
        d = LicenseVerdict(dverdict)
        worst: tuple[int, LicenseVerdict, str] | None = None
        for i, lic in enumerate(licenses or []):
            v = verdict_for_id(lic) if lic else LicenseVerdict.UNKNOWN
            if _freer(d, v) and (worst is None or v.rank > worst[1].rank):
                worst = (i, v, lic)
        if worst is None:
            continue
        i, v, lic = worst
        found.append(
            {
                "model": ref,
                "license": declared,
                "verdict": str(d),
                "base_model": lineage[i],
                "base_license": lic,
                "base_verdict": str(v),
                "chain": [ref, *lineage[: i + 1]],
            }
        )
    return len(found), found[:top] if top else found


def build_report(store: Store, *, top: int = 20) -> dict[str, Any]:
    con = store.con

    def pairs(sql: str) -> list[list[Any]]:
        return [list(r) for r in con.execute(sql).fetchall()]

    totals = con.execute(
        "SELECT count(*), count(DISTINCT lower(ref)), count(*) FILTER (WHERE error IS NOT NULL) "
        "FROM assessments"
    ).fetchone() or (0, 0, 0)
    releases = (con.execute(f"SELECT count(*) FROM {_LATEST}").fetchone() or (0,))[0]
    labels = dict(pairs(f"SELECT label, count(*) FROM {_LATEST} GROUP BY 1"))
    label_rows = [[str(lab), labels.get(str(lab), 0)] for lab in Label if labels.get(str(lab))]
    verdicts = pairs(f"SELECT license_verdict, count(*) n FROM {_LATEST} GROUP BY 1 ORDER BY n DESC, 1")
    clauses = pairs(
        f"SELECT c, count(*) n FROM (SELECT unnest(blocking_clauses) c FROM {_LATEST}) GROUP BY c "
        f"ORDER BY n DESC, c LIMIT {int(top)}"
    )
    with_blocking = (
        con.execute(f"SELECT count(*) FROM {_LATEST} WHERE len(blocking_clauses) > 0").fetchone() or (0,)
    )[0]
    n_laundering, laundered = laundering(store, top)
    claims = con.execute(
        f"SELECT count(*) FILTER (WHERE claims_open_source), "
        f"count(*) FILTER (WHERE claims_open_source AND label IN {_NOT_OPEN}), "
        f"count(*) FILTER (WHERE claims_open_source AND label = 'undetermined') FROM {_LATEST}"
    ).fetchone() or (0, 0, 0)
    claim_rows = [
        {"model": r[0], "label": r[1], "license": r[2], "verdict": r[3]}
        for r in con.execute(
            f"SELECT ref, label, license_id, license_verdict FROM {_LATEST} "
            f"WHERE claims_open_source AND label IN {_NOT_OPEN} ORDER BY ref LIMIT {int(top)}"
        ).fetchall()
    ]
    families = [
        {"family": r[0], "derivatives": r[1], "direct": r[2]}
        for r in con.execute(
            f"WITH l AS (SELECT * FROM {_LATEST} WHERE len(lineage) > 0) "
            "SELECT lineage[-1] root, count(*) n, count(*) FILTER (WHERE len(lineage) = 1) d FROM l "
            f"GROUP BY root ORDER BY n DESC, root LIMIT {int(top)}"
        ).fetchall()
    ]
    return {
        "schema": SCHEMA,
        "store": str(store.path),
        "rows": totals[0],
        "releases": releases,
        "errors": totals[2],
        "labels": label_rows,
        "verdicts": verdicts,
        "blocking_clauses": clauses,
        "with_blocking_clauses": with_blocking,
        "laundering": {"count": n_laundering, "models": laundered},
        "open_source_claims": {
            "claims": claims[0],
            "not_open": claims[1],
            "undetermined": claims[2],
            "models": claim_rows,
        },
        "families": families,
    }


def _pct(n: int, total: int) -> str:
    return f"{n / total * 100:.1f}%" if total else "-"


def render(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        return render_html(report)
    return render_text(report, markdown=fmt == "markdown")


def _table(headers: list[str], rows: list[list[Any]], markdown: bool) -> list[str]:
    cells = [[str(c) for c in r] for r in rows]
    if markdown:
        esc = [[c.replace("|", "\\|") for c in r] for r in cells]
        out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        return out + ["| " + " | ".join(r) + " |" for r in esc] + [""]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return [line, "-" * len(line), *body, ""]


def render_text(r: dict[str, Any], *, markdown: bool = False) -> str:
    h1, h2 = ("# ", "## ") if markdown else ("", "")
    total = r["releases"]
    out = [
        f"{h1}opengauge audit report",
        "",
        f"{total} releases ({r['rows']} stored assessments, {r['errors']} could not be assessed); "
        "each release counted once, by its latest assessment.",
        "",
        f"{h2}Labels",
        "",
    ]
    out += _table(["label", "releases", "share"], [[k, n, _pct(n, total)] for k, n in r["labels"]], markdown)
    out += [f"{h2}License verdicts", ""]
    out += _table(
        ["verdict", "releases", "share"], [[k, n, _pct(n, total)] for k, n in r["verdicts"]], markdown
    )
    out += [
        f"{h2}Most common clauses that block open source",
        "",
        f"{r['with_blocking_clauses']} releases ({_pct(r['with_blocking_clauses'], total)}) "
        "have at least one.",
        "",
    ]
    out += _table(["clause", "releases"], r["blocking_clauses"], markdown)
    lau = r["laundering"]
    out += [
        f"{h2}License laundering",
        "",
        f"{lau['count']} releases declare a license freer than one of their base models'.",
        "",
    ]
    out += _table(
        ["model", "declares", "base model", "base license", "chain"],
        [
            [
                m["model"],
                f"{m['license']} ({m['verdict']})",
                m["base_model"],
                f"{m['base_license']} ({m['base_verdict']})",
                " -> ".join(m["chain"]),
            ]
            for m in lau["models"]
        ],
        markdown,
    )
    c = r["open_source_claims"]
    out += [
        f'{h2}Says "open source" but is not',
        "",
        f"{c['claims']} releases call themselves open source (card text or tags); {c['not_open']} of them "
        f"({_pct(c['not_open'], c['claims'])}) are weights-available or closed, and {c['undetermined']} "
        "could not be decided.",
        "",
    ]
    out += _table(
        ["model", "label", "license", "verdict"],
        [[m["model"], m["label"], m["license"] or "-", m["verdict"]] for m in c["models"]],
        markdown,
    )
    out += [f"{h2}Largest families by derivatives", ""]
    out += _table(
        ["family (root model)", "derivatives", "direct"],
        [[f["family"], f["derivatives"], f["direct"]] for f in r["families"]],
        markdown,
    )
    text = "\n".join(out)
    return _clean(text) + "\n"


def _clean(text: str) -> str:
    """No control or bidi characters from a repo reach the terminal or the Markdown."""
    import re

    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", " ", text)


def _bars(rows: list[list[Any]], width: int = 420) -> dict[str, Any]:
    top = max((int(n) for _, n in rows), default=0) or 1
    bars = [
        {"name": str(k), "n": int(n), "y": i * 22, "w": max(1.0, int(n) / top * width)}
        for i, (k, n) in enumerate(rows)
    ]
    return {"bars": bars, "height": max(22, len(bars) * 22), "width": width}


def render_html(report: dict[str, Any]) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("opengauge.audit", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
    )
    charts = {
        "labels": _bars(report["labels"]),
        "verdicts": _bars(report["verdicts"]),
        "clauses": _bars(report["blocking_clauses"]),
        "families": _bars([[f["family"], f["derivatives"]] for f in report["families"]]),
    }
    return env.get_template("report.html").render(r=report, charts=charts, pct=_pct)
