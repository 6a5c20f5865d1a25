# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 56: twelve model licences whose terms are stated in a non-prose form that publishers really use,
not in running clauses: questions and answers, a permissions list or a table of check marks, a human-readable summary
in front of a legal code that governs, a machine-readable YAML or JSON document declared binding, and an asterisk on a
permissive sentence. Eight take something away, each expecting a different clause type, chosen among those rounds 52
to 55 asked for least (counted from their `CASES`: every blocking type was asked for at least once, and
no-source-access, revenue-threshold, ethical-conditions, naming-branding, output-training-ban, remote-control,
unilateral-change, platform-tie, guardrail-termination, fee-required, no-redistribution, time-limit and no-modification
once each, every other type twice): revenue-threshold, output-training-ban, no-redistribution, unilateral-change,
remote-control, fee-required, time-limit and guardrail-termination. Four are open controls, each a near miss of one of
the restricted texts in the same form, taking nothing away. Each expectation is decided from the README's definitions
(the verdict table, "research-only beats non-commercial, which beats restricted", the clause-type table) and the
frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for everyone and without asking
permission; the Open Source Definition's free redistribution, derived works and no discrimination against persons,
groups or fields of endeavour; the G7 labels, Weights Available being the label for a licence with use restrictions;
the EU AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence that only asks for credit
and comparable terms), not from what opengauge reads. Where a summary and a legal code differ, the part the text itself
says governs is read. Every name, company, product, address and figure is invented (the governing laws are real; the
domains end in `.example`). None of the texts is a catalog licence, so an open one is `open-non-osi`.

- "faq: paid products yes, but no rights above gbp 25 million revenue": a licence written as eight questions and
  answers, "Every answer is a term of the licence"; Q2 grants every freedom "for any purpose, without paying Quillfern
  anything, subject to Q4", Q3 answers "Can I use the Model in a paid product?" with "Yes", and Q4, "Is there a limit
  for large companies?", answers "If you and your Affiliates together had gross revenue of more than GBP 25 million in
  your last financial year, these answers give you no rights at all. You need a Scale Licence from Quillfern, which
  Quillfern may grant or refuse", Q5 ending the rights of a licensee who grows past it (restricted, revenue-threshold:
  the README's "above a revenue level you need another, often paid, license"; commercial use below it is free, so not
  non-commercial; OSAID's "for everyone" and the Open Source Definition's no discrimination against persons or groups).
- "permissions list: model training under limitations": a licence in the Permissions / Conditions / Limitations lists
  of a licence chooser, declared to be the licence ("each item is a term that binds you"); Permissions grant
  commercial use, modification, distribution, private use and patent use; under Limitations, beside the usual
  Liability, Warranty and Trademark use, "Model training: neither the Model nor any output generated with it
  (captions, labels, embeddings, bounding boxes or synthetic images) may be used to train, fine-tune, distil or
  otherwise improve any machine-learning model other than the Model and modified versions of it" (restricted,
  output-training-ban: the README's "the model or its outputs may not train or improve other models").
