"""Sources: turn a reference (a Hub id, a GitHub repo, a folder, a snapshot file) into a `Release`.

Public API for the other layers:

    from opengauge.sources import resolve, load_snapshot, save_snapshot, SourceError

`resolve("hf:org/name")` returns a `Release` (facts only) with its base-model lineage;
every fault raises a `SourceError` subclass carrying a distinct exit code (see `errors.py`).
"""

from opengauge.sources.errors import GATED_PROBLEM, SourceError
from opengauge.sources.interface import DEFAULT_LINEAGE_DEPTH, fetch_lineage, resolve
from opengauge.sources.refs import Ref, parse_ref
from opengauge.sources.snapshot import SCHEMA, dumps, load_snapshot, save_snapshot, snapshot_dict


def gated_without_access(release) -> bool:
    """True when the release is gated and its files could not be read (public metadata only)."""
    return any(p.startswith(GATED_PROBLEM) for p in release.problems)


__all__ = [
    "DEFAULT_LINEAGE_DEPTH",
    "GATED_PROBLEM",
    "SCHEMA",
    "Ref",
    "SourceError",
    "dumps",
    "fetch_lineage",
    "gated_without_access",
    "load_snapshot",
    "parse_ref",
    "resolve",
    "save_snapshot",
    "snapshot_dict",
]
