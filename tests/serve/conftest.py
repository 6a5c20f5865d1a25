import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # make `tests.servers` importable without a pytest pythonpath setting
    sys.path.insert(0, _ROOT)

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install -e '.[serve]')")

from tests.servers.fixtures import fake_hub, fake_hub_factory  # noqa: E402,F401
from tests.servers.serve import start_serve  # noqa: E402


@pytest.fixture
def serve(fake_hub, tmp_path):  # noqa: F811 - the fixture imported above
    """Start the real app (uvicorn, loopback) against the fake Hub: `serve(**ServeConfig fields)`."""
    from opengauge.serve.config import ServeConfig

    running = []

    def start(**overrides):
        fields = {"store": tmp_path / "store.duckdb", "page_wait": 5.0, "timeout": 30.0, **overrides}
        r = start_serve(ServeConfig(**fields))
        running.append(r)
        return r

    yield start
    for r in running:
        r.stop()
