"""A clause found in a license: the license reader's output, held by the domain model."""

from __future__ import annotations

from dataclasses import dataclass

from opengauge.enums import Freedom


@dataclass(frozen=True, kw_only=True)
class Clause:
    """A term found in a license that restricts (or conditions) a freedom.

    A plain frozen dataclass (no pydantic, so that the license reader starts fast); pydantic models
    that hold clauses (`model.LicenseTerms`) validate and serialise it like one of their own."""

    type: str
    """A clause type of the taxonomy, e.g. `user-threshold`, `attribution`."""
    freedom: Freedom
    """The freedom the clause restricts."""
    blocks_open_source: bool
    """True when a license with this clause cannot be open source."""
    line: int | None = None
    """1-based line in the original text where the quote starts; None for a clause known from the
    license catalog rather than read in a text (its `quote` then says so)."""
    quote: str
    """The sentence (or the distinctive part of it) as written in the text."""
    span: tuple[int, int] | None = None
    """Character offsets [start, end) of the quote in the original text, if known."""
    document: str | None = None
    """Path or URL of the document the clause was found in, when known."""
