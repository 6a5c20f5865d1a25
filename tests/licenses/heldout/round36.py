# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 36 (issue 14): ten model licences whose limits live in the scope of the grant, not in a
prohibition, seven that block an open label and three open controls. None of the blocked texts says "may
not", "must not", "prohibited" or "only" (nor "solely" or "exclusively"): each grants rights over a defined
object, to a defined class of licensees, for a defined period or within a defined place, and the limit sits
in the definition, so that whatever the definition leaves out is simply never licensed. Each open control
uses the same machinery with a definition that takes nothing away. Drafting styles vary (legalese with
numbered definitions, short numbered clauses, Markdown, a letter, British numbered clauses, a key-value
header, a single-sentence grant). Written fresh with invented details, blind, before any rule changed.

- "licensee products narrowly defined": a defined-terms agreement granting use, reproduction, modification,
  fine-tuning and distribution "in each case in Licensee Products", where "Licensee Products" are products
  and services "sold by Licensee under a Licensee Brand" with "fewer than ten thousand (10,000) Customers"
  (restricted, user-threshold: above ten thousand customers, or outside the licensee's own brand, nothing
  is licensed).
- "the model as delivered": use, copy, run and redistribute "the Model as delivered", for any purpose,
  commercial included, where that is defined as the files "byte for byte identical" to the published
  checksums, and fine-tuned, quantised, pruned or merged files "are not the Model as delivered"
  (restricted, no-modification).
- "distribution right to affiliates": a Markdown licence allowing use for any purpose and modification, whose
  "distribution right under this licence is the right to distribute copies ... to Your Affiliates", defined
  as companies in the same group (restricted, no-redistribution: no right to share with anyone outside the
  group).
- "grant for the term, in a letter": a letter granting every freedom "for the Term", where "Term" is
  "the period of eighteen (18) months that starts on the day you first download the Model", and "When the
  Term ends, so do the rights" (restricted, time-limit).
- "grant to academic institutions": British numbered clauses; the licence is given "to each Academic
  Institution", defined as a not-for-profit university or college "acting through its faculty, students
  and research staff in the course of their teaching and research", with sharing among Academic
  Institutions (research-only, the narrower form of a block: no company, and no use outside teaching and
  research, is licensed).
- "territory of three countries": a key-value header "Territory: Portugal, Spain and Morocco" and an
  any-purpose grant whose "rights in clause 1 cover deployment within the Territory", with a test of where
  a deployment is (restricted, geographic-restriction).
- "run on supported hardware": a single-sentence grant "to run the Model on Supported Hardware, to modify
  and fine-tune it for that purpose, to distribute ... with or inside Supported Hardware", for any purpose,
  where "Supported Hardware" means the licensor's own cameras, gateways and accelerator cards (restricted,
  platform-tie).
- "definitions that widen": a defined-terms agreement whose "Licensee" is anyone "whatever its size,
  revenue or field of activity" and whose "Licensee Products" means "any product ... made, sold, hosted or
  given away by anyone, whether under the Licensee's brand, a customer's brand or no brand at all, with any
  number of users or customers", with a grant to use them "in Licensee Products, and ... for any other
  purpose" and a notice condition (open-non-osi; the near miss of the first case).
- "as delivered or as modified by you": "'The Model' means ... as delivered by Ormesby or as modified by
  You, whether by fine-tuning, merging, quantising, pruning or any other change", granted for any purpose
  with notice conditions (open-non-osi; the near miss of the model as delivered).
- "territory is the whole world": a Markdown grant of every freedom whose "rights in clause 1 cover
  deployment within the Territory", where "'Territory' means the whole world ... with no place left out"
  (open-non-osi; the near miss of the three countries).

