import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # make `tests.servers` importable without a pytest pythonpath setting
    sys.path.insert(0, _ROOT)

from tests.servers.fixtures import fake_hub  # noqa: E402,F401
