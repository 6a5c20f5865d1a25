"""The clause taxonomy as data: one row per clause type, in one place.

Each type names the freedom it restricts (use, study, modify, share), whether a license with
such a clause can still be open source, and plain-language wording for people who are not
lawyers (used by the CLI, the reports and the README).
"""

from __future__ import annotations

from dataclasses import dataclass

from opengauge.clause import Clause
from opengauge.enums import Freedom


@dataclass(frozen=True)
class ClauseType:
    """One row of the taxonomy."""

    id: str
    """The type id, e.g. `user-threshold`."""
    freedom: Freedom
    """The freedom it restricts."""
    blocks_open_source: bool
    """True when a license with this clause cannot be open source."""
    name: str
    """A short plain-language name."""
    explanation: str
    """One sentence a non-lawyer understands."""


_ROWS: tuple[ClauseType, ...] = (
    ClauseType(
        "user-threshold",
        Freedom.USE,
        True,
        "User cap",
        "Above a number of users (e.g. monthly active users) you lose the rights or need a separate license.",
    ),
    ClauseType(
        "revenue-threshold",
        Freedom.USE,
        True,
        "Revenue cap",
        "Above a revenue level (or for large companies) you need a separate, often paid, license.",
    ),
    ClauseType(
        "use-policy-by-reference",
        Freedom.USE,
        True,
        "Outside use policy",
        "An external use policy is part of the license; the licensor can change it without asking you.",
    ),
    ClauseType(
        "use-restrictions",
        Freedom.USE,
        True,
        "Forbidden uses",
        "The text lists purposes or fields you may not use the model for.",
    ),
    ClauseType(
        "non-commercial",
        Freedom.USE,
        True,
        "No commercial use",
        "You may not use it to make money or in a commercial product.",
    ),
    ClauseType(
        "research-only",
        Freedom.USE,
        True,
        "Research only",
        "Use is limited to research, evaluation or other non-production purposes.",
    ),
    ClauseType(
        "output-training-ban",
        Freedom.MODIFY,
        True,
        "No training other models",
        "You may not use the model or its outputs to train or improve other models.",
    ),
    ClauseType(
        "restrictions-flow-down",
        Freedom.SHARE,
        True,
        "Restrictions pass to derivatives",
        "Anything you build from it, or share it with, must carry the same restrictions.",
    ),
    ClauseType(
        "naming-branding",
        Freedom.SHARE,
        True,
        "Mandatory branding",
        "Derived models or products must carry the licensor's name or a 'Built with' badge.",
    ),
    ClauseType(
        "geographic-restriction",
        Freedom.USE,
        True,
        "Territory limit",
        "Some places (e.g. the EU) are excluded, or use is limited to one country.",
    ),
    ClauseType(
        "remote-control",
        Freedom.USE,
        True,
        "Remote control / forced updates",
        "The licensor may restrict your use remotely or revoke the licence at will, or you must update to "
        "its latest version.",
    ),
    ClauseType(
        "unilateral-change",
        Freedom.USE,
        True,
        "Terms can change",
        "The licensor may change the terms at any time and the new terms bind you.",
    ),
    ClauseType(
        "guardrail-termination",
        Freedom.MODIFY,
        True,
        "No removing safeguards",
        "Removing or bypassing safety guardrails or technical limits is forbidden or ends your rights.",
    ),
    ClauseType(
        "no-redistribution", Freedom.SHARE, True, "No sharing", "You may not pass the model on to others."
    ),
    ClauseType(
        "no-modification",
        Freedom.MODIFY,
        True,
        "No changes",
        "You may not modify it or make derivatives (or may not share them).",
    ),
    ClauseType(
        "no-source-access",
        Freedom.STUDY,
        True,
        "No source / no study",
        "You may not see or work from the source (no reverse engineering, decompiling or "
        "disassembling), or the text never lets you have it.",
    ),
    ClauseType(
        "personal-use-only",
        Freedom.USE,
        True,
        "Personal use only",
        "Only an individual, or only inside your own organisation, may use it (personal, private or "
        "internal use only).",
    ),
    ClauseType(
        "platform-tie",
        Freedom.USE,
        True,
        "Only with the licensor's products",
        "You may use it only with (or on) a named vendor's hardware, devices or services.",
    ),
    ClauseType(
        "time-limit",
        Freedom.USE,
        True,
        "Time limit / trial",
        "Your rights last only for a trial or a fixed period, or change on a set date.",
    ),
    ClauseType(
        "fee-required",
        Freedom.USE,
        True,
        "Payment required",
        "Some use or distribution requires paying a fee or royalty to the licensor.",
    ),
    ClauseType(
        "notification-duty",
        Freedom.SHARE,
        True,
        "Register or notify",
        "You must register, tell the licensor, or hand it your changes or the data you trained on, before "
        "(or after) you use, change or share it.",
    ),
    ClauseType(
        "ethical-conditions",
        Freedom.USE,
        True,
        "Conduct conditions",
        "Your rights depend on how you behave (human rights, labour, ethics or social standards), "
        "judged by the licensor or a third party.",
    ),
    ClauseType(
        "broad-litigation-termination",
        Freedom.USE,
        False,
        "Rights end if you sue",
        "Your rights end if you sue the licensor over the model or its outputs (wider than usual patent "
        "terms).",
    ),
    ClauseType(
        "patent-retaliation",
        Freedom.USE,
        False,
        "Patent peace",
        "Your patent license ends if you sue over patents in the work (common in open source licenses).",
    ),
    ClauseType(
        "attribution",
        Freedom.SHARE,
        False,
        "Give credit",
        "Keep the copyright and license notices, or credit the authors (normal in open source).",
    ),
    ClauseType(
        "share-alike",
        Freedom.SHARE,
        False,
        "Same license for changes",
        "Changed versions must be shared under the same license (copyleft; allowed in open source).",
    ),
    ClauseType(
        "unchanged-original",
        Freedom.MODIFY,
        False,
        "Original kept intact",
        "Copies of the original stay unchanged; changed versions are shared under another name, as patches "
        "or under terms the text names (the Open Source Definition allows this).",
    ),
)

