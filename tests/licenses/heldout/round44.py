# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 44 (issue 14): twelve model licences made of several documents or licences that bind the model
together (conjunctive terms), the twin of round 43's choices: eight texts where a second binding document takes
something away from the weights and four open controls whose second document looks alarming but binds nothing
that the weights need. Each expectation is decided from the README's definitions and the frameworks' rules
(OSAID's parameters under terms granting use, study, modification and sharing for any purpose; the G7 labels and
the EU AI Act exemption lost to any blocking clause): where several binding terms apply together ("and", "also
subject to", "in addition to", "both apply", "incorporated by reference", a component the weights cannot run
without, a base model whose weights are inside the fine-tune), the most restrictive one that binds the weights
decides; a restriction on something that does not bind the weights (documentation, an evaluation sample the weights
are not derived from, a hosted service) takes nothing from them, and the verdict is that of the licence the weights
are under. Drafting styles vary (a terse LICENSE over the Apache 2.0 header, an SPDX "AND" line over a
Debian-style copyright stanza with the full MIT License and a numbered addendum, a Markdown component table with
a "why both licences matter" section, Markdown bullets with a bold conjunctive sentence over the full MIT License,
a NOTICE file, numbered legalese with definitions and an incorporated licence, a plain-language FAQ, one long
sentence, a commented SPDX "AND" header, lettered legalese with the Apache header and the full BSD 3-Clause
License, a Markdown table with a "Binds the weights?" column, a README licensing section). Every name, company,
product and figure is invented (the governing laws name real jurisdictions); the MIT License, the BSD 3-Clause
License and the Apache 2.0 header are the standard texts. Written blind, before any rule changed.

- "apache-2.0 and a use policy the licensor may update, terse": "The Halberwyn-7B weights are licensed under the
  Apache License, Version 2.0, and are also subject to the Corvallin Acceptable Use Policy at
  https://corvallin.example/legal/aup. Both apply to every copy of the weights ...", "Corvallin may update the
  Acceptable Use Policy from time to time. The version published at that address on the day you use the weights
  is the one that applies.", then the standard Apache 2.0 header (restricted, use-policy-by-reference: an external
  policy the licensor can change binds the weights together with Apache; unilateral-change too).
- "spdx mit and use terms, debian-style header": "SPDX-License-Identifier: MIT AND
  LicenseRef-Lantermoor-Use-Terms-1.0", a copyright stanza whose comment says "The two licences are cumulative,
  not alternatives", the complete MIT License (Lantermoor Analytics GmbH), then "Lantermoor Use Terms 1.0": "1.
  These terms apply to the Tessaline-Risk 3 weights ... in addition to the MIT License.", "2. You must not use
  the weights, or a model derived from them, to decide, or to help decide, whether a natural person is offered
  credit, insurance, housing or a job.", "3. ... to recognise natural persons by their face, voice or gait in
  publicly accessible spaces." and "4. ... you must pass these terms on with them." (restricted,
  use-restrictions: fields of use refused; restrictions-flow-down too).
- "weights apache-2.0, tokenizer they need non-commercial": a Markdown table of parts, the weights and code under
  the Apache License 2.0, the tokenizer and vocabulary under the "Vellacourt Lexicon Licence 1.1"; "The tokenizer
  is not optional. ... the model cannot be run, fine-tuned or evaluated without it. ... you must comply with both
  licences together: ... the Vellacourt Lexicon Licence 1.1 for the tokenizer and for every model that depends on
  it, Brackwater-Scribe 2 included.", whose sections 2 and 3 allow use "for non-commercial purposes only" and say
  "Commercial use, meaning use in or for a product or service that is sold, ... or any use by a company in the
  course of its business, is not permitted." (non-commercial, non-commercial: a component the weights cannot run
  without, under a licence that names every model depending on it, binds the weights).
- "mit weights and a safety classifier licence that binds deployments": Markdown bullets, the weights under the
  MIT License and the Nightjar Guard safety classifier under its own licence, "**Both licences apply to every
  deployment of the model weights.** The MIT License is not offered on its own for Nightjar-Talk 4", the Guard
  licence's "Every deployment of the Nightjar-Talk 4 weights, or of a model derived from them, must run Nightjar
  Guard on every prompt and every reply.", "You may not remove, disable, bypass or weaken Nightjar Guard, or raise
  its thresholds, in any such deployment." and "If you do, your rights to the weights under the MIT License and
  under this licence end at once.", then the full MIT License (restricted, guardrail-termination).
