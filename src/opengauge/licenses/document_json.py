"""The one builder of the `opengauge.license/1` document, as the JSON-ready dict that
`opengauge license --format json` prints and an assessment carries (`LicenseTerms.report`).

Plain dicts, no pydantic, so that `opengauge license` starts fast. The schema of the document is
the pydantic model `licenses.document.LicenseDocument`: every dict built here validates into it and
dumps back (`model_dump(mode="json", by_alias=True, exclude_unset=True)`) to the same dict, key
for key and in the same order (a test reads the whole corpus so). Keys are written in the model's
field order; a field the model has that is not written here is left unset.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from opengauge.clause import Clause
from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses.taxonomy import CLAUSE_TYPES

SCHEMA: Literal["opengauge.license/1"] = "opengauge.license/1"

FreedomStatus = Literal["granted", "not-granted", "not-stated"]


def clause_json(c: Clause) -> dict[str, Any]:
    """A clause as the document shows it (`LicenseClause`: with its plain-language name)."""
    ct = CLAUSE_TYPES.get(c.type)
    return {
        "type": c.type,
        "name": ct.name if ct else None,
        "freedom": Freedom(c.freedom).value if c.freedom is not None else None,
        "blocks_open_source": c.blocks_open_source,
        "line": c.line,
        "quote": c.quote,
        "span": list(c.span) if c.span else None,
        "document": c.document,
    }


def freedom_json(
    freedom: Freedom, status: FreedomStatus, at: tuple[int | None, str] | None = None
) -> dict[str, Any]:
    """One of the four freedoms as read from a grant (`FreedomRead`); `at`: the line and quote
    that say so (none for a freedom the text does not state)."""
    out: dict[str, Any] = {"freedom": Freedom(freedom).value, "status": status}
    if at is not None:
        out["line"], out["quote"] = at
    return out


def policy_json(document: str, id_: str | None, name: str | None) -> dict[str, Any]:
    """A use policy read together with the license (`PolicyRead`)."""
    return {"document": document, "id": id_, "name": name}


def option_json(
    *,
    label: str,
    line: int,
    end: int,
    verdict: LicenseVerdict,
    summary: str,
    blocking: Sequence[str],
    decides: bool,
) -> dict[str, Any]:
    """One option of a text that offers a choice between licences, as read (`OptionReading`)."""
    return {
        "label": label,
        "line": line,
        "end": end,
        "verdict": LicenseVerdict(verdict).value,
        "summary": summary,
        "blocking": list(blocking),
        "decides": decides,
    }


def license_json(
    *,
    verdict: LicenseVerdict,
    document: str | None,
    license_id: str | None = None,
    name: str | None = None,
    family: str | None = None,
    spdx: str | None = None,
    kind: str | None = None,
    confidence: float = 0.0,
    clauses: Sequence[Clause] = (),
    summary: str | None = None,
    governed_by: str | None = None,
    policies: Sequence[Mapping[str, Any]] = (),
    based_on: str | None = None,
    changes: Sequence[Clause] = (),
    unclassified: Sequence[Mapping[str, Any]] = (),
    disguised: Sequence[str] = (),
    freedoms: Sequence[Mapping[str, Any]] = (),
    options: Sequence[Mapping[str, Any]] = (),
    together: Sequence[str] = (),
    reaches_distilled: tuple[int | None, str] | None = None,
) -> dict[str, Any]:
    """The document of one license reading (`based_on` and `changes` are set only for a catalog
    license with clauses added, `disguised` only when the text hides words, `freedoms` only when a
    grant was read, `together` only for licences a text binds together that cover the weights,
    `reaches_distilled` only for a licence that counts distilled models among its derivatives)."""
    v = LicenseVerdict(verdict)
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "document": document,
        "license": {
            "id": license_id,
            "name": name,
            "family": family,
            "spdx": spdx,
            "kind": kind,
            "confidence": float(round(confidence, 4)),
        },
        "verdict": v.value,
        "summary": summary if summary is not None else v.words,
        "governed_by": governed_by,
        "policies": [dict(p) for p in policies],
        "clauses": [clause_json(c) for c in clauses],
    }
    if based_on is not None:
        doc["based_on"] = based_on
        doc["changes"] = [clause_json(c) for c in changes]
    if unclassified:
        doc["unclassified"] = [dict(u) for u in unclassified]
    if disguised:
        doc["disguised"] = list(disguised)
    if freedoms:
        doc["freedoms"] = [dict(f) for f in freedoms]
    if options:
        doc["options"] = [dict(o) for o in options]
    if together:
        doc["together"] = list(together)
    if reaches_distilled is not None:
        doc["reaches_distilled"] = {"line": reaches_distilled[0], "quote": reaches_distilled[1]}
    return doc
