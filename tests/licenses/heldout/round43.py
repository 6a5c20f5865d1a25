# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 43 (issue 14): twelve model licences that offer a choice between licences (dual or multi licensing)
or that impose several licences at once, six choices whose one freely choosable option is an OSI licence, four
texts where there is no real choice of an open licence for everyone, and two open controls. Each expectation is
decided from the README's definitions and the rule round 42 applied: where a recipient may choose between options,
the most open option that anyone may choose decides; where several licences or terms apply together (conjunctive:
"and", "as well", "both", parts of one release each under its own licence that all bind the weights), the most
restrictive binding one decides. "Anyone" is read literally: an open option reserved for a narrow class
(universities) leaves everyone else with the restrictive one, and a restrictive option reserved for a narrow class
(non-profits) takes nothing from the open one everybody else has. Drafting styles vary (a LICENSE file that is an
SPDX "OR" line and a short choice notice followed by the full text of each option, one long sentence with "at the
option of", a Markdown table of options with a "Who may choose it" row, numbered legalese with Option 1, Option 2
and a schedule, a plain-language FAQ with "you may choose either", a "dual-licensed" notice whose second option is
only for non-profits, an SPDX "AND" expression over a licence header and an addendum, Markdown bullets of a dual
licence with an academic-only option, two numbered options that are both restrictive, release notes with a
component table, an SPDX "OR" of a permissive and a copyleft licence with both standard notices, an SPDX "AND" of
three open licences over the parts of a release). Every name, company, product and figure is invented (the
governing laws name real jurisdictions); the MIT License and the Apache 2.0 header are the standard texts, the GPL
3.0 notice its standard wording. Written blind, before any rule changed.

- "spdx mit or a model licence, notice then both full texts": "SPDX-License-Identifier: MIT OR
  LicenseRef-Fenwright-Model-1.0", "You may use it under either of them, at your choice: the MIT License, or the
  Fenwright Model Licence 1.0. You do not need to accept both, and the licence you do not choose does not apply to
  your copy.", then the complete MIT License (Fenwright Imaging Oy) as Option 1 and, as Option 2, a model licence
  with a cap of 20 million monthly active users, a ban on biometric identification in public spaces and on
  monitoring employees, and a warranty in exchange (osi-open: anyone may take the MIT License).
- "apache-2.0 or a broadcast licence at your option, in one sentence": one sentence making Kellavrin-TTS 3
  available "to every person and organisation that obtains a copy, at the option of that person or organisation,
  either under the Apache License, Version 2.0, ... or under the Kellavrin Broadcast Licence 2.1", which "forbids
  the use of any voice ... to imitate a living person, requires every broadcast ... to credit "Voice by Kellavrin"
  on air, and ceases to apply to any licensee whose annual broadcast revenue exceeds EUR 50 million", a recipient
  choosing Apache "bound by nothing in the Kellavrin Broadcast Licence" (osi-open).
- "markdown table of two options, bsd-3 or a partner licence": "Quillmoor-Code 9B is dual-licensed. Every user,
  whoever they are, picks one of the two options below", a table whose "Who may choose it" row reads "anyone |
  anyone", Option A the BSD 3-Clause License and Option B a partner licence with a 3 % revenue share, a "Powered by
  Quillmoor" badge and a USD 500 million revenue limit, and "You do not need to tell us which option you chose."
  (osi-open).
- "numbered option 1 and option 2, mit in a schedule": "1.1 The Licensor offers the Model under two alternative
  licences, Option 1 and Option 2. Any person or organisation may elect either Option. ...", Option 1 the MIT
  License in Schedule 1 (reproduced in full), elected "by using or distributing the Model with the notice in
  Schedule 1. No notice to the Licensor is needed.", Option 2 a supported licence for internal business purposes
  with no distribution to third parties and no forecasts for energy trading desks (osi-open).
- "faq, apache-2.0 or a community licence, you may choose either": questions and answers, "Under two licences, and
  you may choose either.", "If you choose the Apache License 2.0, the Community Licence does not apply to you at
  all", the answer describing the community licence (a cap of 700 million monthly active users, no training other
  large language models on outputs, a revisable acceptable use policy by URL) and "Q: Can a company with a billion
  users choose the Apache License 2.0? A: Yes. Anyone can, ..." (osi-open).
- "option b only for non-profits, option a apache-2.0 for everyone": a "dual-licensed" notice, "Option A is
  available to everyone: any individual, company, public body or other organisation, for any purpose.", "Option B
  is available only to non-profit organisations", Option B for humanitarian, non-commercial purposes only, with
  registration and no passing on, "A non-profit organisation may choose either option; everyone else has Option
  A.", and the standard Apache 2.0 header (osi-open: the option reserved for a few restricts no one, since
  everyone, non-profits included, may take Option A).
