# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 64: twelve licences of derivative models that speak about their base model's terms. Most models on the
Hub are not trained from scratch but made from another model (a fine-tune, a merge of two or more parents, a
quantization, a LoRA adapter, a model distilled from a teacher), and their publishers write licence texts that place
their own release beside the base's licence: a NOTICE beside an Apache LICENSE saying the base weights "remain under"
the base's community licence, which "continues to apply to this model"; a card's "License" section saying the adapter
alone is MIT but that using it requires a base whose licence forbids commercial use; a merge's licence listing its
parents and inheriting "the most restrictive terms of its parents"; a short LICENSE that incorporates the base's
licence and use policy by reference; a quantizer's "We re-license the quantized weights under MIT" followed by the
base's section that "continues to apply"; a distilled model's recitals saying what the teacher's licence reaches. Each
text is judged on what IT says binds the reader of the derivative: the base's terms it incorporates, restates and
passes on bind, while terms it says do not apply, or a base it only names, do not; an open licence on the derivative's
own changes lifts nothing the text keeps. Eight take something away, each expecting a different blocking type of the
README's clause-type table: user-threshold, non-commercial, research-only, use-policy-by-reference,
output-training-ban, geographic-restriction, revenue-threshold and naming-branding. Four are open controls, each a near
miss of one restricted text with the same layout (the adapter card, the merge's table of parents, the quantizer's
README, the student model's recitals): the base open, the most restrictive parent asking only for notices, the kept
section only a notice, or the teacher's terms said not to apply. Each expectation is decided from the README's
definitions (the verdict table: `restricted` "commercial use is allowed, but at least one clause below blocks open
source", `non-commercial` "commercial use is not allowed", `research-only` "only research or evaluation use is allowed
(beats non-commercial, which beats restricted)", `open-non-osi` "open terms with no blocking clause, but not
OSI-approved"; the clause-type table; the README's rule for binding documents, the most restrictive governing, a base
model's licence binding its fine-tunes, "not subject to" not binding) and the frameworks' rules (OSAID's freedoms to use
the system for any purpose without having to ask for permission, to study how it works, to modify it for any purpose
and to share it with or without modifications, for any purpose; the Open Source Definition's free redistribution (1),
derived works (3), integrity of the author's source code, which allows a licence to require changes to be marked and
derived works to carry a different name or version number (4), no discrimination against persons or groups (5) or
fields of endeavour (6); the G7 labels, Weights Available being the label for "commercial, geographical, or usecase restrictions"; the EU
AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence that asks only for credit and
comparable distribution terms), never from what opengauge reads. Every name, company, product, URL and figure is
invented (the governing laws and places are real; the domains end in `.example`; mergekit, llama.cpp, PEFT and the
GGUF format are named as publishers name them; the Apache License 2.0 and the MIT License are named for a derivative's
own changes, as publishers name them, never copied). No text is a catalog licence, and every open text binds its
reader to a base's or parent's terms that are not OSI-approved, so an open text is `open-non-osi`.

- "a NOTICE beside an Apache LICENSE: the base's community licence still applies (user cap)": the NOTICE of
  Fenwick-Instruct 13B, a German company's fine-tune of Brackmoor-13B, in the plain style of a NOTICE file: the
  fine-tune's changes (code, configuration, the weight difference) are Apache 2.0 "see the LICENSE file beside this
  NOTICE", but "The base weights remain under the Brackmoor Community Licence, which continues to apply to this model as
  a whole, the fine-tuned weights in this repository included", the LICENSE granting no rights in the base weights; a
  bulleted summary of that licence: use, reproduction, modification and distribution "including for commercial
  purposes, free of charge", its text and notice kept with copies, and "Section 2 (Large Deployments): a licensee whose
  products and services, counted together with those of its affiliates, had more than 50,000,000 monthly active users
  in any calendar month before the licensee first uses the model receives no rights ..., and may use the model only
  under a separate licence from Brackmoor, which Brackmoor may grant or refuse at its discretion" (restricted,
  user-threshold: the README's "above a number of users you lose the rights or need another license", a base's term the
  NOTICE says applies to this model and restates; the Apache 2.0 on the changes lifts nothing, as the NOTICE says;
  OSAID's use "without having to ask for permission", the Open Source Definition's (5); commercial use below the cap is
  free).
- "an adapter's card: MIT alone, the base's non-commercial licence for any use": a Hub card with YAML front matter
  (`library_name: peft`, `base_model: quillon-labs/Quillon-8B`, `license: other`), a quick start in Python, training
  details and a citation, for a LoRA adapter that summarises court judgments; its "## License" section: "The adapter
  alone ... is released by us under the MIT License. But the adapter is not a model on its own: using it requires the
  Quillon-8B base model, whose licence, the Quillon Non-Commercial Model Licence, forbids commercial use. When you load
  the adapter onto Quillon-8B, or merge it into the base weights, ... the Quillon licence applies to it", then bullets:
  use "for non-commercial purposes only, such as personal projects, teaching, and academic or non-profit research", not
  "in a product or service that you sell or that earns revenue, or in the operations of a business", merged models
  shared under the Quillon licence, and commercial licences only from Quillon Labs (non-commercial, non-commercial: the
  README's "you may not use it to make money", which the card makes bind every use of the adapter; the MIT grant covers
  a file the card says cannot be used alone; OSAID's use for any purpose, the Open Source Definition's (6); personal and
  teaching use are allowed besides research, so not research-only).
- "a merge listing its parents: the most restrictive parent is research only": the plain-text LICENSE of
  Tarnmoor-Merge-24B, a SLERP merge made with mergekit, with a fixed-width table of its two parents (Aldwick-24B-Instruct
  under the Apache License 2.0, Corvale-24B-Reason under the Corvale Academic Research Licence 2.0): "This merge
  inherits the most restrictive terms of its parents: the licences of both parents apply to the merge together, and
  where they differ, the more restrictive governs", then the Corvale terms restated, (a) use "only for non-commercial
  research and evaluation", (b) no deployment in production, no product or service, no commercial purpose, (c) copies
  only to people who will use them so, and "Accordingly, you may use, study, modify and share Tarnmoor-Merge-24B only
  for research and evaluation"; the merge recipe is dedicated to the public domain (research-only, research-only: the
  README's "only research, evaluation or other non-production use", which beats non-commercial; the Apache-licensed
  parent lifts nothing from the more restrictive one, as the text says; OSAID's use for any purpose, the Open Source
  Definition's (6); the G7 labels' "usecase restrictions").
