# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 28 (issue 14): twelve model licences, nine restricted and three open, in the shapes of
real-world model licences (a big-tech community licence, a model family's terms of use, a lab's research
licence, a startup's open model licence, a hardware vendor's licence, an academic licence with paid
registration, a responsible AI licence, a licence with a foreign-currency revenue cap, a time-limited
preview licence, a non-profit's weights licence, the Apache short header, a permissive licence with
trademark and export clauses), written fresh with invented details. Written blind, before any rule changed.

- "date-anchored monthly users": a community licence whose rights are "not available" to a licensee whose
  products had more than 600 million monthly active users in March 2025, the month of release, with an
  acceptable use policy incorporated by URL (a user threshold; the policy by reference also blocks).
- "terms of use with remote restriction": a model family's terms of use with a list of prohibited uses
  and a licensing service through which the licensor may "limit, suspend or switch off" use of copies on
  the licensee's own infrastructure (remote control).
- "non-production evaluation only": a lab's research licence granting use "solely for research,
  benchmarking and evaluation purposes in a non-production setting", without the word "non-commercial"
  (research-only).
- "outputs not for other llms": an Apache-shaped open model licence (copyright and patent grants, patent
  retaliation, notices) whose outputs clause bars using Outputs to improve any large language model other
  than the Model or a Derivative (an output-training ban).
- "only on the vendor's accelerators": a hardware vendor's licence that applies only to use on devices
  whose inference runs on its NPU and bars porting to another vendor's CPU, GPU or accelerator (a platform
  tie).
- "commercial use after paid registration": an academic licence granting use "for any purpose, including
  commercial purposes", free for individuals, students and non-profits, but not extending to commercial use
  until the user registers and pays an annual fee. Commercial use is granted by this very licence against
  payment, not forbidden, so the limit is the fee, not a non-commercial clause (restricted, fee-required).
- "responsible ai restrictions passed on": a RAIL-shaped licence whose use restrictions every downstream
  licence must contain and must require its own licensees to pass on in turn (a flow-down of
  restrictions).
- "revenue cap in australian dollars": an any-purpose grant "not available to" an organisation whose gross
  revenue exceeded AUD 40 million in its most recent financial year ending 30 June (a revenue threshold).
- "grant ends on a fixed date": a preview licence for any purpose that ends on 31 December 2026 unless
  renewed in writing, after which every copy must be deleted (a time limit).
- "non-profit weights with a citation request": a non-profit's MIT-shaped weights licence whose citation
  clause is expressly a request, not a condition (open).
