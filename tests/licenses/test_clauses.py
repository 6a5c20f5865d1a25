"""Unit tests of clause detection: licenses the catalog has never seen, reformatting invariance,
false-positive traps, and a property test that `clauses()` never raises."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opengauge.licenses import analyze, clauses, verdict
from opengauge.licenses.clauses import MAX_PER_TYPE, is_research_grant
from opengauge.licenses.rules import rules
from opengauge.licenses.sentences import sentence_starts
from opengauge.licenses.taxonomy import BLOCKING_TYPES, CLAUSE_TYPES
from opengauge.model import Clause, Freedom

# A made-up license of a vendor that does not exist, phrased unlike any corpus text.
NOVA_LICENSE = """\
NOVALINE OPEN MODEL TERMS
Edition 2, effective 3 February 2027

1. Permission. Subject to these Terms, Novaline grants you a worldwide, royalty-free right to run,
copy, adapt and redistribute the Novaline-7 weights ("the Model").

2. Large deployments. Where your services together exceed 50 million monthly active users, you
must first obtain a separate commercial agreement from Novaline.

3. Companies with annual revenue above USD $25 million must buy an enterprise license.

4. Responsible use. You agree to follow the Novaline Usage Policy at
https://novaline.example/usage-policy, which is incorporated by reference.

5. You may not use the Model for military purposes or for mass surveillance.

6. You shall not use the Model, or any content it generates, to train, distill or improve a competing
foundation model.

7. Any fine-tuned version you publish must be named with the prefix "Nova-" and your product pages
must show "Powered by Novaline".

8. Novaline may amend these Terms at any time, and your continued use of the Model after an amendment
means you accept it.

9. If you disable or bypass the safety guardrails shipped with the Model, your rights end
automatically.

10. You must keep this notice and a copy of these Terms with every copy you share.

11. If you bring a lawsuit alleging that the Model or its outputs infringe your intellectual property,
your rights under these Terms end.
"""

NOVA_TYPES = {
    "user-threshold",
    "revenue-threshold",
    "use-policy-by-reference",
    "use-restrictions",
    "output-training-ban",
    "naming-branding",
    "unilateral-change",
    "guardrail-termination",
    "attribution",
    "broad-litigation-termination",
}

RESEARCH_LICENSE = """\
Orbweaver Research Weights License

You may download and use the Orbweaver weights solely for non-commercial research purposes.
You may not use the weights, or anything derived from them, for any commercial purposes.
You may not share, publish, distribute or lend the weights to anyone else.
"""

PERMISSIVE = """\
Sunbeam Permissive License

Permission is hereby granted, free of charge, to any person obtaining a copy of these model weights,
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of them, subject to
the following condition: the above copyright notice and this permission notice shall be included in
all copies or substantial portions of the weights.

THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. You may not impose any further
restrictions on the exercise of the rights granted here. Research use, commercial use and any
other purpose are all allowed.
"""


def types_of(text: str) -> set[str]:
    return {c.type for c in clauses(text)}


def test_a_new_vendor_license_is_read_from_its_wording() -> None:
    found = clauses(NOVA_LICENSE, document="LICENSE")
    got = {c.type for c in found}
    missing = NOVA_TYPES - got
    assert not missing, f"missed {sorted(missing)}"
    assert got - NOVA_TYPES <= {"restrictions-flow-down"}, f"unexpected {sorted(got - NOVA_TYPES)}"
    for c in found:
        assert c.document == "LICENSE"
        row = CLAUSE_TYPES[c.type]
        assert c.freedom == row.freedom and c.blocks_open_source == row.blocks_open_source
        line = NOVA_LICENSE.split("\n")[c.line - 1]
        assert c.quote.split()[0] in line


def test_new_vendor_license_verdict_is_restricted() -> None:
    report = analyze(NOVA_LICENSE)
    assert report.entry is None  # not in the catalog
    assert report.verdict == "restricted"
    assert "restrict" in report.summary()


def test_research_license_verdict() -> None:
    got = types_of(RESEARCH_LICENSE)
    assert {"research-only", "non-commercial", "no-redistribution"} <= got
    assert analyze(RESEARCH_LICENSE).verdict == "research-only"


def test_permissive_text_has_no_blocking_clause() -> None:
    found = clauses(PERMISSIVE)
    assert {c.type for c in found} == {"attribution"}
    # MIT-like wording: the catalog may recognise it as MIT (osi-open); never a restrictive verdict
    assert analyze(PERMISSIVE).verdict in ("osi-open", "open-non-osi")


@pytest.mark.parametrize(
    "text",
    [
        # Apache-style patent termination is patent-retaliation, not broad litigation termination
        "If You institute patent litigation against any entity (including a cross-claim or counterclaim "
        "in a lawsuit) alleging that the Work constitutes direct or contributory patent infringement, then "
        "any patent licenses granted to You under this License for that Work shall terminate.",
        # copyleft's ban on further restrictions is not a use restriction
        "You may not impose any further restrictions on the exercise of the rights granted or affirmed "
        "under this License.",
        # a license steward publishing new versions is not a unilateral change
        "The Foundation may publish revised and/or new versions of this License from time to time.",
        # the "Built with" obligation of a plain notice file is not present here
        "This product includes software developed at The Example Foundation.",
        # naming a use policy you agree to *in* the policy itself is not incorporation by reference
        "If you access or use the model, you agree to this Acceptable Use Policy.",
        # a disclaimer about research software is not a research-only grant
        "The software was designed for research purposes only and has not been reviewed by any agency.",
        # trademark terms are not a non-commercial restriction on the work
        "You may not use the names or logos of the Licensor for commercial purposes without permission.",
        # export-control boilerplate is not a use restriction chosen by the licensor
        "You will not transfer the software for use in connection with chemical weapons or military "
        "end-uses where prohibited by export laws.",
        # a license steward's versioning note is not a unilateral change of your terms
        "The Example Foundation may revise this license from time to time; each revision has a version "
        "number.",
    ],
)
def test_boilerplate_is_not_a_blocking_clause(text: str) -> None:
    assert not (types_of(text) & BLOCKING_TYPES), types_of(text)


def test_patent_retaliation_vs_broad_litigation() -> None:
    apache_like = (
        "If You institute patent litigation against any entity alleging that the Work constitutes direct "
        "or contributory patent infringement, then any patent licenses granted to You under this License "
        "shall terminate as of the date such litigation is filed."
    )
    broad = (
        "If you institute litigation against us alleging that the Model or its outputs constitute "
        "infringement of intellectual property owned by you, all licenses granted to you end."
    )
    assert types_of(apache_like) == {"patent-retaliation"}
    assert types_of(broad) == {"broad-litigation-termination"}


def test_use_policy_text() -> None:
    policy = """\
Meridian Acceptable Use Policy

You agree you will not use, or allow others to use, Meridian models to:
- develop chemical weapons or other weapons of mass destruction;
- operate fully automated decision-making systems that affect people's legal rights.

The rights granted under the Meridian license are not being granted to you if you are domiciled in,
or a company with a principal place of business in, the European Union.
"""
    report = analyze(policy)
    assert report.is_policy
    assert report.verdict == "use-policy"
    assert {"use-restrictions", "geographic-restriction"} <= {c.type for c in report.clauses}


def test_policy_clauses_count_in_the_license_verdict() -> None:
    license_text = (
        "Tern Model License\n\nTern grants you a license to use, modify and distribute the model.\n"
    )
    policy = (
        "Tern Acceptable Use Policy\n\nThe rights granted under the Tern license are not being granted to "
        "you if you are domiciled in the European Union.\n"
    )
    alone = analyze(license_text)
    assert alone.verdict == "open-non-osi"
    both = analyze(license_text, document="LICENSE", policies=[("USE_POLICY.md", policy)])
    assert both.verdict == "restricted"
    geo = [c for c in both.clauses if c.type == "geographic-restriction"]
    assert geo and geo[0].document == "USE_POLICY.md"
    assert both.policies[0]["document"] == "USE_POLICY.md"


# Short clauses phrased unlike the corpus texts (own words): each must give exactly these types.
NEW_WORDING = {
    "A": (
        """ZEPHYR RESPONSIBLE MODEL LICENSE v0.3
