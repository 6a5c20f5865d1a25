import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # make `tests.servers` importable without a pytest pythonpath setting
    sys.path.insert(0, _ROOT)

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install -e '.[serve]')")

from tests.servers.fixtures import fake_hub, fake_hub_factory, serve_app  # noqa: E402,F401
