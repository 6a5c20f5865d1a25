# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 62: twelve model licences as they reach a reader after extraction from PDFs and web pages. Many model
licences are published as a PDF or a web page, and what a tool gets is the extracted text: pdftotext's running headers
and footers repeated on every page and a form feed between pages, words hyphenated across line breaks ("com-⏎mercial"),
hard line wraps mid-sentence, footnote markers that became plain digits stuck to a word ("Model")1) with the footnotes
at the page end, a two-column page read line by line (`pdftotext -layout`: each line holds a piece of both columns), a
clause's number landed on a line of its own, a browser's select-all copy of a web page with its menus, breadcrumbs, "On
this page" list, footer and cookie banner around the terms, a table flattened into one cell a line, and the odd
characters of a word processor's PDF (the ligatures ﬁ, ﬀ, ﬂ, non-breaking spaces and hyphens, soft hyphens, curly
quotes). The damage is what those tools really produce and never so heavy that a careful human reader of the extracted
text misses a limit. Eight take something away, each expecting a different blocking type of the README's clause-type
table: revenue-threshold, non-commercial, geographic-restriction, no-modification, platform-tie, personal-use-only,
fee-required and use-policy-by-reference. Four are open controls, each a near miss of one of the restricted texts with
the same extraction damage and layout (the page break across a running footer and header, the hyphenated hard wraps, the
web page's copy and the flattened table): the limit taken out, or only a harmless duty (a notice of changes, the licence
kept with copies) left. Each expectation is decided from the README's definitions (the verdict table: `restricted`
"commercial use is allowed, but at least one clause below blocks open source", `non-commercial` "commercial use is not
allowed", `research-only` "only research or evaluation use is allowed (beats non-commercial, which beats restricted)",
`open-non-osi` "open terms with no blocking clause, but not OSI-approved"; the clause-type table) and the frameworks'
rules (OSAID's freedoms to use the system for any purpose without having to ask for permission, to study how it works,
to modify it for any purpose and to share it with or without modifications, for any purpose; the Open Source
Definition's free redistribution without royalty or fee (1), derived works (3), integrity of the author's source code,
which allows changes to be marked (4), no discrimination against persons or groups (5) or fields of endeavour (6), a
licence not specific to a product (8) and technology-neutral (10); the G7 labels, Weights Available being the label for
"commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102
keeping it for a licence that asks only for credit and comparable distribution terms), never from what opengauge reads.
Every name, company, product, registration number, URL and figure is invented (the governing laws, courts and places are
real; the domains end in `.example`; GitHub is named only as a web page's "Edit this page" link). None of the texts is a
catalog licence, so an open one is `open-non-osi`.

- "pdf page break: revenue cap split across a running footer and header": the Orlyth Community Model Licence v2.1 for
  Orlyth-Sage-12B as pdftotext gives it, a British company's numbered legalese hard-wrapped at the page's width, each
  page ending with the footer "Orlyth Community Model Licence v2.1" / "Page 1 of 3", a form feed and the running header
  "Orlyth Systems Ltd – Orlyth Community Model Licence v2.1"; 2.1 grants use, reproduction, study, modification and
  distribution "for any purpose, including commercial purposes" (with "non-⏎exclusive" hyphenated at a wrap), and 3.2 is
  cut by the page break: "If the Licensee, together with its Affiliates, had annual gross revenue of more than" /
  footer, page number, form feed, header / "USD 25,000,000 (or its equivalent in other currencies) in the preceding
  financial year, the licence in clause 2 does not extend to the Licensee, and the Licensee must obtain a separate
  commercial licence from Orlyth before using the Model" (restricted, revenue-threshold: the README's "above a revenue
  level you need another, often paid, license"; a reader skips the footer and header and reads one sentence; OSAID's use
  "without having to ask for permission", the Open Source Definition's no discrimination against persons or groups (5);
  below the figure commercial use is free, so not non-commercial).
- "hyphenated hard wraps: non-com-mercial purposes only": the Fenwicke-Coder 3B Model License Agreement, a Delaware
  company's terse numbered sections, extracted from a justified, hyphenated PDF page: "Non-Commercial Purpose" defined
  as one "not pri-⏎marily intended for or directed toward commercial advantage or monetary compensation" (personal
  projects, hobby use, teaching, academic research, non-profits), the grant of use, reproduction, study, modification
  and distribution "but⏎in each case only for Non-Commercial Purposes and never for com-⏎mercial advantage", section 3
  "You will not use the Model, any Derivative or any⏎output of either in any commercial product or service or for
  com-⏎mercial advantage, including ... the internal op-⏎erations of a for-profit enterprise", and recipients who
  "receive the Model only for Non-Com-⏎mercial Purposes" (non-commercial, non-commercial: the README's "you may not use
  it to make money"; the hyphen at a line's end joins one word; OSAID's use "for any purpose", the Open Source
  Definition's (6); hobby and personal use are allowed besides research, so not research-only).
- "two-column pdftotext layout: the Nordic countries only": the Nordavik Speech-2 Model Licence 1.2, a one-page leaflet
  of six short numbered sections in two columns as `pdftotext -layout` gives it, each line holding a piece of the left
  column, spaces, and a piece of the right: 1 grants use, copying, study, modification and distribution "for any
  purpose, including commercial use", 2 keeps the licence and a notice with copies, 3 lets the model be changed "in any
  way" and asks for modified versions to be marked, and in the right column, beside them, "4. Territory⏎This licence
  applies only in the⏎Nordic countries: Sweden, Norway,⏎Denmark, Finland and Iceland. You⏎may not use, host or
  distribute the⏎model, or a model derived from it,⏎outside those five countries." (restricted, geographic-restriction:
  the README's "some places are excluded, or use is limited to one country"; a reader of the layout reads each column
  down; the Open Source Definition's no discrimination against persons or groups (5), the G7 labels' "geographical
  restrictions"; commercial use allowed).
- "footnote at the page end: the model exactly as published, no modified versions": a German company's Model Licence
  Agreement for Tallowind-Vox 2 with § sections and numbered paragraphs; § 2 grants "use, reproduce, study and
  distribute the Model for any purpose, including⏎commercial purposes2", the footnote markers extracted as plain digits
  ("(the⏎"Model")1", "purposes2", "download3"), and footnote 1 at the page end: "The "Model" comprises the weights, the
  tokenizer and the configuration files exactly as⏎published by Tallowind ... The rights granted in § 2 do not⏎extend to
  modified versions: the Licensee may not modify, fine-tune, merge, quantise or⏎otherwise adapt the Model, nor
  distribute any work derived from it." (restricted, no-modification: the README's "you may not modify it or make
  derivatives"; a footnote is part of the text it annotates; OSAID's freedom to modify, the Open Source Definition's
  derived works (3); it bans changes outright, not only changed copies passed off as the original, so not the
  unchanged-original of (4)).
