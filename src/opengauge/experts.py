"""The experts' ratings of the European Open Source AI Index (osai-index.eu), read from its YAML files.

One reader for every command that compares opengauge with the experts (`opengauge evaluate`,
`opengauge index import-osai`). `read_experts(path)` reads a folder of the index's per-model files
(or one file) as published at https://osai-index.eu (CC-BY 4.0; Liesenfeld & Dingemanse, FAccT 2024)
into one `ExpertRating` per model file, tolerating the data's known irregularities:

- the auxiliary files `_parameters.yml`, `_parameters-descriptions.yml` and the submission template
  `a_submission_template.yaml` are not model files and are passed over silently;
- an empty or unknown `class` is read as None (the readme: "not applicable"; the site scores it 0);
- `link` may be a string, a list of strings, empty or missing;
- stray keys (`endmodel license`, a `datasources_endmodel` key inside `system`) are ignored;
- `hardware_architecture` was called `architecture` until 2025-03; the old key is read too;
- a file that is too large, not UTF-8, not valid YAML or uses YAML anchors / aliases (alias bombs),
  and a YAML file without a `system:` block, is skipped and reported as an `ExpertProblem`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from opengauge.errors import OpengaugeError
from opengauge.frameworks.osai import PARAMETERS
from opengauge.sources.refs import NOT_HUB_RESERVED
from opengauge.textio import load_yaml_no_aliases, name_key

#: How a release is paired with an expert file, as the reports name it: the very model the file rates,
#: or another member of the family it rates (`ExpertRating.rates`).
MATCH_KINDS = {
    "same_model": "the very model the experts rated",
    "family": "other members of a rated family",
}
#: The experts' classes, most open first.
EXPERT_LEVELS: tuple[str, ...] = ("open", "partial", "closed")
#: The largest model file read (the largest published file is about 5 KB).
MAX_FILE_BYTES = 256 * 1024
#: The most files a folder may hold.
MAX_FILES = 2000
#: Files of the index's repository that are not model files (by name prefix).
NOT_MODEL_FILES = ("_", "a_submission_template")


class ExpertDataError(OpengaugeError):
    """The experts' folder or file cannot be used: missing, too many files, or no model file in it."""

    exit_code = 2


@dataclass(frozen=True)
class ExpertRating:
    """One model file of the index: a model family as the experts rated it (through its end model)."""

    key: str
    """The file's stem, e.g. `OLMo`, `llama-3.1`; index entries refer to it (`osai:`)."""
    path: Path
    name: str
    """`system.name`, else the file's stem."""
    end_model: str
    """`system.endmodelname`, the model the experts rated ('' when not given)."""
    levels: dict[str, str | None]
    """Parameter -> open/partial/closed, or None when the class is empty or not one of the three."""
    notes: dict[str, str]
    """Parameter -> the experts' notes on why ('' when none)."""
    system_links: tuple[str, ...] = ()
    """`system.link`: the family's publisher or hosting page."""
    parameter_links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Parameter -> the links the experts give as evidence."""

    @property
    def links(self) -> tuple[str, ...]:
        """Every link of the file: the system link(s) first, then the parameters' in parameter order."""
        return self.system_links + tuple(u for p in PARAMETERS for u in self.parameter_links.get(p, ()))

    def rates(self, model_ids: Iterable[str]) -> bool:
        """Whether the experts rated this very model (not another member of its family): the file's
        system link is the Hub page of one of `model_ids` (Hub ids, case-insensitive), or its end-model
        name is one's repository name (ignoring case and punctuation). The experts rate a family through
        one model, usually its latest; comparing any other member with that rating measures how the
        family changed as much as how opengauge reads a release, so the comparisons report both."""
        ids = {i.lower().removeprefix("hf:") for i in model_ids}
        if ids & hub_ids(self.system_links[:1]):
            return True
        end = name_key(self.end_model)
        return bool(end) and any(name_key(i.split("/")[-1]) == end for i in ids)

    @property
    def names(self) -> tuple[str, ...]:
        """Names to match a release against: family name, file stem, end-model name (when given)."""
        return (self.name, self.key) + ((self.end_model,) if self.end_model else ())


