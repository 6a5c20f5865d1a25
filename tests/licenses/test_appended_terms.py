"""Text beats name: one paragraph of terms appended to a real Apache 2.0 or MIT text.

The most common way a model license "resembles" an open one: the vendor ships the Apache or MIT text and
adds a paragraph. Each paragraph below was written from scratch for this file (invented vendor, invented
figures), one per blocking meaning, in several drafting styles; the license texts are the real ones,
read from the shared corpus. Whatever the paragraph says, the verdict must not be open, and the clause
type must be found on the paragraph's line.

FIGURES (first run, before any rule was changed for them: a held-out check of the rules of rounds 1-3):
28 paragraphs, 24 gave their type. The 4 misses, all then fixed by rules written for the meaning, not the
sentence: a territory limit ("does not extend to persons ... located in ... any jurisdiction outside the
European Economic Area") read as **osi-open**, because the word "jurisdiction" vetoed both the territory
rule and the reading of appended paragraphs (it was meant for the courts' jurisdiction); use confined to
"non-revenue-generating purposes" and a licence "under terms that include ... the use limitations" were
left undecided (unknown), and "not to sell, rent or otherwise commercially exploit" gave only
no-redistribution. Two paragraphs no rule classifies ("void for any licensee headquartered in ...",
"These permissions lapse for members of ...") read as osi-open before: the words that mark an appended
paragraph as terms lacked "void" and "lapse". After the change the ScanCode DB benchmark moved one text
from restricted to non-commercial (openpbs-2.3: redistribution "only permitted for non-commercial,
non-profit purposes") and gave one research-only text a non-commercial clause it states, nothing else;
the labelled corpus and the 3,433 real cards read the same.

ROUND 4 (a second held-out check, 12 paragraphs written after the rules above, appended to MIT): 8 gave
their type; 4 read **osi-open**. Three were vetoed from being read at all by words meant for what open
licenses carry anyway, applied to the whole paragraph: "notice" ("may terminate this license at any time
... with notice to you"), "government" ("shall not ... make the Software available to any government or
military entity"); and "all other uses need prior written consent" held no word that states terms. The
fourth, a country list ("Redistribution in the People's Republic of China, Russia or Iran is
prohibited"), had no territory rule. Fixed by meaning: the veto words narrowed to the notices kept and
the U.S. Government's rights legend, and judged per sentence; consent or approval asked for first counts
as terms; rules for an act in named places prohibited, for recipients refused (government, military, law
enforcement), and for research named as what the grant covers with every other use left to permission.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from opengauge.enums import LicenseVerdict
from opengauge.licenses import analyze

APPENDED: list[tuple[str, str]] = [
    (
        "user-threshold",
        "Supplemental Term. Should the combined user base of Your offerings built on the Model surpass two "
        "hundred fifty thousand (250,000) distinct persons in any calendar month, the permissions in this "
        "License lapse unless the Licensor has separately agreed otherwise in writing.",
    ),
    (
        "user-threshold",
        "- Deployments serving more than 5M daily active accounts need a separate enterprise "
        "agreement from Acme.",
    ),
    (
        "user-threshold",
        "If your website or app built with the Model receives over 2 million visits per month, you must "
        "obtain a commercial license from us.",
    ),
    (
        "revenue-threshold",
        "ADDENDUM: Organisations whose gross turnover in the preceding fiscal year is greater than USD "
        "10,000,000 are not licensed under these terms and must contact sales@acme.example for a commercial "
        "licence.",
    ),
    (
        "revenue-threshold",
        "Commercial entities earning above €5 million per year must buy a subscription "
        "before using the Weights in production.",
    ),
    (
        "revenue-threshold",
        "Startups that have raised more than $3M in total funding need our written approval "
        "to use the Model.",
    ),
    (
        "non-commercial",
        "Notwithstanding the above, the Model may be used solely for non-revenue-generating purposes; any "
        "monetised use requires a separate agreement.",
    ),
    (
        "non-commercial",
        "You agree not to sell, rent or otherwise commercially exploit the Model or any service "
        "that relies on it.",
    ),
    (
        "research-only",
        "The Weights are provided for academic investigation and benchmarking; deployment in "
        "production systems is not permitted.",
    ),
    (
        "use-policy-by-reference",
        "Your use of the Model is further governed by the Acme Responsible Use Guidelines located at "
        "https://acme.example/rug, as updated from time to time, which are incorporated into this License.",
    ),
    (
        "use-restrictions",
        "You shall not employ the Model or its outputs in connection with (a) surveillance of individuals, "
        "(b) weapons development, or (c) generating disinformation.",
    ),
    (
        "use-restrictions",
        "the model is licensed under apache 2.0 on the condition that it is not used to build products that "
        "compete with Acme's offerings.",
    ),
    (
        "output-training-ban",
        "Outputs generated by the Model may not be used to develop, train or fine-tune any "
        "large language model other than the Model and its Derivatives.",
    ),
    (
        "restrictions-flow-down",
        "Any Derivative Work you distribute must be licensed under terms that include, at a minimum, the use "
        "limitations of Section 10, and you must require your recipients to comply with them.",
    ),
    (
        "naming-branding",
        'If you make a fine-tuned variant publicly available, its name must begin with "Acme-" '
        'and its documentation must display "Powered by Acme".',
    ),
    (
        "geographic-restriction",
        "This license does not extend to persons or entities located in, or organised under the laws of, "
        "any jurisdiction outside the European Economic Area.",
    ),
    (
        "remote-control",
        "The Licensor reserves the right to remotely disable access to the Model for any Licensee found in "
        "breach, and You shall install every update the Licensor releases within thirty days.",
    ),
    (
        "unilateral-change",
        "Acme may revise these terms at any time by posting a new version; continued use "
        "after posting constitutes acceptance of the revised terms.",
    ),
    (
        "guardrail-termination",
        "You must not disable, circumvent or weaken the safety filters distributed with "
        "the Model; doing so terminates this License automatically.",
    ),
    (
        "no-redistribution",
        "You may not transfer, sublicense or make available copies of the Weights to any third party.",
    ),
    (
        "no-modification",
        "No modification, adaptation, fine-tuning or creation of derivative models is "
        "permitted under this License.",
    ),
    (
        "no-source-access",
        "You will not attempt to decompile, disassemble or otherwise extract the parameters "
        "of the Model from the compiled runtime.",
    ),
    (
        "personal-use-only",
        "Use is restricted to the individual Licensee and the Licensee's own employees for "
        "internal business purposes only.",
    ),
    (
        "platform-tie",
        "The Model may be run exclusively on Acme Cloud infrastructure or on devices certified by Acme.",
    ),
    (
        "time-limit",
        "This grant is effective for twelve (12) months from the date You first download the Model, "
        "after which You must obtain a renewed license.",
    ),
    (
        "fee-required",
        "Redistribution of the Model as part of a commercial product is subject to payment of the "
        "royalty set out in Schedule B.",
    ),
    (
        "notification-duty",
        "Before publicly releasing any Derivative Model, You must notify Acme by email at "
        "models@acme.example and provide a link to it.",
    ),
    (
        "ethical-conditions",
        "Your rights under this License are conditioned on Your compliance with the UN Guiding Principles "
        "on Business and Human Rights in all of Your operations.",
    ),
]

# round 4: a second held-out set, written after the rules above (see ROUND 4 below)
APPENDED += [
    (
        "use-restrictions",
        "These permissions lapse for members of the Acme Competitors Group, as that group is described on "
        "acme.example.",
    ),
    (
        "geographic-restriction",
        "Redistribution in the People's Republic of China, Russia or Iran is prohibited.",
    ),
    (
        "geographic-restriction",
        "Territorial note - hosting or offering of the Model within the European Union is not permitted "
        "under this grant.",
    ),
    (
        "use-restrictions",
        "Licensee shall not, without Acme's prior approval, make the Software available to any government "
        "or military entity.",
    ),
    (
        "use-restrictions",
        "You agree not to sell or otherwise supply the Weights to law enforcement or intelligence agencies.",
    ),
    (
        "research-only",
        "This grant covers academic and personal experimentation; all other uses need prior written consent.",
    ),
    (
        "research-only",
        "Scientific research and evaluation are covered by these terms; any other use requires a separate "
        "agreement with Acme.",
    ),
]

UNCLASSIFIED = [
    "The permissions above are void for any licensee headquartered in a jurisdiction that Acme names on its "
    "sanctions page.",
    # ("These permissions lapse for members of the Acme Competitors Group, ..." was here until held-out
    # licence round 33 read rights that end for competitors as a use restriction, `APPENDED`)
    # (a licence revocable "at any time, for any reason" was here until held-out round 11 named it remote
    # control; "may terminate ... at any time" upon notice alone stays uncounted, as the corpus labels do)
]

HARMLESS = [
    "This model was trained by Acme Labs in 2025. Questions and feedback: hello@acme.example.",
    "This agreement shall be governed in all respects by the laws of the State of Delaware.",
    # the notices every license keeps, and the U.S. Government's rights legend
    "You must retain all copyright notices and the NOTICE file in every copy you distribute.",
    "U.S. GOVERNMENT END USERS. The Software is commercial computer software; government users acquire "
    "only the rights set out in this license.",
]


def _appended(corpus: Path, base: str, paragraph: str) -> tuple[str, int]:
    """The corpus text `base` with `paragraph` appended under a heading, and the paragraph's line."""
    text = (corpus / f"{base}.txt").read_text("utf-8").rstrip() + "\n\nADDITIONAL TERMS\n\n"
    return text + paragraph + "\n", text.count("\n") + 1


