# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 27 (issue 14): twelve model licences, nine restricted and three open, whose grammar or
structure hides the limit (a consequence before its condition, a binding FAQ, an exception to an
exception, a clause four levels deep) and real-world shapes written fresh. Written blind, before any rule
changed.

- "consequence before the condition": an any-purpose grant whose rights "come to an end, automatically and
  without notice, if" more than 250,000 people used the licensee's products in a month (a user threshold).
- "binding questions and answers": a licence written as an FAQ that says "The answers below are the
  licence"; one answer requires production traffic to be served through the licensor's cloud (a platform
  tie).
- "exception to an exception": any purpose "except in connection with policing, prosecution, immigration
  enforcement or prisons", save that translation and transcription there are allowed; every other use in
  those settings stays barred (a use restriction).
- "four levels deep": a numbered agreement whose clause 2.2(b)(ii) bars any arrangement from which anyone
  derives monetary gain (non-commercial).
- "rail with an attachment": an OpenRAIL-shaped licence, main text plus "Attachment A: Use Restrictions"
  that must be carried into every onward licence (use restrictions).
- "units shipped tier": a community licence for an on-device speech model whose commercial tier starts
  above 100,000 devices shipped. The taxonomy has no device cap of its own; a cap on the scale of
  deployment (users, deployments, installed devices) is a user threshold, not revenue, so user-threshold.
- "generations not for a rival system": a permissive grant whose one reservation bars using what the
  weights produce "as data to build, improve or distil any AI system" that competes with them, without the
  words "train" or "model" in that clause (an output-training ban).
- "country of incorporation": an any-purpose grant from which an entity incorporated outside the EEA, the
  UK or Switzerland receives no rights (a geographic restriction).
- "deactivation signal": hosted deployments must run the licensor's agent, through which the licensor may
  stop them at its sole discretion (remote control).
- "shall not only in the disclaimer": a short bespoke permissive licence whose only "shall not" are a
  liability disclaimer and a non-endorsement clause (open).
- "share-alike weights with sources": a copyleft licence for weights: share changed versions under the
  same licence, with the code and configuration that reproduce the change (open).
- "public domain in plain words": a plain-language dedication with a fallback unconditional licence
  (open).

