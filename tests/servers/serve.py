"""The real `opengauge serve` app on uvicorn, in a thread, on a loopback port (for tests and bench).

    running = start_serve(ServeConfig(store=tmp_path / "s.duckdb"))
    httpx.get(running.url + "/healthz")
    running.stop()

The app reads HF_ENDPOINT/GITHUB_API_URL at call time, so point those at a fake Hub first."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any


@dataclass
class RunningServe:
    url: str
    server: Any
    """The uvicorn.Server."""
    thread: threading.Thread
    app: Any
    """The opengauge.serve.app.Server (state: assessments, limits)."""

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def start_serve(config: Any, **kw: Any) -> RunningServe:
    import uvicorn

    from opengauge.serve.app import create_app

    asgi = create_app(config, **kw)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(asgi, log_level="warning", access_log=False, backlog=1024, timeout_graceful_shutdown=2)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the serve app did not start")
        time.sleep(0.02)
    return RunningServe(f"http://127.0.0.1:{port}", server, thread, asgi.app.state.server)


def run_async(main: Any) -> Any:
    """`asyncio.run(main())` in a fresh thread (a worker whose main thread drives Playwright already
    has an event loop running there)."""
    import asyncio

    out: dict[str, Any] = {}

    def target() -> None:
        try:
            out["value"] = asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller
            out["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]
