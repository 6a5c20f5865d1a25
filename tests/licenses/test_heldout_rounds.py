"""The held-out license rounds 7 to 17 (texts in `tests/licenses/heldout/`, each round's module saying what
it found at first; round 10 builds its texts from the corpus in `test_heldout_round10.py`): every text
reads with the verdict written for it, and where one is named, with that clause among what blocks it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from tests.licenses import heldout
from tests.licenses.verdicts import assert_reads

#: Every round module in `tests/licenses/heldout/` (`roundN.py`), by its number.
ROUNDS = {
    int(m.name.removeprefix("round")): importlib.import_module(f"{heldout.__name__}.{m.name}")
    for m in pkgutil.iter_modules(heldout.__path__)
    if m.name.startswith("round")
}
CASES = [(n, name) for n, module in ROUNDS.items() for name in sorted(module.CASES)]


@pytest.mark.parametrize(("round_", "name"), CASES, ids=[f"round{n}-{name}" for n, name in CASES])
def test_a_held_out_license_reads_as_written(round_: int, name: str) -> None:
    assert_reads(*ROUNDS[round_].CASES[name])
