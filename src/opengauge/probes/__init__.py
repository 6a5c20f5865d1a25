"""Probes: each answers one question about a `Release` and returns `Finding`s, citing evidence.

Probes never touch the network. Their definitions (question, motivation, remediation) are data in
`defs/<probe-id>.yaml`; `opengauge explain PROBE` prints one. `registry` is the leaf module probes
register with; `suite` imports them all and runs them in their declared order.
"""

from opengauge.probes.definitions import ProbeDefinition, get_definition, probe_definitions
from opengauge.probes.errors import ProbeError
from opengauge.probes.suite import probe_ids, run_probes

__all__ = ["ProbeDefinition", "ProbeError", "get_definition", "probe_definitions", "probe_ids", "run_probes"]
