"""Text beats name, after the end: terms a document writes after a catalog license's own text (an
"Addendum" after Apache's END OF TERMS AND CONDITIONS, a rider after MIT's disclaimer) are read. A
detector that classifies them makes the text "based on <license>, with changes" like any added
clause; terms no detector explains leave the verdict undecided (`unknown`), never the license's; the
standard text that may follow a license (Apache's appendix, copyright lines, disclaimers, a second
license bundled after the first) is not an addition. Every addition here was written for this file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from opengauge.cli import app
from opengauge.enums import LicenseVerdict
from opengauge.licenses.report import analyze

MIT = """MIT License

Copyright (c) 2025 Kestrel Labs

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

#: restrictive terms no clause detector knows (written for this file), in several drafting styles
# (the first two said "must first be registered with Kestrel Labs" and "shall be registered in the
# Kestrel partner portal" until a rule learnt that registration in the passive is a notification duty;
# they were replaced by terms no rule knows)
UNCLASSIFIED = [
    "Kestrel Labs additional terms\n\nDeployments of the Software that serve the general public must "
    "first be paired with a Kestrel hardware dongle.",
    "RIDER. Each installation of the Software shall carry a Kestrel partner sticker within thirty days, "
    "failing which the rights above terminate automatically.",
    "- Hosting the model behind a public endpoint requires enrolment in the Kestrel Partner Programme.",
]


def _apache(license_corpus: Path) -> str:
    return (license_corpus / "apache-2.0.txt").read_text()


@pytest.mark.parametrize("added", UNCLASSIFIED)
def test_terms_no_detector_explains_leave_an_apache_text_undecided(added, license_corpus):
    text = _apache(license_corpus) + "\n\n" + added + "\n"
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN and report.modified and not report.changes
    (a,) = report.unclassified
    assert a.line > 200 and a.quote.split()[-1].rstrip(".") in added
    assert report.summary().startswith("Based on Apache License 2.0, with changes")
    doc = report.to_json()
    assert doc["based_on"] == "apache-2.0" and doc["license"]["id"] is None
    assert doc["unclassified"][0]["line"] == a.line
    out = CliRunner().invoke(app, ["license", "-"], input=text)
    assert "terms opengauge cannot classify" in out.stdout


@pytest.mark.parametrize("added", UNCLASSIFIED)
def test_the_same_terms_after_mit_leave_it_undecided(added):
    report = analyze(MIT + "\n" + added + "\n")
    assert report.verdict is LicenseVerdict.UNKNOWN and report.unclassified


def test_terms_a_detector_classifies_are_changes_not_unclassified(license_corpus):
    text = _apache(license_corpus) + (
        "\n\nAddendum: if the products you operate had more than 2 million daily active users on the "
        "release date, you must request a license from Kestrel Labs.\n"
    )
    report = analyze(text)
    assert report.verdict is LicenseVerdict.RESTRICTED
    assert [c.type for c in report.changes] == ["user-threshold"] and not report.unclassified


@pytest.mark.parametrize(
    "tail",
    [
        "",  # the license alone
        "\n\nCopyright 2025 Kestrel Labs\n",
        "\n\nKESTREL LABS WILL NOT PROVIDE ANY TRAINING OR OTHER SUPPORT FOR THE SOFTWARE AND MAKES NO "
        "WARRANTY OF ANY KIND.\n",
        "\n\nExcept as contained in this notice, the name of Kestrel Labs shall not be used in advertising "
        "or otherwise to promote the sale of the Software.\n",
    ],
)
def test_standard_text_after_the_license_is_no_addition(tail, license_corpus):
    for text in (_apache(license_corpus) + tail, MIT + tail):
        report = analyze(text)
        assert report.verdict is LicenseVerdict.OSI_OPEN and not report.modified, tail


def test_a_second_license_bundled_after_the_first_is_read_as_a_license(license_corpus):
    bsd = (license_corpus / "bsd-3-clause.txt").read_text()
    report = analyze(MIT + "\n\nThe tokenizer is distributed under these terms:\n\n" + bsd)
    assert not report.unclassified and report.verdict.is_open


def test_an_undecided_license_file_makes_the_release_undetermined(tmp_path, license_corpus):
    # the card says apache-2.0, the LICENSE file adds terms nobody can classify: the file binds, so the
    # label is undetermined, and the reason quotes the added line
    from opengauge.assess import assess
    from opengauge.sources import resolve

    (tmp_path / "LICENSE").write_text(_apache(license_corpus) + "\n\n" + UNCLASSIFIED[0] + "\n")
    (tmp_path / "README.md").write_text("---\nlicense: apache-2.0\n---\n# Kestrel-7B\n\nA model.\n")
    (tmp_path / "model.safetensors").write_bytes(b"x")
    (tmp_path / "config.json").write_text('{"model_type": "llama"}')
    result = assess(resolve(str(tmp_path)))
    assert str(result.label) == "undetermined"
    lic = next(f for f in result.findings if f.probe == "weights-license")
    assert "cannot classify" in lic.reason and "hardware dongle" in lic.reason
