# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 55: twelve model licences whose limit is reached through the interplay of two or more parts
of the text, not stated in any one sentence: HOW the limit is reached, not what it is. Eight take something away, each
expecting a different clause type, chosen among those rounds 50 to 54 asked for least (counted from round 52 to 54's
`CASES` and the README's account of rounds 50 and 51: no-redistribution and fee-required none, time-limit,
no-modification, personal-use-only, research-only and non-commercial one each, use-policy-by-reference one or two, every
other blocking type two or three): non-commercial, fee-required, no-redistribution, personal-use-only, time-limit,
no-modification, use-policy-by-reference and research-only. Four are open controls, each a near miss of one of the
restricted texts: the same device turned so that it takes nothing away. Each expectation is decided from the README's
definitions (the verdict table, "research-only beats non-commercial, which beats restricted", the clause-type table)
and the frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for everyone and without
asking permission; the Open Source Definition's free redistribution, derived works and no discrimination against
persons, groups or fields of endeavour; the G7 labels; the EU AI Act exemption, lost to any blocking clause), not from
what opengauge reads. Every name, company, product, address and figure is invented (the governing laws are real). None
of the texts is a catalog licence, so an open one is `open-non-osi`.

- "qualifying uses: excluded uses listed in schedule 2": a Scottish-style licence whose grant (clause 2.1) gives every
  freedom "in each case for Qualifying Uses"; clause 1.1 defines a Qualifying Use as "any use ... other than an
  Excluded Use" and an Excluded Use as "any use of a kind described in Schedule 2"; Schedule 2, after the governing
  law, lists use by an undertaking "in the course of its business", use in a product or service sold or offered for a
  fee, subscription or advertising revenue, and use for payment or "any other commercial advantage" (non-commercial,
  non-commercial: the README's "you may not use it to make money"; only the chain grant -> definition -> definition ->
  schedule says so).
- "tier table: tier 2 needs a priced agreement in section 4": a Markdown licence whose Section 2 table puts running
  (commercial use included), study, modification and giving copies in Tier 1 "at no charge", and hosting for third
  parties or shipping in an app or device sold or rented in Tier 2, whose terms are "This licence and a Tier 2
  Agreement (Section 4)"; Section 4 defines that agreement as an order form priced at "USD 0.002 per image processed
  ... with a minimum charge of USD 1,500 per calendar month", licensing a Tier 2 activity only while it is in force
  (restricted, fee-required: the README's "some use or distribution requires a fee or royalty"; commercial use itself is
  free in Tier 1, so not non-commercial).
- "distribution exception: reserved files flagged in the manifest": a US-style agreement whose Section 2.1(b) licenses
  reproduction and distribution of the Licensed Materials and Modifications "other than the Reserved Files and any file
  derived from a Reserved File"; Section 1.2 defines a Reserved File as one "marked "R" in the third column" of the
  Section 9 manifest, where the three weight shards, and only they, carry the "R" (restricted, no-redistribution: the
  README's "you may not pass the model on": the code may be shared, the weights and fine-tuned weights may not; use,
  study and modification are granted for any purpose, commercial ones included).
- "licensee definition: an organisation's staff member licensed alone": a plain licence granting "the Licensee" every
  freedom "for any purpose, including paid work the Licensee does", whose definition in Section 5, after the disclaimer,
  makes "Licensee" mean, for an individual who accepts while employed by or acting for an organisation, "that individual
  alone, acting in a personal capacity: the organisation does not become a Licensee, and its other staff, its
  contractors and its systems are not covered", a one-person business counting as the individual and "No other
  organisation can be a Licensee" (restricted, personal-use-only: the README's "only an individual ... may use it";
  commercial work by the individual is allowed).
- "duration: ends on a sunset date defined in the glossary": a licence granting every freedom "for any purpose,
  commercial or otherwise", whose Section 6 says it "ends automatically for every licensee on the Sunset Date"; the
  glossary at the end defines the Sunset Date as "the day that falls 540 days after the Release Date", and the Release
  Date is in the header, "14 April 2026" (restricted, time-limit: the README's "a trial or a fixed period").
- "customise defined in clause 11: weights not to be changed": an English contract whose clause 2.1 licenses the
  Licensee "to use, study, reproduce and Customise the Model, and to distribute the Model and Customisations, for any
  purpose including commercial purposes", clause 3 reserving every right not granted; clause 11.4, the last clause,
  defines "Customise" as configuring the model "through its documented interfaces only, namely system prompts, decoding
  parameters and retrieval sources; it does not include altering, retraining, fine-tuning, merging, pruning, quantising
  or otherwise changing the Weights, or creating any other model from them" (restricted, no-modification: the README's
  "you may not modify it or make derivatives"; no sentence says "you may not modify").
- "additional terms quoted at the end: a standard amended at will": a licence granting every freedom "for any purpose,
  commercial or not", "Subject to your acceptance of the Additional Terms in Part C"; Part C quotes section 14.3 of the
  licensor's platform terms in a block quote: use "only in accordance with the Corvetta Voice Use Standard published at
  https://corvetta.example/voice-standard, as Corvetta may amend that Standard from time to time", amendments taking
  effect on publication (restricted, use-policy-by-reference: the README's "an external use policy is part of the
  license, and the licensor can change it"; the quote's last sentence, passing 14.3 on, is a flow-down as well).
- "release declaration: permitted field boxes, research ones ticked": a release declaration with a "PERMITTED FIELD"
  checkbox list, "[x]" on academic research, evaluation and benchmarking, and teaching, "[ ]" on internal business
  operations, products or services for customers, public-sector operational use and "Any other purpose"; the grant in
  term 1 gives every freedom "within the Permitted Field", term 2 saying a use is within it "only if it falls in a field
  ticked in this declaration" (research-only, research-only: the README's "only research, evaluation or other
  non-production use").
- "qualifying uses: schedule 2 left empty" (control of the first): the same chain, grant "for Qualifying Uses",
  Qualifying Use "other than an Excluded Use", Excluded Use "any use described in Schedule 2", in Australian drafting;
  Schedule 2 reads "Nil." and "This Schedule is deliberately empty. No use is an Excluded Use, so every use ... by
  anyone, for any purpose, in business, government or anywhere else, is a Qualifying Use. The Licensor cannot add to
  this Schedule." (open-non-osi: all four freedoms for any purpose; the duties are notices, marking changes and the same
  licence for recipients).