- "a short LICENSE incorporating the base's licence and use policy by reference": the five-paragraph LICENSE of
  Hollowell-Coder-7B, a Spanish company's fine-tune of Osmere-7B: it is licensed "under the Osmere Model Licence 1.0
  (https://osmere.example/licence/1.0), which is incorporated here by reference and under which you may use, copy,
  modify and distribute this model, for commercial and non-commercial purposes alike, free of charge", and "You must also
  comply with the base model's acceptable use policy, the Osmere Acceptable Use Policy (https://osmere.example/aup), as
  Osmere updates it from time to time. That policy forms part of this licence, and you must pass it on", with an
  all-caps disclaimer (restricted, use-policy-by-reference: the README's "an external use policy is part of the license,
  and the licensor can change it"; the freedoms then depend on a list of uses a third party writes and may change;
  OSAID's use for any purpose "without having to ask for permission", the Open Source Definition's (6); the text says
  commercial use is allowed, so not non-commercial. A restrictions-flow-down clause may be read beside it).
- "a quantization re-licensed under MIT, the base's output-training ban kept": the Markdown README of
  Tolland-7B-Chat-GGUF, a quantizer's repository (a table of four GGUF files with sizes, a prompt template in a code
  fence, thanks); its "## License": "We re-license the quantized weights in this repository under the MIT License",
  then "quantizing a model does not take it out of its licence. Section 4 of the Tolland Model Licence continues to
  apply to these files and to everything you generate with them: you may not use the model, or any output of it, to
  train, fine-tune, distil or otherwise improve any large language model other than Tolland models and models derived
  from them", the rest of that licence and MIT allowing any use, commercial use included (restricted,
  output-training-ban: the README's "the model or its outputs may not train or improve other models"; the MIT claim is
  one a quantizer cannot make over its base, and the text itself keeps the base's section on these files; OSAID's use
  and modification for any purpose, the Open Source Definition's (6)).
- "a distilled model: the teacher's territory limit passed on": the Kestell-Mini 1.5B Student Model Licence of a Lyon
  SAS, in legalese with recitals: (A) the model was distilled from Vardon-70B under the Vardon Regional Model Licence,
  (B) whose clause 3.1 provides that the teacher "and every model distilled from the Teacher or trained on its outputs,
  may be used, hosted and distributed only within the European Economic Area, Switzerland and the United Kingdom (the
  "Territory")"; clause 1 grants use, reproduction, study, modification and distribution "for any purpose, including
  commercial purposes", subject to clause 2: "As a model distilled from the Teacher, the Model is subject to clause 3.1
  of the Teacher Licence, which applies to the Licensee as it applies to the Licensor", so the licensee "shall use, host
  and distribute the Model ... only within the Territory"; French law, courts of Lyon (restricted,
  geographic-restriction: the README's "some places are excluded, or use is limited to one country"; a teacher's term
  that reaches distilled models and that the student's licence passes on in its own words; the Open Source Definition's
  (5), OSAID's use for any purpose, the G7 labels' "geographical" restrictions).
- "a fine-tune's licence agreement: the base's revenue cap applies": the Pendle-Translate-13B Derivative Model Licence
  Agreement of an English company, in articles: the base model Velmere-13B under the Velmere Model Licence 2.0 (the
  "Base Licence") defined in Article 1; Article 2 puts the "Pendle Contributions" under the Apache License 2.0 and lets
  the licensee use, reproduce, study, modify, fine-tune and distribute the derivative "for any purpose, including
  commercial purposes", subject to Article 3: the Base Licence "continues to apply to the Derivative Model and to every
  model derived from it" and prevails, and "Article 6 of the Base Licence ("Large Enterprises") applies to every licensee
  of the Derivative Model: a Licensee whose annual gross revenue, together with that of its Affiliates, exceeded EUR
  20,000,000 in its last completed financial year may not use the Derivative Model in any product or service, or in its
  business operations, without first entering into a commercial licence agreement with Velmere AG, on the terms and for
  the fees that Velmere AG sets" (restricted, revenue-threshold: the README's "above a revenue level you need another,
  often paid, license"; OSAID's use "without having to ask for permission", the Open Source Definition's (5); commercial
  use below the cap is free, so not non-commercial).
