"""Wordings that look like restrictions and are not (and the real restrictions next to them).

Each case names the cause of a false alarm found by reading open licenses (`bench/scancode_db.py`),
in texts written for this file in several drafting styles (terse, legalese, plain words, a Markdown
list, one long sentence); vendors and products are invented. Each group of "not a restriction" texts
is paired with texts the same rules must still catch, so a fix that blinds a rule fails here.
"""

from __future__ import annotations

import pytest

from opengauge.licenses import analyze, clauses
from opengauge.licenses.grants import read_grants
from opengauge.model import Freedom


def _blocking(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.quote) for c in clauses(text) if c.blocks_open_source]


def _types(text: str) -> set[str]:
    return {c.type for c in clauses(text)}


# --- "whether you charge or not" is no ban on earning money ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "The Licensee may deploy the Typeface in any commercial setting, whether or not a fee is charged, "
        "as the Licensee is deemed to earn income from its own services and not from the Typeface.",
        # plain words
        "Use it on a paid site or a free one, charge your visitors or not, and make money from your own "
        "content as you like.",
        # Markdown list
        "- Business use: allowed, whether you bill your customers or not, and you may earn income from "
        "what you publish with it.",
        # one long sentence
        "You may use the clip art in newsletters, shops, adverts and products of every kind and you may "
        "sell those products whether the art is the main attraction or not and earn money from your work "
        "as you see fit.",
    ],
)
def test_charging_or_not_is_no_ban_on_earning(text: str) -> None:
    assert "non-commercial" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "You may not use the Typeface to make money.",
        "Whether paid or not, you may not earn income from the Model.",
        "No person may use the pack to sell a product or otherwise earn income.",
    ],
)
def test_a_ban_on_earning_money_is_still_read(text: str) -> None:
    assert "non-commercial" in _types(text), text


# --- labelling a copy as the official one, and options a licensor may add --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "Licensee shall not represent any altered distribution as an authorised or reference distribution "
        "without the prior written consent of the Licensor.",
        # terse
        "Modified builds: must not be labelled as the official release without permission from the authors.",
        # Markdown list
        "- Never present a changed package as the reference distribution without the approval of the "
        "maintainers.",
        # an option a licensor may add, said as a purpose, with its model wording
        "Option A. To prohibit distribution of substantially altered versions without the explicit "
        "permission of the author, the author appends the sentence below.",
        "To accomplish this, add the phrase 'Publishing altered copies of the text is forbidden without "
        "written consent of the publisher.' to the reference.",
    ],
)
def test_official_labels_and_licensor_options_are_no_bans(text: str) -> None:
    found = [t for t in _blocking(text) if t[0] in {"no-redistribution", "no-modification"}]
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "You may not distribute modified versions without the permission of the author.",
        "Distribution of substantially altered versions is prohibited without the explicit permission of "
        "the publisher.",
        "Any alteration of the data set without the prior written consent of Quillon is forbidden.",
    ],
)
def test_changes_or_copies_that_need_consent_are_still_read(text: str) -> None:
    assert _types(text) & {"no-redistribution", "no-modification"}, text


# --- an aside in the grant ("irrevocable (except as stated in section 5)") does not stop it --------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "Quillon grants everyone a perpetual, worldwide, irrevocable (except as stated in section 5) "
        "copyright licence to reproduce, prepare derivative works of and distribute the Guide.",
        # plain words
        "You may (unless otherwise noted in part 4) copy, change and share this kit with anyone.",
        # Markdown list
        "- **Grant.** Northwind grants you a worldwide (subject to applicable export law) licence to use, "
        "copy, modify and redistribute the Software.",
        # one long sentence
        "Permission is hereby granted (save as provided in the patent section below) to any person who "
        "obtains the files to use them, copy them, adapt them and pass them on to others.",
    ],
)
def test_an_aside_in_the_grant_does_not_stop_it(text: str) -> None:
    granted = read_grants(text).granted
    assert {Freedom.USE, Freedom.SHARE, Freedom.MODIFY} <= set(granted), (text, set(granted))


