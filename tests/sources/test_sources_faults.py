"""Every fault of the sources layer: a one-line message, a distinct exit code, no partial output."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import opengauge.sources.http as og_http
from opengauge.sources import errors as E
from opengauge.sources import resolve
from tests.servers.fakes import VALID_TOKEN, GitHubRepo, fake_sha
from tests.sources.helpers import card, model, run_cli


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    return text


def test_exit_codes_are_distinct():
    codes = [cls.exit_code for cls in E.ALL_ERRORS]
    assert len(codes) == len(set(codes))
    assert all(c not in (0, 1) for c in codes)


def test_repo_not_found(fake_hub, capsys):
    with pytest.raises(E.NotFoundError) as exc:
        resolve("hf:org/missing")
    assert "not found" in _one_line(exc.value)
    code, out, err = run_cli(["release", "hf:org/missing"], capsys)
    assert (code, out) == (10, "") and err.count("\n") == 1 and "not found" in err


def test_revision_not_found(fake_hub):
    fake_hub.add_model(model("org/m", card("license: mit")))
    with pytest.raises(E.NotFoundError, match="revision"):
        resolve("hf:org/m@nope")


def test_private_repo(fake_hub, capsys):
    fake_hub.add_model(model("org/secret", card("license: mit"), private=True))
    code, out, err = run_cli(["release", "hf:org/secret"], capsys)
    assert (code, out) == (11, "") and "private" in err and "HF_TOKEN" in err
    fake_hub.set_env(HF_TOKEN=VALID_TOKEN)
    assert resolve("hf:org/secret").private is True


def test_gated_without_token_cli(fake_hub, capsys):
    ref = fake_hub.add_corpus_release("llama-3.1-8b-instruct", gate_files=True)
    code, out, err = run_cli(["release", ref, "--no-lineage"], capsys)
    assert code == 12
    assert "gated-prompt" in out and "llama3.1" in out  # the public metadata is reported
    assert "gated" in err and "HF_TOKEN" in err and err.count("\n") == 1


def test_rate_limited_then_recovers(fake_hub, monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(og_http, "sleep", waits.append)
    fake_hub.set_env(OPENGAUGE_RETRY_MAX_WAIT="100")
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", status=429, headers={"Retry-After": "7"}, times=2)
    assert resolve("hf:org/m").id == "org/m"
    assert waits == [7.0, 7.0]  # Retry-After honoured
    assert len(fake_hub.requests.matching("/api/models/org/m")) == 3


def test_rate_limited_gives_up(fake_hub, monkeypatch, capsys):
    waits: list[float] = []
    monkeypatch.setattr(og_http, "sleep", waits.append)
    fake_hub.set_env(OPENGAUGE_RETRIES="2", OPENGAUGE_RETRY_BASE="0.5", OPENGAUGE_RETRY_MAX_WAIT="3")
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", status=429)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (13, "") and "rate limited" in err and "gave up after 2 retries" in err
    assert waits == [0.5, 1.0]  # exponential backoff without Retry-After
    assert len(fake_hub.requests.matching("/api/models/org/m")) == 3


@pytest.mark.parametrize("status", [500, 503])
def test_server_error(fake_hub, capsys, status):
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", status=status)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (14, "") and f"HTTP {status}" in err


def test_server_error_on_a_document_is_retried_by_the_hub_client(fake_hub):
    # hf_hub_download retries a failed HEAD itself (first wait 1 s); one 502 is absorbed
    fake_hub.add_model(model("org/m", card("license: mit"), extra={"LICENSE": b"MIT License"}))
    fake_hub.add_fault("/resolve/", status=502, method="HEAD", times=1)
    release = resolve("hf:org/m")
    assert [d.path for d in release.documents] == ["README.md", "LICENSE"]
    assert len(fake_hub.requests.matching("/resolve/")) == 5  # 1 failed HEAD + HEAD/GET x 2


def test_timeout(fake_hub, capsys):
    fake_hub.set_env(OPENGAUGE_TIMEOUT="0.3", OPENGAUGE_RETRIES="1")
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", kind="slow", delay=1.5)
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (15, "") and "did not answer within 0.3s" in err


def test_connection_refused(fake_hub, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    fake_hub.set_env(HF_ENDPOINT=f"http://127.0.0.1:{port}", OPENGAUGE_RETRIES="1")
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (16, "") and "cannot connect" in err


def test_truncated_body(fake_hub, capsys):
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", kind="truncate")
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (17, "") and "truncated" in err


def test_truncated_body_is_retried(fake_hub):
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.add_fault("/api/models/org/m", kind="truncate", times=1)
    assert resolve("hf:org/m").id == "org/m"


def test_offline_with_nothing_cached(fake_hub, capsys):
    fake_hub.add_model(model("org/m", card("license: mit")))
    fake_hub.offline()
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (18, "") and "offline" in err
    assert fake_hub.requests.count == 0


def test_offline_after_an_online_run(fake_hub):
    ref = fake_hub.add_corpus_release("olmo-7b")
    online = resolve(ref)
    fake_hub.requests.clear()
    fake_hub.offline()
    fake_hub.set_env(OPENGAUGE_CACHE_TTL="0")  # offline ignores staleness
    assert resolve(ref) == online
    assert fake_hub.requests.count == 0


def test_malformed_front_matter(fake_hub, capsys):
    fake_hub.add_model(model("org/m", b"---\nlicense: [mit\n---\n# card\n"))
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (19, "") and "malformed YAML" in err


def test_readme_over_5_mb(fake_hub, capsys):
    fake_hub.add_model(model("org/m", card("license: mit", "x" * (6 * 1024 * 1024))))
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (20, "") and "5 MB" in err
    assert not fake_hub.requests.matching("/resolve/"), "an oversized card is not even downloaded"


@pytest.mark.parametrize(
    "content", [b"\x00\x01\x02\x03PNG binary" * 10, b"---\nlicense: mit\n---\ncaf\xe9\n"]
)
def test_binary_or_non_utf8_readme(fake_hub, capsys, content):
    fake_hub.add_model(model("org/m", content))
    code, out, err = run_cli(["release", "hf:org/m"], capsys)
    assert (code, out) == (21, "") and ("binary" in err or "UTF-8" in err)


def test_github_faults(fake_hub, capsys, monkeypatch):
    monkeypatch.setattr(og_http, "sleep", lambda s: None)
    fake_hub.add_github(
        GitHubRepo("own/repo", fake_sha("x"), tree=[{"path": "a.py", "type": "blob", "size": 3}])
    )
    fake_hub.add_fault(
        "/github-api/repos/own/repo",
        status=403,
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": "0"},
        times=10,
    )
    code, out, err = run_cli(["release", "gh:own/repo"], capsys)
    assert (code, out) == (13, "") and "GITHUB_TOKEN" in err
    fake_hub.server.faults.clear()
    fake_hub.add_fault("/git/trees/", kind="truncate")
    code, out, err = run_cli(["release", "gh:own/repo", "--refresh"], capsys)
    assert (code, out) == (17, "")
    code, out, err = run_cli(["release", "gh:nobody/nothing"], capsys)
    assert (code, out) == (10, "") and "GITHUB_TOKEN" in err


def test_linked_repo_failure_is_recorded_not_fatal(fake_hub, monkeypatch):
    monkeypatch.setattr(og_http, "sleep", lambda s: None)
    fake_hub.add_model(
        model(
            "org/m",
            card(
                "license: mit", "Code: https://github.com/org/code and https://github.com/org/code/issues\n"
            ),
        )
    )
    fake_hub.add_github(GitHubRepo("org/code", fake_sha("c"), tree=[]))
    fake_hub.add_fault("/github-api/repos/org/code", status=500)
    release = resolve("hf:org/m")
    assert release.code_repos[0].error and "HTTP 500" in release.code_repos[0].error
    assert any("linked code repo" in p for p in release.problems)


def test_tls_settings_are_built_once_per_setting(monkeypatch, tmp_path) -> None:
    """Every GitHub client shares one TLS context (loading the CA bundle costs ~25 ms a client), and a
    CA bundle named by SSL_CERT_FILE is still honoured, as httpx does by default."""
    import certifi

    from opengauge.sources.http import tls_context

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    assert tls_context() is tls_context()
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    mine = tls_context()
    assert mine is tls_context()
    monkeypatch.delenv("SSL_CERT_FILE")
    assert tls_context() is not mine
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(OSError):
        tls_context()