- "check-mark table: weights may not be passed on": a Markdown licence whose table of uses, "the operative part of
  this licence", ticks running for any purpose, paid transcription, study, fine-tuning and offering an API, and
  crosses "Give, sell or lend copies of the Model's weights to anyone else", "Publish or share fine-tuned or otherwise
  modified weights" and bundling the weights in an app, image or device; a note sends everyone to the licensor's
  download page (restricted, no-redistribution: the README's "you may not pass the model on"; OSAID's freedom to share
  and the Open Source Definition's free redistribution).
- "summary sounds free, legal code lets the licensor revise it": a human-readable summary ("You are free to: Use ...
  for any purpose, commercial or not. Adapt ... Share ... As long as you: Credit") that "is not the licence", "where
  the two differ, the Legal Code governs"; the Legal Code's section 4 lets the licensor "revise this Legal Code at any
  time by publishing the revised text", a revision applying thirty days later "to every copy ..., including copies
  obtained before the revision", continued use being acceptance (restricted, unilateral-change: the README's "the
  licensor may change the terms and they bind you"; the summary is silent on it, the governing code says it).
- "developer summary says deploy anywhere, terms add a kill switch": a "Summary for developers", "Not legally binding
  ... the Terms below ... prevail over the summary", promising "Deploy anywhere" and commercial products; Terms 3 and 4
  require a licence module that connects every 14 days and may not be removed, through which the licensor "may ...
  suspend or disable any deployment ... at any time", and require each runtime update to be installed within 30 days
  (restricted, remote-control: the README's "the licensor may restrict use remotely, or you must use its latest
  version"; use without asking permission, OSAID's first freedom, is gone).
- "binding yaml: commercial use true with a royalty block": a YAML document that the comment above it declares "the
  licence ... not a summary: every field is a binding term", whose `grant` sets `commercial_use: true` and every
  freedom true, and whose `fees.commercial_use` sets `royalty_percent_of_net_revenue: 4.5` on revenue from any product
  or service using the model or a derivative, "a use for which it is not paid is not licensed" (restricted,
  fee-required: the README's "some use or distribution requires a fee or royalty"; commercial use is allowed, for a
  fee, so not non-commercial).
- "binding json: the licence expires on 2027-08-31": a JSON object declared "the complete licence", "not a summary of
  another document", every field "a binding term"; `grant` gives every freedom for "any" purpose, commercial use
  true; `term` has `"expires_on": "2027-08-31"`, `"renewal": "none"` and `"on_expiry": "all rights under this licence
  end for the model and for every derivative of it; stop using and distributing them and delete every copy within 30
  days"` (restricted, time-limit: the README's "a trial or a fixed period").
- "asterisk on modify: the safety layer stays on": a plain licence granting "use, copy, modify* and distribute ... for
  any purpose, including commercial purposes", whose asterisk leads to a footnote under the last section: "The right to
  modify does not extend to the Safety Layer. Every deployment ... must run with the Safety Layer enabled and
  unaltered, and you must not route prompts or outputs around it. If you remove, disable, alter or bypass the Safety
  Layer, this licence ends automatically." (restricted, guardrail-termination: the README's "removing or bypassing
  safety guardrails is forbidden or ends your rights"; OSAID's freedom to modify for any purpose).
- "faq: paid products yes, with attribution, no size limit" (control of the first): the same eight questions; Q3
  answers "Yes, with attribution: name Ashcombe-Translate 2 and Ashcombe in your product's documentation or its
  "about" screen", Q4 "No. There is no revenue, user or company-size limit ... nobody ever needs another licence", Q5
  "You do not need to register, ask or tell us anything" (open-non-osi: all four freedoms for any purpose; credit,
  notices and marked changes are the only duties, which OSAID and Recital 102 allow).
- "check-mark table: only the trademark row crossed" (control of the third): the same table with every use ticked,
  giving and selling copies, sharing modified weights and bundling included, and a ✗ only on "Use the Fellgarth name or
  logo to promote what you build", a note keeping the truthful statement that a product uses the model
  (open-non-osi: withholding a trademark takes none of the four freedoms, as Apache-2.0's section 6 does not).
- "summary sounds strict, legal code is open and versions are opt-in" (control of the fourth, the reverse): an "At a
  glance" overview that "has no legal effect", with warning marks ("We may publish new versions of this licence", "You
  must credit us", "No warranty", "No endorsement", "Safety-critical uses are at your own risk") that sound like
  limits; the governing Legal Code grants every freedom "for any purpose, including commercial purposes", and its
  section 4 says a revised version "applies to a copy only if the person holding that copy chooses to apply it" and
  the licensor "cannot withdraw or change the terms of this version" (open-non-osi: new versions a licensee may opt
  into are the GPL's "any later version" device, not a change that binds; the rest is credit, a disclaimer and no
  endorsement).
- "binding yaml: fees none and null limits" (control of the sixth): the same binding YAML form, every freedom true,
  `field_of_use: any`, a `limits` block whose `max_monthly_active_users`, `max_annual_revenue_eur` and
  `max_deployments` are `null` ("A limit set to null does not exist"), `fees` `licence_fee: none` and `royalty: none`,
  and `registration_required: false` (open-non-osi: fields that name caps and fees but set none take nothing away).

Written blind, before any rule changed. First run (on commit e56530f): 7 of 12 right. Right: the revenue FAQ
(restricted, revenue-threshold from Q4's "... these answers give you no rights at all." (line 24) and Q5, which also
raised a time-limit from "Your rights end ninety days after the end of the first financial year in which your revenue
... exceeded GBP 25 million"), the permissions list (restricted, output-training-ban from the "Model training" item,
line 37; the share freedom not stated, the Distribution item not credited), the check-mark table (restricted,
no-redistribution from the ✗ rows "Give, sell or lend copies of the Model's weights to anyone else" and "Publish or
share fine-tuned or otherwise modified weights", the second also raising no-modification though modifying is ticked),
the kill switch (restricted, remote-control from Term 3's "Kestrell may, through the licence module, suspend or disable
any deployment ..."; Term 4's forced updates raised nothing of their own), the royalty YAML (restricted, fee-required
from the header comment's "an amount under "fees" is owed to Fenwold as stated, and a use for which it is not paid is
not licensed." (line 6), not from the `fees` block itself), the asterisk (restricted, guardrail-termination from the
footnote's "Every deployment ... must run with the Safety Layer enabled and unaltered ..." and "If you remove, disable,
alter or bypass the Safety Layer, this licence ends automatically.") and the null-limits YAML (open-non-osi, attribution
only).

Two restricted texts read as open, the most serious kind of miss:

- summary sounds free, legal code lets the licensor revise it read `open-non-osi`, "Open terms, but not an
  OSI-approved license: the text grants all four freedoms (use, study, modify, share) and no clause blocks open
  source", all four freedoms credited to the summary's "You are free to" (line 8), attribution only, nothing unread:
  the governing Legal Code's section 4 (lines 31 to 37: "Briskwater may revise this Legal Code at any time by
  publishing the revised text ... applies to every copy ..., including copies obtained before the revision. If You
  continue to use the Model ... after a revision takes effect, You accept it") raised no unilateral-change.
- binding json: the licence expires on 2027-08-31 read `open-non-osi` (same summary), the freedoms credited to the
  JSON object as a whole (line 10), no clause at all, not even attribution, nothing unread: `"expires_on":
  "2027-08-31"`, `"renewal": "none"` and `"on_expiry": "all rights under this licence end for the model and for every
  derivative of it; stop using and distributing them and delete every copy within 30 days"` (lines 23 to 25) raised no
  time-limit.

Two open controls read `unknown`, never open nor restricted:

- summary sounds strict, legal code is open and versions are opt-in: "Unknown: the text states terms opengauge cannot
  classify (line 30: "A revised version applies to a copy only if the person holding that copy chooses to apply it."
  and 1 more), so whether it is open is not decided: read them", the other unread sentence being "A copy received
  under this version may always be used, modified and distributed under this version, and Lanthorn cannot withdraw or
  change the terms of this version." (lines 31 to 33); all four freedoms from section 2 (line 20), attribution from
  the overview's "You must credit us." and section 3; no unilateral-change, rightly.
- check-mark table: only the trademark row crossed: "Unknown: the text states terms opengauge cannot classify (line 6:
  "1. What you may and may not do"), so whether it is open is not decided: read them", the section heading being the
  only unread term; all four freedoms granted from the ticked rows (use oddly credited to the note "You may still say,
  truthfully, that your product uses Fellgarth-TTS 1.", line 30), no clause at all; the ✗ on the trademark row raised
  nothing.

No restricted text read with a milder verdict or another type.

One open control read restricted:

- faq: paid products yes, with attribution, no size limit read restricted ("commercial use is allowed but 1 clause
  restricts it"), notification-duty from Q5's answer "No. You do not need to register, ask or tell us anything." (line
  29), the negation not read; only the use freedom granted (from the question "Can I use the Model in a paid
  product?", line 18), study, modify and share not stated although Q2 grants them; Q3's "Yes, with attribution" raised
  no attribution clause.

The verdicts and messages are the test run's; the clause lists, the freedoms and the unread terms were read from
`opengauge license FILE --format json` on the same texts right after it, nothing changed in between. No expectation
was changed after the run, and no case is listed in `DISAGREEMENTS`.

What changed (the same session, fixed in general with paraphrases and near misses in
`tests/licenses/test_non_prose_terms.py`): a licensor that "may revise this Legal Code" changes the licence
unilaterally, as one that may amend "this licence" does; the keys of machine-readable terms are read as words
("on_expiry" as "on expiry", so "all rights under this licence end" is a time limit), and a key whose value is null,
none or unlimited states nothing (a cap set to null is no cap); a later version that applies only if the holder
chooses it, and a version the licensor cannot withdraw, are no limits, nor is a heading "What you may and may not do";
the answer to "What may I do with it?" grants what it names; a question states no term of its own and the answer no to
a question about a duty states none either; and "You do not need to register" is no notification duty. 12 of 12.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "faq: paid products yes, but no rights above gbp 25 million revenue": (
        "PELLMOOR-CODE 7B LICENCE: QUESTIONS AND ANSWERS\n"
        "Version 2.0, 12 January 2026\n"
        "Quillfern Software Ltd, 3 Tanner's Yard, Norwich NR3 1AU\n"
        "\n"
        "This licence is written as questions and answers. Every answer is a term of\n"
        'the licence and binds you and Quillfern Software Ltd ("Quillfern"). "The\n'
        'Model" means the Pellmoor-Code 7B weights, tokenizer and inference code\n'
        'published at https://quillfern.example/pellmoor, and "Affiliate" means any\n'
        "entity that controls, is controlled by or is under common control with you.\n"
        "\n"
        "Q1. Who can use the Model?\n"
        "Anyone who accepts these answers, subject to Q4.\n"
        "\n"
        "Q2. What may I do with it?\n"
        "Use it, study it, copy it, fine-tune or otherwise modify it, and share it\n"
        "and your modified versions, for any purpose, without paying Quillfern\n"
        "anything, subject to Q4.\n"
        "\n"
        "Q3. Can I use the Model in a paid product?\n"
        "Yes. You may build it into products and services that you sell, and charge\n"
        "whatever you like for them, subject to Q4.\n"
        "\n"
        "Q4. Is there a limit for large companies?\n"
        "Yes. If you and your Affiliates together had gross revenue of more than\n"
        "GBP 25 million in your last financial year, these answers give you no rights\n"
        "at all. You need a Scale Licence from Quillfern, which Quillfern may grant or\n"
        "refuse at its discretion and on terms it sets.\n"
        "\n"
        "Q5. What if my revenue passes GBP 25 million later?\n"
        "Your rights end ninety days after the end of the first financial year in\n"
        "which your revenue, with your Affiliates', exceeded GBP 25 million, unless\n"
        "you have signed a Scale Licence by then.\n"
        "\n"
        "Q6. What do I have to do when I share the Model?\n"
        "Include these questions and answers unchanged and Quillfern's copyright\n"
        "notice, and say which files you changed.\n"
        "\n"
        "Q7. Does Quillfern give any warranty?\n"
        'No. The Model is provided "as is", and Quillfern is not liable for any loss\n'
        "arising from its use, so far as the law allows.\n"
        "\n"
        "Q8. Which law applies?\n"
        "The law of England and Wales, and the courts of England have exclusive\n"
        "jurisdiction.\n",
        "restricted",
        "revenue-threshold",
    ),
    "permissions list: model training under limitations": (
        "# Hollowmere Open Model Licence 1.0\n"
        "\n"
        "Hollowmere-Vision 3 - Copyright 2026 Hollowmere Labs Inc., 2200 Alder Street,\n"
        "Portland, Oregon\n"
        "\n"
        "A permissive licence for the Hollowmere-Vision 3 weights, configuration and\n"
        "code. The three lists below are the licence: each item is a term that binds\n"
        'you and Hollowmere Labs Inc. ("Hollowmere"), and the definitions and notice\n'
        "after them apply to every item.\n"
        "\n"
        "## Permissions\n"
        "\n"
        "- **Commercial use**: the Model and its outputs may be used for commercial\n"
        "  purposes.\n"
        "- **Modification**: the Model may be modified, fine-tuned, quantised or\n"
        "  merged.\n"
        "- **Distribution**: the Model and modified versions of it may be distributed\n"
        "  by any means and in any form.\n"
        "- **Private use**: the Model may be used and modified privately.\n"
        "- **Patent use**: Hollowmere licenses its patents that read on the Model to\n"
        "  everyone who uses it under these terms.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "- **Licence and copyright notice**: a copy of this licence and Hollowmere's\n"
        "  copyright notice must be included with every copy of the Model or of a\n"
        "  modified version.\n"
        "- **State changes**: changes made to the Model must be documented.\n"
        "\n"
        "## Limitations\n"
        "\n"
        "- **Liability**: Hollowmere is not liable for damages arising from use of\n"
        "  the Model.\n"
        "- **Warranty**: the Model is provided without warranty.\n"
        "- **Trademark use**: this licence grants no right to Hollowmere's names or\n"
        "  logos.\n"
        "- **Model training**: neither the Model nor any output generated with it\n"
        "  (captions, labels, embeddings, bounding boxes or synthetic images) may be\n"
        "  used to train, fine-tune, distil or otherwise improve any machine-learning\n"
        "  model other than the Model and modified versions of it.\n"
        "\n"
        "## Definitions\n"
        "\n"
        '"Model" means the Hollowmere-Vision 3 weights, configuration files and code\n'
        'published at https://hollowmere.example/vision3. "You" means any person or\n'
        "organisation that uses the Model under this licence.\n"
        "\n"
        "## Governing law\n"
        "\n"
        "This licence is governed by the laws of the State of Oregon.\n",
        "restricted",
        "output-training-ban",
    ),
    "check-mark table: weights may not be passed on": (
        "# Tarnbeck Speech Model Licence\n"
        "\n"
        "**Tarnbeck-ASR 2** (weights, tokenizer and decoding code)\n"
        "Copyright 2026 Tarnbeck Audio GmbH, Karl-Heine-Strasse 88, 04229 Leipzig\n"
        "\n"
        "## 1. What you may and may not do\n"
        "\n"
        "The table below is the operative part of this licence. A ✓ means Tarnbeck\n"
        'Audio GmbH ("Tarnbeck") grants you that right, worldwide, without charge and\n'
        "without time limit; a ✗ means the right is not granted.\n"
        "\n"
        "| Use | Allowed |\n"
        "|---|:---:|\n"
        "| Run the Model on your own devices or servers, for any purpose, commercial ones included | ✓ |\n"
        "| Transcribe audio for your customers and charge for it | ✓ |\n"
        "| Study the Model and publish your findings about it | ✓ |\n"
        "| Fine-tune or otherwise modify the Model for your own deployments | ✓ |\n"
        "| Let others use the Model through an API or web service you operate | ✓ |\n"
        "| Give, sell or lend copies of the Model's weights to anyone else | ✗ |\n"
        "| Publish or share fine-tuned or otherwise modified weights | ✗ |\n"
        "| Bundle the weights in an app, container image or device that others download or receive | ✗ |\n"
        "\n"
        "## 2. Notes\n"
        "\n"
        "1. Anyone who wants a copy of the weights must download it from\n"
        "   https://tarnbeck.example/asr2 and accept this licence themselves.\n"
        "2. Keep Tarnbeck's copyright notice in the documentation of every deployment.\n"
        "3. Every right not marked ✓ is reserved by Tarnbeck.\n"
        "\n"
        "## 3. Warranty and liability\n"
        "\n"
        'The Model is provided "as is". Tarnbeck is liable only for intent and gross\n'
        "negligence, as German law requires.\n"
        "\n"
        "## 4. Law\n"
        "\n"
        "This licence is governed by the laws of the Federal Republic of Germany.\n",
        "restricted",
        "no-redistribution",
    ),
    "summary sounds free, legal code lets the licensor revise it": (
        "BRISKWATER COMMUNITY MODEL LICENCE 1.0\n"
        "\n"
        "HUMAN-READABLE SUMMARY\n"
        "(This summary is not the licence. It highlights some of its terms for\n"
        "convenience. The Legal Code below is the licence, and where the two differ,\n"
        "the Legal Code governs.)\n"
        "\n"
        "You are free to:\n"
        "  * Use - run Briskwater-Embed 4 for any purpose, commercial or not.\n"
        "  * Adapt - fine-tune it, change it and build on it.\n"
        "  * Share - pass on copies, changed or not.\n"
        "\n"
        "As long as you:\n"
        "  * Credit - keep our notice and say what you changed.\n"
        "\n"
        "LEGAL CODE\n"
        "\n"
        '1. Definitions. "Briskwater" means Briskwater Data Teoranta, Unit 4, Dock\n'
        'Road, Galway. "Model" means the Briskwater-Embed 4 weights, tokenizer and\n'
        'code. "Adaptation" means any work based on the Model. "You" means the person\n'
        "or entity exercising rights under this Licence.\n"
        "\n"
        "2. Licence grant. Subject to this Licence, Briskwater grants You a worldwide,\n"
        "royalty-free, non-exclusive licence to use, reproduce, modify and distribute\n"
        "the Model and Adaptations, for any purpose.\n"
        "\n"
        "3. Conditions. When You distribute the Model or an Adaptation, You must keep\n"
        "Briskwater's copyright notice and a copy of this Licence with it, and state\n"
        "that an Adaptation has been modified.\n"
        "\n"
        "4. Revisions. Briskwater may revise this Legal Code at any time by publishing\n"
        "the revised text at https://briskwater.example/licence. A revision takes\n"
        "effect thirty days after it is published and applies to every copy of the\n"
        "Model and of any Adaptation, including copies obtained before the revision.\n"
        "If You continue to use the Model or an Adaptation after a revision takes\n"
        "effect, You accept it; if You do not accept it, You must stop using the Model\n"
        "and Adaptations and delete Your copies.\n"
        "\n"
        '5. Disclaimer. The Model is provided "as is", without warranties of any kind.\n'
        "To the extent the law allows, Briskwater is not liable for any damages\n"
        "arising from its use.\n"
        "\n"
        "6. Governing law. This Licence is governed by the laws of Ireland.\n",
        "restricted",
        "unilateral-change",
    ),
    "developer summary says deploy anywhere, terms add a kill switch": (
        "KESTRELL-EDGE 2 MODEL LICENCE\n"
        "\n"
        "SUMMARY FOR DEVELOPERS\n"
        "Not legally binding. This summary helps you find your way around; the Terms\n"
        "below are what bind you and Kestrell, and they prevail over the summary.\n"
        "\n"
        "  - Deploy anywhere: phones, cameras, drones, your own servers.\n"
        "  - Commercial products are welcome.\n"
        "  - Fine-tune it and ship your own versions.\n"
        "  - Just keep our notice.\n"
        "\n"
        "TERMS\n"
        "\n"
        "1. Parties and Model. These Terms are between Kestrell Vision Oy, Tekniikantie\n"
        '27, Espoo ("Kestrell") and you. "Model" means the Kestrell-Edge 2 weights,\n'
        'runtime and licence module; "Derivative" means any model or software based on\n'
        "the Model.\n"
        "\n"
        "2. Grant. Kestrell grants you a worldwide, royalty-free, non-exclusive\n"
        "licence to use, copy, modify and distribute the Model and Derivatives, for\n"
        "any purpose, including commercial purposes.\n"
        "\n"
        "3. Licence module. The Model's runtime contains a licence module that\n"
        "connects to https://licence.kestrell.example at least once every 14 days\n"
        "while a deployment is running. You must not remove, disable or block the\n"
        "licence module, in the Model or in any Derivative. Kestrell may, through the\n"
        "licence module, suspend or disable any deployment of the Model or of a\n"
        "Derivative at any time if it believes these Terms have been breached or that\n"
        "the deployment presents a risk, and is not liable for any loss this causes.\n"
        "\n"
        "4. Updates. When Kestrell releases an update to the runtime, you must install\n"
        "it in every deployment within 30 days. A deployment running an older runtime\n"
        "after that is not licensed.\n"
        "\n"
        "5. Notice. Keep Kestrell's copyright notice and these Terms with every copy\n"
        "of the Model or of a Derivative that you distribute.\n"
        "\n"
        '6. No warranty. The Model is provided "as is", without warranty of any kind,\n'
        "and Kestrell is not liable for indirect or consequential loss.\n"
        "\n"
        "7. Law. These Terms are governed by the laws of Finland.\n",
        "restricted",
        "remote-control",
    ),
    "binding yaml: commercial use true with a royalty block": (
        "# Fenwold Open Weights Terms (FOWT-1)\n"
        "#\n"
        "# The YAML document below is the licence for fenwold-forecast-3. It is\n"
        "# published in this form so that tools can read it, and it is not a summary:\n"
        "# every field is a binding term between Fenwold Analytics B.V. and you. A\n"
        '# right set to true is granted to you; an amount under "fees" is owed to\n'
        "# Fenwold as stated, and a use for which it is not paid is not licensed.\n"
        "\n"
        "licence:\n"
        "  id: FOWT-1\n"
        '  version: "1.0"\n'
        "  binding: true\n"
        "  licensor: Fenwold Analytics B.V., Keizersgracht 811, 1017 DZ Amsterdam\n"
        "  model: fenwold-forecast-3  # weights, feature pipeline and serving code\n"
        "  governing_law: the Netherlands\n"
        "  jurisdiction: courts of Amsterdam\n"
        "\n"
        "grant:\n"
        "  use: true\n"
        "  study: true\n"
        "  modify: true\n"
        "  redistribute: true\n"
        "  commercial_use: true\n"
        "  sublicense: false\n"
        "  territory: worldwide\n"
        "  duration: perpetual\n"
        "\n"
        "conditions:\n"
        "  attribution: required      # keep NOTICE.fenwold in every copy\n"
        "  include_licence: true\n"
        "  state_changes: true\n"
        "\n"
        "fees:\n"
        "  research_use: 0\n"
        "  personal_use: 0\n"
        "  commercial_use:\n"
        "    royalty_percent_of_net_revenue: 4.5\n"
        "    applies_to: revenue from any product or service that uses the model or a derivative of it\n"
        "    payable: quarterly, within 30 days of the end of each calendar quarter\n"
        "    payee: Fenwold Analytics B.V.\n"
        "\n"
        "warranty: none\n"
        "liability: excluded to the extent permitted by law\n",
        "restricted",
        "fee-required",
    ),
    "binding json: the licence expires on 2027-08-31": (
        "ORRISDALE MODEL TERMS - MACHINE-READABLE EDITION\n"
        "\n"
        "The JSON object below is the complete licence for the Orrisdale-Chem 2 model.\n"
        "It is published in this form so that tools can read it; it is not a summary\n"
        "of another document. Each field is a binding term between Orrisdale Molecular\n"
        'Ltd and every person who uses the model, and the "doc" strings explain the\n'
        "fields.\n"
        "\n"
        "{\n"
        '  "schema": "https://orrisdale.example/terms/v3",\n'
        '  "licensor": "Orrisdale Molecular Ltd, 40 Harbour Street, Cork T12 X2N7",\n'
        '  "model": "orrisdale-chem-2",\n'
        '  "binding": true,\n'
        '  "grant": {\n'
        '    "rights": ["use", "study", "copy", "modify", "distribute"],\n'
        '    "purposes": "any",\n'
        '    "commercial_use": true,\n'
        '    "royalty_free": true,\n'
        '    "doc": "Every right listed is granted, for the purposes given, to anyone who accepts these terms."\n'
        "  },\n"
        '  "term": {\n'
        '    "effective_from": "2026-03-01",\n'
        '    "expires_on": "2027-08-31",\n'
        '    "renewal": "none",\n'
        '    "on_expiry": "all rights under this licence end for the model and for every derivative of it; stop using and distributing them and delete every copy within 30 days",\n'
        '    "doc": "The licence lasts from effective_from to expires_on, both included."\n'
        "  },\n"
        '  "conditions": {\n'
        '    "attribution": "keep the file NOTICE.orrisdale with every copy",\n'
        '    "mark_changes": true,\n'
        '    "doc": "Apply to every copy of the model or of a derivative that is distributed."\n'
        "  },\n"
        '  "warranty": "none",\n'
        '  "liability": "excluded to the extent permitted by law",\n'
        '  "governing_law": "Ireland"\n'
        "}\n",
        "restricted",
        "time-limit",
    ),
    "asterisk on modify: the safety layer stays on": (
        "GLEBEWICK-CHAT 3 LICENCE\n"
        "\n"
        "Licensor: Glebewick AI Ltd, 7 Rose Street Lane, Edinburgh EH2 3DT\n"
        "Model: Glebewick-Chat 3, the weights, tokenizer, Safety Layer and serving code\n"
        "published at https://glebewick.example/chat3\n"
        "\n"
        "1. Grant\n"
        "\n"
        'Glebewick AI Ltd ("Glebewick") grants you a worldwide, royalty-free,\n'
        "perpetual, non-exclusive licence to use, copy, modify* and distribute the\n"
        "Model and your Derivatives, for any purpose, including commercial purposes.\n"
        "\n"
        "2. Conditions\n"
        "\n"
        "2.1 Keep Glebewick's copyright notice and this licence with every copy of the\n"
        "Model or of a Derivative that you distribute.\n"
        "\n"
        "2.2 Mark every Derivative as changed from the Model.\n"
        "\n"
        "2.3 Anyone who receives the Model or a Derivative from you receives it under\n"
        "this licence.\n"
        "\n"
        "3. Definitions\n"
        "\n"
        '"Derivative" means any model or software based on the Model, including\n'
        'fine-tuned, quantised or merged versions of its weights. "Safety Layer"\n'
        "means the input and output classifiers and the refusal adapter in the folder\n"
        "safety/ of the Model.\n"
        "\n"
        "4. No warranty\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. To the extent\n'
        "permitted by law, Glebewick is not liable for any loss arising from its use.\n"
        "\n"
        "5. Law\n"
        "\n"
        "This licence is governed by the law of Scotland.\n"
        "\n"
        "______________________________\n"
        "* The right to modify does not extend to the Safety Layer. Every deployment\n"
        "of the Model or of a Derivative must run with the Safety Layer enabled and\n"
        "unaltered, and you must not route prompts or outputs around it. If you\n"
        "remove, disable, alter or bypass the Safety Layer, this licence ends\n"
        "automatically.\n",
        "restricted",
        "guardrail-termination",
    ),
    "faq: paid products yes, with attribution, no size limit": (
        "ASHCOMBE-TRANSLATE 2 LICENCE: QUESTIONS AND ANSWERS\n"
        "Version 1.0, 3 February 2026\n"
        "Ashcombe Language Works Ltd, 19 Weaver's Court, Bristol BS1 6QH\n"
        "\n"
        "This licence is written as questions and answers. Every answer is a term of\n"
        'the licence and binds you and Ashcombe Language Works Ltd ("Ashcombe"). "The\n'
        'Model" means the Ashcombe-Translate 2 weights, vocabulary files and inference\n'
        "code published at https://ashcombe.example/translate2.\n"
        "\n"
        "Q1. Who can use the Model?\n"
        "Anyone: any person or organisation, of any size, anywhere.\n"
        "\n"
        "Q2. What may I do with it?\n"
        "Use it, study it, copy it, fine-tune or otherwise modify it, and share it\n"
        "and your modified versions, for any purpose, without paying Ashcombe\n"
        "anything.\n"
        "\n"
        "Q3. Can I use the Model in a paid product?\n"
        "Yes, with attribution: name Ashcombe-Translate 2 and Ashcombe in your\n"
        'product\'s documentation or its "about" screen. You may charge whatever you\n'
        "like for the product.\n"
        "\n"
        "Q4. Is there a limit for large companies?\n"
        "No. There is no revenue, user or company-size limit. The largest companies\n"
        "use the Model on exactly the same terms as everyone else, and nobody ever\n"
        "needs another licence from Ashcombe.\n"
        "\n"
        "Q5. Do I have to tell Ashcombe that I use the Model?\n"
        "No. You do not need to register, ask or tell us anything.\n"
        "\n"
        "Q6. What do I have to do when I share the Model?\n"
        "Include these questions and answers unchanged and Ashcombe's copyright\n"
        "notice, and say which files you changed.\n"
        "\n"
        "Q7. Does Ashcombe give any warranty?\n"
        'No. The Model is provided "as is", and Ashcombe is not liable for any loss\n'
        "arising from its use, so far as the law allows.\n"
        "\n"
        "Q8. Which law applies?\n"
        "The law of England and Wales.\n",
        "open-non-osi",
        None,
    ),
    "check-mark table: only the trademark row crossed": (
        "# Fellgarth Speech Model Licence\n"
        "\n"
        "**Fellgarth-TTS 1** (weights, phoneme dictionary and synthesis code)\n"
        "Copyright 2026 Fellgarth Sound AB, Nordhemsgatan 41, 413 06 Gothenburg\n"
        "\n"
        "## 1. What you may and may not do\n"
        "\n"
        "The table below is the operative part of this licence. A ✓ means Fellgarth\n"
        'Sound AB ("Fellgarth") grants you that right, worldwide, without charge and\n'
        "without time limit; a ✗ means the right is not granted.\n"
        "\n"
        "| Use | Allowed |\n"
        "|---|:---:|\n"
        "| Run the Model on your own devices or servers, for any purpose, commercial ones included | ✓ |\n"
        "| Synthesise speech for your customers and charge for it | ✓ |\n"
        "| Study the Model and publish your findings about it | ✓ |\n"
        "| Fine-tune or otherwise modify the Model | ✓ |\n"
        "| Let others use the Model through an API or web service you operate | ✓ |\n"
        "| Give, sell or lend copies of the Model's weights to anyone else | ✓ |\n"
        "| Publish or share fine-tuned or otherwise modified weights | ✓ |\n"
        "| Bundle the weights in an app, container image or device that others download or receive | ✓ |\n"
        "| Use the Fellgarth name or logo to promote what you build | ✗ |\n"
        "\n"
        "## 2. Notes\n"
        "\n"
        "1. Whoever receives a copy from you receives it under this licence; pass a\n"
        "   copy of it on with the weights.\n"
        "2. Keep Fellgarth's copyright notice with every copy, and say in a modified\n"
        "   version that it was modified.\n"
        "3. You may still say, truthfully, that your product uses Fellgarth-TTS 1.\n"
        "\n"
        "## 3. Warranty and liability\n"
        "\n"
        'The Model is provided "as is", without warranty, and Fellgarth is not liable\n'
        "for any loss arising from its use, to the extent Swedish law allows.\n"
        "\n"
        "## 4. Law\n"
        "\n"
        "This licence is governed by the laws of Sweden.\n",
        "open-non-osi",
        None,
    ),
    "summary sounds strict, legal code is open and versions are opt-in": (
        "LANTHORN OPEN MODEL LICENCE 1.0\n"
        "\n"
        "AT A GLANCE\n"
        "(This overview is not the licence and has no legal effect. The Legal Code\n"
        "below is the licence, and where the two differ, the Legal Code governs.)\n"
        "\n"
        "  ! We may publish new versions of this licence.\n"
        "  ! You must credit us.\n"
        "  x No warranty: if it breaks, that is on you.\n"
        "  x No endorsement: do not say we approve of your product.\n"
        "  x Safety-critical uses are at your own risk.\n"
        "\n"
        "LEGAL CODE\n"
        "\n"
        '1. Definitions. "Lanthorn" means Lanthorn Imaging B.V., Oudegracht 212,\n'
        'Utrecht. "Model" means the Lanthorn-Depth 2 weights, configuration files and\n'
        'code. "Adaptation" means any work based on the Model. "You" means the person\n'
        "or entity exercising rights under this Licence.\n"
        "\n"
        "2. Licence grant. Lanthorn grants You a worldwide, royalty-free,\n"
        "non-exclusive, perpetual licence to use, reproduce, modify and distribute the\n"
        "Model and Adaptations, for any purpose, including commercial purposes.\n"
        "\n"
        "3. Conditions. When You distribute the Model or an Adaptation, You must keep\n"
        "Lanthorn's copyright notice and a copy of this Licence with it, and state\n"
        "that an Adaptation has been modified. You may not state or imply that\n"
        "Lanthorn endorses You or Your use.\n"
        "\n"
        "4. New versions. Lanthorn may publish revised versions of this Licence, each\n"
        "with its own version number. A revised version applies to a copy only if the\n"
        "person holding that copy chooses to apply it. A copy received under this\n"
        "version may always be used, modified and distributed under this version, and\n"
        "Lanthorn cannot withdraw or change the terms of this version.\n"
        "\n"
        '5. Disclaimer. The Model is provided "as is", without warranties of any kind,\n'
        "and it is Your responsibility to test it before any use where failure could\n"
        "cause harm. To the extent the law allows, Lanthorn is not liable for any\n"
        "damages arising from its use.\n"
        "\n"
        "6. Governing law. This Licence is governed by the laws of the Netherlands.\n",
        "open-non-osi",
        None,
    ),
    "binding yaml: fees none and null limits": (
        "# Merrowby Open Weights Terms (MOWT-1)\n"
        "#\n"
        "# The YAML document below is the licence for merrowby-route-2. It is published\n"
        "# in this form so that tools can read it, and it is not a summary: every field\n"
        "# is a binding term between Merrowby Logistics Oy and you. A right set to true\n"
        "# is granted to you. A limit set to null does not exist: there is no cap of\n"
        "# that kind.\n"
        "\n"
        "licence:\n"
        "  id: MOWT-1\n"
        '  version: "1.0"\n'
        "  binding: true\n"
        "  licensor: Merrowby Logistics Oy, Satamakatu 14, 20100 Turku\n"
        "  model: merrowby-route-2  # weights, graph builder and serving code\n"
        "  governing_law: Finland\n"
        "\n"
        "grant:\n"
        "  use: true\n"
        "  study: true\n"
        "  modify: true\n"
        "  redistribute: true\n"
        "  commercial_use: true\n"
        "  sublicense: true\n"
        "  territory: worldwide\n"
        "  duration: perpetual\n"
        "  field_of_use: any\n"
        "\n"
        "limits:\n"
        "  max_monthly_active_users: null\n"
        "  max_annual_revenue_eur: null\n"
        "  max_deployments: null\n"
        "\n"
        "conditions:\n"
        "  attribution: required      # keep NOTICE.merrowby in every copy\n"
        "  include_licence: true\n"
        "  state_changes: true\n"
        "\n"
        "fees:\n"
        "  licence_fee: none\n"
        "  royalty: none\n"
        "\n"
        "notification:\n"
        "  registration_required: false\n"
        "  report_derivatives: false\n"
        "\n"
        "warranty: none\n"
        "liability: excluded to the extent permitted by law\n",
        "open-non-osi",
        None,
    ),
}
