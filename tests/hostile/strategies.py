"""Hypothesis strategies for hostile text: random Unicode mixed with the disguises, markup and
front-matter shapes that hostile releases use (shared by the property tests and bench/fuzz.py)."""

from __future__ import annotations

from hypothesis import strategies as st

from opengauge.licenses.normalize import CONFUSABLES

DISGUISE = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066", "\u2069", "\u180e"]
    + list(CONFUSABLES)
    + ["ｎ", "ｏ", "－", "𝐧", "𝐜", "²", "ﬁ", "\x1b[2J", "\x07", "\x9b", "\r", "\t", "\x00"]
)
PHRASES = st.sampled_from(
    [
        "non-commercial",
        "You may not use the Model for commercial purposes.",
        "research purposes only",
        "700 million monthly active users",
        "Permission is hereby granted, free of charge",
        "Licensed under the Apache License, Version 2.0",
        "<b>bold</b>",
        "[link](https://example.com)",
        "&amp; &#x41; &#99999999;",
        "e.g. i.e. Inc. 1.2.3.",
        "\n\n",
        "\n- item\n",
        "# Heading\n",
        "`code`",
        "<!-- ",
        "---\n",
    ]
)
TEXT = st.lists(st.one_of(PHRASES, DISGUISE, st.text(max_size=40)), max_size=30).map("".join)

YAML_BITS = st.sampled_from(
    [
        "license: mit\n",
        "datasets:\n  - a/b\n  - c\n",
        "base_model: org/m\n",
        "a: &x [1, 2]\nb: *x\n",
        "k: [[[[[[[[[[",
        "k: {a: {b: {c: ",
        "!!python/object:os.system\n",
        "x: !!binary aGVsbG8=\n",
        "d: 2024-01-01\n",
        "n: .nan\n",
        "? [a, b]\n: c\n",
        "tags: *undefined\n",
        "- just\n- a list\n",
        "\t",
        "'unterminated\n",
        "\x00",
        "\u202e: \u200b\n",
    ]
)
CARD = st.tuples(st.lists(st.one_of(YAML_BITS, st.text(max_size=30)), max_size=12).map("".join), TEXT).map(
    lambda p: f"---\n{p[0]}\n---\n{p[1]}"
)
