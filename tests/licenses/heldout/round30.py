# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 30 (issue 14): twelve model licences, six open and six restricted, for precision as much
as recall: open texts that a careless reader would call restricted (a licence full of "must"s that are only
notice duties, a "Restrictions" heading that lists only the usual things, a long patent clause with
defensive termination, outputs that belong to the user and may train other models, a plain-questions
licence that allows everything, a non-binding responsible-use section) and restricted texts that look
permissive (a narrow defined purpose the grant relies on, a derived model's name and model-card
disclaimer, a ban on publishing benchmarks, an evaluation and integration-testing licence that never says
research, a grant that lives only while a licence key is active, a licence lost by criticising the
licensor), written fresh with invented details. Written blind, before any rule changed.

- "musts that are only notices": an MIT-shaped any-purpose grant followed by six "You must" clauses, every
  one a duty to include the licence, keep notices, mark changed files, credit the origin, keep the NOTICE
  file or not pass a changed version off as the original (open).
- "restrictions heading with only the usual": a licence whose section headed "Restrictions", "and no
  others", lists only no endorsement with the licensor's names, keeping notices, no implied warranty or
  approval, and no trademark rights (open).
- "patent clause with defensive termination": an Apache-like patent grant, with patent licences ending for
  a licensee who sues claiming the model infringes, the copyright licence and downstream licences
  surviving, and no other patent rights implied (open).
- "outputs yours, training other models allowed": an any-purpose grant whose outputs belong to the user and
  may be used for anything, expressly including training, distilling or evaluating competing models (open).
- "plain questions that allow everything": a question-and-answer licence that allows any use, changing and
  sharing on any terms with the page and copyright line, says no registration or notice is needed, no user
  or revenue cap, and that a later change binds only later releases (open).
- "responsible use as guidance only": a medical model's any-purpose grant with a responsible-use section of
  "we encourage" recommendations that "are not conditions of this licence" and "do not limit the rights
  granted" (open).
- "permitted purpose defined narrowly": a permissive-looking agreement, royalty-free and commercial, whose
  grant is "in each case for the Permitted Purpose", defined as operating customer-support assistants for
  the licensee's own customers (use restrictions).
- "derived name and model-card disclaimer": an any-purpose grant under which a derived model made available
  to others must keep "Marimba" in its name and open its model card with a set disclaimer, verbatim
  (naming and branding).
- "no published benchmarks without consent": an any-purpose grant that bars publishing or disclosing any
  benchmark or comparison of the model against another without the licensor's prior written consent (use
  restrictions).
- "evaluation and integration testing only": a licence for "Evaluation Use" only, assessing the model and
  integration testing in test and staging environments, no production, never saying "research"
  (research-only: only evaluation use is allowed).
- "grant lives while a licence key is active": a free any-purpose on-premises grant that applies "only
  while your key is active", the key checked online and revocable "at any time, at its sole discretion"
  (remote control and revocation at will).
- "lost by criticising the licensor": an any-purpose grant that terminates if the licensee or its
  affiliates publicly disparage or criticise the licensor or its products (a conduct condition, ethical
  conditions).

