"""Text beats name inside the license too: terms inserted into an open license's own text.

`additions` reads what a document puts after a license's end; `reference.insertions` reads what it
puts inside, against the hashed five-word runs of the license's reference text. The insertions below
were written for this file (invented vendors and products), each in words no clause rule knows, so
that only the reference text can tell them; the real license texts are read from the shared corpus.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.licenses.reference import DATA, insertions

# one term per paragraph, none a phrasing the clause rules were written for
INSERTED = [
    "4A. Remote Deactivation. The Licensor keeps the technical ability to switch off any running copy "
    "of the Work, and You agree not to interfere with that ability.",
    "4B. Conduct. Your use of the Work must at all times follow the Licensor's conduct handbook, as "
    "updated by the Licensor from time to time and published on its website.",
    "4E. Modifications. The Work is provided read-only: You may run it, but altering the weights is "
    "outside this License.",
]


def _between(text: str, marker: str, insert: str) -> tuple[str, int]:
    """`text` with a paragraph put before the line holding `marker`, and that paragraph's line."""
    at = text.index(marker)
    at = text.rfind("\n", 0, at) + 1
    return text[:at] + insert + "\n\n" + text[at:], text.count("\n", 0, at) + 1


@pytest.mark.parametrize("insert", INSERTED)
def test_a_term_inserted_inside_apache_is_never_read_as_open(license_corpus: Path, insert: str) -> None:
    text, line = _between(
        (license_corpus / "apache-2.0.txt").read_text("utf-8"), "5. Submission of Contributions", insert
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert report.display_name == "based on Apache License 2.0, with changes"
    assert [(a.line, a.quote) for a in report.unclassified] == [(line, " ".join(insert.split()))]


def test_a_sentence_added_to_mit_s_grant_is_read(license_corpus: Path) -> None:
    mit = (license_corpus / "mit.txt").read_text("utf-8")
    added = "Each deployment of the Software must first be cleared in writing by Nimbus Labs."
    text = mit.replace(
        "subject to the following conditions:", f"subject to the following conditions. {added}", 1
    )
    assert text != mit
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open
    assert report.modified


@pytest.mark.parametrize("name", ["apache-2.0", "mit", "bsd-3-clause", "gpl-3.0", "cc-by-4.0"])
def test_the_licenses_own_texts_insert_nothing(license_corpus: Path, name: str) -> None:
    report = analyze((license_corpus / f"{name}.txt").read_text("utf-8"), document=name)
    assert report.verdict.is_open
    assert report.unclassified == []


def test_another_copy_s_wording_of_an_allowed_clause_is_not_an_insertion(license_corpus: Path) -> None:
    """BSD-3's names clause as older copies word it ("The name of Nimbus Labs may not be used to endorse
    ..."), and the copyright holder named in the disclaimer, are the same license."""
    bsd = (license_corpus / "bsd-3-clause.txt").read_text("utf-8")
    start = bsd.index("Neither the name")
    end = bsd.index("\n\n", start)
    text = (
        bsd[:start]
        + (
            "The name of Nimbus Labs may not be used to endorse or promote products derived from this "
            "software without specific prior written permission."
        )
        + bsd[end:]
    )
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OSI_OPEN
    assert report.unclassified == []


def test_a_card_quoting_only_the_notice_is_not_read_as_a_copy() -> None:
    card = (
        '# Nimbus 7B\n\nLicensed under the Apache License, Version 2.0 (the "License"); you may not use '
        "this file except in compliance with the License.\n\nYou must register with Nimbus Labs before "
        "any commercial deployment of these weights.\n"
    )
    assert insertions(card, "apache-2.0") == []


def test_the_reference_data_says_where_it_comes_from() -> None:
    data = json.loads(resources.files("opengauge.licenses").joinpath(DATA).read_text("utf-8"))
    assert data["source"].startswith("https://github.com/aboutcode-org/scancode-licensedb")
    assert data["built"] and data["what"]
    assert {"apache-2.0", "mit", "bsd-3-clause", "gpl-3.0", "cc-by-4.0"} <= set(data["licenses"])


@pytest.mark.parametrize(
    ("words", "changed"),
    [
        # a word taken out of the grant: "irrevocable" made "revocable"
        (
            "no-charge, royalty-free, irrevocable copyright license",
            "no-charge, royalty-free, revocable copyright license",
        ),
        # a word added: the redistribution right refused
        (
            "You may reproduce and distribute copies of the",
            "You may not reproduce or distribute copies of the",
        ),
    ],
)
def test_a_few_words_changed_inside_apache_are_read(license_corpus: Path, words: str, changed: str) -> None:
    import re

    apache = (license_corpus / "apache-2.0.txt").read_text("utf-8")
    text, n = re.subn(r"\s+".join(map(re.escape, words.split())), changed, apache, count=1)
    assert n == 1
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open
    assert report.modified


# ---------------------------------------------------------------- a text that only resembles a license
def test_a_purpose_limit_in_bsd_s_grant_is_read_although_the_disclaimer_ends_the_text(
    license_corpus: Path,
) -> None:
    # BSD's own end is its disclaimer, the text's last line: the words before it are less than half of
    # the license's, and the copy test used to stop there, so an insertion in the grant went unread
    bsd = (license_corpus / "bsd-3-clause.txt").read_text("utf-8")
    text = bsd.replace("are permitted provided", "are permitted for classroom and hobby projects provided", 1)
    assert text != bsd
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open
    assert report.display_name == "based on BSD 3-Clause License, with changes"
    assert report.unclassified and "classroom and hobby projects" in report.unclassified[0].quote


def test_the_license_itself_is_still_the_license(license_corpus: Path) -> None:
    for name, verdict in (("bsd-3-clause", "osi-open"), ("mit", "osi-open"), ("apache-2.0", "osi-open")):
        report = analyze((license_corpus / f"{name}.txt").read_text("utf-8"), document="LICENSE")
        assert (str(report.verdict), report.resembles, report.modified) == (verdict, False, False), name


# Written for this file: permissive-looking notices that share BSD's or MIT's skeleton and a few of
# their phrases, but hold less than half of either license's words.
RESEMBLING = {
    # the grant never lets you change the work: it only resembles BSD
    "no-change": (
        "Copyright 2031 Quillfeather Systems. All rights reserved.\n\n"
        "Redistribution and use in source and binary forms are permitted provided that:\n"
        "(a) the files are passed on exactly as received, and\n"
        "(b) this notice travels with every copy.\n\n"
        "Neither the name of Quillfeather nor the names of its staff may be used to endorse or promote "
        "products derived from this software without specific prior written permission.\n\n"
        'THIS SOFTWARE IS PROVIDED "AS IS" AND WITHOUT ANY WARRANTY.',
        LicenseVerdict.UNKNOWN,
    ),
    # every freedom granted in other words: open terms, but not the OSI-approved text it resembles
    "own-words": (
        "Copyright 2031 Larkspur Tools.\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, "
        "to use, copy, modify, merge, publish and distribute it, with or without changes, for any purpose, "
        "as long as this notice is kept in all copies or substantial portions of the Software.\n\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING '
        "BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY.",
        LicenseVerdict.OPEN_NON_OSI,
    ),
    # an MIT-like grant with a hardware condition in the middle of its conditions
    "hardware": (
        "Copyright 2031 Tidewater Silicon.\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to "
        "deal in the Software without restriction, including the rights to use, copy, modify and "
        "distribute it, subject to the following conditions:\n\n"
        "1. The above copyright notice shall be included in all copies of the Software.\n"
        "2. The Software shall only be run on boards sold by Tidewater Silicon.\n\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.',
        None,  # anything but open
    ),
}


@pytest.mark.parametrize("name", sorted(RESEMBLING))
def test_a_text_that_only_resembles_an_open_license_is_judged_on_its_own_words(name: str) -> None:
    text, expected = RESEMBLING[name]
    report = analyze(text, document="LICENSE")
    if report.entry is not None:
        # whatever catalog license it was taken for, it is not that license's text
        assert report.resembles and report.modified
        assert report.display_name == f"based on {report.entry.name}, with changes"
    assert report.verdict is not LicenseVerdict.OSI_OPEN
    if expected is None:
        assert not report.verdict.is_open
    else:
        assert report.verdict is expected


def test_any_purpose_in_bsd_s_grant_is_no_limit(license_corpus: Path) -> None:
    bsd = (license_corpus / "bsd-3-clause.txt").read_text("utf-8")
    text = bsd.replace("are permitted provided", "are permitted for any lawful purpose provided", 1)
    assert analyze(text, document="LICENSE").verdict is LicenseVerdict.OSI_OPEN


def test_the_catalog_s_reviewed_verdict_is_a_floor_for_its_license() -> None:
    # a text the catalog identifies as a restricted license (here built from the entry's own title and
    # fingerprint phrases) is never read as open because no detector found its clauses in the wording
    from opengauge.licenses.catalog import load_catalog

    entry = load_catalog().get("c-uda-1.0")
    assert entry is not None and entry.verdict is LicenseVerdict.RESTRICTED
    text = entry.name + "\n\n" + "\n\n".join(f"{p.capitalize()}." for p in entry.fingerprints)
    report = analyze(text, document="LICENSE")
    assert report.entry is not None and report.entry.id == "c-uda-1.0"
    assert report.verdict is LicenseVerdict.RESTRICTED


def test_the_reference_runs_are_of_the_license_text_alone(license_corpus: Path, tmp_path: Path) -> None:
    """Held-out round 33: the data file was built from the ScanCode files with their YAML front matter,
    whose names, notes and URLs counted as the license's words (a verbatim ISC text held 48 % of them). A
    verbatim corpus text now holds (nearly) all of its license's runs, and the builder skips the front
    matter, whether it sits in the `.LICENSE` file or in a `.yml` beside it."""
    from opengauge.licenses.reference import MIN_COVERAGE, build, coverage, shingles

    for name, lid in (
        ("mit.txt", "mit"),
        ("bsd-3-clause.txt", "bsd-3-clause"),
        ("apache-2.0.txt", "apache-2.0"),
    ):
        share = coverage((license_corpus / name).read_text("utf-8"), lid)
        assert share is not None and share >= MIN_COVERAGE, (name, share)
    body = (license_corpus / "mit.txt").read_text("utf-8")
    front = "---\nkey: mit\nspdx_license_key: MIT\nnotes: a note that is no word of the license at all\n---\n"
    (tmp_path / "mit.LICENSE").write_text(front + body, "utf-8")
    data = build(tmp_path, {"mit": "MIT"})
    import base64
    from array import array

    runs = array("I")
    runs.frombytes(base64.b64decode(data["licenses"]["mit"]))  # type: ignore[index]
    assert set(runs) == shingles(body)


def test_a_text_holding_part_of_a_license_is_read_on_its_own(license_corpus: Path) -> None:
    """A BSD text whose grant no longer lets you change the work ("with or without modification" gone)
    holds nearly all of BSD's words, but its grant gives three freedoms: it only resembles the license, is
    read for its own grant, and is not open (ScanCode's bsd-no-mod read osi-open for a moment)."""
    bsd = (license_corpus / "bsd-3-clause.txt").read_text("utf-8")
    text = bsd.replace("with or without modification, are permitted", "are permitted", 1)
    assert text != bsd
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open, report.summary()
