# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 34 (issue 14): fourteen model licences on verdict boundaries, texts that sit right on the
line between two verdicts, so that the exact verdict, not only "blocked or not", is what is tested. They
come mostly in pairs across one line: research-only against non-commercial, personal use against
non-commercial, non-commercial with a separate paid licence against a fee charged under the licence
itself, an acceptable-use policy on its own against a licence that incorporates it, a binding against an
expressly non-binding responsible-AI section, a ban on unlawful use only against a ban on a list of lawful
uses; and singles: a licence that converts to Apache 2.0 after two years, a choice between an open and an
enterprise licence, a data licence used for weights, and a bare pointer to terms not given. Drafting styles
vary (numbered British clauses, Markdown, a key-value header, legalese with definitions, a policy with a
numbered list, a README). Written fresh with invented details, blind, before any rule changed.

- "research and teaching only": a university's licence to use, copy, modify and share "solely for
  non-commercial research and teaching", defined as published research at universities, teaching
  hospitals and public research bodies, and classroom instruction; expressly not hobby projects, a
  charity's operations, a public service or a free application (research-only, not merely non-commercial:
  free uses outside research and teaching are barred too).
- "any non-commercial purpose, hobbies included": a Markdown community licence for "any non-commercial
  purpose", including hobby projects, fan works, coursework, academic research, volunteering and charities,
  with "What counts as commercial" defined and share-alike for changed versions (non-commercial, not
  research-only: research is one allowed use among many).
- "personal licence that allows paid work": a key-value "Solo Licence" for one individual, "personal to
  you", not extending to an employer, clients or any organisation, on devices the individual owns, but
  expressly including paid work done as a freelancer or sole trader and sale of the audio made (restricted,
  personal-use-only, not non-commercial: earning money is allowed; what is barred is use by or for anyone
  else).
- "commercial use only under a separate paid licence": a defined-terms agreement granting use,
  reproduction, modification and distribution "for any purpose other than Commercial Use"; "This Agreement
  grants no right to any Commercial Use", which is available only under a separate Commercial Licence
  Agreement for an annual fee. Decided non-commercial, kind non-commercial, not fee-required: this licence
  never grants commercial use, against payment or otherwise, and the fee belongs to another contract (unlike
  round 28's "commercial use after paid registration", where the licence itself grants commercial use once
  the fee is paid).
- "acceptable use policy on its own": a dated acceptable-use policy for a model family, "supplements the
  Merrow Model Licence ... This Policy grants no rights of its own", with eight prohibited uses, a
  disclosure recommendation, a reporting address and "We may update this Policy from time to time"
  (use-policy: the text is the policy, not a licence).
- "licence that incorporates the policy": the same licensor's permissive numbered licence, any purpose
  including commercial, whose clause 3 makes all use, by the licensee and those it allows, comply with the
  Acceptable Use Policy in ACCEPTABLE_USE.md, "incorporated into and forms part of this licence", binding
  derivatives, breach ending the licence (restricted, use-policy-by-reference).
- "converts to apache after two years": a key-value delayed-open licence (Business Source in spirit,
  written fresh): copying, changing, distribution and production use, except offering the work or a
  derivative as a hosted re-ranking, retrieval or search service; from a Conversion Date two years after
  publication the Apache License 2.0 applies too. Judged on the terms in force now: restricted,
  use-restrictions. Not time-limit: no right ends and nothing must be deleted on the date, which only widens
  the grant.
- "choice of an open or an enterprise licence": Option A, a bespoke permissive licence given in full (any
  purpose, notice and change-marking only) that applies if the licensee does nothing, or Option B, a paid
  enterprise contract with warranty, indemnity, seat limits and confidentiality that "bind only those who
  sign it" (open-non-osi: Option A alone suffices and is not an OSI text).
- "binding responsible ai section": an any-purpose permissive licence whose "Responsible AI" section "is
  binding", a condition of the permission, barring identification of individuals from faces, bodies or
  gait, emotion inference at work or in education, employee monitoring, and credit, insurance or housing
  decisions, use in breach ending the permission (restricted, use-restrictions).
- "responsible ai section expressly non-binding": a numbered any-purpose licence with notices and patent
  retaliation whose section 4, "Responsible AI (non-binding)", states wishes that are "not a condition or a
  restriction of this licence", "not enforceable", and whose breach ends, suspends or limits no right
  (open-non-osi).