- "clause numbers on their own lines: only on the vendor's edge devices and cloud": the Quillmere Nano-4B License in
  plain words, extracted from a PDF with hanging clause numbers, so each number ("1.", "2.", ...) stands on a line of
  its own, a blank line, its heading on another, then the hard-wrapped clause; 2 "You can use, copy, study and modify
  the Model, and share it and any model you make⏎from it, for free or for a fee. You can use it for any purpose,
  including commercial⏎purposes.", and 3 "Where the Model may run": "You may install and run the Model, and any model
  you make from it, only on Quillmere⏎Edge devices and on Quillmere Cloud instances. Running it on any other
  hardware,⏎device or cloud service is not licensed under these terms." (restricted, platform-tie: the README's "use
  only with (or on) a named vendor's hardware, devices or services"; the Open Source Definition's licence not specific
  to a product (8) and technology-neutral (10); OSAID's use for any purpose; commercial use allowed).
- "web page copy with menus, cookie banner and footer: individuals only": a browser's select-all copy of Brindlewood
  Labs' licence page for Brindle-7B: skip link, top menu (Models, Research, Pricing, Docs, Blog, Sign in, Get started),
  breadcrumbs one a line ("Home" / "/" / "Legal" / ...), the title twice, "Last updated ... · 4 min read", an "On this
  page" list, then the terms under plain headings: "This licence is for individual people only. You can use Brindle-7B
  for your own projects, including paid work you do yourself as a freelancer or sole trader. Companies, universities,
  government bodies and other organisations can't be licensees under these terms, and they may not use Brindle-7B,
  including through their employees or contractors.", use, copying, study, modification and sharing "with other
  individuals, for free or for money", a copy of the licence with copies, no warranty; then "Was this page helpful?",
  the footer's links, "© 2026 Brindlewood Labs, Inc. All rights reserved." and the cookie banner ("with your consent",
  "Accept all", "Reject non-essential") (restricted, personal-use-only: the README's "only an individual, or only inside
  your own organisation, may use it"; OSAID's use "for any purpose", the Open Source Definition's no discrimination
  against persons or groups (5); a freelancer's paid work is allowed, so not non-commercial; the site's chrome binds
  nothing).
- "flattened table: a per-token fee for hosted use": the Marlowe-Scribe 8B Licence Agreement, a Scottish company's
  numbered clauses, whose Schedule 1 "USES AND FEES" came out of pdftotext one cell a line, the header row "Use" /
  "Licensed" / "Fee" and each row's cells after it, long cells wrapped over two or three lines; 2.1 grants every freedom
  "for any purpose, on the terms of this⏎Agreement", 2.2 "Each use listed in Schedule 1 is licensed on payment of the
  fee stated against it in⏎Schedule 1. Fees are invoiced monthly in arrears", and the schedule's rows: running the model
  on one's own hardware, fine-tuning, distribution "Yes" / "None", and "Providing the Model or a Derivative to⏎third
  parties as a hosted service or⏎API" / "Yes" / "GBP 0.60 per 1,000,000 tokens⏎generated" (restricted, fee-required: the
  README's "some use or distribution requires a fee or royalty"; the header row says which column is the fee; OSAID's
  use without having to ask for permission, the G7 labels all needing a release "free of charge"; commercial use
  allowed, for a fee, so not non-commercial).
- "ligatures, soft hyphens and non-breaking spaces: an acceptable use policy by reference": the Lumenfold Vista 20B
  Model Licence Agreement of a Singapore company, extracted from a word processor's PDF with its ligatures ("Eﬀective",
  "Deﬁnitions", "conﬁguration ﬁles", "Modiﬁed"), non-breaking spaces ("Section<U+00A0>3", "Pte.<U+00A0>Ltd."),
  non-breaking hyphens ("royalty<U+2011>free", "ﬁne<U+2011>tuning"), curly quotes and soft hyphens, one at a wrap
  ("Accept<U+00AD>⏎able Use Policy") and others mid-word ("incor<U+00AD>porated", "com<U+00AD>mercial"); 2.1 grants
  every freedom "for any purpose, including commercial purposes, subject to Section 3", 3.1 "Your use of the Model and
  of any Derivative must comply with Lumenfold’s Accept<U+00AD>⏎able Use Policy, published at
  https://lumenfold.example/legal/aup, which is incor<U+00AD>porated⏎into this Agreement by reference.", 3.2 "Lumenfold
  may amend the Acceptable Use Policy from time to time", 3.3 passes Section 3 on to recipients, and the policy prevails
  over the Agreement in a conflict (restricted, use-policy-by-reference: the README's "an external use policy is part of
  the license, and the licensor can change it"; the soft hyphen is invisible to a reader; OSAID's use "without having to
  ask for permission", the G7 labels' "usecase restrictions").
- "pdf page break: a modification notice split across a running footer and header" (control of the first): the Brisel
  Community Model Licence v2.1 for Brisel-Sage-12B, the same pages, footers, form feeds, headers and clauses; 3.2 is cut
  at the same place but reads "Any Derivative that the Licensee distributes must carry a prominent notice stating that"
  / footer, page number, form feed, header / "it was modified from Brisel-Sage-12B, by whom and when, and the Licensee
  must keep intact⏎every copyright and licence notice that the Model contains." (open-non-osi: every freedom for any
  purpose; a notice of changes and the notices kept are the duties the Open Source Definition (4) allows and Recital
  102's "credit"; the Affiliates only widen who is licensed; termination on an uncured breach is every licence's).
