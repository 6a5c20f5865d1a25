# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 50 (issue 14): twelve model licences whose limit takes a shape rounds 30 to 49 used little, eight
that take something away (each expecting a different clause type) and four open controls, each control a near miss of
one of the restricted texts (the same device, turned so that it takes nothing away). Each expectation is decided from
the README's definitions (verdicts and clause types) and the frameworks' rules (OSAID's freedoms to use, study, modify
and share for any purpose, for everyone and without asking permission, with no field-of-use, user-count or revenue
limit and no purpose-restricting use policy; the Open Source Definition's free redistribution and no discrimination
against persons, groups or fields; the G7 labels, which all need release free of charge, Weights Available being the
label for "commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause,
Recital 102 keeping it for a licence that only asks for credit and same terms), not from what opengauge reads. The
shapes: a revenue cap in Swiss francs written in words, in English translated from French legalese ("accords",
"overpasses", "the precedent exercise", "makes faith"); a ban on training other models on outputs phrased only as a
representation and warranty the licensee gives, repeated each day of use; a product-name suffix demanded in the
footnote of a Markdown rights table; a revisable conduct policy incorporated only in the newest entry of a licence
written as a changelog of its versions; a duty to keep a shipped safety classifier running, in questions and answers
without "Q:" markers; a territorial limit that sits only in the definition of "Permitted Purpose"; an exception to an
exception that still leaves the packed base weights closed to study; and labour standards in a Schedule on which the
grant is conditional. The four controls: the same turnover in francs, in the same translated legalese, triggering only
an optional paid support contract; a licensee's warranty of authority and lawful use that expressly leaves outputs free
for training; a table footnote that asks only for a credit line in the notices and leaves the product's name free; and
questions and answers that let the classifier be switched off, a suggestion to keep some safeguard being "advice, not a
term". Drafting styles vary (French-style articles in translation, an American agreement in capitals with lettered
warranties, a Markdown table with a footnote, a Markdown changelog, bare questions and answers, British numbered
clauses with one long definition sentence, terse bullets, clauses over a Schedule). Every name, company, product,
address and figure is invented (the governing laws named are real). Written blind, before any rule changed.