def test_a_real_exception_still_stops_the_grant() -> None:
    text = "Quillon grants you a licence to copy the Guide, except that you may not modify it."
    granted = read_grants(text)
    assert Freedom.MODIFY not in granted.granted


# --- the works a grant covers ("only with respect to ...") are no field of use ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "The licences granted by the Trust under these provisions apply only with respect to documents "
        "published after the Effective Date.",
        # terse
        "Grant: valid solely with regard to drafts submitted after 1 March 2031.",
        # plain words
        "The permissions we grant here count only with respect to the pages in the docs folder.",
    ],
)
def test_the_works_a_grant_covers_are_no_use_restriction(text: str) -> None:
    assert "use-restrictions" not in _types(text), text


def test_a_grant_for_one_vendors_services_is_still_read() -> None:
    text = "We grant you a licence to use the Library solely with the cloud services of Northwind."
    assert _types(text) & {"use-restrictions", "platform-tie"}


# --- a licence to use the licensor's attribution badge, under its guidelines ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "Quillon grants you a royalty-free licence to use the Quillon attribution statements solely for "
        "the purpose of the attribution requirement above, and such use must be in accordance with the "
        "usage guidelines Quillon may publish from time to time.",
        # plain words
        "You may show our attribution badge only for the credit we ask for above; follow our badge usage "
        "guidelines for attribution when you do.",
    ],
)
def test_a_licence_for_attribution_statements_is_no_use_restriction(text: str) -> None:
    found = [t for t in _blocking(text) if t[0] in {"use-restrictions", "use-policy-by-reference"}]
    assert not found, found


def test_a_usage_policy_that_governs_the_work_is_still_read() -> None:
    text = "Your use of the Model must comply with the Quillon usage guidelines, as updated now and then."
    assert "use-policy-by-reference" in _types(text)


# --- a changed copy kept in-house is one way to pass on changes, not a personal-use grant -----------


@pytest.mark.parametrize(
    "text",
    [
        # the alternative of a list ("do at least one of the following")
        "b) use the changed Toolkit only within your company, or keep the modified Toolkit solely for "
        "your own private use.",
        # plain words
        "Or just keep your modified copy solely for internal use.",
        # legalese
        "Alternatively, the Licensee may retain any altered version exclusively for its internal purposes.",
    ],
)
def test_keeping_a_changed_copy_in_house_is_no_personal_use_grant(text: str) -> None:
    assert "personal-use-only" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "You may use the Toolkit solely for your internal business purposes.",
        "The Program is licensed strictly for your own personal use.",
    ],
)
def test_a_personal_use_grant_is_still_read(text: str) -> None:
    assert "personal-use-only" in _types(text), text


# --- a ban on changing the documentation alone ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You may not modify the Documentation.",
        "Licensee shall not alter the accompanying manuals.",
        "- You must not edit the user guide;",
    ],
)
def test_a_ban_on_changing_the_documentation_alone_is_no_ban_on_changes(text: str) -> None:
    assert "no-modification" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "You may not modify the Software or the Documentation.",
        "Licensee shall not alter the accompanying manuals or the code they describe.",
    ],
)
def test_a_ban_on_changing_the_work_is_still_read(text: str) -> None:
    assert "no-modification" in _types(text), text


# --- a grant that introduces its own list of conditions -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Any party may create derivative works of the server and permit third parties to copy and use "
        "them subject to the following restrictions:\n\n(a) keep this notice;\n(b) mark the changes.\n",
        "You may pass the tool on and let recipients use it, subject to the following restrictions:\n\n"
        "- keep the copyright line.\n",
    ],
)
def test_a_grant_with_its_list_of_conditions_is_no_flow_down(text: str) -> None:
    assert "restrictions-flow-down" not in _types(text), text


def test_restrictions_that_follow_the_model_are_still_read() -> None:
    text = "Third parties who receive the Model are bound by the same use restrictions as you."
    assert "restrictions-flow-down" in _types(text)


# --- a clause a revision deleted ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revision of 2031: delete clause 4(b) ('the licensee must notify the author of every change').",
        "Section 7 has been removed: licensees no longer have to inform the original authors.",
    ],
)
def test_a_deleted_clause_is_no_duty(text: str) -> None:
    assert "notification-duty" not in _types(text), text