- "a fine-tune's licence FAQ: the base's naming and Built-with duty": the Markdown licence of Halberd-3B-Thornbury-Tools,
  an Australian company's fine-tune of Halberd-3B, written as questions and answers: "Can I use it commercially? Yes",
  use, copying, study, change and redistribution "for any purpose, commercial use included, free of charge", further
  fine-tunes shared freely, and "Is there a catch? One, and it comes from clause 5 of Halberd's licence, which applies
  to this model and to every model derived from it, so it passes on to you": derived models' names "must begin with
  "Halberd"", and any product or service built with the model "must display the words "Built with Halberd" on its
  website, in its about screen or in its documentation" (restricted, naming-branding: the README's "derived models or
  products must carry the licensor's name or a "Built with" badge"; the Open Source Definition's (4) lets a licence ask
  derived works to carry a different name, not the licensor's, and a badge on every product goes beyond the credit kept
  with copies that Recital 102 allows; commercial use allowed).
- "an adapter's card: MIT alone, the base open for any use" (control of the second): the Marrow-8B-CaseBrief adapter's
  card, the same front matter, quick start, training and citation; the "## License" section keeps "using it requires the
  Marrow-8B base model" and "the Marrow licence applies to it", but that licence "allows use, copying, study,
  modification and redistribution for any purpose, commercial use included, free of charge", and the bullets let the
  adapter and merged models be used "for any purpose, commercial ones included, in products and services you sell and in
  the operations of a business", changed and shared, with the Marrow licence and copyright notice kept with a shared
  merged model; "You don't need to ask Marrow AI or us for permission" (open-non-osi: the base's terms bind, and they
  grant every freedom; the only duty is attribution, the Open Source Definition's (4) and Recital 102's credit; the
  Marrow licence is not OSI-approved).
- "a merge listing its parents: the most restrictive parent asks only for notices" (control of the third): the LICENSE
  of Ormside-Merge-24B, the same table of parents with Penhallow-24B-Reason under the Penhallow Open Weights Licence 1.0
  in the second row, the same inheritance of "the most restrictive terms of its parents"; those terms are (a) use,
  study, modification and sharing "by anyone, for any purpose, including commercial purposes, free of charge", (b) the
  licence and copyright notice with every shared copy and (c) a notice on a shared modified version that it was modified
  (open-non-osi: the most restrictive parent asks only for credit and for changes to be marked, both allowed by the Open
  Source Definition (4) and Recital 102; the freedoms of OSAID are all granted).
- "a quantization re-licensed under MIT, the base's only kept term a notice" (control of the fifth): the
  Ravelston-7B-Chat-GGUF README, the same files table, template and "## License"; the base's section 4 "continues to
  apply to these files: keep the file `RAVELSTON-NOTICE`, which credits Ravelston AI as the original developer, with
  every copy of them that you distribute", and the base's licence "allows use, modification and redistribution for any
  purpose, commercial use included, and places no limit on what you do with the model's outputs" (open-non-osi: the
  kept section is attribution, the Open Source Definition's (4) and Recital 102's credit; the base's licence binds, so
  the weights are not under MIT alone and not OSI-approved).
- "a distilled model: the teacher's terms do not apply" (control of the sixth): the Bransdale-Mini 1.5B Student Model
  Licence, the same recitals and clauses; recital (B) says clause 3.1 limits "the Teacher itself" to the Territory and
  "The Teacher Licence does not extend to models trained on the Teacher's outputs"; clause 1 grants "a worldwide,
  non-exclusive, royalty-free licence" for any purpose, commercial included, and 2.1 "The Model contains none of the
  Teacher's weights. The Teacher Licence, including its clause 3.1, does not apply to the Model or to models derived
  from it", 2.2 "the Licensee may use, host and distribute the Model ... anywhere in the world" (open-non-osi: a
  teacher's territory limit the text says does not apply binds no reader of the student, as the README's "not subject
  to" binds nothing; the only duty is the licence and notice with copies, attribution).

Written blind, before any rule changed. First run (on commit a6b5ff1): 10 of 12 right. Right: the NOTICE beside an
Apache LICENSE (restricted, user-threshold from the restated Section 2, line 18; all four freedoms from the summary's
first bullet, line 14; the bullet asking for the licence and notice with copies gave no attribution clause); the
adapter's card (non-commercial, from the bullet "for non-commercial purposes only", line 39, and "For commercial use you
need a commercial licence of the base model", line 43; share read as not stated); the merge listing its parents
(research-only, from the Corvale terms (a) and (b), lines 14 and 16, and "Accordingly, you may use ... only for research
and evaluation", line 20, with non-commercial from line 14; study read as granted from the merge recipe's public-domain
dedication, line 22); the short LICENSE (restricted, use-policy-by-reference from line 6; every freedom from the
incorporated licence's sentence, line 4); the quantization that keeps the base's section 4 (restricted,
output-training-ban from line 26; only use read as granted, from "Apart from section 4, the Tolland Model Licence allows
use, modification and redistribution ...", line 28, study, modify and share not stated); the distilled model that
passes the teacher's territory on (restricted, geographic-restriction from recital (B), line 10, and clause 2.2, line
17; attribution from clause 3, line 20); the fine-tune's licence agreement (restricted, revenue-threshold from Article
3.2, line 26; attribution from Article 4, line 30); the licence FAQ (restricted, naming-branding from the "Built with
Halberd" bullet, line 18; the name that "must begin with "Halberd"", line 17, gave no clause; attribution, line 22); the
adapter's card on an open base (open-non-osi, all four freedoms, lines 37 and 39, no clause; the licence and notice kept
with a shared merged model gave no attribution clause); the merge whose most restrictive parent asks only for notices
(open-non-osi, but the summary says "the text puts the work in the public domain", from the merge recipe's line 22;
attribution from (b), line 16; the change notice of (c) gave no clause).

