"""The code catalog: well-known code bases for training, fine-tuning, data processing, evaluation
and inference of language models, one YAML file each under `catalog/code/`, validated into
`CodeBase`.

A model card that links or names one of these is evidence of what code the model was made with,
cited with the line it is on; the flags say what that evidence can show: a pre-training code base
(`pretrains`), fine-tuning code (`finetunes`), data-processing code (`processes_data`), evaluation
code (`evaluates`), or code that only runs a trained model (`inference_only`: never training code).
A general `library` (PyTorch-level building blocks, `transformers`, DeepSpeed) is not by itself
the training code of a model. Every entry carries the URL its facts come from and the date they
were checked; an entry checked against a repository's file tree also names the commit it saw
(`revision`), so that what the catalog says about a repository it cannot read is dated to a tree.
How the repository is documented (`documentation`: its top-level README's length and docs folder)
is measured in its tree at a commit of its own, recorded with it: the measurement is a fact about
that tree only, and the rule that calls a repository documented is the code-documentation probe's.

Lookups: by catalog id, by GitHub `owner/name` or URL (case-insensitive; old names of moved
repositories too), by a name as cards write it, and every code base named in a free text
(`codebases_in_text`, one linear pass; see `opengauge.knowledge.names`). Only the catalogued
repositories match by URL: a fork under another owner is a different repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from opengauge.knowledge.base import LicensedEntry, read_entries, unique_ids
from opengauge.knowledge.errors import KnowledgeError
from opengauge.knowledge.names import Mention, NamedCatalog, NameIndex

_REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9_.-]+$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_GITHUB_HOSTS = frozenset({"github.com", "www.github.com"})
_TOP_FOLDER = re.compile(r"^[^/]+/$")


def _commit(value: str | None) -> str | None:
    if value is not None and not _COMMIT.match(value):
        raise ValueError(f"{value!r} is not a full commit id (40 lower-case hex digits)")
    return value


class CodeDocumentation(BaseModel):
    """How a code base's repository is documented, measured in its file tree at one commit: the
    top-level README a reader of the repository gets (`README.md` first, as GitHub shows it) and
    its length, and a top-level documentation folder. Measured, never estimated: a repository
    whose tree could not be read has no `documentation`."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    revision: str
    """The commit (40 lower-case hex digits) of the first listed repository that was measured."""
    readme: str | None = None
    """The top-level README's file name; None when the tree has none."""
    readme_chars: int | None = Field(default=None, ge=0)
    """Its length in characters (UTF-8 decoded, as a README read from GitHub is measured)."""
    docs_folder: str | None = None
    """The top-level documentation folder (`docs/`, `doc/`), None when the tree has none."""

    @field_validator("revision")
    @classmethod
    def _revision(cls, value: str) -> str:
        return _commit(value) or value

    @field_validator("readme")
    @classmethod
    def _readme(cls, value: str | None) -> str | None:
        if value is not None and ("/" in value or not value.lower().startswith("readme")):
            raise ValueError(f"{value!r} is not a top-level README file name")
        return value

    @field_validator("docs_folder")
    @classmethod
    def _docs_folder(cls, value: str | None) -> str | None:
        if value is not None and not _TOP_FOLDER.match(value):
            raise ValueError(f"{value!r} is not a top-level folder (`docs/`)")
        return value

    @model_validator(mode="after")
    def _measured(self) -> CodeDocumentation:
        if (self.readme is None) != (self.readme_chars is None):
            raise ValueError(
                "a README is named with its length in characters (readme, readme_chars), or neither"
            )
        return self


