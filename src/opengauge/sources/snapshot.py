"""Snapshots: a whole `Release` as versioned JSON (schema `opengauge.release/1`).

A snapshot records the revision/commit and retrieval time of every document, so a release
captured online can be assessed offline and reproduced later. Any command accepts `FILE.json`
as a reference. Writing is atomic (temp file + rename): a failed run leaves no partial file.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from opengauge import __version__
from opengauge.model import Release
from opengauge.sources.errors import SnapshotError
from opengauge.textio import read_regular_file

SCHEMA = "opengauge.release/1"
MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024


def snapshot_dict(release: Release) -> dict:
    return {
        "schema": SCHEMA,
        "created_at": datetime.now(UTC).isoformat(),
        "tool_version": __version__,
        "release": release.model_dump(mode="json"),
    }


def dumps(release: Release) -> str:
    return json.dumps(snapshot_dict(release), indent=2, ensure_ascii=False) + "\n"


def save_snapshot(release: Release, path: str | Path) -> Path:
    """Write the snapshot atomically; return the path."""
    target = Path(path)
    text = dumps(release)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise SnapshotError(f"{target}: cannot write the snapshot ({exc.strerror or exc})") from None
    return target


def load_snapshot(path: str | Path) -> Release:
    """Read a snapshot file; `SnapshotError` with a one-line reason when it is not one."""
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            raise SnapshotError(f"{p}: not a regular file (a FIFO, device or socket is never read)")
        size = st.st_size
        if size > MAX_SNAPSHOT_BYTES:
            raise SnapshotError(f"{p}: {size / 1e6:.0f} MB is larger than a snapshot may be")
        raw = read_regular_file(p, MAX_SNAPSHOT_BYTES + 1)
    except OSError as exc:
        raise SnapshotError(f"{p}: cannot read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SnapshotError(f"{p}: not a snapshot (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"{p}: not a snapshot (invalid JSON at line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict) or "schema" not in data:
        raise SnapshotError(f'{p}: not a snapshot (no "schema" field; expected {SCHEMA!r})')
    if data.get("schema") != SCHEMA:
        raise SnapshotError(
            f"{p}: unsupported snapshot schema {data.get('schema')!r} (this opengauge reads {SCHEMA!r})"
        )
    try:
        return Release.model_validate(data.get("release"))
    except ValidationError as exc:
        errors = exc.errors()
        where = ".".join(str(x) for x in errors[0]["loc"]) if errors else ""
        msg = errors[0]["msg"] if errors else "invalid"
        raise SnapshotError(f"{p}: invalid snapshot ({where or 'release'}: {msg})") from None
