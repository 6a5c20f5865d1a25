# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 14 (issue 14): six short model licences in legal drafting (defined terms, a proviso in
capitals, "shall procure that", "notwithstanding anything to the contrary"), read before any rule
changed.

First run (commit f398976): 3 of 6 right, and two read as open that are not: "PROVIDED ALWAYS THAT no
recipient shall deploy the Model ... in connection with any system the primary purpose of which is the
generation of advertising content", and rights that "terminate ... upon the Licensee's failure to
implement ... any safety updates" (forced updates). "The Model may be operated only by Authorised Users"
read `unknown`. A licence whose obligations pass to every recipient, with no restriction among them,
stays open.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "authorised users only": (
        "MOORHEN MODEL LICENCE AGREEMENT\n"
        "\n"
        "1. INTERPRETATION\n"
        '1.1 "Authorised User" means an individual employed by the Licensee who has completed the Licensor\'s\n'
        "online responsible-use training.\n"
        '1.2 "Model" means the Moorhen-13B weights.\n'
        "\n"
        "2. LICENCE\n"
        "2.1 Subject to clause 3, the Licensor grants the Licensee a non-exclusive, worldwide, royalty-free\n"
        "licence to use, reproduce, modify and distribute the Model.\n"
        "\n"
        "3. CONDITIONS\n"
        "3.1 The Model may be operated only by Authorised Users.\n",
        "restricted",
        "personal-use-only",
    ),
    "proviso against advertising systems": (
        "COOT MODEL LICENSE\n"
        "\n"
        "WHEREAS the Licensor wishes to make the Model widely available; NOW, THEREFORE, the Licensor hereby grants\n"
        "to each recipient a perpetual, worldwide, non-exclusive, no-charge licence to reproduce, prepare\n"
        "Derivative Works of, publicly display, sublicense, and distribute the Model and such Derivative Works,\n"
        "PROVIDED ALWAYS THAT no recipient shall deploy the Model or any Derivative Work in connection with any\n"
        "system the primary purpose of which is the generation of advertising content.\n",
        "restricted",
        "use-restrictions",
    ),
    "obligations passed on": (
        "RAIL MODEL LICENCE (GREBE VARIANT)\n"
        "\n"
        "Section 5. The Licensee shall procure that each of its Affiliates, and each person to whom the Licensee\n"
        "makes the Model available, complies with the obligations set out in this Licence as if it were a party\n"
        "to it.\n"
        "\n"
        "Section 6. Subject to Section 5, the Licensee may use, copy, modify and distribute the Model for any\n"
        "purpose.\n",
        "open-non-osi",
        None,
    ),
    "revenue in the prior twelve months": (
        "GALLINULE LICENSE\n"
        "\n"
        "Notwithstanding anything to the contrary herein, the Licensor's grant of rights hereunder is conditional\n"
        "upon the Licensee not having, during the twelve (12) months preceding the exercise of any such right,\n"
        "received revenue in excess of ten million United States dollars (USD 10,000,000).\n"
        "\n"
        "Subject to the foregoing, the Licensee may use, reproduce, modify and distribute the Model.\n",
        "restricted",
        "revenue-threshold",
    ),
    "biometric categorisation": (
        "RAIL-LIKE LICENCE FOR THE CRAKE MODEL\n"
        "\n"
        "The Licensor grants You a worldwide, royalty-free, non-exclusive licence to use, reproduce, modify and\n"
        "distribute the Model, save that You shall not, and shall not permit any third party to, use the Model for\n"
        "the purposes of, or in connection with, the creation of any biometric categorisation system.\n",
        "restricted",
        "use-restrictions",
    ),
    "updates forced by termination": (
        "RAIL LICENCE — JACANA\n"
        "\n"
        "The rights granted herein shall automatically terminate, without notice, upon the Licensee's failure to\n"
        "implement, within thirty (30) days of their publication by the Licensor, any safety updates to the Model.\n"
        "\n"
        "Subject to the foregoing, the Licensee may use, modify and distribute the Model.\n",
        "restricted",
        "remote-control",
    ),
}
