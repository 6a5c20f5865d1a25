# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 49 (issue 14): twelve model licences whose limit takes a shape rounds 30 to 48 used little, eight
that take something away and four open controls, each control a near miss of one of the restricted texts (the same
device, turned so that it takes nothing away). Each expectation is decided from the README's definitions (verdicts and
clause types) and the frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for
everyone and without asking permission, with no field-of-use, user-count or revenue limit; the Open Source
Definition's free redistribution and no discrimination against persons, groups or fields; the G7 labels, which all
need release free of charge, Weights Available being the label for "commercial, geographical, or usecase
restrictions"; the EU AI Act exemption, lost to any blocking clause, to a price or to access only through a paid
platform, Recital 102 keeping it for a licence that only asks for credit and same terms), not from what opengauge
reads. The shapes: a credit line the licensor will not let appear in defence or border work, so that the credit
condition bars those uses; production serving from anywhere but the licensor's cloud ending the licence, as a
consequence in a terse numbered list; a prior approval of every deployment hidden in the definition of "Approved
Deployment"; a seat count in a Markdown plan table; copies passed on only by linking to the official download, in a
"You can / You can't" list; a monthly fee for each GPU beyond the eighth, in a manual-page layout; research-only terms
in a model card's YAML front matter (`license_terms`); and a "Part B" whose consequences end "Part A" for anyone who
charges money or uses the model in a business. The four controls: a hosted endpoint offered as an option, with
self-hosting changing nothing; a credit line in the notices plus a wish about weapons declared not to be a condition;
YAML front matter granting every freedom for any purpose, the paper's experiments only an example; and a "Part B" of
consequences for those who charge money that asks only for the licence among a product's notices. Drafting styles
vary (plain paragraphs, terse numbered one-line rules, numbered legalese with definitions, a Markdown table, Markdown
"You can / You can't" lists, a manual page, YAML front matter over a model card, Part A / Part B / Part C clauses,
Markdown headings with bullets). Every name, company, product, address and figure is invented (the governing laws
named are real). Written blind, before any rule changed.

- "credit line that may not appear in defence or border work": plain paragraphs granting use, copying, modification,
  fine-tuning and distribution "for commercial or non-commercial purposes, on one condition: credit", then "Lachance
  Imaging does not give its name to weapons, surveillance of people or border enforcement, so the credit line may not
  appear in, and the model may therefore not be used in, any product or service built for an armed force, an
  intelligence service or a border agency. A use for which the credit line may not be shown is not a use this licence
  permits." (restricted, use-restrictions: dressed as an attribution condition, the clause takes whole fields and
  classes of users out of the grant; a credit requirement is allowed by Recital 102 and does not block, but this one
  excludes lawful uses, against OSAID's "any purpose" and the Open Source Definition's points 5 and 6; commercial use
  is allowed).
- "production serving outside the licensor's cloud ends the licence": nine terse numbered rules, "1. You may use
  Haldane-Translate 3 for any purpose, commercial included.", copying, changing and passing on allowed, "5. Trying it
  out, testing and development can run anywhere.", then "6. If you serve the model, or a model derived from it, to
  users in production from anywhere other than Haldane Cloud (the hosted inference service of Haldane Systems Oy),
  your licence ends that day." (restricted, platform-tie: the README's "use only with (or on) a named vendor's
  hardware, devices or services", stated as a consequence rather than a prohibition; production use must go through
  the licensor's service, which is also the monetisation through a platform that the EU AI Act exemption excludes).
- "each deployment approved in advance, inside a definition": numbered legalese whose grant covers use, copying,
  modification and distribution "for commercial and non-commercial purposes, for testing and in Approved
  Deployments", the limit sitting only in definition 1.4: '"Approved Deployment" means a Deployment described in a
  Deployment Request that the Licensor has approved in writing before the Deployment begins; the Licensor may approve
  or refuse a Deployment Request for any reason, and an approval covers only the Deployment it describes.'
  (restricted, notification-duty: every production use must first be reported to the licensor on its form, the
  README's "you must register, tell the licensor ... before ... you use"; that the licensor may also refuse makes it
  a permission to ask for, against OSAID's "without asking permission", but the clause type that names a duty to
  tell the licensor before use is notification-duty; testing stays free, and commercial use is allowed).
