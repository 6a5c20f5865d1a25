# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 8 (issue 14): twelve short model licenses written for this file, eight with one or two
restrictions and four open (a BSD whose disclaimer is cut short, a copyleft list, a "no further
restrictions" grant, CC BY by reference), read before any rule changed.

First run (commit 3ef1094): 8 of 12 right, and two read as open that are not: rights that end if the
licensee "publicly disparage[s] the licensor" (and on "a claim of any kind against the licensor"), and a
grant "provided that every deployment runs Turnstone's bundled content filter, unmodified and switched
on" (an exclusion for "free to" read the grant's own "is free to use" as an option to switch the filter
off). Also missed: a use refused in places named far after the verb ("... made available to the public in
the People's Republic of China, Russia or Iran"; the rule knew only the EU there), and distribution
"allowed only through the Sanderling Model Hub". The open four were right at first.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "outputs train no other model": (
        "Merlin Model Agreement\n"
        "\n"
        "1. Grant. Merlin Inc. hereby grants to Licensee a non-exclusive, worldwide, royalty-free license to use,\n"
        "reproduce, distribute, and create derivative works of the Merlin Materials.\n"
        "2. Outputs. Licensee shall not use the Merlin Materials or any output thereof to develop, train, or\n"
        "improve any artificial intelligence model other than Merlin or a derivative of Merlin.\n"
        "3. Governing law. This Agreement is governed by the laws of the State of Delaware.\n",
        "restricted",
        "output-training-ban",
    ),
    "revenue in plain words": (
        "Shrike Weights License\n"
        "\n"
        "Free for everyone: use Shrike, change it, and share it however you like.\n"
        "\n"
        "One exception: if your company or group earned more than USD 5 million last year, you need a paid\n"
        "Shrike Enterprise license before you put Shrike into production.\n",
        "restricted",
        "revenue-threshold",
    ),
    "bsd with a short disclaimer": (
        "Copyright (c) 2026, Pipit Research\n"
        "All rights reserved.\n"
        "\n"
        "Redistribution and use in source and binary forms, with or without modification, are permitted\n"
        "provided that the following conditions are met:\n"
        "\n"
        "1. Redistributions of source code must retain the above copyright notice, this list of conditions\n"
        "   and the following disclaimer.\n"
        "2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions\n"
        "   and the following disclaimer in the documentation and/or other materials provided with the\n"
        "   distribution.\n"
        "3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse\n"
        "   or promote products derived from this software without specific prior written permission.\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED\n'
        "WARRANTIES ARE DISCLAIMED.\n",
        "open-non-osi",
        None,
    ),
    "copyleft list": (
        "# Nuthatch Open Model License\n"
        "\n"
        "You can use, study, modify and redistribute Nuthatch for any purpose.\n"
        "\n"
        "When you redistribute Nuthatch or a model derived from it, you must:\n"
        "\n"
        "- include a copy of this license;\n"
        "- state the changes you made;\n"
        "- release the weights of your derived model under this same license.\n",
        "open-non-osi",
        None,
    ),
    "places after the verb": (
        "Dunlin Model Terms\n"
        "\n"
        "Subject to these terms, you may use, copy, modify and distribute the Dunlin model. You may not use the\n"
        "Dunlin model, its derivatives or its outputs in connection with any product or service that is made\n"
        "available to the public in the People's Republic of China, Russia or Iran.\n",
        "restricted",
        "geographic-restriction",
    ),
    "suit or disparagement": (
        "TEAL MODEL LICENSE v2\n"
        "\n"
        "The licensor grants you the right to use, modify and redistribute the Teal model and derivatives.\n"
        "\n"
        "Your rights under this license end automatically, without notice, if you or your affiliates bring a\n"
        "claim of any kind against the licensor, or if you publicly disparage the licensor or its products.\n",
        "restricted",
        "ethical-conditions",
    ),
    "name and badge": (
        "Godwit License\n"
        "\n"
        "Godwit-4B may be used, copied, modified and shared by anyone for any purpose. A derivative of Godwit-4B\n"
        'must carry a name that begins with "Godwit", and the phrase "Powered by Godwit" must appear in the user\n'
        "interface of any product that uses it.\n",
        "restricted",
        "naming-branding",
    ),
    "ninety-day evaluation": (
        "Whimbrel Evaluation License\n"
        "\n"
        "Whimbrel Labs lets you download and run the Whimbrel model to evaluate it, for up to ninety (90) days from\n"
        "the day you first download it. After that period you must delete all copies unless you have bought a\n"
        "licence. You may modify the model for your evaluation. You may not distribute it.\n",
        "restricted",
        "no-redistribution",
    ),
    "no further restrictions": (
        "Redshank Public Model License\n"
        "\n"
        "Everyone is permitted to use, copy, modify, and distribute the Redshank model and works based on it.\n"
        "Each time you distribute the model or a work based on it, the recipient automatically receives a license\n"
        "from the original licensor on these same terms, and you may not impose any further restrictions on the\n"
        "recipient's exercise of the rights granted here.\n",
        "open-non-osi",
        None,
    ),
    "filter left on": (
        "Turnstone Community License\n"
        "\n"
        "Turnstone is free to use, modify and share, provided that every deployment runs Turnstone's bundled\n"
        "content filter, unmodified and switched on.\n",
        "restricted",
        "guardrail-termination",
    ),
    "one distribution channel": (
        "Sanderling Model License Agreement\n"
        "\n"
        "Sanderling AS grants you a licence to use, copy, modify and distribute the Model. Distribution of the Model\n"
        "or of any derivative is allowed only through the Sanderling Model Hub. You shall report to Sanderling AS,\n"
        "every quarter, the number of end users of each product that incorporates the Model.\n",
        "restricted",
        "platform-tie",
    ),
    "cc-by by reference": (
        "The Knot model is licensed under the Creative Commons Attribution 4.0 International License. To view a\n"
        "copy of this license, visit http://creativecommons.org/licenses/by/4.0/. You are free to share and adapt\n"
        "the model for any purpose, even commercially, as long as you give appropriate credit.\n",
        "open-non-osi",
        None,
    ),
}
