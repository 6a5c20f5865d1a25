"""A local mirror of the wheels that installing this repository fetches (its declared dependencies and
its build backend), for the tests that pip-install this repository into a fresh environment as a
user's CI does (`test_action.py`: the action's install step; `test_precommit.py`: the hook's
environment).

Such an install spends most of its time reading the package indexes: some forty index pages, a few
of them listing thousands of files, fetched and parsed for every requirement, in every install. The
mirror is made by pip itself (`pip wheel`), from the configured indexes, for the requirements as
`pyproject.toml` declares them: the versions an install from the indexes picks at that time. The
installs then read the mirror alone (`PIP_NO_INDEX`, `PIP_FIND_LINKS`): pip still resolves the
declared requirements, builds this repository with its declared backend in an isolated build
environment, and installs it and every dependency into the fresh environment, so what the tests
prove is unchanged; only where pip finds the files is.

The mirror is kept across runs in the user's cache folder, under a name made of what it is made from
(the declared requirements, the interpreter, the platform), and made again from the indexes once a
day, so a dependency's new release still reaches these tests as it would reach a user. One process
makes it while the others wait (a file lock); a mirror is never changed once made (a new one is made
beside it), so an install reading an older one is not disturbed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[2]
MAX_AGE = 24 * 3600
"""Seconds a mirror is used before it is made again from the indexes."""
_DONE = "complete.json"


def requirements(root: Path = ROOT) -> list[str]:
    """What `pip install <root>` fetches from an index: the build requirements, then the dependencies."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return [*project["build-system"]["requires"], *project["project"]["dependencies"]]


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "opengauge-tests" / "wheelhouse"


def _made(folder: Path) -> float | None:
    """When the mirror in `folder` was completed (None: not a complete mirror)."""
    try:
        return float(json.loads((folder / _DONE).read_text(encoding="utf-8"))["made"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def wheelhouse(cache: Path | None = None) -> Path:
    """A folder of wheels pip can install this repository from with no index: made now from the
    configured indexes, or one made less than `MAX_AGE` ago from the same requirements."""
    reqs = requirements()
    key = hashlib.sha256(
        json.dumps([reqs, sys.implementation.cache_tag, sysconfig.get_platform()]).encode()
    ).hexdigest()[:16]
    cache = cache or cache_folder()
    cache.mkdir(parents=True, exist_ok=True)
    now = time.time()
    with FileLock(str(cache / f"{key}.lock")):
        mirrors = sorted(cache.glob(f"{key}.*[0-9]"), key=lambda p: _made(p) or 0.0)
        fresh = [p for p in mirrors if (made := _made(p)) is not None and now - made < MAX_AGE]
        # a mirror is used for a day; one older than two days (of these requirements or of others
        # since changed) is read by no run any more, and an unfinished one is left by a killed run
        for old in cache.glob("*.*[0-9]"):
            made = _made(old)
            if old.is_dir() and now - (made or old.stat().st_mtime) > 2 * MAX_AGE:
                shutil.rmtree(old, ignore_errors=True)
        if fresh:
            return fresh[-1]
        folder = cache / f"{key}.{int(now)}"
        shutil.rmtree(folder, ignore_errors=True)  # an unfinished one
        # the user's pip configuration as it is: the indexes and links an install would read
        env = os.environ | {"PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(folder), *reqs],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if proc.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"pip wheel failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        (folder / _DONE).write_text(json.dumps({"made": now, "requirements": reqs}), encoding="utf-8")
        return folder


def pip_env(folder: Path) -> dict[str, str]:
    """Environment variables that make pip read the mirror in `folder` and no index."""
    return {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(folder)}
