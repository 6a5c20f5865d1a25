# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 12 (issue 14): ten open model licenses written for this file, in the styles of the
earlier rounds' restricted ones (headings of freedoms and duties, a yes/no table, bold labels, "Prohibited
uses: none", fields of use named only in a disclaimer), to check that reading lists and tables through
their headings does not invent restrictions. Read before any rule changed.

First run (commit 648800e): 7 of 10 open, none restricted. Three read `unknown`, never restricted: the
zlib-style "you must not claim that you trained the original" (the misrepresentation clause split at its
semicolon), "We ask (but do not require) that you tell us what you build" (a request said not to be
required), and a summary in bold labels ("**Permissions:** commercial use, modification, distribution,
private use."; a bold label's value is now an item of its label's scope).
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "headings of freedoms and duties": (
        "# Plover Open Weights License\n"
        "\n"
        "## What you can do\n"
        "- Use Plover for anything, including commercial products.\n"
        "- Change it, fine-tune it, merge it.\n"
        "- Share it, with or without changes, for free or for a fee.\n"
        "\n"
        "## What you must do\n"
        "- Keep this license file with every copy.\n"
        "- Say what you changed.\n",
        "open-non-osi",
        None,
    ),
    "yes table": (
        "| You may | Yes/No |\n"
        "|---|---|\n"
        "| Use commercially | Yes |\n"
        "| Modify | Yes |\n"
        "| Redistribute | Yes |\n"
        "| Sublicense | Yes |\n",
        "open-non-osi",
        None,
    ),
    "zlib-like": (
        "Sandpiper License\n"
        "\n"
        "Permission is granted to anyone to use this model for any purpose, including commercial applications,\n"
        "and to alter it and redistribute it freely, subject to the following restrictions:\n"
        "\n"
        "1. The origin of this model must not be misrepresented; you must not claim that you trained the original.\n"
        "2. Altered versions must be plainly marked as such, and must not be misrepresented as being the original.\n"
        "3. This notice may not be removed or altered from any distribution.\n",
        "open-non-osi",
        None,
    ),
    "a request not required": (
        "Tattler Model License\n"
        "\n"
        "You can do whatever you want with Tattler-1B: use it, study it, change it, and give copies to others, for\n"
        "any purpose. We ask (but do not require) that you tell us what you build: hello@tattler.example.\n",
        "open-non-osi",
        None,
    ),
    "copyleft no further restrictions": (
        "Whistler Public Model License\n"
        "\n"
        "1. You may use, copy, modify and distribute the Model, in any medium, for any purpose.\n"
        "2. If you distribute a modified Model, you must release it under this License, and you may not add\n"
        "   restrictions that would prevent recipients from exercising the rights granted here.\n"
        "3. Nothing in this License restricts fair use or any use permitted by law.\n",
        "open-non-osi",
        None,
    ),
    "prohibited uses none": (
        "Phalarope Model License\n"
        "\n"
        "Prohibited uses: none. This license places no restriction on how the model is used.\n"
        "\n"
        "You may use, modify and redistribute the model for any purpose.\n",
        "open-non-osi",
        None,
    ),
    "irrevocable": (
        "Avocet-Lite License\n"
        "\n"
        "The Licensor grants you a perpetual, irrevocable, worldwide, royalty-free licence to use, reproduce,\n"
        "modify and distribute Avocet-Lite. This licence does not terminate, even if the Licensor changes its\n"
        "terms for future versions; versions you already received stay under these terms.\n",
        "open-non-osi",
        None,
    ),
    "risks disclaimed": (
        "Ruff Model License\n"
        "\n"
        "Anyone may use, copy, modify, and distribute this model for any purpose. The model is provided without\n"
        "warranty. The authors are not liable for any use of the model, including uses in medical, legal or\n"
        "military settings, which are your own responsibility.\n",
        "open-non-osi",
        None,
    ),
    "notice and endorsement": (
        "Stint License\n"
        "\n"
        "You may use, modify and share Stint for any purpose. You must not remove the copyright notice. You must\n"
        "not use the authors' names to endorse your products without permission.\n",
        "open-non-osi",
        None,
    ),
    "bold labels": (
        "Knot License (summary)\n"
        "\n"
        "**Permissions:** commercial use, modification, distribution, private use.\n"
        "**Conditions:** include the license and copyright notice.\n"
        "**Limitations:** no liability, no warranty.\n",
        "open-non-osi",
        None,
    ),
}
