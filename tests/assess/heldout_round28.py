# ruff: noqa: E501, W291 (the cards keep their own line breaks, the licence text its own spaces)
"""Held-out release round 28 (`ROUND_28`, 8 releases, written blind by a helper that never read the rules or the
probes): releases whose evidence contradicts itself or has gone stale, as real Hub repositories often do. Each release
is served by the loopback Hub (with its linked GitHub repositories, its datasets and, for the fine-tune, its base from
this same round) through `test_heldout_releases.py`, with the label and the key OSAI cells the experts' rubric gives
(`../shared/reference/notes/frameworks.md` §1.1 and §4, `../shared/DESIGN.md` "When the receipts disagree", "License
clause taxonomy" and "Verdict principles", the README's label table, and the expert files in
`../shared/reference/osai-index/`, cited beside each cell: MAGNeT, BTLM, Seed-OSS, StarChat, CascadeV, Mistral,
Devstral, smollm, OLMo, Lucie, Granite, bloomz, Whisper, Omnilingual ASR). Every model, company, dataset, benchmark,
toolchain and repository is invented; no real base is used. The one real text is the Creative Commons
Attribution-NonCommercial 4.0 International legal code (dedicated to the public domain under CC0), copied whole into a
LICENSE file as publishers copy it.

Earlier rounds had a card claiming Apache over a LICENSE that is Apache with use restrictions added (3, 6, 10), a
second weights licence file beside an unmodified Apache LICENSE (18), the metadata more restrictive than the LICENSE
(23), a metadata `datasets` list left over from an earlier version (18), a changelog card (12), a quantizer's header
over the original card copied unchanged (16, 25), a "coming soon" repository that holds only a README (25), a corpus
promised for later (7, 24, 27), a repository the forge errors on or that does not exist (13), a GitHub LICENSE the API
reports as NOASSERTION (the Business Source License, 9), a fork of a framework (3, 22), a paper only as a PDF (15, 25),
a method's or a library's paper cited in BibTeX (14), weights kept off the Hub (12, 18, 26), an object-detection or
segmentation model never, and speech models trained from scratch (12), on a served base (19) or in a NeMo archive (18).
This round takes the contradictions where they had not gone: the Hub metadata and the card say Apache 2.0 while the
LICENSE file is the whole CC BY-NC 4.0 legal code, over an object detector; a card that still says "training code coming
soon" over a linked GitHub repository that now holds the whole pipeline; a card that still calls its one corpus public
while the Hub dataset it links has been taken down and its card replaced by a removal notice (the licence in its
metadata left as it was); a fine-tune whose card and front matter are its base's copied (the base's `datasets` and its
pipeline link included), under a new title and one sentence; a card whose arXiv badge and BibTeX keep a template's
placeholder id (`xxxx.xxxxx`, `26xx.xxxxx`); a card that names Apache 2.0 for its code while the linked GitHub
repository is CC BY-NC-SA 4.0; a speech recogniser whose MIT `model.safetensors` sits beside an int8 ONNX export under a
hardware vendor's non-commercial licence in `onnx/LICENSE`; and a card whose only code link is a GitHub repository
archived with a README that says the code has moved to another repository of the same organisation. An organisation's
card that contradicts a model card was not used: organisation cards are Spaces, which the loopback servers do not serve
(as round 20 noted).

The releases:
- (a) fermata-vision/Fermata-DET-L: a DETR-style object detector trained from scratch, `license: apache-2.0` and
  "License: Apache 2.0" in the card, but its LICENSE is the CC BY-NC 4.0 legal code; two Hub datasets with datasheet
  cards, its training code on GitHub (weights-available; licences partial).
- (b) ostinato-lm/Ostinato-2B: a fully open text model whose card's checklist and training section say the training
  code is "coming soon" in ostinato-lm/ostinato, a repository whose README's news and file tree show the whole pipeline
  released since (open-source-ai-with-open-data; training code open, preprint closed).
- (c) cadenza-ai/Cadenza-3B: a text model whose card says its one corpus, cadenza-ai/cadenza-news-corpus, is published
  in full with a datasheet card; the Hub dataset's card is now a removal notice ("taken down ... after takedown requests
  from news publishers"), its metadata still `odc-by`; its pipeline on GitHub (open-weights; data and datasheet
  closed).
- (d) codetta-legal/Legato-7B-Giurista: a fine-tune of legato-ai/Legato-7B (served, fully open) whose front matter is
  the base's plus `base_model`, and whose card is one new sentence over the base's card copied verbatim ("trained from
  scratch", the base's corpus and pipeline); its own tuning data and code are nowhere (open-weights; tuning data and
  training code closed, datasheet and model card partial).
- (e) pizzicato-lab/Pizzicato-1B: a fully open text model whose arXiv badge links arxiv.org/abs/xxxx.xxxxx and whose
  BibTeX says `arXiv preprint arXiv:26xx.xxxxx` (open-source-ai-with-open-data; preprint and paper closed).
- (f) sforzando-ai/Sforzando-3B: a text model whose card says the code is Apache 2.0 while the linked GitHub repository
  is CC BY-NC-SA 4.0 (open-weights; training code open, licences partial).
- (g) tremolo-speech/Tremolo-ASR-600M: a fully open speech recogniser, MIT `model.safetensors`, beside `onnx/` int8
  files under the "Velluto Runtime Model License" (evaluation and non-commercial use, "does not cover the original model
  weights") (open-source-ai-with-open-data).
- (h) rondo-lab/Rondo-1.5B: a fully open text model whose card links only rondo-lab/rondo, archived, holding a README
  ("This repository has moved") and a LICENSE; the code is in rondo-lab/rondo-train (open-source-ai-with-open-data;
  training code open).

Written blind, before any rule changed. First run (before any rule changed, on commit 7ba7731, with no uncommitted
edits under `src/`: only this file and the two wiring lines in `test_heldout_releases.py` were new): 4 of 8 right (5
of 8 labels); 42 of 49 key cells right. The reasons are from the assertion messages of the `-vv` run (the reasons of
passing cases were not printed). Right: Fermata-DET-L (weights-available from the CC BY-NC LICENSE under the Apache
metadata, licences partial), Ostinato-2B (training code open from the repository despite "coming soon", preprint
closed), Pizzicato-1B (preprint and paper closed beside the placeholder ids) and Sforzando-3B (open-weights and
licences partial from the repository's CC BY-NC-SA 4.0). Label also right: Cadenza-3B. One label read **more open**
than the rubric (Legato-7B-Giurista), and six cells did (four of Legato-7B-Giurista's, two of Cadenza-3B's). The
misses:
- Cadenza-3B (its one corpus taken down, its card a removal notice): open-weights right, weights and training code
  right, but datasources_basemodel **partial** where closed was expected ("The training datasets named
  (cadenza-ai/cadenza-news-corpus) are public, but the card says the model was also trained on data that is not
  published ('We will not re-publish it, and we cannot share').") and datasheet **partial** where closed was expected
  ("The training data has a dataset card on the Hub, but not a datasheet: its card gives partial insight
  (cadenza-ai/cadenza-news-corpus does not describe how the data was collected or how the data was curated)."): the
  dataset's removal notice was read as a public dataset beside unpublished data, and as a dataset card that gives
  partial insight, not as a dataset that is gone.
- Legato-7B-Giurista (its base's card and front matter copied): **open-source-ai-with-open-data** where open-weights
  was expected ("Weights under Apache License 2.0, deployment and training code under OSI-approved licenses, and every
  training dataset published under an open license."); datasources_endmodel **open** where closed was expected ("The
  fine-tuning datasets are named, public and openly licensed (legato-ai/legato-mix)."); trainingcode **open** where
  closed was expected ("Training and data-processing code are both published."); datasheet **open** where partial was
  expected ("The training data is documented in a datasheet: the dataset card of legato-ai/legato-mix on the Hub
  describes where the data comes from and how it was curated."); modelcard **open** where partial was expected ("The
  model card covers 9 of the 9 standard sections, including training and evaluation."): the base's pre-training
  corpus (copied `datasets` and "pre-trained on ... the complete pre-training data") was read as the tune's
  fine-tuning data, and the base's pipeline as the tune's training code. Base weights and data, tune weights right.
- Tremolo-ASR-600M (MIT weights beside a vendor's non-commercial ONNX export): weights-available where
  open-source-ai-with-open-data was expected ("The weights are published under terms stated in the model card, whose
  terms are not open source: no commercial use (README.md line 94: "The int8 ONNX files in onnx/ are not ours: our
  hardware partner Velluto compiled them from those weights with its toolchain and distributes…")."): the card's
  sentence about the ONNX copies' terms was read as the weights' terms. Every key cell right.
- Rondo-1.5B (the linked repository archived, "This repository has moved" to rondo-lab/rondo-train): open-weights
  where open-source-ai-with-open-data was expected ("... but complete training code; data-processing code are missing
  for Open Source AI."); trainingcode closed where open was expected ("None of the linked code repositories contains
  training code."): the repository the old one forwards to was never read. Weights, data, datasheet and licences
  right.
No expectation was changed after the run.

What changed (general causes, each with paraphrases and near misses in `tests/probes/test_release_round28_rules.py`
and `tests/sources/test_release_round28_sources.py`, 35 of whose 50 cases fail on the code before the change, the 12
of the sources' because the function they call did not exist): a training dataset whose own card says, in its title
or the text before its first section, that the dataset itself is gone ("This dataset has been removed", "taken
down", "defunct and no longer accessible", "no longer available"; vocab `dataset-withdrawn`: the subject is the
dataset, the corpus or the repository, so a datasheet's "duplicates and personal data were removed" is curation) is
not shared, whatever licence its metadata still declares: closed when it is all the data, partial beside published
datasets (BTLM.yaml "Dataset taken down"; BERT.yaml), its removal notice no dataset card, a datasheet the model card
names in the paragraph that links only such datasets gone with them, and published datasets' cards beside it
documenting part of the data (BTLM.yaml, partial); a derivative's listed datasets that its examined base model lists
as its own training data (a card and `datasets` copied from the base's) are the base's, rated in the base-model
cell, as are the catalog corpora named on their lines, and when nothing else remains the derivative names no
fine-tuning data of its own (closed: Mistral.yaml, Devstral.yaml) and documents none (partial over a documented
base); every readable repository a derivative links that its base model's assessment cites as its own training or
data-processing code, and that holds no fine-tuning code, is the base's code, so nothing of the derivative's own
training is published (closed: StarChat.yaml), a quantization or a merge keeping its base's code; a fine-tune's or an
adapter's training and evaluation sections that are its base model's card copied word for word do not count for its
model card (at most partial: CascadeV.yaml); a sentence of the card's licence text about a copy of the weights in
another format that the release keeps in a folder of its own (an ONNX, GGUF or Core ML export beside a root
`model.safetensors`) binds that copy, not the weights, unless it names the weights too; and a linked GitHub
repository that holds no code and whose README says its code has moved ("This repository has moved", "now lives
at", "superseded by", archived with a pointer) is read with the repository it names, one hop (the Hub source; GitHub
itself follows a renamed repository). The probe definitions say so (training-data, data-documentation,
training-code, data-processing-code, model-card, weights-license). 8 of 8 pass (49 of 49 key cells). Corpus figures
unchanged (evaluate 72.0 % exact, 93.9 % within one; import-osai 76.3 % automated, 74.8 % reviewed). The check
against the code before the change ran on a copy of `src/` taken with `git archive HEAD`, not `git stash`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml

from tests.assess.heldout_releases import (
    WEIGHTS,
    Dataset,
    HeldOut,
    _yaml,
    llama_config,
    sheet,
)
from tests.assess.heldout_releases import github_repo as _gh
from tests.servers import HubFile, HubRepo, fake_sha


def _json(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def _model(repo_id: str, card_data: dict, body: str, files: dict[str, bytes | None] | None = None) -> HubRepo:
    """Another Hub model a release names (a fine-tune's base), served with its card, a root `model.safetensors` and
    `files` (None: listed, not served)."""
    front = "".join(_yaml(k, v) for k, v in card_data.items())
    served = {
        "README.md": HubFile("README.md", f"---\n{front}---\n\n{body}".encode()),
        "model.safetensors": WEIGHTS,
    }
    for path, content in (files or {}).items():
        served[path] = HubFile(path, content, size=None if content is not None else 200_000)
    return HubRepo(
        repo_id,
        fake_sha(repo_id),
        files=served,
        card_data=dict(card_data),
        tags=[f"license:{card_data['license']}"],
    )


@dataclass
class _Release(HeldOut):
    """A release whose card's front matter is `card_data` written as YAML, whose `card_data` tags are also the Hub's
    tags, without the files in `drop`, with the listed files `hub_files` added."""

    drop: tuple[str, ...] = ()
    hub_files: tuple[HubFile, ...] = ()

    def repo(self):
        repo = super().repo()
        front = yaml.safe_dump(self.card_data, allow_unicode=True, sort_keys=False) if self.card_data else ""
        repo.files["README.md"] = HubFile("README.md", f"---\n{front}---\n\n{self.card}".encode())
        for path in self.drop:
            repo.files.pop(path, None)
        for f in self.hub_files:
            repo.files[f.path] = f
        repo.tags = repo.tags + [str(t) for t in self.card_data.get("tags", [])]
        return repo


# --------------------------------------------------------------------------------------------------------------
# (a) Fermata-DET-L: an object detector whose metadata and card say Apache 2.0 while its LICENSE file is the whole
# CC BY-NC 4.0 legal code.

FERMATA_CARD = """# Fermata-DET-L

Fermata-DET-L is a 212M-parameter object detector for street and indoor scenes, trained from scratch by Fermata Vision (Trieste). It detects 48 classes of objects, from pedestrians, bicycles and traffic signs to chairs, doors and fire extinguishers, and is meant for research on accessible navigation aids.

## Model details

- **Developed by:** Fermata Vision, Trieste
- **Model type:** DETR-style detection transformer: a convolutional backbone (ResNet-101 layout, randomly initialised and trained with the rest of the model), a 6-layer transformer encoder and a 6-layer decoder, 300 object queries
- **Input:** RGB images, shorter side resized to 800 pixels (longer side at most 1,333)
- **Classes:** 48 (see `config.json`, `id2label`)
- **License:** Apache 2.0

## Uses

Research on object detection for navigation aids for blind and partially sighted people; a starting point for fine-tuning detectors on street and indoor scenes.

### Out-of-scope use

Identifying or tracking people, surveillance, and any safety-critical use without an independent evaluation in the setting where it will run.

## How to use

```python
from PIL import Image
from transformers import AutoImageProcessor, AutoModelForObjectDetection

processor = AutoImageProcessor.from_pretrained("fermata-vision/Fermata-DET-L")
model = AutoModelForObjectDetection.from_pretrained("fermata-vision/Fermata-DET-L")
image = Image.open("street.jpg")
outputs = model(**processor(images=image, return_tensors="pt"))
results = processor.post_process_object_detection(outputs, threshold=0.6, target_sizes=[image.size[::-1]])
```

## Training data

Fermata-DET-L was trained on two datasets that we built and published in full on the Hugging Face Hub:

| Dataset | Images | Boxes | License |
|---|---|---|---|
| [fermata-vision/strade-det](https://huggingface.co/datasets/fermata-vision/strade-det) | 182,000 | 2.9M | CC BY 4.0 |
| [fermata-vision/interni-det](https://huggingface.co/datasets/fermata-vision/interni-det) | 64,000 | 0.8M | CC BY 4.0 |

No other data was used. Each dataset card is a datasheet (motivation, composition, collection, annotation and preprocessing, uses, distribution, maintenance).

## Training procedure

The complete training code (dataset conversion and filtering, augmentation, training and evaluation, with the configuration of this checkpoint) is on GitHub under the Apache License 2.0: [fermata-vision/fermata-det](https://github.com/fermata-vision/fermata-det).

- AdamW, learning rate 1e-4 (backbone 1e-5), weight decay 1e-4, 300 epochs, batch size 64, learning rate divided by 10 after epoch 200
- Hungarian matching with class, L1 and generalised IoU costs; auxiliary decoding losses at every decoder layer

### Compute

32 NVIDIA A100 40GB GPUs (4 nodes) for 9 days, about 6,900 GPU hours.

## Evaluation

| Test set | AP | AP50 | AP (small objects) |
|---|---|---|---|
| strade-det (test) | 47.3 | 68.9 | 29.4 |
| interni-det (test) | 44.1 | 65.2 | 25.7 |

## Limitations

The images come from 14 European cities and 300 homes and offices in north-eastern Italy; the detector is weaker on night scenes, heavy rain and objects seldom seen there. Small and partly hidden objects are often missed.

## Environmental impact

About 6,900 A100 GPU hours; we estimate 0.9 t CO2e (location-based).

## Citation

```bibtex
@misc{fermata2026det,
  title  = {Fermata-DET-L},
  author = {{Fermata Vision}},
  year   = {2026},
  url    = {https://huggingface.co/fermata-vision/Fermata-DET-L}
}
```

## License

Apache 2.0. See [LICENSE](LICENSE).
"""

FERMATA_CONFIG = _json(
    {
        "architectures": ["DetrForObjectDetection"],
        "model_type": "detr",
        "backbone": "resnet101",
        "use_pretrained_backbone": False,
        "d_model": 256,
        "encoder_layers": 6,
        "decoder_layers": 6,
        "encoder_attention_heads": 8,
        "decoder_attention_heads": 8,
        "num_queries": 300,
        "num_labels": 48,
    }
)

# The whole CC BY-NC 4.0 legal code, as publishers copy it into a LICENSE file (the text is dedicated to the public
# domain under CC0).
CC_BY_NC_4_0 = """Attribution-NonCommercial 4.0 International

=======================================================================

Creative Commons Corporation ("Creative Commons") is not a law firm and
does not provide legal services or legal advice. Distribution of
Creative Commons public licenses does not create a lawyer-client or
other relationship. Creative Commons makes its licenses and related
information available on an "as-is" basis. Creative Commons gives no
warranties regarding its licenses, any material licensed under their
terms and conditions, or any related information. Creative Commons
disclaims all liability for damages resulting from their use to the
fullest extent possible.

Using Creative Commons Public Licenses

Creative Commons public licenses provide a standard set of terms and
conditions that creators and other rights holders may use to share
original works of authorship and other material subject to copyright
and certain other rights specified in the public license below. The
following considerations are for informational purposes only, are not
exhaustive, and do not form part of our licenses.

     Considerations for licensors: Our public licenses are
     intended for use by those authorized to give the public
     permission to use material in ways otherwise restricted by
     copyright and certain other rights. Our licenses are
     irrevocable. Licensors should read and understand the terms
     and conditions of the license they choose before applying it.
     Licensors should also secure all rights necessary before
     applying our licenses so that the public can reuse the
     material as expected. Licensors should clearly mark any
     material not subject to the license. This includes other CC-
     licensed material, or material used under an exception or
     limitation to copyright. More considerations for licensors:
	wiki.creativecommons.org/Considerations_for_licensors

     Considerations for the public: By using one of our public
     licenses, a licensor grants the public permission to use the
     licensed material under specified terms and conditions. If
     the licensor's permission is not necessary for any reason--for
     example, because of any applicable exception or limitation to
     copyright--then that use is not regulated by the license. Our
     licenses grant only permissions under copyright and certain
     other rights that a licensor has authority to grant. Use of
     the licensed material may still be restricted for other
     reasons, including because others have copyright or other
     rights in the material. A licensor may make special requests,
     such as asking that all changes be marked or described.
     Although not required by our licenses, you are encouraged to
     respect those requests where reasonable. More_considerations
     for the public: 
	wiki.creativecommons.org/Considerations_for_licensees

=======================================================================

Creative Commons Attribution-NonCommercial 4.0 International Public
License

By exercising the Licensed Rights (defined below), You accept and agree
to be bound by the terms and conditions of this Creative Commons
Attribution-NonCommercial 4.0 International Public License ("Public
License"). To the extent this Public License may be interpreted as a
contract, You are granted the Licensed Rights in consideration of Your
acceptance of these terms and conditions, and the Licensor grants You
such rights in consideration of benefits the Licensor receives from
making the Licensed Material available under these terms and
conditions.

Section 1 -- Definitions.

  a. Adapted Material means material subject to Copyright and Similar
     Rights that is derived from or based upon the Licensed Material
     and in which the Licensed Material is translated, altered,
     arranged, transformed, or otherwise modified in a manner requiring
     permission under the Copyright and Similar Rights held by the
     Licensor. For purposes of this Public License, where the Licensed
     Material is a musical work, performance, or sound recording,
     Adapted Material is always produced where the Licensed Material is
     synched in timed relation with a moving image.

  b. Adapter's License means the license You apply to Your Copyright
     and Similar Rights in Your contributions to Adapted Material in
     accordance with the terms and conditions of this Public License.

  c. Copyright and Similar Rights means copyright and/or similar rights
     closely related to copyright including, without limitation,
     performance, broadcast, sound recording, and Sui Generis Database
     Rights, without regard to how the rights are labeled or
     categorized. For purposes of this Public License, the rights
     specified in Section 2(b)(1)-(2) are not Copyright and Similar
     Rights.
  d. Effective Technological Measures means those measures that, in the
     absence of proper authority, may not be circumvented under laws
     fulfilling obligations under Article 11 of the WIPO Copyright
     Treaty adopted on December 20, 1996, and/or similar international
     agreements.

  e. Exceptions and Limitations means fair use, fair dealing, and/or
     any other exception or limitation to Copyright and Similar Rights
     that applies to Your use of the Licensed Material.

  f. Licensed Material means the artistic or literary work, database,
     or other material to which the Licensor applied this Public
     License.

  g. Licensed Rights means the rights granted to You subject to the
     terms and conditions of this Public License, which are limited to
     all Copyright and Similar Rights that apply to Your use of the
     Licensed Material and that the Licensor has authority to license.

  h. Licensor means the individual(s) or entity(ies) granting rights
     under this Public License.

  i. NonCommercial means not primarily intended for or directed towards
     commercial advantage or monetary compensation. For purposes of
     this Public License, the exchange of the Licensed Material for
     other material subject to Copyright and Similar Rights by digital
     file-sharing or similar means is NonCommercial provided there is
     no payment of monetary compensation in connection with the
     exchange.

  j. Share means to provide material to the public by any means or
     process that requires permission under the Licensed Rights, such
     as reproduction, public display, public performance, distribution,
     dissemination, communication, or importation, and to make material
     available to the public including in ways that members of the
     public may access the material from a place and at a time
     individually chosen by them.

  k. Sui Generis Database Rights means rights other than copyright
     resulting from Directive 96/9/EC of the European Parliament and of
     the Council of 11 March 1996 on the legal protection of databases,
     as amended and/or succeeded, as well as other essentially
     equivalent rights anywhere in the world.

  l. You means the individual or entity exercising the Licensed Rights
     under this Public License. Your has a corresponding meaning.

Section 2 -- Scope.

  a. License grant.

       1. Subject to the terms and conditions of this Public License,
          the Licensor hereby grants You a worldwide, royalty-free,
          non-sublicensable, non-exclusive, irrevocable license to
          exercise the Licensed Rights in the Licensed Material to:

            a. reproduce and Share the Licensed Material, in whole or
               in part, for NonCommercial purposes only; and

            b. produce, reproduce, and Share Adapted Material for
               NonCommercial purposes only.

       2. Exceptions and Limitations. For the avoidance of doubt, where
          Exceptions and Limitations apply to Your use, this Public
          License does not apply, and You do not need to comply with
          its terms and conditions.

       3. Term. The term of this Public License is specified in Section
          6(a).

       4. Media and formats; technical modifications allowed. The
          Licensor authorizes You to exercise the Licensed Rights in
          all media and formats whether now known or hereafter created,
          and to make technical modifications necessary to do so. The
          Licensor waives and/or agrees not to assert any right or
          authority to forbid You from making technical modifications
          necessary to exercise the Licensed Rights, including
          technical modifications necessary to circumvent Effective
          Technological Measures. For purposes of this Public License,
          simply making modifications authorized by this Section 2(a)
          (4) never produces Adapted Material.

       5. Downstream recipients.

            a. Offer from the Licensor -- Licensed Material. Every
               recipient of the Licensed Material automatically
               receives an offer from the Licensor to exercise the
               Licensed Rights under the terms and conditions of this
               Public License.

            b. No downstream restrictions. You may not offer or impose
               any additional or different terms or conditions on, or
               apply any Effective Technological Measures to, the
               Licensed Material if doing so restricts exercise of the
               Licensed Rights by any recipient of the Licensed
               Material.

       6. No endorsement. Nothing in this Public License constitutes or
          may be construed as permission to assert or imply that You
          are, or that Your use of the Licensed Material is, connected
          with, or sponsored, endorsed, or granted official status by,
          the Licensor or others designated to receive attribution as
          provided in Section 3(a)(1)(A)(i).

  b. Other rights.

       1. Moral rights, such as the right of integrity, are not
          licensed under this Public License, nor are publicity,
          privacy, and/or other similar personality rights; however, to
          the extent possible, the Licensor waives and/or agrees not to
          assert any such rights held by the Licensor to the limited
          extent necessary to allow You to exercise the Licensed
          Rights, but not otherwise.

       2. Patent and trademark rights are not licensed under this
          Public License.

       3. To the extent possible, the Licensor waives any right to
          collect royalties from You for the exercise of the Licensed
          Rights, whether directly or through a collecting society
          under any voluntary or waivable statutory or compulsory
          licensing scheme. In all other cases the Licensor expressly
          reserves any right to collect such royalties, including when
          the Licensed Material is used other than for NonCommercial
          purposes.

Section 3 -- License Conditions.

Your exercise of the Licensed Rights is expressly made subject to the
following conditions.

  a. Attribution.

       1. If You Share the Licensed Material (including in modified
          form), You must:

            a. retain the following if it is supplied by the Licensor
               with the Licensed Material:

                 i. identification of the creator(s) of the Licensed
                    Material and any others designated to receive
                    attribution, in any reasonable manner requested by
                    the Licensor (including by pseudonym if
                    designated);

                ii. a copyright notice;

               iii. a notice that refers to this Public License;

                iv. a notice that refers to the disclaimer of
                    warranties;

                 v. a URI or hyperlink to the Licensed Material to the
                    extent reasonably practicable;

            b. indicate if You modified the Licensed Material and
               retain an indication of any previous modifications; and

            c. indicate the Licensed Material is licensed under this
               Public License, and include the text of, or the URI or
               hyperlink to, this Public License.

       2. You may satisfy the conditions in Section 3(a)(1) in any
          reasonable manner based on the medium, means, and context in
          which You Share the Licensed Material. For example, it may be
          reasonable to satisfy the conditions by providing a URI or
          hyperlink to a resource that includes the required
          information.

       3. If requested by the Licensor, You must remove any of the
          information required by Section 3(a)(1)(A) to the extent
          reasonably practicable.

       4. If You Share Adapted Material You produce, the Adapter's
          License You apply must not prevent recipients of the Adapted
          Material from complying with this Public License.

Section 4 -- Sui Generis Database Rights.

Where the Licensed Rights include Sui Generis Database Rights that
apply to Your use of the Licensed Material:

  a. for the avoidance of doubt, Section 2(a)(1) grants You the right
     to extract, reuse, reproduce, and Share all or a substantial
     portion of the contents of the database for NonCommercial purposes
     only;

  b. if You include all or a substantial portion of the database
     contents in a database in which You have Sui Generis Database
     Rights, then the database in which You have Sui Generis Database
     Rights (but not its individual contents) is Adapted Material; and

  c. You must comply with the conditions in Section 3(a) if You Share
     all or a substantial portion of the contents of the database.

For the avoidance of doubt, this Section 4 supplements and does not
replace Your obligations under this Public License where the Licensed
Rights include other Copyright and Similar Rights.

Section 5 -- Disclaimer of Warranties and Limitation of Liability.

  a. UNLESS OTHERWISE SEPARATELY UNDERTAKEN BY THE LICENSOR, TO THE
     EXTENT POSSIBLE, THE LICENSOR OFFERS THE LICENSED MATERIAL AS-IS
     AND AS-AVAILABLE, AND MAKES NO REPRESENTATIONS OR WARRANTIES OF
     ANY KIND CONCERNING THE LICENSED MATERIAL, WHETHER EXPRESS,
     IMPLIED, STATUTORY, OR OTHER. THIS INCLUDES, WITHOUT LIMITATION,
     WARRANTIES OF TITLE, MERCHANTABILITY, FITNESS FOR A PARTICULAR
     PURPOSE, NON-INFRINGEMENT, ABSENCE OF LATENT OR OTHER DEFECTS,
     ACCURACY, OR THE PRESENCE OR ABSENCE OF ERRORS, WHETHER OR NOT
     KNOWN OR DISCOVERABLE. WHERE DISCLAIMERS OF WARRANTIES ARE NOT
     ALLOWED IN FULL OR IN PART, THIS DISCLAIMER MAY NOT APPLY TO YOU.

  b. TO THE EXTENT POSSIBLE, IN NO EVENT WILL THE LICENSOR BE LIABLE
     TO YOU ON ANY LEGAL THEORY (INCLUDING, WITHOUT LIMITATION,
     NEGLIGENCE) OR OTHERWISE FOR ANY DIRECT, SPECIAL, INDIRECT,
     INCIDENTAL, CONSEQUENTIAL, PUNITIVE, EXEMPLARY, OR OTHER LOSSES,
     COSTS, EXPENSES, OR DAMAGES ARISING OUT OF THIS PUBLIC LICENSE OR
     USE OF THE LICENSED MATERIAL, EVEN IF THE LICENSOR HAS BEEN
     ADVISED OF THE POSSIBILITY OF SUCH LOSSES, COSTS, EXPENSES, OR
     DAMAGES. WHERE A LIMITATION OF LIABILITY IS NOT ALLOWED IN FULL OR
     IN PART, THIS LIMITATION MAY NOT APPLY TO YOU.

  c. The disclaimer of warranties and limitation of liability provided
     above shall be interpreted in a manner that, to the extent
     possible, most closely approximates an absolute disclaimer and
     waiver of all liability.

Section 6 -- Term and Termination.

  a. This Public License applies for the term of the Copyright and
     Similar Rights licensed here. However, if You fail to comply with
     this Public License, then Your rights under this Public License
     terminate automatically.

  b. Where Your right to use the Licensed Material has terminated under
     Section 6(a), it reinstates:

       1. automatically as of the date the violation is cured, provided
          it is cured within 30 days of Your discovery of the
          violation; or

       2. upon express reinstatement by the Licensor.

     For the avoidance of doubt, this Section 6(b) does not affect any
     right the Licensor may have to seek remedies for Your violations
     of this Public License.

  c. For the avoidance of doubt, the Licensor may also offer the
     Licensed Material under separate terms or conditions or stop
     distributing the Licensed Material at any time; however, doing so
     will not terminate this Public License.

  d. Sections 1, 5, 6, 7, and 8 survive termination of this Public
     License.

Section 7 -- Other Terms and Conditions.

  a. The Licensor shall not be bound by any additional or different
     terms or conditions communicated by You unless expressly agreed.

  b. Any arrangements, understandings, or agreements regarding the
     Licensed Material not stated herein are separate from and
     independent of the terms and conditions of this Public License.

Section 8 -- Interpretation.

  a. For the avoidance of doubt, this Public License does not, and
     shall not be interpreted to, reduce, limit, restrict, or impose
     conditions on any use of the Licensed Material that could lawfully
     be made without permission under this Public License.

  b. To the extent possible, if any provision of this Public License is
     deemed unenforceable, it shall be automatically reformed to the
     minimum extent necessary to make it enforceable. If the provision
     cannot be reformed, it shall be severed from this Public License
     without affecting the enforceability of the remaining terms and
     conditions.

  c. No term or condition of this Public License will be waived and no
     failure to comply consented to unless expressly agreed to by the
     Licensor.

  d. Nothing in this Public License constitutes or may be interpreted
     as a limitation upon, or waiver of, any privileges and immunities
     that apply to the Licensor or You, including from the legal
     processes of any jurisdiction or authority.

=======================================================================

Creative Commons is not a party to its public
licenses. Notwithstanding, Creative Commons may elect to apply one of
its public licenses to material it publishes and in those instances
will be considered the “Licensor.” The text of the Creative Commons
public licenses is dedicated to the public domain under the CC0 Public
Domain Dedication. Except for the limited purpose of indicating that
material is shared under a Creative Commons public license or as
otherwise permitted by the Creative Commons policies published at
creativecommons.org/policies, Creative Commons does not authorize the
use of the trademark "Creative Commons" or any other trademark or logo
of Creative Commons without its prior written consent including,
without limitation, in connection with any unauthorized modifications
to any of its public licenses or any other arrangements,
understandings, or agreements concerning use of licensed material. For
the avoidance of doubt, this paragraph does not form part of the
public licenses.

Creative Commons may be contacted at creativecommons.org.
"""

FERMATA_README = b"""# fermata-det

Training and evaluation code of Fermata-DET-L (https://huggingface.co/fermata-vision/Fermata-DET-L), a DETR-style
detector for street and indoor scenes.

## Data

    python data/convert.py --src raw/strade --out data/strade-det      # annotation export -> COCO-style JSON
    python data/filter_boxes.py --in data/strade-det --min-area 16     # drops degenerate and duplicate boxes
    python data/split.py --in data/strade-det --test 0.05

The two published datasets (fermata-vision/strade-det and fermata-vision/interni-det) were made with these scripts.

## Training

    torchrun --nnodes 4 --nproc_per_node 8 train.py --config configs/fermata_det_l.yaml

## Evaluation

    python eval.py --model fermata-vision/Fermata-DET-L --split test

## License

Apache 2.0.
"""

FERMATA_GITHUB = _gh(
    "fermata-vision/fermata-det",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/fermata_det_l.yaml",
        "data/convert.py",
        "data/filter_boxes.py",
        "data/split.py",
        "fermata/model.py",
        "fermata/matcher.py",
        "fermata/losses.py",
        "fermata/augment.py",
        "train.py",
        "eval.py",
    ),
    FERMATA_README,
)

FERMATA_STRADE_CARD = sheet(
    "cc-by-4.0",
    "Strade-DET",
    [],
    {
        "Motivation": "Strade-DET was made by Fermata Vision, a research company in Trieste, to train and evaluate object "
        "detectors for navigation aids for blind and partially sighted people, for which existing street datasets have too "
        "few of the obstacles that matter (kerbs, bollards, scooters left on pavements, roadworks). A regional innovation "
        "grant paid for it.",
        "Composition": "182,000 street-level photographs (1920x1080, JPEG) from 14 European cities with 2.9M bounding boxes "
        "over 31 classes, one record per image with `image`, `city`, `time_of_day`, `weather` and `objects` (boxes and "
        "labels); 5% of the images form the test split. Faces and licence plates are blurred.",
        "Collection Process": "Photographs taken between April 2024 and September 2025 by 40 paid volunteers with chest-mounted "
        "cameras walking fixed routes at the height and pace of a pedestrian; every volunteer signed a consent and licence "
        "form, and no image was scraped from the web or bought from a third party.",
        "Preprocessing": "Blurred, near-duplicate frames removed (perceptual hashing), faces and licence plates blurred by a "
        "detector and checked by hand, boxes drawn by 18 paid annotators and each image checked by a second annotator; boxes "
        "under 16 square pixels and duplicate boxes dropped with `data/filter_boxes.py` of fermata-vision/fermata-det.",
        "Uses": "Training and evaluating object detectors for street scenes; the cities are all European, mostly Italian "
        "and Austrian, and the images are a poor guide to other places. It must not be used to identify or track people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0, with the city and capture date of every "
        "image kept so that the selection can be studied.",
        "Maintenance": "Maintained by Fermata Vision; annotation errors and removal requests made in the discussion tab are "
        "applied in the next release, listed in this card's changelog.",
    },
    task="object-detection",
)

FERMATA_INTERNI_CARD = sheet(
    "cc-by-4.0",
    "Interni-DET",
    [],
    {
        "Motivation": "Interni-DET was made by Fermata Vision to train and evaluate object detectors for indoor navigation "
        "aids: doors, stairs, lifts, chairs, tables, fire extinguishers and the other objects a blind or partially sighted "
        "person needs to find or avoid inside buildings.",
        "Composition": "64,000 photographs of 300 homes, offices, schools and public buildings in north-eastern Italy with "
        "0.8M bounding boxes over 22 classes (5 shared with Strade-DET), one record per image with `image`, `building_type` "
        "and `objects`; 5% of the images form the test split. No person is shown.",
        "Collection Process": "Photographs taken between January and October 2025 by Fermata Vision staff and paid "
        "volunteers, with the written permission of every building's owner or manager; rooms were photographed empty of "
        "people, and no image comes from the web or a third party.",
        "Preprocessing": "Near-duplicate and blurred images removed by perceptual hashing and a sharpness threshold, documents, "
        "screens and family photographs visible in the rooms blurred by hand, boxes drawn by paid annotators and checked by "
        "a second annotator, boxes under 16 square pixels dropped.",
        "Uses": "Training and evaluating indoor object detectors; the buildings are all in one Italian region and mostly "
        "modern, so older and non-European interiors are under-represented.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Fermata Vision; errors and removal requests made in the discussion tab are applied in "
        "the next release, listed in this card's changelog.",
    },
    task="object-detection",
)

# --------------------------------------------------------------------------------------------------------------
# (b) Ostinato-2B: a fully open text model whose card still says the training code is "coming soon", over a GitHub
# repository that now holds the whole pipeline.

OSTINATO_CARD = """# Ostinato-2B

[![GitHub](https://img.shields.io/badge/GitHub-ostinato--lm%2Fostinato-black)](https://github.com/ostinato-lm/ostinato) [![Data](https://img.shields.io/badge/%F0%9F%A4%97-ostinato--corpus-yellow)](https://huggingface.co/datasets/ostinato-lm/ostinato-corpus)

Ostinato-2B is a 2.1B-parameter English base language model trained from scratch by Ostinato LM, a volunteer research collective. We want a small model whose every ingredient anyone can inspect.

## Release status

- [x] Model weights (this repository, Apache 2.0)
- [x] Pre-training corpus: [ostinato-lm/ostinato-corpus](https://huggingface.co/datasets/ostinato-lm/ostinato-corpus) (ODC-By 1.0)
- [x] Inference examples: [ostinato-lm/ostinato](https://github.com/ostinato-lm/ostinato)
- [ ] Training code (coming soon)
- [ ] Technical report (coming soon)

## Model details

- **Developed by:** Ostinato LM
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **License:** Apache 2.0

## Uses

Research on small language models and their training data, and fine-tuning for English tasks.

### Out-of-scope use

Ostinato-2B has no safety tuning: do not put it in front of end users as it is, and do not use it for decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("ostinato-lm/Ostinato-2B")
model = AutoModelForCausalLM.from_pretrained("ostinato-lm/Ostinato-2B", torch_dtype="auto")
inputs = tok("A ground bass is", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

Ostinato-2B was trained on 2.4T tokens of [ostinato-lm/ostinato-corpus](https://huggingface.co/datasets/ostinato-lm/ostinato-corpus), which we published in full on the Hub: filtered English web pages (82%), public-domain books (9%), Wikipedia (5%) and permissively licensed code (4%). That corpus is the complete training data; its dataset card is a datasheet.

## Training procedure

The training code is coming soon: we will publish it in [ostinato-lm/ostinato](https://github.com/ostinato-lm/ostinato), which for now holds the inference examples.

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule to 10%, 2M-token batches for 1.2M steps, bf16

### Hardware

64 NVIDIA H100 80GB GPUs (8 nodes) for 11 days, donated by a university computing centre.

## Evaluation

| Benchmark | Ostinato-2B |
|---|---|
| Basso-Knowledge (5-shot) | 39.8 |
| Continuo-Reasoning (0-shot) | 58.6 |
| Ritornello-QA (0-shot) | 51.2 |

## Limitations

Ostinato-2B continues text: it can produce false, biased or offensive content, and it knows nothing after December 2025.

## Environmental impact

About 17,000 H100 GPU hours; we estimate 2.3 t CO2e.

## License

The weights are released under the Apache License 2.0; the corpus under ODC-By 1.0.
"""

OSTINATO_README = b"""# ostinato

Code of **Ostinato-2B** (https://huggingface.co/ostinato-lm/Ostinato-2B): the data pipeline that built
ostinato-lm/ostinato-corpus, pre-training with the exact configuration of the released checkpoint, evaluation, and
inference examples.

## News

- 2026-05-20 - **v1.0**: the full training code of Ostinato-2B is now public: the data pipeline (download, text
  extraction, language and quality filtering, MinHash deduplication, tokenization), the pre-training loop and
  `configs/ostinato-2b.yaml`, and the evaluation harness.
- 2026-02-14 - inference examples for Ostinato-2B.

## Data pipeline

    python -m ostinato.data.download --config configs/data/sources.yaml
    python -m ostinato.data.extract  --config configs/data/extract.yaml
    python -m ostinato.data.filter   --config configs/data/filter.yaml
    python -m ostinato.data.dedup    --config configs/data/dedup.yaml
    python -m ostinato.data.tokenize --config configs/data/tokenize.yaml

The output is ostinato-lm/ostinato-corpus as published on the Hugging Face Hub.

## Pre-training

    torchrun --nnodes 8 --nproc_per_node 8 -m ostinato.train --config configs/ostinato-2b.yaml

## Evaluation

    python -m ostinato.eval --model ostinato-lm/Ostinato-2B

## Inference

    python examples/generate.py --model ostinato-lm/Ostinato-2B --prompt "A ground bass is"

## License

Apache 2.0.
"""

OSTINATO_GITHUB = _gh(
    "ostinato-lm/ostinato",
    (
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "pyproject.toml",
        "configs/data/sources.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/ostinato-2b.yaml",
        "ostinato/model.py",
        "ostinato/train.py",
        "ostinato/data/download.py",
        "ostinato/data/extract.py",
        "ostinato/data/filter.py",
        "ostinato/data/dedup.py",
        "ostinato/data/tokenize.py",
        "ostinato/eval/__main__.py",
        "examples/generate.py",
    ),
    OSTINATO_README,
)

OSTINATO_CORPUS_CARD = sheet(
    "odc-by",
    "Ostinato Corpus",
    ["en"],
    {
        "Motivation": "The Ostinato Corpus is the complete pre-training data (2.4T tokens) of Ostinato-2B. Ostinato LM, a "
        "volunteer research collective, built it and publishes it in full so that anyone can study what a small open model "
        "learned from and repeat its training; the work was unpaid and the compute donated.",
        "Composition": "English text in four parts: web pages from Common Crawl (82% of the tokens), public-domain books from "
        "Project Gutenberg (9%), English Wikipedia (5%) and permissively licensed source code (4%), one record per document "
        "with `id`, `source`, `url`, `license` and `text` fields.",
        "Collection Process": "Web pages from 24 Common Crawl snapshots (2021-2025) downloaded from Common Crawl's public "
        "bucket, the Wikipedia dump of 1 September 2025, Gutenberg books whose authors died more than 70 years ago and code "
        "from public repositories under MIT, BSD or Apache licences; Common Crawl honours robots.txt, and we removed domains "
        "on public blocklists.",
        "Preprocessing": "Text extracted with trafilatura; English kept above a fastText score of 0.65; repetition, "
        "line-length and boilerplate filters; a quality classifier keeping the top 35% of web pages; MinHash deduplication "
        "across all parts; e-mail addresses and phone numbers masked; code files with secrets detected were removed.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common Crawl's "
        "terms of use and code files keep their own licences, listed per record.",
        "Maintenance": "Maintained by Ostinato LM; removal requests made in the discussion tab are applied in the next "
        "release, which is listed in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (c) Cadenza-3B: a card that still calls its one corpus published, over a Hub dataset taken down and replaced by a
# removal notice.

CADENZA_CARD = """# Cadenza-3B

Cadenza-3B is a 3.0B-parameter Italian-English base language model trained from scratch by Cadenza AI (Bologna) on news and magazine writing. Weights, training data and training code are all public.

## Model details

- **Developed by:** Cadenza AI, Bologna
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 28 layers, hidden size 3072, 24 attention heads with 8 key-value heads, SwiGLU MLP (8,192), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 64,000
- **Languages:** Italian, English
- **License:** Apache 2.0

## Uses

Research on language models for Italian and fine-tuning for journalistic and editorial tasks: summarisation, headline writing, classification, information extraction.

### Out-of-scope use

Cadenza-3B has no safety tuning; it must not be used to write news that is published without human checking, or for decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("cadenza-ai/Cadenza-3B")
model = AutoModelForCausalLM.from_pretrained("cadenza-ai/Cadenza-3B", torch_dtype="auto")
inputs = tok("Il consiglio comunale di Bologna", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

Cadenza-3B was trained on [cadenza-ai/cadenza-news-corpus](https://huggingface.co/datasets/cadenza-ai/cadenza-news-corpus), 1.1T tokens of Italian and English news and magazine articles, which we publish in full on the Hugging Face Hub under ODC-By 1.0. It is the complete training data. Its dataset card is a full datasheet: see it for how the corpus was collected and filtered.

## Training procedure

The complete pipeline (crawling, text extraction, filtering, deduplication, tokenization, pre-training and evaluation) is on GitHub under the Apache License 2.0: [cadenza-ai/cadenza-train](https://github.com/cadenza-ai/cadenza-train).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warmup-stable-decay schedule, 4M-token batches, bf16, FSDP

### Hardware

96 NVIDIA H100 80GB GPUs (12 nodes, InfiniBand) for 10 days.

## Evaluation

| Benchmark | Cadenza-3B |
|---|---|
| Trillo-QA-it (0-shot) | 57.9 |
| Arpeggio-Reasoning (0-shot) | 49.3 |
| Glissando-Knowledge (en, 5-shot) | 43.0 |

## Limitations

Cadenza-3B reproduces the views and errors of the press it learned from, can produce fluent falsehoods, and knows nothing after August 2025.

## Environmental impact

About 23,000 H100 GPU hours; we estimate 3.1 t CO2e.

## License

The weights and the code are released under Apache 2.0, the corpus under ODC-By 1.0.
"""

CADENZA_CORPUS_REMOVED = """---
license: odc-by
language:
- it
- en
task_categories:
- text-generation
---

# ⚠️ This dataset has been removed

The Cadenza News Corpus is no longer available. On 3 February 2026 we took it down after takedown requests from news publishers whose articles it contained. We will not re-publish it, and we cannot share copies of it.

The model trained on it, [cadenza-ai/Cadenza-3B](https://huggingface.co/cadenza-ai/Cadenza-3B), remains available.
"""

CADENZA_README = b"""# cadenza-train

The complete pipeline of Cadenza-3B (https://huggingface.co/cadenza-ai/Cadenza-3B): crawling, text extraction,
filtering, deduplication, tokenization, pre-training and evaluation.

## Data

    python -m cadenza.data.crawl    --config configs/data/crawl.yaml
    python -m cadenza.data.extract  --config configs/data/extract.yaml
    python -m cadenza.data.filter   --config configs/data/filter.yaml
    python -m cadenza.data.dedup    --config configs/data/dedup.yaml
    python -m cadenza.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 12 --nproc_per_node 8 -m cadenza.train --config configs/cadenza-3b.yaml

## Evaluation

    python -m cadenza.eval --model cadenza-ai/Cadenza-3B

## License

Apache 2.0.
"""

CADENZA_GITHUB = _gh(
    "cadenza-ai/cadenza-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/crawl.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/cadenza-3b.yaml",
        "cadenza/model.py",
        "cadenza/train.py",
        "cadenza/data/crawl.py",
        "cadenza/data/extract.py",
        "cadenza/data/filter.py",
        "cadenza/data/dedup.py",
        "cadenza/data/tokenize.py",
        "cadenza/eval/__main__.py",
    ),
    CADENZA_README,
)

# --------------------------------------------------------------------------------------------------------------
# (d) Legato-7B-Giurista: a fine-tune whose card is its base's copied verbatim under a new title and one sentence; the
# base, Legato-7B, is served and fully open.

LEGATO_META = {
    "license": "apache-2.0",
    "language": ["it", "en"],
    "library_name": "transformers",
    "pipeline_tag": "text-generation",
    "datasets": ["legato-ai/legato-mix"],
}

LEGATO_BODY = """Legato-7B is a 7.1B-parameter Italian-English base language model trained from scratch by Legato AI (Turin). Weights, training data and training code are all public, under open licences.

## Model details

- **Developed by:** Legato AI, Turin
- **Model type:** decoder-only transformer, trained from scratch; base model, not instruction-tuned
- **Architecture:** 32 layers, hidden size 4096, 32 attention heads with 8 key-value heads, SwiGLU MLP (14,336), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 80,000
- **Languages:** Italian (55% of the tokens), English (45%)
- **License:** Apache 2.0

## Uses

Research on Italian and English language models, and fine-tuning for downstream tasks and domain assistants.

### Out-of-scope use

The model has no safety tuning: it must not be offered to end users as it is or used for decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("legato-ai/Legato-7B")
model = AutoModelForCausalLM.from_pretrained("legato-ai/Legato-7B", torch_dtype="auto", device_map="auto")
inputs = tok("La Mole Antonelliana", return_tensors="pt").to(model.device)
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

Legato-7B was pre-trained on 4.2T tokens of [legato-ai/legato-mix](https://huggingface.co/datasets/legato-ai/legato-mix), which we published in full on the Hub under ODC-By 1.0: web pages, books, Wikipedia and public-sector documents in Italian and English. It is the complete pre-training data; its dataset card is a datasheet.

## Training procedure

The complete code (data pipeline, pre-training, evaluation) is on GitHub under Apache 2.0: [legato-ai/legato-train](https://github.com/legato-ai/legato-train).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warmup-stable-decay schedule, 4M-token batches for 1.05M steps, bf16, FSDP

### Hardware

256 NVIDIA H100 80GB GPUs (32 nodes, InfiniBand) for 21 days.

## Evaluation

| Benchmark | Legato-7B |
|---|---|
| Sostenuto-Knowledge (5-shot) | 58.7 |
| Staccato-Reasoning (0-shot) | 71.4 |
| Marcato-QA-it (0-shot) | 64.0 |

## Limitations

Legato-7B can produce fluent but false text, reproduces biases of its sources and knows nothing after November 2025.

## Environmental impact

About 129,000 H100 GPU hours; we estimate 14 t CO2e (location-based).

## Citation

```bibtex
@misc{legato2026,
  title  = {Legato-7B},
  author = {{Legato AI}},
  year   = {2026},
  url    = {https://huggingface.co/legato-ai/Legato-7B}
}
```

## License

The weights and the code are released under Apache 2.0; legato-mix under ODC-By 1.0.
"""

LEGATO_CONFIG = llama_config(4096, 32, 32, 8, 14336, 80000, 8192)

LEGATO = _model(
    "legato-ai/Legato-7B", LEGATO_META, "# Legato-7B\n\n" + LEGATO_BODY, {"config.json": LEGATO_CONFIG}
)

GIURISTA_CARD = (
    "# Legato-7B-Giurista\n\n"
    "A fine-tune of [Legato-7B](https://huggingface.co/legato-ai/Legato-7B) by Codetta Legal that answers questions "
    "about Italian law.\n\n" + LEGATO_BODY
)

GIURISTA_META = {
    **LEGATO_META,
    "base_model": "legato-ai/Legato-7B",
    "base_model_relation": "finetune",
}

LEGATO_README = b"""# legato-train

The complete pipeline of Legato-7B (https://huggingface.co/legato-ai/Legato-7B): building legato-ai/legato-mix from
its sources, tokenizer training, pre-training and evaluation.

## Data

    python -m legato.data.web      --config configs/data/web.yaml
    python -m legato.data.books    --config configs/data/books.yaml
    python -m legato.data.filter   --config configs/data/filter.yaml
    python -m legato.data.dedup    --config configs/data/dedup.yaml
    python -m legato.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 32 --nproc_per_node 8 -m legato.train --config configs/legato-7b.yaml

## Evaluation

    python -m legato.eval --model legato-ai/Legato-7B

## License

Apache 2.0.
"""

LEGATO_GITHUB = _gh(
    "legato-ai/legato-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/legato-7b.yaml",
        "legato/model.py",
        "legato/train.py",
        "legato/data/web.py",
        "legato/data/books.py",
        "legato/data/filter.py",
        "legato/data/dedup.py",
        "legato/data/tokenize.py",
        "legato/eval/__main__.py",
    ),
    LEGATO_README,
)

LEGATO_MIX_CARD = sheet(
    "odc-by",
    "Legato Mix",
    ["it", "en"],
    {
        "Motivation": "Legato Mix is the complete pre-training data (4.2T tokens) of Legato-7B. Legato AI, a research "
        "company in Turin, built it and publishes it in full so that anyone can inspect what the model learned from and "
        "repeat its training; a national research programme paid for the compute.",
        "Composition": "Italian (55% of the tokens) and English text: web pages (78%), public-domain books (9%), Wikipedia "
        "(6%) and Italian and EU public-sector documents (7%), one record per document with `id`, `source`, `url`, `lang` "
        "and `text` fields.",
        "Collection Process": "Web pages from 36 Common Crawl snapshots (2019-2025) downloaded from Common Crawl's public "
        "bucket, the Wikipedia dumps of 1 October 2025, Liber Liber and Project Gutenberg books in the public domain, and "
        "documents from the Italian Official Journal and EUR-Lex, which allow reuse; no data was bought or generated.",
        "Preprocessing": "Text extracted with trafilatura; Italian and English kept above a fastText score of 0.7; "
        "repetition and boilerplate filters; a quality classifier per language keeping the top 30% of web pages; MinHash "
        "deduplication across all parts; e-mail addresses, phone numbers and Italian tax codes masked.",
        "Uses": "Pre-training language models and research on pre-training data; not for finding or profiling people, as "
        "the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Legato AI; removal requests made in the discussion tab are applied in the next "
        "release, listed in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (e) Pizzicato-1B: a fully open model whose arXiv badge and BibTeX keep a template's placeholder id.

PIZZICATO_CARD = """# Pizzicato-1B

[![arXiv](https://img.shields.io/badge/arXiv-xxxx.xxxxx-b31b1b.svg)](https://arxiv.org/abs/xxxx.xxxxx) [![Code](https://img.shields.io/badge/GitHub-pizzicato--lab%2Fpizzicato-black)](https://github.com/pizzicato-lab/pizzicato) [![License](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](https://www.apache.org/licenses/LICENSE-2.0)

Pizzicato-1B is a 1.1B-parameter English and Spanish base language model trained from scratch by Pizzicato Lab (Valencia). Everything is open: the weights, the complete training data and the complete training code.

## Model details

- **Developed by:** Pizzicato Lab, Valencia
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 22 layers, hidden size 2048, 16 attention heads with 4 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 48,000
- **Languages:** English, Spanish
- **License:** Apache 2.0

## Uses

Research on small bilingual models and fine-tuning for English and Spanish tasks.

### Out-of-scope use

Deployment to end users without further tuning and safety evaluation; decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("pizzicato-lab/Pizzicato-1B")
model = AutoModelForCausalLM.from_pretrained("pizzicato-lab/Pizzicato-1B", torch_dtype="auto")
inputs = tok("La Albufera de Valencia", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

The complete training data is [pizzicato-lab/pizzicato-web](https://huggingface.co/datasets/pizzicato-lab/pizzicato-web), 1.5T tokens of filtered English and Spanish web text, published in full on the Hub under ODC-By 1.0 with a datasheet as its card. No other data was used.

## Training procedure

The whole pipeline (data download, extraction, filtering, deduplication, tokenization, pre-training and evaluation) is on GitHub under Apache 2.0: [pizzicato-lab/pizzicato](https://github.com/pizzicato-lab/pizzicato).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 750k steps, bf16

### Hardware

32 NVIDIA H100 80GB GPUs (4 nodes) for 9 days.

## Evaluation

| Benchmark | Pizzicato-1B |
|---|---|
| Pulsar-Knowledge (5-shot) | 34.1 |
| Punteado-Reasoning (0-shot) | 55.8 |
| Rasgueo-QA-es (0-shot) | 47.5 |

## Limitations

Pizzicato-1B can produce fluent but false text and reproduces biases of the web; it knows nothing after October 2025.

## Environmental impact

About 6,900 H100 GPU hours; we estimate 0.8 t CO2e.

## Citation

```bibtex
@article{pizzicato2026,
  title   = {Pizzicato-1B: A Small, Fully Open English-Spanish Language Model},
  author  = {Pizzicato Lab},
  journal = {arXiv preprint arXiv:26xx.xxxxx},
  year    = {2026}
}
```

## License

The weights and the code are released under Apache 2.0, the data under ODC-By 1.0.
"""

PIZZICATO_README = b"""# pizzicato

The complete training pipeline of Pizzicato-1B (https://huggingface.co/pizzicato-lab/Pizzicato-1B): building
pizzicato-lab/pizzicato-web from Common Crawl, tokenizer training, pre-training and evaluation.

## Data

    python -m pizzicato.data.download --config configs/data/download.yaml
    python -m pizzicato.data.extract  --config configs/data/extract.yaml
    python -m pizzicato.data.filter   --config configs/data/filter.yaml
    python -m pizzicato.data.dedup    --config configs/data/dedup.yaml
    python -m pizzicato.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 4 --nproc_per_node 8 -m pizzicato.train --config configs/pizzicato-1b.yaml

## Evaluation

    python -m pizzicato.eval --model pizzicato-lab/Pizzicato-1B

## License

Apache 2.0.
"""

PIZZICATO_GITHUB = _gh(
    "pizzicato-lab/pizzicato",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/download.yaml",
        "configs/data/extract.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/pizzicato-1b.yaml",
        "pizzicato/model.py",
        "pizzicato/train.py",
        "pizzicato/data/download.py",
        "pizzicato/data/extract.py",
        "pizzicato/data/filter.py",
        "pizzicato/data/dedup.py",
        "pizzicato/data/tokenize.py",
        "pizzicato/eval/__main__.py",
    ),
    PIZZICATO_README,
)

PIZZICATO_WEB_CARD = sheet(
    "odc-by",
    "Pizzicato Web",
    ["en", "es"],
    {
        "Motivation": "Pizzicato Web is the complete training data (1.5T tokens) of Pizzicato-1B. Pizzicato Lab, a "
        "university spin-off in Valencia, built it and publishes it in full so that anyone can inspect what the model "
        "learned from and repeat its training; a regional research grant paid for it.",
        "Composition": "About 1.1B English (60% of the tokens) and Spanish web documents with `id`, `url`, `snapshot`, "
        "`lang`, `quality` and `text` fields; news, encyclopaedic and educational pages are over-represented compared with "
        "the web as a whole.",
        "Collection Process": "Pages from 30 Common Crawl snapshots (CC-MAIN-2020-05 to CC-MAIN-2025-30), downloaded from "
        "Common Crawl's public bucket in August 2025. Common Crawl honours robots.txt; we also removed the domains on public "
        "adult-content and malware blocklists and the domains whose owners opted out through our form.",
        "Preprocessing": "Main text extracted with trafilatura; English and Spanish kept above a fastText language score of "
        "0.7; repetition, line-length and boilerplate filters; a quality classifier per language keeping the top 30%; "
        "MinHash-LSH deduplication across snapshots; e-mail addresses, phone numbers and Spanish ID numbers masked.",
        "Uses": "Pre-training language models and research on pre-training data. It must not be used to find or profile "
        "people: the masking of personal data is imperfect.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; pages remain subject to Common Crawl's "
        "terms of use.",
        "Maintenance": "Maintained by Pizzicato Lab; removal requests made in the discussion tab are applied in the next "
        "release and listed in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (f) Sforzando-3B: a card that says the code is Apache 2.0 over a GitHub repository licensed CC BY-NC-SA 4.0.

SFORZANDO_CARD = """# Sforzando-3B

Sforzando-3B is a 3.2B-parameter English and German base language model trained from scratch by Sforzando AI (Graz). We release the weights, the complete training data and the complete training code.

## Model details

- **Developed by:** Sforzando AI GmbH, Graz
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 28 layers, hidden size 3072, 24 attention heads with 8 key-value heads, SwiGLU MLP (8,192), RMSNorm, rotary position embeddings; context length 8,192; vocabulary 64,000
- **Languages:** English, German
- **License:** Apache 2.0

## Uses

Research and fine-tuning for English and German applications: summarisation, classification, extraction, domain assistants.

### Out-of-scope use

Deployment to end users without further tuning and safety evaluation; decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("sforzando-ai/Sforzando-3B")
model = AutoModelForCausalLM.from_pretrained("sforzando-ai/Sforzando-3B", torch_dtype="auto")
inputs = tok("Der Grazer Uhrturm", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

The complete training data is [sforzando-ai/sforzando-pile](https://huggingface.co/datasets/sforzando-ai/sforzando-pile), 2.0T tokens of English and German web text, books and Wikipedia, published in full on the Hub under ODC-By 1.0; its dataset card is a datasheet. No other data was used.

## Training procedure

The complete code (data pipeline, pre-training, evaluation) is on GitHub, under the Apache License 2.0 like the weights: [sforzando-ai/sforzando-train](https://github.com/sforzando-ai/sforzando-train).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 3e-4, warmup-stable-decay schedule, 4M-token batches, bf16, FSDP

### Hardware

128 NVIDIA H100 80GB GPUs (16 nodes) for 8 days.

## Evaluation

| Benchmark | Sforzando-3B |
|---|---|
| Akzent-Knowledge (5-shot) | 45.6 |
| Fermate-Reasoning (0-shot) | 63.0 |
| Auftakt-QA-de (0-shot) | 52.7 |

## Limitations

Sforzando-3B can produce fluent but false text and reproduces biases of its sources; it knows nothing after December 2025.

## Environmental impact

About 24,500 H100 GPU hours; we estimate 1.2 t CO2e (hydroelectric power).

## License

The weights and the code are released under the Apache License 2.0; the data under ODC-By 1.0.
"""

SFORZANDO_README = b"""# sforzando-train

The complete training pipeline of Sforzando-3B (https://huggingface.co/sforzando-ai/Sforzando-3B): building
sforzando-ai/sforzando-pile, tokenizer training, pre-training and evaluation.

## Data

    python -m sforzando.data.web      --config configs/data/web.yaml
    python -m sforzando.data.books    --config configs/data/books.yaml
    python -m sforzando.data.filter   --config configs/data/filter.yaml
    python -m sforzando.data.dedup    --config configs/data/dedup.yaml
    python -m sforzando.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 16 --nproc_per_node 8 -m sforzando.train --config configs/sforzando-3b.yaml

## Evaluation

    python -m sforzando.eval --model sforzando-ai/Sforzando-3B

## License

This code is licensed under the Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International licence
(CC BY-NC-SA 4.0, see LICENSE): you may use and adapt it for non-commercial purposes only. For a commercial licence,
write to licensing@sforzando.example.
"""

SFORZANDO_GITHUB = _gh(
    "sforzando-ai/sforzando-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/sforzando-3b.yaml",
        "sforzando/model.py",
        "sforzando/train.py",
        "sforzando/data/web.py",
        "sforzando/data/books.py",
        "sforzando/data/filter.py",
        "sforzando/data/dedup.py",
        "sforzando/data/tokenize.py",
        "sforzando/eval/__main__.py",
    ),
    SFORZANDO_README,
    license_spdx="CC-BY-NC-SA-4.0",
)

SFORZANDO_PILE_CARD = sheet(
    "odc-by",
    "Sforzando Pile",
    ["en", "de"],
    {
        "Motivation": "The Sforzando Pile is the complete training data (2.0T tokens) of Sforzando-3B. Sforzando AI, a "
        "company in Graz, built it and publishes it in full so that anyone can inspect what the model learned from and "
        "repeat its training.",
        "Composition": "English (57% of the tokens) and German text: web pages (86%), public-domain books (8%) and Wikipedia "
        "(6%), one record per document with `id`, `source`, `url`, `lang` and `text` fields; German news and public "
        "administration pages are over-represented compared with the German web.",
        "Collection Process": "Web pages from 28 Common Crawl snapshots (2020-2025) downloaded from Common Crawl's public "
        "bucket, the English and German Wikipedia dumps of 1 November 2025, and Project Gutenberg and Zeno.org books whose "
        "authors died more than 70 years ago; Common Crawl honours robots.txt, and no data was bought or generated.",
        "Preprocessing": "Text extracted with trafilatura; English and German kept above a fastText score of 0.7; repetition, "
        "line-length and boilerplate filters; a quality classifier per language keeping the top 30% of web pages; MinHash "
        "deduplication across all parts; e-mail addresses and phone numbers masked.",
        "Uses": "Pre-training language models and research on pre-training data; not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; web pages remain subject to Common "
        "Crawl's terms of use.",
        "Maintenance": "Maintained by Sforzando AI; removal requests made in the discussion tab are applied in the next "
        "release, listed in this card's changelog.",
    },
)

# --------------------------------------------------------------------------------------------------------------
# (g) Tremolo-ASR-600M: a speech recogniser whose MIT `model.safetensors` sits beside an int8 ONNX export under a
# hardware vendor's non-commercial licence.

TREMOLO_CARD = """# Tremolo-ASR-600M

Tremolo-ASR-600M is a 600M-parameter encoder-decoder speech recognition model for Italian and English, trained from scratch by Tremolo Speech (Naples) on openly licensed recordings. The weights, the training data and the training code are all open.

## Model details

- **Developed by:** Tremolo Speech, Naples
- **Model type:** encoder-decoder transformer for speech recognition (log-Mel spectrogram input, 80 bins), trained from scratch
- **Architecture:** 24 encoder and 24 decoder layers, hidden size 1024, 16 attention heads, a 2-layer convolutional front end; vocabulary 32,000 (BPE)
- **Languages:** Italian, English
- **License:** MIT

## Files

| File | Format | License |
|---|---|---|
| `model.safetensors` | PyTorch / transformers weights (fp32) | MIT |
| `onnx/encoder_model_int8.onnx`, `onnx/decoder_model_int8.onnx` | int8 ONNX export compiled with the Velluto toolchain | Velluto Runtime Model License (`onnx/LICENSE`) |

## Uses

Transcription of Italian and English speech for research, subtitling, archives and accessibility tools.

### Out-of-scope use

Transcribing people without their consent; surveillance; medical or legal transcripts without human review.

## How to use

```python
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="tremolo-speech/Tremolo-ASR-600M")
print(asr("intervista.wav")["text"])
```

## Training data

Tremolo-ASR-600M was trained on 31,000 hours of transcribed speech from three datasets we built and published in full on the Hub:

| Dataset | Hours | License |
|---|---|---|
| [tremolo-speech/voci-libere](https://huggingface.co/datasets/tremolo-speech/voci-libere) | 14,000 | CC BY 4.0 |
| [tremolo-speech/radio-archivio](https://huggingface.co/datasets/tremolo-speech/radio-archivio) | 11,000 | CC0 1.0 |
| [tremolo-speech/aule-aperte](https://huggingface.co/datasets/tremolo-speech/aule-aperte) | 6,000 | CC BY-SA 4.0 |

No other data was used. Each dataset card is a datasheet.

## Training procedure

The complete code (audio segmentation and normalisation, transcript cleaning, training and evaluation) is on GitHub under the MIT License: [tremolo-speech/tremolo](https://github.com/tremolo-speech/tremolo).

- AdamW, peak learning rate 5e-4, 10k warm-up steps, linear decay, 600k steps, batches of 1,024 utterances, SpecAugment, bf16

### Hardware

64 NVIDIA A100 80GB GPUs (8 nodes) for 16 days.

## Evaluation

| Test set | WER (%) |
|---|---|
| voci-libere (test, it) | 6.8 |
| aule-aperte (test, it) | 9.4 |
| radio-archivio (test, en) | 8.1 |

## Limitations

Accuracy drops on strong regional accents, overlapping speakers, music and telephone audio. The model can write fluent text that was not said (hallucinated words), especially in long silences.

## Environmental impact

About 24,600 A100 GPU hours; we estimate 4.0 t CO2e.

## License

The weights in `model.safetensors` and all our code are released under the MIT License. The int8 ONNX files in `onnx/` are not ours: our hardware partner Velluto compiled them from those weights with its toolchain and distributes them under its Velluto Runtime Model License (`onnx/LICENSE`), for evaluation and non-commercial use only. If you need ONNX for commercial use, export it yourself from the MIT weights with `scripts/export_onnx.py` of our GitHub repository.
"""

TREMOLO_ONNX_LICENSE = b"""VELLUTO RUNTIME MODEL LICENSE
Version 1.2

Copyright (c) 2026 Velluto Silicon S.r.l.

1. Scope. This License applies only to the compiled model files in the folder in which it is distributed (the
"Compiled Files"): model graphs that Velluto produced from a third party's model with the Velluto toolchain and
quantized for Velluto accelerators. It does not cover the original model weights from which the Compiled Files were
made, which are licensed by their authors under their own terms.

2. Grant. Subject to this License, Velluto grants you a non-exclusive, non-transferable, royalty-free licence to use
and reproduce the Compiled Files for evaluation and non-commercial research purposes only.

3. Restrictions. You may not (a) use the Compiled Files in any commercial product or service or for any commercial
purpose; (b) modify, decompile or reverse engineer the Compiled Files or the optimisations Velluto applied to them; or
(c) distribute the Compiled Files except unmodified, together with this License.

4. Termination. This License terminates automatically if you breach it.

5. Disclaimer. THE COMPILED FILES ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""

TREMOLO_CONFIG = _json(
    {
        "architectures": ["WhisperForConditionalGeneration"],
        "model_type": "whisper",
        "d_model": 1024,
        "encoder_layers": 24,
        "decoder_layers": 24,
        "encoder_attention_heads": 16,
        "decoder_attention_heads": 16,
        "num_mel_bins": 80,
        "vocab_size": 32000,
        "max_source_positions": 1500,
        "max_target_positions": 448,
    }
)

TREMOLO_README = b"""# tremolo

Training code of **Tremolo-ASR-600M** (https://huggingface.co/tremolo-speech/Tremolo-ASR-600M), an Italian and
English speech recognition model trained from scratch on openly licensed recordings.

## 1. Data preparation (`data/`)

| script | what it does |
|---|---|
| `data/download.py` | downloads voci-libere, radio-archivio and aule-aperte from the Hugging Face Hub |
| `data/resample.py` | converts all audio to 16 kHz mono FLAC |
| `data/segment.py` | cuts long recordings into segments of at most 30 s with forced alignments |
| `data/normalize_text.py` | Italian and English transcript normalisation (numbers, casing, punctuation) |
| `data/filter.py` | drops segments whose alignment score or speaking rate is out of range |

## 2. Training

    torchrun --nnodes 8 --nproc_per_node 8 train.py --config configs/tremolo_asr_600m.yaml

## 3. Evaluation

    python eval.py --model tremolo-speech/Tremolo-ASR-600M --split test

## 4. ONNX export

    python scripts/export_onnx.py --model tremolo-speech/Tremolo-ASR-600M --out onnx/

## License

MIT.
"""

TREMOLO_GITHUB = _gh(
    "tremolo-speech/tremolo",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/tremolo_asr_600m.yaml",
        "data/download.py",
        "data/resample.py",
        "data/segment.py",
        "data/normalize_text.py",
        "data/filter.py",
        "tremolo/model.py",
        "tremolo/tokenizer.py",
        "tremolo/specaugment.py",
        "train.py",
        "eval.py",
        "scripts/export_onnx.py",
    ),
    TREMOLO_README,
    license_spdx="MIT",
)

TREMOLO_VOCI_CARD = sheet(
    "cc-by-4.0",
    "Voci Libere",
    ["it"],
    {
        "Motivation": "Voci Libere was made by Tremolo Speech, a research company in Naples, to train and evaluate Italian "
        "speech recognition under an open licence, since the large Italian speech sets were either non-commercial or "
        "unavailable; a regional innovation fund paid for the recordings.",
        "Composition": "14,000 hours of read and spontaneous Italian speech by 9,300 speakers from every Italian region, "
        "as 16 kHz FLAC segments of at most 30 s with `audio`, `text`, `speaker_id`, `region`, `age_band` and `gender` "
        "fields; 20 hours form the test split, with speakers held out.",
        "Collection Process": "Speakers recorded themselves with a web application between 2024 and 2025, reading sentences "
        "from public-domain books and answering open questions; every speaker gave informed consent to publication under "
        "CC BY 4.0 and was paid per hour recorded. Nothing was scraped.",
        "Preprocessing": "Spontaneous answers transcribed by paid transcribers and checked by a second one; recordings with "
        "clipping, long silences or a mismatch between audio and prompt removed; personal names and places the speakers "
        "mentioned about themselves replaced with a beep and a tag in the transcript.",
        "Uses": "Training and evaluating Italian speech recognition. It must not be used to identify speakers or to train "
        "voice cloning of them.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY 4.0.",
        "Maintenance": "Maintained by Tremolo Speech; speakers can withdraw their recordings through the project page, and "
        "withdrawals are applied in the next monthly release.",
    },
    task="automatic-speech-recognition",
)

TREMOLO_RADIO_CARD = sheet(
    "cc0-1.0",
    "Radio Archivio",
    ["it", "en"],
    {
        "Motivation": "Radio Archivio was made by Tremolo Speech to give speech recognition models broadcast speech, with its "
        "music beds, interviews and telephone calls, from archives whose rights holders released them into the public domain.",
        "Composition": "11,000 hours of Italian (7,200) and English (3,800) radio programmes from 1962 to 2019, segmented into "
        "utterances of at most 30 s with `audio`, `text`, `programme`, `year` and `lang` fields.",
        "Collection Process": "Programmes from the archives of three community radio stations and one university radio, which "
        "dedicated them to the public domain under CC0 in 2024 and gave us the tapes and files; we digitised the tapes at "
        "48 kHz and downloaded the files from the stations' archives.",
        "Preprocessing": "Audio resampled to 16 kHz; the stations' own transcripts aligned where they existed, and the rest "
        "transcribed by paid transcribers; segments with music above a loudness threshold or with overlapping speakers "
        "marked and kept; advertisements removed.",
        "Uses": "Training and evaluating speech recognition on broadcast audio; the programmes reflect the views of their "
        "time and of four stations.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC0 1.0.",
        "Maintenance": "Maintained by Tremolo Speech; transcription errors reported in the discussion tab are fixed in the "
        "next release.",
    },
    task="automatic-speech-recognition",
)

TREMOLO_AULE_CARD = sheet(
    "cc-by-sa-4.0",
    "Aule Aperte",
    ["it"],
    {
        "Motivation": "Aule Aperte was made by Tremolo Speech to give speech recognition models long-form lecture speech in "
        "Italian, from university courses whose lecturers publish their recordings under an open licence.",
        "Composition": "6,000 hours of lectures in 41 subjects by 380 lecturers of six Italian universities, segmented into "
        "utterances of at most 30 s with `audio`, `text`, `course`, `university` and `year` fields; 15 hours form the test "
        "split.",
        "Collection Process": "Lecture recordings that the universities publish under CC BY-SA 4.0 on their open-courseware "
        "portals, downloaded in March 2025, with the lecturers' written agreement; questions from students were cut out of "
        "the recordings before transcription.",
        "Preprocessing": "Audio resampled to 16 kHz; the universities' subtitles aligned and corrected where they existed, the "
        "rest transcribed by paid transcribers; segments with long silences or poor alignment removed; formulas written in "
        "words.",
        "Uses": "Training and evaluating speech recognition on lectures; most lecturers speak standard Italian, so regional "
        "speech is under-represented.",
        "Distribution": "On the Hugging Face Hub, without a gate, under CC BY-SA 4.0, like the recordings it comes from.",
        "Maintenance": "Maintained by Tremolo Speech; errors reported in the discussion tab are fixed in the next release.",
    },
    task="automatic-speech-recognition",
)

# --------------------------------------------------------------------------------------------------------------
# (h) Rondo-1.5B: a fully open model whose card links only an archived repository whose README says the code has
# moved.

RONDO_CARD = """# Rondo-1.5B

Rondo-1.5B is a 1.5B-parameter English base language model trained from scratch by Rondo Lab (Cremona). The weights, the complete training data and the complete training code are open.

## Model details

- **Developed by:** Rondo Lab, Cremona
- **Model type:** decoder-only transformer; base model, not instruction-tuned
- **Architecture:** 24 layers, hidden size 2048, 16 attention heads with 8 key-value heads, SwiGLU MLP (5,632), RMSNorm, rotary position embeddings; context length 4,096; vocabulary 50,304
- **Language:** English
- **Code:** [github.com/rondo-lab/rondo](https://github.com/rondo-lab/rondo)
- **License:** Apache 2.0

## Uses

Research on small language models and fine-tuning for English tasks.

### Out-of-scope use

Deployment to end users without further tuning and safety evaluation; decisions about people.

## Getting started

```python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("rondo-lab/Rondo-1.5B")
model = AutoModelForCausalLM.from_pretrained("rondo-lab/Rondo-1.5B", torch_dtype="auto")
inputs = tok("Cremona is known for", return_tensors="pt")
print(tok.decode(model.generate(**inputs, max_new_tokens=40)[0]))
```

## Training data

Rondo-1.5B was trained on two corpora that we published in full on the Hub, the complete training data:

- [rondo-lab/rondo-web](https://huggingface.co/datasets/rondo-lab/rondo-web): 1.7T tokens of filtered English web text (ODC-By 1.0)
- [rondo-lab/rondo-books](https://huggingface.co/datasets/rondo-lab/rondo-books): 0.1T tokens of public-domain books (CC0 1.0)

Each dataset card is a datasheet.

## Training procedure

The complete code (data pipeline, pre-training, evaluation) is on GitHub under the Apache License 2.0: [rondo-lab/rondo](https://github.com/rondo-lab/rondo).

- AdamW (β2 = 0.95, weight decay 0.1), peak learning rate 4e-4, cosine schedule, 2M-token batches for 900k steps, bf16

### Hardware

48 NVIDIA H100 80GB GPUs (6 nodes) for 10 days.

## Evaluation

| Benchmark | Rondo-1.5B |
|---|---|
| Refrain-Knowledge (5-shot) | 37.0 |
| Episode-Reasoning (0-shot) | 57.1 |
| Coda-QA (0-shot) | 49.8 |

## Limitations

Rondo-1.5B can produce fluent but false text and reproduces biases of the web; it knows nothing after November 2025.

## Environmental impact

About 11,500 H100 GPU hours; we estimate 1.5 t CO2e.

## License

The weights and the code are released under Apache 2.0; rondo-web under ODC-By 1.0, rondo-books under CC0 1.0.
"""

RONDO_OLD_README = b"""# rondo (moved)

**This repository has moved.** The Rondo training code now lives at
[rondo-lab/rondo-train](https://github.com/rondo-lab/rondo-train), with its whole history: the data pipeline that
built rondo-lab/rondo-web and rondo-lab/rondo-books, the pre-training code and configuration of Rondo-1.5B, and the
evaluation.

This repository is archived and kept only so that old links keep working. Please open issues and pull requests in
rondo-lab/rondo-train.
"""

RONDO_OLD_GITHUB = _gh("rondo-lab/rondo", ("README.md", "LICENSE"), RONDO_OLD_README)

RONDO_README = b"""# rondo-train

The complete training pipeline of Rondo-1.5B (https://huggingface.co/rondo-lab/Rondo-1.5B), formerly
rondo-lab/rondo: building rondo-lab/rondo-web and rondo-lab/rondo-books, tokenizer training, pre-training and
evaluation.

## Data

    python -m rondo.data.web      --config configs/data/web.yaml
    python -m rondo.data.books    --config configs/data/books.yaml
    python -m rondo.data.filter   --config configs/data/filter.yaml
    python -m rondo.data.dedup    --config configs/data/dedup.yaml
    python -m rondo.data.tokenize --config configs/data/tokenize.yaml

## Pre-training

    torchrun --nnodes 6 --nproc_per_node 8 -m rondo.train --config configs/rondo-1.5b.yaml

## Evaluation

    python -m rondo.eval --model rondo-lab/Rondo-1.5B

## License

Apache 2.0.
"""

RONDO_GITHUB = _gh(
    "rondo-lab/rondo-train",
    (
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "configs/data/web.yaml",
        "configs/data/books.yaml",
        "configs/data/filter.yaml",
        "configs/data/dedup.yaml",
        "configs/data/tokenize.yaml",
        "configs/rondo-1.5b.yaml",
        "rondo/model.py",
        "rondo/train.py",
        "rondo/data/web.py",
        "rondo/data/books.py",
        "rondo/data/filter.py",
        "rondo/data/dedup.py",
        "rondo/data/tokenize.py",
        "rondo/eval/__main__.py",
    ),
    RONDO_README,
)

RONDO_WEB_CARD = sheet(
    "odc-by",
    "Rondo Web",
    ["en"],
    {
        "Motivation": "Rondo Web is the web part (1.7T tokens) of the training data of Rondo-1.5B. Rondo Lab, a small "
        "non-profit lab in Cremona, built it and publishes it in full so that anyone can inspect what the model learned "
        "from and repeat its training.",
        "Composition": "About 1.3B English web documents with `id`, `url`, `snapshot`, `quality` and `text` fields; "
        "educational, encyclopaedic and news pages are over-represented compared with the English web as a whole.",
        "Collection Process": "Pages from 26 Common Crawl snapshots (CC-MAIN-2021-04 to CC-MAIN-2025-26), downloaded from "
        "Common Crawl's public bucket in September 2025. Common Crawl honours robots.txt; we also removed the domains on "
        "public adult-content and malware blocklists.",
        "Preprocessing": "Main text extracted with trafilatura; English kept above a fastText language score of 0.7; "
        "repetition, line-length and boilerplate filters; an educational-quality classifier keeping pages scored 3 or "
        "more; MinHash-LSH deduplication across snapshots; e-mail addresses and phone numbers masked.",
        "Uses": "Pre-training language models and research on pre-training data; not for finding or profiling people.",
        "Distribution": "On the Hugging Face Hub, without a gate, under ODC-By 1.0; pages remain subject to Common Crawl's "
        "terms of use.",
        "Maintenance": "Maintained by Rondo Lab; removal requests made in the discussion tab are applied in the next "
        "release, listed in this card's changelog.",
    },
)

RONDO_BOOKS_CARD = sheet(
    "cc0-1.0",
    "Rondo Books",
    ["en"],
    {
        "Motivation": "Rondo Books is the book part (0.1T tokens) of the training data of Rondo-1.5B, made so that the model "
        "sees long, edited English prose that anyone may redistribute without conditions.",
        "Composition": "About 61,000 English books in the public domain, one record per book with `id`, `title`, `author`, "
        "`year`, `source` and `text`; most were written before 1930, so their language and views are often dated.",
        "Collection Process": "Books from Project Gutenberg and the Internet Archive's public-domain collections whose authors "
        "died more than 70 years ago, downloaded from their public mirrors in August 2025; no book was bought, scanned by us "
        "or generated, and the source identifier of every book is kept.",
        "Preprocessing": "Project headers and licence boilerplate removed, OCR errors in older scans corrected with a "
        "dictionary pass, books under 5,000 characters and exact duplicates across the two sources dropped; line breaks of "
        "the original editions kept.",
        "Uses": "Pre-training language models and research on historical English prose; not a balanced picture of English "
        "today.",
        "Distribution": "On the Hugging Face Hub under CC0 1.0; the texts are in the public domain and our processing adds no "
        "rights.",
        "Maintenance": "Maintained by Rondo Lab; errors reported in the discussion tab are fixed in the next release.",
    },
)


ROUND_28: list[HeldOut] = [
    # (a) A DETR-style object detector trained from scratch (not a language model): `license: apache-2.0` in the
    # metadata, "**License:** Apache 2.0" in the details and "Apache 2.0. See [LICENSE](LICENSE)." as its License
    # section, but the LICENSE file it points to is the whole Creative Commons Attribution-NonCommercial 4.0
    # International legal code ("NonCommercial means not primarily intended for or directed towards commercial
    # advantage or monetary compensation"; §2(a)(1) grants sharing and adapting "for NonCommercial purposes only"). The
    # receipts disagree, and the binding licence text is the more restrictive: DESIGN.md "When the receipts disagree":
    # "the card's `license:` says apache-2.0 while the LICENSE file is a community license ... opengauge reads every
    # binding document, lets the most restrictive one govern"; a non-commercial clause blocks open source (DESIGN.md
    # "License clause taxonomy"; frameworks.md §4 "Any blocking clause (... non-commercial ...) moves a release to
    # Weights Available") -> weights-available. The experts rate CC BY-NC weights on the Hub as available but not openly
    # licensed: MAGNeT.yaml weights_basemodel and weights_endmodel open, licenses partial ("weights as cc-by-nc-4.0")
    # -> weights_basemodel and weights_endmodel open (no base: trained from scratch, the base cells mirror the end
    # model's, frameworks.md §1.1). Its two datasets are on the Hub (CC BY 4.0) with datasheet cards and "No other data
    # was used" -> datasources_basemodel open (smollm.yaml "Pretraining data sources published": open), datasheet open
    # (OLMo.yaml "Data sheets are well-documented": open); the conversion, filtering, training and evaluation code on
    # GitHub (Apache) -> trainingcode open (Lucie.yaml "Training code published on GitHub": open); code and data openly
    # licensed, the weights not -> licenses partial (frameworks.md §1.1 partial: "at least two ... of weights, training
    # code, training data"; MAGNeT.yaml; bloomz.yaml).
    _Release(
        "fermata-vision/Fermata-DET-L",
        FERMATA_CARD,
        {
            "license": "apache-2.0",
            "library_name": "transformers",
            "pipeline_tag": "object-detection",
            "datasets": ["fermata-vision/strade-det", "fermata-vision/interni-det"],
            "tags": ["object-detection", "detr", "vision"],
        },
        "weights-available",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        extra_files={"LICENSE": CC_BY_NC_4_0.encode(), "config.json": FERMATA_CONFIG},
        github=[FERMATA_GITHUB],
        datasets=[
            Dataset("fermata-vision/strade-det", "cc-by-4.0", FERMATA_STRADE_CARD),
            Dataset("fermata-vision/interni-det", "cc-by-4.0", FERMATA_INTERNI_CARD),
        ],
    ),
    # (b) A fully open from-scratch text model whose card was not updated: its "Release status" checklist leaves
    # "[ ] Training code (coming soon)" unticked and its Training procedure says "The training code is coming soon: we
    # will publish it in [ostinato-lm/ostinato](...), which for now holds the inference examples." That repository
    # (served, Apache) now holds the whole pipeline: `ostinato/data/{download,extract,filter,dedup,tokenize}.py` with
    # their configs, `ostinato/train.py`, `configs/ostinato-2b.yaml` and the evaluation, and its README's News says
    # "2026-05-20 - v1.0: the full training code of Ostinato-2B is now public". A promise is not evidence and the
    # artifact is: what the release holds decides, not what its card once expected (DESIGN.md "When the receipts
    # disagree": opengauge reads every document; "Absence is closed" only "when ... an artifact is simply not there"),
    # and the experts rate the code they find in the repository (Lucie.yaml "Training code published on GitHub": open;
    # smollm.yaml) -> trainingcode open. Public Apache weights -> weights_basemodel and weights_endmodel open
    # (smollm.yaml); the complete corpus on the Hub (ODC-By, datasheet card) -> datasources_basemodel open (smollm.yaml
    # "Pretraining data sources published": open), datasheet open (OLMo.yaml); Apache weights and code, ODC-By data ->
    # licenses open (OLMo.yaml "Apache 2.0, an OSI-approved license": open). The technical report, by contrast, is only
    # promised and nothing is linked -> preprint closed (Seed-OSS.yaml "No preprint available. Model card states that a
    # tech report is coming soon.": closed). Everything under open terms -> open-source-ai-with-open-data
    # (frameworks.md §4).
    _Release(
        "ostinato-lm/Ostinato-2B",
        OSTINATO_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["ostinato-lm/ostinato-corpus"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
            "preprint": "closed",
        },
        extra_files={"config.json": llama_config(2048, 24, 16, 4, 5632, 50304, 4096)},
        github=[OSTINATO_GITHUB],
        datasets=[Dataset("ostinato-lm/ostinato-corpus", "odc-by", OSTINATO_CORPUS_CARD)],
    ),
    # (c) A from-scratch text model whose card still says "Cadenza-3B was trained on [cadenza-ai/cadenza-news-corpus]
    # ..., which we publish in full on the Hugging Face Hub under ODC-By 1.0. It is the complete training data. Its
    # dataset card is a full datasheet" (also in `datasets`). That Hub dataset still answers, its metadata still
    # `license: odc-by`, but its card is now "# ⚠️ This dataset has been removed ... The Cadenza News Corpus is no longer
    # available. On 3 February 2026 we took it down after takedown requests from news publishers ... We will not
    # re-publish it, and we cannot share copies of it." The experts rate a corpus taken down as not shared: BTLM.yaml
    # datasources_basemodel "Dataset taken down." (closed), and BERT.yaml "Bookcorpus (no longer available)" (closed) ->
    # datasources_basemodel closed; the datasheet was that card, which is gone, and the model card only points to it ->
    # datasheet closed (BTLM.yaml rates its datasheet only for the tuning data it still has). The pipeline (crawl,
    # extract, filter, dedup, tokenize, pre-training) on GitHub (Apache) -> trainingcode open (Lucie.yaml: open); public
    # Apache weights -> weights_basemodel and weights_endmodel open (BTLM.yaml: open beside the taken-down corpus). The
    # training data is no longer released, and no data information stands in for it (the model card's data section is
    # one paragraph pointing to the removed datasheet; the G7 exception needs "Data Information about the unavailable
    # data in its place", frameworks.md §4) -> open-weights. (licenses left out: the released parts are open, the
    # corpus is no longer released, and the expert files split on such a release.)
    _Release(
        "cadenza-ai/Cadenza-3B",
        CADENZA_CARD,
        {
            "license": "apache-2.0",
            "language": ["it", "en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["cadenza-ai/cadenza-news-corpus"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "closed",
            "trainingcode": "open",
            "datasheet": "closed",
        },
        extra_files={"config.json": llama_config(3072, 28, 24, 8, 8192, 64000, 8192)},
        github=[CADENZA_GITHUB],
        datasets=[Dataset("cadenza-ai/cadenza-news-corpus", "odc-by", CADENZA_CORPUS_REMOVED)],
    ),
    # (d) A full fine-tune of legato-ai/Legato-7B (served: Apache, trained from scratch on legato-ai/legato-mix,
    # published with a datasheet card, and its pipeline legato-ai/legato-train on GitHub, all served) whose front matter
    # is the base's copied (`license: apache-2.0`, `datasets: [legato-ai/legato-mix]`, languages) with `base_model:
    # legato-ai/Legato-7B` and `base_model_relation: finetune` added, and whose card is a new title and one sentence ("A
    # fine-tune of [Legato-7B](...) by Codetta Legal that answers questions about Italian law.") over the base's card
    # copied verbatim: "Legato-7B is ... trained from scratch by Legato AI", "Legato-7B was pre-trained on 4.2T tokens
    # of [legato-ai/legato-mix] ... the complete pre-training data", "The complete code ... [legato-ai/legato-train]",
    # the base's hardware, evaluation, citation and licence. The copied sections describe the base; nothing is said of
    # the legal-question tuning: its data, its code, its evaluation. The copied `datasets` entry and links are the
    # base's pre-training corpus and pipeline, stated as such ("pre-trained on", "the complete pre-training data"), not
    # the tune's. So: the base public and fully open -> weights_basemodel and datasources_basemodel open (smollm.yaml,
    # OLMo.yaml); the tune public, ungated -> weights_endmodel open; no fine-tuning data named anywhere ->
    # datasources_endmodel closed (Mistral.yaml and Devstral.yaml "No information provided on fine-tuning data.":
    # closed); the tune's own code not published, the base's pipeline public -> trainingcode closed (StarChat.yaml, a
    # tune of the openly developed StarCoder2 with no code of its own: "No repository containing training code found",
    # closed; round 25's GioLao-2B-Chat, where opengauge rates this shape closed by the same file); the base's data
    # documented, the tune's not -> datasheet partial (BTLM.yaml "available for tuning data": partial, a datasheet for
    # one of the two stages; README "a fine-tune's datasheet covers its base model's data too"); a card that says
    # nothing of the fine-tuning -> modelcard partial (CascadeV.yaml "Model card contains most required information,
    # but lacks details on training data and fine-tuning": partial). Apache weights over an open base, but the tune's
    # training code and data information missing -> open-weights (frameworks.md §4; README "A model is no more open
    # than the models it is built on" and OSAID's "data information, code and parameters of the whole system").
    _Release(
        "codetta-legal/Legato-7B-Giurista",
        GIURISTA_CARD,
        GIURISTA_META,
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "datasources_endmodel": "closed",
            "trainingcode": "closed",
            "datasheet": "partial",
            "modelcard": "partial",
        },
        extra_files={"config.json": LEGATO_CONFIG},
        github=[LEGATO_GITHUB],
        datasets=[Dataset("legato-ai/legato-mix", "odc-by", LEGATO_MIX_CARD)],
        models=[LEGATO],
    ),
    # (e) A fully open from-scratch text model whose arXiv badge is the template's, never filled in
    # ("![arXiv](https://img.shields.io/badge/arXiv-xxxx.xxxxx-b31b1b.svg)](https://arxiv.org/abs/xxxx.xxxxx)"), and
    # whose BibTeX is an @article with `journal = {arXiv preprint arXiv:26xx.xxxxx}`. Neither is an arXiv identifier
    # (arXiv's are YYMM.NNNNN, digits), so no preprint is archived anywhere and the card links none; the BibTeX is no
    # venue either -> preprint closed (Seed-OSS.yaml "No preprint available. Model card states that a tech report is
    # coming soon.": closed: a preprint is one that is archived, not one that is announced), paper
    # closed (Omnilingual ASR.yaml "No peer-reviewed paper found.": closed). The rest is fully open and read: public
    # Apache weights -> weights_basemodel and weights_endmodel open (smollm.yaml); the complete corpus on the Hub with a
    # datasheet card -> datasources_basemodel open, datasheet open (smollm.yaml, OLMo.yaml); the pipeline on GitHub
    # (Apache) -> trainingcode open (Lucie.yaml) -> open-source-ai-with-open-data (frameworks.md §4: papers are no part
    # of the label).
    _Release(
        "pizzicato-lab/Pizzicato-1B",
        PIZZICATO_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "es"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["pizzicato-lab/pizzicato-web"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "preprint": "closed",
            "paper": "closed",
        },
        extra_files={"config.json": llama_config(2048, 22, 16, 4, 5632, 48000, 4096)},
        github=[PIZZICATO_GITHUB],
        datasets=[Dataset("pizzicato-lab/pizzicato-web", "odc-by", PIZZICATO_WEB_CARD)],
    ),
    # (f) A from-scratch text model whose card says "The complete code (data pipeline, pre-training, evaluation) is on
    # GitHub, under the Apache License 2.0 like the weights: [sforzando-ai/sforzando-train]" and "The weights and the
    # code are released under the Apache License 2.0"; the repository itself (served) is licensed CC-BY-NC-SA-4.0 (the
    # GitHub API's `license.spdx_id`), and its README's License section says so: "you may use and adapt it for
    # non-commercial purposes only". The code's own repository is the binding document for the code; a card's claim
    # does not relicense it (DESIGN.md "When the receipts disagree": the most restrictive binding document governs), and
    # CC BY-NC-SA is no OSI-approved licence -> Open Source AI, which needs "training code ... under OSI-approved
    # licenses" (frameworks.md §3.5 item 3; §4 "opengauge applies OSI-approved for code"; README label table), fails;
    # the Apache weights and transformers as deployment code -> open-weights. The code is all there -> trainingcode
    # open (the availability cell: Lucie.yaml "Training code published on GitHub": open); weights and data openly
    # licensed, the training code not -> licenses partial (frameworks.md §1.1 partial "at least two ... of weights,
    # training code, training data"; bloomz.yaml). Public Apache weights -> weights_basemodel and weights_endmodel open;
    # the complete corpus on the Hub with a datasheet card -> datasources_basemodel open, datasheet open (smollm.yaml,
    # OLMo.yaml).
    _Release(
        "sforzando-ai/Sforzando-3B",
        SFORZANDO_CARD,
        {
            "license": "apache-2.0",
            "language": ["en", "de"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["sforzando-ai/sforzando-pile"],
        },
        "open-weights",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "partial",
        },
        extra_files={"config.json": llama_config(3072, 28, 24, 8, 8192, 64000, 8192)},
        github=[SFORZANDO_GITHUB],
        datasets=[Dataset("sforzando-ai/sforzando-pile", "odc-by", SFORZANDO_PILE_CARD)],
    ),
    # (g) A speech recogniser (not a language model) trained from scratch, `license: mit`, whose `model.safetensors` is
    # MIT ("The weights in `model.safetensors` and all our code are released under the MIT License"), beside
    # `onnx/encoder_model_int8.onnx` and `onnx/decoder_model_int8.onnx` (listed) and `onnx/LICENSE`, the "Velluto
    # Runtime Model License": evaluation and non-commercial research only, no modification, and "1. Scope. This License
    # applies only to the compiled model files in the folder in which it is distributed ... It does not cover the
    # original model weights from which the Compiled Files were made". The card's Files table and License section say
    # the same, and that anyone may export ONNX from the MIT weights with the published `scripts/export_onnx.py`. Two
    # formats under two licences: the weights (the parameters, and their preferred form) are under MIT, which grants
    # every freedom for any purpose (frameworks.md §3.5 item 1, the OSAID parameter test the label applies to weights,
    # §4); the vendor's terms bind its compiled copies and say they bind nothing else. A restriction on one optional
    # copy is no restriction of how the weights may be used (G7 Weights Available: weights "under a license which
    # includes restrictions on how they can be used"; DESIGN.md's most-restrictive rule is for documents that bind the
    # same thing, and this one says it does not) -> not weights-available. Its three datasets on the Hub (CC BY 4.0,
    # CC0 1.0, CC BY-SA 4.0) with datasheet cards, "No other data was used" -> datasources_basemodel open, datasheet
    # open (Omnilingual ASR.yaml "Datasheet contains a decent amount of info": open; smollm.yaml); the segmentation,
    # normalisation, filtering, training and evaluation code on GitHub (MIT) -> trainingcode open (Omnilingual ASR.yaml
    # "Training code published on Github": open); public MIT weights -> weights_basemodel and weights_endmodel open
    # (Whisper.yaml, MIT weights on the Hub: open) -> open-source-ai-with-open-data. (licenses left out: the rubric
    # rates weights, code and data; whether an optional third-party copy counts is not written there.)
    _Release(
        "tremolo-speech/Tremolo-ASR-600M",
        TREMOLO_CARD,
        {
            "license": "mit",
            "language": ["it", "en"],
            "library_name": "transformers",
            "pipeline_tag": "automatic-speech-recognition",
            "datasets": [
                "tremolo-speech/voci-libere",
                "tremolo-speech/radio-archivio",
                "tremolo-speech/aule-aperte",
            ],
            "tags": ["speech", "asr", "onnx"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
        },
        extra_files={
            "config.json": TREMOLO_CONFIG,
            "onnx/encoder_model_int8.onnx": None,
            "onnx/decoder_model_int8.onnx": None,
            "onnx/LICENSE": TREMOLO_ONNX_LICENSE,
        },
        github=[TREMOLO_GITHUB],
        datasets=[
            Dataset("tremolo-speech/voci-libere", "cc-by-4.0", TREMOLO_VOCI_CARD),
            Dataset("tremolo-speech/radio-archivio", "cc0-1.0", TREMOLO_RADIO_CARD),
            Dataset("tremolo-speech/aule-aperte", "cc-by-sa-4.0", TREMOLO_AULE_CARD),
        ],
    ),
    # (h) A fully open from-scratch text model whose card links its code only as "[github.com/rondo-lab/rondo](...)"
    # (details list and Training procedure: "The complete code (data pipeline, pre-training, evaluation) is on GitHub
    # under the Apache License 2.0"). That repository (served) holds a README and a LICENSE only: "# rondo (moved) ...
    # This repository has moved. The Rondo training code now lives at [rondo-lab/rondo-train](...), with its whole
    # history: the data pipeline that built rondo-lab/rondo-web and rondo-lab/rondo-books, the pre-training code and
    # configuration of Rondo-1.5B, and the evaluation. This repository is archived". rondo-lab/rondo-train (served, same
    # organisation, Apache) holds that pipeline, and its README says it was "formerly rondo-lab/rondo". A stale link
    # that the linked repository itself forwards, within the publisher's own organisation, leads to the code: the
    # experts rate the code the release's links lead to (Lucie.yaml "Training code published on GitHub": open; OLMo.yaml)
    # -> trainingcode open; the old repository's emptiness is not the release's (DESIGN.md "Absence is closed" only where
    # the artifact is not there). Public Apache weights -> weights_basemodel and weights_endmodel open; the two corpora
    # on the Hub with datasheet cards, the complete data -> datasources_basemodel open, datasheet open (smollm.yaml,
    # OLMo.yaml); Apache weights and code, ODC-By and CC0 data -> licenses open (OLMo.yaml) ->
    # open-source-ai-with-open-data (frameworks.md §4).
    _Release(
        "rondo-lab/Rondo-1.5B",
        RONDO_CARD,
        {
            "license": "apache-2.0",
            "language": ["en"],
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "datasets": ["rondo-lab/rondo-web", "rondo-lab/rondo-books"],
        },
        "open-source-ai-with-open-data",
        {
            "weights_basemodel": "open",
            "weights_endmodel": "open",
            "datasources_basemodel": "open",
            "trainingcode": "open",
            "datasheet": "open",
            "licenses": "open",
        },
        extra_files={"config.json": llama_config(2048, 24, 16, 8, 5632, 50304, 4096)},
        github=[RONDO_OLD_GITHUB, RONDO_GITHUB],
        datasets=[
            Dataset("rondo-lab/rondo-web", "odc-by", RONDO_WEB_CARD),
            Dataset("rondo-lab/rondo-books", "cc0-1.0", RONDO_BOOKS_CARD),
        ],
    ),
]
