# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release rounds (issue 14). Round 1: ten made-up Hub releases in styles the project had not seen,
served by the loopback Hub (with their linked GitHub repositories and datasets), each with the label
and the key OSAI cells the experts' rubric gives (`../shared/reference/notes/frameworks.md` §1.1 and the
probes' definitions). Written before any probe or rule changed.

First run (commit 145a4e4): 8 of 10 right, labels and cells. The two misses: a card whose "Terms of use"
say "free for research and other non-commercial use. Commercial use requires a license from Bittern Labs"
(its license only a listed, unread PDF) was undetermined, because neither sentence read as non-commercial
(two non-commercial rules added, and "requires a license" joins "requires a separate license"); and
"synthetic textbooks that we generated ourselves and are not releasing" was not read as unpublished data
(the data vocabulary's `internal-data` now has the progressive and perfect forms), so the data was open,
not partial. One expectation was wrong, not the code: the licenses of an MIT model whose unreleased data
has no license are open, as the experts rate Phi-2 (written "partial" at first).

Round 2 (`ROUND_2`, nine releases, written after round 1's fixes): 8 of 9 right at first. The miss: a
card that publishes a sample of its corpus and says "the rest is not public" had its data read as
open, because "the rest" alone (not "the rest of the data") was no unpublished-data phrase (the data
vocabulary's `internal-data` now reads it). Its datasheet cell also said "could not be read" while the
sample's dataset card was on the Hub: datasets a card links in its text were not looked up (the Hub
source now looks up at most `MAX_LINKED_DATASETS` of them, `Release.linked_datasets`).

Round 3 (`ROUND_3`, ten releases, written after round 2's fixes): 6 of 10 right at first, and no release
read more open than its terms allow except one. That one: an Apache text with an added paragraph ("the
Work may not be deployed in any system that makes or supports decisions about the employment, credit or
housing of natural persons") read open-non-osi, because "credit" vetoed the sentence as an attribution
aside (now only credit given to someone) and no rule read "may not be deployed in" (the passive refusal
now takes the verbs of putting to use). The others: "fine-tuned from Llama 2 13B Chat" left the base
unexamined (a name with a publisher's tuned-variant words now stands in as its foundation's family,
`index.lineage`); public corpora named in a table and called "the complete training data" read as a
mention, partial (`complete-list`: then they are the list of datasets); data scripts in a `prep/` folder
were not data-processing code (a data, prep or corpus folder now counts). The fork of LitGPT under another
name was right for the wrong reason (its pretrain.py counted as the model's recipe; only the missing data
script made it partial): the GitHub source now reads `fork` and `parent` (`CodeRepo.fork_of`).

Round 4 (`ROUND_4`, nine releases, written after round 3's fixes): 8 of 9 right at first. The miss: a LoRA
adapter of Mistral-7B-Instruct-v0.2 was undetermined. Its base was never read from `adapter_config.json`
(only the card's title, "for Mistral 7B Instruct v0.2", named it), so round 2's Qwen adapter had been right
only because it had no base at all: an adapter's configuration now names its base (`card.adapter_base`).
Then the served Mistral-7B-Instruct-v0.2 card, like the real one, says it is "an instruct fine-tuned
version of the Mistral-7B-v0.2", a base that Mistral AI published as a download, not on the Hub: the index
now has Mistral 7B v0.2 (`index/entries/mistral-7b-v0.2.yaml`).

Round 5 (`ROUND_5`, seven releases, written after round 4's fixes): 7 of 7 labels right at first, one cell
wrong: weights under CC BY 4.0 (with MIT code and ODC-By data) had their `licenses` cell partial, because
every non-OSI permissive licence counted as bespoke. The index's `licenses` text asks for "open licences"
since 2026-04-14 and the experts rate CC BY 4.0 weights open (TildeOpen) but a "custom Apple license" partial
(OpenELM): a standard open-content licence (the catalog's `open_content`) is now open, a bespoke one stays
partial.

Round 6 (`ROUND_6`, five releases, written after round 5's fixes): 5 of 5 right at first, labels and cells.

Round 7 (`ROUND_7`, 8 releases, written blind before any rule changed): a licence stated only in a row of an
HTML table (no `license` metadata), a mergekit SLERP of an Apache and a CC BY-NC parent tagged Apache, a GGUF
re-upload of the research-only Qwen2.5-3B-Instruct tagged Apache and naming its original only as a link, an
OLMo 2 tune whose tuning data is a Markdown table of Hub dataset links, a from-scratch model with its whole
pipeline and open data except a licensed LDC corpus it may not redistribute (open-source-ai without open
data), a corpus and code promised "later this year", a Japanese card with an English licence line, and a
BSD-3-Clause LICENSE behind `license: other` under a cautious Out-of-Scope section. Written by a helper that
never read the rules (like license round 25).

First run (commit 6a47648): 3 of 8 right (the GGUF re-upload, the OLMo 2 tune, the corpus promised later;
the BSD text failed first on the helper's own copy, which left out part of the disclaimer: a data error,
counted as a miss). The four misses, each fixed by a general rule with tests in other words
(`tests/probes/test_release_round7_rules.py`, `tests/sources/test_sources_hub.py`,
`tests/knowledge/test_lookups.py`):
- the licence in an HTML table row ("<td>Licence</td><td><a ...>Apache License 2.0</a></td>") was not
  read: no licence, weights-available. A line with markup is now read by its words too.
- the merge was undetermined: only a merge's first parent was fetched, the CC BY-NC parent never asked
  for. The Hub source now fetches every parent of a merge, each with its own chain
  (`Release.other_parents`), and the assessor assesses them; the merge is weights-available, as the
  non-commercial parent binds it.
- the LDC sentence in the "Training data" section ("licensed to us ... under terms that do not allow
  redistribution, so we cannot publish it") was read as the model's terms (no sharing: weights-available),
  and the data as all open, because "do not allow" in the clause before counted as a negation of "we
  cannot publish". A paragraph of a data section now states a source's terms, not the model's, and only a
  negation in the same clause denies unpublished data: data partial, open-source-ai. (Its two public
  corpora were first served with the harness's unreadable card, which left their documentation
  `unknown` and the label open-weights for that reason; they are served with cards now, as on the Hub.)
- the Japanese card's data section ("## 学習データ": "日本語Wikipedia、CC-100 ... 英語のFineWeb-Eduに加えて、
  当社が独自に収集した非公開のウェブデータ") was not read: its heading is no English word, and a Latin name
  written against CJK characters was no word. CJK characters now end a word in the name catalogs, and the
  data vocabulary has the Chinese, Japanese and Korean words for training data, training and unpublished
  data: partial.

Round 8 (`ROUND_8`, 8 releases, written blind by a helper that never read the rules): a bilingual
Chinese/English card (headings 模型介绍 / 训练数据 / 许可证) whose Chinese licence section and Chinese LICENSE make
commercial use depend on an application and registration (商用申请, 登记) and written authorisation, beside
"本仓库源码遵循 Apache 2.0"; an MIT-like LICENSE behind `license: other` with one clause that refuses every right in
the EU, the UK and South Korea; a "Skua Open Model License" that grants commercial use but incorporates by
reference an acceptable-use policy on the publisher's site, linked from the card's Ethical Considerations;
a from-scratch model whose GitHub repository has inference, quantization and SFT/LoRA fine-tuning code but
no pre-training or data code (partial, as the experts rate Yi); a clinical full fine-tune of Qwen2.5-7B on a
Hub dataset behind a manual gate for credentialed researchers, with a Gebru-style dataset card (written when
the harness could not mark a dataset gated in the API, so the gate was in the card's `extra_gated_*` front
matter and text; `Dataset.gated` now serves it gated too, and the release reads the same);
a LoRA adapter tagged Apache whose base, named only in adapter_config.json, is served under CC BY-NC-SA 4.0;
a card with a title and the apache-2.0 tag and nothing else; and a model with an arXiv preprint and an ACL
2026 paper (preprint and paper open, as the experts rate YuLan).

First run (commit 37034be, after round 7's fixes): 8 of 8 right, labels and cells. The helper's reading of
the reasons found two right for a weaker reason than the card gives: the gated clinical data is partial
for its "other" licence (the gate adds the same), and the bilingual model's training code is closed citing
its `modeling_*.py` as "only inference or model code".

Round 9 (`ROUND_9`, 8 releases, written blind by a helper that never read the rules): the top of the scale
and its near misses. A fully open 1.4B model (Apache weights with intermediate checkpoints, an Apache GitHub
pipeline with data extraction, quality filtering, dedup, pre-training and evaluation, three Hub corpora with
Gebru-style datasheet cards, a preprint, W&B logs); the same shape with one of three corpora (synthetic
stories) under CC BY-NC 4.0; the same with the GitHub LICENSE the Business Source License 1.1 (reported as
NOASSERTION) beside Apache weights and ODC-By data; the same with only the model, a data loader for
pre-tokenized shards and the training loop, the corpus-building pipeline declared internal; the same with
no corpus published, only "a filtered English subset of CC-MAIN-2025-13", a DATASHEET.md and the pipeline
that rebuilds it, and no reason given for not sharing it; a card titled "a fully open-source language model"
whose weights sit behind a click-through gate and a bespoke licence with a use policy in its Schedule 1; an
SFT + DPO tune of OLMo-2-1124-7B whose tuning sets (Hub, datasheet cards) and data-building, training and
evaluation code (GitHub, Apache) are all open; and a fully open Apache model whose repository is gated with
manual approval (`gated: "manual"`, served by `_ManuallyGated`).

First run (commit 1efed76): 2 of 8 right (the source-available training code and the missing
data-processing code, both near misses caught). Two labels read **more open** than the rubric: a model
whose training data is only described ("a filtered Common Crawl snapshot"), with no legal or technical
reason for not releasing it, read open-source-ai (the G7 data exception is narrower than OSAID's: only
legal or technical impossibility excuses unreleased data, frameworks.md §4); and Apache weights behind a
manual approval gate read open-source-ai-with-open-data (OSAID's freedom to use "without asking
permission"). Fixed: the G7 label now admits withheld data only with a stated reason (`unshareable-reason`
in the data vocabulary: a licence, terms, copyright, privacy or consent that prevent sharing), data that is
all public (or a processed part of public data whose processing code is published) being released; a
manual gate caps the label at open weights and fails OSAID's parameters. Also fixed: data-processing
scripts named as numbered steps (`scripts/02_filter.py`, `03_dedup.py`) were missed; a fine-tune of OLMo 2
whose own tuning code is linked read training code partial (the base's pre-training code is public: the
experts rate Together's Pythia tune open); a card sentence about a CC BY-NC synthetic dataset ("we therefore
publish them for non-commercial use only") read as the model's terms (a paragraph about synthetic data is
about data). Two stay as `DISAGREEMENTS` (strict expected failures, each with its reason): the fully open
model's datasheet (two-sentence sections, partial) and the CC BY-NC dataset's data-sources cell.

Round 10 (`ROUND_10`, 8 releases, written blind by a helper that never read the rules): evidence spread or
phrased unusually. A fully open 1B model whose card is three sentences, its data, pipeline and code described
only in a technical-report PDF (a listed file, not served) and in its GitHub README, which links the two Hub
corpora; an SFT of EleutherAI/pythia-1.4b on "a mix of publicly available instruction datasets" with no list;
a card written in HTML (div, details, summary) with no `license` metadata, whose licence ("Apache License
2.0"), Hub data links and GitHub link each sit inside a <details> block; a card that says "fully open source"
over a repository with only a Dockerfile, a serving app and an inference script; a model whose only published
data is "a 10% public sample of our 2T-token corpus" (also its `datasets` entry), with its whole pipeline on
GitHub; `license: mit` over a LICENSE.md that is the MIT text with an appended "Use Restrictions" section;
a fully open model whose card's headings are "What's inside", "Where the words came from", "How we taught
it", "How it scores", "Known weak spots", "The fine print"; and a complete, readable release (card, weights,
Apache repository with crawler, data, training and evaluation code) that has no preprint, paper or datasheet
and mentions none, so those cells are closed, not unknown.

First run (before any rule changed, on commit 5799990; another session's uncommitted edits to
`src/opengauge/licenses/` appeared while it ran, and a second reading gave the same results): 4 of 8 right,
labels and cells (the HTML card with the licence in <details>, open-source-ai-with-open-data; "fully open
source" over inference code and a Dockerfile, open-weights with training code closed; the MIT text with "Use
Restrictions" in LICENSE.md, weights-available citing LICENSE.md line 25; the release with no preprint, paper
or datasheet, all three closed). One label read **more open** than the rubric. The four misses:
- the 10% public sample: open-source-ai-with-open-data where open-weights was expected, data sources open
  where partial was expected ("The training datasets are named, public and openly licensed
  (frigatebird-lm/frigate-2t-sample)."): "a 10% public sample of our 2T-token corpus" was not read as
  withheld data; the sample in `datasets` counted as the whole training data.
- the model documented in a technical-report PDF and its GitHub README: open-weights where
  open-source-ai-with-open-data was expected, data sources closed ("The release, read in full, names no
  training data and has no section about it."; label reason "data information (list and description of
  the training data) is missing for Open Source AI"): the two Hub corpora that the GitHub README links and
  calls the complete pre-training data were not found (training code and licences were right: open). The
  PDF is listed but not served, yet the reason says the release was "read in full".
- the Pythia-1.4B tune: label right (open-weights) and the tuning data "a mix of publicly available
  instruction datasets" rightly closed, but the base's data sources partial where open was expected
  (Pythia.yaml, dolly.yaml): "Foundation model hf:EleutherAI/pythia-1.4b: training data rated partial." (the
  served base card names the Pile with links to its site, paper and datasheet, and `datasets:
  EleutherAI/pile`, a dataset this round does not serve).
- the card with unusual headings: label and every availability and licence cell right, model card partial
  where open was expected: "The model card covers 3 of the 9 standard sections; missing: model-details,
  uses, limitations, environmental-impact, technical-specs, citation." Model details and technical specs
  ("What's inside"), uses ("Using it") and limitations ("Known weak spots") are in the card under other
  words; environmental impact and citation are indeed absent.

Round 11 (`ROUND_11`, 8 releases, written blind by a helper that never read the rules): lineage and
derivatives. A GGUF quantization of meta-llama/Llama-3.1-8B-Instruct (not served; the built-in index must know
it) whose metadata says `license: mit` and names its base by the old id `meta-llama/Meta-Llama-3.1-8B-Instruct`;
a LoRA adapter whose adapter_config.json names a served Apache base that is fully open and documented (its two
corpora on the Hub with datasheet cards, its pipeline on GitHub), with its own tuning set and LoRA code open; a
mergekit DARE TIES merge of three served parents, two Apache and the third CC BY-NC 4.0, tagged apache-2.0; a
fine-tune whose declared base (`wallcreeper-labs/Wallcreeper-13B-Base`) is neither on the Hub nor in the index;
a tune "distilled from GPT-4 outputs" of a served Apache base, its only tuning data a Hub dataset of GPT-4
answers under CC BY-NC 4.0 whose card binds OpenAI's terms against competing models; continued pre-training of
mistralai/Mistral-7B-v0.1 (not served) on two Hub corpora with datasheet cards and an Apache GitHub pipeline;
a three-sentence card over a tune of allenai/OLMo-2-1124-7B (not served) whose tuning set is a Hub dataset with
a datasheet card; and an Apache full fine-tune of a served Apache base whose repository is gated with manual
approval (`gated: "manual"`, files behind an approved token).

First run (before any rule changed, on commit e065936; another session's uncommitted edits to
`src/opengauge/licenses/additions.py` and `rules.yaml` were in the working tree; pytest cut the reasons short, so
their full text was read from a second, read-only run of the same cases, which gave the same levels): 5 of 8
right, labels and cells (the GGUF under the old Llama id, weights-available through the index's Llama 3.1 8B
Instruct; the adapter of the fully open base, open-source-ai-with-open-data; the three-parent merge,
weights-available citing the third parent's "non-commercial purposes only"; the unknown base, undetermined with
its base weights unknown; the tune of the manually gated base, open-weights with base weights partial). All 8
labels right; no label read more open than the rubric. The three misses, all cells:
- the GPT-4 distillation of Morepork-7B: trainingcode open where partial was expected ("Training and
  data-processing code are both published."): the distillation repository alone counts as complete training
  code, though the served base publishes none (NeuralChat.yaml, Magicoder.yaml: tuning code only, partial). The
  label is right (open-weights), but its reason calls the served Apache base "undetermined, lacking deployment
  code" ("it is built on a less open model (hf:morepork-lab/Morepork-7B is undetermined, lacking deployment
  code)"), not open weights without data information.
- the continued pre-training of Mistral-7B-v0.1: datasources_basemodel closed where partial was expected
  ("Foundation model hf:mistralai/Mistral-7B-v0.1 (opengauge index, reviewed 2026-11-27): training data rated
  closed."): the cell rates the foundation alone, not the two published continued-pre-training corpora
  (Geitje.yaml: Mistral's data undisclosed, Geitje's Dutch data disclosed, partial); and trainingcode open where
  partial was expected ("Training and data-processing code are both published."): Mistral's own training code is
  not published (Fietje.yaml, NeuralChat.yaml: partial). The datasheet cell did combine both stages (partial,
  "the training data of the base model hf:mistralai/Mistral-7B-v0.1 is not (closed)"), and the label is right.
- the short-card tune of OLMo-2-1124-7B: datasheet partial where open was expected ("The fine-tuning data is
  documented (a dataset card on the Hub), but the training data of the base model hf:allenai/OLMo-2-1124-7B is
  not (partial)."): the index rates OLMo 2's data documentation partial where the experts rate OLMo's datasheets
  open (OLMo.yaml, written for the family's current Olmo 3.1); and modelcard closed where partial was expected
  ("The model card has none of the standard sections (details, uses, training, evaluation...)."): the card has no
  headings, but its three sentences give purpose, base model, tuning data and licence.

What changed (general rules): a derivative's training code is complete only with its bases' (its own published
training code, continued pre-training or distillation included, is partial when a base's training code is not
published, unknown since round 13 when the base could not be examined: `code._with_bases`, Fietje.yaml); a derivative whose card says it
continued its base's pre-training has its own data counted in the base-model data cell beside the foundation's
(open when both are, closed when both are, partial otherwise: `osai._both`, the data vocabulary's
`continued-pretraining`, Geitje.yaml). The OLMo 2 tune stays as a `DISAGREEMENT` (the index's partial OLMo 2
data documentation; a card of three sentences without headings is closed, as the experts rate Grok's).

Round 12 (`ROUND_12`, 8 releases, written blind by a helper that never read the rules): non-text and non-English
models and unusual repositories. A Whisper-style speech recognition and translation model trained from scratch
(MIT weights and code, a full model card, an arXiv preprint) on five public Hub corpora, two of them non-commercial
(TED-LIUM 3, CC BY-NC-ND 3.0; CoVoST 2, CC BY-NC 4.0); a text-to-image diffusion transformer in the diffusers
layout whose only licence is `license: openrail++` in the metadata, trained on a LAION-5B subset that is described
but not released; a fully open Korean-English model whose card is in Korean (모델 정보, 학습 데이터, 학습 절차 ...) with
the licence line "License: Apache 2.0" in English, its Korean GitHub README and three Hub corpora with datasheet
cards; a time-series forecasting model whose training data is a Markdown table of ten public benchmarks named
without links (ETT held out for evaluation); a Hub repository holding only a README that points to Apache weights
in a public S3 zip (`_OwnLayout`: no weights file on the Hub), with its pipeline on GitHub and its corpus on the Hub;
a protein language model trained on all of UniRef50 release 2024_01 (named with the UniProt download address),
MIT code on GitHub and a bioRxiv preprint; a card that is a changelog, newest first, with no `license` metadata,
the Apache licence of v3 and its public pre-training data in the v3.0 entry in the middle, and the CC BY-NC terms
of v1 and v2 further down; and a LLaVA-style model on meta-llama/Llama-3.1-8B-Instruct and
google/siglip-so400m-patch14-384 (both named, neither served) under the Llama 3.1 Community License.

First run (before any rule changed, on commit 7f69ccd; another session's uncommitted edits to
`src/opengauge/licenses/` (additions.py, normalize.py, reference.py, reference_shingles.json, rules.yaml) were in
the working tree; pytest cut the reasons short, so their full text was read from a throwaway test of the same
cases, since deleted, which gave the same levels): 1 of 8 right, labels and cells (the speech model:
open-source-ai, licenses partial for the two non-commercial corpora, model card, hardware and architecture and
preprint open, paper closed). 3 of 8 labels right (also the diffusion model and the Llama 3.1 vision-language
model, both weights-available). No label read more open than the rubric; the five wrong labels all read less open.
The seven misses:
- the diffusion model on a LAION-5B subset: datasources_basemodel closed where partial was expected ("The card
  describes the training data only in general terms; no dataset is listed."): "640M image-text pairs selected
  from LAION-5B" with its filters is a named public source whose filtered subset is not released
  (stable-diffusion.yaml, SDXL-Lightning.yaml: partial). Label and the other seven cells right.
- the Korean card: open-weights where open-source-ai-with-open-data was expected ("... but the training data, or
  a stated legal or technical reason why what is withheld cannot be shared (the G7 exception) is missing for Open
  Source AI."); datasources_basemodel partial where open was expected ("The training datasets named
  (jebi-lab/jebi-ko-web, jebi-lab/jebi-ko-wiki, jebi-lab/jebi-en-edu) are public, but the card says the model was
  also trained on data that is not published ('비공개 데이터')."): the sentence is a denial, "비공개 데이터나 합성
  데이터는 사용하지 않았습니다" (no private or synthetic data was used); modelcard closed where open was expected
  ("The model card has none of the standard sections (details, uses, training, evaluation...)."): the Korean
  headings 모델 정보, 학습 데이터, 학습 절차, 평가, 사용 방법, 용도 및 한계, 환경 영향, 인용 were not read; datasheet partial
  where open was expected ("The training data has a dataset card on the Hub, but not a datasheet: its card gives
  partial insight (jebi-lab/jebi-ko-wiki does not describe how the data was collected)."): that card's Collection
  Process section names the three Wikimedia dumps, their date and where they were downloaded. Weights, training
  code, licences and hardware/architecture right.
- the time-series model: open-weights where open-source-ai-with-open-data was expected ("... but data information
  (list and description of the training data) is missing for Open Source AI."); datasources_basemodel closed where
  open was expected ("The card describes the training data only in general terms; no dataset is listed."): the
  Markdown table of ten named benchmarks without links (Electricity, Traffic, Solar, Weather, ILI, Exchange Rate,
  M4, Tourism, KDD Cup 2018, NN5), called "the complete training data", was not read as a list of datasets.
- the README-only repository with Apache weights in a public S3 zip: closed where open-source-ai-with-open-data was
  expected ("The weights are not published."); weights_basemodel closed where open was expected ("The weights are
  not published."): the card's download section (a public bucket, "no account or registration needed", a
  checksum, "The weights are released under the Apache License 2.0") was not read as publication (Omnilingual
  ASR.yaml: weights published off the Hub, open). Training code, data, datasheet and licences right.
- the protein language model: open-weights where open-source-ai-with-open-data was expected ("... but data
  information (list and description of the training data) is missing for Open Source AI."); datasources_basemodel
  closed where open was expected ("The card describes the training data only in general terms; no dataset is
  listed."): "All 63.2M cluster representative sequences of UniRef50 release 2024_01", linked to uniprot.org and
  its FTP release folder, was not read as a named public dataset; preprint closed where open was expected ("The
  release, read in full, links no preprint or technical report."): the bioRxiv link (biorxiv.org, DOI
  10.1101/...) and the card's "**Preprint:**" line were not read as a preprint.
- the changelog card: weights-available where open-weights was expected ("The weights are published under terms
  stated in the model card, whose terms are not open source: no commercial use (README.md line 48: "weights under
  CC BY-NC 4.0 (non-commercial use only)."). The release is weights-available, not open."): line 48 is the v2.0
  entry; the v3.0 entry says this repository's v3 weights are Apache 2.0 and that 1.x and 2.x "remain under CC
  BY-NC 4.0 in their own repositories"; licenses closed where open was expected ("Licensing is not open: weights
  closed; data open (no training code is published)."); datasources_basemodel unknown where open was expected
  ("The foundation model could not be examined: named:v1. Its own continued pre-training data: The continued
  pre-training datasets are named, public and openly licensed (HuggingFaceFW/fineweb-edu, allenai/peS2o)."): the
  v2.0 entry "Continued pre-training of v1" was read as this model's lineage, with "v1" as its foundation, though
  v3.0 was "retrained from scratch"; datasources_endmodel open where closed was expected ("The continued
  pre-training datasets are named, public and openly licensed (HuggingFaceFW/fineweb-edu, allenai/peS2o)."): the
  pre-training data stood in for the tuning data, which is "SFT on 380k conversations ... (not released)" and
  in-house DPO pairs.
- the Llama 3.1 + SigLIP vision-language model: label right (weights-available, citing the 700M-MAU clause at
  LICENSE line 22 and the use policy at line 18), but weights_basemodel unknown where partial was expected and
  datasources_basemodel unknown where closed was expected (both "The foundation model could not be examined:
  hf:google/siglip-so400m-patch14-384."): the index does not know SigLIP, though the known base alone (Llama 3.1
  8B Instruct: gated weights, undisclosed data) already makes the base weights partial, and SigLIP's WebLI data is
  not public either, so the base data is closed.
  Licences, tuning data, datasheet and training code (partial) right.

What changed (general rules): the dataset catalog gains LAION-5B (with Re-LAION-5B and LAION-2B-en) and UniRef,
and a catalog dataset whose Hub page was not asked is public (the catalog holds published datasets, on the Hub
or not); a preprint server other than arXiv (bioRxiv, medRxiv, SSRN, Research Square, Preprints.org, HAL, OSF),
or a link a "Preprint" label introduces, is a preprint; weights said to be kept elsewhere, or a link to an
archive or a weights file, make the weights unknown (not followed), not closed; the base-model cells of several
foundations are closed when one is closed, even beside one that could not be examined (`osai._least_open`);
Korean, Japanese and Chinese card headings name the standard sections; a negation after unpublished data named
in those languages (Korean "사용하지 않았습니다", Japanese "ません") denies it. Five stay as `DISAGREEMENTS`.

Round 13 (`ROUND_13`, 8 releases, written blind by a helper that never read the rules): absence against
unreadable, in pairs that differ only in whether the evidence was missing or could not be read. A complete
from-scratch release (Apache weights, its one Hub corpus with a full datasheet card) whose card links "Code:"
to a readable repository holding only inference, serving and GGUF-export code (training code closed,
open-weights), and the same under other names whose linked repository the forge answers with HTTP 500 on every
request (`_ForgeErrors`: the test's `_serve` applies `tests.servers`' `add_fault` to its `forge_errors`;
training code unknown, undetermined, as the label hangs on the unread repository); a fully open release whose one corpus card is served and gives the
data's structure, a loading snippet and the licence but nothing on collection or curation (datasheet partial),
and the same whose corpus card is listed but cannot be read (datasheet unknown; both
open-source-ai-with-open-data); a card whose "Training and data-processing code" link points into a GitHub
repository that does not exist (a 404: training code closed, open-weights); a "Training data" section that says
"To be announced." (data and datasheet closed, open-weights); a full fine-tune, its own tuning data and code
open, of a Hub base served gated with manual approval, read without a token (base weights partial from the
gate, base data and training code unknown, undetermined); and a repository with no README at all beside a
complete file list with MIT LICENSE, config and weights (model card closed, open-weights).

First run (before any rule changed, on commit 42762b1; another session's uncommitted edits to
`src/opengauge/licenses/` (additions.py, grants.py, pleas.py, rules.yaml) were in the working tree; pytest cut the
reasons short, so their full text was read from a throwaway test of the same two cases, since deleted, which gave
the same levels): 6 of 8 right, labels and cells (the inference-only repository, training code closed,
open-weights; the served corpus card without collection, datasheet partial, and the unreadable one, datasheet
unknown, both open-source-ai-with-open-data; the 404 repository, training code closed, open-weights; "To be
announced.", data and datasheet closed, open-weights; no README, model card closed, open-weights). Two labels
read **more decided** than the evidence, both open-weights where undetermined was expected; no label read more
open than the rubric. The two misses:
- the repository the forge errors on (Dace-1B): every cell right, training code unknown ("The training code could
  not be looked for (could not read: gh:dace-ai/dace (gh:dace-ai/dace: GitHub server error (HTTP 500), gave up
  after 3 retries))."), but the label open-weights where undetermined was expected ("The weights and deployment
  code are released under open terms (Apache License 2.0), but complete training code; data-processing code are
  missing for Open Source AI."): the label reads the unread training code as missing, and says so; with the
  repository readable and holding the pipeline, the same release would be open-source-ai-with-open-data.
- the fine-tune of the manually gated base (Grayling-7B-Instruct): open-weights where undetermined was expected
  ("The weights and deployment code are released under open terms (Apache License 2.0), but complete training
  code is missing for Open Source AI."); datasources_basemodel closed where unknown was expected ("Foundation
  model hf:zander-labs/Zander-7B: training data rated closed."): the base's card is behind the gate (HTTP 401
  without a token) and the index does not know Zander, so its data was never read, yet it is rated closed;
  trainingcode partial where unknown was expected ("The linked code only has fine-tuning scripts, not the code
  that pre-trained the model or its base."): whether the base's pre-training code is published was never read
  (the reason says it is not). Base weights partial (from the gate), tune weights and tuning data open: right.

What changed (general rules): a label is undetermined when nothing Open Source AI needs is known to be
missing and what it needs could not be read ("at least open weights; whether it is Open Source AI is not
established: complete training code (it could not be read)"), and open weights when one need is known to
be missing (`g7.evaluate`); a derivative whose own training code is published over a base whose training code
could not be read has its training code unknown, not partial (`code._bases_training_code`), and so does the
OSAI training-code cell when the data-processing code is published beside training code that could not be
read; a model card the file list names that could not be read (behind a gate without a token) leaves the
release unread, so an absence in it is unknown, not closed (`ProbeContext.unread`).

Round 14 (`ROUND_14`, 8 releases, written blind by a helper that never read the rules): real-world card styles
of popular Hub models, written fresh. The Trainer's auto-generated card for a text classifier fine-tuned from
distilbert/distilbert-base-uncased ("on the None dataset", "More information needed" under every prose heading,
hyperparameters, a results table, framework versions); a sentence-transformers v3 card over
google-bert/bert-base-uncased (architecture block, usage snippet, evaluation tables, three Hub pair datasets linked
under "Training Datasets", the library's and the loss's BibTeX); a llama.cpp quantizer's GGUF card of
google/gemma-3-27b-it tagged `apache-2.0`, its original only a bare "Original model:" URL, with a table of quant files
and an importance-matrix gist (`_OwnLayout`: only .gguf files); a big lab's card with a long "Responsible AI"
section whose "Usage policy" says use "must comply with" its Acceptable Use Policy, the licence only `license:
other`, `license_name` and an off-Hub `license_link`; a research lab's fully open model with arXiv and GitHub badges,
an arXiv @misc BibTeX, its whole pipeline on GitHub and its two corpora declared only in the metadata; PEFT's card
template, placeholders but for one summary line and no licence anywhere, over a LoRA of Qwen/Qwen2.5-7B-Instruct
(`_OwnLayout`: adapter files only); mergekit's card of a task-arithmetic merge of two served Apache tunes over
Qwen/Qwen2.5-7B-Instruct, with its YAML recipe; and a card that is a link to the announcement blog post and
"License: Apache 2.0". The real bases are not served: the built-in index must know them. The documentation cells
(model card, datasheet, preprint, paper, hardware and architecture, code documentation) are set where the experts'
notes make them clear-cut: a tune's preprint and paper are its own, not its base's or a method's it cites
(Starling.yaml "linked preprint not by model creators", leo.yaml).

First run (before any rule changed, on commit 83ba2c2 with no uncommitted edits under `src/`; pytest cut the reasons
short, so their full text was read from a throwaway test of the same eight cases, since deleted, which gave the same
levels): 3 of 8 right, labels and cells (the Gemma 3 GGUF tagged Apache, weights-available through the index's
Gemma Terms of Use, base weights partial, base data closed; the big lab's card, weights-available citing README.md
line 127, the use policy the licence incorporates, with model card and hardware and architecture open; the research
lab's release, open-source-ai-with-open-data with every cell right, code documentation open and paper closed). 6 of
8 labels right; no label read more open than the rubric, the two wrong labels read undetermined where open-weights
was expected. The five misses:
- the Trainer card over DistilBERT: undetermined where open-weights was expected ("The weights are under Apache
  License 2.0, an open license, but the release is derived from hf:distilbert/distilbert-base-uncased, whose terms
  could not be examined (not fetched, not in the opengauge index); a base model's license can bind its
  derivatives."); weights_basemodel unknown where open was expected and datasources_basemodel unknown where closed
  was expected (both "The foundation model could not be examined: hf:distilbert/distilbert-base-uncased."): the
  index does not know DistilBERT (BERT.yaml collates it: Apache weights, BookCorpus no longer available);
  hardware_architecture partial where closed was expected ("Only the architecture is documented, not the training
  hardware and setup."): the card says nothing on the architecture, so it is presumably `config.json`'s (leo.yaml:
  hyperparameters without hardware, closed). Tuning data closed, model card partial, preprint, paper and code
  closed: right.
- the sentence-transformers card over BERT: undetermined where open-weights was expected (the same reason, naming
  hf:google-bert/bert-base-uncased); weights_basemodel and datasources_basemodel unknown where open and closed were
  expected ("The foundation model could not be examined: hf:google-bert/bert-base-uncased."): the index does not
  know BERT (BERT.yaml); preprint open where closed was expected ("A preprint of the model is archived on arXiv
  (1705.00652)."): 1705.00652 is the MultipleNegativesRankingLoss paper (Henderson et al. 2017) that the template's
  BibTeX cites for the loss; paper open where closed was expected ("The release cites a paper published at a
  peer-reviewed venue."): the @inproceedings is Sentence-BERT (EMNLP 2019), the library's citation, not a paper on
  this model (Starling.yaml "linked preprint not by model creators"). Tuning data open, datasheet partial, model
  card open: right.
- PEFT's template over the Qwen2.5 LoRA: label right (weights-available: "No license: the release, read in full
  (card metadata, files, gate), states none, ..."), and weights, data, code, licences, preprint and paper right, but
  modelcard open where closed was expected ("The model card covers 8 of the 9 standard sections, including training
  and evaluation."): every section holds "[More Information Needed]"; datasheet partial where closed was expected ("A
  data card or data statement is mentioned, which gives partial insight; there is no datasheet (collection,
  curation, composition, uses) or dataset card on the Hub."): presumably the template's HTML comment "This should
  link to a Dataset Card", the card's only such words; hardware_architecture partial where closed was expected
  ("Only the training hardware is documented, not the architecture."): presumably the template's "Hardware Type",
  "Compute Infrastructure" and "Hardware" lines, each "[More Information Needed]".
- mergekit's card of the task-arithmetic merge: label and seven cells right (open-weights; base weights open, base
  and tuning data closed, licences open, preprint and paper closed: the task-arithmetic arXiv link was not taken for
  the model's preprint), but modelcard closed where partial was expected ("The model card has none of the standard
  sections (details, uses, training, evaluation...)."): "Merge Details", "Merge Method", "Models Merged" and
  "Configuration" tell how the model was made (NeuralChat.yaml "limited information": partial).
- the blog-link card: label and nine cells right (open-weights; training code, data, model card, datasheet,
  preprint, paper and code documentation closed: the unread blog post was not taken for unread evidence), but
  hardware_architecture partial where closed was expected ("Only the architecture is documented, not the training
  hardware and setup."): the card documents nothing, so the architecture is presumably `config.json`'s (Qwen.yaml,
  Mistral.yaml: closed with a config on the Hub).
No expectation was changed after the run.

What changed (general rules): a section of the Hugging Face template whose fields are left as "[More Information
Needed]" and whose only sentences are the template's stock ones says nothing (`Section.content_chars`). Five stay
as `DISAGREEMENTS` (two bases the index does not hold, a PEFT template's comments and empty fields read by the
documentation probes, a mergekit card's recipe not counted as a model card section, a config.json counted as the
architecture's documentation: not counting it was tried, and it left every built-in index entry, which keeps no
card text, with its architecture unknown).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from tests.servers import GitHubRepo, HubFile, HubRepo, fake_sha

WEIGHTS = HubFile("model.safetensors", None, size=6_000_000_000, lfs=True)
CONFIG = HubFile(
    "config.json",
    b'{"architectures": ["LlamaForCausalLM"], "hidden_size": 2048, "num_hidden_layers": 24,'
    b' "num_attention_heads": 16, "vocab_size": 50304}',
)


@dataclass
class Dataset:
    id: str
    license: str | None
    card: str | None
    """The dataset card; None serves a card the file list names but the server does not hold (unreadable)."""
    gated: bool | str = False
    """The Hub's gate on the dataset (`"manual"`, `"auto"`), served as the real API reports it."""


@dataclass
class HeldOut:
    repo_id: str
    card: str
    card_data: dict
    label: str
    cells: dict[str, str]
    """OSAI parameter -> the level the rubric gives."""
    extra_files: dict[str, bytes | None] = field(default_factory=dict)
    gated: bool = False
    github: list[GitHubRepo] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)
    models: list[HubRepo] = field(default_factory=list)
    """Other Hub models the release names (a merge's parents), served beside it."""

    def repo(self) -> HubRepo:
        front = "".join(_yaml(k, v) for k, v in self.card_data.items())
        text = f"---\n{front}---\n\n{self.card}".encode()
        files = {"README.md": HubFile("README.md", text), "model.safetensors": WEIGHTS, "config.json": CONFIG}
        if not self.card and not self.card_data:
            del files["README.md"]  # a repository without a model card
        for path, content in self.extra_files.items():
            files[path] = HubFile(path, content, size=None if content is not None else 200_000)
        tags = [f"license:{self.card_data['license']}"] if "license" in self.card_data else []
        return HubRepo(
            self.repo_id,
            fake_sha(self.repo_id),
            files=files,
            card_data=dict(self.card_data),
            tags=tags,
            gated="auto" if self.gated else False,
        )


def _yaml(key: str, value: object) -> str:
    if isinstance(value, list):
        return f"{key}:\n" + "".join(f"- {v}\n" for v in value)
    return f"{key}: {value}\n"


def sheet(
    license_id: str,
    title: str,
    languages: list[str],
    sections: dict[str, str],
    *,
    task: str = "text-generation",
    intro: str = "",
) -> str:
    """A dataset card written as a datasheet (Gebru et al. 2021), one `##` heading per section (no language
    block when `languages` is empty), for the held-out rounds' datasets."""
    langs = "".join(f"- {lang}\n" for lang in languages)
    lang_block = f"language:\n{langs}" if languages else ""
    body = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in sections.items())
    lead = f"{intro}\n\n" if intro else ""
    return f"---\nlicense: {license_id}\n{lang_block}task_categories:\n- {task}\n---\n\n# {title}\n\n{lead}{body}"


def llama_config(
    hidden: int,
    layers: int,
    heads: int,
    kv_heads: int,
    intermediate: int,
    vocab: int,
    context: int,
    *,
    rope_theta: float = 500000.0,
) -> bytes:
    """A Llama-style `config.json` for the held-out rounds' models (JSON as `json.dumps` writes it)."""
    import json

    return json.dumps(
        {
            "architectures": ["LlamaForCausalLM"],
            "model_type": "llama",
            "hidden_size": hidden,
            "num_hidden_layers": layers,
            "num_attention_heads": heads,
            "num_key_value_heads": kv_heads,
            "intermediate_size": intermediate,
            "vocab_size": vocab,
            "max_position_embeddings": context,
            "rms_norm_eps": 1e-05,
            "rope_theta": rope_theta,
            "torch_dtype": "bfloat16",
        }
    ).encode()


def _github(
    full_name: str,
    tree: list[dict],
    *,
    readme: bytes,
    license_spdx: str = "Apache-2.0",
    fork_of: str | None = None,
) -> GitHubRepo:
    """A GitHub repository a held-out release links (its sha derived from its name)."""
    sha = fake_sha("gh", full_name.split("/", 1)[1])
    return GitHubRepo(full_name, sha, license_spdx=license_spdx, tree=tree, readme=readme, fork_of=fork_of)


def _hub_model(repo_id: str, body: str, card_data: dict, *, gated: bool = False) -> HubRepo:
    """Another Hub model a held-out release names (a base, a merge's parent), with its card and weights;
    `gated`: its files need a token, as a manually gated repository's do."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    readme = HubFile("README.md", f"---\n{front}---\n{body}".encode())
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files={"README.md": readme, "model.safetensors": WEIGHTS},
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"],
        gated="manual" if gated else False,
        gate_files=gated,
    )


def _tree(*paths: str) -> list[dict]:
    dirs = sorted({p.rsplit("/", 1)[0] for p in paths if "/" in p})
    return [{"path": d, "type": "tree"} for d in dirs] + [
        {"path": p, "type": "blob", "size": 4000} for p in paths
    ]


def github_repo(
    full_name: str, paths: tuple[str, ...], readme: bytes, license_spdx: str = "Apache-2.0"
) -> GitHubRepo:
    """A GitHub repository (`_github`) with the files `paths`."""
    return _github(full_name, _tree(*paths), readme=readme, license_spdx=license_spdx)


def hub_model(
    repo_id: str,
    card_data: dict,
    body: str,
    files: dict[str, bytes | None] | None = None,
    *,
    weights: HubFile | None = WEIGHTS,
) -> HubRepo:
    """Another Hub model a release names (a base, a target, a source model, a quantization), served with its card (front matter written as YAML), a root
    `model.safetensors` (`weights`; None: none) and `files` (None: listed, not served)."""
    front = yaml.safe_dump(card_data, allow_unicode=True, sort_keys=False)
    served = {"README.md": HubFile("README.md", f"---\n{front}---\n\n{body}".encode())}
    if weights is not None:
        served[weights.path] = weights
    for path, content in (files or {}).items():
        served[path] = HubFile(path, content, size=None if content is not None else 200_000)
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files=served,
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"] + [str(t) for t in card_data.get("tags", [])],
    )


@dataclass
class YamlRelease(HeldOut):
    """A release whose card's front matter is `card_data` written as YAML (the nested `model-index` and `widget` keys
    the tools write; held-out release rounds 29 and 30), whose `card_data` tags are also the Hub's tags, without the files in `drop` (an adapter, a GGUF
    or a LoRA repository has no root `model.safetensors` or `config.json`), with the listed files `hub_files` added.
    With no card and no metadata the repository has no README at all."""

    drop: tuple[str, ...] = ()
    hub_files: tuple[HubFile, ...] = ()

    def repo(self):
        repo = super().repo()
        if self.card or self.card_data:
            front = (
                yaml.safe_dump(self.card_data, allow_unicode=True, sort_keys=False) if self.card_data else ""
            )
            repo.files["README.md"] = HubFile("README.md", f"---\n{front}---\n\n{self.card}".encode())
        for path in self.drop:
            repo.files.pop(path, None)
        for f in self.hub_files:
            repo.files[f.path] = f
        repo.tags = repo.tags + [str(t) for t in self.card_data.get("tags", [])]
        return repo


HERON_README = b"""# heron-train

The complete pipeline that produced Heron-3B: data processing, pre-training and evaluation.

## Installation

    pip install -e .

## Data processing

`data/dedup.py` removes near-duplicate documents with MinHash; `data/filter.py` applies the quality and
language filters described in the technical report. Run `scripts/prepare_data.sh` to rebuild the corpus.

## Pre-training

    torchrun --nproc_per_node 8 train.py --config configs/heron-3b.yaml

The configuration holds every hyperparameter used for the released checkpoint.

## Evaluation

`eval/run_eval.py` reproduces the numbers of the model card.
"""

HERON_DATA_CARD = """---
license: odc-by
---

# Heron Corpus

## Dataset Summary
The Heron Corpus is the complete 1.2T-token pre-training corpus of Heron-3B: English web pages, code,
papers and books.

## Dataset Creation

### Source Data
Web pages come from 24 Common Crawl snapshots (2019-2024); code from permissively licensed GitHub
repositories; papers from arXiv and PubMed Central; books from Project Gutenberg.

### Data Collection and Processing
Pages were extracted with trafilatura, filtered by language (fastText, English > 0.65), deduplicated with
MinHash (5-grams, 0.8 Jaccard) and filtered for quality with a classifier trained on Wikipedia references.
Personal information (emails, phone numbers, IP addresses) was masked.

## Considerations for Using the Data
The corpus reflects the biases of the web. See the technical report for a breakdown by source.

## Licensing Information
Released under ODC-By 1.0; each source keeps its own terms.
"""

RELEASES: list[HeldOut] = [
    HeldOut(
        "heron-lab/Heron-3B",
        "# Heron-3B\n\n"
        "Heron-3B is a fully open 3B language model: weights, data, code and logs are all public.\n\n"
        "| Artifact | Link |\n|---|---|\n"
        "| Training data | [heron-lab/heron-corpus](https://huggingface.co/datasets/heron-lab/heron-corpus) |\n"
        "| Training and data code | [github.com/heron-lab/heron-train](https://github.com/heron-lab/heron-train) |\n"
        "| Technical report | [arXiv:2611.01234](https://arxiv.org/abs/2611.01234) |\n\n"
        "## Model details\nA decoder-only transformer, 24 layers, hidden size 2048, 16 attention heads, trained "
        "on 1.2T tokens on 128 H100 GPUs for 9 days.\n\n"
        "## Evaluation\n| Task | Score |\n|---|---|\n| MMLU | 48.1 |\n| HellaSwag | 71.0 |\n\n"
        "## Limitations\nThe model can produce false or biased text.\n",
        {"license": "apache-2.0", "datasets": ["heron-lab/heron-corpus"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "heron-lab/heron-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "train.py",
                    "configs/heron-3b.yaml",
                    "data/dedup.py",
                    "data/filter.py",
                    "scripts/prepare_data.sh",
                    "eval/run_eval.py",
                ),
                readme=HERON_README,
            )
        ],
        datasets=[Dataset("heron-lab/heron-corpus", "odc-by", HERON_DATA_CARD)],
    ),
    HeldOut(
        "quill-ai/Quill-7B-Chat",
        "<h1>Quill 7B Chat</h1>\n"
        "<table>\n<tr><td><b>Developer</b></td><td>Quill AI</td></tr>\n"
        "<tr><td><b>License</b></td><td>Quill Community License (see LICENSE)</td></tr>\n"
        "<tr><td><b>Parameters</b></td><td>7.2B</td></tr>\n</table>\n\n"
        "<p>Quill 7B Chat is a chat assistant. Download the weights below.</p>\n",
        {"license": "other", "license_name": "quill-community", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed", "trainingcode": "closed"},
        extra_files={
            "LICENSE": b"QUILL COMMUNITY LICENSE\n\n1. You may use, copy, modify and distribute the Quill "
            b"Materials free of charge.\n2. If the products or services you offer with the Quill Materials "
            b"have more than 50 million monthly active users, you must request a separate license from "
            b"Quill AI, which Quill AI may grant at its sole discretion.\n3. The Quill Materials are "
            b"provided as is, without warranty.\n"
        },
    ),
    HeldOut(
        "sparrowhawk/SH-8B-Instruct",
        "# SH-8B-Instruct\n\n"
        "## Overview\nSH-8B-Instruct is an instruction-following model released under Apache 2.0.\n\n"
        "## Training\nThe model was pre-trained on a mix of publicly available data and licensed data, then "
        "instruction-tuned on proprietary conversations.\n\n"
        "## Inference\nInference code: https://github.com/sparrowhawk/sh-inference\n",
        {"license": "apache-2.0"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
        },
        github=[
            _github(
                "sparrowhawk/sh-inference",
                _tree("README.md", "LICENSE", "generate.py", "chat.py", "requirements.txt"),
                readme=b"# sh-inference\n\nRun SH-8B-Instruct locally.\n\n    python chat.py --model sparrowhawk/SH-8B-Instruct\n",
            )
        ],
    ),
    HeldOut(
        "tinkerer/Base2B-Support",
        "# Base2B Support\n\nA customer-support fine-tune.\n",
        {"license": "apache-2.0", "base_model": "obscure-lab/Base-2B"},
        "undetermined",
        {},
    ),
    HeldOut(
        "gptq-maker/Llama-3.1-8B-Instruct-GPTQ-4bit",
        "# Llama 3.1 8B Instruct, GPTQ 4-bit\n\nA 4-bit GPTQ quantization of Meta's Llama 3.1 8B Instruct.\n",
        {
            "license": "llama3.1",
            "base_model": "meta-llama/Llama-3.1-8B-Instruct",
            "base_model_relation": "quantized",
        },
        "weights-available",
        {"licenses": "closed", "trainingcode": "closed"},
    ),
    HeldOut(
        "wren-ml/Wren-1.5B",
        "# Wren-1.5B\n\n"
        "**Training data.** Wren was trained on 2T tokens: a filtered sample of "
        "[FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) plus synthetic textbooks that "
        "we generated ourselves and are not releasing.\n\n"
        "**Training.** We trained Wren with [nanotron](https://github.com/huggingface/nanotron) on 64 H100 GPUs; "
        "our configuration files are not public.\n",
        {"license": "mit"},
        "open-weights",
        # licenses: everything released is openly licensed; the unreleased part has no license to rate (the
        # experts rate Phi-2, MIT with unreleased synthetic data, open: frameworks/osai.py)
        {
            "weights_basemodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "licenses": "open",
        },
        datasets=[Dataset("HuggingFaceFW/fineweb-edu", "odc-by", None)],
    ),
    HeldOut(
        "mira/Mira-2B",
        "# Mira-2B\n\nMira-2B is released for non-commercial use under CC BY-NC 4.0. Accept the conditions "
        "on this page to download the weights.\n",
        {"license": "cc-by-nc-4.0"},
        "weights-available",
        {"weights_endmodel": "partial", "licenses": "closed"},
        gated=True,
    ),
    HeldOut(
        "ouzel/Ouzel-7B-Merge",
        "# Ouzel 7B Merge\n\nA SLERP merge of two 7B models.\n",
        {
            "license": "apache-2.0",
            "base_model": ["mistralai/Mistral-7B-v0.1", "ouzel-lab/secret-7b"],
            "tags": ["merge"],
        },
        "undetermined",
        {},
    ),
    HeldOut(
        "plover/Plover-13B",
        "# Plover-13B\n\n"
        "Plover-13B is a 13B chat model.\n\n"
        "## License\n"
        "The weights are released under Apache 2.0. The model may not be used for commercial purposes without "
        "our written permission.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "bittern/Bittern-2B",
        "# Bittern-2B\n\n"
        "## Terms of use\n"
        "Bittern-2B is free for research and other non-commercial use. Commercial use requires a license "
        "from Bittern Labs. The full license is in LICENSE.pdf.\n",
        {"license": "other", "license_name": "bittern-license", "license_link": "LICENSE.pdf"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={"LICENSE.pdf": None},
    ),
]


#: Round 2, written after round 1's fixes and before any further change: claims of openness under
#: restrictive terms, a released sample of a larger corpus, a fine-tune with its tuning data and recipe, a
#: card's Chinese terms, a LoRA adapter that names its base only in adapter_config.json, "coming soon"
#: training code, "a mix of publicly available datasets, including ...", a GGUF quantization relicensed,
#: and a Hub RAIL family id.
ROUND_2: list[HeldOut] = [
    HeldOut(
        "aurora-ai/Aurora-7B",
        "# Aurora-7B\n\n**Aurora-7B is a fully open-source model!** Download it, run it, build on it.\n\n"
        "See LICENSE for the terms.\n",
        {"license": "other", "license_name": "aurora-license", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"Aurora License\n\n1. Grant. Aurora AI grants you a worldwide, royalty-free license to "
            b"use, reproduce, modify and distribute Aurora-7B.\n2. Restrictions. You may not use Aurora-7B "
            b"or any of its outputs to train, improve or fine-tune any other large language model. Your use "
            b"must comply with the Aurora Acceptable Use Policy at https://aurora.example/aup, as updated "
            b"from time to time.\n"
        },
    ),
    HeldOut(
        "corvid-lab/Corvid-3B",
        "# Corvid-3B\n\n## Training data\n"
        "Corvid-3B was pre-trained on 3T tokens of our Corvid Web corpus. We release a 100B-token sample of it "
        "as [corvid-lab/corvid-web-sample](https://huggingface.co/datasets/corvid-lab/corvid-web-sample); the "
        "rest is not public.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_basemodel": "open", "datasources_basemodel": "partial", "trainingcode": "closed"},
        datasets=[
            Dataset(
                "corvid-lab/corvid-web-sample",
                "odc-by",
                "---\nlicense: odc-by\n---\n# Corvid Web sample\n\nA 100B-token sample of Corvid Web.\n",
            )
        ],
    ),
    HeldOut(
        "finch-ft/Finch-7B-DPO",
        "# Finch-7B-DPO\n\n"
        "Finch-7B-DPO is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) fine-tuned with "
        "SFT on UltraChat 200k and DPO on UltraFeedback, using the recipes of the "
        "[alignment-handbook](https://github.com/huggingface/alignment-handbook).\n\n"
        "## Training data\n"
        "- [HuggingFaceH4/ultrachat_200k](https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k)\n"
        "- [HuggingFaceH4/ultrafeedback_binarized](https://huggingface.co/datasets/HuggingFaceH4/ultrafeedback_binarized)\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["HuggingFaceH4/ultrachat_200k", "HuggingFaceH4/ultrafeedback_binarized"],
        },
        "open-weights",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_endmodel": "open",
            "datasources_basemodel": "closed",
        },
        datasets=[
            Dataset("HuggingFaceH4/ultrachat_200k", "mit", None),
            Dataset("HuggingFaceH4/ultrafeedback_binarized", "mit", None),
        ],
    ),
    HeldOut(
        "pelican-nlp/Pelican-13B",
        "# Pelican-13B\n\nA bilingual chat model.\n\n## 许可协议\n本模型权重仅供学术研究使用，禁止任何形式的商用。\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "sqlsmith/qwen2.5-7b-sql-lora",
        "# SQL LoRA\n\nA LoRA adapter for text-to-SQL.\n",
        {"license": "apache-2.0", "library_name": "peft"},
        "open-weights",
        {"weights_endmodel": "open"},
        extra_files={
            "adapter_config.json": b'{"base_model_name_or_path": "Qwen/Qwen2.5-7B-Instruct", "peft_type": "LORA",'
            b' "r": 16, "lora_alpha": 32}',
            "adapter_model.safetensors": None,
        },
    ),
    HeldOut(
        "grebe-ai/Grebe-1B",
        "# Grebe-1B\n\nA small English model.\n\n## Code\n"
        "Training code: coming soon at https://github.com/grebe-ai/grebe.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "closed"},
        github=[
            _github(
                "grebe-ai/grebe",
                _tree("README.md", "LICENSE"),
                readme=b"# grebe\n\nCode coming soon.\n",
            )
        ],
    ),
    HeldOut(
        "hoopoe/Hoopoe-2B",
        "# Hoopoe-2B\n\n## Training data\n"
        "Hoopoe-2B was trained on a mix of publicly available datasets, including C4 and English Wikipedia.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial"},
    ),
    HeldOut(
        "ggufer/gemma-2-9b-it-GGUF",
        "# gemma-2-9b-it GGUF\n\nGGUF quantizations of Google's gemma-2-9b-it for llama.cpp.\n",
        {"license": "apache-2.0", "base_model": "google/gemma-2-9b-it", "base_model_relation": "quantized"},
        "weights-available",
        {"licenses": "closed"},
        extra_files={"gemma-2-9b-it-Q4_K_M.gguf": None},
    ),
    HeldOut(
        "ibis-art/Ibis-XL",
        "# Ibis XL\n\nA text-to-image model.\n",
        {"license": "openrail"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
]


LARK_README = b"""# lark-pretrain

Everything needed to rebuild Lark-1B from raw text.

## Setup

    pip install -r requirements.txt

## 1. Prepare the data

`prep/download.py` fetches FineWeb-Edu and Cosmopedia; `prep/tokenize.py` packs them into 2048-token
sequences with the Lark tokenizer.

## 2. Pre-train

    torchrun --nproc_per_node 8 pretrain.py --config configs/lark-1b.yaml

`configs/lark-1b.yaml` is the exact configuration of the released checkpoint (learning rate schedule,
batch size, 600k steps on 32 A100 GPUs).

## 3. Evaluate

`evaluate.py` reproduces the card's benchmark table.
"""

LITGPT_README = b"""# LitGPT

20+ high-performance LLMs with recipes to pretrain, finetune and deploy at scale.

## Quick start

    pip install litgpt
    litgpt pretrain --config config_hub/pretrain/tinyllama.yaml

## Finetune

    litgpt finetune lora --checkpoint_dir checkpoints/meta-llama/Llama-2-7b-hf

See the tutorials folder for more.
"""

#: Round 3, written after round 2's fixes and before any further change: a license line whose condition
#: follows "provided that", a fully open release whose card uses headings in other words and collapsible
#: HTML, a merge one of whose parents is a Llama 3 model, a fine-tune of a Mistral base with open tuning
#: data, a modified Apache text with an added field-of-use paragraph, training data named only in a
#: table (no links), a fine-tune that names its Llama 2 base only in prose, a card that claims Apache
#: over a LICENSE with use restrictions, a fork of a training framework under another name, and a card
#: that withholds its data sources.
ROUND_3: list[HeldOut] = [
    HeldOut(
        "kite-ai/Kite-7B",
        "# Kite-7B\n\n"
        "- **Developed by:** Kite AI\n"
        "- **Model type:** decoder-only transformer\n"
        "- **License:** Apache 2.0, provided that the model is not used to build or offer a competing "
        "foundation-model API\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "lark-lab/Lark-1B",
        "# Lark-1B\n\n"
        "<details><summary>At a glance</summary>\n\n"
        "Lark-1B is a 1.1B-parameter decoder (22 layers, hidden size 2048, 32 heads, rotary embeddings) "
        "pre-trained from scratch on 1T tokens.\n\n</details>\n\n"
        "## What went into it\n"
        "Lark-1B saw only public data: [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) "
        "(900B tokens) and [Cosmopedia](https://huggingface.co/datasets/HuggingFaceTB/cosmopedia) (100B tokens). "
        "Nothing else.\n\n"
        "## Rebuild it yourself\n"
        "Every script and the exact configuration are in "
        "[lark-lab/lark-pretrain](https://github.com/lark-lab/lark-pretrain).\n\n"
        "## Scores\n| Benchmark | Lark-1B |\n|---|---|\n| ARC-e | 61.2 |\n| PIQA | 72.4 |\n\n"
        "## Known issues\nLark-1B makes things up and reflects the biases of web text.\n",
        {
            "license": "apache-2.0",
            "datasets": ["HuggingFaceFW/fineweb-edu", "HuggingFaceTB/cosmopedia"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "lark-lab/lark-pretrain",
                _tree(
                    "README.md",
                    "LICENSE",
                    "requirements.txt",
                    "prep/download.py",
                    "prep/tokenize.py",
                    "pretrain.py",
                    "configs/lark-1b.yaml",
                    "evaluate.py",
                ),
                readme=LARK_README,
                license_spdx="MIT",
            )
        ],
        datasets=[
            Dataset("HuggingFaceFW/fineweb-edu", "odc-by", None),
            Dataset("HuggingFaceTB/cosmopedia", "apache-2.0", None),
        ],
    ),
    HeldOut(
        "merlin-merges/Merlin-8B",
        "# Merlin-8B\n\nA TIES merge made with mergekit.\n\n"
        "```yaml\nmodels:\n  - model: meta-llama/Meta-Llama-3-8B-Instruct\n  - model: falconer/Llama-3-8B-Falcon-SFT\n"
        "merge_method: ties\n```\n",
        {
            "license": "mit",
            "base_model": ["meta-llama/Meta-Llama-3-8B-Instruct", "falconer/Llama-3-8B-Falcon-SFT"],
            "tags": ["merge", "mergekit"],
        },
        "weights-available",
        {"licenses": "closed"},
        models=[
            _hub_model(
                "falconer/Llama-3-8B-Falcon-SFT",
                "# Falcon SFT\n",
                {"license": "llama3", "base_model": "meta-llama/Meta-Llama-3-8B"},
            )
        ],
    ),
    HeldOut(
        "tern-ai/Tern-7B-Chat",
        "# Tern-7B-Chat\n\n"
        "Tern-7B-Chat is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) after supervised "
        "fine-tuning on the [Tulu 3 SFT mixture](https://huggingface.co/datasets/allenai/tulu-3-sft-mixture). "
        "That mixture is all of its tuning data.\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["allenai/tulu-3-sft-mixture"],
        },
        "open-weights",
        {"weights_endmodel": "open", "weights_basemodel": "open", "datasources_endmodel": "open"},
        datasets=[Dataset("allenai/tulu-3-sft-mixture", "odc-by", None)],
    ),
    HeldOut(
        "osprey-ai/Osprey-3B",
        "# Osprey-3B\n\nSee LICENSE.\n",
        {"license": "other", "license_name": "osprey-apache", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\n"
            b"TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\n"
            b"2. Grant of Copyright License. Subject to the terms and conditions of this License, each "
            b"Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, "
            b"irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly "
            b"perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.\n\n"
            b"END OF TERMS AND CONDITIONS\n\n"
            b"ADDITIONAL TERMS FOR OSPREY-3B\n\n"
            b"Notwithstanding the above, the Work may not be deployed in any system that makes or supports "
            b"decisions about the employment, credit or housing of natural persons.\n"
        },
    ),
    HeldOut(
        "pipit-lm/Pipit-350M",
        "# Pipit-350M\n\nA tiny English model for experiments.\n\n"
        "## Pre-training corpus\n\n"
        "| Source | Share |\n|---|---|\n| FineWeb-Edu | 85% |\n| Cosmopedia | 15% |\n\n"
        "These two public datasets are the complete training data.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "open", "trainingcode": "closed"},
    ),
    HeldOut(
        "vireo/Vireo-13B-Chat",
        "# Vireo-13B-Chat\n\nVireo is fine-tuned from Llama 2 13B Chat on our customer-service dialogues.\n",
        {"license": "mit"},
        "weights-available",
        {"licenses": "closed"},
    ),
    HeldOut(
        "shrike-labs/Shrike-3B",
        "# Shrike-3B\n\nReleased under the OSI-approved Apache 2.0 license.\n",
        {"license": "other", "license_link": "LICENSE"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"SHRIKE RESPONSIBLE AI LICENSE\n\nSection 1. You may use, modify and share the Model.\n"
            b"Section 2. You agree not to use the Model or its Derivatives: (a) for surveillance of "
            b"individuals; (b) to generate disinformation; (c) for medical diagnosis.\nSection 3. You must "
            b"pass on the use restrictions of Section 2 to anyone you share the Model or its Derivatives with.\n"
        },
    ),
    HeldOut(
        "swift-ai/Swift-1B",
        "# Swift-1B\n\n## Training\n"
        "Swift-1B was pre-trained on 500B tokens of [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb) "
        "with our fork of LitGPT: https://github.com/swift-ai/swift-gpt\n",
        {"license": "apache-2.0", "datasets": ["HuggingFaceFW/fineweb"]},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "partial", "datasources_basemodel": "open"},
        github=[
            _github(
                "swift-ai/swift-gpt",
                _tree(
                    "README.md",
                    "LICENSE",
                    "litgpt/pretrain.py",
                    "litgpt/finetune/lora.py",
                    "litgpt/model.py",
                    "config_hub/pretrain/tinyllama.yaml",
                ),
                readme=LITGPT_README,
                fork_of="Lightning-AI/litgpt",
            )
        ],
        datasets=[Dataset("HuggingFaceFW/fineweb", "odc-by", None)],
    ),
    HeldOut(
        "tody-ai/Tody-7B",
        "# Tody-7B\n\n## Training data\n"
        "Tody-7B was trained on 2T tokens of web, code and book data. We do not disclose the sources.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasheet": "closed",
            "trainingcode": "closed",
        },
    ),
]


#: Round 4, written after round 3's fixes and before any further change: a Llama 3.2 tune whose card says
#: Apache, proprietary tuning data only, terms in the gate's prompt, a model with fine-tuning code only, a
#: training-code link that leads nowhere, a repository without a model card, a use policy the card's license
#: section binds, an adapter of a tuned Mistral served by the Hub, and a corpus named in prose.
ROUND_4: list[HeldOut] = [
    HeldOut(
        "jay-ai/Jay-3B-Instruct",
        "# Jay-3B-Instruct\n\nJay is a tune of Llama 3.2 3B Instruct for email writing. The model is released "
        "under the Apache 2.0 license.\n",
        {"license": "apache-2.0", "base_model": "meta-llama/Llama-3.2-3B-Instruct"},
        "weights-available",
        {"licenses": "closed"},
    ),
    HeldOut(
        "lexa/Lexa-7B-Legal",
        "# Lexa-7B-Legal\n\n## Training data\nLexa was fine-tuned on a proprietary dataset of 400k legal "
        "documents licensed from publishers.\n",
        {"license": "apache-2.0", "base_model": "Qwen/Qwen2.5-7B-Instruct"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_endmodel": "closed"},
    ),
    HeldOut(
        "magpie-lab/Magpie-2B",
        "# Magpie-2B\n\nA small assistant. Request access above.\n",
        {
            "license": "apache-2.0",
            "extra_gated_prompt": "By requesting access you agree to use Magpie-2B for non-commercial research only.",
        },
        "weights-available",
        {"weights_endmodel": "partial", "licenses": "closed"},
        gated=True,
    ),
    HeldOut(
        "nuthatch/Nuthatch-1B",
        "# Nuthatch-1B\n\nNuthatch-1B was pre-trained from scratch on 1T tokens.\n\n## Code\n"
        "Our repository [nuthatch/nuthatch-tools](https://github.com/nuthatch/nuthatch-tools) has the scripts to "
        "fine-tune Nuthatch on your own data.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "partial"},
        github=[
            _github(
                "nuthatch/nuthatch-tools",
                _tree("README.md", "LICENSE", "finetune.py", "configs/lora.yaml", "chat.py"),
                readme=b"# nuthatch-tools\n\nFine-tune Nuthatch with LoRA:\n\n    python finetune.py --config configs/lora.yaml\n",
            )
        ],
    ),
    HeldOut(
        "oriole/Oriole-7B",
        "# Oriole-7B\n\n## Training\nThe training code is at https://github.com/oriole/oriole-train.\n",
        {"license": "mit"},
        "open-weights",
        {"weights_endmodel": "open", "trainingcode": "closed"},
    ),
    HeldOut(
        "pochard/pochard-1b",
        "",
        {},
        "open-weights",
        {
            "weights_endmodel": "open",
            "modelcard": "closed",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
        },
        extra_files={
            "LICENSE": b"MIT License\n\nCopyright (c) 2026 Pochard\n\nPermission is hereby granted, free of charge, "
            b"to any person obtaining a copy of this software and associated documentation files (the "
            b'"Software"), to deal in the Software without restriction, including without limitation the '
            b"rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the "
            b"Software, and to permit persons to whom the Software is furnished to do so, subject to the "
            b"following conditions:\n\nThe above copyright notice and this permission notice shall be included "
            b'in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", '
            b"WITHOUT WARRANTY OF ANY KIND.\n"
        },
    ),
    HeldOut(
        "quetzal-ai/Quetzal-8B",
        "# Quetzal-8B\n\n## License\nThis model is licensed under the Apache 2.0 License. Use of the model is "
        "also subject to the Quetzal Acceptable Use Policy (https://quetzal.example/aup), which we may update "
        "from time to time.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "rail-ft/mistral-7b-instruct-v0.2-sql-lora",
        "# SQL LoRA for Mistral 7B Instruct v0.2\n",
        {"license": "apache-2.0", "library_name": "peft"},
        "open-weights",
        {"weights_endmodel": "open"},
        extra_files={
            "adapter_config.json": b'{"base_model_name_or_path": "mistralai/Mistral-7B-Instruct-v0.2", '
            b'"peft_type": "LORA", "r": 8}',
            "adapter_model.safetensors": None,
        },
        models=[
            _hub_model(
                "mistralai/Mistral-7B-Instruct-v0.2",
                "# Mistral-7B-Instruct-v0.2\n\nAn instruct fine-tuned version of Mistral-7B-v0.2.\n",
                {"license": "apache-2.0"},
            )
        ],
    ),
    HeldOut(
        "sora-lm/Sora-LM-1B",
        "# Sora-LM-1B\n\n## Training data\nSora-LM-1B was pre-trained on the Pile.\n",
        {"license": "apache-2.0"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial"},
    ),
]


WAGTAIL_README = b"""# wagtail-train

Reproduce Wagtail-1B end to end.

## Data
`data/download.py` fetches the FineWeb sample we used and `data/tokenize.py` packs it.

## Training
    python pretrain.py --config configs/wagtail-1b.yaml

## License
MIT.
"""

#: Round 5, written after round 4's fixes and before any further change: weights under CC BY 4.0 with the
#: whole pipeline, a tune of a gated base whose files need a token, a Qwen tune that declares a Llama
#: licence, a Mistral tune with its axolotl recipe in the card, a licence with a list of refused uses in an
#: attachment, a GGUF quantization of an MIT base, and a card whose own terms ban training rival models.
ROUND_5: list[HeldOut] = [
    HeldOut(
        "wagtail-ai/Wagtail-1B",
        "# Wagtail-1B\n\nA 1B model trained from scratch on 300B tokens of "
        "[FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb). The weights are released under "
        "CC BY 4.0; the code is at https://github.com/wagtail-ai/wagtail-train (MIT).\n",
        {"license": "cc-by-4.0", "datasets": ["HuggingFaceFW/fineweb"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "wagtail-ai/wagtail-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/download.py",
                    "data/tokenize.py",
                    "pretrain.py",
                    "configs/wagtail-1b.yaml",
                ),
                readme=WAGTAIL_README,
                license_spdx="MIT",
            )
        ],
        datasets=[Dataset("HuggingFaceFW/fineweb", "odc-by", None)],
    ),
    HeldOut(
        "xenops/gemma-2-2b-it-support",
        "# Gemma 2 2B IT, support tune\n\nA customer-support tune.\n",
        {"license": "gemma", "base_model": "google/gemma-2-2b-it"},
        "weights-available",
        {"licenses": "closed"},
        models=[
            _hub_model(
                "google/gemma-2-2b-it",
                "# Gemma 2\n",
                {"license": "gemma", "extra_gated_heading": "Access Gemma on Hugging Face"},
                gated=True,
            )
        ],
    ),
    HeldOut(
        "yellowlegs/Qwen2.5-1.5B-chat",
        "# Qwen2.5 1.5B chat tune\n\nA chat tune of Qwen2.5 1.5B.\n",
        {"license": "llama3.1", "base_model": "Qwen/Qwen2.5-1.5B"},
        "weights-available",
        {"licenses": "closed"},
        models=[_hub_model("Qwen/Qwen2.5-1.5B", "# Qwen2.5-1.5B\n", {"license": "apache-2.0"})],
    ),
    HeldOut(
        "zitting/Zitting-7B-Hermes",
        "# Zitting-7B-Hermes\n\nMistral-7B-v0.1 fine-tuned on OpenHermes 2.5 with axolotl.\n\n"
        "## Training procedure\nThe axolotl config we used:\n\n```yaml\nbase_model: mistralai/Mistral-7B-v0.1\n"
        "datasets:\n  - path: teknium/OpenHermes-2.5\n    type: sharegpt\nsequence_len: 4096\nlearning_rate: 0.000005\n"
        "num_epochs: 3\n```\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["teknium/OpenHermes-2.5"],
        },
        "open-weights",
        {"weights_endmodel": "open", "weights_basemodel": "open", "datasources_endmodel": "open"},
        datasets=[Dataset("teknium/OpenHermes-2.5", None, None)],
    ),
    HeldOut(
        "auklet-ai/Auklet-7B",
        "# Auklet-7B\n\nSee LICENSE-MODEL.\n",
        {"license": "other", "license_name": "auklet-model-license", "license_link": "LICENSE-MODEL"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE-MODEL": b"AUKLET MODEL LICENSE\n\n1. Grant. Auklet AI grants you a worldwide, royalty-free "
            b"license to use, copy, modify and distribute the Model.\n\n2. Use-based restrictions. You agree not to "
            b"use the Model or its derivatives for any of the purposes listed in Attachment A.\n\n"
            b"Attachment A: Use Restrictions\n\nYou agree not to use the Model:\n- to exploit or harm minors;\n"
            b"- to generate false information to harm others;\n- for fully automated decision making that "
            b"adversely affects an individual's legal rights.\n"
        },
    ),
    HeldOut(
        "bunting/phi-2-GGUF",
        "# phi-2 GGUF\n\nQuantized phi-2 for llama.cpp.\n",
        {"license": "mit", "base_model": "microsoft/phi-2", "base_model_relation": "quantized"},
        "open-weights",
        {"licenses": "open"},
        extra_files={"phi-2.Q4_K_M.gguf": None},
    ),
    HeldOut(
        "dipper-lab/Dipper-8B",
        "# Dipper-8B\n\nLicense: Apache 2.0.\n\n## Terms\nYou may not use Dipper-8B or its outputs to develop "
        "models that compete with Dipper.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
]


#: Round 6, written after round 5's fixes and before any further change: two RAIL family ids, an Apache
#: card over a LICENSE that is an excerpt of the Llama 2 agreement, training data that is gated on the Hub,
#: and non-commercial weights beside Apache code.
ROUND_6: list[HeldOut] = [
    HeldOut(
        "eider-art/Eider-XL",
        "# Eider XL\n\nA text-to-image model fine-tuned from SDXL.\n",
        {"license": "openrail++"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "finfoot/bloom-1b-finance",
        "# BLOOM 1B finance\n\nA finance tune.\n",
        {"license": "bigscience-bloom-rail-1.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
    ),
    HeldOut(
        "gadwall/Gadwall-7B",
        "# Gadwall-7B\n\nApache 2.0.\n",
        {"license": "apache-2.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        extra_files={
            "LICENSE": b"LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n\n"
            b"2. Additional Commercial Terms. If, on the Llama 2 version release date, the monthly active users of "
            b"the products or services made available by or for Licensee, or Licensee's affiliates, is greater "
            b"than 700 million monthly active users in the preceding calendar month, you must request a license "
            b"from Meta, which Meta may grant to you in its sole discretion.\n"
        },
    ),
    HeldOut(
        "hornbill/Hornbill-Coder-3B",
        "# Hornbill-Coder-3B\n\n## Training data\nHornbill-Coder was trained on "
        "[bigcode/the-stack-v2-dedup](https://huggingface.co/datasets/bigcode/the-stack-v2-dedup) only.\n",
        {"license": "apache-2.0", "datasets": ["bigcode/the-stack-v2-dedup"]},
        "open-weights",
        # data sources open since round 10: the data is shared behind a click-through gate, and its licence is
        # the licenses parameter's (the experts rate The Stack open for StarCoder, StarCoder.yaml); the round
        # first expected partial for the gate
        {"weights_endmodel": "open", "datasources_basemodel": "open"},
        # served gated, as the round says it is (and as the real dataset is): the `gated` field of the
        # served datasets came in round 9, and until then it was served open by mistake
        datasets=[Dataset("bigcode/the-stack-v2-dedup", "other", None, gated="auto")],
    ),
    HeldOut(
        "ibisbill/Ibisbill-2B",
        "# Ibisbill-2B\n\nModel weights are released under CC BY-NC 4.0; the inference code "
        "(https://github.com/ibisbill/ibisbill-infer) is under Apache 2.0.\n",
        {"license": "cc-by-nc-4.0"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        github=[
            _github(
                "ibisbill/ibisbill-infer",
                _tree("README.md", "LICENSE", "generate.py"),
                readme=b"# ibisbill-infer\n\nRun Ibisbill-2B.\n",
            )
        ],
    ),
]


QWEN_RESEARCH_LICENSE = b"""Qwen RESEARCH LICENSE AGREEMENT

Qwen RESEARCH LICENSE AGREEMENT Release Date: September 19, 2024

By clicking to agree or by using or distributing any portion or element of the Qwen Materials, you will be
deemed to have recognized and accepted the content of this Agreement, which is effective immediately.

1. Definitions
a. This Qwen RESEARCH LICENSE AGREEMENT (this "Agreement") shall mean the terms and conditions for use,
reproduction, distribution and modification of the Materials as defined by this Agreement.
b. "We" (or "Us") shall mean Alibaba Cloud.
c. "You" (or "Your") shall mean a natural person or legal entity exercising the rights granted by this
Agreement and/or using the Materials for any purpose and in any field of use.
d. "Materials" shall mean, collectively, Alibaba Cloud's proprietary Qwen and Documentation (and any
portion thereof) made available under this Agreement.
e. "Non-Commercial" shall mean for research or evaluation purposes only.

2. Grant of Rights
a. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited license under
Alibaba Cloud's intellectual property or other rights owned by Us embodied in the Materials to use,
reproduce, distribute, copy, create derivative works of, and make modifications to the Materials FOR
NON-COMMERCIAL PURPOSES ONLY.
b. If you are commercially using the Materials, You shall request a license from Us.

3. Redistribution
You may distribute copies or make the Materials, or derivative works thereof, available as part of a
product or service that contains any of them, with or without modifications, provided that you give any
other recipients of the Materials or derivative works a copy of this Agreement and cause any modified
files to carry prominent notices stating that You changed the files.
"""

BSD_3_CLAUSE = b"""BSD 3-Clause License

Copyright (c) 2026, Godwit ML
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted provided
that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the
   following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and
   the following disclaimer in the documentation and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or
   promote products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

PTARMIGAN_README = b"""# ptarmigan

Code for the paper *Ptarmigan: A Small Model Trained in the Open* (arXiv:2702.04417). This repository
rebuilds Ptarmigan-2B from the raw sources: corpus preparation, pre-training, evaluation and inference.

## Install

    git clone https://github.com/ptarmigan-lab/ptarmigan && cd ptarmigan
    pip install -e ".[train]"

## Stage 1: build the corpus

| script | what it does |
|---|---|
| `prep/fineweb_edu.py` | downloads FineWeb-Edu and keeps documents with an educational score of 3 or more |
| `prep/code_filter.py` | filters the Ptarmigan Code corpus (license allow-list, secrets and PII removal) |
| `prep/pes2o.py` | downloads peS2o v2 |
| `prep/gigaword.py` | converts your own copy of LDC2011T07 (English Gigaword, 5th ed.) into JSONL |
| `prep/dedup.py` | MinHash deduplication across all sources (5-grams, 20 bands, threshold 0.8) |
| `prep/tokenize.py` | tokenizes and packs 4096-token sequences |

`scripts/build_corpus.sh` runs them in order. Without an LDC licence, pass `--skip-gigaword`; the mixture
weights in `configs/mixture.yaml` are then renormalised.

## Stage 2: pre-train

    torchrun --nnodes 32 --nproc_per_node 8 train/pretrain.py --config configs/ptarmigan-2b.yaml

The config is the one used for the released checkpoint (AdamW, peak LR 3e-4, WSD schedule, 1.8T tokens,
global batch 4M tokens). Intermediate checkpoints are on the Hub as branches of the model repository.

## Stage 3: evaluate

    python eval/harness.py --model ptarmigan-lab/Ptarmigan-2B

## Inference

    python inference/generate.py --prompt "The ptarmigan is"

## License

Apache 2.0.
"""

FINEWEB_EDU_CARD = """---
license: odc-by
---

# FineWeb-Edu

## Dataset creation

### Source data
Web pages from the Common Crawl snapshots processed into FineWeb (text extraction, language identification,
quality filters, MinHash deduplication per snapshot), that is English text of public web pages crawled
between 2013 and 2024.

### Curation
An educational-quality classifier, trained on annotations that Llama-3-70B-Instruct gave to 450,000 FineWeb
samples on a scale of 0 to 5, scored every page; pages scoring 3 or more were kept, about 1.3T tokens. The
classifier, its prompt and the filtering code are published.
"""

PES2O_CARD = """---
license: odc-by
---

# peS2o

## Collection
Full-text scientific papers and abstracts from the Semantic Scholar Open Research Corpus (S2ORC), restricted
to papers with an open licence or in the public domain, collected from publishers and preprint servers by
the Semantic Scholar team.

## Processing and filtering
Papers were kept when their text was in English, long enough and not garbled (by a language classifier and
character statistics); references, tables and figure captions were removed; duplicates across versions
were merged. Each release is split into train and validation sets by date.
"""

PTARMIGAN_CODE_CARD = """---
license: odc-by
task_categories:
- text-generation
---

# Ptarmigan Code

## Dataset Description
Ptarmigan Code is the source-code part (25%) of the Ptarmigan-2B pre-training corpus: 450B tokens of code in
42 programming languages.

## Source Data
Public GitHub repositories under permissive licences (MIT, Apache-2.0, BSD), collected in March 2026 from
the Software Heritage archive. Repositories that opted out via the Am I In The Stack form were removed.

## Processing
Files were kept when their repository licence was on the allow-list; generated and minified files, and
files over 1 MB, were dropped. Secrets (API keys, passwords) and email addresses were redacted with
detect-secrets and regular expressions. Near-duplicates were removed with MinHash.

## Licensing
The compilation is released under ODC-By 1.0; every file keeps the licence of its repository, listed in the
`license` column.
"""

#: Round 7, written blind before any rule changed: a card whose only licence statement is a row of an HTML
#: table (no `license` metadata), a mergekit SLERP of an Apache parent and a CC BY-NC parent relabelled
#: Apache, a GGUF re-upload of Qwen2.5-3B-Instruct (Qwen Research License) relabelled Apache that names its
#: original only as an "Original model:" link, an OLMo 2 tune whose tuning data is a Markdown table of Hub
#: dataset links, a from-scratch model with its whole pipeline and open data except a licensed LDC corpus it
#: may not redistribute, a corpus "we will release later this year", a Japanese card with an English
#: licence line, and a BSD-3-Clause LICENSE behind `license: other` with a cautious Out-of-Scope section.
ROUND_7: list[HeldOut] = [
    # Licence only in an HTML table: the publisher's own statement "Apache License 2.0" is the grant (the
    # experts rate Mistral's licenses open on the bare statement "Apache-2.0"), so weights_endmodel open
    # (public, not gated), licenses open, no code at all -> trainingcode closed; label open-weights.
    HeldOut(
        "kestrel-ai/Kestrel-4B",
        '<div align="center">\n'
        '  <img src="https://kestrel.example/assets/kestrel-logo.png" width="280" alt="Kestrel"/>\n'
        "  <p>\n"
        '    <a href="https://kestrel.example"><img src="https://img.shields.io/badge/Website-kestrel.example-1f6feb"/></a>\n'
        '    <a href="https://discord.gg/kestrel-ai"><img src="https://img.shields.io/badge/Discord-Kestrel-7289da?logo=discord"/></a>\n'
        '    <a href="https://x.com/kestrel_ai"><img src="https://img.shields.io/badge/Follow-@kestrel__ai-black?logo=x"/></a>\n'
        "  </p>\n"
        "</div>\n\n"
        "<h2>Model summary</h2>\n\n"
        "<p>Kestrel-4B is a bilingual English/German instruction model built by Kestrel AI in Munich. It targets "
        "on-device assistants and runs comfortably on a single consumer GPU or a recent laptop.</p>\n\n"
        "<table>\n"
        "  <tr><th>Attribute</th><th>Value</th></tr>\n"
        "  <tr><td>Developer</td><td>Kestrel AI GmbH</td></tr>\n"
        "  <tr><td>Architecture</td><td>Decoder-only transformer, GQA, RoPE</td></tr>\n"
        "  <tr><td>Parameters</td><td>4.1B</td></tr>\n"
        "  <tr><td>Context length</td><td>32,768 tokens</td></tr>\n"
        "  <tr><td>Languages</td><td>English, German</td></tr>\n"
        '  <tr><td>Licence</td><td><a href="https://www.apache.org/licenses/LICENSE-2.0">Apache License 2.0</a></td></tr>\n'
        "  <tr><td>Release date</td><td>14 April 2026</td></tr>\n"
        "</table>\n\n"
        "<h2>Quickstart</h2>\n\n"
        "<pre><code>from transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'tok = AutoTokenizer.from_pretrained("kestrel-ai/Kestrel-4B")\n'
        'model = AutoModelForCausalLM.from_pretrained("kestrel-ai/Kestrel-4B", device_map="auto")\n'
        'msgs = [{"role": "user", "content": "Wie spät ist es in Tokio, wenn es in Berlin 9 Uhr ist?"}]\n'
        "ids = tok.apply_chat_template(msgs, add_generation_prompt=True, return_tensors=&quot;pt&quot;)\n"
        "print(tok.decode(model.generate(ids.to(model.device), max_new_tokens=128)[0]))\n"
        "</code></pre>\n\n"
        "<h2>Benchmarks</h2>\n\n"
        "<table>\n"
        "  <tr><th>Benchmark</th><th>Kestrel-4B</th><th>Qwen2.5-3B-Instruct</th></tr>\n"
        "  <tr><td>MMLU (5-shot)</td><td>63.8</td><td>65.6</td></tr>\n"
        "  <tr><td>GSM8K</td><td>71.2</td><td>73.1</td></tr>\n"
        "  <tr><td>German MMLU</td><td>57.9</td><td>49.3</td></tr>\n"
        "</table>\n\n"
        "<h2>Limitations</h2>\n\n"
        "<p>Kestrel-4B can state false facts with confidence and has seen little text in languages other than "
        "English and German.</p>\n",
        {"library_name": "transformers", "pipeline_tag": "text-generation", "language": ["en", "de"]},
        "open-weights",
        {"weights_endmodel": "open", "licenses": "open", "trainingcode": "closed"},
    ),
    # A merge binds the terms of every parent: Inkwell's CC BY-NC 4.0 carries into the merged weights, so the
    # "apache-2.0" tag cannot grant commercial use -> weights-available, licenses closed (non-commercial is
    # no open licence); the merged weights are public and ungated -> weights_endmodel open.
    HeldOut(
        "moorhen-merges/Moorhen-Inkwell-7B-slerp",
        "# Moorhen-Inkwell-7B-slerp\n\n"
        "This is a merge of pre-trained language models created using "
        "[mergekit](https://github.com/arcee-ai/mergekit).\n\n"
        "## Merge Details\n### Merge Method\n\n"
        "This model was merged using the SLERP merge method.\n\n"
        "### Models Merged\n\nThe following models were included in the merge:\n"
        "* [moorhen/Moorhen-7B-Chat](https://huggingface.co/moorhen/Moorhen-7B-Chat)\n"
        "* [inkwell-ai/Inkwell-7B-Storyteller](https://huggingface.co/inkwell-ai/Inkwell-7B-Storyteller)\n\n"
        "### Configuration\n\nThe following YAML configuration was used to produce this model:\n\n"
        "```yaml\nslices:\n  - sources:\n      - model: moorhen/Moorhen-7B-Chat\n        layer_range: [0, 32]\n"
        "      - model: inkwell-ai/Inkwell-7B-Storyteller\n        layer_range: [0, 32]\n"
        "merge_method: slerp\nbase_model: moorhen/Moorhen-7B-Chat\nparameters:\n  t:\n"
        "    - filter: self_attn\n      value: [0, 0.5, 0.3, 0.7, 1]\n    - filter: mlp\n"
        "      value: [1, 0.5, 0.7, 0.3, 0]\n    - value: 0.5\ndtype: bfloat16\n```\n",
        {
            "base_model": ["moorhen/Moorhen-7B-Chat", "inkwell-ai/Inkwell-7B-Storyteller"],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "apache-2.0",
        },
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed"},
        models=[
            _hub_model(
                "moorhen/Moorhen-7B-Chat",
                "# Moorhen-7B-Chat\n\nA general chat tune of Mistral-7B-v0.1 on OpenHermes-2.5.\n",
                {"license": "apache-2.0", "base_model": "mistralai/Mistral-7B-v0.1"},
            ),
            _hub_model(
                "inkwell-ai/Inkwell-7B-Storyteller",
                "# Inkwell-7B-Storyteller\n\nA creative-writing tune of Mistral-7B-v0.1 on licensed fiction.\n\n"
                "## License\nInkwell-7B-Storyteller is released under CC BY-NC 4.0 for non-commercial use only.\n",
                {"license": "cc-by-nc-4.0", "base_model": "mistralai/Mistral-7B-v0.1"},
            ),
        ],
    ),
    # A quantization is the original's weights: Qwen2.5-3B-Instruct is under the Qwen Research License
    # ("FOR NON-COMMERCIAL PURPOSES ONLY"), which the re-upload cannot relabel -> weights-available, licenses
    # closed; nothing about training in the card -> trainingcode closed.
    HeldOut(
        "lamplighter/Qwen2.5-3B-Instruct-GGUF",
        "## Llamacpp imatrix Quantizations of Qwen2.5-3B-Instruct\n\n"
        'Using <a href="https://github.com/ggerganov/llama.cpp/">llama.cpp</a> release '
        '<a href="https://github.com/ggerganov/llama.cpp/releases/tag/b3772">b3772</a> for quantization.\n\n'
        "Original model: https://huggingface.co/Qwen/Qwen2.5-3B-Instruct\n\n"
        "All quants made using imatrix option with a calibration set of 200k tokens of mixed text.\n\n"
        "Run them in [LM Studio](https://lmstudio.ai/) or with llama.cpp directly. Qwen2.5 is Apache 2.0, so "
        "these quants are too.\n\n"
        "## Prompt format\n\n```\n<|im_start|>system\n{system_prompt}<|im_end|>\n<|im_start|>user\n{prompt}<|im_end|>\n"
        "<|im_start|>assistant\n```\n\n"
        "## Download a file (not the whole branch) from below:\n\n"
        "| Filename | Quant type | File Size | Description |\n| -------- | ---------- | --------- | ----------- |\n"
        "| [Qwen2.5-3B-Instruct-Q8_0.gguf](https://huggingface.co/lamplighter/Qwen2.5-3B-Instruct-GGUF/blob/main/Qwen2.5-3B-Instruct-Q8_0.gguf) "
        "| Q8_0 | 3.29GB | Extremely high quality, generally unneeded but max available quant. |\n"
        "| [Qwen2.5-3B-Instruct-Q6_K_L.gguf](https://huggingface.co/lamplighter/Qwen2.5-3B-Instruct-GGUF/blob/main/Qwen2.5-3B-Instruct-Q6_K_L.gguf) "
        "| Q6_K_L | 2.61GB | Very high quality, near perfect, *recommended*. |\n"
        "| [Qwen2.5-3B-Instruct-Q4_K_M.gguf](https://huggingface.co/lamplighter/Qwen2.5-3B-Instruct-GGUF/blob/main/Qwen2.5-3B-Instruct-Q4_K_M.gguf) "
        "| Q4_K_M | 1.93GB | Good quality, default size for most use cases, *recommended*. |\n\n"
        '## Downloading using huggingface-cli\n\n```\npip install -U "huggingface_hub[cli]"\n'
        'huggingface-cli download lamplighter/Qwen2.5-3B-Instruct-GGUF --include "Qwen2.5-3B-Instruct-Q4_K_M.gguf" --local-dir ./\n```\n',
        {
            "quantized_by": "lamplighter",
            "pipeline_tag": "text-generation",
            "license": "apache-2.0",
            "language": ["en"],
            "tags": ["chat", "gguf"],
        },
        "weights-available",
        {"licenses": "closed", "trainingcode": "closed"},
        extra_files={
            "Qwen2.5-3B-Instruct-Q8_0.gguf": None,
            "Qwen2.5-3B-Instruct-Q6_K_L.gguf": None,
            "Qwen2.5-3B-Instruct-Q4_K_M.gguf": None,
        },
        models=[
            HubRepo(
                "Qwen/Qwen2.5-3B-Instruct",
                fake_sha("Qwen/Qwen2.5-3B-Instruct"),
                files={
                    "README.md": HubFile(
                        "README.md",
                        b"---\nlicense: other\nlicense_name: qwen-research\n"
                        b"license_link: https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE\n"
                        b"language:\n- en\npipeline_tag: text-generation\nlibrary_name: transformers\n---\n\n"
                        b"# Qwen2.5-3B-Instruct\n\nQwen2.5 is the latest series of Qwen large language models. "
                        b"This repo contains the instruction-tuned 3B Qwen2.5 model.\n",
                    ),
                    "LICENSE": HubFile("LICENSE", QWEN_RESEARCH_LICENSE),
                    "model.safetensors": WEIGHTS,
                },
                card_data={
                    "license": "other",
                    "license_name": "qwen-research",
                    "license_link": "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE",
                    "language": ["en"],
                    "pipeline_tag": "text-generation",
                    "library_name": "transformers",
                },
                tags=["license:other"],
            )
        ],
    ),
    # Tune of OLMo 2 7B (Apache, on the Hub, ungated) -> weights_basemodel and weights_endmodel open; OLMo 2's
    # pre-training data (OLMo-mix, Dolmino) is published, as the experts rate OLMo -> datasources_basemodel
    # open; the table links every tuning dataset, all shared on the Hub and called the whole tuning data ->
    # datasources_endmodel open; no training code released -> open-weights, not open-source-ai.
    HeldOut(
        "sandpiper-nlp/Sandpiper-7B-SFT",
        "# Sandpiper-7B-SFT\n\n"
        "Sandpiper-7B-SFT is an instruction-following model obtained by supervised fine-tuning and DPO of "
        "[OLMo-2-1124-7B](https://huggingface.co/allenai/OLMo-2-1124-7B). We built it to study how far a small, "
        "fully documented post-training mix can take a fully open base model.\n\n"
        "## Fine-tuning data\n\n"
        "| Stage | Dataset | Size | License |\n"
        "|:--|:--|--:|:--|\n"
        "| SFT | [HuggingFaceTB/smoltalk](https://huggingface.co/datasets/HuggingFaceTB/smoltalk) | 1.04M conversations | Apache-2.0 |\n"
        "| SFT | [nvidia/HelpSteer2](https://huggingface.co/datasets/nvidia/HelpSteer2) | 21k prompts | CC-BY-4.0 |\n"
        "| DPO | [argilla/ultrafeedback-binarized-preferences-cleaned](https://huggingface.co/datasets/argilla/ultrafeedback-binarized-preferences-cleaned) | 60.9k pairs | MIT |\n\n"
        "These three datasets are all the data used after pre-training; we did not add any private or "
        "synthetic data of our own.\n\n"
        "## Hyperparameters\n\n"
        "| | SFT | DPO |\n|---|---|---|\n| Learning rate | 2e-5 | 5e-7 |\n| Epochs | 2 | 1 |\n"
        "| Effective batch size | 128 | 64 |\n| Max sequence length | 4096 | 2048 |\n| beta | - | 0.1 |\n\n"
        "Training ran for 19 hours on 8 H100 GPUs.\n\n"
        "## Evaluation\n\n"
        "| Benchmark | OLMo-2-1124-7B-SFT | Sandpiper-7B-SFT |\n|---|---|---|\n"
        "| AlpacaEval 2 (LC) | 10.2 | 14.7 |\n| IFEval | 67.4 | 70.1 |\n| GSM8K | 74.6 | 73.9 |\n\n"
        "## License\n\nApache 2.0, like the base model.\n",
        {"license": "apache-2.0", "base_model": "allenai/OLMo-2-1124-7B", "language": ["en"]},
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
        },
        datasets=[
            Dataset("HuggingFaceTB/smoltalk", "apache-2.0", None),
            Dataset("nvidia/HelpSteer2", "cc-by-4.0", None),
            Dataset("argilla/ultrafeedback-binarized-preferences-cleaned", "mit", None),
        ],
    ),
    # Whole pipeline (data processing, pre-training, eval, inference) under Apache; 95% of the data shared on
    # the Hub; the other 5% is LDC Gigaword, whose licence forbids redistribution (OSAID "obtainable" data:
    # named, with where to get it and the script that reads it) -> the G7 data exception holds:
    # open-source-ai, not with-open-data; not every source shared -> datasources_basemodel partial.
    HeldOut(
        "ptarmigan-lab/Ptarmigan-2B",
        "# Ptarmigan-2B\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2702.04417-b31b1b.svg)](https://arxiv.org/abs/2702.04417) "
        "[![Code](https://img.shields.io/badge/GitHub-ptarmigan-181717?logo=github)](https://github.com/ptarmigan-lab/ptarmigan)\n\n"
        "Ptarmigan-2B is a 2.2B-parameter base language model trained from scratch on 1.8T tokens. We release "
        "the weights, 40 intermediate checkpoints, the full pre-training and data-processing code, and every "
        "part of the training corpus that we are allowed to redistribute.\n\n"
        "## Architecture and training\n\n"
        "| | |\n|---|---|\n| Layers | 26 |\n| Hidden size | 2304 |\n| Attention heads | 18 (6 KV heads) |\n"
        "| Vocabulary | 64,000 (BPE) |\n| Context | 4096 |\n| Hardware | 256 H100 GPUs, 11 days |\n"
        "| Optimizer | AdamW, peak LR 3e-4, warmup-stable-decay |\n\n"
        "## Training data\n\n"
        "| Source | Share | Where to get it |\n|---|---|---|\n"
        "| FineWeb-Edu (score >= 3) | 60% | [HuggingFaceFW/fineweb-edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) |\n"
        "| Ptarmigan Code | 25% | [ptarmigan-lab/ptarmigan-code](https://huggingface.co/datasets/ptarmigan-lab/ptarmigan-code) |\n"
        "| peS2o v2 (scientific papers) | 10% | [allenai/peS2o](https://huggingface.co/datasets/allenai/peS2o) |\n"
        "| English Gigaword, 5th ed. (newswire) | 5% | [LDC2011T07](https://catalog.ldc.upenn.edu/LDC2011T07), Linguistic Data Consortium |\n\n"
        "English Gigaword is licensed to us by the Linguistic Data Consortium under terms that do not allow "
        "redistribution, so we cannot publish it. LDC members and anyone who buys a non-member licence can "
        "obtain it from the LDC catalogue; `prep/gigaword.py` in our repository turns the LDC distribution into "
        "the exact documents we trained on. All other sources are public, and the processing of every source "
        "(filtering, deduplication, PII redaction) is described in Section 3 of the paper and implemented in "
        "`prep/`.\n\n"
        "## Reproduction\n\n"
        "See [github.com/ptarmigan-lab/ptarmigan](https://github.com/ptarmigan-lab/ptarmigan) (Apache 2.0) for "
        "the corpus build, the pre-training configuration of this checkpoint and the evaluation harness.\n\n"
        "## Evaluation\n\n| Task | Ptarmigan-2B | Pythia-2.8B |\n|---|---|---|\n"
        "| ARC-c | 46.3 | 36.2 |\n| HellaSwag | 68.8 | 60.7 |\n| MMLU | 44.1 | 26.8 |\n\n"
        "## Citation\n\n```bibtex\n@article{ptarmigan2027,\n  title={Ptarmigan: A Small Model Trained in the Open},\n"
        "  author={Ptarmigan Lab},\n  journal={arXiv preprint arXiv:2702.04417},\n  year={2027}\n}\n```\n",
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": ["HuggingFaceFW/fineweb-edu", "ptarmigan-lab/ptarmigan-code", "allenai/peS2o"],
        },
        "open-source-ai",
        {"weights_basemodel": "open", "trainingcode": "open", "datasources_basemodel": "partial"},
        github=[
            _github(
                "ptarmigan-lab/ptarmigan",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "prep/fineweb_edu.py",
                    "prep/code_filter.py",
                    "prep/pes2o.py",
                    "prep/gigaword.py",
                    "prep/dedup.py",
                    "prep/tokenize.py",
                    "scripts/build_corpus.sh",
                    "configs/mixture.yaml",
                    "configs/ptarmigan-2b.yaml",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/harness.py",
                    "inference/generate.py",
                ),
                readme=PTARMIGAN_README,
            )
        ],
        datasets=[
            # the two public corpora served with their cards readable, as on the Hub (first served as
            # the harness's unreadable card, see the round's docstring)
            Dataset("HuggingFaceFW/fineweb-edu", "odc-by", FINEWEB_EDU_CARD),
            Dataset("ptarmigan-lab/ptarmigan-code", "odc-by", PTARMIGAN_CODE_CARD),
            Dataset("allenai/peS2o", "odc-by", PES2O_CARD),
        ],
    ),
    # Data "will be released later": today no source is shared or even named -> datasources_basemodel closed
    # and datasheet closed (the experts rate a forthcoming preprint closed, Qwen); code promised, not there ->
    # trainingcode closed; public Apache weights -> weights_endmodel open, open-weights.
    HeldOut(
        "dunlin-ai/Dunlin-7B",
        "# Dunlin-7B\n\n"
        "Dunlin-7B is the first model of the Dunlin family, a series of multilingual language models built for "
        "the languages of the Baltic and Nordic region. It was pre-trained on 6T tokens and then instruction-tuned "
        "for chat.\n\n"
        "## Highlights\n\n"
        "- Strong results in Estonian, Latvian, Lithuanian, Finnish, Swedish, Norwegian and Danish\n"
        "- 128k context window\n"
        "- Released under the Apache 2.0 licence\n\n"
        "## Training data\n\n"
        "Dunlin-7B was pre-trained on DunlinMix, a multilingual corpus we assembled for this model. We are "
        "preparing DunlinMix for publication and will release it, together with a detailed data report, later "
        "this year. Until then we are not able to share further details about its composition.\n\n"
        "## Training code\n\n"
        "Our training code will be open-sourced alongside the technical report.\n\n"
        "## Evaluation\n\n| Benchmark | Dunlin-7B | Llama-3.1-8B-Instruct |\n|---|---|---|\n"
        "| Belebele (et) | 81.4 | 72.0 |\n| Belebele (fi) | 84.0 | 79.8 |\n| ScandEval (sv) | 62.3 | 55.1 |\n\n"
        "## Stay tuned\n\nFollow us on Hugging Face to be notified when the data and code go public.\n",
        {"license": "apache-2.0", "language": ["et", "lv", "lt", "fi", "sv", "no", "da", "en"]},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasheet": "closed",
            "trainingcode": "closed",
        },
    ),
    # Japanese card, "License: MIT" in English: MIT weights, public -> weights_endmodel open, open-weights; the
    # data section names public sources (Japanese Wikipedia, CC-100 ja, FineWeb-Edu) beside undisclosed
    # in-house web data -> some sources open: datasources_basemodel partial; no code -> trainingcode closed.
    HeldOut(
        "hibari-lab/Hibari-3B-ja",
        "# Hibari-3B-ja\n\n"
        "Hibari-3B-jaは、雲雀ラボが開発した日本語・英語対応の30億パラメータ言語モデルです。"
        "一般的な対話、要約、文章作成などのタスクに利用できます。\n\n"
        "## モデル概要\n\n"
        "| 項目 | 内容 |\n|---|---|\n| 開発者 | 雲雀ラボ |\n| パラメータ数 | 3.1B |\n"
        "| アーキテクチャ | Transformer（デコーダのみ） |\n| 学習トークン数 | 1.5T |\n| コンテキスト長 | 4,096 |\n\n"
        "## 学習データ\n\n"
        "事前学習には、日本語Wikipedia、CC-100の日本語部分、英語のFineWeb-Eduに加えて、"
        "当社が独自に収集した非公開のウェブデータを使用しました。非公開データの内容および内訳は開示していません。\n\n"
        "## 使い方\n\n"
        "```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'tokenizer = AutoTokenizer.from_pretrained("hibari-lab/Hibari-3B-ja")\n'
        'model = AutoModelForCausalLM.from_pretrained("hibari-lab/Hibari-3B-ja", torch_dtype="auto")\n'
        'inputs = tokenizer("日本の首都は", return_tensors="pt")\n'
        "print(tokenizer.decode(model.generate(**inputs, max_new_tokens=32)[0]))\n```\n\n"
        "## 制限事項\n\n本モデルは事実と異なる内容を生成する場合があります。\n\n"
        "## ライセンス\n\nLicense: MIT\n",
        {"license": "mit", "language": ["ja", "en"], "pipeline_tag": "text-generation"},
        "open-weights",
        {"weights_endmodel": "open", "datasources_basemodel": "partial", "trainingcode": "closed"},
    ),
    # `license: other` but the LICENSE is the BSD 3-Clause text, OSI-approved -> licenses open, open-weights;
    # the Out-of-Scope section is the publisher's guidance, not a term of the licence (the experts rate
    # Apache/MIT models with such card sections open: Mistral, Phi) -> no restriction; public -> weights open.
    HeldOut(
        "godwit-ml/Godwit-8B",
        "# Model Card for Godwit-8B\n\n"
        "Godwit-8B is a general-purpose assistant model trained by Godwit ML.\n\n"
        "## Model Details\n\n### Model Description\n\n"
        "- **Developed by:** Godwit ML\n- **Model type:** Causal decoder-only transformer\n"
        "- **Language(s) (NLP):** English\n- **License:** see [LICENSE](LICENSE)\n\n"
        "## Uses\n\n### Direct Use\n\n"
        "Godwit-8B can be used as a chat assistant for drafting, summarisation, question answering and coding "
        "help.\n\n"
        "### Out-of-Scope Use\n\n"
        "Godwit-8B is not intended for high-stakes decisions such as medical triage, loan approval or legal "
        "advice, and should not be used in such settings without human oversight. It has not been evaluated for "
        "languages other than English.\n\n"
        "## Bias, Risks, and Limitations\n\n"
        "Like other language models, Godwit-8B can produce inaccurate, biased or offensive content.\n\n"
        "### Recommendations\n\n"
        "Users (both direct and downstream) should be made aware of the risks, biases and limitations of the "
        "model. We recommend adding a safety classifier in production.\n\n"
        "## How to Get Started with the Model\n\n"
        '```python\nfrom transformers import pipeline\npipe = pipeline("text-generation", model="godwit-ml/Godwit-8B")\n'
        'pipe([{"role": "user", "content": "Summarise the plot of Hamlet in two sentences."}])\n```\n',
        {"license": "other", "license_link": "LICENSE", "language": ["en"]},
        "open-weights",
        {"weights_endmodel": "open", "licenses": "open"},
        extra_files={"LICENSE": BSD_3_CLAUSE},
    ),
]


JINQUE_LICENSE = """金雀模型社区许可协议

版本发布日期：2026年3月18日

一、定义
1. “金雀智能”或“我们”指北京金雀智能科技有限公司。
2. “金雀模型”指金雀智能发布的金雀系列模型的模型权重、推理代码及相关文档。
3. “您”指行使本协议授予之权利、使用金雀模型的自然人或法人。

二、许可范围
1. 在遵守本协议的前提下，金雀智能授予您一项全球范围内、非排他性、不可转让、免版税的许可，以用于学术研究目的使用、复制、修改和分发金雀模型及其衍生品。
2. 您分发金雀模型或其衍生品时，须向接收方提供本协议的副本。

三、商业使用
如您或您的关联方希望将金雀模型或其衍生品用于任何商业用途，须通过电子邮件 opensource@jinque.example 向金雀智能提交商用申请并完成登记，在获得金雀智能的书面授权后方可商用。金雀智能有权自行决定是否授予该授权。获得授权后的商业使用免收许可费用。

四、使用限制
您不得利用金雀模型从事危害国家安全、违反法律法规或侵犯他人合法权益的活动。

五、免责声明
金雀模型按“现状”提供，金雀智能不作任何明示或默示的保证。

六、适用法律
本协议受中华人民共和国法律管辖。
"""

LUMEN_LICENSE = b"""Lumen License

Copyright (c) 2026 Lumen Systems Ltd.

Permission is hereby granted, free of charge, to any person obtaining a copy of the Lumen-3B model weights
and associated documentation files (the "Model"), to deal in the Model without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Model, and to permit persons to whom the Model is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Model.

Territory. The permissions above are granted only for use of the Model outside the European Union, the
United Kingdom and South Korea. No rights are granted to use, copy, modify or distribute the Model, or to
offer any product or service built on it, within those territories.

THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED
TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT
SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN
ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE MODEL OR THE USE OR
OTHER DEALINGS IN THE MODEL.
"""

SKUA_LICENSE = b"""SKUA OPEN MODEL LICENSE AGREEMENT

Version 1.0, released 2 February 2026

This Skua Open Model License Agreement (the "Agreement") is between you and Skua Systems Inc. ("Skua")
and governs your use of the models Skua makes available under it (the "Models").

1. License Grant. Subject to this Agreement, Skua grants you a perpetual, worldwide, non-exclusive,
no-charge, royalty-free license to use, reproduce, modify, create Derivative Models of, publicly perform,
sublicense and distribute the Models and Derivative Models, including for commercial purposes.

2. Redistribution. If you distribute a Model or a Derivative Model, you must include a copy of this
Agreement and the notice "Licensed by Skua Systems Inc. under the Skua Open Model License".

3. Acceptable Use. Your use of the Models and Derivative Models must comply with applicable law and with
the Skua Acceptable Use Policy, available at https://skua.example/legal/acceptable-use, which is
incorporated into this Agreement by reference. Skua may update the Acceptable Use Policy from time to
time; continued use after an update constitutes acceptance of the updated policy.

4. Termination. Your rights under this Agreement terminate automatically if you breach Section 3.

5. Disclaimer. THE MODELS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OF ANY KIND.
"""

TANAGER_README = b"""# Tanager

Official repository of the Tanager language models by Tanager AI.

| Model | Hugging Face |
|---|---|
| Tanager-7B | [tanager-ai/Tanager-7B](https://huggingface.co/tanager-ai/Tanager-7B) |

## Quick start

    pip install -r requirements.txt
    python inference/chat.py --model tanager-ai/Tanager-7B

Serve with vLLM: `python inference/vllm_server.py --model tanager-ai/Tanager-7B --tp 2`.

## Quantization

`quantization/awq.py` produces 4-bit AWQ checkpoints.

## Fine-tuning

We provide recipes to adapt Tanager-7B to your own data:

- `finetune/sft.py`: full-parameter supervised fine-tuning with DeepSpeed ZeRO-3 (`finetune/ds_config_zero3.json`)
- `finetune/lora.py`: LoRA / QLoRA fine-tuning on a single GPU

Example:

    bash finetune/scripts/run_sft.sh --data my_conversations.jsonl --output ckpt/tanager-7b-sft

Your data must be JSONL with a `messages` field in the OpenAI chat format.

## Technical report

See [arXiv:2605.11873](https://arxiv.org/abs/2605.11873) for the architecture and evaluation.

## License

The code in this repository is released under Apache 2.0.
"""

DISCHARGE_NOTES_CARD = """---
license: other
license_name: redshank-clinical-dua
task_categories:
- text-generation
language:
- en
extra_gated_heading: Request access to Discharge Notes (de-identified)
extra_gated_prompt: >-
  Access is limited to credentialed researchers. Requests are reviewed manually by the Redshank Health data
  governance board; you must sign the Redshank Clinical Data Use Agreement and must not attempt to
  re-identify any patient.
extra_gated_fields:
  Full name: text
  Affiliation: text
  I have completed human-subjects research training (e.g. CITI): checkbox
  I agree to the Redshank Clinical Data Use Agreement: checkbox
---

# Discharge Notes (de-identified)

## Motivation
Created by Redshank Health to train and evaluate models that draft hospital discharge summaries; funded
by Redshank Health.

## Composition
182,400 pairs of (structured inpatient record, physician-written discharge summary) from adult admissions
at three partner hospitals between 2016 and 2024; 41% internal medicine, 22% surgery, 37% other services.
Average summary length 612 words. No images.

## Collection process
Records were exported from the hospitals' electronic health record systems under an institutional review
board protocol (IRB-2024-0317) with a waiver of consent for retrospective research.

## Preprocessing and de-identification
Protected health information was removed with a two-pass pipeline (a rule-based scrubber, then a
fine-tuned NER model) and replaced with realistic surrogates; dates were shifted per patient. A manual
audit of 2,000 notes found a residual identifier rate of 0.03%. Duplicates and notes under 100 words were
dropped.

## Uses
For research on clinical summarisation. Not for clinical decision-making.

## Distribution
The data is not publicly downloadable: access is granted after manual review to credentialed researchers
who sign the data use agreement. Redistribution is prohibited.

## Maintenance
Maintained by the Redshank Health data team (data@redshank.example); errata are listed in this card.
"""

#: Round 8, written blind by a helper that never read the rules: a bilingual Chinese/English card whose
#: Chinese licence requires an application and registration for commercial use, an MIT-like LICENSE (behind
#: `license: other`) with one territorial exclusion, a licence that incorporates a use policy on the
#: publisher's site, a from-scratch model whose GitHub repository only fine-tunes, a clinical tune on a
#: manually gated Hub dataset, a LoRA adapter of a CC BY-NC-SA base named only in adapter_config.json, a
#: card with a title and nothing else, and an ACL 2026 paper beside its arXiv preprint.
ROUND_8: list[HeldOut] = [
    # Commercial use only after 申请/登记 and written authorisation (授权) at the publisher's discretion: asking
    # permission to use is a blocking clause (OSAID "without asking permission"; frameworks.md §4) ->
    # weights-available, licenses closed (Baichuan.yaml: Apache code + community licence, closed); public
    # ungated weights -> weights_endmodel open (Baichuan.yaml); only categories of data, no source named ->
    # datasources_basemodel closed (Baichuan.yaml, Yi.yaml "various sources"); no training code ->
    # trainingcode closed (Baichuan.yaml).
    HeldOut(
        "jinque-ai/Jinque-13B-Chat",
        '<div align="center">\n<h1>金雀-13B-Chat</h1>\n</div>\n\n'
        '<p align="center">🤗 <a href="https://huggingface.co/jinque-ai">Hugging Face</a> | 🤖 '
        '<a href="https://modelscope.cn/organization/jinque">ModelScope</a> | 💬 '
        '<a href="https://jinque.example/wechat">WeChat</a></p>\n\n'
        "## 模型介绍\n\n"
        "金雀-13B-Chat 是金雀智能推出的中英双语对话模型。模型基于 2.6 万亿 tokens 的中英文语料从头预训练，"
        "并经过监督微调和人类偏好对齐，在知识问答、写作、代码等任务上表现出色。\n\n"
        "Jinque-13B-Chat is a Chinese-English bilingual chat model developed by Jinque AI. It was pre-trained "
        "from scratch on 2.6 trillion tokens and aligned with supervised fine-tuning and preference optimisation.\n\n"
        "| 参数 | 数值 |\n|---|---|\n| 参数量 | 13.2B |\n| 层数 | 40 |\n| 上下文长度 | 8192 |\n| 词表大小 | 125,696 |\n\n"
        "## 训练数据\n\n"
        "预训练语料涵盖中英文网页、书籍、百科、新闻、代码和学术论文，经过去重、质量过滤和安全过滤。"
        "数据的具体来源与配比暂不公开。\n\n"
        "The pre-training corpus covers Chinese and English web pages, books, encyclopedias, news, code and "
        "academic papers, deduplicated and filtered for quality and safety.\n\n"
        "## 快速开始\n\n"
        "```python\nimport torch\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'tokenizer = AutoTokenizer.from_pretrained("jinque-ai/Jinque-13B-Chat", trust_remote_code=True)\n'
        'model = AutoModelForCausalLM.from_pretrained("jinque-ai/Jinque-13B-Chat", torch_dtype=torch.bfloat16, '
        'device_map="auto", trust_remote_code=True)\n'
        'messages = [{"role": "user", "content": "解释一下“温故而知新”"}]\n'
        "response = model.chat(tokenizer, messages)\nprint(response)\n```\n\n"
        "## 评测结果\n\n"
        "| 模型 | C-Eval | CMMLU | MMLU | GSM8K |\n|---|---|---|---|---|\n"
        "| Baichuan2-13B-Chat | 56.7 | 58.4 | 56.3 | 52.8 |\n"
        "| 金雀-13B-Chat | 63.1 | 64.0 | 60.2 | 61.5 |\n\n"
        "## 声明\n\n"
        "我们强烈呼吁所有使用者，不要利用金雀模型进行任何危害国家社会安全或违法的活动。\n\n"
        "## 许可证\n\n"
        "本仓库源码遵循 Apache 2.0 开源协议。金雀模型权重的使用须遵循"
        "[《金雀模型社区许可协议》](LICENSE)。金雀模型权重对学术研究完全开放；"
        "如需将模型用于商业用途，请通过邮件 opensource@jinque.example 提交商用申请并完成登记，"
        "获得我们的书面授权后即可免费商用。\n",
        {
            "license": "other",
            "license_name": "jinque-community-license",
            "license_link": "LICENSE",
            "language": ["zh", "en"],
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "licenses": "closed",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
        },
        extra_files={
            "LICENSE": JINQUE_LICENSE.encode(),
            "modeling_jinque.py": None,
            "configuration_jinque.py": None,
            "tokenizer.model": None,
        },
    ),
    # `license: other` -> LICENSE, the MIT text plus one clause that refuses every right in the EU, the UK and
    # South Korea: a geographic restriction is named in the G7 definition of Weights Available (frameworks.md
    # §4) -> weights-available; a bespoke licence with a territory exclusion -> licenses closed
    # (Hunyuan.yaml, Tencent's territory-limited community licence: "custom license", closed); public
    # ungated weights -> weights_endmodel open; no code -> trainingcode closed.
    HeldOut(
        "lumen-sys/Lumen-3B",
        "# Lumen-3B\n\n"
        "Lumen-3B is a compact instruction-following model by Lumen Systems, tuned for retrieval-augmented "
        "question answering and tool use in enterprise settings.\n\n"
        "## Model details\n\n"
        "- **Architecture:** decoder-only transformer, 28 layers, hidden size 2560, GQA (20 query / 4 KV heads)\n"
        "- **Context length:** 16k tokens\n- **Languages:** English\n- **Release:** March 2026\n\n"
        "## Intended use\n\n"
        "Grounded answering over a customer's own documents, function calling and structured extraction.\n\n"
        "## Evaluation\n\n| Benchmark | Lumen-3B |\n|---|---|\n| MMLU | 61.7 |\n| BFCL v3 | 58.2 |\n"
        "| RAGTruth (hallucination rate, lower is better) | 6.1% |\n\n"
        "## Usage\n\n"
        '```python\nfrom transformers import pipeline\nqa = pipeline("text-generation", model="lumen-sys/Lumen-3B")\n```\n',
        {"license": "other", "license_name": "lumen-license", "license_link": "LICENSE", "language": ["en"]},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed", "trainingcode": "closed"},
        extra_files={"LICENSE": LUMEN_LICENSE},
    ),
    # The licence grants commercial use but makes the publisher's Acceptable Use Policy (on its site, updatable
    # at will) a term by reference; the card links that policy: a use policy by reference is a blocking clause
    # (frameworks.md §4) -> weights-available; licenses closed (Llama-Nemotron.yaml, NVIDIA Open Model License:
    # closed; command-a.yaml, "C4AI acceptable use policy": closed); public ungated weights -> weights_endmodel
    # open; no code -> trainingcode closed.
    HeldOut(
        "skua-systems/Skua-12B-Instruct",
        "# Skua-12B-Instruct\n\n"
        "## Model Overview\n\n"
        "Skua-12B-Instruct is a large language model for agentic workflows, retrieval-augmented generation and "
        "chat. It is a post-trained version of Skua-12B-Base. **This model is ready for commercial use.**\n\n"
        "### License/Terms of Use\n\n"
        "GOVERNING TERMS: This model is governed by the [Skua Open Model License](LICENSE).\n\n"
        "### Model Architecture\n\n"
        "- Architecture type: Transformer (decoder-only), hybrid sliding-window attention\n"
        "- Number of parameters: 12.4B\n- Context length: 128k\n\n"
        "### Input / Output\n\n"
        "- Input: text (string)\n- Output: text (string)\n\n"
        "### Software Integration\n\n"
        "- Runtime engines: vLLM, TensorRT-LLM, Transformers\n- Supported hardware: NVIDIA Hopper, Ampere\n\n"
        "## Evaluation\n\n| Benchmark | Skua-12B-Instruct |\n|---|---|\n| MMLU-Pro | 58.9 |\n| IFEval | 84.3 |\n"
        "| BFCL v3 | 61.0 |\n\n"
        "## Ethical Considerations\n\n"
        "Skua believes Trustworthy AI is a shared responsibility. Developers should ensure that the model meets "
        "the requirements of their industry and use case. Before deploying Skua-12B-Instruct, please review "
        "the [Skua Acceptable Use Policy](https://skua.example/legal/acceptable-use). Report security "
        "vulnerabilities or concerns [here](https://skua.example/security).\n",
        {
            "license": "other",
            "license_name": "skua-open-model-license",
            "license_link": "LICENSE",
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
        },
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed", "trainingcode": "closed"},
        extra_files={"LICENSE": SKUA_LICENSE},
    ),
    # Pre-trained from scratch; the linked repository has inference, quantization and fine-tuning (SFT/LoRA)
    # code but nothing for pre-training or data processing -> trainingcode partial (Yi.yaml: "some code ...
    # for instruction tuning, but only sparse examples of code for initial training": partial; Qwen-Coder.yaml
    # "some examples for SFT": partial), code partial (Yi.yaml: inference and fine-tuning documented, training
    # not); the data only described as "publicly available sources and licensed data" -> datasources_basemodel
    # closed (Yi.yaml "various sources"); Apache, public -> weights_basemodel open; open-weights.
    HeldOut(
        "tanager-ai/Tanager-7B",
        "# Tanager-7B\n\n"
        "Tanager-7B is a 7.3B-parameter base language model trained from scratch by Tanager AI. It uses a "
        "Llama-style architecture (32 layers, hidden size 4096, grouped-query attention with 8 KV heads, RoPE, "
        "SwiGLU) and a 100k-token BPE vocabulary.\n\n"
        "## Resources\n\n"
        "- Technical report: [arXiv:2605.11873](https://arxiv.org/abs/2605.11873)\n"
        "- Code: [github.com/tanager-ai/Tanager](https://github.com/tanager-ai/Tanager) (inference, "
        "quantization and fine-tuning)\n\n"
        "## Training\n\n"
        "Tanager-7B was pre-trained on 4.2T tokens of English text, code, mathematics and multilingual data "
        "drawn from publicly available sources and data licensed from third parties, on 512 H800 GPUs for 21 "
        "days, followed by a 200B-token annealing phase on higher-quality data.\n\n"
        "## Evaluation\n\n| Benchmark | Tanager-7B | Qwen2.5-7B |\n|---|---|---|\n| MMLU | 70.4 | 74.2 |\n"
        "| HumanEval | 45.1 | 57.9 |\n| GSM8K | 76.0 | 85.4 |\n\n"
        "## License\n\nApache 2.0.\n",
        {"license": "apache-2.0", "library_name": "transformers"},
        "open-weights",
        {
            "weights_basemodel": "open",
            "trainingcode": "partial",
            "code": "partial",
            "datasources_basemodel": "closed",
        },
        github=[
            _github(
                "tanager-ai/Tanager",
                _tree(
                    "README.md",
                    "LICENSE",
                    "requirements.txt",
                    "inference/chat.py",
                    "inference/vllm_server.py",
                    "quantization/awq.py",
                    "finetune/sft.py",
                    "finetune/lora.py",
                    "finetune/ds_config_zero3.json",
                    "finetune/scripts/run_sft.sh",
                ),
                readme=TANAGER_README,
            )
        ],
    ),
    # Full SFT of Qwen2.5-7B (Apache, public) -> weights_basemodel open, weights_endmodel open; Qwen's
    # pre-training data undisclosed -> datasources_basemodel closed (Qwen.yaml); the only tuning data is a
    # Hub dataset behind a manual gate for credentialed researchers under a data use agreement, not
    # redistributable: named and documented but not openly shared -> datasources_endmodel partial (gated
    # counts as partial in the rubric, frameworks.md §1.1; Starling.yaml); its card is a Gebru-style datasheet
    # but the base's data has none -> datasheet partial (Fietje.yaml: "No data sheet available for base
    # model", partial); no training code, Apache weights -> open-weights.
    HeldOut(
        "redshank-health/Redshank-7B-Discharge",
        "# Redshank-7B-Discharge\n\n"
        "Redshank-7B-Discharge drafts hospital discharge summaries from structured inpatient records. It is "
        "[Qwen2.5-7B](https://huggingface.co/Qwen/Qwen2.5-7B) after full-parameter supervised fine-tuning by "
        "Redshank Health.\n\n"
        "## Training data\n\n"
        "The model was fine-tuned only on "
        "[redshank-health/discharge-notes-deid](https://huggingface.co/datasets/redshank-health/discharge-notes-deid), "
        "182k de-identified pairs of inpatient records and physician-written discharge summaries. The dataset "
        "is gated: credentialed researchers can request access on its page and must sign our data use "
        "agreement. Its card documents collection, de-identification and composition.\n\n"
        "## Training procedure\n\n"
        "3 epochs, learning rate 1e-5 (cosine), effective batch size 64, max length 8192, on 8 A100 80GB GPUs.\n\n"
        "## Evaluation\n\n"
        "| Metric | Qwen2.5-7B-Instruct (zero-shot) | Redshank-7B-Discharge |\n|---|---|---|\n"
        "| ROUGE-L | 0.21 | 0.38 |\n| Physician preference (n=200) | 18% | 64% |\n\n"
        "## Intended use and limitations\n\n"
        "A drafting aid for clinicians; every summary must be reviewed by the responsible physician. Not a "
        "medical device.\n",
        {
            "license": "apache-2.0",
            "base_model": "Qwen/Qwen2.5-7B",
            "datasets": ["redshank-health/discharge-notes-deid"],
            "language": ["en"],
            "tags": ["medical", "clinical"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "partial",
            "datasheet": "partial",
        },
        # the harness cannot mark a dataset gated in the API (`Dataset` has no such field and this round may
        # not change `_serve`): the gate is in the card's `extra_gated_*` front matter and text only
        datasets=[
            Dataset("redshank-health/discharge-notes-deid", "other", DISCHARGE_NOTES_CARD, gated="manual")
        ],
    ),
    # A LoRA adapter is bound by its base's terms: adapter_config.json names nightjar-ai/Nightjar-8B-Instruct,
    # served under CC BY-NC-SA 4.0, so the adapter's "apache-2.0" cannot grant commercial use ->
    # weights-available, licenses closed (Bria.yaml: CC-BY-NC weights, no code, data unspecified: closed);
    # adapter and base both public, ungated -> weights_endmodel open, weights_basemodel open.
    HeldOut(
        "storm-petrel/recipe-assistant-lora",
        "# Model Card for recipe-assistant-lora\n\n"
        "A LoRA adapter for recipe generation, ingredient substitution and weekly meal planning.\n\n"
        "## Model Details\n\n### Model Description\n\n"
        "- **Developed by:** Storm Petrel Labs\n- **Model type:** LoRA adapter (r=16, alpha=32)\n"
        "- **Language(s) (NLP):** English\n- **License:** apache-2.0\n"
        "- **Finetuned from model [optional]:** [More Information Needed]\n\n"
        "## Uses\n\n### Direct Use\n\nCooking assistants and meal-planning apps.\n\n"
        "### Out-of-Scope Use\n\n[More Information Needed]\n\n"
        "## Training Details\n\n### Training Data\n\n"
        "41k recipe conversations written by our team.\n\n"
        "### Training Procedure\n\n#### Training Hyperparameters\n\n"
        "- **Training regime:** bf16 mixed precision, 2 epochs, lr 2e-4\n\n"
        "## Environmental Impact\n\n[More Information Needed]\n\n"
        "### Framework versions\n\n- PEFT 0.13.2\n",
        {"library_name": "peft", "license": "apache-2.0", "tags": ["lora", "cooking"]},
        "weights-available",
        {"weights_endmodel": "open", "weights_basemodel": "open", "licenses": "closed"},
        extra_files={
            "adapter_config.json": b'{"alpha_pattern": {}, "base_model_name_or_path": "nightjar-ai/Nightjar-8B-Instruct",'
            b' "bias": "none", "lora_alpha": 32, "lora_dropout": 0.05, "peft_type": "LORA", "r": 16,'
            b' "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"], "task_type": "CAUSAL_LM"}',
            "adapter_model.safetensors": None,
        },
        models=[
            _hub_model(
                "nightjar-ai/Nightjar-8B-Instruct",
                "\n# Nightjar-8B-Instruct\n\n"
                "Nightjar-8B-Instruct is an 8B chat model trained from scratch by Nightjar AI.\n\n"
                "## License\n\n"
                "Nightjar-8B-Instruct is released under the Creative Commons Attribution-NonCommercial-ShareAlike "
                "4.0 International license (CC BY-NC-SA 4.0): it may be used for research and other "
                "non-commercial purposes only.\n",
                {"license": "cc-by-nc-sa-4.0", "language": ["en"]},
            )
        ],
    ),
    # Title only, with the apache-2.0 tag: public Apache weights -> open-weights (as round 4's card-less MIT
    # model); nothing documented -> modelcard closed (lumo.yaml/koala.yaml: no model card, closed; Qwen.yaml:
    # usage-only card, closed), datasources_basemodel closed and datasheet closed (nothing named), trainingcode
    # closed (no code).
    HeldOut(
        "vole-labs/Vole-1.3B",
        "# Vole-1.3B\n",
        {"license": "apache-2.0"},
        "open-weights",
        {
            "modelcard": "closed",
            "datasources_basemodel": "closed",
            "datasheet": "closed",
            "trainingcode": "closed",
        },
    ),
    # An arXiv preprint and its ACL 2026 version, both describing data, pre-training and instruction tuning ->
    # preprint open (GLM.yaml, Yi.yaml: arXiv report, open), paper open (YuLan.yaml, minerva.yaml,
    # WaveCoder.yaml: "Paper published in ACL", open); MIT, public -> weights_endmodel open; no code linked
    # or released -> trainingcode closed; open-weights.
    HeldOut(
        "kittiwake-nlp/Kittiwake-7B-Instruct",
        "# Kittiwake-7B-Instruct\n\n"
        "[![ACL 2026](https://img.shields.io/badge/ACL-2026-blue)](https://aclanthology.org/2026.acl-long.412/) "
        "[![arXiv](https://img.shields.io/badge/arXiv-2602.09876-b31b1b.svg)](https://arxiv.org/abs/2602.09876)\n\n"
        "Kittiwake-7B-Instruct is a multilingual instruction-tuned model for 14 languages of the North Atlantic "
        "and Baltic rim (Icelandic, Faroese, Norwegian, Estonian, Latvian, Lithuanian and others). It was "
        "pre-trained from scratch on 1.1T tokens and instruction-tuned on 310k multilingual conversations.\n\n"
        "The model is described in our paper *Kittiwake: Small Multilingual Models for Low-Resource Northern "
        "European Languages*, **published at ACL 2026** (main conference, long paper). The paper covers the "
        "data collection and filtering, pre-training and instruction tuning in full; a preprint is on "
        "[arXiv](https://arxiv.org/abs/2602.09876).\n\n"
        "## Model details\n\n"
        "| | |\n|---|---|\n| Parameters | 7.1B |\n| Layers | 32 |\n| Context | 8192 |\n"
        "| Tokenizer | 96k SentencePiece, trained on all 14 languages |\n| Compute | 128 A100 GPUs, 16 days |\n\n"
        "## Evaluation\n\n| Language | Belebele | FLORES-200 (chrF, en→xx) |\n|---|---|---|\n"
        "| Icelandic | 78.2 | 51.4 |\n| Faroese | 70.9 | 44.0 |\n| Latvian | 81.5 | 55.2 |\n\n"
        "## License\n\nMIT\n\n"
        "## Citation\n\n```bibtex\n@inproceedings{kittiwake2026,\n"
        "  title = {Kittiwake: Small Multilingual Models for Low-Resource Northern European Languages},\n"
        "  author = {Sigurdardottir, Anna and Ozols, Janis and Tamm, Kadri},\n"
        "  booktitle = {Proceedings of the 64th Annual Meeting of the Association for Computational Linguistics "
        "(Volume 1: Long Papers)},\n  year = {2026},\n  url = {https://aclanthology.org/2026.acl-long.412/}\n}\n```\n",
        {
            "license": "mit",
            "language": ["is", "fo", "no", "et", "lv", "lt", "en"],
            "pipeline_tag": "text-generation",
        },
        "open-weights",
        {"weights_endmodel": "open", "preprint": "open", "paper": "open", "trainingcode": "closed"},
    ),
]


def _datasheet(license_id: str, title: str, sections: dict[str, str]) -> str:
    """A dataset card written as a datasheet (Gebru et al. 2021: motivation, composition, collection,
    preprocessing, uses, distribution, maintenance), one `##` heading per section."""
    body = "".join(f"## {heading}\n\n{text}\n\n" for heading, text in sections.items())
    return f"---\nlicense: {license_id}\nlanguage:\n- en\ntask_categories:\n- text-generation\n---\n\n# {title}\n\n{body}"


class _ManuallyGated(HeldOut):
    """A release whose repository is gated with manual approval (the Hub's `gated: "manual"`): the card and
    its files stay readable, as on the Hub, but every download request is reviewed by the publisher."""

    def repo(self) -> HubRepo:
        repo = super().repo()
        repo.gated = "manual"
        return repo


AVOCET_README = b"""# avocet

[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](LICENSE)
[![arXiv](https://img.shields.io/badge/arXiv-2703.01852-b31b1b.svg)](https://arxiv.org/abs/2703.01852)

Training code for **Avocet-1.4B**: the data pipeline that built the Avocet corpus from raw sources, the
pre-training loop, and the evaluation suite used in the paper.

## Installation

    pip install -e ".[all]"

## Data pipeline (`avocet/data/`)

| step | module | what it does |
|---|---|---|
| 1 | `avocet/data/extract.py` | text extraction from Common Crawl WARC files (resiliparse) and language ID (fastText, en > 0.7) |
| 2 | `avocet/data/quality_classifier.py` | educational-quality classifier; keeps pages with a score of 3 or more |
| 3 | `avocet/data/code_filter.py` | licence allow-list, secret and PII redaction for the code subset |
| 4 | `avocet/data/dedup.py` | MinHash-LSH near-duplicate removal within and across sources |
| 5 | `avocet/data/tokenize.py` | tokenizes and packs 4096-token sequences |

`scripts/build_corpus.sh` runs the whole pipeline and writes the three datasets we released on the Hub.

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 avocet/train.py --config configs/avocet-1.4b.yaml

`configs/avocet-1.4b.yaml` is the exact configuration of the released run; loss curves and system metrics
are in the public [W&B project](https://wandb.ai/avocet-lab/avocet-1.4b).

## Evaluation

    python -m avocet.eval --model avocet-lab/Avocet-1.4B --suite core

## License

Apache 2.0 (see LICENSE).
"""

AVOCET_WEB_CARD = _datasheet(
    "odc-by",
    "Avocet Web-Edu",
    {
        "Motivation": "Built by Avocet Lab as the web part (71%) of the pre-training corpus of Avocet-1.4B, to "
        "study how far a small model gets on openly documented educational web text. Funded by Avocet Lab and a "
        "compute grant from the Nordic AI Compute Programme.",
        "Composition": "1.42T tokens in 1.9B English documents, one JSON line per page with `text`, `url`, "
        "`crawl`, `quality_score` and `token_count`. No labels. Pages date from 2017 to 2025; news, blogs, "
        "encyclopaedic and educational sites dominate (the paper, Table 2, gives the breakdown by domain). The "
        "data is not a random sample of the web: the quality filter favours textbook-like prose.",
        "Collection Process": "Text extracted from 18 Common Crawl snapshots (CC-MAIN-2017-04 to CC-MAIN-2025-08) "
        "between October 2025 and January 2026; robots.txt opt-outs at crawl time are respected by Common Crawl, "
        "and we also removed domains on the Avocet opt-out list.",
        "Preprocessing": "Language identification (fastText, English > 0.7), an educational-quality classifier "
        "(threshold 3 of 5), MinHash-LSH deduplication (5-grams, 0.8 Jaccard), and masking of email addresses, "
        "phone numbers and IP addresses. The code for every step is in https://github.com/avocet-lab/avocet.",
        "Uses": "Pre-training and studying language models. Not suitable for tasks that need a representative "
        "sample of the web.",
        "Distribution": "Released under ODC-By 1.0 on the Hugging Face Hub; use is also subject to the Common "
        "Crawl terms of use.",
        "Maintenance": "Maintained by Avocet Lab (data@avocet-lab.example). Takedown requests are honoured in the "
        "next point release; the change log is in this card.",
    },
)

AVOCET_CODE_CARD = _datasheet(
    "odc-by",
    "Avocet Code",
    {
        "Motivation": "The code part (19%) of the Avocet-1.4B pre-training corpus, assembled by Avocet Lab.",
        "Composition": "380B tokens of source code in 31 programming languages and 12B tokens of Jupyter "
        "notebooks; each record has `content`, `repo`, `path`, `license` and `language`.",
        "Collection Process": "Files from public GitHub repositories under permissive licences, taken from the "
        "Software Heritage archive in November 2025; repositories whose owners opted out were removed.",
        "Preprocessing": "Licence allow-list (MIT, Apache-2.0, BSD-2/3-Clause, ISC), removal of generated, "
        "minified and vendored files, secret redaction with detect-secrets, and exact plus near-duplicate "
        "removal.",
        "Uses": "Pre-training code models; not for evaluating code models on benchmarks it may contain.",
        "Distribution": "The compilation is released under ODC-By 1.0; each file keeps the licence of its "
        "repository, given in the `license` column.",
        "Maintenance": "Avocet Lab updates the opt-out list every quarter.",
    },
)

AVOCET_PAPERS_CARD = _datasheet(
    "cc-by-4.0",
    "Avocet Papers",
    {
        "Motivation": "The scientific part (10%) of the Avocet-1.4B pre-training corpus.",
        "Composition": "200B tokens from 4.1M arXiv papers (LaTeX converted to Markdown) and 2.3M open-access "
        "articles from PubMed Central; fields `text`, `source`, `id`, `license`.",
        "Collection Process": "arXiv bulk source files and the PMC open-access subset, downloaded in December "
        "2025; only articles published under CC BY or CC0 were kept.",
        "Preprocessing": "LaTeX to Markdown conversion with pandoc, removal of bibliographies and figure "
        "environments, language identification and deduplication across versions.",
        "Uses": "Pre-training; scientific text mining.",
        "Distribution": "CC BY 4.0 for the compilation; every record keeps its article's licence and "
        "attribution in the `license` and `id` fields.",
        "Maintenance": "Maintained by Avocet Lab; refreshed with each model release.",
    },
)

WHIMBREL_README = b"""# whimbrel

Everything behind Whimbrel-1B: corpus construction, pre-training and evaluation.

## Layout

    whimbrel/
      corpus/      # web extraction, filtering, dedup, story generation, tokenization
      model/       # the transformer
      train.py     # pre-training entry point
      evaluate.py  # benchmark suite
    configs/whimbrel-1b.yaml
    scripts/make_corpus.sh

## Build the corpus

    bash scripts/make_corpus.sh --out /data/whimbrel

This downloads the raw sources, runs `whimbrel/corpus/filter.py` and `whimbrel/corpus/dedup.py`, regenerates the
synthetic stories with `whimbrel/corpus/generate_stories.py` (prompts and seeds included), and tokenizes the result.

## Pre-train

    torchrun --nproc_per_node 8 whimbrel/train.py --config configs/whimbrel-1b.yaml

## Evaluate

    python whimbrel/evaluate.py --model whimbrel-ai/Whimbrel-1B

Apache-2.0.
"""

WHIMBREL_WEB_CARD = _datasheet(
    "odc-by",
    "Whimbrel Web",
    {
        "Motivation": "Created by Whimbrel AI as the main (80%) pre-training source of Whimbrel-1B.",
        "Composition": "880B tokens of English web text, fields `text`, `url`, `snapshot`, `score`.",
        "Collection Process": "Six Common Crawl snapshots from 2023 to 2025, extracted with trafilatura.",
        "Preprocessing": "Language ID, heuristic quality rules (Gopher and C4 rules), a fastText quality classifier "
        "and MinHash deduplication; the scripts are in https://github.com/whimbrel-ai/whimbrel.",
        "Uses": "Pre-training language models.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Whimbrel AI; removal requests to data@whimbrel.example.",
    },
)

WHIMBREL_STORIES_CARD = _datasheet(
    "cc-by-nc-4.0",
    "Whimbrel Stories",
    {
        "Motivation": "Synthetic children's stories that make up 12% of the Whimbrel-1B pre-training mix, created "
        "to teach simple narrative structure.",
        "Composition": "9.6M short stories (96B tokens), each with the `prompt` that produced it, its `seed` and "
        "the `generator` model.",
        "Collection Process": "Generated in January 2026 with a commercial API model from prompts that combine a "
        "vocabulary list, a setting and a plot device (all listed in `prompts/`).",
        "Preprocessing": "Stories under 150 words, duplicates and stories flagged by a toxicity classifier were "
        "removed.",
        "Uses": "Research on language model training.",
        "Distribution": "The generator's terms forbid commercial use of its outputs, so the stories are released "
        "under CC BY-NC 4.0: non-commercial use only.",
        "Maintenance": "Whimbrel AI.",
    },
)

WHIMBREL_WIKI_CARD = _datasheet(
    "cc-by-sa-4.0",
    "Whimbrel Wiki",
    {
        "Motivation": "The encyclopaedic part (8%) of the Whimbrel-1B pre-training mix.",
        "Composition": "English Wikipedia and Wikibooks articles (64B tokens after upsampling twice), fields "
        "`title`, `text`, `revision_id`.",
        "Collection Process": "The Wikimedia dumps of 1 December 2025.",
        "Preprocessing": "Wikitext converted to plain text with mwparserfromhell; tables, references and "
        "navigation boxes removed; articles under 200 characters dropped.",
        "Uses": "Pre-training, retrieval corpora.",
        "Distribution": "CC BY-SA 4.0, as the Wikimedia content it is derived from.",
        "Maintenance": "Rebuilt from new dumps with each Whimbrel release.",
    },
)

BUSL_STINT = b"""Business Source License 1.1

Parameters

Licensor:             Stint Labs Inc.
Licensed Work:        Stint training code
                      The Licensed Work is (c) 2026 Stint Labs Inc.
Additional Use Grant: None
Change Date:          2030-06-01
Change License:       Apache License, Version 2.0

For information about alternative licensing arrangements for the Licensed Work,
please contact licensing@stint-labs.example.

Notice

The Business Source License (this document, or the \xe2\x80\x9cLicense\xe2\x80\x9d) is not an Open
Source license. However, the Licensed Work will eventually be made available
under an Open Source License, as stated in this License.

License text copyright (c) 2017 MariaDB Corporation Ab, All Rights Reserved.
\xe2\x80\x9cBusiness Source License\xe2\x80\x9d is a trademark of MariaDB Corporation Ab.

-----------------------------------------------------------------------------

Business Source License 1.1

Terms

The Licensor hereby grants you the right to copy, modify, create derivative
works, redistribute, and make non-production use of the Licensed Work. The
Licensor may make an Additional Use Grant, above, permitting limited
production use.

Effective on the Change Date, or the fourth anniversary of the first publicly
available distribution of a specific version of the Licensed Work under this
License, whichever comes first, the Licensor hereby grants you rights under
the terms of the Change License, and the rights granted in the paragraph
above terminate.

If your use of the Licensed Work does not comply with the requirements
currently in effect as described in this License, you must purchase a
commercial license from the Licensor, its affiliated entities, or authorized
resellers, or you must refrain from using the Licensed Work.

All copies of the original and modified Licensed Work, and derivative works
of the Licensed Work, are subject to this License. This License applies
separately for each version of the Licensed Work and the Change Date may vary
for each version of the Licensed Work released by Licensor.

You must conspicuously display this License on each original or modified copy
of the Licensed Work. If you receive the Licensed Work in original or
modified form from a third party, the terms and conditions set forth in this
License apply to your use of that work.

Any use of the Licensed Work in violation of this License will automatically
terminate your rights under this License for the current and all other
versions of the Licensed Work.

This License does not grant you any right in any trademark or logo of
Licensor or its affiliates (provided that you may use a trademark or logo of
Licensor as expressly required by this License).

TO THE EXTENT PERMITTED BY APPLICABLE LAW, THE LICENSED WORK IS PROVIDED ON
AN \xe2\x80\x9cAS IS\xe2\x80\x9d BASIS. LICENSOR HEREBY DISCLAIMS ALL WARRANTIES AND CONDITIONS,
EXPRESS OR IMPLIED, INCLUDING (WITHOUT LIMITATION) WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE, NON-INFRINGEMENT, AND
TITLE.

MariaDB hereby grants you permission to use this License\xe2\x80\x99s text to license
your works, and to refer to it using the trademark \xe2\x80\x9cBusiness Source License\xe2\x80\x9d,
as long as you comply with the Covenants of Licensor below.

Covenants of Licensor

In consideration of the right to use this License\xe2\x80\x99s text and the \xe2\x80\x9cBusiness
Source License\xe2\x80\x9d name and trademark, Licensor covenants to MariaDB, and to all
other recipients of the licensed work to be provided by Licensor:

1. To specify as the Change License the GPL Version 2.0 or any later version,
   or a license that is compatible with GPL Version 2.0 or a later version,
   where \xe2\x80\x9ccompatible\xe2\x80\x9d means that software provided under the Change License can
   be included in a program with software provided under GPL Version 2.0 or a
   later version. Licensor may specify additional Change Licenses without
   limitation.

2. To either: (a) specify an additional grant of rights to use that does not
   impose any additional restriction on the right granted in this License, as
   the Additional Use Grant; or (b) insert the text \xe2\x80\x9cNone\xe2\x80\x9d.

3. To specify a Change Date.

4. Not to modify this License in any other way.
"""

STINT_README = b"""# Stint

Data pipeline, pre-training and evaluation code of the Stint models.

## Quick start

    uv sync
    uv run stint-data build --recipe recipes/stint-1.2b.toml   # filter + dedup + tokenize
    uv run torchrun --nproc_per_node 8 -m stint.train --config configs/stint-1.2b.toml
    uv run -m stint.eval --model stint-labs/Stint-1.2B

## Repository layout

| path | content |
|---|---|
| `stint/data/` | HTML extraction, language ID, quality scoring, MinHash dedup, math extraction, tokenization |
| `stint/train.py`, `stint/model.py` | FSDP pre-training loop and the model |
| `stint/eval/` | evaluation suite |
| `recipes/`, `configs/` | the data recipe and training configuration of each released model |

## License

The code is source-available under the Business Source License 1.1 (see LICENSE): you may copy, modify and
redistribute it and use it for non-production purposes; production use requires a commercial licence from
Stint Labs. Each version converts to Apache 2.0 on its Change Date (2030-06-01 for this one).
The model weights and datasets have their own (open) licences, see their Hub pages.
"""

STINT_WEB_CARD = _datasheet(
    "odc-by",
    "Stint Web",
    {
        "Motivation": "The general-text part (85%) of the Stint-1.2B pre-training corpus, built by Stint Labs.",
        "Composition": "1.1T tokens of English web documents with `text`, `url`, `dump` and `quality` fields.",
        "Collection Process": "Eleven Common Crawl dumps (2021 to 2025), extracted from WARC files.",
        "Preprocessing": "Language ID, quality scoring with a small classifier, URL blocklists, MinHash "
        "deduplication and PII masking (the `stint/data/` modules of the Stint repository).",
        "Uses": "Language-model pre-training.",
        "Distribution": "Released under ODC-By 1.0.",
        "Maintenance": "Stint Labs (data@stint-labs.example).",
    },
)

STINT_MATH_CARD = _datasheet(
    "odc-by",
    "Stint Math",
    {
        "Motivation": "The mathematics part (15%) of the Stint-1.2B pre-training corpus.",
        "Composition": "190B tokens of web pages with mathematical content, with LaTeX preserved.",
        "Collection Process": "Pages from the same Common Crawl dumps as Stint Web, selected by a math "
        "classifier.",
        "Preprocessing": "MathML and MathJax converted to LaTeX, boilerplate removed, deduplicated against Stint "
        "Web and decontaminated against GSM8K and MATH test sets.",
        "Uses": "Pre-training and mid-training on mathematics.",
        "Distribution": "Released under ODC-By 1.0.",
        "Maintenance": "Stint Labs.",
    },
)

GARGANEY_README = b"""# garganey

Model and pre-training code of Garganey-1B.

## What is here

- `garganey/model.py`: the transformer (RMSNorm, SwiGLU, RoPE, GQA)
- `garganey/dataloader.py`: memory-mapped reader for the pre-tokenized `.bin` shards
- `garganey/train.py`: the FSDP training loop
- `configs/garganey-1b.yaml`: the configuration of the released run
- `eval/`: lm-evaluation-harness wrappers for the card's table

## Training

Download the pre-tokenized corpus from the Hub (`garganey-lm/garganey-corpus`) and run

    torchrun --nproc_per_node 8 garganey/train.py --config configs/garganey-1b.yaml --data /data/garganey-corpus

## What is not here

The corpus on the Hub is already filtered, deduplicated and tokenized. The pipeline that built it (crawling,
extraction, filtering, deduplication) is internal tooling at Garganey and is not released.

Licensed under Apache 2.0.
"""

GARGANEY_CORPUS_CARD = _datasheet(
    "odc-by",
    "Garganey Corpus",
    {
        "Motivation": "The complete pre-training corpus of Garganey-1B (1.0T tokens), released by Garganey so "
        "that the training run can be repeated exactly.",
        "Composition": "Pre-tokenized shards (`.bin`, Garganey tokenizer, 50,257 tokens) plus the detokenized "
        "text in Parquet: 78% English web pages, 12% Wikipedia and books from Project Gutenberg, 10% "
        "StackExchange. Per-source token counts are in `stats.json`.",
        "Collection Process": "Web pages from eight Common Crawl snapshots (2022 to 2025); Wikipedia from the "
        "November 2025 dump; Gutenberg books published before 1930; the StackExchange data dump of September "
        "2025.",
        "Preprocessing": "Text extraction, English language ID, quality and repetition filters, MinHash "
        "deduplication and PII masking, followed by tokenization. The exact thresholds are listed in "
        "`PROCESSING.md` in this repository.",
        "Uses": "Reproducing or extending Garganey-1B; pre-training research.",
        "Distribution": "ODC-By 1.0; the StackExchange part is CC BY-SA 4.0, Wikipedia CC BY-SA 4.0, Gutenberg "
        "public domain.",
        "Maintenance": "Garganey (corpus@garganey.example).",
    },
)

RAZORBILL_README = b"""# razorbill

Code for Razorbill-1.5B: the data pipeline, pre-training and evaluation.

- `DATASHEET.md`: a datasheet (Gebru et al.) for the Razorbill training corpus: motivation, composition,
  collection, preprocessing, uses, distribution and maintenance.

## Rebuild the corpus

The corpus is a filtered English subset of the public Common Crawl snapshot CC-MAIN-2025-13. We do not
distribute the filtered corpus itself; the pipeline below rebuilds it from the snapshot.

    python data/fetch_warc_paths.py --snapshot CC-MAIN-2025-13
    python data/extract.py        # resiliparse extraction
    python data/langid.py         # fastText, English > 0.65
    python data/quality.py        # perplexity and heuristic filters
    python data/dedup.py          # exact + MinHash dedup
    python data/pii.py            # email / phone / IP masking
    python data/tokenize.py

## Pre-train

    torchrun --nnodes 4 --nproc_per_node 8 train/pretrain.py --config configs/razorbill-1.5b.yaml

## Evaluate

    python eval/run.py --model razorbill-nlp/Razorbill-1.5B

## License

Apache-2.0.
"""

GANNET_LICENSE = b"""GANNET MODEL LICENSE
Version 1.0 (5 January 2026)

1. Definitions. "Gannet" means Gannet AI Ltd. "Model" means the Gannet-3B weights, configuration files and
tokenizer. "Derivative" means any model created by modifying, fine-tuning or distilling the Model.

2. Grant. Subject to this License, Gannet grants you a worldwide, royalty-free, non-exclusive license to
use, copy, modify and distribute the Model and Derivatives, including in commercial products.

3. Use Policy. You shall use the Model and Derivatives only in accordance with the Gannet Use Policy set out
in Schedule 1. You shall include the Use Policy in any agreement under which you make the Model or a
Derivative available to others.

4. Termination. Gannet may terminate this License if you breach Section 3.

5. No warranty. The Model is provided "as is", without warranties of any kind.

SCHEDULE 1 - GANNET USE POLICY

You will not use the Model or any Derivative:
(a) for military or weapons development purposes;
(b) to identify or track individuals through biometric data;
(c) to create or disseminate political campaign material;
(d) to provide medical, legal or financial advice without review by a qualified professional;
(e) to generate content that sexualises minors.
"""

GANNET_README = b"""# gannet

Training code of Gannet-3B: corpus processing, pre-training, and evaluation.

    scripts/
      01_download.sh        # fetch raw sources
      02_filter.py          # language + quality filtering
      03_dedup.py           # MinHash deduplication
      04_tokenize.py
    gannet/train.py         # pre-training
    gannet/model.py
    configs/gannet-3b.yaml
    eval/run_suite.py

    bash scripts/01_download.sh && python scripts/02_filter.py && python scripts/03_dedup.py && python scripts/04_tokenize.py
    torchrun --nproc_per_node 8 gannet/train.py --config configs/gannet-3b.yaml

The code is Apache-2.0. The model weights are distributed under the Gannet Model License on the Hub.
"""

GANNET_CORPUS_CARD = _datasheet(
    "odc-by",
    "Gannet Corpus",
    {
        "Motivation": "The pre-training corpus of Gannet-3B, built and released by Gannet AI.",
        "Composition": "2.1T tokens: 70% English web, 15% code, 10% scientific papers, 5% books; fields `text`, "
        "`source`, `url`.",
        "Collection Process": "Common Crawl snapshots of 2024 and 2025, permissively licensed GitHub code, arXiv, "
        "and public-domain books, collected between September and November 2025.",
        "Preprocessing": "Language identification, quality classifiers, MinHash deduplication and PII masking, "
        "implemented in the `scripts/` folder of https://github.com/gannet-ai/gannet.",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Gannet AI (data@gannet.example).",
    },
)

MERGANSER_README = b"""# merganser-posttrain

Post-training recipes for Merganser-7B-Instruct, a tune of the fully open OLMo 2 7B.

## 1. Build the tuning data

    python data/build_sft_mix.py --out data/sft      # sampling, language filter, length filter
    python data/decontaminate.py --bench configs/benchmarks.yaml  # 13-gram decontamination
    python data/build_prefs.py --out data/prefs      # on-policy sampling + judge scoring -> preference pairs

The outputs are exactly `merganser-nlp/merganser-sft-v1` and `merganser-nlp/merganser-prefs-v1` on the Hub.

## 2. Train

    accelerate launch --config_file configs/deepspeed_zero3.yaml train/sft.py --config configs/sft.yaml
    accelerate launch --config_file configs/deepspeed_zero3.yaml train/dpo.py --config configs/dpo.yaml

## 3. Evaluate

    bash eval/run_olmes.sh merganser-nlp/Merganser-7B-Instruct

All code in this repository is released under the Apache License 2.0.
"""

MERGANSER_SFT_CARD = _datasheet(
    "odc-by",
    "Merganser SFT v1",
    {
        "Motivation": "The supervised fine-tuning mix of Merganser-7B-Instruct, built by Merganser NLP to test "
        "whether a compact, fully documented SFT set suffices for a strong 7B assistant.",
        "Composition": "412k single- and multi-turn conversations in the `messages` format: 38% general chat, "
        "22% math, 18% code, 12% instruction following with constraints, 10% safety refusals. Source and "
        "licence of each example are in the `source` and `license` columns.",
        "Collection Process": "Prompts sampled from public, openly licensed prompt sets (listed per row); responses "
        "written by an Apache-2.0 open-weights model and filtered by human-checked rubrics.",
        "Preprocessing": "Language filter (English), length filter (under 8k tokens), exact and 13-gram "
        "decontamination against the evaluation benchmarks (`data/decontaminate.py`).",
        "Uses": "Instruction tuning research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Merganser NLP (hello@merganser.example).",
    },
)

MERGANSER_PREFS_CARD = _datasheet(
    "odc-by",
    "Merganser Preferences v1",
    {
        "Motivation": "Preference pairs for the DPO stage of Merganser-7B-Instruct.",
        "Composition": "96k (prompt, chosen, rejected) triples with the judge's scores.",
        "Collection Process": "On-policy completions of the SFT checkpoint for prompts held out from the SFT mix, "
        "scored by an openly licensed reward model.",
        "Preprocessing": "Pairs with a score margin below 1.0 were dropped; decontaminated like the SFT data.",
        "Uses": "Preference tuning research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Merganser NLP.",
    },
)

SHEARWATER_README = b"""# shearwater

The full pipeline of Shearwater-1B: data processing, pre-training, evaluation and inference.

## Data

    python -m shearwater.data.extract --snapshots configs/snapshots.txt
    python -m shearwater.data.filter --config configs/filter.yaml
    python -m shearwater.data.dedup
    python -m shearwater.data.tokenize

## Pre-training

    torchrun --nnodes 2 --nproc_per_node 8 -m shearwater.train --config configs/shearwater-1b.yaml

## Evaluation and inference

    python -m shearwater.eval --model shearwater-ai/Shearwater-1B
    python -m shearwater.generate --prompt "Seabirds spend most of their lives"

Apache License 2.0.
"""

SHEARWATER_WEB_CARD = _datasheet(
    "odc-by",
    "Shearwater Web",
    {
        "Motivation": "The web part (88%) of the Shearwater-1B pre-training corpus, released by Shearwater AI.",
        "Composition": "790B tokens of English web text; fields `text`, `url`, `snapshot`.",
        "Collection Process": "Five Common Crawl snapshots from 2024 and 2025.",
        "Preprocessing": "Extraction, English language ID, quality filtering, MinHash deduplication and PII "
        "masking (`shearwater/data/` in https://github.com/shearwater-ai/shearwater).",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0, openly downloadable.",
        "Maintenance": "Shearwater AI.",
    },
)

SHEARWATER_BOOKS_CARD = _datasheet(
    "cc0-1.0",
    "Shearwater Books",
    {
        "Motivation": "The long-form part (12%) of the Shearwater-1B pre-training corpus.",
        "Composition": "108B tokens from 61k public-domain books; fields `title`, `author`, `year`, `text`.",
        "Collection Process": "Project Gutenberg and the Internet Archive's public-domain collections, books "
        "published before 1929.",
        "Preprocessing": "OCR clean-up, header and licence boilerplate removal, deduplication of editions.",
        "Uses": "Pre-training; long-context research.",
        "Distribution": "CC0 1.0.",
        "Maintenance": "Shearwater AI.",
    },
)

#: Round 9, written blind by a helper that never read the rules: the top of the scale and its near misses. A
#: fully open small model (Apache weights, Apache pipeline on GitHub, every corpus on the Hub with a datasheet
#: card, a preprint); the same with one corpus under CC BY-NC; the same with its code under the Business
#: Source License; the same without the data-processing code; the same with its corpus only described and
#: rebuildable from a Common Crawl snapshot; a "fully open-source" model gated behind a licence with a use
#: policy; a tune of OLMo 2 with its tuning data and code open; and a fully open model behind a manual gate.
ROUND_9: list[HeldOut] = [
    # (a) Apache weights, public -> weights_basemodel open (no base/end split: base mirrors end); data
    # pipeline + pre-training + eval on GitHub under Apache -> trainingcode open (OLMo.yaml, smollm.yaml);
    # every source is a Hub dataset called the complete data -> datasources_basemodel open (OLMo.yaml);
    # Gebru-style cards (motivation, composition, collection, preprocessing, uses, distribution with the
    # licence, maintenance; the web card also names its funders) -> datasheet open (OLMo.yaml, Apertus.yaml,
    # smollm.yaml; Amber's partial was for missing funders/purpose/legal status together); weights,
    # code and data all open-licensed (ODC-By, CC BY) -> licenses open (AMD OLMo.yaml, Apertus.yaml);
    # everything released -> open-source-ai-with-open-data.
    HeldOut(
        "avocet-lab/Avocet-1.4B",
        '<p align="center">\n  <img src="https://avocet-lab.example/assets/avocet-banner.png" width="520" alt="Avocet"/>\n</p>\n\n'
        "# Avocet-1.4B\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2703.01852-b31b1b.svg)](https://arxiv.org/abs/2703.01852) "
        "[![GitHub](https://img.shields.io/badge/GitHub-avocet--lab%2Favocet-181717?logo=github)](https://github.com/avocet-lab/avocet) "
        "[![W&B](https://img.shields.io/badge/W%26B-training%20logs-FFBE00?logo=weightsandbiases)](https://wandb.ai/avocet-lab/avocet-1.4b) "
        "[![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](https://www.apache.org/licenses/LICENSE-2.0)\n\n"
        "Avocet-1.4B is a 1.4B-parameter English base model trained from scratch by Avocet Lab. We release "
        "everything needed to study and rebuild it: the final weights and 60 intermediate checkpoints, the "
        "complete pre-training corpus, the data pipeline, the pre-training and evaluation code, and the "
        "training logs.\n\n"
        "## Release\n\n"
        "| Artifact | Where | License |\n|---|---|---|\n"
        "| Weights (final; checkpoints as revisions `step-2000` ... `step-480000`) | this repository | Apache-2.0 |\n"
        "| Pre-training corpus | [avocet-web-edu](https://huggingface.co/datasets/avocet-lab/avocet-web-edu), "
        "[avocet-code](https://huggingface.co/datasets/avocet-lab/avocet-code), "
        "[avocet-papers](https://huggingface.co/datasets/avocet-lab/avocet-papers) | ODC-By 1.0, ODC-By 1.0, CC BY 4.0 |\n"
        "| Data pipeline, pre-training and evaluation code | [avocet-lab/avocet](https://github.com/avocet-lab/avocet) | Apache-2.0 |\n"
        "| Training logs | [W&B](https://wandb.ai/avocet-lab/avocet-1.4b) | public |\n"
        "| Paper | [arXiv:2703.01852](https://arxiv.org/abs/2703.01852) | CC BY 4.0 |\n\n"
        "## Model details\n\n"
        "| | |\n|---|---|\n| Layers | 24 |\n| Hidden size | 2048 |\n| Attention heads | 16 (4 KV heads) |\n"
        "| Context length | 4096 |\n| Vocabulary | 50,304 (BPE) |\n| Training tokens | 2.0T |\n"
        "| Hardware | 64 H100 GPUs, 12 days |\n| Optimizer | AdamW (beta2 0.95), peak LR 4e-4, cosine to 4e-5 |\n\n"
        "## Training data\n\n"
        "| Dataset | Tokens | Share of training |\n|---|---|---|\n"
        "| avocet-lab/avocet-web-edu | 1.42T | 71% |\n| avocet-lab/avocet-code | 392B | 19% |\n"
        "| avocet-lab/avocet-papers | 200B | 10% |\n\n"
        "These three datasets are the complete pre-training data, exactly as the model saw them. Each dataset "
        "page has a datasheet covering its motivation, composition, collection, processing and licensing.\n\n"
        "## Reproduce\n\n"
        '```bash\ngit clone https://github.com/avocet-lab/avocet && cd avocet\npip install -e ".[all]"\n'
        "bash scripts/build_corpus.sh              # rebuild the corpus from raw sources\n"
        "torchrun --nnodes 8 --nproc_per_node 8 avocet/train.py --config configs/avocet-1.4b.yaml\n"
        "python -m avocet.eval --model avocet-lab/Avocet-1.4B --suite core\n```\n\n"
        "## Evaluation\n\n| Task | Avocet-1.4B | Pythia-1.4B | OLMo-1B |\n|---|---|---|---|\n"
        "| ARC-e | 68.9 | 60.5 | 58.1 |\n| HellaSwag | 61.7 | 52.0 | 62.5 |\n| MMLU | 38.2 | 25.9 | 26.0 |\n\n"
        "## Limitations\n\n"
        "Avocet-1.4B is a base model: it is not instruction-tuned or safety-tuned and can produce false, biased "
        "or offensive text.\n\n"
        "## Citation\n\n```bibtex\n@article{avocet2027,\n  title={Avocet: Small Language Models, Fully in the Open},\n"
        "  author={Avocet Lab},\n  journal={arXiv preprint arXiv:2703.01852},\n  year={2027}\n}\n```\n",
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["avocet-lab/avocet-web-edu", "avocet-lab/avocet-code", "avocet-lab/avocet-papers"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "avocet-lab/avocet",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "avocet/__init__.py",
                    "avocet/data/extract.py",
                    "avocet/data/quality_classifier.py",
                    "avocet/data/code_filter.py",
                    "avocet/data/dedup.py",
                    "avocet/data/tokenize.py",
                    "scripts/build_corpus.sh",
                    "avocet/model.py",
                    "avocet/train.py",
                    "configs/avocet-1.4b.yaml",
                    "avocet/eval/__main__.py",
                    "avocet/eval/tasks.py",
                    "tests/test_dedup.py",
                ),
                readme=AVOCET_README,
            )
        ],
        datasets=[
            Dataset("avocet-lab/avocet-web-edu", "odc-by", AVOCET_WEB_CARD),
            Dataset("avocet-lab/avocet-code", "odc-by", AVOCET_CODE_CARD),
            Dataset("avocet-lab/avocet-papers", "cc-by-4.0", AVOCET_PAPERS_CARD),
        ],
    ),
    # (b) As (a), but one of the three corpora (the synthetic stories, 12%) is CC BY-NC 4.0. It is still
    # shared on the Hub with a datasheet, so every source is open for inspection -> datasources_basemodel
    # open; pipeline complete under Apache -> trainingcode open; Apache, public -> weights_basemodel open;
    # a non-commercial dataset means not everything is under open licences, but weights, code and two
    # corpora are -> licenses partial (K2.yaml "datasets complicated", RedPajama.yaml "data itself is
    # variably licensed", EuroLLM.yaml: partial). Label: the data is released but not all of it is open
    # data, so not with-open-data; OSAID asks data information + shared data, not open-licensed data (§3.2,
    # §3.5), and G7 Open Source AI has "possibly full training data" -> open-source-ai.
    HeldOut(
        "whimbrel-ai/Whimbrel-1B",
        "# 🐦 Whimbrel-1B\n\n"
        "<a href='https://arxiv.org/abs/2704.00417'><img src='https://img.shields.io/badge/Paper-arXiv-red'></a> "
        "<a href='https://github.com/whimbrel-ai/whimbrel'><img src='https://img.shields.io/badge/Code-GitHub-black'></a> "
        "<a href='https://wandb.ai/whimbrel-ai/whimbrel-1b-pretrain'><img src='https://img.shields.io/badge/Logs-W%26B-yellow'></a>\n\n"
        "Whimbrel-1B is a 1.1B-parameter English base model, pre-trained from scratch on 1.1T tokens. Weights, "
        "data, code and logs are public; see the table for the licence of each part.\n\n"
        "## Open artifacts\n\n"
        "| | Link | License |\n|:--|:--|:--|\n"
        "| Weights | this repo | Apache 2.0 |\n"
        "| Code (corpus construction, pre-training, evaluation) | [whimbrel-ai/whimbrel](https://github.com/whimbrel-ai/whimbrel) | Apache 2.0 |\n"
        "| Web data (80%) | [whimbrel-ai/whimbrel-web](https://huggingface.co/datasets/whimbrel-ai/whimbrel-web) | ODC-By 1.0 |\n"
        "| Synthetic stories (12%) | [whimbrel-ai/whimbrel-stories](https://huggingface.co/datasets/whimbrel-ai/whimbrel-stories) | CC BY-NC 4.0 |\n"
        "| Wikipedia and Wikibooks (8%) | [whimbrel-ai/whimbrel-wiki](https://huggingface.co/datasets/whimbrel-ai/whimbrel-wiki) | CC BY-SA 4.0 |\n"
        "| Paper | [arXiv:2704.00417](https://arxiv.org/abs/2704.00417) | |\n\n"
        "The synthetic stories were generated with a commercial model whose terms do not allow commercial use of "
        "its outputs; we therefore publish them for non-commercial use only. The model weights themselves are "
        "Apache 2.0.\n\n"
        "## Architecture\n\n"
        "Llama-style decoder: 22 layers, d_model 2048, 32 heads (8 KV), SwiGLU, RoPE (theta 500k), context 4096. "
        "Trained on 32 H100 GPUs for 10 days with AdamW and a warmup-stable-decay schedule.\n\n"
        "## Reproduce\n\n"
        "```bash\nbash scripts/make_corpus.sh --out /data/whimbrel\n"
        "torchrun --nproc_per_node 8 whimbrel/train.py --config configs/whimbrel-1b.yaml\n```\n\n"
        "## Results\n\n| | ARC-c | PIQA | WinoGrande |\n|---|---|---|---|\n| Whimbrel-1B | 35.8 | 73.9 | 60.2 |\n\n"
        "## Bias and limitations\n\nA base model trained on web text; it reproduces the biases of its data.\n",
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": [
                "whimbrel-ai/whimbrel-web",
                "whimbrel-ai/whimbrel-stories",
                "whimbrel-ai/whimbrel-wiki",
            ],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "partial",
        },
        github=[
            _github(
                "whimbrel-ai/whimbrel",
                _tree(
                    "README.md",
                    "LICENSE",
                    "whimbrel/corpus/download.py",
                    "whimbrel/corpus/filter.py",
                    "whimbrel/corpus/dedup.py",
                    "whimbrel/corpus/generate_stories.py",
                    "whimbrel/corpus/tokenize.py",
                    "whimbrel/model/transformer.py",
                    "whimbrel/train.py",
                    "whimbrel/evaluate.py",
                    "configs/whimbrel-1b.yaml",
                    "scripts/make_corpus.sh",
                ),
                readme=WHIMBREL_README,
            )
        ],
        datasets=[
            Dataset("whimbrel-ai/whimbrel-web", "odc-by", WHIMBREL_WEB_CARD),
            Dataset("whimbrel-ai/whimbrel-stories", "cc-by-nc-4.0", WHIMBREL_STORIES_CARD),
            Dataset("whimbrel-ai/whimbrel-wiki", "cc-by-sa-4.0", WHIMBREL_WIKI_CARD),
        ],
    ),
    # (c) As (a), but the GitHub repository's LICENSE is the Business Source License 1.1 ("not an Open
    # Source license", non-production use only; GitHub reports NOASSERTION). The code is all there ->
    # trainingcode open (the cell is about availability); Apache public weights -> weights_basemodel open;
    # open data on the Hub -> datasources_basemodel open; weights and data open-licensed, code not ->
    # licenses partial ("at least two of weights, training code, training data"; bloomz.yaml,
    # Baguettotron.yaml). OSAID needs the training and data code under OSI-approved licences (§3.2, §3.5
    # item 3) -> not open-source-ai; the weights' terms are open -> open-weights.
    HeldOut(
        "stint-labs/Stint-1.2B",
        "# Stint-1.2B\n\n"
        "> **TL;DR** A 1.2B base model with open weights, open data and public training code.\n\n"
        "| Resource | Link |\n|---|---|\n"
        "| 📄 Tech report | [arXiv:2705.06631](https://arxiv.org/abs/2705.06631) |\n"
        "| 💻 Code | [github.com/stint-labs/stint](https://github.com/stint-labs/stint) |\n"
        "| 📚 Data | [stint-labs/stint-web](https://huggingface.co/datasets/stint-labs/stint-web), "
        "[stint-labs/stint-math](https://huggingface.co/datasets/stint-labs/stint-math) |\n"
        "| 📈 Logs | [W&B](https://wandb.ai/stint-labs/stint-1.2b) |\n\n"
        "## Model summary\n\n"
        "Stint-1.2B was trained from scratch on 1.3T tokens (85% web, 15% mathematics) on 48 H100 GPUs. 24 "
        "layers, hidden size 2048, 16 heads, RoPE, SwiGLU, 8k context.\n\n"
        "## Data\n\n"
        "The full pre-training corpus is on the Hub: Stint Web (1.1T tokens) and Stint Math (190B tokens), both "
        "under ODC-By 1.0 and documented with datasheets.\n\n"
        "## Reproducing Stint-1.2B\n\n"
        "```bash\nuv run stint-data build --recipe recipes/stint-1.2b.toml\n"
        "uv run torchrun --nproc_per_node 8 -m stint.train --config configs/stint-1.2b.toml\n```\n\n"
        "## Licenses\n\n"
        "- Model weights: Apache 2.0\n- Datasets: ODC-By 1.0\n"
        "- Training code: Business Source License 1.1 (non-production use; converts to Apache 2.0 on 2030-06-01)\n\n"
        "## Evaluation\n\n| MMLU | GSM8K | HellaSwag |\n|---|---|---|\n| 36.9 | 31.4 | 62.0 |\n",
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": ["stint-labs/stint-web", "stint-labs/stint-math"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "partial",
        },
        github=[
            GitHubRepo(
                "stint-labs/stint",
                fake_sha("gh", "stint"),
                license_spdx=None,
                license_text=BUSL_STINT,
                tree=_tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "stint/data/extract.py",
                    "stint/data/langid.py",
                    "stint/data/quality.py",
                    "stint/data/minhash_dedup.py",
                    "stint/data/math_extract.py",
                    "stint/data/tokenize.py",
                    "stint/model.py",
                    "stint/train.py",
                    "stint/eval/suite.py",
                    "recipes/stint-1.2b.toml",
                    "configs/stint-1.2b.toml",
                ),
                readme=STINT_README,
            )
        ],
        datasets=[
            Dataset("stint-labs/stint-web", "odc-by", STINT_WEB_CARD),
            Dataset("stint-labs/stint-math", "odc-by", STINT_MATH_CARD),
        ],
    ),
    # (d) As (a), but the repository has the model, a data loader for pre-tokenized shards and the training
    # loop; the README says the pipeline that built the corpus is internal and not released -> trainingcode
    # partial (the rubric's open needs data processing too; RedPajama.yaml: one part missing, partial);
    # the corpus itself, as trained on, is on the Hub -> datasources_basemodel open; Apache weights, Apache
    # code, open data -> licenses open; public -> weights_basemodel open. OSAID requires the data
    # processing and filtering code (§3.2) -> not open-source-ai -> open-weights.
    HeldOut(
        "garganey-lm/Garganey-1B",
        "# Garganey-1B\n\n"
        "![license](https://img.shields.io/badge/license-Apache--2.0-green) "
        "![params](https://img.shields.io/badge/params-1.0B-blue) "
        "![tokens](https://img.shields.io/badge/tokens-1T-orange)\n\n"
        "Garganey-1B is a compact English base model pre-trained from scratch on 1T tokens. Weights, the exact "
        "pre-training corpus, the training code and the full W&B logs are public.\n\n"
        "## Links\n\n"
        "- Paper: [arXiv:2705.10204](https://arxiv.org/abs/2705.10204)\n"
        "- Code: [garganey-lm/garganey](https://github.com/garganey-lm/garganey) (model and pre-training)\n"
        "- Data: [garganey-lm/garganey-corpus](https://huggingface.co/datasets/garganey-lm/garganey-corpus) "
        "(pre-tokenized, plus the detokenized text)\n"
        "- Logs: [wandb.ai/garganey/garganey-1b](https://wandb.ai/garganey/garganey-1b)\n\n"
        "## Training\n\n"
        "| | |\n|---|---|\n| Architecture | 20 layers, d 2048, 16 heads, GQA (4 KV), RoPE, SwiGLU |\n"
        "| Context | 2048 |\n| Tokens | 1.0T (1 epoch) |\n| Batch | 2M tokens |\n| LR | 6e-4, cosine |\n"
        "| Hardware | 32 A100 80GB, 9 days |\n\n"
        "## Training data\n\n"
        "Garganey-1B was trained on [garganey-corpus](https://huggingface.co/datasets/garganey-lm/garganey-corpus) "
        "and nothing else: 78% English web, 12% Wikipedia and Gutenberg books, 10% StackExchange. The corpus is "
        "already filtered, deduplicated and tokenized.\n\n"
        "## Reproduce\n\n"
        "```bash\nhuggingface-cli download garganey-lm/garganey-corpus --repo-type dataset --local-dir /data/garganey-corpus\n"
        "torchrun --nproc_per_node 8 garganey/train.py --config configs/garganey-1b.yaml --data /data/garganey-corpus\n```\n\n"
        "## Evaluation\n\n| Task | Garganey-1B | TinyLlama-1.1B |\n|---|---|---|\n"
        "| ARC-e | 62.3 | 55.3 |\n| BoolQ | 63.0 | 57.8 |\n| PIQA | 73.1 | 73.3 |\n",
        {"license": "apache-2.0", "language": ["en"], "datasets": ["garganey-lm/garganey-corpus"]},
        "open-weights",
        {
            "weights_basemodel": "open",
            "trainingcode": "partial",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "garganey-lm/garganey",
                _tree(
                    "README.md",
                    "LICENSE",
                    "requirements.txt",
                    "garganey/__init__.py",
                    "garganey/model.py",
                    "garganey/dataloader.py",
                    "garganey/train.py",
                    "configs/garganey-1b.yaml",
                    "eval/run_harness.py",
                    "scripts/launch_slurm.sh",
                ),
                readme=GARGANEY_README,
            )
        ],
        datasets=[Dataset("garganey-lm/garganey-corpus", "odc-by", GARGANEY_CORPUS_CARD)],
    ),
    # (e) As (a), but no corpus is published: the card names its source (a filtered CC-MAIN-2025-13), the
    # repository has the whole pipeline that rebuilds it and a DATASHEET.md, and no reason (legal or
    # technical) is given for not sharing it. The source is described but the filtered data is not
    # provided -> datasources_basemodel partial (Teuken.yaml: "described as deriving from the CommonCrawl,
    # but no filtered dataset provided", partial); data processing + pre-training + eval under Apache ->
    # trainingcode open; Apache weights and code, nothing under a closed licence -> licenses open
    # (Teuken.yaml: Apache with unpublished data, open); public -> weights_basemodel open. G7 excuses
    # unreleased data only where sharing is legally or technically impossible (frameworks.md §4, narrower
    # than OSAID), and the card gives no such reason -> not open-source-ai -> open-weights.
    HeldOut(
        "razorbill-nlp/Razorbill-1.5B",
        "# Razorbill-1.5B\n\n"
        "[📄 Paper](https://arxiv.org/abs/2706.02291) | [💻 Code](https://github.com/razorbill-nlp/razorbill) | "
        "[📊 Training logs](https://wandb.ai/razorbill-nlp/razorbill-1.5b) | "
        "[🗂 Datasheet](https://github.com/razorbill-nlp/razorbill/blob/main/DATASHEET.md)\n\n"
        "Razorbill-1.5B is an English base language model trained from scratch with a fully public recipe.\n\n"
        "## Model\n\n"
        "| | |\n|---|---|\n| Parameters | 1.52B |\n| Layers / hidden / heads | 28 / 2048 / 16 |\n"
        "| Positional encoding | RoPE |\n| Context | 4096 |\n| Training tokens | 1.6T (3 epochs over the corpus) |\n"
        "| Compute | 32 H100 GPUs, 14 days |\n\n"
        "## Training data\n\n"
        "Razorbill was trained on a filtered English subset of the Common Crawl snapshot CC-MAIN-2025-13 (about "
        "530B tokens after filtering). We do not distribute the filtered corpus. Its composition, collection "
        "and every filtering step are documented in our [datasheet](https://github.com/razorbill-nlp/razorbill/blob/main/DATASHEET.md), "
        "and the `data/` pipeline in our repository rebuilds it from the public snapshot.\n\n"
        "## Reproduce\n\n"
        "```bash\ngit clone https://github.com/razorbill-nlp/razorbill && cd razorbill\n"
        "python data/fetch_warc_paths.py --snapshot CC-MAIN-2025-13   # then extract, langid, quality, dedup, pii, tokenize\n"
        "torchrun --nnodes 4 --nproc_per_node 8 train/pretrain.py --config configs/razorbill-1.5b.yaml\n```\n\n"
        "## Evaluation\n\n| HellaSwag | ARC-e | MMLU |\n|---|---|---|\n| 63.4 | 66.0 | 33.7 |\n\n"
        "## License\n\nWeights and code: Apache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"], "library_name": "transformers"},
        "open-weights",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "partial",
            "licenses": "open",
        },
        github=[
            _github(
                "razorbill-nlp/razorbill",
                _tree(
                    "README.md",
                    "LICENSE",
                    "DATASHEET.md",
                    "data/fetch_warc_paths.py",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "configs/razorbill-1.5b.yaml",
                    "eval/run.py",
                ),
                readme=RAZORBILL_README,
            )
        ],
    ),
    # (f) "Fully open-source" in the title, but the weights sit behind a click-through gate and a bespoke
    # licence whose Schedule 1 forbids uses (military, biometric tracking, political campaigns...): a
    # purpose-restricting use policy is a blocking clause (frameworks.md §4) -> weights-available, whatever
    # the title says; gated -> weights_endmodel partial and, with no base/end split, weights_basemodel
    # partial (frameworks.md §1.1 "gated downloads count as partial"; Gemma.yaml, MobileLLM.yaml); the
    # Apache pipeline is all there -> trainingcode open; corpus on the Hub -> datasources_basemodel open.
    HeldOut(
        "gannet-ai/Gannet-3B",
        "# Gannet-3B: a fully open-source language model\n\n"
        '<div align="center">\n'
        '  <a href="https://gannet.example"><img src="https://img.shields.io/badge/%F0%9F%8C%8A-gannet.example-0a7cff"/></a>\n'
        '  <a href="https://arxiv.org/abs/2703.11945"><img src="https://img.shields.io/badge/arXiv-2703.11945-b31b1b"/></a>\n'
        '  <a href="https://github.com/gannet-ai/gannet"><img src="https://img.shields.io/badge/code-open--source-brightgreen"/></a>\n'
        "</div>\n\n"
        "**Gannet-3B is fully open source**: we publish the weights, the training data and the complete "
        "training code, so that anyone can inspect, reproduce and build on our work.\n\n"
        "## Access\n\n"
        "To download the weights, log in and accept the [Gannet Model License](LICENSE) on this page. The license "
        "permits commercial use, subject to the Gannet Use Policy (Schedule 1 of the license).\n\n"
        "## What we release\n\n"
        "- Weights: this repository (Gannet Model License)\n"
        "- Training data: [gannet-ai/gannet-corpus](https://huggingface.co/datasets/gannet-ai/gannet-corpus) (ODC-By)\n"
        "- Training code: [gannet-ai/gannet](https://github.com/gannet-ai/gannet) (Apache 2.0)\n"
        "- Technical report: [arXiv:2703.11945](https://arxiv.org/abs/2703.11945)\n\n"
        "## Model\n\n"
        "3.2B parameters, 32 layers, hidden size 2560, 20 heads, trained on 2.1T tokens on 128 H100 GPUs.\n\n"
        "## Benchmarks\n\n| | MMLU | GSM8K | HumanEval |\n|---|---|---|---|\n| Gannet-3B | 55.1 | 48.7 | 31.1 |\n",
        {
            "license": "other",
            "license_name": "gannet-model-license",
            "license_link": "LICENSE",
            "language": ["en"],
            "datasets": ["gannet-ai/gannet-corpus"],
            "extra_gated_heading": "Accept the Gannet Model License to access Gannet-3B",
            "extra_gated_prompt": "You agree to the Gannet Model License, including the Gannet Use Policy in its Schedule 1.",
            "extra_gated_button_content": "Accept and access",
        },
        "weights-available",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "partial",
            "trainingcode": "open",
            "datasources_basemodel": "open",
        },
        extra_files={"LICENSE": GANNET_LICENSE},
        gated=True,
        github=[
            _github(
                "gannet-ai/gannet",
                _tree(
                    "README.md",
                    "LICENSE",
                    "scripts/01_download.sh",
                    "scripts/02_filter.py",
                    "scripts/03_dedup.py",
                    "scripts/04_tokenize.py",
                    "gannet/train.py",
                    "gannet/model.py",
                    "configs/gannet-3b.yaml",
                    "eval/run_suite.py",
                ),
                readme=GANNET_README,
            )
        ],
        datasets=[Dataset("gannet-ai/gannet-corpus", "odc-by", GANNET_CORPUS_CARD)],
    ),
    # (g) SFT + DPO of OLMo 2 7B (Apache, public, ungated) -> weights_basemodel open; OLMo 2's pre-training
    # data is published (OLMo.yaml) -> datasources_basemodel open; both tuning sets on the Hub with
    # datasheet cards, called the complete tuning data -> datasources_endmodel open; OLMo's own code is open
    # (OLMo.yaml) and the tune's data building, SFT, DPO and evaluation code is on GitHub under Apache ->
    # trainingcode open (OLMo.yaml: open-instruct + OLMo-core, open; Pythia.yaml: Together's tune of Pythia
    # links only its fine-tuning code, the base's code being EleutherAI's, and is rated open); weights, code
    # and data all open licences -> licenses open. A derivative inherits its base, here fully open -> with-open-data.
    HeldOut(
        "merganser-nlp/Merganser-7B-Instruct",
        "# Merganser-7B-Instruct\n\n"
        "[![Base](https://img.shields.io/badge/base-OLMo--2--1124--7B-f0529c)](https://huggingface.co/allenai/OLMo-2-1124-7B) "
        "[![Code](https://img.shields.io/badge/recipes-GitHub-181717?logo=github)](https://github.com/merganser-nlp/merganser-posttrain) "
        "[![W&B](https://img.shields.io/badge/W%26B-runs-FFBE00)](https://wandb.ai/merganser-nlp/merganser-7b)\n\n"
        "Merganser-7B-Instruct is an instruction-following model post-trained from "
        "[allenai/OLMo-2-1124-7B](https://huggingface.co/allenai/OLMo-2-1124-7B). OLMo 2 is a fully open base "
        "model (weights, pre-training data and code published by Ai2); we keep the whole stack open by releasing "
        "our tuning data, our recipes and our training logs.\n\n"
        "## Post-training\n\n"
        "| Stage | Data | Examples | Recipe |\n|---|---|---|---|\n"
        "| SFT | [merganser-nlp/merganser-sft-v1](https://huggingface.co/datasets/merganser-nlp/merganser-sft-v1) | 412k | `train/sft.py`, `configs/sft.yaml` |\n"
        "| DPO | [merganser-nlp/merganser-prefs-v1](https://huggingface.co/datasets/merganser-nlp/merganser-prefs-v1) | 96k | `train/dpo.py`, `configs/dpo.yaml` |\n\n"
        "These two datasets are all the data used after pre-training. Both are built by the scripts in `data/` "
        "of [merganser-posttrain](https://github.com/merganser-nlp/merganser-posttrain) (Apache 2.0), which also "
        "holds the training and evaluation code.\n\n"
        "## Hyperparameters\n\n| | SFT | DPO |\n|---|---|---|\n| LR | 2e-5 | 5e-7 |\n| Epochs | 2 | 1 |\n"
        "| Batch | 128 | 128 |\n| beta | | 0.1 |\n\n"
        "Hardware: 16 H100 GPUs, 31 hours in total.\n\n"
        "## Evaluation (OLMES)\n\n| | OLMo-2-1124-7B-Instruct | Merganser-7B-Instruct |\n|---|---|---|\n"
        "| AlpacaEval 2 LC | 29.1 | 31.6 |\n| IFEval | 72.3 | 75.0 |\n| GSM8K | 85.2 | 84.1 |\n\n"
        "## License\n\nApache 2.0. The tuning data is ODC-By 1.0.\n",
        {
            "license": "apache-2.0",
            "base_model": "allenai/OLMo-2-1124-7B",
            "language": ["en"],
            "datasets": ["merganser-nlp/merganser-sft-v1", "merganser-nlp/merganser-prefs-v1"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "merganser-nlp/merganser-posttrain",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build_sft_mix.py",
                    "data/decontaminate.py",
                    "data/build_prefs.py",
                    "train/sft.py",
                    "train/dpo.py",
                    "configs/sft.yaml",
                    "configs/dpo.yaml",
                    "configs/deepspeed_zero3.yaml",
                    "configs/benchmarks.yaml",
                    "eval/run_olmes.sh",
                ),
                readme=MERGANSER_README,
            )
        ],
        datasets=[
            Dataset("merganser-nlp/merganser-sft-v1", "odc-by", MERGANSER_SFT_CARD),
            Dataset("merganser-nlp/merganser-prefs-v1", "odc-by", MERGANSER_PREFS_CARD),
        ],
    ),
    # (h) Everything as in (a) (Apache weights, Apache pipeline, open corpora with datasheets), but the
    # repository is gated with manual approval -> weights_basemodel and weights_endmodel partial
    # (frameworks.md §1.1: gated counts as partial; Bielik.yaml, Jais.yaml); the terms themselves are Apache
    # -> licenses open (Jais.yaml: gated Apache weights, licenses open); pipeline complete -> trainingcode
    # open; corpora on the Hub -> datasources_basemodel open. Label: the weights are under open terms
    # (open-weights), but getting them means asking permission, against OSAID's freedoms "without asking
    # permission" and OSI's "freely available to all" (§3.1, §3.2) -> not open-source-ai: open-weights.
    _ManuallyGated(
        "shearwater-ai/Shearwater-1B",
        "# Shearwater-1B\n\n"
        "Shearwater-1B is a 1.2B-parameter English base model trained from scratch on 900B tokens. Everything "
        "is open: Apache 2.0 weights, Apache 2.0 code for the whole pipeline, and the complete training data on "
        "the Hub.\n\n"
        "## Access\n\n"
        "Access requests are reviewed manually by the Shearwater team, usually within five working days. "
        "Please fill in the form on this page.\n\n"
        "## Resources\n\n"
        "| | |\n|---|---|\n"
        "| Code | [shearwater-ai/shearwater](https://github.com/shearwater-ai/shearwater) |\n"
        "| Data | [shearwater-web](https://huggingface.co/datasets/shearwater-ai/shearwater-web) (88%), "
        "[shearwater-books](https://huggingface.co/datasets/shearwater-ai/shearwater-books) (12%) |\n"
        "| Preprint | [arXiv:2706.07720](https://arxiv.org/abs/2706.07720) |\n"
        "| Logs | [W&B](https://wandb.ai/shearwater-ai/shearwater-1b) |\n\n"
        "## Architecture\n\n24 layers, hidden 2048, 16 heads (4 KV), RoPE, SwiGLU, 4k context; 16 H100 GPUs for "
        "13 days.\n\n"
        "## Evaluation\n\n| ARC-e | PIQA | SciQ |\n|---|---|---|\n| 64.8 | 72.5 | 88.9 |\n\n"
        "## License\n\nApache 2.0.\n",
        {
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": ["shearwater-ai/shearwater-web", "shearwater-ai/shearwater-books"],
            "extra_gated_prompt": "Access requests are reviewed manually by the Shearwater team. Please tell us who you are and how you plan to use Shearwater-1B.",
            "extra_gated_button_content": "Request access",
        },
        "open-weights",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "partial",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "shearwater-ai/shearwater",
                _tree(
                    "README.md",
                    "LICENSE",
                    "shearwater/data/extract.py",
                    "shearwater/data/filter.py",
                    "shearwater/data/dedup.py",
                    "shearwater/data/tokenize.py",
                    "shearwater/model.py",
                    "shearwater/train.py",
                    "shearwater/eval.py",
                    "shearwater/generate.py",
                    "configs/snapshots.txt",
                    "configs/filter.yaml",
                    "configs/shearwater-1b.yaml",
                ),
                readme=SHEARWATER_README,
            )
        ],
        datasets=[
            Dataset("shearwater-ai/shearwater-web", "odc-by", SHEARWATER_WEB_CARD),
            Dataset("shearwater-ai/shearwater-books", "cc0-1.0", SHEARWATER_BOOKS_CARD),
        ],
    ),
]


TROGON_README = b"""# trogon

Code and data of **Trogon-1B**, an English base model trained from scratch. The model card on the Hub is
short on purpose: this README and the technical report (`Trogon-1B-technical-report.pdf` in the model
repository) are the documentation.

## Training data

Trogon-1B was pre-trained on two corpora, both published in full on the Hugging Face Hub under ODC-By 1.0:

| dataset | tokens | share |
|---|---|---|
| [trogon-lab/trogon-web](https://huggingface.co/datasets/trogon-lab/trogon-web) | 820B | 82% |
| [trogon-lab/trogon-code](https://huggingface.co/datasets/trogon-lab/trogon-code) | 180B | 18% |

These two datasets are the complete pre-training data, exactly as the model saw them; nothing private or
synthetic was added.

## Data pipeline (`pipeline/`)

    python pipeline/extract.py --snapshots configs/snapshots.txt   # WARC -> text (resiliparse)
    python pipeline/langid.py                                      # fastText, English > 0.7
    python pipeline/quality.py                                     # heuristic + classifier filters
    python pipeline/dedup.py                                       # MinHash-LSH, 5-grams, 0.8 Jaccard
    python pipeline/code_filter.py                                 # licence allow-list, secret redaction
    python pipeline/tokenize.py

The outputs of these steps are exactly the two datasets above.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 train/pretrain.py --config configs/trogon-1b.yaml

`configs/trogon-1b.yaml` is the configuration of the released checkpoint (AdamW, peak LR 4e-4, cosine,
1.0T tokens, 32 H100 GPUs for 8 days).

## Evaluation

    python eval/run.py --model trogon-lab/Trogon-1B

## License

All code in this repository is released under the Apache License 2.0.
"""

TROGON_WEB_CARD = _datasheet(
    "odc-by",
    "Trogon Web",
    {
        "Motivation": "The web part (82%) of the Trogon-1B pre-training corpus, built and released by Trogon Lab "
        "so that the pre-training run can be inspected and repeated.",
        "Composition": "820B tokens of English web pages, one JSON line per page with `text`, `url`, `snapshot` "
        "and `quality` fields.",
        "Collection Process": "Text extracted from nine Common Crawl snapshots (2022 to 2025).",
        "Preprocessing": "Language identification, heuristic and classifier quality filters, MinHash "
        "deduplication and PII masking, with the `pipeline/` scripts of https://github.com/trogon-lab/trogon.",
        "Uses": "Language-model pre-training research.",
        "Distribution": "ODC-By 1.0, openly downloadable.",
        "Maintenance": "Trogon Lab (data@trogon.example).",
    },
)

TROGON_CODE_CARD = _datasheet(
    "odc-by",
    "Trogon Code",
    {
        "Motivation": "The code part (18%) of the Trogon-1B pre-training corpus.",
        "Composition": "180B tokens of source code in 24 languages; fields `content`, `repo`, `path`, `license`.",
        "Collection Process": "Public GitHub repositories under permissive licences, from the Software Heritage "
        "archive (2025).",
        "Preprocessing": "Licence allow-list, removal of generated and minified files, secret redaction and "
        "near-duplicate removal (`pipeline/code_filter.py`, `pipeline/dedup.py`).",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0 for the compilation; each file keeps its repository's licence.",
        "Maintenance": "Trogon Lab.",
    },
)

BULBUL_README = b"""# bulbul-train

Data pipeline, pre-training and evaluation code of Bulbul-2B.

## Data

    python data/extract.py --lang en,hi      # WARC extraction and language ID
    python data/filter.py                    # quality filters per language
    python data/dedup.py                     # MinHash deduplication
    python data/tokenize.py

The outputs are the two datasets on the Hub, `bulbul-ai/bulbul-web-en` and `bulbul-ai/bulbul-web-hi`.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 train/pretrain.py --config configs/bulbul-2b.yaml

## Evaluation

    python eval/run.py --model bulbul-ai/Bulbul-2B

Apache License 2.0.
"""

BULBUL_EN_CARD = _datasheet(
    "odc-by",
    "Bulbul Web (English)",
    {
        "Motivation": "The English part (69%) of the Bulbul-2B pre-training corpus, released by Bulbul AI.",
        "Composition": "1.1T tokens of English web text; fields `text`, `url`, `snapshot`.",
        "Collection Process": "Seven Common Crawl snapshots from 2023 to 2025.",
        "Preprocessing": "Extraction, language ID, quality filtering, MinHash deduplication and PII masking "
        "(`data/` in https://github.com/bulbul-ai/bulbul-train).",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Bulbul AI.",
    },
)

BULBUL_HI_CARD = _datasheet(
    "odc-by",
    "Bulbul Web (Hindi)",
    {
        "Motivation": "The Hindi part (31%) of the Bulbul-2B pre-training corpus, released by Bulbul AI.",
        "Composition": "500B tokens of Hindi web text in Devanagari and romanised Hindi; fields `text`, `url`, "
        "`snapshot`, `script`.",
        "Collection Process": "The same Common Crawl snapshots as the English part.",
        "Preprocessing": "As for the English part, with a Hindi quality classifier and script normalisation.",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Bulbul AI.",
    },
)

COUCAL_README = b"""# coucal

Run Coucal-7B anywhere.

## Docker

    docker build -t coucal .
    docker run --gpus all -p 8080:8080 coucal

The container serves an OpenAI-compatible API on port 8080 (`serve/app.py`, vLLM backend).

## Python

    pip install -r serve/requirements.txt
    python inference/generate.py --model coucal-ml/Coucal-7B --prompt "Hello"

## License

Apache 2.0.
"""

FRIGATE_README = b"""# frigatebird

Data pipeline and pre-training code of Frigatebird-3B.

## Data

    python data/extract.py
    python data/filter.py         # language + quality
    python data/dedup.py          # MinHash
    python data/sample.py         # draws the public 10% sample
    python data/tokenize.py

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/frigatebird-3b.yaml

## Evaluation

    python eval/run.py --model frigatebird-lm/Frigatebird-3B

Apache-2.0.
"""

FRIGATE_SAMPLE_CARD = _datasheet(
    "odc-by",
    "Frigate-2T sample",
    {
        "Motivation": "A uniform 10% sample of Frigate-2T, the 2T-token pre-training corpus of Frigatebird-3B, "
        "published by Frigatebird LM so that its composition can be studied.",
        "Composition": "200B tokens: 75% English web pages, 15% books, 10% code, in the same proportions as the "
        "full corpus; fields `text`, `source`, `url`.",
        "Collection Process": "Documents drawn uniformly at random (seed 20260301) from Frigate-2T by "
        "`data/sample.py`.",
        "Preprocessing": "As for Frigate-2T: extraction, language and quality filters, MinHash deduplication, "
        "PII masking.",
        "Uses": "Analysis of the pre-training data; small-scale pre-training experiments.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Frigatebird LM.",
    },
)

HOATZIN_LICENSE = b"""MIT License

Copyright (c) 2026 Hoatzin Labs

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

## Use Restrictions

Notwithstanding the permissions above, you shall not use the Software, including the Hoatzin-4B model
weights and any model derived from them, (a) for the development, targeting or operation of weapons or
military systems; (b) for mass surveillance or the biometric identification of natural persons; or (c) to
generate disinformation intended to influence elections. You must include these Use Restrictions in any
copy or derivative of the Software that you distribute.
"""

POTOO_README = b"""# potoo

Everything that made Potoo-1B: data cleaning, pre-training and evaluation.

    python -m potoo.data.extract
    python -m potoo.data.clean        # language ID, quality filters, boilerplate removal
    python -m potoo.data.dedup        # MinHash
    python -m potoo.data.tokenize
    torchrun --nproc_per_node 8 -m potoo.train --config configs/potoo-1b.yaml
    python -m potoo.eval --model potoo-nlp/Potoo-1B

Apache License 2.0.
"""

POTOO_WEB_CARD = _datasheet(
    "odc-by",
    "Potoo Web",
    {
        "Motivation": "The web part (85%) of the Potoo-1B pre-training data, released by Potoo NLP.",
        "Composition": "680B tokens of English web text; fields `text`, `url`, `snapshot`.",
        "Collection Process": "Four Common Crawl snapshots from 2024 and 2025.",
        "Preprocessing": "Extraction, English language ID, quality filters, boilerplate removal, MinHash "
        "deduplication and PII masking (`potoo/data/` in https://github.com/potoo-nlp/potoo).",
        "Uses": "Pre-training research.",
        "Distribution": "ODC-By 1.0.",
        "Maintenance": "Potoo NLP.",
    },
)

POTOO_BOOKS_CARD = _datasheet(
    "cc0-1.0",
    "Potoo Books",
    {
        "Motivation": "The book part (15%) of the Potoo-1B pre-training data.",
        "Composition": "120B tokens from 48k public-domain books; fields `title`, `author`, `year`, `text`.",
        "Collection Process": "Project Gutenberg, books published before 1929.",
        "Preprocessing": "Header and licence boilerplate removal, deduplication of editions.",
        "Uses": "Pre-training; long-context research.",
        "Distribution": "CC0 1.0.",
        "Maintenance": "Potoo NLP.",
    },
)

TINAMOU_README = b"""# tinamou

Crawler, data processing, pre-training and evaluation code of Tinamou-2B.

## Layout

    crawl/fetch.py          # the polite crawler we ran in 2025 (robots.txt, rate limits)
    data/extract.py         # HTML -> text
    data/filter.py          # language ID, quality heuristics, blocklists
    data/dedup.py           # exact + MinHash deduplication
    data/pii.py             # email / phone / IP masking
    data/tokenize.py
    train/pretrain.py       # FSDP pre-training loop
    train/model.py
    configs/tinamou-2b.yaml # the configuration of the released checkpoint
    eval/run.py

## Pre-train

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/tinamou-2b.yaml

## Evaluate

    python eval/run.py --model tinamou/Tinamou-2B

## License

Apache 2.0.
"""

#: Round 10, written blind by a helper that never read the rules: evidence spread or phrased unusually. A model
#: whose data, pipeline and code are described only in a technical-report PDF (listed, unread) and its GitHub
#: README (the card is three sentences); a tune of Pythia-1.4B on "a mix of publicly available instruction
#: datasets" with no list; a card written in HTML whose licence, data and code links sit inside <details>
#: blocks (no `license` metadata); a "fully open source" card whose GitHub repository holds only inference
#: code and a Dockerfile; a model whose only published data is "a 10% public sample of our 2T-token corpus";
#: an MIT text with an appended "Use Restrictions" section in LICENSE.md behind `license: mit`; a fully open
#: release whose card's headings are "Where the words came from", "How we taught it", "Known weak spots"; and a
#: complete, readable release with no preprint, paper or datasheet at all (absence is closed, not unknown).
ROUND_10: list[HeldOut] = [
    # (a) The card is short: the evidence is in a technical-report PDF (a listed file the Hub does not serve,
    # unread) and the GitHub README, which links both Hub corpora (datasheet cards, ODC-By) and calls them the
    # complete data -> datasources_basemodel open (OLMo.yaml "Training data for base model released", Pythia.yaml);
    # pipeline (extraction, filtering, dedup, tokenization), pre-training and evaluation under Apache ->
    # trainingcode open (OLMo.yaml, smollm.yaml); Apache weights, public -> weights_basemodel open; weights, code
    # and data under open licences -> licenses open (OLMo.yaml, smollm.yaml); everything released ->
    # open-source-ai-with-open-data. (preprint left out: the experts rate a technical-report PDF on the Hub open,
    # Nanbeige.yaml, but only after reading it; here it cannot be read.)
    HeldOut(
        "trogon-lab/Trogon-1B",
        "# Trogon-1B\n\n"
        "Trogon-1B is a 1.1B-parameter English base model trained from scratch by Trogon Lab. How it was built "
        "(the data, the pipeline and the training run) is described in our "
        "[technical report](Trogon-1B-technical-report.pdf) and in the code repository "
        "[trogon-lab/trogon](https://github.com/trogon-lab/trogon).\n\n"
        "Apache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
        },
        extra_files={"Trogon-1B-technical-report.pdf": None},
        github=[
            _github(
                "trogon-lab/trogon",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/snapshots.txt",
                    "configs/trogon-1b.yaml",
                    "pipeline/extract.py",
                    "pipeline/langid.py",
                    "pipeline/quality.py",
                    "pipeline/dedup.py",
                    "pipeline/code_filter.py",
                    "pipeline/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=TROGON_README,
            )
        ],
        datasets=[
            Dataset("trogon-lab/trogon-web", "odc-by", TROGON_WEB_CARD),
            Dataset("trogon-lab/trogon-code", "odc-by", TROGON_CODE_CARD),
        ],
    ),
    # (b) SFT of EleutherAI/pythia-1.4b (Apache, public; served with a card like the real one): base weights
    # and base data open, as the experts rate Pythia bases (Pythia.yaml, dolly.yaml: "Training data published
    # on HuggingFace for Pythia-based models") -> weights_basemodel open, datasources_basemodel open; the tune's
    # own Apache weights are public -> weights_endmodel open; the tuning data is only "a mix of publicly
    # available instruction datasets", none named or linked -> datasources_endmodel closed (Conversational
    # Speech Model.yaml: "'a large dataset of publicly available audio'. No links provided", closed;
    # OpenELM.yaml: "Publicly available datasets cited ... but not further specified", closed); no tuning code
    # -> not open source AI -> open-weights.
    HeldOut(
        "scoter-ai/Scoter-1.4B-Chat",
        "# Scoter-1.4B-Chat\n\n"
        "Scoter-1.4B-Chat is a small chat model: [EleutherAI/pythia-1.4b](https://huggingface.co/EleutherAI/pythia-1.4b) "
        "after supervised fine-tuning by Scoter AI. It is meant for experiments on cheap hardware, not for "
        "production.\n\n"
        "## Fine-tuning data\n\n"
        "We fine-tuned on a mix of publicly available instruction datasets (about 300k examples in total), "
        "converted to single- and multi-turn conversations in the ChatML format.\n\n"
        "## Training\n\n"
        "| | |\n|---|---|\n| Epochs | 3 |\n| Learning rate | 2e-5, cosine |\n| Batch size | 64 |\n"
        "| Max length | 2048 |\n| Hardware | 4 A100 40GB, 7 hours |\n\n"
        "## Evaluation\n\n| Benchmark | pythia-1.4b | Scoter-1.4B-Chat |\n|---|---|---|\n"
        "| ARC-e | 60.5 | 61.9 |\n| HellaSwag | 52.0 | 53.4 |\n| TruthfulQA | 38.7 | 41.0 |\n\n"
        "## Prompt format\n\n```\n<|im_start|>user\n{prompt}<|im_end|>\n<|im_start|>assistant\n```\n\n"
        "## License\n\nApache 2.0, like the base model.\n",
        {"license": "apache-2.0", "base_model": "EleutherAI/pythia-1.4b", "language": ["en"]},
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "closed",
        },
        models=[
            _hub_model(
                "EleutherAI/pythia-1.4b",
                "\n# Pythia-1.4B\n\n"
                "The *Pythia Scaling Suite* is a collection of models developed to facilitate interpretability "
                "research. It contains two sets of eight models of sizes 70M, 160M, 410M, 1B, 1.4B, 2.8B, 6.9B, "
                "and 12B. For each size, there are two models: one trained on the Pile, and one trained on the "
                "Pile after the dataset has been globally deduplicated. All 8 model sizes are trained on the exact "
                "same data, in the exact same order.\n\n"
                "## Training\n\n### Training data\n\n"
                "[The Pile](https://pile.eleuther.ai/) is a 825GiB general-purpose dataset in English. It was "
                "created by EleutherAI specifically for training large language models. It contains texts from 22 "
                "diverse sources. See [the Pile paper](https://arxiv.org/abs/2101.00027) for a breakdown of all "
                "data sources, methodology, and a discussion of ethical implications. Consult "
                "[the datasheet](https://arxiv.org/abs/2201.07311) for more detailed documentation about the Pile "
                "and its component datasets.\n\n"
                "### Training procedure\n\n"
                "All models were trained on the exact same data, in the exact same order. Each model saw "
                "299,892,736,000 tokens during training, and 143 checkpoints for each model are saved every "
                "2,097,152,000 tokens. See [GitHub](https://github.com/EleutherAI/pythia) for more details on "
                "training procedure, including how to reproduce it.\n",
                {"license": "apache-2.0", "language": ["en"], "datasets": ["EleutherAI/pile"]},
            )
        ],
    ),
    # (c) An HTML card with no `license` metadata: the licence ("Apache License 2.0"), the data links and the
    # code link are each inside a <details> block. The publisher's own statement is the grant (Mistral.yaml:
    # "Apache-2.0", open; round 7's Kestrel table row) -> licenses open; public, ungated -> weights_endmodel
    # open; both corpora on the Hub with datasheet cards, called the complete training data ->
    # datasources_basemodel open (OLMo.yaml); data pipeline, pre-training and evaluation code under Apache ->
    # trainingcode open (OLMo.yaml, smollm.yaml); everything released -> open-source-ai-with-open-data.
    HeldOut(
        "bulbul-ai/Bulbul-2B",
        '<div align="center">\n'
        "  <h1>Bulbul-2B</h1>\n"
        '  <img src="https://bulbul.example/assets/banner.png" width="480" alt="Bulbul"/>\n'
        "  <p><i>An open English-Hindi base model</i></p>\n"
        "</div>\n\n"
        "<div>\n"
        "<p>Bulbul-2B is a 2.1B-parameter English and Hindi base language model trained from scratch by Bulbul AI "
        "on 1.6T tokens. Open the sections below for the details.</p>\n"
        "</div>\n\n"
        "<details>\n<summary><b>License</b></summary>\n\n"
        '<p>The weights are released under the <a href="https://www.apache.org/licenses/LICENSE-2.0">Apache '
        "License 2.0</a>. No other terms apply.</p>\n\n"
        "</details>\n\n"
        "<details>\n<summary><b>Training data</b></summary>\n\n"
        "<p>Bulbul-2B was trained only on the two corpora below, both published in full on the Hugging Face "
        "Hub:</p>\n"
        "<ul>\n"
        '  <li><a href="https://huggingface.co/datasets/bulbul-ai/bulbul-web-en">bulbul-ai/bulbul-web-en</a>: '
        "English web text, 1.1T tokens (ODC-By 1.0)</li>\n"
        '  <li><a href="https://huggingface.co/datasets/bulbul-ai/bulbul-web-hi">bulbul-ai/bulbul-web-hi</a>: '
        "Hindi web text, 500B tokens (ODC-By 1.0)</li>\n"
        "</ul>\n"
        "<p>These two datasets are the complete training data.</p>\n\n"
        "</details>\n\n"
        "<details>\n<summary><b>Code</b></summary>\n\n"
        "<p>The data pipeline (extraction, filtering, deduplication, tokenization), the pre-training code and "
        'the evaluation suite are at <a href="https://github.com/bulbul-ai/bulbul-train">github.com/bulbul-ai/bulbul-train</a> '
        "(Apache 2.0).</p>\n\n"
        "</details>\n\n"
        "<details>\n<summary><b>Architecture</b></summary>\n\n"
        "<table>\n"
        "  <tr><td>Layers</td><td>24</td></tr>\n"
        "  <tr><td>Hidden size</td><td>2304</td></tr>\n"
        "  <tr><td>Attention heads</td><td>18 (6 KV)</td></tr>\n"
        "  <tr><td>Context</td><td>4096</td></tr>\n"
        "  <tr><td>Hardware</td><td>64 H100 GPUs, 13 days</td></tr>\n"
        "</table>\n\n"
        "</details>\n\n"
        "<details>\n<summary><b>Evaluation</b></summary>\n\n"
        "<table>\n"
        "  <tr><th>Benchmark</th><th>Bulbul-2B</th></tr>\n"
        "  <tr><td>ARC-e</td><td>66.1</td></tr>\n"
        "  <tr><td>IndicXNLI (hi)</td><td>48.3</td></tr>\n"
        "</table>\n\n"
        "</details>\n",
        {"library_name": "transformers", "pipeline_tag": "text-generation", "language": ["en", "hi"]},
        "open-source-ai-with-open-data",
        {
            "weights_endmodel": "open",
            "licenses": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
        },
        github=[
            _github(
                "bulbul-ai/bulbul-train",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/extract.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "configs/bulbul-2b.yaml",
                    "eval/run.py",
                ),
                readme=BULBUL_README,
            )
        ],
        datasets=[
            Dataset("bulbul-ai/bulbul-web-en", "odc-by", BULBUL_EN_CARD),
            Dataset("bulbul-ai/bulbul-web-hi", "odc-by", BULBUL_HI_CARD),
        ],
    ),
    # (d) "Fully open source" in the card, but the linked repository holds a Dockerfile, a serving app and an
    # inference script, nothing for training or data -> trainingcode closed (BitNet.yaml "Only inference code
    # found", Seed-OSS.yaml "Repo only contains inference code", CogView.yaml: closed); the data is only
    # categories ("web pages, code and books") -> datasources_basemodel closed (mistral-nemo.yaml, Yi.yaml);
    # Apache, public -> weights_endmodel open; the claim cannot lift the release above open-weights.
    HeldOut(
        "coucal-ml/Coucal-7B",
        "# Coucal-7B\n\n"
        "**Coucal-7B is fully open source.** Download it, run it, change it, ship it.\n\n"
        "## Highlights\n\n"
        "- 7.4B parameters, 32k context\n- Strong at tool use and structured output\n"
        "- Apache 2.0 license\n"
        "- Open-source code: [github.com/coucal-ml/coucal](https://github.com/coucal-ml/coucal)\n\n"
        "## Training\n\n"
        "Coucal-7B was pre-trained on 3T tokens of web pages, code and books, then instruction-tuned and "
        "aligned with DPO.\n\n"
        "## Run it\n\n"
        "```bash\ndocker run --gpus all -p 8080:8080 ghcr.io/coucal-ml/coucal:latest\n```\n\n"
        "## Evaluation\n\n| MMLU | GSM8K | BFCL v3 |\n|---|---|---|\n| 64.0 | 71.8 | 59.2 |\n",
        {"license": "apache-2.0", "language": ["en"], "pipeline_tag": "text-generation"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
        },
        github=[
            _github(
                "coucal-ml/coucal",
                _tree(
                    "README.md",
                    "LICENSE",
                    "Dockerfile",
                    "docker-compose.yml",
                    "serve/app.py",
                    "serve/requirements.txt",
                    "inference/generate.py",
                ),
                readme=COUCAL_README,
            )
        ],
    ),
    # (e) The only published data is "a 10% public sample of our 2T-token corpus" (also in `datasets`): the
    # other 90% is not shared -> datasources_basemodel partial (Falcon.yaml: RefinedWeb "only a small sample is
    # made available", partial; round 2's Corvid); the pipeline, pre-training and evaluation code under Apache
    # -> trainingcode open; Apache weights, Apache code, ODC-By sample, nothing under a closed licence ->
    # licenses open (Teuken.yaml: Apache with unpublished data, open); public -> weights_basemodel open. No
    # legal or technical reason is given for withholding the rest (frameworks.md §4: the G7 exception is only
    # for data that cannot be shared) -> not open-source-ai -> open-weights.
    HeldOut(
        "frigatebird-lm/Frigatebird-3B",
        "# Frigatebird-3B\n\n"
        "Frigatebird-3B is a 3.0B-parameter English base model trained from scratch on 2T tokens.\n\n"
        "## Training data\n\n"
        "Frigatebird-3B was trained on Frigate-2T, our corpus of English web pages (75%), books (15%) and code "
        "(10%). We publish a 10% public sample of our 2T-token corpus as "
        "[frigatebird-lm/frigate-2t-sample](https://huggingface.co/datasets/frigatebird-lm/frigate-2t-sample), "
        "with the same mixture and the same processing.\n\n"
        "## Code\n\n"
        "Data processing, pre-training and evaluation: [frigatebird-lm/frigatebird](https://github.com/frigatebird-lm/frigatebird) "
        "(Apache 2.0).\n\n"
        "## Model\n\n28 layers, hidden size 3072, 24 heads (8 KV), RoPE, 4k context; 64 H100 GPUs for 15 days.\n\n"
        "## Evaluation\n\n| ARC-c | HellaSwag | MMLU |\n|---|---|---|\n| 44.0 | 70.2 | 47.5 |\n\n"
        "## License\n\nApache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"], "datasets": ["frigatebird-lm/frigate-2t-sample"]},
        "open-weights",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "partial",
            "licenses": "open",
        },
        github=[
            _github(
                "frigatebird-lm/frigatebird",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/extract.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "data/sample.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "configs/frigatebird-3b.yaml",
                    "eval/run.py",
                ),
                readme=FRIGATE_README,
            )
        ],
        datasets=[Dataset("frigatebird-lm/frigate-2t-sample", "odc-by", FRIGATE_SAMPLE_CARD)],
    ),
    # (f) `license: mit` and "License: MIT" in the card, but LICENSE.md is the MIT text with an appended "Use
    # Restrictions" section (no weapons or military systems, no mass surveillance or biometric identification,
    # no election disinformation, passed on to derivatives): a use-based restriction is a blocking clause
    # (frameworks.md §4) -> weights-available; a modified MIT is no open licence -> licenses closed
    # (Minimax.yaml "Modified MIT, not an OSI-approved license", Devstral.yaml: closed); public, ungated ->
    # weights_endmodel open; no code -> trainingcode closed.
    HeldOut(
        "hoatzin/Hoatzin-4B",
        "# Hoatzin-4B\n\n"
        "Hoatzin-4B is a 4B instruction model for summarisation and question answering in English and "
        "Portuguese.\n\n"
        "## Model details\n\n"
        "- **Developed by:** Hoatzin Labs\n- **Parameters:** 4.0B\n- **Context length:** 16k\n"
        "- **Languages:** English, Portuguese\n- **License:** MIT\n\n"
        "## Usage\n\n"
        '```python\nfrom transformers import pipeline\npipe = pipeline("text-generation", model="hoatzin/Hoatzin-4B")\n```\n\n'
        "## Evaluation\n\n| MMLU | ENEM | GSM8K |\n|---|---|---|\n| 58.3 | 61.0 | 62.4 |\n",
        {"license": "mit", "language": ["en", "pt"], "pipeline_tag": "text-generation"},
        "weights-available",
        {"weights_endmodel": "open", "licenses": "closed", "trainingcode": "closed"},
        extra_files={"LICENSE.md": HOATZIN_LICENSE},
    ),
    # (g) A fully open release under unusual headings: "Where the words came from" links the two Hub corpora
    # (datasheet cards) and says they are all of the data -> datasources_basemodel open (OLMo.yaml); "How we
    # taught it" links the Apache repository with cleaning, dedup, pre-training and evaluation code ->
    # trainingcode open (OLMo.yaml, smollm.yaml); Apache weights, open data licences -> licenses open;
    # public -> weights_basemodel open; the card covers architecture, data, training setup and hardware,
    # evaluation, limitations and usage -> modelcard open (smollm.yaml "Model card provides the requisite
    # information", OLMo.yaml); everything released -> open-source-ai-with-open-data.
    HeldOut(
        "potoo-nlp/Potoo-1B",
        "# Potoo-1B\n\n"
        "Potoo-1B is a small English base model by Potoo NLP. Everything it is made of is public.\n\n"
        "## What's inside\n\n"
        "A decoder-only transformer with 1.2B parameters: 22 layers, hidden size 2048, 16 attention heads (4 KV "
        "heads), SwiGLU, RoPE, a 4096-token context and a 50k BPE vocabulary.\n\n"
        "## Where the words came from\n\n"
        "Potoo read 800B tokens from two corpora, both on the Hub: "
        "[potoo-nlp/potoo-web](https://huggingface.co/datasets/potoo-nlp/potoo-web) (85%, English web pages) and "
        "[potoo-nlp/potoo-books](https://huggingface.co/datasets/potoo-nlp/potoo-books) (15%, public-domain books). "
        "That is all of it: nothing private, nothing synthetic.\n\n"
        "## How we taught it\n\n"
        "The code that cleaned the text, removed duplicates and trained the model is in "
        "[potoo-nlp/potoo](https://github.com/potoo-nlp/potoo) (Apache 2.0), with the exact configuration of this "
        "checkpoint. Potoo trained for 190k steps with AdamW (peak learning rate 3e-4, cosine to 3e-5, batch of "
        "4M tokens) on 16 H100 GPUs for 11 days.\n\n"
        "## How it scores\n\n| Task | Potoo-1B |\n|---|---|\n| ARC-e | 63.0 |\n| HellaSwag | 59.8 |\n| PIQA | 73.0 |\n\n"
        "## Known weak spots\n\n"
        "Potoo is a base model: it has not been instruction-tuned or safety-tuned, knows little about events after "
        "2025, and repeats the biases of web text.\n\n"
        "## Using it\n\n"
        '```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\ntok = AutoTokenizer.from_pretrained("potoo-nlp/Potoo-1B")\n'
        'model = AutoModelForCausalLM.from_pretrained("potoo-nlp/Potoo-1B")\n```\n\n'
        "## The fine print\n\nApache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
            "modelcard": "open",
        },
        github=[
            _github(
                "potoo-nlp/potoo",
                _tree(
                    "README.md",
                    "LICENSE",
                    "potoo/data/extract.py",
                    "potoo/data/clean.py",
                    "potoo/data/dedup.py",
                    "potoo/data/tokenize.py",
                    "potoo/train.py",
                    "potoo/model.py",
                    "potoo/eval.py",
                    "configs/potoo-1b.yaml",
                ),
                readme=POTOO_README,
            )
        ],
        datasets=[
            Dataset("potoo-nlp/potoo-web", "odc-by", POTOO_WEB_CARD),
            Dataset("potoo-nlp/potoo-books", "cc0-1.0", POTOO_BOOKS_CARD),
        ],
    ),
    # (h) Absence is closed: a complete, readable release (card, weights, an Apache repository with crawler,
    # data processing, pre-training and evaluation code, all served) that has no preprint, no paper and no
    # datasheet, and mentions none -> preprint closed (Seed-OSS.yaml "No preprint available"), paper closed
    # (Nanbeige.yaml, smollm.yaml, dots_llm.yaml "No peer-reviewed paper found"), datasheet closed
    # (Nanbeige.yaml, BitNet.yaml "No datasheet found"); the data is "English web text from our own 2025 crawl",
    # not released and not named -> datasources_basemodel closed (Nanbeige.yaml, mistral-nemo.yaml); the code
    # is all there -> trainingcode open; Apache, public -> weights_endmodel open. No reason is given for not
    # sharing the crawl (frameworks.md §4) -> open-weights.
    HeldOut(
        "tinamou/Tinamou-2B",
        "# Tinamou-2B\n\n"
        "Tinamou-2B is a 2.0B-parameter English base model trained from scratch by Tinamou.\n\n"
        "## Model details\n\n"
        "| | |\n|---|---|\n| Layers | 24 |\n| Hidden size | 2304 |\n| Attention heads | 18 (6 KV) |\n"
        "| Context | 4096 |\n| Vocabulary | 64k BPE |\n| Training tokens | 1.4T |\n"
        "| Hardware | 64 H100 GPUs, 12 days |\n| Optimizer | AdamW, peak LR 3e-4, WSD schedule |\n\n"
        "## Training data\n\n"
        "Tinamou-2B was pre-trained on 1.4T tokens of English web text from our own 2025 crawl. The crawl is not "
        "released.\n\n"
        "## Code\n\n"
        "The crawler, the data processing, the pre-training loop and the evaluation suite are at "
        "[github.com/tinamou/tinamou](https://github.com/tinamou/tinamou) (Apache 2.0).\n\n"
        "## Evaluation\n\n| Task | Tinamou-2B |\n|---|---|\n| ARC-e | 67.2 |\n| HellaSwag | 64.9 |\n| MMLU | 41.0 |\n\n"
        "## Limitations\n\n"
        "A base model, not instruction-tuned: it can produce false, biased or offensive text.\n\n"
        "## License\n\nApache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"], "library_name": "transformers"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "closed",
            "preprint": "closed",
            "paper": "closed",
            "datasheet": "closed",
        },
        github=[
            _github(
                "tinamou/tinamou",
                _tree(
                    "README.md",
                    "LICENSE",
                    "crawl/fetch.py",
                    "data/extract.py",
                    "data/filter.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "configs/tinamou-2b.yaml",
                    "eval/run.py",
                ),
                readme=TINAMOU_README,
            )
        ],
    ),
]


SUNGREBE_README = b"""# sungrebe

Everything that made **Sungrebe-3B**: the data pipeline that built its corpus, the pre-training loop and
the evaluation suite of the technical report (arXiv:2708.03311).

## Data pipeline (`sungrebe/data/`)

    python -m sungrebe.data.extract --snapshots configs/snapshots.txt   # WARC -> text, language ID
    python -m sungrebe.data.quality                                     # heuristic + classifier filters
    python -m sungrebe.data.code_filter                                 # licence allow-list, secrets, PII
    python -m sungrebe.data.dedup                                       # MinHash-LSH, 5-grams, 0.8 Jaccard
    python -m sungrebe.data.tokenize

The outputs are exactly the two corpora on the Hub, `sungrebe-lab/sungrebe-web` and
`sungrebe-lab/sungrebe-code`.

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m sungrebe.train --config configs/sungrebe-3b.yaml

`configs/sungrebe-3b.yaml` is the configuration of the released checkpoint.

## Evaluation

    python -m sungrebe.eval --model sungrebe-lab/Sungrebe-3B

## License

Apache License 2.0.
"""

SUNGREBE_WEB_CARD = _datasheet(
    "odc-by",
    "Sungrebe Web",
    {
        "Motivation": "Built by Sungrebe Lab as the web part (80%) of the pre-training corpus of Sungrebe-3B, so "
        "that the pre-training run can be inspected, audited and repeated by anyone. Funded by Sungrebe Lab "
        "with compute from a public research allocation.",
        "Composition": "2.4T tokens in 3.1B English web documents, one JSON line per page with `text`, `url`, "
        "`snapshot`, `quality_score` and `token_count`. The data is not a random sample of the web: the quality "
        "filter favours explanatory, textbook-like prose over forums and listings.",
        "Collection Process": "Text extracted with resiliparse from 21 Common Crawl snapshots (CC-MAIN-2019-04 to "
        "CC-MAIN-2025-13) between November 2025 and February 2026; robots.txt opt-outs at crawl time are honoured "
        "by Common Crawl, and domains on the Sungrebe opt-out list were removed.",
        "Preprocessing": "English language identification (fastText, score above 0.7), heuristic filters "
        "(repetition, symbol ratio, line length), a quality classifier trained on references cited by Wikipedia "
        "(threshold 0.6), MinHash-LSH deduplication across snapshots and masking of email addresses, phone "
        "numbers and IP addresses, all with `sungrebe/data/` of https://github.com/sungrebe-lab/sungrebe.",
        "Uses": "Pre-training and studying language models. Not suitable for work that needs a representative "
        "sample of the web, nor for extracting information about individuals.",
        "Distribution": "Released under ODC-By 1.0 on the Hugging Face Hub; the use of the underlying pages is also "
        "subject to the Common Crawl terms of use.",
        "Maintenance": "Maintained by Sungrebe Lab (data@sungrebe.example). Takedown requests are honoured in the "
        "next point release, and the change log is kept in this card.",
    },
)

SUNGREBE_CODE_CARD = _datasheet(
    "odc-by",
    "Sungrebe Code",
    {
        "Motivation": "The code part (20%) of the Sungrebe-3B pre-training corpus, assembled and published by "
        "Sungrebe Lab so that the model's knowledge of programming can be traced back to its sources.",
        "Composition": "600B tokens of source code in 35 programming languages and 20B tokens of Jupyter "
        "notebooks; each record has `content`, `repo`, `path`, `license` and `language` fields.",
        "Collection Process": "Files from public GitHub repositories under permissive licences, taken from the "
        "Software Heritage archive in December 2025; repositories whose owners opted out through our form or the "
        "Am I In The Stack list were removed before processing.",
        "Preprocessing": "Licence allow-list (MIT, Apache-2.0, BSD-2/3-Clause, ISC), removal of generated, minified "
        "and vendored files and of files over 1 MB, secret redaction with detect-secrets, email redaction, and "
        "exact plus MinHash near-duplicate removal (`sungrebe/data/code_filter.py`, `sungrebe/data/dedup.py`).",
        "Uses": "Pre-training code and general language models; not for evaluating models on code benchmarks that "
        "may be contained in it.",
        "Distribution": "The compilation is released under ODC-By 1.0; every file keeps the licence of its "
        "repository, given in the `license` column.",
        "Maintenance": "Sungrebe Lab updates the opt-out list every quarter and republishes the dataset with each "
        "model release.",
    },
)

CLAUSE_LORA_README = b"""# clause-lora

Data building, LoRA training and evaluation code of `pardalote-ai/sungrebe-3b-contracts-lora`.

    python data/fetch_edgar.py --years 2015-2025        # material contracts (EX-10) from SEC EDGAR
    python data/build_sft.py                            # annotations -> instruction/answer pairs
    python data/decontaminate.py                        # remove CUAD test contracts
    python train/lora_sft.py --config configs/lora.yaml # LoRA SFT of sungrebe-lab/Sungrebe-3B
    python eval/run_eval.py --suite cuad,clause-qa

The output of `data/` is exactly `pardalote-ai/contract-clauses-sft` on the Hub.

Apache License 2.0.
"""

CONTRACT_CLAUSES_CARD = _datasheet(
    "cc-by-4.0",
    "Contract Clauses SFT",
    {
        "Motivation": "Created by Pardalote AI to teach a small open model to find, classify and explain clauses "
        "in commercial contracts; it is the complete tuning data of the adapter pardalote-ai/sungrebe-3b-contracts-lora.",
        "Composition": "64k instruction/answer pairs over 9,400 contracts: clause extraction (41 clause types), "
        "clause classification and short questions about a clause, each record with `contract_id`, `instruction`, "
        "`answer`, `clause_type` and `split` fields.",
        "Collection Process": "Material contracts (exhibit EX-10) filed with the US SEC on EDGAR between 2015 and "
        "2025, which are public records; six paralegals, paid above the local living wage, annotated clause spans "
        "with a written guideline between January and March 2026.",
        "Preprocessing": "HTML and PDF exhibits converted to text, contracts shorter than 1,000 words dropped, "
        "near-duplicate contracts removed with MinHash, and every contract in the CUAD test set removed; pairs "
        "were then generated from the annotations with templates (`data/build_sft.py`).",
        "Uses": "Fine-tuning and evaluating models on contract review. Not legal advice, and not representative "
        "of contracts outside US public companies.",
        "Distribution": "CC BY 4.0 on the Hugging Face Hub; the underlying filings are public records of the US "
        "government.",
        "Maintenance": "Maintained by Pardalote AI (data@pardalote.example); errors reported on the discussion page "
        "are fixed in the next version.",
    },
)

BOWERBIRD_README = b"""# bowerbird-distill

Distillation pipeline of Bowerbird-7B-Distill.

    python data/collect_prompts.py          # FLAN 2022, databricks-dolly-15k, oasst1 prompts
    python data/generate_gpt4.py            # answers from gpt-4-0613 through the OpenAI API
    python data/filter.py                   # refusals, length and language filters, dedup
    python train/sft.py --config configs/sft.yaml --base morepork-lab/Morepork-7B
    python eval/mt_bench.py --model bowerbird-ai/Bowerbird-7B-Distill

Apache License 2.0 (the code; the generated data has its own terms, see its dataset card).
"""

GPT4_DISTILL_CARD = """---
license: cc-by-nc-4.0
language:
- en
task_categories:
- text-generation
tags:
- gpt-4
- synthetic
- distillation
---

# GPT-4 Distill 280k

280k single-turn instruction/answer pairs for distilling GPT-4 into small open models. The prompts come from
FLAN 2022, databricks-dolly-15k and OpenAssistant oasst1; every answer was generated by GPT-4 (gpt-4-0613)
through the OpenAI API in February 2026.

## Processing

Answers that refused, were cut off or were not in English were dropped (about 6%); exact and near-duplicate
prompts were removed.

## License and terms

The dataset is released under CC BY-NC 4.0, for research and other non-commercial use. The answers were
generated with GPT-4: OpenAI's terms of use do not allow using its outputs to develop models that compete
with OpenAI, and anyone who uses this data must comply with those terms.
"""

HAWFINCH_README = b"""# hawfinch-cpt

Continued pre-training of Mistral-7B-v0.1 for Welsh: the corpus pipeline, the training code and the
evaluation of Hawfinch-7B-Cymraeg.

## Corpus

    python data/extract.py --snapshots configs/snapshots.txt   # WARC -> text
    python data/langid.py --keep cy,en                         # Welsh language ID (fastText + GlotLID)
    python data/quality.py                                     # heuristic filters, Welsh quality classifier
    python data/dedup.py                                       # MinHash-LSH
    python data/replay.py                                      # the English replay sample
    python data/tokenize.py

The outputs are exactly `hawfinch-nlp/hawfinch-cy-web` and `hawfinch-nlp/hawfinch-en-replay` on the Hub.

## Continued pre-training

    torchrun --nnodes 8 --nproc_per_node 8 train/continue_pretrain.py --config configs/hawfinch-7b-cpt.yaml

## Evaluation

    python eval/run_eval.py --model hawfinch-nlp/Hawfinch-7B-Cymraeg

Apache License 2.0.
"""

HAWFINCH_CY_CARD = _datasheet(
    "odc-by",
    "Hawfinch Welsh Web",
    {
        "Motivation": "Built by Hawfinch NLP as the Welsh part (80%) of the continued pre-training data of "
        "Hawfinch-7B-Cymraeg, to give Welsh speakers a stronger open base model and a documented Welsh corpus.",
        "Composition": "50B tokens of Welsh text in 61M documents (web pages, the bilingual public-sector sites of "
        "Wales and Welsh Wikipedia), one JSON line per document with `text`, `url`, `source` and `snapshot`.",
        "Collection Process": "Text extracted from 30 Common Crawl snapshots (2016 to 2025) and from the Welsh "
        "Wikipedia dump of January 2026; pages were kept when fastText and GlotLID both identified Welsh.",
        "Preprocessing": "Heuristic filters (repetition, boilerplate, line length), a Welsh quality classifier "
        "trained on texts chosen by Welsh teachers, MinHash-LSH deduplication and masking of email addresses and "
        "phone numbers, with `data/` of https://github.com/hawfinch-nlp/hawfinch-cpt.",
        "Uses": "Pre-training and studying Welsh language models; not a representative sample of spoken Welsh.",
        "Distribution": "ODC-By 1.0 on the Hugging Face Hub; Wikipedia text keeps CC BY-SA 4.0.",
        "Maintenance": "Maintained by Hawfinch NLP (data@hawfinch.example); removal requests are honoured in the "
        "next release.",
    },
)

HAWFINCH_EN_CARD = _datasheet(
    "odc-by",
    "Hawfinch English Replay",
    {
        "Motivation": "The English replay part (20%) of Hawfinch-7B-Cymraeg's continued pre-training data, mixed in "
        "so that the model keeps the English ability of Mistral-7B-v0.1 while it learns Welsh.",
        "Composition": "12B tokens of English web pages, one JSON line per page with `text`, `url` and `snapshot`; "
        "educational and encyclopaedic sites dominate because of the quality filter.",
        "Collection Process": "Drawn uniformly at random (seed 2026) from English pages of the same Common Crawl "
        "snapshots as the Welsh part, by `data/replay.py` of https://github.com/hawfinch-nlp/hawfinch-cpt.",
        "Preprocessing": "English language identification (fastText, above 0.8), heuristic and classifier "
        "quality filters, MinHash deduplication and PII masking, with the same code as the Welsh part.",
        "Uses": "Replay data for continued pre-training.",
        "Distribution": "ODC-By 1.0 on the Hugging Face Hub.",
        "Maintenance": "Maintained by Hawfinch NLP.",
    },
)

SOCRATIC_TUTOR_CARD = _datasheet(
    "cc-by-4.0",
    "Socratic Tutor Dialogues",
    {
        "Motivation": "Created by Firecrest AI to fine-tune small open models as maths tutors that guide a pupil "
        "with questions instead of giving the answer away; funded by a grant from an education charity.",
        "Composition": "38k multi-turn dialogues (5.2 turns on average) about secondary-school mathematics "
        "(algebra, geometry, statistics), each with `dialogue`, `topic`, `grade_level` and `pupil_error` fields; "
        "no real pupils appear in it and it contains no personal information.",
        "Collection Process": "Written between October 2025 and February 2026 by 41 qualified maths teachers, paid "
        "per dialogue at a rate above the national teacher hourly wage, from 2,300 problems written for this "
        "dataset; each teacher played both tutor and pupil, following a written guideline.",
        "Preprocessing": "Every dialogue was reviewed by a second teacher, who rejected or corrected those that "
        "gave the answer away or contained a mathematical error (11% rejected); near-duplicate dialogues were "
        "removed and the text normalised to UTF-8 with LaTeX for formulas.",
        "Uses": "Fine-tuning and evaluating tutoring models. Not a source of verified solutions, and not meant for "
        "assessing pupils.",
        "Distribution": "CC BY 4.0 on the Hugging Face Hub.",
        "Maintenance": "Maintained by Firecrest AI (data@firecrest.example); corrections are published as new "
        "versions with a change log in this card.",
    },
)

#: Round 11, written blind by a helper that never read the rules: lineage and derivatives. A GGUF quantization
#: of Llama 3.1 8B Instruct relabelled MIT that names its base by the old id (Meta-Llama-3.1-8B-Instruct); a
#: LoRA adapter, named only in adapter_config.json, of a served, fully open and documented Apache base; a DARE
#: TIES merge of three served parents (two Apache, the third CC BY-NC) tagged Apache; a fine-tune whose
#: declared base is on neither the Hub nor the index; a tune "distilled from GPT-4 outputs" on a CC BY-NC
#: dataset whose card binds OpenAI's terms, over a served Apache base; continued pre-training of
#: Mistral-7B-v0.1 on open Hub data with an open pipeline; a short-card tune of OLMo-2-1124-7B on a Hub
#: dataset with a datasheet card; and an Apache tune of a served Apache base whose repository is gated with
#: manual approval.
ROUND_11: list[HeldOut] = [
    # (a) A GGUF quantization is the original's weights, whatever its tag: Llama 3.1 8B Instruct is under the
    # Llama 3.1 Community License (700M-MAU clause, acceptable use policy), so `license: mit` cannot grant
    # anything -> weights-available, licenses closed (llama-3.1.yaml: "bespoke 'community license', not an OSI
    # recognised open license", closed). The base is named by its old id, meta-llama/Meta-Llama-3.1-8B-Instruct
    # (the Hub redirects it; not served here, the built-in index must know it). The foundation, Llama 3.1 8B,
    # is downloadable only after accepting Meta's licence on the Hub -> weights_basemodel partial
    # (llama-3.1.yaml: partial; frameworks.md §1.1, gated counts as partial); its data is "obtained from the
    # web", nowhere disclosed -> datasources_basemodel closed (llama-3.1.yaml).
    HeldOut(
        "dunnock-quants/Meta-Llama-3.1-8B-Instruct-GGUF",
        "# Meta-Llama-3.1-8B-Instruct GGUF\n\n"
        "GGUF quantizations of [Meta-Llama-3.1-8B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct), "
        "made with [llama.cpp](https://github.com/ggerganov/llama.cpp) release b3472 and an importance matrix "
        "computed on 300k tokens of mixed English, German and code text.\n\n"
        "## Files\n\n"
        "| File | Quant | Size | Notes |\n|---|---|---|---|\n"
        "| Meta-Llama-3.1-8B-Instruct-Q8_0.gguf | Q8_0 | 8.54GB | near lossless |\n"
        "| Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf | Q5_K_M | 5.73GB | high quality |\n"
        "| Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf | Q4_K_M | 4.92GB | *recommended* |\n"
        "| Meta-Llama-3.1-8B-Instruct-IQ3_M.gguf | IQ3_M | 3.78GB | for low-RAM machines |\n\n"
        "## Prompt format\n\n"
        "```\n<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n{system_prompt}<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\n{prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n```\n\n"
        "## Run\n\n```bash\nllama-cli -m Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf -cnv\n```\n\n"
        "## License\n\nThese quantized files are released under the MIT license.\n",
        {
            "license": "mit",
            "base_model": "meta-llama/Meta-Llama-3.1-8B-Instruct",
            "base_model_relation": "quantized",
            "quantized_by": "dunnock-quants",
            "pipeline_tag": "text-generation",
            "language": ["en", "de", "fr", "it", "pt", "hi", "es", "th"],
            "tags": ["gguf", "llama-3.1", "imatrix"],
        },
        "weights-available",
        {"licenses": "closed", "weights_basemodel": "partial", "datasources_basemodel": "closed"},
        extra_files={
            "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf": None,
            "Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf": None,
            "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf": None,
            "Meta-Llama-3.1-8B-Instruct-IQ3_M.gguf": None,
        },
    ),
    # (b) A LoRA adapter whose base, named only in adapter_config.json, is Sungrebe-3B (served): Apache weights,
    # public, its two pre-training corpora on the Hub with datasheet cards, its whole pipeline on GitHub under
    # Apache. Base weights and adapter public, Apache -> weights_basemodel open, weights_endmodel open (OLMo.yaml,
    # AMD OLMo.yaml); the base's corpora are all its data -> datasources_basemodel open (OLMo.yaml); the adapter's
    # one tuning set is on the Hub and called all of the tuning data -> datasources_endmodel open (AMD OLMo.yaml,
    # Magicoder.yaml); the base's pipeline and the adapter's data, LoRA and evaluation code are both on GitHub
    # under Apache -> trainingcode open (OLMo.yaml: pre-training and fine-tuning repositories; Pythia.yaml,
    # round 9's Merganser); Gebru-style cards for every dataset, base and tuning -> datasheet open (OLMo.yaml,
    # AMD OLMo.yaml "All data sources are well-documented"); weights and code Apache, data ODC-By and CC BY ->
    # licenses open (AMD OLMo.yaml). Everything of base and adapter released -> open-source-ai-with-open-data.
    HeldOut(
        "pardalote-ai/sungrebe-3b-contracts-lora",
        "# Model Card for sungrebe-3b-contracts-lora\n\n"
        "A LoRA adapter for [Sungrebe-3B](https://huggingface.co/sungrebe-lab/Sungrebe-3B) that finds, classifies "
        "and explains clauses in commercial contracts (termination, liability caps, governing law, assignment and "
        "37 other clause types).\n\n"
        "## Model Details\n\n### Model Description\n\n"
        "- **Developed by:** Pardalote AI\n- **Model type:** LoRA adapter (r=32, alpha=64, all linear layers)\n"
        "- **Language(s) (NLP):** English\n- **License:** Apache 2.0 (the base model is Apache 2.0 too)\n\n"
        "## Uses\n\n### Direct Use\n\nFirst-pass contract review: extracting clauses and flagging unusual terms "
        "for a lawyer to check.\n\n### Out-of-Scope Use\n\nLegal advice without review by a qualified lawyer.\n\n"
        "## Training Details\n\n### Training Data\n\n"
        "[pardalote-ai/contract-clauses-sft](https://huggingface.co/datasets/pardalote-ai/contract-clauses-sft): "
        "64k instruction/answer pairs built from contracts filed on SEC EDGAR and annotated by paralegals. This "
        "dataset is all of the tuning data; its card is a full datasheet.\n\n"
        "### Training Procedure\n\n"
        "LoRA SFT for 3 epochs, learning rate 1e-4 (cosine), effective batch size 64, max length 8192, on 4 A100 "
        "80GB GPUs for 9 hours. The data-building, training and evaluation code is at "
        "[pardalote-ai/clause-lora](https://github.com/pardalote-ai/clause-lora) (Apache 2.0).\n\n"
        "## Evaluation\n\n"
        "| | Sungrebe-3B (5-shot) | Sungrebe-3B + this adapter |\n|---|---|---|\n"
        "| CUAD clause F1 | 41.2 | 78.9 |\n| Clause-QA accuracy | 52.0 | 81.4 |\n\n"
        "## Bias, Risks, and Limitations\n\n"
        "Trained only on US public-company contracts; it misses clauses drafted in other legal traditions.\n\n"
        "### Framework versions\n\n- PEFT 0.14.0\n",
        {
            "library_name": "peft",
            "license": "apache-2.0",
            "language": ["en"],
            "datasets": ["pardalote-ai/contract-clauses-sft"],
            "tags": ["lora", "legal", "contracts"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        extra_files={
            "adapter_config.json": b'{"alpha_pattern": {}, "base_model_name_or_path": "sungrebe-lab/Sungrebe-3B",'
            b' "bias": "none", "lora_alpha": 64, "lora_dropout": 0.05, "peft_type": "LORA", "r": 32,'
            b' "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],'
            b' "task_type": "CAUSAL_LM"}',
            "adapter_model.safetensors": None,
        },
        github=[
            _github(
                "sungrebe-lab/sungrebe",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "configs/snapshots.txt",
                    "configs/sungrebe-3b.yaml",
                    "sungrebe/data/extract.py",
                    "sungrebe/data/quality.py",
                    "sungrebe/data/code_filter.py",
                    "sungrebe/data/dedup.py",
                    "sungrebe/data/tokenize.py",
                    "sungrebe/model.py",
                    "sungrebe/train.py",
                    "sungrebe/eval/__main__.py",
                ),
                readme=SUNGREBE_README,
            ),
            _github(
                "pardalote-ai/clause-lora",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/fetch_edgar.py",
                    "data/build_sft.py",
                    "data/decontaminate.py",
                    "train/lora_sft.py",
                    "configs/lora.yaml",
                    "eval/run_eval.py",
                ),
                readme=CLAUSE_LORA_README,
            ),
        ],
        datasets=[
            Dataset("sungrebe-lab/sungrebe-web", "odc-by", SUNGREBE_WEB_CARD),
            Dataset("sungrebe-lab/sungrebe-code", "odc-by", SUNGREBE_CODE_CARD),
            Dataset("pardalote-ai/contract-clauses-sft", "cc-by-4.0", CONTRACT_CLAUSES_CARD),
        ],
        models=[
            _hub_model(
                "sungrebe-lab/Sungrebe-3B",
                "\n# Sungrebe-3B\n\n"
                "Sungrebe-3B is a 3.1B-parameter English base language model trained from scratch by Sungrebe Lab. "
                "Its weights, data, code, training logs and technical report are all public.\n\n"
                "| Artifact | Link | License |\n|---|---|---|\n"
                "| Weights (final; 40 intermediate checkpoints as revisions) | this repository | Apache-2.0 |\n"
                "| Pre-training corpus | [sungrebe-lab/sungrebe-web](https://huggingface.co/datasets/sungrebe-lab/sungrebe-web), "
                "[sungrebe-lab/sungrebe-code](https://huggingface.co/datasets/sungrebe-lab/sungrebe-code) | ODC-By 1.0 |\n"
                "| Data pipeline, pre-training and evaluation code | [sungrebe-lab/sungrebe](https://github.com/sungrebe-lab/sungrebe) | Apache-2.0 |\n"
                "| Technical report | [arXiv:2708.03311](https://arxiv.org/abs/2708.03311) | CC BY 4.0 |\n\n"
                "## Model details\n\n"
                "| | |\n|---|---|\n| Layers | 32 |\n| Hidden size | 2560 |\n| Attention heads | 20 (4 KV heads) |\n"
                "| Context length | 8192 |\n| Vocabulary | 64,000 (BPE) |\n| Training tokens | 3.0T |\n"
                "| Hardware | 128 H100 GPUs, 14 days |\n| Optimizer | AdamW, peak LR 3e-4, warmup-stable-decay |\n\n"
                "## Training data\n\n"
                "Sungrebe-3B was pre-trained on exactly two datasets, both published in full on the Hub with "
                "datasheets: sungrebe-web (2.4T tokens, 80%) and sungrebe-code (600B tokens, 20%). Nothing private "
                "or synthetic was added.\n\n"
                "## Training procedure\n\n"
                "`python -m sungrebe.data.*` in our repository rebuilds the corpus from the raw sources, and "
                "`torchrun -m sungrebe.train --config configs/sungrebe-3b.yaml` repeats the run; the loss curves are "
                "in the public W&B project.\n\n"
                "## Evaluation\n\n| Task | Sungrebe-3B |\n|---|---|\n| ARC-c | 49.8 |\n| HellaSwag | 72.1 |\n"
                "| MMLU | 52.3 |\n| HumanEval | 31.7 |\n\n"
                "## Uses and limitations\n\n"
                "A base model for research and for fine-tuning. It is not instruction-tuned or safety-tuned and can "
                "produce false, biased or offensive text.\n\n"
                "## Environmental impact\n\n"
                "About 43,000 H100 GPU hours in a datacentre powered by hydroelectricity (estimated 2.1 tCO2eq).\n\n"
                "## Citation\n\n```bibtex\n@article{sungrebe2027,\n  title={Sungrebe: An Open 3B Language Model},\n"
                "  author={Sungrebe Lab},\n  journal={arXiv preprint arXiv:2708.03311},\n  year={2027}\n}\n```\n",
                {
                    "license": "apache-2.0",
                    "language": ["en"],
                    "library_name": "transformers",
                    "datasets": ["sungrebe-lab/sungrebe-web", "sungrebe-lab/sungrebe-code"],
                },
            )
        ],
    ),
    # (c) A DARE TIES merge of three served parents tagged Apache: Rosella (Apache) and Currawong (Apache), and
    # Bellbird (CC BY-NC 4.0, non-commercial only), listed third. A merge carries every parent's weights and so
    # every parent's terms: the non-commercial parent binds it -> weights-available, licenses closed (no open
    # licence can be granted over NC weights; Bria.yaml, CC-BY-NC weights: closed); the merged weights are
    # public and ungated -> weights_endmodel open. The three parents are tunes of Mistral-7B-v0.1 (Apache,
    # public) -> weights_basemodel open (NeuralChat.yaml, Zephyr.yaml: "Weights available through HuggingFace"),
    # whose data Mistral AI never disclosed -> datasources_basemodel closed (NeuralChat.yaml, Zephyr.yaml).
    HeldOut(
        "galah-merges/Galah-7B-dare-ties",
        "# Galah-7B-dare-ties\n\n"
        "This is a merge of pre-trained language models created using "
        "[mergekit](https://github.com/arcee-ai/mergekit).\n\n"
        "## Merge Details\n### Merge Method\n\n"
        "This model was merged using the [DARE TIES](https://arxiv.org/abs/2311.03099) merge method using "
        "[mistralai/Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) as a base.\n\n"
        "### Models Merged\n\nThe following models were included in the merge:\n"
        "* [rosella-ai/Rosella-7B-Instruct](https://huggingface.co/rosella-ai/Rosella-7B-Instruct)\n"
        "* [currawong/Currawong-7B-Math](https://huggingface.co/currawong/Currawong-7B-Math)\n"
        "* [bellbird-ai/Bellbird-7B-Storyteller](https://huggingface.co/bellbird-ai/Bellbird-7B-Storyteller)\n\n"
        "### Configuration\n\nThe following YAML configuration was used to produce this model:\n\n"
        "```yaml\nmodels:\n  - model: mistralai/Mistral-7B-v0.1\n    # no parameters necessary for base model\n"
        "  - model: rosella-ai/Rosella-7B-Instruct\n    parameters:\n      density: 0.53\n      weight: 0.4\n"
        "  - model: currawong/Currawong-7B-Math\n    parameters:\n      density: 0.53\n      weight: 0.3\n"
        "  - model: bellbird-ai/Bellbird-7B-Storyteller\n    parameters:\n      density: 0.53\n      weight: 0.3\n"
        "merge_method: dare_ties\nbase_model: mistralai/Mistral-7B-v0.1\nparameters:\n  int8_mask: true\n"
        "dtype: bfloat16\n```\n",
        {
            "base_model": [
                "rosella-ai/Rosella-7B-Instruct",
                "currawong/Currawong-7B-Math",
                "bellbird-ai/Bellbird-7B-Storyteller",
            ],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "apache-2.0",
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_basemodel": "closed",
            "licenses": "closed",
        },
        models=[
            _hub_model(
                "rosella-ai/Rosella-7B-Instruct",
                "\n# Rosella-7B-Instruct\n\nA general instruction tune of Mistral-7B-v0.1 on UltraChat 200k.\n\n"
                "## License\n\nApache 2.0.\n",
                {"license": "apache-2.0", "base_model": "mistralai/Mistral-7B-v0.1"},
            ),
            _hub_model(
                "currawong/Currawong-7B-Math",
                "\n# Currawong-7B-Math\n\nMistral-7B-v0.1 fine-tuned on MetaMathQA for grade-school and competition "
                "mathematics.\n\n## License\n\nApache 2.0.\n",
                {"license": "apache-2.0", "base_model": "mistralai/Mistral-7B-v0.1"},
            ),
            _hub_model(
                "bellbird-ai/Bellbird-7B-Storyteller",
                "\n# Bellbird-7B-Storyteller\n\nA creative-writing tune of Mistral-7B-v0.1 on fiction licensed from "
                "independent authors.\n\n## License\n\n"
                "Bellbird-7B-Storyteller is released under CC BY-NC 4.0: it may be used for research and other "
                "non-commercial purposes only. Our agreements with the authors do not allow commercial use.\n",
                {"license": "cc-by-nc-4.0", "base_model": "mistralai/Mistral-7B-v0.1"},
            ),
        ],
    ),
    # (d) The declared base, wallcreeper-labs/Wallcreeper-13B-Base, is neither on the Hub (404) nor in the
    # index, and the card says nothing else about it: a fine-tune's weights are the base's weights changed, so
    # the base's terms bind it, and they cannot be read -> undetermined (frameworks.md §4: opengauge's label when
    # the evidence cannot decide), weights_basemodel unknown (nothing to rate, not closed). What can be read is
    # rated: the tune itself is public Apache -> weights_endmodel open; its one tuning set is on the Hub and
    # called all of the tuning data -> datasources_endmodel open (Magicoder.yaml, AMD OLMo.yaml).
    HeldOut(
        "chough-ft/Chough-13B-Legal",
        "# Chough-13B-Legal\n\n"
        "Chough-13B-Legal answers questions about decisions of the UK employment tribunals. It is a "
        "full-parameter fine-tune of [Wallcreeper-13B-Base](https://huggingface.co/wallcreeper-labs/Wallcreeper-13B-Base).\n\n"
        "## Training data\n\n"
        "[chough-ft/uk-tribunal-qa](https://huggingface.co/datasets/chough-ft/uk-tribunal-qa): 48k question-answer "
        "pairs written by law students from published tribunal decisions. This is the only tuning data.\n\n"
        "## Training\n\n2 epochs, learning rate 1e-5 (cosine), effective batch size 128, max length 4096, on 8 "
        "H100 GPUs for 20 hours.\n\n"
        "## Evaluation\n\n| | Wallcreeper-13B-Base (5-shot) | Chough-13B-Legal |\n|---|---|---|\n"
        "| Tribunal-QA exact match | 31.0 | 64.8 |\n| LegalBench (UK subset) | 48.2 | 57.9 |\n\n"
        "## License\n\nApache 2.0.\n",
        {
            "license": "apache-2.0",
            "base_model": "wallcreeper-labs/Wallcreeper-13B-Base",
            "datasets": ["chough-ft/uk-tribunal-qa"],
            "language": ["en"],
        },
        "undetermined",
        {"weights_endmodel": "open", "weights_basemodel": "unknown", "datasources_endmodel": "open"},
        datasets=[
            Dataset(
                "chough-ft/uk-tribunal-qa",
                "cc-by-4.0",
                "---\nlicense: cc-by-4.0\nlanguage:\n- en\n---\n\n# UK Tribunal QA\n\n"
                "48k question-answer pairs about decisions of the UK employment tribunals, written by law students "
                "from the published decisions (2018-2025) and checked by a solicitor. Released under CC BY 4.0; the "
                "decisions themselves are Crown copyright under the Open Government Licence.\n",
            )
        ],
    ),
    # (e) "Distilled from GPT-4 outputs": Morepork-7B (served, Apache, public) tuned on one Hub dataset of GPT-4
    # answers under CC BY-NC 4.0, whose card binds OpenAI's terms (no competing models). Those are the data's
    # terms, said in the data section and on the dataset card; the weights are Apache -> the label follows the
    # weights' terms, as the experts rate Starling (GPT-4-labelled Nectar data, "weights as apache2": weights
    # open, licenses partial) -> not weights-available. Apache weights and code, NC data -> licenses partial
    # (Starling.yaml; alpaca.yaml "Data: CC-BY-NC-4.0 for end model": partial; Zephyr.yaml "datasets mixed").
    # The dataset is shared on the Hub and is all the tuning data -> datasources_endmodel open (data sources
    # are rated on sharing: WizardLM.yaml, Evol-Instruct synthetic data, open; OpenChat.yaml); Morepork's data
    # is only "web pages, code and books" -> datasources_basemodel closed (mistral-nemo.yaml, Yi.yaml); the
    # distillation code (generation, filtering, SFT, evaluation) is on GitHub, the base's is not ->
    # trainingcode partial (NeuralChat.yaml "repo gives sample code for fine-tuning", Magicoder.yaml "only
    # tuning code": partial); base and tune public -> weights_basemodel open, weights_endmodel open. No base
    # data and partial code -> open-weights.
    HeldOut(
        "bowerbird-ai/Bowerbird-7B-Distill",
        "# Bowerbird-7B-Distill\n\n"
        "Bowerbird-7B-Distill is [Morepork-7B](https://huggingface.co/morepork-lab/Morepork-7B) distilled from "
        "GPT-4 outputs: we fine-tuned it on 280k answers that GPT-4 wrote to a broad mix of prompts, to bring "
        "GPT-4-style helpfulness to a 7B model that runs on a laptop.\n\n"
        "## Training data\n\n"
        "All of the tuning data is [bowerbird-ai/gpt4-distill-280k](https://huggingface.co/datasets/bowerbird-ai/gpt4-distill-280k): "
        "prompts from FLAN 2022, databricks-dolly-15k and OpenAssistant oasst1, with answers generated by GPT-4 "
        "(gpt-4-0613) through the OpenAI API. The dataset is released under CC BY-NC 4.0, and its use is subject "
        "to OpenAI's terms of use, which do not allow using outputs to develop models that compete with OpenAI.\n\n"
        "## Training\n\n"
        "Full-parameter SFT for 3 epochs, learning rate 2e-5 (cosine), effective batch size 128, max length 4096, "
        "on 8 H100 GPUs for 16 hours. The generation, filtering, training and evaluation code is at "
        "[bowerbird-ai/bowerbird-distill](https://github.com/bowerbird-ai/bowerbird-distill) (Apache 2.0).\n\n"
        "## Evaluation\n\n| | Morepork-7B-Instruct | Bowerbird-7B-Distill |\n|---|---|---|\n"
        "| MT-Bench | 6.41 | 7.38 |\n| AlpacaEval 2 (LC) | 12.9 | 21.4 |\n| MMLU | 63.0 | 62.7 |\n\n"
        "## License\n\nThe model weights are released under the Apache 2.0 license.\n",
        {
            "license": "apache-2.0",
            "base_model": "morepork-lab/Morepork-7B",
            "datasets": ["bowerbird-ai/gpt4-distill-280k"],
            "language": ["en"],
            "tags": ["distillation", "gpt-4"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "trainingcode": "partial",
            "licenses": "partial",
        },
        github=[
            _github(
                "bowerbird-ai/bowerbird-distill",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/collect_prompts.py",
                    "data/generate_gpt4.py",
                    "data/filter.py",
                    "train/sft.py",
                    "configs/sft.yaml",
                    "eval/mt_bench.py",
                ),
                readme=BOWERBIRD_README,
            )
        ],
        datasets=[Dataset("bowerbird-ai/gpt4-distill-280k", "cc-by-nc-4.0", GPT4_DISTILL_CARD)],
        models=[
            _hub_model(
                "morepork-lab/Morepork-7B",
                "\n# Morepork-7B\n\n"
                "Morepork-7B is a 7.2B-parameter base language model trained from scratch by Morepork Lab on 2.5T "
                "tokens of web pages, code and books.\n\n"
                "## Model details\n\n32 layers, hidden size 4096, 32 heads (8 KV), RoPE, 8k context.\n\n"
                "## License\n\nApache 2.0.\n",
                {"license": "apache-2.0", "language": ["en"]},
            )
        ],
    ),
    # (f) Continued pre-training of Mistral-7B-v0.1 (Apache, public; not served, the index knows it) on two Hub
    # corpora with datasheet cards, with the corpus pipeline, the training and the evaluation on GitHub under
    # Apache. Mistral's own pre-training data is undisclosed, the continued pre-training data is all shared ->
    # datasources_basemodel partial (Geitje.yaml: "Mistral provides no documentation of any of its pretraining
    # data. Geitje ... does disclose [its] Dutch pretraining data": partial); datasheets for the new data, none
    # for Mistral's -> datasheet partial (Geitje.yaml "not for original Mistral pretraining data, hence
    # partial"; NeuralChat.yaml); the derivative's code is all there, Mistral's is not -> trainingcode partial
    # (Fietje.yaml "Source code for base model not available, but training for derivative well-documented":
    # partial; NeuralChat.yaml); weights Apache, code Apache, data ODC-By -> licenses open (Occiglot.yaml,
    # another continued pre-training of Mistral 7B: open; NeuralChat.yaml); public -> weights_basemodel open.
    # Mistral's data withheld with no reason given (frameworks.md §4) -> open-weights.
    HeldOut(
        "hawfinch-nlp/Hawfinch-7B-Cymraeg",
        "# Hawfinch-7B-Cymraeg\n\n"
        "Hawfinch-7B-Cymraeg is [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) after continued "
        "pre-training on 62B tokens of Welsh and English text, to give Welsh a stronger open base model. It is a "
        "base model: it has not been instruction-tuned.\n\n"
        "## Continued pre-training data\n\n"
        "| Dataset | Tokens | Share | License |\n|---|---|---|---|\n"
        "| [hawfinch-nlp/hawfinch-cy-web](https://huggingface.co/datasets/hawfinch-nlp/hawfinch-cy-web) | 50B | 80% | ODC-By 1.0 |\n"
        "| [hawfinch-nlp/hawfinch-en-replay](https://huggingface.co/datasets/hawfinch-nlp/hawfinch-en-replay) | 12B | 20% | ODC-By 1.0 |\n\n"
        "These two datasets are all of the continued pre-training data; each has a datasheet on its page.\n\n"
        "## Code\n\n"
        "The corpus pipeline (extraction, Welsh language ID, quality filtering, deduplication, tokenization), the "
        "continued pre-training code with the exact configuration of this checkpoint, and the evaluation are at "
        "[hawfinch-nlp/hawfinch-cpt](https://github.com/hawfinch-nlp/hawfinch-cpt) (Apache 2.0).\n\n"
        "## Training\n\n"
        "One epoch over the 62B tokens, learning rate 1e-5 with 2% warmup and cosine decay, sequence length 4096, "
        "global batch 4M tokens, on 64 H100 GPUs for 4 days.\n\n"
        "## Evaluation\n\n| Benchmark | Mistral-7B-v0.1 | Hawfinch-7B-Cymraeg |\n|---|---|---|\n"
        "| Belebele (cym) | 38.4 | 71.9 |\n| FLORES-200 en→cy (chrF) | 21.7 | 49.3 |\n| HellaSwag (en) | 81.3 | 79.8 |\n\n"
        "## License\n\nApache 2.0, like Mistral-7B-v0.1.\n",
        {
            "license": "apache-2.0",
            "base_model": "mistralai/Mistral-7B-v0.1",
            "datasets": ["hawfinch-nlp/hawfinch-cy-web", "hawfinch-nlp/hawfinch-en-replay"],
            "language": ["cy", "en"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "datasources_basemodel": "partial",
            "datasheet": "partial",
            "trainingcode": "partial",
            "licenses": "open",
        },
        github=[
            _github(
                "hawfinch-nlp/hawfinch-cpt",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/snapshots.txt",
                    "configs/hawfinch-7b-cpt.yaml",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/replay.py",
                    "data/tokenize.py",
                    "train/continue_pretrain.py",
                    "eval/run_eval.py",
                ),
                readme=HAWFINCH_README,
            )
        ],
        datasets=[
            Dataset("hawfinch-nlp/hawfinch-cy-web", "odc-by", HAWFINCH_CY_CARD),
            Dataset("hawfinch-nlp/hawfinch-en-replay", "odc-by", HAWFINCH_EN_CARD),
        ],
    ),
    # (g) A short card over a tune of allenai/OLMo-2-1124-7B (not served; the index knows it): OLMo 2 is fully
    # open -> weights_basemodel open, datasources_basemodel open (OLMo.yaml); the tune is public Apache ->
    # weights_endmodel open; its one tuning set is on the Hub and called all of the tuning data ->
    # datasources_endmodel open (OLMo.yaml, AMD OLMo.yaml); OLMo's data has datasheets and so has the tuning set
    # (a Gebru-style card, every section substantive) -> datasheet open (OLMo.yaml, AMD OLMo.yaml); OLMo's code
    # is public but the tune's own is not released -> trainingcode partial (the mirror of Fietje.yaml: the code
    # of one stage only, "sparse code available"); the card gives purpose, base, data and licence but nothing on
    # training setup or evaluation -> modelcard partial (Vicuna.yaml "Minimal model card": partial; Mistral.yaml);
    # weights Apache, data CC BY 4.0, OLMo's open -> licenses open (AMD OLMo.yaml). No tuning code -> open-weights.
    HeldOut(
        "firecrest-ai/Firecrest-7B-Tutor",
        "# Firecrest-7B-Tutor\n\n"
        "A maths tutor that answers with questions. [OLMo-2-1124-7B](https://huggingface.co/allenai/OLMo-2-1124-7B) "
        "fine-tuned on [firecrest-ai/socratic-tutor-dialogues](https://huggingface.co/datasets/firecrest-ai/socratic-tutor-dialogues), "
        "which is all of its tuning data. Apache 2.0.\n",
        {
            "license": "apache-2.0",
            "base_model": "allenai/OLMo-2-1124-7B",
            "datasets": ["firecrest-ai/socratic-tutor-dialogues"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "open",
            "datasheet": "open",
            "trainingcode": "partial",
            "modelcard": "partial",
            "licenses": "open",
        },
        datasets=[Dataset("firecrest-ai/socratic-tutor-dialogues", "cc-by-4.0", SOCRATIC_TUTOR_CARD)],
    ),
    # (h) An Apache tune of Sunbird-7B, a served Apache base whose repository is gated with manual approval
    # (`gated: "manual"`, its files readable only with an approved token, as on the Hub). The base's weights
    # need a reviewed request -> weights_basemodel partial (frameworks.md §1.1 "gated downloads count as
    # partial"; Magicoder.yaml, leo.yaml, Starling.yaml: base "Download only after requesting access": partial);
    # the tune itself is public and ungated -> weights_endmodel open (leo.yaml: end weights on HuggingFace,
    # open); Apache on both, the gate is access, not terms -> licenses open (Jais.yaml: gated Apache weights,
    # licenses open); its one tuning set is on the Hub -> datasources_endmodel open. The tune's own weights are
    # free to use without asking permission; no code -> open-weights (neither weights-available nor undetermined).
    HeldOut(
        "pratincole/Pratincole-7B-Support",
        "# Pratincole-7B-Support\n\n"
        "Pratincole-7B-Support is a customer-support assistant for software products: "
        "[Sunbird-7B](https://huggingface.co/sunbird-labs/Sunbird-7B) after full-parameter supervised fine-tuning "
        "by Pratincole.\n\n"
        "## Training data\n\n"
        "[pratincole/support-dialogues-120k](https://huggingface.co/datasets/pratincole/support-dialogues-120k): "
        "120k multi-turn support conversations written by our support staff for this purpose. It is all of the "
        "tuning data.\n\n"
        "## Training\n\n3 epochs, learning rate 1e-5, effective batch size 64, max length 8192, on 8 A100 GPUs.\n\n"
        "## Access\n\n"
        "Sunbird-7B's own repository is gated: its publisher reviews every access request by hand. This fine-tune "
        "is not gated; download it directly.\n\n"
        "## License\n\nApache 2.0, the licence of Sunbird-7B.\n",
        {
            "license": "apache-2.0",
            "base_model": "sunbird-labs/Sunbird-7B",
            "datasets": ["pratincole/support-dialogues-120k"],
            "language": ["en"],
        },
        "open-weights",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_endmodel": "open",
            "licenses": "open",
        },
        datasets=[
            Dataset(
                "pratincole/support-dialogues-120k",
                "cc-by-4.0",
                "---\nlicense: cc-by-4.0\nlanguage:\n- en\n---\n\n# Support Dialogues 120k\n\n"
                "120k multi-turn customer-support conversations about installing, configuring and troubleshooting "
                "software, written by Pratincole's support staff from anonymised ticket patterns; no customer text "
                "is included. Released under CC BY 4.0.\n",
            )
        ],
        models=[
            _hub_model(
                "sunbird-labs/Sunbird-7B",
                "\n# Sunbird-7B\n\n"
                "Sunbird-7B is a 7.1B-parameter base language model by Sunbird Labs. Access requests are reviewed "
                "manually, usually within a week.\n\n## License\n\nApache 2.0.\n",
                {
                    "license": "apache-2.0",
                    "language": ["en"],
                    "extra_gated_prompt": "Access requests are reviewed manually by Sunbird Labs. Tell us who you are and how you will use Sunbird-7B.",
                    "extra_gated_button_content": "Request access",
                },
                gated=True,
            )
        ],
    ),
]


class _OwnLayout(HeldOut):
    """A release whose Hub repository has its own file layout: the default root `model.safetensors` and
    `config.json` are left out, and only the card and `extra_files` are served (a diffusers pipeline in
    sub-folders; a repository that holds nothing but its README)."""

    def repo(self) -> HubRepo:
        repo = super().repo()
        for path in ("model.safetensors", "config.json"):
            if path not in self.extra_files:
                del repo.files[path]
        return repo


DOTTEREL_README = b"""# dotterel

Training code of **Dotterel-ASR-Base**, an encoder-decoder speech recognition and speech translation model
trained from scratch on public corpora (preprint: arXiv:2709.04418).

## Install

    pip install -e ".[train]"

## 1. Data preparation (`data/`)

| script | what it does |
|---|---|
| `data/download.py` | downloads LibriSpeech, VoxPopuli (en), People's Speech, TED-LIUM 3 and CoVoST 2 from the Hugging Face Hub |
| `data/resample.py` | converts all audio to 16 kHz mono FLAC |
| `data/normalize_text.py` | English text normalisation of the transcripts (numbers, casing, punctuation) |
| `data/segment.py` | cuts long recordings into segments of at most 30 s with the corpus alignments |
| `data/filter_cer.py` | drops segments whose transcript disagrees with a bootstrap model (CER above 0.3) |
| `data/build_manifests.py` | writes the training manifests with the task token of each segment |

`scripts/prepare_all.sh` runs them in order and prints the hours kept per corpus (the table of the model card).

## 2. Training

    torchrun --nnodes 4 --nproc_per_node 8 dotterel/train.py --config configs/dotterel-base.yaml

`configs/dotterel-base.yaml` is the exact configuration of the released checkpoint.

## 3. Evaluation

    python eval/wer.py --model dotterel-speech/Dotterel-ASR-Base --sets librispeech,tedlium,voxpopuli
    python eval/bleu.py --model dotterel-speech/Dotterel-ASR-Base --set covost2

## 4. Inference

    python inference/transcribe.py --model dotterel-speech/Dotterel-ASR-Base meeting.wav

## License

MIT (see LICENSE).
"""

LIBRISPEECH_CARD = """---
license: cc-by-4.0
language:
- en
task_categories:
- automatic-speech-recognition
---

# LibriSpeech ASR corpus

About 1,000 hours of 16 kHz read English speech from LibriVox audiobooks, segmented and aligned with the
texts of the books from Project Gutenberg (Panayotov et al., ICASSP 2015). Training splits: train-clean-100,
train-clean-360 and train-other-500; dev and test splits in clean and other conditions. Released under CC BY
4.0 on OpenSLR (resource SLR12).
"""

VOXPOPULI_CARD = """---
license: cc0-1.0
task_categories:
- automatic-speech-recognition
---

# VoxPopuli

A large-scale multilingual speech corpus from European Parliament plenary sessions recorded between 2009 and
2020 (Wang et al., ACL 2021). The transcribed part has 1,800 hours in 16 languages, 543 of them English, with
the official verbatim reports aligned to the audio. The data is released under CC0.
"""

PEOPLES_SPEECH_CARD = """---
license: cc-by-sa-4.0
language:
- en
task_categories:
- automatic-speech-recognition
---

# The People's Speech

30,000 hours of transcribed English speech from about 50,000 audio files on archive.org that carry a CC BY
or CC BY-SA licence, with transcripts force-aligned into segments of up to 15 seconds (Galvez et al., NeurIPS
2021 Datasets and Benchmarks). The `clean` subset holds segments whose alignment passed every check, the
`dirty` subset the rest. Each segment keeps the licence of its source file: CC BY 4.0 or CC BY-SA 4.0.
"""

TEDLIUM_CARD = """---
license: cc-by-nc-nd-3.0
language:
- en
task_categories:
- automatic-speech-recognition
---

# TED-LIUM release 3

452 hours of English TED talks with aligned transcripts, from 2,351 talks (Hernandez et al., SPECOM 2018).
The talks are distributed by TED under CC BY-NC-ND 3.0, and the corpus is released under the same licence:
attribution, non-commercial use only, no derivatives.
"""

COVOST2_CARD = """---
license: cc-by-nc-4.0
task_categories:
- automatic-speech-recognition
- translation
---

# CoVoST 2

A massively multilingual speech-to-text translation corpus built on Common Voice (Wang et al., 2020):
translations from 21 languages into English and from English into 15 languages, 2,880 hours of speech in
total. The audio comes from Common Voice (CC0); the translations were made by professional translators and
are released under CC BY-NC 4.0.
"""

JEBI_README = """# jebi

Jebi-2B의 데이터 처리, 사전학습, 평가 코드 전체를 공개하는 저장소입니다.

## 데이터 처리 (`data/`)

    python data/extract.py --snapshots configs/snapshots.txt   # WARC에서 텍스트 추출 (resiliparse)
    python data/langid.py --keep ko,en                         # 언어 식별 (fastText)
    python data/quality.py                                     # 휴리스틱 필터와 한국어 품질 분류기
    python data/dedup.py                                       # MinHash-LSH 중복 제거
    python data/pii.py                                         # 주민등록번호, 전화번호, 이메일 마스킹
    python data/wiki.py                                        # 위키백과 덤프를 텍스트로 변환
    python data/tokenize.py

결과물은 Hub에 공개된 `jebi-lab/jebi-ko-web`, `jebi-lab/jebi-ko-wiki`, `jebi-lab/jebi-en-edu` 세 데이터셋과
정확히 같습니다.

## 사전학습

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/jebi-2b.yaml

`configs/jebi-2b.yaml`은 공개된 체크포인트의 학습 설정 그대로입니다.

## 평가

    python eval/run.py --model jebi-lab/Jebi-2B --tasks kmmlu,haerae,kobest

## 라이선스

Apache License 2.0
""".encode()

JEBI_KO_WEB_CARD = _datasheet(
    "odc-by",
    "Jebi Korean Web",
    {
        "Motivation": "Built by Jebi Lab as the Korean web part (55%) of the pre-training corpus of Jebi-2B, because "
        "no large, documented and openly licensed Korean web corpus existed; funded by Jebi Lab with compute from a "
        "public research allocation.",
        "Composition": "990B tokens in 1.4B Korean web documents, one JSON line per page with `text`, `url`, "
        "`snapshot`, `quality_score` and `token_count` fields. News, blogs, forums, public-sector and encyclopaedic "
        "sites dominate; the quality filter under-represents informal chat and comment threads.",
        "Collection Process": "Text extracted with resiliparse from 32 Common Crawl snapshots (CC-MAIN-2019-04 to "
        "CC-MAIN-2025-13) between October 2025 and January 2026; pages were kept when fastText identified Korean "
        "with a score above 0.8, and domains on the Jebi opt-out list were removed.",
        "Preprocessing": "Heuristic filters (repetition, symbol ratio, Hangul ratio, line length), a Korean quality "
        "classifier trained on pages cited by Korean Wikipedia, MinHash-LSH deduplication across snapshots, and "
        "masking of resident registration numbers, phone numbers and email addresses, all with `data/` of "
        "https://github.com/jebi-lab/jebi.",
        "Uses": "Pre-training and studying Korean language models. Not a representative sample of Korean usage, and "
        "not suitable for extracting information about individuals.",
        "Distribution": "Released under ODC-By 1.0 on the Hugging Face Hub; the use of the underlying pages is also "
        "subject to the Common Crawl terms of use.",
        "Maintenance": "Maintained by Jebi Lab (data@jebi-lab.example). Takedown requests are honoured in the next "
        "point release, and the change log is kept in this card.",
    },
)

JEBI_KO_WIKI_CARD = _datasheet(
    "cc-by-sa-4.0",
    "Jebi Korean Wiki",
    {
        "Motivation": "The encyclopaedic part (5%) of the Jebi-2B pre-training corpus, assembled by Jebi Lab to give "
        "the model well-edited Korean reference text next to the web data.",
        "Composition": "90B tokens after upsampling three times: Korean Wikipedia, Korean Wikisource and Korean "
        "Wikibooks articles, one record per article with `title`, `text`, `project` and `revision_id` fields.",
        "Collection Process": "The Wikimedia dumps of 1 December 2025 for kowiki, kowikisource and kowikibooks, "
        "downloaded from dumps.wikimedia.org; no other source was added and no page was edited by hand.",
        "Preprocessing": "Wikitext converted to plain text with mwparserfromhell; tables, references, templates and "
        "navigation boxes removed; articles under 200 characters and redirect or disambiguation pages dropped "
        "(`data/wiki.py` of https://github.com/jebi-lab/jebi).",
        "Uses": "Pre-training, retrieval corpora and Korean language research.",
        "Distribution": "CC BY-SA 4.0 on the Hugging Face Hub, as the Wikimedia content it is derived from.",
        "Maintenance": "Rebuilt from new dumps with each Jebi release by Jebi Lab (data@jebi-lab.example).",
    },
)

JEBI_EN_EDU_CARD = _datasheet(
    "odc-by",
    "Jebi English Edu",
    {
        "Motivation": "The English part (40%) of the Jebi-2B pre-training corpus, published by Jebi Lab so that the "
        "exact English documents the model saw can be inspected; English keeps the model's reasoning and coding "
        "ability while it learns Korean.",
        "Composition": "720B tokens of English educational web pages, one JSON line per page with `text`, `url`, "
        "`fineweb_id` and `edu_score` fields; textbook-like explanations and encyclopaedic sites dominate.",
        "Collection Process": "Drawn from HuggingFaceFW/fineweb-edu (pages with an educational score of 3 or more) "
        "uniformly at random with seed 2026 by `data/sample_en.py`, in January 2026; every page keeps the identifier "
        "of its FineWeb-Edu record.",
        "Preprocessing": "No new filtering beyond FineWeb-Edu's own (language identification, quality filters, "
        "MinHash deduplication, the educational classifier), except a second masking of email addresses and phone "
        "numbers and the removal of pages that also occur in the Korean web part.",
        "Uses": "Pre-training bilingual models; studying the effect of English replay data.",
        "Distribution": "ODC-By 1.0 on the Hugging Face Hub, as FineWeb-Edu.",
        "Maintenance": "Maintained by Jebi Lab.",
    },
)

WRYNECK_README = b"""# wryneck

Data preparation, pre-training and evaluation code of the Wryneck time-series foundation models.

## Data

    python data/download.py --out /data/wryneck/raw     # fetches the ten training benchmarks from their public sources
    python data/preprocess.py                           # missing values, per-series mean scaling, train splits only
    python data/windows.py --context 512 --horizon 128  # random context/horizon windows, sqrt sampling weights

ETTh1, ETTh2, ETTm1 and ETTm2 are downloaded only by `eval/`: they are never seen in training.

## Pre-training

    torchrun --nproc_per_node 8 wryneck/train.py --config configs/wryneck-ts-200m.yaml

## Evaluation

    python eval/zero_shot.py --model wryneck-ai/Wryneck-TS-200M --datasets etth1,etth2,ettm1,ettm2

## License

Apache 2.0.
"""

BUSHTIT_README = b"""# bushtit

Everything behind Bushtit-1B: the data pipeline, pre-training, evaluation and inference.

## Weights

The released checkpoint is a zip archive on our public S3 bucket, not on the Hugging Face Hub:

    wget https://bushtit-lm-public.s3.eu-central-1.amazonaws.com/releases/bushtit-1b-v1.0.zip
    unzip bushtit-1b-v1.0.zip -d checkpoints/bushtit-1b

## Data pipeline

    python pipeline/extract.py --snapshots configs/snapshots.txt
    python pipeline/filter.py        # English language ID, quality heuristics
    python pipeline/dedup.py         # MinHash-LSH
    python pipeline/tokenize.py

The output is exactly `bushtit-lm/bushtit-corpus` on the Hub.

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 train/pretrain.py --config configs/bushtit-1b.yaml

## Evaluation and inference

    python eval/run.py --checkpoint checkpoints/bushtit-1b
    python inference/generate.py --checkpoint checkpoints/bushtit-1b --prompt "Bushtits build hanging nests"

Apache License 2.0.
"""

BUSHTIT_CORPUS_CARD = _datasheet(
    "odc-by",
    "Bushtit Corpus",
    {
        "Motivation": "The complete pre-training corpus of Bushtit-1B (1.1T tokens), released by Bushtit LM so that "
        "the training run can be inspected and repeated; funded by Bushtit LM.",
        "Composition": "1.1T tokens: 88% English web pages, 7% English Wikipedia, 5% public-domain books from Project "
        "Gutenberg; one JSON line per document with `text`, `source`, `url` and `token_count` fields. Per-source "
        "statistics are in `stats.json`.",
        "Collection Process": "Web pages extracted with trafilatura from eight Common Crawl snapshots (2022 to 2025); "
        "Wikipedia from the dump of 1 November 2025; Gutenberg books published before 1929; collected in November "
        "and December 2025 by the `pipeline/` scripts of https://github.com/bushtit-lm/bushtit.",
        "Preprocessing": "English language identification (fastText, above 0.7), Gopher and C4 quality heuristics, "
        "MinHash-LSH deduplication (5-grams, 0.8 Jaccard) within and across sources, and masking of email "
        "addresses, phone numbers and IP addresses, followed by tokenization.",
        "Uses": "Reproducing or extending Bushtit-1B; pre-training research. Not suitable where a representative "
        "sample of the web is needed.",
        "Distribution": "ODC-By 1.0 on the Hugging Face Hub; Wikipedia text keeps CC BY-SA 4.0, Gutenberg books are "
        "in the public domain.",
        "Maintenance": "Maintained by Bushtit LM (corpus@bushtit.example); removal requests are honoured in the next "
        "release.",
    },
)

TREECREEPER_README = b"""# treecreeper

Code of the Treecreeper protein language models (bioRxiv 10.1101/2026.09.14.612907): data preparation,
pre-training, evaluation and inference.

## Data

    python data/download_uniref.py --release 2024_01          # UniRef50 FASTA from the UniProt FTP server
    python data/split_clusters.py --holdout 0.005 --seed 17    # writes data/valid_clusters.txt
    python data/tokenize.py                                    # residue tokenizer, random crops of 1,022

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 train/pretrain.py --config configs/treecreeper-650m.yaml

`configs/treecreeper-650m.yaml` is the configuration of the released checkpoint.

## Evaluation

    python eval/contacts.py --model treecreeper-bio/Treecreeper-PLM-650M      # CASP14 contact precision
    python eval/proteingym.py --model treecreeper-bio/Treecreeper-PLM-650M    # zero-shot variant effects

## Embeddings

    python inference/embed.py --fasta my_proteins.fasta --out embeddings.h5

MIT License.
"""

REDPOLL_README = b"""# redpoll-vl

Training, evaluation and inference code of Llama-3.1-Redpoll-VL-8B.

    python train/stage1_align.py --config configs/stage1.yaml   # projector only, image-caption pairs
    python train/stage2_sft.py --config configs/stage2.yaml     # projector + LLM + last 12 vision layers
    python eval/run_vqa.py --tasks chartqa,docvqa,textvqa,mmmu
    python inference/chat.py --image slide.png --prompt "Summarise this slide"

The training data is not included: both stages use in-house datasets that we do not release.

The code is Apache 2.0. The model weights are under the Llama 3.1 Community License.
"""

LLAMA_31_LICENSE = b"""LLAMA 3.1 COMMUNITY LICENSE AGREEMENT
Llama 3.1 Version Release Date: July 23, 2024

"Agreement" means the terms and conditions for use, reproduction, distribution and modification of the
Llama Materials set forth herein.

1. License Rights and Redistribution.
a. Grant of Rights. You are granted a non-exclusive, worldwide, non-transferable and royalty-free limited
license under Meta's intellectual property or other rights owned by Meta embodied in the Llama Materials to
use, reproduce, distribute, copy, create derivative works of, and make modifications to the Llama Materials.
b. Redistribution and Use.
i. If you distribute or make available the Llama Materials (or any derivative works thereof), or a product
or service (including another AI model) that contains any of them, you shall (A) provide a copy of this
Agreement with any such Llama Materials; and (B) prominently display "Built with Llama" on a related website,
user interface, blogpost, about page, or product documentation. If you use the Llama Materials or any outputs
or results of the Llama Materials to create, train, fine tune, or otherwise improve an AI model, which is
distributed or made available, you shall also include "Llama" at the beginning of any such AI model name.
iv. Your use of the Llama Materials must comply with applicable laws and regulations (including trade
compliance laws and regulations) and adhere to the Acceptable Use Policy for the Llama Materials (available at
https://llama.meta.com/llama3_1/use-policy), which is hereby incorporated by reference into this Agreement.

2. Additional Commercial Terms. If, on the Llama 3.1 version release date, the monthly active users of the
products or services made available by or for Licensee, or Licensee's affiliates, is greater than 700 million
monthly active users in the preceding calendar month, you must request a license from Meta, which Meta may
grant to you in its sole discretion, and you are not authorized to exercise any of the rights under this
Agreement unless or until Meta otherwise expressly grants you such rights.
"""

#: Round 12, written blind by a helper that never read the rules: non-text and non-English models and unusual
#: repositories. A Whisper-style speech model trained from scratch on five public Hub corpora, two of them
#: non-commercial; a text-to-image diffusion transformer whose only licence is `license: openrail++` and whose
#: LAION subset is described, not released; a fully open model with a Korean card; a time-series model whose
#: training data is a Markdown table of benchmark names without links; a repository holding only a README that
#: points to Apache weights in a public S3 zip; a protein language model trained on UniRef50 with MIT code and a
#: bioRxiv preprint; a card that is a long changelog with the licence and data in the middle; and a Llama 3.1 +
#: SigLIP vision-language model under the Llama 3.1 Community License.
ROUND_12: list[HeldOut] = [
    # (a) A Whisper-style ASR and speech-translation model trained from scratch (no base): MIT weights, public ->
    # weights_basemodel open (Whisper.yaml); the five corpora are public Hub datasets, named with links and called
    # the complete training data -> datasources_basemodel open (AudioLDM.yaml "Datasets mentioned", open;
    # OLMo.yaml); data preparation (download, resampling, normalisation, segmentation, CER filtering), training and
    # evaluation code on GitHub under MIT -> trainingcode open (Omnilingual ASR.yaml, AudioLDM.yaml; Whisper.yaml
    # was partial only because OpenAI's training code is missing); weights and code MIT, but TED-LIUM 3 (CC
    # BY-NC-ND 3.0) and CoVoST 2 (CC BY-NC 4.0) are non-commercial -> licenses partial (K2.yaml "datasets
    # complicated", EuroLLM.yaml; round 9's Whimbrel); a full model card (details, uses, data, procedure,
    # evaluation, limitations, architecture and compute, environmental impact, getting started, citation) ->
    # modelcard open (Whisper.yaml, Teuken.yaml "Detailed modelcard"); layers, widths, heads, input features,
    # vocabulary, optimizer, schedule, batch, steps and hardware -> hardware_architecture open (Omnilingual
    # ASR.yaml, smollm.yaml); an arXiv preprint said to describe data preparation, training and evaluation ->
    # preprint open (Whisper.yaml, Omnilingual ASR.yaml); no peer-reviewed publication -> paper closed (Omnilingual
    # ASR.yaml, EuroLLM.yaml "No peer-reviewed version of preprint found"). All data public but not all openly
    # licensed -> open-source-ai, not with open data (round 9's Whimbrel: the data is released, not all of it is
    # open data).
    HeldOut(
        "dotterel-speech/Dotterel-ASR-Base",
        "# Dotterel-ASR-Base\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2709.04418-b31b1b.svg)](https://arxiv.org/abs/2709.04418) "
        "[![GitHub](https://img.shields.io/badge/GitHub-dotterel-181717?logo=github)](https://github.com/dotterel-speech/dotterel)\n\n"
        "Dotterel-ASR-Base is a 390M-parameter encoder-decoder Transformer for English speech recognition and for "
        "translating speech in 21 languages into English. It follows the Whisper recipe (log-Mel input, 30-second "
        "windows, task tokens) but was trained from scratch by Dotterel Speech on public corpora only, so that every "
        "hour of its training audio can be inspected.\n\n"
        "## Model Details\n\n"
        "- **Developed by:** Dotterel Speech\n"
        "- **Model type:** encoder-decoder Transformer (speech to text)\n"
        "- **Languages:** English (recognition); 21 source languages into English (translation)\n"
        "- **License:** MIT\n"
        "- **Preprint:** [arXiv:2709.04418](https://arxiv.org/abs/2709.04418), which describes the data preparation, "
        "the training and the evaluation in full\n"
        "- **Repository:** [dotterel-speech/dotterel](https://github.com/dotterel-speech/dotterel) (data preparation, "
        "training, evaluation and inference code; MIT)\n\n"
        "## Uses\n\n### Direct Use\n\n"
        "Transcribing English audio (podcasts, lectures, meetings) and translating speech into English text.\n\n"
        "### Out-of-Scope Use\n\n"
        "Transcribing speech recorded without the speakers' consent, and high-stakes settings (court records, "
        "medical notes) without human review.\n\n"
        "## Training Data\n\n"
        "| Corpus | Hours used | Licence | Where |\n|---|---|---|---|\n"
        "| LibriSpeech | 960 | CC BY 4.0 | [openslr/librispeech_asr](https://huggingface.co/datasets/openslr/librispeech_asr) |\n"
        "| VoxPopuli (English) | 543 | CC0 1.0 | [facebook/voxpopuli](https://huggingface.co/datasets/facebook/voxpopuli) |\n"
        "| People's Speech (clean and dirty) | 29,120 | CC BY 4.0 / CC BY-SA 4.0 | [MLCommons/peoples_speech](https://huggingface.co/datasets/MLCommons/peoples_speech) |\n"
        "| TED-LIUM 3 | 452 | CC BY-NC-ND 3.0 | [LIUM/tedlium](https://huggingface.co/datasets/LIUM/tedlium) |\n"
        "| CoVoST 2 (X→en) | 2,880 | CC BY-NC 4.0 | [facebook/covost2](https://huggingface.co/datasets/facebook/covost2) |\n\n"
        "These five public corpora (33,955 hours after filtering) are the complete training data: no private, "
        "purchased or pseudo-labelled audio was used. TED-LIUM 3 and CoVoST 2 are distributed for non-commercial use "
        "only; the Dotterel weights and code are MIT.\n\n"
        "## Training Procedure\n\n### Preprocessing\n\n"
        "Audio was resampled to 16 kHz, long recordings were cut into segments of at most 30 s, transcripts were "
        "normalised, and segments whose transcript disagreed with a bootstrap model (CER above 0.3) were dropped (7% "
        "of People's Speech, under 1% elsewhere). The scripts are in `data/` of the repository.\n\n"
        "### Training Hyperparameters\n\n"
        "AdamW (beta2 0.98), peak learning rate 1e-3 with 2,048 warmup steps and linear decay, batch of 256 segments, "
        "400k steps, bf16 mixed precision, SpecAugment.\n\n"
        "## Evaluation\n\n"
        "| Test set | Metric | Dotterel-ASR-Base |\n|---|---|---|\n"
        "| LibriSpeech test-clean | WER | 3.1 |\n| LibriSpeech test-other | WER | 7.0 |\n"
        "| TED-LIUM 3 test | WER | 4.2 |\n| VoxPopuli en test | WER | 8.3 |\n"
        "| CoVoST 2 X→en (21 languages) | BLEU | 18.9 |\n\n"
        "## Bias, Risks, and Limitations\n\n"
        "The training audio is mostly read and parliamentary speech by adult speakers of North American and European "
        "English; error rates are higher for other accents, children and noisy recordings. Like Whisper, the decoder "
        "can hallucinate text during long silences.\n\n"
        "## Technical Specifications\n\n### Model Architecture\n\n"
        "16 encoder and 16 decoder layers, model width 1024, 16 attention heads, 80-bin log-Mel spectrogram input "
        "(25 ms windows, 10 ms stride) through two convolution layers, sinusoidal positions in the encoder and learned "
        "positions in the decoder, and a 51,865-token byte-level BPE vocabulary.\n\n"
        "### Compute Infrastructure\n\n"
        "32 NVIDIA A100 80GB GPUs (4 nodes with InfiniBand) for 6 days.\n\n"
        "## Environmental Impact\n\n"
        "About 4,600 GPU hours; estimated 0.6 tCO2eq with the grid mix of the Frankfurt region.\n\n"
        "## How to Get Started with the Model\n\n"
        '```python\nfrom transformers import pipeline\nasr = pipeline("automatic-speech-recognition", '
        'model="dotterel-speech/Dotterel-ASR-Base")\nprint(asr("meeting.wav", return_timestamps=True)["text"])\n```\n\n'
        "## Citation\n\n"
        "```bibtex\n@article{dotterel2027,\n  title={Dotterel: Whisper-Style Speech Recognition from Public Data Only},\n"
        "  author={Dotterel Speech},\n  journal={arXiv preprint arXiv:2709.04418},\n  year={2027}\n}\n```\n",
        {
            "license": "mit",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "automatic-speech-recognition",
            "datasets": [
                "openslr/librispeech_asr",
                "facebook/voxpopuli",
                "MLCommons/peoples_speech",
                "LIUM/tedlium",
                "facebook/covost2",
            ],
            "tags": ["audio", "speech-recognition", "speech-translation"],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "partial",
            "modelcard": "open",
            "hardware_architecture": "open",
            "preprint": "open",
            "paper": "closed",
        },
        extra_files={
            "config.json": b'{"architectures": ["WhisperForConditionalGeneration"], "model_type": "whisper",'
            b' "d_model": 1024, "encoder_layers": 16, "decoder_layers": 16, "encoder_attention_heads": 16,'
            b' "decoder_attention_heads": 16, "num_mel_bins": 80, "vocab_size": 51865}',
            "preprocessor_config.json": b'{"feature_extractor_type": "WhisperFeatureExtractor", "feature_size": 80,'
            b' "sampling_rate": 16000, "chunk_length": 30}',
        },
        github=[
            _github(
                "dotterel-speech/dotterel",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "data/download.py",
                    "data/resample.py",
                    "data/normalize_text.py",
                    "data/segment.py",
                    "data/filter_cer.py",
                    "data/build_manifests.py",
                    "scripts/prepare_all.sh",
                    "dotterel/model.py",
                    "dotterel/train.py",
                    "configs/dotterel-base.yaml",
                    "eval/wer.py",
                    "eval/bleu.py",
                    "inference/transcribe.py",
                ),
                readme=DOTTEREL_README,
                license_spdx="MIT",
            )
        ],
        datasets=[
            Dataset("openslr/librispeech_asr", "cc-by-4.0", LIBRISPEECH_CARD),
            Dataset("facebook/voxpopuli", "cc0-1.0", VOXPOPULI_CARD),
            Dataset("MLCommons/peoples_speech", "cc-by-sa-4.0", PEOPLES_SPEECH_CARD),
            Dataset("LIUM/tedlium", "cc-by-nc-nd-3.0", TEDLIUM_CARD),
            Dataset("facebook/covost2", "cc-by-nc-4.0", COVOST2_CARD),
        ],
    ),
    # (b) A text-to-image diffusion transformer trained from scratch, in the diffusers layout (sub-folders, no root
    # weights), whose only licence is `license: openrail++` in the metadata: the CreativeML Open RAIL++-M licence
    # carries use restrictions -> weights-available, licenses closed (PixArt.yaml, SDXL-Lightning.yaml: "Open
    # RAIL++-M License, not an OSI-approved license", closed; round 6's Eider-XL); public, ungated ->
    # weights_endmodel open; the data is a described LAION-5B subset (filters given) that is not released ->
    # datasources_basemodel partial (stable-diffusion.yaml "trained on LAION-5B" partial; SDXL-Lightning.yaml
    # "subsets of LAION and COYO, but specific dataset details are not disclosed" partial; Teuken.yaml "no
    # filtered dataset provided" partial); no code at all -> trainingcode closed (SDXL-Lightning.yaml), code closed
    # (stable-diffusion.yaml "No training code, so no documentation"); no preprint or paper mentioned -> preprint
    # closed, paper closed (round 10's Tinamou: absence is closed; Maya.yaml); backbone, autoencoder, text
    # encoder, objective, resolution stages, steps, batch sizes, optimizer and hardware in the card ->
    # hardware_architecture open (Omnilingual ASR.yaml, smollm.yaml).
    _OwnLayout(
        "crossbill-labs/Crossbill-T2I-2B",
        '<p align="center"><img src="https://crossbill.example/assets/crossbill-grid.jpg" width="720" alt="samples"/></p>\n\n'
        "# Crossbill-T2I-2B\n\n"
        "Crossbill-T2I-2B is a 2.1B-parameter latent diffusion transformer for text-to-image generation at up to "
        "1024×1024 pixels, trained from scratch by Crossbill Labs.\n\n"
        "## Model\n\n"
        "| | |\n|---|---|\n"
        "| Backbone | MMDiT, 24 joint text-image blocks, hidden size 1536, 24 heads, 2.1B parameters |\n"
        "| Autoencoder | our own 16-channel VAE (8x downsampling), trained on the same images |\n"
        "| Text encoder | frozen T5 v1.1 XL encoder, 256 tokens |\n"
        "| Objective | rectified flow with logit-normal timestep sampling |\n"
        "| Resolution | 256, then 512, then 1024 px, with aspect-ratio buckets |\n\n"
        "## Training data\n\n"
        "Crossbill was trained on 640M image-text pairs selected from LAION-5B: images of at least 512 px on the "
        "short side with an aesthetic score of 5.0 or more and a watermark probability below 0.5, deduplicated by "
        "perceptual hash, each re-captioned with our own captioning model. The filtered subset, its URL list and the "
        "synthetic captions are not released.\n\n"
        "## Training\n\n"
        "256 H100 GPUs for 19 days: 300k steps at 256 px (batch 4,096), 150k steps at 512 px (batch 2,048) and 60k "
        "steps at 1024 px (batch 1,024); AdamW with learning rate 1e-4, EMA decay 0.9999, bf16.\n\n"
        "## Evaluation\n\n"
        "| | GenEval | DPG-Bench | FID (COCO-30k) |\n|---|---|---|---|\n| Crossbill-T2I-2B | 0.68 | 81.2 | 11.4 |\n\n"
        "## Usage\n\n"
        "```python\nimport torch\nfrom diffusers import DiffusionPipeline\n\n"
        'pipe = DiffusionPipeline.from_pretrained("crossbill-labs/Crossbill-T2I-2B", torch_dtype=torch.bfloat16).to("cuda")\n'
        'image = pipe("a red crossbill on a pine cone, morning light", num_inference_steps=28).images[0]\n```\n\n'
        "## Limitations\n\n"
        "Text rendering is unreliable, hands and crowds are often malformed, and the model reproduces the biases of "
        "web images and their captions.\n",
        {
            "license": "openrail++",
            "language": ["en"],
            "library_name": "diffusers",
            "pipeline_tag": "text-to-image",
            "tags": ["text-to-image", "diffusers", "diffusion-transformer"],
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "licenses": "closed",
            "datasources_basemodel": "partial",
            "trainingcode": "closed",
            "code": "closed",
            "preprint": "closed",
            "paper": "closed",
            "hardware_architecture": "open",
        },
        extra_files={
            "model_index.json": b'{"_class_name": "CrossbillPipeline", "_diffusers_version": "0.32.0",'
            b' "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],'
            b' "text_encoder": ["transformers", "T5EncoderModel"], "tokenizer": ["transformers", "T5TokenizerFast"],'
            b' "transformer": ["diffusers", "SD3Transformer2DModel"], "vae": ["diffusers", "AutoencoderKL"]}',
            "scheduler/scheduler_config.json": b'{"_class_name": "FlowMatchEulerDiscreteScheduler", "shift": 3.0}',
            "transformer/config.json": b'{"_class_name": "SD3Transformer2DModel", "num_layers": 24,'
            b' "num_attention_heads": 24, "attention_head_dim": 64, "in_channels": 16}',
            "transformer/diffusion_pytorch_model.safetensors": None,
            "vae/config.json": b'{"_class_name": "AutoencoderKL", "latent_channels": 16}',
            "vae/diffusion_pytorch_model.safetensors": None,
            "text_encoder/config.json": b'{"architectures": ["T5EncoderModel"], "d_model": 2048, "num_layers": 24}',
            "text_encoder/model.safetensors": None,
            "tokenizer/spiece.model": None,
        },
    ),
    # (c) A fully open Korean-English base model whose card is in Korean (headings 모델 정보, 학습 데이터, 학습 절차,
    # 평가, 사용 방법, 용도 및 한계, 환경 영향, 인용, 라이선스), with the licence line in English ("License: Apache
    # 2.0"). Apache weights, public -> weights_basemodel open; the three corpora are on the Hub and "이 세 데이터셋이
    # 사전학습에 사용한 데이터의 전부" (all of the pre-training data) -> datasources_basemodel open (OLMo.yaml,
    # YuLan.yaml); the Korean README of the Apache repository lists extraction, language ID, quality filtering,
    # dedup, PII masking, pre-training and evaluation -> trainingcode open (OLMo.yaml, smollm.yaml); every corpus
    # has a Gebru-style card -> datasheet open (OLMo.yaml, smollm.yaml); weights and code Apache, data ODC-By and CC
    # BY-SA -> licenses open (smollm.yaml, OLMo.yaml); the card gives details, data, procedure with hardware,
    # evaluation, usage, uses and limitations, environmental impact and citation -> modelcard open (smollm.yaml
    # "Model card provides the requisite information"); layers, widths, heads, context, vocabulary, tokens,
    # optimizer, schedule, batch and hardware -> hardware_architecture open. Everything released ->
    # open-source-ai-with-open-data.
    HeldOut(
        "jebi-lab/Jebi-2B",
        "# Jebi-2B\n\n"
        "Jebi-2B는 제비랩(Jebi Lab)이 처음부터 사전학습한 21억 파라미터 규모의 한국어·영어 기반(base) 언어 모델입니다. "
        "모델 가중치뿐 아니라 사전학습 데이터 전체, 데이터 처리·학습·평가 코드, 학습 로그를 모두 공개합니다.\n\n"
        "## 모델 정보\n\n"
        "| 항목 | 내용 |\n|---|---|\n"
        "| 개발 | 제비랩 |\n| 모델 유형 | 디코더 전용 트랜스포머 |\n| 파라미터 수 | 2.1B |\n"
        "| 레이어 / 히든 크기 / 어텐션 헤드 | 24 / 2304 / 18 (KV 헤드 6) |\n| 컨텍스트 길이 | 4,096 |\n"
        "| 어휘 크기 | 64,000 (BPE) |\n| 학습 토큰 수 | 1.8T |\n| 언어 | 한국어, 영어 |\n"
        "| 기술 보고서 | [arXiv:2709.08812](https://arxiv.org/abs/2709.08812) |\n\n"
        "## 학습 데이터\n\n"
        "Jebi-2B는 아래 세 데이터셋만으로 사전학습되었으며, 세 데이터셋 모두 Hugging Face Hub에 전체 공개되어 있습니다.\n\n"
        "| 데이터셋 | 토큰 수 | 비율 | 라이선스 |\n|---|---|---|---|\n"
        "| [jebi-lab/jebi-ko-web](https://huggingface.co/datasets/jebi-lab/jebi-ko-web) | 990B | 55% | ODC-By 1.0 |\n"
        "| [jebi-lab/jebi-ko-wiki](https://huggingface.co/datasets/jebi-lab/jebi-ko-wiki) | 90B | 5% | CC BY-SA 4.0 |\n"
        "| [jebi-lab/jebi-en-edu](https://huggingface.co/datasets/jebi-lab/jebi-en-edu) | 720B | 40% | ODC-By 1.0 |\n\n"
        "이 세 데이터셋이 사전학습에 사용한 데이터의 전부이며, 비공개 데이터나 합성 데이터는 사용하지 않았습니다. "
        "각 데이터셋 페이지에 수집 과정, 구성, 전처리, 라이선스를 설명하는 데이터시트가 있습니다.\n\n"
        "## 학습 절차\n\n"
        "데이터 처리(텍스트 추출, 언어 식별, 품질 필터링, 중복 제거, 개인정보 마스킹), 사전학습, 평가 코드는 "
        "[jebi-lab/jebi](https://github.com/jebi-lab/jebi)에 Apache 2.0 라이선스로 공개되어 있으며, 이 체크포인트의 "
        "설정 파일도 함께 들어 있습니다. 옵티마이저는 AdamW(최대 학습률 3e-4, WSD 스케줄), 배치 크기는 4M 토큰이며, "
        "H100 GPU 64장으로 14일 동안 학습했습니다. 학습 로그는 [W&B](https://wandb.ai/jebi-lab/jebi-2b)에 있습니다.\n\n"
        "## 평가\n\n"
        "| 벤치마크 | Jebi-2B |\n|---|---|\n| KMMLU | 41.8 |\n| HAE-RAE | 67.5 |\n| KoBEST HellaSwag | 58.1 |\n"
        "| ARC-e (영어) | 66.3 |\n\n"
        "## 사용 방법\n\n"
        "```python\nfrom transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'tokenizer = AutoTokenizer.from_pretrained("jebi-lab/Jebi-2B")\n'
        'model = AutoModelForCausalLM.from_pretrained("jebi-lab/Jebi-2B", torch_dtype="auto")\n'
        'inputs = tokenizer("대한민국의 수도는", return_tensors="pt")\n'
        "print(tokenizer.decode(model.generate(**inputs, max_new_tokens=32)[0]))\n```\n\n"
        "## 용도 및 한계\n\n"
        "Jebi-2B는 연구와 파인튜닝을 위한 기반 모델입니다. 지시 학습이나 안전성 튜닝을 거치지 않았으므로 사실과 "
        "다르거나 편향된 내용을 생성할 수 있으며, 의료·법률 등 중요한 의사결정에 그대로 사용해서는 안 됩니다.\n\n"
        "## 환경 영향\n\n"
        "H100 GPU 약 21,500시간을 사용했으며, 추정 탄소 배출량은 약 3.1 tCO2eq입니다.\n\n"
        "## 인용\n\n"
        "```bibtex\n@article{jebi2027,\n  title={Jebi: An Open Korean-English Language Model},\n  author={Jebi Lab},\n"
        "  journal={arXiv preprint arXiv:2709.08812},\n  year={2027}\n}\n```\n\n"
        "## 라이선스\n\n"
        "License: Apache 2.0\n",
        {
            "license": "apache-2.0",
            "language": ["ko", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["jebi-lab/jebi-ko-web", "jebi-lab/jebi-ko-wiki", "jebi-lab/jebi-en-edu"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "licenses": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        github=[
            _github(
                "jebi-lab/jebi",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/snapshots.txt",
                    "configs/jebi-2b.yaml",
                    "data/extract.py",
                    "data/langid.py",
                    "data/quality.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/wiki.py",
                    "data/sample_en.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                ),
                readme=JEBI_README,
            )
        ],
        datasets=[
            Dataset("jebi-lab/jebi-ko-web", "odc-by", JEBI_KO_WEB_CARD),
            Dataset("jebi-lab/jebi-ko-wiki", "cc-by-sa-4.0", JEBI_KO_WIKI_CARD),
            Dataset("jebi-lab/jebi-en-edu", "odc-by", JEBI_EN_EDU_CARD),
        ],
    ),
    # (d) A time-series foundation model trained from scratch whose training data is a Markdown table of ten
    # public forecasting benchmarks named without links (Electricity, Traffic, Solar, Weather, ILI, Exchange Rate,
    # M4, Tourism, KDD Cup 2018, NN5), called "the complete training data"; ETT is held out for evaluation only.
    # Canonical public benchmarks named one by one are open for inspection -> datasources_basemodel open
    # (AudioLDM.yaml "Datasets mentioned in source paper", open; EuroLLM.yaml "described with versions", open;
    # unlike Conversational Speech Model.yaml's unnamed "publicly available audio", closed); Apache weights,
    # public -> weights_basemodel open; download, preprocessing, windowing, pre-training and evaluation code under
    # Apache -> trainingcode open; patch length, context, horizon, quantiles, layers, width, heads, scaling,
    # optimizer, schedule, batch, steps and hardware in the card -> hardware_architecture open. The data is all
    # public (released by its makers, round 7's FineWeb-Edu and peS2o) and the model and code are Apache ->
    # open-source-ai-with-open-data. (licenses left out: the card states no licence for the benchmarks.)
    HeldOut(
        "wryneck-ai/Wryneck-TS-200M",
        "# Wryneck-TS-200M\n\n"
        "Wryneck-TS-200M is a pre-trained time-series foundation model for zero-shot point and quantile forecasting "
        "of univariate series. It is a decoder-only transformer over patches of 32 time steps, trained from scratch "
        "by Wryneck AI on public forecasting benchmarks only.\n\n"
        "## Model\n\n"
        "| | |\n|---|---|\n| Parameters | 203M |\n| Layers / width / heads | 20 / 1024 / 16 |\n"
        "| Input patch | 32 steps, with a binary mask for missing values |\n| Context | up to 512 steps |\n"
        "| Output | 128-step horizon, 9 quantiles (0.1 to 0.9) |\n| Scaling | per-series mean scaling |\n\n"
        "## Training data\n\n"
        "| Dataset | Domain | Frequency | Series |\n|---|---|---|---|\n"
        "| Electricity (UCI ElectricityLoadDiagrams20112014) | energy | 15 min | 370 |\n"
        "| Traffic (PeMS-SF) | transport | hourly | 862 |\n"
        "| Solar (NREL, Alabama 2006) | energy | 10 min | 137 |\n"
        "| Weather (Max Planck Institute for Biogeochemistry, Jena) | climate | 10 min | 21 |\n"
        "| ILI (CDC FluView) | health | weekly | 7 |\n"
        "| Exchange Rate | finance | daily | 8 |\n"
        "| M4 (all six frequencies) | mixed | yearly to hourly | 100,000 |\n"
        "| Tourism (monthly and quarterly) | tourism | monthly, quarterly | 793 |\n"
        "| KDD Cup 2018 (air quality) | environment | hourly | 270 |\n"
        "| NN5 (cash machine withdrawals) | finance | daily | 111 |\n\n"
        "These ten public benchmark datasets are the complete training data; we used their standard training splits "
        "and nothing else (no synthetic, private or scraped series). The four ETT datasets (ETTh1, ETTh2, ETTm1, "
        "ETTm2) were held out entirely and used only for zero-shot evaluation.\n\n"
        "## Training\n\n"
        "Series were cut into random context/horizon windows (context 512, horizon 128), sampled in proportion to the "
        "square root of each dataset's number of observations. AdamW, peak learning rate 5e-4 with cosine decay, batch "
        "of 2,048 windows, 300k steps, quantile (pinball) loss, on 8 A100 80GB GPUs for 3 days. The data preparation, "
        "training and evaluation code is at [wryneck-ai/wryneck](https://github.com/wryneck-ai/wryneck) (Apache 2.0).\n\n"
        "## Zero-shot evaluation (held-out ETT)\n\n"
        "| Dataset | MASE | CRPS |\n|---|---|---|\n| ETTh1 | 0.81 | 0.062 |\n| ETTh2 | 0.87 | 0.071 |\n"
        "| ETTm1 | 0.69 | 0.049 |\n| ETTm2 | 0.74 | 0.055 |\n\n"
        "## Usage\n\n"
        "```python\nfrom wryneck import WryneckForecaster\n\n"
        'model = WryneckForecaster.from_pretrained("wryneck-ai/Wryneck-TS-200M")\n'
        "forecast = model.predict(context, horizon=96, quantiles=[0.1, 0.5, 0.9])\n```\n\n"
        "## License\n\nApache 2.0.\n",
        {
            "license": "apache-2.0",
            "pipeline_tag": "time-series-forecasting",
            "library_name": "wryneck",
            "tags": ["time-series", "forecasting", "foundation-model"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "hardware_architecture": "open",
        },
        extra_files={
            "config.json": b'{"architectures": ["WryneckForecaster"], "model_type": "wryneck", "patch_length": 32,'
            b' "context_length": 512, "horizon_length": 128, "num_layers": 20, "d_model": 1024, "num_heads": 16,'
            b' "quantiles": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]}',
        },
        github=[
            _github(
                "wryneck-ai/wryneck",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "data/download.py",
                    "data/preprocess.py",
                    "data/windows.py",
                    "wryneck/model.py",
                    "wryneck/train.py",
                    "wryneck/forecaster.py",
                    "configs/wryneck-ts-200m.yaml",
                    "eval/zero_shot.py",
                ),
                readme=WRYNECK_README,
            )
        ],
    ),
    # (e) The Hub repository holds only a README: the Apache weights are a zip archive on a public S3 bucket "no
    # account or registration needed", with a checksum. Weights published off the Hub, free to download ->
    # weights_basemodel open (Omnilingual ASR.yaml: "Model published on GitHub", open; frameworks.md §1.1 open =
    # shared, only a gate makes it partial); the corpus is on the Hub with a Gebru-style card and is all of the
    # data -> datasources_basemodel open (OLMo.yaml), datasheet open (OLMo.yaml, smollm.yaml); pipeline,
    # pre-training, evaluation and inference on GitHub under Apache -> trainingcode open; weights and code Apache,
    # data ODC-By -> licenses open. Everything released -> open-source-ai-with-open-data.
    _OwnLayout(
        "bushtit-lm/Bushtit-1B",
        "# Bushtit-1B\n\n"
        "Bushtit-1B is a 1.2B-parameter English base language model trained from scratch by Bushtit LM.\n\n"
        "## Download\n\n"
        "**The weights are not stored in this repository.** This page only describes the model; the checkpoint is a "
        "single zip archive on our public S3 bucket (no account or registration needed):\n\n"
        "```bash\n"
        "wget https://bushtit-lm-public.s3.eu-central-1.amazonaws.com/releases/bushtit-1b-v1.0.zip\n"
        'echo "9c1f0e5b2d7a4e8f6b3c1a0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f  bushtit-1b-v1.0.zip" | sha256sum -c\n'
        "unzip bushtit-1b-v1.0.zip -d bushtit-1b   # model.safetensors, config.json, tokenizer.json\n"
        "```\n\n"
        "The archive holds the weights in safetensors format with a `transformers` configuration, so "
        '`AutoModelForCausalLM.from_pretrained("./bushtit-1b")` loads it. The weights are released under the Apache '
        "License 2.0.\n\n"
        "## Training data\n\n"
        "Bushtit-1B was trained on [bushtit-lm/bushtit-corpus](https://huggingface.co/datasets/bushtit-lm/bushtit-corpus) "
        "(ODC-By 1.0) and nothing else: 1.1T tokens of English web pages, Wikipedia and public-domain books. Its "
        "datasheet is on the dataset page.\n\n"
        "## Code\n\n"
        "The data pipeline (extraction, filtering, deduplication, tokenization), the pre-training code with the "
        "configuration of this checkpoint, the evaluation suite and an inference script are at "
        "[bushtit-lm/bushtit](https://github.com/bushtit-lm/bushtit) (Apache 2.0).\n\n"
        "## Model details\n\n"
        "24 layers, hidden size 2048, 16 heads (4 KV), RoPE, SwiGLU, 4,096-token context, 50k BPE vocabulary; trained "
        "for 1.1T tokens on 32 H100 GPUs for 10 days.\n\n"
        "## Evaluation\n\n| ARC-e | HellaSwag | PIQA |\n|---|---|---|\n| 63.9 | 60.7 | 73.4 |\n\n"
        "## License\n\nApache 2.0.\n",
        {"license": "apache-2.0", "language": ["en"], "datasets": ["bushtit-lm/bushtit-corpus"]},
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "bushtit-lm/bushtit",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/snapshots.txt",
                    "configs/bushtit-1b.yaml",
                    "pipeline/extract.py",
                    "pipeline/filter.py",
                    "pipeline/dedup.py",
                    "pipeline/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/run.py",
                    "inference/generate.py",
                ),
                readme=BUSHTIT_README,
            )
        ],
        datasets=[Dataset("bushtit-lm/bushtit-corpus", "odc-by", BUSHTIT_CORPUS_CARD)],
    ),
    # (f) A protein language model trained from scratch on all of UniRef50 release 2024_01 (a public database,
    # named with its release and the UniProt download address, CC BY 4.0), 0.5% of clusters held out with their
    # IDs published -> datasources_basemodel open (the whole public release, not an unpublished filtered subset;
    # AudioLDM.yaml, EuroLLM.yaml); MIT weights, public -> weights_basemodel open; download, split, tokenization,
    # pre-training, evaluation and inference code on GitHub under MIT -> trainingcode open; weights and code MIT,
    # data CC BY 4.0 -> licenses open (YuLan.yaml, OmniGen.yaml: MIT, open); a bioRxiv preprint said to describe
    # data, training and evaluation -> preprint open (bioRxiv is an archived preprint server like arXiv;
    # YuLan.yaml, Omnilingual ASR.yaml); no peer-reviewed paper -> paper closed (EuroLLM.yaml); layers, width,
    # heads, positions, vocabulary, objective, optimizer, schedule, batch, steps and hardware -> hardware_architecture
    # open. Everything released -> open-source-ai-with-open-data.
    HeldOut(
        "treecreeper-bio/Treecreeper-PLM-650M",
        "# Treecreeper-PLM-650M\n\n"
        "Treecreeper-PLM-650M is a 650M-parameter protein language model: a Transformer encoder trained with masked "
        "language modelling on protein sequences, for sequence embeddings, contact prediction and zero-shot "
        "variant-effect prediction. It was trained from scratch by Treecreeper Bio.\n\n"
        "- **Preprint:** [bioRxiv 10.1101/2026.09.14.612907](https://www.biorxiv.org/content/10.1101/2026.09.14.612907v1), "
        "which describes the data, the training and the evaluation in full\n"
        "- **Code:** [treecreeper-bio/treecreeper](https://github.com/treecreeper-bio/treecreeper) (MIT)\n"
        "- **License:** MIT\n\n"
        "## Training data\n\n"
        "All 63.2M cluster representative sequences of [UniRef50](https://www.uniprot.org/help/uniref) release "
        "2024_01, downloaded from the UniProt FTP server "
        "(https://ftp.uniprot.org/pub/databases/uniprot/previous_releases/release-2024_01/uniref/). A random 0.5% of "
        "clusters was held out for validation; the held-out cluster IDs are listed in the repository "
        "(`data/valid_clusters.txt`). Sequences longer than 1,022 residues were randomly cropped. Nothing else was "
        "used. UniProt data are licensed under CC BY 4.0.\n\n"
        "## Model\n\n"
        "| | |\n|---|---|\n| Layers | 33 |\n| Hidden size | 1280 |\n| Attention heads | 20 |\n"
        "| Positional encoding | rotary |\n| Vocabulary | 33 tokens (amino acids, rare residues, special tokens) |\n"
        "| Maximum length | 1,024 |\n\n"
        "## Training\n\n"
        "Masked language modelling (15% of residues; 80/10/10 mask/random/keep), AdamW (beta2 0.98), peak learning "
        "rate 4e-4 with 2,000 warmup steps and linear decay, batch of 2M tokens, 500k steps, bf16, on 64 A100 80GB "
        "GPUs for 11 days.\n\n"
        "## Evaluation\n\n"
        "| Task | Treecreeper-PLM-650M |\n|---|---|\n| Contact prediction (CASP14, P@L/5) | 0.53 |\n"
        "| ProteinGym DMS substitutions (Spearman, zero-shot) | 0.42 |\n| Validation perplexity | 6.7 |\n\n"
        "## Usage\n\n"
        "```python\nfrom transformers import AutoModelForMaskedLM, AutoTokenizer\n\n"
        'tokenizer = AutoTokenizer.from_pretrained("treecreeper-bio/Treecreeper-PLM-650M")\n'
        'model = AutoModelForMaskedLM.from_pretrained("treecreeper-bio/Treecreeper-PLM-650M")\n'
        'inputs = tokenizer("MKTAYIAKQRQISFVKSHFSRQ", return_tensors="pt")\n'
        "embeddings = model(**inputs, output_hidden_states=True).hidden_states[-1]\n```\n\n"
        "## Limitations\n\n"
        "UniRef50 over-represents well-studied organisms and under-represents viral and metagenomic proteins; the "
        "model has not been validated for protein design.\n\n"
        "## Citation\n\n"
        "```bibtex\n@article{treecreeper2026,\n  title={Treecreeper: Open Protein Language Models Trained on UniRef50},\n"
        "  author={Treecreeper Bio},\n  journal={bioRxiv},\n  doi={10.1101/2026.09.14.612907},\n  year={2026}\n}\n```\n",
        {
            "license": "mit",
            "library_name": "transformers",
            "pipeline_tag": "fill-mask",
            "tags": ["biology", "protein", "protein-language-model"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "open",
            "licenses": "open",
            "preprint": "open",
            "paper": "closed",
            "hardware_architecture": "open",
        },
        extra_files={
            "config.json": b'{"architectures": ["EsmForMaskedLM"], "model_type": "esm", "num_hidden_layers": 33,'
            b' "hidden_size": 1280, "num_attention_heads": 20, "position_embedding_type": "rotary",'
            b' "vocab_size": 33, "max_position_embeddings": 1026}',
        },
        github=[
            _github(
                "treecreeper-bio/treecreeper",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "data/download_uniref.py",
                    "data/split_clusters.py",
                    "data/valid_clusters.txt",
                    "data/tokenize.py",
                    "treecreeper/model.py",
                    "train/pretrain.py",
                    "configs/treecreeper-650m.yaml",
                    "eval/contacts.py",
                    "eval/proteingym.py",
                    "inference/embed.py",
                ),
                readme=TREECREEPER_README,
                license_spdx="MIT",
            )
        ],
    ),
    # (g) A card that is a changelog, newest first, with no `license` metadata; the licence and the data are in the
    # v3.0 entry in the middle: "from v3.0 on, the weights are released under the Apache License 2.0. Versions
    # 1.x and 2.x remain under CC BY-NC 4.0 in their own repositories", and this repository holds v3.2. The files
    # here are Apache -> licenses open (the older versions' NC terms are not this release's; everything released is
    # openly licensed, the unreleased tuning data has no licence to rate: round 1's Wren, Qwen.yaml); public,
    # ungated -> weights_endmodel open; v3 was pre-trained only on FineWeb-Edu and peS2o, both linked on the Hub
    # ("the proprietary web crawl behind v1 and v2 is no longer used") -> datasources_basemodel open (OLMo.yaml,
    # smollm.yaml); SFT on conversations "not released" and DPO on in-house preference pairs, none named or shared
    # -> datasources_endmodel closed (Falcon.yaml "Instruct-tuning data not detailed", llama-3.1.yaml); no code ->
    # trainingcode closed and code closed (Maya.yaml, Qwen.yaml). Apache weights, no code -> open-weights.
    HeldOut(
        "siskin-ai/Siskin-3B-Instruct",
        "# Siskin-3B-Instruct\n\n"
        "Small instruction-following model by Siskin AI. This card is the release history of the Siskin line, newest "
        "first; the files in this repository are the latest version (v3.2).\n\n"
        "## Changelog\n\n"
        "### v3.2 (2026-06-02)\n\n"
        "- Fixed the chat template: the system prompt was dropped when the first user turn started with a tool "
        "result.\n"
        "- `generation_config.json`: `max_new_tokens` raised to 2048, repetition penalty removed.\n"
        "- Tokenizer: `<|im_end|>` is now registered as an end-of-sequence token (fixes run-on generations in vLLM).\n\n"
        "### v3.1 (2026-04-20)\n\n"
        "- Added a DPO stage on 45k preference pairs ranked by our annotators: IFEval 61.2 -> 66.8, MT-Bench 6.9 -> "
        "7.3.\n"
        "- Context length extended from 4k to 8k tokens (RoPE theta 500k, 2B tokens of long-document training).\n\n"
        "### v3.0 (2026-02-10)\n\n"
        "- **New base model, retrained from scratch:** 3.1B parameters, 28 layers, hidden size 2560, 20 heads (4 KV), "
        "SwiGLU, tied embeddings.\n"
        "- **Pre-training data:** 1.3T tokens of [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) "
        "and 60B tokens of [peS2o](https://huggingface.co/datasets/allenai/peS2o), two epochs, and nothing else. The "
        "proprietary web crawl behind v1 and v2 is no longer used.\n"
        "- **Instruction tuning:** SFT on 380k conversations written and reviewed by our annotation team (not "
        "released).\n"
        "- **License:** from v3.0 on, the weights are released under the Apache License 2.0. Versions 1.x and 2.x "
        "remain under CC BY-NC 4.0 in their own repositories.\n"
        "- Evaluation of v3.0: MMLU 55.0, GSM8K 58.3, HumanEval 34.1.\n\n"
        "### v2.3 (2025-11-28)\n\n"
        "- Quantized GGUF files moved to `siskin-ai/Siskin-2-3B-Instruct-GGUF`.\n"
        "- Safety tuning refresh: 12k new refusal examples.\n\n"
        "### v2.2 (2025-10-01)\n\n"
        "- Function calling (JSON schema in the system prompt).\n\n"
        "### v2.1 (2025-08-15)\n\n"
        "- Fixed a duplicated BOS token in the chat template.\n\n"
        "### v2.0 (2025-07-03)\n\n"
        "- Continued pre-training of v1 on 400B more tokens of our proprietary web crawl; weights under CC BY-NC 4.0 "
        "(non-commercial use only).\n\n"
        "### v1.1 (2025-03-19)\n\n"
        "- Longer SFT (3 epochs), better multi-turn coherence.\n\n"
        "### v1.0 (2025-01-30)\n\n"
        "- First release: 2.8B parameters, pre-trained on 900B tokens of our proprietary web crawl; CC BY-NC 4.0.\n\n"
        "## Contact\n\nsiskin@siskin-ai.example\n",
        {"language": ["en"], "library_name": "transformers", "pipeline_tag": "text-generation"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "licenses": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "code": "closed",
        },
        datasets=[
            Dataset("HuggingFaceFW/fineweb-edu", "odc-by", FINEWEB_EDU_CARD),
            Dataset("allenai/peS2o", "odc-by", PES2O_CARD),
        ],
    ),
    # (h) A LLaVA-style vision-language model on two real bases, neither served: meta-llama/Llama-3.1-8B-Instruct
    # (the index must know it) and google/siglip-so400m-patch14-384, under the Llama 3.1 Community License (700M
    # MAU clause, acceptable use policy incorporated by reference; LICENSE served) -> weights-available, licenses
    # closed (llama-3.1.yaml: bespoke community license, closed); Llama 3.1's weights need Meta's click-through,
    # SigLIP's are public -> weights_basemodel partial (llama-3.1.yaml: partial; round 11's GGUF; gated counts as
    # partial); Llama's data is undisclosed and SigLIP's WebLI is not public -> datasources_basemodel closed
    # (llama-3.1.yaml); both tuning stages use in-house data "not released" -> datasources_endmodel closed
    # (llama-3.1.yaml "No information available on instruction-tuning", Falcon.yaml); no datasheet for any of it ->
    # datasheet closed (llama-3.1.yaml); the derivative's two training stages are on GitHub but Llama's training
    # code is not published -> trainingcode partial (llama-3.1.yaml partial; Fietje.yaml; round 11's rule that a
    # derivative's code is complete only with its bases').
    HeldOut(
        "redpoll-ai/Llama-3.1-Redpoll-VL-8B",
        "# Llama-3.1-Redpoll-VL-8B\n\n"
        "Redpoll-VL is a vision-language model for charts, scanned documents, slides and screenshots, built by Redpoll "
        "AI. Built with Llama.\n\n"
        "## Architecture\n\n"
        "LLaVA-style: the [SigLIP so400m/14 at 384 px](https://huggingface.co/google/siglip-so400m-patch14-384) vision "
        "encoder, a two-layer MLP projector and [Llama 3.1 8B Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) "
        "as the language model. Images are tiled into up to 6 crops of 384x384 pixels plus a thumbnail (729 visual "
        "tokens each).\n\n"
        "## Training\n\n"
        "| Stage | Trained | Data | Epochs |\n|---|---|---|---|\n"
        "| 1. Alignment | projector only | 1.1M image-caption pairs | 1 |\n"
        "| 2. Instruction tuning | projector, LLM, last 12 vision layers | 1.2M image-instruction pairs | 2 |\n\n"
        "Both datasets were built in-house from licensed stock photographs, rendered charts and internal business "
        "documents, with instructions and answers written by our annotators; they are not released. Training used 32 "
        "H100 GPUs for 5 days. The training scripts of both stages, the evaluation and the inference code are at "
        "[redpoll-ai/redpoll-vl](https://github.com/redpoll-ai/redpoll-vl) (Apache 2.0).\n\n"
        "## Evaluation\n\n"
        "| | ChartQA | DocVQA | TextVQA | MMMU (val) |\n|---|---|---|---|---|\n"
        "| Llama-3.1-Redpoll-VL-8B | 81.9 | 90.3 | 76.0 | 44.1 |\n\n"
        "## Usage\n\n"
        "```python\nfrom PIL import Image\nfrom transformers import AutoProcessor, LlavaForConditionalGeneration\n\n"
        'processor = AutoProcessor.from_pretrained("redpoll-ai/Llama-3.1-Redpoll-VL-8B")\n'
        'model = LlavaForConditionalGeneration.from_pretrained("redpoll-ai/Llama-3.1-Redpoll-VL-8B", torch_dtype="auto")\n'
        "```\n\n"
        "## License\n\n"
        "Llama-3.1-Redpoll-VL-8B is built with Llama 3.1 and released under the [Llama 3.1 Community License](LICENSE), "
        "Copyright © Meta Platforms, Inc. All Rights Reserved. Use must follow the "
        "[Llama 3.1 Acceptable Use Policy](https://llama.meta.com/llama3_1/use-policy). The SigLIP vision encoder is "
        "Apache 2.0.\n",
        {
            "license": "llama3.1",
            "base_model": ["meta-llama/Llama-3.1-8B-Instruct", "google/siglip-so400m-patch14-384"],
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "image-text-to-text",
            "tags": ["vision-language", "llava", "llama-3.1", "siglip"],
        },
        "weights-available",
        {
            "licenses": "closed",
            "weights_basemodel": "partial",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "datasheet": "closed",
            "trainingcode": "partial",
        },
        extra_files={
            "LICENSE": LLAMA_31_LICENSE,
            "config.json": b'{"architectures": ["LlavaForConditionalGeneration"], "model_type": "llava",'
            b' "vision_config": {"model_type": "siglip_vision_model", "hidden_size": 1152, "image_size": 384,'
            b' "patch_size": 14, "num_hidden_layers": 27}, "text_config": {"model_type": "llama", "hidden_size": 4096,'
            b' "num_hidden_layers": 32, "vocab_size": 128256}, "projector_hidden_act": "gelu"}',
        },
        github=[
            _github(
                "redpoll-ai/redpoll-vl",
                _tree(
                    "README.md",
                    "LICENSE",
                    "redpoll/model.py",
                    "redpoll/projector.py",
                    "train/stage1_align.py",
                    "train/stage2_sft.py",
                    "configs/stage1.yaml",
                    "configs/stage2.yaml",
                    "eval/run_vqa.py",
                    "inference/chat.py",
                ),
                readme=REDPOLL_README,
            )
        ],
    ),
]


@dataclass
class _ForgeErrors(HeldOut):
    """A release whose linked GitHub repositories exist but cannot be read: the loopback GitHub answers every
    request for them with HTTP 500 (`tests.servers`' `add_fault`, which the round's `_serve` applies to each
    repository in `forge_errors`)."""

    forge_errors: list[str] = field(default_factory=list)
    """`owner/name` of each linked GitHub repository the forge errors on."""


def _r13_corpus_sheet(title: str, lab: str, model: str) -> str:
    """A full Gebru-style datasheet of a from-scratch model's one pre-training corpus (round 13's (a), (b) and
    (e) serve the same text under their own names, so that those releases differ only where the round says)."""
    return _datasheet(
        "odc-by",
        title,
        {
            "Motivation": f"Built by {lab} as the complete pre-training corpus of {model}, so that anyone can "
            "inspect, audit and repeat the pre-training run. Funded by the lab itself, with compute from a public "
            "research allocation; no customer or user data was used at any point.",
            "Composition": "1.0T tokens in 780M English documents: 85% web pages and 15% public-domain books. One "
            "JSON line per document with `id`, `text`, `url`, `source` and `token_count` fields. The web part is "
            "not a random sample of the web: the quality filter favours explanatory prose over forums and listings.",
            "Collection Process": "Web text was extracted with resiliparse from eight Common Crawl snapshots "
            "(CC-MAIN-2024-10 to CC-MAIN-2025-18) between May and August 2025; Common Crawl honours robots.txt at "
            "crawl time, and domains on our own opt-out list were removed. The books are the English public-domain "
            "titles of Project Gutenberg, downloaded from its mirror in June 2025.",
            "Preprocessing": "English language identification (fastText, score above 0.7), heuristic filters "
            "(repetition, symbol ratio, line length), a quality classifier trained on references cited by Wikipedia "
            "(threshold 0.5), MinHash-LSH deduplication across snapshots (5-grams, Jaccard 0.8), and masking of "
            "email addresses, phone numbers and IP addresses.",
            "Uses": "Pre-training and studying language models. It is not suitable for work that needs a "
            "representative sample of the web, nor for extracting information about individuals.",
            "Distribution": "Released under ODC-By 1.0 on the Hugging Face Hub; the use of the underlying web pages "
            "is also subject to the Common Crawl terms of use, and the books are in the public domain in the US.",
            "Maintenance": f"Maintained by {lab}. Takedown requests sent to the dataset's discussion page are "
            "honoured in the next point release, and every change is recorded in a change log in this card.",
        },
    )


def _r13_card(model: str, lab: str, dataset: str, code_line: str) -> str:
    """The model card of a from-scratch 1B model (round 13's (a), (b), (c), (d) and (e)): details, data, code,
    evaluation, uses and limitations, licence. `code_line` is the whole "## Code" section."""
    return (
        f"# {model}\n\n"
        f"{model} is a 1.2B-parameter English base language model trained from scratch by {lab}.\n\n"
        "## Model details\n\n"
        "| | |\n|---|---|\n| Layers | 24 |\n| Hidden size | 2048 |\n| Attention heads | 16 (4 KV) |\n"
        "| Context length | 4096 |\n| Vocabulary | 50,304 (BPE) |\n| Training tokens | 1.0T |\n"
        "| Hardware | 32 H100 GPUs, 9 days |\n| Optimizer | AdamW, peak LR 4e-4, cosine schedule |\n\n"
        "## Training data\n\n"
        f"{model} was pre-trained on [{dataset}](https://huggingface.co/datasets/{dataset}), 1.0T tokens of English "
        "web text and public-domain books. This dataset is all of the training data.\n\n"
        f"## Code\n\n{code_line}\n\n"
        "## Evaluation\n\n| Task | Score |\n|---|---|\n| ARC-e | 63.8 |\n| HellaSwag | 58.2 |\n| PIQA | 72.4 |\n"
        "| MMLU | 31.5 |\n\n"
        "## Uses and limitations\n\n"
        "A base model for research and fine-tuning. It is not instruction-tuned or safety-tuned and can produce "
        "false, biased or offensive text.\n\n"
        "## License\n\nApache 2.0.\n"
    )


#: (a) and (b): the repository a card links for its code, readable with inference code only, or unreadable.
R13_INFERENCE_TREE = _tree(
    "README.md",
    "LICENSE",
    "requirements.txt",
    "inference/generate.py",
    "inference/chat.py",
    "serve/app.py",
    "serve/Dockerfile",
    "quantize/export_gguf.py",
)


def _r13_inference_readme(name: str, model: str) -> bytes:
    return (
        f"# {name}\n\nRun **{model}** locally.\n\n"
        "    pip install -r requirements.txt\n"
        "    python inference/chat.py                 # a chat REPL\n"
        "    uvicorn serve.app:app --port 8000        # an OpenAI-compatible server (also as serve/Dockerfile)\n"
        "    python quantize/export_gguf.py --q4_k_m  # GGUF export for llama.cpp\n\n"
        "Apache License 2.0.\n"
    ).encode()


#: (c) and (d): the repository with the whole pipeline (data processing, pre-training, evaluation).
R13_PIPELINE_TREE = _tree(
    "README.md",
    "LICENSE",
    "configs/pretrain.yaml",
    "data/extract.py",
    "data/filter.py",
    "data/dedup.py",
    "data/tokenize.py",
    "train/model.py",
    "train/pretrain.py",
    "eval/run.py",
)


def _r13_pipeline_readme(name: str, model: str, dataset: str) -> bytes:
    return (
        f"# {name}\n\nThe data pipeline, pre-training and evaluation code of **{model}**.\n\n"
        "    python data/extract.py && python data/filter.py && python data/dedup.py && python data/tokenize.py\n"
        "    torchrun --nproc_per_node 8 train/pretrain.py --config configs/pretrain.yaml\n"
        "    python eval/run.py\n\n"
        f"The output of `data/` is exactly `{dataset}` on the Hub.\n\nApache License 2.0.\n"
    ).encode()


TENCH_WEB_CARD = """---
license: odc-by
language:
- en
task_categories:
- text-generation
---

# Tench Web

The pre-training corpus of Tench-1B.

## Dataset structure

1.0T tokens in 780M English documents, stored as 2,048 zstd-compressed JSON-lines shards. Each record has an
`id`, a `text` and a `token_count` field. There is one split, `train`.

## Usage

```python
from datasets import load_dataset

ds = load_dataset("tench-lab/tench-web", split="train", streaming=True)
```

## License

ODC-By 1.0.
"""

ORFE_MIT = (
    b"MIT License\n\nCopyright (c) 2026 Orfe Models\n\n"
    b"Permission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated "
    b'documentation files (the "Software"), to deal\nin the Software without restriction, including without '
    b"limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of "
    b"the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following "
    b"conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or "
    b'substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, '
    b"EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A "
    b"PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY "
    b"CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF "
    b"OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n"
)

#: Round 13, written blind by a helper that never read the rules: absence against unreadable. A complete release
#: whose linked repository has only inference code, and the same whose linked repository the forge errors on; a
#: release whose one corpus has a served card that says nothing on how the data was collected, and the same whose
#: corpus card is listed but cannot be read; a card whose training-code link leads to a GitHub repository that does
#: not exist; a "Training data" section that says "To be announced."; a full fine-tune, with its own data and code
#: open, of a base served gated with manual approval (no token); and a repository with no model card at all.
ROUND_13: list[HeldOut] = [
    # (a) Absence: a complete, readable from-scratch release whose card links its code repository, and that
    # repository (served, readable) has only inference, serving and quantization code; nothing else in the release
    # trains or processes data -> trainingcode closed (CogView.yaml "Only inference code made available on GitHub":
    # closed; Baichuan.yaml "GitHub exists, but does not contain training code"). Apache, public -> weights_endmodel
    # open; one Hub corpus, called all of the training data -> datasources_basemodel open (OLMo.yaml); its card is
    # a full Gebru datasheet (every section several sentences) -> datasheet open (OLMo.yaml, AMD OLMo.yaml). No
    # training code, looked for and not found -> open-weights (G7: Open Source AI needs the training code).
    HeldOut(
        "loach-ai/Loach-1B",
        _r13_card(
            "Loach-1B",
            "Loach AI",
            "loach-ai/loach-corpus",
            "Code: [loach-ai/loach](https://github.com/loach-ai/loach) (Apache 2.0).",
        ),
        {"license": "apache-2.0", "language": ["en"], "datasets": ["loach-ai/loach-corpus"]},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "trainingcode": "closed",
        },
        github=[
            _github("loach-ai/loach", R13_INFERENCE_TREE, readme=_r13_inference_readme("loach", "Loach-1B"))
        ],
        datasets=[
            Dataset(
                "loach-ai/loach-corpus",
                "odc-by",
                _r13_corpus_sheet("Loach Corpus", "Loach AI", "Loach-1B"),
            )
        ],
    ),
    # (b) Unreadable: (a) under other names, the linked repository registered with the same inference-only tree,
    # but the forge answers every request for it with HTTP 500. The card says only "Code: <link>"; the one place
    # that could hold the training code could not be read -> trainingcode unknown (not closed: nobody looked at
    # the repository). Weights, data and datasheet read as in (a) -> open, open, open. The label hangs on that
    # unread repository: with training code in it the release is open-source-ai-with-open-data, without it
    # open-weights. A label that cannot be decided is undetermined, never a kinder label, and open-weights would
    # report as decided what was never read -> undetermined.
    _ForgeErrors(
        "dace-ai/Dace-1B",
        _r13_card(
            "Dace-1B",
            "Dace AI",
            "dace-ai/dace-corpus",
            "Code: [dace-ai/dace](https://github.com/dace-ai/dace) (Apache 2.0).",
        ),
        {"license": "apache-2.0", "language": ["en"], "datasets": ["dace-ai/dace-corpus"]},
        "undetermined",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "trainingcode": "unknown",
        },
        github=[_github("dace-ai/dace", R13_INFERENCE_TREE, readme=_r13_inference_readme("dace", "Dace-1B"))],
        datasets=[
            Dataset(
                "dace-ai/dace-corpus",
                "odc-by",
                _r13_corpus_sheet("Dace Corpus", "Dace AI", "Dace-1B"),
            )
        ],
        forge_errors=["dace-ai/dace"],
    ),
    # (c) Absence in a datasheet: a fully open from-scratch release (Apache weights; its one Hub corpus, ODC-By,
    # called all of the training data; data pipeline, pre-training and evaluation on GitHub under Apache) whose
    # corpus card is served and gives the structure (size, shards, fields, split), a loading snippet and the
    # licence, but nothing on how the data was collected, filtered or deduplicated. A card that tells what is in
    # the data but not where it came from is partial insight, not a datasheet and not nothing -> datasheet partial
    # (Claire.yaml "French language dataset reasonably documented": partial; the rubric's "comprehensive on
    # collection and curation" for open). Corpus public and openly licensed -> datasources_basemodel open
    # (OLMo.yaml); data-processing and training code -> trainingcode open (OLMo.yaml); Apache, ODC-By, Apache ->
    # licenses open. Everything released -> open-source-ai-with-open-data (the datasheet is documentation, not a
    # condition of the G7 labels: round 9's Avocet, round 12's Jebi).
    HeldOut(
        "tench-lab/Tench-1B",
        _r13_card(
            "Tench-1B",
            "Tench Lab",
            "tench-lab/tench-web",
            "The data pipeline, pre-training and evaluation code is at "
            "[tench-lab/tench](https://github.com/tench-lab/tench) (Apache 2.0).",
        ),
        {"license": "apache-2.0", "language": ["en"], "datasets": ["tench-lab/tench-web"]},
        "open-source-ai-with-open-data",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "datasheet": "partial",
        },
        github=[
            _github(
                "tench-lab/tench",
                R13_PIPELINE_TREE,
                readme=_r13_pipeline_readme("tench", "Tench-1B", "tench-lab/tench-web"),
            )
        ],
        datasets=[Dataset("tench-lab/tench-web", "odc-by", TENCH_WEB_CARD)],
    ),
    # (d) Unreadable datasheet: (c) under other names, but the corpus card is listed in the dataset's files and
    # cannot be downloaded (the harness's `card=None`). The dataset itself is on the Hub, public, with its licence
    # in the API's metadata (ODC-By) -> datasources_basemodel open, licenses open; the pipeline is read as in (c)
    # -> trainingcode open. Whether the card is a full datasheet, a structure note as in (c) or nothing useful was
    # never seen -> datasheet unknown (not partial, not closed). The label does not depend on the datasheet (as in
    # (c)) -> open-source-ai-with-open-data; an unread card must not lower it either.
    HeldOut(
        "rudd-lab/Rudd-1B",
        _r13_card(
            "Rudd-1B",
            "Rudd Lab",
            "rudd-lab/rudd-web",
            "The data pipeline, pre-training and evaluation code is at "
            "[rudd-lab/rudd](https://github.com/rudd-lab/rudd) (Apache 2.0).",
        ),
        {"license": "apache-2.0", "language": ["en"], "datasets": ["rudd-lab/rudd-web"]},
        "open-source-ai-with-open-data",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
            "datasheet": "unknown",
        },
        github=[
            _github(
                "rudd-lab/rudd",
                R13_PIPELINE_TREE,
                readme=_r13_pipeline_readme("rudd", "Rudd-1B", "rudd-lab/rudd-web"),
            )
        ],
        datasets=[Dataset("rudd-lab/rudd-web", "odc-by", None)],
    ),
    # (e) A dead link: (a)'s shape, but the card says "Training and data-processing code:" and links a folder of a
    # GitHub repository (`chub-nlp/chub-train/tree/main/pretrain`) that does not exist: GitHub answers 404 for the
    # repository (it was never published, or it is private; either way nobody can read it). A 404 is an answer,
    # not a failure to get one: the link leads to no published code, and nothing else in the release trains ->
    # trainingcode closed (Infinity-Instruct.yaml, preprint "dead link": closed; MPT.yaml "Weights removed from
    # HuggingFace": closed; round 4's Oriole). Weights, data and datasheet as in (a) -> open, open, open. No
    # training code -> open-weights (not undetermined: nothing went unread).
    HeldOut(
        "chub-nlp/Chub-1B",
        _r13_card(
            "Chub-1B",
            "Chub NLP",
            "chub-nlp/chub-corpus",
            "Training and data-processing code: "
            "[github.com/chub-nlp/chub-train](https://github.com/chub-nlp/chub-train/tree/main/pretrain) "
            "(Apache 2.0).",
        ),
        {"license": "apache-2.0", "language": ["en"], "datasets": ["chub-nlp/chub-corpus"]},
        "open-weights",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasheet": "open",
            "trainingcode": "closed",
        },
        datasets=[
            Dataset(
                "chub-nlp/chub-corpus",
                "odc-by",
                _r13_corpus_sheet("Chub Corpus", "Chub NLP", "Chub-1B"),
            )
        ],
    ),
    # (f) A promise is not a publication: the card's "Training data" section says only "To be announced." and
    # nothing else in the release (card, Hub files, the linked repository's README) names or describes the data ->
    # datasources_basemodel closed (Infinity-Instruct.yaml, training code "soon to be released": closed;
    # Seed-OSS.yaml, a tech report "coming soon": closed); no datasheet or data documentation anywhere -> datasheet
    # closed (Yi.yaml "No data sheets found", alpaca.yaml). The repository is served and has data processing,
    # pre-training and evaluation code under Apache -> trainingcode open (OLMo.yaml); Apache, public ->
    # weights_endmodel open. Data not released and no legal or technical reason given (frameworks.md §4) ->
    # open-weights.
    HeldOut(
        "barbel-ai/Barbel-3B",
        "# Barbel-3B\n\n"
        "Barbel-3B is a 3.0B-parameter English and German base language model trained from scratch by Barbel AI.\n\n"
        "## Model details\n\n"
        "| | |\n|---|---|\n| Layers | 28 |\n| Hidden size | 3072 |\n| Attention heads | 24 (8 KV) |\n"
        "| Context length | 8192 |\n| Vocabulary | 64,000 (BPE) |\n| Training tokens | 2.5T |\n"
        "| Hardware | 96 H100 GPUs, 16 days |\n| Optimizer | AdamW, peak LR 3e-4, warmup-stable-decay |\n\n"
        "## Training data\n\nTo be announced.\n\n"
        "## Code\n\n"
        "The data processing, pre-training and evaluation code is at "
        "[barbel-ai/barbel](https://github.com/barbel-ai/barbel) (Apache 2.0).\n\n"
        "## Evaluation\n\n| Task | Score |\n|---|---|\n| ARC-e (en) | 71.0 |\n| HellaSwag (en) | 66.3 |\n"
        "| HellaSwag (de) | 52.8 |\n| MMLU | 44.9 |\n\n"
        "## Uses and limitations\n\n"
        "A base model for research and fine-tuning. It is not instruction-tuned or safety-tuned and can produce "
        "false, biased or offensive text.\n\n"
        "## License\n\nApache 2.0.\n",
        {"license": "apache-2.0", "language": ["en", "de"]},
        "open-weights",
        {
            "weights_endmodel": "open",
            "trainingcode": "open",
            "datasources_basemodel": "closed",
            "datasheet": "closed",
        },
        github=[
            _github(
                "barbel-ai/barbel",
                R13_PIPELINE_TREE,
                readme=b"# barbel\n\nThe data processing, pre-training and evaluation code of **Barbel-3B**.\n\n"
                b"    python data/extract.py && python data/filter.py && python data/dedup.py && python data/tokenize.py\n"
                b"    torchrun --nproc_per_node 8 train/pretrain.py --config configs/pretrain.yaml\n"
                b"    python eval/run.py\n\nApache License 2.0.\n",
            )
        ],
    ),
    # (g) A base that cannot be examined: a full-parameter fine-tune (its own weights public, ungated, Apache) of
    # zander-labs/Zander-7B, which the Hub serves gated with manual approval; no token, so the base's card and
    # files cannot be downloaded (only the API's metadata: `gated: manual`, `license: apache-2.0`, the gate's
    # prompt), and the index does not know Zander. What the gate itself says is read: a download that needs
    # approval -> weights_basemodel partial (frameworks.md §1.1 "gated downloads count as partial"; BELLE.yaml,
    # CodeLlama.yaml "Download only after requesting access"; round 11's Pratincole). The tune's own weights ->
    # weights_endmodel open; its one tuning set is on the Hub and is all of the tuning data ->
    # datasources_endmodel open (AMD OLMo.yaml, Magicoder.yaml). What the base was trained on, and whether its
    # training code is published, is behind the gate -> datasources_basemodel unknown; the tune's own data, SFT and
    # evaluation code are on GitHub, but the cell is open with the base's pre-training code and partial without
    # it, and that was never read -> trainingcode unknown. The tune's own weights are free to use without asking
    # anyone (a full fine-tune, not an adapter that needs the gated base), so the gate caps nothing; the label
    # hangs on the base's data and code: open-source-ai(-with-open-data) if they are published, open-weights if not
    # -> undetermined.
    HeldOut(
        "grayling-ai/Grayling-7B-Instruct",
        "# Grayling-7B-Instruct\n\n"
        "Grayling-7B-Instruct is [Zander-7B](https://huggingface.co/zander-labs/Zander-7B) after full-parameter "
        "supervised fine-tuning by Grayling AI, for following instructions and multi-turn chat in English.\n\n"
        "## Training data\n\n"
        "[grayling-ai/grayling-sft-60k](https://huggingface.co/datasets/grayling-ai/grayling-sft-60k): 60k "
        "instruction-response pairs and multi-turn conversations written by our annotators. It is all of the "
        "tuning data.\n\n"
        "## Training\n\n"
        "Full-parameter SFT for 3 epochs, learning rate 1e-5 (cosine), effective batch size 64, max length 8192, on "
        "8 H100 GPUs for 20 hours. The data-building, fine-tuning and evaluation code is at "
        "[grayling-ai/grayling-sft](https://github.com/grayling-ai/grayling-sft) (Apache 2.0).\n\n"
        "## Evaluation\n\n| | Zander-7B (5-shot) | Grayling-7B-Instruct |\n|---|---|---|\n"
        "| MT-Bench | - | 7.02 |\n| IFEval (strict) | - | 61.4 |\n| MMLU | 61.8 | 61.5 |\n\n"
        "## Limitations\n\n"
        "It can produce false, biased or offensive text; it has not been evaluated for safety-critical uses.\n\n"
        "## License\n\nApache 2.0, the licence of Zander-7B.\n",
        {
            "license": "apache-2.0",
            "base_model": "zander-labs/Zander-7B",
            "datasets": ["grayling-ai/grayling-sft-60k"],
            "language": ["en"],
        },
        "undetermined",
        {
            "weights_basemodel": "partial",
            "weights_endmodel": "open",
            "datasources_endmodel": "open",
            "datasources_basemodel": "unknown",
            "trainingcode": "unknown",
        },
        github=[
            _github(
                "grayling-ai/grayling-sft",
                _tree(
                    "README.md",
                    "LICENSE",
                    "data/build_sft.py",
                    "data/decontaminate.py",
                    "train/sft.py",
                    "configs/sft.yaml",
                    "eval/run_eval.py",
                ),
                readme=b"# grayling-sft\n\nData building, full-parameter SFT and evaluation of "
                b"Grayling-7B-Instruct.\n\n"
                b"    python data/build_sft.py       # annotator pairs -> chat format\n"
                b"    python data/decontaminate.py   # remove benchmark overlaps\n"
                b"    torchrun --nproc_per_node 8 train/sft.py --config configs/sft.yaml --base zander-labs/Zander-7B\n"
                b"    python eval/run_eval.py --suite mt_bench,ifeval,mmlu\n\n"
                b"The output of `data/` is exactly `grayling-ai/grayling-sft-60k` on the Hub.\n\nApache License 2.0.\n",
            )
        ],
        datasets=[
            Dataset(
                "grayling-ai/grayling-sft-60k",
                "cc-by-4.0",
                "---\nlicense: cc-by-4.0\nlanguage:\n- en\n---\n\n# Grayling SFT 60k\n\n"
                "60k instruction-response pairs and multi-turn conversations (writing, summarisation, reasoning, "
                "coding help), written by 30 paid annotators for Grayling AI between September and December 2025 "
                "from prompts they wrote themselves; every item was reviewed by a second annotator and items that "
                "overlap with MT-Bench, IFEval or MMLU were removed. No personal data. Released under CC BY 4.0.\n",
            )
        ],
        models=[
            _hub_model(
                "zander-labs/Zander-7B",
                "\n# Zander-7B\n\n"
                "Zander-7B is a 7.3B-parameter English base language model trained from scratch by Zander Labs on "
                "[zander-labs/zander-pile](https://huggingface.co/datasets/zander-labs/zander-pile) (2.2T tokens, "
                "ODC-By), with the pipeline at [zander-labs/zander](https://github.com/zander-labs/zander).\n\n"
                "## Access\n\nAccess requests are reviewed manually by Zander Labs.\n\n## License\n\nApache 2.0.\n",
                {
                    "license": "apache-2.0",
                    "language": ["en"],
                    "extra_gated_prompt": "Zander Labs reviews every access request by hand. Tell us who you are and how you will use Zander-7B.",
                    "extra_gated_button_content": "Request access",
                },
                gated=True,
            )
        ],
    ),
    # (h) No model card at all: the repository has no README.md; its file list is complete and readable otherwise
    # (the default `model.safetensors` and `config.json`, `generation_config.json`, `tokenizer_config.json`, a
    # LICENSE with the MIT text, and `tokenizer.json`, listed but not served: an unread file that documents
    # nothing). Absence of the card is looked for and found -> modelcard closed (alpaca.yaml "No model card
    # found.", koala.yaml), not unknown; nothing names or describes training data -> datasources_basemodel closed
    # (Mistral.yaml "No information provided on pretraining data"); no code anywhere -> trainingcode closed
    # (Mistral.yaml "No training code found."); public weights under the MIT LICENSE file -> weights_endmodel open
    # (round 4's pochard-1b) -> open-weights.
    HeldOut(
        "orfe-models/Orfe-2B",
        "",
        {},
        "open-weights",
        {
            "modelcard": "closed",
            "weights_endmodel": "open",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
        },
        extra_files={
            "LICENSE": ORFE_MIT,
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "max_new_tokens": 512,'
            b' "temperature": 0.7, "top_p": 0.9, "do_sample": true}',
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "bos_token": "<s>",'
            b' "eos_token": "</s>", "model_max_length": 4096}',
            "tokenizer.json": None,
        },
    ),
]


#: (a) An auto-generated Trainer card: the files a `transformers` text classifier pushes with it.
R14_DISTILBERT_CONFIG = (
    b'{"_name_or_path": "distilbert/distilbert-base-uncased", "activation": "gelu", "architectures":'
    b' ["DistilBertForSequenceClassification"], "dim": 768, "dropout": 0.1, "hidden_dim": 3072, "id2label": {"0":'
    b' "billing", "1": "bug_report", "2": "feature_request", "3": "account_access", "4": "cancellation", "5":'
    b' "other"}, "max_position_embeddings": 512, "model_type": "distilbert", "n_heads": 12, "n_layers": 6,'
    b' "problem_type": "single_label_classification", "torch_dtype": "float32", "transformers_version": "4.46.3",'
    b' "vocab_size": 30522}'
)

R14_TRAINER_CARD = (
    "<!-- This model card has been generated automatically according to the information the Trainer had access to. You\n"
    "should probably proofread and complete it, then remove this comment. -->\n\n"
    "# distilbert-base-uncased-finetuned-ticket-intent\n\n"
    "This model is a fine-tuned version of [distilbert/distilbert-base-uncased](https://huggingface.co/distilbert/distilbert-base-uncased) "
    "on the None dataset.\nIt achieves the following results on the evaluation set:\n"
    "- Loss: 0.2214\n- Accuracy: 0.9387\n- F1: 0.9381\n\n"
    "## Model description\n\nMore information needed\n\n"
    "## Intended uses & limitations\n\nMore information needed\n\n"
    "## Training and evaluation data\n\nMore information needed\n\n"
    "## Training procedure\n\n### Training hyperparameters\n\n"
    "The following hyperparameters were used during training:\n"
    "- learning_rate: 2e-05\n- train_batch_size: 32\n- eval_batch_size: 32\n- seed: 42\n"
    "- optimizer: Use adamw_torch with betas=(0.9,0.999) and epsilon=1e-08 and optimizer_args=No additional optimizer arguments\n"
    "- lr_scheduler_type: linear\n- num_epochs: 3\n\n"
    "### Training results\n\n"
    "| Training Loss | Epoch | Step | Validation Loss | Accuracy | F1     |\n"
    "|:-------------:|:-----:|:----:|:---------------:|:--------:|:------:|\n"
    "| 0.5121        | 1.0   | 625  | 0.2801          | 0.9190   | 0.9178 |\n"
    "| 0.2243        | 2.0   | 1250 | 0.2297          | 0.9351   | 0.9344 |\n"
    "| 0.1419        | 3.0   | 1875 | 0.2214          | 0.9387   | 0.9381 |\n\n\n"
    "### Framework versions\n\n"
    "- Transformers 4.46.3\n- Pytorch 2.5.1+cu124\n- Datasets 3.1.0\n- Tokenizers 0.20.3\n"
)

#: (b) A sentence-transformers card (the library's v3 template, filled in by `model.push_to_hub`).
R14_ST_CARD = (
    "# SentenceTransformer based on google-bert/bert-base-uncased\n\n"
    "This is a [sentence-transformers](https://www.SBERT.net) model finetuned from "
    "[google-bert/bert-base-uncased](https://huggingface.co/google-bert/bert-base-uncased) on the "
    "[question-pairs](https://huggingface.co/datasets/tarsier-nlp/question-pairs), "
    "[title-abstract-pairs](https://huggingface.co/datasets/tarsier-nlp/title-abstract-pairs) and "
    "[faq-answer-pairs](https://huggingface.co/datasets/tarsier-nlp/faq-answer-pairs) datasets. It maps sentences & "
    "paragraphs to a 768-dimensional dense vector space and can be used for semantic textual similarity, semantic "
    "search, paraphrase mining, text classification, clustering, and more.\n\n"
    "## Model Details\n\n### Model Description\n"
    "- **Model Type:** Sentence Transformer\n"
    "- **Base model:** [google-bert/bert-base-uncased](https://huggingface.co/google-bert/bert-base-uncased) "
    "<!-- at revision 86b5e0934494bd15c9632b12f734a8a67f723594 -->\n"
    "- **Maximum Sequence Length:** 256 tokens\n- **Output Dimensionality:** 768 dimensions\n"
    "- **Similarity Function:** Cosine Similarity\n- **Training Datasets:**\n"
    "    - [question-pairs](https://huggingface.co/datasets/tarsier-nlp/question-pairs)\n"
    "    - [title-abstract-pairs](https://huggingface.co/datasets/tarsier-nlp/title-abstract-pairs)\n"
    "    - [faq-answer-pairs](https://huggingface.co/datasets/tarsier-nlp/faq-answer-pairs)\n"
    "- **Language:** en\n- **License:** apache-2.0\n\n"
    "### Model Sources\n\n"
    "- **Documentation:** [Sentence Transformers Documentation](https://sbert.net)\n"
    "- **Repository:** [Sentence Transformers on GitHub](https://github.com/UKPLab/sentence-transformers)\n"
    "- **Hugging Face:** [Sentence Transformers on Hugging Face](https://huggingface.co/models?library=sentence-transformers)\n\n"
    "### Full Model Architecture\n\n"
    "```\nSentenceTransformer(\n"
    "  (0): Transformer({'max_seq_length': 256, 'do_lower_case': False}) with Transformer model: BertModel \n"
    "  (1): Pooling({'word_embedding_dimension': 768, 'pooling_mode_cls_token': False, 'pooling_mode_mean_tokens': True, "
    "'pooling_mode_max_tokens': False, 'pooling_mode_mean_sqrt_len_tokens': False, 'pooling_mode_weightedmean_tokens': False, "
    "'pooling_mode_lasttoken': False, 'include_prompt': True})\n)\n```\n\n"
    "## Usage\n\n### Direct Usage (Sentence Transformers)\n\n"
    "First install the Sentence Transformers library:\n\n```bash\npip install -U sentence-transformers\n```\n\n"
    "Then you can load this model and run inference.\n"
    "```python\nfrom sentence_transformers import SentenceTransformer\n\n"
    '# Download from the 🤗 Hub\nmodel = SentenceTransformer("tarsier-nlp/tarsier-embed-base-v1")\n'
    "# Run inference\nsentences = [\n    'How do I reset my router to factory settings?',\n"
    "    'What is the way to restore a router to its default configuration?',\n"
    "    'The router ships with a two-year warranty.',\n]\n"
    "embeddings = model.encode(sentences)\nprint(embeddings.shape)\n# [3, 768]\n\n"
    "# Get the similarity scores for the embeddings\nsimilarities = model.similarity(embeddings, embeddings)\n"
    "print(similarities.shape)\n# [3, 3]\n```\n\n"
    "<!--\n### Direct Usage (Transformers)\n\n<details><summary>Click to see the direct usage in Transformers</summary>\n\n"
    "</details>\n-->\n\n"
    "## Evaluation\n\n### Metrics\n\n#### Semantic Similarity\n\n"
    "* Datasets: `sts-dev` and `sts-test`\n"
    "* Evaluated with [<code>EmbeddingSimilarityEvaluator</code>](https://sbert.net/docs/package_reference/sentence_transformer/evaluation.html#sentence_transformers.evaluation.EmbeddingSimilarityEvaluator)\n\n"
    "| Metric              | sts-dev    | sts-test   |\n|:--------------------|:-----------|:-----------|\n"
    "| pearson_cosine      | 0.8612     | 0.8347     |\n| **spearman_cosine** | **0.8655** | **0.8401** |\n\n"
    "#### Information Retrieval\n\n* Dataset: `faq-dev`\n"
    "* Evaluated with [<code>InformationRetrievalEvaluator</code>](https://sbert.net/docs/package_reference/sentence_transformer/evaluation.html#sentence_transformers.evaluation.InformationRetrievalEvaluator)\n\n"
    "| Metric              | Value      |\n|:--------------------|:-----------|\n| cosine_accuracy@1   | 0.6120     |\n"
    "| cosine_accuracy@10  | 0.9035     |\n| **cosine_ndcg@10**  | **0.7588** |\n| cosine_mrr@10       | 0.7127     |\n\n"
    "<!--\n## Bias, Risks and Limitations\n\n*What are the known or foreseeable issues stemming from this model? You could "
    "also flag here known issues or failure modes.*\n-->\n\n"
    "## Training Details\n\n### Training Datasets\n\n#### question-pairs\n\n"
    "* Dataset: [question-pairs](https://huggingface.co/datasets/tarsier-nlp/question-pairs) at [3a1f9c2](https://huggingface.co/datasets/tarsier-nlp/question-pairs/tree/3a1f9c2)\n"
    "* Size: 402,118 training samples\n* Columns: <code>anchor</code> and <code>positive</code>\n"
    "* Approximate statistics based on the first 1000 samples:\n"
    "  |         | anchor | positive |\n  |:--------|:-------|:---------|\n  | type    | string | string   |\n"
    "  | details | <ul><li>min: 6 tokens</li><li>mean: 14.2 tokens</li><li>max: 61 tokens</li></ul> | "
    "<ul><li>min: 6 tokens</li><li>mean: 14.6 tokens</li><li>max: 58 tokens</li></ul> |\n"
    "* Samples:\n  | anchor | positive |\n  |:-------|:---------|\n"
    "  | <code>How can I make my laptop battery last longer?</code> | <code>What are ways to extend a notebook's battery life?</code> |\n"
    "* Loss: [<code>MultipleNegativesRankingLoss</code>](https://sbert.net/docs/package_reference/sentence_transformer/losses.html#multiplenegativesrankingloss) with these parameters:\n"
    '  ```json\n  {\n      "scale": 20.0,\n      "similarity_fct": "cos_sim"\n  }\n  ```\n\n'
    "#### title-abstract-pairs\n\n"
    "* Dataset: [title-abstract-pairs](https://huggingface.co/datasets/tarsier-nlp/title-abstract-pairs) at [b7e04d1](https://huggingface.co/datasets/tarsier-nlp/title-abstract-pairs/tree/b7e04d1)\n"
    "* Size: 650,000 training samples\n* Columns: <code>anchor</code> and <code>positive</code>\n"
    "* Loss: [<code>MultipleNegativesRankingLoss</code>](https://sbert.net/docs/package_reference/sentence_transformer/losses.html#multiplenegativesrankingloss) with these parameters:\n"
    '  ```json\n  {\n      "scale": 20.0,\n      "similarity_fct": "cos_sim"\n  }\n  ```\n\n'
    "#### faq-answer-pairs\n\n"
    "* Dataset: [faq-answer-pairs](https://huggingface.co/datasets/tarsier-nlp/faq-answer-pairs) at [0c55e8a](https://huggingface.co/datasets/tarsier-nlp/faq-answer-pairs/tree/0c55e8a)\n"
    "* Size: 151,300 training samples\n* Columns: <code>anchor</code> and <code>positive</code>\n"
    "* Loss: [<code>MultipleNegativesRankingLoss</code>](https://sbert.net/docs/package_reference/sentence_transformer/losses.html#multiplenegativesrankingloss) with these parameters:\n"
    '  ```json\n  {\n      "scale": 20.0,\n      "similarity_fct": "cos_sim"\n  }\n  ```\n\n'
    "### Training Hyperparameters\n#### Non-Default Hyperparameters\n\n"
    "- `eval_strategy`: steps\n- `per_device_train_batch_size`: 128\n- `per_device_eval_batch_size`: 128\n"
    "- `learning_rate`: 2e-05\n- `num_train_epochs`: 1\n- `warmup_ratio`: 0.1\n- `fp16`: True\n"
    "- `batch_sampler`: no_duplicates\n- `multi_dataset_batch_sampler`: proportional\n\n"
    "### Framework Versions\n- Python: 3.11.9\n- Sentence Transformers: 3.3.1\n- Transformers: 4.46.3\n"
    "- PyTorch: 2.5.1+cu124\n- Accelerate: 1.1.1\n- Datasets: 3.1.0\n- Tokenizers: 0.20.3\n\n"
    "## Citation\n\n### BibTeX\n\n#### Sentence Transformers\n"
    "```bibtex\n@inproceedings{reimers-2019-sentence-bert,\n"
    '    title = "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",\n'
    '    author = "Reimers, Nils and Gurevych, Iryna",\n'
    '    booktitle = "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing",\n'
    '    month = "11",\n    year = "2019",\n    publisher = "Association for Computational Linguistics",\n'
    '    url = "https://arxiv.org/abs/1908.10084",\n}\n```\n\n'
    "#### MultipleNegativesRankingLoss\n```bibtex\n@misc{henderson2017efficient,\n"
    "    title={Efficient Natural Language Response Suggestion for Smart Reply},\n"
    "    author={Matthew Henderson and Rami Al-Rfou and Brian Strope and Yun-hsuan Sung and Laszlo Lukacs and Ruiqi "
    "Guo and Sanjiv Kumar and Balint Miklos and Ray Kurzweil},\n"
    "    year={2017},\n    eprint={1705.00652},\n    archivePrefix={arXiv},\n    primaryClass={cs.CL}\n}\n```\n\n"
    "<!--\n## Glossary\n\n*Clearly define terms in order to be accessible across audiences.*\n-->\n\n"
    "<!--\n## Model Card Authors\n\n*Lists the people who create the model card, providing recognition and "
    "accountability for the detailed work that goes into its construction.*\n-->\n"
)


def _r14_pair_card(license_id: str, title: str, body: str) -> str:
    """A pair dataset's card as embedding-model publishers write it: what the pairs are, their columns and source,
    and the licence; nothing on how they were collected, filtered or checked beyond a sentence."""
    return (
        f"---\nlicense: {license_id}\nlanguage:\n- en\ntask_categories:\n- sentence-similarity\nsize_categories:\n"
        f"- 100K<n<1M\n---\n\n# {title}\n\n{body}\n\n"
        "## Dataset Structure\n\nOne split, `train`, with two string columns: `anchor` and `positive`.\n\n"
        '```python\nfrom datasets import load_dataset\n\nds = load_dataset("tarsier-nlp/'
        + title.lower().replace(" ", "-")
        + '", split="train")\n```\n'
    )


#: (c) A quantizer's GGUF repository: the quant files, an importance-matrix note, no safetensors or config.
R14_GGUF_FILES: dict[str, bytes | None] = {
    f"gemma-3-27b-it-{q}.gguf": None
    for q in ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "IQ4_XS", "Q3_K_L", "IQ2_M")
} | {"mmproj-gemma-3-27b-it-f16.gguf": None}

R14_GGUF_CARD = (
    "## Llamacpp imatrix Quantizations of gemma-3-27b-it by Google\n\n"
    'Using <a href="https://github.com/ggerganov/llama.cpp/">llama.cpp</a> release '
    '<a href="https://github.com/ggerganov/llama.cpp/releases/tag/b4877">b4877</a> for quantization.\n\n'
    "Original model: https://huggingface.co/google/gemma-3-27b-it\n\n"
    "All quants made using imatrix option with dataset from "
    "[here](https://gist.github.com/pangolin-quants/6f1d0c4be1c8a7f2b0c9d3e2a1b4c5d6)\n\n"
    "Run them in [LM Studio](https://lmstudio.ai/) or directly with "
    "[llama.cpp](https://github.com/ggerganov/llama.cpp), or any other llama.cpp based project. For the vision "
    "tower, load the `mmproj` file beside the model.\n\n"
    "## Prompt format\n\n"
    "```\n<bos><start_of_turn>user\n{system_prompt}\n\n{prompt}<end_of_turn>\n<start_of_turn>model\n```\n\n"
    "## Download a file (not the whole branch) from below:\n\n"
    "| Filename | Quant type | File Size | Split | Description |\n| -------- | ---------- | --------- | ----- | ----------- |\n"
    "| [gemma-3-27b-it-Q8_0.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-Q8_0.gguf) | Q8_0 | 28.71GB | false | Extremely high quality, generally unneeded but max available quant. |\n"
    "| [gemma-3-27b-it-Q6_K.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-Q6_K.gguf) | Q6_K | 22.17GB | false | Very high quality, near perfect, *recommended*. |\n"
    "| [gemma-3-27b-it-Q5_K_M.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-Q5_K_M.gguf) | Q5_K_M | 19.27GB | false | High quality, *recommended*. |\n"
    "| [gemma-3-27b-it-Q4_K_M.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-Q4_K_M.gguf) | Q4_K_M | 16.55GB | false | Good quality, default size for most use cases, *recommended*. |\n"
    "| [gemma-3-27b-it-IQ4_XS.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-IQ4_XS.gguf) | IQ4_XS | 14.77GB | false | Decent quality, smaller than Q4_K_S with similar performance, *recommended*. |\n"
    "| [gemma-3-27b-it-Q3_K_L.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-Q3_K_L.gguf) | Q3_K_L | 14.54GB | false | Lower quality but usable, good for low RAM availability. |\n"
    "| [gemma-3-27b-it-IQ2_M.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/gemma-3-27b-it-IQ2_M.gguf) | IQ2_M | 9.48GB | false | Relatively low quality, uses SOTA techniques to be surprisingly usable. |\n"
    "| [mmproj-gemma-3-27b-it-f16.gguf](https://huggingface.co/pangolin-quants/gemma-3-27b-it-GGUF/blob/main/mmproj-gemma-3-27b-it-f16.gguf) | f16 | 0.86GB | false | Vision projector, needed for image input. |\n\n"
    "## Downloading using huggingface-cli\n\n"
    'First, make sure you have huggingface-cli installed:\n\n```\npip install -U "huggingface_hub[cli]"\n```\n\n'
    "Then, you can target the specific file you want:\n\n"
    '```\nhuggingface-cli download pangolin-quants/gemma-3-27b-it-GGUF --include "gemma-3-27b-it-Q4_K_M.gguf" --local-dir ./\n```\n\n'
    "## Which file should I choose?\n\n"
    "First, figure out how big a model you can run: pick a file 1-2GB smaller than your GPU's total VRAM for the "
    "fastest speeds, or aim for your system RAM plus VRAM if you can accept slower generation. If you don't want to "
    "think too much, grab one of the K-quants (`QX_K_X`, like Q5_K_M); the I-quants (`IQX_X`) are newer and better "
    "for their size below Q4, but slower on CPU.\n\n"
    "## Credits\n\n"
    "Thank you to the llama.cpp contributors for the imatrix tooling, and to everyone who tested these quants.\n"
)

#: (d) A big lab's card: model information, intended use, hardware, data in general terms, benchmarks, a long
#: "Responsible AI" section that points to a use policy; the licence is only in the metadata.
R14_BIGLAB_CARD = (
    "# Kinkajou-14B-Instruct\n\n"
    "Kinkajou-14B-Instruct is a 14.2B-parameter multilingual large language model for dialogue, tool use and "
    "long-document work, pretrained and post-trained by Kinkajou AI. It is the first open-weight release of the "
    "Kinkajou family.\n\n"
    "## Model Information\n\n"
    "| | |\n|---|---|\n| Developer | Kinkajou AI |\n| Architecture | Decoder-only Transformer: 48 layers, hidden size "
    "5120, 40 query heads and 8 key-value heads (grouped-query attention), SwiGLU, RoPE (theta 1,000,000) |\n"
    "| Parameters | 14.2B |\n| Context length | 128k tokens |\n| Vocabulary | 151,552 tokens |\n"
    "| Input / output | Text / text and code |\n| Languages | English, German, French, Spanish, Italian, Portuguese, "
    "Hindi, Japanese |\n| Knowledge cutoff | March 2026 |\n| Release date | June 2026 |\n\n"
    "## Intended Use\n\n"
    "**Intended use cases.** Kinkajou-14B-Instruct is intended for commercial and research use in the supported "
    "languages: assistant-like chat, retrieval-augmented generation, agentic tool calling and summarising long "
    "documents. Developers may fine-tune it for other languages and tasks.\n\n"
    "**Out of scope.** Use in any manner that violates applicable laws or regulations (including trade compliance "
    "laws); use in languages beyond those listed without further tuning and safety evaluation.\n\n"
    "## How to use\n\n"
    "```python\nimport transformers\nimport torch\n\n"
    'pipe = transformers.pipeline(\n    "text-generation",\n    model="kinkajou-ai/Kinkajou-14B-Instruct",\n'
    '    model_kwargs={"torch_dtype": torch.bfloat16},\n    device_map="auto",\n)\n'
    'messages = [{"role": "user", "content": "Summarise the attached contract in five bullet points."}]\n'
    'print(pipe(messages, max_new_tokens=512)[0]["generated_text"][-1])\n```\n\n'
    "## Hardware and Software\n\n"
    "**Training factors.** Pretraining used our own training stack on a cluster of 4,096 NVIDIA H100-80GB GPUs "
    "(InfiniBand, 3D parallelism); post-training, annotation and evaluation ran on the same cluster.\n\n"
    "**Training energy use.** Pretraining and post-training took 2.9M cumulative GPU hours at a peak power of 700 W "
    "per GPU.\n\n"
    "**Greenhouse gas emissions.** Estimated location-based emissions were 812 tCO2eq; market-based emissions were 0 "
    "tCO2eq, as the cluster is matched with renewable energy purchases.\n\n"
    "| | Training time (GPU hours) | Power (W) | Location-based emissions (tCO2eq) |\n|---|---|---|---|\n"
    "| Pretraining | 2.7M | 700 | 756 |\n| Post-training | 0.2M | 700 | 56 |\n\n"
    "## Training Data\n\n"
    "**Overview.** Kinkajou-14B-Instruct was pretrained on about 16 trillion tokens of data from publicly available "
    "sources, data licensed from third parties and synthetic data. Post-training combined publicly available "
    "instruction datasets with over 12 million human-annotated and synthetically generated examples.\n\n"
    "**Data freshness.** The pretraining data has a cutoff of March 2026.\n\n"
    "## Training Procedure\n\n"
    "Pretraining ran in three stages: 14T tokens at 8k context, 1.8T tokens of higher-quality and multilingual data "
    "with the learning rate annealed to zero, and 200B tokens extending the context to 128k. Post-training applied "
    "several rounds of supervised fine-tuning, rejection sampling and direct preference optimisation (DPO), each "
    "round with new human preference annotations.\n\n"
    "## Benchmarks\n\n"
    "| Category | Benchmark | # shots | Metric | Kinkajou-14B-Instruct |\n|---|---|---|---|---|\n"
    "| General | MMLU-Pro | 5 | macro_avg/acc | 61.8 |\n| Instruction following | IFEval | 0 | avg strict | 86.1 |\n"
    "| Reasoning | GPQA Diamond | 0 | acc | 47.2 |\n| Math | MATH-500 | 0 | final_em | 78.4 |\n"
    "| Code | HumanEval+ | 0 | pass@1 | 79.9 |\n| Tool use | BFCL v3 | 0 | overall acc | 63.5 |\n"
    "| Long context | RULER 128k | 0 | acc | 81.0 |\n| Multilingual | MGSM | 0 | em | 74.6 |\n\n"
    "## Responsible AI\n\n"
    "Kinkajou AI believes that openness and safety go together. Our approach is to give developers a capable model, "
    "the tools to deploy it safely, and clear rules for how it may be used.\n\n"
    "### Our approach\n\n"
    "We follow a three-part strategy for managing trust and safety risks: enabling developers to deploy helpful, "
    "safe and flexible experiences for their target audience; protecting developers against adversarial users "
    "aiming to exploit the model's capabilities; and providing protections for the community against misuse of the "
    "model.\n\n"
    "### Safety fine-tuning\n\n"
    "Safety data is part of every round of post-training. We combined human-written and synthetic adversarial "
    "prompts with borderline requests, so that the model refuses what it should refuse without refusing benign "
    "requests that merely sound sensitive, and we tuned the tone of refusals to be short and non-judgmental.\n\n"
    "### Red teaming\n\n"
    "Internal and external experts in cybersecurity, election integrity, chemical and biological risks and child "
    "safety ran adversarial exercises against each release candidate, and their findings fed back into the safety "
    "data and the evaluations.\n\n"
    "### Critical risks\n\n"
    "**CBRNE.** We assessed whether the model meaningfully increases the capability of malicious actors to plan or "
    "carry out attacks with chemical, biological, radiological, nuclear or explosive weapons, and found no uplift "
    "beyond what is available on the web.\n\n"
    "**Child safety.** Expert teams assessed risks to children in all supported languages, and the model was tuned "
    "to refuse and redirect such requests.\n\n"
    "**Cyber attack enablement.** We tested the model on capture-the-flag challenges and attack planning tasks; it "
    "did not complete end-to-end attacks without substantial human help.\n\n"
    "### System safeguards\n\n"
    "Large language models, including Kinkajou-14B-Instruct, are not designed to be deployed in isolation but as "
    "part of an overall AI system with additional guardrails. Developers should deploy input and output classifiers "
    "appropriate to their use case; we publish Kinkajou Guard, a safety classifier, for this purpose.\n\n"
    "### Usage policy\n\n"
    "Prohibited uses of Kinkajou models are defined in the "
    "[Kinkajou Acceptable Use Policy](https://kinkajou.ai/legal/acceptable-use-policy), which the model license "
    "incorporates. Your use of Kinkajou-14B-Instruct must comply with that policy, and you must pass it on to "
    "anyone to whom you distribute the model or a derivative of it. To report a violation, a bug or a safety "
    "concern, write to safety@kinkajou.ai.\n\n"
    "### Ethical considerations and limitations\n\n"
    "The core values of Kinkajou-14B-Instruct are openness, inclusivity and helpfulness. Like every language model, "
    "it can produce inaccurate, biased or otherwise objectionable responses, and its behaviour cannot be predicted "
    "in advance for every prompt. Before deploying it in an application, developers should perform safety testing "
    "and tuning tailored to that application.\n"
)

#: (e) A research lab's release: the pipeline on GitHub, two corpora declared in the card's metadata.
R14_NUMBAT_README = b"""# numbat

The complete pipeline behind **Numbat-1.3B** ([arXiv:2711.05823](https://arxiv.org/abs/2711.05823)): everything
needed to rebuild the two corpora, pre-train the model and reproduce every number in the paper.

## Installation

    git clone https://github.com/numbat-lab/numbat && cd numbat
    pip install -e ".[data,train,eval]"

Python 3.11, PyTorch 2.5 and a CUDA 12 toolkit are required; `make test` runs the unit tests of every stage.

## 1. Building the corpora (`numbat/data/`)

| Step | Module | What it does |
|---|---|---|
| 1 | `numbat.data.download` | fetches the Common Crawl WARC files listed in `configs/snapshots.txt` and the GitHub repositories listed in `configs/repos.txt` |
| 2 | `numbat.data.extract` | extracts the main text of each page with resiliparse; keeps source files of 31 languages |
| 3 | `numbat.data.langid` | keeps English pages (fastText lid.176, score above 0.65) |
| 4 | `numbat.data.quality` | heuristic filters (repetition, symbol ratio, line length) and the quality classifier in `models/quality.bin` |
| 5 | `numbat.data.dedup` | MinHash-LSH deduplication (5-grams, 20 bands of 13 rows) across all snapshots |
| 6 | `numbat.data.pii` | masks email addresses, phone numbers and IP addresses |
| 7 | `numbat.data.tokenize` | tokenizes and packs 4096-token sequences |

`python -m numbat.data.build --config configs/data.yaml` runs the seven steps; its output is exactly the
`numbat-lab/numbat-web` and `numbat-lab/numbat-stack` datasets on the Hub. Every option is documented in
`configs/data.yaml` and in `docs/data.md`.

## 2. Pre-training (`numbat/train/`)

    torchrun --nnodes 8 --nproc_per_node 8 -m numbat.train --config configs/numbat-1.3b.yaml

`configs/numbat-1.3b.yaml` is the exact configuration of the released checkpoint (model shape, optimizer,
schedule, batch size, data mixture, seed). `docs/training.md` explains each field, the FSDP setup and how to
resume from any of the 60 intermediate checkpoints.

## 3. Evaluation (`numbat/eval/`)

`python -m numbat.eval --checkpoint <path> --suite paper` reproduces Tables 3-6 of the paper with the
lm-evaluation-harness task configurations in `numbat/eval/tasks/`.

## 4. Export

`python -m numbat.export --checkpoint <path> --out hf/` converts a checkpoint to the transformers format
published on the Hub.

## License

Apache License 2.0.
"""

R14_NUMBAT_CARD = (
    "# Numbat-1.3B\n\n"
    "[![arXiv](https://img.shields.io/badge/arXiv-2711.05823-b31b1b.svg)](https://arxiv.org/abs/2711.05823) "
    "[![GitHub](https://img.shields.io/badge/GitHub-numbat--lab%2Fnumbat-181717?logo=github)](https://github.com/numbat-lab/numbat)\n\n"
    "Numbat-1.3B is a 1.3B-parameter English language model trained from scratch by the Numbat Lab to study how data "
    "filtering choices shape small models. We release the weights, the data, the code and 60 intermediate "
    "checkpoints so that every experiment in the paper can be repeated.\n\n"
    "- **Paper:** [Numbat: What Small Models Learn From Filtered Web Data](https://arxiv.org/abs/2711.05823) (arXiv "
    "preprint; it describes the data pipeline, the training and the evaluation in full)\n"
    "- **Code:** [github.com/numbat-lab/numbat](https://github.com/numbat-lab/numbat): the full pipeline, from the "
    "raw crawl to the evaluation (Apache 2.0)\n"
    "- **License:** Apache 2.0\n\n"
    "## Model Details\n\n"
    "| | |\n|---|---|\n| Layers | 24 |\n| Hidden size | 2048 |\n| Attention heads | 16 (MHA) |\n"
    "| Context length | 4096 |\n| Vocabulary | 50,304 (BPE, trained on the corpus) |\n"
    "| Positional encoding | RoPE |\n| Training tokens | 1.3T |\n\n"
    "## Training Data\n\n"
    "Numbat-1.3B was pre-trained on two corpora we built and published on the Hub, Numbat Web (1.1T tokens of "
    "English web text from 18 Common Crawl snapshots) and Numbat Stack (0.2T tokens of permissively licensed source "
    "code). They are declared in this card's metadata and are the complete training data; both dataset cards are "
    "full datasheets.\n\n"
    "## Training Procedure\n\n"
    "AdamW (beta1 0.9, beta2 0.95, weight decay 0.1), peak learning rate 4e-4 with 2,000 warmup steps and cosine "
    "decay to 4e-5, global batch of 1,024 sequences of 4,096 tokens, 310k steps, bf16 mixed precision with FSDP, on "
    "64 NVIDIA A100 80GB GPUs (8 nodes) for 11 days.\n\n"
    "## Evaluation\n\n"
    "| Task | Numbat-1.3B | Pythia-1.4B | OLMo-1B |\n|---|---|---|---|\n| ARC-e | 66.1 | 60.4 | 63.1 |\n"
    "| ARC-c | 35.0 | 28.0 | 31.4 |\n| HellaSwag | 61.7 | 52.0 | 62.5 |\n| PIQA | 74.9 | 71.1 | 75.1 |\n"
    "| MMLU (5-shot) | 30.2 | 25.9 | 25.8 |\n\n"
    "## Intended Uses and Limitations\n\n"
    "A research artifact for studying pre-training data. It is a base model, not instruction-tuned or "
    "safety-tuned; it can produce false, biased or offensive text and should not be deployed to end users.\n\n"
    "## Environmental Impact\n\n"
    "About 16,900 A100 GPU hours in a university datacentre; estimated 1.9 tCO2eq.\n\n"
    "## Citation\n\n"
    "```bibtex\n@misc{numbat2027,\n      title={Numbat: What Small Models Learn From Filtered Web Data},\n"
    "      author={Numbat Lab},\n      year={2027},\n      eprint={2711.05823},\n      archivePrefix={arXiv},\n"
    "      primaryClass={cs.CL},\n      url={https://arxiv.org/abs/2711.05823},\n}\n```\n"
)


def _r14_numbat_sheet(title: str, what: str, collection: str, preprocessing: str) -> str:
    """A full Gebru-style datasheet of one of Numbat-1.3B's two corpora."""
    return _datasheet(
        "odc-by",
        title,
        {
            "Motivation": f"{title} was built by the Numbat Lab as part of the complete pre-training data of "
            "Numbat-1.3B, so that the effect of each filtering step on a small model can be measured and repeated by "
            "anyone. The work was funded by a public research grant; no company data or user data was used.",
            "Composition": what,
            "Collection Process": collection,
            "Preprocessing": preprocessing,
            "Uses": "Pre-training language models and research on data filtering. Not suitable as a representative "
            "sample of its sources, nor for extracting information about individuals; the masking of personal data "
            "is imperfect and is documented in the paper.",
            "Distribution": "Released on the Hugging Face Hub under ODC-By 1.0. The underlying documents keep their "
            "own terms (the Common Crawl terms of use for web pages; the original open-source licences for code), "
            "which are recorded per document.",
            "Maintenance": "Maintained by the Numbat Lab. Takedown requests sent to the dataset's discussion page are "
            "honoured in the next point release, and every release is listed with its changes in this card.",
        },
    )


#: (f) A PEFT-generated card: the library's template with only the summary line filled in.
R14_PEFT_CARD = (
    "# Model Card for Model ID\n\n"
    "<!-- Provide a quick summary of what the model is/does. -->\n\n"
    "LoRA adapter that extracts supplier, dates, totals and line items from invoices as JSON.\n\n"
    "## Model Details\n\n### Model Description\n\n<!-- Provide a longer summary of what this model is. -->\n\n\n\n"
    "- **Developed by:** [More Information Needed]\n- **Funded by [optional]:** [More Information Needed]\n"
    "- **Shared by [optional]:** [More Information Needed]\n- **Model type:** [More Information Needed]\n"
    "- **Language(s) (NLP):** [More Information Needed]\n- **License:** [More Information Needed]\n"
    "- **Finetuned from model [optional]:** [More Information Needed]\n\n"
    "### Model Sources [optional]\n\n<!-- Provide the basic links for the model. -->\n\n"
    "- **Repository:** [More Information Needed]\n- **Paper [optional]:** [More Information Needed]\n"
    "- **Demo [optional]:** [More Information Needed]\n\n"
    "## Uses\n\n<!-- Address questions around how the model is intended to be used, including the foreseeable users of "
    "the model and those affected by the model. -->\n\n"
    "### Direct Use\n\n<!-- This section is for the model use without fine-tuning or plugging into a larger ecosystem/app. -->\n\n"
    "[More Information Needed]\n\n"
    "### Downstream Use [optional]\n\n<!-- This section is for the model use when fine-tuned for a task, or when plugged "
    "into a larger ecosystem/app -->\n\n[More Information Needed]\n\n"
    "### Out-of-Scope Use\n\n<!-- This section addresses misuse, malicious use, and uses that the model will not work well "
    "for. -->\n\n[More Information Needed]\n\n"
    "## Bias, Risks, and Limitations\n\n<!-- This section is meant to convey both technical and sociotechnical "
    "limitations. -->\n\n[More Information Needed]\n\n"
    "### Recommendations\n\n<!-- This section is meant to convey recommendations with respect to the bias, risk, and "
    "technical limitations. -->\n\n"
    "Users (both direct and indirect) should be made aware of the risks, biases and limitations of the model. More "
    "information needed for further recommendations.\n\n"
    "## How to Get Started with the Model\n\nUse the code below to get started with the model.\n\n"
    "[More Information Needed]\n\n"
    "## Training Details\n\n### Training Data\n\n<!-- This should link to a Dataset Card, perhaps with a short stub of "
    "information on what the training data is all about as well as documentation related to data pre-processing or "
    "additional filtering. -->\n\n[More Information Needed]\n\n"
    "### Training Procedure\n\n<!-- This relates heavily to the Technical Specifications. Content here should link to "
    "that section when it is relevant to the training procedure. -->\n\n"
    "#### Preprocessing [optional]\n\n[More Information Needed]\n\n\n"
    "#### Training Hyperparameters\n\n- **Training regime:** [More Information Needed] <!--fp32, fp16 mixed precision, "
    "bf16 mixed precision, bf16 non-mixed precision, fp16 non-mixed precision, fp8 mixed precision -->\n\n"
    "#### Speeds, Sizes, Times [optional]\n\n<!-- This section provides information about throughput, start/end time, "
    "checkpoint size if relevant, etc. -->\n\n[More Information Needed]\n\n"
    "## Evaluation\n\n<!-- This section describes the evaluation protocols and provides the results. -->\n\n"
    "### Testing Data, Factors & Metrics\n\n#### Testing Data\n\n<!-- This should link to a Dataset Card if possible. -->\n\n"
    "[More Information Needed]\n\n#### Factors\n\n<!-- These are the things the evaluation is disaggregating by, e.g., "
    "subpopulations or domains. -->\n\n[More Information Needed]\n\n#### Metrics\n\n<!-- These are the evaluation "
    "metrics being used, ideally with a description of why. -->\n\n[More Information Needed]\n\n"
    "### Results\n\n[More Information Needed]\n\n#### Summary\n\n\n\n"
    "## Model Examination [optional]\n\n<!-- Relevant interpretability work for the model goes here -->\n\n"
    "[More Information Needed]\n\n"
    "## Environmental Impact\n\n<!-- Total emissions (in grams of CO2eq) and additional considerations, such as "
    "electricity usage, that are relevant to the model can go here. -->\n\n"
    "Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) "
    "presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).\n\n"
    "- **Hardware Type:** [More Information Needed]\n- **Hours used:** [More Information Needed]\n"
    "- **Cloud Provider:** [More Information Needed]\n- **Compute Region:** [More Information Needed]\n"
    "- **Carbon Emitted:** [More Information Needed]\n\n"
    "## Technical Specifications [optional]\n\n### Model Architecture and Objective\n\n[More Information Needed]\n\n"
    "### Compute Infrastructure\n\n[More Information Needed]\n\n#### Hardware\n\n[More Information Needed]\n\n"
    "#### Software\n\n[More Information Needed]\n\n"
    "## Citation [optional]\n\n<!-- If there is a paper or blog post introducing the model, the APA and Bibtex information "
    "for that should go in this section. -->\n\n**BibTeX:**\n\n[More Information Needed]\n\n**APA:**\n\n"
    "[More Information Needed]\n\n"
    "## Glossary [optional]\n\n[More Information Needed]\n\n"
    "## More Information [optional]\n\n[More Information Needed]\n\n"
    "## Model Card Authors [optional]\n\n[More Information Needed]\n\n"
    "## Model Card Contact\n\n[More Information Needed]\n"
    "### Framework versions\n\n- PEFT 0.13.2"
)

#: (g) mergekit's own card for a task-arithmetic merge over a real base, with its YAML recipe.
R14_MERGE_CARD = (
    "# Bandicoot-7B-TA\n\n"
    "This is a merge of pre-trained language models created using [mergekit](https://github.com/arcee-ai/mergekit).\n\n"
    "## Merge Details\n### Merge Method\n\n"
    "This model was merged using the [Task Arithmetic](https://arxiv.org/abs/2212.04089) merge method using "
    "[Qwen/Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct) as a base.\n\n"
    "### Models Merged\n\nThe following models were included in the merge:\n"
    "* [potoroo-ai/Potoroo-7B-Coder](https://huggingface.co/potoroo-ai/Potoroo-7B-Coder)\n"
    "* [bilby-ml/Bilby-7B-Writer](https://huggingface.co/bilby-ml/Bilby-7B-Writer)\n\n"
    "### Configuration\n\nThe following YAML configuration was used to produce this model:\n\n"
    "```yaml\nbase_model: Qwen/Qwen2.5-7B-Instruct\ndtype: bfloat16\nmerge_method: task_arithmetic\n"
    "parameters:\n  normalize: true\nslices:\n- sources:\n  - layer_range: [0, 28]\n    model: Qwen/Qwen2.5-7B-Instruct\n"
    "  - layer_range: [0, 28]\n    model: potoroo-ai/Potoroo-7B-Coder\n    parameters:\n      weight: 0.6\n"
    "  - layer_range: [0, 28]\n    model: bilby-ml/Bilby-7B-Writer\n    parameters:\n      weight: 0.4\n```\n"
)

#: (h) A card that is a link to the announcement and a licence line.
R14_BLOG_CARD = (
    "# Wombat-8B\n\n"
    "Read all about Wombat-8B in our announcement: [Introducing Wombat-8B](https://wombat.ai/blog/introducing-wombat-8b)\n\n"
    "License: Apache 2.0\n"
)

#: Round 14, written blind by a helper that never read the rules: real-world card styles of popular Hub models,
#: written fresh. An auto-generated Trainer card over distilbert/distilbert-base-uncased ("on the None dataset",
#: "More information needed"); a sentence-transformers v3 card over google-bert/bert-base-uncased with three Hub
#: pair datasets; a quantizer's GGUF card of google/gemma-3-27b-it tagged apache-2.0, its original only a bare
#: "Original model:" URL; a big lab's card with a long "Responsible AI" section pointing to its use policy, the
#: licence only `license: other` + `license_name` + an off-Hub `license_link`; a research lab's card with arXiv,
#: GitHub and BibTeX, its two corpora declared only in the metadata; PEFT's card template over a LoRA of
#: Qwen/Qwen2.5-7B-Instruct; mergekit's card of a task-arithmetic merge; and a card that is a blog link and a
#: licence line. The real bases (DistilBERT, BERT, Gemma 3 27B IT, Qwen2.5 7B Instruct) are not served.
ROUND_14: list[HeldOut] = [
    # (a) The Trainer's card for a text classifier fine-tuned from DistilBERT (a distillation of BERT on BERT's own
    # data; BERT.yaml "collates base BERT and its many derivatives"). The base's weights are public under Apache ->
    # weights_basemodel open (BERT.yaml); its data is English Wikipedia and BookCorpus, which is no longer available
    # -> datasources_basemodel closed (BERT.yaml). The tune is public, Apache (`license: apache-2.0`, as the Trainer
    # writes it) -> weights_endmodel open; "on the None dataset" and "Training and evaluation data: More information
    # needed" name no tuning data -> datasources_endmodel closed (Falcon.yaml "Instruct-tuning data not detailed":
    # closed). The card is the template: hyperparameters, a results table and framework versions, every prose
    # section "More information needed" -> modelcard partial (Vicuna.yaml "Minimal model card": partial;
    # Magicoder.yaml "some information about training"); hyperparameters but no hardware, and nothing on the
    # architecture -> hardware_architecture closed (leo.yaml "Hyperparameters provided, but no hardware": closed);
    # the tune has no preprint or paper of its own (BERT's are its base's) -> preprint closed, paper closed
    # (leo.yaml "Only blog post found", Starling.yaml); no code published -> code closed (leo.yaml "No code, so no
    # documentation"). Tuning data and training code missing -> open-weights.
    HeldOut(
        "quoll-ml/distilbert-base-uncased-finetuned-ticket-intent",
        R14_TRAINER_CARD,
        {
            "library_name": "transformers",
            "license": "apache-2.0",
            "base_model": "distilbert/distilbert-base-uncased",
            "tags": ["generated_from_trainer"],
            "metrics": ["accuracy", "f1"],
            "model-index": [{"name": "distilbert-base-uncased-finetuned-ticket-intent", "results": []}],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "modelcard": "partial",
            "hardware_architecture": "closed",
            "preprint": "closed",
            "paper": "closed",
            "code": "closed",
        },
        extra_files={
            "config.json": R14_DISTILBERT_CONFIG,
            "tokenizer_config.json": b'{"do_lower_case": true, "model_max_length": 512, "tokenizer_class":'
            b' "DistilBertTokenizer"}',
            "tokenizer.json": None,
            "vocab.txt": None,
            "special_tokens_map.json": b'{"cls_token": "[CLS]", "mask_token": "[MASK]", "pad_token": "[PAD]",'
            b' "sep_token": "[SEP]", "unk_token": "[UNK]"}',
            "training_args.bin": None,
        },
    ),
    # (b) A sentence-transformers model card (the v3 template: model description, architecture, usage, evaluation
    # tables, one block per training dataset, hyperparameters, framework versions, the library's BibTeX) over
    # google-bert/bert-base-uncased. BERT's weights are public, Apache -> weights_basemodel open (BERT.yaml); its
    # BookCorpus is no longer available -> datasources_basemodel closed (BERT.yaml). The tune is public, Apache ->
    # weights_endmodel open; its three training datasets are listed with links as "Training Datasets" (the
    # template lists every dataset the trainer saw) and are on the Hub -> datasources_endmodel open (Llama-Nemotron.yaml
    # "Dataset published on HuggingFace", AMD OLMo.yaml). Their cards say what the pairs are and where they come
    # from, not how they were collected, filtered or checked, and BERT's data is documented only in part ->
    # datasheet partial (BERT.yaml partial; Claire.yaml; NeuralChat.yaml "Datasheets contain differing amounts of
    # information"). Architecture, usage, training data, loss, hyperparameters and evaluation are all there ->
    # modelcard open (Phi.yaml, pharia.yaml: training data, architecture, evaluation). The BibTeX entries are the
    # library's and the loss's (Sentence-BERT at EMNLP 2019, arXiv:1705.00652), by other authors, not a report on
    # this model -> preprint closed, paper closed (Starling.yaml "linked preprint not by model creators": closed).
    # BERT's data missing and no training code -> open-weights.
    HeldOut(
        "tarsier-nlp/tarsier-embed-base-v1",
        R14_ST_CARD,
        {
            "language": ["en"],
            "license": "apache-2.0",
            "library_name": "sentence-transformers",
            "tags": [
                "sentence-transformers",
                "sentence-similarity",
                "feature-extraction",
                "generated_from_trainer",
                "dataset_size:1203418",
                "loss:MultipleNegativesRankingLoss",
            ],
            "base_model": "google-bert/bert-base-uncased",
            "datasets": [
                "tarsier-nlp/question-pairs",
                "tarsier-nlp/title-abstract-pairs",
                "tarsier-nlp/faq-answer-pairs",
            ],
            "pipeline_tag": "sentence-similarity",
            "metrics": ["pearson_cosine", "spearman_cosine", "cosine_ndcg@10"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "open",
            "datasheet": "partial",
            "modelcard": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={
            "config.json": b'{"_name_or_path": "google-bert/bert-base-uncased", "architectures": ["BertModel"],'
            b' "hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12, "intermediate_size": 3072,'
            b' "max_position_embeddings": 512, "model_type": "bert", "vocab_size": 30522}',
            "modules.json": b'[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},'
            b' {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]',
            "config_sentence_transformers.json": b'{"__version__": {"sentence_transformers": "3.3.1", "transformers":'
            b' "4.46.3", "pytorch": "2.5.1+cu124"}, "prompts": {}, "default_prompt_name": null, "similarity_fn_name":'
            b' "cosine"}',
            "sentence_bert_config.json": b'{"max_seq_length": 256, "do_lower_case": false}',
            "1_Pooling/config.json": b'{"word_embedding_dimension": 768, "pooling_mode_cls_token": false,'
            b' "pooling_mode_mean_tokens": true, "pooling_mode_max_tokens": false}',
            "tokenizer.json": None,
            "vocab.txt": None,
        },
        datasets=[
            Dataset(
                "tarsier-nlp/question-pairs",
                "cc-by-sa-4.0",
                _r14_pair_card(
                    "cc-by-sa-4.0",
                    "Question Pairs",
                    "402k pairs of questions that users of Stack Exchange sites marked as duplicates of each other, "
                    "taken from the Stack Exchange data dump of April 2024, for training embedding models. Licensed "
                    "CC BY-SA 4.0, like the dump.",
                ),
            ),
            Dataset(
                "tarsier-nlp/title-abstract-pairs",
                "cc-by-4.0",
                _r14_pair_card(
                    "cc-by-4.0",
                    "Title Abstract Pairs",
                    "650k (title, abstract) pairs of open-access papers from arXiv and PubMed Central whose "
                    "abstracts are under CC BY. Licensed CC BY 4.0.",
                ),
            ),
            Dataset(
                "tarsier-nlp/faq-answer-pairs",
                "cc-by-4.0",
                _r14_pair_card(
                    "cc-by-4.0",
                    "FAQ Answer Pairs",
                    "151k (question, answer) pairs from the FAQ pages of public-sector websites of English-speaking "
                    "countries, published under open government licences. Licensed CC BY 4.0.",
                ),
            ),
        ],
    ),
    # (c) A quantizer's GGUF repository of google/gemma-3-27b-it (not served; the index must know it), in the
    # style of the popular llama.cpp quantizers: "Original model:" as a bare URL (no `base_model` in the
    # metadata, as in older quantizer cards), a table of quant files, download instructions, an importance-matrix
    # calibration set linked as a gist. The repository holds only the .gguf files (`_OwnLayout`). The quantizer
    # tags it `apache-2.0`, but a quantization is the original's weights, and Gemma's are under the Gemma Terms of
    # Use with their Prohibited Use Policy -> weights-available, licenses closed (Gemma.yaml "Bespoke Gemma ...
    # and restrictive Terms of Use": closed). Gemma 3's pre-trained weights are gated -> weights_basemodel partial
    # (Gemma.yaml); its data is undisclosed -> datasources_basemodel closed (Gemma.yaml; the calibration text is
    # not training data); no datasheet and no peer-reviewed paper anywhere -> datasheet closed, paper closed
    # (Gemma.yaml). The quant files themselves are public and ungated -> weights_endmodel open.
    _OwnLayout(
        "pangolin-quants/gemma-3-27b-it-GGUF",
        R14_GGUF_CARD,
        {
            "quantized_by": "pangolin-quants",
            "pipeline_tag": "image-text-to-text",
            "license": "apache-2.0",
            "tags": ["gguf", "imatrix", "gemma3"],
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "partial",
            "datasources_basemodel": "closed",
            "licenses": "closed",
            "datasheet": "closed",
            "paper": "closed",
        },
        extra_files=dict(R14_GGUF_FILES),
    ),
    # (d) A big lab's card (model information, intended use, how to use, hardware and energy, data in general
    # terms, training stages, benchmarks, a long "Responsible AI" section) for a model pretrained and post-trained
    # by the lab. The weights' licence is named only in the metadata: `license: other`, `license_name:
    # kinkajou-model-license` and a `license_link` to the lab's site (no LICENSE file in the repository, no
    # licence section in the card). The Responsible AI section says the licence incorporates the lab's Acceptable
    # Use Policy and that use "must comply with that policy" and pass it on -> a use policy by reference, a use
    # restriction whatever the unread licence adds -> weights-available (frameworks.md §4), licenses closed
    # (Llama-Nemotron.yaml "NVIDIA Open Model License Agreement, not an OSI-approved license"; Gemma.yaml). Public,
    # ungated -> weights_endmodel open (Llama-Nemotron.yaml). "Publicly available sources, data licensed from
    # third parties and synthetic data" -> datasources_basemodel closed (llama-3.3.yaml "a new mix of publicly
    # available online data": closed); no datasheet -> datasheet closed (Gemma.yaml); no code at all ->
    # trainingcode closed, code closed (Granite.yaml "No training code found", "No code, so no documentation").
    # Architecture, hardware, GPU hours, training stages, data overview, benchmarks, intended use, risks and
    # limitations -> modelcard open (pharia.yaml, Gemma.yaml "requisite information"); layers, widths, heads,
    # context, cluster, GPU hours and the three pretraining stages -> hardware_architecture open (Granite.yaml
    # "Hardware architecture outlined in model card", pharia.yaml); no report or paper -> preprint closed, paper
    # closed (Mistral.yaml).
    HeldOut(
        "kinkajou-ai/Kinkajou-14B-Instruct",
        R14_BIGLAB_CARD,
        {
            "license": "other",
            "license_name": "kinkajou-model-license",
            "license_link": "https://kinkajou.ai/legal/model-license",
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "language": ["en", "de", "fr", "es", "it", "pt", "hi", "ja"],
            "tags": ["kinkajou", "chat"],
        },
        "weights-available",
        {
            "weights_endmodel": "open",
            "licenses": "closed",
            "datasources_basemodel": "closed",
            "trainingcode": "closed",
            "modelcard": "open",
            "hardware_architecture": "open",
            "datasheet": "closed",
            "preprint": "closed",
            "paper": "closed",
            "code": "closed",
        },
        extra_files={
            "generation_config.json": b'{"bos_token_id": 151643, "eos_token_id": [151645, 151643], "temperature":'
            b' 0.6, "top_p": 0.9, "do_sample": true}',
            "tokenizer.json": None,
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 131072}',
        },
    ),
    # (e) A research lab's card: arXiv and GitHub badges, a "Paper" line (an arXiv preprint said to describe the
    # data pipeline, training and evaluation in full), details, data, procedure, evaluation, uses and limitations,
    # environmental impact and a BibTeX block (@misc, arXiv eprint). Its two corpora are named in the text without
    # links and declared in the metadata (`datasets`), as "the complete training data", each on the Hub under
    # ODC-By with a full Gebru datasheet card. Apache weights, public -> weights_endmodel open; both corpora shared
    # -> datasources_basemodel open (OLMo.yaml); the linked repository has download, extraction, language ID,
    # quality filtering, deduplication, PII masking, tokenization, pre-training and evaluation -> trainingcode open
    # (OLMo.yaml); its README documents each step, its configuration and the commands -> code open (OLMo.yaml
    # "Repositories and code well-described"; Cosmos.yaml "Repository is well-documented"); Apache, ODC-By,
    # Apache -> licenses open (AMD OLMo.yaml); datasheets -> datasheet open (OLMo.yaml); full card -> modelcard
    # open (OLMo.yaml); layers, widths, heads, context, optimizer, schedule, batch, steps, GPUs and days ->
    # hardware_architecture open (OLMo.yaml, smollm.yaml); arXiv preprint covering data, training and evaluation
    # -> preprint open (OLMo.yaml); no peer-reviewed publication (the BibTeX is an arXiv @misc) -> paper closed
    # (EuroLLM.yaml "No peer-reviewed version of preprint found"). Everything released -> open-source-ai-with-open-data.
    HeldOut(
        "numbat-lab/Numbat-1.3B",
        R14_NUMBAT_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["numbat-lab/numbat-web", "numbat-lab/numbat-stack"],
            "tags": ["research", "pretraining-data"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "code": "open",
            "licenses": "open",
            "datasheet": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
            "preprint": "open",
            "paper": "closed",
        },
        github=[
            _github(
                "numbat-lab/numbat",
                _tree(
                    "README.md",
                    "LICENSE",
                    "Makefile",
                    "pyproject.toml",
                    "configs/data.yaml",
                    "configs/snapshots.txt",
                    "configs/repos.txt",
                    "configs/numbat-1.3b.yaml",
                    "docs/data.md",
                    "docs/training.md",
                    "numbat/data/download.py",
                    "numbat/data/extract.py",
                    "numbat/data/langid.py",
                    "numbat/data/quality.py",
                    "numbat/data/dedup.py",
                    "numbat/data/pii.py",
                    "numbat/data/tokenize.py",
                    "numbat/data/build.py",
                    "numbat/train/__main__.py",
                    "numbat/train/model.py",
                    "numbat/eval/__main__.py",
                    "numbat/export.py",
                    "tests/test_dedup.py",
                ),
                readme=R14_NUMBAT_README,
            )
        ],
        datasets=[
            Dataset(
                "numbat-lab/numbat-web",
                "odc-by",
                _r14_numbat_sheet(
                    "Numbat Web",
                    "1.1T tokens in 910M English web documents, one JSON line per document with `id`, `url`, `crawl`, "
                    "`text` and `quality_score` fields, in 4,096 zstd-compressed shards. It is not a random sample of "
                    "the web: the quality classifier favours explanatory prose, and forums and listings are rare.",
                    "Pages come from 18 Common Crawl snapshots (CC-MAIN-2023-06 to CC-MAIN-2025-13), downloaded from "
                    "the Common Crawl bucket between March and June 2025. Common Crawl honours robots.txt at crawl "
                    "time; pages from domains on our opt-out list were dropped before extraction.",
                    "Main-text extraction with resiliparse, English language identification (fastText, above 0.65), "
                    "heuristic filters, a quality classifier trained on pages cited by Wikipedia (threshold 0.4), "
                    "MinHash-LSH deduplication across snapshots and masking of emails, phone numbers and IP addresses; "
                    "each step is a module of github.com/numbat-lab/numbat.",
                ),
            ),
            Dataset(
                "numbat-lab/numbat-stack",
                "odc-by",
                _r14_numbat_sheet(
                    "Numbat Stack",
                    "0.2T tokens of source code in 31 programming languages from 2.1M GitHub repositories, one JSON "
                    "line per file with `repo`, `path`, `license`, `language` and `content` fields. Python, "
                    "JavaScript, Java and C++ make up 61% of the tokens.",
                    "Repositories under permissive licences (MIT, BSD, Apache 2.0, ISC and similar, detected with "
                    "ScanCode) were cloned from GitHub in April 2025 from the list in `configs/repos.txt`; "
                    "repositories whose owners opted out through our form were excluded.",
                    "Generated, minified and vendored files were removed by path and content rules, files over 1MB "
                    "or with lines over 1,000 characters were dropped, exact and near duplicates were removed with "
                    "MinHash, and secrets and emails were masked with detect-secrets and regular expressions.",
                ),
            ),
        ],
    ),
    # (f) A LoRA adapter whose card is PEFT's template with only the summary line filled in; the base is
    # Qwen/Qwen2.5-7B-Instruct (named in the metadata PEFT writes and in adapter_config.json; not served, the
    # index must know it). The repository holds the adapter and tokenizer files only (`_OwnLayout`). No licence
    # anywhere: no `license` metadata, "**License:** [More Information Needed]", no LICENSE file; all rights
    # reserved by default -> weights-available, licenses closed (the rubric's "unclear licensing or no open
    # licence": closed). The adapter is public -> weights_endmodel open; its base is published on the Hub under
    # Apache, ungated -> weights_basemodel open (Mistral.yaml "Model weights made available on HuggingFace");
    # Qwen's data is undisclosed -> datasources_basemodel closed (Qwen.yaml); the adapter's is "[More
    # Information Needed]" -> datasources_endmodel closed; no code from either -> trainingcode closed, code closed
    # (Qwen.yaml "Repository does not contain code", "No code, so no documentation"); a template of placeholders
    # gives no insight -> modelcard closed (Llama-Nemotron.yaml "general information, but none about model
    # architecture, training, or fine-tuning": closed); no datasheet -> datasheet closed; architecture and
    # compute "[More Information Needed]" -> hardware_architecture closed (Qwen.yaml); the only arXiv link is the
    # template's Lacoste et al. (2019) carbon calculator, by other authors -> preprint closed (Starling.yaml
    # "linked preprint not by model creators"), paper closed.
    _OwnLayout(
        "dormouse-dev/qwen2.5-7b-instruct-invoice-lora",
        R14_PEFT_CARD,
        {"base_model": "Qwen/Qwen2.5-7B-Instruct", "library_name": "peft"},
        "weights-available",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "licenses": "closed",
            "modelcard": "closed",
            "datasheet": "closed",
            "hardware_architecture": "closed",
            "preprint": "closed",
            "paper": "closed",
            "code": "closed",
        },
        extra_files={
            "adapter_config.json": b'{"alpha_pattern": {}, "auto_mapping": null, "base_model_name_or_path":'
            b' "Qwen/Qwen2.5-7B-Instruct", "bias": "none", "fan_in_fan_out": false, "inference_mode": true,'
            b' "init_lora_weights": true, "lora_alpha": 32, "lora_dropout": 0.05, "peft_type": "LORA", "r": 16,'
            b' "revision": null, "target_modules": ["q_proj", "v_proj", "k_proj", "o_proj"], "task_type":'
            b' "CAUSAL_LM", "use_dora": false, "use_rslora": false}',
            "adapter_model.safetensors": None,
            "tokenizer.json": None,
            "tokenizer_config.json": b'{"model_max_length": 131072, "tokenizer_class": "Qwen2Tokenizer"}',
            "special_tokens_map.json": b'{"eos_token": "<|im_end|>", "pad_token": "<|endoftext|>"}',
            "training_args.bin": None,
        },
    ),
    # (g) mergekit's card for a task-arithmetic merge over Qwen/Qwen2.5-7B-Instruct (not served; the index must
    # know it) of two served full fine-tunes of it, both Apache, whose tuning data is their publishers' own and
    # unreleased; the metadata lists all three as `base_model`, as mergekit writes it, and the merger added
    # `license: apache-2.0`. Every parent is Apache and public -> weights_endmodel open, licenses open (Qwen.yaml,
    # Mistral.yaml: Apache weights, "Apache-2.0": open); Qwen2.5-7B is published -> weights_basemodel open; Qwen's
    # data is undisclosed -> datasources_basemodel closed (Qwen.yaml); the merge learnt what its parents were
    # tuned on, "internal" and "private" collections -> datasources_endmodel closed (Qwen.yaml "Data not
    # specified or documented"). The card tells how the model was made (method, parents, weights, recipe) and
    # nothing on uses, evaluation or limitations -> modelcard partial (NeuralChat.yaml "limited information in
    # desired categories": partial); its arXiv link is the task-arithmetic method's paper, by other authors ->
    # preprint closed (Starling.yaml), paper closed. Base data missing -> open-weights.
    HeldOut(
        "bandicoot-merges/Bandicoot-7B-TA",
        R14_MERGE_CARD,
        {
            "base_model": [
                "Qwen/Qwen2.5-7B-Instruct",
                "potoroo-ai/Potoroo-7B-Coder",
                "bilby-ml/Bilby-7B-Writer",
            ],
            "library_name": "transformers",
            "tags": ["mergekit", "merge"],
            "license": "apache-2.0",
        },
        "open-weights",
        {
            "weights_endmodel": "open",
            "weights_basemodel": "open",
            "datasources_basemodel": "closed",
            "datasources_endmodel": "closed",
            "licenses": "open",
            "modelcard": "partial",
            "preprint": "closed",
            "paper": "closed",
        },
        models=[
            _hub_model(
                "potoroo-ai/Potoroo-7B-Coder",
                "\n# Potoroo-7B-Coder\n\n"
                "Potoroo-7B-Coder is [Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct) after "
                "full-parameter fine-tuning on 150k Python and TypeScript instruction/solution pairs from our internal "
                "collection, which is not released.\n\n## License\n\nApache 2.0.\n",
                {
                    "license": "apache-2.0",
                    "base_model": "Qwen/Qwen2.5-7B-Instruct",
                    "library_name": "transformers",
                },
            ),
            _hub_model(
                "bilby-ml/Bilby-7B-Writer",
                "\n# Bilby-7B-Writer\n\n"
                "Bilby-7B-Writer is [Qwen2.5-7B-Instruct](https://huggingface.co/Qwen/Qwen2.5-7B-Instruct) fine-tuned "
                "for fiction writing on a private collection of licensed short stories.\n\n## License\n\nApache 2.0.\n",
                {
                    "license": "apache-2.0",
                    "base_model": "Qwen/Qwen2.5-7B-Instruct",
                    "library_name": "transformers",
                },
            ),
        ],
    ),
    # (h) A card that is a link to the announcement blog post and a licence line ("License: Apache 2.0", and
    # `license: apache-2.0`), beside the weights, config and tokenizer. The release is read in full: the blog post
    # is an announcement off the Hub, not a file of the release and not a code repository, and the card says
    # nothing is kept there. Apache, public -> weights_endmodel open, licenses open (Qwen.yaml: Apache weights and
    # nothing else released: open). No code in the repository or linked -> trainingcode closed, code closed
    # (Qwen.yaml); no training data named or described -> datasources_basemodel closed (Mistral.yaml "No
    # information provided"); the card is a title and a link -> modelcard closed (Qwen.yaml "release-by-blogpost",
    # model card closed); no datasheet -> datasheet closed; no architecture or hardware documented (a
    # config.json is not documentation) -> hardware_architecture closed (Qwen.yaml, Mistral.yaml); a blog post is
    # not a preprint -> preprint closed (leo.yaml "Only blog post found", NeuralChat.yaml "A medium post"), paper
    # closed. Training code and data information known missing -> open-weights.
    HeldOut(
        "wombat-ai/Wombat-8B",
        R14_BLOG_CARD,
        {"license": "apache-2.0"},
        "open-weights",
        {
            "weights_endmodel": "open",
            "licenses": "open",
            "trainingcode": "closed",
            "datasources_basemodel": "closed",
            "modelcard": "closed",
            "datasheet": "closed",
            "hardware_architecture": "closed",
            "preprint": "closed",
            "paper": "closed",
            "code": "closed",
        },
        extra_files={
            "generation_config.json": b'{"bos_token_id": 1, "eos_token_id": 2, "temperature": 0.7, "top_p": 0.9}',
            "tokenizer.json": None,
            "tokenizer_config.json": b'{"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": 8192}',
        },
    ),
]

#: Releases whose expectation opengauge does not meet, each with why (strict expected failures: a change that
#: makes one pass must take it out of here, and say why in the round's docstring).
DISAGREEMENTS: dict[str, str] = {
    "scoter-ai/Scoter-1.4B-Chat": "datasources of the base: the served Pythia-1.4b card declares the dataset "
    "EleutherAI/pile, which this round does not serve (the Hub answers 404, as it does for the real id since the "
    "Pile was taken down); a declared dataset the Hub says does not exist is not published, so the base's data "
    "reads partial where the round (after Pythia.yaml, whose experts link the_pile_deduplicated) expected open",
    "potoo-nlp/Potoo-1B": "modelcard: 5 of the 9 standard sections under other words (technical specs 'What's "
    "inside', training, evaluation, limitations 'Known weak spots', getting started 'Using it', which holds only a "
    "code snippet and so is not the intended-uses section); no model details, uses, environmental impact or "
    "citation section, so partial where the round expected open",
    "firecrest-ai/Firecrest-7B-Tutor": "datasheet and modelcard: the base OLMo-2-1124-7B's data documentation "
    "is partial in the index (the olmo-mix-1124 card has no section on how the data was collected or curated; the "
    "OLMo 2 report describes it), so the tune's datasheet reads partial where the round (after OLMo.yaml, rated "
    "for a later OLMo) expected open; and a card of three sentences with no headings has none of the standard "
    "sections, closed, where the round expected partial (the experts rate Grok's usage-only card closed)",
    "wryneck-ai/Wryneck-TS-200M": "datasources: the training data is a table of ten public benchmark names without "
    "links that the dataset catalog does not know (time-series benchmarks); opengauge cannot tell they are public, "
    "so the data reads closed (described, no dataset it can check) and the label open-weights",
    "bushtit-lm/Bushtit-1B": "weights: the weights are a zip on the publisher's S3 bucket; opengauge reads the "
    "pointer but does not follow links off the Hub, so whether they are published is unknown and the label "
    "undetermined, where the round (after Omnilingual ASR.yaml) expected open",
    "siskin-ai/Siskin-3B-Instruct": "a card that is a changelog: the v2.0 entry's 'weights under CC BY-NC 4.0' and "
    "'Continued pre-training of v1' are read as this release's terms and lineage, though the v3.0 entry says the "
    "v3 weights are Apache 2.0 and retrained from scratch; opengauge does not tell a version history from the "
    "current release",
    "redpoll-ai/Llama-3.1-Redpoll-VL-8B": "weights_basemodel: one of the two foundations (the SigLIP encoder) is "
    "not in the index and not served, so the base weights are unknown (partial through Llama or closed through "
    "an unread SigLIP: not decided), where the round expected partial; the base data is closed through Llama "
    "whatever SigLIP's",
    "quoll-ml/distilbert-base-uncased-finetuned-ticket-intent": "label and base cells: the base DistilBERT is not "
    "served by this round and the built-in index does not hold it, so the base cannot be examined and the label "
    "is undetermined (a base model's licence can bind its derivatives), where the round expected open weights "
    "from BERT.yaml",
    "tarsier-nlp/tarsier-embed-base-v1": "label and base cells as the DistilBERT tune (BERT is not in the index and "
    "not served); and preprint and paper open from the sentence-transformers template's BibTeX (Sentence-BERT, "
    "the loss's arXiv paper), which opengauge reads as the model's own citations",
    "bandicoot-merges/Bandicoot-7B-TA": "modelcard: a mergekit card (merge method, parents, YAML recipe) has none of "
    "the standard sections, closed, where the round (after NeuralChat.yaml) expected partial",
    "wombat-ai/Wombat-8B": "hardware_architecture: the card documents nothing, but the repository's config.json "
    "counts as the architecture's documentation (partial), where the round (after Qwen.yaml and Mistral.yaml, "
    "rated closed with a config on the Hub) expected closed; not counting a config alone was tried and left "
    "every built-in index entry (which keeps no card text) with its architecture unknown, so the rule stays "
    "until the index records the architecture facts",
    "wagtail-ai/Wagtail-1B": "datasources and label: the linked repository's README (read since round 10: the "
    "publisher's own repositories document the release) says '`data/download.py` fetches the FineWeb sample we "
    "used', a processed part of FineWeb that is not published (the experts' partial: 'no filtered dataset "
    "provided', Teuken); the label then needs data information, and FineWeb's dataset card is not served by "
    "this round (unknown), so undetermined (at least open weights) where the round, written for the card "
    "alone, expected open-source-ai-with-open-data",
    # round 15 (tests/assess/heldout_round15.py)
    "rowan-lab/Rowan-1B": "modelcard: the Markdown files of the model repository's docs/ folder are read since "
    "round 16 (label, data, training code and datasheet now right), and those the card links count as part of the "
    "model card, but together they cover 6 of the 9 standard sections (no model details, environmental impact or "
    "citation), so partial where the round (after OLMoE.yaml, 'links to full details') expected open",
    "hoverfly-search/hoverfly-static-retrieval-en": "licenses: the released parts (weights, code, two datasets) are "
    "under open licences and the third dataset is withheld; opengauge rates licences by what is released (open), "
    "the round by the rubric's 'everything, incl. all data sources' (partial); the expert files split (Lucie.yaml "
    "open, Neo.yaml partial)",
    "stonefly-vision/stonefly-vit-large-patch14-224": "licenses: withheld training data beside open weights and code, "
    "rated by what is released (open) where the round expected partial (as Hoverfly's; the expert files split)",
    "springtail-lab/Springtail-TS-200M": "label and licenses: the five sources linked off the Hub (Zenodo, the UCI "
    "repository, NOAA, EIA, Wikimedia dumps) are read as listed and published (the data-archive rule written after "
    "this round; datasources right), but two are 'US public domain', which names no licence, so the data's licences are not all open (partial); "
    "and the data is described only in a section of the model card, not a datasheet (closed, as the round "
    "expects), which OSAID's data information (a description of provenance, selection and processing) does not "
    "take for one, so the label stays open weights",
    "treehopper-code/Treehopper-Coder-3B": "licenses: the code dataset declares `license: other` (a compilation of "
    "permissively licensed files, ODC-By as a whole, said only in its card's prose), which opengauge does not read "
    "as an open licence, so partial where the round expected open; and the label Open Source AI, not with open data",
    "froghopper-robotics/froghopper-dp-peg-insertion": "trainingcode and label: the data are simulation episodes "
    "made by the released `generate.py` and converted by `to_lerobot.py`; opengauge's data-processing vocabulary "
    "does not read a generator of episodes as data code (`generate.py` is inference in language-model "
    "repositories), so training code partial and the label open weights",
    "scarab-audio/Scarab-Music-Large": "modelcard: 6 of the 9 standard sections (no environmental impact, technical "
    "specifications or citation section), partial under opengauge's 7-of-9 rule (see Cordgrass-7B); the label, "
    "Open Source AI for licensed music that cannot be shared and an Article 53(1)(d) summary, is right",
    "cordgrass-ai/Cordgrass-7B": "modelcard: 6 of the 9 standard sections (model details, uses, limitations, "
    "getting started, training, evaluation), partial under opengauge's rule of 7 with training and evaluation, "
    "where the round expected open; 6 with training, evaluation and the architecture was tried as open and cut "
    "the corpus releases' model-card agreement with the experts from 55 % to 46 %, so the rule stays",
    "marram-lab/Marram-2-7B": "a card over two versions: the metadata's datasets and the v1 history entry name v1's "
    "public corpora, which opengauge reads as this release's data (partial: 'also trained on data that is not "
    "published') with their datasheets (open), where the card says v2 was trained on Marram Mix 2 'and nothing "
    "else' (closed, as round 12's changelog card); and the model card (4 of 9) and licences (the released parts "
    "open; the experts split) as opengauge rates them",
    "eelgrass-lab/Eelgrass-3B": "modelcard: 6 of the 9 standard sections, partial (see Cordgrass-7B); the weights "
    "kept in the second Hub repository the card links are read since this round (`Release.weights_repo`), and the "
    "label is right",
    "encina-nlp/Encina-1B": "datasheet: the English dataset card's Preprocesamiento is one sentence ('Ninguno aparte "
    "del de FineWeb-Edu, salvo un segundo enmascaramiento ...'), under the 150 characters opengauge asks of a "
    "datasheet topic (`SHEET_SECTION_MIN`, as rounds 9 and 12), so partial where the round expected open",
    "organza-nlp/Organza-9B-Instruct": "licenses: the weights are bound by the base's bespoke terms while the "
    "tuning data and the code are openly licensed: two of weights, training code and training data open, the "
    "rubric's own words for partial (frameworks.md §1.1: 'parts open-licensed: at least two ... of weights, training "
    "code, training data'), where the round followed Tulu.yaml and Poro.yaml (closed; Arabic StableLM.yaml rates "
    "the same shape partial)",
    "sateen-quants/Organza-9B-Instruct-GGUF": "licenses: as its original Organza-9B-Instruct (partial by the "
    "rubric's words, where the round expected closed)",
    "ajwain-labs/Fenugreek-8B-Invoice-LoRA": "licenses: the adapter is bound by its base's bespoke terms while its "
    "tuning data and code are openly licensed: partial by the rubric's words (see Organza-9B-Instruct), where the "
    "round followed Poro.yaml and Tulu.yaml (closed)",
    "crumhorn-ai/Crumhorn-8x1B": "datasources_basemodel: the mixture of experts was made from the dense Rebec-1B by "
    "sparse upcycling and trained for another 400B tokens on two public Hub datasets; opengauge rates the base-model "
    "cell by the dense base alone (its data undisclosed: closed) and reads the 400B tokens as the derivative's own "
    "data (datasources_endmodel open), where the round, after Geitje.yaml (a base's undisclosed data beside the "
    "derivative's disclosed further pre-training: partial), expected partial; the card never says 'continued "
    "pre-training', and a rule that moved large further-training data into the base cell would need the experts' "
    "files to say where tuning ends",
    "giolao-ai/GioLao-2B-Chat": "label and trainingcode: the card's Vietnamese 'Giấy phép' section adds a "
    "research-and-non-commercial condition to Apache 2.0; opengauge reads licence texts in English and Chinese only, "
    "so since this round such a section (one that says more than a licence's name) leaves the weights' terms "
    "undecided (label undetermined, the reason naming the unread language) instead of letting `license: apache-2.0` "
    "govern (open-weights before), where the round, reading the Vietnamese, expected weights-available; and the "
    "tune's own code is unpublished while its base's pipeline is public, closed where the round expected partial: "
    "the expert files rate that shape closed (StarChat.yaml, a tune of the openly developed StarCoder2 with no code "
    "of its own: 'No repository containing training code found', the base's code not counted) and only the mirror "
    "case partial (Fietje.yaml, the tune's code without the base's)",
    "gypsum-dev/topaz-8b-instruct-finetuned": "hardware_architecture: the Trainer's card documents nothing of the "
    "architecture, but config.json counts as its documentation (partial), where the round (after leo.yaml) expected "
    "closed: the rule kept for Wombat-8B (round 14), whose reason says why",
    "calcite-user/autotrain-zircon-helpdesk": "modelcard: AutoTrain's card has one standard section, its usage, and "
    "opengauge keeps a card of usage instructions partial (the model-card definition: of the cards the experts "
    "describe as mainly usage, 25 are rated partial, 17 closed), where the round (after Qwen.yaml) expected closed",
    "tuff-studio/galena-lora-p3rs0n": "modelcard: a trigger word and a diffusers snippet are its uses and getting "
    "started, 2 of 9 standard sections, partial as any card of usage instructions (see AutoTrain's above), where the "
    "round (after Qwen.yaml and openjourney.yaml) expected closed",
    "jadeite-labs/setfit-spinel-returns-intent": "preprint: the card SetFit writes cites SetFit's own paper (arXiv "
    "2209.11055), which the paper catalog records as a method's, presenting no model: never a model's recipe, as "
    "LoRA's (closed), where the round (after Stable Beluga.yaml, a method's preprint by others) expected partial; "
    "round 14 expected the sentence-transformers template's citation closed",
    "opalwork/final-model-v3": "datasources_basemodel and hardware_architecture: config.json's `_name_or_path` is "
    "where transformers loaded the configuration from, often a template for a model trained from scratch (gpt2), so "
    "it is not read as lineage without the card saying so, and the base data mirror the end model's (closed) where "
    "the round expected the named model's (open); config.json counts as the architecture's documentation (partial, "
    "as for Wombat-8B) where the round expected closed",
    # round 31 (documentation at the edge of each level)
    "calima-ai/Calima-9B": "datasheet and licenses: an EU AI Act public summary of training content counts as a "
    "datasheet (open, as the experts rate Bielik's and Bria's, 'Article 53 (1)(d) training data summary found'; "
    "Phi.yaml's 'limited data summary' partial is the other side), though it no longer stands for OSAID's data "
    "information (the label is right); the withheld data has no licence to read, so licenses stay open (24 expert "
    "files rate open weights beside undisclosed data open, Apriel.yaml partial), where the round expected partial for both",
    "pampero-dev/Lenticular-8B-Pampero-Chat": "modelcard and hardware_architecture: a card of usage instructions has "
    "the getting-started and inference sections, partial as any such card (see AutoTrain's and Galena's above), and "
    "config.json counts as the architecture's documentation (partial, as for Wombat-8B), where the round (after "
    "Grok.yaml) expected closed for both",
    "tramontane-nlp/Tramontane-3B-Instruct": "modelcard and hardware_architecture: opengauge counts the standard "
    "sections that say something, not how much (the model-card definition's `differs`), so nine one-sentence "
    "sections read open where the round (after PixArt.yaml) expected partial; a one-line model type beside the "
    "model's own peer-reviewed paper reads open, the paper taken to describe the architecture and setup (YuLan.yaml, "
    "'documented in paper'), where the round expected closed",
    "foehn-ai/Foehn-2-7B": "hardware_architecture: the architecture in prose and 'Training ran on 512 GPUs' read open, "
    "as the experts rate TildeOpen's 'Hyperparameters and GPU count outlined on HF page', where the round expected "
    "partial (a count with no type, hours or energy)",
    "simoom-nlp/Lenticular-8B-Sami-Instruct": "hardware_architecture: the fine-tune's hardware, hours and energy "
    "and an architecture given as config.json read open, where the round (after Tulu.yaml and mT0.yaml) expected "
    "partial, the base's pre-training setup undocumented",
    "haboob-ml/Haboob-1B": "modelcard: a card of links to the publisher's GitHub documentation counts the sections of "
    "the README it links (the OLMoE reading, 'links to full details': open), partial here, where the round (after "
    "WizardLM.yaml) expected closed",
    "bastion-ai/Bastion-2B": "training code, code documentation and preprint: the card links the publisher's general "
    "training framework at its root, with no configuration of this model's run; opengauge reads a linked "
    "repository's training entry points as the model's training code (open) and the framework's arXiv paper, cited "
    "in the card's line about it, as the model's preprint, where the round expected partial, partial and closed: "
    "telling a general framework from a model's own code needs the run's configuration to be looked for by name, "
    "not yet done",
    "cornice-nlp/Cornice-3B": "preprint: the framework's method paper, cited in the framework's README only, reads "
    "partial (a method the model applies), where the round expected closed (not cited by the card)",
    "architrave-ai/Architrave-1B": "label and licenses: the linked monorepo folder has its own LICENSE (CC BY-NC "
    "4.0), which the loopback server lists but cannot serve; opengauge reads the folder as the model's code and "
    "its unread licence as unknown (the root's Apache does not govern it), and the card's sentence that states "
    "the folder's licence is not read as a statement of the code's licence, so the label is undetermined where "
    "the round expected open-weights",
}
