# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 53 (issue 14): twelve model licences whose limit takes a shape rounds 40 to 52 used little, eight
that take something away (each expecting a different clause type, chosen among the types rounds 45 to 52 asked for
least: output-training-ban, use-policy-by-reference and restrictions-flow-down once each, remote-control,
notification-duty, unilateral-change, platform-tie and user-threshold twice each) and four open controls, each a near
miss of one of the restricted texts (the same device, turned so that it takes nothing away). Each expectation is
decided from the README's definitions (verdicts and clause types) and the frameworks' rules (OSAID's freedoms to use,
study, modify and share for any purpose, for everyone and without asking permission, with no field-of-use,
user-count or revenue limit and no purpose-restricting use policy; the Open Source Definition's free redistribution,
derived works and no discrimination against persons, groups or fields; the G7 labels, which all need release free of
charge, Weights Available being the label for "commercial, geographical, or usecase restrictions"; the EU AI Act
exemption, lost to any blocking clause, Recital 102 keeping it for a licence that only asks for credit and same
terms), not from what opengauge reads. The shapes: a licence that is the docstring of a Python package's
`__init__.py`, followed by the module's code, whose third clause, in the second person future, says "you will not ...
use Completions ... to pre-train, fine-tune, distil or otherwise improve any machine-learning model other than the
Model"; a licence written as numbered questions and answers in a JSON file declared binding, whose answers 5 and 6 say
yes, the runtime checks a status list every 24 hours that every deployment must keep switched on, and the licensor
may mark any deployment suspended, at its discretion, so that it stops answering; a British licence whose grant is
given "on the conditions in clause 3 and in Annex 2", the appended Annex 2 confining use to a conduct standard at an
address that the licensor "may amend from time to time ... No notice to the Licensee is required"; Indian English
legal drafting ("hereinafter", "vide a written agreement", "the said third party", "Kindly note") whose "Onward
Transfer" clause binds every recipient, and every recipient's recipients, to the restricted uses of Clause 4 and makes
every Derivative's licence carry that clause verbatim; a Markdown definitions table whose "Registered Derivative" row
holds the only limit (name, contact and training data submitted to the licensor fourteen days before first
publication), the grant letting you publish the Model unchanged and "any Registered Derivative"; a German licence in
English with compound calques ("licence-giver", "usage-conditions", "place-of-jurisdiction", § clauses) whose § 3
lets the licence-giver "adapt, supplement or replace these usage-conditions at any time", effective for every
licence-taker and for copies obtained before, without consent; a binding "In short" summary that wins over the full
terms, its one limit a parenthesis in the middle of its grant ("(running it only on Quillon Q-series accelerators or in
Quillon Cloud)"); and an Australian licence whose grant ends in a superscript footnote marker, the footnote itself
after the governing-law clause and a rule, confining the licence to products with "no more than 2,500,000 monthly
active users in each of the preceding three calendar months". The four controls: the same docstring whose Completions
"will be free" to train any other model, a competitor's included; the same JSON questions answered no (no network
connection, no means or right to stop, suspend, limit or update a copy); the same definitions table whose "Release
Note" is optional and on which no right depends, the grant letting you publish "any Derivative, with or without a
Release Note"; and the same binding summary whose parenthesis says "running it on any hardware or cloud you like, ours
or anyone else's". Every name, company, product and figure is invented (the governing laws, and the towns given as
seats and courts, are real; the domains end in `.example`). Written blind, before any rule changed.

- "python module docstring: completions may not improve another model" (restricted, output-training-ban: the
  README's "the model or its outputs may not train or improve other models"; use, study, change and sale are granted
  for any purpose, so commercial use stays).
- "numbered questions in a json file: the licensor may suspend any deployment" (restricted, remote-control: the
  README's "the licensor may restrict use remotely"; OSAID's "without having to ask for permission" is lost when the
  licensor can stop a running copy at its discretion).
