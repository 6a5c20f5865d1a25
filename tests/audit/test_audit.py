"""`opengauge audit`: every source kind, resumability (SIGKILL), workers and Dask equal the serial run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opengauge.audit.run import run_audit
from opengauge.audit.sources import DumpSource, HubSource, RefsSource
from opengauge.store import COLUMNS, Store
from tests.audit.conftest import PROJECT, run_cli, store_rows


def test_parquet_dump_is_assessed_from_metadata(reference_store: Path, dump_rows: list[dict]) -> None:
    rows = store_rows(reference_store)
    assert len(rows) == len(dump_rows)
    with Store.open(reference_store, read_only=True) as st:
        errors = st.query("SELECT key, error FROM assessments WHERE error IS NOT NULL")
        assert errors == []
        labels = {r["label"] for r in st.query("SELECT DISTINCT label FROM assessments")}
        assert {"open-weights", "weights-available"} <= labels
        # fine-tunes of fine-tunes: the chain is resolved inside the audit, then by the index
        deep = st.query("SELECT key, lineage FROM assessments WHERE len(lineage) >= 2")
        assert deep, "no fine-tune of a fine-tune got its whole chain"
        doc = json.loads(st.query("SELECT document FROM assessments LIMIT 1")[0]["document"])
        assert doc["schema"] == "opengauge.assessment/1"


def test_jsonl_dump_gives_the_same_rows(tmp_path: Path, dump_jsonl: Path, reference_store: Path) -> None:
    with Store.open(tmp_path / "j.duckdb") as st:
        summary = run_audit(DumpSource(str(dump_jsonl)), st, depth="metadata", batch_size=7)
    assert summary.assessed == summary.rows == 100
    assert store_rows(tmp_path / "j.duckdb") == store_rows(reference_store)


def test_workers_give_the_same_rows(tmp_path: Path, dump_parquet: Path, reference_store: Path) -> None:
    with Store.open(tmp_path / "w.duckdb") as st:
        run_audit(DumpSource(str(dump_parquet)), st, depth="metadata", workers=2, batch_size=8)
    assert store_rows(tmp_path / "w.duckdb") == store_rows(reference_store)


def test_dask_local_cluster_gives_the_same_rows(
    tmp_path: Path, dump_parquet: Path, reference_store: Path
) -> None:
    pytest.importorskip("dask.distributed")
    with Store.open(tmp_path / "d.duckdb") as st:
        run_audit(DumpSource(str(dump_parquet)), st, depth="metadata", workers=2, dask="local", batch_size=10)
    assert store_rows(tmp_path / "d.duckdb") == store_rows(reference_store)


def test_sigkill_then_rerun_equals_an_uninterrupted_run(
    tmp_path: Path, dump_parquet: Path, reference_store: Path
) -> None:
    store = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "opengauge", "audit", str(dump_parquet), "--store", str(store)]
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "src")}
    proc = subprocess.Popen([*cmd, "--batch-size", "3"], env=env, cwd=PROJECT, stderr=subprocess.PIPE)
    wal = Path(str(store) + ".wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 400_000:  # some batches are committed
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the audit ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store.open(store, read_only=True) as st:
        partial = st.count()
    assert 0 < partial < 100, partial
    done = subprocess.run([*cmd, "--batch-size", "3"], env=env, cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{partial} already stored" in done.stderr
    assert store_rows(store) == store_rows(reference_store)


def test_a_rerun_adds_nothing(tmp_path: Path, dump_parquet: Path, reference_store: Path) -> None:
    shutil.copy(reference_store, tmp_path / "r.duckdb")
    with Store.open(tmp_path / "r.duckdb") as st:
        again = run_audit(DumpSource(str(dump_parquet)), st, depth="metadata", batch_size=50)
        assert (again.assessed, again.skipped, st.count()) == (0, 100, 100)


def test_a_malformed_card_is_stored_with_its_error(tmp_path: Path) -> None:
    from bench.dumpgen import write_jsonl

    rows = [
        {"modelId": "a/bad", "card": "---\nlicense: [mit\n---\n# x\n"},
        {
            "modelId": "a/good",
            "card": "---\nlicense: mit\n---\n# good\n",
            "siblings": [{"rfilename": "x.gguf"}],
        },
    ]
    write_jsonl(iter(rows), tmp_path / "d.jsonl")
    with Store.open(tmp_path / "e.duckdb") as st:
        summary = run_audit(DumpSource(str(tmp_path / "d.jsonl")), st, depth="metadata")
        got = {r["key"]: r for r in st.query("SELECT key, label, error FROM assessments")}
    assert summary.failed == 1
    assert "malformed YAML" in got["a/bad"]["error"] and got["a/bad"]["label"] is None
    assert got["a/good"]["error"] is None and got["a/good"]["label"]


def test_hub_listing_paginates_and_survives_429(fake_hub, tmp_path: Path) -> None:
    fake_hub.server.listing_page_size = 2
    for name in ("llama-3.1-8b-instruct", "olmo-7b", "mistral-7b-v0.1", "phi-2", "pythia-6.9b"):
        fake_hub.add_corpus_release(name)
    fake_hub.add_fault("/api/models?", status=429, headers={"Retry-After": "0"}, times=1)
    src = HubSource(limit=4)
    try:
        with Store.open(tmp_path / "h.duckdb") as st:
            summary = run_audit(src, st, depth="metadata")
            rows = st.query("SELECT key, revision, label, license_id FROM assessments ORDER BY key")
    finally:
        src.close()
    assert summary.assessed == 4 and len(rows) == 4
    listing = fake_hub.requests.matching("/api/models?")
    assert len(listing) >= 3  # the 429, then pages of 2
    assert not fake_hub.requests.matching("/resolve/"), "metadata depth must not fetch files"
    assert all(r["revision"] and r["label"] for r in rows)


def test_hub_listing_filters_by_author(fake_hub, tmp_path: Path) -> None:
    for name in ("olmo-7b", "phi-2"):
        fake_hub.add_corpus_release(name)
    src = HubSource(author="allenai")
    try:
        assert src.total == 1
    finally:
        src.close()


def test_refs_file_full_depth_from_stdin(fake_hub, tmp_path: Path) -> None:
    refs = [fake_hub.add_corpus_release(n) for n in ("olmo-7b", "phi-2")]
    store = tmp_path / "f.duckdb"
    text = "# models\n" + "\n".join(refs) + "\nhf:nobody/missing\n"
    result = run_cli("audit", "-", "--store", str(store), env=fake_hub.env(), input=text)
    assert result.returncode == 0, result.stderr
    with Store.open(store, read_only=True) as st:
        rows = {r["key"]: r for r in st.query("SELECT key, commit, depth, label, error FROM assessments")}
    assert set(rows) == {*refs, "hf:nobody/missing"}
    assert rows[refs[0]]["depth"] == "full" and rows[refs[0]]["commit"] and rows[refs[0]]["label"]
    assert "not found" in rows["hf:nobody/missing"]["error"].lower()
    again = run_cli("audit", "-", "--store", str(store), env=fake_hub.env(), input=text)
    assert "3 already stored" in again.stderr


def test_refs_source_reads_a_file(tmp_path: Path) -> None:
    (tmp_path / "refs.txt").write_text("hf:a/b@v1\n\nhf:a/b@v1\nhf:c/d\n")
    src = RefsSource(str(tmp_path / "refs.txt"))
    assert src.refs == [("hf:a/b@v1", "v1"), ("hf:c/d", "")]


def test_assess_and_index_write_to_the_store(fake_hub, tmp_path: Path) -> None:
    ref = fake_hub.add_corpus_release("olmo-7b")
    store = tmp_path / "a.duckdb"
    result = run_cli("assess", ref, "--store", str(store), "--format", "json", env=fake_hub.env())
    assert result.returncode == 0, result.stderr
    result = run_cli("index", "--store", str(store), "--format", "csv")
    assert result.returncode == 0, result.stderr
    with Store.open(store, read_only=True) as st:
        origins = {
            r["origin"]: r["n"] for r in st.query("SELECT origin, count(*) n FROM assessments GROUP BY 1")
        }
    assert origins["assess"] == 1 and origins["index"] >= 80


def _comparable(records) -> list[dict]:
    out = []
    for r in records:
        row = {c: getattr(r, c) for c in COLUMNS if c not in ("assessed_at", "document")}
        doc = json.loads(r.document) if r.document else None
        if doc is not None:
            doc.pop("created_at", None)
        out.append({**row, "document": doc})
    return out


def test_cached_and_uncached_assessments_are_identical(dump_parquet: Path, monkeypatch) -> None:
    """The run's shared caches (license analyses by content, base-model releases, the search
    prefilter) change no result: each row assessed alone, with cold caches and every pattern
    searched whole, gives the same record as the rows assessed in one warm batch."""
    from opengauge.audit import work
    from opengauge.audit.run import Lineage
    from opengauge.audit.work import Batch, assess_batch
    from opengauge.probes import prefilter

    source = DumpSource(str(dump_parquet))
    lineage = Lineage.scan(source)
    items = [i for batch in source.items(1000) for i in batch]
    assert len(items) == 100 and lineage.rows  # fine-tunes of fine-tunes among them
    parents = lineage.for_rows([i.row for i in items])
    bases = lineage.rows.known([i.key.lower() for i in items])
    for item in items:
        item.base = item.key.lower() in bases  # kept for the rows built on it, as the runner does
    assert sum(i.base for i in items) >= 5
    # small bounds, so the warm run also evicts readings and starts fresh assessors midway
    monkeypatch.setattr(work, "ASSESSOR_ROWS", 37)
    monkeypatch.setattr(work, "READINGS", 3)
    monkeypatch.setattr(work, "PARENT_RELEASES", 5)
    work._STATE.clear()
    warm = assess_batch(Batch(depth="metadata", items=items, parents=parents))
    # derivatives first: their base models are assessed as parents, then reused as rows
    work._STATE.clear()
    backwards = assess_batch(Batch(depth="metadata", items=items[::-1], parents=parents))[::-1]
    cold = []
    try:
        prefilter.ENABLED = False
        for item in items:
            work._STATE.clear()
            cold += assess_batch(Batch(depth="metadata", items=[item], parents=parents))
    finally:
        prefilter.ENABLED = True
        work._STATE.clear()
    assert {r.label for r in warm} >= {"weights-available", "open-weights"}
    assert _comparable(warm) == _comparable(cold)
    assert _comparable(backwards) == _comparable(cold)


def test_lru_keeps_the_most_recently_used() -> None:
    from opengauge.audit.work import LRU

    cache = LRU(2)
    cache["a"] = 1
    cache["b"] = 2
    assert cache["a"] == 1  # a is now the most recent
    cache["c"] = 3
    assert list(cache) == ["a", "c"] and "b" not in cache


def test_metadata_audit_reads_bases_as_assess_does(tmp_path: Path) -> None:
    """--depth metadata resolves base models not among the rows through the built-in index the way
    `assess` does: under a renamed repository's old id (an entry's alias), and a base named by its
    family ("fine-tuned from Llama 2"), so neither MIT card launders its Llama base."""
    from bench.dumpgen import write_jsonl

    weights = [{"rfilename": "model.safetensors"}]
    rows = [
        {
            "modelId": "a/alias-tune",
            "card": "---\nlicense: mit\nbase_model: meta-llama/Meta-Llama-3.1-8B\n---\n# tune\n\nA tune.\n",
            "siblings": weights,
        },
        {
            "modelId": "a/family-tune",
            "card": "---\nlicense: mit\n---\n# tune\n\nThis model was fine-tuned from Llama 2 on tickets.\n",
            "siblings": weights,
        },
    ]
    write_jsonl(iter(rows), tmp_path / "d.jsonl")
    with Store.open(tmp_path / "e.duckdb") as st:
        run_audit(DumpSource(str(tmp_path / "d.jsonl")), st, depth="metadata")
        got = {r["key"]: r for r in st.query("SELECT key, label, document FROM assessments")}
    assert got["a/alias-tune"]["label"] == "weights-available"
    assert got["a/family-tune"]["label"] == "weights-available"
    assert "the release names the family 'Llama 2'" in str(got["a/family-tune"]["document"])
    # the chain shows the family the card named, not the index member standing in for it
    with Store.open(tmp_path / "e.duckdb") as st:
        (lineage,) = st.con.execute("SELECT lineage FROM assessments WHERE key = 'a/family-tune'").fetchone()
    assert lineage == ["named:Llama 2"]


def test_metadata_audit_knows_the_rows_own_id_when_reading_a_stated_base() -> None:
    """A dump row's card is read with the row's own Hub id, as `assess` reads a fetched card: on a
    family page only the release's own section states its base; the release never is its own base."""
    from opengauge.audit.metadata import release_from_row

    card = (
        "---\nlicense: apache-2.0\n---\n# Nimbus Embed\n\n"
        "### [nimbus-embed-s](https://huggingface.co/acme/nimbus-embed-s)\n\n"
        "Small. Based on the [acme/tiny-encoder](https://huggingface.co/acme/tiny-encoder) model.\n\n"
        "### [nimbus-embed-l](https://huggingface.co/acme/nimbus-embed-l)\n\n"
        "Large. Based on the [acme/big-encoder](https://huggingface.co/acme/big-encoder) model.\n"
    )
    release = release_from_row({"modelId": "acme/nimbus-embed-l", "card": card})
    assert release.base_models == ["hf:acme/big-encoder"]
    own = "---\nlicense: mit\n---\n# Nimbus\n\n- **Finetuned from model:** Nimbus Chat\n"
    assert release_from_row({"modelId": "acme/nimbus-chat", "card": own}).base_models == []


