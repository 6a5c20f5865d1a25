"""Property tests with random Unicode: the front-matter parser, the normaliser and the clause
reader never crash, keep their promises (lengths, offsets, line numbers) and see through disguise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opengauge.licenses import analyze, clauses
from opengauge.licenses.normalize import CONFUSABLES, Normalized, clean, disguises, unmask
from opengauge.sources.errors import FrontMatterError
from opengauge.sources.frontmatter import parse_front_matter
from tests.hostile.hang import finishes
from tests.hostile.strategies import CARD, TEXT

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(CARD)
def test_front_matter_parser_returns_a_mapping_or_one_error(card):
    try:
        data, found = parse_front_matter(card)
    except FrontMatterError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(data, dict) and isinstance(found, bool)


@SETTINGS
@given(st.one_of(TEXT, st.text()))
def test_normaliser_keeps_length_and_lines(text):
    out = clean(text)
    assert len(out) == len(text)
    assert len(unmask(text)) == len(text)
    # a newline stays where it was (line numbers point into the original)
    assert [i for i, c in enumerate(text) if c == "\n"] == [
        i for i, c in enumerate(unmask(text)) if c == "\n"
    ]
    assert isinstance(disguises(text), list)


@SETTINGS
@given(TEXT)
def test_clause_reader_never_raises_and_cites_real_lines(text):
    norm = Normalized(text)
    n_lines = text.count("\n") + 1
    for c in clauses(text, document="LICENSE"):
        assert 1 <= c.line <= n_lines and c.quote
        assert c.span is not None and 0 <= c.span[0] <= c.span[1] <= len(text)
        assert norm.line_of(c.span[0]) == c.line
    analyze(text)


def _disguise(word: str, how: str) -> str:
    if how == "zero-width":
        return "\u200b".join(word)
    if how == "cyrillic":
        back = {v: k for k, v in CONFUSABLES.items() if "\u0400" <= k <= "\u04ff"}
        return "".join(back.get(c, c) for c in word)
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)  # fullwidth


@SETTINGS
@given(st.sampled_from(["zero-width", "cyrillic", "fullwidth"]), st.text(alphabet="abc .\n", max_size=60))
def test_a_disguised_non_commercial_clause_is_read(how, noise):
    hidden = _disguise("non-commercial", how)
    text = f"Acme Model License\n{noise}\nYou may use the Model for {hidden} purposes only.\n"
    report = analyze(text)
    assert report.verdict == "non-commercial", (how, text)
    assert report.disguised


def test_ordinary_texts_are_not_flagged():
    for text in (
        "\ufeffMIT License\n",
        "CO₂ 5 m² café naïve",
        "Модель можно использовать только в целях.",
        "hy\u00adphen",
    ):
        assert disguises(text) == [], text


def test_normaliser_is_linear_on_hostile_text():
    for text in ("x" * 2_000_000 + "\u200b", "ab\u200bc " * 200_000, "а" * 2_000_000):
        assert len(finishes(lambda: clean(text), "normalising hostile text")) == len(text)  # noqa: B023


@SETTINGS
@given(st.binary(max_size=9000), st.sampled_from([b"", b"\x01" * 900, b"\t\n\x0c\r\x1b" * 200, b"a" * 9000]))
def test_binary_sniffing_counts_control_bytes_in_the_first_8_kib(data, pad):
    from opengauge.textio import looks_binary

    sample = (pad + data)[:8192]
    control = [b for b in sample if b < 32 and b not in (9, 10, 12, 13, 27)]
    want = bool(sample) and (0 in sample or len(control) / len(sample) > 0.10)
    assert looks_binary(pad + data) == want
