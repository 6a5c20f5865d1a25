"""Hub collections a card links: the source reads the datasets each lists (through the loopback
Hub's `GET /api/collections/{owner}/{slug}`, as `HfApi.get_collection` asks), and the training-data
probe counts them as the training-data list only where the card links the collection in words about
the training data (SmolLM3: "The datasets used for pretraining can be found in this collection")."""

from __future__ import annotations

from opengauge.model import Level
from opengauge.probes import run_probes
from opengauge.sources import load_snapshot, resolve
from opengauge.sources.snapshot import save_snapshot
from tests.sources.helpers import card, model

DATA_LINE = "## Training\n\nThe datasets used for pretraining can be found in this [collection]({url}).\n"
OTHER_LINE = "## More\n\nOur other models are in this [collection]({url}).\n"


def _training_data(release):
    return next(f for f in run_probes(release, only=["training-data"]) if f.probe == "training-data")


def test_a_collection_linked_as_the_training_data_lists_its_datasets(fake_hub, tmp_path):
    url = fake_hub.add_collection(
        "acme/quokka-pretraining-data-65a1b2c3",
        "Quokka pretraining data",
        [
            ("dataset", "acme/web-mix"),
            ("dataset", "acme/code-mix"),
            ("model", "acme/quokka-3b"),
            ("paper", "2501.00001"),
        ],
    )
    fake_hub.add_dataset("acme/web-mix", license="odc-by")
    fake_hub.add_dataset("acme/code-mix", license="apache-2.0")
    fake_hub.add_model(
        model("acme/quokka-3b", card("license: apache-2.0", "# Quokka 3B\n\n" + DATA_LINE.format(url=url)))
    )
    release = resolve("hf:acme/quokka-3b", lineage_depth=0)
    (col,) = release.collections
    assert col.slug == "acme/quokka-pretraining-data-65a1b2c3" and col.title == "Quokka pretraining data"
    assert [d.id for d in col.datasets] == ["acme/web-mix", "acme/code-mix"]  # models and papers are not data
    assert col.datasets[0].license == "odc-by"
    f = _training_data(release)
    assert f.level is Level.OPEN, f.reason
    assert {d["id"] for d in f.data["datasets"]} == {"acme/web-mix", "acme/code-mix"}
    assert any("listed in the linked collection" in (e.note or "") for e in f.evidence)
    # a snapshot keeps the collection, so the same verdict is reached offline
    path = tmp_path / "s.json"
    save_snapshot(release, path)
    assert _training_data(load_snapshot(path)).level is Level.OPEN


def test_a_collection_linked_for_something_else_is_not_the_training_data(fake_hub):
    url = fake_hub.add_collection("acme/quokka-models-1", "Quokka models", [("dataset", "acme/eval-set")])
    fake_hub.add_dataset("acme/eval-set", license="mit")
    fake_hub.add_model(
        model("acme/quokka-3b", card("license: apache-2.0", "# Quokka\n\n" + OTHER_LINE.format(url=url)))
    )
    release = resolve("hf:acme/quokka-3b", lineage_depth=0)
    assert [d.id for d in release.collections[0].datasets] == ["acme/eval-set"]
    assert _training_data(release).data["datasets"] == []


def test_a_collection_that_cannot_be_read_is_a_problem_not_a_failure(fake_hub):
    url = "https://huggingface.co/collections/acme/gone-123"
    fake_hub.add_model(
        model("acme/quokka-3b", card("license: apache-2.0", "# Quokka\n\n" + DATA_LINE.format(url=url)))
    )
    release = resolve("hf:acme/quokka-3b", lineage_depth=0)
    (col,) = release.collections
    assert col.error and not col.datasets
    assert any(p.startswith("collection acme/gone-123") for p in release.problems)


def test_a_linked_dataset_page_is_named_by_its_id_and_nothing_else_is() -> None:
    """Datasets a card links in its text are looked up by the Hub source (`linked_datasets`) and counted by
    the data probes, both through `sources.refs.hub_dataset_in_url`: only a dataset's page, viewer or tree
    counts, never a file kept in a dataset repository or another site."""
    from opengauge.sources.refs import hub_dataset_in_url

    assert hub_dataset_in_url("https://huggingface.co/datasets/corvid-lab/corvid-web-sample") == (
        "corvid-lab/corvid-web-sample"
    )
    assert hub_dataset_in_url("https://hf.co/datasets/org/name/?row=3#viewer") == "org/name"
    # its viewer or file tree is the dataset too; a file kept in it is not
    assert hub_dataset_in_url("https://huggingface.co/datasets/org/name/viewer/default/train") == "org/name"
    assert hub_dataset_in_url("https://huggingface.co/datasets/org/name/tree/main") == "org/name"
    assert (
        hub_dataset_in_url("https://huggingface.co/datasets/allenai/blog-images/resolve/main/a.png") is None
    )
    assert hub_dataset_in_url("https://huggingface.co/datasets/org/name/blob/main/results.csv") is None
    assert hub_dataset_in_url("https://huggingface.co/org/model") is None
    assert hub_dataset_in_url("https://example.com/datasets/org/name") is None
    # read from the text where the probes find a link: "huggingface.co/datasets/org/name)." in a card
    assert hub_dataset_in_url("huggingface.co/datasets/org/name). Then") == "org/name"