- "apache header by reference": only the short notice the Apache License 2.0 itself prescribes for
  applying it ("Licensed under the Apache License, Version 2.0 ... You may obtain a copy of the License at
  ..."), with a copyright line. It names an OSI-approved licence exactly, by name and version, points to
  its canonical text and adds or removes nothing; "you may not use this file except in compliance with the
  License" only restates that the Apache terms govern. The terms are Apache 2.0 unchanged, so osi-open,
  not unknown: the grant is readable, by reference.
- "trademark and export reminder": a permissive any-purpose licence with a clause that grants no rights
  in the licensor's marks beyond truthful reference to origin, and a reminder that export-control and
  sanctions laws apply (open: neither narrows the grant; the export clause restates the law and names no
  territory).

First run (before any rule changed): 6 of 12 right (the date-anchored user cap, with the policy by URL;
the non-production research licence; the outputs ban, though its clause was also read as personal-use-only;
the AUD revenue cap, also read as a use restriction; the Apache header, read as osi-open; the trademark and
export reminder). Two restricted texts read unknown: the terms of use (unclassified "You must not use a
Model, or allow it to be used:" and "your recipients are bound by them"; the limit is in "Zambezi may,
through that service and without prior notice, limit, suspend or switch off your use of any Model,
including copies running on your own infrastructure"), and the hardware licence ("The licence in Section 1
applies only to the use of the Models on ... devices and servers whose inference is performed by a Vinson
Neural Processing Unit"; "You may not run, port or convert the Models ... for execution on a CPU, GPU or
accelerator from another vendor", both unclassified). One restricted text read open: the preview licence
("ends at 23:59 CET on 31 December 2026 ... unless ... [the parties] agree in writing to renew it"; "you
must stop using the weights ... and delete every copy"). Two read restricted with the wrong clause: the
paid registration as a notification duty only ("must first register that use ... and pay the annual
registration fee"; "does not extend to commercial use until registration is complete and the fee is
paid"), and the RAIL as use restrictions only ("Every Downstream Licence must set out the restrictions of
Section III ... and must require its licensee to put the same restrictions into any Downstream Licence of
its own"). One open text read unknown, not recognised: the non-profit licence ("The Tamar Foundation gives
everyone permission, free of charge, to use, copy, study, modify ... for any purpose"). No expectation was
changed.

What changed (general rules, near misses in `test_near_misses.py`): the licensor may limit, suspend or
switch off your use through a service, without notice or at will (remote control; not a licensee
limiting its own deployment, which also vetoes an older rule that read it so); a heading refusal with its
verb ("You must not use a Model, or allow it to be used:") introduces a list of refused fields; a licence
that applies only to use on a vendor's processors, and porting to another vendor's hardware refused, tie
it to a platform; a fee owed after another step ("and pay the annual registration fee") and use that
waits until a fee is paid; every downstream licence that must set out the restrictions, or the same
restrictions put into any downstream licence, flow down; a licence that ends on a calendar date; "gives
everyone permission, free of charge, to use" grants. Two extra types went: a refusal to let others use
the outputs "to train" is that purpose's clause, not personal use; a licence "not available to an
organisation whose gross revenue" exceeds a figure is a revenue cap, not also a use restriction.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "date-anchored monthly users": (
        "Denali 4 Community License Agreement\n"
        "Release date of this version: 31 March 2025\n"
        "\n"
        'In this Agreement, "Denali Platforms" means Denali Platforms, Inc.; "Materials" means the Denali 4 '
        "model weights, inference code, fine-tuning code and documentation that Denali Platforms makes "
        'available under this Agreement; and "you" means the person or entity that accepts it.\n'
        "\n"
        "1. Licence. Denali Platforms grants you a worldwide, non-exclusive, non-transferable, royalty-free "
        "licence under its intellectual property in the Materials to run, copy, adapt, fine-tune and "
        "redistribute the Materials and works based on them, and to offer them within your own products and "
        "services.\n"
        "\n"
        "2. Redistribution. If you share the Materials or a work based on them, you must pass on a copy of "
        'this Agreement and keep the notice "Denali 4 is made available under the Denali 4 Community '
        'License, Copyright (c) Denali Platforms, Inc.".\n'
        "\n"
        "3. Scale condition. The rights in Section 1 are not available to you if the products and services "
        "offered by you and your affiliates, taken together, had more than 600 million monthly active users "
        "in March 2025, the calendar month in which Denali 4 was released. A licensee above that figure may "
        "use the Materials only under a separate written licence from Denali Platforms, which Denali "
        "Platforms may grant or withhold as it sees fit.\n"
        "\n"
        "4. Acceptable use. Your use of the Materials must comply with applicable law and with the Denali "
        "Acceptable Use Policy (https://denaliplatforms.ai/legal/denali-4/aup), which is incorporated into "
        "this Agreement.\n"
        "\n"
        '5. Disclaimer. Unless required by applicable law, the Materials are provided "as is", without '
        "warranties of any kind, and Denali Platforms is not liable for any indirect, incidental or "
        "consequential damages.\n"
        "\n"
        "6. Term and termination. This Agreement continues until terminated. Denali Platforms may terminate "
        "it if you breach it; on termination you must stop using the Materials and delete them.\n",
        "restricted",
        "user-threshold",
    ),
    "terms of use with remote restriction": (
        "Zambezi Model Family: Terms of Use\n"
        "Last updated: 2 June 2025\n"
        "\n"
        "These Terms govern the Zambezi family of models (Zambezi-Mini, Zambezi-Pro and Zambezi-Vision), "
        'their weights and any tools published with them (the "Models"). By downloading or using a Model you '
        "accept these Terms.\n"
        "\n"
        '1. Your licence. Zambezi AI Ltd ("Zambezi") grants you a non-exclusive, worldwide, royalty-free, '
        "revocable licence to download, run, fine-tune and deploy the Models, and to build commercial "
        "products and services with them, subject to these Terms.\n"
        "\n"
        "2. Prohibited uses. You must not use a Model, or allow it to be used:\n"
        "  (a) to develop or operate weapons, or to plan attacks on critical infrastructure;\n"
        "  (b) to produce material that sexualises minors;\n"
        "  (c) to run automated campaigns of political persuasion or election interference;\n"
        "  (d) to make decisions about credit, employment or housing without human review;\n"
        "  (e) in breach of any law on privacy, consumer protection or discrimination.\n"
        "\n"
        "3. Usage controls. The Models contact Zambezi's licensing service when they start and periodically "
        "while they run. Zambezi may, through that service and without prior notice, limit, suspend or "
        "switch off your use of any Model, including copies running on your own infrastructure, where it "
        "suspects a breach of Section 2 or otherwise considers it appropriate.\n"
        "\n"
        "4. Sharing. You may distribute fine-tuned versions of the Models only together with these Terms, "
        "and your recipients are bound by them.\n"
        "\n"
        "5. No warranty. The Models are provided as is and as available.\n",
        "restricted",
        "remote-control",
    ),
    "non-production evaluation only": (
        "Makalu Research Licence\n"
        "\n"
        "Copyright (c) 2025 Makalu Intelligence Corp. All rights reserved.\n"
        "\n"
        "1. Scope. This licence covers the Makalu-R1 weights, the inference code and the model card "
        '(together, the "Model").\n'
        "\n"
        "2. Permitted use. Makalu Intelligence Corp. grants you a limited, non-exclusive, non-transferable, "
        "royalty-free licence to download, run, modify and evaluate the Model solely for research, "
        "benchmarking and evaluation purposes in a non-production setting. You may publish the results of "
        "that work, including benchmark scores and papers.\n"
        "\n"
        "3. Not permitted. You may not use the Model or any modification of it in production, meaning in any "
        "system that serves end users, processes live customer data or supports a business operation, "
        "whether or not you charge for it.\n"
        "\n"
        "4. Sharing. You may share the Model or your modifications only with other people for the purposes "
        "in section 2, and only under this licence.\n"
        "\n"
        "5. Feedback. If you give Makalu Intelligence Corp. feedback, it may use it without obligation to "
        "you.\n"
        "\n"
        '6. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "research-only",
        "research-only",
    ),
    "outputs not for other llms": (
        "Loire Open Model Licence, Version 1.0\n"
        "\n"
        '1. Definitions. "Licensor" means Loire Labs SAS. "Model" means the Loire-8B weights and the code '
        'published with them. "Derivative" means any work based on the Model, including fine-tuned, '
        'quantised or merged weights. "Output" means anything the Model or a Derivative generates.\n'
        "\n"
        "2. Copyright licence. The Licensor grants you a perpetual, worldwide, non-exclusive, royalty-free "
        "and irrevocable licence, under its copyright, to copy, modify, publicly show, sublicense and "
        "distribute the Model and Derivatives, for any purpose.\n"
        "\n"
        "3. Patent licence. The Licensor also grants you a licence under those of its patents that the Model "
        "necessarily practises, to make, use, sell and import the Model and Derivatives. If you bring patent "
        "litigation claiming that the Model infringes a patent, this patent licence ends for you on the date "
        "the litigation is filed.\n"
        "\n"
        "4. Redistribution. When you distribute the Model or a Derivative you must give recipients a copy of "
        "this licence, keep the copyright and attribution notices, and mark the files you changed.\n"
        "\n"
        "5. Outputs. The Licensor claims no ownership of Outputs. However, you may not use Outputs, and may "
        "not allow anyone else to use them, to train, fine-tune or otherwise improve a large language model "
        "other than the Model or a Derivative.\n"
        "\n"
        "6. Trademarks. This licence grants no right to use the Licensor's names or logos, except to "
        "describe where the Model came from.\n"
        "\n"
        "7. No warranty; limitation of liability. Unless required by law, the Model is provided as is, "
        "without warranties or conditions of any kind, and the Licensor is not liable for damages arising "
        "from this licence or from the use of the Model.\n",
        "restricted",
        "output-training-ban",
    ),
    "only on the vendor's accelerators": (
        "Vinson Edge Model Licence Agreement\n"
        "\n"
        'This Agreement is between Vinson Semiconductor Corporation ("Vinson") and you. It covers the '
        'Vinson-Edge vision and speech models, in source, weight and compiled form (the "Models").\n'
        "\n"
        "1. Licence. Vinson grants you a non-exclusive, worldwide, royalty-free licence to use, reproduce, "
        "modify, compile and distribute the Models and your modifications of them, including as part of "
        "products you sell.\n"
        "\n"
        "2. Authorised hardware. The licence in Section 1 applies only to the use of the Models on, and their "
        "distribution for use on, devices and servers whose inference is performed by a Vinson Neural "
        'Processing Unit ("Vinson NPU"). You may not run, port or convert the Models or any modification of '
        "them for execution on a CPU, GPU or accelerator from another vendor, and you may not help anyone "
        "else do so.\n"
        "\n"
        "3. Notices. Keep Vinson's copyright notices and this Agreement with every copy.\n"
        "\n"
        "4. Support. Vinson has no duty to provide support or updates.\n"
        "\n"
        '5. Disclaimer. The Models are provided "AS IS". Vinson disclaims all warranties, express or '
        "implied.\n",
        "restricted",
        "platform-tie",
    ),
    "commercial use after paid registration": (
        "AIT-Segment Licence\n"
        "Aconcagua Institute of Technology, Computer Vision Group\n"
        "\n"
        '1. Grant. Subject to the conditions below, the Aconcagua Institute of Technology ("the Institute") '
        "grants you a worldwide, non-exclusive licence to use, copy, modify and distribute the AIT-Segment "
        'model weights and code (the "Software") for any purpose, including commercial purposes.\n'
        "\n"
        "2. Free use. Individuals, students, academic institutions and registered non-profit organisations "
        "may exercise the licence in section 1 free of charge.\n"
        "\n"
        "3. Commercial registration. Any other person or organisation, and anyone using the Software in a "
        "product, service or internal business process carried on for profit, must first register that use "
        "with the Institute's Technology Transfer Office and pay the annual registration fee listed at "
        "https://tto.aconcagua-tech.edu/fees (currently USD 4,000 per organisation). The licence in section "
        "1 does not extend to commercial use until registration is complete and the fee is paid, and it "
        "lapses for that use if the annual fee is not renewed.\n"
        "\n"
        "4. Citation. Publications that use the Software must cite the AIT-Segment paper.\n"
        "\n"
        "5. Warranty. The Software is provided as is, without warranty of any kind. The Institute accepts no "
        "liability for its use.\n",
        "restricted",
        "fee-required",
    ),
    "responsible ai restrictions passed on": (
        "Elbrus Responsible AI Licence (Elbrus-RAIL) v1.1\n"
        "\n"
        "Section I. Definitions\n"
        '"Licensor" means Elbrus Vision Labs LLP. "Model" means the Elbrus-Video generative model weights '
        'and code. "Derivative" means any modification of the Model, and any model trained on its weights '
        'or on data it generated in order to reproduce its behaviour. "Downstream Licence" means any licence, '
        "terms of service, end-user agreement or other terms under which you make the Model or a Derivative "
        "available to anyone, as files or through an interface.\n"
        "\n"
        "Section II. Grant\n"
        "The Licensor grants you a worldwide, royalty-free, non-exclusive, irrevocable licence to use, "
        "reproduce, modify, sublicense and distribute the Model and Derivatives, subject to Sections III and "
        "IV.\n"
        "\n"
        "Section III. Use restrictions\n"
        "Neither you nor anyone who obtains the Model or a Derivative from you may use it:\n"
        "1. to create video of a real person saying or doing something they did not say or do, without that "
        "person's consent;\n"
        "2. to generate content intended to incite violence against a group of people;\n"
        "3. to conduct surveillance of identifiable individuals in public places;\n"
        "4. to present generated content as authentic footage without disclosing that it was generated.\n"
        "\n"
        "Section IV. Carrying the restrictions forward\n"
        "Every Downstream Licence must set out the restrictions of Section III, word for word or in "
        "substance, as enforceable terms, and must require its licensee to put the same restrictions into "
        "any Downstream Licence of its own. You must not grant rights to the Model or a Derivative under "
        "terms that omit them.\n"
        "\n"
        "Section V. Disclaimer\n"
        "The Model is provided as is. The Licensor is not liable for any use made of it.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "revenue cap in australian dollars": (
        "Yarra-Coder Licence\n"
        "\n"
        '1. Licence. Yarra Labs Pty Ltd ("Yarra Labs") grants you a perpetual, worldwide, non-exclusive, '
        "royalty-free licence to use, copy, modify and distribute the Yarra-Coder 15B weights and code (the "
        '"Model") and derivatives of them, for any purpose, including commercial use, subject to clause 2.\n'
        "\n"
        "2. Large organisations. This licence is not available to an organisation whose gross revenue, "
        "together with that of its related bodies corporate, was more than AUD 40 million in its most recent "
        "financial year (for Australian entities, the year ending 30 June; for others, their last completed "
        "fiscal year). Such an organisation must obtain a commercial licence from Yarra Labs before using the "
        "Model, on terms Yarra Labs sets.\n"
        "\n"
        "3. Attribution. Distributions of the Model or a derivative must include this licence and the notice "
        '"Yarra-Coder, Copyright 2025 Yarra Labs Pty Ltd".\n'
        "\n"
        "4. Disclaimer. To the maximum extent permitted by law, including the Australian Consumer Law, the "
        "Model is provided without warranties and Yarra Labs is not liable for any loss arising from its "
        "use.\n",
        "restricted",
        "revenue-threshold",
    ),
    "grant ends on a fixed date": (
        "Elbe-Reason Preview Licence\n"
        "\n"
        "1. Grant. Elbe Systems GmbH grants you a non-exclusive, worldwide, royalty-free licence to use, "
        "copy, modify and distribute the Elbe-Reason weights and derivatives of them, for any purpose, "
        "including in commercial products.\n"
        "\n"
        "2. Term. The licence in section 1 begins when you first download the weights and ends at 23:59 CET "
        'on 31 December 2026 (the "End Date"), unless, before the End Date, Elbe Systems GmbH and you agree '
        "in writing to renew it. Elbe Systems GmbH is not obliged to offer a renewal.\n"
        "\n"
        "3. After the End Date. If the licence is not renewed, you must stop using the weights and any "
        "derivatives and delete every copy in your possession or control, and copies you distributed before "
        "the End Date may no longer be used under this licence.\n"
        "\n"
        "4. Notices. Include this licence with every copy you distribute.\n"
        "\n"
        "5. Warranty. The weights are provided as is, without warranty.\n",
        "restricted",
        "time-limit",
    ),
    "non-profit weights with a citation request": (
        "Tamar Open Weights Licence\n"
        "\n"
        "Copyright 2025 The Tamar Foundation for Open Language Research, a non-profit organisation.\n"
        "\n"
        "1. Permission. The Tamar Foundation gives everyone permission, free of charge, to use, copy, study, "
        "modify, fine-tune, merge, publish, distribute, sublicense and sell copies of the Tamar-2 weights and "
        "of any weights or software derived from them, for any purpose, commercial or non-commercial.\n"
        "\n"
        "2. Condition. Copies of the weights, and of substantial portions of them, must include the "
        "copyright notice above and this licence.\n"
        "\n"
        "3. Citation (a request). If you publish research, a model card or a product description that relies "
        "on Tamar-2, we would appreciate a citation of the Tamar-2 technical report. This is a request only; "
        "not citing it does not affect your rights under this licence.\n"
        "\n"
        "4. No warranty. The weights are provided as is, without warranty of any kind. The Tamar Foundation "
        "is not liable for any claim or damage arising from them or from their use.\n",
        "open-non-osi",
        None,
    ),
    "apache header by reference": (
        "Orinoco-Embed v2: model weights and inference code\n"
        "\n"
        "Copyright 2025 Orinoco Research Collective\n"
        "\n"
        'Licensed under the Apache License, Version 2.0 (the "License");\n'
        "you may not use this file except in compliance with the License.\n"
        "You may obtain a copy of the License at\n"
        "\n"
        "    http://www.apache.org/licenses/LICENSE-2.0\n"
        "\n"
        "Unless required by applicable law or agreed to in writing, software\n"
        'distributed under the License is distributed on an "AS IS" BASIS,\n'
        "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "See the License for the specific language governing permissions and\n"
        "limitations under the License.\n",
        "osi-open",
        None,
    ),
    "trademark and export reminder": (
        "Mekong-VLA Model Licence\n"
        "\n"
        "Copyright (c) 2025 Mekong Robotics Co., Ltd.\n"
        "\n"
        '1. Grant. Mekong Robotics Co., Ltd. ("Mekong") grants you a perpetual, worldwide, non-exclusive, '
        "royalty-free, irrevocable licence to use, reproduce, modify, distribute, sublicense and sell the "
        'Mekong-VLA weights, code and documentation (the "Model") and works derived from them, for any '
        "purpose.\n"
        "\n"
        "2. Notice. Keep this licence and the copyright line above in copies of the Model and in substantial "
        "portions of it.\n"
        "\n"
        "3. Trademarks. This licence grants no rights in the Mekong name, the Mekong-VLA name or Mekong's "
        "logos. You may refer to the Model by name to say truthfully where your work comes from, but you may "
        'not name a derivative "Mekong" or suggest that Mekong endorses it without written permission.\n'
        "\n"
        "4. Export control. The Model may be subject to export control and sanctions laws, including those "
        "of the country from which you download it. You are responsible for complying with the laws that "
        "apply to you when you export, re-export or transfer the Model.\n"
        "\n"
        "5. Disclaimer. The Model is provided as is, without warranty of any kind. Mekong is not liable for "
        "any damages arising from its use.\n",
        "open-non-osi",
        None,
    ),
}