First run (before any rule changed): 4 of 10 right (licensee products narrowly defined, read restricted
with user-threshold from the definition 1.4 itself, "... have, taken together, fewer than ten thousand
(10,000) Customers at every point in the life of this Licence.", and the notice clause as attribution; and
all three open controls, definitions that widen, as delivered or as modified by you, and territory is the
whole world, each open-non-osi with nothing blocking and nothing unclassified). The most serious: the other
six blocked texts all read open (open-non-osi, "the text grants all four freedoms (use, study, modify,
share) and no clause blocks open source"), each with no clause of any kind and nothing unclassified, so
the definition or scope sentence that holds the limit was neither classified nor flagged. The model as
delivered: the definition "'the Model as delivered' means ... exactly as Brenmoor publishes them, byte for
byte identical to the files whose SHA-256 checksums are listed in CHECKSUMS.txt" and "Files that differ
from those checksums in any byte, including files produced by fine-tuning, quantising, pruning or merging
the Model, are not the Model as delivered." produced no no-modification clause, and the modify freedom was
credited to the grant "to use, copy, run and redistribute the Model as delivered, for any purpose", which
names no modifying verb. Distribution right to affiliates: "The distribution right under this licence is
the right to distribute copies of the Model and of Modified Versions to Your Affiliates." produced no
no-redistribution clause, and the share freedom was credited to "You may use the Model for any purpose,
... and you may modify and fine-tune it.", which names no sharing verb. Grant for the term, in a letter:
"We grant you, for the Term, ..." with "'Term' in this letter means the period of eighteen (18) months
that starts on the day you first download the Model. When the Term ends, so do the rights in the paragraph
above, ..." produced no time-limit. Grant to academic institutions: the licence "given ... to each
Academic Institution", with "'Academic Institution' means a university or college that is organised and
operated as a not-for-profit body, acting through its faculty, students and research staff in the course
of their teaching and research", produced neither research-only nor non-commercial; the grant "to each
Academic Institution" was read as a grant to anyone. Territory of three countries: the header "Territory:
Portugal, Spain and Morocco" and "The rights in clause 1 cover deployment within the Territory." produced no
geographic-restriction. Run on supported hardware: the grant "to run the Model on Supported Hardware, to
modify and fine-tune it for that purpose, to distribute the Model and modified versions with or inside
Supported Hardware" and "'Supported Hardware' means the cameras, gateways and accelerator cards designed
and sold by Ludbrook Devices Inc. under the Kestrin brand." produced no platform-tie. No text read unknown
and no open text read restricted. Side finding: attribution was found in two texts only (licensee
products narrowly defined and definitions that widen); the notice conditions written with "carry"
("Copies you redistribute carry this licence and CHECKSUMS.txt.", "Each copy distributed to Your
Affiliates carries this licence and the notice ...", "Copies ... shall carry this licence and the notice
...", "Copies of the Model, changed or not, carry this licence and the copyright line above."), with
"keep" ("Please keep this letter and the notice ... with every copy you pass on", "Keep this licence and
the line ... with every copy you distribute") and with "include" ("If You distribute the Model, include
this licence and the copyright line above") raised nothing. No expectation was changed; no case was found
to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): the grant reader read "use ... for any
purpose" as every freedom even when the grant listed its verbs ("to use, copy, run and redistribute the Model
as delivered, for any purpose" gave a right to modify): a grant now counts as broad only for use alone, or
when the other verbs come after as examples ("use it in any way, including copying it, modifying it"). Limits
in the grant's scope: a "Term" defined as a number of months (time limit), the object defined as the files
"exactly as" published (no modification), the distribution right "to Your Affiliates" (no redistribution),
the licensee class defined as not-for-profit universities (research-only), a "Territory" defined as named
places, not the whole world (geographic), "Supported Hardware" defined as the licensor's devices (platform
tie). The ScanCode DB did not move.

