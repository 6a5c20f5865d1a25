"""Identify a license or use-policy text: the best catalog entry, with a confidence in [0, 1].

How it works (all catalog data is compiled once per catalog, see `_index`):

- the text is reduced to its token form (`Normalized(text).words`: lower-case alphanumeric runs
  joined by single spaces), so line wrapping, Markdown, HTML, entities and CRLF do not matter;
- every entry's fingerprints (short distinctive phrases, already in token form in the catalog) are
  looked up as whole-token substrings, but only when the phrase's rarest token — its *anchor* —
  and then all its other tokens occur in the text's token set, so a text costs one set of its
  tokens plus a few substring checks;
- an entry scores by the share of its fingerprints (and title patterns, worth two) that occur;
  title patterns are token-form phrases or regular expressions over the token form (whole tokens);
  an entry that has title patterns but shows none of them gets half credit (a text that merely
  shares boilerplate with a license is not that license);
  an entry is ruled out when one of its `excludes` occurs (a sibling's title or date line);
- the best entry wins; ties go to a license over a notice over a use policy, and a winning use
  policy or notice gives way to its own license when that license is half covered too (a license
  file that also carries its use policy is the license). At least two fingerprint or title hits
  and 30 % of the entry's weight must match, otherwise the text is unknown.

`confidence` is the matched share of the winner, reduced when a runner-up (not the winner's own
use policy or notice) comes close, and when the text is much longer than the entry's reference text
(`length_words`): a document that holds a license plus much else is less surely "that license".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from opengauge.licenses.catalog import Catalog, LicenseEntry, catalog_sources, load_catalog
from opengauge.licenses.normalize import normalized, words_of

MAX_CHARS = 4_000_000
"""Texts longer than this are cut before matching (license texts are far shorter)."""
MIN_PROBES = 2
"""A match needs at least this many fingerprint or title hits..."""
MIN_COVERAGE = 0.3
"""...and at least this share of the entry's fingerprint weight."""
TITLE_WEIGHT = 2
NO_TITLE_FACTOR = 0.5
"""An entry with title patterns of which none occurs gets only this share of its matched weight."""
MISS_PENALTY = 0.5
"""Ranking: matched weight minus this much per unmatched weight unit."""
FULL_SIZE_RATIO = 0.8
"""Reference length / text length at or above which the text counts as just the license."""
CONTAINER_COVERAGE = 0.5
"""A use policy or notice that wins gives way to its own license when that covers this much."""
_KIND_BONUS = {"license": 0.3, "notice": 0.15, "use-policy": 0.0}


@dataclass(frozen=True)
class Identification:
    """The result of `identify`: a catalog entry (None when unknown) and how sure we are."""

    entry: LicenseEntry | None
    """The best matching catalog entry, or None when the text matches no entry well enough."""
    confidence: float
    """How sure the match is, in [0, 1]; 0.0 when unknown."""
    alternatives: list[tuple[str, float]] = field(default_factory=list)
    """Other candidate entry ids with their matched share, best first (for debugging); when
    unknown, the best candidate that fell short comes first."""

    @property
    def id(self) -> str | None:
        """Catalog id of the match, or None."""
        return self.entry.id if self.entry else None

    @property
    def known(self) -> bool:
        return self.entry is not None


UNKNOWN = Identification(entry=None, confidence=0.0, alternatives=[])


_LITERAL = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


@dataclass(frozen=True)
class _Probe:
    """One phrase (or title pattern) of a catalog entry looked for in a text."""

    entry: int
    weight: int
    is_title: bool
    needed: frozenset[str]
    """Tokens that must all occur in the text before the (costlier) substring / regex check."""
    phrase: str | None
    """Padded literal phrase in token form, or None when `pattern` is used."""
    pattern: re.Pattern[str] | None

    def found(self, padded: str) -> bool:
        if self.phrase is not None:
            return self.phrase in padded
        return self.pattern is not None and self.pattern.search(padded) is not None


@dataclass(frozen=True)
class _Compiled:
    """The identification index of a catalog: its phrases by the token that gates them."""

    entries: tuple[LicenseEntry, ...]
    weights: tuple[int, ...]
    """Total weight per entry: one per fingerprint, TITLE_WEIGHT per title pattern."""
    has_title: tuple[bool, ...]
    by_anchor: dict[str, tuple[_Probe, ...]]
    """anchor token -> the fingerprint and title probes it gates."""
    excl_by_anchor: dict[str, tuple[_Probe, ...]]
    related: tuple[frozenset[int], ...]
    """Per entry: indices of entries that legitimately co-occur with it (its use policy, notices)."""


