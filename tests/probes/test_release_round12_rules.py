"""The rules held-out release round 12 (`tests/assess/heldout_releases.py`, `ROUND_12`) led to, each read in
releases written for this file in other words than the round's: a preprint on a server other than arXiv;
weights said to be kept off the Hub (unknown, not closed: the link is not followed); a catalog dataset that
does not live on the Hub is public; card headings and a denial of unpublished data in Korean, Japanese and
Chinese; base-model cells of several foundations, one closed and one not examined."""

from __future__ import annotations

import pytest

from opengauge.frameworks.osai import _least_open
from opengauge.model import DatasetRef, Document, DocumentKind, FileEntry, Level
from opengauge.probes.cardsections import title_kinds
from opengauge.probes.suite import run_probes
from tests.probes.helpers import release


def _card(text: str, **meta: str) -> Document:
    front = "".join(f"{k}: {v}\n" for k, v in {"license": "apache-2.0", **meta}.items())
    return Document(kind=DocumentKind.MODEL_CARD, path="README.md", text=f"---\n{front}---\n{text}")


def _finding(probe: str, **kw):  # type: ignore[no-untyped-def]
    return next(f for f in run_probes(release(**kw), only=[probe]) if f.probe == probe)


@pytest.mark.parametrize(
    "line",
    [
        "Read the [medRxiv preprint](https://www.medrxiv.org/content/10.1101/2026.02.11.26301234v2).",
        "Preprint: https://papers.ssrn.com/sol3/papers.cfm?abstract_id=5123456",
        "- **Pre-print:** [Research Square](https://www.researchsquare.com/article/rs-4567890/v1)",
    ],
)
def test_a_preprint_on_another_server_is_a_preprint(line: str) -> None:
    f = _finding("preprint", documents=[_card(f"# Demo-7B\n\nA model.\n\n{line}\n")])
    assert f.level is Level.OPEN, f.reason


@pytest.mark.parametrize(
    "text",
    [
        "The checkpoints are hosted on our own file server: see the download page.",
        "Get the weights: https://files.example.org/demo-7b/model-v2.tar.gz",
    ],
)
def test_weights_kept_elsewhere_are_unknown_not_closed(text: str) -> None:
    files = [FileEntry(path="README.md", size=3000), FileEntry(path=".gitattributes", size=500)]
    f = _finding("weights-published", documents=[_card(f"# Demo-7B\n\n{text}\n")], files=files)
    assert f.level is Level.UNKNOWN, f.reason


def test_a_repository_with_no_weights_and_no_pointer_is_closed() -> None:
    files = [FileEntry(path="README.md", size=3000), FileEntry(path=".gitattributes", size=500)]
    f = _finding("weights-published", documents=[_card("# Demo-7B\n\nA model card.\n")], files=files)
    assert f.level is Level.CLOSED, f.reason


def test_a_catalog_dataset_off_the_hub_is_public() -> None:
    card = _card(
        "# Demo-PLM\n\n## Training data\n\nAll cluster representatives of UniRef90 (release 2025_02). "
        "Nothing else was used.\n"
    )
    f = _finding("training-data", documents=[card])
    assert f.level is Level.OPEN, f.reason
    assert [d["catalog"] for d in f.data["datasets"]] == ["uniref"]


def test_a_dataset_the_hub_says_is_gone_stays_unpublished() -> None:
    card = _card(
        "# Demo\n\n## Training data\n\nThe metadata's dataset, nothing else.\n", datasets="laion/laion2B-en"
    )
    gone = DatasetRef(id="laion/laion2B-en", exists=False)
    f = _finding("training-data", documents=[card], datasets=[gone])
    assert f.level is Level.PARTIAL, f.reason


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("모델 개요", "model-details"),
        ("한계와 위험", "limitations"),
        ("使い方", "getting-started"),
        ("評価結果", "evaluation"),
        ("训练数据", "training"),
        ("环境影响", "environmental-impact"),
        ("引用", "citation"),
    ],
)
def test_card_headings_in_korean_japanese_and_chinese(title: str, kind: str) -> None:
    assert kind in title_kinds(title)


def test_a_denial_of_unpublished_data_in_korean_or_japanese_is_no_unpublished_data() -> None:
    for denial in (
        "이 두 데이터셋이 전부이며 비공개 데이터는 사용하지 않았습니다.",
        "この二つのデータセットがすべてで、非公開データは使用していません。",
    ):
        card = _card(
            "# Demo\n\n## 학습 데이터\n\n[demo/web](https://huggingface.co/datasets/demo/web), "
            f"[demo/wiki](https://huggingface.co/datasets/demo/wiki)\n\n{denial}\n"
        )
        linked = [DatasetRef(id=i, license="odc-by", exists=True) for i in ("demo/web", "demo/wiki")]
        f = _finding("training-data", documents=[card], linked_datasets=linked)
        assert "internal" not in f.data, (denial, f.reason)
    said = _card(
        "# Demo\n\n## 학습 데이터\n\n[demo/web](https://huggingface.co/datasets/demo/web) 외에 "
        "비공개 데이터도 사용했습니다.\n"
    )
    f = _finding(
        "training-data",
        documents=[said],
        linked_datasets=[DatasetRef(id="demo/web", license="odc-by", exists=True)],
    )
    assert f.level is Level.PARTIAL and "internal" in f.data, f.reason


def test_one_closed_foundation_makes_the_base_cell_closed_beside_an_unknown_one() -> None:
    assert _least_open([(Level.UNKNOWN, "a"), (Level.CLOSED, "b")])[0] is Level.CLOSED
    assert _least_open([(Level.UNKNOWN, "a"), (Level.PARTIAL, "b")])[0] is Level.UNKNOWN
    assert _least_open([(Level.OPEN, "a"), (Level.PARTIAL, "b")])[0] is Level.PARTIAL
