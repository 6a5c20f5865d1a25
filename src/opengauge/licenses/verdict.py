"""The overall verdict on a license text, from its clauses and (when known) its catalog entry.

Verdicts, as defined by the clause taxonomy:

- `use-policy`     the text is a use policy, not a license;
- `osi-open`       an OSI-approved license;
- `research-only`  the grant itself is limited to research / evaluation;
- `non-commercial` commercial use is not permitted;
- `restricted`     commercial use is allowed, but at least one clause blocks open source;
- `open-non-osi`   open terms with no blocking clause, but not OSI-approved (e.g. CC-BY, OpenMDW);
- `unknown`        nothing identifies the text and no clause decides.

Order matters: research-only beats non-commercial beats restricted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from opengauge.clause import Clause
from opengauge.enums import Freedom, LicenseVerdict
from opengauge.licenses.clauses import is_research_grant
from opengauge.licenses.grants import read_grants
from opengauge.licenses.normalize import normalized
from opengauge.licenses.taxonomy import BLOCKING_TYPES

if TYPE_CHECKING:
    from opengauge.licenses.catalog import LicenseEntry

VERDICTS: tuple[str, ...] = tuple(v.value for v in LicenseVerdict)
"""Every verdict, from most to least open (`opengauge.model.LicenseVerdict` is their one home)."""

#: Plain-language meaning of each verdict, for people who are not lawyers.
VERDICT_WORDS: dict[str, str] = {v.value: v.words for v in LicenseVerdict}


def verdict(
    clauses: Iterable[Clause],
    entry: LicenseEntry | None,
    *,
    is_policy: bool,
    open_grant: bool = False,
) -> str:
    """The verdict for a text with these clauses and this catalog entry (None if unidentified).

    `is_policy`: the text is a use policy (from the entry's kind, or `looks_like_policy`).
    `open_grant`: for an unidentified text, its grant gives all four freedoms (use, study, modify,
    share; see `grants.read_grants`); with no blocking clause it is then `open-non-osi`.
    """
    items = list(clauses)
    if is_policy or (entry is not None and entry.kind == "use-policy"):
        return "use-policy"
    types = {c.type for c in items}
    if entry is not None and entry.osi_approved and not (types & BLOCKING_TYPES) - set(entry.clauses):
        # text beats name: an OSI-approved license's name never covers a blocking clause its text added
        return "osi-open"
    if any(c.type == "research-only" and is_research_grant(c.quote) for c in items):
        return "research-only"
    if "non-commercial" in types:
        return "non-commercial"
    if types & BLOCKING_TYPES:
        return "restricted"
    if entry is not None:
        return "open-non-osi"
    if open_grant:
        return "open-non-osi"
    return "unknown"


_POLICY_TITLE = re.compile(
    r"\b(acceptable|prohibited|responsible|fair)\s+use\s+polic(y|ies)\b|\busage\s+polic(y|ies)\b|\buse\s+policy\b"
)
_LICENSE_TITLE = re.compile(r"\b(license|licence|agreement|terms\s+of\s+use)\b")


def looks_like_policy(text: str) -> bool:
    """True when an unidentified text reads like a use policy rather than a license: its title
    (near the top) names a use policy and it grants no freedom beyond use (`grants.read_grants`: "may
    be used, modified and redistributed by anyone, subject to the Acceptable Use Policy" is a license;
    "You are free to use our Service as you see fit so long as ..." is a policy), nor puts the work under
    a catalog license by naming it (held-out round 44: "The weights are licensed under the Apache License,
    Version 2.0, and are also subject to the Acceptable Use Policy at ..." is a license that binds a
    policy, `names.referenced_license`)."""
    low = normalized(text[:200_000]).lower
    head = low[:400]
    if not _POLICY_TITLE.search(head):
        return False
    title_line = head.strip().split("\n", 1)[0]
    if _LICENSE_TITLE.search(title_line) and not _POLICY_TITLE.search(title_line):
        return False
    if {Freedom.MODIFY, Freedom.SHARE} & read_grants(text).granted.keys():
        return False
    from opengauge.licenses.names import referenced_license

    return referenced_license(text) is None
