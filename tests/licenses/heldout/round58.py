# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 58: twelve model licences written wholly or partly in a language other than English, as real releases
ship them: a licence in simplified Chinese alone, a bilingual English and Chinese agreement whose Chinese version is
declared to prevail, a Japanese 利用許諾契約, a Korean 이용허락 계약서, a German Lizenzvertrag, a French licence de
recherche, a Spanish licence under English headings, and an English licence whose one binding annex is published in
Italian only. Eight take something away, each expecting a different blocking type of the README's clause-type table:
revenue-threshold, output-training-ban, personal-use-only, no-modification, fee-required, research-only,
use-policy-by-reference and naming-branding. Four are open controls, each a near miss of one of the restricted texts in
the same language and layout, with the limit taken out or replaced by a harmless duty (notices, credit, marked changes).
The foreign text is written as a lawyer of that country would draft it (the German "Lizenznehmer" and "Gewerbliche
Nutzung", the French "Le Concédant concède au Licencié", the Spanish "El Licenciatario se obliga", the Japanese
"次の各号に掲げる用語の意義", the Korean "작성하여서는 아니 된다", the Chinese "前款所述被许可方"), with no English
word put into a foreign sentence. Each expectation is decided from what the text says, read against the README's
definitions (the verdict table, "research-only beats non-commercial, which beats restricted", the clause-type table)
and the frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for everyone and without
asking permission; the Open Source Definition's free redistribution, derived works, no discrimination against persons,
groups or fields of endeavour; the G7 labels, Weights Available being the label for "commercial, geographical, or
usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence that
asks only for credit), not from what opengauge reads. A text in a language opengauge does not read is expected to read
as what it says: the README's "Texts in other languages" describes a limit of the reader (such a text reads `unknown`
and names its language), not what makes terms open, so a restricted German or Korean text expects its verdict and
type, and the open German control `open-non-osi`, as round 26 expected of its German and French texts (rounds 46 and
47 had expected `unknown` of their open Spanish and Dutch texts instead). Where a text declares which version prevails
or is the only one with legal effect, that version is read. Every name, company, product, address and figure is
invented (the governing laws and courts are real; the one domain ends in `.example`). None of the texts is a catalog
licence, so an open one is `open-non-osi`.

- "simplified chinese only: no licence above rmb 500 million revenue": a 模型许可协议 in Chinese alone; 第二条 grants
  use, copying, modification and distribution "包括将其用于商业目的"; 第三条 says that a licensee whose revenue
  together with its 关联方 "在上一会计年度的营业收入合计超过人民币伍亿元（¥500,000,000）" gets nothing from 第二条, must
  "另行向许可方书面申请商业许可", which the licensor "有权自行决定是否授予", and "在取得该许可之前 ... 不享有本协议项下的任何权利"
  (restricted, revenue-threshold: the README's "above a revenue level you need another, often paid, license"; below
  the cap commercial use is free, so not non-commercial; OSAID's "for everyone" and the Open Source Definition's no
  discrimination against persons or groups).
- "chinese and english, the chinese prevails and bars training other models on outputs": a bilingual agreement whose
  opening says, in both languages, "If the two versions differ or conflict, the Chinese version prevails" / "以中文文本
  为准"; the English version grants every freedom "for any purpose, including commercial purposes" and says of the
  outputs only "The Outputs belong to you."; the Chinese 第四条 adds 4.2, "您不得使用本模型、衍生模型或输出内容训练、
  改进或蒸馏除本模型及其衍生模型以外的任何人工智能模型" (restricted, output-training-ban: the README's "the model or its
  outputs may not train or improve other models"; the prevailing version governs, and commercial use stays).