- "spdx apache-2.0 and a weights addendum": "SPDX-License-Identifier: Apache-2.0 AND
  LicenseRef-Ormswade-Weights-Addendum-1.0", "Both apply to every copy of the weights at the same time. The
  addendum is not an alternative to the Apache License", the standard Apache 2.0 header, and "A2. You may not use
  the weights, a model derived from them, or any output of either, to train, fine-tune or distil any
  machine-learning model other than Kelderwick-7B or a model derived from it." (restricted, output-training-ban:
  conjunctive).
- "mit only for academic institutions, everyone else pays": Markdown bullets of a dual licence, the MIT License
  "Available only to universities, colleges and publicly funded research institutes", "Every other person or
  organisation, including any company, hospital, clinic or individual, may use Pendlecroft-Med 3 only under the
  Commercial Licence", which allows products and services that are sold, "For each site at which it is deployed you
  must pay Ashveney Clinical AI Ltd an annual fee of GBP 9,500, in advance." and keeps the weights inside the
  licensee's organisation (restricted, fee-required: the open option is not one anyone may choose;
  no-redistribution too).
- "choose either a non-commercial or a research licence": "You may choose either of the following two licences ...
  Whichever you choose is the only licence that applies to you.", (1) use, copying, change and sharing "for any
  non-commercial purpose", commercial use not permitted, and (2) research and evaluation only, "does not permit
  deploying the model in any product, service or production system, paid or free", with access to a benchmark in
  exchange; "The Rothwenny Institute offers no other licence" (non-commercial, non-commercial: neither option is
  open, and the more open of the two, which anyone may choose, is the non-commercial one, so the research-only
  option does not decide).
- "merged checkpoint under apache-2.0 and an adapter licence together": release notes with a component table whose
  checkpoint row reads "Apache License 2.0 and Penhavric Dialect Adapter Licence 1.0", "The two cannot be separated
  again, and the un-merged weights are not published. The checkpoint is therefore under both licences at once", and
  the adapter licence's "2. The adapter, and any model that contains it, may not be used to identify a speaker, to
  infer where a speaker comes from, or in any system used for immigration, asylum or border control." (restricted,
  use-restrictions: different parts under their own licences, both binding the published weights).
- "spdx apache-2.0 or gpl-3.0-or-later, both open": "SPDX-License-Identifier: Apache-2.0 OR GPL-3.0-or-later", "You
  may choose either the Apache License, Version 2.0, or the GNU General Public License, version 3 or (at your
  option) any later version. ... You need to comply only with the licence you choose.", the near miss
  "Contributions are accepted only under both licences" (an inbound rule for contributors), the standard GPL 3.0
  notice and, "Alternatively", the standard Apache 2.0 header (osi-open: a choice between two OSI licences, one of
  them copyleft).
- "code, weights and data each under an open licence, all together": "All three licences apply together, each to
  its own part", the code under MIT, the weights under CC BY 4.0, the evaluation data under CDLA-Permissive-2.0,
  "SPDX-License-Identifier: MIT AND CC-BY-4.0 AND CDLA-Permissive-2.0", "There are no other terms: no use policy,
  no limit on users, and no registration." (open-non-osi: conjunctive, and the licence binding the weights, CC BY
  4.0, is open but not OSI-approved).

