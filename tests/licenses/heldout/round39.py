# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 39 (issue 14): twelve model licences whose limits are spread across sentences and formats,
eight that block an open label and four open controls that look restrictive and take nothing away. In each
blocked text the limit is not where one sentence or one plain paragraph would hold it: a condition in one
sentence and its consequence in the next, joined only by a pronoun; an exception to an exception whose net
effect still bars a field; figures written in foreign number formats (a dot for thousands, lakh); a tier table
whose free row is capped; a limit stated only in a Markdown heading over plain permissions; an HTML page whose
research-only scope sits in a list item behind a <strong> label; a permissive licence whose NOTICE "Additional
Terms" import a rulebook the licensor may revise; and an evaluation licence whose term is given by dates, not
by a number of months. The open controls use the same devices harmlessly: an "exception" that widens, a
"Restrictions" heading over "None.", a table of what you may do whose every answer is yes (one row with
"1,5 million" users), and an HTML permissive licence whose warranty disclaimer is in <strong> capitals.
Drafting styles vary (plain paragraphs, legalese with numbered definitions and sub-clauses, a key-value header
over numbered clauses, Markdown with a table, Markdown headings, an HTML page with a list, an MIT-shaped
permission with a NOTICE block, a letter, a one-sentence permission, terse Markdown bullets, a Markdown
questions table, an HTML page). Written fresh with invented details, blind, before any rule changed.

- "exception in the next sentence, by pronoun": plain paragraphs letting anyone use, look inside, change and
  pass on Thrushwick-TTS "free or for a price", then "This permission has one exception. It does not extend to
  organisations that design, make, sell or operate equipment for the covert surveillance of people, or to
  anyone who acts for such an organisation in that work." (restricted, use-restrictions: a class of users and
  its field are excluded, the subject of the second sentence being only "It").
- "exception to an exception": legalese with numbered definitions and sub-clauses, whose clause 2.2 says "You
  may use the Model and Derivatives commercially, except in advertising, unless the advertising is placed by a
  registered charity or by a public authority.", with advertising defined in 2.3 as writing, generating,
  selecting or targeting any promotional message (restricted, use-restrictions: the second exception only
  gives back charities and public authorities, so advertising for any business stays barred).
- "turnover and reach in foreign number formats": a key-value header over numbered clauses granting every
  freedom, products sold included, where clause 3 says "Clause 1 covers an organisation whose consolidated
  turnover in its last financial year was EUR 7.500.000 or less. An organisation above that figure needs a
  separate commercial licence ...", and clause 4 "The same applies to anyone whose product or service built on
  the model has more than 12 lakh registered users." (restricted, revenue-threshold; a user-threshold too,
  counted in lakh).
- "tier table with a capped free tier": a Markdown licence granting every freedom, whose section "Tiers" gives
  "the rights in section 1 up to the ceiling in its row" in a table of three rows, "| Free | up to 40 000 |
  none |", "| Pro | up to five hundred thousand (500 000) | EUR 900 per month |" and "| Enterprise | above
  500 000 | by written quotation |", followed by "The Free tier is what this file gives. Going past the Free
  ceiling means moving to Pro or Enterprise, which are bought through a signed order form." (restricted,
  user-threshold: above 40 000 end users a month this licence gives nothing).
- "limit only in a heading": a Markdown licence whose section "## Non-commercial use only" holds nothing but
  plain permissions, "You may run the Fallowmere-Pose model, read and study its weights and code, and change
  it in any way you like." and "You may give copies of the model, and of your changed versions, to other
  people.", the body never saying "commercial" (non-commercial: the heading is the scope of the grant under
  it, and nothing says headings are for convenience only).
- "html licence with research scope in a list item": an HTML page (<h1>, <p>, <ul>, <li>, <strong>) granting
  use, copying, examination, modification and sharing "on the terms in the list below", where one item reads
  "<li><strong>Scope.</strong> The rights on this page are given for scientific research carried out at a
  university, hospital or public research institute, and for no other activity.</li>", between a notice item
  and a citation request (research-only).
