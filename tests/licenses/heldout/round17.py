# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 17 (issue 14): six short model licences (four restricted, two open), read before any
rule changed.

First run (commit 166b3ba): 3 of 6 right, and one read as open that is not: "The licence does not cover use
by or for any government agency". A cap of "up to 4 GPUs per deployment" and the open "We only ask that
you cite our paper" read `unknown`.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "no competing llm": (
        "Gadwall Model License\n"
        "\n"
        "You may use, copy, modify and distribute Gadwall. You may not use Gadwall, or content it generates, to\n"
        "build or improve a competing large language model.\n",
        "restricted",
        "output-training-ban",
    ),
    "any lawful purpose": (
        "Teal Open License\n"
        "\n"
        "Teal may be used for any lawful purpose, modified and redistributed by anyone. Redistributions must keep\n"
        "this license and the list of contributors.\n",
        "open-non-osi",
        None,
    ),
    "four gpus": (
        "Pintail Model License\n"
        "\n"
        "Pintail is licensed to you for use on up to 4 GPUs per deployment. Larger deployments require an\n"
        "enterprise license.\n",
        "restricted",
        "user-threshold",
    ),
    "us deployments registered": (
        "Wigeon License\n"
        "\n"
        "Everyone may use, study, adapt and share Wigeon. Organisations based in the United States must register\n"
        "their deployment with Wigeon Labs within 14 days.\n",
        "restricted",
        "notification-duty",
    ),
    "government agencies left out": (
        "Shoveler Model Licence\n"
        "\n"
        "You are granted a free licence to use, modify and share the Shoveler model. The licence does not cover\n"
        "use by or for any government agency.\n",
        "restricted",
        "use-restrictions",
    ),
    "a citation asked": (
        "Smew License\n"
        "\n"
        "Smew can be used, changed and shared without restriction, including commercially. We only ask that you\n"
        "cite our paper if you publish research using Smew.\n",
        "open-non-osi",
        None,
    ),
}
