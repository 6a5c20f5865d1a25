# ruff: noqa: E501 (the card lines are kept whole)
"""Rules held-out release round 34 (code inside a larger repository) found missing: a link into one folder of a
monorepo is that folder's code only, and a folder the complete listing does not hold leads to no code; a linked
folder with a licence file of its own is not under the root's licence; a licence heading or line of another artifact
("Licence of the code", "Training code: CC BY-NC 4.0") states that artifact's terms; "This applies to the code, not to
the model weights" keeps them off the weights. Ashlar-2B and the folder cases are served by the round itself."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from opengauge.model import Document, DocumentKind, FileEntry, Level
from opengauge.probes import run_probes
from opengauge.probes.cardterms import is_model_license_title
from opengauge.sources.documents import in_folder, linked_folder
from tests.probes.helpers import release, repo

_MONO = "https://github.com/lab/research"


@pytest.mark.parametrize(
    ("urls", "model", "folder"),
    [
        ([f"{_MONO}/tree/main/projects/ashlar-2b"], "Ashlar-2B", "projects/ashlar-2b"),
        (
            [f"{_MONO}/tree/main/projects/ashlar-2b", _MONO],
            "Ashlar-2B",
            "projects/ashlar-2b",
        ),  # the monorepo named too
        (
            [f"{_MONO}/tree/main/examples", _MONO],
            "Ashlar-2B",
            None,
        ),  # a folder not named after the model, beside the root
        ([f"{_MONO}/tree/main/a", f"{_MONO}/tree/main/b"], "Ashlar-2B", None),  # two folders: the repository
        ([_MONO], "Ashlar-2B", None),
        (
            ["https://github.com/lab/research/tree/Muennighoff/MoE"],
            "OLMoE-1B-7B",
            None,
        ),  # a branch with a slash
        ([f"{_MONO}/tree/3f2a9c1/projects/ashlar-2b"], "Ashlar-2B", "projects/ashlar-2b"),  # a commit
    ],
)
def test_a_link_into_one_folder_is_that_folder(urls: list[str], model: str, folder: str | None) -> None:
    assert linked_folder(urls, "lab/research", model) == folder


def test_a_folder_the_complete_listing_lacks_leads_to_no_code() -> None:
    mono = repo("lab/research", ["README.md", "LICENSE", "projects/asr/train.py", "projects/seg/train.py"])
    gone = in_folder(mono, "projects/ashlar-2b")
    assert gone.not_found and gone.files == []
    kept = in_folder(mono, "projects/asr")
    assert not kept.not_found and [f.path for f in kept.files] == ["projects/asr/train.py"]
    cut = in_folder(mono.model_copy(update={"files_truncated": True}), "projects/ashlar-2b")
    assert not cut.not_found and cut.files == mono.files  # a cut listing shows nothing missing


def test_a_linked_folder_with_its_own_licence_file_is_not_under_the_root_s() -> None:
    mono = repo(
        "lab/research",
        ["README.md", "LICENSE", "projects/x/LICENSE", "projects/x/train.py"],
        spdx="Apache-2.0",
    )
    rel = release(code_repos=[in_folder(mono, "projects/x")])
    found = next(f for f in run_probes(rel, only=["code-license"]) if f.probe == "code-license")
    assert found.level is Level.UNKNOWN


@pytest.mark.parametrize(
    ("title", "model"),
    [
        ("License", True),
        ("Licence of the code", False),
        ("Code license", False),
        ("Licence for the training data", False),
        ("Code and model licence", True),
        ("Data & License", True),
    ],
)
def test_a_licence_heading_of_another_artifact_is_not_the_model_s(title: str, model: bool) -> None:
    assert is_model_license_title(title) is model


def _card(body: str) -> Document:
    return Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text="---\nlicense: apache-2.0\n---\n" + body
    )


def test_a_card_line_that_labels_another_artifact_s_terms_does_not_bind_the_weights() -> None:
    body = "# Demo\n\n## License\n\n- Weights: Apache 2.0\n- Training and data-processing code (projects/demo): CC BY-NC 4.0, non-commercial use only\n"
    rel = release(documents=[_card(body)], files=[*release().files, FileEntry(path="LICENSE", size=11000)])
    assert (
        next(f for f in run_probes(rel, only=["weights-license"]) if f.probe == "weights-license").level
        is Level.OPEN
    )


def test_terms_said_to_apply_to_the_code_not_the_weights_are_kept_off_them() -> None:
    text = (
        "The weights are licensed under the terms below, for any purpose, to use, study, modify and share.\n\n"
        "The code folder is under its own licence: you may use, change and share the code for non-commercial purposes only. "
        "This applies to the code, not to the model weights.\n"
    )
    assert analyze(text, document="LICENSE").verdict is LicenseVerdict.OPEN_NON_OSI
