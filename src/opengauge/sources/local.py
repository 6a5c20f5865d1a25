"""The local source: a folder laid out like a downloaded Hub repo (README.md with front matter,
LICENSE files, weights), e.g. what `huggingface-cli download --local-dir` or the Hub cache leaves.

It reads only the folder: no network. Linked code repos are listed in `links` (not fetched) and
datasets are listed without a Hub lookup. The revision is the Hub commit when the folder records
one (`.cache/huggingface/download/*.metadata`, or a Hub-cache `snapshots/<sha>` folder), else a
digest of the file list (`folder:sha256:...`).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from datetime import UTC, datetime
from pathlib import Path

from opengauge.model import CodeRepo, Document, DocumentKind, FileEntry, Release
from opengauge.sources import card as card_mod
from opengauge.sources import documents
from opengauge.sources.frontmatter import parse_front_matter
from opengauge.sources.refs import Ref
from opengauge.textio import read_regular_file

#: Why a code repository a folder's card links was not read.
LINKS_NOT_READ = "not read: a folder is assessed without network requests"

#: Weight files (stored with LFS on the Hub): a folder has no LFS pointers, so the name says it.
WEIGHT_SUFFIXES = (
    ".safetensors",
    ".bin",
    ".pth",
    ".pt",
    ".gguf",
    ".ckpt",
    ".h5",
    ".msgpack",
    ".onnx",
    ".npz",
    ".tflite",
    ".mlmodel",
    ".ggml",
)
_SHA40 = re.compile(r"^[0-9a-f]{40}$")
_SKIP_DIRS = {".git", ".cache", "__pycache__", ".ipynb_checkpoints"}
MAX_FILES = 1_000_000


#: Most problem lines about refused files (the rest are counted in one line).
MAX_REFUSED_LINES = 20


class _Guard:
    """What may be read under a folder: regular files inside it, reached directly or through symbolic
    links that stay inside it (a Hub-cache `snapshots/<sha>` folder may also link into its own
    `../../blobs/`). FIFOs, devices and sockets are never opened; links that leave are never followed."""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)
        self.allowed = [self.root]
        parent = os.path.dirname(self.root)
        if os.path.basename(parent) == "snapshots":
            blobs = os.path.join(os.path.dirname(parent), "blobs")
            if os.path.isdir(blobs):
                self.allowed.append(os.path.realpath(blobs))

    def inside(self, real: str) -> bool:
        return any(real == a or real.startswith(a.rstrip(os.sep) + os.sep) for a in self.allowed)

    def check(self, path: Path) -> tuple[os.stat_result | None, str | None, bool]:
        """(stat of the regular file, None, False) when it may be read; else (None, why, escapes)."""
        try:
            st = os.lstat(path)
        except OSError as exc:
            return None, f"cannot be read ({exc.strerror or exc})", False
        if stat.S_ISLNK(st.st_mode):
            real = os.path.realpath(path)
            if not self.inside(real):
                return None, "is a symbolic link leading outside the folder; not read", True
            try:
                st = os.stat(real)
            except OSError:
                return None, "is a broken symbolic link; not read", False
        if stat.S_ISREG(st.st_mode):
            return st, None, False
        return None, f"is {_kind(st.st_mode)}, not a regular file; not read", False


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def read_regular(path: Path, guard: _Guard, limit: int) -> bytes:
    """At most `limit` bytes of a file `guard` allows; never blocks (O_NONBLOCK, the opened file must be
    a regular file) and never follows a link that leaves the folder. Raises OSError."""
    _, why, _ = guard.check(path)
    if why:
        raise OSError(0, why)
    return read_regular_file(os.path.realpath(path), limit)


def _walk(root: Path, guard: _Guard, problems: list[str]) -> tuple[list[FileEntry], bool]:
    out: list[FileEntry] = []
    refused: list[str] = []
    outside = 0
    truncated = False
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        for name in sorted(filenames):
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            st, why, escapes = guard.check(full)
            if why and escapes and documents.classify(rel) is None:
                outside += 1  # e.g. weights linked from another disk: listed by name, never read
                out.append(FileEntry(path=rel, size=None, lfs=rel.lower().endswith(WEIGHT_SUFFIXES)))
            elif why:
                refused.append(f"{rel} {why}")
                continue
            else:
                size = st.st_size if st is not None else None
                out.append(FileEntry(path=rel, size=size, lfs=rel.lower().endswith(WEIGHT_SUFFIXES)))
            if len(out) >= MAX_FILES:
                truncated = True
                break
        if truncated:
            break
    problems.extend(refused[:MAX_REFUSED_LINES])
    if len(refused) > MAX_REFUSED_LINES:
        problems.append(f"{len(refused) - MAX_REFUSED_LINES} more files refused (not regular files)")
    if outside:
        problems.append(
            f"{outside} file(s) are symbolic links leading outside the folder: listed by name only, not read"
        )
    if truncated:
        problems.append(f"the folder holds more than {MAX_FILES:,} files; the listing stops there")
    return out, truncated


def _revision(root: Path, files: list[FileEntry], guard: _Guard) -> str:
    meta_dir = root / ".cache" / "huggingface" / "download"
    if meta_dir.is_dir() and not meta_dir.is_symlink():
        for meta in sorted(meta_dir.glob("*.metadata"))[:5]:
            try:
                first = read_regular(meta, guard, 4096).decode("utf-8", "replace").splitlines()[0].strip()
            except (OSError, IndexError):
                continue
            if _SHA40.match(first):
                return first
    if root.parent.name == "snapshots" and _SHA40.match(root.name):
        return root.name
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.path}\0{f.size}\n".encode("utf-8", "surrogatepass"))
    return "folder:sha256:" + digest.hexdigest()


def own_name(root: Path) -> str:
    """The release's own name for a folder: the Hub id of a snapshot in the Hugging Face cache
    (`models--ORG--NAME/snapshots/<sha>`), else `local/<folder name>` (an owner no model family has)."""
    cached = root.parent.parent.name if root.parent.name == "snapshots" else ""
    if cached.startswith("models--") and cached.count("--") >= 2:
        org, _, name = cached[len("models--") :].partition("--")
        return f"{org}/{name}"
    return f"local/{root.name}"


def fetch_local(ref: Ref, *, max_code_repos: int = 3) -> Release:
    root = Path(ref.id)
    guard = _Guard(root)
    problems: list[str] = []
    files, truncated = _walk(root, guard, problems)
    revision = _revision(root, files, guard)
    readable = sorted(
        (f for f in files if documents.classify(f.path)),
        key=lambda f: documents.order_key(f.path),
    )
    card_entry = next((f for f in readable if f.path.lower() == "readme.md"), None)
    others = [f for f in readable if f is not card_entry]
    if len(others) > documents.MAX_DOCUMENTS:
        cap = documents.MAX_DOCUMENTS
        problems.append(f"{len(others) - cap} more documents not read (limit {cap})")
        others = others[: documents.MAX_DOCUMENTS]
    docs: list[Document] = []
    card_text: str | None = None

    def read(
        entry: FileEntry, *, is_card: bool = False, notebook: bool = False, config: bool = False
    ) -> None:
        """One file of the folder as a document, its time the file's; or a problem saying why not."""
        problem = documents.too_large(entry.size, name=entry.path, is_card=is_card)
        if problem:
            problems.append(problem)
            return
        if entry.size is None:
            return  # a link leading outside the folder (counted in problems by _walk)
        path = root / entry.path
        try:
            data = read_regular(path, guard, documents.MAX_DOC_BYTES + 1)
            when = datetime.fromtimestamp(os.stat(os.path.realpath(path)).st_mtime, tz=UTC)
        except OSError as exc:
            problems.append(f"{entry.path}: cannot read ({exc.strerror or exc})")
            return
        doc = documents.to_document(
            data,
            path=entry.path,
            is_card=is_card,
            problems=problems,
            url=None,
            repo=f"local:{root}",
            revision=revision,
            retrieved_at=when,
            size=entry.size,
            notebook=notebook,
            config=config,
        )
        if doc is not None:
            docs.append(doc)

    if card_entry is not None:
        read(card_entry, is_card=True)
        if docs:
            card_text = docs[0].text
    for entry in others:
        read(entry)
    # the notebooks (those the card names first) and the configuration files the card names (a data
    # mixture, a training recipe), as from the Hub
    by_path = {f.path: f for f in files}
    for path, kind in documents.named_reads(list(by_path), card_text, problems):
        read(by_path[path], notebook=kind == "notebook", config=kind == "config")
    metadata: dict = {}
    if card_text is None:
        problems.append("the folder has no README.md (no model card)")
    else:
        metadata, found = parse_front_matter(card_text, name=f"{root}/README.md")
        if not found:
            problems.append(
                "README.md has no YAML front matter (no license, datasets or base_model declared in metadata)"
            )
    card_doc = next((d for d in docs if d.kind == DocumentKind.MODEL_CARD), None)
    prompt = card_mod.gated_prompt(
        metadata,
        url=None,
        repo=f"local:{root}",
        revision=revision,
        when=card_doc.retrieved_at if card_doc else None,
    )
    if prompt:
        docs.append(prompt)
    # the model card first: card_facts reads a base model stated in prose from it
    texts = [card_doc.text if card_doc else ""] + [
        d.text for d in docs if d.kind in (DocumentKind.MODEL_CARD, DocumentKind.OTHER) and d is not card_doc
    ]
    # a card that says the release was fine-tuned and names its base only in the release's own name is
    # read as on the Hub, the folder's name standing for that name
    facts = card_mod.card_facts(
        metadata,
        texts,
        own_id=own_name(Path(guard.root)),
        adapter_of=card_mod.adapter_base(docs),
        components=card_mod.config_components(docs),
    )
    problems.extend(facts.problems)
    # the code repositories the card links, chosen as for a Hub release, are listed but not read (a
    # folder is assessed without network requests): what they hold stays unknown, never "no code"
    to_read, _ = documents.select_code_repos(facts.urls, owner=None, cap=max_code_repos, model=root.name)
    code_repos = [
        CodeRepo(ref=f"gh:{full}", url=f"https://github.com/{full}", error=LINKS_NOT_READ) for full in to_read
    ]
    problems.extend(card_mod.repo_problems(code_repos))
    return Release(
        ref=f"local:{root}",
        source="local",
        id=root.name,
        revision=revision,
        url=None,
        retrieved_at=datetime.now(UTC),
        metadata=metadata,
        tags=facts.tags,
        pipeline_tag=facts.pipeline_tag,
        files=files,
        files_truncated=truncated,
        documents=docs,
        datasets=card_mod.unlooked_datasets(facts.dataset_ids),
        papers=facts.papers,
        links=facts.urls,
        code_repos=code_repos,
        base_models=facts.base_models,
        base_model_relation=facts.base_model_relation,
        base_model_stated_at=facts.base_model_stated_at,
        teacher_models=facts.teachers,
        problems=problems,
    )
