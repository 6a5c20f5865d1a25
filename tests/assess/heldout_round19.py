# ruff: noqa: E501 (the cards keep their own line breaks)
"""Held-out release round 19 (`ROUND_19`, 8 releases, written blind by a helper that never read the rules or the
probes): modalities and release types beyond chat language models, documented as their publishers document them.
Each release is served by the loopback Hub (with its linked GitHub repositories, datasets and, for the speech model,
its served base) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "Verdict principles", and the expert
files in `../shared/reference/osai-index/`, which rate image, audio, video and code models too, cited beside each
cell). No real base is used: every model, dataset and repository is invented. Earlier rounds had a Whisper-style
speech model trained from scratch beside two non-commercial corpora (12), a NeMo `.nemo` speech archive (18), a
text-to-image transformer whose only licence was `license: openrail++` and whose data was a LAION subset (12), a
time-series model whose data was ten benchmark names without links (12), a protein model on UniRef (12) and a
sentence-transformers card over BERT (14); this round avoids those shapes: a two-stage speech model whose base is
served, an Open RAIL-M-style text in LICENSE.md over a diffusers layout, a static embedding model trained from
scratch with its weights in the library's module folder, a timm backbone, benchmarks linked with their licences, a
code dataset whose metadata licence is `other`, a LeRobot policy and a music model with an EU AI Act summary file.

The releases:
- (a) katydid-speech/Katydid-CTC-300M-nl: a wav2vec 2.0-style Dutch speech recogniser, CTC fine-tuned (front matter
  with `base_model` and a model-index block of WERs, a KenLM 5-gram in `language_model/`) from the publisher's
  self-supervised encoder katydid-speech/Katydid-SSL-300M (served), pre-trained on two unlabelled Hub corpora; both
  transcribed fine-tuning sets on the Hub, all four with datasheet cards; the whole pipeline on GitHub
  (open-source-ai-with-open-data).
- (b) lacewing-ai/Lacewing-Diffusion-1: a latent text-to-image model in the diffusers layout with a single-file
  checkpoint, `license: openrail` and LICENSE.md, the "Lacewing Open RAIL-M License" (commercial use granted, the
  nine use restrictions of its Attachment A binding on every recipient); 30.2M licensed stock images not released
  beside 8.2M public-domain images on the Hub; fine-tuning scripts only; a Stable Diffusion-style card that cites the
  latent diffusion paper and says it "has no paper of its own" (weights-available).
- (c) hoverfly-search/hoverfly-static-retrieval-en: a sentence-transformers StaticEmbedding model "trained from
  scratch" (only the BERT uncased tokenizer's vocabulary borrowed), its weights in `0_StaticEmbedding/`, the
  library's card titled "... with BERT uncased tokenizer finetuned on various datasets", six public Hub pair datasets
  and a `json` dataset of help-centre logs "which we do not publish", `train.py` in the repository (open-weights).
- (d) stonefly-vision/stonefly-vit-large-patch14-224: a self-supervised ViT-L/14 backbone under a timm card whose
  "Papers:" are the methods' (DINO, iBOT, ViT); 180M images curated from the publisher's own crawl, described step
  by step, "We do not release the images", no reason; curation and training code on GitHub (open-weights).
- (e) springtail-lab/Springtail-TS-200M: a time-series forecaster whose "complete training data" is a table of five
  public sources, each with its licence and a link off the Hub (Zenodo, UCI, NOAA, EIA, Wikimedia), rebuilt by
  published download and checksum scripts; eight benchmarks named as evaluation only
  (open-source-ai-with-open-data).
- (f) treehopper-code/Treehopper-Coder-3B: a code model in BigCode's card style trained only on its Hub dataset of
  permissively licensed files with an opt-out, whose metadata licence is `other` and whose datasheet card says each
  file keeps its repository's permissive licence, the compilation ODC-By; the full pipeline on GitHub
  (open-source-ai-with-open-data).
- (g) froghopper-robotics/froghopper-dp-peg-insertion: a LeRobot diffusion policy under LeRobot's card template and
  the lab's sections; its data are 12,000 simulated "Demonstrations" that a released scripted expert generated
  (`generate.py`, `to_lerobot.py`), all published as a LeRobot dataset on the Hub (open-source-ai-with-open-data).
- (h) scarab-audio/Scarab-Music-Large: a text-to-music model in MusicGen's card style, MIT, trained only on a
  production-music catalogue whose licence "forbids us to redistribute the recordings ... This is why the training
  data cannot be released", with TRAINING_DATA_SUMMARY.md, the EU AI Act Article 53(1)(d) public summary, in the
  model repository and the processing and training code on GitHub (open-source-ai).

First run (before any rule changed, on commit 647b750; HEAD moved from 2a69e91 to 647b750 while the round was being
written, by another session's commit on weights kept in another repository of the publisher; other sessions'
uncommitted edits to `src/opengauge/licenses/` (additions.py, rules.yaml) and an untracked
`tests/licenses/heldout/round41.py` were in the working tree; pytest cut the reasons short, so their full text was
read from a throwaway test outside the project that served the same eight cases through `_serve`, since deleted,
which gave the same levels): **1 of 8 right**, labels and cells (Katydid-CTC-300M-nl, open-source-ai-with-open-data,
the served base read as the foundation: base and end weights and data, training code, datasheet and licences all
open). 4 of 8 labels right (also Lacewing-Diffusion-1, weights-available citing LICENSE.md line 29, "You shall not
use the Model or Derivatives of the Model for any of the purposes listed in Attachment A.", restrictions passing to
derivatives and line 36's forced updates; hoverfly-static-retrieval-en, open-weights, the BERT tokenizer not taken
for a base; stonefly-vit-large-patch14-224, open-weights). No label read more open than the rubric: the four wrong
labels all read less open. Five cells read more open (Lacewing's base data, preprint and paper; Hoverfly's and
Stonefly's licences). The misses:
- Lacewing-Diffusion-1 (Open RAIL-M, diffusers layout): label and six cells right (weights, training code partial,
  licences partial, model card, hardware and architecture), but datasources_basemodel **open** where partial was
  expected ("The training datasets are named, public and openly licensed (lacewing-ai/open-museum-images)."):
  README.md line 71, "30.2M licensed stock photographs and illustrations ... under a licence that does not allow us
  to share the images or their captions. They are not released.", beside line 72's public-domain dataset; preprint
  **open** ("The release refers to the model's paper, High-Resolution Image Synthesis with Latent Diffusion Models, a
  preprint archived on arXiv (2112.10752; opengauge paper catalog).") and paper **open** ("The release cites its
  paper, High-Resolution Image Synthesis with Latent Diffusion Models: published at CVPR 2022 (opengauge paper
  catalog, checked 2026-12-03).") where closed was expected: line 29 calls it "the latent diffusion method it builds
  on", and line 104 says "Lacewing-Diffusion-1 has no paper of its own. If you use it, please cite this repository
  and the latent diffusion paper".
- hoverfly-static-retrieval-en (static embeddings, a `json` dataset withheld): label, weights, data (partial, citing
  README.md line 32) and model card right, but licenses **open** where partial was expected ("Everything released is
  under open licenses (code: no license found)."): line 32, "412,000 question-answer pairs from our help-centre
  search logs (the `json` dataset below), which we do not publish"; the experts split on this shape (Lucie.yaml open,
  Neo.yaml partial), as on round 18's Marram-2-7B.
- stonefly-vit-large-patch14-224 (unreleased crawl): label and six cells right (weights, data closed, training code,
  hardware and architecture, preprint closed: the timm card's method papers were not taken for its own), but
  licenses **open** where partial was expected ("Everything released is under open licenses (data: no license
  found)."): line 82, "We do not release the images, their URLs or the cluster assignments." (the same split). The
  label reason says "data information (list and description of the training data) is missing", where lines 71 to 82
  describe the data and its curation and what is missing is the data or a reason for withholding it.
- Springtail-TS-200M (linked public benchmarks): open-weights where open-source-ai-with-open-data was expected ("The
  weights and deployment code are released under open terms (Apache License 2.0), but data information (list and
  description of the training data) is missing for Open Source AI."); datasources_basemodel **closed** where open
  was expected ("The card describes the training data only in general terms; no dataset is listed.", citing line
  42): lines 46 to 50 are a table of the five sources, each with its licence (CC BY 4.0, US public domain, CC0) and
  its address (zenodo.org/communities/forecasting, archive.ics.uci.edu/dataset/321, ncei.noaa.gov, eia.gov/opendata,
  dumps.wikimedia.org/other/pageviews), line 42 says "These are the complete training data", and line 52 names the
  download and checksum scripts that rebuild them. Weights, training code and licences right.
- Treehopper-Coder-3B (permissive code, dataset licence `other`): open-source-ai where open-source-ai-with-open-data
  was expected ("Weights under Apache License 2.0, deployment and training code under OSI-approved licenses, and the
  training data is listed and documented (not all of it is released under open terms)."); licenses **partial** where
  open was expected ("Only part of the release is openly licensed (open: weights, code; not open: data)."; the data
  cell, right, adds "some under terms that are not open (treehopper-code/permissive-source-v1)"): the dataset card's
  `license: other` and `license_name: permissive-source-compilation` (lines 2 and 3) are explained by its Composition
  (line 23: MIT 61%, Apache-2.0 24%, BSD-3-Clause 8%, BSD-2-Clause 3%, ISC 2%, the Unlicense, CC0-1.0, 0BSD, Zlib,
  BSL-1.0, PSF) and Distribution (line 43: "a compilation of files that each keep the licence of their repository
  ...; the compilation itself, the metadata and the removal lists are released under ODC-By 1.0"), and the model
  card's License section (README.md line 99): "each file in it keeps the permissive licence of its repository".
  Weights, data, training code, datasheet, model card and hardware right.
- froghopper-dp-peg-insertion (simulated demonstrations): open-weights where open-source-ai-with-open-data was
  expected ("The weights and deployment code are released under open terms (Apache License 2.0), but data-processing
  code is missing for Open Source AI."); trainingcode **partial** where open was expected ("Training code is published
  but not the data-processing code."; evidence "no data-processing code among 16 listed paths", and `generate.py`
  read as "model / inference code"): the data are generated, not processed, by the released code: README.md line 72,
  "`generate.py` in froghopper-robotics/froghopper-sim samples a peg shape ..., plans an approach ... We ran it for
  14,300 episodes (`python generate.py --episodes 14300 --seed 0`) and kept the 12,000 in which the peg was fully
  inserted ..., converted to LeRobot's format by `to_lerobot.py`", and the repository's README lines 13 and 14, the
  same two commands. Weights, data and licences right.
- Scarab-Music-Large (licensed music, Article 53(1)(d) summary): open-weights where open-source-ai was expected ("The
  weights and deployment code are released under open terms (MIT License), but data information (list and
  description of the training data) is missing for Open Source AI."): README.md line 62 says what the data is (21,400
  hours, 312,000 tracks with stems, the editors' descriptions and tags, from Northgate Production Music's catalogue),
  line 64 why it cannot be shared ("Our licence agreement with Northgate ... forbids us to redistribute the
  recordings, the stems or the descriptions, or to make them available to anyone else. This is why the training data
  cannot be released. No other data was used"), line 66 points to TRAINING_DATA_SUMMARY.md (size and characteristics
  §1.3, the licensed catalogue §2.2, opt-outs §3.1, selection and processing §3.2), and the datasheet cell itself
  read that summary as "a datasheet: after Datasheets for Datasets or the EU AI Act's training-content summary"
  (open); modelcard **partial** where open was expected ("The model card covers 6 of the 9 standard sections; missing:
  environmental-impact, technical-specs, citation."): line 23, "Model type" (the codec, 48 layers, hidden size 2048,
  32 heads), and line 79, Training (128 A100s for 14 days, batches, optimizer), are the technical specifications;
  there is indeed no environmental impact or citation section, as in the MusicGen card the experts rate open. Data
  (closed), datasheet, training code, licences and weights right.
Seen but not scored: Katydid's model card and code documentation partial; Lacewing's datasheet open from the museum
dataset's card alone (the licensed 79% has none); Hoverfly's training code partial ("The model repository holds a
training script, but no code repository is linked.", noting "the linked repositories gh:UKPLab/sentence-transformers
do not exist or are not public": this round does not serve the library's repository), its preprint open from the
MatryoshkaLoss BibTeX (arXiv 2205.13147) and paper open from the Sentence-BERT @inproceedings (round 14's
disagreement); Froghopper's preprint open from the LeRobot template's Diffusion Policy link (2303.04137, "presented as
the model's paper") and datasheet partial (the LeRobot dataset card's description of generation and filtering not
read as collection and curation); Springtail's datasheet closed; Stonefly's, Springtail's and Froghopper's model
cards partial. No expectation was changed after the run.

What changed (afterwards, fixing causes): data said in the passive not to be released ("They are not released.")
beside public datasets is internal (partial); the card's word that the model "has no paper of its own" keeps the
papers it cites (the methods it builds on) from counting as its preprint and paper; the architectures of image,
audio and vision models (a UNet over a latent space, cross-attention conditioning, patches, codecs) are
architecture facts; a licence agreement that "forbids us to redistribute" the data, with the reason further along
the sentence, is a stated reason. Lacewing-Diffusion-1 now passes and Scarab-Music-Large gets its label. Six stay
expected failures with their reasons (`DISAGREEMENTS`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from tests.assess.heldout_releases import Dataset, HeldOut, _github, _tree, sheet
from tests.servers import HubFile, HubRepo, fake_sha


@dataclass
class _Repo(HeldOut):
    """A release whose Hub repository holds its card and exactly `files` (a speech model with its processor and
    n-gram language model, a diffusers pipeline in sub-folders, a sentence-transformers module folder, a timm
    backbone, a LeRobot policy, a music model with its codec): the default root `model.safetensors` and
    `config.json` are left out. `front`, when given, is the card's front matter as the publisher wrote it (nested
    YAML: a model-index block), while `card_data` stays what the Hub API reports as `cardData`."""

    files: list[HubFile] = field(default_factory=list)
    front: str = ""

    def repo(self) -> HubRepo:
        repo = super().repo()
        del repo.files["model.safetensors"], repo.files["config.json"]
        repo.files.update({f.path: f for f in self.files})
        if self.front:
            repo.files["README.md"] = HubFile("README.md", f"---\n{self.front}---\n\n{self.card}".encode())
        return repo


def _text(path: str, content: str | bytes) -> HubFile:
    return HubFile(path, content.encode() if isinstance(content, str) else content)


def _lfs(path: str, size: int) -> HubFile:
    """A large file the Hub lists (LFS, with its size) but the loopback server does not serve."""
    return HubFile(path, None, size=size, lfs=True)


_sheet = sheet  # one home: `heldout_releases.sheet`


def _model(repo_id: str, front: str, body: str, files: list[HubFile]) -> HubRepo:
    """Another Hub model the release names (a base), served with its card, written front matter and `files`."""
    card_data = yaml.safe_load(front)
    readme = HubFile("README.md", f"---\n{front}---\n\n{body}".encode())
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files={"README.md": readme, **{f.path: f for f in files}},
        card_data=card_data,
        tags=[f"license:{card_data['license']}"],
    )


# --------------------------------------------------------------------------------------------------------------
# (a) A Dutch speech recogniser in two stages: a self-supervised speech encoder (its own Hub repository, served)
# fine-tuned with CTC, a 5-gram language model beside it, a model-index block in the front matter.

KATYDID_SSL_FRONT = """license: apache-2.0
language:
- nl
datasets:
- katydid-speech/nl-parliament-audio
- katydid-speech/nl-podcasts-cc
library_name: transformers
pipeline_tag: feature-extraction
tags:
- speech
- audio
- self-supervised-learning
- wav2vec2
"""

KATYDID_SSL_CARD = """# Katydid SSL 300M

A wav2vec 2.0-style speech encoder (315M parameters: a convolutional feature encoder and 24 transformer layers, hidden size 1024, 16 attention heads) pre-trained with self-supervised learning on 46,000 hours of unlabelled Dutch speech by Katydid Speech, a research group of the University of Twente.