def _probe(entry: int, text: str, weight: int, is_title: bool, as_regex: bool) -> _Probe:
    if not as_regex or _LITERAL.fullmatch(text):
        phrase = words_of(text)
        return _Probe(entry, weight, is_title, frozenset(phrase.split()), f" {phrase} ", None)
    # a real regular expression over the token form, bounded by whole tokens; it has no anchor
    # token, so it runs on every text: keep such patterns rare
    return _Probe(
        entry, weight, is_title, frozenset(), None, re.compile(rf"(?<![a-z0-9])(?:{text})(?![a-z0-9])")
    )


def _compile(catalog: Catalog) -> _Compiled:
    # entries with no fingerprints and no title patterns only serve lookups by id: leaving them
    # out keeps them from ever winning, and from being counted as related to a sibling
    entries = tuple(e for e in catalog if e.identifiable)
    probes: list[_Probe] = []
    excludes: list[_Probe] = []
    weights: list[int] = []
    has_title: list[bool] = []
    for i, e in enumerate(entries):
        fps = [_probe(i, f, 1, False, False) for f in dict.fromkeys(e.fingerprints) if words_of(f)]
        titles = [_probe(i, t, TITLE_WEIGHT, True, True) for t in dict.fromkeys(e.title_patterns)]
        probes += fps + titles
        excludes += [_probe(i, x, 0, False, False) for x in dict.fromkeys(e.excludes) if words_of(x)]
        weights.append(sum(p.weight for p in fps + titles))
        has_title.append(bool(titles))
    freq: dict[str, int] = {}
    for p in probes + excludes:
        for tok in p.needed:
            freq[tok] = freq.get(tok, 0) + 1

    def anchor(p: _Probe) -> str:
        return min(p.needed, key=lambda t: (freq.get(t, 0), -len(t), t)) if p.needed else ""

    by_anchor: dict[str, list[_Probe]] = {}
    excl_by_anchor: dict[str, list[_Probe]] = {}
    for p in probes:
        by_anchor.setdefault(anchor(p), []).append(p)
    for p in excludes:
        excl_by_anchor.setdefault(anchor(p), []).append(p)
    index = {e.id: i for i, e in enumerate(entries)}
    related: list[set[int]] = [set() for _ in entries]
    for i, e in enumerate(entries):
        if e.use_policy and e.use_policy in index:
            j = index[e.use_policy]
            related[i].add(j)
            related[j].add(i)
        for j, other in enumerate(entries):
            if j != i and other.family == e.family and other.kind != e.kind:
                related[i].add(j)
    return _Compiled(
        entries=entries,
        weights=tuple(weights),
        has_title=tuple(has_title),
        by_anchor={k: tuple(v) for k, v in by_anchor.items()},
        excl_by_anchor={k: tuple(v) for k, v in excl_by_anchor.items()},
        related=tuple(frozenset(r) for r in related),
    )


def _index_data(comp: _Compiled) -> dict[str, Any]:
    """The compiled index as JSON-ready data (see `engine_cache`); entries by catalog id."""
    from opengauge.licenses.engine_cache import fields_json, to_json

    def probes(by: dict[str, tuple[_Probe, ...]]) -> dict[str, list[dict[str, Any]]]:
        return {k: [fields_json(p) for p in v] for k, v in by.items()}

    return {
        "entries": [e.id for e in comp.entries],
        "weights": to_json(comp.weights),
        "has_title": to_json(comp.has_title),
        "by_anchor": probes(comp.by_anchor),
        "excl_by_anchor": probes(comp.excl_by_anchor),
        "related": to_json(comp.related),
    }