def test_a_duty_to_tell_the_author_is_still_read() -> None:
    assert "notification-duty" in _types("The licensee must inform the original author of any change.")


# --- use beyond stated limits needs other terms (a restriction the rules did not see) --------------


@pytest.mark.parametrize(
    "text",
    [
        # plain words
        "If your use of the Kit exceeds the limits above, you must obtain a separate licence from Northwind.",
        # legalese
        "Where the Licensee's use of the Software goes beyond the foregoing limitations, the Licensee "
        "shall first enter into a commercial agreement with Quillon.",
        # a heading over a Markdown list
        "Use Limitations: the app is free to use with the following limitations:\n\n"
        "- at most 100 addresses per domain;\n- messages only through our servers.\n",
    ],
)
def test_use_beyond_stated_limits_is_a_use_restriction(text: str) -> None:
    assert "use-restrictions" in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Use restrictions: none.",
        "If your use of the Kit needs more rights, ask us; we grant them freely.",
        # a dual-licensing pointer: the limits, if any, are elsewhere
        "If your use of the Software does not comply with this License, you must obtain a commercial "
        "licence from Quillon.",
    ],
)
def test_no_use_limits_is_no_restriction(text: str) -> None:
    assert "use-restrictions" not in _types(text), text


def test_the_verdicts_follow() -> None:
    """End to end: an open grant with the asides and conditions above reads as open."""
    text = (
        "The Sandpiper Licence\n\n"
        "Sandpiper grants everyone a perpetual, irrevocable (except as stated in section 3) licence to "
        "use, copy, modify and distribute the Guide.\n\n"
        "You may not modify the Documentation.\n\n"
        "Modified copies must not be labelled as the official release without permission from Sandpiper.\n"
    )
    report = analyze(text)
    assert str(report.verdict) == "open-non-osi", [(c.type, c.quote) for c in report.blocking]


# --- export law, the licensor's other products, and notices in a "You may not:" list ---------------


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        # legalese: an export-law notice, not a ban on passing the data on
        (
            "You agree that you shall not, directly or indirectly, sell, export, re-export or transfer any "
            "Data to any destination, entity or person prohibited by the laws of the United States.",
            "no-redistribution",
        ),
        # terse
        ("Licensee may not sell or transfer the kit to embargoed countries or persons.", "no-redistribution"),
        # plain words: the price of the licensor's other products
        (
            "If you use our other databases, other terms apply to them and you agree to pay all charges "
            "for those.",
            "fee-required",
        ),
        # legalese
        (
            "Where the Licensee purchases any additional Quillon services, the Licensee shall pay the fees "
            "set out in the order form for those services.",
            "fee-required",
        ),
        # a Markdown "You may not:" list whose item is about the notices
        (
            "You may not:\n- charge more than the cost of the media;\n"
            "- modify or delete any copyright notices or licence text in the Software.\n",
            "no-modification",
        ),
    ],
)
def test_export_law_other_products_and_notices_are_no_restriction(text: str, ctype: str) -> None:
    assert ctype not in _types(text), text


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        ("Licensee may not sell or transfer the kit to any third party.", "no-redistribution"),
        ("You must pay a royalty of 2 % of net sales to Quillon.", "fee-required"),
        (
            "You may not:\n- rent the Software;\n- modify or translate the Software.\n",
            "no-modification",
        ),
    ],
)
def test_bans_and_fees_next_to_them_are_still_read(text: str, ctype: str) -> None:
    assert ctype in _types(text), text


