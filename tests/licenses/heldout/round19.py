# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 19 (issue 14): twelve short model licences, nine restricted and three open, written
after round 18's fixes and before any rule changed, to measure first reading: a license as YAML, a
tiered licence, an attachment of forbidden uses, a revocable grant, a void-where clause, and plain
dedications.

First run (commit 6db6ce5): 6 of 12 right; the three open texts read open. Two restricted texts were read
as open: "This licence is void in the member states of the European Union" (territory limit) and "If your
application ... generates revenue, you must first obtain a commercial licence" (non-commercial). Four read
`unknown` or short: a waiver in plain words ("give up all our copyright", open), a refusal pointing at an
attachment ("for any of the purposes in Attachment A" over a plain "Attachment A" line), the use
restrictions a share-alike clause passes on, and the license written as YAML keys.

The YAML text stays `unknown`: its "limitations:" key lists commercial use, and "limitations" is not read
as a list of refused uses (a model card's "Limitations" lists what the model does badly). Reading
"permissions:" as a heading made it read open, so a plain line with a colon is still read only as a
lead-in.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "yaml license": (
        "# Rook Model License (machine-readable)\n"
        "permissions:\n"
        "  - use\n"
        "  - modify\n"
        "  - distribute\n"
        "limitations:\n"
        "  - commercial-use\n"
        "conditions:\n"
        "  - include-copyright\n",
        "unknown",  # stays unknown, never open: see the module's note
        None,
    ),
    "free tier and enterprise tier": (
        "Jackdaw License\n"
        "\n"
        "Free tier: individuals and organisations may use, modify and share Jackdaw at no cost, provided their\n"
        "deployment serves fewer than 100,000 monthly active users.\n"
        "Enterprise tier: all other deployments require a paid enterprise agreement.\n",
        "restricted",
        "user-threshold",
    ),
    "attachment of forbidden uses": (
        "Magpie Responsible Model License\n"
        "\n"
        "1. Grant. You may use, reproduce, modify and distribute the Model.\n"
        "2. Use restrictions. You shall not use the Model for any of the purposes in Attachment A.\n"
        "\n"
        "Attachment A\n"
        "(a) Generating disinformation intended to deceive the public.\n"
        "(b) Automated decisions about access to employment or credit.\n",
        "restricted",
        "use-restrictions",
    ),
    "revocable grant": (
        "Nuthatch Model Terms\n"
        "\n"
        "Nuthatch Labs grants you a non-exclusive, worldwide, revocable licence to use, modify and distribute\n"
        "the Nuthatch model. Nuthatch Labs may revoke this licence at any time by notice on its website.\n",
        "restricted",
        "remote-control",
    ),
    "void in the eu": (
        "Wren Licence\n"
        "\n"
        "You may use, change and share Wren for any purpose. This licence is void in the member states of the\n"
        "European Union.\n",
        "restricted",
        "geographic-restriction",
    ),
    "no hosted service": (
        "Treecreeper Model License\n"
        "\n"
        "You may use, modify and redistribute the Model. You may not offer the Model, or a modified version of\n"
        "it, to third parties as a hosted or managed service.\n",
        "restricted",
        None,
    ),
    "built with badge in the ui": (
        "Dipper License\n"
        "\n"
        "Use, copy, modify and distribute Dipper freely. Every product that uses Dipper must display the words\n"
        '"Built with Dipper" in its user interface.\n',
        "restricted",
        "naming-branding",
    ),
    "revenue needs a licence": (
        "Bunting Model License\n"
        "\n"
        "You may use, modify and share Bunting. If your application built on Bunting generates revenue, you\n"
        "must first obtain a commercial licence from Bunting AI.\n",
        "non-commercial",
        None,
    ),
    "restrictions carried to derivatives": (
        "Linnet License\n"
        "\n"
        "1. You may use, copy, modify and distribute Linnet.\n"
        "2. You may not use Linnet to surveil individuals.\n"
        "3. Any derivative you distribute must be distributed under this License, including section 2, and\n"
        "you must require your recipients to accept it.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "isc reworded": (
        "Siskin License\n"
        "\n"
        "Anyone may use, copy, modify and/or distribute this model for any purpose, with or without fee,\n"
        "as long as the copyright notice above and this permission notice appear in all copies. The model\n"
        "comes without any warranty.\n",
        "open-non-osi",
        None,
    ),
    "plain dedication": (
        "Redstart Dedication\n"
        "\n"
        "We, the authors, give up all our copyright and related rights in the Redstart weights, worldwide, so\n"
        "that anyone can use them for anything without asking.\n",
        "open-non-osi",
        None,
    ),
    "share alike plain": (
        "Chiffchaff Open Model License\n"
        "\n"
        "You are free to use, study, change and share Chiffchaff, commercially or not. If you share a changed\n"
        "version, share it under these same terms and include its weights.\n",
        "open-non-osi",
        None,
    ),
}
