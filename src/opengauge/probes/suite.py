"""The probe suite: imports every probe module, computes and checks the run order, runs the probes.

Run order follows what probes declare they read (`@probe(..., after=(...))`), with the modules'
listing order below breaking ties, so it never depends on which module happened to be imported
first. A probe may read only the findings of the probes it declared (`ProbeContext.earlier`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from opengauge.model import Assessment, Finding, Level, ProbeFailure, Release
from opengauge.probes import code, data, docs, license, lineage, weights
from opengauge.probes.context import ProbeContext
from opengauge.probes.errors import ProbeError
from opengauge.probes.registry import REGISTERED, RegisteredProbe

#: The probe modules, in the order their probes are listed where nothing else decides.
MODULES = (weights, license, code, data, docs, lineage)


def _module_order() -> list[RegisteredProbe]:
    names = {m.__name__ for m in MODULES}
    stray = sorted({p.module for p in REGISTERED.values()} - names)
    if stray:
        raise ProbeError(f"probe modules not listed in the suite: {', '.join(stray)}")
    by_module = {m.__name__: i for i, m in enumerate(MODULES)}
    # dicts keep insertion order, so probes of one module stay in their source order
    return sorted(REGISTERED.values(), key=lambda p: by_module[p.module])


#: the last order computed and the registered probes it was computed from (probes are registered
#: once at import; a test may swap one, which computes the order again)
_ORDER: list[tuple[tuple[RegisteredProbe, ...], tuple[RegisteredProbe, ...]]] = []


def probe_order() -> tuple[RegisteredProbe, ...]:
    """Every probe in run order: each after the probes it reads; checked for unknown names and cycles."""
    registered = tuple(REGISTERED.values())
    last = _ORDER[-1] if _ORDER else None
    if (
        last is not None
        and len(last[0]) == len(registered)
        and all(a is b for a, b in zip(last[0], registered, strict=True))
    ):
        return last[1]
    order = _probe_order()
    _ORDER[:] = [(registered, order)]
    return order


def _probe_order() -> tuple[RegisteredProbe, ...]:
    listed = _module_order()
    for p in listed:
        unknown = [a for a in p.after if a not in REGISTERED]
        if unknown:
            raise ProbeError(f"probe {p.id!r} reads unknown probe(s): {', '.join(unknown)}")
    done: list[RegisteredProbe] = []
    placed: set[str] = set()
    pending = list(listed)
    while pending:
        ready = next((p for p in pending if all(a in placed for a in p.after)), None)
        if ready is None:
            raise ProbeError("probes read each other in a cycle: " + ", ".join(p.id for p in pending))
        done.append(ready)
        placed.add(ready.id)
        pending.remove(ready)
    return tuple(done)


def probe_ids() -> list[str]:
    """Ids of every probe, in the order they run."""
    return [p.id for p in probe_order()]


def _needed(wanted: Sequence[str]) -> set[str]:
    """The wanted probes and every probe they read, transitively."""
    out: set[str] = set()
    stack = list(wanted)
    while stack:
        pid = stack.pop()
        if pid not in out:
            out.add(pid)
            stack.extend(REGISTERED[pid].after)
    return out


def _crash(pid: str, exc: Exception) -> Finding:
    return Finding(
        probe=pid,
        level=Level.UNKNOWN,
        error=ProbeFailure(type=type(exc).__name__, message=str(exc)[:500]),
        reason="The probe failed on this release, so this dimension could not be read "
        f"({type(exc).__name__}).",
    )


def run_probes(
    release: Release,
    *,
    only: Iterable[str] | None = None,
    parents: Sequence[Assessment] = (),
    unexamined: Sequence[str] = (),
    teachers: Sequence[Assessment] = (),
    cache: dict[Any, Any] | None = None,
) -> list[Finding]:
    """Run every probe (or those named in `only`, with the probes they read) over a release, in
    run order; never touches the network. `parents` are the assessed base models, nearest first;
    `unexamined` the declared base models no route could examine; `teachers` the assessed distillation
    teachers the card names.

    A probe that raises on malformed input yields an `unknown` finding carrying the failure
    (`Finding.error`) rather than stopping the assessment. A probe that returns a finding under
    another probe's id is a bug in opengauge and raises `ProbeError`.
    """
    order = probe_order()
    wanted = [p.id for p in order] if only is None else list(only)
    for pid in wanted:
        if pid not in REGISTERED:
            raise ProbeError(f"unknown probe {pid!r}", exit_code=2)
    run = _needed(wanted)
    ctx = ProbeContext(release, parents=parents, unexamined=unexamined, teachers=teachers, cache=cache)
    out: list[Finding] = []
    for p in order:
        if p.id not in run:
            continue
        ctx.begin(p.id, p.after)
        try:
            found = p.fn(ctx)
        except ProbeError:
            raise
        except Exception as exc:  # noqa: BLE001 - untrusted input must not stop an assessment
            found = [_crash(p.id, exc)]
        wrong = sorted({f.probe for f in found if f.probe != p.id})
        if wrong:
            raise ProbeError(f"probe {p.id!r} returned findings of {', '.join(wrong)}")
        ctx.record(p.id, found)
        if p.id in wanted:
            out.extend(found)
    return out
