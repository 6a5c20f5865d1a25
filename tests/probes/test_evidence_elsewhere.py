"""Evidence kept outside the card's own words (held-out release round 15): a card that only says where the
training setup is described documents no hardware (unknown, since what it points to is not read); a model
table's "Hardware" row counting accelerators states it; a two-line card's code README is read for the
hardware as for the architecture; and the card's own word that the training code is not released decides
closed even when part of the release could not be read."""

from __future__ import annotations

from opengauge.model import Document, DocumentKind, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release, repo


def _card(body: str) -> Document:
    return Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text="---\nlicense: apache-2.0\n---\n" + body
    )


def _level(r, probe: str = "architecture-hardware"):
    f = next(x for x in run_probes(r, only=[probe]) if x.probe == probe)
    return f.level, f.reason


def test_a_card_that_only_says_where_the_setup_is_described_leaves_the_hardware_unread():
    body = (
        "# Demo-7B\n\nDemo-7B has 32 layers and a hidden size of 4096.\n\n"
        "**How we built it:** the architecture, the training infrastructure and the training recipe are "
        "described in our blog post.\n"
    )
    level, reason = _level(release(documents=[_card(body)]))
    assert level is Level.UNKNOWN and "only says where they are described" in reason, reason
    # naming the accelerators in the same line states them: documented
    named = body.replace("described in our blog post", "described in our blog post: 64 H100 GPUs for 9 days")
    assert _level(release(documents=[_card(named)]))[0] is Level.OPEN


def test_a_model_table_row_counting_accelerators_is_the_training_hardware():
    body = (
        "# Demo-7B\n\n## Model details\n\n| | |\n|---|---|\n| Layers | 32 |\n"
        "| Hardware | 256 NVIDIA H100 GPUs, 21 days |\n"
    )
    assert _level(release(documents=[_card(body)]))[0] is Level.OPEN
    # a row for running it is not the training hardware
    usage = body.replace(
        "| Hardware | 256 NVIDIA H100 GPUs, 21 days |", "| Hardware | 1 H100 GPU for inference |"
    )
    assert _level(release(documents=[_card(usage)]))[0] is Level.PARTIAL


def test_a_two_line_card_s_code_readme_is_read_for_the_hardware():
    body = "# Demo-7B\n\nDemo-7B has 32 layers. Everything else: see https://github.com/o/demo\n"
    readme = "# demo\n\n## Training\n\nWe trained on 16 NVIDIA H100 80GB GPUs (2 nodes) for 12 days.\n"
    r = release(documents=[_card(body)], code_repos=[repo("o/demo", ["train.py"], readme=readme)])
    assert _level(r)[0] is Level.OPEN


def test_the_card_s_word_that_the_training_code_is_withheld_decides_over_an_unread_report():
    body = (
        "# Demo-7B\n\n## What is released\n\n"
        "The weights and the report. We do not release the training code.\n"
    )
    r = release(documents=[_card(body)], unread=["report.pdf (a PDF, which opengauge does not read)"])
    level, reason = _level(r, "training-code")
    assert level is Level.CLOSED and "not released" in reason, reason
    # without that statement, the unread report leaves it unknown
    silent = release(documents=[_card("# Demo-7B\n\nThe weights and the report.\n")], unread=["report.pdf"])
    assert _level(silent, "training-code")[0] is Level.UNKNOWN


_SHEET = (
    "# Demo-1B\n\n## Training data\n\nA private corpus of clinic letters, which privacy law forbids us "
    "to share.\n\n"
    "## Datasheet\n\n### Motivation\n\nAssembled to train an open model of clinical text that hospitals "
    "can inspect, funded by a public grant.\n\n"
    "### Collection process\n\nEach clinic exported its letters from its record system in 2025 under a "
    "data-use agreement approved by its ethics board; nothing left the secure environment where the model "
    "was trained.\n\n"
    "### Preprocessing\n\nNames, dates and record numbers were removed by a rule-based pass and a token "
    "classifier checked on 2,000 hand-annotated letters; duplicates were removed with MinHash and short "
    "letters dropped.\n"
)


def test_a_datasheet_section_of_the_card_answering_collection_and_curation_is_a_datasheet():
    r = release(documents=[_card(_SHEET)])
    level, reason = _level(r, "data-documentation")
    assert level is Level.OPEN and "'Datasheet' section" in reason, reason
    # a section so named that does not say how the data was collected and curated is not one
    thin = _SHEET.split("### Collection process")[0]
    assert _level(release(documents=[_card(thin)]), "data-documentation")[0] is not Level.OPEN
    # nor is a section on the data that is not a datasheet of its own
    plain = _SHEET.replace("## Datasheet", "## More about the data")
    assert _level(release(documents=[_card(plain)]), "data-documentation")[0] is not Level.OPEN


def test_the_model_repository_s_docs_folder_names_the_training_data_when_the_card_does_not():
    card = _card(
        "# Demo-1B\n\n| Topic | Where |\n|---|---|\n| Training data | [docs/data.md](docs/data.md) |\n"
    )
    data = Document(
        kind=DocumentKind.OTHER,
        path="docs/data.md",
        text="# Training data\n\nDemo-1B was trained on [o/corpus](https://huggingface.co/datasets/o/corpus).\n",
    )
    level, reason = _level(release(documents=[card, data]), "training-data")
    assert "o/corpus" in reason, reason
    assert _level(release(documents=[card]), "training-data")[0] is Level.CLOSED


def test_weights_kept_in_the_publisher_s_linked_repository_are_published():
    from opengauge.model import FileEntry, WeightsRepo

    body = "# Demo-3B\n\nWeights: [o/Demo-3B-weights](https://huggingface.co/o/Demo-3B-weights)\n"
    there = WeightsRepo(
        ref="hf:o/Demo-3B-weights",
        url="https://huggingface.co/o/Demo-3B-weights",
        files=[FileEntry(path="model.safetensors", size=10**9)],
    )
    r = release(documents=[_card(body)], files=[FileEntry(path="README.md", size=100)])
    r = r.model_copy(update={"weights_repo": there})
    level, reason = _level(r, "weights-published")
    assert level is Level.OPEN and "hf:o/Demo-3B-weights" in reason, reason
    gated = r.model_copy(update={"weights_repo": there.model_copy(update={"gated": "auto"})})
    assert _level(gated, "weights-published")[0] is Level.PARTIAL
    # a linked repository that holds no weights either leaves them unread
    empty = r.model_copy(update={"weights_repo": there.model_copy(update={"files": []})})
    assert _level(empty, "weights-published")[0] is Level.UNKNOWN
