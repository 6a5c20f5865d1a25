# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 63: twelve model licences that license several artifacts of one release on different terms. A release is
more than its weights: inference code, training code and recipes, a training corpus, an evaluation set, a tokenizer,
documentation, the outputs, a hosted demo, and vendors often write one document that gives each artifact its own terms
("The Model Weights are licensed under ...; the Code is licensed under ...; the Dataset ..."), as a table of artifacts
with their licences, an article or a schedule per artifact, definitions that route each artifact to its terms, a licence
by folder in a repository's README, or a sentence that extends one artifact's terms to another. What a model licence is
judged on is the terms on the WEIGHTS: a limit on another artifact alone (a non-commercial evaluation set, a corpus that
may not be passed on, a hosted demo's rules) leaves the weights' licence as open as its own terms, unless the text makes
that limit bind the weights too (the corpus's terms applied to the weights "in the same way", the weights licensed "only
together with" a tokenizer confined to the vendor's devices). Eight take something away from the weights, each expecting
a different blocking type of the README's clause-type table: non-commercial, research-only, user-threshold,
use-restrictions, no-redistribution, platform-tie, output-training-ban and no-modification. Four are open controls, each
a near miss of one of the restricted texts with the same layout: the limit moved to another artifact that the text keeps
it on (the evaluation set's row of the table, the hosted Playground), the sentence that carried one artifact's terms to
the weights turned to say they do not apply, or the carried terms reduced to a notice. Each expectation is decided from
the README's definitions (the verdict table: `non-commercial` "commercial use is not allowed", `research-only` "only
research or evaluation use is allowed (beats non-commercial, which beats restricted)", `restricted` "commercial use is
allowed, but at least one clause below blocks open source", `open-non-osi` "open terms with no blocking clause, but not
OSI-approved"; the clause-type table; round 44's rule that a licence every line of which assigns it to the code, the
documentation or the data takes nothing from the weights) and the frameworks' rules (OSAID's freedoms to use the system
for any purpose without having to ask for permission, to study how it works, to modify it for any purpose and to share
it with or without modifications, for any purpose, the weights being the parameters whose licence OSAID asks to grant
those freedoms; the Open Source Definition's free redistribution (1), derived works (3), integrity of the author's
source code, which allows changes to be marked (4), no discrimination against persons or groups (5) or fields of
endeavour (6), a licence not specific to a product (8) and technology-neutral (10); the G7 labels, Weights Available
being the label for "commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking
clause, Recital 102 keeping it for a licence that asks only for credit and comparable distribution terms), never from
what opengauge reads. Every name, company, product, registration number, URL and figure is invented (the governing laws
are real; the domains end in `.example`; the catalog licences MIT, Apache 2.0, BSD 3-Clause, CC BY 4.0 and CC BY-NC 4.0
are named for the artifacts other than the weights, as vendors name them, never copied). No weights are under a catalog
licence, so an open text is `open-non-osi`.

- "artifact table: the weights row non-commercial, the code and data rows open": the Skelwith-9B Release Licence of a
  Leeds company, in Markdown, whose table "What is licensed, and how" has a row per artifact (weights, tokenizer and
  configuration "As the model weights", inference and fine-tuning code "MIT", the SkelEval-2k evaluation set and the
  documentation "CC BY 4.0") and a column "In short", the weights' cell "Non-commercial use only"; Part A grants use,
  copying, study, modification and sharing of the weights, tokenizer and configuration "for Non-Commercial Purposes
  only", defines them (personal projects, hobby use, teaching, academic and non-profit research) and says that use in a
  product sold, licensed for a fee or supported by advertising, or in a business's operations, "is commercial use and is
  not licensed by this Part"; Part B puts code, evaluation set and documentation under MIT and CC BY 4.0, which "Nothing
  in Part A limits" (non-commercial, non-commercial: the README's "you may not use it to make money", on the weights'
  own row and Part; the open rows are other artifacts; OSAID's use "for any purpose", the Open Source Definition's (6);
  hobby and personal use are allowed besides research, so not research-only).
- "an article per artifact: the weights for research only, the code under Apache": the Corrie-R 34B Release License
  Agreement of a Delaware corporation, in articles: Article 1 defines the Release Materials, the Model Weights, the
  Inference Code, the Training Recipes, the Documentation and a "Research Purpose" (non-commercial scientific research,
  evaluation, benchmarking and analysis, by an academic institution, a non-profit or an individual researcher, for
  publication); Article 2 licenses the inference code and training recipes under the Apache License 2.0 "for any
  purpose"; Article 3 grants the Model Weights "solely for Research Purposes", forbids their use in any production
  system, any product or service for third parties, any commercial purpose or any other purpose, and lets them be
  distributed only to people who will use them for research; Article 4 puts the documentation under CC BY 4.0
  (research-only, research-only: the README's "only research, evaluation or other non-production use", which beats
  non-commercial; the Apache-licensed code is another artifact and lifts nothing from Article 3; OSAID's use for any
  purpose, the Open Source Definition's (6); the G7 labels' "usecase restrictions").
- "schedules per artifact: a user cap in the weights' schedule": the Hollinshead Release Licence of a Manchester plc, in
  English deed form ("BETWEEN ... AND ..."), whose body licenses "Each of the Licensed Materials ... on the terms of the
  Schedule that applies to it", the Schedules prevailing for their materials; Schedule 1 lists the Weights (Hollin-70B
  checkpoints, tokenizer, configuration), the Code (data-processing, training, evaluation and serving code) and the
  Dataset (Hollin-SFT-400k); Schedule 2 grants the weights "for any purpose, including commercial purposes", asks for
  the licence with copies, and paragraph 3: when the products and services of the licensee and its affiliates that use
  the weights "had more than 5,000,000 Monthly Active Users in the preceding calendar month, the licence in paragraph 1
  of this Schedule shall cease to apply to the Licensee", who "shall request a licence from Hollinshead, which
  Hollinshead may grant or refuse at its discretion", Monthly Active Users being defined in the body; Schedule 3 puts
  the Code under MIT, Schedule 4 lets the Dataset be used for any purpose with credit (restricted, user-threshold: the
  README's "above a number of users you lose the rights or need another license"; the definition in the body and the cap
  in the schedule join; OSAID's use "without having to ask for permission", the Open Source Definition's (5); below the
  cap commercial use is free).