# --- the original kept intact (point 4 of the Open Source Definition) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # terse, with the change allowed under another name
        "Copying and sharing of these files are permitted as long as there are no modifications. "
        "Modifications are also permitted, but only if the changed files are renamed.",
        # legalese: pristine sources, changes as patch files
        "Permission is hereby granted to any person to use, copy, modify and distribute the Software. "
        "When source code of the Software is distributed, it shall be in its pristine, unmodified form; "
        "modifications distributed as source code shall be distributed only as patch files.",
        # a Markdown list: unchanged copies under these terms, changed ones under a named licence
        "- Redistribution and use of the tool, without modification, are permitted provided this notice "
        "is kept.\n- Redistribution and use with modification are permitted provided that the Lesser "
        "General Public License is met.\n",
        # one long sentence
        "You may hand out verbatim copies of the Gazetteer, and you may also publish adapted versions "
        "of it, provided that every adapted version bears a different name from the original so that "
        "readers can tell the two apart, while copies of the original must remain unmodified.",
    ],
)
def test_the_original_kept_intact_is_no_ban_on_changes(text: str) -> None:
    report = analyze(text)
    assert "unchanged-original" in {c.type for c in report.clauses}, text
    assert not report.blocking, [(c.type, c.quote) for c in report.blocking]
    assert str(report.verdict) in {"open-non-osi", "osi-open"}, text


@pytest.mark.parametrize(
    "text",
    [
        # unchanged copies only, nothing says changed versions may be shared
        "Copying and sharing of these files are permitted as long as there are no modifications.",
        # a ban on changes stays a ban, whatever the text says of renamed versions
        "You may not modify the Software. Modified versions must be renamed.",
    ],
)
def test_unchanged_copies_only_is_still_a_ban(text: str) -> None:
    assert "no-modification" in {c.type for c in analyze(text).blocking}, text


# --- the grant kept only while the work is not put to some purposes ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Markdown list under a conditional grant
        "You may exercise the rights above only if:\n\n- You do not use the Work for the purpose of "
        "tracking people for profit.\n- You do not use the Work in an act of war.\n",
        # legalese, one item
        "(iii) the Licensee does not use the Software for the purposes of building weapons.",
        # plain words
        "All of this holds as long as you will not use the model to harm anyone.",
    ],
)
def test_a_grant_kept_while_the_work_is_not_put_to_some_purposes(text: str) -> None:
    assert "use-restrictions" in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We do not use the data for the purpose of advertising.",
        "You do not use the Software for anything until you accept this Licence.",
    ],
)
def test_a_promise_of_the_licensor_is_no_use_restriction(text: str) -> None:
    assert "use-restrictions" not in _types(text), text


# --- a tiered grant: a later grant without the limit lifts a personal-use limit -------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese, numbered sections
        "1.1 Licensee may use, copy, modify and distribute the Toolkit solely for Licensee's internal "
        "evaluation, provided that the copyright notices are kept.\n\n1.2 Licensee may use, reproduce, "
        "modify and distribute the Toolkit to third parties, provided that Licensee meets the conditions "
        "of section 1.1.",
        # plain words
        "You can use, copy and change the tool only for your own personal use. You may also use it, copy it "
        "and hand it to anyone else, changed or not, as long as you keep this notice with it.",
        # a Markdown list
        "## Grants\n\n- **In-house.** You may run and copy the Software solely for your in-house testing.\n"
        "- **Everywhere.** You may also run, copy, modify and distribute the Software to anyone, subject "
        "to the notice rule below.\n",
        # a defined term that stands for freedom verbs ("Ship" means to use, sell or distribute)
        '"Ship" means to use, sell or distribute the Library outside your organisation.\n\n'
        "A. You may use and copy the Library solely for your internal development.\n\n"
        "B. You may use, modify and Ship the Library, provided that every copy carries this notice.",
        # one long sentence per step
        "Section 2.1: recipients may use, copy and modify the Package exclusively for their own private "
        "study, provided that the copyright notice stays with each copy; section 2.2: recipients may "
        "also use, copy, modify, publish and distribute the Package to the public, for payment or free "
        "of charge, provided that the notice duty of section 2.1 is met.",
    ],
)
def test_a_later_grant_lifts_a_personal_use_limit(text: str) -> None:
    assert "personal-use-only" not in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        # no later grant
        "You may use and copy the Software solely for your internal business purposes. You may not "
        "distribute it.",
        # the later grant is limited too
        "You may use, copy and distribute the Software solely for internal purposes. You may also use "
        "and distribute copies only within your organisation.",
        # the limit comes after the wide grant
        "You may use, copy and distribute the Software. You may run the Software solely for your "
        "personal use.",
        # the limit is said on its own, not in a grant
        "This licence is for internal use only. You may use, copy and distribute the Software to your "
        "affiliates.",
        # the later "grant" is one the licensee gives, for contributions
        "You may use, copy and modify the Guide solely for your personal use. By submitting a change, "
        "you grant the Publisher a licence to use, copy, modify and distribute it.",
        # the later grant gives use but not sharing
        "You may use and distribute the Kit solely for your personal projects. You may also use and "
        "modify the Kit at work.",
    ],
)
def test_a_personal_use_limit_no_later_grant_lifts_is_still_read(text: str) -> None:
    assert "personal-use-only" in _types(text), text


