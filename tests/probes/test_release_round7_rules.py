"""The rules held-out release round 7 (`tests/assess/heldout_releases.py`, `ROUND_7`) led to, each read in
cards written for this file in other words than the round's: a license stated only in an HTML table row;
a source's terms told in the training-data section are the data's, not the model's; a negation of the
clause before does not deny an unpublished part of the data; training data told in Chinese, Japanese or
Korean (the section's heading, the datasets named against CJK characters, the unpublished part)."""

from __future__ import annotations

import pytest

from tests.probes.test_card_styles import CLOSED, OPEN, PARTIAL, Case, check, finding

CASES = [
    Case(
        "weights-license",
        OPEN,
        "html-table-license",
        """# Nimbus

<table>
  <tr><th>Field</th><th>Value</th></tr>
  <tr><td>Parameters</td><td>1.2B</td></tr>
  <tr><td>License</td><td>MIT</td></tr>
</table>
""",
        at=("<td>License</td>",),
    ),
    Case(
        "weights-license",
        OPEN,
        "source-terms-in-data-section",
        """---
license: apache-2.0
---
# Nimbus

## Pre-training data
FineWeb-Edu, plus a regional newswire archive, which is licensed to us by the press agency under
terms that do not allow redistribution, so we cannot publish it.
""",
    ),
    Case(
        "training-data",
        PARTIAL,
        "unpublished-after-a-negated-clause",
        """---
datasets:
  - HuggingFaceFW/fineweb-edu
  - HuggingFaceTB/cosmopedia
---
# Nimbus

## Training data
FineWeb-Edu and Cosmopedia, and a licensed court-records archive whose terms do not permit
redistribution, so we cannot share it.
""",
        at=("we cannot share it",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "zh-internal",
        """# Nimbus

## 训练数据
预训练使用了FineWeb-Edu和SlimPajama，以及我们的内部数据（不公开）。
""",
        at=("内部数据",),
    ),
    Case(
        "training-data",
        PARTIAL,
        "ko-internal",
        """# Nimbus

## 학습 데이터
FineWeb-Edu와 SlimPajama, 그리고 비공개 데이터를 사용했습니다.
""",
        at=("비공개 데이터",),
    ),
    Case(
        "training-data",
        CLOSED,
        "ja-no-data-named",
        """# Nimbus

## 使い方
transformersで読み込んで使ってください。
""",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_release_round_7_rule_reads_other_words(case: Case) -> None:
    check(case)


def test_a_source_s_terms_in_the_data_section_add_no_card_terms() -> None:
    """The paragraph that says a source may not be redistributed is not read as the model's terms."""
    f = finding(CASES[1])
    assert f.data.get("card_terms") in (None, []), f.data