- "tier table: tier 2 buys support only" (control of the second): the same Markdown tier table, whose "What you may do
  with the Model" column is the same in both tiers (hosting and shipping in products sold included), Tier 2 adding
  only "the services of a Support Agreement (Section 4)", an "optional paid contract" at USD 900 a month that "is never
  needed to use, study, change, host, share or sell the Model" (open-non-osi: a fee for a service, not for a right).
- "sunset date ends the security-fix promise, not the licence" (control of the fifth): the same header with a Release
  Date and the same glossary Sunset Date, "540 days after the Release Date", which ends only the licensor's promise to
  publish security fixes (Section 3); Section 6 says "The licence in section 1 is perpetual. It does not end on the
  Sunset Date or on any other date; it ends only as section 5 says" (breach not remedied in 30 days) (open-non-osi).
- "release declaration: every permitted field box ticked" (control of the eighth): the same declaration layout with
  every box ticked, "Any other purpose" included, and term 2 saying "Because "Any other purpose" is ticked, every use
  is within the Permitted Field." (open-non-osi: a credit in documentation and the declaration passed on unchanged are
  the only duties).

Written blind, before any rule changed. First run (on commit 7ba7731): 3 of 12 right. Right: the Customise definition
(restricted, no-modification: "the text never grants the freedom to modify (its grant stops at line 9)", the grant
reader finding use and share but no verb of change in "use, study, reproduce and Customise"; clause 11.4 itself raised
nothing), the Additional Terms (restricted, use-policy-by-reference from the quoted 14.3's "only in accordance with the
Corvetta Voice Use Standard published at https://corvetta.example/voice-standard, as Corvetta may amend that Standard
from time to time", and unilateral-change from "Amendments take effect when they are published at that address ...")
and the control whose Sunset Date ends only the security-fix promise (open-non-osi, attribution only).

Two restricted texts read as open, the most serious kind of miss:

- distribution exception: reserved files flagged in the manifest read `open-non-osi`, "Open terms, but not an
  OSI-approved license: the text grants all four freedoms (use, study, modify, share) and no clause blocks open
  source", all four freedoms credited to Section 2.1's lead-in (line 15), no clause at all, nothing unread: neither
  2.1(b)'s "reproduce and distribute the Licensed Materials and your Modifications, in source or object form, other
  than the Reserved Files and any file derived from a Reserved File" nor 1.2's "Reserved File means a file marked "R"
  in the third column of that manifest" nor the manifest's "R" rows raised no-redistribution.
- duration: ends on a sunset date defined in the glossary read `open-non-osi` (same summary), attribution only,
  nothing unread: Section 6's "It ends automatically for every licensee on the Sunset Date, and from then on no one may
  use, copy, modify or distribute the Model or any Derivative under it." and the glossary's "Sunset Date: the day that
  falls 540 days after the Release Date." raised no time-limit.

Two restricted texts read `unknown`, never open:

- tier table: tier 2 needs a priced agreement in section 4: "Unknown: the text was not recognised and no clause
  decides", no freedom granted (the grant is the table's Tier 1 row), no clause, nothing unread; Section 4's "Its price
  is USD 0.002 per image processed ... with a minimum charge of USD 1,500 per calendar month" raised no fee-required.
- licensee definition: an organisation's staff member licensed alone: "Unknown: the text states terms opengauge cannot
  classify (line 14: "That person may exercise these rights only by accepting this licence, and then does so as a
  Licensee in their own right."), so whether it is open is not decided: read them", all four freedoms from 1.1 (line
  9), attribution only; the definition in Section 5 ("... "Licensee" means that individual alone, acting in a personal
  capacity: the organisation does not become a Licensee ..." and "No other organisation can be a Licensee.") raised no
  personal-use-only and was not listed as unread (the `unknown` comes from 1.2's acceptance sentence).

Two blocked texts read with a wrong, milder verdict and type:

- qualifying uses: excluded uses listed in schedule 2 read restricted ("commercial use is allowed but 3 clauses
  restrict it"), use-restrictions from clause 1.1's ""Excluded Use" means any use of a kind described in Schedule 2;"
  (line 16), the heading "SCHEDULE 2 - EXCLUDED USES" and "For the purposes of clause 1.1, each of the following is an
  Excluded Use", plus attribution; Schedule 2's items ("use by or on behalf of a company ... in the course of its
  business", "use in or for a product or service that is sold, licensed, or offered for a fee ...", "use in return for
  payment, or for any other commercial advantage ...") raised no non-commercial.
- release declaration: permitted field boxes, research ones ticked read restricted ("commercial use is allowed but 3
  clauses restrict it"), use-restrictions from term 1's grant "... within the Permitted Field.", term 2's "A use is
  within the Permitted Field only if it falls in a field ticked in this declaration." and "If a use falls in a ticked
  field and in an unticked one, it is not within the Permitted Field.", plus attribution; the ticked and unticked boxes
  were not read, so research-only was not found.

Three open controls were missed, two of them read as restricted:

- qualifying uses: schedule 2 left empty read restricted ("commercial use is allowed but 3 clauses restrict it"),
  use-restrictions from "Excluded Use means any use described in Schedule 2.", the heading "Schedule 2 - Excluded
  Uses" and even "No use is an Excluded Use, so every use of the Model or of a Derivative, by anyone, for any purpose,
  in business, government or anywhere else, is a Qualifying Use."; the empty schedule ("Nil.") was not read as taking
  nothing away.
- release declaration: every permitted field box ticked read restricted (same summary), use-restrictions from the
  grant "... within the Permitted Field.", "A use is within the Permitted Field if it falls in a field ticked in this
  declaration." and "Because "Any other purpose" is ticked, every use is within the Permitted Field.".
- tier table: tier 2 buys support only read `unknown`, "Unknown: the text was not recognised and no clause decides": no
  freedom granted (the freedoms are in the table's "What you may do with the Model" column), no clause, nothing unread.

The verdicts and messages are the test run's; the clause lists, the freedoms and the unread terms were read from
`analyze` on the same texts right after it, nothing changed in between. No expectation was changed: each was checked
again against the README's verdict and clause-type tables after the run and none was found wrong, and no case is
listed in `DISAGREEMENTS`.

What changed (the same session, fixed in general with paraphrases and near misses in
`tests/licenses/test_round55_rules.py`): the two restricted texts that read open now read restricted. Files carved
out of the right to reproduce or distribute ("other than the Reserved Files and any file derived from a Reserved
File") are no-redistribution, but files that keep their own licences, marks and names are not. A licence that "ends
... on the Sunset Date" (a date the text defines elsewhere), after which no one may use or copy the model, is a time
limit; a support or security-fix promise that ends on a date is not. The other seven misses are listed in
`NOT_YET_READ` (strict expected failures, each with what opengauge reads). None of them reads more open than expected:
three controls read less open (restricted or unknown), and four restricted texts read restricted or unknown under
another type. The cause they share is a limit reached through two parts of the text: a schedule's items carried to a
defined use, a table row as a grant, a definition of the licensee, and ticked check boxes. Corpus 64 of 64, precision
0.975; ScanCode DB 0 of 2,086 moved.

The next session fixed the other seven (`tests/licenses/test_two_part_limits.py`, in other words than these texts,
each with a near miss): a lead-in that names its items as excluded or prohibited uses ("each of the following is an
Excluded Use:") makes them refusals, as a heading "Prohibited uses" does, and use refused "in return for payment, or
for any other commercial advantage" or "in or for a product or service that is sold" is non-commercial; the bare name
of the excluded uses takes nothing away when the text says there are none ("Nil.", "No use is an Excluded Use"); a
sentence that keeps organisations out of the licensee ("the organisation does not become a Licensee", "No other
organisation can be a Licensee") is personal-use-only; a table column headed "Activities" or "What you may do with the
Model" grants its rows, on the terms the later cells give, and a price per unit of use ("USD 0.002 per image
processed") is fee-required, an optional support plan never; and a list of check boxes under a heading of the fields
licensed confines the licence to the ticked ones (research-only for research and teaching), while every box ticked
confines nothing. 12 of 12.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

#: Misses of the first run whose general cause is not fixed yet: none left (see the docstring's "What changed").
NOT_YET_READ: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "qualifying uses: excluded uses listed in schedule 2": (
        "HARROWDEN OPEN WEIGHTS LICENCE\n"
        "Version 1.1\n"
        "\n"
        "Licensor: Harrowden Speech Technologies Ltd, a company registered in Scotland\n"
        "(number SC804512), of 14 Quayside Row, Leith.\n"
        "Model: Harrowden-Dictate 3 (the weights, the tokenizer and the inference code\n"
        "listed in Schedule 1).\n"
        "\n"
        "1. INTERPRETATION\n"
        "\n"
        "1.1 In this Licence:\n"
        "\n"
        '"Derivative" means any model or other work based on the Model, including one\n'
        "made by fine-tuning, distillation, quantisation, pruning or merging;\n"
        "\n"
        '"Excluded Use" means any use of a kind described in Schedule 2;\n'
        "\n"
        '"Qualifying Use" means any use of the Model or of a Derivative other than an\n'
        "Excluded Use;\n"
        "\n"
        '"You" means the person or organisation exercising rights under this Licence.\n'
        "\n"
        "1.2 Headings do not affect interpretation. The Schedules form part of this\n"
        "Licence and references to it include them.\n"
        "\n"
        "2. GRANT\n"
        "\n"
        "2.1 The Licensor grants You a worldwide, royalty-free, non-exclusive licence\n"
        "to use, study, reproduce, modify, create Derivatives of and distribute the\n"
        "Model and Derivatives, in each case for Qualifying Uses.\n"
        "\n"
        "2.2 Any act that is not a Qualifying Use requires a separate written licence\n"
        "from the Licensor, which the Licensor may refuse.\n"
        "\n"
        "3. CONDITIONS\n"
        "\n"
        "3.1 You must keep this Licence and the Licensor's copyright notice with every\n"
        "copy of the Model or of a Derivative that You distribute.\n"
        "\n"
        "3.2 You must mark a Derivative as changed and must not present it as a\n"
        "release of the Licensor.\n"
        "\n"
        "3.3 A person who receives the Model or a Derivative from You receives it under\n"
        "this Licence.\n"
        "\n"
        "4. DISCLAIMER\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. To the extent\n'
        "permitted by law, the Licensor is not liable for any loss arising from the use\n"
        "of the Model or of any Derivative.\n"
        "\n"
        "5. LAW\n"
        "\n"
        "This Licence is governed by the law of Scotland, and the Scottish courts have\n"
        "exclusive jurisdiction over any dispute arising from it.\n"
        "\n"
        "SCHEDULE 1 - MODEL FILES\n"
        "\n"
        "Part A: harrowden-dictate-3.safetensors; tokenizer.json; config.json.\n"
        "Part B: the inference scripts in the directory serve/.\n"
        "\n"
        "SCHEDULE 2 - EXCLUDED USES\n"
        "\n"
        "For the purposes of clause 1.1, each of the following is an Excluded Use:\n"
        "\n"
        "(a) use by or on behalf of a company, partnership or other undertaking in the\n"
        "    course of its business;\n"
        "(b) use in or for a product or service that is sold, licensed, or offered for\n"
        "    a fee, a subscription or advertising revenue; and\n"
        "(c) use in return for payment, or for any other commercial advantage to You or\n"
        "    to a third party.\n",
        "non-commercial",
        "non-commercial",
    ),
    "tier table: tier 2 needs a priced agreement in section 4": (
        "# Quillmoor Weights Licence\n"
        "\n"
        "**Model:** Quillmoor-Vision 7B · **Licensor:** Quillmoor Analytics Inc. · **Effective:** 1 February 2026\n"
        "\n"
        "## 1. What this licence covers\n"
        "\n"
        'Quillmoor Analytics Inc. ("Quillmoor") licenses the Quillmoor-Vision 7B\n'
        'weights, its image processor code and its documentation (together, "the\n'
        'Model") to you on the terms below. What you may do depends on the tier your\n'
        "activity falls in, as the table in Section 2 sets out. Each activity is\n"
        "licensed on the terms of the tier the table puts it in.\n"
        "\n"
        "## 2. Tiers\n"
        "\n"
        "| Tier | Activities | Terms that apply |\n"
        "|------|------------|------------------|\n"
        "| 1 | Running the Model on systems you control, for any purpose, commercial ones included; studying how it works; modifying and fine-tuning it; giving copies, changed or not, to others who run them on their own systems | This licence alone, at no charge |\n"
        "| 2 | Making the Model, or a model derived from it, available to third parties as a hosted service or API, or inside an app or device that you sell or rent | This licence and a Tier 2 Agreement (Section 4) |\n"
        "\n"
        "## 3. Tier 1 terms\n"
        "\n"
        "Keep Quillmoor's copyright notice and a copy of this licence with every copy\n"
        "you give to someone else, and say which files you changed. A person who gets\n"
        "a copy from you gets it on these terms.\n"
        "\n"
        "## 4. Tier 2 Agreement\n"
        "\n"
        "A Tier 2 Agreement is an order form signed by you and Quillmoor under the\n"
        "Quillmoor Commercial Schedule. Its price is USD 0.002 per image processed by\n"
        "the Model or the derived model, invoiced monthly in arrears, with a minimum\n"
        "charge of USD 1,500 per calendar month. A Tier 2 activity is licensed from\n"
        "the day the order form is signed until the day it ends, and not before or\n"
        "after.\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'The Model is provided "as is". Quillmoor gives no warranty of any kind and,\n'
        "as far as the law allows, is not liable for any loss or damage that comes\n"
        "from using it.\n"
        "\n"
        "## 6. Ending\n"
        "\n"
        "If you break these terms and do not put things right within thirty days of\n"
        "Quillmoor telling you, your rights under this licence end.\n"
        "\n"
        "## 7. Law\n"
        "\n"
        "The laws of the State of Washington govern this licence.\n",
        "restricted",
        "fee-required",
    ),
    "distribution exception: reserved files flagged in the manifest": (
        "TERNWICK MODEL LICENSE AGREEMENT\n"
        "\n"
        'Ternwick AI, Inc. ("Ternwick") makes the Ternwick-13B release available under\n'
        'this License Agreement (the "Agreement"). By downloading or using any file of\n'
        "the release you agree to it.\n"
        "\n"
        "Section 1. Definitions.\n"
        '1.1 "Licensed Materials" means the files listed in the manifest in Section 9.\n'
        '1.2 "Reserved File" means a file marked "R" in the third column of that\n'
        "manifest.\n"
        '1.3 "Modification" means any change to, or any work derived from, the\n'
        "Licensed Materials, including fine-tuned, quantized or merged parameters.\n"
        "\n"
        "Section 2. License.\n"
        "2.1 Subject to this Agreement, Ternwick grants you a worldwide, royalty-free,\n"
        "non-exclusive, perpetual license to:\n"
        "  (a) use, run, study and modify the Licensed Materials, and make\n"
        "      Modifications, for any purpose, including commercial purposes; and\n"
        "  (b) reproduce and distribute the Licensed Materials and your Modifications,\n"
        "      in source or object form, other than the Reserved Files and any file\n"
        "      derived from a Reserved File.\n"
        "Section 3. Conditions.\n"
        "3.1 Any copy you distribute must carry this Agreement and Ternwick's copyright\n"
        "notice.\n"
        "3.2 A Modification you distribute must state that it was changed and by whom.\n"
        "\n"
        "Section 4. Outputs. Ternwick claims no rights in the outputs you generate.\n"
        "\n"
        'Section 5. Disclaimer. THE LICENSED MATERIALS ARE PROVIDED "AS IS", WITHOUT\n'
        "WARRANTIES OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED.\n"
        "\n"
        "Section 6. Limitation of Liability. IN NO EVENT WILL TERNWICK BE LIABLE FOR\n"
        "ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING FROM THIS AGREEMENT.\n"
        "\n"
        "Section 7. Termination. This Agreement terminates automatically if you breach\n"
        "it and fail to cure the breach within thirty (30) days of written notice.\n"
        "\n"
        "Section 8. Governing Law. This Agreement is governed by the laws of the State\n"
        "of Delaware.\n"
        "\n"
        "Section 9. Manifest.\n"
        "\n"
        "| File                                     | Contents                    |   |\n"
        "|------------------------------------------|-----------------------------|---|\n"
        "| LICENSE                                  | this Agreement              |   |\n"
        "| README.md                                | model card                  |   |\n"
        "| src/                                     | inference and training code |   |\n"
        "| tokenizer.model                          | tokenizer                   |   |\n"
        "| config.json                              | architecture configuration  |   |\n"
        "| weights/ternwick-13b-00001-of-00003.safetensors | parameters (part 1)  | R |\n"
        "| weights/ternwick-13b-00002-of-00003.safetensors | parameters (part 2)  | R |\n"
        "| weights/ternwick-13b-00003-of-00003.safetensors | parameters (part 3)  | R |\n",
        "restricted",
        "no-redistribution",
    ),
    "licensee definition: an organisation's staff member licensed alone": (
        "Larkspur Model Licence, version 2\n"
        "\n"
        "This licence covers Larkspur-Scribe 4, a handwriting-recognition model, and\n"
        'its weights, code and documentation (the "Model"), published by Larkspur\n'
        'Digital Ltd ("Larkspur").\n'
        "\n"
        "1. Your rights\n"
        "\n"
        "1.1 Larkspur grants the Licensee a perpetual, royalty-free, non-exclusive\n"
        "licence to use, study, copy and modify the Model, for any purpose, including\n"
        "paid work the Licensee does.\n"
        "\n"
        "1.2 The Licensee may give copies of the Model, changed or unchanged, to any\n"
        "other person. That person may exercise these rights only by accepting this\n"
        "licence, and then does so as a Licensee in their own right.\n"
        "\n"
        "2. What comes with every copy\n"
        "\n"
        "Every copy the Licensee gives to another person must include this licence\n"
        "and Larkspur's copyright notice. Changed copies must say what was changed.\n"
        "\n"
        "3. No warranty\n"
        "\n"
        "The Model is supplied as it is, with no promise that it is accurate or fit\n"
        "for any purpose. Larkspur is not liable for any loss that comes from using\n"
        "it, except where the law does not allow that liability to be excluded.\n"
        "\n"
        "4. Ending\n"
        "\n"
        "If the Licensee breaks this licence, Larkspur may end it by written notice.\n"
        "\n"
        "5. Meanings\n"
        "\n"
        "In this licence:\n"
        "\n"
        '"Licensee" means the person who accepts this licence. Where that person is an\n'
        "individual who accepts it while employed by, or acting for, a company, a\n"
        'university, a public body or any other organisation, "Licensee" means that\n'
        "individual alone, acting in a personal capacity: the organisation does not\n"
        "become a Licensee, and its other staff, its contractors and its systems are\n"
        "not covered by this licence. An organisation with a single member of staff (a\n"
        "sole trader or a one-person company) counts as that individual. No other\n"
        "organisation can be a Licensee.\n"
        "\n"
        '"Person" includes an individual and an organisation.\n'
        "\n"
        "6. Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n",
        "restricted",
        "personal-use-only",
    ),
    "duration: ends on a sunset date defined in the glossary": (
        "BRANNOCK-ASR 2 MODEL LICENCE\n"
        "\n"
        "Release: Brannock-ASR 2 (weights, tokenizer and decoding code)\n"
        "Release Date: 14 April 2026\n"
        "Published by: Brannock Acoustics GmbH, Kiel\n"
        "\n"
        "1. Grant\n"
        "\n"
        'Brannock Acoustics GmbH ("Brannock") grants you a worldwide, royalty-free,\n'
        "non-exclusive licence to use, study, copy, modify and distribute the Model\n"
        "and Derivatives, for any purpose, commercial or otherwise.\n"
        "\n"
        "2. Conditions\n"
        "\n"
        "2.1 Keep this licence and Brannock's copyright notice with every copy of the\n"
        "Model or of a Derivative that you distribute.\n"
        "2.2 Mark every Derivative as changed.\n"
        "2.3 Anyone who receives the Model or a Derivative from you receives it under\n"
        "this licence.\n"
        "\n"
        "3. Outputs\n"
        "\n"
        "Brannock claims no rights in the transcripts and other outputs the Model\n"
        "produces for you.\n"
        "\n"
        "4. No warranty and no liability\n"
        "\n"
        "The Model is provided without warranty of any kind. To the extent permitted\n"
        "by law, Brannock is not liable for any damage arising from its use.\n"
        "\n"
        "5. Breach\n"
        "\n"
        "If you breach this licence and do not remedy the breach within 30 days of\n"
        "Brannock's written notice, your licence ends.\n"
        "\n"
        "6. Duration\n"
        "\n"
        "This licence runs from the moment you accept it until the Sunset Date. It\n"
        "ends automatically for every licensee on the Sunset Date, and from then on no\n"
        "one may use, copy, modify or distribute the Model or any Derivative under\n"
        "it.\n"
        "\n"
        "7. Severability\n"
        "\n"
        "If any provision of this licence is held invalid, the remaining provisions\n"
        "stay in force.\n"
        "\n"
        "8. Law\n"
        "\n"
        "This licence is governed by German law. The courts of Kiel have jurisdiction.\n"
        "\n"
        "Glossary\n"
        "\n"
        "Derivative: any model or work derived from the Model, including fine-tuned,\n"
        "quantised, pruned or merged versions of its weights.\n"
        "\n"
        "Model: the release named at the top of this licence.\n"
        "\n"
        "Release Date: the date shown at the top of this licence.\n"
        "\n"
        "Sunset Date: the day that falls 540 days after the Release Date.\n"
        "\n"
        "you: the individual or organisation that accepts this licence.\n",
        "restricted",
        "time-limit",
    ),
    "customise defined in clause 11: weights not to be changed": (
        "ORRINSAY MODEL LICENCE\n"
        "\n"
        "This Licence is made by Orrinsay Systems plc (registered in England and Wales\n"
        'under number 15502781) ("Orrinsay") and applies to the Orrinsay-Ledger 8B model.\n'
        "\n"
        "1. DEFINITIONS\n"
        "Capitalised terms have the meanings given to them in clause 11.\n"
        "\n"
        "2. LICENCE\n"
        "2.1 Orrinsay grants the Licensee a worldwide, non-exclusive, royalty-free,\n"
        "perpetual licence to use, study, reproduce and Customise the Model, and to\n"
        "distribute the Model and Customisations, for any purpose including\n"
        "commercial purposes.\n"
        "2.2 The Licensee may sublicense the rights in clause 2.1 to its customers\n"
        "on terms consistent with this Licence.\n"
        "\n"
        "3. RESERVATION\n"
        "No licence is granted except as expressly set out in clause 2. All other\n"
        "rights in the Model are reserved to Orrinsay.\n"
        "\n"
        "4. NOTICES\n"
        "The Licensee shall ensure that every copy of the Model or of a Customisation\n"
        "that it distributes is accompanied by this Licence and by Orrinsay's copyright\n"
        "notice.\n"
        "\n"
        "5. OUTPUTS\n"
        "As between the parties, outputs generated by the Licensee's use of the Model\n"
        "belong to the Licensee.\n"
        "\n"
        "6. WARRANTY\n"
        'The Model is provided "as is" and Orrinsay excludes all warranties, express\n'
        "or implied, to the fullest extent permitted by law.\n"
        "\n"
        "7. LIABILITY\n"
        "Orrinsay shall not be liable for any indirect or consequential loss, or for\n"
        "any loss of profit, arising out of or in connection with this Licence.\n"
        "\n"
        "8. TERMINATION\n"
        "This Licence terminates automatically if the Licensee commits a material\n"
        "breach of it and fails to remedy that breach within thirty days of notice.\n"
        "\n"
        "9. ASSIGNMENT\n"
        "The Licensee may assign this Licence to any successor to its business.\n"
        "\n"
        "10. GOVERNING LAW\n"
        "This Licence is governed by the law of England and Wales.\n"
        "\n"
        "11. INTERPRETATION\n"
        '11.1 "Licensee" means the person or organisation that accepts this Licence.\n'
        '11.2 "Model" means the Orrinsay-Ledger 8B weights (the "Weights"), its\n'
        "tokenizer and its inference code, as published by Orrinsay.\n"
        '11.3 "Customisation" means a configuration of the Model made in the course\n'
        "of Customising it, and any output of the Model so configured.\n"
        '11.4 "Customise" means to configure the Model through its documented\n'
        "interfaces only, namely system prompts, decoding parameters and retrieval\n"
        "sources; it does not include altering, retraining, fine-tuning, merging,\n"
        "pruning, quantising or otherwise changing the Weights, or creating any other\n"
        "model from them.\n"
        "11.5 Headings are for convenience only.\n",
        "restricted",
        "no-modification",
    ),
    "additional terms quoted at the end: a standard amended at will": (
        "Corvetta Open Model Licence\n"
        "\n"
        "Model: Corvetta-Voice 2 (text-to-speech weights, vocoder and code)\n"
        "Licensor: Corvetta Labs S.L., Valencia\n"
        "\n"
        "A. The licence\n"
        "\n"
        "Subject to your acceptance of the Additional Terms in Part C, Corvetta Labs\n"
        'S.L. ("Corvetta") grants you a perpetual, worldwide, royalty-free licence to\n'
        "use, study, copy, modify and share Corvetta-Voice 2 and works derived from it,\n"
        "for any purpose, commercial or not. You accept the Additional Terms by doing\n"
        "any of those things.\n"
        "\n"
        "B. Your duties\n"
        "\n"
        "1. Keep this licence, Part C included, and Corvetta's copyright notice with\n"
        "   every copy you share.\n"
        "2. Say which files you changed.\n"
        "3. Label synthetic speech produced with the model as AI-generated where the\n"
        "   law requires it.\n"
        "\n"
        "C. Additional Terms\n"
        "\n"
        "The following is quoted from section 14.3 of the Corvetta Platform Terms, as\n"
        "in force on the date of this release, and forms part of this licence:\n"
        "\n"
        '> "14.3 Model use. The Licensee shall use the Models, and any model derived\n'
        "> from them, only in accordance with the Corvetta Voice Use Standard\n"
        "> published at https://corvetta.example/voice-standard, as Corvetta may amend\n"
        "> that Standard from time to time. Amendments take effect when they are\n"
        "> published at that address, and the Licensee's continued use of the Models\n"
        "> after publication is acceptance of them. The Licensee shall require every\n"
        '> person to whom it provides the Models to accept this section 14.3."\n'
        "\n"
        "D. Disclaimer\n"
        "\n"
        "Corvetta-Voice 2 is provided as is, without warranties or conditions of any\n"
        "kind. Corvetta is not liable for any damages arising from its use, to the\n"
        "extent the law allows.\n"
        "\n"
        "E. Law\n"
        "\n"
        "This licence is governed by the laws of Spain.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "release declaration: permitted field boxes, research ones ticked": (
        "VELLACOTT MODEL LICENCE\n"
        "RELEASE DECLARATION No. VML-2026-004\n"
        "\n"
        "Model:      Vellacott-Tide 4 (tidal-forecasting weights, configuration files\n"
        "            and training recipe)\n"
        "Licensor:   Vellacott Systems AG, Zug\n"
        "Applies to: every person or organisation that obtains a copy of the Model\n"
        "\n"
        "PERMITTED FIELD\n"
        "(The Licensor ticks the fields this release is licensed for. Unticked fields\n"
        "are not licensed.)\n"
        "\n"
        "  [x] Academic research\n"
        "  [x] Evaluation and benchmarking\n"
        "  [x] Teaching\n"
        "  [ ] Internal business operations\n"
        "  [ ] Products or services offered to customers\n"
        "  [ ] Public-sector operational use\n"
        "  [ ] Any other purpose\n"
        "\n"
        "TERMS\n"
        "\n"
        "1. Grant. Vellacott Systems AG grants you a perpetual, worldwide,\n"
        "royalty-free, non-exclusive licence to use, study, copy and modify the Model,\n"
        "and to share copies and modified versions of it, within the Permitted Field.\n"
        "\n"
        "2. Permitted Field. A use is within the Permitted Field only if it falls in a\n"
        "field ticked in this declaration. If a use falls in a ticked field and in an\n"
        "unticked one, it is not within the Permitted Field.\n"
        "\n"
        "3. Sharing. Every copy you share, modified or not, must carry this\n"
        "declaration unchanged, and your recipient receives the Model on these terms.\n"
        "\n"
        "4. Credit. Cite the Vellacott-Tide 4 technical report in any publication that\n"
        "reports results obtained with the Model.\n"
        "\n"
        '5. Disclaimer. The Model is provided "as is", without any warranty. Vellacott\n'
        "is not liable for any loss arising from its use, so far as the law permits.\n"
        "Forecasts from the Model are not a substitute for official tide tables.\n"
        "\n"
        "6. Law. This declaration and the licence it sets out are governed by Swiss\n"
        "law.\n"
        "\n"
        "Signed for Vellacott Systems AG\n"
        "Dr. Henrike Osterwald-Baum, Head of Model Releases\n",
        "research-only",
        "research-only",
    ),
    "qualifying uses: schedule 2 left empty": (
        "LOWMOOR TERRAIN MODEL LICENCE\n"
        "\n"
        "Licensor: Lowmoor Geospatial Pty Ltd (ABN 61 604 318 275), Hobart, Tasmania.\n"
        "Model: Lowmoor-Terrain 2, the elevation-reconstruction weights, configuration\n"
        "files and inference code set out in Schedule 1.\n"
        "\n"
        "1. Definitions and interpretation\n"
        "\n"
        "1.1 In this Licence:\n"
        "\n"
        "Derivative means any model or other work based on the Model, including one\n"
        "made by fine-tuning, distillation, quantisation, pruning or merging.\n"
        "\n"
        "Excluded Use means any use described in Schedule 2.\n"
        "\n"
        "Qualifying Use means any use of the Model or of a Derivative other than an\n"
        "Excluded Use.\n"
        "\n"
        "You means the person or organisation exercising rights under this Licence.\n"
        "\n"
        "1.2 The Schedules form part of this Licence.\n"
        "\n"
        "2. Grant\n"
        "\n"
        "The Licensor grants You a worldwide, royalty-free, non-exclusive, perpetual\n"
        "licence to use, study, reproduce, modify, create Derivatives of and\n"
        "distribute the Model and Derivatives, in each case for Qualifying Uses.\n"
        "\n"
        "3. Conditions\n"
        "\n"
        "3.1 You must keep this Licence and the Licensor's copyright notice with each\n"
        "copy of the Model or of a Derivative that You distribute.\n"
        "\n"
        "3.2 You must state in a Derivative that it has been changed.\n"
        "\n"
        "3.3 A person who receives the Model or a Derivative from You receives it\n"
        "under this Licence.\n"
        "\n"
        "4. Disclaimer\n"
        "\n"
        'The Model is provided "as is" and without warranty. To the extent permitted\n'
        "by law, the Licensor is not liable for any loss arising out of the use of the\n"
        "Model or of any Derivative.\n"
        "\n"
        "5. Governing law\n"
        "\n"
        "This Licence is governed by the law of Tasmania, Australia.\n"
        "\n"
        "Schedule 1 - Model files\n"
        "\n"
        "Item 1: lowmoor-terrain-2.safetensors and config.json.\n"
        "Item 2: the inference code in the directory infer/.\n"
        "\n"
        "Schedule 2 - Excluded Uses\n"
        "\n"
        "Nil.\n"
        "\n"
        "This Schedule is deliberately empty. No use is an Excluded Use, so every use\n"
        "of the Model or of a Derivative, by anyone, for any purpose, in business,\n"
        "government or anywhere else, is a Qualifying Use. The Licensor cannot add\n"
        "to this Schedule.\n",
        "open-non-osi",
        None,
    ),
    "tier table: tier 2 buys support only": (
        "# Saltfleet Segment Licence\n"
        "\n"
        "**Model:** Saltfleet-Segment 3 · **Licensor:** Saltfleet Vision Labs Ltd · **Effective:** 9 March 2026\n"
        "\n"
        "## 1. What this licence covers\n"
        "\n"
        'Saltfleet Vision Labs Ltd ("Saltfleet") licenses the Saltfleet-Segment 3\n'
        'weights, its code and its documentation (together, "the Model") to you on the\n'
        "terms below. The table in Section 2 shows the two tiers Saltfleet offers.\n"
        "The tiers differ only in what Saltfleet does for you; what you may do with\n"
        "the Model is the same in both.\n"
        "\n"
        "## 2. Tiers\n"
        "\n"
        "| Tier | What you may do with the Model | What Saltfleet does for you |\n"
        "|------|--------------------------------|-----------------------------|\n"
        "| 1 (Community) | Run it for any purpose, commercial ones included; study it; modify and fine-tune it; share copies, changed or not; host it as a service; ship it in products you sell | Publishes releases and answers issues in the public tracker when it can |\n"
        "| 2 (Supported) | Exactly the same as Tier 1 | As Tier 1, plus the services of a Support Agreement (Section 4) |\n"
        "\n"
        "## 3. Terms for both tiers\n"
        "\n"
        "Keep Saltfleet's copyright notice and a copy of this licence with every copy\n"
        "you share, and say which files you changed. A person who gets a copy from you\n"
        "gets it on these terms.\n"
        "\n"
        "## 4. Support Agreement\n"
        "\n"
        "A Support Agreement is an optional paid contract for response times,\n"
        "security advisories before public disclosure and help with deployment,\n"
        "priced at USD 900 per month. It is never needed to use, study, change, host,\n"
        "share or sell the Model or anything built from it, and ending it takes\n"
        "away none of the rights in this licence.\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'The Model is provided "as is". Saltfleet gives no warranty of any kind and,\n'
        "as far as the law allows, is not liable for any loss or damage that comes\n"
        "from using it.\n"
        "\n"
        "## 6. Ending\n"
        "\n"
        "If you break these terms and do not put things right within thirty days of\n"
        "Saltfleet telling you, your rights under this licence end.\n"
        "\n"
        "## 7. Law\n"
        "\n"
        "The laws of England and Wales govern this licence.\n",
        "open-non-osi",
        None,
    ),
    "sunset date ends the security-fix promise, not the licence": (
        "CAIRNHOLM-GRASP 1 MODEL LICENCE\n"
        "\n"
        "Release: Cairnholm-Grasp 1 (grasp-planning weights and control code)\n"
        "Release Date: 2 June 2026\n"
        "Published by: Cairnholm Robotics AB, Gothenburg\n"
        "\n"
        "1. Grant\n"
        "\n"
        'Cairnholm Robotics AB ("Cairnholm") grants you a worldwide, royalty-free,\n'
        "non-exclusive licence to use, study, copy, modify and distribute the Model\n"
        "and Derivatives, for any purpose, commercial or otherwise.\n"
        "\n"
        "2. Conditions\n"
        "\n"
        "2.1 Keep this licence and Cairnholm's copyright notice with every copy of the\n"
        "Model or of a Derivative that you distribute.\n"
        "2.2 Mark every Derivative as changed.\n"
        "2.3 Anyone who receives the Model or a Derivative from you receives it under\n"
        "this licence.\n"
        "\n"
        "3. Security fixes\n"
        "\n"
        "Until the Sunset Date, Cairnholm will publish fixes for security\n"
        "vulnerabilities reported to it in the Model's control code. After the Sunset\n"
        "Date it has no obligation to publish fixes, but you remain free to make and\n"
        "share your own.\n"
        "\n"
        "4. No warranty and no liability\n"
        "\n"
        "The Model is provided without warranty of any kind. To the extent permitted\n"
        "by law, Cairnholm is not liable for any damage arising from its use.\n"
        "\n"
        "5. Breach\n"
        "\n"
        "If you breach this licence and do not remedy the breach within 30 days of\n"
        "Cairnholm's written notice, your licence ends.\n"
        "\n"
        "6. Duration\n"
        "\n"
        "The licence in section 1 is perpetual. It does not end on the Sunset Date or\n"
        "on any other date; it ends only as section 5 says.\n"
        "\n"
        "7. Law\n"
        "\n"
        "This licence is governed by Swedish law.\n"
        "\n"
        "Glossary\n"
        "\n"
        "Derivative: any model or work derived from the Model, including fine-tuned,\n"
        "quantised, pruned or merged versions of its weights.\n"
        "\n"
        "Model: the release named at the top of this licence.\n"
        "\n"
        "Release Date: the date shown at the top of this licence.\n"
        "\n"
        "Sunset Date: the day that falls 540 days after the Release Date.\n"
        "\n"
        "you: the individual or organisation that accepts this licence.\n",
        "open-non-osi",
        None,
    ),
    "release declaration: every permitted field box ticked": (
        "DUNMARROW MODEL LICENCE\n"
        "RELEASE DECLARATION No. DML-2026-011\n"
        "\n"
        "Model:      Dunmarrow-Flora 2 (plant-identification weights, label files and\n"
        "            training recipe)\n"
        "Licensor:   Dunmarrow Botanical Institute, Aberlady\n"
        "Applies to: every person or organisation that obtains a copy of the Model\n"
        "\n"
        "PERMITTED FIELD\n"
        "(The Licensor ticks the fields this release is licensed for.)\n"
        "\n"
        "  [x] Academic research\n"
        "  [x] Evaluation and benchmarking\n"
        "  [x] Teaching\n"
        "  [x] Internal business operations\n"
        "  [x] Products or services offered to customers\n"
        "  [x] Public-sector operational use\n"
        "  [x] Any other purpose\n"
        "\n"
        "TERMS\n"
        "\n"
        "1. Grant. Dunmarrow Botanical Institute grants you a perpetual, worldwide,\n"
        "royalty-free, non-exclusive licence to use, study, copy and modify the Model,\n"
        "and to share copies and modified versions of it, within the Permitted Field.\n"
        "\n"
        "2. Permitted Field. A use is within the Permitted Field if it falls in a field\n"
        'ticked in this declaration. Because "Any other purpose" is ticked, every use\n'
        "is within the Permitted Field.\n"
        "\n"
        "3. Sharing. Every copy you share, modified or not, must carry this\n"
        "declaration unchanged, and your recipient receives the Model on these terms.\n"
        "\n"
        "4. Credit. Name Dunmarrow Botanical Institute as the maker of Dunmarrow-Flora\n"
        "2 in the documentation of anything you share that contains it.\n"
        "\n"
        '5. Disclaimer. The Model is provided "as is", without any warranty. The\n'
        "Institute is not liable for any loss arising from its use, so far as the law\n"
        "permits. Identifications from the Model are not a substitute for an expert's\n"
        "when a plant may be poisonous.\n"
        "\n"
        "6. Law. This declaration and the licence it sets out are governed by the law\n"
        "of Scotland.\n"
        "\n"
        "Signed for Dunmarrow Botanical Institute\n"
        "Prof. Catriona Ailsbury-Renfrew, Keeper of Digital Collections\n",
        "open-non-osi",
        None,
    ),
}
