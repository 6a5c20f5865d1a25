"""Shared, session-wide builds for the index, site and browser tests (built once per run).

Imported as `tests.og_index_support` (one module, so one cache per process) by tests/index,
tests/site, tests/browser and the serve apps of the tests (`tests/servers/fixtures.py`). Each
builder is cached, so the whole index is assessed once and each site is written once, whichever
test asks first.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

HOSTILE_NAME = '<script>window.__pwned = 1; alert("name")</script>'
HOSTILE_QUOTE = (
    "<img src=x onerror=\"window.__pwned = 2; alert('quote')\"> and </script><script>alert(3)</script>"
)


@lru_cache(maxsize=1)
def index_docs() -> tuple[Any, ...]:
    """The reviewed assessment documents (typed) of every built-in entry."""
    from opengauge.index.load import load_index
    from opengauge.index.run import assess_index

    return tuple(assess_index(load_index()))


@lru_cache(maxsize=1)
def index_json() -> tuple[dict[str, Any], ...]:
    """The same documents as written out in JSON."""
    return tuple(d.to_json() for d in index_docs())


def _tmpdir(prefix: str) -> Path:
    d = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, d, True)
    return d


@lru_cache(maxsize=1)
def built_site() -> Path:
    from opengauge.formats.site import build_site

    out = _tmpdir("og-site-") / "site"
    build_site(list(index_docs()), out, tool_version="test")
    return out


def _param(level: str, reason: str, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"level": level, "reason": reason, "evidence": evidence}


def synthetic_doc(
    model_id: str,
    *,
    name: str,
    label: str,
    quote: str,
    evidence_source: str,
    reason: str = "Stated in the card.",
    org: str = "Example Org",
) -> dict[str, Any]:
    """An `opengauge.assessment/1` document built by hand (index facts under `index`), as JSON."""
    from opengauge.frameworks.osai import LEGACY_PARAMETERS, PARAMETERS

    params = {
        p: _param("partial", reason, [{"source": evidence_source, "line": 3, "quote": quote}])
        for p in PARAMETERS
    }
    params["weights_endmodel"] = _param(
        "open", "Weights are on the Hub.", [{"source": "https://huggingface.co/example/model"}]
    )
    return {
        "schema": "opengauge.assessment/1",
        "release": {"ref": f"hf:example/{model_id}", "revision": "abc123"},
        "label": label,
        "label_reason": reason,
        "license": {
            "schema": "opengauge.license/1",
            "license": {
                "id": "example-community",
                "name": name + " License",
                "family": "example",
                "spdx": None,
                "confidence": 0.9,
            },
            "verdict": "restricted",
            "clauses": [
                {
                    "type": "user-threshold",
                    "freedom": "use",
                    "blocks_open_source": True,
                    "line": 12,
                    "quote": quote,
                    "document": evidence_source,
                }
            ],
        },
        "blocking_clauses": [
            {
                "type": "user-threshold",
                "freedom": "use",
                "line": 12,
                "quote": quote,
                "document": evidence_source,
            }
        ],
        "frameworks": {
            "osai": {
                "score": 0.5,
                "score_percent": 50.0,
                "score_convention": reason,
                "parameters": params,
                "legacy": {
                    "score": 0.5,
                    "sum": 7.0,
                    "parameters": {p: {"level": "partial", "reason": reason} for p in LEGACY_PARAMETERS},
                },
            },
            "mof": {
                "class": "III",
                "label": "Class III - Open Model",
                "progress": {"III": 100.0},
                "total_progress": 33.3,
                "components": {
                    "Model card": {
                        "id": 13,
                        "type": "document",
                        "class": "III",
                        "required": True,
                        "status": "included",
                        "license_open": True,
                        "reason": reason,
                        "license_verdict": "restricted",
                    }
                },
            },
            "osaid": {"passes": False, "missing": [reason], "checks": {"parameters": False}},
            "eu_ai_act": {"exemption_likely": False, "reasons": [reason], "disclaimer": reason},
            "g7": {"label": label, "reason": reason, "missing": [reason]},
        },
        "findings": [
            {
                "probe": "model-card",
                "level": "partial",
                "reason": reason,
                "evidence": [{"source": evidence_source}],
            }
        ],
        "index": {
            "id": model_id,
            "name": name,
            "organisation": org,
            "type": "text",
            "family": "Example",
            "checked": "2026-11-27",
            "url": evidence_source,
            "base_models": ["hf:example/base"],
            "datasets": ["example/data"],
            "code_repos": [evidence_source],
            "papers": ["2402.00838"],
        },
    }


def hostile_docs() -> list[Any]:
    """Two typed documents, one of them full of hostile values."""
    from opengauge.document import AssessmentDocument

    return [AssessmentDocument.model_validate(d) for d in _hostile_json()]


def _hostile_json() -> list[dict[str, Any]]:
    benign = synthetic_doc(
        "benign-model",
        name="Benign Model",
        label="weights-available",
        quote="You may not use the model if you have more than 700 million monthly users.",
        evidence_source="https://example.org/benign/LICENSE",
    )
    hostile = synthetic_doc(
        "hostile-model",
        name=HOSTILE_NAME,
        label="open-weights",
        quote=HOSTILE_QUOTE,
        evidence_source="javascript:window.__pwned=3;alert(4)",
        reason='<b onmouseover="alert(5)">bold</b> <a href="javascript:alert(6)">click</a>',
        org='Evil "Org" <svg onload=alert(7)>',
    )
    hostile["frameworks"]["osai"]["parameters"]["paper"]["evidence"].append(
        {"source": "data:text/html,<script>alert(8)</script>"}
    )
    hostile["frameworks"]["osai"]["parameters"]["preprint"]["evidence"].append(
        {"source": " JaVaScRiPt:alert(9)"}
    )
    hostile["index"]["base_models"] = ["hf:evil/</script><script>alert(10)</script>"]
    return [benign, hostile]


@lru_cache(maxsize=1)
def built_hostile_site() -> Path:
    from opengauge.formats.site import build_site

    out = _tmpdir("og-hostile-") / "site"
    build_site(hostile_docs(), out, tool_version="test", catalog=[], probe_defs={})
    return out
