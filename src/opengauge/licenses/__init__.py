"""The license engine: identify a license text and read it clause by clause."""

from opengauge.licenses.catalog import Catalog, LicenseEntry, load_catalog
from opengauge.licenses.clauses import clauses
from opengauge.licenses.errors import LicenseError
from opengauge.licenses.identify import Identification, identify, identify_hf_id
from opengauge.licenses.report import LicenseReport, analyze
from opengauge.licenses.verdict import verdict

__all__ = [
    "Catalog",
    "Identification",
    "LicenseEntry",
    "LicenseError",
    "LicenseReport",
    "analyze",
    "clauses",
    "identify",
    "identify_hf_id",
    "load_catalog",
    "verdict",
]