- "notice adds a revenue cap in addition to apache-2.0": a NOTICE file, "The model weights are licensed under the
  Apache License, Version 2.0 ... In addition to the Apache License, the following conditions apply to the model
  weights. They are conditions of the licence that Ferrowick Systems AB grants you, and they bind every
  recipient:", "1. An organisation whose consolidated annual revenue exceeded EUR 250 million in its most recent
  financial year may not use the weights, or a model derived from them, in production without first concluding a
  commercial agreement with Ferrowick Systems AB." and a third-party note on an MIT tokenizer (restricted,
  revenue-threshold).
- "third-party embedding licence incorporated with a device cap": numbered legalese, a grant "Subject to clause 3"
  of every freedom, "3.1 The Embedding Module is an integral part of the Model and cannot be removed from it
  ...", "3.2 The Incorporated Licence is incorporated into this Licence by reference. The Licensee's rights under
  clause 2 are subject to the Incorporated Licence, which applies to the Embedding Module wherever it is used,
  including within the Model ..." and "3.3 ... under clause 4 of the Incorporated Licence the Embedding Module,
  and any model containing it, may be installed on no more than 25,000 Devices per licensee, and that
  installation on further Devices requires a volume licence from Quorvane Acoustics Pte. Ltd., which it may grant
  or refuse at its discretion." (restricted, user-threshold: a cap on devices, the third party's licence binding
  the weights through the module they contain).
- "faq, base model terms also apply to a mit fine-tune": questions and answers, "Two licences, and both apply. Our
  fine-tuning work is released under the MIT License. ... the weights you download still contain the base model's
  weights, so the Grannick Base Model Licence 1.2 also applies to them. You need to follow both", commercial use
  allowed without a fee, and "A: Mainly one rule. You may not use Sorrelby-Instruct, a model derived from it, or
  any text generated by either, to train, fine-tune, distil or otherwise improve any large language model that is
  not itself derived from Grannick-Base." (restricted, output-training-ban).
- "open licence and terms of service together, one sentence": one sentence, the weights accepted under "two
  documents that apply to the weights together and neither of which replaces the other", an open model licence
  granting every freedom "for any purpose" and developer terms of service "under which every person or
  organisation that uses the weights ... in any product, service or internal system must first register that
  product, service or system with Pellavane Systems Inc. at https://pellavane.example/developers/register, ...
  and must notify Pellavane Systems Inc. within thirty days of each further deployment, so that a use of the
  weights that complies with the Open Model Licence but not with the Developer Terms of Service is not licensed."
  (restricted, notification-duty).
- "spdx apache-2.0 and cc-by-4.0, cc only for the docs": a commented header "SPDX-License-Identifier: Apache-2.0
  AND CC-BY-4.0", "both apply, each to its own files", Apache-2.0 for the weights, configuration and code,
  CC-BY-4.0 for the model card, documentation and figures, "CC BY 4.0 does not apply to the weights, and nothing
  in the documentation adds a term to the Apache License for them.", a credit duty for reused documentation, and
  the standard Apache 2.0 header (osi-open: the only licence that binds the weights is Apache 2.0; CC BY 4.0, open
  anyway, binds the documents).
- "comply with each of three open licences, tokenizer bsd-3": "You must comply with each of the following
  licences, all of which apply together to the parts they cover:", the weights under the Apache License 2.0, the
  tokenizer "without which the weights cannot be run" under the BSD 3-Clause License, the code under the MIT
  License, "No other licence, policy or terms apply", the standard Apache 2.0 header and the full BSD 3-Clause
  License (osi-open: both licences binding the weights are OSI-approved, and conjunctive OSI licences take no
  freedom away).
- "mit weights, non-commercial evaluation data they do not derive from": a Markdown table with a "Binds the
  weights?" column, the weights under the MIT License ("yes") and an evaluation sample of recorded dialogues under
  a non-commercial research data licence ("no") that forbids redistributing the recordings and requires
  registration; "The weights were not trained or tuned on those dialogues, contain nothing from them and are not
  derived from them; ... The data licence therefore places no condition on the weights, and you can delete
  `eval/` without affecting anything else.", then the full MIT License (osi-open: the data licence binds only the
  data).
