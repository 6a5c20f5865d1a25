"""Held-out round 10 (issue 14): the corpus's Apache 2.0, MIT and BSD 3-Clause texts, each changed in one
place the way a model publisher might (a purpose put into the grant, a condition added to the list, the
Commons Clause put before it, an approval required before redistribution, "used for Good, not Evil",
an attachment of banned uses in Markdown), read before any rule changed. The texts are built here from
the corpus files, so nothing of them is kept in the project.

First run (commit 9dfbcaa): 3 of 7 changed texts right, and one read as `osi-open`: Apache 2.0 followed by
"## Attachment A: Use restrictions" and two bare items ("- Surveillance of individuals."). Its heading
was not read as a ban because of its "Attachment A:" prefix, and an appended list of bare items states no
terms of its own. The other three read `unknown`, never open: the Commons Clause ("the License does not
grant to you, the right to Sell the Software"), the JSON licence's "used for Good, not Evil", and
"With the prior written approval of the Licensor, you may reproduce and distribute". MIT's grant "for
academic research purposes" read `unknown` (a purpose put into the grant) and now reads research-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.licenses.verdicts import assert_reads


def _insert(before: str, added: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        at = text.find(before)
        assert at >= 0, before
        return text[:at] + added + text[at:]

    return change


COMMONS_CLAUSE = (
    '"Commons Clause" License Condition v1.0\n\nThe Software is provided to you by the Licensor under the '
    "License, as defined below, subject to the following condition.\n\nWithout limiting other conditions in "
    "the License, the grant of rights under the License will not include, and the License does not grant "
    'to you, the right to Sell the Software.\n\nFor purposes of the foregoing, "Sell" means practicing any '
    "or all of the rights granted to you under the License to provide to third parties, for a fee or other "
    "consideration, a product or service whose value derives, entirely or substantially, from the "
    "functionality of the Software.\n\nSoftware: Kittiwake-7B\nLicense: Apache 2.0\nLicensor: Kittiwake "
    "Labs\n\n"
)

#: name: (corpus file, change, verdict, blocking clause type)
CASES: dict[str, tuple[str, Callable[[str], str], str, str | None]] = {
    "apache grant for non-commercial purposes": (
        "apache-2.0.txt",
        _insert("to reproduce, prepare Derivative Works of", "for non-commercial purposes only, "),
        "non-commercial",
        "non-commercial",
    ),
    "mit grant for research": (
        "mit.txt",
        _insert("to deal\nin the Software", "for academic research purposes, "),
        "research-only",
        "research-only",
    ),
    "bsd with a fourth condition": (
        "bsd-3-clause.txt",
        _insert(
            "THIS SOFTWARE IS PROVIDED",
            "4. This software and its derivatives may not be used in or for the development of weapons.\n\n",
        ),
        "restricted",
        "use-restrictions",
    ),
    "commons clause before apache": (
        "apache-2.0.txt",
        lambda text: COMMONS_CLAUSE + text,
        "non-commercial",
        "non-commercial",
    ),
    "mit for good not evil": (
        "mit.txt",
        _insert("The above copyright notice", "The Software shall be used for Good, not Evil.\n\n"),
        "restricted",
        "ethical-conditions",
    ),
    "apache redistribution after approval": (
        "apache-2.0.txt",
        lambda text: text.replace(
            "You may reproduce and distribute copies of the",
            "With the prior written approval of the Licensor, you may reproduce and distribute copies of the",
            1,
        ),
        "restricted",
        "notification-duty",
    ),
    "apache with an attachment of banned uses": (
        "apache-2.0.txt",
        lambda text: (
            text + "\n\n## Attachment A: Use restrictions\n\n- Surveillance of individuals.\n"
            "- Generating political campaign material.\n"
        ),
        "restricted",
        "use-restrictions",
    ),
    "mit unchanged": ("mit.txt", lambda text: text, "osi-open", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round_10(name: str, license_corpus: Path) -> None:
    source, change, verdict, kind = CASES[name]
    text = (license_corpus / source).read_text("utf-8")
    changed = change(text)
    assert changed != text or verdict == "osi-open"
    assert_reads(changed, verdict, kind)
