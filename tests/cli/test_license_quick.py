"""`opengauge license` without typer: the quick argument parser takes the plain forms, hands
everything else to the typer app, agrees with the typer declaration, and gives the same output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from opengauge.cli import app, main
from opengauge.cli.license import FORMAT_OPTS, POLICY_OPTS, quick_args
from tests.warm_engine import seed_engine_cache

ROOT = Path(__file__).resolve().parents[2]
DEMO = str(ROOT / "examples" / "demo-license.txt")


def test_plain_forms_are_parsed():
    assert quick_args(["LICENSE"]) == (["LICENSE"], "text", [])
    assert quick_args(["read", "a", "b", "-f", "json"]) == (["a", "b"], "json", [])
    parsed = quick_args(["--format=json", "a", "-pP.md", "--policy", "Q.md"])
    assert parsed == (["a"], "json", ["P.md", "Q.md"])
    assert quick_args(["-", "--format", "text"]) == (["-"], "text", [])
    assert quick_args(["--", "-odd-name", "--format"]) == (["-odd-name", "--format"], "text", [])


def test_anything_else_goes_to_typer():
    for args in (
        [],
        ["--help"],
        ["read", "--help"],
        ["-h"],
        ["diff", "a", "b"],
        ["a", "--format"],
        ["a", "--format", "--policy"],
        ["a", "--verbose"],
        ["a", "--form", "json"],
        ["--format", "json"],
    ):
        assert quick_args(args) is None, args


def test_quick_options_are_the_typer_options():
    group = typer.main.get_command(app).commands["license"]  # type: ignore[attr-defined]
    read = group.commands["read"]
    opts = {p.name: tuple(p.opts) for p in read.params if p.param_type_name == "option"}
    assert opts == {"format": FORMAT_OPTS, "policy": POLICY_OPTS}


def test_quick_path_prints_what_the_typer_path_prints(monkeypatch, capsys):
    for args in ([DEMO], [DEMO, "--format", "json"], [str(ROOT / "examples"), "-f", "json"]):
        monkeypatch.setattr(sys, "argv", ["opengauge", "license", *args])
        main()
        quick = capsys.readouterr().out
        res = CliRunner().invoke(app, ["license", *args])
        assert res.exit_code == 0, res.output
        assert quick and quick == res.stdout, args


def test_license_json_imports_neither_typer_nor_rich_nor_pydantic(tmp_path):
    # start-up is most of `opengauge license`'s time: the CLI framework and pydantic (the assessment
    # schema) stay off the license path; the license document is built as a dict. The engine comes
    # from its cache (building it from source validates the catalog with pydantic): a cache of this
    # test's own, not the user's, which other installs sharing it may have pruned
    code = (
        "import sys; sys.argv = ['opengauge', 'license', sys.argv[1], '--format', 'json'];"
        "from opengauge.cli import main; main();"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'rich', 'pydantic'));"
        "print('IMPORTED', bad)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, DEMO],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PYTHONPATH": str(ROOT / "src"),
            "PATH": "/usr/bin:/bin",
            "OPENGAUGE_CACHE": str(seed_engine_cache(tmp_path / "cache")),
        },
    )
    assert res.stdout.strip().endswith("IMPORTED []"), res.stdout[-300:]