- "hyphenated hard wraps: com-mercial or non-com-mercial alike" (control of the second): the Hawthorne-Coder 3B Model
  License Agreement, the same justified, hyphenated page without the definition of a Non-Commercial Purpose; the grant
  is "for any purpose, whether non-commercial or for com-⏎mercial advantage", section 3 "Commercial Use" reads "You may
  use the Model, any Derivative and any⏎output of either in any commercial product or service and for com-⏎mercial
  advantage, including ... the internal op-⏎erations of a for-profit enterprise. No separate license and no⏎fee is
  required for any commercial use.", and recipients "receive the Model for any purpose, com-⏎mercial or non-commercial"
  (open-non-osi: every freedom for any purpose; the word non-commercial names one of the purposes allowed, not a limit;
  a copy of the agreement and notices kept with copies is attribution).
- "web page copy with menus, cookie banner and footer: anyone, organisations included" (control of the sixth): the same
  page copy for Thistle-7B by Thistlewood Labs, menus, breadcrumbs, footer, "All rights reserved" and cookie banner
  kept; "Who can use Thistle-7B" is answered "Anyone. This licence is for individual people and for companies,
  universities, government bodies and other organisations alike. ... Nobody needs to sign up or ask us first.", and the
  freedoms run "with anyone, for free or for money, for any purpose, including commercial purposes" (open-non-osi: every
  freedom; the licence kept with copies is attribution; the site's "All rights reserved" is the copyright line of the
  page's footer, reserving what no licence grants, and the cookie banner's consent is the site's, not the model's
  terms).
- "flattened table: every fee none" (control of the seventh): the Carrow-Scribe 8B Licence Agreement, the same clauses
  and the same flattened Schedule 1 with the header "Fee", every row's fee "None", the hosted service's included; 2.2
  reads "Each use listed in Schedule 1 is licensed free of charge, as the Fee column of Schedule⏎1 shows. Carrow does
  not invoice the Licensee for any use of the Model or of a⏎Derivative." (open-non-osi: every freedom for any purpose,
  free; a fee column whose every cell is "None" asks for nothing; the agreement kept with copies is attribution).

Written blind, before any rule changed. First run (on commit 6fae030): 9 of 12 right. Right: the hyphenated hard wraps
(non-commercial, non-commercial from the definition (line 12, quoted with the hyphen and the space left in,
"pri- marily"), from the grant (line 18) and from "Any commercial use requires a separate written license from Fenwicke."
(line 28)); the footnote (restricted, no-modification from footnote 1 at the page end, line 29: "The rights granted in
§ 2 do not extend to modified versions: ..."); the clause numbers on their own lines (restricted, platform-tie from clause
3, lines 25 and 26); the flattened table (restricted, fee-required from clause 2.2, line 15, "licensed on payment of the
fee stated against it in Schedule 1", not from the table's rows); the ligatures and soft hyphens (restricted,
use-policy-by-reference from 3.1, line 16, quoted as "Lumenfold’s Accept able Use Policy": the soft hyphen at the wrap
read as a space, the policy found from "incorporated into this Agreement by reference", and from 3.3, line 22, with
restrictions-flow-down); and all four controls (open-non-osi: the page break's with attribution from 3.1 and 3.2, lines
27 and 32; the hyphenated one's, attribution from line 27; the web page's, attribution from line 34, with neither its
footer's "All rights reserved" nor the cookie banner's consent flagged; the table's, attribution from line 20, the
"None" fees giving nothing).

No text read more open than expected, and no control read blocked. Three texts missed:
- "pdf page break: revenue cap split across a running footer and header" (expected restricted, revenue-threshold):
  `unknown`, "the text states terms opengauge cannot classify (line 32: "Orlyth Community Model Licence v2.1 Page 2 of 3
  Orlyth Systems Ltd - Orlyth Community Model Licence v2.1 USD..."), so whether it is open is not decided: read them";
  unclassified, lines 32 to 37, the second half of clause 3.2 with the footer, page number and running header glued to
  its front ("... v2.1 USD 25,000,000 (or its equivalent in other currencies) in the preceding financial year, the
  licence in clause 2 does not extend to the Licensee, and the Licensee must obtain a separate commercial licence from
  Orlyth before using the Model or any Derivative."): the blank line before the footer ended the sentence at "annual
  gross revenue of more than", so the figure never met the revenue; the only clause is attribution (3.1, line 27, not
  blocking); all four freedoms granted from 2.1 (line 20).