- "data-style licence for weights": an "Open Parameters Data Agreement" (CDLA-Permissive and ODC-By in
  spirit, written fresh) whose "Data" are the weights: use, modify, combine and publish for any purpose;
  no obligation on "Results" (outputs and models trained from the Data); on publishing Data, include the
  agreement or a link and keep attribution notices (open-non-osi).
- "only unlawful use forbidden": a plain permissive licence, any purpose, with one notice condition and one
  "Limit: you may not use the model to break the law", which "forbids no use that is lawful where you use
  the model" (open-non-osi: a ban on unlawful use takes nothing away).
- "specific lawful uses forbidden": the same shape, whose limits add, to breaking the law, political
  campaigns and lobbying, gambling products, sexually explicit material about consenting adults and
  marketing alcohol or tobacco, "even where the use is lawful", passed on to recipients (restricted,
  use-restrictions).
- "bare pointer to terms not given": a model README whose Licence section says only "Released under the
  Quillmark Community Terms; see TERMS.md", with a copyright line; TERMS.md is not given (unknown).

First run (before any rule changed): 8 of 14 right (research and teaching only, read research-only with
the research-only clause; any non-commercial purpose, read non-commercial; the acceptable use policy on
its own, read use-policy; the licence that incorporates the policy, use-policy-by-reference; the binding
responsible AI section, use-restrictions; the data-style licence for weights, open-non-osi; the specific
lawful uses, use-restrictions; the bare pointer, unknown). No restricted text read open, and no narrowing
was wrong (research-only and non-commercial were told apart in both directions). Three restricted texts
read unknown. The personal licence that allows paid work: unclassified "It is personal to you: it does not
extend to your employer, your clients, any company or organisation you own or work for, or any other
person, and you may not let anyone else use your copy of the Model." and "You may not use the Model for or
on behalf of an organisation, run it as a service for other people, or give, lend or sell copies of the
Model or of any version of it you have changed." (personal-use-only was not seen). The commercial use only
under a separate paid licence: unclassified "3.2 Commercial Use is available only under the Licensor's
separate Commercial Licence Agreement, which the Licensor offers for an annual fee set out in its price
list." and "Until you have signed that agreement and paid the fee, you shall not make any Commercial Use of
the Model or of any Derivative."; the grant "for any purpose other than Commercial Use" (2.1) and "This
Agreement grants no right to any Commercial Use." (3.1) produced no non-commercial clause at all (a
non-commercial text that came out unknown, not non-commercial). The licence that converts to Apache after
two years: "the text grants the freedom to use but says nothing of modify, share, and does not say the rest
is reserved", with nothing unclassified; the grant sentence "Tarnbrook Systems GmbH lets you copy, change
and build on the Licensed Work, pass on copies and changed versions, and run it in development and in
production, without charge." was not read as a grant, the reservation "One use is reserved: you may not
offer the Licensed Work, or anything derived from it, to others as a hosted or managed re-ranking,
retrieval or search service." was taken as the grant of use, and the hosted-service exception was not
found as a use restriction. Two open texts read restricted: the choice of an open or an enterprise licence,
on a notification-duty from "You may take Brindlecote-Coder (the model weights, tokenizer and example
code) under either Option A or Option B. You do not have to tell us which one you choose." (a notice the
text says is not owed); and the responsible AI section expressly non-binding, on a use-restrictions clause
from "We hope you will not use the model for mass surveillance, to deceive people about whether they are
talking to a machine, or to make decisions about people's jobs, loans or housing without human review.",
though the next sentences say it "is not a condition or a restriction of this licence, it is not
enforceable". One open text read unknown: only unlawful use forbidden, unclassified "Limit: you may not
use the model to break the law.", "This limit adds nothing to what the law already asks of you: it forbids
no use that is lawful where you use the model, and we do not decide for you what is lawful." and "We do not
restrict what you build, who you build it for, how many people use it, or what you do with the text the
model writes.". Side findings on cases counted right: in the specific lawful uses, "Limits: you may not use
the model, or let anyone else use it" was also read as personal-use-only (it is not: the grant is for any
purpose, and the phrase only extends the limits to others); in any non-commercial purpose, "share them
under this same licence;" was read as restrictions-flow-down (share-alike of a non-commercial licence does
carry the limit on); the acceptable use policy, read use-policy, lists use-restrictions and
unilateral-change ("We may update this Policy from time to time.") among its clauses. No expectation was
changed; no case was found to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): a licence personal to the licensee that
"does not extend to your employer ... any company or organisation", and use "for or on behalf of an
organisation" refused, are personal-use-only (and "let anyone else use your copy of the Model" is read like
"use it"); the grant "for any purpose other than Commercial Use" and "grants no right to any Commercial Use"
are non-commercial; offering the work "to others as a hosted or managed ... service" refused is a use
restriction; "lets you" grants; a notice the licensee does "not have to" give is no notification duty; a
wish ("We hope you will not use the model for ...") binds nothing when no duty word is in it
(`pleas.is_plea`). The safety net lets pass a limit that only restates the law ("you may not use the model
to break the law"; "it forbids no use that is lawful"), "We do not restrict ...", "You do not have to tell
...", terms that "bind only those who sign" a separate contract and "take nothing away", and a wish.

"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "research and teaching only": (
        "Tidewell-Bio Academic Licence\n"
        "Carrowmere University, School of Computational Biology\n"
        "\n"
        '1. Grant. Carrowmere University ("the University") grants you a non-exclusive, royalty-free, '
        "non-transferable licence to use, copy and modify the Tidewell-Bio protein language model, its "
        'weights and its code (the "Model"), and to share copies and modified versions with others, solely '
        "for non-commercial research and teaching.\n"
        "\n"
        '2. Meaning. In clause 1, "non-commercial research and teaching" means (a) scientific research '
        "carried out by or at a university, teaching hospital or publicly funded research body, the results "
        "of which are published or intended for publication, and (b) classroom instruction, coursework, and "
        "the supervision of students. It does not include any other use, even one for which nobody is paid: "
        "using the Model in a hobby project, in the day-to-day operations of a charity, in a public service, "
        "or in an application given away free of charge is outside this licence.\n"
        "\n"
        "3. Sharing. When you share the Model or a modified version you must pass on this licence, keep the "
        "University's copyright notice, and make the recipient's use subject to these terms.\n"
        "\n"
        "4. Other uses. Any use of the Model outside clause 1 requires a separate written agreement with "
        "Carrowmere Innovations Ltd, the University's technology transfer company.\n"
        "\n"
        "5. Citation. Publications reporting work done with the Model must cite the paper named in "
        "CITATION.cff.\n"
        "\n"
        '6. No warranty. The Model is provided "as is", without warranty of any kind, and the University '
        "shall not be liable for any loss arising from its use.\n"
        "\n"
        "Copyright (c) 2025 Carrowmere University.\n",
        "research-only",
        "research-only",
    ),
    "any non-commercial purpose, hobbies included": (
        "# Lumenfold-Art Community Licence\n"
        "\n"
        "Copyright 2025 Lumenfold Studio, Brisa Vale\n"
        "\n"
        "**You may use Lumenfold-Art for any non-commercial purpose.** That covers hobby projects, personal "
        "art and fan works, school and university coursework, academic research, volunteering, and the work "
        "of charities and community groups, as long as no one makes money from the model or from what it "
        "makes.\n"
        "\n"
        "## What counts as commercial\n"
        "\n"
        "Commercial means any of these:\n"
        "\n"
        "- selling the model, a changed version of it, or images made with it;\n"
        "- charging for access to the model, or using it in a product, app or website that is sold, takes "
        "subscriptions or shows advertising;\n"
        "- using the model or its images in work you are paid for, or for a business.\n"
        "\n"
        "## Changing and sharing\n"
        "\n"
        "You **may** fine-tune, merge and otherwise change the model, and share the model and your versions "
        "with others, as long as you:\n"
        "\n"
        "- share them under this same licence;\n"
        '- credit "Lumenfold-Art by Lumenfold Studio"; and\n'
        "- do not charge for them.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Lumenfold-Art is provided as is. We are not responsible for what you make with it.\n",
        "non-commercial",
        "non-commercial",
    ),
    "personal licence that allows paid work": (
        "Halvard-TTS Solo Licence, version 1.0\n"
        "\n"
        "Licensor: Brightwater Sound Co., Tallinnmark\n"
        "Licensee: the individual person who downloads the Model\n"
        "Model: Halvard-TTS 2B (weights, voices and runtime)\n"
        "Fee: none\n"
        "\n"
        "1. Who it is for. This licence is given to you as one individual. It is personal to you: it does "
        "not extend to your employer, your clients, any company or organisation you own or work for, or any "
        "other person, and you may not let anyone else use your copy of the Model.\n"
        "\n"
        "2. What you may do. You may install, run and fine-tune the Model on computers and phones that you "
        "own or control, for your own projects and for your own work, including paid work that you do "
        "yourself as a freelancer or sole trader. You may sell, publish and broadcast the audio you make "
        "with the Model; the audio is yours.\n"
        "\n"
        "3. What you may not do. You may not use the Model for or on behalf of an organisation, run it as a "
        "service for other people, or give, lend or sell copies of the Model or of any version of it you "
        "have changed.\n"
        "\n"
        "4. Ending. If you break clause 1 or 3, this licence ends and you must delete every copy of the "
        "Model you hold. Audio you made before it ended remains yours.\n"
        "\n"
        "5. No warranty. The Model is provided as is.\n",
        "restricted",
        "personal-use-only",
    ),
    "commercial use only under a separate paid licence": (
        "STRATHMOOR-7B NON-COMMERCIAL LICENCE AGREEMENT\n"
        "\n"
        "1. DEFINITIONS\n"
        '1.1 "Licensor" means Strathmoor Labs Oy, Kaarnasaari.\n'
        '1.2 "Model" means the Strathmoor-7B model weights, tokenizer and inference code, and "Derivative" '
        "means any modification of the Model or any model trained on or distilled from it.\n"
        '1.3 "Commercial Use" means any use of the Model, a Derivative or their outputs by or on behalf of a '
        "business, in connection with any product or service offered for a fee, or otherwise for commercial "
        "advantage or monetary compensation.\n"
        "\n"
        "2. LICENCE\n"
        "2.1 Subject to this Agreement, the Licensor grants you a worldwide, royalty-free, non-exclusive "
        "licence to use, reproduce, modify and distribute the Model and Derivatives for any purpose other "
        "than Commercial Use.\n"
        "\n"
        "3. COMMERCIAL USE\n"
        "3.1 This Agreement grants no right to any Commercial Use.\n"
        "3.2 Commercial Use is available only under the Licensor's separate Commercial Licence Agreement, "
        "which the Licensor offers for an annual fee set out in its price list. Until you have signed that "
        "agreement and paid the fee, you shall not make any Commercial Use of the Model or of any Derivative.\n"
        "\n"
        "4. DISTRIBUTION\n"
        "4.1 If you distribute the Model or a Derivative, you shall include a copy of this Agreement and "
        "keep all copyright notices, and the recipient shall receive them subject to this Agreement.\n"
        "\n"
        "5. TERMINATION\n"
        "5.1 This Agreement terminates automatically if you breach clause 3.2.\n"
        "\n"
        "6. DISCLAIMER\n"
        '6.1 THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "non-commercial",
        "non-commercial",
    ),
    "acceptable use policy on its own": (
        "Merrow AI - Acceptable Use Policy\n"
        "Last updated: 2 June 2025\n"
        "\n"
        'This Acceptable Use Policy ("Policy") applies to everyone who uses the Merrow family of models, '
        "including Merrow-Chat and Merrow-Code. It supplements the Merrow Model Licence, which sets out the "
        "rights you have in the models. This Policy grants no rights of its own.\n"
        "\n"
        "Prohibited uses\n"
        "\n"
        "You agree not to use the Merrow models, or allow others to use them, to:\n"
        "\n"
        "1. violate any applicable law or the rights of others;\n"
        "2. generate, promote or distribute child sexual abuse material;\n"
        "3. plan or carry out violence or terrorism, or develop chemical, biological, radiological or "
        "nuclear weapons;\n"
        "4. harass, threaten, bully or stalk any person;\n"
        "5. make automated decisions with legal or similarly significant effects on individuals, such as "
        "decisions on employment, credit or housing, without meaningful human review;\n"
        "6. impersonate a real person, or claim that generated content was written by a human when asked;\n"
        "7. generate spam, or run coordinated inauthentic behaviour or influence operations;\n"
        "8. create malicious code intended to damage or gain unauthorised access to computer systems.\n"
        "\n"
        "Disclosure\n"
        "\n"
        "If you deploy a Merrow model in a product that interacts with people, you should tell them that "
        "they are interacting with an AI system.\n"
        "\n"
        "Reporting\n"
        "\n"
        "Please report any violation of this Policy, bugs or other problems to abuse@merrow.example.\n"
        "\n"
        "Changes\n"
        "\n"
        "We may update this Policy from time to time. The current version is always available at "
        "merrow.example/aup.\n",
        "use-policy",
        None,
    ),
    "licence that incorporates the policy": (
        "Merrow Model Licence 1.1\n"
        "\n"
        "Copyright 2025 Merrow AI Ltd, Dunhallow\n"
        "\n"
        "1. Grant. Merrow AI Ltd grants you a worldwide, royalty-free, non-exclusive licence to use, "
        "reproduce, modify, fine-tune and distribute the Merrow models and any derivative of them, for any "
        "purpose, including commercial purposes.\n"
        "\n"
        "2. Notices. If you distribute a Merrow model or a derivative, you must include a copy of this "
        "licence and keep the copyright notice above.\n"
        "\n"
        "3. Acceptable use. Your use of the Merrow models and their derivatives, and any use that you allow "
        "others to make of them, must comply with the Merrow Acceptable Use Policy, the file "
        "ACCEPTABLE_USE.md distributed with the weights, which is incorporated into and forms part of this "
        "licence. Any derivative you distribute must be made subject to the same Policy.\n"
        "\n"
        "4. Termination. If you breach clause 3, this licence terminates automatically and you must stop "
        "using and distributing the Merrow models.\n"
        "\n"
        '5. Disclaimer. The Merrow models are provided "as is", without warranties of any kind, and Merrow '
        "AI Ltd shall not be liable for any damages arising from their use.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "converts to apache after two years": (
        "Tarnbrook Delayed Open Licence\n"
        "\n"
        "Licensor:          Tarnbrook Systems GmbH, Weissenfeld\n"
        "Licensed Work:     Tarnbrook-Rerank 1.0 (model weights and serving code)\n"
        "Conversion Date:   1 September 2027 (two years after first publication)\n"
        "Open Licence:      Apache License, Version 2.0\n"
        "\n"
        "Grant\n"
        "\n"
        "Tarnbrook Systems GmbH lets you copy, change and build on the Licensed Work, pass on copies and "
        "changed versions, and run it in development and in production, without charge. One use is reserved: "
        "you may not offer the Licensed Work, or anything derived from it, to others as a hosted or managed "
        "re-ranking, retrieval or search service.\n"
        "\n"
        "Conversion\n"
        "\n"
        "From the Conversion Date, you may also use the Licensed Work under the Open Licence, and the "
        "reserved use above stops applying to that release. Each later release carries its own Conversion "
        "Date, two years after that release is published.\n"
        "\n"
        "Conditions\n"
        "\n"
        "Keep this licence, unaltered and easy to find, with every copy you pass on, changed or not. The "
        "licence binds you however you obtained the Licensed Work.\n"
        "\n"
        "If you make the reserved use, your rights under this licence end for this release and for every "
        "other release of the Licensed Work.\n"
        "\n"
        "Disclaimer\n"
        "\n"
        "Tarnbrook-Rerank comes as is. Tarnbrook Systems GmbH gives no warranty of any kind and accepts no "
        "liability for loss arising from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "choice of an open or an enterprise licence": (
        "Brindlecote-Coder: Your Choice of Licence\n"
        "\n"
        "You may take Brindlecote-Coder (the model weights, tokenizer and example code) under either Option "
        "A or Option B. You do not have to tell us which one you choose. If you do nothing, Option A applies.\n"
        "\n"
        "Option A: Brindlecote Open Licence\n"
        "\n"
        "Copyright 2025 Brindlecote Software SRL, Valea Morii.\n"
        "\n"
        "Brindlecote Software SRL grants you, free of charge, a perpetual, worldwide, irrevocable licence to "
        "use, copy, modify, merge, publish, distribute, sublicense and sell Brindlecote-Coder and changed "
        "versions of it, for any purpose. The only conditions are that you keep this notice and the "
        "copyright line with every copy you distribute, and that you state in a changed version that you "
        "have changed it.\n"
        "\n"
        "Brindlecote-Coder is provided as is, without warranty of any kind, and in no event shall "
        "Brindlecote Software SRL be liable for any claim or damages arising from its use.\n"
        "\n"
        "Option B: Brindlecote Enterprise Licence\n"
        "\n"
        "For organisations that want a warranty, an intellectual-property indemnity, priority support and "
        "private fine-tuning, we offer an enterprise licence for an annual fee. Option B is a separate "
        "contract signed with us. Its terms, including its seat limits and confidentiality obligations, bind "
        "only those who sign it, and they take nothing away from Option A.\n",
        "open-non-osi",
        None,
    ),
    "binding responsible ai section": (
        "Ostlery-Vision Licence\n"
        "\n"
        "Copyright (c) 2025 Ostlery Robotics AB, Hallsviken\n"
        "\n"
        "Ostlery Robotics AB gives you permission, free of charge, to use, copy, modify and distribute "
        "Ostlery-Vision, its weights and any model derived from it, for any purpose, commercial or "
        "non-commercial, provided that you keep this licence with every copy and that you comply with the "
        "Responsible AI section below.\n"
        "\n"
        "Responsible AI\n"
        "\n"
        "This section is binding. It is a condition of the permission above, and it applies to you and to "
        "anyone who receives the model from you.\n"
        "\n"
        "You must not use Ostlery-Vision, or any model derived from it:\n"
        "\n"
        "(a) to identify or verify individuals from images of their faces, bodies or gait;\n"
        "(b) to infer the emotions of people at work or in education;\n"
        "(c) to monitor the productivity, attention or behaviour of employees;\n"
        "(d) to decide, or to help decide, on anyone's access to credit, insurance or housing.\n"
        "\n"
        "Any use in breach of this section is outside the permission above and ends it.\n"
        "\n"
        "No warranty\n"
        "\n"
        'Ostlery-Vision is provided "as is", without warranty of any kind. Ostlery Robotics AB is not liable '
        "for any damages arising from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "responsible ai section expressly non-binding": (
        "Fellgarth-Chat 8B Licence\n"
        "\n"
        "Copyright 2025 Fellgarth Collective\n"
        "\n"
        "1. Permission. Fellgarth Collective grants everyone a free, perpetual, worldwide, non-exclusive "
        "licence to use, study, modify, fine-tune, distribute and sell Fellgarth-Chat 8B and works based on "
        "it, for any purpose.\n"
        "\n"
        "2. Conditions. When you distribute the model or a work based on it, include this licence and the "
        "copyright notice, and mark the files you changed as changed.\n"
        "\n"
        "3. Patents. If you start a lawsuit claiming that the model infringes a patent, the patent licence "
        "granted to you under this licence ends on the day the lawsuit is filed.\n"
        "\n"
        "4. Responsible AI (non-binding). We hope you will not use the model for mass surveillance, to "
        "deceive people about whether they are talking to a machine, or to make decisions about people's "
        "jobs, loans or housing without human review. This section expresses our wishes only. It is not a "
        "condition or a restriction of this licence, it is not enforceable, and use contrary to it does not "
        "end, suspend or limit any right under sections 1 to 3.\n"
        "\n"
        "5. No warranty. The model is provided as is, without warranty of any kind. The contributors are not "
        "liable for any damages arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "data-style licence for weights": (
        "Open Parameters Data Agreement, version 1.0\n"
        "\n"
        "Data Provider: Harwick Open Data Foundation, Lowmoor\n"
        "\n"
        "1. Definitions\n"
        '"Data" means the material made available under this Agreement: here, the numerical parameters '
        "(weights) of the Harwick-Geo 1B model, its tokenizer files and its configuration files.\n"
        '"Results" means anything produced by computational use of the Data, including outputs, embeddings, '
        "analyses, and models trained, fine-tuned or distilled from the Data or with its outputs.\n"
        '"Publish" means to make Data available to anyone other than you, by any means.\n'
        "\n"
        "2. Rights\n"
        "2.1 The Data Provider grants you a worldwide, royalty-free, non-exclusive, perpetual licence to "
        "use, modify, combine and Publish the Data, for any purpose.\n"
        "2.2 Results are not Data. This Agreement places no restriction or obligation on Results, and you "
        "may use and share them on any terms you choose.\n"
        "\n"
        "3. Conditions on Publishing Data\n"
        "3.1 If you Publish Data, modified or not, you must include this Agreement, or a link to it, and "
        "keep any notice of attribution to the Data Provider that came with the Data.\n"
        "3.2 You may Publish modified Data under terms of your choice, provided the unmodified Data remains "
        "available under this Agreement.\n"
        "\n"
        "4. No warranty\n"
        'The Data is provided "as is". The Data Provider makes no representation about its accuracy or '
        "fitness for any purpose, and is not liable for any loss arising from its use.\n"
        "\n"
        "5. No other terms\n"
        "The Data Provider makes no other claim on you; there are no further conditions on your use of the "
        "Data.\n",
        "open-non-osi",
        None,
    ),
    "only unlawful use forbidden": (
        "Kelderwick-Mini Licence\n"
        "\n"
        "Copyright 2025 Kelderwick Analytics Pty Ltd, Port Arden\n"
        "\n"
        "You may use, copy, modify, merge, publish, distribute, sublicense and sell the Kelderwick-Mini "
        "model and its weights, changed or unchanged, for any purpose, commercial or not, without paying us "
        "anything, subject to one condition and one limit.\n"
        "\n"
        "Condition: keep this text and the copyright line above in the copies you distribute.\n"
        "\n"
        "Limit: you may not use the model to break the law. This limit adds nothing to what the law already "
        "asks of you: it forbids no use that is lawful where you use the model, and we do not decide for you "
        "what is lawful.\n"
        "\n"
        "There are no other limits. We do not restrict what you build, who you build it for, how many people "
        "use it, or what you do with the text the model writes.\n"
        "\n"
        "The model is provided as is, without warranty of any kind, and we are not liable for any damage "
        "arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "specific lawful uses forbidden": (
        "Pennock-Mini Licence\n"
        "\n"
        "Copyright 2025 Pennock Language Works Ltd, Ashby Kettering\n"
        "\n"
        "You may use, copy, modify, merge, publish, distribute, sublicense and sell the Pennock-Mini model "
        "and its weights, changed or unchanged, for any purpose, commercial or not, without paying us "
        "anything, subject to one condition and the limits below.\n"
        "\n"
        "Condition: keep this text and the copyright line above in the copies you distribute, and pass these "
        "limits on to anyone who receives the model from you.\n"
        "\n"
        "Limits: you may not use the model, or let anyone else use it,\n"
        "(a) to break the law;\n"
        "(b) in or for political campaigns, lobbying or election advertising;\n"
        "(c) in gambling, betting or lottery products;\n"
        "(d) to create sexually explicit material, including material about consenting adults;\n"
        "(e) to market alcohol, tobacco or vaping products.\n"
        "Limits (b) to (e) apply even where the use is lawful in the place you use the model.\n"
        "\n"
        "The model is provided as is, without warranty of any kind, and we are not liable for any damage "
        "arising from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "bare pointer to terms not given": (
        "# Quillmark-Scribe 3B\n"
        "\n"
        "Quillmark-Scribe 3B is a three-billion-parameter language model for drafting and editing formal "
        "letters in English and Welsh, trained by the Quillmark team in Aberlowe.\n"
        "\n"
        "## Files\n"
        "\n"
        "- `model.safetensors`: the weights\n"
        "- `tokenizer.json`: the tokenizer\n"
        "- `TERMS.md`: the licence terms\n"
        "\n"
        "## Licence\n"
        "\n"
        "Released under the Quillmark Community Terms; see TERMS.md.\n"
        "\n"
        "Copyright 2025 Quillmark Ltd.\n"
        "\n"
        "## Contact\n"
        "\n"
        "Questions about the model, its training data or its evaluation can be sent to "
        "hello@quillmark.example. We read every message, and we publish answers to common questions in the "
        "discussion tab of this repository.\n",
        "unknown",
        None,
    ),
}
