# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 18 (issue 14): twelve short model licences in drafting styles the earlier rounds used
little (a FAQ, defined terms with an exclusion, one long MIT-like sentence, a permissions table, a
README's license section), nine restricted and three open, written before any rule changed.

First run (commit e81fe5d): 7 of 12 right, two restricted read as open: a grant "not extended to any
Competitor" (a kind of party left out, defined elsewhere) and usage reporting that "must keep ... switched
on". A turnover cap after "as long as" read `unknown`, "solely for non-profit scientific study" read
non-commercial, and outputs banned from training rival models after a semicolon ("they may not be used
to develop models") only as a use restriction. The three open texts read open.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "faq turnover cap": (
        "Heron Model License: questions and answers\n"
        "\n"
        "Can I use Heron in a commercial product?\n"
        "Yes, as long as your company's turnover in its last financial year was below EUR 5 million. Above\n"
        "that, talk to our sales team first.\n"
        "\n"
        "Can I change the weights?\n"
        "Yes.\n"
        "\n"
        "Can I share a fine-tuned version?\n"
        "Yes, under this same license.\n",
        "restricted",
        "revenue-threshold",
    ),
    "competitors excluded by definition": (
        "Stork Model Agreement\n"
        "\n"
        '1. Definitions. "Competitor" means any entity that offers a generative AI model or service to third\n'
        "parties.\n"
        "2. Grant. Subject to Section 3, Licensor grants Licensee a worldwide, royalty-free, non-exclusive\n"
        "license to reproduce, modify and distribute the Model.\n"
        "3. Exclusion. The grant in Section 2 is not extended to any Competitor.\n",
        "restricted",
        "use-restrictions",
    ),
    "one long sentence with a field of use": (
        "Egret License\n"
        "\n"
        "Permission is hereby granted to any person obtaining a copy of the Egret weights to use, copy, modify,\n"
        "merge, publish and distribute them, provided that the weights are not used in any system that decides\n"
        "a person's eligibility for credit, housing, employment or insurance, and that this notice is included\n"
        "in all copies.\n",
        "restricted",
        "use-restrictions",
    ),
    "do what you like": (
        "Bittern Licence\n"
        "\n"
        "Do what you like with Bittern: run it, pull it apart, sell it, give it away. Keep this file with it.\n"
        "There is no warranty of any kind.\n",
        "open-non-osi",
        None,
    ),
    "outputs yours but not for rival models": (
        "Crane Community License\n"
        "\n"
        "You can use, modify and redistribute Crane free of charge. The outputs you generate with Crane belong\n"
        "to you; they may not be used to develop models that compete with Crane.\n",
        "restricted",
        "output-training-ban",
    ),
    "two years then renew": (
        "Plover Evaluation and Use License\n"
        "\n"
        "You may use, adapt and share Plover. This license lasts for 24 months from the date you first download\n"
        "the model. After that you must stop using it or buy a renewal.\n",
        "restricted",
        "time-limit",
    ),
    "permissions table": (
        "Avocet Model License\n"
        "\n"
        "| Permission | Allowed |\n"
        "|---|---|\n"
        "| Commercial use | Yes |\n"
        "| Modification | Yes |\n"
        "| Distribution | Yes |\n"
        "| Private use | Yes |\n"
        "\n"
        "Condition: keep the license and copyright notice in every copy.\n",
        "open-non-osi",
        None,
    ),
    "reporting must stay on": (
        "Ibis License\n"
        "\n"
        "Anyone may use, study, change and share Ibis. Deployments of Ibis must keep its built-in usage\n"
        "reporting switched on; it sends anonymous request counts to Ibis Labs every day.\n",
        "restricted",
        None,
    ),
    "scientific study only": (
        "Kite Research Licence\n"
        "\n"
        "Kite is made available solely for non-profit scientific study. Within that purpose you may copy,\n"
        "modify and share it.\n",
        "research-only",
        "research-only",
    ),
    "copyleft with patent peace": (
        "Lark Public Model License 1.0\n"
        "\n"
        "1. You may use, reproduce, modify and distribute the Model and its Derivatives for any purpose.\n"
        "2. If you distribute a Derivative, you must make it available under this License, weights included.\n"
        "3. If you sue anyone alleging that the Model infringes your patent, your rights under this License\n"
        "end on the date the suit is filed.\n"
        "4. THE MODEL IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n",
        "open-non-osi",
        None,
    ),
    "certified hardware only": (
        "Jay Model License\n"
        "\n"
        "You are free to use and modify Jay and to share your changes. Jay may only be deployed on Jay Cloud or\n"
        "on hardware certified by Jay Inc.\n",
        "restricted",
        "platform-tie",
    ),
    "terms updated by posting": (
        "Finch License\n"
        "\n"
        "Finch may be used, modified and shared by anyone. We can update these terms by posting a new version\n"
        "on our website; if you keep using Finch after that, you accept the update.\n",
        "restricted",
        "unilateral-change",
    ),
}
