"""Copies on the Hub: one assessment shared by the rows of a dump whose content is the same.

Mirrors and re-uploads (`someone/Llama-3-8B-Instruct` copying `meta-llama/Llama-3-8B-Instruct`'s card
and files) differ from each other only by their owner, revision and dates. Such rows are judged once:
the first is assessed under a stand-in owner and revision (tokens that occur in no text), and every
row of the same content gets that record with its own owner, revision, reference and time put back.

Only where the result provably cannot depend on who owns the row:

- the content key holds every column the release is built from except the owner, the revision and
  the dates (the card, `cardData`, tags, gating, pipeline tag, files...), and the repository's *name*
  (a model's name words and the size in its name are read by probes), and whether it has a revision;
- the row's text never names its own owner (`owner/` anywhere in the content): no base model, link or
  statement can then be the owner's own, so publisher comparisons and self-references come out the
  same under the stand-in;
- the row is not among the names its base-model chain visited (a cycle back to itself stops the
  chain differently), and no other row names it as a base model (its assessment is kept for them);
- the template's output holds the tokens only as written (never lower-cased).

A row that fails any test is assessed the plain way. `tests/audit` checks shared against plain on
rows that are copies, that name themselves, that share an owner with their base, and that cycle.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter

from opengauge.audit.metadata import _time, model_id, revision_of
from opengauge.store import Record

#: Row columns that say who and when, not what: left out of the content key.
IDENTITY_COLUMNS = frozenset(
    {
        "modelId",
        "id",
        "model_id",
        "author",
        "sha",
        "revision",
        "last_modified",
        "lastModified",
        "createdAt",
        "downloads",
        "likes",
    }
)
_NONCE = secrets.token_hex(6)
#: The stand-in owner and revision: they occur in no text (a random nonce per process), and have an
#: upper-case letter so a lower-cased use of them is seen.
OWNER = f"OgTwin{_NONCE}"
REVISION = f"OgRev{_NONCE}"
_OWNER, _REVISION = OWNER.encode("ascii"), REVISION.encode("ascii")
_CREATED_KEY = b'"created_at":'
_TIME = TypeAdapter(datetime)
# `_lower_count` counts on UTF-8 bytes lowered as ASCII: the count `str.lower()` gives, for tokens
# whose lower case is ASCII letters and digits, holds no `k` (the Kelvin sign lowers to it) and does
# not end in `i` (`İ` lowers to `i` and a combining dot), since no other character lowers to an ASCII
# letter or digit (tests/audit/test_twins.py checks every code point).
assert all(
    t.lower().isascii() and t.lower().isalnum() and "k" not in t.lower() and not t.lower().endswith("i")
    for t in (OWNER, REVISION)
)


@dataclass(frozen=True)
class Template:
    """A record made under the stand-in owner, and the base-model names its chain visited."""

    record: Record
    visited: frozenset[str]
    created: bytes
    """The record's `created_at` as its document writes it."""


def owner_and_name(row: Mapping[str, Any]) -> tuple[str, str] | None:
    mid = model_id(row)
    if mid is None or mid.count("/") != 1:
        return None
    owner, name = mid.split("/")
    return (owner, name) if owner and name else None


def content_key(row: Mapping[str, Any], endpoint: str) -> tuple[str, str] | None:
    """(key, lower-cased content) of a row: what every row with the same assessment shares; None when
    the row cannot be shared (no `owner/name` id, or content that names its own owner)."""
    ids = owner_and_name(row)
    if ids is None:
        return None
    owner, name = ids
    content = {k: v for k, v in row.items() if k not in IDENTITY_COLUMNS}
    text = json.dumps(
        [name, bool(revision_of(row)), endpoint, content],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    lowered = text.lower()
    if f"{owner.lower()}/" in lowered or OWNER.lower() in lowered or REVISION.lower() in lowered:
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), lowered


def stand_in(row: Mapping[str, Any]) -> dict[str, Any]:
    """The row under the stand-in owner and revision (same content, same dates)."""
    ids = owner_and_name(row)
    assert ids is not None
    out = {k: v for k, v in row.items() if k not in ("modelId", "id", "model_id", "sha", "revision")}
    out["modelId"] = f"{OWNER}/{ids[1]}"
    if revision_of(row):
        out["sha"] = REVISION
    return out


def _created(text: bytes) -> bytes | None:
    """The top-level `created_at` value of a document's JSON text (it follows the findings, so the
    last occurrence of the key is the document's own)."""
    at = text.rfind(_CREATED_KEY)
    if at < 0:
        return None
    start = at + len(_CREATED_KEY)
    end = text.find(b",", start) if text.find(b",", start) >= 0 else text.find(b"}", start)
    return text[start:end]


def _lower_count(lowered: bytes, token: str) -> int:
    """`text.lower().count(token.lower())`, given `lowered`, the text's UTF-8 bytes lowered as ASCII
    (`bytes.lower`, far cheaper than `str.lower` on a non-ASCII text); equal for the stand-in tokens
    (see the assertion above)."""
    return lowered.count(token.lower().encode("ascii"))


def template(record: Record, visited: set[str]) -> Template | None:
    """The template of a record made from `stand_in(row)` (its document as UTF-8 JSON bytes, as
    `record_from_document` writes it); None when it cannot serve other rows (an error, or the stand-in
    written in another case)."""
    doc = record.document
    if record.error is not None or not isinstance(doc, bytes):
        return None
    # the tokens are ASCII, so counting their UTF-8 bytes counts them in the text
    lowered = doc.lower()
    if _lower_count(lowered, OWNER) != doc.count(_OWNER) or _lower_count(lowered, REVISION) != doc.count(
        _REVISION
    ):
        return None
    created = _created(doc)
    if created is None:
        return None
    return Template(record, frozenset(visited), created)


def _json_inner(value: str) -> bytes:
    """`value` as it stands inside a JSON string, in UTF-8."""
    return json.dumps(value, ensure_ascii=False)[1:-1].encode()


def record_for(
    tpl: Template, row: Mapping[str, Any], key: str, revision: str, now: datetime
) -> Record | None:
    """The template's record for one row of the same content; None when the row's chain would differ
    (its own id is among the names the template's chain visited)."""
    ids = owner_and_name(row)
    mid = model_id(row)
    if ids is None or mid is None or mid.lower() in tpl.visited:
        return None
    owner = ids[0]
    rev = revision_of(row) or None
    doc = tpl.record.document
    assert isinstance(doc, bytes)
    created = _TIME.dump_json(now)
    if created != tpl.created:
        at = doc.rfind(_CREATED_KEY + tpl.created)
        doc = doc[:at] + _CREATED_KEY + created + doc[at + len(_CREATED_KEY + tpl.created) :]
    doc = doc.replace(_OWNER, _json_inner(owner))
    if rev is not None:
        doc = doc.replace(_REVISION, _json_inner(rev))
    r = tpl.record
    return replace(
        r,
        key=key,
        revision=revision,
        commit=rev,
        ref=r.ref.replace(OWNER, owner),
        retrieved_at=_time(row.get("last_modified") or row.get("lastModified")),
        assessed_at=now,
        document=doc,
    )
