# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 37 (issue 14): twelve model licences in the shapes of the families real AI models ship
with, rewritten from scratch, eight that block an open label and four open controls. Each text keeps the
structure and intent of a family (a community licence with a user cap and a use policy by URL, a RAIL
licence with an attachment carried downstream, a research-and-evaluation licence, a non-commercial licence
with a paid tier, a permissive licence that bars training other models on outputs, an Apache-style
licence with additional terms, a use-and-host-but-never-redistribute licence, a "Powered by" licence with a
name prefix; and, open, a bespoke permissive licence, a use policy that only restates the law, a
responsible-use guide that binds nothing, share-alike weights), but every sentence, name, place and amount
is invented, and the usual wording of the family is avoided (no "monthly active users", no "incorporated
by reference", no "enforceable provision", no "non-production", no "improve any other large language
model"). Naming and branding blocks an open label in TAXONOMY.md (Llama 3, Qwen, Stability, Grok), so the
"Powered by" licence is a blocked text. Drafting styles vary (legalese with numbered definitions,
plain-language Markdown, British numbered clauses, questions and answers, a terse bullet list, a
paraphrased Apache-style licence with an appendix, one long paragraph, a key-value header, numbered one-line
rules). Written fresh with invented details, blind, before any rule changed.

- "community licence with a thirty-day reach cap": a defined-terms community agreement whose "Reach" is
  "the number of distinct human individuals who, within any window of thirty consecutive days, interact
  with" the licensee's products built on the model, and "If your Reach is greater than twelve million
  (12,000,000) on any day, the licence in section 2 stops applying to you", further use needing a separate
  licence the licensor "may grant or withhold"; plus a "Permitted Use Policy" at a URL that "forms part of
  this Agreement" and that the licensor "may revise ... at any time" (restricted, user-threshold; also
  use-policy-by-reference and unilateral-change).
- "rail-style attachment passed down": a plain-language Markdown RAIL licence whose "Derivative" includes
  models trained on the model's outputs, with an "Attachment A: Restricted uses" (sexual images of real
  people without consent, fake news photographs, military targeting and weapons design, identification
  from faces or bodies, harassment, impersonation for fraud), and a "Passing it on" section: whoever
  shares the model or a derivative, or lets others use it as a service, must "write the uses in Attachment
  A into the licence or terms of service you give the recipient, as terms you can enforce, and require
  them to do the same", and a licence on changes must contain Attachment A (restricted,
  restrictions-flow-down; also use-restrictions).
- "research and evaluation, results publishable": British numbered clauses granting download, running,
  study, fine-tuning and modification "for the purposes of research and evaluation", defined as
  investigation of the model and testing whether it suits a task and excluding "a production system ...
  customers or members of the public, or ... any service to a third party, whether paid or free"; results,
  scores and output examples may be published without asking, sharing is for others' research and
  evaluation (research-only).
- "non-commercial with a paid tier, as questions": a questions-and-answers licence ("the questions and
  answers below are the licence itself") allowing any non-commercial use, modification and free sharing
  under the same licence, with "commercial" defined, and "Can I use the Model commercially? Not under this
  licence.", commercial use being offered through a separate paid subscription, "a different contract"
  (non-commercial).
- "permissive bullets with an output-training ban": a terse bullet-list licence (Permissions, Conditions,
  Limitation, Termination, Disclaimer) allowing any use, commercial included, modification and sale, with
  "Do not use Hollin-Code, a modified version of it, or any output produced by either, to train,
  fine-tune, distil or otherwise improve any other machine learning model.", binding on recipients
  (restricted, output-training-ban).
- "apache-style with a funding cap appendix": an Apache-2.0-shaped licence paraphrased in new words
  (definitions, copyright and patent grants, patent retaliation, redistribution conditions, contributions,
  trademarks, warranty and liability), followed by "ADDITIONAL TERMS" that "prevail over sections 1 to 9":
  the grants are given to an organisation "only while its Funding Total is no more than EUR 25,000,000",
  money raised from investors, lenders and grant-makers, larger organisations needing a commercial licence
  (restricted, revenue-threshold: only small entities are licensed, measured by funding, not revenue).
- "host it, never hand over the weights": a one-paragraph licence allowing any use, commercial included,
  study, fine-tuning and modification, and offering the model or modified versions "as a hosted service or
  application programming interface", but "you may not give, sell, lend, upload, publish or otherwise make
  available to any other person the weights of the Model or the weights of any modified version",
  everyone else downloading from the licensor (restricted, no-redistribution).
- "powered-by badge and name prefix": a key-value header and numbered clauses granting every freedom for any
  purpose, with every product using the model to "display the words 'Powered by Ambrell' prominently in its
  user interface" and every distributed derivative to "have a name beginning with 'Ambrell-'" (restricted,
  naming-branding).
