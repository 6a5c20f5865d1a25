"""The code probes' rules that follow the OSAI experts' practice (issue 14): documentation of code
that does not make the model does not count; a card naming the public code base that trained the
model is partial evidence; a linked repository whose file list is unknown is described by the code
catalog when it is catalogued, and leaves the question unknown when it is not."""

from __future__ import annotations

from opengauge.model import CodeRepo, Document, DocumentKind, Level
from opengauge.probes import run_probes
from opengauge.probes.license import NO_LICENSE
from tests.probes.helpers import card, release, repo

LONG_README = "# Inference\n\n" + "How to run the model, step by step, with every flag explained.\n" * 80


def one(findings, probe):
    return next(f for f in findings if f.probe == probe)


def unread(name: str) -> CodeRepo:
    """A linked repository that answered, but whose file list is not known (as in the built-in index)."""
    return CodeRepo(ref=f"gh:{name}", url=f"https://github.com/{name}")


def test_documented_inference_code_alone_is_no_code_documentation():
    # a well-documented repository of inference code: no training code, so nothing that makes the
    # model is documented ("No code, so no documentation")
    r = release(code_repos=[repo("o/inference", ["src/", "generate.py", "docs/"], readme=LONG_README)])
    f = run_probes(r, only=["training-code", "code-documentation"])
    assert one(f, "training-code").level is Level.CLOSED
    doc = one(f, "code-documentation")
    assert doc.level is Level.CLOSED and doc.data["no_training_code"]
    assert "no training code to document" in doc.reason


def test_code_documentation_follows_the_repository_holding_the_training_code():
    # the training repository is documented; an undocumented tools repository beside it does not
    # lower the documentation of the code that made the model
    r = release(
        code_repos=[
            repo("o/train", ["scripts/train.py", "configs/7b.yaml", "prepare_data.py"], readme=LONG_README),
            repo("o/tools", ["misc.py"], readme=None),
        ]
    )
    f = run_probes(r, only=["training-code", "code-documentation"])
    assert one(f, "training-code").level is Level.OPEN
    assert one(f, "code-documentation").level is Level.OPEN


def test_card_naming_the_training_framework_beside_a_repo_without_training_code():
    said = "The model was trained with the NVIDIA NeMo Framework on 512 GPUs."
    text = card().text + f"\n## Hardware\n\n{said}\n"
    r = release(
        documents=[Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=text)],
        code_repos=[repo("o/examples", ["examples/chat.py", "README.md"])],
    )
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.PARTIAL
    assert "NeMo" in tc.reason and any("code catalog" in (e.note or "") for e in tc.evidence)


def test_unread_repository_of_the_publishers_own_pretraining_code_is_open():
    r = release(ref="hf:allenai/Demo-7B", id="allenai/Demo-7B", code_repos=[unread("allenai/OLMo-core")])
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.OPEN, tc.reason
    assert any("code catalog" in (e.note or "") for e in tc.evidence)
    # another publisher linking the same framework shows public code, not its own recipe
    other = release(code_repos=[unread("allenai/OLMo-core")])
    assert one(run_probes(other, only=["training-code"]), "training-code").level is Level.PARTIAL


def test_unread_catalogued_inference_repository_is_read_as_no_training_code():
    r = release(ref="hf:meta-llama/Demo", id="meta-llama/Demo", code_repos=[unread("meta-llama/llama3")])
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.CLOSED
    assert any("code catalog" in (e.note or "") for e in tc.evidence)


def test_unread_unknown_repository_leaves_training_code_unknown():
    # one repository read with nothing in it, one not read and not catalogued: absence cannot be claimed
    r = release(code_repos=[repo("o/tools", ["misc.py"]), unread("someone/secret-sauce")])
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.UNKNOWN
    assert "someone/secret-sauce" in tc.reason