def _index_from(data: dict[str, Any], catalog: Catalog) -> _Compiled:
    from opengauge.licenses.engine_cache import from_fields, from_json

    entries = tuple(catalog.entries[i] for i in data["entries"])

    def probes(by: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[_Probe, ...]]:
        out = {str(k): tuple(from_fields(_Probe, p) for p in v) for k, v in by.items()}
        if not all(0 <= p.entry < len(entries) for v in out.values() for p in v):
            raise ValueError("not a probe")
        return out

    comp = _Compiled(
        entries=entries,
        weights=from_json(data["weights"]),
        has_title=from_json(data["has_title"]),
        by_anchor=probes(data["by_anchor"]),
        excl_by_anchor=probes(data["excl_by_anchor"]),
        related=from_json(data["related"]),
    )
    if not (len(comp.weights) == len(comp.has_title) == len(comp.related) == len(entries)):
        raise ValueError("not an index")
    return comp


def _index_sources() -> list[Path]:
    """The files the index of the shipped catalog is built from (with the catalog's own)."""
    here = Path(__file__).resolve().parent
    return [here / "identify.py", here / "normalize.py", *catalog_sources()]


@lru_cache(maxsize=4)
def _index(catalog: Catalog) -> _Compiled:
    if catalog is not load_catalog():
        return _compile(catalog)
    from opengauge.licenses.engine_cache import load_or_build

    return load_or_build(
        "identify", _index_sources, lambda: _index_data(_compile(catalog)), lambda d: _index_from(d, catalog)
    )


def identify(text: str, catalog: Catalog | None = None) -> Identification:
    """The catalog entry `text` is (or mainly contains), with a confidence; unknown when none fits.

    Robust to re-wrapping, Markdown, HTML, CRLF, a preamble before the license and a truncated
    tail. Near-identical siblings (Llama 3.1 / 3.2, templates shared by research licenses) are told
    apart by their distinctive phrases and ruled out by each other's title and date lines.
    """
    if not text or not text.strip():
        return UNKNOWN
    comp = _index(catalog or load_catalog())
    norm = normalized(text[:MAX_CHARS])
    words = norm.words
    if not words:
        return UNKNOWN
    padded = f" {words} "
    tokens = norm.token_set | {""}  # "": anchor of probes without literal tokens

    matched: dict[int, int] = {}
    probes_hit: dict[int, int] = {}
    titled: set[int] = set()
    for tok in tokens.intersection(comp.by_anchor):
        for p in comp.by_anchor[tok]:
            if p.needed <= tokens and p.found(padded):
                matched[p.entry] = matched.get(p.entry, 0) + p.weight
                probes_hit[p.entry] = probes_hit.get(p.entry, 0) + 1
                if p.is_title:
                    titled.add(p.entry)
    if not matched:
        return UNKNOWN
    excluded: set[int] = set()
    for tok in tokens.intersection(comp.excl_by_anchor):
        for p in comp.excl_by_anchor[tok]:
            if p.entry in matched and p.needed <= tokens and p.found(padded):
                excluded.add(p.entry)

    scored: list[tuple[float, float, int]] = []  # (rank key, coverage, entry index)
    for i, weight in matched.items():
        if i in excluded:
            continue
        total = comp.weights[i] or 1
        effective = weight * (NO_TITLE_FACTOR if comp.has_title[i] and i not in titled else 1.0)
        coverage = effective / total
        key = effective - MISS_PENALTY * (total - effective) + _KIND_BONUS.get(comp.entries[i].kind, 0.0)
        scored.append((key, coverage, i))
    if not scored:
        return UNKNOWN
    scored.sort(key=lambda s: (-s[0], -s[1], comp.entries[s[2]].id))
    key, coverage, best = scored[0]
    if comp.entries[best].kind != "license":
        # a license file often carries its use policy or notice too: the license is the document
        for k2, cov2, j in scored[1:]:
            if j in comp.related[best] and comp.entries[j].kind == "license" and cov2 >= CONTAINER_COVERAGE:
                key, coverage, best = k2, cov2, j
                break
    alternatives = [(comp.entries[i].id, round(cov, 3)) for _, cov, i in scored if i != best][:5]
    if probes_hit[best] < MIN_PROBES or coverage < MIN_COVERAGE:
        alternatives.insert(0, (comp.entries[best].id, round(coverage, 3)))
        return Identification(entry=None, confidence=0.0, alternatives=alternatives)
    rivals = [s for s in scored[1:] if s[2] not in comp.related[best]]
    margin = 1.0
    if rivals:
        runner_up = max(rivals[0][0], 0.0)
        margin = max(0.0, min(1.0, (key - runner_up) / max(key, 1.0)))
    confidence = round(min(1.0, coverage) * (0.5 + 0.5 * margin) * _size_factor(comp.entries[best], words), 3)
    return Identification(entry=comp.entries[best], confidence=confidence, alternatives=alternatives)


