"""Loopback servers that speak enough of the Hugging Face Hub and GitHub REST APIs for tests.

Usage (pytest): import the fixtures in a `conftest.py` (the project root must be on sys.path, as
`tests/sources/conftest.py` arranges):

    import sys; from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.servers.fixtures import fake_hub, fake_hub_factory  # noqa: E402,F401

    def test_something(fake_hub):
        # -> "hf:meta-llama/Llama-3.1-8B-Instruct"
        ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct")
        release = opengauge.sources.resolve(ref)
        assert fake_hub.requests.count > 0                             # every request is logged
        fake_hub.requests.clear()

`fake_hub` starts one server on 127.0.0.1 (port 0) and, through monkeypatch, points the process at it:
`HF_ENDPOINT=fake_hub.url`, `GITHUB_API_URL=fake_hub.github_url` (`url + "/github-api"`), a fresh
`OPENGAUGE_CACHE` under tmp_path, `HF_HUB_DISABLE_TELEMETRY=1`, fast retries
(`OPENGAUGE_RETRY_BASE=0.01`, `OPENGAUGE_RETRY_MAX_WAIT=0.05`), and no `HF_TOKEN`/`GITHUB_TOKEN`/offline.
`fake_hub.env()` returns the same variables for a subprocess (`opengauge release ...`).

The object (`tests.servers.fixtures.FakeHub`) offers:
- `.url`, `.github_url`, `.requests` (`.count`, `.entries` [(method, path)], `.matching(text)`, `.clear()`),
- `.add_corpus_release(folder_name, gate_files=False) -> "hf:org/name"`: builds the Hub repo and the
  GitHub repos of `shared/corpus/releases/<folder_name>/` at test time (see `tests.servers.corpus`);
  `.corpus_folders()` lists every folder; `.add_all_corpus_releases()` registers them all
  ({folder: ref}); `.corpus_model_id(folder_name)`. Register repos *before* resolving: "not found"
  answers are cached (per test cache dir), so a repo added after a miss stays missing.
  `gate_files=True` makes a gated card's files need `HF_TOKEN=VALID_TOKEN` (default: readable, as for
  a user who was granted access; `gated` is still reported from the card's `extra_gated_*` keys),
- `.add_model(HubRepo)`, `.add_dataset(id, license=, gated=)`, `.add_github(GitHubRepo)` for hand-made repos,
- `.add_fault(match, kind, ...)`: `kind="status"` (status=, headers= e.g. Retry-After, body=, times=),
  `"slow"` (delay=), `"truncate"` (Content-Length larger than the body sent), `"close"` (drop the connection),
- `.set_env(**vars)` / `.offline()` to change the environment for the rest of the test.
Tokens the fake accepts: `VALID_TOKEN` (Hub, also grants gated access) and `GITHUB_VALID_TOKEN`.
"""

from tests.servers.fakes import (
    GITHUB_VALID_TOKEN,
    VALID_TOKEN,
    FakeServer,
    GitHubRepo,
    HubFile,
    HubRepo,
    fake_sha,
)

__all__ = ["GITHUB_VALID_TOKEN", "VALID_TOKEN", "FakeServer", "GitHubRepo", "HubFile", "HubRepo", "fake_sha"]