- "two-column pdftotext layout: the Nordic countries only" (expected restricted, geographic-restriction): `restricted`,
  but from no-redistribution (line 9) alone, quoted with both columns interleaved ("You Nordavik Speech-2 weights and
  any may not use, host or distribute the model derived from them, for any model, or a model derived from it, purpose,
  including commercial use. outside those five countries."); no geographic-restriction: "outside those five countries"
  was never joined to "use, host or distribute"; use, study and modify read as granted from line 21 ("Modified versions
  Disputes go to the Stockholm You may change the model in any District Court. way."), share not stated: the left
  column's grant (section 1) was not read. Right verdict, wrong type.
- "web page copy with menus, cookie banner and footer: individuals only" (expected restricted, personal-use-only):
  `unknown`, unclassified "Companies, universities, government bodies and other organisations can't be licensees under
  these terms, and they may not use Brindle-7B, including through their employees or contractors." (line 28); the only
  clause is attribution (line 34); all four freedoms granted, use from the "On this page" list (line 20, "Who can use
  Brindle-7B What you can do What you must do No warranty"), study, modify and share from "As an individual, you can
  use, copy, study and modify Brindle-7B, and share it ... with other individuals" (line 31): organisations refused as
  licensees was not read as personal use only.

What changed (session of 2026-12-07), each for its general cause, with near misses in
`tests/licenses/test_round62_rules.py`: the page furniture between the halves of a sentence a page break cut (the
running footer, the page marker, the running header after a form feed) is blanked when the text is cleaned
(`licenses/pages.py`), so the sentence reads whole; a number alone on its line and a heading that opens a page stay;
organisations refused as licensees by a list of them ("Companies, universities ... and other organisations can't be
licensees") leave only individuals, personal use only. 11 of 12 now; the two-column page stays a `DISAGREEMENT`
(its verdict is right, its territory clause unread). Corpus 64 of 64, ScanCode DB 0 of 2,086 moved (no text of it
has page furniture by this rule).
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {
    "two-column pdftotext layout: the Nordic countries only": (
        "a two-column page extracted line by line interleaves the columns ('You Nordavik Speech-2 weights and any may "
        "not use, host or distribute the model derived from them'); opengauge reads the text in the order it is "
        "given, so the verdict is right (restricted, through the refusal the interleaved line still holds) but the "
        "territory clause of the right column is not read as geographic-restriction"
    ),
}

CASES: dict[str, tuple[str, str, str | None]] = {
    "pdf page break: revenue cap split across a running footer and header": (
        "ORLYTH COMMUNITY MODEL LICENCE\n"
        "Version 2.1 – 12 February 2026\n"
        "\n"
        "This Orlyth Community Model Licence (the “Licence”) is entered into between Orlyth Systems\n"
        "Ltd, a company registered in England and Wales under number 14822093 (“Orlyth”), and the\n"
        "person or entity exercising the rights granted below (the “Licensee”).\n"
        "\n"
        "1. Definitions\n"
        "1.1 “Model” means the machine-learning model known as Orlyth-Sage-12B, including its\n"
        "weights, tokenizer, configuration files and accompanying inference code, as made available\n"
        "by Orlyth at https://orlyth.example/sage.\n"
        "1.2 “Derivative” means any model or other work created by modifying, fine-tuning,\n"
        "distilling, merging, quantising or otherwise adapting the Model.\n"
        "1.3 “Affiliate” means any entity that controls, is controlled by, or is under common control\n"
        "with the Licensee, where “control” means ownership of more than 50% of the voting interests.\n"
        "\n"
        "Orlyth Community Model Licence v2.1\n"
        "Page 1 of 3\n"
        "\fOrlyth Systems Ltd – Orlyth Community Model Licence v2.1\n"
        "2. Grant of Licence\n"
        "2.1 Subject to the terms of this Licence, Orlyth grants the Licensee a worldwide, non-\n"
        "exclusive, royalty-free licence to use, reproduce, study, modify and distribute the Model\n"
        "and Derivatives, for any purpose, including commercial purposes.\n"
        "2.2 The Licensee may extend the rights in clause 2.1 to its Affiliates, and may sublicense\n"
        "them to any recipient of the Model or of a Derivative on the terms of this Licence.\n"
        "\n"
        "3. Conditions\n"
        "3.1 Any copy of the Model or of a Derivative that the Licensee distributes must be\n"
        "accompanied by a copy of this Licence.\n"
        "3.2 If the Licensee, together with its Affiliates, had annual gross revenue of more than\n"
        "\n"
        "Orlyth Community Model Licence v2.1\n"
        "Page 2 of 3\n"
        "\fOrlyth Systems Ltd – Orlyth Community Model Licence v2.1\n"
        "USD 25,000,000 (or its equivalent in other currencies) in the preceding financial year, the\n"
        "licence in clause 2 does not extend to the Licensee, and the Licensee must obtain a separate\n"
        "commercial licence from Orlyth before using the Model or any Derivative.\n"
        "\n"
        "4. Disclaimer and Limitation of Liability\n"
        "4.1 THE MODEL IS PROVIDED “AS IS”, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,\n"
        "INCLUDING ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.\n"
        "4.2 TO THE FULLEST EXTENT PERMITTED BY LAW, ORLYTH SHALL NOT BE LIABLE FOR ANY DAMAGES\n"
        "ARISING OUT OF OR IN CONNECTION WITH THE MODEL OR THIS LICENCE.\n"
        "\n"
        "5. Termination\n"
        "This Licence terminates automatically if the Licensee breaches it and fails to cure the\n"
        "breach within 30 days of becoming aware of it.\n"
        "\n"
        "6. Governing Law\n"
        "This Licence is governed by the laws of England and Wales.\n"
        "\n"
        "Orlyth Community Model Licence v2.1\n"
        "Page 3 of 3\n",
        "restricted",
        "revenue-threshold",
    ),
    "hyphenated hard wraps: non-com-mercial purposes only": (
        "FENWICKE-CODER 3B\n"
        "MODEL LICENSE AGREEMENT\n"
        "\n"
        'This Model License Agreement ("Agreement") is between Fenwicke\n'
        'Labs, Inc., a Delaware corporation ("Fenwicke"), and you. By down-\n'
        "loading, installing or using the Model, you accept this Agreement.\n"
        "\n"
        '1. Definitions. "Model" means the Fenwicke-Coder 3B model weights,\n'
        "tokenizer and configuration files released by Fenwicke at\n"
        'https://fenwicke.example/coder. "Derivative" means any modifica-\n'
        "tion of the Model and any model fine-tuned, distilled or otherwise\n"
        'derived from it. "Non-Commercial Purpose" means a purpose not pri-\n'
        "marily intended for or directed toward commercial advantage or\n"
        "monetary compensation, such as personal projects, hobby use,\n"
        "teaching, academic research and the work of non-profit organiza-\n"
        "tions.\n"
        "\n"
        "2. License Grant. Subject to this Agreement, Fenwicke grants you a\n"
        "worldwide, royalty-free, non-exclusive license to use, reproduce,\n"
        "study, modify and distribute the Model and your Derivatives, but\n"
        "in each case only for Non-Commercial Purposes and never for com-\n"
        "mercial advantage.\n"
        "\n"
        "3. Restrictions. You will not use the Model, any Derivative or any\n"
        "output of either in any commercial product or service or for com-\n"
        "mercial advantage, including in a product or service offered for\n"
        "a fee, in an advertising-supported service, or in the internal op-\n"
        "erations of a for-profit enterprise. Any commercial use requires a\n"
        "separate written license from Fenwicke.\n"
        "\n"
        "4. Distribution. If you distribute the Model or a Derivative, you\n"
        "must include a copy of this Agreement and retain all copyright\n"
        "notices, and your recipients receive the Model only for Non-Com-\n"
        "mercial Purposes.\n"
        "\n"
        '5. Disclaimer. THE MODEL IS PROVIDED "AS IS" WITHOUT WARRANTIES OF\n'
        "ANY KIND. IN NO EVENT WILL FENWICKE BE LIABLE FOR ANY DAMAGES\n"
        "ARISING FROM THE USE OF THE MODEL.\n"
        "\n"
        "6. General. This Agreement is governed by the laws of the State of\n"
        "Delaware, without regard to its conflict of laws principles.\n"
        "\n"
        "Fenwicke Labs, Inc. | Model License Agreement | Rev. 03/2026 | Page 1\n",
        "non-commercial",
        "non-commercial",
    ),
    "two-column pdftotext layout: the Nordic countries only": (
        "                       NORDAVIK SPEECH-2\n"
        "                  MODEL LICENCE · VERSION 1.2\n"
        "\n"
        "              Nordavik Language Technology AB · Stockholm\n"
        "\n"
        "1. Grant                                    4. Territory\n"
        "Nordavik grants you a non-exclusive,        This licence applies only in the\n"
        "royalty-free licence to use, copy,          Nordic countries: Sweden, Norway,\n"
        "study, modify and distribute the            Denmark, Finland and Iceland. You\n"
        "Nordavik Speech-2 weights and any           may not use, host or distribute the\n"
        "model derived from them, for any            model, or a model derived from it,\n"
        "purpose, including commercial use.          outside those five countries.\n"
        "\n"
        "2. Copies                                   5. No warranty\n"
        "Every copy you distribute, modified         The model is provided as is.\n"
        "or not, must carry this licence and         Nordavik is not liable for any\n"
        'the notice "Nordavik Speech-2 ©             damage arising from its use.\n'
        "2026 Nordavik Language Technology\n"
        'AB".                                        6. Law\n'
        "                                            Swedish law governs this licence.\n"
        "3. Modified versions                        Disputes go to the Stockholm\n"
        "You may change the model in any             District Court.\n"
        "way. Mark modified versions as\n"
        "changed.\n"
        "\n"
        "\n"
        "nordavik.example/licence                                           1/1\n",
        "restricted",
        "geographic-restriction",
    ),
    "footnote at the page end: the model exactly as published, no modified versions": (
        "Tallowind Audio GmbH\n"
        "Model Licence Agreement – Tallowind-Vox 2\n"
        "\n"
        "§ 1 Subject matter\n"
        "(1) This Agreement governs the use of the Tallowind-Vox 2 speech synthesis model (the\n"
        '"Model")1 by any natural or legal person who obtains a copy of it (the "Licensee").\n'
        '(2) Tallowind Audio GmbH ("Tallowind") holds all rights in the Model.\n'
        "\n"
        "§ 2 Grant of rights\n"
        "(1) Tallowind grants the Licensee a non-exclusive, worldwide, royalty-free and perpetual\n"
        "right to use, reproduce, study and distribute the Model for any purpose, including\n"
        "commercial purposes2.\n"
        "(2) The right to distribute includes the right to make the Model available to the public\n"
        "for download3, subject to § 3.\n"
        "\n"
        "§ 3 Obligations of the Licensee\n"
        "(1) The Licensee shall pass on a copy of this Agreement with every copy of the Model.\n"
        "(2) Copyright notices contained in the Model shall not be removed or altered.\n"
        "\n"
        "§ 4 Liability\n"
        "Tallowind is liable without limitation for intent and gross negligence. In all other\n"
        "cases, liability is excluded to the extent permitted by law.\n"
        "\n"
        "§ 5 Final provisions\n"
        "This Agreement is governed by the laws of the Federal Republic of Germany. Place of\n"
        "jurisdiction is Hamburg.\n"
        "\n"
        '1 The "Model" comprises the weights, the tokenizer and the configuration files exactly as\n'
        "published by Tallowind at https://tallowind.example/vox2. The rights granted in § 2 do not\n"
        "extend to modified versions: the Licensee may not modify, fine-tune, merge, quantise or\n"
        "otherwise adapt the Model, nor distribute any work derived from it.\n"
        "2 Including use in products and services for which the Licensee charges a fee.\n"
        "3 Including through mirrors and package registries.\n"
        "Tallowind Audio GmbH · Model Licence Agreement Tallowind-Vox 2 · Version 1.0                    Page 1 of 1\n",
        "restricted",
        "no-modification",
    ),
    "clause numbers on their own lines: only on the vendor's edge devices and cloud": (
        "Quillmere Nano-4B License\n"
        "\n"
        "Last revised: January 2026\n"
        "\n"
        "1.\n"
        "\n"
        "About this license\n"
        "\n"
        'These terms are between you and Quillmere Devices, Inc. ("Quillmere"). They cover\n'
        "the Quillmere Nano-4B model, its weights and the sample code that comes with it\n"
        '(together, the "Model").\n'
        "\n"
        "2.\n"
        "\n"
        "What you can do\n"
        "\n"
        "You can use, copy, study and modify the Model, and share it and any model you make\n"
        "from it, for free or for a fee. You can use it for any purpose, including commercial\n"
        "purposes.\n"
        "\n"
        "3.\n"
        "\n"
        "Where the Model may run\n"
        "\n"
        "You may install and run the Model, and any model you make from it, only on Quillmere\n"
        "Edge devices and on Quillmere Cloud instances. Running it on any other hardware,\n"
        "device or cloud service is not licensed under these terms.\n"
        "\n"
        "4.\n"
        "\n"
        "Sharing\n"
        "\n"
        "When you share the Model or a model you made from it, include a copy of these terms.\n"
        "\n"
        "5.\n"
        "\n"
        "No warranty\n"
        "\n"
        'The Model is provided "as is", without warranties of any kind. Quillmere is not\n'
        "liable for any damages arising from your use of the Model.\n"
        "\n"
        "6.\n"
        "\n"
        "Contact\n"
        "\n"
        "Questions about this license: licensing@quillmere.example\n"
        "\n"
        "Quillmere Nano-4B License – January 2026\n"
        "1\n",
        "restricted",
        "platform-tie",
    ),
    "web page copy with menus, cookie banner and footer: individuals only": (
        "Skip to main content\n"
        "Brindlewood\n"
        "Models\n"
        "Research\n"
        "Pricing\n"
        "Docs\n"
        "Blog\n"
        "Sign in\n"
        "Get started\n"
        "\n"
        "Home\n"
        "/\n"
        "Legal\n"
        "/\n"
        "Brindle-7B Licence\n"
        "Brindle-7B Licence\n"
        "Last updated 4 March 2026 · 4 min read\n"
        "\n"
        "On this page\n"
        "Who can use Brindle-7B\n"
        "What you can do\n"
        "What you must do\n"
        "No warranty\n"
        "\n"
        'These terms govern your use of the Brindle-7B model weights and code ("Brindle-7B"), published by Brindlewood Labs, Inc. ("we", "us").\n'
        "\n"
        "Who can use Brindle-7B\n"
        "This licence is for individual people only. You can use Brindle-7B for your own projects, including paid work you do yourself as a freelancer or sole trader. Companies, universities, government bodies and other organisations can't be licensees under these terms, and they may not use Brindle-7B, including through their employees or contractors. Organisations can ask us about an Organisation Licence at licensing@brindlewood.example.\n"
        "\n"
        "What you can do\n"
        "As an individual, you can use, copy, study and modify Brindle-7B, and share it and your modified versions with other individuals, for free or for money.\n"
        "\n"
        "What you must do\n"
        "Include a copy of this licence with every copy you share.\n"
        "\n"
        "No warranty\n"
        "Brindle-7B is provided as is, without warranty of any kind. We aren't liable for anything that results from your use of it.\n"
        "\n"
        "Was this page helpful?\n"
        "Yes\n"
        "No\n"
        "Edit this page on GitHub\n"
        "\n"
        "Brindlewood\n"
        "Models\n"
        "Pricing\n"
        "Careers\n"
        "Press\n"
        "Privacy\n"
        "Terms\n"
        "Cookie settings\n"
        "© 2026 Brindlewood Labs, Inc. All rights reserved.\n"
        "\n"
        "We use cookies\n"
        "We use cookies and similar technologies to run this site, remember your preferences and, with your consent, measure how the site is used. You can change your choice at any time under Cookie settings.\n"
        "Accept all\n"
        "Reject non-essential\n"
        "Manage preferences\n",
        "restricted",
        "personal-use-only",
    ),
    "flattened table: a per-token fee for hosted use": (
        "MARLOWE-SCRIBE 8B\n"
        "LICENCE AGREEMENT\n"
        "\n"
        "1. Parties and Model\n"
        '1.1 This Agreement is made between Marlowe Intelligence Ltd ("Marlowe") and any person or\n'
        'organisation that downloads or uses Marlowe-Scribe 8B (the "Licensee").\n'
        '1.2 "Model" means the Marlowe-Scribe 8B weights, tokenizer and configuration files, and\n'
        '"Derivative" means any model created by modifying, fine-tuning or otherwise adapting the\n'
        "Model.\n"
        "\n"
        "2. Grant\n"
        "2.1 Marlowe grants the Licensee a worldwide, non-exclusive licence to use, reproduce, study,\n"
        "modify and distribute the Model and Derivatives for any purpose, on the terms of this\n"
        "Agreement.\n"
        "2.2 Each use listed in Schedule 1 is licensed on payment of the fee stated against it in\n"
        "Schedule 1. Fees are invoiced monthly in arrears and are payable within 30 days of the\n"
        "date of the invoice.\n"
        "\n"
        "3. Notices\n"
        "The Licensee shall include a copy of this Agreement with every copy of the Model or of a\n"
        "Derivative that it distributes.\n"
        "\n"
        "4. Warranty and liability\n"
        'The Model is provided "as is", without any warranty. Marlowe shall not be liable for any\n'
        "loss arising from its use, save where liability cannot be excluded by law.\n"
        "\n"
        "5. Law\n"
        "This Agreement is governed by the laws of Scotland.\n"
        "\n"
        "Page 1 of 2\n"
        "SCHEDULE 1 – USES AND FEES\n"
        "Use\n"
        "Licensed\n"
        "Fee\n"
        "Running the Model or a Derivative on the\n"
        "Licensee's own hardware, for any purpose\n"
        "Yes\n"
        "None\n"
        "Fine-tuning and other modification\n"
        "Yes\n"
        "None\n"
        "Distribution of the Model or of\n"
        "Derivatives, with or without charge\n"
        "Yes\n"
        "None\n"
        "Providing the Model or a Derivative to\n"
        "third parties as a hosted service or\n"
        "API\n"
        "Yes\n"
        "GBP 0.60 per 1,000,000 tokens\n"
        "generated\n"
        "Page 2 of 2\n",
        "restricted",
        "fee-required",
    ),
    "ligatures, soft hyphens and non-breaking spaces: an acceptable use policy by reference": (
        "LUMENFOLD VISTA 20B – MODEL LICENCE AGREEMENT\n"
        "Eﬀective date: 1\u00a0April\u00a02026\n"
        "\n"
        "1. Deﬁnitions\n"
        "1.1 “Lumenfold” means Lumenfold AI Pte.\u00a0Ltd., a company incorporated in Singapore.\n"
        "1.2 “Model” means the Lumenfold Vista 20B weights, tokenizer and conﬁguration ﬁles, and the\n"
        "inference code published with them at https://lumenfold.example/vista.\n"
        "1.3 “Derivative” means any model created by ﬁne\u2011tuning, modifying, distilling or otherwise\n"
        "adapting the Model.\n"
        "\n"
        "2. Licence\n"
        "2.1 Lumenfold grants you a worldwide, royalty\u2011free, non\u2011exclusive licence to use, reproduce,\n"
        "study, modify and distribute the Model and Derivatives, for any purpose, including com\u00admercial\n"
        "purposes, subject to Section\u00a03 and Section\u00a04.\n"
        "\n"
        "3. Acceptable use\n"
        "3.1 Your use of the Model and of any Derivative must comply with Lumenfold’s Accept\u00ad\n"
        "able Use Policy, published at https://lumenfold.example/legal/aup, which is incor\u00adporated\n"
        "into this Agreement by reference.\n"
        "3.2 Lumenfold may amend the Acceptable Use Policy from time to time by publishing a new\n"
        "version at that address. The version in force at the time of your use applies.\n"
        "3.3 If you distribute the Model or a Derivative, you must pass this Section\u00a03 on to your\n"
        "recipients and require them to comply with the Accept\u00adable Use Policy.\n"
        "\n"
        "4. Attribution\n"
        "You must retain all copyright notices in the Model and include a copy of this Agreement with\n"
        "every copy of the Model or of a Derivative that you distribute. Modiﬁed ﬁles must carry a\n"
        "prominent notice that you changed them.\n"
        "\n"
        "5. Disclaimer\n"
        "THE MODEL IS PROVIDED “AS IS”, WITHOUT WARRANTIES OF ANY KIND. LUMENFOLD SHALL NOT BE LIABLE\n"
        "FOR ANY DAMAGES ARISING FROM ITS USE, EXCEPT WHERE SUCH LIABILITY CANNOT BE EXCLUDED BY LAW.\n"
        "\n"
        "6. Governing law\n"
        "This Agreement is governed by the laws of Singapore. In the event of any conﬂict between this\n"
        "Agreement and the Acceptable Use Policy, the Acceptable Use Policy prevails.\n"
        "\n"
        "lumenfold.example/legal/vista-licence · Lumenfold AI Pte.\u00a0Ltd. · Page\u00a01 of\u00a01\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "pdf page break: a modification notice split across a running footer and header": (
        "BRISEL COMMUNITY MODEL LICENCE\n"
        "Version 2.1 – 12 February 2026\n"
        "\n"
        "This Brisel Community Model Licence (the “Licence”) is entered into between Brisel Systems\n"
        "Ltd, a company registered in England and Wales under number 15093376 (“Brisel”), and the\n"
        "person or entity exercising the rights granted below (the “Licensee”).\n"
        "\n"
        "1. Definitions\n"
        "1.1 “Model” means the machine-learning model known as Brisel-Sage-12B, including its\n"
        "weights, tokenizer, configuration files and accompanying inference code, as made available\n"
        "by Brisel at https://brisel.example/sage.\n"
        "1.2 “Derivative” means any model or other work created by modifying, fine-tuning,\n"
        "distilling, merging, quantising or otherwise adapting the Model.\n"
        "1.3 “Affiliate” means any entity that controls, is controlled by, or is under common control\n"
        "with the Licensee, where “control” means ownership of more than 50% of the voting interests.\n"
        "\n"
        "Brisel Community Model Licence v2.1\n"
        "Page 1 of 3\n"
        "\fBrisel Systems Ltd – Brisel Community Model Licence v2.1\n"
        "2. Grant of Licence\n"
        "2.1 Subject to the terms of this Licence, Brisel grants the Licensee a worldwide, non-\n"
        "exclusive, royalty-free licence to use, reproduce, study, modify and distribute the Model\n"
        "and Derivatives, for any purpose, including commercial purposes.\n"
        "2.2 The Licensee may extend the rights in clause 2.1 to its Affiliates, and may sublicense\n"
        "them to any recipient of the Model or of a Derivative on the terms of this Licence.\n"
        "\n"
        "3. Conditions\n"
        "3.1 Any copy of the Model or of a Derivative that the Licensee distributes must be\n"
        "accompanied by a copy of this Licence.\n"
        "3.2 Any Derivative that the Licensee distributes must carry a prominent notice stating that\n"
        "\n"
        "Brisel Community Model Licence v2.1\n"
        "Page 2 of 3\n"
        "\fBrisel Systems Ltd – Brisel Community Model Licence v2.1\n"
        "it was modified from Brisel-Sage-12B, by whom and when, and the Licensee must keep intact\n"
        "every copyright and licence notice that the Model contains.\n"
        "\n"
        "4. Disclaimer and Limitation of Liability\n"
        "4.1 THE MODEL IS PROVIDED “AS IS”, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,\n"
        "INCLUDING ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.\n"
        "4.2 TO THE FULLEST EXTENT PERMITTED BY LAW, BRISEL SHALL NOT BE LIABLE FOR ANY DAMAGES\n"
        "ARISING OUT OF OR IN CONNECTION WITH THE MODEL OR THIS LICENCE.\n"
        "\n"
        "5. Termination\n"
        "This Licence terminates automatically if the Licensee breaches it and fails to cure the\n"
        "breach within 30 days of becoming aware of it.\n"
        "\n"
        "6. Governing Law\n"
        "This Licence is governed by the laws of England and Wales.\n"
        "\n"
        "Brisel Community Model Licence v2.1\n"
        "Page 3 of 3\n",
        "open-non-osi",
        None,
    ),
    "hyphenated hard wraps: com-mercial or non-com-mercial alike": (
        "HAWTHORNE-CODER 3B\n"
        "MODEL LICENSE AGREEMENT\n"
        "\n"
        'This Model License Agreement ("Agreement") is between Hawthorne\n'
        'Labs, Inc., a Delaware corporation ("Hawthorne"), and you. By down-\n'
        "loading, installing or using the Model, you accept this Agreement.\n"
        "\n"
        '1. Definitions. "Model" means the Hawthorne-Coder 3B model weights,\n'
        "tokenizer and configuration files released by Hawthorne at\n"
        'https://hawthorne.example/coder. "Derivative" means any modifica-\n'
        "tion of the Model and any model fine-tuned, distilled or otherwise\n"
        "derived from it.\n"
        "\n"
        "2. License Grant. Subject to this Agreement, Hawthorne grants you a\n"
        "worldwide, royalty-free, non-exclusive license to use, reproduce,\n"
        "study, modify and distribute the Model and your Derivatives, in\n"
        "each case for any purpose, whether non-commercial or for com-\n"
        "mercial advantage.\n"
        "\n"
        "3. Commercial Use. You may use the Model, any Derivative and any\n"
        "output of either in any commercial product or service and for com-\n"
        "mercial advantage, including in a product or service offered for\n"
        "a fee, in an advertising-supported service, or in the internal op-\n"
        "erations of a for-profit enterprise. No separate license and no\n"
        "fee is required for any commercial use.\n"
        "\n"
        "4. Distribution. If you distribute the Model or a Derivative, you\n"
        "must include a copy of this Agreement and retain all copyright\n"
        "notices, and your recipients receive the Model for any purpose, com-\n"
        "mercial or non-commercial.\n"
        "\n"
        '5. Disclaimer. THE MODEL IS PROVIDED "AS IS" WITHOUT WARRANTIES OF\n'
        "ANY KIND. IN NO EVENT WILL HAWTHORNE BE LIABLE FOR ANY DAMAGES\n"
        "ARISING FROM THE USE OF THE MODEL.\n"
        "\n"
        "6. General. This Agreement is governed by the laws of the State of\n"
        "Delaware, without regard to its conflict of laws principles.\n"
        "\n"
        "Hawthorne Labs, Inc. | Model License Agreement | Rev. 03/2026 | Page 1\n",
        "open-non-osi",
        None,
    ),
    "web page copy with menus, cookie banner and footer: anyone, organisations included": (
        "Skip to main content\n"
        "Thistlewood\n"
        "Models\n"
        "Research\n"
        "Pricing\n"
        "Docs\n"
        "Blog\n"
        "Sign in\n"
        "Get started\n"
        "\n"
        "Home\n"
        "/\n"
        "Legal\n"
        "/\n"
        "Thistle-7B Licence\n"
        "Thistle-7B Licence\n"
        "Last updated 4 March 2026 · 4 min read\n"
        "\n"
        "On this page\n"
        "Who can use Thistle-7B\n"
        "What you can do\n"
        "What you must do\n"
        "No warranty\n"
        "\n"
        'These terms govern your use of the Thistle-7B model weights and code ("Thistle-7B"), published by Thistlewood Labs, Inc. ("we", "us").\n'
        "\n"
        "Who can use Thistle-7B\n"
        "Anyone. This licence is for individual people and for companies, universities, government bodies and other organisations alike. You can use Thistle-7B for your own projects, for paid work you do as a freelancer or sole trader, and inside any organisation, including through its employees or contractors. Nobody needs to sign up or ask us first.\n"
        "\n"
        "What you can do\n"
        "You can use, copy, study and modify Thistle-7B, and share it and your modified versions with anyone, for free or for money, for any purpose, including commercial purposes.\n"
        "\n"
        "What you must do\n"
        "Include a copy of this licence with every copy you share.\n"
        "\n"
        "No warranty\n"
        "Thistle-7B is provided as is, without warranty of any kind. We aren't liable for anything that results from your use of it.\n"
        "\n"
        "Was this page helpful?\n"
        "Yes\n"
        "No\n"
        "Edit this page on GitHub\n"
        "\n"
        "Thistlewood\n"
        "Models\n"
        "Pricing\n"
        "Careers\n"
        "Press\n"
        "Privacy\n"
        "Terms\n"
        "Cookie settings\n"
        "© 2026 Thistlewood Labs, Inc. All rights reserved.\n"
        "\n"
        "We use cookies\n"
        "We use cookies and similar technologies to run this site, remember your preferences and, with your consent, measure how the site is used. You can change your choice at any time under Cookie settings.\n"
        "Accept all\n"
        "Reject non-essential\n"
        "Manage preferences\n",
        "open-non-osi",
        None,
    ),
    "flattened table: every fee none": (
        "CARROW-SCRIBE 8B\n"
        "LICENCE AGREEMENT\n"
        "\n"
        "1. Parties and Model\n"
        '1.1 This Agreement is made between Carrow Intelligence Ltd ("Carrow") and any person or\n'
        'organisation that downloads or uses Carrow-Scribe 8B (the "Licensee").\n'
        '1.2 "Model" means the Carrow-Scribe 8B weights, tokenizer and configuration files, and\n'
        '"Derivative" means any model created by modifying, fine-tuning or otherwise adapting the\n'
        "Model.\n"
        "\n"
        "2. Grant\n"
        "2.1 Carrow grants the Licensee a worldwide, non-exclusive licence to use, reproduce, study,\n"
        "modify and distribute the Model and Derivatives for any purpose, on the terms of this\n"
        "Agreement.\n"
        "2.2 Each use listed in Schedule 1 is licensed free of charge, as the Fee column of Schedule\n"
        "1 shows. Carrow does not invoice the Licensee for any use of the Model or of a\n"
        "Derivative.\n"
        "\n"
        "3. Notices\n"
        "The Licensee shall include a copy of this Agreement with every copy of the Model or of a\n"
        "Derivative that it distributes.\n"
        "\n"
        "4. Warranty and liability\n"
        'The Model is provided "as is", without any warranty. Carrow shall not be liable for any\n'
        "loss arising from its use, save where liability cannot be excluded by law.\n"
        "\n"
        "5. Law\n"
        "This Agreement is governed by the laws of Scotland.\n"
        "\n"
        "Page 1 of 2\n"
        "SCHEDULE 1 – USES AND FEES\n"
        "Use\n"
        "Licensed\n"
        "Fee\n"
        "Running the Model or a Derivative on the\n"
        "Licensee's own hardware, for any purpose\n"
        "Yes\n"
        "None\n"
        "Fine-tuning and other modification\n"
        "Yes\n"
        "None\n"
        "Distribution of the Model or of\n"
        "Derivatives, with or without charge\n"
        "Yes\n"
        "None\n"
        "Providing the Model or a Derivative to\n"
        "third parties as a hosted service or\n"
        "API\n"
        "Yes\n"
        "None\n"
        "Page 2 of 2\n",
        "open-non-osi",
        None,
    ),
}
