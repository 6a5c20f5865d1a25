"""The hostile corpus: releases built at test time (nothing big is stored), served through the loopback
Hub/GitHub server or laid out as local folders, one case per class of attack.

Each `Case` says how to build its release (`build(server, tmp) -> CLI arguments`), which exit codes are
right, and optionally what the output must (or must not) say. `run_case` runs the real CLI in a
subprocess with a timeout, so a hang is a failure, not a stuck suite.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import opengauge
from tests.servers.fakes import FakeServer, GitHubRepo, HubFile, HubRepo, fake_sha
from tests.warm_engine import seed_engine_cache

CANARY = "CANARY-4d1e-SECRET-OUTSIDE-THE-RELEASE"
#: Characters that must never reach the terminal raw (C0 except tab/newline, DEL, C1, bidi overrides).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
EVIL = (
    "\x1b[2J\x1b[1;32mOSI approved\x1b[0m\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\u202eexe.txt\x9b"
)
#: The same, fit for a file name (no slash).
EVIL_NAME = EVIL.replace("https://evil.example", "evil.example")
SRC = str(Path(opengauge.__file__).resolve().parents[1])


@dataclass
class Case:
    id: str
    build: Callable[[FakeServer, Path], list[str]]
    codes: tuple[int, ...] = (0,)
    contains: tuple[str, ...] = ()
    """Strings the combined output (stdout + stderr) must hold."""
    limit: float = 60.0
    """Seconds the run may take (the subprocess is killed after this)."""
    env: dict[str, str] = field(default_factory=dict)
    stdin: bytes | None = None


@dataclass
class Result:
    code: int | None
    out: str
    err: str
    seconds: float


def _card(front: str, body: str = "# Model\n\nA model.\n") -> bytes:
    return f"---\n{front.strip()}\n---\n{body}".encode()


def _hub(
    server: FakeServer, name: str, readme: bytes | None, extra: dict[str, bytes] | None = None, **kw
) -> str:
    files = {}
    if readme is not None:
        files["README.md"] = HubFile("README.md", readme)
    for path, content in (extra or {}).items():
        files[path] = HubFile(path, content)
    files["model.safetensors"] = HubFile("model.safetensors", None, size=1_000_000, lfs=True)
    server.add_model(HubRepo(f"evil/{name}", fake_sha("hostile", name), files=files, **kw))
    return f"hf:evil/{name}"


def _folder(tmp: Path, name: str, readme: str = "---\nlicense: mit\n---\n# M\n\nA model.\n") -> Path:
    folder = tmp / name
    folder.mkdir(parents=True)
    (folder / "README.md").write_text(readme)
    (folder / "model.safetensors").write_bytes(b"\0" * 16)
    return folder


def _outside(tmp: Path) -> Path:
    path = tmp / "outside-secret.txt"
    if not path.exists():
        path.write_text(f"{CANARY}\nThis software may be used for non-commercial purposes only.\n")
    return path


# -- the Hub-served cases ------------------------------------------------------------------------------


def alias_bomb(server, tmp):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    return ["release", _hub(server, "alias-bomb", _card("\n".join(lines)))]


def deep_yaml(server, tmp):
    return ["release", _hub(server, "deep-yaml", _card("x: " + "[" * 10_000 + "]" * 10_000))]


def deep_yaml_mapping(server, tmp):
    front = "".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "v: 1"
    return ["release", _hub(server, "deep-yaml-map", _card(front))]


def card_6mb(server, tmp):
    return ["release", _hub(server, "card-6mb", _card("license: mit", "x" * (6 * 1024 * 1024)))]


def nul_card(server, tmp):
    return ["release", _hub(server, "nul-card", b"---\nlicense: mit\n---\n\x00\x00\x00 binary \x00")]


def latin1_card(server, tmp):
    return ["release", _hub(server, "latin1-card", b"---\nlicense: mit\n---\ncaf\xe9 cr\xe8me\n")]


def not_a_mapping(server, tmp):
    return ["release", _hub(server, "list-front", b"---\n- a\n- b\n---\n# M\n")]


def control_in_front_matter(server, tmp):
    return ["release", _hub(server, "ctrl-front", b"---\nlicense: mit\x1f\n---\n# M\n")]


def base_model_cycle(server, tmp):
    _hub(server, "cycle-b", _card("license: mit\nbase_model: evil/cycle-a"))
    return ["release", _hub(server, "cycle-a", _card("license: mit\nbase_model: evil/cycle-b"))]


def self_base_model(server, tmp):
    return ["assess", _hub(server, "self-base", _card("license: mit\nbase_model: evil/self-base"))]


def tree_200k(server, tmp):
    files = {
        f"shards/part-{i:06d}.bin": HubFile(f"shards/part-{i:06d}.bin", None, size=10) for i in range(200_000)
    }
    files["README.md"] = HubFile("README.md", _card("license: mit"))
    server.add_model(HubRepo("evil/tree-200k", fake_sha("t200k"), files=files))
    return ["release", "hf:evil/tree-200k"]


def html_js_card(server, tmp):
    body = (
        "# Model\n\n<script>alert(document.cookie)</script>\n"
        '<img src=x onerror="alert(1)">\n[click me](javascript:alert(1))\n'
        '<a href="javascript:alert(2)">code</a>\n<iframe src="https://evil.example"></iframe>\n'
    )
    return ["assess", _hub(server, "html-js", _card("license: apache-2.0", body)), "--format", "markdown"]


def one_line_5mb(server, tmp):
    unit = (
        "Trained on 8 A100 GPUs with pip install transformers, see https://github.com/evil/x, "
        "arXiv 2101.00001. <!-- "
    )
    body = (unit * (4_900_000 // len(unit)))[:4_900_000]
    return ["assess", _hub(server, "one-line", _card("license: mit", body))]


def many_datasets(server, tmp):
    ds = "\n".join(f"  - org{i}/data{i}" for i in range(5000))
    return ["assess", _hub(server, "datasets-5000", _card(f"license: mit\ndatasets:\n{ds}"))]


def many_base_models(server, tmp):
    bases = "\n".join(f"  - org{i}/base{i}" for i in range(5000))
    return ["release", _hub(server, "bases-5000", _card(f"license: mit\nbase_model:\n{bases}"))]


def many_tags_links(server, tmp):
    tags = "\n".join(f"  - tag{i}" for i in range(5_000))
    body = "\n".join(f"see https://github.com/o{i}/r{i} and https://example.com/{i}" for i in range(5_000))
    return ["assess", _hub(server, "tags-links", _card(f"license: mit\ntags:\n{tags}", body))]


def many_headings(server, tmp):
    body = "\n".join(("#" * (1 + i % 6)) + f" Training data {i}\ntext" for i in range(30_000))
    return ["assess", _hub(server, "headings", _card("license: mit", body))]


def unclosed_comments(server, tmp):
    return [
        "assess",
        _hub(server, "comments", _card("license: mit", "## Training data\n" + "<!-- " * 100_000)),
    ]


def escapes_in_license_name(server, tmp):
    front = f'license: other\nlicense_name: "{EVIL.encode("unicode_escape").decode()}"\nlicense_link: LICENSE'
    return ["release", _hub(server, "escapes-meta", _card(front))]


def escapes_in_file_names(server, tmp):
    extra = {f"LICENSE{EVIL_NAME}": b"MIT License", f"NOTES{EVIL_NAME}.md": b"# notes"}
    return ["release", _hub(server, "escapes-files", _card("license: mit"), extra)]


def escapes_in_license_text(server, tmp):
    text = f"Acme License {EVIL}\n\nYou may use the Model for non-commercial purposes only. {EVIL}\n".encode()
    return ["assess", _hub(server, "escapes-text", _card("license: other"), {"LICENSE": text})]


def escapes_markdown(server, tmp):
    text = f"Acme License\n\nNon-commercial use only {EVIL}\n".encode()
    front = f'license: other\nlicense_name: "{EVIL.encode("unicode_escape").decode()}"'
    return ["assess", _hub(server, "escapes-md", _card(front), {"LICENSE": text}), "--format", "markdown"]


def traversal_name(server, tmp):
    extra = {"LICENSE\\..\\..\\x.txt": b"MIT", "LICENSE..\\..\\etc\\passwd": b"MIT"}
    return ["release", _hub(server, "traversal", _card("license: mit"), extra)]


def bad_sizes(server, tmp):
    repo = _hub(server, "bad-sizes", _card("license: mit"))
    files = server.models["evil/bad-sizes"].files
    for i, value in enumerate([True, -1, 1e30, "12"]):
        files[f"w{i}.safetensors"] = HubFile(f"w{i}.safetensors", None, size=value, lfs=True)  # type: ignore[arg-type]
    return ["release", repo]


def _disguised_license(server, name: str, text: str):
    return [
        "assess",
        _hub(server, name, _card("license: other"), {"LICENSE": text.encode()}),
        "--format",
        "json",
    ]


def zero_width_license(server, tmp):
    hidden = "\u200b".join("non-commercial")
    return _disguised_license(server, "zw", f"Acme License\n\nYou may use it for {hidden} purposes only.\n")


def homoglyph_license(server, tmp):
    hidden = "non-соmmеrсіаl"  # Cyrillic о, е, с, і, а
    return _disguised_license(
        server, "homoglyph", f"Acme License\n\nYou may use it for {hidden} purposes only.\n"
    )


def server_error(server, tmp):
    ref = _hub(server, "server-error", _card("license: mit"))
    server.add_fault("/api/models/evil/server-error", status=503)
    return ["release", ref]


def truncated(server, tmp):
    ref = _hub(server, "truncated", _card("license: mit"))
    server.add_fault("/api/models/evil/truncated", kind="truncate")
    return ["release", ref]


def invalid_json(server, tmp):
    ref = _hub(server, "invalid-json", _card("license: mit"))
    server.add_fault("/api/models/evil/invalid-json", status=200, body=b"{not json at all")
    return ["release", ref]


def json_not_object(server, tmp):
    ref = _hub(server, "json-list", _card("license: mit"))
    server.add_fault("/api/models/evil/json-list", status=200, body=b'["a", "b"]')
    return ["release", ref]


def siblings_garbage(server, tmp):
    ref = _hub(server, "siblings", _card("license: mit"))
    body = b'{"id": "evil/siblings", "sha": 5, "siblings": [1, null, {"rfilename": 7}, "x"], "tags": "nope"}'
    server.add_fault("/api/models/evil/siblings", status=200, body=body)
    return ["release", ref]


def gzip_garbage(server, tmp):
    ref = _hub(server, "gzip", _card("license: mit"))
    server.add_fault(
        "/api/models/evil/gzip", status=200, body=b"\x1f\x8b garbage", headers={"Content-Encoding": "gzip"}
    )
    return ["release", ref]


def github_escapes(server, tmp):
    readme = f"# Repo {EVIL}\n\nhttps://github.com/evil/other\n".encode()
    server.add_github(
        GitHubRepo(
            "evil/gh",
            fake_sha("gh"),
            description=EVIL,
            tree=[
                {"path": f"train{EVIL}.py", "type": "blob", "size": -3},
                {"path": "README.md", "type": "blob"},
            ],
            readme=readme,
        )
    )
    return ["release", "gh:evil/gh"]


# -- local folders -------------------------------------------------------------------------------------


def fifo_license(server, tmp):
    folder = _folder(tmp, "fifo")
    os.mkfifo(folder / "LICENSE")
    os.mkfifo(folder / "USE_POLICY.md")
    return ["assess", str(folder)]


def symlink_out(server, tmp):
    folder = _folder(tmp, "symlink-out")
    (folder / "LICENSE").symlink_to(_outside(tmp))
    (folder / "NOTICE").symlink_to(Path("..") / _outside(tmp).name)
    return ["assess", str(folder), "--format", "json"]


def symlink_out_card(server, tmp):
    folder = tmp / "symlink-card"
    folder.mkdir()
    (folder / "README.md").symlink_to(_outside(tmp))
    return ["release", str(folder)]


def symlink_device(server, tmp):
    folder = _folder(tmp, "device")
    (folder / "LICENSE").symlink_to("/dev/zero")
    (folder / "NOTICE").symlink_to("/dev/stdin")
    return ["release", str(folder)]


def symlink_loop(server, tmp):
    folder = _folder(tmp, "loop")
    (folder / "LICENSE").symlink_to("LICENSE")
    (folder / "NOTICE.md").symlink_to("COPYING")
    (folder / "COPYING").symlink_to("NOTICE.md")
    return ["release", str(folder)]


def unix_socket(server, tmp):
    folder = _folder(tmp, "socket")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "LICENSE"))
    _SOCKETS.append(sock)  # kept open until the run ends
    return ["release", str(folder)]


_SOCKETS: list[socket.socket] = []


def hub_cache_links(server, tmp):
    repo = tmp / "models--evil--cache"
    (repo / "blobs").mkdir(parents=True)
    snap = repo / "snapshots" / ("c" * 40)
    snap.mkdir(parents=True)
    (repo / "blobs" / "1").write_text("---\nlicense: mit\n---\n# M\n")
    (repo / "blobs" / "2").write_text("MIT License\n\nPermission is hereby granted, free of charge\n")
    (snap / "README.md").symlink_to("../../blobs/1")
    (snap / "LICENSE").symlink_to("../../blobs/2")
    (snap / "NOTICE").symlink_to(_outside(tmp))
    (snap / "USE_POLICY.md").symlink_to("../../../outside-secret.txt")
    return ["release", str(snap)]


def local_escapes(server, tmp):
    folder = _folder(
        tmp,
        "local-escapes",
        f'---\nlicense: other\nlicense_name: "{EVIL.encode("unicode_escape").decode()}"\n---\n# M\n',
    )
    (folder / f"LICENSE{EVIL_NAME}.txt").write_text(f"Non-commercial use only {EVIL}\n")
    return ["assess", str(folder)]


def local_many_files(server, tmp):
    folder = _folder(tmp, "many-files")
    for d in range(20):
        sub = folder / f"d{d}"
        sub.mkdir()
        for i in range(1000):
            (sub / f"f{i}.bin").touch()
    return ["release", str(folder)]


# -- the license command and snapshots ------------------------------------------------------------------


def license_fifo(server, tmp):
    os.mkfifo(tmp / "license-fifo")
    return ["license", str(tmp / "license-fifo")]


def license_homoglyph(server, tmp):
    path = tmp / "homoglyph.txt"
    path.write_text(
        "Acme Model License\n\nYou may use the Model for ｎｏｎ－ｃｏｍｍｅｒｃｉａｌ purposes only.\n"
    )
    return ["license", str(path)]


def license_zero_width(server, tmp):
    path = tmp / "zw.txt"
    path.write_text("Acme Model License\n\nFor research and non\u200bcomm\u2060ercial use only.\n")
    return ["license", str(path)]


def license_escapes(server, tmp):
    return ["license", "-"]


def snapshot_fifo(server, tmp):
    os.mkfifo(tmp / "snap.json")
    return ["release", f"snapshot:{tmp / 'snap.json'}"]


def snapshot_bad_size(server, tmp):
    import json

    release = {"ref": "hf:evil/s", "source": "hub", "id": "evil/s", "files": [{"path": "a", "size": 1e30}]}
    path = tmp / "bad-size.json"
    path.write_text(json.dumps({"schema": "opengauge.release/1", "release": release}))
    return ["release", str(path)]


CASES: list[Case] = [
    Case("alias-bomb", alias_bomb, (19,)),
    Case("deep-yaml-10000", deep_yaml, (19,)),
    Case("deep-yaml-mapping", deep_yaml_mapping, (19,)),
    Case("card-6mb", card_6mb, (20,)),
    Case("nul-bytes", nul_card, (21,)),
    Case("latin1-card", latin1_card, (21,)),
    Case("front-matter-list", not_a_mapping, (19,)),
    Case("front-matter-control", control_in_front_matter, (19,)),
    Case("base-model-cycle", base_model_cycle, (0,), ("cycle",)),
    Case("base-model-self", self_base_model, (0,)),
    # the loopback server serialises a 200,000-entry listing: on a loaded machine that alone can take
    # longer than the corpus's 5 s request timeout, which this case does not test
    Case(
        "tree-200k",
        tree_200k,
        (0,),
        ("200000",),
        env={"OPENGAUGE_TIMEOUT": "60", "HF_HUB_ETAG_TIMEOUT": "60"},
    ),
    Case("html-javascript", html_js_card, (0,)),
    Case("one-line-5mb", one_line_5mb, (0,), limit=90),
    Case("datasets-5000", many_datasets, (0,)),
    Case("base-models-5000", many_base_models, (0,), ("only the first 20",)),
    Case("tags-links-5000", many_tags_links, (0,)),
    Case("headings-30000", many_headings, (0,)),
    Case("unclosed-comments", unclosed_comments, (0,)),
    Case("escapes-license-name", escapes_in_license_name, (0,), ("\\x1b",)),
    Case("escapes-file-names", escapes_in_file_names, (0,), ("\\x1b",)),
    Case("escapes-license-text", escapes_in_license_text, (0,)),
    Case("escapes-markdown", escapes_markdown, (0,), ("\\x1b",)),
    Case("traversal-file-name", traversal_name, (0,), ("refused",)),
    Case("bad-sizes", bad_sizes, (0,), ("not plausible",)),
    Case("zero-width-license", zero_width_license, (0,), ('"non-commercial"', "disguised")),
    Case("homoglyph-license", homoglyph_license, (0,), ('"non-commercial"', "disguised")),
    Case("server-error", server_error, (14,)),
    Case("truncated-body", truncated, (17,)),
    Case("invalid-json", invalid_json, (17,)),
    Case("json-not-object", json_not_object, (17,)),
    Case("siblings-garbage", siblings_garbage, (0,)),
    Case("gzip-garbage", gzip_garbage, (17,)),
    Case("github-escapes", github_escapes, (0,), ("\\x1b",)),
    Case("fifo-license", fifo_license, (0,), limit=30),
    Case("symlink-out", symlink_out, (0,)),
    Case("symlink-out-card", symlink_out_card, (0,), ("outside the folder",)),
    Case("symlink-device", symlink_device, (0,), limit=30),
    Case("symlink-loop", symlink_loop, (0,)),
    Case("unix-socket", unix_socket, (0,), ("socket",)),
    Case("hub-cache-links", hub_cache_links, (0,), ("license    │ LICENSE", "outside the folder")),
    Case("local-escapes", local_escapes, (0,)),
    Case("local-20000-files", local_many_files, (0,), ("Files: 20002",)),
    Case("license-fifo", license_fifo, (2,), limit=30),
    Case("license-fullwidth", license_homoglyph, (0,), ("non-commercial", "Disguised")),
    Case("license-zero-width", license_zero_width, (0,), ("Disguised",)),
    Case(
        "license-escapes-stdin",
        license_escapes,
        (0,),
        stdin=f"Acme {EVIL}\nNon-commercial only {EVIL}\n".encode(),
    ),
    Case("snapshot-fifo", snapshot_fifo, (22,), limit=30),
    Case("snapshot-bad-size", snapshot_bad_size, (22,)),
]


def environment(server: FakeServer, cache: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HF_", "HUGGING", "GITHUB_", "OPENGAUGE_")) and k != "PYTHONPATH"
    }
    env.update(
        {
            "PYTHONPATH": SRC,
            "HF_ENDPOINT": server.url,
            "GITHUB_API_URL": server.github_url,
            "HF_HOME": str(cache / "hf-home"),
            "OPENGAUGE_CACHE": str(cache),
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
            "HF_HUB_ETAG_TIMEOUT": "5",
            "OPENGAUGE_RETRIES": "0",
            "OPENGAUGE_TIMEOUT": "5",
            "COLUMNS": "120",
        }
    )
    return env


class ForkServer:
    """`tests/hostile/forkserver.py` started with the corpus environment: runs `python -m opengauge`
    in forked processes (one at a time), from an interpreter that imported opengauge once."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("forkserver.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self._in, self._out = self.proc.stdin, self.proc.stdout
        if json.loads(self._out.readline() or b"{}").get("ready") is not True:
            raise RuntimeError("the fork server did not start")

    def run(self, args: list[str], env: dict[str, str], cwd: Path, stdin: bytes, limit: float) -> Result:
        out, err = cwd / ".stdout", cwd / ".stderr"
        request = {
            "args": args,
            "env": env,
            "cwd": str(cwd),
            "stdin": stdin.decode("latin-1"),
            "out": str(out),
            "err": str(err),
            "limit": limit,
        }
        start = time.monotonic()
        self._in.write(json.dumps(request).encode() + b"\n")
        self._in.flush()
        answer = self._out.readline()
        seconds = time.monotonic() - start
        if not answer:
            raise RuntimeError(f"the fork server ended (exit {self.proc.wait()})")
        code = json.loads(answer)["code"]
        stdout, stderr = (f.read_bytes().decode("utf-8", "replace") for f in (out, err))
        out.unlink()
        err.unlink()
        if code is None:
            return Result(None, stdout, f"timed out after {limit} s", seconds)
        return Result(code, stdout, stderr, seconds)

    def close(self) -> None:
        self._in.close()
        self.proc.wait(timeout=30)


def run_case(case: Case, server: FakeServer, tmp: Path, forks: ForkServer | None = None) -> Result:
    """One case through `python -m opengauge`: in a fresh interpreter, or forked by `forks`."""
    work = tmp / case.id
    work.mkdir(parents=True, exist_ok=True)
    args = case.build(server, work)
    env = environment(server, seed_engine_cache(work / "cache"))
    env.update(case.env)
    stdin = case.stdin if case.stdin is not None else b""
    if forks is not None:
        return forks.run(args, env, work, stdin, case.limit)
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "opengauge", *args],
            input=stdin,
            capture_output=True,
            env=env,
            cwd=work,
            timeout=case.limit,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace")
        return Result(None, out, f"timed out after {case.limit} s", time.monotonic() - start)
    return Result(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        time.monotonic() - start,
    )
