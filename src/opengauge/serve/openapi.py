"""The OpenAPI 3.1 description of the HTTP API (served at `/api/v1/openapi.json`)."""

from __future__ import annotations

from typing import Any

from opengauge import __version__
from opengauge.serve.refs import MAX_REF

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "status", "message"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "bad-reference, not-found, private, gated, rate-limited, busy, timeout, "
                    "connection, offline, server-error, bad-response, ...",
                },
                "status": {"type": "integer"},
                "message": {"type": "string"},
                "hint": {"type": "string"},
                "retry_after": {"type": "integer", "description": "seconds (also in the Retry-After header)"},
            },
        }
    },
}


def _errors(*codes: int) -> dict[str, Any]:
    words = {
        400: "The reference is refused (not a Hub or GitHub reference, a path, too long).",
        404: "No such model, repository or license.",
        429: "This client asked too often: wait Retry-After seconds.",
        502: "The upstream server answered badly.",
        503: "Busy (the queue is full), the upstream is rate-limiting, or it cannot be reached: "
        "see Retry-After.",
        504: "The upstream server did not answer in time.",
    }
    return {
        str(c): {
            "description": words[c],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for c in codes
    }


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "opengauge",
            "version": __version__,
            "description": "How open is an AI model release? Assessments against the OSAI index, the MOF, "
            "the OSAID, the G7 labels and the EU AI Act exemption, with their evidence.",
        },
        "paths": {
            "/api/v1/assess": {
                "get": {
                    "summary": "Assess a release (or return its stored assessment)",
                    "parameters": [
                        {
                            "name": "ref",
                            "in": "query",
                            "required": True,
                            "description": "A Hub id (org/name), a Hub URL, hf:org/name[@rev], "
                            "gh:owner/repo[@ref] "
                            "or a GitHub URL. Never a path.",
                            "schema": {"type": "string", "maxLength": MAX_REF},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The opengauge.assessment/1 document.",
                            "content": {"application/json": {"schema": {"$ref": "schema/assessment"}}},
                        },
                        **_errors(400, 404, 429, 502, 503, 504),
                    },
                }
            },
            "/api/v1/index": {
                "get": {
                    "summary": "The reviewed index (opengauge.index/1): ranked rows and every document",
                    "responses": {
                        "200": {"description": "opengauge.index/1", "content": {"application/json": {}}}
                    },
                }
            },
            "/api/v1/licenses/{id}": {
                "get": {
                    "summary": "One license of the catalog: facts, verdict, clauses, models using it",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "opengauge.catalog-license/1",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/License"}}
                            },
                        },
                        **_errors(404, 429),
                    },
                }
            },
            "/api/v1/schema/assessment": {
                "get": {
                    "summary": "The JSON Schema of opengauge.assessment/1",
                    "responses": {"200": {"description": "JSON Schema", "content": {"application/json": {}}}},
                }
            },
            "/api/v1/openapi.json": {
                "get": {"summary": "This description", "responses": {"200": {"description": "OpenAPI 3.1"}}}
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness and a few counters",
                    "responses": {
                        "200": {"description": "{status: ok, ...}", "content": {"application/json": {}}}
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Error": _ERROR,
                "License": {
                    "type": "object",
                    "required": ["schema", "id", "name", "verdict", "clauses"],
                    "properties": {
                        "schema": {"const": "opengauge.catalog-license/1"},
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "kind": {"type": "string"},
                        "family": {"type": "string"},
                        "spdx": {"type": ["string", "null"]},
                        "osi": {"type": "boolean"},
                        "url": {"type": ["string", "null"]},
                        "summary": {"type": "string"},
                        "verdict": {"type": "string"},
                        "use_policy": {"type": ["string", "null"]},
                        "clauses": {"type": "array", "items": {"type": "object"}},
                        "used_by": {"type": "array", "items": {"type": "object"}},
                    },
                },
            }
        },
    }


__all__ = ["openapi_document"]