"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "licensee products narrowly defined": (
        "SORRELBY-7B COMMERCIAL INTEGRATION LICENCE\n"
        "\n"
        'Between Tamsworth Cognitive Ltd, of Ember Reach ("Licensor"), and the person or company that '
        'accepts it ("Licensee").\n'
        "\n"
        "1. Definitions.\n"
        '1.1 "Model" means the Sorrelby-7B language model weights, tokenizer and inference scripts made '
        "available by Licensor.\n"
        '1.2 "Licensee Brand" means a trade mark or trading name that Licensee owns and under which '
        "Licensee markets its own goods and services.\n"
        '1.3 "Customer" means a person or organisation that has paid Licensee for access to a Licensee '
        "Product in the preceding twelve months.\n"
        '1.4 "Licensee Products" means software products and online services that (a) are sold by '
        "Licensee under a Licensee Brand, and (b) have, taken together, fewer than ten thousand (10,000) "
        "Customers at every point in the life of this Licence.\n"
        "\n"
        "2. Grant. Licensor grants Licensee a perpetual, worldwide, royalty-free, non-exclusive licence "
        "to use, reproduce, modify and fine-tune the Model, and to distribute the Model and modified "
        "versions of it, in each case in Licensee Products.\n"
        "\n"
        "3. Outputs. Content produced by the Model within a Licensee Product belongs to Licensee or its "
        "Customers, as they agree between themselves.\n"
        "\n"
        "4. Notices. Licensee shall keep Licensor's copyright notice in the Model files and shall name "
        '"Sorrelby-7B by Tamsworth Cognitive" in the documentation of each Licensee Product.\n'
        "\n"
        '5. Disclaimer. The Model is provided "as is", without warranty of any kind, and Licensor is not '
        "liable for any loss arising from its use.\n",
        "restricted",
        "user-threshold",
    ),
    "the model as delivered": (
        "Halvard-OCR 2 Licence\n"
        "Copyright 2025 Brenmoor Document Systems AS, Skjelvik\n"
        "\n"
        '1. In this licence, "the Model as delivered" means the Halvard-OCR 2 weight files, vocabulary '
        "and runtime configuration exactly as Brenmoor publishes them, byte for byte identical to the "
        "files whose SHA-256 checksums are listed in CHECKSUMS.txt. Files that differ from those "
        "checksums in any byte, including files produced by fine-tuning, quantising, pruning or merging "
        "the Model, are not the Model as delivered.\n"
        "2. Brenmoor grants you a perpetual, worldwide, royalty-free licence to use, copy, run and "
        "redistribute the Model as delivered, for any purpose, commercial or not, including in products "
        "and services you sell.\n"
        "3. The text the Model reads from your documents is yours.\n"
        "4. Copies you redistribute carry this licence and CHECKSUMS.txt.\n"
        "5. The Model is provided as is, without warranty of any kind. Brenmoor is not liable for any "
        "loss arising from its use, including loss caused by misread characters.\n",
        "restricted",
        "no-modification",
    ),
    "distribution right to affiliates": (
        "# Pembrook-Rerank Licence\n"
        "\n"
        "**Licensor:** Calloway Retrieval GmbH, Oberwessel\n"
        '**Model:** Pembrook-Rerank 300M, its weights, tokenizer and scoring code ("the Model")\n'
        "\n"
        "## Use and changes\n"
        "\n"
        "You may use the Model for any purpose, commercial products and services included, and you may "
        'modify and fine-tune it. Versions you change ("Modified Versions") are yours to run as you see '
        "fit.\n"
        "\n"
        "## Distribution\n"
        "\n"
        "The distribution right under this licence is the right to distribute copies of the Model and of "
        'Modified Versions to Your Affiliates. "Your Affiliates" are the companies that control you, that'
        " you control, or that are under common control with you, where control means owning more than "
        "half of the voting shares.\n"
        "\n"
        'Each copy distributed to Your Affiliates carries this licence and the notice "Pembrook-Rerank, '
        'Copyright 2025 Calloway Retrieval GmbH".\n'
        "\n"
        "## Hosted services\n"
        "\n"
        "Running the Model or a Modified Version behind a service that your customers call over a network"
        " is use, and is covered above.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "The Model is provided as is, without warranty of any kind. Calloway Retrieval GmbH is not liable"
        " for any loss arising from its use.\n",
        "restricted",
        "no-redistribution",
    ),
    "grant for the term, in a letter": (
        "Dear Licensee,\n"
        "\n"
        "Thank you for downloading Wrenfold-Vox, the text-to-speech model of Quarrender Audio Ltd of "
        "Nettlecombe. This letter is your licence.\n"
        "\n"
        "We grant you, for the Term, a worldwide, royalty-free, non-exclusive licence to use, copy, "
        'modify, fine-tune and distribute the Wrenfold-Vox weights, voices and vocoder (together, "the '
        'Model") and versions you make of it, for any purpose, commercial or not, and to use and sell the'
        " audio it produces.\n"
        "\n"
        '"Term" in this letter means the period of eighteen (18) months that starts on the day you first '
        "download the Model. When the Term ends, so do the rights in the paragraph above, for you and for"
        " everyone who received the Model or a version of it from you; audio produced before then stays "
        "yours.\n"
        "\n"
        'Please keep this letter and the notice "Wrenfold-Vox, Copyright 2025 Quarrender Audio Ltd" with '
        "every copy you pass on, and tell people if you changed the Model.\n"
        "\n"
        "The Model comes as is, without any warranty, and Quarrender Audio Ltd is not liable for any loss"
        " arising from its use.\n"
        "\n"
        "With best wishes,\n"
        "Quarrender Audio Ltd\n",
        "restricted",
        "time-limit",
    ),
    "grant to academic institutions": (
        "Tollerby-Bio 1.5B Licence\n"
        "\n"
        '1. Parties. This licence is given by Fenmarsh Life Sciences plc, of Colwick Green ("Fenmarsh"), '
        "to each Academic Institution that downloads the Tollerby-Bio 1.5B protein language model.\n"
        "\n"
        "2. Interpretation. In this licence:\n"
        '(a) "Academic Institution" means a university or college that is organised and operated as a '
        "not-for-profit body, acting through its faculty, students and research staff in the course of "
        "their teaching and research;\n"
        '(b) "Model" means the Tollerby-Bio 1.5B weights, tokenizer and example notebooks, and '
        '"Derivative" means any model fine-tuned from or otherwise derived from the Model.\n'
        "\n"
        "3. Grant. Fenmarsh grants to each Academic Institution a perpetual, worldwide, royalty-free, "
        "non-exclusive licence to use, copy, modify and fine-tune the Model, to make Derivatives, and to "
        "share the Model and Derivatives with other Academic Institutions.\n"
        "\n"
        "4. Publication. Academic Institutions are encouraged to publish results obtained with the Model,"
        " and Fenmarsh claims no rights in those results.\n"
        "\n"
        "5. Notices. Copies of the Model or of a Derivative shared under clause 3 shall carry this "
        'licence and the notice "Tollerby-Bio, (c) 2025 Fenmarsh Life Sciences plc".\n'
        "\n"
        "6. Warranty. The Model is provided as is. Fenmarsh gives no warranty that any predicted "
        "structure or function is correct, and is not liable for any loss arising from use of the Model.\n",
        "research-only",
        "research-only",
    ),
    "territory of three countries": (
        "Licence: Greywing Deploy Licence 1.0\n"
        "Licensor: Marlow & Teague Systems Lda, Vila Serrana\n"
        "Model: Greywing-Agent 20B (weights, tokenizer, tool-calling templates)\n"
        "Territory: Portugal, Spain and Morocco\n"
        "\n"
        "1. Marlow & Teague Systems Lda grants you a perpetual, royalty-free, non-exclusive licence to "
        "use, copy, modify, fine-tune and distribute the Model and models derived from it, for any "
        "purpose, including in products and services you sell.\n"
        "2. The rights in clause 1 cover deployment within the Territory. A deployment is within the "
        "Territory where the Model, or a model derived from it, runs on servers or devices located in the"
        " Territory and serves users who are located there.\n"
        "3. Each copy you distribute carries this licence, including the header above, and the notice "
        '"Greywing-Agent, Copyright 2025 Marlow & Teague Systems Lda".\n'
        "4. Actions the agent takes and text the Model produces are yours.\n"
        "5. The Model is provided as is, without warranty of any kind, and the licensor is not liable for"
        " any loss arising from its use, including loss caused by actions an agent takes.\n",
        "restricted",
        "geographic-restriction",
    ),
    "run on supported hardware": (
        "Kestrin-Edge Vision Licence\n"
        "\n"
        "Copyright 2025 Ludbrook Devices Inc., Sallow Point\n"
        "\n"
        "Ludbrook Devices Inc. hereby grants to every person and company that receives the Kestrin-Edge "
        '400M object detection model, its weights, compiled kernels and sample pipelines (the "Model"), a'
        " worldwide, royalty-free, perpetual, non-exclusive licence to run the Model on Supported "
        "Hardware, to modify and fine-tune it for that purpose, to distribute the Model and modified "
        "versions with or inside Supported Hardware, and to sell products and services built on them, for"
        " any purpose and in any field.\n"
        "\n"
        '"Supported Hardware" means the cameras, gateways and accelerator cards designed and sold by '
        "Ludbrook Devices Inc. under the Kestrin brand.\n"
        "\n"
        "Copies of the Model, changed or not, carry this licence and the copyright line above.\n"
        "\n"
        "The detections and other outputs of the Model belong to whoever runs it.\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. LUDBROOK DEVICES INC. SHALL NOT BE '
        "LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE MODEL OR ITS USE.\n",
        "restricted",
        "platform-tie",
    ),
    "definitions that widen": (
        "ASHGROVE-MT LICENCE AGREEMENT\n"
        "\n"
        "1. Definitions\n"
        '1.1 "Licensor" means Thistledown Translation SARL, of Pont-Aubrac.\n'
        '1.2 "Model" means the Ashgrove-MT machine translation weights, vocabulary files and decoding '
        "code.\n"
        '1.3 "Licensee" means any natural person or legal entity that obtains a copy of the Model, '
        "whatever its size, revenue or field of activity.\n"
        '1.4 "Licensee Products" means any product, service, application, website, device, dataset or '
        "other work made, sold, hosted or given away by anyone, whether under the Licensee's brand, a "
        "customer's brand or no brand at all, with any number of users or customers, and includes the "
        "Model itself and any Modification.\n"
        '1.5 "Modification" means any change to the Model, and any model trained, fine-tuned or distilled'
        " from the Model or from its outputs.\n"
        "\n"
        "2. Grant\n"
        "Licensor grants Licensee a perpetual, irrevocable, worldwide, royalty-free, non-exclusive "
        "licence to use, reproduce, modify, sublicense and distribute the Model and Modifications, to use"
        " them in Licensee Products, and to use them for any other purpose.\n"
        "\n"
        "3. Conditions\n"
        "When Licensee distributes the Model or a Modification, Licensee shall include a copy of this "
        "Agreement and Licensor's copyright notice.\n"
        "\n"
        "4. Disclaimer\n"
        'The Model is provided "as is", without warranty of any kind. Licensor shall not be liable for '
        "any damages arising from the use of the Model or of any Modification.\n",
        "open-non-osi",
        None,
    ),
    "as delivered or as modified by you": (
        "Pellan-Draw 1.0 Licence\n"
        "Copyright 2025 Ormesby Pixel Works Ltd, Gannet Cove\n"
        "\n"
        '1. "The Model" means the Pellan-Draw 1.0 image generation weights, text encoder and sampling '
        "code, as delivered by Ormesby or as modified by You, whether by fine-tuning, merging, "
        "quantising, pruning or any other change.\n"
        "2. Ormesby grants You a perpetual, worldwide, royalty-free, non-exclusive licence to use, copy, "
        "modify, publish, distribute, sublicense and sell the Model, for any purpose.\n"
        "3. Images You generate with the Model are Yours, to use, sell or publish as You wish.\n"
        "4. If You distribute the Model, include this licence and the copyright line above, and say "
        "whether You modified it.\n"
        "5. The Model is provided as is, without warranty of any kind. Ormesby is not liable for any loss"
        " arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "territory is the whole world": (
        "# Brindle-Sum Licence, version 2\n"
        "\n"
        'Brindle-Sum 3B, a summarisation model (its weights, tokenizer and prompt templates, "the '
        'Model"), is published by Harrowgate Text Labs Pty Ltd, of Wattle Bend.\n'
        "\n"
        "1. **Grant.** Harrowgate Text Labs grants you a perpetual, royalty-free, non-exclusive licence "
        "to use, copy, modify, fine-tune and distribute the Model and models derived from it, for any "
        "purpose, commercial or not, and to sell products and services that use them.\n"
        '2. **Where.** The rights in clause 1 cover deployment within the Territory. "Territory" means '
        "the whole world: every country and region in it, together with ships, aircraft and spacecraft "
        "wherever they are, with no place left out.\n"
        '3. **Notices.** Keep this licence and the line "Brindle-Sum, Copyright 2025 Harrowgate Text Labs'
        ' Pty Ltd" with every copy you distribute, and mark changed versions as changed.\n'
        "4. **Summaries.** Summaries the Model writes are yours.\n"
        "5. **No warranty.** The Model is provided as is, without warranty of any kind, and Harrowgate "
        "Text Labs is not liable for any loss arising from its use.\n",
        "open-non-osi",
        None,
    ),
}