- "definitions route each artifact: prohibited fields for the weights alone": the Quenby-Vision 7B License of a
  Washington company, a copyright line and six numbered sections: its definitions split the Release into "Open
  Components" (source code, documentation, notebooks) and "Model Weights" ("every part of the Release that is not an
  Open Component", models derived from them included), and define five "Prohibited Field"s (diagnosis or triage of
  patients, eligibility for credit, insurance or housing, screening of job candidates, biometric identification in
  public places, weapons); section 2 gives the Open Components an MIT-style grant; section 3 grants the Model Weights
  "including for commercial purposes, except in a Prohibited Field. You may not use the Model Weights in any Prohibited
  Field", nor make them available to anyone known to intend such use; section 4 passes section 3 to recipients
  (restricted, use-restrictions: the README's "purposes or fields you may not use the model for"; the fields are named
  only in a definition, reached through the weights' section; the Open Source Definition's no discrimination against
  fields of endeavour (6), OSAID's use "for any purpose"; the G7 labels' "usecase restrictions"; commercial use is
  allowed. A restrictions-flow-down clause may be read beside it).
- "the corpus's terms extended to the weights: no copies passed on": the licence of an Irish data company for the
  Ebberston Newswire Corpus and Ebber-13B, in plain numbered prose: the corpus may be used, analysed, modified and
  trained on "for any purpose, including commercial purposes", but "You may not distribute, publish, sublicense, sell,
  upload or otherwise make copies of the Corpus, or of any part of it, available to anyone else", the publishers'
  agreements being the reason; section 2.1 grants use, study, modification and fine-tuning of the weights for any
  purpose, commercial included, and 2.2: "The Weights were trained on the Corpus and contain information derived from
  it. For that reason, section 1 applies to the Weights, and to any model you derive from them, in the same way as it
  applies to the Corpus."; the inference scripts are Apache 2.0 and the citation "a request, not a condition"
  (restricted, no-redistribution: the README's "you may not pass the model on", reached by a sentence that extends the
  corpus's terms to the weights; OSAID's freedom to share "with or without modifications", the Open Source Definition's
  free redistribution (1) and derived works (3); use and modification stay free, commercial use included).
- "weights licensed only with a tokenizer that runs only on the vendor's devices": the Halvard-Nano 3B Model and
  Tokenizer License of a Swedish company, with § sections: three components listed (weights, the Halvard-SP tokenizer,
  the examples); § 1 grants the weights "for any purpose, including commercial purposes, free of charge"; § 2 puts the
  examples under BSD 3-Clause; § 3 lets the tokenizer be used "only on Halvard Edge devices and on Halvard Cloud
  instances", not on "any other hardware, device or service"; § 4: "The Weights are licensed for use only together with
  the Tokenizer, and § 3 applies to every use of the Weights, and of any model derived from them, as it applies to the
  Tokenizer." (restricted, platform-tie: the README's "use only with (or on) a named vendor's hardware, devices or
  services", the tie reaching the weights through § 4; the Open Source Definition's licence not specific to a product
  (8) and technology-neutral (10); OSAID's use for any purpose; commercial use allowed).
- "a section per artifact in plain words: the outputs may not train other models": the Brantwood-Chat 8B terms of a US
  company in chatty Markdown, covering "four things, each on its own terms": the weights (use, copy, study, change,
  fine-tune and share "for any purpose, including commercial ones. You don't need to pay us or ask us"), the code (MIT),
  the outputs ("you can use it for anything, commercial uses included, with one exception: you can't use the outputs, or
  any dataset made from them, to train, fine-tune, distil or otherwise improve any AI model other than Brantwood-Chat 8B
  and models made from it", however the outputs were produced, "whether with the weights you downloaded or in the
  Playground"), and the hosted Playground (50 messages a day, no bots, may be changed or switched off) (restricted,
  output-training-ban: the README's "the model or its outputs may not train or improve other models": the outputs are
  what running the weights makes, so their section limits the use of the weights, which the text says in so many words;
  OSAID's use and modification for any purpose, the Open Source Definition's (6). The Playground's rules are the hosted
  service's, and bind nothing downloaded).
- "licence by folder in a readme: the weights folder exactly as published": a repository README for Ravensworth-TTS 1B,
  a Welsh-and-English speech model (quick start, a table of folders, a BibTeX citation), whose "Licensing" section says
  "The folder a file is in decides its licence": `src/` and `scripts/` (training code included) MIT, `docs/` CC BY 4.0,
  `voices/` all rights reserved (reference recordings that "you may not redistribute"), and `weights/` under the
  "Ravensworth Weights Licence" set out below it: use, inspection, copying and redistribution "for any purpose,
  including in commercial products and services", then "This licence covers the files exactly as we publish them. You
  may not modify, fine-tune, quantise, prune, merge or otherwise alter the weights, and you may not distribute any model
  derived from them." (restricted, no-modification: the README's "you may not modify it or make derivatives"; the MIT
  code that may be changed is another folder; OSAID's freedom to modify, the Open Source Definition's derived works (3);
  changes are banned outright, not only passed off as the original, so not the unchanged-original of (4). A
  no-redistribution read from the `voices/` line would be a reading of another artifact's term; it does not change the
  verdict).
- "artifact table: only the evaluation set's row non-commercial" (control of the first): the Tarnbeck-9B Release
  Licence, the same table and Parts; the weights' row reads "Any use", the evaluation set's "CC BY-NC 4.0" /
  "Non-commercial use only"; Part A grants the weights "for any purpose, including commercial purposes", says commercial
  use in products and business operations needs no separate licence, and asks for the document and notice with copies
  and modified versions marked; Part B gives the evaluation set CC BY-NC 4.0 "because its questions were licensed to us
  by their authors for non-commercial use. The Model was not trained on the evaluation set, and the evaluation set's
  licence does not apply to the Model." (open-non-osi: every freedom in the weights' terms; the non-commercial licence
  is the evaluation set's, an artifact the weights neither contain nor derive from, as the text says; the notices and a
  note of changes are the Open Source Definition's (4) and Recital 102's credit).
- "the corpus's terms kept off the weights: weights shared freely" (control of the fifth): the Wrelton Newswire Corpus
  and Wrel-13B licence, the same sections; the corpus still may not be passed on; 2.1 grants use, study, modification,
  fine-tuning and sharing of the weights and derived models "for any purpose, including commercial purposes", with the
  licence in copies shared, and 2.2 reads "The Weights were trained on the Corpus, but they are not a copy of it.
  Section 1 applies to the Corpus only: it does not apply to the Weights or to any model you derive from them."
  (open-non-osi: the weights' own terms grant every freedom; the corpus's no-sharing term stays on the corpus, as the
  text says; OSAID asks for data information, not for the data to be shared under an open licence; the licence kept with
  copies is attribution).
