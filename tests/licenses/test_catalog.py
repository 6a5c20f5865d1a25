"""The license catalog: every file validates, ids agree with the labeled corpus, and nothing in it
is a copy of a license text (long verbatim runs are refused)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from opengauge.licenses import identify_hf_id, load_catalog
from opengauge.licenses.catalog import entry_from
from opengauge.licenses.normalize import Normalized, words_of
from opengauge.licenses.taxonomy import clause_type

MAX_SHARED_RUN = 15
"""No catalog string may share a run of more than this many consecutive words with a corpus text."""
KINDS = {"license", "use-policy", "notice"}
VERDICTS = {"osi-open", "open-non-osi", "restricted", "non-commercial", "research-only", "use-policy"}
COMMON = {
    "apache-2.0",
    "mit",
    "bsd-2-clause",
    "bsd-3-clause",
    "gpl-2.0",
    "gpl-3.0",
    "lgpl-2.1",
    "lgpl-3.0",
    "agpl-3.0",
    "mpl-2.0",
    "cc0-1.0",
    "cc-by-4.0",
    "cc-by-sa-4.0",
    "cc-by-nc-4.0",
    "cdla-permissive-2.0",
    "odc-by-1.0",
    "openmdw-1.0",
    "openmdw-1.1",
    "llama-3.3-community",
    "llama-3.3-aup",
}


@pytest.fixture(scope="module")
def labels(license_corpus: Path) -> list[dict]:
    return yaml.safe_load((license_corpus / "labels.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_words(license_corpus: Path) -> dict[str, str]:
    return {
        p.stem: Normalized(p.read_text(encoding="utf-8")).words for p in sorted(license_corpus.glob("*.txt"))
    }


def _catalog_files() -> list:
    root = resources.files("opengauge.licenses") / "catalog"
    return sorted((f for f in root.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def test_every_catalog_file_validates_and_is_named_by_its_id() -> None:
    problems = []
    for item in _catalog_files():
        try:
            entry = entry_from(yaml.safe_load(item.read_text(encoding="utf-8")))
        except Exception as exc:  # report every broken file, not just the first
            problems.append(f"{item.name}: {exc}")
            continue
        if item.name != f"{entry.id}.yaml":
            problems.append(f"{item.name}: id is {entry.id!r}")
    assert not problems, "\n".join(problems)
    assert len(load_catalog()) == len(_catalog_files())


def test_ids_and_hub_ids_are_unique() -> None:
    seen_hf: dict[str, str] = {}
    clashes = []
    for e in load_catalog():
        for h in e.hf:
            if h.lower() in seen_hf:
                clashes.append(f"hf id {h!r}: {seen_hf[h.lower()]} and {e.id}")
            seen_hf[h.lower()] = e.id
    assert not clashes, "\n".join(clashes)


def test_entries_are_well_formed() -> None:
    catalog = load_catalog()
    problems = []
    for e in catalog:
        if e.kind not in KINDS:
            problems.append(f"{e.id}: kind {e.kind!r}")
        if e.verdict not in VERDICTS:
            problems.append(f"{e.id}: verdict {e.verdict!r}")
        if (e.kind == "use-policy") != (e.verdict == "use-policy"):
            problems.append(f"{e.id}: kind {e.kind} but verdict {e.verdict}")
        if e.osi_approved and e.verdict != "osi-open":
            problems.append(f"{e.id}: OSI-approved but verdict {e.verdict}")
        if e.use_policy and (
            catalog.get(e.use_policy) is None or catalog.get(e.use_policy).kind != "use-policy"
        ):
            problems.append(f"{e.id}: use_policy {e.use_policy!r} is not a use-policy entry")
        if e.hub_family and (e.identifiable or not e.hf):
            problems.append(f"{e.id}: a family's Hub id is looked up by id only, never identified")
        if not e.identifiable and not e.spdx and not e.hf:
            problems.append(f"{e.id}: nothing to identify it by, and no SPDX or Hub id to look it up by")
        if e.open_content and (e.osi_approved or e.verdict != "open-non-osi"):
            problems.append(f"{e.id}: open content but verdict {e.verdict}")
        for f in e.fingerprints:
            if f != words_of(f) or not 2 <= len(f.split()) <= 12:
                problems.append(f"{e.id}: fingerprint not a 2-12 word token-form phrase: {f!r}")
        for t in e.title_patterns:
            re.compile(t)
            if len(t.split()) > 14:
                problems.append(f"{e.id}: title pattern too long: {t!r}")
        for x in e.excludes:
            if x != words_of(x) or not x:
                problems.append(f"{e.id}: exclude not in token form: {x!r}")
        sentences = len(re.findall(r"[.!?](?:\s|$)", e.summary))
        if not 2 <= sentences <= 4:
            problems.append(f"{e.id}: summary has {sentences} sentences (want 2-4)")
        for c in e.clauses:
            try:
                clause_type(c)
            except Exception:
                problems.append(f"{e.id}: unknown clause type {c!r}")
        if e.use_policy and "use-policy-by-reference" not in e.clauses and e.kind == "license":
            problems.append(f"{e.id}: incorporates {e.use_policy} but lacks use-policy-by-reference")
    missing = COMMON - {e.id for e in catalog}
    if missing:
        problems.append(f"common licenses missing: {sorted(missing)}")
    assert not problems, "\n".join(problems)


def test_every_corpus_file_has_an_entry_whose_ids_match_its_label(labels: list[dict]) -> None:
    catalog = load_catalog()
    problems = []
    for label in labels:
        stem = label["file"].removesuffix(".txt")
        e = catalog.get(stem)
        if e is None:
            problems.append(f"{label['file']}: no catalog entry {stem!r}")
            continue
        if not e.identifiable:
            problems.append(f"{stem}: no fingerprints or title patterns to identify its text by")
        want_version = str(label["version"]) if label["version"] is not None else None
        for field, want, got in (
            ("kind", label["kind"], e.kind),
            ("family", label["family"], e.family),
            ("version", want_version, e.version),
            ("spdx", label["spdx"], e.spdx),
            ("scancode", label["scancode"], e.scancode),
            ("osi_approved", label["osi_approved"], e.osi_approved),
            ("verdict", label["verdict"], e.verdict),
        ):
            if want != got:
                problems.append(f"{stem}: {field} {got!r} != label {want!r}")
        if label["hf"] and not catalog.tags(e, label["hf"]):
            problems.append(f"{stem}: hf {e.hf!r} lacks label {label['hf']!r}")
        label_types = {c["type"] for c in label.get("clauses") or []}
        if set(e.clauses) != label_types:
            problems.append(f"{stem}: clauses {sorted(e.clauses)} != label {sorted(label_types)}")
    assert not problems, "\n".join(problems)


def test_fingerprints_of_corpus_entries_occur_in_their_text_and_excludes_do_not(
    corpus_words: dict[str, str],
) -> None:
    problems = []
    for e in load_catalog():
        words = corpus_words.get(e.id)
        if words is None:
            continue
        padded = f" {words} "
        for phrase in e.fingerprints + [t for t in e.title_patterns if re.fullmatch(r"[a-z0-9 ]+", t)]:
            if f" {phrase} " not in padded:
                problems.append(f"{e.id}: {phrase!r} not in its corpus text")
        for x in e.excludes:
            if f" {x} " in padded:
                problems.append(f"{e.id}: exclude {x!r} occurs in its own text")
    assert not problems, "\n".join(problems)


def test_no_catalog_text_copies_a_license(corpus_words: dict[str, str]) -> None:
    """Fingerprints, titles, excludes, names and summaries share no run of more than 15 words with
    any corpus text: the catalog is written in the project's own words."""
    n = MAX_SHARED_RUN + 1
    shingles: dict[str, str] = {}
    for stem, words in corpus_words.items():
        toks = words.split()
        for i in range(len(toks) - n + 1):
            shingles.setdefault(" ".join(toks[i : i + n]), stem)
    copied = []
    for e in load_catalog():
        for what, value in [("summary", e.summary), ("name", e.name)] + [
            ("fingerprint", f) for f in e.fingerprints + e.title_patterns + e.excludes
        ]:
            toks = words_of(value).split()
            for i in range(len(toks) - n + 1):
                run = " ".join(toks[i : i + n])
                if run in shingles:
                    copied.append(f"{e.id} {what}: {run!r} (from {shingles[run]})")
                    break
    assert not copied, "catalog copies license text:\n" + "\n".join(copied)