- "japanese only: natural persons alone, no organisation licensed": a 利用許諾契約 in Japanese alone; 第1条(3) defines
  the 利用者 as "本契約に同意した自然人であって、自己のために本モデルを利用する者" and says "法人、権利能力のない社団その他の団体は、
  利用者に含まれない"; 第2条 grants use, copying, modification and redistribution "利用の目的が営利であるか否かを問わない";
  第3条 says the grant "利用者個人に対してのみ与えられる", does not reach the organisation the user belongs to or works for,
  and forbids use "法人その他の団体の業務のために、又は当該団体の役員若しくは従業員として", organisations needing a separate
  written contract (restricted, personal-use-only: the README's "only an individual, or only inside your own
  organisation, may use it"; profit-making use by the individual is allowed, so not non-commercial; OSAID's "for
  everyone", the Open Source Definition's no discrimination against persons or groups).
- "korean only: weights may not be altered or fine-tuned": a 이용허락 계약서 in Korean alone; 제2조 grants use,
  copying and distribution "상업적 목적을 포함하여 어떠한 목적으로도"; 제3조 (변경 금지) says "이용자는 본 모델의 가중치
  또는 구조를 수정, 변형, 미세조정, 양자화, 증류 또는 병합하거나, 본 모델을 기초로 2차적 모델을 작성하여서는 아니 된다" and
  that the model may be distributed only "회사가 공개한 형태 그대로" (restricted, no-modification: the README's "you may
  not modify it or make derivatives"; OSAID's freedom to modify and the Open Source Definition's derived works).
- "german: annual licence fee before any commercial use": a Lizenzvertrag whose § 2 grants the rights "zu nutzen, zu
  untersuchen, zu vervielfältigen, zu bearbeiten und zu verbreiten ... zu jedem Zweck einschließlich der Gewerblichen
  Nutzung, nach Maßgabe der §§ 3 und 4"; § 3 owes nothing for non-commercial use, but for Gewerbliche Nutzung "eine
  jährliche Lizenzgebühr in Höhe von 9.600 EUR (in Worten: neuntausendsechshundert Euro)", due before commercial use
  begins, and "Solange die fällige Lizenzgebühr nicht vollständig gezahlt ist, ist die Gewerbliche Nutzung nicht
  gestattet." (restricted, fee-required: the README's "some use or distribution requires a fee or royalty";
  commercial use is allowed, for a fee, so not non-commercial; OSAID's use without asking permission).
- "french: scientific research and evaluation only": a licence de recherche whose Article 2 grants use, reproduction,
  study, modification and distribution "exclusivement à des Fins de Recherche", defined as "la recherche scientifique
  et l'évaluation des performances du Modèle, à l'exclusion de toute utilisation en production et de toute
  exploitation commerciale"; Article 3 excludes any use "en production, ou pour fournir un produit ou un service à des
  tiers, à titre gratuit ou onéreux", any other use needing a separate licence the licensor "peut accorder ou refuser
  à sa seule discrétion" (research-only, research-only: the README's "only research, evaluation or other non-production
  use", which beats non-commercial).
- "english headings over spanish clauses: acceptable use policy amended at will": English headings ("Grant of Licence",
  "Acceptable Use") over Spanish clauses, a note saying the headings are for reference only; clause 3 grants every
  freedom "con cualquier finalidad, incluida la comercial, con sujeción a las cláusulas 4 y 5"; clause 4.1 binds the
  licensee to the Política de Uso Aceptable at https://alcotan.example/politica-de-uso, "que se incorpora por
  referencia a la presente Licencia", and 4.2 lets the licensor change it "en cualquier momento", each new version
  binding "desde su publicación, también respecto de las copias del Modelo obtenidas con anterioridad" (restricted,
  use-policy-by-reference: the README's "an external use policy is part of the license, and the licensor can change
  it").
- "english licence, italian annex: a built-with mark and derivative names": an English licence granting every freedom
  "for any purpose, including commercial purposes, subject to Section 3 and Annex B", whose section 6 says Annex B
  "forms part of this Licence and binds You" and "is published in Italian only"; Allegato B requires every product or
  service using the model to show "la dicitura «Realizzato con Corvara» accompagnata dal logo di Corvara" in its
  interface and website, and every derivative's name to begin "con il prefisso «Corvara-»" (restricted,
  naming-branding: the README's "derived models or products must carry the licensor's name or a "Built with" badge").
- "simplified chinese only: commercial use free whatever the revenue" (control of the first): the same Chinese layout;
  第三条 商业使用 lets the licensee use the model for any commercial purpose "无需另行取得许可方的许可，亦无需向许可方支付任何
  费用", and "前款规定适用于所有被许可方，不论您及您的关联方的营业收入或企业规模如何" (open-non-osi: revenue is named only to
  say it sets no limit; the duties are the agreement with copies, the copyright notice and marked changes).
- "chinese and english, the chinese prevails and only repeats the english" (control of the second): the same bilingual
  layout and the same precedence clause; the English section 4 says the outputs "belong to you, and you may use them
  for any purpose, including to train, improve or evaluate other artificial intelligence models", and the prevailing
  Chinese 4.2 says the same, "您可以将输出内容用于任何目的，包括用于训练、改进或评估其他人工智能模型" (open-non-osi: the
  prevailing version adds nothing).
- "german: no fee owed, attribution only" (control of the fifth): the same Lizenzvertrag layout and definitions; § 3
  Unentgeltlichkeit says the grant "erfolgt unentgeltlich; dies gilt auch für die Gewerbliche Nutzung" and "Eine
  Lizenzgebühr, Umsatzbeteiligung oder sonstige Vergütung wird weder für die Nutzung noch für die Weitergabe ...
  geschuldet"; § 4 keeps the licence copy, the copyright notice and marked changes (open-non-osi: credit and notices
  only, which OSAID and Recital 102 allow; the liability clause limited to intent and gross negligence is the German
  law's own rule for what is given free).
- "english licence, italian annex: attribution only" (control of the eighth): the same English licence and the same
  section 6 making the Italian Annex B binding; Allegato B – Attribuzione asks for the copyright notice and a copy of
  the licence with every copy, and says "Il Licenziatario non è tenuto a riportare il nome o il logo di Sassolungo in
  alcun prodotto o servizio" and may give a derivative any name "purché questa non lasci intendere che il Modello
  Derivato sia stato realizzato o approvato da Sassolungo" (open-non-osi: a name that must not suggest the licensor
  made or endorsed it is the no-endorsement term usual in open source licences, as in BSD-3-Clause's third clause).

Written blind, before any rule changed. First run (on commit 89adbba): 3 of 12 right. Right: the bilingual agreement
whose Chinese version prevails (restricted, output-training-ban from the Chinese 4.2, "4.2 您不得使用本模型、衍生模型或输出
内容训练、改进或蒸馏除本模型及其衍生模型以外的任何人工智能模型，亦不得允许或协助任何第三方从事上述行为。" (line 57), beside
attribution from the English section 3 (line 26), all four freedoms credited to the English grant (line 21)); the French
research licence (research-only, research-only from Article 2, "Le Concédant concède au Licencié, ... le droit
d'utiliser, de reproduire, d'étudier, de modifier et de distribuer le Modèle et les Modèles Dérivés, exclusivement à des
Fins de Recherche." (line 23), no freedoms listed, the French grant not read as one); and the bilingual control whose
Chinese only repeats the English (open-non-osi, attribution only, the four freedoms from the English grant).

One restricted text read as open, the most serious kind of miss:

- simplified chinese only: no licence above rmb 500 million revenue read `open-non-osi` ("Open terms, but not an
  OSI-approved license: the text grants all four freedoms (use, study, modify, share) and no clause blocks open
  source"), the four freedoms credited to 第二条 (line 15), no clause at all (not even attribution from 第四条's "应当随附
  本协议的副本，并保留许可方的版权声明"), nothing unread: 第三条 3.1, "如您及您的关联方在上一会计年度的营业收入合计超过人民币伍亿元
  （¥500,000,000），则本协议第二条授予的许可不适用于您。" (line 19), raised no revenue-threshold, and 3.2's "应当另行向许可方
  书面申请商业许可；许可方有权自行决定是否授予该许可 ... 在取得该许可之前，前款所述被许可方不享有本协议项下的任何权利。" (line 20) was
  neither read as a limit nor flagged as an unread one.

One open control read blocked:

- simplified chinese only: commercial use free whatever the revenue read restricted ("Not open source: commercial use
  is allowed but 1 clause restricts it"): fee-required from 3.1, "第三条 商业使用 3.1 您可以将本模型及衍生模型用于任何商业目的，
  包括将其集成于您销售或提供的产品和服务中，无需另行取得许可方的许可，亦无需向许可方支付任何费用。" (line 17), whose fee is negated
  ("无需 ... 支付任何费用", no fee need be paid); the four freedoms from 第二条 (line 14), no attribution.

Seven texts read `unknown`, never open (five restricted, two open):

- japanese only: natural persons alone, no organisation licensed; korean only: weights may not be altered or
  fine-tuned; german: annual licence fee before any commercial use; english headings over spanish clauses: acceptable
  use policy amended at will; and the control german: no fee owed, attribution only: each "Unknown: the text is
  written in Japanese [Korean, German, Spanish], which opengauge does not read (it reads license texts in English and
  Chinese), so whether it is open is not decided: read it", with no clause and no freedom listed (the Spanish text's
  English headings, "Grant of Licence", "Acceptable Use", did not make it read; neither the German § 3's "eine
  jährliche Lizenzgebühr in Höhe von 9.600 EUR" nor the Japanese 第3条 nor the Korean 제3조 (변경 금지) was found, as
  expected of a language not read).
- english licence, italian annex: a built-with mark and derivative names, and its control english licence, italian
  annex: attribution only: each "Unknown: the text states terms opengauge cannot classify (line 28: "Annex B is
  published in Italian only, and no translation of it has legal effect."), so whether it is open is not decided: read
  them", the four freedoms from section 2 (line 12), attribution from section 3 (line 17); the Allegato B was not read
  in either: neither the restricted text's "la dicitura «Realizzato con Corvara» accompagnata dal logo di Corvara" (B.2,
  from line 43) and "deve iniziare con il prefisso «Corvara-»" (B.3, from line 49) nor the control's "Il Licenziatario
  non è tenuto a riportare il nome o il logo di Sassolungo" (B.3, from line 47) raised anything, and the summary does
  not say that a binding part is in Italian: what made both `unknown` is section 6's English sentence about the annex's
  language, read as a term no rule classifies.

The verdicts and messages are the test run's; the clause lists, lines and freedoms were read with `opengauge license
FILE --format json` on copies of the same texts right after it, nothing changed in between. No expectation was changed
after the run, and no case is listed in `DISAGREEMENTS`. What the misses show: opengauge reads Chinese wording for
some limits (the output-training ban) but not a revenue cap stated in Chinese, and reads a negated Chinese fee as a
fee; a text in Japanese, Korean, German or Spanish, or one whose binding annex is in Italian, is not read, and says so
(`unknown`, never open): six of the eight limits were not found, five in languages not read and one in Chinese.
French research-only wording is read, as the README says (non-commercial and research-only terms are read in German,
French, Spanish, Italian and Portuguese).

What changed (general causes, each with paraphrases and near misses that fail on the code before, in
`tests/licenses/test_chinese_terms.py` and `tests/licenses/test_language.py`): revenue compared with a money figure
in Chinese is a revenue threshold ("营业收入合计超过人民币伍亿元", "年收入高于1亿元", "营业额达到五千万美元", "年度收入低于人民币贰仟万元"),
the figure in digits, the common numerals or the financial ones contracts write sums in (`zh_figure`, which the
Chinese user-cap rule now shares), never revenue compared with nothing ("不论您的营业收入如何"); a fee said not to be
owed ("无需…支付任何费用", "无须缴纳", "不需支付") is no fee; and a passage of a text opengauge otherwise reads that is
written in a language it does not read and can name (an annex, a schedule, a clause given only in Italian, German,
French, Spanish, Portuguese, Japanese or Korean; `language.unread_passage`: at least three of the language's common
words, more than twice its English ones, or ten kana or Hangul letters) makes an open reading `unknown`, the summary
naming the language and its lines ("Unknown: lines 39 to 50 are written in Italian, which opengauge does not read
..."); an address, a quoted phrase or a line in Chinese is no such passage, and a catalog licence's own text is not
searched for one. Now 5 of 12 read as written, and the seven others are this round's `KNOWN_LIMITS`: each reads
`unknown` and its summary names the language it is written in, or the lines of its Italian annex; none reads open.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

_NOT_READ = (
    "written in {}, which opengauge does not read (it reads licence texts in English and Chinese): `unknown`, and the "
    "summary says why, as the README's verdict table asks; never the open or restricted verdict a reader of {} gives"
)
_ANNEX = (
    "its binding Annex B is written only in Italian, which opengauge does not read: `unknown`, the summary naming the "
    "annex's lines, never the verdict a reader of Italian gives"
)
#: The texts in a language opengauge does not read: they read `unknown` and say why (strict expected failures).
KNOWN_LIMITS: dict[str, str] = {
    "japanese only: natural persons alone, no organisation licensed": _NOT_READ.format(
        "Japanese", "Japanese"
    ),
    "korean only: weights may not be altered or fine-tuned": _NOT_READ.format("Korean", "Korean"),
    "german: annual licence fee before any commercial use": _NOT_READ.format("German", "German"),
    "german: no fee owed, attribution only": _NOT_READ.format("German", "German"),
    "english headings over spanish clauses: acceptable use policy amended at will": _NOT_READ.format(
        "Spanish (its headings apart)", "Spanish"
    ),
    "english licence, italian annex: a built-with mark and derivative names": _ANNEX,
    "english licence, italian annex: attribution only": _ANNEX,
}

CASES: dict[str, tuple[str, str, str | None]] = {
    "simplified chinese only: no licence above rmb 500 million revenue": (
        "澄川-13B 模型许可协议\n"
        "版本 1.0　　发布日期：2026年3月18日\n"
        "\n"
        "许可方：杭州澄川智算科技有限公司（以下简称“许可方”）\n"
        "地址：浙江省杭州市余杭区青岚路 88 号\n"
        "\n"
        "本协议是您（以下简称“被许可方”或“您”）与许可方之间就澄川-13B 模型的使用、复制、修改和分发所订立的协议。您下载、使用、复制、修改或分发本模型，即视为您已阅读并同意本协议的全部条款。\n"
        "\n"
        "第一条 定义\n"
        "1.1 “本模型”是指许可方依据本协议发布的澄川-13B 模型，包括其模型权重、推理代码、配置文件及相关文档。\n"
        "1.2 “衍生模型”是指基于本模型或其任何部分，通过微调、量化、蒸馏、合并等方式形成的模型。\n"
        "1.3 “关联方”是指直接或间接控制被许可方、受被许可方控制或与被许可方处于共同控制之下的任何实体；“控制”是指直接或间接持有该实体百分之五十以上的股权、表决权或决策权。\n"
        "1.4 “营业收入”是指经审计的合并财务报表所载明的营业收入总额。\n"
        "\n"
        "第二条 许可授予\n"
        "在您遵守本协议各项条款的前提下，许可方授予您一项全球范围内的、永久的、非排他的、免许可费的许可，允许您使用、复制、修改、分发本模型及衍生模型，包括将其用于商业目的。\n"
        "\n"
        "第三条 营业收入限制\n"
        "3.1 如您及您的关联方在上一会计年度的营业收入合计超过人民币伍亿元（¥500,000,000），则本协议第二条授予的许可不适用于您。\n"
        "3.2 前款所述被许可方如需使用、复制、修改或分发本模型或衍生模型，应当另行向许可方书面申请商业许可；许可方有权自行决定是否授予该许可以及授予的条件。在取得该许可之前，前款所述被许可方不享有本协议项下的任何权利。\n"
        "\n"
        "第四条 被许可方义务\n"
        "4.1 您分发本模型或衍生模型时，应当随附本协议的副本，并保留许可方的版权声明。\n"
        "4.2 您修改本模型的，应当在衍生模型中以显著方式说明已作修改。\n"
        "\n"
        "第五条 免责声明\n"
        "本模型按“现状”提供，许可方不作任何明示或默示的保证。在法律允许的最大范围内，许可方不对因使用本模型而产生的任何直接或间接损失承担责任。\n"
        "\n"
        "第六条 法律适用与争议解决\n"
        "本协议的订立、效力、解释及履行均适用中华人民共和国法律（不包括冲突法规则）。因本协议引起的任何争议，由许可方住所地有管辖权的人民法院管辖。\n",
        "restricted",
        "revenue-threshold",
    ),
    "chinese and english, the chinese prevails and bars training other models on outputs": (
        "LANTERNFISH-VL 8B MODEL LICENSE AGREEMENT\n"
        "蓝灯鱼-VL 8B 模型许可协议\n"
        "\n"
        "Version 1.0, 12 January 2026 / 版本 1.0，2026年1月12日\n"
        "\n"
        "This Agreement is made in English and Chinese, and the two versions use the\n"
        "same numbering. If the two versions differ or conflict, the Chinese version\n"
        "prevails.\n"
        "本协议以英文和中文两种文字写成，两种文本条款编号相同。两种文本如有不一致或冲突，以中文文本为准。\n"
        "\n"
        "==================== ENGLISH VERSION ====================\n"
        "\n"
        "1. Definitions\n"
        '"Licensor" means Shenzhen Lanternfish Intelligent Technology Co., Ltd.\n'
        '"Model" means the Lanternfish-VL 8B weights, inference code and documentation\n'
        'released by the Licensor under this Agreement. "Derivative" means any model\n'
        "created from the Model by fine-tuning, quantisation, distillation, merging or\n"
        'any other method. "Outputs" means the text, images, labels and other content\n'
        "generated by running the Model or a Derivative.\n"
        "\n"
        "2. Grant of Licence\n"
        "The Licensor grants you a worldwide, perpetual, royalty-free and non-exclusive\n"
        "licence to use, reproduce, modify and distribute the Model and Derivatives for\n"
        "any purpose, including commercial purposes.\n"
        "\n"
        "3. Conditions\n"
        "When you distribute the Model or a Derivative, you must include a copy of this\n"
        "Agreement and keep the Licensor's copyright notice. A Derivative must state\n"
        "prominently that it has been modified.\n"
        "\n"
        "4. Outputs\n"
        "The Licensor claims no rights in the Outputs. The Outputs belong to you.\n"
        "\n"
        "5. Disclaimer\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT\n'
        "PERMITTED BY LAW, THE LICENSOR IS NOT LIABLE FOR ANY LOSS ARISING FROM THE USE\n"
        "OF THE MODEL.\n"
        "\n"
        "6. Governing Law\n"
        "This Agreement is governed by the laws of the People's Republic of China. Any\n"
        "dispute shall be submitted to the people's court having jurisdiction where the\n"
        "Licensor is domiciled.\n"
        "\n"
        "==================== 中文文本 ====================\n"
        "\n"
        "第一条 定义\n"
        "“许可方”是指深圳蓝灯鱼智能科技有限公司。“本模型”是指许可方依据本协议发布的蓝灯鱼-VL 8B 模型权重、推理代码及相关文档。“衍生模型”是指通过微调、量化、蒸馏、合并或其他任何方式基于本模型形成的模型。“输出内容”是指运行本模型或衍生模型所生成的文本、图像、标注及其他内容。\n"
        "\n"
        "第二条 许可授予\n"
        "许可方授予您一项全球范围内的、永久的、免许可费的、非排他的许可，允许您为任何目的（包括商业目的）使用、复制、修改和分发本模型及衍生模型。\n"
        "\n"
        "第三条 条件\n"
        "您分发本模型或衍生模型时，应当随附本协议的副本，并保留许可方的版权声明。衍生模型应当以显著方式注明已经修改。\n"
        "\n"
        "第四条 输出内容\n"
        "4.1 许可方不对输出内容主张任何权利，输出内容归您所有。\n"
        "4.2 您不得使用本模型、衍生模型或输出内容训练、改进或蒸馏除本模型及其衍生模型以外的任何人工智能模型，亦不得允许或协助任何第三方从事上述行为。\n"
        "\n"
        "第五条 免责声明\n"
        "本模型按“现状”提供，不附带任何形式的保证。在法律允许的范围内，许可方不对因使用本模型而产生的任何损失承担责任。\n"
        "\n"
        "第六条 法律适用\n"
        "本协议适用中华人民共和国法律。因本协议引起的任何争议，应提交许可方住所地有管辖权的人民法院解决。\n",
        "restricted",
        "output-training-ban",
    ),
    "japanese only: natural persons alone, no organisation licensed": (
        "「ミズナラ-7B」モデル利用許諾契約\n"
        "\n"
        "株式会社ミズナラ言語研究所（以下「当社」という。）は、当社が公開する大規模言語モデル「ミズナラ-7B」（以下「本モデル」という。）の利用について、次のとおり利用許諾契約（以下「本契約」という。）を定める。本モデルをダウンロードし、又は利用した者は、本契約に同意したものとみなす。\n"
        "\n"
        "第1条（定義）\n"
        "本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
        "(1) 「本モデル」　当社が公開する「ミズナラ-7B」の重みパラメータ、推論用ソースコード、設定ファイル及び関連文書をいう。\n"
        "(2) 「派生モデル」　本モデルを追加学習、量子化、蒸留、統合その他の方法により改変して作成したモデルをいう。\n"
        "(3) 「利用者」　本契約に同意した自然人であって、自己のために本モデルを利用する者をいう。法人、権利能力のない社団その他の団体は、利用者に含まれない。\n"
        "\n"
        "第2条（利用許諾）\n"
        "当社は、利用者に対し、本契約の定めに従うことを条件として、本モデル及び派生モデルを使用し、複製し、改変し、及び再配布する非独占的かつ無償の権利を、全世界において許諾する。利用の目的が営利であるか否かを問わない。\n"
        "\n"
        "第3条（団体による利用）\n"
        "1 本契約に基づく許諾は、利用者個人に対してのみ与えられるものであり、利用者が所属し、又は業務を受託する法人その他の団体には及ばない。\n"
        "2 利用者は、法人その他の団体の業務のために、又は当該団体の役員若しくは従業員として、本モデル又は派生モデルを利用してはならない。団体による利用を希望する者は、当社との間で別途書面による契約を締結しなければならない。\n"
        "\n"
        "第4条（著作権表示）\n"
        "利用者は、本モデル又は派生モデルを再配布する場合には、本契約の写し及び当社の著作権表示を添付しなければならない。\n"
        "\n"
        "第5条（免責）\n"
        "当社は、本モデルについて、明示又は黙示を問わず、いかなる保証も行わない。当社は、本モデルの利用により利用者又は第三者に生じた損害について、法令上免責が認められない場合を除き、一切の責任を負わない。\n"
        "\n"
        "第6条（準拠法及び管轄）\n"
        "本契約は、日本法に準拠し、同法に従って解釈される。本契約に関して生じた一切の紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とする。\n",
        "restricted",
        "personal-use-only",
    ),
    "korean only: weights may not be altered or fine-tuned": (
        "해오름-음성 3 모델 이용허락 계약서\n"
        "\n"
        '주식회사 해오름보이스(이하 "회사"라 한다)는 음성 인식 모델 "해오름-음성 3"(이하 "본 모델"이라 한다)의 이용에 관하여 다음과 같이 이용허락 조건(이하 "본 계약"이라 한다)을 정한다. 본 모델을 내려받거나 이용하는 자(이하 "이용자"라 한다)는 본 계약에 동의한 것으로 본다.\n'
        "\n"
        "제1조 (정의)\n"
        '① "본 모델"이란 회사가 공개하는 해오름-음성 3의 가중치, 추론용 소스코드, 설정 파일 및 관련 문서를 말한다.\n'
        '② "2차적 모델"이란 본 모델을 미세조정, 양자화, 증류, 병합 또는 그 밖의 방법으로 변경하여 작성한 모델을 말한다.\n'
        "\n"
        "제2조 (이용허락)\n"
        "회사는 이용자에게 본 계약의 조건에 따라 본 모델을 사용, 복제 및 배포할 수 있는 전 세계적이고 비독점적이며 무상인 권리를 허락한다. 이용자는 상업적 목적을 포함하여 어떠한 목적으로도 본 모델을 사용할 수 있다.\n"
        "\n"
        "제3조 (변경 금지)\n"
        "① 이용자는 본 모델의 가중치 또는 구조를 수정, 변형, 미세조정, 양자화, 증류 또는 병합하거나, 본 모델을 기초로 2차적 모델을 작성하여서는 아니 된다.\n"
        "② 이용자는 본 모델을 회사가 공개한 형태 그대로만 배포할 수 있으며, 제1항을 위반하여 작성된 2차적 모델을 배포하여서는 아니 된다.\n"
        "\n"
        "제4조 (표시 의무)\n"
        "이용자는 본 모델을 배포하는 경우 본 계약서 사본과 회사의 저작권 표시를 함께 제공하여야 한다.\n"
        "\n"
        "제5조 (보증의 부인 및 책임의 제한)\n"
        '본 모델은 "있는 그대로" 제공되며, 회사는 명시적이든 묵시적이든 어떠한 보증도 하지 아니한다. 회사는 관계 법령상 면책이 허용되지 아니하는 경우를 제외하고 본 모델의 이용으로 발생한 손해에 대하여 책임을 지지 아니한다.\n'
        "\n"
        "제6조 (준거법 및 관할)\n"
        "본 계약은 대한민국 법률에 따라 해석되며, 본 계약과 관련하여 발생한 분쟁은 서울중앙지방법원을 제1심 전속관할법원으로 한다.\n",
        "restricted",
        "no-modification",
    ),
    "german: annual licence fee before any commercial use": (
        "LIZENZVERTRAG FÜR DAS SPRACHMODELL „FALKENSTEIN-KOMPASS 4“\n"
        "\n"
        "zwischen der Falkensteiner Sprachwerke GmbH, Ottostraße 9, 93047 Regensburg\n"
        "(nachfolgend „Lizenzgeberin“), und jeder natürlichen oder juristischen Person,\n"
        "die das Modell herunterlädt oder nutzt (nachfolgend „Lizenznehmer“).\n"
        "\n"
        "§ 1 Begriffsbestimmungen\n"
        "\n"
        "(1) „Modell“ bezeichnet die von der Lizenzgeberin veröffentlichten Gewichte des\n"
        "Sprachmodells Falkenstein-Kompass 4 einschließlich des Quellcodes für die\n"
        "Inferenz, der Konfigurationsdateien und der Dokumentation.\n"
        "\n"
        "(2) „Abgeleitetes Modell“ bezeichnet jedes Modell, das durch Feinabstimmung,\n"
        "Quantisierung, Destillation, Zusammenführung oder auf sonstige Weise aus dem\n"
        "Modell hervorgegangen ist.\n"
        "\n"
        "(3) „Gewerbliche Nutzung“ bezeichnet jede Nutzung des Modells oder eines\n"
        "Abgeleiteten Modells im Rahmen einer auf Gewinnerzielung gerichteten Tätigkeit,\n"
        "insbesondere in Produkten oder Dienstleistungen, die gegen Entgelt angeboten\n"
        "werden.\n"
        "\n"
        "§ 2 Rechteeinräumung\n"
        "\n"
        "Die Lizenzgeberin räumt dem Lizenznehmer das weltweite, nicht ausschließliche,\n"
        "zeitlich unbeschränkte Recht ein, das Modell und Abgeleitete Modelle zu nutzen,\n"
        "zu untersuchen, zu vervielfältigen, zu bearbeiten und zu verbreiten, und zwar zu\n"
        "jedem Zweck einschließlich der Gewerblichen Nutzung, nach Maßgabe der §§ 3 und 4.\n"
        "\n"
        "§ 3 Lizenzgebühr\n"
        "\n"
        "(1) Für eine Nutzung, die keine Gewerbliche Nutzung ist, wird keine Vergütung\n"
        "geschuldet.\n"
        "\n"
        "(2) Für die Gewerbliche Nutzung schuldet der Lizenznehmer der Lizenzgeberin eine\n"
        "jährliche Lizenzgebühr in Höhe von 9.600 EUR (in Worten: neuntausendsechshundert\n"
        "Euro) zuzüglich der gesetzlichen Umsatzsteuer. Die Lizenzgebühr ist für jedes\n"
        "Kalenderjahr im Voraus, erstmals vor Aufnahme der Gewerblichen Nutzung, fällig.\n"
        "\n"
        "(3) Solange die fällige Lizenzgebühr nicht vollständig gezahlt ist, ist die\n"
        "Gewerbliche Nutzung nicht gestattet.\n"
        "\n"
        "§ 4 Pflichten des Lizenznehmers\n"
        "\n"
        "Der Lizenznehmer hat jeder Weitergabe des Modells oder eines Abgeleiteten\n"
        "Modells eine Kopie dieses Lizenzvertrags und den Urheberrechtsvermerk der\n"
        "Lizenzgeberin beizufügen und Abgeleitete Modelle als geändert zu kennzeichnen.\n"
        "\n"
        "§ 5 Gewährleistung und Haftung\n"
        "\n"
        "Das Modell wird ohne Gewähr für seine Eignung zu einem bestimmten Zweck\n"
        "überlassen. Die Lizenzgeberin haftet unbeschränkt für Vorsatz und grobe\n"
        "Fahrlässigkeit; im Übrigen ist ihre Haftung ausgeschlossen, soweit gesetzlich\n"
        "zulässig. Die Haftung nach dem Produkthaftungsgesetz bleibt unberührt.\n"
        "\n"
        "§ 6 Schlussbestimmungen\n"
        "\n"
        "Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des\n"
        "UN-Kaufrechts. Ausschließlicher Gerichtsstand für Kaufleute ist Regensburg.\n"
        "Sollte eine Bestimmung dieses Vertrags unwirksam sein oder werden, bleibt die\n"
        "Wirksamkeit der übrigen Bestimmungen unberührt.\n",
        "restricted",
        "fee-required",
    ),
    "french: scientific research and evaluation only": (
        "LICENCE DE RECHERCHE DU MODÈLE « PERCE-NEIGE 2 »\n"
        "\n"
        "Entre la société Perce-Neige Intelligence SAS, dont le siège social est situé\n"
        "14 rue des Alpins, 38000 Grenoble (ci-après « le Concédant »), et toute\n"
        "personne physique ou morale qui télécharge ou utilise le Modèle (ci-après « le\n"
        "Licencié »).\n"
        "\n"
        "Article 1 – Définitions\n"
        "\n"
        "« Modèle » désigne les poids du modèle de langue Perce-Neige 2, le code source\n"
        "d'inférence, les fichiers de configuration et la documentation publiés par le\n"
        "Concédant.\n"
        "\n"
        "« Modèle Dérivé » désigne tout modèle obtenu à partir du Modèle par ajustement\n"
        "fin, quantification, distillation, fusion ou tout autre procédé.\n"
        "\n"
        "« Fins de Recherche » désigne la recherche scientifique et l'évaluation des\n"
        "performances du Modèle, à l'exclusion de toute utilisation en production et de\n"
        "toute exploitation commerciale.\n"
        "\n"
        "Article 2 – Concession de droits\n"
        "\n"
        "Le Concédant concède au Licencié, à titre gratuit, non exclusif et pour le\n"
        "monde entier, le droit d'utiliser, de reproduire, d'étudier, de modifier et de\n"
        "distribuer le Modèle et les Modèles Dérivés, exclusivement à des Fins de\n"
        "Recherche.\n"
        "\n"
        "Article 3 – Utilisations exclues\n"
        "\n"
        "3.1 Est exclue de la présente licence toute utilisation du Modèle ou d'un\n"
        "Modèle Dérivé en production, ou pour fournir un produit ou un service à des\n"
        "tiers, à titre gratuit ou onéreux.\n"
        "\n"
        "3.2 Le Licencié qui souhaite utiliser le Modèle à d'autres fins que des Fins de\n"
        "Recherche doit obtenir au préalable une licence distincte et écrite du\n"
        "Concédant, que celui-ci peut accorder ou refuser à sa seule discrétion.\n"
        "\n"
        "Article 4 – Obligations du Licencié\n"
        "\n"
        "Le Licencié qui distribue le Modèle ou un Modèle Dérivé joint à chaque copie un\n"
        "exemplaire de la présente licence et conserve la mention de droit d'auteur du\n"
        "Concédant. Il signale de manière apparente les modifications qu'il a\n"
        "apportées.\n"
        "\n"
        "Article 5 – Garantie et responsabilité\n"
        "\n"
        "Le Modèle est fourni « en l'état », sans garantie d'aucune sorte. Dans les\n"
        "limites permises par la loi, le Concédant ne saurait être tenu responsable\n"
        "d'aucun dommage, direct ou indirect, résultant de l'utilisation du Modèle.\n"
        "\n"
        "Article 6 – Droit applicable et juridiction\n"
        "\n"
        "La présente licence est régie par le droit français. Tout litige relatif à son\n"
        "interprétation ou à son exécution relève de la compétence exclusive des\n"
        "tribunaux de Grenoble.\n",
        "research-only",
        "research-only",
    ),
    "english headings over spanish clauses: acceptable use policy amended at will": (
        "ALCOTÁN-TRADUCE 3 MODEL LICENCE\n"
        "LICENCIA DEL MODELO ALCOTÁN-TRADUCE 3\n"
        "\n"
        "Los títulos en inglés se incluyen únicamente a efectos de referencia y no\n"
        "afectan a la interpretación de las cláusulas.\n"
        "\n"
        "1. Parties\n"
        "\n"
        "La presente Licencia se otorga por Alcotán Lingüística, S.L., con domicilio\n"
        "social en calle del Azor 19, 46008 Valencia (España) (en adelante, el\n"
        "«Licenciante»), a favor de toda persona física o jurídica que descargue o\n"
        "utilice el Modelo (en adelante, el «Licenciatario»).\n"
        "\n"
        "2. Definitions\n"
        "\n"
        "2.1 «Modelo»: los pesos del modelo de traducción automática Alcotán-Traduce 3,\n"
        "el código fuente de inferencia, los archivos de configuración y la\n"
        "documentación publicados por el Licenciante.\n"
        "\n"
        "2.2 «Obra Derivada»: todo modelo obtenido a partir del Modelo mediante ajuste\n"
        "fino, cuantización, destilación, fusión o cualquier otro procedimiento.\n"
        "\n"
        "2.3 «Política de Uso Aceptable»: la política de uso del Licenciante publicada\n"
        "en https://alcotan.example/politica-de-uso, en su versión vigente en cada\n"
        "momento.\n"
        "\n"
        "3. Grant of Licence\n"
        "\n"
        "El Licenciante concede al Licenciatario una licencia mundial, no exclusiva,\n"
        "gratuita y perpetua para usar, reproducir, estudiar, modificar y distribuir el\n"
        "Modelo y las Obras Derivadas, con cualquier finalidad, incluida la comercial,\n"
        "con sujeción a las cláusulas 4 y 5.\n"
        "\n"
        "4. Acceptable Use\n"
        "\n"
        "4.1 El Licenciatario se obliga a usar el Modelo y las Obras Derivadas de\n"
        "conformidad con la Política de Uso Aceptable, que se incorpora por referencia a\n"
        "la presente Licencia y forma parte integrante de ella.\n"
        "\n"
        "4.2 El Licenciante podrá modificar la Política de Uso Aceptable en cualquier\n"
        "momento mediante la publicación de una nueva versión en la dirección indicada\n"
        "en la cláusula 2.3. La nueva versión vinculará al Licenciatario desde su\n"
        "publicación, también respecto de las copias del Modelo obtenidas con\n"
        "anterioridad.\n"
        "\n"
        "5. Attribution\n"
        "\n"
        "El Licenciatario que distribuya el Modelo o una Obra Derivada deberá acompañar\n"
        "cada copia de un ejemplar de la presente Licencia y conservar el aviso de\n"
        "derechos de autor del Licenciante.\n"
        "\n"
        "6. Disclaimer\n"
        "\n"
        "El Modelo se proporciona «tal cual», sin garantía de ninguna clase. En la\n"
        "medida en que lo permita la legislación aplicable, el Licenciante no será\n"
        "responsable de ningún daño derivado del uso del Modelo.\n"
        "\n"
        "7. Governing Law and Jurisdiction\n"
        "\n"
        "La presente Licencia se rige por la legislación española. Para cualquier\n"
        "controversia derivada de ella, las partes se someten a los Juzgados y\n"
        "Tribunales de la ciudad de Valencia.\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "english licence, italian annex: a built-with mark and derivative names": (
        "CORVARA OPEN WEIGHTS LICENCE, VERSION 1.1\n"
        "\n"
        "Licensor: Corvara Sistemi Cognitivi S.r.l., Via dei Cordai 7, 39100 Bolzano,\n"
        'Italy ("Corvara")\n'
        "Model: Corvara-Ladin 3B (weights, tokenizer and inference code)\n"
        "\n"
        '1. Definitions. "Model" means the materials named above. "Derivative" means any\n'
        "model derived from the Model by fine-tuning, quantisation, distillation,\n"
        'merging or otherwise. "You" means the person or entity exercising rights under\n'
        "this Licence.\n"
        "\n"
        "2. Grant. Corvara grants You a worldwide, royalty-free, non-exclusive and\n"
        "perpetual licence to use, study, reproduce, modify and distribute the Model and\n"
        "Derivatives, for any purpose, including commercial purposes, subject to\n"
        "Section 3 and Annex B.\n"
        "\n"
        "3. Notices. Keep this Licence, Annex B included, and Corvara's copyright notice\n"
        "with every copy of the Model or of a Derivative that You distribute, and state\n"
        "in every Derivative that it has been changed.\n"
        "\n"
        '4. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO\n'
        "THE EXTENT PERMITTED BY LAW, CORVARA IS NOT LIABLE FOR ANY DAMAGE ARISING FROM\n"
        "ITS USE.\n"
        "\n"
        "5. Governing law. This Licence is governed by the laws of Italy.\n"
        "\n"
        "6. Annexes. Annex A is for information only. Annex B forms part of this Licence\n"
        "and binds You. Annex B is published in Italian only, and no translation of it\n"
        "has legal effect.\n"
        "\n"
        "ANNEX A (informative): About the Model\n"
        "\n"
        "Corvara-Ladin 3B is a 3-billion-parameter language model for Ladin, Italian\n"
        "and German, trained on public-domain books, regional newspapers published\n"
        "under open licences, and transcribed radio broadcasts.\n"
        "\n"
        "ALLEGATO B – DENOMINAZIONE E SEGNI DISTINTIVI\n"
        "\n"
        "B.1 Nel presente Allegato, i termini «Licenziatario», «Modello» e «Modello\n"
        "Derivato» hanno il significato dei termini corrispondenti definiti nella\n"
        "Sezione 1 della Licenza.\n"
        "\n"
        "B.2 Ogni prodotto o servizio che incorpora il Modello o un Modello Derivato, o\n"
        "che ne fa uso, deve riportare in modo ben visibile, nella propria interfaccia\n"
        "utente e nel proprio sito web, la dicitura «Realizzato con Corvara»\n"
        "accompagnata dal logo di Corvara, secondo le indicazioni grafiche fornite da\n"
        "Corvara.\n"
        "\n"
        "B.3 La denominazione di ogni Modello Derivato distribuito dal Licenziatario\n"
        "deve iniziare con il prefisso «Corvara-».\n",
        "restricted",
        "naming-branding",
    ),
    "simplified chinese only: commercial use free whatever the revenue": (
        "云杉-9B 模型许可协议\n"
        "版本 1.0　　发布日期：2026年4月2日\n"
        "\n"
        "许可方：成都云杉数智科技有限公司（以下简称“许可方”）\n"
        "地址：四川省成都市高新区锦岚路 216 号\n"
        "\n"
        "本协议是您（以下简称“被许可方”或“您”）与许可方之间就云杉-9B 模型的使用、复制、修改和分发所订立的协议。您下载、使用、复制、修改或分发本模型，即视为您已阅读并同意本协议的全部条款。\n"
        "\n"
        "第一条 定义\n"
        "1.1 “本模型”是指许可方依据本协议发布的云杉-9B 模型，包括其模型权重、推理代码、配置文件及相关文档。\n"
        "1.2 “衍生模型”是指基于本模型或其任何部分，通过微调、量化、蒸馏、合并等方式形成的模型。\n"
        "1.3 “关联方”是指直接或间接控制被许可方、受被许可方控制或与被许可方处于共同控制之下的任何实体；“控制”是指直接或间接持有该实体百分之五十以上的股权、表决权或决策权。\n"
        "\n"
        "第二条 许可授予\n"
        "在您遵守本协议各项条款的前提下，许可方授予您一项全球范围内的、永久的、非排他的、免许可费的许可，允许您使用、复制、修改、分发本模型及衍生模型，包括将其用于商业目的。\n"
        "\n"
        "第三条 商业使用\n"
        "3.1 您可以将本模型及衍生模型用于任何商业目的，包括将其集成于您销售或提供的产品和服务中，无需另行取得许可方的许可，亦无需向许可方支付任何费用。\n"
        "3.2 前款规定适用于所有被许可方，不论您及您的关联方的营业收入或企业规模如何。\n"
        "\n"
        "第四条 被许可方义务\n"
        "4.1 您分发本模型或衍生模型时，应当随附本协议的副本，并保留许可方的版权声明。\n"
        "4.2 您修改本模型的，应当在衍生模型中以显著方式说明已作修改。\n"
        "\n"
        "第五条 免责声明\n"
        "本模型按“现状”提供，许可方不作任何明示或默示的保证。在法律允许的最大范围内，许可方不对因使用本模型而产生的任何直接或间接损失承担责任。\n"
        "\n"
        "第六条 法律适用与争议解决\n"
        "本协议的订立、效力、解释及履行均适用中华人民共和国法律（不包括冲突法规则）。因本协议引起的任何争议，由许可方住所地有管辖权的人民法院管辖。\n",
        "open-non-osi",
        None,
    ),
    "chinese and english, the chinese prevails and only repeats the english": (
        "AMBERPERCH-DOC 4B MODEL LICENSE AGREEMENT\n"
        "琥珀鲈-Doc 4B 模型许可协议\n"
        "\n"
        "Version 1.0, 20 February 2026 / 版本 1.0，2026年2月20日\n"
        "\n"
        "This Agreement is made in English and Chinese, and the two versions use the\n"
        "same numbering. If the two versions differ or conflict, the Chinese version\n"
        "prevails.\n"
        "本协议以英文和中文两种文字写成，两种文本条款编号相同。两种文本如有不一致或冲突，以中文文本为准。\n"
        "\n"
        "==================== ENGLISH VERSION ====================\n"
        "\n"
        "1. Definitions\n"
        '"Licensor" means Hangzhou Amberperch Data Technology Co., Ltd. "Model" means\n'
        "the Amberperch-Doc 4B weights, inference code and documentation released by\n"
        'the Licensor under this Agreement. "Derivative" means any model created from\n'
        "the Model by fine-tuning, quantisation, distillation, merging or any other\n"
        'method. "Outputs" means the text, tables, labels and other content generated by\n'
        "running the Model or a Derivative.\n"
        "\n"
        "2. Grant of Licence\n"
        "The Licensor grants you a worldwide, perpetual, royalty-free and non-exclusive\n"
        "licence to use, reproduce, modify and distribute the Model and Derivatives for\n"
        "any purpose, including commercial purposes.\n"
        "\n"
        "3. Conditions\n"
        "When you distribute the Model or a Derivative, you must include a copy of this\n"
        "Agreement and keep the Licensor's copyright notice. A Derivative must state\n"
        "prominently that it has been modified.\n"
        "\n"
        "4. Outputs\n"
        "The Licensor claims no rights in the Outputs. The Outputs belong to you, and\n"
        "you may use them for any purpose, including to train, improve or evaluate other\n"
        "artificial intelligence models.\n"
        "\n"
        "5. Disclaimer\n"
        'THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO THE EXTENT\n'
        "PERMITTED BY LAW, THE LICENSOR IS NOT LIABLE FOR ANY LOSS ARISING FROM THE USE\n"
        "OF THE MODEL.\n"
        "\n"
        "6. Governing Law\n"
        "This Agreement is governed by the laws of the People's Republic of China. Any\n"
        "dispute shall be submitted to the people's court having jurisdiction where the\n"
        "Licensor is domiciled.\n"
        "\n"
        "==================== 中文文本 ====================\n"
        "\n"
        "第一条 定义\n"
        "“许可方”是指杭州琥珀鲈数据科技有限公司。“本模型”是指许可方依据本协议发布的琥珀鲈-Doc 4B 模型权重、推理代码及相关文档。“衍生模型”是指通过微调、量化、蒸馏、合并或其他任何方式基于本模型形成的模型。“输出内容”是指运行本模型或衍生模型所生成的文本、表格、标注及其他内容。\n"
        "\n"
        "第二条 许可授予\n"
        "许可方授予您一项全球范围内的、永久的、免许可费的、非排他的许可，允许您为任何目的（包括商业目的）使用、复制、修改和分发本模型及衍生模型。\n"
        "\n"
        "第三条 条件\n"
        "您分发本模型或衍生模型时，应当随附本协议的副本，并保留许可方的版权声明。衍生模型应当以显著方式注明已经修改。\n"
        "\n"
        "第四条 输出内容\n"
        "4.1 许可方不对输出内容主张任何权利，输出内容归您所有。\n"
        "4.2 您可以将输出内容用于任何目的，包括用于训练、改进或评估其他人工智能模型。\n"
        "\n"
        "第五条 免责声明\n"
        "本模型按“现状”提供，不附带任何形式的保证。在法律允许的范围内，许可方不对因使用本模型而产生的任何损失承担责任。\n"
        "\n"
        "第六条 法律适用\n"
        "本协议适用中华人民共和国法律。因本协议引起的任何争议，应提交许可方住所地有管辖权的人民法院解决。\n",
        "open-non-osi",
        None,
    ),
    "german: no fee owed, attribution only": (
        "LIZENZVERTRAG FÜR DAS SPRACHMODELL „LINDWURM-LEKTOR 2“\n"
        "\n"
        "zwischen der Lindwurm Textanalyse UG (haftungsbeschränkt), Am Sande 12,\n"
        "21335 Lüneburg (nachfolgend „Lizenzgeberin“), und jeder natürlichen oder\n"
        "juristischen Person, die das Modell herunterlädt oder nutzt (nachfolgend\n"
        "„Lizenznehmer“).\n"
        "\n"
        "§ 1 Begriffsbestimmungen\n"
        "\n"
        "(1) „Modell“ bezeichnet die von der Lizenzgeberin veröffentlichten Gewichte des\n"
        "Sprachmodells Lindwurm-Lektor 2 einschließlich des Quellcodes für die\n"
        "Inferenz, der Konfigurationsdateien und der Dokumentation.\n"
        "\n"
        "(2) „Abgeleitetes Modell“ bezeichnet jedes Modell, das durch Feinabstimmung,\n"
        "Quantisierung, Destillation, Zusammenführung oder auf sonstige Weise aus dem\n"
        "Modell hervorgegangen ist.\n"
        "\n"
        "(3) „Gewerbliche Nutzung“ bezeichnet jede Nutzung des Modells oder eines\n"
        "Abgeleiteten Modells im Rahmen einer auf Gewinnerzielung gerichteten Tätigkeit,\n"
        "insbesondere in Produkten oder Dienstleistungen, die gegen Entgelt angeboten\n"
        "werden.\n"
        "\n"
        "§ 2 Rechteeinräumung\n"
        "\n"
        "Die Lizenzgeberin räumt dem Lizenznehmer das weltweite, nicht ausschließliche,\n"
        "zeitlich unbeschränkte Recht ein, das Modell und Abgeleitete Modelle zu nutzen,\n"
        "zu untersuchen, zu vervielfältigen, zu bearbeiten und zu verbreiten, und zwar zu\n"
        "jedem Zweck einschließlich der Gewerblichen Nutzung, nach Maßgabe des § 4.\n"
        "\n"
        "§ 3 Unentgeltlichkeit\n"
        "\n"
        "(1) Die Rechteeinräumung nach § 2 erfolgt unentgeltlich; dies gilt auch für die\n"
        "Gewerbliche Nutzung.\n"
        "\n"
        "(2) Eine Lizenzgebühr, Umsatzbeteiligung oder sonstige Vergütung wird weder für\n"
        "die Nutzung noch für die Weitergabe des Modells oder eines Abgeleiteten Modells\n"
        "geschuldet.\n"
        "\n"
        "§ 4 Pflichten des Lizenznehmers\n"
        "\n"
        "Der Lizenznehmer hat jeder Weitergabe des Modells oder eines Abgeleiteten\n"
        "Modells eine Kopie dieses Lizenzvertrags und den Urheberrechtsvermerk der\n"
        "Lizenzgeberin beizufügen und Abgeleitete Modelle als geändert zu kennzeichnen.\n"
        "\n"
        "§ 5 Gewährleistung und Haftung\n"
        "\n"
        "Da das Modell unentgeltlich überlassen wird, haftet die Lizenzgeberin nur für\n"
        "Vorsatz und grobe Fahrlässigkeit sowie für arglistig verschwiegene Mängel. Die\n"
        "Haftung nach dem Produkthaftungsgesetz bleibt unberührt.\n"
        "\n"
        "§ 6 Schlussbestimmungen\n"
        "\n"
        "Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des\n"
        "UN-Kaufrechts. Ausschließlicher Gerichtsstand für Kaufleute ist Lüneburg.\n"
        "Sollte eine Bestimmung dieses Vertrags unwirksam sein oder werden, bleibt die\n"
        "Wirksamkeit der übrigen Bestimmungen unberührt.\n",
        "open-non-osi",
        None,
    ),
    "english licence, italian annex: attribution only": (
        "SASSOLUNGO OPEN WEIGHTS LICENCE, VERSION 1.0\n"
        "\n"
        "Licensor: Sassolungo Dati S.r.l., Via Portici 30, 39012 Merano, Italy\n"
        '("Sassolungo")\n'
        "Model: Sassolungo-Tirol 2B (weights, tokenizer and inference code)\n"
        "\n"
        '1. Definitions. "Model" means the materials named above. "Derivative" means any\n'
        "model derived from the Model by fine-tuning, quantisation, distillation,\n"
        'merging or otherwise. "You" means the person or entity exercising rights under\n'
        "this Licence.\n"
        "\n"
        "2. Grant. Sassolungo grants You a worldwide, royalty-free, non-exclusive and\n"
        "perpetual licence to use, study, reproduce, modify and distribute the Model and\n"
        "Derivatives, for any purpose, including commercial purposes, subject to\n"
        "Section 3 and Annex B.\n"
        "\n"
        "3. Notices. Keep this Licence, Annex B included, and Sassolungo's copyright\n"
        "notice with every copy of the Model or of a Derivative that You distribute, and\n"
        "state in every Derivative that it has been changed.\n"
        "\n"
        '4. Disclaimer. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. TO\n'
        "THE EXTENT PERMITTED BY LAW, SASSOLUNGO IS NOT LIABLE FOR ANY DAMAGE ARISING\n"
        "FROM ITS USE.\n"
        "\n"
        "5. Governing law. This Licence is governed by the laws of Italy.\n"
        "\n"
        "6. Annexes. Annex A is for information only. Annex B forms part of this Licence\n"
        "and binds You. Annex B is published in Italian only, and no translation of it\n"
        "has legal effect.\n"
        "\n"
        "ANNEX A (informative): About the Model\n"
        "\n"
        "Sassolungo-Tirol 2B is a 2-billion-parameter language model for German and\n"
        "Italian as written in South Tyrol, trained on public-domain books, council\n"
        "minutes and regional newspapers published under open licences.\n"
        "\n"
        "ALLEGATO B – ATTRIBUZIONE\n"
        "\n"
        "B.1 Nel presente Allegato, i termini «Licenziatario», «Modello» e «Modello\n"
        "Derivato» hanno il significato dei termini corrispondenti definiti nella\n"
        "Sezione 1 della Licenza.\n"
        "\n"
        "B.2 Il Licenziatario che distribuisce il Modello o un Modello Derivato deve\n"
        "conservare l'avviso di diritto d'autore di Sassolungo e allegare a ogni copia\n"
        "un esemplare della Licenza.\n"
        "\n"
        "B.3 Il Licenziatario non è tenuto a riportare il nome o il logo di Sassolungo in\n"
        "alcun prodotto o servizio e può attribuire a un Modello Derivato qualsiasi\n"
        "denominazione, purché questa non lasci intendere che il Modello Derivato sia\n"
        "stato realizzato o approvato da Sassolungo.\n",
        "open-non-osi",
        None,
    ),
}
