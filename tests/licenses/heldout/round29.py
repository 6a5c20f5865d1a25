# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 29 (issue 14): twelve model licences, nine restricted and three open, on the clause types
the earlier rounds used least (a safety layer that must stay in place, labour and human-rights conditions,
changes kept in-house, a compiled package not to be opened, a personal licence, names that must lead with
the licensor's, terms revised by posting, an academic licence without the word "research", a licence
against earning money without the word "commercial") and three open texts (a request to share
improvements, a long disclaimer and indemnity, the BSD 2-Clause licence), written fresh with invented
details. Written blind, before any rule changed.

- "protective components kept in place": an any-purpose grant under which stripping out, training away,
  routing around or switching off the refusal training or the prompt classifier ends the licence "at that
  moment, without notice" (guardrail termination).
- "fair work conditions": an any-purpose grant given only to a licensee who pays a living wage, respects
  union membership and collective bargaining, uses no forced or child labour and respects human rights
  under the UN Guiding Principles, lost when it stops meeting them (ethical conditions).
- "adapt in house, pass on only the original": use for any purpose including paid products, but an
  adapted version "stays inside your own organisation" and only the original files, bit for bit, may be
  passed on (no modification: changes may be made but not shared).
- "compiled package not to be opened": an EULA for a compiled, encrypted on-device model that may be
  shipped for any purpose but not decompiled, decrypted, dumped from memory or reverse engineered, nor its
  weights recovered (no source access).
- "for your own writing only": a personal licence for an individual, on devices they own, never "for or on
  behalf of any other person or organisation", no letting others use it (personal use only; it never
  speaks of money, so restricted, not non-commercial).
- "derivative names lead with procyon": a Markdown licence whose derived models made available to others
  must have a name "whose first word is 'Procyon'" and show "Powered by Procyon" (a naming and branding
  duty).
- "terms revised by posting": an any-purpose grant whose licensor "may revise them at any time by posting
  the revised version", binding copies downloaded earlier (a unilateral change).
- "study and teaching by degree institutions": a university's academic licence for "academic study,
  classroom teaching, coursework and the preparation of theses and scholarly publications", for staff and
  students only, every other use needing a separate agreement; the word "research" never appears
  (research-only).
- "no money made from it": a plain-language community licence whose "You can't" list bars selling,
  charging for access, and using the model or its images "to earn money", in advertising, paid products,
  client work or a business; the word "commercial" never appears (non-commercial).
- "improvements welcome, not required": an MIT-shaped any-purpose grant with a paragraph headed "A request,
  not a condition" asking for improvements to be shared and saying nothing depends on it (open).
- "heavy disclaimer and indemnity": an any-purpose grant followed by a long warranty disclaimer, a "not
  designed, tested or certified for aviation ..." reliance clause that makes no prohibition, a liability cap
  and a licensee indemnity; none narrows the grant (open).
- "bsd two clause with holder": the BSD 2-Clause licence, unchanged, with its copyright line filled in
  (osi-open).