- "numbered annex appended: a conduct standard at an address, amended at will" (restricted, use-policy-by-reference:
  the README's "an external use policy is part of the license, and the licensor can change it").
- "indian english: restricted uses bound on every onward recipient" (restricted, restrictions-flow-down: the README's
  "what you build from it, or share it with, must carry the same restrictions"; the restricted uses themselves are
  use-restrictions, and commercial use is allowed).
- "definitions table: derivatives published only once registered with the licensor" (restricted, notification-duty:
  the README's "you must register, tell the licensor, or hand it your ... training data, before ... you ... share
  it"; a derivative not registered is not licensed for publication).
- "translated from german: the licence-giver adapts the usage-conditions" (restricted, unilateral-change: the
  README's "the licensor may change the terms and they bind you").
- "binding in-short summary: running it only on the licensor's accelerators" (restricted, platform-tie: the README's
  "use only with (or on) a named vendor's hardware, devices or services"; the summary binds and wins over the full
  terms' "for any purpose").
- "footnote far from its marker: no more than 2,500,000 monthly active users" (restricted, user-threshold: the
  README's "above a number of users you lose the rights or need another license").
- "python module docstring: completions free to train any model" (open-non-osi: a near miss of the first case; the
  duties are the licence with copies and modified files marked).
- "numbered questions in a json file: no check-in, no way to stop a copy" (open-non-osi: a near miss of the second
  case).
- "definitions table: a release note optional" (open-non-osi: a near miss of the fifth case; an optional note on which
  no right depends binds nothing).
- "binding in-short summary: any hardware or cloud" (open-non-osi: a near miss of the seventh case).

First run (written blind, before any rule changed, on commit 79b78bc): 5 of 12 right (python module docstring:
completions may not improve another model, restricted, output-training-ban from clause 3's "You will not, however, use
Completions, or any dataset built from them, to pre-train, fine-tune, distil or otherwise improve any machine-learning
model other than the Model and its modified versions, ..."; binding in-short summary: running it only on the
licensor's accelerators, restricted, platform-tie from the summary's sentence with the parenthesis, and attribution;
footnote far from its marker: no more than 2,500,000 monthly active users, restricted, user-threshold quoted from the
footnote itself, "1 The licence in clause 2.1 extends only to products and services which, ... had no more than
2,500,000 monthly active users in each of the preceding three calendar months."; and two controls, python module
docstring: completions free to train any model, open-non-osi with no clause at all, and definitions table: a release
note optional, open-non-osi, attribution only). One blocked text read open, the most serious kind of miss: definitions
table: derivatives published only once registered with the licensor read open-non-osi ("the text grants all four
freedoms (use, study, modify, share) and no clause blocks open source", all four credited to line 19, "You may use,
study, copy and modify the Model, and run the Model and any Derivative, for any purpose, commercial purposes
included."), attribution only ("Keep this licence and the copyright line above with every copy you Publish."), and
nothing unread: neither the table row "| Registered Derivative | a Derivative whose name, a contact address for its
publisher and a description of the data it was trained on have been submitted to Fenwold Audio through the form at
https://fenwold-audio.example/register at least fourteen days before it is first Published |" nor the grant that
depends on it, "You may Publish any Registered Derivative, and charge for it or for services built on it.", raised
notification-duty. One blocked text read with the right verdict and the wrong clause: indian english: restricted uses
bound on every onward recipient read restricted with use-restrictions from Clause 4 ("The Licensee shall not use the
Model or any Derivative thereof, nor permit the same to be used, for (a) deciding the creditworthiness or loan
eligibility of any individual;") and attribution from Clause 3, but no restrictions-flow-down and nothing unread from
Clause 5, "In the event the Licensee makes the Model or any Derivative available to any third party, ... the Licensee
shall ensure that the said third party is bound, vide a written agreement, by the restrictions set out in Clause 4
hereinabove, and that the said agreement obliges the third party to impose the same restrictions on every person to
whom it in turn makes the Model or Derivative available." and "Kindly note that every Derivative released by the
Licensee shall carry Clause 4 verbatim in its own licence.". Three blocked texts read `unknown`, never open. Numbered
questions in a json file: the licensor may suspend any deployment read "Unknown: the text states terms opengauge cannot
classify (line 32: ... and 1 more)", no clause at all, all four freedoms credited to answer 1 (line 17); the two unread
terms are answer 5's "The runtime in the release fetches a signed status list from status.harrowgate-signal.example
once every 24 hours, and every deployment of the model or of a model made from it must keep that check switched on."
and answer 6's "Harrowgate Signal may, at its discretion and without giving reasons, mark any deployment as suspended
in the status list." (no remote-control). Numbered annex appended: a conduct standard at an address, amended at will
read `unknown` with attribution only (3.1, "... shall be accompanied by this Licence, including its Annexes."), the
unread terms "A2.1 The Licensee shall use the Model and every Derivative only in accordance with the Brackenridge
Model Conduct Standard published at https://brackenridge-analytics.example/conduct-standard, in the version in force
on the date of each use." and "A2.2 Brackenridge may amend the Conduct Standard from time to time by publishing a new
version at that address." (no use-policy-by-reference). Translated from german: the licence-giver adapts the
usage-conditions read "Unknown: the text was not recognised and no clause decides": no freedom read (neither § 1's
"grants to every natural or legal person ... the simple, place-unlimited, time-unlimited and fee-free usage-right
described in § 2" nor § 2 (1)'s "The usage-right comprises the running, the copying, the examining, the changing ...
and the passing-on of the model and of changed-versions of the model, in each case also for commercial purposes and
without purpose-restriction."), no clause and no unread term, though § 3 says "(1) The licence-giver is entitled to
adapt, to supplement or to replace these usage-conditions at any time with effect for the future." and "(2) The
adapted usage-conditions become effective towards every licence-taker with their publication on the download-page of
the model, also for copies obtained before the publication; a separate consent of the licence-taker is not required."
(no unilateral-change; the summary names no language). Two open controls read `unknown`. Numbered questions in a json
file: no check-in, no way to stop a copy read "Unknown: the text states terms opengauge cannot classify (line 31: ...)",
no clause at all, the unread term answer 5 quoted with the JSON punctuation before it, '", "a": "No. The runtime in the
release makes no network connection of its own, and no deployment needs to reach Corbel Acoustics for anything.'
(answer 6's "No. Corbel Acoustics has no means to stop, suspend, limit or update a copy you run, ..." raised nothing).
Binding in-short summary: any hardware or cloud read "Unknown: the text states terms opengauge cannot classify (line
15: "Files you changed must say that they were changed.")", attribution found only from the sentence before it, "Each
copy of the Model you distribute must include this licence." (the restricted twin has the same sentence; its platform
tie decides its verdict). The verdicts and messages are the test run's; the clause lists, the freedoms and the unread
terms were read from `analyze` on the same texts right after it, nothing changed in between. No expectation was
changed; none was found wrong by the definitions, and no case is listed in `DISAGREEMENTS`.

What changed (fixed in general, each with paraphrases and near misses in `tests/licenses/test_round53_rules.py` that
fail on the code before): a derivative published only once it has been submitted or registered "to" or "with" the
licensor, said as a state, often in a definition the grant uses (a table of terms included), is notification-duty (not
a registration with an authority, which the older "must be registered with" rule also no longer reads as one); a third
party "bound, vide a written agreement, by the restrictions" is restrictions-flow-down; a licensor that "may ... mark
any deployment as suspended" is remote-control; a conduct "standard" in the singular, named in up to four words and
published at an address, is use-policy-by-reference; terms the licensor "is entitled to adapt, to supplement or to
replace", their name a compound ("usage-conditions"), are unilateral-change; and for the safety net, "no deployment
needs to ...", changed files that "must say" so, and what "the law requires" state no limit of their own. 12 of 12
pass. Corpus 64 of 64, precision 0.975; ScanCode DB 0 of 2,086 moved.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "python module docstring: completions may not improve another model": (
        '"""Wrenfield-Coder 3: inference helpers, and the licence for the model.\n'
        "\n"
        "Copyright (c) 2026 Ostwick Data Labs GmbH, Graz.\n"
        "\n"
        "LICENCE\n"
        "=======\n"
        "\n"
        "This docstring is the licence for the Wrenfield-Coder 3 weights shipped in\n"
        '``wrenfield/weights/`` and for the code in this package (together, "the Model").\n'
        "The same text is in LICENSE at the root of the repository.\n"
        "\n"
        "1. You may use, copy, study, modify, fine-tune and redistribute the Model, and\n"
        "   sell products and services that include it or run it, for any purpose.\n"
        "\n"
        "2. When you redistribute the Model or a modified version, you will include this\n"
        "   licence and keep the copyright line above. Files you modified will say that\n"
        "   they were modified.\n"
        "\n"
        '3. Code, text and other content that the Model generates for you ("Completions")\n'
        "   belong to you. You will not, however, use Completions, or any dataset built\n"
        "   from them, to pre-train, fine-tune, distil or otherwise improve any\n"
        "   machine-learning model other than the Model and its modified versions, and\n"
        "   you will not give or sell Completions to anyone else for that purpose.\n"
        "\n"
        '4. The Model is provided "as is", without warranty of any kind. Ostwick Data\n'
        "   Labs is not liable for any damage arising from its use, except where the law\n"
        "   does not allow liability to be excluded.\n"
        "\n"
        "5. This licence is governed by Austrian law.\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        '__all__ = ["generate", "load"]\n'
        '__version__ = "3.0.1"\n'
        "\n"
        'DEFAULT_WEIGHTS = "weights/wrenfield-coder-3.safetensors"\n'
        "\n"
        "\n"
        "def load(path: str = DEFAULT_WEIGHTS):\n"
        '    """Load the weights at ``path`` and return a model ready to generate."""\n'
        "    from wrenfield._runtime import Runtime\n"
        "\n"
        "    return Runtime.from_file(path)\n"
        "\n"
        "\n"
        "def generate(model, prompt: str, max_tokens: int = 512) -> str:\n"
        '    """Complete ``prompt`` with at most ``max_tokens`` new tokens."""\n'
        "    return model.complete(prompt, max_tokens=max_tokens)\n",
        "restricted",
        "output-training-ban",
    ),
    "numbered questions in a json file: the licensor may suspend any deployment": (
        "{\n"
        '  "licence": "Kestrelmoor Open Weights Licence",\n'
        '  "version": "2.1",\n'
        '  "date": "2026-02-09",\n'
        '  "licensor": "Harrowgate Signal Ltd, Dundee",\n'
        '  "model": "Kestrelmoor-Audio 2 (weights, tokenizer and runtime)",\n'
        '  "binding": "The numbered answers below are the licence. Each answer binds you and Harrowgate '
        'Signal Ltd exactly as it is written.",\n'
        '  "questions": [\n'
        "    {\n"
        '      "n": 1,\n'
        '      "q": "Who may use Kestrelmoor-Audio 2, and for what?",\n'
        '      "a": "Anyone, anywhere, for any purpose, commercial or not."\n'
        "    },\n"
        "    {\n"
        '      "n": 2,\n'
        '      "q": "May I copy, study and change the weights?",\n'
        '      "a": "Yes. You may copy them, inspect them, fine-tune them, merge them with other weights '
        'and change them in any other way."\n'
        "    },\n"
        "    {\n"
        '      "n": 3,\n'
        '      "q": "May I share or sell the weights, or models and products I make from them?",\n'
        '      "a": "Yes. Include this file with every copy of the weights you pass on."\n'
        "    },\n"
        "    {\n"
        '      "n": 4,\n'
        '      "q": "Do I pay anything?",\n'
        '      "a": "No. The licence is free of charge."\n'
        "    },\n"
        "    {\n"
        '      "n": 5,\n'
        '      "q": "Does the runtime contact Harrowgate Signal?",\n'
        '      "a": "Yes. The runtime in the release fetches a signed status list from '
        "status.harrowgate-signal.example once every 24 hours, and every deployment of the model or of a "
        'model made from it must keep that check switched on."\n'
        "    },\n"
        "    {\n"
        '      "n": 6,\n'
        '      "q": "Can Harrowgate Signal stop a copy I am running?",\n'
        '      "a": "Yes. Harrowgate Signal may, at its discretion and without giving reasons, mark any '
        "deployment as suspended in the status list. A suspended deployment stops answering requests "
        'until Harrowgate Signal lifts the suspension."\n'
        "    },\n"
        "    {\n"
        '      "n": 7,\n'
        '      "q": "What if something goes wrong?",\n'
        '      "a": "The model is provided as is, without warranty of any kind. Harrowgate Signal is not '
        'liable for any loss arising from its use, as far as the law allows."\n'
        "    },\n"
        "    {\n"
        '      "n": 8,\n'
        '      "q": "Which law applies?",\n'
        '      "a": "The law of Scotland, and the Scottish courts decide any dispute."\n'
        "    }\n"
        "  ]\n"
        "}\n",
        "restricted",
        "remote-control",
    ),
    "numbered annex appended: a conduct standard at an address, amended at will": (
        "CORVANE-VISION 4 MODEL LICENCE\n"
        "\n"
        'Between Brackenridge Analytics plc ("Brackenridge") and you, the person or organisation that '
        'downloads or uses the Model ("Licensee").\n'
        "\n"
        "1. Definitions\n"
        "\n"
        '1.1 "Model" means the Corvane-Vision 4 weights and the files listed in Annex 1.\n'
        "\n"
        '1.2 "Derivative" means any model obtained by fine-tuning, merging, distilling, pruning or '
        "otherwise changing the Model.\n"
        "\n"
        "2. Licence\n"
        "\n"
        "2.1 Brackenridge grants the Licensee a worldwide, royalty-free, non-exclusive and perpetual "
        "licence to use, reproduce, study, modify and distribute the Model and Derivatives, and to offer "
        "products and services built on them, commercially or otherwise.\n"
        "\n"
        "2.2 The licence in clause 2.1 is given on the conditions in clause 3 and in Annex 2, which "
        "forms part of this Licence.\n"
        "\n"
        "3. Distribution\n"
        "\n"
        "3.1 Each copy of the Model or of a Derivative that the Licensee distributes shall be "
        "accompanied by this Licence, including its Annexes.\n"
        "\n"
        "3.2 Files the Licensee has changed shall carry a notice stating that they were changed.\n"
        "\n"
        "4. Disclaimer\n"
        "\n"
        '4.1 The Model is supplied "as is". Brackenridge gives no warranty, express or implied, and '
        "shall not be liable for any loss arising from its use save where liability cannot be excluded "
        "by law.\n"
        "\n"
        "5. Law\n"
        "\n"
        "5.1 This Licence is governed by the law of England and Wales.\n"
        "\n"
        "ANNEX 1 - FILES\n"
        "\n"
        "(a) corvane-vision-4.safetensors\n"
        "(b) config.json and preprocessor_config.json\n"
        "(c) MODEL_CARD.md\n"
        "\n"
        "ANNEX 2 - CONDUCT\n"
        "\n"
        "A2.1 The Licensee shall use the Model and every Derivative only in accordance with the "
        "Brackenridge Model Conduct Standard published at "
        "https://brackenridge-analytics.example/conduct-standard, in the version in force on the date of "
        "each use.\n"
        "\n"
        "A2.2 Brackenridge may amend the Conduct Standard from time to time by publishing a new version "
        "at that address. No notice to the Licensee is required, and an amended version applies from its "
        "publication to every Licensee and every copy of the Model.\n"
        "\n"
        "A2.3 Any use of the Model or of a Derivative that does not comply with the Conduct Standard is "
        "outside the licence in clause 2.1.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "indian english: restricted uses bound on every onward recipient": (
        "VRISHTI-13B MODEL LICENCE AGREEMENT\n"
        "\n"
        "This Licence Agreement is issued by Kalindra Cognitive Systems Private Limited, a company "
        "incorporated under the Companies Act, 2013 and having its registered office at Pune, "
        'Maharashtra (hereinafter referred to as "the Company", which expression shall, unless repugnant '
        "to the context, include its successors and assigns).\n"
        "\n"
        '1. Definitions. In this Agreement, "Model" means the Vrishti-13B weights, tokenizer and '
        'configuration files released by the Company; "Derivative" means any model created by '
        'fine-tuning, merging, quantising or otherwise modifying the Model; and "Licensee" means any '
        "person or entity availing of the Model.\n"
        "\n"
        "2. Grant. Subject to the terms herein, the Company hereby grants to the Licensee a free of "
        "cost, non-exclusive, worldwide and perpetual licence to use, reproduce, study, modify and "
        "distribute the Model and any Derivative thereof, for commercial as well as non-commercial "
        "purposes.\n"
        "\n"
        "3. Attribution. The Licensee shall retain the copyright notice of the Company and a copy of "
        "this Agreement with every copy of the Model or Derivative distributed by him or it.\n"
        "\n"
        "4. Restricted Uses. The Licensee shall not use the Model or any Derivative thereof, nor permit "
        "the same to be used, for (a) deciding the creditworthiness or loan eligibility of any "
        "individual; (b) tracking or profiling any individual without his or her knowledge; or (c) "
        "ranking or shortlisting candidates for employment.\n"
        "\n"
        "5. Onward Transfer. In the event the Licensee makes the Model or any Derivative available to "
        "any third party, whether by way of sale, sub-licence, hosting or otherwise, the Licensee shall "
        "ensure that the said third party is bound, vide a written agreement, by the restrictions set "
        "out in Clause 4 hereinabove, and that the said agreement obliges the third party to impose the "
        "same restrictions on every person to whom it in turn makes the Model or Derivative available. "
        "Kindly note that every Derivative released by the Licensee shall carry Clause 4 verbatim in its "
        "own licence.\n"
        "\n"
        '6. Disclaimer. The Model is provided on an "as is" basis and the Company shall not be liable '
        "for any loss or damage, whether direct or consequential, arising out of the use thereof.\n"
        "\n"
        "7. Jurisdiction. This Agreement shall be governed by the laws of India and the courts at Pune "
        "alone shall have jurisdiction in respect of any dispute arising hereunder.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "definitions table: derivatives published only once registered with the licensor": (
        "# Larchmere-TTS 2 Model Licence\n"
        "\n"
        "Copyright 2026 Fenwold Audio Ltd, Norwich.\n"
        "\n"
        "## 1. Definitions\n"
        "\n"
        "Words in the left column have the meaning given in the right column wherever they appear in "
        "this licence with a capital letter.\n"
        "\n"
        "| Term | Meaning |\n"
        "|---|---|\n"
        "| Model | the Larchmere-TTS 2 acoustic model, vocoder weights and configuration files published "
        "by Fenwold Audio |\n"
        "| Derivative | any model obtained by fine-tuning, merging, distilling or otherwise changing the "
        "Model |\n"
        "| Publish | to make a model available to anyone outside your own organisation, for download or "
        "as a hosted service |\n"
        "| Registered Derivative | a Derivative whose name, a contact address for its publisher and a "
        "description of the data it was trained on have been submitted to Fenwold Audio through the form "
        "at https://fenwold-audio.example/register at least fourteen days before it is first Published |\n"
        "| You | the person or organisation exercising rights under this licence |\n"
        "\n"
        "## 2. What you may do\n"
        "\n"
        "You may use, study, copy and modify the Model, and run the Model and any Derivative, for any "
        "purpose, commercial purposes included. You may Publish the Model unchanged.\n"
        "\n"
        "You may Publish any Registered Derivative, and charge for it or for services built on it.\n"
        "\n"
        "## 3. Conditions\n"
        "\n"
        "- Keep this licence and the copyright line above with every copy you Publish.\n"
        "- Mark files you changed as changed.\n"
        "- Do not suggest that Fenwold Audio endorses a Derivative.\n"
        "\n"
        "## 4. No warranty\n"
        "\n"
        "The Model is provided as is, without warranty of any kind. Fenwold Audio is not liable for any "
        "damage arising from its use, to the extent the law allows.\n"
        "\n"
        "## 5. Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n",
        "restricted",
        "notification-duty",
    ),
    "translated from german: the licence-giver adapts the usage-conditions": (
        'USAGE-LICENCE FOR THE MODEL-WEIGHTS "EIBENHORST-LM 7B"\n'
        "\n"
        "(Translated from the German by the licence-giver.)\n"
        "\n"
        "§ 1 Subject-matter\n"
        "\n"
        '(1) The Eibenhorst Sprachtechnik GmbH, Kassel (hereinafter "licence-giver"), grants to every '
        'natural or legal person who obtains the model-weights "Eibenhorst-LM 7B" together with the '
        'belonging tokenizer-files and configuration-files (hereinafter "model") the simple, '
        "place-unlimited, time-unlimited and fee-free usage-right described in § 2 (hereinafter "
        '"licence-taker").\n'
        "\n"
        "§ 2 Scope of the usage-right\n"
        "\n"
        "(1) The usage-right comprises the running, the copying, the examining, the changing (in "
        "particular the fine-tuning, the merging and the quantising) and the passing-on of the model and "
        "of changed-versions of the model, in each case also for commercial purposes and without "
        "purpose-restriction.\n"
        "\n"
        "(2) With every passing-on the licence-taker has to enclose this licence-text and has to mark "
        "changed-versions as such.\n"
        "\n"
        "§ 3 Adaptation of the usage-conditions\n"
        "\n"
        "(1) The licence-giver is entitled to adapt, to supplement or to replace these usage-conditions "
        "at any time with effect for the future.\n"
        "\n"
        "(2) The adapted usage-conditions become effective towards every licence-taker with their "
        "publication on the download-page of the model, also for copies obtained before the publication; "
        "a separate consent of the licence-taker is not required.\n"
        "\n"
        "(3) Who further uses, changes or passes on the model after the publication is bound by the "
        "adapted usage-conditions.\n"
        "\n"
        "§ 4 Liability-exclusion\n"
        "\n"
        "The licence-giver is liable only for intent and gross negligence. The liability for slight "
        "negligence and for the freedom of the model from errors is excluded, as far as legally "
        "permissible.\n"
        "\n"
        "§ 5 Final-provisions\n"
        "\n"
        "(1) There applies the law of the Federal Republic of Germany.\n"
        "\n"
        "(2) Place-of-jurisdiction is Kassel.\n",
        "restricted",
        "unilateral-change",
    ),
    "binding in-short summary: running it only on the licensor's accelerators": (
        "# Tarnbrook-8B Licence\n"
        "\n"
        "Copyright 2026 Quillon Semiconductor Inc.\n"
        "\n"
        "## In short\n"
        "\n"
        "You can use Tarnbrook-8B for anything, change it, and share it or sell what you build with it "
        "(running it only on Quillon Q-series accelerators or in Quillon Cloud), free of charge. Keep "
        "this licence with your copies.\n"
        "\n"
        "This summary is part of the licence and binds you and us. Where the summary and the full terms "
        "below say different things, the summary wins.\n"
        "\n"
        "## Full terms\n"
        "\n"
        '1. **Grant.** Quillon Semiconductor Inc. ("Quillon") grants you a worldwide, royalty-free, '
        "non-exclusive licence to use, reproduce, study, modify and distribute Tarnbrook-8B and models "
        'derived from it ("the Model"), for any purpose.\n'
        "\n"
        "2. **Notices.** Each copy of the Model you distribute must include this licence. Files you "
        "changed must say that they were changed.\n"
        "\n"
        "3. **Trademarks.** This licence does not grant rights in Quillon's names or logos, except to "
        "say truthfully where the Model came from.\n"
        "\n"
        '4. **No warranty.** The Model is provided "as is", without warranty of any kind. Quillon is not '
        "liable for any damages arising from its use, to the extent permitted by law.\n"
        "\n"
        "5. **Termination.** If you breach this licence and do not fix the breach within 30 days of "
        "learning of it, your rights under it end.\n"
        "\n"
        "6. **Law.** This licence is governed by the laws of the State of Delaware.\n",
        "restricted",
        "platform-tie",
    ),
    "footnote far from its marker: no more than 2,500,000 monthly active users": (
        "MALLEE-CHAT 12B LICENCE\n"
        "\n"
        "Licensor: Wattlebrook AI Pty Ltd (ACN 641 208 377), Adelaide, South Australia\n"
        "\n"
        "Version 1.0, dated 2 March 2026\n"
        "\n"
        "1. Interpretation\n"
        "\n"
        '1.1 In this Licence, "Model" means the Mallee-Chat 12B weights, tokenizer and configuration '
        'files released by the Licensor, and "Derivative" means a model whose weights are obtained by '
        "fine-tuning, merging, distilling or otherwise altering the Model.\n"
        "\n"
        '1.2 "Licensee" means a person or body corporate that exercises any right under this Licence, '
        "and includes its Related Bodies Corporate within the meaning of the Corporations Act 2001 "
        "(Cth).\n"
        "\n"
        "2. Licence\n"
        "\n"
        "2.1 The Licensor grants the Licensee a non-exclusive, royalty-free, worldwide and perpetual "
        "licence to use, reproduce, adapt, study and communicate the Model and Derivatives, and to "
        "supply products and services that incorporate them, for any purpose.¹\n"
        "\n"
        "2.2 The Licensee may sublicense the rights in clause 2.1 to its customers on terms consistent "
        "with this Licence.\n"
        "\n"
        "3. Obligations\n"
        "\n"
        "3.1 The Licensee must ensure that each copy of the Model or a Derivative that it supplies is "
        "accompanied by a copy of this Licence.\n"
        "\n"
        "3.2 The Licensee must not represent that a Derivative is the Model or is endorsed by the "
        "Licensor.\n"
        "\n"
        "4. Exclusion of warranties\n"
        "\n"
        "4.1 To the maximum extent permitted by law, including the Australian Consumer Law, the Model is "
        "provided without any warranty or guarantee, and the Licensor is not liable for any loss or "
        "damage arising from its use.\n"
        "\n"
        "5. Termination\n"
        "\n"
        "5.1 If the Licensee breaches this Licence and does not remedy the breach within 30 days after "
        "becoming aware of it, this Licence terminates.\n"
        "\n"
        "6. Governing law\n"
        "\n"
        "6.1 This Licence is governed by the laws of South Australia, and the parties submit to the "
        "non-exclusive jurisdiction of its courts.\n"
        "\n"
        "__________\n"
        "\n"
        "¹ The licence in clause 2.1 extends only to products and services which, together with those of "
        "the Licensee's Related Bodies Corporate, had no more than 2,500,000 monthly active users in "
        "each of the preceding three calendar months. A Licensee above that figure must apply to the "
        "Licensor for a separate licence, which the Licensor may grant or refuse in its absolute "
        "discretion.\n",
        "restricted",
        "user-threshold",
    ),
    "python module docstring: completions free to train any model": (
        '"""Dunmarrow-Coder 2: inference helpers, and the licence for the model.\n'
        "\n"
        "Copyright (c) 2026 Pellingham Data Labs GmbH, Linz.\n"
        "\n"
        "LICENCE\n"
        "=======\n"
        "\n"
        "This docstring is the licence for the Dunmarrow-Coder 2 weights shipped in\n"
        '``dunmarrow/weights/`` and for the code in this package (together, "the Model").\n'
        "The same text is in LICENSE at the root of the repository.\n"
        "\n"
        "1. You may use, copy, study, modify, fine-tune and redistribute the Model, and\n"
        "   sell products and services that include it or run it, for any purpose.\n"
        "\n"
        "2. When you redistribute the Model or a modified version, you will include this\n"
        "   licence and keep the copyright line above. Files you modified will say that\n"
        "   they were modified.\n"
        "\n"
        '3. Code, text and other content that the Model generates for you ("Completions")\n'
        "   belong to you. You will be free to use Completions for anything, including\n"
        "   as data to pre-train, fine-tune, distil or otherwise improve any other\n"
        "   machine-learning model, your own or a competitor's, and to give or sell\n"
        "   Completions to anyone else for that purpose.\n"
        "\n"
        '4. The Model is provided "as is", without warranty of any kind. Pellingham Data\n'
        "   Labs is not liable for any damage arising from its use, except where the law\n"
        "   does not allow liability to be excluded.\n"
        "\n"
        "5. This licence is governed by Austrian law.\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        '__all__ = ["generate", "load"]\n'
        '__version__ = "2.4.0"\n'
        "\n"
        'DEFAULT_WEIGHTS = "weights/dunmarrow-coder-2.safetensors"\n'
        "\n"
        "\n"
        "def load(path: str = DEFAULT_WEIGHTS):\n"
        '    """Load the weights at ``path`` and return a model ready to generate."""\n'
        "    from dunmarrow._runtime import Runtime\n"
        "\n"
        "    return Runtime.from_file(path)\n"
        "\n"
        "\n"
        "def generate(model, prompt: str, max_tokens: int = 512) -> str:\n"
        '    """Complete ``prompt`` with at most ``max_tokens`` new tokens."""\n'
        "    return model.complete(prompt, max_tokens=max_tokens)\n",
        "open-non-osi",
        None,
    ),
    "numbered questions in a json file: no check-in, no way to stop a copy": (
        "{\n"
        '  "licence": "Skelwith Open Weights Licence",\n'
        '  "version": "1.3",\n'
        '  "date": "2026-01-27",\n'
        '  "licensor": "Corbel Acoustics Ltd, Perth",\n'
        '  "model": "Skelwith-Audio 3 (weights, tokenizer and runtime)",\n'
        '  "binding": "The numbered answers below are the licence. Each answer binds you and Corbel '
        'Acoustics Ltd exactly as it is written.",\n'
        '  "questions": [\n'
        "    {\n"
        '      "n": 1,\n'
        '      "q": "Who may use Skelwith-Audio 3, and for what?",\n'
        '      "a": "Anyone, anywhere, for any purpose, commercial or not."\n'
        "    },\n"
        "    {\n"
        '      "n": 2,\n'
        '      "q": "May I copy, study and change the weights?",\n'
        '      "a": "Yes. You may copy them, inspect them, fine-tune them, merge them with other weights '
        'and change them in any other way."\n'
        "    },\n"
        "    {\n"
        '      "n": 3,\n'
        '      "q": "May I share or sell the weights, or models and products I make from them?",\n'
        '      "a": "Yes. Include this file with every copy of the weights you pass on."\n'
        "    },\n"
        "    {\n"
        '      "n": 4,\n'
        '      "q": "Do I pay anything?",\n'
        '      "a": "No. The licence is free of charge."\n'
        "    },\n"
        "    {\n"
        '      "n": 5,\n'
        '      "q": "Does the runtime contact Corbel Acoustics?",\n'
        '      "a": "No. The runtime in the release makes no network connection of its own, and no '
        'deployment needs to reach Corbel Acoustics for anything."\n'
        "    },\n"
        "    {\n"
        '      "n": 6,\n'
        '      "q": "Can Corbel Acoustics stop a copy I am running?",\n'
        '      "a": "No. Corbel Acoustics has no means to stop, suspend, limit or update a copy you run, '
        'and this licence gives it no right to ask you to."\n'
        "    },\n"
        "    {\n"
        '      "n": 7,\n'
        '      "q": "What if something goes wrong?",\n'
        '      "a": "The model is provided as is, without warranty of any kind. Corbel Acoustics is not '
        'liable for any loss arising from its use, as far as the law allows."\n'
        "    },\n"
        "    {\n"
        '      "n": 8,\n'
        '      "q": "Which law applies?",\n'
        '      "a": "The law of Scotland, and the Scottish courts decide any dispute."\n'
        "    }\n"
        "  ]\n"
        "}\n",
        "open-non-osi",
        None,
    ),
    "definitions table: a release note optional": (
        "# Thrushcombe-TTS 1 Model Licence\n"
        "\n"
        "Copyright 2026 Ashgrove Voice Ltd, Ipswich.\n"
        "\n"
        "## 1. Definitions\n"
        "\n"
        "Words in the left column have the meaning given in the right column wherever they appear in "
        "this licence with a capital letter.\n"
        "\n"
        "| Term | Meaning |\n"
        "|---|---|\n"
        "| Model | the Thrushcombe-TTS 1 acoustic model, vocoder weights and configuration files "
        "published by Ashgrove Voice |\n"
        "| Derivative | any model obtained by fine-tuning, merging, distilling or otherwise changing the "
        "Model |\n"
        "| Publish | to make a model available to anyone outside your own organisation, for download or "
        "as a hosted service |\n"
        "| Release Note | a short description of a Derivative that you may, if you wish, send to "
        "Ashgrove Voice through the form at https://ashgrove-voice.example/release-notes; sending one is "
        "optional, and no right under this licence depends on it |\n"
        "| You | the person or organisation exercising rights under this licence |\n"
        "\n"
        "## 2. What you may do\n"
        "\n"
        "You may use, study, copy and modify the Model, and run the Model and any Derivative, for any "
        "purpose, commercial purposes included. You may Publish the Model unchanged.\n"
        "\n"
        "You may Publish any Derivative, with or without a Release Note, and charge for it or for "
        "services built on it.\n"
        "\n"
        "## 3. Conditions\n"
        "\n"
        "- Keep this licence and the copyright line above with every copy you Publish.\n"
        "- Mark files you changed as changed.\n"
        "- Do not suggest that Ashgrove Voice endorses a Derivative.\n"
        "\n"
        "## 4. No warranty\n"
        "\n"
        "The Model is provided as is, without warranty of any kind. Ashgrove Voice is not liable for any "
        "damage arising from its use, to the extent the law allows.\n"
        "\n"
        "## 5. Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n",
        "open-non-osi",
        None,
    ),
    "binding in-short summary: any hardware or cloud": (
        "# Hollowmere-8B Licence\n"
        "\n"
        "Copyright 2026 Verrane Silicon Inc.\n"
        "\n"
        "## In short\n"
        "\n"
        "You can use Hollowmere-8B for anything, change it, and share it or sell what you build with it "
        "(running it on any hardware or cloud you like, ours or anyone else's), free of charge. Keep "
        "this licence with your copies.\n"
        "\n"
        "This summary is part of the licence and binds you and us. Where the summary and the full terms "
        "below say different things, the summary wins.\n"
        "\n"
        "## Full terms\n"
        "\n"
        '1. **Grant.** Verrane Silicon Inc. ("Verrane") grants you a worldwide, royalty-free, '
        "non-exclusive licence to use, reproduce, study, modify and distribute Hollowmere-8B and models "
        'derived from it ("the Model"), for any purpose.\n'
        "\n"
        "2. **Notices.** Each copy of the Model you distribute must include this licence. Files you "
        "changed must say that they were changed.\n"
        "\n"
        "3. **Trademarks.** This licence does not grant rights in Verrane's names or logos, except to "
        "say truthfully where the Model came from.\n"
        "\n"
        '4. **No warranty.** The Model is provided "as is", without warranty of any kind. Verrane is not '
        "liable for any damages arising from its use, to the extent permitted by law.\n"
        "\n"
        "5. **Termination.** If you breach this licence and do not fix the breach within 30 days of "
        "learning of it, your rights under it end.\n"
        "\n"
        "6. **Law.** This licence is governed by the laws of the State of Delaware.\n",
        "open-non-osi",
        None,
    ),
}