def _size_factor(entry: LicenseEntry, words: str) -> float:
    """1.0 for a text about the size of the entry's reference text; down to 0.5 for a document
    that is mostly something else (a card with a license section, a license with added terms)."""
    if not entry.length_words:
        return 1.0
    ratio = entry.length_words / (words.count(" ") + 1)
    return 1.0 if ratio >= FULL_SIZE_RATIO else 0.5 + 0.5 * ratio / FULL_SIZE_RATIO


def _hf_key(value: str) -> str:
    return value.strip().lower()


def identify_hf_id(
    license_id: str | None, license_name: str | None = None, catalog: Catalog | None = None
) -> LicenseEntry | None:
    """The catalog entry a model card's `license:` (and, for `other`, `license_name`) names.

    Hub ids (`llama3.1`, `apache-2.0`), SPDX ids and catalog ids are all accepted, case-insensitively;
    `other` / `unknown` defer to `license_name`. Returns None when nothing in the catalog matches.
    """
    cat = catalog or load_catalog()
    for value in (license_id, license_name):
        if not value or not isinstance(value, str):
            continue
        key = _hf_key(value)
        if key in ("other", "unknown", "none", ""):
            continue
        for candidate in (key, key.replace("_", "-").replace(" ", "-")):
            found = cat.by_hf(candidate) or cat.by_spdx(candidate) or cat.get(candidate)
            if found:
                return found
        named = named_license(value)  # a name where an id belongs (`license: Apache 2.0`)
        if named is not None and (found := cat.by_spdx(named)) is not None:
            return found
    return None


#: The name of a well-known license as people write it ("Apache 2.0", "Apache License, Version 2.0",
#: "MIT", "BSD-3-Clause", "GPLv3").
LICENSE_NAME = (
    r"(Apache(?:[ _-]License)?,?[ _-]?(?:Version[ _-]?|v)?2(?:\.0)?(?!\d)|MIT|"
    r"BSD[ _-]?3[ _-]?Clause|BSD[ _-]?2[ _-]?Clause|"
    r"GPL[ _-]?v?3(?:\.0)?|GPL[ _-]?v?2(?:\.0)?|MPL[ _-]?2\.0|LGPL[ _-]?v?3(?:\.0)?|AGPL[ _-]?v?3(?:\.0)?)"
)
#: A sentence or badge that states a well-known license by name ("released under the Apache 2.0
#: license", a shields.io `badge/License-MIT`), as READMEs and model cards do.
STATED_LICENSE = re.compile(
    r"(?:licen[sc]ed under|released under|available under|License\W{0,6}|badge/License-)\s*(?:the\s+)?"
    + LICENSE_NAME,
    re.I,
)
#: A value that is only such a name ("Apache 2.0", "the MIT License"): a card's `license:` written
#: as a name rather than a Hub id.
_NAME_ONLY = re.compile(r"\s*(?:the\s+)?" + LICENSE_NAME + r"(?:[ _-]licen[sc]e)?\s*", re.I)
_STATED_SPDX = (
    ("apache", "Apache-2.0"),
    ("bsd3", "BSD-3-Clause"),
    ("bsd2", "BSD-2-Clause"),
    ("lgpl", "LGPL-3.0-only"),
    ("agpl", "AGPL-3.0-only"),
    ("gplv2", "GPL-2.0-only"),
    ("gpl2", "GPL-2.0-only"),
    ("gpl", "GPL-3.0-only"),
    ("mpl", "MPL-2.0"),
    ("mit", "MIT"),
)


def _spdx_of_named(name: str) -> str:
    low = re.sub(r"[^a-z0-9.]", "", name.lower())
    return next((spdx for key, spdx in _STATED_SPDX if low.startswith(key)), name)


def stated_license(text: str) -> str | None:
    """The SPDX id of the license a line states by name (see `STATED_LICENSE`), or None."""
    m = STATED_LICENSE.search(text)
    return _spdx_of_named(m.group(1)) if m else None


def named_license(value: str) -> str | None:
    """The SPDX id of a value that is only a well-known license's name ("Apache 2.0", "MIT License"),
    or None."""
    m = _NAME_ONLY.fullmatch(value)
    return _spdx_of_named(m.group(1)) if m else None
