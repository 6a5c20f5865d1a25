"""Data-processing code the release's publisher published for its own datasets (the dataset catalog's
`processing_code`): a model trained on its publisher's datasets as published has the code that built
them; a third party's dataset code is not the release's.

Cards written for this file in several styles (front matter, HTML links, a Markdown table); the
datasets are real catalog entries, the models invented."""

from __future__ import annotations

import pytest

from opengauge.assess import assess
from opengauge.document import assessment_document
from opengauge.model import Level
from opengauge.probes import run_probes
from tests.probes.test_card_styles import Case, build

PID = "data-processing-code"


def _finding(text: str, name: str = "togethercomputer/Quokka-3B"):
    release = build(Case(PID, Level.OPEN, "any", text, name=name))
    return next(f for f in run_probes(release, only=["training-data", PID]) if f.probe == PID), release


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (  # front matter, one dataset whose makers published their pipeline
            "---\nlicense: apache-2.0\ndatasets:\n- togethercomputer/RedPajama-Data-1T\n---\n"
            "# Quokka 3B\n\nA base model pretrained on the dataset listed above.\n",
            Level.OPEN,
        ),
        (  # an HTML link to the dataset's page
            "---\nlicense: apache-2.0\n---\n<h1>Quokka 3B</h1>\n<p>Pretrained on "
            '<a href="https://huggingface.co/datasets/allenai/dolma">Dolma</a>, as released.</p>\n',
            Level.OPEN,
        ),
        (  # a bullet list under a data heading: one dataset with published code, one (human-written
            # chats) without
            "---\nlicense: apache-2.0\n---\n# Quokka 3B Chat\n\n## Training data\n\n"
            "- [RedPajama](https://huggingface.co/datasets/togethercomputer/RedPajama-Data-1T) to pretrain\n"
            "- [oasst1](https://huggingface.co/datasets/OpenAssistant/oasst1) for tuning\n",
            Level.PARTIAL,
        ),
        (  # only a processed part of the dataset was used: its makers' code did not make that part
            "---\nlicense: apache-2.0\ndatasets:\n- togethercomputer/RedPajama-Data-1T\n---\n"
            "# Quokka 3B\n\nWe trained on a deduplicated 20% subset of RedPajama that we selected.\n",
            Level.CLOSED,
        ),
        (  # a dataset the catalog knows no building code for
            "---\nlicense: apache-2.0\ndatasets:\n- OpenAssistant/oasst1\n---\n# Quokka Chat\n\nTuned.\n",
            Level.CLOSED,
        ),
    ],
)
def test_the_code_that_built_the_publishers_own_datasets_counts(text, level):
    f, _ = _finding(
        text, name="allenai/Quokka-3B" if "allenai/dolma" in text else "togethercomputer/Quokka-3B"
    )
    assert f.level is level, f.reason
    if level is Level.OPEN:
        assert "opengauge dataset catalog" in f.reason
        assert any(e.source.startswith("https://github.com/") for e in f.evidence)


def test_training_code_is_partial_with_only_the_datasets_code():
    """No training code, the data's pipeline published by its makers: the OSAI rubric's partial
    ("sparse code available"), as the experts rate RedPajama-INCITE ("Code for datasets made
    available in exemplary ways; code for training and tuning harder to find")."""
    _, release = _finding(
        "---\nlicense: apache-2.0\ndatasets:\n- togethercomputer/RedPajama-Data-1T\n---\n# Quokka\n\nBase.\n"
    )
    params = assessment_document(assess(release)).frameworks.osai.parameters
    assert params["trainingcode"].level == "partial"
    assert params["trainingcode"].reason == "Only the data-processing code is published."


@pytest.mark.parametrize(
    "text",
    [
        "---\nlicense: apache-2.0\ndatasets:\n- togethercomputer/RedPajama-Data-1T\n---\n# Quokka\n\nBase.\n",
        "---\nlicense: mit\n---\n# Quokka\n\nTuned on [Dolma](https://huggingface.co/datasets/allenai/dolma).\n",
    ],
)
def test_a_third_partys_dataset_code_is_not_the_releases(text):
    """A model another publisher trained on RedPajama or Dolma has no data-processing code of its own:
    the experts rate such releases closed (StableVicuna on Alpaca: 'Training code not made public, only
    code for applying the delta'; StarChat on StarCoderData: 'No repository containing training code
    found')."""
    f, _ = _finding(text, name="someone/Quokka-3B")
    assert f.level is Level.CLOSED, f.reason
