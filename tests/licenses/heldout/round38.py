# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 38 (issue 14): twelve model licences whose limits are hard to see in the grammar, eight
that block an open label, and four open texts that look alarming but take nothing away. In each blocked text
the limit sits where a reader of keywords would not look: in a capitalised term defined without quotation
marks; in the tail of a long definition, after some seventy words that only widen it; in a grant by
exclusion ("no right of any kind ... is granted for any purpose other than ..."); in a passive condition
("are permitted only where a separate written licence has been executed"); in two rows of a Markdown table
in a schedule; in a ban on outputs that never says "train", "distil", "fine-tune" or "improve"; in a
sublicensing proviso that makes every sublicence carry a conduct standard the licensor keeps and may amend;
and in a cap counted in devices and inference requests rather than users or revenue. The open controls carry
the words that alarm and take nothing away: questions and answers that deny every limit and name defence
contractors, an acceptable-use section confined to what is already unlawful and saying so, a trademark
clause that refuses only endorsement (as Apache 2.0 and BSD-3-Clause do), and a capitals disclaimer that
says "commercial" and "research" again and again. Drafting styles vary (legalese with numbered unquoted
definitions, Markdown with a bold defined term, one long sentence, a key-value header over numbered clauses,
a Markdown table in a schedule, terse bullets, legalese sections, an annex, a permission with a FAQ,
Markdown sections, numbered clauses, an ISC-shaped permission with a capitals disclaimer). Written fresh
with invented details, blind, before any rule changed.

- "unquoted defined term for small organisations": legalese whose definitions are capitalised words with no
  quotation marks, "1.3 Headcount means the number of employees, officers and individual contractors engaged
  by an organisation and its Affiliates taken together, ..." and "1.4 Qualifying Licensee means an
  individual acting on their own account, or an organisation whose Headcount is fewer than 250.", and whose
  grant is "to each Qualifying Licensee" to use, reproduce, study, modify and distribute "for any purpose,
  commercial purposes included" (restricted, revenue-threshold: only small entities are licensed, measured
  by headcount, as round 37's funding cap measured them by money raised).
- "limit in the tail of a long definition": a Markdown licence whose only grant is "You may carry out any
  Permitted Activity with the model and with Adaptations.", where the bold, unquoted "Permitted Activity"
  lists running, studying, adapting, building in and giving copies by any means, and only after 67 words
  ends "in every case on the footing that neither you nor anyone acting with or for you receives a payment,
  fee, subscription, advertising income or other reward in return for that activity or for the audio it
  produces" (non-commercial; the word "commercial" never appears).
- "grant by exclusion in one sentence": a licence of one sentence making the model "available to anyone who
  wants it, without charge, to download, copy, run, inspect, alter, retrain and hand on to others, but no
  right of any kind in the model or in any altered version of it is granted for any purpose other than the
  scholarly investigation of language, or of the model itself, whose findings are made public", every other
  use, "whether paid or free", remaining "reserved to the Group" (research-only; the text says neither
  "research", "only", "solely" nor "may not").
- "passive condition on business use": a key-value header over six numbered clauses granting use, copying,
  examination, modification and redistribution, with clause 2 "Use of the Model in the course of any trade
  or business, and the incorporation of the Model or a modified version into any product or service for
  which a charge is made, are permitted only where a separate written licence has been executed by Yarrowick
  Optics Ltd and the party concerned.", whether one is offered being "a matter for Yarrowick Optics Ltd"
  (non-commercial: this licence never grants commercial use, as round 34's separate paid licence).
- "fields of use in a schedule table": a grant to use, copy, study, modify, fine-tune and distribute "in the
  fields of use marked as permitted in Schedule 1", where Schedule 1 is a Markdown table of eight rows, six
  "Yes" (paying clients, products sold to third parties and "Every field not named above" among them) and
  two "No": "Screening applicants for jobs or tenancies | No | Not covered by clause 1" and "Assessing
  creditworthiness or pricing insurance | No | Not covered by clause 1" (restricted, use-restrictions).
- "outputs kept away from other models, no word train": terse bullets under "Allowed", "Required", "Not
  allowed" and "Other", allowing any use, paid products included, change and sharing, with "No Output, and
  no collection assembled from Outputs, may serve as example, target or feedback data when the parameters of
  any machine-learning model other than Kestermere-Chat 8B or Your Versions are set or adjusted." and "The
  same goes for models that others build with Outputs you hand them." (restricted, output-training-ban; no
  "train", "distil", "fine-tune" or "improve").
