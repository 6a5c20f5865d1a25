"""The license engine's compiled form, cached per user, so that a process starts reading at once.

Building the engine from the package's files costs more than reading dozens of licenses: the
detector rules (`rules.yaml`: a few hundred regular expressions to parse and compile, and the
anchors derived from each), the catalog (one YAML file per license, validated) and the
identification index built from it. `load_or_build` keeps what was built as JSON in the user cache
dir (`$OPENGAUGE_CACHE`, else `$XDG_CACHE_HOME/opengauge`, i.e. `~/.cache/opengauge`), next to a key
naming exactly what it was built from: opengauge's version, the Python version, and the size and
modification time of every source file (the data and the code that compiles it). A later process
whose key matches turns the JSON back into objects without YAML or the regex parser.

A regular expression is cached as its compiled program (`pattern_state`: 32-bit code words in
base64), rebuilt with the interpreter's own `_sre.compile` (which validates it); a program is only
stored when rebuilding it gives a pattern equal to `re.compile`'s (same source, flags and code),
else the source alone.

Safe fallback: a missing, unreadable, stale or damaged cache (any value the caller cannot turn
into objects) is ignored and the engine built from source as before; a cache that cannot be
written is skipped. `OPENGAUGE_ENGINE_CACHE=0` turns the cache off.
"""

from __future__ import annotations

import json
import os
import re
import sys
import zlib
from array import array
from base64 import b64decode, b64encode
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

from opengauge import __version__
from opengauge.cache_dir import default_cache_dir

T = TypeVar("T")

FORMAT = 1
"""Bumped when the layout of the cached JSON changes."""

#: What a damaged cache may raise while being turned into objects (pydantic's ValidationError is a
#: ValueError; `_sre.compile` raises RuntimeError on an invalid program).
DAMAGED = (ValueError, TypeError, KeyError, IndexError, AttributeError, RuntimeError, OverflowError, re.error)

HERE = Path(__file__).resolve().parent


def enabled() -> bool:
    return os.environ.get("OPENGAUGE_ENGINE_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


def source_key(sources: Iterable[Path]) -> str:
    """What the cached form was built from: versions, and each source file's size and mtime."""
    parts = [f"format {FORMAT}", f"opengauge {__version__}", f"python {sys.version}"]
    for path in sources:
        st = path.stat()
        parts.append(f"{path} {st.st_size} {st.st_mtime_ns}")
    return "\n".join(parts)


def cache_file(name: str) -> Path:
    """One file per cached item, interpreter and installed package (so that two checkouts or two
    Pythons sharing a cache dir do not overwrite each other's)."""
    where = zlib.crc32(f"{HERE}\0{sys.version}\0{__version__}".encode())
    return default_cache_dir() / f"license-{name}-{where:08x}.json"


def _read(path: Path, key: str) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("key") != key:
        return None
    return doc.get("data")


KEEP = 8
"""Cached files kept per item (one per interpreter and install; older ones are removed on write)."""


def _write(path: Path, key: str, data: Any, name: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"key": key, "data": data}, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError):
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return
    _prune(path.parent, name)


def _prune(folder: Path, name: str) -> None:
    """Remove all but the `KEEP` most recently written files of `name` (other installs, e.g. gone
    temporary ones)."""
    try:
        found = sorted(
            ((p.stat().st_mtime_ns, p) for p in folder.glob(f"license-{name}-*.json")), reverse=True
        )
        for _, old in found[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def load_or_build(
    name: str, sources: Callable[[], list[Path]], build: Callable[[], Any], make: Callable[[Any], T]
) -> T:
    """`make(data)`, with `data` from the cache when it was built from the same `sources()`,
    else `build()` (JSON-ready), which is then cached. `sources` may raise OSError (files not on
    disk, e.g. a zipped install): then no cache is used."""
    if not enabled():
        return make(build())
    try:
        key = source_key(sources())
    except OSError:
        return make(build())
    path = cache_file(name)
    data = _read(path, key)
    if data is not None:
        try:
            return make(data)
        except DAMAGED:
            pass  # damaged or from an incompatible build: rebuild and overwrite
    data = build()
    result = make(data)
    _write(path, key, data, name)
    return result


def pattern_state(pattern: re.Pattern[str]) -> list[Any] | str:
    """A compiled pattern as JSON-ready data: its program for `_sre.compile` when the private
    compiler is there and rebuilding gives an equal pattern, else its source."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group_name, index in groupindex.items():
            indexgroup[index] = group_name
        flags = pattern.flags | parsed.state.flags
        groups = parsed.state.groups - 1
        program = array("I", [int(c) for c in code])  # SRE code words are 32-bit
        state = [
            pattern.pattern,
            flags,
            b64encode(program.tobytes()).decode(),
            groups,
            groupindex,
            indexgroup,
        ]
        if pattern_from(state) == pattern:
            return state
    except (ImportError, *DAMAGED, RecursionError):
        pass
    return pattern.pattern


def pattern_from(state: Any) -> re.Pattern[str]:
    """The pattern `pattern_state` described (raises one of `DAMAGED` on anything else)."""
    if isinstance(state, str):
        return re.compile(state)
    source, flags, program, groups, groupindex, indexgroup = state
    if not (isinstance(source, str) and isinstance(program, str) and isinstance(indexgroup, list)):
        raise TypeError("not a compiled pattern")
    code = array("I")
    code.frombytes(b64decode(program, validate=True))
    import _sre  # type: ignore[import-not-found]

    return _sre.compile(source, flags, code.tolist(), groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


def to_json(value: Any) -> Any:
    """A value of a compiled engine object as JSON-ready data, by its type: a pattern (`pattern_state`),
    a tuple or list, a frozenset, a dict, or a JSON scalar. Anything else raises TypeError (then
    the object is not cached)."""
    if isinstance(value, re.Pattern):
        return {"re": pattern_state(value)}
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, frozenset):
        return {"set": sorted(to_json(v) for v in value)}
    if isinstance(value, dict):
        return {"dict": [[to_json(k), to_json(v)] for k, v in value.items()]}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def from_json(data: Any) -> Any:
    """The value `to_json` described (lists come back as tuples)."""
    if isinstance(data, list):
        return tuple([v if isinstance(v, str) else from_json(v) for v in data])  # mostly strings
    if isinstance(data, dict):
        if "re" in data:
            return pattern_from(data["re"])
        if "set" in data:
            return frozenset([v if isinstance(v, str) else from_json(v) for v in data["set"]])
        return {from_json(k): from_json(v) for k, v in data["dict"]}
    return data


def fields_json(obj: Any) -> dict[str, Any]:
    """A dataclass instance's fields as JSON-ready data (every field, so that a field added later
    is cached too)."""
    return {f.name: to_json(getattr(obj, f.name)) for f in fields(obj)}


def from_fields(cls: type[T], data: Any) -> T:
    """The dataclass instance `fields_json` described (raises TypeError on missing or unknown
    fields, e.g. a cache written before the class changed)."""
    if not isinstance(data, dict):
        raise TypeError("not a dataclass's fields")
    return cls(**{str(k): from_json(v) for k, v in data.items()})


__all__ = [
    "fields_json",
    "from_fields",
    "from_json",
    "load_or_build",
    "pattern_from",
    "pattern_state",
    "to_json",
]
