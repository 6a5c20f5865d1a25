# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 26 (issue 14): ten model licences, seven restricted and three open, in drafting styles
the earlier rounds used little (two non-English licences, a long boilerplate agreement, a table, a policy
by URL, duties on outputs and downstream users). Written blind, before any rule changed.

- "simplified chinese agreement": a 许可协议 whose grant is "仅限于个人学习、学术研究等非商业用途" and
  whose 禁止事项 bar any 商业用途 without written consent (non-commercial).
- "german territory clause": a German Lizenzvertrag granting commercial rights "ausschließlich für das
  Gebiet der Mitgliedstaaten der Europäischen Union" (a geographic restriction).
- "french free licence": a French licence d'utilisation granting use, study, modification and sale "à
  toutes fins, y compris commerciales", with an attribution condition only (open).
- "notice buried in representations": a 30-line Apache-like agreement whose single limit, in its
  "Representations and Compliance" section, is a duty to notify the licensor before first distribution
  or production use (a notification duty).
- "downstream users bound": a grant for any purpose whose one condition makes every recipient and every
  user of a service agree to terms forbidding listed uses (a flow-down of use restrictions).
- "policy by url in one sentence": an MIT-like grant "subject to the policies at https://..." (a use
  policy by reference).
- "restrictive-sounding words": an open licence from a self-described research institute that says
  "non-exclusive", "commercial or non-commercial", "the only restriction", "You may not sue ... except",
  and "no warranty for commercial use" (open).
- "zlib verbatim": the Zlib licence with its copyright line filled in, whose conditions are headed "the
  following restrictions" (osi-open).
- "table with a user cap": a binding table whose row "Max. monthly active users ... | 50,000" caps use
  (a user threshold).
- "watermark on every output": a permissive image-model licence that obliges every published output to
  carry "Made with Dragonfly-XL" and the logo (a branding duty).

