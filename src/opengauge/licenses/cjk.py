"""Chinese license wording, for the readers whose English patterns need spaces between words (grants,
and the sentences an unknown text leaves unread): Chinese writes no spaces, so a word boundary never
falls inside a run of it, and its words are matched as they are.

The clause rules read Chinese directly (`rules.yaml`, the patterns written in Chinese); this module holds
what the grant reader and the reading of unexplained sentences need.
"""

from __future__ import annotations

import re

from opengauge.enums import Freedom

#: A character of the CJK Unified Ideographs block: a sentence with one is read with the words below.
CJK = re.compile(r"[\u4e00-\u9fff]")
#: Wordings that hold a refusing word but limit nothing: irrevocable ("不可撤销"), whether changed or
#: not, revocation excepted.
HARMLESS = re.compile(r"不可撤销|不论修改与否|无论修改与否|撤销除外")
#: Words that confer a permission ("授予您 ... 许可", "您可以", "任何人均可", "有权").
GRANT_WORDS = re.compile(r"授予|许可您|您可以|你可以|可以|均可|允许|有权|免费使用")
#: The verbs of each freedom.
FREEDOM_VERBS: dict[Freedom, re.Pattern[str]] = {
    Freedom.USE: re.compile(r"使用|运行|部署"),
    Freedom.SHARE: re.compile(r"复制|分发|传播|再分发|转载|共享|提供给"),
    Freedom.MODIFY: re.compile(r"修改|改编|衍生|微调|改进"),
    Freedom.STUDY: re.compile(r"研究|源代码|源码"),
}
#: Words that refuse or confine ("不得", "仅限"): a sentence with one grants nothing.
REFUSAL_WORDS = re.compile(r"不得|禁止|不可|不能|不允许|严禁|不包括|除外|仅限|仅可|只能|仅用于|仅供")
#: Words that refuse, confine or oblige ("必须", "应当"): a sentence of an unknown text with one states a
#: limit (a request, "请保留", does not).
LIMIT_WORDS = re.compile(
    r"不得|禁止|不可|不能|不允许|严禁|仅限|仅可|只能|仅用于|仅供|必须|应当|须|需要|需|保留.{0,6}权利"
)
#: Sentences about what open licenses carry anyway: patents, trademarks, the copyright notice and a copy
#: of the license kept, the disclaimer.
ALLOWED = re.compile(r"专利|商标|免责|担保|副本|版权声明|保留[^。；;]{0,30}?(版权|声明)|责任")
#: A sentence shorter than this many characters is a title or a label, not terms.
MIN_CHARS = 8
