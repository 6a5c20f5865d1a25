# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 65: twelve model licences that state their limits as the grant's scope rather than as prohibitions.
Vendors often do not write "you may not": they say what the licence does not cover, reach, include or extend to, what
falls outside its scope, what the grant excludes or what nothing in it authorises, what the rights are limited or
confined to; they list exhaustively what the licence covers ("This licence covers only: (a) ...; (b) ..."), carve a
use out of the definition of the licensed use, put an "Out of scope" list in a Markdown licence, a column "Outside
scope" in a table, or the limit in a footnote to the grant. A reader understands "the licence does not extend to X" as
"X is not permitted" and "the rights are limited to X" as "only X", so such a sentence takes a freedom away exactly as
a prohibition would, when what it leaves out is a doing (a use, a way of sharing or changing the model). What it leaves
out may instead be a thing the licence never needed to give for the freedoms to be whole (the licensor's trademarks, a
third-party component under its own licence, the outputs it claims nothing over, warranties and support): that takes
no freedom away. Eight take something away, each expecting a different blocking type of the README's clause-type
table: non-commercial, research-only, user-threshold, no-redistribution, output-training-ban,
geographic-restriction, use-restrictions and no-modification. Four are open controls, each a near miss of one
restricted text with the same layout and wording style (the exhaustive list, the Markdown "Out of scope" list, "the
foregoing grant excludes", the scope table), what is left out of the grant being files, marks, third-party
components, outputs or warranties. Each expectation is decided from the README's definitions (the verdict table:
`restricted` "commercial use is allowed, but at least one clause below blocks open source", `non-commercial`
"commercial use is not allowed", `research-only` "only research or evaluation use is allowed (beats non-commercial,
which beats restricted)", `open-non-osi` "open terms with no blocking clause, but not OSI-approved"; the clause-type
table) and the frameworks' rules (OSAID's freedoms to use the system for any purpose without having to ask for
permission, to study how it works, to modify it for any purpose and to share it with or without modifications, for
any purpose; the Open Source Definition's free redistribution (1), derived works (3), integrity of the author's source
code, which allows changes to be marked (4), no discrimination against persons or groups (5) or fields of endeavour
(6); the G7 labels, Weights Available being the label for "commercial, geographical, or usecase restrictions"; the EU
AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence that asks only for credit and
comparable distribution terms), never from what opengauge reads. Every name, company, product, URL and figure is
invented (the governing laws and places are real; the domains end in `.example`; the MIT and BSD 3-Clause licences are
named only for a control's third-party components, as vendors name them, never copied). No text is a catalog licence,
so an open text is `open-non-osi`.

- "the grant sentence itself: a licence that does not extend to any Commercial Use": the Ashcombe-Lyra 9B Model License
  Agreement of a Delaware corporation, in numbered US legalese: "Commercial Use" defined (use in or with a product or
  service sold, licensed for a fee or supported by advertising, in the internal business operations of a for-profit
  entity, or otherwise for commercial advantage or monetary compensation), and the grant itself, section 2: "a
  worldwide, non-exclusive, royalty-free license to use, reproduce, study, modify and distribute the Model and
  Derivatives, which license does not extend to any Commercial Use"; copies carry the Agreement and a notice, and
  licensees who wish to make Commercial Use "may contact Ashcombe" (non-commercial, non-commercial: the README's "you
  may not use it to make money", stated as the reach of the grant in the grant's own sentence; an offer to talk about a
  commercial licence lets nothing in; OSAID's use "for any purpose", the Open Source Definition's (6); any
  non-commercial use is licensed, not only research, so not research-only).
- "an exhaustive list of what the licence covers: research and evaluation only": the Keswin-7B Research Licence of a
  university lab, in plain language: "This licence covers only: (a) running Keswin-7B ... to carry out research ...;
  (b) evaluating and benchmarking ...; (c) studying and changing the weights ... for (a) and (b); and (d) sharing
  copies ... for (a) to (c)", then "Anything not on that list falls outside this licence. In particular, it does not
  cover putting Keswin-7B or a derived model into production, offering it in or as a product or service, or using it
  for any commercial purpose", with "write to us ... first" for those (research-only, research-only: the README's
  "only research, evaluation or other non-production use", which beats non-commercial; every freedom is granted but
  only within research and evaluation; OSAID's use "for any purpose ... without having to ask for permission", the
  Open Source Definition's (6), the G7 labels' "usecase restrictions").
- "a carve-out in the definition of Licensed Use: Large-Scale Deployments (user cap)": the Dene-14B Licence of an
  English company, in British legalese with an interpretation clause: "Licensed Use" means "any use of the Model and of
  Derivatives, whether commercial or non-commercial, including their reproduction, study, modification and
  distribution, but excluding any Large-Scale Deployment", a Large-Scale Deployment being any use by or for a person
  whose products and services, with its Affiliates', "had more than 2,000,000 monthly active users in any calendar
  month", and the grant, clause 2, "a worldwide, non-exclusive, royalty-free, perpetual licence to the Model and to
  Derivatives for the Licensed Use" (restricted, user-threshold: the README's "above a number of users you lose the
  rights or need another license", reached only by joining the grant to two definitions; the Open Source Definition's
  no discrimination against persons or groups (5), OSAID's use "without having to ask for permission"; commercial use
  below the cap is licensed, so not non-commercial).
