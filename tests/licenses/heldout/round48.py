# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 48 (issue 14): twelve model licences whose limit takes a shape rounds 30 to 47 used little, eight
that take something away and four controls (three open texts and a text whose grant leaves two freedoms unsaid, which
must read `unknown`). Each expectation is decided from the README's definitions (verdicts and clause types) and the
frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, with access to the preferred form
for making modifications, for everyone and without asking permission; the Open Source Definition's free redistribution
and derived works, and no discrimination against persons or fields; the G7 labels, which all need release free of
charge, and the EU AI Act exemption lost to any blocking clause or price, Recital 102 keeping it for a licence that
only asks for credit), not from what opengauge reads. The shapes: weights published only as an encrypted bundle that
may never be decrypted or dumped, "Operating Notices" sent by e-mail that bind from the day they are sent, use
confined to the licensee's own organisation in an FAQ answer declared part of the terms, a JSON licence document whose
`redistribution` object says no, a certification fee owed before a derived model may be published, RFC 2119 terms that
forbid taking payment and business use, a Python source header that leaves credit, insurance and tenant screening out
of the grant, and changes to the weights reserved to partners the licensor certifies; and four controls: an export
paragraph that only restates the law, the standard Creative Commons Attribution 4.0 notice over weights, a grant to
run and pass on copies that says nothing of studying or changing them, and an encrypted app bundle whose key is
published and which anyone may decrypt. Drafting styles vary (a Markdown README section, an American agreement of
Articles and Sections, questions and answers, a JSON document, plain paragraphs, RFC 2119 key words, comment lines
over Python code, numbered "Rules", numbered clauses, a bare licence notice, a three-sentence notice, reStructuredText
headings). Every name, company, product and figure is invented (the governing laws and the export regulations named
are real); the Creative Commons notice is the standard text. Written blind, before any rule changed.

- "weights only in an encrypted bundle, never recovered in readable form": a Markdown README whose "## Licence" grants
  use "in your apps, including apps you sell", fine-tuning with an adapter toolkit and redistribution of the bundle,
  then "### Distribution format": "The weights are published only as the encrypted bundle `varnholt-lens-1.vxb`, which
  the Varnholt runtime decrypts in memory ... You may not decrypt the bundle outside the runtime, or extract, dump or
  reconstruct the weights in readable form, whether from the bundle or from the memory of a running process, and you
  may not decompile or disassemble the runtime." (restricted, no-source-access: the README's "no reverse engineering
  or decompiling, or copies only in binary / object form"; OSAID's freedom to study needs the weights in the preferred
  form, which this text withholds for good; commercial use is allowed).
- "operating notices sent by e-mail bind from the day they are sent": an American agreement of Articles and Sections,
  '"Operating Notice" means a written notice that Hollenbeck sends to the e-mail address you gave ..., or posts on the
  Model's download page, setting out further terms for the use, modification or distribution of the Model', a grant of
  every freedom "for any purpose, including commercial purposes", then "Section 2.02. Operating Notices. Each
  Operating Notice forms part of this Agreement from the day it is sent or posted and, where it conflicts with this
  Article 2, prevails. You are bound by an Operating Notice whether or not you have read it." (restricted,
  unilateral-change: the licensor may add terms that override the grant and bind the licensee without consent, the
  README's "the licensor may change the terms and they bind you"; it is not called a new version of the licence, nor
  an external use policy).
- "faq answer: use only inside your own organisation": a grant to "use, study, modify and copy the ... weights,
  commercial work included, on the terms below. The questions and answers that follow are part of these terms and bind
  you as the rest of them does.", then "Q: Can we run it as a service for our customers, or ship it inside a product
  we sell? A: No. The model may be run only for the internal purposes of the licensee's own organisation. Nobody
  outside that organisation may use it, whether through a product, an API or a copy." and "Q: Can I give my fine-tuned
  version to a partner company? A: No. Copies, changed or not, stay inside your organisation." (restricted,
  personal-use-only: the README's "only inside your own organisation"; production use inside a company is commercial
  and allowed, so the verdict is restricted, not non-commercial; the answers are binding by the text's own words).
