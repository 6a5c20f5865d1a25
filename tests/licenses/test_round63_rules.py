# ruff: noqa: E501 (the licence sentences are kept whole)
"""One document licensing several artifacts of a release, which held-out licence round 63 found misread: the terms
of another artifact (a corpus, an evaluation set, a hosted playground) that the text keeps off the weights still
blocked them (`disowned._kept_off`), and a use refused in a field the text names as prohibited was unread. Each in
several shapes, with the near misses: the same terms without the sentence that keeps them off the weights, and a
sentence that names the weights beside the other artifact."""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze
from tests.licenses.test_round59_rules import _blocking, _read

_WEIGHTS = (
    "## The weights\n\nYou may use, copy, study, modify and share the weights, and any model you make from them, for "
    "any purpose, including commercial purposes. If you share them, include a copy of these terms.\n\n"
)

_OTHERS = {
    "corpus": (
        "## The Corpus\n\nYou may not distribute, publish or sell copies of the Corpus, or of any part of it.\n\n",
        "Section 'The Corpus' applies to the Corpus only: it does not apply to the weights or to any model you derive from them.\n",
    ),
    "evaluation set": (
        "| Artifact | Licence | In short |\n|---|---|---|\n| Weights | these terms | Any use |\n| Evaluation set | CC BY-NC 4.0 | Non-commercial use only |\n\n",
        "The evaluation set's licence does not apply to the model.\n",
    ),
    "playground": (
        "## The Playground\n\nYou can't use the Playground, or the text it generates, to train an AI model that competes with our hosted services.",
        " Those rules don't apply to the weights you download.\n",
    ),
}


@pytest.mark.parametrize("artifact", sorted(_OTHERS))
def test_terms_of_another_artifact_kept_off_the_weights_do_not_block_them(artifact: str) -> None:
    terms, disowning = _OTHERS[artifact]
    report = analyze(_WEIGHTS + terms + disowning, document="LICENSE")
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI, [(c.type, c.quote) for c in report.blocking]


@pytest.mark.parametrize("artifact", sorted(_OTHERS))
def test_the_same_terms_not_kept_off_the_weights_still_block(artifact: str) -> None:
    terms, _ = _OTHERS[artifact]
    assert analyze(_WEIGHTS + terms, document="LICENSE").verdict is not LicenseVerdict.OPEN_NON_OSI


def test_a_sentence_that_names_the_weights_beside_the_other_artifact_still_binds() -> None:
    terms, disowning = _OTHERS["corpus"]
    text = _WEIGHTS + terms + "You may not sell the weights or the Corpus to anyone.\n\n" + disowning
    assert analyze(text, document="LICENSE").verdict is LicenseVerdict.RESTRICTED


@pytest.mark.parametrize(
    "terms",
    [
        "You may not use the Model Weights in any Prohibited Field.",
        "The licence covers every use except in a Prohibited Field.",
        "You may not use the model for any of the Restricted Uses in Attachment A.",
        "No licensee may deploy it within an excluded sector.",
    ],
)
def test_a_use_refused_in_a_field_named_as_prohibited_is_a_use_restriction(terms: str) -> None:
    assert "use-restrictions" in _blocking(terms)


def test_the_restricted_uses_of_a_separate_policy_are_that_policy_s() -> None:
    terms = "You may not use the Model for the restricted uses set forth in the Acme Prohibited Use Policy, which is incorporated by reference."
    assert "use-policy-by-reference" in _blocking(terms)
    assert _read(terms).verdict is LicenseVerdict.RESTRICTED
