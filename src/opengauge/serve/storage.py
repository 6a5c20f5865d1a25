"""The store as a server process uses it: short-lived connections, retried while another process
holds the file.

DuckDB lets one process at a time open a file for writing (and a read-only open fails while a
writer holds it), so a worker never keeps the store open: each read or write opens it, does one
transaction and closes it, and retries with backoff for up to `wait` seconds while another worker
holds the lock. Within a process one lock serialises the opens. A read that cannot get the file in
time is a miss (the release is read again); a write that cannot is dropped with a warning (the
assessment is still served from memory).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from opengauge.store import Record, Store, StoreError

log = logging.getLogger("opengauge.serve")
T = TypeVar("T")


class ServeStorage:
    """Reads and writes of one store file for a server process."""

    def __init__(self, path: Path, *, wait: float = 5.0) -> None:
        self.path = path
        self.wait = wait
        self._lock = threading.Lock()
        self.opens = 0

    def _with(self, fn: Callable[[Store], T], *, read_only: bool) -> T:
        deadline = time.monotonic() + self.wait
        delay = 0.005
        while True:
            try:
                with self._lock:
                    self.opens += 1
                    with Store.open(self.path, read_only=read_only) as st:
                        return fn(st)
            except StoreError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() + delay > deadline:
                    raise  # not another process holding the file, or held too long
                time.sleep(delay)
                delay = min(delay * 2, 0.2)

    def check(self) -> None:
        """Open the store once (creating it if new): a file that is not a store fails at start, not
        on every request."""
        self._with(lambda st: st.count(), read_only=False)

    def latest(self, key: str) -> tuple[dict[str, Any], datetime] | None:
        """The newest stored document of `key` (an assessment, not a failure) and when it was made."""
        if not self.path.exists():
            return None

        def read(st: Store) -> tuple[dict[str, Any], datetime] | None:
            rows = st.query(
                "SELECT document, assessed_at FROM assessments WHERE key = ? AND document IS NOT NULL "
                "AND error IS NULL ORDER BY assessed_at DESC LIMIT 1",
                [key],
            )
            if not rows:
                return None
            doc, at = rows[0]["document"], rows[0]["assessed_at"]
            at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
            return (json.loads(doc) if isinstance(doc, str) else doc), at

        try:
            return self._with(read, read_only=True)
        except StoreError as exc:
            log.warning("store read skipped: %s", exc)
            return None

    def save(self, record: Record) -> bool:
        """Write (replace) one assessment; False when the store could not be written."""
        try:
            self._with(lambda st: st.write([record], replace=True), read_only=False)
            return True
        except StoreError as exc:
            log.warning("store write skipped: %s", exc)
            return False


__all__ = ["ServeStorage"]