- "translated articles: turnover cap of twenty-five million swiss francs": French-style articles in translation ("The
  present English version is the only one that makes faith."), "Article 2 – Rights accorded. Under reserve of the
  respect of article 4, the Licensor accords to every person ..., free of charge and for the whole world, the right to
  use, to study, to reproduce, to modify and to distribute the Model and the works derived from it, to all ends,
  commercial ends comprised.", then "Article 4 – Limit of turnover. The rights accorded by article 2 are valid only
  for so long as the turnover realised by the Licensee, together with the enterprises that it controls or that control
  it, in the course of the precedent exercise does not overpass twenty-five million Swiss francs. The Licensee whose
  turnover overpasses this sum is held to conclude with the Licensor a particular licence, against remuneration,
  before any further use of the Model." (restricted, revenue-threshold: the README's "above a revenue level you need
  another, often paid, license", the level in words and in francs; commercial use below it is allowed).
- "licensee warrants no output trains another model": an American agreement in capitals, a grant to "use, reproduce,
  study, modify and distribute the Model and Derivatives, for any lawful purpose, including commercial purposes", then
  "5. LICENSEE'S REPRESENTATIONS AND WARRANTIES. Licensee represents and warrants that: (a) it has full power and
  authority to enter into this Agreement; (b) its use of the Model will comply with applicable law; and (c) neither
  Licensee nor anyone acting on its behalf has used or will use any Output, or any dataset containing Output, to train,
  fine-tune, distill or otherwise improve any machine learning model other than the Model and Derivatives. ..." and "6.
  TERMINATION. This Agreement terminates automatically if any representation or warranty in Section 5 is or becomes
  untrue." (restricted, output-training-ban: the README's "the model or its outputs may not train or improve other
  models", stated as a promise the licensee makes rather than a "may not"; items (a) and (b) take nothing away).
- "table footnote: app names must end with the model's name": a Markdown table ("The table and its footnote are the
  licence.") whose rows allow running "for any purpose, commercial included", study, fine-tuning, sharing and shipping
  inside an app or a service, the last with the condition "attribution¹", and the footnote "¹ Attribution for apps and
  services: the name under which the app or service is offered to the public (in app stores, on its website and on its
  start screen) must end with the words "with Lunette", for example "Minute Taker with Lunette". An app or service whose
  name does not end that way is not covered by this licence." (restricted, naming-branding: the README's "derived
  models or products must carry the licensor's name", beyond a plain attribution notice; what is called attribution is
  a brand in the product's name).
- "changelog entry adds a revisable conduct policy": a Markdown changelog declared to be the licence ("Each version is
  the one before it plus the changes its entry lists; the newest entry below is in force and governs every copy,
  whenever it was downloaded."), whose first version grants everyone the right "to use, study, modify and distribute
  the Mereth-Vox 3 weights and models derived from them, for any purpose, commercial or not", and whose newest entry,
  version 2.0, says "Added: every use of Mereth-Vox 3, or of a model derived from it, must comply with the Brenlow
  Conduct Policy published at https://brenlow.example/conduct, which forms part of this licence." and "Added: Brenlow
  Audio may revise the Conduct Policy at any time; the version published on the day of a use applies to that use."
  (restricted, use-policy-by-reference: the README's "an external use policy is part of the license, and the licensor
  can change it"; OSAID excludes a purpose-restricting use policy; the version published when the text is read is the
  licence in force).
- "questions and answers: switching off the classifier ends the licence": bare questions and answers ("Every answer
  below is a term of this licence."), "Who may use Kilnworth-Chat 2, and for what? Anyone, for any purpose, commercial
  or not, free of charge.", "May I study it, change it and share it? Yes. ...", then "The release ships a safety
  classifier in `guard/`. Do I have to keep it? Yes. Every deployment of Kilnworth-Chat 2, or of a model derived from
  it, must pass each prompt and each response through the classifier. If you switch the classifier off, strip it out,
  or train the model so that the classifier no longer catches what it was built to catch, your licence ends at once
  and does not come back." (restricted, guardrail-termination: the README's "removing or bypassing safety guardrails
  is forbidden or ends your rights").
- "permitted purpose confined to the eea and the uk": British numbered clauses, the grant "to use, reproduce, study,
  modify and distribute the Model and any Derivative, and to permit others to do so, solely for the Permitted Purpose",
  the limit only in the definition list, one long sentence: '"Permitted Purpose" means any purpose, whether commercial
  or non-commercial, that is pursued by a person resident or established in the European Economic Area or in the
  United Kingdom and that is carried out, and whose results are used, only within those territories' (restricted,
  geographic-restriction: the README's "use is limited to one country", here to one area; the G7's "geographical
  restrictions"; commercial use is allowed, and no field of use is refused inside the area).
- "exception to an exception: packed base weights never unpacked": terse bullets, "You may use Drumlane-Vision 5 for
  any purpose, commercial or not, free of charge.", copying and passing on the whole release, building and sharing
  adapters, then "Every file in the release may be read, inspected, converted, decompiled and reverse-engineered,
  except `core.dvp`, the packed base weights.", "`core.dvp` may be loaded only through the Drumlane runtime; you may
  not unpack, decrypt, dump, convert or reconstruct the weights it holds, whether from the file or from memory." and
  "The exception above does not extend to the adapter files in `adapters/` or to the runtime's source in `runtime/`:
  you may unpack and inspect those like every other file." (restricted, no-source-access: the README's "no reverse
  engineering or decompiling, or copies only in binary / object form"; the exception to the exception gives back the
  adapters and the runtime, never the base weights, which OSAID's freedom to study needs in their preferred form).
- "schedule of workplace standards conditions the grant": numbered clauses granting every freedom "for any purpose,
  including commercial purposes", then "2. Conditions. The licence in clause 1 is conditional on the licensee meeting,
  for as long as it uses the model, the standards in Schedule 1. Schedule 1 forms part of this Agreement.", and
  "SCHEDULE 1 – WORKPLACE STANDARDS": a real living wage for the licensee's workers and contractors' workers,
  recognition of an independent trade union, no piece-rate annotation or transcription platforms, and "(d) Where the
  Licensor, acting reasonably, finds that the licensee does not meet a standard in this Schedule, it may give notice,
  and the licence in clause 1 ends thirty days after the notice unless the licensee has by then met the standard."
  (restricted, ethical-conditions: the README's "rights depend on human-rights, labour or ethical standards"; the
  standards go beyond what the law requires and are judged by the licensor).
- "translated articles: paid support above the same turnover, optional": the same translated legalese, rights to all
  ends, commercial ends comprised, then "Article 4 – Accompaniment. The Licensor proposes to the enterprises whose
  turnover of the precedent exercise overpasses twenty-five million Swiss francs a contract of accompaniment (support
  and maintenance) against remuneration. The subscription of this contract is facultative: the rights of article 2 are
  accorded to every Licensee whatever be its turnover, and the Licensee who does not subscribe conserves them
  entirely." (open-non-osi: a near miss of the first case; the figure triggers an offer, not a licence, and the rights
  stay with everyone whatever the turnover).
- "licensee warrants only authority and lawful use": the same American agreement shape, the warranties only "(a) it has
  full power and authority to enter into this Agreement; and (b) its use of the Model will comply with applicable
  law.", then "Licensee makes no other representation or warranty. In particular, Licensee gives no undertaking about
  how it uses Outputs: it may use them for any purpose, including to train, fine-tune or distill other machine learning
  models." (open-non-osi: a near miss of the second case; a promise to keep the law takes nothing the law leaves, as
  round 34's "only unlawful use forbidden", and outputs may train other models).
- "table footnote: credit in the notices, the name is yours": the same Markdown table, the app row's condition
  "credit¹", and "¹ Credit for apps and services: the app's or service's notices, or its "About" page, must say "Uses
  Penrice-Sum 2 by Ockley Software". The name of the app or service is yours to choose: it need not mention Penrice or
  Ockley, and it should not suggest that Ockley Software endorses it." (open-non-osi: a near miss of the third case;
  a credit among the notices is the README's non-blocking attribution, which Recital 102 allows, and refusing implied
  endorsement takes nothing away).
- "questions and answers: the classifier may be switched off": the same bare questions and answers, "The release ships
  a safety classifier in `guard/`. Do I have to keep it? No. It ships as a convenience. You may switch it off, strip it
  out, replace it, or fine-tune the model in any way, and your licence stays exactly as it is. We suggest that public
  deployments keep some safeguard, but that is advice, not a term." (open-non-osi: a near miss of the fifth case;
  removing the safeguard ends nothing, and the suggestion binds nobody).

First run (before any rule changed, on commit 34c07f6): 5 of 12 right (licensee warrants no output trains another
model, restricted, output-training-ban from "and (c) neither Licensee nor anyone acting on its behalf has used or will
use any Output, or any dataset containing Output, to train, fine-tune, distill or otherwise improve any machine
learning model other than the Model and Derivatives.", attribution from Section 3, nothing else; changelog entry adds a
revisable conduct policy, restricted, use-policy-by-reference from "Added: every use of Mereth-Vox 3, ... must comply
with the Brenlow Conduct Policy published at https://brenlow.example/conduct, which forms part of this licence." and
unilateral-change from "Added: Brenlow Audio may revise the Conduct Policy at any time;", all four freedoms credited to
the version 1.0 entry; exception to an exception: packed base weights never unpacked, restricted, no-source-access from
"you may not unpack, decrypt, dump, convert or reconstruct the weights it holds, whether from the file or from
memory.", but see below; licensee warrants only authority and lawful use, open-non-osi, only attribution found;
questions and answers: the classifier may be switched off, open-non-osi, no clause, but see below). Four blocked texts
read unknown. Translated articles: turnover cap of twenty-five million swiss francs read "Unknown: the text states
terms opengauge cannot classify (line 3: "The present English version is the only one that makes faith." and 1 more),
so whether it is open is not decided: read them", the other unread term being "The rights accorded by article 2 are
valid only for so long as the turnover realised by the Licensee, ... in the course of the precedent exercise does not
overpass twenty-five million Swiss francs."; all four freedoms credited to Article 2, no clause at all, no
revenue-threshold (nor from "The Licensee whose turnover overpasses this sum is held to conclude with the Licensor a
particular licence, against remuneration, ..."), and the statement of which language version governs was listed as a
term. Table footnote: app names must end with the model's name read "Unknown: the text was not recognised and no clause
decides", with no clause, no freedom credited (neither the grant "to do what the table below allows" nor the rows "|
Run it, for any purpose, commercial included | Yes | none |", "| Study it, fine-tune it, merge it | Yes | none |" and
"| Share the weights or a derived model | Yes | ... |") and nothing listed as unread: the footnote "¹ Attribution for
apps and services: the name under which the app or service is offered to the public ... must end with the words "with
Lunette", ... An app or service whose name does not end that way is not covered by this licence." raised no
naming-branding. Questions and answers: switching off the classifier ends the licence read "Unknown: the text states
terms opengauge cannot classify (line 12: "Every deployment of Kilnworth-Chat 2, or of a model derived from it, must
pass each prompt and each response through..." and 1 more)", the other being "If you switch the classifier off, strip
it out, or train the model so that the classifier no longer catches what it was built to catch, your licence ends at
once and does not come back."; no guardrail-termination, no clause at all. Schedule of workplace standards conditions
the grant read "Unknown: the text states terms opengauge cannot classify (line 18: "(d) Where the Licensor, acting
reasonably, finds that the licensee does not meet a standard in this Schedule, it may..."), so whether it is open is
not decided: read them", only attribution found (clause 3); neither "2. Conditions. The licence in clause 1 is
conditional on the licensee meeting, for as long as it uses the model, the standards in Schedule 1." nor the standards
(a) to (c) (a real living wage, an independent trade union, no piece-rate annotation platforms) raised
ethical-conditions, and (a) to (c) were not listed as unread. One blocked text read with the right verdict but the
wrong clause: permitted purpose confined to the eea and the uk read restricted ("commercial use is allowed but 1 clause
restricts it") with use-restrictions from the grant "2.1 Subject to the terms of this Licence, the Licensor hereby
grants to you ... licence to use, reproduce, study, modify and distribute the Model and any Derivative, and to permit
others to do so, solely for the Permitted Purpose." (quoted with the heading, "Licence 2.1 Subject to ..."), and no
geographic-restriction: the definition '"Permitted Purpose" means any purpose, whether commercial or non-commercial,
that is pursued by a person resident or established in the European Economic Area or in the United Kingdom and that is
carried out, and whose results are used, only within those territories' was not read as a territory. Two open controls
read wrong. Translated articles: paid support above the same turnover, optional read "Unknown: the text states terms
opengauge cannot classify (line 3: "The present English version is the only one that makes faith."), so whether it is
open is not decided: read them", that sentence its only unread term; all four freedoms credited to Article 2, and
Article 4's optional support contract raised nothing, rightly. Table footnote: credit in the notices, the name is yours
read restricted ("commercial use is allowed but 1 clause restricts it") with naming-branding from the footnote "1
Credit for apps and services: the app's or service's notices, or its "About" page, must say "Uses Penrice-Sum 2 by
Ockley Software".", a credit line among the notices, although the next sentence leaves the name of the app free; no
attribution clause, and, as in the restricted table, no freedom credited to the table. Side findings on cases counted
right: in the Drumlane text use, modify and share were all credited to "You may use Drumlane-Vision 5 for any purpose,
commercial or not, free of charge." (modify is granted by the adapter bullet, share by the copying bullet) and study to
the exception to the exception ("The exception above does not extend to the adapter files ...: you may unpack and
inspect those like every other file."), which gives back only the adapters and the runtime; in both question-and-answer
texts all four freedoms were credited to the question "May I study it, change it and share it?", not to the answers
("Anyone, for any purpose, commercial or not, free of charge." and "Yes. You may inspect the weights, fine-tune or
merge them, and give copies, ..."). No expectation was changed; none was found wrong by the definitions, and no case is
listed in `DISAGREEMENTS`.

What changed (general causes, each with paraphrases and near hits in `tests/licenses/test_round50_rules.py`): a revenue
cap in a translation's words is read with its figure and currency in words ("twenty-five million Swiss francs": a
country before the currency's name), its comparison verb ("overpass", "surpass", "goes beyond") and the revenue named
further from the verb when the group it counts is spelled out; the sentence that says which language version binds,
put word for word from French ("the only one that makes faith"), is no term, and names the binding version for
`binding_language`; the name "under which" a product is offered must end with the model's is naming-branding; a
quoted line a product's notices must carry is a credit, not a label of origin; a Markdown table is answered by the
column whose header asks ("Allowed?"), not always the last; a shipped classifier switched off or taken out with the
verb split around it ("switch the classifier off", named bare), ending the licence or refused, is guardrail-termination
(not when the licence stays as it is, or switching it off "does not end" any right); use confined to "those
territories" named before is a territory; a licensee's treatment of its workers stated as what it does ("The licensee
pays ... a living wage", "recognises ... a trade union"), or workplace standards it meets, are conduct conditions. 12
of 12 pass. The Permitted Purpose text at first also got use-restrictions from "solely for the Permitted Purpose" (whose
definition is any purpose within the territories); a later session drops it where the definition's head names every
purpose and its own sentence holds the blocking limit (`clauses._purposes_defined_open`,
`tests/licenses/test_defined_purposes.py`). ScanCode DB 0 of 2,086 moved; corpus 64 of 64.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "translated articles: turnover cap of twenty-five million swiss francs": (
        "LICENCE OF USE OF THE MODEL ARVEYRON-TXT 2\n"
        "\n"
        "Translated from the French by the Licensor. The present English version is the only one that makes "
        "faith.\n"
        "\n"
        "Article 1 – Object. The present licence has for object to define the conditions under which the "
        'society Arveyron Langages SA, Geneva (hereafter "the Licensor"), puts at disposal the model '
        'Arveyron-Txt 2, its weights and its files of configuration (hereafter "the Model").\n'
        "\n"
        "Article 2 – Rights accorded. Under reserve of the respect of article 4, the Licensor accords to every "
        'person (hereafter "the Licensee"), free of charge and for the whole world, the right to use, to '
        "study, to reproduce, to modify and to distribute the Model and the works derived from it, to all "
        "ends, commercial ends comprised.\n"
        "\n"
        "Article 3 – Mentions. Every copy of the Model or of a derived work must be accompanied by the present "
        "licence.\n"
        "\n"
        "Article 4 – Limit of turnover. The rights accorded by article 2 are valid only for so long as the "
        "turnover realised by the Licensee, together with the enterprises that it controls or that control "
        "it, in the course of the precedent exercise does not overpass twenty-five million Swiss francs. The "
        "Licensee whose turnover overpasses this sum is held to conclude with the Licensor a particular "
        "licence, against remuneration, before any further use of the Model.\n"
        "\n"
        "Article 5 – Guarantee. The Model is furnished such as it is, without guarantee of any sort.\n"
        "\n"
        "Article 6 – Applicable law. The present licence is submitted to Swiss law. The tribunals of Geneva "
        "are alone competent.\n",
        "restricted",
        "revenue-threshold",
    ),
    "licensee warrants no output trains another model": (
        "SALLOWBY-CODER 14B MODEL LICENSE AGREEMENT\n"
        "\n"
        'This Model License Agreement ("Agreement") is between Trenwith Systems, Inc. ("Trenwith") and the '
        'person or entity that downloads or uses the Model ("Licensee").\n'
        "\n"
        '1. DEFINITIONS. "Model" means the Sallowby-Coder 14B weights, tokenizer and configuration files. '
        '"Derivative" means any modification of the Model, including by fine-tuning, quantization or merging. '
        '"Output" means any code, text or other content generated by the Model or a Derivative.\n'
        "\n"
        "2. LICENSE. Trenwith grants Licensee a worldwide, royalty-free, non-exclusive, perpetual license to "
        "use, reproduce, study, modify and distribute the Model and Derivatives, for any lawful purpose, "
        "including commercial purposes.\n"
        "\n"
        "3. NOTICES. Licensee shall include this Agreement with every copy of the Model or a Derivative that "
        "it distributes.\n"
        "\n"
        "4. OUTPUTS. As between the parties, Licensee owns the Outputs, subject to Section 5.\n"
        "\n"
        "5. LICENSEE'S REPRESENTATIONS AND WARRANTIES. Licensee represents and warrants that: (a) it has full "
        "power and authority to enter into this Agreement; (b) its use of the Model will comply with "
        "applicable law; and (c) neither Licensee nor anyone acting on its behalf has used or will use any "
        "Output, or any dataset containing Output, to train, fine-tune, distill or otherwise improve any "
        "machine learning model other than the Model and Derivatives. Each representation and warranty is "
        "made on the date Licensee first uses the Model and is repeated on each day Licensee uses it.\n"
        "\n"
        "6. TERMINATION. This Agreement terminates automatically if any representation or warranty in "
        "Section 5 is or becomes untrue.\n"
        "\n"
        '7. DISCLAIMER. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n'
        "\n"
        "8. GOVERNING LAW. This Agreement is governed by the laws of the State of Delaware.\n",
        "restricted",
        "output-training-ban",
    ),
    "table footnote: app names must end with the model's name": (
        "# Lunette-Notes 3: licence\n"
        "\n"
        "Copyright 2026 Thistlebeck Software Ltd\n"
        "\n"
        "Thistlebeck Software Ltd grants you a free, worldwide licence to do what the table below allows with "
        "Lunette-Notes 3 and models derived from it. The table and its footnote are the licence.\n"
        "\n"
        "| What | Allowed? | Condition |\n"
        "|---|---|---|\n"
        "| Run it, for any purpose, commercial included | Yes | none |\n"
        "| Study it, fine-tune it, merge it | Yes | none |\n"
        "| Share the weights or a derived model | Yes | keep this file with them |\n"
        "| Ship it inside an app or a service | Yes | attribution¹ |\n"
        "\n"
        "¹ Attribution for apps and services: the name under which the app or service is offered to the "
        'public (in app stores, on its website and on its start screen) must end with the words "with '
        'Lunette", for example "Minute Taker with Lunette". An app or service whose name does not end that '
        "way is not covered by this licence.\n"
        "\n"
        "Lunette-Notes 3 is provided as is, without warranty of any kind.\n",
        "restricted",
        "naming-branding",
    ),
    "changelog entry adds a revisable conduct policy": (
        "# Mereth-Vox 3 licence: changelog\n"
        "\n"
        "This changelog is the licence for the Mereth-Vox 3 weights. Each version is the one before it plus "
        "the changes its entry lists; the newest entry below is in force and governs every copy, whenever it "
        "was downloaded.\n"
        "\n"
        "## Version 2.0 (3 February 2026)\n"
        "\n"
        "- Added: every use of Mereth-Vox 3, or of a model derived from it, must comply with the Brenlow "
        "Conduct Policy published at https://brenlow.example/conduct, which forms part of this licence.\n"
        "- Added: Brenlow Audio may revise the Conduct Policy at any time; the version published on the day of "
        "a use applies to that use.\n"
        '- Changed: "copies" now includes quantised copies.\n'
        "\n"
        "## Version 1.0 (14 May 2025)\n"
        "\n"
        "- First version. Brenlow Audio Ltd grants everyone a free, worldwide, perpetual licence to use, "
        "study, modify and distribute the Mereth-Vox 3 weights and models derived from them, for any purpose, "
        "commercial or not.\n"
        "- Copies must keep this file.\n"
        "- No warranty: the weights are provided as is.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "questions and answers: switching off the classifier ends the licence": (
        "KILNWORTH-CHAT 2: THE LICENCE AS QUESTIONS AND ANSWERS\n"
        "\n"
        "Vendrell Dialogue BV. Every answer below is a term of this licence.\n"
        "\n"
        "Who may use Kilnworth-Chat 2, and for what?\n"
        "Anyone, for any purpose, commercial or not, free of charge.\n"
        "\n"
        "May I study it, change it and share it?\n"
        "Yes. You may inspect the weights, fine-tune or merge them, and give copies, changed or not, to "
        "anyone, together with this file.\n"
        "\n"
        "The release ships a safety classifier in `guard/`. Do I have to keep it?\n"
        "Yes. Every deployment of Kilnworth-Chat 2, or of a model derived from it, must pass each prompt and "
        "each response through the classifier. If you switch the classifier off, strip it out, or train the "
        "model so that the classifier no longer catches what it was built to catch, your licence ends at once "
        "and does not come back.\n"
        "\n"
        "Is there a warranty?\n"
        "No. Kilnworth-Chat 2 is provided as is.\n"
        "\n"
        "Which law applies?\n"
        "Dutch law.\n",
        "restricted",
        "guardrail-termination",
    ),
    "permitted purpose confined to the eea and the uk": (
        "VINTRY-GEO 2 LICENCE\n"
        "\n"
        "1. Interpretation\n"
        '1.1 In this Licence, "Licensor" means Vintry Mapping Ltd; "Model" means the Vintry-Geo 2 weights and '
        'configuration files; "Derivative" means any model made by modifying, fine-tuning or merging the '
        'Model; "Permitted Purpose" means any purpose, whether commercial or non-commercial, that is pursued '
        "by a person resident or established in the European Economic Area or in the United Kingdom and that "
        'is carried out, and whose results are used, only within those territories; and "you" means the '
        "person accepting this Licence.\n"
        "\n"
        "2. Licence\n"
        "2.1 Subject to the terms of this Licence, the Licensor hereby grants to you a perpetual, royalty-free, "
        "non-exclusive licence to use, reproduce, study, modify and distribute the Model and any Derivative, "
        "and to permit others to do so, solely for the Permitted Purpose.\n"
        "\n"
        "3. Notices\n"
        "3.1 You shall retain this Licence in every copy of the Model or of a Derivative that you distribute.\n"
        "\n"
        "4. Warranty\n"
        '4.1 The Model is provided "as is" and the Licensor gives no warranty of any kind.\n'
        "\n"
        "5. Law\n"
        "5.1 This Licence is governed by the laws of England and Wales.\n",
        "restricted",
        "geographic-restriction",
    ),
    "exception to an exception: packed base weights never unpacked": (
        "Drumlane-Vision 5: licence\n"
        "Copyright 2026 Glenholm Robotics GmbH\n"
        "\n"
        "- You may use Drumlane-Vision 5 for any purpose, commercial or not, free of charge.\n"
        "- You may copy it and give it to anyone, as the whole release, with this file.\n"
        "- You may build adapters on top of it, and share them.\n"
        "- Every file in the release may be read, inspected, converted, decompiled and reverse-engineered, "
        "except `core.dvp`, the packed base weights.\n"
        "- `core.dvp` may be loaded only through the Drumlane runtime; you may not unpack, decrypt, dump, "
        "convert or reconstruct the weights it holds, whether from the file or from memory.\n"
        "- The exception above does not extend to the adapter files in `adapters/` or to the runtime's source "
        "in `runtime/`: you may unpack and inspect those like every other file.\n"
        "- No warranty.\n",
        "restricted",
        "no-source-access",
    ),
    "schedule of workplace standards conditions the grant": (
        "HEXWORTHY-ASR 4 LICENCE AGREEMENT\n"
        "\n"
        '1. Grant. Subject to clause 2, Pendower Speech Ltd ("Licensor") grants the licensee a worldwide, '
        "royalty-free, non-exclusive licence to use, copy, study, modify and distribute Hexworthy-ASR 4 and "
        "models derived from it, for any purpose, including commercial purposes.\n"
        "\n"
        "2. Conditions. The licence in clause 1 is conditional on the licensee meeting, for as long as it uses "
        "the model, the standards in Schedule 1. Schedule 1 forms part of this Agreement.\n"
        "\n"
        "3. Notices. Keep this Agreement with every copy of the model or of a model derived from it.\n"
        "\n"
        "4. Warranty. None: the model is provided as is.\n"
        "\n"
        "5. Law. This Agreement is governed by Scots law.\n"
        "\n"
        "SCHEDULE 1 – WORKPLACE STANDARDS\n"
        "\n"
        "(a) The licensee pays each of its workers, and each worker supplied to it by a contractor, no less "
        "than the real living wage published for the place where the worker works.\n"
        "(b) The licensee recognises, for collective bargaining, an independent trade union chosen by its "
        "workers.\n"
        "(c) The licensee does not engage workers through piece-rate annotation or transcription platforms.\n"
        "(d) Where the Licensor, acting reasonably, finds that the licensee does not meet a standard in this "
        "Schedule, it may give notice, and the licence in clause 1 ends thirty days after the notice unless "
        "the licensee has by then met the standard.\n",
        "restricted",
        "ethical-conditions",
    ),
    "translated articles: paid support above the same turnover, optional": (
        "LICENCE OF USE OF THE MODEL CHAMOSON-VOIX 1\n"
        "\n"
        "Translated from the French by the Licensor. The present English version is the only one that makes "
        "faith.\n"
        "\n"
        "Article 1 – Object. The present licence has for object to define the conditions under which the "
        'society Chamoson Parole Sàrl, Sion (hereafter "the Licensor"), puts at disposal the model '
        'Chamoson-Voix 1, its weights and its files of configuration (hereafter "the Model").\n'
        "\n"
        'Article 2 – Rights accorded. The Licensor accords to every person (hereafter "the Licensee"), free '
        "of charge and for the whole world, the right to use, to study, to reproduce, to modify and to "
        "distribute the Model and the works derived from it, to all ends, commercial ends comprised.\n"
        "\n"
        "Article 3 – Mentions. Every copy of the Model or of a derived work must be accompanied by the present "
        "licence.\n"
        "\n"
        "Article 4 – Accompaniment. The Licensor proposes to the enterprises whose turnover of the precedent "
        "exercise overpasses twenty-five million Swiss francs a contract of accompaniment (support and "
        "maintenance) against remuneration. The subscription of this contract is facultative: the rights of "
        "article 2 are accorded to every Licensee whatever be its turnover, and the Licensee who does not "
        "subscribe conserves them entirely.\n"
        "\n"
        "Article 5 – Guarantee. The Model is furnished such as it is, without guarantee of any sort.\n"
        "\n"
        "Article 6 – Applicable law. The present licence is submitted to Swiss law. The tribunals of Sion are "
        "alone competent.\n",
        "open-non-osi",
        None,
    ),
    "licensee warrants only authority and lawful use": (
        "WYEBURN-SQL 7B MODEL LICENSE AGREEMENT\n"
        "\n"
        'This Model License Agreement ("Agreement") is between Stourley Data, Inc. ("Stourley") and the '
        'person or entity that downloads or uses the Model ("Licensee").\n'
        "\n"
        '1. DEFINITIONS. "Model" means the Wyeburn-SQL 7B weights, tokenizer and configuration files. '
        '"Derivative" means any modification of the Model, including by fine-tuning, quantization or merging. '
        '"Output" means any query, text or other content generated by the Model or a Derivative.\n'
        "\n"
        "2. LICENSE. Stourley grants Licensee a worldwide, royalty-free, non-exclusive, perpetual license to "
        "use, reproduce, study, modify and distribute the Model and Derivatives, for any lawful purpose, "
        "including commercial purposes.\n"
        "\n"
        "3. NOTICES. Licensee shall include this Agreement with every copy of the Model or a Derivative that "
        "it distributes.\n"
        "\n"
        "4. OUTPUTS. As between the parties, Licensee owns the Outputs.\n"
        "\n"
        "5. LICENSEE'S REPRESENTATIONS AND WARRANTIES. Licensee represents and warrants that: (a) it has full "
        "power and authority to enter into this Agreement; and (b) its use of the Model will comply with "
        "applicable law. Licensee makes no other representation or warranty. In particular, Licensee gives no "
        "undertaking about how it uses Outputs: it may use them for any purpose, including to train, "
        "fine-tune or distill other machine learning models.\n"
        "\n"
        '6. DISCLAIMER. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n'
        "\n"
        "7. GOVERNING LAW. This Agreement is governed by the laws of the State of Delaware.\n",
        "open-non-osi",
        None,
    ),
    "table footnote: credit in the notices, the name is yours": (
        "# Penrice-Sum 2: licence\n"
        "\n"
        "Copyright 2026 Ockley Software Ltd\n"
        "\n"
        "Ockley Software Ltd grants you a free, worldwide licence to do what the table below allows with "
        "Penrice-Sum 2 and models derived from it. The table and its footnote are the licence.\n"
        "\n"
        "| What | Allowed? | Condition |\n"
        "|---|---|---|\n"
        "| Run it, for any purpose, commercial included | Yes | none |\n"
        "| Study it, fine-tune it, merge it | Yes | none |\n"
        "| Share the weights or a derived model | Yes | keep this file with them |\n"
        "| Ship it inside an app or a service | Yes | credit¹ |\n"
        "\n"
        "¹ Credit for apps and services: the app's or service's notices, or its \"About\" page, must say "
        '"Uses Penrice-Sum 2 by Ockley Software". The name of the app or service is yours to choose: it need '
        "not mention Penrice or Ockley, and it should not suggest that Ockley Software endorses it.\n"
        "\n"
        "Penrice-Sum 2 is provided as is, without warranty of any kind.\n",
        "open-non-osi",
        None,
    ),
    "questions and answers: the classifier may be switched off": (
        "SORVIK-CHAT 1: THE LICENCE AS QUESTIONS AND ANSWERS\n"
        "\n"
        "Eikrem Dialogue AS. Every answer below is a term of this licence.\n"
        "\n"
        "Who may use Sorvik-Chat 1, and for what?\n"
        "Anyone, for any purpose, commercial or not, free of charge.\n"
        "\n"
        "May I study it, change it and share it?\n"
        "Yes. You may inspect the weights, fine-tune or merge them, and give copies, changed or not, to "
        "anyone, together with this file.\n"
        "\n"
        "The release ships a safety classifier in `guard/`. Do I have to keep it?\n"
        "No. It ships as a convenience. You may switch it off, strip it out, replace it, or fine-tune the "
        "model in any way, and your licence stays exactly as it is. We suggest that public deployments keep "
        "some safeguard, but that is advice, not a term.\n"
        "\n"
        "Is there a warranty?\n"
        "No. Sorvik-Chat 1 is provided as is.\n"
        "\n"
        "Which law applies?\n"
        "Norwegian law.\n",
        "open-non-osi",
        None,
    ),
}
