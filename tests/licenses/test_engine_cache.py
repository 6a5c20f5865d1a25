"""The license engine's cached compiled form: the same rules and catalog as built from source,
rebuilt when a source changes, and ignored (never trusted) when damaged."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from opengauge.licenses import catalog as catalog_mod
from opengauge.licenses import engine_cache
from opengauge.licenses import rules as rules_mod
from opengauge.licenses.engine_cache import load_or_build, pattern_from, pattern_state


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPENGAUGE_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENGAUGE_ENGINE_CACHE", raising=False)
    return tmp_path / "cache"


def test_a_compiled_pattern_round_trips_to_an_equal_pattern():
    for src, flags in (
        (r"(may\s+not|shall\s+not)\s+(?P<verb>use|modify)\b[^.;]{0,60}?", 0),
        (r"(?i)licen[cs]e", 0),
        (r"^\s*#", re.MULTILINE),
    ):
        p = re.compile(src, flags)
        state = pattern_state(p)
        assert isinstance(state, list), "the private compiler is expected on CPython 3.11+"
        q = pattern_from(json.loads(json.dumps(state)))
        assert q == p and q.groupindex == p.groupindex and q.groups == p.groups
        assert (
            q.search("you may not modify it").span() == p.search("you may not modify it").span()
            if "may" in src
            else True
        )


def test_every_rule_from_the_cache_equals_the_rule_from_source(cache_dir):
    built = rules_mod._rules_from(rules_mod._rules_data())
    cached = load_or_build("rules", rules_mod.rules_sources, rules_mod._rules_data, rules_mod._rules_from)
    again = load_or_build("rules", rules_mod.rules_sources, _fail, rules_mod._rules_from)  # read back
    assert len(list(cache_dir.glob("license-rules-*.json"))) == 1
    assert built == cached == again
    assert all(isinstance(pattern_state(r.pattern), list) for r in again)


def test_the_catalog_from_the_cache_equals_the_catalog_from_source(cache_dir):
    source = catalog_mod._catalog_from(catalog_mod._catalog_data())
    load_or_build(
        "catalog", catalog_mod.catalog_sources, catalog_mod._catalog_data, catalog_mod._catalog_from
    )
    cached = load_or_build("catalog", catalog_mod.catalog_sources, _fail, catalog_mod._catalog_from)
    assert list(cached) == list(source) and len(cached) > 100


def _fail() -> object:
    raise AssertionError("built from source although the cache is fresh")


def _counting(calls: list[int], value: object):
    def build() -> object:
        calls.append(1)
        return value

    return build


def test_a_changed_source_rebuilds(cache_dir, tmp_path):
    src = tmp_path / "rules.txt"
    src.write_text("a")
    calls: list[int] = []
    assert load_or_build("t", lambda: [src], _counting(calls, ["one"]), list) == ["one"]
    assert load_or_build("t", lambda: [src], _counting(calls, ["one"]), list) == ["one"]
    assert len(calls) == 1
    src.write_text("ab")  # another size (and mtime): stale
    assert load_or_build("t", lambda: [src], _counting(calls, ["two"]), list) == ["two"]
    assert len(calls) == 2


def test_a_damaged_cache_is_ignored_and_rewritten(cache_dir, tmp_path):
    src = tmp_path / "x"
    src.write_text("x")
    good = [pattern_state(re.compile(r"no\s+military\s+use"))]

    def make(data: list) -> list[re.Pattern[str]]:
        return [pattern_from(s) for s in data]

    load_or_build("p", lambda: [src], lambda: good, make)
    (path,) = cache_dir.glob("license-p-*.json")
    doc = json.loads(path.read_text())
    for damage in (
        "not json at all",
        json.dumps({"key": doc["key"], "data": [["x", 0, "AAAA", 0, {}, []]]}),  # an invalid program
        json.dumps({"key": doc["key"], "data": [["x", 0, "!!", 0, {}, []]]}),  # not base64
        json.dumps({"key": doc["key"], "data": [[1, 2]]}),
    ):
        path.write_text(damage)
        calls: list[int] = []
        out = load_or_build("p", lambda: [src], _counting(calls, good), make)
        assert calls == [1] and out == [re.compile(r"no\s+military\s+use")], damage
        assert json.loads(path.read_text()) == doc  # rewritten


def test_missing_sources_or_a_disabled_cache_build_from_source(cache_dir, tmp_path, monkeypatch):
    calls: list[int] = []
    assert load_or_build("m", lambda: [tmp_path / "absent"], _counting(calls, [1]), list) == [1]
    monkeypatch.setenv("OPENGAUGE_ENGINE_CACHE", "0")
    assert load_or_build("m2", lambda: [], _counting(calls, [2]), list) == [2]
    assert load_or_build("m2", lambda: [], _counting(calls, [2]), list) == [2]
    assert calls == [1, 1, 1] and not cache_dir.exists()


def test_an_unwritable_cache_dir_is_skipped(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("OPENGAUGE_CACHE", str(blocker / "cache"))
    assert load_or_build("w", lambda: [], lambda: ["v"], list) == ["v"]
    assert engine_cache.cache_file("w").parent == blocker / "cache"


def test_the_identification_index_from_the_cache_equals_the_compiled_one(cache_dir):
    identify_mod = importlib.import_module("opengauge.licenses.identify")

    cat = catalog_mod.load_catalog()
    compiled = identify_mod._compile(cat)
    data = json.loads(json.dumps(identify_mod._index_data(compiled)))
    assert identify_mod._index_from(data, cat) == compiled
    custom = catalog_mod.Catalog(
        [
            catalog_mod.LicenseEntry(
                id="x-license",
                name="X",
                family="x",
                fingerprints=["alpha beta"],
                title_patterns=["x (1|2) terms"],
            )
        ]
    )
    small = identify_mod._compile(custom)
    assert any(p.pattern is not None for ps in small.by_anchor.values() for p in ps)
    assert identify_mod._index_from(json.loads(json.dumps(identify_mod._index_data(small))), custom) == small
    with pytest.raises(KeyError):
        identify_mod._index_from({**data, "entries": ["no-such-license", *data["entries"][1:]]}, cat)


def test_old_cache_files_of_other_installs_are_pruned_on_write(cache_dir, tmp_path):
    cache_dir.mkdir(parents=True)
    for i in range(engine_cache.KEEP + 4):
        (cache_dir / f"license-q-{i:08x}.json").write_text("{}")
    (cache_dir / "license-other-00000000.json").write_text("{}")
    load_or_build("q", lambda: [], lambda: [1], list)
    left = sorted(p.name for p in cache_dir.glob("license-q-*.json"))
    assert len(left) == engine_cache.KEEP and engine_cache.cache_file("q").name in left
    assert (cache_dir / "license-other-00000000.json").exists()


def test_every_field_of_a_dataclass_round_trips_and_odd_types_are_refused():
    from dataclasses import dataclass

    from opengauge.licenses.engine_cache import fields_json, from_fields

    @dataclass(frozen=True)
    class Thing:
        name: str
        pattern: re.Pattern[str]
        sets: tuple[tuple[str, ...], ...]
        needed: frozenset[str]
        table: dict[str, int]
        extra: bool | None = None

    thing = Thing("t", re.compile(r"no\s+use"), (("a", "b"), ("c",)), frozenset({"x", "y"}), {"k": 1}, True)
    assert from_fields(Thing, json.loads(json.dumps(fields_json(thing)))) == thing
    with pytest.raises(TypeError):
        fields_json(Thing("t", re.compile("x"), (), frozenset(), {}, object()))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_fields(Thing, {"name": "t"})  # a cache written before the class gained fields


def test_a_fragment_is_written_once_and_stands_in_every_rule_that_names_it():
    """`<<name>>` in rules.yaml stands for the fragment's text as written; a name no fragment has is an
    error of the rules file, never a pattern that silently matches the literal `<<name>>`."""
    from opengauge.licenses.errors import LicenseError
    from opengauge.licenses.rules import expand, rules

    frags = {"courts": r"\bcourts?\b|venue"}
    assert (
        expand(r"only in (?!<<courts>>)x|<<courts>>", frags)
        == r"only in (?!\bcourts?\b|venue)x|\bcourts?\b|venue"
    )
    with pytest.raises(LicenseError, match="unknown fragment <<nowhere>>"):
        expand("a <<nowhere>> b", frags)
    # the shipped rules use their fragments: no placeholder is left in a compiled pattern or veto
    assert all(
        "<<" not in r.pattern.pattern and (r.unless is None or "<<" not in r.unless.pattern) for r in rules()
    )
