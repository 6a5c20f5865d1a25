"""The built-in index as the lineage oracle: a base model that cannot be fetched (offline, gated,
gone) is looked up among the index's entries by Hub id (case-insensitive, and under the ids the
entry lists as `aliases`, e.g. renamed repositories), and its reviewed assessment stands in for the
live one, cited as "opengauge index, reviewed <date>"."""

from __future__ import annotations

from opengauge.assess import Assessor, revise
from opengauge.index.entry import IndexEntry
from opengauge.index.load import entry_release, load_index
from opengauge.index.reviews import override_findings
from opengauge.model import Assessment
from opengauge.sources.refs import hub_key


class IndexLineage:
    """Looks base models up in the built-in index (`Assessor(lineage=IndexLineage())`)."""

    def __init__(self, entries: tuple[IndexEntry, ...] | None = None) -> None:
        self._entries = entries
        self._ids: dict[str, IndexEntry] | None = None

    @property
    def _by_id(self) -> dict[str, IndexEntry]:
        """Entries by Hub id and alias, built on the first look-up: a release without a base model
        never loads the index (a CLI run is the faster for it)."""
        if self._ids is None:
            ids: dict[str, IndexEntry] = {}
            for e in self._entries if self._entries is not None else load_index():
                if e.closed_reference:
                    continue
                for name in (e.release.id, *e.aliases):
                    ids.setdefault(hub_key(name), e)
            self._ids = ids
        return self._ids

    def entry(self, ref: str) -> IndexEntry | None:
        """The index entry of a base-model reference, if the index has it."""
        return self._by_id.get(hub_key(ref))

    def assess(self, ref: str, assessor: Assessor) -> Assessment | None:
        """The reviewed assessment of a base model from the index, or None when it is not there."""
        entry = self.entry(ref)
        if entry is None:
            return None
        automated = assessor.assess(entry_release(entry))
        reviewed = revise(automated, override_findings(automated.findings, entry))
        return reviewed.model_copy(update={"provenance": f"opengauge index, reviewed {entry.checked}"})
