"""What the catalog says about a license id when there is no text to read.

A model card names its license by a Hugging Face id, a forge by an SPDX id, a dataset card by
either, a reviewer by a catalog id. These functions take any of them (case-insensitive, see
`Catalog.find`) and answer from the catalog entry alone: the catalog is the one home of these
facts (SPDX ids and aliases, OSI approval, open content, MOF content types, reviewed verdicts).
An id the catalog does not know gets the cautious answer: `unknown`, None or False.

Every function takes an optional `catalog` (the shipped one by default), for tests.
"""

from __future__ import annotations

from opengauge.enums import LicenseVerdict
from opengauge.licenses.catalog import MOF_TYPES, Catalog, LicenseEntry, load_catalog
from opengauge.licenses.taxonomy import CLAUSE_TYPES, clause_of
from opengauge.licenses.verdict import verdict


def find_entry(license_id: str | None, catalog: Catalog | None = None) -> LicenseEntry | None:
    """The catalog entry any id names (catalog id, SPDX id or alias, Hugging Face id), or None."""
    return (catalog or load_catalog()).find(license_id)


def entry_verdict(entry: LicenseEntry) -> LicenseVerdict:
    """The verdict on a catalog entry without its text: the reviewed verdict when the entry has one;
    else `osi-open` for an OSI-approved license, `open-non-osi` for an open content license, the
    verdict its catalogued clause types give (`non-commercial`, `restricted`...), `restricted` when
    it incorporates a use policy by reference, and `unknown` when nothing decides."""
    if entry.verdict is not None:
        return entry.verdict
    if entry.osi_approved:
        return LicenseVerdict.OSI_OPEN
    if entry.open_content:
        return LicenseVerdict.OPEN_NON_OSI
    known = [t for t in entry.clauses if t in CLAUSE_TYPES]
    if known:
        pseudo = [clause_of(t) for t in known]
        return LicenseVerdict(verdict(pseudo, entry, is_policy=entry.kind == "use-policy"))
    if entry.use_policy:
        # incorporating a use policy by reference is itself a clause that blocks open source
        return LicenseVerdict.RESTRICTED
    return LicenseVerdict.UNKNOWN


def verdict_for_id(license_id: str | None, catalog: Catalog | None = None) -> LicenseVerdict:
    """The verdict on the license an id names (see `entry_verdict`); `unknown` for an id the
    catalog does not know."""
    entry = find_entry(license_id, catalog)
    return entry_verdict(entry) if entry is not None else LicenseVerdict.UNKNOWN


def spdx_of(license_id: str | None, catalog: Catalog | None = None) -> str | None:
    """The official SPDX id (canonical spelling, e.g. `GPL-3.0-only` for the Hub's `gpl-3.0`) of the
    license an id names; None when the catalog does not know the id or the license has no SPDX id."""
    entry = find_entry(license_id, catalog)
    return entry.spdx if entry is not None else None


def is_osi_approved(license_id: str | None, catalog: Catalog | None = None) -> bool:
    """True when the id names an OSI-approved license."""
    entry = find_entry(license_id, catalog)
    return entry is not None and entry.osi_approved


def is_open_content(license_id: str | None, catalog: Catalog | None = None) -> bool:
    """True when the id names an open license for data or documents (CC-BY, CC0, CDLA, ODC,
    OpenMDW, GFDL, OGL...; see `LicenseEntry.open_content`)."""
    entry = find_entry(license_id, catalog)
    return entry is not None and entry.open_content


def mof_appropriate(license_id: str | None, content_type: str, catalog: Catalog | None = None) -> bool:
    """True when the MOF deems the license an id names appropriate for `content_type` (`code`,
    `data` or `document`; see `LicenseEntry.mof_types`). ValueError for any other type."""
    if content_type not in MOF_TYPES:
        raise ValueError(f"MOF content type must be one of {', '.join(MOF_TYPES)}, not {content_type!r}")
    entry = find_entry(license_id, catalog)
    return entry is not None and content_type in entry.mof_types
