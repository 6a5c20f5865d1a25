"""The held-out license rounds 7 to 16 (texts in `tests/licenses/heldout/`, each round's module saying what
it found at first; round 10 builds its texts from the corpus in `test_heldout_round10.py`): every text
reads with the verdict written for it, and where one is named, with that clause among what blocks it."""

from __future__ import annotations

import pytest

from tests.licenses.heldout import (
    round7,
    round8,
    round9,
    round11,
    round12,
    round13,
    round14,
    round15,
    round16,
)
from tests.licenses.verdicts import assert_reads

ROUNDS = {
    7: round7,
    8: round8,
    9: round9,
    11: round11,
    12: round12,
    13: round13,
    14: round14,
    15: round15,
    16: round16,
}
CASES = [(n, name) for n, module in ROUNDS.items() for name in sorted(module.CASES)]


@pytest.mark.parametrize(("round_", "name"), CASES, ids=[f"round{n}-{name}" for n, name in CASES])
def test_a_held_out_license_reads_as_written(round_: int, name: str) -> None:
    assert_reads(*ROUNDS[round_].CASES[name])