def test_hub_ids_of_the_labels_resolve_to_their_entries(labels: list[dict]) -> None:
    misses = []
    for label in labels:
        if not label["hf"]:
            continue
        e = identify_hf_id(label["hf"])
        if e is not None and e.hub_family and e.family == label["family"]:
            continue  # the Hub id names the text's family (`openrail`), which answers for it
        if e is None or e.id != label["file"].removesuffix(".txt"):
            misses.append(f"{label['hf']!r} -> {e.id if e else None}, want {label['file']}")
    assert not misses, "\n".join(misses)


def test_identify_hf_id_handles_other_names_spdx_and_unknowns() -> None:
    assert identify_hf_id("llama3.1").id == "llama-3.1-community"
    assert identify_hf_id("LLAMA3.2").id == "llama-3.2-community"
    assert identify_hf_id("other", "tongyi-qianwen-license-agreement").id == "tongyi-qianwen"
    assert (
        identify_hf_id("other", "tongyi-qianwen-research-license-agreement").id == "tongyi-qianwen-research"
    )
    assert identify_hf_id("other", "gemma-terms-of-use").id == "gemma-terms-of-use"
    assert identify_hf_id("gemma").id == "gemma-terms-of-use"
    assert identify_hf_id("other", "apple-sample-code-license").id == "apple-ascl"
    assert identify_hf_id("llama3").id == "llama-3-community"
    assert identify_hf_id("openrail++").id == "creativeml-openrail-plus-plus-m"
    # the Hub's `openrail` names the family, not one adopter's text
    assert identify_hf_id("openrail").id == "openrail-family"
    assert identify_hf_id("other", "falcon-llm-license").id == "tii-falcon-2.0"
    # Hub ids of the Hub's own license list that are not a family
    for hf_id, verdict in (
        ("cc-by-nc-sa-3.0", "non-commercial"),
        ("cc-by-nc-sa-2.0", "non-commercial"),
        ("cc-by-nc-nd-3.0", "non-commercial"),
        ("intel-research", "research-only"),
        ("etalab-2.0", "open-non-osi"),
    ):
        assert identify_hf_id(hf_id).verdict == verdict, hf_id
    # model licenses cards name with `license: other` and a `license_name`
    for name, entry_id, verdict in (
        ("qwen-research", "qwen-research-2024", "research-only"),
        ("faipl-1.0-sd", "fair-ai-public-1.0-sd", "restricted"),
        ("fair-ai-public-license-1.0-sd", "fair-ai-public-1.0-sd", "restricted"),
        ("codegeex4", "codegeex4", "restricted"),
        ("cogvlm2", "cogvlm2", "restricted"),
        ("tencent-hunyuan-community", "tencent-hunyuan-community", "restricted"),
        ("coqui-public-model-license", "coqui-public-model-1.0.0", "non-commercial"),
        ("stable-cascade-nc-community", "stability-ai-nc-research-community", "non-commercial"),
    ):
        e = identify_hf_id("other", name)
        assert (e.id, e.verdict) == (entry_id, verdict), name
    assert identify_hf_id("other", "faipl-1.0").id == "fair-ai-public-1.0"  # the SD variant is another text
    assert identify_hf_id("llama3.3").id == "llama-3.3-community"
    assert identify_hf_id("openmdw-1.1").id == "openmdw-1.1"
    assert identify_hf_id("odbl").id == "odbl-1.0"
    assert identify_hf_id("cc-by-nc-nd-4.0").id == "cc-by-nc-nd-4.0"
    assert identify_hf_id("MIT").id == "mit"  # SPDX id, any case
    assert identify_hf_id(" Apache-2.0 ").id == "apache-2.0"
    assert identify_hf_id("other", "Llama 3.3 Community License").id == "llama-3.3-community"
    assert identify_hf_id("other") is None
    assert identify_hf_id("other", "my-own-license") is None
    assert identify_hf_id(None, None) is None
    assert identify_hf_id("no-such-license-id") is None
