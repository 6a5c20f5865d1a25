"""Shared test fixtures.

The corpus and reference data live outside the project, in `../shared` (or `$OPENGAUGE_SHARED`).
Tests that need them use the `shared_dir` fixture, which skips with a clear reason when the
folder is absent, and fails instead when `OPENGAUGE_REQUIRE_SHARED=1` (as in CI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def find_shared() -> Path | None:
    env = os.environ.get("OPENGAUGE_SHARED")
    candidate = Path(env) if env else PROJECT_ROOT.parent / "shared"
    return candidate if (candidate / "corpus").is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = find_shared()
    if found is None:
        where = os.environ.get("OPENGAUGE_SHARED") or str(PROJECT_ROOT.parent / "shared")
        msg = f"shared corpus not found at {where} (set OPENGAUGE_SHARED to its path)"
        if os.environ.get("OPENGAUGE_REQUIRE_SHARED") == "1":
            pytest.fail(msg + "; OPENGAUGE_REQUIRE_SHARED=1 forbids skipping", pytrace=False)
        pytest.skip(msg)
    return found


@pytest.fixture(scope="session")
def license_corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "licenses"


@pytest.fixture(scope="session")
def release_corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "releases"
