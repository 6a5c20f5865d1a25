# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 42 (issue 14): twelve model licences whose limit hides in how the licence is assembled, not
in its main grant, eight that block an open label and four open controls of the same assembly whose extra
parts take nothing away. Each blocked text is several parts read together: a complete MIT License followed,
as a second file in the same archive, by model-specific terms that cap use in a new unit; a choice of two
options of which neither is open; a broad grant to "Authorised Users" whose meaning sits in a schedule of
definitions at the end; a grant for any "Permitted Purpose" whose meaning sits in a definitions list; a
release note whose order of precedence puts a revisable external policy above a complete BSD 3-Clause
License; an Apache 2.0 header followed by a rider for the weights; a Markdown table of rights whose one
footnote takes back part of a "Yes"; and a one-sentence grant "for any purpose whatsoever" that an annex,
declared part of the licence, narrows. The open controls: a complete MIT License with questions and answers
declared not part of it (one answer voicing a wish about weapons), a complete BSD 3-Clause License with
"additional terms" that only disclaim forecasts and reserve trade marks, a choice between the Apache License
2.0 and a commercial agreement laid out as a comparison table (the commercial column listing a user cap and
a training ban), and a bespoke permissive licence whose order of precedence keeps the model card's
out-of-scope list informative. Drafting styles vary (concatenated files with "==>" markers and Markdown
headings, a Markdown comparison table over numbered options, numbered legalese with a schedule of quoted
definitions, Markdown bullets with bold defined terms, a release note over a verbatim licence, a terse rider
under a licence header, a rights table with a Markdown footnote, British legalese in one long sentence with
annexes, questions and answers, capitalised additional terms, a README-style licensing section with an SPDX
expression, numbered clauses with a model-card extract). Every name, company, product, place and figure is
invented; the MIT, BSD 3-Clause and Apache 2.0 header texts are the standard ones. Written blind, before
any rule changed. Each expectation is decided from the README's definitions: a blocking clause in any
binding part makes the text not open, and where a recipient may choose between options, the most open
option the text lets anyone choose decides.

- "mit file, model terms cap concurrent sessions": "==> LICENSE <==" with the MIT License (Pentrevan
  Acoustics Ltd), then "==> MODEL_TERMS.md <==", terms for the Gwennick-Voice 2 weights "added to the MIT
  License, and where the two differ, these terms govern": a "Concurrent Session" is a live voice connection
  with one caller or listener, and "If your systems hold more than 1,500 Concurrent Sessions at any moment,
  the permission in the MIT License no longer covers the Weights in those systems", a volume licence being
  the licensor's to offer "or decline to" (restricted, user-threshold: users counted as simultaneous
  sessions).
- "two options, neither open": a Markdown comparison table over two options for Lindqvarn-Sum 7B, "You are
  bound by the option you choose, and you may not combine terms from the two": Option A for any
  non-commercial purpose, shared free under Option A; Option B for any purpose, commercial included, but
  "For each Production Deployment you must pay Brattholm Data AB an annual fee of SEK 45,000, in advance",
  with no free allowance (restricted, fee-required: commercial use is allowed under Option B, for a fee, so
  the narrower non-commercial verdict does not apply; neither option is open).
- "authorised user defined as a registrant": numbered legalese granting "to each Authorised User" every
  freedom "for any purpose, commercial purposes included", a recipient getting the rights "once it is itself
  an Authorised User", and, in a "SCHEDULE - DEFINITIONS" that clause 9 makes part of the licence,
  "'Authorised User' means a natural person or a legal entity that has (a) completed the registration form
  at https://kestlemere.example/harnick/register, giving its full legal name, ..., a working e-mail address
  and a description of its intended use of the Model, and (b) received from Kestlemere an e-mail confirming
  that registration." (restricted, notification-duty: no one is licensed before registering with the
  licensor).
- "permitted purpose narrowed in the definitions list": Markdown bullets allowing use "for any Permitted
  Purpose, as an individual or within a company", study, change and sharing "free of charge or for a fee",
  where the bold definition says "**Permitted Purpose** means the investigation, measurement and comparison
  of the behaviour of code models, including benchmarking, ablation studies, red-teaming, reproducibility
  work and pilot experiments ... It does not include any use in which suggestions, completions or other
  outputs of the model are supplied to programmers in the course of their everyday work, in a shipped
  product, or through a service offered to other people, whether for a fee or free." (research-only).
- "order of precedence puts a revisable policy above bsd-3": a release note naming two documents "to be
  read together", the Brimscote Deployment Policy at a URL and the BSD 3-Clause License (reproduced in
  full below it), with "Order of precedence. If the Deployment Policy and the BSD 3-Clause License
  conflict, the Deployment Policy prevails, and the permission in the BSD 3-Clause License extends only to
  uses that comply with the Deployment Policy." and "Brimscote Labs BV may amend the Deployment Policy by
  publishing a new version at the same address" (restricted, use-policy-by-reference; unilateral-change
  too).
