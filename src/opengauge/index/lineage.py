"""The built-in index as the lineage oracle: a base model that cannot be fetched (offline, gated,
gone) is looked up among the index's entries by Hub id (case-insensitive, and under the ids the
entry lists as `aliases`, e.g. renamed repositories), and its reviewed assessment stands in for the
live one, cited as "opengauge index, reviewed <date>".

A base the card names only by its family ("fine-tuned from EleutherAI's GPT-NeoX", "Vicuna is based
on Llama 2": `named:<name>`, see `sources.derivation`) is looked up among the index's *foundation
models* (entries without a base of their own) whose name is that name followed only by size or
variant words ("Llama 2" -> Llama 2 7B, 13B, 70B; never "LLaMA" -> Llama 2 7B: a version is not a
size), or that is the name with a foundation-variant word dropped ("Llama3.1-8B-Base" -> Llama 3.1
8B). The family stands in only when every such entry agrees on everything a derivative takes from
its foundation: the governing terms (license, verdict, blocking clauses), the label, and the levels
of the training data, the weights' publication, their license and gating. Which member was meant
cannot matter then; the first is cited, with the family it stands for. Members that differ, or no
member, leave the base unexamined (the label stays undetermined: lineage never launders).

A base given by a Hub id the index does not have may be its publisher's own tuned variant of a
foundation model the index does have: same owner, and the repository name is the foundation's
with tuned-variant words added ("meta-llama/Meta-Llama-3-8B-Instruct" -> Meta-Llama-3-8B,
"mistralai/Mistral-7B-Instruct-v0.1" -> Mistral-7B-v0.1; "-chat", "-it", "-sft"). A publisher
releases its chat or instruct variant under its foundation's terms, so the foundation stands in for
what a derivative takes (its terms, gating and training-data level), cited as such; another owner's
model of that name is not the publisher's, and stays unexamined. A base named in words the same way
("fine-tuned from Llama 2 13B Chat") is looked up as the family of its name without the tuned-variant
words ("Llama 2 13B"): nobody but the foundation's publisher names a model so.
"""

from __future__ import annotations

import re
from typing import Any

from opengauge.assess import Assessor, revise
from opengauge.frameworks.common import Findings
from opengauge.index.entry import IndexEntry
from opengauge.index.load import entry_release, load_index
from opengauge.index.reviews import override_findings
from opengauge.model import Assessment
from opengauge.sources.derivation import NAMED, SIZE_WORD
from opengauge.sources.refs import hub_key

# a name's words: lower case, split at punctuation and between a name and its version ("llama2")
_SPLIT = re.compile(r"[^a-z0-9.]+|(?<=[a-z])(?=\d)")
# a foundation model's own variant words, which a card may add to a name ("Llama3.1-8B-Base")
_BASE_WORDS = frozenset({"base", "hf", "pt"})
# the words that end a publisher's tuned variant of its foundation model ("-Instruct", "-chat", "-it")
_TUNED_WORDS = frozenset({"instruct", "chat", "it", "sft", "dpo", "rlhf"})
# what may follow a family's name in a member's name: sizes ("7b", "1.7b", "8x7b", "350m") and
# the words of a foundation model's variant; never a version number ("2", "3.1")
_SIZE_OR_VARIANT = re.compile(SIZE_WORD + r"|deduped|v\d[\w.]*-?base|" + "|".join(sorted(_BASE_WORDS)))


def name_words(name: str) -> tuple[str, ...]:
    """The words a name is compared by (`Llama2` = `llama 2`, `GPT-NeoX 20B` = `gpt neox 20b`)."""
    return tuple(w.strip(".") for w in _SPLIT.split(name.lower()) if w.strip("."))


