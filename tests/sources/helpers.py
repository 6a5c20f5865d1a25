"""Small helpers for the sources tests: run the CLI in-process, build hand-made repos."""

from __future__ import annotations

import sys

from tests.servers.fakes import HubFile, HubRepo, fake_sha


def main_exit_code(args: list[str]) -> int:
    """`opengauge ARGS` run in this process as the console script runs it (`opengauge.cli.main`, with
    its error handling): its exit code, `sys.argv` restored after."""
    from opengauge.cli import main

    old = sys.argv
    sys.argv = ["opengauge", *args]
    try:
        main()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = old
    return 0


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    code = main_exit_code(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def card(front: str, body: str = "# A model\n\nSome text.\n") -> bytes:
    return f"---\n{front.strip()}\n---\n{body}".encode()


def model(
    repo_id: str, readme: bytes | None, *, extra: dict[str, bytes] | None = None, weights: int = 1, **kw
) -> HubRepo:
    files = {}
    if readme is not None:
        files["README.md"] = HubFile("README.md", readme)
    for name, content in (extra or {}).items():
        files[name] = HubFile(name, content)
    for i in range(weights):
        name = f"model-{i + 1:05d}-of-{weights:05d}.safetensors"
        files[name] = HubFile(name, None, size=1_000_000_000, lfs=True)
    card_data = kw.pop("card_data", None)
    return HubRepo(repo_id, fake_sha("hub", repo_id), files=files, card_data=card_data or {}, **kw)
