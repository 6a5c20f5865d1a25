"""What the web may ask for, and the limits (pure units: no server)."""

from __future__ import annotations

import asyncio

import pytest

from opengauge.serve.errors import BusyError, RateLimitError, ServeError, from_source_error, redact
from opengauge.serve.limits import FetchSlots, RateLimiter
from opengauge.serve.refs import MAX_REF, web_ref
from opengauge.sources import errors as source_errors
from tests.servers.serve import run_async


@pytest.mark.parametrize(
    ("text", "canonical", "path"),
    [
        (
            "meta-llama/Llama-3.1-8B-Instruct",
            "hf:meta-llama/Llama-3.1-8B-Instruct",
            "/models/meta-llama/Llama-3.1-8B-Instruct",
        ),
        ("  hf:allenai/OLMo-7B ", "hf:allenai/OLMo-7B", "/models/allenai/OLMo-7B"),
        ("https://huggingface.co/allenai/OLMo-7B", "hf:allenai/OLMo-7B", "/models/allenai/OLMo-7B"),
        (
            "huggingface.co/allenai/OLMo-7B/tree/v1.0",
            "hf:allenai/OLMo-7B@v1.0",
            "/models/allenai/OLMo-7B?revision=v1.0",
        ),
        ("https://huggingface.co/allenai/OLMo-7B/blob/main/README.md?x=1#y", "hf:allenai/OLMo-7B@main", None),
        ("hf:org/name@0123abcd", "hf:org/name@0123abcd", "/models/org/name?revision=0123abcd"),
        ("gh:EleutherAI/gpt-neox", "gh:EleutherAI/gpt-neox", "/github/EleutherAI/gpt-neox"),
        (
            "https://github.com/EleutherAI/gpt-neox.git",
            "gh:EleutherAI/gpt-neox",
            "/github/EleutherAI/gpt-neox",
        ),
        ("https://github.com/EleutherAI/gpt-neox/tree/v2", "gh:EleutherAI/gpt-neox@v2", None),
    ],
)
def test_accepted_references(text, canonical, path):
    ref = web_ref(text)
    assert ref.canonical == canonical
    if path:
        assert ref.path == path


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "/etc/passwd",
        "../../etc/passwd",
        "org/../../secret",
        "hf:org/..%2f..%2fetc",
        "hf:../x",
        "./model",
        "~/models/x",
        "local:/tmp/x",
        "snapshot:/tmp/x.json",
        "file:///etc/passwd",
        "C:\\models\\x",
        "gpt2",  # a model page is org/name
        "org/name/extra",
        "org/na me",
        "org/name\x00",
        "javascript:alert(1)",
        "https://evil.example/org/name",
        "https://huggingface.co/datasets/allenai/dolma",
        "https://huggingface.co/spaces/org/app",
        "https://user:pw@huggingface.co/org/name",
        "https://huggingface.co:8443/org/name",
        "hf:org/name@bad rev",
        "hf:-org/name",
        "a" * 10_000,
        "org/" + "n" * (MAX_REF + 1),
    ],
)
def test_refused_references(text):
    with pytest.raises(ServeError) as info:
        web_ref(text)
    assert info.value.status == 400


def test_rate_limiter_bucket_and_retry_after():
    now = [0.0]
    limiter = RateLimiter(rate=2.0, burst=3, clock=lambda: now[0])
    assert [limiter.wait_for("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.wait_for("a") == pytest.approx(0.5)
    assert limiter.wait_for("b") == 0.0  # per client
    with pytest.raises(RateLimitError) as info:
        limiter.check("a")
    assert info.value.status == 429 and info.value.retry_after == 1
    now[0] += 1.0  # two tokens back
    assert limiter.wait_for("a") == 0.0 and limiter.wait_for("a") == 0.0 and limiter.wait_for("a") > 0


def test_rate_limiter_forgets_old_clients():
    limiter = RateLimiter(rate=1.0, burst=1, max_clients=10)
    for i in range(100):
        limiter.wait_for(f"c{i}")
    assert len(limiter._buckets) == 10


def test_fetch_slots_queue_then_busy():
    async def run():
        slots = FetchSlots(concurrent=1, queue=1)
        await slots.acquire()  # running
        waiter = asyncio.create_task(slots.acquire())  # queued
        await asyncio.sleep(0)
        assert (slots.running, slots.waiting) == (1, 1)
        with pytest.raises(BusyError) as info:
            await slots.acquire()
        assert info.value.status == 503 and info.value.retry_after
        slots.release()
        await waiter
        assert (slots.running, slots.waiting) == (1, 0)
        slots.release()

    run_async(run)


def test_source_faults_map_to_statuses_and_tokens_are_redacted(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_secret_value_123")
    cases = {
        source_errors.NotFoundError("x"): 404,
        source_errors.PrivateRepoError("x"): 404,
        source_errors.GatedRepoError("x"): 403,
        source_errors.RateLimitedError("x"): 503,
        source_errors.TimeoutError_("x"): 504,
        source_errors.ConnectionFailedError("x"): 503,
        source_errors.OfflineError("x"): 503,
        source_errors.ServerError("x"): 502,
        source_errors.FrontMatterError("x"): 422,
    }
    for exc, status in cases.items():
        err = from_source_error(exc)
        assert err.status == status and err.code == exc.code and err.title
    leaked = from_source_error(source_errors.ServerError("failed with token hf_secret_value_123"))
    assert "hf_secret_value_123" not in leaked.message and "***" in leaked.message
    assert redact("a\nb\x1b[31m") == "a b\\x1b[31m"  # one line, control characters shown escaped


def test_memory_failures_and_counts_stay_bounded():
    """Thousands of distinct references (each a failure or a success) keep at most `memory` of each."""
    from datetime import UTC, datetime

    from opengauge.serve.config import ServeConfig
    from opengauge.serve.refs import WebRef
    from opengauge.serve.service import Assessments
    from opengauge.sources.errors import NotFoundError

    ok = {f"ok/m{i}" for i in range(0, 300, 2)}

    def fetcher(key, refresh):
        if key[3:] not in ok:
            raise NotFoundError(f"{key}: not found")
        from tests.og_index_support import index_docs

        doc = index_docs()[0]
        return doc, type("R", (), {"assessed_at": datetime.now(UTC)})()

    async def run():
        a = Assessments(ServeConfig(store=None, memory=10), fetcher=fetcher)
        for i in range(300):
            ref = WebRef("hub", f"ok/m{i}")
            try:
                await a.get(ref, wait=5)
            except ServeError as err:
                assert err.status == 404
        assert len(a.memory) <= 10 and len(a.failures) <= 10 and len(a.fetches) <= 40
        a.close()

    run_async(run)
