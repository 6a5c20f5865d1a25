# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 57: twelve model licences whose terms are changed by another part of the same text, as real releases
ship them: an amendment appended after the licence ("Section 4 is replaced by ..."), a corrigendum and an errata table,
a version history inside the file, supplemental terms and a side letter with a precedence clause, a consolidated version
whose deleted words are struck through (`~~...~~`) and whose inserted words are marked, and a set of standard terms
followed by release-specific exceptions that give back part of what the standard terms take away. What is read is the
operative text: the licence after every amendment, correction and exception is applied. Eight take something away (the
amendment adds a limit to an otherwise open licence, or keeps one the base had), each expecting a different clause type,
chosen among those rounds 53 to 56 asked for least (counted from their `CASES`: naming-branding, no-source-access and
ethical-conditions never; platform-tie, geographic-restriction, use-restrictions, personal-use-only, no-modification,
research-only and revenue-threshold once each; every other blocking type twice): revenue-threshold, no-modification,
research-only, platform-tie, no-source-access, naming-branding, ethical-conditions and geographic-restriction. Four are
open controls, each a near miss of one of the restricted texts in the same layout, where the amendment, the
struck-through text, the version history or the exceptions remove the limit instead. Each expectation is decided from
the README's definitions (the verdict table, "research-only beats non-commercial, which beats restricted", the
clause-type table) and the frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for
everyone and without asking permission, with access to the preferred form for making modifications, the weights; the
Open Source Definition's free redistribution, source code, derived works, no discrimination against persons, groups or
fields of endeavour, and no provision predicated on any individual technology; the G7 labels, Weights Available being
the label for "commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause,
Recital 102 keeping it for a licence that lets the model be accessed, used, modified and distributed and asks only for
credit), not from what opengauge reads. Every name, company, product, address, URL and figure is invented (the governing
laws are real; the domain ends in `.example`). None of the texts is a catalog licence, so an open one is `open-non-osi`.

- "amendment no. 1: section 4 replaced by a revenue cap": a German licence granting every freedom "subject to Sections 3
  and 4", its Section 4 letting the licensee use the model commercially "without any further permission or payment";
  Amendment No. 1, effective 1 June 2026 for every copy released from then on, this one included, and prevailing over
  Sections 1 to 6, replaces Section 4: commercial use "only if the combined gross revenue of You and Your Affiliates in
  the preceding financial year did not exceed EUR 20,000,000", and above that "this Licence grants You no right to use,
  reproduce, modify or distribute the Model ... for any purpose", an enterprise licence that Brandmoor "may grant or
  refuse at its sole discretion" being the only way on (restricted, revenue-threshold: the README's "above a revenue
  level you need another, often paid, license"; commercial use below the cap is free, so not non-commercial; OSAID's
  "for everyone").
- "corrigendum: modify and derivatives struck from the grant": an English licence granting the freedoms "to use, study,
  copy, modify and distribute the Model and Derivatives, for any purpose, commercial or not", its section 4 letting
  derivatives be shared on any terms; a corrigendum issued a week later, part of the licence, effective from first
  publication and prevailing, says "modify" and "and Derivatives" were included in error, gives section 2's corrected
  words ("use, study, copy and distribute the Model, in the form in which Quenby publishes it"), deletes section 4 and
  says the licence "does not permit you to modify, fine-tune, merge, prune, quantise or otherwise alter the Model's
  weights, or to make or distribute any Derivative" (restricted, no-modification: the README's "you may not modify it or
  make derivatives"; OSAID's freedom to modify and the Open Source Definition's derived works; commercial use stays).
- "version history: version 2.0 narrows the grant to research": a Finnish licence whose opening says Part A is the text
  of version 1.3, Part B the version history, and the licence for this release is "version 2.0: Part A as changed by
  every entry in Part B. Where Part A and Part B differ, Part B applies."; Part A grants every freedom "for any purpose,
  including commercial purposes" and lets the model be deployed in products sold; Part B's current entry, v2.0, replaces
  those words by "solely for non-commercial research, evaluation and teaching; any production, commercial or operational
  use ... is not licensed" and deletes the commercial-deployment section (research-only, research-only: the README's
  "only research, evaluation or other non-production use", which beats non-commercial).
- "supplemental terms prevail: run only on the licensor's accelerators": an Oregon licence granting every freedom "for
  any lawful purpose, including commercial purposes" and saying "You may run the Model on any hardware"; Supplemental
  Terms for the release, part of the licence and prevailing "In case of conflict", say the model and any model derived
  from it "may be run only on Cormack Halo accelerator cards, or on instances of Cormack Cloud that use them" and
  running them on any other processor, device or cloud "is not licensed, whatever section 1 says" (restricted,
  platform-tie: the README's "use only with (or on) a named vendor's hardware, devices or services"; the Open Source
  Definition's technology neutrality, OSAID's use for any purpose without asking permission).
- "consolidated version: source form struck out, encrypted package only": a French licence in Markdown, "Consolidated
  version 3", saying that struck-through words "no longer have effect" and words marked "[A2: ...]" do; section 2's "~~,
  in source or object form,~~" gives way to "[A2: only in the compiled Kestrell Runtime Package (.krp) in which Kestrell
  publishes it]" (commercial use and adapter training stay), and section 3's struck-through right to "inspect, print and
  analyse the Model's weights" gives way to "[A2: The Package is encrypted. You may not decompile, disassemble, decrypt
  or reverse engineer the Package, or extract ... the Model's weights ...]" (restricted, no-source-access: the README's
  "no reverse engineering or decompiling, or copies only in binary / object form"; OSAID's freedom to study and its
  preferred form for modification, the Open Source Definition's source code).
- "release exceptions give commercial use back, the badge stays": standard terms whose section 2.1 refuses commercial
  use and whose section 2.2 requires "Built with Ardenvale", with the logo, in the interface and on the website of every
  product built with the model, and every derivative's name to begin with "Ardenvale-"; the release-specific exceptions,
  prevailing "wherever the two differ", say section 2.1 "does not apply" and every other term, "section 2.2 (Branding)
  included", applies "unchanged" (restricted, naming-branding: the README's "derived models or products must carry the
  licensor's name or a "Built with" badge"; commercial use is given back, so not non-commercial).
