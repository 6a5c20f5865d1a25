"""Module-level patterns compiled on first use (`lazy_pattern.LazyPattern`)."""

from __future__ import annotations

import re
import subprocess
import sys

from opengauge.licenses import grants
from opengauge.licenses.grants import read_grants
from opengauge.licenses.lazy_pattern import LazyPattern, _wrapping


def _grant_patterns() -> list[LazyPattern]:
    found = [v for v in vars(grants).values() if isinstance(v, LazyPattern)]
    return found + list(grants._VERBS.values())


def test_every_grant_pattern_compiles_to_its_source() -> None:
    patterns = _grant_patterns()
    assert len(patterns) >= 14
    for p in patterns:
        assert p.compiled == re.compile(_wrapping(p.source) if p.wraps else p.source, p.flags)
        assert p.compiled is p.compiled  # compiled once


def test_a_wrapping_pattern_reads_across_line_breaks() -> None:
    lazy = LazyPattern(r"\bwith or without (any )?modification\b|can ?not|(?<!\bno )grant", wraps=True)
    assert lazy.search("with or\n      without modification") is not None
    assert lazy.search("cannot") and lazy.search("can not") and lazy.search("can\nnot")
    # a look-behind stays as written
    assert lazy.search("no grant") is None and lazy.search("a grant") is not None
    assert LazyPattern("with or without").search("with or\nwithout") is None  # only when asked


def test_a_grant_wrapped_at_any_column_is_read() -> None:
    # a BSD-style grant wrapped with an indent between "with or" and "without modification" used to
    # read as no grant at all: the line break stood where the pattern had a space
    text = (
        "Redistribution and use in source and binary forms, with or\n"
        "   without modification, are permitted provided that the\n"
        "following conditions are met:\n\n"
        "1. Redistributions of source code must retain the above\ncopyright notice."
    )
    assert read_grants(text).all_four


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy, plain = LazyPattern(r"\b(no|not)\b", re.IGNORECASE), re.compile(r"\b(no|not)\b", re.IGNORECASE)
    text = "You may NOT do this; no, not that."
    assert lazy.search(text, 5, 20).span() == plain.search(text, 5, 20).span()
    assert lazy.match(text, 8) is not None and lazy.match(text) is None
    assert [m.span() for m in lazy.finditer(text, 10)] == [m.span() for m in plain.finditer(text, 10)]
    assert lazy.sub(lambda m: "_" * len(m.group()), text, 1) == plain.sub(
        lambda m: "_" * len(m.group()), text, 1
    )


def test_reading_a_known_license_compiles_no_grant_pattern(license_corpus) -> None:
    code = (
        "import sys\n"
        "from opengauge.licenses import grants\n"
        "from opengauge.licenses.lazy_pattern import LazyPattern\n"
        "from opengauge.licenses.report import analyze\n"
        "r = analyze(open(sys.argv[1], encoding='utf-8').read())\n"
        "assert r.entry is not None and r.grants is None\n"
        "ps = [v for v in vars(grants).values() if isinstance(v, LazyPattern)]\n"
        "print(sum(p._compiled is not None for p in ps), len(ps))\n"
        "analyze('Permission is hereby granted to use and copy this software.')\n"
        "print(sum(p._compiled is not None for p in ps))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(license_corpus / "apache-2.0.txt")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0] == "0" and int(out[1]) >= 10 and int(out[2]) > 0
