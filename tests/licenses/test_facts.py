"""License facts live in the catalog: the lookups of `opengauge.licenses.facts` give, for every id of
the hand lists they replace (`probes/licensefacts.py`: OSI_APPROVED, OPEN_CONTENT, HF_TO_SPDX,
NOT_OPEN_SPDX, spdx_of, verdict_of_spdx; `frameworks/mof.py`: OPEN_DATA, TYPE_APPROPRIATE), the
answer those lists gave, except for the few corrections listed in CORRECTED.

EXPECTED is a frozen copy of those answers (checked against the lists before they were deleted);
the table now stands for them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.licenses import Catalog, LicenseEntry, identify, load_catalog
from opengauge.licenses.catalog import entry_from
from opengauge.licenses.facts import (
    entry_verdict,
    find_entry,
    is_open_content,
    is_osi_approved,
    mof_appropriate,
    spdx_of,
    verdict_for_id,
)
from opengauge.model import LicenseVerdict

MOF_TYPES = ("code", "data", "document")

#: id as the hand lists spell it -> (verdict_for_id, spdx_of, is_osi_approved, is_open_content,
#: the MOF types `mof_appropriate` accepts). The old `spdx_of` echoed the caller's spelling of an
#: SPDX id; the new one gives the canonical spelling (compared case-insensitively below).
EXPECTED: dict[str, tuple[str, str | None, bool, bool, str]] = {
    "0BSD": ("osi-open", "0BSD", True, False, "code"),
    "AFL-1.1": ("osi-open", "AFL-1.1", True, False, "code"),
    "AFL-1.2": ("osi-open", "AFL-1.2", True, False, "code"),
    "AFL-2.0": ("osi-open", "AFL-2.0", True, False, "code"),
    "AFL-2.1": ("osi-open", "AFL-2.1", True, False, "code"),
    "AFL-3.0": ("osi-open", "AFL-3.0", True, False, "code"),
    "AGPL-3.0": ("osi-open", "AGPL-3.0-only", True, False, ""),
    "AGPL-3.0-only": ("osi-open", "AGPL-3.0-only", True, False, ""),
    "AGPL-3.0-or-later": ("osi-open", "AGPL-3.0-or-later", True, False, ""),
    "Apache-1.0": ("open-non-osi", "Apache-1.0", False, False, "code"),
    "Apache-1.1": ("osi-open", "Apache-1.1", True, False, "code"),
    "Apache-2.0": ("osi-open", "Apache-2.0", True, False, "code document"),
    "APSL-2.0": ("osi-open", "APSL-2.0", True, False, ""),
    "Artistic-2.0": ("osi-open", "Artistic-2.0", True, False, ""),
    "BlueOak-1.0.0": ("osi-open", "BlueOak-1.0.0", True, False, ""),
    "BSD-1-Clause": ("osi-open", "BSD-1-Clause", True, False, ""),
    "BSD-2-Clause": ("osi-open", "BSD-2-Clause", True, False, "code"),
    "BSD-2-Clause-Patent": ("osi-open", "BSD-2-Clause-Patent", True, False, ""),
    "BSD-3-Clause": ("osi-open", "BSD-3-Clause", True, False, "code"),
    "BSD-3-Clause-Clear": ("open-non-osi", "BSD-3-Clause-Clear", False, False, ""),
    "BSL-1.0": ("osi-open", "BSL-1.0", True, False, ""),
    "CC-BY-1.0": ("open-non-osi", "CC-BY-1.0", False, True, ""),
    "CC-BY-2.0": ("open-non-osi", "CC-BY-2.0", False, True, ""),
    "CC-BY-2.5": ("open-non-osi", "CC-BY-2.5", False, True, ""),
    "CC-BY-3.0": ("open-non-osi", "CC-BY-3.0", False, True, ""),
    "CC-BY-4.0": ("open-non-osi", "CC-BY-4.0", False, True, "data document"),
    "CC-BY-NC-2.0": ("non-commercial", "CC-BY-NC-2.0", False, False, ""),
    "CC-BY-NC-3.0": ("non-commercial", "CC-BY-NC-3.0", False, False, ""),
    "CC-BY-NC-4.0": ("non-commercial", "CC-BY-NC-4.0", False, False, ""),
    "CC-BY-NC-ND-4.0": ("non-commercial", "CC-BY-NC-ND-4.0", False, False, ""),
    "CC-BY-NC-SA-4.0": ("non-commercial", "CC-BY-NC-SA-4.0", False, False, ""),
    "CC-BY-ND-4.0": ("restricted", "CC-BY-ND-4.0", False, False, ""),
    "CC-BY-SA-1.0": ("open-non-osi", "CC-BY-SA-1.0", False, True, ""),
    "CC-BY-SA-2.0": ("open-non-osi", "CC-BY-SA-2.0", False, True, ""),
    "CC-BY-SA-2.5": ("open-non-osi", "CC-BY-SA-2.5", False, True, ""),
    "CC-BY-SA-3.0": ("open-non-osi", "CC-BY-SA-3.0", False, True, "document"),
    "CC-BY-SA-4.0": ("open-non-osi", "CC-BY-SA-4.0", False, True, "document"),
    "CC-PDDC": ("open-non-osi", "CC-PDDC", False, True, "data document"),
    "CC0-1.0": ("open-non-osi", "CC0-1.0", False, True, "data document"),
    "CDDL-1.0": ("osi-open", "CDDL-1.0", True, False, ""),
    "CDLA-Permissive-1.0": ("open-non-osi", "CDLA-Permissive-1.0", False, True, "data"),
    "CDLA-Permissive-2.0": ("open-non-osi", "CDLA-Permissive-2.0", False, True, "data"),
    "CDLA-Sharing-1.0": ("open-non-osi", "CDLA-Sharing-1.0", False, True, ""),
    "CECILL-2.1": ("osi-open", "CECILL-2.1", True, False, ""),
    "ECL-1.0": ("osi-open", "ECL-1.0", True, False, "code"),
    "ECL-2.0": ("osi-open", "ECL-2.0", True, False, "code"),
    "EPL-1.0": ("osi-open", "EPL-1.0", True, False, ""),
    "EPL-2.0": ("osi-open", "EPL-2.0", True, False, ""),
    "EUPL-1.1": ("osi-open", "EUPL-1.1", True, False, ""),
    "EUPL-1.2": ("osi-open", "EUPL-1.2", True, False, ""),
    "FreeBSD-DOC": ("open-non-osi", "FreeBSD-DOC", False, True, "document"),
    "GFDL-1.3": ("open-non-osi", "GFDL-1.3-only", False, True, ""),
    "GFDL-1.3-only": ("open-non-osi", "GFDL-1.3-only", False, True, ""),
    "GFDL-1.3-or-later": ("open-non-osi", "GFDL-1.3-or-later", False, True, ""),
    "GPL-2.0": ("osi-open", "GPL-2.0-only", True, False, ""),
    "GPL-2.0-only": ("osi-open", "GPL-2.0-only", True, False, ""),
    "GPL-2.0-or-later": ("osi-open", "GPL-2.0-or-later", True, False, ""),
    "GPL-3.0": ("osi-open", "GPL-3.0-only", True, False, ""),
    "GPL-3.0-only": ("osi-open", "GPL-3.0-only", True, False, ""),
    "GPL-3.0-or-later": ("osi-open", "GPL-3.0-or-later", True, False, ""),
    "ISC": ("osi-open", "ISC", True, False, "code"),
    "LGPL-2.1": ("osi-open", "LGPL-2.1-only", True, False, ""),
    "LGPL-2.1-only": ("osi-open", "LGPL-2.1-only", True, False, ""),
    "LGPL-2.1-or-later": ("osi-open", "LGPL-2.1-or-later", True, False, ""),
    "LGPL-3.0": ("osi-open", "LGPL-3.0-only", True, False, ""),
    "LGPL-3.0-only": ("osi-open", "LGPL-3.0-only", True, False, ""),
    "LGPL-3.0-or-later": ("osi-open", "LGPL-3.0-or-later", True, False, ""),
    "LPPL-1.3c": ("osi-open", "LPPL-1.3c", True, False, ""),
    "MIT": ("osi-open", "MIT", True, False, "code"),
    "MIT-0": ("osi-open", "MIT-0", True, False, "code"),
    "MPL-1.1": ("osi-open", "MPL-1.1", True, False, ""),
    "MPL-2.0": ("osi-open", "MPL-2.0", True, False, ""),
    "MS-PL": ("osi-open", "MS-PL", True, False, ""),
    "MS-RL": ("osi-open", "MS-RL", True, False, ""),
    "MulanPSL-2.0": ("osi-open", "MulanPSL-2.0", True, False, "code"),
    "NCSA": ("osi-open", "NCSA", True, False, "code"),
    "odbl": ("open-non-osi", "ODbL-1.0", False, True, ""),
    "ODbL-1.0": ("open-non-osi", "ODbL-1.0", False, True, ""),
    "odc-by": ("open-non-osi", "ODC-By-1.0", False, True, ""),
    "ODC-By-1.0": ("open-non-osi", "ODC-By-1.0", False, True, ""),
    "OFL-1.1": ("osi-open", "OFL-1.1", True, False, ""),
    "OGL-Canada-2.0": ("open-non-osi", "OGL-Canada-2.0", False, True, ""),
    "OGL-UK-2.0": ("open-non-osi", "OGL-UK-2.0", False, True, ""),
    "OGL-UK-3.0": ("open-non-osi", "OGL-UK-3.0", False, True, ""),
    "OpenMDW-1.0": ("open-non-osi", "OpenMDW-1.0", False, True, "code data document"),
    "OpenMDW-1.1": ("open-non-osi", None, False, True, ""),
    "OSL-3.0": ("osi-open", "OSL-3.0", True, False, ""),
    "pddl": ("open-non-osi", "PDDL-1.0", False, True, "data"),
    "PDDL-1.0": ("open-non-osi", "PDDL-1.0", False, True, "data"),
    "PostgreSQL": ("osi-open", "PostgreSQL", True, False, ""),
    "Python-2.0": ("osi-open", "Python-2.0", True, False, ""),
    "Unlicense": ("osi-open", "Unlicense", True, False, ""),
    "UPL-1.0": ("osi-open", "UPL-1.0", True, False, "code"),
    "Zlib": ("osi-open", "Zlib", True, False, ""),
}

#: Where the new answer deliberately differs from the old lists: (id, column) -> the old answer.
#: Each is an id the old lists knew only in part (it sat in one list and was missing from another),
#: so the old answer was an accident of the missing entry rather than a fact.
CORRECTED: dict[tuple[str, str], object] = {
    # OSI-approved (SPDX `isOsiApproved`) and listed by the MOF as code licenses, but missing from
    # the old OSI_APPROVED list of common ids, so the old verdict was `unknown` and spdx_of None
    **{
        (i, c): v
        for i in ("AFL-1.1", "AFL-1.2", "AFL-2.0", "AFL-2.1", "ECL-1.0")
        for c, v in (("verdict", "unknown"), ("spdx", None), ("osi", False))
    },
    # open terms not approved by the OSI (Apache 1.0, the BSD license that withholds patents); the
    # MOF lists Apache 1.0 for code
    ("Apache-1.0", "verdict"): "unknown",
    ("Apache-1.0", "spdx"): None,
    ("BSD-3-Clause-Clear", "verdict"): "unknown",
    # a permissive documentation license the MOF lists for documents
    ("FreeBSD-DOC", "verdict"): "unknown",
    ("FreeBSD-DOC", "spdx"): None,
    ("FreeBSD-DOC", "content"): False,
    # on the MOF's open-data list, missing from OPEN_CONTENT (OGL-UK-3.0 was there)
    ("OGL-Canada-2.0", "verdict"): "unknown",
    ("OGL-Canada-2.0", "spdx"): None,
    ("OGL-UK-2.0", "verdict"): "unknown",
    ("OGL-UK-2.0", "spdx"): None,
    # a deprecated SPDX id: now resolved to its current id, like GPL-3.0 -> GPL-3.0-only already was
    ("GFDL-1.3", "spdx"): "GFDL-1.3",
    # OpenMDW-1.1 is not on the SPDX License List (only OpenMDW-1.0 is); the catalog has no SPDX id for it
    ("OpenMDW-1.1", "spdx"): "OpenMDW-1.1",
    # the Hub's `pddl` is PDDL-1.0, which the MOF lists for data; the old list knew only `pddl-1.0`
    ("pddl", "mof"): "",
}
COLUMNS = ("verdict", "spdx", "osi", "content", "mof")


def _new_answers(license_id: str) -> tuple[str, str | None, bool, bool, str]:
    return (
        verdict_for_id(license_id),
        spdx_of(license_id),
        is_osi_approved(license_id),
        is_open_content(license_id),
        " ".join(t for t in MOF_TYPES if mof_appropriate(license_id, t)),
    )


@pytest.mark.parametrize("license_id", sorted(EXPECTED))
def test_lookups_give_the_expected_answers_in_any_spelling(license_id: str) -> None:
    want = EXPECTED[license_id]
    for spelling in (license_id, license_id.lower(), license_id.upper(), f"  {license_id}\n"):
        assert find_entry(spelling) is not None, spelling
        assert _new_answers(spelling) == want, spelling


def test_the_corrections_are_deliberate_differences_from_the_old_lists() -> None:
    """Each recorded correction is an id whose answer the catalog changed on purpose."""
    for (license_id, column), old in CORRECTED.items():
        new = dict(zip(COLUMNS, EXPECTED[license_id], strict=True))[column]
        assert new != old, (license_id, column)


def test_every_id_names_one_entry_only() -> None:
    """Catalog ids, SPDX ids and aliases and Hub ids never collide, so `find` never has to choose."""
    owner: dict[str, str] = {}
    clashes = []
    for e in load_catalog():
        names = {e.id, *e.hf, *e.spdx_aliases} | ({e.spdx} if e.spdx else set())
        for name in {n.lower() for n in names}:
            if owner.setdefault(name, e.id) != e.id:
                clashes.append(f"{name!r}: {owner[name]} and {e.id}")
    assert not clashes, "\n".join(clashes)


def test_find_takes_every_kind_of_id() -> None:
    assert find_entry("llama3.1").id == "llama-3.1-community"  # Hub id
    assert find_entry("Llama-3.1-Community").id == "llama-3.1-community"  # catalog id
    assert find_entry("GPL-3.0-only").id == "gpl-3.0"  # SPDX id
    assert find_entry("GPL-3.0").id == "gpl-3.0"  # deprecated SPDX id
    assert find_entry("gpl-3.0+").id == "gpl-3.0-or-later"
    assert find_entry("ODC-PDDL-1.0").id == "pddl-1.0"  # the MOT's spelling
    assert spdx_of("openmdw-1.1") is None and verdict_for_id("openmdw-1.1") == "open-non-osi"
    assert verdict_for_id("llama3.1") is LicenseVerdict.RESTRICTED
    assert verdict_for_id("cc-by-nc-4.0") is LicenseVerdict.NON_COMMERCIAL
    assert verdict_for_id("cc-by-nd-4.0") is LicenseVerdict.RESTRICTED


@pytest.mark.parametrize("license_id", [None, "", "  ", "other", "unknown", "no-such-license", "NOASSERTION"])
def test_unknown_ids_get_the_cautious_answer(license_id: str | None) -> None:
    assert find_entry(license_id) is None
    assert verdict_for_id(license_id) is LicenseVerdict.UNKNOWN
    assert spdx_of(license_id) is None
    assert not is_osi_approved(license_id) and not is_open_content(license_id)
    assert not any(mof_appropriate(license_id, t) for t in MOF_TYPES)


def test_mof_appropriate_refuses_an_unknown_content_type() -> None:
    with pytest.raises(ValueError, match="code, data, document"):
        mof_appropriate("mit", "weights")


def _entry(**fields: object) -> LicenseEntry:
    return entry_from({"id": "x", "name": "X", "family": "x", **fields})


def test_entry_verdict_without_a_reviewed_verdict() -> None:
    assert entry_verdict(_entry(verdict="research-only", osi_approved=True)) is LicenseVerdict.RESEARCH_ONLY
    assert entry_verdict(_entry(osi_approved=True)) is LicenseVerdict.OSI_OPEN
    assert entry_verdict(_entry(open_content=True)) is LicenseVerdict.OPEN_NON_OSI
    assert entry_verdict(_entry(clauses=["non-commercial", "attribution"])) is LicenseVerdict.NON_COMMERCIAL
    assert entry_verdict(_entry(clauses=["no-modification"])) is LicenseVerdict.RESTRICTED
    assert entry_verdict(_entry(clauses=["attribution"])) is LicenseVerdict.OPEN_NON_OSI
    assert entry_verdict(_entry(kind="use-policy", clauses=["use-restrictions"])) is LicenseVerdict.USE_POLICY
    assert entry_verdict(_entry(use_policy="some-aup")) is LicenseVerdict.RESTRICTED
    assert entry_verdict(_entry()) is LicenseVerdict.UNKNOWN


def test_the_verdict_field_is_a_license_verdict() -> None:
    e = _entry(verdict="osi-open")
    assert e.verdict is LicenseVerdict.OSI_OPEN and e.verdict == "osi-open"
    with pytest.raises(ValueError):
        _entry(verdict="open-ish")
    with pytest.raises(ValueError):
        _entry(mof_types=["weights"])


def test_a_custom_catalog_can_be_passed() -> None:
    cat = Catalog(
        [
            _entry(
                id="mine",
                spdx="Mine-1.0",
                spdx_aliases=["mine1"],
                hf=["my-hub-id"],
                open_content=True,
                mof_types=["data"],
                verdict="open-non-osi",
            )
        ]
    )
    for name in ("mine", "MINE-1.0", "mine1", "my-hub-id"):
        assert find_entry(name, cat) is not None
        assert spdx_of(name, cat) == "Mine-1.0"
        assert is_open_content(name, cat) and mof_appropriate(name, "data", cat)
    assert find_entry("mit", cat) is None


def test_lookup_only_entries_never_take_part_in_identification(license_corpus: Path) -> None:
    """Entries without fingerprints or title patterns are left out of `identify`: every corpus text
    is identified exactly as with a catalog that does not hold them."""
    full = load_catalog()
    lookup_only = [e for e in full if not e.identifiable]
    assert len(lookup_only) >= 50
    trimmed = Catalog([e for e in full if e.identifiable])
    for path in sorted(license_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert identify(text, full) == identify(text, trimmed), path.name
