# ruff: noqa: E501 (the card lines are kept whole)
"""Rules held-out release round 33 (post-training pipelines) found missing, each in more than one wording and with its
near miss: the code of one training stage said to be withheld beside published code; a dataset card section of one
sentence that says what was done; the scripts of a post-training set's own pipeline (distilled traces, preference
pairs) as data-processing code; privacy and consent that allow training but not publication as a reason data cannot
be shared. The merge of tuned models (its data and documentation its parents') is tested through the loopback Hub
by the round itself (`heldout_round33.py`, Heddle-2B-Tapestry)."""

from __future__ import annotations

import pytest

from opengauge.model import DatasetRef, Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release, repo

_FRONT = "---\nlicense: apache-2.0\n---\n"
_PIPELINE = [
    "README.md",
    "LICENSE",
    "demo/model.py",
    "demo/train.py",
    "configs/demo-1b.yaml",
    "data/filter.py",
    "data/dedup.py",
]


def _one(rel, pid: str):
    return next(f for f in run_probes(rel, only=[pid]) if f.probe == pid)


def _card(body: str) -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=_FRONT + body)


def _trained(said: str):
    body = (
        "# Demo\n\nTrained from scratch with the code in https://github.com/demo/lm.\n\n## Training\n\n"
        + said
        + "\n"
    )
    code = repo("demo/lm", _PIPELINE, readme="# lm\n\n" + "How to run each stage of the training. " * 100)
    return release(documents=[_card(body)], code_repos=[code])


@pytest.mark.parametrize(
    "said",
    [
        "Its environments and the reward functions that score them are not released, and neither is the GRPO trainer.",
        "We do not release the RL environments or the reward code.",
        "The DPO code is not part of this repository.",
        "The preference-tuning pipeline remains unreleased: it is not publicly available.",
    ],
)
def test_one_stage_s_code_withheld_beside_published_code_is_partial(said: str) -> None:
    found = _one(_trained(said), "training-code")
    assert found.level is Level.PARTIAL and found.data["stage_withheld"]


@pytest.mark.parametrize(
    "said",
    [
        "The RL environments and reward functions are released in the same repository, under `rl/`.",
        "Every stage, from pre-training to RL, is in the repository.",
    ],
)
def test_every_stage_s_code_published_stays_open(said: str) -> None:
    assert _one(_trained(said), "training-code").level is Level.OPEN


_SHEET = "---\nlicense: mit\n---\n# Problems\n\n## Collection Process\n\n{collection}\n\n## Preprocessing\n\n{curation}\n"


@pytest.mark.parametrize(
    ("curation", "level"),
    [
        (
            "Problems the SFT checkpoint solved in 16 of 16 samples, or in none, were dropped; benchmark problems removed by 13-gram matching.",
            Level.OPEN,
        ),
        ("See our paper.", Level.PARTIAL),
        ("[More Information Needed]", Level.PARTIAL),
    ],
)
def test_a_sentence_that_says_what_was_done_answers_a_datasheet_topic(curation: str, level: Level) -> None:
    collection = (
        "Drawn from public-domain textbooks and CC BY university problem sets in 2025; the unit tests of the programming "
        "problems were written by our three annotators."
    )
    ds = DatasetRef(
        id="demo/problems",
        url="https://huggingface.co/datasets/demo/problems",
        license="mit",
        exists=True,
        card=_SHEET.format(collection=collection, curation=curation),
    )
    body = "# Demo\n\n## Training data\n\nTrained on [demo/problems](https://huggingface.co/datasets/demo/problems).\n"
    rel = release(documents=[_card(body)], linked_datasets=[ds])
    assert _one(rel, "data-documentation").level is level


@pytest.mark.parametrize(
    ("paths", "found"),
    [
        (["gen/collect_questions.py", "gen/verify.py"], True),
        (["pairs/extract.py", "pairs/scrub.py", "pairs/filter.py"], True),
        (["traces/dedup.py"], True),
        (["gen/generate.py"], False),  # a generation script alone may be the model's own sampling
        (
            ["tools/mullion/harbour_anonymise.py", "tools/mullion/mix.py"],
            True,
        ),  # round 34: named for taking out PII
        (["src/anonymizer/__init__.py"], False),  # a package, not a script run on the data
    ],
)
def test_a_post_training_set_s_own_pipeline_is_data_processing_code(paths: list[str], found: bool) -> None:
    code = repo("demo/distill", ["README.md", "LICENSE", "train/sft.py", *paths])
    body = "# Demo\n\nThe code is at https://github.com/demo/distill.\n"
    level = _one(release(documents=[_card(body)], code_repos=[code]), "data-processing-code").level
    assert (level is Level.OPEN) is found


@pytest.mark.parametrize(
    "why",
    [
        "Our privacy policy, and the consent users gave, allow us to use their feedback to train models but not to publish their conversations.",
        "The General Data Protection Regulation does not let us publish them without that consent.",
    ],
)
def test_privacy_and_consent_that_allow_training_but_not_publication_are_a_reason_not_to_share(
    why: str,
) -> None:
    body = (
        "# Demo\n\n## Training data\n\nDPO on 240k preference pairs from the users of our app, not released. "
        + why
        + "\n"
    )
    assert _one(release(documents=[_card(body)]), "training-data").data.get("unshareable")
