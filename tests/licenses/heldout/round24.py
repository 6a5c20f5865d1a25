# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 24 (issue 14): eight model licences written after round 23's fixes, each with its limit in
a place the earlier rounds used little: a footnote, a parenthesis inside the grant, a schedule of
permitted fields, a clause on hosted services only, a reciprocal licence-back of improvements, and three
open texts (one with a trademark clause, one with an export-law clause, one with a citation request).
Written before any rule changed.

First run (commit 2691e90): 6 of 8 right, every open text read open; one restricted text read as open: the
footnote "[1] Except use by, or on behalf of, any armed forces or intelligence agency" (a use carved out
by "except" and naming such a field is now a use restriction). A grant "in the Fields of Use set out in
Schedule 1" read `unknown` (it grants no sharing), never open; a grant confined to fields listed in a
schedule is now a use restriction.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "footnote": (
        "Kittiwake Model License\n"
        "\n"
        "You may use, copy, modify and distribute Kittiwake-7B for any purpose.[1]\n"
        "\n"
        "Kittiwake-7B is provided as is.\n"
        "\n"
        "[1] Except use by, or on behalf of, any armed forces or intelligence agency.\n",
        "restricted",
        "use-restrictions",
    ),
    "parenthesis in the grant": (
        "Lorikeet License 1.0\n"
        "\n"
        "Lorikeet Labs grants you a worldwide, royalty-free license to use, reproduce, modify and distribute "
        "the Lorikeet weights (for non-commercial purposes only) and to create derivative models.\n"
        "\n"
        "The weights are provided without warranty.\n",
        "non-commercial",
        "non-commercial",
    ),
    "schedule of fields": (
        "MANAKIN MODEL AGREEMENT\n"
        "\n"
        "1. Licence. Manakin grants you a licence to use and modify the Model in the Fields of Use set out in "
        "Schedule 1.\n"
        "2. Warranty. None.\n"
        "\n"
        "Schedule 1 - Fields of Use\n"
        "(a) education;\n"
        "(b) academic research;\n"
        "(c) non-profit healthcare.\n",
        "restricted",
        None,
    ),
    "hosted services only": (
        "Nighthawk Source-Available License\n"
        "\n"
        "You may use, modify and redistribute Nighthawk-13B. You may not, however, provide Nighthawk-13B or "
        "any derivative of it to third parties as a managed or hosted service.\n",
        "restricted",
        None,
    ),
    "licence back": (
        "Oystercatcher Model License\n"
        "\n"
        "1. You may use, modify and distribute the Model for any purpose.\n"
        "2. You hereby grant Oystercatcher Inc. a perpetual, irrevocable, royalty-free license to use, modify "
        "and commercialise any improvements or derivative models you make, and you must send them to "
        "Oystercatcher Inc. within 30 days of their creation.\n",
        "unknown",
        None,
    ),
    "open with trademarks": (
        "Puffin Model License\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of the Puffin weights, to "
        "use, copy, modify, merge, publish, distribute, sublicense and sell copies of them, for any purpose.\n"
        "\n"
        "This license does not grant permission to use the trade names, trademarks or logos of Puffin AI, "
        "except as required to describe the origin of the weights.\n"
        "\n"
        "THE WEIGHTS ARE PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n",
        "open-non-osi",
        None,
    ),
    "open with export law": (
        "Quail Open Weights License\n"
        "\n"
        "Quail AI grants everyone a free, worldwide, perpetual licence to use, study, modify and share the "
        "Quail weights, for any purpose, including commercial purposes.\n"
        "\n"
        "You are responsible for complying with applicable export control laws when you distribute the "
        "weights.\n"
        "\n"
        "No warranty is given.\n",
        "open-non-osi",
        None,
    ),
    "open with a citation request": (
        "Rail Bird License\n"
        "\n"
        "Anyone may use, copy, change and pass on the Rail Bird weights, for any purpose and free of charge.\n"
        "\n"
        "If you publish research that uses Rail Bird, we would be grateful if you cited our paper; this is a "
        "request, not a condition of this license.\n"
        "\n"
        "THE WEIGHTS COME WITH NO WARRANTY.\n",
        "open-non-osi",
        None,
    ),
}
