"""A text the catalog does not know that grants all four freedoms reads as open only when every
sentence that refuses, confines, reserves or obliges (beyond the duties open licenses carry anyway) was
read (`additions.unexplained`): one that no clause detector explains leaves the verdict `unknown`, listed
with its line, never a kinder label.

The licenses below were written for this file (invented licensors); each unread term is worded so that
no clause rule knows it.
"""

from __future__ import annotations

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze

GRANT = (
    "Quillon Model License 1.0\n\n"
    "Quillon SAS grants you a worldwide, royalty-free, perpetual licence to use, study, copy, modify and "
    "distribute the Model and derivatives of it, for any purpose.\n\n"
    "1. Keep this licence text with every copy you distribute.\n\n"
)
DISCLAIMER = '\nTHE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'


@pytest.mark.parametrize(
    "term",
    [
        "2. Your use must follow the Quillon conduct handbook as updated from time to time.",
        "2. You shall not point the Model at, or feed it, any data gathered from Quillon's competitors.",
        "2. Quillon reserves the right to revoke access to new versions at its sole discretion.",
        # a licence that says what it does not permit, and a ban that names portions of the work
        "2. This licence does not permit running the Model inside vehicles or other embedded equipment.",
        "2. Publishing portions of the Model's tokenizer as a rival standard is expressly prohibited.",
        # a duty to obtain something first, and a grant that becomes void (held-out round 19: the
        # licence a product earning revenue needs, the grant void in a region)
        "2. Before a hospital deploys the Model you must first obtain a clinical addendum from Quillon.",
        "2. This licence becomes null and void for deployments on the public Quillon Grid.",
        # a duty open licenses do not carry (held-out round 18: usage reporting that must stay on)
        "2. Every deployment must keep the Quillon heartbeat service running at all times.",
        # (held-out round 37: a licensor that cannot amend the licence is no reason to pass a refusal of the
        # licensee's own)
        "2. You cannot amend your deployment to serve users in Quillon's home market.",
        # credit as in lending is a field of use, not the credit given to authors (release round 3)
        "2. The Model may not be shipped inside any system that decides on the credit or housing of people.",
        # a licence that "is required" (license round 23: "a paid license ... is required")
        "2. For deployments in hospitals a separate Quillon agreement is required.",
        # the words of license rounds 25 and 26's restricted texts read as open, in other phrasings: a
        # refusal negated by "neither ... nor", rights that extend to a use only once something is given,
        # a duty the licensee "will" perform
        "2. Neither the weights nor any derivative of them may be applied to grading students.",
        "2. No rights under this licence extend to hosted services until Quillon has countersigned an order.",
        "2. You will pay Quillon one euro per thousand requests served through a hosted service.",
        # license round 27: rights that end on a condition other than a breach, and a class of licensees that
        # receives no licence
        "2. Your rights under this licence come to an end if your app enters a national top-ten chart.",
        "2. Any company with an office in Ruritania receives no licence from this document.",
    ],
)
def test_an_unread_term_leaves_an_open_grant_undecided(term: str) -> None:
    report = analyze(GRANT + term + "\n" + DISCLAIMER)
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert [(a.line, a.quote) for a in report.unclassified] == [(7, term)]
    assert "cannot classify" in report.summary()


@pytest.mark.parametrize(
    "aside",
    [
        "",  # the grant and a condition every open license has
        '2. "Derivative" means any work based on the Model.',  # a definition
        "2. This licence terminates automatically if you breach any of its terms.",  # breach
        "2. You may not modify the Documentation.",  # the docs
        "2. Legal proceedings related to this licence may only be brought in the courts of Lyon.",
        # a note on bundled parts and the notice that must travel with them
        "2. Portions of the tokenizer were written by Corvid Ltd; the statement below applies to those "
        "portions and must be retained in all copies.",
        # the duties open licenses carry anyway
        "2. Modified versions must carry prominent notices stating that you changed the Model.",
        "2. A copy of this licence must be included with every distribution of the Model.",
        "2. If any term of this licence is held unenforceable, the rest shall remain in effect.",
        "2. You must give recipients of the Model the same freedoms under the same terms.",
        "2. Text generated with the Model must be labelled as generated by an AI system.",
        "2. You must give appropriate credit to Quillon SAS in the documentation of derivatives.",
        "2. No separate licence is required for the text the Model generates.",
        # "neither ... nor" about names and endorsement, a statement of the only condition
        "2. Neither the name Quillon nor the names of contributors may be used to endorse derived products.",
        "2. Keeping this licence with copies is the one condition; that is the only restriction.",
        # a licence that does not end, and the usual ending on a breach
        "2. This licence does not terminate when Quillon publishes a new version of it.",
        "2. Your rights under this licence end if you fail to comply with section 1.",
        # a duty question answered no, and a change of the licence that binds only later releases
        "2. Do I have to tell Quillon that I use the Model? No, you never have to.",
        "2. A change of this licence applies only to versions of the Model released afterwards.",
        # held-out round 37: what the licence does not forbid or add, and a promise that binds the licensor
        "2. Section 1 adds none of its own duties: it forbids nothing lawful where you use the Model.",
        "2. Quillon cannot amend this licence for copies of the Model already released.",
    ],
)
def test_an_open_grant_with_the_usual_asides_stays_open(aside: str) -> None:
    report = analyze(GRANT + aside + "\n" + DISCLAIMER)
    assert report.verdict is LicenseVerdict.OPEN_NON_OSI, [a.quote for a in report.unclassified]
    assert report.unclassified == []


def test_a_grant_confined_in_its_own_sentence_is_not_explained_by_the_grant() -> None:
    # held-out round 16: the grant's own sentence says "solely ... internal": the grant does not
    # explain it, so an open reading is not made from the freedoms before the confining word
    text = "Licensee may use, modify and distribute the Model solely as part of its own hospital products.\n"
    assert not analyze(text, document="LICENSE").verdict.is_open


def test_a_permission_refused_in_questions_and_answers_leaves_the_text_undecided() -> None:
    """License round 30: in a licence of questions and answers, "Can I ...? No." refuses what it asks (the
    question is quoted as the unread term), and "Do I have to ...? No." states no duty."""
    refused = analyze(GRANT + "2. Can I use the Model in a paid product?\nNo.\n" + DISCLAIMER)
    assert refused.verdict is LicenseVerdict.UNKNOWN
    assert [a.quote for a in refused.unclassified] == ["2. Can I use the Model in a paid product?"]
    allowed = analyze(GRANT + "2. Can I use the Model in a paid product?\nYes.\n" + DISCLAIMER)
    assert allowed.verdict is LicenseVerdict.OPEN_NON_OSI, [a.quote for a in allowed.unclassified]
