"""`opengauge index --refresh`: re-read every built-in entry's release online, through the audit
machinery and into the store, and show per model what changed since the entry's snapshot.

Each entry whose release lives online (`hf:` or `gh:`) becomes one audit row at `--depth full`,
keyed `refresh:<entry id>` at the date of the refresh (UTC, `YYYY-MM-DD`): a refresh killed midway
continues where it stopped when run again the same day, and a refresh on a later day reads every
release again. The comparison is automated against automated (the entry's snapshot assessed
without its reviews, the live release as `assess` would judge it), so what moved is the release,
not a reviewer's judgment; reviews still apply to the index until an entry is updated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opengauge.audit.diff import Side, diff_documents
from opengauge.audit.sources import RowSource
from opengauge.audit.work import Item
from opengauge.index.entry import IndexEntry
from opengauge.store import Store

#: Release sources that can be read online again.
ONLINE = ("hf:", "gh:", "github:")
ORIGIN = "refresh"


def refresh_key(entry: IndexEntry) -> str:
    return f"refresh:{entry.id}"


def online_ref(entry: IndexEntry) -> str | None:
    """The entry's release reference without its pinned revision (the live one is read), or None
    when the release is not online (a folder or a snapshot file)."""
    ref = entry.release.ref
    if not ref.startswith(ONLINE):
        return None
    return ref.split("@", 1)[0]


class RefreshSource(RowSource):
    """One row per online index entry: `{"ref": <its reference>}`, keyed `refresh:<id>` at `stamp`."""

    kind = "refresh"
    has_rows = False

    def __init__(self, entries: Sequence[IndexEntry], stamp: str) -> None:
        self.items_ = [
            Item(key=refresh_key(e), revision=stamp, row={"ref": ref})
            for e in entries
            if (ref := online_ref(e)) is not None
        ]
        self.total = len(self.items_)

    def items(self, batch_size: int) -> Iterator[list[Item]]:
        for i in range(0, len(self.items_), batch_size):
            yield self.items_[i : i + batch_size]


def today() -> str:
    return datetime.now(UTC).date().isoformat()


@dataclass
class EntryChange:
    """What changed for one entry since its snapshot."""

    id: str
    ref: str
    checked: str | None
    snapshot_revision: str | None
    live_revision: str | None = None
    error: str | None = None
    """Why the live release could not be read (then nothing is compared)."""
    diff: dict[str, Any] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        d = self.diff
        if not d:
            return False
        c = d["clauses"]
        return bool(
            d["label"]["changed"]
            or d["score"]["delta"]
            or d["license"]["old"] != d["license"]["new"]
            or d["mof"]["old"] != d["mof"]["new"]
            or d["osaid"]["old"] != d["osaid"]["new"]
            or d["parameters"]
            or c["added"]
            or c["removed"]
            or c["changed"]
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "checked": self.checked,
            "snapshot_revision": self.snapshot_revision,
            "live_revision": self.live_revision,
            "error": self.error,
            "changed": self.changed,
            "diff": self.diff or None,
        }


def compare_entries(
    entries: Sequence[IndexEntry], store: Store, stamp: str, snapshot: Callable[[IndexEntry], dict[str, Any]]
) -> list[EntryChange]:
    """Each online entry's stored refresh row (`refresh:<id>` at `stamp`) against its snapshot's
    assessment document (`snapshot(entry)`)."""
    out: list[EntryChange] = []
    for e in entries:
        ref = online_ref(e)
        if ref is None:
            continue
        rows = store.query(
            "SELECT commit, error, document FROM assessments WHERE key = ? AND revision = ?",
            [refresh_key(e), stamp],
        )
        change = EntryChange(e.id, ref, e.checked, e.release.revision)
        out.append(change)
        if not rows:
            change.error = "not refreshed"
            continue
        row = rows[0]
        change.live_revision = row["commit"]
        if row["error"] or not row["document"]:
            change.error = row["error"] or "no assessment stored"
            continue
        live = json.loads(row["document"]) if isinstance(row["document"], str) else row["document"]
        change.diff = diff_documents(Side(f"{e.id} (snapshot)", snapshot(e)), Side(f"{e.id} (live)", live))
    return out


def render_changes(changes: Sequence[EntryChange], stamp: str) -> str:
    """One block per entry: the revisions compared and what moved (a line when nothing did)."""
    from opengauge.audit.diff import _clause_lines
    from opengauge.audit.report import _clean

    lines: list[str] = []
    for c in changes:
        snap = f"snapshot {c.checked or '?'} @ {(c.snapshot_revision or 'unpinned')[:12]}"
        live = f"live {stamp} @ {(c.live_revision or '?')[:12]}"
        head = f"{c.id}  {c.ref}  {snap} -> {live}"
        if c.error:
            lines.append(f"{c.id}  {c.ref}  could not be read: {c.error}")
            continue
        if not c.changed:
            lines.append(f"{head}: unchanged")
            continue
        d = c.diff
        lines.append(f"{head}:")
        lab, sc = d["label"], d["score"]
        if lab["changed"]:
            lines.append(f"  label: {lab['old']} -> {lab['new']}")
        if sc["delta"]:
            lines.append(
                f"  OSAI score: {sc['old'] * 100:.1f}% -> {sc['new'] * 100:.1f}% ({sc['delta'] * 100:+.1f})"
            )
        lo, ln = d["license"]["old"], d["license"]["new"]
        if lo != ln:
            lines.append(f"  license: {lo['id']} ({lo['verdict']}) -> {ln['id']} ({ln['verdict']})")
        for what in ("mof", "osaid"):
            if d[what]["old"] != d[what]["new"]:
                lines.append(f"  {what.upper()}: {d[what]['old']} -> {d[what]['new']}")
        for p in d["parameters"]:
            lines.append(f"  {p['parameter']}: {p['old']} -> {p['new']}")
        lines += ["  " + x for x in _clause_lines(d["clauses"])]
    n_changed = sum(1 for c in changes if c.changed)
    n_failed = sum(1 for c in changes if c.error)
    lines.append(
        f"{len(changes)} entries re-read on {stamp}: {n_changed} changed since their snapshot, "
        f"{len(changes) - n_changed - n_failed} unchanged, {n_failed} could not be read."
    )
    return _clean("\n".join(lines)) + "\n"
