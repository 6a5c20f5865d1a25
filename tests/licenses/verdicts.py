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


#: A grant of every freedom for any purpose, with the usual notice: what a rule test adds one sentence to.
OPEN_GRANT = (
    "The Licensor grants everyone a perpetual, worldwide, royalty-free licence to use, study, copy, modify, "
    "distribute and sell the Wexcombe-2B weights and models derived from them, for any purpose.\n\n"
    "Keep this licence with every copy.\n"
)


def types_beside_open_grant(sentence: str) -> set[str]:
    """The blocking clause types of `OPEN_GRANT` with `sentence` after it."""
    return blocking_types(OPEN_GRANT + "\n" + sentence + "\n")


#: The usual disclaimer, to end a text a rule test builds.
DISCLAIMER = (
    "\n\nThe weights are provided as is, without warranty of any kind, and the authors are not liable for "
    "any claim arising from their use.\n"
)


def verdict_and_types(text: str) -> tuple[str, set[str]]:
    """The verdict of `text`'s reading and the types of every clause it found (blocking or not)."""
    report = analyze(text, document="LICENSE")
    return str(report.verdict), {str(c.type) for c in report.clauses}
