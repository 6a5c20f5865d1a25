"""pytest fixtures around the loopback Hub/GitHub server (see `tests/servers/__init__.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import corpus
from tests.servers.fakes import FakeServer
from tests.warm_engine import seed_engine_cache

ENV_CLEARED = (
    "HF_TOKEN",
    "HUGGING_FACE_HUB_TOKEN",
    "GITHUB_TOKEN",
    "HF_HUB_OFFLINE",
    "OPENGAUGE_OFFLINE",
    "OPENGAUGE_CACHE_TTL",
)


class FakeHub:
    """One loopback server plus the environment that points opengauge at it."""

    def __init__(
        self, server: FakeServer, monkeypatch: pytest.MonkeyPatch, cache_dir: Path, releases: Path | None
    ) -> None:
        self.server = server
        self.monkeypatch = monkeypatch
        self.cache_dir = cache_dir
        self.releases = releases
        self._env: dict[str, str] = {}

    # delegation
    url = property(lambda self: self.server.url)
    github_url = property(lambda self: self.server.github_url)
    requests = property(lambda self: self.server.requests)

    def add_model(self, repo):
        return self.server.add_model(repo)

    def add_dataset(self, *a, **kw):
        return self.server.add_dataset(*a, **kw)

    def add_collection(self, *a, **kw):
        return self.server.add_collection(*a, **kw)

    def add_github(self, repo):
        return self.server.add_github(repo)

    def add_fault(self, *a, **kw):
        return self.server.add_fault(*a, **kw)

    # corpus
    def _folder(self, name: str) -> Path:
        if self.releases is None:
            pytest.skip("shared corpus not available")
        folder = self.releases / name
        if not folder.is_dir():
            raise ValueError(f"no corpus folder {name!r} in {self.releases}")
        return folder

    def add_corpus_release(self, folder_name: str, *, gate_files: bool = False) -> str:
        return corpus.add_corpus_release(self.server, self._folder(folder_name), gate_files=gate_files)

    def add_all_corpus_releases(self, *, gate_files: bool = False) -> dict[str, str]:
        """Register every corpus folder at once: {folder name: "hf:org/name"}.

        Register before resolving: "not found" answers are cached like any other, so a repo added
        after a run that missed it stays missing for that cache.
        """
        return {name: self.add_corpus_release(name, gate_files=gate_files) for name in self.corpus_folders()}

    def corpus_model_id(self, folder_name: str) -> str:
        return corpus.corpus_model_id(self._folder(folder_name))

    def corpus_folders(self) -> list[str]:
        if self.releases is None:
            return []
        return [p.name for p in corpus.corpus_folders(self.releases)]

    # environment
    def env(self) -> dict[str, str]:
        """The environment variables (for a subprocess) that point opengauge at this server."""
        base = {
            "HF_ENDPOINT": self.url,
            "GITHUB_API_URL": self.github_url,
            "OPENGAUGE_CACHE": str(self.cache_dir),
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
            "OPENGAUGE_RETRY_BASE": "0.01",
            "OPENGAUGE_RETRY_MAX_WAIT": "0.05",
            "OPENGAUGE_TIMEOUT": "5",
        }
        base.update(self._env)
        return base

    def set_env(self, **values: str | None) -> None:
        for k, v in values.items():
            if v is None:
                self.monkeypatch.delenv(k, raising=False)
                self._env.pop(k, None)
            else:
                self.monkeypatch.setenv(k, v)
                self._env[k] = v

    def offline(self, on: bool = True) -> None:
        self.set_env(HF_HUB_OFFLINE="1" if on else None)


def _releases() -> Path | None:
    from tests.conftest import find_shared

    shared = find_shared()
    return shared / "corpus" / "releases" if shared else None


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    server = FakeServer().start()
    for name in ENV_CLEARED:
        monkeypatch.delenv(name, raising=False)
    # the license engine's cache is linked in: `opengauge` subprocesses pointed at this cache then
    # start without building the engine from source (the API cache itself starts empty)
    hub = FakeHub(server, monkeypatch, seed_engine_cache(tmp_path / "og-cache"), _releases())
    for k, v in hub.env().items():
        monkeypatch.setenv(k, v)
    try:
        yield hub
    finally:
        server.stop()


@pytest.fixture
def fake_hub_factory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Start extra servers (e.g. one per corpus release); they stop at the end of the test."""
    servers: list[FakeServer] = []

    def make() -> FakeHub:
        server = FakeServer().start()
        servers.append(server)
        cache = seed_engine_cache(tmp_path / f"og-cache-{len(servers)}")
        return FakeHub(server, monkeypatch, cache, _releases())

    yield make
    for s in servers:
        s.stop()


def _index_assessed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A serve app assesses the whole built-in index when it starts (about 1.5 s): the tests' apps get
    the documents this process built once (`tests.og_index_support.index_docs`: the same function on
    the same entries; the documents are frozen). Any other call is the real function's."""
    import opengauge.index.run as run
    from opengauge.index.load import load_index
    from tests.og_index_support import index_docs

    real, docs = run.assess_index, index_docs()

    def assess_index(entries, *, progress=None, reviews=True):
        if entries is load_index() and progress is None and reviews:
            return list(docs)
        return real(entries, progress=progress, reviews=reviews)

    monkeypatch.setattr(run, "assess_index", assess_index)


@pytest.fixture
def serve_app(fake_hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Start the real `opengauge serve` app (uvicorn on a loopback port) against `fake_hub`:
    `serve_app(**ServeConfig fields)` -> `tests.servers.serve.RunningServe`; each stops at the end of
    the test."""
    pytest.importorskip("starlette", reason="the serve extra is not installed (pip install -e '.[serve]')")
    from opengauge.serve.config import ServeConfig
    from tests.servers.serve import start_serve

    _index_assessed_once(monkeypatch)
    running = []

    def start(**overrides):
        fields = {"store": tmp_path / "store.duckdb", "page_wait": 5.0, "timeout": 30.0, **overrides}
        r = start_serve(ServeConfig(**fields))
        running.append(r)
        return r

    yield start
    for r in running:
        r.stop()
