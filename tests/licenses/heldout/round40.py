# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 40 (issue 14): twelve model licences in the shapes of the source-available and "open-core"
licence families, and of the content and ethical licences that model weights are sometimes released under,
each rewritten from scratch with invented names, parties and places, keeping only the family's mechanism.
Eight block an open label: a delayed-open licence whose production use stops short of a competing offering
until a change date four years on; a licence that refuses a hosted or managed service to others; a
permissive notice with a rider that takes away the right to sell the model or a service built on its value;
a reciprocal licence that makes anyone who runs the model as a service publish the source of the whole
service, programs not derived from the model included; a licence conditioned on human rights as the
licensor judges them; a content licence with no-profit and share-same elements applied to weights; a
content licence whose adapted material may not be shared; and a responsible-AI licence whose prohibited
applications travel into every derivative. Four are open controls from the same families: a network
copyleft licence with a source offer to network users of a changed version, a file-level reciprocal licence
that leaves larger works free, a share-same content licence that allows commercial use, and a public-domain
dedication with a fallback licence. Drafting styles vary (Markdown with a bold parameter header, plain
headed sections, a permission notice with a rider, legalese with numbered clauses, Markdown with numbered
conditions, a public licence with lettered sections, a key-value header over numbered clauses, articles,
Markdown sections, numbered definitions, plain sections, a key-value header over a dedication). Written
fresh, blind, before any rule changed.

- "change date four years on": a Markdown licence with a bold header ("**Change Date:** for each version of
  the Licensed Work, the fourth anniversary of the day on which the Licensor first published that version",
  "**Change Licence:** the Ostry Permissive Licence 2.0, printed in full in Annex A below") granting copying,
  changing, passing on and "to use it in any way that is not production use", then "You may also put the
  Licensed Work, or a work based on it, into production, except where it forms part of a Competing
  Offering.", defined as a product or service made available to others, paid or free, that lets them use
  the work "directly or through an interface you host" and competes with what the licensor sells; other
  uses need a commercial licence; on the Change Date the Change Licence applies (restricted,
  use-restrictions: judged on the terms in force now, as round 34's "converts to apache after two years";
  not time-limit, since the date only widens the grant).
- "no managed service for others": plain headed sections ("Accepting these terms", "What you may do",
  "Limits", "Patents", "Passing it on", "Ending", "No other rights", "No warranty") granting use, copying,
  distribution and derived works, with "You may not make Brindlecote-Embed, or any work derived from it,
  available to other people or organisations as a service that you host or operate for them, where that
  service gives them the use of all or a substantial part of what the model does." (restricted,
  use-restrictions: the field of hosting the model for others is withheld, as round 35's "licensor retains
  the paid api").
- "permissive notice with a rider on selling": an MIT-shaped permission in new words ("may deal in the
  Model without limitation, including the rights to use, copy, modify, merge, publish, distribute,
  sublicense and sell copies of it"), a capitals disclaimer, then "Rider on selling": "The permission above
  is given subject to this rider, which prevails over it. Nothing in that permission grants you the right to
  Sell the Model.", "Sell" meaning to supply others, "in return for a fee or any other consideration, the
  Model itself or a product or service whose value comes entirely or substantially from the functions of
  the Model", hosting, consultancy and support for a fee included (restricted: no one may sell copies or
  paid services built on the model, which the open source definition's free redistribution and field of
  endeavour rule out; no one clause type names it).
- "service operators publish their whole stack": a reciprocal licence in numbered legalese (copies conveyed
  with their Complete Source under the same licence, no further restrictions) whose clause 4 says "Whoever
  lets other people or organisations use the Program, or a Modified Version, through a network service
  operated by them or for them shall publish the Complete Source of that whole service, free of charge and
  under this licence, where anyone can download it.", "the whole service" taking in "every other program
  the operator relies on to provide the service" (deployment, scheduling, scaling, monitoring, metering,
  billing, storage, backup, interfaces, scripts), and "Clause 4.1 applies to each of those programs whether
  or not it is derived from the Program, and whoever wrote it." (restricted: as an OSI reviewer would judge
  it, the duty reaches software that is not the licensed work, which the open source definition forbids a
  licence to restrict, and it burdens one field of use, offering a service, far beyond copyleft; the
  nearest earlier texts, round 19's "no hosted service" and round 24's "hosted services only", are labelled
  restricted with no clause type).
- "human-rights standard judged by the licensor": a Markdown permission for anything, with numbered
  conditions: "Neither you nor anyone acting on your behalf may use Siskin-Speech 1, or a work based on it,
  in any activity that violates, or that helps others to violate, the rights of any person recognised in
  the Universal Declaration of Human Rights of 1948 ...", "Whether an activity meets condition 2 is for
  Tarrant Lane Collective to decide. Its decision, published on its website, binds you, whatever the law of
  your country says about the activity.", and the permission ending on a published decision of breach
  (restricted, ethical-conditions).
