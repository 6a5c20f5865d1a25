# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 31 (issue 14): twelve model licences, six open and six restricted, each in a different
drafting style (a terse list of very short numbered lines, one long sentence with every condition in a
subordinate clause, Markdown with headings, bullets and bold, a "You may / You may not / You must" table,
heavy legalese with definitions and cross-references, a friendly summary over stricter binding terms, a
section of additional permissions, a choice of two licences, a schedule at the end, a footnote, British
drafting with "shall not exploit ... save for", a limit written as an exclusion from a definition). The
open texts carry traps (notice "must"s, "Restrictions" and "exception" in headings, "commercial" and
"proprietary" in permissive sentences, the terms of a restrictive alternative licence, a defined
"Commercial Purpose" used only to say "whether or not"); the restricted texts avoid a plain non-commercial
clause. Written fresh with invented details, blind, before any rule changed.

- "terse numbered short lines": a 21-line licence of one short sentence each ("You may use
  Quillwort-3B.", "Keep our copyright line."), whose lines 11 and 12 set a EUR 20 million group revenue cap
  above which points 1 to 6, the whole grant, do not apply (a revenue threshold).
- "one long sentence": a single-sentence grant for any purpose, commercial or not, with notice, change
  marking, truthful-origin and patent-retaliation provisos, outputs free to use, no registration, report or
  fee, and "no restriction other than those just stated" (open).
- "markdown with headings and bold": a Markdown licence with bold "**may**"/"**must**" bullets, share-alike
  for distributed modified versions, and a section headed "Restrictions on us" that binds only the
  licensor (open: share-alike and notices only).
- "table of may, may not, must": a three-column Markdown table that "is the licence"; its "You may not"
  column holds only endorsement, notice removal, passing off and warranty claims, its "You must" column
  only notices and credit, with a defensive patent clause and a 30-day cure (open).
- "legalese with definitions and cross-references": a defined-terms agreement whose grant is "Subject to
  Section 4.2(b) and Section 5", where 4.2(b) is keeping notices and stating a derivative's origin and
  Section 5 is patent defence; a defined "Commercial Purpose" is used only in "whether or not for a
  Commercial Purpose", and Section 4 is headed "Conditions and Restrictions" (open).
- "friendly summary, stricter binding terms": an "IN SHORT" summary saying "Share it with the world",
  over binding Terms that bar distributing the weights of the model or any derivative to anyone, recipients
  having to download from the licensor; a precedence clause says the Terms govern (no redistribution).
- "additional permissions only add rights": a copyleft weights licence (share-alike with corresponding
  weights and code, no further restrictions) plus a Part B of "Additional Permissions" that only widen it:
  proprietary applications, outputs on any terms including as training data, hosting not distribution
  (open).
- "dual licence at your option": a dual-licensing notice, Apache License 2.0 or a commercial licence "at
  your option", that describes the commercial option's subscription, seat cap, redistribution ban and
  training ban and says they bind only those who choose it; the licensee may take the Apache option alone,
  an OSI-approved licence named exactly with its canonical address, so osi-open (as round 28's Apache
  header by reference).
- "fees in a schedule at the end": a grant for any purpose "including commercial purposes", "Subject to
  Schedule 2", where Schedule 2 charges USD 0.40 per 1,000 images for any production use beyond
  evaluation, research and individuals' own projects, with quarterly reports (a fee).
- "limit in a footnote": a community licence for any purpose, commercial or not, whose grant carries a
  footnote mark "¹" and a footnote confining the rights to running the model on the licensor's appliances
  or cloud service, any other hardware or hosting "not licensed" (a platform tie).
- "british drafting with save for": "The Licensee shall not exploit the Model ... save for use,
  reproduction and distribution within the United Kingdom ..., the Isle of Man and the Channel Islands",
  after a grant "for any purpose whatsoever, commercial or otherwise" (a geographic restriction).
- "permitted use defined by exclusion": a grant "for any Permitted Use", defined as any use for any purpose
  including commercial, "but excludes any use of Outputs ... as training, fine-tuning or distillation data
  for any machine-learning model other than the Model or a Derivative" (an output-training ban).

First run (before any rule changed): 4 of 12 right (the long sentence, the Markdown licence, the friendly
summary over stricter terms, read restricted by no-redistribution, and the dual licence, read osi-open).
One restricted text read open, the most serious miss: the exclusion from a definition, its grant "in each
case for any Permitted Use" read as any purpose and the definition's "but excludes any use of Outputs, in
whole or in part, as training, fine-tuning or distillation data for any machine-learning model other than
the Model or a Derivative" not found (no clause at all). Four restricted texts read unknown: the terse
list (unclassified "Points 1 to 6 do not apply to you." and "19. Break 7, 8 or 9 and do not fix it in 30
days?"; "11. Revenue cap: EUR 20 million." and the definition of Revenue went unseen), the fee schedule
(unclassified only "2.3 You must report the number of images processed within 15 days of the end of each
calendar quarter."; the fee itself, "subject to a licence fee of USD 0.40 per 1,000 images processed,
payable quarterly in arrears", and the grant "Subject to Schedule 2" went unseen), the footnote
(unclassified "______ 1 The rights in this licence extend only to running Willowherb-7B, and models
derived from it, on Willowherb Edge appliances or on the Willowherb Cloud inference service."; the
superscript mark "¹" is read as "1"), and the British licence ("the text was not recognised and no clause
decides": no grant found in "hereby licenses the Licensee, free of charge, to use, reproduce, adapt,
fine-tune and otherwise exploit ...", and "The Licensee shall not exploit the Model ... save for use,
reproduction and distribution within the United Kingdom ..." not classified). One open text read
restricted: the legalese, as non-commercial, on the definition '"Commercial Purpose" means any purpose
directed towards commercial advantage or monetary compensation;' and on the grant's own "whether or not
for a Commercial Purpose." Two open texts read unknown: the table (unclassified 'If you break a "You must"
rule, your rights end;', the cure that follows unread) and the additional permissions (unclassified "The
following permissions are granted in addition to Part A and do not reduce any right granted there."). No
expectation was changed; no case was found to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): the clause rules read an either-way "or
not" ("whether or not", "commercial or not") with its "not" blanked (`Normalized.reading`): it refuses
nothing; the definition of a commercial purpose is no non-commercial clause; outputs as training data
excluded from what is allowed ("excludes any use of Outputs ... as training ... data") is an output-training
ban; a revenue cap named as such with its figure is one; a use "subject to a licence fee" is fee-required
(not fees owed to patent holders); rights that "extend only to running" the model on a vendor's hardware or
service, and running it on "any other" hardware "not licensed", tie it to a platform; a refusal "save for"
use within a region, and use "outside those territories" refused, are geographic; "hereby licenses the
Licensee ... to use" is a grant. The safety net no longer reads "requires the Licensee" as "requires ...
licence" (a word boundary), takes "break" and "broken" as a breach (termination on breach is usual), and lets
pass what widens or keeps the grant ("do not reduce any right"), what no section requires ("Nothing in
Section 4.2 requires ..."), the conditions' own scope ("This Section 4 applies only where the Licensee
distributes ...") and a credit naming the licensor "for that purpose only".
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "terse numbered short lines": (
        "QUILLWORT-3B LICENCE, v1\n"
        "Quillwort Labs Oy, Vannholt, 2025.\n"
        "\n"
        "1. You may use Quillwort-3B.\n"
        "2. You may copy it.\n"
        "3. You may change it.\n"
        "4. You may fine-tune, merge or quantise it.\n"
        "5. You may share it, changed or not.\n"
        "6. You may charge for what you build with it.\n"
        "7. Keep this licence with every copy.\n"
        "8. Keep our copyright line.\n"
        "9. Mark the files you changed.\n"
        '10. "Revenue" = gross revenue of your group, last financial year.\n'
        "11. Revenue cap: EUR 20 million.\n"
        "12. Over the cap? Points 1 to 6 do not apply to you.\n"
        "13. Over the cap? Ask us for a separate licence.\n"
        "14. Under the cap? Nothing to do. No forms. No fees.\n"
        "15. Outputs are yours.\n"
        "16. Do not use our logo.\n"
        "17. No warranty.\n"
        "18. No liability.\n"
        "19. Break 7, 8 or 9 and do not fix it in 30 days? Your licence ends.\n"
        "20. Laws of Finland.\n"
        "21. That is all.\n",
        "restricted",
        "revenue-threshold",
    ),
    "one long sentence": (
        "HAWTHORN-VISION LICENCE\n"
        "\n"
        "Copyright 2025 Hawthorn Imaging Cooperative\n"
        "\n"
        "Hawthorn Imaging Cooperative, of 14 Wrenfield Row, Marlowby, hereby grants to every person or "
        "entity that obtains a copy of the Hawthorn-Vision weights, code and accompanying documentation "
        '(together, the "Model") a perpetual, worldwide, non-exclusive, no-charge, royalty-free licence to '
        "use, copy, modify, fine-tune, merge, publish, distribute, sublicense and sell the Model and any "
        "work derived from it, for any purpose whatsoever, commercial or non-commercial, including in "
        "products and services that compete with those of the Cooperative, provided always that whoever "
        "distributes the Model or a derived work includes with it a copy of this licence and the copyright "
        "notice above, that every file which has been modified carries a notice stating that it was "
        "changed, that nothing in this licence shall be read as granting any right to use the name or marks "
        "of the Cooperative otherwise than to describe the origin of the Model truthfully, and that, should "
        "the licensee or any entity under its control commence an action alleging that the Model infringes "
        "a patent, every patent licence granted to that licensee hereunder shall terminate on the date on "
        "which that action is commenced, it being understood that no restriction other than those just "
        "stated is placed upon the licensee, that images, labels and other outputs generated with the Model "
        "belong to whoever generated them and may be used without limitation, that the licensee need "
        "neither register with, report to nor pay the Cooperative, and that the Model is provided as is, "
        "without warranty of any kind, express or implied, and the Cooperative shall not be liable for any "
        "damages, however arising, from its use.\n",
        "open-non-osi",
        None,
    ),
    "markdown with headings and bold": (
        "# Alder-Code Open Weights Licence 1.0\n"
        "\n"
        "**Copyright © 2025 Alder Forge Collective, Brindlecombe**\n"
        "\n"
        "## 1. What you may do\n"
        "\n"
        "You **may**, free of charge and for any purpose, including **commercial** purposes:\n"
        "\n"
        "- **use** Alder-Code and run it on any hardware or hosting service;\n"
        "- **copy** and **distribute** it, modified or unmodified;\n"
        "- **modify**, fine-tune, quantise, prune or merge it;\n"
        "- **sell** products and services built with it.\n"
        "\n"
        "## 2. What you must do\n"
        "\n"
        "You **must**:\n"
        "\n"
        "- include this licence, in full, with every copy of the weights you distribute;\n"
        "- keep the copyright notice above;\n"
        "- if you distribute a **modified** version, release it under **this same licence** and say in its "
        "model card what you changed;\n"
        "- **not** use our name to suggest that we endorse your version.\n"
        "\n"
        "> **Note:** these duties apply only when you *distribute*. Private and internal use carries no "
        "duties at all.\n"
        "\n"
        "## 3. Restrictions on us\n"
        "\n"
        "Alder Forge Collective **cannot** revoke these rights, add conditions later, or require you to "
        "register, report usage or pay. A later version of this licence applies only if you choose to use "
        "it.\n"
        "\n"
        "## 4. Outputs\n"
        "\n"
        "Code that Alder-Code generates for you is **yours**. This licence places no condition on it.\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'Alder-Code is provided **"as is"**, without warranty of any kind. Alder Forge Collective is **not '
        "liable** for any damage arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "table of may, may not, must": (
        "# Sorrel-TTS Model Licence\n"
        "\n"
        "Sorrel Audio Ltd grants you the rights below in the Sorrel-TTS weights, code and voices (the "
        '"Model"), worldwide, royalty-free and without time limit. The table is the licence.\n'
        "\n"
        "| You may | You may not | You must |\n"
        "|---|---|---|\n"
        "| use the Model for any purpose, commercial or non-commercial | use the Sorrel name or logo to "
        "suggest that we endorse you or your product | include this licence with every copy of the Model "
        "you distribute |\n"
        "| modify, fine-tune and retrain the Model | remove or alter copyright or licence notices | keep "
        'the line "© 2025 Sorrel Audio Ltd" |\n'
        "| distribute the Model and your changed versions, free or for a fee | present a changed version as "
        "the original Sorrel-TTS | mark a changed version as changed, in its model card or README |\n"
        "| sublicense the Model as part of your own product | claim that we give any warranty | credit "
        '"Sorrel-TTS by Sorrel Audio Ltd" in your documentation |\n'
        "| use generated audio for anything, including in paid products | | |\n"
        "\n"
        "**Patents.** Sorrel Audio Ltd also grants you a royalty-free licence under its patents that the "
        "Model necessarily practises. That patent licence ends if you sue anyone claiming that the Model "
        "infringes a patent.\n"
        "\n"
        '**Breaking a rule.** If you break a "You must" rule, your rights end; they come back automatically '
        "if you put it right within 30 days of noticing.\n"
        "\n"
        "**No warranty.** The Model is provided as is. Sorrel Audio Ltd is not liable for any loss arising "
        "from its use.\n",
        "open-non-osi",
        None,
    ),
    "legalese with definitions and cross-references": (
        "JUNIPER FOUNDATION MODEL LICENCE AGREEMENT\n"
        "Version 2.1\n"
        "\n"
        "1. DEFINITIONS AND INTERPRETATION\n"
        "1.1 In this Agreement, unless the context otherwise requires:\n"
        '(a) "Licensor" means Juniper Analytics Holdings plc, whose registered office is at 3 Ferrier Quay, '
        "Ashcombe Reach;\n"
        '(b) "Model" means the machine-learning model designated "Juniper-40B", including its parameters, '
        "weights, tokeniser, configuration files and inference code, as made available by the Licensor;\n"
        '(c) "Derivative" means any modification of, or work based on, the Model, including any model '
        "created from it by fine-tuning, distillation, quantisation or merging;\n"
        '(d) "Commercial Purpose" means any purpose directed towards commercial advantage or monetary '
        "compensation;\n"
        '(e) "Notices" means the copyright, attribution and licence notices included in the Model as '
        "distributed by the Licensor;\n"
        '(f) "Licensee" means any person or entity exercising rights under this Agreement.\n'
        "1.2 Headings do not affect interpretation. References to Sections are to sections of this "
        'Agreement. "Including" is to be construed without limitation.\n'
        "\n"
        "2. GRANT\n"
        "2.1 Subject to Section 4.2(b) and Section 5, the Licensor hereby grants to the Licensee a "
        "perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce, modify, create "
        "Derivatives of, distribute, sublicense and otherwise exploit the Model and any Derivative, for any "
        "purpose, whether or not for a Commercial Purpose.\n"
        "2.2 The Licensor further grants to the Licensee, on the terms of Section 2.1, a licence under any "
        "patent claim of the Licensor necessarily infringed by the Model, to make, use, sell, offer for "
        "sale and import the Model and any Derivative.\n"
        "\n"
        "3. RESERVATION\n"
        "3.1 All rights not expressly granted under Section 2 are reserved. No licence is granted under "
        "Section 2 in respect of any trade mark of the Licensor, save as required to comply with Section "
        "4.2(b)(ii).\n"
        "\n"
        "4. CONDITIONS AND RESTRICTIONS\n"
        "4.1 This Section 4 applies only where the Licensee distributes the Model or a Derivative to a "
        "third party.\n"
        "4.2 Where Section 4.1 applies, the Licensee shall:\n"
        "(a) provide each recipient with a copy of this Agreement; and\n"
        "(b) (i) retain all Notices; and (ii) where the Licensee distributes a Derivative, state that the "
        "Derivative is based on the Model, naming the Licensor for that purpose only.\n"
        "4.3 Nothing in Section 4.2 requires the Licensee to disclose the source, weights or training data "
        "of any Derivative.\n"
        "\n"
        "5. PATENT DEFENCE\n"
        "5.1 If the Licensee commences litigation alleging that the Model infringes a patent, the licence "
        "under Section 2.2 terminates on the date such litigation is commenced. The licence under Section "
        "2.1 is unaffected.\n"
        "\n"
        "6. DISCLAIMER\n"
        '6.1 The Model is provided "as is". To the maximum extent permitted by law, the Licensor excludes '
        "all warranties and shall not be liable for any loss arising under or in connection with this "
        "Agreement.\n"
        "\n"
        "7. GOVERNING LAW\n"
        "7.1 This Agreement is governed by the laws of England and Wales.\n",
        "open-non-osi",
        None,
    ),
    "friendly summary, stricter binding terms": (
        "Rowanberry-Chat Licence\n"
        "\n"
        "IN SHORT (this summary is not part of the licence; where it and the Terms below differ, the Terms "
        "govern)\n"
        "- Use Rowanberry-Chat for anything, at home or at work.\n"
        "- Build on it: fine-tune it, merge it, put it in your apps.\n"
        "- Share it with the world.\n"
        "- Keep our copyright line.\n"
        "\n"
        "THE TERMS\n"
        "\n"
        "1. Grant. Rowanberry Labs Inc. grants you a non-exclusive, worldwide, royalty-free licence to use, "
        'reproduce and modify the Rowanberry-Chat weights and code (the "Model"), and to make and use '
        'models derived from it ("Derivatives"), for any purpose, including commercial purposes.\n'
        "\n"
        "2. Distribution. You may not distribute, publish, sublicense or otherwise make available the "
        "Model, its weights or the weights of any Derivative to any third party, whether free of charge or "
        "for payment. Anyone who wants the Model must obtain it from Rowanberry Labs at "
        "rowanberry.example/download under this licence. You may offer applications and online services "
        "that use the Model or a Derivative, provided that no third party receives a copy of any weights.\n"
        "\n"
        '3. Notices. Keep the notice "Copyright 2025 Rowanberry Labs Inc." in the Model and in the '
        "documentation of any application or service that uses it.\n"
        "\n"
        "4. Outputs. Text generated with the Model is yours.\n"
        "\n"
        "5. Termination. If you breach section 2, this licence ends immediately.\n"
        "\n"
        '6. No warranty. The Model is provided "as is", without warranty of any kind, and Rowanberry Labs '
        "is not liable for any damages arising from its use.\n"
        "\n"
        "7. Precedence. The summary at the top of this document is provided for convenience only and has no "
        "legal effect. If it is inconsistent with these Terms, these Terms prevail.\n",
        "restricted",
        "no-redistribution",
    ),
    "additional permissions only add rights": (
        "MAGNOLIA PUBLIC WEIGHTS LICENCE, WITH ADDITIONAL PERMISSIONS\n"
        "\n"
        "Copyright 2025 Magnolia Speech Commons e.V.\n"
        "\n"
        "Part A. Licence\n"
        "\n"
        'A1. You may use, study, copy, modify and distribute the Magnolia-ASR weights and code (the "Work") '
        "for any purpose.\n"
        "\n"
        "A2. If you distribute the Work or a modified version of it, you must do so under this licence, "
        "include its full text, and make the corresponding weights and the code needed to run them "
        "available to every recipient at no more than the cost of distribution.\n"
        "\n"
        "A3. You may not impose any further restriction on recipients' exercise of the rights granted in "
        "A1.\n"
        "\n"
        "A4. The Work is provided without warranty of any kind, and no contributor is liable for any damage "
        "arising from it.\n"
        "\n"
        "Part B. Additional Permissions\n"
        "\n"
        "The following permissions are granted in addition to Part A and do not reduce any right granted "
        "there. Anyone who distributes the Work may remove any or all of them from their copies.\n"
        "\n"
        "B1. Application exception. Software that calls the Work through its published inference interface, "
        "or links to it, is not a modified version of the Work, and you may distribute such software under "
        "terms of your choice, including proprietary, closed-source and commercial terms, even when you "
        "ship it together with the Work.\n"
        "\n"
        "B2. Output exception. Transcripts, captions, embeddings and other outputs produced by running the "
        "Work are not covered by A2; you may use and license them on any terms, including as training data "
        "for other models.\n"
        "\n"
        "B3. Hosting exception. Making the Work available to users over a network, without giving them a "
        "copy of it, is not distribution for the purposes of A2.\n",
        "open-non-osi",
        None,
    ),
    "dual licence at your option": (
        "Cormorant-Embed: licensing\n"
        "\n"
        "Copyright 2025 Cormorant Data Ltd.\n"
        "\n"
        "Cormorant-Embed, including its weights, tokenizer and code, is dual-licensed. You may use it under "
        "either of the following licences, at your option:\n"
        "\n"
        "(a) the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0); or\n"
        "(b) the Cormorant Commercial Model Licence (https://cormorant.example/cml).\n"
        "\n"
        "You do not need to accept option (b) to use Cormorant-Embed: choosing option (a) is enough. If you "
        "choose option (a), the Apache License, Version 2.0 alone governs your use, and nothing in option "
        "(b) binds you.\n"
        "\n"
        "About option (b). The Cormorant Commercial Model Licence is offered to organisations that want "
        "support, an indemnity and a warranty. It is available only with a paid subscription, limits use to "
        "500 named employees per subscription, forbids redistribution of the weights and prohibits using "
        "the model to train competing embedding models. Those terms apply only to licensees who choose "
        "option (b).\n"
        "\n"
        "Contributions to Cormorant-Embed are accepted under the Apache License, Version 2.0.\n"
        "\n"
        "SPDX-License-Identifier: Apache-2.0 OR LicenseRef-Cormorant-CML\n",
        "osi-open",
        None,
    ),
    "fees in a schedule at the end": (
        "BUCKTHORN MODEL LICENCE AGREEMENT\n"
        "\n"
        '1. Licence. Subject to Schedule 2, Buckthorn Robotics Ltd ("Buckthorn") grants you a worldwide, '
        "non-exclusive, perpetual licence to use, copy, modify, fine-tune and distribute the "
        'Buckthorn-Vision weights and code (the "Model") and works derived from them, for any purpose, '
        "including commercial purposes.\n"
        "\n"
        "2. Attribution. You must include this Agreement and the notice in Schedule 1 with every copy of "
        "the Model or a derived work that you distribute.\n"
        "\n"
        "3. Outputs. Detections, masks and other outputs you generate with the Model belong to you.\n"
        "\n"
        "4. Termination. Buckthorn may end this Agreement if you breach it and do not remedy the breach "
        "within 30 days of written notice.\n"
        "\n"
        '5. No warranty. The Model is provided "as is". Buckthorn is not liable for any indirect or '
        "consequential loss.\n"
        "\n"
        "6. Schedules. The Schedules form part of this Agreement.\n"
        "\n"
        "Schedule 1. Notice\n"
        "\n"
        '"Buckthorn-Vision, Copyright 2025 Buckthorn Robotics Ltd, Kelvedge. Licensed under the Buckthorn '
        'Model Licence Agreement."\n'
        "\n"
        "Schedule 2. Fees\n"
        "\n"
        "2.1 No fee is payable for use of the Model for evaluation or research, or by an individual for "
        "their own projects.\n"
        "\n"
        "2.2 Any other use of the Model or of a derived work in production, including in a product or "
        "service offered to third parties, is subject to a licence fee of USD 0.40 per 1,000 images "
        "processed, payable quarterly in arrears against Buckthorn's invoice.\n"
        "\n"
        "2.3 You must report the number of images processed within 15 days of the end of each calendar "
        "quarter.\n",
        "restricted",
        "fee-required",
    ),
    "limit in a footnote": (
        "WILLOWHERB-7B COMMUNITY LICENCE\n"
        "\n"
        "Copyright 2025 Willowherb AI Pte Ltd\n"
        "\n"
        "1. Willowherb AI Pte Ltd grants you a perpetual, worldwide, royalty-free licence to use, copy, "
        "modify, fine-tune and redistribute Willowherb-7B and models derived from it, and to sell products "
        "and services built with them, for any purpose, commercial or non-commercial.¹\n"
        "\n"
        "2. You must keep this licence and the copyright notice above with every copy you redistribute, and "
        "tell recipients which files you changed.\n"
        "\n"
        "3. Text and code you generate with Willowherb-7B are yours, and you may use them as you wish.\n"
        "\n"
        "4. Willowherb AI Pte Ltd may publish new versions of Willowherb-7B under other terms; a copy you "
        "have already received stays under this licence.\n"
        "\n"
        '5. Willowherb-7B is provided "as is", without warranty of any kind. Willowherb AI Pte Ltd shall '
        "not be liable for any damages arising from its use.\n"
        "\n"
        "______\n"
        "¹ The rights in this licence extend only to running Willowherb-7B, and models derived from it, on "
        "Willowherb Edge appliances or on the Willowherb Cloud inference service. Running them on any other "
        "hardware, cloud or hosting service is not licensed.\n",
        "restricted",
        "platform-tie",
    ),
    "british drafting with save for": (
        "SPINDLEWOOD-LEGAL MODEL LICENCE\n"
        "\n"
        '1. Licence. Spindlewood Analytics Limited ("the Licensor") hereby licenses the Licensee, free of '
        "charge, to use, reproduce, adapt, fine-tune and otherwise exploit the Spindlewood-Legal weights "
        'and accompanying programs ("the Model"), and to authorise others so to do, for any purpose '
        "whatsoever, commercial or otherwise.\n"
        "\n"
        "2. Territory. The Licensee shall not exploit the Model, or any adaptation of it, save for use, "
        "reproduction and distribution within the United Kingdom of Great Britain and Northern Ireland, the "
        "Isle of Man and the Channel Islands; nor shall the Licensee authorise, license or suffer any other "
        "person to exploit the Model outside those territories.\n"
        "\n"
        "3. Acknowledgement. The Licensee shall procure that every copy of the Model, or of an adaptation "
        'of it, that it distributes bears the acknowledgement "Based on Spindlewood-Legal, licensed by '
        'Spindlewood Analytics Limited", and shall use reasonable endeavours to honour any correction of '
        "that acknowledgement which the Licensor notifies.\n"
        "\n"
        "4. Marks. Nothing in this Licence entitles the Licensee to utilise the Licensor's name, logo or "
        "colours, nor to hold itself out as endorsed by, or in partnership with, the Licensor.\n"
        "\n"
        "5. Warranty. The Licensor gives no warranty as to the behaviour, accuracy or fitness for purpose "
        "of the Model or of any advice generated by it, which is not legal advice, and shall not be liable "
        "for any loss save to the extent that liability cannot be excluded by law.\n"
        "\n"
        "6. Law. This Licence shall be governed by the laws of England and Wales, and the courts of England "
        "and Wales shall have exclusive jurisdiction.\n",
        "restricted",
        "geographic-restriction",
    ),
    "permitted use defined by exclusion": (
        "CLOUDBERRY OPEN MODEL LICENCE, VERSION 1.2\n"
        "\n"
        "Copyright 2025 Cloudberry Institute for Mathematical Software, Harrowfell\n"
        "\n"
        "1. Definitions.\n"
        '"Model" means the Cloudberry-Math weights, tokenizer and inference code released by the Cloudberry '
        "Institute.\n"
        '"Derivative" means any model made by modifying, fine-tuning, merging or quantising the Model.\n'
        '"Outputs" means text, code, proofs and other content generated by the Model or a Derivative.\n'
        '"Permitted Use" means any use of the Model, its Derivatives and Outputs, by any person and for any '
        "purpose, including commercial purposes, but excludes any use of Outputs, in whole or in part, as "
        "training, fine-tuning or distillation data for any machine-learning model other than the Model or "
        "a Derivative.\n"
        "\n"
        "2. Grant. The Cloudberry Institute grants you a worldwide, royalty-free, non-exclusive, "
        "irrevocable licence to use, copy, modify, distribute and sell the Model and Derivatives, and to "
        "use Outputs, in each case for any Permitted Use.\n"
        "\n"
        "3. Notices. If you distribute the Model or a Derivative, include this licence and keep the "
        "copyright notice above.\n"
        "\n"
        "4. Contributions. Improvements you send us are licensed to us under this licence.\n"
        "\n"
        '5. No warranty. The Model is provided "as is", without warranty of any kind. The Cloudberry '
        "Institute is not liable for any damages arising from it.\n",
        "restricted",
        "output-training-ban",
    ),
}
