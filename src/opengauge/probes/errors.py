"""The probes layer's error type."""

from opengauge.errors import OpengaugeError


class ProbeError(OpengaugeError):
    """A probe could not run (an unknown probe id, a broken definition file)."""
