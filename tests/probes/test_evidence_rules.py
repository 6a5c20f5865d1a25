"""Rules that read absence and documentation as evidence (calibrated against the OSAI index experts):

- a model card read in full that documents the model is evidence of what it does not disclose
  (training data, code, paper): `closed`; a stub card, or a linked repository that could not be read,
  is not (`unknown`);
- a dataset linked from usage instructions, or a file kept in a dataset repository, is not training data;
- a legacy Hub dataset name (no namespace) that the look-up did not find is not shown to be unpublished;
- a README that documents training with the repository's own command, or links the training scripts,
  shows training code; a README section on data preparation plus the package's data module shows
  data-processing code;
- an arXiv link on a technique's name is related work, not the release's preprint.
"""

from __future__ import annotations

from opengauge.frameworks import osai, osaid
from opengauge.model import CodeRepo, DatasetRef, Document, DocumentKind, Evidence, Finding, Level
from opengauge.probes import run_probes
from tests.probes.helpers import card, release, repo

STUB = Document(
    kind=DocumentKind.MODEL_CARD,
    path="README.md",
    text="# Demo\n\nSee https://example.org/demo for everything.\n",
)

# a card that documents the model (details, uses, evaluation) but names no data, code or paper
SILENT = Document(
    kind=DocumentKind.MODEL_CARD,
    path="README.md",
    text="""# Demo-7B

## Model Details

Demo-7B is a decoder-only transformer with 32 layers, released by Demo Labs for research use.

## Intended Uses

Chat and text completion in English; not for medical or legal advice of any kind.

## Evaluation

| task | score |
|---|---|
| arc | 51.2 |
""",
)


def one(findings, probe):
    found = [f for f in findings if f.probe == probe]
    assert found, probe
    return found[0]


def levels(r, *probes):
    f = run_probes(r, only=list(probes))
    return {p: one(f, p) for p in probes}


# ----------------------------------------------------------------------------- silence of a full card
def test_silent_card_closes_data_code_and_paper_with_evidence():
    got = levels(
        release(documents=[SILENT]),
        "training-data",
        "training-code",
        "data-processing-code",
        "code-documentation",
        "evaluation-code",
        "peer-reviewed-paper",
    )
    for probe, f in got.items():
        assert f.level is Level.CLOSED, (probe, f.reason)
        assert f.evidence and f.evidence[0].source == "README.md" and f.evidence[0].note, probe
        assert f.data.get("not_published") is True


def test_truncated_card_stays_unknown_but_a_stub_read_in_full_is_evidence():
    # unknown means "could not be read": a truncated card; a stub card read in full discloses nothing
    truncated = SILENT.model_copy(update={"truncated": True})
    got = levels(release(documents=[truncated]), "training-data", "training-code", "peer-reviewed-paper")
    assert all(f.level is Level.UNKNOWN for f in got.values()), {p: f.level for p, f in got.items()}
    assert all("README.md (it was truncated)" in f.reason for f in got.values())
    got = levels(release(documents=[STUB]), "training-data", "training-code", "peer-reviewed-paper")
    assert all(f.level is Level.CLOSED and f.evidence for f in got.values()), {
        p: f.level for p, f in got.items()
    }


def test_linked_repo_that_could_not_be_read_stays_unknown():
    broken = CodeRepo(ref="gh:o/code", url="https://github.com/o/code", error="timed out after 3 retries")
    got = levels(release(documents=[SILENT], code_repos=[broken]), "training-code", "code-documentation")
    assert all(f.level is Level.UNKNOWN and "gh:o/code" in f.reason for f in got.values())
    # a repository the forge says does not exist is no published code: that is evidence
    gone = broken.model_copy(update={"error": "repository not found on GitHub", "not_found": True})
    got = levels(release(documents=[SILENT], code_repos=[gone]), "training-code", "code-documentation")
    assert all(f.level is Level.CLOSED and "gh:o/code" in f.reason for f in got.values())


