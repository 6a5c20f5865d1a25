"""Hand-made releases for probe tests (facts a source could produce)."""

from __future__ import annotations

from pathlib import Path

from opengauge.model import CodeRepo, DatasetRef, Document, DocumentKind, FileEntry, Release

CARD = """---
license: {license}
{extra}---

# Model Card for Demo-7B

## Model Details

Demo-7B is a decoder-only transformer with 32 layers and a hidden size of 4096.

## Uses

Intended for research on language models; out-of-scope uses include medical advice.

## Bias, Risks, and Limitations

The model may produce biased or wrong statements and must not be used unsupervised.

## How to Get Started

Load it with `from transformers import AutoModelForCausalLM` and call generate.

## Training Details

### Training Data

Trained on 2 trillion tokens of the public corpus listed in the datasets field, filtered for quality.

## Evaluation

| task | score |
|---|---|
| arc | 51.2 |

## Environmental Impact

Trained on 256 A100 GPUs for 10 days, about 60,000 GPU hours.

## Citation

@inproceedings{{demo2024, booktitle={{Proceedings of ACL 2024}}}}
"""


def card(license: str = "apache-2.0", extra: str = "") -> Document:
    return Document(
        kind=DocumentKind.MODEL_CARD, path="README.md", text=CARD.format(license=license, extra=extra)
    )


def weights(gated: bool = False) -> list[FileEntry]:
    return [
        FileEntry(path="README.md", size=3000),
        FileEntry(path="config.json", size=600),
        FileEntry(path="model-00001-of-00002.safetensors", size=4_900_000_000, lfs=True),
        FileEntry(path="model-00002-of-00002.safetensors", size=4_000_000_000, lfs=True),
    ]


def repo(
    name: str, paths: list[str], *, spdx: str | None = "Apache-2.0", readme: str | None = "# Code\n"
) -> CodeRepo:
    docs = (
        [Document(kind=DocumentKind.README, path="README.md", text=readme, repo=f"gh:{name}")]
        if readme
        else []
    )
    return CodeRepo(
        ref=f"gh:{name}",
        url=f"https://github.com/{name}",
        revision="a" * 40,
        license_spdx=spdx,
        files=[FileEntry(path=p) for p in paths],
        documents=docs,
    )


def release(**kw) -> Release:
    base = dict(
        ref="hf:demo/Demo-7B",
        source="hub",
        id="demo/Demo-7B",
        revision="b" * 40,
        url="https://huggingface.co/demo/Demo-7B",
        metadata={"license": "apache-2.0"},
        documents=[card()],
        files=weights(),
    )
    base.update(kw)
    return Release(**base)


DATASET = DatasetRef(
    id="demo/corpus", url="https://huggingface.co/datasets/demo/corpus", license="odc-by", exists=True
)


#: The equivalence tests of the probes' search shortcuts (`test_prefilter`, `test_literal_table`) read every
#: this-many-th corpus card, and a few generated ones, within the suite's time budget.
CARD_SAMPLE_STEP = 4


def sample_cards(release_corpus: Path, *, rows: int, last: int, seed: int) -> list[str]:
    """Every `CARD_SAMPLE_STEP`-th corpus model card, and the cards of the `last` of `rows` rows
    `bench.dumpgen` makes from the corpus with `seed` (its first rows are the corpus cards themselves)."""
    from bench.dumpgen import generate

    texts = [p.read_text("utf-8", "replace") for p in sorted(release_corpus.glob("*/README.md"))]
    made = [r["card"] for r in generate(rows, releases=release_corpus, seed=seed)]
    return texts[::CARD_SAMPLE_STEP] + made[-last:]
