"""Sources for held-out release round 27: the configuration files of a model repository that its card names (a
data mixture, a training recipe: YAML, JSON or TOML, at most `documents.MAX_CONFIGS`, each under the document
cap) are read as configuration documents, and the Hub datasets they name are looked up as the datasets a card
links."""

from __future__ import annotations

import pytest

from opengauge.model import DocumentKind
from opengauge.sources import documents, resolve
from tests.servers.fakes import HubFile
from tests.sources.helpers import card, model

_MIX = b"""sources:
  - dataset: org/web-corpus
    weight: 0.8
  - dataset: org/book-corpus
    weight: 0.2
tokenizer: org/Mix-1B
"""
_BODY = (
    "# Mix-1B\n\n## Training data\n\nThe complete training data is the mixture in `configs/data_mix.yaml`.\n"
)


@pytest.mark.parametrize(
    ("paths", "text", "picked"),
    [
        (
            ["configs/data_mix.yaml", "configs/other.yaml"],
            "see configs/data_mix.yaml",
            ["configs/data_mix.yaml"],
        ),
        (["config.json", "adapter_config.json"], "config.json and adapter_config.json", []),  # read already
        (["tokenizer_config.json", "recipe.toml"], "the recipe is recipe.toml", ["recipe.toml"]),
        (["train.py", "notes.txt"], "train.py and notes.txt", []),  # not configurations
        (["b.yml", "a.json"], "first a.json, then b.yml", ["a.json", "b.yml"]),  # in the card's order
    ],
)
def test_the_configurations_the_card_names_are_picked(paths: list[str], text: str, picked: list[str]) -> None:
    assert documents.pick_configs(paths, text, []) == picked


def test_configurations_are_capped() -> None:
    paths = [f"c/{i}.yaml" for i in range(documents.MAX_CONFIGS + 2)]
    problems: list[str] = []
    assert len(documents.pick_configs(paths, " ".join(paths), problems)) == documents.MAX_CONFIGS
    assert any("2 more configuration files" in p for p in problems), problems


def test_the_hub_source_reads_a_configuration_the_card_names_and_looks_up_its_datasets(fake_hub) -> None:
    extra = {"configs/data_mix.yaml": _MIX, "configs/eval.yaml": b"dataset: org/eval-set\n"}
    fake_hub.add_model(model("org/Mix-1B", card("license: apache-2.0", _BODY), extra=extra))
    fake_hub.add_dataset("org/web-corpus", license="odc-by")
    fake_hub.add_dataset("org/book-corpus", license="cc0-1.0")
    release = resolve("hf:org/Mix-1B", lineage_depth=0)
    configs = [
        d for d in release.documents if d.kind is DocumentKind.CONFIG and d.path.startswith("configs/")
    ]
    assert [d.path for d in configs] == ["configs/data_mix.yaml"] and "org/web-corpus" in configs[0].text
    assert not fake_hub.requests.matching("eval.yaml"), "a configuration the card does not name is not read"
    assert [d.id for d in release.linked_datasets] == ["org/web-corpus", "org/book-corpus"]
    assert {d.id: d.license for d in release.linked_datasets} == {
        "org/web-corpus": "odc-by",
        "org/book-corpus": "cc0-1.0",
    }
    # a configuration is never read as the card's prose
    assert all(d.kind is not DocumentKind.OTHER for d in release.documents)


def test_an_oversized_configuration_is_not_downloaded(fake_hub) -> None:
    repo = model("org/Big-1B", card("license: apache-2.0", _BODY))
    repo.files["configs/data_mix.yaml"] = HubFile(
        "configs/data_mix.yaml", b"{}", size=documents.MAX_DOC_BYTES + 1
    )
    fake_hub.add_model(repo)
    release = resolve("hf:org/Big-1B", lineage_depth=0)
    assert not fake_hub.requests.matching("data_mix.yaml")
    assert any("data_mix.yaml" in p and "limit" in p for p in release.problems), release.problems


def test_a_local_folder_s_configuration_the_card_names_is_read(tmp_path) -> None:
    folder = tmp_path / "Mix-1B"
    (folder / "configs").mkdir(parents=True)
    (folder / "README.md").write_text(f"---\nlicense: apache-2.0\n---\n{_BODY}", encoding="utf-8")
    (folder / "configs" / "data_mix.yaml").write_bytes(_MIX)
    (folder / "configs" / "unnamed.yaml").write_bytes(b"dataset: org/other\n")
    release = resolve(str(folder), lineage_depth=0)
    configs = [d.path for d in release.documents if d.kind is DocumentKind.CONFIG]
    assert configs == ["configs/data_mix.yaml"], configs
