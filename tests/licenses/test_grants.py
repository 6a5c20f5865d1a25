"""The four freedoms read from a license's grant (`licenses/grants.py`), on licenses written for this
file (vendors, products and wording invented), in several drafting styles."""

from __future__ import annotations

import json

import pytest

from opengauge.cli import main
from opengauge.licenses import analyze
from opengauge.licenses.grants import read_grants
from opengauge.model import Freedom, LicenseVerdict

# A permissive license in plain words, written for this test.
PLAIN_PERMISSIVE = """\
The Driftwood Licence

Copyright 2026 Saltmarsh Labs

You can do what you like with this program. In particular, you are free to use it for any
purpose, to make copies and hand them out to anyone, to change the code and to share your
changed versions, for money or for free.

The one thing we ask: keep this notice with every copy you pass on.

There is no warranty. If it breaks, you keep both pieces.
"""

# A freeware end-user agreement, written for this test.
FREEWARE_EULA = """\
PINECONE SYSTEMS FREEWARE END USER LICENSE AGREEMENT

1. Grant. Pinecone Systems grants you a non-exclusive, non-transferable license to install and
use one copy of the Software on computers you own, free of charge.

2. Restrictions. You may not reverse engineer, decompile or disassemble the Software.

3. All rights not expressly granted in this Agreement are reserved by Pinecone Systems.

4. The Software is provided "as is", without warranty of any kind.
"""


def test_plain_permissive_license_is_open_terms_with_its_reasons() -> None:
    report = analyze(PLAIN_PERMISSIVE)
    assert report.entry is None
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI
    assert "grants all four freedoms" in report.summary()
    assert not report.blocking
    assert not report.missing
    read = {r["freedom"]: r for r in report.freedoms()}
    for f in (Freedom.USE, Freedom.SHARE, Freedom.MODIFY):
        assert read[f]["status"] == "granted", f
        assert read[f]["line"] == 5, f  # the grant's sentence starts on line 5
    assert read[Freedom.USE]["quote"] == "You can do what you like with this program."
    assert {c.type for c in report.clauses} == {"attribution"}


def test_freeware_eula_names_the_missing_freedoms_with_quotes() -> None:
    report = analyze(FREEWARE_EULA, document="EULA.txt")
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert report.missing_freedoms == [Freedom.MODIFY, Freedom.SHARE]
    for c in report.missing:
        assert c.line == 3
        assert c.quote.startswith("Pinecone Systems grants you a non-exclusive, non-transferable license")
        assert c.blocks_open_source and c.document == "EULA.txt"
    assert {c.type for c in report.missing} == {"no-modification", "no-redistribution"}
    summary = report.summary()
    assert "never grants the freedom to modify, share" in summary and "line 3" in summary
    # the reverse-engineering ban withholds study, quoted from its own line
    study = [c for c in report.clauses if c.type == "no-source-access"]
    assert [c.line for c in study] == [6]
    read = {r["freedom"]: r for r in report.freedoms()}
    assert read[Freedom.USE]["status"] == "granted"
    assert read[Freedom.SHARE]["status"] == "not-granted"
    assert read[Freedom.MODIFY]["status"] == "not-granted"


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["opengauge", "license", *args])
    monkeypatch.setenv("COLUMNS", "200")
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return code, capsys.readouterr().out


