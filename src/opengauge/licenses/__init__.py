"""The license engine: identify a license text and read it clause by clause."""

from opengauge.licenses.catalog import Catalog, LicenseEntry, load_catalog
from opengauge.licenses.errors import LicenseError

__all__ = ["Catalog", "LicenseEntry", "LicenseError", "load_catalog"]
