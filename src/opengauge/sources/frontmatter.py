"""Safe parsing of a model card's YAML front matter.

The front matter is untrusted: it is parsed with `yaml.SafeLoader` (no Python objects), capped in
size, and the parsed value is copied into plain JSON types while counting nodes *as expanded*, so a
"billion laughs" document (aliases of aliases) is rejected before it can blow up memory or a later
JSON serialisation. Anything that is not a mapping is a `FrontMatterError`.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

import yaml

from opengauge.sources.errors import FrontMatterError

#: Largest front matter accepted (bytes of YAML text). Gated prompts holding a whole license fit easily.
MAX_FRONT_MATTER_BYTES = 2 * 1024 * 1024
#: Largest number of values after alias expansion.
MAX_NODES = 200_000
#: Deepest nesting accepted.
MAX_DEPTH = 64
#: Most aliases (`*name`) accepted in one front matter.
MAX_ALIASES = 100

_BLOCK = re.compile(
    r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE
)


_CSafeLoader: type | None = getattr(yaml, "CSafeLoader", None)


class _CountingLoader(yaml.SafeLoader):
    """SafeLoader that refuses more than MAX_ALIASES aliases."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - yaml's untyped Composer API
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise FrontMatterError(f"front matter uses more than {MAX_ALIASES} YAML aliases")
        return super().compose_node(parent, index)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (yaml_text or None, body). The body is what follows the closing `---`."""
    m = _BLOCK.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]


def parse_front_matter(text: str, *, name: str = "README.md") -> tuple[dict, bool]:
    """Parse the front matter of a card. Returns (metadata, found).

    No front matter -> `({}, False)`. Malformed YAML, a non-mapping, too many aliases, too many
    nodes or too deep -> `FrontMatterError` with a one-line message naming `name`.
    """
    block, _ = split_front_matter(text)
    if block is None:
        return {}, False
    if len(block.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        mb = MAX_FRONT_MATTER_BYTES // (1024 * 1024)
        raise FrontMatterError(f"{name}: front matter is larger than {mb} MB")
    loader: Any = None
    try:
        # No anchor means no alias can expand: the C parser (libyaml) is then safe and about 10x faster;
        # either reader refuses control characters already here
        loader = (
            _CSafeLoader(block) if _CSafeLoader is not None and "&" not in block else _CountingLoader(block)
        )
        data = loader.get_single_data()
    except FrontMatterError as exc:
        raise FrontMatterError(f"{name}: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise FrontMatterError(f"{name}: malformed YAML front matter{where}: {problem}") from None
    except RecursionError:
        raise FrontMatterError(f"{name}: front matter is nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        return {}, True
    if not isinstance(data, dict):
        raise FrontMatterError(f"{name}: front matter is a {type(data).__name__}, not a mapping of keys")
    return to_plain(data, name=name), True


def to_plain(value, *, name: str = "README.md"):
    """Copy a parsed YAML value into JSON types (str keys, ISO dates), counting expanded nodes."""
    budget = [MAX_NODES]

    def conv(v, depth: int):
        budget[0] -= 1
        if budget[0] < 0:
            raise FrontMatterError(
                f"{name}: front matter expands to more than {MAX_NODES} values (alias bomb?)"
            )
        if depth > MAX_DEPTH:
            raise FrontMatterError(f"{name}: front matter is nested deeper than {MAX_DEPTH} levels")
        if isinstance(v, dict):
            return {str(k) if not isinstance(k, str) else k: conv(x, depth + 1) for k, x in v.items()}
        if isinstance(v, (list, tuple, set)):
            return [conv(x, depth + 1) for x in v]
        if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
            return v
        if isinstance(v, float):
            return v if math.isfinite(v) else str(v)
        if isinstance(v, (_dt.date, _dt.datetime)):
            return v.isoformat()
        if isinstance(v, bytes):
            return v.decode("utf-8", "replace")
        return str(v)

    return conv(value, 0)