def test_code_license_of_a_catalogued_repository_whose_license_file_was_not_read():
    # the repository lists a LICENSE the forge did not identify and that was not fetched: the code
    # catalog's license is used, cited with its date
    listed = repo("EleutherAI/gpt-neox", ["LICENSE", "train.py", "README.md"], spdx=None)
    cl = one(run_probes(release(code_repos=[listed]), only=["code-license"]), "code-license")
    assert cl.level is Level.OPEN
    assert any("opengauge code catalog" in (e.note or "") for e in cl.evidence)
    # a repository whose file list shows no license file has no license, whatever the catalog recorded:
    # all rights reserved, not open (closed, not unknown: the file list was read)
    bare = repo("EleutherAI/gpt-neox", ["train.py", "README.md"], spdx=None)
    found = one(run_probes(release(code_repos=[bare]), only=["code-license"]), "code-license")
    assert found.level is Level.CLOSED
    assert found.data["repos"]["gh:EleutherAI/gpt-neox"]["name"] == NO_LICENSE
    # an uncatalogued repository stays unknown
    other = repo("someone/tools", ["LICENSE", "x.py"], spdx=None)
    assert (
        one(run_probes(release(code_repos=[other]), only=["code-license"]), "code-license").level
        is Level.UNKNOWN
    )


def test_a_truncated_listing_is_not_absence():
    # only the top level of the repository is known: no training file among it does not mean none
    cut = repo("someone/lab", ["configs/", "scripts/", "README.md"]).model_copy(
        update={"files_truncated": True}
    )
    assert (
        one(run_probes(release(code_repos=[cut]), only=["training-code"]), "training-code").level
        is Level.UNKNOWN
    )
    full = repo("someone/lab", ["configs/", "scripts/", "README.md"])
    assert (
        one(run_probes(release(code_repos=[full]), only=["training-code"]), "training-code").level
        is Level.CLOSED
    )


def test_data_processing_code_of_an_unread_catalogued_repository():
    r = release(code_repos=[unread("allenai/dolma")])
    dp = one(run_probes(r, only=["data-processing-code"]), "data-processing-code")
    assert dp.level is Level.OPEN and any("code catalog" in (e.note or "") for e in dp.evidence)
    unknown = release(code_repos=[repo("o/tools", ["misc.py"]), unread("someone/secret-sauce")])
    dp = one(run_probes(unknown, only=["data-processing-code"]), "data-processing-code")
    assert dp.level is Level.UNKNOWN and "someone/secret-sauce" in dp.reason


_MAKE_DATA_READMES = [
    # Markdown heading naming the dataset, steps linking the creation script elsewhere on GitHub
    "# Project\n\n## Create WrenMix\n\nWe uploaded WrenMix. To recreate it:\n\n1. Install `datasets`\n"
    "2. Get the [creation script](https://github.com/wren-lab/tools/blob/main/mix/prepare_wren_train.py)\n",
    # heading in other words, the script named as one of the repository's own files
    "# Project\n\n## Building the pre-training corpus\n\nRun `python make_corpus.py --out shards/`; it "
    "downloads, filters and deduplicates the sources.\n",
    # HTML-ish heading, a shell script linked by path
    "# Project\n\n### Reproducing the data\n\nSee "
    "https://github.com/wren-lab/wren/tree/main/pipeline/run_filter.sh for the whole pipeline.\n",
]


def _wren(readme: str, files: list[str]):
    from opengauge.model import DatasetRef

    return release(
        datasets=[DatasetRef(id="wren-lab/WrenMix")],
        code_repos=[repo("wren-lab/wren", files, readme=readme)],
    )


def test_a_readme_section_making_the_training_data_with_its_scripts_is_data_processing_code():
    for readme in _MAKE_DATA_READMES:
        r = _wren(readme, ["README.md", "make_corpus.py", "plots/"])
        dp = one(run_probes(r, only=["data-processing-code"]), "data-processing-code")
        assert dp.level is Level.OPEN, (readme, dp.reason)
        assert any("making the data" in (e.note or "") for e in dp.evidence)


def test_a_making_section_without_scripts_or_about_other_things_is_not_data_processing_code():
    for readme in (
        "# Project\n\n## Create WrenMix\n\nWe describe the mix in our paper.\n",  # no script
        "# Project\n\n## Building the Docker image\n\nRun `python make_corpus.py`.\n",  # not about data
        "# Project\n\n## Generate text\n\nSee https://github.com/wren-lab/wren/blob/main/generate.py\n",
    ):
        r = _wren(readme, ["README.md", "make_corpus.py", "plots/"])
        dp = one(run_probes(r, only=["data-processing-code"]), "data-processing-code")
        assert dp.level is Level.CLOSED, (readme, dp.reason)