class CodeBase(LicensedEntry):
    """One well-known code base."""

    repos: list[str]
    """GitHub repositories (`owner/name`) that hold it: its home and the other names GitHub answers
    for it after a move or rename (`ggerganov/llama.cpp`, `ggml-org/llama.cpp`)."""
    pretrains: bool = False
    """It can pre-train a model from scratch (the training loop, parallelism, data loading)."""
    finetunes: bool = False
    """It fine-tunes a trained model (supervised, preference or reinforcement-learning tuning)."""
    processes_data: bool = False
    """It builds or cleans training data (crawl extraction, filtering, deduplication, mixing)."""
    evaluates: bool = False
    """It evaluates models on benchmarks."""
    inference_only: bool = False
    """It only runs trained models (serving, generation, model code): never training code."""
    library: bool = False
    """A general library other code bases are built on; naming it does not by itself show the
    training code of a model."""
    based_on: str | None = None
    """Catalog id of the code base this one forked or extends, if that is in the catalog."""
    revision: str | None = None
    """The commit (40 lower-case hex digits) of the first listed repository whose file tree the flags
    and the note describe, when they were checked against one. A repository gains and loses code over
    time (a model's repository may ship fine-tuning scripts for a while); the note says so when known."""
    documentation: CodeDocumentation | None = None
    """How the first listed repository is documented, measured at the commit it names (checked on
    `checked`); None when not measured."""

    @field_validator("revision")
    @classmethod
    def _revision(cls, value: str | None) -> str | None:
        return _commit(value)

    @field_validator("repos")
    @classmethod
    def _repos(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one GitHub repository (owner/name)")
        for repo in value:
            if not _REPO.match(repo):
                raise ValueError(f"{repo!r} is not a GitHub owner/name")
        return value

    @model_validator(mode="after")
    def _flags(self) -> CodeBase:
        if self.inference_only and (self.pretrains or self.finetunes or self.processes_data):
            raise ValueError("inference_only code cannot also pre-train, fine-tune or process data")
        if not (
            self.pretrains or self.finetunes or self.processes_data or self.evaluates or self.inference_only
        ):
            raise ValueError(
                "say what it does: pretrains, finetunes, processes_data, evaluates or inference_only"
            )
        return self

    @property
    def repo(self) -> str:
        """The first listed GitHub `owner/name`."""
        return self.repos[0]

    @property
    def trains(self) -> bool:
        """True when it pre-trains or fine-tunes."""
        return self.pretrains or self.finetunes


def github_repo_key(value: str) -> str | None:
    """The lower-case `owner/name` a value names: `owner/name`, a GitHub URL (any page of the
    repository, `.git` or not), `github.com/owner/name` or `git@github.com:owner/name.git`. None
    when the value is none of these."""
    value = value.strip()
    if value.lower().startswith("git@github.com:"):
        value = "https://github.com/" + value[len("git@github.com:") :]
    elif value.lower().startswith(("github.com/", "www.github.com/")):
        value = "https://" + value
    if "://" in value:
        split = urlsplit(value)
        if split.scheme not in ("http", "https", "git") or split.netloc.lower() not in _GITHUB_HOSTS:
            return None
        parts = [p for p in split.path.split("/") if p]
    else:
        parts = [p for p in value.rstrip("/").split("/") if p]
        if len(parts) != 2:
            return None
    if len(parts) < 2:
        return None
    name = parts[1][:-4] if parts[1].lower().endswith(".git") else parts[1]
    repo = f"{parts[0]}/{name}"
    return repo.lower() if _REPO.match(repo) else None


class CodeCatalog(NamedCatalog[CodeBase]):
    """Every code base entry, with lookups by id, repository or URL, name, and text scans."""

    WHAT = "code catalog"

    def __init__(self, entries: list[CodeBase]) -> None:
        unique_ids(entries, self.WHAT)
        self.entries: dict[str, CodeBase] = {e.id: e for e in entries}
        #: entries by their own `url` (normalised as `by_url` compares; the first entry wins)
        self._by_own_url: dict[str, CodeBase] = {}
        for e in entries:
            self._by_own_url.setdefault(e.url.rstrip("/").lower(), e)
        self._by_repo: dict[str, CodeBase] = {}
        for e in entries:
            for repo in e.repos:
                other = self._by_repo.setdefault(repo.lower(), e)
                if other is not e:
                    raise KnowledgeError(
                        f"{self.WHAT}: repository {repo!r} is in both {other.id!r} and {e.id!r}"
                    )
            if e.based_on is not None and e.based_on not in self.entries:
                raise KnowledgeError(f"{self.WHAT}: {e.id}: based_on {e.based_on!r} is not in the catalog")
        self._names: NameIndex[CodeBase] = NameIndex(self.WHAT, lambda e: e.id, self.by_url)
        for e in entries:
            self._names.add(e.name, e, scan=False)  # the display name is scanned only as an alias
            self._names.add_all(e.aliases, e)
            self._names.add_all(e.case_aliases, e, exact_case=True)
            # a repository counts in text only as a URL (`github.com/owner/name`): a bare `owner/name`
            # is as often a Hub id (`allenai/dolma` is a dataset and the toolkit's repository)
            for repo in e.repos:
                self._names.add(repo, e, via="id", scan=False)

    def __iter__(self) -> Iterator[CodeBase]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code_id: str) -> CodeBase | None:
        """The entry with this catalog id, or None."""
        return self.entries.get(code_id.strip().lower())

    def by_repo(self, value: str | None) -> CodeBase | None:
        """The entry a GitHub `owner/name` or repository URL names (case-insensitive), or None."""
        key = github_repo_key(value) if value else None
        return self._by_repo.get(key) if key else None

    def by_url(self, url: str) -> CodeBase | None:
        """The entry a URL points at: one of its GitHub repositories, or its own `url`; else None."""
        found = self.by_repo(url) if "github.com" in url.lower() else None
        if found is not None:
            return found
        return self._by_own_url.get(url.strip().rstrip("/").lower())

    def by_key(self, value: str) -> CodeBase | None:
        return self.by_repo(value)


def _catalog_dir() -> Traversable:
    return resources.files("opengauge.knowledge").joinpath("catalog", "code")


def read_codebases(root: Traversable | Path) -> CodeCatalog:
    """Read and check every `*.yaml` entry under `root` (uncached); `KnowledgeError` when broken."""
    return CodeCatalog(read_entries(root, CodeBase, CodeCatalog.WHAT))


@lru_cache(maxsize=1)
def load_codebases() -> CodeCatalog:
    """The code catalog shipped with the package (read once, cached)."""
    return read_codebases(_catalog_dir())


def find_codebase(value: str | None, catalog: CodeCatalog | None = None) -> CodeBase | None:
    """The code base any reference names (catalog id, repository or URL, name), or None."""
    return (catalog or load_codebases()).find(value)


def codebase_by_repo(value: str | None, catalog: CodeCatalog | None = None) -> CodeBase | None:
    """The code base a GitHub `owner/name` or URL names (case-insensitive, former names too), or None."""
    return (catalog or load_codebases()).by_repo(value)


def codebase_mentions(text: str, catalog: CodeCatalog | None = None) -> list[Mention[CodeBase]]:
    """Every mention of a catalog code base in a free text (see `CodeCatalog.mentions`)."""
    return (catalog or load_codebases()).mentions(text)


def codebases_in_text(text: str, catalog: CodeCatalog | None = None) -> list[CodeBase]:
    """The catalog code bases a free text names, each once, in order of first mention."""
    return (catalog or load_codebases()).in_text(text)
