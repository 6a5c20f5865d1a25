"""A user or revenue figure that only decides who must show the model's name is a branding duty, not a cap.

The taxonomy's user and revenue caps are figures above which a licensee loses the rights or needs another
license (`taxonomy`: "User cap", "Revenue cap"). Some licenses use the same figures for a lighter duty:
Moonshot AI's modified MIT license (the catalog's `moonshot-modified-mit-2025`) asks products above 100
million monthly active users or 20 million US dollars of monthly revenue to "prominently display" the
model's name, and grants everything else as MIT does. Its catalog entry lists that clause as
`naming-branding`, not as a cap. So a threshold in a sentence whose only consequence is such a display
duty (a `naming-branding` hit in the same sentence, and no word of another license, a permission, a fee or
rights that end) is not reported as a cap; the branding duty is.
"""

from __future__ import annotations

from opengauge.licenses.lazy_pattern import LazyPattern

#: The figures that a display duty may borrow.
THRESHOLDS = frozenset({"user-threshold", "revenue-threshold"})

#: Words that make the figure a limit of the rights themselves: another license or agreement, a
#: permission or approval, a payment, or rights that end.
_LIMITS_RIGHTS = LazyPattern(
    r"\b(licen[cs]\w*|agreements?|permission|authori[sz]\w*|consent|approv\w*|fees?|royalt\w*|pay\w*"
    r"|terminat\w*|ceases?|expires?|lapses?|revoked?|no longer|not (be )?(permitted|allowed|granted|licensed)"
    r"|request|obtain|contact)\b"
)


def only_marks(sentence: str) -> bool:
    """True when `sentence` (normalised, lower-cased; one holding a threshold and a branding duty) limits
    nothing but the duty: no word of another license, a permission, a fee or rights that end."""
    return not _LIMITS_RIGHTS.search(sentence)