- "json licence document whose redistribution field says no": a JSON document whose `grant` gives "use, study and
  modify ... for any purpose, including commercial purposes" and whose `redistribution` object is `"permitted": false`
  with `"text": "The weight files stay with you. You may serve the model, or a model derived from it, to others
  through an API or inside a product, but you may not give, sell, upload or otherwise transfer the weight files
  themselves, or any part of them, to any other person."` (restricted, no-redistribution: the freedom to share is
  taken away, as the Open Source Definition's free redistribution and OSAID's freedom to share require; serving the
  model is use, not sharing it).
- "certification fee before a derived model is published": plain paragraphs granting every freedom "free of charge,
  for any purpose, commercial or not", then "Before you publish a derived model, or distribute it to anyone else, you
  must have it certified by Ormsby Labs. Certification costs EUR 1,500 for each derived model, payable before the
  model is published or distributed, and a derived model that has not been certified and paid for may not be published
  or distributed." (restricted, fee-required: the README's "some use or distribution requires a fee"; the G7 labels
  need release free of charge and the Open Source Definition's point 1 allows no fee for redistribution; private use
  of derived models stays free, so commercial use is allowed).
- "rfc 2119 terms: must not accept payment": a header of key-value lines, "The key words "MUST", "MUST NOT" and "MAY"
  in these terms are to be interpreted as described in RFC 2119.", "The licensee MAY run, study, modify and
  redistribute ...", then "3. Payment. The licensee MUST NOT ask for or accept payment, in money or in kind, for any
  product, service or work that uses the weights or a derived model, or that contains text they generated." and "4.
  Business use. The licensee MUST NOT use the weights or a derived model in the course of a business, or for the
  advantage of one." (non-commercial, non-commercial: the README's "you may not use it to make money").
- "python source header leaves credit, insurance and tenant screening out": comment lines over a short Python loader,
  a grant to "use, copy, modify and distribute this file, the Pellworth-Risk 3 weights it loads ... and models derived
  from them, for commercial and non-commercial purposes", then "# Not licensed: using the weights, or a model derived
  from them, to set credit limits, to price or underwrite insurance, or to screen tenants. These uses are outside the
  grant above, whoever makes them." (restricted, use-restrictions: three lawful fields of use taken out of the grant,
  which OSAID's "any purpose" and the Open Source Definition's point 6 rule out).
- "only certified partners may change the weights": numbered "Rules", "Rule 1. Ganthorpe Health Ltd permits anyone,
  free of charge, to run Ganthorpe-Med 2, to study its weights, and to copy and distribute it unchanged, for any
  purpose, including commercial purposes.", "Rule 2. Only a Certified Adaptation Partner may fine-tune, retrain,
  merge, prune or otherwise change the weights of Ganthorpe-Med 2. ... Ganthorpe Health Ltd alone decides who is on
  it." and "Rule 3. ... A changed version made by anyone else is not licensed, and may not be run or distributed."
  (restricted, no-modification: the freedom to modify is reserved to parties the licensor chooses, and taken from
  everyone else; the text does not leave modification unsaid, it refuses it, so it is not the README's `unknown` grant
  that "neither grants nor reserves the rest").
- "export paragraph that only restates the law": numbered clauses granting every freedom "for any purpose", then "3.
  Export. The weights may be subject to export control and sanctions laws, such as the U.S. Export Administration
  Regulations and Regulation (EU) 2021/821, including laws that restrict exports to embargoed countries or to
  sanctioned persons. You are responsible for complying with those laws where they apply to you. This licence adds no
  restriction of its own to them, and it does not authorise anything they forbid." (open-non-osi: the README lists
  export notes among what is not an addition; the law binds whatever the licence says, so the paragraph takes nothing
  away, unlike round 41's export clause that went beyond the law).
- "creative commons attribution 4.0 notice over the weights": a copyright line for the weights file, the standard
  notice "This work is licensed under a Creative Commons Attribution 4.0 International License. To view a copy of this
  license, visit http://creativecommons.org/licenses/by/4.0/ or send a letter to Creative Commons, PO Box 1866,
  Mountain View, CA 94042, USA." and a suggested credit line (open-non-osi: the README's own example of open terms not
  OSI-approved; the MOF lists CC-BY-4.0 among open data licences, for weights included, and Recital 102 allows a
  credit requirement).
- "run and pass on copies, nothing said of changing them": "Fellbrook Audio Ltd lets anyone download the Fellbrook-ASR
  2 weights, run them for any purpose and give copies of them to others, free of charge.", "Keep this notice with
  every copy." and a disclaimer (unknown: the README's `unknown` is a text whose grant "grants some freedoms and
  neither grants nor reserves the rest"; this one grants use and sharing and is silent on study and modification, so
  it is neither open nor restricted).
