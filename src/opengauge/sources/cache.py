"""A small on-disk cache of API JSON responses (Hub model/dataset info, GitHub responses).

Hub *files* live in the Hub's own cache layout under `<cache>/hub`; this cache holds what the
Hub library does not cache: the JSON of API calls, keyed by endpoint + request. Entries are
written atomically. Online, an entry older than the TTL is refetched; offline, any entry is used;
`--refresh` skips reading (but still writes).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from opengauge.sources.settings import Settings

_MISS = object()


def _path(settings: Settings, key: str) -> Path:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return settings.api_cache / digest[:2] / f"{digest}.json"


def cache_key(*parts: object, token: str | None = None) -> str:
    # Responses seen with a token may show more than anonymous ones: keep them apart.
    who = hashlib.sha256(token.encode()).hexdigest()[:12] if token else "anon"
    return "\x1f".join([who, *[str(p) for p in parts]])


def get(settings: Settings, key: str) -> Any:
    """`(value, stored_at: datetime)` from the cache, or a miss (test it with `is_miss`)."""
    if settings.refresh:
        return _MISS
    path = _path(settings, key)
    try:
        with path.open("r", encoding="utf-8") as fh:
            entry = json.load(fh)
    except (OSError, ValueError):
        return _MISS
    if not isinstance(entry, dict) or entry.get("key") != key:
        return _MISS
    if not settings.offline and time.time() - float(entry.get("stored", 0)) > settings.cache_ttl:
        return _MISS
    stored = datetime.fromtimestamp(float(entry.get("stored", 0)), tz=UTC)
    return entry.get("value"), stored


def put(settings: Settings, key: str, value: Any) -> datetime:
    """Store `value`; return the time it was stored (the retrieval time callers record)."""
    now = time.time()
    path = _path(settings, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # dumps (C encoder) then write: json.dump streams through the slow pure-Python encoder
            entry = {"key": key, "stored": now, "value": value}
            fh.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs requests
    return datetime.fromtimestamp(now, tz=UTC)


def is_miss(value: Any) -> bool:
    return value is _MISS
