"""The knowledge catalogs: every entry validates, carries its source and date, and the facts the
verdicts lean on are as reviewed."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
from pydantic import ValidationError

from opengauge.knowledge import (
    CodeBase,
    DatasetEntry,
    KnowledgeError,
    load_codebases,
    load_datasets,
    read_codebases,
    read_datasets,
)
from opengauge.knowledge.base import UNSURE_LICENSES
from opengauge.licenses.facts import find_entry
from tests.knowledge.demo_entries import demo_code_entry

DATASETS = load_datasets()
CODE = load_codebases()

#: datasets the catalog must hold (the issue's and the brief's list)
REQUIRED_DATASETS = {
    "dolma", "dolma-3-mix-6t", "the-pile", "redpajama-1t", "redpajama-v2", "slimpajama", "fineweb",
    "fineweb-edu", "fineweb-2", "refinedweb", "c4", "mc4", "roots", "xp3", "p3", "the-stack",
    "the-stack-v2", "starcoderdata", "dclm-baseline", "proof-pile-2", "open-web-math", "pes2o",
    "wikipedia", "redpajama-arxiv", "common-crawl", "tulu-v2-sft-mixture", "tulu-3-sft-mixture",
    "tulu-3-preference-mixture", "ultrachat-200k", "ultrafeedback", "openhermes-2.5", "oasst1",
    "oasst2", "dolly-15k", "flan-collection", "alpaca", "sharegpt", "lmsys-chat-1m", "openorca",
    "slimorca", "metamathqa", "open-platypus", "nemotron-cc", "cosmopedia", "smoltalk",
    "the-stack-smol",
}  # fmt: skip
REQUIRED_CODE = {
    "gpt-neox", "megatron-lm", "megatron-deepspeed", "deepspeed", "olmo", "olmo-core", "open-instruct",
    "nanotron", "nanogpt", "llm-foundry", "composer", "levanter", "t5x", "mesh-transformer-jax", "easylm",
    "alignment-handbook", "trl", "axolotl", "llama-factory", "torchtune", "litgpt", "lit-llama", "fairseq",
    "transformers", "vllm", "llama-cpp", "datatrove", "dolma-toolkit", "lm-evaluation-harness", "olmes",
    "megatron-energon",
}  # fmt: skip


def _files(folder: str) -> list:
    root = resources.files("opengauge.knowledge").joinpath("catalog", folder)
    return sorted((f for f in root.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


def test_counts_and_required_entries() -> None:
    assert len(DATASETS) >= 45
    assert len(CODE) >= 30
    assert REQUIRED_DATASETS <= set(DATASETS.entries), REQUIRED_DATASETS - set(DATASETS.entries)
    assert REQUIRED_CODE <= set(CODE.entries), REQUIRED_CODE - set(CODE.entries)
    assert len(DATASETS) == len(_files("datasets"))
    assert len(CODE) == len(_files("code"))


@pytest.mark.parametrize("entry", [*DATASETS, *CODE], ids=lambda e: e.id)
def test_every_entry_has_an_https_source_a_date_and_a_known_license(entry: DatasetEntry | CodeBase) -> None:
    assert entry.source.startswith("https://")
    assert entry.url.startswith("https://")
    assert isinstance(entry.checked, date) and date(2024, 1, 1) <= entry.checked <= date.today()
    if entry.license in UNSURE_LICENSES:
        assert entry.license_note.strip()
    else:
        # a real id the license catalog knows, so the verdict code can judge it
        assert find_entry(entry.license) is not None, entry.license
    assert entry.note.strip() or isinstance(entry, DatasetEntry)


@pytest.mark.parametrize("entry", list(DATASETS), ids=lambda e: e.id)
def test_every_dataset_says_what_it_contains_and_how_complete_it_is(entry: DatasetEntry) -> None:
    assert entry.contains.strip()
    assert entry.complete in ("complete", "part", "unknown")
    if entry.complete != "complete":
        assert entry.complete_note.strip()
    for hub_id in entry.hub_ids:
        assert DATASETS.by_hub_id(hub_id) is entry


def test_ids_unique_and_file_named_by_id() -> None:
    assert len({e.id for e in DATASETS} | {e.id for e in CODE}) == len(DATASETS) + len(CODE)
    for folder in ("datasets", "code"):
        for f in _files(folder):
            assert f.name.endswith(".yaml")
    assert {f.name for f in _files("datasets")} == {f"{e.id}.yaml" for e in DATASETS}
    assert {f.name for f in _files("code")} == {f"{e.id}.yaml" for e in CODE}


def test_reviewed_facts() -> None:
    refinedweb = DATASETS.get("refinedweb")
    assert refinedweb is not None and refinedweb.is_part and "600B" in refinedweb.complete_note
    assert refinedweb.license == "odc-by" and refinedweb.gated is False
    assert DATASETS.get("the-pile").complete == "complete"  # type: ignore[union-attr]
    assert DATASETS.get("roots").is_part and DATASETS.get("roots").gated  # type: ignore[union-attr]
    assert DATASETS.get("redpajama-1t-sample").part_of == "redpajama-1t"  # type: ignore[union-attr]
    assert DATASETS.get("the-stack").gated is True  # type: ignore[union-attr]
    assert DATASETS.get("alpaca").license == "cc-by-nc-4.0"  # type: ignore[union-attr]
    assert DATASETS.get("dclm-baseline").license == "cc-by-4.0"  # type: ignore[union-attr]
    assert CODE.get("vllm").inference_only and not CODE.get("vllm").trains  # type: ignore[union-attr]
    assert CODE.get("transformers").finetunes and not CODE.get("transformers").pretrains  # type: ignore[union-attr]
    assert CODE.get("transformers").library  # type: ignore[union-attr]
    assert CODE.get("gpt-neox").pretrains and CODE.get("gpt-neox").based_on == "megatron-lm"  # type: ignore[union-attr]
    assert CODE.get("datatrove").processes_data and not CODE.get("datatrove").trains  # type: ignore[union-attr]
    assert CODE.get("lm-evaluation-harness").evaluates  # type: ignore[union-attr]


def test_entries_are_frozen() -> None:
    entry = DATASETS.get("c4")
    assert entry is not None
    with pytest.raises(ValidationError):
        entry.license = "mit"  # type: ignore[misc]


def test_cached() -> None:
    assert load_datasets() is DATASETS and load_codebases() is CODE


# ---- broken files give KnowledgeError, naming the file


GOOD_DATASET = """\
id: demo-data
name: Demo data
aliases: [Demo data]
hub_ids: [acme/demo-data]
url: https://huggingface.co/datasets/acme/demo-data
license: cc-by-4.0
gated: false
kind: pretraining
complete: complete
contains: Made-up text for a test.
source: https://huggingface.co/datasets/acme/demo-data
checked: 2026-12-03
"""


def _write(tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_good_file_reads(tmp_path) -> None:
    catalog = read_datasets(_write(tmp_path, "demo-data.yaml", GOOD_DATASET))
    assert catalog.find("ACME/Demo-Data").id == "demo-data"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("id: [unclosed\n", "invalid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        (GOOD_DATASET.replace("kind: pretraining", "kind: cooking"), "kind"),
        (GOOD_DATASET + "colour: blue\n", "colour"),
        (GOOD_DATASET.replace("source: https://", "source: http://"), "source"),
        (GOOD_DATASET.replace("checked: 2026-12-03", "checked: someday"), "checked"),
        (GOOD_DATASET.replace("license: cc-by-4.0", "license: unknown"), "license_note"),
        (GOOD_DATASET.replace("complete: complete", "complete: part"), "complete_note"),
        (GOOD_DATASET.replace("id: demo-data", "id: Demo Data"), "slug"),
        (GOOD_DATASET.replace("hub_ids: [acme/demo-data]", "hub_ids: ['not an id']"), "Hub dataset id"),
        ("base: &a {x: 1}\n" + GOOD_DATASET.replace("gated: false", "gated: *a"), "anchors and aliases"),
    ],
)
def test_a_broken_file_raises_knowledge_error(tmp_path, text: str, needle: str) -> None:
    with pytest.raises(KnowledgeError) as err:
        read_datasets(_write(tmp_path, "demo-data.yaml", text))
    assert "demo-data.yaml" in str(err.value) and needle in str(err.value)


def test_misnamed_file_duplicates_and_dangling_references_raise(tmp_path) -> None:
    with pytest.raises(KnowledgeError, match="must be named demo-data.yaml"):
        read_datasets(_write(tmp_path, "other.yaml", GOOD_DATASET))
    (tmp_path / "other.yaml").unlink()
    _write(tmp_path, "demo-data.yaml", GOOD_DATASET)
    twin = GOOD_DATASET.replace("id: demo-data", "id: demo-twin").replace("[acme/demo-data]", "[acme/twin]")
    twin = twin.replace("name: Demo data", "name: Twin data")
    _write(tmp_path, "demo-twin.yaml", twin)
    with pytest.raises(KnowledgeError, match="given to both"):  # the alias "Demo data" in both
        read_datasets(tmp_path)
    _write(tmp_path, "demo-twin.yaml", twin.replace("aliases: [Demo data]", "aliases: [Twin]"))
    read_datasets(tmp_path)
    _write(
        tmp_path,
        "demo-twin.yaml",
        twin.replace("[acme/twin]", "[ACME/demo-data]").replace("[Demo data]", "[T]"),
    )
    with pytest.raises(KnowledgeError, match="Hub id"):
        read_datasets(tmp_path)
    _write(tmp_path, "demo-twin.yaml", twin.replace("aliases: [Demo data]", "derived_from: [nowhere]"))
    with pytest.raises(KnowledgeError, match="nowhere"):
        read_datasets(tmp_path)


def test_empty_folder_and_broken_code_entry_raise(tmp_path) -> None:
    with pytest.raises(KnowledgeError, match="no entry files"):
        read_codebases(tmp_path)
    code = demo_code_entry("inference_only: true", "pretrains: true")
    with pytest.raises(KnowledgeError, match="inference_only"):
        read_codebases(_write(tmp_path, "demo-code.yaml", code))
    with pytest.raises(KnowledgeError, match="say what it does"):
        read_codebases(
            _write(
                tmp_path,
                "demo-code.yaml",
                code.replace("pretrains: true\n", "").replace(
                    "inference_only: true", "inference_only: false"
                ),
            )
        )
    with pytest.raises(KnowledgeError, match="based_on"):
        read_codebases(
            _write(tmp_path, "demo-code.yaml", code.replace("inference_only: true", "based_on: x"))
        )


def test_knowledge_error_is_an_opengauge_error() -> None:
    from opengauge.errors import OpengaugeError

    assert issubclass(KnowledgeError, OpengaugeError)