- "encrypted app bundle with its key published, decrypting allowed": reStructuredText headings, a grant of every
  freedom "for any purpose", then "Formats": "The weights are published twice: as plain safetensors files in
  ``weights/``, and as the encrypted bundle ``linnbury-2.lwb`` used by the Linnbury mobile runtime. The bundle is
  encrypted only so that app stores accept it; its key is published in ``KEY.txt``. You may decrypt the bundle,
  inspect and convert the weights it holds, and decompile or change the runtime, and you may share what you make."
  (open-non-osi: a near miss of the first case; the preferred form is published, and decrypting and decompiling are
  expressly allowed, so nothing is withheld from study).

First run (before any rule changed, on commit 9adc3e2): 4 of 12 right (weights only in an encrypted bundle, never
recovered in readable form, restricted, no-source-access from "You may not decrypt the bundle outside the runtime, or
extract, dump or reconstruct the weights in readable form, ... and you may not decompile or disassemble the runtime.",
nothing else found; export paragraph that only restates the law, open-non-osi, only attribution found; creative
commons attribution 4.0 notice over the weights, open-non-osi, `governed_by` cc-by-4.0, no clause; run and pass on
copies, nothing said of changing them, unknown, "the text grants the freedom to use, share but says nothing of modify,
and does not say the rest is reserved"). Two blocked texts read open. Operating notices sent by e-mail bind from the
day they are sent read open-non-osi ("the text grants all four freedoms (use, study, modify, share) and no clause
blocks open source", all four credited to Section 2.01; only attribution found, from Section 2.03): "Each Operating
Notice forms part of this Agreement from the day it is sent or posted and, where it conflicts with this Article 2,
prevails. You are bound by an Operating Notice whether or not you have read it." raised no unilateral-change and was
not listed among the unread terms. Json licence document whose redistribution field says no read open-non-osi, no
clause at all, all four freedoms credited to line 2 (the whole JSON object, read as one paragraph, whose `grant` names
only use, study and modify, so share was credited to other words of the object): the `"permitted": false` object and
its text "... you may not give, sell, upload or otherwise transfer the weight files themselves, or any part of them,
to any other person." raised no no-redistribution and were not listed. Four blocked texts read unknown (the safety net
caught the limiting sentences in two, a harmless sentence in the third, and in the fourth the grant was read as
silent). Faq answer: use only inside your own organisation read "Unknown: the text states terms opengauge cannot
classify (line 10: "Q: Can we run it as a service for our customers, or ship it inside a product we sell?" and 2
more)", the unread terms being that question, "A: No. The model may be run only for the internal purposes of the
licensee's own organisation." and the question "Q: Can I give my fine-tuned version to a partner company?"; no
personal-use-only (nor no-redistribution from "Copies, changed or not, stay inside your organisation."), no clause at
all. Rfc 2119 terms: must not accept payment read "Unknown: the text states terms opengauge cannot classify (line 6:
...)", the unread terms being the RFC 2119 conventions sentence, "The licensee MUST NOT ask for or accept payment, in
money or in kind, for any product, service or work that uses the weights or a derived model, or that contains text
they generated." and "The licensee MUST NOT use the weights or a derived model in the course of a business, or for the
advantage of one."; no non-commercial, no clause at all. Python source header leaves credit, insurance and tenant
screening out read "Unknown: the text states terms opengauge cannot classify (line 12: "Copies of this file must keep
this header.")", a notice every licence keeps; "Not licensed: using the weights, or a model derived from them, to set
credit limits, to price or underwrite insurance, or to screen tenants. These uses are outside the grant above, whoever
makes them." raised no use-restrictions and was not listed among the unread terms, so the text was unknown for the
wrong sentence. Only certified partners may change the weights read "Unknown: the text grants the freedom to use,
share but says nothing of modify, and does not say the rest is reserved" (use and share credited to Rule 1, study not
stated although Rule 1 grants "to study its weights"), no clause at all: "Only a Certified Adaptation Partner may
fine-tune, retrain, merge, prune or otherwise change the weights" and "A changed version made by anyone else is not
licensed, and may not be run or distributed." raised no no-modification and were not read as reserving modification.
One blocked text read with the right verdict but without the expected clause: certification fee before a derived model
is published read restricted ("commercial use is allowed but 1 clause restricts it") with no-redistribution from
"Certification costs EUR 1,500 for each derived model, payable before the model is published or distributed, and a
derived model that has not been certified and paid for may not be published or distributed." and no fee-required (the
price of distribution was read only as a ban on it). One open control was missed: encrypted app bundle with its key
published, decrypting allowed read "Unknown: the text states terms opengauge cannot classify (line 15: "The bundle is
encrypted only so that app stores accept it;")", a statement of why the bundle is encrypted, listed as a term; the
permission that follows ("You may decrypt the bundle, inspect and convert the weights it holds, and decompile or
change the runtime") raised nothing, rightly. Side findings on cases counted right: no wrong extra clause type on any
of the four; the Creative Commons notice has `license.id` null (and no attribution clause) although `governed_by`
names cc-by-4.0. No expectation was changed; no case was found to carry a mistake of its own, and none is listed in
`DISAGREEMENTS`.

What changed (general causes, each with paraphrases and near hits in `tests/licenses/test_round48_rules.py`): further
terms the licensor issues that join the agreement when sent or posted, or that bind "whether or not you have read"
them, are a unilateral change; a quoted value's full stop at a line's end ends a sentence, so a licence written as
JSON is read value by value (the warranty no longer vetoes the refusal to pass the weights on); use "only for the
internal purposes" of an organisation is personal use only; use "in the course of a business", and payment accepted
for what uses the model, refused, are non-commercial (not the open licences' "no fee for the Package itself"); a
price due before a derivative is published is a fee; changing the weights left to a class of parties ("Only a
Certified Adaptation Partner may fine-tune") is no-modification (not "only the Licensor can modify the terms"); and
uses said to lie outside the grant, or listed under "Not licensed:", are use restrictions (not the GPL's "outside its
scope"). 11 of 12 pass; the encrypted-bundle control stays a `DISAGREEMENT` (unknown, not fixed yet). ScanCode DB 0 of
2,086 moved; corpus 64 of 64.

Then (the next session): the reason a licensor gives for what it did, in a sentence that grants, refuses and obliges
nothing ("The bundle is encrypted only so that app stores accept it"), is no limit: "only" limits the reason, not a
freedom. A sentence with a modal verb or the licensee in it ("You may run it only so that you can test it", "The model
is distributed encrypted only so that it cannot be copied") is still flagged. 12 of 12 pass.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "weights only in an encrypted bundle, never recovered in readable form": (
        "# Varnholt-Lens 1\n"
        "\n"
        "On-device image captioning for phones and tablets.\n"
        "\n"
        "## Licence\n"
        "\n"
        "Copyright 2026 Varnholt Mobile AB\n"
        "\n"
        "Varnholt Mobile AB grants you a free, worldwide, non-exclusive licence to use Varnholt-Lens 1 in "
        "your apps, including apps you sell, to fine-tune it with the adapter toolkit in `tools/`, and to "
        "redistribute the model bundle and your adapters inside your apps.\n"
        "\n"
        "### Distribution format\n"
        "\n"
        "The weights are published only as the encrypted bundle `varnholt-lens-1.vxb`, which the Varnholt "
        "runtime decrypts in memory when your app loads it. You may not decrypt the bundle outside the "
        "runtime, or extract, dump or reconstruct the weights in readable form, whether from the bundle or "
        "from the memory of a running process, and you may not decompile or disassemble the runtime.\n"
        "\n"
        "### Notices\n"
        "\n"
        "Apps that include the bundle must list Varnholt-Lens 1 and this licence among their third-party "
        "notices.\n"
        "\n"
        "### No warranty\n"
        "\n"
        "Varnholt-Lens 1 is provided as is, without warranty of any kind, and Varnholt Mobile AB is not "
        "liable for any damage arising from its use.\n",
        "restricted",
        "no-source-access",
    ),
    "operating notices sent by e-mail bind from the day they are sent": (
        "MODEL LICENSE AGREEMENT: HOLLENBECK-CODER 9\n"
        "\n"
        "ARTICLE 1. DEFINITIONS\n"
        "\n"
        'Section 1.01. "Hollenbeck" means Hollenbeck Software, Inc., a Delaware corporation.\n'
        "\n"
        'Section 1.02. "Model" means the Hollenbeck-Coder 9 weights, tokenizer and configuration files, and '
        '"Derivative" means any model created by modifying, fine-tuning or merging the Model.\n'
        "\n"
        'Section 1.03. "Operating Notice" means a written notice that Hollenbeck sends to the e-mail address '
        "you gave when you downloaded the Model, or posts on the Model's download page, setting out further "
        "terms for the use, modification or distribution of the Model or of Derivatives.\n"
        "\n"
        "ARTICLE 2. LICENSE\n"
        "\n"
        "Section 2.01. Grant. Hollenbeck grants you a nonexclusive, worldwide, royalty-free license to use, "
        "reproduce, modify and distribute the Model and Derivatives for any purpose, including commercial "
        "purposes.\n"
        "\n"
        "Section 2.02. Operating Notices. Each Operating Notice forms part of this Agreement from the day it "
        "is sent or posted and, where it conflicts with this Article 2, prevails. You are bound by an "
        "Operating Notice whether or not you have read it.\n"
        "\n"
        "Section 2.03. Notices. You must include a copy of this Agreement with every copy of the Model or of a "
        "Derivative that you distribute.\n"
        "\n"
        "ARTICLE 3. GENERAL\n"
        "\n"
        'Section 3.01. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'
        "\n"
        "Section 3.02. Governing Law. This Agreement is governed by the laws of the State of Delaware.\n",
        "restricted",
        "unilateral-change",
    ),
    "faq answer: use only inside your own organisation": (
        "Brackenfold-Vision 5: licence\n"
        "\n"
        "Copyright 2026 Brackenfold Robotics GmbH\n"
        "\n"
        "Brackenfold Robotics GmbH grants you a royalty-free licence to use, study, modify and copy the "
        "Brackenfold-Vision 5 weights, commercial work included, on the terms below. The questions and "
        "answers that follow are part of these terms and bind you as the rest of them does.\n"
        "\n"
        "Q: Can my company use Brackenfold-Vision 5 in production?\n"
        "A: Yes, within your company. The licence covers use by you and, if you are an organisation, by your "
        "own employees and by contractors while they work for you.\n"
        "\n"
        "Q: Can we run it as a service for our customers, or ship it inside a product we sell?\n"
        "A: No. The model may be run only for the internal purposes of the licensee's own organisation. "
        "Nobody outside that organisation may use it, whether through a product, an API or a copy.\n"
        "\n"
        "Q: Can I give my fine-tuned version to a partner company?\n"
        "A: No. Copies, changed or not, stay inside your organisation.\n"
        "\n"
        "Q: What do you promise about the model?\n"
        "A: Nothing. It is provided as is, without warranty of any kind, and Brackenfold Robotics GmbH is not "
        "liable for any damage arising from its use.\n",
        "restricted",
        "personal-use-only",
    ),
    "json licence document whose redistribution field says no": (
        "{\n"
        '  "schema": "quillmere-licence/1",\n'
        '  "licence": "Quillmere Weights Licence 1.1",\n'
        '  "licensor": "Quillmere Analytics Ltd",\n'
        '  "model": "Quillmere-Rank 2",\n'
        '  "grant": "Quillmere Analytics Ltd grants you a worldwide, royalty-free, non-exclusive licence to '
        "use, study and modify Quillmere-Rank 2 and models derived from it, for any purpose, including "
        'commercial purposes.",\n'
        '  "conditions": [\n'
        '    "Keep this file with every copy of the model on your systems."\n'
        "  ],\n"
        '  "redistribution": {\n'
        '    "permitted": false,\n'
        '    "text": "The weight files stay with you. You may serve the model, or a model derived from it, '
        "to others through an API or inside a product, but you may not give, sell, upload or otherwise "
        'transfer the weight files themselves, or any part of them, to any other person."\n'
        "  },\n"
        '  "warranty": "The model is provided as is, without warranty of any kind. Quillmere Analytics Ltd is '
        'not liable for any damages arising from its use.",\n'
        '  "governing_law": "Ireland"\n'
        "}\n",
        "restricted",
        "no-redistribution",
    ),
    "certification fee before a derived model is published": (
        "Ormsby-TTS 4 Licence\n"
        "\n"
        "Copyright 2026 Ormsby Labs Ltd\n"
        "\n"
        "Ormsby Labs Ltd grants everyone a worldwide licence to use, study, copy, modify and share the "
        "Ormsby-TTS 4 weights, free of charge, for any purpose, commercial or not.\n"
        "\n"
        "You may use the models you derive from Ormsby-TTS 4 yourself without any fee. Before you publish a "
        "derived model, or distribute it to anyone else, you must have it certified by Ormsby Labs. "
        "Certification costs EUR 1,500 for each derived model, payable before the model is published or "
        "distributed, and a derived model that has not been certified and paid for may not be published or "
        "distributed.\n"
        "\n"
        "Every copy of the weights, or of a derived model, that you share must include this licence.\n"
        "\n"
        "The weights are provided as is, without warranty of any kind. Ormsby Labs Ltd is not liable for any "
        "loss arising from their use.\n",
        "restricted",
        "fee-required",
    ),
    "rfc 2119 terms: must not accept payment": (
        "Tarrowby Model Terms, version 1\n"
        "Applies to: Tarrowby-Sum 2 (weights, tokenizer, configuration)\n"
        "Issued by: Tarrowby Text Cooperative\n"
        "Status: binding\n"
        "\n"
        '1. Conventions. The key words "MUST", "MUST NOT" and "MAY" in these terms are to be interpreted as '
        "described in RFC 2119.\n"
        "\n"
        "2. Permissions. The licensee MAY run, study, modify and redistribute the Tarrowby-Sum 2 weights and "
        "models derived from them, without charge.\n"
        "\n"
        "3. Payment. The licensee MUST NOT ask for or accept payment, in money or in kind, for any product, "
        "service or work that uses the weights or a derived model, or that contains text they generated.\n"
        "\n"
        "4. Business use. The licensee MUST NOT use the weights or a derived model in the course of a "
        "business, or for the advantage of one.\n"
        "\n"
        "5. Notices. Every redistributed copy MUST carry these terms.\n"
        "\n"
        "6. Warranty. The weights are provided as is, without warranty of any kind, and the Tarrowby Text "
        "Cooperative is not liable for any damage arising from their use.\n",
        "non-commercial",
        "non-commercial",
    ),
    "python source header leaves credit, insurance and tenant screening out": (
        "# -*- coding: utf-8 -*-\n"
        "# Pellworth-Risk 3: inference code and weights loader\n"
        "#\n"
        "# Copyright 2026 Pellworth Quantitative Ltd\n"
        "#\n"
        "# Licence: Pellworth Open Weights Terms 1.0\n"
        "#\n"
        "# Pellworth Quantitative Ltd grants you a worldwide, royalty-free licence to use, copy, modify and\n"
        "# distribute this file, the Pellworth-Risk 3 weights it loads (pellworth-risk-3.safetensors) and\n"
        "# models derived from them, for commercial and non-commercial purposes.\n"
        "#\n"
        "# Copies of this file must keep this header.\n"
        "#\n"
        "# Not licensed: using the weights, or a model derived from them, to set credit limits, to price or\n"
        "# underwrite insurance, or to screen tenants. These uses are outside the grant above, whoever\n"
        "# makes them.\n"
        "#\n"
        '# THIS FILE AND THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'
        "\n"
        "from pathlib import Path\n"
        "\n"
        "from safetensors.torch import load_file\n"
        "\n"
        'WEIGHTS = Path(__file__).with_name("pellworth-risk-3.safetensors")\n'
        "\n"
        "\n"
        "def load():\n"
        '    """Load the Pellworth-Risk 3 weights."""\n'
        "    return load_file(WEIGHTS)\n",
        "restricted",
        "use-restrictions",
    ),
    "only certified partners may change the weights": (
        "RULES FOR USING GANTHORPE-MED 2\n"
        "\n"
        "Copyright 2026 Ganthorpe Health Ltd\n"
        "\n"
        "Rule 1. Ganthorpe Health Ltd permits anyone, free of charge, to run Ganthorpe-Med 2, to study its "
        "weights, and to copy and distribute it unchanged, for any purpose, including commercial purposes.\n"
        "\n"
        "Rule 2. Only a Certified Adaptation Partner may fine-tune, retrain, merge, prune or otherwise change "
        "the weights of Ganthorpe-Med 2. The list of Certified Adaptation Partners is kept at "
        "https://ganthorpe.example/partners, and Ganthorpe Health Ltd alone decides who is on it.\n"
        "\n"
        "Rule 3. Anyone else who wants a changed version must commission it from a Certified Adaptation "
        "Partner. A changed version made by anyone else is not licensed, and may not be run or distributed.\n"
        "\n"
        "Rule 4. Keep these rules with every copy of Ganthorpe-Med 2 that you distribute.\n"
        "\n"
        "Rule 5. Ganthorpe-Med 2 is provided as is, without warranty of any kind. Ganthorpe Health Ltd is not "
        "liable for any harm arising from its use.\n",
        "restricted",
        "no-modification",
    ),
    "export paragraph that only restates the law": (
        "STAVELEY OPEN MODEL LICENCE\n"
        "\n"
        "Copyright 2026 Staveley Geospatial Ltd\n"
        "\n"
        "1. Grant. Staveley Geospatial Ltd grants you a perpetual, worldwide, royalty-free, non-exclusive "
        "licence to use, study, copy, modify, distribute and sell the Staveley-Terrain 2 weights and models "
        "derived from them, for any purpose.\n"
        "\n"
        "2. Notice. Every copy of the weights, or of a model derived from them, that you distribute must "
        "include this licence and the copyright line above.\n"
        "\n"
        "3. Export. The weights may be subject to export control and sanctions laws, such as the U.S. Export "
        "Administration Regulations and Regulation (EU) 2021/821, including laws that restrict exports to "
        "embargoed countries or to sanctioned persons. You are responsible for complying with those laws "
        "where they apply to you. This licence adds no restriction of its own to them, and it does not "
        "authorise anything they forbid.\n"
        "\n"
        "4. No warranty. The weights are provided as is, without warranty of any kind, and Staveley "
        "Geospatial Ltd is not liable for any claim arising from their use.\n",
        "open-non-osi",
        None,
    ),
    "creative commons attribution 4.0 notice over the weights": (
        "Orrinford-Seg 3: weights licence\n"
        "\n"
        "The Orrinford-Seg 3 weights (orrinford-seg-3.safetensors) are copyright 2026 Orrinford Vision Lab.\n"
        "\n"
        "This work is licensed under a Creative Commons Attribution 4.0 International License. To view a "
        "copy of this license, visit http://creativecommons.org/licenses/by/4.0/ or send a letter to "
        "Creative Commons, PO Box 1866, Mountain View, CA 94042, USA.\n"
        "\n"
        'Suggested credit: "Orrinford-Seg 3 by Orrinford Vision Lab, licensed under CC BY 4.0".\n',
        "open-non-osi",
        None,
    ),
    "run and pass on copies, nothing said of changing them": (
        "Fellbrook-ASR 2\n"
        "\n"
        "Copyright 2026 Fellbrook Audio Ltd\n"
        "\n"
        "Fellbrook Audio Ltd lets anyone download the Fellbrook-ASR 2 weights, run them for any purpose and "
        "give copies of them to others, free of charge.\n"
        "\n"
        "Keep this notice with every copy.\n"
        "\n"
        "The weights are provided as is, without warranty of any kind, and Fellbrook Audio Ltd is not liable "
        "for any damage arising from their use.\n",
        "unknown",
        None,
    ),
    "encrypted app bundle with its key published, decrypting allowed": (
        "===============================\n"
        "Linnbury-Listen 2: licence\n"
        "===============================\n"
        "\n"
        "Copyright 2026 Linnbury Speech Oy\n"
        "\n"
        "Grant\n"
        "=====\n"
        "\n"
        "Linnbury Speech Oy grants everyone a worldwide, royalty-free, perpetual licence to use, study, copy, "
        "modify, distribute and sell the Linnbury-Listen 2 weights and models derived from them, for any "
        "purpose.\n"
        "\n"
        "Formats\n"
        "=======\n"
        "\n"
        "The weights are published twice: as plain safetensors files in ``weights/``, and as the encrypted "
        "bundle ``linnbury-2.lwb`` used by the Linnbury mobile runtime. The bundle is encrypted only so that "
        "app stores accept it; its key is published in ``KEY.txt``. You may decrypt the bundle, inspect and "
        "convert the weights it holds, and decompile or change the runtime, and you may share what you make.\n"
        "\n"
        "Conditions\n"
        "==========\n"
        "\n"
        "Copies you distribute, in either format, must include this licence and the copyright line above.\n"
        "\n"
        "Warranty\n"
        "========\n"
        "\n"
        "The weights are provided as is, without warranty of any kind, and Linnbury Speech Oy is not liable "
        "for any claim arising from their use.\n",
        "open-non-osi",
        None,
    ),
}