def test_preprint_absence_in_a_release_read_in_full_is_closed():
    p = one(run_probes(release(documents=[SILENT]), only=["preprint"]), "preprint")
    assert p.level is Level.CLOSED and p.evidence and p.data["not_published"]


# ----------------------------------------------------------------------------- datasets from links
def _card_with(body: str) -> Document:
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=SILENT.text + body)


def test_dataset_links_count_only_as_training_data_in_context():
    usage = _card_with(
        "\n## Fine-tune it yourself\n\nBy default the script uses a small sample of "
        "[o/chat-sample](https://huggingface.co/datasets/o/chat-sample) to finetune the model.\n"
        '\n<img src="https://huggingface.co/datasets/o/images/resolve/main/logo.png">\n'
    )
    td = one(run_probes(release(documents=[usage]), only=["training-data"]), "training-data")
    assert td.data["datasets"] == [] and td.level is Level.CLOSED
    trained = _card_with(
        "\nDemo-7B was trained on 2T tokens of [o/web](https://huggingface.co/datasets/o/web).\n"
    )
    td = one(run_probes(release(documents=[trained]), only=["training-data"]), "training-data")
    assert [d["id"] for d in td.data["datasets"]] == ["o/web"] and td.level is Level.OPEN
    in_section = _card_with(
        "\n## Training Data\n\nSee [o/mix](https://huggingface.co/datasets/o/mix) for the mixture.\n"
    )
    td = one(run_probes(release(documents=[in_section]), only=["training-data"]), "training-data")
    assert [d["id"] for d in td.data["datasets"]] == ["o/mix"]


def test_legacy_dataset_name_not_found_is_not_unpublished():
    legacy = DatasetRef(id="c4", url="https://huggingface.co/datasets/c4", exists=False)
    named = release(
        datasets=[legacy],
        metadata={"license": "apache-2.0", "datasets": ["c4"]},
        documents=[card(extra="datasets:\n- c4\n")],
    )
    f = run_probes(named)
    td = one(f, "training-data")
    # c4 is in the dataset catalog: public on the Hub (allenai/c4) under ODC-BY
    assert td.level is Level.OPEN and td.data["datasets"][0]["public"] is True
    assert td.data["datasets"][0]["catalog"] == "c4" and td.data["datasets"][0]["license"] == "odc-by"
    assert not [m for m in osaid.evaluate(f).missing if "not shared" in m]
    unknown = DatasetRef(id="acme-corpus", url="https://huggingface.co/datasets/acme-corpus", exists=False)
    f = run_probes(release(datasets=[unknown], documents=[card(extra="datasets:\n- acme-corpus\n")]))
    td = one(f, "training-data")
    assert td.level is Level.PARTIAL and td.data["datasets"][0]["public"] is None
    gone = DatasetRef(id="o/private-mix", url="https://huggingface.co/datasets/o/private-mix", exists=False)
    td = one(run_probes(release(datasets=[gone]), only=["training-data"]), "training-data")
    assert td.data["datasets"][0]["public"] is False  # a namespaced id that is not found stays unpublished


# ----------------------------------------------------------------------------- code through documentation
T5_LIKE_README = """# Text model

## Usage

### Dataset Preparation

Tasks and preprocessors live in `pkg.data`; run the public builder to prepare the corpus.

### Training

Train a model from scratch:

```sh
pkg_trainer \\
  --model_dir="${MODEL_DIR}" \\
  --gin_file="dataset.gin"
```

### Decode

```sh
python -m pkg.decode --input x.txt
```
"""
T5_LIKE_TREE = [
    "README.md",
    "setup.py",
    "pkg/",
    "pkg/__init__.py",
    "pkg/data/",
    "pkg/models/",
    "pkg/evaluation/",
]


def test_readme_training_command_of_the_repo_is_training_code():
    r = release(code_repos=[repo("o/textmodel", T5_LIKE_TREE, readme=T5_LIKE_README)])
    f = run_probes(r, only=["training-code", "data-processing-code"])
    tc, dp = one(f, "training-code"), one(f, "data-processing-code")
    assert tc.level is Level.OPEN and tc.data["documented"] == "command"
    assert any("pkg_trainer" in (e.quote or "") for e in tc.evidence)
    assert dp.level is Level.OPEN and any(e.source.endswith("pkg/data/") for e in dp.evidence)


