# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 35 (issue 14): twelve model licences with limits hidden by grammar, eight that block an
open label and four open controls. In each blocked text the limit is carried by a grammatical form that a
reader looking for keywords in the usual places would miss: a passive voice whose agent, "this licence",
comes at the end of a long sentence; a double negative that still restricts; a whole grant made
conditional by an "only if" clause at the end of a long sentence; a definition of "You"; a "provided,
however," tail on the grant; a right the licensor keeps for itself; an enumeration of the only platforms;
and a count written in words. Each open control uses the same form so that it takes nothing away: double
negatives that lift limits, an "only if" that concerns attribution only, a definition of "You" that takes
in companies, and a "provided, however," that only keeps a disclaimer with every copy. Drafting styles vary
(numbered clauses, legalese with definitions, Markdown, a key-value header, a single-sentence grant).
Written fresh with invented details, blind, before any rule changed.

- "passive voice, agent far away": an any-purpose grant whose clause 3 says "No deployment of the Model
  ... in any product, service or platform ... whose users ... number more than two hundred thousand, is,
  whether under clause 1 or under any other provision ..., authorised by this licence" (restricted,
  user-threshold: the subject is 60 words from its verb, and the figure is written in words).
- "double negative that still restricts": a licence to use, copy, modify and share in any field, whose
  clause 2 says "Nothing in this licence shall be read as not requiring you to obtain our written consent
  before you make any commercial use of the Model", silence not being consent (non-commercial: commercial
  use needs a separate permission, as round 26's written consent).
- "only if at the end of a long sentence": a one-sentence grant of every freedom, in products sold or given
  away, in any country and field, "without payment and without asking ... first, only if the total revenue
  of that person or organisation ... in its last completed financial year was no greater than EUR
  8,000,000" (restricted, revenue-threshold: the condition governs the whole grant).
- "you defined as a consumer": a defined-terms agreement granting "You" every freedom "for any purpose",
  where "'You' means a natural person acting outside any trade, business or profession" (non-commercial:
  no use in any trade, business or profession is licensed, so commercial use is not allowed; the text is
  personal-use-only too, but the narrower verdict is non-commercial; unlike round 25's "you defined as an
  individual", which allowed an individual's paid work).
- "provided, however tail": a grant to use, copy, modify, publish, distribute and sell, and to use the
  outputs in any way, "provided, however, that neither the Model nor any text, embedding, score or other
  output produced with it shall be used ... to create, train, fine-tune, distil or improve any language
  model other than the Model" (restricted, output-training-ban).
- "licensor retains the paid api": "for any lawful purpose, including in commercial products", then "Rights
  we keep. Tessaly Search Ltd retains the exclusive right to offer the Model ... to third parties as a paid
  application programming interface, or as any other paid hosted service ... Clause 1 is to be read
  accordingly." (restricted, use-restrictions: offering a hosted service is withheld from the licensee).
- "enumeration of the allowed platforms": a Markdown licence to use, modify, redistribute and sell "on the
  following platforms:", a numbered list of the licensor's chips, boards and cloud instances, "The list
  above is complete, and this licence extends to no platform that is not named in it." (restricted,
  platform-tie; the word "only" is never used).
- "count in words": an any-purpose grant, commercial products included, "in no more than three production
  deployments at any one time", with a counting clause (restricted, user-threshold: a cap on the scale of
  production use, above which this licence gives nothing; the nearest type, as no type names deployments).
- "double negatives that lift limits": "You are not prohibited from using ... commercially", "nothing in
  this licence shall be read as requiring you to ask for our consent", "It is not the case that you need to
  pay us, register with us or tell us", "There is no use of the Model that this licence does not permit, and
  there is no number of users, amount of revenue or country at which it stops applying", with one notice
  condition (open-non-osi).
