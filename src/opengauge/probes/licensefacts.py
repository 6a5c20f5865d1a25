"""Small fact tables about license identifiers, used when the license engine has no text to read.

Written from the public SPDX License List / OSI list; ids are SPDX ids (case-insensitive match).
"""

from __future__ import annotations

#: Common OSI-approved SPDX ids (code licenses a repository is most likely to carry).
OSI_APPROVED = frozenset(
    s.lower()
    for s in """
0BSD AFL-3.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.1 Apache-2.0 APSL-2.0 Artistic-2.0 BSD-1-Clause
BSD-2-Clause BSD-2-Clause-Patent BSD-3-Clause BSL-1.0 CDDL-1.0 CECILL-2.1 ECL-2.0 EPL-1.0 EPL-2.0 EUPL-1.1
EUPL-1.2 GPL-2.0 GPL-2.0-only GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later ISC LGPL-2.1
LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later LPPL-1.3c MIT MIT-0 MPL-1.1 MPL-2.0
MS-PL MS-RL MulanPSL-2.0 NCSA OFL-1.1 OSL-3.0 PostgreSQL Python-2.0 UPL-1.0 Unlicense Zlib BlueOak-1.0.0
""".split()
)

#: Open licenses for data and documents (Creative Commons attribution / share-alike, CDLA, ODC,
#: public-domain dedications, OpenMDW). Not OSI-approved, but open in the sense of the OSAI and MOF.
OPEN_CONTENT = frozenset(
    s.lower()
    for s in """
CC0-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0 CC-BY-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.5 CC-BY-SA-3.0
CC-BY-SA-4.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 ODC-By-1.0 ODbL-1.0 PDDL-1.0 CC-PDDC
GFDL-1.3 GFDL-1.3-only GFDL-1.3-or-later OGL-UK-3.0 OpenMDW-1.0 OpenMDW-1.1 odc-by odbl pddl cc-by-4.0
openmdw-1.0 openmdw-1.1
""".split()
)

#: Hugging Face `license:` ids that are SPDX-like spellings of OSI-approved licenses.
HF_TO_SPDX = {
    "apache-2.0": "Apache-2.0", "mit": "MIT", "bsd-2-clause": "BSD-2-Clause", "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear", "gpl-2.0": "GPL-2.0-only", "gpl-3.0": "GPL-3.0-only",
    "agpl-3.0": "AGPL-3.0-only", "lgpl-2.1": "LGPL-2.1-only", "lgpl-3.0": "LGPL-3.0-only", "mpl-2.0": "MPL-2.0",
    "isc": "ISC", "unlicense": "Unlicense", "bsl-1.0": "BSL-1.0", "epl-2.0": "EPL-2.0", "ecl-2.0": "ECL-2.0",
    "afl-3.0": "AFL-3.0", "artistic-2.0": "Artistic-2.0", "osl-3.0": "OSL-3.0", "postgresql": "PostgreSQL",
    "cc0-1.0": "CC0-1.0", "cc-by-4.0": "CC-BY-4.0", "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-by-3.0": "CC-BY-3.0",
    "cc-by-sa-3.0": "CC-BY-SA-3.0", "cc-by-2.0": "CC-BY-2.0", "cdla-permissive-1.0": "CDLA-Permissive-1.0",
    "cdla-permissive-2.0": "CDLA-Permissive-2.0", "cdla-sharing-1.0": "CDLA-Sharing-1.0", "odc-by": "ODC-By-1.0",
    "odbl": "ODbL-1.0", "pddl": "PDDL-1.0", "openmdw-1.0": "OpenMDW-1.0", "openmdw-1.1": "OpenMDW-1.1",
    "cc-by-nc-4.0": "CC-BY-NC-4.0", "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0", "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nc-2.0": "CC-BY-NC-2.0", "cc-by-nc-3.0": "CC-BY-NC-3.0", "cc-by-nd-4.0": "CC-BY-ND-4.0",
}

#: SPDX ids whose terms forbid commercial use or modification (never open).
NOT_OPEN_SPDX = frozenset(s.lower() for s in HF_TO_SPDX.values() if "-NC" in s or "-ND" in s)


def spdx_of(license_id: str | None) -> str | None:
    """An SPDX id for a Hub or SPDX license id, when one is known."""
    if not license_id:
        return None
    low = license_id.strip().lower()
    if low in HF_TO_SPDX:
        return HF_TO_SPDX[low]
    for s in OSI_APPROVED | OPEN_CONTENT:
        if s == low:
            return license_id.strip()
    return None


def verdict_of_spdx(spdx: str | None) -> str:
    """`osi-open`, `open-non-osi`, `non-commercial` or `unknown` for an SPDX id."""
    if not spdx:
        return "unknown"
    low = spdx.lower()
    if low in OSI_APPROVED:
        return "osi-open"
    if low in NOT_OPEN_SPDX:
        return "non-commercial" if "-nc" in low else "restricted"
    if low in OPEN_CONTENT:
        return "open-non-osi"
    return "unknown"
