"""Build fake Hub + GitHub repos from a folder of `shared/corpus/releases/<model>/`, at test time.

Nothing from the corpus is copied into the project: the texts are read from the shared folder when
a test runs and served from memory.

Hub repo: the card is `README.md` (else `HF_README_mirror_*.md`, else `MODEL_CARD.md`, else the
`GITHUB_README.md`); `LICENSE*`/`*LICENSE*`, `USE_POLICY*`, `NOTICE*`, `MODEL_CARD.md`, other root
`*.md`, `config.json`, `generation_config.json`, `*.index.json` are served as files;
`gitattributes.txt` becomes `.gitattributes`. Weight files are listed (never served) from
`model.safetensors.index.json` / `pytorch_model.bin.index.json` when present, else a small default
pair of safetensors shards. Datasets named by the card (in its metadata, or linked as Hub dataset pages
in its text) are registered as existing Hub datasets, as they exist on the real Hub.
GitHub repos: from `SOURCE.md`'s "Code repository top-level tree" section (each `### owner/repo @ sha`
block and its `dir/` sub-blocks), with `GITHUB_README*.md` as README and `GITHUB_LICENSE*` as LICENSE.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.servers.fakes import FakeServer, GitHubRepo, HubFile, HubRepo, fake_sha

_ID_LINE = re.compile(r"Hugging Face model id:\s*`([^`]+)`")
_TITLE = re.compile(r"^# Sources:\s*(\S+)", re.M)
_REPO_HEAD = re.compile(r"^### ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+) @ `([0-9a-f]{7,40})`", re.M)
_SUBDIR = re.compile(r"^`([^`]+/)`:\s*$")
_DATASET_PAGE = re.compile(
    r"https?://(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/([\w.-]+/[\w.-]+?)\.?(?=[)\s\"'>\]#?]|$)"
)
_DEFAULT_WEIGHTS = ("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors")
_SKIP = {"SOURCE.md"}


def corpus_model_id(folder: Path) -> str:
    text = (folder / "SOURCE.md").read_text("utf-8")
    m = _ID_LINE.search(text) or _TITLE.search(text)
    if not m:
        raise ValueError(f"{folder}/SOURCE.md names no model id")
    return m.group(1).strip()


def _card_file(folder: Path) -> Path | None:
    for pattern in ("README.md", "HF_README_mirror_*.md", "MODEL_CARD.md", "GITHUB_README.md"):
        found = sorted(folder.glob(pattern))
        if found:
            return found[0]
    return None


def _front_matter(text: str) -> dict:
    m = re.match(r"\A\s*---\s*\n(.*?)\n---\s*(\n|\Z)", text, re.S)
    if not m:
        return {}
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _listify(v) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, list):
        return [str(x) for x in v if isinstance(x, (str, int, float))]
    return []


def _weights(folder: Path) -> list[HubFile]:
    out: list[HubFile] = []
    for index_name in ("model.safetensors.index.json", "pytorch_model.bin.index.json"):
        index = folder / index_name
        if not index.is_file():
            continue
        try:
            data = json.loads(index.read_text("utf-8"))
        except ValueError:
            continue
        shards = sorted(set((data.get("weight_map") or {}).values()))
        total = int((data.get("metadata") or {}).get("total_size") or 0)
        for shard in shards:
            out.append(HubFile(shard, None, size=total // max(1, len(shards)) or 1_000_000_000, lfs=True))
    if not out:
        out = [HubFile(name, None, size=4_900_000_000, lfs=True) for name in _DEFAULT_WEIGHTS]
    return out


def _parse_trees(source_md: str) -> list[tuple[str, str, list[str]]]:
    """[(owner/repo, sha, [paths; dirs end with '/'])] from SOURCE.md's tree section."""
    section = source_md.split("## Code repository top-level tree", 1)
    if len(section) < 2:
        return []
    body = section[1].split("\n## ", 1)[0]
    repos: list[tuple[str, str, list[str]]] = []
    current: tuple[str, str, list[str]] | None = None
    prefix = ""
    in_block = False
    for line in body.splitlines():
        head = _REPO_HEAD.match(line)
        if head and not in_block:
            current = (head.group(1), head.group(2), [])
            repos.append(current)
            prefix = ""
            continue
        sub = _SUBDIR.match(line.strip())
        if sub and not in_block:
            prefix = sub.group(1)
            continue
        if line.strip().startswith("```"):
            in_block = not in_block
            continue
        if in_block and current is not None and line.strip():
            entry = line.strip()
            entry = re.sub(r"\s*\((symlink|submodule)\)\s*$", "", entry)
            current[2].append(prefix + entry)
    return repos


def _spdx_guess(text: str) -> str:
    head = text[:3000]
    if "Apache License" in head and "Version 2.0" in head:
        return "Apache-2.0"
    if head.lstrip().startswith("MIT License") or "Permission is hereby granted, free of charge" in head:
        return "MIT"
    return "NOASSERTION"


