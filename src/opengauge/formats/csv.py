"""CSV output: one row per assessment (label, OSAI parameters and score, MOF class, OSAID, EU AI Act)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from opengauge.document import AssessmentDocument
from opengauge.escape import spreadsheet_cell
from opengauge.frameworks.osai import PARAMETERS

COLUMNS = [
    "ref",
    "revision",
    "label",
    "osai_score",
    *PARAMETERS,
    "mof_class",
    "osaid_passes",
    "eu_exemption_likely",
    "license_id",
    "license_verdict",
    "blocking_clauses",
]


def row(doc: AssessmentDocument) -> dict[str, str]:
    fw = doc.frameworks
    out: dict[str, Any] = {
        "ref": doc.release.ref,
        "revision": doc.release.revision,
        "label": doc.label,
        "osai_score": f"{fw.osai.score:.4f}",
        **{k: fw.osai.parameters[k].level for k in PARAMETERS},
        "mof_class": fw.mof.class_ or "",
        "osaid_passes": str(fw.osaid.passes).lower(),
        "eu_exemption_likely": str(fw.eu_ai_act.exemption_likely).lower(),
        "license_id": doc.license.license.id,
        "license_verdict": doc.license_verdict,
        "blocking_clauses": ";".join(sorted({c.type for c in doc.blocking_clauses})),
    }
    return {k: spreadsheet_cell(v) for k, v in out.items()}


def render_csv(documents: Sequence[AssessmentDocument]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for doc in documents:
        writer.writerow(row(doc))
    return buf.getvalue()
