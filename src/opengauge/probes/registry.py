"""The probe registry, a leaf module: the `@probe` decorator and the table it fills.

Probe modules import this module (never the other way round); `opengauge.probes.suite` imports
every probe module and computes the run order from what each probe declares it reads (`after=`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from opengauge.model import Finding
from opengauge.probes.errors import ProbeError

if TYPE_CHECKING:
    from opengauge.probes.context import ProbeContext

ProbeFunction = Callable[["ProbeContext"], list[Finding]]


@dataclass(frozen=True)
class RegisteredProbe:
    """One probe: its id (the id of its definition file), its function, and the probes whose
    findings it reads (they run before it; reading any other probe's findings is an error)."""

    id: str
    fn: ProbeFunction
    after: tuple[str, ...] = ()
    module: str = ""
    """The module that registered it (the suite lists every probe module)."""


REGISTERED: dict[str, RegisteredProbe] = {}
"""Every probe registered so far, by id (filled as probe modules are imported)."""


def probe(probe_id: str, *, after: tuple[str, ...] = ()) -> Callable[[ProbeFunction], ProbeFunction]:
    """Register a probe function under its id; `after` names the probes whose findings it reads."""

    def register(fn: ProbeFunction) -> ProbeFunction:
        if probe_id in REGISTERED:
            raise ProbeError(f"probe {probe_id!r} registered twice")
        REGISTERED[probe_id] = RegisteredProbe(probe_id, fn, tuple(after), fn.__module__)
        return fn

    return register