def _untuned(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the tuned-variant words after the first ("mistral 7b instruct v0.1" ->
    "mistral 7b v0.1"); the same words when it has none."""
    return words[:1] + tuple(w for w in words[1:] if w not in _TUNED_WORDS)


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without trailing foundation-variant words (`llama 3.1 8b base` -> `llama 3.1 8b`)."""
    while words and words[-1] in _BASE_WORDS:
        words = words[:-1]
    return words


def _member(words: tuple[str, ...], name: str) -> bool:
    """Whether `name` is the family `words` followed by size or variant words only (the base-variant
    words that end either name aside: "Llama3.1-8B-Base" is Llama 3.1 8B)."""
    words, own = _core(words), _core(name_words(name))
    rest = own[len(words) :]
    return bool(words) and own[: len(words)] == words and all(_SIZE_OR_VARIANT.fullmatch(w) for w in rest)


def _facts(a: Assessment) -> tuple[Any, ...]:
    """What a derivative takes from its foundation model (see `frameworks.osai._base_cells`, the
    license probes): two members with the same facts are interchangeable as a base."""
    f = Findings(a.findings)
    t = a.terms
    terms = (t.license_id, t.verdict, tuple(sorted({c.type for c in t.blocking}))) if t is not None else None
    return (
        a.label,
        terms,
        f.level("training-data"),
        f.level("weights-published"),
        f.level("weights-license"),
        bool(f.data("weights-published").get("gated")),
    )


class IndexLineage:
    """Looks base models up in the built-in index (`Assessor(lineage=IndexLineage())`)."""

    def __init__(self, entries: tuple[IndexEntry, ...] | None = None) -> None:
        self._entries = entries
        self._ids: dict[str, IndexEntry] | None = None
        self._cores: dict[tuple[str, tuple[str, ...]], dict[str, IndexEntry]] | None = None

    def _all(self) -> tuple[IndexEntry, ...]:
        return self._entries if self._entries is not None else tuple(load_index())

    def _foundations(self) -> list[IndexEntry]:
        """The index's foundation models: entries that are neither closed references nor derived from
        a base model."""
        return [e for e in self._all() if not e.closed_reference and not e.release.base_models]

    @property
    def _by_id(self) -> dict[str, IndexEntry]:
        """Entries by Hub id and alias, built on the first look-up: a release without a base model
        never loads the index (a CLI run is the faster for it)."""
        if self._ids is None:
            ids: dict[str, IndexEntry] = {}
            for e in self._all():
                if e.closed_reference:
                    continue
                for name in (e.release.id, *e.aliases):
                    ids.setdefault(hub_key(name), e)
            self._ids = ids
        return self._ids

    def entry(self, ref: str) -> IndexEntry | None:
        """The index entry of a base-model reference, if the index has it."""
        return self._by_id.get(hub_key(ref))

    def family(self, name: str) -> list[IndexEntry]:
        """The index's foundation models whose name (entry name, repository name or alias) is `name`
        followed by size or variant words only."""
        words = name_words(name)
        if not words:
            return []
        out = []
        for e in self._foundations():
            names = (e.name, e.release.id.rsplit("/", 1)[-1], *(a.rsplit("/", 1)[-1] for a in e.aliases))
            if any(_member(words, n) for n in names):
                out.append(e)
        return out

    def _reviewed(self, entry: IndexEntry, assessor: Assessor) -> Assessment:
        automated = assessor.assess(entry_release(entry))
        return revise(automated, override_findings(automated.findings, entry))

    def assess(self, ref: str, assessor: Assessor) -> Assessment | None:
        """The reviewed assessment of a base model from the index, or None when it is not there (or,
        for a family name, when its members differ in what a derivative takes from them)."""
        if ref.startswith(NAMED):
            return self._family(ref[len(NAMED) :], assessor)
        entry = self.entry(ref)
        if entry is not None:
            reviewed = self._reviewed(entry, assessor)
            return reviewed.model_copy(update={"provenance": f"opengauge index, reviewed {entry.checked}"})
        foundation = self.tuned_variant_of(ref)
        if foundation is None:
            return None
        reviewed = self._reviewed(foundation, assessor)
        provenance = (
            f"opengauge index: {hub_key(ref)} is its publisher's tuned variant of {foundation.name} "
            f"({foundation.release.id}, reviewed {foundation.checked}), whose terms it keeps"
        )
        return reviewed.model_copy(update={"provenance": provenance})

    def tuned_variant_of(self, ref: str) -> IndexEntry | None:
        """The index's foundation model of which `ref` (a Hub id the index does not have) is its
        publisher's own tuned variant: same owner, and the name is the foundation's with tuned-variant
        words added. None when there is no such foundation, or more than one."""
        key = hub_key(ref)
        owner, _, name = key.partition("/")
        words = name_words(name)
        # the tuned-variant words dropped wherever they stand after the first ("Mistral-7B-Instruct-v0.1")
        tuned = _untuned(words)
        if not owner or not name or tuned == words:
            return None
        core = _core(tuned)  # and a foundation's own variant words ("-chat-hf" -> Llama-2-7b-hf)
        unique = self._by_core.get((owner, core), {})
        return next(iter(unique.values())) if len(unique) == 1 else None

    @property
    def _by_core(self) -> dict[tuple[str, tuple[str, ...]], dict[str, IndexEntry]]:
        """The index's foundation models by (owner, the words of a Hub name or alias without its
        variant words), each key with the entries that answer to it by id, built on the first look-up."""
        if self._cores is None:
            cores: dict[tuple[str, tuple[str, ...]], dict[str, IndexEntry]] = {}
            for e in self._foundations():
                for n in (e.release.id, *e.aliases):
                    owner, _, name = hub_key(n).partition("/")
                    cores.setdefault((owner, _core(name_words(name))), {})[e.id] = e
            self._cores = cores
        return self._cores

    def stand_in(self, name: str, assessor: Assessor) -> tuple[IndexEntry, Assessment, str] | None:
        """For a base named by its family: (the member that stands in, its reviewed assessment, the
        provenance that says which family it stands for) when the family's foundation models agree
        on what a derivative takes from them; None otherwise (see the module's rules)."""
        members, family = self.family(name), name
        if not members:
            # "Llama 2 13B Chat": the publisher's tuned variant of a foundation model named by its name, as
            # `tuned_variant_of` does for a Hub id; it keeps its foundation's terms
            words = name_words(name)
            untuned = _untuned(words)
            if untuned != words:
                family = " ".join(untuned)
                members = self.family(family)
        if not members:
            return None
        assessed = [self._reviewed(e, assessor) for e in members]
        if len({_facts(a) for a in assessed}) != 1:
            return None
        shown = ", ".join(e.name for e in members[:6]) + (" ..." if len(members) > 6 else "")
        checked = max(e.checked for e in members)
        tuned = f" (a tuned variant of {family!r}, whose terms it keeps)" if family != name else ""
        provenance = (
            f"opengauge index: the release names the family {name!r}{tuned}; its foundation models in the "
            f"index ({shown}) agree on license, weights and data, reviewed {checked}"
        )
        return members[0], assessed[0], provenance

    def _family(self, name: str, assessor: Assessor) -> Assessment | None:
        found = self.stand_in(name, assessor)
        if found is None:
            return None
        _, assessment, provenance = found
        return assessment.model_copy(update={"provenance": provenance})
