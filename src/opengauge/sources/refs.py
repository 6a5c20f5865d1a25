"""Parsing references: `hf:ORG/NAME[@REV]`, bare `ORG/NAME`, `gh:OWNER/REPO[@REF]`, a folder, a snapshot."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from opengauge.enums import DocumentKind
from opengauge.sources.errors import BadReferenceError

if TYPE_CHECKING:
    from opengauge.model import CodeRepo, Document

#: First path segments of huggingface.co that are the Hub's own pages, never a model's organisation.
HUB_RESERVED = (
    "datasets",
    "spaces",
    "collections",
    "papers",
    "docs",
    "blog",
    "organizations",
    "api",
    "models",
    "tasks",
    "learn",
    "settings",
)
#: A regular-expression look-ahead refusing those segments (`(?!datasets/|spaces/|...)`).
NOT_HUB_RESERVED = "(?!(?:" + "|".join(HUB_RESERVED) + ")/)"

_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}"
_HUB_DATASET_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/datasets/([A-Za-z0-9][\w.-]{0,95}/[\w.-]{1,96})(/[^\s?#]*)?",
    re.IGNORECASE,
)
_FILE_PATH = re.compile(r"/(resolve|blob|raw)/", re.IGNORECASE)


def hub_dataset_in_url(url: str) -> str | None:
    """`owner/name` of the Hub dataset a URL (or the text that starts with one) points to: its page, its
    viewer or its file tree; None for a file kept inside a dataset repository (`/resolve/`, `/blob/`,
    `/raw/`: an image, a results table), or any other URL. The one definition of a Hub dataset link: the
    Hub source looks up what it gives, the data probes count it as a dataset the card links."""
    m = _HUB_DATASET_URL.match(url.strip())
    if m is None or (m.group(2) and _FILE_PATH.match(m.group(2))):
        return None
    return m.group(1).rstrip(".")


_REPO_ID = re.compile(rf"^(?:{_NAME}/)?{_NAME}$")
_GH_ID = re.compile(rf"^{_NAME}/{_NAME}$")
_REV = re.compile(r"^[A-Za-z0-9._/\-]{1,200}$")


@dataclass(frozen=True)
class Ref:
    """A parsed reference."""

    kind: str
    """`hub`, `github`, `local` or `snapshot`."""
    id: str
    """`org/name` (hub), `owner/repo` (github), or an absolute path (local, snapshot)."""
    revision: str | None = None


def _split_rev(body: str, ref: str) -> tuple[str, str | None]:
    if "@" in body:
        name, rev = body.rsplit("@", 1)
        if not rev or not _REV.match(rev) or ".." in rev:
            raise BadReferenceError(f"{ref}: bad revision {rev!r}")
        return name, rev
    return body, None


def parse_ref(ref: str) -> Ref:
    """Parse a user reference; raise `BadReferenceError` with a one-line reason."""
    text = ref.strip()
    if not text:
        raise BadReferenceError("empty reference")
    lower = text.lower()
    for prefix in ("hf:", "hub:"):
        if lower.startswith(prefix):
            return _hub(text[len(prefix) :], ref)
    if lower.startswith("https://huggingface.co/"):
        return _hub(text[len("https://huggingface.co/") :].strip("/"), ref)
    for prefix in ("gh:", "github:"):
        if lower.startswith(prefix):
            return _github(text[len(prefix) :], ref)
    if lower.startswith("https://github.com/"):
        return _github(text[len("https://github.com/") :].strip("/"), ref)
    if lower.startswith("local:"):
        return _local(text[len("local:") :], ref)
    if lower.startswith("snapshot:"):
        return Ref("snapshot", str(Path(text[len("snapshot:") :]).expanduser().resolve()))
    path = Path(text).expanduser()
    if text.endswith(".json") and path.is_file():
        return Ref("snapshot", str(path.resolve()))
    if path.is_dir():
        return Ref("local", str(path.resolve()))
    if text.startswith((".", "/", "~")) or text.endswith(".json"):
        raise BadReferenceError(f"{ref}: no such file or folder")
    return _hub(text, ref)


def _hub(body: str, ref: str) -> Ref:
    name, rev = _split_rev(body, ref)
    if not _REPO_ID.match(name) or "--" in name or ".." in name:
        raise BadReferenceError(
            f"{ref}: not a reference "
            "(expected hf:ORG/NAME[@REVISION], gh:OWNER/REPO[@REF], a folder or a snapshot .json)"
        )
    return Ref("hub", name, rev)


def _github(body: str, ref: str) -> Ref:
    name, rev = _split_rev(body, ref)
    name = name.removesuffix(".git")
    if not _GH_ID.match(name):
        raise BadReferenceError(f"{ref}: not a GitHub reference (expected gh:OWNER/REPO[@REF])")
    return Ref("github", name, rev)


def _local(body: str, ref: str) -> Ref:
    path = Path(body).expanduser()
    if not path.is_dir():
        raise BadReferenceError(f"{ref}: no such folder")
    return Ref("local", str(path.resolve()))


def publisher(ref: str) -> str | None:
    """The Hub organisation or user that publishes a model reference (`hf:Org/Name` -> `org`); None
    for a folder, a snapshot of unknown origin or a forge repository."""
    if not ref.lower().startswith("hf:"):
        return None
    key = hub_key(ref)
    return key.split("/", 1)[0] if "/" in key else None


def same_publisher(hub_org: str | None, forge_owner: str | None) -> bool:
    """Whether a Hub organisation and a forge (GitHub) owner are one publisher: the same name, or one
    extends the other (`bigcode` / `bigcode-project`, `Qwen` / `QwenLM`); a name under three characters
    matches nothing."""
    org, owner = (hub_org or "").lower(), (forge_owner or "").lower()
    if len(owner) < 3 or len(org) < 3:
        return False
    return owner.startswith(org) or org.startswith(owner)


def publisher_readmes(repos: Iterable[CodeRepo], hub_org: str | None) -> list[tuple[Document, CodeRepo]]:
    """The READMEs of the code repositories the Hub organisation `hub_org` publishes itself
    (`same_publisher`), each with its repository: the release's own documentation kept on the forge. The
    Hub source looks up the datasets they link, the data probes read them."""
    return [
        (d, r)
        for r in repos
        if same_publisher(hub_org, r.owner)
        for d in r.documents
        if d.kind is DocumentKind.README
    ]


def hub_key(ref: str) -> str:
    """A model reference reduced to the key that names it whatever its spelling: `hf:Org/Name@rev`,
    `Org/Name` or a Hub URL -> `org/name` (other references are only lower-cased and cut at `@`)."""
    s = ref.strip()
    for prefix in ("hf:", "https://huggingface.co/", "http://huggingface.co/"):
        if s.lower().startswith(prefix):
            s = s[len(prefix) :]
    return s.split("@", 1)[0].strip("/").lower()
