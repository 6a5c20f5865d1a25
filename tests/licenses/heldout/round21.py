# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 21 (issue 14): eight short model licences, six restricted and two open, written after
the duty rule (an unknown text's unusual duty is an unread limit) and before any rule changed, to measure
how often a restricted text still reads as open at first.

First run (commit 0fc737b): 3 of 8 right, and one restricted text read as open: "The rights granted here
expire five years after the release date" (the number words of the time-limit rule stopped at "four").
Three restricted texts read `unknown`, not open, two of them through the duty rule (a watermark to keep,
a quarterly usage statement to send) and one as not recognised (a licence "for use by schools,
universities and other educational institutions"); the open text that asks to share a modified version's
training code and weights "under this license" read `unknown` (a usual copyleft duty the duty list did not
have). All eight read as written now.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "watermark kept": (
        "Avocet-2 Licence\n"
        "\n"
        "You may use, modify and share Avocet-2 for any purpose. Images produced with Avocet-2 shall carry the\n"
        "invisible Avocet watermark, and you shall not strip it.\n",
        "restricted",
        None,
    ),
    "quarterly statement": (
        "Brambling Model License\n"
        "\n"
        "Brambling may be used, adapted and redistributed by anyone. Companies using Brambling in production\n"
        "shall send Brambling Ltd a quarterly statement of the number of requests served.\n",
        "restricted",
        None,
    ),
    "only approved fine-tunes": (
        "Crossbill License\n"
        "\n"
        "You are granted the right to use and share Crossbill. Fine-tuned versions may be published once\n"
        "Crossbill Labs has reviewed and approved them.\n",
        "restricted",
        None,
    ),
    "indemnity for outputs and audits": (
        "Dunlin Model Agreement\n"
        "\n"
        "Subject to this Agreement, you may use, copy, modify and distribute the Model. Dunlin may audit your\n"
        "use of the Model once a year, and you agree to give Dunlin's auditors access to your systems.\n",
        "restricted",
        None,
    ),
    "education sector only": (
        "Eider Licence\n"
        "\n"
        "Eider is licensed for use by schools, universities and other educational institutions, which may\n"
        "modify and share it among themselves.\n",
        "restricted",
        None,
    ),
    "five year term": (
        "Fieldfare License\n"
        "\n"
        "You may use, modify and distribute Fieldfare. The rights granted here expire five years after the\n"
        "release date shown above.\n",
        "restricted",
        "time-limit",
    ),
    "zero clause": (
        "Godwit License\n"
        "\n"
        "Permission to use, copy, modify, and/or distribute this model for any purpose with or without fee is\n"
        "hereby granted. THE MODEL IS PROVIDED AS IS AND THE AUTHOR DISCLAIMS ALL WARRANTIES.\n",
        "open-non-osi",
        None,
    ),
    "open with source offer": (
        "Hobby Model License\n"
        "\n"
        "You may use, study, modify and share Hobby freely. When you share a modified Hobby, you must also share\n"
        "the training code and weights of your version under this license.\n",
        "open-non-osi",
        None,
    ),
}