#: All clause types, by id, in taxonomy order.
CLAUSE_TYPES: dict[str, ClauseType] = {row.id: row for row in _ROWS}

#: Types that make a license not open source.
BLOCKING_TYPES: frozenset[str] = frozenset(t.id for t in _ROWS if t.blocks_open_source)


#: Blocking types from the most consequential for a user to the least: who may use it at all (user
#: and revenue caps, non-commercial, research-only), then what the licensor can impose later (a use
#: policy by reference, changing the terms), then what you may do with it. Headlines name them in
#: this order, so a reader sees the 700-million-user cap before the branding rule.
CONSEQUENCE: tuple[str, ...] = (
    "user-threshold",
    "revenue-threshold",
    "non-commercial",
    "research-only",
    "use-policy-by-reference",
    "unilateral-change",
    "personal-use-only",
    "time-limit",
    "fee-required",
    "use-restrictions",
    "ethical-conditions",
    "platform-tie",
    "output-training-ban",
    "geographic-restriction",
    "no-redistribution",
    "no-modification",
    "no-source-access",
    "notification-duty",
    "restrictions-flow-down",
    "remote-control",
    "guardrail-termination",
    "naming-branding",
)


def consequence_rank(type_id: str) -> int:
    """Position of a clause type in `CONSEQUENCE` (types outside it come last)."""
    return CONSEQUENCE.index(type_id) if type_id in CONSEQUENCE else len(CONSEQUENCE)


def clause_of(
    type_id: str,
    *,
    line: int | None = None,
    quote: str = "",
    document: str | None = None,
    span: tuple[int, int] | None = None,
) -> Clause:
    """A clause of a taxonomy type, with the freedom and blocking flag the taxonomy gives it."""
    row = CLAUSE_TYPES[type_id]
    return Clause(
        type=type_id,
        freedom=row.freedom,
        blocks_open_source=row.blocks_open_source,
        line=line,
        quote=quote,
        span=span,
        document=document,
    )


def clause_type(type_id: str) -> ClauseType:
    """The taxonomy row of a type id (KeyError for an unknown id)."""
    return CLAUSE_TYPES[type_id]