First run (before any rule changed): 2 of 10 right (the Zlib licence, the watermark). Two restricted texts
read as open: the buried representation "before You first Distribute the Model or any Derivative or put
either into production use, You will notify Licensor in writing ... and ... no rights under Section 2
extend to any such Distribution or production use until that notice has been given", and the grant
"subject to the policies at https://mayfly.systems/policies". The Chinese grant "但仅限于个人学习、学术研究等
非商业用途" read research-only (with non-commercial also found), though "等非商业用途" makes the list examples
of non-commercial use. The German "ausschließlich für das Gebiet der Mitgliedstaaten der Europäischen Union
eingeräumt" and the open French "à toutes fins, y compris commerciales" read unknown (German and French are
not read). The table row "| Max. monthly active users, across all your products | 50,000 |" read unknown.
The open Firefly licence read unknown on "This is the only restriction on the rights in section 1." The
downstream text read restricted, but as a use restriction only, without the flow-down ("Anyone who receives
... must first have agreed to terms that forbid them ..."; "You must write those terms into your own
licence or user agreement"). No expectation was changed.

What changed (general rules, near misses in `test_near_misses.py`): research named as an example of
non-commercial use in Chinese ("学术研究等非商业用途") is not research-only; the notice owed before a release
is read over a longer span, and a "notice" word vetoes it only as a copyright, licence or change notice
(not "until that notice has been given"), never a notice to end users; whoever receives it or uses it
through a service must first agree to terms that forbid some uses, and those terms copied into your own
licence or user agreement, flow down; a grant "subject to the policies at https://..." takes in a policy
by reference (not a licence's own address, nor a privacy policy); a table row or field that caps users or
deployments at a figure is a user cap; "This is the only restriction on ..." describes the limits and adds
none. The German and French texts read `unknown` and name their language: opengauge reads licence texts
in English and Chinese only (`KNOWN_LIMITS`, expected failures).
"""

from __future__ import annotations

#: Texts opengauge does not read by design (it reads licence texts in English and Chinese): each reads
#: `unknown`, saying which language it is written in, never a verdict (expected failures, strict).
KNOWN_LIMITS = {
    "german territory clause": "written in German, which opengauge does not read (it says so: unknown)",
    "french free licence": "written in French, which opengauge does not read (it says so: unknown)",
}

CASES: dict[str, tuple[str, str, str | None]] = {
    "simplified chinese agreement": (
        "鲟鱼-7B 模型许可协议\n"
        "\n"
        "第一条 定义\n"
        "“模型”指鲟鱼智能科技有限公司（“许可方”）发布的鲟鱼-7B 模型权重、代码及相关文档。\n"
        "\n"
        "第二条 授权\n"
        "许可方特此授予您一项全球范围内、非独占、免费的许可，允许您使用、复制、修改和分发本模型及其衍生模型，"
        "但仅限于个人学习、学术研究等非商业用途。\n"
        "\n"
        "第三条 禁止事项\n"
        "未经许可方事先书面授权，禁止将本模型或其任何衍生模型用于商业用途，包括但不限于：提供付费服务、"
        "嵌入对外销售的产品，或为营利性组织的经营活动提供支持。\n"
        "\n"
        "第四条 免责声明\n"
        "本模型按“现状”提供，许可方不作任何明示或默示的保证，亦不对因使用本模型而产生的任何损失承担责任。\n",
        "non-commercial",
        "non-commercial",
    ),
    "german territory clause": (
        "Lizenzvertrag für das Modell „Barsch-13B“\n"
        "\n"
        "§ 1 Lizenzgegenstand\n"
        "Gegenstand dieser Lizenz sind die Gewichte, der Tokenizer und der Quellcode des Modells Barsch-13B "
        "der Barsch KI GmbH („Lizenzgeberin“).\n"
        "\n"
        "§ 2 Nutzungsrechte\n"
        "Die Lizenzgeberin räumt Ihnen das einfache, unentgeltliche und zeitlich unbefristete Recht ein, das "
        "Modell zu nutzen, zu vervielfältigen, zu bearbeiten und zu verbreiten, auch für gewerbliche Zwecke.\n"
        "\n"
        "§ 3 Räumlicher Geltungsbereich\n"
        "Die Rechte nach § 2 werden ausschließlich für das Gebiet der Mitgliedstaaten der Europäischen Union "
        "eingeräumt. Jede Nutzung oder Verbreitung des Modells oder einer Bearbeitung außerhalb dieses Gebiets "
        "ist untersagt.\n"
        "\n"
        "§ 4 Gewährleistung und Haftung\n"
        "Das Modell wird ohne Gewähr überlassen. Die Haftung der Lizenzgeberin ist auf Vorsatz und grobe "
        "Fahrlässigkeit beschränkt.\n",
        "restricted",
        "geographic-restriction",
    ),
    "french free licence": (
        "Licence d'utilisation du modèle Rouget-3B\n"
        "\n"
        "Article 1 – Objet\n"
        "La société Rouget IA (« le Concédant ») met à disposition les poids et le code du modèle Rouget-3B "
        "(« le Modèle »).\n"
        "\n"
        "Article 2 – Droits concédés\n"
        "Le Concédant accorde à toute personne obtenant une copie du Modèle, à titre gratuit et pour le monde "
        "entier, le droit non exclusif d'utiliser, d'étudier, de reproduire, de modifier, de fusionner, de "
        "publier, de distribuer et de vendre le Modèle et ses versions modifiées, à toutes fins, y compris "
        "commerciales.\n"
        "\n"
        "Article 3 – Condition\n"
        "Toute copie du Modèle ou d'une version modifiée que vous distribuez doit être accompagnée du texte de "
        "la présente licence et de la mention « Rouget-3B © Rouget IA ».\n"
        "\n"
        "Article 4 – Absence de garantie\n"
        "Le Modèle est fourni « en l'état », sans garantie d'aucune sorte. Le Concédant ne saurait être tenu "
        "responsable d'aucun dommage résultant de son utilisation.\n",
        "open-non-osi",
        None,
    ),
    "notice buried in representations": (
        "LANTERNFISH MODEL LICENSE AGREEMENT\n"
        "Version 1.0\n"
        "\n"
        'This Lanternfish Model License Agreement (the "Agreement") is entered into between Lanternfish '
        'Technologies Pte. Ltd. ("Licensor") and the person or entity exercising the rights granted below '
        '("You").\n'
        "\n"
        "1. DEFINITIONS\n"
        '1.1 "Model" means the Lanternfish-34B weights, configuration files, tokenizer and inference code made '
        "available by Licensor.\n"
        '1.2 "Derivative" means any modification of the Model, any model fine-tuned from it, and any model '
        "whose weights are derived in whole or in part from it.\n"
        '1.3 "Distribute" means to make available to any third party by any means, including by download or '
        "through an application programming interface.\n"
        "2. GRANT OF COPYRIGHT LICENSE\n"
        "2.1 Subject to the terms of this Agreement, Licensor grants You a perpetual, worldwide, non-exclusive, "
        "no-charge, royalty-free copyright license to use, reproduce, prepare Derivatives of, publicly display, "
        "publicly perform, sublicense and Distribute the Model and Derivatives, for any purpose.\n"
        "3. GRANT OF PATENT LICENSE\n"
        "3.1 Licensor grants You a perpetual, worldwide, non-exclusive, no-charge, royalty-free patent license "
        "to make, have made, use, offer to sell, sell and import the Model, under those patent claims "
        "licensable by Licensor that are necessarily infringed by the Model.\n"
        "4. REDISTRIBUTION\n"
        "4.1 You must give any recipient of the Model or a Derivative a copy of this Agreement.\n"
        "4.2 You must cause any modified files to carry prominent notices stating that You changed them.\n"
        "5. REPRESENTATIONS AND COMPLIANCE\n"
        "5.1 You represent that You have full power and authority to enter into this Agreement.\n"
        "5.2 You will comply with all laws applicable to Your use of the Model.\n"
        "5.3 You represent and warrant that, before You first Distribute the Model or any Derivative or put "
        "either into production use, You will notify Licensor in writing at licensing@lanternfish.example of "
        "Your legal name, Your country and the intended deployment, and You agree that no rights under Section "
        "2 extend to any such Distribution or production use until that notice has been given.\n"
        "5.4 You are responsible for any content You generate with the Model.\n"
        "6. TRADEMARKS\n"
        "6.1 This Agreement does not grant permission to use Licensor's trade names or marks, except as "
        "required for reasonable and customary use in describing the origin of the Model.\n"
        "7. DISCLAIMER OF WARRANTY\n"
        '7.1 THE MODEL IS PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, EITHER '
        "EXPRESS OR IMPLIED, INCLUDING ANY WARRANTIES OF TITLE, NON-INFRINGEMENT, MERCHANTABILITY OR FITNESS "
        "FOR A PARTICULAR PURPOSE.\n"
        "8. LIMITATION OF LIABILITY\n"
        "8.1 IN NO EVENT SHALL LICENSOR BE LIABLE TO YOU FOR ANY DAMAGES, INCLUDING ANY DIRECT, INDIRECT, "
        "SPECIAL, INCIDENTAL OR CONSEQUENTIAL DAMAGES, ARISING OUT OF THIS AGREEMENT OR THE USE OF THE MODEL.\n"
        "9. GENERAL\n"
        "9.1 This Agreement is governed by the laws of Singapore.\n"
        "9.2 If any provision of this Agreement is held unenforceable, the remaining provisions remain in "
        "effect.\n"
        "9.3 This Agreement is the entire agreement between the parties concerning the Model.\n",
        "restricted",
        "notification-duty",
    ),
    "downstream users bound": (
        "Caddisfly-2 Community License\n"
        "\n"
        "1. Caddisfly Collective grants you a worldwide, royalty-free licence to use, copy, modify and "
        "distribute Caddisfly-2 and models derived from it, for any purpose, and to offer them to others as a "
        "service.\n"
        "\n"
        "2. Anyone who receives Caddisfly-2 or a derived model from you, and anyone who uses one through a "
        "service you run, must first have agreed to terms that forbid them to use it to produce election "
        "disinformation, sexual content involving minors, or instructions for making weapons. You must write "
        "those terms into your own licence or user agreement and suspend any user who breaks them.\n"
        "\n"
        "3. Caddisfly-2 is provided without warranty of any kind.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "policy by url in one sentence": (
        "Mayfly-1.5B License\n"
        "\n"
        "Copyright 2025 Mayfly Systems, Inc.\n"
        "\n"
        "Permission is granted, free of charge, to any person obtaining the Mayfly-1.5B weights to use, copy, "
        "modify, merge, publish and distribute them, and to sell products that include them, subject to the "
        "policies at https://mayfly.systems/policies.\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all copies.\n"
        "\n"
        'THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n',
        "restricted",
        "use-policy-by-reference",
    ),
    "restrictive-sounding words": (
        "Firefly-8B Weights License\n"
        "\n"
        "Firefly Research is a non-profit research institute that studies small language models. We release "
        'the Firefly-8B weights and tokenizer (the "Weights") on the terms below.\n'
        "\n"
        "1. Grant. Firefly Research grants you a non-exclusive, worldwide, royalty-free, irrevocable license "
        "to use, study, copy, modify, distribute and sell the Weights and any derivative of them, for "
        "commercial or non-commercial purposes alike.\n"
        "2. The one condition. If you distribute the Weights or a derivative, include a copy of this license. "
        "This is the only restriction on the rights in section 1.\n"
        "3. Patents. You may not sue a contributor claiming that the Weights infringe a patent, except as a "
        "defence or counterclaim in a suit that contributor brought against you first; if you do, your "
        "license under section 1 ends on the day the suit is filed.\n"
        "4. No warranty. Firefly Research gives no warranty for commercial use, for research use or for any "
        "other use. The Weights may produce wrong or harmful output.\n",
        "open-non-osi",
        None,
    ),
    "zlib verbatim": (
        "Weevil-1B inference library and weights\n"
        "\n"
        "Copyright (c) 2025 Weevil Works\n"
        "\n"
        "This software is provided 'as-is', without any express or implied\n"
        "warranty. In no event will the authors be held liable for any damages\n"
        "arising from the use of this software.\n"
        "\n"
        "Permission is granted to anyone to use this software for any purpose,\n"
        "including commercial applications, and to alter it and redistribute it\n"
        "freely, subject to the following restrictions:\n"
        "\n"
        "1. The origin of this software must not be misrepresented; you must not\n"
        "   claim that you wrote the original software. If you use this software\n"
        "   in a product, an acknowledgment in the product documentation would be\n"
        "   appreciated but is not required.\n"
        "2. Altered source versions must be plainly marked as such, and must not be\n"
        "   misrepresented as being the original software.\n"
        "3. This notice may not be removed or altered from any source distribution.\n",
        "osi-open",
        None,
    ),
    "table with a user cap": (
        "# Cicada-4B licence terms (binding)\n"
        "\n"
        "Cicada Audio Ltd licenses the Cicada-4B speech model to you on the terms in this table. There are no "
        "other terms.\n"
        "\n"
        "| Term | Value |\n"
        "|---|---|\n"
        "| Licensed material | Cicada-4B weights, tokenizer and inference code |\n"
        "| Permitted acts | use, copy, modify, fine-tune, redistribute |\n"
        "| Purpose | any, including commercial |\n"
        "| Fee | none |\n"
        "| Max. monthly active users, across all your products | 50,000 |\n"
        "| Above the maximum | a separate written licence from Cicada Audio Ltd is required |\n"
        "| Attribution | keep this file with every copy |\n"
        "| Warranty | none |\n",
        "restricted",
        "user-threshold",
    ),
    "watermark on every output": (
        "Dragonfly-XL Licence\n"
        "\n"
        "Dragonfly Imaging grants you a perpetual, worldwide, royalty-free licence to use, copy, modify, "
        "fine-tune and redistribute the Dragonfly-XL image model, for any purpose, commercial or not.\n"
        "\n"
        "Every image you publish that was generated in whole or in part with Dragonfly-XL, or with a model "
        'derived from it, must carry in a visible corner the words "Made with Dragonfly-XL" together with the '
        "Dragonfly logo, at a width of no less than 2% of the image width.\n"
        "\n"
        "Redistributions of the weights must include this licence.\n"
        "\n"
        "Dragonfly-XL is provided as is, without warranty.\n",
        "restricted",
        "naming-branding",
    ),
}
