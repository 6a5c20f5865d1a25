# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 17 (`ROUND_17`, 8 releases, written blind by a helper that never read the rules or the
probes): how non-English and unusual publishers document their releases. Each release is served by the loopback Hub
(with its linked GitHub repositories and datasets) through `test_heldout_releases.py`, with the label and the key OSAI
cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and §4, and the expert files in
`../shared/reference/osai-index/`, cited beside each cell). Real bases are not served: the built-in index must know
them (meta-llama/Llama-3.1-8B, Qwen/Qwen2.5-7B-Instruct). Earlier rounds had a Japanese card with an English licence
line (7), a bilingual Chinese/English card with Chinese commercial-registration terms (8), a Korean card with an
English licence line (12), a 10% public sample in English (10), gated data in English (6, 8) and an ACL paper beside
its arXiv preprint (8); this round avoids those shapes: every card here is written in one language other than English
(but for the Codeberg co-operative's), the licence and the data are stated in that language, and the papers have no
arXiv version.

The releases:
- (a) huamei-lab/Huamei-1.5B: a from-scratch Chinese-English base model whose card is only in Chinese (模型介绍,
  模型结构, 训练数据, 训练过程, 评测结果, 使用方法, 局限性, 环境影响, 引用, 许可证), with no `license` and no `datasets`
  in the metadata: the licence is a Chinese sentence of the 许可证 section, the two corpora are linked only in the
  训练数据 table (each with a datasheet written in Chinese), "训练中未使用任何未公开数据" denies unpublished data, the
  pipeline's GitHub README is in Chinese and the paper is on OpenReview (COLM 2025)
  (open-source-ai-with-open-data).
- (b) ventoux-ia/Ventoux-3B: a from-scratch French model whose French card publishes "un échantillon public de 5 %"
  of its 1.5T-token corpus on the Hub, "Les 95 % restants demeurent internes au laboratoire", with no reason given;
  its whole pipeline on GitHub with a French README (open-weights; data partial).
- (c) rheinaue-nlp/Rheinaue-8B-Instruct: an SFT + DPO of meta-llama/Llama-3.1-8B by a German university group, whose
  German card gives the tuning data as a mixture table (Datensatz, Phase, Beispiele, Anteil, Verfügbarkeit): two rows
  public Hub datasets (45 %), two rows "intern" (55 %) (weights-available; end-model data partial).
- (d) fjell-coop/Fjell-1B: a fully open from-scratch model of a worker-owned co-operative that "doesn't use GitHub":
  its whole pipeline is linked on Codeberg (EUPL-1.2), which opengauge does not read; its two corpora are on the Hub
  with datasheet cards (undetermined; training code unknown).
- (e) encina-nlp/Encina-1B: a fully open from-scratch Spanish model whose Spanish card presents its paper in the ACL
  Anthology (Findings of ACL 2025), "No existe versión en arXiv", with Spanish datasheets for its three Hub corpora
  (open-source-ai-with-open-data; preprint and paper open).
- (f) rinjani-ai/Rinjani-7B-Chat: a tune of Qwen/Qwen2.5-7B-Instruct whose card is YAML front matter (base model,
  datasets, languages, a widget and a model-index block of four evaluation results on Hub evaluation sets) and one
  line of Indonesian prose (open-weights; model card closed).
- (g) hotaru-lab/Hotaru-3B: a from-scratch Japanese-English model whose Japanese card says its one corpus is
  "Hugging Face Hub で公開" but needs an application that the institute reviews (利用申請, 承認), for research only,
  "コーパスの利用状況を把握するため" (served with `gated: "manual"` and a Japanese datasheet card); pipeline on GitHub
  (open-weights; data and licences partial).
- (h) nakhla-ai/Nakhla-7B-Chat: a full fine-tune of Qwen/Qwen2.5-7B-Instruct whose card is in Arabic (نظرة عامة,
  تفاصيل النموذج, الاستخدامات المقصودة, بيانات التدريب, إجراءات التدريب, التقييم, القيود والمخاطر, الأثر البيئي, الاستشهاد,
  الترخيص), with two Hub tuning sets and its tuning code on GitHub (open-weights; training code partial, model card
  open).

First run (before any rule changed, on commit 06c27bb; HEAD moved from 26d3a60 to 06c27bb while the round was being
written, by another session's commit about round 15's Hornbeam-1B (a datasheet kept in the card, unshareable data
described by one), which also swept a first draft of this module, with the same expectations, into the tree; another
session's uncommitted edit to `src/opengauge/licenses/rules.yaml` was in the working tree; pytest cut the reasons
short, so their full text was read from a throwaway test outside the project that served the same eight cases
through `_serve`, since deleted, which gave the same levels): **0 of 8 right**, labels and cells. 4 of 8 labels right
(Huamei-1.5B, open-source-ai-with-open-data: its Chinese licence sentence, its Chinese headings, the OpenReview paper
and the Hub corpora linked only in the 训练数据 table were all read; Rheinaue-8B-Instruct, weights-available through
the index's Llama 3.1 8B; Rinjani-7B-Chat and Nakhla-7B-Chat, open-weights). Two labels read **more open** than the
rubric (Ventoux-3B, Hotaru-3B), one less open (Encina-1B) and one more decided than the evidence (Fjell-1B); three
cells read more open (Ventoux's base data, Rheinaue's tuning data, Rinjani's model card). The misses:
- Huamei-1.5B: datasheet partial where open was expected ("The training data has a dataset card on the Hub, but not a
  datasheet: its card gives partial insight (huamei-lab/huamei-web-zh does not describe how the data was collected or
  how the data was curated; huamei-lab/huamei-edu-en does not describe how the data was collected or how the data was
  curated)."): both cards are datasheets under Chinese headings, "## 采集过程" (collection: the 36 Common Crawl
  snapshots, resiliparse, the fastText threshold, robots.txt and removal requests; for the English part FineWeb-Edu's
  score and the seed) and "## 预处理与清洗" (curation: heuristic filters, quality classifier, MinHash-LSH, PII masking,
  `data/`), lines 19 and 23 of each card. The eight other cells right.
- Ventoux-3B (5 % public sample, French card): open-source-ai-with-open-data where open-weights was expected ("Weights
  under Apache License 2.0, deployment and training code under OSI-approved licenses, and every training dataset
  published under an open license."); datasources_basemodel **open** where partial was expected ("The training
  datasets are named, public and openly licensed (ventoux-ia/ventoux-corpus-echantillon)."): README.md line 42, "Ce
  corpus n'est pas diffusé dans son intégralité. Nous publions un échantillon public de 5 % ... Les 95 % restants
  demeurent internes au laboratoire.", and the sample's card, line 14, "Il représente 5 % du corpus d'entraînement ; le
  reste du corpus n'est pas publié."; modelcard partial where open was expected ("The model card covers 1 of the 9
  standard sections; missing: model-details, uses, limitations, getting-started, training, evaluation,
  environmental-impact, technical-specs."): the French headings Présentation du modèle, Données d'entraînement,
  Procédure d'entraînement, Évaluation, Utilisation, Limites et biais, Impact environnemental (README.md lines 16 to
  76; only Citation was counted). Weights and training code right.
- Rheinaue-8B-Instruct (German mixture table): label and five cells right, but datasources_endmodel **open** where
  partial was expected ("The fine-tuning datasets are named, public and openly licensed
  (rheinaue-nlp/alpaca-de-geprueft, rheinaue-nlp/amtsdeutsch-einfach)."): README.md lines 39 and 40, "| Redaktionell
  verfasste Dialoge | SFT | 70.000 | 35 % | intern |" and "| Präferenzpaare aus eigener Annotation | DPO | 40.000 |
  20 % | intern |", and line 42, "Die beiden internen Datensätze ... werden nicht veröffentlicht."
- Fjell-1B (code on Codeberg): open-weights where undetermined was expected ("The weights and deployment code are
  released under open terms (Apache License 2.0), but complete training code; data-processing code are missing for
  Open Source AI."); trainingcode closed where unknown was expected ("No training code is published with the release:
  the release links no code repository."): README.md line 40, "We don't use GitHub. The whole pipeline (...), the
  training loop with this checkpoint's configuration and the evaluation harness live on Codeberg:", and line 42,
  "https://codeberg.org/fjell-coop/fjell-train (EUPL-1.2)": a code repository is linked, on a forge opengauge does not
  read, so the code is unread, not missing; datasheet partial where open was expected ("The training data has a
  dataset card on the Hub, but not a datasheet: its card gives partial insight (fjell-coop/fjell-en-edu does not
  describe how the data was curated)."): that card's Preprocessing section is one sentence, line 28, "Nothing beyond
  FineWeb-Edu's own processing, except a second pass of email and phone-number masking and the removal of pages that
  also occur in the Norwegian part." (curation told by reference to FineWeb-Edu's documented pipeline: the weakest of
  this round's datasheet expectations, like the short sections of rounds 9 and 12). Weights and data right.
- Encina-1B (Spanish card, ACL Anthology paper): open-weights where open-source-ai-with-open-data was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but complete training code is
  missing for Open Source AI."); trainingcode partial where open was expected ("Only the data-processing code is
  published."): the GitHub README's "## Preentrenamiento" section, line 19, "srun python entrenamiento/preentrenar.py
  --config configs/encina-1b.yaml", and the tree's `entrenamiento/preentrenar.py`, `entrenamiento/modelo.py` and
  `configs/encina-1b.yaml` (Ventoux's French `entrainement/pretrain.py` was read); datasheet partial where open was
  expected ("... (encina-nlp/encina-web-es does not describe how the data was collected or how the data was curated;
  encina-nlp/encina-cooficiales does not describe ...; encina-nlp/encina-edu-en does not describe ...)."): the Spanish
  headings "## Proceso de recopilación" and "## Preprocesamiento" (lines 19 and 23 of each card); modelcard closed
  where open was expected ("The model card has none of the standard sections (details, uses, training,
  evaluation...)."): the Spanish headings Descripción del modelo, Datos de entrenamiento, Procedimiento de
  entrenamiento, Evaluación, Uso, Limitaciones y sesgos, Impacto ambiental, Artículo, Cita, Licencia (README.md lines
  21 to 101); preprint closed where open was expected ("The release, read in full, links no preprint or technical
  report."): README.md line 83 links the paper's ACL Anthology page and PDF (minerva.yaml: the Anthology link,
  preprint open). Paper right (open), weights and data right.
- Rinjani-7B-Chat (YAML card): label and five cells right, but datasources_endmodel partial where open was expected
  ("The fine-tuning datasets are named, public and openly licensed (rinjani-ai/rinjani-instruksi-120k,
  rinjani-ai/rinjani-preferensi-30k). Tuning data of the intermediate base hf:Qwen/Qwen2.5-7B-Instruct: Post-training
  data is not released."): the declared base's own instruction tuning is counted as this tune's data, where the
  experts rate a tune of another publisher's instruct model by its own tuning data (Llama-Nemotron.yaml, base
  Llama-3.3-70B-Instruct, "Dataset published on HuggingFace": open; SkyWorks-OR1.yaml, base
  DeepSeek-R1-Distill-Qwen-32B: open; OpenCodeInterpreter.yaml rates the other way); and modelcard **partial** where
  closed was expected ("The model card covers 1 of the 9 standard sections; missing: model-details, uses,
  limitations, getting-started, training, environmental-impact, technical-specs, citation."): the one section is
  evaluation, from the model-index block (README.md lines 29 to 77); the prose is line 82, "Asisten percakapan untuk
  bahasa Indonesia, Jawa, dan Sunda." (BindWeave.yaml: performance only, closed). The model-index's evaluation sets
  were not taken for training data.
- Hotaru-3B (corpus behind an application, Japanese card): open-source-ai where open-weights was expected ("Weights
  under Apache License 2.0, deployment and training code under OSI-approved licenses, and the training data is listed
  and documented (not all of it is released under open terms)."): README.md line 32 gives the only reason for the
  gate, "申請制としているのは、コーパスの利用状況を把握するためです" (to keep track of how the corpus is used): the
  publisher's choice over its own data, no legal or technical impossibility of sharing it (frameworks.md §4); datasheet
  partial where open was expected ("The training data has a dataset card on the Hub, but not a datasheet: its card
  gives partial insight (hotaru-lab/hotaru-corpus-v1 does not describe how the data was collected or how the data was
  curated)."): the corpus card's Japanese headings "## 収集方法" and "## 前処理" (lines 30 and 34). Data partial,
  licences partial, weights and training code right.
- Nakhla-7B-Chat (Arabic card): label and six cells right, but datasources_endmodel partial where open was expected
  (the same reason as Rinjani's, "... Tuning data of the intermediate base hf:Qwen/Qwen2.5-7B-Instruct: Post-training
  data is not released."; README.md line 42, "لم تُستخدم أي بيانات أخرى في الضبط الدقيق" (no other data was used in
  the fine-tuning)); modelcard closed where open was expected ("The model card has none of the standard sections
  (details, uses, training, evaluation...)."): the Arabic headings, README.md lines 19 to 75.
Seen but not scored: Huamei's preprint closed (only the OpenReview paper, as Encina's above, which is scored);
Ventoux's licences open and datasheet partial; Hotaru's model card and hardware and architecture partial (Japanese
headings); Rinjani's hardware and architecture partial (its config.json, as round 14's Wombat-8B); Encina's and
Fjell's code documentation closed.
No expectation was changed by the helper that wrote the round; citations were added after the run without changing a
level (Llama-Nemotron.yaml and SkyWorks-OR1.yaml for the tuning data of Rinjani and Nakhla; the check that no expert
file rates a paper open and its preprint anything but open, for Encina).

What changed (afterwards, fixing causes): model-card section titles, data headings, datasheet topics and internal or
sampled data are read in French, German, Spanish, Portuguese, Italian, Russian, Arabic and Indonesian too (the probe
vocabularies); a paragraph in Chinese, Japanese or Korean counts each character as three Latin ones against the
150-character datasheet minimum; training scripts named in Spanish, French or Portuguese are training code; a
repository the publisher links on another forge (Codeberg, GitLab, ...) is unread, not absent (`ProbeContext.unread`);
a card whose only section is scores in its metadata is closed; a public peer-reviewed paper is the preprint too (no
expert file rates otherwise); a tune of the foundation publisher's own instruct variant does not count that variant's
tuning data as its own (`frameworks/osai.intermediates`); a dataset behind an approval gate is not released for the G7
label. Now 6 of 8 pass; Fjell-1B and Encina-1B stay expected failures for their one-sentence curation sections (the
150-character minimum, as rounds 9 and 12).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from tests.assess.heldout_releases import Dataset, HeldOut, _github, _tree
from tests.servers import HubFile, HubRepo

QWEN2_CONFIG = (
    b'{"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 3584, "num_hidden_layers": 28,'
    b' "num_attention_heads": 28, "num_key_value_heads": 4, "vocab_size": 152064, "torch_dtype": "bfloat16"}'
)

LLAMA31_CONFIG = (
    b'{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 32,'
    b' "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128256, "torch_dtype": "bfloat16"}'
)


def _card(
    license_id: str, title: str, languages: list[str], sections: dict[str, str], *, front: str = ""
) -> str:
    """A dataset card written as a datasheet (Gebru et al. 2021), one `##` heading per section, in whatever language
    the publisher writes; `front` adds lines to the front matter (a gate's `extra_gated_*` keys)."""
    langs = "".join(f"- {lang}\n" for lang in languages)
    body = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in sections.items())
    return (
        f"---\nlicense: {license_id}\n{front}language:\n{langs}task_categories:\n- text-generation\n---\n\n"
        f"# {title}\n\n{body}"
    )


@dataclass
class _RawFront(HeldOut):
    """A release whose card's front matter is served as the publisher wrote it (nested YAML: a widget, a
    model-index block), not rebuilt from `card_data`, which stays what the Hub API reports as `cardData`."""

    front: str = ""

    def repo(self) -> HubRepo:
        repo = super().repo()
        repo.files["README.md"] = HubFile("README.md", f"---\n{self.front}---\n\n{self.card}".encode())
        return repo


# --------------------------------------------------------------------------------------------------------------
# (a) A from-scratch model whose card is written only in Chinese, the licence stated only there.

HUAMEI_CARD = """# 画眉-1.5B（Huamei-1.5B）

<p align="center">🤗 <a href="https://huggingface.co/huamei-lab">Hugging Face</a> ｜ 🖥️ <a href="https://github.com/huamei-lab/huamei">GitHub</a> ｜ 📑 <a href="https://openreview.net/forum?id=hM7rQ2xLp9">论文（COLM 2025）</a></p>

## 模型介绍

画眉-1.5B 是画眉实验室从零开始预训练的 15 亿参数中英双语基座模型。我们开源模型权重、全部预训练数据、数据处理与训练代码以及训练日志，希望为中文社区提供一个可以完整复现的开源大模型。

相关论文《画眉：完全开放的中英双语小模型》已被 COLM 2025 会议接收，评审意见与论文全文见 [OpenReview](https://openreview.net/forum?id=hM7rQ2xLp9)。

## 模型结构

| 项目 | 配置 |
|---|---|
| 参数量 | 1.5B |
| 层数 | 28 |
| 隐藏层维度 | 1536 |
| 注意力头数 | 12（GQA，KV 头数 4） |
| 上下文长度 | 4096 |
| 词表大小 | 65,536（BPE） |
| 位置编码 | RoPE |
| 训练 token 数 | 1.2T |

## 训练数据

画眉-1.5B 仅使用以下两个数据集进行预训练，二者均已在 Hugging Face Hub 完整公开：

| 数据集 | token 数 | 占比 | 许可证 |
|---|---|---|---|
| [huamei-lab/huamei-web-zh](https://huggingface.co/datasets/huamei-lab/huamei-web-zh) | 840B | 70% | ODC-By 1.0 |
| [huamei-lab/huamei-edu-en](https://huggingface.co/datasets/huamei-lab/huamei-edu-en) | 360B | 30% | ODC-By 1.0 |

以上两个数据集即为预训练所用的全部数据。训练中未使用任何未公开数据，也未使用合成数据。每个数据集页面都附有数据说明书（datasheet），详细介绍数据的来源、采集方式、清洗流程与构成。

## 训练过程

数据处理（正文抽取、语言识别、质量过滤、去重、隐私信息脱敏）、预训练与评测的全部代码已在 GitHub 开源：[huamei-lab/huamei](https://github.com/huamei-lab/huamei)，其中包含本模型使用的配置文件。

- 优化器：AdamW（β1 = 0.9，β2 = 0.95），峰值学习率 4e-4，WSD 学习率调度
- 全局批大小：4M token；混合精度 bf16
- 硬件：64 张 NVIDIA A800 80GB GPU，训练 11 天
- 训练日志：[Weights & Biases](https://wandb.ai/huamei-lab/huamei-1.5b)

## 评测结果

| 评测集 | 画眉-1.5B |
|---|---|
| C-Eval | 45.3 |
| CMMLU | 46.1 |
| MMLU | 44.8 |
| GSM8K | 31.2 |

## 使用方法

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("huamei-lab/Huamei-1.5B")
model = AutoModelForCausalLM.from_pretrained("huamei-lab/Huamei-1.5B", torch_dtype="auto", device_map="auto")
inputs = tokenizer("中国的四大发明是", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=64)[0], skip_special_tokens=True))
```

## 局限性

画眉-1.5B 是未经指令微调和安全对齐的基座模型，可能生成不准确、有偏见或有害的内容。请勿将其直接用于医疗、法律、金融等高风险场景；用于产品前请先进行微调与安全评估。

## 环境影响

训练共使用约 17,000 GPU 小时。按数据中心所在电网的排放因子估算，碳排放约为 5.2 吨二氧化碳当量。

## 引用

```bibtex
@inproceedings{huamei2025,
  title={画眉：完全开放的中英双语小模型},
  author={画眉实验室},
  booktitle={Conference on Language Modeling (COLM)},
  year={2025},
  url={https://openreview.net/forum?id=hM7rQ2xLp9}
}
```

## 许可证

本模型的权重与代码均以 Apache License 2.0 许可证开源，可免费用于学术研究和商业用途，无需申请授权。预训练数据集的许可证见上表。
"""

HUAMEI_README = """# 画眉（Huamei）

画眉-1.5B 的完整训练流程：数据处理、预训练与评测。

## 数据处理（`data/`）

    python data/extract.py --snapshots configs/cc_snapshots.txt   # 从 Common Crawl WARC 中抽取正文（resiliparse）
    python data/langid.py --keep zh,en                             # 语言识别（fastText）
    python data/quality.py                                         # 启发式规则与中文质量分类器
    python data/dedup.py                                           # MinHash-LSH 去重
    python data/pii.py                                             # 手机号、身份证号、邮箱脱敏
    python data/sample_en.py                                       # 从 FineWeb-Edu 抽取英文部分
    python data/tokenize.py

处理结果与 Hugging Face Hub 上公开的 `huamei-lab/huamei-web-zh`、`huamei-lab/huamei-edu-en` 两个数据集完全一致。

## 预训练

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/huamei-1.5b.yaml

`configs/huamei-1.5b.yaml` 即发布的检查点所用的全部超参数。

## 评测

    python eval/run.py --model huamei-lab/Huamei-1.5B --tasks ceval,cmmlu,mmlu,gsm8k

## 许可证

Apache License 2.0
""".encode()

HUAMEI_WEB_CARD = _card(
    "odc-by",
    "画眉中文网页语料（huamei-web-zh）",
    ["zh"],
    {
        "动机": "本数据集由画眉实验室构建，是画眉-1.5B 预训练语料中的中文网页部分（占 70%）。构建它的原因是：现有的大规模中文网页语料"
        "大多没有公开处理代码和详细文档，难以复现和审查。数据集的构建由实验室自有经费支持，算力来自一项公共科研计算资源。",
        "数据构成": "共 840B token，约 9.6 亿篇中文网页，每行一个 JSON 对象，字段包括 `text`、`url`、`snapshot`、`quality_score` 和 "
        "`token_count`。新闻、百科、政府与教育类网站占比较高；质量过滤使论坛、评论区等口语化文本的占比偏低。数据集不含任何非公开内容。",
        "采集过程": "2025 年 3 月至 6 月间，使用 resiliparse 从 Common Crawl 的 36 个快照（CC-MAIN-2019-04 至 CC-MAIN-2025-13）中抽取"
        "网页正文；fastText 语言识别判定为中文且得分高于 0.8 的页面被保留。robots.txt 禁止抓取的网站，以及向我们提出删除请求的域名，"
        "均在处理前被移除。采集与处理全部由实验室成员完成，未使用众包。",
        "预处理与清洗": "依次进行启发式过滤（重复度、符号比例、中文字符比例、行长度）、质量分类器打分（分类器以中文维基百科引用的网页为"
        "正例训练）、跨快照的 MinHash-LSH 去重，以及手机号、身份证号和电子邮箱的脱敏。全部步骤均可使用 "
        "https://github.com/huamei-lab/huamei 的 `data/` 目录复现，每一步保留与删除的文档数量记录在仓库的处理日志中。",
        "用途": "适用于中文语言模型的预训练与相关研究。它并不代表中文使用的整体分布，也不适合用于提取个人信息。",
        "分发": "以 ODC-By 1.0 许可证在 Hugging Face Hub 发布；原始网页的使用还需遵守 Common Crawl 的使用条款。",
        "维护": "由画眉实验室维护（data@huamei-lab.example）。删除请求将在下一个版本中处理，变更记录保存在本说明书末尾。",
    },
)

HUAMEI_EDU_CARD = _card(
    "odc-by",
    "画眉英文教育语料（huamei-edu-en）",
    ["en"],
    {
        "动机": "本数据集是画眉-1.5B 预训练语料中的英文部分（占 30%）。画眉实验室将模型实际见过的英文文档逐条公开，便于检查；"
        "加入英文数据是为了在学习中文的同时保持模型的推理与代码能力。",
        "数据构成": "共 360B token 的英文教育类网页，每行一个 JSON 对象，字段包括 `text`、`url`、`fineweb_id` 和 `edu_score`。"
        "以教材式讲解、百科与教学网站为主。",
        "采集过程": "2025 年 5 月，由 `data/sample_en.py` 以固定随机种子 2025 从 HuggingFaceFW/fineweb-edu 中教育质量分数不低于 3 的"
        "网页里均匀随机抽取；每篇文档都保留其在 FineWeb-Edu 中的编号，因此可以追溯到原始记录与原始网页。",
        "预处理与清洗": "除 FineWeb-Edu 自身的处理（语言识别、质量过滤、MinHash 去重、教育质量分类器）外，我们仅再做了一次电子邮箱和"
        "电话号码的脱敏，并删除了与中文网页部分重复的页面，所用代码即 https://github.com/huamei-lab/huamei 的 `data/` 目录。",
        "用途": "用于双语模型的预训练，以及研究英文回放数据对中文学习的影响。",
        "分发": "与 FineWeb-Edu 相同，以 ODC-By 1.0 许可证在 Hugging Face Hub 发布。",
        "维护": "由画眉实验室维护（data@huamei-lab.example），变更记录保存在本说明书末尾。",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (b) A French card whose corpus is published as a 5 % sample; the rest stays in the lab.

VENTOUX_CARD = """# Ventoux-3B

Ventoux-3B est un modèle de langue de 3 milliards de paramètres pré-entraîné de zéro par Ventoux IA, laboratoire de recherche associatif installé à Avignon, sur 1,5 billion de tokens, principalement en français.

## Présentation du modèle

| | |
|---|---|
| Développé par | Ventoux IA |
| Type de modèle | transformeur décodeur (causal) |
| Langues | français (72 %), anglais (20 %), code (8 %) |
| Paramètres | 3,1 milliards |
| Couches / dimension / têtes | 32 / 2560 / 20 (8 têtes clé-valeur) |
| Contexte | 8 192 tokens |
| Vocabulaire | 64 000 (BPE entraîné sur le corpus) |
| Licence | Apache 2.0 |

## Données d'entraînement

Le corpus d'entraînement complet compte 1,5 billion de tokens :

| Source | Part du corpus |
|---|---|
| Web francophone (Common Crawl filtré) | 52 % |
| Presse régionale numérisée (1950-2020) | 11 % |
| Documents administratifs publics | 9 % |
| Littérature du domaine public | 6 % |
| Web anglophone éducatif | 14 % |
| Code source | 8 % |

Ce corpus n'est pas diffusé dans son intégralité. Nous publions un échantillon public de 5 % (75 milliards de tokens), tiré aléatoirement dans chaque source en respectant les proportions ci-dessus : [ventoux-ia/ventoux-corpus-echantillon](https://huggingface.co/datasets/ventoux-ia/ventoux-corpus-echantillon). Les 95 % restants demeurent internes au laboratoire.

## Procédure d'entraînement

Le code de préparation des données (extraction, filtrage, déduplication, échantillonnage) et le code d'entraînement sont publiés sur GitHub sous licence Apache 2.0, avec la configuration exacte de ce modèle : [ventoux-ia/ventoux](https://github.com/ventoux-ia/ventoux).

- Optimiseur : AdamW (β1 = 0,9 ; β2 = 0,95), taux d'apprentissage maximal 3e-4, décroissance cosinus
- Taille de lot : 4 M tokens ; précision bf16
- Matériel : 128 GPU NVIDIA H100 du supercalculateur Jean Zay (GENCI-IDRIS), pendant 16 jours

## Évaluation

| Tâche | Ventoux-3B |
|---|---|
| FQuAD (F1) | 78,4 |
| French Bench (moyenne) | 51,2 |
| Belebele (fra) | 63,5 |
| MMLU (anglais) | 45,9 |

## Utilisation

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("ventoux-ia/Ventoux-3B")
model = AutoModelForCausalLM.from_pretrained("ventoux-ia/Ventoux-3B", torch_dtype="auto", device_map="auto")
entree = tok("La lavande de Provence fleurit", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**entree, max_new_tokens=40)[0], skip_special_tokens=True))
```

## Limites et biais

Ventoux-3B est un modèle de base : il n'a reçu ni ajustement aux instructions ni alignement. Il peut produire des contenus faux, biaisés ou offensants, reflète les biais de la presse et du web francophones, et ne doit pas servir à des décisions médicales, juridiques ou financières.

## Impact environnemental

Environ 49 000 heures GPU H100. Jean Zay est alimenté par le réseau électrique français, faiblement carboné : nous estimons les émissions à 1,6 tCO2eq.

## Citation

```bibtex
@misc{ventoux2026,
  title={Ventoux : un modèle de langue ouvert pour le français},
  author={Ventoux IA},
  year={2026},
  howpublished={\\url{https://huggingface.co/ventoux-ia/Ventoux-3B}}
}
```

## Licence

Les poids du modèle et le code sont distribués sous licence Apache 2.0. L'échantillon du corpus est distribué sous licence CC BY 4.0.
"""

VENTOUX_README = """# ventoux

Préparation des données, pré-entraînement et évaluation de **Ventoux-3B**.

## Données

    python donnees/extraction.py --instantanes configs/cc.txt     # WARC Common Crawl -> texte (trafilatura)
    python donnees/langue.py --garder fr,en                        # identification de la langue (fastText)
    python donnees/filtrage.py                                     # heuristiques et classifieur de qualité
    python donnees/dedup.py                                        # déduplication MinHash-LSH
    python donnees/echantillon.py --taux 0.05                      # l'échantillon publié sur le Hub
    python donnees/tokenisation.py

`donnees/echantillon.py` produit exactement `ventoux-ia/ventoux-corpus-echantillon`.

## Entraînement

    srun python entrainement/pretrain.py --config configs/ventoux-3b.yaml

## Évaluation

    python evaluation/lancer.py --modele ventoux-ia/Ventoux-3B --taches fquad,french_bench,belebele,mmlu

Licence Apache 2.0.
""".encode()

VENTOUX_SAMPLE_CARD = _card(
    "cc-by-4.0",
    "Ventoux – échantillon du corpus (5 %)",
    ["fr", "en"],
    {
        "Motivation": "Cet échantillon a été publié par Ventoux IA pour que chacun puisse inspecter la nature des données "
        "qui ont servi à pré-entraîner Ventoux-3B. Il représente 5 % du corpus d'entraînement ; le reste du corpus n'est "
        "pas publié.",
        "Composition": "75 milliards de tokens, tirés aléatoirement dans chacune des six sources du corpus (web "
        "francophone, presse régionale, documents administratifs, littérature du domaine public, web anglophone "
        "éducatif, code) en respectant leurs proportions ; un document JSON par ligne avec les champs `text`, `source`, "
        "`url` et `annee`.",
        "Collecte": "Les pages web proviennent de 30 instantanés de Common Crawl (2018-2025) ; la presse régionale et la "
        "littérature proviennent de numérisations de bibliothèques partenaires ; les documents administratifs de portails "
        "publics de données ouvertes ; le code de dépôts sous licence permissive.",
        "Prétraitement": "Extraction avec trafilatura, identification de la langue avec fastText, filtres heuristiques, "
        "classifieur de qualité, déduplication MinHash-LSH et masquage des adresses électroniques et des numéros de "
        "téléphone, comme pour le corpus complet (`donnees/` de https://github.com/ventoux-ia/ventoux).",
        "Usages": "Inspection et étude des données de Ventoux-3B ; entraînement de petits modèles de recherche.",
        "Distribution": "Publié sur le Hub de Hugging Face sous licence CC BY 4.0.",
        "Maintenance": "Maintenu par Ventoux IA (donnees@ventoux-ia.example).",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) A German Llama 3.1 tune whose tuning data is a mixture table, half of it internal.

RHEINAUE_CARD = """# Rheinaue-8B-Instruct

Rheinaue-8B-Instruct ist ein deutschsprachiges Chat-Modell der Forschungsgruppe Sprachtechnologie der Hochschule Rheinaue. Es basiert auf [Llama 3.1 8B](https://huggingface.co/meta-llama/Llama-3.1-8B) und wurde durch überwachtes Feintuning (SFT) und Direct Preference Optimization (DPO) an deutsche Alltags- und Verwaltungssprache angepasst.

## Modelldetails

- **Entwickelt von:** Forschungsgruppe Sprachtechnologie, Hochschule Rheinaue
- **Basismodell:** meta-llama/Llama-3.1-8B
- **Sprachen:** Deutsch, Englisch
- **Lizenz:** Llama 3.1 Community License
- **Kontakt:** nlp@hs-rheinaue.example

## Trainingsdaten

Die Feintuning-Daten setzen sich wie folgt zusammen:

| Datensatz | Phase | Beispiele | Anteil | Verfügbarkeit |
|---|---|---|---|---|
| [rheinaue-nlp/alpaca-de-geprueft](https://huggingface.co/datasets/rheinaue-nlp/alpaca-de-geprueft) | SFT | 52.000 | 26 % | öffentlich, CC BY 4.0 |
| [rheinaue-nlp/amtsdeutsch-einfach](https://huggingface.co/datasets/rheinaue-nlp/amtsdeutsch-einfach) | SFT | 38.000 | 19 % | öffentlich, CC BY 4.0 |
| Redaktionell verfasste Dialoge | SFT | 70.000 | 35 % | intern |
| Präferenzpaare aus eigener Annotation | DPO | 40.000 | 20 % | intern |

Die beiden internen Datensätze wurden von studentischen Hilfskräften der Hochschule erstellt und werden nicht veröffentlicht.

## Training

- SFT: 3 Epochen, Lernrate 2e-5 (Cosinus), effektive Batchgröße 128, maximale Sequenzlänge 4096
- DPO: beta 0,1, Lernrate 5e-7, 1 Epoche, Batchgröße 64
- Hardware: 8× NVIDIA A100 80GB im Rechenzentrum der Hochschule, insgesamt 41 Stunden

Die Trainingsskripte werden derzeit nicht veröffentlicht.

## Evaluation

| Benchmark | Llama-3.1-8B-Instruct | Rheinaue-8B-Instruct |
|---|---|---|
| MMLU-DE (5-shot) | 56,1 | 58,4 |
| ARC-Challenge-DE | 51,9 | 55,0 |
| MT-Bench-DE | 6,6 | 7,3 |

## Verwendung

```python
from transformers import pipeline

chat = pipeline("text-generation", model="rheinaue-nlp/Rheinaue-8B-Instruct", device_map="auto")
nachrichten = [{"role": "user", "content": "Erkläre mir in einfacher Sprache, was ein Bescheid ist."}]
print(chat(nachrichten, max_new_tokens=256)[0]["generated_text"][-1]["content"])
```

## Einschränkungen

Das Modell kann falsche oder veraltete Auskünfte geben, insbesondere zu Rechtsfragen. Es ersetzt keine Rechtsberatung und keine verbindliche Auskunft einer Behörde.

## Lizenz

Rheinaue-8B-Instruct ist ein Derivat von Llama 3.1 8B und unterliegt daher der Llama 3.1 Community License sowie der Acceptable Use Policy von Meta. Built with Llama.
"""


def _rheinaue_dataset_card(title: str, text: str) -> str:
    """A short German dataset card, as many university groups write them (summary, structure, licence)."""
    return (
        f"---\nlicense: cc-by-4.0\nlanguage:\n- de\ntask_categories:\n- text-generation\n---\n\n# {title}\n\n{text}\n\n"
        "## Lizenz\n\nCC BY 4.0. Bitte zitieren Sie die Forschungsgruppe Sprachtechnologie der Hochschule Rheinaue.\n"
    )


ALPACA_DE_CARD = _rheinaue_dataset_card(
    "alpaca-de-geprüft",
    "52.000 deutsche Anweisungs-Antwort-Paare. Ausgangspunkt war eine maschinelle Übersetzung des Alpaca-Datensatzes; "
    "jedes Paar wurde von studentischen Hilfskräften geprüft und bei Bedarf neu formuliert. Felder: `instruction`, "
    "`input`, `output`.",
)

AMTSDEUTSCH_CARD = _rheinaue_dataset_card(
    "amtsdeutsch-einfach",
    "38.000 Paare aus öffentlich zugänglichen Behördenschreiben (Bescheide, Merkblätter, Formularhinweise) und einer "
    "Umformulierung in einfache Sprache, erstellt von Übersetzerinnen und Übersetzern für Leichte und Einfache Sprache. "
    "Felder: `original`, `einfach`, `quelle`.",
)

# --------------------------------------------------------------------------------------------------------------
# (d) A co-operative that keeps its code on Codeberg, not GitHub.

FJELL_CARD = """# Fjell-1B

Fjell-1B is a 1.1B-parameter base model for Norwegian (Bokmål and Nynorsk) and English, pre-trained from scratch by the Fjell co-operative, a worker-owned collective of language engineers in Bergen. Weights, data and code are all public.

## Model

| | |
|---|---|
| Parameters | 1.1B |
| Layers / hidden size / heads | 22 / 2048 / 16 |
| Context | 4,096 tokens |
| Tokens seen | 600B |
| Tokenizer | 50k BPE, trained on the corpus |

## Training data

Fjell-1B was trained on exactly two datasets, both on the Hub in full, each with a datasheet:

- [fjell-coop/fjell-nor-web](https://huggingface.co/datasets/fjell-coop/fjell-nor-web): 380B tokens of Norwegian web text (ODC-By 1.0)
- [fjell-coop/fjell-en-edu](https://huggingface.co/datasets/fjell-coop/fjell-en-edu): 220B tokens of English educational web text (ODC-By 1.0)

Nothing else went into pre-training.

## Code

We don't use GitHub. The whole pipeline (crawling and text extraction, language identification, quality filtering, deduplication, tokenization), the training loop with this checkpoint's configuration and the evaluation harness live on Codeberg:

https://codeberg.org/fjell-coop/fjell-train (EUPL-1.2)

Issues and pull requests are welcome there.

## Training

- 64 AMD MI250X GPUs (128 GCDs) on the LUMI supercomputer, 9 days
- AdamW, peak learning rate 4e-4 with cosine decay, batch of 2M tokens, bf16

## Evaluation

| Benchmark | Fjell-1B |
|---|---|
| NorCommonsenseQA | 52.7 |
| NorOpenBookQA | 41.9 |
| Belebele (nob) | 48.3 |
| ARC-Easy (en) | 58.6 |

## Uses and limitations

A base model for research and fine-tuning. It has had no instruction tuning and no safety tuning, it makes up facts, and it knows Nynorsk less well than Bokmål.

## License

Weights: Apache 2.0. Code: EUPL-1.2. Data: ODC-By 1.0.
"""


def _fjell_sheet(title: str, motivation: str, composition: str, collection: str, preprocessing: str) -> str:
    return _card(
        "odc-by",
        title,
        ["no", "nb", "nn", "en"],
        {
            "Motivation": motivation,
            "Composition": composition,
            "Collection Process": collection,
            "Preprocessing": preprocessing,
            "Uses": "Pre-training and studying language models for Norwegian. Not a representative sample of how "
            "Norwegian is written, and not for extracting information about individuals.",
            "Distribution": "Released on the Hugging Face Hub under ODC-By 1.0; the underlying pages are also subject "
            "to the Common Crawl terms of use.",
            "Maintenance": "Maintained by the Fjell co-operative. Removal requests can be filed as issues at "
            "codeberg.org/fjell-coop/fjell-train and are honoured in the next release, listed at the end of this card.",
        },
    )


FJELL_NOR_CARD = _fjell_sheet(
    "Fjell Norwegian Web",
    "Built by the Fjell co-operative as the Norwegian part (63%) of the pre-training corpus of Fjell-1B, because the "
    "openly licensed Norwegian corpora that exist are small or poorly documented; paid for by the co-operative's members.",
    "380B tokens in 410M web documents, 88% Bokmål and 12% Nynorsk, one JSON line per page with `text`, `url`, "
    "`language`, `snapshot` and `quality` fields. News, municipal and educational sites are over-represented.",
    "Pages from 38 Common Crawl snapshots (2017 to 2025) and from our own crawl of .no domains in February 2025, which "
    "respected robots.txt; domains on the co-operative's opt-out list were removed before processing.",
    "Text extraction with trafilatura, language identification with GlotLID (Bokmål and Nynorsk told apart), heuristic "
    "repetition and boilerplate filters, a quality classifier trained on texts chosen by Norwegian teachers, MinHash-LSH "
    "deduplication and masking of national identity numbers, phone numbers and email addresses.",
)

FJELL_EN_CARD = _fjell_sheet(
    "Fjell English Edu",
    "The English part (37%) of the Fjell-1B pre-training corpus, published so that every English document the model saw "
    "can be inspected; English keeps the model's general knowledge while it learns Norwegian.",
    "220B tokens of English educational web pages, one JSON line per page with `text`, `url`, `fineweb_id` and "
    "`edu_score` fields.",
    "Drawn uniformly at random (seed 2025) from the pages of HuggingFaceFW/fineweb-edu with an educational score of 3 or "
    "more, in March 2025; each page keeps the identifier of its FineWeb-Edu record.",
    "Nothing beyond FineWeb-Edu's own processing, except a second pass of email and phone-number masking and the removal "
    "of pages that also occur in the Norwegian part.",
)

# --------------------------------------------------------------------------------------------------------------
# (e) A Spanish card whose paper is in the ACL Anthology, with no arXiv version.

ENCINA_CARD = """# Encina-1B

Encina-1B es un modelo de lenguaje de 1.300 millones de parámetros entrenado desde cero por el grupo Encina NLP para el español y las lenguas cooficiales de España (catalán, gallego y euskera). Publicamos los pesos, la totalidad de los datos de preentrenamiento y todo el código.

## Descripción del modelo

| | |
|---|---|
| Desarrollado por | Encina NLP |
| Tipo de modelo | transformer decodificador (causal) |
| Parámetros | 1.300 millones |
| Capas / dimensión / cabezas de atención | 24 / 2048 / 16 |
| Contexto | 4.096 tokens |
| Vocabulario | 64.000 (BPE entrenado sobre el corpus) |
| Tokens de entrenamiento | 600.000 millones |
| Idiomas | español, catalán, gallego, euskera, inglés |

## Datos de entrenamiento

Encina-1B se entrenó únicamente con los tres conjuntos de datos siguientes, publicados íntegramente en el Hub:

| Conjunto de datos | Tokens | Proporción | Licencia |
|---|---|---|---|
| [encina-nlp/encina-web-es](https://huggingface.co/datasets/encina-nlp/encina-web-es) | 420.000 M | 70 % | ODC-By 1.0 |
| [encina-nlp/encina-cooficiales](https://huggingface.co/datasets/encina-nlp/encina-cooficiales) | 90.000 M | 15 % | CC BY 4.0 |
| [encina-nlp/encina-edu-en](https://huggingface.co/datasets/encina-nlp/encina-edu-en) | 90.000 M | 15 % | ODC-By 1.0 |

Estos tres conjuntos son la totalidad de los datos de preentrenamiento; no se utilizaron datos privados ni sintéticos. Cada conjunto tiene en su página una ficha técnica (*datasheet*) que describe su motivación, composición, recopilación y preprocesamiento.

## Procedimiento de entrenamiento

El código de procesamiento de datos (extracción, identificación de idioma, filtrado, deduplicación), el de preentrenamiento con la configuración exacta de este modelo y el de evaluación están en GitHub bajo licencia Apache 2.0: [encina-nlp/encina](https://github.com/encina-nlp/encina).

- Optimizador AdamW, tasa de aprendizaje máxima 3e-4 con decaimiento coseno, lote de 2 M de tokens, bf16
- Hardware: 64 GPU NVIDIA H100 del superordenador MareNostrum 5 (BSC-CNS), durante 6 días

## Evaluación

| Tarea | Encina-1B |
|---|---|
| XNLI (es) | 47,9 |
| Belebele (spa) | 44,6 |
| EusExams | 36,2 |
| ARC-Easy (en) | 57,3 |

## Uso

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("encina-nlp/Encina-1B")
modelo = AutoModelForCausalLM.from_pretrained("encina-nlp/Encina-1B", torch_dtype="auto")
entrada = tok("La dehesa extremeña es", return_tensors="pt")
print(tok.decode(modelo.generate(**entrada, max_new_tokens=40)[0], skip_special_tokens=True))
```

## Limitaciones y sesgos

Encina-1B es un modelo base, sin ajuste por instrucciones ni alineamiento de seguridad. Puede generar información falsa o sesgada, y su calidad en euskera y gallego es inferior a la del español.

## Impacto ambiental

Unas 9.200 horas de GPU H100; según el factor de emisión de la red eléctrica española, estimamos 1,1 tCO2eq.

## Artículo

Encina-1B se describe en detalle (datos, filtrado, arquitectura, entrenamiento y evaluación) en el artículo revisado por pares «Encina: un modelo de lenguaje abierto para el español y las lenguas cooficiales», publicado en *Findings of the Association for Computational Linguistics: ACL 2025*: https://aclanthology.org/2025.findings-acl.1187/ ([PDF](https://aclanthology.org/2025.findings-acl.1187.pdf)). No existe versión en arXiv.

## Cita

```bibtex
@inproceedings{fernandez-rivas-etal-2025-encina,
    title = "Encina: un modelo de lenguaje abierto para el espa{\\~n}ol y las lenguas cooficiales",
    author = "Fern{\\'a}ndez-Rivas, Luc{\\'i}a and Morcillo, Javier and Goikoetxea, Itziar and Pujol, Marta",
    booktitle = "Findings of the Association for Computational Linguistics: ACL 2025",
    month = jul,
    year = "2025",
    address = "Vienna, Austria",
    publisher = "Association for Computational Linguistics",
    url = "https://aclanthology.org/2025.findings-acl.1187/",
    pages = "22871--22889"
}
```

## Licencia

Los pesos y el código se publican bajo la licencia Apache 2.0; cada conjunto de datos, bajo la licencia indicada en la tabla.
"""

ENCINA_README = """# encina

Procesamiento de datos, preentrenamiento y evaluación de **Encina-1B**.

## Datos

    python datos/extraer.py --instantaneas configs/cc.txt   # WARC de Common Crawl -> texto (trafilatura)
    python datos/idioma.py --mantener es,ca,gl,eu,en         # identificación de idioma (GlotLID)
    python datos/filtrar.py                                  # filtros heurísticos y clasificador de calidad
    python datos/dedup.py                                    # deduplicación MinHash-LSH
    python datos/cooficiales.py                              # corpus en catalán, gallego y euskera
    python datos/muestra_en.py                               # parte inglesa, de FineWeb-Edu
    python datos/tokenizar.py

La salida de `datos/` son exactamente los tres conjuntos publicados en el Hub.

## Preentrenamiento

    srun python entrenamiento/preentrenar.py --config configs/encina-1b.yaml

## Evaluación

    python evaluacion/ejecutar.py --modelo encina-nlp/Encina-1B --tareas xnli_es,belebele,eusexams,arc_easy

Licencia Apache 2.0.
""".encode()


ENCINA_WEB_CARD = _card(
    "odc-by",
    "Encina Web ES",
    ["es"],
    {
        "Motivación": "Creado por Encina NLP como la parte web en español (70 %) del corpus de preentrenamiento de "
        "Encina-1B, porque los grandes corpus web en español disponibles no publican su código de procesamiento ni una "
        "documentación completa. Financiado por un proyecto público de investigación, sin patrocinador comercial.",
        "Composición": "420.000 millones de tokens en 510 millones de páginas web en español, un objeto JSON por línea "
        "con los campos `text`, `url`, `instantanea` y `calidad`. Predominan noticias, administraciones públicas, "
        "enciclopedias y blogs; las redes sociales están excluidas.",
        "Proceso de recopilación": "Páginas de 34 instantáneas de Common Crawl (2018-2025), extraídas con trafilatura entre "
        "enero y abril de 2025; se conservaron las que GlotLID identificó como español con una puntuación superior a 0,8. "
        "Se eliminaron antes del procesamiento los dominios que pidieron su exclusión.",
        "Preprocesamiento": "Filtros heurísticos (repeticiones, proporción de símbolos, longitud de líneas), un clasificador "
        "de calidad entrenado con páginas citadas por la Wikipedia en español, deduplicación MinHash-LSH entre "
        "instantáneas y enmascaramiento de DNI, teléfonos y correos electrónicos, con el directorio `datos/` de "
        "https://github.com/encina-nlp/encina.",
        "Usos": "Preentrenamiento y estudio de modelos de lenguaje en español. No es una muestra representativa del "
        "español hablado ni debe usarse para extraer información sobre personas.",
        "Distribución": "Publicado en el Hub de Hugging Face bajo ODC-By 1.0; el uso de las páginas de origen está sujeto "
        "además a las condiciones de uso de Common Crawl.",
        "Mantenimiento": "Mantenido por Encina NLP (datos@encina-nlp.example). Las solicitudes de retirada se atienden en "
        "la siguiente versión, y los cambios se listan al final de esta ficha.",
    },
)

ENCINA_COOF_CARD = _card(
    "cc-by-4.0",
    "Encina Cooficiales",
    ["ca", "gl", "eu"],
    {
        "Motivación": "La parte en catalán, gallego y euskera (15 %) del corpus de Encina-1B, reunida por Encina NLP para "
        "que el modelo aprenda las lenguas cooficiales con textos de calidad y de licencia abierta.",
        "Composición": "90.000 millones de tokens tras sobremuestrear dos veces: Wikipedia en catalán, gallego y euskera, "
        "boletines oficiales autonómicos y textos de dominio público, un registro por documento con `texto`, `lengua`, "
        "`fuente` y `licencia`.",
        "Proceso de recopilación": "Volcados de Wikimedia del 1 de marzo de 2025 descargados de dumps.wikimedia.org, "
        "boletines oficiales descargados de sus portales de datos abiertos y obras de dominio público de bibliotecas "
        "digitales, con la licencia de cada documento registrada.",
        "Preprocesamiento": "Conversión del wikitexto a texto plano, eliminación de tablas, plantillas y páginas de "
        "redirección, deduplicación exacta y aproximada, y descarte de documentos de menos de 200 caracteres "
        "(`datos/cooficiales.py`).",
        "Usos": "Preentrenamiento y estudio de modelos para el catalán, el gallego y el euskera.",
        "Distribución": "CC BY 4.0 en el Hub de Hugging Face; cada documento conserva su propia licencia en la columna "
        "`licencia`.",
        "Mantenimiento": "Mantenido por Encina NLP; se reconstruye con cada nueva versión del modelo.",
    },
)

ENCINA_EDU_CARD = _card(
    "odc-by",
    "Encina Edu EN",
    ["en"],
    {
        "Motivación": "La parte inglesa (15 %) del corpus de Encina-1B, publicada para que se pueda inspeccionar cada "
        "documento inglés que vio el modelo.",
        "Composición": "90.000 millones de tokens de páginas educativas en inglés, con los campos `text`, `url`, "
        "`fineweb_id` y `edu_score`.",
        "Proceso de recopilación": "Muestra aleatoria uniforme (semilla 2025) de las páginas de HuggingFaceFW/fineweb-edu "
        "con puntuación educativa igual o superior a 3, tomada en febrero de 2025 con `datos/muestra_en.py`.",
        "Preprocesamiento": "Ninguno aparte del de FineWeb-Edu, salvo un segundo enmascaramiento de correos y teléfonos.",
        "Usos": "Preentrenamiento de modelos bilingües.",
        "Distribución": "ODC-By 1.0 en el Hub de Hugging Face, como FineWeb-Edu.",
        "Mantenimiento": "Mantenido por Encina NLP.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (f) A card that is YAML front matter and a model-index block, with one line of prose.

RINJANI_FRONT = """license: apache-2.0
base_model: Qwen/Qwen2.5-7B-Instruct
base_model_relation: finetune
datasets:
- rinjani-ai/rinjani-instruksi-120k
- rinjani-ai/rinjani-preferensi-30k
language:
- id
- jv
- su
- en
library_name: transformers
pipeline_tag: text-generation
tags:
- indonesian
- javanese
- sundanese
- sft
- dpo
- conversational
widget:
- messages:
  - role: user
    content: Apa ibu kota Provinsi Jawa Barat?
- messages:
  - role: user
    content: Terjemahkan ke bahasa Jawa krama - Saya akan datang besok pagi.
model-index:
- name: Rinjani-7B-Chat
  results:
  - task:
      type: multiple-choice
      name: Multiple Choice
    dataset:
      name: IndoMMLU
      type: indolem/IndoMMLU
      split: test
    metrics:
    - type: accuracy
      value: 61.4
      name: accuracy (0-shot)
  - task:
      type: multiple-choice
      name: Multiple Choice
    dataset:
      name: IndoCulture
      type: indolem/IndoCulture
      split: test
    metrics:
    - type: accuracy
      value: 58.9
      name: accuracy (0-shot)
  - task:
      type: text-classification
      name: Sentiment Analysis
    dataset:
      name: NusaX-senti (jav)
      type: indonlp/NusaX-senti
      config: jav
      split: test
    metrics:
    - type: f1
      value: 79.2
      name: macro F1
  - task:
      type: text-classification
      name: Sentiment Analysis
    dataset:
      name: NusaX-senti (sun)
      type: indonlp/NusaX-senti
      config: sun
      split: test
    metrics:
    - type: f1
      value: 77.5
      name: macro F1
"""


#: What the Hub API reports as `cardData`: the same front matter, parsed.
RINJANI_CARD_DATA: dict = yaml.safe_load(RINJANI_FRONT)

RINJANI_CARD = """# Rinjani-7B-Chat

Asisten percakapan untuk bahasa Indonesia, Jawa, dan Sunda.
"""


def _rinjani_sheet(title: str, motivation: str, composition: str, collection: str, preprocessing: str) -> str:
    return _card(
        "cc-by-4.0",
        title,
        ["id", "jv", "su"],
        {
            "Motivation": motivation,
            "Composition": composition,
            "Collection Process": collection,
            "Preprocessing": preprocessing,
            "Uses": "Fine-tuning and evaluating chat models for Indonesian, Javanese and Sundanese. It reflects the "
            "guideline and the choices of a small team and is not a sample of what users ask in general.",
            "Distribution": "Released on the Hugging Face Hub under CC BY 4.0.",
            "Maintenance": "Maintained by Rinjani AI; errors can be reported on the dataset's discussion page and are "
            "fixed in the next revision, listed at the end of this card.",
        },
    )


RINJANI_SFT_CARD = _rinjani_sheet(
    "Rinjani Instruksi 120k",
    "Created by Rinjani AI as the supervised fine-tuning data of Rinjani-7B-Chat, because instruction data written by "
    "native speakers of Javanese and Sundanese barely exists.",
    "120,000 conversations (1 to 4 turns): 70% Indonesian, 18% Javanese (ngoko and krama), 12% Sundanese, one JSON line "
    "per conversation with `messages`, `language` and `category` fields; no model-generated answers.",
    "Written between March and July 2025 by 48 paid annotators from Java and West Java (teachers and students) from "
    "prompts they wrote themselves, following a written guideline; every conversation was reviewed by a second annotator.",
    "Conversations with personal data were removed, near duplicates were removed with MinHash, and items overlapping with "
    "IndoMMLU, IndoCulture or NusaX were dropped by 13-gram matching.",
)

RINJANI_PREFS_CARD = _rinjani_sheet(
    "Rinjani Preferensi 30k",
    "Created by Rinjani AI as the DPO data of Rinjani-7B-Chat; with the instruction set it is all of the model's tuning "
    "data.",
    "30,000 prompts, each with two answers of the SFT model and an annotator's choice, one JSON line per pair with "
    "`prompt`, `chosen`, `rejected` and `language` fields.",
    "Prompts written by the same annotators in August 2025; two answers per prompt sampled at temperature 0.8, and the "
    "annotators chose the more helpful, correct and polite one (register mattered for Javanese krama).",
    "Ties and pairs with identical answers were dropped; a second annotator checked a 10% sample (agreement 79%).",
)

# --------------------------------------------------------------------------------------------------------------
# (g) A Japanese card whose corpus is "public" on the Hub behind an application the institute reviews.

HOTARU_CARD = """# Hotaru-3B

Hotaru-3B は、ほたる言語研究所がフルスクラッチで事前学習した 30 億パラメータの日本語・英語ベースモデルです。

## モデル詳細

| 項目 | 内容 |
|---|---|
| 開発 | ほたる言語研究所 |
| アーキテクチャ | Llama 型デコーダ（32 層、隠れ次元 2560、アテンションヘッド 20） |
| パラメータ数 | 3.0B |
| コンテキスト長 | 4,096 |
| 学習トークン数 | 8,000 億 |
| 言語 | 日本語、英語 |
| ライセンス | Apache License 2.0 |

## 学習データ

事前学習には、当研究所が構築した日英コーパス [hotaru-lab/hotaru-corpus-v1](https://huggingface.co/datasets/hotaru-lab/hotaru-corpus-v1) の全量（8,000 億トークン）のみを使用しました。

本コーパスは Hugging Face Hub で公開していますが、ダウンロードには利用申請が必要です。Hub のデータセットページで所属機関・氏名・利用目的を記入して申請してください。当研究所で申請内容を確認し、承認した方のみアクセスできます。利用は研究目的に限り、再配布はできません。申請制としているのは、コーパスの利用状況を把握するためです。

コーパスの収集方法、構成、前処理については、データセットページのデータシートに記載しています。

## 学習方法

データ処理（テキスト抽出、言語判定、品質フィルタリング、重複除去、個人情報のマスキング）と事前学習のコードは [hotaru-lab/hotaru-pretrain](https://github.com/hotaru-lab/hotaru-pretrain) で Apache License 2.0 として公開しています。本モデルの設定ファイルも同じリポジトリにあります。

- 最適化：AdamW、最大学習率 3e-4、コサイン減衰
- バッチサイズ：400 万トークン、bf16
- 計算資源：NVIDIA H100 64 基で 20 日間

## 評価

| ベンチマーク | Hotaru-3B |
|---|---|
| JCommonsenseQA | 78.3 |
| JNLI | 55.1 |
| JSQuAD (F1) | 83.9 |
| MMLU（英語） | 42.7 |

## 使い方

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("hotaru-lab/Hotaru-3B")
model = AutoModelForCausalLM.from_pretrained("hotaru-lab/Hotaru-3B", torch_dtype="auto", device_map="auto")
inputs = tokenizer("日本で一番高い山は", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=32)[0], skip_special_tokens=True))
```

## 制限事項

Hotaru-3B は指示チューニングや安全性の調整を行っていないベースモデルです。事実と異なる内容や偏った内容を生成することがあります。医療・法律・金融などの判断にそのまま用いないでください。

## ライセンス

モデルの重みとコードは Apache License 2.0 で公開しています。学習コーパスの利用は、データセットページに記載した利用規約（研究目的に限る）に従います。
"""

HOTARU_README = """# hotaru-pretrain

Hotaru-3B のデータ処理と事前学習のコードです。

## データ処理

    python data/extract.py --snapshots configs/cc.txt   # Common Crawl の WARC から本文を抽出
    python data/langid.py --keep ja,en                   # 言語判定（fastText）
    python data/quality.py                               # ルールベースのフィルタと品質分類器
    python data/dedup.py                                 # MinHash-LSH による重複除去
    python data/pii.py                                   # 電話番号・メールアドレスのマスキング
    python data/tokenize.py

出力は Hugging Face Hub の `hotaru-lab/hotaru-corpus-v1` と同一です（利用には申請が必要です）。

## 事前学習

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/hotaru-3b.yaml

## ライセンス

Apache License 2.0
""".encode()

HOTARU_GATE = """license_name: hotaru-corpus-terms
extra_gated_heading: hotaru-corpus-v1 の利用申請
extra_gated_prompt: >-
  本コーパスは研究目的に限り利用できます。申請内容をほたる言語研究所で確認し、承認された方のみダウンロードできます。再配布はできません。
extra_gated_fields:
  所属機関: text
  氏名: text
  利用目的: text
  研究目的にのみ利用し、再配布しないことに同意します: checkbox
extra_gated_button_content: 申請する
"""

HOTARU_CORPUS_CARD = _card(
    "other",
    "hotaru-corpus-v1",
    ["ja", "en"],
    {
        "動機": "ほたる言語研究所が Hotaru-3B の事前学習のために構築したコーパスで、Hotaru-3B が学習したデータのすべてです。"
        "出典と処理の過程を説明できる日本語の大規模コーパスが少ないため、処理コードとともに作成しました。研究所の運営費で作成し、"
        "外部の資金提供者はいません。",
        "構成": "8,000 億トークン。日本語ウェブ文書 62%、日本語の官公庁・自治体の公開文書 8%、英語の教育系ウェブ文書 25%、"
        "ソースコード 5% で、1 行 1 文書の JSON 形式（`text`、`url`、`source`、`snapshot`、`quality` フィールド）です。"
        "ニュースと官公庁のサイトが多く、SNS は含みません。",
        "収集方法": "2025 年 1 月から 4 月にかけて、Common Crawl の 30 スナップショット（2019〜2025 年）から本文を抽出し、"
        "官公庁・自治体の公開文書はそれぞれのオープンデータサイトから取得しました。英語部分は HuggingFaceFW/fineweb-edu の教育"
        "スコア 3 以上の文書から無作為に抽出しました。robots.txt で拒否されたサイトと、削除依頼のあったドメインは処理前に除外しています。",
        "前処理": "fastText による言語判定、繰り返し・記号比率・文長などのルールベースのフィルタ、日本語版ウィキペディアから引用された"
        "ページで学習した品質分類器、スナップショットをまたいだ MinHash-LSH による重複除去、電話番号・メールアドレス・マイナンバーの"
        "マスキングを行いました。処理は https://github.com/hotaru-lab/hotaru-pretrain の `data/` で再現できます。",
        "用途": "日本語・英語の言語モデルの事前学習と研究。日本語の使用実態を代表するサンプルではなく、個人に関する情報の抽出には"
        "使用できません。",
        "配布": "Hugging Face Hub で、利用申請と研究所による承認を経た方にのみ提供します。利用は研究目的に限られ、再配布はできません。",
        "保守": "ほたる言語研究所が保守します（corpus@hotaru-lab.example）。削除依頼は次の版で反映し、変更履歴を本データシートの末尾に"
        "記載します。",
    },
    front=HOTARU_GATE,
)

# --------------------------------------------------------------------------------------------------------------
# (h) An Arabic card over a full fine-tune of Qwen2.5-7B-Instruct.

NAKHLA_CARD = """# نخلة-7B-Chat (Nakhla-7B-Chat)

## نظرة عامة

نخلة-7B-Chat نموذج محادثة عربي طوّره مختبر نخلة للذكاء الاصطناعي، يفهم العربية الفصحى واللهجات الخليجية والمصرية والشامية والمغاربية ويجيب بها. النموذج ضبط دقيق كامل (full fine-tuning) للنموذج [Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct).

## تفاصيل النموذج

- **المطوّر:** مختبر نخلة للذكاء الاصطناعي
- **النموذج الأساسي:** Qwen/Qwen2.5-7B-Instruct
- **نوع النموذج:** نموذج لغوي سببي (محوّل بفك الترميز فقط)، 7.6 مليار معامل، 28 طبقة، طول سياق 32,768 رمزًا
- **اللغات:** العربية (الفصحى واللهجات)، الإنجليزية
- **الترخيص:** Apache 2.0

## الاستخدامات المقصودة

مساعد محادثة عام باللغة العربية: الإجابة عن الأسئلة، والكتابة، والتلخيص، والتحويل بين اللهجات والفصحى. النموذج غير مخصص لتقديم الاستشارات الطبية أو القانونية أو المالية.

## بيانات التدريب

دُرِّب النموذج على مجموعتي البيانات التاليتين فقط، وكلتاهما منشورة بالكامل على Hugging Face Hub مع بطاقة بيانات (datasheet):

- [nakhla-ai/nakhla-dialects-sft](https://huggingface.co/datasets/nakhla-ai/nakhla-dialects-sft): 120 ألف محادثة باللهجات العربية (CC BY 4.0)
- [nakhla-ai/nakhla-msa-sft](https://huggingface.co/datasets/nakhla-ai/nakhla-msa-sft): 80 ألف محادثة بالعربية الفصحى (CC BY 4.0)

لم تُستخدم أي بيانات أخرى في الضبط الدقيق.

## إجراءات التدريب

ضبط دقيق كامل لمدة 3 حقب، بمعدل تعلم 1e-5 مع تناقص جيبي، وحجم دفعة فعلي 128، وطول أقصى 4096 رمزًا، على 8 وحدات معالجة رسومية NVIDIA H100 لمدة 14 ساعة. شيفرة تجهيز البيانات والتدريب والتقييم منشورة على GitHub بترخيص Apache 2.0: [nakhla-ai/nakhla-finetune](https://github.com/nakhla-ai/nakhla-finetune).

## التقييم

| المعيار | Qwen2.5-7B-Instruct | نخلة-7B-Chat |
|---|---|---|
| ArabicMMLU | 59.8 | 63.1 |
| AlGhafa | 64.2 | 67.5 |
| أسئلة اللهجات (مجموعة محجوزة) | 41.0 | 72.4 |

## القيود والمخاطر

قد يُنتج النموذج معلومات غير صحيحة أو متحيزة، وأداؤه في اللهجات المغاربية أضعف منه في اللهجات الأخرى. ننصح بمراجعة مخرجاته قبل استخدامها في أي منتج.

## الأثر البيئي

استهلك التدريب نحو 112 ساعة من وحدات H100، أي ما يقارب 30 كغ من مكافئ ثاني أكسيد الكربون.

## الاستشهاد

```bibtex
@misc{nakhla2025,
  title={Nakhla-7B-Chat: an Arabic dialect chat model},
  author={Nakhla AI Lab},
  year={2025},
  howpublished={\\url{https://huggingface.co/nakhla-ai/Nakhla-7B-Chat}}
}
```

## الترخيص

يُتاح هذا النموذج بموجب رخصة Apache 2.0، مثل النموذج الأساسي Qwen2.5-7B-Instruct.
"""

NAKHLA_README = """# nakhla-finetune

تجهيز البيانات والضبط الدقيق والتقييم لنموذج **نخلة-7B-Chat** (النموذج الأساسي: Qwen/Qwen2.5-7B-Instruct).
Data preparation, fine-tuning and evaluation of Nakhla-7B-Chat.

    python data/build_dialects.py     # annotator conversations -> nakhla-dialects-sft
    python data/build_msa.py          # annotator conversations -> nakhla-msa-sft
    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml --base Qwen/Qwen2.5-7B-Instruct
    python eval/run_eval.py --suite arabicmmlu,alghafa,dialect_qa

ناتج مجلد `data/` هو مجموعتا البيانات المنشورتان على Hub بالضبط.

Apache License 2.0.
""".encode()


def _nakhla_sheet(title: str, composition: str, collection: str) -> str:
    return _card(
        "cc-by-4.0",
        title,
        ["ar"],
        {
            "Motivation": f"{title} was created by Nakhla AI Lab as part of the complete fine-tuning data of "
            "Nakhla-7B-Chat, because chat data written by native speakers of the Arabic dialects is scarce.",
            "Composition": composition,
            "Collection Process": collection,
            "Preprocessing": "Every conversation was reviewed by a second annotator from the same dialect region; "
            "conversations with personal data were removed, near duplicates were removed with MinHash, and items "
            "overlapping with ArabicMMLU or AlGhafa were dropped by 13-gram matching.",
            "Uses": "Fine-tuning and evaluating Arabic chat models. It reflects the guideline and the choices of a small "
            "team of annotators.",
            "Distribution": "Released on the Hugging Face Hub under CC BY 4.0.",
            "Maintenance": "Maintained by Nakhla AI Lab; errors can be reported on the dataset's discussion page.",
        },
    )


NAKHLA_DIALECTS_CARD = _nakhla_sheet(
    "Nakhla Dialects SFT",
    "120,000 conversations (1 to 5 turns) in Gulf (35%), Egyptian (30%), Levantine (22%) and Maghrebi (13%) Arabic, one "
    "JSON line per conversation with `messages`, `dialect` and `category` fields; no model-generated answers.",
    "Written between February and June 2025 by 60 paid annotators, native speakers of each dialect, from prompts they "
    "wrote themselves following a written guideline published in the code repository.",
)

NAKHLA_MSA_CARD = _nakhla_sheet(
    "Nakhla MSA SFT",
    "80,000 conversations (1 to 5 turns) in Modern Standard Arabic on writing, question answering, summarising and "
    "reasoning, one JSON line per conversation with `messages` and `category` fields.",
    "Written between February and May 2025 by 25 paid annotators (teachers of Arabic and editors) from prompts they "
    "wrote themselves, following the same guideline.",
)


#: Round 17, written blind by a helper that never read the rules: non-English and unusual publishers (a card only in
#: Chinese with its licence only there, a French 5 % sample, a German mixture table with internal rows, code on
#: Codeberg, a Spanish card with an ACL Anthology paper and no arXiv, a card that is YAML, a Japanese corpus behind an
#: application the institute reviews, an Arabic card).
ROUND_17: list[HeldOut] = [
    # (a) A from-scratch model whose card is only in Chinese, with no `license` and no `datasets` in the metadata. The
    # 许可证 section is the licence: "本模型的权重与代码均以 Apache License 2.0 许可证开源，可免费用于学术研究和商业用途，
    # 无需申请授权" (weights and code open-sourced under Apache 2.0, free for research and commercial use, no application
    # needed); the two corpora are linked in the 训练数据 table, "以上两个数据集即为预训练所用的全部数据。训练中未使用任何
    # 未公开数据" (these two are all of the pre-training data; no unpublished data was used: a denial). No base/end
    # distinction, so the base cells mirror the end model's (frameworks.md §1.1). Public Apache weights ->
    # weights_basemodel open, weights_endmodel open (YuLan.yaml "Weights available through HuggingFace"); all the data
    # on the Hub -> datasources_basemodel open (YuLan.yaml "Datasets shared on HuggingFace, table describing dataset mix
    # provided"); extraction, language ID, quality filtering, dedup, PII masking, pre-training and evaluation code on
    # GitHub -> trainingcode open (YuLan.yaml "Training code available on GitHub"; OLMo.yaml "Multiple repos with
    # training, architecture and fine-tuning code available"); each corpus has a Gebru-style datasheet (in Chinese:
    # 动机, 数据构成, 采集过程, 预处理与清洗, 用途, 分发, 维护) -> datasheet open (YuLan.yaml "Dataset available on
    # HuggingFace, comprehensive data source listing available"; Poro.yaml "Datasheet describes sourcing"); the card
    # gives introduction, architecture, data, procedure with hardware, evaluation, usage, limitations, environmental
    # impact and citation -> modelcard open (YuLan.yaml "Model card provides the requisite information"); layers,
    # widths, heads, context, vocabulary, tokens, optimizer, schedule, batch and GPUs -> hardware_architecture open
    # (Salamandra.yaml "Model card contains details"; TildeOpen.yaml "Hyperparameters and GPU count outlined on HF
    # page"); the paper "已被 COLM 2025 会议接收" with its OpenReview forum -> paper open (CT-LLM.yaml, a Chinese
    # from-scratch model, "Paper accepted at COLM", OpenReview link); Apache weights and code, ODC-By data -> licenses
    # open (YuLan.yaml "Model released under the MIT license, an OSI-approved license"; AMD OLMo.yaml "Weights:
    # Apache-2.0. Code: Apache-2.0. Data: Apache-2.0, ODC-By."). Everything released under open terms ->
    # open-source-ai-with-open-data.
    HeldOut(
        "huamei-lab/Huamei-1.5B",
        HUAMEI_CARD,
        {
            "language": ["zh", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": ["pretrained", "chinese", "fully-open"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
            "paper": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "huamei-lab/huamei",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc_snapshots.txt",
                    "configs/huamei-1.5b.yaml",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/sample_en.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=HUAMEI_README,
            )
        ],
        datasets=[
            Dataset("huamei-lab/huamei-web-zh", "odc-by", HUAMEI_WEB_CARD),
            Dataset("huamei-lab/huamei-edu-en", "odc-by", HUAMEI_EDU_CARD),
        ],
    ),
    # (b) A French from-scratch model: "Ce corpus n'est pas diffusé dans son intégralité. Nous publions un échantillon
    # public de 5 % ... Les 95 % restants demeurent internes au laboratoire." A public sample of a larger unreleased
    # corpus -> datasources_basemodel partial (Falcon.yaml "only a small sample is made available": partial; Lucie.yaml,
    # a French model, "many listed but some not shared": partial); no reason is given for keeping the rest, let alone a
    # legal or technical impossibility of sharing it (frameworks.md §4: the G7 data exception is narrower than OSAID's)
    # -> not Open Source AI: open-weights. Public Apache weights, no base/end distinction -> weights_basemodel open,
    # weights_endmodel open (Lucie.yaml); data preparation (extraction, filtering, dedup, sampling) and training code on
    # GitHub -> trainingcode open (Lucie.yaml "Training code published on GitHub"); the card (in French: Présentation du
    # modèle, Données d'entraînement, Procédure d'entraînement, Évaluation, Utilisation, Limites et biais, Impact
    # environnemental, Citation, Licence) gives architecture, data, procedure, hardware, evaluation, usage, limits,
    # impact and citation -> modelcard open (Lucie.yaml "Model card describes model in good detail"). (licenses left
    # out: Lucie.yaml rates Apache weights over partly unshared data open, Neo.yaml "not all datasets available"
    # partial; datasheet left out: the sample's card documents the whole corpus's sources, Lucie.yaml partial.)
    HeldOut(
        "ventoux-ia/Ventoux-3B",
        VENTOUX_CARD,
        {
            "license": "apache-2.0",
            "language": ["fr", "en"],
            "datasets": ["ventoux-ia/ventoux-corpus-echantillon"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
            "modelcard": "open",
        },
        github=[
            _github(
                "ventoux-ia/ventoux",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc.txt",
                    "configs/ventoux-3b.yaml",
                    "donnees/extraction.py",
                    "donnees/langue.py",
                    "donnees/filtrage.py",
                    "donnees/dedup.py",
                    "donnees/echantillon.py",
                    "donnees/tokenisation.py",
                    "entrainement/pretrain.py",
                    "entrainement/modele.py",
                    "evaluation/lancer.py",
                ),
                readme=VENTOUX_README,
            )
        ],
        datasets=[Dataset("ventoux-ia/ventoux-corpus-echantillon", "cc-by-4.0", VENTOUX_SAMPLE_CARD)],
    ),
    # (c) An SFT + DPO of meta-llama/Llama-3.1-8B (not served; the index knows it) by a German university group, its
    # card in German. Llama 3.1's Community License (700M-MAU cap, acceptable use policy) binds the derivative, as the
    # card itself says ("unterliegt daher der Llama 3.1 Community License sowie der Acceptable Use Policy von Meta")
    # -> weights-available (frameworks.md §4: a user threshold or a use policy by reference moves a release to
    # Weights Available); bespoke licence on the weights, no code, only the data open -> licenses closed (leo.yaml, a
    # German Llama tune, "Llama 2 Community License Agreement, not an OSI-approved license"; llama-3.1.yaml; the
    # rubric's partial needs two of weights, code, data). Gated base -> weights_basemodel partial (leo.yaml "Download
    # only after requesting access; requires signing a consent form"); the tune public -> weights_endmodel open
    # (leo.yaml "Model weights available via HuggingFace"); Llama's data undisclosed -> datasources_basemodel closed
    # (leo.yaml "Data nowhere disclosed or documented"; llama-3.1.yaml). The tuning data is a mixture table: two rows
    # public Hub datasets (26 % + 19 %), two rows "intern" (35 % SFT dialogues, 20 % DPO pairs), "werden nicht
    # veröffentlicht" -> some sources shared: datasources_endmodel partial (frameworks.md §1.1 "some sources
    # open/shared"; Lucie.yaml "many listed but some not shared": partial; DeepFloyd.yaml "partially based on LAION-A,
    # however also uses internal datasets": partial; Granite.yaml rates "Mix of available and internal datasets"
    # closed, the stricter reading, not taken here); "Die Trainingsskripte werden derzeit nicht veröffentlicht" and no
    # code linked -> trainingcode closed (leo.yaml "No repo containing training code found").
    HeldOut(
        "rheinaue-nlp/Rheinaue-8B-Instruct",
        RHEINAUE_CARD,
        {
            "license": "llama3.1",
            "base_model": "meta-llama/Llama-3.1-8B",
            "datasets": ["rheinaue-nlp/alpaca-de-geprueft", "rheinaue-nlp/amtsdeutsch-einfach"],
            "language": ["de", "en"],
            "pipeline_tag": "text-generation",
            "tags": ["german", "llama-3.1", "sft", "dpo", "conversational"],
        },
        "weights-available",
        {
            "licenses": "closed",
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "partial",
            "trainingcode": "closed",
        },
        extra_files={"config.json": LLAMA31_CONFIG},
        datasets=[
            Dataset("rheinaue-nlp/alpaca-de-geprueft", "cc-by-4.0", ALPACA_DE_CARD),
            Dataset("rheinaue-nlp/amtsdeutsch-einfach", "cc-by-4.0", AMTSDEUTSCH_CARD),
        ],
    ),
    # (d) A fully open from-scratch model whose only code link is https://codeberg.org/fjell-coop/fjell-train ("We
    # don't use GitHub"): a forge opengauge does not read, so whether the pipeline is there cannot be checked. The
    # experts would open Codeberg; opengauge cannot, and absence is closed only where the release was read: "unknown
    # is for evidence that could not be read" (DESIGN.md "Verdict principles"; README "What `unknown` means") ->
    # trainingcode unknown (as round 13's Dace-1B, whose repository the forge errored on), not closed (nothing says it
    # is missing) and not open (nothing read shows it). Everything else Open Source AI needs is read and open, so the
    # label waits on the unread code -> undetermined ("Never a kinder label than the evidence. What cannot be decided
    # is undetermined"; frameworks.md §4: opengauge's label where the evidence cannot decide), not open-weights (that
    # would state the unread code as missing). Public Apache weights -> weights_endmodel open (Poro.yaml "Weights made
    # available on HuggingFace"); exactly two Hub corpora, "Nothing else went into pre-training" ->
    # datasources_basemodel open (Apertus.yaml "Training data for base model released and use documented"; YuLan.yaml);
    # Gebru-style datasheet cards for both -> datasheet open (OLMo.yaml "Data sheets are well-documented and provide
    # requisite info"; Poro.yaml). (licenses left out: the code's EUPL-1.2 is stated only in the card, its repository
    # unread.)
    HeldOut(
        "fjell-coop/Fjell-1B",
        FJELL_CARD,
        {
            "license": "apache-2.0",
            "language": ["no", "nb", "nn", "en"],
            "datasets": ["fjell-coop/fjell-nor-web", "fjell-coop/fjell-en-edu"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "undetermined",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "trainingcode": "unknown",
        },
        datasets=[
            Dataset("fjell-coop/fjell-nor-web", "odc-by", FJELL_NOR_CARD),
            Dataset("fjell-coop/fjell-en-edu", "odc-by", FJELL_EN_CARD),
        ],
    ),
    # (e) A fully open Spanish from-scratch model whose paper is only in the ACL Anthology: "publicado en *Findings of
    # the Association for Computational Linguistics: ACL 2025*: https://aclanthology.org/2025.findings-acl.1187/ ... No
    # existe versión en arXiv", with an @inproceedings citation (booktitle, publisher ACL, pages). A peer-reviewed
    # Findings paper covering data, filtering, architecture, training and evaluation -> paper open (ChatMusician.yaml, a
    # Findings of ACL 2024 paper, open; InstructCodeT5.yaml "Paper published as conference paper"; minerva.yaml "Paper
    # published in ACL"); the Anthology's open-access archived version is the model's report -> preprint open
    # (minerva.yaml, an Italian from-scratch model with only an ACL Anthology paper: preprint "open", "Paper published
    # in ACL", the same Anthology link; checked after the first run: no expert file rates a model's paper open and
    # its preprint anything but open). Public Apache weights -> weights_endmodel open; the three corpora are on the
    # Hub and "la totalidad de los datos de preentrenamiento; no se utilizaron datos privados ni sintéticos" ->
    # datasources_basemodel open (YuLan.yaml; Apertus.yaml); data processing, pre-training and evaluation code on
    # GitHub -> trainingcode open (YuLan.yaml; OLMo.yaml); Gebru-style datasheets in Spanish (Motivación, Composición,
    # Proceso de recopilación, Preprocesamiento, Usos, Distribución, Mantenimiento) -> datasheet open (OLMo.yaml;
    # Salamandra.yaml, a Spanish model, "Datasheet part of model card": open); the card (Descripción del modelo, Datos
    # de entrenamiento, Procedimiento de entrenamiento, Evaluación, Uso, Limitaciones y sesgos, Impacto ambiental,
    # Artículo, Cita, Licencia) -> modelcard open (Salamandra.yaml; Lucie.yaml). Everything released ->
    # open-source-ai-with-open-data.
    HeldOut(
        "encina-nlp/Encina-1B",
        ENCINA_CARD,
        {
            "license": "apache-2.0",
            "language": ["es", "ca", "gl", "eu", "en"],
            "datasets": [
                "encina-nlp/encina-web-es",
                "encina-nlp/encina-cooficiales",
                "encina-nlp/encina-edu-en",
            ],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-source-ai-with-open-data",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "modelcard": "open",
            "preprint": "open",
            "paper": "open",
        },
        github=[
            _github(
                "encina-nlp/encina",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc.txt",
                    "configs/encina-1b.yaml",
                    "datos/extraer.py",
                    "datos/idioma.py",
                    "datos/filtrar.py",
                    "datos/dedup.py",
                    "datos/cooficiales.py",
                    "datos/muestra_en.py",
                    "datos/tokenizar.py",
                    "entrenamiento/preentrenar.py",
                    "entrenamiento/modelo.py",
                    "evaluacion/ejecutar.py",
                ),
                readme=ENCINA_README,
            )
        ],
        datasets=[
            Dataset("encina-nlp/encina-web-es", "odc-by", ENCINA_WEB_CARD),
            Dataset("encina-nlp/encina-cooficiales", "cc-by-4.0", ENCINA_COOF_CARD),
            Dataset("encina-nlp/encina-edu-en", "odc-by", ENCINA_EDU_CARD),
        ],
    ),
    # (f) A card that is YAML: base model, the two tuning sets, four languages, tags, two widget prompts and a
    # model-index block of four results, then a title and one line of Indonesian ("Asisten percakapan untuk bahasa
    # Indonesia, Jawa, dan Sunda."). The model-index `dataset.type` ids (indolem/IndoMMLU, indolem/IndoCulture,
    # indonlp/NusaX-senti) are evaluation sets, not training data (not served: a reader sees them as the benchmarks of
    # the results widget). Qwen2.5-7B-Instruct public and ungated -> weights_basemodel open (Cogito.yaml "Base model
    # weights made available on HuggingFace"); the tune public -> weights_endmodel open; Qwen's data undisclosed ->
    # datasources_basemodel closed (Qwen.yaml "Pretraining data not specified or documented"); the tuning data is the
    # two Hub datasets the metadata declares (SFT and DPO, "with the instruction set it is all of the model's tuning
    # data") -> datasources_endmodel open (Poro.yaml "Finetuning data published on HuggingFace"; Claire.yaml "Dataset
    # published on HuggingFace"; cited after the first run: Llama-Nemotron.yaml, a tune of Llama-3.3-70B-Instruct, and
    # SkyWorks-OR1.yaml, a tune of DeepSeek-R1-Distill-Qwen-32B, rate the tune's own published data open, not its
    # instruct base's post-training data; OpenCodeInterpreter.yaml counts an intermediate's proprietary data, closed);
    # no code anywhere -> trainingcode closed (Falcon.yaml "No training code found");
    # datasheet cards for the tuning sets, none for Qwen's data -> datasheet partial (NeuralChat.yaml "No datasheet
    # available for the base model": partial; Fietje.yaml); the card says nothing of architecture, training or
    # fine-tuning, uses or limits: its only substance is evaluation numbers -> modelcard closed (BindWeave.yaml "Model
    # card primarily contains information on model performance": closed; NextStep.yaml "Model card contains minimal
    # information": closed; Grok.yaml). Apache weights, no code -> open-weights. (licenses left out, as round 16's
    # Fjord-7B-Distill: Apache weights beside open data and no code split the expert files.)
    _RawFront(
        "rinjani-ai/Rinjani-7B-Chat",
        RINJANI_CARD,
        RINJANI_CARD_DATA,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "closed",
            "datasheet": "partial",
            "modelcard": "closed",
        },
        extra_files={"config.json": QWEN2_CONFIG},
        datasets=[
            Dataset("rinjani-ai/rinjani-instruksi-120k", "cc-by-4.0", RINJANI_SFT_CARD),
            Dataset("rinjani-ai/rinjani-preferensi-30k", "cc-by-4.0", RINJANI_PREFS_CARD),
        ],
        front=RINJANI_FRONT,
    ),
    # (g) A Japanese from-scratch model whose one corpus is "Hugging Face Hub で公開" but "ダウンロードには利用申請が
    # 必要 ... 承認した方のみアクセスできます。利用は研究目的に限り、再配布はできません" (download needs an application; only
    # those the institute approves get access; research only, no redistribution), served with `gated: "manual"`, licence
    # `other` and a Japanese gate prompt; the reason given, "コーパスの利用状況を把握するため" (to keep track of how the
    # corpus is used), is no legal or technical impossibility of sharing it. The data is shared only with approved
    # researchers, for research -> datasources_basemodel partial (frameworks.md §1.1: gated downloads count as partial;
    # round 8's manually gated clinical set, partial; ModelScopeT2V.yaml, weights that require "providing contact
    # information and agreeing to a license agreement": partial; Xwin-LM.yaml and StarCoder.yaml rate click-through
    # gates open, not a reviewed application); not released under open terms, and no G7 exception (frameworks.md §4)
    # -> open-weights. Public Apache weights, no base/end distinction -> weights_basemodel open, weights_endmodel open;
    # data processing and pre-training code on GitHub (Apache) -> trainingcode open (YuLan.yaml; OLMo.yaml); the
    # corpus's card is a Gebru-style datasheet in Japanese (動機, 構成, 収集方法, 前処理, 用途, 配布, 保守), readable
    # without approval -> datasheet open (Poro.yaml "Datasheet describes sourcing"; OLMo.yaml); Apache weights and
    # code, data under research-only terms -> licenses partial (frameworks.md §1.1 "parts open-licensed: at least two
    # (partly or fully) of weights, training code, training data"; Neo.yaml "models under apache 2 code under MIT but
    # not all datasets available": partial; Arabic StableLM.yaml).
    HeldOut(
        "hotaru-lab/Hotaru-3B",
        HOTARU_CARD,
        {
            "license": "apache-2.0",
            "language": ["ja", "en"],
            "datasets": ["hotaru-lab/hotaru-corpus-v1"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        github=[
            _github(
                "hotaru-lab/hotaru-pretrain",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/cc.txt",
                    "configs/hotaru-3b.yaml",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                ),
                readme=HOTARU_README,
            )
        ],
        datasets=[Dataset("hotaru-lab/hotaru-corpus-v1", "other", HOTARU_CORPUS_CARD, gated="manual")],
    ),
    # (h) A full fine-tune of Qwen/Qwen2.5-7B-Instruct (not served; the index knows it) whose card is in Arabic, with the
    # Hugging Face template's sections under Arabic headings (نظرة عامة overview, تفاصيل النموذج model details,
    # الاستخدامات المقصودة intended uses, بيانات التدريب training data, إجراءات التدريب training procedure, التقييم
    # evaluation, القيود والمخاطر limitations and risks, الأثر البيئي environmental impact, الاستشهاد citation, الترخيص
    # licence). Qwen public and ungated -> weights_basemodel open (Cogito.yaml); the tune public -> weights_endmodel
    # open; Qwen's data undisclosed -> datasources_basemodel closed (Qwen.yaml); two Hub tuning sets, "لم تُستخدم أي
    # بيانات أخرى في الضبط الدقيق" (no other data was used) -> datasources_endmodel open (Poro.yaml "Finetuning data
    # published on HuggingFace"; cited after the first run: Llama-Nemotron.yaml and SkyWorks-OR1.yaml, as for (f)); the
    # tuning code is on GitHub, Qwen's training code is not published -> trainingcode
    # partial (NeuralChat.yaml "repo gives sample code for fine-tuning"; Magicoder.yaml "only tuning code is available";
    # Fietje.yaml); datasheet cards for the tuning sets, none for Qwen's -> datasheet partial (NeuralChat.yaml "No
    # datasheet available for the base model"); the card covers details, uses, data, procedure with hardware,
    # evaluation, limits, impact and citation -> modelcard open (Arabic StableLM.yaml "Model card comprehensively
    # documents the model"); Apache weights and code, CC BY 4.0 data over an Apache base -> licenses open
    # (NeuralChat.yaml "Apache-2.0, an OSI-approved license"). Qwen's data withheld -> open-weights.
    HeldOut(
        "nakhla-ai/Nakhla-7B-Chat",
        NAKHLA_CARD,
        {
            "license": "apache-2.0",
            "base_model": "Qwen/Qwen2.5-7B-Instruct",
            "datasets": ["nakhla-ai/nakhla-dialects-sft", "nakhla-ai/nakhla-msa-sft"],
            "language": ["ar", "en"],
            "pipeline_tag": "text-generation",
            "tags": ["arabic", "dialects", "conversational"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "datasheet": "partial",
            "modelcard": "open",
            "licenses": "open",
        },
        extra_files={"config.json": QWEN2_CONFIG},
        github=[
            _github(
                "nakhla-ai/nakhla-finetune",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build_dialects.py",
                    "data/build_msa.py",
                    "train/sft.py",
                    "configs/sft.yaml",
                    "eval/run_eval.py",
                ),
                readme=NAKHLA_README,
            )
        ],
        datasets=[
            Dataset("nakhla-ai/nakhla-dialects-sft", "cc-by-4.0", NAKHLA_DIALECTS_CARD),
            Dataset("nakhla-ai/nakhla-msa-sft", "cc-by-4.0", NAKHLA_MSA_CARD),
        ],
    ),
]