You must not use the Model or Derivatives for any of the purposes listed in Appendix B.
You shall ensure that any downstream licensee is bound by restrictions at least as protective as Appendix B.
Zephyr may, at its sole discretion, remotely disable access to the Model if you breach this license.
You must use the most recent version of the Model made available by Zephyr.
Appendix B - Restricted purposes
(1) Surveillance of individuals without their consent;
(2) Generating disinformation at scale.""",
        {"use-restrictions", "restrictions-flow-down", "remote-control"},
    ),
    "B": (
        """This model is made available for personal and non-commercial use only. Any use by or on """
        """behalf of a for-profit entity requires a commercial license.""",
        {"non-commercial"},
    ),
    "C": (
        """If you or your affiliates had more than $5 million in gross revenue in the last fiscal """
        """year, you must obtain a commercial license.""",
        {"revenue-threshold"},
    ),
    "D": (
        """You may not distribute, sublicense, rent, lease or lend the Model. You may not modify, """
        """adapt or create derivative works of the Model.""",
        {"no-redistribution", "no-modification"},
    ),
    "E": (
        """This license is not available to persons or entities located in the European Union. You may """
        """use the Model only within the territory of the People's Republic of China.""",
        {"geographic-restriction"},
    ),
    "F": (
        """Outputs generated by the Model may not be used to develop competing models. We may revise """
        """these terms at any time by posting a new version; continued use after posting """
        """constitutes acceptance.""",
        {"output-training-ban", "unilateral-change"},
    ),
    "G": (
        """Licensee shall not remove, disable or circumvent any safety filter, content classifier or """
        """watermark included in the Model.""",
        {"guardrail-termination"},
    ),
    "H": (
        """Any derivative model must include "Orca" in its name and you must display "Built on Orca" """
        """in your product.""",
        {"naming-branding"},
    ),
    "I": (
        """Licensed solely for academic research purposes. Use in production systems is not permitted.""",
        {"research-only"},
    ),
    "J": (
        """Your use of the model is subject to our Acceptable Use Policy, as updated from time to """
        """time, available at https://x.example/aup.""",
        {"use-policy-by-reference"},
    ),
    "K": (
        """Redistributions of the model must reproduce the above copyright notice. If you share """
        """adapted versions you must license them under the same license.""",
        {"attribution", "share-alike"},
    ),
    "M": (
        """THESE TERMS DO NOT APPLY IN THE EUROPEAN UNION. "Territory" means the whole world excluding """
        """the territory of the United Kingdom.""",
        {"geographic-restriction"},
    ),
    "N": (
        """You agree that the weights will not be used by you or anyone you control to:
a. identify people from their faces;
b. produce fake recordings of real people.""",
        {"use-restrictions"},
    ),
    "O": (
        """You may not: (a) sell, rent, sublicense or otherwise transfer the weights to anyone.""",
        {"no-redistribution"},
    ),
    "L": (
        """The licensee may use the model in products serving up to 10,000,000 users per month; beyond """
        """that a separate license is required.""",
        {"user-threshold"},
    ),
    # use confined to a count (written for this file)
    "cap-devices": (
        "Commercial use of the Firmware is limited to 20.000 (twenty thousand) devices.",
        {"user-threshold"},
    ),
    "cap-installs": ("Deployment is capped at 7,500 installations per customer.", {"user-threshold"}),
    "cap-words": (
        "Use of the Model is restricted to a maximum of fifty thousand end users.",
        {"user-threshold"},
    ),
    "cap-not-users": ("Our liability is limited to 500 dollars and the warranty to 90 days.", set()),
    # a use that must first be announced to the licensor (written for this file)
    "notify-required": (
        "Commercial use of the Model, modified or not, requires prior notification to Orrin Labs at "
        "legal@orrin.example.",
        {"notification-duty"},
    ),
    "notify-subject": (
        "Redistribution is subject to advance written notice to the Licensor.",
        {"notification-duty"},
    ),
    "notify-registration": (
        "Any deployment requires registration with the Kestrel portal.",
        {"notification-duty"},
    ),
    "notify-not-needed": ("Use of the Model requires no registration with anyone.", set()),
}


