"""The clause detectors as data: `rules.yaml` loaded and compiled into `Rule`s.

`rules.yaml` holds, per taxonomy type, a few regular expressions written in this project's own
words. They run on `Normalized(text).lower`, so they are written in lower case. Each rule also gets
an anchor: the rarest literal every match must contain, so that only the sentences holding it are
searched (see `clauses.find_hits`). Wording many rules share is written once, under `fragments:` at
the top of the file, and named in a pattern or a veto as `<<name>>` (`expand`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from opengauge.licenses.errors import LicenseError
from opengauge.licenses.regex_literals import required_literals
from opengauge.licenses.taxonomy import CLAUSE_TYPES

MIN_ANCHOR = 3
"""Literals shorter than this are too common to be worth an anchor."""


@dataclass(frozen=True)
class Rule:
    """One detector: a pattern for a clause type, with an optional veto on the sentence."""

    type: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    strong: bool = False
    """For `research-only`: the pattern limits the grant itself to research (decides the verdict)."""
    cross: bool = False
    """The pattern may run past the end of the sentence it starts in (e.g. a list introduced by a colon)."""
    anchors: tuple[str, ...] = ()
    """Literal strings one of which every match contains (derived from the pattern): only the
    sentences holding one are searched, which keeps reading fast. Empty: search every sentence."""
    requires: tuple[tuple[str, ...], ...] = ()
    """The pattern's other literal sets, cheapest first (one string of each is in every match, as
    for `anchors`): a candidate sentence lacking every string of one is not searched."""


def compile_pattern(src: str) -> re.Pattern[str]:
    """A rule's pattern compiled: a plain space means "any run of whitespace" (line wraps, blanked
    markup, CRLF) and " ?" means "optional whitespace"."""
    src = re.sub(r"(?<!\\) \?", r"\\s*", src.strip())
    return re.compile(re.sub(r"(?<!\\) ", r"\\s+", src))


# How often a word shows up in license text (rough ranks, by hand): a rule's anchor is its
# mandatory literal with the lowest expected count, so few sentences are searched.
_VERY_COMMON = frozenset(
    {
        "the",
        "that",
        "this",
        "these",
        "any",
        "you",
        "your",
        "and",
        "for",
        "but",
        "with",
        "under",
        "not",
        "may",
        "must",
        "shall",
        "will",
        "use",
        "used",
        "agree",
        "than",
        "such",
        "other",
        "all",
        "have",
        "has",
        "its",
        "their",
        "are",
        "was",
        "from",
        "without",
        "non",
        "into",
        "model",
        "models",
        "license",
        "licen",
        "licence",
        "licensed",
        "agreement",
        "materials",
        "software",
        "work",
        "terms",
        "copy",
    }
)
_COMMON = frozenset(
    {
        "notice",
        "notices",
        "output",
        "outputs",
        "provide",
        "conditions",
        "otherwise",
        "subject",
        "include",
        "result",
        "generate",
        "require",
        "granted",
        "distribution",
        "modification",
        "derivative",
        "derivatives",
        "copyright",
        "rights",
        "purposes",
        "commercial",
        "research",
        "distribute",
        "restrict",
        "only",
        "solely",
        "provided",
        "when",
        "make",
        "give",
        "send",
        "personal",
    }
)


def _cost(word: str) -> int:
    w = word.strip(" ,.:;()\"'")
    return 100 if w in _VERY_COMMON else 10 if w in _COMMON else 1


def literal_sets(pattern: re.Pattern[str]) -> list[tuple[str, ...]]:
    """The sets of literals (one of each set is in every match), each literal at least
    `MIN_ANCHOR` long, cheapest first by word frequency (fewest expected sentences)."""
    options = [o for o in required_literals(pattern) if min(map(len, o)) >= MIN_ANCHOR]

    def score(option: tuple[str, ...]) -> tuple[int, int]:
        return (-sum(_cost(o) for o in option), min(map(len, option)))

    return sorted(dict.fromkeys(options), key=score, reverse=True)


def anchors_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The literals (one of which every match contains) used to find candidate sentences fast:
    the cheapest set by word frequency, each at least `MIN_ANCHOR` long; () when there is none."""
    options = literal_sets(pattern)
    return options[0] if options else ()


_FRAGMENT = re.compile(r"<<([a-z_]+)>>")


def expand(src: str, fragments: dict[str, str]) -> str:
    """A pattern with each `<<name>>` replaced by the text of the fragment of that name (`fragments:`
    at the top of rules.yaml: wording many rules share, written once; a fragment may name those written
    above it); the fragment's text goes in as written, so it brings its own grouping."""

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise LicenseError(f"rules.yaml: unknown fragment <<{m.group(1)}>>")
        return fragments[m.group(1)]

    return _FRAGMENT.sub(sub, src)


def _rule(type_id: str, item: str | dict[str, Any], fragments: dict[str, str]) -> Rule:
    if isinstance(item, str):
        item = {"pattern": item}
    unless = expand(item["unless"], fragments) if item.get("unless") else None
    pattern = compile_pattern(expand(item["pattern"], fragments))
    sets = literal_sets(pattern)
    return Rule(
        type=type_id,
        pattern=pattern,
        anchors=sets[0] if sets else (),
        requires=tuple(sets[1:]),
        unless=compile_pattern(unless) if unless else None,
        strong=bool(item.get("strong", False)),
        cross=bool(item.get("cross", False)),
    )


def _rules_data() -> list[dict[str, Any]]:
    """`rules.yaml` compiled, as JSON-ready data (see `engine_cache`)."""
    from importlib import resources  # only to build (it imports tempfile, shutil, lzma...)

    import yaml

    from opengauge.licenses.engine_cache import fields_json

    text = (resources.files("opengauge.licenses") / "rules.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: ~10x faster
    out: list[Rule] = []
    try:
        fragments: dict[str, str] = {}
        for k, v in (raw.pop("fragments", None) or {}).items():
            fragments[str(k)] = expand(str(v), fragments)  # a fragment may name those above it
        for type_id, items in raw.items():
            if type_id not in CLAUSE_TYPES:
                raise LicenseError(f"rules.yaml: unknown clause type {type_id!r}")
            out.extend(_rule(type_id, item, fragments) for item in items)
    except (re.error, KeyError, AttributeError, TypeError) as exc:
        raise LicenseError(f"rules.yaml: {exc}") from exc
    return [fields_json(r) for r in out]  # every field of Rule (a field added later is cached too)


def _rules_from(data: list[dict[str, Any]]) -> tuple[Rule, ...]:
    from opengauge.licenses.engine_cache import from_fields

    out = tuple(from_fields(Rule, d) for d in data)
    for r in out:
        if r.type not in CLAUSE_TYPES or not isinstance(r.pattern, re.Pattern):
            raise ValueError("not a rule")
    return out


def rules_sources() -> list[Path]:
    """The files `rules()` is built from: the rules and the code that compiles them."""
    here = Path(__file__).resolve().parent
    return [
        here / name
        for name in ("rules.yaml", "rules.py", "regex_literals.py", "taxonomy.py", "engine_cache.py")
    ]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The detector rules shipped with the package (cached in-process, and compiled once per
    version of the rules in the user cache dir: see `engine_cache`)."""
    from opengauge.licenses.engine_cache import load_or_build

    return load_or_build("rules", rules_sources, _rules_data, _rules_from)
