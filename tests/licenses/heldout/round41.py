# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 41 (issue 14): twelve model licences in the shape of the "community" and "open model"
licences that companies wrote for their own models in 2025 and 2026, each a long document (60 to 75 lines of
definitions, a grant, distribution conditions, attribution, naming rules for derivatives, trade marks,
outputs, disclaimers, liability, termination for breach, governing law and boilerplate) in which one or two
limiting clauses sit among many harmless ones. Every sentence, name, place and figure is invented; no sentence
of a real licence is copied. Eight block an open label, each with its limit buried mid-document: a cap counted
in "Active Accounts" in an "Additional Commercial Terms" section; a rule that a derivative's name begin with
the licensor's brand, next to a usage standard incorporated by URL and revisable; a bar on using the model or
its outputs "to develop, train or enhance" any other foundation model; an eligibility clause that does not
extend the licence to persons domiciled in four countries; a duty to send the licensor usage statistics every
quarter; a licensor's power to disable the model by updating it; a "patent peace" clause that ends every
licence if the licensee sues anyone over any AI patent; and an export clause that goes beyond the law to
refuse every government agency. Four are open controls of the same length whose many clauses are all harmless:
naming guidance that refuses only implied endorsement, a NOTICE file passed on with third-party components
under their own licences, a patent grant whose defensive termination reaches only patent suits over the model
itself, and a safety guide in an appendix that binds nothing. Drafting styles vary (numbered clauses under
Markdown headings, legalese articles, plain headed sections with lettered items, numbered sections under a
copyright line, Markdown with bold definitions and bullets, British "shall" clauses with an interpretation
clause, an Apache-shaped paraphrase with an appendix, plain-language numbered sections, a Markdown licence
with a bar header, capitalised numbered sections, "Section N" headings, a plain-language licence with a
non-binding appendix). Written fresh, blind, before any rule changed.

- "active accounts in additional commercial terms": numbered clauses under Markdown headings (the Harrowdene
  Community Licence for Quenby 3), granting use, reproduction, study, modification, derivatives and
  distribution, with "1.7 "Active Account" means an account, login, profile or other credential, free or paid,
  through which a person or a device used at least one of your products or services during a calendar month."
  and, in section 7 "Additional Commercial Terms" (which "applies to you whether or not you make commercial
  use"), "7.2 If the combined number of Active Accounts of you and your Affiliates exceeded 250,000,000 in any
  calendar month after the release date above, the licence in Section 2 does not extend to you from the first
  day of the following month.", a separate licence being the licensor's to "grant or refuse" (restricted,
  user-threshold: counted in accounts, not users; the words "monthly active users" never appear).
- "derivative names must start with the brand, usage standard by url": legalese articles (the Corrow Open
  Model Agreement for Tamsel 2) granting every freedom "for commercial and non-commercial purposes", whose
  article 3.4, among notice conditions, says a distributed or hosted Derivative Model's "name shall begin with
  the word "Tamsel", ahead of every other word in the name (for example "Tamsel-Harbour-14B")", and whose
  article 4 makes all use, the licensee's and the uses it enables, "conform to the Tamsel Usage Standard
  available at https://corrowlabs.example/tamsel/usage-standard, which is incorporated into this Agreement",
  which Corrow "may update from time to time" (restricted, naming-branding; use-policy-by-reference and
  unilateral-change too).
- "develop, train or enhance another foundation model": plain headed sections with lettered items (the
  Skelwith Open Weights Licence), any purpose, commercial included, outputs free to publish, sell and put in
  shared datasets, then under "Outputs": "(c) Notwithstanding (a) and (b), neither the Model, nor any
  Modification, nor any Output may be used, in whole or in part, to develop, train or enhance any other
  Foundation Model, except a Modification that is itself made and distributed under this licence.", with
  "Foundation Model" defined (restricted, output-training-ban: no "distil", "fine-tune" or "improve").
- "not licensed to persons domiciled in four countries": numbered sections under a copyright line (the
  Meridale Open Model Licence for Aubrac-Vision 12B), whose "worldwide" grant for any purpose follows section
  2 "Acceptance and eligibility": "2.3 This licence is not extended to persons domiciled in Australia, Japan,
  New Zealand or the Republic of Korea, nor to legal entities incorporated, or having their principal place of
  business, in any of those countries, and none of them may accept it." (restricted, geographic-restriction:
  whole classes of persons are shut out by where they live; the export clause later only restates the law).
- "quarterly usage statistics report": Markdown with bold definitions and bullets (the Pellbrook Model Licence
  for Kinsale-Coder 2), granting every freedom and sublicensing, with section 4 "Usage reports": "Within 20
  days after the end of each calendar quarter, you must send Pellbrook a usage report covering every
  Integration you operated during that quarter, stating the number of requests it served with the Model or a
  Derivative, the approximate number of people who used it, and the countries in which it was offered."
  through a web form (restricted, notification-duty: a standing duty to report one's use to the licensor, as
  round 32's launch notice).
- "licensor may disable functions by updating the model": British "shall" clauses with an interpretation
  clause (the Lindqvist Community Model Licence for Haapa-Motion 4), any purpose, commercial or otherwise,
  where clause 4 "Updates" first leaves installing updates to the licensee and then says "4.2 Lindqvist may
  disable, suspend or limit any function of the Model, or the Model as a whole, in any copy, by updating the
  Model through the update channel built into the Runtime, and the Licensee shall not switch off that channel
  or prevent such an Update from being applied to any copy that it operates or distributes." (restricted,
  remote-control; no "remote", "kill", "revoke" or "at any time").
- "licence ends if licensee sues anyone over any ai patent": an Apache-shaped paraphrase with an appendix (the
  Galloway Open Model License for Brannock-Embed), copyright and patent grants, redistribution conditions, and
  "Section 4. Patent Peace. If You, or any entity that You control, start or join a lawsuit, counterclaim,
  cross-claim or administrative proceeding against any person or entity alleging that any artificial
  intelligence or machine learning model, system, software or service infringes a patent, then every license
  granted to You under this License, copyright and patent alike, ends on the date that proceeding begins. This
  Section applies whoever the defendant is and whether or not the proceeding concerns the Model." (restricted,
  no clause type: as a careful reviewer would judge it, the licence is conditioned on the licensee giving up
  enforcement of its own unrelated patents against anyone in a whole field, which goes far beyond patent
  retaliation over the licensed work and beyond a litigation clause protecting the licensor, both of which
  block nothing; no one type names it, as round 40's rider on selling).
- "no government agency beyond export law": plain-language numbered sections (the Marrick Vale Open Model
  Terms for Corriemoor-Speech 3), any purpose, free or for money, whose section 7 "Export laws and government
  use" first leaves export control and sanctions law to the licensee and then says "Beyond what those laws
  require, you may not provide the model or any changed version of it to, or operate it for, any government
  agency, ministry, armed force, police force or intelligence service of any country, or any organisation
  acting on behalf of one, and you may not use it yourself to perform work under a contract with any of them."
  (restricted, use-restrictions: a group of persons and a field are refused, not the law restated).
- "naming guidance only against implied endorsement": a Markdown licence with a bar header (the Farrowline
  Open Model License for Wenlock), every freedom including sale, for any purpose, credit in the model card,
  and "5. Naming your Derivatives": "You are free to name Your Derivatives as You like. ... You may not name
  or present a Derivative in a way that suggests the Licensor made it, reviewed it or endorses it, and You may
  not call it an official Wenlock release. The Licensor does not require You to put "Wenlock" or any other of
  its names in the name of a Derivative."; outputs free, including to train other models, a promise not to
  assert patents, a 30-day cure, later versions optional (open-non-osi).
- "notice file and third-party components": capitalised numbered sections (the Kestrel Bay Model License
  Agreement for Tarnmoor-Vision 3), any purpose, with "3.2 The NOTICE File lists the attribution notices of
  Halloran and of the third-party components contained in the Model. When You Distribute the Model or a
  Derivative, You shall pass on the notices from the NOTICE File that relate to what You Distribute, ...", own
  notices allowed beside them, an image tokenizer and a data loader under the MIT and BSD 3-Clause licences
  "governed by their own licenses", a patent licence, derivative names free with a not-official statement if
  they refer to the model, a 30-day cure and an export-law reminder (open-non-osi).
- "patent defence limited to suits over the model": "Section N" headings (the Ashgill Open Weights License for
  Ravensworth-Chem 8B), copyright and patent grants for any purpose, and "Section 4. Patent Defense Should You
  bring a claim, counterclaim or cross-claim in any court or agency asserting that the Model itself, or a
  change to it that a Contributor made, infringes a patent, the patent licenses You received under Section 3
  end on the day You bring it. Your copyright license under Section 2 is not affected by this Section, and nor
  is any claim You bring about any other product, model or technology."; a citation as a courtesy, naming as a
  request, outputs the user's (open-non-osi: the near miss of the Galloway text).
- "safety guide that binds nothing": a plain-language licence with an appendix (the Tindale Community Model
  Licence for Cauldstane-Agent 20B), every freedom for any purpose, with "8. The Safety Guide The Safety Guide
  is guidance only. It is not part of the conditions of this licence, it does not limit any right in section
  3, and nothing happens to your licence if you do not follow it. We may revise the Safety Guide whenever we
  like; a revision never changes this licence." and "Appendix A - Safety Guide (not binding)": suggestions (a
  sandbox, a person in the loop for actions that cannot be undone, logs, no credit, housing or job decisions
  without human review, prompt-injection tests) ending "These are recommendations. They create no obligation
  and limit no right under this licence." (open-non-osi).

