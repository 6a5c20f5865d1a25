"""The pre-commit hook (.pre-commit-hooks.yaml), run by the real `pre-commit` tool in a temporary git
repository holding a model folder, whose `.pre-commit-config.yaml` names this repository (a one-commit
copy of its working tree) at that commit, as a user's config does. pre-commit builds the hook's
environment by pip-installing this repository (PyPI only) once, into its store, and both runs use it
(`pre-commit try-repo` would build it again for each run, in a store of its own). pip takes the
dependencies and the build backend from a local mirror of the configured indexes, made by pip from
them (`tests/publish/wheelhouse.py`): it still resolves, builds and installs all of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.publish.models import ROOT, capped_model, open_model

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def test_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "opengauge-check" and hook["language"] == "python"
    assert hook["entry"] == "opengauge check" and hook["pass_filenames"] is False


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None, reason="pre-commit or git absent")
def test_pre_commit_run_passes_then_fails(tmp_path, wheel_mirror):
    # this repository at its working-tree state (tracked and new files), as a one-commit git repo
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode()
    hook_repo = tmp_path / "opengauge"
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file() and not name.startswith("tests/"):
            (hook_repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, hook_repo / name)
    repo = tmp_path / "model-repo"
    open_model(repo)
    (repo / ".opengauge.yaml").write_text("require: [label=open-weights, no-blocking-clauses]\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENGAUGE_", "PYTHONPATH"))}
    env |= {
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "HF_HUB_OFFLINE": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env |= wheel_mirror
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    subprocess.run(["git", "commit", "-qm", "opengauge"], cwd=hook_repo, env=env, check=True, timeout=60)
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True, capture_output=True, text=True, timeout=60
    ).stdout.strip()
    config = {"repos": [{"repo": str(hook_repo), "rev": rev, "hooks": [{"id": "opengauge-check"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")

    def run_hook() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(PRE_COMMIT), "run", "opengauge-check", "--all-files", "--verbose"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    ok = run_hook()
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "opengauge check" in ok.stdout and "Passed" in ok.stdout

    shutil.rmtree(repo / "README.md", ignore_errors=True)
    capped_model(repo)  # the made-up Acme license: a user cap, a use policy by reference
    _git(repo, "add", "-A")
    bad = run_hook()
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "exit code: 3" in bad.stdout
    assert "LICENSE:18" in bad.stdout and "User cap" in bad.stdout
