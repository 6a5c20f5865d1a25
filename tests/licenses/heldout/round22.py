# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 22 (issue 14): twelve model licences written as whole documents (headings, defined
terms, numbered sections), the way real model licences not in the corpus are drafted: a territory
carved out in a definition, a commercial tier behind daily users and an application, a modified MIT
that makes large products display the model's name, a registration questionnaire, derivative impact
reports, a revenue figure in words, hosted copies that can be switched off, and three open texts.
Written before any rule changed.

First run (commit cd30808): 11 of 12 right, no restricted text read as open, every open text read open.
The one miss: the modified MIT read restricted, but as a user cap ("more than 100 million monthly active
users"), with the display duty itself not found; the figure only decides who must show the model's name,
so it is a branding duty (`licenses.marks`, and a rule for a quoted name shown on a product's screens). The
national-security text read restricted through its registration duty alone; the refused use ("shall not
use the Model ... for any activity that endangers national security") is now found too.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "territory in a definition": (
        "KESTREL MODEL COMMUNITY LICENSE AGREEMENT\n"
        "\n"
        "1. Definitions\n"
        "\n"
        '1.1 "Kestrel Works" means the model weights, inference code and documentation made available under\n'
        "this Agreement.\n"
        '1.2 "Territory" means the whole world, excluding the European Union, the United Kingdom and South\n'
        "Korea.\n"
        '1.3 "You" means the individual or legal entity exercising rights under this Agreement.\n'
        "\n"
        "2. License Grant\n"
        "\n"
        "Subject to the terms of this Agreement, Kestrel Ltd grants You a non-exclusive, worldwide within the\n"
        "Territory, royalty-free license to use, reproduce, modify and distribute the Kestrel Works.\n"
        "\n"
        "3. Disclaimer\n"
        "\n"
        'THE KESTREL WORKS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "restricted",
        "geographic-restriction",
    ),
    "daily users and an application": (
        "Lapwing-13B Community License\n"
        "\n"
        "Section 1. Use\n"
        "You may use Lapwing-13B for research and personal projects without further permission.\n"
        "\n"
        "Section 2. Commercial use\n"
        "Commercial use of Lapwing-13B is allowed only where all of the following hold:\n"
        "(a) the daily active users of all of your products and services together stay below 1,000,000;\n"
        "(b) you are not a provider of cloud computing or software-as-a-service platforms;\n"
        "(c) you have applied by email to licensing@lapwing.example and received written authorization.\n"
        "\n"
        "Section 3. Warranty\n"
        "Lapwing-13B is provided without any warranty.\n",
        "restricted",
        "user-threshold",
    ),
    "modified MIT with a display duty": (
        "Modified MIT License\n"
        "\n"
        "Copyright (c) 2026 Merlin AI\n"
        "\n"
        "Our only modification part is that, if the Software (or any derivative works thereof) is used in any\n"
        "of your commercial products or services that have more than 100 million monthly active users, or more\n"
        "than 20 million US dollars (or its equivalent in other currencies) in monthly revenue, you shall\n"
        'prominently display "Merlin-1" on the user interface of such product or service.\n'
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and\n"
        'associated documentation files (the "Software"), to deal in the Software without restriction,\n'
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,\n"
        "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,\n"
        "subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all copies or substantial\n"
        "portions of the Software.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT\n'
        "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN\n"
        "NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,\n"
        "WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE\n"
        "SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n",
        "restricted",
        "naming-branding",
    ),
    "registration questionnaire": (
        "Nightjar Model License\n"
        "\n"
        "1. The Nightjar weights are free for academic research.\n"
        "2. Commercial use is also free of charge, but only after you complete the registration questionnaire\n"
        "on our website and receive a confirmation from the Nightjar team.\n"
        "3. You may modify the weights and share your modifications under this license.\n",
        "restricted",
        None,
    ),
    "derivative impact report": (
        "Osprey ImpAct License - Medium Risk Artifacts\n"
        "\n"
        "Part I - Permissions. You may use, copy and modify the Osprey artifacts.\n"
        "\n"
        "Part II - Distribution. You may distribute the artifacts or any Derivative only to recipients who have\n"
        "accepted this license. Before you distribute a Derivative, you must publish a Derivative Impact Report\n"
        "that describes its intended uses, the data it was trained on and the risks you identified.\n"
        "\n"
        "Part III - Use restrictions. You may not use the artifacts for mass surveillance or to generate\n"
        "disinformation.\n",
        "restricted",
        "use-restrictions",
    ),
    "national security": (
        "PTARMIGAN VIDEO MODEL LICENSE\n"
        "\n"
        "Article 1. The Licensor grants you a free licence to use, modify and distribute the Model.\n"
        "Article 2. You shall not use the Model or its outputs for any activity that endangers national\n"
        "security or national unity, incites subversion, or harms the legitimate rights of others.\n"
        "Article 3. Any commercial use requires prior registration with the Licensor.\n",
        "restricted",
        None,
    ),
    "revenue in words": (
        "Quail Community Licence\n"
        "\n"
        "Who can use Quail for free: individuals, researchers, and organisations whose total yearly revenue is\n"
        "under one million U.S. dollars. Once you or your affiliates earn more than that, the free licence no\n"
        "longer covers you and you will need an Enterprise Licence from Quail Inc.\n"
        "\n"
        "Within the free licence you may use, fine-tune and share Quail and the models you make from it.\n",
        "restricted",
        "revenue-threshold",
    ),
    "hosted copies switched off": (
        "Redstart Model Licence v1\n"
        "\n"
        "§1 You may use, copy, modify and redistribute the Redstart model.\n"
        "§2 The Provider may disable or restrict your installation of the model remotely if it believes you\n"
        "have breached this Licence.\n",
        "restricted",
        "remote-control",
    ),
    "terms revised at will": (
        "Siskin Model Terms\n"
        "\n"
        "1. Grant. You may use, modify and share the Siskin model for any lawful purpose.\n"
        "2. Changes. We may revise these Terms at any time by posting a new version on our website. Your\n"
        "continued use of Siskin after a revision means you accept the revised Terms.\n",
        "restricted",
        "unilateral-change",
    ),
    "apache header": (
        "Copyright 2026 The Turnstone Authors.\n"
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
    "plain open model licence": (
        "Upupa Open Model Licence\n"
        "\n"
        "## What you can do\n"
        "- Use the model, its weights and its code for anything, commercial or not.\n"
        "- Change it, fine-tune it, merge it with other models.\n"
        "- Share the original or your changed versions, for free or for money.\n"
        "\n"
        "## What you must do\n"
        "- Keep this licence and the copyright line with every copy you share.\n"
        "\n"
        "## What we do not promise\n"
        "- The model comes with no warranty, and we are not liable for what you do with it.\n",
        "open-non-osi",
        None,
    ),
    "weights stay open": (
        "Vireo Copyleft Model License\n"
        "\n"
        "1. You may use, study, modify and redistribute Vireo for any purpose.\n"
        "2. If you distribute a model derived from Vireo, you must release its weights under this same\n"
        "license, together with a description of the changes you made.\n"
        "3. Vireo is provided without warranty of any kind.\n",
        "open-non-osi",
        None,
    ),
}