- "sublicences carry a conduct standard the licensor amends": legalese granting every right for any purpose,
  a recipient obtaining rights "only by a sublicence granted by you under section 4", and section 4 allowing
  sublicences on any terms "provided that every sublicence you grant requires the sublicensee to observe the
  Velmont Conduct Standard and to impose the same requirement in any sublicence it grants in turn", the
  Standard being a document at a URL that "Velmont may amend ... whenever it sees fit" and that "applies to
  your own use as it applies to theirs" (restricted, restrictions-flow-down; also use-policy-by-reference
  and unilateral-change; no "policy", "incorporated", "forms part of" or "acceptable use").
- "devices and requests counted in an annex": an any-purpose grant, commercial products included, "within
  the volume set out in Annex B", where Annex B says the model "may be installed on no more than 2,000
  devices in total" and "may answer no more than 5,000,000 inference requests in any calendar month", beyond
  which an enterprise licence is needed (restricted, user-threshold: the nearest type, as round 35's
  production deployments).
- "faq that denies every limit": an MIT-shaped permission with one notice condition, followed by questions
  and answers that "do not add to it or take anything away from it": "There is no user limit", "There is no
  revenue threshold and no fee at any size", "There is no field-of-use restriction; banks, hospitals,
  defence contractors, schools and hobbyists are covered alike", outputs free as training data, no separate
  policy, and a copy "stays under this licence for good" (open-non-osi).
- "acceptable use limited to what is already unlawful": a Markdown licence for any purpose whose "Acceptable
  use" section says "You must not use Mistlebrook-ASR:" to record or transcribe a conversation without a
  consent the local law requires, to commit fraud or another criminal offence, or to process personal data
  as data-protection law prohibits, and then "Every use on this list is unlawful already, and the list is
  confined to such uses: a use that the law allows falls outside it, however sensitive it may be."
  (open-non-osi: as round 34's only unlawful use forbidden, here a list of prohibitions each defined by the
  law).
- "trademark clause against endorsement only": numbered clauses with an any-purpose grant and a trademark
  clause that gives no permission to use the name, the logo or the names of staff and contributors except to
  describe the origin and reproduce notices, "In particular, you may not use any of them to endorse or
  promote a product or a modified model without Corriebank Labs Ltd's prior written permission, and you may
  not state or imply that Corriebank Labs Ltd sponsors or approves of your work." (open-non-osi).
- "disclaimer heavy with commercial and research": an ISC-shaped permission for any purpose, with or without
  fee, and a capitals disclaimer: "THE MODEL IS A RESEARCH ARTEFACT", "NO WARRANTY THAT IT IS FIT FOR
  COMMERCIAL USE, FOR CLINICAL USE OR FOR ANY PARTICULAR RESEARCH PURPOSE", "VALIDATED ONLY ON RESEARCH
  DATASETS AND HAS NOT BEEN TESTED FOR COMMERCIAL DEPLOYMENT", "LOSS OF COMMERCIAL OPPORTUNITY, LOSS OF
  RESEARCH DATA" (open-non-osi).

