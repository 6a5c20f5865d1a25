"""Reading a list of findings: the helpers every framework shares. Frameworks never see a Release."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from opengauge.model import Evidence, Finding, Level

#: Numeric value of each level in scores (unknown counts as 0, like closed, but is reported apart).
VALUE = {Level.OPEN: 1.0, Level.PARTIAL: 0.5, Level.CLOSED: 0.0, Level.UNKNOWN: 0.0}
ORDER = {Level.CLOSED: 0, Level.UNKNOWN: 0, Level.PARTIAL: 1, Level.OPEN: 2}


class Findings:
    """Findings indexed by probe id."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.all = list(findings)
        self.by_probe: dict[str, list[Finding]] = {}
        for f in self.all:
            self.by_probe.setdefault(f.probe, []).append(f)

    def get(self, probe: str) -> Finding | None:
        items = self.by_probe.get(probe)
        return items[0] if items else None

    def level(self, probe: str) -> Level:
        f = self.get(probe)
        return f.level if f is not None else Level.UNKNOWN

    def data(self, probe: str) -> dict[str, Any]:
        f = self.get(probe)
        return dict(f.data) if f is not None else {}

    def reason(self, probe: str) -> str:
        f = self.get(probe)
        return f.reason if f is not None else f"The {probe} probe did not run."

    def evidence(self, *probes: str, limit: int = 4) -> list[Evidence]:
        out: list[Evidence] = []
        for p in probes:
            for f in self.by_probe.get(p, []):
                out.extend(f.evidence)
        return out[:limit]

    def ok(self, probe: str, *levels: Level) -> bool:
        return self.level(probe) in (levels or (Level.OPEN,))


def weakest(levels: Iterable[Level]) -> Level:
    """The least open of some levels; unknown wins over open but not over closed."""
    levels = list(levels)
    if Level.CLOSED in levels:
        return Level.CLOSED
    if Level.UNKNOWN in levels:
        return Level.UNKNOWN
    if Level.PARTIAL in levels:
        return Level.PARTIAL
    return Level.OPEN if levels else Level.UNKNOWN


def open_license_verdict(verdict: str | None) -> bool:
    return verdict in ("osi-open", "open-non-osi")