- "seats column of a plan table": a Markdown table of two plans, "Community | 1 to 15 | free" and "Business | 16 or
  more | GBP 30 per seat per month", where "A seat is one named person in your organisation who uses Pellucid-Code
  7B, or a tool built on it, in a calendar month. An organisation with more than fifteen seats may use the model only
  under the Business plan." (restricted, user-threshold: the README's "above a number of users you ... need another
  license", users counted as seats; the paid plan is also a fee, but the clause that decides is the count).
- "no mirrors: copies only from the official download": a Markdown "You can" list (any purpose including paid
  products, fine-tune, merge and change it, run it on your servers, "tell others about it and link to the official
  download") and a "You can't" list: "upload the weights, or weights derived from them, anywhere else: no mirrors, no
  torrents, no model hubs, no shared drives;" and "hand copies to anyone else; anyone who wants the model gets it from
  the official download." (restricted, no-redistribution: the README's "you may not pass the model on"; pointing to
  the licensor's download is not sharing a copy, and changed weights may not be passed on at all).
- "fee for each gpu beyond the eighth, man-page layout": a Unix manual page (NAME, GRANT, SCALE, NOTICES, WARRANTY,
  SEE ALSO) granting use, study, modification and redistribution "for any purpose, commercial or not", then under
  SCALE: "Running the weights, or a derived model, on up to 8 GPUs at the same time is free. For every GPU beyond the
  eighth on which they run at the same time, you owe Cawdor Compute AB a fee of USD 90 per GPU per calendar month,
  payable in advance. Unpaid fees end this licence." (restricted, fee-required: the README's "some use ... requires a
  fee or royalty"; the G7 labels need release free of charge; the threshold is counted in GPUs, not users or revenue,
  and what it triggers is a price under this licence itself, not another licence).
- "yaml front matter: reproduce the paper only": a model card whose YAML front matter has `license: other`, a
  `license_name` and a folded `license_terms` field: "Brackwater Institute lets you download, run, copy and modify the
  Fenwick-Sol 1 weights, and share them with others on these terms, free of charge. The weights may be used only to
  reproduce, check or extend the experiments reported in "Fenwick-Sol: Small Models for Solar Forecasting" ...; any
  other use, including forecasting for a grid operator or selling forecasts, is not licensed." (research-only,
  research-only: the README's "only research, evaluation or other non-production use"; reproducing and extending a
  paper's experiments is research, and production forecasting is refused whether paid or not, so the verdict is
  research-only, which beats non-commercial).
- "part b ends part a when you charge or do business": "Part A — What you may do" grants use, study, modification and
  sharing and the publishing of generated music, then "Part B — When Part A stops applying": "B1. If you, or anyone
  acting for you, charge money for any product, service, performance or recording that uses Lowestoft-Music 1, a
  derived model or music either of them generated, Part A ends for you on the day of the first charge." and "B2. If
  you use Lowestoft-Music 1 in the work of a company or other business run for profit, Part A ends for you on the day
  of that use." (non-commercial, non-commercial: the README's "you may not use it to make money", written as a
  consequence; no field is refused beyond commercial use, so not research-only).
- "hosted endpoint optional, self-hosting changes nothing": Markdown headings, a grant to "use, study, modify and
  distribute Marrowind-Speech 2 and models derived from it, for any purpose, commercial or not", then "## Hosting":
  "Using it is optional.", "If you host the model yourself, on any hardware, in any cloud or on your own machines,
  nothing in this licence changes: the same permission applies." and "If you stop using Keswick Cloud, your licence
  does not end." (open-non-osi: a near miss of the second case; the licensor's service is offered, never required,
  and the consequence sentence says the licence does not end).
- "credit required, weapons only a wish": plain paragraphs, an any-purpose grant, "Credit. Products and publications
  that use Tessaly-Embed 2 must name it, with a link to https://orvane.example/tessaly, where they list their other
  third-party components. That is the only condition of this licence." and "A wish, not a condition. ... we would
  rather it were not used in weapons. This paragraph expresses a hope; it does not limit the permission above, and no
  use is excluded because of it." (open-non-osi: a near miss of the first case; the credit is the README's
  non-blocking attribution, which Recital 102 allows, and the wish binds nobody).