- "custom permissive, notice and disclaimer only": a defined-terms bespoke licence granting use, copying,
  changing, publishing, sublicensing and sale for any purpose, with only licence-and-copyright-notice
  conditions, outputs free, a disclaimer, a liability exclusion and "No other condition applies"
  (open-non-osi).
- "use policy that only restates the law": a permissive licence whose clause 3 "Acceptable Use Policy"
  requires use "in accordance with the laws that apply to you" (data protection, consumer protection,
  export control and sanctions, the regulation of legal practice), and whose clause 4 says it is set out in
  full, "repeats duties you already have under the law and adds none of its own: it forbids nothing that is
  lawful", and cannot be amended for released copies (open-non-osi: a policy that only restates the law
  takes nothing away, as round 34's "only unlawful use forbidden"; here it is called an acceptable use
  policy and lists fields of law).
- "responsible-use guide that binds nothing": a Markdown licence for a clinical-literature model, any
  purpose, with a "Responsible use guide" of suggestions (a clinician responsible, disclosure of machine
  text, local testing) that "is advice ... nothing more. It is not part of the conditions above, it does not
  narrow the permission above" (open-non-osi).
- "share-alike weights in numbered lines": twelve one-line rules allowing use for any purpose, change and
  distribution, with modified weights to be licensed under the same licence and given in changeable form,
  "You may not add terms that take away any of the rights in lines 1 to 3", and software and outputs left
  free (open-non-osi: share-alike does not block).

