"""`split_front_matter` reads only the front matter's lines; it gives what splitting the whole text
into lines gives, on texts made of the characters that matter (dashes, newlines, spaces)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from opengauge.probes.context import split_front_matter


def _by_lines(text: str) -> tuple[int, str]:
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 5000)):
            if lines[i].strip() == "---":
                return i + 1, "\n".join(lines[i + 1 :])
    return 0, text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["---", "-", "\n", " ", "\r", "a: b", "\u2028"]), max_size=30).map("".join))
def test_same_as_splitting_every_line(text: str) -> None:
    assert split_front_matter(text) == _by_lines(text)


def test_the_5000_line_bound_holds() -> None:
    for n in (4997, 4998, 4999, 5000):
        text = "---\n" + "a: b\n" * (n - 2) + "---\nbody"
        assert split_front_matter(text) == _by_lines(text)
    assert split_front_matter("---") == (0, "---") == _by_lines("---")
