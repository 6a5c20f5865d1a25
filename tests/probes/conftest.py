import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # make `tests.probes.helpers` importable
    sys.path.insert(0, _ROOT)

from tests.servers.fixtures import fake_hub  # noqa: E402,F401