First run (before any rule changed): 6 of 12 right (active accounts in additional commercial terms,
user-threshold from "7.2 If the combined number of Active Accounts of you and your Affiliates exceeded
250,000,000 in any calendar month ..."; derivative names must start with the brand, naming-branding from
article 3.4; develop, train or enhance another foundation model, output-training-ban from "(c) Notwithstanding
(a) and (b), neither the Model, ..."; not licensed to persons domiciled in four countries,
geographic-restriction from clause 2.3; notice file and third-party components and patent defence limited to
suits over the model, both open-non-osi). The most serious: one blocked text read open (open-non-osi, "the
text grants all four freedoms (use, study, modify, share) and no clause blocks open source"), with no blocking
clause and nothing unclassified. Licence ends if licensee sues anyone over any AI patent: section 4, "If You,
or any entity that You control, start or join a lawsuit, counterclaim, cross-claim or administrative
proceeding against any person or entity alleging that any artificial intelligence or machine learning model,
system, software or service infringes a patent, then every license granted to You under this License,
copyright and patent alike, ends on the date that proceeding begins.", raised nothing, not even a
patent-retaliation, and was not flagged; use and share were credited to the patent licence of section 3 and
study and modify to "You may distribute copies of the Model or of Derivative Works, with or without
modifications, provided that", the copyright licence of section 2 ("Each Contributor gives You a worldwide,
royalty-free, non-exclusive copyright license, without time limit, to copy, study, change, run, display and
distribute ...") not being credited. Two blocked texts read unknown, each with its limit among the
unclassified sentences. Licensor may disable functions by updating the model: unclassified "4.2 Lindqvist may
disable, suspend or limit any function of the Model, or the Model as a whole, in any copy, by updating the
Model through the update channel built into the Runtime, and the Licensee shall not switch off that channel or
prevent such an Update from being applied to any copy that it operates or distributes." (no remote-control),
beside four harmless sentences: "1.2 Headings are for convenience only and do not affect the interpretation of
this Licence.", "4. UPDATES 4.1 Lindqvist may from time to time publish Updates to correct defects or improve
performance, and save as set out in clause 4.2 the Licensee may decide for itself whether to install them.",
"10.2 On termination the Licensee shall cease to use and distribute the Model." and "12.5 This Licence is
written in English, and any translation is for information only.". No government agency beyond export law:
unclassified "Beyond what those laws require, you may not provide the model or any changed version of it to,
or operate it for, any government agency, ministry, armed force, police force or intelligence service of any
country, or any organisation acting on behalf of one, and you may not use it yourself to perform work under a
contract with any of them." (no use-restrictions), beside four harmless sentences: "We do not claim them and
do not restrict how you use them." (outputs), "Do not suggest that we sponsor or approve what you make.", "You
do not have to send us anything." (feedback) and "- If part of these terms cannot be enforced, the rest still
applies.". One blocked text read restricted on other clauses only. Quarterly usage statistics report: the
report duty of section 4 ("Within 20 days after the end of each calendar quarter, you must send Pellbrook a
usage report covering every Integration you operated during that quarter, ...") raised no notification-duty
and was not flagged; the two blocking clauses found are both permissions: restrictions-flow-down (and a
non-blocking share-alike) from "You may distribute your Derivative under this licence or under any other
licence, provided the files that come from the Model keep their notices.", and naming-branding from 'You may
say that your Derivative is "built on Kinsale-Coder 2".'. Two open controls read unknown. Naming guidance only
against implied endorsement: unclassified the preamble "This license gives you those rights and asks only for
credit and honesty about where a model came from." and the patent promise "If it acquires any, it will not
assert them against anyone for using, modifying or distributing the Model or Derivatives."; the naming section
itself raised nothing (rightly), and all four freedoms were credited to the preamble "Aldercott trains the
Wenlock models and publishes them so that anyone can run, inspect, adapt and ship them." rather than to
section 2. Safety guide that binds nothing: unclassified "These rights are worldwide, non-exclusive and cannot
be withdrawn while you keep to section 4.", "8. The Safety Guide The Safety Guide is guidance only." and the
appendix's suggestion "- Keep a person in the loop for actions that cannot be undone, such as payments,
deletions or messages sent in someone's name.". Side findings on cases counted right: the Tamsel text's usage
standard, "4.1 Your use of the Model and of Derivative Models, and any use you enable third parties to make of
them, shall conform to the Tamsel Usage Standard available at
https://corrowlabs.example/tamsel/usage-standard, which is incorporated into this Agreement." and "4.2 Corrow
may update the Tamsel Usage Standard from time to time, ...", raised neither use-policy-by-reference nor
unilateral-change and was not flagged; the patent-defence control read a non-blocking share-alike from "5.4
You may distribute Derivatives under this license or under any other terms You choose, provided that the copy
of the Model inside them keeps its notices.", a permission to choose any terms; in the Skelwith text share was
credited to "(b) You may copy, study and modify the Model and create Modifications." and study and modify to
"(a) You may use the Model and Modifications for any purpose, ...", while "(c) You may distribute the Model
and Modifications, free of charge or for a fee, ..." was credited with nothing. No expectation was changed; no
case was found to carry a factual mistake.

What changed (afterwards, fixing causes; 11 of 12 pass): usage figures that "must" be sent to the licensor on a
schedule (notification-duty); the licensor may "disable, suspend or limit any function ... by updating the Model"
(remote-control); government agencies, armed forces and police refused as customers beyond what the law requires
(use-restrictions); a termination on a patent suit against "any artificial intelligence ... system" is read as
broad-litigation-termination. A permission to say a derivative is "built on" the model is no branding duty, and
"under this licence or under any other licence" is a choice, not share-alike; the safety net reads a name not to be
"confused with an official" release, headings "for convenience", translations "for information", what ends "on
termination", rights that "cannot be withdrawn", guidance "only", "asks only for credit", a promise not to assert
patents "against anyone", and actions "that cannot be undone" as no limits. One case stays an expected failure
(`DISAGREEMENTS`).
"""

from __future__ import annotations

#: Cases whose expectation and opengauge's reading differ for a reason written here (strict expected failures).
DISAGREEMENTS: dict[str, str] = {
    "licence ends if licensee sues anyone over any ai patent": (
        "the clause is read (broad-litigation-termination), but the taxonomy keeps that type informational, as "
        "for a licence ending on a suit against the licensor over the model; whether a termination on a patent "
        "suit against anyone over any AI system blocks an open label is not decided by the OSD's text, so the "
        "verdict stays open-non-osi where the round expected restricted"
    ),
}

CASES: dict[str, tuple[str, str, str | None]] = {
    "active accounts in additional commercial terms": (
        "HARROWDENE COMMUNITY LICENCE\n"
        "Quenby 3 release date: 9 February 2026\n"
        "\n"
        'This Harrowdene Community Licence (the "Licence") sets out the terms on which Velliscan '
        "Systems Inc. makes the Quenby 3 model family available to developers, researchers and "
        "businesses. By downloading, copying, modifying or distributing any of the Quenby Materials "
        "you agree to this Licence.\n"
        "\n"
        "## 1. Definitions\n"
        "\n"
        '1.1 "Velliscan", "we" and "us" mean Velliscan Systems Inc., a company incorporated in '
        "Delaware, and its successors.\n"
        '1.2 "You" means the person or organisation exercising rights under this Licence.\n'
        '1.3 "Affiliate" means an entity that controls, is controlled by or is under common control '
        "with another entity, where control means owning more than half of the voting interests.\n"
        '1.4 "Quenby Materials" means the Quenby 3 weights, the inference and fine-tuning code, the '
        "tokenizer, the configuration files and the documentation that Velliscan releases under this "
        "Licence.\n"
        '1.5 "Derivative" means any model or other work made by modifying, fine-tuning, merging, '
        "quantising or otherwise building on the Quenby Materials, including a model initialised from "
        "their parameters.\n"
        '1.6 "Output" means content generated by running the Quenby Materials or a Derivative.\n'
        '1.7 "Active Account" means an account, login, profile or other credential, free or paid, '
        "through which a person or a device used at least one of your products or services during a "
        "calendar month.\n"
        "\n"
        "## 2. Licence\n"
        "\n"
        "2.1 Velliscan grants you a worldwide, non-exclusive, royalty-free licence, under the "
        "copyright and other intellectual property rights Velliscan owns in the Quenby Materials, to "
        "use, reproduce, study, modify, create Derivatives of, distribute and publicly display the "
        "Quenby Materials and your Derivatives.\n"
        "2.2 Everyone who receives the Quenby Materials or a Derivative from you receives a licence "
        "to them directly from Velliscan on these terms.\n"
        "2.3 No right is granted by implication or estoppel beyond those stated in this Licence.\n"
        "\n"
        "## 3. Distribution\n"
        "\n"
        "3.1 If you distribute the Quenby Materials or a Derivative, you must give every recipient a "
        "copy of this Licence.\n"
        "3.2 You must keep intact the copyright, attribution and licence notices contained in the "
        "Quenby Materials.\n"
        "3.3 Files you have modified must carry a prominent notice stating that you changed them.\n"
        "3.4 You may license your own modifications under terms of your choice, as long as the Quenby "
        "Materials themselves stay under this Licence.\n"
        "\n"
        "## 4. Attribution\n"
        "\n"
        "4.1 When you publish a Derivative, state in its documentation that it is based on Quenby 3 "
        "by Velliscan, with a link to the Quenby repository.\n"
        "4.2 If Velliscan asks you to remove that statement from a particular product, you will "
        "remove it within a reasonable time.\n"
        "\n"
        "## 5. Naming of Derivatives\n"
        "\n"
        "5.1 You may give a Derivative any name, provided the name does not suggest that the "
        "Derivative is an official Velliscan release.\n"
        "\n"
        "## 6. Outputs\n"
        "\n"
        "6.1 Velliscan claims no ownership of Outputs. As between you and Velliscan, Outputs are "
        "yours to use for any purpose.\n"
        "\n"
        "## 7. Additional Commercial Terms\n"
        "\n"
        "7.1 This Section 7 applies to you whether or not you make commercial use of the Quenby "
        "Materials.\n"
        "7.2 If the combined number of Active Accounts of you and your Affiliates exceeded "
        "250,000,000 in any calendar month after the release date above, the licence in Section 2 "
        "does not extend to you from the first day of the following month.\n"
        "7.3 In that case you may ask Velliscan for a separate licence, which Velliscan may grant or "
        "refuse, and on terms it sets, as it sees fit.\n"
        "7.4 An account held by the same person in several of your products or services is counted "
        "once for each of them.\n"
        "\n"
        "## 8. Trademarks\n"
        "\n"
        '8.1 This Licence does not give permission to use the names "Velliscan" or "Quenby", or any '
        "Velliscan logo, except as needed to describe the origin of the Quenby Materials and to "
        "reproduce the notices required by Section 3.\n"
        "\n"
        "## 9. Disclaimer of Warranty\n"
        "\n"
        "9.1 UNLESS APPLICABLE LAW REQUIRES OTHERWISE, THE QUENBY MATERIALS AND ANY OUTPUT ARE "
        'PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED, '
        "INCLUDING ANY WARRANTY OF TITLE, NON-INFRINGEMENT, MERCHANTABILITY OR FITNESS FOR A "
        "PARTICULAR PURPOSE.\n"
        "9.2 You alone are responsible for deciding whether using or redistributing the Quenby "
        "Materials is appropriate for you.\n"
        "\n"
        "## 10. Limitation of Liability\n"
        "\n"
        "10.1 IN NO EVENT WILL VELLISCAN BE LIABLE, UNDER ANY THEORY OF LIABILITY, FOR INDIRECT, "
        "SPECIAL, INCIDENTAL, CONSEQUENTIAL OR EXEMPLARY DAMAGES ARISING FROM THIS LICENCE OR THE "
        "QUENBY MATERIALS, EVEN IF IT HAS BEEN TOLD SUCH DAMAGES ARE POSSIBLE.\n"
        "\n"
        "## 11. Termination\n"
        "\n"
        "11.1 If you breach this Licence, Velliscan may terminate it by written notice, unless you "
        "cure the breach within thirty (30) days after receiving that notice.\n"
        "11.2 On termination you must stop using the Quenby Materials and delete your copies of them. "
        "Sections 9, 10 and 12 survive termination.\n"
        "\n"
        "## 12. Governing Law\n"
        "\n"
        "12.1 This Licence is governed by the laws of the State of Delaware, without regard to its "
        "conflict-of-laws rules. The United Nations Convention on Contracts for the International "
        "Sale of Goods does not apply.\n"
        "12.2 The state and federal courts sitting in Wilmington, Delaware have exclusive "
        "jurisdiction over any dispute arising from this Licence.\n"
        "\n"
        "## 13. Miscellaneous\n"
        "\n"
        "13.1 If a provision of this Licence is held unenforceable, the other provisions remain in "
        "effect.\n"
        "13.2 This Licence is the entire agreement between you and Velliscan about the Quenby "
        "Materials.\n",
        "restricted",
        "user-threshold",
    ),
    "derivative names must start with the brand, usage standard by url": (
        "CORROW OPEN MODEL AGREEMENT\n"
        "Version 1.2, effective 3 November 2025\n"
        "\n"
        'Corrow Labs Pte. Ltd. ("Corrow") makes the Tamsel 2 models available under this Agreement. '
        "Please read it before you download or use them.\n"
        "\n"
        "ARTICLE 1 - DEFINITIONS\n"
        '1.1 "Agreement" means these terms and every document they expressly incorporate.\n'
        '1.2 "Model" means the Tamsel 2 model weights, in any precision or file format, together with '
        "the code, tokenizer and configuration released with them.\n"
        '1.3 "Documentation" means the model card, technical report and release notes that Corrow '
        "publishes for the Model.\n"
        '1.4 "Derivative Model" means any model whose weights are obtained from the Model by '
        "fine-tuning, continued training, merging, pruning, distillation, quantisation or any other "
        "modification.\n"
        '1.5 "Distribute" means to transfer a copy to, or make a copy available for, any third party, '
        "including by publishing it on a model hub.\n"
        '1.6 "Licensee" or "you" means the individual or legal entity that accepts this Agreement.\n'
        "\n"
        "\n"
        "ARTICLE 2 - GRANT OF RIGHTS\n"
        "2.1 Subject to your compliance with this Agreement, Corrow grants you a perpetual, "
        "worldwide, non-exclusive, royalty-free licence to use, copy, inspect, modify, create "
        "Derivative Models of, Distribute and sublicense the Model and Derivative Models, for "
        "commercial and non-commercial purposes.\n"
        "2.2 The licence in Article 2.1 includes the right to run the Model on any hardware and "
        "through any hosting provider you choose.\n"
        "2.3 Corrow retains ownership of the Model. You own the modifications you make, subject to "
        "Corrow's rights in the Model.\n"
        "\n"
        "\n"
        "ARTICLE 3 - CONDITIONS OF DISTRIBUTION\n"
        "3.1 Every Distribution of the Model or of a Derivative Model must be accompanied by a copy "
        "of this Agreement.\n"
        "3.2 You must keep, in a text file named NOTICE distributed with the Model or Derivative "
        'Model, the line: "Tamsel 2 is made available under the Corrow Open Model Agreement. '
        'Copyright (c) 2025 Corrow Labs Pte. Ltd."\n'
        "3.3 You may add your own copyright statement to your modifications and may offer additional "
        "or different licence terms for those modifications.\n"
        "3.4 If you Distribute a Derivative Model, or make one available to third parties as a hosted "
        'service, its name shall begin with the word "Tamsel", ahead of every other word in the name '
        '(for example "Tamsel-Harbour-14B"), and its model card shall state that it is derived from '
        "Tamsel 2.\n"
        "\n"
        "\n"
        "ARTICLE 4 - USAGE STANDARD\n"
        "4.1 Your use of the Model and of Derivative Models, and any use you enable third parties to "
        "make of them, shall conform to the Tamsel Usage Standard available at "
        "https://corrowlabs.example/tamsel/usage-standard, which is incorporated into this Agreement.\n"
        "4.2 Corrow may update the Tamsel Usage Standard from time to time, and the version posted at "
        "that address applies from the date it is posted.\n"
        "\n"
        "\n"
        "ARTICLE 5 - OUTPUTS\n"
        "5.1 Corrow claims no rights in text, code or other content generated with the Model or a "
        "Derivative Model. You are responsible for how you use that content.\n"
        "\n"
        "\n"
        "ARTICLE 6 - TRADEMARKS\n"
        "6.1 Except for the naming required by Article 3.4, this Agreement grants no right to use the "
        "Corrow name or any Corrow logo or trademark.\n"
        "6.2 You may not state or imply that Corrow has reviewed, approved or sponsored a Derivative "
        "Model.\n"
        "\n"
        "\n"
        "ARTICLE 7 - FEEDBACK\n"
        "7.1 You are under no obligation to send Corrow comments or suggestions about the Model. If "
        "you do send them, Corrow may use them without any obligation to you.\n"
        "\n"
        "\n"
        "ARTICLE 8 - DISCLAIMER OF WARRANTIES\n"
        '8.1 THE MODEL, THE DOCUMENTATION AND ANY OUTPUT ARE PROVIDED "AS IS" AND "AS AVAILABLE". TO '
        "THE FULLEST EXTENT PERMITTED BY LAW, CORROW DISCLAIMS ALL WARRANTIES, EXPRESS, IMPLIED OR "
        "STATUTORY, INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE, "
        "ACCURACY AND NON-INFRINGEMENT.\n"
        "\n"
        "\n"
        "ARTICLE 9 - LIMITATION OF LIABILITY\n"
        "9.1 TO THE FULLEST EXTENT PERMITTED BY LAW, CORROW SHALL NOT BE LIABLE FOR ANY LOSS OF "
        "PROFITS, REVENUE, DATA OR GOODWILL, OR FOR ANY INDIRECT, INCIDENTAL, SPECIAL OR "
        "CONSEQUENTIAL DAMAGES, ARISING OUT OF OR IN CONNECTION WITH THIS AGREEMENT.\n"
        "\n"
        "\n"
        "ARTICLE 10 - TERM AND TERMINATION\n"
        "10.1 This Agreement starts when you accept it and continues until it is terminated.\n"
        "10.2 Corrow may terminate this Agreement if you materially breach it and do not remedy the "
        "breach within thirty (30) days after Corrow gives you written notice of it.\n"
        "10.3 When this Agreement terminates, you shall stop using and Distributing the Model. "
        "Articles 8, 9 and 11 survive.\n"
        "\n"
        "\n"
        "ARTICLE 11 - GOVERNING LAW AND DISPUTES\n"
        "11.1 This Agreement is governed by the laws of the Republic of Singapore.\n"
        "11.2 Any dispute arising out of or in connection with this Agreement shall be finally "
        "resolved by arbitration in Singapore before a sole arbitrator, in the English language.\n"
        "\n"
        "\n"
        "ARTICLE 12 - GENERAL\n"
        "12.1 Corrow may assign this Agreement to a successor to its business relating to the Model.\n"
        "12.2 If any provision of this Agreement is found invalid, the remaining provisions continue "
        "in full force.\n"
        "12.3 A failure by Corrow to enforce a provision is not a waiver of it.\n"
        "12.4 This Agreement is the entire agreement between you and Corrow about the Model.\n",
        "restricted",
        "naming-branding",
    ),
    "develop, train or enhance another foundation model": (
        "Skelwith Open Weights Licence\n"
        "\n"
        "Effective date: 20 January 2026\n"
        "Licensor: Brisendale Intelligence AB, Lund\n"
        "\n"
        "Introduction\n"
        "Brisendale releases the Skelwith-4 models so that developers, researchers and businesses can "
        "build on them. This licence explains what you may do with them and what you must do in "
        "return.\n"
        "\n"
        "Definitions\n"
        '(a) "Model" means the Skelwith-4 base and instruct weights, the tokenizer, the inference '
        "code and the configuration files published by Brisendale.\n"
        '(b) "Modification" means any change to the Model, including fine-tuning, adapter training, '
        "merging, pruning and quantisation, and any model that results from such a change.\n"
        '(c) "Output" means any text, code, embedding or other result produced by running the Model '
        "or a Modification.\n"
        '(d) "Foundation Model" means a machine-learning model trained on broad data that can be '
        "adapted to a wide range of downstream tasks.\n"
        '(e) "You" means the person or entity relying on this licence.\n'
        "\n"
        "Permissions\n"
        "(a) You may use the Model and Modifications for any purpose, including commercial purposes.\n"
        "(b) You may copy, study and modify the Model and create Modifications.\n"
        "(c) You may distribute the Model and Modifications, free of charge or for a fee, and may "
        "offer them to others as a hosted service.\n"
        "(d) These permissions are worldwide, royalty-free and non-exclusive, and last for the full "
        "term of the rights they concern.\n"
        "\n"
        "Conditions of Redistribution\n"
        "(a) Include this licence with every copy of the Model or of a Modification that you "
        "distribute.\n"
        '(b) Keep the line "Copyright 2026 Brisendale Intelligence AB" in the files where it appears.\n'
        "(c) Say in the model card or README of a Modification that it has been modified, and how.\n"
        "(d) You may distribute your own changes under a licence of your choice, provided the parts "
        "that come from the Model remain under this licence.\n"
        "\n"
        "Outputs\n"
        "(a) Brisendale makes no claim to Outputs, and you may use them for any purpose permitted by "
        "law.\n"
        "(b) You may publish Outputs, sell them, and include them in datasets that you share with "
        "others.\n"
        "(c) Notwithstanding (a) and (b), neither the Model, nor any Modification, nor any Output may "
        "be used, in whole or in part, to develop, train or enhance any other Foundation Model, "
        "except a Modification that is itself made and distributed under this licence.\n"
        "(d) You may use Outputs to evaluate the Model or to compare it with other models, and may "
        "publish the results.\n"
        "\n"
        "Citation\n"
        "If you publish research that uses the Model, we ask you to cite the Skelwith-4 technical "
        "report. This is a request, not a condition.\n"
        "\n"
        "Names and Marks\n"
        '(a) You may describe a Modification as "based on Skelwith-4" or "fine-tuned from '
        'Skelwith-4".\n'
        "(b) You may not use Brisendale's name or logo in a way that implies Brisendale has reviewed, "
        "certified or endorsed a Modification.\n"
        "(c) This licence grants no right in Brisendale's trade marks beyond what (a) allows.\n"
        "\n"
        "No Warranty\n"
        "The Model is provided as is. Brisendale gives no warranty of any kind, express or implied, "
        "including any warranty of merchantability, fitness for a particular purpose or "
        "non-infringement, to the extent the law allows.\n"
        "\n"
        "Limitation of Liability\n"
        "Brisendale is not liable for any damage arising from the use of the Model, a Modification or "
        "an Output, except where the law does not allow liability to be excluded, such as for wilful "
        "misconduct.\n"
        "\n"
        "Termination\n"
        "(a) If you fail to comply with a condition of this licence, your rights under it end "
        "automatically.\n"
        "(b) If you put the failure right within 30 days of becoming aware of it, your rights are "
        "reinstated.\n"
        "(c) Termination does not affect the rights of people who received copies from you in "
        "compliance with this licence.\n"
        "\n"
        "Governing Law\n"
        "This licence is governed by the laws of Sweden, excluding its rules on conflict of laws. The "
        "Malmo District Court is the court of first instance for any dispute under it.\n"
        "\n"
        "Miscellaneous\n"
        "(a) If part of this licence is unenforceable, the rest remains in force.\n"
        "(b) Brisendale may publish new versions of this licence. A new version applies only to Model "
        "releases that name it; copies you already have stay under the version they came with.\n"
        "(c) Nothing in this licence restricts any use that the law permits without a licence, such "
        "as quotation or text and data mining under a statutory exception.\n"
        "(d) This licence is written in English. A translation is provided for convenience, and the "
        "English text prevails.\n"
        "\n"
        "Contact\n"
        "Questions about this licence can be sent to licensing@brisendale.example.\n",
        "restricted",
        "output-training-ban",
    ),
    "not licensed to persons domiciled in four countries": (
        "MERIDALE OPEN MODEL LICENCE 1.0\n"
        "\n"
        "Copyright (c) 2025 Thornquist Dynamics S.A.\n"
        "\n"
        "This licence applies to the Aubrac-Vision 12B model released by Thornquist Dynamics S.A. "
        '("Thornquist") and to every file distributed with it that refers to this licence.\n'
        "\n"
        "1. Definitions\n"
        '1.1 "Model" means the Aubrac-Vision 12B weights, the vision encoder, the processor '
        "configuration, the example code and the model card.\n"
        '1.2 "Derivative" means a work based on the Model, including a fine-tuned, merged, pruned, '
        "quantised or distilled version of it.\n"
        '1.3 "Distribute" means to make a copy of the Model or a Derivative available to anyone else, '
        "by any means.\n"
        '1.4 "Licensee" or "you" means the natural person or legal entity that accepts this licence, '
        'and "your" has a corresponding meaning.\n'
        '1.5 "Notice" means the copyright and attribution statements in the NOTICE.md file that '
        "accompanies the Model.\n"
        "\n"
        "2. Acceptance and eligibility\n"
        "2.1 You accept this licence by downloading, using, modifying or Distributing the Model.\n"
        "2.2 If you accept this licence on behalf of an organisation, you confirm that you have "
        "authority to bind that organisation.\n"
        "2.3 This licence is not extended to persons domiciled in Australia, Japan, New Zealand or "
        "the Republic of Korea, nor to legal entities incorporated, or having their principal place "
        "of business, in any of those countries, and none of them may accept it.\n"
        "2.4 Thornquist may answer questions about this licence at licensing@thornquist.example, but "
        "an answer does not change the licence.\n"
        "\n"
        "3. Grant\n"
        "3.1 Thornquist grants each Licensee a worldwide, royalty-free, non-exclusive copyright "
        "licence, irrevocable except under section 10, to use, reproduce, analyse, modify, create "
        "Derivatives of and Distribute the Model and Derivatives, for any purpose.\n"
        "3.2 Thornquist also grants each Licensee a licence under the patent claims it owns that the "
        "Model necessarily infringes, to make, use, sell, offer for sale and import the Model and "
        "Derivatives.\n"
        "\n"
        "4. Redistribution\n"
        "4.1 When you Distribute the Model or a Derivative, include a copy of this licence and the "
        "Notice.\n"
        "4.2 A Derivative must carry a statement that it was changed from the Model.\n"
        "4.3 You may charge a fee for Distributing the Model or a Derivative, and you may offer "
        "support, warranties or indemnities for a fee, but only on your own behalf and not on behalf "
        "of Thornquist.\n"
        "4.4 You may add your own copyright notice to your Derivative and license your own "
        "contributions to it under other terms.\n"
        "\n"
        "5. Names of Derivatives\n"
        '5.1 A Derivative may not be Distributed under the name "Aubrac-Vision" alone, so that no one '
        "takes it for the original Model. A name that shows the origin, such as "
        '"Aubrac-Vision-Retail-FT", is allowed, and so is a name that does not mention the Model at '
        "all.\n"
        "\n"
        "6. Outputs\n"
        "6.1 Images, captions, labels and other outputs of the Model belong to whoever produced them, "
        "and this licence places no condition on them.\n"
        "\n"
        "7. Trade marks\n"
        "7.1 This licence does not grant any right to use Thornquist's trade names or trade marks, "
        "except to say truthfully where the Model comes from and to reproduce the Notice.\n"
        "\n"
        "8. Disclaimer\n"
        '8.1 THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, '
        "INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
        "NON-INFRINGEMENT.\n"
        "\n"
        "9. Limitation of liability\n"
        "9.1 TO THE EXTENT PERMITTED BY LAW, THORNQUIST SHALL NOT BE LIABLE FOR ANY CLAIM, DAMAGES OR "
        "OTHER LIABILITY ARISING FROM THE MODEL OR ITS USE, WHETHER IN CONTRACT, TORT OR OTHERWISE.\n"
        "\n"
        "10. Termination\n"
        "10.1 If you breach this licence, your rights under it terminate automatically.\n"
        "10.2 Your rights are restored if you cure the breach within thirty (30) days after you "
        "become aware of it.\n"
        "10.3 Termination of your rights does not terminate the rights of anyone who received a copy "
        "from you before the breach.\n"
        "\n"
        "11. Export and sanctions\n"
        "11.1 You are responsible for complying with the export control and sanctions laws that apply "
        "to you.\n"
        "\n"
        "12. Governing law\n"
        "12.1 This licence is governed by the laws of the Grand Duchy of Luxembourg. The courts of "
        "Luxembourg City have jurisdiction over disputes arising from it.\n"
        "\n"
        "13. General\n"
        "13.1 If any provision of this licence is held invalid, the other provisions remain in "
        "effect.\n"
        "13.2 This licence does not create any partnership, agency or employment relationship between "
        "you and Thornquist.\n"
        "13.3 Thornquist may publish revised versions of this licence. A copy of the Model that you "
        "already have stays under the version it came with.\n"
        "\n"
        "14. Contact\n"
        "14.1 Questions about this licence may be sent to licensing@thornquist.example.\n",
        "restricted",
        "geographic-restriction",
    ),
    "quarterly usage statistics report": (
        "# Pellbrook Model Licence\n"
        "\n"
        "**Version 2.0, 1 December 2025**\n"
        "\n"
        '**Licensor:** Pellbrook Research Ltd ("Pellbrook"), Galway\n'
        "**Models:** the Kinsale-Coder 2 family (1.5B, 7B and 32B parameters)\n"
        "\n"
        "## Preamble\n"
        "\n"
        "Pellbrook builds models for software engineering. We want Kinsale-Coder 2 to be used widely, "
        "in hobby projects and in commercial products alike, and we want the people who improve it to "
        "be able to share their improvements. This licence is written to make that possible.\n"
        "\n"
        "## 1. Definitions\n"
        "\n"
        '- **"Model"** means the Kinsale-Coder 2 weights, tokenizer, configuration files, inference '
        "code and documentation published by Pellbrook.\n"
        '- **"Derivative"** means any work based on the Model, including fine-tuned, merged, '
        "quantised and distilled versions of it.\n"
        '- **"Integration"** means a product, service, tool or workflow in which you run the Model or '
        "a Derivative.\n"
        '- **"Output"** means code, text or other content produced by the Model or a Derivative.\n'
        '- **"You"** means the individual or organisation exercising the rights in this licence.\n'
        "\n"
        "## 2. Rights granted\n"
        "\n"
        "Pellbrook grants you a worldwide, non-exclusive, no-charge, royalty-free licence to:\n"
        "\n"
        "1. run and use the Model and Derivatives for any purpose;\n"
        "2. inspect and study the weights and code;\n"
        "3. modify the Model and create Derivatives; and\n"
        "4. copy and distribute the Model and Derivatives, and sublicense these rights to the people "
        "you distribute them to.\n"
        "\n"
        "## 3. Passing the Model on\n"
        "\n"
        "- Give each recipient a copy of this licence.\n"
        '- Keep the copyright notice "Copyright 2025 Pellbrook Research Ltd" and any other '
        "attribution notices in the files.\n"
        "- If you changed the Model, say so in the model card or README of your Derivative.\n"
        "- You may distribute your Derivative under this licence or under any other licence, provided "
        "the files that come from the Model keep their notices.\n"
        "\n"
        "## 4. Usage reports\n"
        "\n"
        "Within 20 days after the end of each calendar quarter, you must send Pellbrook a usage "
        "report covering every Integration you operated during that quarter, stating the number of "
        "requests it served with the Model or a Derivative, the approximate number of people who used "
        "it, and the countries in which it was offered. Reports are submitted through the form at "
        "https://pellbrook.example/usage-reports. Pellbrook treats the reports as confidential and "
        "uses them only to understand how the Model is being adopted.\n"
        "\n"
        "## 5. Outputs\n"
        "\n"
        "Pellbrook does not own the Outputs. You may use, modify, publish and license them however "
        "you wish, including as training data for other models.\n"
        "\n"
        "## 6. Names and trade marks\n"
        "\n"
        '- You may say that your Derivative is "built on Kinsale-Coder 2".\n'
        '- Do not call your Derivative "Kinsale-Coder" without a distinguishing addition, and do not '
        "suggest that Pellbrook made or endorses it.\n"
        "- This licence does not grant any right to use Pellbrook's logos.\n"
        "\n"
        "## 7. Contributions\n"
        "\n"
        "If you submit a change to Pellbrook's own repository, you license that change to Pellbrook "
        "and to everyone else under this licence. Nothing obliges you to submit changes.\n"
        "\n"
        "## 8. No warranty\n"
        "\n"
        'The Model is provided "as is", without any warranty, express or implied, including any '
        "warranty that the code it generates is correct, secure or free of third-party rights.\n"
        "\n"
        "## 9. Liability\n"
        "\n"
        "To the extent the law allows, Pellbrook is not liable for any loss or damage arising from "
        "the Model, a Derivative or an Output.\n"
        "\n"
        "## 10. Ending the licence\n"
        "\n"
        "If you breach this licence and do not put the breach right within 30 days after Pellbrook "
        "tells you about it, your rights under this licence end. Recipients who received the Model "
        "from you keep their rights as long as they comply.\n"
        "\n"
        "## 11. Governing law\n"
        "\n"
        "This licence is governed by the laws of Ireland, and the courts of Ireland have jurisdiction "
        "over any dispute about it.\n"
        "\n"
        "## 12. Other terms\n"
        "\n"
        "- If a court holds part of this licence unenforceable, the rest of it continues to apply.\n"
        "- Pellbrook may publish later versions of this licence. You may keep using the version that "
        "came with your copy.\n",
        "restricted",
        "notification-duty",
    ),
    "licensor may disable functions by updating the model": (
        "THE LINDQVIST COMMUNITY MODEL LICENCE\n"
        "\n"
        "This Licence is made between Lindqvist Robotics Oy, a company registered in Finland "
        '("Lindqvist"), and the person or organisation that downloads, installs or uses the '
        'Haapa-Motion 4 model (the "Licensee").\n'
        "\n"
        "1. INTERPRETATION\n"
        "1.1 In this Licence:\n"
        '"Model" means the Haapa-Motion 4 weights together with the Runtime and the documentation '
        "distributed with them;\n"
        '"Runtime" means the software distributed with the weights that loads them and executes them '
        "on a robot controller or a workstation;\n"
        '"Derivative" means a modified, fine-tuned, adapted or retrained version of the Model, or a '
        "work that contains the Model;\n"
        '"Update" means a new release of the weights or the Runtime, or a configuration file for '
        "them, published by Lindqvist;\n"
        '"Business Day" means a day other than a Saturday, Sunday or public holiday in Finland.\n'
        "1.2 Headings are for convenience only and do not affect the interpretation of this Licence.\n"
        "1.3 Words in the singular include the plural and vice versa.\n"
        "1.4 A reference to a statute includes that statute as amended or re-enacted.\n"
        "\n"
        "2. LICENCE\n"
        "2.1 Lindqvist grants the Licensee a worldwide, non-exclusive, royalty-free licence to use, "
        "copy, examine, modify, adapt and distribute the Model and Derivatives, for any purpose, "
        "commercial or otherwise.\n"
        "2.2 The Licensee may permit third parties to exercise those rights in respect of copies the "
        "Licensee supplies to them, on the terms of this Licence.\n"
        "\n"
        "3. DISTRIBUTION\n"
        "3.1 The Licensee shall supply a copy of this Licence with every copy of the Model or a "
        "Derivative that it distributes.\n"
        "3.2 The Licensee shall not remove the copyright notices of Lindqvist from the Model.\n"
        "3.3 A Derivative shall carry a statement, in its documentation, that it has been modified by "
        "or for the Licensee.\n"
        "\n"
        "4. UPDATES\n"
        "4.1 Lindqvist may from time to time publish Updates to correct defects or improve "
        "performance, and save as set out in clause 4.2 the Licensee may decide for itself whether to "
        "install them.\n"
        "4.2 Lindqvist may disable, suspend or limit any function of the Model, or the Model as a "
        "whole, in any copy, by updating the Model through the update channel built into the Runtime, "
        "and the Licensee shall not switch off that channel or prevent such an Update from being "
        "applied to any copy that it operates or distributes.\n"
        "4.3 Lindqvist will describe each Update in its published release notes.\n"
        "\n"
        "5. INTEGRATION INTO MACHINES\n"
        "5.1 The Licensee is responsible for the safe integration of the Model into any robot or "
        "machine, including risk assessment, guarding and emergency stops in accordance with the "
        "standards that apply to that machine.\n"
        "5.2 Lindqvist's integration guide contains recommendations only. Following it or not "
        "following it does not affect this Licence.\n"
        "\n"
        "6. OWNERSHIP\n"
        "6.1 Lindqvist keeps ownership of the Model. The Licensee owns the modifications it makes, "
        "subject to Lindqvist's rights in the Model.\n"
        "6.2 Trajectories, control signals and other outputs produced with the Model belong to the "
        "Licensee.\n"
        "\n"
        "7. TRADE MARKS\n"
        '7.1 This Licence does not grant the Licensee any right to use the trade marks "Lindqvist" or '
        '"Haapa", except to state truthfully that a product uses or is derived from the Model.\n'
        "\n"
        "8. WARRANTY\n"
        '8.1 The Model is supplied "as is". To the fullest extent permitted by law, Lindqvist '
        "excludes all warranties, conditions and terms, whether express or implied by statute, common "
        "law or otherwise, including implied terms as to satisfactory quality and fitness for "
        "purpose.\n"
        "\n"
        "9. LIABILITY\n"
        "9.1 Nothing in this Licence limits liability for death or personal injury caused by "
        "negligence, or for fraud.\n"
        "9.2 Subject to clause 9.1, Lindqvist shall not be liable for any loss of profit, loss of "
        "production, loss of data or any indirect or consequential loss arising under or in "
        "connection with this Licence.\n"
        "\n"
        "10. TERMINATION\n"
        "10.1 Lindqvist may terminate this Licence by written notice if the Licensee commits a "
        "material breach of it that is not remedied within 30 Business Days after notice of the "
        "breach.\n"
        "10.2 On termination the Licensee shall cease to use and distribute the Model. Clauses 8, 9 "
        "and 11 continue to apply.\n"
        "\n"
        "11. GOVERNING LAW\n"
        "11.1 This Licence is governed by the laws of Finland. The District Court of Helsinki has "
        "jurisdiction over disputes arising from it.\n"
        "\n"
        "12. GENERAL\n"
        "12.1 If any provision of this Licence is held invalid or unenforceable, the other provisions "
        "remain in force.\n"
        "12.2 A person who is not a party to this Licence has no right to enforce any of its terms, "
        "except a recipient of a copy under clause 2.2.\n"
        "12.3 This Licence is the entire agreement between Lindqvist and the Licensee about the "
        "Model.\n"
        "12.4 Notices to Lindqvist under this Licence shall be sent by email to "
        "legal@lindqvist.example.\n"
        "12.5 This Licence is written in English, and any translation is for information only.\n",
        "restricted",
        "remote-control",
    ),
    "licence ends if licensee sues anyone over any ai patent": (
        "Galloway Open Model License, Version 1.0\n"
        "Issued by Ressler Cognitive Inc. for the Brannock-Embed model family\n"
        "\n"
        "TERMS AND CONDITIONS\n"
        "\n"
        "Section 1. Definitions.\n"
        '"License" means the terms for use, reproduction and distribution in Sections 1 through 12 of '
        "this document.\n"
        '"Licensor" means Ressler Cognitive Inc., the copyright owner of the Model.\n'
        '"You" and "Your" mean an individual or legal entity exercising permissions granted by this '
        "License.\n"
        '"Model" means the Brannock-Embed weights, in any format, together with the training recipes, '
        "evaluation scripts, tokenizer and documentation that Licensor publishes with them.\n"
        '"Derivative Works" means any work based on the Model, including fine-tuned, quantized, '
        "pruned, merged or distilled models and modified code, but not including works that only call "
        "the Model through an interface.\n"
        '"Contribution" means any change or addition to the Model that its author intentionally '
        "submits to Licensor for inclusion in the Model.\n"
        '"Contributor" means Licensor and every person or entity whose Contribution has been included '
        "in the Model.\n"
        '"NOTICE file" means a text file named NOTICE that Licensor includes with the Model to list '
        "attributions.\n"
        "\n"
        "Section 2. Copyright License.\n"
        "Each Contributor gives You a worldwide, royalty-free, non-exclusive copyright license, "
        "without time limit, to copy, study, change, run, display and distribute the Model and works "
        "derived from it, and to sublicense those rights.\n"
        "\n"
        "Section 3. Patent License.\n"
        "Each Contributor gives You a worldwide, royalty-free, non-exclusive patent license to make, "
        "have made, use, sell, offer to sell, import and otherwise transfer the Model, covering the "
        "patent claims that the Contributor can license and that its Contribution, alone or combined "
        "with the Model, would infringe.\n"
        "\n"
        "Section 4. Patent Peace.\n"
        "If You, or any entity that You control, start or join a lawsuit, counterclaim, cross-claim "
        "or administrative proceeding against any person or entity alleging that any artificial "
        "intelligence or machine learning model, system, software or service infringes a patent, then "
        "every license granted to You under this License, copyright and patent alike, ends on the "
        "date that proceeding begins. This Section applies whoever the defendant is and whether or "
        "not the proceeding concerns the Model.\n"
        "\n"
        "Section 5. Redistribution.\n"
        "You may distribute copies of the Model or of Derivative Works, with or without "
        "modifications, provided that:\n"
        "(a) You give every recipient a copy of this License;\n"
        "(b) modified files carry prominent notices that You changed them;\n"
        "(c) You keep all copyright, patent, trademark and attribution notices from the Model in the "
        "copies You distribute, except notices that do not apply to any part of what You distribute; "
        "and\n"
        "(d) where the Model includes a NOTICE file, You pass on the attributions in it with what You "
        "distribute.\n"
        "You may add Your own copyright statement to Your modifications and license them under terms "
        "of Your choice, provided Your use and distribution of the Model itself complies with this "
        "License.\n"
        "\n"
        "Section 6. Contributions.\n"
        "Unless You state otherwise, any Contribution You submit to Licensor is licensed under this "
        "License, without additional terms.\n"
        "\n"
        "Section 7. Trademarks.\n"
        "This License does not permit You to use the trade names, trademarks, service marks or "
        "product names of Licensor, except as needed to describe the origin of the Model and to "
        "reproduce the NOTICE file.\n"
        "\n"
        "Section 8. Disclaimer of Warranty.\n"
        'EXCEPT WHERE THE LAW REQUIRES OTHERWISE, LICENSOR PROVIDES THE MODEL ON AN "AS IS" BASIS, '
        "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EITHER EXPRESS OR IMPLIED. YOU ALONE DECIDE "
        "WHETHER IT IS APPROPRIATE TO USE OR REDISTRIBUTE THE MODEL, AND YOU BEAR THE RISKS OF DOING "
        "SO.\n"
        "\n"
        "Section 9. Limitation of Liability.\n"
        "UNLESS THE LAW REQUIRES IT OR A CONTRIBUTOR HAS AGREED TO IT IN WRITING, NO CONTRIBUTOR IS "
        "LIABLE TO YOU FOR DAMAGES OF ANY KIND, DIRECT OR INDIRECT, ARISING FROM THIS LICENSE OR FROM "
        "THE USE OR INABILITY TO USE THE MODEL.\n"
        "\n"
        "Section 10. Offering Warranty or Support.\n"
        "When You redistribute the Model or a Derivative Work, You may charge for support, warranty, "
        "indemnity or other obligations, but only on Your own behalf and on Your sole responsibility.\n"
        "\n"
        "Section 11. Termination for Breach.\n"
        "If You fail to comply with Section 5, Your licenses under this License end, unless You cure "
        "the failure within 30 days after You become aware of it.\n"
        "\n"
        "Section 12. Governing Law.\n"
        "This License is governed by the laws of the State of New York, without regard to its "
        "conflict-of-laws provisions.\n"
        "\n"
        "END OF TERMS AND CONDITIONS\n"
        "\n"
        "APPENDIX: How to apply this License to your own model\n"
        "\n"
        "To release a model of your own under this License, put the following notice in its README, "
        "replacing the bracketed fields:\n"
        "\n"
        "  Copyright [year] [name of copyright owner]. Licensed under the Galloway Open Model "
        "License, Version 1.0. You may obtain a copy of the License from the file LICENSE distributed "
        "with this model.\n",
        "restricted",
        None,
    ),
    "no government agency beyond export law": (
        "Marrick Vale Open Model Terms\n"
        "\n"
        "Model: Corriemoor-Speech 3 (speech recognition and speech synthesis)\n"
        "Last updated: 14 October 2025\n"
        "\n"
        'These terms are between you and Marrick Vale Technologies LLC ("we", "us", "our"). They '
        "cover the Corriemoor-Speech 3 model and everything we publish with it.\n"
        "\n"
        "1. What these terms cover\n"
        "The terms apply to the model weights, the code for running and fine-tuning them, the voice "
        'prompts we ship as examples, and the documentation. We call all of this "the model".\n'
        "\n"
        "2. Words we use\n"
        '- "Changed version" means anything you make by altering the model, including fine-tuning it '
        "on your own recordings, merging it with another model, or converting it to a different "
        "format.\n"
        '- "Outputs" means transcripts, synthesised audio and other results the model produces.\n'
        '- "Share" means to give or make available a copy to anyone outside your organisation, by any '
        "means.\n"
        '- "You" means you, and the organisation you act for if you accept these terms for it.\n'
        '- "Voice prompt" means a short recording used to set the voice of synthesised speech.\n'
        '- "Documentation" means the model card, the technical report and the setup guide.\n'
        "\n"
        "3. What you may do\n"
        "You may use the model for any purpose, look at how it works, change it, and Share it and "
        "your changed versions, for free or for money. This permission is worldwide, does not cost "
        "anything, and is not exclusive.\n"
        "\n"
        "4. If you share the model\n"
        "- Include these terms, or a link to them, with every copy.\n"
        '- Keep our copyright notice, "Copyright 2025 Marrick Vale Technologies LLC", where it '
        "appears.\n"
        "- Each person you Share with gets the same permission from us directly, on these terms.\n"
        "\n"
        "5. Your changed versions\n"
        "- Mark a changed version clearly as changed, so that its problems are not blamed on us.\n"
        "- You may put your own terms on the changes you make, as long as the parts that come from us "
        "stay under these terms.\n"
        "\n"
        "6. Outputs\n"
        "You own your Outputs. We do not claim them and do not restrict how you use them.\n"
        "\n"
        "7. Export laws and government use\n"
        "You are responsible for complying with the export control and economic sanctions laws of the "
        "United States and of any other country that apply to you. Beyond what those laws require, "
        "you may not provide the model or any changed version of it to, or operate it for, any "
        "government agency, ministry, armed force, police force or intelligence service of any "
        "country, or any organisation acting on behalf of one, and you may not use it yourself to "
        "perform work under a contract with any of them.\n"
        "\n"
        "8. Our names and logos\n"
        "These terms do not give you any right to use our names, logos or trade marks, except to say "
        "truthfully where the model came from. Do not suggest that we sponsor or approve what you "
        "make.\n"
        "\n"
        "9. Feedback\n"
        "If you send us ideas about the model, we may use them freely. You do not have to send us "
        "anything.\n"
        "\n"
        "10. No warranty\n"
        "THE MODEL IS PROVIDED AS IS AND AS AVAILABLE. WE DISCLAIM ALL WARRANTIES, EXPRESS OR "
        "IMPLIED, INCLUDING WARRANTIES THAT TRANSCRIPTS ARE ACCURATE OR THAT SYNTHESISED VOICES ARE "
        "FIT FOR ANY PARTICULAR PURPOSE.\n"
        "\n"
        "11. Limits on our liability\n"
        "TO THE EXTENT THE LAW ALLOWS, WE ARE NOT LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL LOSS, OR "
        "FOR ANY LOSS OF PROFITS OR DATA, ARISING FROM THE MODEL OR THESE TERMS.\n"
        "\n"
        "12. When these terms end\n"
        "If you break these terms, your permission ends. It comes back if you fix the problem within "
        "30 days of learning about it. People you Shared with before keep their permission as long as "
        "they follow these terms.\n"
        "\n"
        "13. Law and courts\n"
        "These terms are governed by the laws of the State of Washington, and disputes about them "
        "will be decided in the state or federal courts in King County, Washington.\n"
        "\n"
        "14. Other things\n"
        "- If part of these terms cannot be enforced, the rest still applies.\n"
        "- We may publish updated terms for future releases of the model. A copy you already have "
        "stays under the terms it came with.\n"
        "\n"
        "15. Contact us\n"
        "Questions about these terms can be sent to opensource@marrickvale.example.\n",
        "restricted",
        "use-restrictions",
    ),
    "naming guidance only against implied endorsement": (
        "# Farrowline Open Model License\n"
        "\n"
        "**Version 1.1** | **Licensor:** Aldercott AI GmbH, Leipzig | **Applies to:** the Wenlock 9B "
        "and Wenlock 27B models\n"
        "\n"
        "## Why this license exists\n"
        "\n"
        "Aldercott trains the Wenlock models and publishes them so that anyone can run, inspect, "
        "adapt and ship them. This license gives you those rights and asks only for credit and "
        "honesty about where a model came from.\n"
        "\n"
        "## 1. Definitions\n"
        "\n"
        '- **"Licensor"** means Aldercott AI GmbH.\n'
        '- **"Model"** means the Wenlock weights, tokenizer, configuration, training and inference '
        "code, and model cards published by the Licensor under this license.\n"
        '- **"Derivative"** means any model or software based on the Model, including fine-tuned, '
        "merged, pruned, quantised and distilled models.\n"
        '- **"Output"** means anything the Model or a Derivative generates.\n'
        '- **"You"** means any person or organisation using this license, of any size and in any '
        "field.\n"
        "\n"
        "## 2. Your rights\n"
        "\n"
        "The Licensor grants You a worldwide, royalty-free, non-exclusive and irrevocable license to "
        "use, copy, study, modify and distribute the Model and Derivatives, to sublicense them, and "
        "to sell them or services built on them, for any purpose.\n"
        "\n"
        "## 3. Sharing the Model\n"
        "\n"
        "1. Include this license, or a link to it, with every copy of the Model or a Derivative that "
        "You distribute.\n"
        '2. Keep the copyright notice "Copyright 2025 Aldercott AI GmbH" in the files where it '
        "appears.\n"
        "3. If You distribute a Derivative, mention in its model card that it was changed from the "
        "Model.\n"
        "4. You may license Your own changes under any terms, including proprietary terms.\n"
        "\n"
        "## 4. Credit\n"
        "\n"
        "When You publish a Derivative, give credit to the Licensor in its model card, for example "
        '"Fine-tuned from Wenlock 9B by Aldercott AI". A credit in that form is enough.\n'
        "\n"
        "## 5. Naming your Derivatives\n"
        "\n"
        'You are free to name Your Derivatives as You like. You may use "Wenlock" in the name of a '
        'Derivative to show its origin, for example "Acme-Med, a Wenlock fine-tune". You may not name '
        "or present a Derivative in a way that suggests the Licensor made it, reviewed it or endorses "
        "it, and You may not call it an official Wenlock release. The Licensor does not require You "
        'to put "Wenlock" or any other of its names in the name of a Derivative.\n'
        "\n"
        "## 6. Outputs\n"
        "\n"
        "The Licensor has no rights in Outputs. You may use them for anything, including to train "
        "other models.\n"
        "\n"
        "## 7. Trademarks\n"
        "\n"
        "Apart from the uses described in sections 4 and 5, this license does not grant any right to "
        "use the Licensor's trade names, trademarks or logos.\n"
        "\n"
        "## 8. Patents\n"
        "\n"
        "Aldercott does not hold patents on the Model. If it acquires any, it will not assert them "
        "against anyone for using, modifying or distributing the Model or Derivatives.\n"
        "\n"
        "## 9. Disclaimer\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING '
        "THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT.\n"
        "\n"
        "## 10. Liability\n"
        "\n"
        "To the extent permitted by law, the Licensor is not liable for any damages arising from the "
        "Model, a Derivative or an Output. This does not limit liability for intent or gross "
        "negligence, which German law does not allow to be excluded.\n"
        "\n"
        "## 11. Termination\n"
        "\n"
        "If You breach this license, Your rights under it end automatically. They are reinstated if "
        "You cure the breach within 30 days of discovering it. Recipients of copies from You are not "
        "affected.\n"
        "\n"
        "## 12. Governing law\n"
        "\n"
        "This license is governed by the laws of the Federal Republic of Germany. The courts of "
        "Leipzig have jurisdiction, where the law permits such an agreement.\n"
        "\n"
        "## 13. Versions of this license\n"
        "\n"
        "The Licensor may publish new versions of this license. A copy of the Model You have obtained "
        "stays under the version it came with, unless You choose to follow a later one.\n",
        "open-non-osi",
        None,
    ),
    "notice file and third-party components": (
        "KESTREL BAY MODEL LICENSE AGREEMENT\n"
        "Halloran Systems Corp. - Tarnmoor-Vision 3\n"
        "\n"
        "1. DEFINITIONS\n"
        '1.1 "Agreement" means this Kestrel Bay Model License Agreement.\n'
        '1.2 "Halloran" means Halloran Systems Corp., a corporation organised under the laws of '
        "Ontario, Canada.\n"
        '1.3 "Model" means the Tarnmoor-Vision 3 weights, the preprocessing and inference code, the '
        "configuration files and the documentation that Halloran distributes under this Agreement.\n"
        '1.4 "Derivative" means any modification of the Model and any work that contains the Model or '
        "is based on it, including models trained from its weights.\n"
        '1.5 "Distribution" means making a copy of the Model or a Derivative available to a third '
        'party, and "Distribute" has a corresponding meaning.\n'
        '1.6 "NOTICE File" means the text file named NOTICE that Halloran includes with the Model.\n'
        '1.7 "You" means the individual or entity exercising rights under this Agreement.\n'
        "\n"
        "2. LICENSE GRANT\n"
        "2.1 Halloran grants You a worldwide, non-exclusive, royalty-free, perpetual license to use, "
        "reproduce, study, modify, prepare Derivatives of, publicly display, Distribute and "
        "sublicense the Model and Derivatives, for any purpose.\n"
        "2.2 Each recipient of the Model or a Derivative automatically receives a license from "
        "Halloran on the terms of this Agreement.\n"
        "\n"
        "3. REDISTRIBUTION AND NOTICES\n"
        "3.1 When You Distribute the Model or a Derivative, You shall include a copy of this "
        "Agreement.\n"
        "3.2 The NOTICE File lists the attribution notices of Halloran and of the third-party "
        "components contained in the Model. When You Distribute the Model or a Derivative, You shall "
        "pass on the notices from the NOTICE File that relate to what You Distribute, either in a "
        "NOTICE file of Your own or in the documentation that accompanies it.\n"
        "3.3 You may add Your own attribution notices next to those from the NOTICE File, provided "
        "they cannot be read as changing this Agreement.\n"
        "3.4 You shall cause any modified files to carry a notice stating that You changed them.\n"
        "3.5 You may provide Your own license terms for Your modifications and for Derivatives as a "
        "whole, provided that Your use and Distribution of the Model itself complies with this "
        "Agreement.\n"
        "\n"
        "4. THIRD-PARTY COMPONENTS\n"
        "4.1 The Model contains an image tokenizer licensed under the MIT License and a data loader "
        "licensed under the BSD 3-Clause License. Those components are governed by their own "
        "licenses, copies of which are in the LICENSES folder, and nothing in this Agreement limits "
        "the rights those licenses give You.\n"
        "\n"
        "5. OUTPUTS\n"
        "5.1 Halloran claims no rights in bounding boxes, masks, labels, captions or other results "
        "generated by the Model. They are Yours.\n"
        "\n"
        "6. NAMES OF DERIVATIVES\n"
        "6.1 You may Distribute a Derivative under a name of Your choice. If the name refers to "
        "Tarnmoor-Vision, the Derivative's documentation shall make clear that it is not an official "
        "Halloran release.\n"
        "\n"
        "7. TRADEMARKS\n"
        "7.1 This Agreement does not grant permission to use Halloran's trade names, trademarks or "
        "logos, except so far as is reasonable and usual to say where the Model comes from and to "
        "reproduce the NOTICE File.\n"
        "\n"
        "8. PATENTS\n"
        "8.1 Halloran grants You a license under its patent claims that read on the Model to make, "
        "use, sell, offer for sale, import and otherwise dispose of the Model and Derivatives.\n"
        "\n"
        "9. DISCLAIMER OF WARRANTY\n"
        '9.1 THE MODEL IS PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, '
        "EXPRESS OR IMPLIED, INCLUDING ANY WARRANTIES OR CONDITIONS OF TITLE, NON-INFRINGEMENT, "
        "MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.\n"
        "\n"
        "10. LIMITATION OF LIABILITY\n"
        "10.1 IN NO EVENT SHALL HALLORAN BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL OR "
        "CONSEQUENTIAL DAMAGES ARISING IN ANY WAY OUT OF THE USE OF THE MODEL, EVEN IF ADVISED OF THE "
        "POSSIBILITY OF SUCH DAMAGES.\n"
        "\n"
        "11. TERM AND TERMINATION\n"
        "11.1 This Agreement remains in effect until terminated.\n"
        "11.2 Your rights under this Agreement terminate automatically if You fail to comply with "
        "Section 3 and do not cure the failure within thirty (30) days after becoming aware of it.\n"
        "11.3 Licenses granted to recipients who received copies from You survive the termination of "
        "Your rights, provided those recipients comply with this Agreement.\n"
        "\n"
        "12. GOVERNING LAW\n"
        "12.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws "
        "of Canada applicable there.\n"
        "\n"
        "13. GENERAL\n"
        "13.1 You are responsible for complying with the export control laws that apply to Your "
        "Distribution of the Model.\n"
        "13.2 If any provision of this Agreement is unenforceable, it shall be reformed only to the "
        "extent needed to make it enforceable, and the remainder shall continue in effect.\n"
        "13.3 This Agreement is the complete agreement concerning its subject matter.\n"
        "13.4 Section headings are for reference only.\n"
        "\n"
        "14. CONTACT\n"
        "14.1 Questions about this Agreement may be addressed to opensource@halloran.example.\n",
        "open-non-osi",
        None,
    ),
    "patent defence limited to suits over the model": (
        "ASHGILL OPEN WEIGHTS LICENSE\n"
        "Version 1.0 - Licensor: Ashgill Quantum Labs, Inc. - Model: Ravensworth-Chem 8B\n"
        "\n"
        "Ravensworth-Chem 8B is a language model for chemistry and materials science. Ashgill "
        "publishes it under this license so that laboratories, companies and individuals can use and "
        "improve it freely.\n"
        "\n"
        "Section 1. Definitions\n"
        '1.1 "Licensor" means Ashgill Quantum Labs, Inc.\n'
        '1.2 "Model" means the Ravensworth-Chem 8B weights, tokenizer, configuration, training code '
        "and documentation published under this license.\n"
        '1.3 "Contributor" means the Licensor and any person whose change to the Model the Licensor '
        "has accepted into a release.\n"
        '1.4 "Derivative" means any work based on the Model, including fine-tuned, merged, quantized '
        "or distilled models.\n"
        '1.5 "You" means any individual or legal entity exercising rights under this license.\n'
        '1.6 "Output" means any molecule, reaction prediction, property estimate, text or other '
        "result generated by the Model or a Derivative.\n"
        "\n"
        "Section 2. Copyright License\n"
        "Each Contributor grants You a worldwide, non-exclusive, royalty-free, irrevocable copyright "
        "license to use, reproduce, study, modify, create Derivatives of, sublicense and distribute "
        "the Model and Derivatives, for any purpose.\n"
        "\n"
        "Section 3. Patent License\n"
        "Each Contributor grants You a worldwide, non-exclusive, royalty-free patent license, under "
        "the patent claims it can license that its contribution to the Model would infringe, to make, "
        "have made, use, sell, offer for sale, import and otherwise transfer the Model and "
        "Derivatives.\n"
        "\n"
        "Section 4. Patent Defense\n"
        "Should You bring a claim, counterclaim or cross-claim in any court or agency asserting that "
        "the Model itself, or a change to it that a Contributor made, infringes a patent, the patent "
        "licenses You received under Section 3 end on the day You bring it. Your copyright license "
        "under Section 2 is not affected by this Section, and nor is any claim You bring about any "
        "other product, model or technology.\n"
        "\n"
        "Section 5. Redistribution\n"
        "5.1 Give each recipient a copy of this license.\n"
        "5.2 Keep the copyright, patent and attribution notices that come with the Model.\n"
        "5.3 State in a Derivative's documentation that it has been modified.\n"
        "5.4 You may distribute Derivatives under this license or under any other terms You choose, "
        "provided that the copy of the Model inside them keeps its notices.\n"
        "5.5 You may charge a fee for the copies You distribute and for any support You offer.\n"
        "\n"
        "Section 6. Attribution\n"
        "If You publish results obtained with the Model, Ashgill would appreciate a citation of the "
        "Ravensworth-Chem technical report. This is a courtesy, not a condition of this license.\n"
        "\n"
        "Section 7. Names of Derivatives\n"
        "A Derivative may be given any name. Please do not give it a name that could be confused with "
        "an official Ravensworth release.\n"
        "\n"
        "Section 8. Outputs\n"
        "Molecules, reaction predictions, text and other outputs of the Model are not covered by this "
        "license and belong to You.\n"
        "\n"
        "Section 9. Trademarks\n"
        "This license does not grant rights in the Licensor's trademarks, except for the use needed "
        "to describe the origin of the Model.\n"
        "\n"
        "Section 10. Disclaimer\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN PARTICULAR, THE LICENSOR '
        "DOES NOT WARRANT THAT ANY PREDICTED COMPOUND IS SAFE TO SYNTHESIZE OR HANDLE.\n"
        "\n"
        "Section 11. Limitation of Liability\n"
        "TO THE MAXIMUM EXTENT PERMITTED BY LAW, NO CONTRIBUTOR SHALL BE LIABLE FOR ANY DAMAGES "
        "ARISING FROM THE MODEL OR THIS LICENSE.\n"
        "\n"
        "Section 12. Termination\n"
        "If You fail to comply with Section 5, Your rights under this license end. They are "
        "reinstated if You cure the failure within 30 days after the Licensor notifies You of it.\n"
        "\n"
        "Section 13. Governing Law\n"
        "This license is governed by the laws of the Commonwealth of Massachusetts, excluding its "
        "conflict-of-laws rules.\n"
        "\n"
        "Section 14. Miscellaneous\n"
        "14.1 If any provision of this license is held unenforceable, the remaining provisions remain "
        "in effect.\n"
        "14.2 No failure or delay in exercising a right under this license is a waiver of that right.\n"
        "14.3 This license is the entire agreement between You and the Licensor concerning the Model.\n"
        "\n"
        "Section 15. Contact\n"
        "Questions about this license may be sent to oss@ashgill.example.\n",
        "open-non-osi",
        None,
    ),
    "safety guide that binds nothing": (
        "Tindale Community Model Licence\n"
        "For the Cauldstane-Agent 20B model, published by Greywether Systems Ltd, Edinburgh\n"
        "\n"
        "1. Who this is between\n"
        'This licence is between Greywether Systems Ltd ("Greywether", "we") and anyone who uses, '
        'changes or shares Cauldstane-Agent 20B ("you").\n'
        "\n"
        "2. Meanings\n"
        '(a) "The model" means the Cauldstane-Agent 20B weights, the tool-calling harness, the '
        "configuration files and the documentation we publish.\n"
        '(b) "A changed version" means any model or software made by altering the model or building '
        "on it, including fine-tuned and merged models.\n"
        '(c) "Outputs" means text, tool calls, plans and other results that the model or a changed '
        "version produces.\n"
        '(d) "The Safety Guide" means the document set out in Appendix A.\n'
        "\n"
        "3. What you may do\n"
        "You may, for any purpose and without paying us, use the model, study how it works, change "
        "it, make changed versions, and share the model and changed versions with anyone, free or for "
        "a fee. These rights are worldwide, non-exclusive and cannot be withdrawn while you keep to "
        "section 4.\n"
        "\n"
        "4. Sharing\n"
        "(a) Include this licence with every copy you share.\n"
        '(b) Keep our copyright line, "Copyright 2025 Greywether Systems Ltd", where it appears.\n'
        "(c) Say in the documentation of a changed version that it has been changed.\n"
        "(d) You may share your own changes under any licence you choose.\n"
        "\n"
        "5. Credit\n"
        "Please credit Greywether in the documentation of products built on the model. A line such as "
        '"uses Cauldstane-Agent 20B" is enough.\n'
        "\n"
        "6. Names of changed versions\n"
        "You may give a changed version any name, as long as it does not suggest that Greywether made "
        "or approved it.\n"
        "\n"
        "7. Outputs\n"
        "Outputs belong to you. We place no conditions on them.\n"
        "\n"
        "8. The Safety Guide\n"
        "The Safety Guide is guidance only. It is not part of the conditions of this licence, it does "
        "not limit any right in section 3, and nothing happens to your licence if you do not follow "
        "it. We may revise the Safety Guide whenever we like; a revision never changes this licence.\n"
        "\n"
        "9. Trade marks\n"
        "This licence gives you no right to use the Greywether or Cauldstane names or logos, except "
        "to say truthfully that your work uses or is based on the model.\n"
        "\n"
        "10. No warranty\n"
        "THE MODEL IS PROVIDED AS IT IS, WITHOUT ANY WARRANTY. AN AGENT CAN TAKE ACTIONS THAT HAVE "
        "REAL EFFECTS, AND WE DO NOT WARRANT THAT ITS ACTIONS WILL BE CORRECT, SAFE OR REVERSIBLE.\n"
        "\n"
        "11. Liability\n"
        "So far as the law allows, we are not liable for any loss caused by the model, a changed "
        "version or any Outputs. Nothing in this licence excludes liability that cannot be excluded "
        "under the law of Scotland.\n"
        "\n"
        "12. Ending\n"
        "If you break section 4, your rights end. They come back if you put the breach right within "
        "30 days of finding out about it.\n"
        "\n"
        "13. Law\n"
        "This licence is governed by the law of Scotland, and the Scottish courts have jurisdiction.\n"
        "\n"
        "14. General\n"
        "(a) If a court finds part of this licence unenforceable, the rest still applies.\n"
        "(b) We may publish new versions of this licence for future releases. Copies you already have "
        "stay under the version they came with.\n"
        "(c) Questions about this licence can be sent to licensing@greywether.example.\n"
        "\n"
        "Appendix A - Safety Guide (not binding)\n"
        "Our suggestions for running an agent safely:\n"
        "- Run the agent in a sandbox with the fewest permissions it needs.\n"
        "- Keep a person in the loop for actions that cannot be undone, such as payments, deletions "
        "or messages sent in someone's name.\n"
        "- Log every tool call and review the logs.\n"
        "- Avoid letting the agent decide on people's access to credit, housing or jobs without a "
        "human review.\n"
        "- Test changed versions against the prompt-injection cases in our evaluation suite before "
        "you deploy them.\n"
        "These are recommendations. They create no obligation and limit no right under this licence.\n",
        "open-non-osi",
        None,
    ),
}