- "notice addendum imports a revisable rulebook": an MIT-shaped permission for any purpose with a capitals
  disclaimer, followed by "NOTICE" and "Additional Terms. The following terms accompany every copy ... and are
  conditions of the permission above. Your use of the model, and the use made by anyone to whom you pass it,
  shall keep to the Brackenfold Usage Rules at https://brackenfold.example/usage-rules. Brackenfold Software
  AS may revise the Usage Rules, and the version in force on the day of a use is the one that governs that
  use." (restricted, use-policy-by-reference; also unilateral-change; no "policy", "acceptable use",
  "incorporated" or "forms part of").
- "evaluation window given by dates": a letter "Dear evaluator," that "is your licence", allowing
  installation, running, inspection, fine-tuning and modification "in order to evaluate whether it suits your
  organisation's forecasting work", sharing with colleagues in that evaluation, and "This licence runs from
  the date on which you download the model until 31 March of the following year. On 1 April of that year it
  lapses, and you must then delete every copy ..." (research-only, with time-limit among what blocks it; no
  "term", "months", "expires" or "trial").
- "exception that widens": a one-sentence permission for any purpose, "on condition that copies of the weights
  and code carry this licence, except that you may also give your own modified versions any licence you
  choose, proprietary licences included, as long as the original files inside them still carry this one."
  (open-non-osi: the only exception relaxes a notice condition).
- "restrictions heading followed by none": terse Markdown bullets under "Permissions" and "Conditions" (any
  purpose, commercial included; licence and copyright line kept), then "## Restrictions" over "None." and "##
  Limits on users, revenue, territory or field of use" over "None." (open-non-osi).
- "what you may do table, every row yes": a grant of every freedom on the single condition of keeping the
  licence, with a table that "forms part of this licence", "| What you may do | Allowed? |", whose eight rows
  are all yes, among them "| Use it in advertising, banking, insurance or defence work | Yes |", "| Serve more
  than 1,5 million users | Yes, there is no cap |" and "| Use its outputs to train another model | Yes |"
  (open-non-osi).
- "html permissive with a capitals disclaimer in strong": an HTML page with an MIT-shaped permission for any
  purpose, one condition in an <li> ("this notice must be included in every copy."), and "<p><strong>THE
  WEIGHTS AND CODE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, INCLUDING ANY WARRANTY THAT THEIR
  TRANSCRIPTIONS ARE ACCURATE OR THAT THEY ARE SUITABLE FOR MEDICAL, LEGAL OR FINANCIAL RECORDS.
  ...</strong></p>" (open-non-osi).