First run (before any rule changed): 2 of 12 right (devices and requests counted in an annex, read
restricted with user-threshold from B.1 "Tarnholm-Detect and modified versions of it may be installed on no
more than 2,000 devices in total, counting your devices and those of your customers, at any time.", B.2's
cap of 5,000,000 inference requests raising nothing of its own; and trademark clause against endorsement
only, open-non-osi with nothing flagged). The most serious: one blocked text read open. Fields of use in a
schedule table read open-non-osi ("the text grants all four freedoms ... and no clause blocks open source")
with no clause and nothing unclassified: neither the grant's "in the fields of use marked as permitted in
Schedule 1" nor the rows "| Screening applicants for jobs or tenancies | No | Not covered by clause 1 |" and
"| Assessing creditworthiness or pricing insurance | No | Not covered by clause 1 |" were read. Five blocked
texts read unknown. Unquoted defined term for small organisations: unclassified only "3.2 A Derivative shall
bear a statement that it has been modified and by whom." (a change-marking duty); the grant "2.1 The
Licensor grants to each Qualifying Licensee ..." and the definitions 1.3 and 1.4 raised no revenue-threshold
and were not flagged, and all four freedoms were credited to the preamble "... sets out the terms on which
the Model may be used, changed and shared." Limit in the tail of a long definition: "grants the freedom to
use, study, modify but says nothing of share", all three credited to "You may carry out any Permitted
Activity with the model and with Adaptations."; the definition's tail "in every case on the footing that
neither you nor anyone acting with or for you receives a payment, fee, subscription, advertising income or
other reward ..." produced no non-commercial and was not flagged, and its "giving copies of the model ... to
other people by any means" was not credited as sharing. Grant by exclusion in one sentence: "grants the
freedom to use, study, modify but says nothing of share" ("hand on to others" not read as sharing); "but no
right of any kind in the model or in any altered version of it is granted for any purpose other than the
scholarly investigation of language, ..." produced no research-only and was not flagged. Passive condition
on business use: clause 2, "Use of the Model in the course of any trade or business, and the incorporation
of the Model or a modified version into any product or service for which a charge is made, are permitted
only where a separate written licence has been executed by Yarrowick Optics Ltd and the party concerned.",
was flagged as unclassified but not read as non-commercial. Outputs kept away from other models, no word
train: "the text was not recognised and no clause decides": no grant was read in the bullets "Use
Kestermere-Chat 8B for anything, paid products included.", "Read, inspect and change its weights and code."
and "Share it and Your Versions, free or for money.", and "No Output, and no collection assembled from
Outputs, may serve as example, target or feedback data when the parameters of any machine-learning model
other than Kestermere-Chat 8B or Your Versions are set or adjusted." raised no output-training-ban and was
not flagged. One blocked text read restricted on another clause only: sublicences carry a conduct standard
the licensor amends, on unilateral-change ("Velmont may amend it whenever it sees fit, and each amendment
takes effect for sublicensees when it is published there."); "provided that every sublicence you grant
requires the sublicensee to observe the Velmont Conduct Standard and to impose the same requirement in any
sublicence it grants in turn" produced no restrictions-flow-down, and "The Standard applies to your own use
as it applies to theirs." no use-policy-by-reference. Of the open controls, one read restricted: acceptable
use limited to what is already unlawful, use-restrictions from "You must not use Mistlebrook-ASR: - to
record or transcribe a conversation where the law of that place requires the participants' consent and it
has not been obtained; - to commit fraud ...", the sentence "Every use on this list is unlawful already, and
the list is confined to such uses ..." not lifting it. Two read unknown: faq that denies every limit,
"grants the freedom to use but says nothing of modify, share": the permission "Permission is given, free of
charge, to any person or organisation to use, study, copy, modify, fine-tune, merge, publish, distribute and
sell copies ..." was not read as a grant, and only the question "Q: Can I use what the model writes to build
a model of my own?" was credited, with use; disclaimer heavy with commercial and research, unclassified "THE
MODEL HAS BEEN VALIDATED ONLY ON RESEARCH DATASETS AND HAS NOT BEEN TESTED FOR COMMERCIAL DEPLOYMENT;" (a
statement of fact inside a warranty disclaimer). Side findings: notice conditions raised no attribution in
nine texts ("3.1 Each copy of the Model or a Derivative that is distributed shall be accompanied by this
Agreement.", "When you give someone a copy, include these terms and the line ...", "4. Copies of the Model,
modified or not, are to be accompanied by this licence.", "2. Notices. Keep this licence and the line ...
with every copy you distribute.", "Ship this licence with every copy.", "on the one condition that this
licence and the copyright line above are kept with every copy", "Distribute this licence with each copy, and
keep the notice ...", "Redistributions must keep this licence and the copyright line above ...", "provided
that this copyright notice and this permission notice appear in all copies"); in the annex licence the
attribution quote began inside the grant ("within the volume set out in Annex B. Section 2. Copies you
distribute shall include this licence ..."), the clause label "Section 2." not ending a sentence. No
expectation was changed; no case was found to carry a factual mistake.

What changed (afterwards, fixing causes; all twelve pass): definitions unquoted at the head of a line of a
list of definitions ("1.3 Headcount means ...") are read through, and a definition is read with another
term's definition (never its own), so "an organisation whose Headcount (the number of employees ...) is
fewer than 250" is a revenue-threshold (a count of employees as a condition, `definitions`); a grant refused
"for any purpose other than" research (research-only, not a disclaimer of what it was tested or is fit for);
"on the footing that" no one "receives a payment ... in return" and business use "permitted only where a
separate written licence has been executed" (non-commercial); outputs that may not "serve as example, target
or feedback data" when another model's parameters are set (output-training-ban); every sublicence required to
bind its holder to a standard or policy (restrictions-flow-down); a grant confined to "the fields of use
marked as permitted in Schedule 1" (use-restrictions). A list of refused uses whose harmful items each only
restate the law (a criminal offence, what data-protection law prohibits) takes no field away (`lawful`); "Permission
is given ... to" is a grant; the safety net reads a disclaimer of what the model "has been validated" on, notes
that "do not add to it or take anything away from it", a change that "cannot reach copies already released",
a change-marking duty as "a statement that it has been modified", and questions answered "No" about a
"revenue figure" or a "policy", as no limit. The side findings on notices (attribution) and on a clause label
inside a sentence are left: neither changes a verdict.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "unquoted defined term for small organisations": (
        "HAZELRUN-12B LICENCE AGREEMENT\n"
        "\n"
        "This Agreement is made by Marrowdene Systems B.V., of Kettlewick (the Licensor), and sets out "
        "the terms on which the Model may be used, changed and shared.\n"
        "\n"
        "1. Definitions\n"
        "In this Agreement the following words, when capitalised, have the meanings given below.\n"
        "1.1 Model means the Hazelrun-12B weights, configuration files, tokenizer and sample inference "
        "code released by the Licensor.\n"
        "1.2 Affiliate means any entity that controls, is controlled by or is under common control with "
        "another entity, control meaning ownership of more than half of the voting shares.\n"
        "1.3 Headcount means the number of employees, officers and individual contractors engaged by an "
        "organisation and its Affiliates taken together, measured on the last day of its most recent "
        "financial year.\n"
        "1.4 Qualifying Licensee means an individual acting on their own account, or an organisation "
        "whose Headcount is fewer than 250.\n"
        "1.5 Derivative means any model or file created by modifying, fine-tuning, merging, quantising "
        "or pruning the Model.\n"
        "\n"
        "2. Licence\n"
        "2.1 The Licensor grants to each Qualifying Licensee a non-exclusive, worldwide, royalty-free "
        "licence to use, reproduce, study, modify and distribute the Model and Derivatives, for any "
        "purpose, commercial purposes included.\n"
        "2.2 A Qualifying Licensee may pass the Model and Derivatives on to others, who receive their "
        "own licence from the Licensor on these terms.\n"
        "\n"
        "3. Conditions\n"
        "3.1 Each copy of the Model or a Derivative that is distributed shall be accompanied by this "
        "Agreement.\n"
        "3.2 A Derivative shall bear a statement that it has been modified and by whom.\n"
        "\n"
        "4. Warranty and liability\n"
        "4.1 The Model is supplied as is, and the Licensor gives no warranty of any kind, express or "
        "implied.\n"
        "4.2 The Licensor shall not be liable for any damage arising out of the use of the Model or a "
        "Derivative.\n"
        "\n"
        "5. Governing law\n"
        "This Agreement is governed by the law in force in Kettlewick.\n",
        "restricted",
        "revenue-threshold",
    ),
    "limit in the tail of a long definition": (
        "# Sablefen-TTS Open Voice Terms\n"
        "\n"
        "Published by the Orlop Sound Cooperative, Wethercombe, for the Sablefen-TTS speech synthesis "
        "model: its weights, voice embeddings and the code to run them (together, the model).\n"
        "\n"
        "## Words used in these terms\n"
        "\n"
        "**Permitted Activity** means running the model on any computer, phone or hosted server, "
        "whether you own it or rent it; studying how the model works and measuring how well it "
        "performs; adapting, fine-tuning, merging or converting it into other formats; building it into "
        "software, websites, games, devices or teaching materials; and giving copies of the model, or "
        "of your Adaptations, to other people by any means and in any medium, in every case on the "
        "footing that neither you nor anyone acting with or for you receives a payment, fee, "
        "subscription, advertising income or other reward in return for that activity or for the audio "
        "it produces.\n"
        "\n"
        "**Adaptation** means any changed version of the model.\n"
        "\n"
        "## Your permission\n"
        "\n"
        "You may carry out any Permitted Activity with the model and with Adaptations. You need not ask "
        "us, register with us or tell us.\n"
        "\n"
        "## What to keep\n"
        "\n"
        '- When you give someone a copy, include these terms and the line "Sablefen-TTS (c) 2025 Orlop '
        'Sound Cooperative".\n'
        "- Mark Adaptations as changed.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "The model comes as it is. The Cooperative gives no warranty and accepts no liability for any "
        "harm arising from the model or from the audio it makes.\n",
        "non-commercial",
        "non-commercial",
    ),
    "grant by exclusion in one sentence": (
        "Cindermoor-Parse 2 Terms of Release\n"
        "\n"
        "Cindermoor Linguistics Group, of Pellinghurst, makes the Cindermoor-Parse 2 model, meaning its "
        "weights, its grammar files and the code that runs them, available to anyone who wants it, "
        "without charge, to download, copy, run, inspect, alter, retrain and hand on to others, but no "
        "right of any kind in the model or in any altered version of it is granted for any purpose "
        "other than the scholarly investigation of language, or of the model itself, whose findings are "
        "made public, so that every other use, whether by a company, a public body, a charity or a "
        "private person, and whether paid or free, remains reserved to the Group, and anyone to whom a "
        "copy is handed on takes it subject to this same sentence, which must travel with every copy, "
        "and the Group gives no warranty and accepts no liability for anything the model does or fails "
        "to do.\n",
        "research-only",
        "research-only",
    ),
    "passive condition on business use": (
        "Licence: Yarrowick-Vision Licence\n"
        "Version: 1.1\n"
        "Licensor: Yarrowick Optics Ltd, Dunsleigh Quay\n"
        "Model: Yarrowick-Vision 3 (image segmentation weights and pre-processing code)\n"
        "\n"
        "1. Yarrowick Optics Ltd grants you a worldwide, royalty-free licence to use, copy, examine, "
        "modify and redistribute the Model and versions of it that you have modified.\n"
        "2. Use of the Model in the course of any trade or business, and the incorporation of the Model "
        "or a modified version into any product or service for which a charge is made, are permitted "
        "only where a separate written licence has been executed by Yarrowick Optics Ltd and the party "
        "concerned.\n"
        "3. Whether such a licence is offered, and on what terms, is a matter for Yarrowick Optics Ltd.\n"
        "4. Copies of the Model, modified or not, are to be accompanied by this licence.\n"
        "5. Modified versions are to be described as modified, with the date of the change.\n"
        "6. The Model is provided without warranties of any kind, and Yarrowick Optics Ltd is not "
        "liable for losses arising from its use.\n",
        "non-commercial",
        "non-commercial",
    ),
    "fields of use in a schedule table": (
        "BRACKENFOLD-DOC 4B LICENCE\n"
        "\n"
        "1. Grant. Brackenfold Lab, of Ellerstow, grants you a free, non-exclusive, worldwide licence "
        'to use, copy, study, modify, fine-tune and distribute Brackenfold-Doc 4B (the "Model") and '
        "modified versions of it, in the fields of use marked as permitted in Schedule 1.\n"
        '2. Notices. Keep this licence and the line "Copyright 2025 Brackenfold Lab" with every copy '
        "you distribute.\n"
        "3. Outputs. Text that you extract or generate with the Model is yours to use as you wish.\n"
        "4. Warranty. None. The Model is provided as is, and Brackenfold Lab is not liable for any loss "
        "resulting from its use.\n"
        "\n"
        "Schedule 1: Fields of use\n"
        "\n"
        "| Field | Permitted under clause 1 | Remarks |\n"
        "|---|---|---|\n"
        "| Digitising and archiving documents | Yes | Including for paying clients |\n"
        "| Search and retrieval over document collections | Yes | |\n"
        "| Review of contracts and financial statements | Yes | |\n"
        "| Teaching and academic study | Yes | |\n"
        "| Screening applicants for jobs or tenancies | No | Not covered by clause 1 |\n"
        "| Software products sold to third parties | Yes | Modified versions included |\n"
        "| Assessing creditworthiness or pricing insurance | No | Not covered by clause 1 |\n"
        "| Every field not named above | Yes | |\n",
        "restricted",
        "use-restrictions",
    ),
    "outputs kept away from other models, no word train": (
        "Kestermere-Chat 8B: licence terms\n"
        "Licensor: Skelding Labs, Corrastow\n"
        "\n"
        "Definitions\n"
        "- Outputs: the text, code, scores and embeddings that Kestermere-Chat 8B produces.\n"
        "- Your Versions: copies of Kestermere-Chat 8B that you have changed.\n"
        "\n"
        "Allowed\n"
        "- Use Kestermere-Chat 8B for anything, paid products included.\n"
        "- Read, inspect and change its weights and code.\n"
        "- Share it and Your Versions, free or for money.\n"
        "\n"
        "Required\n"
        "- Ship this licence with every copy.\n"
        "- Say what you changed.\n"
        "\n"
        "Not allowed\n"
        "- No Output, and no collection assembled from Outputs, may serve as example, target or "
        "feedback data when the parameters of any machine-learning model other than Kestermere-Chat 8B "
        "or Your Versions are set or adjusted.\n"
        "- The same goes for models that others build with Outputs you hand them.\n"
        "\n"
        "Other\n"
        '- Breaking the rule under "Not allowed" ends your licence.\n'
        "- No warranty. Skelding Labs is not liable for anything arising from the model or its Outputs.\n",
        "restricted",
        "output-training-ban",
    ),
    "sublicences carry a conduct standard the licensor amends": (
        "VELMONT-EMBED LICENCE AGREEMENT\n"
        "\n"
        '1. Parties. This Agreement is between Velmont Data Works Inc., of Grayhaven ("Velmont"), and '
        'the person or organisation that obtains the Velmont-Embed model ("you").\n'
        "\n"
        "2. Grant. Velmont grants you a perpetual, worldwide, non-exclusive, royalty-free licence to "
        "use, reproduce, study, modify, prepare derivative works of, distribute and sublicense the "
        "Velmont-Embed weights and code and derivative works of them, for any purpose.\n"
        "\n"
        "3. Recipients. A person who receives the model or a derivative work from you obtains rights in "
        "it only by a sublicence granted by you under section 4.\n"
        "\n"
        "4. Sublicensing. You may grant sublicences of the rights in section 2 on terms of your "
        "choosing, provided that every sublicence you grant requires the sublicensee to observe the "
        "Velmont Conduct Standard and to impose the same requirement in any sublicence it grants in "
        "turn. The Velmont Conduct Standard is the document of that name that Velmont maintains at "
        "https://velmont.example/conduct-standard. Velmont may amend it whenever it sees fit, and each "
        "amendment takes effect for sublicensees when it is published there. The Standard applies to "
        "your own use as it applies to theirs.\n"
        "\n"
        "5. Notices. You shall keep Velmont's copyright notice in every copy of the model and of a "
        "derivative work that you distribute.\n"
        "\n"
        '6. No warranty. The model is provided "as is", without warranty of any kind.\n'
        "\n"
        "7. Liability. Velmont shall not be liable for any damages arising from the use of the model or "
        "a derivative work.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "devices and requests counted in an annex": (
        "TARNHOLM-DETECT LICENCE\n"
        "Tarnholm Edge AB, Frostvik\n"
        "\n"
        "Section 1. Tarnholm Edge AB grants you a non-exclusive, royalty-free licence to use, study, "
        "modify and distribute Tarnholm-Detect (the object-detection weights and its runtime) and your "
        "modifications of it, for any purpose, commercial products included, within the volume set out "
        "in Annex B.\n"
        'Section 2. Copies you distribute shall include this licence and the notice "Tarnholm-Detect, '
        'Copyright 2025 Tarnholm Edge AB".\n'
        "Section 3. Tarnholm-Detect is provided as is, with no warranty, and Tarnholm Edge AB accepts "
        "no liability for its use.\n"
        "\n"
        "Annex A. Files\n"
        "A.1 tarnholm-detect.safetensors (the weights).\n"
        "A.2 runtime/ (the inference runtime and its build scripts).\n"
        "\n"
        "Annex B. Volume\n"
        "B.1 Installations. Tarnholm-Detect and modified versions of it may be installed on no more "
        "than 2,000 devices in total, counting your devices and those of your customers, at any time.\n"
        "B.2 Hosted use. Where Tarnholm-Detect is offered over a network, it may answer no more than "
        "5,000,000 inference requests in any calendar month.\n"
        "B.3 Installations and requests beyond the figures in B.1 and B.2 are not covered by Section 1 "
        "and need an enterprise licence from Tarnholm Edge AB.\n",
        "restricted",
        "user-threshold",
    ),
    "faq that denies every limit": (
        "Lanterfell-Math 1.5B Licence\n"
        "Copyright 2025 Lanterfell Collective, Auldwater\n"
        "\n"
        "Permission is given, free of charge, to any person or organisation to use, study, copy, "
        "modify, fine-tune, merge, publish, distribute and sell copies of the Lanterfell-Math 1.5B "
        "weights and code and of modified versions of them, for any purpose, on the one condition that "
        "this licence and the copyright line above are kept with every copy.\n"
        "\n"
        "The weights and code are provided as is, without warranty of any kind, and the Collective is "
        "not liable for any claim or damage arising from them.\n"
        "\n"
        "Frequently asked questions\n"
        "(These answers explain the licence above. They do not add to it or take anything away from "
        "it.)\n"
        "\n"
        "Q: My app might reach a hundred million people. Will I need a different licence at some point?\n"
        "A: No. There is no user limit: the licence reads the same for one user and for a billion.\n"
        "\n"
        "Q: We are a large company. Is there a revenue figure above which we must pay or sign "
        "something?\n"
        "A: No. There is no revenue threshold and no fee at any size.\n"
        "\n"
        "Q: Is the model restricted to research, or to particular industries?\n"
        "A: No. There is no field-of-use restriction; banks, hospitals, defence contractors, schools "
        "and hobbyists are covered alike.\n"
        "\n"
        "Q: Can I use what the model writes to build a model of my own?\n"
        "A: Yes. The licence places no condition on outputs, including their use as training data.\n"
        "\n"
        "Q: Is there an acceptable use policy that I must follow?\n"
        "A: No. There is no separate policy, and nothing outside this file binds you. The law of your "
        "country applies to you as it does to any software.\n"
        "\n"
        "Q: Can you withdraw or change the licence later?\n"
        "A: A copy you have received stays under this licence for good. Later releases may come under "
        "other terms, but that cannot reach copies already released.\n",
        "open-non-osi",
        None,
    ),
    "acceptable use limited to what is already unlawful": (
        "# Mistlebrook-ASR Licence\n"
        "\n"
        "Mistlebrook Audio SARL, of Vaudrelle, publishes the Mistlebrook-ASR speech recognition model "
        "under these terms.\n"
        "\n"
        "## 1. Permission\n"
        "\n"
        "You may use Mistlebrook-ASR for any purpose, study it, modify it, and distribute it or your "
        "modified versions to anyone, with or without charge.\n"
        "\n"
        "## 2. Notices\n"
        "\n"
        'Distribute this licence with each copy, and keep the notice "(c) 2025 Mistlebrook Audio SARL".\n'
        "\n"
        "## 3. Acceptable use\n"
        "\n"
        "You must not use Mistlebrook-ASR:\n"
        "\n"
        "- to record or transcribe a conversation where the law of that place requires the "
        "participants' consent and it has not been obtained;\n"
        "- to commit fraud, or any other act that is a criminal offence where it is done;\n"
        "- to process personal data in a way that the applicable data protection law prohibits.\n"
        "\n"
        "Every use on this list is unlawful already, and the list is confined to such uses: a use that "
        "the law allows falls outside it, however sensitive it may be. Section 3 refers to no other "
        "document, and Mistlebrook Audio SARL has no power to add to it.\n"
        "\n"
        "## 4. No warranty\n"
        "\n"
        "The model is provided as is, with no warranty of accuracy or fitness for any purpose, and "
        "Mistlebrook Audio SARL is not liable for any damage resulting from its use.\n",
        "open-non-osi",
        None,
    ),
    "trademark clause against endorsement only": (
        "Corriebank-Coder 3B Licence\n"
        "Copyright 2025 Corriebank Labs Ltd, Fenwray\n"
        "\n"
        "1. Grant. Corriebank Labs Ltd grants every person who receives the Corriebank-Coder 3B weights "
        "and code a perpetual, worldwide, no-charge, royalty-free, irrevocable licence to use, "
        "reproduce, study, modify, publicly display, sublicense and distribute them, and works derived "
        "from them, for any purpose.\n"
        "\n"
        "2. Notices. Redistributions must keep this licence and the copyright line above, and each "
        "modified file must carry a note that it was changed.\n"
        "\n"
        "3. Trademarks. This licence does not give permission to use the name Corriebank, the "
        "Corriebank heron logo, or the names of Corriebank Labs Ltd's staff or contributors, except as "
        "reasonably needed to describe where the model came from and to reproduce the notices required "
        "by clause 2. In particular, you may not use any of them to endorse or promote a product or a "
        "modified model without Corriebank Labs Ltd's prior written permission, and you may not state "
        "or imply that Corriebank Labs Ltd sponsors or approves of your work.\n"
        "\n"
        '4. Warranty. The weights and code are provided "as is", without warranties or conditions of '
        "any kind, express or implied.\n"
        "\n"
        "5. Liability. Corriebank Labs Ltd is not liable to anyone for any damages arising from this "
        "licence or from the use of the weights and code, unless the law requires otherwise.\n",
        "open-non-osi",
        None,
    ),
    "disclaimer heavy with commercial and research": (
        "Glimmerholt-Seg Licence\n"
        "Copyright (c) 2025 Glimmerholt Imaging Institute, Larkstead\n"
        "\n"
        "Permission to use, copy, study, modify and distribute the Glimmerholt-Seg model weights and "
        "code, and modified versions of them, for any purpose, with or without fee, is hereby granted, "
        "provided that this copyright notice and this permission notice appear in all copies.\n"
        "\n"
        'DISCLAIMER. THE MODEL IS A RESEARCH ARTEFACT AND IS PROVIDED "AS IS". THE INSTITUTE MAKES NO '
        "WARRANTY THAT IT IS FIT FOR COMMERCIAL USE, FOR CLINICAL USE OR FOR ANY PARTICULAR RESEARCH "
        "PURPOSE, AND DISCLAIMS ALL WARRANTIES OF MERCHANTABILITY, OF SATISFACTORY QUALITY AND OF "
        "FITNESS FOR A PARTICULAR PURPOSE, EXPRESS OR IMPLIED. THE MODEL HAS BEEN VALIDATED ONLY ON "
        "RESEARCH DATASETS AND HAS NOT BEEN TESTED FOR COMMERCIAL DEPLOYMENT; ANYONE WHO USES IT IN A "
        "COMMERCIAL PRODUCT OR IN NON-COMMERCIAL RESEARCH DOES SO ENTIRELY AT THEIR OWN RISK. IN NO "
        "EVENT SHALL THE INSTITUTE BE LIABLE FOR LOSS OF PROFITS, LOSS OF COMMERCIAL OPPORTUNITY, LOSS "
        "OF RESEARCH DATA OR ANY OTHER DAMAGES, WHETHER IN CONTRACT, TORT OR OTHERWISE, ARISING FROM "
        "THE USE OF THE MODEL IN COMMERCIAL, RESEARCH OR ANY OTHER SETTINGS.\n",
        "open-non-osi",
        None,
    ),
}