- "a Markdown "Out of scope" list: passing the weights on": the Skerrow-TTS 2 Licence of a Danish company, Markdown
  with bullets: "What you can do" lets anyone use the model for anything, commercial included, look inside it and change
  it, free and without asking; "## Out of scope" / "This licence does not cover:" / "**Passing the weights on.**
  Sharing, re-uploading, mirroring or otherwise distributing the weights, original or fine-tuned, to anyone else: on a
  model hub, in a torrent, or bundled inside an app or a device you ship. Everyone who wants the weights downloads them
  from us", beside "**Our name.**" (the trademarks), and a hosted service "is fine: you are not passing on the weights"
  (restricted, no-redistribution: the README's "you may not pass the model on"; the Open Source Definition's free
  redistribution (1) and derived works distributed under the same terms (3), OSAID's freedom to share "with or without
  modifications, for any purpose"; commercial use is allowed).
- ""the foregoing grant excludes": training other models on the model or its outputs": the Velindra-Code 20B Licence
  Agreement of a Singapore company, numbered legalese: 2.1 grants use, reproduction, study, modification, Derivatives,
  distribution and sublicensing "for any purpose, including commercial purposes", and 2.2 "Exclusions. The foregoing
  grant excludes, and no licence is granted for, the use of the Model, any Derivative or any Output to train, fine-tune,
  distil or otherwise develop or improve any machine learning model other than the Model and its Derivatives", with the
  usual reservation of rights not granted, copies carrying the Agreement, modified files marked, and no ownership
  claimed in Outputs (restricted, output-training-ban: the README's "the model or its outputs may not train or improve
  other models"; OSAID's use and modification "for any purpose", the Open Source Definition's (6); commercial use is
  allowed).
- "a scope table with an "Outside scope" column: every country but two": the Coorabell-7B Model Licence of an
  Australian company: clause 1 grants use, copying, study, modification and distribution "within the scope set out in
  the table in clause 2", and the table's rows (Aspect / Within scope / Outside scope): any purpose, commercial
  included; any number of users; derived models and sharing them; and "Territory | Use, hosting and distribution in
  Australia and New Zealand | Use, hosting or distribution in any other country" (restricted, geographic-restriction:
  the README's "some places are excluded, or use is limited to one country"; the Open Source Definition's (5), OSAID's
  use "for any purpose", the G7 labels' "geographical" restrictions; commercial use is allowed).
- ""Nothing herein authorises": listed uses outside the grant": the Clonmara-Vision 4B Licence of an Irish company, in
  legalese: clause 2 grants use, reproduction, examination, modification, adaptation and distribution "for commercial
  or non-commercial purposes", and clause 4, "LIMITS OF THIS LICENCE": "4.1 Nothing herein authorises any person to use
  the Model or any Derivative for:" weapons, biometric identification of people in publicly accessible spaces or their
  covert tracking, deciding eligibility for credit, insurance, housing or employment, and sexual imagery of a real
  person without consent; "4.2 Any such use falls outside the licence granted in clause 2, and a person who makes it
  does so without any licence from Clonmara" (restricted, use-restrictions: the README's "purposes or fields you may not
  use the model for"; the Open Source Definition's no discrimination against fields of endeavour (6), OSAID's use "for
  any purpose", the G7 labels' "usecase restrictions"; that some of the uses are unlawful in places does not make a
  licence's refusal of them open; commercial use is allowed).
- "a footnote to the grant: the rights do not reach any modified version": the Harlow-Embed 300M licence of a Montreal
  company, five short numbered paragraphs: 1 lets anyone "use, copy and redistribute Harlow-Embed 300M for any purpose,
  commercial or non-commercial, ... at no cost.[1]", 3 lets them inspect the weights and publish what they learn, and
  the footnote below a rule: "[1] The rights in section 1 are limited to the model as we release it. They do not reach
  any modified version: fine-tuning, retraining, pruning, merging, quantising or distilling the weights, or building
  any other model from them, is outside this licence, and no licence is granted to distribute a modified copy"
  (restricted, no-modification: the README's "you may not modify it or make derivatives"; the Open Source Definition's
  derived works (3), OSAID's freedom to modify "for any purpose"; the integrity clause (4) allows asking for changes to
  be marked, not refusing them; commercial use is allowed).
- "an exhaustive list of what the licence covers: files, not uses" (control of the second): the Fellgate-7B Licence of
  a university group, the same layout and plain language: "This licence covers only: (a) the model weights in the
  `weights/` folder; (b) the tokenizer files ...; (c) the configuration files ...; and (d) models you derive from (a) to
  (c)", "Anything not on that list falls outside this licence. In particular, it does not cover the Fellgate University
  name and crest, or the third-party evaluation scripts in `third_party/`, which come with their own licences", and
  "Within that scope you may use, study, change and share Fellgate-7B ..., for any purpose: research, teaching,
  production use, products and services you sell, or anything else, free of charge and without asking us", a copy of
  the licence with shared copies (open-non-osi: the exhaustive list names artifacts, not uses, and what it leaves out,
  a name and crest and other authors' scripts under their own licences, takes no freedom from the model; every freedom
  of OSAID is granted for any purpose; the only duty is to pass the licence on, which the Open Source Definition and
  Recital 102 allow; the citation is asked, not required).
- "a Markdown "Out of scope" list: the name, a third-party phonemizer, support" (control of the fourth): the Lunby-TTS 2
  Licence, the same Markdown; "What you can do" adds "Pass it on: share the weights, original or fine-tuned, with
  anyone, on a model hub, in a torrent, or bundled inside an app or a device you ship. Include this licence when you
  do", and "Out of scope" lists only "**Our name.**" (the trademarks), "**The phonemizer in `third_party/`.** It is
  someone else's code, under its own licence" and "**Support and warranties.**" (open-non-osi: a licence need not give
  the licensor's marks, another author's component is under its own terms, and no warranty or support is the usual
  disclaimer; the four freedoms are granted for any purpose; passing the licence on is attribution).