def test_cli_says_open_terms_and_why(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "LICENSE"
    path.write_text(PLAIN_PERMISSIVE, encoding="utf-8")
    code, out = _cli(monkeypatch, capsys, str(path))
    assert code == 0
    assert "open-non-osi" in out and "grants all four freedoms" in out
    assert 'use, study, modify, share: granted (line 5: "You can do what you like' in out
    code, out = _cli(monkeypatch, capsys, str(path), "--format", "json")
    doc = json.loads(out)
    assert doc["verdict"] == "open-non-osi"
    assert {f["freedom"]: f["status"] for f in doc["freedoms"]} == {
        "use": "granted",
        "study": "granted",
        "modify": "granted",
        "share": "granted",
    }


def test_cli_names_the_missing_freedoms_of_a_freeware_eula(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "EULA.txt"
    path.write_text(FREEWARE_EULA, encoding="utf-8")
    code, out = _cli(monkeypatch, capsys, str(path))
    assert code == 0
    assert "restricted" in out and "never grants the freedom to modify, share" in out
    assert 'modify, share: NOT granted (the grant stops here) (line 3: "Pinecone Systems grants' in out
    assert "No source / no study" in out
    code, out = _cli(monkeypatch, capsys, str(path), "--format", "json")
    doc = json.loads(out)
    statuses = {f["freedom"]: f["status"] for f in doc["freedoms"]}
    assert statuses["share"] == "not-granted" and statuses["modify"] == "not-granted"
    assert {c["type"] for c in doc["clauses"]} >= {"no-modification", "no-redistribution", "no-source-access"}


@pytest.mark.parametrize(
    ("style", "text"),
    [
        (
            "bsd-like",
            "Copyright 2026 Fernhill.\nRedistribution and use of this kit in source and compiled forms, with "
            "or without changes, are permitted as long as this notice stays attached.",
        ),
        (
            "passive",
            "This library may be freely used, copied, altered and redistributed by anybody, provided the "
            "header above is kept.",
        ),
        (
            "legalese",
            "Subject to the conditions below, Quarry Works hereby grants to any person a perpetual, "
            "worldwide, royalty-free licence to use, reproduce, adapt, publish and distribute the Work "
            "and adaptations of it.",
        ),
        (
            "list",
            "Tessellate grants you the right to:\n\n(a) run the program;\n(b) give copies to others;\n"
            "(c) modify it and distribute your modified versions.",
        ),
        ("public domain", "The author dedicates this file to the public domain. Do with it as you wish."),
        # written for this file: a permission given rather than granted, a passive grant with other
        # verbs, and a grant wrapped at a narrow column
        (
            "gives permission",
            "Ostrander Labs gives everyone full permission to copy, change and hand on this script, as "
            "long as these two lines stay at the top.",
        ),
        (
            "passive, other verbs",
            "These tables may be freely transmitted, altered or sold, provided this\nnote is kept.",
        ),
        (
            "wrapped",
            "Use, copying, modification and\n    redistribution of this kit, with or\n"
            "    without changes, are\n    freely permitted\n    provided that this notice stays attached.",
        ),
    ],
)
def test_open_grants_in_several_styles(style: str, text: str) -> None:
    report = analyze(text)
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI, (style, report.summary())
    assert report.grants is not None and report.grants.all_four


@pytest.mark.parametrize(
    "text",
    [
        "The Lantern Sharing Licence\n\nYou may use, copy, modify and distribute the Software. If you "
        "distribute a modified version, you must release it under this same licence, with its source code.\n",
        "Anyone may run, copy, adapt and redistribute the Toolkit. When you pass on a work that contains "
        "the Toolkit, you must cause that whole work to be licensed to its recipients under the terms of "
        "this License.\n",
        "Brindle grants you the right to use, modify and distribute the Library; any Covered Code you "
        "distribute in source form must be made available under this Agreement.\n",
    ],
)
def test_copyleft_made_up_text_reads_share_alike_not_restriction(text: str) -> None:
    report = analyze(text)
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI
    assert [c.type for c in report.clauses] == ["share-alike"]
    assert not report.blocking


def test_an_open_grant_never_overrides_a_blocking_clause() -> None:
    text = (
        "Permission is hereby granted to use, copy, modify and distribute this software for any purpose.\n"
        "The software is not licensed for use in the design, construction or operation of any military "
        "facility.\n"
    )
    report = analyze(text)
    assert report.grants is not None and report.grants.all_four
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert [c.type for c in report.blocking] == ["use-restrictions"]


def test_use_and_copy_only_with_a_reservation_withholds_modify() -> None:
    text = (
        "Halyard grants you a non-transferable licence to use and distribute unmodified copies of the "
        "Dataset. You may not change it."
    )
    report = analyze(text)
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert "no-modification" in {c.type for c in report.blocking}


def test_a_partial_grant_that_reserves_nothing_is_unknown_and_says_what_is_missing() -> None:
    report = analyze("You are welcome to use this script on your website.")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert report.missing == []  # nothing reserved: silence is not read as a withheld freedom
    assert "says nothing of modify, share" in report.summary()


def test_a_text_that_grants_nothing_is_unknown() -> None:
    text = "# Weather station\n\nThis repository holds the firmware for a small weather station.\n"
    assert not read_grants(text).any
    report = analyze(text)
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert report.freedoms() == []


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in this licence grants you the right to modify or distribute the Software.",
        "You may not use, copy, modify or distribute this file.",
        '"Distribution" means making copies available to others.',
    ],
)
def test_negated_or_defining_sentences_grant_nothing(text: str) -> None:
    assert not read_grants(text).any, text


def test_a_you_may_not_list_reads_each_item() -> None:
    text = (
        "Grebe Audio grants you a personal licence to install the Plug-in on one workstation.\n\n"
        "You may not:\n"
        "(a) rent, lend or sell the Plug-in;\n"
        "(b) translate or adapt it;\n"
        "(c) decompile it.\n"
    )
    report = analyze(text)
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert {"no-redistribution", "no-modification", "no-source-access"} <= {c.type for c in report.blocking}
    assert all(c.line == 3 for c in report.blocking if c.type == "no-source-access")


@pytest.mark.parametrize(
    "text",
    [
        "You may not impose further terms that change or restrict the rights granted hereunder.",
        "Nothing may narrow the licence granted in Section 2 to adapt the Work.",
        "Any attempt to alter the freedoms granted by this Licence is void.",
    ],
)
def test_rights_granted_elsewhere_are_not_a_grant(text: str) -> None:
    # "granted" naming rights given in another clause grants nothing (here: no grant to modify)
    assert Freedom.MODIFY not in read_grants(text).granted, text


def test_a_copy_only_grant_with_a_reference_to_its_rights_withholds_modify() -> None:
    text = (
        "Heronsgate Press grants you a worldwide, royalty-free licence to copy, distribute and publicly "
        "perform the Booklet, in unchanged form.\n\n"
        "You may not offer terms that alter or limit the rights granted hereunder.\n\n"
        "All rights not expressly granted are reserved.\n"
    )
    report = analyze(text)
    assert report.verdict not in (LicenseVerdict.OSI_OPEN, LicenseVerdict.OPEN_NON_OSI)
    assert Freedom.MODIFY in report.missing_freedoms


@pytest.mark.parametrize(
    "text",
    [
        '"Deploy" shall mean to use, sublicense or distribute the Code outside your organisation. '
        "You may modify and Deploy the Code.",
        "1.3 'Ship' means to sell or distribute the Library to others.\n\n2. You may change and ship it.",
    ],
)
def test_a_term_defined_by_freedom_verbs_grants_them_where_a_grant_uses_it(text: str) -> None:
    assert Freedom.SHARE in read_grants(text).granted, text


def test_a_defined_term_in_a_refusal_grants_nothing() -> None:
    text = (
        '"Deploy" means to use or distribute the Code outside your organisation. You may not Deploy the Code.'
    )
    assert Freedom.SHARE not in read_grants(text).granted