- "content licence, no-profit and share-same, on weights": a public licence with lettered sections applied
  to music-model weights, a fine-tuned, merged, pruned, distilled or quantised model being Adapted Material,
  whose grant is "to: 1. copy the Material, in whole or in part, and Share it, provided that the purpose is
  No-Profit; and 2. make Adapted Material, copy it and Share it, on the same proviso.", "No-Profit" meaning
  "not mainly aimed at obtaining commercial gain or payment in money or in kind", with credit, share-same
  and no added barriers (non-commercial; the word "commercial" appears only in the definition).
- "content licence, no adaptations shared, on weights": a key-value header over numbered clauses: "1. You
  may copy the Material and share it with anyone, in whole or in part, for any purpose, commercial purposes
  included, free of charge or for a fee." and "2. You may make Adapted Material, for example by fine-tuning,
  merging, quantising or pruning the weights, and use it yourself, but you may not share Adapted Material
  with any other person or organisation, by any means." (restricted, no-modification: changes may be made
  but not shared, as round 29's "adapt in house, pass on only the original").
- "responsible-ai restrictions carried into every derivative": articles with a grant "Subject to Articles 5
  and 6" for any purpose, a Derivative including models trained on the outputs to behave like the model,
  Article 5 "Prohibited applications" (eligibility for benefits, credit, housing or employment without a
  human who can overturn it; predicting crime from personal characteristics; misleading voters about an
  election; unreviewed medical advice to patients), and Article 6 "Carrying the restrictions forward":
  "Articles 5 and 6 travel with the Model and with every Derivative, whoever makes it and whatever licence
  the rest of it is released under. You may release a Derivative on terms of your choosing only if those
  terms contain Articles 5 and 6 in substance and make them binding on the recipient.", and hosted users
  bound to Article 5 by terms of use (restricted, restrictions-flow-down; also use-restrictions).
- "network copyleft for a speech model": Markdown sections: run for any purpose, study, change, pass on,
  free or for a fee; copies passed on with their complete corresponding source (weights in the form for
  changing them, training and running code) under the same licence, "You may not add any term that takes
  away a right this licence gives."; "If you change Sedgewick-ASR and let people use your changed version by
  interacting with it over a network, you must offer each of those users, prominently, a way to obtain the
  complete corresponding source of your changed version from a network server, free of charge."; patent
  licence with patent retaliation, a 30-day cure (open-non-osi: strong copyleft with a network source offer
  keeps every freedom).
- "file-level reciprocity with larger works free": numbered definitions ("Covered File", "Larger Work",
  "Editable Form" of a weight shard or a source file), copyright and patent grants, "Covered Files that you
  distribute, unchanged or modified, must be distributed under this licence", "You may distribute a Larger
  Work under terms of your choice, provided that you comply with clauses 3.1 and 3.2 for the Covered Files
  it contains.", patent defence, a 30-day cure (open-non-osi).