- "side letter: rights conditional on human-rights and labour standards": a Dutch licence granting every freedom "for
  any purpose, commercial or non-commercial"; a side letter "To: every licensee", part of the licence and prevailing
  where they conflict, makes the rights "conditional on your compliance ... with" the UN Guiding Principles on Business
  and Human Rights and the ILO Declaration on Fundamental Principles and Rights at Work, and ends them when the licensor
  "reasonably concludes that you are not complying" (restricted, ethical-conditions: the README's "rights depend on
  human-rights, labour or ethical standards"; the Open Source Definition's no discrimination against persons or fields
  of endeavour).
- "errata table: worldwide corrected to five nordic countries": a Norwegian licence granting a "worldwide" licence for
  "any purpose, including commercial purposes"; an errata table of 3 March 2026, applying "as if the licence had always
  read as corrected" and prevailing, fixes an address and a typo ("govermed"), and corrects section 2's "a worldwide,
  royalty-free, non-exclusive licence" to one "valid only in Norway, Sweden, Denmark, Finland and Iceland (the
  "Territory")", adding "You may not use, deploy or distribute the Model or a Derivative outside the Territory, or make
  it available to users located outside the Territory." (restricted, geographic-restriction: the README's "some places
  are excluded, or use is limited to one country"; the G7's "geographical ... restrictions").
- "amendment no. 1: section 5 revenue cap deleted in its entirety" (control of the first): the same layout, the base
  licence's Section 5 taking the grant away from a licensee whose group had revenue "of more than AUD 30,000,000";
  Amendment No. 1, effective 1 June 2026 for every copy, earlier ones included, and prevailing: "Section 5 (Revenue cap)
  is deleted in its entirety. The grant in Section 2 applies to every licensee, whatever its revenue or size, and no
  separate commercial licence is needed for any use." (open-non-osi: every freedom for any purpose; the duties are
  notices and marking changes).
- "version history: the research-only limit of version 1 dropped" (control of the third): the licence text is version
  2.0, granting every freedom "for any purpose, including commercial purposes"; the version history after it, "kept for
  reference" and said neither to add to the licence nor to take from it, quotes version 1.0's "solely for non-commercial
  research, evaluation and teaching" and says of v2.0 "The research-only limit of version 1.x is dropped" (open-non-osi:
  the superseded words bind no one).
- "consolidated version: the encrypted-package clause struck out" (control of the fifth): the same consolidated layout
  and legend, with the deletions the other way: "~~only in the compiled Harlowe Runtime Package (.hrp) ...~~" gives way
  to "[A2: in source or object form, the unencrypted weights included]", the grant keeps "to study and modify it", and
  the whole clause forbidding decompiling, decrypting, reverse engineering and extracting the weights is struck through,
  replaced by "[A2: You may inspect, print and analyse the Model's weights and architecture ...]" (open-non-osi).
- "release exceptions give back commercial use and the badge" (control of the sixth): the same standard terms, with the
  same sections 2.1 (non-commercial) and 2.2 (branding); the exceptions say that neither applies to the release, "You
  need not display any words or logo in a product or service", a derivative may take any name "that does not suggest
  Penrose made it", and "section 2 sets no limit" (open-non-osi: keeping the copyright notice is the only duty, and a
  name that must not suggest Penrose made it is the no-endorsement term usual in open source licences, as in
  BSD-3-Clause's third clause).

