# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 7 (issue 14): ten short model licenses written for this file, in the styles model
publishers use (a plain-English page, a Markdown table with numbered terms, a RAIL-style list, an MIT
grant with one added sentence, a bulleted terms-of-use page, Apache with added terms, a public-domain
dedication), eight with one restriction and two open. Read before any rule changed.

First run (commit f5aae8f): 5 of 10 right, and one read as open that is not: the Llama user cap retold
("were used by more than 50 million people in the preceding calendar month, Licensee must request a
licence") - the rule refused "used by" as a statistic of past use. Also missed: a headcount cap
with the verb ("employs more than 1,500 people"), hosting that "requires a commercial agreement", a
grant that "gives you a ... licence to", the RAIL list after "You agree that You will not use the
Model:", "the revised terms apply to you", a licence closed to named institutions ("No other person or
entity is licensed"), and the plain grant "give it, changed or not, to anyone" (the "not" read as the
grant's end).
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "headcount": (
        "Kestrel Open Weights Licence 1.0\n"
        "\n"
        "Copyright 2026 Kestrel AI GmbH\n"
        "\n"
        "Permission is granted, free of charge, to any person obtaining these model weights and associated\n"
        'files (the "Weights"), to deal in the Weights without restriction, including the rights to use, copy,\n'
        "modify, merge, publish, distribute, sublicense and sell copies of the Weights, subject to the\n"
        "following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all copies or substantial\n"
        "portions of the Weights.\n"
        "\n"
        "The Weights may not be used by, or on behalf of, any organisation that employs more than 1,500 people\n"
        "without a separate written agreement with Kestrel AI GmbH.\n"
        "\n"
        'THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "restricted",
        "revenue-threshold",
    ),
    "hosting": (
        "# Sparrow Community Terms\n"
        "\n"
        "Welcome! These terms explain what you can do with Sparrow-7B.\n"
        "\n"
        "## The short version\n"
        "\n"
        "| You can | You cannot |\n"
        "|---|---|\n"
        "| run Sparrow-7B on your own hardware | offer Sparrow-7B as a hosted API to third parties |\n"
        "| fine-tune and merge it | remove the safety classifier |\n"
        "| share your fine-tunes | |\n"
        "\n"
        "## The long version\n"
        "\n"
        "1. Sparrow Labs gives you a perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce,\n"
        "   modify and distribute Sparrow-7B and your derivatives of it.\n"
        "2. Hosting Sparrow-7B, or any derivative, as a service that third parties access over a network requires\n"
        "   a commercial agreement with Sparrow Labs.\n"
        "3. These terms are governed by the laws of Ireland.\n",
        "restricted",
        "use-restrictions",
    ),
    "rail": (
        "OPEN RAIL-STYLE LICENSE FOR THE WREN MODEL\n"
        "\n"
        "Section I. Grant. Subject to this License, the Licensor grants You a worldwide, royalty-free,\n"
        "non-exclusive license to reproduce, prepare derivatives of, publicly display, sublicense and\n"
        "distribute the Model and Derivatives.\n"
        "\n"
        "Section II. Use-based restrictions. You agree that You will not use the Model or any Derivative:\n"
        "(a) in any way that violates applicable law;\n"
        "(b) to generate or disseminate verifiably false information with the purpose of harming others;\n"
        "(c) to provide medical advice without the supervision of a licensed professional.\n"
        "\n"
        "Section III. You shall include the restrictions of Section II as an enforceable provision in any\n"
        "agreement under which You distribute the Model or a Derivative, and give notice to the recipient\n"
        "that they are bound by them.\n",
        "restricted",
        "use-restrictions",
    ),
    "public domain": (
        "The Linnet model and its weights are dedicated to the public domain. To the extent possible under\n"
        "law, the authors have waived all copyright and related or neighbouring rights to Linnet. You can copy,\n"
        "modify, distribute and use it, even for commercial purposes, all without asking permission.\n",
        "open-non-osi",
        None,
    ),
    "outputs": (
        "Plover Model License\n"
        "\n"
        "You are free to use, copy, study, modify and redistribute Plover and models derived from it for any\n"
        "purpose, on two conditions: keep this license with every copy, and do not use Plover or anything it\n"
        "outputs to improve a model that is not itself released under this license.\n",
        "restricted",
        "output-training-ban",
    ),
    "branding": (
        "Starling-2 weights: terms of use\n"
        "\n"
        "* You may download, run, adapt and republish Starling-2.\n"
        '* Attribution: credit "Starling-2 by Nightjar Research" in your documentation.\n'
        '* Any product built on Starling-2 must display "Built with Starling" on its start screen and in its\n'
        "  marketing materials.\n"
        "* Nightjar Research may revise these terms; the revised terms apply to you from the date they are\n"
        "  posted on our website.\n",
        "restricted",
        "unilateral-change",
    ),
    "apache plus hardware": (
        "Apache License\n"
        "Version 2.0, January 2004\n"
        "http://www.apache.org/licenses/\n"
        "\n"
        "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n"
        "\n"
        "[... the standard Apache 2.0 text is referenced here and applies in full ...]\n"
        "\n"
        "ADDITIONAL TERMS FOR THE SWIFT MODEL\n"
        "\n"
        "Notwithstanding the Apache License, the Swift model weights may be used only on processors sold by\n"
        "Swift Semiconductor Ltd. Use on any other hardware is not licensed.\n",
        "restricted",
        "platform-tie",
    ),
    "plain english": (
        "Grebe License (plain English)\n"
        "\n"
        "What you get: the right to use Grebe-1B, to look at and change its weights, and to give it, changed or\n"
        "not, to anyone else, for any purpose whatsoever, without paying anything.\n"
        "\n"
        "What we ask: that you say you used Grebe-1B, and that you don't pretend we endorse your product.\n",
        "open-non-osi",
        None,
    ),
    "people per month": (
        "AVOCET MODEL LICENCE\n"
        "\n"
        "1. Licence. You may use, reproduce, modify and distribute the Avocet Model.\n"
        "2. Thresholds. If, on the release date of a version of the Avocet Model, the products or services of\n"
        "   Licensee or its affiliates were used by more than 50 million people in the preceding calendar month,\n"
        "   Licensee must request a licence from Avocet, which Avocet may grant in its sole discretion.\n"
        '3. No warranty. The Avocet Model is provided "as is".\n',
        "restricted",
        "user-threshold",
    ),
    "closed audience": (
        "Curlew Research Licence\n"
        "\n"
        "Curlew-13B is made available to accredited universities and non-profit research institutes. Staff and\n"
        "students of those institutions may use, modify and share Curlew-13B among themselves. No other person\n"
        "or entity is licensed to use Curlew-13B.\n",
        "restricted",
        "use-restrictions",
    ),
}