def test_a_card_longer_than_the_cut_keeps_its_front_matter() -> None:
    """A dump card whose model-index runs past the cut (a 700 KB MTEB card) still declares its
    license: the front matter is read whole, only the body is cut."""
    from opengauge.audit.metadata import MAX_CARD_CHARS, release_from_row

    rows = "".join(f"  - task: t{i}\n    value: {i}\n" for i in range(MAX_CARD_CHARS // 20))
    card = f"---\nlicense: cc-by-nc-4.0\nmodel-index:\n{rows}---\n# Nimbus Embed\n\nEmbeddings.\n"
    assert len(card) > MAX_CARD_CHARS
    release = release_from_row({"modelId": "acme/nimbus-embed", "card": card})
    assert release.metadata["license"] == "cc-by-nc-4.0"
    assert any("cut to its first" in p for p in release.problems)


def test_one_repository_read_two_ways_is_two_releases_to_an_assessor() -> None:
    """An audit's row with its card and the built-in index's entry of the same repository (no card)
    share a reference: the assessor that judged the index's reading as a derivative's base must not
    hand it back for the row itself (which process met which first decided a row's verdict; 5 of
    3,433 real cards differed between a serial run and `--workers 2`)."""
    from opengauge.assess import Assessor
    from opengauge.audit.metadata import release_from_row

    weights = [{"rfilename": "model.safetensors"}]
    card = "---\nlicense: mit\n---\n# Base\n\n## Model Summary\n\nA Transformer with 2.7B parameters.\n"
    row = release_from_row({"modelId": "o/base", "card": card, "siblings": weights}, endpoint="https://hf.co")
    bare = row.model_copy(update={"documents": [], "source": "snapshot"})  # as the index keeps it
    tune = release_from_row(
        {
            "modelId": "o/tune",
            "card": "---\nlicense: mit\nbase_model: o/base\n---\n# t\n",
            "siblings": weights,
        },
        endpoint="https://hf.co",
    ).model_copy(update={"lineage": [bare]})
    fresh = Assessor().assess(row, keep=True)
    assessor = Assessor()
    assessor.assess(tune)
    again = assessor.assess(row, keep=True)
    level = {f.probe: f.level for f in again.findings}
    assert level == {f.probe: f.level for f in fresh.findings}
    assert str(level["model-card"]) != "unknown"


def test_a_listed_config_not_read_leaves_deployment_code_unknown_and_the_hub_library_counts() -> None:
    """At `--depth metadata` config.json is listed, not read: the card naming no library is no proof
    that no library runs the model (unknown, saying config.json was not read, never closed); the dump's
    `library_name` (the Hub's word on the library the model loads with) settles it."""
    from opengauge.assess import Assessor
    from opengauge.audit.metadata import release_from_row
    from opengauge.document import assessment_document

    files = [{"rfilename": "model.safetensors"}, {"rfilename": "config.json"}]
    row = {"modelId": "o/m", "card": "---\nlicense: mit\n---\n# M\n\nA model.\n", "siblings": files}
    doc = assessment_document(Assessor().assess(release_from_row(row, endpoint="https://hf.co")))
    (inf,) = [f for f in doc.findings if f.probe == "inference-code"]
    assert str(inf.level) == "unknown" and "config.json is listed but was not read" in inf.reason
    assert str(doc.label) == "undetermined" and "could not be established" in doc.label_reason
    row["library_name"] = "transformers"
    doc = assessment_document(Assessor().assess(release_from_row(row, endpoint="https://hf.co")))
    assert str(doc.label) == "open-weights", doc.label_reason


@pytest.mark.parametrize("batch_size", [100, 1])
def test_every_parent_of_a_merge_binds_in_an_audit(tmp_path: Path, batch_size: int) -> None:
    """A merge's second parent binds at `--depth metadata` too: found among the rows (a
    non-commercial model) or in the built-in index (Llama 3.1), whichever batch holds the merge."""
    from bench.dumpgen import write_jsonl

    weights = [{"rfilename": "model.safetensors"}]

    def row(mid: str, license: str, bases: tuple[str, ...] = ()) -> dict:
        base = "base_model:\n" + "".join(f"- {b}\n" for b in bases) if bases else ""
        card = f"---\nlicense: {license}\nlibrary_name: transformers\n{base}---\n# {mid}\n"
        return {"modelId": mid, "card": card, "siblings": weights}

    rows = [
        row("a/x", "apache-2.0"),
        row("b/y", "cc-by-nc-4.0"),
        row("c/merge", "apache-2.0", ("a/x", "b/y")),
        row("c/merge-llama", "apache-2.0", ("a/x", "meta-llama/Llama-3.1-8B")),
    ]
    write_jsonl(iter(rows), tmp_path / "d.jsonl")
    with Store.open(tmp_path / "m.duckdb") as st:
        run_audit(DumpSource(str(tmp_path / "d.jsonl")), st, depth="metadata", batch_size=batch_size)
        got = {r["key"]: r for r in st.query("SELECT key, label, inherited_from FROM assessments")}
    assert got["a/x"]["label"] == "open-weights"
    assert got["c/merge"]["label"] == "weights-available" and got["c/merge"]["inherited_from"] == "hf:b/y"
    assert got["c/merge-llama"]["label"] == "weights-available"