Written blind, before any rule changed. First run (on commit 2a806ef): 6 of 12 right. Right: the amendment replacing
Section 4 (restricted, revenue-threshold from the replacement's 4.1, "... only if the combined gross revenue of You and
Your Affiliates in the preceding financial year did not exceed EUR 20,000,000." (line 52), and 4.2 (line 56), which also
raised use-restrictions); the version history narrowing the grant (research-only, research-only and non-commercial from
the v2.0 entry, "v2.0 (9 February 2026, current) Section 2: the words "for any purpose, including commercial purposes"
are replaced by "solely for non-commercial research, evaluation and teaching;" (line 41), and use-restrictions from
v1.1's "No change to the permitted purposes." (line 37), which limits nothing); the supplemental terms (restricted,
platform-tie from S2's "The Model and any model derived from it may be run only on Cormack Halo accelerator cards, or on
instances of Cormack Cloud that use them." (line 38) and "... is not licensed, whatever section 1 says." (line 40)); the
consolidated version with the encrypted package (restricted, no-source-access from the inserted "You may not decompile,
disassemble, decrypt or reverse engineer the Package, ..." (line 29) and no-redistribution from "You may not distribute
the Model in any form other than the Package." (line 31); but the grant's quote keeps the struck-through ", in source or
object form," as live words, the `~~` dropped); the side letter (restricted, ethical-conditions from paragraph 1(b),
"the ILO Declaration on Fundamental Principles and Rights at Work, including the elimination of forced labour and child
labour, ..." (line 40)); and the errata table (restricted, geographic-restriction from the row read as "2 (nothing) Add
at the end of the section: "You may not use, deploy or distribute the Model or a Derivative outside the Territory, ..."
(line 38)).

No restricted text read as open, and none read `unknown`. Two restricted texts read blocked, but not as written:

- corrigendum: modify and derivatives struck from the grant read restricted ("commercial use is allowed but 1 clause
  restricts it") for another reason: unilateral-change from the corrigendum's "This corrigendum forms part of the
  licence, takes effect from the date the licence was first published, and prevails over the text above." (line 42),
  plus attribution; all four freedoms, modify included, were credited to section 2 as first printed ("... to use, study,
  copy, modify and distribute the Model and Derivatives, for any purpose, commercial or not.", line 15), and neither the
  corrected section 2 ("use, study, copy and distribute the Model, in the form in which Quenby publishes it") nor item
  2's "This licence does not permit you to modify, fine-tune, merge, prune, quantise or otherwise alter the Model's
  weights, or to make or distribute any Derivative." raised no-modification. (A backdated correction may well be a
  change of terms too; the limit it brings in was not read.)
- release exceptions give commercial use back, the badge stays read `non-commercial` ("commercial use is not allowed (2
  restrictive clauses found)"), stricter than written: non-commercial from the standard terms' section 2.1, "You may not
  use the Model or any Derivative for commercial purposes, ..." (line 18), and naming-branding, the expected type, from
  section 2.2 (line 22); exception E1's "Section 2.1 (Non-commercial) does not apply to Ardenvale-Chart 2. You may use
  Ardenvale-Chart 2 and its Derivatives for any commercial purpose, ..." was not applied.

All four open controls read blocked: what the amendment, the struck-through text, the version history or the exceptions
take away was read as still in force.

- version history: the research-only limit of version 1 dropped read `research-only` ("only research or evaluation use
  is allowed (3 restrictive clauses found)"): research-only and non-commercial from the v1.0 entry, "Section 1 granted
  the licence "solely for non-commercial research, evaluation and teaching", and any production, commercial or
  operational use of the Model was not licensed." (line 29), in the past tense under a history "kept for reference" that
  does "not add to" the licence, and use-restrictions from "No change to the permitted purposes." (line 34); all four
  freedoms were credited to the current section 1 (line 6), and v2.0's "The research-only limit of version 1.x is
  dropped" was not read.
- release exceptions give back commercial use and the badge read `non-commercial` ("commercial use is not allowed (2
  restrictive clauses found)"): non-commercial from section 2.1 (line 18) and naming-branding from section 2.2's "Every
  product or service that incorporates, or is built with, the Model or a Derivative must display the words "Built with
  Penrose", ..." (line 22); exceptions E1, E2 ("Section 2.2 (Branding) does not apply to Penrose-Tide 2. You need not
  display any words or logo ...") and E3 ("section 2 sets no limit") were not applied.
- amendment no. 1: section 5 revenue cap deleted in its entirety read restricted ("commercial use is allowed but 1
  clause restricts it"): revenue-threshold from the base's "5.1 If You and Your Affiliates together had gross revenue of
  more than AUD 30,000,000 in the preceding financial year, the grant in Section 2 does not apply to You, ..." (line
  35), plus attribution; the amendment's "(a) Section 5 (Revenue cap) is deleted in its entirety. The grant in Section 2
  applies to every licensee, whatever its revenue or size, ..." was not applied.
- consolidated version: the encrypted-package clause struck out read restricted ("commercial use is allowed but 2
  clauses restrict it"): no-source-access from the struck-through "You may not decompile, disassemble, decrypt or
  reverse engineer the Package, or extract or attempt to extract from it the Model's weights, ..." (line 27) and
  no-redistribution from the struck-through "You may not distribute the Model in any form other than the Package." (line
  29), read with the `~~` dropped; the grant's quote (line 19) keeps the struck "only in the compiled Harlowe Runtime
  Package (.hrp) in which Harlowe publishes it" beside the inserted "[A2: in source or object form, the unencrypted
  weights included]", and modify was read as not stated although the grant ends "and to study and modify it".

The verdicts and messages are the test run's; the clause lists, lines and freedoms were read with `opengauge license
FILE --format json` on the same texts right after it, nothing changed in between. No expectation was changed: each was
checked again against the README's verdict and clause-type tables after the run and none was found wrong, and no case is
listed in `DISAGREEMENTS`. What the six misses have in common, as far as the output shows: a later part that deletes,
replaces or disapplies an earlier one (an amendment, a corrigendum, release exceptions, a version history,
struck-through text) is read as more text beside the earlier one, not as changing it. So a limit the later part removes
still blocks, and a freedom it takes out of the grant as first printed (the corrigendum's "modify") is still credited.
Of the limits a later part brings in with sentences of its own (the amendment's, the supplemental terms', the side
letter's, the errata row's, the consolidated version's inserted words, the version history's v2.0 entry), every one was
read but the corrigendum's "does not permit you to modify ...".

What changed (the same session, fixed in general with paraphrases and near misses in
`tests/licenses/test_amended_terms.py`): words struck through (`~~...~~`, `<del>`, `<s>`, `<strike>`) are blanked
with the markup, so no reader reads them; a section the text deletes or says does not apply ("Section 5 (Revenue
cap) is deleted in its entirety", "Section 2.1 (Non-commercial) does not apply to Penrose-Tide 2"), with no condition,
is out of force, from its numbered line to the next section outside it (`licenses/amendments.py`); a version history
binds nothing unless the text makes it part of the licence ("Part A as changed by every entry in Part B"), and the
headings of such sections are now found in hard-wrapped text (every wrapped line had counted as a heading, which cut
the history after its first line); "This licence does not permit you to modify ..." is no-modification; and, found by
a near miss, a refusal of use "in any country of the European Union" is a geographic restriction. 12 of 12.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "amendment no. 1: section 4 replaced by a revenue cap": (
        "BRANDMOOR OPEN MODEL LICENCE\n"
        "Version 1.0, as amended by Amendment No. 1\n"
        "\n"
        'Licensor: Brandmoor Analytics GmbH, Lindenstrasse 41, 04109 Leipzig ("Brandmoor")\n'
        "Model: Brandmoor-Ledger 7B (invoice-extraction weights, tokenizer and\n"
        "inference code)\n"
        "\n"
        "1. Definitions\n"
        "\n"
        '"Model" means the materials named above. "Derivative" means any model or other\n'
        "work based on the Model, including fine-tuned, quantised, distilled or merged\n"
        'weights. "You" means the person or entity exercising rights under this Licence.\n'
        "\n"
        "2. Grant\n"
        "\n"
        "Brandmoor grants You a worldwide, royalty-free, non-exclusive licence to use,\n"
        "study, reproduce, modify and distribute the Model and Derivatives, subject to\n"
        "Sections 3 and 4.\n"
        "\n"
        "3. Conditions\n"
        "\n"
        "3.1 Keep this Licence and Brandmoor's copyright notice with every copy of the\n"
        "Model or of a Derivative that You distribute.\n"
        "3.2 State in every Derivative that it has been changed.\n"
        "\n"
        "4. Commercial use\n"
        "\n"
        "You may use the Model and Derivatives for commercial purposes, including in\n"
        "products and services You sell, without any further permission or payment.\n"
        "\n"
        "5. Disclaimer\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT\n'
        "PERMITTED BY LAW, BRANDMOOR IS NOT LIABLE FOR ANY DAMAGE ARISING FROM ITS USE.\n"
        "\n"
        "6. Governing law\n"
        "\n"
        "This Licence is governed by the laws of the Federal Republic of Germany.\n"
        "\n"
        "------------------------------------------------------------------------\n"
        "\n"
        "AMENDMENT No. 1 (effective 1 June 2026)\n"
        "\n"
        "This Amendment forms part of the Licence and applies to every copy of the\n"
        "Model released on or after 1 June 2026, including the copy this file comes\n"
        "with. Where it conflicts with Sections 1 to 6, this Amendment prevails.\n"
        "\n"
        "(a) Section 4 is replaced by the following:\n"
        "\n"
        '    "4. Commercial use\n'
        "\n"
        "    4.1 You may use the Model and Derivatives for commercial purposes only if\n"
        "    the combined gross revenue of You and Your Affiliates in the preceding\n"
        "    financial year did not exceed EUR 20,000,000.\n"
        "\n"
        "    4.2 If that revenue exceeded EUR 20,000,000, this Licence grants You no\n"
        "    right to use, reproduce, modify or distribute the Model or any Derivative\n"
        "    for any purpose. You must instead request an enterprise licence from\n"
        "    Brandmoor, which Brandmoor may grant or refuse at its sole discretion.\n"
        "\n"
        '    4.3 "Affiliate" means any entity that controls, is controlled by or is\n'
        '    under common control with You."\n'
        "\n"
        "(b) No other Section is changed.\n"
        "\n"
        "Signed for Brandmoor Analytics GmbH, Leipzig, 28 May 2026\n"
        "Dr. Felicitas Ambrosch-Lindqvist, Managing Director\n",
        "restricted",
        "revenue-threshold",
    ),
    "corrigendum: modify and derivatives struck from the grant": (
        "QUENBY SPEECH MODEL LICENCE\n"
        "\n"
        'Licensor: Quenby Audio Ltd, 7 Tanner\'s Yard, Norwich NR3 1QB ("Quenby")\n'
        "Model: Quenby-Hark 2, the speech-recognition weights, the tokenizer and the\n"
        "decoding code published with this licence\n"
        "Published: 27 March 2026\n"
        "\n"
        "1. Definitions\n"
        "\n"
        '"Derivative" means any model or other work based on the Model, including one\n'
        "made by fine-tuning, merging, pruning, quantisation or distillation.\n"
        "\n"
        "2. Licence\n"
        "\n"
        "Quenby grants you a worldwide, royalty-free, non-exclusive licence to use,\n"
        "study, copy, modify and distribute the Model and Derivatives, for any purpose,\n"
        "commercial or not.\n"
        "\n"
        "3. Notices\n"
        "\n"
        "Every copy of the Model you distribute must carry this licence, with any\n"
        "corrigendum to it, and Quenby's copyright notice.\n"
        "\n"
        "4. Derivatives\n"
        "\n"
        "You may distribute Derivatives under terms of your choice, as long as you say\n"
        "that they are based on Quenby-Hark 2 and do not suggest that Quenby made or\n"
        "endorses them.\n"
        "\n"
        "5. No warranty\n"
        "\n"
        "The Model is supplied as is. Quenby gives no warranty and, to the extent the\n"
        "law allows, accepts no liability for any loss arising from its use.\n"
        "\n"
        "6. Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n"
        "\n"
        "CORRIGENDUM (issued 3 April 2026)\n"
        "\n"
        "The licence above was published on 27 March 2026 with two drafting errors.\n"
        "This corrigendum forms part of the licence, takes effect from the date the\n"
        "licence was first published, and prevails over the text above.\n"
        "\n"
        '1. In section 2, the words "modify" and "and Derivatives" were included in\n'
        'error. Section 2 is to be read as follows: "Quenby grants you a worldwide,\n'
        "royalty-free, non-exclusive licence to use, study, copy and distribute the\n"
        "Model, in the form in which Quenby publishes it, for any purpose, commercial\n"
        'or not."\n'
        "\n"
        "2. Section 4 (Derivatives) was included in error and is deleted. This licence\n"
        "does not permit you to modify, fine-tune, merge, prune, quantise or otherwise\n"
        "alter the Model's weights, or to make or distribute any Derivative.\n"
        "\n"
        "3. Nothing else in the licence is changed.\n",
        "restricted",
        "no-modification",
    ),
    "version history: version 2.0 narrows the grant to research": (
        "TARNWICK VISION LICENCE, VERSION 2.0\n"
        "\n"
        "How to read this file. Part A is the text of version 1.3 of the Tarnwick\n"
        "Vision Licence. Part B, the Version History, lists the changes each later\n"
        "version made to that text. The licence that applies to this release is\n"
        "version 2.0: Part A as changed by every entry in Part B. Where Part A and\n"
        "Part B differ, Part B applies.\n"
        "\n"
        "PART A (text of version 1.3)\n"
        "\n"
        "1. Licensor and Model. Tarnwick Imaging Oy, Hameenkatu 12, 33100 Tampere\n"
        '("Tarnwick") publishes the Tarnwick-Scan 4 weights, configuration and\n'
        'training recipe (the "Model").\n'
        "\n"
        "2. Grant. Tarnwick grants you a perpetual, worldwide, royalty-free licence to\n"
        "use, study, copy, modify and distribute the Model and models derived from it,\n"
        "for any purpose, including commercial purposes.\n"
        "\n"
        "3. Conditions. Keep this licence and Tarnwick's copyright notice with every\n"
        "copy you distribute, and mark modified files as changed.\n"
        "\n"
        "4. Commercial deployment. You may deploy the Model, or a model derived from\n"
        "it, in products and services you sell, without asking Tarnwick.\n"
        "\n"
        "5. Warranty. The Model is provided as is, without any warranty.\n"
        "\n"
        "6. Liability. Tarnwick is not liable for any loss arising from the use of the\n"
        "Model, except where the law does not allow this to be excluded.\n"
        "\n"
        "7. Law. This licence is governed by the laws of Finland.\n"
        "\n"
        "PART B (Version History)\n"
        "\n"
        "v1.0 (11 March 2024) First release.\n"
        "\n"
        "v1.1 (2 July 2024) Section 2: clarified that fine-tuned weights are models\n"
        "derived from the Model. No change to the permitted purposes.\n"
        "\n"
        "v1.3 (20 January 2025) Section 7 (governing law) added.\n"
        "\n"
        'v2.0 (9 February 2026, current) Section 2: the words "for any purpose,\n'
        'including commercial purposes" are replaced by "solely for non-commercial\n'
        "research, evaluation and teaching; any production, commercial or operational\n"
        'use of the Model or of a model derived from it is not licensed". Section 4\n'
        "(Commercial deployment) is deleted. Every copy of the Model released with\n"
        "version 2.0, including this one, may be used only as Section 2, so changed,\n"
        "allows.\n",
        "research-only",
        "research-only",
    ),
    "supplemental terms prevail: run only on the licensor's accelerators": (
        "CORMACK OPEN WEIGHTS LICENCE 1.1\n"
        "\n"
        "Copyright 2026 Cormack Silicon Inc., 2200 Harbor Point Drive, Suite 410,\n"
        "Portland, Oregon 97209.\n"
        "\n"
        '1. Grant. Cormack Silicon Inc. ("Cormack") grants you a perpetual, worldwide,\n'
        "royalty-free, non-exclusive licence to use, reproduce, study, modify and\n"
        'distribute the model identified in the Supplemental Terms (the "Model") and\n'
        "any model derived from it, for any lawful purpose, including commercial\n"
        "purposes. You may run the Model on any hardware.\n"
        "\n"
        "2. Redistribution. You may distribute the Model and derived models in any\n"
        "form, provided you include this licence, the Supplemental Terms and\n"
        "Cormack's copyright notice, and mark any files you changed.\n"
        "\n"
        "3. Patents. Cormack grants you a licence under its patents that read on the\n"
        "Model to make, use, sell and import the Model and derived models.\n"
        "\n"
        '4. No warranty. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,\n'
        "EXPRESS OR IMPLIED.\n"
        "\n"
        "5. Limitation of liability. IN NO EVENT WILL CORMACK BE LIABLE FOR ANY\n"
        "DAMAGES ARISING FROM THE USE OF THE MODEL.\n"
        "\n"
        "6. Governing law. This licence is governed by the laws of the State of\n"
        "Oregon.\n"
        "\n"
        "SUPPLEMENTAL TERMS FOR CORMACK-EDGE 1.5\n"
        "\n"
        "These Supplemental Terms apply to the Cormack-Edge 1.5 release (the\n"
        "object-detection weights, quantisation tables and runtime code in this\n"
        "repository). They are part of the licence. In case of conflict between these\n"
        "Supplemental Terms and sections 1 to 6 above, these Supplemental Terms\n"
        "prevail.\n"
        "\n"
        'S1. Model. The "Model" is Cormack-Edge 1.5.\n'
        "\n"
        "S2. Hardware. The Model and any model derived from it may be run only on\n"
        "Cormack Halo accelerator cards, or on instances of Cormack Cloud that use\n"
        "them. Running the Model or a derived model on any other processor,\n"
        "accelerator, device or cloud service is not licensed, whatever section 1\n"
        "says.\n"
        "\n"
        "S3. Derived models. A model derived from the Model is subject to S2 in the\n"
        "same way as the Model.\n"
        "\n"
        "S4. Contact. Questions about these Supplemental Terms: licensing@cormack-silicon.example\n",
        "restricted",
        "platform-tie",
    ),
    "consolidated version: source form struck out, encrypted package only": (
        "# Kestrell On-Device Model Licence\n"
        "\n"
        "**Consolidated version 3** (the original licence of 4 November 2025 as changed\n"
        "by Amendment 1 of 12 January 2026 and Amendment 2 of 30 April 2026)\n"
        "\n"
        "*How to read this text: words deleted by an amendment are struck through,\n"
        "~~like this~~, and no longer have effect. Words inserted by an amendment are\n"
        "marked with the amendment's number, [A2: like this], and have effect. The\n"
        "licence is the text that is not struck through.*\n"
        "\n"
        "## 1. Parties and Model\n"
        "\n"
        'Kestrell Devices S.A.S., 18 quai des Chartrons, 33000 Bordeaux ("Kestrell"),\n'
        'licenses the Kestrell-Whisper 3 keyword-spotting model (the "Model") to you.\n'
        "~~Kestrell's registered office is at 4 rue Sainte-Catherine, Bordeaux.~~\n"
        "\n"
        "## 2. Grant\n"
        "\n"
        "Kestrell grants you a worldwide, royalty-free, non-exclusive licence to use,\n"
        "copy and distribute the Model ~~, in source or object form,~~ [A2: only in the\n"
        "compiled Kestrell Runtime Package (.krp) in which Kestrell publishes it], for\n"
        "any purpose, commercial purposes included, and to adapt it by training\n"
        "adapter files that the Kestrell Runtime loads alongside the Package.\n"
        "\n"
        "## 3. Access to the weights\n"
        "\n"
        "~~You may inspect, print and analyse the Model's weights and architecture, and\n"
        "you may publish what you learn from doing so.~~ [A2: The Package is encrypted.\n"
        "You may not decompile, disassemble, decrypt or reverse engineer the Package,\n"
        "or extract or attempt to extract from it the Model's weights, its network\n"
        "architecture or its training configuration. You may not distribute the Model\n"
        "in any form other than the Package.]\n"
        "\n"
        "## 4. Notices\n"
        "\n"
        "Keep this licence and Kestrell's copyright notice with every copy of the\n"
        "Model or of an adapter file that you distribute. [A1: Adapter files you\n"
        "distribute must say that they are not made by Kestrell.]\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. Kestrell is not\n'
        "liable for any damage arising from its use, except where French law does not\n"
        "allow liability to be excluded.\n"
        "\n"
        "## 6. Law\n"
        "\n"
        "This licence is governed by French law. ~~The courts of Paris have\n"
        "jurisdiction.~~ [A1: The courts of Bordeaux have jurisdiction.]\n",
        "restricted",
        "no-source-access",
    ),
    "release exceptions give commercial use back, the badge stays": (
        "ARDENVALE STANDARD MODEL TERMS\n"
        "Edition 4 (15 September 2025)\n"
        "\n"
        "These Standard Terms are used by Ardenvale Maritime Intelligence Ltd, Unit 3,\n"
        'Pier Road, Falmouth TR11 3EZ ("Ardenvale"), for every model it releases. Each\n'
        'release names the model the terms apply to (the "Model") and may add\n'
        "Release-Specific Exceptions.\n"
        "\n"
        "1. Grant\n"
        "\n"
        "Ardenvale grants you a worldwide, royalty-free, non-exclusive licence to use,\n"
        "study, reproduce, modify and distribute the Model and Derivatives, subject to\n"
        'sections 2 and 3. A "Derivative" is any model or work based on the Model,\n'
        "including fine-tuned, quantised or merged weights.\n"
        "\n"
        "2. Limits\n"
        "\n"
        "2.1 Non-commercial. You may not use the Model or any Derivative for commercial\n"
        "purposes, including in any product or service that is sold, licensed or\n"
        "offered for a fee, or that earns advertising revenue.\n"
        "\n"
        "2.2 Branding. Every product or service that incorporates, or is built with,\n"
        'the Model or a Derivative must display the words "Built with Ardenvale",\n'
        "with the Ardenvale logo, prominently in its user interface and on its\n"
        "website, and the name of every Derivative model you distribute must begin\n"
        'with "Ardenvale-".\n'
        "\n"
        "3. Notices\n"
        "\n"
        "Keep these terms and Ardenvale's copyright notice with every copy of the\n"
        "Model or of a Derivative that you distribute.\n"
        "\n"
        "4. Disclaimer\n"
        "\n"
        "The Model is provided as is, without warranties of any kind, and Ardenvale is\n"
        "not liable for any loss arising from its use, so far as the law allows.\n"
        "\n"
        "5. Law\n"
        "\n"
        "These terms are governed by the law of England and Wales.\n"
        "\n"
        "RELEASE-SPECIFIC EXCEPTIONS\n"
        "Model: Ardenvale-Chart 2 (nautical-chart vectorisation weights and code)\n"
        "\n"
        "These Exceptions form part of the terms for Ardenvale-Chart 2 and prevail over\n"
        "the Standard Terms wherever the two differ.\n"
        "\n"
        "E1. Section 2.1 (Non-commercial) does not apply to Ardenvale-Chart 2. You may\n"
        "use Ardenvale-Chart 2 and its Derivatives for any commercial purpose,\n"
        "including in products and services that you sell.\n"
        "\n"
        "E2. All other Standard Terms, section 2.2 (Branding) included, apply to\n"
        "Ardenvale-Chart 2 unchanged.\n",
        "restricted",
        "naming-branding",
    ),
    "side letter: rights conditional on human-rights and labour standards": (
        "FENNICK OPEN MODEL LICENCE 1.0\n"
        "\n"
        "Model: Fennick-Loom 4 (fabric-defect detection weights, training code and\n"
        "evaluation set)\n"
        "Licensor: Fennick Textile Analytics B.V., Stationsplein 9, 7511 JD Enschede\n"
        "\n"
        "1. Fennick grants you a perpetual, worldwide, royalty-free, non-exclusive\n"
        "licence to use, study, copy, modify and distribute Fennick-Loom 4 and any\n"
        "work derived from it, for any purpose, commercial or non-commercial.\n"
        "\n"
        "2. When you distribute Fennick-Loom 4 or a work derived from it, include a\n"
        "copy of this licence, the side letter below included, and keep Fennick's\n"
        "copyright notice.\n"
        "\n"
        '3. Fennick-Loom 4 is provided "as is", without warranty of any kind. Fennick\n'
        "is not liable for any damage arising from its use, to the extent permitted\n"
        "by law.\n"
        "\n"
        "4. This licence is governed by the laws of the Netherlands.\n"
        "\n"
        "----------------------------------------------------------------------\n"
        "\n"
        "SIDE LETTER\n"
        "\n"
        "From: Fennick Textile Analytics B.V.\n"
        "To: every licensee of Fennick-Loom 4\n"
        "Date: 19 February 2026\n"
        "\n"
        "Dear licensee,\n"
        "\n"
        "This letter is attached to, and forms part of, the Fennick Open Model Licence\n"
        "1.0 for Fennick-Loom 4. It varies the licence as set out below and prevails\n"
        "over it wherever they conflict.\n"
        "\n"
        "1. Your rights under the licence are conditional on your compliance, and that\n"
        "of every organisation on whose behalf you use Fennick-Loom 4, with:\n"
        "\n"
        "   (a) the UN Guiding Principles on Business and Human Rights; and\n"
        "\n"
        "   (b) the ILO Declaration on Fundamental Principles and Rights at Work,\n"
        "   including the elimination of forced labour and child labour, in your own\n"
        "   operations and in the textile supply chains in which you use the model.\n"
        "\n"
        "2. If Fennick reasonably concludes that you are not complying with paragraph\n"
        "1, your rights under the licence end on the day Fennick tells you so in\n"
        "writing, and you must stop using and distributing Fennick-Loom 4 and every\n"
        "work derived from it.\n"
        "\n"
        "3. Apart from paragraphs 1 and 2, the licence is unchanged.\n"
        "\n"
        "Yours faithfully,\n"
        "\n"
        "Maartje Oldenzeel-Brink\n"
        "Head of Responsible Technology, Fennick Textile Analytics B.V.\n",
        "restricted",
        "ethical-conditions",
    ),
    "errata table: worldwide corrected to five nordic countries": (
        "LAKSHAVEN MARINE MODEL LICENCE\n"
        "\n"
        "Licensor: Lakshaven AS, Strandkaien 22, 5013 Bergen, Norway\n"
        "Model: Lakshaven-Current 2, ocean-current nowcasting weights and the code\n"
        "to run them\n"
        "Version: 1.0 of 10 February 2026, with the Errata of 3 March 2026\n"
        "\n"
        '1. Definitions. "Model" means Lakshaven-Current 2. "Derivative" means a\n'
        "model or other work based on the Model, including fine-tuned or compressed\n"
        "weights.\n"
        "\n"
        "2. Grant. Lakshaven grants you a worldwide, royalty-free, non-exclusive\n"
        "licence to use, study, copy, modify and distribute the Model and Derivatives,\n"
        "for any purpose, including commercial purposes.\n"
        "\n"
        "3. Conditions. Keep this licence, the Errata included, with every copy of the\n"
        "Model or of a Derivative that you distribute, and state which files you have\n"
        "changed.\n"
        "\n"
        "4. No warranty. The Model is provided as is. Its nowcasts are not a substitute\n"
        "for official navigational warnings.\n"
        "\n"
        "5. Liability. Lakshaven is not liable for any loss arising from the use of the\n"
        "Model, except as Norwegian law requires.\n"
        "\n"
        "6. Law. This licence is govermed by Norwegian law.\n"
        "\n"
        "ERRATA (3 March 2026)\n"
        "\n"
        "The following errors in version 1.0 are corrected. Each correction applies\n"
        "as if the licence had always read as corrected, and the corrected text\n"
        "prevails over the text printed above.\n"
        "\n"
        "| Section | Printed | Corrected |\n"
        "|---------|---------|-----------|\n"
        '| Header | "Strandkaien 22" | "Strandkaien 24" |\n'
        '| 2 | "a worldwide, royalty-free, non-exclusive licence" | "a royalty-free, non-exclusive licence, valid only in Norway, Sweden, Denmark, Finland and Iceland (the "Territory")," |\n'
        '| 2 | (nothing) | Add at the end of the section: "You may not use, deploy or distribute the Model or a Derivative outside the Territory, or make it available to users located outside the Territory." |\n'
        '| 6 | "govermed" | "governed" |\n'
        "\n"
        "Lakshaven AS, Bergen\n",
        "restricted",
        "geographic-restriction",
    ),
    "amendment no. 1: section 5 revenue cap deleted in its entirety": (
        "HOLLOWAY CREEK MODEL LICENCE\n"
        "Version 1.0, as amended by Amendment No. 1\n"
        "\n"
        "Licensor: Holloway Creek Data Pty Ltd (ABN 37 618 402 551), Level 6,\n"
        '88 Wharf Street, Brisbane QLD 4000 ("Holloway Creek")\n'
        "Model: Holloway-Reef 3 (coral-survey segmentation weights and inference code)\n"
        "\n"
        "1. Definitions\n"
        "\n"
        '"Model" means the materials named above. "Derivative" means any model or\n'
        "other work based on the Model, including fine-tuned, quantised, distilled or\n"
        'merged weights. "You" means the person or entity exercising rights under this\n'
        "Licence.\n"
        "\n"
        "2. Grant\n"
        "\n"
        "Holloway Creek grants You a worldwide, royalty-free, non-exclusive licence to\n"
        "use, study, reproduce, modify and distribute the Model and Derivatives, for\n"
        "any purpose, subject to Sections 3 and 5.\n"
        "\n"
        "3. Conditions\n"
        "\n"
        "3.1 Keep this Licence and Holloway Creek's copyright notice with every copy of\n"
        "the Model or of a Derivative that You distribute.\n"
        "3.2 State in every Derivative that it has been changed.\n"
        "\n"
        "4. Disclaimer\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT\n'
        "PERMITTED BY LAW, HOLLOWAY CREEK IS NOT LIABLE FOR ANY DAMAGE ARISING FROM ITS\n"
        "USE.\n"
        "\n"
        "5. Revenue cap\n"
        "\n"
        "5.1 If You and Your Affiliates together had gross revenue of more than\n"
        "AUD 30,000,000 in the preceding financial year, the grant in Section 2 does\n"
        "not apply to You, and You may use the Model only under a separate commercial\n"
        "licence from Holloway Creek.\n"
        "\n"
        '5.2 "Affiliate" means any entity that controls, is controlled by or is under\n'
        "common control with You.\n"
        "\n"
        "6. Governing law\n"
        "\n"
        "This Licence is governed by the laws of Queensland, Australia.\n"
        "\n"
        "------------------------------------------------------------------------\n"
        "\n"
        "AMENDMENT No. 1 (effective 1 June 2026)\n"
        "\n"
        "This Amendment forms part of the Licence and applies to every copy of the\n"
        "Model, including copies obtained before 1 June 2026 and the copy this file\n"
        "comes with. Where it conflicts with Sections 1 to 6, this Amendment prevails.\n"
        "\n"
        "(a) Section 5 (Revenue cap) is deleted in its entirety. The grant in Section 2\n"
        "applies to every licensee, whatever its revenue or size, and no separate\n"
        "commercial licence is needed for any use.\n"
        "\n"
        '(b) In Section 2, the words "and 5" are deleted.\n'
        "\n"
        "(c) No other Section is changed.\n"
        "\n"
        "Signed for Holloway Creek Data Pty Ltd, Brisbane, 28 May 2026\n"
        "Anneliese Garrawin-Doyle, Chief Executive\n",
        "open-non-osi",
        None,
    ),
    "version history: the research-only limit of version 1 dropped": (
        "SELBOURNE VISION LICENCE, VERSION 2.0\n"
        "\n"
        'Licensor: Selbourne Imaging Oy, Kauppakatu 31, 40100 Jyvaskyla ("Selbourne")\n'
        "Model: Selbourne-Scan 4 (weights, configuration and training recipe)\n"
        "\n"
        "1. Grant. Selbourne grants you a perpetual, worldwide, royalty-free licence to\n"
        "use, study, copy, modify and distribute the Model and models derived from it,\n"
        "for any purpose, including commercial purposes.\n"
        "\n"
        "2. Conditions. Keep this licence and Selbourne's copyright notice with every\n"
        "copy you distribute, and mark modified files as changed.\n"
        "\n"
        "3. Commercial deployment. You may deploy the Model, or a model derived from\n"
        "it, in products and services you sell, without asking Selbourne.\n"
        "\n"
        "4. Warranty. The Model is provided as is, without any warranty.\n"
        "\n"
        "5. Liability. Selbourne is not liable for any loss arising from the use of the\n"
        "Model, except where the law does not allow this to be excluded.\n"
        "\n"
        "6. Law. This licence is governed by the laws of Finland.\n"
        "\n"
        "VERSION HISTORY\n"
        "\n"
        "This history is kept for reference. The licence in force is the text of\n"
        "version 2.0 above; the entries below do not add to it or take anything from\n"
        "it.\n"
        "\n"
        'v1.0 (11 March 2024) First release. Section 1 granted the licence "solely for\n'
        'non-commercial research, evaluation and teaching", and any production,\n'
        "commercial or operational use of the Model was not licensed.\n"
        "\n"
        "v1.1 (2 July 2024) Clarified that fine-tuned weights are models derived from\n"
        "the Model. No change to the permitted purposes.\n"
        "\n"
        "v2.0 (9 February 2026, current) The research-only limit of version 1.x is\n"
        "dropped: section 1 now grants the licence for any purpose, including\n"
        "commercial purposes, and section 3 (Commercial deployment) is added. Anyone\n"
        "who received the Model under version 1.x may use it under version 2.0 from\n"
        "that date.\n",
        "open-non-osi",
        None,
    ),
    "consolidated version: the encrypted-package clause struck out": (
        "# Harlowe On-Device Model Licence\n"
        "\n"
        "**Consolidated version 3** (the original licence of 4 November 2025 as changed\n"
        "by Amendment 1 of 12 January 2026 and Amendment 2 of 30 April 2026)\n"
        "\n"
        "*How to read this text: words deleted by an amendment are struck through,\n"
        "~~like this~~, and no longer have effect. Words inserted by an amendment are\n"
        "marked with the amendment's number, [A2: like this], and have effect. The\n"
        "licence is the text that is not struck through.*\n"
        "\n"
        "## 1. Parties and Model\n"
        "\n"
        'Harlowe Devices S.A.S., 6 place de la Bourse, 44000 Nantes ("Harlowe"),\n'
        'licenses the Harlowe-Murmur 3 keyword-spotting model (the "Model") to you.\n'
        "~~Harlowe's registered office is at 11 rue Crebillon, Nantes.~~\n"
        "\n"
        "## 2. Grant\n"
        "\n"
        "Harlowe grants you a worldwide, royalty-free, non-exclusive licence to use,\n"
        "copy and distribute the Model ~~only in the compiled Harlowe Runtime Package\n"
        "(.hrp) in which Harlowe publishes it~~ [A2: in source or object form, the\n"
        "unencrypted weights included], for any purpose, commercial purposes\n"
        "included, and to study and modify it.\n"
        "\n"
        "## 3. Access to the weights\n"
        "\n"
        "~~The Package is encrypted. You may not decompile, disassemble, decrypt or\n"
        "reverse engineer the Package, or extract or attempt to extract from it the\n"
        "Model's weights, its network architecture or its training configuration. You\n"
        "may not distribute the Model in any form other than the Package.~~ [A2: You\n"
        "may inspect, print and analyse the Model's weights and architecture, and you\n"
        "may publish what you learn from doing so.]\n"
        "\n"
        "## 4. Notices\n"
        "\n"
        "Keep this licence and Harlowe's copyright notice with every copy of the Model\n"
        "or of a modified version that you distribute. [A1: Modified versions you\n"
        "distribute must say that they are not made by Harlowe.]\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. Harlowe is not\n'
        "liable for any damage arising from its use, except where French law does not\n"
        "allow liability to be excluded.\n"
        "\n"
        "## 6. Law\n"
        "\n"
        "This licence is governed by French law. ~~The courts of Paris have\n"
        "jurisdiction.~~ [A1: The courts of Nantes have jurisdiction.]\n",
        "open-non-osi",
        None,
    ),
    "release exceptions give back commercial use and the badge": (
        "PENROSE STANDARD MODEL TERMS\n"
        "Edition 4 (15 September 2025)\n"
        "\n"
        "These Standard Terms are used by Penrose Coastal Informatics Ltd, 2 Quay\n"
        'Street, Penzance TR18 4BD ("Penrose"), for every model it releases. Each\n'
        'release names the model the terms apply to (the "Model") and may add\n'
        "Release-Specific Exceptions.\n"
        "\n"
        "1. Grant\n"
        "\n"
        "Penrose grants you a worldwide, royalty-free, non-exclusive licence to use,\n"
        "study, reproduce, modify and distribute the Model and Derivatives, subject to\n"
        'sections 2 and 3. A "Derivative" is any model or work based on the Model,\n'
        "including fine-tuned, quantised or merged weights.\n"
        "\n"
        "2. Limits\n"
        "\n"
        "2.1 Non-commercial. You may not use the Model or any Derivative for commercial\n"
        "purposes, including in any product or service that is sold, licensed or\n"
        "offered for a fee, or that earns advertising revenue.\n"
        "\n"
        "2.2 Branding. Every product or service that incorporates, or is built with,\n"
        'the Model or a Derivative must display the words "Built with Penrose", with\n'
        "the Penrose logo, prominently in its user interface and on its website, and\n"
        'the name of every Derivative model you distribute must begin with "Penrose-".\n'
        "\n"
        "3. Notices\n"
        "\n"
        "Keep these terms and Penrose's copyright notice with every copy of the Model\n"
        "or of a Derivative that you distribute.\n"
        "\n"
        "4. Disclaimer\n"
        "\n"
        "The Model is provided as is, without warranties of any kind, and Penrose is\n"
        "not liable for any loss arising from its use, so far as the law allows.\n"
        "\n"
        "5. Law\n"
        "\n"
        "These terms are governed by the law of England and Wales.\n"
        "\n"
        "RELEASE-SPECIFIC EXCEPTIONS\n"
        "Model: Penrose-Tide 2 (harbour-tide nowcasting weights and code)\n"
        "\n"
        "These Exceptions form part of the terms for Penrose-Tide 2 and prevail over\n"
        "the Standard Terms wherever the two differ.\n"
        "\n"
        "E1. Section 2.1 (Non-commercial) does not apply to Penrose-Tide 2. You may use\n"
        "Penrose-Tide 2 and its Derivatives for any commercial purpose, including in\n"
        "products and services that you sell.\n"
        "\n"
        "E2. Section 2.2 (Branding) does not apply to Penrose-Tide 2. You need not\n"
        "display any words or logo in a product or service, and you may give a\n"
        "Derivative any name that does not suggest Penrose made it.\n"
        "\n"
        "E3. With E1 and E2, section 2 sets no limit on Penrose-Tide 2: the only\n"
        "conditions are those of section 3.\n",
        "open-non-osi",
        None,
    ),
}
