# ruff: noqa: E501 (the cards keep their own wording)
"""Shapes of held-out release round 23: a card written as one nested bullet list whose top-level items are bold
labels; a denial of private data in Portuguese and other European languages; the placeholders and stock sentences of
a generated template card; a public training framework named in prose with the run's configuration and the data
preparation commands kept in the model repository."""

from __future__ import annotations

import pytest

from opengauge.model import Document, DocumentKind, FileEntry, Level
from opengauge.probes import run_probes
from tests.probes.helpers import release, weights


def _card(body: str, front: str = "license: apache-2.0\n") -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n" + body)


def _finding(r, probe: str):
    return next(x for x in run_probes(r, only=[probe]) if x.probe == probe)


_PROSE = "This item says enough about the model to count as a real section of the card."

_NESTED = "".join(
    f"- **{t}**\n  - {_PROSE}\n  - {_PROSE}\n"
    for t in (
        "Overview",
        "Intended uses",
        "Limitations and biases",
        "Training data",
        "Evaluation",
        "Environmental impact",
        "Architecture",
        "Citation",
    )
)


def test_a_card_written_as_one_nested_list_has_the_sections_its_bold_items_name() -> None:
    f = _finding(release(documents=[_card("# Demo\n\n" + _NESTED)]), "model-card")
    assert f.level is Level.OPEN, f.reason


def test_bold_items_without_nested_content_are_no_sections() -> None:
    flat = "".join(
        f"- **{t}**\n{_PROSE}\n\n" for t in ("Overview", "Training data", "Evaluation", "Citation")
    )
    f = _finding(release(documents=[_card("# Demo\n\n" + flat)]), "model-card")
    assert f.level is Level.CLOSED, f.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Nenhum outro dado foi usado: nem dados sintéticos, nem dados privados.",
        "No se usó ningún otro dato: ni datos sintéticos, ni datos privados.",
        "Aucune autre donnée n'a été utilisée : ni données synthétiques, ni données privées.",
        "Es wurden keine internen Daten verwendet.",
        "Non è stato usato nessun altro dato, né dati privati.",
    ],
)
def test_a_denial_of_private_data_in_european_languages_is_no_private_data(sentence: str) -> None:
    from opengauge.model import DatasetRef

    data = DatasetRef(
        id="o/pub", url="https://huggingface.co/datasets/o/pub", exists=True, license="cc-by-4.0"
    )
    body = f"# Demo\n\n## Training data\n\nTrained on [o/pub](https://huggingface.co/datasets/o/pub) only. {sentence}\n"
    f = _finding(release(documents=[_card(body)], datasets=[data]), "training-data")
    assert not f.data.get("internal"), (sentence, f.reason)


_TEMPLATE = """# SDXL LoRA DreamBooth - demo/ink-lora

## Model description

These are demo/ink-lora LoRA adaption weights for demo/base-xl.

The weights were trained  using [DreamBooth](https://dreambooth.github.io/).

LoRA for the text encoder was enabled: False.

Special VAE used for training: None.

## Download model

Weights for this model are available in Safetensors format.

[Download](demo/ink-lora/tree/main) them in the Files & versions tab.

## Intended uses & limitations

#### How to use

```python
# TODO: add an example code snippet for running this diffusion pipeline
```

#### Limitations and bias

[TODO: provide examples of latent issues and potential remediations]

## Training details

[TODO: describe the data used to train the model]
"""


def test_a_generated_template_with_todo_placeholders_documents_nothing() -> None:
    f = _finding(release(documents=[_card(_TEMPLATE)]), "model-card")
    assert f.level is Level.CLOSED, f.reason


def test_a_filled_section_beside_todos_still_counts() -> None:
    filled = _TEMPLATE.replace(
        "[TODO: describe the data used to train the model]",
        "Forty ink-wash paintings from the public-domain collection of a museum, captioned by hand.",
    )
    f = _finding(release(documents=[_card(filled)]), "model-card")
    assert f.level is Level.PARTIAL, f.reason


_NEMO = (
    "# Demo\n\n## Training procedure\n\nWe wrote no training code of our own: Demo-1B was pre-trained with NVIDIA NeMo, "
    "unmodified; `nemo_config.yaml` in this repository is the complete configuration of the run and `tokenize.sh` "
    "the exact preprocessing commands.\n"
)


def test_a_public_framework_run_from_configuration_in_the_model_repository_is_open_training_code() -> None:
    files = [
        *weights(),
        FileEntry(path="nemo_config.yaml", size=4000),
        FileEntry(path="tokenize.sh", size=600),
    ]
    r = release(documents=[_card(_NEMO)], files=files)
    found = {
        f.probe: f for f in run_probes(r, only=["training-code", "data-processing-code", "code-license"])
    }
    assert found["training-code"].level is Level.OPEN, found["training-code"].reason
    assert found["data-processing-code"].level is Level.OPEN, found["data-processing-code"].reason
    assert found["code-license"].level is Level.OPEN, found["code-license"].reason


def test_the_framework_named_without_the_run_s_configuration_is_partial() -> None:
    files = [*weights(), FileEntry(path="generation_config.json", size=200)]
    r = release(documents=[_card(_NEMO.replace("`nemo_config.yaml`", "our configuration"))], files=files)
    found = {f.probe: f for f in run_probes(r, only=["training-code", "code-license"])}
    assert found["training-code"].level is Level.PARTIAL, found["training-code"].reason
    assert found["code-license"].level is Level.UNKNOWN


def test_code_in_the_model_repository_under_an_undecided_licence_is_unknown_not_closed() -> None:
    files = [*weights(), FileEntry(path="nemo_config.yaml", size=4000)]
    text = "A LICENCE of our own.\n\nYou may use the weights; more terms are on our website.\n"
    r = release(
        documents=[_card(_NEMO, front=""), Document(kind=DocumentKind.LICENSE, path="LICENSE", text=text)],
        files=[*files, FileEntry(path="LICENSE", size=len(text))],
        metadata={},
    )
    found = {f.probe: f for f in run_probes(r, only=["training-code", "weights-license", "code-license"])}
    assert found["training-code"].level is Level.OPEN, found["training-code"].reason
    assert found["weights-license"].level is Level.UNKNOWN, found["weights-license"].reason
    assert found["code-license"].level is Level.UNKNOWN, found["code-license"].reason
