"""Many clients at once: 200 concurrent API requests for 20 references are all answered (200 or
429), each reference is read from upstream at most once, and the server stays up."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx

from tests.servers import HubFile, HubRepo, fake_sha
from tests.servers.serve import run_async

N_REFS = 20
N_REQUESTS = 200


def _repo(repo_id: str) -> HubRepo:
    card = f"---\nlicense: apache-2.0\n---\n# {repo_id}\nWeights under Apache-2.0.\n"
    files = {
        "README.md": HubFile("README.md", card.encode()),
        "model.safetensors": HubFile("model.safetensors", size=1_000_000, lfs=True),
    }
    return HubRepo(repo_id, fake_sha("hub", repo_id), files=files, card_data={"license": "apache-2.0"})


def _upstream(fake_hub, repo_id: str) -> int:
    return sum(1 for _, path in fake_hub.requests.entries if f"/{repo_id}/" in path + "/")


def test_200_concurrent_requests_for_20_references(serve_app, fake_hub):
    ids = [f"conc/model-{i:02d}" for i in range(N_REFS)]
    for repo_id in [*ids, "conc/baseline"]:
        fake_hub.add_model(_repo(repo_id))
    srv = serve_app()
    # what one reading of one release costs upstream
    assert (
        httpx.get(srv.url + "/api/v1/assess", params={"ref": "conc/baseline"}, timeout=60).status_code == 200
    )
    one_reading = _upstream(fake_hub, "conc/baseline")
    assert one_reading > 0
    fake_hub.add_fault("/conc/model-", "slow", delay=0.2)  # readings overlap with the requests

    async def run() -> list[int]:
        limits = httpx.Limits(max_connections=N_REQUESTS, max_keepalive_connections=N_REQUESTS)
        async with httpx.AsyncClient(base_url=srv.url, timeout=120, limits=limits) as client:

            async def one(i: int) -> int:
                r = await client.get("/api/v1/assess", params={"ref": ids[i % N_REFS]})
                if r.status_code == 200:
                    assert r.json()["release"]["ref"] == "hf:" + ids[i % N_REFS]
                else:
                    assert r.headers["retry-after"]
                return r.status_code

            return await asyncio.gather(*(one(i) for i in range(N_REQUESTS)))

    codes = Counter(run_async(run))
    assert set(codes) <= {200, 429}, codes
    assert codes[200] >= N_REFS  # the burst lets every reference through at least once
    for repo_id in ids:
        assert srv.app.assessments.fetches["hf:" + repo_id] <= 1
        assert _upstream(fake_hub, repo_id) <= one_reading, repo_id
    health = httpx.get(srv.url + "/healthz", timeout=10)
    assert health.status_code == 200 and health.json()["running"] == 0


def test_full_queue_answers_503_with_retry_after(serve_app, fake_hub):
    for repo_id in ("busy/one", "busy/two", "busy/three"):
        fake_hub.add_model(_repo(repo_id))
    fake_hub.add_fault("/busy/one", "slow", delay=3.0, times=1)  # long enough to see the queue full
    fake_hub.add_fault("/busy/", "slow", delay=0.2)
    srv = serve_app(concurrency=1, queue=1)
    slots = srv.app.assessments.slots

    async def until(cond) -> None:
        for _ in range(400):
            if cond():
                return
            await asyncio.sleep(0.025)
        raise AssertionError("the server never reached the expected state")

    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=srv.url, timeout=60) as client:
            first = asyncio.create_task(client.get("/api/v1/assess", params={"ref": "busy/one"}))
            await until(lambda: slots.running == 1)  # one reading runs
            second = asyncio.create_task(client.get("/api/v1/assess", params={"ref": "busy/two"}))
            await until(lambda: slots.waiting == 1)  # one waits
            third = await client.get("/api/v1/assess", params={"ref": "busy/three"})
            return [await first, await second, third]

    one, two, three = run_async(run)
    assert (one.status_code, two.status_code) == (200, 200)
    assert three.status_code == 503 and three.json()["error"]["code"] == "busy"
    assert int(three.headers["retry-after"]) > 0
    # a full queue is not the release's fault: asked again later, it is read
    assert httpx.get(srv.url + "/api/v1/assess", params={"ref": "busy/three"}, timeout=60).status_code == 200
