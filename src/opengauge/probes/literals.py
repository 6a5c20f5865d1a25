"""Where the prefilter's literals occur in one folded text, each literal looked for once per text.

The probes search a document with some twenty patterns, and the prefilter (`prefilter.py`) asks of
each pattern's literals whether the folded text holds them (to drop the branches that cannot match)
and, for a pattern every match of which starts with one of a few literals, where they occur (to try
the pattern only there). Many patterns share literals, and a pattern's leading literals are most
often the very ones its branches need, so the answers are kept per text: a literal is looked for
with one `in` (whether it occurs) or one run of `find` (where it occurs), never twice. Where it
occurs answers whether it occurs, and a literal known to be absent occurs nowhere.

Offsets are kept up to a cap that depends only on the text's length (`cap`): a pattern whose
leading literals occur more often than that in all is searched whole, so a literal seen more than
`cap` times is kept as its first `cap + 1` offsets, which is enough to say so.
"""

from __future__ import annotations


class LiteralTable:
    """The literals looked for in one folded text (`prefilter.fold`): whether each occurs, and the
    offsets of those a pattern's start positions were asked of."""

    __slots__ = ("_at", "_present", "cap", "folded")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.cap = len(folded) // 32 + 16
        """How many leading-literal occurrences a pattern may have in this text and still be tried
        only where they are (`prefilter.match_starts`); past that it is searched whole."""
        self._present: dict[str, bool] = {}
        self._at: dict[str, list[int]] = {}

    def has(self, literal: str) -> bool:
        """True when the folded text holds `literal`."""
        found = self._present.get(literal)
        if found is None:
            at = self._at.get(literal)
            found = self._present[literal] = bool(at) if at is not None else literal in self.folded
        return found

    def has_any(self, literals: tuple[str, ...]) -> bool:
        """True when the folded text holds one of `literals` (looked for in order, up to the first
        found): `has` over a set of literals, in one call (the prefilter asks some ten sets a pattern)."""
        present = self._present
        for literal in literals:
            found = present.get(literal)
            if found is None:
                found = self.has(literal)
            if found:
                return True
        return False

    def offsets(self, literal: str) -> list[int]:
        """Every offset where `literal` occurs in the folded text (occurrences may overlap), in
        order; only the first `cap + 1` when there are more (then `len(...) > cap`). The list is
        the table's own: callers do not change it."""
        at = self._at.get(literal)
        if at is None:
            at = self._at[literal] = []
            if self._present.get(literal) is False:
                return at
            folded, cap = self.folded, self.cap
            i = folded.find(literal)
            while i >= 0:
                at.append(i)
                if len(at) > cap:
                    break
                i = folded.find(literal, i + 1)
        return at