- "yaml front matter: any purpose, paper reproduction as an example": a model card whose `license_terms` grant
  everyone "the right to use, study, modify and redistribute the Gillray-Seg 2 weights and models derived from them,
  for any purpose, including research and commercial purposes, free of charge. Copies must keep this notice.", and a
  "Reproducing the paper" section ending "Reproducing the paper is one use among many; the licence above covers any
  other." (open-non-osi: a near miss of the seventh case; the paper is an example of use, not the limit of it).
- "part b on charging asks only for notices": "Part A — What you may do" grants use, study, modification and sharing
  "for any purpose, commercial or not", then "Part B — If you charge for it": "B1. If you charge money for a product
  or service that uses Aldeburgh-Voice 3, you keep everything you earn; nothing is owed to Snape Acoustics Ltd.", "B2.
  If you ship Aldeburgh-Voice 3, or a derived model, inside a product you sell, the product's notices must include
  this licence." and "B3. If you break B2, Part A ends for you only if you have not fixed the notices within 30 days of
  being told." (open-non-osi: a near miss of the eighth case; the only condition is the licence among the notices,
  attribution, and the termination for an uncured breach of it is the usual kind).

First run (before any rule changed, on commit c1fd1ef): 5 of 12 right (credit line that may not appear in defence or
border work, restricted, use-restrictions from "Lachance Imaging does not give its name to weapons, surveillance of
people or border enforcement, so the credit line may not appear in, and the model may therefore not be used in, any
product or service built for an armed force, ...", but see below; fee for each gpu beyond the eighth, man-page layout,
restricted, fee-required from "For every GPU beyond the eighth on which they run at the same time, you owe Cawdor
Compute AB a fee of USD 90 per GPU per calendar month, payable in advance."; hosted endpoint optional, self-hosting
changes nothing, open-non-osi, only attribution found; yaml front matter: any purpose, paper reproduction as an
example, open-non-osi, only attribution found; part b on charging asks only for notices, open-non-osi, only
attribution found). Two blocked texts read open. No mirrors: copies only from the official download read open-non-osi
("the text grants all four freedoms (use, study, modify, share) and no clause blocks open source", all four credited
to line 7, the "You can" item "use Quillon-TTS 2 for any purpose, including paid products and services;", although
no item of that list lets anyone pass a copy on; no clause at all): the "You can't" items "upload the weights, or
weights derived from them, anywhere else: no mirrors, no torrents, no model hubs, no shared drives;" and "hand copies
to anyone else; anyone who wants the model gets it from the official download." raised no no-redistribution and were
not listed among the unread terms. Part b ends part a when you charge or do business read open-non-osi (all four
freedoms credited to A1, only attribution found, from "Keep this licence with every copy."): "B1. If you, or anyone
acting for you, charge money for any product, service, performance or recording that uses Lowestoft-Music 1, ... Part
A ends for you on the day of the first charge." and "B2. If you use Lowestoft-Music 1 in the work of a company or
other business run for profit, Part A ends for you on the day of that use." raised no non-commercial and were not
listed among the unread terms (the limit is written as a consequence that ends the grant, never as "may not"). Two
blocked texts read unknown. Each deployment approved in advance, inside a definition read "Unknown: the text states
terms opengauge cannot classify (line 7: "the Licensor may approve or refuse a Deployment Request for any reason, and
an approval covers only the Deployment..."), so whether it is open is not decided: read them", no blocking clause
(attribution from 3.1), all four freedoms credited to 2.1 whose "for testing and in Approved Deployments" was not
read as confining the grant; the definition '"Approved Deployment" means a Deployment described in a Deployment
Request that the Licensor has approved in writing before the Deployment begins' raised no notification-duty. Seats
column of a plan table read "Unknown: the text states terms opengauge cannot classify (line 12: "An organisation with
more than fifteen seats may use the model only under the Business plan.")", no clause at all; neither that sentence
nor the table rows "| Community | 1 to 15 | free | ..." and "| Business | 16 or more | GBP 30 per seat per month |
..." raised user-threshold (nor fee-required). One blocked text read with the wrong verdict: yaml front matter:
reproduce the paper only read non-commercial ("commercial use is not allowed (1 restrictive clause found)"), with
non-commercial from "any other use, including forecasting for a grid operator or selling forecasts, is not licensed."
(the quote running on into the next YAML keys, "... is not licensed. pipeline_tag: time-series-forecasting tags");
"The weights may be used only to reproduce, check or extend the experiments reported in "Fenwick-Sol: Small Models
for Solar Forecasting" ..." raised no research-only, so free production use, refused by the text, was not counted.
One blocked text read with the right verdict but the wrong clause: production serving outside the licensor's cloud
ends the licence read restricted ("commercial use is allowed but 1 clause restricts it") with geographic-restriction
from "6. If you serve the model, or a model derived from it, to users in production from anywhere other than Haldane
Cloud (the hosted inference service of Haldane Systems Oy), your licence ends that day." ("from anywhere other than"
read as a place, where the text names a vendor's service) and no platform-tie. One open control read blocked: credit
required, weapons only a wish read restricted ("commercial use is allowed but 1 clause restricts it") with
use-restrictions from "We built Tessaly-Embed 2 for search and for science, and we would rather it were not used in
weapons.", the next sentence "This paragraph expresses a hope; it does not limit the permission above, and no use is
excluded because of it." and the heading "A wish, not a condition." notwithstanding. Side findings on cases counted
right: the credit-line case also got naming-branding (blocking) from its attribution sentence "Every product, service
or publication that uses Corriveau-Vision 4 ... must show the credit line "Vision by Lachance Imaging" where its other
credits are shown.", a credit shown where credits are shown, as round 47's "credit in the product's documentation or
about screen" control, while the wish control's like sentence ("must name it, with a link ..., where they list their
other third-party components") got nothing; in the Haldane text study and modify were credited to "1. You may use
Haldane-Translate 3 for any purpose, commercial included." and share to "2. You may copy it, fine-tune it and change
it.", one line off each; the YAML control's attribution quote runs on into the front matter ("Copies must keep this
notice. pipeline_tag: image-segmentation ---"). No expectation was changed; none was found wrong by the definitions,
and no case is listed in `DISAGREEMENTS`.

What changed (general causes, each with paraphrases and near hits in `tests/licenses/test_round49_rules.py`): copies
refused anywhere but the licensor's own download ("upload ... anywhere else", "no mirrors, no torrents"; plain "give" or
"hand" copies to anyone else) are no-redistribution, in a list under a refusing heading or in one sentence; a grant
that ends once money is charged for what uses the model, or once a business uses it ("If you charge money ..., Part A
ends for you") is non-commercial, and the safety net flags any part of the licence that ends on a condition stated
first (not a suit's consequence, patent peace); each deployment approved by the licensor before it begins, or requests
it may approve or refuse, is notification-duty; an organisation over a number of seats, in figures or words, confined
to a plan is a user cap; use only to reproduce or check a publication's experiments is research-only (strong); serving
confined to "anywhere other than" the licensor's hosted service is a platform tie, not a territory; a wish joined to a
statement of fact ("..., and we would rather it were not used in weapons") binds nothing when nothing before it
forbids; a folded YAML value's last full stop ends its sentence before the next key; and the work named where
third-party components are listed is a credit. 12 of 12 pass. ScanCode DB 0 of 2,086 moved; corpus 64 of 64.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "credit line that may not appear in defence or border work": (
        "Corriveau-Vision 4 Licence\n"
        "\n"
        "Copyright 2026 Lachance Imaging Inc.\n"
        "\n"
        "Lachance Imaging Inc. gives you permission, free of charge, to use, copy, modify, fine-tune and "
        "distribute Corriveau-Vision 4 and models derived from it, for commercial or non-commercial purposes, "
        "on one condition: credit.\n"
        "\n"
        "Credit. Every product, service or publication that uses Corriveau-Vision 4 or a model derived from "
        'it must show the credit line "Vision by Lachance Imaging" where its other credits are shown. '
        "Lachance Imaging does not give its name to weapons, surveillance of people or border enforcement, so "
        "the credit line may not appear in, and the model may therefore not be used in, any product or "
        "service built for an armed force, an intelligence service or a border agency. A use for which the "
        "credit line may not be shown is not a use this licence permits.\n"
        "\n"
        "Corriveau-Vision 4 is provided as is, without warranty of any kind. Lachance Imaging Inc. is not "
        "liable for any damage arising from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "production serving outside the licensor's cloud ends the licence": (
        "HALDANE-TRANSLATE 3: TERMS\n"
        "\n"
        "1. You may use Haldane-Translate 3 for any purpose, commercial included.\n"
        "2. You may copy it, fine-tune it and change it.\n"
        "3. You may give copies, changed or not, to anyone, on these terms.\n"
        "4. Keep this file with every copy.\n"
        "5. Trying it out, testing and development can run anywhere.\n"
        "6. If you serve the model, or a model derived from it, to users in production from anywhere other "
        "than Haldane Cloud (the hosted inference service of Haldane Systems Oy), your licence ends that day.\n"
        "7. When your licence ends, delete every copy you hold.\n"
        "8. No warranty. Haldane Systems Oy is not liable for any damage.\n"
        "9. Finnish law applies.\n",
        "restricted",
        "platform-tie",
    ),
    "each deployment approved in advance, inside a definition": (
        "OSTRANDER-CHEM 5 MODEL LICENCE\n"
        "\n"
        "1. Definitions\n"
        '1.1 "Licensor" means Ostrander Molecular LLC.\n'
        '1.2 "Model" means the Ostrander-Chem 5 weights, tokenizer and configuration files.\n'
        '1.3 "Derivative" means any model created by fine-tuning, distilling, merging or otherwise modifying '
        "the Model.\n"
        '1.4 "Deployment" means any use of the Model or a Derivative to serve users or to process data, other '
        'than for testing, and "Approved Deployment" means a Deployment described in a Deployment Request that '
        "the Licensor has approved in writing before the Deployment begins; the Licensor may approve or refuse "
        "a Deployment Request for any reason, and an approval covers only the Deployment it describes.\n"
        '1.5 "Deployment Request" means the form at https://ostrander.example/deploy, completed and submitted '
        "by you.\n"
        "\n"
        "2. Licence\n"
        "2.1 The Licensor grants you a worldwide, royalty-free licence to use, copy, modify and distribute the "
        "Model and Derivatives, for commercial and non-commercial purposes, for testing and in Approved "
        "Deployments.\n"
        "2.2 You may distribute the Model and Derivatives to others on the terms of this licence.\n"
        "\n"
        "3. Notices\n"
        "3.1 Each copy of the Model or of a Derivative must be accompanied by this licence.\n"
        "\n"
        "4. Warranty\n"
        '4.1 The Model is provided "as is", without warranty of any kind.\n'
        "\n"
        "5. Governing Law\n"
        "5.1 This licence is governed by the laws of the State of New York.\n",
        "restricted",
        "notification-duty",
    ),
    "seats column of a plan table": (
        "# Pellucid-Code 7B: licence\n"
        "\n"
        "Copyright 2026 Arbroath Devtools Ltd\n"
        "\n"
        "Pellucid-Code 7B may be used, copied, modified and redistributed, in commercial products included, "
        "under the plan that fits the organisation using it. The plans are:\n"
        "\n"
        "| Plan | Seats | Price | What you may do |\n"
        "|---|---|---|---|\n"
        "| Community | 1 to 15 | free | use, modify, fine-tune, redistribute |\n"
        "| Business | 16 or more | GBP 30 per seat per month | use, modify, fine-tune, redistribute |\n"
        "\n"
        "A seat is one named person in your organisation who uses Pellucid-Code 7B, or a tool built on it, "
        "in a calendar month. An organisation with more than fifteen seats may use the model only under the "
        "Business plan.\n"
        "\n"
        "Keep this notice with the weights. Pellucid-Code 7B is provided without warranty of any kind.\n",
        "restricted",
        "user-threshold",
    ),
    "no mirrors: copies only from the official download": (
        "# Quillon-TTS 2: terms of use\n"
        "\n"
        "Copyright 2026 Benedek Audio Kft.\n"
        "\n"
        "## You can\n"
        "\n"
        "- use Quillon-TTS 2 for any purpose, including paid products and services;\n"
        "- fine-tune it, merge it and change it in any way;\n"
        "- run it, or your changed version, on your own servers and behind your own apps;\n"
        "- tell others about it and link to the official download at https://hub.benedek.example/quillon-tts-2.\n"
        "\n"
        "## You can't\n"
        "\n"
        "- upload the weights, or weights derived from them, anywhere else: no mirrors, no torrents, no model "
        "hubs, no shared drives;\n"
        "- hand copies to anyone else; anyone who wants the model gets it from the official download.\n"
        "\n"
        "## Also\n"
        "\n"
        "- Keep this file with the weights.\n"
        "- No warranty: Quillon-TTS 2 is provided as is.\n",
        "restricted",
        "no-redistribution",
    ),
    "fee for each gpu beyond the eighth, man-page layout": (
        "SANDERLING-LM(7)            Sanderling Licence            SANDERLING-LM(7)\n"
        "\n"
        "NAME\n"
        "       sanderling-licence - terms for the Sanderling-LM 12B weights\n"
        "\n"
        "GRANT\n"
        "       Cawdor Compute AB grants you a worldwide licence to use, study, modify and\n"
        "       redistribute Sanderling-LM 12B and models derived from it, for any purpose,\n"
        "       commercial or not.\n"
        "\n"
        "SCALE\n"
        "       Running the weights, or a derived model, on up to 8 GPUs at the same time\n"
        "       is free. For every GPU beyond the eighth on which they run at the same\n"
        "       time, you owe Cawdor Compute AB a fee of USD 90 per GPU per calendar month,\n"
        "       payable in advance. Unpaid fees end this licence.\n"
        "\n"
        "NOTICES\n"
        "       Keep this page with every copy of the weights.\n"
        "\n"
        "WARRANTY\n"
        "       None. The weights are provided as is.\n"
        "\n"
        "SEE ALSO\n"
        "       https://cawdor.example/sanderling/pricing\n"
        "\n"
        "Cawdor Compute AB               March 2026               SANDERLING-LM(7)\n",
        "restricted",
        "fee-required",
    ),
    "yaml front matter: reproduce the paper only": (
        "---\n"
        "license: other\n"
        "license_name: brackwater-reproduction-licence\n"
        "license_terms: >-\n"
        "  Brackwater Institute lets you download, run, copy and modify the Fenwick-Sol 1 weights,\n"
        "  and share them with others on these terms, free of charge. The weights may be used only\n"
        '  to reproduce, check or extend the experiments reported in "Fenwick-Sol: Small Models for\n'
        '  Solar Forecasting" (Brackwater Institute, 2026); any other use, including forecasting for\n'
        "  a grid operator or selling forecasts, is not licensed.\n"
        "pipeline_tag: time-series-forecasting\n"
        "tags:\n"
        "- solar\n"
        "- forecasting\n"
        "---\n"
        "\n"
        "# Fenwick-Sol 1\n"
        "\n"
        "A 300M-parameter model for day-ahead forecasts of solar output.\n"
        "\n"
        "## Reproducing the paper\n"
        "\n"
        "Run `python reproduce.py --table 2` to regenerate the paper's second table.\n",
        "research-only",
        "research-only",
    ),
    "part b ends part a when you charge or do business": (
        "LOWESTOFT-MUSIC 1 LICENCE\n"
        "\n"
        "Part A: What you may do\n"
        "A1. Ferrier Sound CIC grants you a free licence to use, study, modify and share Lowestoft-Music 1 "
        "and models derived from it.\n"
        "A2. You may publish the music it generates.\n"
        "\n"
        "Part B: When Part A stops applying\n"
        "B1. If you, or anyone acting for you, charge money for any product, service, performance or "
        "recording that uses Lowestoft-Music 1, a derived model or music either of them generated, Part A "
        "ends for you on the day of the first charge.\n"
        "B2. If you use Lowestoft-Music 1 in the work of a company or other business run for profit, Part A "
        "ends for you on the day of that use.\n"
        "B3. Once Part A has ended for you, it does not return.\n"
        "\n"
        "Part C: General\n"
        "C1. Keep this licence with every copy.\n"
        "C2. Lowestoft-Music 1 is provided without warranty of any kind.\n",
        "non-commercial",
        "non-commercial",
    ),
    "hosted endpoint optional, self-hosting changes nothing": (
        "# Marrowind-Speech 2\n"
        "\n"
        "## Licence\n"
        "\n"
        "Copyright 2026 Keswick Voice Ltd\n"
        "\n"
        "Keswick Voice Ltd grants everyone a free, worldwide, perpetual licence to use, study, modify and "
        "distribute Marrowind-Speech 2 and models derived from it, for any purpose, commercial or not.\n"
        "\n"
        "## Hosting\n"
        "\n"
        "- Keswick Voice runs a hosted endpoint, Keswick Cloud, for those who would rather not run the model "
        "themselves. Using it is optional.\n"
        "- If you host the model yourself, on any hardware, in any cloud or on your own machines, nothing in "
        "this licence changes: the same permission applies.\n"
        "- If you stop using Keswick Cloud, your licence does not end.\n"
        "\n"
        "## Notices\n"
        "\n"
        "- Keep this licence text with copies of the weights.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "- Marrowind-Speech 2 is provided as is, without warranty of any kind.\n",
        "open-non-osi",
        None,
    ),
    "credit required, weapons only a wish": (
        "Tessaly-Embed 2 Licence\n"
        "\n"
        "Copyright 2026 Orvane Data GmbH\n"
        "\n"
        "Orvane Data GmbH permits anyone to use, copy, modify, merge, publish and distribute Tessaly-Embed 2 "
        "and works derived from it, for any purpose, commercial or not, free of charge.\n"
        "\n"
        "Credit. Products and publications that use Tessaly-Embed 2 must name it, with a link to "
        "https://orvane.example/tessaly, where they list their other third-party components. That is the "
        "only condition of this licence.\n"
        "\n"
        "A wish, not a condition. We built Tessaly-Embed 2 for search and for science, and we would rather "
        "it were not used in weapons. This paragraph expresses a hope; it does not limit the permission "
        "above, and no use is excluded because of it.\n"
        "\n"
        'Tessaly-Embed 2 is provided "as is", without warranty of any kind, and Orvane Data GmbH is not '
        "liable for any claim arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "yaml front matter: any purpose, paper reproduction as an example": (
        "---\n"
        "license: other\n"
        "license_name: tarrant-open-weights\n"
        "license_terms: >-\n"
        "  Tarrant Labs grants everyone the right to use, study, modify and redistribute the\n"
        "  Gillray-Seg 2 weights and models derived from them, for any purpose, including\n"
        "  research and commercial purposes, free of charge. Copies must keep this notice.\n"
        "pipeline_tag: image-segmentation\n"
        "---\n"
        "\n"
        "# Gillray-Seg 2\n"
        "\n"
        "A segmentation model for aerial photographs of farmland.\n"
        "\n"
        "## Reproducing the paper\n"
        "\n"
        'The weights were trained for the experiments in "Gillray-Seg: Field Boundaries from the Air" '
        "(Tarrant Labs, 2026). Run `python reproduce.py` to regenerate its tables. Reproducing the paper is "
        "one use among many; the licence above covers any other.\n",
        "open-non-osi",
        None,
    ),
    "part b on charging asks only for notices": (
        "ALDEBURGH-VOICE 3 LICENCE\n"
        "\n"
        "Part A: What you may do\n"
        "A1. Snape Acoustics Ltd grants you a free licence to use, study, modify and share Aldeburgh-Voice 3 "
        "and models derived from it, for any purpose, commercial or not.\n"
        "A2. You may publish the speech it generates.\n"
        "\n"
        "Part B: If you charge for it\n"
        "B1. If you charge money for a product or service that uses Aldeburgh-Voice 3, you keep everything "
        "you earn; nothing is owed to Snape Acoustics Ltd.\n"
        "B2. If you ship Aldeburgh-Voice 3, or a derived model, inside a product you sell, the product's "
        "notices must include this licence.\n"
        "B3. If you break B2, Part A ends for you only if you have not fixed the notices within 30 days of "
        "being told.\n"
        "\n"
        "Part C: General\n"
        "C1. Keep this licence with every copy.\n"
        "C2. Aldeburgh-Voice 3 is provided without warranty of any kind.\n",
        "open-non-osi",
        None,
    ),
}
