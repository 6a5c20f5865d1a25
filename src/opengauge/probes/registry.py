"""The probe registry: which probes exist, and running them all over a release."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from opengauge.model import Finding, Level, Release
from opengauge.probes.context import ProbeContext
from opengauge.probes.errors import ProbeError

ProbeFunction = Callable[[ProbeContext], list[Finding]]

_PROBES: dict[str, ProbeFunction] = {}


def probe(probe_id: str) -> Callable[[ProbeFunction], ProbeFunction]:
    """Register a probe function under its id (the id of its definition file)."""

    def register(fn: ProbeFunction) -> ProbeFunction:
        if probe_id in _PROBES:
            raise ProbeError(f"probe {probe_id!r} registered twice")
        _PROBES[probe_id] = fn
        return fn

    return register


def _load() -> dict[str, ProbeFunction]:
    # Import order is run order: later probes may read earlier findings (lineage reads licenses).
    import opengauge.probes.weights  # noqa: F401
    import opengauge.probes.license  # noqa: F401
    import opengauge.probes.code  # noqa: F401
    import opengauge.probes.data  # noqa: F401
    import opengauge.probes.docs  # noqa: F401
    import opengauge.probes.lineage  # noqa: F401

    return _PROBES


def probe_ids() -> list[str]:
    """Ids of every probe, in the order they run."""
    return list(_load())


def run_probes(
    release: Release,
    *,
    only: Iterable[str] | None = None,
    license_cache: dict[str, Any] | None = None,
) -> list[Finding]:
    """Run every probe (or those named in `only`) over a release; never touches the network.

    A probe that fails on malformed input yields an `unknown` finding saying so rather than
    stopping the assessment.
    """
    probes = _load()
    wanted = list(probes) if only is None else list(only)
    for pid in wanted:
        if pid not in probes:
            raise ProbeError(f"unknown probe {pid!r}", exit_code=2)
    ctx = ProbeContext(release, license_cache=license_cache)
    out: list[Finding] = []
    for pid in probes:
        if pid not in wanted:
            continue
        try:
            found = probes[pid](ctx)
        except ProbeError:
            raise
        except Exception as exc:  # untrusted input must not crash an assessment
            found = [Finding(probe=pid, level=Level.UNKNOWN,
                             reason=f"The probe could not read the release ({type(exc).__name__}: {exc}).")]
        ctx.findings[pid] = found
        out.extend(found)
    return out
