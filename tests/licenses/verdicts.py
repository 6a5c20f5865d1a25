"""Assertions the license tests share."""

from __future__ import annotations

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze

#: The verdicts of open terms.
OPEN = (LicenseVerdict.OSI_OPEN, LicenseVerdict.OPEN_NON_OSI)
#: The verdicts of a license that blocks an open label with a clause of its own.
BLOCKED = frozenset({LicenseVerdict.RESTRICTED, LicenseVerdict.NON_COMMERCIAL, LicenseVerdict.RESEARCH_ONLY})


def assert_restricted_by(text: str, kind: str) -> None:
    """`text` reads as restricted (or its narrower forms, non-commercial and research-only), and a
    clause of type `kind` is among what blocks it."""
    report = analyze(text, document="LICENSE")
    assert report.verdict in BLOCKED, report.summary()
    assert kind in {c.type for c in report.blocking}


def assert_reads(text: str, verdict: str, kind: str | None) -> None:
    """`text` reads with `verdict`, and (when given) a clause of type `kind` is among what blocks it."""
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict(verdict), report.summary()
    if kind is not None:
        assert kind in {c.type for c in report.blocking}, report.summary()


def blocking_types(text: str) -> set[str]:
    """The types of the clauses that block an open label in `text`'s reading."""
    return {c.type for c in analyze(text, document="LICENSE").blocking}
