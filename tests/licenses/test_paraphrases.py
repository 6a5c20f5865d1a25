"""Generalisation, not memorisation: every clause type of the taxonomy, said in words no license uses.

Each paraphrase below was written from scratch for this file (vendors and products are invented), in
several drafting styles: terse, legalese, plain language, a Markdown list item, one long sentence, a
numbered sub-clause or a table row. `clauses()` must find exactly the expected type (and no other) on
the expected line. The negatives are texts that look close to a type but must not give it (an
Apache-style patent clause is not broad litigation termination, "you may use it commercially" is not
non-commercial, a credit line is not mandatory branding, a warranty disclaimer is nothing at all).
No 60-character run of this file's texts occurs in any corpus license (checked below).

FIGURES (recall: the type found on its line; precision: over every type reported for a paraphrase, plus
each negative that gives its forbidden type; `test_figures` prints the current ones with `-s`):

- TUNING (104 paraphrases, 5-7 per type) and NEGATIVES (47), with the rules before this work:
  recall 0.077 (8/104), precision 0.889 (1 false type: a privacy promise read as an output-training ban).
- The same after tuning the rules: recall 1.000, precision 1.000; the labelled corpus stays 100 % / 100 %.
- HELD_OUT (19 paraphrases, one per type, written after the tuning was finished, never tuned on):
  rules before this work: recall 0.211 (4/19); tuned rules, first run: recall 0.526 (10/19), precision
  1.000; after the speed trims that followed (a suit now has to be a lawsuit, litigation or "sue", not any
  claim): recall 0.474 (9/19), precision 1.000. The honest generalisation figure is about one in two:
  the rules still describe ways of phrasing, and a new phrasing of a known meaning is often missed.
  Issue 12 added seven types (no-source-access, personal-use-only, platform-tie, time-limit,
  fee-required, notification-duty, ethical-conditions): 35 TUNING paraphrases (5 per type), all found
  after tuning; their 7 HELD_OUT paraphrases, first run: recall 0.143 (1/7), and one false type (a
  duty to give written notice read as attribution); 2/7 after later rules written for ScanCode texts
  (a vendor-tied rule, "solely ... on ... boards", now also finds the platform-tie one). Rules written
  from a handful of phrasings of a new type generalise poorly; the ScanCode benchmark
  (bench/scancode_db.py) is the wider measure.
  Issue 12's third round added `unchanged-original` (the original kept intact, changes shared renamed,
  as patches or under named terms; it does not block): 5 TUNING paraphrases written with its rules,
  all found; no held-out paraphrase yet. Tuning stays at recall 1.000, precision 1.000 (143 paraphrases)
  and held-out at recall 0.423, precision 0.917.
  Issue 14's review found a use refused by withholding the right ("The Licensor grants no rights to use
  the Work for military purposes") read as open: one rule, 5 TUNING paraphrases and 2 negatives (the
  names-and-marks and patent carve-outs of permissive licenses).
  The same review's held-out check on real cards found a card's license line naming a non-commercial
  licence ("licensed under the STABLE BELUGA NON-COMMERCIAL COMMUNITY LICENSE AGREEMENT") unread: one rule,
  5 TUNING paraphrases and 1 negative (a licence that used to be non-commercial).
  Its Baichuan 2 card added a user cap stated as the condition ("... is less than 1 million") and a class of
  licensee shut out ("Neither you nor your affiliates are ... cloud service providers"): 5 TUNING
  paraphrases, 1 negative.
  The LLaMA and Vicuna v0 cards ("This model is under a non-commercial license", "- **License:**
  Non-commercial license": the template's field) read as "no license found": two rules, 5 TUNING
  paraphrases, 2 negatives (another model's licence named in a comparison, a dataset's license field).
  The misses are listed in HELD_OUT_MISSES (expected failures, strict: a rule change that finds one
  must move it out of the list, and must not have been written for it).
- Round 3 (the issue "Verdicts people can trust", item 8). TUNING_3: 138 new paraphrases (4-7 per type,
  all 27 types: numbers in words or with units, thresholds as visitors, seats, people, income, ARR or money
  raised, other verbs and nouns, passive voice, conditions stated either way, "shall not:" list items,
  table cells) and NEGATIVES_3 (38 near misses: statistics, the licensor's own figures, permissive grants,
  options, definitions, export and privacy wording), written before any rule changed and without reading
  the held-out texts. The rules before: recall 0.036 (5/138), precision 0.500 (3 false types, 2 negatives
  hit). After widening the rules by meaning (102 rules; the statistic-like threshold rules now need a
  sentence that conditions something): recall 1.000, precision 1.000, and round 1's TUNING and NEGATIVES
  stay at 1.000 / 1.000; the labelled corpus is unchanged (types recall 1.000, precision 0.993, verdicts
  64/64). Expected lines: a "shall not:" list item, and a heading over a list, are reported on the line of
  the refusal that introduces them (line 1).
  Old HELD_OUT after the widening: recall 0.577 (15/26), precision 0.938 (was 0.423, 0.917): 4 misses
  found by rules not written for them (user-threshold plain, output-training-ban markdown, remote-control
  legalese, guardrail-termination terse) left HELD_OUT_MISSES. (Running the suite prints the first 30
  characters of each held-out id; 4 of those were seen before round 3 was written.)
  HELD_OUT_3 (27, one per type, written after the round-3 tuning was finished, first run, never tuned
  on): recall 0.185 (5/27), precision 0.714 (2 false types: reading object code into "human-readable
  form" as no-modification, a new version "built on our model" as naming-branding). Widening the rules
  by the meanings of 138 phrasings still leaves a fresh phrasing of a known meaning missed about four
  times in five: the rules describe vocabulary, and each new text brings words they lack (handbook,
  "pulling in", "drop us a line", "kill switch", "read-only", "void as to"). The misses are in
  HELD_OUT_3_MISSES (strict, like HELD_OUT_MISSES).
  Held-out round 20 of the license texts (issue 14) added a rule for a use refused by what it is for,
  whatever the verb ("You may not use Moorhen to impersonate a real person"); it also reads the old
  HELD_OUT use-restrictions plain paraphrase ("You may not use the Model to decide who gets a loan, a job
  or a flat"), which left HELD_OUT_MISSES: a rule not written for it.
  Held-out round 25 added a rule for rights valid until a calendar date (a licence certificate's "Valid
  until: 2026-02-28"); it also reads the HELD_OUT_3 time-limit numbered paraphrase ("The licence granted in
  2.1 is valid until 31 December 2026"), which left HELD_OUT_3_MISSES: a rule not written for it.
- The real-card check that followed (3,433 real Hub cards, issue 14) found commercial use allowed only
  after a registration, a questionnaire or an application form ("free commercial use is also allowed
  after completing the questionnaire", ChatGLM, InternLM, MiniCPM, MOSS, Kolors cards, each beside an
  Apache or AGPL license) read as nothing. Notification-duty's rules had left "register ... commercial"
  out. 5 TUNING_3 paraphrases and 3 negatives were written first (all 5 missed, the negatives clean),
  then three rules: all found, every other figure unchanged; no held-out miss found. The labelled
  corpus' types precision falls from 0.993 to 0.978: its labels predate notification-duty, and four of
  its texts (ChatGLM3, GLM-4, Stability AI Community, Yi 2.1) make commercial use wait on registration.
  The same check's old Falcon card ("attributable revenues are inferior to $1M/year"): 2 TUNING_3
  paraphrases (1 missed), then "inferior/superior to" and "lower/higher/smaller/larger than" joined the
  words that compare revenue with a money figure.
  Its BLOOMChat card ("a modified version of the Apache 2.0 license, which includes use-based
  restrictions from BLOOM's RAIL license") read as nothing: 4 TUNING_3 paraphrases (all missed) and 2
  negatives (a license said to have none) written first, then one use-restrictions rule (a license that
  includes, adds or carries use-based restrictions): all found, the negatives clean.
  The CogVLM2 licence ("You will not use, copy, modify, merge, publish, distribute ... for any military,
  or illegal purposes") read as no-modification and no-redistribution: 3 TUNING_3 paraphrases (all
  missed) and 2 negatives first, then a use-restrictions rule for every act refused for a named purpose
  (not commerce, research, the law's own bans or the licensor's marks) and the same purpose as a veto on
  the no-modification and no-redistribution rules; corpus and ScanCode DB figures unchanged.
  The Hunyuan licence ("You are encouraged to: (i) publish ... a blogpost ...; and (ii) mark the products
  ... 'Powered by Tencent Hunyuan'"; "must not use, reproduce, modify, distribute ... outside the
  Territory") read as naming-branding and no-modification: 4 negatives (an invited mark, said alone and
  as an invited list's item; a territorial refusal of every act) and 1 TUNING_3 paraphrase (a mark in an
  obliging list) first, then a reading that drops a branding, notice or credit that only answers an
  invitation (`pleas.is_invited`) and a territorial veto on the two rules; every figure unchanged.
  The held-out check's TeleChat card states its commercial terms in Chinese ("如果您计划将 TeleChat 模型
  或其衍生品用于商业目的，您需要……提交……申请材料。审核通过后……"): a notification-duty rule for commercial use
  waiting on an application, registration or approval in Chinese, and CJK full stops, exclamation and
  question marks and semicolons as sentence ends; the 3 TUNING_3 paraphrases (all missed by the rules
  before) and 2 negatives were written just after the rule, from the card's meaning, not from it. On the
  3,433 real cards it also reads Qwen-VL, Skywork, Baichuan 2 and MiniCPM cards' commercial terms.
  The same check's unread license sections: SQLCoder's "CC BY-SA 4.0, with OpenRAIL-M clauses for
  responsible use attached" (2 paraphrases, 1 negative, then the use-based rule widened to RAIL clauses
  and responsible-use restrictions) and M3E's "也是非商用的，仅供研究使用" (4 paraphrases, 2 negatives,
  then a Chinese non-commercial and a Chinese research-only rule); a ChatGLM fine-tune's "未经……允许，
  不得用于商业用途" beside `license: apache-2.0` no longer reads as osi-open. All found, negatives clean,
  corpus and ScanCode DB unchanged. The Chinese non-commercial rule then allowed words between the ban
  and the trade ("禁止任何形式的商用", a Sakura card's heading) but not an enumeration, after the TeleChat
  and Baichuan 2 grants ("不可转让、不可再许可、可撤销的商用版权许可") read as bans: one more negative.
  A bare line naming a non-commercial licence under a "**License**" label (the alpaca-30b and LLaMA-7B
  conversion cards: "Non-commercial bespoke license"): 2 TUNING_3 paraphrases and 1 negative, written
  with the rule (a line that is only such a licence's name). A licence whose name carries the NC mark
  ("NVIDIA Source Code License-NC", MambaVision): 1 paraphrase (missed before) and 1 negative. A licence
  whose name says it is a research licence ("Nexusflow Research License", Athene-70B, held-out): 1
  paraphrase (missed before) and 1 negative.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

from opengauge.licenses import clauses
from opengauge.licenses.taxonomy import CLAUSE_TYPES


class Para(NamedTuple):
    """One paraphrase: the type it must give, its drafting style, the text, the line its clause starts on."""

    type: str
    style: str
    text: str
    line: int = 1


# Written first; the rules were tuned until every one of these is found.
TUNING: list[Para] = [
    # ---- user-threshold
    Para(
        "user-threshold",
        "terse",
        "Free for up to 2 million daily active users. Bigger deployments: ask Larkspur.",
    ),
    Para(
        "user-threshold",
        "plain",
        "If your website or app gets more than 1 million visits a month, you need to buy a license from "
        "Tidewater first.",
    ),
    Para(
        "user-threshold",
        "legalese",
        "In the event that the aggregate number of End Users of all Licensee Offerings exceeds one hundred\n"
        "thousand (100,000) in any calendar month, the licence granted in Section 2 shall lapse unless\n"
        "Licensee has executed a separate written agreement with Quarrystone.",
    ),
    Para(
        "user-threshold",
        "markdown",
        "## Limits\n\n- **Scale limit:** deployments serving over 500k end users require written "
        "approval from "
        "Mirabel Systems.",
        3,
    ),
    Para(
        "user-threshold",
        "long",
        "Nothing in this section limits your right to run the Model internally, but once the Model, or any "
        "product that incorporates it, is installed on more than 10,000 devices or licensed to more than 250 "
        "seats, whichever happens first, the permissions in Section 2 no longer apply and you must agree a "
        "commercial arrangement with Fennick Labs before shipping further copies.",
    ),
    Para(
        "user-threshold",
        "table",
        "Plans\n\n| Plan | Who may use it | Fee |\n|---|---|---|\n"
        "| Community | organisations with fewer than 5,000 installations | none |\n"
        "| Enterprise | everyone else | by quote |",
        5,
    ),
    Para(
        "user-threshold",
        "legalese",
        "3. Additional Commercial Terms. If, on the release date, the monthly active users of all products\n"
        "or services made available by or for Licensee is greater than 100 million, Licensee must request a\n"
        "license from Pellucid, which Pellucid may grant in its sole discretion.",
    ),
    Para(
        "user-threshold",
        "one-sentence",
        "You may ship the weights in any product you like until the daily active users of that product "
        "exceed 50,000, after which a paid Orrery licence is required.",
    ),
    Para(
        "user-threshold",
        "terse",
        "Products with more than 5 million registered accounts must obtain an enterprise license from "
        "Hollin.",
    ),
    Para(
        "use-restrictions",
        "passive",
        "Use of the Model in military or weapons applications is prohibited.",
    ),
    Para(
        "use-restrictions",
        "plain",
        "Deploying the Software for mass surveillance of a city's residents is not permitted.",
    ),
    Para(
        "no-redistribution",
        "legalese",
        "Redistribution of the Model, in whole or in part, requires the prior written consent of Quillon.",
    ),
    Para(
        "restrictions-flow-down",
        "plain",
        "You must include the use restrictions of Attachment A in any agreement under which you distribute "
        "the Model or a Derivative.",
    ),
    # ---- revenue-threshold
    Para(
        "revenue-threshold",
        "terse",
        "Organisations with monthly revenue exceeding $20 million must obtain an enterprise licence from "
        "Corvid AI.",
    ),
    Para(
        "revenue-threshold", "plain", "Companies with annual revenue or funding above $2M need a paid plan."
    ),
    Para(
        "revenue-threshold",
        "legalese",
        "Where the Licensee's consolidated net sales for the preceding fiscal year amount to\n"
        "JPY 1,000,000,000 (¥1 billion) or more, the Licensee shall enter into a separate paid licence\n"
        "agreement with Hoshikawa K.K. before any further use.",
    ),
    Para(
        "revenue-threshold",
        "plain",
        "If your company's turnover stays under €10m a year, you can use the model for free; otherwise "
        "talk to Veldhoven BV about a licence.",
    ),
    Para(
        "revenue-threshold",
        "markdown",
        "Commercial terms:\n\n- Organisations with more than 250 employees must purchase a "
        "commercial licence.",
        3,
    ),
    Para(
        "revenue-threshold",
        "long",
        "Start-ups that have raised less than USD 5 million in total outside investment may use the Model in "
        "commercial products without charge, and any company that has raised more, or that is majority-owned "
        "by a company that has, must first sign the enterprise agreement offered by Marlowe.",
    ),
    Para(
        "revenue-threshold",
        "numbered",
        "2. The grant in Section 1 applies only while:\n"
        "(a) Licensee's gross receipts in the prior twelve months did not exceed US$10,000,000.",
        2,
    ),
    # ---- use-policy-by-reference
    Para(
        "use-policy-by-reference",
        "terse",
        "Use is governed by the Halcyon Conduct Guidelines at halcyon.example/conduct.",
    ),
    Para(
        "use-policy-by-reference",
        "legalese",
        "Licensee's exercise of the rights herein is conditioned upon its continued compliance with the\n"
        "Permitted Use Standards published by Brightwater at brightwater.example/standards, which form an\n"
        "integral part of this Agreement.",
    ),
    Para(
        "use-policy-by-reference",
        "plain",
        "You also have to follow our acceptable use rules, which are posted at https://tamsin.example/rules "
        "and count as part of this license.",
    ),
    Para(
        "use-policy-by-reference",
        "markdown",
        "- Follow the [Ostrander Responsible Use Policy](https://ostrander.example/rup) whenever you use the "
        "Model.",
    ),
    Para(
        "use-policy-by-reference",
        "long",
        "By downloading the weights you agree that the Sable Responsible AI Policy, in whatever version is "
        "posted on the Sable website when you use the Model, governs every use you make of the Model and its "
        "outputs, and that a breach of that policy is a breach of this licence.",
    ),
    # ---- use-restrictions (a field of use, a tie to the vendor's products, a non-compete: the taxonomy
    # has no type of its own for "only with <vendor> products"; it limits the purposes and settings the
    # model may be used in, which is what use-restrictions means)
    Para("platform-tie", "terse", "The Model may only be used together with Vantor hardware."),
    Para(
        "use-restrictions",
        "one-line condition",
        "Glimmerhaus grants you a free licence to use, copy and modify the Model under the condition that "
        "the Model is not used to compete with Glimmerhaus or its affiliates.",
    ),
    Para(
        "use-restrictions",
        "legalese",
        "Licensee shall not employ the Software, directly or indirectly, in the operation of nuclear\n"
        "installations, air traffic control systems or life-support equipment.",
    ),
    Para(
        "use-restrictions",
        "markdown",
        "- You must not deploy the Model for predictive policing or social scoring.",
    ),
    Para(
        "use-restrictions",
        "long",
        "You may integrate the Model into your own products and services, provided that none of them is "
        "used to produce political campaign material, to make hiring decisions about individuals without "
        "human review, or to identify people from biometric data.",
    ),
    Para("use-restrictions", "terse", "No use in weapons development."),
    Para(
        "use-restrictions",
        "plain",
        "This licence only covers using the model in customer-support chatbots; any other use needs a "
        "separate agreement with Brindle.",
    ),
    Para(
        "platform-tie",
        "numbered",
        "3.2 You may run the Model exclusively on devices manufactured by Orrery Inc.",
    ),
    # ---- non-commercial
    Para("non-commercial", "terse", "Not for commercial use."),
    Para("non-commercial", "plain", "You can't make money with this model."),
    Para(
        "non-commercial",
        "legalese",
        "The rights granted herein may be exercised only for purposes that neither seek nor produce profit\n"
        "or any other commercial benefit for the Licensee or any third party.",
    ),
    Para(
        "non-commercial",
        "markdown",
        "- Commercial use: not permitted without a separate agreement with Penrose.",
    ),
    Para(
        "non-commercial",
        "long",
        "Hobbyists, students and charities may run, adapt and share the Model freely, but no person or "
        "organisation may use the Model or anything it produces to sell a product, deliver a paid service or "
        "otherwise earn income, unless Arbordale has agreed to that use in a signed writing.",
    ),
    Para(
        "non-commercial",
        "table",
        "| Use | Allowed? |\n|---|---|\n| Personal projects | yes |\n| Commercial use | no |",
        4,
    ),
    # ---- research-only
    Para("research-only", "terse", "The weights are provided for academic purposes only."),
    Para("research-only", "terse", "Evaluation only. Not for production."),
    Para("research-only", "plain", "You must not deploy the Model in production environments."),
    Para(
        "research-only",
        "legalese",
        "The Licensee may use the Model exclusively to conduct scientific investigation and to publish the\n"
        "results thereof, and for no other purpose.",
    ),
    Para("research-only", "markdown", "- Permitted: internal testing and benchmarking, nothing else."),
    Para(
        "research-only",
        "long",
        "You are welcome to download the checkpoint, run benchmarks, reproduce our experiments and write "
        "papers about it, but the licence covers only scientific study, so any deployment that serves real "
        "users or customers falls outside it.",
    ),
    # ---- output-training-ban
    Para("output-training-ban", "terse", "You may not use outputs to build a competing model."),
    Para("output-training-ban", "terse", "No distillation."),
    Para(
        "output-training-ban",
        "legalese",
        "Licensee shall not use the Model, or any content generated by it, as training data for any machine\n"
        "learning model other than the Model itself.",
    ),
    Para("output-training-ban", "plain", "Don't use what the model writes to teach another AI."),
    Para(
        "output-training-ban",
        "markdown",
        "- Using generated text or images to train, tune or benchmark other AI systems is not allowed.",
    ),
    Para(
        "output-training-ban",
        "long",
        "Outputs belong to you and you may publish them, but neither the Model nor its Outputs may be used, "
        "directly or indirectly, to develop, train, fine-tune or otherwise improve any large language model "
        "other than the Model itself, whether or not that model is offered commercially.",
    ),
    # ---- restrictions-flow-down
    Para("restrictions-flow-down", "terse", "Derivatives inherit these restrictions."),
    Para(
        "restrictions-flow-down",
        "legalese",
        "Any sublicence granted by Licensee shall contain restrictions on use no less stringent than those\n"
        "set out in Section 4.",
    ),
    Para(
        "restrictions-flow-down",
        "plain",
        "If you give the model to someone else, they have to agree to the same rules you did.",
    ),
    Para(
        "restrictions-flow-down",
        "markdown",
        "- Fine-tuned variants remain subject to the use limits in Annex 1.",
    ),
    Para(
        "restrictions-flow-down",
        "long",
        "Whenever you distribute the Model, a Derivative or a model trained on Outputs, you must pass on the "
        "use conditions of this Agreement in an enforceable form to each recipient, and you may not offer "
        "that recipient any terms that would allow a use this Agreement forbids.",
    ),
    # ---- naming-branding
    Para("naming-branding", "terse", "Derived models must carry the prefix 'Kestrel-'."),
    Para(
        "naming-branding",
        "legalese",
        "Any Derivative Model made publicly available shall bear a name commencing with the word 'Aurelian'.",
    ),
    Para("naming-branding", "plain", "Put 'Made with Pinecrest' somewhere visible in your app."),
    Para(
        "naming-branding",
        "markdown",
        "- Display the **Powered by Wavelet** badge on any public interface that uses the Model.",
    ),
    Para(
        "naming-branding",
        "long",
        "If you release a fine-tuned version of the Model, its name must show that it derives from Sorrel, "
        "for example by including the word 'Sorrel' at the start, and every website or app through which it "
        "is offered must display the Sorrel logo.",
    ),
    # ---- geographic-restriction
    Para("geographic-restriction", "terse", "Not licensed for use in the EU."),
    Para(
        "geographic-restriction",
        "legalese",
        "The licence granted herein extends only to Licensees incorporated in, and using the Model within,\n"
        "the Republic of Korea.",
    ),
    Para("geographic-restriction", "plain", "People in the European Economic Area can't use this model."),
    Para("geographic-restriction", "markdown", "- **Territory:** United States and Canada only."),
    Para(
        "geographic-restriction",
        "long",
        "You may download and run the Model anywhere in the world except mainland China, Hong Kong and "
        "Macau, where a separate licence from Lindqvist applies, and any access to the Model from those "
        "regions is a breach of this licence.",
    ),
    # ---- remote-control
    Para("remote-control", "terse", "We may disable your access remotely."),
    Para(
        "remote-control",
        "legalese",
        "Licensor reserves the right to deactivate any deployment of the Model by remote means where it\n"
        "reasonably suspects a breach of this Agreement.",
    ),
    Para("remote-control", "plain", "You must always run the newest release of the model that we publish."),
    Para(
        "remote-control",
        "markdown",
        "- Upgrade to each new version of the Model within 30 days of its release.",
    ),
    Para(
        "remote-control",
        "long",
        "The Model contains a licensing component that contacts the servers of Harrowgate periodically, and "
        "Harrowgate may use that component to limit or switch off the functionality of the Model at any time "
        "if it believes the Model is being used in breach of this licence.",
    ),
    # ---- unilateral-change
    Para("unilateral-change", "terse", "Terms subject to change without notice."),
    Para(
        "unilateral-change",
        "legalese",
        "Kaldera may, in its sole discretion, amend this Agreement by posting the amended version on its\n"
        "website, and each amendment shall bind Licensee from the date of posting.",
    ),
    Para(
        "unilateral-change",
        "plain",
        "We can change these terms whenever we like, and if you keep using the model you accept the "
        "new ones.",
    ),
    Para("unilateral-change", "markdown", "- **Changes:** Mistwood may rewrite these terms at any time."),
    Para(
        "unilateral-change",
        "long",
        "Because the field moves quickly, Ferngully reserves the right to revise any provision of this "
        "License, including the list of permitted uses, by publishing a new version on its website, and each "
        "revision takes effect for all existing licensees thirty days after it is published.",
    ),
    # ---- guardrail-termination
    Para("guardrail-termination", "terse", "Do not strip out the safety filters."),
    Para(
        "guardrail-termination",
        "legalese",
        "Any attempt by Licensee to disable, tamper with or circumvent the content moderation mechanisms\n"
        "embedded in the Model shall result in immediate termination of this Agreement.",
    ),
    Para(
        "guardrail-termination",
        "plain",
        "If you jailbreak the model or switch off its safety checks, your license ends.",
    ),
    Para(
        "guardrail-termination",
        "markdown",
        "- You may not remove the invisible watermark that the Model adds to generated images.",
    ),
    Para(
        "guardrail-termination",
        "long",
        "You may fine-tune and adapt the Model for your own needs, provided that your changes do not remove, "
        "weaken or work around the refusal behaviour and safety classifiers that Tessaly ships with it, "
        "because those protections are a condition of this licence.",
    ),
    # ---- no-redistribution
    Para("no-redistribution", "terse", "Redistribution prohibited."),
    Para(
        "no-redistribution",
        "legalese",
        "Licensee shall not transfer, sublicense, or otherwise make the Model available to any third party.",
    ),
    Para(
        "no-redistribution",
        "plain",
        "Keep the weights to yourself: don't upload them anywhere or give them to anyone.",
    ),
    Para("no-redistribution", "markdown", "- Sharing the weights with other people is not allowed."),
    Para(
        "no-redistribution",
        "long",
        "The weights are licensed to you personally for use on computers you control, and you may "
        "not publish "
        "them, host them for download, bundle them in a product you ship or hand them to any other person or "
        "organisation, even free of charge.",
    ),
    # ---- no-modification
    Para("no-modification", "terse", "No fine-tuning, merging or quantizing."),
    Para(
        "no-modification",
        "legalese",
        "Licensee shall not alter, translate, adapt or otherwise create derivative works based upon "
        "the Model.",
    ),
    Para("no-modification", "plain", "Use the model as it is: you can't change it or train it further."),
    Para(
        "no-modification",
        "markdown",
        "- Altering the weights, including by fine-tuning or merging, is not allowed.",
    ),
    Para(
        "no-modification",
        "long",
        "You may run the Model and build applications that call it, but the weights themselves must stay "
        "exactly as Coldharbour released them, so no retraining, pruning, quantisation or other change to "
        "them is licensed, whether or not you intend to share the result.",
    ),
    # ---- broad-litigation-termination
    Para("broad-litigation-termination", "terse", "Sue us over the Model and your licence ends."),
    Para(
        "broad-litigation-termination",
        "legalese",
        "If Licensee commences any action or proceeding against Lumen Labs claiming that the Model, or any\n"
        "output thereof, violates Licensee's copyrights or other intellectual property rights, all rights\n"
        "granted to Licensee hereunder shall terminate forthwith.",
    ),
    Para(
        "broad-litigation-termination",
        "plain",
        "If you take us to court claiming the model or what it generates infringes your rights, you lose "
        "this license.",
    ),
    Para(
        "broad-litigation-termination",
        "markdown",
        "- **Claims:** bringing any intellectual-property claim against Quorra over the Model ends this "
        "license.",
    ),
    Para(
        "broad-litigation-termination",
        "long",
        "This licence ends automatically, without notice, on the day you or any of your affiliates files a "
        "lawsuit, arbitration or other legal claim against Wrenfield or its contributors asserting that the "
        "Model, its training or its outputs infringe any copyright, trade secret or other right you hold.",
    ),
    # ---- patent-retaliation
    Para(
        "patent-retaliation",
        "terse",
        "Your patent licence ends if you sue anyone for patent infringement over the Model.",
    ),
    Para(
        "patent-retaliation",
        "legalese",
        "Should Licensee initiate a claim of patent infringement against any Contributor with "
        "respect to the\n"
        "Model, the patent rights granted to Licensee by that Contributor shall terminate automatically.",
    ),
    Para(
        "patent-retaliation",
        "plain",
        "If you sue anyone saying this model infringes your patents, you lose the patent rights this license "
        "gave you.",
    ),
    Para(
        "patent-retaliation",
        "markdown",
        "- Patent defence: filing a patent claim over the Work terminates the patent grant in Section 3.",
    ),
    Para(
        "patent-retaliation",
        "long",
        "Each Contributor grants you a patent licence for its contributions, but that licence ends on the "
        "date you, or any entity acting for you, start litigation, including a counterclaim, asserting that "
        "the Work or a contribution to it infringes a patent.",
    ),
    # ---- attribution
    Para("attribution", "terse", "Credit Northwind in any publication that uses the Model."),
    Para(
        "attribution",
        "legalese",
        "Every copy of the Model distributed by Licensee shall be accompanied by the copyright "
        "statement and\n"
        "licence text supplied by Cobalt.",
    ),
    Para(
        "attribution",
        "plain",
        "When you share the model, include this license file and say who made it.",
    ),
    Para("attribution", "markdown", "- Keep the LICENSE and NOTICE files with every copy."),
    Para(
        "attribution",
        "long",
        "If you publish a paper, a product page or a model card that relies on the Model, you must cite the "
        "technical report of Heathrow-Ives and name the original authors, in a place where readers would "
        "normally look for such credits.",
    ),
    # ---- share-alike
    Para("share-alike", "terse", "Modified versions: same license."),
    Para(
        "share-alike",
        "legalese",
        "Any Derivative Work distributed by Licensee shall be licensed to recipients solely under the terms\n"
        "of this Licence.",
    ),
    Para(
        "share-alike",
        "plain",
        "If you share a changed version, you have to put it under this license too.",
    ),
    Para("share-alike", "markdown", "- Adaptations you publish must use this license."),
    Para(
        "share-alike",
        "long",
        "You may publish fine-tuned or merged versions of the Model however you like, as long as each one is "
        "released under these same terms, with the same freedoms for the people who receive it, and not "
        "under a more restrictive licence.",
    ),
    # ---- unchanged-original (the original kept intact; changes shared renamed, as patches, under named
    # terms); written for issue 12's third round
    Para("unchanged-original", "terse", "Changed files must be renamed."),
    Para(
        "unchanged-original",
        "legalese",
        "Any Modified Version distributed by the Licensee shall be given a distinct name from the Original.",
    ),
    Para(
        "unchanged-original",
        "plain",
        "You can change the scripts and pass on the changed ones, as long as they are called differently "
        "from ours.",
    ),
    Para("unchanged-original", "markdown", "- Modifications: only as patch files against the first release."),
    Para(
        "unchanged-original",
        "long",
        "Anyone may improve the typeface and hand out the modified fonts to friends or customers, with or "
        "without payment, provided that they carry a different name from the original family so that "
        "nobody mistakes them for the real one.",
    ),
    # ---- no-source-access (software and data licenses as much as model licenses)
    Para("no-source-access", "terse", "No decompiling. No disassembly."),
    Para(
        "no-source-access",
        "legalese",
        "Licensee shall not, and shall not permit any third party to, reverse engineer, decompile or "
        "disassemble the Product, except to the extent applicable law expressly permits it.",
    ),
    Para(
        "no-source-access",
        "plain",
        "Please don't try to take the program apart to see how it works: reverse-engineering it is not "
        "allowed.",
    ),
    Para("no-source-access", "markdown", "- Copies may be passed on in object code form only."),
    Para(
        "no-source-access",
        "numbered",
        "4.2 The Kestrel Runtime is provided and may be redistributed solely in binary form, as shipped.",
    ),
    # ---- personal-use-only
    Para("personal-use-only", "terse", "Private use only."),
    Para(
        "personal-use-only",
        "legalese",
        "The license granted in Section 2 is solely for Licensee's internal business operations and for no "
        "other purpose.",
    ),
    Para(
        "personal-use-only",
        "plain",
        "You can install Marigold on your own computers for your personal use only, at home or at work.",
    ),
    Para("personal-use-only", "markdown", "* Allowed: in-house use only"),
    Para(
        "personal-use-only",
        "long",
        "Whoever downloads the Dataset may read it, query it and build charts from it strictly for their own "
        "individual study, and whatever else they do with it stays on their own machine.",
    ),
    # ---- platform-tie
    Para(
        "platform-tie",
        "legalese",
        "The Firmware shall only be used on or in conjunction with integrated circuits manufactured by "
        "Ostrava Semiconductor.",
    ),
    Para(
        "platform-tie",
        "plain",
        "This driver must be run on a Quillon-branded board, and nowhere else.",
    ),
    Para("platform-tie", "markdown", "- Use it solely with Brightwater devices"),
    Para(
        "platform-tie",
        "numbered",
        "(c) the Library is licensed exclusively for use with processors sold by Halden Micro;",
    ),
    # ---- time-limit
    Para("time-limit", "terse", "Trial version: 30 days."),
    Para(
        "time-limit",
        "legalese",
        "This Agreement is granted for a term of ninety (90) days from the date of download, after which "
        "Licensee shall delete all copies of the Software.",
    ),
    Para(
        "time-limit",
        "plain",
        "You can try it out for free during the evaluation period; after that you have to stop using it.",
    ),
    Para(
        "time-limit",
        "numbered",
        "7.1 On the Change Date set out above, these terms are replaced by the Apache License 2.0.",
    ),
    Para(
        "time-limit",
        "long",
        "Your right to run the tool lapses automatically after 14 days unless you buy a key, and no part "
        "of this permission survives that day.",
    ),
    # ---- fee-required
    Para(
        "fee-required",
        "legalese",
        "Licensee shall pay to Corvid a royalty of three percent (3%) of the net sales of each product "
        "that incorporates the Software.",
    ),
    Para(
        "fee-required",
        "plain",
        "If you ship it inside something you sell, you have to pay us a fee per copy.",
    ),
    Para(
        "fee-required",
        "numbered",
        "5.3 Any distribution to third parties is subject to payment of the fees listed in Schedule B.",
    ),
    Para("fee-required", "markdown", "- Royalties are due for every device shipped with the codec."),
    Para("fee-required", "terse", "Production use requires a paid license."),
    # ---- notification-duty
    Para(
        "notification-duty",
        "legalese",
        "Licensee shall notify the Licensor in writing within thirty days of any modification it makes to "
        "the Software.",
    ),
    Para(
        "notification-duty",
        "plain",
        "If you change the code, you have to send a copy of your changes to the original author.",
    ),
    Para("notification-duty", "terse", "Users must register before downloading."),
    Para(
        "notification-duty",
        "markdown",
        "- Anyone who redistributes the toolkit agrees to inform Pemberton University of where it is used.",
    ),
    Para(
        "notification-duty",
        "numbered",
        "3. You will e-mail the developers a short description of each product in which the library is "
        "embedded.",
    ),
    # ---- ethical-conditions
    Para(
        "ethical-conditions",
        "legalese",
        "The Licensee shall at all times act in accordance with the internationally recognised human rights "
        "principles, failing which this License terminates.",
    ),
    Para(
        "ethical-conditions",
        "plain",
        "Companies that use this software have to comply with the labour laws of every country where "
        "their staff work.",
    ),
    Para(
        "ethical-conditions",
        "terse",
        "For worker cooperatives and individuals only.",
    ),
    Para(
        "ethical-conditions",
        "numbered",
        "2(b) your organisation must meet the ethical standards published by the Fairwork Council, or "
        "your rights end.",
    ),
    Para(
        "ethical-conditions",
        "long",
        "Nothing here lets a firm use the Work unless it respects the human rights of the people affected "
        "by its products and of everyone who builds them.",
    ),
    # ---- the work put under a licence that calls itself non-commercial (a card's license line naming its
    # terms: the StableBeluga2 card read as "no license found" in the held-out check)
    Para(
        "non-commercial",
        "markdown",
        "* **License**: the Nimbus checkpoints are licensed under the "
        "[NIMBUS NON-COMMERCIAL RESEARCH LICENSE](https://example.org/license).",
    ),
    Para("non-commercial", "terse", "Released under the Quillfeather Non-Commercial Model Licence."),
    # ---- the same said without a verb of release, and the card template's license field (the LLaMA and
    # Vicuna v0 cards: "This model is under a non-commercial license", "- **License:** Non-commercial
    # license"), which read as "no license found"
    Para("non-commercial", "plain", "These weights are under a non-commercial license; see LICENSE."),
    Para("non-commercial", "markdown", "- **License:** Non-commercial license"),
    Para("non-commercial", "terse", "License: noncommercial research licence v2"),
    Para(
        "non-commercial",
        "legalese",
        "The Model and all Derivatives thereof shall at all times remain subject to the Licensor's "
        "Non-Commercial Terms as amended.",
    ),
    Para(
        "non-commercial",
        "one long sentence",
        "Because it is built on a base that is itself governed by a noncommercial agreement with its "
        "maker, this fine-tune is also covered by that same non-commercial agreement for every user.",
    ),
    Para(
        "non-commercial",
        "plain",
        "We make the weights available under our noncommercial community agreement, which you accept "
        "on download.",
    ),
    Para(
        "non-commercial",
        "legalese",
        'The Materials are provided under the Vantor Non-Commercial Terms of Use (the "Terms"), as amended.',
    ),
    Para(
        "non-commercial",
        "one long sentence",
        "Everything in this repository, including the adapters and the merged weights that we trained "
        "over the winter, is distributed under the Glimmerhaus Non-Commercial Licence Agreement v2 "
        "and nothing else.",
    ),
    # ---- a user cap written as the condition of the grant, and a class of licensee shut out (the held-out
    # check's Baichuan 2 card: "the Daily Active Users (DAU) of your service is less than 1 million",
    # "Neither you nor your affiliates are software service providers or cloud service providers")
    Para(
        "user-threshold",
        "numbered",
        "1. The monthly active users of every product you run on the Model remain below 250,000.",
    ),
    Para(
        "user-threshold",
        "plain",
        "You qualify only while your daily active users are fewer than 20 thousand across all your apps.",
    ),
    Para(
        "user-threshold",
        "legalese",
        "Provided always that the weekly active users of the Licensee's services do not exceed 75,000.",
    ),
    Para(
        "use-restrictions",
        "numbered",
        "2. Neither you nor your affiliates are cloud service providers.",
    ),
    Para(
        "use-restrictions",
        "legalese",
        "This grant applies only if the Licensee is not a competitor or reseller of Quillfeather.",
    ),
    # ---- a use carved out of the grant by refusing the right to it (issue 14 review: "The Licensor grants
    # no rights to use the Work for military purposes" read as open)
    Para("use-restrictions", "terse", "No licence is granted to use the Model for border control."),
    Para(
        "use-restrictions",
        "legalese",
        "Notwithstanding Section 2, the Licensor confers no right whatsoever to deploy the Software in\n"
        "any system used for the targeting of persons.",
    ),
    Para(
        "use-restrictions",
        "plain",
        "We give you no permission to run these weights in tools that rank job applicants.",
    ),
    Para(
        "use-restrictions",
        "markdown",
        "* Quillfeather grants no rights to use the Checkpoints in gambling or betting products.",
    ),
    Para(
        "use-restrictions",
        "one long sentence",
        "Subject to the foregoing and to all of the other terms and conditions set out in this agreement "
        "and in any schedule to it, the Provider grants no licence to employ the Model or any Derivative "
        "for the profiling of minors by any person or entity whatsoever.",
    ),
]

# Written after the rules were tuned on TUNING and NEGATIVES; their first run is the honest
# generalisation figure at the top of this file.
# Round 3 (the issue "Verdicts people can trust", item 8): written from scratch for every type, in
# phrasings the rules did not describe (numbers in words or with units, other verbs and nouns, passive
# voice, conditions put either way, list items and table cells), before the rules were changed; the
# rules were then widened by meaning until every one is found. The held-out texts were not read while
# writing them.
TUNING_3: list[Para] = [
    # ---- user-threshold
    Para(
        "user-threshold",
        "terse",
        "Free below fifty thousand monthly users; above that, buy a Corbel licence.",
    ),
    Para(
        "user-threshold",
        "legalese",
        "Should the Licensed Product be made available to in excess of two hundred thousand (200,000)\n"
        "unique visitors per calendar month, Licensee shall procure a commercial licence from Ashgrove Ltd.",
    ),
    Para(
        "user-threshold",
        "plain",
        "Once more than a million people use your app each month, you need our OK to keep using the model.",
    ),
    Para(
        "user-threshold",
        "numbered",
        "4.2 This licence terminates automatically once the Product's user base reaches 1M people.",
    ),
    Para(
        "user-threshold",
        "table",
        "| Tier | Condition | Terms |\n|---|---|---|\n"
        "| Hobby | at most twenty-five thousand monthly users | this licence |\n"
        "| Scale | everyone else | contact Quenby |",
        3,
    ),
    Para(
        "user-threshold",
        "one-sentence",
        "Any Licensee whose deployments of the Weights, counted together with those of its affiliates, serve "
        "one hundred million or more users in a given month shall not exercise the rights herein without a "
        "separate grant from Brackwater.",
    ),
    Para(
        "user-threshold",
        "markdown",
        "- **Seat limit:** the free grant covers teams of up to 20 seats; larger teams need a paid "
        "Oriel plan.",
    ),
    # ---- revenue-threshold
    # comparisons in other words (a real card's "attributable revenues are inferior to $1M/year")
    Para(
        "revenue-threshold",
        "plain",
        "No royalties are due while the revenue you attribute to the model is inferior to $1M a year.",
    ),
    Para(
        "revenue-threshold",
        "terse",
        "Free for licensees whose yearly income stays lower than EUR 500,000.",
    ),
    Para("revenue-threshold", "terse", "Companies earning over $20M per year need a commercial licence."),
    Para(
        "revenue-threshold",
        "plain",
        "If your business makes more than twenty million dollars a year, you have to get a paid license "
        "from Pernell.",
    ),
    Para(
        "revenue-threshold",
        "legalese",
        "This License is granted only to Entities whose annual gross income does not exceed ten million\n"
        "euros (EUR 10,000,000); any other Entity shall obtain a separate licence from Valdane.",
    ),
    Para(
        "revenue-threshold",
        "markdown",
        "- **Large organisations:** if your organisation brought in more than US$5 million last fiscal year, "
        "the free grant does not cover you.",
    ),
    Para(
        "revenue-threshold",
        "table",
        "| Who | Licence |\n|---|---|\n| Companies with an ARR of $10M or more | Enterprise "
        "agreement with Tolland |",
        3,
    ),
    Para(
        "revenue-threshold",
        "numbered",
        "5. The free tier is not available where:\n"
        "(b) Licensee has received more than $3 million in venture funding.",
        2,
    ),
    Para(
        "revenue-threshold",
        "plain",
        "Funded start-ups (more than £2M raised) must buy a Halberd seat before putting the model in "
        "their product.",
    ),
    # ---- use-policy-by-reference
    Para(
        "use-policy-by-reference",
        "plain",
        "Your use must respect the Tamsin Conduct Charter, which we may revise from time to time.",
    ),
    Para(
        "use-policy-by-reference",
        "legalese",
        "The Licensee's use of the Model shall at all times conform to the Permitted Purposes Schedule\n"
        "maintained by Holloway on its website, which schedule forms part of this Agreement.",
    ),
    Para(
        "use-policy-by-reference",
        "markdown",
        "- You agree to the Lumora Acceptable Use Terms (linked below), which are part of this licence.",
    ),
    Para(
        "use-policy-by-reference",
        "one-sentence",
        "By downloading the weights you also accept the Brisk Safety Code published at brisk.example/safety, "
        "and any breach of that code is a breach of this licence.",
    ),
    Para(
        "use-policy-by-reference",
        "numbered",
        "3.1 The Restricted Uses are those listed in Ferrow's online policy page, as amended from "
        "time to time.",
    ),
    # ---- use-restrictions
    Para(
        "use-restrictions",
        "plain",
        "You can't use the model to spy on people, to build weapons, or to make fake news.",
    ),
    Para(
        "use-restrictions",
        "legalese",
        "Licensee undertakes to refrain from employing the Model in the targeting of individuals for\n"
        "violence or in any activity that facilitates human trafficking.",
    ),
    Para(
        "use-restrictions",
        "markdown",
        "### Off-limits\n\n- stalking or tracking individuals without their consent\n- election manipulation",
    ),
    Para(
        "use-restrictions",
        "numbered",
        "7.3 Licensee shall refrain from deploying the Model for: (i) the assessment of creditworthiness; "
        "(ii) medical diagnosis without clinician review.",
    ),
    Para(
        "use-restrictions",
        "terse",
        "Banned: autonomous lethal systems, spyware, voter suppression.",
    ),
    Para(
        "use-restrictions",
        "one-sentence",
        "Nobody may apply the Software to the design of munitions, the profiling of individuals by "
        "ethnicity, "
        "or the operation of lethal autonomous systems.",
    ),
    # ---- non-commercial
    Para("non-commercial", "terse", "Not for resale or for-profit use."),
    Para(
        "non-commercial",
        "plain",
        "You can use this model for free, as long as you don't charge anyone for what you do with it "
        "or sell anything built on it.",
    ),
    Para(
        "non-commercial",
        "legalese",
        "The licence hereunder extends exclusively to uses not primarily intended for or directed toward\n"
        "monetary compensation.",
    ),
    Para(
        "non-commercial",
        "markdown",
        "- Selling it, or anything made with it: not allowed",
    ),
    Para(
        "non-commercial",
        "table",
        "| Activity | Allowed |\n|---|---|\n| Paid products and services | no |",
        3,
    ),
    Para(
        "non-commercial",
        "numbered",
        "2. Licensee shall not:\n(c) use the Model by or on behalf of a for-profit business.",
    ),
    # ---- research-only
    Para("research-only", "terse", "Licensed for academic study and benchmarking; no other use."),
    Para(
        "research-only",
        "plain",
        "You may only use the model to study it and to write papers about it.",
    ),
    Para(
        "research-only",
        "legalese",
        "The Licensee is permitted to use the Model solely in the conduct of scientific inquiry and\n"
        "shall not deploy it in any product or service.",
    ),
    Para("research-only", "markdown", "- **Scope:** experiments and publications only"),
    Para(
        "research-only",
        "numbered",
        "2.1 Licensee shall use the Model for no purpose other than academic investigation.",
    ),
    Para(
        "research-only",
        "one-sentence",
        "Access to the checkpoints is granted so that researchers can reproduce the results of the paper, "
        "and for no other purpose, so using them to power a live product is outside this grant.",
    ),
    # ---- output-training-ban
    Para("output-training-ban", "terse", "Outputs may not serve as training data for rival models."),
    Para(
        "output-training-ban",
        "plain",
        "You're not allowed to build your own chatbot by learning from this one's answers.",
    ),
    Para(
        "output-training-ban",
        "legalese",
        "Licensee shall not, directly or indirectly, employ any Output to develop, train or otherwise\n"
        "improve a machine-learning system.",
    ),
    Para("output-training-ban", "markdown", "- **Distillation:** forbidden"),
    Para(
        "output-training-ban",
        "numbered",
        "4. You shall not:\n(d) feed the Model's responses into the pre-training of another neural network;",
    ),
    Para(
        "output-training-ban",
        "one-sentence",
        "Generated completions are yours to publish, but teaching a different model with them, whether by "
        "fine-tuning or by imitation learning, is something this licence does not allow.",
    ),
    # ---- restrictions-flow-down
    Para(
        "restrictions-flow-down",
        "plain",
        "Anyone you hand the model to has to follow the same usage rules that you do.",
    ),
    Para(
        "restrictions-flow-down",
        "legalese",
        "Licensee shall contractually oblige each transferee of the Model to observe the limitations of\n"
        "use set out in Exhibit B.",
    ),
    Para(
        "restrictions-flow-down",
        "markdown",
        "- **Fine-tunes:** must keep the Appendix C prohibited uses",
    ),
    Para(
        "restrictions-flow-down",
        "numbered",
        "6.2 Licensee shall ensure that every end-user agreement for a product embedding the Model contains\n"
        "use limitations no less strict than those of Schedule 2.",
    ),
    Para(
        "restrictions-flow-down",
        "terse",
        "Forks are bound by Section 5 (Usage Limits).",
    ),
    # ---- naming-branding
    Para("naming-branding", "terse", "Derivative model names must include 'Zephra'."),
    Para(
        "naming-branding",
        "plain",
        "If you release a fine-tune, you have to call it something that starts with Ostra.",
    ),
    Para(
        "naming-branding",
        "legalese",
        "Any product or service incorporating the Model shall prominently state 'Enabled by Calloway AI' on\n"
        "its user interface.",
    ),
    Para(
        "naming-branding",
        "markdown",
        "- **Branding:** show the Marlin mark on your app's About screen",
    ),
    Para(
        "naming-branding",
        "one-sentence",
        "Every derivative you publish must carry the word Tessel at the front of its title so that users "
        "can see at a glance where it came from.",
    ),
    # ---- geographic-restriction
    Para(
        "geographic-restriction",
        "plain",
        "People living in the European Union aren't allowed to download these weights.",
    ),
    Para(
        "geographic-restriction",
        "legalese",
        "The rights granted herein shall not extend to any person resident in a Member State of the\n"
        "European Union.",
    ),
    Para(
        "geographic-restriction",
        "table",
        "| Region | Licensed |\n|---|---|\n| EU / EEA | no |",
        3,
    ),
    Para(
        "geographic-restriction",
        "numbered",
        "3.4 Territory. This licence is valid in Japan and South Korea and nowhere else.",
    ),
    Para(
        "geographic-restriction",
        "one-sentence",
        "You may download, run and adapt the model in every country other than Canada, where Pellmore has "
        "granted exclusive rights to a distributor.",
    ),
    # ---- remote-control
    Para(
        "remote-control",
        "terse",
        "Kestrel can switch off your copy over the network whenever it decides.",
    ),
    Para(
        "remote-control",
        "plain",
        "We can cut off your access to the model from our side whenever we want.",
    ),
    Para(
        "remote-control",
        "legalese",
        "The Licensor may, at its discretion and without prior warning, suspend the Licensee's ability to\n"
        "operate the Model through the activation service.",
    ),
    Para(
        "remote-control",
        "numbered",
        "(e) Licensee shall apply each update released by Dorrit within fourteen (14) days of its release.",
    ),
    Para(
        "remote-control",
        "markdown",
        "- **Updates:** mandatory; you must move to each new release as soon as it ships",
    ),
    # ---- unilateral-change
    Para("unilateral-change", "terse", "Terms may change at our discretion; updates bind you once posted."),
    Para(
        "unilateral-change",
        "plain",
        "We may update these rules whenever we want, and if you keep using the model you agree to "
        "the new ones.",
    ),
    Para(
        "unilateral-change",
        "legalese",
        "Ostrander may from time to time revise the provisions hereof by posting an amended version on its\n"
        "website, and such amended version shall govern all use thereafter.",
    ),
    Para("unilateral-change", "markdown", "- This licence can be amended by Quince at any time."),
    Para(
        "unilateral-change",
        "numbered",
        "12.1 The Licensor reserves the right to alter this Agreement in its sole discretion.",
    ),
    # ---- guardrail-termination
    Para(
        "guardrail-termination",
        "plain",
        "If you take out the built-in content filters, your licence ends.",
    ),
    Para(
        "guardrail-termination",
        "legalese",
        "Any modification of the Model intended to defeat or diminish its safety alignment shall terminate\n"
        "the licence.",
    ),
    Para("guardrail-termination", "markdown", "- **Safety:** do not fine-tune away the refusals"),
    Para(
        "guardrail-termination",
        "numbered",
        "9. You shall not:\n(f) strip, alter or obscure the watermarking applied to Outputs;",
    ),
    Para(
        "guardrail-termination",
        "one-sentence",
        "Licensee shall keep the protective mechanisms shipped with the Model in effect at all "
        "times and shall "
        "not attempt to get around them by prompt injection or by editing the weights.",
    ),
    # ---- no-redistribution
    Para("no-redistribution", "terse", "Weights: do not redistribute."),
    Para(
        "no-redistribution",
        "plain",
        "Keep the model files to yourself: no posting them online or passing them to friends.",
    ),
    Para(
        "no-redistribution",
        "legalese",
        "The Licensee shall not disseminate, republish or otherwise convey copies of the Model to any\n"
        "other person.",
    ),
    Para(
        "no-redistribution",
        "table",
        "| Right | Status |\n|---|---|\n| Redistribute the weights | not permitted |",
        3,
    ),
    Para(
        "no-redistribution",
        "numbered",
        "4.1 Copies of the Model may not be handed on to any outside party.",
    ),
    # ---- no-modification
    Para(
        "no-modification",
        "plain",
        "You can run the model, but you can't change its weights or fine-tune it.",
    ),
    Para(
        "no-modification",
        "legalese",
        "Licensee shall make no alteration or adaptation of the Model and shall not produce any derivative\n"
        "thereof.",
    ),
    Para("no-modification", "markdown", "- **Fine-tuning:** not permitted"),
    Para(
        "no-modification",
        "numbered",
        "3. Licensee shall not:\n(b) build any derivative model from the Weights;",
    ),
    Para("no-modification", "terse", "Use as supplied. Modifications are not permitted."),
    # ---- no-source-access
    Para(
        "no-source-access",
        "plain",
        "Don't try to take apart the compiled program to see how it works inside.",
    ),
    Para(
        "no-source-access",
        "legalese",
        "Licensee shall not try to recover the source code or the algorithms of the Software from "
        "its binaries.",
    ),
    Para("no-source-access", "markdown", "- **Reverse engineering:** prohibited"),
    Para(
        "no-source-access",
        "numbered",
        "(c) The Software is delivered in compiled form only; its source code will not be made available to\n"
        "Licensee.",
    ),
    # ---- personal-use-only
    Para("personal-use-only", "terse", "Single-user licence; home use only."),
    Para(
        "personal-use-only",
        "plain",
        "This copy is for you alone, and you can't let your employer or anybody else use it.",
    ),
    Para(
        "personal-use-only",
        "legalese",
        "The licence is granted to the Licensee as a natural person for non-business use within the\n"
        "Licensee's household.",
    ),
    Para("personal-use-only", "markdown", "- **Who may use it:** the named individual only"),
    Para(
        "personal-use-only",
        "numbered",
        "2.3 Use is restricted to Licensee's own employees within Licensee's internal operations.",
    ),
    # ---- platform-tie
    Para("platform-tie", "terse", "Runs on Torvane accelerators only."),
    Para(
        "platform-tie",
        "plain",
        "You may use these weights only on phones made by Pimlico.",
    ),
    Para(
        "platform-tie",
        "legalese",
        "The licence is conditioned on the Model being hosted exclusively within Nimbara Cloud\n"
        "infrastructure.",
    ),
    Para("platform-tie", "markdown", "- **Platform:** Quarry OS handsets only"),
    Para(
        "platform-tie",
        "numbered",
        "(a) Licensee may operate the Software solely in combination with a Velt Systems sensor module.",
    ),
    # ---- time-limit
    Para("time-limit", "terse", "Licence valid for 90 days from download."),
    Para(
        "time-limit",
        "plain",
        "You can try it for two weeks; after that you need to buy it or delete it.",
    ),
    Para(
        "time-limit",
        "legalese",
        "This Agreement shall remain in force for twelve (12) months from the Effective Date and shall\n"
        "then expire unless renewed in writing.",
    ),
    Para("time-limit", "markdown", "- **Term:** one year, non-renewable"),
    Para(
        "time-limit",
        "numbered",
        "5.1 On 1 January 2027 the licence for this version converts to the Apache License, Version 2.0.",
    ),
    Para(
        "time-limit",
        "one-sentence",
        "Permission to use the Model lapses automatically at the end of the sixth month after you first "
        "obtained it.",
    ),
    # ---- fee-required
    Para("fee-required", "terse", "Royalty: 3% of net sales of products embedding the Model."),
    Para(
        "fee-required",
        "plain",
        "If you sell an app that uses the model, you owe us $1 for every copy sold.",
    ),
    Para(
        "fee-required",
        "legalese",
        "In consideration of the licence granted herein, Licensee shall remit to Fenwick the sum of USD\n"
        "500 per annum.",
    ),
    Para(
        "fee-required",
        "markdown",
        "- **Distribution fee:** $0.50 per copy, payable to Marrow each quarter",
    ),
    Para(
        "fee-required",
        "numbered",
        "8.2 The annual licence charge in the Order Form is owed before any production use.",
    ),
    # ---- notification-duty
    Para(
        "notification-duty",
        "plain",
        "Let us know by email before you ship a product that uses the model.",
    ),
    Para(
        "notification-duty",
        "markdown",
        "- Before publishing a fine-tune, email models@quell.example with its name and a link.",
    ),
    Para(
        "notification-duty",
        "numbered",
        "(d) Licensee shall report each commercial deployment to Brindle within 30 days.",
    ),
    Para(
        "notification-duty",
        "one-sentence",
        "Every organisation that downloads the weights is required to sign up on the Parrish developer "
        "portal and keep its contact details there current.",
    ),
    Para(
        "notification-duty",
        "legalese",
        "Licensee shall advise Carrow in writing of each redistribution of the Model, identifying the\n"
        "recipient.",
    ),
    # commercial use allowed once the licensee has registered (a form, a questionnaire, an application),
    # as model cards state it beside an open license (issue 14's real-card check: ChatGLM, InternLM,
    # MiniCPM, MOSS cards read as Apache or AGPL with this line in their license section)
    Para("notification-duty", "terse", "Commercial use: free after registration."),
    Para(
        "notification-duty",
        "legalese",
        "Licensee may exploit the Model for Commercial Purposes only upon completion of the enrolment\n"
        "procedure set out on the Licensor's portal.",
    ),
    Para(
        "notification-duty",
        "plain",
        "You can use it in your business for free, but first fill in our short sign-up questionnaire.",
    ),
    Para(
        "notification-duty",
        "markdown",
        "- Commercial deployments need a completed registration form (see link)",
    ),
    # the same with the form linked: a link is blanked to spaces, so the words sit far apart
    Para(
        "notification-duty",
        "markdown",
        "Business use is free once you sign [the sign-up form](https://forms.example.org/quellmodels/"
        "commercial-registration-2024?source=model-card&lang=en) for Quell-7B.",
    ),
    Para(
        "notification-duty",
        "one-sentence",
        "The weights are completely open for academic study, and companies that wish to put them into paid "
        "products are also welcome to do so at no charge once they have submitted the application form on "
        "our website.",
    ),
    # ---- ethical-conditions
    Para(
        "ethical-conditions",
        "plain",
        "You can keep using it only while your company treats its workers fairly and pays a living wage.",
    ),
    Para(
        "ethical-conditions",
        "legalese",
        "The licence shall terminate if the Licensee, in the reasonable judgment of the Licensor, acts\n"
        "contrary to the principles of the Universal Declaration of Human Rights.",
    ),
    Para(
        "ethical-conditions",
        "markdown",
        "- **Conduct:** licensees must uphold the Fair Work Pledge's ethical commitments",
    ),
    Para(
        "ethical-conditions",
        "terse",
        "No licence for entities that use forced or child labour.",
    ),
    Para(
        "ethical-conditions",
        "numbered",
        "(b) Licensee's operations do not cause serious environmental harm, as determined by an independent "
        "auditor.",
    ),
    # ---- broad-litigation-termination
    Para("broad-litigation-termination", "terse", "Suing Orvel over outputs voids this licence."),
    Para(
        "broad-litigation-termination",
        "plain",
        "If you take legal action against us claiming the model copies your work, you lose all rights "
        "under this licence.",
    ),
    Para(
        "broad-litigation-termination",
        "legalese",
        "Should Licensee institute proceedings against Marchetti contending that the Model or any Output\n"
        "misappropriates Licensee's proprietary works, all licences granted hereunder shall terminate.",
    ),
    Para(
        "broad-litigation-termination",
        "numbered",
        "11.3 Licensee's rights cease upon Licensee commencing any action or claim against Licensor in "
        "connection with the Model.",
    ),
    # ---- patent-retaliation
    Para(
        "patent-retaliation",
        "plain",
        "If you claim in court that this software infringes one of your patents, we take back the patent "
        "permission we gave you.",
    ),
    Para(
        "patent-retaliation",
        "legalese",
        "Should You institute patent proceedings asserting infringement by the Work, any patent rights\n"
        "conveyed to You hereunder are forfeited from that date.",
    ),
    Para(
        "patent-retaliation",
        "numbered",
        "(c) The patent licence in 3(a) is withdrawn for any Licensee who files a patent infringement "
        "claim concerning the Model.",
    ),
    Para(
        "patent-retaliation",
        "markdown",
        "- **Patent peace:** start a patent fight over the model and your patent grant is gone",
    ),
    # ---- attribution
    Para(
        "attribution",
        "plain",
        "Please mention Sorrel Research somewhere in your docs when you use the model.",
    ),
    Para(
        "attribution",
        "legalese",
        "Redistributions must reproduce the author acknowledgement below in their accompanying "
        "documentation.",
    ),
    Para("attribution", "markdown", "- **Attribution:** required (name Quiller Labs as the source)"),
    Para(
        "attribution",
        "numbered",
        "3.2 Licensee shall not delete the author credits embedded in the model card.",
    ),
    # ---- share-alike
    Para("share-alike", "terse", "Derivatives: same licence."),
    Para(
        "share-alike",
        "plain",
        "If you change the model and share it, your version has to go out on these terms too.",
    ),
    Para(
        "share-alike",
        "legalese",
        "Any Adaptation communicated to the public shall be licensed by the Licensee on terms identical to\n"
        "those hereof.",
    ),
    Para(
        "share-alike",
        "numbered",
        "(b) distribute each Derivative under this Licence and no other.",
    ),
    # ---- unchanged-original
    Para(
        "unchanged-original",
        "plain",
        "You can change it, but give your changed version a new name so nobody confuses it with ours.",
    ),
    Para(
        "unchanged-original",
        "legalese",
        "Altered versions may be distributed solely as the pristine original accompanied by separate change\n"
        "files.",
    ),
    Para("unchanged-original", "markdown", "- **Changes:** ship them as diffs against our release"),
    Para(
        "unchanged-original",
        "numbered",
        "(a) any altered version shall carry a name distinct from the original's.",
    ),
    # ---- use-restrictions by inclusion: a license said to carry another license's use-based
    # restrictions (the real-card check of issue 14: "a modified version of the Apache 2.0 license,
    # which includes use-based restrictions from BLOOM's RAIL license" read as nothing)
    Para(
        "use-restrictions",
        "plain",
        "Kestrel-7B ships under a tweaked Apache 2.0 licence that adds the use-based restrictions of an "
        "OpenRAIL licence.",
    ),
    Para(
        "use-restrictions",
        "legalese",
        "The Licence comprises the Apache License, Version 2.0, as amended to incorporate the use-based\n"
        "restrictions set out in Attachment A.",
    ),
    Para(
        "use-restrictions", "markdown", "- **Licence:** MIT plus use-based restrictions (see RESTRICTIONS.md)"
    ),
    # a refusal of every act for a purpose is a field of use, not a refusal to modify or share (the
    # CogVLM2 licence's "You will not use, copy, modify, merge, publish, distribute ... for any
    # military, or illegal purposes" read as no-modification and no-redistribution)
    Para(
        "use-restrictions",
        "legalese",
        "Licensee shall not use, reproduce, modify or distribute the Model, in whole or in part, for any\n"
        "gambling or betting purposes.",
    ),
    Para("use-restrictions", "plain", "Don't copy, change or share this model for any fortune-telling uses."),
    # commercial use waiting on an application or approval, in Chinese (the TeleChat card's "如果您计划将
    # TeleChat 模型或其衍生品用于商业目的，您需要...提交...申请材料。审核通过后..." read as nothing)
    Para(
        "notification-duty",
        "plain",
        "如需将本模型用于商业用途，请先发送邮件至 legal@quillon.example 进行登记。",
    ),
    Para(
        "notification-duty",
        "legalese",
        "被许可方拟将本模型商业化的，应当事先向许可方提交书面申请，经审核通过后方可使用。",
    ),
    Para("notification-duty", "markdown", "- **商用**：需填写问卷并完成备案"),
    Para("notification-duty", "one-sentence", "在官网填写登记表后，亦可免费商业使用本模型。"),
    # an open license with a RAIL licence's clauses, or responsible-use restrictions, attached (the
    # SQLCoder cards: "a CC BY-SA 4.0 license, with OpenRAIL-M clauses for responsible use attached")
    Para(
        "use-restrictions",
        "plain",
        "Weights: CC BY 4.0, plus the OpenRAIL-M clauses for responsible use, which we attach to every copy.",
    ),
    Para("use-restrictions", "terse", "Licence: MIT with added responsible-use restrictions (see USE.md)."),
    # non-commercial and research-only terms in Chinese (the M3E cards: "也是非商用的，仅供研究使用")
    Para("non-commercial", "plain", "本模型不得用于任何商业目的。"),
    Para("non-commercial", "terse", "许可：非商用。"),
    # a bare line naming a non-commercial licence under a "**License**" label (the alpaca-30b card)
    Para("non-commercial", "terse", "Noncommercial custom licence"),
    Para("non-commercial", "markdown", "- Non-commercial research-use license"),
    # a licence whose name carries the NC mark (the MambaVision cards: "NVIDIA Source Code License-NC")
    Para(
        "non-commercial",
        "markdown",
        "### License:\n[Quillon Model License-NC](https://quillon.example/license)",
        2,
    ),
    # a licence whose name says it is a research licence (the Athene-70B card: "Nexusflow Research
    # License", linked as a PDF)
    Para(
        "research-only", "markdown", "- **License**: [Brightwater Research License](https://bw.example/l.pdf)"
    ),
    Para("research-only", "plain", "模型权重仅供学术研究使用。"),
    Para("research-only", "legalese", "被许可方只能将本模型用于科研目的。"),
    # a mark required in a list whose lead-in obliges (an invitation's list binds nothing, this one does)
    Para(
        "naming-branding",
        "numbered",
        'If you ship the Model you must:\n(i) keep this licence with it; and\n(ii) show "Powered by Quillon" '
        "in your app.",
        3,
    ),
    Para(
        "use-restrictions",
        "markdown",
        "- You must not modify or redistribute the weights for any tobacco-marketing applications.",
    ),
    Para(
        "use-restrictions",
        "terse",
        "Licence: Apache-2.0 with the behavioural use restrictions of the BigScience RAIL licence.",
    ),
]


HELD_OUT: list[Para] = [
    Para(
        "user-threshold",
        "plain",
        "Once more than 300,000 people a month sign in to your service, Ambergate's free grant "
        "stops covering you.",
    ),
    Para(
        "revenue-threshold",
        "legalese",
        "This Licence is available free of charge solely to Small Entities, meaning any person whose annual\n"
        "income from all sources does not exceed EUR 1,000,000.",
        2,
    ),
    Para(
        "use-policy-by-reference",
        "numbered",
        "4.1 All use of the Model must conform to the Duskwing Content Standards as published and amended by "
        "Duskwing.",
    ),
    Para(
        "use-restrictions",
        "plain",
        "You may not use the Model to decide who gets a loan, a job or a flat.",
    ),
    Para("non-commercial", "terse", "Personal, non-profit use only."),
    Para(
        "research-only",
        "legalese",
        "Licensee may use the Model solely for the purpose of internal evaluation of its suitability, and "
        "not in any live product or service.",
    ),
    Para(
        "output-training-ban",
        "markdown",
        "- Do not feed responses from the Model into the training set of another neural network.",
    ),
    Para(
        "restrictions-flow-down",
        "plain",
        "Anyone you pass the weights on to is bound by the same use restrictions as you.",
    ),
    Para(
        "naming-branding",
        "legalese",
        'Each product incorporating the Model shall prominently display the legend "Built with Quasar".',
    ),
    Para(
        "geographic-restriction",
        "plain",
        "The Model may be used only in Japan; it is not licensed anywhere else.",
    ),
    Para(
        "remote-control",
        "legalese",
        "Licensee shall install each security update to the Model issued by Corbel within fourteen days.",
    ),
    Para(
        "unilateral-change",
        "plain",
        "We may update this license from time to time, and the new version applies to you as soon "
        "as we post it.",
    ),
    Para(
        "guardrail-termination",
        "terse",
        "Bypassing the content filter terminates this licence.",
    ),
    Para(
        "no-redistribution",
        "legalese",
        "The Licensee shall not distribute, publish or otherwise disclose the Model weights to any person.",
    ),
    Para(
        "no-modification",
        "terse",
        "Modifying the weights is prohibited.",
    ),
    Para(
        "broad-litigation-termination",
        "plain",
        "If you file a claim saying the Model's outputs copy your work, all your rights under this license "
        "end.",
    ),
    Para(
        "patent-retaliation",
        "markdown",
        "- If you sue a contributor over patents in the Work, your patent licence from them ends.",
    ),
    Para(
        "attribution",
        "markdown",
        "- Give credit to the Lindenhurst team in the documentation of anything you build with the Model.",
    ),
    Para(
        "share-alike",
        "legalese",
        "Derivative Models that Licensee makes available shall be made available under this same Licence.",
    ),
    # written after the rules for the seven types below were tuned (issue 12); never tuned on
    Para(
        "no-source-access",
        "plain",
        "We ship only the compiled app, and you agree not to try to recover its source by decompiling it.",
    ),
    Para("personal-use-only", "terse", "For use by a single private individual only."),
    Para(
        "platform-tie",
        "legalese",
        "Licensee may execute the Toolkit solely on development boards supplied by Larchmont Instruments.",
    ),
    Para(
        "time-limit",
        "legalese",
        "The rights granted hereunder shall expire at the end of the sixty (60) day evaluation window.",
    ),
    Para(
        "fee-required",
        "plain",
        "Using the codec in a product you sell costs two euros per unit, payable to Ostrander each quarter.",
    ),
    Para(
        "notification-duty",
        "legalese",
        "Each Licensee shall give written notice to the Copyright Holder before publishing any derivative of "
        "the Work.",
    ),
    Para(
        "ethical-conditions",
        "plain",
        "If your company breaks international labour standards, you lose the right to use this library.",
    ),
]

# Held-out paraphrases the rules miss (see FIGURES), by (type, style).
HELD_OUT_MISSES = {
    # issue 12's seven new types, first run (see FIGURES)
    ("personal-use-only", "terse"),
    ("time-limit", "legalese"),
    ("fee-required", "plain"),
    ("notification-duty", "legalese"),
    ("ethical-conditions", "plain"),
    ("revenue-threshold", "legalese"),
    ("non-commercial", "terse"),
    ("research-only", "legalese"),
    ("restrictions-flow-down", "plain"),
    ("broad-litigation-termination", "plain"),
}

ANY = "*"
"""A negative whose forbidden type is ANY must give no clause at all."""

# (type that must NOT be found, style, text)
NEGATIVES: list[tuple[str, str, str]] = [
    # a licensee's duty under export law is not a class of licensee shut out
    (
        "use-restrictions",
        "plain",
        "You must not be a party that export laws bar from receiving the software; see the sanctions list.",
    ),
    # another model's non-commercial licence, and a dataset's, are not this work's terms
    (
        "non-commercial",
        "plain",
        "Unlike LLaMA, which is under a non-commercial license, Kestrel-1 is released under Apache 2.0.",
    ),
    ("non-commercial", "markdown", "- **Dataset license:** non-commercial, see the dataset card"),
    # a licence that used to be non-commercial is not one now
    (
        "non-commercial",
        "plain",
        "Kestrel-1 was once released under a non-commercial licence; since version 2 it is MIT.",
    ),
    # the permissive licenses' own carve-outs of names, marks and patents are not a field of use
    (
        "use-restrictions",
        "legalese",
        "Quillfeather grants no rights to use its company name, its marks or its logos in any product "
        "name or advertisement.",
    ),
    (
        "use-restrictions",
        "plain",
        "Nothing here grants you any rights other than those stated; we grant no rights to use our patents "
        "in any other product.",
    ),
    # a use beyond the grant is not a field-of-use ban (Creative Commons 1.0-3.0, EUPL)
    (
        "use-restrictions",
        "legalese",
        "ANY USE OF THE WORK OTHER THAN AS AUTHORIZED UNDER THIS LICENSE IS PROHIBITED.",
    ),
    (
        "use-restrictions",
        "plain",
        "Use of the Software in violation of applicable export laws is not permitted.",
    ),
    (
        "no-redistribution",
        "plain",
        "Distribution of the Larch name or logo requires our prior written permission.",
    ),
    (
        ANY,
        "disclaimer",
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, AND IN NO EVENT SHALL BRAMBLE BE '
        "LIABLE FOR ANY DAMAGES ARISING FROM ITS USE.",
    ),
    (
        ANY,
        "disclaimer",
        "The Model is not designed or intended for use in life-critical systems, and the authors disclaim "
        "any warranty of fitness for such use.",
    ),
    (
        ANY,
        "governing law",
        "This Agreement is governed by the laws of the State of New York, and the courts of Singapore have "
        "exclusive jurisdiction over any dispute.",
    ),
    (ANY, "liability cap", "Licensee's aggregate liability shall not exceed five hundred euros (€500)."),
    (
        ANY,
        "liability cap",
        "In no event shall the total liability of Pellucid exceed the greater of USD 100 or the fees you "
        "paid in the twelve months before the claim.",
    ),
    (
        ANY,
        "patent grant",
        "Each Contributor grants you a perpetual, worldwide, royalty-free patent licence to make, use and "
        "sell the Model.",
    ),
    (
        ANY,
        "revenue",
        "You may use the Model to generate revenue, and no royalties are owed however large your business "
        "becomes.",
    ),
    (ANY, "pricing", "The hosted API costs $2,000 per month; the downloadable weights are free."),
    (ANY, "users", "You may serve an unlimited number of users."),
    (ANY, "users", "The Model was evaluated by 1,000 human raters."),
    (ANY, "commercial", "You may use the Model commercially."),
    (ANY, "commercial", "Commercial and non-commercial uses are both allowed."),
    (ANY, "research", "The Model is suitable for research and for production use."),
    (ANY, "research", "Researchers, companies and hobbyists may all use the Model for any purpose."),
    (ANY, "outputs", "You may use outputs for any purpose, including to train other models."),
    (ANY, "privacy", "We do not use your prompts or outputs to train our models."),
    (ANY, "derivatives", "You may license your own derivatives under any terms you choose."),
    (
        ANY,
        "copyleft",
        "Each time you distribute the Model, the recipient automatically receives a licence from the "
        "original licensors.",
    ),
    (
        ANY,
        "endorsement",
        "You may not use the name of Halvard or its contributors to endorse or promote products derived "
        "from the Model without prior written permission.",
    ),
    (
        ANY,
        "trademarks",
        "Nothing here gives you any right to the trade names, trademarks or logos of Halvard.",
    ),
    ("naming-branding", "credit", "You must give appropriate credit to Quillon in your documentation."),
    ("naming-branding", "notice file", "Include a copy of the NOTICE file with any distribution."),
    (ANY, "territory", "The licence is worldwide."),
    ("geographic-restriction", "export", "You must comply with all applicable export control laws."),
    (ANY, "updates", "You are not required to upgrade to later versions of the Model."),
    (ANY, "offline", "The Model runs entirely offline and sends no data to the Licensor."),
    (ANY, "amendment", "This Agreement may be amended only by a written document signed by both parties."),
    (
        ANY,
        "versions",
        "The Steward may publish new versions of this License, and you may choose to follow any later "
        "version.",
    ),
    (ANY, "irrevocable", "The rights granted here are irrevocable."),
    (ANY, "safety", "You may configure or switch off the optional safety filter as you see fit."),
    (
        ANY,
        "circumvention",
        "Nothing in this License forbids anyone from bypassing technical protection measures applied to "
        "the Work.",
    ),
    (ANY, "redistribution", "You may redistribute the Model, with or without modification."),
    (ANY, "redistribution", "Redistribution is permitted provided that the conditions below are met."),
    (ANY, "modification", "You may modify the Model and create derivative works of it."),
    (ANY, "modification", "Modified versions must be marked clearly as changed from the original."),
    ("no-modification", "notices", "You must not remove copyright notices from the Model."),
    (
        "broad-litigation-termination",
        "apache-style",
        "If you start patent litigation alleging that the Model infringes a patent, the patent licences "
        "granted to you under this License end on the date that litigation is filed.",
    ),
    (
        "patent-retaliation",
        "copyright suit",
        "If you sue Lumen Labs claiming the outputs of the Model infringe your copyright, this licence "
        "terminates.",
    ),
    (ANY, "attribution", "No attribution is required."),
    (ANY, "share-alike", "You may license your modifications under different terms."),
    (ANY, "share-alike", "This License does not require you to publish your changes."),
    ("unchanged-original", "rename freely", "You may rename the files and change them as you like."),
    (
        "unchanged-original",
        "no patches needed",
        "You need not send patches; publish your changed code in any form.",
    ),
    (ANY, "policy itself", "This Acceptable Use Policy applies to everyone who uses Harbin models."),
    (ANY, "any purpose", "You may use the Model for any lawful purpose."),
    (
        ANY,
        "fields",
        "This licence does not restrict the fields of endeavour in which the Model may be used.",
    ),
    (
        ANY,
        "no further limits",
        "You may not place additional limits on what recipients may do with the Model under this License.",
    ),
    (
        ANY,
        "any hardware",
        "You may use the Model with any hardware or software, including products of other vendors.",
    ),
]


# Round 3's negatives, written with its tuning paraphrases (near misses of the widened rules).
NEGATIVES_3: list[tuple[str, str, str]] = [
    # registration that conditions nothing, or a company's own registration
    ("notification-duty", "optional", "Registration is optional and is not needed for commercial use."),
    (
        "notification-duty",
        "no need",
        "You do not have to sign up or fill in any form to use the model commercially.",
    ),
    (
        "notification-duty",
        "registry",
        "Quillon SAS is a company registered in the commercial register of Lyon under number 123 456 789.",
    ),
    # counts and money that bind nothing
    (ANY, "no cap", "There is no cap on the number of users, devices, seats or installations."),
    (
        ANY,
        "any size",
        "Teams of any size, from a single developer to a company with a million users, may adopt the model.",
    ),
    (ANY, "training facts", "The model was trained on 2 trillion tokens from sources in 40 countries."),
    (
        ANY,
        "about the licensor",
        "Fennick Labs, founded in 2019, has more than 250 employees and raised $40 million in 2023.",
    ),
    (ANY, "revenue is yours", "Revenue you earn with the model is yours; no share of it is owed to us."),
    (ANY, "any price", "You may sell products built with the model at any price you like."),
    (ANY, "no fee", "No fee or royalty is payable for any use, however large your business grows."),
    ("fee-required", "support", "Paid support plans are available from Tolland for customers who want them."),
    # permissive grants and their usual conditions
    (
        ANY,
        "apache-style grant",
        "Each Contributor gives you a worldwide, no-charge copyright licence to copy, adapt, show in public, "
        "sublicense and pass on the Work.",
    ),
    (
        ANY,
        "mit-style grant",
        "Anyone may use, copy, merge, publish, sell and sublicense copies of the Model.",
    ),
    (
        ANY,
        "bsd-style endorsement",
        "Neither the Orvel name nor the names of its contributors may be used to promote products built "
        "with the Model unless Orvel agrees in writing.",
    ),
    (ANY, "selling allowed", "Selling copies of the Model, alone or bundled, is allowed."),
    (ANY, "change freely", "You can fine-tune, merge, quantize or otherwise change the weights."),
    (
        ANY,
        "proprietary derivatives",
        "You may release your fine-tuned model under any licence, including a closed one.",
    ),
    (
        ANY,
        "source available",
        "The full source code and training scripts are published alongside the weights.",
    ),
    (ANY, "anywhere", "You may use the model at home, at work, or anywhere else in the world."),
    (ANY, "any vendor", "The model runs on CPUs and GPUs from any vendor, in any cloud or on premises."),
    (ANY, "perpetual", "This licence is perpetual and does not expire."),
    (ANY, "no registration", "You do not need to tell us about, or register, your use of the model."),
    (ANY, "all purposes", "Research, evaluation and commercial use are all permitted."),
    (ANY, "competing", "You may use the model to build a product that competes with ours."),
    (ANY, "outputs free", "Outputs belong to you, and you may use them to train your own models."),
    # statements and options that are not terms
    (
        ANY,
        "definition",
        '"Derivative" means any model fine-tuned from, merged with or distilled from the Model.',
    ),
    (
        "geographic-restriction",
        "privacy",
        "Users in the European Union are protected by the GDPR; see our privacy notice for details.",
    ),
    (
        ANY,
        "optional updates",
        "We will publish improved versions of the model from time to time; moving to them is optional.",
    ),
    (ANY, "no remote access", "Harlow cannot access, disable or limit a copy of the model once you have it."),
    (ANY, "stable terms", "These terms will not change for the version you downloaded."),
    (ANY, "ethics statement", "We publish an ethics statement describing how the model was trained."),
    ("naming-branding", "no branding", "Naming your derived model after us is not required."),
    ("attribution", "contributors", "The contributors are listed in the AUTHORS file."),
    (
        ANY,
        "security contact",
        "To report a security problem in the model, write to security@quell.example.",
    ),
    (
        ANY,
        "recommended safety",
        "We recommend keeping the safety filter enabled, but you are free to switch it off.",
    ),
    (ANY, "may sue", "Nothing in this licence limits your right to bring a claim against us in court."),
    (
        "broad-litigation-termination",
        "patent only",
        "If you file a lawsuit claiming the Work infringes a patent, your patent licence from each "
        "Contributor ends on the filing date.",
    ),
    (
        ANY,
        "trademark notice",
        "Orvel and the Orvel logo are trademarks of Orvel Inc., registered in the US and other countries.",
    ),
    (
        ANY,
        "warranty",
        "The weights are supplied without any warranty, express or implied, including of merchantability.",
    ),
    ("use-restrictions", "lawful use", "You must use the Model in compliance with all applicable laws."),
    (
        ANY,
        "evaluation results",
        "In our evaluation, the model served 10,000 users a day on a single GPU.",
    ),
    # a license said to have no use-based restrictions
    (
        "use-restrictions",
        "none",
        "Unlike RAIL licences, this Apache 2.0 release adds no use-based restrictions of any kind.",
    ),
    ("use-restrictions", "without", "Released under plain MIT, without behavioural use restrictions."),
    # a purpose-qualified refusal of every act is a field of use: neither no-modification nor
    # no-redistribution
    (
        "no-modification",
        "purpose",
        "You will not copy, modify or publish the Model for any astrology purposes.",
    ),
    (
        "no-redistribution",
        "purpose",
        "You will not copy, modify or publish the Model for any astrology purposes.",
    ),
    # a branding the licensor only encourages binds nothing (the Hunyuan licence: "You are encouraged to
    # ... mark the products ... 'Powered by Tencent Hunyuan'")
    (
        "naming-branding",
        "encouraged",
        'You are encouraged to label apps with the Model as "Made with Quillon" and to blog about it.',
    ),
    # every act refused outside the licensed territory is a territorial limit, not a refusal to modify
    # or share (the Hunyuan licence's "must not use, reproduce, modify, distribute ... outside the
    # Territory")
    (
        "no-modification",
        "territory",
        "You must not use, copy, modify or share the Model outside the Territory.",
    ),
    (
        "no-redistribution",
        "territory",
        "You must not use, copy, modify or share the Model outside the Territory.",
    ),
    (
        "naming-branding",
        "invited list",
        "You are encouraged to:\n(i) write about your use of the Model; and\n"
        '(ii) mark your app as "Powered by Quillon".',
    ),
    # commercial use free of any application, and a business contact line
    ("notification-duty", "free", "本模型可免费商用，无需申请授权，也不必登记。"),
    ("notification-duty", "contact", "商业合作与媒体咨询请发送邮件至 press@quillon.example。"),
    (
        "use-restrictions",
        "responsible",
        "We ask everyone to use the model responsibly; no restrictions are attached.",
    ),
    ("non-commercial", "commercial allowed", "本模型可免费商用。"),
    ("research-only", "both allowed", "本模型可用于学术研究，也可用于商业用途。"),
    # another model's ban named in a comparison (the Baichuan-7B card: "不同于LLaMA完全禁止商业使用……")
    ("non-commercial", "comparison", "不同于某些模型完全禁止商业使用，Quillon-7B 允许用于商业目的。"),
    # a commercial licence granted, its "non-transferable" words no ban (the TeleChat, Baichuan 2 cards)
    ("non-commercial", "grant", "审核通过后，将授予您一个非排他性、不可转让、不可再许可的商用版权许可。"),
    (
        "non-commercial",
        "considered",
        "We chose Apache 2.0, since a non-commercial license would be too strict.",
    ),
    ("non-commercial", "nc other", "Our license (not the older License-NC one) allows commercial use."),
    ("research-only", "research other", "Unlike the old research license, this one allows any use."),
]


# Round 3's held-out paraphrases: one per type, written after the round-3 tuning was finished and before
# any of them was run; never tuned on (first run in FIGURES).
HELD_OUT_3: list[Para] = [
    Para(
        "user-threshold",
        "legalese",
        "The foregoing grant is void as to any Licensee Service having at any time more than three hundred\n"
        "thousand signed-in users, absent Wrenfield's written consent.",
    ),
    Para(
        "revenue-threshold",
        "plain",
        "Businesses pulling in less than half a million pounds a year can use Tindra for free; "
        "bigger ones pay.",
    ),
    Para(
        "use-policy-by-reference",
        "terse",
        "Usage is conditional on following Gallowmere's Responsible Use Handbook, current version.",
    ),
    Para(
        "use-restrictions",
        "markdown",
        "- Never point the model at tasks like mass surveillance or assembling chemical weapons.",
    ),
    Para(
        "non-commercial",
        "numbered",
        "1.4 The Licensee may not derive any income, directly or indirectly, from use of the Software.",
    ),
    Para(
        "research-only",
        "table",
        "| Permitted purpose | Conditions |\n|---|---|\n| Scholarly research exclusively | cite the paper |",
        3,
    ),
    Para(
        "output-training-ban",
        "legalese",
        "No Output shall be utilised, in whole or in part, as a corpus for the training of any "
        "language model\n"
        "other than the Model.",
    ),
    Para(
        "restrictions-flow-down",
        "one-sentence",
        "Whenever you sublicense the weights, your sublicensees take them subject to every use restriction "
        "in this document, and you must say so in writing.",
    ),
    Para(
        "naming-branding",
        "numbered",
        "(e) every application built on the Model shall show the legend 'Runs on Kiteworth' at start-up.",
    ),
    Para(
        "geographic-restriction",
        "terse",
        "Unavailable in mainland China.",
    ),
    Para(
        "remote-control",
        "plain",
        "We keep a kill switch: if we flip it, every copy of the model stops working.",
    ),
    Para(
        "unilateral-change",
        "legalese",
        "Amendments to this Licence published by Cressida shall apply to all Licensees from the date of\n"
        "publication without further assent.",
    ),
    Para(
        "guardrail-termination",
        "markdown",
        "- Tampering with the refusal training voids every right under this licence.",
    ),
    Para(
        "no-redistribution",
        "one-sentence",
        "You may keep as many backup copies as you need on your own machines, but none of them may leave "
        "your organisation in any form.",
    ),
    Para(
        "no-modification",
        "terse",
        "Weights are provided read-only: no edits of any kind.",
    ),
    Para(
        "no-source-access",
        "legalese",
        "Licensee shall not translate the object code of the Software into human-readable form.",
    ),
    Para(
        "personal-use-only",
        "markdown",
        "- **Audience:** you, personally; sharing access with colleagues is not allowed",
    ),
    Para(
        "platform-tie",
        "one-sentence",
        "Deployment of the Model is authorised on Corvane-certified servers and on no other equipment.",
    ),
    Para(
        "time-limit",
        "numbered",
        "2.2 The licence granted in 2.1 is valid until 31 December 2026 and then ends without notice.",
    ),
    Para(
        "fee-required",
        "terse",
        "Commercial redistribution carries a per-unit charge of €0.20, invoiced monthly by Hartwell.",
    ),
    Para(
        "notification-duty",
        "plain",
        "Whenever you put out a new version built on our model, drop us a line at hello@sablewood.example.",
    ),
    Para(
        "ethical-conditions",
        "legalese",
        "Licensee's continued entitlement hereunder depends upon its adherence to internationally "
        "recognised\n"
        "labour standards, as assessed by the Licensor.",
    ),
    Para(
        "broad-litigation-termination",
        "markdown",
        "- **If you sue:** any claim you bring against Ostrava Labs about the Model or what it produces ends "
        "this licence",
    ),
    Para(
        "patent-retaliation",
        "terse",
        "Assert a patent against the Work and your patent licence under it terminates.",
    ),
    Para(
        "attribution",
        "one-sentence",
        "Whatever you build with the model, your About page or README has to say that it uses Maplestone's "
        "model.",
    ),
    Para(
        "share-alike",
        "markdown",
        "- **Derivatives:** must be published under the terms you received them under",
    ),
    Para(
        "unchanged-original",
        "terse",
        "Edited copies: rename them first.",
    ),
]

HELD_OUT_3_MISSES = {
    ("user-threshold", "legalese"),
    ("revenue-threshold", "plain"),
    ("use-policy-by-reference", "terse"),
    ("non-commercial", "numbered"),
    ("research-only", "table"),
    ("output-training-ban", "legalese"),
    ("restrictions-flow-down", "one-sentence"),
    ("geographic-restriction", "terse"),
    ("remote-control", "plain"),
    ("unilateral-change", "legalese"),
    ("no-redistribution", "one-sentence"),
    ("no-modification", "terse"),
    ("no-source-access", "legalese"),
    ("personal-use-only", "markdown"),
    ("platform-tie", "one-sentence"),
    ("fee-required", "terse"),
    ("notification-duty", "plain"),
    ("ethical-conditions", "legalese"),
    ("attribution", "one-sentence"),
    ("share-alike", "markdown"),
    ("unchanged-original", "terse"),
}


def _found(text: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for c in clauses(text):
        out.setdefault(c.type, []).append(c.line)
    return out


def _id(p: Para) -> str:
    return f"{p.type}:{p.style}:{p.text[:30]}"


def _cases() -> list[object]:
    out: list[object] = list(TUNING + TUNING_3)
    for held, misses, round_ in ((HELD_OUT, HELD_OUT_MISSES, ""), (HELD_OUT_3, HELD_OUT_3_MISSES, "r3:")):
        for p in held:
            miss = (p.type, p.style) in misses
            marks = [pytest.mark.xfail(strict=True, reason="held-out miss (see FIGURES)")] if miss else []
            out.append(pytest.param(p, marks=marks, id=round_ + _id(p)))
    return out


@pytest.mark.parametrize("para", _cases(), ids=lambda p: _id(p) if isinstance(p, Para) else None)
def test_paraphrase_gives_exactly_its_type(para: Para) -> None:
    found = _found(para.text)
    assert set(found) == {para.type}, found
    assert para.line in found[para.type], found


@pytest.mark.parametrize("neg", NEGATIVES + NEGATIVES_3, ids=lambda n: f"not-{n[0]}:{n[1]}:{n[2][:30]}")
def test_negative_does_not_give_the_type(neg: tuple[str, str, str]) -> None:
    forbidden, _, text = neg
    found = _found(text)
    if forbidden == ANY:
        assert not found, found
    else:
        assert forbidden not in found, found


def test_every_type_has_five_paraphrases() -> None:
    for t in CLAUSE_TYPES:
        assert sum(p.type == t for p in TUNING + HELD_OUT) >= 5, t
        assert sum(p.type == t for p in TUNING_3) >= 4, t
        assert sum(p.type == t for p in HELD_OUT_3) == 1, t
    assert {p.type for p in TUNING + TUNING_3 + HELD_OUT + HELD_OUT_3} <= set(CLAUSE_TYPES)
    assert {n[0] for n in NEGATIVES + NEGATIVES_3} <= set(CLAUSE_TYPES) | {ANY}


RUN = 60


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def test_paraphrases_are_not_copied_from_the_corpus(license_corpus: Path) -> None:
    """No 60-character run of any paraphrase or negative (whitespace collapsed, case ignored) occurs
    in any file of the license corpus."""
    grams: set[str] = set()
    for f in sorted(license_corpus.iterdir()):
        if f.is_file():
            s = _squash(f.read_text(encoding="utf-8", errors="replace"))
            grams.update(s[i : i + RUN] for i in range(len(s) - RUN + 1))
    copied = []
    paras = TUNING + TUNING_3 + HELD_OUT + HELD_OUT_3
    for text in [p.text for p in paras] + [n[2] for n in NEGATIVES + NEGATIVES_3]:
        s = _squash(text)
        hit = next((s[i : i + RUN] for i in range(len(s) - RUN + 1) if s[i : i + RUN] in grams), None)
        if hit:
            copied.append(hit)
    assert not copied, copied


def figures(paras: list[Para], negatives: list[tuple[str, str, str]]) -> tuple[float, float, int, int]:
    """Recall (expected type found on the expected line) and precision (over every type reported for
    a paraphrase, plus each negative that gives its forbidden type)."""
    tp = fp = 0
    for p in paras:
        found = _found(p.text)
        hit = p.line in found.get(p.type, [])
        tp += hit
        fp += len(set(found) - {p.type}) + (p.type in found and not hit)
    for forbidden, _, text in negatives:
        found = _found(text)
        fp += bool(found) if forbidden == ANY else forbidden in found
    recall = tp / len(paras) if paras else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    return recall, precision, tp, fp


def test_figures() -> None:
    for name, paras, negs in (
        ("tuning", TUNING, NEGATIVES),
        ("tuning round 3", TUNING_3, NEGATIVES_3),
        ("held-out", HELD_OUT, []),
        ("held-out round 3", HELD_OUT_3, []),
    ):
        recall, precision, tp, fp = figures(paras, negs)
        print(
            f"\n{name}: {len(paras)} paraphrases, recall {recall:.3f} precision {precision:.3f} "
            f"(tp={tp} fp={fp})"
        )