No text read more open than expected. Two controls missed, both read less open:
- "a quantization re-licensed under MIT, the base's only kept term a notice" (control of the fifth, expected
  open-non-osi): `unknown`, "the text grants the freedom to use but says nothing of modify, share, and does not say the
  rest is reserved"; no clause at all (the kept section 4, line 26, "keep the file `RAVELSTON-NOTICE` ... with every copy
  of them that you distribute", gave no attribution clause); use granted from line 28, "Apart from section 4, the
  Ravelston Model Licence allows use, modification and redistribution for any purpose, commercial use included, ... and
  so does the MIT License.", whose "modification" and "redistribution" were not read as granting modify and share, and
  "We re-license the quantized weights in this repository under the MIT License" (line 24) granted nothing. The fifth
  case reads the same grant the same way, its verdict decided by its output-training ban.
- "a distilled model: the teacher's terms do not apply" (control of the sixth, expected open-non-osi): `restricted`,
  "commercial use is allowed but 2 clauses restrict it": geographic-restriction from recital (B), line 10, "Clause 3.1 of
  the Teacher Licence provides that the Teacher itself may be used, hosted and distributed only within the European
  Economic Area, Switzerland and the United Kingdom." (the teacher's own term, which 2.1 says "does not apply to the
  Model or to models derived from it"), and output-training-ban from the next sentence, line 10, "The Teacher Licence
  does not extend to models trained on the Teacher's outputs." (a sentence that keeps the teacher's licence off the
  student, read as a ban); attribution from clause 3, line 20; all four freedoms granted (use and share quoted from the
  preamble, line 4, study and modify from clause 1, line 13).