- "apache header with a badge rider for the weights": the standard Apache 2.0 header, then "RIDER FOR THE
  MODEL WEIGHTS", "a condition of the License for the weights": "R1. Every application, website or service
  that shows images generated with the weights, or with a model derived from them, must display the badge
  "Made with Ashlock", together with the Ashlock logo, ...", linked to the licensor, and passed on to
  recipients (restricted, naming-branding).
- "footnote on the outputs row of a rights table": a Markdown table of rights, every answer "Yes" or "No
  limit", whose notes "are part of this licence" and qualify their row; the row "| Use, publish and sell
  Outputs | Yes [^1] |" and, at the end, "[^1]: Outputs may not be used as training, tuning or preference
  data for any language model other than the Model or a modified version of it, ..." (restricted,
  output-training-ban).
- "excluded applications in an annex, one-sentence grant": British legalese, a single sentence granting
  every freedom and sale "for any purpose whatsoever, subject only to the conditions set out below and to
  the Annexes to this licence, each of which forms part of this licence"; Annex A, reference
  configurations "for guidance"; "Annex B - Excluded applications": "B.1 The Model is not licensed for, and
  no right under this licence extends to, its use in: (a) the guidance or control of any unmanned vehicle
  that carries, delivers or aims a weapon; (b) the automated driving of passenger road vehicles on public
  roads; (c) the control of aircraft in flight." (restricted, use-restrictions).
- "mit with a faq declared not part of the licence": the MIT License (Marlpit Robotics Cooperative), then
  questions and answers that "are not part of the licence: they add no condition to it and take nothing
  away from it": no limit on robots, sites or users, no registration, outputs free for training, and "We
  would prefer that it not be used in weapons, and we have not tested it for surgical robots. That is a
  wish, not a term of the licence, which forbids no use." (osi-open).
- "bsd-3 with additional terms that only disclaim and reserve marks": the BSD 3-Clause License (Heddlow
  Institute of Coastal Oceanography), then "ADDITIONAL TERMS" that "add no condition ... and they take away
  none of the permissions above": forecasts may be wrong and are no substitute for official navigational
  warnings, and the name and logo are trade marks not licensed beyond stating origin (osi-open).
- "either apache-2.0 or a commercial agreement, in a table": a README-style licensing section, "Pick either
  one for your copy. You need to comply only with the licence you pick.", over a comparison table whose
  commercial column lists "up to 5 million end users a month per subscription" and training on outputs
  "not allowed", "Everything in this repository is available under the Apache License 2.0", and
  "SPDX-License-Identifier: Apache-2.0 OR LicenseRef-Trevanion-Commercial" (osi-open: anyone may take the
  Apache License 2.0; unlike round 31's dual licence, the limits sit in table cells).
- "precedence clause keeps the model card informative": numbered clauses granting every freedom for any
  purpose with one notice condition, and "3. Documents and order of precedence. ... Only this licence grants
  rights or sets conditions. The model card and the operating guide describe the model and give advice; they
  are not terms of this licence, and where anything in them reads like a restriction, this licence prevails
  and the restriction does not apply.", followed by an informative extract of the model card whose "Out of
  scope" line names aviation briefings, public flood warnings and safety decisions (open-non-osi: the near
  miss of the Brimscote precedence clause).

