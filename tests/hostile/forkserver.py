"""Run `python -m opengauge ARGS` as a real process without paying for the interpreter's start-up and
opengauge's imports each time: a server process imports opengauge once, then forks one child per run.

The child is a process of its own (its pid, cwd, environment, file descriptors 0/1/2 and exit
status), killed after the time limit like `subprocess.run(timeout=)` does; it runs the package's
`__main__` with `runpy`, as `python -m` does, and ends as the interpreter would: the exit code of a
`SystemExit`, 1 and a traceback on stderr for any other exception. What differs from a fresh
interpreter is only what happened before: modules already imported (opengauge reads its settings
from the environment at call time, and the Hub library is given them explicitly).

    python tests/hostile/forkserver.py     # requests on stdin, answers on stdout, one JSON line each

Request: {"args", "env", "cwd", "stdin" (text, latin-1), "out", "err" (files), "limit" (s)}.
Answer: {"code": exit code, or null when killed at the limit}.
"""

from __future__ import annotations

import json
import os
import runpy
import select
import signal
import sys
import traceback

PRELOAD = (
    "opengauge.cli.typer_app",
    "opengauge.index.run",
    "opengauge.sources",
    "opengauge.formats",
    "opengauge.document",
)


def _child(req: dict) -> None:
    """In the forked child: become `python -m opengauge ARGS`; never returns."""
    code = 1
    try:
        os.chdir(req["cwd"])
        os.environ.clear()
        os.environ.update(req["env"])
        data = req["stdin"].encode("latin-1")
        r, w = os.pipe()  # stdin a pipe, as subprocess.run(input=...) gives (the inputs are small)
        os.write(w, data)
        os.close(w)
        os.dup2(r, 0)
        for fd, path in ((1, req["out"]), (2, req["err"])):
            f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(f, fd)
            os.close(f)
        sys.argv = ["opengauge", *req["args"]]
        sys.path[0] = os.getcwd()  # as `python -m` puts it first
        try:
            runpy.run_module("opengauge", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def _wait(pid: int, limit: float) -> int | None:
    """The child's exit code (negative: the signal that ended it); None when killed at `limit`."""
    fd = os.pidfd_open(pid)
    try:
        if not select.select([fd], [], [], limit)[0]:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def serve() -> None:
    for name in PRELOAD:
        __import__(name)
    os.write(1, b'{"ready": true}\n')
    buf = b""
    while True:
        while b"\n" not in buf:
            chunk = os.read(0, 1 << 16)  # unbuffered: a child's sys.stdin holds nothing read here
            if not chunk:
                return
            buf += chunk
        line, buf = buf.split(b"\n", 1)
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(req)
        os.write(1, json.dumps({"code": _wait(pid, req["limit"])}).encode() + b"\n")


if __name__ == "__main__":
    serve()
