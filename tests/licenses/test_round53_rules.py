# ruff: noqa: E501 (the texts keep their own wording)
"""What held-out licence round 53 taught, written again in other words: a derivative published only once it has been
registered with the licensor, said as a state in a definition; a third party "bound, by written contract, by" the
restrictions; a deployment the licensor may mark as suspended; a conduct "standard" (singular) at an address; terms the
licensor "is entitled to adapt or supplement", their name a compound ("usage-conditions"); and, for the safety net,
"no deployment needs to" and changed files that "must say" so. Each has a near miss that must stay as it reads."""

from __future__ import annotations

import pytest

from tests.licenses.verdicts import DISCLAIMER, verdict_and_types

_GRANT = (
    "Permission is granted, free of charge, to anyone obtaining a copy of the Quarrendon-3B weights, to use, copy, "
    "modify, merge, publish and distribute them, for any purpose, commercial or not.\n\n"
)
_END = DISCLAIMER


_read = verdict_and_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"Listed Model" means a model made from Quarrendon-3B whose name and publisher have been registered with '
            "Quarrendon Labs on its website no later than seven days before it is first released.\n\n"
            + _GRANT
            + "You may release any Listed Model.",
            "notification-duty",
        ),
        (
            _GRANT
            + "Before you pass the weights on, you shall ensure that the recipient is bound, by a written "
            "contract, by the restrictions in section 4, and section 4 forbids use for credit scoring.",
            "restrictions-flow-down",
        ),
        (
            _GRANT
            + "Quarrendon Labs may, whenever it sees fit, flag any deployment of the weights as revoked on its "
            "registry, and a revoked deployment must stop serving requests.",
            "remote-control",
        ),
        (
            _GRANT
            + "You shall use the weights only in compliance with the Quarrendon Responsible Deployment "
            "Standard published at https://quarrendon.example/standard.",
            "use-policy-by-reference",
        ),
        (
            _GRANT
            + "Quarrendon Labs is entitled to adapt or supplement these licence-terms at any time, and the "
            "adapted terms bind every holder of a copy.",
            "unilateral-change",
        ),
    ],
)
def test_round_53_shapes_in_other_words(text: str, kind: str) -> None:
    verdict, found = _read(text + _END)
    assert verdict == "restricted"
    assert kind in found


@pytest.mark.parametrize(
    "text",
    [
        # registration with an authority, not with the licensor
        _GRANT + "High-risk systems built on the weights must be registered with the national supervisory "
        "authority before they are first deployed, as the law requires.",
        # the licensor cannot mark anything
        _GRANT + "Quarrendon Labs keeps no registry and cannot mark any deployment as revoked.",
        # the same standard, offered as advice
        _GRANT + "The Quarrendon Responsible Deployment Standard at https://quarrendon.example/standard is "
        "guidance only; nothing in it binds you.",
        # the licensor adapts its own website, not the terms
        _GRANT + "Quarrendon Labs is entitled to adapt its download page at any time.",
    ],
)
def test_round_53_near_misses_take_nothing_away(text: str) -> None:
    """None of them restricts; a statement no rule reads may leave a text undecided (`unknown`), never restricted."""
    verdict, found = _read(text + _END)
    assert verdict in ("open-non-osi", "unknown")
    assert not found & {"notification-duty", "remote-control", "use-policy-by-reference", "unilateral-change"}


@pytest.mark.parametrize(
    "sentence",
    [
        "No deployment needs to contact Quarrendon Labs, and no user has to register.",
        "Files you changed must say that they were changed.",
    ],
)
def test_sentences_that_owe_nothing_unusual_are_read(sentence: str) -> None:
    assert _read(_GRANT + sentence + _END)[0] == "open-non-osi"