def test_a_grant_the_licensee_gives_grants_the_licensee_nothing() -> None:
    given = "By contributing, you grant the Maintainers a licence to use, copy, modify and distribute it."
    assert not read_grants(given).granted
    received = "Each Contributor hereby grants You a licence to use, copy, modify and distribute the Work."
    assert {Freedom.USE, Freedom.SHARE, Freedom.MODIFY} <= set(read_grants(received).granted)


# --- the author's credit shown by the work itself is attribution, not branding -------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese
        "3.4 Attribution. Each copy of the Work in executable form that You distribute must, as a form of "
        'attribution of the Original Developer, show on every user interface screen the words "Powered by '
        'Quillwork" together with the copyright notice of the Original Developer.',
        # plain words
        "Give us credit where people can see it: as attribution, every copy you pass on has to show "
        '"Made with Lanternfish" on its splash screen.',
        # a Markdown list under a heading of its own
        "## Attribution\n\n- Every distributed copy must display the Tidewater logo and the line "
        '"Powered by Tidewater" in its About dialog.\n- The logo links back to the project.\n',
        # one long sentence
        "When you distribute the program, in source or binary form and changed or not, you must keep "
        'the author\'s attribution, which is the phrase "Powered by Emberline" with the copyright line, '
        "visible at the bottom of each user interface screen of every copy.",
    ],
)
def test_the_authors_credit_on_the_works_own_screens_is_attribution(text: str) -> None:
    types = _types(text)
    assert "naming-branding" not in types, text
    assert "attribution" in types, text


@pytest.mark.parametrize(
    "text",
    [
        # a brand shown outside the work: websites, documentation
        "If you distribute a product that uses the Model, you must prominently display "
        '"Built with Sorrel" on a related website, user interface or product documentation.',
        # a logo on what is made with the work, even when called attribution
        'As attribution, you must display the "Encoded with Nimbus" logo on the packaging of any video '
        "you make with the codec.",
        # a derivative named after the licensor, even when called attribution
        'As attribution, any model trained with the Materials must include "Sorrel" at the beginning of '
        "its model name.",
        # related materials
        "Distribution & Attribution: prominently display “Powered by Kestrel” in related materials or "
        "interfaces.",
    ],
)
def test_a_brand_shown_outside_the_work_or_in_a_name_is_still_branding(text: str) -> None:
    assert "naming-branding" in _types(text), text


# --- a plea is not a ban --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # plain words
        "By using this library for military purposes, you will make a kitten cry.",
        # legalese register, a doing as the subject
        "Deploying the Software in military applications would be contrary to the hopes of its authors.",
        # a Markdown list
        "## A request\n\n- By running this code for military purposes, you break a small programmer's "
        "heart.\n",
        # one long sentence
        "By making use of the Package for military purposes or in any military application anywhere "
        "in the world, whether directly or through a contractor, you choose to make the maintainers of "
        "this small project rather unhappy, and that is all this sentence says.",
    ],
)
def test_a_plea_is_no_use_restriction(text: str) -> None:
    assert not _blocking(text), _blocking(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may not use the Software for military purposes.",
        "By using the Software for military purposes, you lose every right granted here.",
        "By using the Software for military purposes you breach this License.",
        "Use for military purposes is prohibited.",
        "Using the Software for military purposes terminates this License automatically.",
    ],
)
def test_a_ban_on_military_use_is_still_read(text: str) -> None:
    assert "use-restrictions" in _types(text), text


