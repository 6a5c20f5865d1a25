"""Held-out round 15 (issue 14): eight short model licences in Chinese, the other language model
licences are commonly written in (Qwen, GLM, Baichuan, Yi), read before any rule changed.

First run (commit 5ca1886): every text read `unknown` ("not recognised"), never open but never read: the
clause rules knew Chinese only for non-commercial and research-only terms, and the grant reader's
patterns need spaces between words. Now a Chinese grant is read by its own words (`licenses/cjk.py`),
rules read a user cap, an output-training ban, a military-use ban, a territory limit, a naming duty and
a fee, and an unknown text's Chinese sentences that refuse or oblige ("必须", "不得") are unread limits, so
an open grant beside an unread condition is `unknown`, not open ("您必须每年向许可方支付许可费" was
added to check it; it now reads as a fee). "不可撤销" (irrevocable) limits nothing.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "monthly active users": (
        "白鹭模型许可协议\n"
        "\n"
        "1. 许可方授予您全球范围内、免费的、非排他的许可，以使用、复制、修改和分发本模型。\n"
        "2. 如果您或您的关联方的产品或服务的月活跃用户数超过1亿，您必须向许可方申请商业许可。\n",
        "restricted",
        "user-threshold",
    ),
    "outputs train no other model": (
        "朱鹮模型许可\n"
        "\n"
        "您可以使用、复制、修改和分发本模型。您不得将本模型或其输出用于训练其他大语言模型。\n",
        "restricted",
        "output-training-ban",
    ),
    "military use": (
        "翠鸟模型使用条款\n"
        "\n"
        "许可方授予您使用、修改和分发本模型的权利。您不得将本模型用于军事用途或任何违法活动。\n",
        "restricted",
        "use-restrictions",
    ),
    "anyone for any purpose": (
        "喜鹊模型许可证\n"
        "\n"
        "任何人均可免费使用、研究、修改和分发本模型，可用于任何目的，包括商业用途。分发时请保留本许可证。\n",
        "open-non-osi",
        None,
    ),
    "inside the PRC only": (
        "黄鹂模型许可\n\n本模型仅限中华人民共和国境内使用。您可以使用、复制和修改本模型。\n",
        "restricted",
        "geographic-restriction",
    ),
    "name and product marked": (
        "画眉模型许可协议\n"
        "\n"
        '您可以使用、复制、修改和分发本模型。基于本模型的衍生模型，其名称必须以"画眉"开头，并在产品界面显示"基于画眉模型"。\n',
        "restricted",
        "naming-branding",
    ),
    "annual fee": (
        "杜鹃模型许可\n\n您可以使用、复制、修改和分发本模型。您必须每年向许可方支付许可费。\n",
        "restricted",
        "fee-required",
    ),
    "irrevocable grant": (
        "鹈鹕模型许可\n"
        "\n"
        "许可方授予您全球范围内、免费的、不可撤销的许可，以使用、复制、修改和分发本模型，不论修改与否。\n",
        "open-non-osi",
        None,
    ),
}
