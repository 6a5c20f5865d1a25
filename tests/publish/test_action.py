"""The composite GitHub Action (action.yml): its `run:` steps, extracted and run locally with bash in
the order GitHub runs them, with the GitHub environment files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
as temporary files and the install step installing this repository into a fresh virtualenv (its
dependencies and build backend from a local mirror of the configured indexes, made by pip from
them: `tests/publish/wheelhouse.py`)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.publish.models import ROOT, capped_model, open_model

ACTION = ROOT / "action.yml"
_EXPR = re.compile(r"\$\{\{\s*([a-z_.-]+)\s*\}\}")


def _steps() -> tuple[dict, list[dict]]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return action, action["runs"]["steps"]


def test_action_is_a_composite_with_the_documented_inputs():
    action, steps = _steps()
    assert action["runs"]["using"] == "composite"
    assert {"path", "require", "format", "sarif-file", "install"} <= set(action["inputs"])
    assert set(action["outputs"]) == {"exit-code", "sarif-file"}
    for step in steps:
        if "run" in step:
            assert step["shell"] == "bash"
            # inputs reach the scripts through env only (no expression inside a script: no injection)
            assert "${{" not in step["run"], step.get("name")


def _env(step: dict, inputs: dict[str, str], github: dict[str, str]) -> dict[str, str]:
    def value(expr: str) -> str:
        scope, _, name = expr.partition(".")
        return inputs[name] if scope == "inputs" else github[name]

    return {k: _EXPR.sub(lambda m: value(m.group(1)), str(v)) for k, v in step.get("env", {}).items()}


def run_action(
    inputs: dict[str, str],
    *,
    workspace: Path,
    venv_bin: Path,
    tmp: Path,
    install: bool = True,
    pip: dict[str, str] | None = None,
) -> dict:
    """Run the action's `run:` steps in order; `install=False` skips the install step (the venv
    already holds what it installed: pip would only install it again). `pip`: environment variables
    for pip (where it finds the packages)."""
    action, steps = _steps()
    values = {k: str(v.get("default", "")) for k, v in action["inputs"].items()} | inputs
    files = {name: tmp / name for name in ("output", "summary.md")}
    for f in files.values():
        f.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENGAUGE_", "PYTHON"))}
    env |= {
        "PATH": f"{venv_bin}{os.pathsep}{env['PATH']}",
        "GITHUB_OUTPUT": str(files["output"]),
        "GITHUB_STEP_SUMMARY": str(files["summary.md"]),
        "GITHUB_WORKSPACE": str(workspace),
        "HF_HUB_OFFLINE": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env |= pip or {}
    logs = []
    code = 0
    for step in steps:
        if "run" not in step:
            assert step["uses"].startswith("actions/setup-python@")  # the runner's Python: the venv here
            continue
        if not install and "pip install" in step["run"]:
            continue
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
            cwd=workspace,
            env=env | _env(step, values, {"action_path": str(ROOT)}),
            capture_output=True,
            text=True,
            timeout=600,
        )
        logs.append(proc.stdout + proc.stderr)
        code = proc.returncode
        if code != 0:
            break
    outputs = dict(line.split("=", 1) for line in files["output"].read_text().splitlines() if "=" in line)
    return {"code": code, "logs": logs, "outputs": outputs, "summary": files["summary.md"].read_text()}


@pytest.fixture(scope="module")
def action_venv(tmp_path_factory) -> Path:
    """A fresh virtualenv with nothing installed but pip (the runner's Python after setup-python):
    the action's install step fills it. Made by `virtualenv` when installed (a fraction of a second,
    as pre-commit makes its hook environments), else by `venv` (seconds: `ensurepip` installs pip)."""
    venv = tmp_path_factory.mktemp("action-venv")
    base = getattr(sys, "_base_executable", sys.executable)
    if importlib.util.find_spec("virtualenv") is not None:
        cmd = [sys.executable, "-m", "virtualenv", "--quiet", "--python", base, str(venv)]
    else:
        cmd = [base, "-m", "venv", str(venv)]
    subprocess.run(cmd, check=True, timeout=300)
    return venv / "bin"


def test_action_steps_pass_then_fail(tmp_path, action_venv, wheel_mirror):
    ws = tmp_path / "repo"
    open_model(ws / "model")
    good = run_action(
        {"path": "model", "require": "label=open-weights\nno-blocking-clauses", "lineage": "false"},
        workspace=ws,
        venv_bin=action_venv,
        tmp=tmp_path,
        pip=wheel_mirror,
    )
    assert good["code"] == 0, good["logs"]
    assert "opengauge 0.1.0" in good["logs"][0]
    assert "opengauge" in (action_venv / "opengauge").read_text()  # installed by the step
    assert good["outputs"] == {"exit-code": "0", "sarif-file": "opengauge.sarif"}
    assert "opengauge check: ✅ passed" in good["summary"]
    assert "::notice title=opengauge check passed::" in good["logs"][1]

    shutil.rmtree(ws / "model")
    capped_model(ws / "model")
    bad = run_action(
        {"path": "model", "require": "label=open-weights, osaid"},
        workspace=ws,
        venv_bin=action_venv,
        tmp=tmp_path,
        install=False,
    )
    assert bad["code"] == 3, bad["logs"]
    assert bad["outputs"]["exit-code"] == "3"
    assert "::error file=model/LICENSE,line=18," in bad["logs"][-1]
    assert "❌ not met" in bad["summary"] and "`model/LICENSE:18`" in bad["summary"]
    sarif = json.loads((ws / "opengauge.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]

    soft = run_action(
        {"path": "model", "require": "label=open-weights", "fail-on-unmet": "false"},
        workspace=ws,
        venv_bin=action_venv,
        tmp=tmp_path,
        install=False,
    )
    assert soft["code"] == 0 and soft["outputs"]["exit-code"] == "3"
    assert soft["logs"][0].startswith("::error ")  # the check step ran (the install step was skipped)
