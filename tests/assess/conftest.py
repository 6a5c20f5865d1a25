import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:  # make `tests.servers` importable without a pytest pythonpath setting
    sys.path.insert(0, _ROOT)

from tests.servers.fakes import FakeServer  # noqa: E402
from tests.servers.fixtures import ENV_CLEARED, FakeHub, fake_hub, fake_hub_factory  # noqa: E402,F401


@dataclass
class Corpus:
    hub: FakeHub
    refs: dict[str, str]
    """corpus folder -> `hf:org/name` served by the loopback Hub"""
    snapshots: dict[str, Path]
    """corpus folder -> snapshot file resolved through the loopback servers"""
    folder: Path


@pytest.fixture(scope="session")
def corpus(shared_dir, tmp_path_factory):
    """Every release of the shared corpus on one loopback Hub/GitHub server, resolved once by the
    real sources layer and saved as snapshots (once per session, to keep the suite fast)."""
    from opengauge.sources import resolve, save_snapshot

    base = tmp_path_factory.mktemp("corpus")
    server = FakeServer().start()
    try:
        with pytest.MonkeyPatch.context() as mp:
            for name in ENV_CLEARED:
                mp.delenv(name, raising=False)
            hub = FakeHub(server, mp, base / "og-cache", shared_dir / "corpus" / "releases")
            for k, v in hub.env().items():
                mp.setenv(k, v)
            # register every repo first: releases link each other's code repos (a 404 would be cached)
            refs = {f: hub.add_corpus_release(f) for f in hub.corpus_folders()}
            snaps_dir = base / "snapshots"
            snaps_dir.mkdir()
            snaps = {f: save_snapshot(resolve(ref), snaps_dir / f"{f}.json") for f, ref in refs.items()}
            yield Corpus(hub, refs, snaps, snaps_dir)
    finally:
        server.stop()
