# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 32 (issue 14): fourteen model licences, seven restricted and seven open, on the less
common clause types and the open texts that look like them. Each restricted text is built around one
such clause (a safety screen that must stay on, conduct and values certified every year, limits carried
into customers' contracts, a policy incorporated under an unusual name, terms the licensor may rewrite
with continued use as acceptance, a notice owed after a launch, a licence that lasts twelve months from
download); each open text is a near miss of one of them (a safety classifier only recommended, a code of
conduct for contributors' spaces only, share-alike for weights, later licence versions that may be
followed but need not, an optional invitation to say hello, a date that is only the release date, patent
retaliation with termination for suing the licensor). Drafting styles vary (questions and answers,
Markdown, legalese with definitions, numbered clauses, plain words, a key-value header). Written fresh
with invented details, blind, before any rule changed.

- "content screen must keep running": a licence written as questions and answers that "are the licence",
  any purpose, whose answer on the content screen (a prompt reader and a picture checker shipped with the
  weights) says the licensee may not disable it, remove it, send prompts or pictures around it, lower its
  thresholds or fine-tune the generator past it, on pain of every right ending that day; the word
  "guardrail" never appears (guardrail termination).
- "screen recommended, not required": a Markdown image-model licence for any purpose whose Safety section
  recommends keeping the shipped classifier on, in bold "This is a recommendation, not a condition of this
  licence", switching it off ending, suspending or limiting no right (open).
- "human-rights certificate each year": a defined-terms agreement, any lawful purpose, granted "on
  condition that" the licensee and its affiliates respect human rights under the UN Guiding Principles,
  carry out OECD due diligence and shun forced labour and persecution, with a director's certificate of
  compliance due every 31 March; a missing certificate or the licensor's finding of non-compliance ends
  the licence (ethical conditions).
- "contributor code of conduct": a plain any-purpose licence with a Community section: a Contributor Code
  of Conduct governs behaviour in the repository, tracker, forum and chat only, "is not part of this
  licence", places no condition on use, change or distribution, and a ban does not affect any right
  (open).
- "customers' contracts carry the limits": a Markdown licence, commercial use allowed, with three barred
  voice applications, whose section "Your customers" requires every supply agreement to contain those
  terms, oblige the customer to put them in its own agreements in turn and let the licensor enforce them
  directly, and bars supplying anyone who has not agreed (a flow-down of restrictions).
- "reciprocal weights licence": a copyleft licence for weights, any purpose including commercial: the work
  and modified works are distributed only under the same licence, each recipient receives a licence from
  the licensor, no further restrictions may be imposed, modified weights are made available; outputs are
  free and breach has a 30-day cure (open: share-alike).
- "deployment principles by name": a numbered licence, commercial and non-commercial, "subject to clause
  3", under which every use by the licensee or its product's users must conform to the "Heronsgate
  Deployment Principles" published in the website's Trust Centre, which "form part of this licence";
  no URL and no words "acceptable use" (a use policy by reference).
- "later licence versions optional": a numbered any-purpose licence whose steward may publish new
  versions, the licensee keeping the version that came with the copy "for as long as you wish" or
  choosing a later one; no new version can withdraw, reduce or add conditions (open).
