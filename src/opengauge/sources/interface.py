"""The sources interface: one small protocol, one dispatcher.

`resolve(ref)` turns a reference (`hf:ORG/NAME[@REV]`, bare `ORG/NAME`, `gh:OWNER/REPO[@REF]`, a folder,
or a snapshot `FILE.json`) into a `Release` — facts only, no judgment. Faults raise a `SourceError`
subclass (each with its own exit code); non-fatal trouble goes to `Release.problems`.
"""

from __future__ import annotations

from typing import Protocol

from opengauge.model import MAX_PARENTS, Release
from opengauge.sources.derivation import NAMED
from opengauge.sources.errors import SourceError
from opengauge.sources.hub_names import resolve_named
from opengauge.sources.refs import Ref, parse_ref
from opengauge.sources.settings import Settings, load_settings

#: How many base-model hops `resolve` follows by default.
DEFAULT_LINEAGE_DEPTH = 5


class Source(Protocol):
    """One kind of place a release can come from."""

    name: str

    def fetch(self, ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
        """Build the release (without lineage); raise `SourceError` on a fault. `max_code_repos` caps
        the linked code repositories a source that follows links reads (None: its default)."""
        ...


class _Hub:
    name = "hub"

    def fetch(self, ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
        from opengauge.sources.hub import fetch_hub

        return fetch_hub(ref, settings, max_code_repos=max_code_repos)


class _GitHub:
    name = "github"

    def fetch(self, ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
        from opengauge.sources.github import fetch_github

        return fetch_github(ref, settings)


class _Local:
    name = "local"

    def fetch(self, ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
        from opengauge.sources.local import fetch_local

        return fetch_local(
            ref, max_code_repos=settings.max_code_repos if max_code_repos is None else max_code_repos
        )


class _Snapshot:
    name = "snapshot"

    def fetch(self, ref: Ref, settings: Settings, *, max_code_repos: int | None = None) -> Release:
        from opengauge.sources.snapshot import load_snapshot

        return load_snapshot(ref.id)


SOURCES: dict[str, Source] = {s.name: s for s in (_Hub(), _GitHub(), _Local(), _Snapshot())}


def resolve(
    ref: str,
    *,
    refresh: bool = False,
    lineage_depth: int = DEFAULT_LINEAGE_DEPTH,
    settings: Settings | None = None,
) -> Release:
    """Turn a reference into a `Release`, following `base_model` up to `lineage_depth` hops.

    A snapshot is returned as stored (its lineage included; nothing is fetched).
    `refresh=True` ignores the caches (and refills them).
    """
    parsed = parse_ref(ref)
    s = settings or load_settings(refresh=refresh)
    release = SOURCES[parsed.kind].fetch(parsed, s)
    if parsed.kind == "snapshot":
        return release
    if lineage_depth > 0 and (release.base_models or release.teacher_models):
        release = fetch_lineage(release, depth=lineage_depth, settings=s)
    return release


def fetch_lineage(
    release: Release,
    *,
    depth: int = DEFAULT_LINEAGE_DEPTH,
    refresh: bool = False,
    settings: Settings | None = None,
    others: bool = True,
) -> Release:
    """Return `release` with `lineage` filled: the base-model chain, nearest parent first.

    Follows the first `base_model` of each hop, at most `depth` hops, stopping on a cycle. With
    `others`, a merge's other parents (at most `MAX_PARENTS` - 1 per hop) are fetched too, each with
    its own chain but not its own other parents (`Release.other_parents`; one the index or nothing
    can answer for stays unexamined, which never reads more open). A parent that cannot be read
    becomes a problem entry. Parents are fetched with at most one linked code repo each.
    """
    s = settings or load_settings(refresh=refresh)
    seen = {release.ref.split("@")[0].lower(), f"hf:{release.id}".lower()}
    chain: list[Release] = []
    problems = [p for p in release.problems if not p.startswith("lineage:")]
    current = release
    for _ in range(depth):
        if not current.base_models:
            break
        parent_ref = current.base_models[0]
        if parent_ref.startswith(NAMED):
            # a model the card names in words that nothing offline resolved: the Hub's search, as a
            # reader would look it up (`hub_names`); unresolved, it is a base that cannot be examined
            name = parent_ref[len(NAMED) :]
            try:
                found = resolve_named(name, s)
            except SourceError as exc:
                problems.append(
                    f"lineage: base model {name!r} is named in words; the Hub's search for it failed: {exc}"
                )
                break
            if found is None:
                problems.append(
                    f"lineage: base model {name!r} is named in words and no Hub model has that name; "
                    "it could not be examined"
                )
                break
            parent_ref = f"hf:{found}"
            problems.append(
                f"lineage: base model {name!r} (named in words) resolved on the Hub to {found}, the most "
                "downloaded model of that name"
            )
            updated = current.model_copy(update={"base_models": [parent_ref, *current.base_models[1:]]})
            if current is release:
                release = updated
            else:
                chain[-1] = updated
            current = updated
        if len(current.base_models) > 1:
            problems.append(
                f"lineage: {current.ref} names {len(current.base_models)} base models (a merge); "
                f"followed the first, {parent_ref}" + ("; read the others beside it" if others else "")
            )
            if others:
                fetched = _other_parents(
                    current, s, depth, seen | {parent_ref.split("@")[0].lower()}, problems
                )
                updated = current.model_copy(update={"other_parents": fetched})
                if current is release:
                    release = updated
                else:
                    chain[-1] = updated
                current = updated
        key = parent_ref.split("@")[0].lower()
        if key in seen:
            problems.append(f"lineage: cycle at {parent_ref}; stopped")
            break
        seen.add(key)
        parent = _read_parent(parent_ref, s, problems, "base model")
        if parent is None:
            break
        chain.append(parent)
        current = parent
    else:
        if current.base_models:
            problems.append(
                f"lineage: stopped after {depth} hops; {current.ref} has a further base model "
                f"{current.base_models[0]}"
            )
    if others and release.teacher_models:
        release = release.model_copy(update={"teachers": _teachers(release, s, depth, problems)})
    return release.model_copy(update={"lineage": chain, "problems": problems})


def _teachers(release: Release, s: Settings, depth: int, problems: list[str]) -> list[Release]:
    """The distillation teachers the card names (`Release.teacher_models`), each fetched with its own chain
    (one hop less) but no teachers of its own; one that cannot be read is noted in `problems` (a teacher
    binds only through what its licence says, so one not read binds nothing: `probes.license`)."""
    found = (
        _read_with_chain(ref, s, depth, problems, "distillation teacher") for ref in release.teacher_models
    )
    return [t for t in found if t is not None]


def _other_parents(
    current: Release, s: Settings, depth: int, seen: set[str], problems: list[str]
) -> list[Release]:
    """A merge's parents beyond the first (at most `MAX_PARENTS` - 1), each fetched with its own chain
    (one hop less); one that cannot be read, or is named only in words, is noted in `problems`."""
    out: list[Release] = []
    for ref in current.base_models[1:MAX_PARENTS]:
        key = ref.split("@")[0].lower()
        if key in seen:
            continue
        if ref.startswith(NAMED):
            problems.append(
                f"lineage: merge parent {ref[len(NAMED) :]!r} is named in words and was not looked up; "
                "it could not be examined"
            )
            continue
        seen = seen | {key}
        parent = _read_with_chain(ref, s, depth, problems, "merge parent")
        if parent is not None:
            out.append(parent)
    return out


def _read_with_chain(ref: str, s: Settings, depth: int, problems: list[str], role: str) -> Release | None:
    """A merge's other parent or a distillation teacher: read (`_read_parent`), with its own chain one hop
    less deep but no other parents or teachers of its own; None, noted in `problems`, when it cannot be
    read."""
    model = _read_parent(ref, s, problems, role)
    if model is not None and depth > 1 and model.base_models:
        model = fetch_lineage(model, depth=depth - 1, settings=s, others=False)
    return model


def _read_parent(ref: str, s: Settings, problems: list[str], role: str) -> Release | None:
    """A parent model fetched with at most one linked code repository; None, noted in `problems`, when it
    cannot be read."""
    try:
        parsed = parse_ref(ref)
        return SOURCES[parsed.kind].fetch(parsed, s, max_code_repos=1)
    except SourceError as exc:
        problems.append(f"lineage: {role} {ref} could not be read: {exc}")
        return None
