"""`opengauge.regexguard`: a pattern behind a look-ahead for its first characters finds the same
matches, spans and groups as the pattern, from any offset and up to any end. The license rules (a
few hundred patterns of every shape, not guarded in use) over the corpus' license texts serve as
the test bed; the probe patterns are checked in tests/probes/test_prefilter.py."""

from __future__ import annotations

import re
from pathlib import Path

from opengauge.licenses.normalize import Normalized
from opengauge.licenses.rules import rules
from opengauge.regexguard import start_guarded


def _matches(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list:
    end = len(text) if endpos is None else endpos
    out = []
    while pos <= end and (m := rx.search(text, pos, end)) is not None:
        out.append((m.span(), m.groups()))
        pos = m.end() + 1
    return out


def test_guarded_license_rules_find_the_same_matches(shared_dir: Path) -> None:
    paths = (
        sorted((shared_dir / "corpus" / "licenses").glob("*"))[::8]
        + sorted((shared_dir / "corpus" / "releases").glob("*/*LICENSE*"))[::10]
    )
    texts = [Normalized(p.read_text("utf-8", "replace")).lower for p in paths if p.is_file()]
    texts.append("k\u212a \u0130 \u017f \u0131 non-commercial purposes only; you may not use the model to")
    assert len(texts) > 6
    guarded = 0
    for rule in rules():
        for rx in (rule.pattern, rule.unless):
            if rx is None:
                continue
            g = start_guarded(rx)
            if g is rx:
                continue  # left as it is: the very pattern object, whose matches are its own
            guarded += 1
            for text in texts:
                assert _matches(g, text) == _matches(rx, text), rx.pattern[:80]
                # a window, as the engine searches a sentence
                mid = len(text) // 3
                assert _matches(g, text, mid, mid + 400) == _matches(rx, text, mid, mid + 400)
    assert guarded > len(rules()) // 2