First run (before any rule changed): 3 of 12 right (order of precedence puts a revisable policy above bsd-3,
read "based on BSD 3-Clause License, with changes", restricted, with use-policy-by-reference from the
precedence sentence "If the Deployment Policy and the BSD 3-Clause License conflict, the Deployment Policy
prevails, and the permission in the BSD 3-Clause License extends only to uses that comply with the Deployment
Policy."; apache header with a badge rider for the weights, restricted, naming-branding from R1; footnote on
the outputs row of a rights table, restricted, output-training-ban from the footnote "[^1]: Outputs may not be
used as training, ..."). The most serious: one blocked text read open. Mit file, model terms cap concurrent
sessions was identified as the MIT License (confidence 0.79) and read osi-open ("Open source (an
OSI-approved license)"), with only the MIT notice condition (attribution) found: the whole MODEL_TERMS.md part,
"For the Weights, these terms are added to the MIT License, and where the two differ, these terms govern." and
"If your systems hold more than 1,500 Concurrent Sessions at any moment, the permission in the MIT License no
longer covers the Weights in those systems, from that moment on.", raised no user-threshold and was neither
reported as a change to the MIT License nor flagged as unclassified. Two blocked texts read unknown. Permitted
purpose narrowed in the definitions list: the only unclassified sentence was the harmless cure clause "If you
break section 2 and do not put it right within 30 days after you learn of it, your rights under this licence
end."; the definition "**Permitted Purpose** means the investigation, measurement and comparison of the
behaviour of code models, ... It does not include any use in which suggestions, completions or other outputs
of the model are supplied to programmers in the course of their everyday work, in a shipped product, or
through a service offered to other people, whether for a fee or free." raised no research-only and was not
flagged, and use was credited to the sharing bullet, not to "Use Tavistow-Code 3B for any Permitted Purpose,
...". Excluded applications in an annex, one-sentence grant: unclassified the one-sentence grant itself
("Tarrowby Dynamics Limited, ... hereby grants to any person or organisation ... for any purpose whatsoever,
subject only to the conditions set out below and to the Annexes to this licence, each of which forms part of
this licence ...", though all four freedoms were credited to it) and "B.2 A licensee that supplies the Model,
or an adaptation of it, to another person shall draw that person's attention to this Annex."; "B.1 The Model
is not licensed for, and no right under this licence extends to, its use in: (a) the guidance or control of
any unmanned vehicle that carries, delivers or aims a weapon; (b) the automated driving of passenger road
vehicles on public roads; (c) the control of aircraft in flight." raised no use-restrictions and was not
flagged. One blocked text read with the wrong verdict: two options, neither open read non-commercial ("Not
open source: commercial use is not allowed (2 restrictive clauses found)"), with non-commercial from Option
A's "You may use, study, modify and share the model for any non-commercial purpose." and fee-required from
Option B's "For each Production Deployment you must pay Brattholm Data AB an annual fee of SEK 45,000, ...";
Option B's grant "You may use the model for any purpose, including in products and services that you sell"
was not read as allowing commercial use, the options being read as one set of terms (the verdict's
definition, "commercial use is not allowed", does not hold: Option B allows it for a fee). One blocked text
read restricted on another clause only: authorised user defined as a registrant, restricted with
no-redistribution from "A registration is personal to the registrant and cannot be transferred." (a
registration, not the model, is untransferable; recipients may register), and no notification-duty from the
schedule's "'Authorised User' means a natural person or a legal entity that has (a) completed the
registration form at https://kestlemere.example/harnick/register, ... and (b) received from Kestlemere an
e-mail confirming that registration.". Two open controls read restricted. Mit with a faq declared not part of
the licence read "based on MIT License, with changes", restricted, with use-restrictions from the stated wish
"A: We would prefer that it not be used in weapons, and we have not tested it for surgical robots." (the next
sentence, "That is a wish, not a term of the licence, which forbids no use.", and the FAQ's declaration that
it is "not part of the licence" not taken into account), and unclassified "The answers below explain how we
read the MIT License above. They are not part of the licence: ...", "Q: Do I have to register, or tell you
that I am using it? A: No. ..." and "Q: What must I do, then? A: Keep the copyright notice ...". Either
apache-2.0 or a commercial agreement, in a table was not identified (no Apache or dual-licence reading, the
SPDX expression "Apache-2.0 OR LicenseRef-Trevanion-Commercial" notwithstanding) and read restricted, with
user-threshold from the commercial column of the row "Users no limit up to 5 million end users a month per
subscription" and output-training-ban from "Training other models on outputs allowed not allowed" (the Apache
column of each row saying the opposite). Two open controls read unknown. Bsd-3 with additional terms that only
disclaim and reserve marks read "based on BSD 3-Clause License, with changes" with no change found, unclassified
"These additional terms accompany the licence above. They add no condition to your use, modification or
redistribution of the weights, and they take away none of the permissions above." and the trade mark note
"A2. Trade marks. ... The licence above gives no right to use them, except to state truthfully where the
weights came from.". Precedence clause keeps the model card informative: unclassified the notice condition
"Copies of Corrabeck-Weather 1, and of models derived from it, must carry this licence and the line ..." (no
attribution found) and "Only this licence grants rights or sets conditions."; the model card's "Out of scope"
line raised nothing (rightly). Side findings on cases counted right: in the Brimscote text, "Brimscote Labs BV
may amend the Deployment Policy by publishing a new version at the same address, and each new version applies
from the date on which it is published." raised no unilateral-change and was not flagged; in the rights table,
study and modify were credited to the footnote that bans training on outputs, not to the rows "Study the
weights and the code" and "Modify, fine-tune, quantise and merge the Model"; the Ashlock rider's "R3. If you
distribute the weights, or a model derived from them, you must require the recipient to comply with R1 and
R2." raised no restrictions-flow-down, and its Apache 2.0 header was not identified. No expectation was
changed; no case was found to carry a factual mistake.

What changed (general causes, each rule citing this round): a cap on sessions, connections or streams held at
once is a user-threshold, as one on requests is (round 16); a permission that "no longer covers" or "ceases to
apply", and terms said to "govern" or "prevail" over the licence they follow, are words of terms after a
catalog licence's end; the licensee defined as one "that has completed the registration form" is a
notification-duty; a purpose the grant is confined to, defined as the study of models' behaviour, is
research-only (strong), and a definition that leaves out every use in products or services "whether for a fee
or free" is research-only; a registration, account or key that "cannot be transferred" is not the model's
no-redistribution; a lead-in read with its list item reaches a harmful field 160 characters on, not 120; a
wish ("A: We would prefer that it not be used in weapons") binds nothing, an answer's question states no term,
terms that "add no condition" or "take away none of the permissions" add none, "Only this licence grants rights"
refuses nothing, a trade-mark note's "except to state truthfully where the weights came from" is the usual
nominative use, a termination on breach is read across 140 characters, and copies that "must carry this
licence and the line ..." is attribution. 10 of 12 read right; the two choices between licences are
documented (`DISAGREEMENTS`: read as one text, stricter than the round, never kinder).
"""

from __future__ import annotations

from tests.licenses.standard_texts import APACHE_HEADER, MIT_TERMS
from tests.licenses.standard_texts import BSD_3_TERMS as _BSD_3

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
#: Cases where opengauge's reading and the round's expectation differ (none since the choice between licences
#: is read option by option, `licenses/options.py`).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "mit file, model terms cap concurrent sessions": (
        "==> LICENSE <==\n"
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Pentrevan Acoustics Ltd\n"
        "\n" + MIT_TERMS + "\n"
        "==> MODEL_TERMS.md <==\n"
        "# Model-specific terms for the Gwennick-Voice 2 weights\n"
        "\n"
        "These terms are shipped in the same archive as the MIT License above and apply to the files in "
        '`weights/` (the "Weights"). The code in `src/` and `tools/` is under the MIT License alone. For '
        "the Weights, these terms are added to the MIT License, and where the two differ, these terms "
        "govern.\n"
        "\n"
        "## 1. Counting\n"
        "\n"
        'A "Concurrent Session" is a live voice connection between the Weights, running in any system '
        "that you or your affiliates operate, and one caller or listener. Concurrent Sessions are "
        "counted at any moment across all of those systems together.\n"
        "\n"
        "## 2. Ceiling\n"
        "\n"
        "If your systems hold more than 1,500 Concurrent Sessions at any moment, the permission in the "
        "MIT License no longer covers the Weights in those systems, from that moment on. Pentrevan "
        "Acoustics Ltd may offer you a volume licence on terms it chooses, or decline to.\n"
        "\n"
        "## 3. Everything else\n"
        "\n"
        "Below the ceiling nothing in these terms narrows the MIT License: you may sell products that "
        "use the Weights, modify them and redistribute them, as long as this file goes with every copy "
        "of the Weights.\n",
        "restricted",
        "user-threshold",
    ),
    "two options, neither open": (
        "# Lindqvarn-Sum 7B: licence options\n"
        "\n"
        'Lindqvarn-Sum 7B (the weights, the tokenizer and the inference code, together "the model") is '
        "offered by Brattholm Data AB under two options. You choose one when you first use the model. "
        "You are bound by the option you choose, and you may not combine terms from the two.\n"
        "\n"
        "| | Option A: Community | Option B: Business |\n"
        "|---|---|---|\n"
        "| Who may choose it | anyone | anyone |\n"
        "| Use | any non-commercial purpose | any purpose, commercial purposes included |\n"
        "| Modify and fine-tune | yes | yes |\n"
        "| Share copies and fine-tunes | yes, free of charge, under Option A | yes, under Option B |\n"
        "| Payment | none | SEK 45,000 a year for each Production Deployment |\n"
        "| Notice | keep this file | keep this file |\n"
        "\n"
        "## Option A: Community\n"
        "\n"
        "1. You may use, study, modify and share the model for any non-commercial purpose.\n"
        "2. A use is non-commercial when neither you nor anyone else earns money from it, directly or "
        "indirectly, for example through sales, subscriptions, advertising or paid services.\n"
        "3. Copies and fine-tunes that you share must be shared free of charge and under Option A.\n"
        "\n"
        "## Option B: Business\n"
        "\n"
        "1. You may use the model for any purpose, including in products and services that you sell, and "
        "you may modify it and share it under Option B.\n"
        "2. For each Production Deployment you must pay Brattholm Data AB an annual fee of SEK 45,000, "
        "in advance, before the deployment serves its first request.\n"
        '3. A "Production Deployment" is one installation of the model, or of a fine-tune of it, that '
        "serves requests from people outside your own development team.\n"
        "4. The fee is the same for every organisation. There is no free allowance and no discount for "
        "small companies.\n"
        "\n"
        "## Both options\n"
        "\n"
        '- Keep this file and the line "Copyright 2026 Brattholm Data AB" with every copy.\n'
        "- The model comes with no warranty, and Brattholm Data AB is not liable for any loss that using "
        "it causes, to the extent the law allows.\n"
        "- Swedish law governs these terms, and the district court of Varnholm has jurisdiction.\n",
        "restricted",
        "fee-required",
    ),
    "authorised user defined as a registrant": (
        "KESTLEMERE OPEN WEIGHTS LICENCE\n"
        "for the Harnick-Vision 14B model\n"
        "\n"
        '1. Grant. Subject to this Licence, Kestlemere Imaging Ltd ("Kestlemere") grants to each '
        "Authorised User a perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce, "
        "study, modify, fine-tune, merge and distribute the Model and Derivatives, for any purpose, "
        "commercial purposes included.\n"
        "\n"
        "2. Recipients. An Authorised User may distribute the Model and Derivatives to any person, and "
        "the recipient may exercise the rights in clause 1 once it is itself an Authorised User.\n"
        "\n"
        "3. Notices. Every copy of the Model or of a Derivative distributed by an Authorised User shall "
        "be accompanied by a copy of this Licence, and modified files shall carry a statement that they "
        "have been modified.\n"
        "\n"
        "4. Outputs. Kestlemere claims no rights in the images, captions, labels or other outputs "
        "produced with the Model or a Derivative.\n"
        "\n"
        '5. Trade marks. No right is granted to use the names "Kestlemere" or "Harnick", or any logo of '
        "Kestlemere, except to describe truthfully the origin of the Model.\n"
        "\n"
        '6. Warranty. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, '
        "INCLUDING WITHOUT LIMITATION ANY WARRANTY OF SATISFACTORY QUALITY, FITNESS FOR A PARTICULAR "
        "PURPOSE OR NON-INFRINGEMENT.\n"
        "\n"
        "7. Liability. To the fullest extent permitted by law, Kestlemere shall not be liable for any "
        "loss or damage arising out of or in connection with the Model or this Licence.\n"
        "\n"
        "8. Termination. If an Authorised User breaches clause 3 and does not remedy the breach within "
        "thirty days of becoming aware of it, its rights under this Licence end.\n"
        "\n"
        "9. Interpretation. The definitions in the Schedule apply throughout this Licence and form part "
        "of it. This Licence is governed by the law of England and Wales.\n"
        "\n"
        "SCHEDULE - DEFINITIONS\n"
        "\n"
        '"Authorised User" means a natural person or a legal entity that has (a) completed the '
        "registration form at https://kestlemere.example/harnick/register, giving its full legal name, "
        "its country of residence or incorporation, a working e-mail address and a description of its "
        "intended use of the Model, and (b) received from Kestlemere an e-mail confirming that "
        "registration. A registration is personal to the registrant and cannot be transferred.\n"
        "\n"
        '"Derivative" means any model or other work that is based on the Model, including a model whose '
        "weights were initialised from, fine-tuned from or merged with the weights of the Model.\n"
        "\n"
        '"Licence" means this Kestlemere Open Weights Licence.\n'
        "\n"
        '"Model" means the Harnick-Vision 14B weights, configuration files, tokenizer, inference code '
        "and documentation published by Kestlemere.\n",
        "restricted",
        "notification-duty",
    ),
    "permitted purpose narrowed in the definitions list": (
        "# Orrisdale Model Licence 1.0\n"
        "\n"
        "**Licensor:** Orrisdale Software GmbH, Elzbruck\n"
        "**Model:** Tavistow-Code 3B (weights, tokenizer, training and evaluation code)\n"
        "\n"
        "## 1. What you may do\n"
        "\n"
        "- Use Tavistow-Code 3B for any Permitted Purpose, as an individual or within a company, "
        "university, public body or charity.\n"
        "- Read and study the weights and the code, and change them in any way you like.\n"
        "- Share copies of the model and of your changed versions with anyone, free of charge or for a "
        "fee, as long as this licence goes with them.\n"
        "- Publish benchmark results, papers and examples of outputs without asking us first.\n"
        "\n"
        "## 2. What you must do\n"
        "\n"
        '- Keep this licence and the line "Copyright 2026 Orrisdale Software GmbH" with every copy.\n'
        "- Mark changed versions as changed, in their file names or in their documentation.\n"
        "\n"
        "## 3. Definitions\n"
        "\n"
        "- **Permitted Purpose** means the investigation, measurement and comparison of the behaviour of "
        "code models, including benchmarking, ablation studies, red-teaming, reproducibility work and "
        "pilot experiments run by your own staff or students. It does not include any use in which "
        "suggestions, completions or other outputs of the model are supplied to programmers in the "
        "course of their everyday work, in a shipped product, or through a service offered to other "
        "people, whether for a fee or free.\n"
        "- **You** means the individual or organisation that uses the model under this licence.\n"
        "- **Changed version** means the model after any fine-tuning, quantisation, pruning, merging or "
        "other change to its weights or code.\n"
        "\n"
        "## 4. No warranty\n"
        "\n"
        "The model is provided as it is, without any warranty. It may produce code that is wrong or "
        "insecure. We are not liable for any damage that using it causes, except where the law does not "
        "allow us to exclude liability.\n"
        "\n"
        "## 5. Ending\n"
        "\n"
        "If you break section 2 and do not put it right within 30 days after you learn of it, your "
        "rights under this licence end.\n"
        "\n"
        "## 6. Law\n"
        "\n"
        "German law applies. The courts of Elzbruck have jurisdiction.\n",
        "research-only",
        "research-only",
    ),
    "order of precedence puts a revisable policy above bsd-3": (
        "Brimscote-Tabular 2: release terms\n"
        "\n"
        "This release (the model weights, the feature encoders and the Python package "
        "`brimscote_tabular`) is made available under two documents, which are to be read together:\n"
        "\n"
        "  (1) the Brimscote Deployment Policy, published at "
        "https://brimscote-labs.example/deployment-policy; and\n"
        "  (2) the BSD 3-Clause License reproduced below.\n"
        "\n"
        "Order of precedence. If the Deployment Policy and the BSD 3-Clause License conflict, the "
        "Deployment Policy prevails, and the permission in the BSD 3-Clause License extends only to uses "
        "that comply with the Deployment Policy. Brimscote Labs BV may amend the Deployment Policy by "
        "publishing a new version at the same address, and each new version applies from the date on "
        "which it is published.\n"
        "\n"
        "----------------------------------------------------------------------\n"
        "\n"
        "BSD 3-Clause License\n"
        "\n"
        "Copyright (c) 2026, Brimscote Labs BV\n"
        "\n" + _BSD_3,
        "restricted",
        "use-policy-by-reference",
    ),
    "apache header with a badge rider for the weights": (
        "Ashlock-Diffusion XL\n"
        "Copyright 2026 Vennacott Visual Computing S.r.l.\n"
        "\n" + APACHE_HEADER + "\n"
        "RIDER FOR THE MODEL WEIGHTS\n"
        "\n"
        "The weights in `checkpoints/` are licensed to you under the License above as modified by this "
        "rider. The rider is a condition of the License for the weights. It does not apply to the code.\n"
        "\n"
        "R1. Every application, website or service that shows images generated with the weights, or with "
        'a model derived from them, must display the badge "Made with Ashlock", together with the '
        "Ashlock logo, at least 24 pixels high and on the same screen as the images.\n"
        "R2. The badge must link to https://vennacott.example/ashlock.\n"
        "R3. If you distribute the weights, or a model derived from them, you must require the recipient "
        "to comply with R1 and R2.\n"
        "R4. Except as set out in R1 to R3, the License applies to the weights without change.\n",
        "restricted",
        "naming-branding",
    ),
    "footnote on the outputs row of a rights table": (
        "## Corvannick Open Model Licence: Selvarne-Chat 12B\n"
        "\n"
        'Corvannick Labs ApS ("we") license Selvarne-Chat 12B (the "Model") to you on the terms in the '
        "table below and in the notes under it. The notes are part of this licence, and a note attached "
        "to a row qualifies the answer in that row.\n"
        "\n"
        "| Right | Granted? |\n"
        "|---|---|\n"
        "| Run the Model for any purpose, commercial or not | Yes |\n"
        "| Study the weights and the code | Yes |\n"
        "| Modify, fine-tune, quantise and merge the Model | Yes |\n"
        "| Distribute the Model and modified versions, free or for a fee | Yes |\n"
        "| Use, publish and sell Outputs | Yes [^1] |\n"
        "| Offer the Model to others as part of a hosted service | Yes |\n"
        "| Number of users or size of your organisation | No limit |\n"
        "\n"
        '**Conditions.** Keep this licence and the line "Copyright 2026 Corvannick Labs ApS" with every '
        "copy of the Model or of a modified version, and say in the model card of a modified version "
        "that it was modified.\n"
        "\n"
        '**Outputs.** "Outputs" are the text, code and embeddings that the Model or a modified version '
        "produces.\n"
        "\n"
        "**No warranty.** The Model is provided as it is, without warranty of any kind. We are not "
        "liable for any damages arising from its use, to the extent the law allows.\n"
        "\n"
        "**Law.** Danish law governs this licence.\n"
        "\n"
        "---\n"
        "\n"
        "[^1]: Outputs may not be used as training, tuning or preference data for any language model "
        "other than the Model or a modified version of it, and you may not supply Outputs to another "
        "person for that purpose.\n",
        "restricted",
        "output-training-ban",
    ),
    "excluded applications in an annex, one-sentence grant": (
        "HALSEWELL-NAV 2 LICENCE\n"
        "\n"
        "Tarrowby Dynamics Limited, a company registered in England and Wales, hereby grants to any "
        "person or organisation that receives a copy of the Halsewell-Nav 2 motion-planning model, "
        "together with its weights, configuration files and accompanying software (collectively, the "
        '"Model"), a perpetual, worldwide, royalty-free, non-exclusive licence to use, copy, study, '
        "modify, adapt, fine-tune, distribute and sublicense the Model and any adaptation of it, and to "
        "sell products and services that incorporate the Model or an adaptation of it, for any purpose "
        "whatsoever, subject only to the conditions set out below and to the Annexes to this licence, "
        "each of which forms part of this licence and binds every licensee as though it were set out in "
        "the body of the licence.\n"
        "\n"
        "Conditions\n"
        "1. Every copy of the Model, or of an adaptation of it, that you distribute shall carry this "
        'licence and the notice "Halsewell-Nav 2 (c) 2026 Tarrowby Dynamics Limited".\n'
        "2. An adaptation shall be labelled as such, so that it is not mistaken for the original Model.\n"
        "\n"
        "Disclaimer\n"
        'THE MODEL IS SUPPLIED "AS IS". TARROWBY DYNAMICS LIMITED GIVES NO WARRANTY OF ANY KIND AND, SO '
        "FAR AS THE LAW PERMITS, ACCEPTS NO LIABILITY FOR ANY LOSS ARISING FROM ITS USE.\n"
        "\n"
        "Governing law\n"
        "This licence is governed by the law of England and Wales.\n"
        "\n"
        "Annex A - Reference configurations\n"
        "The Model has been tested on the following configurations. Others may work; this list is for "
        "guidance.\n"
        "- Wheeled indoor platforms, 0.2 to 1.5 m/s, lidar and stereo depth.\n"
        "- Tracked outdoor platforms, up to 3 m/s, lidar, GNSS and wheel odometry.\n"
        "- Simulation in the Tarrowby Sandpit environment, version 4 or later.\n"
        "\n"
        "Annex B - Excluded applications\n"
        "B.1 The Model is not licensed for, and no right under this licence extends to, its use in:\n"
        "  (a) the guidance or control of any unmanned vehicle that carries, delivers or aims a weapon;\n"
        "  (b) the automated driving of passenger road vehicles on public roads;\n"
        "  (c) the control of aircraft in flight.\n"
        "B.2 A licensee that supplies the Model, or an adaptation of it, to another person shall draw "
        "that person's attention to this Annex.\n",
        "restricted",
        "use-restrictions",
    ),
    "mit with a faq declared not part of the licence": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Marlpit Robotics Cooperative\n"
        "\n" + MIT_TERMS + "\n"
        "----------------------------------------------------------------------\n"
        "Questions and answers about the licence of Dunmarrow-Grasp\n"
        "\n"
        "The answers below explain how we read the MIT License above. They are not part of the licence: "
        "they add no condition to it and take nothing away from it, and if an answer and the licence "
        "seem to differ, the licence is what counts.\n"
        "\n"
        "Q: Can I use Dunmarrow-Grasp in a product that I sell?\n"
        "A: Yes. The licence lets you use, copy, modify, merge, publish, distribute, sublicense and sell "
        "it.\n"
        "\n"
        "Q: Is there a limit on the number of robots, sites or users?\n"
        "A: No.\n"
        "\n"
        "Q: Do I have to register, or tell you that I am using it?\n"
        "A: No. We are glad to hear about projects, but you need not tell us anything.\n"
        "\n"
        "Q: May I train other models on its outputs, or distil it?\n"
        "A: Yes.\n"
        "\n"
        "Q: Are there uses you would rather it were not put to?\n"
        "A: We would prefer that it not be used in weapons, and we have not tested it for surgical "
        "robots. That is a wish, not a term of the licence, which forbids no use.\n"
        "\n"
        "Q: What must I do, then?\n"
        "A: Keep the copyright notice and the permission notice in copies of the software, the weights "
        "included.\n",
        "osi-open",
        None,
    ),
    "bsd-3 with additional terms that only disclaim and reserve marks": (
        "BSD 3-Clause License\n"
        "\n"
        "Copyright (c) 2026, Heddlow Institute of Coastal Oceanography\n"
        "\n" + _BSD_3 + "\n"
        "ADDITIONAL TERMS FOR THE HEDDLOW-TIDE FORECASTING WEIGHTS\n"
        "\n"
        "These additional terms accompany the licence above. They add no condition to your use, "
        "modification or redistribution of the weights, and they take away none of the permissions above.\n"
        "\n"
        "A1. Forecasts may be wrong. Tide, surge and current forecasts produced with the weights are "
        "estimates. They are not a substitute for official navigational warnings, and the Institute "
        "accepts no responsibility for decisions taken on the basis of them, to the extent the law "
        "allows.\n"
        "\n"
        'A2. Trade marks. "Heddlow-Tide" and the Institute\'s wave logo are trade marks of the Heddlow '
        "Institute of Coastal Oceanography. The licence above gives no right to use them, except to "
        "state truthfully where the weights came from.\n",
        "osi-open",
        None,
    ),
    "either apache-2.0 or a commercial agreement, in a table": (
        "# Licensing of Polgooth-Embed\n"
        "\n"
        "Polgooth-Embed (the weights, the tokenizer, and the training and serving code) is published by "
        "Trevanion Search Ltd under your choice of two licences. Pick either one for your copy. You need "
        "to comply only with the licence you pick.\n"
        "\n"
        "| | Apache License 2.0 | Trevanion Commercial Agreement |\n"
        "|---|---|---|\n"
        "| Where to find it | LICENSE-APACHE (a full copy of "
        "https://www.apache.org/licenses/LICENSE-2.0) | LICENSE-COMMERCIAL |\n"
        "| Price | free | from GBP 12,000 a year |\n"
        "| Users | no limit | up to 5 million end users a month per subscription |\n"
        "| Training other models on outputs | allowed | not allowed |\n"
        "| Warranty and indemnity | none | IP indemnity and a performance warranty |\n"
        "| Support | community forum | response within one working day |\n"
        "\n"
        "## Why two licences?\n"
        "\n"
        "The commercial agreement is for customers who want a warranty, an indemnity and guaranteed "
        "support. Everything in this repository is available under the Apache License 2.0: no feature, "
        "file or model size is held back for commercial customers, and choosing the Apache License 2.0 "
        "costs nothing.\n"
        "\n"
        "## Contributions\n"
        "\n"
        "Contributions to Polgooth-Embed are accepted under the Apache License 2.0 only.\n"
        "\n"
        "## Questions\n"
        "\n"
        "Write to licensing@trevanion.example.\n"
        "\n"
        "SPDX-License-Identifier: Apache-2.0 OR LicenseRef-Trevanion-Commercial\n",
        "osi-open",
        None,
    ),
    "precedence clause keeps the model card informative": (
        "WHINSETT OPEN MODEL LICENCE\n"
        "Corrabeck-Weather 1\n"
        "\n"
        "1. Permission. Whinsett Meteorological Services Ltd permits anyone to use, copy, study, modify, "
        "fine-tune, distribute and sell copies of Corrabeck-Weather 1 (the weights, the code and the "
        "documentation) and of models derived from it, for any purpose, without charge.\n"
        "\n"
        "2. Condition. Copies of Corrabeck-Weather 1, and of models derived from it, must carry this "
        'licence and the line "Corrabeck-Weather 1 (c) 2026 Whinsett Meteorological Services Ltd".\n'
        "\n"
        "3. Documents and order of precedence. This release contains three documents: this licence, the "
        "model card (MODEL_CARD.md) and the operating guide (OPERATING_GUIDE.md). Only this licence "
        "grants rights or sets conditions. The model card and the operating guide describe the model and "
        "give advice; they are not terms of this licence, and where anything in them reads like a "
        "restriction, this licence prevails and the restriction does not apply.\n"
        "\n"
        '4. No warranty. Corrabeck-Weather 1 is provided "as is", without warranty of any kind, '
        "including any warranty that its forecasts are accurate.\n"
        "\n"
        "5. Liability. Whinsett Meteorological Services Ltd is not liable for any loss arising from the "
        "use of Corrabeck-Weather 1, except where the law does not allow that liability to be excluded.\n"
        "\n"
        "6. Law. This licence is governed by the law of Scotland.\n"
        "\n"
        "----------------------------------------------------------------------\n"
        "Extract from MODEL_CARD.md (informative, reproduced for convenience)\n"
        "\n"
        "Intended use: short-range precipitation nowcasting, for research and for operational trials.\n"
        "Out of scope: aviation weather briefings; flood warnings issued to the public without review by "
        "a forecaster; any decision about human safety taken without expert oversight.\n"
        "Licensing: see LICENSE. This card adds no terms.\n",
        "open-non-osi",
        None,
    ),
}
