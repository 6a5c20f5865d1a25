# ruff: noqa: E501 (the texts keep their own wording)
"""The general causes behind held-out round 50's misses, each with paraphrases written for these tests and the near
hits that must not move: a revenue cap in a translation's words with its figure and currency in words; the sentence
that says which language version binds, put word for word from French ("makes faith"); a product name that must end
with the model's; a credit line in a product's notices (attribution, not a label of origin); a Markdown table whose
answer column is not the last ("| What | Allowed? | Condition |"); a shipped classifier switched off with the verb
split around it; use confined to "those territories"; and a licensee's treatment of its workers stated as what it
does."""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze
from opengauge.licenses.language import binding_language
from tests.licenses.verdicts import OPEN, types_beside_open_grant

_types = types_beside_open_grant


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a revenue cap, far from its verb, the figure in words with its currency's country
        (
            "These rights hold only as long as the turnover of the Licensee and of every company in its group, counted over the last financial year, does not surpass ten million Canadian dollars.",
            "revenue-threshold",
        ),
        (
            "The licence is granted on condition that the annual revenue realised by you together with your affiliates, subsidiaries and parent undertakings goes beyond no more than fifty million Swiss francs.",
            "revenue-threshold",
        ),
        (
            "A company whose turnover exceeds twenty million Australian dollars must obtain a separate licence.",
            "revenue-threshold",
        ),
        # a product name that must end (or begin) with the model's, the name set apart by a relative clause
        (
            'The name under which your product is sold, in every store and on its packaging, must end with "by Osprey".',
            "naming-branding",
        ),
        (
            "Titles by which a derived model is published shall begin with the word Kittiwake.",
            "naming-branding",
        ),
        # the shipped classifier switched off, the verb split around it, ending the licence or refused
        (
            "If you turn the content filter off, your rights under this licence terminate immediately.",
            "guardrail-termination",
        ),
        (
            "Should a deployment take the guard model out, the licence for that deployment ends.",
            "guardrail-termination",
        ),
        ("Do not switch the moderation layer off in any public deployment.", "guardrail-termination"),
        # use confined to the places the text named before
        (
            "Permitted Users are companies established in Norway or Iceland, and the Model may be used solely within those countries.",
            "geographic-restriction",
        ),
        # the licensee's treatment of workers stated as what it does
        (
            "The licensee ensures that everyone who labels data for it is paid at least a living wage.",
            "ethical-conditions",
        ),
        (
            "You respect freedom of association and collective bargaining at every site that works on the Model.",
            "ethical-conditions",
        ),
        ("The licensee must meet the workplace standards in Annex 2.", "ethical-conditions"),
    ],
)
def test_round50_limits_in_other_words(sentence: str, kind: str) -> None:
    assert kind in _types(sentence), (sentence, _types(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # which language version binds: no limit
        "The present English version is the only one that makes faith.",
        "This English text is the authoritative one.",
        # a paid service offered above a turnover, optional
        "We offer companies whose turnover exceeds twenty-five million Swiss francs a support contract against remuneration; taking it is optional.",
        # a credit line in a product's notices
        'The notices of any app built on the model, or its About page, must say "Uses Osprey-2 by Tern Labs".',
        'Your product\'s NOTICE file must read "Contains Osprey-2 by Tern Labs".',
        # a name the licensee chooses
        "The name of your app is yours to choose and need not mention us.",
        # the classifier may be switched off, or switching it off changes nothing
        "You may switch the classifier off or take it out; your licence stays as it is.",
        "Turning the safety filter off does not end or limit any right in this licence.",
        "We recommend that you do not switch the classifier off in public deployments.",
        # places named only for the courts, or worldwide use
        "Disputes are heard only in those courts and jurisdictions named in Section 9.",
        "You may use the Model anywhere in the world.",
        # workers mentioned without a condition on the licensee
        "Our own annotators were paid a living wage.",
    ],
)
def test_round50_near_hits_block_nothing(sentence: str) -> None:
    assert _types(sentence) == set(), sentence


def test_a_french_binding_version_put_word_for_word_is_named() -> None:
    """ "fait foi" put word for word names the binding version; English or Chinese leaves nothing to say."""
    assert binding_language("The present French version is the only one that makes faith.") == "French"
    assert binding_language("The present English version is the only one that makes faith.") is None


_TABLE = (
    "Tern Labs grants you a free, worldwide licence to do what the table below allows with Osprey-2.\n\n"
    "| What | Allowed? | Condition |\n"
    "|---|---|---|\n"
    "| Run it, for any purpose, commercial included | Yes | none |\n"
    "| Fine-tune it, change it, merge it | Yes | none |\n"
    "| Share the weights or a derived model | {share} | keep this file with them |\n"
)


def test_a_table_s_answer_column_is_the_one_whose_header_asks() -> None:
    """The column headed "Allowed?" answers each row, though a "Condition" column follows it."""
    report = analyze(_TABLE.format(share="Yes"), document="LICENSE")
    assert report.verdict in OPEN, report.verdict
    assert report.grants.all_four
    refused = analyze(_TABLE.format(share="No"), document="LICENSE")
    assert refused.verdict not in OPEN, refused.verdict
