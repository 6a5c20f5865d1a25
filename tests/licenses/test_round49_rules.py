# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 49's misses, each with paraphrases written for these tests and the near
hits that must not move: copies refused anywhere but the licensor's download; a grant that ends once money is charged
or a business uses the model; each deployment approved by the licensor first; an organisation over a number of seats
confined to a paid plan; use confined to reproducing a publication's experiments; serving confined to the licensor's
hosted service; a wish joined to a statement of fact; a folded YAML value's last full stop; and the work credited
where third-party components are listed."""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze
from tests.licenses.verdicts import OPEN, OPEN_GRANT, types_beside_open_grant

_GRANT = OPEN_GRANT
_types = types_beside_open_grant


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # copies only from the licensor's own download
        (
            "You must not post the weights anywhere online; people who want them download them from us.",
            "no-redistribution",
        ),
        (
            "## Not allowed\n\n- mirror the model files on other websites or hubs;\n- give copies to anyone else.",
            "no-redistribution",
        ),
        (
            "No mirrors, no torrents: the official page is the only place to get the model.",
            "no-redistribution",
        ),
        # the grant ends on charging money or on business use
        (
            "If you take payment for anything built with the model, this licence ends for you on the day you are paid.",
            "non-commercial",
        ),
        ("Once the model is used commercially, the rights in Section 2 terminate.", "non-commercial"),
        (
            "Should you use it in the operations of a business, Part 1 no longer applies to you.",
            "non-commercial",
        ),
        # each deployment approved first
        (
            "You may put the model into service only once we have approved in writing before the deployment its description.",
            "notification-duty",
        ),
        ("The Licensor may approve or reject a Production Request at its discretion.", "notification-duty"),
        # seats over a number, confined to a paid plan
        ("Teams with more than twenty named users must buy the Team plan.", "user-threshold"),
        ("Organisations having over 40 seats may use it only under a paid subscription.", "user-threshold"),
        # reproducing a publication's experiments only
        ("The model can be used solely to replicate the results of our NeurIPS paper.", "research-only"),
        # serving confined to the licensor's hosted service
        (
            "You may not run the model in production on any platform other than the Corvo Inference API.",
            "platform-tie",
        ),
    ],
)
def test_round49_limits_in_other_words(sentence: str, kind: str) -> None:
    assert kind in _types(sentence), (sentence, _types(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the licensee's own copies, and a statement of fact about mirrors
        "You may upload the weights to your own private servers.",
        "No mirrors are provided; download the files from the official page.",
        # termination for breach, and a revenue cap with a figure (read by its own type)
        "If you breach these terms, this licence ends automatically.",
        # requests the licensor reviews that are not uses of the model
        "The Licensor may accept or reject pull requests to its repository.",
        # a place, not a vendor's service
        "You may run the model anywhere, on any cloud or on your own hardware.",
        # a wish joined to a statement of fact, and a credit where third-party components are listed
        "We made it for science, and we would rather it were not used in weapons.",
        "Products that use the model should name it where they list their third-party components.",
    ],
)
def test_round49_near_hits_block_nothing(sentence: str) -> None:
    assert _types(sentence) == set(), sentence


def test_a_ban_before_a_joined_wish_stays_a_ban() -> None:
    assert "use-restrictions" in _types(
        "You may not use the model in weapons, and we hope you understand why."
    )


def test_a_folded_yaml_value_ends_its_sentence_before_the_next_key() -> None:
    text = (
        "---\nlicense: other\nlicense_terms: >-\n  Acme lets you run, copy, modify and share the weights, free of charge.\n"
        "  The weights may be used only to reproduce the experiments reported in our paper.\n"
        "pipeline_tag: text-generation\ntags:\n- demo\n---\n"
    )
    report = analyze(text, document="README.md")
    clause = next(c for c in report.clauses if c.type == "research-only")
    assert "pipeline_tag" not in clause.quote
    assert report.verdict.value == "research-only"
    assert analyze(_GRANT, document="LICENSE").verdict in OPEN