- "content licence share-same, commercial allowed": plain sections allowing, "for any purpose, commercial
  purposes included", copying, sharing and making and sharing Adapted Material (changed weights among
  them), with credit, share-same ("Adapted Material that you Share must be licensed under this licence, a
  later version of it, or a licence that the Oakhanger steward lists as compatible with it."), "No added
  barriers", and "Patent and trade mark rights are not licensed under this licence." (open-non-osi).
- "public-domain dedication with a fallback licence": a key-value header (Affirmer, Work) over a purpose, a
  waiver of "all copyright, database rights and related rights ... for every purpose, commercial or not", a
  fallback "free, worldwide, non-exclusive, irrevocable and unconditional licence" where the waiver fails,
  "The Affirmer will not assert any of those rights against anyone, or bring any claim over them.", and
  limits: "No trade mark or patent right held by the Affirmer is given up, licensed or otherwise affected
  by this dedication.", no warranty, no responsibility for clearing others' rights (open-non-osi).

First run (before any rule changed): 4 of 12 right (no managed service for others, restricted with
use-restrictions from "You may not make Brindlecote-Embed, or any work derived from it, available to other
people or organisations as a service that you host or operate for them, ..."; human-rights standard judged
by the licensor, ethical-conditions from condition 2; file-level reciprocity with larger works free and
content licence share-same, commercial allowed, both open-non-osi with only a non-blocking share-alike).
The most serious: two blocked texts read open (open-non-osi, "the text grants all four freedoms (use,
study, modify, share) and no clause blocks open source"), each with no blocking clause and nothing
unclassified. Permissive notice with a rider on selling: the rider, "The permission above is given subject
to this rider, which prevails over it. Nothing in that permission grants you the right to Sell the Model.",
and the definition of "Sell" ("... the Model itself or a product or service whose value comes entirely or
substantially from the functions of the Model, and it includes hosting, consultancy and support offered
for a fee") raised nothing and were not flagged, every freedom being credited to "may deal in the Model
without limitation, including the rights to use, copy, modify, merge, publish, distribute, sublicense and
sell copies of it". Service operators publish their whole stack: clause 4.1, "Whoever lets other people or
organisations use the Program, or a Modified Version, through a network service operated by them or for
them shall publish the Complete Source of that whole service, free of charge and under this licence, where
anyone can download it.", raised nothing and was credited as the grant of study; 4.2 ("every other program
the operator relies on to provide the service") and 4.3 ("whether or not it is derived from the Program")
raised nothing, and clause 3.1's conveying under the same licence was not found as share-alike. Two blocked
texts read unknown. Content licence, no-profit and share-same, on weights: "the text was not recognised
and no clause decides": no grant was read in "the Licensor grants You a worldwide, royalty-free,
non-exclusive, irrevocable licence, which You may not sublicense, to: 1. copy the Material, in whole or in
part, and Share it, provided that the purpose is No-Profit; and 2. make Adapted Material, copy it and Share
it, on the same proviso.", and neither that proviso nor the definition '"No-Profit" means not mainly aimed
at obtaining commercial gain or payment in money or in kind.' raised a non-commercial or was flagged.
Responsible-ai restrictions carried into every derivative: unclassified "Article 5. Prohibited applications
Neither you nor anyone who receives the Model or a Derivative through you shall use it:", "You may release
a Derivative on terms of your choosing only if those terms contain Articles 5 and 6 in substance and make
them binding on the recipient." and "(b) If you let others use the Model or a Derivative, including through
a hosted interface, you shall bind them to Article 5 by your terms of use ..."; the four prohibited
applications raised no use-restrictions, and "Articles 5 and 6 travel with the Model and with every
Derivative, whoever makes it and whatever licence the rest of it is released under." raised no
restrictions-flow-down and was not flagged. Two blocked texts read restricted on another clause only.
Change date four years on: three time-limit clauses, from the bold header ("Licensor: ... Change Date: for
each version of the Licensed Work, the fourth anniversary of the day on which the Licensor ..."), from "On
the Change Date of a version, and from then on, the Licensor grants you the rights in that version set out
in the Change Licence, and these Terms no longer apply to that version." and from the notice duty "Every
copy of the Licensed Work and of a work based on it that you pass on before its Change Date must carry
these Terms, ...", a date that only widens the grant being read as an end of rights; "You may also put the
Licensed Work, or a work based on it, into production, except where it forms part of a Competing
Offering.", the definition of a Competing Offering and the grant's "to use it in any way that is not
production use" raised no use-restrictions. Content licence, no adaptations shared, on weights:
no-redistribution, not no-modification, from clause 2, "You may make Adapted Material, for example by
fine-tuning, merging, quantising or pruning the weights, and use it yourself, but you may not share Adapted
Material with any other person or organisation, by any means."; only use and share were credited (to clause
1), neither modify nor study. Two open controls read unknown. Network copyleft for a speech model:
unclassified "You may not add any term that takes away a right this licence gives." (the copyleft's own bar
on further restrictions, as round 37's "You may not add terms that take away any of the rights in lines 1
to 3", which passed); "license the whole of it to every recipient under this licence" was not found as
share-alike, so the text was not read as copyleft, and the network source offer raised nothing.
Public-domain dedication with a fallback licence: unclassified "The Affirmer will not assert any of those
rights against anyone, or bring any claim over them." (a promise not to sue, which takes nothing away); the
dedication was read as public domain. Side findings on cases counted right: no managed service for others
also raised a blocking no-redistribution quoted from its grant, "What you may do Harrowfield Data Ltd
("we") gives you a worldwide, non-exclusive, royalty-free, non-transferable licence, which you may not
sublicense, to use, copy, distribute and make available Brindlecote-Embed, ...", a licence that expressly
lets you distribute (only sublicensing is refused, and every recipient "must also receive these terms"),
and no freedom was credited to that grant, the text being read as reserving its rights; in the
human-rights text condition 3, "Whether an activity meets condition 2 is for Tarrant Lane Collective to
decide. Its decision, published on its website, binds you, ...", raised nothing of its own. No expectation
was changed; no case was found to carry a factual mistake.

What changed (afterwards, fixing causes; all twelve pass): production use granted "except where" it forms part of a
competing offering, and a duty to publish the source "of that whole service" (use-restrictions); "Nothing in that
permission grants you the right to Sell" (no-redistribution, as a refusal to sell copies already was); a grant on the
proviso that its purpose "is No-Profit" (non-commercial); changes one may make but "may not share" (no-modification,
not when the ban is on the original name); restrictions that "travel with" every derivative, terms a derivative's
licence must contain and make binding, users bound to an article (restrictions-flow-down); a "neither you nor
anyone ... shall use it:" lead-in over a list of harmful fields (use-restrictions). The safety net reads a
copyleft's ban on added terms that take away rights and a promise not to assert rights as no limits; a refusal to
sublicense no longer runs into the grant's own verbs ("which you may not sublicense, to use, copy, distribute"). A
list item that names a crime it predicts ("whether an individual will commit a criminal offence") is a field of use,
not a restatement of the law (`lawful._LAW` reads an item's own act). The change date stays a time limit as the
taxonomy defines it ("or change on a set date"): the business-source text reads time-limit and use-restrictions.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "change date four years on": (
        "# Tallowmere Deferred Licence 1.0\n"
        "\n"
        "**Licensor:** Marrowgate Analytics GmbH, Kesselbrunn\n"
        "**Licensed Work:** Corvane-Rank 3, meaning its weights, tokenizer files and serving code, "
        "copyright 2025 Marrowgate Analytics GmbH\n"
        "**Change Date:** for each version of the Licensed Work, the fourth anniversary of the day on "
        "which the Licensor first published that version\n"
        "**Change Licence:** the Ostry Permissive Licence 2.0, printed in full in Annex A below\n"
        "\n"
        "## Terms\n"
        "\n"
        "The Licensor grants you the right to copy the Licensed Work, to change it and make works based "
        "on it, to pass on copies of it and of those works, and to use it in any way that is not "
        "production use.\n"
        "\n"
        "You may also put the Licensed Work, or a work based on it, into production, except where it "
        "forms part of a Competing Offering. A Competing Offering is a product or service that you make "
        "available to other people or organisations, whether for payment or free of charge, which lets "
        "them use the Licensed Work or a work based on it, directly or through an interface you host, "
        "and which competes with a product or service that the Licensor sells.\n"
        "\n"
        "On the Change Date of a version, and from then on, the Licensor grants you the rights in that "
        "version set out in the Change Licence, and these Terms no longer apply to that version.\n"
        "\n"
        "If you want to use the Licensed Work in a way these Terms do not cover, you need to buy a "
        "commercial licence from the Licensor, or else refrain from that use.\n"
        "\n"
        "Every copy of the Licensed Work and of a work based on it that you pass on before its Change "
        "Date must carry these Terms, with the Licensor, Licensed Work, Change Date and Change Licence "
        "lines above.\n"
        "\n"
        "If you use the Licensed Work in breach of these Terms, your rights in every version under these "
        "Terms end.\n"
        "\n"
        "TO THE EXTENT THE LAW ALLOWS, THE LICENSED WORK IS SUPPLIED AS IT IS, AND THE LICENSOR GIVES NO "
        "WARRANTY OR CONDITION OF ANY KIND.\n"
        "\n"
        "## Annex A: Ostry Permissive Licence 2.0\n"
        "\n"
        "Permission is granted to anyone, free of charge, to use, copy, change, publish, distribute, "
        "sublicense and sell the work this licence is attached to, for any purpose, provided that this "
        "licence and the copyright line are kept with each copy. The work is supplied as it is, without "
        "warranty of any kind.\n",
        "restricted",
        "use-restrictions",
    ),
    "no managed service for others": (
        "Harrowfield Available-Source Licence 2.0\n"
        "\n"
        "Accepting these terms\n"
        "You accept these terms by using Brindlecote-Embed. If you do not accept them, you have no right "
        "to use it.\n"
        "\n"
        "What you may do\n"
        'Harrowfield Data Ltd ("we") gives you a worldwide, non-exclusive, royalty-free, '
        "non-transferable licence, which you may not sublicense, to use, copy, distribute and make "
        "available Brindlecote-Embed, the embedding model and the code that serves it, and to prepare "
        "works derived from it, subject to the limits and conditions below.\n"
        "\n"
        "Limits\n"
        "You may not make Brindlecote-Embed, or any work derived from it, available to other people or "
        "organisations as a service that you host or operate for them, where that service gives them the "
        "use of all or a substantial part of what the model does.\n"
        "You may not remove or hide any notice of our licensing, copyright or other rights in "
        "Brindlecote-Embed.\n"
        "\n"
        "Patents\n"
        "We also license you, under any patents we can license that Brindlecote-Embed reads on, to do "
        "what this licence allows. If you claim in court that Brindlecote-Embed infringes a patent, your "
        "patent licence from us ends at once.\n"
        "\n"
        "Passing it on\n"
        "Anyone who receives Brindlecote-Embed or a derived work from you must also receive these terms. "
        "A changed copy must carry a prominent note that you changed it.\n"
        "\n"
        "Ending\n"
        "If you use Brindlecote-Embed in breach of these terms, your licence ends. If we tell you of the "
        "breach and you stop it within 30 days, your licence comes back; this can happen only once.\n"
        "\n"
        "No other rights\n"
        "These terms do not give you any right we have not expressly granted, and they do not let you "
        "use our trade marks.\n"
        "\n"
        "No warranty\n"
        "Brindlecote-Embed is provided as is. We are not liable for any loss that its use causes, to the "
        "extent the law allows.\n",
        "restricted",
        "use-restrictions",
    ),
    "permissive notice with a rider on selling": (
        "Ferncastle-Vision 2 Permission Notice\n"
        "\n"
        "Copyright (c) 2025 Quernhill Imaging Oy\n"
        "\n"
        "Anyone who obtains a copy of the Ferncastle-Vision 2 weights, code and documentation (the "
        '"Model") may deal in the Model without limitation, including the rights to use, copy, modify, '
        "merge, publish, distribute, sublicense and sell copies of it, and may allow anyone to whom they "
        "pass it to do the same, on condition that this notice and the copyright line above are kept "
        "with all copies and substantial portions of the Model.\n"
        "\n"
        "THE MODEL IS SUPPLIED AS IT IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED. QUERNHILL "
        "IMAGING OY SHALL NOT BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE MODEL "
        "OR ITS USE.\n"
        "\n"
        "Rider on selling\n"
        "\n"
        "The permission above is given subject to this rider, which prevails over it. Nothing in that "
        'permission grants you the right to Sell the Model. In this rider, to "Sell" means to supply to '
        "other people or organisations, in return for a fee or any other consideration, the Model itself "
        "or a product or service whose value comes entirely or substantially from the functions of the "
        "Model, and it includes hosting, consultancy and support offered for a fee. This rider applies "
        "to modified versions as it does to the Model, and it must be kept with the notice above in "
        "every copy.\n",
        "restricted",
        None,
    ),
    "service operators publish their whole stack": (
        "VANTRY SERVICE-RECIPROCAL LICENCE, VERSION 1\n"
        "\n"
        "1. Definitions\n"
        '1.1 "The Program" means the Ossory-Retrieve 2 weights, tokenizer and code released by Vantry '
        "Search SAS under this licence.\n"
        '1.2 "Modified Version" means any work made by changing the Program, or by fine-tuning, merging '
        "or retraining its weights.\n"
        '1.3 "Complete Source" of a work means the form in which it is preferred for making changes to '
        "it, including, for weights, the weights at full precision and the scripts and configuration "
        "used to train or change them.\n"
        "\n"
        "2. Grant\n"
        "2.1 Every licensee may run, study, copy, modify and convey the Program and Modified Versions, "
        "for any purpose, subject to clauses 3 and 4.\n"
        "\n"
        "3. Conveying copies\n"
        "3.1 Whoever conveys the Program or a Modified Version shall give every recipient its Complete "
        "Source, licensed under this licence, and shall impose no further restriction on the recipient's "
        "exercise of the rights granted here.\n"
        "\n"
        "4. Running it for others\n"
        "4.1 Whoever lets other people or organisations use the Program, or a Modified Version, through "
        "a network service operated by them or for them shall publish the Complete Source of that whole "
        "service, free of charge and under this licence, where anyone can download it.\n"
        '4.2 "The whole service" means the Program or Modified Version and also every other program the '
        "operator relies on to provide the service: the programs that deploy, schedule, scale, monitor, "
        "meter and bill it, the storage and backup systems behind it, its web and programming "
        "interfaces, and the scripts that tie them together, to the extent that a stranger could set up "
        "an identical service from what is published.\n"
        "4.3 Clause 4.1 applies to each of those programs whether or not it is derived from the Program, "
        "and whoever wrote it.\n"
        "\n"
        "5. Termination\n"
        "5.1 A licensee who breaches this licence loses the rights granted in clause 2, which return if "
        "the breach is ended within 30 days after the licensee becomes aware of it.\n"
        "\n"
        "6. No warranty\n"
        "6.1 The Program is provided as is, without warranty of any kind, to the extent permitted by law.\n",
        "restricted",
        None,
    ),
    "human-rights standard judged by the licensor": (
        "# Emberlow Humane Use Licence 2.2\n"
        "\n"
        "Copyright 2025 Tarrant Lane Collective\n"
        "\n"
        "## Permission\n"
        "\n"
        "Tarrant Lane Collective permits any person or organisation to use, copy, study, modify, merge, "
        "publish, distribute, sublicense and sell Siskin-Speech 1, the speech model and its code, and "
        "works based on it, on the conditions below.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "1. Keep this licence and the copyright line above with every copy.\n"
        "2. Neither you nor anyone acting on your behalf may use Siskin-Speech 1, or a work based on it, "
        "in any activity that violates, or that helps others to violate, the rights of any person "
        "recognised in the Universal Declaration of Human Rights of 1948 and the international covenants "
        "that give effect to it.\n"
        "3. Whether an activity meets condition 2 is for Tarrant Lane Collective to decide. Its "
        "decision, published on its website, binds you, whatever the law of your country says about the "
        "activity.\n"
        "4. If Tarrant Lane Collective decides that you have breached condition 2, this permission ends "
        "for you on the day its decision is published, and you must stop all use of Siskin-Speech 1 and "
        "destroy every copy you hold.\n"
        "5. Anyone to whom you give a copy receives it on these same conditions.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Siskin-Speech 1 is provided as it is, without warranty of any kind.\n",
        "restricted",
        "ethical-conditions",
    ),
    "content licence, no-profit and share-same, on weights": (
        "LARKSPUR COMMONS ATTRIBUTION / NO-PROFIT / SHARE-SAME PUBLIC LICENCE 1.0\n"
        "\n"
        "Applied by the Wenlow Audio Archive to the Cadence-Tone 2 music model weights and configuration "
        '(the "Material").\n'
        "\n"
        "By exercising any of the rights below, You accept and agree to be bound by this Public Licence.\n"
        "\n"
        "Section 1. Definitions\n"
        'a. "Adapted Material" means material that is derived from or based on the Material and in which '
        "the Material is translated, altered, arranged or otherwise changed in a way that needs the "
        "Licensor's permission. A model fine-tuned, merged, pruned, distilled or quantised from the "
        "Material is Adapted Material.\n"
        'b. "No-Profit" means not mainly aimed at obtaining commercial gain or payment in money or in '
        "kind. Exchanging the Material with others by file-sharing is No-Profit if no payment is made in "
        "connection with the exchange.\n"
        'c. "Share" means to make material available to the public by any means, including by public '
        "performance, communication to the public or making it available so that people may access it "
        "from a place and at a time of their choosing.\n"
        "\n"
        "Section 2. Scope\n"
        "a. Grant. On the terms of this Public Licence, the Licensor grants You a worldwide, "
        "royalty-free, non-exclusive, irrevocable licence, which You may not sublicense, to:\n"
        "   1. copy the Material, in whole or in part, and Share it, provided that the purpose is "
        "No-Profit; and\n"
        "   2. make Adapted Material, copy it and Share it, on the same proviso.\n"
        "b. Every recipient of the Material automatically receives an offer from the Licensor to "
        "exercise the rights in this Public Licence on its terms.\n"
        "\n"
        "Section 3. Conditions\n"
        "a. Credit. When You Share the Material or Adapted Material, You must name the Licensor, keep "
        "its copyright notice, link to this Public Licence and say whether You changed the Material.\n"
        "b. Share-Same. Adapted Material that You Share must be licensed under this Public Licence, a "
        "later version of it, or another licence that carries the same elements.\n"
        "c. No added barriers. You may not offer or impose any terms, or apply any technical measure, "
        "that would keep a recipient from exercising the rights granted here.\n"
        "\n"
        "Section 4. Disclaimer\n"
        "The Licensor offers the Material as it is and makes no warranty of any kind about it.\n",
        "non-commercial",
        "non-commercial",
    ),
    "content licence, no adaptations shared, on weights": (
        "Licence: Pennard Attribution-Unaltered Licence 3.0\n"
        "Licensor: Sallow Reach Institute\n"
        "Material: Gorsebrook-Depth 1.5 (the depth-estimation weights, their configuration and the model "
        "card)\n"
        "Copyright: 2025 Sallow Reach Institute\n"
        "\n"
        "1. You may copy the Material and share it with anyone, in whole or in part, for any purpose, "
        "commercial purposes included, free of charge or for a fee.\n"
        "2. You may make Adapted Material, for example by fine-tuning, merging, quantising or pruning "
        "the weights, and use it yourself, but you may not share Adapted Material with any other person "
        "or organisation, by any means.\n"
        '3. "Adapted Material" means anything derived from or based on the Material in which the '
        "Material is altered, transformed or built upon in a way that needs the Licensor's permission.\n"
        "4. Whenever you share the Material, you must name the Licensor, keep the copyright line above "
        "and include this licence or a link to it.\n"
        "5. You may not impose any terms, or apply any technical measure, that prevent a recipient of "
        "the Material from exercising the rights in clause 1.\n"
        "6. Your rights end automatically if you fail to comply with this licence, and are restored "
        "automatically if you put the failure right within 30 days of discovering it.\n"
        "7. The Material is provided as it is, without warranty of any kind.\n",
        "restricted",
        "no-modification",
    ),
    "responsible-ai restrictions carried into every derivative": (
        "KELDHOLME RESPONSIBLE MODEL LICENCE\n"
        "\n"
        "Article 1. Definitions\n"
        '(a) "Licensor" means Keldholme Foundation, a foundation registered in Aarwick.\n'
        '(b) "Model" means the Pickerel-13B weights and the code and documentation released with them.\n'
        '(c) "Derivative" means any model whose weights are created from the Model, whether by modifying '
        "or fine-tuning it, or by training a model on the Model's outputs or internal representations so "
        "that it behaves like the Model.\n"
        '(d) "Output" means the text generated by operating the Model or a Derivative.\n'
        "\n"
        "Article 2. Grant\n"
        "Subject to Articles 5 and 6, the Licensor grants you a worldwide, royalty-free, non-exclusive, "
        "irrevocable licence to use, reproduce, publicly display, modify, distribute and sublicense the "
        "Model and Derivatives, for any purpose, commercial purposes included.\n"
        "\n"
        "Article 3. Outputs\n"
        "The Licensor claims no rights in the Output. You are responsible for the Output and for the use "
        "you make of it.\n"
        "\n"
        "Article 4. Notices\n"
        "You shall give every recipient of the Model or a Derivative a copy of this licence, and shall "
        "state in any Derivative that it has been modified.\n"
        "\n"
        "Article 5. Prohibited applications\n"
        "Neither you nor anyone who receives the Model or a Derivative through you shall use it:\n"
        "(i) to decide, or to recommend a decision on, any person's eligibility for social security "
        "benefits, credit, housing or employment without review by a human being who has the power to "
        "overturn it;\n"
        "(ii) to predict whether an individual will commit a criminal offence on the basis of that "
        "individual's personality, appearance or personal characteristics;\n"
        "(iii) to produce or spread false information intended to mislead voters about the time, place "
        "or manner of an election;\n"
        "(iv) to give medical advice to patients that is not reviewed by a licensed clinician.\n"
        "\n"
        "Article 6. Carrying the restrictions forward\n"
        "(a) Articles 5 and 6 travel with the Model and with every Derivative, whoever makes it and "
        "whatever licence the rest of it is released under. You may release a Derivative on terms of "
        "your choosing only if those terms contain Articles 5 and 6 in substance and make them binding "
        "on the recipient.\n"
        "(b) If you let others use the Model or a Derivative, including through a hosted interface, you "
        "shall bind them to Article 5 by your terms of use and shall take reasonable steps to stop a use "
        "that breaches it once you learn of it.\n"
        "\n"
        "Article 7. Disclaimer\n"
        "The Model is provided as is, without warranty of any kind, to the extent permitted by law.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "network copyleft for a speech model": (
        "# Morrowfen Network Reciprocal Licence 1.0\n"
        "\n"
        "**Copyright 2025 the Heatherslade Speech Project contributors.**\n"
        "\n"
        "## 1. Freedoms\n"
        "\n"
        "You may run Sedgewick-ASR for any purpose, study how it works, change it, and pass on copies of "
        "it, changed or not, free of charge or for a fee.\n"
        "\n"
        "## 2. Passing on copies\n"
        "\n"
        "When you pass on Sedgewick-ASR or a changed version of it, you must pass on with it its "
        "complete corresponding source (the weights in the form you would use to change them, and the "
        "code and configuration needed to train, fine-tune and run them) and license the whole of it to "
        "every recipient under this licence. You may not add any term that takes away a right this "
        "licence gives.\n"
        "\n"
        "## 3. Use over a network\n"
        "\n"
        "If you change Sedgewick-ASR and let people use your changed version by interacting with it over "
        "a network, you must offer each of those users, prominently, a way to obtain the complete "
        "corresponding source of your changed version from a network server, free of charge.\n"
        "\n"
        "## 4. Patents\n"
        "\n"
        "Each contributor grants you a licence under its patent claims that its contribution would "
        "infringe, to do anything this licence allows. If you start a lawsuit claiming that "
        "Sedgewick-ASR infringes a patent, the patent licences you received under this licence end on "
        "the day you start it.\n"
        "\n"
        "## 5. Ending\n"
        "\n"
        "If you break these terms, your rights under this licence end. They come back if you put the "
        "breach right within 30 days of learning of it.\n"
        "\n"
        "## 6. No warranty\n"
        "\n"
        "Sedgewick-ASR is provided as it is, without warranty of any kind, and no contributor is liable "
        "for damage arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "file-level reciprocity with larger works free": (
        "QUARRENDEN SHARED-FILES LICENCE, VERSION 1.1\n"
        "\n"
        "1. Definitions\n"
        '1.1 "Covered File" means a file released by Haverleigh Robotics BV as part of Tarnwell-Grasp '
        "0.9 (a weight shard, a configuration file or a source file) that bears a notice of this "
        "licence, and any file produced by modifying a Covered File.\n"
        '1.2 "Contributor" means Haverleigh Robotics BV and every person who has made a Covered File or '
        "a modification to one.\n"
        '1.3 "Larger Work" means a work that combines Covered Files with other files that are not '
        "Covered Files.\n"
        '1.4 "Editable Form" means, for a source file, the source code; and for a weight shard, the '
        "shard at full precision.\n"
        "\n"
        "2. Grant\n"
        "2.1 Each Contributor grants you a worldwide, royalty-free, non-exclusive licence, under its "
        "copyright, to use, reproduce, modify, display, perform, distribute and otherwise exploit its "
        "Covered Files, modified or not, alone or as part of a Larger Work.\n"
        "2.2 Each Contributor also grants you a licence under its patent claims to make, use, sell, "
        "offer for sale, import and otherwise transfer its Covered Files.\n"
        "\n"
        "3. Your obligations\n"
        "3.1 Covered Files that you distribute, unchanged or modified, must be distributed under this "
        "licence, and you must make their Editable Form available to every recipient at no more than the "
        "cost of providing it.\n"
        "3.2 You may not attempt to change or restrict the rights of recipients in Covered Files.\n"
        "3.3 You may distribute a Larger Work under terms of your choice, provided that you comply with "
        "clauses 3.1 and 3.2 for the Covered Files it contains. The files in a Larger Work that are not "
        "Covered Files do not come under this licence.\n"
        "3.4 You may not remove or alter any notice of this licence in a Covered File.\n"
        "\n"
        "4. Patent defence\n"
        "If you bring a lawsuit claiming that a Covered File infringes a patent, the licences granted to "
        "you under clause 2 by the Contributors of that file end on the day you bring it.\n"
        "\n"
        "5. Termination\n"
        "Your rights under this licence end if you fail to comply with it, and are reinstated if you "
        "cure the failure within 30 days after a Contributor notifies you of it.\n"
        "\n"
        "6. Disclaimer and liability\n"
        "Covered Files are provided as they are, without warranty of any kind. No Contributor is liable "
        "for any damage arising from their use, to the extent permitted by law.\n",
        "open-non-osi",
        None,
    ),
    "content licence share-same, commercial allowed": (
        "Oakhanger Commons Attribution / Share-Same Licence 2.0\n"
        "as applied to the Fennick-Layout 4 model by the Coldharbour Document Lab\n"
        "\n"
        "Section 1. What you may do\n"
        "You may, for any purpose, commercial purposes included, anywhere in the world:\n"
        "(a) copy the Material and Share it, in whole or in part; and\n"
        "(b) make Adapted Material, including fine-tuned, merged, distilled or otherwise changed "
        "weights, and copy and Share it.\n"
        '"Material" means the Fennick-Layout 4 weights, configuration and model card; "Share" means to '
        "make available to the public by any means. This licence is free of charge and cannot be revoked "
        "while you keep to its conditions.\n"
        "\n"
        "Section 2. Conditions\n"
        "(a) Credit. When you Share the Material or Adapted Material, name the Coldharbour Document Lab, "
        "keep its copyright notice, give a link to this licence and say whether you changed the Material.\n"
        "(b) Share-Same. Adapted Material that you Share must be licensed under this licence, a later "
        "version of it, or a licence that the Oakhanger steward lists as compatible with it.\n"
        "(c) No added barriers. You may not add terms, or apply technical protection measures, that keep "
        "a recipient from doing anything this licence allows.\n"
        "\n"
        "Section 3. What this licence does not cover\n"
        "Patent and trade mark rights are not licensed under this licence. The Lab waives its moral "
        "rights to the extent needed to let you exercise the rights granted here, and not further.\n"
        "\n"
        "Section 4. Ending\n"
        "Your rights end automatically if you break this licence, and come back automatically if you put "
        "the breach right within 30 days of discovering it.\n"
        "\n"
        "Section 5. Disclaimer\n"
        "The Material is offered as it is, without warranty of any kind, and the Lab is not liable for "
        "any loss arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "public-domain dedication with a fallback licence": (
        "Thornbury Public Dedication 1.0\n"
        "Affirmer: Wickhamford Climate Group\n"
        "Work: Salthouse-Weather 2, its weights, code and documentation\n"
        "\n"
        "1. Purpose. The Affirmer wishes the Work to be free for anyone to use, change, build on and "
        "share, for any purpose and without asking, so that it adds to a common pool of knowledge.\n"
        "\n"
        "2. Waiver. To the greatest extent the applicable law allows, the Affirmer, knowing what it "
        "does, gives up for ever, unconditionally and for the benefit of every member of the public, all "
        "copyright, database rights and related rights it holds in the Work, in every country and for "
        "the whole term of those rights, for every purpose, commercial or not, including uses not yet "
        "known.\n"
        "\n"
        "3. Fallback licence. If any part of the waiver in clause 2 is held to be invalid or "
        "ineffective, the Affirmer grants every person a free, worldwide, non-exclusive, irrevocable and "
        "unconditional licence to exercise the rights it could not give up, for any purpose, commercial "
        "or not, for the whole term of those rights. The Affirmer will not assert any of those rights "
        "against anyone, or bring any claim over them.\n"
        "\n"
        "4. Limits.\n"
        "(a) No trade mark or patent right held by the Affirmer is given up, licensed or otherwise "
        "affected by this dedication.\n"
        "(b) The Affirmer offers the Work as it is and gives no warranty of any kind about it, to the "
        "extent the law allows.\n"
        "(c) The Affirmer takes no responsibility for clearing any right that another person may hold in "
        "the Work or in a use of it, nor for obtaining any consent or permission that a use may need.\n"
        "(d) The Affirmer is not a party to any contract about the Work and owes no duty under this "
        "dedication.\n",
        "open-non-osi",
        None,
    ),
}
