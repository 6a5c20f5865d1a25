"""`opengauge license`: text and JSON output, and one-line errors (never a traceback) on bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from opengauge.cli import main

PROJECT = Path(__file__).resolve().parents[2]
DEMO = PROJECT / "examples" / "demo-license.txt"

SCHEMA = {
    "type": "object",
    "required": ["schema", "license", "verdict", "clauses"],
    "properties": {
        "schema": {"const": "opengauge.license/1"},
        "license": {
            "type": "object",
            "required": ["id", "name", "family", "spdx", "confidence"],
            "properties": {
                "id": {"type": ["string", "null"]},
                "name": {"type": ["string", "null"]},
                "family": {"type": ["string", "null"]},
                "spdx": {"type": ["string", "null"]},
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            },
        },
        "verdict": {
            "enum": [
                "osi-open",
                "open-non-osi",
                "restricted",
                "non-commercial",
                "research-only",
                "use-policy",
                "unknown",
            ]
        },
        "clauses": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "freedom", "blocks_open_source", "line", "quote"],
                "properties": {
                    "type": {"type": "string"},
                    "freedom": {"enum": ["use", "study", "modify", "share"]},
                    "blocks_open_source": {"type": "boolean"},
                    "line": {"type": "integer", "minimum": 1},
                    "quote": {"type": "string", "minLength": 1},
                },
            },
        },
    },
}


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str, stdin: bytes = b""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["opengauge", "license", *args])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_license_text_output(monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, str(DEMO))
    assert code == 0, err
    assert "restricted" in out
    assert "Not open source" in out
    for name in (
        "User cap",
        "Outside use policy",
        "No training other models",
        "Terms can change",
        "Give credit",
    ):
        assert name in out, name
    for line in ("16", "18", "21", "23", "25"):
        assert line in out


def test_demo_license_json(monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, str(DEMO), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data["verdict"] == "restricted"
    types = {c["type"] for c in data["clauses"]}
    assert {
        "user-threshold",
        "use-policy-by-reference",
        "output-training-ban",
        "unilateral-change",
        "attribution",
    } <= types
    lines = DEMO.read_text(encoding="utf-8").split("\n")
    for c in data["clauses"]:
        assert c["quote"].split()[0] in lines[c["line"] - 1]


def test_stdin_and_policy(monkeypatch, capsys, tmp_path: Path) -> None:
    policy = tmp_path / "USE_POLICY.md"
    policy.write_text(
        "# Acme Acceptable Use Policy\n\nYou agree you will not use, or allow others to use, the Model to:\n"
        "- develop chemical weapons;\n\nThe rights granted under the Acme license are not being granted "
        "to you "
        "if you are domiciled in the European Union.\n",
        encoding="utf-8",
    )
    code, out, err = run(
        monkeypatch, capsys, "-", "--format", "json", "--policy", str(policy), stdin=DEMO.read_bytes()
    )
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    docs = {c["type"]: c["document"] for c in data["clauses"]}
    assert docs["geographic-restriction"] == str(policy)
    assert docs["user-threshold"] == "stdin"


def test_corpus_license_is_named(monkeypatch, capsys, license_corpus: Path) -> None:
    code, out, err = run(
        monkeypatch, capsys, str(license_corpus / "llama-3.1-community.txt"), "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["license"]["family"] == "llama"
    assert data["verdict"] == "restricted"


def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], bytes]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "no-license-here").mkdir(exist_ok=True)
    (tmp / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp / "latin1.txt").write_bytes("Licence \u00e0 usage non commercial".encode("latin-1"))
    with (tmp / "huge.txt").open("wb") as fh:  # sparse: 50 MB without writing them
        fh.truncate(50 * 1024 * 1024)
    return {
        "missing": ([str(tmp / "nope.txt")], b""),
        # a folder is read for its license-like files (test_license_tree.py); one without any is an error
        "directory": ([str(tmp / "no-license-here")], b""),
        "empty": ([str(tmp / "empty.txt")], b""),
        "blank": ([str(tmp / "blank.txt")], b""),
        "binary": ([str(tmp / "binary.bin")], b""),
        "invalid-utf8": ([str(tmp / "latin1.txt")], b""),
        "50MB": ([str(tmp / "huge.txt")], b""),
        "stdin-binary": (["-"], b"\x00\x01\x02garbage"),
        "stdin-empty": (["-"], b""),
        "bad-format": ([str(DEMO), "--format", "xml"], b""),
        "bad-policy": ([str(DEMO), "--policy", str(tmp / "nope.txt")], b""),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "blank",
        "binary",
        "invalid-utf8",
        "50MB",
        "stdin-binary",
        "stdin-empty",
        "bad-format",
        "bad-policy",
    ],
)
def test_bad_input_gives_one_line_and_nonzero_exit(monkeypatch, capsys, tmp_path: Path, case: str) -> None:
    args, stdin = _bad_inputs(tmp_path)[case]
    code, out, err = run(monkeypatch, capsys, *args, stdin=stdin)
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("opengauge: error:")
    assert "Traceback" not in err


def test_subprocess_end_to_end(tmp_path: Path) -> None:
    """The real entry point in a fresh interpreter: a good run and a bad one, no traceback."""
    ok = subprocess.run(
        [sys.executable, "-m", "opengauge", "license", str(DEMO), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["schema"] == "opengauge.license/1"
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "opengauge", "license", str(tmp_path / "bad.txt")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
