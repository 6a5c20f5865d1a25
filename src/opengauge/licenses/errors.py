from opengauge.errors import OpengaugeError


class LicenseError(OpengaugeError):
    """The license engine could not do its job (a broken catalog, unreadable text)."""