- "weights with a tokenizer whose only term is its notice" (control of the sixth): the Sorrell-Nano 3B Model and
  Tokenizer License, the same components and § sections; § 3 lets the tokenizer be used, copied, modified and
  distributed "on any hardware, device or service, for any purpose" and asks for its TOKENIZER-NOTICE file with copies;
  § 4 "The Weights are designed to be used with the Tokenizer, and § 3 applies to every copy of the Weights, and of any
  model derived from them, that you distribute together with the Tokenizer, as it applies to the Tokenizer."
  (open-non-osi: the sentence that carries one artifact's terms to the weights carries only a notice, the attribution
  the Open Source Definition (4) and Recital 102 allow; every freedom granted in § 1, free of charge).
- "a section per artifact in plain words: only the playground forbids training" (control of the seventh): the
  Glaisdale-Chat 8B terms, the same chatty sections; the outputs section reads "You own what you generate with the
  weights, and you can use it for anything, commercial uses included, and that includes training, fine-tuning or
  distilling other AI models, ours or anyone else's."; the Playground's section adds "You can't use the Playground, or
  the text it generates, to train or improve an AI model that competes with Glaisdale's hosted services ... These
  Playground rules apply to the Playground only: they don't apply to the weights you download or to what you generate
  with them." (open-non-osi: the weights and what they generate are free for any purpose, training other models
  included; the ban is a hosted service's term of use, kept on the service by the text itself, and the weights' licence,
  which OSAID and the Open Source Definition judge, grants every freedom; the terms kept with copies are attribution).

Written blind, before any rule changed. First run (on commit 403d6b6): 8 of 12 right. Right: the artifact table
(non-commercial, from the weights' row of the table, line 11, "Model weights ... Non-commercial use only", from Part A's
grant, line 21, and from "is commercial use and is not licensed by this Part", line 23); the article per artifact
(research-only, from 3.1's grant "solely for Research Purposes", line 30, and 3.2's limitations, line 32); the schedules
(restricted, user-threshold from Schedule 2 paragraph 3, line 47; attribution from paragraph 2, line 45); the corpus's
terms extended to the weights (restricted, but only from the corpus's own sentence, no-redistribution at line 15, "You
may not distribute ... copies of the Corpus ..."; share "not-stated" for the weights: nothing shows that 2.2, which
carries section 1 to the weights, was read, and the fifth control below reads blocked from the same line); the tokenizer
tie (restricted, platform-tie from the tokenizer's own 3.1, line 16, "You may use the Tokenizer only on Halvard Edge
devices ...", not from § 4; attribution from § 5, line 24); the outputs section (restricted, output-training-ban from
line 22); the licence by folder (restricted, no-modification from line 36, with no-redistribution from the same line and
from the `voices/` folder's "you may not redistribute them", line 31, another artifact's term; the freedoms read use
from the code's "Use, change and ship the code however you like" (line 28) and study and modify as "granted" quoting the
ban of line 36); the control of the sixth, the tokenizer with only its notice (open-non-osi, attribution from § 5, line
24).

No text read more open than expected. Four missed, three of them controls read blocked by a limit the text keeps on
another artifact:
- "definitions route each artifact: prohibited fields for the weights alone" (expected restricted, use-restrictions):
  `unknown`, "the text states terms opengauge cannot classify (line 18: "Quenby grants You a perpetual, worldwide,
  royalty-free license to use, copy, study, modify and distribute the Model..." and 1 more)"; unclassified, both on line
  18: section 3's grant "... including for commercial purposes, except in a Prohibited Field." and "You may not use the
  Model Weights in any Prohibited Field, and You may not make the Model Weights available to any person whom You know,
  or have reason to believe, intends to use them in a Prohibited Field."; the fields listed in definition (d) were never
  joined to "Prohibited Field"; the only clause is attribution (section 4, line 20); all four freedoms read as granted
  from the Open Components' MIT-style grant (section 2, line 16), not from the weights' section 3.
- "artifact table: only the evaluation set's row non-commercial" (control of the first, expected open-non-osi):
  `non-commercial`, from the evaluation set's row of the table (line 14, "Evaluation set (TarnEval-2k) eval/ CC BY-NC
  4.0 Non-commercial use only") and from Part B's "The evaluation set is licensed under the Creative Commons
  Attribution-NonCommercial 4.0 International licence, because its questions were licensed to us by their authors for
  non-commercial use." (line 31); the next sentence, "The Model was not trained on the evaluation set, and the
  evaluation set's licence does not apply to the Model.", did not keep it off the weights; all four freedoms granted
  from Part A (line 21).
- "the corpus's terms kept off the weights: weights shared freely" (control of the fifth, expected open-non-osi):
  `restricted`, no-redistribution from the corpus's 1.2 (line 15, "You may not distribute, publish, sublicense, sell,
  upload or otherwise make copies of the Corpus, or of any part of it, available to anyone else."), although 2.2 says
  "Section 1 applies to the Corpus only: it does not apply to the Weights or to any model you derive from them."; share
  granted from 2.1 (line 19), use, study and modify from the corpus's 1.1 (line 13). Read with the fifth case, the
  corpus's sentence blocks whether the text extends it to the weights or keeps it off them.
- "a section per artifact in plain words: only the playground forbids training" (control of the seventh, expected
  open-non-osi): `restricted`, output-training-ban from the Playground's section (line 26, "You can't use the
  Playground, or the text it generates, to train or improve an AI model that competes with Glaisdale's hosted services,
  and we may change the Playground or switch it off at any time."), although the next sentence says "These Playground
  rules apply to the Playground only: they don't apply to the weights you download or to what you generate with them.";
  all four freedoms granted from the weights' section (line 14).

