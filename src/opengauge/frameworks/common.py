"""Reading a list of findings: the helpers every framework shares. Frameworks never see a Release."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opengauge.model import Evidence, Finding, Level, LicenseTerms


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

    def terms(self) -> LicenseTerms | None:
        """The terms that govern the weights (from the weights-license finding), when identified."""
        raw = self.data("weights-license").get("terms")
        return LicenseTerms.model_validate(raw) if raw else None
