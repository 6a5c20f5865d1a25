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
from datetime import UTC, datetime
from pathlib import Path

from opengauge.model import Document, DocumentKind, FileEntry, Release
from opengauge.sources import card as card_mod
from opengauge.sources import documents
from opengauge.sources.frontmatter import parse_front_matter
from opengauge.sources.refs import Ref

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


def _walk(root: Path) -> tuple[list[FileEntry], bool]:
    out: list[FileEntry] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        for name in sorted(filenames):
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            try:
                size = full.stat().st_size  # follows the Hub cache's blob symlinks
            except OSError:
                size = None
            out.append(FileEntry(path=rel, size=size, lfs=rel.lower().endswith(WEIGHT_SUFFIXES)))
            if len(out) >= MAX_FILES:
                return out, True
    return out, False


def _revision(root: Path, files: list[FileEntry]) -> str:
    meta_dir = root / ".cache" / "huggingface" / "download"
    if meta_dir.is_dir():
        for meta in sorted(meta_dir.glob("*.metadata"))[:5]:
            try:
                first = meta.read_text("utf-8", "replace").splitlines()[0].strip()
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


def fetch_local(ref: Ref) -> Release:
    root = Path(ref.id)
    files, truncated = _walk(root)
    revision = _revision(root, files)
    problems: list[str] = []
    root_files = sorted(
        (f for f in files if "/" not in f.path and documents.classify(f.path)),
        key=lambda f: documents.order_key(f.path),
    )
    card_entry = next((f for f in root_files if f.path.lower() == "readme.md"), None)
    others = [f for f in root_files if f is not card_entry]
    if len(others) > documents.MAX_DOCUMENTS:
        cap = documents.MAX_DOCUMENTS
        problems.append(f"{len(others) - cap} more documents not read (limit {cap})")
        others = others[: documents.MAX_DOCUMENTS]
    docs: list[Document] = []
    card_text: str | None = None
    for entry in ([card_entry] if card_entry else []) + others:
        is_card = entry is card_entry
        problem = documents.too_large(entry.size, name=entry.path, is_card=is_card)
        if problem:
            problems.append(problem)
            continue
        path = root / entry.path
        try:
            with path.open("rb") as fh:
                data = fh.read(documents.MAX_DOC_BYTES + 1)
            when = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        except OSError as exc:
            problems.append(f"{entry.path}: cannot read ({exc.strerror or exc})")
            continue
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
        )
        if doc is None:
            continue
        if is_card:
            card_text = doc.text
        docs.append(doc)
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
    texts = [d.text for d in docs if d.kind in (DocumentKind.MODEL_CARD, DocumentKind.OTHER)]
    facts = card_mod.card_facts(metadata, texts)
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
        base_models=facts.base_models,
        base_model_relation=facts.base_model_relation,
        problems=problems,
    )
