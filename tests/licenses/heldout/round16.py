# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 16 (issue 14): six short model licences (four restricted, two open), read before any
rule changed, to measure first-run reading after rounds 7 to 15.

First run (commit 2839108): none of six right, and three read as open that are not: "Commercial deployments
with more than 10,000 daily requests need a paid plan", "This permission is revoked for any person who
uses Puffin-Lite to generate spam", and use "solely in connection with Licensee's own internal business
operations". "Use of the Loon model to make decisions about the creditworthiness of individuals is not
permitted" read `unknown`, and both open texts read `unknown`: a list of answered labels ("- Modify: yes",
"- Use: any purpose") and "The model is yours to use, adapt and pass on".
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "creditworthiness decisions": (
        "Loon Model License\n"
        "\n"
        "You may use, copy, modify, merge and distribute the Loon model for any purpose, provided you keep this\n"
        "notice. Use of the Loon model to make decisions about the creditworthiness of individuals is not\n"
        "permitted.\n",
        "restricted",
        "use-restrictions",
    ),
    "daily requests": (
        "Murre License\n"
        "\n"
        "Murre-2 is free software: you can redistribute it and/or modify it under the terms of this license.\n"
        "There is no warranty. Commercial deployments with more than 10,000 daily requests need a paid plan.\n",
        "restricted",
        "user-threshold",
    ),
    "answered list": (
        "Auk Open Model Terms\n"
        "\n"
        "- Use: any purpose\n"
        "- Modify: yes\n"
        "- Share: yes, under these terms\n"
        "- Credit: required\n",
        "open-non-osi",
        None,
    ),
    "revoked for spam": (
        "Puffin-Lite License\n"
        "\n"
        "Permission is granted to use, copy, modify and distribute Puffin-Lite. This permission is revoked for any\n"
        "person who uses Puffin-Lite to generate spam.\n",
        "restricted",
        "use-restrictions",
    ),
    "yours to use": (
        "Guillemot License\n"
        "\n"
        "The model is yours to use, adapt and pass on, commercially or not. Keep the copyright line. That is the\n"
        "only condition.\n",
        "open-non-osi",
        None,
    ),
    "internal business operations": (
        "Razorbill Model License\n"
        "\n"
        "Licensee may use, modify and distribute the Model solely in connection with Licensee's own internal\n"
        "business operations.\n",
        "restricted",
        "personal-use-only",
    ),
}