What changed (session of 2026-12-07), each for its general cause, with near misses in
`tests/licenses/test_round64_rules.py`: another model's terms said not to apply "to the Model", or not to extend "to
models trained on" its outputs, are kept off the weights, the teacher among the artifacts whose sentences then state
its terms, not this model's (`disowned`; a sentence whose subject is this licence itself, "This licence does not
extend to ...", states this licence's scope and disowns nothing); the freedoms named as nouns after a verb of
permitting ("allows use, modification and redistribution for any purpose") are granted. Found while reviewing the
round, and more serious: a grant said not to reach commercial use ("This licence does not extend to commercial use")
had read open-non-osi; it is non-commercial now, unless a condition lets commercial use in (a fee, a registration).
12 of 12 now; corpus 64 of 64; ScanCode DB 1 of 2,086 moved (MetaGeek inSSIDer's EULA, restricted -> non-commercial:
"This license is does not extend rights of usage for commercial purposes").
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "a NOTICE beside an Apache LICENSE: the base's community licence still applies (user cap)": (
        "Fenwick-Instruct 13B\n"
        "Copyright 2026 Fenwick Applied Research GmbH\n"
        "\n"
        "NOTICE\n"
        "\n"
        "This product includes the Brackmoor-13B base model, developed by Brackmoor Systems Inc. and licensed under the Brackmoor Community Licence, version 1.2 (https://brackmoor.example/community-licence).\n"
        "\n"
        "Fenwick-Instruct 13B was made by fine-tuning Brackmoor-13B on Fenwick's own instruction data. Our changes (the fine-tuning code, the training configuration and the difference between the fine-tuned weights and the base weights) are released under the Apache License, Version 2.0; see the LICENSE file beside this NOTICE.\n"
        "\n"
        "The base weights remain under the Brackmoor Community Licence, which continues to apply to this model as a whole, the fine-tuned weights in this repository included. The LICENSE file grants you no rights in the Brackmoor-13B weights, and nothing in it limits the Brackmoor Community Licence.\n"
        "\n"
        "The terms of the Brackmoor Community Licence that matter most to users of this model are summarised below for convenience; the licence itself governs.\n"
        "\n"
        "  * You may use, reproduce, modify and distribute the model and models derived from it, including for commercial purposes, free of charge.\n"
        "\n"
        '  * You must include a copy of the Brackmoor Community Licence with every copy of the model that you distribute, together with the notice "Brackmoor-13B is licensed under the Brackmoor Community Licence. Copyright Brackmoor Systems Inc."\n'
        "\n"
        "  * Section 2 (Large Deployments): a licensee whose products and services, counted together with those of its affiliates, had more than 50,000,000 monthly active users in any calendar month before the licensee first uses the model receives no rights under the Brackmoor Community Licence, and may use the model only under a separate licence from Brackmoor, which Brackmoor may grant or refuse at its discretion.\n"
        "\n"
        "Questions about the Brackmoor Community Licence should be sent to Brackmoor Systems Inc. at licensing@brackmoor.example, not to Fenwick.\n",
        "restricted",
        "user-threshold",
    ),
    "an adapter's card: MIT alone, the base's non-commercial licence for any use": (
        "---\n"
        "library_name: peft\n"
        "base_model: quillon-labs/Quillon-8B\n"
        "license: other\n"
        "license_name: quillon-non-commercial\n"
        "tags:\n"
        "  - lora\n"
        "  - legal\n"
        "  - summarization\n"
        "language:\n"
        "  - en\n"
        "---\n"
        "\n"
        "# Quillon-8B-LexSumm (LoRA adapter)\n"
        "\n"
        "A LoRA adapter (rank 64, 168 MB) that teaches Quillon-8B to write plain-English summaries of court judgments. Trained by the Lexwold Legal Tech Collective on 41,000 published judgments and their headnotes.\n"
        "\n"
        "## How to use\n"
        "\n"
        "```python\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
        "from peft import PeftModel\n"
        "\n"
        'base = AutoModelForCausalLM.from_pretrained("quillon-labs/Quillon-8B")\n'
        'model = PeftModel.from_pretrained(base, "lexwold/Quillon-8B-LexSumm")\n'
        'tokenizer = AutoTokenizer.from_pretrained("quillon-labs/Quillon-8B")\n'
        "```\n"
        "\n"
        "## Training\n"
        "\n"
        "Three epochs, learning rate 2e-4, LoRA on all attention and MLP projections, one A100 for 14 hours. The training script is in `train/`.\n"
        "\n"
        "## License\n"
        "\n"
        "The adapter alone (`adapter_model.safetensors` and `adapter_config.json`) is released by us under the MIT License.\n"
        "\n"
        "But the adapter is not a model on its own: using it requires the Quillon-8B base model, whose licence, the Quillon Non-Commercial Model Licence, forbids commercial use. When you load the adapter onto Quillon-8B, or merge it into the base weights, what you run is a derivative of Quillon-8B, and the Quillon licence applies to it. In practice this means:\n"
        "\n"
        "- you may use the adapter, and any model merged from it, for non-commercial purposes only, such as personal projects, teaching, and academic or non-profit research;\n"
        "- you may not use it in a product or service that you sell or that earns revenue, or in the operations of a business;\n"
        "- if you share a merged model, it must go out under the Quillon Non-Commercial Model Licence.\n"
        "\n"
        "For commercial use you need a commercial licence of the base model from Quillon Labs (licensing@quillon.example). We cannot grant one.\n"
        "\n"
        "## Citation\n"
        "\n"
        "```bibtex\n"
        "@misc{lexwold2026lexsumm,\n"
        "  title  = {LexSumm: Plain-English Summaries of Court Judgments},\n"
        "  author = {{Lexwold Legal Tech Collective}},\n"
        "  year   = {2026}\n"
        "}\n"
        "```\n",
        "non-commercial",
        "non-commercial",
    ),
    "a merge listing its parents: the most restrictive parent is research only": (
        "LICENSE: Tarnmoor-Merge-24B\n"
        "\n"
        "Tarnmoor-Merge-24B is a merge (SLERP, made with mergekit) of two parent models:\n"
        "\n"
        "  Parent                  Publisher             Licence\n"
        "  ----------------------  --------------------  ------------------------------------------\n"
        "  Aldwick-24B-Instruct    Aldwick AI Ltd        Apache License 2.0\n"
        "  Corvale-24B-Reason      Corvale Institute     Corvale Academic Research Licence 2.0\n"
        "\n"
        "The merge contains weights of both parents, so it is a derivative of each of them. This merge inherits the most restrictive terms of its parents: the licences of both parents apply to the merge together, and where they differ, the more restrictive governs. Nothing in this file lifts a term of either parent's licence.\n"
        "\n"
        "The most restrictive terms are those of the Corvale Academic Research Licence 2.0, under which:\n"
        "\n"
        "  (a) the model, and any model derived from it, may be used only for non-commercial research and evaluation, such as benchmarking, analysis and the preparation of scientific publications;\n"
        "\n"
        "  (b) it may not be deployed in production, offered as or in a product or service, or used for any commercial purpose; and\n"
        "\n"
        "  (c) copies may be shared only with persons who will use them under (a) and (b), together with a copy of the Corvale licence.\n"
        "\n"
        "Accordingly, you may use, study, modify and share Tarnmoor-Merge-24B only for research and evaluation, as set out in (a) to (c).\n"
        "\n"
        "The merge recipe (merge-config.yml) is our own work, and we dedicate it to the public domain.\n"
        "\n"
        "The merge is provided as is, without warranty of any kind. The Tarnmoor maintainers are not liable for any damages arising from its use.\n",
        "research-only",
        "research-only",
    ),
    "a short LICENSE incorporating the base's licence and use policy by reference": (
        "Hollowell-Coder-7B\n"
        "Copyright (c) 2026 Hollowell Software S.L.\n"
        "\n"
        "Hollowell-Coder-7B is a fine-tune of Osmere-7B. It is licensed to you under the Osmere Model Licence 1.0 (https://osmere.example/licence/1.0), which is incorporated here by reference and under which you may use, copy, modify and distribute this model, for commercial and non-commercial purposes alike, free of charge.\n"
        "\n"
        "You must also comply with the base model's acceptable use policy, the Osmere Acceptable Use Policy (https://osmere.example/aup), as Osmere updates it from time to time. That policy forms part of this licence, and you must pass it on to anyone to whom you give the model or a model derived from it.\n"
        "\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, AND HOLLOWELL SOFTWARE S.L. SHALL NOT BE LIABLE FOR ANY CLAIM OR DAMAGES ARISING FROM ITS USE.\n',
        "restricted",
        "use-policy-by-reference",
    ),
    "a quantization re-licensed under MIT, the base's output-training ban kept": (
        "# Tolland-7B-Chat-GGUF\n"
        "\n"
        "GGUF quantizations of [tolland-ai/Tolland-7B-Chat](https://hub.example/tolland-ai/Tolland-7B-Chat), for llama.cpp and the tools built on it. Quantized by Mira Okonkwo-Hale with an importance matrix computed on 2 MB of mixed chat data.\n"
        "\n"
        "## Files\n"
        "\n"
        "| File | Quant | Size | Notes |\n"
        "|---|---|---|---|\n"
        "| `tolland-7b-chat.Q8_0.gguf` | Q8_0 | 7.7 GB | nearly lossless |\n"
        "| `tolland-7b-chat.Q5_K_M.gguf` | Q5_K_M | 5.1 GB | |\n"
        "| `tolland-7b-chat.Q4_K_M.gguf` | Q4_K_M | 4.4 GB | recommended |\n"
        "| `tolland-7b-chat.IQ3_M.gguf` | IQ3_M | 3.3 GB | for 4 GB GPUs |\n"
        "\n"
        "## Prompt template\n"
        "\n"
        "```\n"
        "<|user|>\n"
        "{prompt}\n"
        "<|assistant|>\n"
        "```\n"
        "\n"
        "## License\n"
        "\n"
        "We re-license the quantized weights in this repository under the MIT License (see `LICENSE`).\n"
        "\n"
        "The original Tolland-7B-Chat is licensed by Tolland AI under the Tolland Model Licence, and quantizing a model does not take it out of its licence. Section 4 of the Tolland Model Licence continues to apply to these files and to everything you generate with them: you may not use the model, or any output of it, to train, fine-tune, distil or otherwise improve any large language model other than Tolland models and models derived from them.\n"
        "\n"
        "Apart from section 4, the Tolland Model Licence allows use, modification and redistribution for any purpose, commercial use included, and so does the MIT License.\n"
        "\n"
        "## Thanks\n"
        "\n"
        "To Tolland AI for the original model, and to the llama.cpp contributors.\n",
        "restricted",
        "output-training-ban",
    ),
    "a distilled model: the teacher's territory limit passed on": (
        "KESTELL-MINI 1.5B\n"
        "STUDENT MODEL LICENCE\n"
        "\n"
        'This Licence is granted by Kestell Intelligence SAS, a société par actions simplifiée registered in Lyon (the "Licensor"), to any person or entity that uses, copies or distributes the Model (the "Licensee").\n'
        "\n"
        "RECITALS\n"
        "\n"
        '(A) The Licensor trained Kestell-Mini 1.5B (the "Model") by knowledge distillation from Vardon-70B (the "Teacher"), a model published by Vardon Technologies Oy under the Vardon Regional Model Licence (the "Teacher Licence").\n'
        "\n"
        '(B) Clause 3.1 of the Teacher Licence provides that the Teacher, and every model distilled from the Teacher or trained on its outputs, may be used, hosted and distributed only within the European Economic Area, Switzerland and the United Kingdom (the "Territory").\n'
        "\n"
        "1. GRANT\n"
        "Subject to clause 2, the Licensor grants the Licensee a non-exclusive, royalty-free licence to use, reproduce, study, modify and distribute the Model and models derived from it, for any purpose, including commercial purposes.\n"
        "\n"
        "2. TEACHER TERMS\n"
        "2.1 As a model distilled from the Teacher, the Model is subject to clause 3.1 of the Teacher Licence, which applies to the Licensee as it applies to the Licensor.\n"
        "2.2 Accordingly, the Licensee shall use, host and distribute the Model, and models derived from it, only within the Territory, and shall not make the Model or any such model available to any person outside the Territory.\n"
        "\n"
        "3. NOTICES\n"
        "The Licensee shall keep this Licence and the Licensor's copyright notice with every copy of the Model that it distributes.\n"
        "\n"
        "4. DISCLAIMER\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT PERMITTED BY LAW, THE LICENSOR SHALL NOT BE LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL.\n'
        "\n"
        "5. GOVERNING LAW\n"
        "This Licence is governed by French law. The courts of Lyon shall have exclusive jurisdiction.\n",
        "restricted",
        "geographic-restriction",
    ),
    "a fine-tune's licence agreement: the base's revenue cap applies": (
        "PENDLE-TRANSLATE-13B\n"
        "DERIVATIVE MODEL LICENCE AGREEMENT\n"
        "\n"
        'Pendle Language Technologies Ltd ("Pendle") makes Pendle-Translate-13B available on the following terms.\n'
        "\n"
        "Article 1 - Definitions\n"
        "\n"
        '1.1 "Base Model" means Velmere-13B, as published by Velmere AG under the Velmere Model Licence 2.0 (the "Base Licence").\n'
        "\n"
        '1.2 "Derivative Model" means Pendle-Translate-13B, being the Base Model further trained by Pendle on parallel corpora, in the form of model weights, tokenizer and configuration files.\n'
        "\n"
        '1.3 "Pendle Contributions" means the changes that Pendle made to the Base Model, and the training code and data-processing scripts that Pendle publishes with the Derivative Model.\n'
        "\n"
        '1.4 "Affiliate" means any entity that controls, is controlled by or is under common control with the Licensee.\n'
        "\n"
        "Article 2 - Grant\n"
        "\n"
        "2.1 Pendle licenses the Pendle Contributions under the Apache License, Version 2.0.\n"
        "\n"
        "2.2 Subject to Article 3, the Licensee may use, reproduce, study, modify, fine-tune and distribute the Derivative Model for any purpose, including commercial purposes.\n"
        "\n"
        "Article 3 - Base Licence\n"
        "\n"
        "3.1 The Derivative Model incorporates the Base Model, and the Base Licence continues to apply to the Derivative Model and to every model derived from it. In the event of any conflict between this Agreement and the Base Licence, the Base Licence prevails.\n"
        "\n"
        '3.2 Without limiting Article 3.1, Article 6 of the Base Licence ("Large Enterprises") applies to every licensee of the Derivative Model: a Licensee whose annual gross revenue, together with that of its Affiliates, exceeded EUR 20,000,000 in its last completed financial year may not use the Derivative Model in any product or service, or in its business operations, without first entering into a commercial licence agreement with Velmere AG, on the terms and for the fees that Velmere AG sets.\n'
        "\n"
        "Article 4 - Notices\n"
        "\n"
        "The Licensee shall retain this Agreement, the Base Licence and all copyright notices in every copy of the Derivative Model that it distributes.\n"
        "\n"
        "Article 5 - Disclaimer and Limitation of Liability\n"
        "\n"
        'The Derivative Model is provided "as is", without warranties or conditions of any kind. Pendle shall not be liable for any damages arising out of the use of the Derivative Model.\n'
        "\n"
        "Article 6 - Governing Law\n"
        "\n"
        "This Agreement is governed by the laws of England and Wales.\n",
        "restricted",
        "revenue-threshold",
    ),
    "a fine-tune's licence FAQ: the base's naming and Built-with duty": (
        "# Licence: Halberd-3B-Thornbury-Tools\n"
        "\n"
        "**Short version:** this is a fine-tune of Halberd-3B, so the Halberd Open Model Licence comes with it, and our own changes are yours on the same terms. Here's what that means in practice.\n"
        "\n"
        "### Can I use it commercially?\n"
        "\n"
        "Yes. The Halberd Open Model Licence lets you use, copy, study, change and redistribute the model for any purpose, commercial use included, free of charge.\n"
        "\n"
        "### Can I fine-tune it further and share the result?\n"
        "\n"
        "Yes.\n"
        "\n"
        "### Is there a catch?\n"
        "\n"
        "One, and it comes from clause 5 of Halberd's licence, which applies to this model and to every model derived from it, so it passes on to you:\n"
        "\n"
        '- the name of any model you derive from this one must begin with "Halberd" (that\'s why ours is called Halberd-3B-Thornbury-Tools); and\n'
        '- any product or service you build with this model, or with a model derived from it, must display the words "Built with Halberd" on its website, in its about screen or in its documentation.\n'
        "\n"
        "### Do I have to keep any notices?\n"
        "\n"
        "Keep the `LICENSE` and `NOTICE` files with every copy you share.\n"
        "\n"
        "### Is there a warranty?\n"
        "\n"
        "No. The model is provided as is, and neither Thornbury Labs Pty Ltd nor Halberd Robotics Pty Ltd is liable for anything that comes of using it.\n"
        "\n"
        "Questions: hello@thornbury.example\n",
        "restricted",
        "naming-branding",
    ),
    "an adapter's card: MIT alone, the base open for any use": (
        "---\n"
        "library_name: peft\n"
        "base_model: marrow-ai/Marrow-8B\n"
        "license: other\n"
        "license_name: marrow-open-model-licence\n"
        "tags:\n"
        "  - lora\n"
        "  - legal\n"
        "  - summarization\n"
        "language:\n"
        "  - en\n"
        "---\n"
        "\n"
        "# Marrow-8B-CaseBrief (LoRA adapter)\n"
        "\n"
        "A LoRA adapter (rank 64, 168 MB) that teaches Marrow-8B to write plain-English summaries of court judgments. Trained by the Ellerby Legal Tech Collective on 41,000 published judgments and their headnotes.\n"
        "\n"
        "## How to use\n"
        "\n"
        "```python\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
        "from peft import PeftModel\n"
        "\n"
        'base = AutoModelForCausalLM.from_pretrained("marrow-ai/Marrow-8B")\n'
        'model = PeftModel.from_pretrained(base, "ellerby/Marrow-8B-CaseBrief")\n'
        'tokenizer = AutoTokenizer.from_pretrained("marrow-ai/Marrow-8B")\n'
        "```\n"
        "\n"
        "## Training\n"
        "\n"
        "Three epochs, learning rate 2e-4, LoRA on all attention and MLP projections, one A100 for 14 hours. The training script is in `train/`.\n"
        "\n"
        "## License\n"
        "\n"
        "The adapter alone (`adapter_model.safetensors` and `adapter_config.json`) is released by us under the MIT License.\n"
        "\n"
        "But the adapter is not a model on its own: using it requires the Marrow-8B base model, whose licence, the Marrow Open Model Licence, allows use, copying, study, modification and redistribution for any purpose, commercial use included, free of charge. When you load the adapter onto Marrow-8B, or merge it into the base weights, what you run is a derivative of Marrow-8B, and the Marrow licence applies to it. In practice this means:\n"
        "\n"
        "- you may use the adapter, and any model merged from it, for any purpose, commercial ones included, in products and services you sell and in the operations of a business;\n"
        "- you may change it, fine-tune it further and share what you make;\n"
        "- if you share a merged model, include the Marrow Open Model Licence and Marrow AI's copyright notice with it.\n"
        "\n"
        "You don't need to ask Marrow AI or us for permission.\n"
        "\n"
        "## Citation\n"
        "\n"
        "```bibtex\n"
        "@misc{ellerby2026casebrief,\n"
        "  title  = {CaseBrief: Plain-English Summaries of Court Judgments},\n"
        "  author = {{Ellerby Legal Tech Collective}},\n"
        "  year   = {2026}\n"
        "}\n"
        "```\n",
        "open-non-osi",
        None,
    ),
    "a merge listing its parents: the most restrictive parent asks only for notices": (
        "LICENSE: Ormside-Merge-24B\n"
        "\n"
        "Ormside-Merge-24B is a merge (SLERP, made with mergekit) of two parent models:\n"
        "\n"
        "  Parent                  Publisher             Licence\n"
        "  ----------------------  --------------------  ------------------------------------------\n"
        "  Aldwick-24B-Instruct    Aldwick AI Ltd        Apache License 2.0\n"
        "  Penhallow-24B-Reason    Penhallow Institute   Penhallow Open Weights Licence 1.0\n"
        "\n"
        "The merge contains weights of both parents, so it is a derivative of each of them. This merge inherits the most restrictive terms of its parents: the licences of both parents apply to the merge together, and where they differ, the more restrictive governs. Nothing in this file lifts a term of either parent's licence.\n"
        "\n"
        "The most restrictive terms are those of the Penhallow Open Weights Licence 1.0, under which:\n"
        "\n"
        "  (a) the model, and any model derived from it, may be used, studied, modified and shared by anyone, for any purpose, including commercial purposes, free of charge;\n"
        "\n"
        "  (b) every copy that is shared must include a copy of the Penhallow licence and the Penhallow Institute's copyright notice; and\n"
        "\n"
        "  (c) a modified version that is shared must carry a notice saying that it was modified.\n"
        "\n"
        "Accordingly, you may use, study, modify and share Ormside-Merge-24B for any purpose, provided that you keep the notices in (b) and mark your changes as in (c).\n"
        "\n"
        "The merge recipe (merge-config.yml) is our own work, and we dedicate it to the public domain.\n"
        "\n"
        "The merge is provided as is, without warranty of any kind. The Ormside maintainers are not liable for any damages arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "a quantization re-licensed under MIT, the base's only kept term a notice": (
        "# Ravelston-7B-Chat-GGUF\n"
        "\n"
        "GGUF quantizations of [ravelston-ai/Ravelston-7B-Chat](https://hub.example/ravelston-ai/Ravelston-7B-Chat), for llama.cpp and the tools built on it. Quantized by Tomas Villiers-Ng with an importance matrix computed on 2 MB of mixed chat data.\n"
        "\n"
        "## Files\n"
        "\n"
        "| File | Quant | Size | Notes |\n"
        "|---|---|---|---|\n"
        "| `ravelston-7b-chat.Q8_0.gguf` | Q8_0 | 7.7 GB | nearly lossless |\n"
        "| `ravelston-7b-chat.Q5_K_M.gguf` | Q5_K_M | 5.1 GB | |\n"
        "| `ravelston-7b-chat.Q4_K_M.gguf` | Q4_K_M | 4.4 GB | recommended |\n"
        "| `ravelston-7b-chat.IQ3_M.gguf` | IQ3_M | 3.3 GB | for 4 GB GPUs |\n"
        "\n"
        "## Prompt template\n"
        "\n"
        "```\n"
        "<|user|>\n"
        "{prompt}\n"
        "<|assistant|>\n"
        "```\n"
        "\n"
        "## License\n"
        "\n"
        "We re-license the quantized weights in this repository under the MIT License (see `LICENSE`).\n"
        "\n"
        "The original Ravelston-7B-Chat is licensed by Ravelston AI under the Ravelston Model Licence, and quantizing a model does not take it out of its licence. Section 4 of the Ravelston Model Licence continues to apply to these files: keep the file `RAVELSTON-NOTICE`, which credits Ravelston AI as the original developer, with every copy of them that you distribute.\n"
        "\n"
        "Apart from section 4, the Ravelston Model Licence allows use, modification and redistribution for any purpose, commercial use included, and places no limit on what you do with the model's outputs, and so does the MIT License.\n"
        "\n"
        "## Thanks\n"
        "\n"
        "To Ravelston AI for the original model, and to the llama.cpp contributors.\n",
        "open-non-osi",
        None,
    ),
    "a distilled model: the teacher's terms do not apply": (
        "BRANSDALE-MINI 1.5B\n"
        "STUDENT MODEL LICENCE\n"
        "\n"
        'This Licence is granted by Bransdale Intelligence SAS, a société par actions simplifiée registered in Lyon (the "Licensor"), to any person or entity that uses, copies or distributes the Model (the "Licensee").\n'
        "\n"
        "RECITALS\n"
        "\n"
        '(A) The Licensor trained Bransdale-Mini 1.5B (the "Model") by knowledge distillation from Vardon-70B (the "Teacher"), a model published by Vardon Technologies Oy under the Vardon Regional Model Licence (the "Teacher Licence").\n'
        "\n"
        "(B) Clause 3.1 of the Teacher Licence provides that the Teacher itself may be used, hosted and distributed only within the European Economic Area, Switzerland and the United Kingdom. The Teacher Licence does not extend to models trained on the Teacher's outputs.\n"
        "\n"
        "1. GRANT\n"
        "The Licensor grants the Licensee a worldwide, non-exclusive, royalty-free licence to use, reproduce, study, modify and distribute the Model and models derived from it, for any purpose, including commercial purposes.\n"
        "\n"
        "2. TEACHER TERMS\n"
        "2.1 The Model contains none of the Teacher's weights. The Teacher Licence, including its clause 3.1, does not apply to the Model or to models derived from it.\n"
        "2.2 Accordingly, the Licensee may use, host and distribute the Model, and models derived from it, anywhere in the world.\n"
        "\n"
        "3. NOTICES\n"
        "The Licensee shall keep this Licence and the Licensor's copyright notice with every copy of the Model that it distributes.\n"
        "\n"
        "4. DISCLAIMER\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT PERMITTED BY LAW, THE LICENSOR SHALL NOT BE LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL.\n'
        "\n"
        "5. GOVERNING LAW\n"
        "This Licence is governed by French law. The courts of Lyon shall have exclusive jurisdiction.\n",
        "open-non-osi",
        None,
    ),
}