def test_documented_data_preparation_is_not_evaluation_code():
    tree = [p for p in T5_LIKE_TREE if "evaluation" not in p]
    r = release(code_repos=[repo("o/textmodel", tree, readme=T5_LIKE_README)])
    f = run_probes(r, only=["data-processing-code", "evaluation-code"])
    assert one(f, "data-processing-code").level is Level.OPEN
    assert one(f, "evaluation-code").level is not Level.OPEN


def test_readme_commands_that_do_not_train_are_not_training_code():
    not_installable = [p for p in T5_LIKE_TREE if p != "setup.py"]
    r = release(code_repos=[repo("o/textmodel", not_installable, readme=T5_LIKE_README)])
    assert one(run_probes(r, only=["training-code"]), "training-code").level is Level.CLOSED
    inference = (
        "# Model\n\n## Pretrained Models\n\n```bash\ntorchrun --nproc_per_node 1 example_text_completion.py "
        "--ckpt_dir m/\n```\n\n## Training\n\n```bash\ntorchrun example_chat_completion.py\n```\n"
    )
    r = release(
        code_repos=[
            repo(
                "o/llm",
                [
                    "README.md",
                    "setup.py",
                    "example_text_completion.py",
                    "example_chat_completion.py",
                    "llm/",
                    "llm/__init__.py",
                ],
                readme=inference,
            )
        ]
    )
    assert one(run_probes(r, only=["training-code"]), "training-code").level is Level.CLOSED
    # a data section without a data package of the code is no data-processing code
    r = release(code_repos=[repo("o/textmodel", ["README.md", "setup.py", "data/"], readme=T5_LIKE_README)])
    assert one(run_probes(r, only=["data-processing-code"]), "data-processing-code").level is Level.CLOSED


def test_readme_linking_training_scripts_is_training_code():
    readme = (
        "# Tuning\n\n## Train models\n\n1. Set up the trainer.\n2. Run [the launch script]"
        "(https://github.com/o/workshop/blob/main/train/tr1/run-7b.slurm) on your cluster.\n"
    )
    r = release(code_repos=[repo("o/tuning", ["README.md", "plots/"], readme=readme)])
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.OPEN and tc.data["documented"] == "linked"
    assert any("train/tr1" in (e.quote or "") for e in tc.evidence)


# ----------------------------------------------------------------------------- preprints
def test_related_work_arxiv_links_are_not_the_release_preprint():
    related = _card_with(
        "\nIt uses [ALiBi](https://arxiv.org/abs/2108.12409) and "
        "[FlashAttention](https://arxiv.org/pdf/2205.14135.pdf).\n"
    )
    r = release(documents=[related], tags=["arxiv:2108.12409", "arxiv:2205.14135"], papers=["2108.12409"])
    assert one(run_probes(r, only=["preprint"]), "preprint").level is Level.CLOSED
    own = _card_with("\nFor details please read our [paper](https://arxiv.org/abs/2507.04321).\n")
    p = one(run_probes(release(documents=[own]), only=["preprint"]), "preprint")
    assert p.level is Level.OPEN and p.data["arxiv"] == ["2507.04321"]
    cited = _card_with("\n## Citation\n\n```\n@misc{demo, eprint={2402.19173}, archivePrefix={arXiv}}\n```\n")
    assert one(run_probes(release(documents=[cited]), only=["preprint"]), "preprint").data["arxiv"] == [
        "2402.19173"
    ]


def test_linked_technical_report_counts_as_the_preprint():
    """The experts rate a technical report hosted outside arXiv (GitHub, the Hub, a vendor's site) as
    an open preprint."""
    doc = _card_with("\n📖 [Demo Technical Report](https://aka.example/demo-report)\n")
    p = one(run_probes(release(documents=[doc]), only=["preprint"]), "preprint")
    assert p.level is Level.OPEN and p.evidence and "Technical Report" in (p.evidence[0].quote or "")


