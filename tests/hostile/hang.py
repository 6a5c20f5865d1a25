"""A hang guard for hostile inputs, not a speed goal: the inputs of these tests are sized so that a
quadratic (or backtracking) scan of them runs for many minutes, while a linear one takes well under a
second. The guard only fails on a run that has not finished after `HANG_SECONDS`, so a loaded CI
machine never makes it flaky; speed itself is measured by the scripts in bench/."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
HANG_SECONDS = 120.0


def finishes(fn: Callable[[], T], what: str) -> T:
    """Run `fn` and return its result; fail if it has not finished after HANG_SECONDS (it hangs)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_SECONDS)
    assert not worker.is_alive(), f"{what} did not finish in {HANG_SECONDS:.0f} s: it hangs on hostile input"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