First run (before any rule changed): 7 of 12 right (the notice "must"s, the "Restrictions" heading, the
patent clause with defensive termination, the responsible-use guidance, the Marimba name and model card,
the evaluation and integration-testing licence, read research-only, and the licence lost by criticism).
Two restricted texts read unknown: the licence key (unclassified "The licence in section 1 applies only
while your key is active." and "Clove may suspend or revoke any key at any time, at its sole discretion.";
"When your key is suspended, revoked or expires ... your licence ends and Clove-Voice stops running"), and
the benchmarks ban (unclassified "You may not publish, present or otherwise disclose to any third party the
results of any benchmark, comparative test or performance evaluation of the Model ... against any other
model or product, without Nutmeg's prior written consent"). One restricted text read open: the narrow
defined purpose ("in each case for the Permitted Purpose", with '"Permitted Purpose" means operating
text-based customer-support assistants that answer questions from the Licensee's own customers about the
Licensee's own products and services'). Two open texts read restricted, each on words that grant rather
than refuse: the outputs licence as an output-training ban ("You may use Outputs for any purpose ...
including as training data to train, fine-tune, distil or evaluate other machine-learning models, including
models that compete with Bassoon-Image"), and the plain questions as a notification duty (the question "Do
I have to register, ask permission or tell you that I use it?", whose answer is "No."). No expectation was
changed.

What changed (general rules, near misses in `test_near_misses.py`, `test_unexplained.py`): a grant "for the
Permitted Purpose(s)" (or approved, authorised, licensed uses) confines it to what a definition names (not
"purposes permitted by law", nor a policy named "Permitted Purposes Schedule"); a ban on publishing benchmark
or comparative results is a use restriction; a licence key the licensor may revoke at will, and a licence
that lasts only while a key is active, are remote control; "commercial or not" is no negation of an
outputs-as-training-data clause, and a permission to use outputs "including" as training data is none.
Licences written as questions and answers (`licenses/questions.py`): a question about a duty or a limit
answered no states none, a permission question answered yes grants what it asks, and one answered no is a
limit the safety net flags (read `unknown`); a change of the licence that applies only to later releases
adds no limit.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "musts that are only notices": (
        "Cardamom-8B Licence\n"
        "\n"
        "Copyright 2025 Cardamom Models Pvt Ltd.\n"
        "\n"
        "Permission is granted, free of charge, to any person obtaining the Cardamom-8B weights, code and "
        'documentation (the "Materials") to use, copy, modify, merge, publish, distribute, sublicense and '
        "sell the Materials and works derived from them, for any purpose, subject to the following:\n"
        "\n"
        "(a) You must include a copy of this licence with every copy of the Materials, or of a work derived "
        "from them, that you distribute.\n"
        "(b) You must keep intact every copyright, patent and attribution notice that appears in the "
        "Materials.\n"
        "(c) You must cause every file you modify to carry a prominent notice stating that you changed it "
        "and the date of the change.\n"
        "(d) You must give credit: the documentation of a derived model you distribute must state that it "
        "is based on Cardamom-8B by Cardamom Models Pvt Ltd.\n"
        "(e) You must not remove or alter the NOTICE file, though you may add your own attribution notices "
        "alongside it.\n"
        "(f) You must not misrepresent a modified version as the original Cardamom-8B.\n"
        "\n"
        'THE MATERIALS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED. IN NO EVENT '
        "SHALL CARDAMOM MODELS PVT LTD BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY ARISING FROM THE "
        "MATERIALS OR THEIR USE.\n",
        "open-non-osi",
        None,
    ),
    "restrictions heading with only the usual": (
        "OBOE SPEECH MODEL LICENSE\n"
        "\n"
        "1. License. Subject only to Section 3, Oboe Acoustics Inc. grants you a worldwide, royalty-free, "
        "non-exclusive, perpetual license to use, reproduce, modify, distribute and sell the Oboe speech "
        'recognition model, its weights and source code (the "Model"), and works based on it, for any '
        "purpose, commercial or non-commercial.\n"
        "\n"
        "2. Redistribution. Any copy of the Model, modified or not, that you distribute must be accompanied "
        "by this license.\n"
        "\n"
        "3. Restrictions. The license in Section 1 is subject to the following restrictions, and no others:\n"
        '  3.1 You may not use the names "Oboe" or "Oboe Acoustics", or the names of any contributor, to '
        "endorse or promote products derived from the Model without prior written permission.\n"
        "  3.2 You may not remove, obscure or alter any copyright, license or attribution notice in the "
        "Model.\n"
        "  3.3 You may not state or imply that Oboe Acoustics Inc. warrants the Model or has reviewed or "
        "approved your modifications.\n"
        "  3.4 This license grants no rights in the trademarks or logos of Oboe Acoustics Inc.\n"
        "\n"
        '4. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. OBOE ACOUSTICS INC. '
        "SHALL NOT BE LIABLE FOR ANY DAMAGES ARISING FROM THE USE OF THE MODEL.\n",
        "open-non-osi",
        None,
    ),
    "patent clause with defensive termination": (
        "Saffron Open Model License, version 1.0\n"
        "\n"
        '1. Copyright license. Saffron Research Labs and every other contributor (each a "Contributor") '
        "grant you a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable copyright "
        "license to use, reproduce, prepare derivative works of, publicly display, sublicense and distribute "
        'the Saffron-MoE weights and code (the "Model") and such derivative works, for any purpose.\n'
        "\n"
        "2. Patent license.\n"
        "2.1 Grant. Each Contributor grants you a perpetual, worldwide, non-exclusive, no-charge, "
        "royalty-free patent license, irrevocable except as stated in Section 2.2, to make, have made, use, "
        "offer to sell, sell, import and otherwise transfer the Model and derivative works of it. This "
        "license applies only to those patent claims licensable by a Contributor that are necessarily "
        "infringed by its contribution alone or by the combination of its contribution with the Model to "
        "which it was submitted.\n"
        "2.2 Defensive termination. If you, or any entity you control, institute patent litigation against "
        "any person or entity (including a cross-claim or counterclaim in a lawsuit) alleging that the "
        "Model, or a contribution incorporated in it, directly or indirectly infringes a patent, then every "
        "patent license granted to you under this License for the Model terminates as of the date such "
        "litigation is filed.\n"
        "2.3 Survival. A termination under Section 2.2 does not affect the copyright license in Section 1, "
        "nor any license that you validly granted to your recipients before the termination.\n"
        "2.4 No other patent rights. Except as expressly stated in this Section 2, no license is granted "
        "under any patent, whether by implication, estoppel or otherwise.\n"
        "\n"
        "3. Notices. If you distribute the Model or a derivative work, include a copy of this License and "
        "retain all copyright, patent and attribution notices.\n"
        "\n"
        '4. No warranty. The Model is provided on an "AS IS" basis, without warranties or conditions of any '
        "kind. No Contributor is liable for any damages arising from it.\n",
        "open-non-osi",
        None,
    ),
    "outputs yours, training other models allowed": (
        "Bassoon-Image Model Licence\n"
        "\n"
        "Bassoon Studio Ltd, 2025\n"
        "\n"
        "1. Grant. Bassoon Studio Ltd grants you a worldwide, royalty-free, non-exclusive, irrevocable "
        "licence to use, copy, modify, fine-tune, distribute and sell the Bassoon-Image weights and code and "
        "models derived from them, for any purpose.\n"
        "\n"
        "2. Outputs. Images and other content you generate with Bassoon-Image or a derived model "
        '("Outputs") belong to you, as between you and Bassoon Studio Ltd, which claims no rights in them. '
        "You may use Outputs for any purpose, commercial or not, including as training data to train, "
        "fine-tune, distil or evaluate other machine-learning models, including models that compete with "
        "Bassoon-Image.\n"
        "\n"
        "3. Your responsibility. You are responsible for the Outputs you generate and for how you use them.\n"
        "\n"
        "4. Notices. Keep this licence with every copy of the weights or code you distribute.\n"
        "\n"
        "5. No warranty. Bassoon-Image is provided as is, without warranty, and Bassoon Studio Ltd is not "
        "liable for any loss arising from it.\n",
        "open-non-osi",
        None,
    ),
    "plain questions that allow everything": (
        "Sumac-Translate: the licence, in plain questions\n"
        "\n"
        "This page is the whole licence for Sumac-Translate, from Sumac Language Tools OU. There is no "
        "separate legal text.\n"
        "\n"
        "Can I use Sumac-Translate at work, or in a product or service I sell?\n"
        "Yes, for any purpose, free of charge.\n"
        "\n"
        "Do I have to register, ask permission or tell you that I use it?\n"
        "No.\n"
        "\n"
        "Is there a limit on how many users I have or how much I earn?\n"
        "No.\n"
        "\n"
        "Can I change it, fine-tune it or merge it with other models?\n"
        "Yes.\n"
        "\n"
        "Can I share the original or my changed version?\n"
        "Yes, on any terms you choose, as long as you include this page and the line "
        '"Copyright 2025 Sumac Language Tools OU".\n'
        "\n"
        "Can I use its translations to train other models?\n"
        "Yes. The translations are yours.\n"
        "\n"
        "What if you change this page?\n"
        "A change applies only to versions we release afterwards. The version you already have stays under "
        "this page for good.\n"
        "\n"
        "Is there a warranty?\n"
        "No. Sumac-Translate comes as is, and we are not liable for anything that comes of using it.\n",
        "open-non-osi",
        None,
    ),
    "responsible use as guidance only": (
        "Theorbo-Med-7B Licence\n"
        "\n"
        "Copyright (c) 2025 Theorbo Health Foundation\n"
        "\n"
        "Section 1. Grant. The Theorbo Health Foundation grants you a perpetual, worldwide, non-exclusive, "
        "royalty-free licence to use, copy, modify, distribute, sublicense and sell the Theorbo-Med-7B "
        "weights and code and works derived from them, for any purpose.\n"
        "\n"
        "Section 2. Notices. Include this licence and the copyright line above with every copy you "
        "distribute.\n"
        "\n"
        "Section 3. Responsible use (guidance only). Theorbo-Med-7B is not a medical device and has not been "
        "cleared by any regulator. We encourage you to keep a qualified clinician involved whenever its "
        "outputs inform care, to test it on your own patient population before you deploy it, not to rely "
        "on it alone for decisions about insurance cover or eligibility, and to tell people when they are "
        "talking to an AI system. These are recommendations. They are not conditions of this licence, they "
        "do not limit the rights granted in Section 1, and not following them does not end or affect your "
        "licence.\n"
        "\n"
        "Section 4. No warranty. Theorbo-Med-7B is provided as is, without warranty of any kind, and the "
        "Theorbo Health Foundation is not liable for any harm arising from its use.\n",
        "open-non-osi",
        None,
    ),
    "permitted purpose defined narrowly": (
        "FENUGREEK-ASSIST MODEL LICENSE AGREEMENT\n"
        "\n"
        "1. Definitions.\n"
        '1.1 "Model" means the Fenugreek-Assist 13B weights, tokenizer and inference code released by '
        "Fenugreek Systems Ltd.\n"
        '1.2 "Derivative" means any model fine-tuned from, distilled from or otherwise based on the Model.\n'
        '1.3 "Permitted Purpose" means operating text-based customer-support assistants that answer '
        "questions from the Licensee's own customers about the Licensee's own products and services.\n"
        '1.4 "Licensee" or "you" means the person or entity exercising rights under this Agreement.\n'
        "\n"
        "2. Grant. Fenugreek Systems Ltd grants you a perpetual, worldwide, non-exclusive, royalty-free "
        "license to use, copy, modify, create Derivatives of, and distribute the Model and Derivatives, in "
        "each case for the Permitted Purpose.\n"
        "\n"
        "3. Commercial use. You may charge your customers for services that use the Model or a Derivative, "
        "and no royalty is owed to Fenugreek Systems Ltd.\n"
        "\n"
        "4. Redistribution. Include this Agreement with every copy of the Model or a Derivative that you "
        "distribute.\n"
        "\n"
        '5. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, AND FENUGREEK SYSTEMS '
        "LTD SHALL NOT BE LIABLE FOR ANY DAMAGES ARISING FROM IT.\n",
        "restricted",
        "use-restrictions",
    ),
    "derived name and model-card disclaimer": (
        "Marimba Community Model Licence v2\n"
        "\n"
        "1. Grant. Marimba Audio Labs grants you a worldwide, royalty-free licence to use, copy, modify, "
        "fine-tune, merge, distribute and sell the Marimba music-generation models and Derivative Models, "
        "for any purpose, including commercial purposes.\n"
        "\n"
        '2. Derivative Models. A "Derivative Model" is any model trained, fine-tuned, distilled or merged '
        "from a Marimba model. If you make a Derivative Model available to anyone else:\n"
        '  (a) its name must contain the word "Marimba" (for example "Acme-Marimba-Pop"), and neither you '
        "nor anyone you license may rename it to remove that word; and\n"
        '  (b) its model card must open with the following paragraph, verbatim and unaltered: "This model '
        "is derived from Marimba, a model by Marimba Audio Labs. Marimba Audio Labs has not reviewed, "
        'tested or endorsed this model and accepts no responsibility for it."\n'
        "\n"
        "3. Notices. Keep this licence with every copy of a Marimba model or Derivative Model you "
        "distribute.\n"
        "\n"
        "4. No warranty. The models are provided as is. Marimba Audio Labs is not liable for any loss "
        "arising from them.\n",
        "restricted",
        "naming-branding",
    ),
    "no published benchmarks without consent": (
        "Nutmeg-Coder 34B Licence\n"
        "\n"
        'Nutmeg Software AB ("Nutmeg") licenses the Nutmeg-Coder 34B weights and code (the "Model") to you '
        "as follows.\n"
        "\n"
        "1. Grant. You may use, copy, modify, distribute and sell the Model and works based on it, for any "
        "purpose, including commercial purposes, without royalty.\n"
        "\n"
        "2. Attribution. Keep this licence and Nutmeg's copyright notice with every copy you distribute.\n"
        "\n"
        "3. Benchmarks and comparisons. You may test and measure the Model for your own internal purposes. "
        "You may not publish, present or otherwise disclose to any third party the results of any "
        "benchmark, comparative test or performance evaluation of the Model, or of a work based on it, "
        "against any other model or product, without Nutmeg's prior written consent.\n"
        "\n"
        "4. No warranty. The Model is provided as is, without warranty of any kind, and Nutmeg is not liable "
        "for any damages arising from it.\n",
        "restricted",
        "use-restrictions",
    ),
    "evaluation and integration testing only": (
        "Zither-Vision Evaluation Licence\n"
        "\n"
        '1. Grant. Zither Optics Ltd ("Zither") grants your organisation a non-exclusive, non-transferable, '
        'royalty-free licence to install, run and fine-tune the Zither-Vision model (the "Model") for '
        "Evaluation Use only.\n"
        "\n"
        '2. Evaluation Use. "Evaluation Use" means (a) running the Model to assess its accuracy, speed and '
        "fitness for the application you have in mind; and (b) integration testing: connecting the Model to "
        "your own software, pipelines and devices in test and staging environments to confirm that they "
        "work together. Evaluation Use does not include processing live customer data, serving end users or "
        "any production deployment, which require a separate Zither Production Licence.\n"
        "\n"
        "3. Sharing. You may not distribute the Model, or any fine-tuned version of it, outside your "
        "organisation.\n"
        "\n"
        "4. Feedback. You may, but need not, tell Zither what you found.\n"
        "\n"
        "5. No warranty. The Model is provided as is, without warranty of any kind.\n",
        "research-only",
        "research-only",
    ),
    "grant lives while a licence key is active": (
        "Clove-Voice On-Premises Licence\n"
        "\n"
        "1. Grant. Subject to section 2, Clove Speech Inc. grants you a worldwide, non-exclusive licence to "
        "install, run, fine-tune and use the Clove-Voice speech model on your own servers, for any purpose, "
        "including in commercial products and services. There is no charge for Clove-Voice.\n"
        "\n"
        "2. Licence key. Clove-Voice needs a licence key issued through your Clove Developer account. The "
        "Clove-Voice runtime checks the key with Clove's licence server when it starts and every 24 hours "
        "after that. The licence in section 1 applies only while your key is active. Clove may suspend or "
        "revoke any key at any time, at its sole discretion. When your key is suspended, revoked or expires, "
        "or your account is closed, your licence ends and Clove-Voice stops running.\n"
        "\n"
        "3. Notices. Keep this licence with any copy of Clove-Voice inside your organisation.\n"
        "\n"
        "4. No warranty. Clove-Voice is provided as is, without warranty, and Clove Speech Inc. is not "
        "liable for any loss arising from its use.\n",
        "restricted",
        "remote-control",
    ),
    "lost by criticising the licensor": (
        "Sitar-LM Licence\n"
        "\n"
        "Copyright 2025 Sitar AI Pte Ltd\n"
        "\n"
        "1. Grant. Sitar AI Pte Ltd grants you a worldwide, royalty-free, non-exclusive licence to use, "
        "copy, modify, distribute and sell the Sitar-LM weights and code and works based on them, for any "
        "purpose.\n"
        "\n"
        "2. Notices. Include this licence and the copyright line above in every copy you distribute.\n"
        "\n"
        "3. Conduct. This licence is granted in reliance on goodwill between you and Sitar AI Pte Ltd. It "
        "terminates automatically, without notice, if you or any of your affiliates publicly disparage or "
        "criticise Sitar AI Pte Ltd, its officers or its products, including Sitar-LM, in any publication, "
        "forum, review or social-media post. When it terminates you must stop using Sitar-LM and delete "
        "every copy you hold.\n"
        "\n"
        "4. No warranty. Sitar-LM is provided as is, without warranty of any kind.\n",
        "restricted",
        "ethical-conditions",
    ),
}