def build_github_repos(server: FakeServer, folder: Path) -> list[str]:
    source = (folder / "SOURCE.md").read_text("utf-8")
    refs = []
    trees = _parse_trees(source)
    for i, (full, sha, paths) in enumerate(trees):
        name = full.split("/")[1]
        readme = None
        for candidate in (
            f"GITHUB_README_{name}.md",
            "GITHUB_README.md" if i == 0 or len(trees) == 1 else None,
        ):
            if candidate and (folder / candidate).is_file():
                readme = (folder / candidate).read_bytes()
                break
        license_text = None
        lic_files = sorted(folder.glob("GITHUB_LICENSE*")) if i == 0 else []
        if lic_files:
            license_text = lic_files[0].read_bytes()
        tree: list[dict] = []
        seen_dirs: set[str] = set()
        for p in paths:
            if p.endswith("/"):
                d = p.rstrip("/")
                if d not in seen_dirs:
                    seen_dirs.add(d)
                    tree.append(
                        {"path": d, "mode": "040000", "type": "tree", "sha": fake_sha("tree", full, d)}
                    )
                continue
            size = 1200 + int(fake_sha(full, p)[:4], 16) % 20000
            if p.lower().startswith("readme") and "/" not in p and readme is not None:
                size = len(readme)
            if p.upper().startswith("LICENSE") and "/" not in p and license_text is not None:
                size = len(license_text)
            tree.append(
                {"path": p, "mode": "100644", "type": "blob", "sha": fake_sha("blob", full, p), "size": size}
            )
        license_path = next(
            (
                e["path"]
                for e in tree
                if e["type"] == "blob" and "/" not in e["path"] and "license" in e["path"].lower()
            ),
            "LICENSE",
        )
        readme_path = next(
            (
                e["path"]
                for e in tree
                if e["type"] == "blob" and "/" not in e["path"] and e["path"].lower().startswith("readme")
            ),
            "README.md",
        )
        sha40 = sha if len(sha) == 40 else fake_sha(full, sha)
        refs.append(
            server.add_github(
                GitHubRepo(
                    full_name=full,
                    sha=sha40,
                    description=f"{full} (loopback test copy)",
                    license_spdx=_spdx_guess(license_text.decode("utf-8", "replace"))
                    if license_text
                    else None,
                    tree=tree,
                    readme=readme,
                    readme_path=readme_path,
                    license_text=license_text,
                    license_path=license_path,
                )
            )
        )
    return refs


def build_hub_repo(
    server: FakeServer, folder: Path, *, gate_files: bool = False, repo_id: str | None = None
) -> str:
    repo_id = repo_id or corpus_model_id(folder)
    files: dict[str, HubFile] = {}
    card_path = _card_file(folder)
    card_data: dict = {}
    if card_path is not None:
        content = card_path.read_bytes()
        files["README.md"] = HubFile("README.md", content)
        card_data = _front_matter(content.decode("utf-8", "replace"))
    for p in sorted(folder.iterdir()):
        name = p.name
        if (
            not p.is_file()
            or name in _SKIP
            or name.startswith(("GITHUB_", "HF_README_mirror_", "_"))
            or p == card_path
        ):
            continue
        if name == "gitattributes.txt":
            files[".gitattributes"] = HubFile(".gitattributes", p.read_bytes())
            continue
        if name.endswith(".lfs-pointer.txt"):
            continue
        files[name] = HubFile(name, p.read_bytes())
    for w in _weights(folder):
        files.setdefault(w.path, w)
    tags = list(dict.fromkeys(_listify(card_data.get("tags"))))
    lic = card_data.get("license")
    if isinstance(lic, str):
        tags.append(f"license:{lic}")
    datasets = _listify(card_data.get("datasets"))
    tags += [f"dataset:{d}" for d in datasets]
    tags.append("region:us")
    gated = "manual" if any(str(k).startswith("extra_gated") for k in card_data) else False
    server.add_model(
        HubRepo(
            repo_id,
            fake_sha("hub", repo_id),
            files=files,
            card_data=card_data,
            tags=tags,
            gated=gated,
            gate_files=gate_files,
            pipeline_tag=card_data.get("pipeline_tag")
            if isinstance(card_data.get("pipeline_tag"), str)
            else None,
        )
    )
    card_text = files["README.md"].content.decode("utf-8", "replace") if card_path is not None else ""
    for d in [*datasets, *_DATASET_PAGE.findall(card_text)]:
        if "/" in d and d not in server.datasets:
            server.add_dataset(d, card_listed=True)  # the corpus keeps no dataset cards
    return f"hf:{repo_id}"


def add_corpus_release(server: FakeServer, folder: Path, *, gate_files: bool = False) -> str:
    """Register the Hub repo and the GitHub repos of one corpus folder; return `hf:org/name`."""
    ref = build_hub_repo(server, folder, gate_files=gate_files)
    build_github_repos(server, folder)
    return ref


def corpus_folders(releases: Path) -> list[Path]:
    return sorted(p for p in releases.iterdir() if p.is_dir() and (p / "SOURCE.md").is_file())
