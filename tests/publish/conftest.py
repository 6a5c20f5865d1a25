from __future__ import annotations

import pytest

from tests.publish.wheelhouse import pip_env, wheelhouse


@pytest.fixture(scope="session")
def wheel_mirror(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment variables that make pip install this repository's dependencies and build backend
    from a local mirror of the configured indexes and read no index (`tests/publish/wheelhouse.py`):
    kept in the user's cache folder, or made for this run when that folder cannot be written."""
    try:
        folder = wheelhouse()
    except PermissionError:
        folder = wheelhouse(tmp_path_factory.getbasetemp().parent / "wheelhouse")
    return pip_env(folder)