@pytest.mark.parametrize("key", sorted(NEW_WORDING))
def test_new_wordings(key: str) -> None:
    text, want = NEW_WORDING[key]
    assert types_of(text) == want


def _variants(text: str) -> dict[str, str]:
    words = text.split(" ")
    rewrapped, line = [], 0
    for w in words:  # re-wrap at ~40 columns
        line += len(w) + 1
        if line > 40 and "\n" not in w:
            rewrapped.append("\n" + w)
            line = len(w)
        else:
            rewrapped.append(w)
    html_body = "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in text.split("\n\n"))
    return {
        "crlf": text.replace("\n", "\r\n"),
        "rewrapped": " ".join(rewrapped).replace(" \n", "\n"),
        "html": f"<html><body>{html_body}</body></html>",
        "markdown": re.sub(r"^(\d+)\. ", r"**\1.** ", text, flags=re.M).replace(
            "Novaline may", "*Novaline* may"
        ),
        "curly": text.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace("'", "\u2019"),
        "tabs": text.replace(" ", "\t", 5),
    }


@pytest.mark.parametrize("variant", ["crlf", "rewrapped", "html", "markdown", "curly", "tabs"])
def test_reformatting_keeps_the_clause_types(variant: str) -> None:
    base = types_of(NOVA_LICENSE)
    text = _variants(NOVA_LICENSE)[variant]
    assert types_of(text) == base
    for c in clauses(text):
        line = text.split("\n")[c.line - 1]
        assert c.quote.split()[0] in line
        assert "<" not in c.quote and "**" not in c.quote


def test_one_clause_per_sentence_and_at_most_three_per_type() -> None:
    sentence = "You may not use the Model for military purposes. "
    text = sentence * 10
    found = clauses(text)
    assert len(found) == MAX_PER_TYPE
    assert len({c.span for c in found}) == MAX_PER_TYPE
    one = clauses("You may not use the Model for military purposes or military applications.")
    assert len(one) == 1


def test_sentence_splitting_keeps_abbreviations() -> None:
    text = (
        "Use it e.g. for chat, i.e. conversation. See Section 3.2 below. Next one.\n\n"
        "1. Item one\n2. Item two"
    )
    starts = sentence_starts(text)
    pieces = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]
    assert pieces[0].startswith("Use it e.g. for chat, i.e. conversation.")
    assert any(p.startswith("See Section 3.2 below.") for p in pieces)
    assert any(p.startswith("1. Item one") for p in pieces)


def test_research_grant_strength() -> None:
    assert is_research_grant("You may use the model solely for research purposes.")
    assert not is_research_grant("Non-commercial uses do not include any production use.")


def test_verdict_order() -> None:
    def clause(t: str, quote: str = "x") -> Clause:
        row = CLAUSE_TYPES[t]
        return Clause(
            type=t, freedom=row.freedom, blocks_open_source=row.blocks_open_source, line=1, quote=quote
        )

    research = clause("research-only", "for research purposes only")
    nc = clause("non-commercial")
    assert verdict([research, nc, clause("user-threshold")], None, is_policy=False) == "research-only"
    assert verdict([nc, clause("user-threshold")], None, is_policy=False) == "non-commercial"
    assert verdict([clause("user-threshold"), clause("attribution")], None, is_policy=False) == "restricted"
    assert verdict([clause("attribution")], None, is_policy=False) == "unknown"
    assert verdict([clause("attribution")], None, is_policy=False, open_grant=True) == "open-non-osi"
    assert verdict([clause("use-restrictions")], None, is_policy=True) == "use-policy"
    assert verdict([], None, is_policy=False) == "unknown"