- "new version counts once published": a plain-words any-purpose licence ("This deal can change. We can
  rewrite it whenever we decide to."), a new version replacing the old one for everybody from the day it
  is published in the repository, going on using it meaning agreement; no "revise", "at any time" or
  "posting" (a unilateral change).
- "release date in a perpetual licence": a key-value header ("Release date: 14 March 2025", "Term:
  perpetual") over a perpetual, irrevocable any-purpose licence that "has no expiry date", whose only other
  date ends maintenance, the licence continuing "without limit of time" (open).
- "twelve months from download": a term licence for any purpose, commercial included, granted "for the
  Term only", which begins on the download date and expires twelve months after it unless renewed free of
  charge by a form, expiry ending all rights and requiring deletion (a time limit).
- "tell us if you like": a short permissive licence for any purpose followed by "A friendly note (not part
  of the licence)" inviting the licensee to let the licensor know when it launches a product, "entirely up
  to you, there is no deadline, and no right in the licence above depends on it" (open).
- "launch notice within thirty days": a Markdown community licence for any purpose including commercial
  whose section "Launch notice" requires a written email notice within 30 days after each product or
  service using the model is made available outside the organisation; the licence ends 10 days after an
  unanswered reminder (a notification duty).
- "patent and lawsuit termination": an Apache-shaped licence, any purpose, whose Section 4 ends the patent
  licences of a licensee who brings patent litigation over the model, and ends all licences of a licensee
  who sues the licensor claiming that the model, its training or its outputs infringe the licensee's
  rights (open: patent retaliation and broad litigation termination are not blocking).

First run (before any rule changed): 5 of 14 right (the recommended safety classifier, the contributors'
code of conduct, the customers' contracts, read as restrictions-flow-down with use-restrictions, the
Deployment Principles, read as use-policy-by-reference, and the patent and lawsuit termination, read
open-non-osi). No restricted text read open and no open text read restricted. One restricted text read
with the wrong verdict: the human-rights certificate, whose "4.1 The licence in Section 2 is granted on
condition that Licensee and each of its Affiliates at all times (a) respects internationally recognised
human rights ..." was rightly found as ethical-conditions, but whose "and (c) does not engage in,
contribute to or profit from forced labour, child labour, or the persecution of any person ..." was read
as a non-commercial clause, so the verdict is non-commercial though the grant says "commercially exploit
... for any lawful purpose" (the yearly certificate in 4.2 and the termination in 4.3 went unseen). Four
restricted texts read unknown: the content screen (unclassified "You may not disable it, remove it, send
prompts or pictures around it, lower its thresholds, or fine-tune the generator so that the screen no
longer works on it." and "If you, or anyone you let run Brambleford-Image, does any of those things, every
right in these answers ends for you on that day, without notice from us, and you must delete every copy
you hold."; its freedoms were taken from the question "Q: May I share the weights?" and from "A: You may
retrain it so that it catches more."), the new version ("the text grants the freedom to use but says
nothing of modify, share": only "You can use Pebblebrook-Chat for anything." was read as a grant, "Run
it, copy it, change it, train it on your own data, put it in products you sell, and give copies to other
people." was not, and the whole "This deal can change. We can rewrite it whenever we decide to. ..."
paragraph, continued use included, went unseen, neither classified nor flagged), the twelve months
(unclassified the grant "Licensor grants Licensee, for the Term only, a non-exclusive, worldwide,
royalty-free licence to use, ...", "4.1 This Licence commences on the Download Date and, unless renewed,
expires twelve (12) months after it." and "4.3 On expiry of the Term, all rights granted under Clause 2
cease, and Licensee shall stop using the Model and Derivatives and delete all copies ..."), and the launch
notice (unclassified "No later than thirty (30) days after you first make a product or service that
incorporates, or is powered by, the Model or a derived model available to users outside your
organisation, you must notify Ambergrass in writing by email to launches@ambergrass.dev, ..." and "If you
do not give a notice required by section 3, Ambergrass may remind you in writing."; the next sentence,
"You must give a further notice within thirty (30) days of launching each additional product or
service.", was read as attribution, non-blocking). Four open texts read unknown: the reciprocal weights
licence (unclassified the share-alike "3.1 If You Distribute the Work or a Modified Work, You shall do so
only under the terms of this Licence, and shall include a complete copy of it.", the cure "If You fail to
comply with Section 3 and do not cure the failure within thirty (30) days of becoming aware of it, Your
rights under this Licence terminate." and "Licences received from You by others do not terminate so long
as they comply."), the later versions (unclassified "4.1 The Nettlebed Collective may publish revised or
new versions of this licence from time to time."), the release date (unclassified "This licence has no
expiry date and never needs to be renewed." and "The release date above only identifies the version of
the model that this licence covers."), and the friendly note (unclassified "You don't have to: telling us
is entirely up to you, there is no deadline, and no right in the licence above depends on it."). No
expectation was changed; no case was found to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): a safety measure defeated by another
route ("so that the screen no longer works") is guardrail-termination, and a content screen is a safety
measure; "profit from" is non-commercial only when what is profited from is the work or its use (not
"profit from forced labour"); a notice owed within a time of a launch, whoever is named, is a notification
duty; a licence that "expires twelve (12) months after" an event is time-limited; a "deal" that "can
change", going on using it after a new version is published as agreement, and a new version that replaces
the old for everybody from the day it is published are unilateral changes; passing the work on "only under
the terms of this Licence" is share-alike. The safety net lets pass a steward's "revised or new versions",
a licence with "no expiry date" that "never needs to be renewed", a date that "only identifies" the
version, "You don't have to:" and "entirely up to you", and licences that "do not terminate".
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "content screen must keep running": (
        "BRAMBLEFORD-IMAGE LICENCE: QUESTIONS AND ANSWERS\n"
        "Corvel Studio Ltd, 8 Saltings Lane, Easthallow\n"
        "\n"
        'The answers below are the licence. "We" are Corvel Studio Ltd. "You" are whoever uses '
        "Brambleford-Image: the weights, the sampler code and the content screen that ships with them.\n"
        "\n"
        "Q: What may I do with Brambleford-Image?\n"
        "A: Use it, copy it, fine-tune it, build products on it and sell those products, for any purpose, "
        "anywhere, without paying us.\n"
        "\n"
        "Q: May I share the weights?\n"
        'A: Yes, with a copy of these answers and our copyright line, "Copyright 2025 Corvel Studio Ltd".\n'
        "\n"
        "Q: Who owns the pictures I make?\n"
        "A: You do. We claim nothing in them.\n"
        "\n"
        "Q: What is the content screen?\n"
        "A: Two small networks that sit either side of the generator. One reads each prompt; the other looks "
        "at each picture before it is returned. Together they hold back sexual images of children, intimate "
        "images of people who have not consented, and photorealistic pictures of real, named people.\n"
        "\n"
        "Q: Can I switch the content screen off, or change it?\n"
        "A: You may retrain it so that it catches more. You may not disable it, remove it, send prompts or "
        "pictures around it, lower its thresholds, or fine-tune the generator so that the screen no longer "
        "works on it. If you, or anyone you let run Brambleford-Image, does any of those things, every right "
        "in these answers ends for you on that day, without notice from us, and you must delete every copy "
        "you hold.\n"
        "\n"
        "Q: Is there a warranty?\n"
        "A: No. Brambleford-Image is provided as it is, and we are not liable for what you make with it.\n"
        "\n"
        "Q: Which law applies?\n"
        "A: The law of England and Wales.\n",
        "restricted",
        "guardrail-termination",
    ),
    "screen recommended, not required": (
        "# Larkspur-Image Open Licence\n"
        "\n"
        "Copyright © 2025 Whitlow Pixel Collective\n"
        "\n"
        "## Permissions\n"
        "\n"
        "Whitlow Pixel Collective grants you a perpetual, worldwide, royalty-free, non-exclusive, "
        "irrevocable licence to use, copy, modify, fine-tune, merge, publish, distribute, sublicense and "
        "sell Larkspur-Image and models derived from it, for any purpose.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "- Include this licence and the copyright notice above with every copy of the weights you "
        "distribute.\n"
        "- Mark any files you modified as modified.\n"
        "\n"
        "## Images\n"
        "\n"
        "The images you generate are yours. We claim no rights in them and place no conditions on how you "
        "use them.\n"
        "\n"
        "## Safety\n"
        "\n"
        "Larkspur-Image ships with a safety classifier, switched on by default, that blurs explicit images "
        "before they are returned. We recommend that you keep it switched on in any public-facing "
        "application, and that you add moderation suited to your audience.\n"
        "\n"
        "**This is a recommendation, not a condition of this licence.** Switching the classifier off, "
        "replacing it with your own or removing it does not end, suspend or limit any right granted above.\n"
        "\n"
        "## No warranty\n"
        "\n"
        'Larkspur-Image is provided "as is", without warranty of any kind, express or implied. In no event '
        "shall Whitlow Pixel Collective be liable for any claim, damages or other liability arising from the "
        "model or its use.\n",
        "open-non-osi",
        None,
    ),
    "human-rights certificate each year": (
        "SABLEWOOD-LM LICENCE AGREEMENT\n"
        "\n"
        'This Agreement is made between Sablewood Analytics AG, Brunnhalde 4, 8820 Vellmarsh ("Licensor"), '
        'and the person or entity that accepts it ("Licensee").\n'
        "\n"
        '1. Definitions. "Model" means the Sablewood-LM weights, tokenizer, configuration files and '
        'documentation made available by Licensor. "Derivative" means any model created by modifying, '
        'fine-tuning, distilling or merging the Model. "Affiliate" means any entity that controls, is '
        "controlled by or is under common control with Licensee.\n"
        "\n"
        "2. Grant. Subject to Section 4, Licensor grants Licensee a worldwide, non-exclusive, royalty-free "
        "licence to use, reproduce, modify, distribute and commercially exploit the Model and Derivatives "
        "for any lawful purpose.\n"
        "\n"
        "3. Notices. Licensee shall retain all copyright notices and include a copy of this Agreement with "
        "any copy of the Model or a Derivative that it distributes.\n"
        "\n"
        "4. Conditions of the Licence.\n"
        "4.1 The licence in Section 2 is granted on condition that Licensee and each of its Affiliates at "
        "all times (a) respects internationally recognised human rights, as set out in the Universal "
        "Declaration of Human Rights and the UN Guiding Principles on Business and Human Rights; (b) carries "
        "out human-rights due diligence across its operations and supply chain in line with the OECD "
        "Guidelines for Multinational Enterprises; and (c) does not engage in, contribute to or profit from "
        "forced labour, child labour, or the persecution of any person for their political opinions, "
        "religion, ethnicity or sexual orientation.\n"
        "4.2 Not later than 31 March of each calendar year, Licensee shall deliver to Licensor a "
        "certificate, signed by a director or officer of Licensee, confirming that Licensee and its "
        "Affiliates complied with Section 4.1 throughout the preceding calendar year.\n"
        "4.3 If Licensee fails to deliver a certificate when due under Section 4.2, or if Licensor "
        "reasonably determines that Licensee or an Affiliate has failed to comply with Section 4.1, the "
        "licence in Section 2 shall terminate with immediate effect upon written notice from Licensor.\n"
        "\n"
        '5. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. LICENSOR SHALL NOT BE '
        "LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL OR ANY DERIVATIVE.\n"
        "\n"
        "6. Governing Law. This Agreement is governed by the laws of Switzerland.\n",
        "restricted",
        "ethical-conditions",
    ),
    "contributor code of conduct": (
        "MILLRACE-3B LICENCE\n"
        "\n"
        "Copyright 2025 The Millrace Project contributors\n"
        "Stewarded by Hobbleford Open Models e.V., Kesselwiese 12, Ambrach\n"
        "\n"
        "Permission\n"
        "\n"
        "Hobbleford Open Models e.V. grants everyone who receives Millrace-3B (the weights, tokenizer, "
        "training code and documentation) a free, worldwide, perpetual licence to use, copy, change and "
        "share it, to build other models from it, and to sell products and services made with it, for any "
        "purpose.\n"
        "\n"
        "The one condition\n"
        "\n"
        "Copies you share, changed or not, must carry this licence and the copyright line above.\n"
        "\n"
        "Community\n"
        "\n"
        "Millrace-3B is developed in the open, in a public repository. Everyone who takes part in the "
        "project's spaces (the repository, its issue tracker and pull requests, the discussion forum and the "
        "chat room) is expected to follow the project's Contributor Code of Conduct in CODE_OF_CONDUCT.md, "
        "which asks for respectful, harassment-free participation. Maintainers may hide comments from, or "
        "ban from those spaces, anyone who breaks it.\n"
        "\n"
        "The Code of Conduct governs how people behave in the project's spaces, and nothing else. It is not "
        "part of this licence, it places no condition on how anyone uses, changes or distributes "
        "Millrace-3B, and a ban from the project's spaces does not affect any right granted above.\n"
        "\n"
        "No warranty\n"
        "\n"
        "Millrace-3B is provided as is, without warranty of any kind. The contributors and Hobbleford Open "
        "Models e.V. are not liable for any damage arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "customers' contracts carry the limits": (
        "# Lanternfish-ASR Licence\n"
        "\n"
        "*Quenby Speech Ltd, Harlsey Quay, Portwenna. Version 1.1*\n"
        "\n"
        "## 1. What you get\n"
        "\n"
        'Quenby Speech Ltd ("Quenby") grants you a worldwide, royalty-free, non-exclusive licence to use, '
        'copy, modify, fine-tune and distribute Lanternfish-ASR (the "Model") and models derived from it, '
        "and to offer products and services built on them, commercially or otherwise.\n"
        "\n"
        "## 2. Applications we do not license\n"
        "\n"
        "You may not use the Model or a derived model:\n"
        "\n"
        "- to identify or track individuals by their voice without their consent;\n"
        "- to transcribe calls or conversations recorded without the knowledge of the people speaking;\n"
        "- to infer a speaker's health, ethnicity or sexual orientation from their voice.\n"
        "\n"
        "## 3. Your customers\n"
        "\n"
        "Every agreement under which you supply the Model, a derived model, or a product or service that "
        "uses either of them, to a customer must:\n"
        "\n"
        "- contain the terms of section 2, or terms at least as protective;\n"
        "- oblige that customer to put the same terms into every agreement under which it supplies them in "
        "turn; and\n"
        "- allow Quenby to enforce those terms directly against the customer.\n"
        "\n"
        "You must not supply the Model, a derived model, or such a product or service, to anyone who has not "
        "agreed to those terms.\n"
        "\n"
        "## 4. Notices\n"
        "\n"
        'Keep this licence and the line "Copyright 2025 Quenby Speech Ltd" with every copy of the Model or a '
        "derived model.\n"
        "\n"
        "## 5. No warranty\n"
        "\n"
        'The Model is provided "as is". Quenby gives no warranty and accepts no liability for any use of the '
        "Model, to the extent the law allows.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "reciprocal weights licence": (
        "COBBLESTONE-VISION RECIPROCAL WEIGHTS LICENCE, VERSION 1.0\n"
        "\n"
        "Copyright 2025 Cobblestone Foundation, Tarrow Yard, Melbury Cross\n"
        "\n"
        "1. Definitions.\n"
        '1.1 "Work" means the Cobblestone-Vision weights, configuration files and inference code published '
        'by the Cobblestone Foundation (the "Licensor").\n'
        '1.2 "Modified Work" means any model whose weights are derived from the Work by fine-tuning, '
        "merging, pruning, quantising or any other modification, together with the code needed to run it.\n"
        '1.3 "Distribute" means to make a copy available to any third party by any means.\n'
        "\n"
        "2. Grant. The Licensor hereby grants You a worldwide, royalty-free, non-exclusive, perpetual "
        "licence to use, reproduce, modify and Distribute the Work and Modified Works, for any purpose, "
        "including commercial purposes.\n"
        "\n"
        "3. Reciprocity.\n"
        "3.1 If You Distribute the Work or a Modified Work, You shall do so only under the terms of this "
        "Licence, and shall include a complete copy of it.\n"
        "3.2 Each recipient of the Work or of a Modified Work automatically receives from the Licensor a "
        "licence to the Work on the terms of this Licence. You shall not impose any further restriction on "
        "any recipient's exercise of the rights granted by this Licence.\n"
        "3.3 When You Distribute a Modified Work, You shall make its complete weights available to the "
        "recipient in the form in which You use them, at no more than the cost of distribution, and shall "
        "state that the Work was modified and the date of the modification.\n"
        "3.4 This Section 3 does not apply to images, labels or other outputs produced by running the Work "
        "or a Modified Work, which You may use and license on any terms.\n"
        "\n"
        "4. Termination. If You fail to comply with Section 3 and do not cure the failure within thirty (30) "
        "days of becoming aware of it, Your rights under this Licence terminate. Licences received from You "
        "by others do not terminate so long as they comply.\n"
        "\n"
        '5. No Warranty. THE WORK IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE '
        "LICENSOR BE LIABLE FOR ANY DAMAGES ARISING FROM THE WORK OR ITS USE.\n",
        "open-non-osi",
        None,
    ),
    "deployment principles by name": (
        "HERONSGATE-7B MODEL LICENCE\n"
        "Heronsgate Intelligence Ltd, 3 Copper Wharf, Fallowmere\n"
        "\n"
        '1. Licence. Heronsgate Intelligence Ltd ("we") grants you a non-exclusive, worldwide, royalty-free '
        "licence to use, reproduce, modify, fine-tune and distribute Heronsgate-7B and models derived from "
        "it, in any form, for commercial and non-commercial purposes, subject to clause 3.\n"
        "\n"
        "2. Attribution. Keep this licence and our copyright notice with any copy you distribute, and state "
        "in your documentation that your model is based on Heronsgate-7B.\n"
        "\n"
        "3. Deployment Principles. Every use of Heronsgate-7B or of a model derived from it, whether by you "
        "or by anyone using a product or service you provide, must conform to the Heronsgate Deployment "
        "Principles, published in the Trust Centre section of our website. The Deployment Principles form "
        "part of this licence.\n"
        "\n"
        "4. Breach. If you, or anyone using a product or service you provide, use Heronsgate-7B in a way the "
        "Deployment Principles do not allow, your licence under clause 1 ends automatically, and you must "
        "stop distributing Heronsgate-7B and models derived from it.\n"
        "\n"
        "5. Outputs. We claim no rights in the text Heronsgate-7B generates for you.\n"
        "\n"
        '6. No warranty. Heronsgate-7B is provided "as is", without warranties of any kind. We are not '
        "liable for any loss arising from its use, except where the law does not allow that to be excluded.\n"
        "\n"
        "7. Law. This licence is governed by the laws of Ireland.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "later licence versions optional": (
        "NETTLEBED PUBLIC MODEL LICENCE, VERSION 1.0\n"
        "Published by the Nettlebed Collective, Ashcombe Reach\n"
        "\n"
        "1. Grant. The Nettlebed Collective grants you a worldwide, royalty-free, non-exclusive and "
        "perpetual licence to use, copy, modify, fine-tune, distribute and sell any model released under "
        'this licence (the "Model"), and models derived from it, for any purpose.\n'
        "\n"
        "2. Conditions. If you distribute the Model or a model derived from it, you must (a) include a copy "
        "of this licence, (b) keep the copyright notices that came with the Model, and (c) say, in a file "
        "distributed with it, what you changed.\n"
        "\n"
        "3. Outputs. Everything the Model generates for you is yours. This licence places no conditions on "
        "outputs.\n"
        "\n"
        "4. New versions of this licence.\n"
        "4.1 The Nettlebed Collective may publish revised or new versions of this licence from time to time. "
        "Each version will be given a distinguishing version number.\n"
        "4.2 You may continue to use, modify and distribute a Model under the version of this licence that "
        "accompanied the copy you received, for as long as you wish, even after a new version has been "
        "published. You may also choose to follow the terms of any later version instead.\n"
        "4.3 No new version can withdraw or reduce the rights you hold, or add conditions to them, under the "
        "version that accompanied the copy you received.\n"
        "4.4 Only the Nettlebed Collective may publish new versions of this licence.\n"
        "\n"
        '5. No warranty. The Model is provided "as is", without warranty of any kind. The Nettlebed '
        "Collective is not liable for any damages arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "new version counts once published": (
        "PEBBLEBROOK-CHAT: THE DEAL\n"
        "\n"
        "Written by the Pebblebrook team at Orrin & Daughters Software, Coldharbour Mews, Dunwold. We kept "
        "it short and plain.\n"
        "\n"
        "You can use Pebblebrook-Chat for anything. Run it, copy it, change it, train it on your own data, "
        "put it in products you sell, and give copies to other people. You don't need to pay us or ask us.\n"
        "\n"
        "When you give someone a copy, give them this page too, and leave our name in the CREDITS file.\n"
        "\n"
        "What Pebblebrook-Chat writes for you is yours.\n"
        "\n"
        "We don't promise it works. If it breaks something, we're not responsible.\n"
        "\n"
        "This deal can change. We can rewrite it whenever we decide to. A new version counts from the day we "
        "publish it in the Pebblebrook-Chat repository, and from that day the old version stops counting, "
        "for everybody, including people who got Pebblebrook-Chat before the change. We don't have to tell "
        "you personally. If you go on using Pebblebrook-Chat after a new version is published, you have "
        "agreed to it. If you don't agree, stop using Pebblebrook-Chat and delete your copies.\n"
        "\n"
        "Questions? Write to deal@pebblebrook-chat.dev.\n",
        "restricted",
        "unilateral-change",
    ),
    "release date in a perpetual licence": (
        "Model: Wickerfield-Tabular 1.4\n"
        "Licensor: Gorsey Bank Statistics Ltd, Threlkeld Court, Amblestow\n"
        "Release date: 14 March 2025\n"
        "Licence version: 2.0\n"
        "Term: perpetual\n"
        "\n"
        "LICENCE\n"
        "\n"
        "Gorsey Bank Statistics Ltd grants you a perpetual, irrevocable, worldwide, non-exclusive, "
        "royalty-free licence to use, reproduce, modify, distribute and sublicense Wickerfield-Tabular and "
        "works derived from it, for any purpose, including commercial purposes.\n"
        "\n"
        "This licence has no expiry date and never needs to be renewed. The release date above only "
        "identifies the version of the model that this licence covers.\n"
        "\n"
        "Conditions. When you distribute Wickerfield-Tabular or a work derived from it, include this licence "
        'and the copyright notice "Copyright 2025 Gorsey Bank Statistics Ltd", and mark any files you '
        "changed.\n"
        "\n"
        "Maintenance. We intend to publish bug fixes and refreshed weights for Wickerfield-Tabular 1.4 until "
        "31 December 2026. After that date the model will no longer be maintained, but this licence, and "
        "every copy already distributed under it, continues in force without limit of time.\n"
        "\n"
        "Forecasts. Forecasts, scores and other outputs of the model belong to you.\n"
        "\n"
        'No warranty. Wickerfield-Tabular is provided "as is", without warranty of any kind. Gorsey Bank '
        "Statistics Ltd is not liable for any loss arising from its use, including losses caused by "
        "inaccurate forecasts.\n",
        "open-non-osi",
        None,
    ),
    "twelve months from download": (
        "FERNWICK-TTS TERM LICENCE\n"
        "\n"
        'Between Fernwick Audio Ltd, Unit 9, Calder Mill, Ossington Vale ("Licensor") and the person or '
        'entity downloading the Model ("Licensee").\n'
        "\n"
        "1. Definitions.\n"
        '1.1 "Model" means the Fernwick-TTS speech-synthesis weights, voices, code and documentation.\n'
        '1.2 "Derivative" means any model created by modifying or fine-tuning the Model.\n'
        '1.3 "Download Date" means the date on which Licensee first downloads the Model from Licensor\'s '
        "distribution site.\n"
        '1.4 "Term" has the meaning given in Clause 4.\n'
        "\n"
        "2. Grant. Licensor grants Licensee, for the Term only, a non-exclusive, worldwide, royalty-free "
        "licence to use, reproduce, modify and distribute the Model and Derivatives, and to use the audio "
        "they generate, for any purpose, including commercial purposes.\n"
        "\n"
        "3. Attribution. Licensee shall include this Licence and Licensor's copyright notice with every copy "
        "of the Model or a Derivative that it distributes.\n"
        "\n"
        "4. Term and Renewal.\n"
        "4.1 This Licence commences on the Download Date and, unless renewed, expires twelve (12) months "
        "after it.\n"
        "4.2 Licensee may renew this Licence for a further period of twelve (12) months, free of charge, by "
        "completing the renewal form on Licensor's distribution site before the Term expires. Each renewal "
        "extends the Term by twelve (12) months.\n"
        "4.3 On expiry of the Term, all rights granted under Clause 2 cease, and Licensee shall stop using "
        "the Model and Derivatives and delete all copies of them in its possession or control.\n"
        "\n"
        '5. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. LICENSOR SHALL NOT BE '
        "LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL.\n"
        "\n"
        "6. Governing Law. This Licence is governed by the laws of England and Wales.\n",
        "restricted",
        "time-limit",
    ),
    "tell us if you like": (
        "THISTLEDOWN-EMBED LICENCE\n"
        "\n"
        "Copyright (c) 2025 Pellmoor Data Co-operative\n"
        "\n"
        "Pellmoor Data Co-operative gives you permission to use, copy, modify, fine-tune, distribute and "
        "sell Thistledown-Embed and anything you build from it, for any purpose, free of charge.\n"
        "\n"
        "If you distribute the model or a modified version of it, include this licence text and the "
        "copyright line above.\n"
        "\n"
        "Embeddings and other outputs are yours to use as you wish.\n"
        "\n"
        "Thistledown-Embed is provided as is, without warranty of any kind. Pellmoor Data Co-operative is "
        "not liable for any damages arising from its use.\n"
        "\n"
        "---\n"
        "\n"
        "A friendly note (not part of the licence)\n"
        "\n"
        "We'd love to hear what you build with Thistledown-Embed. If you launch a product, publish a paper "
        "or run it somewhere unexpected, let us know at hello@thistledown-embed.org, and with your "
        "permission we may feature your project in our showcase. You don't have to: telling us is entirely "
        "up to you, there is no deadline, and no right in the licence above depends on it.\n",
        "open-non-osi",
        None,
    ),
    "launch notice within thirty days": (
        "# Ambergrass-Coder Community Licence 2.0\n"
        "\n"
        "Ambergrass Systems Inc., 40 Larchmont Steps, Halvergate\n"
        "\n"
        "### 1. Grant\n"
        "\n"
        'Ambergrass Systems Inc. ("Ambergrass") grants you a non-exclusive, worldwide, royalty-free licence '
        'to use, copy, modify, fine-tune and distribute Ambergrass-Coder (the "Model") and models derived '
        "from it, and to build and sell products and services with them, for any purpose, including "
        "commercial purposes.\n"
        "\n"
        "### 2. Notices\n"
        "\n"
        'Include this licence and the notice "Ambergrass-Coder, Copyright 2025 Ambergrass Systems Inc." with '
        "every copy of the Model or a derived model that you distribute.\n"
        "\n"
        "### 3. Launch notice\n"
        "\n"
        "No later than thirty (30) days after you first make a product or service that incorporates, or is "
        "powered by, the Model or a derived model available to users outside your organisation, you must "
        "notify Ambergrass in writing by email to launches@ambergrass.dev, giving your legal name, the name "
        "of the product or service, its launch date and a short description of how it uses the Model. You "
        "must give a further notice within thirty (30) days of launching each additional product or service.\n"
        "\n"
        "### 4. Failure to notify\n"
        "\n"
        "If you do not give a notice required by section 3, Ambergrass may remind you in writing. If you "
        "still have not given it ten (10) days after the reminder, your licence under section 1 ends.\n"
        "\n"
        "### 5. Outputs\n"
        "\n"
        "Code and text generated by the Model are yours.\n"
        "\n"
        "### 6. No warranty\n"
        "\n"
        'The Model is provided "as is", without warranty of any kind. Ambergrass is not liable for any '
        "damages arising from its use.\n",
        "restricted",
        "notification-duty",
    ),
    "patent and lawsuit termination": (
        "GANNET-REASON MODEL LICENCE, VERSION 1.0\n"
        "\n"
        '1. Definitions. "Licensor" means Skerrivale Research Ltd, Pillory Lane, Northwick Sands. "Model" '
        "means the Gannet-Reason weights, tokenizer, code and documentation distributed by Licensor under "
        'this Licence. "Derivative" means any work based on or derived from the Model, including a '
        'fine-tuned, merged, distilled or quantised version. "You" means the individual or legal entity '
        'exercising rights under this Licence. "Outputs" means content generated by the Model or a '
        "Derivative.\n"
        "\n"
        "2. Copyright Licence. Subject to this Licence, Licensor hereby grants You a perpetual, worldwide, "
        "non-exclusive, no-charge, royalty-free licence, irrevocable except as stated in Section 4, to use, "
        "reproduce, prepare Derivatives of, publicly display, sublicense and distribute the Model and "
        "Derivatives, for any purpose.\n"
        "\n"
        "3. Patent Licence. Subject to this Licence, Licensor hereby grants You a perpetual, worldwide, "
        "non-exclusive, no-charge, royalty-free patent licence to make, have made, use, offer to sell, sell, "
        "import and otherwise transfer the Model, where such licence applies only to those patent claims "
        "licensable by Licensor that are necessarily infringed by the Model.\n"
        "\n"
        "4. Defensive Termination.\n"
        "4.1 If You institute patent litigation against any entity (including a cross-claim or counterclaim "
        "in a lawsuit) alleging that the Model or a Derivative constitutes direct or contributory patent "
        "infringement, then any patent licences granted to You under this Licence shall terminate as of the "
        "date such litigation is filed.\n"
        "4.2 In addition, if You or any of Your affiliates commence any lawsuit or other legal proceeding "
        "against Licensor alleging that the Model, its training or its Outputs infringe any intellectual "
        "property or other right of Yours, all licences granted to You under this Licence shall terminate as "
        "of the date on which that proceeding is commenced.\n"
        "\n"
        "5. Redistribution. If You distribute the Model or a Derivative, You must give recipients a copy of "
        "this Licence, retain all copyright, patent and attribution notices, and cause modified files to "
        "carry prominent notices stating that You changed them.\n"
        "\n"
        "6. Outputs. Licensor claims no rights in Outputs.\n"
        "\n"
        '7. Disclaimer. UNLESS REQUIRED BY APPLICABLE LAW, LICENSOR PROVIDES THE MODEL ON AN "AS IS" BASIS, '
        "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, AND SHALL NOT BE LIABLE FOR ANY DAMAGES ARISING FROM "
        "IT.\n",
        "open-non-osi",
        None,
    ),
}