What changed (session of 2026-12-07), each for its general cause, with near misses in
`tests/licenses/test_round63_rules.py`: when a sentence keeps some terms off the weights ("Section 1 applies to the
Corpus only: it does not apply to the Weights", "the evaluation set's licence does not apply to the Model", "those
rules don't apply to the weights you download"), the artifacts it names, or its paragraph names, are set aside: every
sentence that names one of them and not the weights states that artifact's terms, not the weights'
(`disowned._kept_off`; "don't" and "the model" now also disown); a use refused in a field the text names as
prohibited ("in any Prohibited Field", "for any of the Restricted Uses in Attachment A") is a use restriction, but
not the restricted uses of a separate policy (a use policy by reference). 12 of 12 now; corpus 64 of 64, ScanCode DB
0 of 2,086 moved.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "artifact table: the weights row non-commercial, the code and data rows open": (
        "# Skelwith-9B Release Licence\n"
        "\n"
        "Version 1.0 · 3 March 2026 · Skelwith Labs Ltd (registered in England and Wales, no. 15520871)\n"
        "\n"
        'This document sets out the terms on which Skelwith Labs Ltd ("Skelwith", "we") makes the Skelwith-9B release available. The release is made of several artifacts, and each is licensed on its own terms, as the table below shows. By downloading or using an artifact you accept the terms the table gives for it.\n'
        "\n"
        "## 1. What is licensed, and how\n"
        "\n"
        "| Artifact | Where to find it | Licence | In short |\n"
        "|---|---|---|---|\n"
        "| Model weights | `skelwith-9b/*.safetensors` | Part A of this document | Non-commercial use only |\n"
        "| Tokenizer and configuration files | `skelwith-9b/tokenizer.json`, `skelwith-9b/config.json` | Part A of this document | As the model weights |\n"
        "| Inference and fine-tuning code | https://code.skelwith.example/skelwith-9b | MIT | Any use |\n"
        "| Evaluation set (SkelEval-2k) | `eval/` | CC BY 4.0 | Any use, with credit |\n"
        "| Model card and documentation | `docs/` | CC BY 4.0 | Any use, with credit |\n"
        "\n"
        "Where this table and a Part disagree, the Part governs.\n"
        "\n"
        '## Part A: Model weights, tokenizer and configuration files (the "Model")\n'
        "\n"
        "**A.1 Grant.** Skelwith grants you a worldwide, royalty-free, non-exclusive licence to use, copy, study, modify and share the Model and models you derive from it, for Non-Commercial Purposes only.\n"
        "\n"
        "**A.2 Non-Commercial Purposes** means personal projects, hobby use, teaching, academic and non-profit research, and any other use that is not primarily intended for commercial advantage or monetary compensation. Using the Model or a model derived from it in a product or service that is sold, licensed for a fee or supported by advertising, or in the operations of a business, is commercial use and is not licensed by this Part. Commercial licences are available from licensing@skelwith.example.\n"
        "\n"
        "**A.3 Sharing.** You may share the Model and models derived from it with others, provided that you include this document, keep Skelwith's copyright notice, and pass them on for Non-Commercial Purposes only.\n"
        "\n"
        "**A.4 Changes.** If you share a modified version, say that you changed it.\n"
        "\n"
        "## Part B: Code, evaluation set and documentation\n"
        "\n"
        "The inference and fine-tuning code is licensed under the MIT License, whose text is in the `LICENSE-CODE` file of the code repository. The evaluation set and the documentation are licensed under the Creative Commons Attribution 4.0 International licence. Nothing in Part A limits what you may do with them.\n"
        "\n"
        "## Part C: General\n"
        "\n"
        'The artifacts are provided "as is", without warranty of any kind. To the extent permitted by law, Skelwith is not liable for any loss arising from their use. These terms are governed by the laws of England and Wales.\n',
        "non-commercial",
        "non-commercial",
    ),
    "an article per artifact: the weights for research only, the code under Apache": (
        "CORRIEMOOR INTELLIGENCE, INC.\n"
        "CORRIE-R 34B RELEASE LICENSE AGREEMENT\n"
        "\n"
        "Effective Date: January 15, 2026\n"
        "\n"
        'This Release License Agreement (the "Agreement") is entered into by and between Corriemoor Intelligence, Inc., a Delaware corporation ("Corriemoor"), and the individual or legal entity that accesses or uses any of the Release Materials (the "Licensee").\n'
        "\n"
        "ARTICLE 1. DEFINITIONS\n"
        "\n"
        '1.1 "Release Materials" means, collectively, the Model Weights, the Inference Code, the Training Recipes and the Documentation, each as made available by Corriemoor at https://corriemoor.example/corrie-r.\n'
        "\n"
        '1.2 "Model Weights" means the trained parameters of the Corrie-R 34B model, in any format, together with any checkpoint, quantization or other copy thereof.\n'
        "\n"
        '1.3 "Inference Code" means the software source code for loading and running the Model Weights published in the corriemoor/corrie-r-inference repository.\n'
        "\n"
        '1.4 "Training Recipes" means the configuration files, scripts and hyperparameter settings used by Corriemoor to train the Model Weights.\n'
        "\n"
        '1.5 "Documentation" means the model card, the technical report and the usage guides.\n'
        "\n"
        '1.6 "Research Purpose" means non-commercial scientific research, including the evaluation, benchmarking, analysis and interpretation of the Model Weights, conducted by or on behalf of an academic institution, a non-profit research organization or an individual researcher, the results of which are intended for publication.\n'
        "\n"
        '1.7 "Derivative" means any modification of the Model Weights, and any model fine-tuned, distilled or otherwise derived from the Model Weights.\n'
        "\n"
        "ARTICLE 2. INFERENCE CODE AND TRAINING RECIPES\n"
        "\n"
        "2.1 The Inference Code and the Training Recipes are licensed under the Apache License, Version 2.0. The Licensee may use, reproduce, modify and distribute them for any purpose in accordance with that license.\n"
        "\n"
        "ARTICLE 3. MODEL WEIGHTS\n"
        "\n"
        "3.1 Grant. Subject to the terms of this Agreement, Corriemoor hereby grants to the Licensee a non-exclusive, worldwide, royalty-free license to use, reproduce, study and modify the Model Weights and to create Derivatives, solely for Research Purposes.\n"
        "\n"
        "3.2 Limitations. The Licensee shall not use the Model Weights or any Derivative (a) in any production system or in any product or service made available to third parties, (b) for any commercial purpose, or (c) for any purpose other than a Research Purpose. Any other use of the Model Weights requires a separate written license from Corriemoor.\n"
        "\n"
        "3.3 Distribution. The Licensee may distribute the Model Weights and Derivatives only to persons who will use them for Research Purposes, under the terms of this Article 3, and accompanied by a copy of this Agreement.\n"
        "\n"
        "ARTICLE 4. DOCUMENTATION\n"
        "\n"
        "4.1 The Documentation is licensed under the Creative Commons Attribution 4.0 International License.\n"
        "\n"
        "ARTICLE 5. DISCLAIMER; LIMITATION OF LIABILITY\n"
        "\n"
        '5.1 THE RELEASE MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING ANY WARRANTY OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE OR NON-INFRINGEMENT.\n'
        "\n"
        "5.2 IN NO EVENT SHALL CORRIEMOOR BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF OR RELATING TO THE RELEASE MATERIALS OR THIS AGREEMENT.\n"
        "\n"
        "ARTICLE 6. GENERAL\n"
        "\n"
        "6.1 This Agreement shall be governed by and construed in accordance with the laws of the State of California, without regard to its conflict of laws provisions.\n"
        "\n"
        "6.2 If any provision of this Agreement is held to be unenforceable, the remaining provisions shall remain in full force and effect.\n",
        "research-only",
        "research-only",
    ),
    "schedules per artifact: a user cap in the weights' schedule": (
        "HOLLINSHEAD RELEASE LICENCE\n"
        "\n"
        "Dated 9 February 2026\n"
        "\n"
        'BETWEEN Hollinshead Analytics plc, a company registered in England under number 08813377 whose registered office is at 12 Wharf Row, Manchester M3 4LT ("Hollinshead"); AND the person or organisation that downloads or uses any of the Licensed Materials (the "Licensee").\n'
        "\n"
        "1. INTERPRETATION\n"
        "\n"
        '1.1 "Licensed Materials" means the materials listed in Schedule 1.\n'
        "\n"
        '1.2 "Weights" means the materials listed in Part 1 of Schedule 1; "Code" means the materials listed in Part 2 of Schedule 1; and "Dataset" means the materials listed in Part 3 of Schedule 1.\n'
        "\n"
        '1.3 "Affiliate" means any entity that controls, is controlled by or is under common control with the Licensee.\n'
        "\n"
        '1.4 "Monthly Active Users" means the number of distinct natural persons who used, directly or indirectly, a product or service of the Licensee or of its Affiliates that incorporates or relies on the Weights or a model derived from them, in a calendar month.\n'
        "\n"
        "2. LICENCES\n"
        "\n"
        "2.1 Each of the Licensed Materials is licensed to the Licensee on the terms of the Schedule that applies to it: the Weights on the terms of Schedule 2, the Code on the terms of Schedule 3 and the Dataset on the terms of Schedule 4.\n"
        "\n"
        "2.2 The Schedules form part of this Licence. If a Schedule conflicts with the body of this Licence, the Schedule prevails as regards the materials it covers.\n"
        "\n"
        "3. NO WARRANTY AND LIABILITY\n"
        "\n"
        '3.1 The Licensed Materials are provided "as is". Hollinshead gives no warranty, express or implied, as to their quality or fitness for any purpose.\n'
        "\n"
        "3.2 Nothing in this Licence limits liability for death or personal injury caused by negligence, or for fraud. Subject to that, Hollinshead shall have no liability to the Licensee arising out of this Licence or the Licensed Materials.\n"
        "\n"
        "4. GOVERNING LAW\n"
        "\n"
        "This Licence is governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.\n"
        "\n"
        "SCHEDULE 1: LICENSED MATERIALS\n"
        "\n"
        "Part 1 (Weights): the Hollin-70B and Hollin-70B-Instruct checkpoints in safetensors format, with their tokenizer and configuration files.\n"
        "\n"
        "Part 2 (Code): the data-processing, training, evaluation and serving code in the hollinshead/hollin repository.\n"
        "\n"
        "Part 3 (Dataset): the Hollin-SFT-400k instruction-tuning dataset.\n"
        "\n"
        "SCHEDULE 2: TERMS FOR THE WEIGHTS\n"
        "\n"
        "1. Hollinshead grants the Licensee a perpetual, worldwide, royalty-free, non-exclusive licence to use, reproduce, study, modify, fine-tune and distribute the Weights and models derived from them, for any purpose, including commercial purposes.\n"
        "\n"
        "2. Every copy of the Weights, or of a model derived from them, that the Licensee distributes shall be accompanied by a copy of this Licence.\n"
        "\n"
        "3. If, on any day, the products and services of the Licensee and its Affiliates that use the Weights or a model derived from them had more than 5,000,000 Monthly Active Users in the preceding calendar month, the licence in paragraph 1 of this Schedule shall cease to apply to the Licensee from that day, and the Licensee shall request a licence from Hollinshead, which Hollinshead may grant or refuse at its discretion.\n"
        "\n"
        "SCHEDULE 3: TERMS FOR THE CODE\n"
        "\n"
        "The Code is licensed under the MIT Licence, the text of which is in the LICENSE file at the root of the hollinshead/hollin repository.\n"
        "\n"
        "SCHEDULE 4: TERMS FOR THE DATASET\n"
        "\n"
        "The Licensee may use, copy, modify and share the Dataset for any purpose, provided that the Licensee credits Hollinshead as the source of the Dataset.\n",
        "restricted",
        "user-threshold",
    ),
    "definitions route each artifact: prohibited fields for the weights alone": (
        "QUENBY-VISION 7B LICENSE\n"
        "Copyright (c) 2026 Quenby Systems, Inc.\n"
        "\n"
        "1. Definitions.\n"
        "\n"
        '   (a) "Release" means everything Quenby Systems, Inc. ("Quenby") publishes under the name Quenby-Vision 7B.\n'
        "\n"
        '   (b) "Open Components" means the following parts of the Release: the preprocessing, inference and fine-tuning source code; the model card and other documentation; and the example notebooks.\n'
        "\n"
        '   (c) "Model Weights" means every part of the Release that is not an Open Component, namely the trained weights of the Quenby-Vision 7B image model and each of its checkpoints, and includes any model derived from them by fine-tuning, quantization, pruning, merging or otherwise.\n'
        "\n"
        '   (d) "Prohibited Field" means each of the following: (i) the diagnosis or triage of patients; (ii) decisions on a person\'s eligibility for credit, insurance or housing; (iii) the screening or ranking of candidates for employment; (iv) the biometric identification of persons in publicly accessible places; and (v) the design, targeting or operation of weapons.\n'
        "\n"
        '   (e) "You" means the individual or entity exercising rights under this License.\n'
        "\n"
        "2. Open Components. Quenby grants You a perpetual, worldwide, royalty-free, irrevocable license to use, copy, modify, merge, publish, distribute, sublicense and sell copies of the Open Components, provided that the copyright notice above and this License are included in all copies or substantial portions of them.\n"
        "\n"
        "3. Model Weights. Quenby grants You a perpetual, worldwide, royalty-free license to use, copy, study, modify and distribute the Model Weights, including for commercial purposes, except in a Prohibited Field. You may not use the Model Weights in any Prohibited Field, and You may not make the Model Weights available to any person whom You know, or have reason to believe, intends to use them in a Prohibited Field.\n"
        "\n"
        "4. Distribution of Model Weights. If You distribute the Model Weights, You must include a copy of this License and must require each recipient to comply with Section 3.\n"
        "\n"
        '5. No Warranty. THE RELEASE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED. IN NO EVENT SHALL QUENBY BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE RELEASE OR ITS USE.\n'
        "\n"
        "6. Governing Law. This License is governed by the laws of the State of Washington.\n",
        "restricted",
        "use-restrictions",
    ),
    "the corpus's terms extended to the weights: no copies passed on": (
        "Ebber-13B and the Ebberston Newswire Corpus: Licence\n"
        "\n"
        'Ebberston Data Co. DAC ("we", "us") publishes two things together:\n'
        "\n"
        'A. the Ebberston Newswire Corpus (the "Corpus"): 1.2 million news articles that we licensed from the member publishers of our wire service; and\n'
        "\n"
        'B. Ebber-13B (the "Weights"): a language model we trained on the Corpus, with its tokenizer and configuration files.\n'
        "\n"
        "The inference scripts in the `scripts/` folder are released under the Apache License 2.0 and are not covered by the rest of this licence.\n"
        "\n"
        "1. The Corpus\n"
        "\n"
        "1.1 You may use, read, search, annotate, analyse and modify the Corpus, and train models on it, for any purpose, including commercial purposes. You may offer products and services built with the Corpus.\n"
        "\n"
        "1.2 You may not distribute, publish, sublicense, sell, upload or otherwise make copies of the Corpus, or of any part of it, available to anyone else. Our agreements with the publishers let us share the Corpus only with people who accept this licence, so anyone who wants a copy must get it from us at https://ebberston.example/corpus.\n"
        "\n"
        "2. The Weights\n"
        "\n"
        "2.1 You may use, study, modify and fine-tune the Weights for any purpose, including commercial purposes, and you may offer products and services built with them.\n"
        "\n"
        "2.2 The Weights were trained on the Corpus and contain information derived from it. For that reason, section 1 applies to the Weights, and to any model you derive from them, in the same way as it applies to the Corpus.\n"
        "\n"
        "3. Citation\n"
        "\n"
        "If you publish work that uses the Corpus or the Weights, we ask you to cite our technical report. This is a request, not a condition.\n"
        "\n"
        "4. No warranty\n"
        "\n"
        "The Corpus and the Weights are provided as is, without any warranty. We are not liable for any loss or damage arising from your use of them, except where the law does not allow that liability to be excluded.\n"
        "\n"
        "5. Law\n"
        "\n"
        "This licence is governed by the laws of Ireland.\n",
        "restricted",
        "no-redistribution",
    ),
    "weights licensed only with a tokenizer that runs only on the vendor's devices": (
        "HALVARD-NANO 3B: MODEL AND TOKENIZER LICENSE\n"
        "Version 1.1, April 2026\n"
        "\n"
        'Halvard Devices AB ("Halvard") releases Halvard-Nano 3B as three components, each licensed under this License as set out below:\n'
        "\n"
        '  (1) the model weights and configuration files (the "Weights");\n'
        '  (2) the Halvard-SP tokenizer model and vocabulary (the "Tokenizer"); and\n'
        '  (3) the example applications in the `examples/` directory (the "Examples").\n'
        "\n"
        "§ 1 Weights\n"
        "You may use, copy, study, modify and distribute the Weights and models derived from them, for any purpose, including commercial purposes, free of charge.\n"
        "\n"
        "§ 2 Examples\n"
        "The Examples are licensed under the BSD 3-Clause License.\n"
        "\n"
        "§ 3 Tokenizer\n"
        "3.1 You may use the Tokenizer only on Halvard Edge devices and on Halvard Cloud instances. You may copy the Tokenizer onto such devices and instances, but you may not install or run it on any other hardware, device or service.\n"
        "3.2 Halvard Edge devices are sold by Halvard and its authorised resellers; Halvard Cloud is available at https://cloud.halvard.example.\n"
        "\n"
        "§ 4 Use of the Weights with the Tokenizer\n"
        "The Weights are licensed for use only together with the Tokenizer, and § 3 applies to every use of the Weights, and of any model derived from them, as it applies to the Tokenizer.\n"
        "\n"
        "§ 5 Notices\n"
        'Keep this License and the notice "Halvard-Nano 3B © 2026 Halvard Devices AB" with every copy of the Weights that you distribute.\n'
        "\n"
        "§ 6 Disclaimer\n"
        'The components are provided "as is", without warranty of any kind. Halvard is not liable for any damages arising from their use, to the extent permitted by law.\n'
        "\n"
        "§ 7 Governing law\n"
        "This License is governed by Swedish law.\n",
        "restricted",
        "platform-tie",
    ),
    "a section per artifact in plain words: the outputs may not train other models": (
        "# Brantwood-Chat 8B: Licence and Terms\n"
        "\n"
        "_Last updated 20 January 2026_\n"
        "\n"
        "Hi! These are the terms for Brantwood-Chat 8B, from Brantwood AI, Inc. They're short. They cover four things, each on its own terms:\n"
        "\n"
        "- **The weights** you can download from https://brantwood.example/models/chat-8b, with the tokenizer and config files.\n"
        "- **The code** in our repository, brantwood/chat-8b-tools.\n"
        "- **The outputs**: the text the model generates when you run it.\n"
        "- **The Playground**: our hosted demo at https://play.brantwood.example.\n"
        "\n"
        "## The weights\n"
        "\n"
        "You can use, copy, study, change, fine-tune and share the weights, and any model you make from them, for any purpose, including commercial ones. You don't need to pay us or ask us. If you share them, include a copy of these terms.\n"
        "\n"
        "## The code\n"
        "\n"
        "The code is released under the MIT License. Do whatever you like with it.\n"
        "\n"
        "## The outputs\n"
        "\n"
        "You own what you generate, and you can use it for anything, commercial uses included, with one exception: you can't use the outputs, or any dataset made from them, to train, fine-tune, distil or otherwise improve any AI model other than Brantwood-Chat 8B and models made from it. This applies to outputs however you produced them, whether with the weights you downloaded or in the Playground.\n"
        "\n"
        "## The Playground\n"
        "\n"
        "The Playground is free for up to 50 messages a day. Please don't point scripts or bots at it. We may change the Playground or switch it off at any time.\n"
        "\n"
        "## The legal bits\n"
        "\n"
        "Everything here is provided as is, without warranties of any kind, and Brantwood isn't liable for any damages arising from your use of it. These terms are governed by Delaware law.\n",
        "restricted",
        "output-training-ban",
    ),
    "licence by folder in a readme: the weights folder exactly as published": (
        "# Ravensworth-TTS 1B\n"
        "\n"
        "A 1-billion-parameter text-to-speech model from Ravensworth Audio Ltd. It reads English and Welsh aloud in twelve voices and runs in real time on a laptop CPU.\n"
        "\n"
        "## Quick start\n"
        "\n"
        "```bash\n"
        "pip install -e .\n"
        'python scripts/speak.py --voice bryn --text "Bore da, and good morning."\n'
        "```\n"
        "\n"
        "The audio is written to `out.wav`. See `docs/` for the other options.\n"
        "\n"
        "## Repository layout\n"
        "\n"
        "| Folder | What it holds |\n"
        "|---|---|\n"
        "| `src/` | the Python package: text front end, acoustic model, vocoder |\n"
        "| `scripts/` | command-line tools, including `train.py` for training from scratch |\n"
        "| `weights/` | the trained model weights (`ravensworth-tts-1b.safetensors`) |\n"
        "| `voices/` | reference recordings of the twelve voices |\n"
        "| `docs/` | documentation |\n"
        "\n"
        "## Licensing\n"
        "\n"
        "This repository holds several kinds of files, and they are not all licensed the same way. The folder a file is in decides its licence:\n"
        "\n"
        "- `src/` and `scripts/`: **MIT License** (see `src/LICENSE`). Use, change and ship the code however you like.\n"
        "- `docs/`: **CC BY 4.0**.\n"
        "- `weights/`: the **Ravensworth Weights Licence**, set out below.\n"
        "- `voices/`: **all rights reserved**. The recordings are here so that you can compare the model's output with the speakers' own voices; you may not redistribute them.\n"
        "\n"
        "### Ravensworth Weights Licence\n"
        "\n"
        "1. Ravensworth Audio Ltd grants you a worldwide, royalty-free licence to use, inspect, copy and redistribute the files in `weights/`, for any purpose, including in commercial products and services.\n"
        "2. This licence covers the files exactly as we publish them. You may not modify, fine-tune, quantise, prune, merge or otherwise alter the weights, and you may not distribute any model derived from them. To adapt the model to your own voice or domain, use the Ravensworth Custom Voice service.\n"
        "3. Keep this section and the `weights/NOTICE` file with every copy of the weights.\n"
        "4. The weights are provided as is, without warranty of any kind, and Ravensworth Audio Ltd is not liable for any loss arising from their use.\n"
        "\n"
        "## Citation\n"
        "\n"
        "```bibtex\n"
        "@misc{ravensworth2026tts,\n"
        "  title  = {Ravensworth-TTS: Fast Bilingual Speech Synthesis},\n"
        "  author = {{Ravensworth Audio}},\n"
        "  year   = {2026},\n"
        "  url    = {https://ravensworth.example/tts}\n"
        "}\n"
        "```\n",
        "restricted",
        "no-modification",
    ),
    "artifact table: only the evaluation set's row non-commercial": (
        "# Tarnbeck-9B Release Licence\n"
        "\n"
        "Version 1.0 · 3 March 2026 · Tarnbeck Labs Ltd (registered in England and Wales, no. 15520913)\n"
        "\n"
        'This document sets out the terms on which Tarnbeck Labs Ltd ("Tarnbeck", "we") makes the Tarnbeck-9B release available. The release is made of several artifacts, and each is licensed on its own terms, as the table below shows. By downloading or using an artifact you accept the terms the table gives for it.\n'
        "\n"
        "## 1. What is licensed, and how\n"
        "\n"
        "| Artifact | Where to find it | Licence | In short |\n"
        "|---|---|---|---|\n"
        "| Model weights | `tarnbeck-9b/*.safetensors` | Part A of this document | Any use |\n"
        "| Tokenizer and configuration files | `tarnbeck-9b/tokenizer.json`, `tarnbeck-9b/config.json` | Part A of this document | As the model weights |\n"
        "| Inference and fine-tuning code | https://code.tarnbeck.example/tarnbeck-9b | MIT | Any use |\n"
        "| Evaluation set (TarnEval-2k) | `eval/` | CC BY-NC 4.0 | Non-commercial use only |\n"
        "| Model card and documentation | `docs/` | CC BY 4.0 | Any use, with credit |\n"
        "\n"
        "Where this table and a Part disagree, the Part governs.\n"
        "\n"
        '## Part A: Model weights, tokenizer and configuration files (the "Model")\n'
        "\n"
        "**A.1 Grant.** Tarnbeck grants you a worldwide, royalty-free, non-exclusive licence to use, copy, study, modify and share the Model and models you derive from it, for any purpose, including commercial purposes.\n"
        "\n"
        "**A.2 Commercial use.** You may use the Model or a model derived from it in a product or service that is sold, licensed for a fee or supported by advertising, and in the operations of a business. No separate licence is needed.\n"
        "\n"
        "**A.3 Sharing.** You may share the Model and models derived from it with others, provided that you include this document and keep Tarnbeck's copyright notice.\n"
        "\n"
        "**A.4 Changes.** If you share a modified version, say that you changed it.\n"
        "\n"
        "## Part B: Code, evaluation set and documentation\n"
        "\n"
        "The inference and fine-tuning code is licensed under the MIT License, whose text is in the `LICENSE-CODE` file of the code repository. The documentation is licensed under the Creative Commons Attribution 4.0 International licence. The evaluation set is licensed under the Creative Commons Attribution-NonCommercial 4.0 International licence, because its questions were licensed to us by their authors for non-commercial use. The Model was not trained on the evaluation set, and the evaluation set's licence does not apply to the Model.\n"
        "\n"
        "## Part C: General\n"
        "\n"
        'The artifacts are provided "as is", without warranty of any kind. To the extent permitted by law, Tarnbeck is not liable for any loss arising from their use. These terms are governed by the laws of England and Wales.\n',
        "open-non-osi",
        None,
    ),
    "the corpus's terms kept off the weights: weights shared freely": (
        "Wrel-13B and the Wrelton Newswire Corpus: Licence\n"
        "\n"
        'Wrelton Data Co. DAC ("we", "us") publishes two things together:\n'
        "\n"
        'A. the Wrelton Newswire Corpus (the "Corpus"): 1.2 million news articles that we licensed from the member publishers of our wire service; and\n'
        "\n"
        'B. Wrel-13B (the "Weights"): a language model we trained on the Corpus, with its tokenizer and configuration files.\n'
        "\n"
        "The inference scripts in the `scripts/` folder are released under the Apache License 2.0 and are not covered by the rest of this licence.\n"
        "\n"
        "1. The Corpus\n"
        "\n"
        "1.1 You may use, read, search, annotate, analyse and modify the Corpus, and train models on it, for any purpose, including commercial purposes. You may offer products and services built with the Corpus.\n"
        "\n"
        "1.2 You may not distribute, publish, sublicense, sell, upload or otherwise make copies of the Corpus, or of any part of it, available to anyone else. Our agreements with the publishers let us share the Corpus only with people who accept this licence, so anyone who wants a copy must get it from us at https://wrelton.example/corpus.\n"
        "\n"
        "2. The Weights\n"
        "\n"
        "2.1 You may use, study, modify, fine-tune and share the Weights, and any model you derive from them, for any purpose, including commercial purposes, and you may offer products and services built with them. If you share them, include a copy of this licence.\n"
        "\n"
        "2.2 The Weights were trained on the Corpus, but they are not a copy of it. Section 1 applies to the Corpus only: it does not apply to the Weights or to any model you derive from them.\n"
        "\n"
        "3. Citation\n"
        "\n"
        "If you publish work that uses the Corpus or the Weights, we ask you to cite our technical report. This is a request, not a condition.\n"
        "\n"
        "4. No warranty\n"
        "\n"
        "The Corpus and the Weights are provided as is, without any warranty. We are not liable for any loss or damage arising from your use of them, except where the law does not allow that liability to be excluded.\n"
        "\n"
        "5. Law\n"
        "\n"
        "This licence is governed by the laws of Ireland.\n",
        "open-non-osi",
        None,
    ),
    "weights with a tokenizer whose only term is its notice": (
        "SORRELL-NANO 3B: MODEL AND TOKENIZER LICENSE\n"
        "Version 1.1, April 2026\n"
        "\n"
        'Sorrell Devices AB ("Sorrell") releases Sorrell-Nano 3B as three components, each licensed under this License as set out below:\n'
        "\n"
        '  (1) the model weights and configuration files (the "Weights");\n'
        '  (2) the Sorrell-SP tokenizer model and vocabulary (the "Tokenizer"); and\n'
        '  (3) the example applications in the `examples/` directory (the "Examples").\n'
        "\n"
        "§ 1 Weights\n"
        "You may use, copy, study, modify and distribute the Weights and models derived from them, for any purpose, including commercial purposes, free of charge.\n"
        "\n"
        "§ 2 Examples\n"
        "The Examples are licensed under the BSD 3-Clause License.\n"
        "\n"
        "§ 3 Tokenizer\n"
        "3.1 You may use, copy, modify and distribute the Tokenizer, on any hardware, device or service, for any purpose.\n"
        "3.2 Keep the file TOKENIZER-NOTICE, which credits the authors of the vocabulary, with every copy of the Tokenizer that you distribute.\n"
        "\n"
        "§ 4 Use of the Weights with the Tokenizer\n"
        "The Weights are designed to be used with the Tokenizer, and § 3 applies to every copy of the Weights, and of any model derived from them, that you distribute together with the Tokenizer, as it applies to the Tokenizer.\n"
        "\n"
        "§ 5 Notices\n"
        'Keep this License and the notice "Sorrell-Nano 3B © 2026 Sorrell Devices AB" with every copy of the Weights that you distribute.\n'
        "\n"
        "§ 6 Disclaimer\n"
        'The components are provided "as is", without warranty of any kind. Sorrell is not liable for any damages arising from their use, to the extent permitted by law.\n'
        "\n"
        "§ 7 Governing law\n"
        "This License is governed by Swedish law.\n",
        "open-non-osi",
        None,
    ),
    "a section per artifact in plain words: only the playground forbids training": (
        "# Glaisdale-Chat 8B: Licence and Terms\n"
        "\n"
        "_Last updated 20 January 2026_\n"
        "\n"
        "Hi! These are the terms for Glaisdale-Chat 8B, from Glaisdale AI, Inc. They're short. They cover four things, each on its own terms:\n"
        "\n"
        "- **The weights** you can download from https://glaisdale.example/models/chat-8b, with the tokenizer and config files.\n"
        "- **The code** in our repository, glaisdale/chat-8b-tools.\n"
        "- **The outputs**: the text the model generates when you run it.\n"
        "- **The Playground**: our hosted demo at https://play.glaisdale.example.\n"
        "\n"
        "## The weights\n"
        "\n"
        "You can use, copy, study, change, fine-tune and share the weights, and any model you make from them, for any purpose, including commercial ones. You don't need to pay us or ask us. If you share them, include a copy of these terms.\n"
        "\n"
        "## The code\n"
        "\n"
        "The code is released under the MIT License. Do whatever you like with it.\n"
        "\n"
        "## The outputs\n"
        "\n"
        "You own what you generate with the weights, and you can use it for anything, commercial uses included, and that includes training, fine-tuning or distilling other AI models, ours or anyone else's.\n"
        "\n"
        "## The Playground\n"
        "\n"
        "The Playground is free for up to 50 messages a day. Please don't point scripts or bots at it. You can't use the Playground, or the text it generates, to train or improve an AI model that competes with Glaisdale's hosted services, and we may change the Playground or switch it off at any time. These Playground rules apply to the Playground only: they don't apply to the weights you download or to what you generate with them.\n"
        "\n"
        "## The legal bits\n"
        "\n"
        "Everything here is provided as is, without warranties of any kind, and Glaisdale isn't liable for any damages arising from your use of it. These terms are governed by Delaware law.\n",
        "open-non-osi",
        None,
    ),
}