First run (before any rule changed): 8 of 12 right (non-commercial with a paid tier, as questions, read
non-commercial with the non-commercial clause from "Anyone, for non-commercial purposes: ..."; permissive
bullets with an output-training ban, output-training-ban from the ban sentence itself; apache-style with a
funding cap appendix, revenue-threshold from "The licences in sections 2 and 3 are granted to an
organisation only while its Funding Total is no more than EUR 25,000,000.", with patent-retaliation and
attribution as information only; host it, never hand over the weights, no-redistribution, with the share
freedom not credited; powered-by badge and name prefix, two naming-branding clauses, the badge and the
prefix; and all four open controls except the use policy that only restates the law). No restricted text
read open. Four texts were wrong. Community licence with a thirty-day reach cap: read restricted, but only
on use-policy-by-reference ("Your use of the Materials and of every Derivative must conform to the
Permitted Use Policy, which forms part of this Agreement.") and unilateral-change ("Saltreach may revise the
Permitted Use Policy at any time ..."); the cap itself, "If your Reach is greater than twelve million
(12,000,000) on any day, the licence in section 2 stops applying to you from that day.", with the
definition 1.3 "'Reach' means the number of distinct human individuals who, within any window of thirty
consecutive days, interact with one or more products or services of yours ...", produced no user-threshold
and was not flagged as unclassified. Rail-style attachment passed down: read restricted on use-restrictions
(the Attachment A list, "You may not use the Model or any Derivative: ...", and two of its six items singly),
but no restrictions-flow-down from "write the uses in Attachment A into the licence or terms of service you
give the recipient, as terms you can enforce, and require them to do the same for anyone they share with;"
nor from "You may put your own licence on your changes, as long as it contains Attachment A and allows
nothing that Attachment A forbids."; of that list only "give them a copy of this licence;" was read
(attribution). Research and evaluation, results publishable: read restricted, not research-only, on a
time-limit clause quoted as the title line "Greymantle Research and Evaluation Licence"; the grant "...
licence to download, run, study, fine-tune and otherwise modify the Model for the purposes of research and
evaluation." and the definition "It does not include the use of the Model, or of anything derived from
it, in a production system, to serve customers or members of the public, or to provide any service to a
third party, whether paid or free." produced neither research-only nor non-commercial, and the share
freedom was credited to "You may publish papers, benchmark scores, analyses and examples of outputs ...".
Use policy that only restates the law: read unknown, nothing blocking, with "It repeats duties you already
have under the law and adds none of its own: it forbids nothing that is lawful where you use the Model,
and it does not let Hallowby decide which uses are acceptable." and "Hallowby cannot amend it for copies of
the Model already released." unclassified; clause 3 ("You must use the Model ... in accordance with the
laws that apply to you, including: ... export control and sanctions law; ...") raised no clause, so the
law-only policy was neither misread as a use restriction nor accepted as harmless. Side findings on cases
counted right or wrong: flow-down lines went unread in two more texts, "Anyone who receives Hollin-Code
from you is bound by this limitation as well." (output-training ban) and "Modified versions remain subject
to clauses 1 and 2 whoever holds them." (research and evaluation); in the questions-and-answers licence the
grants were credited to the questions "Can I change the Model?" and "Can I share it?" rather than to their
answers, and its same-licence sharing was read both as share-alike and as restrictions-flow-down (right for
a non-commercial licence, as round 34 found); in share-alike weights the share-alike clause was quoted as
the title and copyright line, not rule 5 "If you distribute a Modified Model, you must license it to
recipients under this licence.", and every freedom was credited to rule 1 "You may use the Rookhaven-LM 3B
weights for any purpose."; notice conditions raised no attribution in three texts ("Include this licence
with every copy you distribute." in the bullets, "Include this licence with every copy of the Model or a
Derivative that you distribute, and keep the line ..." in the badge licence, "Keep this licence and the
line ... with every copy you distribute" in the responsible-use guide), while the trademark clause of the
Apache-style text was read as attribution. No expectation was changed; no case was found to carry a
factual mistake.

What changed (general rules, near misses in `test_near_misses.py`, `test_definitions.py`, `test_unexplained.py`):
the cause of the first miss, and of round 36's six, is that a limit kept in a definition was read nowhere: the
definition states no limit by itself, the sentence that uses the term names none. Defined terms are now read
through their definitions (`opengauge.licenses.definitions`): every sentence that uses a quoted defined term is
read again with the head of the definition after the term ("If your Reach (the number of distinct human
individuals) is greater than twelve million ..."), for limits of the grant's scope only (thresholds, purpose,
time, platform, object, sharing, price; not territory, since a party's definition names its country), keeping a
match that spans both the sentence's words and the definition's and that the sentence as written did not veto.
Rules: a condition on a count of people compared with a figure; the uses of an attachment written into the
terms a recipient gets (flow-down); a grant "for the purposes of research and evaluation" at its end
(research-only); a licence named "Research and Evaluation Licence" is no trial (time-limit vetoed); a grant
given "during" a stated number of months; "not commercial in nature". The safety net no longer flags a
sentence saying what the licence forbids "nothing" of or adds "none" of, nor the licensor's promise that it
"cannot amend" the licence. Corpus 64/64 and every ScanCode DB verdict unchanged.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "community licence with a thirty-day reach cap": (
        "LINDENFOLD COMMUNITY LICENCE AGREEMENT\n"
        "\n"
        "Lindenfold-3 release date: 4 March 2025\n"
        "\n"
        'This Lindenfold Community Licence Agreement (the "Agreement") is made between Saltreach '
        'Intelligence Inc., of Selwick Quay ("Saltreach"), and the person or organisation that downloads, '
        'uses or distributes the Materials ("you").\n'
        "\n"
        "1. Definitions\n"
        '1.1 "Materials" means the Lindenfold-3 model weights, tokenizer, inference code and the '
        "documentation that Saltreach publishes with them.\n"
        '1.2 "Derivative" means any modification of the Materials, and any model whose weights are '
        "produced by fine-tuning, merging, pruning or quantising the Materials.\n"
        '1.3 "Reach" means the number of distinct human individuals who, within any window of thirty '
        "consecutive days, interact with one or more products or services of yours or of your affiliates "
        "that incorporate, or are powered by, the Materials or a Derivative, counted once each across all "
        "of those products and services.\n"
        '1.4 "Permitted Use Policy" means Saltreach\'s policy on permitted uses of the Materials, '
        "published at https://saltreach.example/lindenfold/permitted-use.\n"
        "\n"
        "2. Licence grant\n"
        "Saltreach grants you a non-exclusive, worldwide, non-transferable, royalty-free licence, under "
        "the copyright and other intellectual property that Saltreach holds in the Materials, to run, "
        "copy, change and share the Materials, and to build Derivatives and share those too.\n"
        "\n"
        "3. Scale condition\n"
        "If your Reach is greater than twelve million (12,000,000) on any day, the licence in section 2 "
        "stops applying to you from that day. You may then continue to exercise those rights only under a "
        "separate written licence from Saltreach, which Saltreach may grant or withhold at its "
        "discretion.\n"
        "\n"
        "4. Permitted Use Policy\n"
        "Your use of the Materials and of every Derivative must conform to the Permitted Use Policy, "
        "which forms part of this Agreement. Saltreach may revise the Permitted Use Policy at any time by "
        "posting a new version at the address in section 1.4, and the version posted on the day of a use "
        "governs that use.\n"
        "\n"
        "5. Redistribution\n"
        "If you distribute the Materials or a Derivative, you shall give each recipient a copy of this "
        'Agreement and keep the following line in a NOTICE file distributed with them: "Lindenfold-3 is '
        'licensed under the Lindenfold Community Licence, Copyright (c) 2025 Saltreach Intelligence Inc."\n'
        "\n"
        "6. Disclaimer of warranty\n"
        "Saltreach makes no promise that the Materials, or anything they produce, are accurate, safe, "
        "free of the rights of others or suited to any purpose, and gives no warranty about them, express "
        "or implied. You use them at your own risk.\n"
        "\n"
        "7. Limitation of liability\n"
        "Saltreach will not be responsible to you for lost profits, or for any loss that is indirect or "
        "that follows only as a consequence, arising out of this Agreement or the Materials, whether or "
        "not Saltreach could have foreseen it.\n"
        "\n"
        "8. Termination\n"
        "If you breach this Agreement, Saltreach may terminate it by notice to you. On termination you "
        "shall stop using and delete the Materials. Sections 6 and 7 survive termination.\n"
        "\n"
        "9. Governing law\n"
        "This Agreement is governed by the laws in force at Selwick Quay, and its courts have exclusive "
        "jurisdiction.\n",
        "restricted",
        "user-threshold",
    ),
    "rail-style attachment passed down": (
        "# Corvane Responsible Model Licence 1.0\n"
        "\n"
        "*For the Corvane-Image 2 model, published by Tessellate Arts Collective, Brindleport.*\n"
        "\n"
        "## 1. What this licence covers\n"
        "\n"
        '"The Model" is the Corvane-Image 2 weights, text encoder and the code to run them. A '
        '"Derivative" is any changed version of the Model and any other model that learned from it, '
        "whether by fine-tuning, merging, or by training on images or other outputs the Model produced "
        "(distillation included).\n"
        "\n"
        "## 2. What you may do\n"
        "\n"
        "Subject to sections 3 and 4, you may use, copy, change and share the Model and Derivatives, for "
        "free or for money, in any product or service. The images you generate are yours; we claim no "
        "rights in them.\n"
        "\n"
        "## 3. Attachment A applies to everyone\n"
        "\n"
        "Neither you nor anyone who gets the Model or a Derivative through you may use it for any of the "
        "uses listed in Attachment A. This holds however the Model reaches them: as files, inside an app, "
        "or behind an API.\n"
        "\n"
        "## 4. Passing it on\n"
        "\n"
        "Whenever you share the Model or a Derivative, or let others use it as a service, you must:\n"
        "\n"
        "- write the uses in Attachment A into the licence or terms of service you give the recipient, as "
        "terms you can enforce, and require them to do the same for anyone they share with;\n"
        "- give them a copy of this licence;\n"
        "- say which files you changed.\n"
        "\n"
        "You may put your own licence on your changes, as long as it contains Attachment A and allows "
        "nothing that Attachment A forbids.\n"
        "\n"
        "## 5. Ending\n"
        "\n"
        "If you use the Model for a use listed in Attachment A, or share it without the terms in section "
        "4, your rights under this licence end.\n"
        "\n"
        "## 6. No warranty\n"
        "\n"
        'The Model is provided "as is". Tessellate Arts Collective gives no warranty of any kind and is '
        "not liable for any damage arising from the Model, a Derivative, or the images they produce.\n"
        "\n"
        "## Attachment A: Restricted uses\n"
        "\n"
        "You may not use the Model or any Derivative:\n"
        "\n"
        "1. to generate sexual images of a real person without that person's consent, or sexual images of "
        "anyone under eighteen;\n"
        "2. to create images meant to pass as genuine photographs of news events, in order to mislead;\n"
        "3. for military targeting, or in the design of weapons;\n"
        "4. to identify or track people from images of their faces or bodies;\n"
        "5. to harass, threaten or intimidate a person;\n"
        "6. to impersonate a person in order to defraud anyone.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "research and evaluation, results publishable": (
        "Greymantle Research and Evaluation Licence\n"
        "\n"
        "Licensor: Ferrowby Labs Ltd, 14 Cobble Wynd, Aldersea.\n"
        'Model: Greymantle-20B, together with its tokeniser, evaluation harness and model card ("the '
        'Model").\n'
        "\n"
        "1. Grant. Subject to these terms, Ferrowby grants you a non-exclusive, non-transferable, "
        "royalty-free, revocable licence to download, run, study, fine-tune and otherwise modify the "
        "Model for the purposes of research and evaluation.\n"
        "\n"
        '2. Meaning of research and evaluation. "Research and evaluation" means scientific investigation '
        "of the Model's behaviour, capabilities and limitations, and the testing of the Model to decide "
        "whether it suits a task. It does not include the use of the Model, or of anything derived from "
        "it, in a production system, to serve customers or members of the public, or to provide any "
        "service to a third party, whether paid or free.\n"
        "\n"
        "3. Publishing. You may publish papers, benchmark scores, analyses and examples of outputs "
        "arising from your research and evaluation, without first asking Ferrowby. We would be grateful, "
        "but do not require, that you cite the model card when you do.\n"
        "\n"
        "4. Sharing. You may share the Model and your modified versions with other persons for their "
        "research and evaluation, provided that they receive these terms with it. Modified versions "
        "remain subject to clauses 1 and 2 whoever holds them.\n"
        "\n"
        "5. Other uses. Any other use of the Model requires a separate licence from Ferrowby, which may "
        "be requested at licensing@ferrowby.example.\n"
        "\n"
        '6. Notices. Keep the notice "Greymantle-20B (c) 2025 Ferrowby Labs Ltd" in every copy of the '
        "Model that you share, modified or not.\n"
        "\n"
        "7. No warranty. The Model is supplied as it is. Ferrowby gives no warranty, whether of accuracy, "
        "fitness for purpose or otherwise, and accepts no liability for any loss arising from its use, "
        "save where the law does not permit that liability to be excluded.\n"
        "\n"
        "8. Ending. This licence ends automatically if you breach clause 2 or clause 4. When it ends, you "
        "must delete every copy of the Model in your possession, though you may keep and go on publishing "
        "results obtained before then.\n"
        "\n"
        "9. Law. These terms are governed by the law applied in the courts of Aldersea, which shall have "
        "jurisdiction over any dispute about them.\n",
        "research-only",
        "research-only",
    ),
    "non-commercial with a paid tier, as questions": (
        "Wrensong-TTS Licence: Questions and Answers\n"
        "\n"
        "Bellhaven Audio Co-operative publishes the Wrensong-TTS voice model: its weights, its voices and "
        'its vocoder ("the Model"). The questions and answers below are the licence itself, not a summary '
        "of it.\n"
        "\n"
        "**Who may use the Model for free?**\n"
        "Anyone, for non-commercial purposes: personal projects, study and teaching, academic research, "
        "accessibility tools that you give away, and the work of registered charities where nothing is "
        "sold.\n"
        "\n"
        "**What counts as commercial?**\n"
        "Any use by or for a business in the course of its trade; any use in a product or service that is "
        "sold, carries advertising or forms part of a paid plan; and any use for which you or anyone else "
        "is paid, freelance voice work included.\n"
        "\n"
        "**Can I use the Model commercially?**\n"
        "Not under this licence. Commercial use is available through Wrensong Pro, a paid subscription "
        "that Bellhaven offers separately at bellhaven.example/pro. Wrensong Pro is a different contract. "
        "Until you hold one, this licence gives you no commercial rights at all.\n"
        "\n"
        "**Can I change the Model?**\n"
        "Yes. You may fine-tune it, add voices and otherwise modify it, for non-commercial purposes.\n"
        "\n"
        "**Can I share it?**\n"
        "Yes, changed or unchanged, as long as you share it under this same licence, free of charge, with "
        'this page attached and the credit line "Wrensong-TTS (c) 2025 Bellhaven Audio Co-operative".\n'
        "\n"
        "**Who owns the audio the Model makes?**\n"
        "You do. You may publish it for non-commercial purposes; selling it, or using it in anything "
        "sold, is commercial use.\n"
        "\n"
        "**What happens if I break these terms?**\n"
        "Your rights under this licence end. They come back if you stop the breach within thirty days of "
        "our telling you about it.\n"
        "\n"
        "**Is there a warranty?**\n"
        "No. The Model is provided as is, without any warranty, and Bellhaven Audio Co-operative is not "
        "liable for any loss that arises from using it or the audio it makes.\n",
        "non-commercial",
        "non-commercial",
    ),
    "permissive bullets with an output-training ban": (
        "Hollin-Code 7B Licence\n"
        "Copyright 2025 Tapscott Software Ltd, Marsh Tollard\n"
        "\n"
        "Hollin-Code 7B is a code-completion model. This licence covers its weights, tokenizer and the "
        'scripts published with it (together, "Hollin-Code").\n'
        "\n"
        "Permissions\n"
        "- Use Hollin-Code for any purpose, commercial use included.\n"
        "- Copy, modify, quantise and fine-tune it.\n"
        "- Distribute Hollin-Code and your modified versions, free or for a fee.\n"
        "- Keep, use and sell the code it writes for you.\n"
        "\n"
        "Conditions\n"
        "- Include this licence with every copy you distribute.\n"
        "- Keep the copyright line above.\n"
        "- State in your copies that you changed Hollin-Code, if you did.\n"
        "\n"
        "Limitation\n"
        "- Do not use Hollin-Code, a modified version of it, or any output produced by either, to train, "
        "fine-tune, distil or otherwise improve any other machine learning model.\n"
        "- Improving Hollin-Code itself, or a modified version of Hollin-Code, is allowed.\n"
        "- Anyone who receives Hollin-Code from you is bound by this limitation as well.\n"
        "\n"
        "Termination\n"
        "- If you break the limitation, this licence ends for you.\n"
        "\n"
        "Disclaimer\n"
        "- Hollin-Code is provided as is, without warranty of any kind, express or implied.\n"
        "- Tapscott Software Ltd is not liable for any damages arising from Hollin-Code or from the code "
        "it writes.\n",
        "restricted",
        "output-training-ban",
    ),
    "apache-style with a funding cap appendix": (
        "Aldermoor Public Licence, Version 1.0\n"
        "\n"
        "TERMS AND CONDITIONS FOR USE, REPRODUCTION AND DISTRIBUTION\n"
        "\n"
        "1. Definitions.\n"
        '"Licence" means these terms for use, reproduction and distribution, that is sections 1 to 9 and '
        "the Additional Terms below.\n"
        '"Licensor" means Kettleby Neural GmbH, of Unterbrack, the copyright owner who grants this '
        "Licence.\n"
        '"You" means the individual or legal entity that exercises permissions under this Licence.\n'
        '"Work" means the Aldermoor-13B model, including its weights, source code, configuration files '
        "and documentation, in source or object form.\n"
        '"Derivative Works" means any work based on the Work, including modified, fine-tuned or merged '
        "versions, whose changes, taken together, make it a new creative work.\n"
        '"Contribution" means any work submitted to the Licensor for inclusion in the Work.\n'
        "\n"
        "2. Copyright licence. Subject to this Licence, each contributor grants You a lasting, worldwide, "
        "non-exclusive copyright licence, free of any fee or royalty, to copy the Work, adapt it into "
        "Derivative Works, show and perform it in public, sublicense it and pass it on, together with any "
        "Derivative Works.\n"
        "\n"
        "3. Patent licence. Subject to this Licence, each contributor grants You a lasting, worldwide, "
        "non-exclusive patent licence, free of any fee or royalty, to make, use, sell, import and "
        "otherwise deal in the Work; it reaches only those patent claims of the contributor that its own "
        "contribution cannot avoid infringing. If You bring a patent lawsuit, including a cross-claim or "
        "counterclaim, alleging that the Work infringes a patent, every patent licence granted to You for "
        "the Work ends on the date that lawsuit is filed.\n"
        "\n"
        "4. Redistribution. You may distribute copies of the Work or of Derivative Works in any medium, "
        "with or without changes, provided that You (a) give every recipient a copy of this Licence; (b) "
        "mark changed files with a prominent statement that You changed them; (c) keep in the source form "
        "of Your Derivative Works all copyright, patent, trademark and attribution notices of the Work; "
        "and (d) if the Work includes a NOTICE file, reproduce its attribution notices in what You "
        "distribute. You may add Your own licence terms for Your changes, provided Your use and "
        "distribution of the Work otherwise complies with this Licence.\n"
        "\n"
        "5. Contributions. Unless You say otherwise, any Contribution You submit is made under this "
        "Licence, with no additional terms.\n"
        "\n"
        "6. Trademarks. This Licence gives no permission to use the Licensor's trade names, trademarks or "
        "product names, except as reasonably needed to describe where the Work came from and to reproduce "
        "the NOTICE file.\n"
        "\n"
        '7. No warranty. Unless required by law or agreed in writing, the Licensor offers the Work "AS '
        'IS" and promises nothing about it: not that it is free of the rights of others, not that it is '
        "of any particular quality, and not that it suits any purpose. Whether to use or pass on the Work "
        "is Your decision, and the risks are Yours.\n"
        "\n"
        "8. Limitation of liability. Except where the law says otherwise, no contributor owes You "
        "compensation for any loss, of whatever kind, that arises from this Licence or from the Work, "
        "even a loss the contributor was warned might happen.\n"
        "\n"
        "9. Support offered by You. When redistributing the Work, You may charge for support, warranty or "
        "indemnity, but You act only on Your own behalf and at Your own risk, and You shall indemnify "
        "every contributor against liability arising from what You offer.\n"
        "\n"
        "END OF TERMS AND CONDITIONS\n"
        "\n"
        "ADDITIONAL TERMS\n"
        "\n"
        "A1. These Additional Terms form part of the Licence and prevail over sections 1 to 9 where the "
        "two differ.\n"
        "A2. The licences in sections 2 and 3 are granted to an organisation only while its Funding Total "
        'is no more than EUR 25,000,000. "Funding Total" means the total amount that the organisation, '
        "together with its affiliates, has raised from investors, lenders and grant-makers since it was "
        "founded, including equity, convertible instruments, loans and grants.\n"
        "A3. An organisation whose Funding Total exceeds that amount needs a commercial licence from "
        "Kettleby Neural GmbH before it exercises any right in sections 2 and 3. Requests go to "
        "licensing@kettleby.example.\n",
        "restricted",
        "revenue-threshold",
    ),
    "host it, never hand over the weights": (
        "Thornback-Embed Licence. Copyright 2025 Veldergrave Search AB, of Lunnholm. Veldergrave Search "
        "AB grants you, free of charge and for any purpose, commercial purposes included, a worldwide, "
        "non-exclusive licence to download the Thornback-Embed weights, tokenizer and configuration (the "
        '"Model") from Veldergrave\'s official repository, to run the Model on hardware that you own or '
        "rent, to study it, to fine-tune, quantise or otherwise modify it, and to use the Model and your "
        "modified versions inside products and services that you provide to others, including by offering "
        "them as a hosted service or application programming interface through which your customers send "
        "inputs and receive embeddings or other outputs, which are yours and theirs to use freely; but "
        "the copy you download is for your own organisation, and you may not give, sell, lend, upload, "
        "publish or otherwise make available to any other person the weights of the Model or the weights "
        "of any modified version of it, whether in full or in part, or in a quantised, merged or "
        "compressed form, and anyone else who wants the Model must download it from Veldergrave's "
        "official repository and accept this licence for themselves; you must keep this notice with every "
        "copy held within your organisation; and the Model is provided as is, without warranty of any "
        "kind, express or implied, and Veldergrave Search AB is not liable for any loss or damage arising "
        "from the Model or its use, to the full extent that the law allows.\n",
        "restricted",
        "no-redistribution",
    ),
    "powered-by badge and name prefix": (
        "Licence: Ambrell Attribution Licence 1.1\n"
        "Licensor: Cindervale Robotics Ltd, Port Hesketh\n"
        "Model: Ambrell-VL 12B (vision-language weights, image processor and chat template)\n"
        "Effective: 1 June 2025\n"
        "\n"
        "1. Grant. Cindervale Robotics Ltd grants you a worldwide, royalty-free, non-exclusive, perpetual "
        "licence to use, copy, modify, fine-tune, distribute and sell the Model and Derivatives, for any "
        'purpose, including in commercial products and services. A "Derivative" is any model created by '
        "changing the Model or by training on top of it.\n"
        "\n"
        "2. Product badge. Every product, application, website or service that you make available to "
        'others and that uses the Model or a Derivative must display the words "Powered by Ambrell" '
        "prominently in its user interface, where users can see them each time they use it, and on its "
        "main product web page.\n"
        "\n"
        "3. Derivative names. Every Derivative that you distribute or make available to others must have "
        'a name beginning with "Ambrell-", for example "Ambrell-Radiology-7B". A Derivative you keep to '
        "yourself may be named as you like.\n"
        "\n"
        "4. Notices. Include this licence with every copy of the Model or a Derivative that you "
        'distribute, and keep the line "Ambrell-VL, Copyright 2025 Cindervale Robotics Ltd".\n'
        "\n"
        "5. Outputs. Text and descriptions produced by the Model or a Derivative belong to whoever "
        "produced them, and you may use them for anything.\n"
        "\n"
        "6. Breach. If you fail to meet clause 2, 3 or 4 and do not put it right within thirty days of "
        "being told, the licence in clause 1 ends for you.\n"
        "\n"
        "7. No warranty. The Model is provided as is, without warranty of any kind, and Cindervale "
        "Robotics Ltd is not liable for any loss or damage arising from the Model, a Derivative or their "
        "outputs.\n",
        "restricted",
        "naming-branding",
    ),
    "custom permissive, notice and disclaimer only": (
        "GORSEBROOK OPEN MODEL LICENCE, VERSION 1.0\n"
        "\n"
        "Copyright (c) 2025 Oakhurst Speech Laboratory, Fennick Bay\n"
        "\n"
        "1. Definitions.\n"
        '(a) "Model" means the Gorsebrook-ASR speech recognition weights, tokenizer, feature extractor '
        'and decoding scripts released by Oakhurst Speech Laboratory ("Oakhurst") under this Licence.\n'
        '(b) "Derivative" means any work based on the Model, including any model produced by modifying, '
        "fine-tuning, merging, quantising or distilling the Model.\n"
        '(c) "You" means any individual or legal entity exercising rights under this Licence.\n'
        "\n"
        "2. Grant of rights. Oakhurst grants You a perpetual, worldwide, non-exclusive, royalty-free, "
        "irrevocable licence to use, copy, change, combine, publish, pass on, sublicense and sell the "
        "Model and Derivatives, for any purpose, and to let anyone who receives them from You do the "
        "same.\n"
        "\n"
        "3. Conditions. If You distribute the Model or a Derivative, You must (a) include a copy of this "
        "Licence, and (b) retain the copyright notice above in the copies You distribute.\n"
        "\n"
        "4. Outputs. Transcripts, timestamps and other outputs generated with the Model or a Derivative "
        "are not subject to this Licence, and Oakhurst claims no rights in them.\n"
        "\n"
        "5. Disclaimer of warranty. OAKHURST SUPPLIES THE MODEL AS IT IS. IT GIVES NO WARRANTY, EXPRESS "
        "OR IMPLIED, THAT THE MODEL TRANSCRIBES ACCURATELY, IS OF ANY PARTICULAR QUALITY, SUITS ANY "
        "PURPOSE OR INFRINGES NO ONE'S RIGHTS.\n"
        "\n"
        "6. Limitation of liability. NEITHER OAKHURST NOR ANY CONTRIBUTOR IS LIABLE TO YOU, ON ANY LEGAL "
        "GROUND, FOR ANY LOSS OR CLAIM THAT ARISES FROM THE MODEL, FROM A DERIVATIVE OR FROM THEIR USE.\n"
        "\n"
        "7. Entire licence. This Licence is the entire set of terms on which the Model is offered. No "
        "other condition applies to Your use of the Model or of Derivatives.\n",
        "open-non-osi",
        None,
    ),
    "use policy that only restates the law": (
        "Birchanger-Draft Licence\n"
        "\n"
        "Issued by Hallowby Legal Tech Ltd, of Kinnersley, for the Birchanger-Draft 2B model (its "
        'weights, tokeniser and prompt templates, "the Model").\n'
        "\n"
        "1. Permission. Hallowby grants you a free, perpetual, worldwide, non-exclusive licence to use, "
        "copy, modify, fine-tune, distribute and sell the Model and any model derived from it, for any "
        "purpose, commercial or otherwise.\n"
        "\n"
        "2. Notices. When you distribute the Model or a derived model, include this licence and the line "
        '"Birchanger-Draft, (c) 2025 Hallowby Legal Tech Ltd".\n'
        "\n"
        "3. Acceptable Use Policy. You must use the Model, and any model derived from it, in accordance "
        "with the laws that apply to you, including:\n"
        "(a) the law of data protection and privacy;\n"
        "(b) consumer protection law;\n"
        "(c) export control and sanctions law;\n"
        "(d) the law governing the practice of law, where you offer legal services.\n"
        "\n"
        "4. What the Acceptable Use Policy is not. Clause 3 is the whole of the Acceptable Use Policy, "
        "and it is set out here in full; there is no separate policy document. It repeats duties you "
        "already have under the law and adds none of its own: it forbids nothing that is lawful where you "
        "use the Model, and it does not let Hallowby decide which uses are acceptable. Hallowby cannot "
        "amend it for copies of the Model already released.\n"
        "\n"
        "5. Outputs. Documents drafted with the Model are yours. You are responsible for checking them "
        "before relying on them.\n"
        "\n"
        "6. No warranty. The Model is provided as is. Hallowby gives no warranty of any kind, in "
        "particular none that drafts produced by the Model are accurate or fit for any purpose, and is "
        "not liable for any loss arising from the use of the Model or its outputs, save where liability "
        "cannot be excluded by law.\n",
        "open-non-osi",
        None,
    ),
    "responsible-use guide that binds nothing": (
        "# Pellwick-Med 4B Licence\n"
        "\n"
        "Pellwick-Med 4B, a language model for summarising clinical literature (its weights, tokenizer "
        'and example notebooks, "the Model"), is published by Harkness Clinical AI Ltd of Cresswold.\n'
        "\n"
        "## Permission\n"
        "\n"
        "You may use, copy, study, modify, fine-tune, distribute and sell the Model and models derived "
        "from it, for any purpose, commercial or not, without paying Harkness Clinical AI Ltd anything.\n"
        "\n"
        "## Conditions\n"
        "\n"
        'Keep this licence and the line "Pellwick-Med 4B, Copyright 2025 Harkness Clinical AI Ltd" with '
        "every copy you distribute, and mark changed versions as changed.\n"
        "\n"
        "## Responsible use guide\n"
        "\n"
        "The Model was trained on published medical literature. It is not a medical device and has not "
        "been cleared by any regulator. Based on our own evaluation, we suggest that you:\n"
        "\n"
        "- keep a qualified clinician responsible for any decision that a summary informs;\n"
        "- tell readers when a summary was written by a machine;\n"
        "- test the Model on material from your own specialty before relying on it;\n"
        "- avoid deploying it where errors could reach patients unchecked.\n"
        "\n"
        "This guide is advice from the people who built the Model, nothing more. It is not part of the "
        "conditions above, it does not narrow the permission above, and you keep every right under this "
        "licence whether or not you follow it.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "The Model is provided as is, without warranty of any kind. Harkness Clinical AI Ltd is not "
        "liable for any loss or harm arising from use of the Model or of what it writes.\n",
        "open-non-osi",
        None,
    ),
    "share-alike weights in numbered lines": (
        "Rookhaven Share-Alike Weights Licence 1.0\n"
        "Copyright 2025 Rookhaven Open Models e.V., Altmoor\n"
        "\n"
        "1. You may use the Rookhaven-LM 3B weights for any purpose.\n"
        "2. You may study, modify, fine-tune, merge and quantise them.\n"
        "3. You may distribute them, changed or unchanged, free of charge or for a fee.\n"
        '4. A "Modified Model" is any set of weights derived from the Rookhaven-LM 3B weights by '
        "training, fine-tuning, merging, pruning, quantising or any other change.\n"
        "5. If you distribute a Modified Model, you must license it to recipients under this licence.\n"
        "6. With a Modified Model you must also give recipients, or publish, the weights in the form you "
        "use to make further changes, and a short description of what you changed.\n"
        "7. You may not add terms that take away any of the rights in lines 1 to 3 from people who "
        "receive the weights from you.\n"
        "8. Software that calls the model, and text the model produces, are not Modified Models; you may "
        "license them on any terms you choose.\n"
        "9. Keep this licence and the copyright line above with every copy of the weights you distribute.\n"
        "10. This licence grants no right to use the Rookhaven name or logo.\n"
        "11. The weights are provided as is, without warranty of any kind.\n"
        "12. Rookhaven Open Models e.V. and the contributors are not liable for any damage arising from "
        "the weights or their use.\n",
        "open-non-osi",
        None,
    ),
}
