# ruff: noqa: E501 (the Chinese sentences are kept whole)
"""Terms written in Chinese that held-out licence round 58 found unread or misread: a revenue cap with the
figure in the financial numerals contracts write sums in, and a fee that is said not to be owed."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze

#: An open grant in Chinese: every freedom, commercial use included.
GRANT = "许可方授予您一项全球范围内的、永久的、免许可费的许可，允许您使用、复制、修改和分发本模型，包括将其用于商业目的。\n\n"


def _blocking(sentence: str) -> set[str]:
    return {str(c.type) for c in analyze(GRANT + sentence + "\n", document="LICENSE").blocking}


@pytest.mark.parametrize(
    "sentence",
    [
        "如您及您的关联方在上一会计年度的营业收入合计超过人民币伍亿元，则本协议授予的许可不适用于您。",
        "年收入高于1亿元的企业须另行取得商业许可。",
        "若被许可方的营业额达到五千万美元，应当向许可方申请单独的授权。",
        "本许可仅适用于年度收入低于人民币贰仟万元的被许可方。",
        "销售收入超出¥100,000,000的，须与许可方另行签订协议。",
    ],
)
def test_a_revenue_cap_in_chinese_is_a_revenue_threshold(sentence: str) -> None:
    assert "revenue-threshold" in _blocking(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "前款规定适用于所有被许可方，不论您及您的关联方的营业收入或企业规模如何。",
        "您可以将本模型用于产生收入的商业产品。",
    ],
)
def test_revenue_compared_with_nothing_is_no_threshold(sentence: str) -> None:
    report = analyze(GRANT + sentence + "\n", document="LICENSE")
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI, report.summary()


@pytest.mark.parametrize(
    "sentence",
    [
        "您可以将本模型用于任何商业目的，无需另行取得许可方的许可，亦无需向许可方支付任何费用。",
        "被许可方无须缴纳任何许可费。",
        "使用本模型不需支付使用费。",
    ],
)
def test_a_fee_said_not_to_be_owed_is_no_fee(sentence: str) -> None:
    assert "fee-required" not in _blocking(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["您必须每年向许可方支付许可费。", "商业使用前，被许可方须缴纳年度使用费。"],
)
def test_a_fee_owed_in_chinese_is_fee_required(sentence: str) -> None:
    assert "fee-required" in _blocking(sentence)