First run (before any rule changed): 10 of 12 right (the protective components, the fair work conditions,
the compiled package, also read as no-modification, which its grant without "modify" bears out; the
personal licence; the Procyon names; the academic licence, also read as use-restrictions; the licence
against earning money; and all three open texts). One restricted text read restricted with the wrong
clause: the in-house adaptation as "no-redistribution" only, a type outside this round's taxonomy, not
no-modification, though what is refused is sharing a changed version, the original being freely shareable
("an adapted version stays inside your own organisation. You may not publish, sell, give away or otherwise
make an adapted version, or adapted weights, available to anyone outside it"; "You may pass the Package on
to others only as Spica publishes it: the original files, bit for bit"). One restricted text read open: the
terms revised by posting ("We may revise them at any time by posting the revised version at
cumulus.ai/legal/coder; a revision takes effect when posted and governs all further use of Cumulus-Coder,
including copies you downloaded earlier"; "your only option is to stop using Cumulus-Coder"). No
expectation was changed.

What changed (general rules, near misses in `test_near_misses.py`): a changed version that may be made but
not published, sold, given away or made available, and passing on only the original files "bit for bit",
are no-modification (not a changed version shared under another name or with a notice of the change); the
licensor revising "them", "these terms" or "the licence" at any time or by posting, and a revision that
takes effect when posted, are a unilateral change (not the licensor updating its weights).
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "protective components kept in place": (
        "Graupel-Chat 3 Licence\n"
        "\n"
        "Copyright 2025 Graupel Labs Ltd.\n"
        "\n"
        "1. What you may do. Graupel Labs Ltd grants you a worldwide, non-exclusive, royalty-free licence "
        "to use, copy, modify, fine-tune, distribute and sell Graupel-Chat 3 and works based on it, in your "
        "own products or in services for your customers.\n"
        "\n"
        "2. Protective components. Graupel-Chat 3 is released together with its refusal training and the "
        'Graupel Sentry classifier that screens prompts and replies (together, the "Protective '
        'Components"). Every deployment of Graupel-Chat 3 or of a work based on it must keep the Protective '
        "Components in place and working. If you strip out, train away, route around or switch off any of "
        "them, or distribute a version in which they have been removed or weakened, this licence ends "
        "automatically at that moment, without notice, and you must stop using and distributing "
        "Graupel-Chat 3 and every work based on it.\n"
        "\n"
        "3. Notices. Keep this licence and the copyright line above with every copy you distribute.\n"
        "\n"
        '4. No warranty. Graupel-Chat 3 is provided "as is", without any warranty, and Graupel Labs Ltd is '
        "not liable for any loss arising from its use.\n",
        "restricted",
        "guardrail-termination",
    ),
    "fair work conditions": (
        "Vela Fair Work Model Licence 1.0\n"
        "\n"
        'Vela Cooperative Ltd licenses the Vela-12B weights and code (the "Work") to you on the following '
        "terms.\n"
        "\n"
        "1. Permission. You may use, copy, modify, merge, publish, distribute and sublicense the Work and "
        "works based on it, for any purpose, subject to section 2.\n"
        "\n"
        "2. Conduct of the licensee. This permission is given only to a licensee who, and only for as long "
        "as it:\n"
        "  (a) pays every worker it employs or engages, including through agencies and contractors, no less "
        "than the living wage for the place where the work is done;\n"
        "  (b) respects the freedom of its workers to join a trade union and to bargain collectively, and "
        "does not dismiss or penalise anyone for doing so;\n"
        "  (c) uses no forced, bonded or child labour, and takes reasonable steps to keep such labour out "
        "of its supply chain; and\n"
        "  (d) respects internationally recognised human rights as set out in the UN Guiding Principles on "
        "Business and Human Rights.\n"
        "A licensee that stops meeting any of these conditions loses the permission in section 1, which "
        "only Vela Cooperative Ltd can restore, in writing.\n"
        "\n"
        "3. Notice. Copies of the Work, and of works based on it, must include this licence.\n"
        "\n"
        '4. Disclaimer. THE WORK IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, AND VELA COOPERATIVE '
        "LTD IS NOT LIABLE FOR ANY CLAIM ARISING FROM IT.\n",
        "restricted",
        "ethical-conditions",
    ),
    "adapt in house, pass on only the original": (
        "Spica-TTS Distribution Terms\n"
        "\n"
        'Spica Audio GmbH ("Spica") makes the Spica-TTS voice model, its weights and its runtime scripts '
        '(the "Package") available on these terms.\n'
        "\n"
        "§1 Use. You may install and run the Package on any number of machines, for any purpose, including "
        "in products and services you sell. No fee or royalty is payable.\n"
        "\n"
        "§2 Adaptation. You may fine-tune, quantise or otherwise adapt the Package, for example to add "
        "voices or languages, but an adapted version stays inside your own organisation. You may not "
        "publish, sell, give away or otherwise make an adapted version, or adapted weights, available to "
        "anyone outside it.\n"
        "\n"
        "§3 Passing it on. You may pass the Package on to others only as Spica publishes it: the original "
        "files, bit for bit, with their SHA-256 checksums and these terms.\n"
        "\n"
        "§4 Liability. Spica provides the Package without warranty. Spica is liable only for intent and "
        "gross negligence, except where the law provides otherwise.\n",
        "restricted",
        "no-modification",
    ),
    "compiled package not to be opened": (
        "HADAR EDGE VISION SDK - END USER LICENSE AGREEMENT\n"
        "\n"
        '1. The Package. "Package" means the Hadar Edge Vision model as delivered by Hadar Devices Inc. '
        '("Hadar") in compiled, encrypted form (.hev files), together with the runtime library that loads '
        "it. Hadar does not make the source weights, the training code or the model architecture available.\n"
        "\n"
        "2. Grant. Hadar grants you a perpetual, worldwide, royalty-free, non-exclusive licence to "
        "integrate the Package into your applications and devices, for any purpose, and to distribute it to "
        "your customers as part of those applications and devices.\n"
        "\n"
        "3. Reservations. You shall not, and shall not permit any third party to, decompile, disassemble, "
        "decrypt, dump from memory or otherwise reverse engineer the Package, or attempt to recover its "
        "weights, layer structure or training data, except and only to the extent that applicable law "
        "expressly permits this notwithstanding this limitation.\n"
        "\n"
        "4. Ownership. The Package is licensed, not sold. Hadar and its licensors keep all rights not "
        "expressly granted in section 2.\n"
        "\n"
        '5. Warranty disclaimer. THE PACKAGE IS PROVIDED "AS IS". HADAR DISCLAIMS ALL WARRANTIES, EXPRESS '
        "OR IMPLIED, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.\n",
        "restricted",
        "no-source-access",
    ),
    "for your own writing only": (
        "Mizar Pen Model - Personal Licence\n"
        "\n"
        'This licence comes with the downloadable Mizar Pen writing model (the "Model") published by Mizar '
        "Software Ltd.\n"
        "\n"
        "Who may use it. The Model is licensed to you as an individual. Only you may use it, for your own "
        "writing (drafts, letters, notes, stories), on computers and phones that you own or control.\n"
        "\n"
        "What you may do. You may install the Model, run it, change its settings and fine-tune it on your "
        "own writing, as often as you like and at no charge.\n"
        "\n"
        "What you may not do. You may not use the Model for or on behalf of any other person or "
        "organisation. You may not let other people use it, whether by giving them the files, lending them "
        "a device set up with it, or offering it through a website, bot or other service. You may not copy "
        "it except to keep backups for yourself.\n"
        "\n"
        "Everything else. The Model comes with no warranty. Mizar Software Ltd may end this licence if you "
        "break it.\n",
        "restricted",
        "personal-use-only",
    ),
    "derivative names lead with procyon": (
        "# Procyon Open Weights Licence\n"
        "\n"
        "Procyon AI SAS, version 1.1\n"
        "\n"
        "## Grant\n"
        "You may use, copy, modify, fine-tune, merge, distribute and sell the Procyon-2 models and anything "
        "you build from them, anywhere, with no royalty.\n"
        "\n"
        "## Names of what you build\n"
        "A model that you train, fine-tune, distil or merge from Procyon-2 and make available to others "
        'must have a name whose first word is "Procyon" (for example "Procyon-Legal-13B"). Wherever you '
        "describe or promote such a model (its model card, repository, website or app listing) you must "
        'show the words "Powered by Procyon" prominently.\n'
        "\n"
        "## Attribution\n"
        "Include this licence with every copy.\n"
        "\n"
        "## No warranty\n"
        "Procyon-2 is provided as is. Procyon AI SAS is not liable for any damages arising from it.\n",
        "restricted",
        "naming-branding",
    ),
    "terms revised by posting": (
        "Cumulus-Coder Model Terms\n"
        "Effective 1 September 2025\n"
        "\n"
        'These terms are between you and Cumulus AI Inc. ("Cumulus", "we") and cover the Cumulus-Coder '
        "weights and any code we publish with them.\n"
        "\n"
        "1. You may use, copy, modify and redistribute Cumulus-Coder, and build products and services with "
        "it, for any purpose and without charge.\n"
        "\n"
        "2. If you redistribute Cumulus-Coder or a modified version, include these terms and a note of your "
        "changes.\n"
        "\n"
        "3. We keep these terms up to date. We may revise them at any time by posting the revised version "
        "at cumulus.ai/legal/coder; a revision takes effect when posted and governs all further use of "
        "Cumulus-Coder, including copies you downloaded earlier. If you do not accept a revision, your only "
        "option is to stop using Cumulus-Coder.\n"
        "\n"
        "4. Cumulus-Coder is provided as is, without warranties. Our total liability to you is limited to "
        "USD 100.\n",
        "restricted",
        "unilateral-change",
    ),
    "study and teaching by degree institutions": (
        "DENEB-SCHOLAR ACADEMIC LICENCE AGREEMENT\n"
        'Deneb Institute of Technology (the "Institute")\n'
        "\n"
        "1. Eligible Licensees. This Agreement may be accepted only by an individual who is a member of "
        "staff or an enrolled student of a university or other degree-awarding institution, acting in that "
        "capacity.\n"
        "\n"
        "2. Licence. The Institute grants the Licensee a non-exclusive, non-transferable, free-of-charge "
        "licence to download, run and modify the Deneb-Scholar model solely for academic study, classroom "
        "teaching, coursework and the preparation of theses and scholarly publications.\n"
        "\n"
        "3. Other uses. Any other use, including use in a product or service, in consultancy, or in the "
        "internal operations of any organisation, requires a separate written agreement with the "
        "Institute's Technology Transfer Office.\n"
        "\n"
        "4. Sharing. The Licensee may share the model and modified versions of it only with other Eligible "
        "Licensees, for the purposes in clause 2, and under this Agreement.\n"
        "\n"
        "5. Citation. Theses and publications that rely on the model should cite it as described in the "
        "model card.\n"
        "\n"
        "6. Warranty. The model is provided as is, and the Institute accepts no liability arising from its "
        "use.\n",
        "research-only",
        "research-only",
    ),
    "no money made from it": (
        "Sirocco-Diffusion Community Licence\n"
        "\n"
        "Made by the Sirocco Collective. Read this before you use the model.\n"
        "\n"
        "You can:\n"
        "  - download and run Sirocco-Diffusion, and use the images it makes, for yourself, your friends, "
        "your class or your club;\n"
        "  - change it, fine-tune it, merge it with other models and share what you make;\n"
        "  - share the original or your changed versions with anyone, as long as you give them this "
        "licence.\n"
        "\n"
        "You can't:\n"
        "  - sell it, rent it out, or charge anyone for access to it or to a service built on it;\n"
        "  - use it, or anything it makes, to earn money, for example in advertising, in paid products, in "
        "client work or in the ordinary course of a business;\n"
        "  - let anyone do those things with a copy you share.\n"
        "\n"
        'Credit: mention "Sirocco-Diffusion by the Sirocco Collective" where you share the model or a '
        "changed version.\n"
        "\n"
        "No warranty: we offer the model as is.\n",
        "non-commercial",
        "non-commercial",
    ),
    "improvements welcome, not required": (
        "Cassiopeia-7B Licence\n"
        "\n"
        "Copyright 2025 Cassiopeia Models ApS\n"
        "\n"
        "Cassiopeia Models ApS grants every person who obtains a copy of the Cassiopeia-7B weights, code "
        "and documentation permission, without charge, to use, copy, study, modify, merge, publish, "
        "distribute, sublicense and sell them and works based on them, for any purpose, with or without "
        "changes.\n"
        "\n"
        "Condition. Keep the copyright line above and this licence with the weights and code, or with "
        "substantial portions of them.\n"
        "\n"
        "A request, not a condition. If you improve Cassiopeia-7B (better data, a fix, a new fine-tune), we "
        "would love you to publish the improvement or send it to us at improvements@cassiopeia.dk, so that "
        "others can benefit. You do not have to: you may keep your changes private, and nothing in this "
        "licence depends on whether you share them.\n"
        "\n"
        "No warranty. The weights, code and documentation are provided as is, without warranty of any kind. "
        "Cassiopeia Models ApS is not liable for any claim or damage arising from them.\n",
        "open-non-osi",
        None,
    ),
    "heavy disclaimer and indemnity": (
        "Chinook-Forecast Model Licence\n"
        "\n"
        "Copyright (c) 2025 Chinook Analytics Corp.\n"
        "\n"
        '1. Grant. Chinook Analytics Corp. ("Chinook") grants you a perpetual, worldwide, non-exclusive, '
        "royalty-free, irrevocable licence to use, reproduce, modify, distribute, sublicense and sell the "
        'Chinook-Forecast weather model, its weights and code (the "Model") and derivative works, for any '
        "purpose.\n"
        "\n"
        "2. Notice. Include this licence with every copy or substantial portion of the Model.\n"
        "\n"
        '3. Disclaimer of warranties. THE MODEL IS PROVIDED "AS IS" AND "AS AVAILABLE", WITH ALL FAULTS. TO '
        "THE FULLEST EXTENT PERMITTED BY LAW, CHINOOK DISCLAIMS ALL WARRANTIES AND CONDITIONS, EXPRESS, "
        "IMPLIED OR STATUTORY, INCLUDING WARRANTIES OF MERCHANTABILITY, SATISFACTORY QUALITY, FITNESS FOR A "
        "PARTICULAR PURPOSE, ACCURACY, TITLE AND NON-INFRINGEMENT. CHINOOK DOES NOT WARRANT THAT THE "
        "MODEL'S FORECASTS WILL BE ACCURATE, TIMELY OR COMPLETE, OR THAT THE MODEL WILL BE FREE OF ERRORS "
        "OR VULNERABILITIES.\n"
        "\n"
        "4. Forecasts and reliance. Weather forecasts are inherently uncertain. The Model is not designed, "
        "tested or certified for aviation, marine navigation, emergency management or any other use in "
        "which an error could lead to death, injury or serious damage, and Chinook makes no representation "
        "that it is suitable for such use. If you rely on the Model's output for any decision, you do so "
        "entirely at your own risk.\n"
        "\n"
        "5. Limitation of liability. TO THE FULLEST EXTENT PERMITTED BY LAW, IN NO EVENT WILL CHINOOK OR "
        "ITS CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR "
        "EXEMPLARY DAMAGES, INCLUDING LOSS OF PROFITS, DATA, GOODWILL OR PROPERTY, PERSONAL INJURY OR "
        "BUSINESS INTERRUPTION, ARISING OUT OF OR IN CONNECTION WITH THE MODEL OR THIS LICENCE, HOWEVER "
        "CAUSED AND UNDER ANY THEORY OF LIABILITY, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES. "
        "WHERE LIABILITY CANNOT BE EXCLUDED, IT IS LIMITED TO USD 50.\n"
        "\n"
        "6. Indemnity. You will defend, indemnify and hold harmless Chinook and its officers, employees and "
        "contributors from and against any claim, loss, liability, fine or expense (including reasonable "
        "legal fees) arising from your use of the Model, from products or services you build with it, or "
        "from your distribution of it or of derivative works.\n"
        "\n"
        "7. Allocation of risk. You acknowledge that the disclaimers, limitations and indemnity above are "
        "an essential basis of this licence, that Chinook would not make the Model available free of charge "
        "without them, and that they apply even if a limited remedy fails of its essential purpose.\n",
        "open-non-osi",
        None,
    ),
    "bsd two clause with holder": (
        "BSD 2-Clause License\n"
        "\n"
        "Copyright (c) 2025, Rigel Systems Ltd.\n"
        "\n"
        "Redistribution and use in source and binary forms, with or without\n"
        "modification, are permitted provided that the following conditions are met:\n"
        "\n"
        "1. Redistributions of source code must retain the above copyright notice, this\n"
        "   list of conditions and the following disclaimer.\n"
        "\n"
        "2. Redistributions in binary form must reproduce the above copyright notice,\n"
        "   this list of conditions and the following disclaimer in the documentation\n"
        "   and/or other materials provided with the distribution.\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\n'
        "AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\n"
        "IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n"
        "FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n"
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n"
        "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n"
        "CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n"
        "OR TORT (INCLUDING NEGLIGENCE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE,\n"
        "EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n",
        "osi-open",
        None,
    ),
}