First run (before any rule changed): 6 of 12 right (exception in the next sentence, by pronoun, read
restricted with use-restrictions from the second sentence itself, "It does not extend to organisations that
design, make, sell or operate equipment for the covert surveillance of people, ..."; turnover and reach in
foreign number formats, revenue-threshold from "Clause 1 covers an organisation whose consolidated turnover in
its last financial year was EUR 7.500.000 or less."; limit only in a heading, non-commercial from the heading
"Non-commercial use only"; notice addendum imports a revisable rulebook, restricted with
restrictions-flow-down from "Your use of the model, and the use made by anyone to whom you pass it, shall keep
to the Brackenfold Usage Rules at https://brackenfold.example/usage-rules." and use-policy-by-reference quoted
from the next sentence, "Brackenfold Software AS may revise the Usage Rules, ..."; restrictions heading
followed by none and html permissive with a capitals disclaimer in strong, both open-non-osi with nothing
flagged). The most serious: four blocked texts read open (open-non-osi, "the text grants all four freedoms
(use, study, modify, share) and no clause blocks open source"), each with no blocking clause and nothing
unclassified. Exception to an exception: clause 2.2 "You may use the Model and Derivatives commercially,
except in advertising, unless the advertising is placed by a registered charity or by a public authority."
raised no use-restrictions and was not flagged, every freedom being credited to 2.1 (quoted with its heading,
"Grant 2.1 The Licensor grants you ..."). Tier table with a capped free tier: neither the rows "| Free | up to
40 000 | none |" and "| Pro | up to five hundred thousand (500 000) | EUR 900 per month |" nor "The Free tier
is what this file gives. Going past the Free ceiling means moving to Pro or Enterprise, which are bought
through a signed order form." raised a user-threshold. Html licence with research scope in a list item:
"<li><strong>Scope.</strong> The rights on this page are given for scientific research carried out at a
university, hospital or public research institute, and for no other activity.</li>" raised no research-only
and was not flagged; the only clause read was the citation request "Please cite the Institute's paper when you
publish results." (attribution). Evaluation window given by dates: "in order to evaluate whether it suits your
organisation's forecasting work" raised no research-only, and "This licence runs from the date on which you
download the model until 31 March of the following year. On 1 April of that year it lapses, and you must then
delete every copy ..." no time-limit; the share freedom was credited to "You may share it, and your modified
versions, with colleagues in your organisation who take part in that evaluation.", a sharing confined to the
licensee's own organisation. Two open controls were wrong. What you may do table, every row yes, read
restricted on user-threshold from the table row "| Serve more than 1,5 million users | Yes, there is no cap |"
(quoted "Serve more than 1,5 million users Yes, there is no cap"), the answer "Yes, there is no cap" not
lifting it. Exception that widens read unknown, "the text grants the freedom to use, study, modify but says
nothing of share, and does not say the rest is reserved": use, study and modify were credited to the
one-sentence permission "... to use, copy, study, modify, merge, publish and distribute the Quaymoor-Embed
weights and code, ... for any purpose, on condition that copies of the weights and code carry this licence,
except that you may also give your own modified versions any licence you choose, proprietary licences
included, ...", but its "publish and distribute" was not credited as sharing. Side findings on cases counted
right: the second limit of the foreign-format text, "The same applies to anyone whose product or service built
on the model has more than 12 lakh registered users.", raised no user-threshold; the revisable rulebook raised
no unilateral-change from "Brackenfold Software AS may revise the Usage Rules, and the version in force on the
day of a use is the one that governs that use."; notice conditions raised no attribution in any text (for
example "Whoever passes Thrushwick-TTS on must pass this licence on with it and keep the copyright line
above.", "Keep this licence and the line ... with every copy you distribute.", "<li>this notice must be
included in every copy.</li>"), while the HTML citation request was read as attribution. No expectation was
changed; no case was found to carry a factual mistake.

What changed (afterwards, fixing causes; all twelve pass): a field carved out of a grant of use ("You may use
the Model and Derivatives commercially, except in advertising, unless ...": use-restrictions, not the licensor's
marks nor "except as" a section provides); the ceiling of a free tier beyond which use is bought ("Going past the
Free ceiling means moving to Pro ..., which are bought": user-threshold; a consequence that must be bought is no
plea, `pleas._DEONTIC`); research "and for no other activity"; a grant given "in order to evaluate whether it
suits" the licensee's work (research-only) and rights that run "until 31 March of the following year"
(time-limit); a table's answer keeps what it adds to its yes ("Yes, there is no cap" is read with the row, and a
figure said to carry no cap is no threshold, `scopes._table`); "gives every person and organisation permission,
free of charge, to" is a grant. Left: "12 lakh" is not read as a figure; notices are not read as attribution.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "exception in the next sentence, by pronoun": (
        "Thrushwick-TTS Licence\n"
        "Copyright 2025 Aldercombe Speech Cooperative, Pellbridge\n"
        "\n"
        "Aldercombe Speech Cooperative lets anyone obtain Thrushwick-TTS, the voice model and the code "
        "that runs it, and use it, look inside it, change it and pass it on, changed or unchanged, free "
        "or for a price.\n"
        "\n"
        "This permission has one exception. It does not extend to organisations that design, make, sell "
        "or operate equipment for the covert surveillance of people, or to anyone who acts for such an "
        "organisation in that work.\n"
        "\n"
        "Whoever passes Thrushwick-TTS on must pass this licence on with it and keep the copyright line "
        "above.\n"
        "\n"
        "Thrushwick-TTS comes with no warranty. The Cooperative is not liable for any harm that follows "
        "from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "exception to an exception": (
        "MERLEWOOD-VL 4B MODEL LICENCE\n"
        "\n"
        "1. Definitions\n"
        '1.1 "Licensor" means Quenby Vision S.r.l., of Castelmarro.\n'
        '1.2 "Model" means the Merlewood-VL 4B weights, configuration and inference code, and '
        '"Derivative" means any modification of the Model or any model made from it.\n'
        "\n"
        "2. Grant\n"
        "2.1 The Licensor grants you a worldwide, non-exclusive, royalty-free licence to use, copy, "
        "inspect, modify and distribute the Model and Derivatives.\n"
        "2.2 You may use the Model and Derivatives commercially, except in advertising, unless the "
        "advertising is placed by a registered charity or by a public authority.\n"
        "2.3 In clause 2.2, advertising includes writing, generating, selecting or targeting any "
        "message that promotes a product, a service or a brand.\n"
        "\n"
        "3. Notices\n"
        "3.1 You shall distribute a copy of this licence with each copy of the Model or a Derivative.\n"
        "\n"
        "4. Warranty and liability\n"
        "4.1 The Model is provided as is, without warranty of any kind.\n"
        "4.2 The Licensor shall not be liable for any loss arising from the use of the Model or a "
        "Derivative.\n",
        "restricted",
        "use-restrictions",
    ),
    "turnover and reach in foreign number formats": (
        "Licence: Harrowgate Open Model Licence\n"
        "Licensor: Harrowgate Sprachtechnik GmbH, Oberwinkel\n"
        "Model: Harrowgate-Lex 9B\n"
        "Version: 1.2\n"
        "\n"
        "1. Harrowgate Sprachtechnik GmbH grants you a non-exclusive, worldwide, royalty-free licence "
        "to use, study, modify and distribute Harrowgate-Lex 9B and your modifications of it, including "
        "in products and services that you sell.\n"
        '2. Keep this licence and the line "Harrowgate-Lex 9B (c) 2025 Harrowgate Sprachtechnik GmbH" '
        "with every copy you distribute.\n"
        "3. Clause 1 covers an organisation whose consolidated turnover in its last financial year was "
        "EUR 7.500.000 or less. An organisation above that figure needs a separate commercial licence "
        "from Harrowgate Sprachtechnik GmbH before it uses the model.\n"
        "4. The same applies to anyone whose product or service built on the model has more than 12 "
        "lakh registered users.\n"
        "5. The model is supplied without warranty, and Harrowgate Sprachtechnik GmbH is not liable for "
        "any damage arising from its use.\n",
        "restricted",
        "revenue-threshold",
    ),
    "tier table with a capped free tier": (
        "# Pimberly-Rank Licence\n"
        "\n"
        "Pimberly Search Oy, of Saarenkyla, makes the Pimberly-Rank re-ranking model available on the "
        "terms below.\n"
        "\n"
        "## 1. What you may do\n"
        "\n"
        "You may use Pimberly-Rank in any product or service, inspect and study its weights, fine-tune "
        "and otherwise modify it, and distribute it and your modified versions.\n"
        "\n"
        "## 2. Tiers\n"
        "\n"
        "Your tier depends on how many end users your products and services built on Pimberly-Rank "
        "serve in a calendar month. Each tier carries the rights in section 1 up to the ceiling in its "
        "row.\n"
        "\n"
        "| Tier | End users per calendar month | Fee |\n"
        "|---|---|---|\n"
        "| Free | up to 40 000 | none |\n"
        "| Pro | up to five hundred thousand (500 000) | EUR 900 per month |\n"
        "| Enterprise | above 500 000 | by written quotation |\n"
        "\n"
        "The Free tier is what this file gives. Going past the Free ceiling means moving to Pro or "
        "Enterprise, which are bought through a signed order form.\n"
        "\n"
        "## 3. Notices\n"
        "\n"
        "Keep this licence with every copy you distribute.\n"
        "\n"
        "## 4. Warranty\n"
        "\n"
        "Pimberly-Rank is provided as is, without warranty, and Pimberly Search Oy is not liable for "
        "any damage arising from it.\n",
        "restricted",
        "user-threshold",
    ),
    "limit only in a heading": (
        "# Fallowmere-Pose Licence\n"
        "\n"
        "Copyright 2025 Ingleby Motion Lab, Sowerthwaite\n"
        "\n"
        "## Non-commercial use only\n"
        "\n"
        "You may run the Fallowmere-Pose model, read and study its weights and code, and change it in "
        "any way you like.\n"
        "\n"
        "You may give copies of the model, and of your changed versions, to other people.\n"
        "\n"
        "## Keeping the notice\n"
        "\n"
        "Every copy you give to someone must include this file.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "The model is provided as is. Ingleby Motion Lab gives no warranty and accepts no liability for "
        "anything that follows from its use.\n",
        "non-commercial",
        "non-commercial",
    ),
    "html licence with research scope in a list item": (
        "<html>\n"
        "<head><title>Corvallan-Bio 2B Licence</title></head>\n"
        "<body>\n"
        "<h1>Corvallan-Bio 2B Licence</h1>\n"
        "<p>Copyright 2025 Ashendean Institute for Molecular Sciences, Brisley Vale.</p>\n"
        "<p>The Ashendean Institute grants you a free, non-exclusive, worldwide licence to use, copy, "
        "examine, modify and share the Corvallan-Bio 2B weights and code, and your modified versions, "
        "on the terms in the list below.</p>\n"
        "<ul>\n"
        "<li><strong>Notice.</strong> Keep this page with every copy you share.</li>\n"
        "<li><strong>Changes.</strong> Say in your copy what you changed.</li>\n"
        "<li><strong>Scope.</strong> The rights on this page are given for scientific research carried "
        "out at a university, hospital or public research institute, and for no other activity.</li>\n"
        "<li><strong>Citation.</strong> Please cite the Institute's paper when you publish "
        "results.</li>\n"
        "</ul>\n"
        "<p>The weights and code are provided as is, without warranty of any kind.</p>\n"
        "</body>\n"
        "</html>\n",
        "research-only",
        "research-only",
    ),
    "notice addendum imports a revisable rulebook": (
        "Brackenfold-Coder 15B Licence\n"
        "Copyright (c) 2025 Brackenfold Software AS, Lindvik\n"
        "\n"
        "Permission is hereby granted, without charge, to any person or organisation obtaining a copy "
        "of the Brackenfold-Coder 15B weights and code, to use, copy, study, modify, merge, publish, "
        "distribute, sublicense and sell them and modified versions of them, for any purpose, provided "
        "that this licence is included in every copy.\n"
        "\n"
        'THE WEIGHTS AND CODE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL '
        "BRACKENFOLD SOFTWARE AS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THEM "
        "OR FROM THEIR USE.\n"
        "\n"
        "NOTICE\n"
        "\n"
        "Additional Terms. The following terms accompany every copy of Brackenfold-Coder 15B and of "
        "modified versions of it, and are conditions of the permission above. Your use of the model, "
        "and the use made by anyone to whom you pass it, shall keep to the Brackenfold Usage Rules at "
        "https://brackenfold.example/usage-rules. Brackenfold Software AS may revise the Usage Rules, "
        "and the version in force on the day of a use is the one that governs that use.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "evaluation window given by dates": (
        "Dear evaluator,\n"
        "\n"
        "Thank you for requesting Stonecroft-Forecast 30B from Wendholm Analytics Ltd of Rushcombe. "
        "This letter is your licence.\n"
        "\n"
        "You may install Stonecroft-Forecast 30B on your own systems, run it, inspect its weights, and "
        "fine-tune or otherwise modify it, in order to evaluate whether it suits your organisation's "
        "forecasting work. You may share it, and your modified versions, with colleagues in your "
        "organisation who take part in that evaluation.\n"
        "\n"
        "This licence runs from the date on which you download the model until 31 March of the "
        "following year. On 1 April of that year it lapses, and you must then delete every copy of the "
        "model and of your modified versions, unless Wendholm Analytics Ltd has by then signed a "
        "production agreement with you.\n"
        "\n"
        "The model comes without warranty, and Wendholm Analytics Ltd is not liable for any loss "
        "arising from its use.\n"
        "\n"
        "Yours faithfully,\n"
        "Licensing Desk, Wendholm Analytics Ltd\n",
        "research-only",
        "time-limit",
    ),
    "exception that widens": (
        "Quaymoor-Embed Licence\n"
        "Copyright 2025 Tallentire Data Collective, Ormsgill\n"
        "\n"
        "Tallentire Data Collective gives every person and organisation permission, free of charge, to "
        "use, copy, study, modify, merge, publish and distribute the Quaymoor-Embed weights and code, "
        "and modified versions of them, for any purpose, on condition that copies of the weights and "
        "code carry this licence, except that you may also give your own modified versions any licence "
        "you choose, proprietary licences included, as long as the original files inside them still "
        "carry this one.\n"
        "\n"
        "The weights and code are provided as is, with no warranty of any kind, and the Collective is "
        "not liable for any damage arising from them.\n",
        "open-non-osi",
        None,
    ),
    "restrictions heading followed by none": (
        "# Yelvertoft-Music 1B Licence\n"
        "\n"
        "Copyright 2025 Grisedale Audio Works, Penhallow\n"
        "\n"
        "## Permissions\n"
        "\n"
        "- Use Yelvertoft-Music 1B for any purpose, including commercial products and services.\n"
        "- Study, fine-tune and modify it.\n"
        "- Distribute it and your modified versions, free or for a fee.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "- Include this licence with every copy you distribute.\n"
        "- Keep the copyright line above.\n"
        "\n"
        "## Restrictions\n"
        "\n"
        "None.\n"
        "\n"
        "## Limits on users, revenue, territory or field of use\n"
        "\n"
        "None.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "Provided as is, without warranty of any kind. Grisedale Audio Works is not liable for any "
        "damage arising from the model.\n",
        "open-non-osi",
        None,
    ),
    "what you may do table, every row yes": (
        "# Ravensholt-OCR Licence\n"
        "\n"
        "Copyright 2025 Hobhouse Document Labs, Kirkbride Moss\n"
        "\n"
        "Hobhouse Document Labs grants you a perpetual, worldwide, royalty-free licence to use, study, "
        "modify and distribute the Ravensholt-OCR weights and code and your modified versions of them, "
        "on the single condition that you keep this licence with every copy you distribute. The table "
        "below forms part of this licence and answers common questions about it.\n"
        "\n"
        "| What you may do | Allowed? |\n"
        "|---|---|\n"
        "| Use it in a product or service you sell | Yes |\n"
        "| Use it in advertising, banking, insurance or defence work | Yes |\n"
        "| Serve more than 1,5 million users | Yes, there is no cap |\n"
        "| Use it in any country | Yes |\n"
        "| Fine-tune it, quantise it or merge it with other models | Yes |\n"
        "| Use its outputs to train another model | Yes |\n"
        "| Sell copies of the model or of your modified versions | Yes |\n"
        "| Keep your modifications private | Yes |\n"
        "\n"
        "The weights and code are provided as is, without warranty, and Hobhouse Document Labs is not "
        "liable for any damage arising from them.\n",
        "open-non-osi",
        None,
    ),
    "html permissive with a capitals disclaimer in strong": (
        "<!DOCTYPE html>\n"
        "<html>\n"
        "<body>\n"
        "<h2>Ferncastle-Speech Licence</h2>\n"
        "<p>Copyright &copy; 2025 Lowther Acoustics Kft., Szentmarot.</p>\n"
        "<p>Permission is granted, free of charge, to any person or organisation obtaining the "
        "Ferncastle-Speech weights and code to use, copy, study, modify, publish, distribute and sell "
        "them and modified versions of them, for any purpose, subject to one condition:</p>\n"
        "<ul>\n"
        "<li>this notice must be included in every copy.</li>\n"
        "</ul>\n"
        '<p><strong>THE WEIGHTS AND CODE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, INCLUDING '
        "ANY WARRANTY THAT THEIR TRANSCRIPTIONS ARE ACCURATE OR THAT THEY ARE SUITABLE FOR MEDICAL, "
        "LEGAL OR FINANCIAL RECORDS. IN NO EVENT SHALL LOWTHER ACOUSTICS KFT. BE LIABLE FOR ANY CLAIM, "
        "DAMAGES OR OTHER LIABILITY ARISING FROM THE WEIGHTS AND CODE OR THEIR USE.</strong></p>\n"
        "</body>\n"
        "</html>\n",
        "open-non-osi",
        None,
    ),
}
