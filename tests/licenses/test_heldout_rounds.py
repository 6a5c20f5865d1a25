"""The held-out license rounds 7 to 26 (texts in `tests/licenses/heldout/`, each round's module saying what
it found at first; round 10 builds its texts from the corpus in `test_heldout_round10.py`): every text
reads with the verdict written for it, and where one is named, with that clause among what blocks it. A
text in a language opengauge does not read is a known limit of its round (`KNOWN_LIMITS`): it must read
`unknown` and say why."""

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


def _param(round_: int, name: str) -> object:
    """A round's case; one its module lists in `KNOWN_LIMITS` (a text in a language opengauge does not read,
    which it then reads `unknown` and says why) is an expected failure, strict: reading it would pass."""
    limits: dict[str, str] = getattr(ROUNDS[round_], "KNOWN_LIMITS", {})
    # a case whose expectation and opengauge's reading differ for a reason the module writes down (the
    # taxonomy's, a framework's): an expected failure, strict, as the release rounds' `DISAGREEMENTS`
    limits = {**limits, **getattr(ROUNDS[round_], "DISAGREEMENTS", {})}
    # a miss of a round's first run whose general cause is not fixed yet, none of them read more open than the
    # round expects (`NOT_YET_READ`, each with what opengauge reads): strict, so that fixing it is noticed
    limits = {**limits, **getattr(ROUNDS[round_], "NOT_YET_READ", {})}
    marks = [pytest.mark.xfail(strict=True, reason=limits[name])] if name in limits else []
    return pytest.param(round_, name, marks=marks, id=f"round{round_}-{name}")


@pytest.mark.parametrize(("round_", "name"), [_param(n, name) for n, name in CASES])
def test_a_held_out_license_reads_as_written(round_: int, name: str) -> None:
    assert_reads(*ROUNDS[round_].CASES[name])


def test_a_known_limit_reads_unknown_and_says_why() -> None:
    """The texts a round keeps as known limits are not read wrongly: they read `unknown`, and the summary
    names the language."""
    from opengauge.enums import LicenseVerdict
    from opengauge.licenses import analyze

    for module in ROUNDS.values():
        for name in getattr(module, "KNOWN_LIMITS", {}):  # (not `DISAGREEMENTS`: those are read, differently)
            report = analyze(module.CASES[name][0], document="LICENSE")
            assert report.verdict is LicenseVerdict.UNKNOWN, name
            assert "does not read" in report.summary(), name