def _listed(name: str, paths: list[str], readme_size: int | None) -> CodeRepo:
    """A training repository whose README the file list names but that was not read (its text is not
    in the release): the listing gives its size, or does not (the built-in index keeps none)."""
    from opengauge.model import FileEntry

    files = [FileEntry(path=p) for p in paths] + [FileEntry(path="README.md", size=readme_size)]
    return CodeRepo(ref=f"gh:{name}", url=f"https://github.com/{name}", revision="c" * 40, files=files)


TRAIN_PATHS = ["scripts/train.py", "configs/7b.yaml", "prepare_data.py"]


def test_an_unread_readme_is_measured_by_the_size_the_listing_gives():
    big = run_probes(
        release(code_repos=[_listed("o/train", TRAIN_PATHS, 9_000)]), only=["code-documentation"]
    )
    doc = one(big, "code-documentation")
    assert doc.level is Level.OPEN
    assert any("9000 bytes (not read)" in (e.note or "") for e in doc.evidence)
    small = run_probes(
        release(code_repos=[_listed("o/train", TRAIN_PATHS, 400)]), only=["code-documentation"]
    )
    assert one(small, "code-documentation").level is Level.PARTIAL


def test_an_unread_readme_of_unknown_size_leaves_the_documentation_unknown():
    # neither its text nor its size is known: not established, so unknown (never partial by default)
    f = run_probes(release(code_repos=[_listed("o/train", TRAIN_PATHS, None)]), only=["code-documentation"])
    doc = one(f, "code-documentation")
    assert doc.level is Level.UNKNOWN
    assert "gh:o/train" in doc.reason and "could not be read" in doc.reason
    # a docs folder beside it documents the repository whatever the README holds
    docs = run_probes(
        release(code_repos=[_listed("o/train", [*TRAIN_PATHS, "docs/"], None)]), only=["code-documentation"]
    )
    assert one(docs, "code-documentation").level is Level.OPEN


def test_a_script_in_a_data_folder_named_for_what_it_does_is_data_processing_code():
    # held-out release round: "data/filter.py" beside "train.py" and a config made the training code
    # partial ("not the data-processing code")
    r = release(
        code_repos=[repo("o/train", ["train.py", "configs/1b.yaml", "data/filter.py"], readme=LONG_README)]
    )
    f = run_probes(r, only=["training-code", "data-processing-code"])
    assert one(f, "data-processing-code").level is Level.OPEN
    assert one(f, "training-code").level is Level.OPEN
    # a data folder's other files are not data-processing code
    r = release(
        code_repos=[repo("o/train", ["train.py", "configs/1b.yaml", "data/README.md"], readme=LONG_README)]
    )
    assert one(run_probes(r, only=["data-processing-code"]), "data-processing-code").level is Level.CLOSED


def test_a_base_known_to_keep_its_training_code_decides_over_one_that_could_not_be_read():
    """A derivative's whole training is its own code and its bases' (`_with_bases`): one base known not to
    publish its training code makes it partial whatever another base would have said, as a known-closed
    cell dominates an unknown one in the OSAI table; the reason names the closed base as not published and
    the unread one as unread, never both as "not published"."""
    from opengauge.assess import Assessor

    parent = Assessor().assess(release(ref="hf:acme/closed-base", id="acme/closed-base"))
    assert one(parent.findings, "training-code").level is Level.CLOSED
    child = release(
        base_models=["hf:acme/closed-base", "hf:nobody/gone"],
        code_repos=[repo("o/train", ["scripts/train.py", "configs/7b.yaml", "prepare_data.py"])],
    )
    f = one(
        run_probes(child, only=["training-code"], parents=[parent], unexamined=["hf:nobody/gone"]),
        "training-code",
    )
    assert f.level is Level.PARTIAL, f.reason
    assert "(hf:acme/closed-base) is not published" in f.reason
    assert "whether hf:nobody/gone's is could not be read" in f.reason
