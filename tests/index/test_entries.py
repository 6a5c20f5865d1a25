"""The built-in index data: schema, coverage, attribution, no copied texts."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml

jsonschema = pytest.importorskip("jsonschema")

from opengauge.index.entry import OSAI_URL  # noqa: E402
from opengauge.index.errors import IndexDataError  # noqa: E402
from opengauge.index.load import entry_files, load_index, parse_entry, schema  # noqa: E402

LLAMA_DEBATE = ["llama-2-", "llama-3-", "llama-3.1-", "llama-3.2-", "llama-3.3-", "llama-4-"]
LEADING = [
    "olmo",
    "pythia",
    "bloomz",
    "amber",
    "smollm",
    "starcoder2",
    "t5",
    "mistral",
    "mixtral",
    "falcon",
    "gemma",
    "qwen",
    "deepseek",
    "phi",
    "yi",
    "grok",
    "dbrx",
    "granite",
    "gpt-oss",
]


def test_every_entry_validates_against_the_json_schema():
    validator = jsonschema.Draft202012Validator(schema())
    files = entry_files()
    assert files
    for name, text in files:
        data = yaml.safe_load(text)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        assert not errors, f"{name}: {errors[0].message} at {list(errors[0].path)}"


def test_schema_rejects_a_document_carrying_license_text():
    validator = jsonschema.Draft202012Validator(schema())
    name, text = entry_files()[0]
    data = yaml.safe_load(text)
    data["release"]["documents"] = [
        {"kind": "license", "path": "LICENSE", "text": "Permission is hereby granted"}
    ]
    assert list(validator.iter_errors(data))


def test_index_size_and_coverage():
    entries = load_index()
    ids = [e.id for e in entries]
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)
    for prefix in LLAMA_DEBATE:
        assert any(i.startswith(prefix) for i in ids), prefix
    for word in LEADING:
        assert any(word in i for i in ids), word
    closed = {e.id for e in entries if e.closed_reference}
    assert any("gpt-4" in i for i in closed) and any("claude" in i for i in closed)


def test_every_corpus_release_is_covered(release_corpus: Path):
    folders = {p.name for p in release_corpus.iterdir() if p.is_dir()}
    covered = {e.corpus for e in load_index() if e.corpus}
    assert folders, "empty release corpus"
    assert folders <= covered, f"not in the index: {sorted(folders - covered)}"
    for e in load_index():
        if e.corpus:
            src = (release_corpus / e.corpus / "SOURCE.md").read_text(encoding="utf-8")
            assert f"`{e.release.id}`" in src, f"{e.id}: hub id {e.release.id} not the corpus folder's"


def test_entries_copy_no_prose_from_the_corpus(release_corpus: Path):
    """No string of 60+ characters in an entry appears verbatim in its corpus documents."""
    by_id = {e.id: e for e in load_index()}
    for name, text in entry_files():
        entry = by_id[Path(name).stem]
        if not entry.corpus:
            continue
        corpus_text = " ".join(
            " ".join(p.read_text(encoding="utf-8", errors="replace").split())
            for p in (release_corpus / entry.corpus).iterdir()
            if p.is_file() and p.name != "SOURCE.md"
        )
        for value in re.findall(r"(?:note|quote|text): (.+)", text):
            phrase = " ".join(value.strip("'\" ").split())
            if len(phrase) >= 60:
                assert phrase not in corpus_text, f"{name}: copied text {phrase[:50]!r}"


def test_reviews_have_receipts_and_attribution():
    for e in load_index():
        assert e.reviews, e.id
        for r in e.reviews:
            assert r.evidence.startswith(("https://", "http://")), (e.id, r.target)
            assert "2026-01-01" <= r.checked <= date.today().isoformat(), (e.id, r.target, r.checked)
            assert len(r.note) >= 10
        if any(r.source == "osai-index" for r in e.reviews):
            assert e.attribution, f"{e.id} uses OSAI data without attribution"
            a = e.attribution[0]
            assert a.url == OSAI_URL and "Liesenfeld" in a.citation and "Dingemanse" in a.citation
            assert a.license == "CC-BY-4.0"


def test_catalog_references_are_known_to_the_license_catalog():
    from opengauge.licenses import load_catalog

    catalog = load_catalog()
    unknown = sorted(
        {
            (e.id, d.catalog_id)
            for e in load_index()
            for d in e.release.documents
            if d.catalog_id and catalog.get(d.catalog_id) is None
        }
    )
    # Llama 3.3's license and policy are not in the shared corpus, so the catalog may lack them;
    # everything else must resolve.
    allowed = {"llama-3.3-community", "llama-3.3-aup"}
    assert {c for _, c in unknown} <= allowed, unknown


def test_parse_entry_refuses_aliases_and_bad_data():
    with pytest.raises(IndexDataError, match="aliases"):
        parse_entry("a: &x [1, 2]\nb: *x\n", "bomb.yaml")
    with pytest.raises(IndexDataError, match="mapping"):
        parse_entry("- just\n- a list\n", "list.yaml")
    with pytest.raises(IndexDataError, match="bad.yaml"):
        parse_entry("schema: opengauge.index-entry/1\nid: x\n", "bad.yaml")


def test_schema_file_is_package_data():
    text = resources.files("opengauge.index").joinpath("schema.json").read_text(encoding="utf-8")
    assert json.loads(text)["title"] == "opengauge index entry"


def test_every_declared_base_model_is_in_the_index():
    """The index is the lineage oracle: every base model an entry declares resolves to an entry, so a
    fine-tune of it can be judged offline (the gap must not reopen when an entry is added)."""
    from opengauge.index.lineage import IndexLineage

    lineage = IndexLineage()
    missing = sorted(
        (e.id, b) for e in load_index() for b in e.release.base_models if lineage.entry(b) is None
    )
    assert not missing, f"base models not in the index: {missing}"


def test_a_base_entry_never_repeats_its_derivatives_osai_family():
    """The experts rate a family through its end model: an entry and a base it declares never share an
    OSAI family, so `index import-osai` compares each family once."""
    from opengauge.index.lineage import IndexLineage

    lineage = IndexLineage()
    shared = []
    for e in load_index():
        for b in e.release.base_models:
            parent = lineage.entry(b)
            if parent is not None and e.osai and parent.osai and e.osai.lower() == parent.osai.lower():
                shared.append((e.id, parent.id, e.osai))
    assert not shared, shared
