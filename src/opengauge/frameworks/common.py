"""Reading a list of findings: the helpers every framework shares. Frameworks never see a Release."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from opengauge.licenses.taxonomy import CLAUSE_TYPES
from opengauge.model import Clause, Evidence, Finding, Level, LicenseTerms
from opengauge.textio import clip


class Findings:
    """Findings indexed by probe id."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.all = list(findings)
        self.by_probe: dict[str, list[Finding]] = {}
        for f in self.all:
            self.by_probe.setdefault(f.probe, []).append(f)

    @classmethod
    def of(cls, findings: FindingsLike) -> Findings:
        """The index of `findings`, or `findings` itself when it is one already: the frameworks
        judging one assessment are given one index (`evaluate_all`), not a list each indexes anew."""
        return findings if isinstance(findings, Findings) else cls(findings)

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

    def asks_permission(self) -> bool:
        """The weights are released only on the publisher's manual approval of each request (the Hub's
        `gated: manual`): OSAID's freedom to use "without having to ask for permission" (frameworks.md
        §3.1) does not hold, however open their licence; an automatic gate asks no one's permission."""
        return self.data("weights-published").get("gate_mode") == "manual"

    def unshareable_documented(self) -> bool:
        """The training data cannot be shared for a stated legal or technical reason (patient records, a
        licence that forbids redistribution) and a datasheet describes it in full: OSAID 1.0's data
        information for unshareable data ("a complete description of all data used for training, including
        (if used) of unshareable data, disclosing the provenance of the data, its scope and characteristics,
        how the data was obtained and selected ..."), which stands for a list of data there is nothing public
        to list of (held-out release round 15, a clinical corpus)."""
        return (
            bool(self.data("training-data").get("unshareable"))
            and self.level("data-documentation") is Level.OPEN
            # the EU AI Act's public summary lists only the largest public datasets and the top domains, by
            # the Commission's template: not the listing of all training data (held-out release round 31)
            and not self.data("data-documentation").get("eu_summary_only")
        )

    def terms(self) -> LicenseTerms | None:
        """The terms that govern the weights (from the weights-license finding), when identified."""
        return self._terms

    @cached_property
    def _terms(self) -> LicenseTerms | None:
        raw = self.data("weights-license").get("terms")
        if not raw:
            return None
        # every framework reads the same finding: its terms are validated once (`_LAST_TERMS`)
        last = _LAST_TERMS[-1] if _LAST_TERMS else None
        if last is not None and last[0] is raw:
            return last[1]
        terms = LicenseTerms.model_validate(raw)
        _LAST_TERMS[:] = [(raw, terms)]
        return terms


#: What a framework judges: the findings, or their index (`Findings.of`).
FindingsLike = Sequence[Finding] | Findings

#: The last terms validated and the finding data they were read from (held, so the identity is never
#: another's); a frozen model, shared by the frameworks judging one assessment.
_LAST_TERMS: list[tuple[Any, LicenseTerms]] = []


def document_name(source: str | None) -> str:
    """A short name for where a clause was read: the path inside its repository, else the source."""
    if not source:
        return "an unidentified document"
    return source.split("/blob/", 1)[-1].split("/", 1)[-1] if "/blob/" in source else source


def blocking_types(terms: LicenseTerms) -> list[str]:
    """The distinct blocking clause types of the terms, most consequential first."""
    return list(dict.fromkeys(c.type for c in terms.blocking))


def first_of_each_type(terms: LicenseTerms) -> list[Clause]:
    """One clause per blocking type (its first occurrence), most consequential first."""
    seen: dict[str, Clause] = {}
    for c in terms.blocking:
        seen.setdefault(c.type, c)
    return list(seen.values())


def clause_where(document: str, line: int | None) -> str:
    """`LICENSE line 12`; for a clause the license catalog lists for a license named without its text
    (no line to point at), `LICENSE, per the license catalog`."""
    return f"{document} line {line}" if line is not None else f"{document}, per the license catalog"


def clause_receipt(c: Clause, *, quote: bool = False) -> str:
    """`user cap (LICENSE line 12: "...")`: a clause named in plain words, with document and line."""
    name = CLAUSE_TYPES[c.type].name.lower() if c.type in CLAUSE_TYPES else c.type
    where = clause_where(document_name(c.document), c.line)
    return f'{name} ({where}: "{clip(c.quote, 140)}")' if quote and c.quote else f"{name} ({where})"
