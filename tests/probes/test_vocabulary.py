"""The probes' vocabulary files: every shipped entry is described and compiles, and a broken file
is refused with a `ProbeError` naming it."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from opengauge.probes.errors import ProbeError
from opengauge.probes.vocabulary import parse_vocabulary, vocabulary


def _shipped() -> list[str]:
    root = resources.files("opengauge.probes.vocabulary")
    return sorted(p.name.removesuffix(".yaml") for p in root.iterdir() if p.name.endswith(".yaml"))


def test_code_vocabulary_is_shipped():
    assert "code" in _shipped()


@pytest.mark.parametrize("name", _shipped())
def test_every_entry_is_described_and_compiles(name):
    vocab = vocabulary(name)
    assert vocab.entries, f"{name}.yaml has no entries"
    for entry_id, entry in vocab.entries.items():
        assert entry.description.strip(), f"{name}.yaml: {entry_id} has no description"
        assert "\n" not in entry.description, f"{name}.yaml: {entry_id}: the description is not one line"
        if entry.words is not None:
            assert entry.words and all(w.strip() for w in entry.words), f"{name}.yaml: {entry_id}: empty word"
            assert vocab.words(entry_id) == frozenset(entry.words)
        else:
            compiled = re.compile(entry.source, entry.flag_value)
            assert vocab.pattern(entry_id).pattern == compiled.pattern
            assert vocab.pattern(entry_id).flags == compiled.flags


def test_code_probe_patterns_are_read_from_the_vocabulary():
    from opengauge.probes import code

    vocab = vocabulary("code")
    assert code._TRAIN_FILE is vocab.pattern("train-file")
    assert code._KNOWN_LIBRARIES is vocab.words("known-libraries")
    assert vocab.pattern("train-file").search("scripts/pretrain_gpt.py")
    assert not vocab.pattern("train-file").search("scripts/pretrained.md")
    assert vocab.pattern("finetune").search("recipes/sft/config.yaml")
    assert vocab.pattern("code-file").search("run.py") and not vocab.pattern("code-file").search("RUN.PY")


def test_docs_probe_patterns_are_read_from_the_vocabulary():
    from opengauge.probes import docs

    vocab = vocabulary("docs")
    assert docs._VENUE is vocab.pattern("venue")
    assert docs._GENERIC_PACKAGES is vocab.words("generic-packages")
    assert vocab.pattern("venue").search("Published at ICLR 2024.")
    m = vocab.pattern("arxiv-link").search("see https://arxiv.org/abs/2402.00838")
    assert m and m.group(1) == "2402.00838"


def test_card_sections_are_read_from_the_vocabulary():
    from opengauge.probes.cardsections import CARD_SECTIONS

    vocab = vocabulary("cardsections")
    assert CARD_SECTIONS["evaluation"] is vocab.pattern("section-evaluation")
    assert list(CARD_SECTIONS)[0] == "model-details" and len(CARD_SECTIONS) == 9
    assert CARD_SECTIONS["getting-started"].search("Kicking the tires")
    assert not CARD_SECTIONS["evaluation"].search("Training data")


def test_pieces_are_joined_end_to_end_and_flags_applied():
    vocab = parse_vocabulary(
        "- id: two-pieces\n  description: A test.\n  pattern: ['ab', 'c|d']\n"
        "  flags: [ignorecase, multiline]\n"
        "- id: some-words\n  description: Words.\n  words: [x, y]\n",
        name="test",
    )
    assert vocab.pattern("two-pieces").pattern == "abc|d"
    assert vocab.pattern("two-pieces").flags & (re.IGNORECASE | re.MULTILINE) == re.IGNORECASE | re.MULTILINE
    assert vocab.words("some-words") == {"x", "y"}
    with pytest.raises(ProbeError, match="no pattern 'some-words'"):
        vocab.pattern("some-words")
    with pytest.raises(ProbeError, match="no word list 'missing'"):
        vocab.words("missing")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("- id: a\n  description: A.\n  pattern: '(unclosed'\n", "bad pattern"),
        ("- id: a\n  pattern: 'x'\n", "description"),
        ("- id: a\n  description: ''\n  pattern: 'x'\n", "description"),
        ("- id: a\n  description: \"two\\nlines\"\n  pattern: 'x'\n", "one non-blank line"),
        ("- id: a\n  description: A.\n", "exactly one of"),
        ("- id: a\n  description: A.\n  pattern: 'x'\n  words: [x]\n", "exactly one of"),
        ("- id: a\n  description: A.\n  words: [x]\n  flags: [ignorecase]\n", "flags"),
        ("- id: a\n  description: A.\n  pattern: 'x'\n  flags: [unicode-only]\n", "flags"),
        ("- id: a\n  description: A.\n  pattern: 'x'\n  colour: red\n", "colour"),
        ("- id: Not_Kebab\n  description: A.\n  pattern: 'x'\n", "id"),
        (
            "- id: a\n  description: A.\n  pattern: 'x'\n- id: a\n  description: B.\n  pattern: 'y'\n",
            "defined twice",
        ),
        ("- &x {id: a, description: A., pattern: 'x'}\n- *x\n", "not valid YAML"),
        ("id: a\n", "vocabulary test.yaml"),
        ("- [unclosed\n", "not valid YAML"),
    ],
)
def test_a_broken_file_is_refused(text, why):
    with pytest.raises(ProbeError, match=re.escape(why)) as err:
        parse_vocabulary(text, name="test")
    assert "vocabulary test.yaml" in str(err.value)


def test_vocabulary_names_are_module_names():
    with pytest.raises(ProbeError):
        vocabulary("../licenses/rules")