def test_rules_are_valid_and_cover_every_type() -> None:
    assert {r.type for r in rules()} == set(CLAUSE_TYPES)
    for t in CLAUSE_TYPES.values():
        assert t.name and t.explanation.endswith(".")
        assert isinstance(t.freedom, Freedom)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_clauses_never_raise(text: str) -> None:
    for c in clauses(text):
        assert c.line >= 1 and c.quote
        assert c.span is not None and 0 <= c.span[0] < c.span[1] <= len(text)


_PIECES = st.sampled_from(
    [
        "You may not use ",
        "military purposes",
        " monthly active users",
        "incorporated by reference",
        "\n\n",
        "\r\n",
        ". ",
        "; ",
        "<p>",
        "</p>",
        "**",
        "e.g.",
        "1. ",
        "(a) ",
        "\u201c",
        "\u201d",
        "solely for research purposes",
        "alleging that",
        "intellectual property",
        "&amp;",
        "&#x201c;",
        "\u0130",
        "\u00df",
        "\ufb03",
        "\u2028",
        "\x00",
        " ",
        "A",
        "z",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_clauses_never_raise_on_license_like_noise(text: str) -> None:
    for c in clauses(text):
        assert c.line == text.count("\n", 0, c.span[0]) + 1


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_analyze_never_raises_and_serialises(text: str) -> None:
    report = analyze(text)
    data = report.to_json()
    assert data["schema"] == "opengauge.license/1"
    assert data["verdict"] in (
        "osi-open",
        "open-non-osi",
        "restricted",
        "non-commercial",
        "research-only",
        "use-policy",
        "unknown",
    )


# --- restriction wordings of software licenses and EULAs, and false alarms (texts written here) ---


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        # use tied to one vendor's services, "only" before the verb
        (
            "The Kit and anything built from it only may be used with the cloud services or applications "
            "provided by Tallowmere Inc.",
            "platform-tie",
        ),
        ("This code is solely to be run on hardware products manufactured by Ostrander.", "platform-tie"),
        # a grant whose purpose is one named operating system
        (
            "You may copy and adapt the samples to run on a Quillon Desk operating system.",
            "platform-tie",
        ),
        (
            "Licensee has the right to distribute the runtime to run on the Brackwater platform.",
            "platform-tie",
        ),
        # use only where the copy was bought
        (
            "We license the Program to you for use only in the country where you acquired it.",
            "geographic-restriction",
        ),
        (
            "The licence applies solely within the territory in which the customer purchased the seat.",
            "geographic-restriction",
        ),
        # commercialisation refused
        (
            "Any use of the Toolkit involving Commercialization is strictly prohibited absent our consent.",
            "non-commercial",
        ),
        ("Commercialising the dataset or its derivatives is forbidden.", "non-commercial"),
    ],
)
def test_software_license_restrictions(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        # any operating system is no tie
        "You may modify and distribute the library to run on any operating system.",
        "You can port the tool to run on the Linux platform or any other platform.",
        # commercialisation allowed, or a definition that says what is not commercialisation
        "Internal evaluation shall not be considered Commercialization, which is not prohibited either.",
        # the licence may be replaced by a new version (not a change of the terms you hold)
        "The Steward may make changes to the terms of this licence from time to time and issue a new "
        "version of the licence.",
        # a trademark policy of the license's author, not a use policy on the work
        "Any use has to be in compliance with the Dovecote Commons trade mark usage guidelines.",
        # a logo the licensee may remove
        "The Kestrel logo cannot be changed, you can remove it, but you cannot change it in any way.",
        "You may leave out the Wren trademark, but you can't alter it if you keep it.",
    ],
)
def test_no_false_alarm_on_versions_trademarks_logos_or_any_platform(text: str) -> None:
    found = [c for c in clauses(text) if c.blocks_open_source]
    assert not found, [(c.type, c.quote) for c in found]


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        # offering the work as a service, a long object before "available"
        (
            "You may not make the features of the program or of any changed copy of it available to "
            "other companies as a service.",
            "use-restrictions",
        ),
        # building a rival or compatible product refused
        ("The decoder cannot be used to develop a compatible encoder.", "use-restrictions"),
        ("This library may not be used to create a competing spreadsheet product.", "use-restrictions"),
        # purposes named with their non-commercial kind
        (
            "Permission is given to run the Program free of charge for any non-commercial purpose.",
            "non-commercial",
        ),
        ("You may build on the kit for personal or academic, non-commercial use.", "non-commercial"),
        ("Educational and non-commercial uses are licensed; nothing else is.", "non-commercial"),
        ("For-profit companies are not permitted to use the Software under this Licence.", "non-commercial"),
        ("You cannot make money off redistributing the tool.", "non-commercial"),
        # use limited to academic bodies
        (
            "Use of the package under this Licence is restricted solely to members of academic institutions.",
            "research-only",
        ),
        ("The licence is granted only to non-profit organisations.", "research-only"),
        # the code passed on to anyone refused
        ("You may not give the code to any other person without our leave.", "no-redistribution"),
        # reverse compilation refused
        ("You may not reverse-compile or reverse-assemble the object code.", "no-source-access"),
        # only the author's releases may be passed on
        ("You are only allowed to distribute versions released by the author.", "no-modification"),
        # use only with a paid subscription
        (
            "The server may only be used in production if you hold a valid Enterprise subscription.",
            "fee-required",
        ),
    ],
)
def test_more_software_license_restrictions(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        # share-alike, not a ban on redistribution
        "Selling copies is welcome, but you may not redistribute the guide under terms more restrictive "
        "than those you received it under.",
        # passing it off as one's own, or a changed copy under the original name
        "You may not redistribute the code as your own.",
        "You are not permitted to redistribute this sample as the Official Sample after having made changes.",
        # a definition of personal use, and commercial purposes granted too
        '"Private Use" means use by one person for personal and non-commercial purposes.',
        "You may use and copy the toolkit for any non-commercial purpose as well as for commercial ones.",
        # a notice about the license document itself
        "No modification, editing or other alteration of this document is allowed.",
        # an export-law notice
        "This software may be exported worldwide except to embargoed destinations.",
        # a label that ships with the work
        'The server includes a "Powered by Larkspur" button that is installed by default.',
    ],
)
def test_no_false_alarm_on_share_alike_definitions_or_notices(text: str) -> None:
    found = [c for c in clauses(text) if c.blocks_open_source]
    assert not found, [(c.type, c.quote) for c in found]


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        ("Only firms with fewer than fifty (50) employees may use this edition.", "revenue-threshold"),
        (
            "The firmware may only be redistributed and used in connection with a Marrowby sensor product.",
            "platform-tie",
        ),
        (
            "Any other use, including modifying or translating the Software, is not permitted.",
            "no-modification",
        ),
        (
            "If you ship a changed build, you must make the source of your modifications available to the "
            "Pellham Software Organization.",
            "notification-duty",
        ),
        ("Licensee shall send all changes to the original author.", "notification-duty"),
    ],
)
def test_headcount_vendor_product_tie_change_bans_and_hand_back_duties(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        # changes offered to every recipient (copyleft), not handed back to the licensor
        "You must make your modifications available to all recipients of the program.",
        # handed back only when the author asks
        "When the author asks you for a copy of your modified build, you must make your changes available "
        "to the author.",
        # all other uses, changes included, are allowed
        "Any other use, including modifying the Software, is permitted.",
    ],
)
def test_no_false_alarm_on_copyleft_or_on_request_duties(text: str) -> None:
    found = [c for c in clauses(text) if c.blocks_open_source]
    assert not found, [(c.type, c.quote) for c in found]


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        ("This library cannot be used to track people or to profile voters.", "use-restrictions"),
        ("The data may not be used to build credit scores.", "use-restrictions"),
        (
            "Permission is not granted to use these files as sample data for training classifiers.",
            "use-restrictions",
        ),
        (
            "Provided the Licensee does not use the code in any way that is disparaging to Fernhill.",
            "use-restrictions",
        ),
        (
            "You may copy and use this code freely. You may distribute this ORIGINAL archive.",
            "no-modification",
        ),
        ("The font may be shared freely, provided it is not altered in any way.", "no-modification"),
        ("Copies may be made provided that the file is not changed.", "no-modification"),
        ("Every deployment in a paid product must be notified to the author by email.", "notification-duty"),
        (
            "This add-on is a supplement. You may not use it if you do not have a license for the editor.",
            "platform-tie",
        ),
    ],
)
def test_eula_and_freeware_wordings(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        # a rule on the license document, not on the work
        "This Agreement may be freely copied and published, provided it is not altered.",
        # patents, names and the scope of the grant
        "The licence makes sure that patents cannot be used to make the program non-free.",
        "The names of the authors may not be used to endorse products built with this code.",
        "The appendix shall not be used to narrow the scope of the license granted above.",
    ],
)
def test_no_false_alarm_on_document_patent_or_name_rules(text: str) -> None:
    found = [c for c in clauses(text) if c.blocks_open_source]
    assert not found, [(c.type, c.quote) for c in found]


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        (
            "Permission to copy and modify this code is granted, provided that it is used in "
            "conjunction with Harrowgate sensors.",
            "platform-tie",
        ),
        (
            "Marrowby grants you the right to use and copy the driver when embedded in a Marrowby "
            "radio product.",
            "platform-tie",
        ),
        (
            "The licence granted here is only for the integration of your plug-in with other proprietary "
            "software of Quillon.",
            "platform-tie",
        ),
        ("No file may be removed or modified.", "no-modification"),
        ("No part of the archive shall be altered.", "no-modification"),
    ],
)
def test_vendor_part_grants_and_unchanged_files(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Permission to copy this code is granted, provided that it is used in conjunction with the notice.",
        "We grant you the right to run the tool when embedded in any device.",
    ],
)
def test_no_platform_tie_without_a_vendor_part(text: str) -> None:
    assert "platform-tie" not in {c.type for c in clauses(text)}, text