First run (before any rule changed): 2 of 12 right (spdx apache-2.0 and a weights addendum, restricted,
output-training-ban from A2 "You may not use the weights, a model derived from them, or any output of either, to
train, fine-tune or distil any machine-learning model other than Kelderwick-7B ..."; mit only for academic
institutions, everyone else pays, restricted, fee-required from "For each site at which it is deployed you must pay
Ashveney Clinical AI Ltd an annual fee of GBP 9,500, in advance." and no-redistribution from "You may not give the
weights to anyone outside your own organisation."). No blocked text read open. Every text that offers a choice was
read as one text: the options' clauses counted together, and no sentence saying the options are alternatives ("the
licence you do not choose does not apply to your copy", "Whichever you choose is the only licence that applies to
you", "everyone else has Option A") was taken into account, nor any SPDX expression, "OR" or "AND" (round 42's
DISAGREEMENTS name the same cause). One blocked text read unknown: merged checkpoint under apache-2.0 and an
adapter licence together, unclassified "The adapter belongs to the Penhavric Language Trust and is licensed under
the Penhavric Dialect Adapter Licence 1.0. The two cannot be separated again, and the un-merged weights are not
published.", "The checkpoint is therefore under both licences at once: every use, copy or modification of it must
comply with the Apache License 2.0 and with the Penhavric Dialect Adapter Licence 1.0.", "3. Anyone who distributes
the adapter, or a model that contains it, must pass on this licence with it." and the limit itself, "2. The
adapter, and any model that contains it, may not be used to identify a speaker, to infer where a speaker comes
from, or in any system used for immigration, asylum or border control.", which raised no use-restrictions (all four
freedoms credited to clause 1, "The Penhavric Language Trust permits anyone to use, copy, modify and distribute the
adapter, ... for any purpose except those in clause 2, without charge."). One blocked text read with the wrong
verdict: choose either a non-commercial or a research licence read research-only ("Not open source: only research
or evaluation use is allowed (2 restrictive clauses found)"), with non-commercial from (1)'s "You may use, copy,
modify and share Tollavern-Bio 2, and models derived from it, for any non-commercial purpose." and research-only
from (2)'s "You may use and modify Tollavern-Bio 2 only for scientific research and evaluation, ...", the second
option's research-only taken to beat the first's non-commercial as if both bound the same recipient (stricter than
the round, never kinder). Six open texts read blocked, each on the clauses of the option no one has to take. Option
b only for non-profits, option a apache-2.0 for everyone read non-commercial ("Not open source: commercial use is
not allowed (3 restrictive clauses found)"), with use-restrictions and non-commercial both from "Option B - the
Yellowholt Humanitarian Data Licence 1.2. Option B is available only to non-profit organisations." and
notification-duty from "Under Option B the model and the archive may be used only for humanitarian, non-commercial
purposes, each licensee must register with the Foundation before first use, ..."; "Option A is available to
everyone: any individual, company, public body or other organisation, for any purpose." was not credited as a grant
(use was credited to Option B's sentence, no other freedom to anything) and the Apache 2.0 header was not
identified (apache-2.0 at 0.25, as an alternative only). Spdx mit or a model licence, notice then both full texts
read restricted, with user-threshold from Option 2's "2. If the products or services in which you use
Tarnhollow-Vision 4 had more than 20 million monthly active users ..." and use-restrictions from "3. You may not
use Tarnhollow-Vision 4 for the biometric identification of people in publicly accessible spaces, or to monitor
employees."; the complete, verbatim MIT License of Option 1 was not identified (no entry, confidence 0), and use
was credited to the choice sentence "You may use it under either of them, at your choice: ...". Numbered option 1
and option 2, mit in a schedule was identified as the MIT License (0.747) and read "Based on MIT License, with
changes: the text adds 3 clauses that the MIT License does not have", restricted, with no-modification and
no-redistribution from Option 2's "3.2 The Licensee shall not distribute the Model, or any modified version of it,
to any third party." and use-restrictions from "3.3 The Licensee shall not use the Model to supply price forecasts
to energy trading desks.", the whole of Option 2 being reported as changes to Option 1. Faq, apache-2.0 or a
community licence, you may choose either read restricted, with user-threshold, output-training-ban and
use-policy-by-reference all from the answer that describes the licence one need not take ("A: It allows use for any
purpose, but if your products have more than 700 million monthly active users you must ask us for a licence, which
we may refuse; you may not use its outputs to train other large language models; and you must follow our acceptable
use policy at https://brindlecombe.example/aup, which we may change."), all four freedoms credited to that answer
too; "Q: Can a company with a billion users choose the Apache License 2.0? A: Yes. Anyone can, ..." was not read.
Markdown table of two options, bsd-3 or a partner licence read restricted, with fee-required, naming-branding and
revenue-threshold from the Option B column of the rows "Price none 3 % of net revenue ...", "Branding none "Powered
by Quillmoor" ..." and "Revenue limit none licensees with annual revenue above USD 500 million need a separate
agreement" (the Option A column of each row saying "none", and the row "Who may choose it anyone anyone" not taken
into account); no freedom was credited to anything. Apache-2.0 or a broadcast licence at your option, in one
sentence read restricted, with revenue-threshold from the description of the broadcast licence ("... and ceases to
apply to any licensee whose annual broadcast revenue exceeds EUR 50 million, ..."); no freedom was credited to the
sentence's grant ("is made available ... to every person and organisation that obtains a copy, at the option of
that person or organisation, either under the Apache License, Version 2.0, ..."). Two open controls read unknown.
Spdx apache-2.0 or gpl-3.0-or-later, both open: unclassified "You need to comply only with the licence you choose."
and the contributors' rule "Contributions are accepted only under both licences, so that either option keeps
covering the whole project."; neither the standard GPL 3.0 notice nor the Apache 2.0 header was identified
(apache-2.0 at 0.25, as an alternative only), though the four freedoms were credited to the GPL notice and to
"Alternatively, this program may be used under the terms of the Apache License, Version 2.0". Code, weights and
data each under an open licence, all together: unclassified "All three licences apply together, each to its own
part, and you must comply with each of them for the part it covers."; the freedoms and attribution were read from
the CC BY 4.0 bullet, and the closest identification was CDLA-Permissive-2.0 (0.5, an alternative only), the
evaluation data's licence, not the weights'. Side findings on cases counted right and wrong: in the weights
addendum, "A3. If you distribute the weights or a model derived from them, you must include this addendum with the
Apache License." raised no restrictions-flow-down, and its Apache 2.0 header was not identified; in the broadcast
sentence, the restrictive option's credit "Voice by Kellavrin" on air raised no naming-branding and its ban on
imitating a living person no use-restrictions; in the FAQ, the acceptable use policy "which we may change" raised
no unilateral-change; in the non-profit notice, Option B's "neither the model nor the archive may be passed on to
anyone who is not itself an Option B licensee" raised no no-redistribution. No expectation was changed; no case was
found to carry a factual mistake.

What changed (general rules; tests in `test_options.py`): a text that offers a choice between licences is read
option by option (`licenses/options.py`). The words that offer it ("dual-licensed", "at your option", "at the option
of that person or organisation", "may elect either", an SPDX expression with OR and no AND) make it a choice; "(at
your option) any later version" and terms that "both apply" do not. An option is marked by a label line ("Option 1",
"3. Option 2: ...", framed by rules or not), a bracketed list item, a heading naming a licence, a column of a table
of options, or, where nothing marks them, by the licences the offering paragraph names; a paragraph, sentence or
"either ... or ..." alternative elsewhere that speaks of one option only belongs to it ("Option 1 is the MIT
License" makes "Option 1" speak of the MIT License). Each option is read as the whole text with the other options'
characters blanked (line numbers kept), the sentences about the choice itself left out unless a blocking clause is
read in one; an option that names one catalog licence and states no term of its own is that licence, as a notice
naming it is. The most open option decides; an option that cannot be read leaves a closed choice `unknown`. The
report lists every option with its verdict and blocking clause types (`options` in the `opengauge.license/1`
document). The use-restrictions rule for "the work may not be used to ..." now takes the weights, a checkpoint, an
adapter or "any model" as its subject, and only identifying the licensor or the origin is a name rule's (merged
checkpoint). Now 11 of 12; round 42's two choices (read as one text before) pass too.

After round 44 (licences that apply together, `licenses/together.py`): the code, weights and data control reads
open-non-osi, as written: a text that says its licences apply together and names only catalog licences is read as
them, the licence that covers the weights (CC BY 4.0) deciding. Now 12 of 12.
"""

from __future__ import annotations

from tests.licenses.standard_texts import APACHE_HEADER as _APACHE_HEADER
from tests.licenses.standard_texts import MIT_TERMS as _MIT

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "spdx mit or a model licence, notice then both full texts": (
        "SPDX-License-Identifier: MIT OR LicenseRef-Fenwright-Model-1.0\n"
        "\n"
        "Tarnhollow-Vision 4 (the weights, the code and the documentation in this repository) is offered "
        "under two licences. You may use it under either of them, at your choice: the MIT License, or the "
        "Fenwright Model Licence 1.0. You do not need to accept both, and the licence you do not choose "
        "does not apply to your copy. The full text of each follows.\n"
        "\n"
        "======================================================================\n"
        "Option 1: MIT License\n"
        "======================================================================\n"
        "\n"
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Fenwright Imaging Oy\n"
        "\n" + _MIT + "\n"
        "======================================================================\n"
        "Option 2: Fenwright Model Licence 1.0\n"
        "======================================================================\n"
        "\n"
        "1. Fenwright Imaging Oy grants you a worldwide, royalty-free licence to use, copy, modify and "
        "distribute Tarnhollow-Vision 4.\n"
        "2. If the products or services in which you use Tarnhollow-Vision 4 had more than 20 million "
        "monthly active users in the preceding calendar month, you must obtain a separate licence from "
        "Fenwright Imaging Oy, which it may grant or refuse.\n"
        "3. You may not use Tarnhollow-Vision 4 for the biometric identification of people in publicly "
        "accessible spaces, or to monitor employees.\n"
        "4. Fenwright Imaging Oy warrants for twelve months from delivery that the weights perform as "
        "described in the model card, and supports licensees under this licence by e-mail.\n"
        "5. This licence is governed by the laws of Finland.\n",
        "osi-open",
        None,
    ),
    "apache-2.0 or a broadcast licence at your option, in one sentence": (
        "KELLAVRIN-TTS 3: LICENSING\n"
        "\n"
        "Kellavrin-TTS 3, comprising the acoustic model weights, the vocoder weights, the voice\n"
        "catalogue and the inference code published in this repository, is made available by\n"
        "Ostrewin & Pennard Audio GmbH to every person and organisation that obtains a copy, at the\n"
        "option of that person or organisation, either under the Apache License, Version 2.0,\n"
        "the full text of which is available at http://www.apache.org/licenses/LICENSE-2.0 and in\n"
        "the file LICENSE-APACHE, or under the Kellavrin Broadcast Licence 2.1 in the file\n"
        "LICENSE-BROADCAST, which, unlike the Apache License, forbids the use of any voice in the\n"
        "voice catalogue to imitate a living person, requires every broadcast that uses speech\n"
        'generated with the model to credit "Voice by Kellavrin" on air, and ceases to apply to\n'
        "any licensee whose annual broadcast revenue exceeds EUR 50 million, but which in exchange\n"
        "includes an indemnity against claims by the voice actors whose recordings were used in\n"
        "training, so that a recipient who chooses the Apache License, Version 2.0 takes the whole\n"
        "of Kellavrin-TTS 3 on the terms of that licence alone and is bound by nothing in the\n"
        "Kellavrin Broadcast Licence, while a recipient who chooses the Kellavrin Broadcast\n"
        "Licence is bound by that licence alone.\n"
        "\n"
        "Copyright 2026 Ostrewin & Pennard Audio GmbH\n",
        "osi-open",
        None,
    ),
    "markdown table of two options, bsd-3 or a partner licence": (
        "# Licence options for Quillmoor-Code 9B\n"
        "\n"
        "Quillmoor-Code 9B is dual-licensed. Every user, whoever they are, picks one of the two options "
        "below for each copy. The option you pick is the only licence that applies to that copy.\n"
        "\n"
        "| | Option A | Option B |\n"
        "|---|---|---|\n"
        "| Licence | BSD 3-Clause License (file `LICENSE-BSD`) | Quillmoor Partner Licence (file `LICENSE-PARTNER`) |\n"
        "| Who may choose it | anyone | anyone |\n"
        "| Price | none | 3 % of net revenue from products that include the model |\n"
        '| Branding | none | "Powered by Quillmoor" on the about screen of every product |\n'
        "| Revenue limit | none | licensees with annual revenue above USD 500 million need a separate agreement |\n"
        "| Listing in the Quillmoor partner directory | no | yes |\n"
        "| Early access to new checkpoints | no | yes, 60 days before public release |\n"
        "\n"
        "## Which should I choose?\n"
        "\n"
        "If you only want the model, choose Option A: it has no fee, no branding duty and no revenue "
        "limit, and it covers the weights, the tokenizer and the code in full. Option B is for companies "
        "that want early access to checkpoints and a listing in our directory.\n"
        "\n"
        "## Recording your choice\n"
        "\n"
        "Keep the licence file of the option you chose with your copy. You do not need to tell us which "
        "option you chose.\n"
        "\n"
        "Copyright (c) 2026 Stenwick Software Labs Inc.\n",
        "osi-open",
        None,
    ),
    "numbered option 1 and option 2, mit in a schedule": (
        "HEATHERLAINE MODEL LICENSING TERMS\n"
        'Model: Orrimaw-Forecast 2 (the "Model")\n'
        'Licensor: Heatherlaine Analytics Pty Ltd (the "Licensor")\n'
        "\n"
        "1. Alternative licences\n"
        "1.1 The Licensor offers the Model under two alternative licences, Option 1 and Option 2. Any "
        "person or organisation may elect either Option. A Licensee that elects one Option is bound by "
        "that Option only, and the terms of the other Option do not apply to it.\n"
        "1.2 Option 1 is the MIT License, in the form set out in Schedule 1.\n"
        "1.3 Option 2 is the Heatherlaine Supported Licence, set out in clause 3.\n"
        "\n"
        "2. Election\n"
        "2.1 A Licensee elects Option 1 by using or distributing the Model with the notice in Schedule 1. "
        "No notice to the Licensor is needed.\n"
        "2.2 A Licensee that signs an order form for support is taken to have elected Option 2 for the "
        "copies covered by that order form.\n"
        "\n"
        "3. Option 2: Heatherlaine Supported Licence\n"
        "3.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Model "
        "for the Licensee's internal business purposes.\n"
        "3.2 The Licensee shall not distribute the Model, or any modified version of it, to any third "
        "party.\n"
        "3.3 The Licensee shall not use the Model to supply price forecasts to energy trading desks.\n"
        "3.4 The Licensor shall supply updates and answer support requests within two business days, for "
        "the fees stated in the order form.\n"
        "\n"
        "4. Law\n"
        "4.1 These terms are governed by the laws of New South Wales.\n"
        "\n"
        "SCHEDULE 1 - MIT LICENSE\n"
        "\n"
        "Copyright (c) 2026 Heatherlaine Analytics Pty Ltd\n"
        "\n" + _MIT,
        "osi-open",
        None,
    ),
    "faq, apache-2.0 or a community licence, you may choose either": (
        "Brindlecombe-Chat 70B: licensing questions and answers\n"
        "\n"
        "Q: Under what licence is Brindlecombe-Chat 70B released?\n"
        "A: Under two licences, and you may choose either. One is the Apache License, Version 2.0, in "
        "LICENSE-APACHE. The other is the Brindlecombe Community Licence, in COMMUNITY_LICENSE.md.\n"
        "\n"
        "Q: Do I have to accept both?\n"
        "A: No. You choose one. If you choose the Apache License 2.0, the Community Licence does not apply "
        "to you at all, and the other way round.\n"
        "\n"
        "Q: What does the Community Licence say?\n"
        "A: It allows use for any purpose, but if your products have more than 700 million monthly active "
        "users you must ask us for a licence, which we may refuse; you may not use its outputs to train "
        "other large language models; and you must follow our acceptable use policy at "
        "https://brindlecombe.example/aup, which we may change. In return it includes a licence to use the "
        '"Brindlecombe" trade mark for products built on the model.\n'
        "\n"
        "Q: Why would anyone choose the Community Licence?\n"
        "A: For the trade mark licence. The Apache License 2.0 gives no right to use our trade marks.\n"
        "\n"
        "Q: Can a company with a billion users choose the Apache License 2.0?\n"
        "A: Yes. Anyone can, for the weights and the code alike, with no user limit and no registration.\n"
        "\n"
        "Q: What must I do under the Apache License 2.0?\n"
        "A: What that licence requires: keep the licence and the notices with the copies you distribute, "
        "and mark the files you change.\n"
        "\n"
        "Copyright 2026 Brindlecombe AI Ltd. Licensed under the Apache License, Version 2.0 (see "
        "LICENSE-APACHE) or the Brindlecombe Community Licence (see COMMUNITY_LICENSE.md), at your option.\n",
        "osi-open",
        None,
    ),
    "option b only for non-profits, option a apache-2.0 for everyone": (
        "NOTICE OF LICENSING: MARSHWENDLE-SAT SEGMENTATION MODEL\n"
        "\n"
        "The Marshwendle-Sat model (the weights, the code and the documentation) is dual-licensed by the "
        "Yellowholt Earth Observation Foundation.\n"
        "\n"
        "Option A - the Apache License, Version 2.0.\n"
        "Option A is available to everyone: any individual, company, public body or other organisation, "
        "for any purpose.\n"
        "\n"
        "Option B - the Yellowholt Humanitarian Data Licence 1.2.\n"
        "Option B is available only to non-profit organisations. With the model it gives access to the "
        "Foundation's labelled flood-extent archive. Under Option B the model and the archive may be used "
        "only for humanitarian, non-commercial purposes, each licensee must register with the Foundation "
        "before first use, and neither the model nor the archive may be passed on to anyone who is not "
        "itself an Option B licensee.\n"
        "\n"
        "A non-profit organisation may choose either option; everyone else has Option A. An organisation "
        "that chooses Option A is bound only by the Apache License, Version 2.0, and nothing said above "
        "about Option B applies to it.\n"
        "\n"
        "Copyright 2026 Yellowholt Earth Observation Foundation\n"
        "\n" + _APACHE_HEADER,
        "osi-open",
        None,
    ),
    "spdx apache-2.0 and a weights addendum": (
        "# Licensing\n"
        "\n"
        "SPDX-License-Identifier: Apache-2.0 AND LicenseRef-Ormswade-Weights-Addendum-1.0\n"
        "\n"
        "The Kelderwick-7B weights are licensed under the Apache License, Version 2.0, and under the "
        "Ormswade Weights Addendum 1.0 as well. Both apply to every copy of the weights at the same time. "
        "The addendum is not an alternative to the Apache License, and you cannot step out of it by "
        "relying on the Apache License alone.\n"
        "\n"
        "## Apache License, Version 2.0\n"
        "\n"
        "Copyright 2026 Ormswade Foundry AS\n"
        "\n" + _APACHE_HEADER + "\n"
        "## Ormswade Weights Addendum 1.0\n"
        "\n"
        "A1. This addendum applies to the weights in `weights/` and to every model derived from them.\n"
        "A2. You may not use the weights, a model derived from them, or any output of either, to train, "
        "fine-tune or distil any machine-learning model other than Kelderwick-7B or a model derived from "
        "it.\n"
        "A3. If you distribute the weights or a model derived from them, you must include this addendum "
        "with the Apache License.\n"
        "A4. In every other respect the Apache License, Version 2.0 applies to the weights unchanged.\n",
        "restricted",
        "output-training-ban",
    ),
    "mit only for academic institutions, everyone else pays": (
        "# Dual licensing of Pendlecroft-Med 3\n"
        "\n"
        "Pendlecroft-Med 3 (the weights, the tokenizer and the inference code) is dual-licensed by Ashveney "
        "Clinical AI Ltd.\n"
        "\n"
        "* **Academic option: the MIT License.** Available only to universities, colleges and publicly "
        "funded research institutes, for work done by their own staff and students. An eligible "
        "institution receives Pendlecroft-Med 3 under the MIT License, reproduced in LICENSE-MIT.\n"
        "* **Commercial option: the Pendlecroft Commercial Licence.** Every other person or organisation, "
        "including any company, hospital, clinic or individual, may use Pendlecroft-Med 3 only under the "
        "Commercial Licence in LICENSE-COMMERCIAL.\n"
        "\n"
        "## The Commercial Licence in brief\n"
        "\n"
        "Under the Commercial Licence you may use, modify and deploy Pendlecroft-Med 3, including in "
        "products and services that you sell. For each site at which it is deployed you must pay Ashveney "
        "Clinical AI Ltd an annual fee of GBP 9,500, in advance. You may not give the weights to anyone "
        "outside your own organisation.\n"
        "\n"
        "## Who gets which option\n"
        "\n"
        "An eligible institution may choose either option. A copy that Ashveney supplies to anyone else is "
        "licensed under the Commercial Licence only, and the MIT License is not offered to them.\n"
        "\n"
        "Questions: licensing@ashveney-clinical.example\n",
        "restricted",
        "fee-required",
    ),
    "choose either a non-commercial or a research licence": (
        "Tollavern-Bio 2 - licence\n"
        "\n"
        "You may choose either of the following two licences for your copy of Tollavern-Bio 2. Whichever you "
        "choose is the only licence that applies to you.\n"
        "\n"
        "(1) The Tollavern Non-Commercial Licence. You may use, copy, modify and share Tollavern-Bio 2, and "
        "models derived from it, for any non-commercial purpose. Commercial use, meaning any use by or for "
        "a business or any use in a product or service offered for money, is not permitted under this "
        "licence.\n"
        "\n"
        "(2) The Tollavern Research Licence. You may use and modify Tollavern-Bio 2 only for scientific "
        "research and evaluation, and you may share it only with other researchers for the same purpose. "
        "This licence does not permit deploying the model in any product, service or production system, "
        "paid or free. In exchange, researchers under this licence receive access to the Tollavern protein "
        "interaction benchmark and its held-out labels.\n"
        "\n"
        "Under either licence, you must keep this notice and the line "
        '"Tollavern-Bio 2 (c) 2026 Rothwenny Institute for Structural Biology" with every copy you share.\n'
        "\n"
        "The Rothwenny Institute offers no other licence for Tollavern-Bio 2.\n"
        "\n"
        "Questions about the two licences: licences@rothwenny-institute.example\n"
        "\n"
        'Tollavern-Bio 2 is provided "as is", without warranty of any kind, and the Rothwenny Institute is '
        "not liable for any damages arising from its use, to the extent the law allows.\n"
        "\n"
        "Both licences are governed by the laws of Ireland.\n",
        "non-commercial",
        "non-commercial",
    ),
    "merged checkpoint under apache-2.0 and an adapter licence together": (
        "Release notes: Gorsedale-Speech 5 (v5.0.0)\n"
        "\n"
        "## What is in this release\n"
        "\n"
        "| Component | Files | Licence |\n"
        "|---|---|---|\n"
        "| Training and inference code | `src/` | MIT License |\n"
        "| Model checkpoint | `weights/gorsedale-speech-5.safetensors` | Apache License 2.0 and "
        "Penhavric Dialect Adapter Licence 1.0 |\n"
        "\n"
        "The checkpoint is made of weights trained by Gorsedale Voice Ltd, which Gorsedale licenses under "
        "the Apache License 2.0, with the Penhavric dialect adapter merged into them. The adapter belongs "
        "to the Penhavric Language Trust and is licensed under the Penhavric Dialect Adapter Licence 1.0. "
        "The two cannot be separated again, and the un-merged weights are not published. The checkpoint "
        "is therefore under both licences at once: every use, copy or modification of it must comply "
        "with the Apache License 2.0 and with the Penhavric Dialect Adapter Licence 1.0.\n"
        "\n"
        "## Penhavric Dialect Adapter Licence 1.0\n"
        "\n"
        "1. The Penhavric Language Trust permits anyone to use, copy, modify and distribute the adapter, "
        "alone or merged into other weights, for any purpose except those in clause 2, without charge.\n"
        "2. The adapter, and any model that contains it, may not be used to identify a speaker, to infer "
        "where a speaker comes from, or in any system used for immigration, asylum or border control.\n"
        "3. Anyone who distributes the adapter, or a model that contains it, must pass on this licence "
        "with it.\n"
        "\n"
        "## Notes\n"
        "\n"
        "Gorsedale-Speech 5 adds recognition of the Penhavric dialects and a faster streaming decoder. "
        "See CHANGELOG.md for the full list of changes.\n",
        "restricted",
        "use-restrictions",
    ),
    "spdx apache-2.0 or gpl-3.0-or-later, both open": (
        "Wrenmistle-Parse 1.5\n"
        "\n"
        "SPDX-License-Identifier: Apache-2.0 OR GPL-3.0-or-later\n"
        "\n"
        "Wrenmistle-Parse 1.5 (the parser model weights, the grammar files and the Python package) is "
        "dual-licensed. You may choose either the Apache License, Version 2.0, or the GNU General Public "
        "License, version 3 or (at your option) any later version. Projects that already ship under the "
        "GPL can take the GPL option; everyone else will usually prefer the Apache License. You need to "
        "comply only with the licence you choose. The full texts are in LICENSE-APACHE and LICENSE-GPL3.\n"
        "\n"
        "Contributions are accepted only under both licences, so that either option keeps covering the "
        "whole project.\n"
        "\n"
        "Copyright (C) 2026 The Wrenmistle-Parse Authors\n"
        "\n"
        "This program is free software: you can redistribute it and/or modify\n"
        "it under the terms of the GNU General Public License as published by\n"
        "the Free Software Foundation, either version 3 of the License, or\n"
        "(at your option) any later version.\n"
        "\n"
        "This program is distributed in the hope that it will be useful,\n"
        "but WITHOUT ANY WARRANTY; without even the implied warranty of\n"
        "MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the\n"
        "GNU General Public License for more details.\n"
        "\n"
        "Alternatively, this program may be used under the terms of the Apache License, Version 2.0:\n"
        "\n" + _APACHE_HEADER,
        "osi-open",
        None,
    ),
    "code, weights and data each under an open licence, all together": (
        "# Licences of the Bramhollow-Climate 2 release\n"
        "\n"
        "The release has three parts, and each part is under its own licence. All three licences apply "
        "together, each to its own part, and you must comply with each of them for the part it covers.\n"
        "\n"
        "- **Code** (`bramhollow/`, `scripts/`): MIT License.\n"
        "- **Model weights** (`checkpoints/`): Creative Commons Attribution 4.0 International (CC BY 4.0).\n"
        "- **Evaluation data** (`eval/`): Community Data License Agreement - Permissive, Version 2.0.\n"
        "\n"
        "SPDX-License-Identifier: MIT AND CC-BY-4.0 AND CDLA-Permissive-2.0\n"
        "\n"
        "## What this means for you\n"
        "\n"
        "- You may use, study, modify, share and sell the weights, for any purpose, commercial or not, as "
        "CC BY 4.0 allows, as long as you give appropriate credit, link to the licence and say whether you "
        "made changes.\n"
        "- There are no other terms: no use policy, no limit on users, and no registration.\n"
        "- The full licence texts are in LICENSES/MIT.txt, LICENSES/CC-BY-4.0.txt and "
        "LICENSES/CDLA-Permissive-2.0.txt.\n"
        "\n"
        "## Credit\n"
        "\n"
        'Credit the weights as "Bramhollow-Climate 2 by the Fennisby Climate Modelling Group, CC BY 4.0".\n',
        "open-non-osi",
        None,
    ),
}
