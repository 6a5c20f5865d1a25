"""`fewer_collections`: inside, what was alive on entry is out of the collector's sight and its first
threshold is raised; on leaving, both are undone, so garbage cycles are still collected after."""

from __future__ import annotations

import gc
import weakref

from opengauge.audit.work import GC_THRESHOLD, fewer_collections


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    """A reference cycle only the cyclic collector can free, seen through a weak reference."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_state_is_restored_and_nesting_is_safe() -> None:
    before_threshold, before_frozen = gc.get_threshold(), gc.get_freeze_count()
    with fewer_collections():
        assert gc.get_threshold()[0] >= GC_THRESHOLD
        assert gc.get_freeze_count() > before_frozen
        with fewer_collections():  # the serial audit nests the batch's block in the run's
            assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] >= GC_THRESHOLD
    assert gc.get_threshold() == before_threshold
    assert gc.get_freeze_count() == 0


def test_cycles_made_before_or_inside_are_collected_after() -> None:
    older = _cycle()
    keep = older()  # alive on entry, so frozen there
    with fewer_collections():
        del keep  # garbage now, but out of the collector's sight inside the block
        gc.collect()
        assert older() is not None
        inner = _cycle()
        gc.collect()
        assert inner() is None  # made inside: collected as usual
    gc.collect()
    assert older() is None  # unfrozen on leaving: collected as before