# --- a ban on changes among the conditions for passing on the original --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # legalese, numbered items
        "2. Grant. The Licensee may create, use, reproduce and redistribute Derived Works of the Font, "
        "provided that each Derived Work carries a new name.\n\n3. If the Licensee redistributes the "
        "Font itself, the Licensee shall meet the following conditions:\n\n(1) The Licensee may not "
        "rename the Font.\n\n(2) The Licensee may not alter or otherwise modify the Font.\n\n(3) A copy "
        "of this Agreement must accompany the Font.",
        # plain words, a dashed list
        "You can change this typeface and share your changed versions with anyone.\n\nWhen you pass on "
        "copies of the typeface as we released it, these rules apply:\n\n- you may not alter it in any "
        "way;\n- keep this text with it.\n",
        # lettered items
        "Everyone may modify the Kit and distribute modified versions of it.\n\nWhere you redistribute "
        "the Kit as received, you must comply with the following:\n\na) You shall not modify the Kit.\n"
        "b) You shall keep the notices.\n",
    ],
)
def test_a_ban_on_changing_the_original_it_passes_on_keeps_it_intact(text: str) -> None:
    types = _types(text)
    assert "no-modification" not in types, [(c.type, c.quote) for c in clauses(text)]
    assert "unchanged-original" in types, text


@pytest.mark.parametrize(
    "text",
    [
        # no grant to change and share
        "If you redistribute the Program, the following conditions apply:\n\n(1) You may not alter or "
        "otherwise modify the Program.\n\n(2) Keep this notice.",
        # changes allowed, but not shared
        "You may use and modify the Program for your own use.\n\nIf you redistribute the Program, the "
        "following conditions apply:\n\n(1) You may not modify the Program.",
        # a list about modified versions is not about the original
        "You may modify and distribute the Program.\n\nIf you distribute modified versions, the "
        "following conditions apply:\n\n(1) You may not alter the Program's licence checks.",
        # the ban outside any list
        "You may create and distribute derived works of the Font. You may not alter or otherwise modify "
        "the Font.",
    ],
)
def test_a_ban_on_changes_outside_such_a_list_is_still_read(text: str) -> None:
    assert "no-modification" in _types(text), text


# --- the licence's own terms passed on; a grant that lists its verbs --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each recipient of a copy shall be subject to the same restrictions on use and redistribution as "
        "are binding on you hereunder.",
        "Every distributee will be bound by the same terms and conditions as apply to You under this "
        "License.",
    ],
)
def test_the_licences_own_terms_passed_on_are_share_alike(text: str) -> None:
    types = _types(text)
    assert "restrictions-flow-down" not in types, text
    assert "share-alike" in types, text


def test_use_restrictions_passed_on_are_still_a_flow_down() -> None:
    assert "restrictions-flow-down" in _types("Recipients are bound by the use restrictions in Attachment A.")


def test_a_grant_whose_verbs_are_its_list_is_read_through_its_conditions() -> None:
    text = (
        "Subject to the terms hereof, Northwind grants You a licence, subject to third-party claims and "
        "for no fee other than the cost of media, to:\n\n(a) use the Kit;\n\n(b) make modifications to "
        "the Kit; and\n\n(c) distribute the Kit and your modifications."
    )
    assert {Freedom.USE, Freedom.SHARE, Freedom.MODIFY} <= set(read_grants(text).granted)
    limited = "Northwind grants You a licence, solely for tests, to:\n\n(a) use the Kit;\n\n(b) change it."
    assert Freedom.MODIFY not in read_grants(limited).granted


def test_a_duty_read_again_as_attribution_is_reported_once_per_sentence() -> None:
    text = (
        "3.4 Attribution. Each copy you distribute must retain the copyright notices and show on every "
        'user interface screen the words "Powered by Quillwork", as a form of attribution of the author.'
    )
    found = [c.type for c in clauses(text)]
    assert found.count("attribution") == 1, found
    assert "naming-branding" not in found, found
