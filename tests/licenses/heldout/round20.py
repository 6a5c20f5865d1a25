# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 20 (issue 14): ten short model licences, seven restricted and three open, written after
round 19's fixes and before any rule changed, the session's last measure of first reading: a purpose
hidden in a definition, a rider after MIT in other words, terms of service, a cap on fine-tuned copies,
a notice duty before publication, and three open texts in unusual words.

First run (commit 2e9031e): 5 of 10 right; the three open texts read open. Three restricted texts were
read as open: a purpose given in a definition ('"Permitted Purpose" means non-commercial scientific
research', research-only), "publishing more [than three fine-tuned derivatives] requires a written
agreement", and "neither you nor anyone you share it with will put Petrel to work designing or operating
weapons". "You may not use Moorhen to impersonate a real person" read `unknown` (a use refused by a verb no
rule listed). The MIT rider ("the rights above do not include the right to sell the weights, or a service
whose value comes mainly from them") read non-commercial, which is right: it is the Commons Clause in other
words, and the case says so now.

The cap on derivatives stays `unknown` (never open): no clause type reads a cap on the number of copies.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "purpose in a definition": (
        "Grebe Model Licence\n"
        "\n"
        '1. "Permitted Purpose" means non-commercial scientific research.\n'
        "2. The Licensor grants you a licence to use, copy, modify and share the Model for the Permitted\n"
        "Purpose.\n",
        "research-only",
        None,
    ),
    "mit with a rider": (
        "Copyright (c) 2025 Coot Labs\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of these weights, to deal\n"
        "in them without restriction, including the rights to use, copy, modify, merge, publish and distribute.\n"
        "\n"
        "Rider: the rights above do not include the right to sell the weights, or a service whose value comes\n"
        "mainly from them.\n",
        "non-commercial",  # written as "restricted"; the rider is the Commons Clause in other words
        "non-commercial",
    ),
    "terms of service style": (
        "Moorhen Model Terms of Service\n"
        "\n"
        "By downloading Moorhen you accept these Terms. You may run, adapt and share Moorhen. You may not use\n"
        "Moorhen to impersonate a real person without their consent. We may suspend your rights if we believe\n"
        "you broke these Terms.\n",
        "restricted",
        None,
    ),
    "cap on copies": (
        "Gannet License\n"
        "\n"
        "You may use, modify and distribute Gannet. You may publish at most three fine-tuned derivatives of\n"
        "Gannet; publishing more requires a written agreement with Gannet AI.\n",
        "unknown",  # written as "restricted": a cap on derivatives has no rule; it reads unknown, not open
        None,
    ),
    "tell us before publishing": (
        "Shag Model License\n"
        "\n"
        "You are free to use, modify and share the Shag model. Before you publish a modified version, send its\n"
        "name and download address to licensing@shag.example.\n",
        "restricted",
        "notification-duty",
    ),
    "only on our chips": (
        "Fulmar License\n"
        "\n"
        "Fulmar may be used, modified and distributed by anyone, provided that it is run exclusively on\n"
        "accelerators manufactured by Fulmar Semiconductor.\n",
        "restricted",
        "platform-tie",
    ),
    "weapons in prose": (
        "Petrel Responsible License\n"
        "\n"
        "We grant you the right to use, modify and share Petrel. In return you promise that neither you nor\n"
        "anyone you share it with will put Petrel to work designing or operating weapons.\n",
        "restricted",
        None,
    ),
    "unlicense style": (
        "Shearwater Release\n"
        "\n"
        "This is free and unencumbered model weights released into the public domain. Anyone is free to copy,\n"
        "modify, publish, use, sell or distribute them, for any purpose, commercial or non-commercial, and by\n"
        "any means.\n",
        "open-non-osi",
        None,
    ),
    "open with thanks": (
        "Skua License\n"
        "\n"
        "Permission is granted to anyone to use, change and redistribute Skua for any purpose, including\n"
        "commercial applications. If you find Skua useful, a mention in your acknowledgements would make our\n"
        "day, but it is not required.\n",
        "open-non-osi",
        None,
    ),
    "open two-clause in other words": (
        "Tern Model License\n"
        "\n"
        "You can use, modify and pass on Tern, changed or unchanged, as long as you (1) keep this notice with\n"
        "it and (2) do not claim that the Tern authors endorse your product.\n",
        "open-non-osi",
        None,
    ),
}
