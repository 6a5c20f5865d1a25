"""`opengauge license PATH...` over folders and several files: which files are read, the card's
license section (line numbers into the card), NOTICE files, JSON lines, and the repository's own
LICENSE and NOTICE."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from opengauge.cli import app
from opengauge.errors import InputError
from opengauge.licenses.tree import card_license_section, is_license_name

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_license_like_names():
    for name in (
        "LICENSE",
        "LICENSE.txt",
        "license.md",
        "LICENCE",
        "COPYING",
        "COPYING.LESSER",
        "NOTICE",
        "USE_POLICY.md",
        "LICENSE-MODEL.txt",
        "Tongyi_Qianwen_LICENSE_AGREEMENT.txt",
        "MODEL_LICENSE.md",
    ):
        assert is_license_name(name), name
    for name in (
        "license.py",
        "license.html",
        "license-disagreement.yaml",
        "README.md",
        "licenses.json",
        "notes.txt",
    ):
        assert not is_license_name(name), name


def test_the_corpus_folder_gives_one_document_per_text(license_corpus):
    res = subprocess.run(
        [sys.executable, "-m", "opengauge", "license", str(license_corpus), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    docs = _lines(res.stdout)
    assert len(docs) == len(list(license_corpus.glob("*.txt"))) == 64
    assert all(d["schema"] == "opengauge.license/1" for d in docs)
    by_name = {Path(d["document"]).name: d for d in docs}
    assert by_name["llama-3.1-community.txt"]["license"]["id"] == "llama-3.1-community"
    assert "labels.yaml" not in by_name and "TAXONOMY.md" not in by_name


def test_the_repository_reads_its_own_license_and_notice(monkeypatch):
    monkeypatch.chdir(ROOT)
    res = runner.invoke(app, ["license", ".", "--format", "json"])
    assert res.exit_code == 0, res.output
    docs = {d["document"]: d for d in _lines(res.stdout)}
    lic = docs["LICENSE"]
    assert lic["license"]["spdx"] == "Apache-2.0" and lic["verdict"] == "osi-open"
    notice = docs["NOTICE"]
    assert notice["license"]["kind"] == "notice" and notice["governed_by"] == "apache-2.0"
    assert notice["verdict"] == "osi-open"
    assert not [d for d in docs if d.endswith((".py", ".html", ".yaml"))]
    # the declared license in pyproject.toml is the text shipped
    assert 'license = "Apache-2.0"' in (ROOT / "pyproject.toml").read_text()
    text = runner.invoke(app, ["license", "."]).stdout
    assert "== LICENSE" in text and "== NOTICE" in text and "Apache License 2.0" in text


CARD = """---
license: other
---
# A model

Some words.

## License

You may not use the Model for commercial purposes.
If you have more than 1 million monthly active users you must ask us for a license.

## Citation

None.
"""


def test_card_license_section_keeps_line_numbers(tmp_path):
    section = card_license_section(CARD)
    assert section is not None and section.splitlines()[7] == "## License" and "Citation" not in section
    assert card_license_section("# no front matter\n## License\nMIT\n") is None
    (tmp_path / "README.md").write_text(CARD)
    (tmp_path / "LICENSE").write_text((ROOT / "LICENSE").read_text())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "USE_POLICY.md").write_text("You agree you will not use the Model to harm people.\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "LICENSE").write_text("x")
    res = runner.invoke(
        app, ["license", str(tmp_path), str(ROOT / "examples" / "demo-license.txt"), "-f", "json"]
    )
    assert res.exit_code == 0, res.output
    docs = {Path(d["document"]).name: d for d in _lines(res.stdout)}
    assert set(docs) == {"LICENSE", "README.md#license", "USE_POLICY.md", "demo-license.txt"}
    card = docs["README.md#license"]
    assert {c["type"]: c["line"] for c in card["clauses"]}.get("non-commercial") == 10
    assert card["verdict"] == "non-commercial"


def test_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    err = runner.invoke(app, ["license", str(tmp_path / "empty")]).exception
    assert isinstance(err, InputError) and "no license-like file" in str(err)
    err = runner.invoke(app, ["license", str(tmp_path), str(tmp_path / "missing.txt")]).exception
    assert isinstance(err, InputError)
    err = runner.invoke(app, ["license", "-", "-"]).exception
    assert isinstance(err, InputError)