def hub_ids(links: Iterable[str]) -> set[str]:
    """The Hub model ids (lower-case) that links point to (model pages only, not datasets or spaces)."""
    out = set()
    for link in links:
        m = _HUB_MODEL.search(link)
        if m:
            out.add(m.group(1).lower())
    return out


_HUB_MODEL = re.compile(r"huggingface\.co/" + NOT_HUB_RESERVED + r"([\w.-]+/[\w.-]+)")


@dataclass(frozen=True)
class ExpertProblem:
    """A file skipped, and why."""

    file: str
    reason: str
    unreadable: bool
    """True when the file could not be read as YAML (too large, not UTF-8, invalid YAML, aliases);
    False when it is YAML but not a model file (no `system:` block)."""

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}, skipped"


@dataclass(frozen=True)
class ExpertFiles:
    """What `read_experts` found: the model files' ratings and the files skipped, in file order."""

    ratings: list[ExpertRating]
    problems: list[ExpertProblem]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _level(block: dict[Any, Any]) -> str | None:
    value = block.get("class")
    if isinstance(value, str) and value.strip().lower() in EXPERT_LEVELS:
        return value.strip().lower()
    return None


def _links(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list):
        return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())
    return ()


def _block(data: dict[Any, Any], parameter: str) -> dict[Any, Any]:
    block = data.get(parameter)
    if parameter == "hardware_architecture" and block is None:
        block = data.get("architecture")  # the key's name before 2025-03
    return block if isinstance(block, dict) else {}


def _load(path: Path) -> Any:
    """The file's YAML data; raises `ValueError` with a one-line reason when it cannot be read."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None
    try:
        return load_yaml_no_aliases(text)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: e.g. an impossible date such as 2024-13-01
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValueError(f"invalid YAML ({reason})") from None


def read_expert_file(path: Path) -> ExpertRating | ExpertProblem:
    """One file's rating, or the reason it is not one."""
    try:
        data = _load(path)
    except ValueError as exc:
        return ExpertProblem(path.name, str(exc), unreadable=True)
    if not isinstance(data, dict) or not isinstance(data.get("system"), dict):
        return ExpertProblem(path.name, "no `system` block", unreadable=False)
    system = data["system"]
    blocks = {p: _block(data, p) for p in PARAMETERS}
    return ExpertRating(
        key=path.stem,
        path=path,
        name=_text(system.get("name")) or path.stem,
        end_model=_text(system.get("endmodelname")),
        levels={p: _level(b) for p, b in blocks.items()},
        notes={p: _text(b.get("notes")) for p, b in blocks.items()},
        system_links=_links(system.get("link")),
        parameter_links={p: _links(b.get("link")) for p, b in blocks.items()},
    )


def read_experts(path: str | Path) -> ExpertFiles:
    """Every model file of an OSAI-index folder (or the one file given), in file-name order, and the
    files skipped. Raises `ExpertDataError` when the path is missing, holds more than `MAX_FILES`
    YAML files, or no model file."""
    p = Path(path)
    if not p.exists():
        raise ExpertDataError(f"{path}: no such file or folder")
    if p.is_file():
        files = [p]
    else:
        files = sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml") and x.is_file())
    if len(files) > MAX_FILES:
        raise ExpertDataError(f"{path}: more than {MAX_FILES} YAML files")
    ratings: list[ExpertRating] = []
    problems: list[ExpertProblem] = []
    for f in files:
        if f.name.startswith(NOT_MODEL_FILES):
            continue
        r = read_expert_file(f)
        if isinstance(r, ExpertRating):
            ratings.append(r)
        else:
            problems.append(r)
    if not ratings:
        unreadable = "; ".join(f"{x.file}: {x.reason}" for x in problems if x.unreadable)
        raise ExpertDataError(
            f"{path}: no OSAI index model files found (expected YAML files with a "
            f"`system:` block)" + (f"; {unreadable}" if unreadable else "")
        )
    return ExpertFiles(ratings, problems)