# ----------------------------------------------------------------------------- OSAI licenses
def test_osai_licenses_permissive_non_osi_weights_are_partial():
    ev = [Evidence(source="LICENSE", line=1, quote="x")]

    def findings(verdict):
        return [
            Finding(
                probe="weights-published", level=Level.OPEN, reason="r", evidence=ev, data={"gated": False}
            ),
            Finding(
                probe="weights-license",
                level=Level.OPEN,
                reason="r",
                evidence=ev,
                data={"terms": {"verdict": verdict, "evidence": {"source": "LICENSE"}}},
            ),
            Finding(probe="code-license", level=Level.OPEN, reason="r", evidence=ev, data={"all_osi": True}),
        ]

    p = osai.parameters(findings("open-non-osi"))["licenses"]
    assert p["level"] == "partial" and "not OSI-approved" in p["reason"]
    assert osai.parameters(findings("osi-open"))["licenses"]["level"] == "open"


def test_recipes_folder_is_not_a_training_entry_point():
    r = release(code_repos=[repo("o/chat", ["README.md", "recipes/", "finetune.py", "finetune/"])])
    tc = one(run_probes(r, only=["training-code"]), "training-code")
    assert tc.level is Level.PARTIAL and tc.data["finetune_only"]


def test_osai_licenses_count_training_pipeline_code_only():
    ev = [Evidence(source="LICENSE", line=1, quote="x")]

    def findings(training):
        return [
            Finding(
                probe="weights-published", level=Level.OPEN, reason="r", evidence=ev, data={"gated": False}
            ),
            Finding(
                probe="weights-license",
                level=Level.CLOSED,
                reason="r",
                evidence=ev,
                data={"terms": {"verdict": "restricted", "evidence": {"source": "LICENSE"}}},
            ),
            Finding(probe="code-license", level=Level.OPEN, reason="r", evidence=ev, data={"all_osi": True}),
            Finding(probe="training-code", level=training, reason="r", evidence=ev),
            Finding(probe="data-processing-code", level=Level.CLOSED, reason="r", evidence=ev),
        ]

    inference_only = osai.parameters(findings(Level.CLOSED))["licenses"]
    assert inference_only["level"] == "closed" and "no training code" in inference_only["reason"]
    # the rubric's partial needs at least two of weights, training code and data openly licensed
    assert osai.parameters(findings(Level.OPEN))["licenses"]["level"] == "closed"
    open_data = Finding(
        probe="training-data",
        level=Level.OPEN,
        reason="r",
        evidence=ev,
        data={"datasets": [{"id": "o/d", "license": "odc-by", "open_license": True}]},
    )
    assert osai.parameters([*findings(Level.OPEN), open_data])["licenses"]["level"] == "partial"


def test_training_data_section_command_is_not_training_code():
    readme = "# LM\n\n## Training data\n\n```bash\npython prepare_corpus.py --out data/\n```\n"
    r = release(code_repos=[repo("o/lm", ["README.md", "setup.py", "prepare_corpus.py"], readme=readme)])
    assert one(run_probes(r, only=["training-code"]), "training-code").level is Level.CLOSED


def test_hardware_named_for_running_the_model_is_not_the_training_setup():
    usage = _card_with(
        "\n## How to use\n\nIt runs on two GPUs.\n\n```python\n# for multiple GPUs use "
        "device_map='auto'\n```\n"
    )
    hw = one(run_probes(release(documents=[usage]), only=["architecture-hardware"]), "architecture-hardware")
    assert hw.level is Level.PARTIAL and hw.data["hardware"] is False
    trained = _card_with("\n## Training\n\n### Setup\n\n* GPUs: 96xA100-80G\n")
    hw = one(
        run_probes(release(documents=[trained]), only=["architecture-hardware"]), "architecture-hardware"
    )
    assert hw.level is Level.OPEN and any("96xA100" in (e.quote or "") for e in hw.evidence)
