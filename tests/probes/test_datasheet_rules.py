"""The datasheet of a fine-tune covers its base model's data too (the experts: "Datasheet available for
RLHF portion, but not for Llama2-based pretraining data, hence partial")."""

from __future__ import annotations

from opengauge.assess import assess
from opengauge.model import DatasetRef, Level
from opengauge.probes import run_probes
from tests.probes.helpers import DATASET, card, release

#: the fine-tuning data, with a dataset card that was read and answers the collection and curation
#: questions (a card not read no longer documents the data by its existence)
DOCUMENTED = DATASET.model_copy(
    update={
        "card": "# Demo corpus\n\n## Source data\n\n"
        + "Forum threads collected from public boards between 2020 and 2024, each with its URL and date. " * 3
        + "\n\n## Processing\n\n"
        + "Deduplicated with MinHash, filtered by language and by a quality classifier, PII removed. " * 3
        + "\n"
    }
)


def _tune(base: str):
    return release(
        datasets=[DOCUMENTED],
        base_models=[base],
        metadata={"license": "apache-2.0", "datasets": ["demo/corpus"], "base_model": base},
        documents=[card(extra=f"datasets:\n- demo/corpus\nbase_model: {base}\n")],
    )


def _level(rel, parents=()):
    return next(f for f in run_probes(rel, only=["data-documentation"], parents=parents))


def test_fine_tune_with_documented_data_and_an_undocumented_base_is_partial():
    base = assess(release(ref="hf:acme/Base-7B", id="acme/Base-7B"))  # names no data: no datasheet
    assert next(f for f in base.findings if f.probe == "data-documentation").level is Level.CLOSED
    f = _level(_tune("acme/Base-7B"), parents=[base])
    assert f.level is Level.PARTIAL and "acme/Base-7B" in f.reason


def test_fine_tune_of_a_documented_base_is_open():
    documented = release(
        ref="hf:acme/Base-7B",
        id="acme/Base-7B",
        datasets=[DatasetRef(id="allenai/dolma", exists=True, license="odc-by")],
        metadata={"license": "apache-2.0", "datasets": ["allenai/dolma"]},
        documents=[card(extra="datasets:\n- allenai/dolma\n")],
    )
    base = assess(documented)
    assert next(f for f in base.findings if f.probe == "data-documentation").level is Level.OPEN
    assert _level(_tune("acme/Base-7B"), parents=[base]).level is Level.OPEN


def test_fine_tune_of_a_base_that_could_not_be_examined_says_so():
    f = _level(_tune("acme/Gone-7B"))
    assert f.level is Level.PARTIAL and "could not be examined" in f.reason


def test_a_base_examined_under_its_new_name_is_not_called_unexamined():
    # the declared id is an old name; the index examined the base under its current one
    documented = release(
        ref="hf:acme/Base-7B-v2",
        id="acme/Base-7B-v2",
        datasets=[DatasetRef(id="allenai/dolma", exists=True, license="odc-by")],
        metadata={"license": "apache-2.0", "datasets": ["allenai/dolma"]},
        documents=[card(extra="datasets:\n- allenai/dolma\n")],
    )
    assert _level(_tune("acme/Old-Name-7B"), parents=[assess(documented)]).level is Level.OPEN