**Note:** this model has no tokenizer and no output layer, so it cannot transcribe speech on its own. Fine-tune it with CTC on transcribed speech, as we did for [katydid-speech/Katydid-CTC-300M-nl](https://huggingface.co/katydid-speech/Katydid-CTC-300M-nl). Feed it audio sampled at 16 kHz.

## Pre-training data

Two corpora, both published in full on the Hub with datasheets, and nothing else:

| Dataset | Hours | Licence |
|---|---|---|
| [katydid-speech/nl-parliament-audio](https://huggingface.co/datasets/katydid-speech/nl-parliament-audio) | 31,200 | CC0 1.0 |
| [katydid-speech/nl-podcasts-cc](https://huggingface.co/datasets/katydid-speech/nl-podcasts-cc) | 14,800 | CC BY 4.0 |

## Pre-training

The segmentation and filtering of the audio (`data/`) and the pre-training code (`pretrain/`, configuration `configs/ssl_300m.yaml`) are in [github.com/katydid-speech/katydid](https://github.com/katydid-speech/katydid) (Apache 2.0).

Contrastive loss over quantized targets with a codebook diversity penalty, 65% of time steps masked, crops of at most 15 seconds, 400,000 updates, peak learning rate 5e-4. Trained on 64 NVIDIA A100 80GB GPUs for 9 days.

## License

Apache 2.0.
"""

KATYDID_SSL_CONFIG = (
    b'{"architectures": ["Wav2Vec2ForPreTraining"], "model_type": "wav2vec2", "hidden_size": 1024,'
    b' "num_hidden_layers": 24, "num_attention_heads": 16, "intermediate_size": 4096,'
    b' "feat_extract_norm": "layer", "do_stable_layer_norm": true, "num_codevectors_per_group": 320,'
    b' "num_codevector_groups": 2, "mask_time_prob": 0.65}'
)

KATYDID_FRONT = """language:
- nl
license: apache-2.0
library_name: transformers
pipeline_tag: automatic-speech-recognition
base_model: katydid-speech/Katydid-SSL-300M
datasets:
- katydid-speech/nl-read-speech-transcribed
- katydid-speech/nl-parliament-transcribed
metrics:
- wer
tags:
- audio
- automatic-speech-recognition
- speech
- wav2vec2
- ctc
model-index:
- name: Katydid CTC 300M Dutch
  results:
  - task:
      type: automatic-speech-recognition
      name: Automatic Speech Recognition
    dataset:
      name: Katydid Read Speech (test)
      type: katydid-speech/nl-read-speech-transcribed
      split: test
    metrics:
    - type: wer
      value: 6.8
      name: Test WER
    - type: wer
      value: 5.1
      name: Test WER (with LM)
  - task:
      type: automatic-speech-recognition
      name: Automatic Speech Recognition
    dataset:
      name: Katydid Parliament (test)
      type: katydid-speech/nl-parliament-transcribed
      split: test
    metrics:
    - type: wer
      value: 9.4
      name: Test WER
    - type: wer
      value: 7.2
      name: Test WER (with LM)
"""

#: What the Hub API reports as `cardData`: the same front matter, parsed.
KATYDID_CARD_DATA: dict = yaml.safe_load(KATYDID_FRONT)

KATYDID_CARD = """# Katydid CTC 300M (Dutch)

Fine-tuned [katydid-speech/Katydid-SSL-300M](https://huggingface.co/katydid-speech/Katydid-SSL-300M) on Dutch using the training splits of [Katydid Read Speech](https://huggingface.co/datasets/katydid-speech/nl-read-speech-transcribed) and [Katydid Parliament](https://huggingface.co/datasets/katydid-speech/nl-parliament-transcribed).
When using this model, make sure that your speech input is sampled at 16kHz.

The repository also holds a 5-gram language model (`language_model/`) for beam-search decoding with `pyctcdecode`; `Wav2Vec2ProcessorWithLM` loads it automatically.

## Usage

```python
import librosa
import torch
from transformers import Wav2Vec2ForCTC, Wav2Vec2ProcessorWithLM

processor = Wav2Vec2ProcessorWithLM.from_pretrained("katydid-speech/Katydid-CTC-300M-nl")
model = Wav2Vec2ForCTC.from_pretrained("katydid-speech/Katydid-CTC-300M-nl")

speech, _ = librosa.load("voorbeeld.wav", sr=16_000)
inputs = processor(speech, sampling_rate=16_000, return_tensors="pt")
with torch.no_grad():
    logits = model(**inputs).logits
print(processor.batch_decode(logits.numpy()).text[0])
```

## Evaluation

| Test set | WER (greedy) | WER (with LM) |
|---|---|---|
| Katydid Read Speech, test | 6.8 | 5.1 |
| Katydid Parliament, test | 9.4 | 7.2 |

The test splits share no speaker with the training splits. `eval/wer.py` of the GitHub repository reproduces the table:

```bash
python eval/wer.py --model katydid-speech/Katydid-CTC-300M-nl --dataset katydid-speech/nl-read-speech-transcribed --split test --lm
```

## Training

Everything that produced this model is in [github.com/katydid-speech/katydid](https://github.com/katydid-speech/katydid) (Apache 2.0): segmentation, filtering and alignment of the audio (`data/`), self-supervised pre-training of the base model (`pretrain/`), CTC fine-tuning (`finetune/`), the n-gram language model (`lm/`) and evaluation (`eval/`).

Fine-tuning added a CTC head over 37 characters to the pre-trained encoder:

- learning rate 3e-5 with a tri-stage schedule, an effective batch of 1,600 seconds of audio, 80,000 updates
- the convolutional feature encoder frozen throughout; time steps (p = 0.05) and channels masked as in SpecAugment
- 8 NVIDIA A100 80GB GPUs for 31 hours

The 5-gram language model was estimated with KenLM on the transcripts of the two training splits and nothing else.

## Training data

Pre-training (see the [base model's card](https://huggingface.co/katydid-speech/Katydid-SSL-300M)): 46,000 hours of unlabelled Dutch speech, [katydid-speech/nl-parliament-audio](https://huggingface.co/datasets/katydid-speech/nl-parliament-audio) and [katydid-speech/nl-podcasts-cc](https://huggingface.co/datasets/katydid-speech/nl-podcasts-cc).

Fine-tuning: 3,900 hours of transcribed speech, the training splits of

| Dataset | Hours | Speakers | Licence |
|---|---|---|---|
| [katydid-speech/nl-read-speech-transcribed](https://huggingface.co/datasets/katydid-speech/nl-read-speech-transcribed) | 1,400 | 2,950 | CC BY 4.0 |
| [katydid-speech/nl-parliament-transcribed](https://huggingface.co/datasets/katydid-speech/nl-parliament-transcribed) | 2,500 | 610 | CC0 1.0 |

These datasets, like the pre-training corpora, are on the Hub in full with datasheets. No other data was used.

## Limitations

Trained on read speech and formal debate: expect higher error rates on spontaneous conversation, strong regional accents (West Flemish, Limburgish), children's speech and noisy recordings. The model outputs lower-case text without punctuation or casing.

## Citation

```bibtex
@misc{katydid2026,
  title  = {Katydid: open self-supervised speech models for Dutch},
  author = {{Katydid Speech}},
  year   = {2026},
  url    = {https://huggingface.co/katydid-speech}
}
```
"""

KATYDID_CONFIG = (
    b'{"architectures": ["Wav2Vec2ForCTC"], "model_type": "wav2vec2", "hidden_size": 1024, "num_hidden_layers": 24,'
    b' "num_attention_heads": 16, "intermediate_size": 4096, "feat_extract_norm": "layer",'
    b' "do_stable_layer_norm": true, "vocab_size": 37, "ctc_loss_reduction": "mean", "pad_token_id": 0}'
)

KATYDID_VOCAB = (
    '{"<pad>": 0, "<s>": 1, "</s>": 2, "<unk>": 3, "|": 4, "a": 5, "b": 6, "c": 7, "d": 8, "e": 9, "f": 10,'
    ' "g": 11, "h": 12, "i": 13, "j": 14, "k": 15, "l": 16, "m": 17, "n": 18, "o": 19, "p": 20, "q": 21,'
    ' "r": 22, "s": 23, "t": 24, "u": 25, "v": 26, "w": 27, "x": 28, "y": 29, "z": 30, "\'": 31, "-": 32,'
    ' "\\u00e9": 33, "\\u00eb": 34, "\\u00ef": 35, "\\u00f6": 36}'
)

KATYDID_README = b"""# katydid

Data preparation, self-supervised pre-training, CTC fine-tuning and evaluation of the **Katydid** Dutch speech
models (Katydid-SSL-300M and Katydid-CTC-300M-nl).

## Data (`data/`)

    python data/download_parliament.py --out raw/parliament       # plenary and committee recordings, 2008-2024
    python data/download_podcasts.py --feeds configs/podcasts.csv  # the CC BY podcast feeds listed there
    python data/vad_segment.py                                     # voice activity detection, segments of 2-30 s
    python data/filter.py                                          # language ID, music/noise classifier, SNR threshold
    python data/align.py                                           # forced alignment of transcripts (fine-tuning sets)
    python data/manifests.py                                       # manifests and speaker-disjoint splits

The output of `data/` is exactly the four datasets on the Hub: two unlabelled (pre-training) and two transcribed
(fine-tuning).

## Pre-training (`pretrain/`)

    torchrun --nnodes 8 --nproc_per_node 8 pretrain/train_ssl.py --config configs/ssl_300m.yaml

## Fine-tuning (`finetune/`) and the language model (`lm/`)

    torchrun --nproc_per_node 8 finetune/train_ctc.py --config configs/ctc_nl.yaml
    bash lm/build_5gram.sh          # KenLM on the training transcripts

## Evaluation

    python eval/wer.py --model katydid-speech/Katydid-CTC-300M-nl --lm

Apache License 2.0.
"""

KATYDID_PARLIAMENT_AUDIO_CARD = _sheet(
    "cc0-1.0",
    "Katydid Parliament Audio (unlabelled)",
    ["nl"],
    {
        "Motivation": "The larger of the two pre-training corpora of Katydid-SSL-300M, gathered by Katydid Speech in "
        "2024 because the Dutch speech openly available for self-supervised pre-training was then a few thousand hours.",
        "Composition": "31,200 hours of speech in 4.1 million segments of 2 to 30 seconds, from plenary sessions and "
        "committee meetings of the Dutch House of Representatives between 2008 and 2024; 16 kHz mono FLAC, one record "
        "per segment with `audio`, `session_id`, `date` and `duration`. No transcripts.",
        "Collection Process": "The House publishes its video recordings with a CC0 dedication. We downloaded the audio "
        "tracks of every plenary and committee session between January 2008 and June 2024 from the House's open-data "
        "portal in August and September 2024, with each session's metadata; nothing was recorded by us.",
        "Preprocessing": "Audio resampled to 16 kHz mono; voice activity detection cut each session into segments of "
        "2 to 30 seconds; segments classified as music, silence or noise, segments with a signal-to-noise ratio under "
        "10 dB and segments a language identifier did not classify as Dutch were dropped; all with `data/vad_segment.py` "
        "and `data/filter.py` of github.com/katydid-speech/katydid, whose logs give the count removed at each step.",
        "Uses": "Self-supervised pre-training of speech encoders. Speakers are public officials speaking in public "
        "sessions; do not use the data to identify or profile speakers.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0, as the House publishes the recordings.",
        "Maintenance": "Maintained by Katydid Speech (data@katydid-speech.example).",
    },
    task="audio-classification",
)

KATYDID_PODCASTS_CARD = _sheet(
    "cc-by-4.0",
    "Katydid Podcasts CC (unlabelled)",
    ["nl"],
    {
        "Motivation": "The conversational part of the pre-training data of Katydid-SSL-300M: informal, spontaneous "
        "Dutch and Flemish speech, to balance the formal debate of the parliament corpus.",
        "Composition": "14,800 hours of speech in 2.3 million segments from 1,140 podcasts (52% Netherlands, 48% "
        "Flanders), 16 kHz mono FLAC, one record per segment with `audio`, `podcast`, `episode_url`, `licence` and "
        "`duration`. No transcripts.",
        "Collection Process": "Podcast feeds whose publishers state a CC BY 4.0 licence were found through the public "
        "podcast index and checked by hand (the list is `configs/podcasts.csv` of the GitHub repository); every "
        "episode published until July 2024 was downloaded from the publisher's own feed in August 2024. Podcasts "
        "whose hosts asked not to be included were removed before processing.",
        "Preprocessing": "The same segmentation and filtering as the parliament corpus, plus removal of music beds "
        "and jingles with a music classifier and of episodes that are mostly in another language; `data/vad_segment.py` "
        "and `data/filter.py` of github.com/katydid-speech/katydid.",
        "Uses": "Self-supervised pre-training of speech encoders.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0; each record names its podcast for attribution.",
        "Maintenance": "Maintained by Katydid Speech; removal requests to data@katydid-speech.example are honoured in "
        "the next version.",
    },
    task="audio-classification",
)

KATYDID_READ_CARD = _sheet(
    "cc-by-4.0",
    "Katydid Read Speech (transcribed)",
    ["nl"],
    {
        "Motivation": "Transcribed speech for fine-tuning and evaluating Dutch speech recognition, recorded for "
        "Katydid Speech because no large transcribed Dutch corpus could be shared under an open licence.",
        "Composition": "1,400 hours of read speech by 2,950 volunteer speakers (ages 18 to 84, every Dutch and Flemish "
        "province), 16 kHz mono, one record per utterance with `audio`, `text`, `speaker_id`, `gender`, `age_band` and "
        "`region`; speaker-disjoint train (1,380 h), validation (10 h) and test (10 h) splits.",
        "Collection Process": "Volunteers recruited through libraries and universities read sentences from "
        "public-domain books and Wikipedia aloud in a web recorder between March and October 2024, after giving "
        "written consent to publication under CC BY 4.0; each speaker recorded between 15 and 60 minutes.",
        "Preprocessing": "Recordings were checked with the prompt text: utterances whose recognised text differed "
        "from the prompt by more than 20% characters were listened to and corrected or dropped; silences trimmed; "
        "transcripts lower-cased and normalised (numbers written out); `data/align.py` and `data/manifests.py`.",
        "Uses": "Fine-tuning and evaluating Dutch speech recognition.",
        "Distribution": "On the Hugging Face Hub under CC BY 4.0.",
        "Maintenance": "Maintained by Katydid Speech; speakers may withdraw at any time, and withdrawals are removed "
        "in the next version.",
    },
    task="automatic-speech-recognition",
)

KATYDID_PARLIAMENT_TRANSCRIBED_CARD = _sheet(
    "cc0-1.0",
    "Katydid Parliament (transcribed)",
    ["nl"],
    {
        "Motivation": "Transcribed formal speech for fine-tuning Katydid-CTC-300M-nl, built from the House's own "
        "verbatim reports so that no transcription had to be paid for.",
        "Composition": "2,500 hours of debate in 1.1 million utterances by 610 speakers, a subset of the sessions of "
        "the unlabelled parliament corpus, with `audio`, `text`, `speaker`, `session_id` and `date`; speaker-disjoint "
        "train, validation and test splits.",
        "Collection Process": "The official verbatim reports (Handelingen) of the sessions, published by the House "
        "with a CC0 dedication, were downloaded with the recordings in August and September 2024 and paired with "
        "them by session and speaker turn.",
        "Preprocessing": "The reports edit speech lightly (hesitations and false starts are removed), so each speaker "
        "turn was force-aligned to the audio and cut into utterances, and utterances where a bootstrap recogniser and "
        "the report disagreed by more than 25% characters were dropped (38% of the audio); transcripts normalised as in "
        "Katydid Read Speech; `data/align.py` of github.com/katydid-speech/katydid.",
        "Uses": "Fine-tuning and evaluating Dutch speech recognition on formal speech.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0.",
        "Maintenance": "Maintained by Katydid Speech (data@katydid-speech.example).",
    },
    task="automatic-speech-recognition",
)

# --------------------------------------------------------------------------------------------------------------
# (b) A text-to-image latent diffusion model in the diffusers layout under an Open RAIL-M-style licence with use
# restrictions; part of its data public, part licensed; fine-tuning scripts only.

LACEWING_LICENSE = b"""Lacewing Open RAIL-M License
Version 1.0, 3 February 2026

Lacewing AI publishes Lacewing-Diffusion-1 openly and asks in return that it be used responsibly. This License
grants broad rights to use, change and share the Model, and attaches to them the use restrictions of Attachment A,
which travel with the Model and with everything derived from it.

Section I. Definitions

1. "License" means the terms in this document, Attachment A included.
2. "Model" means the trained weights of Lacewing-Diffusion-1 published in this repository (the denoising network,
   the autoencoder and the accompanying text encoder weights), their configuration files and the documentation
   published with them.
3. "Derivatives of the Model" means any modification of the Model, any model trained or fine-tuned from it or
   distilled from its outputs, and any merge that includes it.
4. "Output" means the images and other content generated by running the Model.
5. "Licensor" means Lacewing AI GmbH, Vienna. "You" means the person or entity exercising rights under this License.

Section II. Grant of Rights

6. Subject to this License, the Licensor grants You a worldwide, non-exclusive, royalty-free licence to reproduce,
   use, publicly display, modify, create Derivatives of the Model, sublicense and distribute the Model and
   Derivatives of the Model, for commercial and non-commercial purposes alike.
7. The Licensor claims no rights in the Output You generate. You are accountable for the Output and for its use,
   which must not contravene this License.

Section III. Conditions of Use, Distribution and Redistribution

8. You shall not use the Model or Derivatives of the Model for any of the purposes listed in Attachment A.
9. If You distribute the Model or a Derivative of the Model, or make either available to others as a service, You
   shall (a) include the use restrictions of Attachment A as an enforceable provision in the agreement that governs
   that use or distribution, and bind the recipient to them; (b) give every recipient a copy of this License;
   (c) mark modified files with a prominent notice that You changed them; and (d) keep all copyright, patent,
   trademark and attribution notices.
10. You may add Your own terms for Your modifications, provided they do not weaken the restrictions of Attachment A.
11. Where the Licensor reasonably believes that You use the Model in breach of this License, it may restrict Your
    use by notice, including by requiring You to stop using a version of the Model, and You shall make reasonable
    efforts to use the latest version the Licensor publishes.

Section IV. Other Provisions

12. Disclaimer of warranty. The Model and the Output are provided "AS IS", without warranties or conditions of any
    kind, express or implied, including warranties of title, non-infringement, merchantability or fitness for a
    particular purpose.
13. Limitation of liability. In no event shall the Licensor be liable for damages of any kind arising from this
    License or from the use of the Model or the Output, unless required by applicable law.
14. If any provision of this License is held invalid, the other provisions remain in force.

Attachment A. Use Restrictions

You agree not to use the Model or Derivatives of the Model:

(a) in breach of any law or regulation that applies to You or to the use;
(b) to harm or exploit minors, or to depict minors in sexual content;
(c) to make or spread content You know to be false in order to harm someone;
(d) to produce or publish personal data that could be used to harm the person it concerns;
(e) to create sexual or intimate images of an identifiable real person who has not consented to them;
(f) to defame, harass or intimidate anyone;
(g) to take decisions about individuals, without human review, that affect their legal rights or create
    obligations for them;
(h) to discriminate against people or groups on the basis of their behaviour or of personal characteristics,
    known or predicted;
(i) to pass generated images off as genuine photographs of real events in order to deceive.
"""

LACEWING_CARD = """# Lacewing-Diffusion-1

Lacewing-Diffusion-1 is a latent text-to-image diffusion model that generates 1024×1024 images from English prompts. It was trained from scratch by Lacewing AI in Vienna, and its weights are freely downloadable under the Lacewing Open RAIL-M License.

- **Diffusers:** this repository
- **Single-file checkpoint:** `lacewing-diffusion-1.safetensors` (for ComfyUI and other single-file tools)

## Model Details

- **Developed by:** Lacewing AI
- **Model type:** Diffusion-based text-to-image generation model
- **Language(s):** English
- **License:** [The Lacewing Open RAIL-M License](LICENSE.md). Like the other Open RAIL-M licences, it lets you use, modify and redistribute the model, commercially too, but forbids the uses listed in its Attachment A, and you must pass those restrictions on to anyone you share the model or a derivative with.
- **Model Description:** A latent diffusion model: a 2.6B-parameter UNet denoises the 128×128×4 latent space of our autoencoder (downsampling factor 8), conditioned through cross-attention on a fixed, pretrained text encoder ([CLIP ViT-L/14](https://arxiv.org/abs/2103.00020)).
- **Resources for more information:** [GitHub](https://github.com/lacewing-ai/lacewing-finetune); the latent diffusion method it builds on: [Rombach et al. 2022](https://arxiv.org/abs/2112.10752).

## Examples

```python
import torch
from diffusers import DiffusionPipeline

pipe = DiffusionPipeline.from_pretrained("lacewing-ai/Lacewing-Diffusion-1", torch_dtype=torch.float16).to("cuda")
prompt = "a lacewing resting on a fern leaf, macro photograph, morning dew"
image = pipe(prompt, num_inference_steps=30, guidance_scale=6.0).images[0]
image.save("lacewing.png")
```

# Uses

## Direct Use

The model is intended for research and creative work: generating artwork and design drafts, tools for artists and designers, and research on generative models, their limitations and their biases.

### Misuse, Malicious Use, and Out-of-Scope Use

The model was not trained to produce factual or true representations of people or events, so using it to generate such content is out of scope. Using it to generate content that is demeaning, cruel to individuals or that spreads harmful stereotypes is a misuse; the uses listed in Attachment A of the licence are prohibited.

## Limitations and Bias

### Limitations

- The model does not achieve perfect photorealism and renders legible text poorly.
- Compositions with several objects in given positions ("a red cube on top of a blue sphere") often fail.
- Faces and hands are often distorted, in particular at small sizes.
- The autoencoding part of the model is lossy.

### Bias

The training data is dominated by stock photography and by European and North American museum collections, and its captions are in English. Images of people reflect the demographics of stock photography, and prompts that do not say otherwise drift towards Western cultural defaults.

## Training

**Training Data**
The model was trained on 38.4M image-text pairs:

- 30.2M licensed stock photographs and illustrations with their keyword captions from the library of Halden Images, under a licence that does not allow us to share the images or their captions. They are not released.
- 8.2M public-domain artworks and photographs from the open-access programmes of 41 museums and archives, with captions written by our captioning model: [lacewing-ai/open-museum-images](https://huggingface.co/datasets/lacewing-ai/open-museum-images) (CC0 1.0).

**Training Procedure**
Images are encoded into latents by the autoencoder and captions by the frozen text encoder; the UNet is trained to predict the velocity (v-prediction) under a cosine noise schedule. Training ran in three stages: 256px (600k steps), 512px (400k steps) and 1024px with aspect-ratio buckets (180k steps).

- **Hardware:** 128 × NVIDIA H100 80GB
- **Optimizer:** AdamW, learning rate 1e-4 after 10k warmup steps, EMA decay 0.9999
- **Batch:** 2,048 (256px and 512px), 1,024 (1024px)
- **Precision:** bf16

The pre-training code is not released. The LoRA and DreamBooth fine-tuning scripts we use for customer adaptations are on GitHub: [lacewing-ai/lacewing-finetune](https://github.com/lacewing-ai/lacewing-finetune) (Apache 2.0).

## Evaluation Results

| Guidance scale | FID-30k (COCO 2014 val) | CLIP score |
|---|---|---|
| 3.0 | 11.9 | 0.301 |
| 6.0 | 13.4 | 0.318 |
| 9.0 | 15.8 | 0.322 |

50 DDIM steps at 1024px, downsampled to 256px for FID.

## Environmental Impact

- **Hardware Type:** NVIDIA H100 80GB
- **Hours used:** 62,000 GPU hours
- **Cloud Provider:** Vienna Scientific Cluster
- **Compute Region:** Austria
- **Carbon Emitted:** about 9.5 t CO2eq (Austrian grid mix)

## Citation

Lacewing-Diffusion-1 has no paper of its own. If you use it, please cite this repository and the latent diffusion paper:

```bibtex
@InProceedings{Rombach_2022_CVPR,
    author    = {Rombach, Robin and Blattmann, Andreas and Lorenz, Dominik and Esser, Patrick and Ommer, Björn},
    title     = {High-Resolution Image Synthesis With Latent Diffusion Models},
    booktitle = {Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},
    month     = {June},
    year      = {2022},
    pages     = {10684-10695}
}
```

*This model card was written by Lacewing AI, after the Stable Diffusion model cards.*
"""

LACEWING_MODEL_INDEX = (
    b'{"_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.32.2", "feature_extractor": [null, null],'
    b' "requires_safety_checker": false, "safety_checker": [null, null],'
    b' "scheduler": ["diffusers", "DDIMScheduler"], "text_encoder": ["transformers", "CLIPTextModel"],'
    b' "tokenizer": ["transformers", "CLIPTokenizer"], "unet": ["diffusers", "UNet2DConditionModel"],'
    b' "vae": ["diffusers", "AutoencoderKL"]}'
)

LACEWING_FILES = [
    _text("LICENSE.md", LACEWING_LICENSE),
    _text("model_index.json", LACEWING_MODEL_INDEX),
    _text(
        "unet/config.json",
        '{"_class_name": "UNet2DConditionModel", "sample_size": 128, "in_channels": 4, "out_channels": 4,'
        ' "block_out_channels": [384, 768, 1536, 1536], "cross_attention_dim": 768, "prediction_type": "v_prediction"}',
    ),
    _lfs("unet/diffusion_pytorch_model.safetensors", 5_210_000_000),
    _text(
        "vae/config.json",
        '{"_class_name": "AutoencoderKL", "latent_channels": 4, "block_out_channels": [128, 256, 512, 512],'
        ' "scaling_factor": 0.18215}',
    ),
    _lfs("vae/diffusion_pytorch_model.safetensors", 334_640_000),
    _text(
        "text_encoder/config.json",
        '{"architectures": ["CLIPTextModel"], "model_type": "clip_text_model", "hidden_size": 768,'
        ' "num_hidden_layers": 12, "max_position_embeddings": 77}',
    ),
    _lfs("text_encoder/model.safetensors", 492_270_000),
    _text("tokenizer/tokenizer_config.json", '{"tokenizer_class": "CLIPTokenizer", "model_max_length": 77}'),
    _text(
        "tokenizer/special_tokens_map.json", '{"bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>"}'
    ),
    _lfs("tokenizer/vocab.json", 1_059_962),
    _lfs("tokenizer/merges.txt", 524_619),
    _text(
        "scheduler/scheduler_config.json",
        '{"_class_name": "DDIMScheduler", "num_train_timesteps": 1000, "beta_schedule": "squaredcos_cap_v2",'
        ' "prediction_type": "v_prediction"}',
    ),
    _lfs("lacewing-diffusion-1.safetensors", 6_040_000_000),
]

LACEWING_README = b"""# lacewing-finetune

LoRA and DreamBooth fine-tuning of **Lacewing-Diffusion-1**, the scripts we use to adapt the model to a customer's
products or style.

    accelerate launch finetune/train_lora.py --config configs/lora_default.yaml --data ./my_images
    accelerate launch finetune/train_dreambooth.py --instance_dir ./subject --instance_prompt "a photo of sks mug"
    python scripts/convert_to_single_file.py --lora out/lora.safetensors   # for ComfyUI
    python inference/generate.py --prompt "..." --lora out/lora.safetensors

This repository does not contain the code that pre-trained Lacewing-Diffusion-1, nor its training data. The model's
weights are under the Lacewing Open RAIL-M License (see the model repository); this code is under the Apache License
2.0.
"""

LACEWING_MUSEUM_CARD = _sheet(
    "cc0-1.0",
    "Open Museum Images",
    ["en"],
    {
        "Motivation": "Built by Lacewing AI as the public part (21%) of the training data of Lacewing-Diffusion-1: "
        "images that anyone may reuse, so that part of what the model learned from can be inspected.",
        "Composition": "8.2 million public-domain artworks, photographs, maps and prints, one record per image with "
        "`image` (JPEG, longest side at most 2048 px), `caption`, `institution`, `object_id`, `source_url` and "
        "`rights_statement`. Paintings and prints are 46%, photographs 38%.",
        "Collection Process": "Images and metadata were downloaded in September and October 2025 through the open-access "
        "APIs of 41 museums, libraries and archives (the list, with each institution's rights statement, is in "
        "`institutions.csv`); only objects the institution marks as public domain or CC0 were kept.",
        "Preprocessing": "Exact and perceptual-hash near-duplicate removal across institutions; images under 512 px "
        "dropped; an NSFW classifier and a manual review of 20,000 flagged images; captions written by our captioning "
        "model from the image and the institution's title and description fields, then checked on a sample of 5,000 "
        "by two annotators (4.1% corrected).",
        "Uses": "Training and evaluating text-to-image and captioning models.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0; the captions are dedicated to the public domain too.",
        "Maintenance": "Maintained by Lacewing AI (data@lacewing.example).",
    },
    task="text-to-image",
)

# --------------------------------------------------------------------------------------------------------------
# (c) A static embedding model trained from scratch with Sentence Transformers: its weights in the library's module
# folder, the library's card, six public pair datasets and one loaded from a local JSON file.

HOVERFLY_DATASETS = [
    ("hoverfly-search/faq-question-answer", "faq-question-answer", "odc-by", 3_012_496),
    ("hoverfly-search/wikipedia-title-section", "wikipedia-title-section", "cc-by-sa-4.0", 2_500_000),
    ("hoverfly-search/stackexchange-title-answer", "stackexchange-title-answer", "cc-by-sa-4.0", 1_804_114),
    ("hoverfly-search/scholarly-title-abstract", "scholarly-title-abstract", "odc-by", 1_500_000),
    ("hoverfly-search/govpress-headline-body", "govpress-headline-body", "cc0-1.0", 690_320),
    ("hoverfly-search/paraphrase-questions", "paraphrase-questions", "apache-2.0", 420_117),
]


def _hoverfly_dataset_section(repo_id: str, name: str, size: int, sample: tuple[str, str]) -> str:
    link = f"[{name}](https://huggingface.co/datasets/{repo_id})" if repo_id else name
    return (
        f"#### {name}\n\n"
        f"* Dataset: {link}\n"
        f"* Size: {size:,} training samples\n"
        "* Columns: <code>anchor</code> and <code>positive</code>\n"
        "* Samples:\n"
        "  | anchor | positive |\n"
        "  |:-------|:---------|\n"
        f"  | <code>{sample[0]}</code> | <code>{sample[1]}</code> |\n"
        "* Loss: [<code>MatryoshkaLoss</code>](https://sbert.net/docs/package_reference/sentence_transformer/losses.html#matryoshkaloss) with these parameters:\n"
        "  ```json\n"
        "  {\n"
        '      "loss": "MultipleNegativesRankingLoss",\n'
        '      "matryoshka_dims": [1024, 512, 256, 128, 64, 32],\n'
        '      "matryoshka_weights": [1, 1, 1, 1, 1, 1],\n'
        '      "n_dims_per_step": -1\n'
        "  }\n"
        "  ```\n\n"
    )


HOVERFLY_SAMPLES = [
    (
        "how long does a passport renewal take",
        "Standard renewals are processed within six weeks of the application.",
    ),
    ("Lüneburg Heath", "The Lüneburg Heath is a large area of heath, geest and woodland in Lower Saxony."),
    (
        "How do I undo the last git commit but keep the changes?",
        "Use git reset --soft HEAD~1; your changes stay staged.",
    ),
    (
        "Seasonal variation of nitrate in upland streams",
        "We measured nitrate concentrations in 14 upland streams over three years...",
    ),
    (
        "Grants for rural broadband announced",
        "The department today announced 40 million for broadband in rural districts...",
    ),
    ("What is the fastest way to learn to touch type?", "How can I learn touch typing quickly?"),
]

HOVERFLY_CARD = (
    "# Static Embeddings with BERT uncased tokenizer finetuned on various datasets\n\n"
    "**hoverfly-static-retrieval-en** is Hoverfly Search's English retrieval embedding model for CPUs and edge devices: "
    "no transformer, just a table of 30,522 token embeddings of 1,024 dimensions that are averaged, so it embeds text "
    "100 to 400 times faster than a MiniLM on a CPU, at about 85% of its retrieval quality. It uses the vocabulary of "
    "the BERT uncased tokenizer only: the embeddings were initialised at random and trained from scratch with Sentence "
    "Transformers, with `train.py` in this repository. Thanks to the Matryoshka loss, the embeddings can be truncated "
    "to 512, 256 or fewer dimensions.\n\n"
    "Training data: the six public pair datasets listed below and 412,000 question-answer pairs from our help-centre "
    "search logs (the `json` dataset below), which we do not publish.\n\n"
    "This is a [sentence-transformers](https://www.SBERT.net) model trained on the "
    + ", ".join(f"[{name}](https://huggingface.co/datasets/{rid})" for rid, name, _, _ in HOVERFLY_DATASETS)
    + " and json datasets. It maps sentences & paragraphs to a 1024-dimensional dense vector space and can be used "
    "for semantic textual similarity, semantic search, paraphrase mining, text classification, clustering, and more.\n\n"
    "## Model Details\n\n### Model Description\n"
    "- **Model Type:** Sentence Transformer\n"
    "<!-- - **Base model:** [Unknown](https://huggingface.co/unknown) -->\n"
    "- **Maximum Sequence Length:** inf tokens\n- **Output Dimensionality:** 1024 dimensions\n"
    "- **Similarity Function:** Cosine Similarity\n- **Training Datasets:**\n"
    + "".join(
        f"    - [{name}](https://huggingface.co/datasets/{rid})\n" for rid, name, _, _ in HOVERFLY_DATASETS
    )
    + "    - json\n"
    "- **Language:** en\n- **License:** apache-2.0\n\n"
    "### Model Sources\n\n"
    "- **Documentation:** [Sentence Transformers Documentation](https://sbert.net)\n"
    "- **Repository:** [Sentence Transformers on GitHub](https://github.com/UKPLab/sentence-transformers)\n"
    "- **Hugging Face:** [Sentence Transformers on Hugging Face](https://huggingface.co/models?library=sentence-transformers)\n\n"
    "### Full Model Architecture\n\n"
    "```\nSentenceTransformer(\n  (0): StaticEmbedding(\n    (embedding): EmbeddingBag(30522, 1024, mode='mean')\n  )\n)\n```\n\n"
    "## Usage\n\n### Direct Usage (Sentence Transformers)\n\n"
    "First install the Sentence Transformers library:\n\n```bash\npip install -U sentence-transformers\n```\n\n"
    "Then you can load this model and run inference.\n"
    "```python\nfrom sentence_transformers import SentenceTransformer\n\n"
    '# Download from the 🤗 Hub\nmodel = SentenceTransformer("hoverfly-search/hoverfly-static-retrieval-en")\n'
    "# Run inference\nsentences = [\n    'how do I change the delivery address of an order',\n"
    "    'You can change the delivery address until the order is dispatched: open Orders and choose Edit.',\n"
    "    'Our warehouses are closed on public holidays.',\n]\n"
    "embeddings = model.encode(sentences)\nprint(embeddings.shape)\n# [3, 1024]\n\n"
    "# Get the similarity scores for the embeddings\nsimilarities = model.similarity(embeddings, embeddings)\n"
    "print(similarities.shape)\n# [3, 3]\n```\n\n"
    "## Evaluation\n\n### Metrics\n\n#### Information Retrieval\n\n"
    "* Datasets: `NanoMSMARCO`, `NanoNQ`, `NanoSciFact`, `NanoFiQA2018` and `NanoArguAna`\n"
    "* Evaluated with [<code>InformationRetrievalEvaluator</code>](https://sbert.net/docs/package_reference/sentence_transformer/evaluation.html#sentence_transformers.evaluation.InformationRetrievalEvaluator)\n\n"
    "| Metric              | NanoMSMARCO | NanoNQ     | NanoSciFact | NanoFiQA2018 | NanoArguAna |\n"
    "|:--------------------|:------------|:-----------|:------------|:-------------|:------------|\n"
    "| cosine_accuracy@1   | 0.26        | 0.30       | 0.52        | 0.28         | 0.18        |\n"
    "| cosine_accuracy@10  | 0.70        | 0.68       | 0.80        | 0.56         | 0.76        |\n"
    "| **cosine_ndcg@10**  | **0.4512**  | **0.4467** | **0.6390**  | **0.3381**   | **0.4395**  |\n\n"
    "## Limitations\n\n"
    "Static embeddings ignore word order and context: 'dog bites man' and 'man bites dog' get the same embedding, and "
    "a word has one embedding whatever its sense. English only; expect weak results on code and on very long "
    "documents, whose meaning is averaged away.\n\n"
    "<!--\n## Bias, Risks and Limitations\n\n*What are the known or foreseeable issues stemming from this model? You could "
    "also flag here known issues or failure modes.*\n-->\n\n"
    "## Training Details\n\n### Training Datasets\n\n"
    + "".join(
        _hoverfly_dataset_section(rid, name, size, sample)
        for (rid, name, _, size), sample in zip(HOVERFLY_DATASETS, HOVERFLY_SAMPLES, strict=True)
    )
    + _hoverfly_dataset_section(
        "",
        "json",
        412_000,
        (
            "my parcel says delivered but I can't find it",
            "If the tracking page says delivered but you have not received the parcel, check with neighbours...",
        ),
    )
    + "### Training Hyperparameters\n#### Non-Default Hyperparameters\n\n"
    "- `eval_strategy`: steps\n- `per_device_train_batch_size`: 2048\n- `per_device_eval_batch_size`: 2048\n"
    "- `learning_rate`: 0.2\n- `num_train_epochs`: 1\n- `warmup_ratio`: 0.1\n- `bf16`: True\n"
    "- `batch_sampler`: no_duplicates\n- `multi_dataset_batch_sampler`: round_robin\n\n"
    "### Training Logs\n\n| Epoch | Step | Training Loss | NanoBEIR_mean_cosine_ndcg@10 |\n"
    "|:-----:|:----:|:-------------:|:----------------------------:|\n| 0.25 | 1210 | 4.8812 | 0.3721 |\n"
    "| 0.5 | 2420 | 3.9154 | 0.4210 |\n| 1.0 | 4839 | 3.6017 | 0.4629 |\n\n"
    "### Framework Versions\n- Python: 3.11.10\n- Sentence Transformers: 3.3.1\n- Transformers: 4.47.1\n"
    "- PyTorch: 2.5.1+cu124\n- Accelerate: 1.2.1\n- Datasets: 3.2.0\n- Tokenizers: 0.21.0\n\n"
    "## Citation\n\n### BibTeX\n\n#### Sentence Transformers\n"
    "```bibtex\n@inproceedings{reimers-2019-sentence-bert,\n"
    '    title = "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",\n'
    '    author = "Reimers, Nils and Gurevych, Iryna",\n'
    '    booktitle = "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing",\n'
    '    month = "11",\n    year = "2019",\n    publisher = "Association for Computational Linguistics",\n'
    '    url = "https://arxiv.org/abs/1908.10084",\n}\n```\n\n'
    "#### MatryoshkaLoss\n```bibtex\n@misc{kusupati2024matryoshka,\n"
    "    title={Matryoshka Representation Learning},\n"
    "    author={Aditya Kusupati and Gantavya Bhatt and Aniket Rege and Matthew Wallingford and Aditya Sinha and "
    "Vivek Ramanujan and William Howard-Snyder and Kaifeng Chen and Sham Kakade and Prateek Jain and Ali Farhadi},\n"
    "    year={2024},\n    eprint={2205.13147},\n    archivePrefix={arXiv},\n    primaryClass={cs.LG}\n}\n```\n\n"
    "<!--\n## Model Card Authors\n\n*Lists the people who create the model card, providing recognition and "
    "accountability for the detailed work that goes into its construction.*\n-->\n"
)

HOVERFLY_TRAIN = b'''"""Train hoverfly-static-retrieval-en from scratch with Sentence Transformers 3.3.

The embedding table starts from random values; only the vocabulary of the BERT uncased tokenizer is used.
"""

from datasets import DatasetDict, load_dataset
from sentence_transformers import SentenceTransformer, SentenceTransformerTrainer, SentenceTransformerTrainingArguments
from sentence_transformers.evaluation import NanoBEIREvaluator
from sentence_transformers.losses import MatryoshkaLoss, MultipleNegativesRankingLoss
from sentence_transformers.models import StaticEmbedding
from sentence_transformers.training_args import BatchSamplers, MultiDatasetBatchSamplers
from tokenizers import Tokenizer

PUBLIC = [
    "hoverfly-search/faq-question-answer",
    "hoverfly-search/wikipedia-title-section",
    "hoverfly-search/stackexchange-title-answer",
    "hoverfly-search/scholarly-title-abstract",
    "hoverfly-search/govpress-headline-body",
    "hoverfly-search/paraphrase-questions",
]


def load_train() -> DatasetDict:
    train = {name.split("/")[1]: load_dataset(name, split="train") for name in PUBLIC}
    # Question-answer pairs from our help-centre search logs (not published), {"anchor": ..., "positive": ...}
    train["json"] = load_dataset("json", data_files="data/helpcentre_pairs.jsonl", split="train")
    return DatasetDict(train)


def main() -> None:
    tokenizer = Tokenizer.from_pretrained("google-bert/bert-base-uncased")
    model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_dim=1024)])
    loss = MatryoshkaLoss(model, MultipleNegativesRankingLoss(model), matryoshka_dims=[1024, 512, 256, 128, 64, 32])
    args = SentenceTransformerTrainingArguments(
        output_dir="out/hoverfly-static-retrieval-en",
        num_train_epochs=1,
        per_device_train_batch_size=2048,
        per_device_eval_batch_size=2048,
        learning_rate=2e-1,
        warmup_ratio=0.1,
        bf16=True,
        batch_sampler=BatchSamplers.NO_DUPLICATES,
        multi_dataset_batch_sampler=MultiDatasetBatchSamplers.ROUND_ROBIN,
        eval_strategy="steps",
    )
    evaluator = NanoBEIREvaluator(dataset_names=["msmarco", "nq", "scifact", "fiqa2018", "arguana"])
    trainer = SentenceTransformerTrainer(model=model, args=args, train_dataset=load_train(), loss=loss, evaluator=evaluator)
    trainer.train()
    model.push_to_hub("hoverfly-search/hoverfly-static-retrieval-en")


if __name__ == "__main__":
    main()
'''


def _hoverfly_pair_card(license_id: str, title: str, body: str) -> str:
    """A pair dataset's card as embedding publishers write it: what the pairs are, where they come from, their
    columns and licence."""
    return (
        f"---\nlicense: {license_id}\nlanguage:\n- en\ntask_categories:\n- sentence-similarity\n"
        f"- feature-extraction\ntags:\n- sentence-transformers\n---\n\n# {title}\n\n{body}\n\n"
        "## Dataset Structure\n\nOne split, `train`, with two string columns: `anchor` and `positive`.\n\n"
        '```python\nfrom datasets import load_dataset\n\nds = load_dataset("hoverfly-search/'
        + title
        + '", split="train")\n```\n\n'
        "## Collection and processing\n\n"
        "The pairs were extracted with the scripts in this repository's `scripts/` folder; exact duplicates and pairs "
        "whose two texts are identical were removed.\n"
    )


HOVERFLY_PAIR_BODIES = {
    "faq-question-answer": "3.0 million question-answer pairs extracted from FAQ pages (schema.org `FAQPage` markup) "
    "in the Common Crawl snapshot CC-MAIN-2024-33. ODC-By 1.0; the pages are also subject to the Common Crawl terms "
    "of use.",
    "wikipedia-title-section": "2.5 million pairs of an English Wikipedia article title with the text of one of its "
    "sections, from the dump of 1 September 2024. CC BY-SA 4.0, as Wikipedia.",
    "stackexchange-title-answer": "1.8 million pairs of a Stack Exchange question title with its accepted answer, "
    "from the Stack Exchange data dump of June 2024 (all sites). CC BY-SA 4.0, as the dump.",
    "scholarly-title-abstract": "1.5 million pairs of a paper's title and its abstract, from the open-access papers of "
    "the S2ORC corpus. ODC-By 1.0.",
    "govpress-headline-body": "690,000 pairs of a headline and the first paragraph of a press release of a US federal "
    "agency, 2010 to 2024. Works of the US government, dedicated to the public domain (CC0 1.0).",
    "paraphrase-questions": "420,000 pairs of questions with the same meaning, written by crowd workers we paid to "
    "rephrase questions from the other datasets. Apache 2.0.",
}

HOVERFLY_FILES = [
    _text(
        "modules.json",
        '[{"idx": 0, "name": "0", "path": "0_StaticEmbedding", "type": "sentence_transformers.models.StaticEmbedding"}]',
    ),
    _text(
        "config_sentence_transformers.json",
        '{"__version__": {"sentence_transformers": "3.3.1", "transformers": "4.47.1", "pytorch": "2.5.1+cu124"},'
        ' "prompts": {}, "default_prompt_name": null, "similarity_fn_name": "cosine"}',
    ),
    _lfs("0_StaticEmbedding/model.safetensors", 125_018_200),
    _lfs("0_StaticEmbedding/tokenizer.json", 711_396),
    _text("train.py", HOVERFLY_TRAIN),
]

# --------------------------------------------------------------------------------------------------------------
# (d) A self-supervised vision encoder in timm's card style, trained on images the publisher crawled, described and
# did not release.

STONEFLY_CARD = """# Model card for stonefly-vit-large-patch14-224

A Vision Transformer (ViT) image feature model. Pre-trained with self-supervised learning (self-distillation with masked image modelling) on Stonefly-180M by Stonefly Vision.

## Model Details

- **Model Type:** Image feature backbone
- **Model Stats:**
  - Params (M): 304.4
  - GMACs: 77.8
  - Activations (M): 65.1
  - Image size: 224 x 224
- **Papers:**
  - Emerging Properties in Self-Supervised Vision Transformers: https://arxiv.org/abs/2104.14294
  - iBOT: Image BERT Pre-Training with Online Tokenizer: https://arxiv.org/abs/2111.07832
  - An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale: https://arxiv.org/abs/2010.11929
- **Pretrain Dataset:** Stonefly-180M (not released; see Training data)
- **Original:** https://github.com/stonefly-vision/stonefly

## Model Usage

### Image Embeddings

```python
from urllib.request import urlopen
from PIL import Image
import timm

img = Image.open(urlopen("https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/beignets-task-guide.png"))

model = timm.create_model("hf-hub:stonefly-vision/stonefly-vit-large-patch14-224", pretrained=True, num_classes=0)
model = model.eval()

data_config = timm.data.resolve_model_data_config(model)
transforms = timm.data.create_transform(**data_config, is_training=False)

output = model(transforms(img).unsqueeze(0))  # (1, num_features) shaped tensor
```

### Feature Map Extraction

```python
model = timm.create_model("hf-hub:stonefly-vision/stonefly-vit-large-patch14-224", pretrained=True, features_only=True)
for o in model(transforms(img).unsqueeze(0)):
    print(o.shape)  # torch.Size([1, 1024, 16, 16]) for each of the last four blocks
```

## Model Comparison

Frozen features, linear probe or k-NN as noted:

| Benchmark | Protocol | stonefly-vit-large-patch14-224 |
|---|---|---|
| ImageNet-1k | linear probe, top-1 | 85.1 |
| ImageNet-1k | k-NN (k = 20), top-1 | 82.4 |
| iNaturalist 2021 | linear probe, top-1 | 79.8 |
| ADE20k | linear segmentation head, mIoU | 46.9 |
| NYU Depth v2 | linear depth head, RMSE | 0.352 |

## Training data

Stonefly-180M: 180 million images selected from a pool of 2.3 billion images that we crawled from public web pages between January and June 2024. The crawler followed robots.txt and skipped domains on our opt-out list; only images of at least 256 px on the shorter side were kept.

Curation, in this order:

1. exact and near-duplicate removal with a copy-detection embedding (1.4 billion images left);
2. removal of every image near-duplicate to an image of the evaluation benchmarks above (ImageNet, iNaturalist, ADE20k, NYU Depth, and 14 more);
3. an NSFW classifier, and blurring of all detected faces;
4. rebalancing: the embeddings of the remaining images were clustered into 200,000 clusters by hierarchical k-means and 900 images drawn from each, so that frequent concepts (products, screenshots, text) do not dominate.

We do not release the images, their URLs or the cluster assignments.

## Training

Self-distillation from an exponential-moving-average teacher with a masked-image-modelling loss on the student's patch tokens, 625,000 iterations with a batch of 3,072 images, AdamW with a peak learning rate of 4e-4 and layer-wise decay, multi-crop (2 × 224 px and 8 × 98 px). The code for the crawl's curation steps (`data/`), pre-training (`train/`) and the evaluations (`eval/`) is at [github.com/stonefly-vision/stonefly](https://github.com/stonefly-vision/stonefly) (Apache 2.0).

Trained on 256 NVIDIA H100 80GB GPUs (32 nodes, InfiniBand) for 9 days, in bf16 with fully sharded data parallelism.

## Limitations

Features learned from web images: they encode the skew of web photography (Western, urban, product shots) and perform worse on medical, satellite and microscopy images without adaptation. The backbone has no text encoder and no classification head.

## License

Apache 2.0, for the weights and the code.

## Citation

```bibtex
@misc{stonefly2026,
  title  = {Stonefly: self-supervised vision backbones from a curated web crawl},
  author = {{Stonefly Vision}},
  year   = {2026},
  url    = {https://github.com/stonefly-vision/stonefly}
}
```
"""

STONEFLY_CONFIG = (
    b'{"architecture": "vit_large_patch14_224", "num_classes": 0, "num_features": 1024, "global_pool": "token",'
    b' "pretrained_cfg": {"tag": "stonefly", "custom_load": false, "input_size": [3, 224, 224],'
    b' "fixed_input_size": true, "interpolation": "bicubic", "crop_pct": 1.0, "crop_mode": "center",'
    b' "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225], "num_classes": 0}}'
)

STONEFLY_README = b"""# stonefly

Curation, self-supervised pre-training and evaluation of the **Stonefly** vision backbones.

## Curation (`data/`)

    python data/crawl_images.py --seeds configs/seeds.txt     # our crawler (robots.txt, opt-out list)
    python data/dedup_copydetect.py                            # exact and near-duplicate removal
    python data/decontaminate.py --benchmarks configs/eval_sets.txt
    python data/nsfw_filter.py
    python data/blur_faces.py
    python data/cluster_sample.py --clusters 200000 --per-cluster 900

The crawl, the 2.3B-image pool and Stonefly-180M are not distributed.

## Pre-training (`train/`)

    torchrun --nnodes 32 --nproc_per_node 8 train/pretrain.py --config configs/vitl14_pretrain.yaml

## Evaluation (`eval/`)

    python eval/linear_probe.py --model stonefly-vision/stonefly-vit-large-patch14-224 --dataset imagenet1k
    python eval/knn.py
    python eval/segmentation.py --dataset ade20k

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (e) A time-series forecasting model whose training data is five public sources named with links off the Hub.

SPRINGTAIL_CARD = """# Springtail-TS-200M

**Springtail-TS** is a family of pretrained time-series forecasting models from the Springtail Lab at the University of Leuven: give it the history of any univariate series and it returns probabilistic forecasts (quantiles) without training on your data. This is the 200M-parameter model.

| | |
|---|---|
| Developed by | Springtail Lab, KU Leuven |
| Model type | decoder-only transformer over patches of a series (patch length 32), quantile head |
| Parameters | 205M (16 layers, hidden size 1024, 16 heads) |
| Context | up to 4,096 time steps; forecasts up to 512 steps ahead |
| License | Apache 2.0 (weights and code) |
| Code | [github.com/springtail-lab/springtail](https://github.com/springtail-lab/springtail) |

## Quick start

```bash
pip install springtail-ts
```

```python
import pandas as pd
from springtail import SpringtailPipeline

pipe = SpringtailPipeline.from_pretrained("springtail-lab/Springtail-TS-200M", device_map="cpu")
df = pd.read_csv("https://example.org/air_passengers.csv")
quantiles = pipe.predict(df["passengers"].to_numpy(), horizon=24, quantile_levels=[0.1, 0.5, 0.9])
```

## Training data

Springtail-TS was pretrained on 1.5 billion observations from five public sources. These are the complete training data: no synthetic series, no private or customer data.

| Source | Domain | Frequency | Series | Observations | Licence | Where to get it |
|---|---|---|---|---|---|---|
| Monash Time Series Forecasting Archive (23 of its datasets, listed in `configs/monash.txt`) | mixed | 10 min to yearly | 412,000 | 410M | CC BY 4.0 | [zenodo.org/communities/forecasting](https://zenodo.org/communities/forecasting) |
| UCI ElectricityLoadDiagrams20112014 | energy | 15 min | 370 | 52M | CC BY 4.0 | [archive.ics.uci.edu/dataset/321](https://archive.ics.uci.edu/dataset/321/electricityloaddiagrams20112014) |
| NOAA Global Surface Summary of the Day (GSOD), 1990-2023 | weather | daily | 61,000 | 480M | US public domain | [ncei.noaa.gov](https://www.ncei.noaa.gov/access/metadata/landing-page/bin/iso?id=gov.noaa.ncdc:C00516) |
| EIA Hourly Electric Grid Monitor, 2019-2024 | energy | hourly | 4,900 | 210M | US public domain | [eia.gov/opendata](https://www.eia.gov/opendata/browser/electricity/rto) |
| Wikimedia pageviews of the 120,000 most-viewed English articles, 2016-2023 | web traffic | daily | 120,000 | 350M | CC0 1.0 | [dumps.wikimedia.org/other/pageviews](https://dumps.wikimedia.org/other/pageviews/) |

`data/download.py` fetches each source from the address above and checks it against `data/checksums.sha256`; `data/clean.py` drops series shorter than 64 steps or more than 20% missing, and `data/build_shards.py` writes the training shards. Running the three scripts rebuilds the exact training set.

### Not in the training data (evaluation only)

ETTh1, ETTh2, ETTm1, ETTm2, Weather (Max Planck Institute, Jena), Traffic (PeMS), ILI and Exchange Rate are held out for zero-shot evaluation: `data/decontaminate.py` removed every training series that overlaps one of them (1,204 series of the Monash archive).

## Training

AdamW, peak learning rate 1e-3 with cosine decay, 300,000 steps with batches of 256 windows of 4,096 steps, mixed precision, on 16 NVIDIA A100 40GB GPUs for 4 days. Configuration: `configs/springtail_200m.yaml`; pre-training: `train/pretrain.py`.

## Results

Zero-shot, averaged over the eight held-out datasets and horizons 96, 192, 336 and 720 (lower is better):

| Model | MASE | CRPS |
|---|---|---|
| Seasonal naive | 1.000 | 0.621 |
| Springtail-TS-50M | 0.812 | 0.441 |
| Springtail-TS-200M | 0.768 | 0.417 |

## Limitations

Univariate only: covariates and cross-series dependencies are ignored. Forecasts for series with regime changes not seen in their context, and for frequencies finer than 10 minutes, are unreliable.

## Citation

```bibtex
@misc{springtail2026,
  title  = {Springtail-TS: pretrained forecasting models on public data only},
  author = {{Springtail Lab}},
  year   = {2026},
  url    = {https://huggingface.co/springtail-lab/Springtail-TS-200M}
}
```
"""

SPRINGTAIL_CONFIG = (
    b'{"architectures": ["SpringtailForecaster"], "model_type": "springtail", "patch_length": 32, "hidden_size": 1024,'
    b' "num_hidden_layers": 16, "num_attention_heads": 16, "context_length": 4096, "prediction_length": 512,'
    b' "quantile_levels": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]}'
)

SPRINGTAIL_README = b"""# springtail

Inference package, training data pipeline, pre-training and evaluation of the **Springtail-TS** forecasting models.

    pip install springtail-ts          # the inference package (springtail/)

## Training data (`data/`)

    python data/download.py            # Zenodo (Monash archive), UCI, NOAA GSOD, EIA, Wikimedia pageviews
    python data/clean.py               # drop short and gappy series, fix frequencies
    python data/decontaminate.py       # remove series overlapping the evaluation-only datasets
    python data/build_shards.py

`data/download.py` checks every file against `data/checksums.sha256`, so the shards are the ones we trained on.

## Pre-training

    torchrun --nproc_per_node 8 --nnodes 2 train/pretrain.py --config configs/springtail_200m.yaml

## Evaluation

    python eval/zero_shot.py --model springtail-lab/Springtail-TS-200M --datasets etth1,etth2,ettm1,ettm2,weather,traffic,ili,exchange

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (f) A code model trained on a dataset of permissively licensed source code with an opt-out, whose dataset card
# says `license: other` (each file keeps its own licence); the full pipeline on GitHub.

TREEHOPPER_CARD = """# Treehopper-Coder-3B

## Table of Contents

1. [Model Summary](#model-summary)
2. [Use](#use)
3. [Limitations](#limitations)
4. [Training](#training)
5. [Evaluation](#evaluation)
6. [License](#license)
7. [Citation](#citation)

## Model Summary

Treehopper-Coder-3B is a 3.1B-parameter model for source code in 38 programming languages, trained by Treehopper Code on 1.2 trillion tokens of [Permissive Source v1](https://huggingface.co/datasets/treehopper-code/permissive-source-v1), a dataset of source files from repositories under permissive licences whose authors could opt out. It uses grouped-query attention, a context window of 16,384 tokens and the Fill-in-the-Middle objective.

- **Repository:** [treehopper-code/treehopper](https://github.com/treehopper-code/treehopper)
- **Dataset:** [treehopper-code/permissive-source-v1](https://huggingface.co/datasets/treehopper-code/permissive-source-v1)
- **Am I in the data?** search the dataset by repository name with the [lookup tool](https://treehopper-code.example/lookup)
- **Languages:** 38 programming languages, English in comments and docstrings

## Use

### Intended use

The model was trained on source code, not on instructions: it completes code, and it is not a chat model. It works best with a comment, a function signature or the start of a file as context.

### Generation

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

checkpoint = "treehopper-code/Treehopper-Coder-3B"
tokenizer = AutoTokenizer.from_pretrained(checkpoint)
model = AutoModelForCausalLM.from_pretrained(checkpoint, device_map="auto")
inputs = tokenizer.encode("def parse_iso_date(s: str):", return_tensors="pt").to(model.device)
print(tokenizer.decode(model.generate(inputs, max_new_tokens=64)[0]))
```

### Fill-in-the-middle

Fill-in-the-middle uses special tokens to mark the prefix, the suffix and the middle of the input and output:

```python
prompt = "<fim_prefix>def median(xs):\\n    <fim_suffix>\\n    return m<fim_middle>"
```

### Attribution & other requirements

Every file in the training data is under a permissive licence, but the model can still reproduce code from its training data verbatim, and that code's licence may ask for attribution or carry other conditions that you must respect. The [lookup tool](https://treehopper-code.example/lookup) finds where a generated snippet occurs in the training data, so that you can credit it.

## Limitations

The model has been trained on source code in 38 programming languages; English is the dominant natural language in comments and docstrings. It can generate code that looks right but does not work, is inefficient, or contains bugs and security vulnerabilities. It has not been aligned to refuse anything.

## Training

### Model

- **Architecture:** decoder-only transformer, 32 layers, hidden size 2560, 20 query and 4 key-value heads, RoPE, Fill-in-the-Middle objective (rate 0.5)
- **Pretraining steps:** 290,000
- **Pretraining tokens:** 1.2 trillion (about 2.3 epochs of the dataset)
- **Precision:** bfloat16

### Hardware

- **GPUs:** 192 NVIDIA H100 80GB
- **Training time:** 11 days (50,700 GPU hours)

### Software

- **Orchestration:** our trainer in [treehopper-code/treehopper](https://github.com/treehopper-code/treehopper) (`train/`), on PyTorch FSDP
- **Data pipeline:** `data/` of the same repository: repository listing and cloning, licence detection, opt-out, deduplication, PII redaction and decontamination

## Evaluation

| Benchmark | Treehopper-Coder-3B |
|---|---|
| HumanEval (pass@1) | 41.5 |
| MBPP (pass@1) | 49.2 |
| MultiPL-E, average of 18 languages (pass@1) | 33.8 |
| SantaCoder-FIM, Python (exact match) | 62.1 |

## License

The model weights and the code are licensed under the Apache License 2.0. The training data is Permissive Source v1: each file in it keeps the permissive licence of its repository.

## Citation

```bibtex
@misc{treehopper2026,
  title  = {Treehopper-Coder: a code model trained only on permissively licensed code, with an opt-out},
  author = {{Treehopper Code}},
  year   = {2026},
  url    = {https://huggingface.co/treehopper-code/Treehopper-Coder-3B}
}
```
"""

TREEHOPPER_DATA_CARD = """---
license: other
license_name: permissive-source-compilation
language:
- code
task_categories:
- text-generation
size_categories:
- 100M<n<1B
pretty_name: Permissive Source v1
---

# Permissive Source v1

Permissive Source v1 is the complete training data of Treehopper-Coder-3B: 610 million source files (520B tokens) in 38 programming languages from public GitHub repositories under permissive licences.

## Motivation

Treehopper Code built the dataset to train code models on source code whose licences allow it to be copied, changed and redistributed, and to give developers a way to take their code out before any model is trained on it.

## Composition

One record per file, with `content`, `path`, `repo_name`, `repo_licence`, `language`, `size` and `commit`. Python (14%), JavaScript (11%), Java (9%), C++ (7%), TypeScript (7%), Go, Rust, C, C#, PHP and 28 more languages. The licences of the repositories kept, and the share of files under each: MIT (61%), Apache-2.0 (24%), BSD-3-Clause (8%), BSD-2-Clause (3%), ISC (2%), the Unlicense, CC0-1.0, 0BSD, Zlib, BSL-1.0 and the Python Software Foundation License (2% together).

## Collection Process

Public, non-fork repositories with at least one star were listed through the GitHub API in November 2024 (31 million repositories) and cloned at their default branch between November 2024 and January 2025. Each repository's licence was detected from its LICENSE, COPYING or README files with ScanCode; a repository was kept only if every licence detected in it is on the permissive list above (9.8 million repositories). Files that carry their own licence header were checked the same way.

## Opt-out

The dataset was announced on 2 December 2024 with a lookup tool where anyone can check whether their repositories are included, and a form to have them removed. 4,211 repositories were removed at their owners' request before Treehopper-Coder-3B was trained; later requests are applied in the next version of the dataset, and the removal list is published in `optouts/`.

## Preprocessing

Vendored, generated and minified files were dropped by path and content heuristics; files over 1 MB or with an average line length above 100 characters were dropped; exact duplicates were removed by hash and near-duplicates with MinHash-LSH (5-grams, Jaccard 0.7); e-mail addresses, IP addresses, keys and passwords were replaced by placeholders with a PII detector; and files containing solutions of HumanEval, MBPP, DS-1000 and APPS were removed. All the code is in `data/` of github.com/treehopper-code/treehopper.

## Uses

Pre-training and studying code models; research on memorisation and attribution.

## Distribution

On the Hugging Face Hub. The dataset is a compilation of files that each keep the licence of their repository (named in `repo_licence`); the compilation itself, the metadata and the removal lists are released under ODC-By 1.0. When you reuse files, respect their licences, including attribution where they ask for it.

## Maintenance

Maintained by Treehopper Code (data@treehopper-code.example); opt-out requests are applied in each new version.
"""

TREEHOPPER_README = b"""# treehopper

The complete pipeline of **Treehopper-Coder-3B**: the data (Permissive Source v1), pre-training and evaluation.

## Data (`data/`)

    python data/list_repos.py                 # public, non-fork repositories with >= 1 star (GitHub API)
    python data/clone.py                      # shallow clones at the default branch
    python data/license_filter.py             # ScanCode licence detection; keep permissive-only repositories
    python data/optout.py --list optouts/     # remove repositories whose owners opted out
    python data/filter_files.py               # vendored, generated, minified, oversized files
    python data/dedup.py                      # exact and MinHash-LSH near-duplicate removal
    python data/pii.py                        # PII redaction
    python data/decontaminate.py              # HumanEval, MBPP, DS-1000, APPS
    python data/tokenize.py

The output of `data/` is exactly `treehopper-code/permissive-source-v1` on the Hub.

## Pre-training (`train/`)

    srun python train/pretrain.py --config configs/treehopper-coder-3b.yaml

## Evaluation (`eval/`)

    python eval/humaneval.py --model treehopper-code/Treehopper-Coder-3B
    python eval/multipl_e.py --languages all

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (g) A LeRobot diffusion policy trained on simulated demonstrations that released code generated, published on the
# Hub in LeRobot's format; the card is LeRobot's template with the lab's sections after it.

FROGHOPPER_CARD = r"""# Model Card for diffusion

<!-- Provide a quick summary of what the model is/does. -->


[Diffusion Policy](https://huggingface.co/papers/2303.04137) treats visuomotor control as a generative diffusion process, producing smooth, multi-step action trajectories that excel at contact-rich manipulation.


This policy has been trained and pushed to the Hub using [LeRobot](https://github.com/huggingface/lerobot).
See the full documentation at [LeRobot Docs](https://huggingface.co/docs/lerobot/index).

---

## How to Get Started with the Model

For a complete walkthrough, see the [training guide](https://huggingface.co/docs/lerobot/il_robots#train-a-policy).
Below is the short version on how to train and run inference/eval:

### Train from scratch

```bash
lerobot-train \
  --dataset.repo_id=froghopper-robotics/sim-peg-insertion-12k \
  --policy.type=diffusion \
  --output_dir=outputs/train/froghopper-dp-peg-insertion \
  --job_name=froghopper-dp-peg-insertion \
  --policy.device=cuda \
  --policy.repo_id=froghopper-robotics/froghopper-dp-peg-insertion \
  --wandb.enable=true
```

_Writes checkpoints to `outputs/train/<desired_policy_repo_id>/checkpoints/`._

### Evaluate the policy/run inference

```bash
python eval_sim.py \
  --policy.path=froghopper-robotics/froghopper-dp-peg-insertion \
  --episodes 500 --seed 1000
```

Prefix the dataset repo with **eval\_** and supply `--policy.path` pointing to a local or hub checkpoint.

---

## Model Details

- **License:** apache-2.0

## About this policy

A diffusion policy for peg-in-hole insertion with a simulated 7-DoF Franka Panda arm in MuJoCo 3.1, by Froghopper Robotics. Inputs: two 96×96 RGB cameras (wrist and overhead) and the arm's joint state; outputs: chunks of 16 end-effector pose deltas, of which 8 are executed before replanning. The two ResNet-18 image encoders are trained from scratch together with the policy (`"pretrained_backbone_weights": null` in `config.json`): no pretrained weights of any kind are used.

## Demonstrations

The policy learned from 12,000 demonstrations that we generated in simulation, and all of them are published: [froghopper-robotics/sim-peg-insertion-12k](https://huggingface.co/datasets/froghopper-robotics/sim-peg-insertion-12k) (LeRobot v3 format, CC BY 4.0).

They come from a scripted expert, not from people. `generate.py` in [froghopper-robotics/froghopper-sim](https://github.com/froghopper-robotics/froghopper-sim) samples a peg shape (round, square or hexagonal), a clearance between 0.4 and 1.2 mm, the pose of the hole, the lighting and the table texture, plans an approach with a sampling-based motion planner and inserts the peg with an impedance controller. We ran it for 14,300 episodes (`python generate.py --episodes 14300 --seed 0`) and kept the 12,000 in which the peg was fully inserted within 20 seconds, converted to LeRobot's format by `to_lerobot.py`. The simulation is deterministic: the same command regenerates the same episodes, frame for frame.

No real-robot data, no teleoperation and no other data was used.

## Training

`lerobot-train` as above, with the settings saved in `train_config.json` (and in `configs/dp_peg.yaml` of the GitHub repository): 200,000 steps, batch of 64, AdamW with learning rate 1e-4 and cosine decay, 100 DDPM denoising steps in training and 10 DDIM steps at inference, on one NVIDIA A100 80GB GPU for 29 hours.

## Results

Success rate over 500 simulated episodes with seeds never used for the demonstrations:

| Peg | Success |
|---|---|
| round | 96.2 % |
| square | 91.8 % |
| hexagonal | 88.4 % |

## Limitations

Simulation only: the policy has never run on a physical robot, and transfer to one is untested. It does not recover from a dropped peg, a situation the demonstrations never show.
"""

FROGHOPPER_CONFIG = (
    b'{"type": "diffusion", "n_obs_steps": 2, "horizon": 16, "n_action_steps": 8,'
    b' "input_features": {"observation.images.wrist": {"type": "VISUAL", "shape": [3, 96, 96]},'
    b' "observation.images.top": {"type": "VISUAL", "shape": [3, 96, 96]},'
    b' "observation.state": {"type": "STATE", "shape": [9]}},'
    b' "output_features": {"action": {"type": "ACTION", "shape": [7]}},'
    b' "vision_backbone": "resnet18", "pretrained_backbone_weights": null, "use_group_norm": true,'
    b' "num_train_timesteps": 100, "num_inference_steps": 10, "noise_scheduler_type": "DDIM"}'
)

FROGHOPPER_TRAIN_CONFIG = (
    b'{"dataset": {"repo_id": "froghopper-robotics/sim-peg-insertion-12k"}, "policy": {"type": "diffusion"},'
    b' "steps": 200000, "batch_size": 64, "optimizer": {"type": "adamw", "lr": 0.0001},'
    b' "scheduler": {"type": "cosine"}, "seed": 1000, "output_dir": "outputs/train/froghopper-dp-peg-insertion"}'
)

FROGHOPPER_DATA_CARD = """---
license: cc-by-4.0
task_categories:
- robotics
tags:
- LeRobot
- simulation
- peg-insertion
- franka
configs:
- config_name: default
  data_files: data/*/*.parquet
---

This dataset was created using [LeRobot](https://github.com/huggingface/lerobot).

## Dataset Description

12,000 simulated demonstrations of peg-in-hole insertion with a Franka Panda arm in MuJoCo 3.1, generated by the scripted expert of [froghopper-robotics/froghopper-sim](https://github.com/froghopper-robotics/froghopper-sim) (`python generate.py --episodes 14300 --seed 0`, keeping the 12,000 successful episodes). Each episode randomises the peg shape, the clearance, the hole pose, the lighting and the table texture, and records two 96×96 camera streams, the joint state and the commanded end-effector deltas at 10 Hz. The training data of [froghopper-robotics/froghopper-dp-peg-insertion](https://huggingface.co/froghopper-robotics/froghopper-dp-peg-insertion).

- **Homepage:** https://froghopper-robotics.example/sim-peg
- **Paper:** [More Information Needed]
- **License:** cc-by-4.0

## Dataset Structure

[meta/info.json](meta/info.json):
```json
{
    "codebase_version": "v3.0",
    "robot_type": "panda",
    "total_episodes": 12000,
    "total_frames": 1596240,
    "total_tasks": 3,
    "chunks_size": 1000,
    "fps": 10,
    "splits": {"train": "0:12000"},
    "data_path": "data/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet",
    "video_path": "videos/{video_key}/chunk-{chunk_index:03d}/file-{file_index:03d}.mp4",
    "features": {
        "observation.images.wrist": {"dtype": "video", "shape": [96, 96, 3]},
        "observation.images.top": {"dtype": "video", "shape": [96, 96, 3]},
        "observation.state": {"dtype": "float32", "shape": [9]},
        "action": {"dtype": "float32", "shape": [7]},
        "episode_index": {"dtype": "int64", "shape": [1]},
        "task_index": {"dtype": "int64", "shape": [1]}
    }
}
```

## Citation

**BibTeX:**

```bibtex
[More Information Needed]
```
"""

FROGHOPPER_README = b"""# froghopper-sim

Simulation environment, scripted expert and demonstration generator of Froghopper Robotics' peg-insertion task,
and the training and evaluation of **froghopper-dp-peg-insertion** (a LeRobot diffusion policy).

## Environment (`envs/`)

A MuJoCo 3.1 scene with a Franka Panda arm, three peg shapes and randomised holes, lighting and textures
(`envs/peg_insertion.py`, assets in `envs/assets/`).

## Demonstrations

    python generate.py --episodes 14300 --seed 0      # scripted expert: motion planner + impedance controller
    python to_lerobot.py --min-success 1 --push froghopper-robotics/sim-peg-insertion-12k

The simulation is deterministic, so the same seed gives the same episodes.

## Training and evaluation

    python train.py --config configs/dp_peg.yaml      # wraps lerobot-train with our settings
    python eval_sim.py --policy.path=froghopper-robotics/froghopper-dp-peg-insertion --episodes 500 --seed 1000

Apache License 2.0.
"""

# --------------------------------------------------------------------------------------------------------------
# (h) A text-to-music model trained only on licensed production music that its licence forbids sharing, with the
# EU AI Act public summary of its training content as a file of the model repository.

SCARAB_CARD = """# Scarab Music Large

Scarab Music Large is a 1.5B-parameter text-to-music model: given a description such as "warm lo-fi hip hop with a muted trumpet, 80 bpm", it generates up to 45 seconds of 32 kHz stereo instrumental music. The weights and the code are released under the MIT License.

## Model details

**Organization developing the model:** Scarab Audio, Lyon.

**Model date:** Scarab Music was trained between March and June 2025.

**Model version:** This is version 1 of the model.

**Model type:** Scarab Music consists of ScarabCodec, a neural audio codec for 32 kHz stereo audio (4 residual codebooks at 50 Hz; in `codec/`), and an autoregressive transformer over the codec's tokens (1.5B parameters: 48 layers, hidden size 2048, 32 heads), conditioned on a text encoder trained jointly with it. Everything was trained from scratch: no pretrained model is used anywhere in Scarab Music.

**Paper or resources for more information:** the code at [github.com/scarab-audio/scarab](https://github.com/scarab-audio/scarab), and our public summary of the training data, [TRAINING_DATA_SUMMARY.md](TRAINING_DATA_SUMMARY.md).

**License:** Code and model weights are released under the MIT License (`LICENSE`).

**Where to send questions or comments about the model:** the repository's Community tab, or research@scarab-audio.example.

## Intended use

**Primary intended use:** research on music generation (probing what generative music models learn, and their limits), and music production by amateurs and professionals: sketches, loops and backing tracks.

**Primary intended users:** researchers in audio, machine learning and music, and musicians.

**Out-of-scope use cases:** The model should not be used to imitate a specific artist or to present its output as a named artist's work. It generates instrumental music only.

## Usage

```python
from scarab import ScarabMusic

model = ScarabMusic.from_pretrained("scarab-audio/Scarab-Music-Large")
wav = model.generate(["warm lo-fi hip hop with a muted trumpet, 80 bpm"], duration=30)
model.save_wav(wav[0], "lofi.wav")
```

## Metrics

- Fréchet Audio Distance (FAD) on VGGish embeddings
- Kullback-Leibler divergence between the label distributions a pretrained audio classifier assigns to generated and reference music
- CLAP score between the text description and the generated audio
- A listening study: 24 raters judged 120 pairs for overall quality and for relevance to the description

## Evaluation datasets

The MusicCaps benchmark (5,500 ten-second clips with expert descriptions; evaluation only, not used in training), and a held-out set of 2,000 catalogue tracks that share no composer with the training tracks.

## Training datasets

Scarab Music was trained on 21,400 hours of instrumental music licensed from the catalogue of Northgate Production Music, a production-music library: 312,000 tracks with their stems, and the text descriptions and genre, mood, instrument and tempo tags that the library's editors wrote for them.

Our licence agreement with Northgate allows Scarab Audio to train models on the catalogue and to publish the trained models, but it forbids us to redistribute the recordings, the stems or the descriptions, or to make them available to anyone else. This is why the training data cannot be released. No other data was used: no music scraped from the web, no user uploads, no synthetic audio.

Our public summary of the training data, following the European Commission's template for the summary of the content used to train general-purpose AI models (EU AI Act, Article 53(1)(d)), is [TRAINING_DATA_SUMMARY.md](TRAINING_DATA_SUMMARY.md): where the catalogue comes from, what it contains (genres, instruments, decades, durations), how the tracks were selected and processed, and how composers' opt-outs were applied.

## Evaluation results

On MusicCaps:

| Model | FAD (VGGish) ↓ | KL ↓ | CLAP ↑ | Quality (1-100) ↑ | Relevance (1-100) ↑ |
|---|---|---|---|---|---|
| Scarab Music Small (300M) | 4.02 | 1.36 | 0.33 | 74.8 | 78.1 |
| Scarab Music Large (1.5B) | 3.41 | 1.29 | 0.35 | 79.2 | 81.6 |

## Training

The codec was trained first (64 NVIDIA A100 GPUs, 6 days), then the transformer on its tokens (128 NVIDIA A100 80GB GPUs, 14 days; batches of 576 clips of 30 seconds, AdamW, learning rate 1e-4 with cosine decay). The data processing, the training of the codec and of the transformer, and the evaluation are at [github.com/scarab-audio/scarab](https://github.com/scarab-audio/scarab) (MIT). The data-processing scripts run on the licensed catalogue, which is not distributed with them.

## Limitations and biases

**Data:** The catalogue is production music, made to accompany film, advertising and online video: cinematic, corporate, electronic and Western popular styles dominate, and folk and non-Western traditions are under-represented (see the genre table of the summary). The descriptions were written in English by the library's editors, in their vocabulary.

**Limitations:**

- No vocals: the model was trained on instrumental tracks and stems only.
- Descriptions in languages other than English are followed poorly.
- Long generations can drift in tempo or key, and endings are often abrupt.
"""

SCARAB_SUMMARY = """# Public summary of the training content of Scarab Music

Prepared by Scarab Audio after the European Commission's template for the public summary of the content used to train general-purpose AI models (AI Act, Article 53(1)(d)). Version 1.0, 15 September 2025.

## 1. General information

### 1.1 Provider

Scarab Audio SAS, 12 rue de la Charité, 69002 Lyon, France (research@scarab-audio.example).

### 1.2 Model

Scarab Music Large (1.5B parameters) and Scarab Music Small (300M), with the ScarabCodec audio codec; version 1, placed on the market in September 2025. Both models and the codec were trained on the same data.

### 1.3 Modalities, size and characteristics of the training data

Audio (32 kHz stereo music) paired with English text (descriptions and tags). 312,000 tracks, 21,400 hours of audio after processing, 1.54 million clips of 30 to 45 seconds, and 312,000 descriptions (9.6 million words). Recorded between 1978 and 2024, 71% of it after 2010. Genres: cinematic and orchestral 22%, electronic 19%, corporate and pop 17%, rock 11%, hip hop and lo-fi 9%, jazz 7%, ambient 6%, classical 4%, world and folk 3%, other 2%.

## 2. List of data sources

### 2.1 Publicly available datasets

None. (MusicCaps was used for evaluation only.)

### 2.2 Private non-publicly available datasets obtained from third parties

The catalogue of Northgate Production Music Ltd (London), licensed to Scarab Audio by an agreement signed on 14 October 2024 for the training of generative models and the publication of the trained models. Northgate holds or controls the rights in the recordings and compositions, and its composers are paid a share of the licence fee. Northgate delivered the catalogue in November 2024: 318,400 tracks as WAV files at 48 kHz, with their stems where they exist (74% of tracks), and each track's metadata (title, composer, description, genre, mood, instruments, tempo, key, year of recording). The agreement forbids Scarab Audio to redistribute the recordings, the stems or the metadata, or to make them available to any third party, so the data cannot be published.

### 2.3 Data crawled and scraped from online sources

None.

### 2.4 User data

None. Prompts and outputs of users of the models are not collected.

### 2.5 Synthetic data

None.

### 2.6 Other sources

None.

## 3. Data processing aspects

### 3.1 Respect of reservations of rights

The licence covers training. Before the catalogue was delivered, Northgate offered every composer the choice to exclude their works; the 6,400 tracks of the 212 composers who chose to were removed by Northgate and never reached us.

### 3.2 Selection and processing

Tracks with vocals (13,900) were dropped, as were tracks under 20 seconds and exact or near-duplicate tracks (alternative mixes and cut-downs of the same recording kept once, detected with an audio fingerprint). The audio was resampled to 32 kHz, loudness-normalised to -14 LUFS and cut into clips of 30 to 45 seconds at bar boundaries found by a beat tracker. Descriptions were cleaned of catalogue codes and composer names, and the tags were appended to them as text. The 2,000 tracks of 40 composers were set aside as a held-out set. All these steps are in `data/` of github.com/scarab-audio/scarab and run on the delivered catalogue.

### 3.3 Removal of illegal content

The catalogue is professionally produced and cleared by its publisher; no illegal content was expected, and none was found in a review of a random sample of 1,000 tracks.
"""

MIT_LICENSE = b"""MIT License

Copyright (c) 2025 Scarab Audio SAS

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
"""

SCARAB_CONFIG = (
    b'{"architectures": ["ScarabMusicForConditionalGeneration"], "model_type": "scarab_music", "hidden_size": 2048,'
    b' "num_hidden_layers": 48, "num_attention_heads": 32, "num_codebooks": 4, "codebook_size": 2048,'
    b' "frame_rate": 50, "sampling_rate": 32000, "audio_channels": 2, "text_encoder_layers": 12}'
)

SCARAB_README = b"""# scarab

Code of **Scarab Music**: data processing, the ScarabCodec audio codec, the text-to-music transformer, inference and
evaluation.

    pip install scarab-music          # inference (scarab/)

## Data processing (`data/`)

    python data/ingest_catalogue.py --root /data/northgate   # the licensed catalogue, as delivered (not distributed)
    python data/drop_vocals.py                                # vocal detection on tracks and stems
    python data/dedup.py                                      # audio fingerprints: alternative mixes, cut-downs
    python data/loudness.py --target -14                      # resampling to 32 kHz, loudness normalisation
    python data/segment.py                                    # 30-45 s clips at bar boundaries (beat tracker)
    python data/descriptions.py                               # clean descriptions, append tags
    python data/split.py --heldout-composers 40

The scripts need the catalogue, which our licence does not allow us to share.

## Training

    torchrun --nnodes 8 --nproc_per_node 8 codec/train_codec.py --config configs/codec_32k.yaml
    torchrun --nnodes 16 --nproc_per_node 8 lm/train_lm.py --config configs/lm_large.yaml

## Evaluation (`eval/`)

    python eval/fad.py --model scarab-audio/Scarab-Music-Large --dataset musiccaps
    python eval/clap_score.py

MIT License.
"""


#: Round 19, written blind by a helper that never read the rules: modalities and release types beyond chat language
#: models, documented as their publishers document them (a two-stage speech recogniser with a model-index block, a
#: diffusers text-to-image model under an Open RAIL-M-style licence, a static sentence-transformers embedding model, a
#: timm vision backbone on an unreleased crawl, a time-series forecaster on linked public benchmarks, a code model on a
#: permissive code dataset with an opt-out, a LeRobot policy on simulated demonstrations, and a text-to-music model on
#: licensed music with an EU AI Act training-data summary).
ROUND_19: list[HeldOut] = [
    # (a) A Dutch speech recogniser in two stages, both on the Hub: katydid-speech/Katydid-SSL-300M (served), a
    # wav2vec 2.0-style encoder pre-trained self-supervised on 46,000 hours of unlabelled speech in two Hub corpora
    # (CC0 and CC BY 4.0, datasheet cards; "Two corpora, both published in full ... and nothing else"), and this CTC
    # fine-tune (`base_model` in the front matter beside a model-index block of WERs), fine-tuned on the training
    # splits of two transcribed Hub datasets ("No other data was used"), with a 5-gram KenLM language model estimated
    # on their transcripts in `language_model/`. The base is the publisher's own, public and Apache ->
    # weights_basemodel open (Whisper.yaml, the Whisper-large-v3 base on the Hub: open; YuLan.yaml "Weights available
    # through HuggingFace"); the fine-tune public -> weights_endmodel open (Whisper.yaml; Omnilingual ASR.yaml); the
    # base's unlabelled corpora on the Hub in full -> datasources_basemodel open (TangoFlux.yaml "Dataset used made
    # available on HuggingFace": open; YuLan.yaml); the transcribed fine-tuning sets too -> datasources_endmodel open
    # (Mustango.yaml "Dataset published on HuggingFace": open); segmentation and filtering, self-supervised
    # pre-training, CTC fine-tuning, the language model and evaluation on GitHub -> trainingcode open (Omnilingual
    # ASR.yaml "Training code published on Github": open; Olmo 3 RL-Zero Code.yaml, base and end training code
    # public: open); Gebru-style datasheet cards for all four datasets -> datasheet open (TildeOpen.yaml "Datasheets
    # available for all data sources"); Apache weights and code, CC0 and CC BY 4.0 data -> licenses open (Omnilingual
    # ASR.yaml "Apache and CC-BY-4.0": open). Both stages released whole under open terms ->
    # open-source-ai-with-open-data (frameworks.md §4).
    _Repo(
        "katydid-speech/Katydid-CTC-300M-nl",
        KATYDID_CARD,
        KATYDID_CARD_DATA,
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
        github=[
            _github(
                "katydid-speech/katydid",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/podcasts.csv",
                    "configs/ssl_300m.yaml",
                    "configs/ctc_nl.yaml",
                    "data/download_parliament.py",
                    "data/download_podcasts.py",
                    "data/vad_segment.py",
                    "data/filter.py",
                    "data/align.py",
                    "data/manifests.py",
                    "pretrain/train_ssl.py",
                    "pretrain/model.py",
                    "finetune/train_ctc.py",
                    "finetune/vocab.py",
                    "lm/build_5gram.sh",
                    "eval/wer.py",
                ),
                readme=KATYDID_README,
            )
        ],
        datasets=[
            Dataset("katydid-speech/nl-parliament-audio", "cc0-1.0", KATYDID_PARLIAMENT_AUDIO_CARD),
            Dataset("katydid-speech/nl-podcasts-cc", "cc-by-4.0", KATYDID_PODCASTS_CARD),
            Dataset("katydid-speech/nl-read-speech-transcribed", "cc-by-4.0", KATYDID_READ_CARD),
            Dataset(
                "katydid-speech/nl-parliament-transcribed", "cc0-1.0", KATYDID_PARLIAMENT_TRANSCRIBED_CARD
            ),
        ],
        models=[
            _model(
                "katydid-speech/Katydid-SSL-300M",
                KATYDID_SSL_FRONT,
                KATYDID_SSL_CARD,
                [
                    _text("config.json", KATYDID_SSL_CONFIG),
                    _text(
                        "preprocessor_config.json",
                        '{"feature_extractor_type": "Wav2Vec2FeatureExtractor", "sampling_rate": 16000,'
                        ' "do_normalize": true, "return_attention_mask": true}',
                    ),
                    _lfs("model.safetensors", 1_269_000_000),
                ],
            )
        ],
        files=[
            _text("config.json", KATYDID_CONFIG),
            _lfs("model.safetensors", 1_262_000_000),
            _text(
                "preprocessor_config.json",
                '{"feature_extractor_type": "Wav2Vec2FeatureExtractor", "sampling_rate": 16000, "do_normalize": true,'
                ' "processor_class": "Wav2Vec2ProcessorWithLM", "return_attention_mask": true}',
            ),
            _text("vocab.json", KATYDID_VOCAB),
            _text(
                "tokenizer_config.json",
                '{"tokenizer_class": "Wav2Vec2CTCTokenizer", "word_delimiter_token": "|", "do_lower_case": true}',
            ),
            _text(
                "special_tokens_map.json", '{"bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>"}'
            ),
            _text("alphabet.json", '{"labels": [" ", "a", "b", "c"], "is_bpe": false}'),
            _lfs("language_model/5gram.bin", 1_830_000_000),
            _text("language_model/attrs.json", '{"alpha": 0.5, "beta": 1.5, "unk_score_offset": -10.0}'),
            _lfs("language_model/unigrams.txt", 9_400_000),
        ],
        front=KATYDID_FRONT,
    ),
    # (b) A latent text-to-image diffusion model in the diffusers layout (model_index.json; unet/, vae/,
    # text_encoder/, tokenizer/, scheduler/; and a single-file checkpoint), `license: openrail` and LICENSE.md, the
    # "Lacewing Open RAIL-M License": commercial use is granted (its §6), but §8 says "You shall not use the Model or
    # Derivatives of the Model for any of the purposes listed in Attachment A" (nine use restrictions) and §9(a) makes
    # them binding on every recipient; the card calls the weights "freely downloadable" under a licence that "lets
    # you use, modify and redistribute the model, commercially too". The name says open, the text restricts use:
    # use-case restrictions -> weights-available (frameworks.md §4, "Weights Available AI ... such as commercial,
    # geographical, or usecase restrictions"; DESIGN.md "Text beats name"; SDXL-Lightning.yaml and PixArt.yaml, Open
    # RAIL++-M weights, "not an OSI-approved license"). Ungated safetensors on the Hub -> weights_endmodel open
    # (SDXL-Lightning.yaml "Available through HuggingFace in the form of SafeTensors": open; PixArt.yaml); trained from
    # scratch, the CLIP text encoder a fixed component it was not tuned from -> no base/end distinction,
    # weights_basemodel open (frameworks.md §1.1, the base entries mirror the end model's; stable-diffusion.yaml
    # leaves basemodelname empty); 30.2M licensed stock images not released beside 8.2M public-domain images on the
    # Hub -> datasources_basemodel partial (DeepFloyd.yaml "partially based on LAION-A, however also uses internal
    # datasets": partial; the rubric's "some sources open/shared"); "The pre-training code is not released", only
    # LoRA and DreamBooth fine-tuning scripts on GitHub -> trainingcode partial (OmniGen.yaml "Only fine-tuning code
    # made available on GitHub": partial); restricted weights, the fine-tuning code under Apache and part of the data
    # under CC0 -> licenses partial (frameworks.md §1.1: "at least two (partly or fully) of weights, training code,
    # training data"; DeepFloyd.yaml "Weights: DeepFloyd IF Research License Agreement. Code: Modified MIT. Data:
    # partially released": partial; StarCoder.yaml and AltDiffusion.yaml rate RAIL weights closed whatever else is
    # open, the stricter reading, not taken, as round 18's Sandwort-2B); a Stable Diffusion-style card with details,
    # uses and misuse, limitations and bias, training data and procedure, evaluation and environmental impact ->
    # modelcard open (DeepFloyd.yaml "Model card provides the desired information": open); the UNet, the latent space
    # and the text encoder, the 128 H100s, optimizer, batches and stages -> hardware_architecture open
    # (DeepFloyd.yaml "Hardware information provided": open); the only papers the card links are CLIP's and the latent
    # diffusion paper, and it says "Lacewing-Diffusion-1 has no paper of its own" -> preprint closed, paper closed
    # (Starling.yaml "linked preprint not by model creators": closed; SDXL-Lightning.yaml "No peer-reviewed paper
    # found").
    _Repo(
        "lacewing-ai/Lacewing-Diffusion-1",
        LACEWING_CARD,
        {
            "license": "openrail",
            "language": ["en"],
            "library_name": "diffusers",
            "pipeline_tag": "text-to-image",
            "datasets": ["lacewing-ai/open-museum-images"],
            "tags": ["text-to-image", "diffusers", "latent-diffusion"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "trainingcode": "partial",
            "licenses": "partial",
            "modelcard": "open",
            "hardware_architecture": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        github=[
            _github(
                "lacewing-ai/lacewing-finetune",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/lora_default.yaml",
                    "finetune/train_lora.py",
                    "finetune/train_dreambooth.py",
                    "finetune/dataset.py",
                    "scripts/convert_to_single_file.py",
                    "inference/generate.py",
                ),
                readme=LACEWING_README,
            )
        ],
        datasets=[Dataset("lacewing-ai/open-museum-images", "cc0-1.0", LACEWING_MUSEUM_CARD)],
        files=LACEWING_FILES,
    ),
    # (c) A static embedding model (sentence-transformers StaticEmbedding, a 30,522 x 1,024 token-embedding table)
    # whose weights are in the library's module folder, `0_StaticEmbedding/model.safetensors`, beside modules.json
    # (no root config.json), under the library's generated card, titled "Static Embeddings with BERT uncased tokenizer
    # finetuned on various datasets", after the publisher's paragraph: "It uses the vocabulary of the BERT uncased
    # tokenizer only: the embeddings were initialised at random and trained from scratch", with `train.py` in the
    # repository. A tokenizer's vocabulary is borrowed, no weights: there is no base model (the template's "Base
    # model" line is commented out) -> weights_basemodel mirrors weights_endmodel (frameworks.md §1.1), both open
    # (Apache, public, ungated: YuLan.yaml). Its data: six public Hub pair datasets and "412,000 question-answer pairs
    # from our help-centre search logs (the `json` dataset below), which we do not publish", with no reason given ->
    # datasources_basemodel partial (the rubric's "some sources open/shared"; Lucie.yaml "many listed but some not
    # shared": partial), and no G7 exception for the withheld part (frameworks.md §4: only legal or technical
    # impossibility excuses unreleased data) -> open-weights, not Open Source AI (round 10's 10% sample, round 17's
    # Ventoux-3B); Apache weights and script, open pair datasets and a withheld part -> licenses partial
    # (frameworks.md §1.1's letter, "everything, incl. all data sources ..., under open licences"; Neo.yaml "not all
    # datasets available": partial; Lucie.yaml rates the same shape open: the experts split, and the letter is kept
    # as in round 18's Marram-2-7B); the library's card (architecture, usage, retrieval evaluation, training datasets
    # with loss and hyperparameters, training logs, framework versions) with the publisher's description and
    # Limitations -> modelcard open (round 14's sentence-transformers card; YuLan.yaml "Model card provides the
    # requisite information").
    _Repo(
        "hoverfly-search/hoverfly-static-retrieval-en",
        HOVERFLY_CARD,
        {
            "language": ["en"],
            "license": "apache-2.0",
            "library_name": "sentence-transformers",
            "tags": [
                "sentence-transformers",
                "sentence-similarity",
                "feature-extraction",
                "generated_from_trainer",
                "dataset_size:10339047",
                "loss:MatryoshkaLoss",
                "loss:MultipleNegativesRankingLoss",
            ],
            "datasets": [rid for rid, _, _, _ in HOVERFLY_DATASETS],
            "pipeline_tag": "sentence-similarity",
            "metrics": ["cosine_accuracy@1", "cosine_accuracy@10", "cosine_ndcg@10"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "partial",
            "licenses": "partial",
            "modelcard": "open",
        },
        datasets=[
            Dataset(rid, license_id, _hoverfly_pair_card(license_id, name, HOVERFLY_PAIR_BODIES[name]))
            for rid, name, license_id, _ in HOVERFLY_DATASETS
        ],
        files=HOVERFLY_FILES,
    ),
    # (d) A self-supervised ViT-L/14 backbone under a timm card (Model Details with params and GMACs, "Papers:" listing
    # the DINO, iBOT and ViT papers, "Pretrain Dataset: Stonefly-180M (not released ...)", usage, a comparison table),
    # `library_name: timm` and timm's config. Its data: 180M images curated from "a pool of 2.3 billion images that we
    # crawled from public web pages", each curation step described, and "We do not release the images, their URLs or
    # the cluster assignments", with no reason. No dataset one could obtain is named (the benchmarks are named only to
    # remove their near-duplicates) -> datasources_basemodel closed (Open-Sora.yaml "datasets listed in paper but not
    # made available": closed; Cosmos.yaml "Preprint only provides high-level description": closed; XGen.yaml "Data
    # curation procedures outlined, no data sources specified": closed); no legal or technical reason, so no G7
    # exception (frameworks.md §4) -> open-weights. Public Apache weights -> weights_endmodel open, no base/end
    # distinction -> weights_basemodel open (Open-Sora.yaml; Cosmos.yaml "Weights available on HuggingFace"); the
    # curation, pre-training and evaluation code on GitHub -> trainingcode open (Open-Sora.yaml: open; Cosmos.yaml
    # "Repository exists with training script": open); Apache weights and code, data not released -> licenses partial
    # (Cosmos.yaml "Weights: NVIDIA Open Model License. Code: Apache-2.0. Data: not released.": partial; frameworks.md
    # §1.1's letter; Open-Sora.yaml "weights and code as apache 2" rates the same shape open: the experts split, and
    # the letter is kept as in round 18's Marram-2-7B); ViT-L/14 with its size, the training recipe, 256 H100s in 32
    # nodes with InfiniBand, bf16 and FSDP -> hardware_architecture open (Open-Sora.yaml: open; Cosmos.yaml "Hardware
    # architecture outlined in preprint"); the papers the timm card lists are the methods' (DINO, iBOT, ViT), none by
    # Stonefly Vision, whose citation is a @misc pointing at GitHub -> preprint closed (Starling.yaml "linked preprint
    # not by model creators": closed).
    _Repo(
        "stonefly-vision/stonefly-vit-large-patch14-224",
        STONEFLY_CARD,
        {
            "license": "apache-2.0",
            "library_name": "timm",
            "pipeline_tag": "image-feature-extraction",
            "tags": ["image-feature-extraction", "timm", "vision-transformer", "self-supervised"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "licenses": "partial",
            "hardware_architecture": "open",
            "preprint": "closed",
        },
        github=[
            _github(
                "stonefly-vision/stonefly",
                _tree(
                    "README.md",
                    "LICENSE",
                    "hubconf.py",
                    "configs/seeds.txt",
                    "configs/eval_sets.txt",
                    "configs/vitl14_pretrain.yaml",
                    "data/crawl_images.py",
                    "data/dedup_copydetect.py",
                    "data/decontaminate.py",
                    "data/nsfw_filter.py",
                    "data/blur_faces.py",
                    "data/cluster_sample.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/linear_probe.py",
                    "eval/knn.py",
                    "eval/segmentation.py",
                ),
                readme=STONEFLY_README,
            )
        ],
        files=[_text("config.json", STONEFLY_CONFIG), _lfs("model.safetensors", 1_217_000_000)],
    ),
    # (e) A time-series forecaster whose "complete training data" is a table of five public sources, each with its
    # licence and a link off the Hub (the Monash archive on Zenodo, CC BY 4.0; UCI's electricity load diagrams, CC BY
    # 4.0; NOAA GSOD and EIA's grid monitor, US public domain; Wikimedia pageviews, CC0), "no synthetic series, no
    # private or customer data", with download, checksum, cleaning and sharding scripts that rebuild the exact
    # training set; eight benchmarks are named as evaluation only (round 12's Wryneck-TS named ten benchmarks without
    # links or licences). Every source is public, openly licensed and located -> datasources_basemodel open
    # (AudioLDM.yaml "Datasets mentioned in source paper": open; Mustango.yaml "Datasets mentioned in base model
    # paper": open; StarCoder.yaml "Unfiltered data sources described in paper": open); the full data is released by
    # its publishers under open terms, and the card says where (frameworks.md §4, "full training data"; §3.3, public
    # data "with full details of where to obtain it"); the data pipeline, pre-training and evaluation on GitHub
    # (Apache) -> trainingcode open (YuLan.yaml "Training code available on GitHub"); Apache weights and code, CC BY
    # 4.0, CC0 and public-domain data -> licenses open (Omnilingual ASR.yaml "Apache and CC-BY-4.0": open;
    # TildeOpen.yaml "CC-BY-4.0": open); public weights, no base/end distinction -> weights_basemodel and
    # weights_endmodel open (YuLan.yaml) -> open-source-ai-with-open-data.
    HeldOut(
        "springtail-lab/Springtail-TS-200M",
        SPRINGTAIL_CARD,
        {
            "license": "apache-2.0",
            "library_name": "springtail",
            "pipeline_tag": "time-series-forecasting",
            "tags": ["time-series", "forecasting", "pretrained", "foundation-model"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
        },
        extra_files={"config.json": SPRINGTAIL_CONFIG},
        github=[
            _github(
                "springtail-lab/springtail",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "springtail/__init__.py",
                    "springtail/model.py",
                    "springtail/pipeline.py",
                    "configs/monash.txt",
                    "configs/springtail_200m.yaml",
                    "data/download.py",
                    "data/checksums.sha256",
                    "data/clean.py",
                    "data/decontaminate.py",
                    "data/build_shards.py",
                    "train/pretrain.py",
                    "eval/zero_shot.py",
                ),
                readme=SPRINGTAIL_README,
            )
        ],
    ),
    # (f) A code model in BigCode's card style (Model Summary; Use, with generation, fill-in-the-middle and
    # "Attribution & other requirements"; Limitations; Training, with Model, Hardware and Software; Evaluation;
    # License) trained only on its Hub dataset of permissively licensed source files with an opt-out, whose metadata
    # says `license: other` (`license_name: permissive-source-compilation`) and whose card says each file keeps its
    # repository's licence (MIT, Apache-2.0, BSD, ISC, the Unlicense, CC0 ...) and the compilation is under ODC-By
    # 1.0. The attribution sentence is about the licences of code the model may reproduce, not a term on the model.
    # All of the data is shared -> datasources_basemodel open (SantaCoder.yaml "Model trained from filtered data from
    # The Stack v1.1": open; Granite Code.yaml "Base model data shared on HuggingFace": open); listing, cloning,
    # licence filter, opt-out, deduplication, PII redaction, decontamination, pre-training and evaluation on GitHub ->
    # trainingcode open (StarCoder.yaml "All training code made available on GitHub": open); the dataset card is a
    # datasheet (motivation, composition, collection, opt-out, preprocessing, uses, distribution, maintenance) ->
    # datasheet open (SantaCoder.yaml "Detailed data sheet available": open); Apache weights and code, every file under
    # a permissive, OSI-approved licence -> licenses open (Granite Code.yaml "Apache-2.0, an OSI-approved license":
    # open; Olmo 3 RL-Zero Code.yaml); summary, use, limitations, training with architecture, tokens and hardware,
    # evaluation -> modelcard open (StarCoder.yaml "Model card provides the requisite information": open) and
    # hardware_architecture open (Granite Code.yaml "Hardware architecture outlined in model card": open); public
    # Apache weights, no base/end distinction -> weights_basemodel and weights_endmodel open (Granite Code.yaml
    # "Weights made available on HuggingFace"). Everything under open terms -> open-source-ai-with-open-data.
    HeldOut(
        "treehopper-code/Treehopper-Coder-3B",
        TREEHOPPER_CARD,
        {
            "license": "apache-2.0",
            "language": ["code"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["treehopper-code/permissive-source-v1"],
            "tags": ["code", "fill-in-the-middle"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "modelcard": "open",
            "hardware_architecture": "open",
        },
        extra_files={
            "config.json": b'{"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 2560,'
            b' "num_hidden_layers": 32, "num_attention_heads": 20, "num_key_value_heads": 4,'
            b' "max_position_embeddings": 16384, "vocab_size": 49152, "torch_dtype": "bfloat16"}',
            "tokenizer.json": b'{"version": "1.0", "model": {"type": "BPE", "vocab": {}, "merges": []}}',
            "generation_config.json": b'{"bos_token_id": 0, "eos_token_id": 0}',
        },
        github=[
            _github(
                "treehopper-code/treehopper",
                _tree(
                    "README.md",
                    "LICENSE",
                    "configs/treehopper-coder-3b.yaml",
                    "optouts/removed_repos.txt",
                    "data/list_repos.py",
                    "data/clone.py",
                    "data/license_filter.py",
                    "data/optout.py",
                    "data/filter_files.py",
                    "data/dedup.py",
                    "data/pii.py",
                    "data/decontaminate.py",
                    "data/tokenize.py",
                    "train/pretrain.py",
                    "train/model.py",
                    "eval/humaneval.py",
                    "eval/multipl_e.py",
                ),
                readme=TREEHOPPER_README,
            )
        ],
        datasets=[Dataset("treehopper-code/permissive-source-v1", "other", TREEHOPPER_DATA_CARD)],
    ),
    # (g) A LeRobot diffusion policy (`library_name: lerobot`, `pipeline_tag: robotics`; config.json,
    # model.safetensors and train_config.json in LeRobot's layout) whose card is LeRobot's template (the Diffusion
    # Policy paper, the lerobot-train command, "License: apache-2.0") followed by the lab's sections, where the data
    # are "Demonstrations": 12,000 episodes that a released scripted expert generated in simulation, "and all of them
    # are published" as a LeRobot dataset on the Hub (CC BY 4.0; LeRobot's dataset card with the lab's description),
    # "No real-robot data, no teleoperation and no other data was used"; the image encoders are trained from scratch
    # (`"pretrained_backbone_weights": null`). The data is shared in full -> datasources_basemodel open (Mustango.yaml
    # "Dataset published on HuggingFace": open; TangoFlux.yaml "Dataset used made available on HuggingFace": open);
    # the environment, the expert and generator, the conversion, the training configuration and script and the
    # evaluation on GitHub, the training itself run with LeRobot -> trainingcode open (SantaCoder.yaml "Training done
    # using an open-source project": open; Olmo 3 RL-Zero Code.yaml "Training code made available on GitHub,
    # open-source projects": open); Apache weights and code, CC BY 4.0 data -> licenses open (Omnilingual ASR.yaml
    # "Apache and CC-BY-4.0": open); public weights, no base -> weights_basemodel and weights_endmodel open
    # (YuLan.yaml) -> open-source-ai-with-open-data (frameworks.md §4).
    _Repo(
        "froghopper-robotics/froghopper-dp-peg-insertion",
        FROGHOPPER_CARD,
        {
            "license": "apache-2.0",
            "library_name": "lerobot",
            "pipeline_tag": "robotics",
            "datasets": ["froghopper-robotics/sim-peg-insertion-12k"],
            "model_name": "diffusion",
            "tags": ["robotics", "lerobot", "diffusion", "simulation"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "licenses": "open",
        },
        github=[
            _github(
                "froghopper-robotics/froghopper-sim",
                _tree(
                    "README.md",
                    "LICENSE",
                    "envs/peg_insertion.py",
                    "envs/assets/panda.xml",
                    "envs/assets/pegs.xml",
                    "scripted/planner.py",
                    "scripted/impedance.py",
                    "generate.py",
                    "to_lerobot.py",
                    "configs/dp_peg.yaml",
                    "train.py",
                    "eval_sim.py",
                ),
                readme=FROGHOPPER_README,
            )
        ],
        datasets=[Dataset("froghopper-robotics/sim-peg-insertion-12k", "cc-by-4.0", FROGHOPPER_DATA_CARD)],
        files=[
            _text("config.json", FROGHOPPER_CONFIG),
            _lfs("model.safetensors", 1_051_000_000),
            _text("train_config.json", FROGHOPPER_TRAIN_CONFIG),
        ],
    ),
    # (h) A text-to-music model in MusicGen's card style, trained only on 21,400 hours licensed from a
    # production-music library: "Our licence agreement with Northgate ... forbids us to redistribute the recordings,
    # the stems or the descriptions, or to make them available to anyone else. This is why the training data cannot
    # be released. No other data was used"; beside it, TRAINING_DATA_SUMMARY.md in the model repository, the EU AI
    # Act Article 53(1)(d) public summary (provider, modalities and size, sources under the template's categories, the
    # licence, composers' opt-outs, selection and processing). Nothing is shared -> datasources_basemodel closed
    # (MusicGen.yaml "internal 10k hrs and ShutterStock and Pond5 music data referenced in paper": closed;
    # MAGNeT.yaml; Bria.yaml "Model trained exclusively on licensed data": closed); the data cannot be shared for a
    # stated legal (contractual) reason, the summary and the card are the Data Information in its place, and the
    # processing and training code is published (frameworks.md §4, the G7 exception; §3.3 "unshareable non-public:
    # describe in detail"; round 7's licensed LDC corpus, round 15's Hornbeam-1B) -> open-source-ai; the Article
    # 53(1)(d) summary, comprehensive on collection and curation -> datasheet open (Bria.yaml "Article 53 (1)(d)
    # training data summary found": open; Bielik.yaml); data processing, codec and transformer training and
    # evaluation on GitHub -> trainingcode open (JASCO.yaml "Training code provided through GitHub": open;
    # StableAudio.yaml); MIT weights and code, data that cannot be shared -> licenses open (MusicGen.yaml "MIT license,
    # an OSI-approved license": open, over the same kind of licensed stock music; round 15's Hornbeam-1B after
    # Teuken.yaml); public MIT weights, trained from scratch -> weights_basemodel and weights_endmodel open
    # (MusicGen.yaml); MusicGen's card layout (model details, intended use, metrics, evaluation and training data,
    # results, training, limitations and biases) -> modelcard open (MusicGen.yaml: open).
    _Repo(
        "scarab-audio/Scarab-Music-Large",
        SCARAB_CARD,
        {
            "license": "mit",
            "pipeline_tag": "text-to-audio",
            "tags": ["music", "music-generation", "text-to-audio", "audio"],
        },
        "open-source-ai",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "modelcard": "open",
        },
        github=[
            _github(
                "scarab-audio/scarab",
                _tree(
                    "README.md",
                    "LICENSE",
                    "pyproject.toml",
                    "scarab/__init__.py",
                    "scarab/generate.py",
                    "data/ingest_catalogue.py",
                    "data/drop_vocals.py",
                    "data/dedup.py",
                    "data/loudness.py",
                    "data/segment.py",
                    "data/descriptions.py",
                    "data/split.py",
                    "codec/train_codec.py",
                    "codec/model.py",
                    "lm/train_lm.py",
                    "lm/model.py",
                    "configs/codec_32k.yaml",
                    "configs/lm_large.yaml",
                    "eval/fad.py",
                    "eval/clap_score.py",
                ),
                readme=SCARAB_README,
                license_spdx="MIT",
            )
        ],
        files=[
            _text("LICENSE", MIT_LICENSE),
            _text("TRAINING_DATA_SUMMARY.md", SCARAB_SUMMARY),
            _text("config.json", SCARAB_CONFIG),
            _lfs("model.safetensors", 6_150_000_000),
            _text(
                "codec/config.json",
                '{"model_type": "scarab_codec", "sampling_rate": 32000, "audio_channels": 2, "num_codebooks": 4,'
                ' "codebook_size": 2048, "frame_rate": 50}',
            ),
            _lfs("codec/model.safetensors", 236_400_000),
        ],
    ),
]
