# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 23 (issue 14): ten model licences written after release round 4, in styles the earlier
rounds used little: a FAQ, a two-column "You may / You may not" table, a licence whose limits sit in its
definitions, a "fair use" tier by token volume, a staged licence that turns open later, an
employee-count cap, a licence that forbids benchmarking publication, an open licence with a long
acknowledgements section, an open licence written as a letter, and a copyleft licence for weights.
Written before any rule changed.

First run (commit 1528e2e): 8 of 10 right, every open text read open; one restricted text read as open:
a "fair use" tier capped at "fewer than 10 billion output tokens per month", above which "a paid license
... is required". A cap on the volume of use over a period (tokens, requests) is now a user threshold, a
paid licence that "is required" is a fee, and a licence, agreement or permission that "is required" is an
unread limit when no rule reads it. The other miss was the expectation: an employee cap is the taxonomy's
revenue threshold (company size), not a user threshold (written so at first).
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "faq": (
        "Egret Model Terms - Frequently asked questions\n"
        "\n"
        "Q: Can I use Egret in my company's product?\n"
        "A: Yes, as long as your company has fewer than 250 employees. Larger companies need an enterprise "
        "agreement with Egret Inc.\n"
        "\n"
        "Q: Can I fine-tune Egret and share the result?\n"
        "A: Yes. Share it under these same terms.\n"
        "\n"
        "Q: Is there a warranty?\n"
        "A: No. Egret is provided as is.\n",
        "restricted",
        "revenue-threshold",
    ),
    "may and may not table": (
        "Fulmar-7B Licence\n"
        "\n"
        "| You may | You may not |\n"
        "|---|---|\n"
        "| run Fulmar-7B on your own hardware | offer Fulmar-7B as a hosted API to third parties |\n"
        "| fine-tune and merge it | remove the safety classifier |\n"
        "| share your fine-tunes under this licence | use it in weapons systems |\n"
        "\n"
        "Fulmar-7B is provided without warranty.\n",
        "restricted",
        None,
    ),
    "limits in the definitions": (
        "GANNET OPEN MODEL LICENSE\n"
        "\n"
        "1. Definitions.\n"
        '"Permitted Use" means any use other than (a) training a language model that competes with Gannet, '
        "and (b) any use in the People's Republic of China.\n"
        '"Model" means the Gannet-3B weights.\n'
        "\n"
        "2. Grant. Gannet Labs grants you a royalty-free, worldwide license to use, copy, modify and "
        "distribute the Model for any Permitted Use.\n"
        "\n"
        "3. No warranty. THE MODEL IS PROVIDED AS IS.\n",
        "restricted",
        None,
    ),
    "token volume tier": (
        "Grebe Fair Use License\n"
        "\n"
        "Free tier. You may use, modify and redistribute Grebe-8B at no cost as long as your services "
        "generate fewer than 10 billion output tokens per month with it.\n"
        "\n"
        "Above the free tier, a paid license from Grebe AI is required.\n",
        "restricted",
        "user-threshold",
    ),
    "open later": (
        "Harrier Delayed Open License\n"
        "\n"
        "Until 1 January 2028, you may use Harrier-13B only for non-commercial purposes. From that date, "
        "Harrier-13B is licensed under the Apache License, Version 2.0.\n",
        "non-commercial",
        "non-commercial",
    ),
    "benchmark publication": (
        "Ibis-2 Evaluation and Use License\n"
        "\n"
        "1. You may use, copy and modify Ibis-2 for any purpose.\n"
        "2. You may not publish or disclose the results of any benchmark or performance test of Ibis-2 "
        "without the prior written approval of Ibis Systems.\n"
        "3. Ibis-2 is provided as is, without warranty.\n",
        "restricted",
        None,
    ),
    "open with acknowledgements": (
        "Jacana Model License\n"
        "\n"
        "Permission is granted to anyone to use, copy, modify, merge, publish and distribute the Jacana "
        "weights for any purpose, commercial or not, free of charge, provided this notice is kept in all "
        "copies.\n"
        "\n"
        "THE WEIGHTS ARE PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND.\n"
        "\n"
        "Acknowledgements\n"
        "\n"
        "Jacana was trained on compute donated by the Northern Lights supercomputer. We thank the annotators "
        "who wrote our instruction data, and the maintainers of the open-source libraries we used, whose "
        "work is released under their own licenses.\n",
        "open-non-osi",
        None,
    ),
    "letter": (
        "Dear developer,\n"
        "\n"
        "We made Kiskadee-1B for everyone. You are welcome to use it, study it, change it and pass it on, "
        "for any purpose at all, commercial ones included, and you owe us nothing for it. If you pass it on, "
        "please include this letter so that others know the same.\n"
        "\n"
        "We cannot promise it works; it comes with no warranty.\n"
        "\n"
        "The Kiskadee team\n",
        "open-non-osi",
        None,
    ),
    "copyleft weights": (
        "Limpkin Reciprocal Weights License 1.0\n"
        "\n"
        "1. You may use, copy, modify and distribute the Limpkin weights for any purpose.\n"
        "2. If you distribute the weights or any model derived from them, you must make the derived weights "
        "available under this same license, free of charge.\n"
        "3. The weights are provided without warranty.\n",
        "open-non-osi",
        None,
    ),
    "employees and revenue together": (
        "Murrelet Startup License\n"
        "\n"
        "You may use and modify Murrelet-7B commercially if your organisation has no more than 50 employees "
        "and less than EUR 5 million in annual turnover. Everyone else must buy a commercial license.\n",
        "restricted",
        None,
    ),
}