@pytest.mark.parametrize("base", ["apache-2.0", "mit"])
@pytest.mark.parametrize(
    ("kind", "paragraph"), APPENDED, ids=[f"{k}-{i}" for i, (k, _) in enumerate(APPENDED)]
)
def test_an_appended_paragraph_is_read_for_what_it_says(
    license_corpus: Path, base: str, kind: str, paragraph: str
) -> None:
    text, line = _appended(license_corpus, base, paragraph)
    report = analyze(text, document="LICENSE")
    assert not report.verdict.is_open, report.verdict
    assert report.verdict is not LicenseVerdict.UNKNOWN
    assert kind in {str(c.type) for c in report.clauses if c.line == line}


@pytest.mark.parametrize("paragraph", UNCLASSIFIED)
def test_terms_no_rule_classifies_leave_the_verdict_undecided(license_corpus: Path, paragraph: str) -> None:
    text, line = _appended(license_corpus, "apache-2.0", paragraph)
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.UNKNOWN
    assert report.display_name == "based on Apache License 2.0, with changes"
    assert [a.line for a in report.unclassified] == [line]


@pytest.mark.parametrize("paragraph", HARMLESS)
def test_an_appended_note_that_states_no_terms_changes_nothing(license_corpus: Path, paragraph: str) -> None:
    text, _ = _appended(license_corpus, "apache-2.0", paragraph)
    report = analyze(text, document="LICENSE")
    assert report.verdict is LicenseVerdict.OSI_OPEN
    assert report.unclassified == []