- "apache-2.0 weights, hosted service terms apply to the service only": a README licensing section, the weights
  and code under the Apache License 2.0, hosted-service terms that "cap the free plan at 1,000 requests a day,
  forbid using the hosted service for political campaigning or for writing malware, require an account, and may
  be changed by Marrowfen at any time", and "The Cloud terms govern the hosted service only. They do not apply to
  the weights you download, to copies you run on your own hardware or anyone else's, or to models you build from
  the weights, and they take nothing away from the Apache License 2.0.", then the standard Apache 2.0 header
  (osi-open).

First run (before any rule changed): 6 of 12 right (weights apache-2.0, tokenizer they need non-commercial,
non-commercial, with non-commercial from "You may use, copy and adapt the vocabulary, and the models that depend
on it, for non-commercial purposes only."; notice adds a revenue cap in addition to apache-2.0, restricted,
revenue-threshold from "1. An organisation whose consolidated annual revenue exceeded EUR 250 million in its most
recent financial year may not use the weights, ..."; third-party embedding licence incorporated with a device cap,
restricted, user-threshold from "3.3 Without limiting clause 3.2, ... may be installed on no more than 25,000
Devices per licensee, ..."; faq, base model terms also apply to a mit fine-tune, restricted, output-training-ban
from the answer "You may not use Sorrelby-Instruct, a model derived from it, or any text generated by either, to
train, ..."; open licence and terms of service together, one sentence, restricted, notification-duty from "...
must first register that product, service or system with Pellavane Systems Inc. at
https://pellavane.example/developers/register, ..."; spdx apache-2.0 and cc-by-4.0, cc only for the docs,
osi-open, "this notice puts the files under the Apache License 2.0", with only attribution from the
documentation's credit duty). No blocked text read open. Two open controls read blocked, each on the terms of a
document the text says does not bind the weights. Mit weights, non-commercial evaluation data they do not derive
from read "Based on MIT License, with changes: the text adds 3 clauses that the MIT License does not have; not
open source: only research or evaluation use is allowed" (research-only; the complete, verbatim MIT License taken
as the base at 0.834, not identified as MIT), with notification-duty, non-commercial and research-only all from
the description of the data licence, "The Harrowvane Research Data Licence is a data licence for the 1,200
recorded dialogues in eval/ettrindale-dialogues/: it allows their use for non-commercial research only, forbids
redistributing the recordings and requires registration with the Harrowvane Dialogue Archive.", reported as
changes to the MIT License; the table's "Binds the weights?" column ("yes" for the weights, "no" for the sample)
and "The weights were not trained or tuned on those dialogues, contain nothing from them and are not derived from
them; ... The data licence therefore places no condition on the weights" were not taken into account. Apache-2.0
weights, hosted service terms apply to the service only read restricted ("Not open source: commercial use is
allowed but 1 clause restricts it"), with use-restrictions from "Those terms cap the free plan at 1,000 requests
a day, forbid using the hosted service for political campaigning or for writing malware, require an account, and
may be changed by Marrowfen at any time."; the next paragraph, "The Cloud terms govern the hosted service only.
They do not apply to the weights you download, ... and they take nothing away from the Apache License 2.0.", was
not taken into account, and the Apache 2.0 header was not identified (no entry, confidence 0). One blocked text
read with the wrong verdict: apache-2.0 and a use policy the licensor may update, terse read use-policy ("A use
policy (a list of forbidden uses), not a license; it adds 2 restrictions to the license it belongs to"), with
use-policy-by-reference from "The Halberwyn-7B weights are licensed under the Apache License, Version 2.0, and
are also subject to the Corvallin Acceptable Use Policy at https://corvallin.example/legal/aup." and
unilateral-change from "Corvallin may update the Acceptable Use Policy from time to time."; the text lists no
forbidden use and is a licence (it names the Apache License as the licence of the weights and carries its
standard header, which was not identified: no entry, confidence 0). Two blocked texts read unknown. Spdx mit and
use terms, debian-style header read "Based on MIT License, with changes (0.799): the text adds terms opengauge
cannot classify", unclassified the copyright stanza, lines 3 to 12 ("Files: weights/*.safetensors ... Comment:
The two licences are cumulative, not alternatives. Anyone who uses, copies, modifies or distributes the
Tessaline-Risk 3 weights must comply with the MIT License and with the Lantermoor Use Terms 1.0 at the same time.
----- MIT ----- MIT License"), and the whole of the Lantermoor Use Terms, lines 38 to 41, as one passage: "2. You
must not use the weights, or a model derived from them, to decide, or to help decide, whether a natural person is
offered credit, insurance, housing or a job." raised no use-restrictions, "3. ... to recognise natural persons by
their face, voice or gait in publicly accessible spaces." none either, and "4. If you distribute the weights or a
model derived from them, you must pass these terms on with them." no restrictions-flow-down; the SPDX "AND"
expression was not taken into account, and only the MIT notice condition (attribution) was found. Mit weights and
a safety classifier licence that binds deployments read "Based on MIT License, with changes (0.809): the text adds
terms opengauge cannot classify", unclassified lines 1 to 17 as one passage (the list of parts, "**Both licences
apply to every deployment of the model weights.** The MIT License is not offered on its own for Nightjar-Talk 4:
...", and the whole Nightjar Guard Licence 1.0 up to "### MIT License"): "- You may not remove, disable, bypass or
weaken Nightjar Guard, or raise its thresholds, in any such deployment." and "- If you do, your rights to the
weights under the MIT License and under this licence end at once." raised no guardrail-termination, "- Every
deployment of the Nightjar-Talk 4 weights, or of a model derived from them, must run Nightjar Guard on every
prompt and every reply." nothing. One open control read unknown: comply with each of three open licences,
tokenizer bsd-3 read "Based on BSD 3-Clause License, with changes (0.829): the text adds terms opengauge cannot
classify", unclassified lines 1 to 27 as one passage, everything before the BSD 3-Clause text: "You must comply
with each of the following licences, all of which apply together to the parts they cover:", the lettered list of
the three open licences, "No other licence, policy or terms apply to Kestrelmere-NER 5." and the standard Apache
2.0 header of the weights (not identified); the BSD 3-Clause License, the tokenizer's, was taken as the base of
the whole text (only its two notice conditions found, as attribution). Side findings on cases counted right: in
the tokenizer case, the definition of commercial use "Commercial use, meaning use in or for a product or service
that is sold, ... or any use by a company in the course of its business, is not permitted." also raised
personal-use-only, and all four freedoms were credited to the vocabulary licence's non-commercial sentence, the
Apache License named in the table for the weights not being read; in the NOTICE file, use and share were credited
to "They are conditions of the licence that Ferrowick Systems AB grants you, and they bind every recipient" and
study and modify were "not stated" (the Apache License named as the weights' licence not read as granting them);
in the FAQ, use was credited to the question "Q: Can I use Sorrelby-Instruct commercially?" and study, modify and
share to the question "Q: Can I fine-tune Sorrelby-Instruct itself and share the result?", not to their answers,
and neither the MIT License nor the base model's licence named there was identified; in the terse Apache text,
unilateral-change was found as expected besides use-policy-by-reference. No expectation was changed; no case was
found to carry a factual mistake.

What changed (general rules; tests in `test_together.py`): licences a text binds together ("apply together", "you
must comply with each of", "each part is under its own licence", "cumulative, not alternatives", an SPDX AND) are
read as the catalog licences it names, when it names no other: the sentences that bind or only name them are
explained, and the most restrictive of those that cover the weights joins the verdict (`licenses/together.py`:
three open licences; CC BY only for the documentation; the Apache header beside them). A sentence reporting another
document's terms in the third person ("Those terms cap ..., forbid ...", "it allows their use for non-commercial
research only"), and a sentence of the paragraph that binds nothing, is not the licence's limit when that paragraph
or the next says those terms do not apply to the weights (`licenses/disowned.py`: the hosted service, the
evaluation data). A name defined by apposition ("Nightjar Guard (`guard/`), the safety classifier that screens
every prompt") is read through what it is for guardrail-termination (`definitions._APPOSED`). A text that puts the
work under a catalog licence by naming it is a licence, not a use policy (`verdict.looks_like_policy`: the terse
Apache text). The use-restrictions rule takes an object with its derivatives between commas ("the weights, or a
model derived from them, to decide", the SPDX MIT AND Use Terms text). Now 12 of 12.
"""

from __future__ import annotations

from tests.licenses.standard_texts import APACHE_HEADER as _APACHE_HEADER
from tests.licenses.standard_texts import BSD_3_TERMS as _BSD_3
from tests.licenses.standard_texts import MIT_TERMS as _MIT

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "apache-2.0 and a use policy the licensor may update, terse": (
        "Halberwyn-7B\n"
        "Copyright 2026 Corvallin Labs SAS\n"
        "\n"
        "The Halberwyn-7B weights are licensed under the Apache License, Version 2.0, and are also "
        "subject to the Corvallin Acceptable Use Policy at https://corvallin.example/legal/aup. Both "
        "apply to every copy of the weights and to every model derived from them.\n"
        "\n"
        "Corvallin may update the Acceptable Use Policy from time to time. The version published at "
        "that address on the day you use the weights is the one that applies.\n"
        "\n" + _APACHE_HEADER,
        "restricted",
        "use-policy-by-reference",
    ),
    "spdx mit and use terms, debian-style header": (
        "SPDX-License-Identifier: MIT AND LicenseRef-Lantermoor-Use-Terms-1.0\n"
        "\n"
        "Files: weights/*.safetensors config.json generation_config.json\n"
        "Copyright: 2026 Lantermoor Analytics GmbH\n"
        "License: MIT AND LicenseRef-Lantermoor-Use-Terms-1.0\n"
        "Comment: The two licences are cumulative, not alternatives. Anyone who uses, copies,\n"
        " modifies or distributes the Tessaline-Risk 3 weights must comply with the MIT License\n"
        " and with the Lantermoor Use Terms 1.0 at the same time.\n"
        "\n"
        "----- MIT -----\n"
        "\n"
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Lantermoor Analytics GmbH\n"
        "\n" + _MIT + "\n"
        "----- LicenseRef-Lantermoor-Use-Terms-1.0 -----\n"
        "\n"
        "Lantermoor Use Terms 1.0\n"
        "\n"
        "1. These terms apply to the Tessaline-Risk 3 weights, and to every model derived from them, in "
        "addition to the MIT License.\n"
        "2. You must not use the weights, or a model derived from them, to decide, or to help decide, "
        "whether a natural person is offered credit, insurance, housing or a job.\n"
        "3. You must not use the weights, or a model derived from them, to recognise natural persons by "
        "their face, voice or gait in publicly accessible spaces.\n"
        "4. If you distribute the weights or a model derived from them, you must pass these terms on "
        "with them.\n",
        "restricted",
        "use-restrictions",
    ),
    "weights apache-2.0, tokenizer they need non-commercial": (
        "# Licensing: Brackwater-Scribe 2\n"
        "\n"
        "| Part | Files | Licence |\n"
        "|---|---|---|\n"
        "| Model weights | `model-00001-of-00002.safetensors`, `model-00002-of-00002.safetensors` | "
        "Apache License 2.0 |\n"
        "| Tokenizer and vocabulary | `tokenizer.json`, `vocab.txt` | Vellacourt Lexicon Licence 1.1 |\n"
        "| Inference code | `scribe/` | Apache License 2.0 |\n"
        "\n"
        "## Why both licences matter for the weights\n"
        "\n"
        "The tokenizer is not optional. The weights were trained on its token ids, every row of the "
        "embedding matrix belongs to one of its entries, and the model cannot be run, fine-tuned or "
        "evaluated without it. The Vellacourt Lexicon Trust does not allow the vocabulary to be "
        "separated from the models trained on it. Using the model therefore means using the tokenizer, "
        "and you must comply with both licences together: the Apache License 2.0 for the weights and "
        "the code, and the Vellacourt Lexicon Licence 1.1 for the tokenizer and for every model that "
        "depends on it, Brackwater-Scribe 2 included.\n"
        "\n"
        "## Vellacourt Lexicon Licence 1.1, sections 2 and 3 in brief\n"
        "\n"
        "- You may use, copy and adapt the vocabulary, and the models that depend on it, for "
        "non-commercial purposes only.\n"
        "- Commercial use, meaning use in or for a product or service that is sold, licensed for a fee "
        "or supported by advertising, or any use by a company in the course of its business, is not "
        "permitted.\n"
        "- The full licence is in `LICENSES/Vellacourt-Lexicon-1.1.txt`.\n"
        "\n"
        "Copyright 2026 Brackwater Document AI BV. The vocabulary is Copyright 2023 the Vellacourt "
        "Lexicon Trust.\n",
        "non-commercial",
        "non-commercial",
    ),
    "mit weights and a safety classifier licence that binds deployments": (
        "## Licences for Nightjar-Talk 4\n"
        "\n"
        "Nightjar-Talk 4 ships as two parts that are always deployed together:\n"
        "\n"
        "- **Model weights** (`nightjar-talk-4/`): MIT License, full text below.\n"
        "- **Nightjar Guard** (`guard/`), the safety classifier that screens every prompt and every "
        "reply: Nightjar Guard Licence 1.0, below.\n"
        "\n"
        "**Both licences apply to every deployment of the model weights.** The MIT License is not "
        "offered on its own for Nightjar-Talk 4: a copy of the weights is licensed to you on the "
        "condition that you also accept the Nightjar Guard Licence.\n"
        "\n"
        "### Nightjar Guard Licence 1.0\n"
        "\n"
        "- Every deployment of the Nightjar-Talk 4 weights, or of a model derived from them, must run "
        "Nightjar Guard on every prompt and every reply.\n"
        "- You may not remove, disable, bypass or weaken Nightjar Guard, or raise its thresholds, in "
        "any such deployment.\n"
        "- If you do, your rights to the weights under the MIT License and under this licence end at "
        "once.\n"
        "- Nightjar Guard itself may be used, copied and shared free of charge together with the "
        "weights.\n"
        "\n"
        "### MIT License\n"
        "\n"
        "Copyright (c) 2026 Ravensholt Dialogue Systems Ltd\n"
        "\n" + _MIT,
        "restricted",
        "guardrail-termination",
    ),
    "notice adds a revenue cap in addition to apache-2.0": (
        "Ferrowick-Chat 12B\n"
        "Copyright 2026 Ferrowick Systems AB\n"
        "\n"
        "This product includes model weights developed by Ferrowick Systems AB\n"
        "(https://ferrowick.example/).\n"
        "\n"
        "The model weights are licensed under the Apache License, Version 2.0 (the\n"
        "LICENSE file in this repository). In addition to the Apache License, the\n"
        "following conditions apply to the model weights. They are conditions of the\n"
        "licence that Ferrowick Systems AB grants you, and they bind every recipient:\n"
        "\n"
        "  1. An organisation whose consolidated annual revenue exceeded EUR 250\n"
        "     million in its most recent financial year may not use the weights, or a\n"
        "     model derived from them, in production without first concluding a\n"
        "     commercial agreement with Ferrowick Systems AB.\n"
        "  2. Copies of the weights must be accompanied by this NOTICE file.\n"
        "\n"
        "Third-party components:\n"
        "\n"
        "  - The tokenizer is derived from the Brindlestow BPE tokenizer,\n"
        "    Copyright 2024 the Brindlestow authors, licensed under the MIT License.\n",
        "restricted",
        "revenue-threshold",
    ),
    "third-party embedding licence incorporated with a device cap": (
        "MARLSTONE-ECHO 3 MODEL LICENCE\n"
        "\n"
        "1. DEFINITIONS\n"
        "\n"
        '1.1 "Licensor" means Marlstone Audio Pty Ltd.\n'
        '1.2 "Model" means the Marlstone-Echo 3 speech enhancement weights and their configuration '
        "files, as published by the Licensor.\n"
        '1.3 "Derivative" means any model that contains, or is trained or adapted from, the Model or '
        "any part of it.\n"
        '1.4 "Embedding Module" means the Quorvane acoustic embedding layers included in the Model.\n'
        '1.5 "Incorporated Licence" means the Quorvane Embedding Licence 2.0 published by Quorvane '
        "Acoustics Pte. Ltd. at https://quorvane.example/licences/embedding-2.0.\n"
        '1.6 "Device" means any physical unit, such as a hearing aid, headset, telephone, speaker or '
        "vehicle, on which the Model or a Derivative is installed.\n"
        "\n"
        "2. GRANT\n"
        "\n"
        "2.1 Subject to clause 3, the Licensor grants the Licensee a worldwide, royalty-free, "
        "non-exclusive licence to use, reproduce, modify and distribute the Model and Derivatives.\n"
        "\n"
        "3. INCORPORATED LICENCE\n"
        "\n"
        "3.1 The Embedding Module is an integral part of the Model and cannot be removed from it "
        "without training the Model again from the beginning.\n"
        "3.2 The Incorporated Licence is incorporated into this Licence by reference. The Licensee's "
        "rights under clause 2 are subject to the Incorporated Licence, which applies to the Embedding "
        "Module wherever it is used, including within the Model and within any Derivative.\n"
        "3.3 Without limiting clause 3.2, the Licensee acknowledges that under clause 4 of the "
        "Incorporated Licence the Embedding Module, and any model containing it, may be installed on no "
        "more than 25,000 Devices per licensee, and that installation on further Devices requires a "
        "volume licence from Quorvane Acoustics Pte. Ltd., which it may grant or refuse at its "
        "discretion.\n"
        "\n"
        "4. NOTICES\n"
        "\n"
        "4.1 The Licensee shall retain this Licence and all copyright notices in every copy of the Model "
        "or of a Derivative that it distributes.\n"
        "\n"
        "5. DISCLAIMER\n"
        "\n"
        '5.1 THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. THE LICENSOR IS NOT LIABLE FOR '
        "ANY LOSS ARISING FROM ITS USE, TO THE EXTENT PERMITTED BY LAW.\n"
        "\n"
        "6. GOVERNING LAW\n"
        "\n"
        "6.1 This Licence is governed by the laws of New South Wales, Australia.\n",
        "restricted",
        "user-threshold",
    ),
    "faq, base model terms also apply to a mit fine-tune": (
        "Sorrelby-Instruct 8B: licence FAQ\n"
        "\n"
        "Q: What licence is Sorrelby-Instruct 8B released under?\n"
        "A: Two licences, and both apply. Our fine-tuning work is released under the MIT License. "
        "Sorrelby-Instruct is a fine-tune of Grannick-Base 8B by Grannick AI Ltd, and the weights you "
        "download still contain the base model's weights, so the Grannick Base Model Licence 1.2 also "
        "applies to them. You need to follow both: the MIT License does not replace the base model's "
        "licence.\n"
        "\n"
        "Q: Can I use Sorrelby-Instruct commercially?\n"
        "A: Yes. Neither licence forbids commercial use, and there is no fee.\n"
        "\n"
        "Q: What does the Grannick licence add to the MIT License?\n"
        "A: Mainly one rule. You may not use Sorrelby-Instruct, a model derived from it, or any text "
        "generated by either, to train, fine-tune, distil or otherwise improve any large language model "
        "that is not itself derived from Grannick-Base. It also asks you to keep its notice file with "
        "every copy.\n"
        "\n"
        "Q: Can I fine-tune Sorrelby-Instruct itself and share the result?\n"
        "A: Yes, under the same two licences.\n"
        "\n"
        "Q: Where are the full texts?\n"
        "A: In LICENSE-MIT (our part) and LICENSE-GRANNICK (the base model's licence).\n"
        "\n"
        "Copyright (c) 2026 Sorrelby Research Cooperative\n",
        "restricted",
        "output-training-ban",
    ),
    "open licence and terms of service together, one sentence": (
        "PELLAVANE-VISION 2: TERMS FOR THE WEIGHTS\n"
        "\n"
        "By downloading, running, copying or redistributing the Pellavane-Vision 2 weights you accept "
        "two documents that apply to the weights together and neither of which replaces the other, "
        "namely the Pellavane Open Model Licence 1.0, under which Pellavane Systems Inc. grants you a "
        "worldwide, royalty-free, non-exclusive licence to use, copy, modify and distribute the weights "
        "and models derived from them for any purpose, and the Pellavane Developer Terms of Service, "
        "under which every person or organisation that uses the weights, or a model derived from them, "
        "in any product, service or internal system must first register that product, service or "
        "system with Pellavane Systems Inc. at https://pellavane.example/developers/register, giving the "
        "name of the organisation and the use to which the weights are put, and must notify Pellavane "
        "Systems Inc. within thirty days of each further deployment, so that a use of the weights that "
        "complies with the Open Model Licence but not with the Developer Terms of Service is not "
        "licensed.\n"
        "\n"
        "Both documents are governed by the laws of the State of Delaware.\n",
        "restricted",
        "notification-duty",
    ),
    "spdx apache-2.0 and cc-by-4.0, cc only for the docs": (
        "# SPDX-License-Identifier: Apache-2.0 AND CC-BY-4.0\n"
        "#\n"
        "# Thornlevy-Geo 1.3 (weights, code and documentation)\n"
        "#\n"
        "# This release is covered by two licences, and both apply, each to its own files:\n"
        "#\n"
        "#   Apache-2.0  the model weights (weights/), the configuration files and all code\n"
        "#               (thornlevy/, scripts/)\n"
        "#   CC-BY-4.0   the model card (MODEL_CARD.md), the documentation (docs/) and the\n"
        "#               figures in docs/figures/\n"
        "#\n"
        "# CC BY 4.0 does not apply to the weights, and nothing in the documentation adds a\n"
        "# term to the Apache License for them. If you reuse the documentation or the figures,\n"
        '# you must credit "Thornlevy Mapping Collective", link to the CC BY 4.0 licence and\n'
        "# say whether you changed anything.\n"
        "\n"
        "Copyright 2026 Thornlevy Mapping Collective\n"
        "\n" + _APACHE_HEADER,
        "osi-open",
        None,
    ),
    "comply with each of three open licences, tokenizer bsd-3": (
        "LICENCE TERMS FOR KESTRELMERE-NER 5\n"
        "\n"
        "Kestrelmere-NER 5 is made of three parts, each under its own licence. You must comply with "
        "each of the following licences, all of which apply together to the parts they cover:\n"
        "\n"
        "(a) the model weights (`weights/`): the Apache License, Version 2.0, header below;\n"
        "(b) the tokenizer and its vocabulary (`tokenizer/`), without which the weights cannot be run: "
        "the BSD 3-Clause License, full text below;\n"
        "(c) the inference and training code (`src/`): the MIT License, in `src/LICENSE`.\n"
        "\n"
        "No other licence, policy or terms apply to Kestrelmere-NER 5.\n"
        "\n"
        "--- (a) Model weights ---\n"
        "\n"
        "Copyright 2026 Kestrelmere Language Tools Ltd\n"
        "\n" + _APACHE_HEADER + "\n"
        "--- (b) Tokenizer ---\n"
        "\n"
        "Copyright (c) 2025, Tamsgrove Lexical Project\n"
        "All rights reserved.\n"
        "\n" + _BSD_3,
        "osi-open",
        None,
    ),
    "mit weights, non-commercial evaluation data they do not derive from": (
        "# Licences in this repository\n"
        "\n"
        "| What | Where | Licence | Binds the weights? |\n"
        "|---|---|---|---|\n"
        "| Model weights and configuration | `weights/`, `config.json` | MIT License | yes |\n"
        "| Evaluation sample | `eval/ettrindale-dialogues/` | Harrowvane Research Data Licence 2.0 "
        "(non-commercial) | no |\n"
        "\n"
        "Both licences apply to this repository, each to its own files. The Harrowvane Research Data "
        "Licence is a data licence for the 1,200 recorded dialogues in `eval/ettrindale-dialogues/`: it "
        "allows their use for non-commercial research only, forbids redistributing the recordings and "
        "requires registration with the Harrowvane Dialogue Archive. The weights were not trained or "
        "tuned on those dialogues, contain nothing from them and are not derived from them; the "
        "dialogues are only read by `eval/score.py` to reproduce the table in the model card. The data "
        "licence therefore places no condition on the weights, and you can delete `eval/` without "
        "affecting anything else.\n"
        "\n"
        "## MIT License (model weights and configuration)\n"
        "\n"
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Wendlacombe Speech Lab\n"
        "\n" + _MIT,
        "osi-open",
        None,
    ),
    "apache-2.0 weights, hosted service terms apply to the service only": (
        "## Licence\n"
        "\n"
        "The Marrowfen-Code 14B weights and the code in this repository are released under the Apache "
        "License 2.0 (header below; full text in `LICENSE`).\n"
        "\n"
        "If you use Marrowfen Cloud, our hosted API and the web playground at "
        "https://play.marrowfen.example, the Marrowfen Cloud Terms of Service apply as well. Those "
        "terms cap the free plan at 1,000 requests a day, forbid using the hosted service for political "
        "campaigning or for writing malware, require an account, and may be changed by Marrowfen at any "
        "time.\n"
        "\n"
        "The Cloud terms govern the hosted service only. They do not apply to the weights you download, "
        "to copies you run on your own hardware or anyone else's, or to models you build from the "
        "weights, and they take nothing away from the Apache License 2.0.\n"
        "\n"
        "Copyright 2026 Marrowfen Software Ltd\n"
        "\n" + _APACHE_HEADER,
        "osi-open",
        None,
    ),
}