- "only if about attribution": use, modify and fine-tune for any purpose, sell the images, and
  redistribute the Model and modified versions in any form, free or for a fee, "only if you include this
  notice and the copyright line above with every copy, and mark modified versions as modified"; "No other
  condition applies to you." (open-non-osi).
- "you defined to include companies": a defined-terms agreement whose "You" is "any natural person or legal
  entity ..., including a company, partnership, public body, university or charity, whether acting for
  itself or in the course of any trade, business or profession", granted every freedom for any purpose with
  notice conditions (open-non-osi; the near miss of the consumer definition above).
- "provided, however that keeps a disclaimer": a grant to use, copy, modify, merge, publish, distribute,
  sublicense and sell for any purpose, "provided, however, that the disclaimer of warranty and the
  limitation of liability set out in clause 3 shall accompany every copy ... and shall not be removed or
  weakened" (open-non-osi: keeping a disclaimer is a notice duty).

First run (before any rule changed): 4 of 12 right (the provided, however tail, read restricted with the
output-training-ban clause from the tail itself; and three of the four open controls: only if about
attribution, read open-non-osi with the "only if you include this notice" sentence as attribution; you
defined to include companies, open-non-osi; provided, however that keeps a disclaimer, open-non-osi). The
most serious: six blocked texts read open (open-non-osi, "the text grants all four freedoms ... and no
clause blocks open source"), each with no blocking clause and nothing unclassified, so the sentence that
holds the limit was neither classified nor flagged. Passive voice, agent far away: "3. Scale. No
deployment of the Model, or of any model derived from it, in any product, service or platform operated by
you, ..., whose users, ..., number more than two hundred thousand, is, whether under clause 1 or under any
other provision of this document or any other permission Ketterick has published, authorised by this
licence." was not read as a user threshold (only the notice clause, attribution, was found). Double
negative that still restricts: "2. Nothing in this licence shall be read as not requiring you to obtain
our written consent before you make any commercial use of the Model or of a changed version of it, ..."
produced no non-commercial clause (nor did its definition of commercial use). You defined as a consumer:
"'You' means a natural person acting outside any trade, business or profession" produced neither
non-commercial nor personal-use-only, and the grant to "You" "for any purpose" was read as open. Licensor
retains the paid API: "Tessaly Search Ltd retains the exclusive right to offer the Model, and any version
derived from it, to third parties as a paid application programming interface, or as any other paid
hosted service ..." and "Clause 1 is to be read accordingly." were not read as a use restriction.
Enumeration of the allowed platforms: the grant "on the following platforms:", the list of Aldmoor
chips, boards and cloud instances, and "The list above is complete, and this licence extends to no
platform that is not named in it." produced no platform-tie. Count in words: "... for any purpose,
including in products and services you charge for, in no more than three production deployments at any
one time." produced no cap of any kind. One blocked text read unknown: only if at the end of a long
sentence, whose whole one-sentence grant was left unclassified ("Harlowe Quantitative GmbH, of Lindrach,
permits any person or organisation that obtains a copy of the Stenbury-TS time-series forecasting model
... to use, run, study, copy, modify, fine-tune, merge and distribute the Model ..., without payment and
without asking Harlowe Quantitative GmbH first, only if the total revenue of that person or organisation,
taken together with its affiliates, in its last completed financial year was no greater than EUR
8,000,000."): neither the grant ("permits ... to use") nor the revenue cap in its "only if" tail was read.
One open text read unknown: double negatives that lift limits, unclassified "It is not the case that you
need to pay us, register with us or tell us what you do." and "3. There is no use of the Model that this
licence does not permit, and there is no number of users, amount of revenue or country at which it stops
applying." (the double negatives "You are not prohibited from using ... commercially" and "nothing in
this licence shall be read as requiring you to ask for our consent" raised nothing). No open text read
restricted. Side findings: no attribution clause was found in the
double negative that still restricts ("include this licence and the line ...") or in provided, however
that keeps a disclaimer ("Keep the notice ... in copies of the Model you distribute."). No expectation was
changed; no case was found to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): users counted with the verb "number"
("whose users ... number more than two hundred thousand") and a cap on production deployments are user
thresholds; revenue at the end of an "only if" grant compared with a money figure is a revenue threshold;
consent required before commercial use, in any wording ("shall be read as not requiring you to obtain our
written consent before ... commercial use"; not "shall be read as requiring"), and the licensee defined as a
person acting outside any trade, business or profession are non-commercial; an activity the licensor keeps
as its "exclusive right" is taken out of the grant (a use restriction); a grant on "the following
platforms:" and a licence that "extends to no platform" not named tie it to them. The safety net flags "No
<thing> ... is authorised by this licence", and lets pass "It is not the case that you need to ..." and "no
use ... that this licence does not permit".

"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "passive voice, agent far away": (
        "Orrinvale-12B Model Licence\n"
        "Ketterick Analytics AB, Holmsund\n"
        "\n"
        '1. Grant. Ketterick Analytics AB ("Ketterick") grants you a worldwide, royalty-free, '
        "non-exclusive licence to use, copy, modify, fine-tune and distribute the Orrinvale-12B weights, "
        'tokenizer and inference code (the "Model") and models derived from it, for any purpose, '
        "commercial or not.\n"
        "\n"
        "2. Notices. Keep the copyright notice and a copy of this licence with every copy of the Model you "
        "distribute, and state in a prominent place that you changed the Model if you did.\n"
        "\n"
        "3. Scale. No deployment of the Model, or of any model derived from it, in any product, service or "
        "platform operated by you, by your affiliates or by anyone acting on your behalf, whose users, "
        "counted as the distinct persons who used it in any calendar month and taken together across all "
        "such products, services and platforms, number more than two hundred thousand, is, whether under "
        "clause 1 or under any other provision of this document or any other permission Ketterick has "
        "published, authorised by this licence.\n"
        "\n"
        "4. Outputs. Text the Model generates is yours, and you may use it for any purpose.\n"
        "\n"
        '5. No warranty. The Model is provided "as is", without warranty of any kind, and Ketterick is '
        "not liable for any loss arising from its use.\n",
        "restricted",
        "user-threshold",
    ),
    "double negative that still restricts": (
        "Pellworth-Vision 3B Licence\n"
        "Pellworth Imaging Ltd, Dunmarrow\n"
        "\n"
        "1. You may use, copy, modify and share Pellworth-Vision 3B, its weights and its preprocessing "
        'code (the "Model"), and versions of the Model you have changed, and nothing here limits the '
        "field in which you work.\n"
        "\n"
        "2. Nothing in this licence shall be read as not requiring you to obtain our written consent "
        "before you make any commercial use of the Model or of a changed version of it, and no silence, "
        "delay or earlier dealing on our part shall be read as that consent. In this clause, commercial "
        "use means use by or for a business, or in anything that is sold, rented, licensed for a fee or "
        "paid for by advertising.\n"
        "\n"
        "3. When you share the Model or a changed version, include this licence and the line "
        '"Pellworth-Vision 3B, (c) 2025 Pellworth Imaging Ltd".\n'
        "\n"
        "4. The Model is provided as is. We are not responsible for how it is used or for any decision "
        "taken on the basis of what it detects.\n",
        "non-commercial",
        "non-commercial",
    ),
    "only if at the end of a long sentence": (
        "Stenbury-TS Forecasting Licence, version 1.1\n"
        "\n"
        "Harlowe Quantitative GmbH, of Lindrach, permits any person or organisation that obtains a copy of "
        "the Stenbury-TS time-series forecasting model, its weights, configuration files and documentation "
        '(together the "Model"), to use, run, study, copy, modify, fine-tune, merge and distribute the '
        "Model and any modified version of it, to build the Model into products and services, whether "
        "those are given away or sold, hosted or installed, and to offer them to customers in any country "
        "and in any field of activity, without payment and without asking Harlowe Quantitative GmbH first, "
        "only if the total revenue of that person or organisation, taken together with its affiliates, in "
        "its last completed financial year was no greater than EUR 8,000,000.\n"
        "\n"
        'Copies of the Model, modified or not, must carry this licence and the notice "Stenbury-TS, '
        'Copyright 2025 Harlowe Quantitative GmbH".\n'
        "\n"
        "Forecasts produced with the Model belong to whoever produced them.\n"
        "\n"
        "The Model is provided without warranty of any kind. Harlowe Quantitative GmbH is not liable for "
        "any loss, including trading losses, that arises from using the Model or relying on its forecasts.\n",
        "restricted",
        "revenue-threshold",
    ),
    "you defined as a consumer": (
        "GRENNICK-SPEECH LICENCE AGREEMENT\n"
        "\n"
        "1. Definitions\n"
        '"Licensor" means Grennick Voice S.r.l., Valdorno.\n'
        '"Model" means the Grennick-Speech 1B speech recognition weights, the tokenizer and the example '
        "code distributed with them.\n"
        '"Derivative" means any modification of the Model, and any model fine-tuned from it.\n'
        '"You" means a natural person acting outside any trade, business or profession, and "Your" has '
        "a corresponding meaning.\n"
        "\n"
        "2. Grant\n"
        "The Licensor grants You a perpetual, worldwide, royalty-free licence to use, copy, modify and "
        "distribute the Model and Derivatives, for any purpose, and to use transcripts made with them as "
        "You wish.\n"
        "\n"
        "3. Distribution\n"
        "If You distribute the Model or a Derivative, You shall include a copy of this Agreement and keep "
        "the Licensor's copyright notice.\n"
        "\n"
        "4. Disclaimer\n"
        'The Model is provided "as is", without warranty of any kind. The Licensor shall not be liable '
        "for any damages arising from the use of the Model or of any Derivative.\n"
        "\n"
        "Copyright (c) 2025 Grennick Voice S.r.l.\n",
        "non-commercial",
        "non-commercial",
    ),
    "provided, however tail": (
        "Corvel-Instruct 8B Licence\n"
        "\n"
        "Copyright 2025 Arnsby Machine Learning Inc., Port Haldane\n"
        "\n"
        "1. Arnsby Machine Learning Inc. grants to each person and company that obtains a copy of "
        'Corvel-Instruct 8B (the weights, tokenizer and chat template, the "Model") a perpetual, '
        "worldwide, royalty-free licence to use, copy, modify, merge, publish and distribute the Model and "
        "modified versions of it, to sell products and services that include or rely on the Model, and to "
        "use the text it generates in any way, provided, however, that neither the Model nor any text, "
        "embedding, score or other output produced with it shall be used, by you or through any third "
        "party, to create, train, fine-tune, distil or improve any language model other than the Model and "
        "versions of it made under this licence.\n"
        "\n"
        "2. Copies of the Model and of modified versions must include this licence and the copyright line "
        "above.\n"
        "\n"
        "3. The Model is provided as is, without warranty of any kind, express or implied. In no event "
        "shall Arnsby Machine Learning Inc. be liable for any claim, damages or other liability arising "
        "from the Model or its use.\n",
        "restricted",
        "output-training-ban",
    ),
    "licensor retains the paid api": (
        "Marrowgate-Embed Licence\n"
        "\n"
        "Licensor: Tessaly Search Ltd, Brannock Quay\n"
        "Model: Marrowgate-Embed 600M (weights, tokenizer and pooling code)\n"
        "\n"
        "1. Rights you receive. Tessaly Search Ltd grants you a worldwide, royalty-free, non-exclusive "
        "licence to use, reproduce, modify and distribute the Model and any version derived from it, for "
        "any lawful purpose, including in commercial products that you sell to your own customers.\n"
        "\n"
        "2. Rights we keep. Tessaly Search Ltd retains the exclusive right to offer the Model, and any "
        "version derived from it, to third parties as a paid application programming interface, or as any "
        "other paid hosted service through which others send inputs and receive the Model's embeddings. "
        "Clause 1 is to be read accordingly.\n"
        "\n"
        '3. Notices. Keep this licence and the notice "Marrowgate-Embed, Copyright 2025 Tessaly Search '
        'Ltd" with every copy you distribute.\n'
        "\n"
        "4. No warranty. The Model is provided as is. Tessaly Search Ltd is not liable for any loss "
        "arising from its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "enumeration of the allowed platforms": (
        "# Quenby-Vision Nano Licence\n"
        "\n"
        "Quenby-Vision Nano (the weights, the quantised runtime files and the sample applications, "
        'together "the Model") is licensed by Aldmoor Silicon Corp., Fenwick Falls.\n'
        "\n"
        "## What you may do\n"
        "\n"
        "You may use, copy, modify, fine-tune and redistribute the Model, in commercial products or "
        "otherwise, and sell what you build with it, on the following platforms:\n"
        "\n"
        "1. Aldmoor Q-series neural processing units;\n"
        "2. the Aldmoor Tern and Tern Pro development boards;\n"
        "3. Aldmoor Cloud Inference instances.\n"
        "\n"
        "The list above is complete, and this licence extends to no platform that is not named in it.\n"
        "\n"
        "## What you must do\n"
        "\n"
        'Keep this licence and the notice "Quenby-Vision Nano, Copyright 2025 Aldmoor Silicon Corp." '
        "with every copy of the Model that you pass on, modified or not.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "The Model is provided as is, without warranty of any kind. Aldmoor Silicon Corp. is not liable "
        "for any loss arising from its use.\n",
        "restricted",
        "platform-tie",
    ),
    "count in words": (
        "Brackwater-Code 15B Licence\n"
        "\n"
        'Brackwater Tools BV, Harlinge ("Brackwater")\n'
        "\n"
        "1. Permission. Brackwater grants you a worldwide, royalty-free, non-exclusive licence to use, "
        'copy, modify and distribute the Brackwater-Code 15B weights and tokenizer (the "Model") and '
        "models derived from it, for any purpose, including in products and services you charge for, in no "
        "more than three production deployments at any one time.\n"
        "\n"
        "2. Counting. A production deployment is one installation of the Model or of a model derived from "
        "it, on your own machines or in the cloud, that serves people or systems other than your own "
        "developers while they are building and testing. Development and test installations are not "
        "counted. Deployments operated by your affiliates, or by others on your behalf, count as yours.\n"
        "\n"
        '3. Notices. Every copy you distribute must carry this licence and the line "Brackwater-Code 15B, '
        'Copyright 2025 Brackwater Tools BV".\n'
        "\n"
        "4. Code the Model writes is yours.\n"
        "\n"
        "5. No warranty. The Model is provided as is, without warranty of any kind, and Brackwater is not "
        "liable for any loss arising from its use.\n",
        "restricted",
        "user-threshold",
    ),
    "double negatives that lift limits": (
        "Fallowmere-Chat Licence\n"
        "The Fallowmere Collective, Otterby\n"
        "\n"
        "1. You are not prohibited from using Fallowmere-Chat (the weights, tokenizer and chat template, "
        'the "Model") commercially, and nothing in this licence shall be read as requiring you to ask '
        "for our consent before any use of it, commercial or not.\n"
        "\n"
        "2. You may copy, modify, fine-tune and redistribute the Model and your modified versions, on any "
        "terms you choose for your own changes. It is not the case that you need to pay us, register with "
        "us or tell us what you do.\n"
        "\n"
        "3. There is no use of the Model that this licence does not permit, and there is no number of "
        "users, amount of revenue or country at which it stops applying.\n"
        "\n"
        '4. The one thing we ask in return: keep this licence and the line "Fallowmere-Chat, Copyright '
        '2025 The Fallowmere Collective" with the copies you share.\n'
        "\n"
        "5. The Model is provided as is, without warranty of any kind, and the Fallowmere Collective is "
        "not liable for anything that happens because of its use.\n",
        "open-non-osi",
        None,
    ),
    "only if about attribution": (
        "Ashcombe-Diffusion XL Licence\n"
        "\n"
        "Copyright 2025 Verrant Image Works SAS, Belcastel\n"
        "\n"
        "You may use, copy, modify, merge and fine-tune Ashcombe-Diffusion XL (the weights, the VAE and "
        'the sampling code, together the "Model") for any purpose, commercial or non-commercial, and you '
        "may sell, publish and license the images you make with it.\n"
        "\n"
        "You may redistribute the Model, and modified versions of it, as files, in containers, built into "
        "products or behind a hosted service, for free or for a fee, only if you include this notice and "
        "the copyright line above with every copy, and mark modified versions as modified.\n"
        "\n"
        "No other condition applies to you.\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL VERRANT IMAGE '
        "WORKS SAS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE MODEL OR ITS USE.\n",
        "open-non-osi",
        None,
    ),
    "you defined to include companies": (
        "HEDGEROW-LM LICENCE AGREEMENT\n"
        "\n"
        "1. Definitions\n"
        '"Licensor" means Pennard Language Systems Ltd, Cawsey Bridge.\n'
        '"Model" means the Hedgerow-LM 4B weights, tokenizer and training configuration.\n'
        '"Derivative" means any modification of the Model and any model fine-tuned or distilled from it.\n'
        '"You" means any natural person or legal entity exercising rights under this Agreement, '
        "including a company, partnership, public body, university or charity, whether acting for itself "
        'or in the course of any trade, business or profession, and "Your" has a corresponding meaning.\n'
        "\n"
        "2. Grant\n"
        "The Licensor grants You a perpetual, worldwide, royalty-free, non-exclusive licence to use, "
        "reproduce, modify, distribute and sublicense the Model and Derivatives, for any purpose.\n"
        "\n"
        "3. Conditions\n"
        "If You distribute the Model or a Derivative, You shall include a copy of this Agreement, keep the "
        "Licensor's copyright notice, and state that a Derivative has been changed.\n"
        "\n"
        "4. Disclaimer\n"
        'The Model is provided "as is", without warranty of any kind. The Licensor shall not be liable '
        "for any damages arising from the use of the Model or of any Derivative.\n"
        "\n"
        "Copyright (c) 2025 Pennard Language Systems Ltd.\n",
        "open-non-osi",
        None,
    ),
    "provided, however that keeps a disclaimer": (
        "Lanternfield-ASR Licence\n"
        "\n"
        "1. Lanternfield Audio Oy, of Kuusirinne, grants you permission, without fee, to use, copy, "
        "modify, merge, publish, distribute, sublicense and sell the Lanternfield-ASR speech recognition "
        'model, its weights and its decoding code (the "Model"), and modified versions of it, for any '
        "purpose, provided, however, that the disclaimer of warranty and the limitation of liability set "
        "out in clause 3 shall accompany every copy and every modified version you distribute, and shall "
        "not be removed or weakened.\n"
        "\n"
        '2. Keep the notice "Lanternfield-ASR, Copyright 2025 Lanternfield Audio Oy" in copies of the '
        "Model you distribute.\n"
        "\n"
        '3. The Model is provided "as is", without warranty of any kind, express or implied, including '
        "warranties of accuracy, merchantability and fitness for a particular purpose. Lanternfield Audio "
        "Oy shall not be liable for any claim, damages or other liability arising from the Model, from "
        "transcripts made with it, or from any other use of it.\n",
        "open-non-osi",
        None,
    ),
}