def test_a_label_duty_in_a_sentence_about_products_that_contain_the_work() -> None:
    text = (
        'If you ship a product that contains or uses the Model, you will include "Built on Larkspur" on '
        "its about page."
    )
    assert "naming-branding" in {c.type for c in clauses(text)}


def test_notices_kept_unchanged_are_no_ban_on_changes() -> None:
    text = (
        "Where the program is used as source code, the copyright declaration above, these conditions of "
        "use and the statement of no guarantee below shall be kept in unchanged form in the source."
    )
    assert "no-modification" not in {c.type for c in clauses(text)}


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        (
            "This licence does not include the right to gather the clips in bulk to build a rival "
            "stock-footage service.",
            "use-restrictions",
        ),
        (
            "The Gallery License does not allow:\n\n    Sale of the pictures as prints;\n"
            "    Depicting people in a defamatory way.\n",
            "no-redistribution",
        ),
    ],
)
def test_carve_outs_of_media_licenses(text: str, ctype: str) -> None:
    assert ctype in {c.type for c in clauses(text)}, text


def test_a_may_not_list_that_only_bars_sublicensing_is_no_redistribution_ban() -> None:
    text = "You must not:\n\nadd terms that narrow this Licence;\nsublicense the Work.\n"
    assert "no-redistribution" not in {c.type for c in clauses(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1) The Software may be used only as part of the Ocean Grid Analysis Tools Package.", True),
        ("The library can only be distributed as part of the Heronsgate Imaging Suite.", True),
        ("The Software may be used as part of a larger package of any kind.", False),
        ("The program may be distributed only as part of your own software package.", False),
    ],
)
def test_use_only_inside_one_named_package(text: str, want: bool) -> None:
    assert ("platform-tie" in {c.type for c in clauses(text)}) is want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Fenwick Water shall have the unilateral right to revoke the Licence at any time in its sole "
            "discretion.",
            True,
        ),
        ("We may withdraw this permission at will.", True),
        ("You may withdraw this License at any time by destroying all copies.", False),
        ("The Licensor may revoke this licence at any time if you breach its terms.", False),
    ],
)
def test_a_licence_revocable_at_will(text: str, want: bool) -> None:
    assert ("remote-control" in {c.type for c in clauses(text)}) is want, text