- ""the foregoing grant excludes": the licensor's marks and third-party components" (control of the fifth): the
  Tessaly-Code 20B Licence Agreement, the same numbered legalese, grant and reservation; 2.2 "Exclusions. The foregoing
  grant excludes, and no licence is granted for, the Licensor's trade marks, service marks, trade names and logos, and
  the third-party software components listed in Schedule 1, each of which is licensed by its own author under the
  licence named there", and clause 4: "The Licensor claims no ownership of Outputs, and this Agreement places no
  restriction on their use"; Schedule 1 names two components under the MIT and BSD 3-Clause licences (open-non-osi: the
  exclusion takes out marks and other authors' components, no use of the model; the reservation of rights not granted
  reserves nothing once every freedom is granted; copies carry the Agreement and modified files are marked, both
  allowed by the Open Source Definition (4) and Recital 102).
- "a scope table with an "Outside scope" column: outputs and warranties only" (control of the sixth): the Tallowood-7B
  Model Licence, the same grant "within the scope set out in the table in clause 2" and the same table; the territory
  row reads "Use, hosting and distribution anywhere in the world | —", and the only cells of the "Outside scope" column
  are "Text you generate with Tallowood-7B: it is yours, and this licence claims nothing over it" and "Any warranty,
  support or maintenance (see clause 4)" (open-non-osi: outputs the licence claims nothing over and a warranty it does
  not give take away no freedom to use, study, modify or share the model; the only duty is the licence and notice with
  copies, attribution).

Written blind, before any rule changed. First run (on commit 6087470): 7 of 12 right. Right: the grant sentence that
does not extend to any Commercial Use (non-commercial, from the grant itself, line 16; all four freedoms granted from
it); the carve-out in the definition of Licensed Use (restricted, user-threshold from the definition of a Large-Scale
Deployment, line 13, with a use-restrictions clause besides from the grant "for the Licensed Use", line 21;
attribution from clause 3, line 25); "Nothing herein authorises" (restricted, use-restrictions from item (a), line 25,
and 4.2, line 30; attribution from clause 3, line 19); and all four controls (open-non-osi, no blocking clause; the
Fellgate list's "please cite" request, line 24, and Tessaly's 3.1, line 23, gave attribution).

Two restricted texts read MORE open than expected, as open, the most serious misses:
- "a Markdown "Out of scope" list: passing the weights on" (expected restricted, no-redistribution): `open-non-osi`,
  "the text grants all four freedoms (use, study, modify, share) and no clause blocks open source"; no clause at all
  and nothing unclassified: the bullet under "This licence does not cover:", line 18, "**Passing the weights on.**
  Sharing, re-uploading, mirroring or otherwise distributing the weights, ... to anyone else ...", was not read, and
  share was read as granted from the use bullet, line 9, "Use Skerrow-TTS 2 for anything you like: ... in apps and
  services you sell." (study and modify from line 11).
- "a scope table with an "Outside scope" column: every country but two" (expected restricted,
  geographic-restriction): `open-non-osi`, all four freedoms granted from clause 1, line 7, no clause: the table's row
  "| Territory | Use, hosting and distribution in Australia and New Zealand | Use, hosting or distribution in any other
  country |", line 15, gave nothing and was not listed as unclassified.

One read blocked but less narrowly than expected (commercial use said to be allowed):
- "an exhaustive list of what the licence covers: research and evaluation only" (expected research-only):
  `restricted`, "commercial use is allowed but 1 clause restricts it": use-restrictions from line 16, "In particular, it
  does not cover putting Keswin-7B or a derived model into production, offering it in or as a product or service, or
  using it for any commercial purpose." (neither research-only from "This licence covers only: (a) ... research ...;
  (b) evaluating and benchmarking ...", lines 11 to 14, nor non-commercial from "using it for any commercial purpose"
  was found); attribution from the "please cite" request, line 20.

Two read `unknown`, not open:
- ""the foregoing grant excludes": training other models on the model or its outputs" (expected restricted,
  output-training-ban): `unknown`, "the text states terms opengauge cannot classify (line 17: "The foregoing grant
  excludes, and no licence is granted for, the use of the Model, any Derivative or any Output to train, ...")"; the one
  clause found is attribution from 3.1, line 23; all four freedoms granted from 2.1, line 15.