First run (before any rule changed): 3 of 12 right (the attachment, the reservation on Generations, the
"shall not" disclaimer). Two restricted texts read as open: the cap whose consequence comes first ("All of
the rights granted to you in the paragraph above come to an end, automatically and without notice, if at
any time the number of distinct people who used your products ... exceeds 250,000"), and the eligibility
by incorporation ("A legal entity incorporated or organised under the laws of any other country ...
receives no licence under section 1"). Five restricted texts read unknown: the binding FAQ ("Requests from
people outside your organisation must be served through a Garnet Cloud endpoint"; said to grant no share,
though "Can I publish my fine-tuned version? A. Yes"), the exception to an exception ("except in connection
with policing, prosecution, immigration enforcement or the administration of prisons; provided that ...
solely to translate documents or to transcribe recordings"), the deep clause ("may be exercised only: ...
(ii) does not involve any sale, lease, subscription ... from which the Licensee or any other person derives
monetary gain"), the device tier ("The community grant covers up to 100,000 Units"; "Before your 100,001st
Unit ships you must take an Enterprise licence"), and the kill switch ("Slate AB may, at its sole discretion
and without giving reasons, send a deactivation signal"). Two open texts read unknown: the share-alike
licence (on "You may not add terms that take any of those freedoms away." and one more) and the plain
public-domain dedication (not recognised). No expectation was changed.

What changed (general rules, near misses in `test_near_misses.py`): a count of people named first and
compared over a long span ("the number of distinct people who used ... exceeds 250,000"; not a statistic
"to date"), and a grant that covers a number of units, devices or installations, are user caps; entities
incorporated in any other country that receive no licence are a territory limit; an any-purpose grant
"except in connection with" a field carves that field out (not "except as provided", nor the law's
exceptions); an exercise that must not involve an arrangement "from which" anyone derives gain is
non-commercial; a deactivation signal or shutdown command the licensor may send, and an agent you must not
disable, are remote control; serving tied to the licensor's cloud, endpoint or API (not hardware you
control) is a platform tie; a copyleft's "you may not add terms that take those freedoms away", its duty to
provide what reproduces a change "at no more than the cost of copying", and a promise never to enforce
rights add no limit; "give up every copyright" dedicates to the public domain like "all". Two older rules
met their near misses here and gained vetoes: a count of people "to date", hardware "you control".
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "consequence before the condition": (
        "Rowan-9B Community Terms\n"
        "\n"
        "Rowan Labs B.V. grants you a worldwide, royalty-free, non-exclusive licence to use, reproduce, "
        "modify, fine-tune and distribute Rowan-9B and works derived from it, for any purpose, including "
        "commercial purposes.\n"
        "\n"
        "All of the rights granted to you in the paragraph above come to an end, automatically and without "
        "notice, if at any time the number of distinct people who used your products and services that "
        "incorporate Rowan-9B or a derived work, counted together over the previous calendar month, exceeds "
        "250,000. To continue after that point you need a separate written agreement with Rowan Labs B.V.\n"
        "\n"
        "If you distribute Rowan-9B or a derived work, include a copy of these terms and keep the copyright "
        'notice "Copyright 2025 Rowan Labs B.V.".\n'
        "\n"
        'Rowan-9B is provided "as is", without warranty of any kind, and Rowan Labs B.V. is not liable for '
        "any damages arising from its use.\n",
        "restricted",
        "user-threshold",
    ),
    "binding questions and answers": (
        "Garnet-Voice Licence: Questions and Answers\n"
        "\n"
        "The answers below are the licence. Garnet Audio Oy grants rights only as they are described in "
        "these answers, and each answer binds you and us.\n"
        "\n"
        "Q. Can I download the weights and run them on my own machines?\n"
        "A. Yes. You may run, study and modify them on hardware you control, for evaluation, testing and "
        "development.\n"
        "\n"
        "Q. Can I build a paid product on Garnet-Voice?\n"
        "A. Yes. You may charge for it, and you owe us no royalty.\n"
        "\n"
        "Q. Where does my product have to run once real customers use it?\n"
        "A. On Garnet Cloud. Requests from people outside your organisation must be served through a Garnet "
        "Cloud endpoint under your account. Serving them from any other infrastructure is not licensed.\n"
        "\n"
        "Q. Can I publish my fine-tuned version?\n"
        "A. Yes, provided you attach this document to it.\n"
        "\n"
        "Q. Is there a warranty?\n"
        "A. No. Garnet-Voice is provided as is.\n",
        "restricted",
        "platform-tie",
    ),
    "exception to an exception": (
        "Hawthorn-13B Licence\n"
        "\n"
        "1. Grant. Hawthorn AI Ltd grants you a perpetual, worldwide, royalty-free licence to use, copy, "
        "modify and distribute Hawthorn-13B and its derivatives for any purpose, except in connection with "
        "policing, prosecution, immigration enforcement or the administration of prisons; provided that, "
        "notwithstanding that exception, you may use Hawthorn-13B in those settings solely to translate "
        "documents or to transcribe recordings at the request of the person they concern.\n"
        "\n"
        "2. Notices. Copies and derivatives you distribute must carry this licence and a statement of any "
        "changes you made.\n"
        "\n"
        "3. No warranty. Hawthorn-13B is provided as is. Hawthorn AI Ltd accepts no liability for its use.\n",
        "restricted",
        "use-restrictions",
    ),
    "four levels deep": (
        "BASALT-4 MODEL LICENCE\n"
        "\n"
        "1. LICENCE\n"
        "1.1 Grant. Subject to clause 2, the Basalt Foundation grants the Licensee a worldwide, royalty-free, "
        "non-exclusive licence to:\n"
        "  (a) use and reproduce the Model;\n"
        "  (b) adapt, fine-tune and otherwise modify the Model; and\n"
        "  (c) distribute the Model and any adaptation of it.\n"
        "1.2 Sublicensing. The Licensee may sublicense the rights in clause 1.1 on the terms of this "
        "Licence.\n"
        "\n"
        "2. CONDITIONS\n"
        "2.1 Notices. Every copy of the Model or of an adaptation must be accompanied by this Licence.\n"
        "2.2 Manner of exercise. The rights in clause 1.1 may be exercised only:\n"
        "  (a) in accordance with applicable law; and\n"
        "  (b) in a manner that:\n"
        "    (i) does not misrepresent the origin of the Model;\n"
        "    (ii) does not involve any sale, lease, subscription, advertising-funded service or other "
        "arrangement from which the Licensee or any other person derives monetary gain; and\n"
        "    (iii) complies with clause 2.1.\n"
        "2.3 Changes. Files the Licensee has modified must state that they were modified.\n"
        "\n"
        "3. DISCLAIMER\n"
        "3.1 The Model is provided as is, without warranty of any kind. The Basalt Foundation is not liable "
        "for any loss arising from its use.\n",
        "non-commercial",
        "non-commercial",
    ),
    "rail with an attachment": (
        "Alder-Diffusion Responsible Use Licence\n"
        "\n"
        '1. Definitions. "Model" means the Alder-Diffusion image-generation weights and configuration '
        'published by Alder Imaging GmbH. "Derivative" means any modification of the Model and any model '
        "whose weights are obtained from it, including by fine-tuning or distillation.\n"
        "\n"
        "2. Grant. Alder Imaging GmbH grants you a perpetual, worldwide, non-exclusive, royalty-free licence "
        "to use, reproduce, modify, publicly display, sublicense and distribute the Model and Derivatives.\n"
        "\n"
        "3. Your use. You will not use the Model or a Derivative for any purpose listed in Attachment A.\n"
        "\n"
        "4. Passing it on. Every agreement under which you make the Model or a Derivative available to "
        "others, whether as files or as a service, must include Attachment A as enforceable terms, and you "
        "must give recipients a copy of this licence.\n"
        "\n"
        "5. Outputs. Alder Imaging GmbH claims no rights in the images you generate.\n"
        "\n"
        "6. Disclaimer. The Model is provided as is, without warranties of any kind.\n"
        "\n"
        "Attachment A: Use Restrictions\n"
        "\n"
        "You agree not to use the Model or any Derivative:\n"
        "(a) to generate sexual imagery of a real, identifiable person, or imagery of any minor in a sexual "
        "context;\n"
        "(b) to create images meant to make viewers believe a news event happened when it did not;\n"
        "(c) to impersonate a real person in order to defraud anyone;\n"
        "(d) to harass, intimidate or threaten any individual or group.\n",
        "restricted",
        "use-restrictions",
    ),
    "units shipped tier": (
        "Cedar Speech Community Licence, version 2\n"
        "\n"
        "1. Who this is for. Individuals, researchers and companies that build on-device speech features "
        'with the Cedar-ASR weights (the "Model").\n'
        "\n"
        "2. Grant. Cedar Acoustics AB grants you a worldwide, royalty-free, non-exclusive licence to use, "
        "copy, modify and distribute the Model and derivatives of it, and to embed them in products you "
        "sell, for any purpose.\n"
        "\n"
        '3. Commercial tier. The community grant covers up to 100,000 Units. A "Unit" is each physical '
        "device (phone, vehicle, appliance, headset or similar) on which the Model or a derivative is "
        "installed, counted cumulatively across all your products. Before your 100,001st Unit ships you must "
        "take an Enterprise licence from Cedar Acoustics AB; shipping further Units without one is not "
        "licensed.\n"
        "\n"
        "4. Attribution. Keep this licence with every copy of the Model you distribute.\n"
        "\n"
        "5. Warranty. None. The Model is provided as is.\n",
        "restricted",
        "user-threshold",
    ),
    "generations not for a rival system": (
        "Quartz-20B Weights Licence\n"
        "\n"
        "Copyright 2025 Quartz Intelligence, Inc.\n"
        "\n"
        "Quartz Intelligence, Inc. permits anyone who obtains the Quartz-20B weights to use, copy, modify, "
        "merge, publish, distribute and sell them, and works built on them, for any purpose, free of "
        "charge, on these conditions:\n"
        "\n"
        "- This licence and the copyright line above travel with every copy of the weights.\n"
        '- Text, code and other material produced by running the weights ("Generations") belong to you, '
        "with one reservation: you may not use Generations, in whole or in part, as data to build, improve "
        "or distil any AI system that offers capabilities substantially similar to Quartz-20B or competes "
        "with any product of Quartz Intelligence, Inc.\n"
        "\n"
        'THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "restricted",
        "output-training-ban",
    ),
    "country of incorporation": (
        "Linden-70B Licence\n"
        "\n"
        "1. Grant. Linden Systems SE grants the Licensee a perpetual, worldwide, royalty-free, non-exclusive "
        "licence to use, reproduce, modify and distribute Linden-70B and its derivatives, for any purpose.\n"
        "\n"
        "2. Eligible licensees. The grant in section 1 is made to natural persons and to legal entities "
        "incorporated or organised under the laws of a member state of the European Economic Area, the "
        "United Kingdom or Switzerland. A legal entity incorporated or organised under the laws of any other "
        "country, and any entity controlled by such an entity, receives no licence under section 1, wherever "
        "its users or servers are located.\n"
        "\n"
        "3. Notices. Distributions must include this licence.\n"
        "\n"
        "4. Disclaimer. Linden-70B is provided as is, without any warranty.\n",
        "restricted",
        "geographic-restriction",
    ),
    "deactivation signal": (
        "Slate-Chat Licence\n"
        "\n"
        "1. Grant. Slate AB grants you a worldwide, royalty-free licence to use, copy, modify and "
        "redistribute the Slate-Chat weights and derivatives of them for any purpose, including offering "
        "them to third parties as a hosted service.\n"
        "\n"
        "2. Hosted Deployments. If you make Slate-Chat or a derivative available to others over a network "
        '(a "Hosted Deployment"):\n'
        "  (a) the Hosted Deployment must run, unmodified, the Slate service agent shipped with the weights;\n"
        "  (b) Slate AB may, at its sole discretion and without giving reasons, send a deactivation signal "
        "through that agent, after which the Hosted Deployment will stop answering requests until Slate AB "
        "lifts the signal; and\n"
        "  (c) you must not disable, delay or work around the agent or the signal.\n"
        "\n"
        "3. Notices. Keep this licence with every copy.\n"
        "\n"
        "4. Warranty. Slate-Chat is provided as is.\n",
        "restricted",
        "remote-control",
    ),
    "shall not only in the disclaimer": (
        "Obsidian-3B Licence\n"
        "\n"
        "Copyright 2025 the Obsidian Collective.\n"
        "\n"
        "Anyone may use, copy, study, modify, fine-tune, redistribute and sell the Obsidian-3B weights and "
        "anything made from them, for any purpose and without charge, provided that this notice accompanies "
        "every copy of the weights.\n"
        "\n"
        "The weights are supplied as is. The Obsidian Collective shall not be liable for any loss or damage "
        "arising from their use, and makes no warranty of accuracy or of fitness for any purpose.\n"
        "\n"
        "The name of the Obsidian Collective and the names of its members shall not be used to endorse or "
        "promote products built with these weights without prior written permission.\n",
        "open-non-osi",
        None,
    ),
    "share-alike weights with sources": (
        "Larch Open Weights Licence 1.0\n"
        "\n"
        "1. Freedoms. You may run Larch-7B for any purpose, study how it works, change it (including by "
        "fine-tuning, merging, pruning or quantising it), and share copies of it and of your changed "
        "versions, commercially or not.\n"
        "\n"
        "2. Share alike. When you share a changed version, you must share it under this licence, and give "
        "every recipient the same freedoms you received. You may not add terms that take any of those "
        "freedoms away.\n"
        "\n"
        "3. Sources of changes. With a changed version you must also make available, at no more than the "
        "cost of copying, what is needed to reproduce your changes: the code you used, its configuration, "
        "and a description of the data (or the data itself, where you are allowed to share it).\n"
        "\n"
        '4. Notices. Keep the copyright notice "Copyright 2025 Larch Commons" and this licence with every '
        "copy.\n"
        "\n"
        "5. No warranty. Larch-7B comes with no warranty, to the extent the law allows.\n",
        "open-non-osi",
        None,
    ),
    "public domain in plain words": (
        "Jasper-1B is given to the public domain.\n"
        "\n"
        "We, the people who made Jasper-1B, give up every copyright and related right we hold in its "
        "weights, code and documentation, everywhere in the world and for ever. Where the law does not let "
        "us give them up, we promise never to enforce them against anyone, and we grant everyone a free, "
        "unconditional and irrevocable licence to do anything at all with them.\n"
        "\n"
        "You do not need to ask us, pay us or credit us. Use it, change it, sell it, or ship it inside "
        "anything.\n"
        "\n"
        "None of this comes with a warranty: if Jasper-1B gets something wrong, that is not our "
        "responsibility.\n",
        "open-non-osi",
        None,
    ),
}
