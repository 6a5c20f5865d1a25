# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 13 (issue 14): ten short model licenses written for this file (a purpose in a schedule,
a safety evaluation before release, a grant-back of improvements, a notice every user must see, use tied
to the licensor's API), read before any rule changed.

First run (commit e15d651): 6 of 10 right, and two read as open that are not: "only as part of an
application that calls the Pipit Cloud API", and "You must give Siskin AB a non-exclusive, royalty-free
licence to any improvements you make". Two read `unknown`, never open: a derivative that "you must
submit ... to Nightingale Labs for a safety evaluation" before release, and the defence sector refused.
"Use, copy, modify and distribute Redpoll as you wish" was not read as a grant, nor the notice "every
public deployment must show the end user" as branding.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "licensed purpose in a schedule": (
        "Sparrowhawk Model License\n"
        "\n"
        "1. Licensor grants to Licensee a worldwide, royalty-free license to use, copy, modify and distribute the\n"
        "   Model for the Licensed Purpose.\n"
        "2. Licensee shall not use the Model other than for the Licensed Purpose.\n"
        "\n"
        "Schedule 1\n"
        "Licensed Purpose: internal evaluation and benchmarking of the Model by Licensee.\n",
        "restricted",
        "use-restrictions",
    ),
    "safety evaluation first": (
        "Nightingale License\n"
        "\n"
        "You may use, modify and redistribute Nightingale for any purpose. Before you release a derivative of\n"
        "Nightingale, you must submit it to Nightingale Labs for a safety evaluation, and you may release it only\n"
        "once the evaluation is complete.\n",
        "restricted",
        "notification-duty",
    ),
    "fewer than 50 employees": (
        "Lapwing Model License\n"
        "\n"
        "The Lapwing model may be used, modified and shared by individuals and by organisations with fewer than\n"
        "50 employees. Larger organisations need a commercial licence.\n",
        "restricted",
        "revenue-threshold",
    ),
    "defence sector": (
        "Bunting Terms\n"
        "\n"
        "You can download Bunting-8B, change it and redistribute it. You must not use Bunting-8B or its\n"
        "derivatives to develop products or services for the defence sector or for any armed forces.\n",
        "restricted",
        "use-restrictions",
    ),
    "guidelines as updated": (
        "Wagtail Model License\n"
        "\n"
        "Wagtail Labs grants you the right to use, copy, modify and distribute Wagtail, provided that you use it\n"
        "only in accordance with the safety guidelines in the Wagtail documentation, as Wagtail Labs may update\n"
        "them.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "only with the licensor's api": (
        "Pipit-Edge Licence\n"
        "\n"
        "Pipit-Edge may be used, changed and shared freely, but only as part of an application that calls the\n"
        "Pipit Cloud API for content moderation.\n",
        "restricted",
        "platform-tie",
    ),
    "100 customers": (
        "Warbler Model Agreement\n"
        "\n"
        "Licensee may use, modify and distribute the Model. Licensee shall not use the Model to provide any service\n"
        "to more than 100 customers without Warbler's prior consent.\n",
        "restricted",
        "user-threshold",
    ),
    "improvements licensed back": (
        "Siskin Weights License\n"
        "\n"
        "The Siskin weights are free to use, modify and redistribute for any purpose. You must, however, give\n"
        "Siskin AB a non-exclusive, royalty-free licence to any improvements you make to the weights, and send\n"
        "them to us on request.\n",
        "restricted",
        "notification-duty",
    ),
    "notice to every user": (
        "Redpoll License\n"
        "\n"
        "Use, copy, modify and distribute Redpoll as you wish. Every public deployment must show the end user the\n"
        'notice "This service uses Redpoll by Redpoll Inc." before the first interaction.\n',
        "restricted",
        "naming-branding",
    ),
    "crossbill open": (
        "Crossbill Open License\n"
        "\n"
        "You may use, study, modify and distribute Crossbill for any purpose, without charge. If you distribute\n"
        "it, include this license. That's all.\n",
        "open-non-osi",
        None,
    ),
}