- "a footnote to the grant: the rights do not reach any modified version" (expected restricted, no-modification):
  `unknown`, "the text grants the freedom to use, share but says nothing of modify, and does not say the rest is
  reserved"; no clause: the footnote, line 18, "[1] The rights in section 1 are limited to the model as we release it.
  They do not reach any modified version: ... is outside this licence, and no licence is granted to distribute a
  modified copy.", was not read as no-modification nor listed as unclassified; use and share granted from section 1,
  line 7, study and modify not stated.

What changed (session of 2026-12-07), each for its general cause, with near misses in
`tests/licenses/test_round65_rules.py`: the grant's scope (`licenses/grantscope.py`, written after round 64's review)
is also read over a list its lead-in introduces ("This licence does not cover:" and its items, "This licence covers
only:" and its purposes), in a table column of what is out of scope, after "no licence is granted for", with "the
foregoing grant" as subject, and through a pronoun that carries the grant on ("They do not reach any modified
version", "In particular, it does not cover ..."); a changed model or any other country refused in the passive is
no-modification or geographic-restriction. Items that are things (files) or the licensor's marks take nothing
away. 12 of 12 now; corpus 64 of 64, ScanCode DB 0 of 2,086 moved.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "the grant sentence itself: a licence that does not extend to any Commercial Use": (
        "ASHCOMBE-LYRA 9B MODEL LICENSE AGREEMENT\n"
        "Version 1.0 - Effective March 2, 2026\n"
        "\n"
        'This Model License Agreement (the "Agreement") is entered into by Ashcombe Labs, Inc., a Delaware corporation ("Ashcombe"), and the person or entity that downloads, uses or distributes the Model ("Licensee").\n'
        "\n"
        "1. DEFINITIONS\n"
        "\n"
        '1.1 "Model" means the Ashcombe-Lyra 9B model weights, tokenizer and configuration files made available by Ashcombe at https://ashcombe.example/lyra, and any portion of them.\n'
        "\n"
        '1.2 "Derivative" means any model created by modifying, fine-tuning, quantizing, merging or distilling the Model, in whole or in part.\n'
        "\n"
        '1.3 "Commercial Use" means any use (a) in or in connection with a product or service that is sold, licensed for a fee or supported by advertising, (b) in the internal business operations of a for-profit entity, or (c) otherwise intended for or directed toward commercial advantage or monetary compensation.\n'
        "\n"
        "2. LICENSE GRANT\n"
        "\n"
        "Subject to the terms of this Agreement, Ashcombe hereby grants to Licensee a worldwide, non-exclusive, royalty-free license to use, reproduce, study, modify and distribute the Model and Derivatives, which license does not extend to any Commercial Use.\n"
        "\n"
        "3. DISTRIBUTION\n"
        "\n"
        'Licensee may distribute copies of the Model or of a Derivative, provided that Licensee includes a complete copy of this Agreement with each copy and retains the notice "Ashcombe-Lyra 9B is licensed under the Ashcombe-Lyra 9B Model License Agreement. Copyright (c) 2026 Ashcombe Labs, Inc."\n'
        "\n"
        "4. COMMERCIAL LICENSES\n"
        "\n"
        "Licensees who wish to make Commercial Use of the Model or of a Derivative may contact Ashcombe at licensing@ashcombe.example.\n"
        "\n"
        "5. DISCLAIMER OF WARRANTY; LIMITATION OF LIABILITY\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED. IN NO EVENT SHALL ASHCOMBE BE LIABLE FOR ANY DAMAGES ARISING OUT OF OR IN CONNECTION WITH THE MODEL OR THIS AGREEMENT.\n'
        "\n"
        "6. GOVERNING LAW\n"
        "\n"
        "This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.\n",
        "non-commercial",
        "non-commercial",
    ),
    "an exhaustive list of what the licence covers: research and evaluation only": (
        "Keswin-7B Research Licence\n"
        "Computational Language Lab, Thornebury University\n"
        "Version 2, January 2026\n"
        "\n"
        "Keswin-7B is a language model trained by the Computational Language Lab at Thornebury University. We release its weights so that other researchers can reproduce, test and build on our work. This page is the licence: by downloading the weights you agree to it.\n"
        "\n"
        "1. What this licence covers\n"
        "\n"
        "This licence covers only:\n"
        "\n"
        "(a) running Keswin-7B, and models you derive from it, to carry out research, including research you publish;\n"
        "(b) evaluating and benchmarking Keswin-7B and comparing it with other models;\n"
        "(c) studying and changing the weights, and training new models from them, for (a) and (b); and\n"
        "(d) sharing copies of Keswin-7B, or of models you derive from it, with other people for (a) to (c), together with a copy of this licence.\n"
        "\n"
        "Anything not on that list falls outside this licence. In particular, it does not cover putting Keswin-7B or a derived model into production, offering it in or as a product or service, or using it for any commercial purpose. If you want to do any of those things, write to us at keswin@thornebury.example first.\n"
        "\n"
        "2. Credit\n"
        "\n"
        "When you publish work that uses Keswin-7B, please cite the paper listed at https://thornebury.example/keswin.\n"
        "\n"
        "3. No warranty\n"
        "\n"
        "Keswin-7B is a research artefact. It is provided as it is, without any warranty, and neither Thornebury University nor the members of the lab are liable for anything that results from its use.\n",
        "research-only",
        "research-only",
    ),
    "a carve-out in the definition of Licensed Use: Large-Scale Deployments (user cap)": (
        "DENE-14B LICENCE\n"
        "\n"
        'Pellow Dene AI Limited, a company registered in England and Wales ("Pellow Dene"), makes the Dene-14B model available to you on the terms of this Licence.\n'
        "\n"
        "1. INTERPRETATION\n"
        "\n"
        "In this Licence:\n"
        "\n"
        '"Affiliate" means any entity that controls, is controlled by or is under common control with another entity, "control" meaning ownership of more than half of the voting rights;\n'
        "\n"
        '"Derivative" means any model made by fine-tuning, modifying, merging, quantising or distilling the Model;\n'
        "\n"
        '"Large-Scale Deployment" means any use of the Model or of a Derivative, or of a product or service that incorporates or is powered by either of them, by or for a person whose products and services, together with those of its Affiliates, had more than 2,000,000 monthly active users in any calendar month;\n'
        "\n"
        '"Licensed Use" means any use of the Model and of Derivatives, whether commercial or non-commercial, including their reproduction, study, modification and distribution, but excluding any Large-Scale Deployment;\n'
        "\n"
        '"Model" means the Dene-14B weights, tokenizer and configuration files published by Pellow Dene at https://pellowdene.example/dene-14b.\n'
        "\n"
        "2. GRANT\n"
        "\n"
        "Pellow Dene grants you a worldwide, non-exclusive, royalty-free, perpetual licence to the Model and to Derivatives for the Licensed Use.\n"
        "\n"
        "3. NOTICES\n"
        "\n"
        'You must keep this Licence and the notice "Dene-14B (c) 2026 Pellow Dene AI Limited" with every copy of the Model or of a Derivative that you distribute.\n'
        "\n"
        "4. DISCLAIMER\n"
        "\n"
        'The Model is provided "as is". To the extent permitted by law, Pellow Dene gives no warranty and accepts no liability in connection with the Model or this Licence.\n'
        "\n"
        "5. GOVERNING LAW\n"
        "\n"
        "This Licence is governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction over any dispute arising from it.\n",
        "restricted",
        "user-threshold",
    ),
    'a Markdown "Out of scope" list: passing the weights on': (
        "# Skerrow-TTS 2 Licence\n"
        "\n"
        "_Skerrow Sound ApS · version 1.1 · 4 February 2026_\n"
        "\n"
        "Skerrow-TTS 2 is a text-to-speech model with 24 built-in Danish, Norwegian, Swedish and English voices. This licence covers the model weights (`skerrow-tts2.safetensors`), the voice embeddings and the configuration files.\n"
        "\n"
        "## What you can do\n"
        "\n"
        "- Use Skerrow-TTS 2 for anything you like: in your own projects, inside your company, and in apps and services you sell.\n"
        "- Look inside it: read the weights, probe them, publish what you find.\n"
        "- Change it: fine-tune it on your own voices, prune it, quantise it, change it however you want.\n"
        "- There's no fee, and you don't need to ask us.\n"
        "\n"
        "## Out of scope\n"
        "\n"
        "This licence does not cover:\n"
        "\n"
        "- **Passing the weights on.** Sharing, re-uploading, mirroring or otherwise distributing the weights, original or fine-tuned, to anyone else: on a model hub, in a torrent, or bundled inside an app or a device you ship. Everyone who wants the weights downloads them from us at https://skerrow.example/tts2.\n"
        '- **Our name.** "Skerrow" and the Skerrow logo are trademarks of Skerrow Sound ApS; this licence gives you no right to use them.\n'
        "\n"
        "A hosted service built on Skerrow-TTS 2, where your users send text and get audio back, is fine: you are not passing on the weights.\n"
        "\n"
        "## Credit\n"
        "\n"
        'If you ship something built on Skerrow-TTS 2, a line like "Voices by Skerrow-TTS 2" in your credits is appreciated, but not required.\n'
        "\n"
        "## No warranty\n"
        "\n"
        "Skerrow-TTS 2 comes as it is. We don't promise that it works for your purpose, and we aren't liable for what happens when you use it.\n"
        "\n"
        "Questions: licence@skerrow.example\n",
        "restricted",
        "no-redistribution",
    ),
    '"the foregoing grant excludes": training other models on the model or its outputs': (
        "VELINDRA-CODE 20B LICENCE AGREEMENT\n"
        "\n"
        'This Licence Agreement (the "Agreement") is made by Velindra AI Pte. Ltd., a company incorporated in Singapore (the "Licensor"), in favour of any person or entity that exercises any right granted under it (the "Licensee").\n'
        "\n"
        "1. DEFINITIONS\n"
        "\n"
        '1.1 "Model" means the Velindra-Code 20B model, comprising its weights, tokenizer, configuration files and inference code, as made available by the Licensor at https://velindra.example/code-20b.\n'
        "\n"
        '1.2 "Derivative" means any model or other work based on the Model, including any model created by modifying, fine-tuning, merging, quantising or distilling the Model.\n'
        "\n"
        '1.3 "Output" means any code, text or other content generated by the Model or by a Derivative.\n'
        "\n"
        "2. LICENCE\n"
        "\n"
        "2.1 Grant. Subject to this Agreement, the Licensor grants the Licensee a perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce, study, modify, create Derivatives of, distribute and sublicense the Model and Derivatives, for any purpose, including commercial purposes.\n"
        "\n"
        "2.2 Exclusions. The foregoing grant excludes, and no licence is granted for, the use of the Model, any Derivative or any Output to train, fine-tune, distil or otherwise develop or improve any machine learning model other than the Model and its Derivatives.\n"
        "\n"
        "2.3 Reservation. All rights not expressly granted in this Agreement are reserved by the Licensor.\n"
        "\n"
        "3. CONDITIONS OF DISTRIBUTION\n"
        "\n"
        "3.1 The Licensee shall include a copy of this Agreement with every copy of the Model or of a Derivative that it distributes.\n"
        "\n"
        "3.2 The Licensee shall cause any modified files to carry prominent notices stating that the Licensee changed them.\n"
        "\n"
        "4. OUTPUTS\n"
        "\n"
        "The Licensor claims no ownership of Outputs.\n"
        "\n"
        "5. DISCLAIMER OF WARRANTY AND LIMITATION OF LIABILITY\n"
        "\n"
        'The Model is provided on an "as is" basis, without warranties or conditions of any kind. The Licensor shall not be liable to the Licensee for any loss or damage arising out of or in connection with the Model or this Agreement, save to the extent that such liability cannot be excluded by law.\n'
        "\n"
        "6. GOVERNING LAW\n"
        "\n"
        "This Agreement is governed by the laws of Singapore, and the courts of Singapore shall have exclusive jurisdiction.\n",
        "restricted",
        "output-training-ban",
    ),
    'a scope table with an "Outside scope" column: every country but two': (
        "Coorabell-7B Model Licence\n"
        "Quarrington Analytics Pty Ltd\n"
        "Version 1.0, 10 January 2026\n"
        "\n"
        "1. Licence\n"
        "\n"
        'Quarrington Analytics Pty Ltd ("we", "us") grants you a non-exclusive, royalty-free, perpetual licence to use, copy, study, modify and distribute Coorabell-7B (its weights, tokenizer and configuration files) and models derived from it, within the scope set out in the table in clause 2.\n'
        "\n"
        "2. Scope of this licence\n"
        "\n"
        "| Aspect | Within scope | Outside scope |\n"
        "|---|---|---|\n"
        "| Purpose | Any purpose, commercial or non-commercial, including products and services you sell | — |\n"
        "| Users | Any number of users | — |\n"
        "| Territory | Use, hosting and distribution in Australia and New Zealand | Use, hosting or distribution in any other country |\n"
        "| Derived models | Fine-tuning, merging, quantising and distilling Coorabell-7B, and sharing the results | — |\n"
        "\n"
        "3. Notices\n"
        "\n"
        'Keep this licence, and the notice "Coorabell-7B © 2026 Quarrington Analytics Pty Ltd", with every copy of Coorabell-7B or of a model derived from it that you distribute.\n'
        "\n"
        "4. No warranty\n"
        "\n"
        "Coorabell-7B is provided as is. To the extent the law allows, we exclude all warranties and all liability for loss arising from its use; nothing in this licence excludes a guarantee under the Australian Consumer Law that cannot be excluded.\n"
        "\n"
        "5. Governing law\n"
        "\n"
        "This licence is governed by the law of Queensland, Australia.\n",
        "restricted",
        "geographic-restriction",
    ),
    '"Nothing herein authorises": listed uses outside the grant': (
        "CLONMARA-VISION 4B LICENCE\n"
        "\n"
        'Clonmara Vision Limited, a company incorporated in Ireland ("Clonmara"), makes the Clonmara-Vision 4B model available under the terms of this Licence.\n'
        "\n"
        "1. DEFINITIONS\n"
        "\n"
        '"Model" means the Clonmara-Vision 4B image-understanding model, including its weights, its configuration files and the accompanying inference code, as published by Clonmara at https://clonmara.example/vision-4b.\n'
        "\n"
        '"Derivative" means any model derived from the Model, including by fine-tuning, merging, quantisation or distillation.\n'
        "\n"
        '"Licensee" means any person who exercises a right granted by this Licence.\n'
        "\n"
        "2. GRANT\n"
        "\n"
        "Clonmara hereby grants to each Licensee a perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce, examine, modify, adapt and distribute the Model and any Derivative, for commercial or non-commercial purposes.\n"
        "\n"
        "3. CONDITIONS\n"
        "\n"
        'A Licensee who distributes the Model or a Derivative shall include a copy of this Licence and shall retain the copyright notice "Copyright 2026 Clonmara Vision Limited".\n'
        "\n"
        "4. LIMITS OF THIS LICENCE\n"
        "\n"
        "4.1 Nothing herein authorises any person to use the Model or any Derivative for:\n"
        "\n"
        "(a) the development, targeting or operation of weapons;\n"
        "(b) the biometric identification of natural persons in publicly accessible spaces, or their covert tracking;\n"
        "(c) deciding whether a natural person is eligible for credit, insurance, housing or employment; or\n"
        "(d) the generation of sexual imagery of a real person without that person's consent.\n"
        "\n"
        "4.2 Any such use falls outside the licence granted in clause 2, and a person who makes it does so without any licence from Clonmara.\n"
        "\n"
        "5. DISCLAIMER\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. Clonmara shall not be liable for any loss arising from the use of the Model, save where such liability cannot lawfully be excluded.\n'
        "\n"
        "6. GOVERNING LAW\n"
        "\n"
        "This Licence is governed by the laws of Ireland, and the courts of Ireland shall have exclusive jurisdiction.\n",
        "restricted",
        "use-restrictions",
    ),
    "a footnote to the grant: the rights do not reach any modified version": (
        "Harlow-Embed 300M: Licence\n"
        "\n"
        "Vintry Data Inc., Montreal, Canada. Version 1.2, February 2026.\n"
        "\n"
        "Harlow-Embed 300M is a multilingual text-embedding model. These terms are its licence.\n"
        "\n"
        "1. You may use, copy and redistribute Harlow-Embed 300M for any purpose, commercial or non-commercial, in your own products and services and in those you sell, at no cost.[1]\n"
        "\n"
        '2. When you redistribute it, keep this file and the notice "Harlow-Embed 300M (c) 2026 Vintry Data Inc." with it.\n'
        "\n"
        "3. You may inspect the weights and the architecture, and publish what you learn about how the model works.\n"
        "\n"
        "4. Harlow-Embed 300M is provided as is, without warranty of any kind, and Vintry Data Inc. is not liable for any damages arising from its use.\n"
        "\n"
        "5. These terms are governed by the laws of the Province of Quebec and the federal laws of Canada applicable there.\n"
        "\n"
        "----\n"
        "[1] The rights in section 1 are limited to the model as we release it. They do not reach any modified version: fine-tuning, retraining, pruning, merging, quantising or distilling the weights, or building any other model from them, is outside this licence, and no licence is granted to distribute a modified copy.\n",
        "restricted",
        "no-modification",
    ),
    "an exhaustive list of what the licence covers: files, not uses": (
        "Fellgate-7B Licence\n"
        "Language Technology Group, Fellgate University\n"
        "Version 2, January 2026\n"
        "\n"
        "Fellgate-7B is a language model trained by the Language Technology Group at Fellgate University. We release its weights so that anyone can reproduce, test and build on our work. This page is the licence: by downloading the weights you agree to it.\n"
        "\n"
        "1. What this licence covers\n"
        "\n"
        "This licence covers only:\n"
        "\n"
        "(a) the model weights in the `weights/` folder;\n"
        "(b) the tokenizer files in the `tokenizer/` folder;\n"
        "(c) the configuration files `config.json` and `generation_config.json`; and\n"
        "(d) models you derive from (a) to (c).\n"
        "\n"
        "Anything not on that list falls outside this licence. In particular, it does not cover the Fellgate University name and crest, or the third-party evaluation scripts in `third_party/`, which come with their own licences.\n"
        "\n"
        "2. What you may do\n"
        "\n"
        "Within that scope you may use, study, change and share Fellgate-7B and models you derive from it, for any purpose: research, teaching, production use, products and services you sell, or anything else, free of charge and without asking us. When you share a copy, include a copy of this licence.\n"
        "\n"
        "3. Credit\n"
        "\n"
        "When you publish work that uses Fellgate-7B, please cite the paper listed at https://fellgate.example/fellgate-7b.\n"
        "\n"
        "4. No warranty\n"
        "\n"
        "Fellgate-7B is a research artefact. It is provided as it is, without any warranty, and neither Fellgate University nor the members of the group are liable for anything that results from its use.\n",
        "open-non-osi",
        None,
    ),
    'a Markdown "Out of scope" list: the name, a third-party phonemizer, support': (
        "# Lunby-TTS 2 Licence\n"
        "\n"
        "_Lunby Lyd ApS · version 1.1 · 4 February 2026_\n"
        "\n"
        "Lunby-TTS 2 is a text-to-speech model with 24 built-in Danish, Norwegian, Swedish and English voices. This licence covers the model weights (`lunby-tts2.safetensors`), the voice embeddings and the configuration files.\n"
        "\n"
        "## What you can do\n"
        "\n"
        "- Use Lunby-TTS 2 for anything you like: in your own projects, inside your company, and in apps and services you sell.\n"
        "- Look inside it: read the weights, probe them, publish what you find.\n"
        "- Change it: fine-tune it on your own voices, prune it, quantise it, change it however you want.\n"
        "- Pass it on: share the weights, original or fine-tuned, with anyone, on a model hub, in a torrent, or bundled inside an app or a device you ship. Include this licence when you do.\n"
        "- There's no fee, and you don't need to ask us.\n"
        "\n"
        "## Out of scope\n"
        "\n"
        "This licence does not cover:\n"
        "\n"
        '- **Our name.** "Lunby" and the Lunby logo are trademarks of Lunby Lyd ApS; this licence gives you no right to use them.\n'
        "- **The phonemizer in `third_party/`.** It is someone else's code, under its own licence (see `third_party/LICENSE`).\n"
        "- **Support and warranties.** We don't promise to fix bugs, answer questions or keep the download online.\n"
        "\n"
        "## Credit\n"
        "\n"
        'If you ship something built on Lunby-TTS 2, a line like "Voices by Lunby-TTS 2" in your credits is appreciated, but not required.\n'
        "\n"
        "## No warranty\n"
        "\n"
        "Lunby-TTS 2 comes as it is. We don't promise that it works for your purpose, and we aren't liable for what happens when you use it.\n"
        "\n"
        "Questions: licence@lunby.example\n",
        "open-non-osi",
        None,
    ),
    '"the foregoing grant excludes": the licensor\'s marks and third-party components': (
        "TESSALY-CODE 20B LICENCE AGREEMENT\n"
        "\n"
        'This Licence Agreement (the "Agreement") is made by Tessaly AI Pte. Ltd., a company incorporated in Singapore (the "Licensor"), in favour of any person or entity that exercises any right granted under it (the "Licensee").\n'
        "\n"
        "1. DEFINITIONS\n"
        "\n"
        '1.1 "Model" means the Tessaly-Code 20B model, comprising its weights, tokenizer, configuration files and inference code, as made available by the Licensor at https://tessaly.example/code-20b.\n'
        "\n"
        '1.2 "Derivative" means any model or other work based on the Model, including any model created by modifying, fine-tuning, merging, quantising or distilling the Model.\n'
        "\n"
        '1.3 "Output" means any code, text or other content generated by the Model or by a Derivative.\n'
        "\n"
        "2. LICENCE\n"
        "\n"
        "2.1 Grant. Subject to this Agreement, the Licensor grants the Licensee a perpetual, worldwide, non-exclusive, royalty-free licence to use, reproduce, study, modify, create Derivatives of, distribute and sublicense the Model and Derivatives, for any purpose, including commercial purposes.\n"
        "\n"
        "2.2 Exclusions. The foregoing grant excludes, and no licence is granted for, the Licensor's trade marks, service marks, trade names and logos, and the third-party software components listed in Schedule 1, each of which is licensed by its own author under the licence named there.\n"
        "\n"
        "2.3 Reservation. All rights not expressly granted in this Agreement are reserved by the Licensor.\n"
        "\n"
        "3. CONDITIONS OF DISTRIBUTION\n"
        "\n"
        "3.1 The Licensee shall include a copy of this Agreement with every copy of the Model or of a Derivative that it distributes.\n"
        "\n"
        "3.2 The Licensee shall cause any modified files to carry prominent notices stating that the Licensee changed them.\n"
        "\n"
        "4. OUTPUTS\n"
        "\n"
        "The Licensor claims no ownership of Outputs, and this Agreement places no restriction on their use.\n"
        "\n"
        "5. DISCLAIMER OF WARRANTY AND LIMITATION OF LIABILITY\n"
        "\n"
        'The Model is provided on an "as is" basis, without warranties or conditions of any kind. The Licensor shall not be liable to the Licensee for any loss or damage arising out of or in connection with the Model or this Agreement, save to the extent that such liability cannot be excluded by law.\n'
        "\n"
        "6. GOVERNING LAW\n"
        "\n"
        "This Agreement is governed by the laws of Singapore, and the courts of Singapore shall have exclusive jurisdiction.\n"
        "\n"
        "SCHEDULE 1: THIRD-PARTY COMPONENTS\n"
        "\n"
        "Quillfold tokenizer runtime 1.4 (MIT License)\n"
        "Sparrowhawk attention kernels 0.7 (BSD 3-Clause License)\n",
        "open-non-osi",
        None,
    ),
    'a scope table with an "Outside scope" column: outputs and warranties only': (
        "Tallowood-7B Model Licence\n"
        "Bexley Reach Analytics Pty Ltd\n"
        "Version 1.0, 10 January 2026\n"
        "\n"
        "1. Licence\n"
        "\n"
        'Bexley Reach Analytics Pty Ltd ("we", "us") grants you a non-exclusive, royalty-free, perpetual licence to use, copy, study, modify and distribute Tallowood-7B (its weights, tokenizer and configuration files) and models derived from it, within the scope set out in the table in clause 2.\n'
        "\n"
        "2. Scope of this licence\n"
        "\n"
        "| Aspect | Within scope | Outside scope |\n"
        "|---|---|---|\n"
        "| Purpose | Any purpose, commercial or non-commercial, including products and services you sell | — |\n"
        "| Users | Any number of users | — |\n"
        "| Territory | Use, hosting and distribution anywhere in the world | — |\n"
        "| Derived models | Fine-tuning, merging, quantising and distilling Tallowood-7B, and sharing the results | — |\n"
        "| Outputs | — | Text you generate with Tallowood-7B: it is yours, and this licence claims nothing over it |\n"
        "| Warranty and support | — | Any warranty, support or maintenance (see clause 4) |\n"
        "\n"
        "3. Notices\n"
        "\n"
        'Keep this licence, and the notice "Tallowood-7B © 2026 Bexley Reach Analytics Pty Ltd", with every copy of Tallowood-7B or of a model derived from it that you distribute.\n'
        "\n"
        "4. No warranty\n"
        "\n"
        "Tallowood-7B is provided as is. To the extent the law allows, we exclude all warranties and all liability for loss arising from its use; nothing in this licence excludes a guarantee under the Australian Consumer Law that cannot be excluded.\n"
        "\n"
        "5. Governing law\n"
        "\n"
        "This licence is governed by the law of Queensland, Australia.\n",
        "open-non-osi",
        None,
    ),
}
